"""The README's "Testing your code" example runs as written: pytest passes it, in a fresh run
that gets the fixtures from the installed plugin, and mypy --strict accepts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Testing your code"


def readme_example() -> str:
    """The first Python code block of the README's section on testing."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(SECTION) :]
    start = section.index("```python\n") + len("```python\n")
    return section[start : section.index("```\n", start)]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "AWS_"))}
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_the_example_passes(tmp_path: Path) -> None:
    (tmp_path / "test_example.py").write_text(readme_example())
    proc = _run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 passed" in proc.stdout


def test_the_example_type_checks(tmp_path: Path) -> None:
    (tmp_path / "test_example.py").write_text(readme_example())
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file="]
    proc = _run([*args, "test_example.py"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
