"""The testing module's types: each operation's parameters as a ``TypedDict``, and the
``Stubber``'s ``add_response`` / ``add_client_error`` overloads that tie a client method to its
response and parameters, so a wrong response or parameter is a type error.

An overload recognises a method by its return type (``Callable[..., XResponse]``, or an
awaitable of it for the async client), which is enough where one operation returns that type.
Operations that share a return type (those without output return None) are told apart by
their keyword parameters instead, through a ``Protocol`` per signature; those overloads come
first, most parameters first, so a method matches its own signature before a shorter one it
could also be called as. Identical signatures share one overload (their parameters are the
same ``TypedDict`` shape).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from codegen import ir
from codegen.emit.annotations import member_annotation, parameter
from codegen.emit.code import Code, Piece, cat, from_import, indent, join, lines, type_from_import
from codegen.emit.operations import response_type

PARAMS_SUFFIX = "Params"
METHOD_ALIAS = "_Method"
"""The generic alias ``Callable[..., R] | Callable[..., Awaitable[R]]``: a sync or async method
returning ``R``."""
RESULT_VAR = "_R_co"
_DOC = {
    "add_response": '"""Queue ``response`` as the answer to the next call, to ``method``."""',
    "add_client_error": '"""Queue ``error`` to be raised by the next call, to ``method``."""',
}
REEXPORTS = (
    "Stubber",
    "ParamsMismatchError",
    "PendingResponsesError",
    "StubAssertionError",
    "UnexpectedCallError",
)
"""The names the testing module exports besides the parameter classes: its ``Stubber``, then
the runtime's failures, which it re-exports."""
TESTING = "_testing"
"""The alias the runtime's testing module is imported under."""


def params_name(op: ir.Operation) -> str:
    return f"{op.name}{PARAMS_SUFFIX}"


def _call_protocol_name(op: ir.Operation) -> str:
    return f"_{op.name}Call"


def params_class(op: ir.Operation, here: str) -> Code:
    """``class <Op>Params(TypedDict, total=False)``: the method's keyword parameters."""
    fields: list[Piece] = [
        f'"""The parameters of ``{op.method}``, for ``expected_params`` (only those given are '
        'compared)."""'
    ]
    fields += [cat(m.attr, ": ", member_annotation(m, here, output=False)) for m in op.params()]
    head = cat(f"class {params_name(op)}(", from_import("typing", "TypedDict"), ", total=False):")
    return lines([head, indent(join("\n", fields))])


def _signature_key(op: ir.Operation, here: str) -> str:
    """The keyword parameters, in name order: the same set in another order is the same
    signature (Kendra's DeleteDataSource and DeleteQuerySuggestionsBlockList)."""
    return ", ".join(sorted(parameter(m, here).text for m in op.params()))


def _call_protocol(op: ir.Operation, here: str) -> Code:
    """A protocol matching a client method (sync or async) by its keyword parameters."""
    params: list[Piece] = ["self,"]
    if op.params():
        params.append("*,")
        params += [cat(parameter(m, here), ",") for m in op.params()]
    head = cat(
        f"class {_call_protocol_name(op)}(", from_import("typing", "Protocol"), f"[{RESULT_VAR}]):"
    )
    call = lines(["def __call__(", indent(lines(params)), f") -> {RESULT_VAR}: ..."])
    return lines([head, indent(call)])


class _Key:
    """How the overloads of one operation recognise its method."""

    def __init__(self, op: ir.Operation, method_type: Code, response: Code) -> None:
        self.op = op
        self.method_type = method_type
        self.response = response


