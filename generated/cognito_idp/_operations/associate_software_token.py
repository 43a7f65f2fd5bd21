# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AssociateSoftwareToken: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class AssociateSoftwareTokenRequest(Boto3Dicts):
    """The AssociateSoftwareTokenRequest structure."""

    access_token: str | None = _dc.field(default=None, repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`.

    You can provide either an access token or a session ID in the request."""

    session: str | None = _dc.field(default=None, repr=False)
    """The session identifier that maintains the state of authentication requests and challenge
    responses. In `AssociateSoftwareToken`, this is the session ID from a successful sign-in.
    You can provide either an access token or a session ID in the request."""


def serialize_AssociateSoftwareTokenRequest(v: AssociateSoftwareTokenRequest) -> str:
    out: list[str] = []
    if v.access_token is not None:
        out += (',"AccessToken":', _s.json_str(v.access_token))
    if v.session is not None:
        out += (',"Session":', _s.json_str(v.session))
    return "{" + "".join(out)[1:] + "}"


def secrets_AssociateSoftwareTokenRequest(
    v: AssociateSoftwareTokenRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)
    out.append(v.session)


def check_AssociateSoftwareTokenRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AssociateSoftwareTokenRequest, path, problems, required)
    if v is None:
        return
    if v.access_token is not None and type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=False)
    if v.session is not None and not (type(v.session) is str and 20 <= len(v.session) <= 4096):
        _v.check_str(
            v.session, _v.join(path, "session"), problems, required=False, min_len=20, max_len=4096
        )


@_dc.dataclass(kw_only=True)
class AssociateSoftwareTokenResponse(Boto3Dicts):
    """The AssociateSoftwareTokenResponse structure."""

    secret_code: str | None = _dc.field(default=None, repr=False)
    """A unique generated shared secret code that is used by the TOTP algorithm to generate a
    one-time code."""

    session: str | None = _dc.field(default=None, repr=False)
    """The session identifier that maintains the state of authentication requests and challenge
    responses."""


def parse_AssociateSoftwareTokenResponse(
    value: object, path: str
) -> AssociateSoftwareTokenResponse:
    m = _s.expect_object(value, path)
    x = m.get("SecretCode")
    f_secret_code = None if x is None else _s.parse_str(x, path + ".SecretCode")
    x = m.get("Session")
    f_session = None if x is None else _s.parse_str(x, path + ".Session")
    obj = _dc.new(AssociateSoftwareTokenResponse)
    obj.secret_code = f_secret_code
    obj.session = f_session
    return obj


Request = AssociateSoftwareTokenRequest
"""The request dataclass of AssociateSoftwareToken."""


OPERATION: OperationSpec[AssociateSoftwareTokenRequest, AssociateSoftwareTokenResponse] = (
    OperationSpec(
        name="AssociateSoftwareToken",
        validate=check_AssociateSoftwareTokenRequest,
        serialize=serialize_AssociateSoftwareTokenRequest,
        parse=parse_AssociateSoftwareTokenResponse,
        signed=False,
        secrets=secrets_AssociateSoftwareTokenRequest,
        fill_secret_hash=None,
    )
)
