"""Interceptors: code of yours called at fixed points of every call, on both clients.

Hook names and order follow the AWS SDKs' interceptor specification (as smithy-python and
aws-sdk-rust name them). For one call, with ``interceptors=[a, b]`` given to the client:

1. ``read_before_execution``: once, before the request is validated.
2. For each attempt (a retried call has several):
   ``modify_before_transmit`` (signed request in, the request to send out: add a header here),
   ``read_after_transmit`` (the HTTP response arrived; not called when none did),
   ``read_after_attempt`` (the attempt's outcome: the parsed response or the error).
3. ``read_after_execution``: once, last, with the call's outcome, the number of attempts and the
   time taken; also after a call that failed before any attempt (invalid request, or a hook that
   raised).

Each hook runs for ``a`` then ``b``. An interceptor subclasses ``Interceptor`` and overrides
only the hooks it needs. Hooks are plain functions on both clients: they must not block for
long. An error a hook raises ends the call with that error (it is never retried); the
``read_after_execution`` hooks still see it, and an error raised there replaces the outcome.

Every hook gets the one ``CallContext`` of the call. Its type parameters say what the hook may
rely on, as smithy-python's do: the request's model, the outcome (the response's model or the
error), the HTTP request and the HTTP response; ``None`` where that hook comes too early.
``context.properties`` keeps what an interceptor wants to carry from one hook to a later one
(a span, a start time). A client without interceptors pays nothing for this module.
"""

from __future__ import annotations

from time import monotonic

from typedaws_runtime.static_typing import TYPE_CHECKING, Generic, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from typedaws_runtime.http import HttpRequest, HttpResponse

__all__ = ["CallContext", "Interceptor", "Interceptors"]

RequestT = TypeVar("RequestT", covariant=True)
OutcomeT = TypeVar("OutcomeT", covariant=True)
HttpRequestT = TypeVar("HttpRequestT", covariant=True)
HttpResponseT = TypeVar("HttpResponseT", covariant=True)


class CallContext(Generic[RequestT, OutcomeT, HttpRequestT, HttpResponseT]):
    """One call as the interceptors see it; the same object through all the call's hooks."""

    __slots__ = (
        "_http_request",
        "_http_response",
        "_outcome",
        "_request",
        "attempts",
        "elapsed",
        "operation",
        "properties",
        "service",
        "started",
    )

    def __init__(self, service: str, operation: str, request: object) -> None:
        self.service = service
        """The service's id in the model (``Cognito Identity Provider``)."""
        self.operation = operation
        """The operation's name in the model (``ConfirmSignUp``)."""
        self._request: object = request
        self._outcome: object = None
        self._http_request: HttpRequest | None = None
        self._http_response: HttpResponse | None = None
        self.attempts = 0
        """Attempts begun so far: 1 during the first, 0 before it."""
        self.started = monotonic()
        """``time.monotonic()`` when the call began."""
        self.elapsed = 0.0
        """Seconds the whole call took; set for ``read_after_execution``."""
        self.properties: dict[str, object] = {}
        """Yours: what an interceptor carries from one hook to a later one."""

    @property
    def request(self) -> RequestT:
        """The request's model, as the caller gave it."""
        return self._request  # type: ignore[return-value]  # the hook's type parameter says what it is

    @property
    def outcome(self) -> OutcomeT:
        """The response's model, or the error that ended the attempt or the call."""
        return self._outcome  # type: ignore[return-value]  # as for ``request``

    @property
    def http_request(self) -> HttpRequestT:
        """The HTTP request of the current (or last) attempt, signed."""
        return self._http_request  # type: ignore[return-value]  # as for ``request``

    @property
    def http_response(self) -> HttpResponseT:
        """The HTTP response of the current (or last) attempt."""
        return self._http_response  # type: ignore[return-value]  # as for ``request``

    def __repr__(self) -> str:
        # Names only: the request and the HTTP exchange may carry secrets.
        return (
            f"CallContext(service={self.service!r}, operation={self.operation!r}, "
            f"attempts={self.attempts})"
        )


