# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""CompleteWebAuthnRegistration: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import signature_types as _types
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class CompleteWebAuthnRegistrationRequest(Boto3Dicts):
    """The CompleteWebAuthnRegistrationRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    credential: _types.Document
    """A RegistrationResponseJSON
    (https://www.w3.org/TR/WebAuthn-3/#dictdef-registrationresponsejson) public-key credential
    response from the user's passkey provider."""


def serialize_CompleteWebAuthnRegistrationRequest(v: CompleteWebAuthnRegistrationRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"Credential":', _s.json_document(v.credential))
    out.append("}")
    return "".join(out)


def secrets_CompleteWebAuthnRegistrationRequest(
    v: CompleteWebAuthnRegistrationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_CompleteWebAuthnRegistrationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CompleteWebAuthnRegistrationRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
    _v.check_document(v.credential, _v.join(path, "credential"), problems, required=True)


@_dc.dataclass(kw_only=True)
class CompleteWebAuthnRegistrationResponse(Boto3Dicts):
    """The CompleteWebAuthnRegistrationResponse structure."""


def parse_CompleteWebAuthnRegistrationResponse(
    value: object, path: str
) -> CompleteWebAuthnRegistrationResponse:
    _s.expect_object(value, path)
    return CompleteWebAuthnRegistrationResponse()


Request = CompleteWebAuthnRegistrationRequest
"""The request dataclass of CompleteWebAuthnRegistration."""


OPERATION: OperationSpec[
    CompleteWebAuthnRegistrationRequest, CompleteWebAuthnRegistrationResponse
] = OperationSpec(
    name="CompleteWebAuthnRegistration",
    validate=check_CompleteWebAuthnRegistrationRequest,
    serialize=serialize_CompleteWebAuthnRegistrationRequest,
    parse=parse_CompleteWebAuthnRegistrationResponse,
    signed=False,
    secrets=secrets_CompleteWebAuthnRegistrationRequest,
    fill_secret_hash=None,
)
