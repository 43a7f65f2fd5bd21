"""The httpx transports on an httpx client the test makes, as a user would pass it, against the
local stub server: calls, errors and retries, timeouts, the size cap, who closes the httpx
client, mocking with respx, and what a program that does not use them pays (nothing)."""

from __future__ import annotations

import asyncio
import importlib
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
import respx

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import UserNotFoundException
from cognito_idp.models import ConfirmSignUpResponse
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime.errors import (
    ConfigurationError,
    ConnectionFailedError,
    ConnectTimeoutError,
    ReadTimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    TransportError,
)
from typedaws_runtime.http import HttpRequest, Timeouts
from typedaws_runtime.transports.httpx_transport import AsyncHttpxTransport, HttpxTransport

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
ROOT = Path(__file__).resolve().parents[2]

CONFIRM: dict[str, Any] = {
    "client_id": "client-id-httpx",
    "username": "alice-httpx",
    "confirmation_code": "918273",
}


def ok(session: str = "s" * 24) -> StubResponse:
    return StubResponse.json({"Session": session})


def call(
    mode: Mode,
    url: str,
    *,
    httpx_options: dict[str, Any] | None = None,
    transport_options: dict[str, Any] | None = None,
    **client_options: Any,
) -> object:
    """One ConfirmSignUp on a client whose transport is an httpx transport on an httpx client
    made with ``httpx_options``: the result, or the exception raised."""
    options: dict[str, Any] = {"region": "eu-west-1", "endpoint_url": url, **client_options}
    if mode == "sync":
        with httpx.Client(**(httpx_options or {})) as http:
            transport = HttpxTransport(http, **(transport_options or {}))
            with CognitoIdentityProviderClient(transport=transport, **options) as client:
                try:
                    return client.confirm_sign_up(**CONFIRM)
                except Exception as exc:
                    return exc

    async def run() -> object:
        async with httpx.AsyncClient(**(httpx_options or {})) as http:
            transport = AsyncHttpxTransport(http, **(transport_options or {}))
            async with AsyncCognitoIdentityProviderClient(transport=transport, **options) as client:
                try:
                    return await client.confirm_sign_up(**CONFIRM)
                except Exception as exc:
                    return exc

    return asyncio.run(run())


def _session(value: object) -> str | None:
    assert isinstance(value, ConfirmSignUpResponse), repr(value)
    return value.session


def _assert_no_secret(error: BaseException) -> None:
    text = f"{error}\n{error!r}\n{error.__cause__!r}"
    for secret in CONFIRM.values():
        assert secret not in text


