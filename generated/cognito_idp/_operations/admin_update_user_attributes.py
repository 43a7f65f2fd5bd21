# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminUpdateUserAttributes: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_type import AttributeType


@_dc.dataclass(kw_only=True)
class AdminUpdateUserAttributesRequest(Boto3Dicts):
    """Represents the request to update the user's attributes as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to update user attributes."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    user_attributes: Sequence[AttributeType]
    """An array of name-value pairs representing user attributes.

    For custom attributes, you must prepend the `custom:` prefix to the attribute name.

    If your user pool requires verification before Amazon Cognito updates an attribute value
    that you specify in this request, Amazon Cognito doesn't immediately update the value of
    that attribute. After your user receives and responds to a verification message to verify
    the new value, Amazon Cognito updates the attribute value. Your user can sign in and
    receive messages with the original attribute value until they verify the new value.

    To skip the verification message and update the value of an attribute that requires
    verification in the same API request, include the `email_verified` or
    `phone_number_verified` attribute, with a value of `true`. If you set the `email_verified`
    or `phone_number_verified` value for an `email` or `phone_number` attribute that requires
    verification to `true`, Amazon Cognito doesn't send a verification message to your user."""

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


def serialize_AdminUpdateUserAttributesRequest(v: AdminUpdateUserAttributesRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (
        ',"UserAttributes":',
        "["
        + ",".join([_shapes_attribute_type.serialize_AttributeType(x) for x in v.user_attributes])
        + "]",
    )
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


def secrets_AdminUpdateUserAttributesRequest(
    v: AdminUpdateUserAttributesRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)
    for user_attributes_item in v.user_attributes:
        _shapes_attribute_type.secrets_AttributeType(user_attributes_item, out)


def check_AdminUpdateUserAttributesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminUpdateUserAttributesRequest, path, problems, required)
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
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    _v.check_list(
        v.user_attributes,
        _v.join(path, "user_attributes"),
        problems,
        required=True,
        item=lambda x, p: _shapes_attribute_type.check_AttributeType(x, p, problems, required=True),
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
class AdminUpdateUserAttributesResponse(Boto3Dicts):
    """Represents the response from the server for the request to update user attributes as an
    administrator."""


def parse_AdminUpdateUserAttributesResponse(
    value: object, path: str
) -> AdminUpdateUserAttributesResponse:
    _s.expect_object(value, path)
    return AdminUpdateUserAttributesResponse()


Request = AdminUpdateUserAttributesRequest
"""The request dataclass of AdminUpdateUserAttributes."""


OPERATION: OperationSpec[AdminUpdateUserAttributesRequest, AdminUpdateUserAttributesResponse] = (
    OperationSpec(
        name="AdminUpdateUserAttributes",
        validate=check_AdminUpdateUserAttributesRequest,
        serialize=serialize_AdminUpdateUserAttributesRequest,
        parse=parse_AdminUpdateUserAttributesResponse,
        signed=True,
        secrets=secrets_AdminUpdateUserAttributesRequest,
        fill_secret_hash=None,
    )
)
