"""Waiters: call an operation until its result says a resource reached a state.

Generated clients have a ``wait_until_<waiter>`` method per waiter of ``waiters-2.json``; it
builds the operation's request and hands it, with the waiter's ``WaiterSpec``, to ``wait``
(sync) or ``async_wait``. Semantics are botocore's:

- The operation is called, then its outcome (a response, or a ``ServiceError``) is checked
  against the acceptors in order; the first that matches decides: ``success`` returns,
  ``failure`` raises ``WaiterFailureError``, ``retry`` calls again. An outcome no acceptor
  matches is retried when it is a response, and raises ``WaiterUnexpectedError`` when it is a
  service error. Other errors (validation, transport, credentials) are raised as they are;
  the client has already retried what it retries on any call.
- ``delay`` seconds pass between calls (a fixed delay, as botocore waits); after
  ``max_attempts`` calls, or when the next call would start after ``max_wait`` seconds,
  ``WaiterTimeoutError`` is raised.
- Matchers: ``path`` compares the value of the acceptor's expression with ``expected``;
  ``pathAll`` / ``pathAny`` need a non-empty list whose items all / any equal it; ``error``
  compares the error's code (``true``: any error, ``false``: no error); ``status`` compares
  the HTTP status, which is 200 for a response read successfully (what awsJson services
  answer) and the error's status for a service error. Path matchers never match an error.

The expressions are JMESPath, compiled by the generator into functions of the typed
response (the ``path`` of each ``Acceptor``); the helpers below give those functions
JMESPath's meaning of truth, equality, order, ``length`` and ``contains``, where it differs
from Python's. One deliberate difference: ``length`` of null is null (JMESPath calls it a
type error), so a missing list makes the comparison false instead of failing the waiter.
"""

from __future__ import annotations

import time

from typedaws_runtime.errors import (
    ServiceError,
    ValidationError,
    WaiterFailureError,
    WaiterTimeoutError,
    WaiterUnexpectedError,
)
from typedaws_runtime.static_typing import TYPE_CHECKING, Generic, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence

    from typedaws_runtime.operation import OperationSpec

__all__ = ["Acceptor", "WaiterSpec", "async_wait", "wait"]

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
OrderedT = TypeVar("OrderedT", str, float)

STATES = frozenset({"success", "failure", "retry"})
MATCHERS = frozenset({"path", "pathAll", "pathAny", "error", "status"})
_PATH_MATCHERS = frozenset({"path", "pathAll", "pathAny"})


class Acceptor(Generic[ResponseT]):
    """One acceptor of a waiter: the state it leads to when its matcher matches."""

    __slots__ = ("argument", "expected", "matcher", "path", "state")

    def __init__(
        self,
        *,
        state: str,
        matcher: str,
        expected: object,
        argument: str | None = None,
        path: Callable[[ResponseT], object] | None = None,
    ) -> None:
        if state not in STATES or matcher not in MATCHERS:
            raise ValueError(f"unknown acceptor state {state!r} or matcher {matcher!r}")
        if (path is None) == (matcher in _PATH_MATCHERS):
            raise ValueError(f"a {matcher} acceptor needs a path exactly when it is a path one")
        self.state = state
        self.matcher = matcher
        self.expected = expected
        """The value the matcher compares with: a JSON value, an error code or a status."""
        self.argument = argument
        """The JMESPath expression of a path matcher, as the model writes it."""
        self.path = path
        """The expression, compiled: the value it selects from a response."""

    def matches_response(self, response: ResponseT) -> bool:
        """Whether a call's response matches."""
        matcher, expected = self.matcher, self.expected
        if matcher == "error":
            return expected is False
        if matcher == "status":
            return expected == 200
        if self.path is None:
            return False
        value = self.path(response)
        if matcher == "path":
            return value == expected
        if not isinstance(value, list) or not value:
            return False
        items = cast("list[object]", value)
        if matcher == "pathAll":
            return all(item == expected for item in items)
        return any(item == expected for item in items)

    def matches_error(self, error: ServiceError) -> bool:
        """Whether a call's service error matches (path matchers never do)."""
        matcher, expected = self.matcher, self.expected
        if matcher == "error":
            return expected is True or error.code == expected
        if matcher == "status":
            return error.status_code == expected
        return False

    def explanation(self) -> str:
        """What matched, for messages: the expression and expected value come from the model."""
        if self.matcher in _PATH_MATCHERS:
            scope = {"path": "", "pathAll": "every item of ", "pathAny": "an item of "}
            return f"{scope[self.matcher]}{self.argument} is {self.expected!r}"
        if self.matcher == "status":
            return f"HTTP status {self.expected}"
        if self.expected is True:
            return "an error"
        return f"error {self.expected}" if self.expected is not False else "no error"

    def __repr__(self) -> str:
        return f"Acceptor({self.state}: {self.explanation()})"


