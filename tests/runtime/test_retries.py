"""Retries as DESIGN.md asks: standard mode, ``max_attempts`` total attempts, sync and async.

Retried: 5xx, throttling (Cognito's ``TooManyRequestsException`` comes as HTTP 400) and
connection errors. Never retried: ``CodeMismatchException``, ``ExpiredCodeException``,
``LimitExceededException``, ``TooManyFailedAttemptsException``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import (
    CodeMismatchException,
    ExpiredCodeException,
    InternalErrorException,
    LimitExceededException,
    TooManyFailedAttemptsException,
)
from tests.support.calls import MINIMAL, MODES, Mode, confirm, confirm_error
from tests.support.stub_server import Fault, StubResponse, StubServer
from typedaws_runtime.errors import ConnectionFailedError
from typedaws_runtime.retries import INITIAL_QUOTA, NO_RETRY_INCREMENT

pytestmark = pytest.mark.parametrize("mode", MODES)

OK = StubResponse.json({"Session": "s" * 24})


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(StubResponse(status=500, body=b"Internal Server Error"), id="500-text"),
        pytest.param(StubResponse.aws_error("InternalErrorException", status=500), id="500"),
        pytest.param(StubResponse(status=503, body=b""), id="503"),
        pytest.param(StubResponse.aws_error("TooManyRequestsException"), id="throttled-400"),
        pytest.param(StubResponse(fault=Fault.CLOSE), id="connection-closed"),
    ],
)
def test_retryable_failure_then_success(
    mode: Mode, stub: StubServer, failure: StubResponse
) -> None:
    stub.enqueue(failure, OK)
    response = confirm(mode, stub.url, client={"max_attempts": 3})
    assert response.session == "s" * 24
    assert len(stub.requests) == 2
    assert stub.requests[0].body == stub.requests[1].body


def test_gives_up_after_max_attempts(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.aws_error("InternalErrorException", status=500)
    exc = confirm_error(mode, stub.url, client={"max_attempts": 2})
    assert type(exc) is InternalErrorException
    assert len(stub.requests) == 2


def test_max_attempts_one_means_no_retry(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(fault=Fault.CLOSE)
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert type(exc) is ConnectionFailedError
    assert len(stub.requests) == 1


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("CodeMismatchException", CodeMismatchException),
        ("ExpiredCodeException", ExpiredCodeException),
        ("LimitExceededException", LimitExceededException),
        ("TooManyFailedAttemptsException", TooManyFailedAttemptsException),
    ],
)
def test_never_retried(mode: Mode, stub: StubServer, code: str, cls: type[Exception]) -> None:
    stub.default = StubResponse.aws_error(code)
    exc = confirm_error(mode, stub.url, client={"max_attempts": 3})
    assert type(exc) is cls
    assert len(stub.requests) == 1


def test_each_retry_is_a_debug_record(
    mode: Mode, stub: StubServer, caplog: pytest.LogCaptureFixture
) -> None:
    stub.enqueue(StubResponse.aws_error("InternalErrorException", status=500), OK)
    with caplog.at_level("DEBUG", logger="typedaws_runtime"):
        confirm(mode, stub.url, client={"max_attempts": 3})
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 1
    assert retries[0].startswith("ConfirmSignUp: attempt 1 failed (InternalErrorException); ")


def test_successes_give_the_retry_quota_back(mode: Mode, stub: StubServer) -> None:
    """A retried call's success returns what its retry cost; a first-try success adds one."""
    stub.enqueue(StubResponse.aws_error("InternalErrorException", status=500), OK, OK)

    async def calls(client: AsyncCognitoIdentityProviderClient) -> list[int]:
        quota = client._core.retry_policy.quota
        seen: list[int] = []
        for _ in range(2):
            await client.confirm_sign_up(**MINIMAL)
            seen.append(quota.available)
        return seen

    options: dict[str, Any] = {"region": "eu-west-1", "endpoint_url": stub.url}
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as sync_client:
            quota = sync_client._core.retry_policy.quota
            quota.available -= 3  # as if earlier calls had spent some
            seen = []
            for _ in range(2):
                sync_client.confirm_sign_up(**MINIMAL)
                seen.append(quota.available)
    else:

        async def run() -> list[int]:
            async with AsyncCognitoIdentityProviderClient(**options) as client:
                client._core.retry_policy.quota.available -= 3
                return await calls(client)

        seen = asyncio.run(run())
    full = INITIAL_QUOTA
    # First call: 3 short, its retry spends RETRY_COST and its success gives it back;
    # second call: a first-try success adds NO_RETRY_INCREMENT.
    assert seen == [full - 3, full - 3 + NO_RETRY_INCREMENT]
