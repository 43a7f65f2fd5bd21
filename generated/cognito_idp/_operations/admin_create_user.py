# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminCreateUser: its request and response, and how they travel."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from cognito_idp._shapes import user_type as _shapes_user_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.delivery_medium_type import DeliveryMediumType, DeliveryMediumTypeValue
    from cognito_idp._shapes.user_type import UserType
    from typedaws_runtime.enums import Unmodelled


class MessageActionType(enum.StrEnum):
    """The values of MessageActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    RESEND = "RESEND"
    SUPPRESS = "SUPPRESS"


if TYPE_CHECKING:
    MessageActionTypeValue: TypeAlias = Literal["RESEND", "SUPPRESS"]
    """The values of MessageActionType as literal strings, for type checkers: an input typed
    ``MessageActionType | MessageActionTypeValue | Unmodelled`` takes
    ``MessageActionType.RESEND`` or ``'RESEND'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    MessageActionTypeValue = str


@_dc.dataclass(kw_only=True)
class AdminCreateUserRequest(Boto3Dicts):
    """Creates a new user in the specified user pool."""

    user_pool_id: str
    """The ID of the user pool where you want to create a user."""

    username: str = _dc.field(repr=False)
    """The value that you want to set as the username sign-in attribute. The following conditions
    apply to the username parameter.

    - The username can't be a duplicate of another username in the same user pool.
    - You can't change the value of a username after you create it.
    - You can only provide a value if usernames are a valid sign-in attribute for your user
      pool. If your user pool only supports phone numbers or email addresses as sign-in
      attributes, Amazon Cognito automatically generates a username value. For more
      information, see Customizing sign-in attributes
      (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases)."""

    user_attributes: Sequence[AttributeType] | None = None
    """An array of name-value pairs that contain user attributes and attribute values to be set
    for the user to be created. You can create a user without specifying any attributes other
    than `Username`. However, any attributes that you specify as required (when creating a
    user pool or in the Attributes tab of the console) either you should supply (in your call
    to `AdminCreateUser`) or the user should supply (when they sign up in response to your
    welcome message).

    For custom attributes, you must prepend the `custom:` prefix to the attribute name.

    To send a message inviting the user to sign up, you must specify the user's email address
    or phone number. You can do this in your call to AdminCreateUser or in the Users tab of
    the Amazon Cognito console for managing your user pools.

    You must also provide an email address or phone number when you expect the user to do
    passwordless sign-in with an email or SMS OTP. These attributes must be provided when
    passwordless options are the only available, or when you don't submit a
    `TemporaryPassword`.

    In your `AdminCreateUser` request, you can set the `email_verified` and
    `phone_number_verified` attributes to `true`. The following conditions apply:

    email
        The email address where you want the user to receive their confirmation code and
        username. You must provide a value for `email` when you want to set `email_verified`
        to `true`, or if you set `EMAIL` in the `DesiredDeliveryMediums` parameter.

    phone_number
        The phone number where you want the user to receive their confirmation code and
        username. You must provide a value for `phone_number` when you want to set
        `phone_number_verified` to `true`, or if you set `SMS` in the `DesiredDeliveryMediums`
        parameter."""

    validation_data: Sequence[AttributeType] | None = None
    """Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda
    trigger. This set of key-value pairs are for custom validation of information that you
    collect from your users but don't need to retain.

    Your Lambda function can analyze this additional data and act on it. Your function can
    automatically confirm and verify select users or perform external API operations like
    logging user attributes and validation data to Amazon CloudWatch Logs.

    For more information about the pre sign-up Lambda trigger, see Pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)."""

    temporary_password: str | None = _dc.field(default=None, repr=False)
    """The user's temporary password. This password must conform to the password policy that you
    specified when you created the user pool.

    The exception to the requirement for a password is when your user pool supports
    passwordless sign-in with email or SMS OTPs. To create a user with no password, omit this
    parameter or submit a blank value. You can only create a passwordless user when
    passwordless sign-in is available.

    The temporary password is valid only once. To complete the Admin Create User flow, the
    user must enter the temporary password in the sign-in page, along with a new password to
    be used in all future sign-ins.

    If you don't specify a value, Amazon Cognito generates one for you unless you have
    passwordless options active for your user pool.

    The temporary password can only be used until the user account expiration limit that you
    set for your user pool. To reset the account after that time limit, you must call
    `AdminCreateUser` again and specify `RESEND` for the `MessageAction` parameter."""

    force_alias_creation: bool | None = None
    """This parameter is used only if the `phone_number_verified` or `email_verified` attribute
    is set to `True`. Otherwise, it is ignored.

    If this parameter is set to `True` and the phone number or email address specified in the
    `UserAttributes` parameter already exists as an alias with a different user, this request
    migrates the alias from the previous user to the newly-created user. The previous user
    will no longer be able to log in using that alias.

    If this parameter is set to `False`, the API throws an `AliasExistsException` error if the
    alias already exists. The default value is `False`."""

    message_action: MessageActionType | MessageActionTypeValue | Unmodelled | None = None
    """Set to `RESEND` to resend the invitation message to a user that already exists, and to
    reset the temporary-password duration with a new temporary password. Set to `SUPPRESS` to
    suppress sending the message. You can specify only one value."""

    desired_delivery_mediums: (
        Sequence[DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled] | None
    ) = None
    """Specify `EMAIL` if email will be used to send the welcome message. Specify `SMS` if the
    phone number will be used. The default value is `SMS`. You can specify more than one
    value."""

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


