# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class RestoreStatusType(enum.StrEnum):
    """The values of RestoreStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PREVIEW_GENERATING = "PREVIEW_GENERATING"
    PREVIEW_GENERATED = "PREVIEW_GENERATED"
    PREVIEW_CANCELLED = "PREVIEW_CANCELLED"
    PREVIEW_GENERATION_FAILED = "PREVIEW_GENERATION_FAILED"
    PREVIEW_EXPIRED = "PREVIEW_EXPIRED"
    RESTORING = "RESTORING"
    RESTORE_COMPLETED = "RESTORE_COMPLETED"
    TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE = "TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE"
    AWS_ABORTED = "AWS_ABORTED"


if TYPE_CHECKING:
    RestoreStatusTypeValue: TypeAlias = Literal[
        "PREVIEW_GENERATING",
        "PREVIEW_GENERATED",
        "PREVIEW_CANCELLED",
        "PREVIEW_GENERATION_FAILED",
        "PREVIEW_EXPIRED",
        "RESTORING",
        "RESTORE_COMPLETED",
        "TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE",
        "AWS_ABORTED",
    ]
    """The values of RestoreStatusType as literal strings, for type checkers: an input typed
    ``RestoreStatusType | RestoreStatusTypeValue | Unmodelled`` takes
    ``RestoreStatusType.PREVIEW_GENERATING`` or ``'PREVIEW_GENERATING'``, and a type checker
    reports a misspelt value. ``str`` at run time."""
else:
    RestoreStatusTypeValue = str
