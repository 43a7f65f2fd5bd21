"""Waiters: the ``_waiters`` module (each acceptor's expression as a function of the typed
response, and each waiter's ``WaiterSpec``) and the clients' ``wait_until_<waiter>`` methods.

An expression becomes a function ``(v: Response) -> object`` of plain statements: each value
that may be None is held in a local before its attribute is read, and the items of a list are
read by a nested function that ``project`` or ``select`` (``typedaws_runtime.waiters``) maps
over the list. JMESPath's truth, equality and order come from the same runtime module.
"""

from __future__ import annotations

import textwrap

from codegen.docs import docstring_safe
from codegen.emit import names
from codegen.emit.annotations import annotation, parameter
from codegen.emit.code import (
    LINE_LENGTH,
    Code,
    Piece,
    RuntimeModule,
    cat,
    indent,
    join,
    lines,
    runtime_import,
    runtime_ref,
)
from codegen.emit.docstrings import docblock
from codegen.emit.operations import request_type, response_type
from codegen.ir import Service
from codegen.ir_waiters import (
    Acceptor,
    Compare,
    Current,
    Expr,
    Field,
    Function,
    Literal,
    Logic,
    Not,
    Project,
    Select,
    Value,
    Waiter,
)

MODULE = "_waiters"
"""The generated module of the waiters' specs: the clients import it on first wait."""
WAITING = RuntimeModule("typedaws_runtime", "waiters", "_w")
"""The runtime's waiters: the wait loops, and JMESPath's meaning of values."""
V = names.VALUE
OP, REQUEST = names.OPERATION_MODULE, names.REQUEST


def argument_function(w: Waiter, index: int) -> str:
    """The name of the function of acceptor ``index``'s expression: that of the first
    acceptor of the waiter with the same expression (one function for each expression)."""
    argument = w.acceptors[index].argument
    first = next(i for i, a in enumerate(w.acceptors) if a.argument == argument)
    return f"{w.constant.lower()}_{first}"


# -- expressions ------------------------------------------------------------------------------


class _Body:
    """The statements of one expression's function, and of the functions nested in it."""

    def __init__(self, here: str) -> None:
        self.here = here
        self.count = 0

    def name(self, stem: str) -> str:
        self.count += 1
        return f"{stem}{self.count}"

    def held(self, expr: Code, out: list[Piece]) -> Code:
        """``expr`` as a name: a local assigned first unless it is one already."""
        if expr.text.isidentifier():
            return expr
        local = self.name("t")
        out.append(cat(f"{local} = ", expr))
        return Code(local, expr.imports)

    def item_annotation(self, value: Value) -> Code:
        base = (
            Code("object")
            if value.shape is None
            else annotation(value.shape, self.here, output=True)
        )
        return cat(base, " | None") if value.nullable and value.shape is not None else base

    def nested(self, stem: str, item: Value, expr: Expr, out: list[Piece]) -> str:
        """A function of one list item evaluating ``expr``, defined in ``out``; its name."""
        fn, param = self.name(stem), self.name("x")
        inner: list[Piece] = []
        result = self.expr(expr, Code(param), inner)
        inner.append(cat("return ", result))
        head = cat(f"def {fn}({param}: ", self.item_annotation(item), ") -> object:")
        out.append(lines([head, indent(lines(inner))]))
        return fn

    def expr(self, e: Expr, subject: Code, out: list[Piece]) -> Code:
        """The value of ``e`` evaluated on ``subject``, statements it needs appended to ``out``."""
        match e:
            case Current():
                return subject
            case Field(base=base, member=member):
                if not base.value.nullable:
                    return cat(self.expr(base, subject, out), f".{member.attr}")
                held = self.held(self.expr(base, subject, out), out)
                return cat(f"None if {held.text} is None else ", held, f".{member.attr}")
            case Project(base=base, each=each):
                values = self.expr(base, subject, out)
                items = base.value.items
                assert items is not None  # resolved against a list
                fn = self.nested("each", items, each, out)
                return cat(WAITING("project"), "(", values, f", {fn})")
            case Select(base=base, keep=keep):
                values = self.expr(base, subject, out)
                items = base.value.items
                assert items is not None  # resolved against a list
                fn = self.nested("keep", items, keep, out)
                return cat(WAITING("select"), "(", values, f", {fn})")
            case Literal(json=json):
                return Code(repr(json))
            case Compare(op=op, left=left, right=right):
                a, b = self.expr(left, subject, out), self.expr(right, subject, out)
                if op in ("==", "!="):
                    test = cat(WAITING("equals"), "(", a, ", ", b, ")")
                    return test if op == "==" else cat("not ", test)
                return cat(WAITING("compare"), f"({op!r}, ", a, ", ", b, ")")
            case Logic(op=op, left=left, right=right):
                a = self.held(self.expr(left, subject, out), out)
                b = self.expr(right, subject, out)
                truth = cat(WAITING("truthy"), "(", a, ")")
                if op == "and":
                    return cat("(", b, " if ", truth, " else ", a, ")")
                return cat("(", a, " if ", truth, " else ", b, ")")
            case Not(operand=operand):
                return cat("not ", WAITING("truthy"), "(", self.expr(operand, subject, out), ")")
            case Function(name=name, args=args):
                found = [self.expr(a, subject, out) for a in args]
                return cat(WAITING(name), "(", join(", ", found), ")")


