"""HTTP proxies, without I/O: which proxy a URL goes through, and the bytes of using one.

Which proxy, as botocore chooses it:

- ``proxies=`` (a mapping of URL scheme to proxy URL, ``{"https": "http://proxy:3128"}``)
  replaces the environment entirely, ``NO_PROXY`` included; an empty mapping means no proxy.
- Otherwise the environment, read as ``urllib.request.getproxies_environment`` reads it:
  ``<scheme>_proxy`` in any case, the all-lower-case name winning (an empty lower-case one
  cancels the others), and ``HTTP_PROXY`` in upper or mixed case ignored when
  ``REQUEST_METHOD`` is set (a CGI program, where a client's ``Proxy:`` header could set it).
  ``NO_PROXY`` then excludes hosts as ``urllib.request.proxy_bypass_environment`` does (see
  ``bypasses_proxy``): host-name suffixes only, no CIDR blocks, as botocore notes itself.
- An ``https://`` URL uses the ``https`` entry (``HTTPS_PROXY``) and an ``http://`` URL the
  ``http`` entry (``HTTP_PROXY``); neither falls back to the other.
- A proxy URL without a scheme is taken as ``http://``; only ``http`` and ``https`` (a proxy
  reached over TLS) are supported, as in botocore.

How to use it: an ``https://`` endpoint is reached through a tunnel (``connect_request``, then
``ConnectResponseReader`` until the proxy says 2xx, then TLS to the endpoint inside the tunnel);
an ``http://`` endpoint's requests go to the proxy in absolute form (``absolute_target``) with
``Proxy.headers`` added. ``Proxy-Authorization`` goes to the proxy only: never inside a tunnel.

Proxy passwords never appear in ``repr()``, ``str()`` or error messages (``describe_proxy_url``
masks them). String methods only: this runs when a client is made, where ``urllib.parse`` would
import ``re``.
"""

from __future__ import annotations

from typedaws_runtime.errors import ConfigurationError, ProxyError
from typedaws_runtime.http1 import ProtocolError, take_head
from typedaws_runtime.static_typing import TYPE_CHECKING
from typedaws_runtime.urls import (
    InvalidUrl,
    authority_of,
    host_and_port,
    is_host_name,
    is_ipv6,
    unsendable,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from typedaws_runtime.urls import Origin

__all__ = [
    "ConnectResponseReader",
    "Proxy",
    "ProxyError",
    "absolute_target",
    "bypasses_proxy",
    "connect_request",
    "describe_proxy_url",
    "environment_proxies",
    "parse_proxy_url",
    "resolve_proxy",
]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_MASK = "***"


class Proxy:
    """One proxy server: ``scheme`` (``http``, or ``https`` for a proxy reached over TLS),
    ``host`` (an IPv6 address without brackets), ``port``, and what to authenticate with.

    Immutable and hashable (a pool key). ``repr()`` and ``str()`` show the proxy's URL with
    the password masked, ``http://alice:***@proxy:3128``; ``authorization`` is the only way to
    the credentials.
    """

    __slots__ = ("_authorization", "_host", "_port", "_scheme", "_username")

    _scheme: str
    _host: str
    _port: int
    _username: str | None
    _authorization: str | None

    def __init__(
        self,
        scheme: str,
        host: str,
        port: int,
        *,
        username: str | None = None,
        authorization: str | None = None,
    ) -> None:
        if scheme not in _DEFAULT_PORTS:
            raise ValueError(f"proxy scheme must be http or https, not {scheme!r}")
        for name, value in (("_scheme", scheme), ("_host", host), ("_port", port)):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_username", username)
        object.__setattr__(self, "_authorization", authorization)

    @property
    def scheme(self) -> str:
        """``http``, or ``https`` when the connection to the proxy itself is TLS."""
        return self._scheme

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        return self._port

    @property
    def username(self) -> str | None:
        """The user name as written in the proxy URL (still percent-encoded), for messages."""
        return self._username

    @property
    def authorization(self) -> str | None:
        """The ``Proxy-Authorization`` value (``Basic ...``), or None. A secret."""
        return self._authorization

    @property
    def headers(self) -> dict[str, str]:
        """Headers for the proxy: ``{"Proxy-Authorization": ...}`` when there are credentials.

        Sent on ``CONNECT`` and on absolute-form requests to the proxy, never on requests
        inside a tunnel (they reach the endpoint, which must not see the proxy's password).
        """
        auth = self._authorization
        return {} if auth is None else {"Proxy-Authorization": auth}

    @property
    def uses_tls(self) -> bool:
        """True for an ``https://`` proxy: TLS to the proxy, then (for an https endpoint)
        TLS to the endpoint inside the tunnel."""
        return self._scheme == "https"

    @property
    def authority(self) -> str:
        """``host:port`` (IPv6 in brackets), as a ``Host`` header or a request target names it."""
        return _authority(self._host, self._port)

    def __str__(self) -> str:
        user = self._username
        if user is None:
            userinfo = ""
        elif self._authorization is None:
            userinfo = f"{user}@"
        else:
            userinfo = f"{user}:{_MASK}@"
        return f"{self._scheme}://{userinfo}{self.authority}"

    def __repr__(self) -> str:
        return f"Proxy({str(self)!r})"

    def _key(self) -> tuple[str, str, int, str | None, str | None]:
        return (self._scheme, self._host, self._port, self._username, self._authorization)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Proxy):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Proxy is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Proxy is immutable: cannot delete {name!r}")

    def __reduce__(
        self,
    ) -> tuple[
        Callable[[str, str, int, str | None, str | None], Proxy],
        tuple[str, str, int, str | None, str | None],
    ]:
        return (_restore_proxy, self._key())


