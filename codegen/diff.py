"""What changed between two botocore service models, as seen by users of the generated SDK.

``diff_models(old, new)`` compares two ``service-2.json`` documents (plain dicts) and returns a
list of ``Change``; ``format_report`` prints them grouped, in a stable order, each marked
``BREAKING`` or ``compatible``, with a summary line.

A change is *breaking* when code written against the SDK generated from ``old`` can stop
working (or stop type-checking) against the SDK generated from ``new``. What that means depends
on which way a shape travels:

* an **input** shape (reachable from an operation's input) is built by the user: keyword
  arguments of a client method and fields of request dataclasses. Anything that makes an
  old call invalid is breaking: a new required member, a removed member, optional becoming
  required, a type that no longer accepts the old values, tighter length or range
  constraints (the client validates requests before sending them).
* an **output** shape (reachable from an operation's output, or an error) is read by the
  user: attributes of response dataclasses and exceptions. Anything that makes an old read
  invalid is breaking: a removed member (the attribute disappears), required becoming
  optional (the attribute's type becomes ``T | None``), a type the old annotation does not
  cover. Constraints are not checked on responses, so they never break readers.
* a shape used **both** ways takes the stricter verdict.

Either way: operations, errors and enum values added are compatible (a new method; a new
subclass of the service's base error; requests take ``E | str`` and responses let unknown
values through). Removed operations, classes (structures, enums, exceptions) and enum values
are breaking: code naming them fails. An error an operation no longer lists is compatible (its
handler becomes dead code) but is reported.

Only what the SDK generates is compared: the shapes the operations reach, and exception shapes
that no operation of the model lists (``ServiceView.reach``, as the generator decides). So an
exception class disappears when its shape leaves the model, or when operations still list it
but none of those generated does. Members are named by the model name and by the SDK's
snake_case attribute (``codegen.naming.snake``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.model import read_json
from codegen.naming import member_attr, operation_method
from codegen.view import Direction, OperationModel, ServiceView, ShapeModel

JsonObject = Mapping[str, object]


class Kind(enum.Enum):
    """What a change is about; the value is the report's group title, in report order."""

    OPERATION = "Operations"
    ERROR = "Errors of operations"
    SHAPE = "Shapes (classes)"
    MEMBER = "Members"
    REQUIRED = "Required-ness"
    TYPE = "Types"
    ENUM_VALUE = "Enum values"
    CONSTRAINT = "Constraints"


@dataclass(frozen=True)
class Change:
    """One difference between two models, with its verdict for SDK users."""

    kind: Kind
    subject: str
    """What changed: ``Operation (method)``, ``Shape``, or ``Shape.Member (attribute)``."""
    detail: str
    breaking: bool
    """Whether code written against the old SDK may fail (or fail to type-check)."""

    def line(self) -> str:
        mark = "BREAKING" if self.breaking else "compatible"
        return f"  {mark:<10}  {self.subject}: {self.detail}"

    def sort_key(self) -> tuple[int, str, str, bool]:
        """Report order: group (``Kind`` order), then subject, then detail."""
        return (list(Kind).index(self.kind), self.subject, self.detail, self.breaking)


# -- reading models ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeRef:
    """The Python type a member has in the generated SDK (enough to compare two of them)."""

    kind: str
    """``str``, ``int``, ``float``, ``bool``, ``datetime``, ``bytes``, ``Document``, ``enum``,
    ``structure``, ``list``, ``dict``."""
    name: str = ""
    """The class name, for ``enum`` and ``structure``."""
    args: tuple[TypeRef, ...] = ()

    def render(self) -> str:
        if self.kind in ("enum", "structure"):
            return self.name
        if self.args:
            return f"{self.kind}[{', '.join(a.render() for a in self.args)}]"
        return self.kind


_SCALARS = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "short": "int",
    "byte": "int",
    "float": "float",
    "double": "float",
    "boolean": "bool",
    "timestamp": "datetime",
    "blob": "bytes",
}

_ABSENT = ShapeModel(name="", type="")
"""What a shape the model does not define reads as: no members, no type."""


