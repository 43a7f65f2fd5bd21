"""A typed view of a botocore service model (``service-2.json``), read once.

The builder (model -> IR) and the model diff (``diff.py``) both read models through this
view: shapes, members and operations as frozen dataclasses, and ``reach``, the one answer to
"which shapes does the SDK generate, and which way does each travel".

botocore's own ``botocore.model`` reads the same JSON, but it ships no type information, so
every use would be an untyped attribute; this loader reads only what the generator uses.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

JsonObject = Mapping[str, object]


class ModelError(ValueError):
    """The service model is not one the generator can read."""


class Direction(enum.Enum):
    """Which way values of a shape travel: built by callers, or read by them."""

    INPUT = "input"
    OUTPUT = "output"


ERRORS_USER = "errors"
"""The user ``reach`` records for shapes reached from error shapes, beside operation names."""


# -- reading JSON values ----------------------------------------------------------------------


def _obj(value: object, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise ModelError(f"{what}: expected an object")
    return cast(JsonObject, value)


def _list(value: object, what: str) -> list[object]:
    if not isinstance(value, list):
        raise ModelError(f"{what}: expected a list")
    return cast(list[object], value)


def _str(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: object) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _target(ref: object, what: str) -> str:
    """The shape a reference (``{"shape": ...}``) points to."""
    name = _obj(ref, what).get("shape")
    if not isinstance(name, str):
        raise ModelError(f"{what}: expected a shape name")
    return name


# -- the view ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class MemberModel:
    """One member of a structure shape, as the model declares it."""

    name: str
    """The member's name in the model, which is its name on the wire."""
    shape: str
    documentation: str = ""
    timestamp_format: str | None = None
    """The member's own ``timestampFormat``, which overrides its shape's."""
    idempotency_token: bool = False
    host_label: bool = False
    context_param: str | None = None
    """The endpoint rule set's parameter the member's value is given as (``contextParam``)."""


@dataclass(frozen=True, kw_only=True)
class ShapeModel:
    """One shape of the model."""

    name: str
    type: str
    """botocore's type name (``structure``, ``string``, ``long``...); ``document`` also for a
    structure the model marks ``document``, whose value is open JSON."""
    documentation: str = ""
    members: tuple[MemberModel, ...] = ()
    """A structure's members, in model order."""
    required: frozenset[str] = frozenset()
    member: str | None = None
    """A list's item shape."""
    key: str | None = None
    value: str | None = None
    """A map's key and value shapes."""
    enum: tuple[str, ...] | None = None
    """A string's closed list of values, when it has one."""
    minimum: int | float | None = None
    maximum: int | float | None = None
    """``min`` and ``max``: a length, an item count or a value, by type."""
    sparse: bool = False
    sensitive: bool = False
    exception: bool = False
    union: bool = False
    error_code: str | None = None
    """The ``error`` trait's ``code``, when it has one (an error's code besides its name)."""
    timestamp_format: str | None = None
    event_stream: bool = False
    """A union the model marks ``eventstream``: its values arrive as a stream of events."""

    def refs(self) -> tuple[tuple[str, str], ...]:
        """``(slot, target)`` of each shape this one refers to: a structure's member names,
        ``[]`` for a list's items, ``{key}`` and ``{value}`` for a map's."""
        if self.type == "structure":
            return tuple((m.name, m.shape) for m in self.members)
        if self.type == "list" and self.member is not None:
            return (("[]", self.member),)
        if self.type == "map" and self.key is not None and self.value is not None:
            return (("{key}", self.key), ("{value}", self.value))
        return ()


@dataclass(frozen=True, kw_only=True)
class OperationModel:
    name: str
    input: str | None
    output: str | None
    errors: tuple[str, ...]
    documentation: str = ""
    deprecated: bool = False
    signed: bool = True
    """False where the model says ``authtype: none`` or ``auth: [smithy.api#noAuth]``."""
    host_prefix: str | None = None
    """The endpoint trait's ``hostPrefix``, when it has a non-empty one."""
    request_compression: tuple[str, ...] = ()
    """The ``requestcompression`` trait's encodings (``gzip``), in the model's order."""
    endpoint_discovery: bool | None = None
    """The ``endpointdiscovery`` trait: True where it is required, False where optional, None
    where the operation has none."""
    endpoint_operation: bool = False
    """The operation that discovers the service's endpoints (``endpointoperation``)."""
    static_context_params: tuple[tuple[str, str | bool], ...] = ()
    """(rule set parameter, constant) of ``staticContextParams``: what the operation always
    gives the endpoint rule set."""
    operation_context_params: tuple[str, ...] = ()
    """The parameters ``operationContextParams`` computes from the request (JMESPath), which
    are not generated: see ``codegen.build.Builder.operation``."""


PAGINATOR_KEYS = frozenset(
    {"input_token", "output_token", "limit_key", "result_key", "more_results", "non_aggregate_keys"}
)
"""The keys of a ``paginators-1.json`` entry the generator reads (``non_aggregate_keys`` only
to accept it: pages are yielded whole, so those members are page fields like any other)."""


