"""From a service model (read through ``codegen.view``) to the IR in ``codegen.ir``.

Decides names, where each shape is defined (an operation's own module when only that
operation uses it, a shared module otherwise, ``errors`` for error shapes), which members are
sensitive, and which operations are signed.
"""

from __future__ import annotations

import builtins
import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from typing import cast

from codegen import features, naming, paging
from codegen.emit import names
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
from codegen.view import (
    ERRORS_USER,
    Direction,
    OperationModel,
    Reach,
    ServiceView,
    ShapeModel,
)
from codegen.view import ModelError as ModelError  # raised here too; callers catch it here
from codegen.waiters import build_waiters

JsonObject = Mapping[str, object]

MODULE_RESERVED = (
    frozenset(name for name in dir(builtins) if name[:1].isupper())
    | frozenset(
        {
            names.OPERATION_SPEC,
            names.REQUEST_CLASS,
            names.ERROR_TABLE,
            "ServiceError",
            "OperationSpec",
        }
    )
    | frozenset(
        # What generated modules import by name from typing, collections.abc and the runtime:
        # a shape named ``Mapping`` (Glue, B2BI) or ``Protocol`` (Global Accelerator) hid it.
        {
            "AsyncClient",
            "AsyncPagePaginator",
            "AsyncPaginator",
            "Awaitable",
            "Callable",
            "Client",
            "EndpointDiscoverySpec",
            "Final",
            "Iterator",
            "Literal",
            "Mapping",
            "Never",
            "NoReturn",
            "PagePaginator",
            "Paginator",
            "PaginatorSpec",
            "Protocol",
            "SdkError",
            "Sequence",
            "ServiceSpec",
            "TYPE_CHECKING",
            "TypeAlias",
            "TypeVar",
            "TypedDict",
            "Unmodelled",
            "UnsupportedOperationError",
            "Boto3Dicts",
            "Stubber",
            "WaiterSpec",
            "Acceptor",
        }
    )
)
"""Names generated modules define or import beside the shape classes, and the builtins a shape
could be named after (Kendra's ``Warning``): a class of that name would hide the other."""

OPERATIONS_PACKAGE = "_operations"
SHARED_PACKAGE = "_shapes"
ERRORS_MODULE = ERRORS_USER

INTEGER_TYPES = frozenset({"integer", "long", "byte", "short"})
FLOAT_TYPES = frozenset({"float", "double"})


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


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
    waiters: JsonObject | None = None,
) -> Service:
    """The IR of ``model``, limited to ``operations`` (all when None) and what they reach.

    ``paginators`` (``paginators-1.json``) and ``endpoint_rules``
    (``endpoint-rule-set-1.json``) are the service's other model files, when it has them;
    ``partitions`` is botocore's ``partitions.json``, which endpoint rules need;
    ``waiters`` is ``waiters-2.json`` (``codegen.model.load_waiters``).
    """
    view = ServiceView.from_json(model, paginators)
    if operations is None:
        names = sorted(view.operations)
    else:
        names = sorted(set(operations))
        missing = [n for n in names if n not in view.operations]
        if missing:
            raise ModelError(f"operations not in the model: {', '.join(missing)}")
    names, left_out = features.split(view, names)
    builder = _Builder(view, view.reach(names), package=package, overrides=overrides)
    service = builder.service(
        provenance=provenance, endpoint_rules=endpoint_rules, partitions=partitions
    )
    service = features.complete(service, view, left_out)
    if waiters is None:
        return service
    taken = [u.method for u in service.unsupported]
    found = build_waiters(waiters, service, builder.structure, taken)
    return dataclasses.replace(service, waiters=found)


