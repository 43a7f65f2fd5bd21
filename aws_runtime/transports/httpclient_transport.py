"""Synchronous transport on the standard library's ``http.client``, with keep-alive pooling.

Measured against urllib3 (``make bench``), this is what keeps the per-call overhead close to a
raw HTTP call: urllib3 roughly doubles the time of an ``http.client`` exchange and adds about
100 ms of import. The pool is small and plain: idle connections per endpoint, checked out by
one thread at a time, with TCP_NODELAY set (Nagle's algorithm costs ~40 ms a call otherwise).
"""

from __future__ import annotations

import http.client
import select
import socket
import threading
from urllib.parse import urlsplit

from aws_runtime.errors import ConnectionFailedError, ConnectTimeoutError, ReadTimeoutError
from aws_runtime.http import HttpRequest, HttpResponse, Timeouts
from aws_runtime.tls import default_ssl_context

_Key = tuple[str, str, int]
"""(scheme, host, port) of an endpoint."""

_MAX_ROUTES = 64

_STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)
"""Failures of a reused keep-alive connection that the server had already closed."""


class HttpClientTransport:
    """Keep-alive ``http.client`` connections, at most ``max_idle`` kept per endpoint.

    Safe to share across threads: a connection serves one request at a time.
    """

    def __init__(self, timeouts: Timeouts, *, max_idle: int = 10) -> None:
        self._timeouts = timeouts
        self._max_idle = max_idle
        self._idle: dict[_Key, list[http.client.HTTPConnection]] = {}
        self._routes: dict[str, tuple[_Key, str]] = {}
        self._lock = threading.Lock()

    def _route(self, url: str) -> tuple[_Key, str]:
        route = self._routes.get(url)
        if route is None:
            parts = urlsplit(url)
            scheme = parts.scheme or "https"
            port = parts.port or (443 if scheme == "https" else 80)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            route = ((scheme, parts.hostname or "", port), path)
            if len(self._routes) < _MAX_ROUTES:
                self._routes[url] = route
        return route

    def _connect(self, key: _Key, url: str) -> http.client.HTTPConnection:
        scheme, host, port = key
        conn: http.client.HTTPConnection
        if scheme == "https":
            conn = http.client.HTTPSConnection(
                host, port, timeout=self._timeouts.connect, context=default_ssl_context()
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self._timeouts.connect)
        try:
            conn.connect()
        except TimeoutError as exc:
            conn.close()
            raise ConnectTimeoutError("connection timed out", url=url) from exc
        except OSError as exc:
            conn.close()
            raise ConnectionFailedError(
                f"connection failed: {type(exc).__name__}", url=url
            ) from exc
        sock = conn.sock
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(self._timeouts.read)
        return conn

    def _checkout(self, key: _Key) -> http.client.HTTPConnection | None:
        """An idle connection to ``key`` that the server has not closed, if there is one."""
        while True:
            with self._lock:
                idle = self._idle.get(key)
                if not idle:
                    return None
                conn = idle.pop()
            if _is_alive(conn):
                return conn
            conn.close()

    def _checkin(self, key: _Key, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < self._max_idle:
                idle.append(conn)
                return
        conn.close()

    def send(self, request: HttpRequest) -> HttpResponse:
        key, path = self._route(request.url)
        conn = self._checkout(key)
        if conn is not None:
            try:
                return self._exchange(key, conn, path, request)
            except _STALE:
                pass  # closed by the server while idle: nothing was processed, use a new one
        return self._exchange(key, self._connect(key, request.url), path, request, fresh=True)

    def _exchange(
        self,
        key: _Key,
        conn: http.client.HTTPConnection,
        path: str,
        request: HttpRequest,
        *,
        fresh: bool = False,
    ) -> HttpResponse:
        try:
            conn.request(request.method, path, body=request.body, headers=dict(request.headers))
            resp = conn.getresponse()
            body = resp.read()
        except _STALE as exc:
            conn.close()
            if not fresh:
                raise
            raise ConnectionFailedError(
                f"connection failed: {type(exc).__name__}", url=request.url
            ) from exc
        except TimeoutError as exc:
            conn.close()
            raise ReadTimeoutError("read timed out", url=request.url) from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise ConnectionFailedError(
                f"connection failed: {type(exc).__name__}", url=request.url
            ) from exc
        headers = {k.lower(): v for k, v in resp.getheaders()}
        if resp.will_close:
            conn.close()
        else:
            self._checkin(key, conn)
        return HttpResponse(status=resp.status, headers=headers, body=body)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
            self._routes = {}
        for conns in idle.values():
            for conn in conns:
                conn.close()


def _is_alive(conn: http.client.HTTPConnection) -> bool:
    """False when the server closed the idle connection (its socket reads EOF or has data)."""
    sock = conn.sock
    if sock is None:
        return False
    try:
        if hasattr(select, "poll"):  # no descriptor-number limit, unlike select()
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return not poller.poll(0)
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable
