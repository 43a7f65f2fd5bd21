"""The headline comparison as an SVG bar chart (``bench/chart.svg``, shown in the README).

``make bench`` writes it with the results; ``python -m bench.chart`` draws it again from the
saved results (``bench/results/latest.json``) without measuring anything. The SVG is written
by hand with the standard library, so the bench needs no plotting package, and the same
results always give the same bytes, so the committed chart only changes when the figures do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "latest.json"
CHART = ROOT / "bench" / "chart.svg"

GROUPS = ("sdk", "boto", "raw")
"""The contenders the chart compares: this SDK, boto3 and aiobotocore, raw HTTP clients (not
the floor, other services or a baseline, which the tables show)."""

COLORS = {"sdk": "#2563eb", "boto": "#ea580c", "raw": "#9ca3af"}
LEGEND = {"sdk": "this SDK", "boto": "boto3 / aiobotocore", "raw": "raw HTTP client"}


@dataclass(frozen=True)
class Panel:
    metric: str
    """The key of the figure in a contender's results."""
    title: str
    unit: str
    digits: int
    better: str


PANELS = (
    Panel("cold_ms", "Cold start: import, client, first call", "ms", 1, "lower is better"),
    Panel("ok_us", "Per call, warm (success)", "µs", 0, "lower is better"),
    Panel("calls_per_s", "Async throughput, 200 tasks", "calls/s", 0, "higher is better"),
    Panel("rss_mib", "Peak RSS after 1,000 calls", "MiB", 1, "lower is better"),
)

ARIA_LABEL = "Benchmark: cognito-idp-typed against boto3, aiobotocore and raw HTTP clients"
WIDTH = 760
MARGIN = 12
LABEL_W = 250
BAR_W = 380
ROW_H = 20
BAR_H = 14
TITLE_H = 26
GAP = 18
FONT = 'font-family="Helvetica, Arial, sans-serif"'


def _value(row: Mapping[str, object], metric: str) -> float | None:
    value = row.get(metric)
    return float(value) if isinstance(value, int | float) else None


def _shown(value: float, digits: int) -> str:
    return f"{value:,.{digits}f}"


def render(result: Mapping[str, object]) -> str:
    """The SVG text of the chart for a results document as ``python -m bench`` saves it."""
    contenders = result.get("contenders")
    if not isinstance(contenders, Mapping):
        raise ValueError("results have no contenders")
    rows = [
        (str(row["label"]), str(row["group"]), row)
        for row in contenders.values()
        if isinstance(row, Mapping) and row.get("group") in GROUPS
    ]
    body: list[str] = []
    y = 0
    meta = result.get("meta")
    date = meta.get("date") if isinstance(meta, Mapping) else None
    subtitle = "ConfirmSignUp against a local stub; medians over rounds"
    if isinstance(date, str):
        subtitle += f"; run of {date[:16]}"
    body.append(
        f'<text x="0" y="{y + 18}" font-size="16" font-weight="bold">'
        f"cognito-idp-typed against boto3, aiobotocore and raw HTTP clients</text>"
    )
    body.append(f'<text x="0" y="{y + 36}" font-size="12" fill="#4b5563">{escape(subtitle)}</text>')
    y += 48
    x = 0
    for group in GROUPS:
        body.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{COLORS[group]}"/>'
            f'<text x="{x + 17}" y="{y + 11}" font-size="12">{escape(LEGEND[group])}</text>'
        )
        x += 30 + 7 * len(LEGEND[group])
    y += 12 + GAP
    for panel in PANELS:
        shown = [
            (label, group, v)
            for label, group, row in rows
            if (v := _value(row, panel.metric)) is not None
        ]
        if not shown:
            continue
        top = max(v for _, _, v in shown)
        body.append(
            f'<text x="0" y="{y + 16}" font-size="14" font-weight="bold">{escape(panel.title)}'
            f' <tspan font-weight="normal" fill="#4b5563">({escape(panel.unit)},'
            f" {escape(panel.better)})</tspan></text>"
        )
        y += TITLE_H
        for label, group, value in shown:
            width = max(1.0, BAR_W * value / top)
            text = f"{_shown(value, panel.digits)} {panel.unit}"
            weight = ' font-weight="bold"' if group == "sdk" else ""
            body.append(
                f"<g><title>{escape(label)}: {escape(text)}</title>"
                f'<text x="{LABEL_W - 8}" y="{y + 12}" font-size="12" text-anchor="end"{weight}>'
                f"{escape(label)}</text>"
                f'<rect x="{LABEL_W}" y="{y + 1}" width="{width:.1f}" height="{BAR_H}"'
                f' fill="{COLORS[group]}"/>'
                f'<text x="{LABEL_W + width + 6:.1f}" y="{y + 12}" font-size="12"{weight}>'
                f"{escape(text)}</text></g>"
            )
            y += ROW_H
        y += GAP
    height = y + 2 * MARGIN - GAP
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}"'
        f' viewBox="0 0 {WIDTH} {height}" {FONT} role="img"'
        f" aria-label={quoteattr(ARIA_LABEL)}>\n"
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>\n'
        f'<g transform="translate({MARGIN} {MARGIN})">\n' + "\n".join(body) + "\n</g>\n</svg>\n"
    )


def write(result: Mapping[str, object], path: Path = CHART) -> Path:
    """Write the chart of ``result`` to ``path``."""
    path.write_text(render(result), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chart", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS, help="saved results (JSON)")
    parser.add_argument("--output", type=Path, default=CHART, help="where the SVG goes")
    args = parser.parse_args(argv)
    if not args.results.exists():
        print(f"{args.results}: no saved results; run `make bench` first", file=sys.stderr)
        return 1
    result = json.loads(args.results.read_text(encoding="utf-8"))
    print(f"wrote {write(result, args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