@dataclass(frozen=True, kw_only=True)
class PaginatorModel:
    """One entry of ``paginators-1.json``."""

    operation: str
    entry: JsonObject

    @property
    def where(self) -> str:
        return f"paginator {self.operation}"

    def unsupported_keys(self) -> list[str]:
        return sorted(set(self.entry) - PAGINATOR_KEYS)

    def has(self, key: str) -> bool:
        return key in self.entry

    def names(self, key: str) -> tuple[str, ...]:
        """What ``key`` names (a member, a path or an expression), one or several; none when
        the entry lacks it."""
        value = self.entry.get(key)
        values = cast(list[object], value) if isinstance(value, list) else [value]
        return tuple(v for v in values if isinstance(v, str))

    def member_name(self, key: str) -> str:
        """The top-level member ``key`` names (a one-item list counts as one name)."""
        value = self.entry.get(key)
        if isinstance(value, list) and len(cast(list[object], value)) == 1:
            value = cast(list[object], value)[0]
        if not isinstance(value, str) or not value.isidentifier():
            raise ModelError(
                f"{self.where}: {key}: only a single top-level member name is supported, "
                f"not {value!r}"
            )
        return value


@dataclass(frozen=True, kw_only=True)
class Metadata:
    service_id: str | None = None
    target_prefix: str | None = None
    endpoint_prefix: str | None = None
    full_name: str | None = None
    abbreviation: str | None = None
    """``serviceAbbreviation`` (``Amazon SQS``), which client class names come from."""
    json_version: str | None = None
    signing_name: str | None = None
    api_version: str | None = None
    query_compatible: bool = False
    """``awsQueryCompatible``: the service also answers awsQuery clients."""


@dataclass(frozen=True, kw_only=True)
class Reach:
    """What a set of operations reaches: the shapes the SDK generates for them."""

    operations: tuple[str, ...]
    errors: frozenset[str]
    """Error shapes: those the operations list, and exception shapes that no operation of the
    whole model lists (botocore maps every exception shape of a model to a class, so any
    operation may raise them, and the SDK generates them too)."""
    users: Mapping[str, frozenset[str]]
    """Shape -> the operations that reach it (``ERRORS_USER`` for shapes errors reach)."""
    directions: Mapping[str, frozenset[Direction]]
    """Shape -> the ways its values travel."""

    def is_error(self, name: str) -> bool:
        return name in self.errors


@dataclass(frozen=True, kw_only=True)
class ServiceView:
    """A service model: metadata, operations and shapes, typed."""

    metadata: Metadata
    documentation: str
    operations: Mapping[str, OperationModel]
    """Every operation of the model, by name."""
    shapes: Mapping[str, ShapeModel] = field(repr=False)
    """Every shape of the model, by name."""
    paginators: Mapping[str, PaginatorModel] = field(default_factory=dict[str, PaginatorModel])
    """Operation name -> its paginator, for every entry of ``paginators-1.json``."""

    @classmethod
    def from_json(cls, model: JsonObject, paginators: JsonObject | None = None) -> ServiceView:
        """The view of ``service-2.json`` (and ``paginators-1.json``, when given)."""
        md = _obj(model.get("metadata", {}), "metadata")
        operations = {
            name: _operation(name, _obj(op, name))
            for name, op in _obj(model.get("operations", {}), "operations").items()
        }
        pages: dict[str, PaginatorModel] = {}
        if paginators is not None:
            entries = _obj(paginators.get("pagination", {}), "pagination")
            unknown = sorted(n for n in entries if n not in operations)
            if unknown:
                raise ModelError(f"paginators of operations not in the model: {', '.join(unknown)}")
            pages = {
                n: PaginatorModel(operation=n, entry=_obj(e, f"paginator {n}"))
                for n, e in entries.items()
            }
        return cls(
            metadata=Metadata(
                service_id=_opt_str(md.get("serviceId")),
                target_prefix=_opt_str(md.get("targetPrefix")),
                endpoint_prefix=_opt_str(md.get("endpointPrefix")),
                full_name=_opt_str(md.get("serviceFullName")),
                abbreviation=_opt_str(md.get("serviceAbbreviation")),
                json_version=_opt_str(md.get("jsonVersion")),
                signing_name=_opt_str(md.get("signingName")),
                api_version=_opt_str(md.get("apiVersion")),
                query_compatible="awsQueryCompatible" in md,
            ),
            documentation=_str(model.get("documentation")),
            operations=operations,
            shapes={
                name: _shape(name, _obj(raw, name))
                for name, raw in _obj(model.get("shapes", {}), "shapes").items()
            },
            paginators=pages,
        )

    def shape(self, name: str) -> ShapeModel:
        """The shape ``name``; ModelError when the model does not define it."""
        found = self.shapes.get(name)
        if found is None:
            raise ModelError(f"shape {name!r} is referenced but not defined")
        return found

    def reach(self, operations: Iterable[str]) -> Reach:
        """What ``operations`` (names of this model's operations) reach, errors included."""
        ops = tuple(sorted(set(operations)))
        users: dict[str, set[str]] = {}
        directions: dict[str, set[Direction]] = {}

        def walk(root: str, user: str, direction: Direction) -> None:
            stack, seen = [root], set[str]()
            while stack:
                name = stack.pop()
                if name in seen:
                    continue
                seen.add(name)
                users.setdefault(name, set()).add(user)
                directions.setdefault(name, set()).add(direction)
                stack.extend(target for _, target in self.shape(name).refs())

        errors: set[str] = set()
        for name in ops:
            op = self.operations[name]
            if op.input is not None:
                walk(op.input, name, Direction.INPUT)
            if op.output is not None:
                walk(op.output, name, Direction.OUTPUT)
            errors.update(op.errors)
        listed = {e for op in self.operations.values() for e in op.errors}
        errors.update(n for n, s in self.shapes.items() if s.exception and n not in listed)
        for name in sorted(errors):
            walk(name, ERRORS_USER, Direction.OUTPUT)
        return Reach(
            operations=ops,
            errors=frozenset(errors),
            users={n: frozenset(u) for n, u in users.items()},
            directions={n: frozenset(d) for n, d in directions.items()},
        )


