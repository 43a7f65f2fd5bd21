# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class UserPoolTokenSessionConfigType(Boto3Dicts):
    """The pool-wide token session settings for a user pool."""

    max_per_user: int
    """The maximum number of active token sessions that a user can have across the user pool. The
    minimum value is `1` and the maximum value is `100`. The default is `20`. When a user
    reaches this limit, the next successful authentication automatically evicts that user's
    least recently used token session before it creates the new session. Lowering this value
    doesn't evict existing sessions on its own; the user is brought back within the limit on
    their next sign-in."""


def serialize_UserPoolTokenSessionConfigType(v: UserPoolTokenSessionConfigType) -> str:
    out = ['{"MaxPerUser":', int.__repr__(v.max_per_user)]
    out.append("}")
    return "".join(out)


def secrets_UserPoolTokenSessionConfigType(
    v: UserPoolTokenSessionConfigType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UserPoolTokenSessionConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UserPoolTokenSessionConfigType, path, problems, required)
    if v is None:
        return
    if not (type(v.max_per_user) is int and 1 <= v.max_per_user <= 100):
        _v.check_int(
            v.max_per_user,
            _v.join(path, "max_per_user"),
            problems,
            required=True,
            minimum=1,
            maximum=100,
        )


def parse_UserPoolTokenSessionConfigType(
    value: object, path: str
) -> UserPoolTokenSessionConfigType:
    m = _s.expect_object(value, path)
    x = m.get("MaxPerUser")
    if x is None:
        raise _s.missing(path + ".MaxPerUser")
    f_max_per_user = _s.parse_int(x, path + ".MaxPerUser")
    obj = _dc.new(UserPoolTokenSessionConfigType)
    obj.max_per_user = f_max_per_user
    return obj
