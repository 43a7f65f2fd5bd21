"""What the runtime needs from :mod:`typing` at run time, without importing it.

``typing`` is outside the import budget (see ``typedaws_runtime``), and the modules on a client's
path use it for type checkers only. Type checkers see ``typing``'s own
``cast``, ``Generic`` and ``TypeVar`` here; at run time ``cast`` returns its value, ``TypeVar``
its name, and ``Generic[...]`` is a plain base class that subscripting gives back unchanged
(the classes built on it are never subscripted at run time except in annotations, which are
strings under ``from __future__ import annotations``).

``TYPE_CHECKING`` is ``typing.TYPE_CHECKING`` (mypy and pyright treat any name so spelled as
true); every module of the runtime, the auth toolkit and the generated packages imports it from
here.
"""

from __future__ import annotations

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Generic as Generic
    from typing import TypeVar as TypeVar
    from typing import cast as cast
else:

    def cast(typ, value, /):
        return value

    def TypeVar(name, *constraints, **options):
        return name

    class Generic:
        __slots__ = ()

        def __class_getitem__(cls, params):
            return cls
