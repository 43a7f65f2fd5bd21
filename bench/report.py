"""Ratios, targets and the Markdown table of a benchmark result."""

from __future__ import annotations

import itertools
import statistics
import subprocess
from collections.abc import Callable, Mapping
from typing import cast

Figures = Mapping[str, Mapping[str, object]]

VERSIONS_SCRIPT = """\
import importlib.metadata as m, json
out = {}
for name in ("boto3", "botocore", "aiobotocore", "urllib3", "aiohttp"):
    try:
        out[name] = m.version(name)
    except m.PackageNotFoundError:
        pass
print(json.dumps(out))
"""


def versions(pythons: Mapping[str, str], env: Mapping[str, str]) -> dict[str, object]:
    import json

    out: dict[str, object] = {}
    for venv, python in pythons.items():
        proc = subprocess.run(
            [python, "-c", VERSIONS_SCRIPT],
            env=dict(env),
            capture_output=True,
            text=True,
            check=False,
        )
        out[venv] = json.loads(proc.stdout) if proc.returncode == 0 else proc.stderr[-500:]
    return out


def _num(figures: Figures, key: str, metric: str) -> float | None:
    row = figures.get(key)
    value = row.get(metric) if row else None
    return float(value) if isinstance(value, int | float) else None


def _best_raw(figures: Figures, metric: str, pick: Callable[[list[float]], float]) -> float | None:
    values = [
        v
        for key, row in figures.items()
        if row["group"] == "raw" and (v := _num(figures, key, metric)) is not None
    ]
    return pick(values) if values else None


def _contenders(result: Mapping[str, object]) -> Figures:
    return cast(Figures, result["contenders"])


def _target(
    name: str, value: float | None, reference: float | None, limit: float, *, at_most: bool
) -> dict[str, object]:
    if value is None or reference is None:
        return {"target": name, "met": None, "note": "not measured"}
    ratio = value / reference
    met = ratio <= limit if at_most else ratio >= limit
    return {
        "target": name,
        "value": value,
        "reference": reference,
        "ratio": ratio,
        "limit": limit,
        "met": met,
    }


def targets(result: Mapping[str, object]) -> list[dict[str, object]]:
    f = _contenders(result)
    fastest_ok = _best_raw(f, "ok_us", min)
    fastest_err = _best_raw(f, "err_us", min)
    return [
        _target(
            "cold start, sync: <= 1/8 of boto3's",
            _num(f, "sdk-sync", "cold_ms"),
            _num(f, "boto3", "cold_ms"),
            1 / 8,
            at_most=True,
        ),
        _target(
            "cold start, async: <= 1/8 of boto3's",
            _num(f, "sdk-async", "cold_ms"),
            _num(f, "boto3", "cold_ms"),
            1 / 8,
            at_most=True,
        ),
        _target(
            "sync per call, success: <= 1.5x the fastest raw client",
            _num(f, "sdk-sync", "ok_us"),
            fastest_ok,
            1.5,
            at_most=True,
        ),
        _target(
            "sync per call, error: <= 1.5x the fastest raw client",
            _num(f, "sdk-sync", "err_us"),
            fastest_err,
            1.5,
            at_most=True,
        ),
        _target(
            "async throughput, 200 tasks: >= 0.75x raw aiohttp",
            _num(f, "sdk-async", "calls_per_s"),
            _num(f, "aiohttp", "calls_per_s"),
            0.75,
            at_most=False,
        ),
        _target(
            "peak RSS after 1,000 calls, sync: <= 0.6x boto3's",
            _num(f, "sdk-sync", "rss_mib"),
            _num(f, "boto3", "rss_mib"),
            0.6,
            at_most=True,
        ),
        _target(
            "peak RSS after 1,000 calls, async: <= 0.6x boto3's",
            _num(f, "sdk-async", "rss_mib"),
            _num(f, "boto3", "rss_mib"),
            0.6,
            at_most=True,
        ),
        # Not targets: how far the SDK is from what no HTTP client can beat, and the async
        # cold start against the async competitor.
        _reference(
            "(reference) sync per call ÷ a bare socket",
            _num(f, "sdk-sync", "ok_us"),
            _num(f, "socket", "ok_us"),
        ),
        _reference(
            "(reference) cold start, sync ÷ a bare socket",
            _num(f, "sdk-sync", "cold_ms"),
            _num(f, "socket", "cold_ms"),
        ),
        _reference(
            "(reference) cold start, async ÷ aiobotocore",
            _num(f, "sdk-async", "cold_ms"),
            _num(f, "aiobotocore", "cold_ms"),
        ),
        _reference(
            "(reference) cold start, async ÷ bare asyncio streams",
            _num(f, "sdk-async", "cold_ms"),
            _num(f, "asyncio", "cold_ms"),
        ),
    ]


