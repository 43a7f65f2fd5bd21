# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUserPoolSessionConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    user_pool_token_session_config_type as _shapes_user_pool_token_session_config_type,
)
from cognito_idp._shapes import user_session_tracking_type as _shapes_user_session_tracking_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_pool_token_session_config_type import (
        UserPoolTokenSessionConfigType,
    )
    from cognito_idp._shapes.user_session_tracking_type import UserSessionTrackingType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class GetUserPoolSessionConfigurationRequest(Boto3Dicts):
    """The GetUserPoolSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to retrieve the session configuration."""


def serialize_GetUserPoolSessionConfigurationRequest(
    v: GetUserPoolSessionConfigurationRequest,
) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_GetUserPoolSessionConfigurationRequest(
    v: GetUserPoolSessionConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetUserPoolSessionConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetUserPoolSessionConfigurationRequest, path, problems, required)
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
class GetUserPoolSessionConfigurationResponse(Boto3Dicts):
    """The GetUserPoolSessionConfigurationResponse structure."""

    user_pool_id: str | None = None
    """The ID of the user pool that the session configuration applies to."""

    user_session_tracking: UserSessionTrackingType | Unmodelled | None = None
    """Indicates whether session tracking is enabled for the user pool."""

    token_session: UserPoolTokenSessionConfigType | None = None
    """The pool-wide token session settings for the user pool."""


def parse_GetUserPoolSessionConfigurationResponse(
    value: object, path: str
) -> GetUserPoolSessionConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("UserSessionTracking")
    f_user_session_tracking = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_user_session_tracking_type.UserSessionTrackingType,
            x,
            path + ".UserSessionTracking",
        )
    )
    x = m.get("TokenSession")
    f_token_session = (
        None
        if x is None
        else _shapes_user_pool_token_session_config_type.parse_UserPoolTokenSessionConfigType(
            x, path + ".TokenSession"
        )
    )
    obj = _dc.new(GetUserPoolSessionConfigurationResponse)
    obj.user_pool_id = f_user_pool_id
    obj.user_session_tracking = f_user_session_tracking
    obj.token_session = f_token_session
    return obj


Request = GetUserPoolSessionConfigurationRequest
"""The request dataclass of GetUserPoolSessionConfiguration."""


OPERATION: OperationSpec[
    GetUserPoolSessionConfigurationRequest, GetUserPoolSessionConfigurationResponse
] = OperationSpec(
    name="GetUserPoolSessionConfiguration",
    validate=check_GetUserPoolSessionConfigurationRequest,
    serialize=serialize_GetUserPoolSessionConfigurationRequest,
    parse=parse_GetUserPoolSessionConfigurationResponse,
    signed=True,
    secrets=secrets_GetUserPoolSessionConfigurationRequest,
    fill_secret_hash=None,
)
