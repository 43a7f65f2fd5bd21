"""No secret of a whole sign-up and sign-in flow reaches logs, reprs or exception messages.

Every logger is at DEBUG and captured. The Cognito emulator runs in its own process so that
only this SDK's (and its libraries') log records are captured, not the emulator's.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from cognito_idp import (
    AsyncCognitoIdentityProviderClient,
    CognitoIdentityProviderClient,
    compute_secret_hash,
)
from cognito_idp.errors import NotAuthorizedException
from tests.support.aws_env import clear_aws_environment
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import SdkError

REGION = "us-east-1"
ADMIN = Credentials(
    access_key_id="AKIDSECRETFLOW",
    secret_access_key="s3cr3t-access-key-value-XYZ",
    session_token="session-token-value-QWERTY",
)
PASSWORD = "Sup3r-Secret-Passw0rd!"
WRONG_PASSWORD = "Wr0ng-Secret-Passw0rd!"
CODE = "918273"


@pytest.fixture(scope="module")
def moto_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/moto-api/", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"moto did not start: {log.read_text()}") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(autouse=True)
def _no_ambient_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clear_aws_environment(monkeypatch, tmp_path)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture
def debug_everything(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    for name in ("typedaws_runtime", "urllib3", "botocore", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def _flow_sync(url: str, seen: list[object]) -> list[str]:
    """Run the flow; return the secrets it handled (some only known once created)."""
    with CognitoIdentityProviderClient(region=REGION, endpoint_url=url, credentials=ADMIN) as admin:
        pool = admin.create_user_pool(pool_name="secrets").user_pool
        assert pool is not None and pool.id
        app = admin.create_user_pool_client(
            user_pool_id=pool.id,
            client_name="web",
            generate_secret=True,
            explicit_auth_flows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        ).user_pool_client
        assert app is not None and app.client_id and app.client_secret
        seen += [admin, pool, app]
        with CognitoIdentityProviderClient(
            region=REGION, endpoint_url=url, client_secret=app.client_secret
        ) as public:
            seen.append(public)
            seen.append(
                public.sign_up(client_id=app.client_id, username="carol", password=PASSWORD)
            )
            seen.append(
                public.confirm_sign_up(
                    client_id=app.client_id, username="carol", confirmation_code=CODE
                )
            )
            secret_hash = compute_secret_hash(app.client_secret, "carol", app.client_id)
            auth = public.initiate_auth(
                auth_flow="USER_PASSWORD_AUTH",
                client_id=app.client_id,
                auth_parameters={
                    "USERNAME": "carol",
                    "PASSWORD": PASSWORD,
                    "SECRET_HASH": secret_hash,
                },
            )
            seen.append(auth)
            tokens = auth.authentication_result
            assert tokens is not None and tokens.access_token and tokens.id_token
            with pytest.raises(NotAuthorizedException) as failed:
                public.initiate_auth(
                    auth_flow="USER_PASSWORD_AUTH",
                    client_id=app.client_id,
                    auth_parameters={
                        "USERNAME": "carol",
                        "PASSWORD": WRONG_PASSWORD,
                        "SECRET_HASH": secret_hash,
                    },
                )
            seen.append(failed.value)
            user = public.get_user(access_token=tokens.access_token)
            seen.append(user)
        return [
            app.client_secret,
            secret_hash,
            tokens.access_token,
            tokens.id_token,
            *([tokens.refresh_token] if tokens.refresh_token else []),
        ]


def _assert_hidden(secrets: list[str], logs: str, seen: list[object]) -> None:
    texts = [logs] + [repr(x) for x in seen] + [str(x) for x in seen]
    texts += [getattr(x, "message", "") for x in seen if isinstance(x, SdkError)]
    for secret in secrets:
        for text in texts:
            assert secret not in text


ALWAYS = [ADMIN.secret_access_key, ADMIN.session_token or "", PASSWORD, WRONG_PASSWORD]


def test_sync_flow_leaks_no_secret(
    moto_process: str, debug_everything: pytest.LogCaptureFixture
) -> None:
    seen: list[object] = []
    secrets = [*_flow_sync(moto_process, seen), *ALWAYS, CODE, "carol"]
    logs = debug_everything.text
    assert "typedaws_runtime" in {r.name for r in debug_everything.records}  # DEBUG really on
    _assert_hidden(secrets, logs, seen)


def test_async_flow_leaks_no_secret(
    moto_process: str, debug_everything: pytest.LogCaptureFixture
) -> None:
    seen: list[object] = []

    async def run() -> list[str]:
        async with AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=moto_process, credentials=ADMIN
        ) as admin:
            pool = (await admin.create_user_pool(pool_name="secrets-async")).user_pool
            assert pool is not None and pool.id
            app = (
                await admin.create_user_pool_client(
                    user_pool_id=pool.id,
                    client_name="web",
                    generate_secret=True,
                    explicit_auth_flows=["ALLOW_USER_PASSWORD_AUTH"],
                )
            ).user_pool_client
            assert app is not None and app.client_id and app.client_secret
            seen.extend([admin, pool, app])
            async with AsyncCognitoIdentityProviderClient(
                region=REGION, endpoint_url=moto_process, client_secret=app.client_secret
            ) as public:
                seen.append(
                    await public.sign_up(
                        client_id=app.client_id, username="dave", password=PASSWORD
                    )
                )
                seen.append(
                    await public.confirm_sign_up(
                        client_id=app.client_id, username="dave", confirmation_code=CODE
                    )
                )
                try:
                    await public.confirm_sign_up(
                        client_id=app.client_id, username="nobody-here", confirmation_code=CODE
                    )
                except SdkError as exc:
                    seen.append(exc)
            return [app.client_secret]

    secrets = asyncio.run(run()) + ALWAYS + [CODE]
    _assert_hidden(secrets, debug_everything.text, seen)
    assert os.environ.get("AWS_SECRET_ACCESS_KEY") is None
