# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""VerifyUserAttribute: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class VerifyUserAttributeRequest(Boto3Dicts):
    """Represents the request to verify user attributes."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    attribute_name: str
    """The name of the attribute that you want to verify."""

    code: str = _dc.field(repr=False)
    """The verification code that your user pool sent to the added or changed attribute, for
    example the user's email address."""


def serialize_VerifyUserAttributeRequest(v: VerifyUserAttributeRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"AttributeName":', _s.json_str(v.attribute_name))
    out += (',"Code":', _s.json_str(v.code))
    out.append("}")
    return "".join(out)


def secrets_VerifyUserAttributeRequest(v: VerifyUserAttributeRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)
    out.append(v.code)


def check_VerifyUserAttributeRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, VerifyUserAttributeRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
    if not (type(v.attribute_name) is str and 1 <= len(v.attribute_name) <= 32):
        _v.check_str(
            v.attribute_name,
            _v.join(path, "attribute_name"),
            problems,
            required=True,
            min_len=1,
            max_len=32,
        )
    if not (type(v.code) is str and 1 <= len(v.code) <= 2048):
        _v.check_str(
            v.code, _v.join(path, "code"), problems, required=True, min_len=1, max_len=2048
        )


@_dc.dataclass(kw_only=True)
class VerifyUserAttributeResponse(Boto3Dicts):
    """A container representing the response from the server from the request to verify user
    attributes."""


def parse_VerifyUserAttributeResponse(value: object, path: str) -> VerifyUserAttributeResponse:
    _s.expect_object(value, path)
    return VerifyUserAttributeResponse()


Request = VerifyUserAttributeRequest
"""The request dataclass of VerifyUserAttribute."""


OPERATION: OperationSpec[VerifyUserAttributeRequest, VerifyUserAttributeResponse] = OperationSpec(
    name="VerifyUserAttribute",
    validate=check_VerifyUserAttributeRequest,
    serialize=serialize_VerifyUserAttributeRequest,
    parse=parse_VerifyUserAttributeResponse,
    signed=False,
    secrets=secrets_VerifyUserAttributeRequest,
    fill_secret_hash=None,
)
