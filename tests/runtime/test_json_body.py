"""Response bodies are read as ``json.loads`` reads UTF-8: same values, same rejections."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from typedaws_runtime.awsjson import read_output
from typedaws_runtime.errors import ResponseParseError
from typedaws_runtime.http import HttpResponse

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
SPACE = st.text(alphabet=" \t\n\r\x0b\x0c\xa0", max_size=3)
"""JSON whitespace, and some that is not."""


def _ours(body: bytes) -> object:
    return read_output(HttpResponse(200, {}, body), lambda data, _shape: data, "X")


def _reference(body: bytes) -> object:
    if not body.strip():
        return {}
    return json.loads(body)


def _same(body: bytes) -> None:
    try:
        expected = _reference(body)
    except (ValueError, RecursionError):
        with pytest.raises(ResponseParseError, match="body is not JSON"):
            _ours(body)
    else:
        assert _ours(body) == expected


@given(JSON, SPACE, SPACE, st.booleans())
def test_any_json_value_padded_and_encoded(
    value: object, before: str, after: str, bom: bool
) -> None:
    body = (
        ("\ufeff" if bom else "") + before + json.dumps(value, ensure_ascii=False) + after
    ).encode()
    _same(body)


@given(st.text(alphabet='{}[]",:0123456789.eE+-truefalsn \t\n\\u\xe9', max_size=30))
def test_any_text_is_read_or_rejected_as_json_loads_does(text: str) -> None:
    _same(text.encode())


@pytest.mark.parametrize(
    "body",
    [b"\xff{}", b"{} {}", b"{}x", b"[1,]", b"\x00", b'{"a": 1', b"\xef\xbb\xbfx", b"\xef\xbb\xbf"],
)
def test_bad_bodies_are_typed_errors(body: bytes) -> None:
    with pytest.raises(ResponseParseError, match="body is not JSON"):
        _ours(body)


@pytest.mark.parametrize("body", [b"", b" \r\n", b"\x0b\x0c"])
def test_blank_bodies_read_as_an_empty_object(body: bytes) -> None:
    assert _ours(body) == {}
