# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AliasAttributeType(enum.StrEnum):
    """The values of AliasAttributeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PHONE_NUMBER = "phone_number"
    EMAIL = "email"
    PREFERRED_USERNAME = "preferred_username"


if TYPE_CHECKING:
    AliasAttributeTypeValue: TypeAlias = Literal["phone_number", "email", "preferred_username"]
    """The values of AliasAttributeType as literal strings, for type checkers: an input typed
    ``AliasAttributeType | AliasAttributeTypeValue | Unmodelled`` takes
    ``AliasAttributeType.PHONE_NUMBER`` or ``'phone_number'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    AliasAttributeTypeValue = str
