"""Transports on an ``httpx.Client`` or ``httpx.AsyncClient`` the caller already has.

They give the SDK what the caller configured in httpx (proxies, HTTP/2, TLS, limits, event
hooks, a mock transport such as respx's) and keep the SDK's own rules:

- **The request as signed.** It is built from the SDK's headers only, not through
  ``client.build_request``: the httpx client's default headers, cookies, query parameters and
  ``auth`` are not added (they would change what was signed), and redirects are not followed.
  ``Accept-Encoding: identity`` is sent unless the request has one, and the body is read as it
  came (``iter_raw``), as the built-in transports do, so a compressed body cannot grow past
  the size cap once decoded.
- **The SDK's timeouts.** Each request carries the client's ``connect_timeout``,
  ``read_timeout`` and ``call_timeout`` deadline (``HttpRequest.timeouts``); they replace the
  httpx client's timeouts for that request, cut to the time left before the deadline.
- **The size cap.** ``max_response_bytes`` (default 32 MiB, as the built-in transports) bounds
  the body: a larger one is a ``ResponseTooLargeError`` and the connection is dropped unread.
- **Typed errors.** httpx's failures become the runtime's errors the retry policy knows
  (``ConnectTimeoutError``, ``ReadTimeoutError``, ``ConnectionFailedError``, ``ProxyError``,
  ``TransportError``); messages never hold request headers or body.
- **The client stays the caller's.** ``close()`` closes only a client the transport made
  itself (none was given); the SDK's clients never close a transport they were given.

httpx is an optional dependency: ``pip install 'cognito-idp-typed[httpx]'`` (for HTTP/2,
``httpx[http2]`` too).
"""

from __future__ import annotations

try:
    import httpx
except ImportError as exc:  # pragma: no cover - exercised in a test that hides httpx
    raise ImportError(
        "typedaws_runtime.transports.httpx_transport needs httpx: "
        "pip install 'cognito-idp-typed[httpx]'"
    ) from exc

import time

from typedaws_runtime.errors import (
    ConfigurationError,
    ConnectionFailedError,
    ConnectTimeoutError,
    ProxyError,
    ReadTimeoutError,
    ResponseTooLargeError,
    SdkError,
    TransportError,
)
from typedaws_runtime.http import HttpRequest, HttpResponse
from typedaws_runtime.transports.options import DEFAULT_MAX_RESPONSE_BYTES

__all__ = ["AsyncHttpxTransport", "HttpxTransport"]


class _Exchange:
    """One request as httpx sends it, and the checks shared by both transports."""

    __slots__ = ("limit", "request", "source", "timeout")

    def __init__(self, source: HttpRequest, limit: int) -> None:
        self.source = source
        self.limit = limit
        timeouts = source.timeouts
        try:
            connect = timeouts.remaining(timeouts.connect)
            read = timeouts.remaining(timeouts.read)
        except TimeoutError:
            message = "the call's deadline passed before sending"
            raise ConnectTimeoutError(message, url=source.url) from None
        self.timeout: dict[str, float | None] = {
            "connect": connect,
            "read": read,
            "write": read,
            "pool": connect,
        }
        """httpcore reads this dict on each read, so cutting ``read`` to the deadline between
        chunks bounds the next wait too."""
        self.request = httpx.Request(
            source.method,
            source.url,
            headers=_headers(source),
            content=source.body,
            extensions={"timeout": self.timeout},
        )

    def check_length(self, response: httpx.Response) -> None:
        """``ResponseTooLargeError`` on a ``Content-Length`` over the cap, before any body."""
        length = response.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            raise self.too_large()

    def add(self, body: bytearray, chunk: bytes) -> None:
        """Append ``chunk``; past the cap, ``ResponseTooLargeError``. Then cut the next read's
        wait to the call's deadline (``TimeoutError`` once it passed)."""
        body += chunk
        if len(body) > self.limit:
            raise self.too_large()
        timeouts = self.source.timeouts
        if timeouts.deadline is not None:
            read = timeouts.remaining(timeouts.read)
            self.timeout["read"] = self.timeout["write"] = read

    def too_large(self) -> ResponseTooLargeError:
        message = f"response body larger than max_response_bytes={self.limit}"
        return ResponseTooLargeError(message, url=self.source.url, limit=self.limit)

    def response(self, response: httpx.Response, body: bytearray) -> HttpResponse:
        # ``items()``: names in lower case, repeated fields joined by ", " (as http1 reads them).
        return HttpResponse(response.status_code, dict(response.headers.items()), bytes(body))


def _headers(request: HttpRequest) -> list[tuple[bytes, bytes]]:
    """The request's headers as bytes, ``Accept-Encoding: identity`` added unless given; a
    header HTTP cannot carry is a ``TransportError`` naming it, never showing its value
    (httpx's own refusal would quote the value, which may be a credential)."""
    encoded: list[tuple[bytes, bytes]] = []
    has_encoding = False
    for name, value in request.headers.items():
        if any(c in text for text in (name, value) for c in "\r\n\0"):
            reason = f"header {name!r} contains a line break or NUL"
            raise TransportError(f"request not sent: {reason}", url=request.url)
        try:
            encoded.append((name.encode("latin-1"), value.encode("latin-1")))
        except UnicodeEncodeError:
            reason = f"header {name!r} holds characters HTTP cannot carry (beyond Latin-1)"
            raise TransportError(f"request not sent: {reason}", url=request.url) from None
        has_encoding = has_encoding or name.lower() == "accept-encoding"
    if not has_encoding:
        encoded.append((b"Accept-Encoding", b"identity"))
    return encoded


