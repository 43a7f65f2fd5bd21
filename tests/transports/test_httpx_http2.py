"""HTTP/2 through ``HttpxTransport``: an httpx client with ``http2=True`` makes its calls over
one HTTP/2 connection to a local TLS server (h2, as ``httpx[http2]`` installs it)."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from typing import Any

import h2.config
import h2.connection
import h2.events
import httpx
import pytest
import trustme

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from typedaws_runtime.transports.httpx_transport import AsyncHttpxTransport, HttpxTransport

CONFIRM: dict[str, Any] = {
    "client_id": "client-id-h2",
    "username": "alice-h2",
    "confirmation_code": "123456",
}


class H2Server:
    """Answers each HTTP/2 request with ``{"Session": <its x-amz-target>}``; records what it
    received (pseudo-headers and headers, lower case, and the body)."""

    def __init__(self, ca: trustme.CA) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("localhost").configure_cert(self.context)
        self.context.set_alpn_protocols(["h2"])
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://localhost:{self.listener.getsockname()[1]}"
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._connection, args=(raw,), daemon=True).start()

    def _connection(self, raw: socket.socket) -> None:
        try:
            with self.context.wrap_socket(raw, server_side=True) as sock:
                conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
                conn.initiate_connection()
                sock.sendall(conn.data_to_send())
                streams: dict[int, tuple[dict[str, str], bytearray]] = {}
                while data := sock.recv(65536):
                    for event in conn.receive_data(data):
                        self._event(conn, event, streams)
                    sock.sendall(conn.data_to_send())
        except (OSError, ssl.SSLError):
            return

    def _event(
        self,
        conn: h2.connection.H2Connection,
        event: h2.events.Event,
        streams: dict[int, tuple[dict[str, str], bytearray]],
    ) -> None:
        if isinstance(event, h2.events.RequestReceived) and event.stream_id is not None:
            headers = {
                (k.decode() if isinstance(k, bytes) else k): (
                    v.decode() if isinstance(v, bytes) else v
                )
                for k, v in event.headers or []
            }
            streams[event.stream_id] = (headers, bytearray())
        elif isinstance(event, h2.events.DataReceived) and event.stream_id is not None:
            streams[event.stream_id][1].extend(event.data or b"")
            conn.acknowledge_received_data(event.flow_controlled_length or 0, event.stream_id)
        elif isinstance(event, h2.events.StreamEnded) and event.stream_id is not None:
            headers, body = streams.pop(event.stream_id)
            self.requests.append((headers, bytes(body)))
            answer = json.dumps({"Session": headers.get("x-amz-target", "")}).encode()
            conn.send_headers(
                event.stream_id,
                [
                    (":status", "200"),
                    ("content-type", "application/x-amz-json-1.1"),
                    ("x-amzn-requestid", "h2-request"),
                    ("content-length", str(len(answer))),
                ],
            )
            conn.send_data(event.stream_id, answer, end_stream=True)

    def close(self) -> None:
        self.listener.close()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def h2_server(ca: trustme.CA) -> Iterator[H2Server]:
    server = H2Server(ca)
    yield server
    server.close()


def test_calls_over_http2(ca: trustme.CA, h2_server: H2Server) -> None:
    verify = ssl.create_default_context()
    ca.configure_trust(verify)
    with (
        httpx.Client(http2=True, verify=verify) as http,
        CognitoIdentityProviderClient(
            region="eu-west-1", endpoint_url=h2_server.url, transport=HttpxTransport(http)
        ) as client,
    ):
        first = client.confirm_sign_up(**CONFIRM)
        second = client.confirm_sign_up(**CONFIRM)
    assert first.session == second.session == "AWSCognitoIdentityProviderService.ConfirmSignUp"
    assert h2_server.connections == 1
    headers, body = h2_server.requests[0]
    assert headers[":method"] == "POST"
    assert headers["accept-encoding"] == "identity"
    assert json.loads(body)["Username"] == "alice-h2"


def test_async_calls_over_http2(ca: trustme.CA, h2_server: H2Server) -> None:
    verify = ssl.create_default_context()
    ca.configure_trust(verify)

    async def run() -> list[str | None]:
        async with (
            httpx.AsyncClient(http2=True, verify=verify) as http,
            AsyncCognitoIdentityProviderClient(
                region="eu-west-1", endpoint_url=h2_server.url, transport=AsyncHttpxTransport(http)
            ) as client,
        ):
            # Concurrent calls: streams of one HTTP/2 connection.
            results = await asyncio.gather(*(client.confirm_sign_up(**CONFIRM) for _ in range(5)))
            return [r.session for r in results]

    sessions = asyncio.run(run())
    assert sessions == ["AWSCognitoIdentityProviderService.ConfirmSignUp"] * 5
    assert h2_server.connections == 1
    assert len(h2_server.requests) == 5
