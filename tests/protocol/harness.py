"""Run botocore's awsJson protocol compliance cases through a generated package.

Each suite of a case file becomes a small botocore-style service model; the generator turns
it into a package in a temporary folder, and each case runs through that package's real
synchronous client, with a transport that records the request and answers with the case's
response. Values cross between the cases' botocore-style dicts and our typed values through
the IR (``codegen.ir``), so the conversion follows the same names the generator chose.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import importlib
import json
import math
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from codegen.build import build_service
from codegen.files import format_files, write_package
from codegen.ir import (
    BlobShape,
    DocumentShape,
    EnumShape,
    FloatShape,
    ListShape,
    MapShape,
    Provenance,
    Service,
    Shape,
    StructRef,
    Structure,
    TimestampShape,
)
from codegen.overrides import ServiceOverrides
from codegen.render import render_files
from typedaws_runtime.http import HttpRequest, HttpResponse

DATA = Path(__file__).resolve().parents[1] / "data" / "protocol-tests"
IGNORE_LIST = DATA / "protocol-tests-ignore-list.json"

# (file under DATA, kind, key in the ignore list's "protocols")
FILES: tuple[tuple[str, str, str], ...] = (
    ("input/json.json", "input", "json"),
    ("output/json.json", "output", "json"),
    ("input/json_1_0.json", "input", "json_1_0"),
    ("output/json_1_0.json", "output", "json_1_0"),
    ("input/json_1_0-query-compatible.json", "input", "json_1_0"),
    ("output/json_1_0-query-compatible.json", "output", "json_1_0"),
    ("legacy/input/json.json", "input", "json"),
    ("legacy/output/json.json", "output", "json"),
)

UTC = datetime.UTC

JsonDict = dict[str, Any]


# -- loading cases ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Case:
    file: str
    kind: str  # "input" or "output"
    suite_index: int
    case_index: int
    suite: JsonDict
    case: JsonDict

    @property
    def id(self) -> str:
        """``<file>::<case id>``; legacy cases have no id, so theirs is made from the suite's
        index, the case's index and the description (``s07c1-endpoint-host-trait-...``)."""
        case_id = self.case.get("id")
        if case_id is None:
            text = cast(str, self.case.get("description") or self.suite["description"])
            slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
            case_id = f"s{self.suite_index:02d}c{self.case_index}-{slug}"
        return f"{self.file}::{case_id}"


def load_cases() -> list[Case]:
    out: list[Case] = []
    for file, kind, _ in FILES:
        suites = cast(list[JsonDict], json.loads((DATA / file).read_text(encoding="utf-8")))
        for i, suite in enumerate(suites):
            for j, case in enumerate(cast(list[JsonDict], suite["cases"])):
                out.append(Case(file, kind, i, j, suite, case))
    return out


def ignored_by_botocore() -> dict[str, str]:
    """Qualified case id -> why botocore's own runner skips it (its ignore list)."""
    ignore = cast(JsonDict, json.loads(IGNORE_LIST.read_text(encoding="utf-8")))
    suites = set(cast(list[str], ignore["general"]["input"]["suites"]))
    out: dict[str, str] = {}
    for case in load_cases():
        proto = next(p for f, _, p in FILES if f == case.file)
        listed = cast(
            list[str], ignore["protocols"].get(proto, {}).get(case.kind, {}).get("cases", [])
        )
        if case.case.get("id") in listed:
            out[case.id] = f"botocore ignore list: protocols.{proto}.{case.kind}.cases"
        elif case.kind == "input" and case.suite["description"] in suites:
            out[case.id] = "botocore ignore list: general.input.suites"
    return out


def suite_model(suite: JsonDict) -> JsonDict:
    """A botocore-style service model: the suite's metadata and shapes, one operation.

    Cases of one suite that name the same operation must describe it the same way (checked
    here); a suite may describe several operations. Operations stay signed as their model
    says: the test clients have explicit test credentials, and the cases check only the
    headers they list, as botocore's runner does.
    """
    operations: dict[str, JsonDict] = {}
    for case in cast(list[JsonDict], suite["cases"]):
        given = dict(cast(JsonDict, case["given"]))
        given.pop("documentation", None)
        name = cast(str, given["name"])
        if name in operations and operations[name] != given:
            raise AssertionError(f"suite {suite['description']!r}: {name} described twice")
        operations[name] = given
    return {
        "metadata": suite["metadata"],
        "shapes": suite["shapes"],
        "operations": operations,
    }


# -- generating packages ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Generated:
    service: Service
    module: ModuleType
    models: ModuleType
    errors: ModuleType
    structures: Mapping[str, Structure]
    """Class name -> IR structure (request/response shapes, nested ones and errors)."""


def generate(model: JsonDict, package: str, root: Path) -> Generated:
    metadata = cast(JsonDict, model["metadata"])
    service = build_service(
        model,
        package=package,
        overrides=ServiceOverrides(),
        provenance=Provenance(
            botocore_version="test", sha256="0" * 64, api_version=metadata.get("apiVersion", "")
        ),
    )
    write_package(format_files(render_files(service), package=package), root / package)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    module = importlib.import_module(package)
    structures: dict[str, Structure] = {}
    for m in service.modules:
        for s in m.structures:
            structures[s.class_name] = s
    for op in service.operations:
        for io in (op.input, op.output, *op.errors):
            if io is not None:
                structures[io.class_name] = io
    for e in service.errors:
        structures[e.class_name] = e
    return Generated(
        service=service,
        module=module,
        models=importlib.import_module(f"{package}.models"),
        errors=importlib.import_module(f"{package}.errors"),
        structures=structures,
    )


# -- the transport ----------------------------------------------------------------------------


class RecordingTransport:
    """Records every request; answers each with the same canned response."""

    def __init__(self, response: HttpResponse | None = None) -> None:
        self.requests: list[HttpRequest] = []
        self.response = response or HttpResponse(status=200, headers={}, body=b"{}")

    def send(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        return self.response

    def close(self) -> None:
        pass


def case_response(response: JsonDict) -> HttpResponse:
    headers = {k.lower(): v for k, v in cast(dict[str, str], response.get("headers", {})).items()}
    body = cast(str, response.get("body") or "").encode("utf-8")
    return HttpResponse(status=int(response["status_code"]), headers=headers, body=body)


# -- botocore-style params -> our values ------------------------------------------------------


def _float_in(value: Any) -> float:
    if isinstance(value, str):
        return float({"NaN": "nan", "Infinity": "inf", "-Infinity": "-inf"}[value])
    return float(value)


def to_python(shape: Shape, value: Any, gen: Generated) -> Any:
    """A botocore-style param value as the value our client takes for ``shape``."""
    if value is None:
        return None
    if isinstance(shape, StructRef):
        return struct_to_python(gen.structures[shape.class_name], value, gen)
    if isinstance(shape, ListShape):
        return [to_python(shape.member, x, gen) for x in cast(list[Any], value)]
    if isinstance(shape, MapShape):
        return {k: to_python(shape.value, x, gen) for k, x in cast(JsonDict, value).items()}
    if isinstance(shape, BlobShape):
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)
    if isinstance(shape, TimestampShape):
        return datetime.datetime.fromtimestamp(value, tz=UTC)
    if isinstance(shape, FloatShape):
        return _float_in(value)
    return value  # strings, enums (plain str), integers, booleans, documents


def kwargs_for(structure: Structure, params: Mapping[str, Any], gen: Generated) -> JsonDict:
    by_wire = {m.wire_name: m for m in structure.members}
    out: JsonDict = {}
    for wire, value in params.items():
        member = by_wire[wire]  # KeyError: the case uses a member the IR does not have
        out[member.attr] = to_python(member.shape, value, gen)
    return out


