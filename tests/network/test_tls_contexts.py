"""typedaws_runtime.tls: where CA bundles and client certificates come from, the cheap check of
their files, and the contexts built from them (against real TLS servers)."""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography.hazmat.primitives import serialization

from tests.network.servers import TlsStubServer
from typedaws_runtime import http1
from typedaws_runtime.errors import ConfigurationError
from typedaws_runtime.tls import (
    TlsConfig,
    check_tls_files,
    default_ssl_context,
    proxy_ssl_context,
    resolve_tls_config,
    ssl_context,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory, origin_ca: trustme.CA) -> dict[str, Path]:
    """Files: the endpoint's CA, another CA, client certificates in every form."""
    directory = tmp_path_factory.mktemp("tls-pki")
    other_ca = trustme.CA(organization_name="unrelated CA")
    client_ca = trustme.CA(organization_name="client CA")
    client = client_ca.issue_cert("client.example")
    stranger = client_ca.issue_cert("stranger.example")
    files = {name: directory / f"{name}.pem" for name in _PKI_NAMES}
    origin_ca.cert_pem.write_to_path(str(files["ca"]))
    other_ca.cert_pem.write_to_path(str(files["other_ca"]))
    client_ca.cert_pem.write_to_path(str(files["client_ca"]))
    client.private_key_and_cert_chain_pem.write_to_path(str(files["client_both"]))
    client.cert_chain_pems[0].write_to_path(str(files["client_cert"]))
    client.private_key_pem.write_to_path(str(files["client_key"]))
    stranger.private_key_pem.write_to_path(str(files["stranger_key"]))
    key = serialization.load_pem_private_key(client.private_key_pem.bytes(), password=None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"a password"),
    )
    files["client_encrypted"].write_bytes(encrypted + client.cert_chain_pems[0].bytes())
    files["not_pem"].write_text("this is not a certificate\n")
    return files


_PKI_NAMES = (
    "ca",
    "other_ca",
    "client_ca",
    "client_both",
    "client_cert",
    "client_key",
    "stranger_key",
    "client_encrypted",
    "not_pem",
)


def _no_config(tmp_path: Path) -> dict[str, str]:
    """An environment with an empty shared config file and nothing else."""
    config = tmp_path / "config"
    config.touch()
    return {"AWS_CONFIG_FILE": str(config)}


# -- where settings come from ------------------------------------------------------------------


def test_nothing_set_is_the_default(tmp_path: Path) -> None:
    config = resolve_tls_config(env=_no_config(tmp_path))
    assert config.is_default
    assert config == TlsConfig()
    assert ssl_context(config) is default_ssl_context()
    assert proxy_ssl_context(config) is default_ssl_context()
    assert ssl_context() is default_ssl_context()


def test_ca_bundle_precedence(tmp_path: Path, pki: dict[str, Path]) -> None:
    ca, other, client_ca = (str(pki[n]) for n in ("ca", "other_ca", "client_ca"))
    config_file = tmp_path / "config"
    config_file.write_text(
        f"[default]\nca_bundle = {client_ca}\nproxy_ca_bundle = {other}\n"
        f"[profile work]\nca_bundle = {other}\n"
    )
    env = {"AWS_CONFIG_FILE": str(config_file), "REQUESTS_CA_BUNDLE": ca}
    assert resolve_tls_config(env=env).ca_bundle == client_ca  # the profile, before REQUESTS_
    assert resolve_tls_config(env=env).sources["ca_bundle"] == (
        "ca_bundle in the shared config file"
    )
    assert resolve_tls_config(env=env, profile="work").ca_bundle == other
    assert resolve_tls_config(env={**env, "AWS_CA_BUNDLE": ca}).ca_bundle == ca
    assert resolve_tls_config(env={**env, "AWS_CA_BUNDLE": ca}, ca_bundle=other).ca_bundle == (
        other
    )
    assert resolve_tls_config(env=env, ca_bundle=Path(ca)).ca_bundle == ca  # os.PathLike
    assert resolve_tls_config(env=env).proxy_ca_bundle == other
    assert resolve_tls_config(env=env, proxy_ca_bundle=ca).proxy_ca_bundle == ca
    no_profile = {"AWS_CONFIG_FILE": str(tmp_path / "missing"), "REQUESTS_CA_BUNDLE": ca}
    resolved = resolve_tls_config(env=no_profile)
    assert (resolved.ca_bundle, resolved.sources) == (ca, {"ca_bundle": "REQUESTS_CA_BUNDLE"})


