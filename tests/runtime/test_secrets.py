"""Secret request values never reach logs, reprs, responses, clients or exception messages."""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import CodeMismatchException
from cognito_idp.models import ConfirmSignUpRequest, ConfirmSignUpResponse, UserContextDataType
from tests.support.calls import MODES, REGION, Mode
from tests.support.memory_transport import call, json_response
from tests.support.stub_server import RecordedRequest, StubResponse, StubServer
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ResponseParseError, ServiceError
from typedaws_runtime.http import HttpResponse
from typedaws_runtime.secret_hash import compute_secret_hash

CLIENT_ID = "clientid7SECRETq3x"
USERNAME = "user-SECRET-5k9w"
CONFIRMATION_CODE = "code-SECRET-831"
SECRET_HASH = "hashSECRET+4z/9="
SESSION = "session-SECRET-" + "a1b2c3d4e5f6g7h8"
IP_ADDRESS = "203.0.113.77"
ENCODED_DATA = "encodedSECRETdata9zz"
CLIENT_SECRET = "clientSECRETsecret-2bq"
RESPONSE_SESSION = "resp-session-SECRET-" + "z9y8x7w6v5u4t3s2"
COMPUTED_HASH = compute_secret_hash(CLIENT_SECRET, USERNAME, CLIENT_ID)

REQUEST_SECRETS = (
    CLIENT_ID,
    USERNAME,
    CONFIRMATION_CODE,
    SECRET_HASH,
    SESSION,
    IP_ADDRESS,
    ENCODED_DATA,
)
ALL_SECRETS = (*REQUEST_SECRETS, CLIENT_SECRET, RESPONSE_SESSION, COMPUTED_HASH)

each_mode = pytest.mark.parametrize("mode", MODES)


def _call_kwargs(*, with_secret_hash: bool = True) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "username": USERNAME,
        "confirmation_code": CONFIRMATION_CODE,
        "session": SESSION,
        "user_context_data": UserContextDataType(ip_address=IP_ADDRESS, encoded_data=ENCODED_DATA),
        "client_metadata": {"purpose": "test"},
    }
    if with_secret_hash:
        kwargs["secret_hash"] = SECRET_HASH
    return kwargs


def _assert_clean(text: str, where: str, secrets: tuple[str, ...] = ALL_SECRETS) -> None:
    leaked = [s for s in secrets if s in text]
    assert not leaked, f"{where} leaks {leaked}"


@pytest.fixture
def debug_logging(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """DEBUG on the root logger and on every logger that exists (transports imported first)."""
    import typedaws_runtime.transports.asyncio_transport
    import typedaws_runtime.transports.socket_transport  # noqa: F401

    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    not_propagating: list[logging.Logger] = []
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger):
            caplog.set_level(logging.DEBUG, logger=name)
            if not logger.propagate:
                logger.addHandler(caplog.handler)
                not_propagating.append(logger)
    try:
        yield caplog
    finally:
        for logger in not_propagating:
            logger.removeHandler(caplog.handler)


def _log_text(caplog: pytest.LogCaptureFixture) -> str:
    parts = [caplog.text]
    for record in caplog.records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        parts.append(repr(record.__dict__))
    return "\n".join(parts)


def _echo_error(request: RecordedRequest) -> StubResponse:
    """A CodeMismatchException whose message echoes the request's secret values."""
    body = request.json_object()
    context = body.get("UserContextData")
    ip = context.get("IpAddress") if isinstance(context, dict) else None
    message = (
        f"Invalid code {body.get('ConfirmationCode')} for user {body.get('Username')} "
        f"(client {body.get('ClientId')}, hash {body.get('SecretHash')}, "
        f"session {body.get('Session')}, ip {ip})"
    )
    return StubResponse.json(
        {"__type": "CodeMismatchException", "message": message},
        status=400,
        headers={"x-amzn-RequestId": "rid-1"},
    )


