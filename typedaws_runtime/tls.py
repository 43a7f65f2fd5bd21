"""TLS settings of a client, checked when it is made, and the contexts built from them.

What TLS connections trust and present, resolved as botocore resolves it:

- ``ca_bundle``: the certificate authorities trusted for the endpoint, a PEM file; else
  ``AWS_CA_BUNDLE``, else the profile's ``ca_bundle`` in the shared config file, else
  ``REQUESTS_CA_BUNDLE`` (botocore reads it last). It replaces the system's authorities. None of
  them: the system's (``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` can replace those, as OpenSSL reads
  them). A variable that is set but empty is an error, as in botocore.
- ``client_cert``: a certificate to present to the endpoint, as botocore's ``client_cert``: a
  PEM file holding the certificate and its private key, or a ``(certificate, key)`` pair of
  files. A key protected by a password is refused (there is nowhere to give the password, and
  OpenSSL would otherwise ask for it on the terminal).
- ``proxy_ca_bundle``: the authorities trusted for an ``https://`` proxy's own certificate;
  else the profile's ``proxy_ca_bundle``. Without it, the proxy is checked as the endpoint is
  (``ca_bundle`` or the system's), as urllib3 under botocore does; with it, only it is trusted
  for the proxy. The endpoint's client certificate is not presented to the proxy.

``resolve_tls_config`` does this when a client is made, and ``check_tls_files`` checks the
files exist, are readable and hold what they should, without ``ssl`` (outside the import budget
of a plain ``http`` client, see ``typedaws_runtime``) or building anything. Contexts are built
later, on the first ``https`` connection (``ssl_context``, ``proxy_ssl_context``): building one
takes tens of milliseconds, so each is built once per process and configuration and kept, until
one of its files changes (a renewed client certificate is picked up by the next connection).
Call them off the event loop (``asyncio.to_thread``) when the context may not be built yet: they
read files.
"""

from __future__ import annotations

import _thread
import os

from typedaws_runtime.errors import ConfigurationError
from typedaws_runtime.signature_types import ClientCert
from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import ssl
    from collections.abc import Callable, Mapping

__all__ = [
    "ClientCert",
    "TlsConfig",
    "check_tls_files",
    "default_ssl_context",
    "proxy_ssl_context",
    "resolve_tls_config",
    "ssl_context",
]


_default: list[ssl.SSLContext] = []


def default_ssl_context() -> ssl.SSLContext:
    """The system's certificate authorities (``SSL_CERT_FILE`` can replace them), host names
    checked: one context per process, built on first use."""
    if not _default:
        import ssl

        with _lock:
            if not _default:
                _default.append(ssl.create_default_context())
    return _default[0]


class TlsConfig:
    """What a client's TLS connections trust and present (paths as given, or None).

    Immutable and hashable. ``client_cert`` is ``(certificate file, key file or None)``.
    ``sources`` says where each path came from (``ca_bundle``, ``AWS_CA_BUNDLE``, ...), for
    messages. ``is_default`` is true when nothing differs from the system's defaults.
    """

    __slots__ = ("_ca_bundle", "_client_cert", "_proxy_ca_bundle", "_sources")

    _ca_bundle: str | None
    _client_cert: tuple[str, str | None] | None
    _proxy_ca_bundle: str | None
    _sources: tuple[tuple[str, str], ...]

    def __init__(
        self,
        *,
        ca_bundle: str | None = None,
        client_cert: tuple[str, str | None] | None = None,
        proxy_ca_bundle: str | None = None,
        sources: Mapping[str, str] | None = None,
    ) -> None:
        object.__setattr__(self, "_ca_bundle", ca_bundle)
        object.__setattr__(self, "_client_cert", client_cert)
        object.__setattr__(self, "_proxy_ca_bundle", proxy_ca_bundle)
        object.__setattr__(self, "_sources", tuple(sorted((sources or {}).items())))

    @property
    def ca_bundle(self) -> str | None:
        return self._ca_bundle

    @property
    def client_cert(self) -> tuple[str, str | None] | None:
        return self._client_cert

    @property
    def proxy_ca_bundle(self) -> str | None:
        return self._proxy_ca_bundle

    @property
    def sources(self) -> dict[str, str]:
        """Where each setting came from: ``{"ca_bundle": "AWS_CA_BUNDLE", ...}``."""
        return dict(self._sources)

    @property
    def is_default(self) -> bool:
        return self._key() == (None, None, None)

    def _key(self) -> tuple[str | None, tuple[str, str | None] | None, str | None]:
        return (self._ca_bundle, self._client_cert, self._proxy_ca_bundle)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TlsConfig):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"TlsConfig is immutable: cannot set {name!r}")

    def __repr__(self) -> str:
        return (
            f"TlsConfig(ca_bundle={self._ca_bundle!r}, client_cert={self._client_cert!r}, "
            f"proxy_ca_bundle={self._proxy_ca_bundle!r})"
        )


