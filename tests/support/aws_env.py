"""A test's AWS environment: none of the developer's, so no test reads their credentials."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def clear_aws_environment(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Remove every ``AWS_*`` variable and point the shared config and credentials files to
    paths under ``home`` that do not exist."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "credentials"))
