# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminListUserSessions: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import session_description_type as _shapes_session_description_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.session_description_type import SessionDescriptionType


@_dc.dataclass(kw_only=True)
class AdminListUserSessionsRequest(Boto3Dicts):
    """The AdminListUserSessionsRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the user."""

    username: str = _dc.field(repr=False)
    """The username of the user whose sessions you want to list."""

    next_token: str | None = None
    """A pagination token that Amazon Cognito returned in a previous response. Use this value to
    retrieve the next page of results if a `NextToken` was included in a prior response."""


def serialize_AdminListUserSessionsRequest(v: AdminListUserSessionsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_AdminListUserSessionsRequest(
    v: AdminListUserSessionsRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminListUserSessionsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminListUserSessionsRequest, path, problems, required)
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
    if v.next_token is not None and not (
        type(v.next_token) is str and 1 <= len(v.next_token) <= 131072
    ):
        _v.check_str(
            v.next_token,
            _v.join(path, "next_token"),
            problems,
            required=False,
            min_len=1,
            max_len=131072,
        )


@_dc.dataclass(kw_only=True)
class AdminListUserSessionsResponse(Boto3Dicts):
    """The AdminListUserSessionsResponse structure."""

    sessions: list[SessionDescriptionType] | None = None
    """A list of the user's active sessions. Each element describes one token session or SSO
    session."""

    next_token: str | None = None
    """The pagination token to use in a subsequent request to retrieve the next page of results."""


def parse_AdminListUserSessionsResponse(value: object, path: str) -> AdminListUserSessionsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Sessions")
    f_sessions = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".Sessions",
            lambda x, p: _shapes_session_description_type.parse_SessionDescriptionType(x, p),
        )
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(AdminListUserSessionsResponse)
    obj.sessions = f_sessions
    obj.next_token = f_next_token
    return obj


Request = AdminListUserSessionsRequest
"""The request dataclass of AdminListUserSessions."""


OPERATION: OperationSpec[AdminListUserSessionsRequest, AdminListUserSessionsResponse] = (
    OperationSpec(
        name="AdminListUserSessions",
        validate=check_AdminListUserSessionsRequest,
        serialize=serialize_AdminListUserSessionsRequest,
        parse=parse_AdminListUserSessionsResponse,
        signed=True,
        secrets=secrets_AdminListUserSessionsRequest,
        fill_secret_hash=None,
    )
)
