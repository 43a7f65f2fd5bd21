"""Faults of a local HTTP server the tests start, through the real transports, sync and async.

Time bounds are generous upper bounds that state the contract (a timeout error within
``read_timeout + 1 s`` per attempt, plus the backoff between attempts), never performance.
Backoff is the SDK's real one (full jitter: up to 1 s before the 2nd attempt, 2 s before the
3rd), so each test makes few attempts.
"""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import time
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import (
    CognitoIdentityProviderError,
    InvalidParameterException,
    NotAuthorizedException,
    UserNotFoundException,
)
from cognito_idp.models import ConfirmSignUpResponse
from tests.support.calls import (
    CONFIRM,
    CONFIRM_CALL,
    MODES,
    REGION,
    Mode,
    Outcome,
    calls_on_one_client,
    one_call,
)
from tests.support.stub_server import Fault, RecordedRequest, StubResponse, StubServer
from typedaws_runtime.errors import (
    CallTimeoutError,
    ConnectionFailedError,
    ReadTimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    SdkError,
)
from typedaws_runtime.retries import INITIAL_QUOTA

pytestmark = pytest.mark.parametrize("mode", MODES)

MAX_BACKOFF_BEFORE = {2: 1.0, 3: 2.0}
"""The most the SDK may wait before attempt n (standard mode: up to 2 ** (n - 2) s)."""


def ok(session: str = "s" * 24) -> StubResponse:
    return StubResponse.json({"Session": session})


def _session(value: object) -> str | None:
    assert isinstance(value, ConfirmSignUpResponse), repr(value)
    return value.session


# -- idle keep-alive connections closed by the server -------------------------------------------


def _calls_with_idle_gaps(
    mode: Mode, server: StubServer, count: int, **options: Any
) -> list[Outcome]:
    """``count`` ConfirmSignUp calls on one client; after each, the server drops the connection."""

    def wait_until_idle_closed() -> None:
        deadline = time.monotonic() + 5
        while server.connections_open and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)  # and the client has had time to see the FIN

    outcomes: list[Outcome] = []
    client_options: dict[str, Any] = {"region": REGION, "endpoint_url": server.url, **options}
    if mode == "sync":
        with CognitoIdentityProviderClient(**client_options) as client:
            for _ in range(count):
                started = time.monotonic()
                try:
                    value: Any = client.confirm_sign_up(**CONFIRM)
                except Exception as exc:
                    value = exc
                outcomes.append(Outcome(value, time.monotonic() - started))
                wait_until_idle_closed()
        return outcomes

    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(**client_options) as client:
            for _ in range(count):
                started = time.monotonic()
                try:
                    value: Any = await client.confirm_sign_up(**CONFIRM)
                except Exception as exc:
                    value = exc
                outcomes.append(Outcome(value, time.monotonic() - started))
                await asyncio.to_thread(wait_until_idle_closed)

    asyncio.run(run())
    return outcomes


@pytest.mark.parametrize("max_attempts", [1, 3])
def test_server_closes_idle_connections_between_calls(mode: Mode, max_attempts: int) -> None:
    """The server drops connections idle for 0.2 s; the calls in between never see a failure.

    With ``max_attempts=1`` too: a pooled connection the server has closed is not used again
    (a retry hiding the failure would not do: the user asked for one attempt).
    """
    with StubServer(default=ok(), idle_timeout=0.2) as server:
        outcomes = _calls_with_idle_gaps(mode, server, 4, max_attempts=max_attempts)
        for outcome in outcomes:
            assert _session(outcome.value) == "s" * 24
        assert len(server.requests) == 4  # one attempt each: no hidden retry
        assert server.connections_accepted == 4  # the server did close every idle connection
        gc.collect()


# -- a connection reset in the middle of a response ---------------------------------------------


