# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class PasswordHashingAlgorithmType(enum.StrEnum):
    """The values of PasswordHashingAlgorithmType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BCRYPT = "BCRYPT"
    SCRYPT = "SCRYPT"
    ARGON2ID = "ARGON2ID"
    PBKDF2_SHA256 = "PBKDF2_SHA256"


if TYPE_CHECKING:
    PasswordHashingAlgorithmTypeValue: TypeAlias = Literal[
        "BCRYPT", "SCRYPT", "ARGON2ID", "PBKDF2_SHA256"
    ]
    """The values of PasswordHashingAlgorithmType as literal strings, for type checkers: an input
    typed ``PasswordHashingAlgorithmType | PasswordHashingAlgorithmTypeValue | Unmodelled``
    takes ``PasswordHashingAlgorithmType.BCRYPT`` or ``'BCRYPT'``, and a type checker
    reports a misspelt value. ``str`` at run time."""
else:
    PasswordHashingAlgorithmTypeValue = str
