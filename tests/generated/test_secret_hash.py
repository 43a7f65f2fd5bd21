"""``client_secret=`` fills SECRET_HASH in the maps that carry it: sign-in parameters
(InitiateAuth, AdminInitiateAuth) and challenge answers (RespondToAuthChallenge,
AdminRespondToAuthChallenge), from the map's USERNAME and the request's ClientId."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import Any

import pytest

from cognito_idp import CognitoIdentityProviderClient, compute_secret_hash
from cognito_idp._operations import (
    admin_initiate_auth,
    admin_respond_to_auth_challenge,
    initiate_auth,
    respond_to_auth_challenge,
)
from tests.support.calls import MODES, Mode
from tests.support.memory_transport import call, json_response, sent_json
from typedaws_runtime.credentials import Credentials

CLIENT_SECRET = "app-client-secret-0123456789abcdef"
CLIENT_ID = "client-id-4example"
USERNAME = "Zoë Ünicode+tag@example.com"
POOL_ID = "eu-west-1_Example"
ADMIN = Credentials(access_key_id="AKIDEXAMPLE000000001", secret_access_key="example-key")

# (operation module, client method, the request's other arguments, the map member, its wire name)
OPERATIONS: list[tuple[ModuleType, str, dict[str, Any], str, str]] = [
    (
        initiate_auth,
        "initiate_auth",
        {"auth_flow": "USER_PASSWORD_AUTH", "client_id": CLIENT_ID},
        "auth_parameters",
        "AuthParameters",
    ),
    (
        admin_initiate_auth,
        "admin_initiate_auth",
        {"user_pool_id": POOL_ID, "auth_flow": "ADMIN_USER_PASSWORD_AUTH", "client_id": CLIENT_ID},
        "auth_parameters",
        "AuthParameters",
    ),
    (
        respond_to_auth_challenge,
        "respond_to_auth_challenge",
        {"client_id": CLIENT_ID, "challenge_name": "SMS_MFA", "session": "s" * 20},
        "challenge_responses",
        "ChallengeResponses",
    ),
    (
        admin_respond_to_auth_challenge,
        "admin_respond_to_auth_challenge",
        {
            "user_pool_id": POOL_ID,
            "client_id": CLIENT_ID,
            "challenge_name": "SMS_MFA",
            "session": "s" * 20,
        },
        "challenge_responses",
        "ChallengeResponses",
    ),
]
each_operation = pytest.mark.parametrize(
    ("module", "method", "arguments", "attr", "wire"),
    OPERATIONS,
    ids=[method for _, method, _, _, _ in OPERATIONS],
)
each_mode = pytest.mark.parametrize("mode", MODES)

EXPECTED_HASH = compute_secret_hash(CLIENT_SECRET, USERNAME, CLIENT_ID)


def _params(**extra: str) -> dict[str, str]:
    return {"USERNAME": USERNAME, "PASSWORD": "pw-example-1", **extra}


@each_operation
def test_the_operation_fills_secret_hash(
    module: ModuleType, method: str, arguments: dict[str, Any], attr: str, wire: str
) -> None:
    assert module.OPERATION.fill_secret_hash is module.fill_secret_hash


@each_operation
def test_secret_hash_is_computed_from_username_and_client_id_in_a_new_mapping(
    module: ModuleType, method: str, arguments: dict[str, Any], attr: str, wire: str
) -> None:
    given = _params()
    frozen: Mapping[str, str] = MappingProxyType(given)  # any change to it would raise
    request = module.Request(**arguments, **{attr: frozen})

    filled = module.fill_secret_hash(request, CLIENT_SECRET)

    assert filled is not request
    assert dict(getattr(filled, attr)) == {**given, "SECRET_HASH": EXPECTED_HASH}
    assert getattr(request, attr) is frozen
    assert given == _params()
    others = [f for f in vars(request) if f != attr]
    assert others and all(getattr(filled, f) == getattr(request, f) for f in others)


@each_operation
@pytest.mark.parametrize(
    "params",
    [
        pytest.param(_params(SECRET_HASH="the-callers-own/hash="), id="hash-given"),
        pytest.param({"REFRESH_TOKEN": "refresh-token-example"}, id="no-username"),
        pytest.param(None, id="no-map"),
    ],
)
def test_request_is_left_alone_without_a_username_or_with_a_hash(
    module: ModuleType,
    method: str,
    arguments: dict[str, Any],
    attr: str,
    wire: str,
    params: dict[str, str] | None,
) -> None:
    request = module.Request(**arguments, **{attr: params})
    assert module.fill_secret_hash(request, CLIENT_SECRET) is request


@each_mode
@each_operation
def test_client_with_a_secret_sends_the_hash(
    mode: Mode,
    module: ModuleType,
    method: str,
    arguments: dict[str, Any],
    attr: str,
    wire: str,
) -> None:
    given = _params()
    outcome, requests = call(
        mode,
        json_response({}),
        method,
        client={"client_secret": CLIENT_SECRET, "credentials": ADMIN},
        **arguments,
        **{attr: given},
    )
    assert not isinstance(outcome, BaseException), repr(outcome)
    (request,) = requests
    assert sent_json(request)[wire] == {**given, "SECRET_HASH": EXPECTED_HASH}
    assert given == _params()  # the caller's mapping is not changed


@each_mode
@each_operation
def test_client_without_a_secret_sends_no_hash(
    mode: Mode,
    module: ModuleType,
    method: str,
    arguments: dict[str, Any],
    attr: str,
    wire: str,
) -> None:
    _, requests = call(
        mode,
        json_response({}),
        method,
        client={"credentials": ADMIN},
        **arguments,
        **{attr: _params()},
    )
    assert sent_json(requests[0])[wire] == _params()


@each_mode
def test_refresh_with_username_gets_the_hash_of_that_username(mode: Mode) -> None:
    """The client cannot know whose refresh token it is: the caller names the user."""
    sub = "5a1c0e2b-0000-4000-8000-000000000000"
    params = {"REFRESH_TOKEN": "refresh-token-example", "USERNAME": sub}
    _, requests = call(
        mode,
        json_response({}),
        "initiate_auth",
        client={"client_secret": CLIENT_SECRET},
        auth_flow="REFRESH_TOKEN_AUTH",
        client_id=CLIENT_ID,
        auth_parameters=params,
    )
    sent = sent_json(requests[0])["AuthParameters"]
    assert sent == {**params, "SECRET_HASH": compute_secret_hash(CLIENT_SECRET, sub, CLIENT_ID)}


@each_mode
def test_refresh_without_username_is_sent_as_given(mode: Mode) -> None:
    params = {"REFRESH_TOKEN": "refresh-token-example"}
    _, requests = call(
        mode,
        json_response({}),
        "initiate_auth",
        client={"client_secret": CLIENT_SECRET},
        auth_flow="REFRESH_TOKEN_AUTH",
        client_id=CLIENT_ID,
        auth_parameters=params,
    )
    assert sent_json(requests[0])["AuthParameters"] == params


def test_method_docstrings_say_what_the_client_secret_does() -> None:
    sign_in = CognitoIdentityProviderClient.initiate_auth.__doc__ or ""
    assert "SECRET_HASH is added" in sign_in
    assert "REFRESH_TOKEN_AUTH" in sign_in and "sub" in sign_in
    answer = CognitoIdentityProviderClient.respond_to_auth_challenge.__doc__ or ""
    assert "SECRET_HASH is added" in answer
    confirm = CognitoIdentityProviderClient.confirm_sign_up.__doc__ or ""
    assert "With the client's ``client_secret``: computed from the secret" in confirm
