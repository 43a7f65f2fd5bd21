"""AWS "standard" retry mode: which failures to retry, how long to wait, and a retry quota.

One ``RetryPolicy`` per client (its quota is shared by every call of that client), asked
after each failure whether and when to try again; one ``Attempts`` per call that is retried.
The sync and async clients differ only in how they wait.
"""

from __future__ import annotations

import _thread
from collections.abc import Callable

from typedaws_runtime import log
from typedaws_runtime.errors import (
    ConnectionFailedError,
    ProxyError,
    ResponseParseError,
    SdkError,
    ServiceError,
    TransportTimeoutError,
)

MAX_BACKOFF = 20.0
"""Seconds: the cap of the exponential backoff."""

INITIAL_QUOTA = 500
RETRY_COST = 5
TIMEOUT_RETRY_COST = 10
NO_RETRY_INCREMENT = 1

THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
"""Error codes AWS SDKs treat as throttling (a service may exclude some, see ``RetryPolicy``)."""

TRANSIENT_CODES = frozenset({"RequestTimeout", "RequestTimeoutException", "InternalError"})
TRANSIENT_STATUS = frozenset({500, 502, 503, 504})


class RetryQuota:
    """Tokens spent by retries and earned back by successes, so outages do not multiply load."""

    def __init__(self, capacity: int = INITIAL_QUOTA) -> None:
        self.capacity: int = capacity
        self.available: int = capacity
        self._lock = _thread.allocate_lock()  # not threading (see typedaws_runtime's import budget)

    def acquire(self, cost: int) -> bool:
        with self._lock:
            if cost > self.available:
                return False
            self.available -= cost
            return True

    def release(self, amount: int) -> None:
        if self.available >= self.capacity:
            return  # full already (the usual case): no lock needed to change nothing
        with self._lock:
            self.available = min(self.capacity, self.available + amount)


class RetryPolicy:
    """Which failures a client retries, after how long, within which quota."""

    def __init__(
        self,
        *,
        max_attempts: int,
        retryable_codes: frozenset[str] = frozenset(),
        non_retryable_codes: frozenset[str] = frozenset(),
        quota: RetryQuota | None = None,
        rand: Callable[[], float] | None = None,
    ) -> None:
        self.max_attempts: int = max_attempts
        self.retryable_codes: frozenset[str] = (
            THROTTLING_CODES | TRANSIENT_CODES | retryable_codes
        ) - (non_retryable_codes)
        self.non_retryable_codes: frozenset[str] = non_retryable_codes
        self.quota: RetryQuota = quota or RetryQuota()
        self.rand: Callable[[], float] | None = rand
        """The source of jitter in [0, 1); ``random.random`` (imported on first retry) if None."""

    def cost_of(self, error: SdkError) -> int | None:
        """Quota cost of retrying after ``error``, or None when it must not be retried."""
        if isinstance(error, ServiceError):  # the usual failure first
            if error.code in self.non_retryable_codes:
                return None
            if error.code in self.retryable_codes or error.status_code in TRANSIENT_STATUS:
                return RETRY_COST
            return None
        if isinstance(error, TransportTimeoutError):
            return TIMEOUT_RETRY_COST
        if isinstance(error, ConnectionFailedError):
            if isinstance(error, ProxyError) and error.status in (403, 407):
                return None  # the proxy refuses this client: it would again
            return RETRY_COST
        if isinstance(error, ResponseParseError) and error.status_code in TRANSIENT_STATUS:
            return RETRY_COST
        return None

    def backoff(self, retry_number: int) -> float:
        """Full jitter: uniform in [0, min(MAX_BACKOFF, 2 ** (retry_number - 1))) seconds."""
        rand = self.rand
        if rand is None:
            import random

            rand = self.rand = random.random
        return rand() * min(MAX_BACKOFF, 2.0 ** (retry_number - 1))

    def retry(self, attempts: Attempts | None, error: SdkError, operation: str) -> Attempts | None:
        """After ``error``, the call's retry state for one more attempt (``delay``: the seconds
        to wait first), or None to give up and raise ``error``.

        ``attempts`` is None until the first retry: a call that succeeds at once, or fails
        with an error that is never retried, makes no retry state at all.
        """
        number = 1 if attempts is None else attempts.number
        if number >= self.max_attempts:
            return None
        cost = self.cost_of(error)
        if cost is None or not self.quota.acquire(cost):
            return None
        if attempts is None:
            attempts = Attempts(operation)
        attempts.spent += cost
        attempts.delay = self.backoff(number)
        log.debug(
            "%s: attempt %d failed (%s); retrying in %.3f s",
            operation,
            number,
            type(error).__name__,
            attempts.delay,
        )
        attempts.number = number + 1
        return attempts

    def succeeded(self, attempts: Attempts | None) -> None:
        """A call ended well: give back what its retries cost, or a token if it had none."""
        spent = attempts.spent if attempts is not None else 0
        self.quota.release(spent or NO_RETRY_INCREMENT)


class Attempts:
    """The retry state of one call that has been retried."""

    __slots__ = ("delay", "number", "operation", "spent")

    def __init__(self, operation: str) -> None:
        self.operation: str = operation
        self.number: int = 1
        """The attempt under way (1 for the first)."""
        self.spent: int = 0
        """Quota tokens this call's retries took."""
        self.delay: float = 0.0
        """Seconds to wait before the attempt under way."""
