# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUICustomization: its request and response, and how they travel."""

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
class GetUICustomizationRequest(Boto3Dicts):
    """The GetUICustomizationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that you want to query for branding settings."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client that you want to query for branding settings."""


def serialize_GetUICustomizationRequest(v: GetUICustomizationRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.client_id is not None:
        out += (',"ClientId":', _s.json_str(v.client_id))
    out.append("}")
    return "".join(out)


def secrets_GetUICustomizationRequest(v: GetUICustomizationRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_GetUICustomizationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetUICustomizationRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class GetUICustomizationResponse(Boto3Dicts):
    """The GetUICustomizationResponse structure."""

    ui_customization: UICustomizationType
    """Information about the classic hosted UI custom CSS and logo-image branding that you
    applied to the user pool or app client."""


def parse_GetUICustomizationResponse(value: object, path: str) -> GetUICustomizationResponse:
    m = _s.expect_object(value, path)
    x = m.get("UICustomization")
    if x is None:
        raise _s.missing(path + ".UICustomization")
    f_ui_customization = _shapes_ui_customization_type.parse_UICustomizationType(
        x, path + ".UICustomization"
    )
    obj = _dc.new(GetUICustomizationResponse)
    obj.ui_customization = f_ui_customization
    return obj


Request = GetUICustomizationRequest
"""The request dataclass of GetUICustomization."""


OPERATION: OperationSpec[GetUICustomizationRequest, GetUICustomizationResponse] = OperationSpec(
    name="GetUICustomization",
    validate=check_GetUICustomizationRequest,
    serialize=serialize_GetUICustomizationRequest,
    parse=parse_GetUICustomizationResponse,
    signed=True,
    secrets=secrets_GetUICustomizationRequest,
    fill_secret_hash=None,
)
