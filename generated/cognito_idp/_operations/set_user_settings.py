# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetUserSettings: its request and response, and how they travel."""

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
class SetUserSettingsRequest(Boto3Dicts):
    """Represents the request to set user settings."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    mfa_options: Sequence[MFAOptionType]
    """You can use this parameter only to set an SMS configuration that uses SMS for delivery."""


def serialize_SetUserSettingsRequest(v: SetUserSettingsRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (
        ',"MFAOptions":',
        "["
        + ",".join([_shapes_mfa_option_type.serialize_MFAOptionType(x) for x in v.mfa_options])
        + "]",
    )
    out.append("}")
    return "".join(out)


def secrets_SetUserSettingsRequest(v: SetUserSettingsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)
    for mfa_options_item in v.mfa_options:
        _shapes_mfa_option_type.secrets_MFAOptionType(mfa_options_item, out)


def check_SetUserSettingsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetUserSettingsRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
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
class SetUserSettingsResponse(Boto3Dicts):
    """The response from the server for a set user settings request."""


def parse_SetUserSettingsResponse(value: object, path: str) -> SetUserSettingsResponse:
    _s.expect_object(value, path)
    return SetUserSettingsResponse()


Request = SetUserSettingsRequest
"""The request dataclass of SetUserSettings."""


OPERATION: OperationSpec[SetUserSettingsRequest, SetUserSettingsResponse] = OperationSpec(
    name="SetUserSettings",
    validate=check_SetUserSettingsRequest,
    serialize=serialize_SetUserSettingsRequest,
    parse=parse_SetUserSettingsResponse,
    signed=False,
    secrets=secrets_SetUserSettingsRequest,
    fill_secret_hash=None,
)
