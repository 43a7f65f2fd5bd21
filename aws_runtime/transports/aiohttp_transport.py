"""Asynchronous transport on aiohttp (keep-alive, TCP_NODELAY by default)."""

from __future__ import annotations

import aiohttp

from aws_runtime.errors import ConnectionFailedError, ConnectTimeoutError, ReadTimeoutError
from aws_runtime.http import HttpRequest, HttpResponse, Timeouts
from aws_runtime.tls import default_ssl_context


class AiohttpTransport:
    """One ``aiohttp.ClientSession``, created inside the running event loop on first use."""

    def __init__(self, timeouts: Timeouts, *, max_connections: int = 100) -> None:
        self._timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=timeouts.connect, sock_read=timeouts.read
        )
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        session = self._session
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections, ssl=default_ssl_context(), ttl_dns_cache=300
            )
            session = aiohttp.ClientSession(
                connector=connector,
                timeout=self._timeout,
                auto_decompress=True,
                skip_auto_headers=("User-Agent", "Content-Type"),
            )
            self._session = session
        return session

    async def send(self, request: HttpRequest) -> HttpResponse:
        session = self._get_session()
        try:
            async with session.request(
                request.method,
                request.url,
                data=request.body,
                headers=request.headers,
                allow_redirects=False,
            ) as resp:
                body = await resp.read()
                headers = {k.lower(): v for k, v in resp.headers.items()}
                return HttpResponse(status=resp.status, headers=headers, body=body)
        except aiohttp.ConnectionTimeoutError as exc:
            raise ConnectTimeoutError("connection timed out", url=request.url) from exc
        except (TimeoutError, aiohttp.SocketTimeoutError) as exc:
            raise ReadTimeoutError("read timed out", url=request.url) from exc
        except aiohttp.ClientResponseError as exc:  # the server's reply could not be read
            raise ConnectionFailedError(
                f"unreadable HTTP response: {exc.message}", url=request.url
            ) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise ConnectionFailedError(
                f"connection failed: {type(exc).__name__}", url=request.url
            ) from exc

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()