@pytest.mark.parametrize("variable", ["AWS_CA_BUNDLE", "REQUESTS_CA_BUNDLE"])
def test_an_empty_variable_is_an_error_as_in_botocore(tmp_path: Path, variable: str) -> None:
    with pytest.raises(ConfigurationError, match=f"{variable} is empty"):
        resolve_tls_config(env={**_no_config(tmp_path), variable: " "})


def test_client_cert_forms(tmp_path: Path, pki: dict[str, Path]) -> None:
    env = _no_config(tmp_path)
    both = resolve_tls_config(env=env, client_cert=str(pki["client_both"]))
    assert both.client_cert == (str(pki["client_both"]), None)
    pair = resolve_tls_config(env=env, client_cert=(pki["client_cert"], str(pki["client_key"])))
    assert pair.client_cert == (str(pki["client_cert"]), str(pki["client_key"]))
    assert not pair.is_default


@pytest.mark.parametrize(
    "value",
    [["cert.pem", "key.pem"], ("a", "b", "c"), 42, ("a",), b"cert.pem", ("a", None)],
)
def test_client_cert_of_the_wrong_shape(tmp_path: Path, value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"^client_cert( key)? must be a path"):
        resolve_tls_config(env=_no_config(tmp_path), client_cert=value)  # type: ignore[arg-type]  # wrong on purpose


def test_tls_config_is_an_immutable_value(pki: dict[str, Path]) -> None:
    config = TlsConfig(ca_bundle=str(pki["ca"]), sources={"ca_bundle": "ca_bundle"})
    assert config == TlsConfig(ca_bundle=str(pki["ca"]))  # where it came from is not compared
    assert hash(config) == hash(TlsConfig(ca_bundle=str(pki["ca"])))
    with pytest.raises(AttributeError):
        config.ca_bundle = "x"  # type: ignore[misc]  # read-only: the point of the test
    assert str(pki["ca"]) in repr(config)


# -- checking files without ssl ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"ca_bundle": "/nonexistent/ca.pem"}, "ca_bundle '/nonexistent/ca.pem': no such file"),
        ({"ca_bundle": "~/ca.pem"}, "no such file (~ is not expanded)"),
        ({"ca_bundle": "{tmp}"}, "a directory, not a PEM file"),
        ({"ca_bundle": "{not_pem}"}, "not a PEM certificate file"),
        ({"ca_bundle": "{client_key}"}, "not a PEM certificate file"),
        ({"proxy_ca_bundle": "/nonexistent/p.pem"}, "proxy_ca_bundle '/nonexistent/p.pem'"),
        ({"client_cert": "/nonexistent/c.pem"}, "client_cert '/nonexistent/c.pem': no such"),
        ({"client_cert": "{client_cert}"}, "no private key"),
        ({"client_cert": "{client_key}"}, "not a PEM certificate file"),
        ({"client_cert": ("{client_cert}", "{client_cert}")}, "client_cert key"),
        ({"client_cert": ("{client_cert}", "/nonexistent/k.pem")}, "client_cert key"),
        ({"client_cert": "{client_encrypted}"}, "the private key is protected by a password"),
    ],
)
def test_check_names_the_setting_the_path_and_the_reason(
    tmp_path: Path, pki: dict[str, Path], options: dict[str, object], message: str
) -> None:
    names = {name: str(path) for name, path in pki.items()} | {"tmp": str(tmp_path)}

    def fill(value: object) -> object:
        if isinstance(value, tuple):
            return tuple(fill(part) for part in value)  # pyright: ignore[reportUnknownVariableType]
        return str(value).format(**names)

    filled = {key: fill(value) for key, value in options.items()}
    with pytest.raises(ConfigurationError) as info:
        resolve_tls_config(env=_no_config(tmp_path), **filled)  # type: ignore[arg-type]  # test table
    assert message in str(info.value)


