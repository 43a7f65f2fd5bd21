"""typedaws_runtime.proxies without a network: proxy URLs, choosing a proxy, CONNECT bytes and the
reading of the proxy's answer."""

from __future__ import annotations

import binascii
import copy
import logging
import pickle

import pytest

from typedaws_runtime.errors import ConfigurationError, ConnectionFailedError, ProxyError
from typedaws_runtime.proxies import (
    ConnectResponseReader,
    Proxy,
    absolute_target,
    bypasses_proxy,
    connect_request,
    describe_proxy_url,
    environment_proxies,
    parse_proxy_url,
    resolve_proxy,
)
from typedaws_runtime.urls import split_url

SECRET = "hunter2-SECRET"
"""A password that must never show: tests look for it, and for its Basic token."""


def _basic(credentials: str) -> str:
    return "Basic " + binascii.b2a_base64(credentials.encode(), newline=False).decode()


# -- proxy URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://proxy:3128", ("http", "proxy", 3128, None, None)),
        ("proxy:3128", ("http", "proxy", 3128, None, None)),  # no scheme: http
        ("//proxy:3128", ("http", "proxy", 3128, None, None)),
        ("proxy", ("http", "proxy", 80, None, None)),
        ("https://proxy", ("https", "proxy", 443, None, None)),
        ("HTTPS://Proxy.Example.COM:8443/", ("https", "proxy.example.com", 8443, None, None)),
        ("http://proxy:3128/some/path?q=1#f", ("http", "proxy", 3128, None, None)),
        ("http://proxy:", ("http", "proxy", 80, None, None)),  # an empty port is the default
        ("http://10.0.0.1:8080", ("http", "10.0.0.1", 8080, None, None)),
        ("http://[::1]:3128", ("http", "::1", 3128, None, None)),
        ("http://[2001:db8::1]", ("http", "2001:db8::1", 80, None, None)),
        ("  http://proxy:3128\r\n", ("http", "proxy", 3128, None, None)),  # pasted with a CR LF
        ("http://corp_proxy.internal:3128", ("http", "corp_proxy.internal", 3128, None, None)),
        (
            "http://alice:wonderland@proxy:3128",
            ("http", "proxy", 3128, "alice", _basic("alice:wonderland")),
        ),
        (  # percent-decoded: %40 "@", %3A ":", %2F "/", %20 " "; botocore unquotes them too
            "http://al%69ce:p%40ss%3Aw%2Frd%20x@proxy:3128",
            ("http", "proxy", 3128, "al%69ce", _basic("alice:p@ss:w/rd x")),
        ),
        (  # the last "@" ends the user information, as in urllib and urllib3
            "http://alice:p@ss@proxy:3128",
            ("http", "proxy", 3128, "alice", _basic("alice:p@ss")),
        ),
        (  # a "%" without two hex digits stays, as urllib.parse.unquote leaves it
            "http://alice:100%25%zz@proxy",
            ("http", "proxy", 80, "alice", _basic("alice:100%%zz")),
        ),
        (  # UTF-8, which proxies expect (RFC 7617); botocore only takes ASCII
            "http://alice:%C3%A9t%C3%A9@proxy",
            (
                "http",
                "proxy",
                80,
                "alice",
                "Basic " + binascii.b2a_base64("alice:été".encode(), newline=False).decode(),
            ),
        ),
        # botocore sends credentials only when both user and password are non-empty
        ("http://alice@proxy:3128", ("http", "proxy", 3128, "alice", None)),
        ("http://alice:@proxy:3128", ("http", "proxy", 3128, "alice", None)),
        ("http://:secret@proxy:3128", ("http", "proxy", 3128, None, None)),
        ("https://alice:pw@proxy", ("https", "proxy", 443, "alice", _basic("alice:pw"))),
    ],
)
def test_parse_proxy_url(url: str, expected: tuple[str, str, int, str | None, str | None]) -> None:
    proxy = parse_proxy_url(url)
    assert (proxy.scheme, proxy.host, proxy.port, proxy.username, proxy.authorization) == expected
    assert proxy.uses_tls == (expected[0] == "https")
    assert proxy.headers == ({} if expected[4] is None else {"Proxy-Authorization": expected[4]})


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        (f"socks5://alice:{SECRET}@proxy:1080", "unsupported scheme 'socks5'"),
        ("socks5h://proxy:1080", "unsupported scheme 'socks5h'"),
        (f"ftp://alice:{SECRET}@proxy", "unsupported scheme 'ftp'"),
        (f"http://alice:{SECRET}@proxy:0", "invalid port (a number from 1 to 65535)"),
        (f"http://alice:{SECRET}@proxy:65536", "invalid port (a number from 1 to 65535)"),
        (f"http://alice:{SECRET}@proxy:31x8", "invalid port (a number from 1 to 65535)"),
        (f"http://alice:{SECRET}@proxy:-1", "invalid port (a number from 1 to 65535)"),
        (f"http://alice:{SECRET}@", "no host"),
        ("http://:3128", "no host"),
        ("http://", "no host"),
        ("", "no host"),
        (f"http://alice:{SECRET}@pro xy:3128", "contains a space"),
        (f"http://alice:{SECRET}@proxy\n:3128", "contains a control character ('\\n')"),
        (f"http://alice:{SECRET}\x00@proxy:3128", "contains a control character ('\\x00')"),
        (f"http://alice:{SECRET}@prôxy:3128", "contains a non-ASCII character"),
        (f"http://alice:{SECRET}@-proxy-:3128", "malformed host"),
        (f"http://alice:{SECRET}@proxy..example:3128", "malformed host"),
        (f"http://alice:{SECRET}@[::g]:3128", "malformed IPv6 address"),
        (f"http://alice:{SECRET}@[::1:3128", "malformed IPv6 address"),
        (f"http://alice:{SECRET}@[::1]x:3128", "malformed host"),
        (f"http://alice:{SECRET}/x@proxy:3128", "must be percent-encoded (%2F, %3F, %23)"),
        (f"http://alice:{SECRET}#x@proxy:3128", "must be percent-encoded (%2F, %3F, %23)"),
        (f"http://alice:{SECRET}?x@proxy:3128", "must be percent-encoded (%2F, %3F, %23)"),
        (f"http:alice:{SECRET}@proxy:3128", "expected http://host[:port]"),
        (f"alice:{SECRET}", "invalid port (a number from 1 to 65535)"),  # no "@": a port?
    ],
)
def test_invalid_proxy_urls_are_configuration_errors_without_the_password(
    url: str, reason: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        parse_proxy_url(url)
    message = str(info.value)
    assert reason in message
    assert message.startswith("invalid proxy URL ")
    assert SECRET not in message
    assert SECRET[:6] not in message


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://alice:s3cret@proxy:3128", "http://alice:***@proxy:3128"),
        ("http://alice:s3cret@proxy:3128/path?token=x", "http://alice:***@proxy:3128"),
        ("http://alice@proxy:3128", "http://alice@proxy:3128"),
        ("http://proxy:3128", "http://proxy:3128"),
        ("proxy:3128", "proxy:3128"),
        ("alice:s3cret@proxy", "alice:***@proxy"),
        ("http://alice:s3/cr#et@proxy:3128", "http://alice:***@proxy:3128"),
        ("http://alice:s3cret@p@proxy:3128", "http://alice:***@proxy:3128"),
        ("http://alice:s3cret", "http://alice:***"),  # a "port" that is not a number
        ("http://[::1]:3128", "http://[::1]:3128"),
        ("http://alice:s3cret@proxy\r\n:1", "http://alice:***@proxy\\r\\n:1"),
    ],
)
def test_describe_proxy_url_masks_the_password(url: str, shown: str) -> None:
    assert describe_proxy_url(url) == shown
    assert "s3" not in describe_proxy_url(url)


