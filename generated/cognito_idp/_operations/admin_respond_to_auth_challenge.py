# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminRespondToAuthChallenge: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import analytics_metadata_type as _shapes_analytics_metadata_type
from cognito_idp._shapes import authentication_result_type as _shapes_authentication_result_type
from cognito_idp._shapes import challenge_name_type as _shapes_challenge_name_type
from cognito_idp._shapes import context_data_type as _shapes_context_data_type
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
    from cognito_idp._shapes.authentication_result_type import AuthenticationResultType
    from cognito_idp._shapes.challenge_name_type import ChallengeNameType, ChallengeNameTypeValue
    from cognito_idp._shapes.context_data_type import ContextDataType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AdminRespondToAuthChallengeRequest(Boto3Dicts):
    """The request to respond to the authentication challenge, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to respond to an authentication challenge."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client where you initiated sign-in."""

    challenge_name: ChallengeNameType | ChallengeNameTypeValue | Unmodelled
    """The name of the challenge that you are responding to.

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

    challenge_responses: Mapping[str, str] | None = _dc.field(default=None, repr=False)
    """The responses to the challenge that you received in the previous request. Each challenge
    has its own required response parameters. The following examples are partial JSON request
    bodies that highlight challenge-response parameters.

    Important: You must provide a SECRET_HASH parameter in all challenge responses to an app
    client that has a client secret. Include a `DEVICE_KEY` for device authentication.

    SELECT_CHALLENGE
        `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "USERNAME":
        "[username]", "ANSWER": "[Challenge name]"}`

        Available challenges are `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`, `SMS_OTP`, and
        `WEB_AUTHN`.

        Complete authentication in the `SELECT_CHALLENGE` response for `PASSWORD`,
        `PASSWORD_SRP`, and `WEB_AUTHN`:

        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "WEB_AUTHN",
          "USERNAME": "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`

          See AuthenticationResponseJSON
          (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "PASSWORD",
          "USERNAME": "[username]", "PASSWORD": "[password]"}`
        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
          "PASSWORD_SRP", "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`

        For `SMS_OTP` and `EMAIL_OTP`, respond with the username and answer. Your user pool
        will send a code for the user to submit in the next challenge response.

        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "SMS_OTP",
          "USERNAME": "[username]"}`
        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "EMAIL_OTP",
          "USERNAME": "[username]"}`

    WEB_AUTHN
        `"ChallengeName": "WEB_AUTHN", "ChallengeResponses": { "USERNAME": "[username]",
        "CREDENTIAL": "[AuthenticationResponseJSON]"}`

        See AuthenticationResponseJSON
        (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).

    PASSWORD
        `"ChallengeName": "PASSWORD", "ChallengeResponses": { "USERNAME": "[username]",
        "PASSWORD": "[password]"}`

    PASSWORD_SRP
        `"ChallengeName": "PASSWORD_SRP", "ChallengeResponses": { "USERNAME": "[username]",
        "SRP_A": "[SRP_A]"}`

    SMS_OTP
        `"ChallengeName": "SMS_OTP", "ChallengeResponses": {"SMS_OTP_CODE": "[code]",
        "USERNAME": "[username]"}`

    EMAIL_OTP
        `"ChallengeName": "EMAIL_OTP", "ChallengeResponses": {"EMAIL_OTP_CODE": "[code]",
        "USERNAME": "[username]"}`

    SMS_MFA
        `"ChallengeName": "SMS_MFA", "ChallengeResponses": {"SMS_MFA_CODE": "[code]",
        "USERNAME": "[username]"}`

    PASSWORD_VERIFIER
        This challenge response is part of the SRP flow. Amazon Cognito requires that your
        application respond to this challenge within a few seconds. When the response time
        exceeds this period, your user pool returns a `NotAuthorizedException` error.

        `"ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses":
        {"PASSWORD_CLAIM_SIGNATURE": "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK":
        "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`

    CUSTOM_CHALLENGE
        `"ChallengeName": "CUSTOM_CHALLENGE", "ChallengeResponses": {"USERNAME": "[username]",
        "ANSWER": "[challenge_answer]"}`

    NEW_PASSWORD_REQUIRED
        `"ChallengeName": "NEW_PASSWORD_REQUIRED", "ChallengeResponses": {"NEW_PASSWORD":
        "[new_password]", "USERNAME": "[username]"}`

        To set any required attributes that `InitiateAuth` returned in an `requiredAttributes`
        parameter, add `"userAttributes.[attribute_name]": "[attribute_value]"`. This
        parameter can also set values for writable attributes that aren't required by your
        user pool.

        Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required
        attribute that already has a value. In `AdminRespondToAuthChallenge` or
        `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the
        `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or
        `UpdateUserAttributes` API operation to modify the value of any additional attributes.

    SOFTWARE_TOKEN_MFA
        `"ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME":
        "[username]", "SOFTWARE_TOKEN_MFA_CODE": [authenticator_code]}`

    DEVICE_SRP_AUTH
        `"ChallengeName": "DEVICE_SRP_AUTH", "ChallengeResponses": {"USERNAME": "[username]",
        "DEVICE_KEY": "[device_key]", "SRP_A": "[srp_a]"}`

    DEVICE_PASSWORD_VERIFIER
        `"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "ChallengeResponses": {"DEVICE_KEY":
        "[device_key]", "PASSWORD_CLAIM_SIGNATURE": "[claim_signature]",
        "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME":
        "[username]"}`

    MFA_SETUP
        `"ChallengeName": "MFA_SETUP", "ChallengeResponses": {"USERNAME": "[username]"},
        "SESSION": "[Session ID from VerifySoftwareToken]"`

    SELECT_MFA_TYPE
        `"ChallengeName": "SELECT_MFA_TYPE", "ChallengeResponses": {"USERNAME": "[username]",
        "ANSWER": "[SMS_MFA|EMAIL_MFA|SOFTWARE_TOKEN_MFA]"}`

    For more information about `SECRET_HASH`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    For information about `DEVICE_KEY`, see Working with user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""

    session: str | None = _dc.field(default=None, repr=False)
    """The session identifier that maintains the state of authentication requests and challenge
    responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results
    in a determination that your application must pass another challenge, Amazon Cognito
    returns a session with other challenge parameters. Send this session identifier,
    unmodified, to the next `AdminRespondToAuthChallenge` request."""

    analytics_metadata: AnalyticsMetadataType | None = None
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""

    context_data: ContextDataType | None = None
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


