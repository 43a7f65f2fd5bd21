"""The Cognito-style server the auth flows are tested against (``tests/support/cognito_server``),
pinned to Cognito's documented wire format: awsJson errors, each challenge's parameters and
answers, SECRET_HASH, sessions, tokens as RS256 JWTs with their JWKS, refresh with and without
rotation, revocation, remembered devices and the admin flows. Through the generated client,
except where the bytes on the wire are the point."""

from __future__ import annotations

import base64
import datetime
import http.client
import itertools
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol
from urllib.parse import urlsplit

import pytest

from cognito_auth import srp
from cognito_auth.verify import TokenExpiredError, TokenVerifier
from cognito_idp import CognitoIdentityProviderClient
from cognito_idp.errors import (
    CodeMismatchException,
    DeviceKeyExistsException,
    EnableSoftwareTokenMFAException,
    InvalidParameterException,
    InvalidPasswordException,
    NotAuthorizedException,
    RefreshTokenReuseException,
    ResourceNotFoundException,
    UnauthorizedException,
    UnsupportedTokenTypeException,
    UserNotFoundException,
)
from cognito_idp.models import (
    AuthenticationResultType,
    AuthFlowTypeValue,
    ChallengeNameTypeValue,
    DeviceSecretVerifierConfigType,
)
from tests.auth.test_srp import password_claim, srp_parameters
from tests.support.cognito_server import AppClient, CognitoServer, UserPool, totp
from typedaws_runtime.credentials import Credentials

PASSWORD = "Corr3ct-Horse-Battery!"
PHONE = "+15555550100"
_names = itertools.count()


class _Reply(Protocol):
    """What the four sign-in operations answer."""

    @property
    def challenge_name(self) -> object: ...
    @property
    def session(self) -> str | None: ...
    @property
    def challenge_parameters(self) -> Mapping[str, str] | None: ...
    @property
    def authentication_result(self) -> AuthenticationResultType | None: ...
    @property
    def available_challenges(self) -> Sequence[object] | None: ...


class _Tokens(Protocol):
    """An answer that may carry tokens (GetTokensFromRefreshToken's too)."""

    @property
    def authentication_result(self) -> AuthenticationResultType | None: ...


@pytest.fixture(scope="module")
def server() -> Iterator[CognitoServer]:
    with CognitoServer(region="us-east-1") as running:
        yield running
    assert running.failures == []


@pytest.fixture
def pool(server: CognitoServer) -> UserPool:
    return server.add_pool(f"Wire{next(_names)}")


@pytest.fixture
def client(server: CognitoServer) -> Iterator[CognitoIdentityProviderClient]:
    with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as running:
        yield running


def _start(
    client: CognitoIdentityProviderClient,
    app: AppClient,
    username: str,
    flow: AuthFlowTypeValue,
    **parameters: str,
) -> _Reply:
    sent = {"USERNAME": username, **parameters}
    if app.client_secret is not None:
        sent["SECRET_HASH"] = app.secret_hash(username)
    return client.initiate_auth(client_id=app.client_id, auth_flow=flow, auth_parameters=sent)


def _answer(
    client: CognitoIdentityProviderClient,
    app: AppClient,
    reply: _Reply,
    challenge: ChallengeNameTypeValue,
    **responses: str,
) -> _Reply:
    """Answer ``reply``'s challenge for the user it names (with SECRET_HASH if needed)."""
    username = (reply.challenge_parameters or {})["USERNAME"]
    sent = {"USERNAME": username, **responses}
    if app.client_secret is not None:
        sent["SECRET_HASH"] = app.secret_hash(username)
    return client.respond_to_auth_challenge(
        client_id=app.client_id,
        challenge_name=challenge,
        session=reply.session,
        challenge_responses=sent,
    )


def _result(reply: _Tokens) -> AuthenticationResultType:
    assert reply.authentication_result is not None
    return reply.authentication_result


def _password(
    client: CognitoIdentityProviderClient, app: AppClient, username: str, **parameters: str
) -> _Reply:
    return _start(client, app, username, "USER_PASSWORD_AUTH", PASSWORD=PASSWORD, **parameters)


def _access_token(result: AuthenticationResultType) -> str:
    assert result.access_token is not None
    return result.access_token


def _refresh_token(result: AuthenticationResultType) -> str:
    assert result.refresh_token is not None
    return result.refresh_token


def _claims(token: str) -> dict[str, object]:
    """A JWT's payload, unverified (TokenVerifier checks signatures where that matters)."""
    payload = token.split(".")[1]
    decoded: dict[str, object] = json.loads(base64.urlsafe_b64decode(payload + "=="))
    return decoded


def _raw(
    server: CognitoServer,
    operation: str,
    body: Mapping[str, object],
    headers: Mapping[str, str] | None = None,
) -> tuple[int, http.client.HTTPMessage, dict[str, object]]:
    """A request as bytes on the wire, for what the generated client hides."""
    url = urlsplit(server.url)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=5)
    try:
        connection.request(
            "POST",
            "/",
            body=json.dumps(body),
            headers={
                "Content-Type": "application/x-amz-json-1.1",
                "X-Amz-Target": f"AWSCognitoIdentityProviderService.{operation}",
                **(headers or {}),
            },
        )
        response = connection.getresponse()
        answer: dict[str, object] = json.loads(response.read())
        return response.status, response.headers, answer
    finally:
        connection.close()


# -- the protocol ---------------------------------------------------------------------------------


