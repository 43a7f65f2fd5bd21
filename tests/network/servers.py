"""Servers for end-to-end network tests: a real HTTP proxy, and a TLS endpoint.

``ProxyServer`` runs proxy.py (the ``proxy.py`` package on PyPI, pinned in the dev
dependencies) in a child process on 127.0.0.1 and a free port: CONNECT tunnels, absolute-form
HTTP forwarding, optional Basic authentication (``--basic-auth``), and optionally TLS on its
own listening port (an ``https://`` proxy). ``TlsStubServer`` is ``tests.support.stub_server``'s
``StubServer`` with TLS on every connection, answering like Cognito (see ``cognito_like``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import quote

from tests.support.stub_server import (
    RecordedRequest,
    StubResponse,
    StubServer,
    _HTTPServer,  # pyright: ignore[reportPrivateUsage]
)

START_TIMEOUT = 30.0
"""Seconds proxy.py may take to start listening."""


class ProxyServer:
    """proxy.py in a child process (its own process group), listening on 127.0.0.1.

    ``url`` is the proxy's URL (with the credentials, percent-encoded, when it has some);
    ``url_without_credentials`` the same without them. ``log()`` is what it wrote (warnings:
    refused credentials, failed upstream connections).
    """

    def __init__(
        self,
        workdir: Path,
        *,
        credentials: tuple[str, str] | None = None,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.workdir = workdir
        self.credentials = credentials
        self.tls = tls
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log_path = workdir / "proxy.log"

    @property
    def scheme(self) -> str:
        return "https" if self.tls is not None else "http"

    @property
    def url_without_credentials(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        if self.credentials is None:
            return self.url_without_credentials
        return self.url_with(*self.credentials)

    def url_with(self, user: str, password: str) -> str:
        """The proxy's URL with other credentials (percent-encoded)."""
        userinfo = f"{quote(user, safe='')}:{quote(password, safe='')}"
        return f"{self.scheme}://{userinfo}@127.0.0.1:{self.port}"

    def start(self) -> Self:
        self.workdir.mkdir(parents=True, exist_ok=True)
        port_file = self.workdir / "port"
        port_file.unlink(missing_ok=True)
        args = [
            sys.executable,
            "-m",
            "proxy",
            "--hostname",
            "127.0.0.1",
            "--port",
            "0",
            "--port-file",
            str(port_file),
            "--num-acceptors",
            "1",
            "--threaded",  # a thread per connection: one process, stopped with its group
            "--log-level",
            "WARNING",
            "--log-file",
            str(self._log_path),
            "--data-dir",
            str(self.workdir / "data"),
            "--timeout",
            "30",
        ]
        if self.credentials is not None:
            args += ["--basic-auth", ":".join(self.credentials)]
        if self.tls is not None:
            args += ["--cert-file", str(self.tls[0]), "--key-file", str(self.tls[1])]
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        self._process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=self.workdir,
            start_new_session=True,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            text = port_file.read_text() if port_file.exists() else ""
            if text.strip():
                self.port = int(text.split()[0])
                break
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"proxy.py did not start:\n{self.log()}")
            time.sleep(0.02)
        while True:  # the port file is written before the acceptor runs: wait for it
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        f"proxy.py does not accept connections:\n{self.log()}"
                    ) from None
                time.sleep(0.02)

    def stop(self) -> None:
        """Stop proxy.py and anything it started (its process group); idempotent."""
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)

    def log(self) -> str:
        try:
            return self._log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def cognito_like(request: RecordedRequest) -> StubResponse:
    """What Cognito answers: ``{}`` with a request id to an awsJson 1.1 POST to ``/`` for one of
    its operations, ``UnknownOperationException`` to anything else."""
    request_id = str(uuid.uuid4())
    target = request.header("x-amz-target") or ""
    if (
        request.method == "POST"
        and request.path == "/"
        and target.startswith("AWSCognitoIdentityProviderService.")
    ):
        return StubResponse.json({}, headers={"x-amzn-RequestId": request_id})
    return StubResponse.aws_error("UnknownOperationException", request_id=request_id)


class _TlsHTTPServer(_HTTPServer):
    """The stub's HTTP server, each accepted connection wrapped in TLS on its own thread."""

    def __init__(self, stub: TlsStubServer) -> None:
        self.tls_stub = stub
        super().__init__(stub)

    def finish_request(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: object
    ) -> None:
        assert isinstance(request, socket.socket)  # a TCP server: never a datagram
        try:
            conn = self.tls_stub.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            self.tls_stub.record_handshake_failure()
            return
        with conn:
            self.tls_stub.record_handshake()
            super().finish_request(conn, client_address)


class TlsStubServer(StubServer):
    """``StubServer`` over TLS, with ``context`` (a server context holding its certificate);
    ``url`` is ``https://localhost:<port>``. Counts ``handshakes`` and
    ``handshake_failures`` (a client that refused the certificate, or presented none when one
    is required)."""

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(cognito_like)
        self.context = context
        self._counts_lock = threading.Lock()
        self.handshakes = 0
        self.handshake_failures = 0

    def record_handshake(self) -> None:
        with self._counts_lock:
            self.handshakes += 1

    def record_handshake_failure(self) -> None:
        with self._counts_lock:
            self.handshake_failures += 1

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("TlsStubServer already started")
        self.stopping.clear()
        self._server = _TlsHTTPServer(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="TlsStubServer",
            daemon=True,
        )
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        return f"https://localhost:{self.port}"
