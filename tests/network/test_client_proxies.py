"""Both clients through a real proxy (proxy.py) to a TLS endpoint signed by a test CA.

What a user behind a corporate proxy relies on: ``proxies=`` and ``HTTPS_PROXY`` / ``NO_PROXY``
as botocore reads them, a CONNECT tunnel for https, Basic credentials from the proxy URL (and
never anywhere else), an ``https://`` proxy with its own CA, and the endpoint's CA bundle.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.models import ConfirmSignUpResponse
from tests.network.conftest import PROXY_PASSWORD
from tests.network.servers import ProxyServer, TlsStubServer
from tests.support.calls import MINIMAL, MODES, Mode
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime.errors import ConfigurationError, ProxyError, SdkError

pytestmark = pytest.mark.parametrize("mode", MODES)

QUOTED_PASSWORD = "p%40ss%3Aw%2Frd%20%C3%A9"  # PROXY_PASSWORD as the proxy URL writes it


@pytest.fixture(autouse=True)
def _no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their proxy variables; none comes from the machine running them."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "ALL_PROXY", "REQUESTS_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _calls(mode: Mode, count: int = 2, **options: Any) -> list[object]:
    """``count`` ConfirmSignUp calls on one client: their results or the errors raised."""
    options = {"region": "eu-west-1", "max_attempts": 1, **options}
    outcomes: list[object] = []
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            for _ in range(count):
                try:
                    outcomes.append(client.confirm_sign_up(**MINIMAL))
                except SdkError as exc:
                    outcomes.append(exc)
        return outcomes

    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(**options) as client:
            for _ in range(count):
                try:
                    outcomes.append(await client.confirm_sign_up(**MINIMAL))
                except SdkError as exc:
                    outcomes.append(exc)

    asyncio.run(run())
    return outcomes


def _ok(outcomes: list[object]) -> bool:
    return all(isinstance(o, ConfirmSignUpResponse) for o in outcomes)


def test_https_endpoint_through_a_proxy(
    mode: Mode, http_proxy: ProxyServer, tls_origin: TlsStubServer, origin_ca_file: Path
) -> None:
    outcomes = _calls(
        mode,
        endpoint_url=tls_origin.url,
        proxies={"https": http_proxy.url},
        ca_bundle=origin_ca_file,
    )
    assert _ok(outcomes), outcomes
    assert len(tls_origin.requests) == 2
    assert tls_origin.handshakes == 1  # one tunnel, kept alive for the second call


def test_proxy_with_credentials(
    mode: Mode, auth_proxy: ProxyServer, tls_origin: TlsStubServer, origin_ca_file: Path
) -> None:
    outcomes = _calls(
        mode,
        endpoint_url=tls_origin.url,
        proxies={"https": auth_proxy.url},
        ca_bundle=origin_ca_file,
    )
    assert _ok(outcomes), outcomes
    for request in tls_origin.requests:  # the proxy's credentials never reach the endpoint
        assert request.header("proxy-authorization") is None


@pytest.mark.parametrize("credentials", ["none", "wrong"])
def test_proxy_refusing_the_credentials(
    mode: Mode,
    auth_proxy: ProxyServer,
    tls_origin: TlsStubServer,
    origin_ca_file: Path,
    credentials: str,
) -> None:
    """A 407 is a ProxyError that says what to do, is not retried, and shows no password."""
    url = (
        auth_proxy.url_without_credentials
        if credentials == "none"
        else auth_proxy.url_with("alice", "not-the-password")
    )
    (outcome,) = _calls(
        mode,
        count=1,
        endpoint_url=tls_origin.url,
        proxies={"https": url},
        ca_bundle=origin_ca_file,
        max_attempts=3,
    )
    assert isinstance(outcome, ProxyError), outcome
    assert outcome.status == 407
    text = str(outcome)
    assert "proxy authentication required" in text
    assert "not-the-password" not in text
    assert tls_origin.requests == []


def test_proxy_from_the_environment_and_no_proxy(
    mode: Mode,
    auth_proxy: ProxyServer,
    tls_origin: TlsStubServer,
    origin_ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``HTTPS_PROXY`` is used (a proxy that refuses shows it); ``NO_PROXY`` bypasses it."""
    monkeypatch.setenv("HTTPS_PROXY", auth_proxy.url_without_credentials)
    (outcome,) = _calls(mode, count=1, endpoint_url=tls_origin.url, ca_bundle=origin_ca_file)
    assert isinstance(outcome, ProxyError) and outcome.status == 407, outcome
    monkeypatch.setenv("NO_PROXY", "example.com,localhost")
    assert _ok(_calls(mode, endpoint_url=tls_origin.url, ca_bundle=origin_ca_file))
    # proxies= replaces the environment: {} means no proxy, NO_PROXY or not.
    monkeypatch.delenv("NO_PROXY")
    assert _ok(_calls(mode, endpoint_url=tls_origin.url, ca_bundle=origin_ca_file, proxies={}))
    assert len(tls_origin.requests) == 4


