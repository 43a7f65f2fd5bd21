"""A local stub HTTP/1.1 server for tests: records every request, answers as programmed.

Usage::

    with StubServer() as stub:
        stub.enqueue(StubResponse.json({"Session": "s" * 20}))
        client = CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=stub.url)
        ...
        assert stub.requests[0].json == {...}

Answers come, in order of precedence, from the queue filled by ``enqueue()`` (one answer per
request, first in first out), then from the ``handler`` (called with each ``RecordedRequest``),
then from ``default`` (``200 {}`` unless set). A ``StubResponse`` can also ask for a fault:
a delay before answering (for read timeouts), closing the connection without answering, or
resetting the connection in the middle of the response.

The server keeps connections alive (HTTP/1.1), serves each connection on its own thread, and
never logs anything: request bodies hold the secrets the tests check are not leaked. With
``idle_timeout`` it closes connections that stay idle that long, as real servers do; it counts
connections (``connections_accepted``, ``connections_open``, ``peak_connections_open``).
"""

from __future__ import annotations

import contextlib
import enum
import json as _json
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self, cast

__all__ = [
    "Fault",
    "Handler",
    "RecordedRequest",
    "StubResponse",
    "StubServer",
]


class Fault(enum.Enum):
    """Ways a ``StubResponse`` can fail on purpose."""

    CLOSE = "close"
    """Close the connection (cleanly, with FIN) without sending any response."""

    RESET = "reset"
    """Send the status line, headers and part of the body, then reset the connection (RST)."""

    RESET_UNANSWERED = "reset-unanswered"
    """Read the whole request, then reset the connection (RST) without sending a byte: the
    request was delivered, and the client cannot know whether it was processed."""


