"""Deliberately wrong use of the SDK: each line marked ``# expect: <label>`` must be reported.

Both checkers must report an error on every marked line and on no other line; their output is
saved in ``../expected/`` and compared, so any change in what the types catch shows up.
"""

from __future__ import annotations

from typing import assert_never

import cognito_idp.auth as auth
import cognito_idp.errors as cognito_errors
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import CodeMismatchExeption  # expect: error class that does not exist
from cognito_idp.models import AttributeType, ConfirmSignUpRequest, SignUpResponse
from cognito_idp.models import InitiateAuthRequest

client = CognitoIdentityProviderClient(region="eu-west-1")
aclient = AsyncCognitoIdentityProviderClient(region="eu-west-1")


def missing_required() -> None:
    client.confirm_sign_up(client_id="c", username="alice")  # expect: missing required argument


def wrong_type() -> None:
    client.confirm_sign_up(client_id="c", username=42, confirmation_code="1")  # expect: wrong type


def misspelled() -> None:
    client.confirm_sign_up(client_id="c", username="a", confirmaton_code="1")  # expect: misspelled


def none_for_required() -> None:
    client.confirm_sign_up(client_id=None, username="a", confirmation_code="1")  # expect: None


def none_in_model() -> ConfirmSignUpRequest:
    return ConfirmSignUpRequest(client_id="c", username=None, confirmation_code="1")  # expect: None


def wrong_element_type() -> None:
    attrs = [AttributeType(name="email", value="a@example.com"), {"name": "phone_number"}]
    client.sign_up(client_id="c", username="a", user_attributes=attrs)  # expect: element type


def wrong_client_option() -> None:
    CognitoIdentityProviderClient(region="eu-west-1", max_attempts="3")  # expect: option type


def positional() -> None:
    client.admin_get_user("eu-west-1_abc", "alice")  # expect: positional arguments


def missing_field() -> str | None:
    resp = client.confirm_sign_up(client_id="c", username="alice", confirmation_code="1")
    return resp.sesion  # expect: response field that does not exist


def optional_field_used_as_required(resp: SignUpResponse) -> str:
    return resp.session  # expect: optional field returned as str


def wrong_field_type(resp: SignUpResponse) -> None:
    resp.user_confirmed = "yes"  # expect: field assigned the wrong type


async def sync_awaited() -> None:
    await client.confirm_sign_up(client_id="c", username="", confirmation_code="1")  # expect: await


async def async_not_awaited() -> str | None:
    resp = aclient.confirm_sign_up(client_id="c", username="alice", confirmation_code="1")
    return resp.session  # expect: async call not awaited


async def sync_client_in_async_with() -> None:
    async with CognitoIdentityProviderClient() as c:  # expect: sync client in async with
        del c


def async_client_in_with() -> None:
    with AsyncCognitoIdentityProviderClient() as c:  # expect: async client in with
        del c


def catch_missing_class() -> str:
    try:
        client.confirm_sign_up(client_id="c", username="alice", confirmation_code="1")
    except CodeMismatchExeption:
        return "mismatch"
    try:
        client.confirm_sign_up(client_id="c", username="alice", confirmation_code="1")
    except cognito_errors.ExpiredCode:  # expect: error class that does not exist
        return "expired"
    return "confirmed"


def error_attribute_typo(exc: cognito_errors.CodeMismatchException) -> int:
    return exc.status  # expect: error attribute that does not exist


def error_code_is_str(exc: cognito_errors.CognitoIdentityProviderError) -> int:
    return exc.code  # expect: code is a str


def misspelt_enum_value() -> None:
    client.initiate_auth(auth_flow="USER_PASWORD_AUTH", client_id="c")  # expect: misspelt enum


async def misspelt_enum_value_async() -> None:
    await aclient.initiate_auth(auth_flow="USER_PASWORD_AUTH", client_id="c")  # expect: misspelt


def misspelt_enum_value_in_model() -> InitiateAuthRequest:
    return InitiateAuthRequest(auth_flow="USER_PASWORD_AUTH", client_id="c")  # expect: misspelt


def misspelt_enum_value_in_list() -> None:
    client.create_user_pool_client(
        user_pool_id="p",
        client_name="c",
        explicit_auth_flows=["ALLOW_USER_SRP"],  # expect: misspelt enum value in a list
    )


def unchecked_str_for_enum(flow: str) -> None:
    client.initiate_auth(auth_flow=flow, client_id="c")  # expect: any str, unchecked


def sign_in_missing_a_challenge(step: auth.Step) -> str:
    """A ``match`` over a sign-in's step that forgets a challenge: ``assert_never`` reports it."""
    match step:
        case auth.SignedIn():
            return step.tokens.id_token
        case auth.SmsMfaRequired() | auth.SoftwareTokenMfaRequired() | auth.EmailOtpRequired():
            return sign_in_missing_a_challenge(step.answer("123456"))
        case auth.NewPasswordRequired():
            return sign_in_missing_a_challenge(step.answer("N3w-password!"))
        case _:
            assert_never(step)  # expect: challenges left unanswered


def answer_with_the_wrong_input(step: auth.SelectMfaType[auth.Step]) -> auth.Step:
    return step.answer("SMS")  # expect: not an MFA type


# -- Testing with the stubber (cognito_idp.testing) --------------------------------------------

from cognito_idp.models import ConfirmSignUpResponse  # noqa: E402
from cognito_idp.testing import Stubber  # noqa: E402


def stub_wrong_response() -> None:
    stub = Stubber(client)
    stub.add_response(client.confirm_sign_up, SignUpResponse(user_confirmed=True, user_sub="s"))  # expect: wrong response class


def stub_wrong_response_async() -> None:
    stub = Stubber(aclient)
    stub.add_response(aclient.sign_up, ConfirmSignUpResponse())  # expect: async, wrong response class


def stub_unknown_param() -> None:
    Stubber(client).add_response(client.confirm_sign_up, ConfirmSignUpResponse(), expected_params={"usrname": "a"})  # expect: not a parameter


def stub_wrong_param_type() -> None:
    Stubber(client).add_client_error(client.confirm_sign_up, cognito_errors.CodeMismatchException(), expected_params={"force_alias_creation": "yes"})  # expect: wrong value type


def stub_param_of_another_operation() -> None:
    Stubber(client).add_response(client.admin_delete_user, None, expected_params={"user_pool_id": "p", "group_name": "g"})  # expect: a parameter of another operation


from typedaws_runtime.http import HttpRequest  # noqa: E402
from typedaws_runtime.interceptors import CallContext, Interceptor  # noqa: E402


class TooEarly(Interceptor):
    def read_before_execution(self, context: CallContext[object, None, None, None]) -> None:
        print(context.http_request.headers)  # expect: no HTTP request before the first attempt

    def modify_before_transmit(self, context: CallContext[object, None, HttpRequest, None]) -> HttpRequest:
        return None  # expect: must return the request to send
