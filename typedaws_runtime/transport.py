"""The transport protocols a user may implement to plug in an HTTP client of their own.

A transport sends one ``typedaws_runtime.http.HttpRequest`` and returns one ``HttpResponse``; it
maps its library's failures to ``ConnectionFailedError``, ``ConnectTimeoutError`` and
``ReadTimeoutError``. It does not retry: retrying is the client's job. The built-in ones are in
``typedaws_runtime.transports``.
"""

from __future__ import annotations

from typing import Protocol

from typedaws_runtime.http import HttpRequest, HttpResponse


class Transport(Protocol):
    """A synchronous HTTP client, safe to call from several threads at once."""

    def send(self, request: HttpRequest) -> HttpResponse: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    """An asynchronous HTTP client that never blocks the event loop."""

    async def send(self, request: HttpRequest) -> HttpResponse: ...

    async def close(self) -> None: ...
