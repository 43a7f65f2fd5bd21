# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import restore_preview_type as _shapes_restore_preview_type
from cognito_idp._shapes import restore_status_type as _shapes_restore_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.restore_preview_type import RestorePreviewType
    from cognito_idp._shapes.restore_status_type import RestoreStatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class RestorationType(Boto3Dicts):
    """The details of a point-in-time recovery of a user pool."""

    restore_id: str | None = None
    """The ID of the recovery. Use this ID in requests to describe, start, or cancel the
    recovery."""

    restore_status: RestoreStatusType | Unmodelled | None = None
    """The status of the recovery. Can be one of the following values.

    PREVIEW_GENERATING
        Amazon Cognito is generating the recovery preview, which might not be available
        immediately. Write operations in the user pool are paused.

    PREVIEW_GENERATED
        The recovery preview is ready for review. Write operations in the user pool are
        paused. Within 24 hours after you initiate the recovery, apply it with a
        `StartPointInTimeRecovery` request or discard it with a `CancelPointInTimeRecovery`
        request.

    PREVIEW_CANCELLED
        You canceled the recovery. Amazon Cognito resumed write operations and didn't change
        your user pool data.

    PREVIEW_GENERATION_FAILED
        Amazon Cognito couldn't generate the recovery preview. Amazon Cognito resumed write
        operations and didn't change your user pool data. You can initiate a new recovery.

    PREVIEW_EXPIRED
        You didn't start or cancel the recovery within 24 hours after you initiated it. Amazon
        Cognito resumed write operations and didn't change your user pool data.

    RESTORING
        Amazon Cognito is restoring user data in the user pool to its state at the recovery
        point. Write operations in the user pool are paused.

    RESTORE_COMPLETED
        Amazon Cognito restored your user pool to its state at the recovery point and resumed
        write operations.

    TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE
        The recovery encountered an internal error. Write operations in the user pool remain
        paused. Amazon Web Services Support contacts you through a support case to resolve the
        issue.

    AWS_ABORTED
        Amazon Cognito stopped the recovery because of an internal failure. Write operations
        in the user pool remain paused, and you can't cancel or retry the recovery. Amazon Web
        Services Support contacts you through a support case to resolve the issue."""

    restore_timestamp: datetime.datetime | None = None
    """The point in time that the recovery restores the user pool to."""

    trigger_timestamp: datetime.datetime | None = None
    """The end of the period of changes that the recovery reverts. This time is shortly after the
    time that you initiated the recovery. The recovery reverts changes to user data that
    occurred between `RestoreTimestamp` and `TriggerTimestamp`."""

    restore_preview: list[RestorePreviewType] | None = None
    """The recovery preview. For each type of entity, the preview shows the number of entities
    that the recovery creates, updates, and deletes. The preview doesn't include user data.
    Amazon Cognito returns the preview when it's available."""


def parse_RestorationType(value: object, path: str) -> RestorationType:
    m = _s.expect_object(value, path)
    x = m.get("RestoreId")
    f_restore_id = None if x is None else _s.parse_str(x, path + ".RestoreId")
    x = m.get("RestoreStatus")
    f_restore_status = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_restore_status_type.RestoreStatusType, x, path + ".RestoreStatus"
        )
    )
    x = m.get("RestoreTimestamp")
    f_restore_timestamp = None if x is None else _s.parse_timestamp(x, path + ".RestoreTimestamp")
    x = m.get("TriggerTimestamp")
    f_trigger_timestamp = None if x is None else _s.parse_timestamp(x, path + ".TriggerTimestamp")
    x = m.get("RestorePreview")
    f_restore_preview = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".RestorePreview",
            lambda x, p: _shapes_restore_preview_type.parse_RestorePreviewType(x, p),
        )
    )
    obj = _dc.new(RestorationType)
    obj.restore_id = f_restore_id
    obj.restore_status = f_restore_status
    obj.restore_timestamp = f_restore_timestamp
    obj.trigger_timestamp = f_trigger_timestamp
    obj.restore_preview = f_restore_preview
    return obj
