"""The intermediate representation: what the generated package contains, as frozen dataclasses.

Each shape knows how to write its own Python type annotation, serializer, parser and
validator expressions, so templates only arrange the pieces. ``Scope`` records, while a
module is rendered, which other generated modules it refers to, so that imports follow
from what was written.
"""

from __future__ import annotations

import json
import textwrap
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from codegen.docs import docstring_safe, html_to_text

LINE_LENGTH = 100


def docblock(html: str, indent: int) -> str:
    """Model HTML as docstring text for a docstring indented by ``indent`` spaces."""
    text = docstring_safe(html_to_text(html, width=LINE_LENGTH - indent - 6))
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in text.splitlines()).lstrip()


# --------------------------------------------------------------------------------------------
# Scope: the module being rendered and what it imports


@dataclass
class Scope:
    """One generated module under construction."""

    package: str
    module: str
    """Dotted path inside the package, e.g. ``_operations.confirm_sign_up``."""
    runtime_modules: dict[str, str] = field(default_factory=dict[str, str])
    """Generated module path -> alias, for references evaluated at run time."""
    type_names: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Generated module path -> names imported for annotations only."""
    stdlib: set[str] = field(default_factory=set[str])
    """Plain import lines needed by what was written."""
    type_only: set[str] = field(default_factory=set[str])
    """Import lines of other packages needed by annotations only (under ``TYPE_CHECKING``)."""
    annotations_only: bool = False
    """The module uses its annotation imports in annotations only (a client module)."""

    def runtime_ref(self, module: str, name: str) -> str:
        if module == self.module:
            return name
        alias = "_" + module.replace(".", "_").lstrip("_")
        self.runtime_modules[module] = alias
        return f"{alias}.{name}"

    def type_ref(self, module: str, name: str) -> str:
        if module != self.module:
            self.type_names[module].add(name)
        return name

    def need(self, line: str) -> None:
        self.stdlib.add(line)

    def need_for_annotation(self, line: str) -> None:
        """An import line an annotation needs: at run time too, unless ``annotations_only``.

        Dataclass modules keep such imports at run time so that ``typing.get_type_hints``
        works on the classes; client modules, which only annotate, keep them out of imports.
        """
        if self.annotations_only:
            self.type_only.add(line)
        else:
            self.stdlib.add(line)

    def need_type(self, line: str) -> None:
        """An import line that annotations need, kept out of run-time imports."""
        self.type_only.add(line)

    def import_lines(self) -> list[str]:
        lines = sorted(self.stdlib)
        for module, alias in sorted(self.runtime_modules.items()):
            parent, _, leaf = f"{self.package}.{module}".rpartition(".")
            lines.append(f"from {parent} import {leaf} as {alias}")
        return lines

    def type_import_lines(self) -> list[str]:
        return sorted(self.type_only) + [
            f"from {self.package}.{module} import {', '.join(sorted(names))}"
            for module, names in sorted(self.type_names.items())
        ]


# --------------------------------------------------------------------------------------------
# Shapes


@dataclass(frozen=True, kw_only=True)
class Shape:
    """A model shape as the generated code sees it."""

    name: str

    def annotation(self, scope: Scope, *, output: bool) -> str:
        """The type annotation of a value of this shape.

        ``output``: containers are the concrete ``list``/``dict`` a response holds, else the
        ``Sequence``/``Mapping`` a caller may pass. An enum input is the enum, its values as
        literal strings, or ``Unmodelled``, so a type checker reports a misspelt value; an
        output is the enum or ``Unmodelled`` (a value newer than the model), so a response's
        value can be passed back as an input.
        """
        raise NotImplementedError

    def serialize(self, expr: str, scope: Scope) -> str:
        """An expression giving the JSON text of the (validated, not None) value ``expr``."""
        raise NotImplementedError

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        """An expression reading the JSON value ``expr`` (not null) found at ``path``."""
        raise NotImplementedError

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        """An expression that appends to ``problems`` what is wrong with input ``expr``."""
        raise NotImplementedError

    def valid_test(self, expr: str) -> str | None:
        """A cheap expression, true only if ``expr`` (not None) is certainly valid, or None.

        Generated checks test it first and call the full check (which builds the field's path
        and records the problem) only when it fails, so a valid request costs a few compares.
        """
        return None

    def children(self) -> tuple[Shape, ...]:
        return ()

    def secret_walk(self, expr: str, scope: Scope, item: str) -> list[str] | None:
        """Statements appending to ``out`` the sensitive values inside ``expr`` (not None), or
        None when a value of this (not sensitive) shape cannot hold any: only structures can.
        ``item`` names the loop variable, if any (unique per member: each has its own type)."""
        return None


@dataclass(frozen=True, kw_only=True)
class StringShape(Shape):
    min_len: int | None = None
    max_len: int | None = None

    def annotation(self, scope: Scope, *, output: bool) -> str:
        return "str"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"_s.json_str({expr})"

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_str({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_str", expr, path, required, self.min_len, self.max_len)

    def valid_test(self, expr: str) -> str | None:
        # type() rather than isinstance(): str subclasses (enum members) take the full check.
        return _within(f"type({expr}) is str", f"len({expr})", self.min_len, self.max_len)


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

    def annotation(self, scope: Scope, *, output: bool) -> str:
        cls = scope.type_ref(self.module, self.class_name)
        scope.need_type(RUNTIME_UNMODELLED)
        if output:  # what a parser makes: a member, or a value the model does not list
            return f"{cls} | Unmodelled"
        return f"{cls} | {scope.type_ref(self.module, self.value_alias)} | Unmodelled"

    def literal(self) -> str:
        """The ``Literal[...]`` of the wire values, in model order."""
        return f"Literal[{', '.join(repr(value) for _, value in self.values)}]"

    def value_alias_doc(self) -> str:
        """The docstring of the ``Literal`` alias (indented for the ``if TYPE_CHECKING:`` body)."""
        cls, alias = self.class_name, self.value_alias
        if self.values:
            member, value = self.values[0]
            takes = f"``{cls}.{member}`` or ``{value!r}``"
        else:
            takes = f"a member of {cls}"
        text = (
            f"The values of {cls} as literal strings, for type checkers: an input typed "
            f"``{cls} | {alias} | Unmodelled`` takes {takes}, and a type checker reports a "
            "misspelt value. ``str`` at run time."
        )
        wrapped = textwrap.fill(text, width=LINE_LENGTH - 8, subsequent_indent="    ")
        return docstring_safe(wrapped)

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"_s.json_str({expr})"  # an enum member is a str: its value is written

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        cls = scope.runtime_ref(self.module, self.class_name)
        return f"_s.parse_enum({cls}, {expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_str", expr, path, required, self.min_len, self.max_len)

    def valid_test(self, expr: str) -> str | None:
        # type() rather than isinstance(): str subclasses (enum members) take the full check.
        return _within(f"type({expr}) is str", f"len({expr})", self.min_len, self.max_len)

    def doc(self, indent: int) -> str:
        return docblock(self.documentation, indent) or f"The values of {self.name}."


@dataclass(frozen=True, kw_only=True)
class IntegerShape(Shape):
    minimum: int | None = None
    maximum: int | None = None

    def annotation(self, scope: Scope, *, output: bool) -> str:
        return "int"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"int.__repr__({expr})"  # as json.dumps writes ints (IntEnum members too)

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_int({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_int", expr, path, required, self.minimum, self.maximum)

    def valid_test(self, expr: str) -> str | None:
        # type() rather than isinstance(): bools and int subclasses take the full check.
        return _within(f"type({expr}) is int", expr, self.minimum, self.maximum)


@dataclass(frozen=True, kw_only=True)
class FloatShape(Shape):
    minimum: float | None = None
    maximum: float | None = None

    def annotation(self, scope: Scope, *, output: bool) -> str:
        return "float"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"_s.json_float({expr})"

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_float({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_float", expr, path, required, self.minimum, self.maximum)


@dataclass(frozen=True, kw_only=True)
class BooleanShape(Shape):
    def annotation(self, scope: Scope, *, output: bool) -> str:
        return "bool"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f'("true" if {expr} else "false")'

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_bool({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_bool", expr, path, required)

    def valid_test(self, expr: str) -> str | None:
        return f"({expr} is True or {expr} is False)"


@dataclass(frozen=True, kw_only=True)
class TimestampShape(Shape):
    timestamp_format: str = "unixTimestamp"

    def annotation(self, scope: Scope, *, output: bool) -> str:
        scope.need_for_annotation("import datetime")
        return "datetime.datetime"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"_s.json_timestamp({expr}, {self.timestamp_format!r})"

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_timestamp({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_timestamp", expr, path, required)


@dataclass(frozen=True, kw_only=True)
class BlobShape(Shape):
    min_len: int | None = None
    max_len: int | None = None

    def annotation(self, scope: Scope, *, output: bool) -> str:
        return "bytes"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"_s.json_blob({expr})"

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_blob({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_blob", expr, path, required, self.min_len, self.max_len)


@dataclass(frozen=True, kw_only=True)
class DocumentShape(Shape):
    """An open JSON value."""

    def annotation(self, scope: Scope, *, output: bool) -> str:
        scope.need_for_annotation("from aws_runtime import serde as _s")
        return "_s.Document"

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"_s.json_document({expr})"

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"_s.parse_document({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        return _check("_v.check_document", expr, path, required)


@dataclass(frozen=True, kw_only=True)
class ListShape(Shape):
    member: Shape
    sparse: bool = False
    min_len: int | None = None
    max_len: int | None = None

    def children(self) -> tuple[Shape, ...]:
        return (self.member,)

    def _item_annotation(self, scope: Scope, *, output: bool) -> str:
        inner = self.member.annotation(scope, output=output)
        return f"{inner} | None" if self.sparse else inner

    def annotation(self, scope: Scope, *, output: bool) -> str:
        inner = self._item_annotation(scope, output=output)
        if output:
            return f"list[{inner}]"
        scope.need_for_annotation("from collections.abc import Sequence")
        return f"Sequence[{inner}]"

    def serialize(self, expr: str, scope: Scope) -> str:
        item = self.member.serialize("x", scope)
        if self.sparse:
            items = f'["null" if x is None else {item} for x in {expr}]'
        elif isinstance(self.member, (StringShape, EnumShape)):
            items = f"map(_s.json_str, {expr})"
        else:
            items = f"[{item} for x in {expr}]"
        return f'"[" + ",".join({items}) + "]"'

    def secret_walk(self, expr: str, scope: Scope, item: str) -> list[str] | None:
        inner = self.member.secret_walk(item, scope, item + "_")
        if inner is None:
            return None
        if self.sparse:
            inner = [f"if {item} is not None:", *_indent(inner)]
        return [f"for {item} in {expr}:", *_indent(inner)]

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        item = self.member.parse_call("x", "p", scope)
        helper = "_s.parse_sparse_list" if self.sparse else "_s.parse_list"
        return f"{helper}({expr}, {path}, lambda x, p: {item})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        item = self.member.check_call("x", "p", str(not self.sparse), scope)
        return _check(
            "_v.check_list",
            expr,
            path,
            required,
            self.min_len,
            self.max_len,
            f"lambda x, p: {item}",
        )


@dataclass(frozen=True, kw_only=True)
class MapShape(Shape):
    key: Shape
    value: Shape
    sparse: bool = False
    min_len: int | None = None
    max_len: int | None = None

    def children(self) -> tuple[Shape, ...]:
        return (self.key, self.value)

    def annotation(self, scope: Scope, *, output: bool) -> str:
        value = self.value.annotation(scope, output=output)
        if self.sparse:
            value = f"{value} | None"
        key = self.key.annotation(scope, output=output)
        if output:
            return f"dict[{key}, {value}]"
        scope.need_for_annotation("from collections.abc import Mapping")
        return f"Mapping[{key}, {value}]"

    def serialize(self, expr: str, scope: Scope) -> str:
        value = self.value.serialize("x", scope)
        if self.sparse:
            value = f'("null" if x is None else {value})'
        items = f'[_s.json_str(k) + ":" + {value} for k, x in {expr}.items()]'
        return f'"{{" + ",".join({items}) + "}}"'

    def secret_walk(self, expr: str, scope: Scope, item: str) -> list[str] | None:
        inner = self.value.secret_walk(item, scope, item + "_")
        if inner is None:
            return None
        if self.sparse:
            inner = [f"if {item} is not None:", *_indent(inner)]
        return [f"for {item} in {expr}.values():", *_indent(inner)]

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        value = self.value.parse_call("x", "p", scope)
        helper = "_s.parse_sparse_map" if self.sparse else "_s.parse_map"
        return f"{helper}({expr}, {path}, lambda x, p: {value})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        key = self.key.check_call("x", "p", "True", scope)
        value = self.value.check_call("x", "p", str(not self.sparse), scope)
        return _check(
            "_v.check_map",
            expr,
            path,
            required,
            self.min_len,
            self.max_len,
            f"lambda x, p: {key}",
            f"lambda x, p: {value}",
        )


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

    def annotation(self, scope: Scope, *, output: bool) -> str:
        base = self.shape.annotation(scope, output=output)
        return base if self.required else f"{base} | None"

    def param(self, scope: Scope, *, output: bool = False) -> str:
        """The keyword parameter of a client method or of ``__init__``: required ones have no
        default."""
        default = "" if self.required else " = None"
        return f"{self.attr}: {self.annotation(scope, output=output)}{default}"

    def field_spec(self) -> str:
        """The ``= ...`` part of the dataclass field, or ``""``."""
        args: list[str] = []
        if not self.required:
            args.append("default=None")
        if self.sensitive:
            args.append("repr=False")
        if not args:
            return ""
        if args == ["default=None"]:
            return " = None"
        return f" = _dc.field({', '.join(args)})"

    def doc(self, indent: int) -> str:
        return docblock(self.documentation, indent)

    @property
    def json_key(self) -> str:
        """The member's name as JSON text with its colon: ``"ClientId":``."""
        return json.dumps(self.wire_name) + ":"

    def serialize_lines(self, scope: Scope, key: str) -> list[str]:
        """Statements adding this member of ``v`` to ``out`` (the JSON text's parts), after
        ``key`` (``json_key`` behind the separator that comes before it)."""
        value = self.shape.serialize(f"v.{self.attr}", scope)
        if self.required:
            return [f"out += ({key!r}, {value})"]
        if self.idempotency_token:
            token = self.shape.serialize("_s.idempotency_token()", scope)
            fill = f"{token} if v.{self.attr} is None else {value}"
            return [f"out += ({key!r}, {fill})"]
        return [f"if v.{self.attr} is not None:", f"    out += ({key!r}, {value})"]

    def parse_lines(self, scope: Scope) -> list[str]:
        path = f"path + {'.' + self.wire_name!r}"
        value = self.shape.parse_call("x", path, scope)
        lines = [f"x = m.get({self.wire_name!r})"]
        if self.required:
            lines += ["if x is None:", f"    raise _s.missing({path})", f"f_{self.attr} = {value}"]
        else:
            lines.append(f"f_{self.attr} = None if x is None else {value}")
        return lines

    def secret_lines(self, scope: Scope) -> list[str]:
        """Statements that append to ``out`` the sensitive values this member of ``v`` holds."""
        value = f"v.{self.attr}"
        if self.sensitive:
            if isinstance(self.shape, (StringShape, EnumShape)):
                return [f"out.append({value})"]  # None included: the caller drops it
            scope.need(RUNTIME_REDACT)
            walk = [f"_r.add_values({value}, out)"]
        else:
            found = self.shape.secret_walk(value, scope, f"{self.attr}_item")
            if found is None:
                return []
            walk = found
        if self.required:
            return walk
        return [f"if {value} is not None:", *_indent(walk)]

    def check_lines(self, scope: Scope) -> list[str]:
        """Statements that append to ``problems`` what is wrong with this member of ``v``."""
        value = f"v.{self.attr}"
        call = self.shape.check_call(
            value, f"_v.join(path, {self.attr!r})", str(self.required), scope
        )
        test = self.shape.valid_test(value)
        if test is None:
            return [call] if self.required else [f"if {value} is not None:", f"    {call}"]
        negated = _negate(test)
        unless = negated if self.required else f"{value} is not None and {negated}"
        return [f"if {unless}:", f"    {call}"]