class _Builder:
    """Builds one ``Service`` from what its operations reach."""

    def __init__(
        self, view: ServiceView, reach: Reach, *, package: str, overrides: ServiceOverrides
    ) -> None:
        self.view = view
        self.reach = reach
        self.package = package
        self.overrides = overrides
        md = view.metadata
        self.service_id = md.service_id or md.target_prefix or "Service"
        words = self.service_id.replace("-", " ").split()
        from_id = "".join(w[:1].upper() + w[1:] for w in words)
        self.stem = naming.client_stem(md.abbreviation, md.full_name, from_id)
        self.reserved_classes = MODULE_RESERVED | {
            f"{self.stem}Error",
            f"{self.stem}Client",
            f"Async{self.stem}Client",
        }
        self._refs: dict[str, Shape] = {}

    # -- placement and names ------------------------------------------------------------------

    def module_of(self, name: str) -> str:
        if self.reach.is_error(name):
            return ERRORS_MODULE
        users = self.reach.users[name]
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
        return self.reserved_classes | {self.class_name(n) for n in self.view.shapes}

    # -- shapes -----------------------------------------------------------------------------

    def ref(self, name: str) -> Shape:
        """The IR shape for a reference to ``name`` (structures by reference)."""
        cached = self._refs.get(name)
        if cached is not None:
            return cached
        shape = self.view.shape(name)
        kind = shape.type
        low, high = shape.minimum, shape.maximum
        result: Shape
        if kind == "structure":
            result = StructRef(
                name=name, module=self.module_of(name), class_name=self.class_name(name)
            )
        elif kind == "string" and shape.enum is not None:
            result = self._enum(shape)
        elif kind in ("string", "character"):
            result = StringShape(name=name, min_len=_int(low), max_len=_int(high))
        elif kind in INTEGER_TYPES:
            result = IntegerShape(name=name, minimum=_int(low), maximum=_int(high))
        elif kind in FLOAT_TYPES:
            result = FloatShape(name=name, minimum=_float(low), maximum=_float(high))
        elif kind == "boolean":
            result = BooleanShape(name=name)
        elif kind == "timestamp":
            result = TimestampShape(
                name=name, timestamp_format=shape.timestamp_format or "unixTimestamp"
            )
        elif kind == "blob":
            result = BlobShape(name=name, min_len=_int(low), max_len=_int(high))
        elif kind == "list" and shape.member is not None:
            result = ListShape(
                name=name,
                member=self.ref(shape.member),
                sparse=shape.sparse,
                min_len=_int(low),
                max_len=_int(high),
            )
        elif kind == "map" and shape.key is not None and shape.value is not None:
            result = MapShape(
                name=name,
                key=self.ref(shape.key),
                value=self.ref(shape.value),
                sparse=shape.sparse,
                min_len=_int(low),
                max_len=_int(high),
            )
        elif kind == "document":
            result = DocumentShape(name=name)
        else:
            raise ModelError(f"shape {name!r} has unsupported type {kind!r}")
        self._refs[name] = result
        return result

    def _enum(self, shape: ShapeModel) -> EnumShape:
        used: set[str] = set()
        pairs: list[tuple[str, str]] = []
        for value in shape.enum or ():
            member = naming.enum_member_name(value)
            while member in used:
                member += "_"
            used.add(member)
            pairs.append((member, value))
        class_name = self.class_name(shape.name)
        return EnumShape(
            name=shape.name,
            module=self.module_of(shape.name),
            class_name=class_name,
            values=tuple(pairs),
            value_alias=naming.safe(f"{class_name}Value", self.class_names),
            documentation=shape.documentation,
            min_len=_int(shape.minimum),
            max_len=_int(shape.maximum),
        )

    def _is_sensitive(self, member_name: str, shape_name: str) -> bool:
        """Whether a member holds secrets: its shape, or the items of its list or map, do."""
        return member_name in self.overrides.sensitive_members or self._secret_shape(shape_name)

    def _secret_shape(self, shape_name: str) -> bool:
        shape = self.view.shape(shape_name)
        if shape.sensitive or shape_name in self.overrides.sensitive_shapes:
            return True
        if shape.type == "list" and shape.member is not None:
            return self._secret_shape(shape.member)
        if shape.type == "map" and shape.value is not None:
            return self._secret_shape(shape.value)
        return False

    def structure(self, name: str) -> Structure:
        shape = self.view.shape(name)
        is_error = shape.exception or self.reach.is_error(name)
        # Every value inside a sensitive structure is a secret (UserContextDataType).
        all_secret = shape.sensitive or name in self.overrides.sensitive_shapes
        members: list[Member] = []
        for m in shape.members:
            if is_error and m.name.lower() == "message":
                continue  # the runtime's ServiceError.message
            member_shape = self.ref(m.shape)
            if isinstance(member_shape, TimestampShape) and m.timestamp_format is not None:
                # A member's own timestampFormat overrides its shape's.
                member_shape = dataclasses.replace(
                    member_shape, timestamp_format=m.timestamp_format
                )
            # botocore fills an idempotency token the caller left out even where the model
            # requires it: the parameter is optional either way.
            token = m.idempotency_token and isinstance(member_shape, StringShape)
            is_required = m.name in shape.required and not is_error and not token
            members.append(
                Member(
                    wire_name=m.name,
                    attr=naming.member_attr(m.name, of_error=is_error),
                    shape=member_shape,
                    required=is_required,
                    sensitive=all_secret or self._is_sensitive(m.name, m.shape),
                    documentation=m.documentation,
                    idempotency_token=token,
                )
            )
        error_codes: list[str] = []
        if is_error:
            error_codes.append(name)
            if shape.error_code is not None and shape.error_code != name:
                error_codes.append(shape.error_code)
        directions = self.reach.directions.get(name, frozenset())
        return Structure(
            name=name,
            module=self.module_of(name),
            class_name=self.class_name(name),
            members=tuple(members),
            documentation=shape.documentation,
            is_error=is_error,
            error_codes=tuple(error_codes),
            is_union=shape.union,
            used_in_input=Direction.INPUT in directions,
            used_in_output=Direction.OUTPUT in directions,
        )

    # -- operations and service ---------------------------------------------------------------

    def operation(self, op: OperationModel) -> Operation:
        name = op.name
        request = None if op.input is None else self.structure(op.input)
        response = None if op.output is None else self.structure(op.output)
        secret_hash = None
        if request is not None and self.overrides.secret_hash is not None:
            by_wire = {m.wire_name: m for m in request.members}
            picked = [by_wire.get(w) for w in self.overrides.secret_hash]
            if all(p is not None for p in picked):
                secret_hash = cast(tuple[Member, Member, Member], tuple(picked))
        host_prefix, host_labels = self.host_prefix(op, request)
        return Operation(
            name=name,
            method=naming.operation_method(name),
            module=self.operation_module(name),
            documentation=op.documentation,
            input=request,
            output=response,
            errors=tuple(self.structure(e) for e in op.errors),
            signed=op.signed,
            deprecated=op.deprecated,
            secret_hash=secret_hash,
            secret_hash_maps=self.secret_hash_maps(name, request),
            paginator=self.paginator(name, request, response),
            host_prefix=host_prefix,
            host_labels=host_labels,
            request_compression="gzip" in op.request_compression,
            endpoint_discovery=op.endpoint_discovery,
            endpoint_params=op.static_context_params,
            endpoint_context=self.endpoint_context(op, request),
        )

    def endpoint_context(
        self, op: OperationModel, request: Structure | None
    ) -> tuple[tuple[str, Member], ...]:
        """(rule set parameter, member) of each request member marked ``contextParam``.

        ``operationContextParams`` (JMESPath over the request: DynamoDB's batch and
        transaction operations, whose table ARNs would pick an account's endpoint) are left
        out: those calls go to the endpoint the other parameters give, the Region's.
        """
        if request is None:
            return ()
        by_wire = {m.wire_name: m for m in request.members}
        found: list[tuple[str, Member]] = []
        for declared in self.view.shape(request.name).members:
            if declared.context_param is None:
                continue
            member = by_wire[declared.name]
            if not isinstance(member.shape, StringShape | EnumShape | BooleanShape):
                raise ModelError(
                    f"{op.name}: contextParam member {declared.name!r} is not a string or a boolean"
                )
            found.append((declared.context_param, member))
        return tuple(found)

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
            found.append(MapSecretHash(rule=spec, member=member, client_id=client_id))
        return tuple(found)

    def host_prefix(
        self, op: OperationModel, request: Structure | None
    ) -> tuple[str | None, tuple[tuple[str, Member], ...]]:
        """The endpoint trait's host prefix, and the request members its labels come from."""
        prefix, name = op.host_prefix, op.name
        if prefix is None:
            return None, ()
        placeholders = re.findall(r"\{([^{}]*)\}", prefix)
        if not placeholders:
            return prefix, ()
        if request is None:
            raise ModelError(f"{name}: hostPrefix {prefix!r} has labels but no input")
        declared = {m.name: m for m in self.view.shape(request.name).members}
        by_wire = {m.wire_name: m for m in request.members}
        labels: list[tuple[str, Member]] = []
        for label in dict.fromkeys(placeholders):
            member = by_wire.get(label)
            if member is None or not declared[label].host_label:
                raise ModelError(f"{name}: hostPrefix label {label!r} is not a hostLabel member")
            if not isinstance(member.shape, (StringShape, EnumShape)):
                raise ModelError(f"{name}: hostLabel member {label!r} is not a string")
            labels.append((label, member))
        return prefix, tuple(labels)

    # -- paginators ---------------------------------------------------------------------------

    def paginator(
        self, name: str, request: Structure | None, response: Structure | None
    ) -> Paginator | None:
        """The paginator of operation ``name``, or None (see ``codegen.paging`` for what is
        generated and what is omitted); ModelError where the model contradicts itself."""
        entry = self.view.paginators.get(name)
        if entry is None:
            return None
        where = entry.where
        unsupported = entry.unsupported_keys()
        if unsupported:
            raise ModelError(f"{where}: unsupported keys {', '.join(unsupported)}")
        if request is None or response is None:
            raise ModelError(f"{where}: the operation needs both an input and an output")
        if paging.omission(entry, request, response) is not None:
            return None

        def member(struct: Structure, key: str, kind: type[Shape]) -> Member:
            path = entry.member_name(key)
            found = next((m for m in struct.members if m.wire_name == path), None)
            if found is None:
                raise ModelError(f"{where}: {key} {path!r} is not a member of {struct.name}")
            if not isinstance(found.shape, kind):
                raise ModelError(f"{where}: {key} {path!r} is not a {kind.__name__}")
            return found

        input_token = member(request, "input_token", StringShape)
        limit = member(request, "limit_key", IntegerShape) if entry.has("limit_key") else None
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
        taken = {naming.operation_method(n) for n in self.reach.operations}
        if method in taken or method in naming.CLIENT_RESERVED:
            raise ModelError(f"{where}: method {method} clashes with an operation's method")
        return Paginator(
            operation=name,
            operation_method=naming.operation_method(name),
            method=method,
            request=request,
            response=response,
            input_token=input_token,
            output_token=member(response, "output_token", StringShape),
            result=paging.result(entry, response),
            more_results=paging.more_results(entry, response),
            limit=limit,
            limit_default=limit_default,
            params=params,
        )

    def omitted_paginators(self) -> tuple[tuple[str, str], ...]:
        """(operation, why) for each paginator of the operations that is not generated."""
        omitted: list[tuple[str, str]] = []
        for name in self.reach.operations:
            entry = self.view.paginators.get(name)
            op = self.view.operations[name]
            if entry is None or op.input is None or op.output is None:
                continue
            why = paging.omission(entry, self.structure(op.input), self.structure(op.output))
            if why is not None:
                omitted.append((name, why))
        return tuple(omitted)

    def service(
        self,
        *,
        provenance: Provenance,
        endpoint_rules: JsonObject | None,
        partitions: JsonObject | None,
    ) -> Service:
        operations = tuple(self.operation(self.view.operations[n]) for n in self.reach.operations)
        structures: dict[str, list[Structure]] = {}
        enums: dict[str, list[EnumShape]] = {}
        for name in sorted(self.reach.users):
            module = self.module_of(name)
            if self.view.shape(name).type == "structure" and not self.reach.is_error(name):
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
        md, service_id, stem = self.view.metadata, self.service_id, self.stem
        return Service(
            package=self.package,
            service_name=md.endpoint_prefix or self.package,
            full_name=md.full_name or service_id,
            service_id=service_id,
            client_class=f"{stem}Client",
            async_client_class=f"Async{stem}Client",
            error_base=f"{stem}Error",
            target_prefix=md.target_prefix or "",
            json_version=md.json_version or "1.0",
            signing_name=md.signing_name or md.endpoint_prefix or self.package,
            env_name=service_id.upper().replace(" ", "_").replace("-", "_"),
            documentation=self.view.documentation,
            operations=operations,
            modules=modules,
            errors=tuple(self.structure(n) for n in sorted(self.reach.errors)),
            provenance=provenance,
            retryable_codes=tuple(sorted(self.overrides.retryable_codes)),
            non_retryable_codes=tuple(sorted(self.overrides.non_retryable_codes)),
            query_compatible=md.query_compatible,
            endpoint_rules=endpoint_rules,
            partitions=partitions,
            extensions=self.overrides.extensions,
            omitted_paginators=self.omitted_paginators(),
        )
