# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetUserPoolClientSessionConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    client_sso_session_config_type as _shapes_client_sso_session_config_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.client_sso_session_config_type import ClientSSOSessionConfigType


@_dc.dataclass(kw_only=True)
class SetUserPoolClientSessionConfigurationRequest(Boto3Dicts):
    """The SetUserPoolClientSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that you want to configure."""

    sso_session: ClientSSOSessionConfigType
    """The SSO session settings for the app client."""


def serialize_SetUserPoolClientSessionConfigurationRequest(
    v: SetUserPoolClientSessionConfigurationRequest,
) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out += (
        ',"SSOSession":',
        _shapes_client_sso_session_config_type.serialize_ClientSSOSessionConfigType(v.sso_session),
    )
    out.append("}")
    return "".join(out)


def secrets_SetUserPoolClientSessionConfigurationRequest(
    v: SetUserPoolClientSessionConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    _shapes_client_sso_session_config_type.secrets_ClientSSOSessionConfigType(v.sso_session, out)


def check_SetUserPoolClientSessionConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(
        value, SetUserPoolClientSessionConfigurationRequest, path, problems, required
    )
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
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    _shapes_client_sso_session_config_type.check_ClientSSOSessionConfigType(
        v.sso_session, _v.join(path, "sso_session"), problems, required=True
    )


@_dc.dataclass(kw_only=True)
class SetUserPoolClientSessionConfigurationResponse(Boto3Dicts):
    """The SetUserPoolClientSessionConfigurationResponse structure."""

    user_pool_id: str | None = None
    """The ID of the user pool that contains the app client."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client that the session configuration was applied to."""

    sso_session: ClientSSOSessionConfigType | None = None
    """The SSO session settings that were applied to the app client."""


def parse_SetUserPoolClientSessionConfigurationResponse(
    value: object, path: str
) -> SetUserPoolClientSessionConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("ClientId")
    f_client_id = None if x is None else _s.parse_str(x, path + ".ClientId")
    x = m.get("SSOSession")
    f_sso_session = (
        None
        if x is None
        else _shapes_client_sso_session_config_type.parse_ClientSSOSessionConfigType(
            x, path + ".SSOSession"
        )
    )
    obj = _dc.new(SetUserPoolClientSessionConfigurationResponse)
    obj.user_pool_id = f_user_pool_id
    obj.client_id = f_client_id
    obj.sso_session = f_sso_session
    return obj


Request = SetUserPoolClientSessionConfigurationRequest
"""The request dataclass of SetUserPoolClientSessionConfiguration."""


OPERATION: OperationSpec[
    SetUserPoolClientSessionConfigurationRequest, SetUserPoolClientSessionConfigurationResponse
] = OperationSpec(
    name="SetUserPoolClientSessionConfiguration",
    validate=check_SetUserPoolClientSessionConfigurationRequest,
    serialize=serialize_SetUserPoolClientSessionConfigurationRequest,
    parse=parse_SetUserPoolClientSessionConfigurationResponse,
    signed=True,
    secrets=secrets_SetUserPoolClientSessionConfigurationRequest,
    fill_secret_hash=None,
)