def test_proxy_never_shows_its_password() -> None:
    proxy = parse_proxy_url(f"http://alice:{SECRET}@proxy:3128")
    token = proxy.headers["Proxy-Authorization"].removeprefix("Basic ")
    assert binascii.a2b_base64(token) == f"alice:{SECRET}".encode()
    shown = [repr(proxy), str(proxy), f"{proxy}", f"{proxy!r}", "%s" % (proxy,)]  # noqa: UP031 - the %-formatting logging does
    shown.append(repr([proxy, {"proxy": proxy}]))
    assert str(proxy) == "http://alice:***@proxy:3128"
    assert repr(proxy) == "Proxy('http://alice:***@proxy:3128')"
    for text in shown:
        assert SECRET not in text
        assert token not in text


def test_proxy_in_a_log_record_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    proxy = parse_proxy_url(f"http://alice:{SECRET}@proxy:3128")
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").debug("using %s (%r)", proxy, proxy)
    assert "http://alice:***@proxy:3128" in caplog.text
    assert SECRET not in caplog.text


def test_proxy_is_an_immutable_hashable_value() -> None:
    proxy = parse_proxy_url("http://alice:pw@proxy:3128")
    same = parse_proxy_url("alice:pw@PROXY:3128")
    other = parse_proxy_url("http://alice:other@proxy:3128")
    assert proxy == same and hash(proxy) == hash(same)
    assert proxy != other  # other credentials: another pool
    assert proxy != "http://alice:pw@proxy:3128"
    assert {proxy: 1}[same] == 1
    with pytest.raises(AttributeError):
        proxy.port = 1  # type: ignore[misc]  # a read-only property: the point of the test
    with pytest.raises(AttributeError):
        object.__getattribute__(proxy, "__setattr__")("_port", 1)
    assert proxy.port == 3128
    for clone in (pickle.loads(pickle.dumps(proxy)), copy.copy(proxy), copy.deepcopy(proxy)):
        assert clone == proxy
        assert clone.authorization == proxy.authorization


