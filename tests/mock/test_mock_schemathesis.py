"""Property test of the mock against its own spec with Schemathesis (in-process, ASGI): every response to
generated valid and invalid requests is a documented status with a conforming body and headers, and invalid
requests are rejected. A quick pass; the contract kit runs the full one."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from respan_contract import hooks
from respan_mock import MockConfig, create_app
from respan_spec import load_spec
from schemathesis.config import SchemathesisConfig

from tests.mock.helpers import API_KEY, CONFIG

# The key goes through Schemathesis' auth config (not a header override), so that its negative cases for the
# security scheme are sent as generated.
config = SchemathesisConfig.from_dict({"auth": {"openapi": {"bearerAuth": {"bearer": API_KEY}}}})
spec = load_spec()
schema = schemathesis.openapi.from_dict(spec, config=config)
schema.app = create_app(MockConfig.from_dict({**CONFIG, "api_keys": [API_KEY]}))
# The contract kit's hooks: the base64-JSON headers are generated as encoded, valid Respan parameters, and header
# values Schemathesis mislabels as valid are dropped from valid cases, so positive_data_acceptance holds the
# mock to accepting every valid request (half of which the hooks make streams).
hooks.install(schema, spec)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # Hypothesis on the spec's large schemas
@schema.parametrize()
# Generated cases only (Hypothesis' explicit phase would add Schemathesis' ~60 coverage cases: the contract
# kit runs those); derandomized, so the run is reproducible.
@settings(
    max_examples=40,
    phases=[Phase.generate],
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_mock_conforms_to_its_spec(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()
