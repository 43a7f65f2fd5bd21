# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateUserAttributes: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from cognito_idp._shapes import code_delivery_details_type as _shapes_code_delivery_details_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.code_delivery_details_type import CodeDeliveryDetailsType


@_dc.dataclass(kw_only=True)
class UpdateUserAttributesRequest(Boto3Dicts):
    """Represents the request to update user attributes."""

    user_attributes: Sequence[AttributeType]
    """An array of name-value pairs representing user attributes.

    For custom attributes, you must add a `custom:` prefix to the attribute name.

    If you have set an attribute to require verification before Amazon Cognito updates its
    value, this request doesn't immediately update the value of that attribute. After your
    user receives and responds to a verification message to verify the new value, Amazon
    Cognito updates the attribute value. Your user can sign in and receive messages with the
    original attribute value until they verify the new value."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

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


def serialize_UpdateUserAttributesRequest(v: UpdateUserAttributesRequest) -> str:
    out = [
        '{"UserAttributes":',
        "["
        + ",".join([_shapes_attribute_type.serialize_AttributeType(x) for x in v.user_attributes])
        + "]",
    ]
    out += (',"AccessToken":', _s.json_str(v.access_token))
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


def secrets_UpdateUserAttributesRequest(v: UpdateUserAttributesRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    for user_attributes_item in v.user_attributes:
        _shapes_attribute_type.secrets_AttributeType(user_attributes_item, out)
    out.append(v.access_token)


def check_UpdateUserAttributesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateUserAttributesRequest, path, problems, required)
    if v is None:
        return
    _v.check_list(
        v.user_attributes,
        _v.join(path, "user_attributes"),
        problems,
        required=True,
        item=lambda x, p: _shapes_attribute_type.check_AttributeType(x, p, problems, required=True),
    )
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
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
class UpdateUserAttributesResponse(Boto3Dicts):
    """Represents the response from the server for the request to update user attributes."""

    code_delivery_details_list: list[CodeDeliveryDetailsType] | None = None
    """When the attribute-update request includes an email address or phone number attribute,
    Amazon Cognito sends a message to users with a code that confirms ownership of the new
    value that they entered. The `CodeDeliveryDetails` object is information about the
    delivery destination for that link or code. This behavior happens in user pools configured
    to automatically verify changes to those attributes. For more information, see Verifying
    when users change their email or phone number
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#verifying-when-users-change-their-email-or-phone-number)."""


def parse_UpdateUserAttributesResponse(value: object, path: str) -> UpdateUserAttributesResponse:
    m = _s.expect_object(value, path)
    x = m.get("CodeDeliveryDetailsList")
    f_code_delivery_details_list = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".CodeDeliveryDetailsList",
            lambda x, p: _shapes_code_delivery_details_type.parse_CodeDeliveryDetailsType(x, p),
        )
    )
    obj = _dc.new(UpdateUserAttributesResponse)
    obj.code_delivery_details_list = f_code_delivery_details_list
    return obj


Request = UpdateUserAttributesRequest
"""The request dataclass of UpdateUserAttributes."""


OPERATION: OperationSpec[UpdateUserAttributesRequest, UpdateUserAttributesResponse] = OperationSpec(
    name="UpdateUserAttributes",
    validate=check_UpdateUserAttributesRequest,
    serialize=serialize_UpdateUserAttributesRequest,
    parse=parse_UpdateUserAttributesResponse,
    signed=False,
    secrets=secrets_UpdateUserAttributesRequest,
    fill_secret_hash=None,
)