class WaiterSpec(Generic[RequestT, ResponseT]):
    """A waiter of ``waiters-2.json``: the operation it calls, how often, and its acceptors.

    Pure data, like ``OperationSpec``; ``wait`` and ``async_wait`` run it.
    """

    __slots__ = ("acceptors", "delay", "max_attempts", "name", "operation")

    def __init__(
        self,
        *,
        name: str,
        operation: OperationSpec[RequestT, ResponseT],
        delay: float,
        max_attempts: int,
        acceptors: Sequence[Acceptor[ResponseT]],
    ) -> None:
        self.name = name
        self.operation = operation
        self.delay = delay
        """The model's seconds between calls: the default of the client method's ``delay``."""
        self.max_attempts = max_attempts
        """The model's number of calls: the default of ``max_attempts``."""
        self.acceptors = tuple(acceptors)

    def __repr__(self) -> str:
        return f"WaiterSpec(name={self.name!r}, operation={self.operation.name!r})"


class _Waiting(Generic[RequestT, ResponseT]):
    """One run of a waiter: the checked controls, the calls made, and each decision."""

    __slots__ = ("_deadline", "attempts", "delay", "max_attempts", "spec")

    def __init__(
        self,
        spec: WaiterSpec[RequestT, ResponseT],
        request: RequestT,
        delay: float,
        max_attempts: int,
        max_wait: float | None,
    ) -> None:
        problems: list[str] = []
        if isinstance(delay, bool) or not delay >= 0:
            problems.append("delay: must be a number of seconds, at least 0")
        if isinstance(max_attempts, bool) or max_attempts < 1:
            problems.append("max_attempts: must be at least 1")
        if max_wait is not None and (isinstance(max_wait, bool) or not max_wait > 0):
            problems.append("max_wait: must be a positive number of seconds (or None)")
        # The request is checked before the first call, as a plain call checks it, so that a
        # bad argument is reported together with bad controls.
        spec.operation.validate(request, "", problems, True)
        if problems:
            raise ValidationError(spec.operation.name, problems)
        self.spec = spec
        self.delay = delay
        self.max_attempts = max_attempts
        self.attempts = 0
        self._deadline = None if max_wait is None else time.monotonic() + max_wait

    def after_response(self, response: ResponseT) -> bool:
        """Account for a call that returned ``response``: True when the waiter succeeded,
        False to call again after ``delay``; raises the ``WaiterError`` that ends the wait."""
        found = next((a for a in self.spec.acceptors if a.matches_response(response)), None)
        return self._decide(found, response, None)

    def after_error(self, error: ServiceError) -> bool:
        """The same, for a call that failed with ``error``."""
        found = next((a for a in self.spec.acceptors if a.matches_error(error)), None)
        if found is None:
            spec = self.spec
            reason = f"{spec.operation.name} failed with {error.code}, which no acceptor expects"
            raise WaiterUnexpectedError(
                spec.name, reason, attempts=self.attempts + 1, last_error=error
            ) from error
        return self._decide(found, None, error)

    def _decide(
        self,
        matched: Acceptor[ResponseT] | None,
        response: ResponseT | None,
        error: ServiceError | None,
    ) -> bool:
        self.attempts += 1
        spec = self.spec
        if matched is not None and matched.state == "success":
            return True
        reason = ""
        if matched is not None and matched.state == "failure":
            reason = f"{matched.explanation()}, which it does not recover from"
            raise WaiterFailureError(
                spec.name, reason, attempts=self.attempts, last_response=response, last_error=error
            ) from error
        if self.attempts >= self.max_attempts:
            reason = f"max_attempts ({self.max_attempts}) reached"
        elif self._deadline is not None and time.monotonic() + self.delay > self._deadline:
            reason = "the next call would start after max_wait"
        if reason:
            raise WaiterTimeoutError(
                spec.name, reason, attempts=self.attempts, last_response=response, last_error=error
            ) from error
        return False


