# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeManagedLoginBrandingByClient: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import managed_login_branding_type as _shapes_managed_login_branding_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.managed_login_branding_type import ManagedLoginBrandingType


@_dc.dataclass(kw_only=True)
class DescribeManagedLoginBrandingByClientRequest(Boto3Dicts):
    """The DescribeManagedLoginBrandingByClientRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the app client where you want more information about
    the managed login branding style."""

    client_id: str = _dc.field(repr=False)
    """The app client that's assigned to the branding style that you want more information about."""

    return_merged_resources: bool | None = None
    """When `true`, returns values for branding options that are unchanged from Amazon Cognito
    defaults. When `false` or when you omit this parameter, returns only values that you
    customized in your branding style."""


def serialize_DescribeManagedLoginBrandingByClientRequest(
    v: DescribeManagedLoginBrandingByClientRequest,
) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    if v.return_merged_resources is not None:
        out += (',"ReturnMergedResources":', ("true" if v.return_merged_resources else "false"))
    out.append("}")
    return "".join(out)


def secrets_DescribeManagedLoginBrandingByClientRequest(
    v: DescribeManagedLoginBrandingByClientRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_DescribeManagedLoginBrandingByClientRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(
        value, DescribeManagedLoginBrandingByClientRequest, path, problems, required
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
    if v.return_merged_resources is not None and type(v.return_merged_resources) is not bool:
        _v.check_bool(
            v.return_merged_resources,
            _v.join(path, "return_merged_resources"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class DescribeManagedLoginBrandingByClientResponse(Boto3Dicts):
    """The DescribeManagedLoginBrandingByClientResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = None
    """The details of the requested branding style."""


def parse_DescribeManagedLoginBrandingByClientResponse(
    value: object, path: str
) -> DescribeManagedLoginBrandingByClientResponse:
    m = _s.expect_object(value, path)
    x = m.get("ManagedLoginBranding")
    f_managed_login_branding = (
        None
        if x is None
        else _shapes_managed_login_branding_type.parse_ManagedLoginBrandingType(
            x, path + ".ManagedLoginBranding"
        )
    )
    obj = _dc.new(DescribeManagedLoginBrandingByClientResponse)
    obj.managed_login_branding = f_managed_login_branding
    return obj


Request = DescribeManagedLoginBrandingByClientRequest
"""The request dataclass of DescribeManagedLoginBrandingByClient."""


OPERATION: OperationSpec[
    DescribeManagedLoginBrandingByClientRequest, DescribeManagedLoginBrandingByClientResponse
] = OperationSpec(
    name="DescribeManagedLoginBrandingByClient",
    validate=check_DescribeManagedLoginBrandingByClientRequest,
    serialize=serialize_DescribeManagedLoginBrandingByClientRequest,
    parse=parse_DescribeManagedLoginBrandingByClientResponse,
    signed=True,
    secrets=secrets_DescribeManagedLoginBrandingByClientRequest,
    fill_secret_hash=None,
)