@dataclass(frozen=True, kw_only=True)
class StructRef(Shape):
    """A reference to a structure defined in some generated module (recursion-safe)."""

    module: str
    class_name: str

    def annotation(self, scope: Scope, *, output: bool) -> str:
        return scope.type_ref(self.module, self.class_name)

    def serialize(self, expr: str, scope: Scope) -> str:
        return f"{scope.runtime_ref(self.module, 'serialize_' + self.class_name)}({expr})"

    def parse_call(self, expr: str, path: str, scope: Scope) -> str:
        return f"{scope.runtime_ref(self.module, 'parse_' + self.class_name)}({expr}, {path})"

    def check_call(self, expr: str, path: str, required: str, scope: Scope) -> str:
        fn = scope.runtime_ref(self.module, "check_" + self.class_name)
        return f"{fn}({expr}, {path}, problems, {required})"

    def secret_walk(self, expr: str, scope: Scope, item: str) -> list[str] | None:
        return [f"{scope.runtime_ref(self.module, 'secrets_' + self.class_name)}({expr}, out)"]


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
        """Required members first, each group in model order."""
        return tuple(m for m in self.members if m.required) + tuple(
            m for m in self.members if not m.required
        )

    def doc(self, indent: int) -> str:
        return docblock(self.documentation, indent) or f"The {self.name} structure."

    # The dataclass's methods are written out (``@dataclass(init=False, repr=False, eq=False)``)
    # rather than left to the decorator, which would compile them with ``exec`` when the module
    # is imported: ~0.5 ms per class, most of what a model class costs at import.

    def copy_expr(self, var: str, scope: Scope, changes: dict[str, str]) -> str:
        """A new instance: ``var``'s fields, but those in ``changes`` (attr -> expression).

        Written out rather than ``dataclasses.replace``, which would import ``dataclasses``
        (and ``inspect``) on the first call that needs it.
        """
        cls = scope.runtime_ref(self.module, self.class_name)
        args = ", ".join(f"{m.attr}={changes.get(m.attr, f'{var}.{m.attr}')}" for m in self.members)
        return f"{cls}({args})"

    def build_lines(self, var: str, scope: Scope, value_prefix: str = "") -> list[str]:
        """Statements that make ``var`` a new instance, each field set to the variable named
        ``value_prefix`` + its name, as ``__init__`` sets them but without calling it.

        The runtime builds requests and responses this way on every call: calling the class
        with keyword arguments costs three times as much (``type.__call__`` packs them into a
        dict for ``__init__``).
        """
        scope.need(RUNTIME_DATACLASS)
        cls = scope.runtime_ref(self.module, self.class_name)
        sets = [f"{var}.{m.attr} = {value_prefix}{m.attr}" for m in self.members]
        return [f"{var} = _dc.new({cls})", *sets]

    def serialize_lines(self, scope: Scope) -> list[str]:
        """The body of ``serialize_<class>(v)``: the JSON text, members in model order.

        Each member adds its parts to ``out`` behind a comma; the first, if it is required,
        opens the object instead. Otherwise the object is opened at the end, in place of the
        comma that starts the text (there is none when no member is set).
        """
        if not self.members:
            return ['return "{}"']
        first = self.members[0]
        opened = first.required
        if opened:
            value = first.shape.serialize(f"v.{first.attr}", scope)
            lines = [f"out = [{'{' + first.json_key!r}, {value}]"]
        else:
            lines = ["out: list[str] = []"]
        for m in self.members[1:] if opened else self.members:
            lines += m.serialize_lines(scope, "," + m.json_key)
        if opened:
            return [*lines, 'out.append("}")', 'return "".join(out)']
        return [*lines, 'return "{" + "".join(out)[1:] + "}"']

    def secret_lines(self, scope: Scope) -> list[str]:
        """The body of ``secrets_<class>(v, out)``: direct code, no reflection at run time."""
        lines = [line for m in self.members for line in m.secret_lines(scope)]
        return lines or ["pass  # nothing sensitive, at any depth"]

    def repr_fields(self) -> str:
        """The inside of ``__repr__``'s f-string: each field but the sensitive ones."""
        shown = [m for m in self.ordered_members() if not m.sensitive]  # in field order
        return ", ".join(f"{m.attr}={{self.{m.attr}!r}}" for m in shown)

    def eq_expr(self) -> str:
        """``__eq__``'s comparison: the fields as tuples, in order, as dataclasses compare."""
        if not self.members:
            return "True"
        fields = self.ordered_members()
        mine = ", ".join(f"self.{m.attr}" for m in fields)
        theirs = ", ".join(f"other.{m.attr}" for m in fields)
        return f"({mine},) == ({theirs},)"