def test_proxy_constructor_refuses_other_schemes() -> None:
    with pytest.raises(ValueError, match="http or https"):
        Proxy("socks5", "proxy", 1080)


def test_authority_brackets_ipv6() -> None:
    assert parse_proxy_url("http://[::1]:3128").authority == "[::1]:3128"
    assert str(parse_proxy_url("http://[::1]:3128")) == "http://[::1]:3128"
    assert parse_proxy_url("proxy").authority == "proxy:80"


# -- the environment ---------------------------------------------------------------------------


def test_environment_proxies_lower_case_wins() -> None:
    env = {"HTTPS_PROXY": "upper:1", "https_proxy": "lower:2", "HTTP_PROXY": "http-upper:3"}
    assert environment_proxies(env) == {"https": "lower:2", "http": "http-upper:3"}
    env = {"https_proxy": "lower:2", "HTTPS_PROXY": "upper:1"}  # order does not matter
    assert environment_proxies(env) == {"https": "lower:2"}


def test_environment_proxies_empty_lower_case_cancels_upper_case() -> None:
    assert environment_proxies({"HTTPS_PROXY": "upper:1", "https_proxy": ""}) == {}
    assert environment_proxies({"HTTPS_PROXY": "", "NO_PROXY": ""}) == {}


def test_environment_proxies_ignore_upper_case_http_proxy_in_cgi() -> None:
    env = {"REQUEST_METHOD": "GET", "HTTP_PROXY": "evil:1", "HTTPS_PROXY": "ok:2"}
    assert environment_proxies(env) == {"https": "ok:2"}
    env = {"REQUEST_METHOD": "GET", "http_proxy": "fine:1"}
    assert environment_proxies(env) == {"http": "fine:1"}


