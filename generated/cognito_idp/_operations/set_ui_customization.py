# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetUICustomization: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import ui_customization_type as _shapes_ui_customization_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.ui_customization_type import UICustomizationType


@_dc.dataclass(kw_only=True)
class SetUICustomizationRequest(Boto3Dicts):
    """The SetUICustomizationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to apply branding to the classic hosted UI."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client that you want to customize. To apply a default style to all app
    clients not configured with client-level branding, set this parameter value to `ALL`."""

    css: str | None = None
    """A plaintext CSS file that contains the custom fields that you want to apply to your user
    pool or app client. To download a template, go to the Amazon Cognito console. Navigate to
    your user pool App clients tab, select Login pages, edit Hosted UI (classic) style, and
    select the link to `CSS template.css`."""

    image_file: bytes | None = None
    """The image that you want to set as your login in the classic hosted UI, as a
    Base64-formatted binary object."""


def serialize_SetUICustomizationRequest(v: SetUICustomizationRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.client_id is not None:
        out += (',"ClientId":', _s.json_str(v.client_id))
    if v.css is not None:
        out += (',"CSS":', _s.json_str(v.css))
    if v.image_file is not None:
        out += (',"ImageFile":', _s.json_blob(v.image_file))
    out.append("}")
    return "".join(out)


def secrets_SetUICustomizationRequest(v: SetUICustomizationRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_SetUICustomizationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetUICustomizationRequest, path, problems, required)
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
    if v.client_id is not None and not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id,
            _v.join(path, "client_id"),
            problems,
            required=False,
            min_len=1,
            max_len=128,
        )
    if v.css is not None and not (type(v.css) is str and 0 <= len(v.css) <= 131072):
        _v.check_str(
            v.css, _v.join(path, "css"), problems, required=False, min_len=0, max_len=131072
        )
    if v.image_file is not None:
        _v.check_blob(
            v.image_file,
            _v.join(path, "image_file"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )


@_dc.dataclass(kw_only=True)
class SetUICustomizationResponse(Boto3Dicts):
    """The SetUICustomizationResponse structure."""

    ui_customization: UICustomizationType
    """Information about the hosted UI branding that you applied."""


def parse_SetUICustomizationResponse(value: object, path: str) -> SetUICustomizationResponse:
    m = _s.expect_object(value, path)
    x = m.get("UICustomization")
    if x is None:
        raise _s.missing(path + ".UICustomization")
    f_ui_customization = _shapes_ui_customization_type.parse_UICustomizationType(
        x, path + ".UICustomization"
    )
    obj = _dc.new(SetUICustomizationResponse)
    obj.ui_customization = f_ui_customization
    return obj


Request = SetUICustomizationRequest
"""The request dataclass of SetUICustomization."""


OPERATION: OperationSpec[SetUICustomizationRequest, SetUICustomizationResponse] = OperationSpec(
    name="SetUICustomization",
    validate=check_SetUICustomizationRequest,
    serialize=serialize_SetUICustomizationRequest,
    parse=parse_SetUICustomizationResponse,
    signed=True,
    secrets=secrets_SetUICustomizationRequest,
    fill_secret_hash=None,
)
