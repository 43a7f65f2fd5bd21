# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import (
    password_hashing_algorithm_type as _shapes_password_hashing_algorithm_type,
)
from cognito_idp._shapes import user_import_job_status_type as _shapes_user_import_job_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.password_hashing_algorithm_type import PasswordHashingAlgorithmType
    from cognito_idp._shapes.user_import_job_status_type import UserImportJobStatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UserImportJobType(Boto3Dicts):
    """A user import job in a user pool. Describes the status of user import with a CSV file. For
    more information, see Importing users into user pools from a CSV file
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html)."""

    job_name: str | None = None
    """The friendly name of the user import job."""

    job_id: str | None = None
    """The ID of the user import job."""

    user_pool_id: str | None = None
    """The ID of the user pool that the users are being imported into."""

    pre_signed_url: str | None = None
    """The pre-signed URL target for uploading the CSV file."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    start_date: datetime.datetime | None = None
    """The date when the user import job was started."""

    completion_date: datetime.datetime | None = None
    """The date when the user import job was completed."""

    status: UserImportJobStatusType | Unmodelled | None = None
    """The status of the user import job. One of the following:

    - `Created` - The job was created but not started.
    - `Pending` - A transition state. You have started the job, but it has not begun importing
      users yet.
    - `InProgress` - The job has started, and users are being imported.
    - `Stopping` - You have stopped the job, but the job has not stopped importing users yet.
    - `Stopped` - You have stopped the job, and the job has stopped importing users.
    - `Succeeded` - The job has completed successfully.
    - `Failed` - The job has stopped due to an error.
    - `Expired` - You created a job, but did not start the job within 24-48 hours. All data
      associated with the job was deleted, and the job can't be started."""

    cloud_watch_logs_role_arn: str | None = None
    """The role Amazon Resource Name (ARN) for the Amazon CloudWatch Logging role for the user
    import job. For more information, see "Creating the CloudWatch Logs IAM Role" in the
    Amazon Cognito Developer Guide."""

    imported_users: int | None = None
    """The number of users that were successfully imported."""

    skipped_users: int | None = None
    """The number of users that were skipped."""

    failed_users: int | None = None
    """The number of users that couldn't be imported."""

    completion_message: str | None = None
    """The message returned when the user import job is completed."""

    password_hashing_algorithm: PasswordHashingAlgorithmType | Unmodelled | None = None
    """The password hashing algorithm used to generate the hashes in the CSV file for this import
    job.

    Valid values: `BCRYPT` | `SCRYPT` | `ARGON2ID` | `PBKDF2_SHA256`"""


def parse_UserImportJobType(value: object, path: str) -> UserImportJobType:
    m = _s.expect_object(value, path)
    x = m.get("JobName")
    f_job_name = None if x is None else _s.parse_str(x, path + ".JobName")
    x = m.get("JobId")
    f_job_id = None if x is None else _s.parse_str(x, path + ".JobId")
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("PreSignedUrl")
    f_pre_signed_url = None if x is None else _s.parse_str(x, path + ".PreSignedUrl")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("StartDate")
    f_start_date = None if x is None else _s.parse_timestamp(x, path + ".StartDate")
    x = m.get("CompletionDate")
    f_completion_date = None if x is None else _s.parse_timestamp(x, path + ".CompletionDate")
    x = m.get("Status")
    f_status = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_user_import_job_status_type.UserImportJobStatusType, x, path + ".Status"
        )
    )
    x = m.get("CloudWatchLogsRoleArn")
    f_cloud_watch_logs_role_arn = (
        None if x is None else _s.parse_str(x, path + ".CloudWatchLogsRoleArn")
    )
    x = m.get("ImportedUsers")
    f_imported_users = None if x is None else _s.parse_int(x, path + ".ImportedUsers")
    x = m.get("SkippedUsers")
    f_skipped_users = None if x is None else _s.parse_int(x, path + ".SkippedUsers")
    x = m.get("FailedUsers")
    f_failed_users = None if x is None else _s.parse_int(x, path + ".FailedUsers")
    x = m.get("CompletionMessage")
    f_completion_message = None if x is None else _s.parse_str(x, path + ".CompletionMessage")
    x = m.get("PasswordHashingAlgorithm")
    f_password_hashing_algorithm = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_password_hashing_algorithm_type.PasswordHashingAlgorithmType,
            x,
            path + ".PasswordHashingAlgorithm",
        )
    )
    obj = _dc.new(UserImportJobType)
    obj.job_name = f_job_name
    obj.job_id = f_job_id
    obj.user_pool_id = f_user_pool_id
    obj.pre_signed_url = f_pre_signed_url
    obj.creation_date = f_creation_date
    obj.start_date = f_start_date
    obj.completion_date = f_completion_date
    obj.status = f_status
    obj.cloud_watch_logs_role_arn = f_cloud_watch_logs_role_arn
    obj.imported_users = f_imported_users
    obj.skipped_users = f_skipped_users
    obj.failed_users = f_failed_users
    obj.completion_message = f_completion_message
    obj.password_hashing_algorithm = f_password_hashing_algorithm
    return obj