def _run(
    mode: Mode, url: str, call: dict[str, Any]
) -> tuple[str, ConfirmSignUpResponse | None, BaseException | None]:
    """(repr and str of the client, the response or None, the exception or None)."""
    options: dict[str, Any] = {
        "region": REGION,
        "endpoint_url": url,
        "client_secret": CLIENT_SECRET,
    }
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            shown = f"{client!r} {client!s} {client.meta!r}"
            try:
                return shown, client.confirm_sign_up(**call), None
            except Exception as exc:
                return shown, None, exc

    async def run() -> tuple[str, ConfirmSignUpResponse | None, BaseException | None]:
        async with AsyncCognitoIdentityProviderClient(**options) as client:
            shown = f"{client!r} {client!s} {client.meta!r}"
            try:
                return shown, await client.confirm_sign_up(**call), None
            except Exception as exc:
                return shown, None, exc

    return asyncio.run(run())


def _exception_texts(exc: BaseException) -> str:
    parts = [str(exc), repr(exc), *map(str, exc.args)]
    if isinstance(exc, ServiceError):
        parts.append(exc.message)
    parts.extend(traceback.format_exception(exc))
    return "\n".join(parts)


@each_mode
def test_success_keeps_secrets_out(
    mode: Mode,
    stub: StubServer,
    debug_logging: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    stub.default = StubResponse.json({"Session": RESPONSE_SESSION})
    shown, response, exc = _run(mode, stub.url, _call_kwargs())
    assert exc is None, repr(exc)
    assert response is not None
    assert response.session == RESPONSE_SESSION  # the value itself is there to read

    # The stub did get the secrets: the test is not vacuous.
    (request,) = stub.requests
    for secret in REQUEST_SECRETS:
        assert secret.encode() in request.body

    _assert_clean(shown, "the client's repr/str")
    _assert_clean(f"{response!r} {response!s}", "the response's repr/str")
    assert debug_logging.records, "DEBUG logging captured nothing: the test would be vacuous"
    _assert_clean(_log_text(debug_logging), "the DEBUG log")
    out, err = capfd.readouterr()
    _assert_clean(out + err, "stdout/stderr")


@each_mode
def test_computed_secret_hash_stays_out_of_logs(
    mode: Mode, stub: StubServer, debug_logging: pytest.LogCaptureFixture
) -> None:
    shown, response, exc = _run(mode, stub.url, _call_kwargs(with_secret_hash=False))
    assert exc is None, repr(exc)
    (request,) = stub.requests
    assert request.json_object()["SecretHash"] == COMPUTED_HASH
    _assert_clean(shown, "the client's repr/str")
    _assert_clean(f"{response!r}", "the response's repr")
    _assert_clean(_log_text(debug_logging), "the DEBUG log")


def test_request_dataclass_repr() -> None:
    request = ConfirmSignUpRequest(**_call_kwargs())
    _assert_clean(repr(request), "repr(ConfirmSignUpRequest)")
    _assert_clean(str(request), "str(ConfirmSignUpRequest)")
    assert "purpose" in repr(request)  # not sensitive, still shown


def test_sensitive_structure_repr() -> None:
    """UserContextDataType is a ``sensitive`` shape in the model: its own repr hides it too."""
    context = UserContextDataType(ip_address=IP_ADDRESS, encoded_data=ENCODED_DATA)
    _assert_clean(repr(context), "repr(UserContextDataType)")
    _assert_clean(str(context), "str(UserContextDataType)")


@each_mode
def test_error_echoing_secrets_is_redacted(
    mode: Mode,
    stub: StubServer,
    debug_logging: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    stub.set_handler(_echo_error)
    shown, response, exc = _run(mode, stub.url, _call_kwargs())
    assert response is None
    assert type(exc) is CodeMismatchException, repr(exc)
    assert exc.request_id == "rid-1"
    assert exc.message.startswith("Invalid code ")  # the rest of the message survives

    _assert_clean(_exception_texts(exc), "the exception")
    _assert_clean(shown, "the client's repr/str")
    _assert_clean(_log_text(debug_logging), "the DEBUG log")
    out, err = capfd.readouterr()
    _assert_clean(out + err, "stdout/stderr")


@each_mode
def test_error_echoing_computed_secret_hash_is_redacted(
    mode: Mode, stub: StubServer, debug_logging: pytest.LogCaptureFixture
) -> None:
    """The SecretHash the client computed from client_secret is as secret as one passed in."""
    stub.set_handler(_echo_error)
    _, _, exc = _run(mode, stub.url, _call_kwargs(with_secret_hash=False))
    assert type(exc) is CodeMismatchException, repr(exc)
    assert stub.requests[0].json_object()["SecretHash"] == COMPUTED_HASH
    _assert_clean(_exception_texts(exc), "the exception")
    _assert_clean(_log_text(debug_logging), "the DEBUG log")


@each_mode
def test_malformed_response_keeps_secrets_out(
    mode: Mode, stub: StubServer, debug_logging: pytest.LogCaptureFixture
) -> None:
    """A 2xx body of the wrong shape that echoes the request: the parse error shows none of it."""

    def echo_wrong_shape(request: RecordedRequest) -> StubResponse:
        return StubResponse.json({"Session": [request.json_object()]})

    stub.set_handler(echo_wrong_shape)
    _, _, exc = _run(mode, stub.url, _call_kwargs())
    assert exc is not None
    _assert_clean(_exception_texts(exc), "the parse error")
    _assert_clean(_log_text(debug_logging), "the DEBUG log")


def test_secrets_deep_in_lists_of_structures_are_redacted(stub: StubServer) -> None:
    """AdminCreateUser: attribute values (sensitive) inside a list of AttributeType structures,
    and the temporary password, echoed back in an error message."""
    from cognito_idp.models import AttributeType

    email, phone, password = "mail-SECRET@example.com", "+15550100SECRET", "Temp-SECRET-pw1"

    def echo(request: RecordedRequest) -> StubResponse:
        body: Any = request.json_object()  # the JSON the client sent, read as it comes
        values = [a["Value"] for a in body["UserAttributes"]] + [body["TemporaryPassword"]]
        message = f"cannot create {body['Username']} with {', '.join(values)} (attribute email)"
        return StubResponse.json(
            {"__type": "InvalidParameterException", "message": message}, status=400
        )

    stub.set_handler(echo)
    with (
        CognitoIdentityProviderClient(
            region=REGION,
            endpoint_url=stub.url,
            credentials=Credentials(
                access_key_id="AKIDEXAMPLE000000001", secret_access_key="s3cr3t"
            ),
        ) as client,
        pytest.raises(ServiceError) as info,
    ):
        client.admin_create_user(
            user_pool_id="eu-west-1_pool",
            username=USERNAME,
            user_attributes=[
                AttributeType(name="email", value=email),
                AttributeType(name="phone_number", value=phone),
            ],
            temporary_password=password,
        )
    text = _exception_texts(info.value)
    _assert_clean(text, "the exception", (email, phone, password, USERNAME))
    assert "(attribute email)" in text  # what is not secret stays: "email" is a name


@pytest.mark.parametrize(
    ("text", "secrets", "expected"),
    [
        ("code 123456 for alice", ["123456", "alice", None, 7], "code *** for ***"),
        ("key abcdef and abc", ["abc", "abcdef"], "key *** and ***"),  # longest first
        ("id ab stays", ["ab"], "id ab stays"),  # too short to mask without mangling
        ("nothing secret here", ["s3cret", None], "nothing secret here"),
        ("code 123456", [7, "123456"], "code ***"),  # not a string, before the secret
        ("nothing here", [7, b"here", ["here"], None, ""], "nothing here"),
    ],
)
def test_redact(text: str, secrets: list[object], expected: str) -> None:
    from typedaws_runtime.redact import redact

    assert redact(text, secrets) == expected


TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]))  # UTF-8 encodable


