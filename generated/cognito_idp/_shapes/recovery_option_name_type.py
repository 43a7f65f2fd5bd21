# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class RecoveryOptionNameType(enum.StrEnum):
    """The values of RecoveryOptionNameType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    VERIFIED_EMAIL = "verified_email"
    VERIFIED_PHONE_NUMBER = "verified_phone_number"
    ADMIN_ONLY = "admin_only"


if TYPE_CHECKING:
    RecoveryOptionNameTypeValue: TypeAlias = Literal[
        "verified_email", "verified_phone_number", "admin_only"
    ]
    """The values of RecoveryOptionNameType as literal strings, for type checkers: an input typed
    ``RecoveryOptionNameType | RecoveryOptionNameTypeValue | Unmodelled`` takes
    ``RecoveryOptionNameType.VERIFIED_EMAIL`` or ``'verified_email'``, and a type checker
    reports a misspelt value. ``str`` at run time."""
else:
    RecoveryOptionNameTypeValue = str
