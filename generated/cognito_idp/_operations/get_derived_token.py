# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetDerivedToken: its request and response, and how they travel."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from typedaws_runtime.enums import Unmodelled


class IssuedTokenTypeIdentifierType(enum.StrEnum):
    """The values of IssuedTokenTypeIdentifierType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACCESS_TOKEN = "ACCESS_TOKEN"
    ID_TOKEN = "ID_TOKEN"


if TYPE_CHECKING:
    IssuedTokenTypeIdentifierTypeValue: TypeAlias = Literal["ACCESS_TOKEN", "ID_TOKEN"]
    """The values of IssuedTokenTypeIdentifierType as literal strings, for type checkers: an input
    typed ``IssuedTokenTypeIdentifierType | IssuedTokenTypeIdentifierTypeValue |
    Unmodelled`` takes ``IssuedTokenTypeIdentifierType.ACCESS_TOKEN`` or ``'ACCESS_TOKEN'``,
    and a type checker reports a misspelt value. ``str`` at run time."""
else:
    IssuedTokenTypeIdentifierTypeValue = str


class OAuthTokenTypeType(enum.StrEnum):
    """The values of OAuthTokenTypeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BEARER = "Bearer"
    N_A = "N_A"


if TYPE_CHECKING:
    OAuthTokenTypeTypeValue: TypeAlias = Literal["Bearer", "N_A"]
    """The values of OAuthTokenTypeType as literal strings, for type checkers: an input typed
    ``OAuthTokenTypeType | OAuthTokenTypeTypeValue | Unmodelled`` takes
    ``OAuthTokenTypeType.BEARER`` or ``'Bearer'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    OAuthTokenTypeTypeValue = str


class TokenTypeIdentifierType(enum.StrEnum):
    """The values of TokenTypeIdentifierType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACCESS_TOKEN = "ACCESS_TOKEN"
    ID_TOKEN = "ID_TOKEN"
    SAML2 = "SAML2"


if TYPE_CHECKING:
    TokenTypeIdentifierTypeValue: TypeAlias = Literal["ACCESS_TOKEN", "ID_TOKEN", "SAML2"]
    """The values of TokenTypeIdentifierType as literal strings, for type checkers: an input typed
    ``TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled`` takes
    ``TokenTypeIdentifierType.ACCESS_TOKEN`` or ``'ACCESS_TOKEN'``, and a type checker
    reports a misspelt value. ``str`` at run time."""
else:
    TokenTypeIdentifierTypeValue = str


@_dc.dataclass(kw_only=True)
class GetDerivedTokenRequest(Boto3Dicts):
    """Represents the request to exchange a subject token for a new token."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that requests the token exchange."""

    subject_token: str = _dc.field(repr=False)
    """The token that you want to exchange for a new token. This is the credential that
    represents the identity of the party on behalf of whom the request is being made."""

    subject_token_type: TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled
    """The type of the `SubjectToken` that you want to exchange. Valid values:

    - `ACCESS_TOKEN` - The subject token is an access token.
    - `ID_TOKEN` - The subject token is an ID token.
    - `SAML2` - The subject token is a SAML 2.0 assertion."""

    client_secret: str | None = _dc.field(default=None, repr=False)
    """The client secret of the requested app client, if the client has a secret."""

    subject_token_provider_name: str | None = None
    """The name of the third-party identity provider that issued the `SubjectToken`, if the
    subject token isn't a Amazon Cognito token. Provide this value when your `SubjectToken`
    came from a SAML or OIDC provider that you registered with your user pool, so that Amazon
    Cognito can validate it against that provider's configuration. Omit this parameter for a
    Amazon Cognito ID or access token."""

    actor_token: str | None = _dc.field(default=None, repr=False)
    """A token that identifies the intermediary service that is exchanging the token on behalf of
    the user. When you provide an `ActorToken`, the token that Amazon Cognito issues carries
    an `act` claim that identifies the intermediary, so that downstream services can
    distinguish a user acting directly from an intermediary acting on the user's behalf."""

    actor_token_type: TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled | None = (
        None
    )
    """The type of the `ActorToken` that you provide. Required when you provide an `ActorToken`.
    Valid values:

    - `ACCESS_TOKEN` - The actor token is an access token.
    - `ID_TOKEN` - The actor token is an ID token.
    - `SAML2` - The actor token is a SAML 2.0 assertion."""

    actor_token_provider_name: str | None = None
    """The name of the third-party identity provider that issued the `ActorToken`, if the actor
    token isn't a Amazon Cognito token."""

    scopes: Sequence[str] | None = None
    """The scopes that you want the new token to have. Amazon Cognito issues a token with the
    intersection of these requested scopes, the scopes of your `SubjectToken`, and the scopes
    that are allowed for the requesting app client. If you don't specify any scopes, Amazon
    Cognito issues a token with the same scopes as your `SubjectToken`."""

    audiences: Sequence[str] | None = None
    """The logical name of the target service where you intend to use the issued token. You can't
    request both `Audiences` and `Resources` in the same request."""

    resources: Sequence[str] | None = None
    """The identifier of a resource server in your user pool where you intend to use the issued
    token. You can't request both `Resources` and `Audiences` in the same request."""

    requested_token_type: (
        IssuedTokenTypeIdentifierType | IssuedTokenTypeIdentifierTypeValue | Unmodelled | None
    ) = None
    """The type of token that you want Amazon Cognito to issue. Valid values:

    - `ACCESS_TOKEN` - Issues an access token.
    - `ID_TOKEN` - Issues an ID token.

    Amazon Cognito can't issue a SAML assertion, so `SAML2` isn't a valid value for this
    parameter."""