def test_resolve_proxy_by_endpoint_scheme() -> None:
    env = {"HTTPS_PROXY": "https-proxy:1", "HTTP_PROXY": "http-proxy:2"}
    https = resolve_proxy("https://cognito-idp.eu-west-1.amazonaws.com/", env=env)
    http = resolve_proxy("http://localhost:9229/", env=env)
    assert https is not None and (https.host, https.port) == ("https-proxy", 1)
    assert http is not None and (http.host, http.port) == ("http-proxy", 2)
    # neither falls back to the other
    assert resolve_proxy("https://example.com", env={"HTTP_PROXY": "p:1"}) is None
    assert resolve_proxy("http://example.com", env={"HTTPS_PROXY": "p:1"}) is None
    assert resolve_proxy("HTTPS://example.com", env={"HTTPS_PROXY": "p:1"}) is not None


def test_resolve_proxy_no_proxy() -> None:
    env = {"HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": "localhost,.internal"}
    assert resolve_proxy("https://localhost:4566/", env=env) is None
    assert resolve_proxy("https://api.internal/", env=env) is None
    assert resolve_proxy("https://cognito-idp.eu-west-1.amazonaws.com/", env=env) is not None


def test_explicit_proxies_replace_the_environment() -> None:
    env = {"HTTPS_PROXY": "http://env-proxy:1", "NO_PROXY": "*"}
    chosen = resolve_proxy("https://example.com", proxies={"https": "arg-proxy:2"}, env=env)
    assert chosen is not None and chosen.host == "arg-proxy"  # NO_PROXY is not looked at
    assert resolve_proxy("https://example.com", proxies={}, env=env) is None
    assert resolve_proxy("https://example.com", proxies={"https": ""}, env=env) is None
    assert resolve_proxy("https://example.com", proxies={"http": "p:1"}, env=env) is None


def test_resolve_proxy_checks_only_the_proxy_it_uses() -> None:
    env = {"HTTPS_PROXY": "http://proxy:3128", "HTTP_PROXY": "socks5://x:1"}
    assert resolve_proxy("https://example.com", env=env) is not None
    with pytest.raises(ConfigurationError, match="unsupported scheme 'socks5'"):
        resolve_proxy("http://example.com", env=env)


def test_resolve_proxy_without_proxy_variables_is_none() -> None:
    assert resolve_proxy("https://example.com", env={"PATH": "/bin", "NO_PROXY": ""}) is None
    assert resolve_proxy("https://example.com", env={"NO_PROXY": "example.com"}) is None


@pytest.mark.parametrize(
    ("netloc", "no_proxy", "bypass"),
    [
        ("example.com", "example.com", True),
        ("EXAMPLE.com", "example.COM", True),
        ("api.example.com", "example.com", True),  # a suffix at a dot
        ("api.example.com", ".example.com", True),  # a leading dot is dropped
        ("example.com", ".example.com", True),
        ("badexample.com", "example.com", False),  # not at a dot
        ("example.com:8443", "example.com", True),  # any port
        ("example.com:8443", "example.com:8443", True),
        ("example.com:443", "example.com:8443", False),
        ("example.com", "example.com:443", False),  # the URL has no explicit port
        ("10.1.2.3", "10.1.2.3", True),
        ("10.1.2.3", "10.0.0.0/8", False),  # no CIDR blocks
        ("10.1.2.3", "2.3", True),  # IP addresses compare as text, suffixes included
        ("[::1]:443", "[::1]", True),
        ("[::1]:443", "::1", False),  # IPv6 compares with its brackets
        ("anything", "*", True),
        ("anything", " *", False),  # only exactly "*"
        ("anything", "a,*", False),
        ("b.example", " a.example , b.example ", True),
        ("b.example", ",,", False),
    ],
)
def test_bypasses_proxy(netloc: str, no_proxy: str, bypass: bool) -> None:
    assert bypasses_proxy(netloc, no_proxy) is bypass


# -- through a proxy ---------------------------------------------------------------------------


def test_absolute_target() -> None:
    origin, target = split_url("http://localhost:9229/path?x=1")
    assert absolute_target(origin, target) == "http://localhost:9229/path?x=1"
    origin, target = split_url("http://[::1]")
    assert absolute_target(origin, target) == "http://[::1]/"


