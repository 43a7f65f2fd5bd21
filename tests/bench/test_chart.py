"""``bench.chart``: the SVG of the headline comparison, drawn from a results document."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from bench import chart

SVG = "{http://www.w3.org/2000/svg}"


def contender(
    label: str, group: str, cold: float, call: float, cps: float | None, rss: float
) -> dict[str, object]:
    return {
        "label": label,
        "group": group,
        "is_async": cps is not None,
        "cold_ms": cold,
        "ok_us": call,
        "err_us": call + 5,
        "calls_per_s": cps,
        "rss_mib": rss,
    }


RESULT: dict[str, object] = {
    "meta": {"date": "2030-01-02 03:04:05 +0000"},
    "contenders": {
        "sdk-sync": contender("this SDK, sync", "sdk", 14.7, 103.0, None, 13.0),
        "sdk-async": contender("this SDK, async", "sdk", 41.8, 140.0, 33400.0, 22.8),
        "boto3": contender("boto3", "boto", 171.6, 472.0, None, 48.3),
        "aiohttp": contender("raw aiohttp & co", "raw", 131.0, 203.0, 10225.0, 34.2),
        "socket": contender("floor: bare socket", "floor", 8.3, 83.0, None, 11.0),
        "old": contender("this SDK, at abc", "baseline", 13.5, 119.0, None, 12.7),
    },
}


def texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_the_chart_parses_and_labels_every_bar() -> None:
    shown = texts(chart.render(RESULT))
    for title in ("Cold start", "Per call", "Async throughput", "Peak RSS"):
        assert any(t.startswith(title) for t in shown), title
    assert shown.count("this SDK, sync") == 3  # no calls/s: a sync client has no bar there
    assert shown.count("this SDK, async") == 4
    assert shown.count("raw aiohttp & co") == 4  # escaped, and read back as written
    assert "boto3" in shown
    assert {"14.7 ms", "472 µs", "33,400 calls/s", "10,225 calls/s", "48.3 MiB"} <= set(shown)
    assert not any("floor" in t or "at abc" in t for t in shown)
    assert any("2030-01-02 03:04" in t for t in shown)


def test_bars_scale_to_the_largest_value_of_their_panel() -> None:
    root = ET.fromstring(chart.render(RESULT))
    widths = [float(r.get("width", "0")) for r in root.iter(f"{SVG}rect") if r.get("x")]
    cold = widths[3:7]  # after the three legend swatches: sync, async, boto3, aiohttp
    assert max(widths) == chart.BAR_W
    assert cold[2] == chart.BAR_W  # boto3's cold start is the longest
    assert abs(cold[0] - chart.BAR_W * 14.7 / 171.6) < 0.1


def test_the_same_results_give_the_same_bytes(tmp_path: Path) -> None:
    results = tmp_path / "latest.json"
    results.write_text(json.dumps(RESULT), encoding="utf-8")
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    assert chart.main(["--results", str(results), "--output", str(first)]) == 0
    assert chart.main(["--results", str(results), "--output", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes() == chart.render(RESULT).encode()


def test_without_saved_results_it_says_to_run_the_bench(tmp_path: Path) -> None:
    assert chart.main(["--results", str(tmp_path / "none.json")]) == 1
