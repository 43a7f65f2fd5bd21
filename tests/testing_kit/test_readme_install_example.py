"""The complete program at the top of the README runs as written against moto's emulator (sign
up, confirm, then a second sign-up refused), and mypy --strict accepts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cognito_idp import CognitoIdentityProviderClient
from typedaws_runtime.pytest_support import REGION

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Install"


def readme_program() -> str:
    """The first Python code block of the README's section on installing."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(SECTION) :]
    start = section.index("```python\n") + len("```python\n")
    return section[start : section.index("```\n", start)]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "AWS_"))}
    env.update(AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, **extra)
    return env


def test_the_program_signs_up_and_confirms(
    tmp_path: Path,
    cognito_idp_moto: CognitoIdentityProviderClient,
    cognito_idp_moto_server: str,
) -> None:
    pool = cognito_idp_moto.create_user_pool(pool_name="app").user_pool
    assert pool is not None and pool.id is not None
    app = cognito_idp_moto.create_user_pool_client(user_pool_id=pool.id, client_name="web")
    assert app.user_pool_client is not None and app.user_pool_client.client_id is not None
    (tmp_path / "signup.py").write_text(readme_program(), encoding="utf-8")
    env = _env(
        AWS_ENDPOINT_URL=cognito_idp_moto_server,
        AWS_REGION=REGION,
        COGNITO_CLIENT_ID=app.user_pool_client.client_id,
    )

    def run() -> subprocess.CompletedProcess[str]:
        args = [sys.executable, "signup.py", "alice@example.com", "a-Long-passw0rd"]
        return subprocess.run(
            args, input="123456\n", capture_output=True, text=True, cwd=tmp_path, env=env,
            timeout=60,
        )  # fmt: skip

    first = run()
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.startswith("signed up as ")
    assert first.stdout.endswith("confirmed\n")
    users = cognito_idp_moto.list_users(user_pool_id=pool.id).users
    assert users is not None and [u.user_status for u in users] == ["CONFIRMED"]
    again = run()
    assert (again.returncode, again.stdout) == (1, "alice@example.com has signed up already\n")


def test_the_program_type_checks(tmp_path: Path) -> None:
    (tmp_path / "signup.py").write_text(readme_program(), encoding="utf-8")
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file="]
    proc = subprocess.run(
        [*args, "signup.py"], capture_output=True, text=True, cwd=tmp_path, env=_env(), timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
