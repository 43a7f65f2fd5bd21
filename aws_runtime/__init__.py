"""The runtime's former name, kept for one release: ``aws_runtime.X`` is ``typedaws_runtime.X``.

``aws_runtime`` is a name other distributions could also use, so the runtime moved to
``typedaws_runtime``. Code written against the old name keeps running, with a
``DeprecationWarning``: every ``aws_runtime.<module>`` import returns the very module object of
``typedaws_runtime.<module>``, so classes are shared and an ``except`` written with either name
catches the same errors. Type checkers see only the new name.
"""

import sys
import warnings
from importlib import import_module
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

from typedaws_runtime import *  # noqa: F403 (the old name exports what the new one exports)
from typedaws_runtime import __all__ as __all__

_OLD = "aws_runtime"
_NEW = "typedaws_runtime"

warnings.warn(
    f"the {_OLD!r} package is now {_NEW!r}; import {_NEW} instead", DeprecationWarning, stacklevel=2
)


class _Alias(MetaPathFinder, Loader):
    """Finds ``aws_runtime.<module>`` and hands back ``typedaws_runtime.<module>`` itself."""

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not fullname.startswith(_OLD + "."):
            return None
        return ModuleSpec(fullname, self)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return None  # a placeholder; exec_module replaces it in sys.modules

    def exec_module(self, module: ModuleType) -> None:
        # The import system returns whatever sys.modules holds under the name after this.
        sys.modules[module.__name__] = import_module(_NEW + module.__name__[len(_OLD) :])


# First on the path: otherwise the normal finder would load the same files a second time.
sys.meta_path.insert(0, _Alias())