def resolve_tls_config(
    *,
    ca_bundle: str | os.PathLike[str] | None = None,
    client_cert: ClientCert | None = None,
    proxy_ca_bundle: str | os.PathLike[str] | None = None,
    env: Mapping[str, str],
    profile: str | None = None,
) -> TlsConfig:
    """The client's TLS settings, from its options, ``env`` and the shared config file of
    ``profile`` (see the module's docstring), with their files checked (``check_tls_files``).

    Raises ``ConfigurationError`` naming the setting, the path and what is wrong with it. Reads
    only the files named (and the shared config file); imports no ``ssl``.
    """
    from typedaws_runtime.config import shared_config_value

    sources: dict[str, str] = {}
    ca: str | None = None
    if ca_bundle is not None:
        ca = _path(ca_bundle, "ca_bundle")
        sources["ca_bundle"] = "ca_bundle"
    elif "AWS_CA_BUNDLE" in env:
        ca = _path(env["AWS_CA_BUNDLE"], "AWS_CA_BUNDLE")
        sources["ca_bundle"] = "AWS_CA_BUNDLE"
    else:
        ca = shared_config_value(env, profile, "ca_bundle")
        if ca is not None:
            sources["ca_bundle"] = "ca_bundle in the shared config file"
        elif "REQUESTS_CA_BUNDLE" in env:
            ca = _path(env["REQUESTS_CA_BUNDLE"], "REQUESTS_CA_BUNDLE")
            sources["ca_bundle"] = "REQUESTS_CA_BUNDLE"
    cert: tuple[str, str | None] | None = None
    if client_cert is not None:
        cert = _client_cert(client_cert)
        sources["client_cert"] = "client_cert"
    proxy_ca: str | None = None
    if proxy_ca_bundle is not None:
        proxy_ca = _path(proxy_ca_bundle, "proxy_ca_bundle")
        sources["proxy_ca_bundle"] = "proxy_ca_bundle"
    else:
        proxy_ca = shared_config_value(env, profile, "proxy_ca_bundle")
        if proxy_ca is not None:
            sources["proxy_ca_bundle"] = "proxy_ca_bundle in the shared config file"
    config = TlsConfig(ca_bundle=ca, client_cert=cert, proxy_ca_bundle=proxy_ca, sources=sources)
    check_tls_files(config)
    return config


def _path(value: object, name: str) -> str:
    """``value`` as a path string: a str, or an ``os.PathLike`` giving one; not empty."""
    if isinstance(value, os.PathLike):
        value = os.fspath(cast("os.PathLike[str]", value))  # may be bytes: checked below
    if not isinstance(value, str):
        raise ConfigurationError(
            f"{name} must be a path (str or os.PathLike), not a {type(value).__name__}"
        )
    if not value.strip():
        raise ConfigurationError(f"{name} is empty: give the path of a PEM file, or unset it")
    return value


