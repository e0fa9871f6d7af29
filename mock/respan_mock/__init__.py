"""respan-mock: a spec-validated simulator of the Respan LLM gateway (POST /api/chat/completions and
POST /api/responses), for offline development and as the contract kit's reference implementation.

    from respan_mock import MockConfig, running

    with running(MockConfig(api_keys=("test-key",))) as base_url:
        ...  # e.g. openai.OpenAI(base_url=f"{base_url}/api", api_key="test-key")

`create_app(config)` gives the ASGI app for in-process use.
"""

from respan_mock._app import create_app
from respan_mock._fixtures import FixtureError
from respan_mock._server import running
from respan_mock.config import DEV_API_KEY, ConfigError, FixtureSettings, MockConfig

__all__ = ["DEV_API_KEY", "ConfigError", "FixtureError", "FixtureSettings", "MockConfig", "create_app", "running"]