class _Model:
    """One service model with the facts the comparison needs: what the SDK generated from it
    for ``operations`` would contain (``ServiceView.reach``, as the generator decides)."""

    def __init__(self, model: JsonObject, operations: Iterable[str] | None) -> None:
        self.view = ServiceView.from_json(model)
        all_ops = self.view.operations
        wanted = set(all_ops) if operations is None else set(operations) & set(all_ops)
        self.operations = {n: all_ops[n] for n in sorted(wanted)}
        reach = self.view.reach(wanted)
        self.errors = reach.errors
        self.directions: Mapping[str, frozenset[Direction]] = reach.directions
        self.used_by: dict[str, set[str]] = {}
        """Shape -> the structure members (``Shape.Member``) that hold it."""
        for name in reach.directions:
            shape = self.shape(name)
            if shape.type == "structure":
                for member in shape.members:
                    self.used_by.setdefault(member.shape, set()).add(f"{name}.{member.name}")

    def shape(self, name: str) -> ShapeModel:
        return self.view.shapes.get(name, _ABSENT)

    def refs(self, name: str) -> tuple[tuple[str, str], ...]:
        """``(slot, target)`` of each shape ``name`` refers to (slot: member name, ``[]``...)."""
        return self.shape(name).refs()

    def is_error(self, name: str) -> bool:
        return name in self.errors or self.shape(name).exception

    def class_kind(self, name: str) -> str | None:
        """What class the SDK generates for a shape: ``structure``, ``enum``, ``exception``."""
        shape = self.shape(name)
        if self.is_error(name):
            return "exception"
        if shape.type == "structure":
            return "structure"
        if shape.enum is not None:
            return "enum"
        return None

    def type_of(self, name: str) -> TypeRef:
        shape = self.shape(name)
        kind = shape.type
        if kind == "document":
            return TypeRef("Document")
        if kind == "structure":
            return TypeRef("structure", name)
        if shape.enum is not None:
            return TypeRef("enum", name)
        if kind == "list":
            return TypeRef("list", args=(self.type_of(str(shape.member)),))
        if kind == "map":
            key, value = str(shape.key), str(shape.value)
            return TypeRef("dict", args=(self.type_of(key), self.type_of(value)))
        return TypeRef(_SCALARS.get(kind, kind))

    def required(self, name: str) -> frozenset[str]:
        return self.shape(name).required


# -- verdicts ---------------------------------------------------------------------------------


def _accepts(new: TypeRef, old: TypeRef) -> bool:
    """Input: does the new annotation accept every value the old one did?

    Enum members are annotated ``E | str`` in requests and enums are ``StrEnum``, so strings
    and enums are interchangeable; an ``int`` is a valid ``float``; request containers are
    ``Sequence``/``Mapping`` (covariant), so item types follow the same rule.
    """
    if new == old or {new.kind, old.kind} <= {"str", "enum"}:
        return True
    if (new.kind, old.kind) == ("float", "int"):
        return True
    if new.kind == old.kind and new.kind in ("list", "dict") and len(new.args) == len(old.args):
        return all(_accepts(n, o) for n, o in zip(new.args, old.args, strict=True))
    return False


def _fits(new: TypeRef, old: TypeRef) -> bool:
    """Output: does every new value fit the old annotation (what readers wrote code for)?

    An enum attribute is annotated ``E | Unmodelled`` (both ``str``), so code written for a
    plain ``str`` still works; an ``int``
    fits ``float``. Response containers are ``list``/``dict`` (invariant): items must match.
    """
    return new == old or (new.kind, old.kind) in (("str", "enum"), ("int", "float"))


_CONSTRAINT_NAMES = {
    "string": "length",
    "blob": "length",
    "list": "item count",
    "map": "item count",
}


def _tightened(bound: str, old: float | None, new: float | None) -> bool:
    """Whether a ``min`` or ``max`` bound now rejects values the old one allowed."""
    if new is None:
        return False
    if old is None:
        return True
    return new > old if bound == "min" else new < old


# -- comparing --------------------------------------------------------------------------------