def argument_body(w: Waiter, index: int, acceptor: Acceptor, here: str) -> Code:
    """``def <waiter>_<index>(v: Response) -> object``: the value of the acceptor's expression."""
    assert acceptor.path is not None and acceptor.argument is not None
    body = _Body(here)
    out: list[Piece] = []
    result = body.expr(acceptor.path, Code(V), out)
    out.append(cat("return ", result))
    doc = _fill(docstring_safe(f"``{acceptor.argument}`` of a {w.operation.name} response."), 0)
    head = cat(
        f"def {argument_function(w, index)}({V}: ", response_type(w.operation, here), ") -> object:"
    )
    return lines([head, indent(lines([f'"""{doc}"""', *out]))])


def waiter_spec(w: Waiter, here: str) -> Code:
    """``<WAITER>``: the waiter's ``WaiterSpec``."""
    op = w.operation
    # Through the module's alias: a model class may be named Acceptor or WaiterSpec.
    acceptor_cls = WAITING("Acceptor")
    acceptors: list[Piece] = []
    for i, a in enumerate(w.acceptors):
        given = [f"state={a.state!r}", f"matcher={a.matcher!r}", f"expected={a.expected!r}"]
        if a.path is not None:
            given += [f"argument={a.argument!r}", f"path={argument_function(w, i)}"]
        acceptors.append(cat(acceptor_cls, f"({', '.join(given)}),"))
    spec = WAITING("WaiterSpec")
    kind = cat(spec, "[", request_type(op, here), ", ", response_type(op, here), "]")
    args: list[Piece] = [
        f"name={w.name!r},",
        cat("operation=", runtime_ref(here, op.module, names.OPERATION_SPEC), ","),
        f"delay={w.delay!r},",
        f"max_attempts={w.max_attempts!r},",
        lines(["acceptors=(", indent(lines(acceptors)), "),"]),
    ]
    return lines(
        [
            cat(f"{w.constant}: ", kind, " = ", spec, "("),
            indent(lines(args)),
            ")",
            f'"""How ``{w.method}`` waits."""',
        ]
    )


def module_body(service: Service) -> Code:
    """The ``_waiters`` module's definitions: expression functions, then specs."""
    parts: list[Code] = []
    for w in service.waiters:
        for i, a in enumerate(w.acceptors):
            if a.path is not None and argument_function(w, i) == f"{w.constant.lower()}_{i}":
                parts.append(argument_body(w, i, a, MODULE))
        parts.append(waiter_spec(w, MODULE))
    return join("\n\n\n", parts)


# -- client methods ---------------------------------------------------------------------------


def control_params(w: Waiter) -> list[str]:
    """The wait method's own keyword arguments, as written in its signature."""
    return [
        f"delay: float = {w.delay!r}",
        f"max_attempts: int = {w.max_attempts!r}",
        "max_wait: float | None = None",
    ]


def _fill(text: str, indent: int) -> str:
    return textwrap.fill(text, width=LINE_LENGTH - 4 - indent)


def _item(name: str, text: str) -> str:
    return f"    {name}:\n" + "\n".join("        " + ln if ln else "" for ln in text.split("\n"))


def _outcome(a: Acceptor) -> str:
    if a.path is not None:
        scope = {"path": "", "pathAll": "every item of ", "pathAny": "an item of "}[a.matcher]
        return f"{scope}``{a.argument}`` is {a.expected!r}"
    if a.matcher == "status":
        return f"the HTTP status is {a.expected}"
    if a.expected is True:
        return "the call fails"
    if a.expected is False:
        return "the call succeeds"
    return f"the call fails with {a.expected}"


