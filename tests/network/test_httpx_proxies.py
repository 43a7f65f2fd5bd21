"""Proxies configured in httpx, through ``HttpxTransport`` / ``AsyncHttpxTransport``: the same
proxy.py servers and TLS endpoint as the built-in transports' proxy tests."""

from __future__ import annotations

import asyncio
import ssl
from typing import Any, Literal

import httpx
import pytest
import trustme

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.models import ConfirmSignUpResponse
from tests.network.servers import ProxyServer, TlsStubServer
from typedaws_runtime.errors import ProxyError
from typedaws_runtime.transports.httpx_transport import AsyncHttpxTransport, HttpxTransport

Mode = Literal["sync", "async"]
pytestmark = pytest.mark.parametrize("mode", ["sync", "async"])

CONFIRM: dict[str, Any] = {
    "client_id": "client-id-1",
    "username": "alice",
    "confirmation_code": "123456",
}


def _call(mode: Mode, proxy: str, endpoint_url: str, ca: trustme.CA) -> object:
    """One ConfirmSignUp (at most 3 attempts) on an httpx client with ``proxy`` that trusts
    ``ca``: the result, or the exception raised."""
    verify = ssl.create_default_context()
    ca.configure_trust(verify)
    options: dict[str, Any] = {
        "region": "eu-west-1",
        "endpoint_url": endpoint_url,
        "max_attempts": 3,
    }
    if mode == "sync":
        with (
            httpx.Client(proxy=proxy, verify=verify) as http,
            CognitoIdentityProviderClient(transport=HttpxTransport(http), **options) as client,
        ):
            try:
                return client.confirm_sign_up(**CONFIRM)
            except Exception as exc:
                return exc

    async def run() -> object:
        async with (
            httpx.AsyncClient(proxy=proxy, verify=verify) as http,
            AsyncCognitoIdentityProviderClient(
                transport=AsyncHttpxTransport(http), **options
            ) as client,
        ):
            try:
                return await client.confirm_sign_up(**CONFIRM)
            except Exception as exc:
                return exc

    return asyncio.run(run())


def test_https_endpoint_through_an_httpx_proxy(
    mode: Mode, auth_proxy: ProxyServer, tls_origin: TlsStubServer, origin_ca: trustme.CA
) -> None:
    outcome = _call(mode, auth_proxy.url, tls_origin.url, origin_ca)
    assert isinstance(outcome, ConfirmSignUpResponse), outcome
    (request,) = tls_origin.requests
    assert request.header("proxy-authorization") is None


def test_proxy_refusing_the_credentials(
    mode: Mode, auth_proxy: ProxyServer, tls_origin: TlsStubServer, origin_ca: trustme.CA
) -> None:
    """httpx's refused tunnel is the runtime's ``ProxyError`` with the proxy's status, which
    the retry policy does not retry (the proxy would refuse again)."""
    proxy = auth_proxy.url_with("alice", "not-the-password")
    outcome = _call(mode, proxy, tls_origin.url, origin_ca)
    assert isinstance(outcome, ProxyError), outcome
    assert outcome.status == 407
    assert "not-the-password" not in f"{outcome} {outcome!r} {outcome.__cause__!r}"
    assert tls_origin.requests == []
