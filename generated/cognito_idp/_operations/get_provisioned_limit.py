# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetProvisionedLimit: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import limit_definition_type as _shapes_limit_definition_type
from cognito_idp._shapes import limit_type as _shapes_limit_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.limit_definition_type import LimitDefinitionType
    from cognito_idp._shapes.limit_type import LimitType


@_dc.dataclass(kw_only=True)
class GetProvisionedLimitRequest(Boto3Dicts):
    """The GetProvisionedLimitRequest structure."""

    limit_definition: LimitDefinitionType
    """The limit to retrieve. Specify the limit class and the attributes that identify the limit."""


def serialize_GetProvisionedLimitRequest(v: GetProvisionedLimitRequest) -> str:
    out = [
        '{"LimitDefinition":',
        _shapes_limit_definition_type.serialize_LimitDefinitionType(v.limit_definition),
    ]
    out.append("}")
    return "".join(out)


def secrets_GetProvisionedLimitRequest(v: GetProvisionedLimitRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    _shapes_limit_definition_type.secrets_LimitDefinitionType(v.limit_definition, out)


def check_GetProvisionedLimitRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetProvisionedLimitRequest, path, problems, required)
    if v is None:
        return
    _shapes_limit_definition_type.check_LimitDefinitionType(
        v.limit_definition, _v.join(path, "limit_definition"), problems, required=True
    )


@_dc.dataclass(kw_only=True)
class GetProvisionedLimitResponse(Boto3Dicts):
    """The GetProvisionedLimitResponse structure."""

    limit: LimitType
    """The provisioned and default limit values for the requested limit."""


def parse_GetProvisionedLimitResponse(value: object, path: str) -> GetProvisionedLimitResponse:
    m = _s.expect_object(value, path)
    x = m.get("Limit")
    if x is None:
        raise _s.missing(path + ".Limit")
    f_limit = _shapes_limit_type.parse_LimitType(x, path + ".Limit")
    obj = _dc.new(GetProvisionedLimitResponse)
    obj.limit = f_limit
    return obj


Request = GetProvisionedLimitRequest
"""The request dataclass of GetProvisionedLimit."""


OPERATION: OperationSpec[GetProvisionedLimitRequest, GetProvisionedLimitResponse] = OperationSpec(
    name="GetProvisionedLimit",
    validate=check_GetProvisionedLimitRequest,
    serialize=serialize_GetProvisionedLimitRequest,
    parse=parse_GetProvisionedLimitResponse,
    signed=True,
    secrets=secrets_GetProvisionedLimitRequest,
    fill_secret_hash=None,
)
