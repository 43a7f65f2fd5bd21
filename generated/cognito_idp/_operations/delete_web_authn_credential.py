# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteWebAuthnCredential: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteWebAuthnCredentialRequest(Boto3Dicts):
    """The DeleteWebAuthnCredentialRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    credential_id: str
    """The unique identifier of the passkey that you want to delete."""


def serialize_DeleteWebAuthnCredentialRequest(v: DeleteWebAuthnCredentialRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"CredentialId":', _s.json_str(v.credential_id))
    out.append("}")
    return "".join(out)


def secrets_DeleteWebAuthnCredentialRequest(
    v: DeleteWebAuthnCredentialRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_DeleteWebAuthnCredentialRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteWebAuthnCredentialRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
    if not (type(v.credential_id) is str and 0 <= len(v.credential_id) <= 131072):
        _v.check_str(
            v.credential_id,
            _v.join(path, "credential_id"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )


@_dc.dataclass(kw_only=True)
class DeleteWebAuthnCredentialResponse(Boto3Dicts):
    """The DeleteWebAuthnCredentialResponse structure."""


def parse_DeleteWebAuthnCredentialResponse(
    value: object, path: str
) -> DeleteWebAuthnCredentialResponse:
    _s.expect_object(value, path)
    return DeleteWebAuthnCredentialResponse()


Request = DeleteWebAuthnCredentialRequest
"""The request dataclass of DeleteWebAuthnCredential."""


OPERATION: OperationSpec[DeleteWebAuthnCredentialRequest, DeleteWebAuthnCredentialResponse] = (
    OperationSpec(
        name="DeleteWebAuthnCredential",
        validate=check_DeleteWebAuthnCredentialRequest,
        serialize=serialize_DeleteWebAuthnCredentialRequest,
        parse=parse_DeleteWebAuthnCredentialResponse,
        signed=False,
        secrets=secrets_DeleteWebAuthnCredentialRequest,
        fill_secret_hash=None,
    )
)
