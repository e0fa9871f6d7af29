"""Implementations of the gateway API that nobody here wrote, started on loopback for `make contract-peers`:
LiteLLM proxy (from its own virtual environment) in front of an OpenAI-format upstream.

    from respan_peers import litellm_proxy

    with litellm_proxy(Path("build/litellm-venv"), f"{mock_url}/v1", "mock-key", "proxy-key", log) as proxy:
        ...  # proxy.base_url, proxy.master_key, proxy.version
"""

from respan_peers._errors import PeerError
from respan_peers._litellm import LiteLLMProxy, installed_version, litellm_proxy

__all__ = ["LiteLLMProxy", "PeerError", "installed_version", "litellm_proxy"]
