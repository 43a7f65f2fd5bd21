# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class FeedbackValueType(enum.StrEnum):
    """The values of FeedbackValueType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    VALID = "Valid"
    INVALID = "Invalid"


if TYPE_CHECKING:
    FeedbackValueTypeValue: TypeAlias = Literal["Valid", "Invalid"]
    """The values of FeedbackValueType as literal strings, for type checkers: an input typed
    ``FeedbackValueType | FeedbackValueTypeValue | Unmodelled`` takes
    ``FeedbackValueType.VALID`` or ``'Valid'``, and a type checker reports a misspelt value.
    ``str`` at run time."""
else:
    FeedbackValueTypeValue = str
