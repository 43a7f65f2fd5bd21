"""The SDK's exception hierarchy.

Every failure a caller can meet is one of these, so ``except SdkError`` catches all of them and
nothing surfaces as a bare ``KeyError`` or ``json.JSONDecodeError``. Messages never carry request
values: validation problems name fields and limits, never the values given.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Self


class SdkError(Exception):
    """Base class of every error raised by the SDK."""

    def __reduce__(
        self,
    ) -> tuple[
        Callable[[type[SdkError], tuple[object, ...]], SdkError],
        tuple[type[SdkError], tuple[object, ...]],
        dict[str, object],
    ]:
        """Pickle and copy the error as it is, without calling ``__init__``.

        ``BaseException`` would rebuild it as ``cls(*args)``, but these errors' ``__init__``
        takes its fields (often by keyword) and makes ``args`` from them: the two differ.
        The state holds every attribute, slots included, and notes (``__notes__``).
        """
        state = dict(self.__dict__)
        for klass in type(self).__mro__:
            for name in klass.__dict__.get("__slots__", ()):
                if hasattr(self, name):
                    state[name] = getattr(self, name)
        return (_restore, (type(self), self.args), state)


def _restore(cls: type[SdkError], args: tuple[object, ...]) -> SdkError:
    """An error of ``cls`` with ``args``, its attributes to be set from the pickled state."""
    error = cls.__new__(cls, *args)
    error.args = args  # ``OSError.__new__`` leaves them to ``__init__`` in subclasses that have one
    return error


class ConfigurationError(SdkError):
    """The client cannot be configured as asked (no region, bad endpoint, ...)."""


class NoCredentialsError(ConfigurationError):
    """A signed operation was called and no AWS credentials were found; nothing was sent."""


class CredentialsError(ConfigurationError):
    """AWS credentials were configured but could not be loaded or refreshed; nothing was sent."""


class EndpointResolutionError(ConfigurationError):
    """The service's endpoint rules give no endpoint for this configuration.

    ``message`` is the rule set's own message, e.g. ``Invalid Configuration: Missing Region``;
    the exception's text adds ``hint`` (how to fix it) when there is one.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} ({hint})" if hint else message)


class ValidationError(SdkError, ValueError):
    """The request breaks the model's constraints; nothing was sent.

    ``problems`` lists every problem found, each naming a field and the rule it breaks.
    """

    def __init__(self, operation: str, problems: Sequence[str]) -> None:
        self.operation = operation
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"invalid {operation} request ({count} {noun}):\n{lines}")


class TransportError(SdkError):
    """The HTTP exchange failed before a complete response arrived."""

    def __init__(self, message: str, *, url: str) -> None:
        self.url = url
        super().__init__(f"{message} ({url})")


class ConnectionFailedError(TransportError):
    """The connection could not be made or broke during the exchange."""


class ProxyError(ConnectionFailedError):
    """The proxy did not open a tunnel: it refused (``status`` is its HTTP status, such as 407
    when it wants credentials, 403 or 502), closed the connection, or answered with something
    that is not HTTP/1.x (``status`` None). The message names the proxy with its password
    masked, and never holds the credentials. Retried as a connection failure, except when the
    proxy refused the client itself (403, 407): the same request would be refused again."""

    def __init__(self, message: str, *, url: str, status: int | None = None) -> None:
        self.status = status
        super().__init__(message, url=url)


class TransportTimeoutError(TransportError, builtins.TimeoutError):
    """The server did not answer in time."""


class ConnectTimeoutError(TransportTimeoutError):
    """No connection within ``connect_timeout``."""


class ReadTimeoutError(TransportTimeoutError):
    """No response within ``read_timeout``."""


class ResponseTooLargeError(TransportError):
    """The response body is larger than the client's ``max_response_bytes``; the connection
    was closed without reading the rest. Not retried: the same request would get the same."""

    def __init__(self, message: str, *, url: str, limit: int) -> None:
        self.limit = limit
        super().__init__(message, url=url)


class CallTimeoutError(SdkError, builtins.TimeoutError):
    """The call did not end within the client's ``call_timeout`` (all its attempts and the
    waits between them); what was under way was abandoned. Never retried."""

    def __init__(self, operation: str, seconds: float) -> None:
        self.operation = operation
        self.seconds = seconds
        super().__init__(f"{operation} did not end within call_timeout={seconds:g} s")