def _restore_proxy(
    scheme: str, host: str, port: int, username: str | None, authorization: str | None
) -> Proxy:
    return Proxy(scheme, host, port, username=username, authorization=authorization)


def _authority(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


# -- which proxy -------------------------------------------------------------------------------


def resolve_proxy(
    url: str, *, proxies: Mapping[str, str] | None = None, env: Mapping[str, str]
) -> Proxy | None:
    """The proxy that requests to ``url`` go through, or None to connect directly.

    ``proxies`` (when not None) replaces the environment ``env`` entirely, as botocore's
    ``proxies`` client option does. ``url`` is an endpoint URL (``https://host[:port]/...``);
    ``NO_PROXY`` is matched against its host and port as written in it, as botocore matches
    them (an explicit ``:443`` is part of what is compared).

    Raises ``ConfigurationError`` when the chosen proxy URL is invalid (see
    ``parse_proxy_url``); a proxy URL that ``url`` does not use is not looked at.
    """
    scheme, _, rest = url.partition("://")
    scheme = scheme.lower()
    if proxies is None:
        found = environment_proxies(env)
        if not found:
            return None
        no_proxy = found.get("no")
        if no_proxy is not None and bypasses_proxy(authority_of(rest), no_proxy):
            return None
        proxies = found
    chosen = proxies.get(scheme)
    if not chosen:
        return None
    return parse_proxy_url(chosen)


def environment_proxies(env: Mapping[str, str]) -> dict[str, str]:
    """Proxy URLs by scheme (and ``"no"`` for ``NO_PROXY``), as
    ``urllib.request.getproxies_environment`` reads them from ``env``."""
    found: dict[str, str] = {}
    for name, value in env.items():
        lowered = name.lower()
        if value and lowered[-6:] == "_proxy":
            found[lowered[:-6]] = value
    if not found:
        return found  # no ``*_proxy`` variable with a value: the second pass can add none
    if "REQUEST_METHOD" in env:
        found.pop("http", None)
    for name, value in env.items():
        if name[-6:] == "_proxy":
            key = name.lower()[:-6]
            if value:
                found[key] = value
            else:
                found.pop(key, None)
    return found


def bypasses_proxy(netloc: str, no_proxy: str) -> bool:
    """Whether ``no_proxy`` (``NO_PROXY``'s value) excludes ``netloc`` (``host[:port]``).

    Exactly ``urllib.request.proxy_bypass_environment``, which botocore relies on: ``*`` alone
    excludes every host; otherwise each comma-separated entry, leading dots dropped and compared
    without regard to case, excludes the host equal to it or ending in ``.`` + it, with or
    without the URL's port (``example.com:8443`` excludes only that port, ``example.com`` any).
    IP addresses compare as text: ``10.0.0.1`` excludes that address, and there are no CIDR
    blocks (``10.0.0.0/8`` excludes nothing). IPv6 hosts compare with their brackets.
    """
    if no_proxy == "*":
        return True
    host = netloc.lower()
    hostonly = host
    colon = host.rfind(":")
    if colon >= 0:
        port = host[colon + 1 :]
        if not port or (port.isdigit() and port.isascii()):  # as urllib: "host:" too
            hostonly = host[:colon]
    for entry in no_proxy.split(","):
        name = entry.strip()
        if not name:
            continue
        name = name.lstrip(".").lower()
        if hostonly == name or host == name:
            return True
        suffix = "." + name
        if hostonly.endswith(suffix) or host.endswith(suffix):
            return True
    return False


# -- proxy URLs --------------------------------------------------------------------------------


def parse_proxy_url(url: str) -> Proxy:
    """The proxy a proxy URL names: ``[http|https://][user[:password]@]host[:port][/...]``.

    As botocore reads it: no scheme means ``http://`` (``//host`` too); the port defaults to 80
    for ``http`` and 443 for ``https``; a path is ignored; the host is compared without regard
    to case; user and password are percent-decoded and sent as ``Proxy-Authorization: Basic``
    when both are non-empty (botocore sends nothing for ``user@``, ``user:@`` or ``:pass@``).
    Credentials are encoded as UTF-8 (botocore accepts only ASCII). White space around the URL
    is dropped.

    Raises ``ConfigurationError`` naming the problem: an unsupported scheme (``socks5``, ...),
    no host, a bad port, spaces, control or non-ASCII characters, a ``/``, ``?`` or ``#`` left
    unencoded in the password. The message shows the URL as ``describe_proxy_url`` does, never
    the password.
    """
    text = url.strip(_SPACE)
    shown = describe_proxy_url(text)
    scheme, sep, rest = text.partition("://")
    if sep and _is_scheme(scheme):
        scheme = scheme.lower()
        if scheme not in _DEFAULT_PORTS:
            raise ConfigurationError(
                f"invalid proxy URL {shown}: unsupported scheme {scheme!r} "
                "(only http:// and https:// proxies are supported)"
            )
    elif text.startswith("//"):
        scheme, rest = "http", text[2:]
    elif text[:6].lower().startswith(("http:", "https:")):  # as botocore: "http:" is a scheme
        raise ConfigurationError(f"invalid proxy URL {shown}: expected http://host[:port]")
    else:
        scheme, rest = "http", text
    problem = unsendable(rest)
    if problem:
        raise ConfigurationError(f"invalid proxy URL {shown}: {problem}")
    authority = authority_of(rest)
    if "@" in rest[len(authority) :]:
        raise ConfigurationError(
            f"invalid proxy URL {shown}: a '/', '?' or '#' in the user name or password must "
            "be percent-encoded (%2F, %3F, %23)"
        )
    userinfo, at, hostport = authority.rpartition("@")
    try:
        host, port = host_and_port(hostport, default=_DEFAULT_PORTS[scheme])
    except InvalidUrl as exc:
        raise ConfigurationError(f"invalid proxy URL {shown}: {exc}") from None
    host = host.lower()
    username: str | None = None
    authorization: str | None = None
    if at:
        user, _, password = userinfo.partition(":")
        if user and password:
            authorization = _basic(_unquote(user) + b":" + _unquote(password))
        username = user or None
    return Proxy(scheme, host, port, username=username, authorization=authorization)


_SPACE = " \t\r\n\f\v"


def describe_proxy_url(url: str) -> str:
    """A proxy URL for a message: scheme, user name and host, the password replaced by
    ``***`` (``http://alice:***@proxy:3128``), no path; never raises.

    Whatever could be a password is masked even in a malformed URL: all after the first ``:``
    of the user information, and a "port" that is not a number.
    """
    text = url.strip(_SPACE)
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "", text
    at = rest.rfind("@")
    userinfo, hostpart = (rest[:at], rest[at + 1 :]) if at >= 0 else ("", rest)
    hostport = authority_of(hostpart)
    if not hostport.startswith("["):
        host, colon, port = hostport.partition(":")
        if colon and port and not (port.isdigit() and port.isascii()):
            hostport = f"{host}:{_MASK}"
    if at >= 0:
        user, colon, _ = userinfo.partition(":")
        user = authority_of(user)
        hostport = f"{user}:{_MASK}@{hostport}" if colon else f"{user}@{hostport}"
    shown = f"{scheme}{sep}{hostport}"
    return shown if shown.isprintable() else repr(shown)[1:-1]


def _is_scheme(text: str) -> bool:
    """RFC 3986: a letter, then letters, digits, ``+``, ``-`` or ``.``."""
    return (
        bool(text)
        and text.isascii()
        and text[0].isalpha()
        and text.replace("+", "a").replace("-", "a").replace(".", "a").isalnum()
    )


_HEX = frozenset("0123456789abcdefABCDEF")


def _unquote(text: str) -> bytes:
    """The bytes ASCII ``text`` percent-encodes (``p%40ss`` is ``p@ss``); a ``%`` not followed
    by two hex digits stays as it is, as ``urllib.parse.unquote`` leaves it."""
    if "%" not in text:
        return text.encode("ascii")
    out = bytearray()
    i, n = 0, len(text)
    while i < n:
        if text[i] == "%" and i + 2 < n and {text[i + 1], text[i + 2]} <= _HEX:
            out.append(int(text[i + 1 : i + 3], 16))
            i += 3
        else:
            out += text[i].encode("ascii")
            i += 1
    return bytes(out)


def _basic(credentials: bytes) -> str:
    import binascii  # the base64 module imports re

    return "Basic " + binascii.b2a_base64(credentials, newline=False).decode("ascii")


# -- through the proxy -------------------------------------------------------------------------


def absolute_target(origin: Origin, target: str) -> str:
    """The request target of an ``http://`` endpoint's request sent to a proxy (absolute
    form, RFC 9112 3.2.2): ``http://host[:port]/path?query``; ``Host`` stays the endpoint's.
    Send ``Proxy.headers`` with it."""
    return f"{origin.scheme}://{origin.host_header}{target}"


def connect_request(proxy: Proxy, host: str, port: int) -> bytes:
    """The bytes of ``CONNECT host:port HTTP/1.1`` asking ``proxy`` for a tunnel to
    ``host:port``: ``Host`` (the same authority), and ``Proxy-Authorization`` when the proxy
    URL has credentials. ``host`` is a host name or an IP address (IPv6 without brackets).

    Raises ``ValueError`` for a host or port that cannot be sent.
    """
    if not (is_host_name(host) or (":" in host and is_ipv6(host))):
        raise ValueError("the tunnel's host must be a host name or an IP address")
    if not 0 < port <= 65535:
        raise ValueError("the tunnel's port must be from 1 to 65535")
    authority = _authority(host, port)
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
    if proxy.authorization is not None:
        lines.append(f"Proxy-Authorization: {proxy.authorization}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


_TOKEN_CHARS = frozenset(  # of a token (RFC 9110 5.6.2), such as an authentication scheme
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


class ConnectResponseReader:
    """Reads the proxy's answer to ``CONNECT`` from the bytes given to ``feed``.

    ``feed`` returns True once the proxy has answered 2xx: the tunnel is open and every later
    byte is the endpoint's. Any other final status, a connection closed first (``eof``), or
    bytes that are not an HTTP/1.x response head raise ``ProxyError``.

    The head is read by ``typedaws_runtime.http1.take_head``, as strictly as every response head.
    Interim 1xx responses are skipped (101 is refused). A 2xx has no body (RFC 9110 9.3.6):
    bytes after its head, before the client spoke, are an error, since neither TLS nor HTTP
    lets the server speak first.

    ``url`` is the request's URL, which ``ProxyError`` carries as every transport error does.
    Once answered: ``status``, ``reason`` (as the proxy sent it) and ``headers`` (names in lower
    case, repeated fields joined by ", ").
    """

    __slots__ = ("_buf", "_proxy", "_scanned", "_url", "done", "headers", "reason", "status")

    def __init__(self, proxy: Proxy, *, url: str) -> None:
        self._proxy = proxy
        self._url = url
        self._buf = bytearray()
        self._scanned = 0
        self.status = 0
        self.reason = ""
        self.headers: dict[str, str] = {}
        self.done = False
        """True once the tunnel is open."""

    def feed(self, data: bytes) -> bool:
        """Take more bytes; True once the tunnel is open. Raises ``ProxyError``."""
        if self.done:
            if data:
                raise self._error("the proxy sent data through the tunnel before the client")
            return True
        buf = self._buf
        buf += data
        if buf and buf[0] in (0x15, 0x16) and not self._proxy.uses_tls:  # a TLS alert or record
            raise self._error(
                "its answer to CONNECT is not HTTP (it answered with TLS: is it an https:// proxy?)"
            )
        while True:
            try:
                head, self._scanned = take_head(buf, self._scanned)
            except ProtocolError as exc:
                raise self._error(f"its answer to CONNECT cannot be read: {exc}") from None
            if head is None:
                return False
            _, status, reason, headers = head
            if 100 <= status < 200 and status != 101:
                continue  # an interim response: the final one follows
            self.status, self.reason, self.headers = status, reason, headers
            if not 200 <= status < 300:
                raise self._refused(status, reason, headers)
            self.done = True
            if buf:
                raise self._error("the proxy sent data through the tunnel before the client")
            return True

    def eof(self) -> None:
        """The proxy closed the connection: ``ProxyError``, unless the tunnel was open."""
        if not self.done:
            raise self._error(
                "it closed the connection in the middle of its answer to CONNECT"
                if self._buf
                else "it closed the connection without answering CONNECT"
            )

    def _refused(self, status: int, reason: str, headers: Mapping[str, str]) -> ProxyError:
        shown = self._safe(reason)
        message = f"proxy {self._proxy} refused to open a tunnel: {status} {shown}".rstrip()
        if status == 407:
            offered = _challenge_schemes(headers.get("proxy-authenticate", ""))
            if offered and not any(s.lower() == "basic" for s in offered):
                names = ", ".join(self._safe(s) for s in offered)
                hint = f"the proxy asks for {names}; only Basic is supported"
            elif self._proxy.authorization is None:
                hint = "the proxy URL has no user name and password (http://user:pass@host)"
            else:
                hint = "check the user name and password in the proxy URL"
            message += f" (proxy authentication required: {hint})"
        return ProxyError(message, url=self._url, status=status)

    def _safe(self, text: str) -> str:
        """Text the proxy sent, for a message: printable ASCII, at most 80 characters, and
        never the credentials (a proxy might quote the header it refused)."""
        shown = "".join(c if " " <= c <= "~" else "?" for c in text)[:80]
        auth = self._proxy.authorization
        if auth is not None:
            shown = shown.replace(auth.removeprefix("Basic "), _MASK)
        return shown

    def _error(self, what: str) -> ProxyError:
        return ProxyError(f"proxy {self._proxy}: {what}", url=self._url, status=None)


def _challenge_schemes(value: str) -> list[str]:
    """The authentication schemes a ``Proxy-Authenticate`` value offers (``Basic``, ...)."""
    schemes: list[str] = []
    for piece in value.split(","):
        word = piece.strip(" \t").partition(" ")[0]
        if word and all(c in _TOKEN_CHARS for c in word):
            schemes.append(word)
    return schemes
