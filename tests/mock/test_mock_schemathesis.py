"""Property test of the mock against its own spec with Schemathesis (in-process, ASGI): every response to
generated valid and invalid requests is a documented status with a conforming body and headers, and invalid
requests are rejected. A quick pass; the contract kit runs the full one."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from respan_mock import MockConfig, create_app
from respan_spec import load_spec
from schemathesis.config import SchemathesisConfig

from tests.mock.helpers import API_KEY, CONFIG

# The spec's base64-JSON headers: an encoded object of (a few) valid Respan parameters.
_params = st.fixed_dictionaries(
    {},
    optional={
        "customer_identifier": st.text(min_size=1, max_size=8),
        "disable_log": st.booleans(),
        "cache_ttl": st.integers(0, 60),
    },
)
schemathesis.openapi.format(
    "base64-json", _params.map(lambda value: base64.b64encode(json.dumps(value).encode()).decode())
)

# The key goes through Schemathesis' auth config (not a header override), so that its negative cases for the
# security scheme are sent as generated.
config = SchemathesisConfig.from_dict({"auth": {"openapi": {"bearerAuth": {"bearer": API_KEY}}}})
schema = schemathesis.openapi.from_dict(load_spec(), config=config)
schema.app = create_app(MockConfig.from_dict({**CONFIG, "api_keys": [API_KEY]}))


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
    # positive_data_acceptance is left out: Schemathesis' coverage phase sends "0" as a "valid" X-Respan-Beta
    # (it does not apply the header schema's pattern), which the mock rightly rejects. Acceptance of valid
    # input is tested explicitly in the other test modules.
    case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