class Interceptor:
    """Override the hooks you need; the others do nothing."""

    def read_before_execution(self, context: CallContext[object, None, None, None]) -> None:
        """Once per call, first, before the request is validated."""

    def modify_before_transmit(
        self, context: CallContext[object, None, HttpRequest, None]
    ) -> HttpRequest:
        """Each attempt: return the request to send (``context.http_request`` unchanged, or
        a new ``HttpRequest``). It is already signed: headers added here are not."""
        return context.http_request

    def read_after_transmit(
        self, context: CallContext[object, None, HttpRequest, HttpResponse]
    ) -> None:
        """Each attempt that got an HTTP response, before it is read."""

    def read_after_attempt(
        self, context: CallContext[object, object, HttpRequest, HttpResponse | None]
    ) -> None:
        """Each attempt, after it ended: ``context.outcome`` is the response's model or the
        error (which may still be retried)."""

    def read_after_execution(
        self, context: CallContext[object, object, HttpRequest | None, HttpResponse | None]
    ) -> None:
        """Once per call, last: ``context.outcome`` is the response's model or the error the
        call raises; ``context.attempts`` and ``context.elapsed`` say what it took."""


_Context = CallContext[object, object, object, object]
"""The context as the client holds it; each hook is given the view its phase allows."""

_ViewT = TypeVar("_ViewT")
_ResultT = TypeVar("_ResultT")


class Interceptors:
    """The interceptors of one client (what the client keeps of ``interceptors=``)."""

    __slots__ = ("_all", "_service")

    def __init__(self, service: str, interceptors: Sequence[Interceptor]) -> None:
        self._service = service
        self._all = tuple(interceptors)

    def call(self, operation: str, request: object) -> Intercepted:
        """The hooks of one call, with its context."""
        return Intercepted(self._all, self._service, operation, request)


class Intercepted(CallContext[object, object, object, object]):
    """One call's context, and the running of its hooks, in the interceptors' order, at each
    point the client reaches (hooks see it as the ``CallContext`` their phase allows).

    An error a hook raises is noted as it propagates, so that the retry loop can tell it from
    the call's own errors and not retry it (``raised``).
    """

    __slots__ = ("_all", "_hook_error")

    def __init__(
        self, interceptors: tuple[Interceptor, ...], service: str, operation: str, request: object
    ) -> None:
        super().__init__(service, operation, request)
        self._all = interceptors
        self._hook_error: BaseException | None = None

    def raised(self, error: BaseException) -> bool:
        """Whether ``error`` came from a hook (then it ends the call, never retried)."""
        return error is self._hook_error

    def _run(self, hook: Callable[[_ViewT], _ResultT], view: _ViewT) -> _ResultT:
        try:
            return hook(view)
        except BaseException as error:
            self._hook_error = error
            raise

    def before_execution(self) -> None:
        view = cast("CallContext[object, None, None, None]", self)
        for interceptor in self._all:
            self._run(interceptor.read_before_execution, view)

    def before_transmit(self, request: HttpRequest) -> HttpRequest:
        self.attempts += 1
        self._http_request = request
        self._http_response = None
        self._outcome = None
        view = cast("CallContext[object, None, HttpRequest, None]", self)
        for interceptor in self._all:
            self._http_request = self._run(interceptor.modify_before_transmit, view)
        return view.http_request

    def after_transmit(self, response: HttpResponse) -> None:
        self._http_response = response
        view = cast("CallContext[object, None, HttpRequest, HttpResponse]", self)
        for interceptor in self._all:
            self._run(interceptor.read_after_transmit, view)

    def after_attempt(self, outcome: object) -> None:
        self._outcome = outcome
        view = cast("CallContext[object, object, HttpRequest, HttpResponse | None]", self)
        for interceptor in self._all:
            self._run(interceptor.read_after_attempt, view)

    def finish(self, outcome: _ResultT | BaseException) -> _ResultT:
        """Run ``read_after_execution``; return the call's result, or raise its error (the
        last one a hook raised, if any did)."""
        self._outcome = outcome
        self.elapsed = monotonic() - self.started
        view = cast("CallContext[object, object, HttpRequest | None, HttpResponse | None]", self)
        for interceptor in self._all:
            try:
                interceptor.read_after_execution(view)
            except BaseException as error:
                outcome = self._outcome = error
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome
