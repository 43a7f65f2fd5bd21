"""Prints the protocol cases' pass/skip summary at the end of the run."""

from __future__ import annotations

import pytest

from . import harness


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = harness.summary_lines()
    if lines:
        terminalreporter.section("awsJson protocol tests")
        for line in lines:
            terminalreporter.write_line(line)