class _Differ:
    def __init__(self, old: _Model, new: _Model) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []

    def add(self, kind: Kind, subject: str, detail: str, breaking: bool) -> None:
        self.changes.append(Change(kind, subject, detail, breaking))

    def directions(self, name: str) -> frozenset[Direction]:
        """Both models' directions: a verdict must hold for old callers and new uses alike."""
        none = frozenset[Direction]()
        return self.old.directions.get(name, none) | self.new.directions.get(name, none)

    def member_subject(self, shape: str, member: str) -> str:
        return f"{shape}.{member} ({member_attr(member, of_error=self.new.is_error(shape))})"

    def run(self) -> list[Change]:
        self.operations()
        self.shapes()
        return sorted(self.changes, key=Change.sort_key)

    # operations

    def operations(self) -> None:
        old_ops, new_ops = self.old.operations, self.new.operations
        for name in sorted(set(old_ops) | set(new_ops)):
            subject = f"{name} ({operation_method(name)})"
            if name not in new_ops:
                # The client method (and its paginator) disappear.
                self.add(Kind.OPERATION, subject, "operation removed", True)
            elif name not in old_ops:
                self.add(Kind.OPERATION, subject, "operation added", False)
            else:
                self.operation(subject, old_ops[name], new_ops[name])

    def operation(self, subject: str, old: OperationModel, new: OperationModel) -> None:
        for key, before, after in (
            ("input", old.input, new.input),
            ("output", old.output, new.output),
        ):
            if before == after:
                continue
            if before is None:
                needs = bool(self.new.required(str(after))) and key == "input"
                # A new input with required members makes old calls (without arguments) fail.
                self.add(Kind.OPERATION, subject, f"{key} {after} added", needs)
            elif after is None:
                # Arguments are no longer accepted / the method now returns None.
                self.add(Kind.OPERATION, subject, f"{key} {before} removed", True)
            else:
                # The request/response class is renamed: code naming it breaks.
                self.add(Kind.OPERATION, subject, f"{key} shape {before} -> {after}", True)
        if new.deprecated and not old.deprecated:
            self.add(Kind.OPERATION, subject, "operation deprecated", False)
        old_errors, new_errors = set(old.errors), set(new.errors)
        for err in sorted(new_errors - old_errors):
            # A new subclass of the service's base error: `except BaseError` still catches it.
            self.add(Kind.ERROR, subject, f"error {err} added", False)
        for err in sorted(old_errors - new_errors):
            # Handlers for it become dead code but stay valid (the class is still generated
            # while any operation uses it; if not, the removed class is reported separately).
            self.add(Kind.ERROR, subject, f"error {err} removed (no longer documented)", False)

    # shapes

    def shapes(self) -> None:
        old, new = self.old, self.new
        for name in sorted(set(old.directions) | set(new.directions)):
            before, after = old.class_kind(name), new.class_kind(name)
            if name not in new.directions:
                if before:
                    # `from <package>.models import Name` (or errors) fails.
                    self.add(Kind.SHAPE, name, f"{before} removed", True)
                continue
            if name not in old.directions:
                if after:
                    self.add(Kind.SHAPE, name, f"{after} added", False)
                continue
            old_type, new_type = old.type_of(name), new.type_of(name)
            if old_type.kind != new_type.kind:
                if before:  # the class is gone; members using the shape show the new type
                    detail = f"{before} removed (now {new_type.render()})"
                    self.add(Kind.SHAPE, name, detail, True)
                continue
            if old_type.kind == "structure":
                self.structure(name)
            elif old_type.kind == "enum":
                self.enum_values(name)
            elif old_type.kind in ("list", "dict"):
                for (slot, o), (_, n) in zip(old.refs(name), new.refs(name), strict=True):
                    if old.type_of(o) == new.type_of(n):  # type changes show on members
                        self.slot(f"{name}{slot}", o, n, self.directions(name))
            self.constraints(name, name, name, self.directions(name), usage=True)

    def structure(self, name: str) -> None:
        old, new = self.old, self.new
        dirs = self.directions(name)
        is_error = old.is_error(name) or new.is_error(name)
        old_members = dict(old.refs(name))
        new_members = dict(new.refs(name))
        old_req, new_req = old.required(name), new.required(name)
        for member in sorted(set(old_members) | set(new_members)):
            if is_error and member.lower() == "message":
                continue  # the runtime's ServiceError.message, whatever the model says
            subject = self.member_subject(name, member)
            was_required = member in old_req and not is_error
            is_required = member in new_req and not is_error
            if member not in new_members:
                # The keyword argument / attribute no longer exists.
                self.add(Kind.MEMBER, subject, "member removed", True)
                continue
            what = "required member" if is_required else "optional member"
            if member not in old_members:
                # Old calls lack a new required argument; new optional ones default to None.
                breaking = Direction.INPUT in dirs and is_required
                self.add(
                    Kind.MEMBER,
                    subject,
                    f"{what} added ({new.type_of(new_members[member]).render()})",
                    breaking,
                )
                continue
            if was_required != is_required:
                if is_required:
                    # Callers that omitted it now fail; readers get a narrower type (fine).
                    self.add(
                        Kind.REQUIRED, subject, "optional -> required", Direction.INPUT in dirs
                    )
                else:
                    # Callers may still pass it; readers now get `T | None`.
                    self.add(
                        Kind.REQUIRED, subject, "required -> optional", Direction.OUTPUT in dirs
                    )
            self.slot(subject, old_members[member], new_members[member], dirs)

    def slot(
        self, subject: str, old_target: str, new_target: str, dirs: frozenset[Direction]
    ) -> None:
        """A place that holds a value (member, list item, map key or value) changed target."""
        old_type, new_type = self.old.type_of(old_target), self.new.type_of(new_target)
        if old_type != new_type:  # also through a list or map shape that kept its name
            breaking = (Direction.INPUT in dirs and not _accepts(new_type, old_type)) or (
                Direction.OUTPUT in dirs and not _fits(new_type, old_type)
            )
            detail = f"type {old_type.render()} -> {new_type.render()}"
            self.add(Kind.TYPE, subject, detail, breaking)
            return
        if old_target == new_target:
            return  # the shape's constraints are compared once, under its own name
        # Same Python type through a differently named shape: only constraints can differ.
        self.constraints(subject, old_target, new_target, dirs)
        for (slot, o), (_, n) in zip(
            self.old.refs(old_target), self.new.refs(new_target), strict=False
        ):
            if self.old.shape(old_target).type in ("list", "map"):
                self.slot(f"{subject}{slot}", o, n, dirs)

    def enum_values(self, name: str) -> None:
        old_values = self.old.shape(name).enum or ()
        new_values = self.new.shape(name).enum or ()
        for value in sorted(set(new_values) - set(old_values)):
            # Requests take `E | str` anyway; responses already let unknown values through.
            self.add(Kind.ENUM_VALUE, name, f"value {value!r} added", False)
        for value in sorted(set(old_values) - set(new_values)):
            # The enum member disappears from the class: code naming it (to send it, or to
            # compare a response with it) fails with AttributeError and under type checkers.
            self.add(Kind.ENUM_VALUE, name, f"value {value!r} removed", True)

    def constraints(
        self,
        subject: str,
        old_name: str,
        new_name: str,
        dirs: frozenset[Direction],
        usage: bool = False,
    ) -> None:
        """Length, item-count and range bounds, which the client checks on requests only."""
        old, new = self.old.shape(old_name), self.new.shape(new_name)
        what = _CONSTRAINT_NAMES.get(old.type, "value")
        for bound in ("min", "max"):
            before, after = (
                (old.minimum, new.minimum) if bound == "min" else (old.maximum, new.maximum)
            )
            if before == after:
                continue
            tighter = _tightened(bound, before, after)
            verdict = "tightened" if tighter else "loosened"
            detail = f"{bound} {what} {_show(before)} -> {_show(after)} ({verdict})"
            if usage and self.new.class_kind(new_name) is None:
                users = sorted(self.old.used_by.get(old_name, set()))
                if users:
                    more = f" and {len(users) - 3} more" if len(users) > 3 else ""
                    detail += f"; used by {', '.join(users[:3])}{more}"
            self.add(Kind.CONSTRAINT, subject, detail, tighter and Direction.INPUT in dirs)