def wait_doc(w: Waiter, indent: int) -> str:
    """The wait method's docstring: what it waits for, then Args, Returns and Raises."""
    op = w.operation
    summary = docblock(w.description, indent) or f"Waits until the {w.name} waiter succeeds."
    when: dict[str, list[str]] = {"success": [], "failure": [], "retry": []}
    for a in w.acceptors:
        when[a.state].append(_outcome(a))
    rules = [f"Succeeds when {' or '.join(when['success'])}."]
    if when["failure"]:
        rules.append(f"Fails when {' or '.join(when['failure'])}.")
    if when["retry"]:
        rules.append(f"Calls again when {' or '.join(when['retry'])}.")
    how = (
        f"Calls ``{op.method}`` every ``delay`` seconds, at most ``max_attempts`` times, "
        "until the first acceptor of its outcome says success or failure (the first match "
        f"decides, in this order). {' '.join(rules)}"
    )
    args = ["Args:"]
    for m in op.params():
        args.append(_item(m.attr, docblock(m.documentation, indent + 8) or "(no documentation)"))
    args += [
        _item("delay", _fill("Seconds between calls.", indent + 8)),
        _item("max_attempts", _fill("Calls to make at most.", indent + 8)),
        _item(
            "max_wait",
            _fill("Seconds to wait at most: no call starts later. No limit when None.", indent + 8),
        ),
    ]
    if w.success_needs_response and op.output is not None:
        returns = f"Returns:\n{_item(op.output.class_name, 'The last response, which matched.')}"
    elif w.success_needs_error or op.output is None:
        returns = "Returns:\n    None: the waiter succeeded."
    else:
        text = "The last response, or None when a service error is what succeeded."
        returns = f"Returns:\n{_item(op.output.class_name, text)}"
    raises = "\n".join(
        [
            "Raises:",
            "    WaiterFailureError: an acceptor says the state can no longer be reached.",
            "    WaiterTimeoutError: ``max_attempts`` calls or ``max_wait`` seconds went by.",
            "    WaiterUnexpectedError: a service error that no acceptor expects.",
            "    ValidationError: the request or a waiter argument breaks a constraint.",
            "    TransportError: the HTTP exchange failed (connection error or timeout).",
        ]
    )
    text = "\n\n".join(
        [summary, _fill(docstring_safe(how), indent), "\n".join(args), returns, raises]
    )
    return text


def wait_method(w: Waiter, here: str, package: str, *, is_async: bool) -> Code:
    """``wait_until_<waiter>``: the operation's arguments and the waiter's controls."""
    op = w.operation
    params: list[Piece] = [parameter(m, here) for m in op.params()]
    params += control_params(w)
    response = response_type(op, here)
    call_kind = "await " if is_async else ""
    run = "async_wait" if is_async else "wait"
    if op.output is None or w.success_needs_error:
        returns: Piece = "None"
        finish = ""
    elif w.success_needs_response:
        returns = response
        finish = f"return _waiting.responded({MODULE}.{w.constant}, response)"
    else:
        returns = cat(response, " | None")
        finish = "return response"
    inner: list[Piece] = ["self,", "*,", *(cat(p, ",") for p in params)]
    head = lines(
        [
            f"{'async ' if is_async else ''}def {w.method}(",
            indent(lines(inner)),
            cat(") -> ", returns, ":"),
        ]
    )
    ops, parent = names.OPERATIONS_PACKAGE, op.module.rpartition(".")[0]
    module_ref = Code(
        f"{OP} = {ops}.{op.module_leaf}", runtime_import(f"from {package} import {parent} as {ops}")
    )
    if op.input is None:
        request = "None"
    else:
        request = (
            f"{OP}.{names.REQUEST_CLASS}({', '.join(f'{m.attr}={m.attr}' for m in op.params())})"
        )
    call = (
        f"{call_kind}_waiting.{run}(self._invoke, {MODULE}.{w.constant}, {REQUEST}, "
        "delay=delay, max_attempts=max_attempts, max_wait=max_wait)"
    )
    body: list[Piece] = [
        f'"""{wait_doc(w, 8)}"""',
        "from typedaws_runtime import waiters as _waiting",
        f"from {package} import {MODULE}",
        module_ref,
        "",
        f"{REQUEST} = {request}",
    ]
    if finish:
        body += [f"response = {call}", finish]
    else:
        body.append(call)
    return lines([head, indent(lines(body))])


def client_methods(service: Service, here: str, *, is_async: bool) -> list[Code]:
    """The wait methods of one client class, in the waiters' order."""
    return [wait_method(w, here, service.package, is_async=is_async) for w in service.waiters]