def serialize_AdminRespondToAuthChallengeRequest(v: AdminRespondToAuthChallengeRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out += (',"ChallengeName":', _s.json_str(v.challenge_name))
    if v.challenge_responses is not None:
        out += (
            ',"ChallengeResponses":',
            "{"
            + ",".join(
                [_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.challenge_responses.items()]
            )
            + "}",
        )
    if v.session is not None:
        out += (',"Session":', _s.json_str(v.session))
    if v.analytics_metadata is not None:
        out += (
            ',"AnalyticsMetadata":',
            _shapes_analytics_metadata_type.serialize_AnalyticsMetadataType(v.analytics_metadata),
        )
    if v.context_data is not None:
        out += (
            ',"ContextData":',
            _shapes_context_data_type.serialize_ContextDataType(v.context_data),
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


def secrets_AdminRespondToAuthChallengeRequest(
    v: AdminRespondToAuthChallengeRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    if v.challenge_responses is not None:
        _r.add_values(v.challenge_responses, out)
    out.append(v.session)
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.secrets_AnalyticsMetadataType(v.analytics_metadata, out)
    if v.context_data is not None:
        _shapes_context_data_type.secrets_ContextDataType(v.context_data, out)


def check_AdminRespondToAuthChallengeRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminRespondToAuthChallengeRequest, path, problems, required)
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
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if type(v.challenge_name) is not str:
        _v.check_str(v.challenge_name, _v.join(path, "challenge_name"), problems, required=True)
    if v.challenge_responses is not None:
        _v.check_map(
            v.challenge_responses,
            _v.join(path, "challenge_responses"),
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
    if v.analytics_metadata is not None:
        _shapes_analytics_metadata_type.check_AnalyticsMetadataType(
            v.analytics_metadata, _v.join(path, "analytics_metadata"), problems, required=False
        )
    if v.context_data is not None:
        _shapes_context_data_type.check_ContextDataType(
            v.context_data, _v.join(path, "context_data"), problems, required=False
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
class AdminRespondToAuthChallengeResponse(Boto3Dicts):
    """Responds to the authentication challenge, as an administrator."""

    challenge_name: ChallengeNameType | Unmodelled | None = None
    """The name of the next challenge that you must respond to.

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
    """The session identifier that maintains the state of authentication requests and challenge
    responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results
    in a determination that your application must pass another challenge, Amazon Cognito
    returns a session with other challenge parameters. Send this session identifier,
    unmodified, to the next `AdminRespondToAuthChallenge` request."""

    challenge_parameters: dict[str, str] | None = None
    """The parameters that define your response to the next challenge."""

    authentication_result: AuthenticationResultType | None = None
    """The outcome of a successful authentication process. After your application has passed all
    challenges, Amazon Cognito returns an `AuthenticationResult` with the JSON web tokens
    (JWTs) that indicate successful sign-in."""

    available_challenges: list[ChallengeNameType | Unmodelled] | None = None
    """This response parameter lists the available authentication challenges that users can
    select from in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    For example, they might be able to choose between passkey authentication, a one-time
    password from an SMS message, and a traditional password."""


def parse_AdminRespondToAuthChallengeResponse(
    value: object, path: str
) -> AdminRespondToAuthChallengeResponse:
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
    obj = _dc.new(AdminRespondToAuthChallengeResponse)
    obj.challenge_name = f_challenge_name
    obj.session = f_session
    obj.challenge_parameters = f_challenge_parameters
    obj.authentication_result = f_authentication_result
    obj.available_challenges = f_available_challenges
    return obj


Request = AdminRespondToAuthChallengeRequest
"""The request dataclass of AdminRespondToAuthChallenge."""


def fill_secret_hash(
    v: AdminRespondToAuthChallengeRequest, client_secret: str
) -> AdminRespondToAuthChallengeRequest:
    """``v`` with the secret hash computed from the client secret where the caller gave none:
    ``challenge_responses['SECRET_HASH']`` (from its 'USERNAME' and ``client_id``, in a new
    mapping)."""
    challenge_responses = with_secret_hash(
        v.challenge_responses, "USERNAME", "SECRET_HASH", client_secret, v.client_id
    )
    if challenge_responses is v.challenge_responses:
        return v
    return _dc.replace(v, challenge_responses=challenge_responses)


OPERATION: OperationSpec[
    AdminRespondToAuthChallengeRequest, AdminRespondToAuthChallengeResponse
] = OperationSpec(
    name="AdminRespondToAuthChallenge",
    validate=check_AdminRespondToAuthChallengeRequest,
    serialize=serialize_AdminRespondToAuthChallengeRequest,
    parse=parse_AdminRespondToAuthChallengeResponse,
    signed=True,
    secrets=secrets_AdminRespondToAuthChallengeRequest,
    fill_secret_hash=fill_secret_hash,
)
