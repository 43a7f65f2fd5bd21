"""Synchronous transport on blocking sockets, with keep-alive pooling.

Requests and responses are framed by ``typedaws_runtime.http1``, shared with the asyncio transport.
The pool is small and plain: idle connections per origin, each used by one thread at a time,
with TCP_NODELAY set (Nagle's algorithm costs ~40 ms a call otherwise). TLS (``ssl``) is
imported only when an ``https`` origin is first connected.

Two rules keep a request from being delivered twice or to the wrong process:

- **At most once per attempt.** A pooled connection is reused only if the server has not
  closed it (it is not readable while idle). If even the first ``send`` fails, no byte left,
  and a new connection replaces it silently. Once any byte is written, every failure is the
  attempt's failure, for the client's retry policy to count against ``max_attempts`` and its
  retry quota: the server may have read the whole request.
- **Fork safety.** A pool belongs to the process that filled it. In a child process (``fork``),
  the first request finds the pool's process id changed and drops what it inherited: it
  closes the child's copies of those sockets (which leaves the parent's connections open) and
  never reads or writes them.
"""

from __future__ import annotations

import _thread
import os
import socket

from typedaws_runtime.errors import (
    ConnectionFailedError,
    ConnectTimeoutError,
    ReadTimeoutError,
    ResponseTooLargeError,
    SdkError,
)
from typedaws_runtime.http import HttpRequest, HttpResponse, Timeouts
from typedaws_runtime.http1 import (
    BodyTooLarge,
    ProtocolError,
    ResponseReader,
    failure,
    request_bytes,
)
from typedaws_runtime.static_typing import TYPE_CHECKING
from typedaws_runtime.transports.options import TransportOptions
from typedaws_runtime.transports.pool import is_idle_and_open
from typedaws_runtime.urls import Origin, Routes

if TYPE_CHECKING:
    from typedaws_runtime.proxies import Proxy
    from typedaws_runtime.transports.tls_in_tls import TlsInTls

    _Socket = socket.socket | TlsInTls
    """A connection: a socket (TLS or not), or TLS inside a TLS connection to a proxy."""

_READ_SIZE = 65_536


class _NothingSent(Exception):
    """The first write on a pooled connection failed: no byte of the request left, so a new
    connection may carry it without it being sent twice."""