RUNTIME_REDACT = "from aws_runtime import redact as _r"
RUNTIME_UNMODELLED = "from aws_runtime.enums import Unmodelled"
"""The escape for enum values newer than the model, in input annotations (type-only import)."""
RUNTIME_DATACLASS = "from aws_runtime import lazy_dataclass as _dc"
"""Models become standard dataclasses on first look (see aws_runtime.lazy_dataclass)."""


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _negate(test: str) -> str:
    """``not (test)``, written ``a is not b`` where the test is a bare ``(a is b)``."""
    inner = test[1:-1] if test.startswith("(") and test.endswith(")") else test
    left, sep, right = inner.partition(" is ")
    if sep and " " not in right and " and " not in left and " or " not in left:
        return f"{left} is not {right}"
    return f"not {test}"


def _within(kind: str, size: str, low: object, high: object) -> str:
    """``kind`` and ``low <= size <= high`` as one inline test (unset bounds left out): no
    function call, as the fast test runs for every member of every request."""
    if low is not None and high is not None:
        return f"({kind} and {low!r} <= {size} <= {high!r})"
    if low is not None:
        return f"({kind} and {size} >= {low!r})"
    if high is not None:
        return f"({kind} and {size} <= {high!r})"
    return f"({kind})"


def _check(helper: str, expr: str, path: str, required: str, *extra: object) -> str:
    """A call of a runtime check: ``helper(value, path, problems, required, *extra)``."""
    args = [expr, path, "problems", required]
    args += [e if isinstance(e, str) else repr(e) for e in extra]
    return f"{helper}({', '.join(args)})"