def test_errors_are_awsjson_400s_with_type_message_and_request_id(server: CognitoServer) -> None:
    body = {"ClientId": "nope", "AuthFlow": "USER_PASSWORD_AUTH", "AuthParameters": {}}
    status, headers, answer = _raw(server, "InitiateAuth", body)
    assert status == 400
    assert headers["Content-Type"] == "application/x-amz-json-1.1"
    assert headers["x-amzn-RequestId"]
    assert answer == {
        "__type": "ResourceNotFoundException",
        "message": "User pool client nope does not exist.",
    }
    status, _, answer = _raw(server, "SignUp", {"ClientId": "nope"})
    assert (status, answer["__type"]) == (400, "UnknownOperationException")
    # Admin operations are SigV4-signed; the server wants the header (it does not verify it).
    status, _, answer = _raw(server, "AdminInitiateAuth", {"UserPoolId": "x", **body})
    assert (status, answer["__type"]) == (400, "MissingAuthenticationTokenException")


def test_user_srp_auth_asks_password_verifier_for_the_real_user_name(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD, email="Alice@Example.com", email_alias=True)
    exchange = srp.SrpClient.start()
    started = client.initiate_auth(
        client_id=app.client_id,
        auth_flow="USER_SRP_AUTH",
        auth_parameters=srp_parameters(app, "alice@example.com", exchange),  # alias, any case
    )
    assert started.challenge_name == "PASSWORD_VERIFIER"
    assert started.session is not None and len(started.session) >= 20
    p = started.challenge_parameters or {}
    assert set(p) == {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"}
    assert p["USER_ID_FOR_SRP"] == p["USERNAME"] == "alice"
    assert 0 < int(p["SRP_B"], 16) < srp.N and int(p["SALT"], 16) > 0
    assert len(base64.b64decode(p["SECRET_BLOCK"], validate=True)) >= 32
    done = client.respond_to_auth_challenge(
        client_id=app.client_id,
        challenge_name="PASSWORD_VERIFIER",
        session=started.session,
        challenge_responses=password_claim(app, p, exchange, PASSWORD),
    )
    result = _result(done)
    assert done.challenge_parameters == {}
    assert (result.expires_in, result.token_type) == (3600, "Bearer")
    assert result.new_device_metadata is None  # no device tracking on this app client
    assert _refresh_token(result).count(".") == 4  # opaque, shaped like Cognito's JWE


def test_the_claim_is_checked_its_timestamp_block_and_srp_a(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD)

    def answer(
        now: datetime.datetime | None = None, **changed: str
    ) -> tuple[str | None, dict[str, str]]:
        exchange = srp.SrpClient.start()
        started = _start(client, app, "alice", "USER_SRP_AUTH", SRP_A=exchange.srp_a)
        claim = password_claim(app, started.challenge_parameters, exchange, PASSWORD, now)
        return started.session, {**claim, **changed}

    for session, responses in (
        answer(datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=10)),
        answer(PASSWORD_CLAIM_SECRET_BLOCK=base64.b64encode(b"another block").decode()),
        answer(TIMESTAMP="Tue Mar 05 07:08:09 UTC 2024"),  # a zero-padded day is not Cognito's
    ):
        with pytest.raises(NotAuthorizedException, match="Incorrect username or password"):
            client.respond_to_auth_challenge(
                client_id=app.client_id,
                challenge_name="PASSWORD_VERIFIER",
                session=session,
                challenge_responses=responses,
            )
        with pytest.raises(NotAuthorizedException, match="Invalid session for the user"):
            client.respond_to_auth_challenge(  # a failed answer ends the session
                client_id=app.client_id,
                challenge_name="PASSWORD_VERIFIER",
                session=session,
                challenge_responses=responses,
            )
    for zero in (format(srp.N, "x"), "0"):
        with pytest.raises(NotAuthorizedException, match="Invalid SRP_A"):
            _start(client, app, "alice", "USER_SRP_AUTH", SRP_A=zero)


def test_secret_hash_is_checked_for_the_user_name_each_request_sends(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(secret=True)
    pool.add_user("alice", PASSWORD, email="alice@example.com", email_alias=True, phone=PHONE)
    pool.user("alice").mfa = ("SMS_MFA",)
    parameters = {"USERNAME": "alice", "PASSWORD": PASSWORD}
    with pytest.raises(NotAuthorizedException, match="SECRET_HASH was not received"):
        client.initiate_auth(
            client_id=app.client_id, auth_flow="USER_PASSWORD_AUTH", auth_parameters=parameters
        )
    wrong = {**parameters, "SECRET_HASH": app.secret_hash("bob")}
    with pytest.raises(NotAuthorizedException, match="Unable to verify secret hash"):
        client.initiate_auth(
            client_id=app.client_id, auth_flow="USER_PASSWORD_AUTH", auth_parameters=wrong
        )
    # The messages name the app client (the SDK masks client ids in its errors).
    body = {"ClientId": app.client_id, "AuthFlow": "USER_PASSWORD_AUTH"}
    _, _, answer = _raw(server, "InitiateAuth", {**body, "AuthParameters": parameters})
    assert answer["message"] == (
        f"Client {app.client_id} is configured with secret but SECRET_HASH was not received"
    )
    _, _, answer = _raw(server, "InitiateAuth", {**body, "AuthParameters": wrong})
    assert answer["message"] == f"Unable to verify secret hash for client {app.client_id}"
    # InitiateAuth hashes the alias as typed; the answer, the USERNAME it sends.
    mfa = _password(client, app, "alice@example.com")
    assert mfa.challenge_name == "SMS_MFA"
    with pytest.raises(NotAuthorizedException, match="Unable to verify secret hash"):
        client.respond_to_auth_challenge(
            client_id=app.client_id,
            challenge_name="SMS_MFA",
            session=mfa.session,
            challenge_responses={
                "USERNAME": "alice",
                "SMS_MFA_CODE": server.last_code("alice"),
                "SECRET_HASH": app.secret_hash("alice@example.com"),
            },
        )
    mfa = _password(client, app, "alice@example.com")
    _result(_answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=server.last_code("alice")))


