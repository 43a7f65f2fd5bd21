"""A fresh virtual environment with this project's wheel installed, as a user installs it.

The wheel is built from the working tree and installed with ``--no-deps`` into a new
``python -m venv --without-pip`` environment (this interpreter's pip installs into it through
``pip --python``). No network is needed: the wheel's run-time dependencies (its
``Requires-Dist`` closure, as installed in this interpreter's environment) are made visible by
symlinking exactly their top-level packages and ``.dist-info`` directories into the new
``site-packages``, and ``pip check`` there proves the closure complete. The repository is never
on that environment's path, so a type checker pointed at its interpreter sees only what a user
installs: the packages and the stub packages beside them.

Used by the downstream typing tests (``tests/typing``) and the type-checking benchmark
(``bench/typecheck.py``), which also checks the same program written for boto3 in an
environment made the same way from installed distributions (``create_from_installed``), so
both programs are checked alike.
"""

from __future__ import annotations

import email
import importlib.metadata
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


class WheelEnvError(Exception):
    """A step of building the wheel or its environment failed (its output says why)."""


@dataclass(frozen=True)
class WheelEnv:
    """The environment: its interpreter, ``site-packages``, and the variables to run it with
    (its ``bin`` first on ``PATH``, no ``PYTHONPATH`` or ``MYPYPATH`` of the caller's)."""

    venv: Path
    python: Path
    site_packages: Path
    env: Mapping[str, str]


def run(args: list[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> str:
    """``args``' output; ``WheelEnvError`` with its output if it fails."""
    proc = subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    if proc.returncode != 0:
        raise WheelEnvError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def build_wheel(dist: Path) -> Path:
    """The project's wheel, built from the working tree into ``dist``."""
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    run([*pip_wheel, "--no-build-isolation", "--wheel-dir", str(dist), str(ROOT)])
    (wheel,) = dist.glob("*.whl")
    return wheel


def _requires_dist(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(zf.read(name))
    return [str(r) for r in metadata.get_all("Requires-Dist", [])]


def dependency_closure(requires: list[str]) -> Iterator[importlib.metadata.Distribution]:
    """The installed distributions ``requires`` needs at run time, transitively (no extras)."""
    pending, seen = list(requires), set[str]()
    while pending:
        req = Requirement(pending.pop())
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        seen.add(key)
        dist = importlib.metadata.distribution(req.name)
        yield dist
        pending.extend(dist.requires or [])


def link_distribution(dist: importlib.metadata.Distribution, site_packages: Path) -> None:
    """Make ``dist`` importable in ``site_packages`` by linking its top-level entries."""
    tops = {f.parts[0] for f in dist.files or [] if f.parts[0] not in ("..", "__pycache__")}
    for top in sorted(tops):
        if top.endswith(".pth"):
            continue  # a .pth could put this environment's paths (the repository) in view
        target = site_packages / top
        if not target.exists():
            target.symlink_to(Path(str(dist.locate_file(top))))


def create(base: Path) -> WheelEnv:
    """Build the wheel into ``base/dist`` and install it into a new venv at ``base/venv``."""
    wheel = build_wheel(base / "dist")
    venv, python, site_packages = _new_venv(base / "venv")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    run([*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)])
    for dist in dependency_closure(_requires_dist(wheel)):
        link_distribution(dist, site_packages)
    run([*pip, "check"])
    return _wheel_env(venv, python, site_packages)


def create_from_installed(base: Path, requirements: list[str]) -> WheelEnv:
    """A new venv at ``base/venv`` holding ``requirements`` (and what they need at run time) as
    installed in this interpreter's environment: linked, so no network is needed. For checking
    a program against another project the same way as against this one's wheel."""
    venv, python, site_packages = _new_venv(base / "venv")
    try:
        for dist in dependency_closure(requirements):
            link_distribution(dist, site_packages)
    except importlib.metadata.PackageNotFoundError as missing:
        raise WheelEnvError(f"{missing} is not installed here") from None
    run([sys.executable, "-m", "pip", "--python", str(python), "check"])
    return _wheel_env(venv, python, site_packages)


def _new_venv(venv: Path) -> tuple[Path, Path, Path]:
    """An empty venv (no pip): its folder, interpreter and ``site-packages``."""
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    return venv, python, Path(purelib.strip())


def _wheel_env(venv: Path, python: Path, site_packages: Path) -> WheelEnv:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "MYPYPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env["PATH"] = os.pathsep.join([str(venv / "bin"), env.get("PATH", "")])
    env["VIRTUAL_ENV"] = str(venv)
    env["PYRIGHT_PYTHON_IGNORE_WARNINGS"] = "1"
    return WheelEnv(venv, python, site_packages, env)
