"""What generated code tells the runtime about a service and each of its operations."""

from __future__ import annotations

from typedaws_runtime.static_typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import Any

    from typedaws_runtime.errors import ServiceError

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")


# Plain slotted classes, keyword-only: each generated operation module makes one at import (the
# reason is given in typedaws_runtime.http).


class OperationSpec(Generic[RequestT, ResponseT]):
    """One operation: its name and the generated functions that handle its data."""

    __slots__ = (
        "compress_request",
        "endpoint_context",
        "endpoint_discovery",
        "endpoint_params",
        "fill_secret_hash",
        "host_labels",
        "host_prefix",
        "name",
        "parse",
        "secrets",
        "serialize",
        "signed",
        "validate",
    )

    def __init__(
        self,
        *,
        name: str,
        validate: Callable[[RequestT, str, list[str], bool], None],
        serialize: Callable[[RequestT], str],
        parse: Callable[[object, str], ResponseT],
        signed: bool,
        secrets: Callable[[RequestT, list[object]], None] | None = None,
        fill_secret_hash: Callable[[RequestT, str], RequestT] | None = None,
        host_prefix: str | None = None,
        host_labels: Callable[[RequestT], Mapping[str, str | None]] | None = None,
        compress_request: bool = False,
        endpoint_discovery: bool | None = None,
        endpoint_params: Mapping[str, str | bool] | None = None,
        endpoint_context: Callable[[RequestT], Mapping[str, object]] | None = None,
    ) -> None:
        self.name = name
        self.validate = validate
        self.serialize = serialize
        """Writes the request's JSON text."""
        self.parse = parse
        self.signed = signed
        """False for operations the model marks ``authtype: none``: never signed."""
        self.secrets = secrets
        """Appends the request's sensitive values (at any depth) to a list; None: no input."""
        self.fill_secret_hash = fill_secret_hash
        self.host_prefix = host_prefix
        """The endpoint trait's ``hostPrefix`` (``foo.{Label}.``): prepended to the endpoint's
        host, each ``{Label}`` replaced by the request's value for it."""
        self.host_labels = host_labels
        """Label -> the request member's value, for each label of ``host_prefix``."""
        self.compress_request = compress_request
        """The model's ``requestcompression`` trait lists gzip: a large body is gzipped."""
        self.endpoint_discovery = endpoint_discovery
        """The ``endpointdiscovery`` trait: True where the operation must go to a discovered
        endpoint, False where it may, None where it has none."""
        if endpoint_context is not None and endpoint_params is None:
            endpoint_params = {}
        self.endpoint_params = endpoint_params
        """The endpoint rule set parameters the operation always gives (``staticContextParams``);
        None where it gives none and has no ``endpoint_context``, so its calls go to the
        client's endpoint (the one check each call makes)."""
        self.endpoint_context = endpoint_context
        """Parameter -> the request's value (None: unset), for each request member marked
        ``contextParam``: the endpoint is resolved per call with them."""

    def __repr__(self) -> str:
        return f"OperationSpec(name={self.name!r})"


class PaginatorSpec(Generic[RequestT, ResponseT, ItemT]):
    """A paginated operation: how to follow its token and where its items are.

    Pure data, like ``OperationSpec``; ``typedaws_runtime.paginate`` walks the pages with it.
    """

    __slots__ = ("items", "next_token", "operation", "token_member", "with_items", "with_token")

    def __init__(
        self,
        *,
        operation: OperationSpec[RequestT, ResponseT],
        token_member: str,
        with_token: Callable[[RequestT, str | None], RequestT],
        next_token: Callable[[ResponseT], str | None],
        items: Callable[[ResponseT], Sequence[ItemT]] | None = None,
        with_items: Callable[[ResponseT, Sequence[ItemT]], ResponseT] | None = None,
    ) -> None:
        self.operation = operation
        self.token_member = token_member
        """The output token's name in the model (``PaginationToken``), for error messages."""
        self.with_token = with_token
        """The request asking for the page after ``token`` (the first page when None)."""
        self.next_token = next_token
        """The token of the page after this one; None (or empty) on the last page."""
        self.items = items
        """The items of one page (empty when the page has none); None when the pages have no
        single list of results (a ``PagePaginator``'s)."""
        self.with_items = with_items
        """The page with its items replaced (to cut the last page to ``max_items``)."""

    def __repr__(self) -> str:
        return f"PaginatorSpec(operation={self.operation!r})"


