# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class EmailSendingAccountType(enum.StrEnum):
    """The values of EmailSendingAccountType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    COGNITO_DEFAULT = "COGNITO_DEFAULT"
    DEVELOPER = "DEVELOPER"


if TYPE_CHECKING:
    EmailSendingAccountTypeValue: TypeAlias = Literal["COGNITO_DEFAULT", "DEVELOPER"]
    """The values of EmailSendingAccountType as literal strings, for type checkers: an input typed
    ``EmailSendingAccountType | EmailSendingAccountTypeValue | Unmodelled`` takes
    ``EmailSendingAccountType.COGNITO_DEFAULT`` or ``'COGNITO_DEFAULT'``, and a type checker
    reports a misspelt value. ``str`` at run time."""
else:
    EmailSendingAccountTypeValue = str
