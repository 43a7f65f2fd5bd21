"""Request compression: the bodies of operations the model marks ``requestcompression`` are
gzipped when they are large enough, as botocore does (its options and settings, same names).

The body is compressed before it is signed, so the signature covers what is sent.
"""

from __future__ import annotations

from typedaws_runtime.config import flag_setting, shared_config_value
from typedaws_runtime.errors import ConfigurationError
from typedaws_runtime.http import HttpRequest
from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import Mapping

DEFAULT_MIN_COMPRESSION_SIZE = 10240
"""Bodies smaller than this many bytes are sent as they are (botocore's default)."""

MAX_MIN_COMPRESSION_SIZE = 10485760
"""The largest ``request_min_compression_size_bytes`` allowed (10 MiB, as the AWS SDKs'
shared settings specify)."""

_LEVEL = 6
"""zlib's default level: nearly the size of level 9, in a fraction of the time."""


def _disabled(given: bool | None, env: Mapping[str, str], profile: str | None) -> bool:
    """``disable_request_compression``: given, else the environment, else the profile."""
    if given is not None and not isinstance(cast(object, given), bool):
        raise ConfigurationError("disable_request_compression must be True or False")
    return flag_setting(
        given, env, profile, "AWS_DISABLE_REQUEST_COMPRESSION", "disable_request_compression"
    )


def _min_size(given: int | None, env: Mapping[str, str], profile: str | None) -> int:
    """``request_min_compression_size_bytes``: given, else the environment, else the
    profile, else the default; checked whatever its source."""
    value: object = given
    source = "request_min_compression_size_bytes"
    if given is None:
        raw = env.get("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")
        source = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"
        if not raw:
            raw = shared_config_value(env, profile, "request_min_compression_size_bytes")
            source = "request_min_compression_size_bytes in the shared config file"
        if not raw:
            return DEFAULT_MIN_COMPRESSION_SIZE
        try:
            value = int(raw.strip())
        except ValueError:
            value = raw
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or not 0 <= value <= MAX_MIN_COMPRESSION_SIZE
    ):
        raise ConfigurationError(
            f"{source} must be an integer from 0 to {MAX_MIN_COMPRESSION_SIZE}, not {value!r}"
        )
    return value


def resolve_min_size(
    min_size: int | None, disabled: bool | None, env: Mapping[str, str], profile: str | None
) -> int | None:
    """The smallest body (in bytes) to compress, or None when compression is turned off.

    Raises ``ConfigurationError`` for a value out of range, whether given or configured.
    """
    size = _min_size(min_size, env, profile)
    return None if _disabled(disabled, env, profile) else size


def gzip_request(request: HttpRequest) -> HttpRequest:
    """``request`` with its body gzipped, ``Content-Encoding: gzip`` and the new length."""
    import zlib  # only operations that compress need it

    body = zlib.compress(request.body, _LEVEL, wbits=31)  # 31: the gzip format, mtime 0
    headers = dict(request.headers)
    encoding = headers.get("Content-Encoding")
    headers["Content-Encoding"] = "gzip" if not encoding else f"{encoding},gzip"
    headers["Content-Length"] = str(len(body))
    return HttpRequest(request.method, request.url, headers, body, request.timeouts)
