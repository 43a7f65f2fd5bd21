"""The Stubber: what a test of code that uses the SDK relies on, sync and async, and each way a
stubbed call fails (clearly, with secrets masked)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import cast

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import InvalidParameterException, UsernameExistsException
from cognito_idp.models import (
    AttributeType,
    ConfirmSignUpResponse,
    ListUsersResponse,
    SignUpResponse,
    UserType,
)
from cognito_idp.testing import (
    ConfirmSignUpParams,
    ParamsMismatchError,
    PendingResponsesError,
    StubAssertionError,
    Stubber,
    UnexpectedCallError,
)
from tests.testing_kit.sample_app import Registration, count_users, register, register_async
from typedaws_runtime.client import Client
from typedaws_runtime.errors import ConnectionFailedError, SdkError, ValidationError
from typedaws_runtime.secret_hash import compute_secret_hash

PASSWORD = "correct-horse-battery"
EMAIL = "alice@example.com"
SIGNED_UP = SignUpResponse(user_confirmed=False, user_sub="sub-1")


@pytest.fixture
def client(clean_aws_env: None) -> Iterator[CognitoIdentityProviderClient]:
    # An endpoint nothing listens on: a call that escaped the stubber would fail loudly.
    with CognitoIdentityProviderClient(
        region="eu-west-1", endpoint_url="http://127.0.0.1:9", max_attempts=1
    ) as c:
        yield c


@pytest.fixture
def aclient(clean_aws_env: None) -> AsyncCognitoIdentityProviderClient:
    return AsyncCognitoIdentityProviderClient(
        region="eu-west-1", endpoint_url="http://127.0.0.1:9", max_attempts=1
    )


# -- the sample application ------------------------------------------------------------------


def test_sample_app_signs_up(client: CognitoIdentityProviderClient) -> None:
    with Stubber(client) as stub:
        stub.add_response(
            client.sign_up,
            SignUpResponse(user_confirmed=True, user_sub="sub-1"),
            expected_params={
                "client_id": "app",
                "username": EMAIL,
                "password": PASSWORD,
                "user_attributes": [AttributeType(name="email", value=EMAIL)],
            },
        )
        outcome = register(client, client_id="app", email=EMAIL, password=PASSWORD)
    assert outcome == Registration(created=True, confirmed=True)


def test_sample_app_handles_a_taken_name(client: CognitoIdentityProviderClient) -> None:
    with Stubber(client) as stub:
        stub.add_client_error(client.sign_up, UsernameExistsException(message="exists"))
        outcome = register(client, client_id="app", email=EMAIL, password=PASSWORD)
    assert outcome == Registration(created=False)


def test_sample_app_async(aclient: AsyncCognitoIdentityProviderClient) -> None:
    async def scenario() -> list[Registration]:
        with Stubber(aclient) as stub:
            stub.add_response(aclient.sign_up, SIGNED_UP, expected_params={"client_id": "app"})
            stub.add_client_error(aclient.sign_up, UsernameExistsException(message="exists"))
            return [
                await register_async(aclient, client_id="app", email=EMAIL, password=PASSWORD),
                await register_async(aclient, client_id="app", email=EMAIL, password=PASSWORD),
            ]

    assert asyncio.run(scenario()) == [Registration(created=True), Registration(created=False)]


def test_paginators_made_while_active_are_stubbed(client: CognitoIdentityProviderClient) -> None:
    with Stubber(client) as stub:
        stub.add_response(
            client.list_users,
            ListUsersResponse(
                users=[UserType(username="a"), UserType(username="b")], pagination_token="t"
            ),
            expected_params={"user_pool_id": "eu-west-1_pool", "pagination_token": None},
        )
        stub.add_response(
            client.list_users,
            ListUsersResponse(users=[UserType(username="c")]),
            expected_params={"pagination_token": "t"},
        )
        assert count_users(client, "eu-west-1_pool") == 3


def test_async_paginator(aclient: AsyncCognitoIdentityProviderClient) -> None:
    async def names() -> list[str | None]:
        with Stubber(aclient) as stub:
            stub.add_response(aclient.list_users, ListUsersResponse(users=[UserType(username="a")]))
            pages = aclient.paginate_list_users(user_pool_id="eu-west-1_pool")
            return [u.username async for u in pages.items()]

    assert asyncio.run(names()) == ["a"]


# -- what is answered, and how --------------------------------------------------------------


def test_the_response_is_returned_as_queued(client: CognitoIdentityProviderClient) -> None:
    response = ConfirmSignUpResponse(session="s" * 20)
    with Stubber(client) as stub:
        stub.add_response(client.confirm_sign_up, response)
        got = client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")
    assert got is response


def test_errors_keep_their_code_message_and_members(client: CognitoIdentityProviderClient) -> None:
    error = InvalidParameterException(message="bad attribute")
    error.reason_code = "INVALID_ATTRIBUTE"
    with Stubber(client) as stub:
        stub.add_client_error(client.sign_up, error)
        with pytest.raises(InvalidParameterException) as caught:
            client.sign_up(client_id="app", username="alice", password=PASSWORD)
    assert caught.value.code == "InvalidParameterException"
    assert caught.value.message == "bad attribute"
    assert caught.value.reason_code == "INVALID_ATTRIBUTE"
    assert caught.value.status_code == 400


def test_any_sdk_error_can_be_queued(client: CognitoIdentityProviderClient) -> None:
    with Stubber(client) as stub:
        stub.add_client_error(
            client.sign_up, ConnectionFailedError("network down", url="https://cognito")
        )
        with pytest.raises(ConnectionFailedError):
            client.sign_up(client_id="app", username="alice", password=PASSWORD)


def test_only_sdk_errors_can_be_queued(client: CognitoIdentityProviderClient) -> None:
    stub = Stubber(client)
    with pytest.raises(TypeError, match="SdkError"):
        stub.add_client_error(client.sign_up, cast(SdkError, ValueError("nope")))  # as if untyped


def test_responses_are_used_in_order(client: CognitoIdentityProviderClient) -> None:
    first, second = ConfirmSignUpResponse(), ConfirmSignUpResponse(session="x" * 20)
    with Stubber(client) as stub:
        stub.add_response(client.confirm_sign_up, first)
        stub.add_response(client.confirm_sign_up, second)
        a = client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")
        b = client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")
    assert (a, b) == (first, second) and a is first


def test_operations_without_output_answer_none(client: CognitoIdentityProviderClient) -> None:
    with Stubber(client) as stub:
        stub.add_response(
            client.admin_delete_user, None, expected_params={"user_pool_id": "eu-west-1_p"}
        )
        client.admin_delete_user(user_pool_id="eu-west-1_p", username="alice")


def test_expected_params_see_the_secret_hash_the_client_fills(clean_aws_env: None) -> None:
    client = CognitoIdentityProviderClient(region="eu-west-1", client_secret="app-secret")
    want = compute_secret_hash("app-secret", "alice", "app")
    with Stubber(client) as stub:
        stub.add_response(client.sign_up, SIGNED_UP, expected_params={"secret_hash": want})
        client.sign_up(client_id="app", username="alice", password=PASSWORD)


def test_exact_requires_every_other_parameter_unset(client: CognitoIdentityProviderClient) -> None:
    params: ConfirmSignUpParams = {
        "client_id": "app",
        "username": "alice",
        "confirmation_code": "1",
    }
    stub = Stubber(client)
    stub.add_response(
        client.confirm_sign_up, ConfirmSignUpResponse(), expected_params=params, exact=True
    )
    stub.add_response(
        client.confirm_sign_up,
        ConfirmSignUpResponse(),
        expected_params={"client_id": "app"},
        exact=True,
    )
    with pytest.raises(ParamsMismatchError) as caught, stub:
        client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")
        client.confirm_sign_up(
            client_id="app", username="alice", confirmation_code="1", force_alias_creation=True
        )
    message = str(caught.value)
    assert "  force_alias_creation: not expected (exact=True), got True" in message
    assert "  username: not expected (exact=True), got ***" in message
    assert "alice" not in message


# -- validation ---------------------------------------------------------------------------


def test_an_invalid_call_raises_validation_error_and_uses_no_stub(
    client: CognitoIdentityProviderClient,
) -> None:
    with Stubber(client) as stub:
        stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse())
        with pytest.raises(ValidationError):
            client.confirm_sign_up(client_id="", username="alice", confirmation_code="1")
        client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")


# -- failures ----------------------------------------------------------------------------------


def test_a_call_with_nothing_queued(client: CognitoIdentityProviderClient) -> None:
    with (
        pytest.raises(UnexpectedCallError, match=r"^SignUp was called, but no stub is queued$"),
        Stubber(client),
    ):
        client.sign_up(client_id="app", username="alice", password=PASSWORD)


def test_a_call_to_another_operation(client: CognitoIdentityProviderClient) -> None:
    stub = Stubber(client)
    stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse())
    with pytest.raises(UnexpectedCallError) as caught, stub:
        client.sign_up(client_id="app", username="alice", password=PASSWORD)
    assert str(caught.value) == (
        "SignUp was called, but the next stub is for ConfirmSignUp (confirm_sign_up, a response)"
    )
    with pytest.raises(PendingResponsesError) as pending:  # the stub stays queued
        stub.assert_no_pending_responses()
    assert (
        str(pending.value) == "1 queued stub not used: ConfirmSignUp (confirm_sign_up, a response)"
    )


def test_mismatched_params_name_the_operation_and_mask_secrets(
    client: CognitoIdentityProviderClient,
) -> None:
    stub = Stubber(client)
    stub.add_response(
        client.sign_up,
        SIGNED_UP,
        expected_params={"username": "bob", "password": "other-password", "client_id": "app"},
    )
    stub.add_response(client.sign_up, SIGNED_UP, expected_params={"validation_data": None})
    with pytest.raises(ParamsMismatchError) as caught, stub:
        client.sign_up(
            client_id="app",
            username="alice",
            password=PASSWORD,
            validation_data=[AttributeType(name="token", value="attr-secret")],
        )
    message = str(caught.value)
    assert message.startswith("SignUp was called with other parameters than expected:\n")
    assert "  username: expected ***, got *** (sensitive: values not shown)" in message
    assert "  password: expected ***, got *** (sensitive: values not shown)" in message
    assert "client_id" not in message  # equal: not reported
    for secret in ("alice", "bob", PASSWORD, "other-password", "attr-secret"):
        assert secret not in message


def test_non_sensitive_values_are_shown(client: CognitoIdentityProviderClient) -> None:
    stub = Stubber(client)
    stub.add_response(
        client.confirm_sign_up,
        ConfirmSignUpResponse(),
        expected_params={"force_alias_creation": True},
    )
    with pytest.raises(ParamsMismatchError) as caught, stub:
        client.confirm_sign_up(client_id="a", username="u", confirmation_code="1")
    assert "  force_alias_creation: expected True, got None" in str(caught.value)


def test_unused_stubs_fail_on_leaving_the_block(client: CognitoIdentityProviderClient) -> None:
    with pytest.raises(PendingResponsesError) as caught, Stubber(client) as stub:
        stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse())
        stub.add_client_error(client.sign_up, UsernameExistsException())
    assert str(caught.value) == (
        "2 queued stubs not used: ConfirmSignUp (confirm_sign_up, a response), "
        "SignUp (sign_up, UsernameExistsException)"
    )


def test_leaving_on_an_exception_does_not_add_a_second_failure(
    client: CognitoIdentityProviderClient,
) -> None:
    with pytest.raises(KeyError), Stubber(client) as stub:
        stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse())
        raise KeyError("the test's own failure")


def test_a_failure_the_code_under_test_swallowed_fails_on_leaving(
    client: CognitoIdentityProviderClient,
) -> None:
    def careless() -> None:
        try:
            client.sign_up(client_id="app", username="alice", password=PASSWORD)
        except Exception:  # what some applications do
            return

    with (
        pytest.raises(PendingResponsesError, match="carried on: SignUp was called, but no stub"),
        Stubber(client),
    ):
        careless()


def test_stub_assertion_errors_are_assertion_errors() -> None:
    for cls in (UnexpectedCallError, ParamsMismatchError, PendingResponsesError):
        assert issubclass(cls, StubAssertionError) and issubclass(cls, AssertionError)


def test_queueing_mistakes_are_reported_at_once(clean_aws_env: None) -> None:
    """What a type checker catches is checked at run time too, for untyped callers."""
    client = CognitoIdentityProviderClient(region="eu-west-1")
    other = CognitoIdentityProviderClient(region="eu-west-1")
    stub = Stubber(client)
    with pytest.raises(ValueError, match="another client"):
        stub.add_response(other.confirm_sign_up, ConfirmSignUpResponse())
    with pytest.raises(TypeError, match=r"queue a response of client\.list_users for each page"):
        paginate = cast("Callable[..., ListUsersResponse]", client.paginate_list_users)
        stub.add_response(paginate, ListUsersResponse())
    with pytest.raises(TypeError, match="no parameter 'usrname'"):
        misspelt = cast(ConfirmSignUpParams, {"usrname": "a"})
        stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse(), expected_params=misspelt)
    with pytest.raises(TypeError, match="needs a client"):
        Stubber(cast(CognitoIdentityProviderClient, object()))


# -- activation ------------------------------------------------------------------------------


def test_deactivated_the_client_is_as_before(client: CognitoIdentityProviderClient) -> None:
    stub = Stubber(client)
    stub.activate()
    assert "_invoke" in vars(client)
    with pytest.raises(RuntimeError, match="already stubbed"):
        Stubber(client).activate()
    stub.deactivate()
    assert "_invoke" not in vars(client)
    assert type(client)._invoke is Client._invoke
    with pytest.raises(ConnectionFailedError):  # sends again: nothing listens there
        client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")


def test_stubs_queued_before_activation_are_kept(client: CognitoIdentityProviderClient) -> None:
    stub = Stubber(client)
    stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse())
    stub.activate()
    stub.deactivate()
    with stub:
        client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")
