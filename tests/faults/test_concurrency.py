"""One client shared by many threads (sync) or tasks (async), against a server that echoes.

The server answers each ConfirmSignUp with the request's own ``Username`` as ``Session``, so
a response delivered to the wrong caller shows. Connections are counted at the server: they
stay bounded while calls run and are all closed once the client is.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from tests.support.calls import REGION
from tests.support.stub_server import RecordedRequest, StubResponse, StubServer

SYNC_THREADS = 16
SYNC_CALLS = 2_000
ASYNC_TASKS = 500


def echo(request: RecordedRequest) -> StubResponse:
    body = request.json_object()
    return StubResponse.json(
        {"Session": f"echo:{body['Username']}"}, headers={"x-amzn-RequestId": str(body["Username"])}
    )


def _wait_all_closed(server: StubServer, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while server.connections_open and time.monotonic() < deadline:
        time.sleep(0.02)


def test_sync_client_shared_by_threads() -> None:
    with StubServer(echo) as server:
        client = CognitoIdentityProviderClient(region=REGION, endpoint_url=server.url)
        mismatches: list[str] = []
        lock = threading.Lock()

        def call(i: int) -> None:
            username = f"user-{i:05d}"
            response = client.confirm_sign_up(
                client_id="client-id-1", username=username, confirmation_code="123456"
            )
            if response.session != f"echo:{username}":
                with lock:
                    mismatches.append(username)

        with client, ThreadPoolExecutor(max_workers=SYNC_THREADS) as pool:
            for future in [pool.submit(call, i) for i in range(SYNC_CALLS)]:
                future.result()

        assert mismatches == []
        assert len(server.requests) == SYNC_CALLS  # one attempt each: nothing failed
        assert server.handler_errors == []
        # Never more connections at once than callers; all closed with the client.
        assert server.peak_connections_open <= SYNC_THREADS
        _wait_all_closed(server)
        assert server.connections_open == 0
        gc.collect()


def test_async_client_shared_by_tasks() -> None:
    async def run(server: StubServer) -> list[str]:
        async with AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=server.url
        ) as client:

            async def call(i: int) -> str | None:
                response = await client.confirm_sign_up(
                    client_id="client-id-1", username=f"user-{i:05d}", confirmation_code="123456"
                )
                return response.session

            sessions = await asyncio.gather(*(call(i) for i in range(ASYNC_TASKS)))
        return [f"user-{i:05d}" for i, s in enumerate(sessions) if s != f"echo:user-{i:05d}"]

    with StubServer(echo) as server:
        mismatches = asyncio.run(run(server))
        assert mismatches == []
        assert len(server.requests) == ASYNC_TASKS
        assert server.handler_errors == []
        # The transport's pool holds at most 100 connections, however many tasks call at once.
        assert server.peak_connections_open <= 100
        _wait_all_closed(server)
        assert server.connections_open == 0
        gc.collect()


def test_sync_client_reused_after_close() -> None:
    """``close()`` then more calls: new connections, and they are closed again at the end."""
    with StubServer(echo) as server:
        client = CognitoIdentityProviderClient(region=REGION, endpoint_url=server.url)
        for round_ in range(2):
            with client:
                response = client.confirm_sign_up(
                    client_id="client-id-1", username=f"round-{round_}", confirmation_code="1234"
                )
                assert response.session == f"echo:round-{round_}"
            _wait_all_closed(server)
            assert server.connections_open == 0
        gc.collect()


def test_async_client_used_on_two_event_loops() -> None:
    """A client kept across ``asyncio.run`` calls: the second loop gets connections of its own.

    The first loop's idle connection cannot be closed once its loop is closed: it is dropped
    and Python reports it (ResourceWarning), which is what closing the client on its own loop
    avoids; the call on the second loop works either way.
    """
    with StubServer(echo) as server:
        client = AsyncCognitoIdentityProviderClient(region=REGION, endpoint_url=server.url)

        async def call(name: str) -> str | None:
            response = await client.confirm_sign_up(
                client_id="client-id-1", username=name, confirmation_code="1234"
            )
            return response.session

        assert asyncio.run(call("first-loop")) == "echo:first-loop"
        with pytest.warns(ResourceWarning, match="unclosed"):
            assert asyncio.run(call("second-loop")) == "echo:second-loop"
            asyncio.run(client.aclose())
            gc.collect()
        assert server.connections_accepted == 2


def test_async_cancelled_call_leaves_the_client_usable() -> None:
    """A call cancelled while waiting for its answer: that connection is dropped (its answer
    can never be read as another call's), and the next call succeeds on a new one."""
    slow = {"user-slow"}

    def handler(request: RecordedRequest) -> StubResponse:
        user = str(request.json_object().get("Username"))
        return StubResponse.json({"Session": f"echo:{user}"}, delay=1.0 if user in slow else 0)

    async def run(server: StubServer) -> tuple[bool, str | None]:
        async with AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=server.url
        ) as client:
            try:
                await asyncio.wait_for(
                    client.confirm_sign_up(
                        client_id="client-id-1", username="user-slow", confirmation_code="1"
                    ),
                    timeout=0.2,
                )
                cancelled = False
            except TimeoutError:
                cancelled = True
            response = await client.confirm_sign_up(
                client_id="client-id-1", username="user-fast", confirmation_code="1"
            )
            return cancelled, response.session

    with StubServer(handler) as server:
        cancelled, session = asyncio.run(run(server))
        assert cancelled
        assert session == "echo:user-fast"
        assert server.connections_accepted == 2
        _wait_all_closed(server)
        gc.collect()
