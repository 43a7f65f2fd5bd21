# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetSigningCertificate: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class GetSigningCertificateRequest(Boto3Dicts):
    """Request to get a signing certificate from Amazon Cognito."""

    user_pool_id: str
    """The ID of the user pool where you want to view the signing certificate."""


def serialize_GetSigningCertificateRequest(v: GetSigningCertificateRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_GetSigningCertificateRequest(
    v: GetSigningCertificateRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetSigningCertificateRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetSigningCertificateRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )


@_dc.dataclass(kw_only=True)
class GetSigningCertificateResponse(Boto3Dicts):
    """Response from Amazon Cognito for a signing certificate request."""

    certificate: str | None = None
    """The x.509 certificate that signs SAML 2.0 authentication requests for your user pool."""


def parse_GetSigningCertificateResponse(value: object, path: str) -> GetSigningCertificateResponse:
    m = _s.expect_object(value, path)
    x = m.get("Certificate")
    f_certificate = None if x is None else _s.parse_str(x, path + ".Certificate")
    obj = _dc.new(GetSigningCertificateResponse)
    obj.certificate = f_certificate
    return obj


Request = GetSigningCertificateRequest
"""The request dataclass of GetSigningCertificate."""


OPERATION: OperationSpec[GetSigningCertificateRequest, GetSigningCertificateResponse] = (
    OperationSpec(
        name="GetSigningCertificate",
        validate=check_GetSigningCertificateRequest,
        serialize=serialize_GetSigningCertificateRequest,
        parse=parse_GetSigningCertificateResponse,
        signed=True,
        secrets=secrets_GetSigningCertificateRequest,
        fill_secret_hash=None,
    )
)
