# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetUserPoolSessionConfiguration: its request and response, and how they travel."""

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
    from cognito_idp._shapes.user_session_tracking_type import (
        UserSessionTrackingType,
        UserSessionTrackingTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class SetUserPoolSessionConfigurationRequest(Boto3Dicts):
    """The SetUserPoolSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to configure session tracking."""

    user_session_tracking: UserSessionTrackingType | UserSessionTrackingTypeValue | Unmodelled
    """Specifies whether Amazon Cognito tracks sessions for users in the user pool. Set this
    value to `ENABLED` to turn on server-side session tracking, or `DISABLED` to turn it off.
    When you set this value to `DISABLED` while the user pool remains active, existing
    client-level session configurations are retained but dormant, and are reactivated when you
    enable tracking again."""

    token_session: UserPoolTokenSessionConfigType
    """The pool-wide token session settings to apply."""


def serialize_SetUserPoolSessionConfigurationRequest(
    v: SetUserPoolSessionConfigurationRequest,
) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"UserSessionTracking":', _s.json_str(v.user_session_tracking))
    out += (
        ',"TokenSession":',
        _shapes_user_pool_token_session_config_type.serialize_UserPoolTokenSessionConfigType(
            v.token_session
        ),
    )
    out.append("}")
    return "".join(out)


def secrets_SetUserPoolSessionConfigurationRequest(
    v: SetUserPoolSessionConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    _shapes_user_pool_token_session_config_type.secrets_UserPoolTokenSessionConfigType(
        v.token_session, out
    )


def check_SetUserPoolSessionConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetUserPoolSessionConfigurationRequest, path, problems, required)
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
    if type(v.user_session_tracking) is not str:
        _v.check_str(
            v.user_session_tracking, _v.join(path, "user_session_tracking"), problems, required=True
        )
    _shapes_user_pool_token_session_config_type.check_UserPoolTokenSessionConfigType(
        v.token_session, _v.join(path, "token_session"), problems, required=True
    )


@_dc.dataclass(kw_only=True)
class SetUserPoolSessionConfigurationResponse(Boto3Dicts):
    """The SetUserPoolSessionConfigurationResponse structure."""

    user_pool_id: str | None = None
    """The ID of the user pool that the session configuration was applied to."""

    user_session_tracking: UserSessionTrackingType | Unmodelled | None = None
    """The session tracking setting that was applied to the user pool."""

    token_session: UserPoolTokenSessionConfigType | None = None
    """The pool-wide token session settings that were applied."""


def parse_SetUserPoolSessionConfigurationResponse(
    value: object, path: str
) -> SetUserPoolSessionConfigurationResponse:
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
    obj = _dc.new(SetUserPoolSessionConfigurationResponse)
    obj.user_pool_id = f_user_pool_id
    obj.user_session_tracking = f_user_session_tracking
    obj.token_session = f_token_session
    return obj


Request = SetUserPoolSessionConfigurationRequest
"""The request dataclass of SetUserPoolSessionConfiguration."""


OPERATION: OperationSpec[
    SetUserPoolSessionConfigurationRequest, SetUserPoolSessionConfigurationResponse
] = OperationSpec(
    name="SetUserPoolSessionConfiguration",
    validate=check_SetUserPoolSessionConfigurationRequest,
    serialize=serialize_SetUserPoolSessionConfigurationRequest,
    parse=parse_SetUserPoolSessionConfigurationResponse,
    signed=True,
    secrets=secrets_SetUserPoolSessionConfigurationRequest,
    fill_secret_hash=None,
)
