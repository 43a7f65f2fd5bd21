"""Proxy selection agrees with botocore's, case by case and on generated cases.

botocore chooses a client's proxy from its endpoint URL when the client is made:
``get_environ_proxies(url)`` (``urllib.request.getproxies`` unless ``should_bypass_proxies``,
which asks ``urllib.request.proxy_bypass`` about the URL's netloc), then
``ProxyConfiguration.proxy_url_for(url)`` (the entry for the URL's scheme, ``http://`` put
before a URL without a scheme), which urllib3's ``parse_url`` reads, and
``proxy_headers_for`` (``Proxy-Authorization``). These tests run exactly that, in this process,
with ``os.environ`` set for the case, and compare what ``resolve_proxy`` gives.
"""

from __future__ import annotations

import os
import sys
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from typing import cast

import pytest
from botocore.httpsession import ProxyConfiguration
from botocore.utils import get_environ_proxies, should_bypass_proxies
from hypothesis import example, given, settings
from hypothesis import strategies as st
from urllib3.util import parse_url

from typedaws_runtime.proxies import bypasses_proxy, environment_proxies, resolve_proxy

pytestmark = pytest.mark.skipif(
    sys.platform in ("darwin", "win32"),
    reason="there urllib also reads the system's proxy settings, which the SDK does not",
)

Chosen = tuple[str, str, int, str | None] | None
"""A proxy as (scheme, host, port, Proxy-Authorization), or None for a direct connection."""


@pytest.fixture
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name == "REQUEST_METHOD":
            monkeypatch.delenv(name)
    yield


def _botocore(url: str) -> Chosen:
    config = ProxyConfiguration(proxies=get_environ_proxies(url))
    proxy_url = config.proxy_url_for(url)
    if not proxy_url:
        return None
    parsed = parse_url(proxy_url)
    scheme = parsed.scheme or "http"
    port = parsed.port or (443 if scheme == "https" else 80)
    auth = config.proxy_headers_for(proxy_url).get("Proxy-Authorization")
    assert parsed.host is not None
    return (scheme, parsed.host.strip("[]"), port, auth)


def _ours(url: str) -> Chosen:
    proxy = resolve_proxy(url, env=os.environ)
    if proxy is None:
        return None
    return (proxy.scheme, proxy.host, proxy.port, proxy.authorization)


ENDPOINTS = [
    "https://cognito-idp.eu-west-1.amazonaws.com/",
    "https://cognito-idp.eu-west-1.amazonaws.com:443/",
    "https://cognito-idp-fips.us-east-1.amazonaws.com",
    "https://COGNITO-IDP.eu-west-1.amazonaws.com/",
    "http://localhost:9229/",
    "http://127.0.0.1:4566/path?x=1",
    "https://[::1]:8443/",
    "https://10.20.30.40/",
    "https://internal.corp.example:8443/",
]

ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"HTTPS_PROXY": "http://proxy:3128"},
    {"https_proxy": "proxy.corp:8080"},
    {"HTTP_PROXY": "http://proxy:3128"},
    {"HTTPS_PROXY": "http://upper:1", "https_proxy": "http://lower:2"},
    {"HTTPS_PROXY": "http://upper:1", "https_proxy": ""},
    {"Https_Proxy": "http://mixed:1"},
    {"HTTPS_proxy": "http://half-lower:1"},
    {"HTTP_PROXY": "http://cgi:1", "REQUEST_METHOD": "POST"},
    {"http_proxy": "http://cgi-lower:1", "REQUEST_METHOD": "POST"},
    {"HTTPS_PROXY": "http://alice:wonderland@proxy:3128"},
    {"HTTPS_PROXY": "http://al%69ce:p%40ss%3Aw%2Frd@proxy:3128"},
    {"HTTPS_PROXY": "http://alice@proxy:3128"},
    {"HTTPS_PROXY": "http://alice:@proxy:3128"},
    {"HTTPS_PROXY": "https://tls-proxy:8443"},
    {"HTTPS_PROXY": "https://tls-proxy"},
    {"HTTPS_PROXY": "http://proxy"},
    {"HTTPS_PROXY": "//proxy:3128"},
    {"HTTPS_PROXY": "http://[::1]:3128"},
    {"HTTPS_PROXY": "http://PROXY.Corp:3128"},
    {"HTTPS_PROXY": "http://proxy:3128/"},
    {"HTTPS_PROXY": "http://proxy:3128", "HTTP_PROXY": "http://other:3129"},
]

