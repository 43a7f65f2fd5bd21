# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""RevokeToken: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.revoke_associated_sessions_type import (
        RevokeAssociatedSessionsType,
        RevokeAssociatedSessionsTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class RevokeTokenRequest(Boto3Dicts):
    """The RevokeTokenRequest structure."""

    token: str = _dc.field(repr=False)
    """The refresh token that you want to revoke."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client where the token that you want to revoke was issued."""

    client_secret: str | None = _dc.field(default=None, repr=False)
    """The client secret of the requested app client, if the client has a secret."""

    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    ) = None
    """Specifies whether to also revoke the SSO session that is linked to the token session being
    revoked. `NONE`, the default, revokes only the token session that is associated with the
    refresh token. `LINKED` also revokes the parent SSO session that the token session came
    through; the other token sessions that came through that SSO session aren't revoked.
    `LINKED` has no effect when session tracking is disabled or when the token session has no
    parent SSO session."""


def serialize_RevokeTokenRequest(v: RevokeTokenRequest) -> str:
    out = ['{"Token":', _s.json_str(v.token)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    if v.client_secret is not None:
        out += (',"ClientSecret":', _s.json_str(v.client_secret))
    if v.revoke_associated_sessions is not None:
        out += (',"RevokeAssociatedSessions":', _s.json_str(v.revoke_associated_sessions))
    out.append("}")
    return "".join(out)


def secrets_RevokeTokenRequest(v: RevokeTokenRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.token)
    out.append(v.client_id)
    out.append(v.client_secret)


def check_RevokeTokenRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, RevokeTokenRequest, path, problems, required)
    if v is None:
        return
    if type(v.token) is not str:
        _v.check_str(v.token, _v.join(path, "token"), problems, required=True)
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
    if v.revoke_associated_sessions is not None and type(v.revoke_associated_sessions) is not str:
        _v.check_str(
            v.revoke_associated_sessions,
            _v.join(path, "revoke_associated_sessions"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class RevokeTokenResponse(Boto3Dicts):
    """The RevokeTokenResponse structure."""


def parse_RevokeTokenResponse(value: object, path: str) -> RevokeTokenResponse:
    _s.expect_object(value, path)
    return RevokeTokenResponse()


Request = RevokeTokenRequest
"""The request dataclass of RevokeToken."""


OPERATION: OperationSpec[RevokeTokenRequest, RevokeTokenResponse] = OperationSpec(
    name="RevokeToken",
    validate=check_RevokeTokenRequest,
    serialize=serialize_RevokeTokenRequest,
    parse=parse_RevokeTokenResponse,
    signed=False,
    secrets=secrets_RevokeTokenRequest,
    fill_secret_hash=None,
)
