"""Response framing through the real transports, sync and async, from a local server.

The server sends these bytes verbatim, so each case is one way a server (or a proxy in front
of it) may legally frame a response, or one way it may break framing. Every legal one reads
the same as a plain ``Content-Length`` response; every broken one is a typed error that does
not spill into the next call on the client.
"""

from __future__ import annotations

import pytest

from cognito_idp.models import ConfirmSignUpResponse
from tests.support.calls import CONFIRM_CALL, MODES, Mode, calls_on_one_client, one_call
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ConnectionFailedError, TransportError

pytestmark = pytest.mark.parametrize("mode", MODES)

BODY = b'{"Session": "framed-session"}'
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"


def _chunked(body: bytes, size: int) -> bytes:
    chunks = b"".join(
        f"{len(body[i : i + size]):x}\r\n".encode() + body[i : i + size] + b"\r\n"
        for i in range(0, len(body), size)
    )
    return HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"


LEGAL = {
    "content-length": HEAD + f"Content-Length: {len(BODY)}\r\n\r\n".encode() + BODY,
    "chunked": _chunked(BODY, 7),
    "chunked-one": _chunked(BODY, 1000),
    "interim-100": b"HTTP/1.1 100 Continue\r\n\r\n"
    + HEAD
    + f"Content-Length: {len(BODY)}\r\n\r\n".encode()
    + BODY,
    "bare-lf": HEAD.replace(b"\r\n", b"\n") + f"Content-Length: {len(BODY)}\n\n".encode() + BODY,
}


def _session(value: object) -> str | None:
    assert isinstance(value, ConfirmSignUpResponse), repr(value)
    return value.session


@pytest.mark.parametrize("name", sorted(LEGAL))
def test_legal_framing_reads_the_same(mode: Mode, stub: StubServer, name: str) -> None:
    stub.enqueue(StubResponse(raw=LEGAL[name]), StubResponse(raw=LEGAL[name]))
    first, second = calls_on_one_client(mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL])
    assert _session(first.value) == _session(second.value) == "framed-session"
    assert stub.connections_accepted == 1  # kept alive


def test_body_to_end_of_connection(mode: Mode, stub: StubServer) -> None:
    """No length, no chunking: the body ends when the server closes; the next call reconnects."""
    stub.enqueue(StubResponse(raw=HEAD + b"\r\n" + BODY, close_after=True))
    stub.default = StubResponse.json({"Session": "second"})
    first, second = calls_on_one_client(mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL])
    assert _session(first.value) == "framed-session"
    assert _session(second.value) == "second"
    assert stub.connections_accepted == 2


def test_bytes_after_the_response_are_not_the_next_answer(mode: Mode, stub: StubServer) -> None:
    """A server that sends two responses to one request: the extra one is never read as the
    answer to the next call, whose request goes out on a new connection."""
    ok = LEGAL["content-length"]
    stray = ok.replace(b"framed-session", b"stray-session")
    stub.enqueue(StubResponse(raw=ok + stray))
    stub.default = StubResponse.json({"Session": "second"})
    first, second = calls_on_one_client(mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL])
    assert _session(first.value) == "framed-session"
    assert _session(second.value) == "second"


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"SSH-2.0-OpenSSH_9.6\r\n\r\n", id="not-http"),
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n{}", id="bad-length"),
        pytest.param(
            HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", id="bad-chunk"
        ),
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nno colon\r\n\r\n{}", id="bad-field"),
    ],
)
def test_broken_framing_is_a_typed_error(mode: Mode, stub: StubServer, raw: bytes) -> None:
    stub.enqueue(StubResponse(raw=raw, close_after=True))
    stub.default = StubResponse.json({"Session": "second"})
    first, second = calls_on_one_client(
        mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL], max_attempts=1
    )
    assert type(first.error) is ConnectionFailedError, repr(first.value)
    assert "unreadable HTTP response" in str(first.error)
    assert _session(second.value) == "second"


def test_closed_mid_chunk_is_a_typed_error(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(StubResponse(raw=_chunked(BODY, 7)[:-20], close_after=True))
    outcome = one_call(mode, stub.url, max_attempts=1)
    assert type(outcome.error) is ConnectionFailedError, repr(outcome.value)


def test_header_with_line_break_is_not_sent(mode: Mode, stub: StubServer) -> None:
    """A credential with a line break in it would split the request: refused, typed, unsent."""
    creds = Credentials(
        access_key_id="AKIDEXAMPLE",
        secret_access_key="secret",
        session_token="tok\r\nX-Injected: 1",
    )
    outcome = one_call(
        mode, stub.url, ("admin_get_user", ADMIN_GET), max_attempts=1, credentials=creds
    )
    assert isinstance(outcome.error, TransportError), repr(outcome.value)
    assert "line break" in str(outcome.error)
    assert "tok" not in str(outcome.error)
    assert stub.requests == []


ADMIN_GET = {"user_pool_id": "eu-west-1_abcdefghi", "username": "alice"}