def serialize_GetDerivedTokenRequest(v: GetDerivedTokenRequest) -> str:
    out = ['{"ClientId":', _s.json_str(v.client_id)]
    if v.client_secret is not None:
        out += (',"ClientSecret":', _s.json_str(v.client_secret))
    out += (',"SubjectToken":', _s.json_str(v.subject_token))
    out += (',"SubjectTokenType":', _s.json_str(v.subject_token_type))
    if v.subject_token_provider_name is not None:
        out += (',"SubjectTokenProviderName":', _s.json_str(v.subject_token_provider_name))
    if v.actor_token is not None:
        out += (',"ActorToken":', _s.json_str(v.actor_token))
    if v.actor_token_type is not None:
        out += (',"ActorTokenType":', _s.json_str(v.actor_token_type))
    if v.actor_token_provider_name is not None:
        out += (',"ActorTokenProviderName":', _s.json_str(v.actor_token_provider_name))
    if v.scopes is not None:
        out += (',"Scopes":', "[" + ",".join(map(_s.json_str, v.scopes)) + "]")
    if v.audiences is not None:
        out += (',"Audiences":', "[" + ",".join(map(_s.json_str, v.audiences)) + "]")
    if v.resources is not None:
        out += (',"Resources":', "[" + ",".join(map(_s.json_str, v.resources)) + "]")
    if v.requested_token_type is not None:
        out += (',"RequestedTokenType":', _s.json_str(v.requested_token_type))
    out.append("}")
    return "".join(out)


