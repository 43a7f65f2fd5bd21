# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateIdentityProvider: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
class UpdateIdentityProviderRequest(Boto3Dicts):
    """The UpdateIdentityProviderRequest structure."""

    user_pool_id: str
    """The Id of the user pool where you want to update your IdP."""

    provider_name: str
    """The name of the IdP that you want to update. You can pass the identity provider name in
    the `identity_provider` query parameter of requests to the Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to
    silently redirect to sign-in with the associated IdP."""

    provider_details: Mapping[str, str] | None = None
    """The scopes, URLs, and identifiers for your external identity provider. The following
    examples describe the provider detail keys for each IdP type. These values and their
    schema are subject to change. Social IdP `authorize_scopes` values must match the values
    listed here.

    OpenID Connect (OIDC)
        Amazon Cognito accepts the following elements when it can't discover endpoint URLs
        from `oidc_issuer`: `attributes_url`, `authorize_url`, `jwks_uri`, `token_url`.

        Create or update request: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid
        profile email", "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

        Describe response: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo",
        "attributes_url_add_attributes": "false", "authorize_scopes": "openid profile email",
        "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

    SAML
        Create or update request with Metadata URL: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL":
        "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256"
        }`

        Create or update request with Metadata file: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]",
        "RequestSigningAlgorithm": "rsa-sha256" }`

        The value of `MetadataFile` must be the plaintext metadata document with all quote (")
        characters escaped by backslashes.

        Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true",
        "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]",
        "MetadataURL": "https://auth.example.com/sso/saml/metadata",
        "RequestSigningAlgorithm": "rsa-sha256", "SLORedirectBindingURI":
        "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
        "https://auth.example.com/sso/saml" }`

    LoginWithAmazon
        Create or update request: `"ProviderDetails": { "authorize_scopes": "profile
        postal_code", "client_id": "amzn1.application-oa2-client.1example23456789",
        "client_secret": "provider-app-client-secret"`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false",
        "authorize_scopes": "profile postal_code", "authorize_url":
        "https://www.amazon.com/ap/oa", "client_id":
        "amzn1.application-oa2-client.1example23456789", "client_secret":
        "provider-app-client-secret", "token_request_method": "POST", "token_url":
        "https://api.amazon.com/auth/o2/token" }`

    Google
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email profile
        openid", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://people.googleapis.com/v1/people/me?personFields=",
        "attributes_url_add_attributes": "true", "authorize_scopes": "email profile openid",
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
        "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret", "oidc_issuer": "https://accounts.google.com",
        "token_request_method": "POST", "token_url":
        "https://www.googleapis.com/oauth2/v4/token" }`

    SignInWithApple
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email name",
        "client_id": "com.example.cognito", "private_key": "1EXAMPLE", "key_id": "2EXAMPLE",
        "team_id": "3EXAMPLE" }`

        Describe response: `"ProviderDetails": { "attributes_url_add_attributes": "false",
        "authorize_scopes": "email name", "authorize_url":
        "https://appleid.apple.com/auth/authorize", "client_id": "com.example.cognito",
        "key_id": "1EXAMPLE", "oidc_issuer": "https://appleid.apple.com", "team_id":
        "2EXAMPLE", "token_request_method": "POST", "token_url":
        "https://appleid.apple.com/auth/token" }`

    Facebook
        Create or update request: `"ProviderDetails": { "api_version": "v17.0",
        "authorize_scopes": "public_profile, email", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "api_version": "v17.0", "attributes_url":
        "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes":
        "true", "authorize_scopes": "public_profile, email", "authorize_url":
        "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret", "token_request_method": "GET",
        "token_url": "https://graph.facebook.com/v17.0/oauth/access_token" }`"""

    attribute_mapping: Mapping[str, str] | None = None
    """A mapping of IdP attributes to standard and custom user pool attributes. Specify a user
    pool attribute as the key of the key-value pair, and the IdP attribute claim name as the
    value."""

    idp_identifiers: Sequence[str] | None = None
    """An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]`.
    Identifiers are friendly names that you can pass in the `idp_identifier` query parameter
    of requests to the Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to
    silently redirect to sign-in with the associated IdP. Identifiers in a domain format also
    enable the use of email-address matching with SAML providers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html)."""

    acr_mapping: Mapping[str, str] | None = None
    """A mapping between the authentication context class reference (ACR) levels of your user
    pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP).
    This mapping has the same behavior as it does when you create an identity provider. Only
    OIDC IdPs support ACR mapping.

    Setting `AcrMapping` is available in all feature plans. It isn't restricted to the
    Essentials or Plus feature plan."""


