# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetCSVHeader: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class GetCSVHeaderRequest(Boto3Dicts):
    """Represents the request to get the header information of the CSV file for the user import
    job."""

    user_pool_id: str
    """The ID of the user pool that you want to import users into."""


def serialize_GetCSVHeaderRequest(v: GetCSVHeaderRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_GetCSVHeaderRequest(v: GetCSVHeaderRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetCSVHeaderRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetCSVHeaderRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class GetCSVHeaderResponse(Boto3Dicts):
    """Represents the response from the server to the request to get the header information of
    the CSV file for the user import job."""

    user_pool_id: str | None = None
    """The ID of the requested user pool."""

    csv_header: list[str] | None = None
    """A comma-separated list of attributes from your user pool. Save this output to a `.csv`
    file and populate it with the attributes of the users that you want to import."""


def parse_GetCSVHeaderResponse(value: object, path: str) -> GetCSVHeaderResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("CSVHeader")
    f_csv_header = (
        None
        if x is None
        else _s.parse_list(x, path + ".CSVHeader", lambda x, p: _s.parse_str(x, p))
    )
    obj = _dc.new(GetCSVHeaderResponse)
    obj.user_pool_id = f_user_pool_id
    obj.csv_header = f_csv_header
    return obj


Request = GetCSVHeaderRequest
"""The request dataclass of GetCSVHeader."""


OPERATION: OperationSpec[GetCSVHeaderRequest, GetCSVHeaderResponse] = OperationSpec(
    name="GetCSVHeader",
    validate=check_GetCSVHeaderRequest,
    serialize=serialize_GetCSVHeaderRequest,
    parse=parse_GetCSVHeaderResponse,
    signed=True,
    secrets=secrets_GetCSVHeaderRequest,
    fill_secret_hash=None,
)