@given(
    st.text(alphabet="abc *", max_size=30),
    st.lists(st.one_of(st.none(), st.integers(), st.text(alphabet="abc", max_size=5))),
)
def test_redact_masks_every_string_of_three_or_more_characters(
    text: str, secrets: list[object]
) -> None:
    from typedaws_runtime.redact import MIN_SECRET_LENGTH, redact

    masked = text
    found = {s for s in secrets if isinstance(s, str) and len(s) >= MIN_SECRET_LENGTH}
    for secret in sorted(found, key=len, reverse=True):
        masked = masked.replace(secret, "***")
    assert redact(text, secrets) == masked


@given(TEXT, TEXT, TEXT)
def test_secret_hash_is_base64_of_hmac_sha256(secret: str, username: str, client_id: str) -> None:
    """Cognito's formula, written out with the standard library's base64."""
    import base64
    import hashlib
    import hmac

    message = (username + client_id).encode("utf-8")
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    assert compute_secret_hash(secret, username, client_id) == base64.b64encode(digest).decode()


def test_secret_hash_known_value() -> None:
    # base64(HMAC-SHA256(key=b"secret", msg=b"aliceclient")), computed outside the SDK
    expected = "RTsve+FQ659UKyESgvLg9GYmZEL+QjzQsW/OjL77/b0="
    assert compute_secret_hash("secret", "alice", "client") == expected


