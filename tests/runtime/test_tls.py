"""HTTPS through both transports against a local TLS server with a test certificate authority.

The client runs in a fresh process with ``SSL_CERT_FILE`` naming the test CA, which the default
TLS context trusts the way it would trust a system CA; nothing in the SDK is told about it.
The certificate names ``localhost`` only, so the same server reached as ``127.0.0.1`` must be
refused: certificates and host names are checked.
"""

from __future__ import annotations

import datetime
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]
BODY = b'{"Session": "over-tls"}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
    + f"Content-Length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_pki(directory: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate it signed for ``localhost``: (ca, cert, key) files."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("test CA"))
        .issuer_name(_name("test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = (directory / n for n in ("ca.pem", "cert.pem", "key.pem"))
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


class _TlsServer:
    """Answers every request on every TLS connection with ``RESPONSE`` (keep-alive)."""

    def __init__(self, cert: Path, key: Path) -> None:
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert, key)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.handshakes = 0
        self._stop = False
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                raw, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._connection, args=(raw,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _connection(self, raw: socket.socket) -> None:
        with raw:
            try:
                conn = self._context.wrap_socket(raw, server_side=True)
            except (ssl.SSLError, OSError):
                return  # the client refused our certificate
            self.handshakes += 1
            with conn:
                buffer = b""
                while True:
                    try:
                        data = conn.recv(65536)
                    except (ssl.SSLError, OSError):
                        return
                    if not data:
                        return
                    buffer += data
                    while b"\r\n\r\n" in buffer:
                        head, _, rest = buffer.partition(b"\r\n\r\n")
                        length = next(
                            int(line.split(b":", 1)[1])
                            for line in head.split(b"\r\n")
                            if line.lower().startswith(b"content-length:")
                        )
                        if len(rest) < length:
                            break
                        buffer = rest[length:]
                        conn.sendall(RESPONSE)

    def close(self) -> None:
        self._stop = True
        self._listener.close()
        self._accept.join(5)
        for thread in self._threads:
            thread.join(5)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[_TlsServer, Path]]:
    ca, cert, key = _write_pki(tmp_path_factory.mktemp("pki"))
    server = _TlsServer(cert, key)
    try:
        yield server, ca
    finally:
        server.close()


PROBE = r"""
import asyncio, json, sys
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient

url = sys.argv[1]
call = {"client_id": "client", "username": "alice", "confirmation_code": "123456"}

def outcome(fn):
    try:
        return {"session": fn().session}
    except Exception as exc:
        return {"error": type(exc).__name__, "message": str(exc)}

with CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=url, max_attempts=1) as c:
    sync = [outcome(lambda: c.confirm_sign_up(**call)) for _ in range(3)]

async def main():
    async with AsyncCognitoIdentityProviderClient(
        region="eu-west-1", endpoint_url=url, max_attempts=1
    ) as c:
        results = []
        for _ in range(3):
            try:
                results.append({"session": (await c.confirm_sign_up(**call)).session})
            except Exception as exc:
                results.append({"error": type(exc).__name__, "message": str(exc)})
        return results

print(json.dumps({"sync": sync, "async": asyncio.run(main())}))
"""


def _probe(url: str, ca: Path) -> dict[str, list[dict[str, str]]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "SSL_", "REQUESTS_"))}
    env["SSL_CERT_FILE"] = str(ca)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    result: dict[str, list[dict[str, str]]] = json.loads(out.stdout)
    return result


def test_https_round_trips_on_one_connection(tls: tuple[_TlsServer, Path]) -> None:
    server, ca = tls
    before = server.handshakes
    result = _probe(f"https://localhost:{server.port}", ca)
    assert result["sync"] == [{"session": "over-tls"}] * 3
    assert result["async"] == [{"session": "over-tls"}] * 3
    assert server.handshakes - before == 2  # one kept-alive connection per client


def test_certificate_for_another_host_is_refused(tls: tuple[_TlsServer, Path]) -> None:
    server, ca = tls
    result = _probe(f"https://127.0.0.1:{server.port}", ca)  # a name the certificate lacks
    for outcome in result["sync"] + result["async"]:
        assert outcome["error"] == "ConnectionFailedError", outcome
        assert "SSLCertVerificationError: IP address mismatch" in outcome["message"], outcome