class SocketTransport:
    """Keep-alive connections, at most ``max_pool_connections`` idle per origin; safe across
    threads, and across ``fork`` (a child never uses its parent's connections)."""

    def __init__(self, options: TransportOptions | None = None) -> None:
        self._options = options if options is not None else TransportOptions()
        self._idle: dict[Origin, list[_Socket]] = {}
        self._route = Routes()
        self._lock = _thread.allocate_lock()  # not threading (see typedaws_runtime's import budget)
        self._pid = os.getpid()

    def send(self, request: HttpRequest) -> HttpResponse:
        origin, target = self._route(request.url)
        data = request_bytes(request, origin, target, self._options.proxy)
        timeouts = request.timeouts
        sock = self._checkout(origin)
        if sock is not None:
            try:
                return self._exchange(origin, sock, data, request.url, timeouts, reused=True)
            except _NothingSent:
                pass  # the server closed it as it was taken from the pool: use a new one
        sock = self._connect(origin, request.url, timeouts)
        return self._exchange(origin, sock, data, request.url, timeouts, reused=False)

    def _connect(self, origin: Origin, url: str, timeouts: Timeouts) -> _Socket:
        """A new connection to ``origin``, through the proxy if there is one: TCP, TLS to an
        ``https://`` proxy, a CONNECT tunnel for an ``https`` endpoint, TLS to the endpoint."""
        proxy = self._options.proxy
        host, port = (origin.host, origin.port) if proxy is None else (proxy.host, proxy.port)
        try:
            sock = _open(host, port, timeouts.remaining(timeouts.connect))
        except TimeoutError as exc:
            raise ConnectTimeoutError("connection timed out", url=url) from exc
        except (OSError, UnicodeError) as exc:
            raise ConnectionFailedError(failure(exc, proxy), url=url) from exc
        try:
            if proxy is not None:
                if proxy.uses_tls:
                    context = self._options.proxy_tls_context()
                    sock = context.wrap_socket(sock, server_hostname=proxy.host)
                if origin.scheme == "https":
                    _open_tunnel(sock, proxy, origin, url)
            if origin.scheme != "https":
                return sock
            context = self._options.tls_context()
            if proxy is not None and proxy.uses_tls:  # TLS inside the proxy's TLS
                from typedaws_runtime.transports.tls_in_tls import TlsInTls

                return TlsInTls(sock, context, origin.host)
            return context.wrap_socket(sock, server_hostname=origin.host)
        except TimeoutError as exc:
            sock.close()
            raise ConnectTimeoutError("TLS handshake timed out", url=url) from exc
        except OSError as exc:  # ssl.SSLError is an OSError
            sock.close()
            raise ConnectionFailedError(failure(exc, proxy), url=url) from exc
        except SdkError:  # the proxy refused the tunnel
            sock.close()
            raise

    def _exchange(
        self,
        origin: Origin,
        sock: _Socket,
        data: bytes,
        url: str,
        timeouts: Timeouts,
        *,
        reused: bool,
    ) -> HttpResponse:
        """Send ``data`` on ``sock`` and read the response. Nothing runs between sending and
        the first read (a server on a thread of this process would wait for the GIL)."""
        reader = ResponseReader(max_body=self._options.max_response_bytes)
        try:
            wait = timeouts.remaining(timeouts.read)
            if sock.gettimeout() != wait:
                sock.settimeout(wait)
            try:
                sent = sock.send(data)
            except OSError as exc:
                if reused:  # not a byte left: nothing was delivered
                    sock.close()
                    raise _NothingSent from exc
                raise
            if sent < len(data):
                sock.sendall(memoryview(data)[sent:])
            while True:
                if timeouts.deadline is not None:
                    sock.settimeout(timeouts.remaining(timeouts.read))
                chunk = sock.recv(_READ_SIZE)
                if not chunk:
                    reader.eof()
                    break
                if reader.feed(chunk):
                    break
        except TimeoutError as exc:
            sock.close()
            raise ReadTimeoutError("read timed out", url=url) from exc
        except BodyTooLarge as exc:
            sock.close()
            raise ResponseTooLargeError(str(exc), url=url, limit=exc.limit) from None
        except (OSError, ProtocolError) as exc:
            sock.close()
            raise ConnectionFailedError(failure(exc, self._options.proxy), url=url) from exc
        if reader.reusable:
            self._checkin(origin, sock)
        else:
            sock.close()
        return HttpResponse(reader.status, reader.headers, reader.body)

    def _checkout(self, origin: Origin) -> _Socket | None:
        """An idle connection to ``origin`` that the server has not closed, if there is one."""
        if self._pid != os.getpid():
            self._leave_parent_connections()
        while True:
            with self._lock:
                idle = self._idle.get(origin)
                if not idle:
                    return None
                sock = idle.pop()
            if is_idle_and_open(sock.fileno()):
                return sock
            sock.close()

    def _checkin(self, origin: Origin, sock: _Socket) -> None:
        with self._lock:
            idle = self._idle.setdefault(origin, [])
            if len(idle) < self._options.max_pool_connections:
                idle.append(sock)
                return
        sock.close()

    def _leave_parent_connections(self) -> None:
        """In a forked child: forget the parent's connections, closing only this process's
        copies of their descriptors (the parent's stay open; no byte is sent or read)."""
        inherited, self._idle = self._idle, {}
        self._lock = _thread.allocate_lock()  # the parent's may have been held at the fork
        self._pid = os.getpid()
        for socks in inherited.values():
            for sock in socks:
                sock.close()

    def close(self) -> None:
        if self._pid != os.getpid():
            self._leave_parent_connections()
            return
        with self._lock:
            idle, self._idle = self._idle, {}
        for socks in idle.values():
            for sock in socks:
                sock.close()


def _open_tunnel(sock: socket.socket, proxy: Proxy, origin: Origin, url: str) -> None:
    """Ask ``proxy`` (connected on ``sock``) for a tunnel to ``origin``; ``ProxyError`` if it
    refuses. The proxy's answer ends before the endpoint's first byte: nothing is read past it."""
    from typedaws_runtime.proxies import ConnectResponseReader, connect_request

    sock.sendall(connect_request(proxy, origin.host, origin.port))
    reader = ConnectResponseReader(proxy, url=url)
    while True:
        chunk = sock.recv(_READ_SIZE)
        if not chunk:
            reader.eof()
        if reader.feed(chunk):
            return


def _open(host: str, port: int, timeout: float) -> socket.socket:
    """``socket.create_connection``, except that an ASCII host goes to the resolver as bytes
    (a str would load the idna codec only to encode it); TCP_NODELAY
    set."""
    name = host.encode() if host.isascii() else host
    error: OSError | None = None
    for family, kind, proto, _, address in socket.getaddrinfo(name, port, 0, socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(timeout)
            sock.connect(address)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as exc:
            sock.close()
            error = exc
            continue
        return sock
    raise error if error is not None else OSError(f"no address for {host!r}")
