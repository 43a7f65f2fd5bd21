# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class ClientTypeType(enum.StrEnum):
    """The values of ClientTypeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REGULAR = "REGULAR"
    DCR = "DCR"


if TYPE_CHECKING:
    ClientTypeTypeValue: TypeAlias = Literal["REGULAR", "DCR"]
    """The values of ClientTypeType as literal strings, for type checkers: an input typed
    ``ClientTypeType | ClientTypeTypeValue | Unmodelled`` takes ``ClientTypeType.REGULAR``
    or ``'REGULAR'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    ClientTypeTypeValue = str
