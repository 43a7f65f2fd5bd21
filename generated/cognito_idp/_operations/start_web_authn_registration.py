# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""StartWebAuthnRegistration: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import signature_types as _types
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class StartWebAuthnRegistrationRequest(Boto3Dicts):
    """The StartWebAuthnRegistrationRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_StartWebAuthnRegistrationRequest(v: StartWebAuthnRegistrationRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out.append("}")
    return "".join(out)


def secrets_StartWebAuthnRegistrationRequest(
    v: StartWebAuthnRegistrationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_StartWebAuthnRegistrationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, StartWebAuthnRegistrationRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


@_dc.dataclass(kw_only=True)
class StartWebAuthnRegistrationResponse(Boto3Dicts):
    """The StartWebAuthnRegistrationResponse structure."""

    credential_creation_options: _types.Document
    """The information that a user can provide in their request to register with their passkey
    provider."""


def parse_StartWebAuthnRegistrationResponse(
    value: object, path: str
) -> StartWebAuthnRegistrationResponse:
    m = _s.expect_object(value, path)
    x = m.get("CredentialCreationOptions")
    if x is None:
        raise _s.missing(path + ".CredentialCreationOptions")
    f_credential_creation_options = _s.parse_document(x, path + ".CredentialCreationOptions")
    obj = _dc.new(StartWebAuthnRegistrationResponse)
    obj.credential_creation_options = f_credential_creation_options
    return obj


Request = StartWebAuthnRegistrationRequest
"""The request dataclass of StartWebAuthnRegistration."""


OPERATION: OperationSpec[StartWebAuthnRegistrationRequest, StartWebAuthnRegistrationResponse] = (
    OperationSpec(
        name="StartWebAuthnRegistration",
        validate=check_StartWebAuthnRegistrationRequest,
        serialize=serialize_StartWebAuthnRegistrationRequest,
        parse=parse_StartWebAuthnRegistrationResponse,
        signed=False,
        secrets=secrets_StartWebAuthnRegistrationRequest,
        fill_secret_hash=None,
    )
)
