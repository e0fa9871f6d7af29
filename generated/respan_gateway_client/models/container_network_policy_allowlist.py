from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerNetworkPolicyAllowlist")


@_attrs_define
class ContainerNetworkPolicyAllowlist:
    """
    Attributes:
        allowed_domains (list[str]): A list of allowed domains when type is `allowlist`.
        type_ (Literal['allowlist']): Allow outbound network access only to specified domains. Always `allowlist`.
        domain_secrets (list[ContainerNetworkPolicyDomainSecret] | None | Unset): Optional domain-scoped secrets for
            allowlisted domains.
    """

    allowed_domains: list[str]
    type_: Literal["allowlist"]
    domain_secrets: list[ContainerNetworkPolicyDomainSecret] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains = self.allowed_domains

        type_ = self.type_

        domain_secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.domain_secrets, Unset):
            domain_secrets = UNSET
        elif isinstance(self.domain_secrets, list):
            domain_secrets = []
            for domain_secrets_type_0_item_data in self.domain_secrets:
                domain_secrets_type_0_item = domain_secrets_type_0_item_data.to_dict()
                domain_secrets.append(domain_secrets_type_0_item)

        else:
            domain_secrets = self.domain_secrets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_domains": allowed_domains,
                "type": type_,
            }
        )
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_domains = cast("list[str]", d.pop("allowed_domains"))

        type_ = cast("Literal['allowlist']", d.pop("type"))
        if type_ != "allowlist":
            raise ValueError(f"type must match const 'allowlist', got '{type_}'")

        _domain_secrets = d.pop("domain_secrets", UNSET)
        domain_secrets: list[ContainerNetworkPolicyDomainSecret] | None | Unset = _domain_secrets
        if isinstance(_domain_secrets, list):
            try:
                domain_secrets_type_0 = []
                _domain_secrets_type_0 = _domain_secrets
                for domain_secrets_type_0_item_data in _domain_secrets_type_0:
                    domain_secrets_type_0_item = ContainerNetworkPolicyDomainSecret.from_dict(
                        domain_secrets_type_0_item_data
                    )

                    domain_secrets_type_0.append(domain_secrets_type_0_item)

                domain_secrets = domain_secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        container_network_policy_allowlist = cls(
            allowed_domains,
            type_,
            domain_secrets,
        )

        container_network_policy_allowlist.additional_properties = d
        return container_network_policy_allowlist

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once ContainerNetworkPolicyAllowlist exists, so that models which contain each other load in either order.
from ..models.container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret
