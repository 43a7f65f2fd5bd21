# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ResendConfirmationCode: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import analytics_metadata_type as _shapes_analytics_metadata_type
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
    from cognito_idp._shapes.code_delivery_details_type import CodeDeliveryDetailsType
    from cognito_idp._shapes.user_context_data_type import UserContextDataType


@_dc.dataclass(kw_only=True)
class ResendConfirmationCodeRequest(Boto3Dicts):
    """Represents the request to resend the confirmation code."""

    client_id: str = _dc.field(repr=False)
    """The ID of the user pool app client where the user signed up."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    secret_hash: str | None = _dc.field(default=None, repr=False)
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""

    user_context_data: UserContextDataType | None = _dc.field(default=None, repr=False)
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""

    analytics_metadata: AnalyticsMetadataType | None = None
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""

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


def serialize_ResendConfirmationCodeRequest(v: ResendConfirmationCodeRequest) -> str:
    out = ['{"ClientId":', _s.json_str(v.client_id)]
    if v.secret_hash is not None:
        out += (',"SecretHash":', _s.json_str(v.secret_hash))
    if v.user_context_data is not None:
        out += (
            ',"UserContextData":',
            _shapes_user_context_data_type.serialize_UserContextDataType(v.user_context_data),
        )
    out += (',"Username":', _s.json_str(v.username))
    if v.analytics_metadata is not None:
        out += (
            ',"AnalyticsMetadata":',
            _shapes_analytics_metadata_type.serialize_AnalyticsMetadataType(v.analytics_metadata),
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


def secrets_ResendConfirmationCodeRequest(
    v: ResendConfirmationCodeRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    out.append(v.secret_hash)
    if v.user_context_data is not None:
        _r.add_values(v.user_context_data, out)
    out.append(v.username)
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.secrets_AnalyticsMetadataType(v.analytics_metadata, out)


def check_ResendConfirmationCodeRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ResendConfirmationCodeRequest, path, problems, required)
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
    if v.user_context_data is not None:
        _shapes_user_context_data_type.check_UserContextDataType(
            v.user_context_data, _v.join(path, "user_context_data"), problems, required=False
        )
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.check_AnalyticsMetadataType(
            v.analytics_metadata, _v.join(path, "analytics_metadata"), problems, required=False
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
class ResendConfirmationCodeResponse(Boto3Dicts):
    """The response from the server when Amazon Cognito makes the request to resend a
    confirmation code."""

    code_delivery_details: CodeDeliveryDetailsType | None = None
    """Information about the phone number or email address that Amazon Cognito sent the
    confirmation code to."""


def parse_ResendConfirmationCodeResponse(
    value: object, path: str
) -> ResendConfirmationCodeResponse:
    m = _s.expect_object(value, path)
    x = m.get("CodeDeliveryDetails")
    f_code_delivery_details = (
        None
        if x is None
        else _shapes_code_delivery_details_type.parse_CodeDeliveryDetailsType(
            x, path + ".CodeDeliveryDetails"
        )
    )
    obj = _dc.new(ResendConfirmationCodeResponse)
    obj.code_delivery_details = f_code_delivery_details
    return obj


Request = ResendConfirmationCodeRequest
"""The request dataclass of ResendConfirmationCode."""


def fill_secret_hash(
    v: ResendConfirmationCodeRequest, client_secret: str
) -> ResendConfirmationCodeRequest:
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


OPERATION: OperationSpec[ResendConfirmationCodeRequest, ResendConfirmationCodeResponse] = (
    OperationSpec(
        name="ResendConfirmationCode",
        validate=check_ResendConfirmationCodeRequest,
        serialize=serialize_ResendConfirmationCodeRequest,
        parse=parse_ResendConfirmationCodeResponse,
        signed=False,
        secrets=secrets_ResendConfirmationCodeRequest,
        fill_secret_hash=fill_secret_hash,
    )
)
