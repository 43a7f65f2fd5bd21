# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class SecurityPolicyType(enum.StrEnum):
    """The values of SecurityPolicyType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    TLS_V1 = "TLS_V1"
    TLS_V1_2_2021 = "TLS_V1_2_2021"
    TLS_V1_3_2025 = "TLS_V1_3_2025"


if TYPE_CHECKING:
    SecurityPolicyTypeValue: TypeAlias = Literal["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"]
    """The values of SecurityPolicyType as literal strings, for type checkers: an input typed
    ``SecurityPolicyType | SecurityPolicyTypeValue | Unmodelled`` takes
    ``SecurityPolicyType.TLS_V1`` or ``'TLS_V1'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    SecurityPolicyTypeValue = str
