"""What generated code tells the runtime about a service and each of its operations."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Generic, NamedTuple, TypeVar

from aws_runtime.errors import ServiceError

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")


# Named tuples rather than dataclasses: cheaper to create at import (see aws_runtime.http).


class OperationSpec(NamedTuple, Generic[RequestT, ResponseT]):
    """One operation: its name and the generated functions that handle its data."""

    name: str
    validate: Callable[[RequestT, str, list[str], bool], None]
    serialize: Callable[[RequestT], dict[str, object]]
    parse: Callable[[object, str], ResponseT]
    signed: bool
    """False for operations the model marks ``authtype: none``: never signed."""
    fill_secret_hash: Callable[[RequestT, str], RequestT] | None = None
    host_prefix: str | None = None
    """The endpoint trait's ``hostPrefix`` (``foo.{Label}.``): prepended to the endpoint's host,
    each ``{Label}`` replaced by the request's value for it."""
    host_labels: Callable[[RequestT], Mapping[str, str | None]] | None = None
    """Label -> the request member's value, for each label of ``host_prefix``."""


class PaginatorSpec(NamedTuple, Generic[RequestT, ResponseT, ItemT]):
    """A paginated operation: how to follow its token and where its items are.

    Pure data, like ``OperationSpec``; ``aws_runtime.paginate`` walks the pages with it.
    """

    operation: OperationSpec[RequestT, ResponseT]
    token_member: str
    """The output token's name in the model (``PaginationToken``), for error messages."""
    with_token: Callable[[RequestT, str | None], RequestT]
    """The request asking for the page after ``token`` (the first page when None)."""
    next_token: Callable[[ResponseT], str | None]
    """The token of the page after this one; None (or empty) on the last page."""
    items: Callable[[ResponseT], Sequence[ItemT]]
    """The items of one page (empty when the page has none)."""
    with_items: Callable[[ResponseT, Sequence[ItemT]], ResponseT]
    """The page with its items replaced (to cut the last page to ``max_items``)."""


class ServiceSpec(NamedTuple):
    name: str
    endpoint_prefix: str
    signing_name: str
    target_prefix: str
    json_version: str
    env_name: str
    """Suffix of ``AWS_ENDPOINT_URL_<env_name>``."""
    load_errors: Callable[[], tuple[type[ServiceError], Mapping[str, type[ServiceError]]]]
    """Imports the error classes on first need: (service base class, code -> class)."""
    load_endpoint_rules: (
        Callable[[], tuple[Mapping[str, object], Mapping[str, object] | None]] | None
    ) = None
    """Imports the endpoint rule set and partition data on first need; None: the service has
    none, and endpoints are built as ``https://<endpoint_prefix>.<region>.amazonaws.com``."""
    retryable_codes: frozenset[str] = frozenset()
    """Error codes this service wants retried beyond the standard throttling/transient ones."""
    non_retryable_codes: frozenset[str] = frozenset()
    """Error codes never retried for this service, even where AWS SDKs usually retry them."""
    query_compatible: bool = False
    """The service also speaks awsQuery (``awsQueryCompatible``): requests carry
    ``x-amzn-query-mode: true``, and error responses may name their awsQuery error code in
    ``x-amzn-query-error`` (``Code;Sender``)."""
