"""Synchronous transport on blocking sockets, with keep-alive pooling.

Requests and responses are framed by ``aws_runtime.http1``, shared with the asyncio transport.
The pool is small and plain: idle connections per origin, each used by one thread at a time,
with TCP_NODELAY set (Nagle's algorithm costs ~40 ms a call otherwise). TLS (``ssl``) is
imported only when an ``https`` origin is first connected.
"""

from __future__ import annotations

import _thread
import select
import socket

from aws_runtime.errors import ConnectionFailedError, ConnectTimeoutError, ReadTimeoutError
from aws_runtime.http import HttpRequest, HttpResponse, Timeouts
from aws_runtime.http1 import (
    ProtocolError,
    ResponseReader,
    StaleConnection,
    failure,
    request_bytes,
)
from aws_runtime.urls import Origin, Routes

_READ_SIZE = 65_536


class SocketTransport:
    """Keep-alive connections, at most ``max_idle`` idle per origin; safe across threads."""

    def __init__(self, timeouts: Timeouts, *, max_idle: int = 10) -> None:
        self._timeouts = timeouts
        self._max_idle = max_idle
        self._idle: dict[Origin, list[socket.socket]] = {}
        self._route = Routes()
        self._lock = _thread.allocate_lock()  # not threading: ~1 ms of import at start

    def send(self, request: HttpRequest) -> HttpResponse:
        origin, target = self._route(request.url)
        data = request_bytes(request, origin, target)
        sock = self._checkout(origin)
        if sock is not None:
            try:
                return self._exchange(origin, sock, data, request.url, reused=True)
            except StaleConnection:
                pass  # closed by the server while idle: nothing was processed, use a new one
        sock = self._connect(origin, request.url)
        return self._exchange(origin, sock, data, request.url, reused=False)

    def _connect(self, origin: Origin, url: str) -> socket.socket:
        host = origin.host
        try:
            sock = _open(host, origin.port, self._timeouts.connect)
        except TimeoutError as exc:
            raise ConnectTimeoutError("connection timed out", url=url) from exc
        except (OSError, UnicodeError) as exc:
            raise ConnectionFailedError(failure(exc), url=url) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if origin.scheme == "https":
                from aws_runtime.tls import default_ssl_context

                sock = default_ssl_context().wrap_socket(sock, server_hostname=host)
        except TimeoutError as exc:
            sock.close()
            raise ConnectTimeoutError("TLS handshake timed out", url=url) from exc
        except OSError as exc:  # ssl.SSLError is an OSError
            sock.close()
            raise ConnectionFailedError(failure(exc), url=url) from exc
        sock.settimeout(self._timeouts.read)
        return sock

    def _exchange(
        self, origin: Origin, sock: socket.socket, data: bytes, url: str, *, reused: bool
    ) -> HttpResponse:
        reader = ResponseReader()
        try:
            sock.sendall(data)
            while True:
                chunk = sock.recv(_READ_SIZE)
                if not chunk:
                    reader.eof()
                    break
                if reader.feed(chunk):
                    break
        except TimeoutError as exc:
            sock.close()
            raise ReadTimeoutError("read timed out", url=url) from exc
        except (OSError, ProtocolError) as exc:
            sock.close()
            if reused and not reader.started:
                raise StaleConnection from exc
            raise ConnectionFailedError(failure(exc), url=url) from exc
        if reader.reusable:
            self._checkin(origin, sock)
        else:
            sock.close()
        return HttpResponse(reader.status, reader.headers, reader.body)

    def _checkout(self, origin: Origin) -> socket.socket | None:
        """An idle connection to ``origin`` that the server has not closed, if there is one."""
        while True:
            with self._lock:
                idle = self._idle.get(origin)
                if not idle:
                    return None
                sock = idle.pop()
            if _is_alive(sock):
                return sock
            sock.close()

    def _checkin(self, origin: Origin, sock: socket.socket) -> None:
        with self._lock:
            idle = self._idle.setdefault(origin, [])
            if len(idle) < self._max_idle:
                idle.append(sock)
                return
        sock.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for socks in idle.values():
            for sock in socks:
                sock.close()


def _open(host: str, port: int, timeout: float) -> socket.socket:
    """``socket.create_connection``, except that an ASCII host goes to the resolver as bytes
    (a str would load the idna codec, ~2 ms of a cold start, only to encode it)."""
    name = host.encode() if host.isascii() else host
    error: OSError | None = None
    for family, kind, proto, _, address in socket.getaddrinfo(name, port, 0, socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(timeout)
            sock.connect(address)
        except OSError as exc:
            sock.close()
            error = exc
            continue
        return sock
    raise error if error is not None else OSError(f"no address for {host!r}")


def _is_alive(sock: socket.socket) -> bool:
    """False when the server closed the idle connection (it is readable: EOF or stray bytes)."""
    try:
        if hasattr(select, "poll"):  # no descriptor-number limit, unlike select()
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return not poller.poll(0)
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable
