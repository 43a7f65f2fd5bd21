"""``typedaws_runtime.cjson`` writes and reads JSON exactly as the json package does."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from typedaws_runtime import cjson

ROOT = Path(__file__).resolve().parents[2]

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _dumps(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


@given(st.text())
def test_strings_are_escaped_as_json_does(text: str) -> None:
    assert cjson.encode_str(text) == _dumps(text)


@given(JSON_VALUES)
def test_values_are_written_as_json_dumps_writes_them(value: object) -> None:
    assert cjson.encode_value(value) == _dumps(value)


@given(JSON_VALUES)
def test_scanning_reads_what_json_loads_reads(value: object) -> None:
    text = json.dumps(value)
    assert cjson.scan(text, 0) == (json.loads(text), len(text))


def test_special_floats_and_constants() -> None:
    assert cjson.encode_value([math.inf, -math.inf]) == "[Infinity,-Infinity]"
    value, end = cjson.scan("[NaN,Infinity,-Infinity]", 0)
    assert isinstance(value, list) and end == 24
    assert isinstance(value[0], float) and math.isnan(value[0])
    assert value[1:] == [math.inf, -math.inf]


def test_not_json() -> None:
    with pytest.raises(TypeError, match="set is not JSON serializable"):
        cjson.encode_value({"a": {1, 2}})
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(RecursionError):
        cjson.encode_value(loop)
    # Where a value is missing, StopIteration (at any depth); other mistakes, ValueError.
    for text in ("", '{"a": }', "[1,"):
        with pytest.raises(StopIteration):
            cjson.scan(text, 0)
    # A trailing comma: a value missing before Python 3.13; from 3.13, "Illegal trailing comma".
    for text in ("[1,]", '{"a": [1,]}'):
        with pytest.raises(StopIteration if sys.version_info < (3, 13) else ValueError):
            cjson.scan(text, 0)
    with pytest.raises(ValueError, match="Expecting ':' delimiter"):
        cjson.scan('{"a" 1}', 0)


def test_without_the_c_accelerator_the_json_package_does_the_same() -> None:
    script = r"""
import sys
sys.modules["_json"] = None  # as on an interpreter without it
from typedaws_runtime import cjson
assert cjson.encode_str('a"\u00e9\n') == '"a\\"\u00e9\\n"', cjson.encode_str('a"\u00e9\n')
assert cjson.encode_value({"k": [1, 2.5, None, True]}) == '{"k":[1,2.5,null,true]}'
assert cjson.scan('{"a": [1]} ', 0) == ({"a": [1]}, 10)
try:
    cjson.encode_value({1j})
except TypeError:
    pass
else:
    raise AssertionError("a set was encoded")
print("ok")
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.stdout.strip() == "ok", out.stderr
