# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import identity_provider_type_type as _shapes_identity_provider_type_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.identity_provider_type_type import IdentityProviderTypeType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class IdentityProviderType(Boto3Dicts):
    """A user pool identity provider (IdP). Contains information about a third-party IdP to a
    user pool, the attributes that it populates to user profiles, and the trust relationship
    between the IdP and your user pool."""

    user_pool_id: str | None = None
    """The ID of the user pool associated with the IdP."""

    provider_name: str | None = None
    """A friendly name for the IdP."""

    provider_type: IdentityProviderTypeType | Unmodelled | None = None
    """The type of IdP. Either SAML, OIDC, or a named social identity provider."""

    provider_details: dict[str, str] | None = None
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

    attribute_mapping: dict[str, str] | None = None
    """A mapping of IdP attributes to standard and custom user pool attributes."""

    idp_identifiers: list[str] | None = None
    """A list of IdP identifiers. IdP identifiers are strings that represent friendly names or
    domain names of IdPs, for example `MyIdP` or `auth.example.com`. You can choose to route
    user authorization requests to the right IdP with either IdP identifiers or IdP names. For
    more information, see `identity_provider` and `idp_identifier` at Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html#get-authorize-request-parameters)."""

    acr_mapping: dict[str, str] | None = None
    """A mapping between the authentication context class reference (ACR) levels of your user
    pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP), so
    that your application gets a consistent step-up experience regardless of which IdP
    authenticated the user. The map is keyed by level, from `Level1` through `Level4`."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""


def parse_IdentityProviderType(value: object, path: str) -> IdentityProviderType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("ProviderName")
    f_provider_name = None if x is None else _s.parse_str(x, path + ".ProviderName")
    x = m.get("ProviderType")
    f_provider_type = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_identity_provider_type_type.IdentityProviderTypeType, x, path + ".ProviderType"
        )
    )
    x = m.get("ProviderDetails")
    f_provider_details = (
        None
        if x is None
        else _s.parse_map(x, path + ".ProviderDetails", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("AttributeMapping")
    f_attribute_mapping = (
        None
        if x is None
        else _s.parse_map(x, path + ".AttributeMapping", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("IdpIdentifiers")
    f_idp_identifiers = (
        None
        if x is None
        else _s.parse_list(x, path + ".IdpIdentifiers", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("AcrMapping")
    f_acr_mapping = (
        None
        if x is None
        else _s.parse_map(x, path + ".AcrMapping", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    obj = _dc.new(IdentityProviderType)
    obj.user_pool_id = f_user_pool_id
    obj.provider_name = f_provider_name
    obj.provider_type = f_provider_type
    obj.provider_details = f_provider_details
    obj.attribute_mapping = f_attribute_mapping
    obj.idp_identifiers = f_idp_identifiers
    obj.acr_mapping = f_acr_mapping
    obj.last_modified_date = f_last_modified_date
    obj.creation_date = f_creation_date
    return obj
