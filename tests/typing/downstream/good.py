"""Correct use of the SDK, as a downstream project writes it.

mypy --strict and pyright (strict) must accept every line; the ``assert_type`` calls pin what
the SDK promises about responses, models and errors, so a regression in the types fails here.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
from collections.abc import Sequence
from typing import assert_never, assert_type

import cognito_idp.auth as auth
from typedaws_runtime.config import ClientMeta
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import SdkError, ServiceError, TransportError, ValidationError
from cognito_idp import (
    AsyncCognitoIdentityProviderClient,
    CognitoIdentityProviderClient,
    Unmodelled,
    compute_secret_hash,
)
from cognito_idp.errors import (
    CodeMismatchException,
    CognitoIdentityProviderError,
    ExpiredCodeException,
    InvalidParameterException,
    UserNotFoundException,
)
from cognito_idp.models import (
    AdminGetUserResponse,
    AnalyticsMetadataType,
    AttributeType,
    AuthenticationResultType,
    AuthFlowType,
    AuthFlowTypeValue,
    ChallengeNameType,
    ConfirmSignUpRequest,
    ConfirmSignUpResponse,
    ExplicitAuthFlowsType,
    InitiateAuthRequest,
    InitiateAuthResponse,
    ListUsersResponse,
    SignUpResponse,
    UserStatusType,
    UserType,
)


def make_client() -> CognitoIdentityProviderClient:
    client = CognitoIdentityProviderClient(
        region="eu-west-1",
        endpoint_url="http://127.0.0.1:5000",
        credentials=Credentials(access_key_id="AKID", secret_access_key="secret"),
        client_secret=None,
        max_attempts=3,
        connect_timeout=2.0,
        read_timeout=5,
    )
    assert_type(client.meta, ClientMeta)
    assert_type(client.meta.region_name, str | None)
    assert_type(client.meta.endpoint_url, str)
    return client


def confirm(client: CognitoIdentityProviderClient) -> str | None:
    resp = client.confirm_sign_up(
        client_id="client",
        username="alice",
        confirmation_code="123456",
        force_alias_creation=True,
        analytics_metadata=AnalyticsMetadataType(analytics_endpoint_id="endpoint"),
        client_metadata={"source": "typing-test"},
    )
    assert_type(resp, ConfirmSignUpResponse)
    assert_type(resp.session, str | None)
    return resp.session


def sign_up(client: CognitoIdentityProviderClient) -> bool:
    attributes = [AttributeType(name="email", value="alice@example.com")]
    resp = client.sign_up(
        client_id="client",
        username="alice",
        password="correct horse battery staple",
        user_attributes=attributes,
        secret_hash=compute_secret_hash("secret", "alice", "client"),
    )
    assert_type(resp, SignUpResponse)
    assert_type(resp.user_confirmed, bool)
    assert_type(resp.user_sub, str)
    return resp.user_confirmed


def sign_in(client: CognitoIdentityProviderClient) -> str | None:
    resp = client.initiate_auth(
        auth_flow=AuthFlowType.USER_PASSWORD_AUTH,
        client_id="client",
        auth_parameters={"USERNAME": "alice", "PASSWORD": "pw"},
    )
    assert_type(resp, InitiateAuthResponse)
    assert_type(resp.challenge_name, ChallengeNameType | Unmodelled | None)
    assert_type(resp.challenge_parameters, dict[str, str] | None)
    if resp.challenge_name == ChallengeNameType.NEW_PASSWORD_REQUIRED:
        return None
    result = resp.authentication_result
    assert_type(result, AuthenticationResultType | None)
    if result is None:
        return None
    assert_type(result.expires_in, int | None)
    return result.access_token


def enum_inputs(client: CognitoIdentityProviderClient) -> None:
    """An enum input takes the enum's member, the literal string of a value the model lists
    (as boto3 users write it), or, said so, a value newer than the model."""
    client.initiate_auth(auth_flow=AuthFlowType.USER_SRP_AUTH, client_id="client")
    client.initiate_auth(auth_flow="USER_SRP_AUTH", client_id="client")
    client.initiate_auth(auth_flow=Unmodelled("A_FLOW_NEWER_THAN_THE_MODEL"), client_id="c")
    flow: AuthFlowTypeValue = "USER_PASSWORD_AUTH"
    client.initiate_auth(auth_flow=flow, client_id="client")
    client.create_user_pool_client(
        user_pool_id="eu-west-1_abc",
        client_name="web",
        explicit_auth_flows=["ALLOW_USER_SRP_AUTH", ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH],
    )
    request = InitiateAuthRequest(auth_flow="USER_AUTH", client_id="client")
    assert_type(request.auth_flow, AuthFlowType | AuthFlowTypeValue | Unmodelled)


def answer_the_challenge(client: CognitoIdentityProviderClient, resp: InitiateAuthResponse) -> None:
    """A response's enum value (the enum, or a value newer than the model as ``Unmodelled``)
    goes back as an input as it is."""
    name = resp.challenge_name
    assert_type(name, ChallengeNameType | Unmodelled | None)
    if name is not None:
        client.respond_to_auth_challenge(
            client_id="client",
            challenge_name=name,
            session=resp.session,
            challenge_responses={"USERNAME": "alice", "SMS_MFA_CODE": "123456"},
        )


async def async_enum_inputs(client: AsyncCognitoIdentityProviderClient) -> None:
    await client.initiate_auth(auth_flow=AuthFlowType.USER_SRP_AUTH, client_id="client")
    await client.initiate_auth(auth_flow="USER_SRP_AUTH", client_id="client")
    await client.initiate_auth(auth_flow=Unmodelled("A_FLOW_NEWER_THAN_THE_MODEL"), client_id="c")


def admin(client: CognitoIdentityProviderClient) -> datetime.datetime | None:
    user = client.admin_get_user(user_pool_id="eu-west-1_abc", username="alice")
    assert_type(user, AdminGetUserResponse)
    assert_type(user.username, str)
    assert_type(user.user_create_date, datetime.datetime | None)
    assert_type(user.user_status, UserStatusType | Unmodelled | None)
    assert_type(user.user_attributes, list[AttributeType] | None)
    for attribute in user.user_attributes or []:
        assert_type(attribute.name, str)
        assert_type(attribute.value, str | None)
    return user.user_create_date


def list_all(client: CognitoIdentityProviderClient) -> Sequence[UserType]:
    users: list[UserType] = []
    token: str | None = None
    while True:
        page = client.list_users(user_pool_id="eu-west-1_abc", limit=60, pagination_token=token)
        assert_type(page, ListUsersResponse)
        users.extend(page.users or [])
        token = page.pagination_token
        if token is None:
            return users


def handle_errors(client: CognitoIdentityProviderClient) -> str:
    try:
        client.confirm_sign_up(client_id="c", username="alice", confirmation_code="000000")
    except CodeMismatchException as exc:
        assert_type(exc.code, str)
        assert_type(exc.message, str)
        assert_type(exc.status_code, int)
        assert_type(exc.request_id, str | None)
        return "retype the code"
    except (ExpiredCodeException, UserNotFoundException) as exc:
        assert_type(exc, ExpiredCodeException | UserNotFoundException)
        return exc.code
    except InvalidParameterException as exc:
        assert_type(exc.reason_code, str | None)
        return exc.message
    except CognitoIdentityProviderError as exc:
        assert_type(exc, CognitoIdentityProviderError)
        return exc.code
    except ValidationError as exc:
        assert_type(exc.problems, tuple[str, ...])
        return "\n".join(exc.problems)
    except TransportError as exc:
        assert_type(exc.url, str)
        return "network"
    except ServiceError as exc:
        assert_type(exc.status_code, int)
        return "other service"
    except SdkError:
        return "sdk"
    return "confirmed"


def models() -> ConfirmSignUpRequest:
    request = ConfirmSignUpRequest(client_id="c", username="alice", confirmation_code="123456")
    assert dataclasses.is_dataclass(request)
    assert_type(request.secret_hash, str | None)
    return dataclasses.replace(request, session=None)


def sync_main() -> None:
    with make_client() as client:
        assert_type(client, CognitoIdentityProviderClient)
        confirm(client)
    make_client().close()


async def async_confirm() -> str | None:
    async with AsyncCognitoIdentityProviderClient(region="eu-west-1") as client:
        assert_type(client, AsyncCognitoIdentityProviderClient)
        resp = await client.confirm_sign_up(
            client_id="client", username="alice", confirmation_code="123456"
        )
        assert_type(resp, ConfirmSignUpResponse)
        try:
            user = await client.admin_get_user(user_pool_id="eu-west-1_abc", username="alice")
        except UserNotFoundException as exc:
            assert_type(exc.status_code, int)
            return None
        assert_type(user, AdminGetUserResponse)
        assert_type(user.enabled, bool | None)
        return resp.session


async def async_gather() -> list[ConfirmSignUpResponse]:
    client = AsyncCognitoIdentityProviderClient(region="eu-west-1")
    try:
        return await asyncio.gather(
            *(
                client.confirm_sign_up(client_id="c", username=name, confirmation_code="1")
                for name in ("alice", "bob")
            )
        )
    finally:
        await client.aclose()


def sign_in_with_challenges(
    client: CognitoIdentityProviderClient, device: auth.RememberedDevice | None
) -> str:
    """Every step of a sign-in handled: the ``match`` is exhaustive, so ``assert_never`` holds."""
    cognito = auth.CognitoAuth(client, user_pool_id="eu-west-1_abc", client_id="c")
    step: auth.Step = cognito.sign_in_srp("alice", "Corr3ct-Horse!", device=device)
    while True:
        match step:
            case auth.SignedIn():
                assert_type(step.tokens.expires_at, datetime.datetime)
                assert_type(step.tokens.refresh_token, str | None)
                return step.tokens.id_token
            case (
                auth.SmsMfaRequired()
                | auth.SoftwareTokenMfaRequired()
                | auth.EmailOtpRequired()
                | auth.SmsOtpRequired()
            ):
                step = step.answer("123456")
            case auth.NewPasswordRequired():
                step = step.answer("N3w-Horse!", {name: "x" for name in step.required_attributes})
            case auth.SelectMfaType():
                step = step.answer("SOFTWARE_TOKEN_MFA")
            case auth.MfaSetupRequired():
                step = step.set_up_software_token()
            case auth.SoftwareTokenSetup():
                step = step.answer("123456", device_name="phone")
            case auth.SelectChallenge():
                step = step.password_srp("Corr3ct-Horse!")
            case auth.CustomChallenge():
                step = step.answer(step.parameters.get("question", ""))
            case auth.DeviceSrpRequired():
                assert device is not None
                step = step.answer(device)
            case auth.PasswordVerifierRequired():
                step = step.answer("Corr3ct-Horse!")
            case _:
                assert_never(step)


async def async_sign_in(client: AsyncCognitoIdentityProviderClient) -> auth.Tokens:
    cognito = auth.AsyncCognitoAuth(client, user_pool_id="eu-west-1_abc", client_id="c")
    step = await cognito.sign_in_password("alice", "Corr3ct-Horse!")
    assert_type(step, auth.AsyncStep)
    if isinstance(step, auth.SoftwareTokenMfaRequired):
        step = await step.answer("123456")
    if not isinstance(step, auth.SignedIn):
        raise RuntimeError(f"unexpected challenge {step!r}")
    tokens = await cognito.refresh(step.tokens.refresh_token or "")
    await cognito.sign_out(tokens.access_token)
    return tokens


# -- Testing with the stubber (cognito_idp.testing) --------------------------------------------

from cognito_idp.errors import UsernameExistsException  # noqa: E402
from cognito_idp.testing import ConfirmSignUpParams, Stubber  # noqa: E402


def stubbed_sync(client: CognitoIdentityProviderClient) -> None:
    with Stubber(client) as stub:
        assert_type(stub, Stubber[CognitoIdentityProviderClient])
        stub.add_response(
            client.confirm_sign_up,
            ConfirmSignUpResponse(session=None),
            expected_params={"username": "alice", "force_alias_creation": None},
        )
        stub.add_client_error(client.sign_up, UsernameExistsException(message="exists"))
        stub.add_response(client.admin_delete_user, None, expected_params={"username": "alice"})
        params: ConfirmSignUpParams = {"client_id": "c", "confirmation_code": "1"}
        stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse(), expected_params=params, exact=True)
        stub.add_response(client.list_users, ListUsersResponse(users=[]))
        assert_type(stub.client, CognitoIdentityProviderClient)
        stub.assert_no_pending_responses()


async def stubbed_async(client: AsyncCognitoIdentityProviderClient) -> None:
    stub = Stubber(client)
    stub.add_response(client.sign_up, SignUpResponse(user_confirmed=False, user_sub="s"))
    stub.add_client_error(client.confirm_sign_up, CodeMismatchException(message="wrong code"))
    stub.add_response(client.delete_user_pool, None, expected_params={"user_pool_id": "p"})
    stub.activate()
    try:
        await client.sign_up(client_id="c", username="alice")
    finally:
        stub.deactivate()



# -- interceptors: each hook's context says what it may rely on ------------------------------

from typedaws_runtime.http import HttpRequest, HttpResponse  # noqa: E402
from typedaws_runtime.interceptors import CallContext, Interceptor  # noqa: E402


class Tenant(Interceptor):
    def modify_before_transmit(self, context: CallContext[object, None, HttpRequest, None]) -> HttpRequest:
        sent = context.http_request
        return HttpRequest(sent.method, sent.url, {**sent.headers, "x-tenant": "a"}, sent.body, sent.timeouts)

    def read_after_transmit(self, context: CallContext[object, None, HttpRequest, HttpResponse]) -> None:
        assert_type(context.http_response.status, int)

    def read_after_execution(
        self, context: CallContext[object, object, HttpRequest | None, HttpResponse | None]
    ) -> None:
        if isinstance(context.outcome, ServiceError):
            assert_type(context.outcome.code, str)
        assert_type(context.attempts, int)
        assert_type(context.elapsed, float)


def intercepted() -> CognitoIdentityProviderClient:
    return CognitoIdentityProviderClient(region="eu-west-1", interceptors=[Tenant()])


if __name__ == "__main__":
    sync_main()
    asyncio.run(async_confirm())