def _show(value: float | None) -> str:
    if value is None:
        return "none"
    return str(int(value)) if float(value).is_integer() else str(value)


def diff_models(
    old: JsonObject, new: JsonObject, operations: Iterable[str] | None = None
) -> list[Change]:
    """The changes from ``old`` to ``new`` (``service-2.json`` documents), sorted by group,
    subject and detail; limited to ``operations`` and what they reach when given."""
    ops = None if operations is None else tuple(operations)
    return _Differ(_Model(old, ops), _Model(new, ops)).run()


def format_report(changes: Iterable[Change], title: str = "API changes") -> str:
    """A report of ``changes``: a title, one group per ``Kind``, and a summary line."""
    items = sorted(changes, key=Change.sort_key)
    lines = [title]
    for kind in Kind:
        group = [c for c in items if c.kind is kind]
        if group:
            lines.append(f"{kind.value}:")
            lines.extend(c.line() for c in group)
    breaking = sum(c.breaking for c in items)
    if not items:
        lines.append("  no changes")
    lines.append(
        f"Summary: {len(items)} changes, {breaking} breaking, {len(items) - breaking} compatible"
    )
    return "\n".join(lines) + "\n"


def read_model(path: Path) -> JsonObject:
    """A ``service-2.json`` document from a file (plain or ``.gz``), or from a folder holding
    one (a pinned model folder, or a botocore ``data/<service>/<version>`` folder)."""
    if path.is_dir():
        found = [p for p in (path / "service-2.json", path / "service-2.json.gz") if p.exists()]
        if not found:
            raise FileNotFoundError(f"{path}: no service-2.json or service-2.json.gz")
        path = found[0]
    return read_json(path)
