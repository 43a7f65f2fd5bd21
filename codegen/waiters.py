"""Waiters: ``waiters-2.json`` read, and each acceptor's JMESPath expression resolved against
the operation's response, into the IR of ``codegen.ir_waiters``.

An expression is parsed by the ``jmespath`` library (botocore's own dependency, used here
only) and resolved node by node against the IR's structures: each field must be a member of
the structure it is read from, so the generated function reads typed attributes. The subset
resolved is what botocore's awsJson waiters use: fields, ``[]`` / ``[*]`` projections of
lists, ``[?...]`` filters, comparisons, ``&&``, ``||``, ``!``, literals, ``length()`` and
``contains()``. Anything else is a ``ModelError``: a waiter is generated right or not at all,
never one whose acceptor silently never matches.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Mapping
from typing import cast

from codegen import naming
from codegen.ir import ListShape, Operation, Service, Shape, StructRef, Structure
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
from codegen.view import ModelError

JsonObject = Mapping[str, object]

SUPPORTED_VERSION = 2
STATES = frozenset({"success", "failure", "retry"})
MATCHERS = frozenset({"path", "pathAll", "pathAny", "error", "status"})
COMPARATORS = {"eq": "==", "ne": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}
FUNCTIONS = {"length": 1, "contains": 2}


def _parse(expression: str) -> JsonObject:
    """The AST of a JMESPath expression, as the ``jmespath`` library gives it (dicts)."""
    parser = importlib.import_module("jmespath.parser")  # untyped: one class, one attribute
    try:
        parsed = parser.Parser().parse(expression).parsed
    except Exception as exc:  # the library's ParseError, LexerError...
        raise ModelError(f"JMESPath expression {expression!r} does not parse: {exc}") from exc
    return cast(JsonObject, parsed)


def _children(node: JsonObject) -> list[JsonObject]:
    return cast(list[JsonObject], node.get("children", []))


class _Resolver:
    """Resolves one expression against a response structure."""

    def __init__(self, expression: str, structure: Callable[[str], Structure]) -> None:
        self.expression = expression
        self.structure = structure

    def fail(self, why: str) -> ModelError:
        return ModelError(f"JMESPath expression {self.expression!r}: {why}")

    def value_of(self, shape: Shape, *, nullable: bool) -> Value:
        if isinstance(shape, StructRef):
            return Value(shape=shape, struct=self.structure(shape.name), nullable=nullable)
        if isinstance(shape, ListShape):
            items = self.value_of(shape.member, nullable=shape.sparse)
            return Value(shape=shape, items=items, nullable=nullable)
        return Value(shape=shape, nullable=nullable)

    def resolve(self, node: JsonObject, current: Expr) -> Expr:
        """``node`` evaluated on ``current``: the expression's subject, or what the left side
        of a subexpression gives (JMESPath evaluates the right side on it)."""
        kind = node.get("type")
        kids = _children(node)
        if kind in ("identity", "current"):
            return current
        if kind == "field":
            return self.field(current, str(node["value"]))
        if kind == "subexpression":  # a.b.c: one node, each child read from the one before
            for kid in kids:
                current = self.resolve(kid, current)
            return current
        if kind == "flatten":
            return self.flatten(self.resolve(kids[0], current))
        if kind == "projection":
            return self.project(self.resolve(kids[0], current), kids[1])
        if kind == "filter_projection":
            base = self.resolve(kids[0], current)
            items = self.items_of(base, "[?...]")
            keep = self.resolve(kids[2], Current(value=items))
            selected = Select(base=base, keep=keep, value=base.value)
            return self.project(selected, kids[1])
        if kind == "literal":
            return Literal(json=node["value"])
        if kind == "comparator":
            op = COMPARATORS.get(str(node["value"]))
            if op is None:
                raise self.fail(f"comparator {node['value']!r} is not supported")
            left, right = (self.resolve(k, current) for k in kids)
            return Compare(op=op, left=left, right=right)
        if kind in ("and_expression", "or_expression"):
            left, right = (self.resolve(k, current) for k in kids)
            return Logic(op=str(kind).partition("_")[0], left=left, right=right)
        if kind == "not_expression":
            return Not(operand=self.resolve(kids[0], current))
        if kind == "function_expression":
            name = str(node["value"])
            if FUNCTIONS.get(name) != len(kids):
                raise self.fail(f"function {name}() with {len(kids)} arguments is not supported")
            return Function(name=name, args=tuple(self.resolve(k, current) for k in kids))
        raise self.fail(f"{kind} is not supported")

    def field(self, base: Expr, name: str) -> Expr:
        struct = base.value.struct
        if struct is None:
            raise self.fail(f"{name!r} is read from a value that is not a structure")
        member = next((m for m in struct.members if m.wire_name == name), None)
        if member is None:
            raise self.fail(f"{name!r} is not a member of {struct.name}")
        nullable = base.value.nullable or not member.required
        return Field(base=base, member=member, value=self.value_of(member.shape, nullable=nullable))

    def items_of(self, base: Expr, what: str) -> Value:
        items = base.value.items
        if items is None:
            raise self.fail(f"{what} of a value that is not a list")
        return items

    def flatten(self, base: Expr) -> Expr:
        """``base[]``: a list of lists made one list; a list of anything else is kept."""
        items = self.items_of(base, "[]")
        if items.items is not None or items.shape is None:
            raise self.fail("[] of a list whose items may be lists is not supported")
        return base

    def project(self, base: Expr, node: JsonObject) -> Expr:
        items = self.items_of(base, "a projection")
        each = self.resolve(node, Current(value=items))
        if isinstance(each, Current) and not items.nullable:
            return base  # every item, none of them null
        result = Value(items=_non_null(each.value), nullable=base.value.nullable)
        return Project(base=base, each=each, value=result)


def _non_null(value: Value) -> Value:
    return Value(shape=value.shape, struct=value.struct, items=value.items, nullable=False)


def resolve(expression: str, response: Structure, structure: Callable[[str], Structure]) -> Expr:
    """The expression, resolved against ``response`` (``structure``: a structure by name)."""
    resolver = _Resolver(expression, structure)
    root = Current(value=Value(struct=response, nullable=False))
    return resolver.resolve(_parse(expression), root)


# --------------------------------------------------------------------------------------------
# waiters-2.json


def _acceptor(
    where: str, raw: object, output: Structure | None, structure: Callable[[str], Structure]
) -> Acceptor:
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: an acceptor is not an object")
    entry = cast(JsonObject, raw)
    state, matcher = entry.get("state"), entry.get("matcher")
    if state not in STATES or matcher not in MATCHERS:
        raise ModelError(f"{where}: acceptor state {state!r} / matcher {matcher!r} unknown")
    if "expected" not in entry:
        raise ModelError(f"{where}: an acceptor has no expected value")
    expected = entry["expected"]
    argument = entry.get("argument")
    path = None
    if matcher in ("path", "pathAll", "pathAny"):
        if not isinstance(argument, str):
            raise ModelError(f"{where}: a {matcher} acceptor has no argument")
        if output is None:
            raise ModelError(f"{where}: a {matcher} acceptor, but the operation has no output")
        try:
            path = resolve(argument, output, structure)
        except ModelError as exc:
            raise ModelError(f"{where}: {exc}") from exc
    elif matcher == "error" and not isinstance(expected, (str, bool)):
        raise ModelError(f"{where}: an error acceptor expects {expected!r}")
    elif matcher == "status" and (isinstance(expected, bool) or not isinstance(expected, int)):
        raise ModelError(f"{where}: a status acceptor expects {expected!r}")
    return Acceptor(
        state=str(state),
        matcher=str(matcher),
        expected=expected,
        argument=argument if isinstance(argument, str) else None,
        path=path,
    )


def build_waiters(
    model: JsonObject | None,
    service: Service,
    structure: Callable[[str], Structure],
    taken: Collection[str] = (),
) -> tuple[Waiter, ...]:
    """The waiters of ``waiters-2.json`` (``model``) whose operation ``service`` has, sorted by
    name; ``structure`` gives a structure of the service by name, ``taken`` the client's
    other attribute names. ModelError for a waiter the generator cannot make right."""
    if model is None:
        return ()
    if model.get("version") != SUPPORTED_VERSION:
        raise ModelError(f"waiters: version {model.get('version')!r} is not supported")
    entries = model.get("waiters", {})
    if not isinstance(entries, dict):
        raise ModelError("waiters: expected an object")
    operations = {op.name: op for op in service.operations}
    used = set(taken) | naming.CLIENT_RESERVED
    used |= {op.method for op in service.operations}
    used |= {op.paginator.method for op in service.operations if op.paginator is not None}
    waiters: list[Waiter] = []
    for name, raw in sorted(cast(JsonObject, entries).items()):
        where = f"waiter {name}"
        if not isinstance(raw, dict):
            raise ModelError(f"{where}: expected an object")
        entry = cast(JsonObject, raw)
        op_name = entry.get("operation")
        op = operations.get(str(op_name))
        if op is None:
            continue  # an operation left out of this package: so is its waiter
        waiters.append(_waiter(where, name, entry, op, structure, used))
    return tuple(waiters)


def _waiter(
    where: str,
    name: str,
    entry: JsonObject,
    op: Operation,
    structure: Callable[[str], Structure],
    used: set[str],
) -> Waiter:
    delay, attempts = entry.get("delay"), entry.get("maxAttempts")
    if isinstance(delay, bool) or not isinstance(delay, (int, float)) or delay < 0:
        raise ModelError(f"{where}: delay {delay!r} is not a number of seconds")
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        raise ModelError(f"{where}: maxAttempts {attempts!r} is not a positive integer")
    raw_acceptors = entry.get("acceptors")
    if not isinstance(raw_acceptors, list) or not raw_acceptors:
        raise ModelError(f"{where}: no acceptors")
    acceptors = tuple(
        _acceptor(where, a, op.output, structure) for a in cast(list[object], raw_acceptors)
    )
    if not any(a.state == "success" for a in acceptors):
        raise ModelError(f"{where}: no acceptor leads to success")
    method = "wait_until_" + naming.snake(name)
    if method in used or not method.isidentifier():
        raise ModelError(f"{where}: method {method} clashes with another client attribute")
    used.add(method)
    clash = sorted({m.attr for m in op.params()} & set(Waiter.CONTROLS))
    if clash:
        raise ModelError(f"{where}: {op.name} has members named like waiter arguments: {clash}")
    description = entry.get("description")
    return Waiter(
        name=name,
        method=method,
        constant=naming.snake(name).upper(),
        operation=op,
        delay=delay,
        max_attempts=attempts,
        description=description if isinstance(description, str) else "",
        acceptors=acceptors,
    )