# --------------------------------------------------------------------------------------------
# Operations, modules and the service


@dataclass(frozen=True, kw_only=True)
class MapSecretHash:
    """A request's map member that carries the secret hash as an entry (from the overrides)."""

    member: Member
    """The map member (string keys and values)."""
    client_id: Member
    """The request member with the client id the hash is computed from."""
    username_key: str
    secret_hash_key: str
    note: str = ""
    """What a caller should know beyond the rule (plain text, for the method's docstring)."""


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

    def host_labels_expr(self) -> str:
        """The mapping ``host_labels(v)`` returns: placeholder -> the member's value."""
        items = ", ".join(f"{name!r}: v.{m.attr}" for name, m in self.host_labels)
        return "{" + items + "}"

    @property
    def fills_secret_hash(self) -> bool:
        """Whether the module has ``fill_secret_hash``: the client secret fills a member or a
        map entry of the request."""
        return self.secret_hash is not None or bool(self.secret_hash_maps)

    def fill_secret_hash_lines(self, scope: Scope) -> list[str]:
        """The body of ``fill_secret_hash(v, client_secret)``: each secret hash the caller left
        out, computed; ``v`` itself when nothing was added, else a new request."""
        assert self.input is not None and self.fills_secret_hash
        lines: list[str] = []
        changed: list[str] = []
        if self.secret_hash is not None:
            scope.need("from aws_runtime.secret_hash import compute_secret_hash")
            sh, user, cid = self.secret_hash
            computed = f"compute_secret_hash(client_secret, v.{user.attr}, v.{cid.attr})"
            lines.append(f"{sh.attr} = v.{sh.attr} if v.{sh.attr} is not None else {computed}")
            changed.append(sh.attr)
        for entry in self.secret_hash_maps:
            scope.need("from aws_runtime.secret_hash import with_secret_hash")
            attr = entry.member.attr
            args = ", ".join(
                [
                    f"v.{attr}",
                    repr(entry.username_key),
                    repr(entry.secret_hash_key),
                    "client_secret",
                    f"v.{entry.client_id.attr}",
                ]
            )
            lines.append(f"{attr} = with_secret_hash({args})")
            changed.append(attr)
        unchanged = " and ".join(f"{attr} is v.{attr}" for attr in changed)
        lines += [f"if {unchanged}:", "    return v"]
        copy = self.input.copy_expr("v", scope, {attr: attr for attr in changed})
        return [*lines, f"return {copy}"]

    def fill_secret_hash_doc(self) -> str:
        """``fill_secret_hash``'s docstring: what it fills, from what."""
        parts: list[str] = []
        if self.secret_hash is not None:
            sh, user, cid = self.secret_hash
            parts.append(f"``{sh.attr}`` (from ``{user.attr}`` and ``{cid.attr}``)")
        for entry in self.secret_hash_maps:
            parts.append(
                f"``{entry.member.attr}[{entry.secret_hash_key!r}]`` (from its "
                f"{entry.username_key!r} and ``{entry.client_id.attr}``, in a new mapping)"
            )
        text = (
            "``v`` with the secret hash computed from the client secret where the caller gave "
            f"none: {'; '.join(parts)}."
        )
        return textwrap.fill(text, width=LINE_LENGTH - 4, subsequent_indent="    ")

    def secret_hash_doc(self, member: Member) -> str:
        """What the client secret does to ``member``, for the method's docstring, or ``""``."""
        if self.secret_hash is not None and member is self.secret_hash[0]:
            _, user, cid = self.secret_hash
            return (
                "With the client's ``client_secret``: computed from the secret, ``"
                f"{user.attr}`` and ``{cid.attr}`` when not given."
            )
        for entry in self.secret_hash_maps:
            if member is entry.member:
                text = (
                    f"With the client's ``client_secret``: {entry.secret_hash_key} is added "
                    f"(to a new mapping), computed from the secret, the {entry.username_key} "
                    f"entry and ``{entry.client_id.attr}``, when the map has a "
                    f"{entry.username_key} and no {entry.secret_hash_key}."
                )
                return f"{text} {entry.note}" if entry.note else text
        return ""

    @property
    def module_leaf(self) -> str:
        """The module's own name in its package: ``confirm_sign_up``."""
        return self.module.rpartition(".")[2]

    def module_ref(self, scope: Scope) -> str:
        """The statement that client methods run to reach this operation's module, as ``_op``.

        An attribute of the ``_operations`` package, which imports the module the first time
        it is asked for (its ``__getattr__``); later calls are a dictionary lookup, where even
        ``import a.b as _op`` costs an import-system call with two attribute checks.
        """
        package = self.module.rpartition(".")[0]
        scope.need(f"from {scope.package} import {package} as _ops")
        return f"_op = _ops.{self.module_leaf}"

    def params(self) -> tuple[Member, ...]:
        """The method's keyword arguments: the request's members, required first."""
        return self.input.ordered_members() if self.input is not None else ()

    def request_type(self, scope: Scope) -> str:
        if self.input is None:
            return "None"
        return scope.type_ref(self.input.module, self.input.class_name)

    def response_type(self, scope: Scope) -> str:
        if self.output is None:
            return "None"
        return scope.type_ref(self.output.module, self.output.class_name)

    def spec_functions(self, scope: Scope) -> dict[str, str]:
        """The runtime functions the ``OperationSpec`` points to."""
        if self.input is None:
            check, serialize = "_v.check_nothing", "_s.serialize_nothing"
            secrets = "None"
        else:
            check = scope.runtime_ref(self.input.module, "check_" + self.input.class_name)
            serialize = scope.runtime_ref(self.input.module, "serialize_" + self.input.class_name)
            secrets = scope.runtime_ref(self.input.module, "secrets_" + self.input.class_name)
        if self.output is None:
            parse = "_s.parse_nothing"
        else:
            parse = scope.runtime_ref(self.output.module, "parse_" + self.output.class_name)
        return {"validate": check, "serialize": serialize, "parse": parse, "secrets": secrets}

    def request_class(self, scope: Scope) -> str:
        assert self.input is not None
        return scope.runtime_ref(self.input.module, self.input.class_name)

    @property
    def has_new_request(self) -> bool:
        """Whether the module has ``new_request(...)``: requests with fields, built by position."""
        return self.input is not None and bool(self.input.members)

    def new_request_params(self, scope: Scope) -> str:
        """``new_request``'s parameters: the request's fields, positional, in model order."""
        assert self.input is not None
        output = self.input.output_types
        return ", ".join(
            f"{m.attr}: {m.annotation(scope, output=output)}" for m in self.input.members
        )

    def request_expr(self) -> str:
        """The request a client method hands on, built from its parameters (``_op``: the
        operation's module)."""
        if self.input is None:
            return "None"
        if not self.has_new_request:
            return "_op.Request()"
        return f"_op.new_request({', '.join(m.attr for m in self.input.members)})"

    def docstring(self, indent: int) -> str:
        """Summary, then Args, Returns and Raises sections (Google style)."""
        pad = " " * indent
        parts = [docblock(self.documentation, indent) or f"Calls {self.name}."]
        if self.deprecated:
            parts.append(f"{pad}Deprecated: the service marks this operation deprecated.")
        if self.params():
            lines = [f"{pad}Args:"]
            for m in self.params():
                text = docblock(m.documentation, indent + 8) or "(no documentation)"
                extra = self.secret_hash_doc(m)
                if extra:
                    inner = pad + " " * 8
                    wrapped = textwrap.fill(
                        extra, width=LINE_LENGTH - 4, initial_indent=inner, subsequent_indent=inner
                    )
                    text = f"{text}\n\n{wrapped}"
                lines.append(f"{pad}    {m.attr}:\n{pad}        {text}")
            parts.append("\n".join(lines))
        if self.output is not None:
            summary = docblock(self.output.documentation, indent + 8) or "The response."
            parts.append(
                f"{pad}Returns:\n{pad}    {self.output.class_name}:\n{pad}        {summary}"
            )
        raises = [f"{pad}Raises:"]
        for e in self.errors:
            text = docblock(e.documentation, indent + 8) or "(no documentation)"
            raises.append(f"{pad}    {e.class_name}:\n{pad}        {text}")
        raises.append(f"{pad}    ValidationError: the request breaks the model's constraints.")
        raises.append(
            f"{pad}    TransportError: the HTTP exchange failed (connection error or timeout)."
        )
        parts.append("\n".join(raises))
        return "\n\n".join(parts)


