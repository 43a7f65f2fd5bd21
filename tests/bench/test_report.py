"""``bench.report``: the in-process tables (client and server in one process; the SDK alone)."""

from __future__ import annotations

from bench.report import loopback_lines, work_lines

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


def test_each_tree_gets_its_column_and_each_step_what_it_added() -> None:
    lines = loopback_lines(LOOPED)
    assert lines[0] == (
        "| client and server in one process | at aaaaaaaaaa | at bbbbbbbbbb "
        "| added since aaaaaaaaaa | now | added since bbbbbbbbbb | added since aaaaaaaaaa, in all |"
    )
    assert lines[1] == "|---|--:|--:|--:|--:|--:|--:|"
    assert lines[2] == "| sync, µs a call | 18.50 | 21.00 | +2.50 | 22.00 | +1.00 | +3.50 |"
    assert lines[3] == (
        "| sync, instructions a call | 140.0k | 150.0k | +10.0k (+7.1%) | 154.0k "
        "| +4.0k (+2.7%) | +14.0k (+10.0%) |"
    )
    assert lines[4] == "| async, µs a call | 37.50 | 40.00 | +2.50 | 37.00 | -3.00 | -0.50 |"
    assert lines[5].startswith("| async, instructions a call | 236.0k | 248.0k | +12.0k (+5.1%) |")


def test_without_valgrind_only_the_microseconds_are_shown() -> None:
    lines = loopback_lines({**LOOPED, "baselines": ["aaaaaaaaaa"], "instructions": None})
    assert lines == [
        "| client and server in one process | at aaaaaaaaaa | now | added since aaaaaaaaaa |",
        "|---|--:|--:|--:|",
        "| sync, µs a call | 18.50 | 22.00 | +3.50 |",
        "| async, µs a call | 37.50 | 37.00 | -0.50 |",
    ]


def test_the_sdks_own_work_is_shown_by_path() -> None:
    own = {"sync_ok": 3.44, "sync_error": 6.06, "async_ok": 4.071, "async_error": 6.5}
    assert work_lines(own) == [
        "| this SDK's own work a call, no socket | success µs | error µs |",
        "|---|--:|--:|",
        "| sync | 3.44 | 6.06 |",
        "| async | 4.07 | 6.50 |",
    ]
