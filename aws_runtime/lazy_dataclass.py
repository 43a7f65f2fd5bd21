"""Standard-library dataclasses that are made dataclasses on first look, not at import.

Importing :mod:`dataclasses` costs about 10 ms (it imports :mod:`inspect`, which imports
``ast``, ``dis`` and ``tokenize``): more than the rest of a client's first call. Generated
models therefore declare themselves with this module's ``dataclass`` and ``field``, which only
record what was asked for. The first time anything looks for a dataclass attribute of such a
class (``dataclasses.is_dataclass``, ``fields``, ``asdict``, ``replace``, a ``match`` on it,
``copy.replace``), :func:`dataclasses.dataclass` is applied to the class with the recorded
arguments, and from then on it is an ordinary dataclass. The generated classes write out their
own ``__init__``, ``__repr__`` and ``__eq__`` (``init=False, repr=False, eq=False``), so the
decorator adds no behaviour an instance uses; until that first look nothing but the decorator's
bookkeeping attributes is missing, and those are stand-ins that finish the job when read.

``new(cls)`` is ``object.__new__``: generated code that builds many instances (client methods,
response parsers) sets each field of ``new(cls)`` itself, as ``__init__`` would, because a
keyword call into a class costs three times as much.

Type checkers see :func:`dataclasses.dataclass`, :func:`dataclasses.field` and
:func:`dataclasses.replace` themselves.
"""

from __future__ import annotations

import _thread
import sys
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from typing import TypeVar

    from _typeshed import DataclassInstance

    T = TypeVar("T")
    D = TypeVar("D", bound=DataclassInstance)

_MISSING = object()

_ADDED: tuple[str, ...] = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
"""The class attributes the decorator adds (with ``init``, ``repr`` and ``eq`` off)."""
if sys.version_info >= (3, 13):
    _ADDED += ("__replace__",)

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
        looks while another finishes sees a dataclass either way.
        """
        with _LOCK:
            if self.done:
                return
            import dataclasses

            cls = self.cls
            own = cls.__dict__
            annotations: dict[str, object] = own.get("__annotations__", {})
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


def _dataclass(**params: bool) -> Callable[[type[T]], type[T]]:
    """``@dataclass(...)`` that records ``params`` and leaves the work to the first look."""

    def declare(cls: type[T]) -> type[T]:
        fields: dict[str, _Field] = {}
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, _Field):
                fields[name] = value
                # What the decorator leaves on the class: the default, or nothing.
                if value.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value.default)
        pending = _Pending(cls, dict(params), fields)
        for name in _ADDED:
            setattr(cls, name, _StandIn(pending, name))
        return cls

    return declare


def _field(*, default: object = _MISSING, repr: bool = True) -> object:
    """``field(...)`` as generated models use it: a default and whether ``repr`` shows it."""
    return _Field(default, repr)


def _replace(obj: D, /, **changes: object) -> D:
    """:func:`dataclasses.replace`, importing :mod:`dataclasses` when first needed."""
    import dataclasses

    return dataclasses.replace(obj, **changes)


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
