"""What the generated pytest plugins (``<package>.pytest_plugin``) share: clients that read
nothing of the user's AWS setup, stubbed clients checked at teardown, and moto's server.

Only pytest imports this module, through a plugin; moto is imported only by the fixture that
starts it, so it is needed only by tests that use that fixture.
"""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Callable, Generator, Iterator

import pytest

from typedaws_runtime.client import AsyncClient, Client
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.static_typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing import Protocol

    class _Stubber(Protocol):
        def activate(self) -> None: ...
        def deactivate(self) -> None: ...
        def assert_no_pending_responses(self) -> None: ...


__all__ = ["moto_server", "offline_client", "pytest_runtest_makereport", "reset_moto", "stubbed"]

ClientT = TypeVar("ClientT", bound="Client | AsyncClient")
StubberT = TypeVar("StubberT", bound="_Stubber")

REGION = "us-east-1"
"""The Region of the fixtures' clients (moto accepts any)."""
OFFLINE_ENDPOINT = "https://stubbed.invalid"
"""Where a stubbed client would send, if anything reached its transport (``.invalid`` never
resolves)."""

_CALL_FAILED = pytest.StashKey[bool]()
"""On a test item: whether the test's own body (pytest's "call" phase) failed."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Record whether the test body failed, so a stubbed fixture checks for unused stubs only
    after a test that passed (after a failure they are expected, and would hide it)."""
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


def offline_client(cls: Callable[..., ClientT], *, endpoint_url: str = OFFLINE_ENDPOINT) -> ClientT:
    """A client made with dummy credentials, a fixed Region and ``endpoint_url``, reading no
    ``AWS_*`` variable and no shared config or credentials file of the user's (the client
    reads its configuration when it is made); nothing is written to the environment."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("AWS_")}
    with pytest.MonkeyPatch.context() as patch:
        for name in saved:
            patch.delenv(name)
        patch.setenv("AWS_CONFIG_FILE", os.devnull)
        patch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
        return cls(
            region=REGION,
            endpoint_url=endpoint_url,
            credentials=Credentials(access_key_id="testing", secret_access_key="testing"),
            use_fips_endpoint=False,
            use_dualstack_endpoint=False,
            proxies={},
        )


def stubbed(request: pytest.FixtureRequest, stubber: StubberT) -> Iterator[StubberT]:
    """Body of a stubbed-client fixture: ``stubber`` active during the test; at teardown,
    deactivated and, if the test passed, checked for unused stubs."""
    stubber.activate()
    try:
        yield stubber
    finally:
        stubber.deactivate()
    if not request.node.stash.get(_CALL_FAILED, False):
        stubber.assert_no_pending_responses()


def moto_server(install: str) -> Iterator[str]:
    """moto's server on a free local port, for as long as the generator runs; yields its URL.

    Without moto, fails the test with the command that installs it (``install``).
    """
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        pytest.fail(
            f"this fixture runs moto's server, which is not installed: pip install '{install}'",
            pytrace=False,
        )
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def reset_moto(url: str) -> None:
    """Clear everything moto's server holds (user pools, users...), for a test of its own."""
    request = urllib.request.Request(f"{url}/moto-api/reset", data=b"", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        if response.status != 200:
            raise RuntimeError(f"resetting moto at {url} answered HTTP {response.status}")