def _keys(service: ir.Service, here: str) -> tuple[list[_Key], list[Code]]:
    """The overload keys, in overload order, and the protocols they need."""
    by_response: dict[str, list[ir.Operation]] = {}
    for op in service.operations:
        by_response.setdefault(response_type(op, here).text, []).append(op)
    unique: list[_Key] = []
    shared: list[ir.Operation] = []
    for ops in by_response.values():
        if len(ops) == 1:
            response = response_type(ops[0], here)
            unique.append(_Key(ops[0], cat(f"{METHOD_ALIAS}[", response, "]"), response))
        else:
            shared += ops
    shared.sort(key=lambda op: -len(op.params()))  # stable: model order within a count
    keys: list[_Key] = []
    protocols: list[Code] = []
    seen: set[tuple[str, str]] = set()
    awaitable = type_from_import("collections.abc", "Awaitable")
    for op in shared:
        response = response_type(op, here)
        signature = (response.text, _signature_key(op, here))
        if signature in seen:
            continue
        seen.add(signature)
        protocols.append(_call_protocol(op, here))
        name = _call_protocol_name(op)
        method_type = cat(f"{name}[", response, f"] | {name}[", awaitable, "[", response, "]]")
        keys.append(_Key(op, method_type, response))
    return keys + unique, protocols


IMPLEMENTATION = {
    "add_response": "self._add_response(method, response, expected_params, exact)",
    "add_client_error": "self._add_client_error(method, error, expected_params, exact)",
}
"""What each method does, given its arguments (the runtime's ``Stubber`` does the work)."""


def _signature(name: str, key: _Key, second: Piece, body: Piece) -> Code:
    params: list[Piece] = [
        "self,",
        cat("method: ", key.method_type, ","),
        cat(second, ","),
        "*,",
        f"expected_params: {params_name(key.op)} | None = None,",
        "exact: bool = False,",
    ]
    return lines([f"def {name}(", indent(lines(params)), cat(") -> None:", body)])


def _methods(name: str, keys: list[_Key], second: Callable[[_Key], Piece]) -> list[Code]:
    """The method's overloads, one per key; with a single key, the method itself, typed."""
    if len(keys) == 1:  # an overload needs a second one: the one signature is the method's
        body = indent(lines(["", f"{_DOC[name]}", IMPLEMENTATION[name]]))
        return [_signature(name, keys[0], second(keys[0]), body)]
    decorator = cat("@", from_import("typing", "overload"))
    return [lines([decorator, _signature(name, k, second(k), " ...")]) for k in keys]


def overloads(service: ir.Service, here: str) -> tuple[list[Code], list[Code], list[Code]]:
    """The ``add_response`` and ``add_client_error`` methods' overloads (or, for a service of
    one operation, the methods themselves), and the protocols they use."""
    keys, protocols = _keys(service, here)
    error = cat("error: ", from_import("typedaws_runtime.errors", "SdkError"))
    responses = _methods("add_response", keys, lambda k: cat("response: ", k.response))
    errors = _methods("add_client_error", keys, lambda k: error)
    return responses, errors, protocols


def _structures(service: ir.Service) -> Mapping[tuple[str, str], ir.Structure]:
    return {(s.module, s.class_name): s for m in service.modules for s in m.structures}


def _holds_secrets(
    shape: ir.Shape,
    structures: Mapping[tuple[str, str], ir.Structure],
    seen: frozenset[tuple[str, str]] = frozenset(),
) -> bool:
    """Whether a value of ``shape`` can hold a sensitive value, at any depth."""
    match shape:
        case ir.StructRef(module=module, class_name=name):
            key = (module, name)
            if key in seen or key not in structures:
                return False
            return any(
                m.sensitive or _holds_secrets(m.shape, structures, seen | {key})
                for m in structures[key].members
            )
        case ir.ListShape(member=items) | ir.MapShape(value=items):
            return _holds_secrets(items, structures, seen)
        case _:
            return False


def operations_table(service: ir.Service) -> Code:
    """``_OPERATIONS``: client method -> its operation, its parameters and those that hold
    secrets (names separated by spaces)."""
    structures = _structures(service)
    rows: list[str] = []
    for op in service.operations:
        params = sorted(m.attr for m in op.params())
        secret = sorted(
            m.attr for m in op.params() if m.sensitive or _holds_secrets(m.shape, structures)
        )
        rows.append(
            f"{op.method!r}: {TESTING}.Operation({op.name!r}, "
            f"{' '.join(params)!r}, {' '.join(secret)!r}),"
        )
    mapping = type_from_import("collections.abc", "Mapping")
    return lines(
        [
            cat("_OPERATIONS: ", mapping, f"[str, {TESTING}.Operation] = {{"),
            indent(lines(rows)),
            "}",
        ]
    )