def test_check_names_where_an_environment_path_came_from(tmp_path: Path) -> None:
    env = {**_no_config(tmp_path), "AWS_CA_BUNDLE": "/nonexistent/ca.pem"}
    with pytest.raises(ConfigurationError) as info:
        resolve_tls_config(env=env)
    assert str(info.value) == "ca_bundle (from AWS_CA_BUNDLE) '/nonexistent/ca.pem': no such file"


PROBE = r"""
import json, sys
from typedaws_runtime.tls import resolve_tls_config
config = resolve_tls_config(
    ca_bundle=sys.argv[1], client_cert=(sys.argv[2], sys.argv[3]), proxy_ca_bundle=sys.argv[1],
    env={"AWS_CONFIG_FILE": sys.argv[4]},
)
print(json.dumps({"ssl": "ssl" in sys.modules, "ca": config.ca_bundle}))
"""


def test_resolving_and_checking_do_not_import_ssl(tmp_path: Path, pki: dict[str, Path]) -> None:
    args = [str(pki["ca"]), str(pki["client_cert"]), str(pki["client_key"]), str(tmp_path / "c")]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )
    assert json.loads(out.stdout) == {"ssl": False, "ca": str(pki["ca"])}


# -- contexts ----------------------------------------------------------------------------------


def _post(context: ssl.SSLContext, port: int, host: str = "localhost") -> http1.ResponseReader:
    """One request to the TLS stub at ``port``, through ``context``."""
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname=host) as conn,
    ):
        headers = {"X-Amz-Target": "AWSCognitoIdentityProviderService.ConfirmSignUp"}
        conn.sendall(http1.encode_request("POST", "/", host, headers, b"{}"))
        reader = http1.ResponseReader()
        while not reader.feed(conn.recv(65536)):
            pass
        return reader


def test_ca_bundle_context_trusts_only_the_bundle(
    tls_origin: TlsStubServer, pki: dict[str, Path]
) -> None:
    trusting = ssl_context(TlsConfig(ca_bundle=str(pki["ca"])))
    assert _post(trusting, tls_origin.port).status == 200
    assert tls_origin.handshakes == 1
    other = ssl_context(TlsConfig(ca_bundle=str(pki["other_ca"])))
    with pytest.raises(ssl.SSLCertVerificationError, match="unable to get local issuer"):
        _post(other, tls_origin.port)
    with pytest.raises(ssl.SSLCertVerificationError, match="Hostname mismatch"):
        _post(trusting, tls_origin.port, host="cognito-idp.eu-west-1.amazonaws.com")
    with pytest.raises(ssl.SSLCertVerificationError):  # the system's CAs do not know the test CA
        _post(default_ssl_context(), tls_origin.port)