def test_connect_request_bytes() -> None:
    assert connect_request(
        parse_proxy_url("proxy:3128"), "cognito-idp.eu-west-1.amazonaws.com", 443
    ) == (
        b"CONNECT cognito-idp.eu-west-1.amazonaws.com:443 HTTP/1.1\r\n"
        b"Host: cognito-idp.eu-west-1.amazonaws.com:443\r\n\r\n"
    )
    proxy = parse_proxy_url("http://alice:pw@proxy:3128")
    assert connect_request(proxy, "::1", 8443) == (
        b"CONNECT [::1]:8443 HTTP/1.1\r\nHost: [::1]:8443\r\n"
        b"Proxy-Authorization: " + _basic("alice:pw").encode() + b"\r\n\r\n"
    )


@pytest.mark.parametrize(
    ("host", "port"),
    [
        ("evil\r\nX: 1", 443),
        ("a b", 443),
        ("user@host", 443),
        ("[::1]", 443),
        ("", 443),
        ("host", 0),
        ("host", 70000),
    ],
)
def test_connect_request_refuses_what_cannot_be_sent(host: str, port: int) -> None:
    with pytest.raises(ValueError):
        connect_request(parse_proxy_url("proxy:3128"), host, port)


def _reader(url: str = "http://proxy:3128") -> ConnectResponseReader:
    return ConnectResponseReader(parse_proxy_url(url), url="https://example.com/")


def test_reader_opens_the_tunnel_on_200_fed_byte_by_byte() -> None:
    answer = b"HTTP/1.1 200 Connection established\r\nProxy-Agent: x/1\r\n\r\n"
    reader = _reader()
    results = [reader.feed(answer[i : i + 1]) for i in range(len(answer))]
    assert results == [False] * (len(answer) - 1) + [True]
    assert (reader.done, reader.status, reader.reason) == (True, 200, "Connection established")
    assert reader.headers == {"proxy-agent": "x/1"}
    assert reader.feed(b"") is True


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.0 200 Connection established\r\n\r\n",
        b"HTTP/1.1 200 OK\n\n",  # bare LF
        b"HTTP/1.1 200\r\n\r\n",  # no reason phrase
        b"HTTP/1.1 204 \r\n\r\n",  # any 2xx
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",  # ignored on a 2xx (RFC 9110 9.3.6)
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\n",  # interim responses skipped
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n  folded\r\n\r\n",
    ],
)
def test_reader_accepts(answer: bytes) -> None:
    reader = _reader()
    assert reader.feed(answer) is True
    assert 200 <= reader.status < 300


def test_reader_joins_folded_and_repeated_headers() -> None:
    reader = _reader()
    reader.feed(b"HTTP/1.1 200 OK\r\nVia: a\r\nX-A: 1\r\n\t two\r\nvia: b\r\n\r\n")
    assert reader.headers == {"via": "a, b", "x-a": "1 two"}


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (b"HTTP/1.1 200 OK\r\n\r\nearly", "sent data through the tunnel before the client"),
        (b"HTTP/2 200\r\n\r\n", "invalid status line"),
        (b"HTTP/1.1 20 OK\r\n\r\n", "invalid status line"),
        (b"HTTP/1.1 2000 OK\r\n\r\n", "invalid status line"),
        (b"HTTP/1.1 200 O\x00K\r\n\r\n", "control character 0x00"),
        (b"HTTP/1.1 101 Switching Protocols\r\n\r\n", "refused to open a tunnel: 101"),
        (b"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "invalid header"),
        (b"HTTP/1.1 200 OK\r\nName : x\r\n\r\n", "invalid header"),
        (b"HTTP/1.1 200 OK\r\nNoColon\r\n\r\n", "invalid header"),
        (b"HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n", "control character 0x0d"),
        (b"HTTP/1.1 200 OK\r\n folded-first\r\n\r\n", "folded line with no field line"),
        (b"SSH-2.0-OpenSSH_9.6\r\n", "cannot be read: not an HTTP/1 response"),
        (b"\x16\x03\x03\x00\x2a", "not HTTP (it answered with TLS: is it an https:// proxy?)"),
        (b"\x05\x00", "cannot be read: not an HTTP/1 response"),
    ],
)
def test_reader_refuses(answer: bytes, reason: str) -> None:
    reader = _reader()
    with pytest.raises(ProxyError) as info:
        reader.feed(answer)
    assert reason in str(info.value)
    assert str(info.value).startswith("proxy http://proxy:3128")
    assert str(info.value).endswith("(https://example.com/)")


