"""``python -m bench``: the whole benchmark in one run (results: bench/RESULTS.md).

Contenders are interleaved over several rounds (the order rotates each round) and every figure
reported is the median over rounds. Every measurement runs in a child process, with
``PYTHONDONTWRITEBYTECODE`` removed from its environment (this machine sets it) so that
bytecode is compiled once, in a discarded warm-up run, and cold starts read it as an
installed program would.

On a machine with two CPUs or more, the stub server runs on one CPU and every measured client
on the others. Left to the scheduler, a client process sometimes shares the stub's CPU and
sometimes not, for its whole life, and the two cases differ by tens of microseconds a call:
one contender's luck would decide a ratio. A real server is on another machine, so a client
that never shares the server's CPU is the closer model.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from bench import auth, chart, loopback, report, scaling, tokens, typecheck, work
from bench.contenders import CONTENDERS, Contender, baselines, cold_script

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
AIOBOTOCORE_VENV = ROOT / ".venv" / "bench-aiobotocore"
AIOBOTOCORE_REQUIREMENTS = ROOT / "bench" / "requirements-aiobotocore.txt"
BASELINE_DIR = ROOT / ".venv" / "bench-baseline"
SERVICES_DIR = ROOT / ".venv" / "bench-services"
"""Where the ``service`` contenders' packages are generated at bench start."""


@dataclass(frozen=True)
class Plan:
    rounds: int = 5
    warmup: int = 200
    percall_calls: int = 1000
    percall_slices: int = 10
    tasks: int = 200
    throughput_seconds: float = 1.5
    memory_calls: int = 1000
    scaling_repeats: int = 5
    scaling: bool = True
    typecheck_rounds: int = typecheck.ROUNDS
    typecheck: bool = True


@dataclass
class Samples:
    cold_ms: list[float] = field(default_factory=list[float])
    rss_mib: list[float] = field(default_factory=list[float])
    ok_us: list[float] = field(default_factory=list[float])
    err_us: list[float] = field(default_factory=list[float])
    calls_per_s: list[float] = field(default_factory=list[float])


def child_env() -> dict[str, str]:
    """The environment of every child: bytecode allowed, dummy credentials, no AWS config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(
        AWS_ACCESS_KEY_ID="AKIDBENCHMARK",
        AWS_SECRET_ACCESS_KEY="bench-secret",
        AWS_EC2_METADATA_DISABLED="true",
        AWS_CONFIG_FILE=os.devnull,
        AWS_SHARED_CREDENTIALS_FILE=os.devnull,
    )
    return env


def source_env(contender: Contender, env: dict[str, str]) -> dict[str, str]:
    """``env``, with the generated package of the contender's source tree first on the path
    (the installed project points at this checkout's; the tree's runtime and ``bench`` come
    from the working directory), or the other services' packages for a ``service`` one."""
    if contender.service is not None:
        return {**env, "PYTHONPATH": str(SERVICES_DIR)}
    if contender.source is None:
        return env
    return {**env, "PYTHONPATH": str(contender.source / "generated")}


def baseline_source(rev: str) -> tuple[Path, str]:
    """A copy of the tree at ``rev`` (kept under .venv, made once per commit) and its short
    commit id."""
    full = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = BASELINE_DIR / full
    if not (target / "typedaws_runtime").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", full], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target, full[:10]


def generate_services(contenders: list[Contender], env: Mapping[str, str]) -> None:
    """Generate the packages the ``service`` contenders call, as a user would
    (``python -m codegen generate --service``), from the pinned botocore."""
    for service in sorted({c.service for c in contenders if c.service is not None}):
        print(f"generating {service} into {SERVICES_DIR.relative_to(ROOT)} ...", flush=True)
        command = ["-m", "codegen", "generate", "--service", service, "--out", str(SERVICES_DIR)]
        subprocess.run(
            [sys.executable, *command],
            env=dict(env),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=True,
        )


