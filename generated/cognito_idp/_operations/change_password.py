# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ChangePassword: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class ChangePasswordRequest(Boto3Dicts):
    """Represents the request to change a user password."""

    proposed_password: str = _dc.field(repr=False)
    """A new password that you prompted the user to enter in your application."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the user whose password you want to
    change."""

    previous_password: str | None = _dc.field(default=None, repr=False)
    """The user's previous password. Required if the user has a password. If the user has no
    password and only signs in with passwordless authentication options, you can omit this
    parameter."""


def serialize_ChangePasswordRequest(v: ChangePasswordRequest) -> str:
    out: list[str] = []
    if v.previous_password is not None:
        out += (',"PreviousPassword":', _s.json_str(v.previous_password))
    out += (',"ProposedPassword":', _s.json_str(v.proposed_password))
    out += (',"AccessToken":', _s.json_str(v.access_token))
    return "{" + "".join(out)[1:] + "}"


def secrets_ChangePasswordRequest(v: ChangePasswordRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.previous_password)
    out.append(v.proposed_password)
    out.append(v.access_token)


def check_ChangePasswordRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ChangePasswordRequest, path, problems, required)
    if v is None:
        return
    if v.previous_password is not None and not (
        type(v.previous_password) is str and len(v.previous_password) <= 256
    ):
        _v.check_str(
            v.previous_password,
            _v.join(path, "previous_password"),
            problems,
            required=False,
            max_len=256,
        )
    if not (type(v.proposed_password) is str and len(v.proposed_password) <= 256):
        _v.check_str(
            v.proposed_password,
            _v.join(path, "proposed_password"),
            problems,
            required=True,
            max_len=256,
        )
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


@_dc.dataclass(kw_only=True)
class ChangePasswordResponse(Boto3Dicts):
    """The response from the server to the change password request."""


def parse_ChangePasswordResponse(value: object, path: str) -> ChangePasswordResponse:
    _s.expect_object(value, path)
    return ChangePasswordResponse()


Request = ChangePasswordRequest
"""The request dataclass of ChangePassword."""


OPERATION: OperationSpec[ChangePasswordRequest, ChangePasswordResponse] = OperationSpec(
    name="ChangePassword",
    validate=check_ChangePasswordRequest,
    serialize=serialize_ChangePasswordRequest,
    parse=parse_ChangePasswordResponse,
    signed=False,
    secrets=secrets_ChangePasswordRequest,
    fill_secret_hash=None,
)
