"""Transport tests: a clean AWS environment for each (the shared fixtures are in
tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_aws_environment(clean_aws_env: None) -> None:
    """Every transport test runs without the developer's AWS environment."""
