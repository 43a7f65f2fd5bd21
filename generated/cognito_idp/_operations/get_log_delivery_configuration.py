# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetLogDeliveryConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec
from aws_runtime.static_typing import TYPE_CHECKING
from cognito_idp._shapes import (
    log_delivery_configuration_type as _shapes_log_delivery_configuration_type,
)

if TYPE_CHECKING:
    from cognito_idp._shapes.log_delivery_configuration_type import LogDeliveryConfigurationType


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class GetLogDeliveryConfigurationRequest:
    """The GetLogDeliveryConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that has the logging configuration that you want to view."""

    def __init__(
        self,
        *,
        user_pool_id: str,
    ) -> None:
        self.user_pool_id = user_pool_id

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(user_pool_id={self.user_pool_id!r})"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetLogDeliveryConfigurationRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.user_pool_id,) == (other.user_pool_id,)


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
        _v.check_str(v.user_pool_id, _v.join(path, "user_pool_id"), problems, True, 1, 55)


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class GetLogDeliveryConfigurationResponse:
    """The GetLogDeliveryConfigurationResponse structure."""

    log_delivery_configuration: LogDeliveryConfigurationType | None = None
    """The logging configuration of the requested user pool. Includes types of logs configured
    and their destinations."""

    def __init__(
        self,
        *,
        log_delivery_configuration: LogDeliveryConfigurationType | None = None,
    ) -> None:
        self.log_delivery_configuration = log_delivery_configuration

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(log_delivery_configuration={self.log_delivery_configuration!r})"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetLogDeliveryConfigurationResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.log_delivery_configuration,) == (other.log_delivery_configuration,)


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


def new_request(user_pool_id: str) -> GetLogDeliveryConfigurationRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(GetLogDeliveryConfigurationRequest)
    _req.user_pool_id = user_pool_id
    return _req


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
