"""Fixtures shared by every test directory."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.support.aws_env import clear_aws_environment
from tests.support.stub_server import StubServer


@pytest.fixture
def clean_aws_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No AWS_* variable from the developer's shell, and no shared config or credentials file."""
    clear_aws_environment(monkeypatch, tmp_path_factory.mktemp("aws-home"))


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """A stub server; sockets the test leaked are finalised (and warn) before it ends."""
    with StubServer() as server:
        yield server
        gc.collect()
