# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetLogDeliveryConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import log_configuration_type as _shapes_log_configuration_type
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
    from cognito_idp._shapes.log_configuration_type import LogConfigurationType
    from cognito_idp._shapes.log_delivery_configuration_type import LogDeliveryConfigurationType


@_dc.dataclass(kw_only=True)
class SetLogDeliveryConfigurationRequest(Boto3Dicts):
    """The SetLogDeliveryConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to configure logging."""

    log_configurations: Sequence[LogConfigurationType]
    """A collection of the logging configurations for a user pool."""


def serialize_SetLogDeliveryConfigurationRequest(v: SetLogDeliveryConfigurationRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (
        ',"LogConfigurations":',
        "["
        + ",".join(
            [
                _shapes_log_configuration_type.serialize_LogConfigurationType(x)
                for x in v.log_configurations
            ]
        )
        + "]",
    )
    out.append("}")
    return "".join(out)


def secrets_SetLogDeliveryConfigurationRequest(
    v: SetLogDeliveryConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    for log_configurations_item in v.log_configurations:
        _shapes_log_configuration_type.secrets_LogConfigurationType(log_configurations_item, out)


def check_SetLogDeliveryConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetLogDeliveryConfigurationRequest, path, problems, required)
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
    _v.check_list(
        v.log_configurations,
        _v.join(path, "log_configurations"),
        problems,
        required=True,
        min_len=0,
        max_len=2,
        item=lambda x, p: _shapes_log_configuration_type.check_LogConfigurationType(
            x, p, problems, required=True
        ),
    )


@_dc.dataclass(kw_only=True)
class SetLogDeliveryConfigurationResponse(Boto3Dicts):
    """The SetLogDeliveryConfigurationResponse structure."""

    log_delivery_configuration: LogDeliveryConfigurationType | None = None
    """The logging configuration that you applied to the requested user pool."""


def parse_SetLogDeliveryConfigurationResponse(
    value: object, path: str
) -> SetLogDeliveryConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("LogDeliveryConfiguration")
    f_log_delivery_configuration = (
        None
        if x is None
        else _shapes_log_delivery_configuration_type.parse_LogDeliveryConfigurationType(
            x, path + ".LogDeliveryConfiguration"
        )
    )
    obj = _dc.new(SetLogDeliveryConfigurationResponse)
    obj.log_delivery_configuration = f_log_delivery_configuration
    return obj


Request = SetLogDeliveryConfigurationRequest
"""The request dataclass of SetLogDeliveryConfiguration."""


OPERATION: OperationSpec[
    SetLogDeliveryConfigurationRequest, SetLogDeliveryConfigurationResponse
] = OperationSpec(
    name="SetLogDeliveryConfiguration",
    validate=check_SetLogDeliveryConfigurationRequest,
    serialize=serialize_SetLogDeliveryConfigurationRequest,
    parse=parse_SetLogDeliveryConfigurationResponse,
    signed=True,
    secrets=secrets_SetLogDeliveryConfigurationRequest,
    fill_secret_hash=None,
)
