"""AWS Signature Version 4 for one request, with the standard library only.

Theory of operation. ``sign`` returns the headers to send, computed in the four steps of
SigV4, exactly as botocore's ``SigV4Auth`` computes them for the same request and time (a
differential test holds the two to the same output):

1. Canonical request: the method; the canonical URI (the URL's path as sent, dot segments and
   repeated slashes removed, then percent-encoded again, ``/`` and ``~`` kept); the canonical
   query (the URL's ``name=value`` pairs as sent, sorted); the canonical headers (every header
   but the hop-by-hop and tracing ones botocore leaves out, ``user-agent`` among them, names in
   lower case and sorted, values with runs of white space made one space, a name's repeated
   values joined by commas, ``host`` taken from the URL when the request has none, and the
   ``x-amz-date`` and ``x-amz-security-token`` headers this adds); the signed header names; the
   payload's SHA-256 (or the ``X-Amz-Content-SHA256`` header's value when there is one).
2. String to sign: the algorithm, the time, the scope (``date/region/service/aws4_request``),
   and the canonical request's SHA-256.
3. Signing key: HMAC-SHA256 chained from ``"AWS4" + secret`` over the date, Region, service
   and ``aws4_request``. It changes once a day, so it is kept per (secret, date, Region,
   service).
4. Signature: the hex HMAC of the string to sign under the signing key, sent in the
   ``Authorization`` header with the scope and the signed header names.

Nothing here logs: the canonical request and string to sign hold the session token.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["sign"]

_ALGORITHM = "AWS4-HMAC-SHA256"
_REPLACED = frozenset(("authorization", "x-amz-date", "x-amz-security-token"))
"""Headers each signature sets afresh: a retry's previous ones are dropped first."""
_UNSIGNED = frozenset(
    (
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    )
)
"""Headers a proxy or the HTTP library may change or drop on the way: never signed."""
_URI_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_keys: dict[tuple[str, str, str, str], bytes] = {}
"""Signing keys by (secret, date, Region, service): a few credentials over a few days."""
_MAX_KEYS = 32


def sign(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    access_key_id: str,
    secret_access_key: str,
    session_token: str | None,
    region: str,
    service: str,
    now: float | None = None,
) -> dict[str, str]:
    """``headers`` with a fresh signature: ``X-Amz-Date``, ``X-Amz-Security-Token`` (only with
    a session token) and ``Authorization``, any earlier ones dropped.

    ``url`` is the URL the request is sent to, as sent (a client's URLs were checked when it was
    made); ``now`` is the time in seconds since the epoch (default: the current time).
    """
    moment = time.gmtime(time.time() if now is None else now)
    amz_date = time.strftime("%Y%m%dT%H%M%SZ", moment)
    out = {name: value for name, value in headers.items() if name.lower() not in _REPLACED}
    if any(name.lower() == "date" for name in out):
        # As botocore: a request carrying ``Date`` is dated by it (rewritten to the signing
        # time), and gets no ``X-Amz-Date``.
        out = {name: value for name, value in out.items() if name.lower() != "date"}
        out["Date"] = _http_date(moment)
    else:
        out["X-Amz-Date"] = amz_date
    if session_token:
        out["X-Amz-Security-Token"] = session_token

    # 1. The canonical request.
    values: dict[str, list[str]] = {}
    for name, value in out.items():
        lower = name.lower()
        if lower not in _UNSIGNED:
            values.setdefault(lower, []).append(value)
    scheme, _, rest = url.partition("://")
    rest = rest.partition("#")[0]
    target_start = len(rest)
    for stop in "/?":
        found = rest.find(stop)
        if 0 <= found < target_start:
            target_start = found
    authority, target = rest[:target_start], rest[target_start:]
    path, _, query = target.partition("?")
    if "host" not in values:
        values["host"] = [_host(scheme.lower(), authority)]
    names = sorted(values)
    canonical_headers = "".join(
        f"{name}:{','.join(' '.join(v.split()) for v in values[name])}\n" for name in names
    )
    signed_headers = ";".join(sorted(name.strip() for name in names))
    checksum = values.get("x-amz-content-sha256")
    payload_hash = checksum[0] if checksum else hashlib.sha256(body).hexdigest()
    canonical_request = "\n".join(
        (
            method.upper(),
            _canonical_uri(path),
            _canonical_query(query),
            canonical_headers,
            signed_headers,
            payload_hash,
        )
    )

    # 2. The string to sign.
    date = amz_date[:8]
    scope = f"{date}/{region}/{service}/aws4_request"
    string_to_sign = (
        f"{_ALGORITHM}\n{amz_date}\n{scope}\n"
        + hashlib.sha256(canonical_request.encode()).hexdigest()
    )

    # 3. The signing key, and 4. the signature.
    cache_key = (secret_access_key, date, region, service)
    key = _keys.get(cache_key)
    if key is None:
        key = ("AWS4" + secret_access_key).encode()
        for part in (date, region, service, "aws4_request"):
            key = hmac.digest(key, part.encode(), "sha256")
        if len(_keys) >= _MAX_KEYS:
            _keys.clear()
        _keys[cache_key] = key
    signature = hmac.digest(key, string_to_sign.encode(), "sha256").hex()
    out["Authorization"] = (
        f"{_ALGORITHM} Credential={access_key_id}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )
    return out


def _host(scheme: str, authority: str) -> str:
    """The ``host`` signed when the request has no ``Host`` header: the URL's host in lower
    case (IPv6 in brackets, a zone id as given), with its port unless the scheme's default."""
    hostport = authority.rpartition("@")[2]
    if hostport.startswith("["):
        inside, _, after = hostport[1:].partition("]")
        address, percent, zone = inside.partition("%")
        host = f"[{address.lower()}{percent}{zone}]"
        port = after[1:] if after.startswith(":") else ""
    else:
        host, _, port = hostport.partition(":")
        host = host.lower()
    if port and int(port) != {"http": 80, "https": 443}.get(scheme):
        return f"{host}:{int(port)}"
    return host


def _canonical_uri(path: str) -> str:
    """``path`` without dot segments or empty segments, percent-encoded (``/`` and ``~``
    kept): what AWS services other than S3 expect."""
    if not path:
        return "/"
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    normal = "/".join(segments)
    if path[0] == "/":
        normal = "/" + normal
    if path[-1] == "/" and segments:
        normal += "/"
    if _URI_SAFE.issuperset(normal):
        return normal
    return "".join(
        chr(byte) if chr(byte) in _URI_SAFE else f"%{byte:02X}" for byte in normal.encode()
    )


def _canonical_query(query: str) -> str:
    """The query's ``name=value`` pairs sorted (by name, then value), each kept as sent."""
    if not query:
        return ""
    pairs = sorted(pair.partition("=")[::2] for pair in query.split("&"))
    return "&".join(f"{name}={value}" for name, value in pairs)


def _http_date(moment: time.struct_time) -> str:
    """``moment`` as ``email.utils.formatdate`` writes it (``Mon, 01 Jan 2024 00:00:00
    -0000``), the form botocore gives a ``Date`` header it signs."""
    return (
        f"{_DAYS[moment.tm_wday]}, {moment.tm_mday:02d} {_MONTHS[moment.tm_mon - 1]} "
        f"{moment.tm_year:04d} {moment.tm_hour:02d}:{moment.tm_min:02d}:{moment.tm_sec:02d} -0000"
    )
