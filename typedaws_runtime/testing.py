"""Stubbing a client in tests: responses and errors queued in order, each call checked against
the next one, nothing sent.

A generated package's ``testing`` module subclasses ``Stubber`` with the types that tie each
client method to its response and parameters (so a wrong response or parameter is a type
error); this module holds what does not depend on the service.

How: while active, the stubber sets an instance attribute ``_invoke`` on the client, which
shadows the class's method. Every method of the client, and every paginator made from it while
the stubber is active, calls it instead of sending anything. Deactivated, the attribute is gone
and the client is exactly as before: a client that is not stubbed pays nothing.

Each call is first completed and validated as a real call is (``ClientCore.prepare``: the
model's constraints, ``secret_hash`` filled from the client's secret), so an invalid call
raises ``ValidationError`` exactly as it would in production, before any stub is consumed
(production sends nothing then, so no response would be used up). Then the next stub is
checked: its operation, then its expected parameters; a failure raises a
``StubAssertionError`` and leaves the stub queued.
"""

from __future__ import annotations

import _thread
from collections import deque
from collections.abc import Callable, Mapping

from typedaws_runtime.client import AsyncClient, Client
from typedaws_runtime.errors import SdkError
from typedaws_runtime.redact import redact
from typedaws_runtime.static_typing import TYPE_CHECKING, Generic, TypeVar, cast

if TYPE_CHECKING:
    from types import TracebackType
    from typing import NoReturn, Self

    from typedaws_runtime.operation import OperationSpec

__all__ = [
    "Operation",
    "ParamsMismatchError",
    "PendingResponsesError",
    "StubAssertionError",
    "Stubber",
    "UnexpectedCallError",
]

ClientT = TypeVar("ClientT", bound="Client | AsyncClient")
RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")

MASK = "***"
"""What a sensitive value is shown as, as ``typedaws_runtime.redact`` masks it."""


class StubAssertionError(AssertionError):
    """A stubbed client was called otherwise than the test queued (an ``AssertionError``, so
    test runners report it as a failed assertion)."""


class UnexpectedCallError(StubAssertionError):
    """A call with no stub queued, or for another operation than the next stub's."""


class ParamsMismatchError(StubAssertionError):
    """A call whose parameters differ from those the next stub expects."""


class PendingResponsesError(StubAssertionError):
    """Stubs queued but never used, or a failure the code under test caught and went on."""


class Operation:
    """What the stubber needs to know about one client method: its operation's name, its
    parameters, and which of them hold secrets (their values never appear in messages)."""

    __slots__ = ("name", "params", "sensitive")

    def __init__(self, name: str, params: str, sensitive: str) -> None:
        """``params`` and ``sensitive``: parameter names separated by spaces."""
        self.name = name
        self.params = frozenset(params.split())
        self.sensitive = frozenset(sensitive.split())


class _Stub:
    """One queued answer: a response or an error, and the parameters expected."""

    __slots__ = ("error", "exact", "expected", "method", "operation", "response")

    def __init__(
        self,
        operation: Operation,
        method: str,
        response: object,
        error: SdkError | None,
        expected: Mapping[str, object] | None,
        exact: bool,
    ) -> None:
        self.operation = operation
        self.method = method
        self.response = response
        self.error = error
        self.expected = expected
        self.exact = exact

    def describe(self) -> str:
        answer = type(self.error).__name__ if self.error is not None else "a response"
        return f"{self.operation.name} ({self.method}, {answer})"


