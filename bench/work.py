"""The SDK's own work per call: a client whose transport answers at once, with no socket.

What a ConfirmSignUp call costs in this package alone (building and validating the request,
serialising it, the retry loop, parsing the answer or raising the modelled error), without a
network or a server: the client is given a transport whose ``send`` returns a prepared
response. The error path answers ``CodeMismatchException``, which is not retried. Each figure
is the best of 7 batches of 20,000 calls in a fresh process, the median over 5 processes.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

SCRIPT = """\
import asyncio, json, time
from typedaws_runtime.http import HttpResponse
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import CodeMismatchException

HEADERS = {"content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "7f3e1a52"}
OK = HttpResponse(200, HEADERS, b"{}")
ERROR = HttpResponse(400, HEADERS, b'{"__type":"CodeMismatchException","message":"wrong code"}')
ARGS = dict(client_id="3n4b5urk1ft4fl3mg5e62d9ado", username="alice", confirmation_code="123456")
BATCHES, CALLS = 7, 20000

class Answer:
    def __init__(self, response):
        self.response = response
    def send(self, request):
        return self.response
    def close(self):
        pass

class AsyncAnswer(Answer):
    async def send(self, request):
        return self.response
    async def close(self):
        pass

def per_call(elapsed):
    return elapsed / CALLS * 1e6

def sync(response):
    client = CognitoIdentityProviderClient(region="us-east-1", transport=Answer(response))
    def batch():
        start = time.perf_counter()
        for _ in range(CALLS):
            try:
                client.confirm_sign_up(**ARGS)
            except CodeMismatchException:
                pass
        return per_call(time.perf_counter() - start)
    batch()
    return min(batch() for _ in range(BATCHES))

async def async_(response):
    client = AsyncCognitoIdentityProviderClient(region="us-east-1", transport=AsyncAnswer(response))
    async def batch():
        start = time.perf_counter()
        for _ in range(CALLS):
            try:
                await client.confirm_sign_up(**ARGS)
            except CodeMismatchException:
                pass
        return per_call(time.perf_counter() - start)
    await batch()
    return min([await batch() for _ in range(BATCHES)])

print(json.dumps({
    "sync_ok": sync(OK),
    "sync_error": sync(ERROR),
    "async_ok": asyncio.run(async_(OK)),
    "async_error": asyncio.run(async_(ERROR)),
}))
"""

KEYS = ("sync_ok", "sync_error", "async_ok", "async_error")


def run(
    env: Mapping[str, str],
    root: Path,
    preexec: Callable[[], None] | None,
    processes: int = 5,
) -> dict[str, float]:
    """Median µs a call by path (``KEYS``) over fresh processes; ``preexec`` pins each child
    to the clients' CPU."""
    samples: dict[str, list[float]] = {key: [] for key in KEYS}
    for _ in range(processes):
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            cwd=root,
            env={**env, "PYTHONPATH": str(root / "generated")},
            capture_output=True,
            text=True,
            check=True,
            preexec_fn=preexec,
        )
        figures = json.loads(proc.stdout)
        for key in KEYS:
            samples[key].append(float(figures[key]))
    return {key: statistics.median(values) for key, values in samples.items()}