def test_reset_mid_response_is_retried(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(
        StubResponse(
            body=b'{"Session": "' + b"x" * 8000 + b'"}',
            headers={"Content-Type": "application/x-amz-json-1.1"},
            fault=Fault.RESET,
        ),
        ok("after-reset"),
    )
    outcome = one_call(mode, stub.url, max_attempts=3)
    assert _session(outcome.value) == "after-reset"
    assert len(stub.requests) == 2
    assert stub.requests[0].body == stub.requests[1].body


# -- a request delivered, then the connection reset: at most once per attempt ---------------


def _warm_then_call(
    mode: Mode, server: StubServer, *, quota: int | None = None, **options: Any
) -> tuple[Outcome, int]:
    """A first call that leaves a pooled connection, then a second one (with ``quota`` retry
    tokens left, if given); the second's outcome and the retry quota left after it."""
    client_options: dict[str, Any] = {"region": REGION, "endpoint_url": server.url, **options}
    if mode == "sync":
        with CognitoIdentityProviderClient(**client_options) as client:
            client.confirm_sign_up(**CONFIRM)
            bucket = client._core.retry_policy.quota
            if quota is not None:
                bucket.available = quota
            started = time.monotonic()
            try:
                value: Any = client.confirm_sign_up(**CONFIRM)
            except Exception as exc:
                value = exc
            return Outcome(value, time.monotonic() - started), bucket.available

    async def run() -> tuple[Outcome, int]:
        async with AsyncCognitoIdentityProviderClient(**client_options) as client:
            await client.confirm_sign_up(**CONFIRM)
            bucket = client._core.retry_policy.quota
            if quota is not None:
                bucket.available = quota
            started = time.monotonic()
            try:
                value: Any = await client.confirm_sign_up(**CONFIRM)
            except Exception as exc:
                value = exc
            return Outcome(value, time.monotonic() - started), bucket.available

    return asyncio.run(run())


def test_request_read_then_reset_is_not_sent_again_with_one_attempt(
    mode: Mode, stub: StubServer
) -> None:
    """On a reused connection, the server reads the whole request, then resets: the request
    may have been processed, so with ``max_attempts=1`` it is not sent again."""
    stub.enqueue(ok(), StubResponse(fault=Fault.RESET_UNANSWERED), ok("never-asked"))
    outcome, _ = _warm_then_call(mode, stub, max_attempts=1)
    assert isinstance(outcome.error, ConnectionFailedError), outcome.value
    assert len(stub.requests) == 2  # the warm-up call, and this one once
    assert stub.pending == 1


def test_request_read_then_reset_is_a_failed_attempt(mode: Mode, stub: StubServer) -> None:
    """With attempts left, it is retried like any connection failure: counted against
    ``max_attempts``, paid from the retry quota (refunded by the success)."""
    stub.enqueue(ok(), StubResponse(fault=Fault.RESET_UNANSWERED), ok("second-attempt"))
    outcome, quota_left = _warm_then_call(mode, stub, max_attempts=2)
    assert _session(outcome.value) == "second-attempt"
    assert len(stub.requests) == 3
    assert quota_left == INITIAL_QUOTA


def test_request_read_then_reset_with_an_empty_quota_is_not_retried(
    mode: Mode, stub: StubServer
) -> None:
    stub.enqueue(ok(), StubResponse(fault=Fault.RESET_UNANSWERED), ok("never-asked"))
    outcome, _ = _warm_then_call(mode, stub, max_attempts=3, quota=0)
    assert isinstance(outcome.error, ConnectionFailedError), outcome.value
    assert len(stub.requests) == 2


# -- answers after the read timeout -------------------------------------------------------------


@pytest.mark.parametrize("max_attempts", [1, 2])
def test_answer_after_read_timeout(mode: Mode, stub: StubServer, max_attempts: int) -> None:
    read_timeout = 0.5
    stub.default = StubResponse.json({"Session": "late"}, delay=3)
    outcome = one_call(mode, stub.url, max_attempts=max_attempts, read_timeout=read_timeout)
    assert type(outcome.error) is ReadTimeoutError, repr(outcome.value)
    assert isinstance(outcome.error, TimeoutError)
    assert len(stub.requests) == max_attempts
    backoff = sum(MAX_BACKOFF_BEFORE[n] for n in range(2, max_attempts + 1))
    assert outcome.seconds < max_attempts * (read_timeout + 1) + backoff, outcome.seconds


def test_slow_then_fast_answer(mode: Mode, stub: StubServer) -> None:
    """A timed-out attempt is retried; the late answer of the first never reaches the caller."""
    stub.enqueue(StubResponse.json({"Session": "too-late"}, delay=2), ok("in-time"))
    outcome = one_call(mode, stub.url, max_attempts=2, read_timeout=0.5)
    assert _session(outcome.value) == "in-time"
    assert len(stub.requests) == 2


def _timed_out_second_call(mode: Mode, first: dict[str, Any], second: dict[str, Any]) -> float:
    """Make a call with a client of ``first``'s options, then one with a client of
    ``second``'s (the same client when they are equal), which must raise ``ReadTimeoutError``;
    return how long the second took. Options may share a ``transport``."""

    def timed(call: Any) -> float:
        t0 = time.monotonic()
        with pytest.raises(ReadTimeoutError):
            call()
        return time.monotonic() - t0

    if mode == "sync":
        one = CognitoIdentityProviderClient(**first)
        two = one if second == first else CognitoIdentityProviderClient(**second)
        one.confirm_sign_up(**CONFIRM)
        time.sleep(0.3)
        elapsed = timed(lambda: two.confirm_sign_up(**CONFIRM))
        for client in {one, two}:
            client.close()
        return elapsed

    async def run() -> float:
        one = AsyncCognitoIdentityProviderClient(**first)
        two = one if second == first else AsyncCognitoIdentityProviderClient(**second)
        await one.confirm_sign_up(**CONFIRM)
        await asyncio.sleep(0.3)
        t0 = time.monotonic()
        with pytest.raises(ReadTimeoutError):
            await two.confirm_sign_up(**CONFIRM)
        elapsed = time.monotonic() - t0
        for client in {one, two}:
            await client.aclose()
        return elapsed

    return asyncio.run(run())


def test_read_timeout_on_a_reused_connection_is_not_early(mode: Mode, stub: StubServer) -> None:
    """The async transport keeps one timeout check armed across a connection's exchanges: the
    one the first call armed runs 0.2 s into the second, which still waits its whole 0.5 s."""
    stub.enqueue(ok("first"), StubResponse.json({"Session": "late"}, delay=5))
    options = dict(region=REGION, endpoint_url=stub.url, read_timeout=0.5, max_attempts=1)
    elapsed = _timed_out_second_call(mode, options, options)
    assert 0.45 <= elapsed < 1.5, elapsed
    assert stub.connections_accepted == 1


def test_read_timeout_shorter_than_the_last_calls(mode: Mode, stub: StubServer) -> None:
    """Two clients on one transport and one connection: after a call with a 30 s read timeout,
    a call with a 0.5 s one times out after 0.5 s."""
    if mode == "sync":
        from typedaws_runtime.transports.socket_transport import SocketTransport

        transport: Any = SocketTransport()
    else:
        from typedaws_runtime.transports.asyncio_transport import AsyncioTransport

        transport = AsyncioTransport()
    stub.enqueue(ok("first"), StubResponse.json({"Session": "late"}, delay=5))
    common = dict(region=REGION, endpoint_url=stub.url, max_attempts=1, transport=transport)
    elapsed = _timed_out_second_call(
        mode, {**common, "read_timeout": 30}, {**common, "read_timeout": 0.5}
    )
    assert elapsed < 1.5, elapsed
    assert stub.connections_accepted == 1
    if mode == "sync":
        transport.close()
    else:
        asyncio.run(transport.close())


# -- 5xx, then success --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failures",
    [
        pytest.param(
            (StubResponse.aws_error("InternalErrorException", status=500),), id="500-modelled"
        ),
        pytest.param(
            (StubResponse(status=500, body=b""), StubResponse(status=503, body=b"busy")),
            id="500-503",
        ),
        pytest.param((StubResponse(status=502, body=b"<html>bad gateway</html>"),), id="502-html"),
        pytest.param((StubResponse(status=504, body=b"gateway timeout"),), id="504"),
    ],
)
def test_5xx_then_success(mode: Mode, stub: StubServer, failures: tuple[StubResponse, ...]) -> None:
    stub.enqueue(*failures, ok("recovered"))
    outcome = one_call(mode, stub.url, max_attempts=3)
    assert _session(outcome.value) == "recovered"
    assert len(stub.requests) == len(failures) + 1


