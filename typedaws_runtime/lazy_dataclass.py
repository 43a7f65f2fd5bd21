"""Standard-library dataclasses that are made dataclasses on first look, not at import.

:mod:`dataclasses` is outside the import budget (see ``typedaws_runtime``): it imports
:mod:`inspect`, which imports ``ast``, ``dis`` and ``tokenize``. Generated
models therefore declare themselves with this module's ``dataclass`` and ``field``: a class
states its fields once, as for :func:`dataclasses.dataclass`, and gets from here at once what
an instance uses, as the decorator would write it: a keyword-only ``__init__`` (compiled from
the fields, some 40 µs a class), ``__repr__`` (fields declared ``repr=False`` left out) and
``__eq__`` (the fields compared in order, instances of the same class only; instances are then
unhashable). The first time anything looks for a dataclass attribute of such a class
(``dataclasses.is_dataclass``, ``fields``, ``asdict``, ``replace``, a ``match`` on it,
``copy.replace``), :func:`dataclasses.dataclass` is applied to the class with the recorded
arguments, and from then on it is an ordinary dataclass. Until that first look nothing but the
decorator's bookkeeping attributes is missing, and those are stand-ins that finish the job
when read.

``replace(obj, **changes)`` is :func:`dataclasses.replace` without importing it, for such
classes. ``new(cls)`` is ``object.__new__``: an instance whose ``__init__`` has not run, for
code that sets every field itself.

Type checkers see :func:`dataclasses.dataclass`, :func:`dataclasses.field` and
:func:`dataclasses.replace` themselves.
"""

from __future__ import annotations

import _thread
import sys
from collections.abc import Callable

from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from typing import TypeVar

    from _typeshed import DataclassInstance

    T = TypeVar("T")
    D = TypeVar("D", bound=DataclassInstance)

_MISSING = object()

_ADDED: tuple[str, ...] = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
"""The class attributes the decorator adds besides the methods this module writes itself."""
if sys.version_info >= (3, 13):
    _ADDED += ("__replace__",)

_FIELDS = "_model_fields"
"""The class attribute holding the declared fields: ``(name, shown in repr)`` in order."""

_LOCK = _thread.RLock()
"""Held while a class is made a dataclass; re-entrant because that reads its bases' fields."""


class _Field:
    """A ``field(...)`` recorded before :mod:`dataclasses` is imported."""

    __slots__ = ("default", "repr")

    def __init__(self, default: object, repr: bool) -> None:
        self.default = default
        self.repr = repr


class _Pending:
    """One class still to be made a dataclass, and what it was declared with."""

    __slots__ = ("cls", "done", "fields", "params")

    def __init__(self, cls: type, params: dict[str, bool], fields: dict[str, _Field]) -> None:
        self.cls = cls
        self.params = params
        self.fields = fields
        self.done = False

    def finish(self) -> None:
        """Apply the decorator, to a stand-in copy of the class, then move what it added over.

        The class itself never passes through a half-made state: each attribute the decorator
        adds is, at any moment, either the stand-in or the finished value, so a thread that
        looks while another finishes sees a dataclass either way. The copy's methods are left
        behind: the class has its own, written here as the decorator writes them.
        """
        with _LOCK:
            if self.done:
                return
            import dataclasses

            cls = self.cls
            own = cls.__dict__
            annotations: dict[str, object] = own.get("__annotations__", {})
            _resolvable(cls, annotations)
            namespace: dict[str, object] = {
                "__module__": cls.__module__,
                "__qualname__": cls.__qualname__,
                "__doc__": cls.__doc__,
                "__annotations__": dict(annotations),
            }
            for name in annotations:
                spec = self.fields.get(name)
                if spec is None:
                    if name in own:
                        namespace[name] = own[name]
                elif spec.default is _MISSING:
                    namespace[name] = dataclasses.field(repr=spec.repr)
                else:
                    namespace[name] = dataclasses.field(default=spec.default, repr=spec.repr)
            shadow: type[object] = type(cls.__name__, cls.__bases__, namespace)
            made = vars(dataclasses.dataclass(shadow, **self.params))
            for name in _ADDED:
                if name in made:
                    setattr(cls, name, made[name])
                else:
                    delattr(cls, name)
            self.done = True


def _resolvable(cls: type, annotations: dict[str, object]) -> None:
    """Make the names in the fields' annotations resolvable in the class's module.

    Generated modules import the classes their annotations name only for type checkers:
    importing them at run time would load every shape a first call names. Tools that read
    annotations at run time (``typing.get_type_hints``, pydantic's ``TypeAdapter``) need them,
    so on first look each missing name is taken from the generated package's ``models``, which
    exports every model class and enum (a module ``<package>._<kind>.<name>``), or is the
    runtime's ``Unmodelled``.
    """
    import builtins
    import importlib
    import re

    module = sys.modules.get(cls.__module__)
    if module is None:
        return
    namespace = vars(module)
    root, kind, _ = (
        cls.__module__.rsplit(".", 2) if cls.__module__.count(".") >= 2 else ("", "", "")
    )
    models = None
    for annotation in annotations.values():
        if not isinstance(annotation, str):
            continue
        for name in re.findall(r"(?<![.\w])[A-Za-z_]\w*", annotation):
            if name in namespace or hasattr(builtins, name):
                continue
            if name == "Unmodelled":
                from typedaws_runtime.enums import Unmodelled

                namespace[name] = Unmodelled
                continue
            if models is None:
                if not kind.startswith("_"):
                    return  # not laid out as a generated package: nothing to look in
                models = importlib.import_module(f"{root}.models")
            value = getattr(models, name, None)
            if value is not None:
                namespace[name] = value


