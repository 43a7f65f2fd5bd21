# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateProvisionedLimit: its request and response, and how they travel."""

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
class UpdateProvisionedLimitRequest(Boto3Dicts):
    """The UpdateProvisionedLimitRequest structure."""

    limit_definition: LimitDefinitionType
    """The limit to update. Specify the limit class and the attributes that identify the limit."""

    requested_limit_value: int
    """The provisioned rate to set, in requests per second (RPS)."""


def serialize_UpdateProvisionedLimitRequest(v: UpdateProvisionedLimitRequest) -> str:
    out = [
        '{"LimitDefinition":',
        _shapes_limit_definition_type.serialize_LimitDefinitionType(v.limit_definition),
    ]
    out += (',"RequestedLimitValue":', int.__repr__(v.requested_limit_value))
    out.append("}")
    return "".join(out)


def secrets_UpdateProvisionedLimitRequest(
    v: UpdateProvisionedLimitRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    _shapes_limit_definition_type.secrets_LimitDefinitionType(v.limit_definition, out)


def check_UpdateProvisionedLimitRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateProvisionedLimitRequest, path, problems, required)
    if v is None:
        return
    _shapes_limit_definition_type.check_LimitDefinitionType(
        v.limit_definition, _v.join(path, "limit_definition"), problems, required=True
    )
    if type(v.requested_limit_value) is not int:
        _v.check_int(
            v.requested_limit_value, _v.join(path, "requested_limit_value"), problems, required=True
        )


@_dc.dataclass(kw_only=True)
class UpdateProvisionedLimitResponse(Boto3Dicts):
    """The UpdateProvisionedLimitResponse structure."""

    limit: LimitType
    """The updated provisioned and default limit values."""


def parse_UpdateProvisionedLimitResponse(
    value: object, path: str
) -> UpdateProvisionedLimitResponse:
    m = _s.expect_object(value, path)
    x = m.get("Limit")
    if x is None:
        raise _s.missing(path + ".Limit")
    f_limit = _shapes_limit_type.parse_LimitType(x, path + ".Limit")
    obj = _dc.new(UpdateProvisionedLimitResponse)
    obj.limit = f_limit
    return obj


Request = UpdateProvisionedLimitRequest
"""The request dataclass of UpdateProvisionedLimit."""


OPERATION: OperationSpec[UpdateProvisionedLimitRequest, UpdateProvisionedLimitResponse] = (
    OperationSpec(
        name="UpdateProvisionedLimit",
        validate=check_UpdateProvisionedLimitRequest,
        serialize=serialize_UpdateProvisionedLimitRequest,
        parse=parse_UpdateProvisionedLimitResponse,
        signed=True,
        secrets=secrets_UpdateProvisionedLimitRequest,
        fill_secret_hash=None,
    )
)