def test_https_proxy_with_its_own_ca(
    mode: Mode,
    tls_proxy: ProxyServer,
    tls_origin: TlsStubServer,
    origin_ca_file: Path,
    proxy_ca_file: Path,
) -> None:
    """TLS to the proxy (checked against proxy_ca_bundle), TLS to the endpoint inside it."""
    outcomes = _calls(
        mode,
        endpoint_url=tls_origin.url,
        proxies={"https": tls_proxy.url},
        proxy_ca_bundle=proxy_ca_file,
        ca_bundle=origin_ca_file,
    )
    assert _ok(outcomes), outcomes
    assert len(tls_origin.requests) == 2
    assert tls_origin.handshakes == 1


def test_https_proxy_not_trusted_without_its_ca(
    mode: Mode, tls_proxy: ProxyServer, tls_origin: TlsStubServer, origin_ca_file: Path
) -> None:
    (outcome,) = _calls(
        mode,
        count=1,
        endpoint_url=tls_origin.url,
        proxies={"https": tls_proxy.url},
        ca_bundle=origin_ca_file,
    )
    assert isinstance(outcome, SdkError), outcome
    assert "unable to get local issuer certificate" in str(outcome)
    assert f"through proxy {tls_proxy.url}" in str(outcome)
    assert tls_origin.requests == []


def test_endpoint_not_trusted_without_its_ca_bundle(
    mode: Mode, http_proxy: ProxyServer, tls_origin: TlsStubServer
) -> None:
    (outcome,) = _calls(
        mode, count=1, endpoint_url=tls_origin.url, proxies={"https": http_proxy.url}
    )
    assert isinstance(outcome, SdkError), outcome
    assert "unable to get local issuer certificate" in str(outcome)
    assert tls_origin.requests == []


def test_http_endpoint_through_a_proxy(mode: Mode, auth_proxy: ProxyServer) -> None:
    """A plain http endpoint: the request goes to the proxy in absolute form with the proxy's
    credentials, which the proxy takes off before forwarding. (proxy.py forwards the later
    requests of a kept-alive connection as they come, header included: one call here.)"""
    with StubServer(default=StubResponse.json({})) as stub:
        outcomes = _calls(
            mode, count=1, endpoint_url=stub.url + "/base?q=1", proxies={"http": auth_proxy.url}
        )
        assert _ok(outcomes), outcomes
        [request] = stub.requests
        assert request.path == "/base?q=1"
        assert request.header("via") == "1.1 proxy.py v2.4.10"  # it went through the proxy
        assert request.header("proxy-authorization") is None


def test_proxy_password_is_never_shown(mode: Mode, auth_proxy: ProxyServer) -> None:
    """Not in a refused proxy URL, nor in a connection failure through the proxy."""
    with pytest.raises(ConfigurationError) as info:
        _calls(mode, endpoint_url="https://localhost:1", proxies={"https": "socks5://u:pw@h:1"})
    assert "pw" not in str(info.value).replace("proxy", "")
    (outcome,) = _calls(
        mode,
        count=1,
        endpoint_url="https://localhost:1",  # nothing listens: the proxy answers 502
        proxies={"https": auth_proxy.url},
    )
    assert isinstance(outcome, SdkError), outcome
    for text in (str(outcome), repr(outcome)):
        assert PROXY_PASSWORD not in text
        assert QUOTED_PASSWORD not in text
        assert "alice:***@" in text