def test_5xx_every_time_gives_the_last_error(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(
        status=503, headers={"x-amzn-RequestId": "rid-503"}, body=b"Service Unavailable"
    )
    outcome = one_call(mode, stub.url, max_attempts=2)
    assert type(outcome.error) is ResponseParseError, repr(outcome.value)
    assert (outcome.error.status_code, outcome.error.request_id) == (503, "rid-503")
    assert len(stub.requests) == 2


# -- throttling ---------------------------------------------------------------------------------


class _Clock:
    """A handler answering from a script and noting when each request arrived."""

    def __init__(self, script: list[StubResponse], then: StubResponse) -> None:
        self.script = script
        self.then = then
        self.arrivals: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> StubResponse:
        with self._lock:
            self.arrivals.append(time.monotonic())
            n = len(self.arrivals)
        return self.script[n - 1] if n <= len(self.script) else self.then


@pytest.mark.parametrize(
    "throttle",
    [
        pytest.param(StubResponse.aws_error("TooManyRequestsException", status=400), id="400"),
        pytest.param(StubResponse.aws_error("ThrottlingException", status=400), id="throttling"),
        pytest.param(StubResponse.aws_error("TooManyRequestsException", status=429), id="429"),
    ],
)
def test_throttling_is_retried_with_backoff(
    mode: Mode, stub: StubServer, throttle: StubResponse
) -> None:
    clock = _Clock([throttle, throttle], ok("after-throttling"))
    stub.set_handler(clock)
    started = time.monotonic()
    outcome = one_call(mode, stub.url, max_attempts=3)
    assert _session(outcome.value) == "after-throttling"
    assert len(clock.arrivals) == 3
    gaps = [b - a for a, b in zip(clock.arrivals, clock.arrivals[1:], strict=False)]
    # Full jitter may wait almost nothing, never more than the cap of each retry.
    assert gaps[0] < MAX_BACKOFF_BEFORE[2] + 0.5, gaps
    assert gaps[1] < MAX_BACKOFF_BEFORE[3] + 0.5, gaps
    assert time.monotonic() - started < 10


def test_throttling_until_attempts_run_out(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.aws_error(
        "TooManyRequestsException", "slow down", request_id="rid-429"
    )
    outcome = one_call(mode, stub.url, max_attempts=2)
    error = outcome.error
    assert isinstance(error, CognitoIdentityProviderError), repr(outcome.value)
    assert (error.code, error.request_id) == ("TooManyRequestsException", "rid-429")
    assert len(stub.requests) == 2


# -- not retryable: exactly one attempt ---------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        pytest.param(
            StubResponse.aws_error("NotAuthorizedException", "Incorrect username or password."),
            NotAuthorizedException,
            id="not-authorized",
        ),
        pytest.param(
            StubResponse.aws_error("UserNotFoundException"), UserNotFoundException, id="no-user"
        ),
        pytest.param(
            StubResponse.aws_error("InvalidParameterException"),
            InvalidParameterException,
            id="invalid-parameter",
        ),
        pytest.param(
            StubResponse.aws_error("SomethingNewException", status=409),
            CognitoIdentityProviderError,
            id="unknown-code",
        ),
        pytest.param(StubResponse(status=403, body=b"Forbidden"), ResponseParseError, id="403"),
        pytest.param(
            StubResponse(status=501, body=b"Not Implemented"), ResponseParseError, id="501"
        ),
        pytest.param(StubResponse(status=200, body=b"{oops"), ResponseParseError, id="bad-200"),
    ],
)
def test_not_retryable_means_one_attempt(
    mode: Mode, stub: StubServer, answer: StubResponse, expected: type[SdkError]
) -> None:
    stub.default = answer
    outcome = one_call(mode, stub.url, max_attempts=3)
    assert type(outcome.error) is expected, repr(outcome.value)
    assert len(stub.requests) == 1


