# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeIdentityProvider: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import identity_provider_type as _shapes_identity_provider_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.identity_provider_type import IdentityProviderType


@_dc.dataclass(kw_only=True)
class DescribeIdentityProviderRequest(Boto3Dicts):
    """The DescribeIdentityProviderRequest structure."""

    user_pool_id: str
    """The ID of the user pool that has the IdP that you want to describe.."""

    provider_name: str
    """The name of the IdP that you want to describe."""


def serialize_DescribeIdentityProviderRequest(v: DescribeIdentityProviderRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ProviderName":', _s.json_str(v.provider_name))
    out.append("}")
    return "".join(out)


def secrets_DescribeIdentityProviderRequest(
    v: DescribeIdentityProviderRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeIdentityProviderRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeIdentityProviderRequest, path, problems, required)
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
    if not (type(v.provider_name) is str and 1 <= len(v.provider_name) <= 32):
        _v.check_str(
            v.provider_name,
            _v.join(path, "provider_name"),
            problems,
            required=True,
            min_len=1,
            max_len=32,
        )


@_dc.dataclass(kw_only=True)
class DescribeIdentityProviderResponse(Boto3Dicts):
    """The DescribeIdentityProviderResponse structure."""

    identity_provider: IdentityProviderType
    """The details of the requested IdP."""


def parse_DescribeIdentityProviderResponse(
    value: object, path: str
) -> DescribeIdentityProviderResponse:
    m = _s.expect_object(value, path)
    x = m.get("IdentityProvider")
    if x is None:
        raise _s.missing(path + ".IdentityProvider")
    f_identity_provider = _shapes_identity_provider_type.parse_IdentityProviderType(
        x, path + ".IdentityProvider"
    )
    obj = _dc.new(DescribeIdentityProviderResponse)
    obj.identity_provider = f_identity_provider
    return obj


Request = DescribeIdentityProviderRequest
"""The request dataclass of DescribeIdentityProvider."""


OPERATION: OperationSpec[DescribeIdentityProviderRequest, DescribeIdentityProviderResponse] = (
    OperationSpec(
        name="DescribeIdentityProvider",
        validate=check_DescribeIdentityProviderRequest,
        serialize=serialize_DescribeIdentityProviderRequest,
        parse=parse_DescribeIdentityProviderResponse,
        signed=True,
        secrets=secrets_DescribeIdentityProviderRequest,
        fill_secret_hash=None,
    )
)
