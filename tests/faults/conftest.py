"""Fault tests: a clean AWS environment for each (the shared fixtures are in tests/conftest.py).

Run with ``-W error::ResourceWarning``: a socket or session left open then fails the test
that leaked it (tests that use sockets end with a garbage collection, so it warns there).
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_aws_environment(clean_aws_env: None) -> None:
    """Every fault test runs without the developer's AWS environment."""
