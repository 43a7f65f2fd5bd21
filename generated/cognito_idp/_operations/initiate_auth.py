# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""InitiateAuth: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import analytics_metadata_type as _shapes_analytics_metadata_type
from cognito_idp._shapes import authentication_result_type as _shapes_authentication_result_type
from cognito_idp._shapes import challenge_name_type as _shapes_challenge_name_type
from cognito_idp._shapes import user_context_data_type as _shapes_user_context_data_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import redact as _r
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.secret_hash import with_secret_hash
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.analytics_metadata_type import AnalyticsMetadataType
    from cognito_idp._shapes.auth_flow_type import AuthFlowType, AuthFlowTypeValue
    from cognito_idp._shapes.authentication_result_type import AuthenticationResultType
    from cognito_idp._shapes.challenge_name_type import ChallengeNameType
    from cognito_idp._shapes.user_context_data_type import UserContextDataType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class InitiateAuthRequest(Boto3Dicts):
    """Initiates the authentication request."""

    auth_flow: AuthFlowType | AuthFlowTypeValue | Unmodelled
    """The authentication flow that you want to initiate. Each `AuthFlow` has linked
    `AuthParameters` that you must submit. The following are some example flows.

    USER_AUTH
        The entry point for choice-based authentication
        (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice)
        with passwords, one-time passwords, and WebAuthn authenticators. Request a preferred
        authentication type or review available authentication types. From the offered
        authentication types, select one in a challenge response and then authenticate with
        that method in an additional challenge response. To activate this setting, your user
        pool must be in the Essentials tier
        (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
        or higher.

    USER_SRP_AUTH
        Username-password authentication with the Secure Remote Password (SRP) protocol. For
        more information, see Use SRP password verification in custom authentication flow
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html#Using-SRP-password-verification-in-custom-authentication-flow).

    REFRESH_TOKEN_AUTH and REFRESH_TOKEN
        Receive new ID and access tokens when you pass a `REFRESH_TOKEN` parameter with a
        valid refresh token as the value. For more information, see Using the refresh token
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).

    CUSTOM_AUTH
        Custom authentication with Lambda triggers. For more information, see Custom
        authentication challenge Lambda triggers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).

    USER_PASSWORD_AUTH
        Client-side username-password authentication with the password sent directly in the
        request. For more information about client-side and server-side authentication, see
        SDK authorization models
        (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-public-server-side.html).

    `ADMIN_USER_PASSWORD_AUTH` is a flow type of `AdminInitiateAuth` and isn't valid for
    InitiateAuth. `ADMIN_NO_SRP_AUTH` is a legacy server-side username-password flow and isn't
    valid for InitiateAuth."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that your user wants to sign in to."""

    auth_parameters: Mapping[str, str] | None = _dc.field(default=None, repr=False)
    """The authentication parameters. These are inputs corresponding to the `AuthFlow` that
    you're invoking.

    The following are some authentication flows and their parameters. Add a `SECRET_HASH`
    parameter if your app client has a client secret. Add `DEVICE_KEY` if you want to bypass
    multi-factor authentication with a remembered device.

    USER_AUTH
        - `USERNAME` (required)
        - `PREFERRED_CHALLENGE`. If you don't provide a value for `PREFERRED_CHALLENGE`,
          Amazon Cognito responds with the `AvailableChallenges` parameter that specifies the
          available sign-in methods.
        - `TARGET_ACR_VALUES`. An optional, space-separated list of the authentication context
          class reference (ACR) level URIs that you want the user to reach. List the levels in
          priority order, from highest to lowest. Amazon Cognito attempts the highest-priority
          level that the user can satisfy, and falls back through the list. Amazon Cognito
          ignores any value that it doesn't recognize. If none of the requested values are
          valid, Amazon Cognito returns an error.

          Requesting step-up authentication with this parameter requires the Essentials or
          Plus feature plan. On a lower feature plan, InitiateAuth returns a
          FeatureUnavailableInTierException. `USERNAME` is required. When you provide an
          `ACCESS_TOKEN`, you must also provide `TARGET_ACR_VALUES`. Amazon Cognito returns an
          error if you provide an `ACCESS_TOKEN` without `TARGET_ACR_VALUES`. The `USERNAME`
          that you provide must match the user that the `ACCESS_TOKEN` was issued for.

          For more information about step-up authentication and how Amazon Cognito handles
          multi-factor authentication requirements, see Step-up authentication with ACR and
          AMR
          (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-step-up-authentication.html)
          in the Amazon Cognito Developer Guide.
        - `MAX_AGE`. An optional integer that sets the maximum number of seconds allowed since
          the user last authenticated. If the user's most recent authentication is older than
          this value, Amazon Cognito discards the authentication-methods credit from any
          access token that you provide and processes the request as a fresh authentication
          toward the target level. The access token itself remains valid.

    USER_SRP_AUTH
        - `USERNAME` (required)
        - `SRP_A` (required)

    USER_PASSWORD_AUTH
        - `USERNAME` (required)
        - `PASSWORD` (required)

    REFRESH_TOKEN_AUTH/REFRESH_TOKEN
        - `REFRESH_TOKEN`(required)

    CUSTOM_AUTH
        - `USERNAME` (required)
        - `ChallengeName: SRP_A` (when doing SRP authentication before custom challenges)
        - `SRP_A: (An SRP_A value)` (when doing SRP authentication before custom challenges)

    For more information about `SECRET_HASH`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    For information about `DEVICE_KEY`, see Working with user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""

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

    The `ClientMetadata` value is passed as input to the functions for only the following
    triggers:

    - Pre signup
    - Pre authentication
    - User migration

    This request also invokes the functions for the following triggers, but doesn't pass
    `ClientMetadata`:

    - Post authentication
    - Custom message
    - Pre token generation
    - Create auth challenge
    - Define auth challenge
    - Custom email sender
    - Custom SMS sender

    Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the
    following:

    - Store the `ClientMetadata` value. This data is available only to Lambda triggers that
      are assigned to a user pool to support custom workflows. If your user pool configuration
      doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    - Validate the `ClientMetadata` value.
    - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter."""

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

    session: str | None = _dc.field(default=None, repr=False)
    """The optional session ID from a `ConfirmSignUp` API request. You can sign in a user
    directly from the sign-up process with the `USER_AUTH` authentication flow. When you pass
    the session ID to `InitiateAuth`, Amazon Cognito assumes the SMS or email message one-time
    verification password from `ConfirmSignUp` as the primary authentication factor. You're
    not required to submit this code a second time. This option is only valid for users who
    have confirmed their sign-up and are signing in for the first time within the
    authentication flow session duration of the session ID."""


