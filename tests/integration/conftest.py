"""Fixtures for integration tests against moto's Cognito emulator, run in-process.

One moto server serves the whole session (``moto_server`` and ``moto_url``, in
``tests/conftest.py``); its state is reset before each test. boto3 is used
only to set things up (user pools, app clients) and to read what the server holds; it gets dummy
credentials through ``monkeypatch``, so nothing leaks into the SDK's own calls.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest

from tests.support.aws_env import clear_aws_environment

REGION = "us-east-1"


@dataclass(frozen=True, kw_only=True)
class AppClient:
    """A user pool and one of its app clients, as created on the server."""

    user_pool_id: str
    client_id: str
    client_secret: str | None = None


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test() -> Iterator[None]:
    """Collect garbage after each test, so an unclosed client warns in the test that leaked it."""
    yield
    gc.collect()


@pytest.fixture
def without_aws_credentials(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[[], contextlib.AbstractContextManager[None]]:
    """``with without_aws_credentials():`` runs its block with no AWS credentials anywhere."""

    @contextlib.contextmanager
    def bare() -> Iterator[None]:
        with monkeypatch.context() as patch:
            clear_aws_environment(patch, tmp_path)
            yield

    return bare


@pytest.fixture
def admin(moto_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    """A boto3 cognito-idp client for set-up, with dummy credentials from the environment."""
    clear_aws_environment(monkeypatch, tmp_path)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("cognito-idp", region_name=REGION, endpoint_url=moto_url)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def user_pool_id(admin: Any) -> str:
    pool_id: str = admin.create_user_pool(PoolName="integration-tests")["UserPool"]["Id"]
    return pool_id


@pytest.fixture
def app_client(admin: Any, user_pool_id: str) -> AppClient:
    """An app client without a secret."""
    created = admin.create_user_pool_client(UserPoolId=user_pool_id, ClientName="public")
    return AppClient(user_pool_id=user_pool_id, client_id=created["UserPoolClient"]["ClientId"])


@pytest.fixture
def secret_app_client(admin: Any, user_pool_id: str) -> AppClient:
    """An app client with a generated secret."""
    created = admin.create_user_pool_client(
        UserPoolId=user_pool_id, ClientName="confidential", GenerateSecret=True
    )["UserPoolClient"]
    secret = created["ClientSecret"]
    assert isinstance(secret, str) and secret
    return AppClient(user_pool_id=user_pool_id, client_id=created["ClientId"], client_secret=secret)
