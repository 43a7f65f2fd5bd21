"""How many attempts each kind of failure gets (standard mode, ``max_attempts=3``).

Each row makes the local server fail every attempt the same way and counts what reached it.
The retry quota and the backoff cap are checked on ``RetryPolicy`` itself.
"""

from __future__ import annotations

import pytest

from tests.support.calls import MODES, Mode, confirm_error
from tests.support.stub_server import Fault, StubResponse, StubServer
from typedaws_runtime.errors import ProxyError, SdkError, ServiceError
from typedaws_runtime.retries import (
    MAX_BACKOFF,
    NO_RETRY_INCREMENT,
    RETRY_COST,
    RetryPolicy,
    RetryQuota,
)

TABLE: list[tuple[str, StubResponse, int]] = [
    ("HTTP 500", StubResponse(status=500, body=b"oops"), 3),
    ("HTTP 502", StubResponse(status=502, body=b"<html>bad gateway</html>"), 3),
    ("HTTP 503", StubResponse(status=503, body=b""), 3),
    ("InternalErrorException", StubResponse.aws_error("InternalErrorException", status=500), 3),
    ("TooManyRequestsException (400)", StubResponse.aws_error("TooManyRequestsException"), 3),
    ("ThrottlingException", StubResponse.aws_error("ThrottlingException"), 3),
    ("connection closed", StubResponse(fault=Fault.CLOSE), 3),
    ("connection reset mid-response", StubResponse(fault=Fault.RESET), 3),
    ("LimitExceededException", StubResponse.aws_error("LimitExceededException"), 1),
    ("CodeMismatchException", StubResponse.aws_error("CodeMismatchException"), 1),
    ("ExpiredCodeException", StubResponse.aws_error("ExpiredCodeException"), 1),
    ("TooManyFailedAttemptsException", StubResponse.aws_error("TooManyFailedAttemptsException"), 1),
    ("NotAuthorizedException", StubResponse.aws_error("NotAuthorizedException"), 1),
    ("HTTP 400 without a code", StubResponse(status=400, body=b"bad"), 1),
    ("HTTP 501", StubResponse(status=501, body=b"not implemented"), 1),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("kind", "response", "attempts"), TABLE, ids=[row[0] for row in TABLE])
def test_attempts_per_failure_kind(
    mode: Mode,
    stub: StubServer,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    response: StubResponse,
    attempts: int,
) -> None:
    # Counting attempts needs no waiting between them; the backoff has its own test below.
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry_number: 0.0)
    stub.default = response
    error = confirm_error(mode, stub.url, client={"max_attempts": 3})
    assert len(stub.requests) == attempts, kind
    assert isinstance(error, SdkError)


def test_backoff_is_full_jitter_capped_at_twenty_seconds() -> None:
    top = RetryPolicy(max_attempts=10, rand=lambda: 0.999999)
    assert [round(top.backoff(n), 3) for n in (1, 2, 3, 4, 5, 6)] == [
        1.0,
        2.0,
        4.0,
        8.0,
        16.0,
        20.0,
    ]
    assert top.backoff(30) <= MAX_BACKOFF
    assert RetryPolicy(max_attempts=3, rand=lambda: 0.0).backoff(3) == 0.0


def test_retry_quota_stops_retries_during_an_outage_and_refills_on_success() -> None:
    quota = RetryQuota(capacity=2 * RETRY_COST)
    policy = RetryPolicy(max_attempts=5, quota=quota, rand=lambda: 0.0)
    outage = ServiceError(
        code="InternalErrorException", message="", status_code=500, request_id=None
    )
    policy_retryable = RetryPolicy(
        max_attempts=5, retryable_codes=frozenset({"InternalErrorException"}), quota=quota
    )
    attempts = policy_retryable.retry(None, outage, "Op")
    assert attempts is not None and attempts.number == 2
    assert policy_retryable.retry(attempts, outage, "Op") is attempts
    assert attempts.number == 3
    # The quota is spent: a third retry is refused although attempts remain.
    assert policy_retryable.retry(attempts, outage, "Op") is None
    assert quota.available == 0
    # A success after retries gives back what they cost.
    policy_retryable.succeeded(attempts)
    assert quota.available == 2 * RETRY_COST
    assert policy.retry(None, outage, "Op") is not None  # a 500 is retryable by status too
    # A success at the first attempt (no retry state) earns one token back.
    before = quota.available
    policy.succeeded(None)
    assert quota.available == before + NO_RETRY_INCREMENT


def test_an_error_never_retried_makes_no_retry_state_and_spends_nothing() -> None:
    policy = RetryPolicy(max_attempts=3)
    mismatch = ServiceError(
        code="CodeMismatchException", message="", status_code=400, request_id=None
    )
    assert policy.retry(None, mismatch, "ConfirmSignUp") is None
    assert policy.quota.available == policy.quota.capacity
    # Attempts run out: the last one's error is raised, whatever it is.
    outage = ServiceError(
        code="InternalErrorException", message="", status_code=500, request_id=None
    )
    attempts = policy.retry(None, outage, "ConfirmSignUp")
    assert attempts is not None
    assert policy.retry(attempts, outage, "ConfirmSignUp") is attempts
    assert policy.retry(attempts, outage, "ConfirmSignUp") is None
    assert attempts.number == 3


@pytest.mark.parametrize(
    ("status", "retried"), [(407, False), (403, False), (502, True), (None, True)]
)
def test_a_proxy_refusing_the_client_is_not_retried(status: int | None, retried: bool) -> None:
    """407/403: the proxy refuses these credentials or this client, and would again; a 502 or
    a proxy that closed the connection is a connection failure like any other."""
    policy = RetryPolicy(max_attempts=3)
    error = ProxyError("proxy refused", url="https://example.com/", status=status)
    assert (policy.retry(None, error, "ConfirmSignUp") is not None) is retried
