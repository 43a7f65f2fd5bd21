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

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from tests.faults._support import REGION
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
        assert server.peak_connections_open <= ASYNC_TASKS
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
