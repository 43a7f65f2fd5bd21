"""Fixtures shared by every test directory."""

from __future__ import annotations

import gc
import urllib.request
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


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """Start moto on a free local port for the session; yield its base URL. (moto is imported
    here: a session that uses no emulator does not pay for it.)"""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def moto_url(moto_server: str) -> str:
    """The server's URL, after clearing everything earlier tests left on it."""
    request = urllib.request.Request(f"{moto_server}/moto-api/reset", data=b"", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    return moto_server
