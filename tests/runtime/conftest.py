"""Runtime tests: a clean AWS environment for each (the fixtures are in tests/conftest.py)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _no_aws_environment(clean_aws_env: None) -> None:
    """Every runtime test runs without the developer's AWS environment."""


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
