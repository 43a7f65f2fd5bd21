"""Fixtures for end-to-end proxy and TLS tests: real proxies, a TLS endpoint, test CAs.

- ``origin_ca`` / ``origin_ca_file``: the CA that signs the endpoint's certificate (trustme).
- ``tls_origin``: a ``TlsStubServer`` at ``https://localhost:<port>`` (certificate for
  ``localhost``, ``127.0.0.1`` and ``::1``) answering like Cognito; fresh for each test.
- ``http_proxy``: proxy.py without authentication, ``http://127.0.0.1:<port>``.
- ``auth_proxy``: proxy.py with Basic authentication (``PROXY_USER`` / ``PROXY_PASSWORD``:
  the password holds ``@``, ``:``, ``/``, a space and a non-ASCII letter, so its URL must be
  percent-encoded); ``auth_proxy.url`` has them.
- ``tls_proxy``: proxy.py listening with TLS (an ``https://`` proxy), its certificate signed by
  a CA of its own (``proxy_ca_file``), not the endpoint's.

The proxies are started once per session (about 0.1 s each) and stopped with their process
group at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from tests.network.servers import ProxyServer, TlsStubServer

PROXY_USER = "alice"
PROXY_PASSWORD = "p@ss:w/rd é"


@pytest.fixture(scope="session")
def origin_ca() -> trustme.CA:
    return trustme.CA(organization_name="endpoint test CA")


@pytest.fixture(scope="session")
def origin_ca_file(origin_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("origin-ca") / "ca.pem"
    origin_ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def proxy_ca() -> trustme.CA:
    return trustme.CA(organization_name="proxy test CA")


@pytest.fixture(scope="session")
def proxy_ca_file(proxy_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("proxy-ca") / "ca.pem"
    proxy_ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def tls_origin(origin_ca: trustme.CA) -> Iterator[TlsStubServer]:
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    origin_ca.issue_cert("localhost", "127.0.0.1", "::1").configure_cert(context)
    with TlsStubServer(context) as server:
        yield server


@pytest.fixture(scope="session")
def http_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyServer]:
    with ProxyServer(tmp_path_factory.mktemp("http-proxy")) as proxy:
        yield proxy


@pytest.fixture(scope="session")
def auth_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxyServer]:
    workdir = tmp_path_factory.mktemp("auth-proxy")
    with ProxyServer(workdir, credentials=(PROXY_USER, PROXY_PASSWORD)) as proxy:
        yield proxy


@pytest.fixture(scope="session")
def tls_proxy(
    proxy_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ProxyServer]:
    workdir = tmp_path_factory.mktemp("tls-proxy")
    cert = proxy_ca.issue_cert("localhost", "127.0.0.1")
    cert_file, key_file = workdir / "cert.pem", workdir / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    with ProxyServer(workdir, tls=(cert_file, key_file)) as proxy:
        yield proxy
