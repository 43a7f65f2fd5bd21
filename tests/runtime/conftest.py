"""Fixtures for the runtime tests: a local stub server and a clean AWS environment."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.stub_server import StubServer

_AWS_ENV_PREFIXES = ("AWS_",)


@pytest.fixture(autouse=True)
def clean_aws_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No AWS_* variable from the developer's shell, and no shared config or credentials file."""
    for name in list(os.environ):
        if name.startswith(_AWS_ENV_PREFIXES):
            monkeypatch.delenv(name)
    empty = tmp_path_factory.mktemp("aws-home")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(empty / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(empty / "credentials"))


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A socket or transport left open (ResourceWarning in ``__del__``) fails the test.

    ``-W error::ResourceWarning`` alone cannot: warnings raised in ``__del__`` are "unraisable"
    and pytest reports them as ``PytestUnraisableExceptionWarning``.
    """
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here + os.sep):
            item.add_marker(
                pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
            )
