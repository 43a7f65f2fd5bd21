"""ConfirmSignUp (and SignUp) end to end: the SDK's sync and async clients against moto.

moto does not check SecretHash, so what the SDK sends is also checked against a small recording
server of our own.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Literal

import pytest

from cognito_idp import (
    AsyncCognitoIdentityProviderClient,
    CognitoIdentityProviderClient,
    compute_secret_hash,
)
from cognito_idp.errors import (
    CognitoIdentityProviderError,
    ResourceNotFoundException,
    UserNotFoundException,
)
from cognito_idp.models import AttributeType, ConfirmSignUpResponse
from typedaws_runtime.errors import SdkError, ServiceError

if TYPE_CHECKING:
    from tests.integration.conftest import AppClient

REGION = "us-east-1"

# An unclosed client or session fails the test that leaked it.
pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)

ClientKind = Literal["sync", "async"]
CLIENT_KINDS: tuple[ClientKind, ...] = ("sync", "async")

PASSWORD = "Correct-Horse-9-Battery"
CODE = "123456"


def confirm(
    kind: ClientKind, endpoint_url: str, *, client_secret: str | None = None, **params: Any
) -> ConfirmSignUpResponse:
    """Call confirm_sign_up with a fresh client of ``kind``, closing it afterwards."""
    if kind == "sync":
        with CognitoIdentityProviderClient(
            region=REGION, endpoint_url=endpoint_url, client_secret=client_secret
        ) as client:
            return client.confirm_sign_up(**params)

    async def run() -> ConfirmSignUpResponse:
        async with AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=endpoint_url, client_secret=client_secret
        ) as client:
            return await client.confirm_sign_up(**params)

    return asyncio.run(run())


def sign_up(
    endpoint_url: str, app: AppClient, username: str, *, client_secret: str | None = None
) -> None:
    with CognitoIdentityProviderClient(
        region=REGION, endpoint_url=endpoint_url, client_secret=client_secret
    ) as client:
        response = client.sign_up(
            client_id=app.client_id,
            username=username,
            password=PASSWORD,
            user_attributes=[AttributeType(name="email", value=f"{username}@example.com")],
        )
    assert response.user_confirmed is False
    assert response.user_sub


def user_status(admin: Any, app: AppClient, username: str) -> str:
    status = admin.admin_get_user(UserPoolId=app.user_pool_id, Username=username)["UserStatus"]
    assert isinstance(status, str)
    return status


# --- against moto -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_sign_up_then_confirm(
    kind: ClientKind, moto_url: str, admin: Any, app_client: AppClient
) -> None:
    sign_up(moto_url, app_client, "alice")
    assert user_status(admin, app_client, "alice") == "UNCONFIRMED"

    response = confirm(
        kind,
        moto_url,
        client_id=app_client.client_id,
        username="alice",
        confirmation_code=CODE,
    )

    assert isinstance(response, ConfirmSignUpResponse)
    assert response.session is None
    assert user_status(admin, app_client, "alice") == "CONFIRMED"


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_confirm_user_signed_up_with_boto3(
    kind: ClientKind, moto_url: str, admin: Any, app_client: AppClient
) -> None:
    admin.sign_up(
        ClientId=app_client.client_id,
        Username="bob",
        Password=PASSWORD,
        UserAttributes=[{"Name": "email", "Value": "bob@example.com"}],
    )
    assert user_status(admin, app_client, "bob") == "UNCONFIRMED"

    confirm(kind, moto_url, client_id=app_client.client_id, username="bob", confirmation_code=CODE)

    assert user_status(admin, app_client, "bob") == "CONFIRMED"


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_works_without_any_aws_credentials(
    kind: ClientKind,
    moto_url: str,
    admin: Any,
    app_client: AppClient,
    without_aws_credentials: Callable[[], contextlib.AbstractContextManager[None]],
) -> None:
    with without_aws_credentials():
        assert not [name for name in os.environ if name.startswith("AWS_") and "FILE" not in name]
        sign_up(moto_url, app_client, "carol")
        confirm(
            kind,
            moto_url,
            client_id=app_client.client_id,
            username="carol",
            confirmation_code=CODE,
        )
    assert user_status(admin, app_client, "carol") == "CONFIRMED"


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_unknown_user_raises_user_not_found(
    kind: ClientKind, moto_url: str, app_client: AppClient
) -> None:
    with pytest.raises(UserNotFoundException) as caught:
        confirm(
            kind,
            moto_url,
            client_id=app_client.client_id,
            username="nobody",
            confirmation_code=CODE,
        )

    error = caught.value
    assert isinstance(error, CognitoIdentityProviderError)
    assert isinstance(error, ServiceError)
    assert isinstance(error, SdkError)
    assert error.code == "UserNotFoundException"
    assert error.status_code == 400
    assert error.message
    assert error.request_id
    assert CODE not in str(error)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_unknown_client_id_raises_resource_not_found(
    kind: ClientKind, moto_url: str, app_client: AppClient
) -> None:
    unknown_client_id = "7unknownclientid0000000000"
    with pytest.raises(ResourceNotFoundException) as caught:
        confirm(
            kind,
            moto_url,
            client_id=unknown_client_id,
            username="alice",
            confirmation_code=CODE,
        )

    error = caught.value
    assert isinstance(error, CognitoIdentityProviderError)
    assert isinstance(error, ServiceError)
    assert error.code == "ResourceNotFoundException"
    assert error.status_code == 400
    assert error.message
    # moto's message is the client id, a sensitive member: the SDK masks it.
    assert unknown_client_id not in str(error)
    assert unknown_client_id not in repr(error)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_client_secret_confirms_on_app_client_with_secret(
    kind: ClientKind, moto_url: str, admin: Any, secret_app_client: AppClient
) -> None:
    secret = secret_app_client.client_secret
    assert secret is not None
    sign_up(moto_url, secret_app_client, "dave", client_secret=secret)

    confirm(
        kind,
        moto_url,
        client_secret=secret,
        client_id=secret_app_client.client_id,
        username="dave",
        confirmation_code=CODE,
    )

    assert user_status(admin, secret_app_client, "dave") == "CONFIRMED"


# --- against a recording server: what goes on the wire -----------------------------------------


@dataclass
class Recorder:
    url: str
    requests: list[tuple[dict[str, str], dict[str, Any]]] = field(default_factory=list)
    reply: dict[str, Any] = field(default_factory=dict)
    """The JSON body of every answer."""

    def only_body(self) -> dict[str, Any]:
        assert len(self.requests) == 1
        return self.requests[0][1]


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    """A local HTTP server that records each request and answers 200 (``{}`` by default)."""
    recorder: Recorder | None = None

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            assert recorder is not None
            recorder.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
            payload = json.dumps(recorder.reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("x-amzn-RequestId", "recorded-request")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        recorder = Recorder(url=f"http://{host!s}:{port}")
        yield recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


SECRET = "1example2secret3value4for5tests6abcdefghijklmnopq"
CLIENT_ID = "4example5clientid6abcdefgh"


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize("username", ["erin", "Zoë Ünicode+tag@example.com"])
def test_client_secret_sends_secret_hash_of_exact_username(
    kind: ClientKind, username: str, recorder: Recorder
) -> None:
    confirm(
        kind,
        recorder.url,
        client_secret=SECRET,
        client_id=CLIENT_ID,
        username=username,
        confirmation_code=CODE,
    )

    headers, body = recorder.requests[0]
    assert len(recorder.requests) == 1
    assert headers["x-amz-target"] == "AWSCognitoIdentityProviderService.ConfirmSignUp"
    assert "authorization" not in headers
    assert body["Username"] == username
    assert body["ClientId"] == CLIENT_ID
    assert body["ConfirmationCode"] == CODE
    assert body["SecretHash"] == compute_secret_hash(SECRET, username, CLIENT_ID)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_explicit_secret_hash_is_sent_unchanged(kind: ClientKind, recorder: Recorder) -> None:
    given = "caller+computed/secret=hash"
    confirm(
        kind,
        recorder.url,
        client_secret=SECRET,
        client_id=CLIENT_ID,
        username="frank",
        confirmation_code=CODE,
        secret_hash=given,
    )

    assert recorder.only_body()["SecretHash"] == given


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_no_client_secret_sends_no_secret_hash(kind: ClientKind, recorder: Recorder) -> None:
    confirm(kind, recorder.url, client_id=CLIENT_ID, username="gina", confirmation_code=CODE)

    assert "SecretHash" not in recorder.only_body()


def test_sign_up_with_client_secret_sends_secret_hash(recorder: Recorder) -> None:
    recorder.reply = {"UserConfirmed": False, "UserSub": "5a1c0e2b-0000-4000-8000-000000000000"}
    with CognitoIdentityProviderClient(
        region=REGION, endpoint_url=recorder.url, client_secret=SECRET
    ) as client:
        client.sign_up(client_id=CLIENT_ID, username="hank", password=PASSWORD)

    body = recorder.only_body()
    assert body["SecretHash"] == compute_secret_hash(SECRET, "hank", CLIENT_ID)