def test_retries_keep_one_connection_when_possible(mode: Mode, stub: StubServer) -> None:
    """A 500 then success: the retry reuses the keep-alive connection (nothing leaks)."""
    stub.enqueue(StubResponse(status=500, body=b""), ok())
    outcomes = calls_on_one_client(mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL])
    assert all(isinstance(o.value, ConfirmSignUpResponse) for o in outcomes), outcomes
    assert stub.connections_accepted == 1


# -- a server that trickles its answer: read_timeout bounds each read, call_timeout the call ----


class TrickleServer:
    """Answers each request with a 200 whose 12-byte JSON body comes one byte every 0.25 s."""

    BODY = b'{"a":"1234"}'

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.requests = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.requests += 1
            head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(self.BODY)
            try:
                conn.sendall(head)
                for i in range(len(self.BODY)):
                    time.sleep(0.25)
                    conn.sendall(self.BODY[i : i + 1])
            except OSError:
                return

    def close(self) -> None:
        self._listener.close()


def test_read_timeout_bounds_each_read_not_the_response(mode: Mode) -> None:
    """Each byte arrives within ``read_timeout``: the call takes as long as the server does."""
    server = TrickleServer()
    try:
        outcome = one_call(mode, server.url, read_timeout=1.0, max_attempts=1)
    finally:
        server.close()
    assert outcome.error is None, repr(outcome.value)
    assert outcome.seconds >= 12 * 0.25 * 0.9


