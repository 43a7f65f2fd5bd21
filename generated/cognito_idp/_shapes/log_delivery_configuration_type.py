# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import log_configuration_type as _shapes_log_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.log_configuration_type import LogConfigurationType


@_dc.dataclass(kw_only=True)
class LogDeliveryConfigurationType(Boto3Dicts):
    """The logging parameters of a user pool, as returned in the response to a
    `GetLogDeliveryConfiguration` request."""

    user_pool_id: str
    """The ID of the user pool where you configured logging."""

    log_configurations: list[LogConfigurationType]
    """A logging destination of a user pool. User pools can have multiple logging destinations
    for message-delivery and user-activity logs."""


def parse_LogDeliveryConfigurationType(value: object, path: str) -> LogDeliveryConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    if x is None:
        raise _s.missing(path + ".UserPoolId")
    f_user_pool_id = _s.parse_str(x, path + ".UserPoolId")
    x = m.get("LogConfigurations")
    if x is None:
        raise _s.missing(path + ".LogConfigurations")
    f_log_configurations = _s.parse_list(
        x,
        path + ".LogConfigurations",
        lambda x, p: _shapes_log_configuration_type.parse_LogConfigurationType(x, p),
    )
    obj = _dc.new(LogDeliveryConfigurationType)
    obj.user_pool_id = f_user_pool_id
    obj.log_configurations = f_log_configurations
    return obj