def _operation(name: str, op: JsonObject) -> OperationModel:
    auth = op.get("auth", [])
    endpoint = _obj(op.get("endpoint", {}), f"{name}: endpoint")
    prefix = endpoint.get("hostPrefix")
    return OperationModel(
        name=name,
        input=_target(op["input"], f"{name}: input") if "input" in op else None,
        output=_target(op["output"], f"{name}: output") if "output" in op else None,
        errors=tuple(_target(e, f"{name}: error") for e in _list(op.get("errors", []), name)),
        documentation=_str(op.get("documentation")),
        deprecated=bool(op.get("deprecated")),
        signed=op.get("authtype") != "none" and auth != ["smithy.api#noAuth"],
        host_prefix=prefix if isinstance(prefix, str) and prefix else None,
        request_compression=tuple(
            _str(e)
            for e in _list(
                _obj(op.get("requestcompression", {}), f"{name}: requestcompression").get(
                    "encodings", []
                ),
                f"{name}: requestcompression",
            )
        ),
        endpoint_discovery=(
            bool(_obj(op["endpointdiscovery"], f"{name}: endpointdiscovery").get("required"))
            if "endpointdiscovery" in op
            else None
        ),
        endpoint_operation=bool(op.get("endpointoperation")),
        static_context_params=_static_context_params(name, op),
        operation_context_params=tuple(
            sorted(_obj(op.get("operationContextParams", {}), f"{name}: operationContextParams"))
        ),
    )


def _static_context_params(name: str, op: JsonObject) -> tuple[tuple[str, str | bool], ...]:
    found: list[tuple[str, str | bool]] = []
    where = f"{name}: staticContextParams"
    for param, entry in _obj(op.get("staticContextParams", {}), where).items():
        value = _obj(entry, f"{where}: {param}").get("value")
        if not isinstance(value, str | bool):
            raise ModelError(f"{where}: {param} is not a string or a boolean: {value!r}")
        found.append((param, value))
    return tuple(found)


def _shape(name: str, shape: JsonObject) -> ShapeModel:
    kind = _str(shape.get("type"))
    if shape.get("document"):
        kind = "document"
    members: tuple[MemberModel, ...] = ()
    if kind == "structure":
        members = tuple(
            _member(wire, _obj(raw, f"{name}.{wire}"))
            for wire, raw in _obj(shape.get("members", {}), f"{name}: members").items()
        )
    enum_values = shape.get("enum")
    return ShapeModel(
        name=name,
        type=kind,
        documentation=_str(shape.get("documentation")),
        members=members,
        required=frozenset(_str(r) for r in _list(shape.get("required", []), name)),
        member=_target(shape.get("member"), f"{name}: member") if kind == "list" else None,
        key=_target(shape.get("key"), f"{name}: key") if kind == "map" else None,
        value=_target(shape.get("value"), f"{name}: value") if kind == "map" else None,
        enum=(
            tuple(_str(v) for v in _list(enum_values, name))
            if kind == "string" and enum_values is not None
            else None
        ),
        minimum=_number(shape.get("min")),
        maximum=_number(shape.get("max")),
        sparse=bool(shape.get("sparse")),
        sensitive=bool(shape.get("sensitive")),
        exception=bool(shape.get("exception")),
        union=bool(shape.get("union")),
        error_code=_opt_str(_obj(shape.get("error", {}), f"{name}: error").get("code")),
        timestamp_format=_opt_str(shape.get("timestampFormat")),
        event_stream=bool(shape.get("eventstream")),
    )


def _member(wire: str, member: JsonObject) -> MemberModel:
    return MemberModel(
        name=wire,
        shape=_target(member, wire),
        documentation=_str(member.get("documentation")),
        timestamp_format=_opt_str(member.get("timestampFormat")),
        idempotency_token=bool(member.get("idempotencyToken")),
        host_label=bool(member.get("hostLabel")),
        context_param=_opt_str(_obj(member.get("contextParam", {}), wire).get("name")),
    )
