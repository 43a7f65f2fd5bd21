# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AdvancedSecurityModeType(enum.StrEnum):
    """The values of AdvancedSecurityModeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    OFF = "OFF"
    AUDIT = "AUDIT"
    ENFORCED = "ENFORCED"


if TYPE_CHECKING:
    AdvancedSecurityModeTypeValue: TypeAlias = Literal["OFF", "AUDIT", "ENFORCED"]
    """The values of AdvancedSecurityModeType as literal strings, for type checkers: an input typed
    ``AdvancedSecurityModeType | AdvancedSecurityModeTypeValue | Unmodelled`` takes
    ``AdvancedSecurityModeType.OFF`` or ``'OFF'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    AdvancedSecurityModeTypeValue = str
