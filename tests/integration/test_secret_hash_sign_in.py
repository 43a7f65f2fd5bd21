"""Signing in with an app client that has a secret, given only ``client_secret=``: the client
adds SECRET_HASH to AuthParameters and ChallengeResponses. Against moto in server mode.

moto checks SECRET_HASH on InitiateAuth USER_SRP_AUTH and REFRESH_TOKEN_AUTH and on SMS_MFA and
SOFTWARE_TOKEN_MFA answers (RespondToAuthChallenge, and AdminRespondToAuthChallenge, which it
hands to the same code); it does not check it on USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH
or PASSWORD_VERIFIER answers, where Cognito does. So every call goes through a recording
pass-through in front of moto, and the tests also check what was sent.
"""

from __future__ import annotations

import asyncio
import datetime
import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urlsplit

import pytest

from cognito_auth.srp import SrpClient
from cognito_idp import (
    AsyncCognitoIdentityProviderClient,
    CognitoIdentityProviderClient,
    compute_secret_hash,
)
from cognito_idp.errors import NotAuthorizedException
from cognito_idp.models import AuthFlowType, ChallengeNameType
from tests.integration.conftest import AppClient
from typedaws_runtime.credentials import Credentials

pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)

Mode = Literal["sync", "async"]
each_mode = pytest.mark.parametrize("mode", ["sync", "async"])

REGION = "us-east-1"
USER = "alice"
PASSWORD = "Corr3ct-Horse-Battery!"
MFA_CODE = "123456"
ADMIN = Credentials(access_key_id="AKIDEXAMPLE000000001", secret_access_key="example-key")


# --- a recording pass-through in front of moto -------------------------------------------------


@dataclass
class Recorder:
    url: str
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list[tuple[str, dict[str, Any]]])
    """(operation, JSON body) of each request, in order."""

    def bodies(self, operation: str) -> list[dict[str, Any]]:
        return [body for op, body in self.sent if op == operation]


@pytest.fixture
def proxy(moto_url: str) -> Iterator[Recorder]:
    """A local server that records each request's body and forwards it to moto unchanged."""
    target = urlsplit(moto_url)
    recorder: Recorder | None = None

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            operation = self.headers.get("X-Amz-Target", "").rpartition(".")[2]
            assert recorder is not None
            recorder.sent.append((operation, json.loads(body)))
            upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=30)
            try:
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                upstream.request("POST", self.path, body=body, headers=headers)
                answer = upstream.getresponse()
                payload = answer.read()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(name, value)
            finally:
                upstream.close()
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


# --- the SDK, sync or async, one call at a time -------------------------------------------------


class Sdk:
    """A client of ``mode``; calling ``sdk("method", **kwargs)`` makes one call (awaited for
    the async client) and returns its result or raises its error."""

    def __init__(self, mode: Mode, url: str, **options: Any) -> None:
        self._runner: asyncio.Runner | None = None
        self._sync: CognitoIdentityProviderClient | None = None
        self._async: AsyncCognitoIdentityProviderClient | None = None
        settings: dict[str, Any] = {"region": REGION, "endpoint_url": url, **options}
        if mode == "sync":
            self._sync = CognitoIdentityProviderClient(**settings)
        else:
            self._runner = asyncio.Runner()
            self._async = AsyncCognitoIdentityProviderClient(**settings)

    def __call__(self, method: str, /, **kwargs: Any) -> Any:
        if self._sync is not None:
            return getattr(self._sync, method)(**kwargs)
        assert self._async is not None and self._runner is not None
        return self._runner.run(getattr(self._async, method)(**kwargs))

    def __enter__(self) -> Sdk:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._sync is not None:
            self._sync.close()
        if self._async is not None and self._runner is not None:
            self._runner.run(self._async.aclose())
            self._runner.close()


# --- a pool with a confidential app client and a confirmed user ------------------------------


@dataclass(frozen=True)
class Confidential:
    app: AppClient
    secret: str

    def hash(self, username: str) -> str:
        return compute_secret_hash(self.secret, username, self.app.client_id)


@pytest.fixture
def pool(admin: Any, secret_app_client: AppClient) -> Confidential:
    app = secret_app_client
    admin.admin_create_user(
        UserPoolId=app.user_pool_id, Username=USER, TemporaryPassword="Temp-Passw0rd!"
    )
    admin.admin_set_user_password(
        UserPoolId=app.user_pool_id, Username=USER, Password=PASSWORD, Permanent=True
    )
    assert app.client_secret is not None
    return Confidential(app=app, secret=app.client_secret)