def _client_cert(value: object) -> tuple[str, str | None]:
    if isinstance(value, tuple):
        parts = cast("tuple[object, ...]", value)
        if len(parts) != 2:
            raise ConfigurationError(
                "client_cert must be a path, or a (certificate, key) tuple of two paths"
            )
        return (_path(parts[0], "client_cert certificate"), _path(parts[1], "client_cert key"))
    if isinstance(value, str | os.PathLike):
        return (_path(cast(object, value), "client_cert"), None)
    raise ConfigurationError(
        "client_cert must be a path, or a (certificate, key) tuple of two paths, "
        f"not a {type(value).__name__}"
    )


# -- checking files ----------------------------------------------------------------------------

_CERT_MARKERS = (
    b"-----BEGIN CERTIFICATE-----",
    b"-----BEGIN TRUSTED CERTIFICATE-----",
    b"-----BEGIN X509 CERTIFICATE-----",
)


def check_tls_files(config: TlsConfig) -> None:
    """Check that each file of ``config`` exists, is a readable file, and holds PEM blocks of
    the right kind: certificates in a CA bundle, a certificate and an unencrypted private key
    for ``client_cert``. Builds no context and imports no ``ssl`` (a file that passes can still
    be refused by OpenSSL when the context is built: a corrupt certificate, a key that does not
    match its certificate).

    Raises ``ConfigurationError`` naming the setting, where it came from, the path and the
    reason.
    """
    sources = config.sources
    if config.ca_bundle is not None:
        data = _read(config.ca_bundle, _label("ca_bundle", sources))
        if not any(marker in data for marker in _CERT_MARKERS):
            raise _bad(config.ca_bundle, "ca_bundle", sources, _NO_CERT)
    if config.proxy_ca_bundle is not None:
        data = _read(config.proxy_ca_bundle, _label("proxy_ca_bundle", sources))
        if not any(marker in data for marker in _CERT_MARKERS):
            raise _bad(config.proxy_ca_bundle, "proxy_ca_bundle", sources, _NO_CERT)
    if config.client_cert is not None:
        cert_file, key_file = config.client_cert
        cert_data = _read(cert_file, _label("client_cert", sources))
        if b"-----BEGIN CERTIFICATE-----" not in cert_data:
            raise _bad(cert_file, "client_cert", sources, _NO_CERT)
        if key_file is None:
            key_data, key_path, what = cert_data, cert_file, "client_cert"
        else:
            key_data = _read(key_file, _label("client_cert key", sources))
            key_path, what = key_file, "client_cert key"
        if b"ENCRYPTED PRIVATE KEY-----" in key_data or b"Proc-Type: 4,ENCRYPTED" in key_data:
            raise _bad(key_path, what, sources, "the private key is protected by a password")
        if b"PRIVATE KEY-----" not in key_data:
            reason = "no private key (no -----BEGIN PRIVATE KEY----- block)"
            if key_file is None:
                reason += ": give one file holding both, or a (certificate, key) tuple"
            raise _bad(key_path, what, sources, reason)


_NO_CERT = "not a PEM certificate file (no -----BEGIN CERTIFICATE----- block)"


def _label(name: str, sources: Mapping[str, str]) -> str:
    source = sources.get(name.partition(" ")[0], name)
    return name if source == name.partition(" ")[0] else f"{name} (from {source})"


def _bad(path: str, name: str, sources: Mapping[str, str], reason: str) -> ConfigurationError:
    return ConfigurationError(f"{_label(name, sources)} {path!r}: {reason}")


