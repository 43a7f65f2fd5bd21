# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUserAttributeVerificationCode: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import code_delivery_details_type as _shapes_code_delivery_details_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.code_delivery_details_type import CodeDeliveryDetailsType


@_dc.dataclass(kw_only=True)
class GetUserAttributeVerificationCodeRequest(Boto3Dicts):
    """Represents the request to get user attribute verification."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    attribute_name: str
    """The name of the attribute that the user wants to verify, for example `email`."""

    client_metadata: Mapping[str, str] | None = None
    """A map of custom key-value pairs that you can provide as input for any custom workflows
    that this action triggers. You create custom workflows by assigning Lambda functions to
    user pool triggers.

    When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the
    function receives as input. This payload contains a `clientMetadata` attribute that
    provides the data that you assigned to the ClientMetadata parameter in your request. In
    your function code, you can process the `clientMetadata` value to enhance your workflow
    for your specific needs.

    To review the Lambda trigger types that Amazon Cognito invokes at runtime with API
    requests, see Connecting API actions to Lambda triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
    in the Amazon Cognito Developer Guide.

    Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the
    following:

    - Store the `ClientMetadata` value. This data is available only to Lambda triggers that
      are assigned to a user pool to support custom workflows. If your user pool configuration
      doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    - Validate the `ClientMetadata` value.
    - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter."""


def serialize_GetUserAttributeVerificationCodeRequest(
    v: GetUserAttributeVerificationCodeRequest,
) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"AttributeName":', _s.json_str(v.attribute_name))
    if v.client_metadata is not None:
        out += (
            ',"ClientMetadata":',
            "{"
            + ",".join(
                [_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.client_metadata.items()]
            )
            + "}",
        )
    out.append("}")
    return "".join(out)


def secrets_GetUserAttributeVerificationCodeRequest(
    v: GetUserAttributeVerificationCodeRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_GetUserAttributeVerificationCodeRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetUserAttributeVerificationCodeRequest, path, problems, required)
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
    if v.client_metadata is not None:
        _v.check_map(
            v.client_metadata,
            _v.join(path, "client_metadata"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=131072),
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
        )


@_dc.dataclass(kw_only=True)
class GetUserAttributeVerificationCodeResponse(Boto3Dicts):
    """The verification code response returned by the server response to get the user attribute
    verification code."""

    code_delivery_details: CodeDeliveryDetailsType | None = None
    """Information about the delivery destination of the user attribute verification code."""


def parse_GetUserAttributeVerificationCodeResponse(
    value: object, path: str
) -> GetUserAttributeVerificationCodeResponse:
    m = _s.expect_object(value, path)
    x = m.get("CodeDeliveryDetails")
    f_code_delivery_details = (
        None
        if x is None
        else _shapes_code_delivery_details_type.parse_CodeDeliveryDetailsType(
            x, path + ".CodeDeliveryDetails"
        )
    )
    obj = _dc.new(GetUserAttributeVerificationCodeResponse)
    obj.code_delivery_details = f_code_delivery_details
    return obj


Request = GetUserAttributeVerificationCodeRequest
"""The request dataclass of GetUserAttributeVerificationCode."""


OPERATION: OperationSpec[
    GetUserAttributeVerificationCodeRequest, GetUserAttributeVerificationCodeResponse
] = OperationSpec(
    name="GetUserAttributeVerificationCode",
    validate=check_GetUserAttributeVerificationCodeRequest,
    serialize=serialize_GetUserAttributeVerificationCodeRequest,
    parse=parse_GetUserAttributeVerificationCodeResponse,
    signed=False,
    secrets=secrets_GetUserAttributeVerificationCodeRequest,
    fill_secret_hash=None,
)