@pytest.mark.parametrize("mode", MODES)
def test_call(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(ok("over-httpx"))
    assert _session(call(mode, stub.url)) == "over-httpx"
    (request,) = stub.requests
    assert request.header("x-amz-target") == "AWSCognitoIdentityProviderService.ConfirmSignUp"
    assert request.json_object()["Username"] == "alice-httpx"


@pytest.mark.parametrize("mode", MODES)
def test_request_is_sent_as_the_sdk_made_it(mode: Mode, stub: StubServer) -> None:
    """The httpx client's default headers, cookies, query parameters and auth are not added
    (they would change what was signed); ``Accept-Encoding: identity`` is, as the built-in
    transports send it, so the body comes uncompressed."""
    httpx_options: dict[str, Any] = {
        "headers": {"X-Default": "1"},
        "cookies": {"jar": "cookie"},
        "params": {"q": "1"},
        "auth": ("user", "password"),
    }
    stub.enqueue(ok())
    _session(call(mode, stub.url, httpx_options=httpx_options))
    (request,) = stub.requests
    assert request.path == "/"
    names = {name.lower() for name, _ in request.raw_headers}
    assert names == {
        "host",
        "content-type",
        "x-amz-target",
        "content-length",
        "user-agent",
        "accept-encoding",
    }
    assert request.header("accept-encoding") == "identity"
    assert (request.header("user-agent") or "").startswith("cognito-idp-typed/")


@pytest.mark.parametrize("mode", MODES)
def test_modelled_error(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(StubResponse.aws_error("UserNotFoundException", "no such user", request_id="r1"))
    error = call(mode, stub.url, max_attempts=3)
    assert type(error) is UserNotFoundException, repr(error)
    assert (error.message, error.status_code, error.request_id) == ("no such user", 400, "r1")
    assert len(stub.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_server_error_is_retried(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(StubResponse(status=500, body=b""), ok("second"))
    assert _session(call(mode, stub.url, max_attempts=2)) == "second"
    assert len(stub.requests) == 2
    assert stub.requests[0].body == stub.requests[1].body


@pytest.mark.parametrize("mode", MODES)
def test_error_body_that_is_not_json(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(StubResponse(status=400, headers={"x-amzn-RequestId": "r2"}, body=b"<html>"))
    error = call(mode, stub.url, max_attempts=3)
    assert type(error) is ResponseParseError, repr(error)
    assert (error.status_code, error.request_id) == (400, "r2")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused(mode: Mode) -> None:
    error = call(mode, f"http://127.0.0.1:{_closed_port()}", max_attempts=1)
    assert type(error) is ConnectionFailedError, repr(error)
    assert "connection failed: ConnectError" in str(error)
    _assert_no_secret(error)


@pytest.mark.parametrize("mode", MODES)
def test_the_sdk_read_timeout_replaces_httpx_s(mode: Mode, stub: StubServer) -> None:
    """The httpx client would wait 30 s; the SDK's ``read_timeout`` (0.3 s) applies."""
    stub.default = StubResponse.json({"Session": "late"}, delay=2)
    started = time.monotonic()
    error = call(mode, stub.url, httpx_options={"timeout": 30}, read_timeout=0.3, max_attempts=1)
    assert type(error) is ReadTimeoutError, repr(error)
    assert isinstance(error, TimeoutError)
    assert time.monotonic() - started < 0.3 + 1
    assert len(stub.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_response_over_the_cap(mode: Mode, stub: StubServer) -> None:
    """Not retried (the same request would get the same); the connection is dropped unread."""
    stub.enqueue(ok("x" * 5000), ok("next"))
    error = call(mode, stub.url, transport_options={"max_response_bytes": 1024}, max_attempts=3)
    assert type(error) is ResponseTooLargeError, repr(error)
    assert error.limit == 1024
    assert len(stub.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_header_that_would_split_the_request(mode: Mode, stub: StubServer) -> None:
    """Refused before httpx sees it, naming the header only: httpx's own error quotes it."""
    from typedaws_runtime.credentials import Credentials

    credentials = Credentials(
        access_key_id="AKIDEXAMPLE", secret_access_key="secret", session_token="token-httpx\x00bad"
    )
    options: dict[str, Any] = {"region": "eu-west-1", "endpoint_url": stub.url, "max_attempts": 1}
    args = {"user_pool_id": "eu-west-1_abcdefghi", "username": "alice"}
    if mode == "sync":
        with (
            httpx.Client() as http,
            CognitoIdentityProviderClient(
                transport=HttpxTransport(http), credentials=credentials, **options
            ) as client,
            pytest.raises(TransportError) as raised,
        ):
            client.admin_get_user(**args)
    else:

        async def run() -> None:
            async with (
                httpx.AsyncClient() as http,
                AsyncCognitoIdentityProviderClient(
                    transport=AsyncHttpxTransport(http), credentials=credentials, **options
                ) as client,
            ):
                await client.admin_get_user(**args)

        with pytest.raises(TransportError) as raised:
            asyncio.run(run())
    assert "X-Amz-Security-Token" in str(raised.value)
    assert "token-httpx" not in f"{raised.value!r} {raised.value.__cause__!r}"
    assert stub.requests == []


def test_response_headers_are_lower_case_and_repeats_joined(stub: StubServer) -> None:
    """What the transport protocol promises, on the protocol itself."""
    head = b"HTTP/1.1 200 OK\r\nX-Amzn-RequestId: r3\r\nX-Many: a\r\nx-many: b\r\n"
    stub.enqueue(StubResponse(raw=head + b"Content-Length: 2\r\n\r\n{}"))
    with httpx.Client() as http:
        response = HttpxTransport(http).send(
            HttpRequest("POST", stub.url + "/", {"Content-Type": "text/plain"}, b"x")
        )
    assert (response.status, response.body) == (200, b"{}")
    assert response.headers == {"x-amzn-requestid": "r3", "x-many": "a, b", "content-length": "2"}


def test_closing_the_sdk_client_leaves_the_httpx_client_open(stub: StubServer) -> None:
    with httpx.Client() as http:
        transport = HttpxTransport(http)
        for _ in range(2):  # a second SDK client on the same transport, after the first closed
            with CognitoIdentityProviderClient(
                region="eu-west-1", endpoint_url=stub.url, transport=transport
            ) as client:
                client.confirm_sign_up(**CONFIRM)
            assert not http.is_closed
        transport.close()  # the transport's close leaves a client it was given open too
        assert not http.is_closed
        assert http.post(stub.url, content=b"{}").status_code == 200
    assert len(stub.requests) == 3
    assert stub.connections_accepted == 1  # all of them on httpx's one pooled connection


def test_async_closing_leaves_the_httpx_client_open(stub: StubServer) -> None:
    async def run() -> None:
        async with httpx.AsyncClient() as http:
            transport = AsyncHttpxTransport(http)
            async with AsyncCognitoIdentityProviderClient(
                region="eu-west-1", endpoint_url=stub.url, transport=transport
            ) as client:
                await client.confirm_sign_up(**CONFIRM)
            await transport.close()
            assert not http.is_closed
            assert (await http.post(stub.url, content=b"{}")).status_code == 200

    asyncio.run(run())
    assert len(stub.requests) == 2


def test_a_transport_closes_the_client_it_made(stub: StubServer) -> None:
    transport = HttpxTransport()
    with CognitoIdentityProviderClient(
        region="eu-west-1", endpoint_url=stub.url, transport=transport
    ) as client:
        client.confirm_sign_up(**CONFIRM)
    assert not transport.client.is_closed  # the SDK client does not close its transport
    transport.close()
    assert transport.client.is_closed

    async def run() -> bool:
        async_transport = AsyncHttpxTransport()
        await async_transport.close()
        return async_transport.client.is_closed

    assert asyncio.run(run())


def test_a_closed_httpx_client_is_a_configuration_error(stub: StubServer) -> None:
    http = httpx.Client()
    http.close()
    transport = HttpxTransport(http)
    with (
        CognitoIdentityProviderClient(
            region="eu-west-1", endpoint_url=stub.url, transport=transport, max_attempts=3
        ) as client,
        pytest.raises(ConfigurationError, match="httpx client of this transport is closed"),
    ):
        client.confirm_sign_up(**CONFIRM)
    assert stub.requests == []


# -- mocking with respx, as README.md shows it -----------------------------------------------


def test_respx_mocks_the_service() -> None:
    with respx.mock(base_url="https://cognito-idp.eu-west-1.amazonaws.com") as mock:
        route = mock.post("/").respond(
            400,
            json={"__type": "UserNotFoundException", "message": "User does not exist."},
            headers={"x-amzn-RequestId": "mocked"},
        )
        with (
            httpx.Client() as http,
            CognitoIdentityProviderClient(
                region="eu-west-1", transport=HttpxTransport(http)
            ) as client,
            pytest.raises(UserNotFoundException) as raised,
        ):
            client.confirm_sign_up(**CONFIRM)
    assert raised.value.request_id == "mocked"
    sent = json.loads(route.calls.last.request.content)
    assert sent["Username"] == "alice-httpx"


def test_respx_mocks_the_service_async() -> None:
    async def run() -> str | None:
        with respx.mock(base_url="https://cognito-idp.eu-west-1.amazonaws.com") as mock:
            mock.post("/").respond(200, json={"Session": "mocked-session"})
            async with (
                httpx.AsyncClient() as http,
                AsyncCognitoIdentityProviderClient(
                    region="eu-west-1", transport=AsyncHttpxTransport(http)
                ) as client,
            ):
                return (await client.confirm_sign_up(**CONFIRM)).session

    assert asyncio.run(run()) == "mocked-session"


# -- the deadline, on the transport protocol directly ---------------------------------------


def test_a_passed_deadline_sends_nothing(stub: StubServer) -> None:
    timeouts = Timeouts(1.0, 1.0, deadline=time.monotonic() - 1)
    with (
        httpx.Client() as http,
        pytest.raises(ConnectTimeoutError, match="deadline passed before sending"),
    ):
        HttpxTransport(http).send(HttpRequest("POST", stub.url + "/", {}, b"", timeouts))
    assert stub.requests == []


# -- what it costs a program that does not use it ----------------------------------------------


def _fresh(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return out.stdout.strip()


def test_httpx_is_imported_only_by_its_transport() -> None:
    code = (
        "import sys, cognito_idp, typedaws_runtime.transports.socket_transport\n"
        "print('httpx' in sys.modules)"
    )
    assert _fresh(code) == "False"


def test_without_httpx_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)  # import httpx now raises ImportError
    monkeypatch.delitem(sys.modules, "typedaws_runtime.transports.httpx_transport")
    with pytest.raises(ImportError, match=r"pip install 'cognito-idp-typed\[httpx\]'"):
        importlib.import_module("typedaws_runtime.transports.httpx_transport")
