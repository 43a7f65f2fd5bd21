# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeUserImportJob: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import user_import_job_type as _shapes_user_import_job_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_import_job_type import UserImportJobType


@_dc.dataclass(kw_only=True)
class DescribeUserImportJobRequest(Boto3Dicts):
    """Represents the request to describe the user import job."""

    user_pool_id: str
    """The ID of the user pool that's associated with the import job."""

    job_id: str
    """The Id of the user import job that you want to describe."""


def serialize_DescribeUserImportJobRequest(v: DescribeUserImportJobRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"JobId":', _s.json_str(v.job_id))
    out.append("}")
    return "".join(out)


def secrets_DescribeUserImportJobRequest(
    v: DescribeUserImportJobRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeUserImportJobRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeUserImportJobRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if not (type(v.job_id) is str and 1 <= len(v.job_id) <= 55):
        _v.check_str(
            v.job_id, _v.join(path, "job_id"), problems, required=True, min_len=1, max_len=55
        )


@_dc.dataclass(kw_only=True)
class DescribeUserImportJobResponse(Boto3Dicts):
    """Represents the response from the server to the request to describe the user import job."""

    user_import_job: UserImportJobType | None = None
    """The details of the user import job. Includes logging destination, status, and the Amazon
    S3 pre-signed URL for CSV upload."""


def parse_DescribeUserImportJobResponse(value: object, path: str) -> DescribeUserImportJobResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserImportJob")
    f_user_import_job = (
        None
        if x is None
        else _shapes_user_import_job_type.parse_UserImportJobType(x, path + ".UserImportJob")
    )
    obj = _dc.new(DescribeUserImportJobResponse)
    obj.user_import_job = f_user_import_job
    return obj


Request = DescribeUserImportJobRequest
"""The request dataclass of DescribeUserImportJob."""


OPERATION: OperationSpec[DescribeUserImportJobRequest, DescribeUserImportJobResponse] = (
    OperationSpec(
        name="DescribeUserImportJob",
        validate=check_DescribeUserImportJobRequest,
        serialize=serialize_DescribeUserImportJobRequest,
        parse=parse_DescribeUserImportJobResponse,
        signed=True,
        secrets=secrets_DescribeUserImportJobRequest,
        fill_secret_hash=None,
    )
)
