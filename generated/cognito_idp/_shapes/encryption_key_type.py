# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class EncryptionKeyType(enum.StrEnum):
    """The values of EncryptionKeyType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    AWS_OWNED_KEY = "AWS_OWNED_KEY"
    CUSTOMER_MANAGED_KEY = "CUSTOMER_MANAGED_KEY"


if TYPE_CHECKING:
    EncryptionKeyTypeValue: TypeAlias = Literal["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]
    """The values of EncryptionKeyType as literal strings, for type checkers: an input typed
    ``EncryptionKeyType | EncryptionKeyTypeValue | Unmodelled`` takes
    ``EncryptionKeyType.AWS_OWNED_KEY`` or ``'AWS_OWNED_KEY'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    EncryptionKeyTypeValue = str
