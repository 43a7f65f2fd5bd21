# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUserPoolSessionConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec
from aws_runtime.static_typing import TYPE_CHECKING
from cognito_idp._shapes import (
    user_pool_token_session_config_type as _shapes_user_pool_token_session_config_type,
)
from cognito_idp._shapes import user_session_tracking_type as _shapes_user_session_tracking_type

if TYPE_CHECKING:
    from aws_runtime.enums import Unmodelled
    from cognito_idp._shapes.user_pool_token_session_config_type import (
        UserPoolTokenSessionConfigType,
    )
    from cognito_idp._shapes.user_session_tracking_type import UserSessionTrackingType


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class GetUserPoolSessionConfigurationRequest:
    """The GetUserPoolSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to retrieve the session configuration."""

    def __init__(
        self,
        *,
        user_pool_id: str,
    ) -> None:
        self.user_pool_id = user_pool_id

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(user_pool_id={self.user_pool_id!r})"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetUserPoolSessionConfigurationRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.user_pool_id,) == (other.user_pool_id,)


def serialize_GetUserPoolSessionConfigurationRequest(
    v: GetUserPoolSessionConfigurationRequest,
) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_GetUserPoolSessionConfigurationRequest(
    v: GetUserPoolSessionConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetUserPoolSessionConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetUserPoolSessionConfigurationRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(v.user_pool_id, _v.join(path, "user_pool_id"), problems, True, 1, 55)


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class GetUserPoolSessionConfigurationResponse:
    """The GetUserPoolSessionConfigurationResponse structure."""

    user_pool_id: str | None = None
    """The ID of the user pool that the session configuration applies to."""

    user_session_tracking: UserSessionTrackingType | Unmodelled | None = None
    """Indicates whether session tracking is enabled for the user pool."""

    token_session: UserPoolTokenSessionConfigType | None = None
    """The pool-wide token session settings for the user pool."""

    def __init__(
        self,
        *,
        user_pool_id: str | None = None,
        user_session_tracking: UserSessionTrackingType | Unmodelled | None = None,
        token_session: UserPoolTokenSessionConfigType | None = None,
    ) -> None:
        self.user_pool_id = user_pool_id
        self.user_session_tracking = user_session_tracking
        self.token_session = token_session

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(user_pool_id={self.user_pool_id!r}, user_session_tracking={self.user_session_tracking!r}, token_session={self.token_session!r})"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, GetUserPoolSessionConfigurationResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (
            self.user_pool_id,
            self.user_session_tracking,
            self.token_session,
        ) == (
            other.user_pool_id,
            other.user_session_tracking,
            other.token_session,
        )


def parse_GetUserPoolSessionConfigurationResponse(
    value: object, path: str
) -> GetUserPoolSessionConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("UserSessionTracking")
    f_user_session_tracking = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_user_session_tracking_type.UserSessionTrackingType,
            x,
            path + ".UserSessionTracking",
        )
    )
    x = m.get("TokenSession")
    f_token_session = (
        None
        if x is None
        else _shapes_user_pool_token_session_config_type.parse_UserPoolTokenSessionConfigType(
            x, path + ".TokenSession"
        )
    )
    obj = _dc.new(GetUserPoolSessionConfigurationResponse)
    obj.user_pool_id = f_user_pool_id
    obj.user_session_tracking = f_user_session_tracking
    obj.token_session = f_token_session
    return obj


Request = GetUserPoolSessionConfigurationRequest
"""The request dataclass of GetUserPoolSessionConfiguration."""


def new_request(user_pool_id: str) -> GetUserPoolSessionConfigurationRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(GetUserPoolSessionConfigurationRequest)
    _req.user_pool_id = user_pool_id
    return _req


OPERATION: OperationSpec[
    GetUserPoolSessionConfigurationRequest, GetUserPoolSessionConfigurationResponse
] = OperationSpec(
    name="GetUserPoolSessionConfiguration",
    validate=check_GetUserPoolSessionConfigurationRequest,
    serialize=serialize_GetUserPoolSessionConfigurationRequest,
    parse=parse_GetUserPoolSessionConfigurationResponse,
    signed=True,
    secrets=secrets_GetUserPoolSessionConfigurationRequest,
    fill_secret_hash=None,
)