_NO_JSON = object()


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordedRequest:
    """One request as the stub received it."""

    method: str
    path: str
    headers: Mapping[str, str]
    """Header names in lower case (the last value where a header is repeated)."""
    raw_headers: tuple[tuple[str, str], ...]
    """Every header as received: original case, order and repeats."""
    body: bytes
    json: object = field(default=None)
    """The body parsed as JSON; ``None`` when it is not JSON (see ``is_json``)."""
    is_json: bool = False

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or ``None``."""
        return self.headers.get(name.lower())

    def json_object(self) -> dict[str, object]:
        """The body as a JSON object; ``AssertionError`` when it is anything else."""
        value: object = self.json
        if not self.is_json or not isinstance(value, dict):
            raise AssertionError("request body is not a JSON object")
        return cast(dict[str, object], value)


@dataclass(frozen=True, slots=True, kw_only=True)
class StubResponse:
    """What the stub sends back for one request."""

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=lambda: dict[str, str]())
    """Sent as given; ``Content-Length`` is added unless present."""
    body: bytes = b"{}"
    delay: float = 0.0
    """Seconds to wait before answering (or before the fault)."""
    fault: Fault | None = None
    raw: bytes | None = None
    """Bytes to send verbatim instead of ``status``/``headers``/``body`` (for framing tests)."""
    close_after: bool = False
    """Close the connection once the answer is sent."""

    @classmethod
    def json(
        cls,
        value: object,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        content_type: str = "application/x-amz-json-1.1",
    ) -> StubResponse:
        """A JSON response (``Content-Type: application/x-amz-json-1.1`` by default)."""
        all_headers = {"Content-Type": content_type}
        all_headers.update(headers or {})
        return cls(
            status=status,
            headers=all_headers,
            body=_json.dumps(value).encode("utf-8"),
            delay=delay,
        )

    @classmethod
    def aws_error(
        cls,
        code: str,
        message: str | None = None,
        *,
        status: int = 400,
        request_id: str | None = None,
        extra: Mapping[str, object] | None = None,
    ) -> StubResponse:
        """An awsJson error: ``{"__type": code, "message": message}`` (+ request id header)."""
        body: dict[str, object] = {"__type": code}
        if message is not None:
            body["message"] = message
        body.update(extra or {})
        headers = {"x-amzn-RequestId": request_id} if request_id is not None else {}
        return cls.json(body, status=status, headers=headers)


Handler = Callable[[RecordedRequest], StubResponse]
"""Computes the answer to one request (called on the connection's thread)."""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024  # listen() backlog: many clients connect at once

    def __init__(self, stub: StubServer) -> None:
        self.stub = stub
        super().__init__(("127.0.0.1", 0), _RequestHandler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet: clients closing keep-alive connections are normal in tests."""


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "StubServer/1.0"
    sys_version = ""

    @property
    def _stub(self) -> StubServer:
        return cast(_HTTPServer, self.server).stub

    def setup(self) -> None:
        # A socket timeout: a connection that sends no request for this long is closed
        # (``handle_one_request`` ends quietly on socket.timeout).
        idle_timeout = self._stub.idle_timeout
        super().setup()
        if idle_timeout is not None:
            self.connection.settimeout(idle_timeout)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._stub.connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self._stub.connection_closed(self.connection)

    def log_message(self, format: str, *args: object) -> None:
        """Never log: request lines and bodies may carry secrets."""

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        stub = self._stub
        body = self._read_body()
        raw_headers = tuple((k, str(v)) for k, v in self.headers.items())
        parsed: object = _NO_JSON
        if body:
            try:
                parsed = _json.loads(body)
            except ValueError:
                parsed = _NO_JSON
        recorded = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={k.lower(): v for k, v in raw_headers},
            raw_headers=raw_headers,
            body=body,
            json=None if parsed is _NO_JSON else parsed,
            is_json=parsed is not _NO_JSON,
        )
        response = stub.answer(recorded)

        if response.delay > 0 and stub.stopping.wait(response.delay):
            self.close_connection = True  # shutting down: drop the request
            return
        if response.fault is Fault.CLOSE:
            self.close_connection = True
            return
        if response.fault is Fault.RESET_UNANSWERED:
            self._reset()
            return
        if response.raw is not None:
            self.wfile.write(response.raw)
            self.wfile.flush()
            self.close_connection = response.close_after
            return

        names = {k.lower() for k in response.headers}
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if "content-length" not in names:
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()

        if response.fault is Fault.RESET:
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
            self._reset()
            return

        if self.command != "HEAD":
            self.wfile.write(response.body)
        self.wfile.flush()

    def _reset(self) -> None:
        """Close the connection with RST instead of FIN (linger 0)."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.rfile.close()
        self.connection.close()

    do_GET = _serve
    do_POST = _serve
    do_PUT = _serve
    do_PATCH = _serve
    do_DELETE = _serve
    do_HEAD = _serve
    do_OPTIONS = _serve


class StubServer:
    """A threaded keep-alive HTTP/1.1 server on 127.0.0.1 and a free port."""

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        default: StubResponse | None = None,
        idle_timeout: float | None = None,
    ):
        self.handler: Handler | None = handler
        """Answers requests once the queue is empty."""
        self.default: StubResponse = default if default is not None else StubResponse()
        """Answers requests when the queue is empty and there is no handler."""
        self.idle_timeout: float | None = idle_timeout
        """Seconds a connection may wait for its next request before the server closes it
        (like a real server's keep-alive timeout); ``None`` keeps idle connections open.
        Read when a connection is accepted. It also bounds each socket read and write."""
        self._lock = threading.Lock()
        self._queue: deque[StubResponse] = deque()
        self._requests: list[RecordedRequest] = []
        self._handler_errors: list[BaseException] = []
        self._connections: set[socket.socket] = set()
        self._connections_accepted = 0
        self._peak_connections_open = 0
        self._threads: set[threading.Thread] = set()
        self.stopping = threading.Event()
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("StubServer already started")
        self.stopping.clear()
        self._server = _HTTPServer(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="StubServer",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and wait for their threads (idempotent)."""
        server, self._server = self._server, None
        if server is None:
            return
        self.stopping.set()
        server.shutdown()
        with self._lock:
            connections = list(self._connections)
            threads = list(self._threads)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5)
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- where it listens -----------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("StubServer is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``, for ``endpoint_url``."""
        return f"http://127.0.0.1:{self.port}"

    # -- programming the answers ----------------------------------------------------------------

    def enqueue(self, *responses: StubResponse) -> None:
        """Answer the next requests with ``responses``, one each, in order."""
        with self._lock:
            self._queue.extend(responses)

    def set_handler(self, handler: Handler | None) -> None:
        self.handler = handler

    def reset(self) -> None:
        """Forget recorded requests, queued answers and handler errors."""
        with self._lock:
            self._queue.clear()
            self._requests.clear()
            self._handler_errors.clear()
            self._connections_accepted = 0
            self._peak_connections_open = len(self._connections)

    # -- what happened --------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in order of arrival (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def handler_errors(self) -> list[BaseException]:
        """Exceptions raised by the handler (each answered with HTTP 599)."""
        with self._lock:
            return list(self._handler_errors)

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted so far (keep-alive reuse keeps this low)."""
        with self._lock:
            return self._connections_accepted

    @property
    def connections_open(self) -> int:
        """TCP connections open now (accepted and not yet closed by either side)."""
        with self._lock:
            return len(self._connections)

    @property
    def peak_connections_open(self) -> int:
        """The most connections open at once since the start (or the last ``reset()``)."""
        with self._lock:
            return self._peak_connections_open

    @property
    def pending(self) -> int:
        """Queued answers not used yet."""
        with self._lock:
            return len(self._queue)

    # -- called by the request handler (not for tests) ------------------------------------------

    def answer(self, request: RecordedRequest) -> StubResponse:
        with self._lock:
            self._requests.append(request)
            if self._queue:
                return self._queue.popleft()
        handler = self.handler
        if handler is None:
            return self.default
        try:
            return handler(request)
        except Exception as exc:
            with self._lock:
                self._handler_errors.append(exc)
            return StubResponse(status=599, body=b'{"__type": "StubHandlerFailed"}')

    def connection_opened(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)
            self._connections_accepted += 1
            self._peak_connections_open = max(self._peak_connections_open, len(self._connections))
            self._threads.add(threading.current_thread())

    def connection_closed(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)
            self._threads.discard(threading.current_thread())