def wait(
    invoke: Callable[[OperationSpec[RequestT, ResponseT], RequestT], ResponseT],
    spec: WaiterSpec[RequestT, ResponseT],
    request: RequestT,
    *,
    delay: float,
    max_attempts: int,
    max_wait: float | None = None,
) -> ResponseT | None:
    """Call the operation until the waiter succeeds; the last response (None when an error
    acceptor, such as a table's ResourceNotFoundException, is what succeeded)."""
    waiting = _Waiting(spec, request, delay, max_attempts, max_wait)
    while True:
        try:
            response = invoke(spec.operation, request)
        except ServiceError as error:
            if waiting.after_error(error):
                return None
        else:
            if waiting.after_response(response):
                return response
        time.sleep(waiting.delay)


async def async_wait(
    invoke: Callable[[OperationSpec[RequestT, ResponseT], RequestT], Awaitable[ResponseT]],
    spec: WaiterSpec[RequestT, ResponseT],
    request: RequestT,
    *,
    delay: float,
    max_attempts: int,
    max_wait: float | None = None,
) -> ResponseT | None:
    """``wait`` for asynchronous clients: the calls are awaited, and so are the delays."""
    import asyncio  # here: a sync program that waits never imports asyncio

    waiting = _Waiting(spec, request, delay, max_attempts, max_wait)
    while True:
        try:
            response = await invoke(spec.operation, request)
        except ServiceError as error:
            if waiting.after_error(error):
                return None
        else:
            if waiting.after_response(response):
                return response
        await asyncio.sleep(waiting.delay)


def responded(spec: WaiterSpec[RequestT, ResponseT], response: ResponseT | None) -> ResponseT:
    """The response of a waiter whose every success acceptor matches a response (never an
    error), which the client method returns typed as the response."""
    if response is None:
        raise TypeError(f"waiter {spec.name} succeeded without a response")
    return response


# --------------------------------------------------------------------------------------------
# JMESPath's meaning, for the compiled expressions


def truthy(value: object) -> bool:
    """JMESPath's truth: false, null, ``""``, ``[]`` and ``{}`` are false; 0 is true."""
    if value is None or value is False:
        return False
    if isinstance(value, (str, list, dict)):
        return len(value) > 0  # pyright: ignore[reportUnknownArgumentType]  # a sized value of any items
    return True


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def equals(left: object, right: object) -> bool:
    """JMESPath's ``==``: Python's, except that a boolean never equals a number."""
    if isinstance(left, bool) != isinstance(right, bool) and (_number(left) or _number(right)):
        return False
    return left == right


def compare(op: str, left: object, right: object) -> bool | None:
    """JMESPath's ``<``, ``<=``, ``>``, ``>=`` (``op``): between two numbers or two
    strings; null between anything else."""
    if isinstance(left, str) and isinstance(right, str):
        return _order(op, left, right)
    if _number(left) and _number(right):
        return _order(op, float(cast("float", left)), float(cast("float", right)))
    return None


def _order(op: str, a: OrderedT, b: OrderedT) -> bool:
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def length(value: object) -> int | None:
    """``length()`` of a string, list or object; null for anything else (see the module)."""
    if isinstance(value, (str, list, dict)):
        return len(value)  # pyright: ignore[reportUnknownArgumentType]  # a sized value of any items
    return None


def contains(subject: object, search: object) -> bool | None:
    """``contains()``: a list holding ``search``, or a string holding it as a substring."""
    if isinstance(subject, str):
        return isinstance(search, str) and search in subject
    if isinstance(subject, list):
        items: list[object] = subject  # pyright: ignore[reportUnknownVariableType]  # items of any type
        return any(equals(item, search) for item in items)
    return None


def project(values: Sequence[ItemT] | None, each: Callable[[ItemT], object]) -> list[object] | None:
    """A projection (``list[].field``): ``each`` of every item, nulls left out; null when
    there is no list."""
    if values is None:
        return None
    return [v for v in map(each, values) if v is not None]


def select(values: Sequence[ItemT] | None, keep: Callable[[ItemT], object]) -> list[ItemT] | None:
    """A filter (``list[?condition]``): the items for which ``keep`` is true (JMESPath's
    truth); null when there is no list."""
    if values is None:
        return None
    return [v for v in values if truthy(keep(v))]
