"""Endpoint URLs: how the transports split them, what a client refuses, what it sends to."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from typedaws_runtime.urls import InvalidUrl, Origin, is_host_label, request_url, split_url


@pytest.mark.parametrize(
    ("url", "origin", "target"),
    [
        ("https://idp.example.com", ("https", "idp.example.com", 443, "idp.example.com"), "/"),
        ("http://127.0.0.1:8080/", ("http", "127.0.0.1", 8080, "127.0.0.1:8080"), "/"),
        ("HTTP://localhost:80/p/q?x=1#f", ("http", "localhost", 80, "localhost"), "/p/q?x=1"),
        ("https://[::1]:4443/p", ("https", "::1", 4443, "[::1]:4443"), "/p"),
        ("https://[fe80::1]", ("https", "fe80::1", 443, "[fe80::1]"), "/"),
        ("http://host?q=1", ("http", "host", 80, "host"), "/?q=1"),
        ("http://host/?q=1&r=2", ("http", "host", 80, "host"), "/?q=1&r=2"),
        ("http://my_svc.local:4566", ("http", "my_svc.local", 4566, "my_svc.local:4566"), "/"),
        ("http://h/p%20q", ("http", "h", 80, "h"), "/p%20q"),
        ("http://h:/p", ("http", "h", 80, "h"), "/p"),
    ],
)  # fmt: skip
def test_split_url(url: str, origin: tuple[str, str, int, str], target: str) -> None:
    assert split_url(url) == (Origin(*origin), target)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://host", "not an http:// or https:// URL"),
        ("host:443", "not an http:// or https:// URL"),
        ("//h", "not an http:// or https:// URL"),
        ("https://", "no host"),
        ("https://:443", "no host"),
        ("http://h:port", "invalid port"),
        ("http://h:70000", "invalid port"),
        ("http://h:0", "invalid port"),
        ("http://[::1", "malformed IPv6"),
        ("http://[::1]x", "malformed host"),
        ("http://[nothex]:80", "malformed IPv6"),
        ("http://h..example", "malformed host"),
        ("http://-h.example", "malformed host"),
        ("http://h/a b", "contains a space"),
        ("http://h/a\tb", "control character"),
        ("http://h/\x00", "control character"),
        ("http://h/\x1b[31m", "control character"),
        ("http://h\r\nX-Injected: 1", "control character"),
        ("http://h/caf\u00e9", "non-ASCII"),
        ("http://b\u00fccher.example", "non-ASCII"),
        ("https://user@host.example:443", "user information"),
    ],
)
def test_split_url_rejects(url: str, why: str) -> None:
    with pytest.raises(InvalidUrl, match=re.escape(why)):
        split_url(url)


def test_a_password_in_a_url_is_never_repeated() -> None:
    with pytest.raises(InvalidUrl) as info:
        split_url("https://alice:s3cr3t-pw@host.example/")
    assert "s3cr3t-pw" not in str(info.value)
    assert "alice" not in str(info.value)


@pytest.mark.parametrize(
    ("endpoint", "prefix", "sent"),
    [
        ("http://h", "", "http://h/"),
        ("http://h/", "", "http://h/"),
        ("http://h?q=1", "", "http://h/?q=1"),
        ("http://h/?q=1&r=2", "", "http://h/?q=1&r=2"),
        ("http://h/prefix", "", "http://h/prefix"),
        ("http://h/prefix/", "", "http://h/prefix/"),
        ("http://h:8080/a/b?x=y#frag", "", "http://h:8080/a/b?x=y#frag"),
        ("https://h.example", "data.", "https://data.h.example/"),
        ("https://h.example/p?q", "data.", "https://data.h.example/p?q"),
    ],
)
def test_request_url_keeps_path_and_query_as_botocore(
    endpoint: str, prefix: str, sent: str
) -> None:
    """The URLs botocore 1.44.8 sends for ConfirmSignUp with these ``endpoint_url`` values."""
    assert request_url(endpoint, prefix) == sent


_LABEL = re.compile(r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?")


@given(st.text(alphabet="aZ09-.\n\u0661\u00e9_ ", max_size=70))
def test_host_label_is_the_dns_label_pattern(text: str) -> None:
    assert is_host_label(text) is (_LABEL.fullmatch(text) is not None)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("us-east-1", True),
        ("a" * 63, True),
        ("a" * 64, False),
        ("-a", False),
        ("a-", False),
        ("", False),
        ("us-east-1\n", False),
        ("\u0661", False),
        ("a.b", False),
        ("A9", True),
    ],
)
def test_host_label_examples(text: str, ok: bool) -> None:
    assert is_host_label(text) is ok
