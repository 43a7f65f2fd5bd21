"""Client methods: one per operation (keyword arguments, the request built from them, the
call), and ``paginate_<operation>`` where the operation pages."""

from __future__ import annotations

from codegen.emit import names
from codegen.emit.annotations import parameter
from codegen.emit.code import (
    Code,
    Piece,
    cat,
    from_import,
    indent,
    lines,
    runtime_import,
    type_from_import,
)
from codegen.emit.docstrings import operation_doc, paginator_doc
from codegen.emit.operations import item_type, response_type
from codegen.ir import Operation, Paginator

OP, REQUEST = names.OPERATION_MODULE, names.REQUEST


def service_attribute(package: str) -> Code:
    """The client class's ``_service``: the service's spec."""
    return cat("_service = ", from_import(f"{package}._service", "SERVICE"))


def _module_ref(op: Operation, package: str) -> Code:
    """The statement that reaches the operation's module, as ``_op``.

    An attribute of the ``_operations`` package, which imports the module the first time it is
    asked for (its ``__getattr__``); later calls are a dictionary lookup, where even
    ``import a.b as _op`` costs an import-system call with two attribute checks.
    """
    ops, parent = names.OPERATIONS_PACKAGE, op.module.rpartition(".")[0]
    line = f"from {package} import {parent} as {ops}"
    return Code(f"{OP} = {ops}.{op.module_leaf}", runtime_import(line))


def _signature(def_line: str, params: list[Piece], returns: Piece) -> Code:
    """``def name(self, *, params...) -> returns:`` (no ``*`` without parameters)."""
    inner: list[Piece] = ["self,"]
    if params:
        inner.append("*,")
        inner += [cat(p, ",") for p in params]
    return lines([f"{def_line}(", indent(lines(inner)), cat(") -> ", returns, ":")])


def _request_expr(op: Operation) -> str:
    """The request a client method hands on, built from its parameters."""
    if op.input is None:
        return "None"
    args = ", ".join(f"{m.attr}={m.attr}" for m in op.params())
    return f"{OP}.{names.REQUEST_CLASS}({args})"


def operation_method(op: Operation, here: str, package: str, *, is_async: bool) -> Code:
    params: list[Piece] = [parameter(m, here) for m in op.params()]
    head = _signature(
        f"{'async ' if is_async else ''}def {op.method}", params, response_type(op, here)
    )
    call = (
        f"return {'await ' if is_async else ''}self._invoke({OP}.{names.OPERATION_SPEC}, {REQUEST})"
    )
    body = lines(
        [
            f'"""{operation_doc(op, 8)}"""',
            _module_ref(op, package),
            "",
            f"{REQUEST} = {_request_expr(op)}",
            call,
        ]
    )
    return lines([head, indent(body)])


def _runtime_class(pg: Paginator, is_async: bool) -> str:
    """The runtime's paginator class: ``PagePaginator`` when the pages have no one list."""
    name = "Paginator" if pg.result is not None else "PagePaginator"
    return f"Async{name}" if is_async else name


def control_params(pg: Paginator) -> list[str]:
    """The paginate method's own keyword arguments, as written in its signature."""
    params: list[str] = []
    if pg.limit is not None:
        if pg.limit_default is not None:
            params.append(f"page_size: int = {pg.limit_default}")
        elif pg.limit.required:
            params.append("page_size: int")
        else:
            params.append("page_size: int | None = None")
    if pg.result is not None:
        params.append("max_items: int | None = None")
    params.append("starting_token: str | None = None")
    return params


def paginate_method(op: Operation, here: str, package: str, *, is_async: bool) -> Code | None:
    pg = op.paginator
    if pg is None:
        return None
    cls = _runtime_class(pg, is_async)
    returns = cat(
        type_from_import("typedaws_runtime.paginate", cls),
        "[",
        response_type(op, here),
        ", ",
        item_type(pg, here),
        "]",
    )
    params: list[Piece] = [parameter(m, here) for m in pg.params]
    head = _signature(f"def {pg.method}", [*params, *control_params(pg)], returns)
    args = [f"{m.attr}={m.attr}" for m in pg.params]
    if pg.limit is not None:
        args.append(f"{pg.limit.attr}=page_size")
    args.append(f"{pg.input_token.attr}=starting_token")
    doc = paginator_doc(pg, 8, runtime_class=cls, is_async=is_async)
    body = lines(
        [
            f'"""{doc}"""',
            "from typedaws_runtime import paginate as _paginate",
            _module_ref(op, package),
            "",
            f"{REQUEST} = {OP}.{names.REQUEST_CLASS}({', '.join(args)})",
            f"return _paginate.{cls}(self._invoke, {OP}.{names.PAGINATOR_SPEC}, {REQUEST}, "
            + (
                "start=starting_token, max_items=max_items)"
                if pg.result
                else "start=starting_token)"
            ),
        ]
    )
    return lines([head, indent(body)])
