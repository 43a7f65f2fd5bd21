# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminSetUserSettings: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import mfa_option_type as _shapes_mfa_option_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.mfa_option_type import MFAOptionType


@_dc.dataclass(kw_only=True)
class AdminSetUserSettingsRequest(Boto3Dicts):
    """You can use this parameter to set an MFA configuration that uses the SMS delivery medium."""

    user_pool_id: str
    """The ID of the user pool that contains the user whose options you're setting."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    mfa_options: Sequence[MFAOptionType]
    """You can use this parameter only to set an SMS configuration that uses SMS for delivery."""


def serialize_AdminSetUserSettingsRequest(v: AdminSetUserSettingsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (
        ',"MFAOptions":',
        "["
        + ",".join([_shapes_mfa_option_type.serialize_MFAOptionType(x) for x in v.mfa_options])
        + "]",
    )
    out.append("}")
    return "".join(out)


def secrets_AdminSetUserSettingsRequest(v: AdminSetUserSettingsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)
    for mfa_options_item in v.mfa_options:
        _shapes_mfa_option_type.secrets_MFAOptionType(mfa_options_item, out)


def check_AdminSetUserSettingsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminSetUserSettingsRequest, path, problems, required)
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
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    _v.check_list(
        v.mfa_options,
        _v.join(path, "mfa_options"),
        problems,
        required=True,
        item=lambda x, p: _shapes_mfa_option_type.check_MFAOptionType(
            x, p, problems, required=True
        ),
    )


@_dc.dataclass(kw_only=True)
class AdminSetUserSettingsResponse(Boto3Dicts):
    """Represents the response from the server to set user settings as an administrator."""


def parse_AdminSetUserSettingsResponse(value: object, path: str) -> AdminSetUserSettingsResponse:
    _s.expect_object(value, path)
    return AdminSetUserSettingsResponse()


Request = AdminSetUserSettingsRequest
"""The request dataclass of AdminSetUserSettings."""


OPERATION: OperationSpec[AdminSetUserSettingsRequest, AdminSetUserSettingsResponse] = OperationSpec(
    name="AdminSetUserSettings",
    validate=check_AdminSetUserSettingsRequest,
    serialize=serialize_AdminSetUserSettingsRequest,
    parse=parse_AdminSetUserSettingsResponse,
    signed=True,
    secrets=secrets_AdminSetUserSettingsRequest,
    fill_secret_hash=None,
)