def test_tokens_are_rs256_jwts_with_cognitos_claims_and_published_keys(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user(
        "alice",
        PASSWORD,
        email="alice@example.com",
        groups=("admins", "staff"),
        attributes={"name": "Alice", "custom:team": "blue"},
    )
    result = _result(_password(client, app, "alice"))
    assert result.id_token is not None
    verifier = TokenVerifier(
        user_pool_id=pool.pool_id, client_id=app.client_id, jwks_url=pool.jwks_url
    )
    identity = verifier.verify(result.id_token, token_use="id")
    access = verifier.verify(
        _access_token(result), token_use="access", required_scopes=["aws.cognito.signin.user.admin"]
    )
    assert identity.issuer == access.issuer == pool.issuer
    assert pool.issuer == f"https://cognito-idp.us-east-1.amazonaws.com/{pool.pool_id}"
    assert (identity.username, identity.client_id, identity.name) == (
        "alice",
        app.client_id,
        "Alice",
    )
    assert (identity.email, identity.email_verified) == ("alice@example.com", True)
    assert identity.raw["custom:team"] == "blue"
    assert identity.groups == access.groups == ("admins", "staff")
    assert identity.sub == access.sub == pool.user("alice").sub
    assert identity.origin_jti == access.origin_jti is not None
    assert identity.jti != access.jti
    assert identity.expires_at - identity.issued_at == datetime.timedelta(hours=1)
    assert (access.username, access.client_id, access.device_key) == ("alice", app.client_id, None)
    assert access.raw["version"] == 2 and identity.auth_time == access.auth_time is not None
    url = urlsplit(pool.jwks_url)
    connection = http.client.HTTPConnection(url.hostname or "", url.port, timeout=5)
    try:
        connection.request("GET", url.path)
        response = connection.getresponse()
        keys = json.loads(response.read())["keys"]
    finally:
        connection.close()
    header = json.loads(base64.urlsafe_b64decode(result.id_token.split(".")[0] + "=="))
    assert header == {"kid": keys[0]["kid"], "alg": "RS256"}
    assert {k["kty"] for k in keys} == {"RSA"} and keys[0]["use"] == "sig"


# -- sessions and challenges ----------------------------------------------------------------------


def test_sessions_are_bound_to_their_flow_and_expire(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app, other = pool.add_client(), pool.add_client()
    pool.add_user("alice", PASSWORD, phone=PHONE, mfa="SMS_MFA")
    mfa = _password(client, app, "alice")
    code = server.last_code("alice")
    with pytest.raises(NotAuthorizedException) as unknown:
        client.respond_to_auth_challenge(
            client_id=app.client_id,
            challenge_name="SMS_MFA",
            session="s" * 40,
            challenge_responses={"USERNAME": "alice", "SMS_MFA_CODE": code},
        )
    assert unknown.value.message == "Invalid session for the user."
    with pytest.raises(NotAuthorizedException, match="Invalid session"):
        _answer(client, other, mfa, "SMS_MFA", SMS_MFA_CODE=code)  # another app client's
    mfa = _password(client, app, "alice")
    with pytest.raises(InvalidParameterException):
        _answer(client, app, mfa, "SOFTWARE_TOKEN_MFA", SOFTWARE_TOKEN_MFA_CODE="123456")
    mfa = _password(client, app, "alice")
    code = server.last_code("alice")
    _result(_answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=code))
    with pytest.raises(NotAuthorizedException, match="Invalid session"):
        _answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=code)  # used


def test_an_expired_session_is_refused() -> None:
    with (
        CognitoServer() as own,
        CognitoIdentityProviderClient(region="us-east-1", endpoint_url=own.url) as client,
    ):
        pool = own.add_pool("Clock")
        app = pool.add_client(auth_session_validity=180)
        pool.add_user("alice", PASSWORD, phone=PHONE, mfa="SMS_MFA")
        mfa = _password(client, app, "alice")
        own.advance(181)
        with pytest.raises(NotAuthorizedException) as expired:
            _answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=own.last_code("alice"))
    assert expired.value.message == "Invalid session for the user, session is expired."


def test_sms_mfa_a_wrong_code_can_be_tried_again(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD, phone=PHONE, mfa="SMS_MFA")
    mfa = _password(client, app, "alice")
    assert mfa.challenge_name == "SMS_MFA"
    assert mfa.challenge_parameters == {
        "CODE_DELIVERY_DELIVERY_MEDIUM": "SMS",
        "CODE_DELIVERY_DESTINATION": "+*******0100",
        "USERNAME": "alice",
    }
    sent = server.codes[-1]
    assert (sent.username, sent.medium, sent.destination) == ("alice", "SMS", PHONE)
    assert len(sent.code) == 6 and sent.code.isdigit()
    wrong = "000000" if sent.code != "000000" else "111111"
    with pytest.raises(CodeMismatchException, match="Invalid code received for user"):
        _answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=wrong)
    _result(_answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=sent.code))
    mfa = _password(client, app, "alice")
    for _ in range(3):
        with pytest.raises(CodeMismatchException):
            _answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=wrong)
    with pytest.raises(NotAuthorizedException, match="Invalid session"):  # three tries only
        _answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=server.last_code("alice"))


