"""Module attributes imported on first use, for generated packages' ``__getattr__``.

Defining a class costs time at import (a dataclass up to a millisecond), so generated packages
name where each class lives and import its module only when the class is first asked for.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping


def load(module_name: str, where: Mapping[str, str], name: str) -> object:
    """``name`` from the module ``where`` says, cached on ``module_name`` for next time."""
    source = where.get(name)
    if source is None:
        raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(source), name)
    setattr(sys.modules[module_name], name, value)
    return value
