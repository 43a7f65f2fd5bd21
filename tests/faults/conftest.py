"""Fixtures for the fault tests: a clean AWS environment, a stub server, leak detection.

Run with ``-W error::ResourceWarning``: a socket or session left open then fails the test
that leaked it (tests that use sockets end with a garbage collection, so it warns there).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

from tests.support.stub_server import StubServer


@pytest.fixture(autouse=True)
def clean_aws_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No AWS_* variable from the developer's shell, and no shared config or credentials file."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    empty = tmp_path_factory.mktemp("aws-home")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(empty / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(empty / "credentials"))


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """A stub server; sockets the test leaked are finalised (and warn) before it ends."""
    with StubServer() as server:
        yield server
        gc.collect()
