"""``python -m bench``: the whole benchmark of issue 6 in one run (results: bench/RESULTS.md).

Contenders are interleaved over several rounds (the order rotates each round) and every figure
reported is the median over rounds. Every measurement runs in a child process, with
``PYTHONDONTWRITEBYTECODE`` removed from its environment (this machine sets it) so that
bytecode is compiled once, in a discarded warm-up run, and cold starts read it as an
installed program would.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from bench import report, scaling, typecheck
from bench.contenders import CONTENDERS, Contender, cold_script

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
AIOBOTOCORE_VENV = ROOT / ".venv" / "bench-aiobotocore"
AIOBOTOCORE_REQUIREMENTS = ROOT / "bench" / "requirements-aiobotocore.txt"


@dataclass(frozen=True)
class Plan:
    rounds: int = 5
    warmup: int = 200
    percall_calls: int = 1000
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


class Runner:
    def __init__(self, plan: Plan, env: dict[str, str], url: str) -> None:
        self.plan = plan
        self.env = env
        self.url = url
        self.pythons: dict[str, str] = {"main": sys.executable}

    def _run(self, contender: Contender, args: list[str]) -> dict[str, object]:
        python = self.pythons[contender.venv]
        proc = subprocess.run(
            [python, *args], env=self.env, cwd=ROOT, capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{contender.key} {args[:2]} failed:\n{proc.stderr[-3000:]}")
        result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result

    def cold(self, contender: Contender) -> tuple[float, float]:
        script = cold_script(contender, self.url, self.plan.memory_calls)
        out = self._run(contender, ["-c", script])
        return float(str(out["cold_ms"])), float(str(out["rss_kib"])) / 1024

    def percall(self, contender: Contender) -> tuple[float, float]:
        p = self.plan
        args = ["-m", "bench.worker", "percall", contender.caller, self.url]
        out = self._run(contender, [*args, str(p.warmup), str(p.percall_calls)])
        ok = cast(dict[str, float], out["ok"])
        err = cast(dict[str, float], out["err"])
        return float(ok["median_us"]), float(err["median_us"])

    def throughput(self, contender: Contender) -> float:
        p = self.plan
        args = ["-m", "bench.worker", "throughput", contender.caller, self.url]
        out = self._run(contender, [*args, str(p.tasks), str(p.throughput_seconds)])
        return float(str(out["calls_per_s"]))


def start_stub(env: Mapping[str, str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.stub"],
        env=dict(env),
        cwd=ROOT,
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
        for c in contenders[shift:] + contenders[:shift]:
            s = samples[c.key]
            cold_ms, rss = runner.cold(c)
            s.cold_ms.append(cold_ms)
            s.rss_mib.append(rss)
            ok, err = runner.percall(c)
            s.ok_us.append(ok)
            s.err_us.append(err)
            if c.is_async:
                s.calls_per_s.append(runner.throughput(c))
        print(f"round {r + 1}/{plan.rounds}: {time.perf_counter() - t0:.1f} s", flush=True)
    return samples


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=Plan.rounds)
    parser.add_argument("--calls", type=int, default=Plan.percall_calls, help="per-call samples")
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling part")
    parser.add_argument(
        "--no-typecheck", action="store_true", help="skip the type-checking cost (mypy) part"
    )
    parser.add_argument("--only", nargs="*", help="contender keys to run (default: all)")
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "latest.json")
    parser.add_argument("--summary", type=Path, default=ROOT / "bench" / "RESULTS.md")
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
    stub, url = start_stub(env)
    try:
        runner = Runner(plan, env, url)
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

    scaling_result: dict[str, object] | None = None
    if plan.scaling:
        print("scaling: generating 1, 10 and all operations ...", flush=True)
        scaling_result = scaling.run(env, ROOT, plan.scaling_repeats)

    typecheck_result: dict[str, object] | None = None
    if plan.typecheck:
        print("type-checking cost: mypy --strict on a downstream program ...", flush=True)
        t0 = time.perf_counter()
        typecheck_result = typecheck.run(env, plan.typecheck_rounds)
        typecheck_result["seconds"] = time.perf_counter() - t0
        print(f"type-checking cost: {typecheck_result['seconds']:.1f} s", flush=True)

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
            "load_average_before": load_before,
            "load_average_after": os.getloadavg(),
            "plan": plan.__dict__,
            "pythondontwritebytecode_unset": True,
            "versions": report.versions(runner.pythons, env),
            "total_seconds": total,
        },
        "contenders": figures,
        "scaling": scaling_result,
        "typecheck": typecheck_result,
    }
    result["targets"] = report.targets(result)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text = report.markdown(result)
    print()
    print(text)
    args.summary.write_text(report.summary_page(text), encoding="utf-8")
    print(f"saved {args.output} and {args.summary}")
    print(f"total: {total:.0f} s")
    return 0
