# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminRevokeUserSession: its request and response, and how they travel."""

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
class AdminRevokeUserSessionRequest(Boto3Dicts):
    """The AdminRevokeUserSessionRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the session."""

    username: str = _dc.field(repr=False)
    """The username of the user who owns the session. The username must match the user associated
    with the `SessionId`, to confirm they are the intended target user."""

    session_id: str
    """The ID of the session to revoke. This is a 28-character string of lowercase letters and
    digits, prefixed with `tkn` for a token session or `sso` for an SSO session."""

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


def serialize_AdminRevokeUserSessionRequest(v: AdminRevokeUserSessionRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (',"SessionId":', _s.json_str(v.session_id))
    if v.revoke_associated_sessions is not None:
        out += (',"RevokeAssociatedSessions":', _s.json_str(v.revoke_associated_sessions))
    out.append("}")
    return "".join(out)


def secrets_AdminRevokeUserSessionRequest(
    v: AdminRevokeUserSessionRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminRevokeUserSessionRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminRevokeUserSessionRequest, path, problems, required)
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
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
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
class AdminRevokeUserSessionResponse(Boto3Dicts):
    """The AdminRevokeUserSessionResponse structure."""


def parse_AdminRevokeUserSessionResponse(
    value: object, path: str
) -> AdminRevokeUserSessionResponse:
    _s.expect_object(value, path)
    return AdminRevokeUserSessionResponse()


Request = AdminRevokeUserSessionRequest
"""The request dataclass of AdminRevokeUserSession."""


OPERATION: OperationSpec[AdminRevokeUserSessionRequest, AdminRevokeUserSessionResponse] = (
    OperationSpec(
        name="AdminRevokeUserSession",
        validate=check_AdminRevokeUserSessionRequest,
        serialize=serialize_AdminRevokeUserSessionRequest,
        parse=parse_AdminRevokeUserSessionResponse,
        signed=True,
        secrets=secrets_AdminRevokeUserSessionRequest,
        fill_secret_hash=None,
    )
)
