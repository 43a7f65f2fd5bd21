"""The intermediate representation: what the generated package contains, as frozen dataclasses.

Pure data: names, places and model facts, decided by ``build``. Writing code from it is the
emitters' work (``codegen.emit``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from codegen.model import Provenance as Provenance  # the IR's, as the pinned model's
from codegen.overrides import SecretHashMap

if TYPE_CHECKING:
    from codegen.ir_waiters import Waiter  # its nodes name the classes of this module

# --------------------------------------------------------------------------------------------
# Shapes


@dataclass(frozen=True, kw_only=True)
class Shape:
    """A model shape as the generated code sees it."""

    name: str


@dataclass(frozen=True, kw_only=True)
class StringShape(Shape):
    min_len: int | None = None
    max_len: int | None = None


@dataclass(frozen=True, kw_only=True)
class EnumShape(Shape):
    """A string shape with a closed list of values; unknown values arrive as ``Unmodelled``."""

    module: str
    class_name: str
    values: tuple[tuple[str, str], ...]
    """(Python member name, wire value)."""
    value_alias: str
    """The name of the ``Literal`` type alias of the values, defined beside the class."""
    documentation: str
    min_len: int | None = None
    max_len: int | None = None


@dataclass(frozen=True, kw_only=True)
class IntegerShape(Shape):
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True, kw_only=True)
class FloatShape(Shape):
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True, kw_only=True)
class BooleanShape(Shape):
    pass


@dataclass(frozen=True, kw_only=True)
class TimestampShape(Shape):
    timestamp_format: str = "unixTimestamp"


@dataclass(frozen=True, kw_only=True)
class BlobShape(Shape):
    min_len: int | None = None
    max_len: int | None = None


@dataclass(frozen=True, kw_only=True)
class DocumentShape(Shape):
    """An open JSON value."""


@dataclass(frozen=True, kw_only=True)
class ListShape(Shape):
    member: Shape
    sparse: bool = False
    min_len: int | None = None
    max_len: int | None = None


@dataclass(frozen=True, kw_only=True)
class MapShape(Shape):
    key: Shape
    value: Shape
    sparse: bool = False
    min_len: int | None = None
    max_len: int | None = None


@dataclass(frozen=True, kw_only=True)
class StructRef(Shape):
    """A reference to a structure defined in some generated module (recursion-safe)."""

    module: str
    class_name: str


@dataclass(frozen=True, kw_only=True)
class Member:
    """One member of a structure."""

    wire_name: str
    attr: str
    shape: Shape
    required: bool
    sensitive: bool
    documentation: str
    idempotency_token: bool = False
    """An optional string the model marks ``idempotencyToken``: a UUID4 is sent when unset."""


@dataclass(frozen=True, kw_only=True)
class Structure:
    """A structure: rendered as a keyword-only dataclass, or as an exception class."""

    name: str
    module: str
    class_name: str
    members: tuple[Member, ...]
    documentation: str
    is_error: bool = False
    error_codes: tuple[str, ...] = ()
    is_union: bool = False
    used_in_input: bool = False
    used_in_output: bool = False

    @property
    def output_types(self) -> bool:
        """Whether container fields are typed as the concrete ``list``/``dict`` of responses."""
        return self.used_in_output and not self.used_in_input

    def ordered_members(self) -> tuple[Member, ...]:
        """Required members first, each group in model order: the order of the fields."""
        return tuple(m for m in self.members if m.required) + tuple(
            m for m in self.members if not m.required
        )


# --------------------------------------------------------------------------------------------
# Operations, modules and the service


@dataclass(frozen=True, kw_only=True)
class MapSecretHash:
    """A request's map member that carries the secret hash as an entry: the overrides' rule,
    and the request's members it names."""

    rule: SecretHashMap
    member: Member
    """The map member (string keys and values)."""
    client_id: Member
    """The request member with the client id the hash is computed from."""


@dataclass(frozen=True, kw_only=True)
class Operation:
    name: str
    method: str
    module: str
    documentation: str
    input: Structure | None
    output: Structure | None
    errors: tuple[Structure, ...]
    signed: bool
    deprecated: bool = False
    secret_hash: tuple[Member, Member, Member] | None = None
    """(SecretHash, user name, client id) members, when the client secret can fill SecretHash."""
    secret_hash_maps: tuple[MapSecretHash, ...] = ()
    """Map members of the request where the client secret can fill the secret hash entry."""
    paginator: Paginator | None = None
    """How to page through the operation's results, when ``paginators-1.json`` says."""
    host_prefix: str | None = None
    """The endpoint trait's ``hostPrefix`` (``foo.{Label}.``), prepended to the endpoint's host."""
    host_labels: tuple[tuple[str, Member], ...] = ()
    """(placeholder, request member marked ``hostLabel``) for each ``{...}`` of the prefix."""
    request_compression: bool = False
    """The model's ``requestcompression`` trait lists gzip: large request bodies are gzipped."""
    endpoint_discovery: bool | None = None
    """The ``endpointdiscovery`` trait: True where required, False where optional, else None."""
    endpoint_params: tuple[tuple[str, str | bool], ...] = ()
    """(endpoint rule set parameter, constant) the operation always gives: its
    ``staticContextParams``."""
    endpoint_context: tuple[tuple[str, Member], ...] = ()
    """(endpoint rule set parameter, request member) for each member marked ``contextParam``:
    the endpoint depends on the request's value."""

    @property
    def fills_secret_hash(self) -> bool:
        """Whether the client secret fills a member or a map entry of the request."""
        return self.secret_hash is not None or bool(self.secret_hash_maps)

    @property
    def module_leaf(self) -> str:
        """The module's own name in its package: ``confirm_sign_up``."""
        return self.module.rpartition(".")[2]

    def params(self) -> tuple[Member, ...]:
        """The client method's keyword arguments: the request's members, required first."""
        return self.input.ordered_members() if self.input is not None else ()