def test_call_timeout_bounds_the_whole_call(mode: Mode) -> None:
    server = TrickleServer()
    try:
        outcome = one_call(mode, server.url, read_timeout=1.0, call_timeout=1.0, max_attempts=3)
    finally:
        server.close()
    assert type(outcome.error) is CallTimeoutError, repr(outcome.value)
    assert isinstance(outcome.error, TimeoutError)
    assert str(outcome.error) == "ConfirmSignUp did not end within call_timeout=1 s"
    assert server.requests == 1
    assert outcome.seconds < 1.0 + 1.0, outcome.seconds


# -- a response larger than max_response_bytes ---------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        pytest.param(StubResponse(body=b'{"Session":"' + b"x" * 2000 + b'"}'), id="length"),
        pytest.param(
            StubResponse(
                raw=b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + b"100\r\n"
                + b"x" * 256
                + b"\r\n" * 1
                + (b"100\r\n" + b"x" * 256 + b"\r\n") * 7
                + b"0\r\n\r\n"
            ),
            id="chunked",
        ),
        pytest.param(
            StubResponse(raw=b"HTTP/1.1 200 OK\r\n\r\n" + b"x" * 4000, close_after=True),
            id="to-eof",
        ),
    ],
)
def test_response_larger_than_the_cap(mode: Mode, stub: StubServer, response: StubResponse) -> None:
    """A typed error, not retried (the same request would get the same), connection dropped."""
    stub.enqueue(response, ok("next"))
    outcomes = calls_on_one_client(
        mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL], max_response_bytes=1024, max_attempts=3
    )
    error = outcomes[0].error
    assert isinstance(error, ResponseTooLargeError), outcomes[0].value
    assert error.limit == 1024
    assert "larger than max_response_bytes=1024" in str(error)
    assert _session(outcomes[1].value) == "next"
    assert len(stub.requests) == 2
    assert stub.connections_accepted == 2


def test_async_connection_closed_while_the_loop_was_busy_is_not_used(mode: Mode) -> None:
    """The server closes an idle connection while the event loop is blocked, so asyncio has not
    seen it: the transport asks the kernel before reusing a connection idle that long, and the
    call goes on a new one, with one attempt. (The sync transport always asks.)"""
    with StubServer(default=ok(), idle_timeout=0.3) as server:
        client_options: dict[str, Any] = {
            "region": REGION,
            "endpoint_url": server.url,
            "max_attempts": 1,
        }
        if mode == "sync":
            with CognitoIdentityProviderClient(**client_options) as client:
                client.confirm_sign_up(**CONFIRM)
                time.sleep(1.5)
                second = client.confirm_sign_up(**CONFIRM)
        else:

            async def run() -> ConfirmSignUpResponse:
                async with AsyncCognitoIdentityProviderClient(**client_options) as client:
                    await client.confirm_sign_up(**CONFIRM)
                    time.sleep(1.5)  # blocks the loop: the server's FIN is not read meanwhile
                    return await client.confirm_sign_up(**CONFIRM)

            second = asyncio.run(run())
        assert _session(second) == "s" * 24
        assert len(server.requests) == 2
        assert server.connections_accepted == 2


# -- the connections themselves -------------------------------------------------------------------


def test_connections_are_opened_without_nagle_delay(mode: Mode) -> None:
    """Every connection has TCP_NODELAY: with Nagle's algorithm, the last segment of a request
    written in several pieces (a large body, TLS records) waits for the server's delayed ACK,
    ~40 ms a call."""
    with StubServer(default=ok()) as server:
        options: dict[str, Any] = {"region": REGION, "endpoint_url": server.url}
        if mode == "sync":
            from typedaws_runtime.transports.socket_transport import SocketTransport

            sync_transport = SocketTransport()
            with CognitoIdentityProviderClient(**options, transport=sync_transport) as client:
                client.confirm_sign_up(**CONFIRM)
                pooled = [s for socks in sync_transport._idle.values() for s in socks]
                assert len(pooled) == 1
                assert isinstance(pooled[0], socket.socket)
                assert pooled[0].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            sync_transport.close()
            return

        from typedaws_runtime.transports.asyncio_transport import AsyncioTransport

        async def run() -> None:
            transport = AsyncioTransport()
            async with AsyncCognitoIdentityProviderClient(**options, transport=transport) as client:
                await client.confirm_sign_up(**CONFIRM)
                pool = transport._pools[asyncio.get_running_loop()]
                pooled = [c.sock for conns in pool.idle.values() for c in conns]
                assert len(pooled) == 1
                assert pooled[0].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            await transport.close()

        asyncio.run(run())
