"""What a commit costs per call, measured where little else moves: client and server in one process.

Per-call figures over a socket between processes move by several microseconds from one process
to the next whatever runs in them, which hides a change of a microsecond or two. Here the
sync client (server on a thread) and the async client (server on the same event loop) make
ConfirmSignUp calls to a minimal keep-alive server in their own process, pinned to one CPU:
what the call costs, client and server together, with nothing else in between. Each source
tree (this checkout and every ``--baseline`` commit) runs in fresh processes, interleaved; the
figure is the best of each process's timed batches, the median over processes.

Where valgrind is installed, the same calls are also counted in instructions (callgrind, the
client and its server together): a count does not move with the machine's load, so it tells
which of several commits added the work that the microseconds show.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

SCRIPT = """\
import asyncio, socket, sys, threading, time
MODE, BATCHES, CALLS = sys.argv[1], 7, 3000
COUNTED = int(sys.argv[2]) if len(sys.argv) > 2 else None  # calls to make untimed, or time them
OK = (b"HTTP/1.1 200 OK\\r\\nContent-Type: application/x-amz-json-1.1\\r\\n"
      b"x-amzn-RequestId: 7f3e1a52-0b7c-4c2e-9d0e-2f61b1d6c0aa\\r\\n"
      b"Content-Length: 2\\r\\n\\r\\n{}")
ARGS = dict(client_id="3n4b5urk1ft4fl3mg5e62d9ado", username="alice", confirmation_code="123456")

def answer(buf, write):
    while True:
        end = buf.find(b"\\r\\n\\r\\n")
        if end < 0:
            return buf
        start = buf.find(b"Content-Length: ")
        length = int(buf[start + 16 : buf.find(b"\\r\\n", start)])
        if len(buf) < end + 4 + length:
            return buf
        buf = buf[end + 4 + length :]
        write(OK)

def sync():
    from cognito_idp import CognitoIdentityProviderClient
    listener = socket.create_server(("127.0.0.1", 0))
    def serve():
        conn, _ = listener.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        while data := conn.recv(65536):
            buf = answer(buf + data, conn.sendall)
    threading.Thread(target=serve, daemon=True).start()
    url = "http://127.0.0.1:%d" % listener.getsockname()[1]
    client = CognitoIdentityProviderClient(region="us-east-1", endpoint_url=url)
    for _ in range(CALLS):
        client.confirm_sign_up(**ARGS)
    if COUNTED is not None:
        for _ in range(COUNTED):
            client.confirm_sign_up(**ARGS)
        return COUNTED
    best = float("inf")
    for _ in range(BATCHES):
        t0 = time.perf_counter_ns()
        for _ in range(CALLS):
            client.confirm_sign_up(**ARGS)
        best = min(best, (time.perf_counter_ns() - t0) / CALLS / 1e3)
    return best

async def async_():
    from cognito_idp import AsyncCognitoIdentityProviderClient
    class Server(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport, self.buf = transport, b""
        def data_received(self, data):
            self.buf = answer(self.buf + data, self.transport.write)
    server = await asyncio.get_running_loop().create_server(Server, "127.0.0.1", 0)
    url = "http://127.0.0.1:%d" % server.sockets[0].getsockname()[1]
    client = AsyncCognitoIdentityProviderClient(region="us-east-1", endpoint_url=url)
    for _ in range(CALLS):
        await client.confirm_sign_up(**ARGS)
    if COUNTED is not None:
        for _ in range(COUNTED):
            await client.confirm_sign_up(**ARGS)
        await client.aclose()
        server.close()
        return COUNTED
    best = float("inf")
    for _ in range(BATCHES):
        t0 = time.perf_counter_ns()
        for _ in range(CALLS):
            await client.confirm_sign_up(**ARGS)
        best = min(best, (time.perf_counter_ns() - t0) / CALLS / 1e3)
    await client.aclose()
    server.close()
    return best

print(sync() if MODE == "sync" else asyncio.run(async_()))
"""


def run(
    env: Mapping[str, str],
    sources: Mapping[str, Path],
    preexec: Callable[[], None] | None,
    processes: int = 5,
) -> dict[str, dict[str, float]]:
    """Median µs a call, by source tree (``sources``: name -> tree) and mode; ``preexec``
    pins each child to the clients' CPU."""
    samples: dict[str, dict[str, list[float]]] = {n: {"sync": [], "async": []} for n in sources}
    for _ in range(processes):
        for mode in ("sync", "async"):
            for name, root in sources.items():
                child = {**env, "PYTHONPATH": str(root / "generated")}
                proc = subprocess.run(
                    [sys.executable, "-c", SCRIPT, mode],
                    cwd=root,
                    env=child,
                    capture_output=True,
                    text=True,
                    check=True,
                    preexec_fn=preexec,
                )
                samples[name][mode].append(float(proc.stdout.strip()))
    return {
        name: {mode: statistics.median(values) for mode, values in modes.items()}
        for name, modes in samples.items()
    }


COUNTED_CALLS = 2000
"""Calls counted in instructions, after the same warm-up as the timed ones."""


def instructions(
    env: Mapping[str, str], sources: Mapping[str, Path], calls: int = COUNTED_CALLS
) -> dict[str, dict[str, float]] | None:
    """Instructions a call, by source tree and mode, under callgrind (client and server
    together): the count of a run making ``calls`` more calls, less that of a run making
    none, divided by ``calls``. None where valgrind is not installed."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counts: dict[str, dict[str, float]] = {n: {} for n in sources}
    for mode in ("sync", "async"):
        for name, root in sources.items():
            child = {**env, "PYTHONPATH": str(root / "generated")}
            runs = [_collected(valgrind, child, root, mode, n) for n in (0, calls)]
            counts[name][mode] = (runs[1] - runs[0]) / calls
    return counts


def _collected(valgrind: str, env: Mapping[str, str], root: Path, mode: str, calls: int) -> int:
    """The instructions callgrind counts in one run of the script."""
    command = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    proc = subprocess.run(
        [*command, sys.executable, "-c", SCRIPT, mode, str(calls)],
        cwd=root,
        env=dict(env),
        capture_output=True,
        text=True,
        check=True,
    )
    for line in proc.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1])
    raise RuntimeError(f"callgrind reported no count:\n{proc.stderr[-2000:]}")
