"""Child process of one measurement: ``python -m bench.worker MODE CALLER URL ARGS...``.

``serve CALLER URL WARMUP``: make WARMUP successful and WARMUP failing calls on one client,
print ``ready``, then answer each line ``ok N`` or ``err N`` read from stdin with the N
durations, in nanoseconds, of that many calls made one by one (a JSON list), until ``quit``.
The parent keeps one such child per contender and asks them in turn, in short slices, so that
every contender's calls are spread over the same stretch of time.

``throughput CALLER URL TASKS SECONDS``: ``TASKS`` asyncio tasks share one client and make
successful calls for ``SECONDS`` (after a warm-up that opens the connections); print calls
per second.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable, Iterator

from bench import callers


def _time_sync(fn: Callable[[], None], n: int) -> list[int]:
    clock = time.perf_counter_ns
    out: list[int] = []
    for _ in range(n):
        t0 = clock()
        fn()
        out.append(clock() - t0)
    return out


async def _time_async(fn: Callable[[], Awaitable[None]], n: int) -> list[int]:
    clock = time.perf_counter_ns
    out: list[int] = []
    for _ in range(n):
        t0 = clock()
        await fn()
        out.append(clock() - t0)
    return out


def _reply(value: object) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def _commands() -> Iterator[tuple[str, int]]:
    """The parent's requests, ``("ok" | "err", N)``, after telling it the warm-up is done."""
    _reply("ready")
    for line in sys.stdin:
        kind, _, n = line.partition(" ")
        if kind not in ("ok", "err"):
            return
        yield kind, int(n)


def serve_sync(name: str, url: str, warmup: int) -> None:
    caller = getattr(callers, name)(url)
    try:
        _time_sync(caller.ok, warmup)
        _time_sync(caller.err, warmup)
        for kind, n in _commands():
            _reply(_time_sync(getattr(caller, kind), n))
    finally:
        caller.close()


async def serve_async(name: str, url: str, warmup: int) -> None:
    caller = getattr(callers, name)(url)
    await caller.start()
    try:
        await _time_async(caller.ok, warmup)
        await _time_async(caller.err, warmup)
        for kind, n in _commands():  # blocks the loop while idle: nothing else runs on it
            _reply(await _time_async(getattr(caller, kind), n))
    finally:
        await caller.close()


async def throughput(name: str, url: str, tasks: int, seconds: float) -> dict[str, object]:
    caller = getattr(callers, name)(url)
    await caller.start()
    clock = time.perf_counter
    deadline = 0.0
    done = 0

    async def warm() -> None:
        await caller.ok()
        await caller.ok()

    async def worker() -> None:
        nonlocal done
        while clock() < deadline:
            await caller.ok()
            done += 1

    try:
        await asyncio.gather(*(warm() for _ in range(tasks)))  # open the pool, warm up
        t0 = clock()
        deadline = t0 + seconds
        await asyncio.gather(*(worker() for _ in range(tasks)))
        elapsed = clock() - t0
    finally:
        await caller.close()
    return {"calls_per_s": done / elapsed, "calls": done, "tasks": tasks, "seconds": elapsed}


def main(argv: list[str]) -> None:
    mode, name, url, a = argv[0], argv[1], argv[2], int(argv[3])
    if mode == "serve":
        if hasattr(getattr(callers, name), "start"):
            asyncio.run(serve_async(name, url, a))
        else:
            serve_sync(name, url, a)
    elif mode == "throughput":
        _reply(asyncio.run(throughput(name, url, a, float(argv[4]))))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
