"""What an operation's module holds beside its shapes: ``Request``, the functions the runtime
calls (filling the secret hash, host labels, paging), and the ``OPERATION`` and ``PAGINATOR``
specs that point the runtime at all of them.
"""

from __future__ import annotations

from codegen.emit import names
from codegen.emit.annotations import item_annotation
from codegen.emit.code import (
    SERDE,
    VALIDATE,
    Code,
    Piece,
    annotation_from_import,
    cat,
    from_import,
    indent,
    lines,
    runtime_ref,
    type_ref,
)
from codegen.emit.docstrings import fill_secret_hash_doc, items_doc
from codegen.emit.models import copy
from codegen.ir import ListShape, Member, Operation, Paginator

V, SECRET = names.VALUE, names.CLIENT_SECRET


def function(head: Piece, doc: str | None, body: list[Piece]) -> Code:
    """``head`` (a ``def`` line), then its docstring and body, indented."""
    inner: list[Piece] = [f'"""{doc}"""'] if doc is not None else []
    return lines([head, indent(lines([*inner, *body]))])


def request_type(op: Operation, here: str) -> Code:
    """The request's type in annotations (``None`` for operations without input)."""
    if op.input is None:
        return Code("None")
    return type_ref(here, op.input.module, op.input.class_name)


def response_type(op: Operation, here: str) -> Code:
    """The response's type in annotations (``None`` for operations without output)."""
    if op.output is None:
        return Code("None")
    return type_ref(here, op.output.module, op.output.class_name)


def request_alias(op: Operation, here: str) -> Code:
    """``Request``: the request class, under the name client methods use for every operation."""
    target: Piece = "None"
    if op.input is not None:
        target = runtime_ref(here, op.input.module, op.input.class_name)
    doc = f'"""The request dataclass of {op.name}."""'
    return lines([cat(f"{names.REQUEST_CLASS} = ", target), doc])


def fill_secret_hash(op: Operation, here: str) -> Code | None:
    """``fill_secret_hash(v, client_secret)``: each secret hash the caller left out, computed;
    ``v`` itself when nothing was added, else a new request."""
    if op.input is None or not op.fills_secret_hash:
        return None
    body: list[Piece] = []
    changed: list[str] = []
    if op.secret_hash is not None:
        sh, user, cid = op.secret_hash
        compute = from_import("typedaws_runtime.secret_hash", "compute_secret_hash")
        computed = cat(compute, f"({SECRET}, {V}.{user.attr}, {V}.{cid.attr})")
        body.append(cat(f"{sh.attr} = {V}.{sh.attr} if {V}.{sh.attr} is not None else ", computed))
        changed.append(sh.attr)
    for entry in op.secret_hash_maps:
        attr = entry.member.attr
        args = ", ".join(
            [
                f"{V}.{attr}",
                repr(entry.rule.username_key),
                repr(entry.rule.secret_hash_key),
                SECRET,
                f"{V}.{entry.client_id.attr}",
            ]
        )
        with_hash = from_import("typedaws_runtime.secret_hash", "with_secret_hash")
        body.append(cat(f"{attr} = ", with_hash, f"({args})"))
        changed.append(attr)
    unchanged = " and ".join(f"{attr} is {V}.{attr}" for attr in changed)
    body += [f"if {unchanged}:", f"    return {V}"]
    body.append(cat("return ", copy(V, {attr: attr for attr in changed})))
    req = request_type(op, here)
    head = cat(f"def {names.FILL_SECRET_HASH}({V}: ", req, f", {SECRET}: str) -> ", req, ":")
    return function(head, fill_secret_hash_doc(op), body)


def _member_map(
    op: Operation,
    here: str,
    name: str,
    members: tuple[tuple[str, Member], ...],
    value: str,
    doc: str,
) -> Code | None:
    """``name(v)``: a fixed key -> the request member's value, for each of ``members``; None
    when there are none."""
    if not members:
        return None
    mapping = from_import("collections.abc", "Mapping")
    head = cat(f"def {name}({V}: ", request_type(op, here), ") -> ", mapping, f"[str, {value}]:")
    items = ", ".join(f"{key!r}: {V}.{m.attr}" for key, m in members)
    return function(head, doc, [f"return {{{items}}}"])


def host_labels(op: Operation, here: str) -> Code | None:
    """``host_labels(v)``: placeholder -> the request member's value, for the host prefix."""
    doc = "The values of the host prefix's labels, from the request."
    return _member_map(op, here, names.HOST_LABELS, op.host_labels, "str | None", doc)


def endpoint_context(op: Operation, here: str) -> Code | None:
    """``endpoint_context(v)``: endpoint rule set parameter -> the request member's value."""
    doc = "The endpoint rule set's parameters the request gives (None: unset)."
    return _member_map(op, here, names.ENDPOINT_CONTEXT, op.endpoint_context, "object", doc)