class ServiceSpec:
    """A service: its names, where its errors and endpoint rules are, how it retries."""

    __slots__ = (
        "content_type",
        "endpoint_prefix",
        "env_name",
        "json_version",
        "load_endpoint_discovery",
        "load_endpoint_rules",
        "load_errors",
        "name",
        "non_retryable_codes",
        "query_compatible",
        "retryable_codes",
        "service_id",
        "signing_name",
        "target_prefix",
        "user_agent",
    )

    def __init__(
        self,
        *,
        name: str,
        service_id: str,
        endpoint_prefix: str,
        signing_name: str,
        target_prefix: str,
        json_version: str,
        env_name: str,
        user_agent: str,
        load_errors: Callable[[], tuple[type[ServiceError], Mapping[str, type[ServiceError]]]],
        load_endpoint_rules: (
            Callable[[], tuple[Mapping[str, object], Mapping[str, object] | None]] | None
        ) = None,
        retryable_codes: frozenset[str] = frozenset(),
        non_retryable_codes: frozenset[str] = frozenset(),
        query_compatible: bool = False,
        load_endpoint_discovery: Callable[[], EndpointDiscoverySpec[Any, Any]] | None = None,
    ) -> None:
        self.name = name
        self.service_id = service_id
        """The model's ``serviceId`` (``Cognito Identity Provider``), as tracing names it."""
        self.endpoint_prefix = endpoint_prefix
        self.signing_name = signing_name
        self.target_prefix = target_prefix
        self.json_version = json_version
        self.content_type = f"application/x-amz-json-{json_version}"
        """The ``Content-Type`` of its requests."""
        self.env_name = env_name
        """Suffix of ``AWS_ENDPOINT_URL_<env_name>``."""
        self.user_agent = user_agent
        """The SDK's product token in ``User-Agent``: ``<distribution>/<version>``."""
        self.load_errors = load_errors
        """Imports the error classes on first need, and gives them on every call after:
        (service base class, code -> class)."""
        self.load_endpoint_rules = load_endpoint_rules
        """Imports the endpoint rule set and partition data on first need; None: the service
        has none, and endpoints are built as ``https://<endpoint_prefix>.<region>.amazonaws.com``.
        """
        self.retryable_codes = retryable_codes
        """Error codes this service wants retried beyond the standard throttling/transient
        ones."""
        self.non_retryable_codes = non_retryable_codes
        """Error codes never retried for this service, even where AWS SDKs usually retry them."""
        self.query_compatible = query_compatible
        """The service also speaks awsQuery (``awsQueryCompatible``): requests carry
        ``x-amzn-query-mode: true``, and error responses may name their awsQuery error code in
        ``x-amzn-query-error`` (``Code;Sender``)."""
        self.load_endpoint_discovery = load_endpoint_discovery
        """Imports the endpoint discovery operation on first need; None: the service has no
        operation that uses endpoint discovery."""

    def __repr__(self) -> str:
        return f"ServiceSpec(name={self.name!r})"


class EndpointDiscoverySpec(Generic[RequestT, ResponseT]):
    """The service's endpoint discovery operation: the request that asks for the endpoints,
    and where its response holds them."""

    __slots__ = ("endpoints", "operation", "request")

    def __init__(
        self,
        *,
        operation: OperationSpec[RequestT, ResponseT],
        request: RequestT,
        endpoints: Callable[[ResponseT], Sequence[tuple[str, int]]],
    ) -> None:
        self.operation = operation
        self.request = request
        self.endpoints = endpoints
        """(address, minutes it may be cached) of each endpoint of a response."""

    def __repr__(self) -> str:
        return f"EndpointDiscoverySpec(operation={self.operation!r})"