@dataclass(frozen=True, kw_only=True)
class Paginator:
    """A paginated operation, from ``paginators-1.json``: its token, page size and items.

    The client gets a ``paginate_<operation>`` method; the operation's module gets the
    functions that read the items and the next token of a page (``items_of``,
    ``next_token_of``) and the ``PAGINATOR`` spec the runtime walks the pages with.
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
    result: Member
    """The response's list member whose items ``items()`` yields."""
    limit: Member | None
    """The request member the page size is sent as, when the operation has one."""
    limit_default: int | None = None
    """The page size sent when the caller gives none: set only when the service requires it."""
    params: tuple[Member, ...]
    """The operation's arguments the caller still gives: all but the token and the limit."""

    CONTROLS = ("page_size", "max_items", "starting_token")
    """Names of the arguments every paginate method adds."""

    def item_type(self, scope: Scope) -> str:
        shape = self.result.shape
        assert isinstance(shape, ListShape)
        inner = shape.member.annotation(scope, output=True)
        return f"{inner} | None" if shape.sparse else inner

    def items_type(self, scope: Scope) -> str:
        scope.need_for_annotation("from collections.abc import Sequence")
        return f"Sequence[{self.item_type(scope)}]"

    def items_expr(self) -> str:
        attr = self.result.attr
        return f"v.{attr}" if self.result.required else f"v.{attr} or ()"

    def next_token_expr(self) -> str:
        return f"v.{self.output_token.attr} or None"

    def with_token_expr(self, scope: Scope) -> str:
        return self.request.copy_expr("v", scope, {self.input_token.attr: "token"})

    def with_items_expr(self, scope: Scope) -> str:
        return self.response.copy_expr("v", scope, {self.result.attr: "list(items)"})

    def spec_type(self, scope: Scope) -> str:
        request = scope.type_ref(self.request.module, self.request.class_name)
        response = scope.type_ref(self.response.module, self.response.class_name)
        return f"PaginatorSpec[{request}, {response}, {self.item_type(scope)}]"

    @staticmethod
    def runtime_class(*, is_async: bool) -> str:
        return "AsyncPaginator" if is_async else "Paginator"

    def return_type(self, scope: Scope, *, is_async: bool) -> str:
        cls = self.runtime_class(is_async=is_async)
        scope.need_type(f"from aws_runtime.paginate import {cls}")
        response = scope.type_ref(self.response.module, self.response.class_name)
        return f"{cls}[{response}, {self.item_type(scope)}]"

    def control_params(self) -> list[str]:
        """The paginate method's own keyword arguments, as written in its signature."""
        params: list[str] = []
        if self.limit is not None:
            if self.limit_default is not None:
                params.append(f"page_size: int = {self.limit_default}")
            elif self.limit.required:
                params.append("page_size: int")
            else:
                params.append("page_size: int | None = None")
        params += ["max_items: int | None = None", "starting_token: str | None = None"]
        return params

    def request_args(self) -> str:
        """Keyword arguments of the first page's request."""
        args = [f"{m.attr}={m.attr}" for m in self.params]
        if self.limit is not None:
            args.append(f"{self.limit.attr}=page_size")
        args.append(f"{self.input_token.attr}=starting_token")
        return ", ".join(args)

    def _text(self, text: str, indent: int) -> str:
        """``text`` wrapped for a docstring indented by ``indent`` (first line unindented)."""
        pad = " " * indent
        wrapped = textwrap.fill(
            text, width=LINE_LENGTH - 4, initial_indent=pad, subsequent_indent=pad
        )
        return wrapped.lstrip()

    def items_doc(self) -> str:
        return (
            f"The {self.result.wire_name} of one {self.operation} page: what "
            f"``{self.method}(...).items()`` yields."
        )

    def docstring(self, indent: int, *, is_async: bool) -> str:
        """Summary, then Args, Returns and Raises sections (Google style)."""
        pad = " " * indent
        cls = self.runtime_class(is_async=is_async)
        loop = "async for" if is_async else "for"
        response, token = self.response.class_name, self.output_token.wire_name
        parts = [
            self._text(
                f"Every page of {self.operation}, following {token} from page to page.",
                indent,
            ),
            pad
            + self._text(
                f"Iterating yields each page ({response}); ``.items()`` yields the items of "
                f"``{self.result.attr}`` ({self.result.wire_name}) of every page in turn. "
                "Nothing is sent before iteration starts, and each iteration starts again "
                f"from the first page. See ``{self.operation_method}`` for the operation itself.",
                indent,
            ),
        ]
        args = [f"{pad}Args:"]
        for m in self.params:
            text = docblock(m.documentation, indent + 8) or "(no documentation)"
            args.append(f"{pad}    {m.attr}:\n{pad}        {text}")
        if self.limit is not None:
            size = f"How many items to ask for in each page (sent as ``{self.limit.wire_name}``)."
            if self.limit_default is not None:
                size += (
                    f" The service requires one: {self.limit_default}, the most it allows, "
                    "unless given."
                )
            elif self.limit.required:
                size += " The service requires one."
            else:
                size += " The service's default when None."
            args.append(f"{pad}    page_size:\n{pad}        {self._text(size, indent + 8)}")
        cap = (
            "Stop after this many items in all; the page that reaches the cap is cut to fit. "
            "No cap when None."
        )
        args.append(f"{pad}    max_items:\n{pad}        {self._text(cap, indent + 8)}")
        start = f"Start after the page that returned this ``{token}`` instead of at the first page."
        args.append(f"{pad}    starting_token:\n{pad}        {self._text(start, indent + 8)}")
        parts.append("\n".join(args))
        item = self.result.shape
        item_name = item.member.name if isinstance(item, ListShape) else item.name
        parts.append(
            f"{pad}Returns:\n{pad}    {cls}[{response}, {item_name}]:\n{pad}        "
            + self._text(
                f"The pages (``{loop} page in ...``), or their items with ``.items()``.",
                indent + 8,
            )
        )
        raises = (
            f"{pad}Raises:\n"
            f"{pad}    ValidationError:\n{pad}        "
            + self._text("The arguments break the model's constraints; raised here.", indent + 8)
            + f"\n{pad}    PaginationError:\n{pad}        "
            + self._text(
                f"While iterating, when the service returns a {token} a second time. Iterating "
                f"also raises what ``{self.operation_method}`` raises.",
                indent + 8,
            )
        )
        parts.append(raises)
        return "\n\n".join(parts)


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
class Provenance:
    botocore_version: str
    sha256: str
    api_version: str
    revision: int = 0
    """The SDK's own revision for this model: bumped when the generator or runtime changes
    what is generated while the model stays the same."""

    distribution: str = ""
    """The name the package ships under; empty: its import name."""

    @property
    def package_version(self) -> str:
        """The package's version: the botocore version of its model, then the revision."""
        return f"{self.botocore_version}.{self.revision}"

    def user_agent(self, package: str) -> str:
        """The SDK's product in User-Agent (``cognito-idp-typed/1.44.8.0``)."""
        return f"{self.distribution or package}/{self.package_version}"


@dataclass(frozen=True, kw_only=True)
class Service:
    package: str
    service_name: str
    """The endpoint prefix, e.g. ``cognito-idp``."""
    full_name: str
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

    def exported_models(self) -> list[tuple[str, str]]:
        """(name, module) of every class ``<package>.models`` re-exports, and of the ``Literal``
        alias of each enum's values, sorted by name."""
        names = [(s.class_name, m.path) for m in self.modules for s in m.structures]
        names += [(e.class_name, m.path) for m in self.modules for e in m.enums]
        names += [(e.value_alias, m.path) for m in self.modules for e in m.enums]
        return sorted(names)
