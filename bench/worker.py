"""Child process of one measurement: ``python -m bench.worker MODE CALLER URL ARGS...``.

``percall CALLER URL WARMUP N``: time N successful and N failing calls one by one on one
client (after WARMUP of each), print the median, mean and 90th percentile in microseconds.

``throughput CALLER URL TASKS SECONDS``: ``TASKS`` asyncio tasks share one client and make
successful calls for ``SECONDS`` (after a warm-up that opens the connections); print calls
per second.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

from bench import callers


def _summary(samples_ns: list[int]) -> dict[str, float]:
    us = sorted(s / 1e3 for s in samples_ns)
    return {
        "median_us": statistics.median(us),
        "mean_us": statistics.fmean(us),
        "p90_us": us[int(len(us) * 0.9)],
    }


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


def percall_sync(name: str, url: str, warmup: int, n: int) -> dict[str, object]:
    caller = getattr(callers, name)(url)
    try:
        _time_sync(caller.ok, warmup)
        _time_sync(caller.err, warmup)
        ok = _time_sync(caller.ok, n)
        err = _time_sync(caller.err, n)
    finally:
        caller.close()
    return {"ok": _summary(ok), "err": _summary(err)}


async def percall_async(name: str, url: str, warmup: int, n: int) -> dict[str, object]:
    caller = getattr(callers, name)(url)
    await caller.start()
    try:
        await _time_async(caller.ok, warmup)
        await _time_async(caller.err, warmup)
        ok = await _time_async(caller.ok, n)
        err = await _time_async(caller.err, n)
    finally:
        await caller.close()
    return {"ok": _summary(ok), "err": _summary(err)}


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
    mode, name, url, a, b = argv[0], argv[1], argv[2], int(argv[3]), argv[4]
    result: dict[str, object]
    if mode == "percall":
        if hasattr(getattr(callers, name), "start"):
            result = asyncio.run(percall_async(name, url, a, int(b)))
        else:
            result = percall_sync(name, url, a, int(b))
    elif mode == "throughput":
        result = asyncio.run(throughput(name, url, a, float(b)))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
