# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class DefaultEmailOptionType(enum.StrEnum):
    """The values of DefaultEmailOptionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CONFIRM_WITH_LINK = "CONFIRM_WITH_LINK"
    CONFIRM_WITH_CODE = "CONFIRM_WITH_CODE"


if TYPE_CHECKING:
    DefaultEmailOptionTypeValue: TypeAlias = Literal["CONFIRM_WITH_LINK", "CONFIRM_WITH_CODE"]
    """The values of DefaultEmailOptionType as literal strings, for type checkers: an input typed
    ``DefaultEmailOptionType | DefaultEmailOptionTypeValue | Unmodelled`` takes
    ``DefaultEmailOptionType.CONFIRM_WITH_LINK`` or ``'CONFIRM_WITH_LINK'``, and a type
    checker reports a misspelt value. ``str`` at run time."""
else:
    DefaultEmailOptionTypeValue = str
