"""The HTTP exchange as plain data: what a transport is given and what it returns.

A transport (the protocols are in ``aws_runtime.transport``) sends one ``HttpRequest`` and
returns one ``HttpResponse``; it maps its library's failures to ``ConnectionFailedError``,
``ConnectTimeoutError`` and ``ReadTimeoutError``. It does not retry: retrying is the client's
job.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (see static_typing)
if TYPE_CHECKING:
    from collections.abc import Mapping

# Plain slotted classes: these are created at import of every client, where a named tuple costs
# 0.2 ms to create (and needs typing) and a frozen dataclass 1.5 ms.


class HttpRequest:
    """One request to send."""

    __slots__ = ("body", "headers", "method", "url")

    def __init__(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

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


class Timeouts:
    """Seconds to wait: for a connection, and for the response (between bytes)."""

    __slots__ = ("connect", "read")

    def __init__(self, connect: float, read: float) -> None:
        self.connect = connect
        self.read = read

    def __repr__(self) -> str:
        return f"Timeouts(connect={self.connect!r}, read={self.read!r})"
