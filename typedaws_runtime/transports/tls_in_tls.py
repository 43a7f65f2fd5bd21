"""TLS to the endpoint inside a TLS connection to an ``https://`` proxy, on a blocking socket.

``ssl`` cannot wrap an ``SSLSocket`` in another; an ``SSLObject`` over memory buffers can (as
urllib3's ``SSLTransport`` does). ``TlsInTls`` gives the socket transport the few socket
methods it uses: ``send``, ``sendall``, ``recv``, ``settimeout``/``gettimeout``, ``fileno``
(to check an idle connection) and ``close``. The asyncio transport needs none of this:
``loop.start_tls`` runs TLS over any transport, TLS included.
"""

from __future__ import annotations

import socket
import ssl

from typedaws_runtime.static_typing import cast

_READ_SIZE = 65_536


class TlsInTls:
    """An endpoint's TLS session carried by ``outer``, the TLS socket of the proxy's tunnel."""

    def __init__(self, outer: socket.socket, context: ssl.SSLContext, hostname: str) -> None:
        self._outer = outer
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._tls = context.wrap_bio(self._incoming, self._outgoing, server_hostname=hostname)
        self._closed = False
        self._run(self._tls.do_handshake)

    def _run(self, step: object, *args: object) -> object:
        """Call ``step`` until the inner TLS layer needs no more bytes from the proxy,
        writing out whatever it produced."""
        assert callable(step)
        while True:
            try:
                result = step(*args)
            except ssl.SSLWantReadError:
                self._flush()
                data = self._outer.recv(_READ_SIZE)
                if data:
                    self._incoming.write(data)
                else:
                    self._incoming.write_eof()
                continue
            self._flush()
            return result

    def _flush(self) -> None:
        pending = self._outgoing.read()
        if pending:
            self._outer.sendall(pending)

    def send(self, data: bytes | memoryview) -> int:
        written = self._run(self._tls.write, data)
        assert isinstance(written, int)
        return written

    def sendall(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            view = view[self.send(view) :]

    def recv(self, size: int) -> bytes:
        try:
            data = self._run(self._tls.read, size)
        except ssl.SSLZeroReturnError:  # the endpoint closed its TLS session
            return b""
        assert isinstance(data, bytes)
        return data

    def getpeercert(self) -> dict[str, object] | None:
        """The endpoint's certificate, as ``ssl.SSLSocket.getpeercert`` gives it."""
        return cast("dict[str, object] | None", self._tls.getpeercert())

    def settimeout(self, timeout: float | None) -> None:
        self._outer.settimeout(timeout)

    def gettimeout(self) -> float | None:
        return self._outer.gettimeout()

    def fileno(self) -> int:
        return self._outer.fileno()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._outer.close()