class Stubber(Generic[ClientT]):
    """Queue answers for a client's calls; the generated ``<package>.testing.Stubber`` gives
    ``add_response`` and ``add_client_error`` their per-operation types.

    Use it as a context manager (``with Stubber(client) as stub:``), which activates it and, on
    leaving a block that did not raise, checks that every stub was used; or call
    ``activate()`` and ``deactivate()`` yourself. Stubs can be queued before or after
    activation.
    """

    _operations: Mapping[str, Operation] = {}
    """Client method name -> its operation; set by the generated subclass."""

    def __init__(self, client: ClientT) -> None:
        if not isinstance(cast(object, client), (Client, AsyncClient)):
            raise TypeError(f"Stubber needs a client, not {type(client).__name__}")
        self.client: ClientT = client
        """The stubbed client: pass it to the code under test."""
        self._queue: deque[_Stub] = deque()
        self._failure: StubAssertionError | None = None
        self._lock = _thread.allocate_lock()
        self._invoke: object = None

    # -- queueing ----------------------------------------------------------------------------

    def _operation(self, method: Callable[..., object]) -> tuple[Operation, str]:
        """The operation a bound method of the stubbed client calls, and the method's name."""
        owner = getattr(method, "__self__", None)
        name = getattr(method, "__name__", "")
        if owner is None:
            raise TypeError(f"pass a method of the client (client.{name or 'sign_up'}), bound")
        if owner is not self.client:
            raise ValueError(f"{name} is a method of another client than the one stubbed")
        operation = self._operations.get(name)
        if operation is None:
            if name.startswith("paginate_"):
                raise TypeError(
                    f"{name} sends {name.removeprefix('paginate_')} once per page: queue a "
                    f"response of client.{name.removeprefix('paginate_')} for each page"
                )
            raise TypeError(f"{name} is not a method that calls the service")
        return operation, name

    def _add(
        self,
        method: Callable[..., object],
        response: object,
        error: SdkError | None,
        expected_params: Mapping[str, object] | None,
        exact: bool,
    ) -> None:
        operation, name = self._operation(method)
        if expected_params is not None:
            unknown = sorted(k for k in expected_params if k not in operation.params)
            if unknown:
                raise TypeError(f"{name} has no parameter {', '.join(map(repr, unknown))}")
            expected_params = dict(expected_params)  # the caller's later changes do not count
        elif exact:
            expected_params = {}
        with self._lock:
            self._queue.append(_Stub(operation, name, response, error, expected_params, exact))

    def _add_response(
        self,
        method: Callable[..., object],
        response: object,
        expected_params: Mapping[str, object] | None,
        exact: bool,
    ) -> None:
        self._add(method, response, None, expected_params, exact)

    def _add_client_error(
        self,
        method: Callable[..., object],
        error: SdkError,
        expected_params: Mapping[str, object] | None,
        exact: bool,
    ) -> None:
        if not isinstance(cast(object, error), SdkError):
            raise TypeError(
                f"add_client_error takes an instance of an SdkError subclass (a modelled error "
                f"of the service, for instance), not {type(error).__name__}"
            )
        self._add(method, None, error, expected_params, exact)

    # -- checking ----------------------------------------------------------------------------

    def assert_no_pending_responses(self) -> None:
        """Raise ``PendingResponsesError`` if a queued stub was not used, or if a call failed
        its check and the code under test caught the ``StubAssertionError`` and carried on
        (an ``except Exception`` would otherwise hide the failure)."""
        failure = self._failure
        problems: list[str] = []
        if failure is not None:
            problems.append(f"a stubbed call failed and the code under test carried on: {failure}")
        with self._lock:
            pending = [stub.describe() for stub in self._queue]
        if pending:
            plural = "s" if len(pending) > 1 else ""
            problems.append(f"{len(pending)} queued stub{plural} not used: {', '.join(pending)}")
        if problems:
            raise PendingResponsesError("\n".join(problems)) from failure

    def _fail(self, error: StubAssertionError) -> NoReturn:
        if self._failure is None:
            self._failure = error
        raise error

    def _answer(self, spec: OperationSpec[RequestT, ResponseT], request: RequestT) -> ResponseT:
        """What the stubbed client's ``_invoke`` does: validate, check, answer."""
        core = self.client._core  # pyright: ignore[reportPrivateUsage]  # the client's own steps
        request, _ = core.prepare(spec, request)  # raises ValidationError before anything else
        with self._lock:
            if not self._queue:
                self._fail(UnexpectedCallError(f"{spec.name} was called, but no stub is queued"))
            stub = self._queue[0]
            if stub.operation.name != spec.name:
                self._fail(
                    UnexpectedCallError(
                        f"{spec.name} was called, but the next stub is for {stub.describe()}"
                    )
                )
            if stub.expected is not None:
                found = _differences(stub, request)
                if found:
                    secrets: list[object] = []
                    if spec.secrets is not None:
                        spec.secrets(request, secrets)
                    secrets += [
                        v for k, v in stub.expected.items() if k in stub.operation.sensitive
                    ]
                    text = f"{spec.name} was called with other parameters than expected:\n"
                    self._fail(ParamsMismatchError(redact(text + "\n".join(found), secrets)))
            self._queue.popleft()
        if stub.error is not None:
            raise stub.error
        return cast("ResponseT", stub.response)

    # -- activation --------------------------------------------------------------------------

    def activate(self) -> None:
        """Answer the client's calls from the queue from now on."""
        client = cast("Client | AsyncClient", self.client)
        attributes = vars(client)
        if "_invoke" in attributes:
            raise RuntimeError(f"{client!r} is already stubbed")
        answer = self._answer
        invoke: object
        if isinstance(client, AsyncClient):

            async def invoke_async(
                spec: OperationSpec[RequestT, ResponseT], request: RequestT
            ) -> ResponseT:
                return answer(spec, request)

            invoke = invoke_async
        else:
            invoke = answer
        attributes["_invoke"] = self._invoke = invoke

    def deactivate(self) -> None:
        """Let the client send its calls again; queued stubs stay for a later ``activate()``."""
        attributes = vars(self.client)
        if self._invoke is not None and attributes.get("_invoke") is self._invoke:
            del attributes["_invoke"]
        self._invoke = None

    def __enter__(self) -> Self:
        self.activate()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.deactivate()
        if exc is not None and exc is self._failure:
            self._failure = None  # it reached the test: nothing was hidden
        if exc_type is None:
            self.assert_no_pending_responses()


def _differences(stub: _Stub, request: object) -> list[str]:
    """One line per parameter that differs from what ``stub`` expects, secrets masked."""
    expected = stub.expected or {}
    sensitive = stub.operation.sensitive
    fields: dict[str, object] = vars(request) if request is not None else {}

    def show(name: str, value: object) -> str:
        return MASK if name in sensitive and value is not None else repr(value)

    found: list[str] = []
    for name, want in expected.items():
        got = fields.get(name)
        if got != want:
            note = " (sensitive: values not shown)" if name in sensitive else ""
            found.append(f"  {name}: expected {show(name, want)}, got {show(name, got)}{note}")
    if stub.exact:
        for name, got in fields.items():
            if name not in expected and got is not None:
                found.append(f"  {name}: not expected (exact=True), got {show(name, got)}")
    return found
