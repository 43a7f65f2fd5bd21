"""Which contenders run, in which interpreter, and how each measurement's child is written."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

Group = Literal["sdk", "boto", "raw", "floor", "baseline", "service"]
"""``raw``: HTTP clients posting a pre-built request (the ÷raw references); ``floor``: bare
sockets with pre-built bytes and a response read by its length, no HTTP client at all;
``baseline``: this SDK at an earlier commit (``--baseline``), to measure what a change costs;
``service``: one call of another service (``service`` names it), by this SDK's generated package
and by boto3, compared with each other only."""


@dataclass(frozen=True, slots=True)
class Contender:
    key: str
    """Short name used in the table and the JSON."""
    label: str
    caller: str
    """Class name in ``bench.callers``."""
    group: Group
    is_async: bool
    venv: Literal["main", "aiobotocore"] = "main"
    """aiobotocore pins an older botocore than the project's, so it runs in a venv of its own."""
    source: Path | None = None
    """The source tree its children run in (``typedaws_runtime``, ``generated/``, ``bench``); None:
    this checkout."""
    service: str | None = None
    """botocore's name of the service called, for the ``service`` group: its package is
    generated at bench start and put on the children's path."""


CONTENDERS: tuple[Contender, ...] = (
    Contender("sdk-sync", "this SDK, sync", "SdkSync", "sdk", False),
    Contender("sdk-async", "this SDK, async", "SdkAsync", "sdk", True),
    Contender("boto3", "boto3", "Boto3", "boto", False),
    Contender("aiobotocore", "aiobotocore", "AioBotocore", "boto", True, "aiobotocore"),
    Contender("http.client", "raw http.client", "HttpClient", "raw", False),
    Contender("urllib3", "raw urllib3 HTTPConnectionPool", "Urllib3Pool", "raw", False),
    Contender("urllib3-pm", "raw urllib3 PoolManager", "Urllib3PoolManager", "raw", False),
    Contender("aiohttp", "raw aiohttp ClientSession", "Aiohttp", "raw", True),
    Contender("sdk-transport", "raw SDK sync transport", "SdkTransport", "raw", False),
    Contender("sdk-async-transport", "raw SDK async transport", "SdkAsyncTransport", "raw", True),
    Contender("socket", "floor: bare socket, bytes pre-built", "RawSocket", "floor", False),
    Contender("asyncio", "floor: asyncio streams, bytes pre-built", "RawAsyncio", "floor", True),
    Contender(
        "dynamodb-sdk",
        "DynamoDB GetItem, this SDK",
        "DynamoDBSdk",
        "service",
        False,
        service="dynamodb",
    ),
    Contender(
        "dynamodb-boto3",
        "DynamoDB GetItem, boto3",
        "DynamoDBBoto3",
        "service",
        False,
        service="dynamodb",
    ),
    Contender("sqs-sdk", "SQS SendMessage, this SDK", "SQSSdk", "service", False, service="sqs"),
    Contender("sqs-boto3", "SQS SendMessage, boto3", "SQSBoto3", "service", False, service="sqs"),
)

BY_KEY = {c.key: c for c in CONTENDERS}

BASELINE_OF = ("sdk-sync", "sdk-async", "sdk-transport", "sdk-async-transport")
"""The contenders measured again at the baseline commit, when there is one."""


def baselines(source: Path, rev: str) -> list[Contender]:
    """The SDK's contenders again, run from ``source``, a copy of the tree at ``rev``."""
    return [
        replace(
            BY_KEY[key],
            key=f"{key}@base",
            label=f"{BY_KEY[key].label}, at {rev}",
            group="baseline",
            source=source,
        )
        for key in BASELINE_OF
    ]


def cold_script(contender: Contender, url: str, calls: int) -> str:
    """``python -c`` source: time import + client + first call, then make ``calls`` in all.

    The clock starts after ``import bench.callers`` (which imports nothing) and stops when the
    first response has been read; ``json`` is imported after that so no contender gets it for
    free. Peak RSS is read after the last call, from ``VmHWM`` in ``/proc/self/status``: on
    Linux ``ru_maxrss`` survives ``exec`` and would report the (larger) benchmark parent.
    """
    rest = calls - 1
    if contender.is_async:
        body = f"""\
import time
import bench.callers as _c
_t0 = time.perf_counter()
import asyncio
async def _main():
    caller = _c.{contender.caller}({url!r})
    await caller.start()
    await caller.ok()
    t1 = time.perf_counter()
    for _ in range({rest}):
        await caller.ok()
    await caller.close()
    return t1
_t1 = asyncio.run(_main())
"""
    else:
        body = f"""\
import time
import bench.callers as _c
_t0 = time.perf_counter()
caller = _c.{contender.caller}({url!r})
caller.ok()
_t1 = time.perf_counter()
for _ in range({rest}):
    caller.ok()
caller.close()
"""
    return (
        body
        + """\
import json
with open("/proc/self/status") as _f:
    _hwm = next(int(line.split()[1]) for line in _f if line.startswith("VmHWM:"))
print(json.dumps({"cold_ms": (_t1 - _t0) * 1e3, "rss_kib": _hwm}))
"""
    )