def _error(exc: httpx.HTTPError, url: str) -> SdkError:
    """The runtime's error for an httpx failure: the class decides whether it is retried."""
    name = type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return ConnectTimeoutError("connection timed out", url=url)
    if isinstance(exc, httpx.PoolTimeout):  # nothing was sent: no connection was free
        return ConnectTimeoutError("no connection free in the httpx pool in time", url=url)
    if isinstance(exc, httpx.ReadTimeout):
        return ReadTimeoutError("read timed out", url=url)
    if isinstance(exc, httpx.WriteTimeout):  # as the built-in transports: the attempt timed out
        return ReadTimeoutError("write timed out", url=url)
    if isinstance(exc, httpx.ProxyError):
        # httpcore words a refused CONNECT as "<status> <reason>"; other proxy failures
        # (SOCKS) have no status and are retried as connection failures.
        text = str(exc)
        code = text.partition(" ")[0]
        status = int(code) if code.isdigit() else None
        return ProxyError(f"the proxy refused: {text}", url=url, status=status)
    if isinstance(exc, httpx.NetworkError):  # connect, read, write, close
        return ConnectionFailedError(f"connection failed: {name}: {exc}", url=url)
    if isinstance(exc, httpx.RemoteProtocolError):
        return ConnectionFailedError(f"unreadable HTTP response: {exc}", url=url)
    # LocalProtocolError (httpx refused to send what it was given), UnsupportedProtocol and
    # the rest: not retried, and never quoting httpx's text, which may show a header value.
    return TransportError(f"request not sent or not completed: httpx raised {name}", url=url)


def _closed(url: str) -> ConfigurationError:
    return ConfigurationError(f"the httpx client of this transport is closed ({url})")


class HttpxTransport:
    """A ``Transport`` on an ``httpx.Client``: pass ``transport=HttpxTransport(client)`` to
    a synchronous client. Without ``client`` it makes one (``httpx.Client()``), which its
    ``close()`` closes; a client given stays open, for its owner to close."""

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if max_response_bytes < 1:
            raise ConfigurationError("max_response_bytes must be a positive integer")
        self._owned = client is None
        self.client: httpx.Client = client if client is not None else httpx.Client()
        self.max_response_bytes = max_response_bytes

    def send(self, request: HttpRequest) -> HttpResponse:
        client = self.client
        if client.is_closed:
            raise _closed(request.url)
        exchange = _Exchange(request, self.max_response_bytes)
        body = bytearray()
        try:
            response = client.send(exchange.request, stream=True, auth=None, follow_redirects=False)
            try:
                exchange.check_length(response)
                for chunk in response.iter_raw():
                    exchange.add(body, chunk)
            finally:
                response.close()  # pooled if read to the end, else dropped
        except httpx.LocalProtocolError as exc:
            raise _error(exc, request.url) from None  # its text may quote a header value
        except httpx.HTTPError as exc:
            raise _error(exc, request.url) from exc
        except TimeoutError as exc:  # the deadline passed between two chunks
            raise ReadTimeoutError("the call's deadline passed", url=request.url) from exc
        return exchange.response(response, body)

    def close(self) -> None:
        """Close the httpx client if this transport made it; a client given stays open."""
        if self._owned:
            self.client.close()

    def __repr__(self) -> str:
        return f"HttpxTransport(max_response_bytes={self.max_response_bytes!r})"


class AsyncHttpxTransport:
    """An ``AsyncTransport`` on an ``httpx.AsyncClient``: pass
    ``transport=AsyncHttpxTransport(client)`` to an asynchronous client. Without ``client`` it
    makes one (``httpx.AsyncClient()``), which its ``close()`` closes; a client given stays
    open, for its owner to close. The call's deadline bounds the whole exchange
    (``asyncio.timeout``), so the SDK's async clients need asyncio, as they always do."""

    def __init__(
        self,
        client: httpx.AsyncClient | None = None,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if max_response_bytes < 1:
            raise ConfigurationError("max_response_bytes must be a positive integer")
        self._owned = client is None
        self.client: httpx.AsyncClient = client if client is not None else httpx.AsyncClient()
        self.max_response_bytes = max_response_bytes

    async def send(self, request: HttpRequest) -> HttpResponse:
        client = self.client
        if client.is_closed:
            raise _closed(request.url)
        exchange = _Exchange(request, self.max_response_bytes)
        deadline = request.timeouts.deadline
        if deadline is None:
            return await self._send(client, exchange)
        import asyncio

        try:
            async with asyncio.timeout(deadline - time.monotonic()):
                return await self._send(client, exchange)
        except TimeoutError as exc:
            if isinstance(exc, SdkError):  # httpx's own timeout, already mapped
                raise
            raise ReadTimeoutError("the call's deadline passed", url=request.url) from exc

    async def _send(self, client: httpx.AsyncClient, exchange: _Exchange) -> HttpResponse:
        url = exchange.source.url
        body = bytearray()
        try:
            response = await client.send(
                exchange.request, stream=True, auth=None, follow_redirects=False
            )
            try:
                exchange.check_length(response)
                async for chunk in response.aiter_raw():
                    exchange.add(body, chunk)
            finally:
                await response.aclose()  # pooled if read to the end, else dropped
        except httpx.LocalProtocolError as exc:
            raise _error(exc, url) from None  # its text may quote a header value
        except httpx.HTTPError as exc:
            raise _error(exc, url) from exc
        return exchange.response(response, body)

    async def close(self) -> None:
        """Close the httpx client if this transport made it; a client given stays open."""
        if self._owned:
            await self.client.aclose()

    def __repr__(self) -> str:
        return f"AsyncHttpxTransport(max_response_bytes={self.max_response_bytes!r})"
