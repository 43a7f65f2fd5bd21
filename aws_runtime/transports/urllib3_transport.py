"""Synchronous transport on urllib3's connection pool (keep-alive, TCP_NODELAY by default)."""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError as _Urllib3ConnectTimeout,
)
from urllib3.exceptions import (
    HTTPError,
    NewConnectionError,
    ProtocolError,
)
from urllib3.exceptions import (
    ReadTimeoutError as _Urllib3ReadTimeout,
)

from aws_runtime.errors import ConnectionFailedError, ConnectTimeoutError, ReadTimeoutError
from aws_runtime.http import HttpRequest, HttpResponse, Timeouts
from aws_runtime.tls import default_ssl_context

_MAX_ROUTES = 64


class Urllib3Transport:
    """One connection pool per endpoint; urllib3's pools are thread-safe."""

    def __init__(self, timeouts: Timeouts, *, max_connections: int = 10) -> None:
        self._timeout = urllib3.Timeout(connect=timeouts.connect, read=timeouts.read)
        self._max_connections = max_connections
        self._pools: dict[tuple[str, str, int | None], urllib3.HTTPConnectionPool] = {}
        # URL -> (pool, path): a client sends to one URL, so each call skips ``urlsplit``.
        self._routes: dict[str, tuple[urllib3.HTTPConnectionPool, str]] = {}
        self._lock = threading.Lock()

    def _pool(self, url: str) -> tuple[urllib3.HTTPConnectionPool, str]:
        route = self._routes.get(url)
        if route is not None:
            return route
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "", parts.port)
        pool = self._pools.get(key)
        if pool is None:
            with self._lock:
                pool = self._pools.get(key)
                if pool is None:
                    pool = self._new_pool(parts.scheme, parts.hostname or "", parts.port)
                    self._pools[key] = pool
        path = parts.path or "/"
        if parts.query:
            path = f"{path}?{parts.query}"
        if len(self._routes) < _MAX_ROUTES:
            self._routes[url] = (pool, path)
        return pool, path

    def _new_pool(self, scheme: str, host: str, port: int | None) -> urllib3.HTTPConnectionPool:
        if scheme == "https":
            return urllib3.HTTPSConnectionPool(
                host,
                port,
                timeout=self._timeout,
                maxsize=self._max_connections,
                retries=False,
                ssl_context=default_ssl_context(),
            )
        return urllib3.HTTPConnectionPool(
            host, port, timeout=self._timeout, maxsize=self._max_connections, retries=False
        )

    def send(self, request: HttpRequest) -> HttpResponse:
        pool, path = self._pool(request.url)
        try:
            resp = pool.urlopen(
                request.method,
                path,
                body=request.body,
                headers=dict(request.headers),
                redirect=False,
                retries=False,
                preload_content=True,
            )
        except NewConnectionError as exc:  # a subclass of urllib3's ConnectTimeoutError
            raise ConnectionFailedError(
                f"connection failed: {type(exc).__name__}", url=request.url
            ) from exc
        except _Urllib3ConnectTimeout as exc:
            raise ConnectTimeoutError("connection timed out", url=request.url) from exc
        except _Urllib3ReadTimeout as exc:
            raise ReadTimeoutError("read timed out", url=request.url) from exc
        except (ProtocolError, HTTPError, OSError) as exc:
            raise ConnectionFailedError(
                f"connection failed: {type(exc).__name__}", url=request.url
            ) from exc
        headers = {k.lower(): v for k, v in resp.headers.items()}
        return HttpResponse(status=resp.status, headers=headers, body=resp.data)

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
            self._routes = {}
        for pool in pools:
            pool.close()
