# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeManagedLoginBranding: its request and response, and how they travel."""

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
class DescribeManagedLoginBrandingRequest(Boto3Dicts):
    """The DescribeManagedLoginBrandingRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the managed login branding style that you want to
    get information about."""

    managed_login_branding_id: str
    """The ID of the managed login branding style that you want to get more information about."""

    return_merged_resources: bool | None = None
    """When `true`, returns values for branding options that are unchanged from Amazon Cognito
    defaults. When `false` or when you omit this parameter, returns only values that you
    customized in your branding style."""


def serialize_DescribeManagedLoginBrandingRequest(v: DescribeManagedLoginBrandingRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ManagedLoginBrandingId":', _s.json_str(v.managed_login_branding_id))
    if v.return_merged_resources is not None:
        out += (',"ReturnMergedResources":', ("true" if v.return_merged_resources else "false"))
    out.append("}")
    return "".join(out)


def secrets_DescribeManagedLoginBrandingRequest(
    v: DescribeManagedLoginBrandingRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeManagedLoginBrandingRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeManagedLoginBrandingRequest, path, problems, required)
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
    if type(v.managed_login_branding_id) is not str:
        _v.check_str(
            v.managed_login_branding_id,
            _v.join(path, "managed_login_branding_id"),
            problems,
            required=True,
        )
    if v.return_merged_resources is not None and type(v.return_merged_resources) is not bool:
        _v.check_bool(
            v.return_merged_resources,
            _v.join(path, "return_merged_resources"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class DescribeManagedLoginBrandingResponse(Boto3Dicts):
    """The DescribeManagedLoginBrandingResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = None
    """The details of the requested branding style."""


def parse_DescribeManagedLoginBrandingResponse(
    value: object, path: str
) -> DescribeManagedLoginBrandingResponse:
    m = _s.expect_object(value, path)
    x = m.get("ManagedLoginBranding")
    f_managed_login_branding = (
        None
        if x is None
        else _shapes_managed_login_branding_type.parse_ManagedLoginBrandingType(
            x, path + ".ManagedLoginBranding"
        )
    )
    obj = _dc.new(DescribeManagedLoginBrandingResponse)
    obj.managed_login_branding = f_managed_login_branding
    return obj


Request = DescribeManagedLoginBrandingRequest
"""The request dataclass of DescribeManagedLoginBranding."""


OPERATION: OperationSpec[
    DescribeManagedLoginBrandingRequest, DescribeManagedLoginBrandingResponse
] = OperationSpec(
    name="DescribeManagedLoginBranding",
    validate=check_DescribeManagedLoginBrandingRequest,
    serialize=serialize_DescribeManagedLoginBrandingRequest,
    parse=parse_DescribeManagedLoginBrandingResponse,
    signed=True,
    secrets=secrets_DescribeManagedLoginBrandingRequest,
    fill_secret_hash=None,
)
