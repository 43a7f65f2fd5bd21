# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class PreTokenGenerationLambdaVersionType(enum.StrEnum):
    """The values of PreTokenGenerationLambdaVersionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    V1_0 = "V1_0"
    V2_0 = "V2_0"
    V3_0 = "V3_0"


if TYPE_CHECKING:
    PreTokenGenerationLambdaVersionTypeValue: TypeAlias = Literal["V1_0", "V2_0", "V3_0"]
    """The values of PreTokenGenerationLambdaVersionType as literal strings, for type checkers: an
    input typed ``PreTokenGenerationLambdaVersionType |
    PreTokenGenerationLambdaVersionTypeValue | Unmodelled`` takes
    ``PreTokenGenerationLambdaVersionType.V1_0`` or ``'V1_0'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    PreTokenGenerationLambdaVersionTypeValue = str