def struct_to_python(structure: Structure, value: Mapping[str, Any], gen: Generated) -> Any:
    cls = getattr(gen.models, structure.class_name)
    return cls(**kwargs_for(structure, value, gen))


# -- our values -> botocore-style results -----------------------------------------------------


def _float_out(value: float) -> float | str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def to_botocore(shape: Shape, value: Any, gen: Generated) -> Any:
    """Our parsed value as botocore's expected results write it."""
    if value is None:
        return None
    if isinstance(shape, StructRef):
        return struct_to_botocore(gen.structures[shape.class_name], value, gen)
    if isinstance(shape, ListShape):
        return [to_botocore(shape.member, x, gen) for x in cast(Sequence[Any], value)]
    if isinstance(shape, MapShape):
        return {k: to_botocore(shape.value, x, gen) for k, x in cast(JsonDict, value).items()}
    if isinstance(shape, BlobShape):
        assert isinstance(value, bytes), type(value)
        return value.decode("utf-8")
    if isinstance(shape, TimestampShape):
        assert isinstance(value, datetime.datetime) and value.tzinfo is not None, value
        seconds = value.timestamp()
        return int(seconds) if seconds.is_integer() else seconds
    if isinstance(shape, FloatShape):
        return _float_out(value)
    if isinstance(shape, EnumShape):
        return value.value if hasattr(value, "value") else value
    if isinstance(shape, DocumentShape):
        return value
    return value


def struct_to_botocore(structure: Structure, value: Any, gen: Generated) -> JsonDict:
    out: JsonDict = {}
    for m in structure.members:
        x = getattr(value, m.attr)
        if x is not None:
            out[m.wire_name] = to_botocore(m.shape, x, gen)
    return out


def normalize_numbers(value: Any) -> Any:
    """Floats rounded to microseconds, so 946845296.123 compares as botocore writes it."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list):
        return [normalize_numbers(x) for x in value]
    if isinstance(value, dict):
        return {k: normalize_numbers(x) for k, x in cast(JsonDict, value).items()}
    return value


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# -- the run's summary ------------------------------------------------------------------------

RESULTS: dict[str, tuple[str, str]] = {}
"""Qualified case id -> (outcome, skip reason), filled by the test module."""


def summary_lines() -> list[str]:
    if not RESULTS:
        return []
    cases = load_cases()
    lines = ["awsJson protocol compliance cases (generated clients):"]
    totals = {"passed": 0, "skipped": 0, "failed": 0}
    for file, _, _ in FILES:
        outcomes = [v[0] for k, v in RESULTS.items() if k.startswith(file + "::")]
        if not outcomes:
            continue
        counts = {o: outcomes.count(o) for o in totals}
        for o in totals:
            totals[o] += counts[o]
        total = sum(1 for c in cases if c.file == file)
        lines.append(
            f"  {file}: {total} cases, {counts['passed']} passed, "
            f"{counts['skipped']} skipped, {counts['failed']} failed"
        )
    lines.append(
        f"  total: {totals['passed']} passed, {totals['skipped']} skipped, "
        f"{totals['failed']} failed"
    )
    ignored = ignored_by_botocore()
    skipped_count = sum(1 for v in RESULTS.values() if v[0] == "skipped")
    lines.append(
        f"  skip list: {skipped_count} cases; botocore's ignore list names {len(ignored)} "
        "cases of these files"
    )
    passing = sorted(k for k in ignored if RESULTS.get(k, ("",))[0] == "passed")
    if passing:
        lines.append(f"in botocore's ignore list, yet passing here: {', '.join(passing)}")
    skipped = [(k, v[1]) for k, v in RESULTS.items() if v[0] == "skipped"]
    if skipped:
        lines.append("skipped (SKIPS in test_awsjson_protocol.py):")
        lines += [f"  {k}: {reason}" for k, reason in skipped]
    return lines