class _StandIn:
    """Class attribute standing for one the decorator adds; reading it finishes the class."""

    __slots__ = ("name", "pending")

    def __init__(self, pending: _Pending, name: str) -> None:
        self.pending = pending
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> object:
        self.pending.finish()
        # The real attribute now sits where the stand-in was (or is inherited, for a subclass).
        return getattr(obj if obj is not None else owner, self.name)


# -- the methods an instance uses, as the decorator writes them --------------------------------


def _init(
    cls: type, fields: list[tuple[str, object]], annotations: dict[str, object]
) -> Callable[..., None]:
    """A keyword-only ``__init__`` that sets each field, compiled as the decorator compiles it.

    ``fields``: (name, default or ``_MISSING``), in declaration order; ``annotations``: the
    class's own.
    """
    defaults = {
        f"_d{i}": default for i, (_, default) in enumerate(fields) if default is not _MISSING
    }
    params = [
        name if default is _MISSING else f"{name}=_d{i}" for i, (name, default) in enumerate(fields)
    ]
    sets = "".join(f"\n    self.{name} = {name}" for name, _ in fields) or "\n    pass"
    signature = f"self, *, {', '.join(params)}" if params else "self"
    scope: dict[str, object] = {"__name__": cls.__module__, **defaults}
    exec(f"def __init__({signature}) -> None:{sets}\n", scope)
    init = cast("Callable[..., None]", scope["__init__"])
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    # The fields' annotations, as the decorator's __init__ has them (for get_type_hints).
    init.__annotations__ = {name: annotations[name] for name, _ in fields} | {"return": "None"}
    return init


def _repr(self: object) -> str:
    fields: tuple[tuple[str, bool], ...] = getattr(self, _FIELDS)
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name, show in fields if show)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: object, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    fields: tuple[tuple[str, bool], ...] = getattr(self, _FIELDS)
    mine = tuple(getattr(self, name) for name, _ in fields)
    theirs = tuple(getattr(other, name) for name, _ in fields)
    return mine == theirs


def _dataclass(**params: bool) -> Callable[[type[T]], type[T]]:
    """``@dataclass(...)``: the methods an instance uses now, the rest on first look."""

    def declare(cls: type[T]) -> type[T]:
        own = cls.__dict__
        recorded: dict[str, _Field] = {}
        fields: list[tuple[str, object]] = []
        shown: list[tuple[str, bool]] = []
        annotations: dict[str, object] = own.get("__annotations__", {})
        for name in annotations:
            value: object = own.get(name, _MISSING)
            show = True
            if isinstance(value, _Field):
                spec = recorded[name] = value
                value, show = spec.default, spec.repr
                # What the decorator leaves on the class: the default, or nothing.
                if value is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value)
            fields.append((name, value))
            shown.append((name, show))
        setattr(cls, _FIELDS, tuple(shown))
        if params.get("init", True) and "__init__" not in own:
            setattr(cls, "__init__", _init(cls, fields, annotations))  # noqa: B010  # a method of cls
        if params.get("repr", True) and "__repr__" not in own:
            setattr(cls, "__repr__", _repr)  # noqa: B010
        if params.get("eq", True) and "__eq__" not in own:
            setattr(cls, "__eq__", _eq)  # noqa: B010
            if "__hash__" not in own:
                setattr(cls, "__hash__", None)  # noqa: B010  # as for a class that defines __eq__
        pending = _Pending(cls, dict(params), recorded)
        for name in _ADDED:
            setattr(cls, name, _StandIn(pending, name))
        return cls

    return declare


def _field(*, default: object = _MISSING, repr: bool = True) -> object:
    """``field(...)`` as generated models use it: a default and whether ``repr`` shows it."""
    return _Field(default, repr)


def _replace(obj: D, /, **changes: object) -> D:
    """:func:`dataclasses.replace`: a new instance, ``changes`` over ``obj``'s fields.

    For classes declared here, without importing :mod:`dataclasses`.
    """
    # Declared here: not a subclass, which may have fields of its own (and its own __init__).
    fields: tuple[tuple[str, bool], ...] | None = type(obj).__dict__.get(_FIELDS)
    if fields is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)
    for name, _ in fields:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
    from dataclasses import field as field
    from dataclasses import replace as replace

    def new(cls: type[T], /) -> T:
        """An instance of ``cls`` whose ``__init__`` has not run: the caller sets every field."""
        ...

else:
    dataclass, field, replace = _dataclass, _field, _replace
    new = object.__new__