def _sign_in_parameters() -> dict[str, str]:
    return {"USERNAME": USER, "PASSWORD": PASSWORD}


# --- the flows --------------------------------------------------------------------------------


@each_mode
def test_user_srp_auth_signs_in_with_only_the_client_secret(
    mode: Mode, pool: Confidential, proxy: Recorder
) -> None:
    app = pool.app
    srp = SrpClient.start()
    start = {"USERNAME": USER, "SRP_A": srp.srp_a}
    with Sdk(mode, proxy.url) as without_secret, pytest.raises(NotAuthorizedException):
        # moto checks the hash of USER_SRP_AUTH: without one, the client is refused.
        without_secret(
            "initiate_auth",
            auth_flow=AuthFlowType.USER_SRP_AUTH,
            client_id=app.client_id,
            auth_parameters=start,
        )

    with Sdk(mode, proxy.url, client_secret=pool.secret) as sdk:
        started = sdk(
            "initiate_auth",
            auth_flow=AuthFlowType.USER_SRP_AUTH,
            client_id=app.client_id,
            auth_parameters=start,
        )
        assert started.challenge_name == ChallengeNameType.PASSWORD_VERIFIER
        params = started.challenge_parameters
        claim = srp.claim(
            realm=app.user_pool_id.split("_", 1)[1],
            user_id=params["USER_ID_FOR_SRP"],
            password=PASSWORD,
            salt=params["SALT"],
            srp_b=params["SRP_B"],
            secret_block=params["SECRET_BLOCK"],
            now=datetime.datetime.now(datetime.UTC),
        )
        answer = {
            "USERNAME": params["USERNAME"],
            "PASSWORD_CLAIM_SECRET_BLOCK": params["SECRET_BLOCK"],
            "PASSWORD_CLAIM_SIGNATURE": claim.signature,
            "TIMESTAMP": claim.timestamp,
        }
        done = sdk(
            "respond_to_auth_challenge",
            client_id=app.client_id,
            challenge_name=ChallengeNameType.PASSWORD_VERIFIER,
            session=started.session,
            challenge_responses=answer,
        )
    assert done.authentication_result is not None
    assert done.authentication_result.access_token

    first, second = proxy.bodies("InitiateAuth")
    assert "SECRET_HASH" not in first["AuthParameters"]
    assert second["AuthParameters"] == {**start, "SECRET_HASH": pool.hash(USER)}
    (verifier,) = proxy.bodies("RespondToAuthChallenge")
    sent_name = answer["USERNAME"]
    assert verifier["ChallengeResponses"] == {**answer, "SECRET_HASH": pool.hash(sent_name)}


@each_mode
def test_sms_mfa_answer_carries_the_hash(
    mode: Mode, admin: Any, pool: Confidential, proxy: Recorder
) -> None:
    app = pool.app
    admin.admin_set_user_mfa_preference(
        UserPoolId=app.user_pool_id,
        Username=USER,
        SMSMfaSettings={"Enabled": True, "PreferredMfa": True},
    )
    with Sdk(mode, proxy.url, client_secret=pool.secret) as sdk:
        started = sdk(
            "initiate_auth",
            auth_flow="USER_PASSWORD_AUTH",
            client_id=app.client_id,
            auth_parameters=_sign_in_parameters(),
        )
        assert started.challenge_name == ChallengeNameType.SMS_MFA
        done = sdk(
            "respond_to_auth_challenge",
            client_id=app.client_id,
            challenge_name="SMS_MFA",
            session=started.session,
            challenge_responses={"USERNAME": USER, "SMS_MFA_CODE": MFA_CODE},
        )
    assert done.authentication_result is not None
    assert done.authentication_result.id_token
    (answer,) = proxy.bodies("RespondToAuthChallenge")
    assert answer["ChallengeResponses"]["SECRET_HASH"] == pool.hash(USER)


