# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class TimeUnitsType(enum.StrEnum):
    """The values of TimeUnitsType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SECONDS = "seconds"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


if TYPE_CHECKING:
    TimeUnitsTypeValue: TypeAlias = Literal["seconds", "minutes", "hours", "days"]
    """The values of TimeUnitsType as literal strings, for type checkers: an input typed
    ``TimeUnitsType | TimeUnitsTypeValue | Unmodelled`` takes ``TimeUnitsType.SECONDS`` or
    ``'seconds'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    TimeUnitsTypeValue = str