def operation_spec(op: Operation, here: str) -> Code:
    """``OPERATION``: the operation's name and the generated functions that handle its data."""
    if op.input is None:
        check, serialize = VALIDATE("check_nothing"), SERDE("serialize_nothing")
        secrets: Piece = "None"
    else:
        cls, module = op.input.class_name, op.input.module
        check = runtime_ref(here, module, names.validator(cls))
        serialize = runtime_ref(here, module, names.serializer(cls))
        secrets = runtime_ref(here, module, names.secrets_collector(cls))
    if op.output is None:
        parse = SERDE("parse_nothing")
    else:
        parse = runtime_ref(here, op.output.module, names.parser(op.output.class_name))
    fill = names.FILL_SECRET_HASH if op.fills_secret_hash else "None"
    args: list[Piece] = [
        f"name={op.name!r},",
        cat("validate=", check, ","),
        cat("serialize=", serialize, ","),
        cat("parse=", parse, ","),
        f"signed={op.signed},",
        cat("secrets=", secrets, ","),
        f"fill_secret_hash={fill},",
    ]
    if op.host_prefix is not None:
        args.append(f"host_prefix={op.host_prefix!r},")
        args.append(f"host_labels={names.HOST_LABELS if op.host_labels else 'None'},")
    if op.request_compression:
        args.append("compress_request=True,")
    if op.endpoint_discovery is not None:
        args.append(f"endpoint_discovery={op.endpoint_discovery},")
    if op.endpoint_params:
        args.append(f"endpoint_params={dict(op.endpoint_params)!r},")
    if op.endpoint_context:
        args.append(f"endpoint_context={names.ENDPOINT_CONTEXT},")
    spec = from_import("typedaws_runtime.operation", "OperationSpec")
    kind = cat(spec, "[", request_type(op, here), ", ", response_type(op, here), "]")
    return lines(
        [cat(f"{names.OPERATION_SPEC}: ", kind, " = ", spec, "("), indent(lines(args)), ")"]
    )


# -- paginators -------------------------------------------------------------------------------


def items_type(pg: Paginator, here: str) -> Code:
    """``Sequence[item]``: the items of one page."""
    sequence = annotation_from_import("collections.abc", "Sequence")
    return cat(sequence, "[", item_type(pg, here), "]")


def item_type(pg: Paginator, here: str) -> Code:
    """The type of one item; ``Never`` for a paginator of pages only."""
    if pg.result is None:
        return annotation_from_import("typing", "Never")
    shape = pg.result.shape
    assert isinstance(shape, ListShape)
    return item_annotation(shape, here, output=True)


def _next_token_body(pg: Paginator) -> list[Piece]:
    token = f"{V}.{pg.output_token.attr} or None"
    if pg.more_results is None:
        return [f"return {token}"]
    return [f"return ({token}) if {V}.{pg.more_results.attr} else None"]


def _next_token_doc(pg: Paginator) -> str:
    doc = f"The {pg.output_token.wire_name} of one page: None on the last page"
    if pg.more_results is not None:
        doc += f", which is the one whose {pg.more_results.wire_name} is not true"
    return doc + "."


def paginator_functions(op: Operation, here: str) -> list[Code]:
    """The functions of ``PAGINATOR``, and ``PAGINATOR`` itself (none without a paginator)."""
    pg = op.paginator
    if pg is None:
        return []
    req, resp = request_type(op, here), response_type(op, here)
    with_token = copy(V, {pg.input_token.attr: "token"})
    spec = from_import("typedaws_runtime.operation", "PaginatorSpec")
    request_t = type_ref(here, pg.request.module, pg.request.class_name)
    response_t = type_ref(here, pg.response.module, pg.response.class_name)
    spec_type = cat(spec, "[", request_t, ", ", response_t, ", ", item_type(pg, here), "]")
    spec_args = [
        f"operation={names.OPERATION_SPEC},",
        f"token_member={pg.output_token.wire_name!r},",
        "with_token=with_token,",
        "next_token=next_token_of,",
    ]
    functions: list[Code] = []
    if pg.result is not None:
        items = items_type(pg, here)
        attr = pg.result.attr
        result = f"{V}.{attr}" if pg.result.required else f"{V}.{attr} or ()"
        spec_args += ["items=items_of,", "with_items=with_items,"]
        functions.append(
            function(
                cat(f"def items_of({V}: ", resp, ") -> ", items, ":"),
                items_doc(pg),
                [f"return {result}"],
            )
        )
    functions += [
        function(
            cat(f"def next_token_of({V}: ", resp, ") -> str | None:"),
            _next_token_doc(pg),
            _next_token_body(pg),
        ),
        function(
            cat(f"def with_token({V}: ", req, ", token: str | None) -> ", req, ":"),
            "The request for the page after ``token`` (the first page when None).",
            [cat("return ", with_token)],
        ),
    ]
    if pg.result is not None:
        functions.append(
            function(
                cat(
                    f"def with_items({V}: ",
                    resp,
                    ", items: ",
                    items_type(pg, here),
                    ") -> ",
                    resp,
                    ":",
                ),
                f"The page with its {pg.result.wire_name} replaced by ``items``.",
                [cat("return ", copy(V, {pg.result.attr: "list(items)"}))],
            )
        )
    functions.append(
        lines(
            [
                cat(f"{names.PAGINATOR_SPEC}: ", spec_type, " = ", spec, "("),
                indent(lines(spec_args)),
                ")",
                f'"""How ``{pg.method}`` walks the pages of {op.name}."""',
            ]
        )
    )
    return functions


def operation_parts(op: Operation, here: str) -> list[Code]:
    """Everything the operation's module holds after its shapes, in order."""
    parts = [
        request_alias(op, here),
        fill_secret_hash(op, here),
        host_labels(op, here),
        endpoint_context(op, here),
        operation_spec(op, here),
    ]
    return [p for p in parts if p is not None] + paginator_functions(op, here)
