"""The HTTP exchange as plain data, and the transport protocols a user may implement.

A transport sends one ``HttpRequest`` and returns one ``HttpResponse``; it maps its library's
failures to ``ConnectionFailedError``, ``ConnectTimeoutError`` and ``ReadTimeoutError``. It
does not retry: retrying is the client's job.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, Protocol

# Named tuples rather than dataclasses: these are created at import of every client, and a
# frozen, slotted dataclass costs about 1.5 ms to create against 0.2 ms for a named tuple.


class HttpRequest(NamedTuple):
    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes


class HttpResponse(NamedTuple):
    status: int
    headers: Mapping[str, str]
    """Header names in lower case."""
    body: bytes


class Timeouts(NamedTuple):
    connect: float
    read: float


class Transport(Protocol):
    """A synchronous HTTP client, safe to call from several threads at once."""

    def send(self, request: HttpRequest) -> HttpResponse: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    """An asynchronous HTTP client that never blocks the event loop."""

    async def send(self, request: HttpRequest) -> HttpResponse: ...

    async def close(self) -> None: ...