class ResponseParseError(SdkError):
    """The service answered with something the SDK cannot read."""

    def __init__(self, reason: str, *, status_code: int, request_id: str | None) -> None:
        self.reason = reason
        self.status_code = status_code
        self.request_id = request_id
        super().__init__(
            f"malformed response (HTTP {status_code}, request id {request_id}): {reason}"
        )


class PaginationError(SdkError):
    """A paginator cannot go on: the service sent back a pagination token it had sent before.

    Following it would repeat pages forever, so the paginator stops with this error instead.
    """

    def __init__(self, operation: str, token_member: str) -> None:
        self.operation = operation
        self.token_member = token_member
        super().__init__(
            f"{operation} returned a {token_member} it had already returned; "
            "stopping to avoid an endless loop"
        )


class UnsupportedOperationError(SdkError, NotImplementedError):
    """The operation exists in the service's model but this SDK cannot call it (its request or
    response is an event stream); nothing was sent."""

    def __init__(self, operation: str, reason: str) -> None:
        self.operation = operation
        self.reason = reason
        super().__init__(f"{operation} is not supported: {reason}")


class EndpointDiscoveryError(SdkError):
    """The operation must be sent to an endpoint the service names (endpoint discovery), and
    none could be had: discovery is turned off, or the discovery call failed."""

    def __init__(self, operation: str, reason: str) -> None:
        self.operation = operation
        self.reason = reason
        super().__init__(f"endpoint discovery is required by {operation}: {reason}")


class WaiterError(SdkError):
    """A waiter stopped before the resource reached the state it waits for.

    ``waiter`` is the waiter's model name (``TableExists``), ``attempts`` how many calls it
    made, ``last_response`` the last response read (None after an error) and ``last_error``
    the last service error (None after a response). The message names the waiter, the reason
    and an error's code, never a request or response value.
    """

    def __init__(
        self,
        waiter: str,
        reason: str,
        *,
        attempts: int,
        last_response: object = None,
        last_error: ServiceError | None = None,
    ) -> None:
        self.waiter = waiter
        self.reason = reason
        self.attempts = attempts
        self.last_response = last_response
        self.last_error = last_error
        calls = "call" if attempts == 1 else "calls"
        super().__init__(f"waiter {waiter} stopped after {attempts} {calls}: {reason}")


class WaiterFailureError(WaiterError):
    """An acceptor of the waiter says the awaited state can no longer be reached (a table
    being deleted while waiting for it to exist, say)."""


class WaiterTimeoutError(WaiterError, builtins.TimeoutError):
    """The waiter gave up: ``max_attempts`` calls were made, or the next one would start
    after ``max_wait`` seconds, without reaching the awaited state."""


class WaiterUnexpectedError(WaiterError):
    """The operation failed with a service error that no acceptor of the waiter expects;
    ``last_error`` is that error (also the ``__cause__``)."""


class ServiceError(SdkError):
    """An error the service returned.

    Generated packages subclass this once per service, and once per modelled error below
    that, so callers can catch one error or all of a service's errors.
    """

    # Slots: an error built from a response sets these four without making an instance dict
    # (half the cost of building it). Subclasses keep a dict for members and notes.
    __slots__ = ("code", "message", "request_id", "status_code")

    code: str
    message: str
    status_code: int
    request_id: str | None

    def __init__(
        self,
        *,
        code: str | None = None,
        message: str = "",
        status_code: int = 400,
        request_id: str | None = None,
    ) -> None:
        """The defaults are for errors made by hand (a test's stub): ``code`` is the class's
        name, which is the code of each modelled error; 400 is the status of nearly all."""
        if code is None:
            code = type(self).__name__
        self.code = code
        self.message = message
        self.status_code = status_code
        self.request_id = request_id
        super().__init__(f"{code}: {message}" if message else code)

    @classmethod
    def _from_response(
        cls, code: str, message: str, status_code: int, request_id: str | None
    ) -> Self:
        """``cls(code=..., ...)`` for the runtime, at half the cost: ``BaseException.__new__``
        sets ``args`` from the text, with no keyword call into ``__init__``."""
        error = cls.__new__(cls, f"{code}: {message}" if message else code)
        error.code = code
        error.message = message
        error.status_code = status_code
        error.request_id = request_id
        return error

    def _read_members(self, m: Mapping[str, object], path: str) -> None:
        """Read the error's modelled members from the body; generated subclasses override."""

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"status_code={self.status_code!r}, request_id={self.request_id!r})"
        )
