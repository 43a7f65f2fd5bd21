"""``make demo`` works: it runs to the end and shows each step it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_every_step_through_the_sdk() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for start in (
        "create_user_pool:",
        "sign_up:",
        "confirm_sign_up:",
        "admin_get_user:   UserStatus=CONFIRMED",
        "sign_in_srp:      signed in",
        "verify (id token): signature and claims good; username='alice'",
        "async confirm of 'nobody' raised UserNotFoundException",
        "done: emulator stopped",
    ):
        assert any(line.startswith(start) for line in lines), (start, done.stdout)
    assert "boto3" not in (ROOT / "demo" / "__main__.py").read_text()
