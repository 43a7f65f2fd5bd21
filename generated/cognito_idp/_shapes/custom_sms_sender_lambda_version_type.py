# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class CustomSMSSenderLambdaVersionType(enum.StrEnum):
    """The values of CustomSMSSenderLambdaVersionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    V1_0 = "V1_0"


if TYPE_CHECKING:
    CustomSMSSenderLambdaVersionTypeValue: TypeAlias = Literal["V1_0"]
    """The values of CustomSMSSenderLambdaVersionType as literal strings, for type checkers: an
    input typed ``CustomSMSSenderLambdaVersionType | CustomSMSSenderLambdaVersionTypeValue |
    Unmodelled`` takes ``CustomSMSSenderLambdaVersionType.V1_0`` or ``'V1_0'``, and a type
    checker reports a misspelt value. ``str`` at run time."""
else:
    CustomSMSSenderLambdaVersionTypeValue = str
