# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateManagedLoginBranding: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import asset_type as _shapes_asset_type
from cognito_idp._shapes import managed_login_branding_type as _shapes_managed_login_branding_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import signature_types as _types
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.asset_type import AssetType
    from cognito_idp._shapes.managed_login_branding_type import ManagedLoginBrandingType


@_dc.dataclass(kw_only=True)
class UpdateManagedLoginBrandingRequest(Boto3Dicts):
    """The UpdateManagedLoginBrandingRequest structure."""

    user_pool_id: str | None = None
    """The ID of the user pool that contains the managed login branding style that you want to
    update."""

    managed_login_branding_id: str | None = None
    """The ID of the managed login branding style that you want to update."""

    use_cognito_provided_values: bool | None = None
    """When `true`, applies the default branding style options. This option reverts to default
    style options that are managed by Amazon Cognito. You can modify them later in the
    branding editor.

    When you specify `true` for this option, you must also omit values for `Settings` and
    `Assets` in the request."""

    settings: _types.Document | None = None
    """A JSON file, encoded as a `Document` type, with the the settings that you want to apply to
    your style.

    The following components are not currently implemented and reserved for future use:

    - `signUp`
    - `instructions`
    - `sessionTimerDisplay`
    - `languageSelector` (for localization, see Managed login localization)
      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)"""

    assets: Sequence[AssetType] | None = None
    """An array of image files that you want to apply to roles like backgrounds, logos, and
    icons. Each object must also indicate whether it is for dark mode, light mode, or
    browser-adaptive mode."""


def serialize_UpdateManagedLoginBrandingRequest(v: UpdateManagedLoginBrandingRequest) -> str:
    out: list[str] = []
    if v.user_pool_id is not None:
        out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    if v.managed_login_branding_id is not None:
        out += (',"ManagedLoginBrandingId":', _s.json_str(v.managed_login_branding_id))
    if v.use_cognito_provided_values is not None:
        out += (
            ',"UseCognitoProvidedValues":',
            ("true" if v.use_cognito_provided_values else "false"),
        )
    if v.settings is not None:
        out += (',"Settings":', _s.json_document(v.settings))
    if v.assets is not None:
        out += (
            ',"Assets":',
            "[" + ",".join([_shapes_asset_type.serialize_AssetType(x) for x in v.assets]) + "]",
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_UpdateManagedLoginBrandingRequest(
    v: UpdateManagedLoginBrandingRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.assets is not None:
        for assets_item in v.assets:
            _shapes_asset_type.secrets_AssetType(assets_item, out)


def check_UpdateManagedLoginBrandingRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateManagedLoginBrandingRequest, path, problems, required)
    if v is None:
        return
    if v.user_pool_id is not None and not (
        type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55
    ):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=False,
            min_len=1,
            max_len=55,
        )
    if v.managed_login_branding_id is not None and type(v.managed_login_branding_id) is not str:
        _v.check_str(
            v.managed_login_branding_id,
            _v.join(path, "managed_login_branding_id"),
            problems,
            required=False,
        )
    if (
        v.use_cognito_provided_values is not None
        and type(v.use_cognito_provided_values) is not bool
    ):
        _v.check_bool(
            v.use_cognito_provided_values,
            _v.join(path, "use_cognito_provided_values"),
            problems,
            required=False,
        )
    if v.settings is not None:
        _v.check_document(v.settings, _v.join(path, "settings"), problems, required=False)
    if v.assets is not None:
        _v.check_list(
            v.assets,
            _v.join(path, "assets"),
            problems,
            required=False,
            min_len=0,
            max_len=40,
            item=lambda x, p: _shapes_asset_type.check_AssetType(x, p, problems, required=True),
        )


@_dc.dataclass(kw_only=True)
class UpdateManagedLoginBrandingResponse(Boto3Dicts):
    """The UpdateManagedLoginBrandingResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = None
    """The details of the branding style that you updated."""


def parse_UpdateManagedLoginBrandingResponse(
    value: object, path: str
) -> UpdateManagedLoginBrandingResponse:
    m = _s.expect_object(value, path)
    x = m.get("ManagedLoginBranding")
    f_managed_login_branding = (
        None
        if x is None
        else _shapes_managed_login_branding_type.parse_ManagedLoginBrandingType(
            x, path + ".ManagedLoginBranding"
        )
    )
    obj = _dc.new(UpdateManagedLoginBrandingResponse)
    obj.managed_login_branding = f_managed_login_branding
    return obj


Request = UpdateManagedLoginBrandingRequest
"""The request dataclass of UpdateManagedLoginBranding."""


OPERATION: OperationSpec[UpdateManagedLoginBrandingRequest, UpdateManagedLoginBrandingResponse] = (
    OperationSpec(
        name="UpdateManagedLoginBranding",
        validate=check_UpdateManagedLoginBrandingRequest,
        serialize=serialize_UpdateManagedLoginBrandingRequest,
        parse=parse_UpdateManagedLoginBrandingResponse,
        signed=True,
        secrets=secrets_UpdateManagedLoginBrandingRequest,
        fill_secret_hash=None,
    )
)
