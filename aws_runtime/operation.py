"""What generated code tells the runtime about a service and each of its operations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from aws_runtime.errors import ServiceError

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")


@dataclass(frozen=True, slots=True, kw_only=True)
class OperationSpec(Generic[RequestT, ResponseT]):
    """One operation: its name and the generated functions that handle its data."""

    name: str
    validate: Callable[[RequestT, str, list[str], bool], None]
    serialize: Callable[[RequestT], dict[str, object]]
    parse: Callable[[object, str], ResponseT]
    signed: bool
    """False for operations the model marks ``authtype: none``: never signed."""
    fill_secret_hash: Callable[[RequestT, str], RequestT] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceSpec:
    name: str
    endpoint_prefix: str
    signing_name: str
    target_prefix: str
    json_version: str
    env_name: str
    """Suffix of ``AWS_ENDPOINT_URL_<env_name>``."""
    load_errors: Callable[[], tuple[type[ServiceError], Mapping[str, type[ServiceError]]]]
    """Imports the error classes on first need: (service base class, code -> class)."""
    retryable_codes: frozenset[str] = frozenset()
    """Error codes this service wants retried beyond the standard throttling/transient ones."""
    non_retryable_codes: frozenset[str] = frozenset()
    """Error codes never retried for this service, even where AWS SDKs usually retry them."""
