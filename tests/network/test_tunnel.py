"""The sans-I/O proxy pieces against a real proxy (proxy.py) and a TLS endpoint.

Each test does by hand what a transport will do: open a socket to the proxy, send
``connect_request``'s bytes, read the answer with ``ConnectResponseReader``, then speak TLS to
the endpoint inside the tunnel with ``typedaws_runtime.tls``'s context, and HTTP/1.1 with
``typedaws_runtime.http1``; or, for an ``http://`` endpoint, send the request to the proxy in
absolute form. Sync (blocking sockets) and async (asyncio streams) both.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from pathlib import Path
from typing import cast

import pytest

from tests.network.conftest import PROXY_PASSWORD, PROXY_USER
from tests.network.servers import ProxyServer, TlsStubServer
from tests.support.stub_server import StubServer
from typedaws_runtime import http1
from typedaws_runtime.errors import ProxyError
from typedaws_runtime.proxies import (
    ConnectResponseReader,
    Proxy,
    absolute_target,
    connect_request,
    parse_proxy_url,
)
from typedaws_runtime.tls import TlsConfig, proxy_ssl_context, ssl_context
from typedaws_runtime.transports.tls_in_tls import TlsInTls
from typedaws_runtime.urls import split_url

TARGET = {"X-Amz-Target": "AWSCognitoIdentityProviderService.ConfirmSignUp"}
TIMEOUT = 10.0


def _open_tunnel(
    proxy: Proxy, host: str, port: int, url: str, *, to_proxy: ssl.SSLContext | None = None
) -> socket.socket:
    """A socket to ``proxy`` (TLS to it with ``to_proxy`` for an https proxy), tunnelled to
    ``host:port``."""
    sock: socket.socket = socket.create_connection((proxy.host, proxy.port), timeout=TIMEOUT)
    try:
        if proxy.uses_tls:
            assert to_proxy is not None
            sock = to_proxy.wrap_socket(sock, server_hostname=proxy.host)
        sock.sendall(connect_request(proxy, host, port))
        reader = ConnectResponseReader(proxy, url=url)
        while True:
            data = sock.recv(4096)
            if not data:
                reader.eof()
            if reader.feed(data):
                return sock
    except BaseException:
        sock.close()
        raise


def _exchange(
    conn: socket.socket | TlsInTls, host_header: str, target: str = "/"
) -> http1.ResponseReader:
    conn.sendall(http1.encode_request("POST", target, host_header, TARGET, b"{}"))
    reader = http1.ResponseReader()
    while not reader.feed(conn.recv(65536)):
        pass
    return reader


@pytest.fixture
def endpoint_context(origin_ca_file: Path) -> ssl.SSLContext:
    return ssl_context(TlsConfig(ca_bundle=str(origin_ca_file)))


def _https_through(
    proxy: Proxy, origin: TlsStubServer, context: ssl.SSLContext
) -> list[http1.ResponseReader]:
    """Two requests on one tunnel to ``origin`` through ``proxy``."""
    with (
        _open_tunnel(proxy, "localhost", origin.port, origin.url) as tunnel,
        context.wrap_socket(tunnel, server_hostname="localhost") as conn,
    ):
        host_header = f"localhost:{origin.port}"
        return [_exchange(conn, host_header), _exchange(conn, host_header)]


def test_https_endpoint_through_a_tunnel(
    http_proxy: ProxyServer, tls_origin: TlsStubServer, endpoint_context: ssl.SSLContext
) -> None:
    responses = _https_through(parse_proxy_url(http_proxy.url), tls_origin, endpoint_context)
    assert [r.status for r in responses] == [200, 200]
    assert all(r.body == b"{}" and r.headers["x-amzn-requestid"] for r in responses)
    assert tls_origin.handshakes == 1  # one tunnel, one TLS session, kept alive
    assert [(r.method, r.path, r.header("x-amz-target")) for r in tls_origin.requests] == [
        ("POST", "/", TARGET["X-Amz-Target"])
    ] * 2


def test_proxy_credentials_reach_the_proxy_and_never_the_endpoint(
    auth_proxy: ProxyServer, tls_origin: TlsStubServer, endpoint_context: ssl.SSLContext
) -> None:
    proxy = parse_proxy_url(auth_proxy.url)  # percent-encoded "@", ":", "/", " " and "é"
    assert proxy.username == PROXY_USER
    responses = _https_through(proxy, tls_origin, endpoint_context)
    assert [r.status for r in responses] == [200, 200]
    for request in tls_origin.requests:
        assert request.header("proxy-authorization") is None
        assert PROXY_PASSWORD.encode() not in request.body


def test_no_credentials_is_a_407_that_says_so(
    auth_proxy: ProxyServer, tls_origin: TlsStubServer
) -> None:
    proxy = parse_proxy_url(auth_proxy.url_without_credentials)
    with pytest.raises(ProxyError) as info:
        _open_tunnel(proxy, "localhost", tls_origin.port, tls_origin.url)
    assert info.value.status == 407
    assert str(info.value) == (
        f"proxy http://127.0.0.1:{auth_proxy.port} refused to open a tunnel: 407 Proxy "
        "Authentication Required (proxy authentication required: the proxy URL has no user "
        f"name and password (http://user:pass@host)) ({tls_origin.url})"
    )
    assert tls_origin.handshakes == 0


def test_wrong_password_is_a_407_without_the_password(
    auth_proxy: ProxyServer, tls_origin: TlsStubServer
) -> None:
    proxy = parse_proxy_url(auth_proxy.url_with(PROXY_USER, "not-the-password"))
    with pytest.raises(ProxyError) as info:
        _open_tunnel(proxy, "localhost", tls_origin.port, tls_origin.url)
    assert info.value.status == 407
    assert "check the user name and password in the proxy URL" in str(info.value)
    assert "not-the-password" not in str(info.value)
    assert f"http://{PROXY_USER}:***@127.0.0.1:{auth_proxy.port}" in str(info.value)


def test_a_tunnel_to_nowhere_is_the_proxys_502(http_proxy: ProxyServer) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    proxy = parse_proxy_url(http_proxy.url)
    with pytest.raises(ProxyError) as info:
        _open_tunnel(proxy, "127.0.0.1", closed_port, f"https://127.0.0.1:{closed_port}/")
    assert info.value.status == 502
    assert "refused to open a tunnel: 502 Bad Gateway" in str(info.value)


def test_http_endpoint_in_absolute_form(auth_proxy: ProxyServer) -> None:
    proxy = parse_proxy_url(auth_proxy.url)
    with StubServer() as stub:
        origin, target = split_url(stub.url + "/?x=1")
        with socket.create_connection((proxy.host, proxy.port), timeout=TIMEOUT) as sock:
            headers = {**TARGET, **proxy.headers}
            request = http1.encode_request(
                "POST", absolute_target(origin, target), origin.host_header, headers, b"{}"
            )
            assert request.startswith(f"POST http://127.0.0.1:{stub.port}/?x=1 HTTP/1.1".encode())
            sock.sendall(request)
            reader = http1.ResponseReader()
            while not reader.feed(sock.recv(65536)):
                pass
        assert reader.status == 200
        [received] = stub.requests
        assert (received.path, received.header("host")) == ("/?x=1", f"127.0.0.1:{stub.port}")
        assert received.header("proxy-authorization") is None  # the proxy took it off


@pytest.fixture
def proxy_context(proxy_ca_file: Path, origin_ca_file: Path) -> ssl.SSLContext:
    return proxy_ssl_context(
        TlsConfig(ca_bundle=str(origin_ca_file), proxy_ca_bundle=str(proxy_ca_file))
    )


def test_https_endpoint_through_an_https_proxy_sync(
    tls_proxy: ProxyServer,
    tls_origin: TlsStubServer,
    endpoint_context: ssl.SSLContext,
    proxy_context: ssl.SSLContext,
) -> None:
    proxy = parse_proxy_url(tls_proxy.url)
    assert proxy.uses_tls
    with _open_tunnel(
        proxy, "localhost", tls_origin.port, tls_origin.url, to_proxy=proxy_context
    ) as outer:
        assert isinstance(outer, ssl.SSLSocket)
        assert "proxy test CA" in str(outer.getpeercert())
        inner = TlsInTls(outer, endpoint_context, "localhost")
        peer = inner.getpeercert()
        assert peer is not None and ("DNS", "localhost") in cast(
            list[object], peer["subjectAltName"]
        )
        responses = [_exchange(inner, f"localhost:{tls_origin.port}") for _ in range(2)]
    assert [r.status for r in responses] == [200, 200]
    assert tls_origin.handshakes == 1
    assert len(tls_origin.requests) == 2


def test_http_endpoint_through_an_https_proxy(
    tls_proxy: ProxyServer, proxy_context: ssl.SSLContext
) -> None:
    proxy = parse_proxy_url(tls_proxy.url)
    with StubServer() as stub:
        origin, target = split_url(stub.url)
        with (
            socket.create_connection((proxy.host, proxy.port), timeout=TIMEOUT) as raw,
            proxy_context.wrap_socket(raw, server_hostname=proxy.host) as sock,
        ):
            sock.sendall(
                http1.encode_request(
                    "POST", absolute_target(origin, target), origin.host_header, TARGET, b"{}"
                )
            )
            reader = http1.ResponseReader()
            while not reader.feed(sock.recv(65536)):
                pass
        assert reader.status == 200
        assert [r.path for r in stub.requests] == ["/"]


def test_https_proxy_is_checked_against_proxy_ca_bundle(
    tls_proxy: ProxyServer, origin_ca_file: Path
) -> None:
    # without proxy_ca_bundle the proxy is checked as the endpoint is: its CA is not trusted
    context = proxy_ssl_context(TlsConfig(ca_bundle=str(origin_ca_file)))
    with (
        socket.create_connection(("127.0.0.1", tls_proxy.port), timeout=TIMEOUT) as raw,
        pytest.raises(ssl.SSLCertVerificationError, match="unable to get local issuer"),
    ):
        context.wrap_socket(raw, server_hostname="127.0.0.1")


async def _https_through_async(
    proxy: Proxy,
    origin: TlsStubServer,
    endpoint: ssl.SSLContext,
    to_proxy: ssl.SSLContext | None,
) -> list[http1.ResponseReader]:
    reader, writer = await asyncio.open_connection(
        proxy.host,
        proxy.port,
        ssl=to_proxy,
        server_hostname=proxy.host if to_proxy is not None else None,
    )
    try:
        writer.write(connect_request(proxy, "localhost", origin.port))
        answer = ConnectResponseReader(proxy, url=origin.url)
        while True:
            data = await asyncio.wait_for(reader.read(4096), TIMEOUT)
            if not data:
                answer.eof()
            if answer.feed(data):
                break
        await writer.start_tls(endpoint, server_hostname="localhost")  # TLS in TLS for https
        responses: list[http1.ResponseReader] = []
        for _ in range(2):
            writer.write(
                http1.encode_request("POST", "/", f"localhost:{origin.port}", TARGET, b"{}")
            )
            response = http1.ResponseReader()
            while not response.feed(await asyncio.wait_for(reader.read(65536), TIMEOUT)):
                pass
            responses.append(response)
        return responses
    finally:
        writer.close()
        await writer.wait_closed()


def test_https_endpoint_through_a_tunnel_async(
    auth_proxy: ProxyServer, tls_origin: TlsStubServer, endpoint_context: ssl.SSLContext
) -> None:
    proxy = parse_proxy_url(auth_proxy.url)
    responses = asyncio.run(_https_through_async(proxy, tls_origin, endpoint_context, None))
    assert [r.status for r in responses] == [200, 200]
    assert tls_origin.handshakes == 1
    assert all(r.header("proxy-authorization") is None for r in tls_origin.requests)


def test_https_endpoint_through_an_https_proxy_async(
    tls_proxy: ProxyServer,
    tls_origin: TlsStubServer,
    endpoint_context: ssl.SSLContext,
    proxy_context: ssl.SSLContext,
) -> None:
    proxy = parse_proxy_url(tls_proxy.url)
    coroutine = _https_through_async(proxy, tls_origin, endpoint_context, proxy_context)
    responses = asyncio.run(coroutine)
    assert [r.status for r in responses] == [200, 200]
    assert tls_origin.handshakes == 1


def test_async_407(auth_proxy: ProxyServer, tls_origin: TlsStubServer) -> None:
    proxy = parse_proxy_url(auth_proxy.url_without_credentials)
    context = ssl.create_default_context()
    with pytest.raises(ProxyError) as info:
        asyncio.run(_https_through_async(proxy, tls_origin, context, None))
    assert info.value.status == 407