def serialize_AdminCreateUserRequest(v: AdminCreateUserRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    if v.user_attributes is not None:
        out += (
            ',"UserAttributes":',
            "["
            + ",".join(
                [_shapes_attribute_type.serialize_AttributeType(x) for x in v.user_attributes]
            )
            + "]",
        )
    if v.validation_data is not None:
        out += (
            ',"ValidationData":',
            "["
            + ",".join(
                [_shapes_attribute_type.serialize_AttributeType(x) for x in v.validation_data]
            )
            + "]",
        )
    if v.temporary_password is not None:
        out += (',"TemporaryPassword":', _s.json_str(v.temporary_password))
    if v.force_alias_creation is not None:
        out += (',"ForceAliasCreation":', ("true" if v.force_alias_creation else "false"))
    if v.message_action is not None:
        out += (',"MessageAction":', _s.json_str(v.message_action))
    if v.desired_delivery_mediums is not None:
        out += (
            ',"DesiredDeliveryMediums":',
            "[" + ",".join(map(_s.json_str, v.desired_delivery_mediums)) + "]",
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


def secrets_AdminCreateUserRequest(v: AdminCreateUserRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)
    if v.user_attributes is not None:
        for user_attributes_item in v.user_attributes:
            _shapes_attribute_type.secrets_AttributeType(user_attributes_item, out)
    if v.validation_data is not None:
        for validation_data_item in v.validation_data:
            _shapes_attribute_type.secrets_AttributeType(validation_data_item, out)
    out.append(v.temporary_password)


def check_AdminCreateUserRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminCreateUserRequest, path, problems, required)
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
    if v.user_attributes is not None:
        _v.check_list(
            v.user_attributes,
            _v.join(path, "user_attributes"),
            problems,
            required=False,
            item=lambda x, p: _shapes_attribute_type.check_AttributeType(
                x, p, problems, required=True
            ),
        )
    if v.validation_data is not None:
        _v.check_list(
            v.validation_data,
            _v.join(path, "validation_data"),
            problems,
            required=False,
            item=lambda x, p: _shapes_attribute_type.check_AttributeType(
                x, p, problems, required=True
            ),
        )
    if v.temporary_password is not None and not (
        type(v.temporary_password) is str and len(v.temporary_password) <= 256
    ):
        _v.check_str(
            v.temporary_password,
            _v.join(path, "temporary_password"),
            problems,
            required=False,
            max_len=256,
        )
    if v.force_alias_creation is not None and type(v.force_alias_creation) is not bool:
        _v.check_bool(
            v.force_alias_creation, _v.join(path, "force_alias_creation"), problems, required=False
        )
    if v.message_action is not None and type(v.message_action) is not str:
        _v.check_str(v.message_action, _v.join(path, "message_action"), problems, required=False)
    if v.desired_delivery_mediums is not None:
        _v.check_list(
            v.desired_delivery_mediums,
            _v.join(path, "desired_delivery_mediums"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
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
class AdminCreateUserResponse(Boto3Dicts):
    """Represents the response from the server to the request to create the user."""

    user: UserType | None = None
    """The new user's profile details."""


def parse_AdminCreateUserResponse(value: object, path: str) -> AdminCreateUserResponse:
    m = _s.expect_object(value, path)
    x = m.get("User")
    f_user = None if x is None else _shapes_user_type.parse_UserType(x, path + ".User")
    obj = _dc.new(AdminCreateUserResponse)
    obj.user = f_user
    return obj


Request = AdminCreateUserRequest
"""The request dataclass of AdminCreateUser."""


OPERATION: OperationSpec[AdminCreateUserRequest, AdminCreateUserResponse] = OperationSpec(
    name="AdminCreateUser",
    validate=check_AdminCreateUserRequest,
    serialize=serialize_AdminCreateUserRequest,
    parse=parse_AdminCreateUserResponse,
    signed=True,
    secrets=secrets_AdminCreateUserRequest,
    fill_secret_hash=None,
)