def _reference(name: str, value: float | None, reference: float | None) -> dict[str, object]:
    if value is None or reference is None:
        return {"target": name, "met": None, "note": "not measured"}
    return {"target": name, "value": value, "reference": reference, "ratio": value / reference}


def _ratio(value: float | None, reference: float | None) -> str:
    if value is None or reference is None or reference == 0:
        return ""
    return f"{value / reference:.2f}"


def _fmt(value: float | None, digits: int) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


COLUMNS: tuple[tuple[str, str, int, bool], ...] = (
    # metric, heading, digits, higher is better
    ("cold_ms", "cold start ms", 1, False),
    ("ok_us", "call µs", 0, False),
    ("err_us", "error µs", 0, False),
    ("calls_per_s", "calls/s (200 tasks)", 0, True),
    ("rss_mib", "peak RSS MiB", 1, False),
)


def markdown(result: Mapping[str, object]) -> str:
    f = _contenders(result)
    meta = cast(Mapping[str, object], result["meta"])
    plan = cast(Mapping[str, object], meta["plan"])
    lines: list[str] = []
    head = ["contender"]
    for _, heading, _, _ in COLUMNS:
        head += [heading, "÷raw", "÷boto3"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" + "--:|" * (len(head) - 1))
    refs: dict[str, tuple[float | None, float | None]] = {}
    for metric, _, _, higher in COLUMNS:
        raw = _best_raw(f, metric, max if higher else min)
        boto = _num(f, "aiobotocore" if metric == "calls_per_s" else "boto3", metric)
        refs[metric] = (raw, boto)
    for key, row in f.items():
        if row["group"] == "service":
            continue
        cells = [f"{row['label']}"]
        for metric, _, digits, _ in COLUMNS:
            value = _num(f, key, metric)
            raw, boto = refs[metric]
            cells += [_fmt(value, digits), _ratio(value, raw), _ratio(value, boto)]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(
        "Medians over "
        f"{plan['rounds']} interleaved rounds. ÷raw: ratio to the best raw HTTP client in that "
        "column (the fastest, or for calls/s the highest; raw HTTP clients are http.client, "
        "urllib3, aiohttp and the SDK's own transports used directly, each posting a pre-built "
        "request; "
        "floor rows are bare sockets with no HTTP client, not references); ÷boto3: ratio to "
        "boto3 (for calls/s, "
        "to aiobotocore). Cold start: import + client + first call in a fresh process (bytecode "
        f"compiled). Call/error: median of {plan['percall_calls']} calls per round on one client "
        f"(a warmed-up child per contender, asked in turn for {plan.get('percall_slices', 1)} "
        "slices each, so all contenders' calls span the same time). "
        f"Calls/s: {plan['tasks']} asyncio tasks sharing one client, "
        f"calls counted for {plan['throughput_seconds']} s. Peak RSS: VmHWM of a fresh "
        f"process after {plan['memory_calls']} calls."
    )
    lines.append("")
    lines.append("| target | ours | reference | ratio | limit | met |")
    lines.append("|---|--:|--:|--:|--:|---|")
    for t in cast(list[Mapping[str, object]], result["targets"]):
        if "ratio" not in t:
            lines.append(f"| {t['target']} | - | - | - | - | not measured |")
            continue
        if "limit" not in t:
            lines.append(
                f"| {t['target']} | {cast(float, t['value']):,.1f} | "
                f"{cast(float, t['reference']):,.1f} | {cast(float, t['ratio']):.3f} | - | - |"
            )
            continue
        lines.append(
            f"| {t['target']} | {cast(float, t['value']):,.1f} | "
            f"{cast(float, t['reference']):,.1f} | {cast(float, t['ratio']):.3f} | "
            f"{cast(float, t['limit']):.3f} | {'yes' if t['met'] else '**no**'} |"
        )
    other_services = service_lines(f)
    if other_services:
        lines.append("")
        lines += other_services
    baseline = baseline_lines(f)
    if baseline:
        lines.append("")
        lines += baseline
    looped = cast(Mapping[str, object] | None, result.get("loopback"))
    if looped:
        lines.append("")
        lines += loopback_lines(looped)
    own = cast(Mapping[str, float] | None, result.get("work"))
    if own:
        lines.append("")
        lines += work_lines(own)
    scaling = cast(Mapping[str, object] | None, result.get("scaling"))
    if scaling:
        lines.append("")
        lines.append(
            "| operations generated | operation modules | files | generate s "
            "| `import cognito_idp` ms | + client + one operation ms |"
        )
        lines.append("|---|--:|--:|--:|--:|--:|")
        for row in cast(list[Mapping[str, object]], scaling["rows"]):
            lines.append(
                f"| {row['operations']} | {row['operation_modules']} | {row['files']} | "
                f"{cast(float, row['generate_s']):.1f} | {cast(float, row['import_ms']):.1f} | "
                f"{cast(float, row['one_op_ms']):.1f} |"
            )
        lines.append("")
        lines.append(
            f"Generating the whole service (model to formatted files): "
            f"{cast(float, scaling['generate_all_s']):.1f} s. Import times: median of "
            f"{scaling['repeats']} fresh processes each."
        )
    typecheck = cast(Mapping[str, object] | None, result.get("typecheck"))
    if typecheck:
        lines.append("")
        lines += typecheck_lines(typecheck)
    signed = cast(Mapping[str, object] | None, result.get("auth"))
    if signed:
        lines.append("")
        lines += auth_lines(signed)
    lines.append("")
    lines.append(
        f"Python {meta['python']} on {meta['platform']}, {meta['cpus']} CPUs "
        f"(load average {_load(meta)}; {_placement(meta)}); "
        f"{meta['date']}; versions {_versions_text(meta['versions'])}; "
        f"whole run {cast(float, meta['total_seconds']):.0f} s."
    )
    return "\n".join(lines)


def service_lines(f: Figures) -> list[str]:
    """One call of other services, this SDK's generated package against boto3 making the same
    call (the ``service`` contenders, keyed ``<service>-sdk`` and ``<service>-boto3``)."""
    services = [key.removesuffix("-sdk") for key, row in f.items() if row["group"] == "service"]
    services = [s for s in services if f"{s}-sdk" in f]
    if not services:
        return []
    lines = [
        "| other services | cold start ms | ÷boto3 | call µs | ÷boto3 | error µs | ÷boto3 "
        "| peak RSS MiB | ÷boto3 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for service in services:
        for key in (f"{service}-sdk", f"{service}-boto3"):
            if key not in f:
                continue
            cells = [str(f[key]["label"])]
            for metric, digits in (("cold_ms", 1), ("ok_us", 0), ("err_us", 0), ("rss_mib", 1)):
                value = _num(f, key, metric)
                boto = _num(f, f"{service}-boto3", metric)
                cells += [_fmt(value, digits), _ratio(value, boto)]
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(
        "Other services: the sync client of the package `python -m codegen generate --service` "
        "writes (generated at bench start) against boto3, each making the same call to the "
        "same stub (DynamoDB GetItem answered with an item, SQS SendMessage with a message id; "
        "the error is ResourceNotFoundException and QueueDoesNotExist). Measured as the rows "
        "above: cold start is import + client + first call in a fresh process."
    )
    return lines


def baseline_lines(f: Figures) -> list[str]:
    """What this checkout adds to each of the SDK's figures over the baseline commit.

    "added" is the median, over rounds, of the difference within each round: a round measures
    both versions at the same time, so what drifts from round to round cancels out, and the
    spread of those differences (lowest to highest) says how far one run can be trusted.
    """
    rows = [key for key in f if f"{key}@base" in f]
    if not rows:
        return []
    lines = [
        "| contender | call µs | at baseline | added (spread) | error µs | at baseline "
        "| added (spread) | cold start ms | at baseline | added (spread) |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for key in rows:
        cells = [str(f[key]["label"])]
        for metric in ("ok_us", "err_us", "cold_ms"):
            now, then = _num(f, key, metric), _num(f, f"{key}@base", metric)
            cells += [_fmt(now, 1), _fmt(then, 1), _paired(f, key, metric)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def loopback_lines(looped: Mapping[str, object]) -> list[str]:
    """The per-call cost with client and server in one process, at each baseline (oldest
    first, as given) and now, in µs and, where they were counted, in instructions: each tree's
    figure followed by what the step to it added, and with several baselines what all the steps
    together added."""
    revs = cast(list[str], looped["baselines"])
    trees = [*revs, "now"]
    header = ["client and server in one process", f"at {revs[0]}"]
    for before, after in itertools.pairwise(trees):
        header += [f"at {after}" if after != "now" else "now", f"added since {before}"]
    if len(revs) > 1:
        header.append(f"added since {revs[0]}, in all")
    lines = ["| " + " | ".join(header) + " |", "|---|" + "--:|" * (len(header) - 1)]
    us = cast(Mapping[str, Mapping[str, float]], looped["us"])
    counted = cast(Mapping[str, Mapping[str, float]] | None, looped.get("instructions"))
    for mode in ("sync", "async"):
        lines.append(_loopback_row(f"{mode}, µs a call", [us[t][mode] for t in trees], _us))
        if counted is not None:
            figures = [counted[t][mode] for t in trees]
            lines.append(_loopback_row(f"{mode}, instructions a call", figures, _k))
    return lines


def work_lines(own: Mapping[str, float]) -> list[str]:
    """The SDK's own work a call (``bench.work``): a transport that answers at once."""
    lines = [
        "| this SDK's own work a call, no socket | success µs | error µs |",
        "|---|--:|--:|",
    ]
    for mode in ("sync", "async"):
        lines.append(f"| {mode} | {own[f'{mode}_ok']:.2f} | {own[f'{mode}_error']:.2f} |")
    return lines


def _loopback_row(
    label: str, figures: list[float], cell: Callable[[float, float | None], str]
) -> str:
    """One row of ``loopback_lines``: ``figures`` of the trees in order."""
    cells = [label, cell(figures[0], None)]
    for before, after in itertools.pairwise(figures):
        cells += [cell(after, None), cell(after, before)]
    if len(figures) > 2:
        cells.append(cell(figures[-1], figures[0]))
    return "| " + " | ".join(cells) + " |"


def _us(value: float, base: float | None) -> str:
    return f"{value:.2f}" if base is None else f"{value - base:+.2f}"


def _k(value: float, base: float | None) -> str:
    if base is None:
        return f"{value / 1000:.1f}k"
    return f"{(value - base) / 1000:+.1f}k ({value / base - 1:+.1%})"


def _paired(f: Figures, key: str, metric: str) -> str:
    """Median of the round-by-round differences with the baseline, and their range."""
    ours = cast(Mapping[str, list[float]], f[key].get("samples") or {}).get(metric) or []
    base = cast(Mapping[str, list[float]], f[f"{key}@base"].get("samples") or {}).get(metric)
    diffs = [a - b for a, b in zip(ours, base or [], strict=False)]
    if not diffs:
        return "-"
    return f"{statistics.median(diffs):+.1f} ({min(diffs):+.1f} to {max(diffs):+.1f})"


def _placement(meta: Mapping[str, object]) -> str:
    stub, clients = meta.get("stub_cpus"), meta.get("client_cpus")
    if not stub or not clients:
        return "stub and clients where the scheduler put them"
    return f"stub on CPU {_cpus(stub)}, clients on CPU {_cpus(clients)}"


def _cpus(cpus: object) -> str:
    return ", ".join(str(c) for c in cast(list[int], cpus))


def auth_lines(signed: Mapping[str, object]) -> list[str]:
    """The auth toolkit's client-side costs (bench/auth.py, bench/tokens.py)."""
    srp = cast(Mapping[str, float], signed["srp_ms"])
    reference = srp.get("pycognito")
    versus = (
        f"{reference:.1f} ms with pycognito's AWSSRP (ours ÷ it: {_ratio(srp['ours'], reference)})"
        if reference is not None
        else "pycognito not installed"
    )
    rate = cast(float, signed["tokens_per_s"])
    return [
        "| auth toolkit, client CPU | this SDK | reference |",
        "|---|--:|---|",
        f"| SRP sign-in (A, then the PASSWORD_VERIFIER proof) | {srp['ours']:.1f} ms | {versus} |",
        f"| ID tokens verified per second, keys cached | {rate:,.0f} ({1e6 / rate:.0f} µs) | "
        "goal 20,000 |",
    ]


def typecheck_lines(typecheck: Mapping[str, object]) -> list[str]:
    """The table of the type-checking cost (bench/typecheck.py), or why it is missing."""
    versions = cast(Mapping[str, object], typecheck.get("versions", {}))
    with_versions = ", ".join(f"{k} {v}" for k, v in versions.items() if v)
    head = [
        "| A downstream program | `mypy --strict` cold s | ours ÷ this | warm s | ours ÷ this "
        "| pyright s | ours ÷ this |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    error = typecheck.get("error")
    if error is not None:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "?"
        return [*head, f"| not measured: {first} | - | - | - | - | - | - |"]
    lines = list(head)
    for row in cast(Mapping[str, Mapping[str, object]], typecheck["figures"]).values():
        figures = [
            f"{cast(float, row[key]):.2f}"
            for key in (
                "cold_s",
                "ours_ratio_cold",
                "warm_s",
                "ours_ratio_warm",
                "pyright_s",
                "ours_ratio_pyright",
            )
        ]
        lines.append(f"| {row['label']} | {' | '.join(figures)} |")
    lines.append("")
    lines.append(
        "Type-checking cost: the same small program (sign_up with user attributes, "
        "confirm_sign_up catching CodeMismatchException and UserNotFoundException, "
        "admin_get_user reading a few fields, list_users reading usernames) written for this "
        "SDK and for boto3 typed by mypy-boto3-cognito-idp (client annotated with `cast`; "
        "`import boto3` untyped, so botocore's classes, `client.exceptions` among them, are "
        "`Any`), the last row the same boto3 file with botocore-stubs visible too, as "
        "`boto3-stubs[cognito-idp]` would give. Ours is checked against this project's wheel "
        "installed into a fresh virtual environment, as a user's checker sees it (its stub "
        "packages included); the boto3 programs against a fresh virtual environment holding "
        "boto3 and the stubs, so mypy reads both alike. Each is checked by `mypy --strict` "
        "in a fresh process, cold (an "
        "empty `--cache-dir`) then warm (that cache reused), and by pyright in strict mode "
        "(pyright keeps no cache between runs); medians of "
        f"{typecheck['rounds']} interleaved rounds; all check clean. Ours ÷ this: our time "
        f"over that row's (above 1: ours is slower). With {with_versions}."
    )
    return lines


def _load(meta: Mapping[str, object]) -> str:
    before = cast(list[float], meta["load_average_before"])
    after = cast(list[float], meta["load_average_after"])
    return f"{before[0]:.1f} at start, {after[0]:.1f} at end"


def _versions_text(versions: object) -> str:
    if not isinstance(versions, dict):
        return "?"
    parts: list[str] = []
    for venv, found in cast(dict[str, object], versions).items():
        if isinstance(found, dict):
            pairs = ", ".join(f"{k} {v}" for k, v in cast(dict[str, str], found).items())
            parts.append(f"{venv} venv: {pairs}")
    return "; ".join(parts)


def summary_page(table: str) -> str:
    return (
        "# Benchmark results\n\n"
        "Written by `make bench` (`.venv/bin/python -m bench`); the full figures of the latest "
        "run are in `bench/results/latest.json` (not committed).\n\n"
        "![The headline comparison: cold start, per call, async calls/s and peak RSS of this "
        "SDK, boto3, aiobotocore and raw HTTP clients](chart.svg)\n\n"
        "The chart (`bench/chart.svg`) is drawn from the same results; "
        "`python -m bench.chart` draws it again from the saved JSON.\n\n"
        "Reproduce: `make bench`. Bench-only packages: `bench/requirements.txt` (profilers, "
        "optional; mypy-boto3-cognito-idp, for the type-checking cost); botocore-stubs go into "
        "`.venv/bench-typecheck-stubs` from `bench/requirements-typecheck.txt` on first run, "
        "outside .venv's site-packages so as not to change how the project's tests "
        "type-check; aiobotocore pins an older botocore than this project, so the benchmark "
        "puts it in a venv of its own, `.venv/bench-aiobotocore`, from "
        "`bench/requirements-aiobotocore.txt`, created on first run. A local keep-alive stub "
        "(`bench/stub.py`, its own process) answers ConfirmSignUp (and DynamoDB GetItem and SQS "
        "SendMessage for the other services' rows). Children run with "
        "`PYTHONDONTWRITEBYTECODE` unset so that bytecode is cached as for an installed "
        "program. With two CPUs or more, the stub runs on one and the clients on the others "
        "(left to the scheduler, a client that happened to share the stub's CPU for its whole "
        "life was tens of microseconds a call slower or faster than one that did not).\n\n"
        + table
        + "\n"
    )
