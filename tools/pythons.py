"""Run the test suite on each CPython version the project claims (``make test-pythons``).

The versions are pyproject.toml's ``Programming Language :: Python :: 3.N`` classifiers, unless
given with ``--versions``. Each version's interpreter is looked for among pyenv's versions
(``pyenv root``, the newest patch release), then as ``python3.N`` on PATH; each one found gets
a venv of its own under ``build/pythons/3.N``, made afresh whenever pyproject.toml or the
interpreter changes, with the project installed editable with its ``dev`` extra. Then pytest
runs there, as ``make pytest`` runs it, without its cache (the main venv's runs keep theirs).
Lint and type checks are not repeated: ``make test`` runs them once, on the main venv.

A version whose dependencies do not install fails, with the end of pip's log; a version with no
interpreter is reported "not found", and fails the run only when it is required
(``--require``). The exit status is 0 only when every version found passed.

Only the standard library: this runs on the interpreter that runs make.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / "build" / "pythons"
PYTEST_ARGS = ("-W", "error::ResourceWarning", "-p", "no:cacheprovider")
"""As ``make pytest``, without the cache directory that the main venv's runs use."""

_CLASSIFIER = re.compile(r"Programming Language :: Python :: (3\.\d+)$")
_RELEASE = re.compile(r"(3\.\d+)\.(\d+)$")  # a pyenv version directory of a final release
_PROBE = (
    "import json, sys; print(json.dumps([sys.implementation.name, "
    "'%d.%d' % sys.version_info[:2], sys.version.split()[0]]))"
)


@dataclass
class Result:
    version: str
    status: str  # "passed", "failed", "install failed", "not found"
    detail: str = ""
    seconds: float = 0.0


def claimed_versions() -> list[str]:
    """The versions that pyproject.toml's classifiers name, oldest first."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        classifiers: list[str] = tomllib.load(f)["project"].get("classifiers", [])
    found = {m.group(1) for c in classifiers if (m := _CLASSIFIER.match(c))}
    return sorted(found, key=lambda v: tuple(int(p) for p in v.split(".")))


def probe(python: str, version: str) -> str | None:
    """The full version of ``python`` when it runs and is CPython ``version``, else None (a
    pyenv shim for a version that is not selected exits with an error)."""
    try:
        out = subprocess.run(
            [python, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=True
        ).stdout
        name, minor, full = json.loads(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return str(full) if name == "cpython" and minor == version else None


def pyenv_root() -> Path | None:
    pyenv = shutil.which("pyenv")
    if pyenv is not None:
        try:
            out = subprocess.run(
                [pyenv, "root"], capture_output=True, text=True, timeout=60, check=True
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out:
            return Path(out)
    env = os.environ.get("PYENV_ROOT")
    return Path(env) if env else None


def candidates(version: str) -> list[str]:
    """Interpreters that may be CPython ``version``: pyenv's newest patch release first."""
    found: list[str] = []
    root = pyenv_root()
    if root is not None and (root / "versions").is_dir():
        releases = [
            (int(m.group(2)), d)
            for d in (root / "versions").iterdir()
            if (m := _RELEASE.match(d.name)) and m.group(1) == version
        ]
        for _, d in sorted(releases, reverse=True):
            found.append(str(d / "bin" / f"python{version}"))
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        path = Path(directory or ".") / f"python{version}"
        if path.is_file() and os.access(path, os.X_OK):
            found.append(str(path))
    return found


def find(version: str) -> tuple[str, str] | None:
    """The first interpreter that really is CPython ``version``, and its full version."""
    for python in candidates(version):
        full = probe(python, version)
        if full is not None:
            return python, full
    return None


def install(python: str, full: str, venv: Path, log: Path) -> str | None:
    """Make ``venv`` with the project and its dev extra unless it is up to date; None when it
    is ready, else why not."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = f"{python} {full} {digest}\n"
    stamp = venv / ".installed"
    if stamp.is_file() and stamp.read_text() == wanted:
        return None
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    steps = [
        [python, "-m", "venv", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "-e", ".[dev]"],
    ]
    with log.open("w") as out:
        for step in steps:
            out.write(f"$ {' '.join(step)}\n")
            out.flush()
            code = subprocess.run(step, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
            if code != 0:
                return f"`{' '.join(step[1:])}` exited {code}"
    stamp.write_text(wanted)
    return None


def log_tail(log: Path, lines: int = 25) -> str:
    """The end of pip's log, without its warnings about absent local indexes."""
    text = log.read_text(errors="replace").splitlines() if log.is_file() else []
    kept = [line for line in text if not line.startswith("WARNING: Location ")]
    return "\n".join(kept[-lines:])


def run_pytest(venv: Path, pytest_args: list[str]) -> int:
    env = dict(os.environ)
    env["VIRTUAL_ENV"] = str(venv)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONHOME", None)
    env.pop("HYPOTHESIS_PROFILE", None)  # the default profile, never make fuzz's
    command = [str(venv / "bin" / "python"), "-m", "pytest", *PYTEST_ARGS, *pytest_args]
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def test_version(version: str, pytest_args: list[str]) -> Result:
    found = find(version)
    if found is None:
        return Result(version, "not found", "no CPython interpreter: pyenv's or on PATH")
    python, full = found
    start = time.monotonic()
    venv = VENVS / version
    log = VENVS / f"{version}.install.log"
    print(f"\n=== Python {full} ({python}): venv {venv.relative_to(ROOT)}", flush=True)
    why = install(python, full, venv, log)
    if why is not None:
        print(f"Installing .[dev] on Python {full} failed: {why}. The end of {log}:", flush=True)
        print(log_tail(log), flush=True)
        return Result(version, "install failed", f"{why}; see {log.relative_to(ROOT)}")
    installed = time.monotonic()
    code = run_pytest(venv, pytest_args)
    seconds = time.monotonic() - installed
    setup = f"set up in {installed - start:.0f} s"
    if code == 0:
        return Result(version, "passed", f"{full}, {setup}", seconds)
    detail = "no tests ran" if code == 5 else f"pytest exited {code}"
    return Result(version, "failed", f"{full}, {setup}: {detail}", seconds)


def main() -> int:
    assert sys.version_info >= (3, 11), "Python 3.11+ is required"
    parser = argparse.ArgumentParser(description="The test suite on each Python version.")
    parser.add_argument(
        "--versions", default="", help="space-separated, e.g. '3.12 3.13' (default: classifiers)"
    )
    parser.add_argument(
        "--require",
        default="",
        help="versions that must be found, space-separated, or 'all' for every one tested",
    )
    parser.add_argument("pytest_args", nargs="*", help="after --: pytest's own arguments")
    args = parser.parse_args()
    versions = args.versions.split() or claimed_versions()
    if not versions:
        parser.error("no versions: give --versions or classifiers in pyproject.toml")
    required = set(versions if args.require.strip() == "all" else args.require.split())
    results = [test_version(v, args.pytest_args) for v in versions]

    failed = False
    print("\n=== test-pythons: the test suite on each Python version")
    for r in results:
        status = r.status
        if r.status == "not found" and r.version in required:
            status = "not found (required)"
        if status not in ("passed", "not found"):
            failed = True
        took = f", tests in {r.seconds / 60:.1f} min" if r.seconds else ""
        print(f"  Python {r.version:<6} {status:<22} {r.detail}{took}")
    print("test-pythons: FAILED" if failed else "test-pythons: OK", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
