"""``bench.report``: the in-process comparison's table, for one baseline commit or several."""

from __future__ import annotations

from bench.report import loopback_lines

LOOPED: dict[str, object] = {
    "baselines": ["aaaaaaaaaa", "bbbbbbbbbb"],
    "us": {
        "now": {"sync": 22.0, "async": 37.0},
        "aaaaaaaaaa": {"sync": 18.5, "async": 37.5},
        "bbbbbbbbbb": {"sync": 21.0, "async": 40.0},
    },
    "instructions": {
        "now": {"sync": 154_000.0, "async": 236_000.0},
        "aaaaaaaaaa": {"sync": 140_000.0, "async": 236_000.0},
        "bbbbbbbbbb": {"sync": 150_000.0, "async": 248_000.0},
    },
}


def test_each_baseline_gets_its_column_and_what_was_added_since() -> None:
    lines = loopback_lines(LOOPED)
    assert lines[0] == (
        "| client and server in one process | now | at aaaaaaaaaa | added | at bbbbbbbbbb | added |"
    )
    assert lines[1] == "|---|--:|--:|--:|--:|--:|"
    assert lines[2] == "| sync, µs a call | 22.00 | 18.50 | +3.50 | 21.00 | +1.00 |"
    assert lines[3] == (
        "| sync, instructions a call | 154.0k | 140.0k | +14.0k (+10.0%) | 150.0k | +4.0k (+2.7%) |"
    )
    assert lines[4] == "| async, µs a call | 37.00 | 37.50 | -0.50 | 40.00 | -3.00 |"
    assert lines[5].startswith("| async, instructions a call | 236.0k | 236.0k | +0.0k (+0.0%) |")


def test_without_valgrind_only_the_microseconds_are_shown() -> None:
    lines = loopback_lines({**LOOPED, "baselines": ["aaaaaaaaaa"], "instructions": None})
    assert lines == [
        "| client and server in one process | now | at aaaaaaaaaa | added |",
        "|---|--:|--:|--:|",
        "| sync, µs a call | 22.00 | 18.50 | +3.50 |",
        "| async, µs a call | 37.00 | 37.50 | -0.50 |",
    ]