# --------------------------------------------------------------------------------------------
# What is masked: the values of sensitive maps and structures, not their keys; secrets the
# server quotes JSON-escaped as well as raw.


def _error_response(body: dict[str, object] | str, status: int = 400) -> HttpResponse:
    return json_response(body, status)


def _call_on(mode: Mode, response: HttpResponse, operation: str, **kwargs: Any) -> BaseException:
    """The exception ``client.<operation>(**kwargs)`` raises, on a transport that answers
    ``response``."""
    outcome, _ = call(mode, response, operation, **kwargs)
    assert isinstance(outcome, BaseException), f"the call succeeded: {outcome!r}"
    return outcome


SIGN_IN_PASSWORD = "pw-SECRET-9q"
SIGN_IN: dict[str, Any] = {
    "auth_flow": "USER_PASSWORD_AUTH",
    "client_id": CLIENT_ID,
    "auth_parameters": {"USERNAME": USERNAME, "PASSWORD": SIGN_IN_PASSWORD},
}


@each_mode
def test_map_keys_are_not_masked_in_error_messages(mode: Mode) -> None:
    """AuthParameters is a sensitive map: its values are secrets, its keys (PASSWORD, USERNAME)
    are names. Cognito's own message names the flow, which holds the key PASSWORD."""
    message = "USER_PASSWORD_AUTH flow not enabled for this client"
    response = _error_response({"__type": "InvalidParameterException", "message": message})
    exc = _call_on(mode, response, "initiate_auth", **SIGN_IN)
    assert isinstance(exc, ServiceError), repr(exc)
    assert exc.message == message
    assert str(exc).endswith(message)


@each_mode
def test_map_values_are_still_masked(mode: Mode) -> None:
    message = f"no user {USERNAME} with password {SIGN_IN_PASSWORD} (USER_PASSWORD_AUTH)"
    response = _error_response({"__type": "NotAuthorizedException", "message": message})
    exc = _call_on(mode, response, "initiate_auth", **SIGN_IN)
    assert isinstance(exc, ServiceError), repr(exc)
    assert exc.message == "no user *** with password *** (USER_PASSWORD_AUTH)"
    _assert_clean(_exception_texts(exc), "the exception", (USERNAME, SIGN_IN_PASSWORD, CLIENT_ID))


