# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AccountTakeoverEventActionType(enum.StrEnum):
    """The values of AccountTakeoverEventActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BLOCK = "BLOCK"
    MFA_IF_CONFIGURED = "MFA_IF_CONFIGURED"
    MFA_REQUIRED = "MFA_REQUIRED"
    NO_ACTION = "NO_ACTION"


if TYPE_CHECKING:
    AccountTakeoverEventActionTypeValue: TypeAlias = Literal[
        "BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION"
    ]
    """The values of AccountTakeoverEventActionType as literal strings, for type checkers: an input
    typed ``AccountTakeoverEventActionType | AccountTakeoverEventActionTypeValue |
    Unmodelled`` takes ``AccountTakeoverEventActionType.BLOCK`` or ``'BLOCK'``, and a type
    checker reports a misspelt value. ``str`` at run time."""
else:
    AccountTakeoverEventActionTypeValue = str
