# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeCIMDPolicy: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import cimd_policy_type as _shapes_cimd_policy_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.cimd_policy_type import CIMDPolicyType


@_dc.dataclass(kw_only=True)
class DescribeCIMDPolicyRequest(Boto3Dicts):
    """The DescribeCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""

    cimd_policy_id: str
    """The ID of the CIMD policy that you want to describe."""


def serialize_DescribeCIMDPolicyRequest(v: DescribeCIMDPolicyRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"CIMDPolicyId":', _s.json_str(v.cimd_policy_id))
    out.append("}")
    return "".join(out)


def secrets_DescribeCIMDPolicyRequest(v: DescribeCIMDPolicyRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeCIMDPolicyRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeCIMDPolicyRequest, path, problems, required)
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
    if not (type(v.cimd_policy_id) is str and 1 <= len(v.cimd_policy_id) <= 64):
        _v.check_str(
            v.cimd_policy_id,
            _v.join(path, "cimd_policy_id"),
            problems,
            required=True,
            min_len=1,
            max_len=64,
        )


@_dc.dataclass(kw_only=True)
class DescribeCIMDPolicyResponse(Boto3Dicts):
    """The DescribeCIMDPolicyResponse structure."""

    cimd_policy: CIMDPolicyType
    """The configuration of the requested CIMD policy."""


def parse_DescribeCIMDPolicyResponse(value: object, path: str) -> DescribeCIMDPolicyResponse:
    m = _s.expect_object(value, path)
    x = m.get("CIMDPolicy")
    if x is None:
        raise _s.missing(path + ".CIMDPolicy")
    f_cimd_policy = _shapes_cimd_policy_type.parse_CIMDPolicyType(x, path + ".CIMDPolicy")
    obj = _dc.new(DescribeCIMDPolicyResponse)
    obj.cimd_policy = f_cimd_policy
    return obj


Request = DescribeCIMDPolicyRequest
"""The request dataclass of DescribeCIMDPolicy."""


OPERATION: OperationSpec[DescribeCIMDPolicyRequest, DescribeCIMDPolicyResponse] = OperationSpec(
    name="DescribeCIMDPolicy",
    validate=check_DescribeCIMDPolicyRequest,
    serialize=serialize_DescribeCIMDPolicyRequest,
    parse=parse_DescribeCIMDPolicyResponse,
    signed=True,
    secrets=secrets_DescribeCIMDPolicyRequest,
    fill_secret_hash=None,
)
