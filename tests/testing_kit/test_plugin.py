"""The pytest plugin: its fixtures as a user's test asks for them (one argument each), and the
``pytest11`` entry point proved in a fresh pytest run of a project outside this repository."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import UsernameExistsException
from cognito_idp.models import SignUpResponse, UserStatusType
from cognito_idp.testing import Stubber
from tests.testing_kit.sample_app import Registration, register, register_async

PASSWORD = "Correct-horse-battery-9"


def test_stub_fixture(cognito_idp_stub: Stubber[CognitoIdentityProviderClient]) -> None:
    client = cognito_idp_stub.client
    cognito_idp_stub.add_client_error(client.sign_up, UsernameExistsException(message="taken"))
    outcome = register(client, client_id="app", email="a@example.com", password=PASSWORD)
    assert outcome == Registration(created=False)


def test_async_stub_fixture(
    cognito_idp_async_stub: Stubber[AsyncCognitoIdentityProviderClient],
) -> None:
    client = cognito_idp_async_stub.client
    cognito_idp_async_stub.add_response(
        client.sign_up,
        SignUpResponse(user_confirmed=False, user_sub="sub-1"),
        expected_params={"client_id": "app"},
    )
    outcome = asyncio.run(
        register_async(client, client_id="app", email="a@example.com", password=PASSWORD)
    )
    assert outcome == Registration(created=True, confirmed=False)


def test_moto_fixture_signs_up_and_confirms(
    cognito_idp_moto: CognitoIdentityProviderClient,
) -> None:
    client = cognito_idp_moto
    pool = client.create_user_pool(pool_name="app").user_pool
    assert pool is not None and pool.id is not None
    app = client.create_user_pool_client(user_pool_id=pool.id, client_name="web").user_pool_client
    assert app is not None and app.client_id is not None

    outcome = register(client, client_id=app.client_id, email="a@example.com", password=PASSWORD)
    assert outcome == Registration(created=True, confirmed=False)
    client.admin_confirm_sign_up(user_pool_id=pool.id, username="a@example.com")
    user = client.admin_get_user(user_pool_id=pool.id, username="a@example.com")
    assert user.user_status == UserStatusType.CONFIRMED
    again = register(client, client_id=app.client_id, email="a@example.com", password=PASSWORD)
    assert again == Registration(created=False)


def test_moto_is_emptied_between_tests(cognito_idp_moto: CognitoIdentityProviderClient) -> None:
    assert cognito_idp_moto.list_user_pools(max_results=10).user_pools == []


# -- a fresh pytest run, in a project of its own ---------------------------------------------

USER_TESTS = """
import pytest

from cognito_idp.errors import UsernameExistsException
from cognito_idp.models import ConfirmSignUpResponse


def test_passes(cognito_idp_stub):
    client = cognito_idp_stub.client
    cognito_idp_stub.add_response(client.confirm_sign_up, ConfirmSignUpResponse())
    client.confirm_sign_up(client_id="app", username="alice", confirmation_code="1")


def test_leaves_a_stub_unused(cognito_idp_stub):
    cognito_idp_stub.add_client_error(cognito_idp_stub.client.sign_up, UsernameExistsException())


def test_fails_with_a_stub_unused(cognito_idp_stub):
    cognito_idp_stub.add_response(cognito_idp_stub.client.confirm_sign_up, ConfirmSignUpResponse())
    assert False, "the test's own failure"


def test_uses_moto(cognito_idp_moto):
    pass
"""

WITHOUT_MOTO = """
import sys

sys.modules["moto"] = None  # as where moto is not installed
sys.modules["moto.server"] = None
"""


def _fresh_pytest(tmp_path: Path) -> str:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS))
    (tmp_path / "conftest.py").write_text(WITHOUT_MOTO)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "AWS_"))}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "test_user.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    return proc.stdout


def test_entry_point_gives_the_fixtures_to_a_fresh_run(tmp_path: Path) -> None:
    out = _fresh_pytest(tmp_path)
    assert f"rootdir: {tmp_path}" in out  # not this repository's configuration
    assert "PASSED test_user.py::test_passes" in out
    # An unused stub fails a test that passed, at teardown, naming it.
    assert "ERROR test_user.py::test_leaves_a_stub_unused" in out
    assert "1 queued stub not used: SignUp (sign_up, UsernameExistsException)" in out
    # After the test's own failure, unused stubs are expected: no second error.
    assert "FAILED test_user.py::test_fails_with_a_stub_unused" in out
    assert "ERROR test_user.py::test_fails_with_a_stub_unused" not in out
    # Without moto, its fixture says what to install.
    assert "ERROR test_user.py::test_uses_moto" in out
    assert "pip install 'cognito-idp-typed[testing]'" in out
    assert "1 failed, 2 passed, 2 errors" in out  # the unused stub passed, then errored