@pytest.fixture
def mutual_tls_origin(origin_ca: trustme.CA, pki: dict[str, Path]) -> Iterator[TlsStubServer]:
    """A TLS stub that requires a client certificate signed by the client CA."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    origin_ca.issue_cert("localhost").configure_cert(context)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cafile=str(pki["client_ca"]))
    with TlsStubServer(context) as server:
        yield server


@pytest.mark.parametrize("form", ["one file", "pair"])
def test_client_cert_is_presented(
    mutual_tls_origin: TlsStubServer, pki: dict[str, Path], form: str
) -> None:
    cert = (
        (str(pki["client_both"]), None)
        if form == "one file"
        else (str(pki["client_cert"]), str(pki["client_key"]))
    )
    context = ssl_context(TlsConfig(ca_bundle=str(pki["ca"]), client_cert=cert))
    assert _post(context, mutual_tls_origin.port).status == 200
    assert mutual_tls_origin.handshakes == 1


def test_without_client_cert_a_mutual_tls_server_refuses(
    mutual_tls_origin: TlsStubServer, pki: dict[str, Path]
) -> None:
    context = ssl_context(TlsConfig(ca_bundle=str(pki["ca"])))
    with pytest.raises((ssl.SSLError, ConnectionResetError, BrokenPipeError)):
        _post(context, mutual_tls_origin.port)
    assert mutual_tls_origin.requests == []


def test_contexts_are_built_once_per_configuration(pki: dict[str, Path]) -> None:
    config = TlsConfig(ca_bundle=str(pki["ca"]))
    first = ssl_context(config)
    assert ssl_context(TlsConfig(ca_bundle=str(pki["ca"]))) is first
    assert ssl_context(TlsConfig(ca_bundle=str(pki["other_ca"]))) is not first
    with_cert = TlsConfig(ca_bundle=str(pki["ca"]), client_cert=(str(pki["client_both"]), None))
    assert ssl_context(with_cert) is not first
    assert ssl_context(with_cert) is ssl_context(with_cert)


def test_contexts_built_at_once_by_many_threads_are_one(pki: dict[str, Path]) -> None:
    config = TlsConfig(ca_bundle=str(pki["client_ca"]), client_cert=(str(pki["client_both"]), None))
    barrier = threading.Barrier(8)
    results: list[ssl.SSLContext] = []

    def build() -> None:
        barrier.wait()
        results.append(ssl_context(config))

    threads = [threading.Thread(target=build) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(results) == 8
    assert len({id(context) for context in results}) == 1


def test_a_changed_file_gives_a_new_context(tmp_path: Path, pki: dict[str, Path]) -> None:
    bundle = tmp_path / "rotating.pem"
    bundle.write_bytes(pki["ca"].read_bytes())
    config = TlsConfig(ca_bundle=str(bundle))
    before = ssl_context(config)
    assert ssl_context(config) is before
    bundle.write_bytes(pki["ca"].read_bytes() + pki["other_ca"].read_bytes())
    after = ssl_context(config)
    assert after is not before
    assert len(after.get_ca_certs()) == 2


def test_a_file_gone_after_the_check_is_a_configuration_error(
    tmp_path: Path, pki: dict[str, Path]
) -> None:
    bundle = tmp_path / "gone.pem"
    bundle.write_bytes(pki["ca"].read_bytes())
    config = resolve_tls_config(env=_no_config(tmp_path), ca_bundle=bundle)
    bundle.unlink()
    with pytest.raises(ConfigurationError, match=r"gone\.pem': no such file"):
        ssl_context(config)


def test_an_encrypted_key_fails_without_asking_for_a_password(pki: dict[str, Path]) -> None:
    """Past the check (a TlsConfig made directly), OpenSSL's password callback would read the
    terminal; the context refuses at once instead."""
    config = TlsConfig(client_cert=(str(pki["client_encrypted"]), None))
    with pytest.raises(ConfigurationError, match="protected by a password"):
        ssl_context(config)


def test_a_key_of_another_certificate_is_named(pki: dict[str, Path]) -> None:
    config = TlsConfig(client_cert=(str(pki["client_cert"]), str(pki["stranger_key"])))
    check_tls_files(config)  # both files look right on their own
    with pytest.raises(ConfigurationError, match="the private key does not match"):
        ssl_context(config)


def test_corrupt_certificates_are_named_when_built(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pem"
    broken.write_text("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
    config = TlsConfig(ca_bundle=str(broken), sources={"ca_bundle": "AWS_CA_BUNDLE"})
    check_tls_files(config)
    with pytest.raises(ConfigurationError) as info:
        ssl_context(config)
    assert str(info.value).startswith(f"ca_bundle (from AWS_CA_BUNDLE) '{broken}': ")


def test_proxy_context(pki: dict[str, Path]) -> None:
    ca, proxy_ca = str(pki["ca"]), str(pki["other_ca"])
    # no proxy_ca_bundle: the proxy is checked as the endpoint is (without a client cert)
    config = TlsConfig(ca_bundle=ca, client_cert=(str(pki["client_both"]), None))
    assert proxy_ssl_context(config) is ssl_context(TlsConfig(ca_bundle=ca))
    # with one: only it
    context = proxy_ssl_context(TlsConfig(ca_bundle=ca, proxy_ca_bundle=proxy_ca))
    subjects = [str(cert["subject"]) for cert in context.get_ca_certs()]
    assert len(subjects) == 1
    assert "'unrelated CA'" in subjects[0]
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert proxy_ssl_context(TlsConfig(ca_bundle=ca, proxy_ca_bundle=proxy_ca)) is context
