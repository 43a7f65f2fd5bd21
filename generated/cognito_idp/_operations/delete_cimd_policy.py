# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteCIMDPolicy: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteCIMDPolicyRequest(Boto3Dicts):
    """The DeleteCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""

    cimd_policy_id: str
    """The ID of the CIMD policy that you want to delete."""


def serialize_DeleteCIMDPolicyRequest(v: DeleteCIMDPolicyRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"CIMDPolicyId":', _s.json_str(v.cimd_policy_id))
    out.append("}")
    return "".join(out)


def secrets_DeleteCIMDPolicyRequest(v: DeleteCIMDPolicyRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeleteCIMDPolicyRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteCIMDPolicyRequest, path, problems, required)
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
class DeleteCIMDPolicyResponse(Boto3Dicts):
    """The DeleteCIMDPolicyResponse structure."""


def parse_DeleteCIMDPolicyResponse(value: object, path: str) -> DeleteCIMDPolicyResponse:
    _s.expect_object(value, path)
    return DeleteCIMDPolicyResponse()


Request = DeleteCIMDPolicyRequest
"""The request dataclass of DeleteCIMDPolicy."""


OPERATION: OperationSpec[DeleteCIMDPolicyRequest, DeleteCIMDPolicyResponse] = OperationSpec(
    name="DeleteCIMDPolicy",
    validate=check_DeleteCIMDPolicyRequest,
    serialize=serialize_DeleteCIMDPolicyRequest,
    parse=parse_DeleteCIMDPolicyResponse,
    signed=True,
    secrets=secrets_DeleteCIMDPolicyRequest,
    fill_secret_hash=None,
)
