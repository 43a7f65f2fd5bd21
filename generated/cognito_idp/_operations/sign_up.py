# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SignUp: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cognito_idp._shapes import analytics_metadata_type as _shapes_analytics_metadata_type
from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from cognito_idp._shapes import code_delivery_details_type as _shapes_code_delivery_details_type
from cognito_idp._shapes import user_context_data_type as _shapes_user_context_data_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import redact as _r
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.secret_hash import compute_secret_hash
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.analytics_metadata_type import AnalyticsMetadataType
    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.code_delivery_details_type import CodeDeliveryDetailsType
    from cognito_idp._shapes.user_context_data_type import UserContextDataType


@_dc.dataclass(kw_only=True)
class SignUpRequest(Boto3Dicts):
    """Represents the request to register a user."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client where the user wants to sign up."""

    username: str = _dc.field(repr=False)
    """The username of the user that you want to sign up. The value of this parameter is
    typically a username, but can be any alias attribute in your user pool."""

    secret_hash: str | None = _dc.field(default=None, repr=False)
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""

    password: str | None = _dc.field(default=None, repr=False)
    """The user's proposed password. The password must comply with the password requirements
    (https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html)
    of your user pool.

    Users can sign up without a password when your user pool supports passwordless sign-in
    with email or SMS OTPs. To create a user with no password, omit this parameter or submit a
    blank value. You can only create a passwordless user when passwordless sign-in is
    available."""

    user_attributes: Sequence[AttributeType] | None = None
    """An array of name-value pairs representing user attributes.

    For custom attributes, include a `custom:` prefix in the attribute name, for example
    `custom:department`."""

    validation_data: Sequence[AttributeType] | None = None
    """Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda
    trigger. This set of key-value pairs are for custom validation of information that you
    collect from your users but don't need to retain.

    Your Lambda function can analyze this additional data and act on it. Your function can
    automatically confirm and verify select users or perform external API operations like
    logging user attributes and validation data to Amazon CloudWatch Logs.

    For more information about the pre sign-up Lambda trigger, see Pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)."""

    analytics_metadata: AnalyticsMetadataType | None = None
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""

    user_context_data: UserContextDataType | None = _dc.field(default=None, repr=False)
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""

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


def serialize_SignUpRequest(v: SignUpRequest) -> str:
    out = ['{"ClientId":', _s.json_str(v.client_id)]
    if v.secret_hash is not None:
        out += (',"SecretHash":', _s.json_str(v.secret_hash))
    out += (',"Username":', _s.json_str(v.username))
    if v.password is not None:
        out += (',"Password":', _s.json_str(v.password))
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
    if v.analytics_metadata is not None:
        out += (
            ',"AnalyticsMetadata":',
            _shapes_analytics_metadata_type.serialize_AnalyticsMetadataType(v.analytics_metadata),
        )
    if v.user_context_data is not None:
        out += (
            ',"UserContextData":',
            _shapes_user_context_data_type.serialize_UserContextDataType(v.user_context_data),
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


def secrets_SignUpRequest(v: SignUpRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    out.append(v.secret_hash)
    out.append(v.username)
    out.append(v.password)
    if v.user_attributes is not None:
        for user_attributes_item in v.user_attributes:
            _shapes_attribute_type.secrets_AttributeType(user_attributes_item, out)
    if v.validation_data is not None:
        for validation_data_item in v.validation_data:
            _shapes_attribute_type.secrets_AttributeType(validation_data_item, out)
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.secrets_AnalyticsMetadataType(v.analytics_metadata, out)
    if v.user_context_data is not None:
        _r.add_values(v.user_context_data, out)


def check_SignUpRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, SignUpRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if v.secret_hash is not None and not (
        type(v.secret_hash) is str and 1 <= len(v.secret_hash) <= 128
    ):
        _v.check_str(
            v.secret_hash,
            _v.join(path, "secret_hash"),
            problems,
            required=False,
            min_len=1,
            max_len=128,
        )
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if v.password is not None and not (type(v.password) is str and len(v.password) <= 256):
        _v.check_str(v.password, _v.join(path, "password"), problems, required=False, max_len=256)
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
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.check_AnalyticsMetadataType(
            v.analytics_metadata, _v.join(path, "analytics_metadata"), problems, required=False
        )
    if v.user_context_data is not None:
        _shapes_user_context_data_type.check_UserContextDataType(
            v.user_context_data, _v.join(path, "user_context_data"), problems, required=False
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
class SignUpResponse(Boto3Dicts):
    """The response from the server for a registration request."""

    user_confirmed: bool
    """Indicates whether the user was automatically confirmed. You can auto-confirm users with a
    pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)."""

    user_sub: str
    """The unique identifier of the new user, for example `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`."""

    code_delivery_details: CodeDeliveryDetailsType | None = None
    """In user pools that automatically verify and confirm new users, Amazon Cognito sends users
    a message with a code or link that confirms ownership of the phone number or email address
    that they entered. The `CodeDeliveryDetails` object is information about the delivery
    destination for that link or code."""

    session: str | None = _dc.field(default=None, repr=False)
    """A session Id that you can pass to `ConfirmSignUp` when you want to immediately sign in
    your user with the `USER_AUTH` flow after they complete sign-up."""


def parse_SignUpResponse(value: object, path: str) -> SignUpResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserConfirmed")
    if x is None:
        raise _s.missing(path + ".UserConfirmed")
    f_user_confirmed = _s.parse_bool(x, path + ".UserConfirmed")
    x = m.get("CodeDeliveryDetails")
    f_code_delivery_details = (
        None
        if x is None
        else _shapes_code_delivery_details_type.parse_CodeDeliveryDetailsType(
            x, path + ".CodeDeliveryDetails"
        )
    )
    x = m.get("UserSub")
    if x is None:
        raise _s.missing(path + ".UserSub")
    f_user_sub = _s.parse_str(x, path + ".UserSub")
    x = m.get("Session")
    f_session = None if x is None else _s.parse_str(x, path + ".Session")
    obj = _dc.new(SignUpResponse)
    obj.user_confirmed = f_user_confirmed
    obj.user_sub = f_user_sub
    obj.code_delivery_details = f_code_delivery_details
    obj.session = f_session
    return obj


Request = SignUpRequest
"""The request dataclass of SignUp."""


def fill_secret_hash(v: SignUpRequest, client_secret: str) -> SignUpRequest:
    """``v`` with the secret hash computed from the client secret where the caller gave none:
    ``secret_hash`` (from ``username`` and ``client_id``)."""
    secret_hash = (
        v.secret_hash
        if v.secret_hash is not None
        else compute_secret_hash(client_secret, v.username, v.client_id)
    )
    if secret_hash is v.secret_hash:
        return v
    return _dc.replace(v, secret_hash=secret_hash)


OPERATION: OperationSpec[SignUpRequest, SignUpResponse] = OperationSpec(
    name="SignUp",
    validate=check_SignUpRequest,
    serialize=serialize_SignUpRequest,
    parse=parse_SignUpResponse,
    signed=False,
    secrets=secrets_SignUpRequest,
    fill_secret_hash=fill_secret_hash,
)
