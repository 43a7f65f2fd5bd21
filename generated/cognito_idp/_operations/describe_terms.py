# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeTerms: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import terms_type as _shapes_terms_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.terms_type import TermsType


@_dc.dataclass(kw_only=True)
class DescribeTermsRequest(Boto3Dicts):
    """The DescribeTermsRequest structure."""

    terms_id: str
    """The ID of the terms documents that you want to describe."""

    user_pool_id: str
    """The ID of the user pool that contains the terms documents that you want to describe."""


def serialize_DescribeTermsRequest(v: DescribeTermsRequest) -> str:
    out = ['{"TermsId":', _s.json_str(v.terms_id)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    out.append("}")
    return "".join(out)


def secrets_DescribeTermsRequest(v: DescribeTermsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeTermsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeTermsRequest, path, problems, required)
    if v is None:
        return
    if type(v.terms_id) is not str:
        _v.check_str(v.terms_id, _v.join(path, "terms_id"), problems, required=True)
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
class DescribeTermsResponse(Boto3Dicts):
    """The DescribeTermsResponse structure."""

    terms: TermsType | None = None
    """A summary of the requested terms documents. Includes a unique identifier for later changes
    to the terms documents."""


def parse_DescribeTermsResponse(value: object, path: str) -> DescribeTermsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Terms")
    f_terms = None if x is None else _shapes_terms_type.parse_TermsType(x, path + ".Terms")
    obj = _dc.new(DescribeTermsResponse)
    obj.terms = f_terms
    return obj


Request = DescribeTermsRequest
"""The request dataclass of DescribeTerms."""


OPERATION: OperationSpec[DescribeTermsRequest, DescribeTermsResponse] = OperationSpec(
    name="DescribeTerms",
    validate=check_DescribeTermsRequest,
    serialize=serialize_DescribeTermsRequest,
    parse=parse_DescribeTermsResponse,
    signed=True,
    secrets=secrets_DescribeTermsRequest,
    fill_secret_hash=None,
)
