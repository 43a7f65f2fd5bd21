"""From a botocore service model (plain JSON) to the IR in ``codegen.ir``.

Decides names, where each shape is defined (an operation's own module when only that
operation uses it, a shared module otherwise, ``errors`` for error shapes), which members are
sensitive, and which operations are signed.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from codegen import naming
from codegen.ir import (
    BlobShape,
    BooleanShape,
    DocumentShape,
    EnumShape,
    FloatShape,
    IntegerShape,
    ListShape,
    MapSecretHash,
    MapShape,
    Member,
    Module,
    Operation,
    Paginator,
    Provenance,
    Service,
    Shape,
    StringShape,
    StructRef,
    Structure,
    TimestampShape,
)
from codegen.overrides import ServiceOverrides

JsonObject = Mapping[str, object]

CLIENT_RESERVED = frozenset({"close", "aclose", "meta"})

FIELD_RESERVED = frozenset(
    {
        "bool",
        "bytes",
        "datetime",
        "dict",
        "float",
        "int",
        "list",
        "object",
        "self",
        "str",
        "Mapping",
        "Sequence",
    }
)
"""Names that generated annotations and methods use: a field of that name would shadow them in
the class body (or be ``__init__``'s ``self``), so such fields get a trailing ``_``
(``Bytes`` -> ``bytes_``)."""

MODULE_RESERVED = frozenset({"OPERATION", "Request", "ServiceError", "OperationSpec", "ERRORS"})
"""Names generated modules define or import beside the shape classes."""
"""Client attribute names an operation method must not shadow."""

ERROR_RESERVED = frozenset(
    {"code", "message", "status_code", "request_id", "args", "with_traceback", "add_note"}
)
"""Attribute names of the runtime's ``ServiceError`` an error member must not shadow."""

OPERATIONS_PACKAGE = "_operations"
SHARED_PACKAGE = "_shapes"
ERRORS_MODULE = "errors"


class ModelError(ValueError):
    """The service model is not one the generator can read."""


PAGINATOR_KEYS = frozenset({"input_token", "output_token", "limit_key", "result_key"})
"""The keys of a ``paginators-1.json`` entry the generator supports (not ``more_results``,
``non_aggregate_keys``)."""


def _simple_path(value: object, what: str) -> str:
    """A paginator key that names one top-level member (a one-item list counts as one)."""
    if isinstance(value, list) and len(cast(list[object], value)) == 1:
        value = cast(list[object], value)[0]
    if not isinstance(value, str) or not value.isidentifier():
        raise ModelError(f"{what}: only a single top-level member name is supported, not {value!r}")
    return value


def _obj(value: object, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise ModelError(f"{what}: expected an object")
    return cast(JsonObject, value)


def _str(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _shape_refs(shape: JsonObject) -> list[str]:
    """Names of the shapes a shape refers to directly."""
    kind = shape.get("type")
    refs: list[str] = []
    if kind == "structure":
        for m in _obj(shape.get("members", {}), "members").values():
            refs.append(_str(_obj(m, "member")["shape"]))
    elif kind == "list":
        refs.append(_str(_obj(shape["member"], "list member")["shape"]))
    elif kind == "map":
        refs.append(_str(_obj(shape["key"], "map key")["shape"]))
        refs.append(_str(_obj(shape["value"], "map value")["shape"]))
    return refs


@dataclass
class _Usage:
    users: set[str] = field(default_factory=set[str])
    input: bool = False
    output: bool = False


class Builder:
    """Builds one ``Service``; a new builder for each model."""

    def __init__(
        self,
        model: JsonObject,
        *,
        package: str,
        overrides: ServiceOverrides,
        provenance: Provenance,
        operations: Iterable[str] | None = None,
        paginators: JsonObject | None = None,
        endpoint_rules: JsonObject | None = None,
        partitions: JsonObject | None = None,
    ) -> None:
        self.model = model
        self.paginators_model = paginators
        self.endpoint_rules = endpoint_rules
        self.partitions = partitions
        self.package = package
        self.overrides = overrides
        self.provenance = provenance
        self.shapes = _obj(model.get("shapes", {}), "shapes")
        self.metadata = _obj(model.get("metadata", {}), "metadata")
        all_ops = _obj(model.get("operations", {}), "operations")
        if operations is None:
            names = sorted(all_ops)
        else:
            names = sorted(set(operations))
            missing = [n for n in names if n not in all_ops]
            if missing:
                raise ModelError(f"operations not in the model: {', '.join(missing)}")
        self.op_models = {n: _obj(all_ops[n], n) for n in names}
        self.service_id = _str(self.metadata.get("serviceId")) or _str(
            self.metadata.get("targetPrefix"), "Service"
        )
        words = self.service_id.replace("-", " ").split()
        self.stem = naming.class_name("".join(w[:1].upper() + w[1:] for w in words))
        self.reserved_classes = MODULE_RESERVED | {
            f"{self.stem}Error",
            f"{self.stem}Client",
            f"Async{self.stem}Client",
        }
        self.usage: dict[str, _Usage] = {}
        self.error_names: set[str] = set()
        self._refs: dict[str, Shape] = {}

    # -- reachability and placement ---------------------------------------------------------

    def _shape(self, name: str) -> JsonObject:
        if name not in self.shapes:
            raise ModelError(f"shape {name!r} is referenced but not defined")
        return _obj(self.shapes[name], name)

    def _walk(self, root: str, user: str, *, output: bool) -> None:
        stack = [root]
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            use = self.usage.setdefault(name, _Usage())
            use.users.add(user)
            if output:
                use.output = True
            else:
                use.input = True
            stack.extend(_shape_refs(self._shape(name)))

    def _collect(self) -> None:
        for name, op in self.op_models.items():
            if "input" in op:
                self._walk(_str(_obj(op["input"], "input")["shape"]), name, output=False)
            if "output" in op:
                self._walk(_str(_obj(op["output"], "output")["shape"]), name, output=True)
            for err in cast(list[object], op.get("errors", [])):
                err_name = _str(_obj(err, "error")["shape"])
                self.error_names.add(err_name)
        # Exception shapes that no operation of the whole model lists may come back from any
        # operation (botocore maps every exception shape of the model), so they are kept too.
        listed = {
            _str(_obj(e, "error")["shape"])
            for op in _obj(self.model.get("operations", {}), "operations").values()
            for e in cast(list[object], _obj(op, "operation").get("errors", []))
        }
        for name, raw in self.shapes.items():
            if _obj(raw, name).get("exception") and name not in listed:
                self.error_names.add(name)
        for err_name in sorted(self.error_names):
            self._walk(err_name, ERRORS_MODULE, output=True)

    def module_of(self, name: str) -> str:
        if name in self.error_names:
            return ERRORS_MODULE
        users = self.usage[name].users
        if len(users) == 1:
            (user,) = users
            if user == ERRORS_MODULE:
                return ERRORS_MODULE
            return self.operation_module(user)
        return f"{SHARED_PACKAGE}.{naming.module_name(name)}"

    def operation_module(self, op_name: str) -> str:
        return f"{OPERATIONS_PACKAGE}.{naming.module_name(op_name)}"

    def class_name(self, name: str) -> str:
        """The model's shape name, unless it would clash with a name the generator defines."""
        return naming.safe(naming.class_name(name), self.reserved_classes)

    @functools.cached_property
    def class_names(self) -> frozenset[str]:
        """Every name the model's shapes may be given as classes, and those the generator
        defines: an enum's value alias must be none of them."""
        return self.reserved_classes | {self.class_name(n) for n in self.shapes}

    # -- shapes -----------------------------------------------------------------------------

    def ref(self, name: str) -> Shape:
        """The IR shape for a reference to ``name`` (structures by reference)."""
        cached = self._refs.get(name)
        if cached is not None:
            return cached
        shape = self._shape(name)
        kind = _str(shape.get("type"))
        result: Shape
        if kind == "structure":
            result = StructRef(
                name=name, module=self.module_of(name), class_name=self.class_name(name)
            )
        elif kind == "string" and "enum" in shape:
            result = self._enum(name, shape)
        elif kind in ("string", "character"):
            result = StringShape(
                name=name, min_len=_int(shape.get("min")), max_len=_int(shape.get("max"))
            )
        elif kind in ("integer", "long", "byte", "short"):
            result = IntegerShape(
                name=name, minimum=_int(shape.get("min")), maximum=_int(shape.get("max"))
            )
        elif kind in ("float", "double"):
            result = FloatShape(
                name=name, minimum=_num(shape.get("min")), maximum=_num(shape.get("max"))
            )
        elif kind == "boolean":
            result = BooleanShape(name=name)
        elif kind == "timestamp":
            result = TimestampShape(
                name=name, timestamp_format=_str(shape.get("timestampFormat"), "unixTimestamp")
            )
        elif kind == "blob":
            result = BlobShape(
                name=name, min_len=_int(shape.get("min")), max_len=_int(shape.get("max"))
            )
        elif kind == "list":
            member = _str(_obj(shape["member"], "member")["shape"])
            result = ListShape(
                name=name,
                member=self.ref(member),
                sparse=bool(shape.get("sparse")),
                min_len=_int(shape.get("min")),
                max_len=_int(shape.get("max")),
            )
        elif kind == "map":
            result = MapShape(
                name=name,
                key=self.ref(_str(_obj(shape["key"], "key")["shape"])),
                value=self.ref(_str(_obj(shape["value"], "value")["shape"])),
                sparse=bool(shape.get("sparse")),
                min_len=_int(shape.get("min")),
                max_len=_int(shape.get("max")),
            )
        elif kind == "document" or shape.get("document"):
            result = DocumentShape(name=name)
        else:
            raise ModelError(f"shape {name!r} has unsupported type {kind!r}")
        if shape.get("document"):
            result = DocumentShape(name=name)
        self._refs[name] = result
        return result

    def _enum(self, name: str, shape: JsonObject) -> EnumShape:
        values = [_str(v) for v in cast(list[object], shape["enum"])]
        used: set[str] = set()
        pairs: list[tuple[str, str]] = []
        for value in values:
            member = naming.enum_member_name(value)
            while member in used:
                member += "_"
            used.add(member)
            pairs.append((member, value))
        class_name = self.class_name(name)
        return EnumShape(
            name=name,
            module=self.module_of(name),
            class_name=class_name,
            values=tuple(pairs),
            value_alias=naming.safe(f"{class_name}Value", self.class_names),
            documentation=_str(shape.get("documentation")),
            min_len=_int(shape.get("min")),
            max_len=_int(shape.get("max")),
        )

    def _is_sensitive(self, member_name: str, shape_name: str) -> bool:
        """Whether a member holds secrets: its shape, or the items of its list or map, do."""
        return member_name in self.overrides.sensitive_members or self._secret_shape(shape_name)

    def _secret_shape(self, shape_name: str) -> bool:
        shape = self._shape(shape_name)
        if shape.get("sensitive") or shape_name in self.overrides.sensitive_shapes:
            return True
        kind = shape.get("type")
        if kind == "list":
            return self._secret_shape(_str(_obj(shape["member"], "member")["shape"]))
        if kind == "map":
            return self._secret_shape(_str(_obj(shape["value"], "value")["shape"]))
        return False

    def structure(self, name: str) -> Structure:
        shape = self._shape(name)
        is_error = bool(shape.get("exception")) or name in self.error_names
        reserved = FIELD_RESERVED | ERROR_RESERVED if is_error else FIELD_RESERVED
        required = {_str(r) for r in cast(list[object], shape.get("required", []))}
        # Every value inside a sensitive structure is a secret (UserContextDataType).
        all_secret = bool(shape.get("sensitive")) or name in self.overrides.sensitive_shapes
        members: list[Member] = []
        for wire, raw in _obj(shape.get("members", {}), "members").items():
            m = _obj(raw, wire)
            if is_error and wire.lower() == "message":
                continue  # the runtime's ServiceError.message
            target = _str(m["shape"])
            member_shape = self.ref(target)
            fmt = m.get("timestampFormat")
            if isinstance(member_shape, TimestampShape) and isinstance(fmt, str):
                # A member's own timestampFormat overrides its shape's.
                member_shape = dataclasses.replace(member_shape, timestamp_format=fmt)
            is_required = wire in required and not is_error
            members.append(
                Member(
                    wire_name=wire,
                    attr=naming.safe(naming.snake(wire), reserved),
                    shape=member_shape,
                    required=is_required,
                    sensitive=all_secret or self._is_sensitive(wire, target),
                    documentation=_str(m.get("documentation")),
                    # Only optional strings are filled in; a required token is the caller's.
                    idempotency_token=bool(m.get("idempotencyToken"))
                    and not is_required
                    and isinstance(member_shape, StringShape),
                )
            )
        error_codes: list[str] = []
        if is_error:
            error_codes.append(name)
            code = _obj(shape.get("error", {}), "error").get("code")
            if isinstance(code, str) and code not in error_codes:
                error_codes.append(code)
        use = self.usage.get(name, _Usage())
        return Structure(
            name=name,
            module=self.module_of(name),
            class_name=self.class_name(name),
            members=tuple(members),
            documentation=_str(shape.get("documentation")),
            is_error=is_error,
            error_codes=tuple(error_codes),
            is_union=bool(shape.get("union")),
            used_in_input=use.input,
            used_in_output=use.output,
        )

    # -- operations and service ---------------------------------------------------------------

    def operation(self, name: str, op: JsonObject) -> Operation:
        def io(key: str) -> Structure | None:
            if key not in op:
                return None
            return self.structure(_str(_obj(op[key], key)["shape"]))

        request = io("input")
        errors = tuple(
            self.structure(_str(_obj(e, "error")["shape"]))
            for e in cast(list[object], op.get("errors", []))
        )
        auth = cast(list[object], op.get("auth", []))
        signed = op.get("authtype") != "none" and auth != ["smithy.api#noAuth"]
        secret_hash = None
        if request is not None and self.overrides.secret_hash is not None:
            by_wire = {m.wire_name: m for m in request.members}
            picked = [by_wire.get(w) for w in self.overrides.secret_hash]
            if all(p is not None for p in picked):
                secret_hash = cast(tuple[Member, Member, Member], tuple(picked))
        secret_hash_maps = self.secret_hash_maps(name, request)
        host_prefix, host_labels = self.host_prefix(name, op, request)
        return Operation(
            name=name,
            method=naming.safe(naming.snake(name), CLIENT_RESERVED),
            module=self.operation_module(name),
            documentation=_str(op.get("documentation")),
            input=request,
            output=io("output"),
            errors=errors,
            signed=signed,
            deprecated=bool(op.get("deprecated")),
            secret_hash=secret_hash,
            secret_hash_maps=secret_hash_maps,
            paginator=self.paginator(name, request, io("output")),
            host_prefix=host_prefix,
            host_labels=host_labels,
        )

    def secret_hash_maps(self, name: str, request: Structure | None) -> tuple[MapSecretHash, ...]:
        """The request's map members the overrides name as carrying the secret hash, where the
        request also has the client id member; ModelError for such a member that is not a map
        of strings to strings."""
        if request is None:
            return ()
        by_wire = {m.wire_name: m for m in request.members}
        found: list[MapSecretHash] = []
        for spec in self.overrides.secret_hash_maps:
            member = by_wire.get(spec.member)
            client_id = by_wire.get(spec.client_id_member)
            if member is None or client_id is None:
                continue
            shape = member.shape
            if not (
                isinstance(shape, MapShape)
                and isinstance(shape.key, StringShape)
                and isinstance(shape.value, StringShape)
                and not shape.sparse
            ):
                raise ModelError(
                    f"{name}: {spec.member} is not a map of strings to strings, where the "
                    "overrides put the secret hash"
                )
            if not isinstance(client_id.shape, StringShape):
                raise ModelError(f"{name}: {spec.client_id_member} is not a string")
            found.append(
                MapSecretHash(
                    member=member,
                    client_id=client_id,
                    username_key=spec.username_key,
                    secret_hash_key=spec.secret_hash_key,
                    note=spec.note,
                )
            )
        return tuple(found)

    def host_prefix(
        self, name: str, op: JsonObject, request: Structure | None
    ) -> tuple[str | None, tuple[tuple[str, Member], ...]]:
        """The endpoint trait's host prefix, and the request members its labels come from."""
        endpoint = op.get("endpoint")
        if endpoint is None:
            return None, ()
        prefix = _obj(endpoint, f"{name}: endpoint").get("hostPrefix")
        if not isinstance(prefix, str) or not prefix:
            return None, ()
        placeholders = re.findall(r"\{([^{}]*)\}", prefix)
        if not placeholders:
            return prefix, ()
        if request is None:
            raise ModelError(f"{name}: hostPrefix {prefix!r} has labels but no input")
        raw = _obj(self._shape(request.name).get("members", {}), "members")
        by_wire = {m.wire_name: m for m in request.members}
        labels: list[tuple[str, Member]] = []
        for label in dict.fromkeys(placeholders):
            member = by_wire.get(label)
            if member is None or not _obj(raw[label], label).get("hostLabel"):
                raise ModelError(f"{name}: hostPrefix label {label!r} is not a hostLabel member")
            if not isinstance(member.shape, (StringShape, EnumShape)):
                raise ModelError(f"{name}: hostLabel member {label!r} is not a string")
            labels.append((label, member))
        return prefix, tuple(labels)

    # -- paginators ---------------------------------------------------------------------------

    @functools.cached_property
    def pagination(self) -> dict[str, JsonObject]:
        """Operation name -> its entry of ``paginators-1.json`` (checked), for every paginator."""
        if self.paginators_model is None:
            return {}
        entries = _obj(self.paginators_model.get("pagination", {}), "pagination")
        all_ops = _obj(self.model.get("operations", {}), "operations")
        unknown = sorted(n for n in entries if n not in all_ops)
        if unknown:
            raise ModelError(f"paginators of operations not in the model: {', '.join(unknown)}")
        return {n: _obj(entry, f"paginator {n}") for n, entry in entries.items()}

    def paginator(
        self, name: str, request: Structure | None, response: Structure | None
    ) -> Paginator | None:
        """The paginator of operation ``name``, or None; ModelError for forms not supported."""
        entry = self.pagination.get(name)
        if entry is None:
            return None
        where = f"paginator {name}"
        unsupported = sorted(set(entry) - PAGINATOR_KEYS)
        if unsupported:
            raise ModelError(f"{where}: unsupported keys {', '.join(unsupported)}")
        if request is None or response is None:
            raise ModelError(f"{where}: the operation needs both an input and an output")

        def member(struct: Structure, key: str, kind: type[Shape]) -> Member:
            path = _simple_path(entry.get(key), f"{where}: {key}")
            found = next((m for m in struct.members if m.wire_name == path), None)
            if found is None:
                raise ModelError(f"{where}: {key} {path!r} is not a member of {struct.name}")
            if not isinstance(found.shape, kind):
                raise ModelError(f"{where}: {key} {path!r} is not a {kind.__name__}")
            return found

        input_token = member(request, "input_token", StringShape)
        limit = member(request, "limit_key", IntegerShape) if "limit_key" in entry else None
        limit_default = None
        if limit is not None and limit.required:
            assert isinstance(limit.shape, IntegerShape)
            limit_default = limit.shape.maximum
        excluded = {input_token.wire_name} | ({limit.wire_name} if limit else set[str]())
        params = tuple(m for m in request.ordered_members() if m.wire_name not in excluded)
        clash = sorted({m.attr for m in params} & set(Paginator.CONTROLS))
        if clash:
            raise ModelError(f"{where}: members named like paginator arguments: {clash}")
        method = "paginate_" + naming.snake(name)
        taken = {naming.safe(naming.snake(n), CLIENT_RESERVED) for n in self.op_models}
        if method in taken or method in CLIENT_RESERVED:
            raise ModelError(f"{where}: method {method} clashes with an operation's method")
        return Paginator(
            operation=name,
            operation_method=naming.safe(naming.snake(name), CLIENT_RESERVED),
            method=method,
            request=request,
            response=response,
            input_token=input_token,
            output_token=member(response, "output_token", StringShape),
            result=member(response, "result_key", ListShape),
            limit=limit,
            limit_default=limit_default,
            params=params,
        )

    def build(self) -> Service:
        self._collect()
        operations = tuple(self.operation(n, op) for n, op in self.op_models.items())
        structures: dict[str, list[Structure]] = {}
        enums: dict[str, list[EnumShape]] = {}
        for name in sorted(self.usage):
            kind = _str(self._shape(name).get("type"))
            module = self.module_of(name)
            is_document = bool(self._shape(name).get("document"))
            if kind == "structure" and name not in self.error_names and not is_document:
                structures.setdefault(module, []).append(self.structure(name))
            ref = self.ref(name)
            if isinstance(ref, EnumShape):
                enums.setdefault(module, []).append(ref)
        by_op = {op.module: op for op in operations}
        modules = tuple(
            Module(
                path=path,
                structures=tuple(structures.get(path, [])),
                enums=tuple(enums.get(path, [])),
                operation=by_op.get(path),
            )
            for path in sorted(set(structures) | set(enums) | set(by_op))
        )
        errors = tuple(self.structure(n) for n in sorted(self.error_names))
        return self._service(operations, modules, errors)

    def _service(
        self,
        operations: tuple[Operation, ...],
        modules: tuple[Module, ...],
        errors: tuple[Structure, ...],
    ) -> Service:
        md = self.metadata
        service_id, stem = self.service_id, self.stem
        return Service(
            package=self.package,
            service_name=_str(md.get("endpointPrefix"), self.package),
            full_name=_str(md.get("serviceFullName"), service_id),
            client_class=f"{stem}Client",
            async_client_class=f"Async{stem}Client",
            error_base=f"{stem}Error",
            target_prefix=_str(md.get("targetPrefix")),
            json_version=_str(md.get("jsonVersion"), "1.0"),
            signing_name=_str(md.get("signingName"))
            or _str(md.get("endpointPrefix"), self.package),
            env_name=service_id.upper().replace(" ", "_").replace("-", "_"),
            documentation=_str(self.model.get("documentation")),
            operations=operations,
            modules=modules,
            errors=errors,
            provenance=self.provenance,
            retryable_codes=tuple(sorted(self.overrides.retryable_codes)),
            non_retryable_codes=tuple(sorted(self.overrides.non_retryable_codes)),
            query_compatible="awsQueryCompatible" in md,
            endpoint_rules=self.endpoint_rules,
            partitions=self.partitions,
            extensions=self.overrides.extensions,
        )


def build_service(
    model: JsonObject,
    *,
    package: str,
    overrides: ServiceOverrides,
    provenance: Provenance,
    operations: Iterable[str] | None = None,
    paginators: JsonObject | None = None,
    endpoint_rules: JsonObject | None = None,
    partitions: JsonObject | None = None,
) -> Service:
    """The IR of ``model``, limited to ``operations`` (all when None) and what they reach.

    ``paginators`` (``paginators-1.json``) and ``endpoint_rules``
    (``endpoint-rule-set-1.json``) are the service's other model files, when it has them;
    ``partitions`` is botocore's ``partitions.json``, which endpoint rules need.
    """
    return Builder(
        model,
        package=package,
        overrides=overrides,
        provenance=provenance,
        operations=operations,
        paginators=paginators,
        endpoint_rules=endpoint_rules,
        partitions=partitions,
    ).build()
