# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class EventFilterType(enum.StrEnum):
    """The values of EventFilterType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SIGN_IN = "SIGN_IN"
    PASSWORD_CHANGE = "PASSWORD_CHANGE"
    SIGN_UP = "SIGN_UP"


if TYPE_CHECKING:
    EventFilterTypeValue: TypeAlias = Literal["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"]
    """The values of EventFilterType as literal strings, for type checkers: an input typed
    ``EventFilterType | EventFilterTypeValue | Unmodelled`` takes
    ``EventFilterType.SIGN_IN`` or ``'SIGN_IN'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    EventFilterTypeValue = str
