# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class ClientSSOSessionConfigType(Boto3Dicts):
    """The SSO session settings for a user pool app client."""

    max_validity_minutes: int
    """The maximum amount of time, in minutes, that this app client silently reuses an existing
    SSO session, returning a new set of tokens without requiring the user to re-authenticate,
    measured from the user's last fresh authentication. The minimum value is `0` and the
    maximum value is `129600` (90 days). The default is `60`. A value of `0` means that this
    app client never silently reuses the SSO session and always re-authenticates the user. The
    SSO session record and its cookie are still created regardless of this value, and other
    app clients in the same user pool can still reuse the session."""


def serialize_ClientSSOSessionConfigType(v: ClientSSOSessionConfigType) -> str:
    out = ['{"MaxValidityMinutes":', int.__repr__(v.max_validity_minutes)]
    out.append("}")
    return "".join(out)


def secrets_ClientSSOSessionConfigType(v: ClientSSOSessionConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ClientSSOSessionConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ClientSSOSessionConfigType, path, problems, required)
    if v is None:
        return
    if not (type(v.max_validity_minutes) is int and 0 <= v.max_validity_minutes <= 129600):
        _v.check_int(
            v.max_validity_minutes,
            _v.join(path, "max_validity_minutes"),
            problems,
            required=True,
            minimum=0,
            maximum=129600,
        )


def parse_ClientSSOSessionConfigType(value: object, path: str) -> ClientSSOSessionConfigType:
    m = _s.expect_object(value, path)
    x = m.get("MaxValidityMinutes")
    if x is None:
        raise _s.missing(path + ".MaxValidityMinutes")
    f_max_validity_minutes = _s.parse_int(x, path + ".MaxValidityMinutes")
    obj = _dc.new(ClientSSOSessionConfigType)
    obj.max_validity_minutes = f_max_validity_minutes
    return obj