def aiobotocore_python(env: Mapping[str, str]) -> str | None:
    """An interpreter with aiobotocore (its own venv: it pins an older botocore)."""
    override = os.environ.get("BENCH_AIOBOTOCORE_PYTHON")
    if override:
        return override
    python = AIOBOTOCORE_VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {AIOBOTOCORE_VENV.relative_to(ROOT)} for aiobotocore (once) ...")
        steps = [
            [sys.executable, "-m", "venv", str(AIOBOTOCORE_VENV)],
            [str(python), "-m", "pip", "install", "--quiet", "-r", str(AIOBOTOCORE_REQUIREMENTS)],
        ]
        for step in steps:
            if subprocess.run(step, env=dict(env), check=False).returncode != 0:
                print("  could not set it up: aiobotocore is left out")
                return None
    return str(python)


class PercallWorker:
    """One contender's ``bench.worker serve`` child: a warmed-up client timing calls on request."""

    def __init__(
        self,
        python: str,
        contender: Contender,
        url: str,
        warmup: int,
        env: dict[str, str],
        cpus: frozenset[int] | None,
    ) -> None:
        self.contender = contender
        env = source_env(contender, env)
        self._failed = False
        # Kept open for the child's life, read only if it fails: a pipe could fill and block it.
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115
        self._proc = subprocess.Popen(
            [python, "-m", "bench.worker", "serve", contender.caller, url, str(warmup)],
            env=env,
            cwd=contender.source or ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            preexec_fn=Cpus.pin(cpus),
        )
        self._read()  # "ready": warmed up

    def _read(self) -> object:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            self._proc.wait(10)
            self._failed = True
            raise RuntimeError(self._failure())
        return json.loads(line)

    def _failure(self) -> str:
        self._stderr.seek(0)
        return f"{self.contender.key} failed:\n{self._stderr.read()[-3000:]}"

    def time(self, kind: str, n: int) -> list[int]:
        """Durations in nanoseconds of ``n`` calls (``kind`` ``"ok"`` or ``"err"``), one by one."""
        assert self._proc.stdin is not None
        self._proc.stdin.write(f"{kind} {n}\n")
        self._proc.stdin.flush()
        return cast(list[int], self._read())

    def close(self) -> None:
        """Stop the child; raises if it fails now (a failure already raised is not repeated)."""
        if self._proc.stdin is not None and self._proc.poll() is None:
            self._proc.stdin.write("quit\n")
            self._proc.stdin.close()
        failed_now = self._proc.wait(30) != 0 and not self._failed
        message = self._failure() if failed_now else ""
        self._stderr.close()
        if failed_now:
            raise RuntimeError(message)