def serialize_UpdateIdentityProviderRequest(v: UpdateIdentityProviderRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ProviderName":', _s.json_str(v.provider_name))
    if v.provider_details is not None:
        out += (
            ',"ProviderDetails":',
            "{"
            + ",".join(
                [_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.provider_details.items()]
            )
            + "}",
        )
    if v.attribute_mapping is not None:
        out += (
            ',"AttributeMapping":',
            "{"
            + ",".join(
                [_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.attribute_mapping.items()]
            )
            + "}",
        )
    if v.idp_identifiers is not None:
        out += (',"IdpIdentifiers":', "[" + ",".join(map(_s.json_str, v.idp_identifiers)) + "]")
    if v.acr_mapping is not None:
        out += (
            ',"AcrMapping":',
            "{"
            + ",".join([_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.acr_mapping.items()])
            + "}",
        )
    out.append("}")
    return "".join(out)


def secrets_UpdateIdentityProviderRequest(
    v: UpdateIdentityProviderRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UpdateIdentityProviderRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateIdentityProviderRequest, path, problems, required)
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
    if v.provider_details is not None:
        _v.check_map(
            v.provider_details,
            _v.join(path, "provider_details"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=131072),
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
        )
    if v.attribute_mapping is not None:
        _v.check_map(
            v.attribute_mapping,
            _v.join(path, "attribute_mapping"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=32),
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
        )
    if v.idp_identifiers is not None:
        _v.check_list(
            v.idp_identifiers,
            _v.join(path, "idp_identifiers"),
            problems,
            required=False,
            min_len=0,
            max_len=50,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=40),
        )
    if v.acr_mapping is not None:
        _v.check_map(
            v.acr_mapping,
            _v.join(path, "acr_mapping"),
            problems,
            required=False,
            min_len=0,
            max_len=4,
            key=lambda x, p: _v.check_str(x, p, problems, required=True),
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=64),
        )


@_dc.dataclass(kw_only=True)
class UpdateIdentityProviderResponse(Boto3Dicts):
    """The UpdateIdentityProviderResponse structure."""

    identity_provider: IdentityProviderType
    """The identity provider details."""


def parse_UpdateIdentityProviderResponse(
    value: object, path: str
) -> UpdateIdentityProviderResponse:
    m = _s.expect_object(value, path)
    x = m.get("IdentityProvider")
    if x is None:
        raise _s.missing(path + ".IdentityProvider")
    f_identity_provider = _shapes_identity_provider_type.parse_IdentityProviderType(
        x, path + ".IdentityProvider"
    )
    obj = _dc.new(UpdateIdentityProviderResponse)
    obj.identity_provider = f_identity_provider
    return obj


Request = UpdateIdentityProviderRequest
"""The request dataclass of UpdateIdentityProvider."""


OPERATION: OperationSpec[UpdateIdentityProviderRequest, UpdateIdentityProviderResponse] = (
    OperationSpec(
        name="UpdateIdentityProvider",
        validate=check_UpdateIdentityProviderRequest,
        serialize=serialize_UpdateIdentityProviderRequest,
        parse=parse_UpdateIdentityProviderResponse,
        signed=True,
        secrets=secrets_UpdateIdentityProviderRequest,
        fill_secret_hash=None,
    )
)
