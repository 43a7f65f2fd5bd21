# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetIdentityProviderByIdentifier: its request and response, and how they travel."""

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
class GetIdentityProviderByIdentifierRequest(Boto3Dicts):
    """The GetIdentityProviderByIdentifierRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to get information about the IdP."""

    idp_identifier: str
    """The identifier that you assigned to your user pool. The identifier is an alternative name
    for an IdP that is distinct from the IdP name. For example, an IdP with a name of `MyIdP`
    might have an identifier of the email domain `example.com`."""


def serialize_GetIdentityProviderByIdentifierRequest(
    v: GetIdentityProviderByIdentifierRequest,
) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"IdpIdentifier":', _s.json_str(v.idp_identifier))
    out.append("}")
    return "".join(out)


def secrets_GetIdentityProviderByIdentifierRequest(
    v: GetIdentityProviderByIdentifierRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetIdentityProviderByIdentifierRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetIdentityProviderByIdentifierRequest, path, problems, required)
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
    if not (type(v.idp_identifier) is str and 1 <= len(v.idp_identifier) <= 40):
        _v.check_str(
            v.idp_identifier,
            _v.join(path, "idp_identifier"),
            problems,
            required=True,
            min_len=1,
            max_len=40,
        )


@_dc.dataclass(kw_only=True)
class GetIdentityProviderByIdentifierResponse(Boto3Dicts):
    """The GetIdentityProviderByIdentifierResponse structure."""

    identity_provider: IdentityProviderType
    """The configuration of the IdP in your user pool. Includes additional identifiers, the IdP
    name and type, and trust-relationship details like the issuer URL."""


def parse_GetIdentityProviderByIdentifierResponse(
    value: object, path: str
) -> GetIdentityProviderByIdentifierResponse:
    m = _s.expect_object(value, path)
    x = m.get("IdentityProvider")
    if x is None:
        raise _s.missing(path + ".IdentityProvider")
    f_identity_provider = _shapes_identity_provider_type.parse_IdentityProviderType(
        x, path + ".IdentityProvider"
    )
    obj = _dc.new(GetIdentityProviderByIdentifierResponse)
    obj.identity_provider = f_identity_provider
    return obj


Request = GetIdentityProviderByIdentifierRequest
"""The request dataclass of GetIdentityProviderByIdentifier."""


OPERATION: OperationSpec[
    GetIdentityProviderByIdentifierRequest, GetIdentityProviderByIdentifierResponse
] = OperationSpec(
    name="GetIdentityProviderByIdentifier",
    validate=check_GetIdentityProviderByIdentifierRequest,
    serialize=serialize_GetIdentityProviderByIdentifierRequest,
    parse=parse_GetIdentityProviderByIdentifierResponse,
    signed=True,
    secrets=secrets_GetIdentityProviderByIdentifierRequest,
    fill_secret_hash=None,
)
