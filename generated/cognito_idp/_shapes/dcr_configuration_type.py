# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import o_auth_flow_type as _shapes_o_auth_flow_type
from cognito_idp._shapes import status_type as _shapes_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.o_auth_flow_type import OAuthFlowType, OAuthFlowTypeValue
    from cognito_idp._shapes.status_type import StatusType, StatusTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class DcrConfigurationType(Boto3Dicts):
    """The dynamic client registration configuration for a user pool. Dynamic client registration
    lets applications register their own app clients at runtime through the registration
    endpoint of your user pool domain. To activate this setting, your user pool must be in the
    Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher.

    Applications register app clients at the `/oauth2/register` endpoint of your user pool
    domain. In authenticated registration, the application sends an access token from your
    user pool that has the `aws.cognito/dcr/register` scope. In open registration, the
    application doesn't send a token.

    When you include this configuration in an `UpdateUserPool` request, Amazon Cognito
    replaces the existing configuration with the one that you provide."""

    enable_status: StatusType | StatusTypeValue | Unmodelled | None = None
    """Specifies whether dynamic client registration is turned on for the user pool. If you
    provide a dynamic client registration configuration without this value, Amazon Cognito
    turns dynamic client registration on."""

    open_dcr_enabled: bool | None = None
    """Specifies whether open registration is turned on. When open registration is on,
    applications can register app clients without an initial access token. The default value
    is `false`."""

    authenticated_grant_types: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None = (
        None
    )
    """The OAuth grant types that an app client created through authenticated registration can
    request. If you don't set this value, authenticated registration permits the `code` and
    `client_credentials` grant types. If you set an empty list, Amazon Cognito rejects
    authenticated registration requests. Dynamic client registration supports the following
    values. Amazon Cognito accepts `implicit` in this list but ignores it.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""

    open_dcr_grant_types: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None = None
    """The OAuth grant types that an app client created through open registration can request. If
    you don't set this value, open registration permits only the `code` grant type. If you set
    an empty list, Amazon Cognito rejects open registration requests. If you add
    `client_credentials`, anyone can register an app client that requests machine-to-machine
    (M2M) access tokens, and you pay for the M2M token requests that those app clients make.
    Dynamic client registration supports the following values. Amazon Cognito accepts
    `implicit` in this list but ignores it.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""

    allowed_scopes: Sequence[str] | None = None
    """The scopes that an app client created through dynamic client registration can request, in
    addition to the standard OpenID Connect (OIDC) scopes. You can include custom scopes from
    your resource servers and `aws.cognito.signin.user.admin`. Registered app clients can
    request the OIDC scopes `openid`, `email`, `phone`, and `profile` without listing them
    here. If you don't set this value, registered app clients can request only the OIDC
    scopes. A registered app client can't request the `aws.cognito/dcr/register` scope, even
    if you include it in this list."""


def serialize_DcrConfigurationType(v: DcrConfigurationType) -> str:
    out: list[str] = []
    if v.enable_status is not None:
        out += (',"EnableStatus":', _s.json_str(v.enable_status))
    if v.open_dcr_enabled is not None:
        out += (',"OpenDcrEnabled":', ("true" if v.open_dcr_enabled else "false"))
    if v.authenticated_grant_types is not None:
        out += (
            ',"AuthenticatedGrantTypes":',
            "[" + ",".join(map(_s.json_str, v.authenticated_grant_types)) + "]",
        )
    if v.open_dcr_grant_types is not None:
        out += (
            ',"OpenDcrGrantTypes":',
            "[" + ",".join(map(_s.json_str, v.open_dcr_grant_types)) + "]",
        )
    if v.allowed_scopes is not None:
        out += (',"AllowedScopes":', "[" + ",".join(map(_s.json_str, v.allowed_scopes)) + "]")
    return "{" + "".join(out)[1:] + "}"


def secrets_DcrConfigurationType(v: DcrConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DcrConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DcrConfigurationType, path, problems, required)
    if v is None:
        return
    if v.enable_status is not None and type(v.enable_status) is not str:
        _v.check_str(v.enable_status, _v.join(path, "enable_status"), problems, required=False)
    if v.open_dcr_enabled is not None and type(v.open_dcr_enabled) is not bool:
        _v.check_bool(
            v.open_dcr_enabled, _v.join(path, "open_dcr_enabled"), problems, required=False
        )
    if v.authenticated_grant_types is not None:
        _v.check_list(
            v.authenticated_grant_types,
            _v.join(path, "authenticated_grant_types"),
            problems,
            required=False,
            min_len=0,
            max_len=3,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )
    if v.open_dcr_grant_types is not None:
        _v.check_list(
            v.open_dcr_grant_types,
            _v.join(path, "open_dcr_grant_types"),
            problems,
            required=False,
            min_len=0,
            max_len=3,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )
    if v.allowed_scopes is not None:
        _v.check_list(
            v.allowed_scopes,
            _v.join(path, "allowed_scopes"),
            problems,
            required=False,
            max_len=50,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=256),
        )


def parse_DcrConfigurationType(value: object, path: str) -> DcrConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("EnableStatus")
    f_enable_status = (
        None
        if x is None
        else _s.parse_enum(_shapes_status_type.StatusType, x, path + ".EnableStatus")
    )
    x = m.get("OpenDcrEnabled")
    f_open_dcr_enabled = None if x is None else _s.parse_bool(x, path + ".OpenDcrEnabled")
    x = m.get("AuthenticatedGrantTypes")
    f_authenticated_grant_types = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".AuthenticatedGrantTypes",
            lambda x, p: _s.parse_enum(_shapes_o_auth_flow_type.OAuthFlowType, x, p),
        )
    )
    x = m.get("OpenDcrGrantTypes")
    f_open_dcr_grant_types = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".OpenDcrGrantTypes",
            lambda x, p: _s.parse_enum(_shapes_o_auth_flow_type.OAuthFlowType, x, p),
        )
    )
    x = m.get("AllowedScopes")
    f_allowed_scopes = (
        None
        if x is None
        else _s.parse_list(x, path + ".AllowedScopes", lambda x, p: _s.parse_str(x, p))
    )
    obj = _dc.new(DcrConfigurationType)
    obj.enable_status = f_enable_status
    obj.open_dcr_enabled = f_open_dcr_enabled
    obj.authenticated_grant_types = f_authenticated_grant_types
    obj.open_dcr_grant_types = f_open_dcr_grant_types
    obj.allowed_scopes = f_allowed_scopes
    return obj