def _read(path: str, label: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        hint = " (~ is not expanded)" if path.startswith("~") else ""
        reason = f"no such file{hint}"
    except IsADirectoryError:
        reason = "a directory, not a PEM file"
    except PermissionError:
        reason = "permission denied"
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
    raise ConfigurationError(f"{label} {path!r}: {reason}")


# -- contexts ----------------------------------------------------------------------------------

_lock = _thread.allocate_lock()


def _new_lock() -> None:
    global _lock
    _lock = _thread.allocate_lock()  # another thread may have held it at the fork


os.register_at_fork(after_in_child=_new_lock)
_contexts: dict[tuple[object, ...], ssl.SSLContext] = {}
_MAX_CONTEXTS = 32


def ssl_context(config: TlsConfig | None = None) -> ssl.SSLContext:
    """The context for ``https`` endpoints: ``config``'s CA bundle (else the system's) and
    client certificate; host names checked, TLS 1.2 or later.

    With nothing set, ``default_ssl_context()`` itself. Otherwise built on the first call for
    this configuration and these versions of its files (compared by size, time and inode) and
    kept: about 2 µs a call once built (a stat of each file), so call it for every new
    connection and a renewed file is picked up. Raises ``ConfigurationError`` when a file
    cannot be loaded (it changed since ``check_tls_files``, or OpenSSL refuses it).
    """
    if config is None or (config.ca_bundle is None and config.client_cert is None):
        return default_ssl_context()
    files: list[str] = [] if config.ca_bundle is None else [config.ca_bundle]
    if config.client_cert is not None:
        files += [f for f in config.client_cert if f is not None]
    key = ("endpoint", config.ca_bundle, config.client_cert, *_versions(files, config))
    return _cached(key, lambda: _build(config.ca_bundle, config.client_cert, config, "ca_bundle"))


def proxy_ssl_context(config: TlsConfig | None = None) -> ssl.SSLContext:
    """The context for the TLS connection to an ``https://`` proxy: ``proxy_ca_bundle`` alone
    when set, else what the endpoint's context trusts (no client certificate); host names
    checked. Cached as ``ssl_context`` is; raises ``ConfigurationError`` as it does."""
    if config is None:
        return default_ssl_context()
    if config.proxy_ca_bundle is None:
        if config.ca_bundle is None:
            return default_ssl_context()
        return ssl_context(TlsConfig(ca_bundle=config.ca_bundle, sources=config.sources))
    bundle = config.proxy_ca_bundle
    key = ("proxy", bundle, *_versions([bundle], config))
    return _cached(key, lambda: _build(bundle, None, config, "proxy_ca_bundle"))


def _versions(files: list[str], config: TlsConfig) -> list[tuple[int, int, int]]:
    versions: list[tuple[int, int, int]] = []
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            check_tls_files(config)  # raises the error that names the file
            raise
        versions.append((st.st_size, st.st_mtime_ns, st.st_ino))
    return versions


def _cached(key: tuple[object, ...], build: Callable[[], ssl.SSLContext]) -> ssl.SSLContext:
    context = _contexts.get(key)
    if context is not None:
        return context
    with _lock:  # one build at a time: two threads asking for the same context build it once
        context = _contexts.get(key)
        if context is None:
            context = build()
            if len(_contexts) >= _MAX_CONTEXTS:
                _contexts.clear()  # files that keep changing: drop the old versions
            _contexts[key] = context
    return context


def _build(
    ca_bundle: str | None,
    client_cert: tuple[str, str | None] | None,
    config: TlsConfig,
    ca_name: str,
) -> ssl.SSLContext:
    import ssl

    sources = config.sources
    try:
        context = ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
        assert ca_bundle is not None  # the system's authorities load or are skipped silently
        raise _bad(ca_bundle, ca_name, sources, _ssl_reason(exc)) from None
    if client_cert is not None:
        cert_file, key_file = client_cert
        try:
            context.load_cert_chain(cert_file, key_file, password=_no_password)
        except _PasswordWanted:
            raise _bad(
                key_file or cert_file,
                "client_cert",
                sources,
                "the private key is protected by a password",
            ) from None
        except (OSError, ValueError) as exc:
            raise _bad(cert_file, "client_cert", sources, _ssl_reason(exc)) from None
    return context


class _PasswordWanted(Exception):
    pass


def _no_password() -> str:
    """Given to OpenSSL as the key's password callback, so an encrypted key fails at once
    instead of OpenSSL asking for a password on the terminal."""
    raise _PasswordWanted


def _ssl_reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    if reason == "NO_CERTIFICATE_OR_CRL_FOUND":
        return "no certificate found in it"
    if reason == "KEY_VALUES_MISMATCH":
        return "the private key does not match the certificate"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    text = getattr(exc, "strerror", None) or str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