@dataclass(frozen=True, kw_only=True)
class UnsupportedOperation:
    """An operation the client cannot call (an event stream): its method only raises
    ``UnsupportedOperationError``, saying why; none of its shapes are generated."""

    name: str
    method: str
    documentation: str
    reason: str
    """Why, as a clause: ``its response is an event stream (...), which ...``."""


@dataclass(frozen=True, kw_only=True)
class EndpointDiscovery:
    """The service's endpoint discovery operation (``endpointoperation``) and where its
    response holds the endpoints (``Endpoints[].Address``, ``CachePeriodInMinutes``)."""

    operation: Operation
    endpoints: Member
    address: Member
    cache_minutes: Member


@dataclass(frozen=True, kw_only=True)
class Paginator:
    """A paginated operation, from ``paginators-1.json``: its token, page size and items.

    The client gets a ``paginate_<operation>`` method; the operation's module gets the
    functions that read the items and the next token of a page and the ``PAGINATOR`` spec
    the runtime walks the pages with.
    """

    operation: str
    """The operation's model name (``ListUsers``)."""
    operation_method: str
    """The client method of the operation itself (``list_users``)."""
    method: str
    """The client method that paginates (``paginate_list_users``)."""
    request: Structure
    response: Structure
    input_token: Member
    output_token: Member
    result: Member | None
    """The response's list member whose items ``items()`` yields; None when the model names
    several result members or one that is not a top-level list: pages only."""
    more_results: Member | None = None
    """The response's boolean member that is false on the last page (``more_results``)."""
    limit: Member | None
    """The request member the page size is sent as, when the operation has one."""
    limit_default: int | None = None
    """The page size sent when the caller gives none: set only when the service requires it."""
    params: tuple[Member, ...]
    """The operation's arguments the caller still gives: all but the token and the limit."""

    CONTROLS = ("page_size", "max_items", "starting_token")
    """Names of the arguments every paginate method adds."""


@dataclass(frozen=True, kw_only=True)
class Module:
    """One generated module that holds shapes (an operation's, or shared ones)."""

    path: str
    structures: tuple[Structure, ...]
    enums: tuple[EnumShape, ...]
    operation: Operation | None = None

    @property
    def file(self) -> str:
        return self.path.replace(".", "/") + ".py"


@dataclass(frozen=True, kw_only=True)
class Service:
    package: str
    service_name: str
    """The endpoint prefix, e.g. ``cognito-idp``."""
    full_name: str
    service_id: str
    """The model's ``serviceId`` (``Cognito Identity Provider``): what tracing calls it."""
    client_class: str
    async_client_class: str
    error_base: str
    target_prefix: str
    json_version: str
    signing_name: str
    env_name: str
    documentation: str
    operations: tuple[Operation, ...]
    modules: tuple[Module, ...]
    errors: tuple[Structure, ...]
    provenance: Provenance
    retryable_codes: tuple[str, ...] = ()
    non_retryable_codes: tuple[str, ...] = ()
    query_compatible: bool = False
    """The model's metadata has ``awsQueryCompatible``: send ``x-amzn-query-mode``, and read
    error codes from ``x-amzn-query-error``."""
    endpoint_rules: Mapping[str, object] | None = None
    """The endpoint rule set (``endpoint-rule-set-1.json``), emitted as ``_endpoint_rules``."""
    partitions: Mapping[str, object] | None = None
    """botocore's partition data, which the rule set's ``aws.partition`` reads."""
    extensions: tuple[tuple[str, str], ...] = ()
    """(submodule, hand-written package) pairs re-exported by the package (see overrides)."""
    omitted_paginators: tuple[tuple[str, str], ...] = ()
    """(operation, why) for each paginator of the model the SDK does not generate."""
    unsupported: tuple[UnsupportedOperation, ...] = ()
    """Operations of the model left out of the clients, each with a method that says why."""
    endpoint_discovery: EndpointDiscovery | None = None
    """How the client discovers endpoints, for services where some operation requires it."""
    waiters: tuple[Waiter, ...] = ()
    """The waiters of ``waiters-2.json`` whose operation the clients have (``ir_waiters``)."""

    def model_modules(self) -> frozenset[str]:
        """The modules whose classes ``<package>.models`` re-exports."""
        return frozenset(m.path for m in self.modules)

    def exported_models(self) -> list[tuple[str, str]]:
        """(name, module) of every class ``<package>.models`` re-exports, and of the ``Literal``
        alias of each enum's values, sorted by name."""
        names = [(s.class_name, m.path) for m in self.modules for s in m.structures]
        names += [(e.class_name, m.path) for m in self.modules for e in m.enums]
        names += [(e.value_alias, m.path) for m in self.modules for e in m.enums]
        return sorted(names)