class Runner:
    def __init__(self, plan: Plan, env: dict[str, str], url: str, cpus: Cpus) -> None:
        self.plan = plan
        self.env = env
        self.url = url
        self.cpus = cpus
        self.pythons: dict[str, str] = {"main": sys.executable}

    def _run(self, contender: Contender, args: list[str]) -> dict[str, object]:
        python = self.pythons[contender.venv]
        proc = subprocess.run(
            [python, *args],
            env=source_env(contender, self.env),
            cwd=contender.source or ROOT,
            capture_output=True,
            text=True,
            check=False,
            preexec_fn=Cpus.pin(self.cpus.clients),
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{contender.key} {args[:2]} failed:\n{proc.stderr[-3000:]}")
        result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result

    def cold(self, contender: Contender) -> tuple[float, float]:
        script = cold_script(contender, self.url, self.plan.memory_calls)
        out = self._run(contender, ["-c", script])
        return float(str(out["cold_ms"])), float(str(out["rss_kib"])) / 1024

    def percall_round(self, order: list[Contender]) -> dict[str, tuple[float, float]]:
        """Median success and error call, in µs, of every contender, their calls interleaved.

        Each contender gets a child of its own (``bench.worker serve``), kept for the round;
        the children are asked in turn, ``percall_slices`` times, for a slice of successful
        calls and then one of failing calls, the order rotating each time. A contender's
        calls are thus spread over the whole round instead of one stretch of it, and a slow
        spell of this machine falls on every contender alike.
        """
        p = self.plan
        per_slice = max(1, p.percall_calls // p.percall_slices)
        workers: list[PercallWorker] = []
        ok: dict[str, list[int]] = {c.key: [] for c in order}
        err: dict[str, list[int]] = {c.key: [] for c in order}
        try:
            for c in order:
                workers.append(
                    PercallWorker(
                        self.pythons[c.venv], c, self.url, p.warmup, self.env, self.cpus.clients
                    )
                )
            for i in range(p.percall_slices):
                shift = i % len(workers)
                for w in workers[shift:] + workers[:shift]:
                    ok[w.contender.key] += w.time("ok", per_slice)
                    err[w.contender.key] += w.time("err", per_slice)
        finally:
            for w in workers:
                w.close()
        return {
            key: (statistics.median(ok[key]) / 1e3, statistics.median(err[key]) / 1e3) for key in ok
        }

    def throughput(self, contender: Contender) -> float:
        p = self.plan
        args = ["-m", "bench.worker", "throughput", contender.caller, self.url]
        out = self._run(contender, [*args, str(p.tasks), str(p.throughput_seconds)])
        return float(str(out["calls_per_s"]))


@dataclass(frozen=True)
class Cpus:
    """The CPUs of the stub server and of the measured clients (None: wherever they fall)."""

    stub: frozenset[int] | None
    clients: frozenset[int] | None

    @classmethod
    def split(cls) -> Cpus:
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        if len(cpus) < 2:
            return cls(None, None)
        return cls(frozenset(cpus[:1]), frozenset(cpus[1:]))

    @staticmethod
    def pin(cpus: frozenset[int] | None) -> Callable[[], None] | None:
        """A ``preexec_fn`` that puts the child on ``cpus`` before it runs anything."""
        if cpus is None:
            return None
        return lambda: os.sched_setaffinity(0, cpus)


def start_stub(env: Mapping[str, str], cpus: Cpus) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.stub"],
        env=dict(env),
        cwd=ROOT,
        preexec_fn=Cpus.pin(cpus.stub),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"stub server did not start: {line!r}")
    return proc, f"http://127.0.0.1:{line.split()[1]}"


def measure(plan: Plan, contenders: list[Contender], runner: Runner) -> dict[str, Samples]:
    samples = {c.key: Samples() for c in contenders}
    print("warming bytecode caches (one discarded cold run each) ...", flush=True)
    for c in contenders:
        runner.cold(c)
    for r in range(plan.rounds):
        t0 = time.perf_counter()
        shift = r % len(contenders)
        order = contenders[shift:] + contenders[:shift]
        for c in order:
            s = samples[c.key]
            cold_ms, rss = runner.cold(c)
            s.cold_ms.append(cold_ms)
            s.rss_mib.append(rss)
            if c.is_async:
                s.calls_per_s.append(runner.throughput(c))
        for key, (ok, err) in runner.percall_round(order).items():
            samples[key].ok_us.append(ok)
            samples[key].err_us.append(err)
        print(f"round {r + 1}/{plan.rounds}: {time.perf_counter() - t0:.1f} s", flush=True)
    return samples


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=Plan.rounds)
    parser.add_argument("--calls", type=int, default=Plan.percall_calls, help="per-call samples")
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling part")
    parser.add_argument("--no-typecheck", action="store_true", help="skip the type-checking part")
    parser.add_argument("--only", nargs="*", help="contender keys to run (default: all)")
    parser.add_argument(
        "--baseline",
        metavar="REV",
        nargs="+",
        default=[],
        help="also measure the SDK at these commits, interleaved with the rest (what a change "
        "costs): the first over the stub server too, every one with client and server in one "
        "process",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "latest.json")
    parser.add_argument("--summary", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--chart", type=Path, default=chart.CHART, help="the SVG bar chart")
    args = parser.parse_args(argv)
    plan = Plan(
        rounds=args.rounds,
        percall_calls=args.calls,
        scaling=not args.no_scaling,
        typecheck=not args.no_typecheck,
    )
    started = time.perf_counter()
    load_before = os.getloadavg()

    env = child_env()
    print(
        "children run with PYTHONDONTWRITEBYTECODE unset (bytecode compiled in a warm-up run),"
        " dummy AWS credentials, AWS_EC2_METADATA_DISABLED=true"
    )
    contenders = [c for c in CONTENDERS if not args.only or c.key in args.only]
    trees = [baseline_source(rev) for rev in args.baseline]
    if trees:
        contenders += baselines(*trees[0])
    generate_services(contenders, env)
    cpus = Cpus.split()
    stub, url = start_stub(env, cpus)
    try:
        runner = Runner(plan, env, url, cpus)
        if any(c.venv == "aiobotocore" for c in contenders):
            python = aiobotocore_python(env)
            if python is None:
                contenders = [c for c in contenders if c.venv != "aiobotocore"]
            else:
                runner.pythons["aiobotocore"] = python
        print(f"stub server at {url}; {len(contenders)} contenders, {plan.rounds} rounds")
        samples = measure(plan, contenders, runner)
    finally:
        stub.terminate()
        stub.wait(10)

    one_cpu = frozenset({min(cpus.clients)}) if cpus.clients else None
    loopback_result: dict[str, object] | None = None
    if trees:
        print("loopback: this checkout and the baselines, client and server in one process ...")
        sources = {"now": ROOT, **{rev: source for source, rev in trees}}
        loopback_result = {
            "baselines": [rev for _, rev in trees],
            "us": loopback.run(env, sources, Cpus.pin(one_cpu)),
            "instructions": loopback.instructions(env, sources),
        }

    print("work: this SDK's own work a call, with a transport that answers at once ...")
    work_result = work.run(env, ROOT, Cpus.pin(one_cpu))

    scaling_result: dict[str, object] | None = None
    if plan.scaling:
        print("scaling: generating 1, 10 and all operations ...", flush=True)
        scaling_result = scaling.run(env, ROOT, plan.scaling_repeats)

    typecheck_result: dict[str, object] | None = None
    if plan.typecheck:
        print(
            "type-checking cost: mypy --strict and pyright on a downstream program ...", flush=True
        )
        t0 = time.perf_counter()
        typecheck_result = typecheck.run(env, plan.typecheck_rounds)
        typecheck_result["seconds"] = time.perf_counter() - t0
        print(f"type-checking cost: {typecheck_result['seconds']:.1f} s", flush=True)

    print("auth: SRP sign-in CPU, token verification rate ...", flush=True)
    auth_result: dict[str, object] = {
        "srp_ms": auth.run(),
        "tokens_per_s": tokens.verified_per_second(),
    }

    figures = {
        c.key: {
            "label": c.label,
            "group": c.group,
            "is_async": c.is_async,
            "cold_ms": _median(samples[c.key].cold_ms),
            "ok_us": _median(samples[c.key].ok_us),
            "err_us": _median(samples[c.key].err_us),
            "calls_per_s": _median(samples[c.key].calls_per_s),
            "rss_mib": _median(samples[c.key].rss_mib),
            "samples": samples[c.key].__dict__,
        }
        for c in contenders
    }
    total = time.perf_counter() - started
    result: dict[str, object] = {
        "meta": {
            "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "stub_cpus": sorted(cpus.stub) if cpus.stub is not None else None,
            "client_cpus": sorted(cpus.clients) if cpus.clients is not None else None,
            "load_average_before": load_before,
            "load_average_after": os.getloadavg(),
            "plan": plan.__dict__,
            "pythondontwritebytecode_unset": True,
            "versions": report.versions(runner.pythons, env),
            "total_seconds": total,
        },
        "contenders": figures,
        "scaling": scaling_result,
        "loopback": loopback_result,
        "work": work_result,
        "typecheck": typecheck_result,
        "auth": auth_result,
    }
    result["targets"] = report.targets(result)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text = report.markdown(result)
    print()
    print(text)
    args.summary.write_text(report.summary_page(text), encoding="utf-8")
    chart.write(result, args.chart)
    print(f"saved {args.output}, {args.summary} and {args.chart}")
    print(f"total: {total:.0f} s")
    return 0