def test_select_mfa_type_then_software_token(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    alice = pool.add_user("alice", PASSWORD, phone=PHONE, mfa=("SMS_MFA", "SOFTWARE_TOKEN_MFA"))
    select = _password(client, app, "alice")
    assert select.challenge_name == "SELECT_MFA_TYPE"
    p = select.challenge_parameters or {}
    assert json.loads(p["MFAS_CAN_CHOOSE"]) == ["SMS_MFA", "SOFTWARE_TOKEN_MFA"]
    asked = _answer(client, app, select, "SELECT_MFA_TYPE", ANSWER="SOFTWARE_TOKEN_MFA")
    assert asked.challenge_name == "SOFTWARE_TOKEN_MFA"
    code = alice.totp_code()
    wrong = f"{(int(code) + 500_000) % 1_000_000:06d}"
    with pytest.raises(CodeMismatchException):
        _answer(client, app, asked, "SOFTWARE_TOKEN_MFA", SOFTWARE_TOKEN_MFA_CODE=wrong)
    _result(_answer(client, app, asked, "SOFTWARE_TOKEN_MFA", SOFTWARE_TOKEN_MFA_CODE=code))


def test_totp_is_rfc_6238() -> None:
    secret = base64.b32encode(b"12345678901234567890").decode()  # RFC 6238's SHA-1 seed
    assert totp(secret, 59) == "287082"  # its 94287082, to six digits
    assert totp(secret, 1111111109) == "081804"


def test_email_otp_mfa(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD, email="alice@example.com", mfa="EMAIL_OTP")
    asked = _password(client, app, "alice")
    assert asked.challenge_name == "EMAIL_OTP"
    p = asked.challenge_parameters or {}
    assert p["CODE_DELIVERY_DELIVERY_MEDIUM"] == "EMAIL"
    assert p["CODE_DELIVERY_DESTINATION"] == "a***@e***"
    _result(_answer(client, app, asked, "EMAIL_OTP", EMAIL_OTP_CODE=server.last_code("alice")))


def test_new_password_required_with_required_attributes(
    server: CognitoServer, client: CognitoIdentityProviderClient
) -> None:
    pool = server.add_pool(f"Wire{next(_names)}", required_attributes=("name", "email"))
    app = pool.add_client()
    pool.add_user("alice", PASSWORD, email="alice@example.com", force_change_password=True)
    asked = _password(client, app, "alice")
    assert asked.challenge_name == "NEW_PASSWORD_REQUIRED"
    p = asked.challenge_parameters or {}
    assert json.loads(p["requiredAttributes"]) == ["userAttributes.name"]
    assert json.loads(p["userAttributes"]) == {
        "email": "alice@example.com",
        "email_verified": "true",
    }
    assert p["USER_ID_FOR_SRP"] == "alice"
    new = "N3w-Horse-Battery!"
    with pytest.raises(InvalidParameterException, match="name is missing"):
        _answer(client, app, asked, "NEW_PASSWORD_REQUIRED", NEW_PASSWORD=new)
    asked = _password(client, app, "alice")
    with pytest.raises(InvalidPasswordException):
        _answer(client, app, asked, "NEW_PASSWORD_REQUIRED", NEW_PASSWORD="short")
    asked = _password(client, app, "alice")
    answer = {"NEW_PASSWORD": new, "userAttributes.name": "Alice"}
    result = _result(_answer(client, app, asked, "NEW_PASSWORD_REQUIRED", **answer))
    assert result.id_token is not None and _claims(result.id_token)["name"] == "Alice"
    with pytest.raises(NotAuthorizedException, match="Incorrect username or password"):
        _password(client, app, "alice")
    _result(_start(client, app, "alice", "USER_PASSWORD_AUTH", PASSWORD=new))


def test_mfa_setup_with_a_software_token(
    server: CognitoServer, client: CognitoIdentityProviderClient
) -> None:
    pool = server.add_pool(f"Wire{next(_names)}", mfa="ON")
    app = pool.add_client()
    alice = pool.add_user("alice", PASSWORD)
    asked = _password(client, app, "alice")
    assert asked.challenge_name == "MFA_SETUP"
    assert json.loads((asked.challenge_parameters or {})["MFAS_CAN_SETUP"]) == [
        "SOFTWARE_TOKEN_MFA"
    ]
    with pytest.raises(InvalidParameterException):  # no verified software token yet
        _answer(client, app, asked, "MFA_SETUP")
    asked = _password(client, app, "alice")
    associated = client.associate_software_token(session=asked.session)
    secret = associated.secret_code
    assert secret is not None and associated.session is not None
    code = totp(secret, server.now())
    wrong = f"{(int(code) + 500_000) % 1_000_000:06d}"
    with pytest.raises(EnableSoftwareTokenMFAException):
        client.verify_software_token(session=associated.session, user_code=wrong)
    verified = client.verify_software_token(  # the same session: a mistyped code is tried again
        session=associated.session, user_code=code, friendly_device_name="phone"
    )
    assert verified.status == "SUCCESS" and verified.session is not None
    done = client.respond_to_auth_challenge(
        client_id=app.client_id,
        challenge_name="MFA_SETUP",
        session=verified.session,
        challenge_responses={"USERNAME": "alice"},
    )
    _result(done)
    assert alice.totp_secret == secret and alice.mfa == ("SOFTWARE_TOKEN_MFA",)
    asked = _password(client, app, "alice")
    assert asked.challenge_name == "SOFTWARE_TOKEN_MFA"
    _result(
        _answer(client, app, asked, "SOFTWARE_TOKEN_MFA", SOFTWARE_TOKEN_MFA_CODE=alice.totp_code())
    )


def test_custom_auth_with_and_without_srp(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(secret=True)
    questions = [("2+2?", "4"), ("Capital of France?", "Paris")]
    pool.add_user("alice", PASSWORD, custom_challenges=questions)
    pool.add_user("bob", PASSWORD)
    asked = _start(client, app, "alice", "CUSTOM_AUTH")
    assert asked.challenge_name == "CUSTOM_CHALLENGE"
    assert asked.challenge_parameters == {"question": "2+2?", "USERNAME": "alice"}
    asked = _answer(client, app, asked, "CUSTOM_CHALLENGE", ANSWER="4")
    assert (asked.challenge_parameters or {})["question"] == "Capital of France?"
    _result(_answer(client, app, asked, "CUSTOM_CHALLENGE", ANSWER="Paris"))
    asked = _start(client, app, "alice", "CUSTOM_AUTH")
    with pytest.raises(NotAuthorizedException, match="Incorrect username or password"):
        _answer(client, app, asked, "CUSTOM_CHALLENGE", ANSWER="5")
    # With SRP first: CHALLENGE_NAME=SRP_A, then PASSWORD_VERIFIER, then the questions.
    exchange = srp.SrpClient.start()
    started = _start(
        client, app, "alice", "CUSTOM_AUTH", CHALLENGE_NAME="SRP_A", SRP_A=exchange.srp_a
    )
    assert started.challenge_name == "PASSWORD_VERIFIER"
    asked = client.respond_to_auth_challenge(
        client_id=app.client_id,
        challenge_name="PASSWORD_VERIFIER",
        session=started.session,
        challenge_responses=password_claim(app, started.challenge_parameters, exchange, PASSWORD),
    )
    assert asked.challenge_name == "CUSTOM_CHALLENGE"
    with pytest.raises(NotAuthorizedException):  # bob has no questions: nothing to answer
        _start(client, app, "bob", "CUSTOM_AUTH")


def test_user_auth_offers_choices_and_honours_a_preference(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD, email="alice@example.com", phone=PHONE, mfa="SMS_MFA")
    pool.add_user("bob", PASSWORD, email="bob@example.com")
    select = _start(client, app, "alice", "USER_AUTH")
    assert select.challenge_name == "SELECT_CHALLENGE"
    assert select.available_challenges == ["PASSWORD_SRP", "PASSWORD", "EMAIL_OTP", "SMS_OTP"]
    asked = _answer(client, app, select, "SELECT_CHALLENGE", ANSWER="EMAIL_OTP")
    assert asked.challenge_name == "EMAIL_OTP"
    # A one-time code is the sign-in: no SMS_MFA after it.
    _result(_answer(client, app, asked, "EMAIL_OTP", EMAIL_OTP_CODE=server.last_code("alice")))
    asked = _start(client, app, "alice", "USER_AUTH", PREFERRED_CHALLENGE="SMS_OTP")
    assert asked.challenge_name == "SMS_OTP"
    _result(_answer(client, app, asked, "SMS_OTP", SMS_OTP_CODE=server.last_code("alice")))
    # A password is a first factor: MFA follows.
    asked = _start(
        client, app, "alice", "USER_AUTH", PREFERRED_CHALLENGE="PASSWORD", PASSWORD=PASSWORD
    )
    assert asked.challenge_name == "SMS_MFA"
    select = _start(client, app, "alice", "USER_AUTH")
    asked = _answer(client, app, select, "SELECT_CHALLENGE", ANSWER="PASSWORD", PASSWORD=PASSWORD)
    assert asked.challenge_name == "SMS_MFA"
    exchange = srp.SrpClient.start()
    select = _start(client, app, "bob", "USER_AUTH")
    asked = _answer(
        client, app, select, "SELECT_CHALLENGE", ANSWER="PASSWORD_SRP", SRP_A=exchange.srp_a
    )
    assert asked.challenge_name == "PASSWORD_VERIFIER"
    _result(
        client.respond_to_auth_challenge(
            client_id=app.client_id,
            challenge_name="PASSWORD_VERIFIER",
            session=asked.session,
            challenge_responses=password_claim(app, asked.challenge_parameters, exchange, PASSWORD),
        )
    )
    # A preference without its value: the server asks for it.
    asked = _start(client, app, "bob", "USER_AUTH", PREFERRED_CHALLENGE="PASSWORD")
    assert asked.challenge_name == "PASSWORD"
    _result(_answer(client, app, asked, "PASSWORD", PASSWORD=PASSWORD))
    # Bob has no phone: SMS_OTP is not offered, and preferring it gets the choice.
    select = _start(client, app, "bob", "USER_AUTH", PREFERRED_CHALLENGE="SMS_OTP")
    assert select.challenge_name == "SELECT_CHALLENGE"
    assert select.available_challenges == ["PASSWORD_SRP", "PASSWORD", "EMAIL_OTP"]
    with pytest.raises(InvalidParameterException):
        _answer(client, app, select, "SELECT_CHALLENGE", ANSWER="SMS_OTP")


def test_admin_flows(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(secret=True)
    pool.add_user("alice", PASSWORD, phone=PHONE, mfa="SMS_MFA")
    credentials = Credentials(access_key_id="AKIDEXAMPLE", secret_access_key="secret")
    with CognitoIdentityProviderClient(
        region="us-east-1", endpoint_url=server.url, credentials=credentials
    ) as admin:
        parameters = {
            "USERNAME": "alice",
            "PASSWORD": PASSWORD,
            "SECRET_HASH": app.secret_hash("alice"),
        }
        asked = admin.admin_initiate_auth(
            user_pool_id=pool.pool_id,
            client_id=app.client_id,
            auth_flow="ADMIN_USER_PASSWORD_AUTH",
            auth_parameters=parameters,
        )
        assert asked.challenge_name == "SMS_MFA"
        with pytest.raises(NotAuthorizedException, match="Invalid session"):
            _answer(client, app, asked, "SMS_MFA", SMS_MFA_CODE=server.last_code("alice"))
        asked = admin.admin_initiate_auth(
            user_pool_id=pool.pool_id,
            client_id=app.client_id,
            auth_flow="ADMIN_USER_PASSWORD_AUTH",
            auth_parameters=parameters,
        )
        done = admin.admin_respond_to_auth_challenge(
            user_pool_id=pool.pool_id,
            client_id=app.client_id,
            challenge_name="SMS_MFA",
            session=asked.session,
            challenge_responses={
                "USERNAME": "alice",
                "SMS_MFA_CODE": server.last_code("alice"),
                "SECRET_HASH": app.secret_hash("alice"),
            },
        )
        _result(done)
        with pytest.raises(ResourceNotFoundException):
            admin.admin_initiate_auth(
                user_pool_id=f"us-east-1_Other{next(_names)}",
                client_id=app.client_id,
                auth_flow="ADMIN_USER_PASSWORD_AUTH",
                auth_parameters=parameters,
            )
    signed = [
        c.headers.get("authorization", "")
        for c in server.calls
        if c.operation.startswith("Admin") and c.body.get("UserPoolId") == pool.pool_id
    ]
    assert signed and all(h.startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") for h in signed)
    with pytest.raises(InvalidParameterException, match="Initiate Auth method not supported"):
        _start(client, app, "alice", "ADMIN_USER_PASSWORD_AUTH", PASSWORD=PASSWORD)


def test_unknown_and_disabled_users(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    legacy, prevent = pool.add_client(), pool.add_client(prevent_user_existence_errors=True)
    pool.add_user("off", PASSWORD, enabled=False)
    with pytest.raises(UserNotFoundException, match="User does not exist"):
        _password(client, legacy, "nobody")
    with pytest.raises(NotAuthorizedException, match="Incorrect username or password"):
        _password(client, prevent, "nobody")
    with pytest.raises(NotAuthorizedException, match="User is disabled"):
        _password(client, legacy, "off")


def test_a_flow_the_app_client_does_not_allow_is_refused(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(auth_flows={"USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"})
    pool.add_user("alice", PASSWORD)
    with pytest.raises(InvalidParameterException) as refused:
        _password(client, app, "alice")
    assert refused.value.message == "USER_PASSWORD_AUTH flow not enabled for this client"


# -- refresh, revocation, sign-out ----------------------------------------------------------------


def test_refresh_without_rotation_issues_no_refresh_token(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(secret=True)
    alice = pool.add_user("alice", PASSWORD)
    first = _result(_password(client, app, "alice"))
    token = _refresh_token(first)
    again = client.get_tokens_from_refresh_token(
        refresh_token=token, client_id=app.client_id, client_secret=app.client_secret
    )
    result = _result(again)
    assert result.refresh_token is None  # the one given stays the user's refresh token
    assert result.access_token is not None and result.access_token != first.access_token
    old, new = _claims(_access_token(first)), _claims(result.access_token)
    assert new["origin_jti"] == old["origin_jti"] and new["auth_time"] == old["auth_time"]
    with pytest.raises(NotAuthorizedException):
        client.get_tokens_from_refresh_token(
            refresh_token=token, client_id=app.client_id, client_secret="x" * 51
        )
    # REFRESH_TOKEN_AUTH: SECRET_HASH over the user's sub, or their user name.
    for name in (alice.sub, "alice"):
        refreshed = client.initiate_auth(
            client_id=app.client_id,
            auth_flow="REFRESH_TOKEN_AUTH",
            auth_parameters={"REFRESH_TOKEN": token, "SECRET_HASH": app.secret_hash(name)},
        )
        assert _result(refreshed).refresh_token is None
    with pytest.raises(NotAuthorizedException, match="SECRET_HASH was not received"):
        client.initiate_auth(
            client_id=app.client_id,
            auth_flow="REFRESH_TOKEN",
            auth_parameters={"REFRESH_TOKEN": token},
        )
    with pytest.raises(NotAuthorizedException, match="Invalid Refresh Token"):
        client.get_tokens_from_refresh_token(
            refresh_token="not-a-token", client_id=app.client_id, client_secret=app.client_secret
        )


def test_refresh_with_rotation_replaces_the_refresh_token(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(refresh_rotation=True)
    pool.add_user("alice", PASSWORD)
    old = _refresh_token(_result(_password(client, app, "alice")))
    rotated = _result(
        client.get_tokens_from_refresh_token(refresh_token=old, client_id=app.client_id)
    )
    new = _refresh_token(rotated)
    assert new != old
    assert server.refresh_token_family(new) == server.refresh_token_family(old)
    with pytest.raises(RefreshTokenReuseException):
        client.get_tokens_from_refresh_token(refresh_token=old, client_id=app.client_id)
    _result(client.get_tokens_from_refresh_token(refresh_token=new, client_id=app.client_id))
    with pytest.raises(InvalidParameterException, match="GetTokensFromRefreshToken"):
        client.initiate_auth(
            client_id=app.client_id,
            auth_flow="REFRESH_TOKEN_AUTH",
            auth_parameters={"REFRESH_TOKEN": new},
        )


def test_rotation_grace_period() -> None:
    with (
        CognitoServer() as own,
        CognitoIdentityProviderClient(region="us-east-1", endpoint_url=own.url) as client,
    ):
        pool = own.add_pool("Grace")
        app = pool.add_client(refresh_rotation=True, retry_grace_period=30)
        pool.add_user("alice", PASSWORD)
        old = _refresh_token(_result(_password(client, app, "alice")))
        client.get_tokens_from_refresh_token(refresh_token=old, client_id=app.client_id)
        own.advance(29)
        retried = client.get_tokens_from_refresh_token(refresh_token=old, client_id=app.client_id)
        assert _result(retried).refresh_token is not None
        own.advance(2)
        with pytest.raises(RefreshTokenReuseException):
            client.get_tokens_from_refresh_token(refresh_token=old, client_id=app.client_id)


def test_expiry_follows_the_servers_clock_and_the_app_clients_validities() -> None:
    with (
        CognitoServer() as own,
        CognitoIdentityProviderClient(region="us-east-1", endpoint_url=own.url) as client,
    ):
        pool = own.add_pool("Expiry")
        app = pool.add_client(refresh_token_validity=7200)
        short = pool.add_client(access_token_validity=300, id_token_validity=300)
        pool.add_user("alice", PASSWORD)
        result = _result(_password(client, app, "alice"))
        own.advance(3600)
        with pytest.raises(NotAuthorizedException, match="Access Token has expired"):
            client.global_sign_out(access_token=_access_token(result))
        own.advance(3601)
        with pytest.raises(NotAuthorizedException, match="Refresh Token has expired"):
            client.get_tokens_from_refresh_token(
                refresh_token=_refresh_token(result), client_id=app.client_id
            )
        assert _result(_password(client, short, "alice")).expires_in == 300
        # Tokens issued in the past, for a verifier on the real clock.
        own.advance(-7201 - 7200)
        past = _result(_password(client, app, "alice"))
        assert past.id_token is not None
        verifier = TokenVerifier(
            user_pool_id=pool.pool_id, client_id=app.client_id, jwks_url=pool.jwks_url
        )
        with pytest.raises(TokenExpiredError):
            verifier.verify(past.id_token, token_use="id")


def test_global_sign_out_revokes_every_session_of_the_user(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD)
    pool.add_user("bob", PASSWORD)
    first, second = (_result(_password(client, app, "alice")) for _ in range(2))
    bobs = _result(_password(client, app, "bob"))
    client.global_sign_out(access_token=_access_token(first))
    for result in (first, second):
        with pytest.raises(NotAuthorizedException) as revoked:
            client.global_sign_out(access_token=_access_token(result))
        assert revoked.value.message == "Access Token has been revoked"
        with pytest.raises(NotAuthorizedException, match="Refresh Token has been revoked"):
            client.get_tokens_from_refresh_token(
                refresh_token=_refresh_token(result), client_id=app.client_id
            )
    assert client.associate_software_token(access_token=_access_token(bobs)).secret_code
    _result(_password(client, app, "alice"))  # signing in again works
    with pytest.raises(NotAuthorizedException, match="Invalid Access Token"):
        client.global_sign_out(access_token="not.a.token")


def test_revoke_token_revokes_one_refresh_token_and_its_access_tokens(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app, other = pool.add_client(secret=True), pool.add_client()
    pool.add_user("alice", PASSWORD)
    first, second = (_result(_password(client, app, "alice")) for _ in range(2))
    with pytest.raises(UnsupportedTokenTypeException):
        client.revoke_token(
            token=_access_token(first), client_id=app.client_id, client_secret=app.client_secret
        )
    with pytest.raises(UnauthorizedException):
        client.revoke_token(token=_refresh_token(first), client_id=app.client_id)  # no secret
    with pytest.raises(UnauthorizedException):
        client.revoke_token(token=_refresh_token(first), client_id=other.client_id)
    client.revoke_token(
        token=_refresh_token(first), client_id=app.client_id, client_secret=app.client_secret
    )
    with pytest.raises(NotAuthorizedException, match="Refresh Token has been revoked"):
        client.get_tokens_from_refresh_token(
            refresh_token=_refresh_token(first),
            client_id=app.client_id,
            client_secret=app.client_secret,
        )
    with pytest.raises(NotAuthorizedException, match="Access Token has been revoked"):
        client.associate_software_token(access_token=_access_token(first))
    assert client.associate_software_token(access_token=_access_token(second)).secret_code
    _result(
        client.get_tokens_from_refresh_token(
            refresh_token=_refresh_token(second),
            client_id=app.client_id,
            client_secret=app.client_secret,
        )
    )


# -- devices ----------------------------------------------------------------------------------


def _device_sign_in(
    client: CognitoIdentityProviderClient,
    app: AppClient,
    reply: _Reply,
    device_key: str,
    group_key: str,
    device_password: str,
) -> AuthenticationResultType:
    """Answer DEVICE_SRP_AUTH, then DEVICE_PASSWORD_VERIFIER."""
    assert reply.challenge_name == "DEVICE_SRP_AUTH"
    exchange = srp.SrpClient.start()
    verifier = _answer(
        client, app, reply, "DEVICE_SRP_AUTH", DEVICE_KEY=device_key, SRP_A=exchange.srp_a
    )
    assert verifier.challenge_name == "DEVICE_PASSWORD_VERIFIER"
    p = verifier.challenge_parameters or {}
    assert set(p) == {"SALT", "SRP_B", "SECRET_BLOCK", "USERNAME"}
    claim = exchange.claim(
        realm=group_key,
        user_id=device_key,
        password=device_password,
        salt=p["SALT"],
        srp_b=p["SRP_B"],
        secret_block=p["SECRET_BLOCK"],
        now=datetime.datetime.now(datetime.UTC),
    )
    done = _answer(
        client,
        app,
        verifier,
        "DEVICE_PASSWORD_VERIFIER",
        DEVICE_KEY=device_key,
        PASSWORD_CLAIM_SECRET_BLOCK=p["SECRET_BLOCK"],
        PASSWORD_CLAIM_SIGNATURE=claim.signature,
        TIMESTAMP=claim.timestamp,
    )
    return _result(done)


def test_new_devices_and_refresh_with_their_key(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(device_tracking=True)
    pool.add_user("alice", PASSWORD)
    result = _result(_password(client, app, "alice"))
    new = result.new_device_metadata
    assert new is not None and new.device_key is not None
    region, _, uuid_part = new.device_key.partition("_")
    assert region == "us-east-1" and len(uuid_part) == 36
    assert _claims(_access_token(result))["device_key"] == new.device_key
    token = _refresh_token(result)
    # REFRESH_TOKEN_AUTH needs the key the sign-in had.
    with pytest.raises(NotAuthorizedException, match="Invalid Refresh Token"):
        client.initiate_auth(
            client_id=app.client_id,
            auth_flow="REFRESH_TOKEN_AUTH",
            auth_parameters={"REFRESH_TOKEN": token},
        )
    refreshed = client.initiate_auth(
        client_id=app.client_id,
        auth_flow="REFRESH_TOKEN_AUTH",
        auth_parameters={"REFRESH_TOKEN": token, "DEVICE_KEY": new.device_key},
    )
    assert _result(refreshed).new_device_metadata is None
    # GetTokensFromRefreshToken without a registered key issues a new one.
    fresh = _result(
        client.get_tokens_from_refresh_token(refresh_token=token, client_id=app.client_id)
    )
    assert fresh.new_device_metadata is not None
    assert fresh.new_device_metadata.device_key != new.device_key
    same = client.get_tokens_from_refresh_token(
        refresh_token=token, client_id=app.client_id, device_key=new.device_key
    )
    assert _result(same).new_device_metadata is None
    # A sign-in with a known key gets no new one; with an unknown key, a new one.
    assert (
        _result(_password(client, app, "alice", DEVICE_KEY=new.device_key)).new_device_metadata
        is None
    )
    unknown = _password(
        client, app, "alice", DEVICE_KEY="us-east-1_00000000-0000-0000-0000-000000000000"
    )
    assert _result(unknown).new_device_metadata is not None


def test_devices_remembered_on_the_users_prompt(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client(device_tracking=True, remember_on_user_prompt=True)
    pool.add_user("alice", PASSWORD, phone=PHONE, mfa="SMS_MFA")
    mfa = _password(client, app, "alice")
    result = _result(_answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=server.last_code("alice")))
    new = result.new_device_metadata
    assert new is not None and new.device_key is not None and new.device_group_key is not None
    key, group = new.device_key, new.device_group_key
    made = srp.new_device_verifier(group, key)
    config = DeviceSecretVerifierConfigType(
        password_verifier=made.password_verifier, salt=made.salt
    )
    confirmed = client.confirm_device(
        access_token=_access_token(result), device_key=key, device_secret_verifier_config=config
    )
    assert confirmed.user_confirmation_necessary is True
    # Confirmed, not remembered: MFA still, then the device proves itself.
    mfa = _password(client, app, "alice", DEVICE_KEY=key)
    assert mfa.challenge_name == "SMS_MFA"
    asked = _answer(client, app, mfa, "SMS_MFA", SMS_MFA_CODE=server.last_code("alice"))
    signed_in = _device_sign_in(client, app, asked, key, group, made.password)
    assert signed_in.new_device_metadata is None
    with pytest.raises(InvalidParameterException, match="enum value set"):
        client.update_device_status(
            access_token=_access_token(result),
            device_key=key,
            device_remembered_status="REMEMBERED",  # type: ignore[arg-type]  # Cognito's values are lower case
        )
    client.update_device_status(
        access_token=_access_token(result), device_key=key, device_remembered_status="remembered"
    )
    sent = len(server.codes)
    asked = _password(client, app, "alice", DEVICE_KEY=key)
    assert asked.challenge_name == "DEVICE_SRP_AUTH"  # instead of SMS_MFA
    _device_sign_in(client, app, asked, key, group, made.password)
    assert len(server.codes) == sent
    with pytest.raises(DeviceKeyExistsException):
        client.confirm_device(
            access_token=_access_token(result), device_key=key, device_secret_verifier_config=config
        )


def test_requests_are_recorded(
    server: CognitoServer, pool: UserPool, client: CognitoIdentityProviderClient
) -> None:
    app = pool.add_client()
    pool.add_user("alice", PASSWORD)
    server.clear_calls()
    _result(_password(client, app, "alice"))
    with pytest.raises(NotAuthorizedException):
        client.global_sign_out(access_token="x.y.z")
    assert server.operations() == ["InitiateAuth", "GlobalSignOut"]
    assert server.bodies("InitiateAuth") == [
        {
            "AuthFlow": "USER_PASSWORD_AUTH",
            "ClientId": app.client_id,
            "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD},
        }
    ]
    assert (
        server.calls[0].headers["x-amz-target"] == "AWSCognitoIdentityProviderService.InitiateAuth"
    )
