"""The generated files on disk: formatted by ruff, written (stale files removed), or compared.

Rendering happens in memory first (``codegen.render``), so the same texts serve both
``generate`` (write the files) and ``check`` (compare with what is on disk).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from codegen.emit.code import LINE_LENGTH


def format_files(
    files: dict[str, str], *, package: str, first_party: Sequence[str] = ()
) -> dict[str, str]:
    """Run ruff (import fixes, then the formatter) over the generated Python files.

    Ruff runs in isolated mode with its settings given here, so the output does not depend
    on where the package is generated or on any configuration file. ``first_party``: other
    packages of this project the files import (the hand-written extensions), sorted as the
    project's own ruff settings sort them.
    """
    known = ", ".join(repr(name) for name in ("typedaws_runtime", package, *first_party))
    settings = [
        "--isolated",
        "--line-length",
        str(LINE_LENGTH),
        "--target-version",
        "py311",
        "--config",
        f"lint.isort.known-first-party = [{known}]",
        "--config",
        "lint.typing-modules = ['typedaws_runtime.static_typing']",
    ]
    ruff = [sys.executable, "-m", "ruff"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / package
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        fix = [*ruff, "check", *settings, "--fix-only", "--exit-zero", "--select", "I,F401"]
        _run([*fix, "--quiet", package], cwd=tmp)
        _run([*ruff, "format", *settings, "--quiet", package], cwd=tmp)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def _run(cmd: list[str], *, cwd: str) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:4])} failed on generated code:\n{proc.stderr}")


def write_package(files: dict[str, str], target: Path) -> list[Path]:
    """Write ``files`` under ``target`` and delete files there that are no longer generated.

    Returns the paths that changed or were removed.
    """
    changed: list[Path] = []
    target.mkdir(parents=True, exist_ok=True)
    for rel, text in sorted(files.items()):
        path = target / rel
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed.append(path)
    for path in sorted(target.rglob("*")):
        rel = path.relative_to(target).as_posix()
        if path.is_file() and rel not in files and "__pycache__" not in rel:
            path.unlink()
            changed.append(path)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_dir() and path.name != "__pycache__" and not any(path.iterdir()):
            path.rmdir()
    return changed


def diff_package(files: dict[str, str], target: Path) -> list[str]:
    """Relative paths where ``target`` differs from ``files`` (missing, changed or stale)."""
    problems: list[str] = []
    for rel, text in sorted(files.items()):
        path = target / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"changed: {rel}")
    if target.exists():
        for path in sorted(target.rglob("*")):
            rel = path.relative_to(target).as_posix()
            if path.is_file() and rel not in files and "__pycache__" not in rel:
                problems.append(f"stale: {rel}")
    return problems