def test_generated_secrets_of_a_sensitive_map_are_its_values() -> None:
    from cognito_idp._operations import initiate_auth, respond_to_auth_challenge

    out: list[object] = []
    initiate_auth.secrets_InitiateAuthRequest(initiate_auth.Request(**SIGN_IN), out)
    strings = {s for s in out if isinstance(s, str)}
    assert {USERNAME, SIGN_IN_PASSWORD, CLIENT_ID} <= strings
    assert not strings & {"USERNAME", "PASSWORD"}

    out.clear()
    answer = respond_to_auth_challenge.Request(
        client_id=CLIENT_ID,
        challenge_name="SMS_MFA",
        challenge_responses={"USERNAME": USERNAME, "SMS_MFA_CODE": "code-SECRET-1"},
    )
    respond_to_auth_challenge.secrets_RespondToAuthChallengeRequest(answer, out)
    strings = {s for s in out if isinstance(s, str)}
    assert {USERNAME, "code-SECRET-1"} <= strings
    assert not strings & {"USERNAME", "SMS_MFA_CODE"}


ESCAPING_PASSWORDS = [
    'pa"ss\\word-SECRET',  # a quote and a backslash: \" and \\ in JSON
    "tab\there-SECRET/slash",  # a control character (\t); a solidus some encoders write \/
    'Pässwörd-"SECRET"',  # non-ASCII: kept, or written \u00e4 by ASCII-only encoders
]


def _json_forms(secret: str) -> list[str]:
    """The ways a JSON encoder may write ``secret`` inside a string."""
    forms = {json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    forms |= {f.replace("/", "\\/") for f in forms}
    return sorted(forms)


@pytest.mark.parametrize("password", ESCAPING_PASSWORDS)
def test_redact_masks_json_escaped_secrets(password: str) -> None:
    from typedaws_runtime.redact import redact

    for form in _json_forms(password):
        assert form != password
        text = f'body was {{"PASSWORD":"{form}"}}; raw {password}'
        assert redact(text, ["alice", password]) == 'body was {"PASSWORD":"***"}; raw ***'


@each_mode
@pytest.mark.parametrize("password", ESCAPING_PASSWORDS)
def test_error_quoting_the_request_body_masks_escaped_secrets(mode: Mode, password: str) -> None:
    """The server repeats the request body in its message: the password appears JSON-escaped."""
    params = {"USERNAME": USERNAME, "PASSWORD": password}
    for form in _json_forms(password):
        quoted = json.dumps({"AuthParameters": params})
        quoted = quoted.replace(json.dumps(password)[1:-1], form)
        assert form in quoted
        message = f"1 validation error in request {quoted}"
        response = _error_response({"__type": "InvalidParameterException", "message": message})
        exc = _call_on(
            mode,
            response,
            "initiate_auth",
            auth_flow="USER_PASSWORD_AUTH",
            client_id=CLIENT_ID,
            auth_parameters=params,
        )
        assert isinstance(exc, ServiceError), repr(exc)
        text = _exception_texts(exc)
        _assert_clean(text, "the exception", (password, form, USERNAME))
        assert "SECRET" not in text  # in no escaping whatever
        assert '{"AuthParameters": {"USERNAME": "***", "PASSWORD": "***"}}' in exc.message


@each_mode
def test_unreadable_error_body_masks_escaped_secrets(mode: Mode) -> None:
    """A body without an error code is shown in part: the password it quotes is masked."""
    password = ESCAPING_PASSWORDS[0]
    body = json.dumps({"echo": {"PASSWORD": password}})
    assert password not in body  # only its escaped form is there
    exc = _call_on(
        mode,
        _error_response(body, status=502),
        "initiate_auth",
        auth_flow="USER_PASSWORD_AUTH",
        client_id=CLIENT_ID,
        auth_parameters={"USERNAME": USERNAME, "PASSWORD": password},
    )
    assert isinstance(exc, ResponseParseError), repr(exc)
    text = _exception_texts(exc)
    # The body is shown repr()-quoted, which escapes the backslashes once more: no part of
    # the password may remain, in any escaping.
    assert "SECRET" not in text, text
    assert "PASSWORD" in text  # the key, a name, stays
