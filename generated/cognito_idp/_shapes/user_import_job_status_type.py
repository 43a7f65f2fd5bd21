# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class UserImportJobStatusType(enum.StrEnum):
    """The values of UserImportJobStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CREATED = "Created"
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    STOPPING = "Stopping"
    EXPIRED = "Expired"
    STOPPED = "Stopped"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"


if TYPE_CHECKING:
    UserImportJobStatusTypeValue: TypeAlias = Literal[
        "Created", "Pending", "InProgress", "Stopping", "Expired", "Stopped", "Failed", "Succeeded"
    ]
    """The values of UserImportJobStatusType as literal strings, for type checkers: an input typed
    ``UserImportJobStatusType | UserImportJobStatusTypeValue | Unmodelled`` takes
    ``UserImportJobStatusType.CREATED`` or ``'Created'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    UserImportJobStatusTypeValue = str
