# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateUserPoolClient: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import analytics_configuration_type as _shapes_analytics_configuration_type
from cognito_idp._shapes import refresh_token_rotation_type as _shapes_refresh_token_rotation_type
from cognito_idp._shapes import token_validity_units_type as _shapes_token_validity_units_type
from cognito_idp._shapes import user_pool_client_type as _shapes_user_pool_client_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.analytics_configuration_type import AnalyticsConfigurationType
    from cognito_idp._shapes.explicit_auth_flows_type import (
        ExplicitAuthFlowsType,
        ExplicitAuthFlowsTypeValue,
    )
    from cognito_idp._shapes.o_auth_flow_type import OAuthFlowType, OAuthFlowTypeValue
    from cognito_idp._shapes.prevent_user_existence_error_types import (
        PreventUserExistenceErrorTypes,
        PreventUserExistenceErrorTypesValue,
    )
    from cognito_idp._shapes.refresh_token_rotation_type import RefreshTokenRotationType
    from cognito_idp._shapes.token_validity_units_type import TokenValidityUnitsType
    from cognito_idp._shapes.user_pool_client_type import UserPoolClientType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UpdateUserPoolClientRequest(Boto3Dicts):
    """Represents the request to update the user pool client."""

    user_pool_id: str
    """The ID of the user pool where you want to update the app client."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that you want to update."""

    client_name: str | None = None
    """A friendly name for the app client."""

    refresh_token_validity: int | None = None
    """The refresh token time limit. After this limit expires, your user can't use their refresh
    token. To specify the time unit for `RefreshTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `RefreshTokenValidity` as `10` and `TokenValidityUnits` as
    `days`, your user can refresh their session and retrieve new access and ID tokens for 10
    days.

    The default time unit for `RefreshTokenValidity` in an API request is days. You can't set
    `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides the value with the
    default value of 30 days. Valid range is displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your refresh
    tokens are valid for 30 days."""

    access_token_validity: int | None = None
    """The access token time limit. After this limit expires, your user can't use their access
    token. To specify the time unit for `AccessTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `AccessTokenValidity` to `10` and `TokenValidityUnits` to
    `hours`, your user can authorize access with their access token for 10 hours.

    The default time unit for `AccessTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your access tokens
    are valid for one hour."""

    id_token_validity: int | None = None
    """The ID token time limit. After this limit expires, your user can't use their ID token. To
    specify the time unit for `IdTokenValidity` as `seconds`, `minutes`, `hours`, or `days`,
    set a `TokenValidityUnits` value in your API request.

    For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits` as `hours`,
    your user can authenticate their session with their ID token for 10 hours.

    The default time unit for `IdTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your ID tokens are
    valid for one hour."""

    token_validity_units: TokenValidityUnitsType | None = None
    """The units that validity times are represented in. The default unit for refresh tokens is
    days, and the default for ID and access tokens are hours."""

    read_attributes: Sequence[str] | None = None
    """The list of user attributes that you want your app client to have read access to. After
    your user authenticates in your app, their access token authorizes them to read their own
    attribute value for any attribute in this list.

    When you don't specify the `ReadAttributes` for your app client, your app can read the
    values of `email_verified`, `phone_number_verified`, and the standard attributes of your
    user pool. When your user pool app client has read access to these default attributes,
    `ReadAttributes` doesn't return any information. Amazon Cognito only populates
    `ReadAttributes` in the API response if you have specified your own custom set of read
    attributes."""

    write_attributes: Sequence[str] | None = None
    """The list of user attributes that you want your app client to have write access to. After
    your user authenticates in your app, their access token authorizes them to set or modify
    their own attribute value for any attribute in this list.

    When you don't specify the `WriteAttributes` for your app client, your app can write the
    values of the Standard attributes of your user pool. When your user pool has write access
    to these default attributes, `WriteAttributes` doesn't return any information. Amazon
    Cognito only populates `WriteAttributes` in the API response if you have specified your
    own custom set of write attributes.

    If your app client allows users to sign in through an IdP, this array must include all
    attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped
    attributes when users sign in to your application through an IdP. If your app client does
    not have write access to a mapped attribute, Amazon Cognito throws an error when it tries
    to update the attribute. For more information, see Specifying IdP Attribute Mappings for
    Your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html)."""

    explicit_auth_flows: (
        Sequence[ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled] | None
    ) = None
    """The authentication flows
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html)
    that you want your user pool client to support. For each app client in your user pool, you
    can sign in your users with any combination of one or more flows, including with a user
    name and Secure Remote Password (SRP), a user name and password, or a custom
    authentication process that you define with Lambda functions.

    Note: If you don't specify a value for `ExplicitAuthFlows`, your app client supports
    `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and `ALLOW_CUSTOM_AUTH`.

    The values for authentication flow options include the following.

    - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This setting covers
      username-password, secure remote password (SRP), passwordless, and passkey
      authentication. This authentiation flow can do username-password and SRP authentication
      without other `ExplicitAuthFlows` permitting them. For example users can complete an SRP
      challenge through `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app
      client. This flow doesn't include `CUSTOM_AUTH`.

      To activate this setting, your user pool must be in the Essentials tier
      (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
      or higher.
    - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password authentication flow
      `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the `ADMIN_NO_SRP_AUTH` setting. With
      this authentication flow, your app passes a user name and password to Amazon Cognito in
      the request, instead of using the Secure Remote Password (SRP) protocol to securely
      transmit the password.
    - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
    - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In this flow,
      Amazon Cognito receives the password in the request instead of using the SRP protocol to
      verify passwords.
    - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
    - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
    - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` - Use this flow to request `GetDerivedToken` token
      exchanges without an `ActorToken`. The issued token represents the subject user
      directly.
    - `ALLOW_TOKEN_EXCHANGE_DELEGATION` - Use this flow to request `GetDerivedToken` token
      exchanges that include an `ActorToken`. The issued token carries an `act` claim that
      identifies the intermediary acting on the behalf of the subject.

    In some environments, you will see the values `ADMIN_NO_SRP_AUTH`,
    `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these legacy
    `ExplicitAuthFlows` values to user pool clients at the same time as values that begin with
    `ALLOW_`, like `ALLOW_USER_SRP_AUTH`."""

    supported_identity_providers: Sequence[str] | None = None
    """A list of provider names for the identity providers (IdPs) that are supported on this
    client. The following are supported: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`,
    and `LoginWithAmazon`. You can also specify the names that you configured for the SAML and
    OIDC IdPs in your user pool, for example `MySAMLIdP` or `MyOIDCIdP`.

    This parameter sets the IdPs that managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
    will display on the login page for your app client. The removal of `COGNITO` from this
    list doesn't prevent authentication operations for local users with the user pools API in
    an Amazon Web Services SDK. The only way to prevent SDK-based authentication is to block
    access with a WAF rule
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html)."""

    callback_urls: Sequence[str] | None = None
    """A list of allowed redirect, or callback, URLs for managed login authentication. These URLs
    are the paths where you want to send your users' browsers after they complete
    authentication with managed login or a third-party IdP. Typically, callback URLs are the
    home of an application that uses OAuth or OIDC libraries to process authentication
    outcomes.

    A redirect URI must meet the following requirements:

    - Be an absolute URI.
    - Be registered with the authorization server. Amazon Cognito doesn't accept authorization
      requests with `redirect_uri` values that aren't in the list of `CallbackURLs` that you
      provide in this parameter.
    - Not include a fragment component.

    See OAuth 2.0 - Redirection Endpoint (https://tools.ietf.org/html/rfc6749#section-3.1.2).

    Amazon Cognito requires HTTPS over HTTP except for http://localhost for testing purposes
    only.

    App callback URLs such as `myapp://example` are also supported."""

    logout_urls: Sequence[str] | None = None
    """A list of allowed logout URLs for managed login authentication. When you pass `logout_uri`
    and `client_id` parameters to `/logout`, Amazon Cognito signs out your user and redirects
    them to the logout URL. This parameter describes the URLs that you want to be the
    permitted targets of `logout_uri`. A typical use of these URLs is when a user selects
    "Sign out" and you redirect them to your public homepage. For more information, see Logout
    endpoint (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html)."""

    default_redirect_uri: str | None = None
    """The default redirect URI. In app clients with one assigned IdP, replaces `redirect_uri` in
    authentication requests. Must be in the `CallbackURLs` list."""

    allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None = None
    """The OAuth grant types that you want your app client to generate. To create an app client
    that generates client credentials grants, you must add `client_credentials` as the only
    allowed OAuth flow.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    implicit
        Issue the access token (and, optionally, ID token, based on scopes) directly to your
        user.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""

    allowed_o_auth_scopes: Sequence[str] | None = None
    """The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app
    client to authorize access with. Scopes govern access control to user pool self-service
    API operations, user data from the `userInfo` endpoint, and third-party APIs. Scope values
    include `phone`, `email`, `openid`, and `profile`. The `aws.cognito.signin.user.admin`
    scope authorizes user self-service operations. Custom scopes with resource servers
    authorize access to external APIs."""

    allowed_o_auth_flows_user_pool_client: bool | None = None
    """Set to `true` to use OAuth 2.0 authorization server features in your app client.

    This parameter must have a value of `true` before you can configure the following features
    in your app client.

    - `CallBackURLs`: Callback URLs.
    - `LogoutURLs`: Sign-out redirect URLs.
    - `AllowedOAuthScopes`: OAuth 2.0 scopes.
    - `AllowedOAuthFlows`: Support for authorization code, implicit, and client credentials
      OAuth 2.0 grants.

    To use authorization server features, configure one of these features in the Amazon
    Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a
    `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set a value for
    `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or SDKs, it defaults to
    `false`. When `false`, only SDK-based API sign-in is permitted."""

    analytics_configuration: AnalyticsConfigurationType | None = None
    """The user pool analytics configuration for collecting metrics and sending them to your
    Amazon Pinpoint campaign.

    In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools might not
    have access to analytics or might be configurable with campaigns in the US East (N.
    Virginia) Region. For more information, see Using Amazon Pinpoint analytics
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html)."""

    prevent_user_existence_errors: (
        PreventUserExistenceErrorTypes | PreventUserExistenceErrorTypesValue | Unmodelled | None
    ) = None
    """When `ENABLED`, suppresses messages that might indicate a valid user exists when someone
    attempts sign-in. This parameters sets your preference for the errors and responses that
    you want Amazon Cognito APIs to return during authentication, account confirmation, and
    password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and
    the user doesn't exist, authentication returns an error indicating either the username or
    password was incorrect. Account confirmation and password recovery return a response
    indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs
    return a `UserNotFoundException` exception if the user doesn't exist in the user pool.

    Defaults to `LEGACY`."""

    enable_token_revocation: bool | None = None
    """Activates or deactivates token revocation
    (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html) in the
    target app client."""

    enable_propagate_additional_user_context_data: bool | None = None
    """When `true`, your application can include additional `UserContextData` in authentication
    requests. This data includes the IP address, and contributes to analysis by threat
    protection features. For more information about propagation of user context data, see
    Adding session data to API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
    If you don't include this parameter, you can't send the source IP address to Amazon
    Cognito threat protection features. You can only activate
    `EnablePropagateAdditionalUserContextData` in an app client that has a client secret."""

    auth_session_validity: int | None = None
    """Amazon Cognito creates a session token for each API request in an authentication flow.
    `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool
    native user must respond to each authentication challenge before the session expires."""

    refresh_token_rotation: RefreshTokenRotationType | None = None
    """The configuration of your app client for refresh token rotation. When enabled, your app
    client issues new ID, access, and refresh tokens when users renew their sessions with
    refresh tokens. When disabled, token refresh issues only ID and access tokens."""

    publish_secrets_in_aws_secrets_manager: bool | None = None
    """Specifies whether Amazon Cognito stores and manages this app client's secret in Amazon Web
    Services Secrets Manager
    (https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) instead of
    returning the plaintext value. When you set this parameter to `true`, the response returns
    `ClientSecretArn` instead of `ClientSecret`. By default, Amazon Cognito rotates the secret
    every 7 days. You can change the rotation schedule in Secrets Manager.

    Set to `true` to migrate an existing generated secret into Secrets Manager, or `false` to
    move it back to Amazon Cognito and delete the Secrets Manager secret. If you omit this
    parameter, Amazon Cognito doesn't change how it manages the existing secret. Applies only
    to app clients that already have a generated secret.

    When you set it to `true`, Amazon Cognito starts managing the app client's secret in
    Secrets Manager and rotates it right away. If the app client has two secrets, that first
    rotation deletes the older one.

    Important: When you set this parameter to `false`, Amazon Cognito immediately and
    permanently deletes the Secrets Manager secret. There's no recovery window. Applications
    that read the secret from Secrets Manager can no longer get it."""


def serialize_UpdateUserPoolClientRequest(v: UpdateUserPoolClientRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    if v.client_name is not None:
        out += (',"ClientName":', _s.json_str(v.client_name))
    if v.refresh_token_validity is not None:
        out += (',"RefreshTokenValidity":', int.__repr__(v.refresh_token_validity))
    if v.access_token_validity is not None:
        out += (',"AccessTokenValidity":', int.__repr__(v.access_token_validity))
    if v.id_token_validity is not None:
        out += (',"IdTokenValidity":', int.__repr__(v.id_token_validity))
    if v.token_validity_units is not None:
        out += (
            ',"TokenValidityUnits":',
            _shapes_token_validity_units_type.serialize_TokenValidityUnitsType(
                v.token_validity_units
            ),
        )
    if v.read_attributes is not None:
        out += (',"ReadAttributes":', "[" + ",".join(map(_s.json_str, v.read_attributes)) + "]")
    if v.write_attributes is not None:
        out += (',"WriteAttributes":', "[" + ",".join(map(_s.json_str, v.write_attributes)) + "]")
    if v.explicit_auth_flows is not None:
        out += (
            ',"ExplicitAuthFlows":',
            "[" + ",".join(map(_s.json_str, v.explicit_auth_flows)) + "]",
        )
    if v.supported_identity_providers is not None:
        out += (
            ',"SupportedIdentityProviders":',
            "[" + ",".join(map(_s.json_str, v.supported_identity_providers)) + "]",
        )
    if v.callback_urls is not None:
        out += (',"CallbackURLs":', "[" + ",".join(map(_s.json_str, v.callback_urls)) + "]")
    if v.logout_urls is not None:
        out += (',"LogoutURLs":', "[" + ",".join(map(_s.json_str, v.logout_urls)) + "]")
    if v.default_redirect_uri is not None:
        out += (',"DefaultRedirectURI":', _s.json_str(v.default_redirect_uri))
    if v.allowed_o_auth_flows is not None:
        out += (
            ',"AllowedOAuthFlows":',
            "[" + ",".join(map(_s.json_str, v.allowed_o_auth_flows)) + "]",
        )
    if v.allowed_o_auth_scopes is not None:
        out += (
            ',"AllowedOAuthScopes":',
            "[" + ",".join(map(_s.json_str, v.allowed_o_auth_scopes)) + "]",
        )
    if v.allowed_o_auth_flows_user_pool_client is not None:
        out += (
            ',"AllowedOAuthFlowsUserPoolClient":',
            ("true" if v.allowed_o_auth_flows_user_pool_client else "false"),
        )
    if v.analytics_configuration is not None:
        out += (
            ',"AnalyticsConfiguration":',
            _shapes_analytics_configuration_type.serialize_AnalyticsConfigurationType(
                v.analytics_configuration
            ),
        )
    if v.prevent_user_existence_errors is not None:
        out += (',"PreventUserExistenceErrors":', _s.json_str(v.prevent_user_existence_errors))
    if v.enable_token_revocation is not None:
        out += (',"EnableTokenRevocation":', ("true" if v.enable_token_revocation else "false"))
    if v.enable_propagate_additional_user_context_data is not None:
        out += (
            ',"EnablePropagateAdditionalUserContextData":',
            ("true" if v.enable_propagate_additional_user_context_data else "false"),
        )
    if v.auth_session_validity is not None:
        out += (',"AuthSessionValidity":', int.__repr__(v.auth_session_validity))
    if v.refresh_token_rotation is not None:
        out += (
            ',"RefreshTokenRotation":',
            _shapes_refresh_token_rotation_type.serialize_RefreshTokenRotationType(
                v.refresh_token_rotation
            ),
        )
    if v.publish_secrets_in_aws_secrets_manager is not None:
        out += (
            ',"PublishSecretsInAWSSecretsManager":',
            ("true" if v.publish_secrets_in_aws_secrets_manager else "false"),
        )
    out.append("}")
    return "".join(out)


def secrets_UpdateUserPoolClientRequest(v: UpdateUserPoolClientRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    if v.token_validity_units is not None:
        _shapes_token_validity_units_type.secrets_TokenValidityUnitsType(
            v.token_validity_units, out
        )
    if v.analytics_configuration is not None:
        _shapes_analytics_configuration_type.secrets_AnalyticsConfigurationType(
            v.analytics_configuration, out
        )
    if v.refresh_token_rotation is not None:
        _shapes_refresh_token_rotation_type.secrets_RefreshTokenRotationType(
            v.refresh_token_rotation, out
        )


def check_UpdateUserPoolClientRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateUserPoolClientRequest, path, problems, required)
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
    if v.client_name is not None and not (
        type(v.client_name) is str and 1 <= len(v.client_name) <= 128
    ):
        _v.check_str(
            v.client_name,
            _v.join(path, "client_name"),
            problems,
            required=False,
            min_len=1,
            max_len=128,
        )
    if v.refresh_token_validity is not None and not (
        type(v.refresh_token_validity) is int and 0 <= v.refresh_token_validity <= 315360000
    ):
        _v.check_int(
            v.refresh_token_validity,
            _v.join(path, "refresh_token_validity"),
            problems,
            required=False,
            minimum=0,
            maximum=315360000,
        )
    if v.access_token_validity is not None and not (
        type(v.access_token_validity) is int and 1 <= v.access_token_validity <= 86400
    ):
        _v.check_int(
            v.access_token_validity,
            _v.join(path, "access_token_validity"),
            problems,
            required=False,
            minimum=1,
            maximum=86400,
        )
    if v.id_token_validity is not None and not (
        type(v.id_token_validity) is int and 1 <= v.id_token_validity <= 86400
    ):
        _v.check_int(
            v.id_token_validity,
            _v.join(path, "id_token_validity"),
            problems,
            required=False,
            minimum=1,
            maximum=86400,
        )
    if v.token_validity_units is not None:
        _shapes_token_validity_units_type.check_TokenValidityUnitsType(
            v.token_validity_units, _v.join(path, "token_validity_units"), problems, required=False
        )
    if v.read_attributes is not None:
        _v.check_list(
            v.read_attributes,
            _v.join(path, "read_attributes"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=2048),
        )
    if v.write_attributes is not None:
        _v.check_list(
            v.write_attributes,
            _v.join(path, "write_attributes"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=2048),
        )
    if v.explicit_auth_flows is not None:
        _v.check_list(
            v.explicit_auth_flows,
            _v.join(path, "explicit_auth_flows"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )
    if v.supported_identity_providers is not None:
        _v.check_list(
            v.supported_identity_providers,
            _v.join(path, "supported_identity_providers"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=32),
        )
    if v.callback_urls is not None:
        _v.check_list(
            v.callback_urls,
            _v.join(path, "callback_urls"),
            problems,
            required=False,
            min_len=0,
            max_len=100,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=1024),
        )
    if v.logout_urls is not None:
        _v.check_list(
            v.logout_urls,
            _v.join(path, "logout_urls"),
            problems,
            required=False,
            min_len=0,
            max_len=100,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=1024),
        )
    if v.default_redirect_uri is not None and not (
        type(v.default_redirect_uri) is str and 1 <= len(v.default_redirect_uri) <= 1024
    ):
        _v.check_str(
            v.default_redirect_uri,
            _v.join(path, "default_redirect_uri"),
            problems,
            required=False,
            min_len=1,
            max_len=1024,
        )
    if v.allowed_o_auth_flows is not None:
        _v.check_list(
            v.allowed_o_auth_flows,
            _v.join(path, "allowed_o_auth_flows"),
            problems,
            required=False,
            min_len=0,
            max_len=3,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )
    if v.allowed_o_auth_scopes is not None:
        _v.check_list(
            v.allowed_o_auth_scopes,
            _v.join(path, "allowed_o_auth_scopes"),
            problems,
            required=False,
            max_len=50,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=256),
        )
    if (
        v.allowed_o_auth_flows_user_pool_client is not None
        and type(v.allowed_o_auth_flows_user_pool_client) is not bool
    ):
        _v.check_bool(
            v.allowed_o_auth_flows_user_pool_client,
            _v.join(path, "allowed_o_auth_flows_user_pool_client"),
            problems,
            required=False,
        )
    if v.analytics_configuration is not None:
        _shapes_analytics_configuration_type.check_AnalyticsConfigurationType(
            v.analytics_configuration,
            _v.join(path, "analytics_configuration"),
            problems,
            required=False,
        )
    if (
        v.prevent_user_existence_errors is not None
        and type(v.prevent_user_existence_errors) is not str
    ):
        _v.check_str(
            v.prevent_user_existence_errors,
            _v.join(path, "prevent_user_existence_errors"),
            problems,
            required=False,
        )
    if v.enable_token_revocation is not None and type(v.enable_token_revocation) is not bool:
        _v.check_bool(
            v.enable_token_revocation,
            _v.join(path, "enable_token_revocation"),
            problems,
            required=False,
        )
    if (
        v.enable_propagate_additional_user_context_data is not None
        and type(v.enable_propagate_additional_user_context_data) is not bool
    ):
        _v.check_bool(
            v.enable_propagate_additional_user_context_data,
            _v.join(path, "enable_propagate_additional_user_context_data"),
            problems,
            required=False,
        )
    if v.auth_session_validity is not None and not (
        type(v.auth_session_validity) is int and 3 <= v.auth_session_validity <= 15
    ):
        _v.check_int(
            v.auth_session_validity,
            _v.join(path, "auth_session_validity"),
            problems,
            required=False,
            minimum=3,
            maximum=15,
        )
    if v.refresh_token_rotation is not None:
        _shapes_refresh_token_rotation_type.check_RefreshTokenRotationType(
            v.refresh_token_rotation,
            _v.join(path, "refresh_token_rotation"),
            problems,
            required=False,
        )
    if (
        v.publish_secrets_in_aws_secrets_manager is not None
        and type(v.publish_secrets_in_aws_secrets_manager) is not bool
    ):
        _v.check_bool(
            v.publish_secrets_in_aws_secrets_manager,
            _v.join(path, "publish_secrets_in_aws_secrets_manager"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class UpdateUserPoolClientResponse(Boto3Dicts):
    """Represents the response from the server to the request to update the user pool client."""

    user_pool_client: UserPoolClientType | None = None
    """The updated details of your app client."""


def parse_UpdateUserPoolClientResponse(value: object, path: str) -> UpdateUserPoolClientResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolClient")
    f_user_pool_client = (
        None
        if x is None
        else _shapes_user_pool_client_type.parse_UserPoolClientType(x, path + ".UserPoolClient")
    )
    obj = _dc.new(UpdateUserPoolClientResponse)
    obj.user_pool_client = f_user_pool_client
    return obj


Request = UpdateUserPoolClientRequest
"""The request dataclass of UpdateUserPoolClient."""


OPERATION: OperationSpec[UpdateUserPoolClientRequest, UpdateUserPoolClientResponse] = OperationSpec(
    name="UpdateUserPoolClient",
    validate=check_UpdateUserPoolClientRequest,
    serialize=serialize_UpdateUserPoolClientRequest,
    parse=parse_UpdateUserPoolClientResponse,
    signed=True,
    secrets=secrets_UpdateUserPoolClientRequest,
    fill_secret_hash=None,
)
