# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ConfirmSignUp: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import analytics_metadata_type as _shapes_analytics_metadata_type
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
    from cognito_idp._shapes.user_context_data_type import UserContextDataType


@_dc.dataclass(kw_only=True)
class ConfirmSignUpRequest(Boto3Dicts):
    """Represents the request to confirm registration of a user."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client associated with the user pool."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    confirmation_code: str = _dc.field(repr=False)
    """The confirmation code that your user pool sent in response to the `SignUp` request."""

    secret_hash: str | None = _dc.field(default=None, repr=False)
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""

    force_alias_creation: bool | None = None
    """When `true`, forces user confirmation despite any existing aliases. Defaults to `false`. A
    value of `true` migrates the alias from an existing user to the new user if an existing
    user already has the phone number or email address as an alias.

    Say, for example, that an existing user has an `email` attribute of `bob@example.com` and
    email is an alias in your user pool. If the new user also has an email of
    `bob@example.com` and your `ConfirmSignUp` response sets `ForceAliasCreation` to `true`,
    the new user can sign in with a username of `bob@example.com` and the existing user can no
    longer do so.

    If `false` and an attribute belongs to an existing alias, this request returns an
    AliasExistsException error.

    For more information about sign-in aliases, see Customizing sign-in attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases)."""

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

    session: str | None = _dc.field(default=None, repr=False)
    """The optional session ID from a `SignUp` API request. You can sign in a user directly from
    the sign-up process with the `USER_AUTH` authentication flow."""


def serialize_ConfirmSignUpRequest(v: ConfirmSignUpRequest) -> str:
    out = ['{"ClientId":', _s.json_str(v.client_id)]
    if v.secret_hash is not None:
        out += (',"SecretHash":', _s.json_str(v.secret_hash))
    out += (',"Username":', _s.json_str(v.username))
    out += (',"ConfirmationCode":', _s.json_str(v.confirmation_code))
    if v.force_alias_creation is not None:
        out += (',"ForceAliasCreation":', ("true" if v.force_alias_creation else "false"))
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
    if v.session is not None:
        out += (',"Session":', _s.json_str(v.session))
    out.append("}")
    return "".join(out)


def secrets_ConfirmSignUpRequest(v: ConfirmSignUpRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    out.append(v.secret_hash)
    out.append(v.username)
    out.append(v.confirmation_code)
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.secrets_AnalyticsMetadataType(v.analytics_metadata, out)
    if v.user_context_data is not None:
        _r.add_values(v.user_context_data, out)
    out.append(v.session)


def check_ConfirmSignUpRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ConfirmSignUpRequest, path, problems, required)
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
    if not (type(v.confirmation_code) is str and 1 <= len(v.confirmation_code) <= 2048):
        _v.check_str(
            v.confirmation_code,
            _v.join(path, "confirmation_code"),
            problems,
            required=True,
            min_len=1,
            max_len=2048,
        )
    if v.force_alias_creation is not None and type(v.force_alias_creation) is not bool:
        _v.check_bool(
            v.force_alias_creation, _v.join(path, "force_alias_creation"), problems, required=False
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
    if v.session is not None and not (type(v.session) is str and 20 <= len(v.session) <= 4096):
        _v.check_str(
            v.session, _v.join(path, "session"), problems, required=False, min_len=20, max_len=4096
        )


@_dc.dataclass(kw_only=True)
class ConfirmSignUpResponse(Boto3Dicts):
    """Represents the response from the server for the registration confirmation."""

    session: str | None = _dc.field(default=None, repr=False)
    """A session identifier that you can use to immediately sign in the confirmed user. You can
    automatically sign users in with the one-time password that they provided in a successful
    `ConfirmSignUp` request."""


def parse_ConfirmSignUpResponse(value: object, path: str) -> ConfirmSignUpResponse:
    m = _s.expect_object(value, path)
    x = m.get("Session")
    f_session = None if x is None else _s.parse_str(x, path + ".Session")
    obj = _dc.new(ConfirmSignUpResponse)
    obj.session = f_session
    return obj


Request = ConfirmSignUpRequest
"""The request dataclass of ConfirmSignUp."""


def fill_secret_hash(v: ConfirmSignUpRequest, client_secret: str) -> ConfirmSignUpRequest:
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


OPERATION: OperationSpec[ConfirmSignUpRequest, ConfirmSignUpResponse] = OperationSpec(
    name="ConfirmSignUp",
    validate=check_ConfirmSignUpRequest,
    serialize=serialize_ConfirmSignUpRequest,
    parse=parse_ConfirmSignUpResponse,
    signed=False,
    secrets=secrets_ConfirmSignUpRequest,
    fill_secret_hash=fill_secret_hash,
)