def secrets_GetDerivedTokenRequest(v: GetDerivedTokenRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    out.append(v.client_secret)
    out.append(v.subject_token)
    out.append(v.actor_token)


def check_GetDerivedTokenRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetDerivedTokenRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if v.client_secret is not None and not (
        type(v.client_secret) is str and 24 <= len(v.client_secret) <= 64
    ):
        _v.check_str(
            v.client_secret,
            _v.join(path, "client_secret"),
            problems,
            required=False,
            min_len=24,
            max_len=64,
        )
    if not (type(v.subject_token) is str and 0 <= len(v.subject_token) <= 131072):
        _v.check_str(
            v.subject_token,
            _v.join(path, "subject_token"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )
    if type(v.subject_token_type) is not str:
        _v.check_str(
            v.subject_token_type, _v.join(path, "subject_token_type"), problems, required=True
        )
    if v.subject_token_provider_name is not None and not (
        type(v.subject_token_provider_name) is str and 1 <= len(v.subject_token_provider_name) <= 32
    ):
        _v.check_str(
            v.subject_token_provider_name,
            _v.join(path, "subject_token_provider_name"),
            problems,
            required=False,
            min_len=1,
            max_len=32,
        )
    if v.actor_token is not None and not (
        type(v.actor_token) is str and 0 <= len(v.actor_token) <= 131072
    ):
        _v.check_str(
            v.actor_token,
            _v.join(path, "actor_token"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.actor_token_type is not None and type(v.actor_token_type) is not str:
        _v.check_str(
            v.actor_token_type, _v.join(path, "actor_token_type"), problems, required=False
        )
    if v.actor_token_provider_name is not None and not (
        type(v.actor_token_provider_name) is str and 1 <= len(v.actor_token_provider_name) <= 32
    ):
        _v.check_str(
            v.actor_token_provider_name,
            _v.join(path, "actor_token_provider_name"),
            problems,
            required=False,
            min_len=1,
            max_len=32,
        )
    if v.scopes is not None:
        _v.check_list(
            v.scopes,
            _v.join(path, "scopes"),
            problems,
            required=False,
            max_len=50,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=256),
        )
    if v.audiences is not None:
        _v.check_list(
            v.audiences,
            _v.join(path, "audiences"),
            problems,
            required=False,
            min_len=0,
            max_len=1,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=256),
        )
    if v.resources is not None:
        _v.check_list(
            v.resources,
            _v.join(path, "resources"),
            problems,
            required=False,
            min_len=0,
            max_len=1,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=256),
        )
    if v.requested_token_type is not None and type(v.requested_token_type) is not str:
        _v.check_str(
            v.requested_token_type, _v.join(path, "requested_token_type"), problems, required=False
        )


@_dc.dataclass(kw_only=True)
class GetDerivedTokenResponse(Boto3Dicts):
    """Represents the response to a token exchange request."""

    issued_token: str = _dc.field(repr=False)
    """The token that Amazon Cognito issued in response to the token exchange request."""

    issued_token_type: IssuedTokenTypeIdentifierType | Unmodelled
    """The type of the token in the `IssuedToken` parameter. Valid values:

    - `ACCESS_TOKEN` - The issued token is an access token.
    - `ID_TOKEN` - The issued token is an ID token."""

    token_type: OAuthTokenTypeType | Unmodelled
    """The type of the issued token. For example, `Bearer`."""

    expires_in: int | None = None
    """The number of seconds until the issued token expires."""

    scopes: list[str] | None = None
    """The scopes that Amazon Cognito granted in the issued token."""


def parse_GetDerivedTokenResponse(value: object, path: str) -> GetDerivedTokenResponse:
    m = _s.expect_object(value, path)
    x = m.get("IssuedToken")
    if x is None:
        raise _s.missing(path + ".IssuedToken")
    f_issued_token = _s.parse_str(x, path + ".IssuedToken")
    x = m.get("IssuedTokenType")
    if x is None:
        raise _s.missing(path + ".IssuedTokenType")
    f_issued_token_type = _s.parse_enum(IssuedTokenTypeIdentifierType, x, path + ".IssuedTokenType")
    x = m.get("TokenType")
    if x is None:
        raise _s.missing(path + ".TokenType")
    f_token_type = _s.parse_enum(OAuthTokenTypeType, x, path + ".TokenType")
    x = m.get("ExpiresIn")
    f_expires_in = None if x is None else _s.parse_int(x, path + ".ExpiresIn")
    x = m.get("Scopes")
    f_scopes = (
        None if x is None else _s.parse_list(x, path + ".Scopes", lambda x, p: _s.parse_str(x, p))
    )
    obj = _dc.new(GetDerivedTokenResponse)
    obj.issued_token = f_issued_token
    obj.issued_token_type = f_issued_token_type
    obj.token_type = f_token_type
    obj.expires_in = f_expires_in
    obj.scopes = f_scopes
    return obj


Request = GetDerivedTokenRequest
"""The request dataclass of GetDerivedToken."""


OPERATION: OperationSpec[GetDerivedTokenRequest, GetDerivedTokenResponse] = OperationSpec(
    name="GetDerivedToken",
    validate=check_GetDerivedTokenRequest,
    serialize=serialize_GetDerivedTokenRequest,
    parse=parse_GetDerivedTokenResponse,
    signed=True,
    secrets=secrets_GetDerivedTokenRequest,
    fill_secret_hash=None,
)