@each_mode
def test_software_token_mfa_answer_as_an_administrator_carries_the_hash(
    mode: Mode, admin: Any, pool: Confidential, proxy: Recorder
) -> None:
    app = pool.app
    # A verified authenticator app, set up with boto3 (given its own SECRET_HASH).
    tokens = admin.admin_initiate_auth(
        UserPoolId=app.user_pool_id,
        ClientId=app.client_id,
        AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={**_sign_in_parameters(), "SECRET_HASH": pool.hash(USER)},
    )["AuthenticationResult"]
    admin.associate_software_token(AccessToken=tokens["AccessToken"])
    admin.verify_software_token(AccessToken=tokens["AccessToken"], UserCode=MFA_CODE)
    admin.admin_set_user_mfa_preference(
        UserPoolId=app.user_pool_id,
        Username=USER,
        SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": True},
    )

    with Sdk(mode, proxy.url, client_secret=pool.secret, credentials=ADMIN) as sdk:
        started = sdk(
            "admin_initiate_auth",
            user_pool_id=app.user_pool_id,
            client_id=app.client_id,
            auth_flow=AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            auth_parameters=_sign_in_parameters(),
        )
        assert started.challenge_name == ChallengeNameType.SOFTWARE_TOKEN_MFA
        done = sdk(
            "admin_respond_to_auth_challenge",
            user_pool_id=app.user_pool_id,
            client_id=app.client_id,
            challenge_name=ChallengeNameType.SOFTWARE_TOKEN_MFA,
            session=started.session,
            challenge_responses={"USERNAME": USER, "SOFTWARE_TOKEN_MFA_CODE": MFA_CODE},
        )
    assert done.authentication_result is not None
    assert done.authentication_result.access_token
    (sign_in,) = proxy.bodies("AdminInitiateAuth")
    assert sign_in["AuthParameters"]["SECRET_HASH"] == pool.hash(USER)
    (answer,) = proxy.bodies("AdminRespondToAuthChallenge")
    assert answer["ChallengeResponses"]["SECRET_HASH"] == pool.hash(USER)


@each_mode
@pytest.mark.parametrize(
    ("method", "operation", "flow"),
    [
        ("initiate_auth", "InitiateAuth", AuthFlowType.USER_PASSWORD_AUTH),
        ("admin_initiate_auth", "AdminInitiateAuth", AuthFlowType.ADMIN_USER_PASSWORD_AUTH),
    ],
)
def test_password_sign_in_sends_the_hash(
    mode: Mode,
    method: str,
    operation: str,
    flow: AuthFlowType,
    pool: Confidential,
    proxy: Recorder,
) -> None:
    """moto signs the user in whether or not the hash is there (Cognito would not): what was
    sent is checked."""
    app = pool.app
    params = _sign_in_parameters()
    extra = {"user_pool_id": app.user_pool_id} if method.startswith("admin_") else {}
    with Sdk(mode, proxy.url, client_secret=pool.secret, credentials=ADMIN) as sdk:
        done = sdk(method, client_id=app.client_id, auth_flow=flow, auth_parameters=params, **extra)
    assert done.authentication_result is not None
    assert done.authentication_result.access_token
    (sent,) = proxy.bodies(operation)
    assert sent["AuthParameters"] == {**params, "SECRET_HASH": pool.hash(USER)}
    assert params == _sign_in_parameters()  # the caller's mapping is not changed


@each_mode
def test_refresh_with_the_users_name_in_the_map(
    mode: Mode, pool: Confidential, proxy: Recorder
) -> None:
    app = pool.app
    with Sdk(mode, proxy.url, client_secret=pool.secret) as sdk:
        signed_in = sdk(
            "initiate_auth",
            auth_flow="USER_PASSWORD_AUTH",
            client_id=app.client_id,
            auth_parameters=_sign_in_parameters(),
        )
        refresh_token = signed_in.authentication_result.refresh_token
        assert refresh_token

        # The client cannot tell whose token it is: without USERNAME it adds nothing, and a
        # client with a secret is refused, as Cognito refuses it.
        with pytest.raises(NotAuthorizedException):
            sdk(
                "initiate_auth",
                auth_flow=AuthFlowType.REFRESH_TOKEN_AUTH,
                client_id=app.client_id,
                auth_parameters={"REFRESH_TOKEN": refresh_token},
            )
        refreshed = sdk(
            "initiate_auth",
            auth_flow=AuthFlowType.REFRESH_TOKEN_AUTH,
            client_id=app.client_id,
            auth_parameters={"REFRESH_TOKEN": refresh_token, "USERNAME": USER},
        )
    assert refreshed.authentication_result is not None
    assert refreshed.authentication_result.access_token
    _, without_name, with_name = proxy.bodies("InitiateAuth")
    assert "SECRET_HASH" not in without_name["AuthParameters"]
    assert with_name["AuthParameters"]["SECRET_HASH"] == pool.hash(USER)
