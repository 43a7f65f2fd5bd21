# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""RevokeUserSession: its request and response, and how they travel."""

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
class RevokeUserSessionRequest(Boto3Dicts):
    """The RevokeUserSessionRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the user. Amazon Cognito uses this
    token to authorize the request and to identify the user."""

    session_id: str
    """The ID of the session to revoke. This is a 28-character string of lowercase letters and
    digits, prefixed with `tkn` for a token session or `sso` for an SSO session. This value
    can't identify the caller's own current session."""

    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    ) = None
    """Specifies whether to also revoke the sessions that are linked to the targeted session.
    `NONE`, the default, revokes only the targeted session. `LINKED` also revokes the directly
    linked session or sessions, interpreted relative to the type of the targeted session:
    revoking a token session also revokes the parent SSO session it came through, and revoking
    an SSO session also revokes the token sessions that came through it. The set of linked
    sessions is eventually consistent, so associated sessions are typically revoked within a
    few seconds."""


def serialize_RevokeUserSessionRequest(v: RevokeUserSessionRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"SessionId":', _s.json_str(v.session_id))
    if v.revoke_associated_sessions is not None:
        out += (',"RevokeAssociatedSessions":', _s.json_str(v.revoke_associated_sessions))
    out.append("}")
    return "".join(out)


def secrets_RevokeUserSessionRequest(v: RevokeUserSessionRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_RevokeUserSessionRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, RevokeUserSessionRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
    if not (type(v.session_id) is str and 28 <= len(v.session_id) <= 28):
        _v.check_str(
            v.session_id,
            _v.join(path, "session_id"),
            problems,
            required=True,
            min_len=28,
            max_len=28,
        )
    if v.revoke_associated_sessions is not None and type(v.revoke_associated_sessions) is not str:
        _v.check_str(
            v.revoke_associated_sessions,
            _v.join(path, "revoke_associated_sessions"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class RevokeUserSessionResponse(Boto3Dicts):
    """The RevokeUserSessionResponse structure."""


def parse_RevokeUserSessionResponse(value: object, path: str) -> RevokeUserSessionResponse:
    _s.expect_object(value, path)
    return RevokeUserSessionResponse()


Request = RevokeUserSessionRequest
"""The request dataclass of RevokeUserSession."""


OPERATION: OperationSpec[RevokeUserSessionRequest, RevokeUserSessionResponse] = OperationSpec(
    name="RevokeUserSession",
    validate=check_RevokeUserSessionRequest,
    serialize=serialize_RevokeUserSessionRequest,
    parse=parse_RevokeUserSessionResponse,
    signed=False,
    secrets=secrets_RevokeUserSessionRequest,
    fill_secret_hash=None,
)
