# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetLogDeliveryConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    log_delivery_configuration_type as _shapes_log_delivery_configuration_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.log_delivery_configuration_type import LogDeliveryConfigurationType


@_dc.dataclass(kw_only=True)
class GetLogDeliveryConfigurationRequest(Boto3Dicts):
    """The GetLogDeliveryConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that has the logging configuration that you want to view."""


def serialize_GetLogDeliveryConfigurationRequest(v: GetLogDeliveryConfigurationRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_GetLogDeliveryConfigurationRequest(
    v: GetLogDeliveryConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetLogDeliveryConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetLogDeliveryConfigurationRequest, path, problems, required)
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
class GetLogDeliveryConfigurationResponse(Boto3Dicts):
    """The GetLogDeliveryConfigurationResponse structure."""

    log_delivery_configuration: LogDeliveryConfigurationType | None = None
    """The logging configuration of the requested user pool. Includes types of logs configured
    and their destinations."""


def parse_GetLogDeliveryConfigurationResponse(
    value: object, path: str
) -> GetLogDeliveryConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("LogDeliveryConfiguration")
    f_log_delivery_configuration = (
        None
        if x is None
        else _shapes_log_delivery_configuration_type.parse_LogDeliveryConfigurationType(
            x, path + ".LogDeliveryConfiguration"
        )
    )
    obj = _dc.new(GetLogDeliveryConfigurationResponse)
    obj.log_delivery_configuration = f_log_delivery_configuration
    return obj


Request = GetLogDeliveryConfigurationRequest
"""The request dataclass of GetLogDeliveryConfiguration."""


OPERATION: OperationSpec[
    GetLogDeliveryConfigurationRequest, GetLogDeliveryConfigurationResponse
] = OperationSpec(
    name="GetLogDeliveryConfiguration",
    validate=check_GetLogDeliveryConfigurationRequest,
    serialize=serialize_GetLogDeliveryConfigurationRequest,
    parse=parse_GetLogDeliveryConfigurationResponse,
    signed=True,
    secrets=secrets_GetLogDeliveryConfigurationRequest,
    fill_secret_hash=None,
)
