# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""pytest fixtures for code that uses cognito_idp: ``cognito_idp_stub`` and
``cognito_idp_async_stub`` (a ``Stubber`` on a client that sends nothing), and
``cognito_idp_moto`` (a client of moto's emulator, which the ``testing`` extra
installs)."""

from __future__ import annotations

import pytest

from typedaws_runtime import pytest_support as _support
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cognito_idp.async_client import AsyncCognitoIdentityProviderClient
    from cognito_idp.client import CognitoIdentityProviderClient
    from cognito_idp.testing import Stubber


# Registered as a pytest plugin (the ``pytest11`` entry point): the hook below and the
# fixtures are available to every test once the package is installed.
pytest_runtest_makereport = _support.pytest_runtest_makereport


@pytest.fixture
def cognito_idp_stub(
    request: pytest.FixtureRequest,
) -> Iterator[Stubber[CognitoIdentityProviderClient]]:
    """An active ``Stubber`` on a ``CognitoIdentityProviderClient`` that sends nothing
    (``stub.client``): queue answers, hand the client to the code under test. After a test
    that passed, stubs left unused fail it."""
    from cognito_idp.client import CognitoIdentityProviderClient
    from cognito_idp.testing import Stubber

    client = _support.offline_client(CognitoIdentityProviderClient)
    yield from _support.stubbed(request, Stubber(client))


@pytest.fixture
def cognito_idp_async_stub(
    request: pytest.FixtureRequest,
) -> Iterator[Stubber[AsyncCognitoIdentityProviderClient]]:
    """``cognito_idp_stub`` for an ``AsyncCognitoIdentityProviderClient``."""
    from cognito_idp.async_client import AsyncCognitoIdentityProviderClient
    from cognito_idp.testing import Stubber

    client = _support.offline_client(AsyncCognitoIdentityProviderClient)
    yield from _support.stubbed(request, Stubber(client))


@pytest.fixture(scope="session")
def cognito_idp_moto_server() -> Iterator[str]:
    """The URL of moto's server, started once for the session on a free local port."""
    yield from _support.moto_server("cognito-idp-typed[testing]")


@pytest.fixture
def cognito_idp_moto(cognito_idp_moto_server: str) -> Iterator[CognitoIdentityProviderClient]:
    """A ``CognitoIdentityProviderClient`` of moto's emulator, emptied before the test: dummy
    credentials and Region, none of the user's AWS configuration read or changed."""
    from cognito_idp.client import CognitoIdentityProviderClient

    _support.reset_moto(cognito_idp_moto_server)
    client = _support.offline_client(
        CognitoIdentityProviderClient, endpoint_url=cognito_idp_moto_server
    )
    with client:
        yield client
