# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class UserStatusType(enum.StrEnum):
    """The values of UserStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    UNCONFIRMED = "UNCONFIRMED"
    CONFIRMED = "CONFIRMED"
    ARCHIVED = "ARCHIVED"
    COMPROMISED = "COMPROMISED"
    UNKNOWN = "UNKNOWN"
    RESET_REQUIRED = "RESET_REQUIRED"
    FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD"
    EXTERNAL_PROVIDER = "EXTERNAL_PROVIDER"


if TYPE_CHECKING:
    UserStatusTypeValue: TypeAlias = Literal[
        "UNCONFIRMED",
        "CONFIRMED",
        "ARCHIVED",
        "COMPROMISED",
        "UNKNOWN",
        "RESET_REQUIRED",
        "FORCE_CHANGE_PASSWORD",
        "EXTERNAL_PROVIDER",
    ]
    """The values of UserStatusType as literal strings, for type checkers: an input typed
    ``UserStatusType | UserStatusTypeValue | Unmodelled`` takes
    ``UserStatusType.UNCONFIRMED`` or ``'UNCONFIRMED'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    UserStatusTypeValue = str
