"""The HTTP exchange as plain data: what a transport is given and what it returns.

A transport (the protocols are in ``typedaws_runtime.transport``) sends one ``HttpRequest`` and
returns one ``HttpResponse``; it maps its library's failures to ``ConnectionFailedError``,
``ConnectTimeoutError`` and ``ReadTimeoutError``. It does not retry: retrying is the client's
job.
"""

from __future__ import annotations

from time import monotonic as _monotonic

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

# Plain slotted classes: these are created at import of every client, where a frozen dataclass
# would import dataclasses and a named tuple costs more to create than the class it replaces.


class HttpRequest:
    """One request to send, and how long the transport may take over it."""

    __slots__ = ("body", "headers", "method", "timeouts", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        timeouts: Timeouts | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts: Timeouts = timeouts if timeouts is not None else DEFAULT_TIMEOUTS
        """The client's ``connect_timeout``, ``read_timeout`` and call deadline: a transport
        of your own should honour them as the built-in ones do."""

    def __repr__(self) -> str:
        # Header names only: the signature and a session token travel in header values.
        return (
            f"HttpRequest(method={self.method!r}, url={self.url!r}, "
            f"headers=[{', '.join(map(repr, self.headers))}], body=<{len(self.body)} bytes>)"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HttpRequest):
            return NotImplemented
        mine = (self.method, self.url, self.headers, self.body)
        return mine == (other.method, other.url, other.headers, other.body)


class HttpResponse:
    """One response received."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        """Header names in lower case."""
        self.body = body

    def __repr__(self) -> str:
        return (
            f"HttpResponse(status={self.status!r}, "
            f"headers=[{', '.join(map(repr, self.headers))}], body=<{len(self.body)} bytes>)"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HttpResponse):
            return NotImplemented
        return (self.status, self.headers, self.body) == (other.status, other.headers, other.body)


DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 30.0


class Timeouts:
    """How long a transport may wait, in seconds.

    ``connect``: for a connection (TCP and TLS handshakes). ``read``: for each read of the
    response, that is between two arrivals of bytes, not for the whole response. ``deadline``:
    the ``time.monotonic()`` by which the whole call must end (the client's ``call_timeout``),
    or None; ``remaining`` gives a wait cut to it.
    """

    __slots__ = ("connect", "deadline", "read")

    def __init__(self, connect: float, read: float, deadline: float | None = None) -> None:
        self.connect = connect
        self.read = read
        self.deadline = deadline

    def remaining(self, wait: float) -> float:
        """``wait``, cut to the time left before the deadline; ``TimeoutError`` once it passed."""
        deadline = self.deadline
        if deadline is None:
            return wait
        left = deadline - _monotonic()
        if left <= 0:
            raise TimeoutError("the call's deadline has passed")
        return min(wait, left)

    def __repr__(self) -> str:
        return f"Timeouts(connect={self.connect!r}, read={self.read!r}, deadline={self.deadline!r})"


DEFAULT_TIMEOUTS = Timeouts(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT)
"""What a request made without timeouts is given."""
