# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import time_units_type as _shapes_time_units_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.time_units_type import TimeUnitsType, TimeUnitsTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class TokenValidityUnitsType(Boto3Dicts):
    """The time units that, with `IdTokenValidity`, `AccessTokenValidity`, and
    `RefreshTokenValidity`, set and display the duration of ID, access, and refresh tokens for
    an app client. You can assign a separate token validity unit to each type of token."""

    access_token: TimeUnitsType | TimeUnitsTypeValue | Unmodelled | None = None
    """A time unit for the value that you set in the `AccessTokenValidity` parameter. The default
    `AccessTokenValidity` time unit is `hours`. `AccessTokenValidity` duration can range from
    five minutes to one day."""

    id_token: TimeUnitsType | TimeUnitsTypeValue | Unmodelled | None = None
    """A time unit for the value that you set in the `IdTokenValidity` parameter. The default
    `IdTokenValidity` time unit is `hours`. `IdTokenValidity` duration can range from five
    minutes to one day."""

    refresh_token: TimeUnitsType | TimeUnitsTypeValue | Unmodelled | None = None
    """A time unit for the value that you set in the `RefreshTokenValidity` parameter. The
    default `RefreshTokenValidity` time unit is `days`. `RefreshTokenValidity` duration can
    range from 60 minutes to 10 years."""


def serialize_TokenValidityUnitsType(v: TokenValidityUnitsType) -> str:
    out: list[str] = []
    if v.access_token is not None:
        out += (',"AccessToken":', _s.json_str(v.access_token))
    if v.id_token is not None:
        out += (',"IdToken":', _s.json_str(v.id_token))
    if v.refresh_token is not None:
        out += (',"RefreshToken":', _s.json_str(v.refresh_token))
    return "{" + "".join(out)[1:] + "}"


def secrets_TokenValidityUnitsType(v: TokenValidityUnitsType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_TokenValidityUnitsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, TokenValidityUnitsType, path, problems, required)
    if v is None:
        return
    if v.access_token is not None and type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=False)
    if v.id_token is not None and type(v.id_token) is not str:
        _v.check_str(v.id_token, _v.join(path, "id_token"), problems, required=False)
    if v.refresh_token is not None and type(v.refresh_token) is not str:
        _v.check_str(v.refresh_token, _v.join(path, "refresh_token"), problems, required=False)


def parse_TokenValidityUnitsType(value: object, path: str) -> TokenValidityUnitsType:
    m = _s.expect_object(value, path)
    x = m.get("AccessToken")
    f_access_token = (
        None
        if x is None
        else _s.parse_enum(_shapes_time_units_type.TimeUnitsType, x, path + ".AccessToken")
    )
    x = m.get("IdToken")
    f_id_token = (
        None
        if x is None
        else _s.parse_enum(_shapes_time_units_type.TimeUnitsType, x, path + ".IdToken")
    )
    x = m.get("RefreshToken")
    f_refresh_token = (
        None
        if x is None
        else _s.parse_enum(_shapes_time_units_type.TimeUnitsType, x, path + ".RefreshToken")
    )
    obj = _dc.new(TokenValidityUnitsType)
    obj.access_token = f_access_token
    obj.id_token = f_id_token
    obj.refresh_token = f_refresh_token
    return obj
