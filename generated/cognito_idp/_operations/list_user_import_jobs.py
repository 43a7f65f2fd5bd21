# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUserImportJobs: its request and response, and how they travel."""

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
class ListUserImportJobsRequest(Boto3Dicts):
    """Represents the request to list the user import jobs."""

    user_pool_id: str
    """The ID of the user pool where you want to list import jobs."""

    max_results: int
    """The maximum number of import jobs that you want Amazon Cognito to return in the response."""

    pagination_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListUserImportJobsRequest(v: ListUserImportJobsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"MaxResults":', int.__repr__(v.max_results))
    if v.pagination_token is not None:
        out += (',"PaginationToken":', _s.json_str(v.pagination_token))
    out.append("}")
    return "".join(out)


def secrets_ListUserImportJobsRequest(v: ListUserImportJobsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListUserImportJobsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListUserImportJobsRequest, path, problems, required)
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
    if not (type(v.max_results) is int and 1 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=True,
            minimum=1,
            maximum=60,
        )
    if v.pagination_token is not None and not (
        type(v.pagination_token) is str and len(v.pagination_token) >= 1
    ):
        _v.check_str(
            v.pagination_token,
            _v.join(path, "pagination_token"),
            problems,
            required=False,
            min_len=1,
        )


@_dc.dataclass(kw_only=True)
class ListUserImportJobsResponse(Boto3Dicts):
    """Represents the response from the server to the request to list the user import jobs."""

    user_import_jobs: list[UserImportJobType] | None = None
    """An array of user import jobs from the requested user pool. For each, the response includes
    logging destination, status, and the Amazon S3 pre-signed URL for CSV upload."""

    pagination_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListUserImportJobsResponse(value: object, path: str) -> ListUserImportJobsResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserImportJobs")
    f_user_import_jobs = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".UserImportJobs",
            lambda x, p: _shapes_user_import_job_type.parse_UserImportJobType(x, p),
        )
    )
    x = m.get("PaginationToken")
    f_pagination_token = None if x is None else _s.parse_str(x, path + ".PaginationToken")
    obj = _dc.new(ListUserImportJobsResponse)
    obj.user_import_jobs = f_user_import_jobs
    obj.pagination_token = f_pagination_token
    return obj


Request = ListUserImportJobsRequest
"""The request dataclass of ListUserImportJobs."""


OPERATION: OperationSpec[ListUserImportJobsRequest, ListUserImportJobsResponse] = OperationSpec(
    name="ListUserImportJobs",
    validate=check_ListUserImportJobsRequest,
    serialize=serialize_ListUserImportJobsRequest,
    parse=parse_ListUserImportJobsResponse,
    signed=True,
    secrets=secrets_ListUserImportJobsRequest,
    fill_secret_hash=None,
)
