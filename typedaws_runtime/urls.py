"""Endpoint URLs: checked once when a client is made, split once per URL by the transports.

An ``endpoint_url`` keeps its path and query as botocore keeps them (``request_url``), and is
refused when it could not be sent as given: user information (a password in a URL ends up in
logs), spaces, control or non-ASCII characters (they would reach the request line), or a
malformed host. Messages name the problem and never repeat a URL that holds user information.

String methods rather than ``urllib.parse`` or regular expressions: this runs at every client's
creation, which must not import ``re`` (see the import budget in ``typedaws_runtime``).
"""

from __future__ import annotations

from typedaws_runtime.errors import ConnectionFailedError


def is_host_label(text: str) -> bool:
    """One DNS label: 1 to 63 ASCII letters, digits and hyphens, no hyphen first or last."""
    return (
        0 < len(text) <= 63
        and text.isascii()
        and text[0] != "-"
        and text[-1] != "-"
        and text.replace("-", "a").isalnum()
    )


class Origin(tuple[str, str, int, str]):
    """Where a URL's requests go: one pool of connections per origin (a dict key).

    A tuple, for hashing and comparing at C speed; not a named tuple, which needs ``typing``.
    """

    __slots__ = ()

    def __new__(cls, scheme: str, host: str, port: int, host_header: str) -> Origin:
        return super().__new__(cls, (scheme, host, port, host_header))

    @property
    def scheme(self) -> str:
        return self[0]

    @property
    def host(self) -> str:
        """Host name or address, without IPv6 brackets."""
        return self[1]

    @property
    def port(self) -> int:
        return self[2]

    @property
    def host_header(self) -> str:
        return self[3]

    def __repr__(self) -> str:
        scheme, host, port, host_header = self
        return f"Origin({scheme=!r}, {host=!r}, {port=!r}, {host_header=!r})"


class InvalidUrl(ValueError):
    """A URL that cannot be sent as given; the message never shows user information."""


def split_url(url: str) -> tuple[Origin, str]:
    """The origin of an ``http``/``https`` URL and its request target (path and query).

    The fragment is dropped (it is never sent). Raises ``InvalidUrl`` for anything the request
    line or ``Host`` header could not carry as given.
    """
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        raise InvalidUrl(f"not an http:// or https:// URL: {_shown(url)}")
    scheme = scheme.lower()
    rest = rest.partition("#")[0]
    authority = authority_of(rest)
    target = rest[len(authority) :]
    if "@" in authority:
        raise InvalidUrl("URL holds user information (user:password@): not allowed here")
    problem = unsendable(rest)
    if problem:
        raise InvalidUrl(f"URL {problem}: {_shown(url)}")
    if target.startswith("?"):
        target = "/" + target
    default = 443 if scheme == "https" else 80
    try:
        host, port = host_and_port(authority, default=default)
    except InvalidUrl as exc:
        raise InvalidUrl(f"URL with {exc}: {_shown(url)}") from None
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port == default else f"{shown}:{port}"
    return Origin(scheme, host, port, host_header), target or "/"


def unsendable(text: str) -> str | None:
    """Why ``text`` (a URL after its scheme) cannot be sent as is, or None."""
    if text.isascii() and text.isprintable() and " " not in text:
        return None
    for char in text:
        if char == " ":
            return "contains a space (percent-encode it as %20)"
        if not char.isascii():
            return "contains a non-ASCII character (percent-encode it, or use the IDNA host name)"
        if not char.isprintable():
            return f"contains a control character ({char!r})"
    return None  # pragma: no cover - one of the three above is always found


def host_and_port(hostport: str, *, default: int) -> tuple[str, int]:
    """The host (IPv6 without brackets) and port of ``host[:port]`` or ``[ipv6][:port]``;
    ``default`` without a port, or with an empty one (as ``urllib.parse`` reads ``host:``).
    Raises ``InvalidUrl`` saying what is wrong (not showing it)."""
    if hostport.startswith("["):
        host, bracket, after = hostport[1:].partition("]")
        if not bracket or not is_ipv6(host):
            raise InvalidUrl("malformed IPv6 address")
        if after and not after.startswith(":"):
            raise InvalidUrl("malformed host")
        port_text = after[1:]
    else:
        host, _, port_text = hostport.partition(":")
        if not host:
            raise InvalidUrl("no host")
        if not is_host_name(host):
            raise InvalidUrl("malformed host")
    if not port_text:
        return host, default
    if not (port_text.isdigit() and port_text.isascii()) or not 0 < int(port_text) <= 65535:
        raise InvalidUrl("invalid port (a number from 1 to 65535)")
    return host, int(port_text)


def is_host_name(host: str) -> bool:
    """A DNS name or IPv4 address: dot-separated labels of letters, digits, ``-`` and ``_``
    (underscores appear in container and service-discovery names), an optional final dot."""
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    return all(
        0 < len(label) <= 63
        and label[0] != "-"
        and label[-1] != "-"
        and label.replace("-", "a").replace("_", "a").isalnum()
        for label in labels
    )


def is_ipv6(text: str) -> bool:
    import socket  # here: only a bracketed host needs it

    try:
        socket.inet_pton(socket.AF_INET6, text.partition("%")[0])  # a zone id is not parsed
    except (OSError, ValueError):
        return False
    return True


def authority_of(rest: str) -> str:
    """The authority (``[user@]host[:port]``) at the start of ``rest``, a URL after its
    ``://``: up to the first ``/``, ``?`` or ``#`` (``urllib.parse``'s netloc)."""
    end = len(rest)
    for stop in "/?#":
        found = rest.find(stop)
        if 0 <= found < end:
            end = found
    return rest[:end]


def _shown(url: str) -> str:
    """``url`` for a message: ``repr`` (control characters escaped), unless it may hold user
    information, which is never shown."""
    authority = url.partition("://")[2].partition("/")[0]
    return "(not shown: it holds user information)" if "@" in authority else repr(url)


def request_url(endpoint_url: str, host_prefix: str = "") -> str:
    """The URL a request of a ``POST /`` operation goes to, as botocore builds it: the
    endpoint's path and query kept as given (only an empty path becomes ``/``), and
    ``host_prefix`` before its host."""
    scheme, sep, rest = endpoint_url.partition("://")
    authority = authority_of(rest)
    after = rest[len(authority) :]
    if not after.startswith("/"):
        after = "/" + after
    return f"{scheme}{sep}{host_prefix}{authority}{after}"


class Routes:
    """Each URL a transport sends to, split once: its origin and request target."""

    __slots__ = ("_known",)

    MAX: int = 64
    """URLs remembered; any further ones are split on every request."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Origin, str]] = {}

    def __call__(self, url: str) -> tuple[Origin, str]:
        route = self._known.get(url)
        if route is None:
            try:
                route = split_url(url)
            except InvalidUrl as exc:
                raise ConnectionFailedError(str(exc), url=_shown(url)) from None
            if len(self._known) < self.MAX:
                self._known[url] = route
        return route
