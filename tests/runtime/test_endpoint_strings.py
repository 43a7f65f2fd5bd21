"""Endpoint templates, attribute paths and IPv4 addresses are read with string methods (``re``
would cost about 3 ms of a client's start); these tests hold them to the regular expressions
they replaced, on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from typedaws_runtime import endpoints
from typedaws_runtime.errors import EndpointResolutionError

TEMPLATE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
PATH_PART = re.compile(r"([^\[\]]*)((?:\[\d+\])*)")
IPV4 = re.compile(r"^(\d+\.){3}\d+$")

# Few characters, so that braces, brackets, digits and dots meet often.
TEXT = st.text(alphabet="{}[]#.ab01\u0663\u00b2-\n", max_size=24)


def _path_reference(path: str) -> tuple[str | int, ...] | None:
    steps: list[str | int] = []
    for part in path.split("."):
        m = PATH_PART.fullmatch(part)
        if m is None or (not m.group(1) and not m.group(2)):
            return None
        if m.group(1):
            steps.append(m.group(1))
        steps.extend(int(i) for i in re.findall(r"\[(\d+)\]", m.group(2)))
    return tuple(steps)


@given(TEXT)
def test_template_tokens_are_the_regular_expression_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m.group(0)) for m in TEMPLATE.finditer(text)]
    assert list(endpoints._template_tokens(text)) == expected


PATHS = st.lists(st.from_regex(r"[ab\]]{0,2}(\[[01\u0663\u00b2]{0,2}\]){0,2}", fullmatch=True))


@given(st.one_of(TEXT, PATHS.map(".".join)))
def test_attribute_paths_parse_as_the_regular_expression_reads_them(path: str) -> None:
    expected = _path_reference(path)
    if expected is None:
        with pytest.raises(EndpointResolutionError, match="attribute path"):
            endpoints._parse_path(path)
    else:
        assert endpoints._parse_path(path) == expected


@pytest.mark.parametrize(
    ("path", "steps"),
    [("a", ("a",)), ("a.b[0]", ("a", "b", 0)), ("[2]", (2,)), ("x[1][10].y", ("x", 1, 10, "y"))],
)
def test_attribute_path_examples(path: str, steps: tuple[str | int, ...]) -> None:
    assert endpoints._parse_path(path) == steps


@pytest.mark.parametrize(
    "path", ["", "a.", "a[", "a[]", "a]", "a[1]b", "a[x]", "a[[1]]", "a[\u00b2]"]
)
def test_bad_attribute_paths(path: str) -> None:
    with pytest.raises(EndpointResolutionError, match="attribute path"):
        endpoints._parse_path(path)


@given(st.one_of(TEXT, st.from_regex(r"[0-9]{1,3}(\.[0-9]{1,3}){3}", fullmatch=True)))
def test_ipv4_names_are_no_virtual_hostable_buckets(value: str) -> None:
    ours = endpoints._is_virtual_hostable_s3_bucket(value, False)
    reference = (
        len(value) >= 3
        and value.lower() == value
        and not IPV4.match(value)
        and endpoints._is_valid_host_label(value, False)
    )
    assert ours == reference
