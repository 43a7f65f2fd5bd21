# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminLinkProviderForUser: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    provider_user_identifier_type as _shapes_provider_user_identifier_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.provider_user_identifier_type import ProviderUserIdentifierType


@_dc.dataclass(kw_only=True)
class AdminLinkProviderForUserRequest(Boto3Dicts):
    """The AdminLinkProviderForUserRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to link a federated identity."""

    destination_user: ProviderUserIdentifierType
    """The existing user in the user pool that you want to assign to the external IdP user
    account. This user can be a local (Username + Password) Amazon Cognito user pools user or
    a federated user (for example, a SAML or Facebook user). If the user doesn't exist, Amazon
    Cognito generates an exception. Amazon Cognito returns this user when the new user (with
    the linked IdP attribute) signs in.

    For a native username + password user, the `ProviderAttributeValue` for the
    `DestinationUser` should be the username in the user pool. For a federated user, it should
    be the provider-specific `user_id`.

    The `ProviderAttributeName` of the `DestinationUser` is ignored.

    The `ProviderName` should be set to `Cognito` for users in Cognito user pools."""

    source_user: ProviderUserIdentifierType
    """An external IdP account for a user who doesn't exist yet in the user pool. This user must
    be a federated user (for example, a SAML or Facebook user), not another native user.

    If the `SourceUser` is using a federated social IdP, such as Facebook, Google, or Login
    with Amazon, you must set the `ProviderAttributeName` to `Cognito_Subject`. For social
    IdPs, the `ProviderName` will be `Facebook`, `Google`, or `LoginWithAmazon`, and Amazon
    Cognito will automatically parse the Facebook, Google, and Login with Amazon tokens for
    `id`, `sub`, and `user_id`, respectively. The `ProviderAttributeValue` for the user must
    be the same value as the `id`, `sub`, or `user_id` value found in the social IdP token.

    For OIDC, the `ProviderAttributeName` can be any mapped value from a claim in the ID
    token, or that your app retrieves from the `userInfo` endpoint. For SAML, the
    `ProviderAttributeName` can be any mapped value from a claim in the SAML assertion.

    The following additional considerations apply to `SourceUser` for OIDC and SAML providers.

    - You must map the claim to a user pool attribute in your IdP configuration, and set the
      user pool attribute name as the value of `ProviderAttributeName` in your
      `AdminLinkProviderForUser` request. For example, `email`.
    - When you set `ProviderAttributeName` to `Cognito_Subject`, Amazon Cognito will
      automatically parse the default unique identifier found in the subject from the IdP
      token."""


def serialize_AdminLinkProviderForUserRequest(v: AdminLinkProviderForUserRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (
        ',"DestinationUser":',
        _shapes_provider_user_identifier_type.serialize_ProviderUserIdentifierType(
            v.destination_user
        ),
    )
    out += (
        ',"SourceUser":',
        _shapes_provider_user_identifier_type.serialize_ProviderUserIdentifierType(v.source_user),
    )
    out.append("}")
    return "".join(out)


def secrets_AdminLinkProviderForUserRequest(
    v: AdminLinkProviderForUserRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    _shapes_provider_user_identifier_type.secrets_ProviderUserIdentifierType(
        v.destination_user, out
    )
    _shapes_provider_user_identifier_type.secrets_ProviderUserIdentifierType(v.source_user, out)


def check_AdminLinkProviderForUserRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminLinkProviderForUserRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 0 <= len(v.user_pool_id) <= 131072):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )
    _shapes_provider_user_identifier_type.check_ProviderUserIdentifierType(
        v.destination_user, _v.join(path, "destination_user"), problems, required=True
    )
    _shapes_provider_user_identifier_type.check_ProviderUserIdentifierType(
        v.source_user, _v.join(path, "source_user"), problems, required=True
    )


@_dc.dataclass(kw_only=True)
class AdminLinkProviderForUserResponse(Boto3Dicts):
    """The AdminLinkProviderForUserResponse structure."""


def parse_AdminLinkProviderForUserResponse(
    value: object, path: str
) -> AdminLinkProviderForUserResponse:
    _s.expect_object(value, path)
    return AdminLinkProviderForUserResponse()


Request = AdminLinkProviderForUserRequest
"""The request dataclass of AdminLinkProviderForUser."""


OPERATION: OperationSpec[AdminLinkProviderForUserRequest, AdminLinkProviderForUserResponse] = (
    OperationSpec(
        name="AdminLinkProviderForUser",
        validate=check_AdminLinkProviderForUserRequest,
        serialize=serialize_AdminLinkProviderForUserRequest,
        parse=parse_AdminLinkProviderForUserResponse,
        signed=True,
        secrets=secrets_AdminLinkProviderForUserRequest,
        fill_secret_hash=None,
    )
)