def test_reader_refuses_a_head_too_long() -> None:
    reader = _reader()
    reader.feed(b"HTTP/1.1 200 OK\r\n")
    with pytest.raises(ProxyError, match="too long"):
        for _ in range(2000):
            reader.feed(b"X-Padding: " + b"a" * 60 + b"\r\n")


def test_reader_eof() -> None:
    with pytest.raises(ProxyError, match="closed the connection without answering"):
        _reader().eof()
    reader = _reader()
    reader.feed(b"HTTP/1.1 200 OK\r\n")
    with pytest.raises(ProxyError, match="in the middle of its answer") as info:
        reader.eof()
    assert info.value.status is None
    opened = _reader()
    opened.feed(b"HTTP/1.1 200 OK\r\n\r\n")
    opened.eof()  # the tunnel was open: the endpoint closed it, not the proxy's business


def test_proxy_error_is_a_connection_failure_with_the_status() -> None:
    reader = _reader(f"http://alice:{SECRET}@proxy:3128")
    with pytest.raises(ProxyError) as info:
        reader.feed(b"HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\nBad Gateway")
    error = info.value
    assert isinstance(error, ConnectionFailedError)
    assert error.status == 502
    assert str(error) == (
        "proxy http://alice:***@proxy:3128 refused to open a tunnel: 502 Bad Gateway "
        "(https://example.com/)"
    )
    clone = pickle.loads(pickle.dumps(error))
    assert (type(clone), clone.status, str(clone)) == (ProxyError, 502, str(error))


def test_407_says_what_to_do_without_the_credentials() -> None:
    answer = (
        b"HTTP/1.1 407 Proxy Authentication Required\r\n"
        b'Proxy-Authenticate: Basic realm="corp"\r\n\r\n'
    )
    with pytest.raises(ProxyError) as info:
        _reader().feed(answer)
    assert info.value.status == 407
    assert "proxy authentication required: the proxy URL has no user name and password" in str(
        info.value
    )
    with pytest.raises(ProxyError) as info:
        _reader(f"http://alice:{SECRET}@proxy:3128").feed(answer)
    assert "check the user name and password in the proxy URL" in str(info.value)
    assert SECRET not in str(info.value)


def test_407_names_schemes_other_than_basic() -> None:
    answer = (
        b"HTTP/1.1 407 Proxy Authentication Required\r\n"
        b"Proxy-Authenticate: Negotiate\r\nProxy-Authenticate: NTLM\r\n"
        b'Proxy-Authenticate: Digest realm="corp", qop="auth", nonce="abc"\r\n\r\n'
    )
    with pytest.raises(ProxyError) as info:
        _reader(f"http://alice:{SECRET}@proxy:3128").feed(answer)
    assert "the proxy asks for Negotiate, NTLM, Digest; only Basic is supported" in str(info.value)


def test_a_proxy_quoting_the_credentials_does_not_leak_them() -> None:
    proxy = parse_proxy_url(f"http://alice:{SECRET}@proxy:3128")
    token = (proxy.authorization or "").removeprefix("Basic ")
    reader = ConnectResponseReader(proxy, url="https://example.com/")
    with pytest.raises(ProxyError) as info:
        reader.feed(f"HTTP/1.1 403 Forbidden: Basic {token}\r\n\r\n".encode())
    assert token not in str(info.value)
    assert "403 Forbidden: Basic ***" in str(info.value)
