# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""CreateUserImportJob: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import user_import_job_type as _shapes_user_import_job_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.password_hashing_algorithm_type import (
        PasswordHashingAlgorithmType,
        PasswordHashingAlgorithmTypeValue,
    )
    from cognito_idp._shapes.user_import_job_type import UserImportJobType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CreateUserImportJobRequest(Boto3Dicts):
    """Represents the request to create the user import job."""

    job_name: str
    """A friendly name for the user import job."""

    user_pool_id: str
    """The ID of the user pool that you want to import users into."""

    cloud_watch_logs_role_arn: str
    """You must specify an IAM role that has permission to log import-job results to Amazon
    CloudWatch Logs. This parameter is the ARN of that role."""

    password_hashing_algorithm: (
        PasswordHashingAlgorithmType | PasswordHashingAlgorithmTypeValue | Unmodelled | None
    ) = None
    """The password hashing algorithm used to generate the hashes in the CSV file for this import
    job.

    Valid values: `BCRYPT` | `SCRYPT` | `ARGON2ID` | `PBKDF2_SHA256`"""


def serialize_CreateUserImportJobRequest(v: CreateUserImportJobRequest) -> str:
    out = ['{"JobName":', _s.json_str(v.job_name)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    out += (',"CloudWatchLogsRoleArn":', _s.json_str(v.cloud_watch_logs_role_arn))
    if v.password_hashing_algorithm is not None:
        out += (',"PasswordHashingAlgorithm":', _s.json_str(v.password_hashing_algorithm))
    out.append("}")
    return "".join(out)


def secrets_CreateUserImportJobRequest(v: CreateUserImportJobRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_CreateUserImportJobRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CreateUserImportJobRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.job_name) is str and 1 <= len(v.job_name) <= 128):
        _v.check_str(
            v.job_name, _v.join(path, "job_name"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if not (
        type(v.cloud_watch_logs_role_arn) is str and 20 <= len(v.cloud_watch_logs_role_arn) <= 2048
    ):
        _v.check_str(
            v.cloud_watch_logs_role_arn,
            _v.join(path, "cloud_watch_logs_role_arn"),
            problems,
            required=True,
            min_len=20,
            max_len=2048,
        )
    if v.password_hashing_algorithm is not None and type(v.password_hashing_algorithm) is not str:
        _v.check_str(
            v.password_hashing_algorithm,
            _v.join(path, "password_hashing_algorithm"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class CreateUserImportJobResponse(Boto3Dicts):
    """Represents the response from the server to the request to create the user import job."""

    user_import_job: UserImportJobType | None = None
    """The details of the user import job. Includes logging destination, status, and the Amazon
    S3 pre-signed URL for CSV upload."""


def parse_CreateUserImportJobResponse(value: object, path: str) -> CreateUserImportJobResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserImportJob")
    f_user_import_job = (
        None
        if x is None
        else _shapes_user_import_job_type.parse_UserImportJobType(x, path + ".UserImportJob")
    )
    obj = _dc.new(CreateUserImportJobResponse)
    obj.user_import_job = f_user_import_job
    return obj


Request = CreateUserImportJobRequest
"""The request dataclass of CreateUserImportJob."""


OPERATION: OperationSpec[CreateUserImportJobRequest, CreateUserImportJobResponse] = OperationSpec(
    name="CreateUserImportJob",
    validate=check_CreateUserImportJobRequest,
    serialize=serialize_CreateUserImportJobRequest,
    parse=parse_CreateUserImportJobResponse,
    signed=True,
    secrets=secrets_CreateUserImportJobRequest,
    fill_secret_hash=None,
)
