"""Pools under ``fork`` and across event loops, against a server that echoes each caller.

The server answers each ConfirmSignUp with the request's own ``Username`` as ``Session``, so a
response delivered to the wrong caller (or the wrong process) shows. A pre-fork server that
warms its client up before forking (gunicorn ``--preload``, ``multiprocessing`` with fork) is
the case of the fork tests: parent and child then call at the same time.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import threading
import time
from collections.abc import Callable

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from tests.faults.test_concurrency import echo
from tests.support.calls import REGION
from tests.support.stub_server import StubServer

CALLS = 100

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def _mismatches(sessions: list[str | None], prefix: str) -> list[str]:
    return [f"{prefix}-{i}" for i, s in enumerate(sessions) if s != f"echo:{prefix}-{i}"]


def _wait_for(predicate: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.02)
    return predicate()


def _in_child(work: Callable[[], object]) -> tuple[int, int, int]:
    """Fork; the child runs ``work`` and reports its JSON result, then waits for a word from
    the parent before it exits (so that its descriptors stay open meanwhile). Returns (child
    pid, fd of the child's report, fd to tell it to exit)."""
    report_r, report_w = os.pipe()
    exit_r, exit_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(report_r)
            os.close(exit_w)
            try:
                result: object = work()
            except BaseException as exc:
                result, code = f"child failed: {exc!r}", 1
            os.write(report_w, json.dumps(result).encode() + b"\n")
            os.read(exit_r, 1)
        finally:
            os._exit(code)
    os.close(report_w)
    os.close(exit_r)
    return pid, report_r, exit_w


def _child_report(pid: int, report_r: int, exit_w: int) -> tuple[object, Callable[[], int]]:
    """The child's result, and a function that lets it exit and returns its exit status."""
    with os.fdopen(report_r, "rb") as report:
        result = json.loads(report.readline() or b'"no report"')

    def finish() -> int:
        os.write(exit_w, b"x")
        os.close(exit_w)
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

    return result, finish


def test_sync_client_in_parent_and_forked_child_at_once() -> None:
    with StubServer(echo) as server:
        client = CognitoIdentityProviderClient(region=REGION, endpoint_url=server.url)

        def calls(prefix: str) -> list[str]:
            sessions = [
                client.confirm_sign_up(
                    client_id="client-id-1", username=f"{prefix}-{i}", confirmation_code="1234"
                ).session
                for i in range(CALLS)
            ]
            return _mismatches(sessions, prefix)

        client.confirm_sign_up(client_id="client-id-1", username="warm", confirmation_code="1")
        assert server.connections_accepted == 1  # the pool now holds one open connection

        pid, report_r, exit_w = _in_child(lambda: calls("child"))
        parent_mismatches = calls("parent")
        child_result, finish = _child_report(pid, report_r, exit_w)
        try:
            assert parent_mismatches == []
            assert child_result == []
            # The child opened a connection of its own; the parent kept using its own.
            assert server.connections_accepted == 2
            # The child closed its copy of the parent's socket: when the parent closes it,
            # the server sees it closed while the child is still alive.
            client.close()
            assert _wait_for(lambda: server.connections_open == 1)
        finally:
            assert finish() == 0
        assert len(server.requests) == 1 + 2 * CALLS  # every request sent exactly once


def test_async_client_in_parent_and_forked_child() -> None:
    """The parent's loop keeps its connection across the fork; the child, on a loop of its
    own, opens a new one and closes its copy of the parent's without touching its loop."""
    with StubServer(echo) as server:
        client = AsyncCognitoIdentityProviderClient(region=REGION, endpoint_url=server.url)

        async def calls(prefix: str) -> list[str]:
            sessions = []
            for i in range(CALLS):
                response = await client.confirm_sign_up(
                    client_id="client-id-1", username=f"{prefix}-{i}", confirmation_code="1234"
                )
                sessions.append(response.session)
            return _mismatches(sessions, prefix)

        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(calls("warm"))
            assert server.connections_accepted == 1

            pid, report_r, exit_w = _in_child(lambda: asyncio.run(calls("child")))
            parent_mismatches = loop.run_until_complete(calls("parent"))
            child_result, finish = _child_report(pid, report_r, exit_w)
            try:
                assert parent_mismatches == []
                assert child_result == []
                assert server.connections_accepted == 2
                loop.run_until_complete(client.aclose())
                assert _wait_for(lambda: server.connections_open == 1)
            finally:
                assert finish() == 0
        finally:
            loop.close()
        assert len(server.requests) == 3 * CALLS


def test_async_client_used_from_several_event_loops_at_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One client, four threads each running its own loop, all calling at the same time: every
    call gets its own answer, and asyncio reports nothing (no exception left unretrieved)."""
    threads, calls_per_thread = 4, 200
    results: dict[int, list[str] | BaseException] = {}

    async def run(client: AsyncCognitoIdentityProviderClient, t: int) -> list[str]:
        async def call(i: int) -> str | None:
            response = await client.confirm_sign_up(
                client_id="client-id-1", username=f"t{t}-{i}", confirmation_code="1234"
            )
            return response.session

        sessions = await asyncio.gather(*(call(i) for i in range(calls_per_thread)))
        await client.aclose()  # closes this loop's connections (and others' idle ones)
        return _mismatches(list(sessions), f"t{t}")

    with caplog.at_level(logging.DEBUG, logger="asyncio"), StubServer(echo) as server:
        client = AsyncCognitoIdentityProviderClient(region=REGION, endpoint_url=server.url)

        def thread_main(t: int) -> None:
            try:
                results[t] = asyncio.run(run(client, t))
            except BaseException as exc:
                results[t] = exc

        workers = [threading.Thread(target=thread_main, args=(t,)) for t in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        gc.collect()

    assert results == {t: [] for t in range(threads)}
    assert len(server.requests) == threads * calls_per_thread
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