NO_PROXY = [
    None,
    "",
    "*",
    "localhost,127.0.0.1,::1",
    "localhost,127.0.0.1,[::1]",
    ".amazonaws.com",
    "amazonaws.com",
    "eu-west-1.amazonaws.com:443",
    "cognito-idp.eu-west-1.amazonaws.com:443",
    "10.0.0.0/8,172.16.0.0/12",
    "10.20.30.40",
    ".corp.example",
    "corp.example:8443",
    "example",
    " localhost , .amazonaws.com ",
    "COGNITO-IDP.EU-WEST-1.AMAZONAWS.COM",
]


def _cases() -> Iterator[tuple[str, dict[str, str]]]:
    for env in ENVIRONMENTS:
        for no_proxy in NO_PROXY:
            for spelling in ("NO_PROXY", "no_proxy"):
                full = dict(env)
                if no_proxy is not None:
                    full[spelling] = no_proxy
                elif spelling == "no_proxy":
                    continue
                for url in ENDPOINTS:
                    yield url, full


CASES = list(_cases())


def test_the_table_has_every_kind_of_outcome(clean_environ: None) -> None:
    """A check on the table itself: proxied, bypassed and direct cases all occur."""
    outcomes = {"proxied": 0, "bypassed": 0, "direct": 0}
    for url, env in CASES:
        found = environment_proxies(env)
        if not found.get(url.partition(":")[0].lower()):
            outcomes["direct"] += 1
        elif _ours_with(url, env) is None:
            outcomes["bypassed"] += 1
        else:
            outcomes["proxied"] += 1
    assert all(count > 100 for count in outcomes.values()), outcomes


def _ours_with(url: str, env: Mapping[str, str]) -> Chosen:
    proxy = resolve_proxy(url, env=env)
    return None if proxy is None else (proxy.scheme, proxy.host, proxy.port, proxy.authorization)


def test_proxy_choice_agrees_with_botocore(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    disagreements: list[str] = []
    for url, env in CASES:
        with monkeypatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            theirs, ours = _botocore(url), _ours(url)
            if theirs != ours:
                disagreements.append(f"{url} {env}: botocore {theirs}, ours {ours}")
    assert not disagreements, "\n".join(disagreements[:20])
    assert len(CASES) > 3000


def test_bypass_agrees_with_botocore_should_bypass_proxies(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for no_proxy in NO_PROXY:
        if no_proxy is None:
            continue
        monkeypatch.setenv("NO_PROXY", no_proxy)
        for url in ENDPOINTS:
            netloc = url.partition("://")[2].partition("/")[0]
            assert bypasses_proxy(netloc, no_proxy) == should_bypass_proxies(url), (url, no_proxy)


def test_environment_read_agrees_with_urllib(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for env in ENVIRONMENTS:
        with monkeypatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            assert environment_proxies(os.environ) == urllib.request.getproxies_environment()


_proxy_bypass_environment = cast(
    "Callable[[str, dict[str, str]], object]",
    vars(urllib.request)["proxy_bypass_environment"],  # public, but not in typeshed
)
_host_chars = st.sampled_from(list("ab.-1:[]"))
_hosts = st.text(_host_chars, min_size=0, max_size=12)
_entries = st.lists(
    st.one_of(_hosts, st.just("*"), st.just(" "), st.just(".a.b")), min_size=0, max_size=4
)


@settings(max_examples=400, deadline=None)
@given(netloc=_hosts, entries=_entries, upper=st.booleans())
@example(netloc=":", entries=["."], upper=False)  # an empty port is a port: the host is ""
@example(netloc="h:", entries=["h"], upper=False)
def test_bypass_agrees_with_urllib_on_generated_cases(
    netloc: str, entries: list[str], upper: bool
) -> None:
    no_proxy = ",".join(entries)
    host = netloc.upper() if upper else netloc
    expected = _proxy_bypass_environment(host, {"no": no_proxy})
    assert bypasses_proxy(host, no_proxy) == bool(expected)
