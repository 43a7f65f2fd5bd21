"""What ConfirmSignUp puts on the wire and how its response is read, sync and async."""

from __future__ import annotations

import pytest

from cognito_idp.models import AnalyticsMetadataType, ConfirmSignUpResponse, UserContextDataType
from tests.support.calls import MINIMAL, MODES, Mode, confirm
from tests.support.stub_server import StubResponse, StubServer

SESSION = "session-" + "s" * 40

pytestmark = pytest.mark.parametrize("mode", MODES)


def test_framing(mode: Mode, stub: StubServer) -> None:
    confirm(mode, stub.url)

    (request,) = stub.requests
    assert request.method == "POST"
    assert request.path == "/"
    assert request.header("Content-Type") == "application/x-amz-json-1.1"
    assert request.header("X-Amz-Target") == "AWSCognitoIdentityProviderService.ConfirmSignUp"
    assert request.header("Content-Length") == str(len(request.body))
    assert request.header("Host") == f"127.0.0.1:{stub.port}"
    assert request.json_object() == {
        "ClientId": "client-id-1",
        "Username": "alice",
        "ConfirmationCode": "123456",
    }


def test_unsigned_even_with_credentials_in_env(
    mode: Mode, stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "session-token-example")

    confirm(mode, stub.url)

    (request,) = stub.requests
    assert request.header("Authorization") is None
    assert request.header("X-Amz-Security-Token") is None
    assert request.header("X-Amz-Date") is None
    assert b"AKIAIOSFODNN7EXAMPLE" not in request.body
    for _, value in request.raw_headers:
        assert "AKIAIOSFODNN7EXAMPLE" not in value


def test_none_members_are_not_sent(mode: Mode, stub: StubServer) -> None:
    confirm(
        mode,
        stub.url,
        secret_hash=None,
        force_alias_creation=None,
        analytics_metadata=None,
        user_context_data=None,
        client_metadata=None,
        session=None,
    )
    (request,) = stub.requests
    assert set(request.json_object()) == {"ClientId", "Username", "ConfirmationCode"}


def test_every_member(mode: Mode, stub: StubServer) -> None:
    confirm(
        mode,
        stub.url,
        secret_hash="hash-value",
        force_alias_creation=False,
        analytics_metadata=AnalyticsMetadataType(analytics_endpoint_id="endpoint-1"),
        user_context_data=UserContextDataType(ip_address="192.0.2.1", encoded_data="enc"),
        client_metadata={"k1": "v1", "k2": "", "ключ": "значение"},
        session=SESSION,
    )
    (request,) = stub.requests
    assert request.json_object() == {
        "ClientId": "client-id-1",
        "Username": "alice",
        "ConfirmationCode": "123456",
        "SecretHash": "hash-value",
        "ForceAliasCreation": False,
        "AnalyticsMetadata": {"AnalyticsEndpointId": "endpoint-1"},
        "UserContextData": {"IpAddress": "192.0.2.1", "EncodedData": "enc"},
        "ClientMetadata": {"k1": "v1", "k2": "", "ключ": "значение"},
        "Session": SESSION,
    }


def test_empty_nested_structure_is_an_empty_object(mode: Mode, stub: StubServer) -> None:
    confirm(mode, stub.url, analytics_metadata=AnalyticsMetadataType(), client_metadata={})
    (request,) = stub.requests
    body = request.json_object()
    assert body["AnalyticsMetadata"] == {}
    assert body["ClientMetadata"] == {}


def test_response_session(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(StubResponse.json({"Session": SESSION}))
    response = confirm(mode, stub.url)
    assert isinstance(response, ConfirmSignUpResponse)
    assert response.session == SESSION


def test_unknown_response_fields_are_ignored(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(
        StubResponse.json(
            {
                "Session": SESSION,
                "NewField": {"nested": [1, 2, 3]},
                "AnotherOne": None,
                "Flag": True,
            }
        )
    )
    response = confirm(mode, stub.url)
    assert response.session == SESSION


@pytest.mark.parametrize("body", [b"{}", b"", b"  \n", b'{"Session": null}'])
def test_response_without_session(mode: Mode, stub: StubServer, body: bytes) -> None:
    stub.enqueue(StubResponse(body=body, headers={"Content-Type": "application/x-amz-json-1.1"}))
    response = confirm(mode, stub.url)
    assert response.session is None


def test_keep_alive_reuses_one_connection(mode: Mode, stub: StubServer) -> None:
    """Several calls on one client: each gets its own answer, in order."""
    import asyncio

    from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient

    sessions = [f"session-{i:02d}-" + "x" * 20 for i in range(5)]
    stub.enqueue(*(StubResponse.json({"Session": s}) for s in sessions))
    got: list[str | None] = []
    if mode == "sync":
        with CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=stub.url) as client:
            got = [client.confirm_sign_up(**MINIMAL).session for _ in sessions]
    else:

        async def run() -> list[str | None]:
            async with AsyncCognitoIdentityProviderClient(
                region="eu-west-1", endpoint_url=stub.url
            ) as client:
                return [(await client.confirm_sign_up(**MINIMAL)).session for _ in sessions]

        got = asyncio.run(run())
    assert got == sessions
    assert len(stub.requests) == len(sessions)
    assert stub.connections_accepted == 1