def serialize_InitiateAuthRequest(v: InitiateAuthRequest) -> str:
    out = ['{"AuthFlow":', _s.json_str(v.auth_flow)]
    if v.auth_parameters is not None:
        out += (
            ',"AuthParameters":',
            "{"
            + ",".join(
                [_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.auth_parameters.items()]
            )
            + "}",
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
    out += (',"ClientId":', _s.json_str(v.client_id))
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
    if v.session is not None:
        out += (',"Session":', _s.json_str(v.session))
    out.append("}")
    return "".join(out)


def secrets_InitiateAuthRequest(v: InitiateAuthRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.auth_parameters is not None:
        _r.add_values(v.auth_parameters, out)
    out.append(v.client_id)
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.secrets_AnalyticsMetadataType(v.analytics_metadata, out)
    if v.user_context_data is not None:
        _r.add_values(v.user_context_data, out)
    out.append(v.session)


def check_InitiateAuthRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, InitiateAuthRequest, path, problems, required)
    if v is None:
        return
    if type(v.auth_flow) is not str:
        _v.check_str(v.auth_flow, _v.join(path, "auth_flow"), problems, required=True)
    if v.auth_parameters is not None:
        _v.check_map(
            v.auth_parameters,
            _v.join(path, "auth_parameters"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=131072),
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
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
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.check_AnalyticsMetadataType(
            v.analytics_metadata, _v.join(path, "analytics_metadata"), problems, required=False
        )
    if v.user_context_data is not None:
        _shapes_user_context_data_type.check_UserContextDataType(
            v.user_context_data, _v.join(path, "user_context_data"), problems, required=False
        )
    if v.session is not None and not (type(v.session) is str and 20 <= len(v.session) <= 4096):
        _v.check_str(
            v.session, _v.join(path, "session"), problems, required=False, min_len=20, max_len=4096
        )


@_dc.dataclass(kw_only=True)
class InitiateAuthResponse(Boto3Dicts):
    """Initiates the authentication response."""

    challenge_name: ChallengeNameType | Unmodelled | None = None
    """The name of an additional authentication challenge that you must respond to.

    Possible challenges include the following:

    Note: All of the following challenges require `USERNAME` and, when the app client has a
    client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device
    authentication.

    - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication
      with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn
      authenticators include biometric devices and security keys.
    - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of
      the challenge types in the `AvailableChallenges` response parameter. Add the parameters
      of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as
      `SMS_MFA_CODE`
    - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as
      `EMAIL_MFA_CODE`
    - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as
      `EMAIL_OTP_CODE` .
    - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as
      `SMS_OTP_CODE`.
    - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as
      `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that
      the user should pass another challenge before tokens are issued. The parameters of the
      challenge are determined by your Lambda function and issued in the `ChallengeParameters`
      of a challenge response.
    - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For
      more information, see Signing in with a device
      (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`,
      `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For
      more information, see Signing in with a device
      (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after
      successful first login. Respond to this challenge with `NEW_PASSWORD` and any required
      attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can
      also set values for attributes that aren't required by your user pool and that your app
      client can write.

      Amazon Cognito only returns this challenge for users who have temporary passwords. When
      you create passwordless users, you must provide values for all required attributes.

      Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required
      attribute that already has a value. In `AdminRespondToAuthChallenge` or
      `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the
      `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or
      `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in.
      The MFA types activated for the user pool will be listed in the challenge parameters
      `MFAS_CAN_SETUP` value.

      To set up time-based one-time password (TOTP) MFA, use the session returned in this
      challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to
      `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an
      input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name
      `MFA_SETUP` to complete sign-in.

      To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user.
      Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth`
      request."""

    session: str | None = _dc.field(default=None, repr=False)
    """The session identifier that links a challenge response to the initial authentication
    request. If the user must pass another challenge, Amazon Cognito returns a session ID and
    challenge parameters."""

    challenge_parameters: dict[str, str] | None = None
    """The required parameters of the `ChallengeName` challenge.

    All challenges require `USERNAME`. They also require `SECRET_HASH` if your app client has
    a client secret."""

    authentication_result: AuthenticationResultType | None = None
    """The result of a successful and complete authentication request. This result is only
    returned if the user doesn't need to pass another challenge. If they must pass another
    challenge before they get tokens, Amazon Cognito returns a challenge in `ChallengeName`,
    `ChallengeParameters`, and `Session` response parameters."""

    available_challenges: list[ChallengeNameType | Unmodelled] | None = None
    """This response parameter lists the available authentication challenges that users can
    select from in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    For example, they might be able to choose between passkey authentication, a one-time
    password from an SMS message, and a traditional password."""


def parse_InitiateAuthResponse(value: object, path: str) -> InitiateAuthResponse:
    m = _s.expect_object(value, path)
    x = m.get("ChallengeName")
    f_challenge_name = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_challenge_name_type.ChallengeNameType, x, path + ".ChallengeName"
        )
    )
    x = m.get("Session")
    f_session = None if x is None else _s.parse_str(x, path + ".Session")
    x = m.get("ChallengeParameters")
    f_challenge_parameters = (
        None
        if x is None
        else _s.parse_map(x, path + ".ChallengeParameters", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("AuthenticationResult")
    f_authentication_result = (
        None
        if x is None
        else _shapes_authentication_result_type.parse_AuthenticationResultType(
            x, path + ".AuthenticationResult"
        )
    )
    x = m.get("AvailableChallenges")
    f_available_challenges = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".AvailableChallenges",
            lambda x, p: _s.parse_enum(_shapes_challenge_name_type.ChallengeNameType, x, p),
        )
    )
    obj = _dc.new(InitiateAuthResponse)
    obj.challenge_name = f_challenge_name
    obj.session = f_session
    obj.challenge_parameters = f_challenge_parameters
    obj.authentication_result = f_authentication_result
    obj.available_challenges = f_available_challenges
    return obj


Request = InitiateAuthRequest
"""The request dataclass of InitiateAuth."""


def fill_secret_hash(v: InitiateAuthRequest, client_secret: str) -> InitiateAuthRequest:
    """``v`` with the secret hash computed from the client secret where the caller gave none:
    ``auth_parameters['SECRET_HASH']`` (from its 'USERNAME' and ``client_id``, in a new
    mapping)."""
    auth_parameters = with_secret_hash(
        v.auth_parameters, "USERNAME", "SECRET_HASH", client_secret, v.client_id
    )
    if auth_parameters is v.auth_parameters:
        return v
    return _dc.replace(v, auth_parameters=auth_parameters)


OPERATION: OperationSpec[InitiateAuthRequest, InitiateAuthResponse] = OperationSpec(
    name="InitiateAuth",
    validate=check_InitiateAuthRequest,
    serialize=serialize_InitiateAuthRequest,
    parse=parse_InitiateAuthResponse,
    signed=False,
    secrets=secrets_InitiateAuthRequest,
    fill_secret_hash=fill_secret_hash,
)
