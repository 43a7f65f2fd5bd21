"""Validators: ``check_<class>(value, path, problems, required)``, what is wrong with a
request structure, appended to ``problems`` before anything is sent.

What the model requires of a value is described once per shape (``Rule``): the runtime check
that reports a problem, and the bounds it enforces. From that description come both the call
of the check and, where it is cheap, an inline test that a value is certainly valid, which
lets a valid member skip the call (a few compares instead of a call that builds the member's
path).
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen import ir
from codegen.emit import names
from codegen.emit.code import VALIDATE, Code, Piece, cat, indent, join, lines, runtime_ref

V, X, P, PATH, PROBLEMS = names.VALUE, names.ITEM, names.ITEM_PATH, names.PATH, names.PROBLEMS


@dataclass(frozen=True, kw_only=True)
class Rule:
    """What the model requires of a scalar value: a check of ``aws_runtime.validate``, and the
    bounds that check enforces."""

    check: str
    """The runtime check (``check_str``), which reports the type and each bound broken."""
    bounds: tuple[int | float | None, int | float | None] | None = None
    """(low, high), for checks that take bounds (None where the model sets none)."""
    sized: bool = False
    """The bounds limit ``len(value)``, not the value."""
    exact_type: str | None = None
    """The type a valid value has exactly (``type(value) is str``): the inline test; None
    where no inline test is worth writing."""


def rule(shape: ir.Shape) -> Rule | None:
    """The rule of a scalar shape; None for containers and structures."""
    match shape:
        case ir.StringShape() | ir.EnumShape():
            # type() rather than isinstance(): str subclasses (enum members) take the full check.
            bounds = (shape.min_len, shape.max_len)
            return Rule(check="check_str", bounds=bounds, sized=True, exact_type="str")
        case ir.IntegerShape():
            # type() rather than isinstance(): bools and int subclasses take the full check.
            bounds = (shape.minimum, shape.maximum)
            return Rule(check="check_int", bounds=bounds, exact_type="int")
        case ir.FloatShape():
            return Rule(check="check_float", bounds=(shape.minimum, shape.maximum))
        case ir.BooleanShape():
            return Rule(check="check_bool", exact_type="bool")
        case ir.TimestampShape():
            return Rule(check="check_timestamp")
        case ir.BlobShape():
            return Rule(check="check_blob", bounds=(shape.min_len, shape.max_len), sized=True)
        case ir.DocumentShape():
            return Rule(check="check_document")
        case _:
            return None


def _call(helper: str, expr: Piece, path: Piece, required: str, *extra: Piece) -> Code:
    """``helper(value, path, problems, required, *extra)``."""
    args = join(", ", [expr, path, PROBLEMS, required, *extra])
    return cat(VALIDATE(helper), "(", args, ")")


def _bound(value: int | float | None) -> str:
    return repr(value)


def check(shape: ir.Shape, expr: str, path: Piece, required: str, here: str) -> Code:
    """A call that appends to ``problems`` what is wrong with input ``expr``."""
    scalar = rule(shape)
    if scalar is not None:
        extra = [_bound(b) for b in scalar.bounds] if scalar.bounds is not None else []
        return _call(scalar.check, expr, path, required, *extra)
    match shape:
        case ir.ListShape():
            item = check(shape.member, X, P, str(not shape.sparse), here)
            bounds = _bound(shape.min_len), _bound(shape.max_len)
            item_fn = cat(f"lambda {X}, {P}: ", item)
            return _call("check_list", expr, path, required, *bounds, item_fn)
        case ir.MapShape():
            key = check(shape.key, X, P, "True", here)
            value = check(shape.value, X, P, str(not shape.sparse), here)
            bounds = _bound(shape.min_len), _bound(shape.max_len)
            key_fn, value_fn = cat(f"lambda {X}, {P}: ", key), cat(f"lambda {X}, {P}: ", value)
            return _call("check_map", expr, path, required, *bounds, key_fn, value_fn)
        case ir.StructRef():
            fn = runtime_ref(here, shape.module, names.validator(shape.class_name))
            return cat(fn, f"({expr}, ", path, f", {PROBLEMS}, {required})")
        case _:
            raise TypeError(f"no check for {shape!r}")


def needs_check(shape: ir.Shape, expr: str) -> str | None:
    """A cheap condition, false only if ``expr`` (not None) is certainly valid, or None when
    there is none: the full check runs only where it holds.

    No function call: it runs for every member of every request.
    """
    scalar = rule(shape)
    if scalar is None or scalar.exact_type is None:
        return None
    if scalar.exact_type == "bool":
        return f"not ({expr} is True or {expr} is False)"
    kind = f"type({expr}) is {scalar.exact_type}"
    low, high = scalar.bounds if scalar.bounds is not None else (None, None)
    size = f"len({expr})" if scalar.sized else expr
    if low is not None and high is not None:
        return f"not ({kind} and {low!r} <= {size} <= {high!r})"
    if low is not None:
        return f"not ({kind} and {size} >= {low!r})"
    if high is not None:
        return f"not ({kind} and {size} <= {high!r})"
    return f"type({expr}) is not {scalar.exact_type}"


def _member_lines(member: ir.Member, here: str) -> Code:
    """Statements that append to ``problems`` what is wrong with this member of ``v``."""
    value = f"{V}.{member.attr}"
    path = cat(VALIDATE("join"), f"({PATH}, {member.attr!r})")
    call = check(member.shape, value, path, str(member.required), here)
    test = needs_check(member.shape, value)
    if test is None:
        if member.required:
            return call
        return lines([f"if {value} is not None:", indent(call)])
    unless = test if member.required else f"{value} is not None and {test}"
    return lines([f"if {unless}:", indent(call)])


def validator_function(struct: ir.Structure, here: str) -> Code:
    """``check_<class>(value, path, problems, required)``: the value's type, then each member;
    a union has exactly one member set."""
    cls = struct.class_name
    head = (
        f"def {names.validator(cls)}({names.UNCHECKED}: object, {PATH}: str, "
        f"{PROBLEMS}: list[str], {names.REQUIRED}: bool) -> None:"
    )
    args = f"{names.UNCHECKED}, {cls}, {PATH}, {PROBLEMS}, {names.REQUIRED}"
    body: list[Piece] = [
        cat(f"{V} = ", VALIDATE("check_structure"), f"({args})"),
        f"if {V} is None:",
        "    return",
    ]
    body += [_member_lines(m, here) for m in struct.members]
    if struct.is_union:
        attrs = [m.attr for m in struct.members]
        values = "".join(f"{V}.{a}, " for a in attrs)
        body.append(cat(VALIDATE("check_union"), f"({PATH}, {PROBLEMS}, {attrs!r}, [{values}])"))
    return lines([head, indent(lines(body))])
