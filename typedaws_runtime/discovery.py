"""Endpoint discovery: operations the model marks ``endpointdiscovery`` are sent to an endpoint
the service names in answer to its discovery operation (``DescribeEndpoints``), cached for as
long as the answer says.

As botocore does by default (``endpoint_discovery_enabled`` unset, "auto"), only operations
that require it are discovered; ``endpoint_discovery_enabled=True`` discovers for those where
it is optional too, and ``False`` turns it off (operations that require it then raise
``EndpointDiscoveryError``). A client given an ``endpoint_url`` (or one configured for the
service) sends everything there and discovers nothing.
"""

from __future__ import annotations

import time

from typedaws_runtime.config import shared_config_value
from typedaws_runtime.errors import (
    ConfigurationError,
    EndpointDiscoveryError,
    SdkError,
    ServiceError,
)
from typedaws_runtime.http import HttpRequest
from typedaws_runtime.static_typing import TYPE_CHECKING, TypeVar, cast
from typedaws_runtime.urls import request_url

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from typedaws_runtime.operation import OperationSpec

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")

RETRY_FAILED_AFTER = 60.0
"""Seconds before a failed discovery is tried again (meanwhile a stale endpoint serves)."""


def resolve_enabled(given: bool | None, env: Mapping[str, str], profile: str | None) -> bool | None:
    """``endpoint_discovery_enabled``: True, False, or None for "auto" (the default)."""
    if given is not None:
        if not isinstance(cast(object, given), bool):
            raise ConfigurationError("endpoint_discovery_enabled must be True, False or None")
        return given
    source = "AWS_ENDPOINT_DISCOVERY_ENABLED"
    raw = env.get(source)
    if not raw:
        source = "endpoint_discovery_enabled in the shared config file"
        raw = shared_config_value(env, profile, "endpoint_discovery_enabled")
    value = (raw or "auto").strip().lower()
    if value not in ("true", "false", "auto"):
        raise ConfigurationError(f"{source} must be true, false or auto, not {raw!r}")
    return None if value == "auto" else value == "true"


class EndpointCache:
    """One client's discovered endpoint: its address, until when it holds, and until when not
    to ask again after a failed discovery. Calls from several threads may each discover once
    when it expires; the last answer is kept."""

    __slots__ = ("_clock", "_entry", "_failed_until", "enabled")

    def __init__(self, enabled: bool | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.enabled = enabled
        """True: discover where optional too; None ("auto"): only where required; False:
        never (operations that require it raise)."""
        self._clock = clock
        self._entry: tuple[str, float] | None = None
        self._failed_until = 0.0

    def wanted(self, spec: OperationSpec[RequestT, ResponseT]) -> bool:
        """Whether ``spec``'s calls go to a discovered endpoint."""
        return spec.endpoint_discovery is True or (
            spec.endpoint_discovery is False and self.enabled is True
        )

    def current(self) -> str | None:
        """The endpoint's URL while it holds; None when it must be discovered (again)."""
        entry = self._entry
        if entry is not None and self._clock() < entry[1]:
            return entry[0]
        return None

    def should_discover(self) -> bool:
        """False for a while after a failed discovery."""
        return self._clock() >= self._failed_until

    def stale(self) -> str | None:
        """The last endpoint discovered, expired or not."""
        return self._entry[0] if self._entry is not None else None

    def store(self, endpoints: Sequence[tuple[str, int]]) -> str | None:
        """Keep the first of ``endpoints`` (address, minutes); its URL, or None if none."""
        if not endpoints:
            return None
        address, minutes = endpoints[0]
        url = address if address.startswith(("http://", "https://")) else "https://" + address
        self._entry = (url, self._clock() + max(minutes, 0) * 60.0)
        self._failed_until = 0.0
        return url

    def failed(self) -> None:
        self._failed_until = self._clock() + RETRY_FAILED_AFTER

    def forget(self) -> None:
        """Drop the endpoint (the service said it is not one to use: HTTP 421 or
        ``InvalidEndpointException``); the next call discovers again."""
        self._entry = None


def refused(operation: str) -> EndpointDiscoveryError:
    return EndpointDiscoveryError(
        operation, "endpoint_discovery_enabled is False (pass True, or leave it unset)"
    )


def failed(operation: str) -> EndpointDiscoveryError:
    return EndpointDiscoveryError(
        operation, "the discovery call failed, or named no endpoint, and none is known"
    )


def invalid_endpoint(error: SdkError) -> bool:
    """Whether ``error`` says the endpoint must be discovered again (HTTP 421, or the code
    ``InvalidEndpointException``), as botocore reads it."""
    return isinstance(error, ServiceError) and (
        error.status_code == 421 or error.code == "InvalidEndpointException"
    )


def at(http_request: HttpRequest, endpoint: str) -> HttpRequest:
    """``http_request`` sent to ``endpoint`` instead."""
    return HttpRequest(
        http_request.method,
        request_url(endpoint),
        http_request.headers,
        http_request.body,
        http_request.timeouts,
    )
