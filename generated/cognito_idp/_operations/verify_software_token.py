# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""VerifySoftwareToken: its request and response, and how they travel."""

from __future__ import annotations

import enum

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from typedaws_runtime.enums import Unmodelled


class VerifySoftwareTokenResponseType(enum.StrEnum):
    """The values of VerifySoftwareTokenResponseType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SUCCESS = "SUCCESS"
    ERROR = "ERROR"


if TYPE_CHECKING:
    VerifySoftwareTokenResponseTypeValue: TypeAlias = Literal["SUCCESS", "ERROR"]
    """The values of VerifySoftwareTokenResponseType as literal strings, for type checkers: an
    input typed ``VerifySoftwareTokenResponseType | VerifySoftwareTokenResponseTypeValue |
    Unmodelled`` takes ``VerifySoftwareTokenResponseType.SUCCESS`` or ``'SUCCESS'``, and a
    type checker reports a misspelt value. ``str`` at run time."""
else:
    VerifySoftwareTokenResponseTypeValue = str


@_dc.dataclass(kw_only=True)
class VerifySoftwareTokenRequest(Boto3Dicts):
    """The VerifySoftwareTokenRequest structure."""

    user_code: str = _dc.field(repr=False)
    """A TOTP that the user generated in their configured authenticator app."""

    access_token: str | None = _dc.field(default=None, repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    session: str | None = _dc.field(default=None, repr=False)
    """The session ID from an `AssociateSoftwareToken` request."""

    friendly_device_name: str | None = None
    """A friendly name for the device that's running the TOTP authenticator."""


def serialize_VerifySoftwareTokenRequest(v: VerifySoftwareTokenRequest) -> str:
    out: list[str] = []
    if v.access_token is not None:
        out += (',"AccessToken":', _s.json_str(v.access_token))
    if v.session is not None:
        out += (',"Session":', _s.json_str(v.session))
    out += (',"UserCode":', _s.json_str(v.user_code))
    if v.friendly_device_name is not None:
        out += (',"FriendlyDeviceName":', _s.json_str(v.friendly_device_name))
    return "{" + "".join(out)[1:] + "}"


def secrets_VerifySoftwareTokenRequest(v: VerifySoftwareTokenRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)
    out.append(v.session)
    out.append(v.user_code)


def check_VerifySoftwareTokenRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, VerifySoftwareTokenRequest, path, problems, required)
    if v is None:
        return
    if v.access_token is not None and type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=False)
    if v.session is not None and not (type(v.session) is str and 20 <= len(v.session) <= 4096):
        _v.check_str(
            v.session, _v.join(path, "session"), problems, required=False, min_len=20, max_len=4096
        )
    if not (type(v.user_code) is str and 6 <= len(v.user_code) <= 6):
        _v.check_str(
            v.user_code, _v.join(path, "user_code"), problems, required=True, min_len=6, max_len=6
        )
    if v.friendly_device_name is not None and not (
        type(v.friendly_device_name) is str and 0 <= len(v.friendly_device_name) <= 131072
    ):
        _v.check_str(
            v.friendly_device_name,
            _v.join(path, "friendly_device_name"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )


@_dc.dataclass(kw_only=True)
class VerifySoftwareTokenResponse(Boto3Dicts):
    """The VerifySoftwareTokenResponse structure."""

    status: VerifySoftwareTokenResponseType | Unmodelled | None = None
    """Amazon Cognito can accept or reject the code that you provide. This response parameter
    indicates the success of TOTP verification. Some reasons that this operation might return
    an error are clock skew on the user's device and excessive retries."""

    session: str | None = _dc.field(default=None, repr=False)
    """This session ID satisfies an `MFA_SETUP` challenge. Supply the session ID in your
    challenge response."""


def parse_VerifySoftwareTokenResponse(value: object, path: str) -> VerifySoftwareTokenResponse:
    m = _s.expect_object(value, path)
    x = m.get("Status")
    f_status = (
        None if x is None else _s.parse_enum(VerifySoftwareTokenResponseType, x, path + ".Status")
    )
    x = m.get("Session")
    f_session = None if x is None else _s.parse_str(x, path + ".Session")
    obj = _dc.new(VerifySoftwareTokenResponse)
    obj.status = f_status
    obj.session = f_session
    return obj


Request = VerifySoftwareTokenRequest
"""The request dataclass of VerifySoftwareToken."""


OPERATION: OperationSpec[VerifySoftwareTokenRequest, VerifySoftwareTokenResponse] = OperationSpec(
    name="VerifySoftwareToken",
    validate=check_VerifySoftwareTokenRequest,
    serialize=serialize_VerifySoftwareTokenRequest,
    parse=parse_VerifySoftwareTokenResponse,
    signed=False,
    secrets=secrets_VerifySoftwareTokenRequest,
    fill_secret_hash=None,
)
