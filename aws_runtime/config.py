"""Client configuration resolved the way AWS SDKs do: arguments, then environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from aws_runtime.errors import ConfigurationError
from aws_runtime.operation import ServiceSpec

_HOST_LABEL = re.compile(r"^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")

DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 30.0
DEFAULT_MAX_ATTEMPTS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientMeta:
    """What the client resolved, as boto3's ``client.meta`` shows it."""

    region_name: str | None
    endpoint_url: str
    service_name: str


def resolve_region(region: str | None, env: Mapping[str, str]) -> str | None:
    for candidate in (region, env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION")):
        if candidate:
            if not _HOST_LABEL.match(candidate):
                raise ConfigurationError(f"invalid region {candidate!r}: not a valid host label")
            return candidate
    return None


def resolve_endpoint(
    service: ServiceSpec,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips_endpoint: bool,
    use_dualstack_endpoint: bool,
    env: Mapping[str, str],
) -> str:
    """The endpoint URL: explicit, from the environment, or the service's regional one."""
    url = (
        endpoint_url
        or env.get(f"AWS_ENDPOINT_URL_{service.env_name}")
        or env.get("AWS_ENDPOINT_URL")
    )
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigurationError(f"invalid endpoint_url {url!r}: expected http(s)://host")
        return url.rstrip("/")
    if region is None:
        raise ConfigurationError(
            "no region: pass region=..., or set AWS_REGION or AWS_DEFAULT_REGION"
        )
    prefix = service.endpoint_prefix + ("-fips" if use_fips_endpoint else "")
    domain = "api.aws" if use_dualstack_endpoint else "amazonaws.com"
    return f"https://{prefix}.{region}.{domain}"


def environ() -> Mapping[str, str]:
    return os.environ
