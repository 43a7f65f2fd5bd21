# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeTermsByClient: its request and response, and how they travel."""

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
class DescribeTermsByClientRequest(Boto3Dicts):
    """The DescribeTermsByClientRequest structure."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that the terms documents are associated with."""

    user_pool_id: str
    """The ID of the user pool that contains the terms documents that you want to describe."""

    terms_name: str
    """The name of the terms documents that you want to describe."""


def serialize_DescribeTermsByClientRequest(v: DescribeTermsByClientRequest) -> str:
    out = ['{"ClientId":', _s.json_str(v.client_id)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    out += (',"TermsName":', _s.json_str(v.terms_name))
    out.append("}")
    return "".join(out)


def secrets_DescribeTermsByClientRequest(
    v: DescribeTermsByClientRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_DescribeTermsByClientRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeTermsByClientRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
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
    if type(v.terms_name) is not str:
        _v.check_str(v.terms_name, _v.join(path, "terms_name"), problems, required=True)


@_dc.dataclass(kw_only=True)
class DescribeTermsByClientResponse(Boto3Dicts):
    """The DescribeTermsByClientResponse structure."""

    terms: TermsType | None = None
    """A summary of the requested terms documents, including a unique identifier for later
    changes to the terms documents."""


def parse_DescribeTermsByClientResponse(value: object, path: str) -> DescribeTermsByClientResponse:
    m = _s.expect_object(value, path)
    x = m.get("Terms")
    f_terms = None if x is None else _shapes_terms_type.parse_TermsType(x, path + ".Terms")
    obj = _dc.new(DescribeTermsByClientResponse)
    obj.terms = f_terms
    return obj


Request = DescribeTermsByClientRequest
"""The request dataclass of DescribeTermsByClient."""


OPERATION: OperationSpec[DescribeTermsByClientRequest, DescribeTermsByClientResponse] = (
    OperationSpec(
        name="DescribeTermsByClient",
        validate=check_DescribeTermsByClientRequest,
        serialize=serialize_DescribeTermsByClientRequest,
        parse=parse_DescribeTermsByClientResponse,
        signed=True,
        secrets=secrets_DescribeTermsByClientRequest,
        fill_secret_hash=None,
    )
)
