# The typed surface of cognito_idp.models, for type checkers (codegen/stubs.py).
"""Every request, response and shape class, each imported on first use, so that a
program pays only for the operations it calls."""

import datetime
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from typedaws_runtime import signature_types as _types
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.enums import Unmodelled

@dataclass(kw_only=True)
class AddCustomAttributesRequest(Boto3Dicts):
    """Represents the request to add custom attributes."""

    user_pool_id: str
    """The ID of the user pool where you want to add custom attributes."""
    custom_attributes: Sequence[SchemaAttributeType]
    """An array of custom attribute names and other properties. Sets the following
    characteristics:

    AttributeDataType
        The expected data type. Can be a string, a number, a date and time, or a boolean.

    Mutable
        If true, you can grant app clients write access to the attribute value. If false, the
        attribute value can only be set up on sign-up or administrator creation of users.

    Name
        The attribute name. For an attribute like `custom:myAttribute`, enter `myAttribute`
        for this field.

    Required
        When true, users who sign up or are created must set a value for the attribute.

    NumberAttributeConstraints
        The minimum and maximum length of accepted values for a `Number`-type attribute.

    StringAttributeConstraints
        The minimum and maximum length of accepted values for a `String`-type attribute.

    DeveloperOnlyAttribute
        This legacy option creates an attribute with a `dev:` prefix. You can only set the
        value of a developer-only attribute with administrative IAM credentials."""

@dataclass(kw_only=True)
class AddCustomAttributesResponse(Boto3Dicts):
    """Represents the response from the server for the request to add custom attributes."""

@dataclass(kw_only=True)
class AddUserPoolClientSecretRequest(Boto3Dicts):
    """The request to create a new client secret for a user pool app client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""
    client_id: str
    """The ID of the app client for which you want to create a new secret."""
    client_secret: str | None = ...
    """The client secret value you want to use. If you don't provide this parameter, Amazon
    Cognito generates a secure secret for you."""

@dataclass(kw_only=True)
class AddUserPoolClientSecretResponse(Boto3Dicts):
    """The response from creating a new client secret."""

    client_secret_descriptor: ClientSecretDescriptorType | None = ...
    """The details of the newly created client secret, including its unique identifier and
    creation timestamp. The ClientSecretValue is only returned when Amazon Cognito generates
    the secret. For custom secrets that you provide, the ClientSecretValue is not included in
    the response."""

@dataclass(kw_only=True)
class AdminAddUserToGroupRequest(Boto3Dicts):
    """The AdminAddUserToGroupRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the group that you want to add the user to."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    group_name: str
    """The name of the group that you want to add your user to."""

@dataclass(kw_only=True)
class AdminConfirmSignUpRequest(Boto3Dicts):
    """Confirm a user's registration as a user pool administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to confirm a user's sign-up request."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class AdminConfirmSignUpResponse(Boto3Dicts):
    """Represents the response from the server for the request to confirm registration."""

class MessageActionType(enum.StrEnum):
    """The values of MessageActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    RESEND = "RESEND"
    SUPPRESS = "SUPPRESS"

MessageActionTypeValue: TypeAlias = Literal["RESEND", "SUPPRESS"]
"""The values of MessageActionType as literal strings, for type checkers: an input typed
``MessageActionType | MessageActionTypeValue | Unmodelled`` takes
``MessageActionType.RESEND`` or ``'RESEND'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class AdminCreateUserRequest(Boto3Dicts):
    """Creates a new user in the specified user pool."""

    user_pool_id: str
    """The ID of the user pool where you want to create a user."""
    username: str
    """The value that you want to set as the username sign-in attribute. The following conditions
    apply to the username parameter.

    - The username can't be a duplicate of another username in the same user pool.
    - You can't change the value of a username after you create it.
    - You can only provide a value if usernames are a valid sign-in attribute for your user
      pool. If your user pool only supports phone numbers or email addresses as sign-in
      attributes, Amazon Cognito automatically generates a username value. For more
      information, see Customizing sign-in attributes
      (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases)."""
    user_attributes: Sequence[AttributeType] | None = ...
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
    validation_data: Sequence[AttributeType] | None = ...
    """Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda
    trigger. This set of key-value pairs are for custom validation of information that you
    collect from your users but don't need to retain.

    Your Lambda function can analyze this additional data and act on it. Your function can
    automatically confirm and verify select users or perform external API operations like
    logging user attributes and validation data to Amazon CloudWatch Logs.

    For more information about the pre sign-up Lambda trigger, see Pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)."""
    temporary_password: str | None = ...
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
    force_alias_creation: bool | None = ...
    """This parameter is used only if the `phone_number_verified` or `email_verified` attribute
    is set to `True`. Otherwise, it is ignored.

    If this parameter is set to `True` and the phone number or email address specified in the
    `UserAttributes` parameter already exists as an alias with a different user, this request
    migrates the alias from the previous user to the newly-created user. The previous user
    will no longer be able to log in using that alias.

    If this parameter is set to `False`, the API throws an `AliasExistsException` error if the
    alias already exists. The default value is `False`."""
    message_action: MessageActionType | MessageActionTypeValue | Unmodelled | None = ...
    """Set to `RESEND` to resend the invitation message to a user that already exists, and to
    reset the temporary-password duration with a new temporary password. Set to `SUPPRESS` to
    suppress sending the message. You can specify only one value."""
    desired_delivery_mediums: (
        Sequence[DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled] | None
    ) = ...
    """Specify `EMAIL` if email will be used to send the welcome message. Specify `SMS` if the
    phone number will be used. The default value is `SMS`. You can specify more than one
    value."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class AdminCreateUserResponse(Boto3Dicts):
    """Represents the response from the server to the request to create the user."""

    user: UserType | None = ...
    """The new user's profile details."""

@dataclass(kw_only=True)
class AdminDeleteSoftwareTokenRequest(Boto3Dicts):
    """The AdminDeleteSoftwareTokenRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the user's software token."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminDeleteSoftwareTokenResponse(Boto3Dicts):
    """The AdminDeleteSoftwareTokenResponse structure."""

@dataclass(kw_only=True)
class AdminDeleteUserRequest(Boto3Dicts):
    """Represents the request to delete a user as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminDeleteUserAttributesRequest(Boto3Dicts):
    """Represents the request to delete user attributes as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to delete user attributes."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    user_attribute_names: Sequence[str]
    """An array of strings representing the user attribute names you want to delete.

    For custom attributes, you must prepend the `custom:` prefix to the attribute name."""

@dataclass(kw_only=True)
class AdminDeleteUserAttributesResponse(Boto3Dicts):
    """Represents the response received from the server for a request to delete user attributes."""

@dataclass(kw_only=True)
class AdminDisableProviderForUserRequest(Boto3Dicts):
    """The AdminDisableProviderForUserRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the user's linked identities."""
    user: ProviderUserIdentifierType
    """The user profile that you want to delete a linked identity from."""

@dataclass(kw_only=True)
class AdminDisableProviderForUserResponse(Boto3Dicts):
    """The AdminDisableProviderForUserResponse structure."""

@dataclass(kw_only=True)
class AdminDisableUserRequest(Boto3Dicts):
    """Represents the request to disable the user as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to disable the user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminDisableUserResponse(Boto3Dicts):
    """Represents the response received from the server to disable the user as an administrator."""

@dataclass(kw_only=True)
class AdminEnableUserRequest(Boto3Dicts):
    """Represents the request that enables the user as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to activate sign-in for the user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminEnableUserResponse(Boto3Dicts):
    """Represents the response from the server for the request to enable a user as an
    administrator."""

@dataclass(kw_only=True)
class AdminForgetDeviceRequest(Boto3Dicts):
    """Sends the forgot device request, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where the device owner is a user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    device_key: str
    """The key ID of the device that you want to delete."""

@dataclass(kw_only=True)
class AdminGetDeviceRequest(Boto3Dicts):
    """Represents the request to get the device, as an administrator."""

    device_key: str
    """The key of the device that you want to delete."""
    user_pool_id: str
    """The ID of the user pool where the device owner is a user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminGetDeviceResponse(Boto3Dicts):
    """Gets the device response, as an administrator."""

    device: DeviceType
    """Details of the requested device. Includes device information, last-accessed and created
    dates, and the device key."""

@dataclass(kw_only=True)
class AdminGetUserRequest(Boto3Dicts):
    """Represents the request to get the specified user as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to get information about the user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminGetUserResponse(Boto3Dicts):
    """Represents the response from the server from the request to get the specified user as an
    administrator."""

    username: str
    """The username of the user that you requested."""
    user_attributes: list[AttributeType] | None = ...
    """An array of name-value pairs of user attributes and their values, for example `"email":
    "testuser@example.com"`."""
    user_create_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    user_last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    enabled: bool | None = ...
    """Indicates whether the user is activated for sign-in."""
    user_status: UserStatusType | Unmodelled | None = ...
    """The user's status. Can be one of the following:

    - UNCONFIRMED - User has been created but not confirmed.
    - CONFIRMED - User has been confirmed.
    - UNKNOWN - User status isn't known.
    - RESET_REQUIRED - User is confirmed, but the user must request a code and reset their
      password before they can sign in.
    - FORCE_CHANGE_PASSWORD - The user is confirmed and the user can sign in using a temporary
      password, but on first sign-in, the user must change their password to a new value
      before doing anything else.
    - EXTERNAL_PROVIDER - The user signed in with a third-party identity provider."""
    mfa_options: list[MFAOptionType] | None = ...
    """This response parameter is no longer supported. It provides information only about SMS MFA
    configurations. It doesn't provide information about time-based one-time password (TOTP)
    software token MFA configurations. To look up information about either type of MFA
    configuration, use UserMFASettingList instead."""
    preferred_mfa_setting: str | None = ...
    """The user's preferred MFA. Users can prefer SMS message, email message, or TOTP MFA."""
    user_mfa_setting_list: list[str] | None = ...
    """The MFA options that are activated for the user. The possible values in this list are
    `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`."""

@dataclass(kw_only=True)
class AdminGetUserAuthFactorsRequest(Boto3Dicts):
    """The AdminGetUserAuthFactorsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to get information about the user's authentication
    factors."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminGetUserAuthFactorsResponse(Boto3Dicts):
    """The AdminGetUserAuthFactorsResponse structure."""

    username: str
    """The name of the user who is eligible for the authentication factors in the response."""
    preferred_mfa_setting: str | None = ...
    """The challenge method that Amazon Cognito returns to the user in response to sign-in
    requests. Users can prefer SMS message, email message, or TOTP MFA."""
    user_mfa_setting_list: list[str] | None = ...
    """The MFA options that are activated for the user. The possible values in this list are
    `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`."""
    configured_user_auth_factors: list[AuthFactorType | Unmodelled] | None = ...
    """The authentication types that are available to the user with `USER_AUTH` sign-in, for
    example `["PASSWORD", "WEB_AUTHN"]`.

    `PASSWORD` can only be used as a first authentication factor. `SOFTWARE_TOKEN` can only be
    used as an MFA factor. `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN` can be used as either a
    first authentication factor or an MFA factor. `WEB_AUTHN` is available as an MFA factor
    only when passkey MFA is enabled at the user pool level."""

@dataclass(kw_only=True)
class AdminInitiateAuthRequest(Boto3Dicts):
    """Initiates the authorization request, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where the user wants to sign in."""
    client_id: str
    """The ID of the app client where the user wants to sign in."""
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

    ADMIN_USER_PASSWORD_AUTH
        Server-side username-password authentication with the password sent directly in the
        request. For more information about client-side and server-side authentication, see
        SDK authorization models
        (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-public-server-side.html)."""
    auth_parameters: Mapping[str, str] | None = ...
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
          Plus feature plan. On a lower feature plan, AdminInitiateAuth returns a
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

    ADMIN_USER_PASSWORD_AUTH
        - `USERNAME` (required)
        - `PASSWORD` (required)

    REFRESH_TOKEN_AUTH/REFRESH_TOKEN
        - `REFRESH_TOKEN`(required)

    CUSTOM_AUTH
        - `USERNAME` (required)
        - `ChallengeName: SRP_A` (when preceding custom authentication with SRP
          authentication)
        - `SRP_A: (An SRP_A value)` (when preceding custom authentication with SRP
          authentication)

    For more information about `SECRET_HASH`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    For information about `DEVICE_KEY`, see Working with user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""
    client_metadata: Mapping[str, str] | None = ...
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
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    context_data: ContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    session: str | None = ...
    """The optional session ID from a `ConfirmSignUp` API request. You can sign in a user
    directly from the sign-up process with an `AuthFlow` of `USER_AUTH` and `AuthParameters`
    of `EMAIL_OTP` or `SMS_OTP`, depending on how your user pool sent the confirmation-code
    message."""

@dataclass(kw_only=True)
class AdminInitiateAuthResponse(Boto3Dicts):
    """Initiates the authentication response, as an administrator."""

    challenge_name: ChallengeNameType | Unmodelled | None = ...
    """The name of the challenge that you're responding to with this call. This is returned in
    the `AdminInitiateAuth` response if you must pass another challenge.

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
    session: str | None = ...
    """The session that must be passed to challenge-response requests. If an `AdminInitiateAuth`
    or `AdminRespondToAuthChallenge` API request results in another authentication challenge,
    Amazon Cognito returns a session ID and the parameters of the next challenge. Pass this
    session ID in the `Session` parameter of `AdminRespondToAuthChallenge`."""
    challenge_parameters: dict[str, str] | None = ...
    """The parameters of an authentication challenge. Amazon Cognito returns challenge parameters
    as a guide to the responses your user or application must provide for the returned
    `ChallengeName`. Calculate responses to the challenge parameters and pass them in the
    `ChallengeParameters` of `AdminRespondToAuthChallenge`.

    All challenges require `USERNAME` and, when the app client has a client secret,
    `SECRET_HASH`.

    In SRP challenges, Amazon Cognito returns the `username` attribute in `USER_ID_FOR_SRP`
    instead of any email address, preferred username, or phone number alias that you might
    have specified in your `AdminInitiateAuth` request. You must use the username and not an
    alias in the `ChallengeResponses` of your challenge response."""
    authentication_result: AuthenticationResultType | None = ...
    """The outcome of successful authentication. This is only returned if the user pool has no
    additional challenges to return. If Amazon Cognito returns another challenge, the response
    includes `ChallengeName`, `ChallengeParameters`, and `Session` so that your user can
    answer the challenge."""
    available_challenges: list[ChallengeNameType | Unmodelled] | None = ...
    """This response parameter lists the available authentication challenges that users can
    select from in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    For example, they might be able to choose between passkey authentication, a one-time
    password from an SMS message, and a traditional password."""

@dataclass(kw_only=True)
class AdminLinkProviderForUserRequest(Boto3Dicts):
    """The AdminLinkProviderForUserRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to link a federated identity."""
    destination_user: ProviderUserIdentifierType
    """The existing user in the user pool that you want to assign to the external IdP user
    account. This user can be a local (Username + Password) Amazon Cognito user pools user or
    a federated user (for example, a SAML or Facebook user). If the user doesn't exist, Amazon
    Cognito generates an exception. Amazon Cognito returns this user when the new user (with
    the linked IdP attribute) signs in.

    For a native username + password user, the `ProviderAttributeValue` for the
    `DestinationUser` should be the username in the user pool. For a federated user, it should
    be the provider-specific `user_id`.

    The `ProviderAttributeName` of the `DestinationUser` is ignored.

    The `ProviderName` should be set to `Cognito` for users in Cognito user pools."""
    source_user: ProviderUserIdentifierType
    """An external IdP account for a user who doesn't exist yet in the user pool. This user must
    be a federated user (for example, a SAML or Facebook user), not another native user.

    If the `SourceUser` is using a federated social IdP, such as Facebook, Google, or Login
    with Amazon, you must set the `ProviderAttributeName` to `Cognito_Subject`. For social
    IdPs, the `ProviderName` will be `Facebook`, `Google`, or `LoginWithAmazon`, and Amazon
    Cognito will automatically parse the Facebook, Google, and Login with Amazon tokens for
    `id`, `sub`, and `user_id`, respectively. The `ProviderAttributeValue` for the user must
    be the same value as the `id`, `sub`, or `user_id` value found in the social IdP token.

    For OIDC, the `ProviderAttributeName` can be any mapped value from a claim in the ID
    token, or that your app retrieves from the `userInfo` endpoint. For SAML, the
    `ProviderAttributeName` can be any mapped value from a claim in the SAML assertion.

    The following additional considerations apply to `SourceUser` for OIDC and SAML providers.

    - You must map the claim to a user pool attribute in your IdP configuration, and set the
      user pool attribute name as the value of `ProviderAttributeName` in your
      `AdminLinkProviderForUser` request. For example, `email`.
    - When you set `ProviderAttributeName` to `Cognito_Subject`, Amazon Cognito will
      automatically parse the default unique identifier found in the subject from the IdP
      token."""

@dataclass(kw_only=True)
class AdminLinkProviderForUserResponse(Boto3Dicts):
    """The AdminLinkProviderForUserResponse structure."""

@dataclass(kw_only=True)
class AdminListDevicesRequest(Boto3Dicts):
    """Represents the request to list devices, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where the device owner is a user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    limit: int | None = ...
    """The maximum number of devices that you want Amazon Cognito to return in the response."""
    pagination_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class AdminListDevicesResponse(Boto3Dicts):
    """Lists the device's response, as an administrator."""

    devices: list[DeviceType] | None = ...
    """An array of devices and their information. Each entry that's returned includes device
    information, last-accessed and created dates, and the device key."""
    pagination_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class AdminListGroupsForUserRequest(Boto3Dicts):
    """The AdminListGroupsForUserRequest structure."""

    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    user_pool_id: str
    """The ID of the user pool where you want to view a user's groups."""
    limit: int | None = ...
    """The maximum number of groups that you want Amazon Cognito to return in the response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class AdminListGroupsForUserResponse(Boto3Dicts):
    """The AdminListGroupsForUserResponse structure."""

    groups: list[GroupType] | None = ...
    """An array of groups and information about them."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

class ChallengeName(enum.StrEnum):
    """The values of ChallengeName.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PASSWORD = "Password"
    MFA = "Mfa"

ChallengeNameValue: TypeAlias = Literal["Password", "Mfa"]
"""The values of ChallengeName as literal strings, for type checkers: an input typed
``ChallengeName | ChallengeNameValue | Unmodelled`` takes ``ChallengeName.PASSWORD`` or
``'Password'``, and a type checker reports a misspelt value. ``str`` at run time."""

class ChallengeResponse(enum.StrEnum):
    """The values of ChallengeResponse.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SUCCESS = "Success"
    FAILURE = "Failure"

ChallengeResponseValue: TypeAlias = Literal["Success", "Failure"]
"""The values of ChallengeResponse as literal strings, for type checkers: an input typed
``ChallengeResponse | ChallengeResponseValue | Unmodelled`` takes
``ChallengeResponse.SUCCESS`` or ``'Success'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class EventResponseType(enum.StrEnum):
    """The values of EventResponseType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PASS = "Pass"
    FAIL = "Fail"
    INPROGRESS = "InProgress"

EventResponseTypeValue: TypeAlias = Literal["Pass", "Fail", "InProgress"]
"""The values of EventResponseType as literal strings, for type checkers: an input typed
``EventResponseType | EventResponseTypeValue | Unmodelled`` takes
``EventResponseType.PASS`` or ``'Pass'``, and a type checker reports a misspelt value.
``str`` at run time."""

class EventType(enum.StrEnum):
    """The values of EventType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SIGNIN = "SignIn"
    SIGNUP = "SignUp"
    FORGOTPASSWORD = "ForgotPassword"
    PASSWORDCHANGE = "PasswordChange"
    RESENDCODE = "ResendCode"

EventTypeValue: TypeAlias = Literal[
    "SignIn", "SignUp", "ForgotPassword", "PasswordChange", "ResendCode"
]
"""The values of EventType as literal strings, for type checkers: an input typed ``EventType |
EventTypeValue | Unmodelled`` takes ``EventType.SIGNIN`` or ``'SignIn'``, and a type
checker reports a misspelt value. ``str`` at run time."""

class RiskDecisionType(enum.StrEnum):
    """The values of RiskDecisionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    NORISK = "NoRisk"
    ACCOUNTTAKEOVER = "AccountTakeover"
    BLOCK = "Block"

RiskDecisionTypeValue: TypeAlias = Literal["NoRisk", "AccountTakeover", "Block"]
"""The values of RiskDecisionType as literal strings, for type checkers: an input typed
``RiskDecisionType | RiskDecisionTypeValue | Unmodelled`` takes
``RiskDecisionType.NORISK`` or ``'NoRisk'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class RiskLevelType(enum.StrEnum):
    """The values of RiskLevelType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    LOW = "Low"
    MEDIUM = "Medium"
    HIGH = "High"

RiskLevelTypeValue: TypeAlias = Literal["Low", "Medium", "High"]
"""The values of RiskLevelType as literal strings, for type checkers: an input typed
``RiskLevelType | RiskLevelTypeValue | Unmodelled`` takes ``RiskLevelType.LOW`` or
``'Low'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class AdminListUserAuthEventsRequest(Boto3Dicts):
    """The AdminListUserAuthEventsRequest structure."""

    user_pool_id: str
    """The Id of the user pool that contains the user profile with the logged events."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    max_results: int | None = ...
    """The maximum number of authentication events to return. Returns 60 events if you set
    `MaxResults` to 0, or if you don't include a `MaxResults` parameter."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class AdminListUserAuthEventsResponse(Boto3Dicts):
    """The AdminListUserAuthEventsResponse structure."""

    auth_events: list[AuthEventType] | None = ...
    """The response object. It includes the `EventID`, `EventType`, `CreationDate`, `EventRisk`,
    and `EventResponse`."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class AuthEventType(Boto3Dicts):
    """One authentication event that Amazon Cognito logged in a user pool with threat protection
    active. Contains user and device metadata and a risk assessment from your user pool."""

    event_id: str | None = ...
    """The event ID."""
    event_type: EventType | Unmodelled | None = ...
    """The type of authentication event."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    event_response: EventResponseType | Unmodelled | None = ...
    """The event response."""
    event_risk: EventRiskType | None = ...
    """The threat evaluation from your user pool about an event. Contains information about
    whether your user pool detected compromised credentials, whether the event triggered an
    automated response, and the level of risk."""
    challenge_responses: list[ChallengeResponseType] | None = ...
    """A list of the challenges that the user was requested to answer, for example `Password`,
    and the result, for example `Success`."""
    event_context_data: EventContextDataType | None = ...
    """The user context data captured at the time of an event request. This value provides
    additional information about the client from which event the request is received."""
    event_feedback: EventFeedbackType | None = ...
    """The `UpdateAuthEventFeedback` or `AdminUpdateAuthEventFeedback` feedback that you or your
    user provided in response to the event. A value of `Valid` indicates that you disagreed
    with the level of risk that your user pool assigned, and evaluated a session to be valid,
    or likely safe. A value of `Invalid` indicates that you agreed with the user pool risk
    level and evaluated a session to be invalid, or likely malicious."""

@dataclass(kw_only=True)
class ChallengeResponseType(Boto3Dicts):
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

    challenge_name: ChallengeName | Unmodelled | None = ...
    """The type of challenge that your previous authentication request returned in the parameter
    `ChallengeName`, for example `SMS_MFA`."""
    challenge_response: ChallengeResponse | Unmodelled | None = ...
    """The set of key-value pairs that provides a response to the requested challenge."""

@dataclass(kw_only=True)
class EventContextDataType(Boto3Dicts):
    """The context data that your application submitted in an authentication request with threat
    protection, as displayed in an `AdminListUserAuthEvents` response."""

    ip_address: str | None = ...
    """The source IP address of your user's device."""
    device_name: str | None = ...
    """The user's device name."""
    timezone: str | None = ...
    """The user's time zone."""
    city: str | None = ...
    """The user's city."""
    country: str | None = ...
    """The user's country."""

@dataclass(kw_only=True)
class EventFeedbackType(Boto3Dicts):
    """The feedback that your application submitted to a threat protection event log, as
    displayed in an `AdminListUserAuthEvents` response."""

    feedback_value: FeedbackValueType | Unmodelled
    """Your feedback to the authentication event. When you provide a `FeedbackValue` value of
    `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has
    evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you
    tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon
    Cognito evaluated a high-enough risk level."""
    provider: str
    """The submitter of the event feedback. For example, if you submit event feedback in the
    Amazon Cognito console, this value is `Admin`."""
    feedback_date: datetime.datetime | None = ...
    """The date that you or your user submitted the feedback."""

@dataclass(kw_only=True)
class EventRiskType(Boto3Dicts):
    """The risk evaluation by adaptive authentication, as displayed in an
    `AdminListUserAuthEvents` response. Contains evaluations of compromised-credentials
    detection and assessed risk level and action taken by adaptive authentication."""

    risk_decision: RiskDecisionType | Unmodelled | None = ...
    """The action taken by adaptive authentication. If `NoRisk`, your user pool took no action.
    If `AccountTakeover`, your user pool applied the adaptive authentication automated
    response that you configured. If `Block`, your user pool prevented the attempt."""
    risk_level: RiskLevelType | Unmodelled | None = ...
    """The risk level that adaptive authentication assessed for the authentication event."""
    compromised_credentials_detected: bool | None = ...
    """Indicates whether compromised credentials were detected during an authentication event."""

@dataclass(kw_only=True)
class AdminListUserSessionsRequest(Boto3Dicts):
    """The AdminListUserSessionsRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the user."""
    username: str
    """The username of the user whose sessions you want to list."""
    next_token: str | None = ...
    """A pagination token that Amazon Cognito returned in a previous response. Use this value to
    retrieve the next page of results if a `NextToken` was included in a prior response."""

@dataclass(kw_only=True)
class AdminListUserSessionsResponse(Boto3Dicts):
    """The AdminListUserSessionsResponse structure."""

    sessions: list[SessionDescriptionType] | None = ...
    """A list of the user's active sessions. Each element describes one token session or SSO
    session."""
    next_token: str | None = ...
    """The pagination token to use in a subsequent request to retrieve the next page of results."""

@dataclass(kw_only=True)
class AdminRemoveUserFromGroupRequest(Boto3Dicts):
    """The AdminRemoveUserFromGroupRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the group and the user that you want to remove."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    group_name: str
    """The name of the group that you want to remove the user from, for example `MyTestGroup`."""

@dataclass(kw_only=True)
class AdminResetUserPasswordRequest(Boto3Dicts):
    """Represents the request to reset a user's password as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to reset the user's password."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class AdminResetUserPasswordResponse(Boto3Dicts):
    """Represents the response from the server to reset a user password as an administrator."""

@dataclass(kw_only=True)
class AdminRespondToAuthChallengeRequest(Boto3Dicts):
    """The request to respond to the authentication challenge, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to respond to an authentication challenge."""
    client_id: str
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
    challenge_responses: Mapping[str, str] | None = ...
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
    session: str | None = ...
    """The session identifier that maintains the state of authentication requests and challenge
    responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results
    in a determination that your application must pass another challenge, Amazon Cognito
    returns a session with other challenge parameters. Send this session identifier,
    unmodified, to the next `AdminRespondToAuthChallenge` request."""
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    context_data: ContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class AdminRespondToAuthChallengeResponse(Boto3Dicts):
    """Responds to the authentication challenge, as an administrator."""

    challenge_name: ChallengeNameType | Unmodelled | None = ...
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
    session: str | None = ...
    """The session identifier that maintains the state of authentication requests and challenge
    responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results
    in a determination that your application must pass another challenge, Amazon Cognito
    returns a session with other challenge parameters. Send this session identifier,
    unmodified, to the next `AdminRespondToAuthChallenge` request."""
    challenge_parameters: dict[str, str] | None = ...
    """The parameters that define your response to the next challenge."""
    authentication_result: AuthenticationResultType | None = ...
    """The outcome of a successful authentication process. After your application has passed all
    challenges, Amazon Cognito returns an `AuthenticationResult` with the JSON web tokens
    (JWTs) that indicate successful sign-in."""
    available_challenges: list[ChallengeNameType | Unmodelled] | None = ...
    """This response parameter lists the available authentication challenges that users can
    select from in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    For example, they might be able to choose between passkey authentication, a one-time
    password from an SMS message, and a traditional password."""

@dataclass(kw_only=True)
class AdminRevokeUserSessionRequest(Boto3Dicts):
    """The AdminRevokeUserSessionRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the session."""
    username: str
    """The username of the user who owns the session. The username must match the user associated
    with the `SessionId`, to confirm they are the intended target user."""
    session_id: str
    """The ID of the session to revoke. This is a 28-character string of lowercase letters and
    digits, prefixed with `tkn` for a token session or `sso` for an SSO session."""
    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    ) = ...
    """Specifies whether to also revoke the sessions that are linked to the targeted session.
    `NONE`, the default, revokes only the targeted session. `LINKED` also revokes the directly
    linked session or sessions, interpreted relative to the type of the targeted session:
    revoking a token session also revokes the parent SSO session it came through, and revoking
    an SSO session also revokes the token sessions that came through it. The set of linked
    sessions is eventually consistent, so associated sessions are typically revoked within a
    few seconds."""

@dataclass(kw_only=True)
class AdminRevokeUserSessionResponse(Boto3Dicts):
    """The AdminRevokeUserSessionResponse structure."""

@dataclass(kw_only=True)
class AdminSetUserMFAPreferenceRequest(Boto3Dicts):
    """The AdminSetUserMFAPreferenceRequest structure."""

    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    user_pool_id: str
    """The ID of the user pool where you want to set a user's MFA preferences."""
    sms_mfa_settings: SMSMfaSettingsType | None = ...
    """User preferences for SMS message MFA. Activates or deactivates SMS MFA and sets it as the
    preferred MFA method when multiple methods are available."""
    software_token_mfa_settings: SoftwareTokenMfaSettingsType | None = ...
    """User preferences for time-based one-time password (TOTP) MFA. Activates or deactivates
    TOTP MFA and sets it as the preferred MFA method when multiple methods are available."""
    email_mfa_settings: EmailMfaSettingsType | None = ...
    """User preferences for email message MFA. Activates or deactivates email MFA and sets it as
    the preferred MFA method when multiple methods are available. To activate this setting,
    your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    web_authn_mfa_settings: WebAuthnMfaSettingsType | None = ...
    """User preferences for passkey MFA. Activates or deactivates passkey MFA for the user. When
    activated, passkey authentication requires user verification, and passkey sign-in is
    available when MFA is required. To activate this setting, the `FactorConfiguration` of
    your user pool `WebAuthnConfiguration` must be `MULTI_FACTOR_WITH_USER_VERIFICATION`. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

@dataclass(kw_only=True)
class AdminSetUserMFAPreferenceResponse(Boto3Dicts):
    """The AdminSetUserMFAPreferenceResponse structure."""

@dataclass(kw_only=True)
class AdminSetUserPasswordRequest(Boto3Dicts):
    """The AdminSetUserPasswordRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to set the user's password."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    password: str
    """The new temporary or permanent password that you want to set for the user. You can't
    remove the password for a user who already has a password so that they can only sign in
    with passwordless methods. In this scenario, you must create a new user without a
    password."""
    permanent: bool | None = ...
    """Set to `true` to set a password that the user can immediately sign in with. Set to `false`
    to set a temporary password that the user must change on their next sign-in."""

@dataclass(kw_only=True)
class AdminSetUserPasswordResponse(Boto3Dicts):
    """The AdminSetUserPasswordResponse structure."""

@dataclass(kw_only=True)
class AdminSetUserSettingsRequest(Boto3Dicts):
    """You can use this parameter to set an MFA configuration that uses the SMS delivery medium."""

    user_pool_id: str
    """The ID of the user pool that contains the user whose options you're setting."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    mfa_options: Sequence[MFAOptionType]
    """You can use this parameter only to set an SMS configuration that uses SMS for delivery."""

@dataclass(kw_only=True)
class AdminSetUserSettingsResponse(Boto3Dicts):
    """Represents the response from the server to set user settings as an administrator."""

@dataclass(kw_only=True)
class AdminUpdateAuthEventFeedbackRequest(Boto3Dicts):
    """The AdminUpdateAuthEventFeedbackRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to submit authentication-event feedback."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    event_id: str
    """The ID of the threat protection authentication event that you want to update."""
    feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled
    """Your feedback to the authentication event. When you provide a `FeedbackValue` value of
    `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has
    evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you
    tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon
    Cognito evaluated a high-enough risk level."""

@dataclass(kw_only=True)
class AdminUpdateAuthEventFeedbackResponse(Boto3Dicts):
    """The AdminUpdateAuthEventFeedbackResponse structure."""

@dataclass(kw_only=True)
class AdminUpdateDeviceStatusRequest(Boto3Dicts):
    """The request to update the device status, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to change a user's device status."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    device_key: str
    """The unique identifier, or device key, of the device that you want to update the status
    for."""
    device_remembered_status: (
        DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled | None
    ) = ...
    """To enable device authentication with the specified device, set to `remembered`.To disable,
    set to `not_remembered`."""

@dataclass(kw_only=True)
class AdminUpdateDeviceStatusResponse(Boto3Dicts):
    """The status response to the request to update the device, as an administrator."""

@dataclass(kw_only=True)
class AdminUpdateUserAttributesRequest(Boto3Dicts):
    """Represents the request to update the user's attributes as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to update user attributes."""
    username: str
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
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class AdminUpdateUserAttributesResponse(Boto3Dicts):
    """Represents the response from the server for the request to update user attributes as an
    administrator."""

@dataclass(kw_only=True)
class AdminUserGlobalSignOutRequest(Boto3Dicts):
    """The request to sign out of all devices, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to sign out a user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

@dataclass(kw_only=True)
class AdminUserGlobalSignOutResponse(Boto3Dicts):
    """The global sign-out response, as an administrator."""

@dataclass(kw_only=True)
class AssociateSoftwareTokenRequest(Boto3Dicts):
    """The AssociateSoftwareTokenRequest structure."""

    access_token: str | None = ...
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`.

    You can provide either an access token or a session ID in the request."""
    session: str | None = ...
    """The session identifier that maintains the state of authentication requests and challenge
    responses. In `AssociateSoftwareToken`, this is the session ID from a successful sign-in.
    You can provide either an access token or a session ID in the request."""

@dataclass(kw_only=True)
class AssociateSoftwareTokenResponse(Boto3Dicts):
    """The AssociateSoftwareTokenResponse structure."""

    secret_code: str | None = ...
    """A unique generated shared secret code that is used by the TOTP algorithm to generate a
    one-time code."""
    session: str | None = ...
    """The session identifier that maintains the state of authentication requests and challenge
    responses."""

@dataclass(kw_only=True)
class CancelPointInTimeRecoveryRequest(Boto3Dicts):
    """The CancelPointInTimeRecoveryRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the recovery that you want to cancel."""
    restore_id: str
    """The ID of the recovery that you want to cancel. Amazon Cognito returns this ID in the
    response to an `InitiatePointInTimeRecovery` request."""

@dataclass(kw_only=True)
class CancelPointInTimeRecoveryResponse(Boto3Dicts):
    """The CancelPointInTimeRecoveryResponse structure."""

    restoration: RestorationType | None = ...
    """The details of the canceled recovery, including its status."""

@dataclass(kw_only=True)
class ChangePasswordRequest(Boto3Dicts):
    """Represents the request to change a user password."""

    proposed_password: str
    """A new password that you prompted the user to enter in your application."""
    access_token: str
    """A valid access token that Amazon Cognito issued to the user whose password you want to
    change."""
    previous_password: str | None = ...
    """The user's previous password. Required if the user has a password. If the user has no
    password and only signs in with passwordless authentication options, you can omit this
    parameter."""

@dataclass(kw_only=True)
class ChangePasswordResponse(Boto3Dicts):
    """The response from the server to the change password request."""

@dataclass(kw_only=True)
class CompleteWebAuthnRegistrationRequest(Boto3Dicts):
    """The CompleteWebAuthnRegistrationRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    credential: _types.Document
    """A RegistrationResponseJSON
    (https://www.w3.org/TR/WebAuthn-3/#dictdef-registrationresponsejson) public-key credential
    response from the user's passkey provider."""

@dataclass(kw_only=True)
class CompleteWebAuthnRegistrationResponse(Boto3Dicts):
    """The CompleteWebAuthnRegistrationResponse structure."""

@dataclass(kw_only=True)
class ConfirmDeviceRequest(Boto3Dicts):
    """The confirm-device request."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    device_key: str
    """The unique identifier, or device key, of the device that you want to update the status
    for."""
    device_secret_verifier_config: DeviceSecretVerifierConfigType | None = ...
    """The configuration of the device secret verifier."""
    device_name: str | None = ...
    """A friendly name for the device, for example `MyMobilePhone`."""

@dataclass(kw_only=True)
class ConfirmDeviceResponse(Boto3Dicts):
    """The confirm-device response."""

    user_confirmation_necessary: bool | None = ...
    """When `true`, your user must confirm that they want to remember the device. Prompt the user
    for an answer.

    When `false`, immediately sets the device as remembered and eligible for device
    authentication.

    You can configure your user pool to always remember devices, in which case this response
    is `false`, or to allow users to opt in, in which case this response is `true`. Configure
    this option under Device tracking in the Sign-in menu of your user pool."""

@dataclass(kw_only=True)
class DeviceSecretVerifierConfigType(Boto3Dicts):
    """A Secure Remote Password (SRP) value that your application generates when you register a
    user's device. For more information, see Getting a device key
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-getting-a-device-key)."""

    password_verifier: str | None = ...
    """A password verifier for a user's device. Used in SRP authentication."""
    salt: str | None = ...
    """The salt that you want to use in SRP authentication with the user's device."""

@dataclass(kw_only=True)
class ConfirmForgotPasswordRequest(Boto3Dicts):
    """The request representing the confirmation for a password reset."""

    client_id: str
    """The ID of the app client where the user wants to reset their password. This parameter is
    an identifier of the client application that users are resetting their password from, but
    this operation resets users' irrespective of the app clients they sign in to."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    confirmation_code: str
    """The confirmation code that your user pool delivered when your user requested to reset
    their password."""
    password: str
    """The new password that your user wants to set."""
    secret_hash: str | None = ...
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class ConfirmForgotPasswordResponse(Boto3Dicts):
    """The response from the server that results from a user's request to retrieve a forgotten
    password."""

@dataclass(kw_only=True)
class ConfirmSignUpRequest(Boto3Dicts):
    """Represents the request to confirm registration of a user."""

    client_id: str
    """The ID of the app client associated with the user pool."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    confirmation_code: str
    """The confirmation code that your user pool sent in response to the `SignUp` request."""
    secret_hash: str | None = ...
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""
    force_alias_creation: bool | None = ...
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
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    client_metadata: Mapping[str, str] | None = ...
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
    session: str | None = ...
    """The optional session ID from a `SignUp` API request. You can sign in a user directly from
    the sign-up process with the `USER_AUTH` authentication flow."""

@dataclass(kw_only=True)
class ConfirmSignUpResponse(Boto3Dicts):
    """Represents the response from the server for the registration confirmation."""

    session: str | None = ...
    """A session identifier that you can use to immediately sign in the confirmed user. You can
    automatically sign users in with the one-time password that they provided in a successful
    `ConfirmSignUp` request."""

@dataclass(kw_only=True)
class CreateCIMDPolicyRequest(Boto3Dicts):
    """The CreateCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to create the CIMD policy."""
    client_id: str
    """The ID of the app client that you want to associate with the CIMD policy."""
    policy_name: str
    """A friendly name for the CIMD policy."""
    url_patterns: Sequence[str]
    """One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata document URL
    only when it matches one of these patterns. Patterns can contain the `*` wildcard
    character."""
    cache_duration: int | None = ...
    """The length of time, in seconds, that Amazon Cognito caches a client metadata document that
    it retrieved from a URL that matches the policy. The value must be between 86,400 seconds
    (one day) and 31,556,952 seconds (one year)."""

@dataclass(kw_only=True)
class CreateCIMDPolicyResponse(Boto3Dicts):
    """The CreateCIMDPolicyResponse structure."""

    cimd_policy: CIMDPolicyType
    """The CIMD policy that you created."""

@dataclass(kw_only=True)
class CreateGroupRequest(Boto3Dicts):
    """The CreateGroupRequest structure."""

    group_name: str
    """A name for the group. This name must be unique in your user pool."""
    user_pool_id: str
    """The ID of the user pool where you want to create a user group."""
    description: str | None = ...
    """A description of the group that you're creating."""
    role_arn: str | None = ...
    """The Amazon Resource Name (ARN) for the IAM role that you want to associate with the group.
    A group role primarily declares a preferred role for the credentials that you get from an
    identity pool. Amazon Cognito ID tokens have a `cognito:preferred_role` claim that
    presents the highest-precedence group that a user belongs to. Both ID and access tokens
    also contain a `cognito:groups` claim that list all the groups that a user is a member of."""
    precedence: int | None = ...
    """A non-negative integer value that specifies the precedence of this group relative to the
    other groups that a user can belong to in the user pool. Zero is the highest precedence
    value. Groups with lower `Precedence` values take precedence over groups with higher or
    null `Precedence` values. If a user belongs to two or more groups, it is the group with
    the lowest precedence value whose role ARN is given in the user's tokens for the
    `cognito:roles` and `cognito:preferred_role` claims.

    Two groups can have the same `Precedence` value. If this happens, neither group takes
    precedence over the other. If two groups with the same `Precedence` have the same role
    ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each
    group. If the two groups have different role ARNs, the `cognito:preferred_role` claim
    isn't set in users' tokens.

    The default `Precedence` value is null. The maximum `Precedence` value is `2^31-1`."""

@dataclass(kw_only=True)
class CreateGroupResponse(Boto3Dicts):
    """The CreateGroupResponse structure."""

    group: GroupType | None = ...
    """The response object for a created group."""

@dataclass(kw_only=True)
class CreateIdentityProviderRequest(Boto3Dicts):
    """The CreateIdentityProviderRequest structure."""

    user_pool_id: str
    """The Id of the user pool where you want to create an IdP."""
    provider_name: str
    """The name that you want to assign to the IdP. You can pass the identity provider name in
    the `identity_provider` query parameter of requests to the Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to
    silently redirect to sign-in with the associated IdP."""
    provider_type: IdentityProviderTypeType | IdentityProviderTypeTypeValue | Unmodelled
    """The type of IdP that you want to add. Amazon Cognito supports OIDC, SAML 2.0, Login With
    Amazon, Sign In With Apple, Google, and Facebook IdPs."""
    provider_details: Mapping[str, str]
    """The scopes, URLs, and identifiers for your external identity provider. The following
    examples describe the provider detail keys for each IdP type. These values and their
    schema are subject to change. Social IdP `authorize_scopes` values must match the values
    listed here.

    OpenID Connect (OIDC)
        Amazon Cognito accepts the following elements when it can't discover endpoint URLs
        from `oidc_issuer`: `attributes_url`, `authorize_url`, `jwks_uri`, `token_url`.

        Create or update request: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid
        profile email", "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

        Describe response: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo",
        "attributes_url_add_attributes": "false", "authorize_scopes": "openid profile email",
        "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

    SAML
        Create or update request with Metadata URL: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL":
        "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256"
        }`

        Create or update request with Metadata file: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]",
        "RequestSigningAlgorithm": "rsa-sha256" }`

        The value of `MetadataFile` must be the plaintext metadata document with all quote (")
        characters escaped by backslashes.

        Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true",
        "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]",
        "MetadataURL": "https://auth.example.com/sso/saml/metadata",
        "RequestSigningAlgorithm": "rsa-sha256", "SLORedirectBindingURI":
        "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
        "https://auth.example.com/sso/saml" }`

    LoginWithAmazon
        Create or update request: `"ProviderDetails": { "authorize_scopes": "profile
        postal_code", "client_id": "amzn1.application-oa2-client.1example23456789",
        "client_secret": "provider-app-client-secret"`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false",
        "authorize_scopes": "profile postal_code", "authorize_url":
        "https://www.amazon.com/ap/oa", "client_id":
        "amzn1.application-oa2-client.1example23456789", "client_secret":
        "provider-app-client-secret", "token_request_method": "POST", "token_url":
        "https://api.amazon.com/auth/o2/token" }`

    Google
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email profile
        openid", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://people.googleapis.com/v1/people/me?personFields=",
        "attributes_url_add_attributes": "true", "authorize_scopes": "email profile openid",
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
        "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret", "oidc_issuer": "https://accounts.google.com",
        "token_request_method": "POST", "token_url":
        "https://www.googleapis.com/oauth2/v4/token" }`

    SignInWithApple
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email name",
        "client_id": "com.example.cognito", "private_key": "1EXAMPLE", "key_id": "2EXAMPLE",
        "team_id": "3EXAMPLE" }`

        Describe response: `"ProviderDetails": { "attributes_url_add_attributes": "false",
        "authorize_scopes": "email name", "authorize_url":
        "https://appleid.apple.com/auth/authorize", "client_id": "com.example.cognito",
        "key_id": "1EXAMPLE", "oidc_issuer": "https://appleid.apple.com", "team_id":
        "2EXAMPLE", "token_request_method": "POST", "token_url":
        "https://appleid.apple.com/auth/token" }`

    Facebook
        Create or update request: `"ProviderDetails": { "api_version": "v17.0",
        "authorize_scopes": "public_profile, email", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "api_version": "v17.0", "attributes_url":
        "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes":
        "true", "authorize_scopes": "public_profile, email", "authorize_url":
        "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret", "token_request_method": "GET",
        "token_url": "https://graph.facebook.com/v17.0/oauth/access_token" }`"""
    attribute_mapping: Mapping[str, str] | None = ...
    """A mapping of IdP attributes to standard and custom user pool attributes. Specify a user
    pool attribute as the key of the key-value pair, and the IdP attribute claim name as the
    value."""
    idp_identifiers: Sequence[str] | None = ...
    """An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]`.
    Identifiers are friendly names that you can pass in the `idp_identifier` query parameter
    of requests to the Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to
    silently redirect to sign-in with the associated IdP. Identifiers in a domain format also
    enable the use of email-address matching with SAML providers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html)."""
    acr_mapping: Mapping[str, str] | None = ...
    """A mapping between the authentication context class reference (ACR) levels of your user
    pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP). The
    map is keyed by level, from `Level1` through `Level4`, and each value is the ACR value
    that the IdP uses for the corresponding level. Amazon Cognito uses this mapping to
    translate a requested user pool ACR level to the value that the IdP expects, and to map an
    ACR value that the IdP returns back to a user pool level. When the IdP returns an ACR
    value that isn't mapped, Amazon Cognito resolves it to the lowest level. Only OIDC IdPs
    support ACR mapping.

    Setting `AcrMapping` is available in all feature plans. It isn't restricted to the
    Essentials or Plus feature plan."""

@dataclass(kw_only=True)
class CreateIdentityProviderResponse(Boto3Dicts):
    """The CreateIdentityProviderResponse structure."""

    identity_provider: IdentityProviderType
    """The details of the new user pool IdP."""

@dataclass(kw_only=True)
class CreateManagedLoginBrandingRequest(Boto3Dicts):
    """The CreateManagedLoginBrandingRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to create a new branding style."""
    client_id: str
    """The app client that you want to create the branding style for. Each style is linked to an
    app client until you delete it."""
    use_cognito_provided_values: bool | None = ...
    """When true, applies the default branding style options. These default options are managed
    by Amazon Cognito. You can modify them later in the branding editor.

    When you specify `true` for this option, you must also omit values for `Settings` and
    `Assets` in the request."""
    settings: _types.Document | None = ...
    """A JSON file, encoded as a `Document` type, with the the settings that you want to apply to
    your style.

    The following components are not currently implemented and reserved for future use:

    - `signUp`
    - `instructions`
    - `sessionTimerDisplay`
    - `languageSelector` (for localization, see Managed login localization)
      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)"""
    assets: Sequence[AssetType] | None = ...
    """An array of image files that you want to apply to functions like backgrounds, logos, and
    icons. Each object must also indicate whether it is for dark mode, light mode, or
    browser-adaptive mode."""

@dataclass(kw_only=True)
class CreateManagedLoginBrandingResponse(Boto3Dicts):
    """The CreateManagedLoginBrandingResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = ...
    """The details of the branding style that you created."""

@dataclass(kw_only=True)
class CreateResourceServerRequest(Boto3Dicts):
    """The CreateResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to create a resource server."""
    identifier: str
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""
    name: str
    """A friendly name for the resource server."""
    scopes: Sequence[ResourceServerScopeType] | None = ...
    """A list of custom scopes. Each scope is a key-value map with the keys `ScopeName` and
    `ScopeDescription`. The name of a custom scope is a combination of `ScopeName` and the
    resource server `Name` in this request, for example `MyResourceServerName/MyScopeName`."""

@dataclass(kw_only=True)
class CreateResourceServerResponse(Boto3Dicts):
    """The CreateResourceServerResponse structure."""

    resource_server: ResourceServerType
    """The details of the new resource server."""

@dataclass(kw_only=True)
class CreateTermsRequest(Boto3Dicts):
    """The CreateTermsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to create terms documents."""
    client_id: str
    """The ID of the app client where you want to create terms documents. Must be an app client
    in the requested user pool."""
    terms_name: str
    """A friendly name for the document that you want to create in the current request. Must
    begin with `terms-of-use` or `privacy-policy` as identification of the document type.
    Provide URLs for both `terms-of-use` and `privacy-policy` in separate requests."""
    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled
    """This parameter is reserved for future use and currently accepts only one value."""
    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled
    """This parameter is reserved for future use and currently accepts only one value."""
    links: Mapping[str, str] | None = ...
    """A map of URLs to languages. For each localized language that will view the requested
    `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages
    that don't have a language-specific URL.

    For example, `"cognito:default": "https://terms.example.com", "cognito:spanish":
    "https://terms.example.com/es"`."""

@dataclass(kw_only=True)
class CreateTermsResponse(Boto3Dicts):
    """The CreateTermsResponse structure."""

    terms: TermsType | None = ...
    """A summary of your terms documents. Includes a unique identifier for later changes to the
    terms documents."""

@dataclass(kw_only=True)
class CreateUserImportJobRequest(Boto3Dicts):
    """Represents the request to create the user import job."""

    job_name: str
    """A friendly name for the user import job."""
    user_pool_id: str
    """The ID of the user pool that you want to import users into."""
    cloud_watch_logs_role_arn: str
    """You must specify an IAM role that has permission to log import-job results to Amazon
    CloudWatch Logs. This parameter is the ARN of that role."""
    password_hashing_algorithm: (
        PasswordHashingAlgorithmType | PasswordHashingAlgorithmTypeValue | Unmodelled | None
    ) = ...
    """The password hashing algorithm used to generate the hashes in the CSV file for this import
    job.

    Valid values: `BCRYPT` | `SCRYPT` | `ARGON2ID` | `PBKDF2_SHA256`"""

@dataclass(kw_only=True)
class CreateUserImportJobResponse(Boto3Dicts):
    """Represents the response from the server to the request to create the user import job."""

    user_import_job: UserImportJobType | None = ...
    """The details of the user import job. Includes logging destination, status, and the Amazon
    S3 pre-signed URL for CSV upload."""

@dataclass(kw_only=True)
class CreateUserPoolRequest(Boto3Dicts):
    """Represents the request to create a user pool."""

    pool_name: str
    """A friendly name for your user pool."""
    policies: UserPoolPolicyType | None = ...
    """The password policy and sign-in policy in the user pool. The password policy sets options
    like password complexity requirements and password history. The sign-in policy sets the
    options available to applications in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice)."""
    deletion_protection: (
        DeletionProtectionType | DeletionProtectionTypeValue | Unmodelled | None
    ) = ...
    """When active, `DeletionProtection` prevents accidental deletion of your user pool. Before
    you can delete a user pool that you have protected against deletion, you must deactivate
    this feature.

    When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon
    Cognito returns an `InvalidParameterException` error. To delete a protected user pool,
    send a new `DeleteUserPool` request after you deactivate deletion protection in an
    `UpdateUserPool` API request."""
    lambda_config: LambdaConfigType | None = ...
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of authentication operations. Triggers can modify the outcome of the
    operations that invoked them."""
    auto_verified_attributes: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    ) = ...
    """The attributes that you want your user pool to automatically verify. For more information,
    see Verifying contact information at sign-up
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves)."""
    alias_attributes: (
        Sequence[AliasAttributeType | AliasAttributeTypeValue | Unmodelled] | None
    ) = ...
    """Attributes supported as an alias for this user pool. For more information about alias
    attributes, see Customizing sign-in attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases)."""
    username_attributes: (
        Sequence[UsernameAttributeType | UsernameAttributeTypeValue | Unmodelled] | None
    ) = ...
    """Specifies whether a user can use an email address or phone number as a username when they
    sign up. For more information, see Customizing sign-in attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases)."""
    sms_verification_message: str | None = ...
    """This parameter is no longer used."""
    email_verification_message: str | None = ...
    """This parameter is no longer used."""
    email_verification_subject: str | None = ...
    """This parameter is no longer used."""
    verification_message_template: VerificationMessageTemplateType | None = ...
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute.

    Set the email message type that corresponds to your `DefaultEmailOption` selection. For
    `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave `EmailMessage` blank. For
    `CONFIRM_WITH_CODE`, specify an `EmailMessage` and leave `EmailMessageByLink` blank. When
    you supply both parameters with either choice, Amazon Cognito returns an error."""
    sms_authentication_message: str | None = ...
    """The contents of the SMS message that your user pool sends to users in SMS OTP and MFA
    authentication."""
    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = ...
    """Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor.

    The `CreateUserPool` operation supports only SMS MFA configuration. If you set
    `MfaConfiguration` to either of these values, include an `SmsConfiguration` in the same
    request:

    - `ON` - Requires MFA for all users
    - `OPTIONAL` - Makes MFA optional for each user

    If you omit `SmsConfiguration`, the operation returns an `InvalidParameterException`. To
    configure TOTP or email MFA, use the SetUserPoolMfaConfig
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html)
    operation. You can also use `SetUserPoolMfaConfig` to add MFA factors later."""
    user_attribute_update_settings: UserAttributeUpdateSettingsType | None = ...
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""
    device_configuration: DeviceConfigurationType | None = ...
    """The device-remembering configuration for a user pool. Device remembering or device
    tracking is a "Remember me on this device" option for user pools that perform
    authentication with the device key of a trusted device in the back end, instead of a
    user-provided MFA code. For more information about device authentication, see Working with
    user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    A null value indicates that you have deactivated device remembering in your user pool.

    Note: When you provide a value for any `DeviceConfiguration` field, you activate the
    Amazon Cognito device-remembering feature. For more information, see Working with devices
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""
    email_configuration: EmailConfigurationType | None = ...
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for messages from your
    user pool."""
    sms_configuration: SmsConfigurationType | None = ...
    """The settings for your Amazon Cognito user pool to send SMS messages with Amazon Simple
    Notification Service. To send SMS messages with Amazon SNS in the Amazon Web Services
    Region that you want, the Amazon Cognito user pool uses an Identity and Access Management
    (IAM) role in your Amazon Web Services account. For more information see SMS message
    settings
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)."""
    user_pool_tags: Mapping[str, str] | None = ...
    """The tag keys and values to assign to the user pool. A tag is a label that you can use to
    categorize and manage user pools in different ways, such as by purpose, owner,
    environment, or other criteria."""
    admin_create_user_config: AdminCreateUserConfigType | None = ...
    """The configuration for administrative creation of users. Includes the template for the
    invitation message for new users, the duration of temporary passwords, and permitting
    self-service sign-up."""
    schema: Sequence[SchemaAttributeType] | None = ...
    """An array of attributes for the new user pool. You can add custom attributes and modify the
    properties of default attributes. The specifications in this parameter set the required
    attributes in your user pool. For more information, see Working with user attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html)."""
    user_pool_add_ons: UserPoolAddOnsType | None = ...
    """Contains settings for activation of threat protection, including the operating mode and
    additional authentication types. To log user security information but take no action, set
    to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to
    your user pool, set to `ENFORCED`.

    For more information, see Adding advanced security to a user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
    To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""
    dcr_configuration: DcrConfigurationType | None = ...
    """The dynamic client registration configuration for the user pool. With dynamic client
    registration, applications can register their own app clients at runtime through the
    registration endpoint of your user pool domain. To activate this setting, your user pool
    must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    username_configuration: UsernameConfigurationType | None = ...
    """Sets the case sensitivity option for sign-in usernames. When `CaseSensitive` is `false`
    (case insensitive), users can sign in with any combination of capital and lowercase
    letters. For example, `username`, `USERNAME`, or `UserName`, or for email,
    `email@example.com` or `EMaiL@eXamplE.Com`. For most use cases, set case sensitivity to
    `false` as a best practice. When usernames and email addresses are case insensitive,
    Amazon Cognito treats any variation in case as the same user, and prevents a case
    variation from being assigned to the same attribute for a different user.

    When `CaseSensitive` is `true` (case sensitive), Amazon Cognito interprets `USERNAME` and
    `UserName` as distinct users.

    This configuration is immutable after you set it."""
    account_recovery_setting: AccountRecoverySettingType | None = ...
    """The available verified method a user can use to recover their password when they call
    `ForgotPassword`. You can use this setting to define a preferred method when a user has
    more than one method available. With this setting, SMS doesn't qualify for a valid
    password recovery mechanism if the user also has SMS multi-factor authentication (MFA)
    activated. Email MFA is also disqualifying for account recovery with email. In the absence
    of this setting, Amazon Cognito uses the legacy behavior to determine the recovery method
    where SMS is preferred over email.

    As a best practice, configure both `verified_email` and `verified_phone_number`, with one
    having a higher priority than the other."""
    user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None = ...
    """The user pool feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
    or tier. This parameter determines the eligibility of the user pool for features like
    managed login, access-token customization, and threat protection. Defaults to
    `ESSENTIALS`."""
    key_configuration: KeyConfigurationType | None = ...
    """The key configuration for the user pool. Specifies the key type and KMS key ARN for
    encryption."""
    issuer_configuration: IssuerConfigurationType | None = ...
    """The issuer configuration for the user pool. Specifies the issuer type for token
    generation."""
    acr_configuration: Mapping[str, AcrLevelConfigType] | None = ...
    """The custom names for the authentication context class reference (ACR) levels in your user
    pool. Amazon Cognito defines four fixed ACR levels that represent increasing
    authentication assurance. The combination of authentication factors that satisfies each
    level is fixed and you can't change it. With this configuration, you customize only the
    URI name that Amazon Cognito reports for each level in the `acr` token claim.

    You can override a subset of the levels. By default, the levels are named
    `urn:cognito:loa:1` through `urn:cognito:loa:4`, and Amazon Cognito applies the default
    name to any level that you don't specify. Each name must be unique across all four levels,
    including any default names that apply to levels you don't override. A name can contain
    any character that is valid in a URL or a URN.

    Configuring custom ACR level names requires the Essentials or Plus feature plan. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

@dataclass(kw_only=True)
class CreateUserPoolResponse(Boto3Dicts):
    """Represents the response from the server for the request to create a user pool."""

    user_pool: UserPoolType | None = ...
    """The details of the created user pool."""

@dataclass(kw_only=True)
class CreateUserPoolClientRequest(Boto3Dicts):
    """Represents the request to create a user pool client."""

    user_pool_id: str
    """The ID of the user pool where you want to create an app client."""
    client_name: str
    """A friendly name for the app client that you want to create."""
    generate_secret: bool | None = ...
    """When `true`, generates a client secret for the app client. Client secrets are used with
    server-side and machine-to-machine applications. Client secrets are automatically
    generated; you can't specify a secret value. For more information, see App client types
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html#user-pool-settings-client-app-client-types)."""
    client_secret: str | None = ...
    """A custom client secret that you want to use for the app client. You cannot specify both
    GenerateSecret as true and provide a ClientSecret value."""
    refresh_token_validity: int | None = ...
    """The refresh token time limit. After this limit expires, your user can't use their refresh
    token. To specify the time unit for `RefreshTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `RefreshTokenValidity` as `10` and `TokenValidityUnits` as
    `days`, your user can refresh their session and retrieve new access and ID tokens for 10
    days.

    The default time unit for `RefreshTokenValidity` in an API request is days. You can't set
    `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides the value with the
    default value of 30 days. Valid range is displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your refresh
    tokens are valid for 30 days."""
    access_token_validity: int | None = ...
    """The access token time limit. After this limit expires, your user can't use their access
    token. To specify the time unit for `AccessTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `AccessTokenValidity` to `10` and `TokenValidityUnits` to
    `hours`, your user can authorize access with their access token for 10 hours.

    The default time unit for `AccessTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your access tokens
    are valid for one hour."""
    id_token_validity: int | None = ...
    """The ID token time limit. After this limit expires, your user can't use their ID token. To
    specify the time unit for `IdTokenValidity` as `seconds`, `minutes`, `hours`, or `days`,
    set a `TokenValidityUnits` value in your API request.

    For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits` as `hours`,
    your user can authenticate their session with their ID token for 10 hours.

    The default time unit for `IdTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your ID tokens are
    valid for one hour."""
    token_validity_units: TokenValidityUnitsType | None = ...
    """The units that validity times are represented in. The default unit for refresh tokens is
    days, and the default for ID and access tokens are hours."""
    read_attributes: Sequence[str] | None = ...
    """The list of user attributes that you want your app client to have read access to. After
    your user authenticates in your app, their access token authorizes them to read their own
    attribute value for any attribute in this list.

    When you don't specify the `ReadAttributes` for your app client, your app can read the
    values of `email_verified`, `phone_number_verified`, and the standard attributes of your
    user pool. When your user pool app client has read access to these default attributes,
    `ReadAttributes` doesn't return any information. Amazon Cognito only populates
    `ReadAttributes` in the API response if you have specified your own custom set of read
    attributes."""
    write_attributes: Sequence[str] | None = ...
    """The list of user attributes that you want your app client to have write access to. After
    your user authenticates in your app, their access token authorizes them to set or modify
    their own attribute value for any attribute in this list.

    When you don't specify the `WriteAttributes` for your app client, your app can write the
    values of the Standard attributes of your user pool. When your user pool has write access
    to these default attributes, `WriteAttributes` doesn't return any information. Amazon
    Cognito only populates `WriteAttributes` in the API response if you have specified your
    own custom set of write attributes.

    If your app client allows users to sign in through an IdP, this array must include all
    attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped
    attributes when users sign in to your application through an IdP. If your app client does
    not have write access to a mapped attribute, Amazon Cognito throws an error when it tries
    to update the attribute. For more information, see Specifying IdP Attribute Mappings for
    Your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html)."""
    explicit_auth_flows: (
        Sequence[ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled] | None
    ) = ...
    """The authentication flows
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html)
    that you want your user pool client to support. For each app client in your user pool, you
    can sign in your users with any combination of one or more flows, including with a user
    name and Secure Remote Password (SRP), a user name and password, or a custom
    authentication process that you define with Lambda functions.

    Note: If you don't specify a value for `ExplicitAuthFlows`, your app client supports
    `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and `ALLOW_CUSTOM_AUTH`.

    The values for authentication flow options include the following.

    - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This setting covers
      username-password, secure remote password (SRP), passwordless, and passkey
      authentication. This authentiation flow can do username-password and SRP authentication
      without other `ExplicitAuthFlows` permitting them. For example users can complete an SRP
      challenge through `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app
      client. This flow doesn't include `CUSTOM_AUTH`.

      To activate this setting, your user pool must be in the Essentials tier
      (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
      or higher.
    - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password authentication flow
      `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the `ADMIN_NO_SRP_AUTH` setting. With
      this authentication flow, your app passes a user name and password to Amazon Cognito in
      the request, instead of using the Secure Remote Password (SRP) protocol to securely
      transmit the password.
    - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
    - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In this flow,
      Amazon Cognito receives the password in the request instead of using the SRP protocol to
      verify passwords.
    - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
    - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
    - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` - Use this flow to request `GetDerivedToken` token
      exchanges without an `ActorToken`. The issued token represents the subject user
      directly.
    - `ALLOW_TOKEN_EXCHANGE_DELEGATION` - Use this flow to request `GetDerivedToken` token
      exchanges that include an `ActorToken`. The issued token carries an `act` claim that
      identifies the intermediary acting on the behalf of the subject.

    In some environments, you will see the values `ADMIN_NO_SRP_AUTH`,
    `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these legacy
    `ExplicitAuthFlows` values to user pool clients at the same time as values that begin with
    `ALLOW_`, like `ALLOW_USER_SRP_AUTH`."""
    supported_identity_providers: Sequence[str] | None = ...
    """A list of provider names for the identity providers (IdPs) that are supported on this
    client. The following are supported: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`,
    and `LoginWithAmazon`. You can also specify the names that you configured for the SAML and
    OIDC IdPs in your user pool, for example `MySAMLIdP` or `MyOIDCIdP`.

    This parameter sets the IdPs that managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
    will display on the login page for your app client. The removal of `COGNITO` from this
    list doesn't prevent authentication operations for local users with the user pools API in
    an Amazon Web Services SDK. The only way to prevent SDK-based authentication is to block
    access with a WAF rule
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html)."""
    callback_urls: Sequence[str] | None = ...
    """A list of allowed redirect, or callback, URLs for managed login authentication. These URLs
    are the paths where you want to send your users' browsers after they complete
    authentication with managed login or a third-party IdP. Typically, callback URLs are the
    home of an application that uses OAuth or OIDC libraries to process authentication
    outcomes.

    A redirect URI must meet the following requirements:

    - Be an absolute URI.
    - Be registered with the authorization server. Amazon Cognito doesn't accept authorization
      requests with `redirect_uri` values that aren't in the list of `CallbackURLs` that you
      provide in this parameter.
    - Not include a fragment component.

    See OAuth 2.0 - Redirection Endpoint (https://tools.ietf.org/html/rfc6749#section-3.1.2).

    Amazon Cognito requires HTTPS over HTTP except for callback URLs to `http://localhost`,
    `http://127.0.0.1` and `http://[::1]`. These callback URLs are for testing purposes only.
    You can specify custom TCP ports for your callback URLs.

    App callback URLs such as `myapp://example` are also supported."""
    logout_urls: Sequence[str] | None = ...
    """A list of allowed logout URLs for managed login authentication. When you pass `logout_uri`
    and `client_id` parameters to `/logout`, Amazon Cognito signs out your user and redirects
    them to the logout URL. This parameter describes the URLs that you want to be the
    permitted targets of `logout_uri`. A typical use of these URLs is when a user selects
    "Sign out" and you redirect them to your public homepage. For more information, see Logout
    endpoint (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html)."""
    default_redirect_uri: str | None = ...
    """The default redirect URI. In app clients with one assigned IdP, replaces `redirect_uri` in
    authentication requests. Must be in the `CallbackURLs` list."""
    allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None = ...
    """The OAuth grant types that you want your app client to generate for clients in managed
    login authentication. To create an app client that generates client credentials grants,
    you must add `client_credentials` as the only allowed OAuth flow.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    implicit
        Issue the access token, and the ID token when scopes like `openid` and `profile` are
        requested, directly to your user.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person
        user, authorized by a combination of the client ID and client secret."""
    allowed_o_auth_scopes: Sequence[str] | None = ...
    """The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app
    client to authorize access with. Scopes govern access control to user pool self-service
    API operations, user data from the `userInfo` endpoint, and third-party APIs. Scope values
    include `phone`, `email`, `openid`, and `profile`. The `aws.cognito.signin.user.admin`
    scope authorizes user self-service operations. Custom scopes with resource servers
    authorize access to external APIs."""
    allowed_o_auth_flows_user_pool_client: bool | None = ...
    """Set to `true` to use OAuth 2.0 authorization server features in your app client.

    This parameter must have a value of `true` before you can configure the following features
    in your app client.

    - `CallBackURLs`: Callback URLs.
    - `LogoutURLs`: Sign-out redirect URLs.
    - `AllowedOAuthScopes`: OAuth 2.0 scopes.
    - `AllowedOAuthFlows`: Support for authorization code, implicit, and client credentials
      OAuth 2.0 grants.

    To use authorization server features, configure one of these features in the Amazon
    Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a
    `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set a value for
    `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or SDKs, it defaults to
    `false`. When `false`, only SDK-based API sign-in is permitted."""
    analytics_configuration: AnalyticsConfigurationType | None = ...
    """The user pool analytics configuration for collecting metrics and sending them to your
    Amazon Pinpoint campaign.

    In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools might not
    have access to analytics or might be configurable with campaigns in the US East (N.
    Virginia) Region. For more information, see Using Amazon Pinpoint analytics
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html)."""
    prevent_user_existence_errors: (
        PreventUserExistenceErrorTypes | PreventUserExistenceErrorTypesValue | Unmodelled | None
    ) = ...
    """When `ENABLED`, suppresses messages that might indicate a valid user exists when someone
    attempts sign-in. This parameters sets your preference for the errors and responses that
    you want Amazon Cognito APIs to return during authentication, account confirmation, and
    password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and
    the user doesn't exist, authentication returns an error indicating either the username or
    password was incorrect. Account confirmation and password recovery return a response
    indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs
    return a `UserNotFoundException` exception if the user doesn't exist in the user pool.

    Defaults to `LEGACY`."""
    enable_token_revocation: bool | None = ...
    """Activates or deactivates token revocation
    (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html) in the
    target app client.

    If you don't include this parameter, token revocation is automatically activated for the
    new user pool client."""
    enable_propagate_additional_user_context_data: bool | None = ...
    """When `true`, your application can include additional `UserContextData` in authentication
    requests. This data includes the IP address, and contributes to analysis by threat
    protection features. For more information about propagation of user context data, see
    Adding session data to API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
    If you don't include this parameter, you can't send the source IP address to Amazon
    Cognito threat protection features. You can only activate
    `EnablePropagateAdditionalUserContextData` in an app client that has a client secret."""
    auth_session_validity: int | None = ...
    """Amazon Cognito creates a session token for each API request in an authentication flow.
    `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool
    native user must respond to each authentication challenge before the session expires."""
    refresh_token_rotation: RefreshTokenRotationType | None = ...
    """The configuration of your app client for refresh token rotation. When enabled, your app
    client issues new ID, access, and refresh tokens when users renew their sessions with
    refresh tokens. When disabled, token refresh issues only ID and access tokens."""
    publish_secrets_in_aws_secrets_manager: bool | None = ...
    """Specifies whether Amazon Cognito stores and manages this app client's secret in Amazon Web
    Services Secrets Manager
    (https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) instead of
    returning the plaintext value. Applies only when `GenerateSecret` is `true`. When you set
    this parameter to `true`, the response returns `ClientSecretArn` instead of
    `ClientSecret`. Amazon Cognito starts the first rotation of the secret right away, and
    then rotates the secret every 7 days by default. You can change the rotation schedule in
    Secrets Manager.

    Defaults to `false`. If you don't set this parameter, Amazon Cognito doesn't manage the
    secret in Secrets Manager and returns the plaintext `ClientSecret` value. The Amazon
    Cognito console turns on this option by default when it creates an app client with a
    generated client secret."""

@dataclass(kw_only=True)
class CreateUserPoolClientResponse(Boto3Dicts):
    """Represents the response from the server to create a user pool client."""

    user_pool_client: UserPoolClientType | None = ...
    """The details of the new app client."""

@dataclass(kw_only=True)
class CreateUserPoolDomainRequest(Boto3Dicts):
    """The CreateUserPoolDomainRequest structure."""

    domain: str
    """The domain string. For custom domains, this is the fully-qualified domain name, such as
    `auth.example.com`. For prefix domains, this is the prefix alone, such as `myprefix`. A
    prefix value of `myprefix` for a user pool in the `us-east-1` Region results in a domain
    of `myprefix.auth.us-east-1.amazoncognito.com`."""
    user_pool_id: str
    """The ID of the user pool where you want to add a domain."""
    managed_login_version: int | None = ...
    """The version of managed login branding that you want to apply to your domain. A value of
    `1` indicates hosted UI (classic) and a version of `2` indicates managed login.

    Managed login requires that your user pool be configured for any feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html)
    other than `Lite`.

    A `ManagedLoginVersion` value of `2` does not activate managed login pages for your app
    client. When you create an app client programmatically, your app client has no branding
    style. To use managed login, create a branding style using the CreateManagedLoginBranding
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html)
    operation. When you use the console, Amazon Cognito assigns a default branding style
    automatically. When you use the API or an SDK, you must create a branding style yourself."""
    custom_domain_config: CustomDomainConfigType | None = ...
    """The configuration for a custom domain. Configures your domain with an Certificate Manager
    certificate in the `us-east-1` Region.

    Provide this parameter only if you want to use a custom domain
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html)
    for your user pool. Otherwise, you can omit this parameter and use a prefix domain
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html)
    instead.

    When you create a custom domain, the passkey RP ID defaults to the custom domain. If you
    had a prefix domain active, this will cause passkey integration for your prefix domain to
    stop working due to a mismatch in RP ID. To keep the prefix domain passkey integration
    working, you can explicitly set RP ID to the prefix domain."""
    routing: RoutingType | None = ...
    """The configuration of routing for requests to the domain for replicas of a replicated user
    pool. The routing configuration is currently only supported for custom domains."""

@dataclass(kw_only=True)
class CreateUserPoolDomainResponse(Boto3Dicts):
    """The CreateUserPoolDomainResponse structure."""

    managed_login_version: int | None = ...
    """The version of managed login branding applied your domain. A value of `1` indicates hosted
    UI (classic) and a version of `2` indicates managed login."""
    cloud_front_domain: str | None = ...
    """The fully-qualified domain name (FQDN) of the Amazon CloudFront distribution that hosts
    your managed login or classic hosted UI pages. Your domain-name authority must have an
    alias record that points requests for your custom domain to this FQDN. Amazon Cognito
    returns this value if you set a custom domain with `CustomDomainConfig`. If you set an
    Amazon Cognito prefix domain, this parameter returns null."""
    routing: RoutingType | None = ...
    """The routing configuration that was applied to the user pool domain."""

@dataclass(kw_only=True)
class CreateUserPoolReplicaRequest(Boto3Dicts):
    """The CreateUserPoolReplicaRequest structure."""

    user_pool_id: str
    """The ID of the user pool to replicate."""
    region_name: str
    """The Amazon Web Services Region where you want to create the replica user pool."""
    user_pool_tags: Mapping[str, str] | None = ...
    """A map of tags to assign to the replica user pool. Each tag consists of a key and an
    optional value, both of which you define. You can maintain tags independently on replica
    user pools."""

@dataclass(kw_only=True)
class CreateUserPoolReplicaResponse(Boto3Dicts):
    """The CreateUserPoolReplicaResponse structure."""

    user_pool_replica: UserPoolReplicaType | None = ...
    """Information about the created user pool replica, including its status and role."""

@dataclass(kw_only=True)
class DeleteCIMDPolicyRequest(Boto3Dicts):
    """The DeleteCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""
    cimd_policy_id: str
    """The ID of the CIMD policy that you want to delete."""

@dataclass(kw_only=True)
class DeleteCIMDPolicyResponse(Boto3Dicts):
    """The DeleteCIMDPolicyResponse structure."""

@dataclass(kw_only=True)
class DeleteGroupRequest(Boto3Dicts):
    """The DeleteGroupRequest structure."""

    group_name: str
    """The name of the group that you want to delete."""
    user_pool_id: str
    """The ID of the user pool where you want to delete the group."""

@dataclass(kw_only=True)
class DeleteIdentityProviderRequest(Boto3Dicts):
    """The DeleteIdentityProviderRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the identity provider."""
    provider_name: str
    """The name of the IdP that you want to delete."""

@dataclass(kw_only=True)
class DeleteManagedLoginBrandingRequest(Boto3Dicts):
    """The DeleteManagedLoginBrandingRequest structure."""

    managed_login_branding_id: str
    """The ID of the managed login branding style that you want to delete."""
    user_pool_id: str
    """The ID of the user pool that contains the managed login branding style that you want to
    delete."""

@dataclass(kw_only=True)
class DeleteResourceServerRequest(Boto3Dicts):
    """The DeleteResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the resource server."""
    identifier: str
    """The identifier of the resource server that you want to delete."""

@dataclass(kw_only=True)
class DeleteTermsRequest(Boto3Dicts):
    """The DeleteTermsRequest structure."""

    terms_id: str
    """The ID of the terms documents that you want to delete."""
    user_pool_id: str
    """The ID of the user pool that contains the terms documents that you want to delete."""

@dataclass(kw_only=True)
class DeleteUserRequest(Boto3Dicts):
    """Represents the request to delete a user."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class DeleteUserAttributesRequest(Boto3Dicts):
    """Represents the request to delete user attributes."""

    user_attribute_names: Sequence[str]
    """An array of strings representing the user attribute names you want to delete.

    For custom attributes, you must prepend the `custom:` prefix to the attribute name, for
    example `custom:department`."""
    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class DeleteUserAttributesResponse(Boto3Dicts):
    """Represents the response from the server to delete user attributes."""

@dataclass(kw_only=True)
class DeleteUserPoolRequest(Boto3Dicts):
    """Represents the request to delete a user pool."""

    user_pool_id: str
    """The ID of the user pool that you want to delete."""

@dataclass(kw_only=True)
class DeleteUserPoolClientRequest(Boto3Dicts):
    """Represents the request to delete a user pool client."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the client."""
    client_id: str
    """The ID of the user pool app client that you want to delete."""

@dataclass(kw_only=True)
class DeleteUserPoolClientSecretRequest(Boto3Dicts):
    """The request to delete a specific client secret from a user pool app client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""
    client_id: str
    """The ID of the app client from which you want to delete the secret."""
    client_secret_id: str
    """The unique identifier of the client secret you want to delete."""

@dataclass(kw_only=True)
class DeleteUserPoolClientSecretResponse(Boto3Dicts):
    """The response from deleting a client secret."""

@dataclass(kw_only=True)
class DeleteUserPoolDomainRequest(Boto3Dicts):
    """The DeleteUserPoolDomainRequest structure."""

    domain: str
    """The domain that you want to delete. For custom domains, this is the fully-qualified domain
    name like `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone,
    like `myprefix`."""
    user_pool_id: str
    """The ID of the user pool where you want to delete the domain."""

@dataclass(kw_only=True)
class DeleteUserPoolDomainResponse(Boto3Dicts):
    """The DeleteUserPoolDomainResponse structure."""

@dataclass(kw_only=True)
class DeleteUserPoolReplicaRequest(Boto3Dicts):
    """The DeleteUserPoolReplicaRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the replica to delete."""
    region_name: str
    """The Amazon Web Services Region of the replica to delete."""

@dataclass(kw_only=True)
class DeleteUserPoolReplicaResponse(Boto3Dicts):
    """The DeleteUserPoolReplicaResponse structure."""

    user_pool_replica: UserPoolReplicaType | None = ...
    """Information about the deleted user pool replica."""

@dataclass(kw_only=True)
class DeleteWebAuthnCredentialRequest(Boto3Dicts):
    """The DeleteWebAuthnCredentialRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    credential_id: str
    """The unique identifier of the passkey that you want to delete."""

@dataclass(kw_only=True)
class DeleteWebAuthnCredentialResponse(Boto3Dicts):
    """The DeleteWebAuthnCredentialResponse structure."""

@dataclass(kw_only=True)
class DescribeCIMDPolicyRequest(Boto3Dicts):
    """The DescribeCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""
    cimd_policy_id: str
    """The ID of the CIMD policy that you want to describe."""

@dataclass(kw_only=True)
class DescribeCIMDPolicyResponse(Boto3Dicts):
    """The DescribeCIMDPolicyResponse structure."""

    cimd_policy: CIMDPolicyType
    """The configuration of the requested CIMD policy."""

@dataclass(kw_only=True)
class DescribeIdentityProviderRequest(Boto3Dicts):
    """The DescribeIdentityProviderRequest structure."""

    user_pool_id: str
    """The ID of the user pool that has the IdP that you want to describe.."""
    provider_name: str
    """The name of the IdP that you want to describe."""

@dataclass(kw_only=True)
class DescribeIdentityProviderResponse(Boto3Dicts):
    """The DescribeIdentityProviderResponse structure."""

    identity_provider: IdentityProviderType
    """The details of the requested IdP."""

@dataclass(kw_only=True)
class DescribeManagedLoginBrandingRequest(Boto3Dicts):
    """The DescribeManagedLoginBrandingRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the managed login branding style that you want to
    get information about."""
    managed_login_branding_id: str
    """The ID of the managed login branding style that you want to get more information about."""
    return_merged_resources: bool | None = ...
    """When `true`, returns values for branding options that are unchanged from Amazon Cognito
    defaults. When `false` or when you omit this parameter, returns only values that you
    customized in your branding style."""

@dataclass(kw_only=True)
class DescribeManagedLoginBrandingResponse(Boto3Dicts):
    """The DescribeManagedLoginBrandingResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = ...
    """The details of the requested branding style."""

@dataclass(kw_only=True)
class DescribeManagedLoginBrandingByClientRequest(Boto3Dicts):
    """The DescribeManagedLoginBrandingByClientRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the app client where you want more information about
    the managed login branding style."""
    client_id: str
    """The app client that's assigned to the branding style that you want more information about."""
    return_merged_resources: bool | None = ...
    """When `true`, returns values for branding options that are unchanged from Amazon Cognito
    defaults. When `false` or when you omit this parameter, returns only values that you
    customized in your branding style."""

@dataclass(kw_only=True)
class DescribeManagedLoginBrandingByClientResponse(Boto3Dicts):
    """The DescribeManagedLoginBrandingByClientResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = ...
    """The details of the requested branding style."""

@dataclass(kw_only=True)
class DescribePointInTimeRecoveryRequest(Boto3Dicts):
    """The DescribePointInTimeRecoveryRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the recovery that you want to describe."""
    restore_id: str
    """The ID of the recovery that you want to describe. Amazon Cognito returns this ID in the
    response to an `InitiatePointInTimeRecovery` request."""

@dataclass(kw_only=True)
class DescribePointInTimeRecoveryResponse(Boto3Dicts):
    """The DescribePointInTimeRecoveryResponse structure."""

    restoration: RestorationType | None = ...
    """The details of the requested recovery, including its status, the point in time that it
    restores the user pool to, and the recovery preview."""

@dataclass(kw_only=True)
class DescribeResourceServerRequest(Boto3Dicts):
    """The DescribeResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool that hosts the resource server."""
    identifier: str
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""

@dataclass(kw_only=True)
class DescribeResourceServerResponse(Boto3Dicts):
    """The DescribeResourceServerResponse structure."""

    resource_server: ResourceServerType
    """The details of the requested resource server."""

@dataclass(kw_only=True)
class DescribeRiskConfigurationRequest(Boto3Dicts):
    """The DescribeRiskConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool with the risk configuration that you want to inspect. You can
    apply default risk configuration at the user pool level and further customize it from user
    pool defaults at the app-client level. Specify `ClientId` to inspect client-level
    configuration, or `UserPoolId` to inspect pool-level configuration."""
    client_id: str | None = ...
    """The ID of the app client with the risk configuration that you want to inspect. You can
    apply default risk configuration at the user pool level and further customize it from user
    pool defaults at the app-client level. Specify `ClientId` to inspect client-level
    configuration, or `UserPoolId` to inspect pool-level configuration."""

@dataclass(kw_only=True)
class DescribeRiskConfigurationResponse(Boto3Dicts):
    """The DescribeRiskConfigurationResponse structure."""

    risk_configuration: RiskConfigurationType
    """The details of the requested risk configuration."""

@dataclass(kw_only=True)
class DescribeTermsRequest(Boto3Dicts):
    """The DescribeTermsRequest structure."""

    terms_id: str
    """The ID of the terms documents that you want to describe."""
    user_pool_id: str
    """The ID of the user pool that contains the terms documents that you want to describe."""

@dataclass(kw_only=True)
class DescribeTermsResponse(Boto3Dicts):
    """The DescribeTermsResponse structure."""

    terms: TermsType | None = ...
    """A summary of the requested terms documents. Includes a unique identifier for later changes
    to the terms documents."""

@dataclass(kw_only=True)
class DescribeTermsByClientRequest(Boto3Dicts):
    """The DescribeTermsByClientRequest structure."""

    client_id: str
    """The ID of the app client that the terms documents are associated with."""
    user_pool_id: str
    """The ID of the user pool that contains the terms documents that you want to describe."""
    terms_name: str
    """The name of the terms documents that you want to describe."""

@dataclass(kw_only=True)
class DescribeTermsByClientResponse(Boto3Dicts):
    """The DescribeTermsByClientResponse structure."""

    terms: TermsType | None = ...
    """A summary of the requested terms documents, including a unique identifier for later
    changes to the terms documents."""

@dataclass(kw_only=True)
class DescribeUserImportJobRequest(Boto3Dicts):
    """Represents the request to describe the user import job."""

    user_pool_id: str
    """The ID of the user pool that's associated with the import job."""
    job_id: str
    """The Id of the user import job that you want to describe."""

@dataclass(kw_only=True)
class DescribeUserImportJobResponse(Boto3Dicts):
    """Represents the response from the server to the request to describe the user import job."""

    user_import_job: UserImportJobType | None = ...
    """The details of the user import job. Includes logging destination, status, and the Amazon
    S3 pre-signed URL for CSV upload."""

@dataclass(kw_only=True)
class DescribeUserPoolRequest(Boto3Dicts):
    """Represents the request to describe the user pool."""

    user_pool_id: str
    """The ID of the user pool you want to describe."""

@dataclass(kw_only=True)
class DescribeUserPoolResponse(Boto3Dicts):
    """Represents the response to describe the user pool."""

    user_pool: UserPoolType | None = ...
    """The details of the requested user pool."""

@dataclass(kw_only=True)
class DescribeUserPoolClientRequest(Boto3Dicts):
    """Represents the request to describe a user pool client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client you want to describe."""
    client_id: str
    """The ID of the app client that you want to describe."""

@dataclass(kw_only=True)
class DescribeUserPoolClientResponse(Boto3Dicts):
    """Represents the response from the server from a request to describe the user pool client."""

    user_pool_client: UserPoolClientType | None = ...
    """The details of the request app client."""

class DomainStatusType(enum.StrEnum):
    """The values of DomainStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CREATING = "CREATING"
    DELETING = "DELETING"
    UPDATING = "UPDATING"
    ACTIVE = "ACTIVE"
    FAILED = "FAILED"

DomainStatusTypeValue: TypeAlias = Literal["CREATING", "DELETING", "UPDATING", "ACTIVE", "FAILED"]
"""The values of DomainStatusType as literal strings, for type checkers: an input typed
``DomainStatusType | DomainStatusTypeValue | Unmodelled`` takes
``DomainStatusType.CREATING`` or ``'CREATING'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class DescribeUserPoolDomainRequest(Boto3Dicts):
    """The DescribeUserPoolDomainRequest structure."""

    domain: str
    """The domain that you want to describe. For custom domains, this is the fully-qualified
    domain name, such as `auth.example.com`. For Amazon Cognito prefix domains, this is the
    prefix alone, such as `auth`."""

@dataclass(kw_only=True)
class DescribeUserPoolDomainResponse(Boto3Dicts):
    """The DescribeUserPoolDomainResponse structure."""

    domain_description: DomainDescriptionType | None = ...
    """The details of the requested user pool domain."""

@dataclass(kw_only=True)
class DomainDescriptionType(Boto3Dicts):
    """A container for information about the user pool domain associated with the hosted UI and
    OAuth endpoints."""

    user_pool_id: str | None = ...
    """The ID of the user pool that the domain is attached to."""
    aws_account_id: str | None = ...
    """The Amazon Web Services account that you created the user pool in."""
    domain: str | None = ...
    """The domain string. For custom domains, this is the fully-qualified domain name, such as
    `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone, such as
    `auth`."""
    s3_bucket: str | None = ...
    """The Amazon S3 bucket where the static files for this domain are stored."""
    cloud_front_distribution: str | None = ...
    """The Amazon CloudFront endpoint that hosts your custom domain."""
    version: str | None = ...
    """The app version."""
    status: DomainStatusType | Unmodelled | None = ...
    """The domain status."""
    custom_domain_config: CustomDomainConfigType | None = ...
    """The configuration for a custom domain that hosts the sign-up and sign-in webpages for your
    application."""
    managed_login_version: int | None = ...
    """The version of managed login branding that you want to apply to your domain. A value of
    `1` indicates hosted UI (classic) branding and a version of `2` indicates managed login
    branding.

    Managed login requires that your user pool be configured for any feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html)
    other than `Lite`."""
    routing: RoutingType | None = ...
    """The routing configuration for the domain, including failover settings for multi-region
    deployments. Currently only `Failover` configurations are allowed."""

@dataclass(kw_only=True)
class ForgetDeviceRequest(Boto3Dicts):
    """Represents the request to forget the device."""

    device_key: str
    """The unique identifier, or device key, of the device that the user wants to forget."""
    access_token: str | None = ...
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class ForgotPasswordRequest(Boto3Dicts):
    """Represents the request to reset a user's password."""

    client_id: str
    """The ID of the user pool app client associated with the current signed-in user."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    secret_hash: str | None = ...
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class ForgotPasswordResponse(Boto3Dicts):
    """The response from Amazon Cognito to a request to reset a password."""

    code_delivery_details: CodeDeliveryDetailsType | None = ...
    """Information about the phone number or email address that Amazon Cognito sent the
    password-recovery code to."""

@dataclass(kw_only=True)
class ClientAuthenticationResultType(Boto3Dicts):
    """The access token and its metadata from a machine-to-machine (M2M) client credentials
    grant."""

    access_token: str | None = ...
    """The access token for the requested app client. Present this token to a resource server to
    authorize a request, using the scopes granted in the token."""
    expires_in: int | None = ...
    """The number of seconds until the access token expires."""
    token_type: str | None = ...
    """The type of the token. For example, `Bearer`."""

@dataclass(kw_only=True)
class GetClientTokenRequest(Boto3Dicts):
    """The GetClientTokenRequest structure."""

    client_id: str
    """The ID of the app client that requests the access token. The app client must have a client
    secret and the `ALLOW_CLIENT_TOKEN_AUTH` authentication flow."""
    secret: str
    """An active secret for the app client."""
    scopes: Sequence[str] | None = ...
    """The custom scopes to authorize in the access token, in the format
    `resource-server-identifier/scope-name`. Each scope must belong to a resource server in
    your user pool. If you don't specify any scopes, Amazon Cognito authorizes the scopes that
    are configured for the app client."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class GetClientTokenResponse(Boto3Dicts):
    """The GetClientTokenResponse structure."""

    client_authentication_result: ClientAuthenticationResultType | None = ...
    """The access token that Amazon Cognito issues for the app client, and its metadata."""

@dataclass(kw_only=True)
class GetCSVHeaderRequest(Boto3Dicts):
    """Represents the request to get the header information of the CSV file for the user import
    job."""

    user_pool_id: str
    """The ID of the user pool that you want to import users into."""

@dataclass(kw_only=True)
class GetCSVHeaderResponse(Boto3Dicts):
    """Represents the response from the server to the request to get the header information of
    the CSV file for the user import job."""

    user_pool_id: str | None = ...
    """The ID of the requested user pool."""
    csv_header: list[str] | None = ...
    """A comma-separated list of attributes from your user pool. Save this output to a `.csv`
    file and populate it with the attributes of the users that you want to import."""

class IssuedTokenTypeIdentifierType(enum.StrEnum):
    """The values of IssuedTokenTypeIdentifierType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACCESS_TOKEN = "ACCESS_TOKEN"
    ID_TOKEN = "ID_TOKEN"

IssuedTokenTypeIdentifierTypeValue: TypeAlias = Literal["ACCESS_TOKEN", "ID_TOKEN"]
"""The values of IssuedTokenTypeIdentifierType as literal strings, for type checkers: an input
typed ``IssuedTokenTypeIdentifierType | IssuedTokenTypeIdentifierTypeValue |
Unmodelled`` takes ``IssuedTokenTypeIdentifierType.ACCESS_TOKEN`` or ``'ACCESS_TOKEN'``,
and a type checker reports a misspelt value. ``str`` at run time."""

class OAuthTokenTypeType(enum.StrEnum):
    """The values of OAuthTokenTypeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BEARER = "Bearer"
    N_A = "N_A"

OAuthTokenTypeTypeValue: TypeAlias = Literal["Bearer", "N_A"]
"""The values of OAuthTokenTypeType as literal strings, for type checkers: an input typed
``OAuthTokenTypeType | OAuthTokenTypeTypeValue | Unmodelled`` takes
``OAuthTokenTypeType.BEARER`` or ``'Bearer'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class TokenTypeIdentifierType(enum.StrEnum):
    """The values of TokenTypeIdentifierType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACCESS_TOKEN = "ACCESS_TOKEN"
    ID_TOKEN = "ID_TOKEN"
    SAML2 = "SAML2"

TokenTypeIdentifierTypeValue: TypeAlias = Literal["ACCESS_TOKEN", "ID_TOKEN", "SAML2"]
"""The values of TokenTypeIdentifierType as literal strings, for type checkers: an input typed
``TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled`` takes
``TokenTypeIdentifierType.ACCESS_TOKEN`` or ``'ACCESS_TOKEN'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class GetDerivedTokenRequest(Boto3Dicts):
    """Represents the request to exchange a subject token for a new token."""

    client_id: str
    """The ID of the app client that requests the token exchange."""
    subject_token: str
    """The token that you want to exchange for a new token. This is the credential that
    represents the identity of the party on behalf of whom the request is being made."""
    subject_token_type: TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled
    """The type of the `SubjectToken` that you want to exchange. Valid values:

    - `ACCESS_TOKEN` - The subject token is an access token.
    - `ID_TOKEN` - The subject token is an ID token.
    - `SAML2` - The subject token is a SAML 2.0 assertion."""
    client_secret: str | None = ...
    """The client secret of the requested app client, if the client has a secret."""
    subject_token_provider_name: str | None = ...
    """The name of the third-party identity provider that issued the `SubjectToken`, if the
    subject token isn't a Amazon Cognito token. Provide this value when your `SubjectToken`
    came from a SAML or OIDC provider that you registered with your user pool, so that Amazon
    Cognito can validate it against that provider's configuration. Omit this parameter for a
    Amazon Cognito ID or access token."""
    actor_token: str | None = ...
    """A token that identifies the intermediary service that is exchanging the token on behalf of
    the user. When you provide an `ActorToken`, the token that Amazon Cognito issues carries
    an `act` claim that identifies the intermediary, so that downstream services can
    distinguish a user acting directly from an intermediary acting on the user's behalf."""
    actor_token_type: (
        TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled | None
    ) = ...
    """The type of the `ActorToken` that you provide. Required when you provide an `ActorToken`.
    Valid values:

    - `ACCESS_TOKEN` - The actor token is an access token.
    - `ID_TOKEN` - The actor token is an ID token.
    - `SAML2` - The actor token is a SAML 2.0 assertion."""
    actor_token_provider_name: str | None = ...
    """The name of the third-party identity provider that issued the `ActorToken`, if the actor
    token isn't a Amazon Cognito token."""
    scopes: Sequence[str] | None = ...
    """The scopes that you want the new token to have. Amazon Cognito issues a token with the
    intersection of these requested scopes, the scopes of your `SubjectToken`, and the scopes
    that are allowed for the requesting app client. If you don't specify any scopes, Amazon
    Cognito issues a token with the same scopes as your `SubjectToken`."""
    audiences: Sequence[str] | None = ...
    """The logical name of the target service where you intend to use the issued token. You can't
    request both `Audiences` and `Resources` in the same request."""
    resources: Sequence[str] | None = ...
    """The identifier of a resource server in your user pool where you intend to use the issued
    token. You can't request both `Resources` and `Audiences` in the same request."""
    requested_token_type: (
        IssuedTokenTypeIdentifierType | IssuedTokenTypeIdentifierTypeValue | Unmodelled | None
    ) = ...
    """The type of token that you want Amazon Cognito to issue. Valid values:

    - `ACCESS_TOKEN` - Issues an access token.
    - `ID_TOKEN` - Issues an ID token.

    Amazon Cognito can't issue a SAML assertion, so `SAML2` isn't a valid value for this
    parameter."""

@dataclass(kw_only=True)
class GetDerivedTokenResponse(Boto3Dicts):
    """Represents the response to a token exchange request."""

    issued_token: str
    """The token that Amazon Cognito issued in response to the token exchange request."""
    issued_token_type: IssuedTokenTypeIdentifierType | Unmodelled
    """The type of the token in the `IssuedToken` parameter. Valid values:

    - `ACCESS_TOKEN` - The issued token is an access token.
    - `ID_TOKEN` - The issued token is an ID token."""
    token_type: OAuthTokenTypeType | Unmodelled
    """The type of the issued token. For example, `Bearer`."""
    expires_in: int | None = ...
    """The number of seconds until the issued token expires."""
    scopes: list[str] | None = ...
    """The scopes that Amazon Cognito granted in the issued token."""

@dataclass(kw_only=True)
class GetDeviceRequest(Boto3Dicts):
    """Represents the request to get the device."""

    device_key: str
    """The key of the device that you want to get information about."""
    access_token: str | None = ...
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class GetDeviceResponse(Boto3Dicts):
    """Gets the device response."""

    device: DeviceType
    """Details of the requested device. Includes device information, last-accessed and created
    dates, and the device key."""

@dataclass(kw_only=True)
class GetGroupRequest(Boto3Dicts):
    """The GetGroupRequest structure."""

    group_name: str
    """The name of the group that you want to get information about."""
    user_pool_id: str
    """The ID of the user pool that contains the group that you want to query."""

@dataclass(kw_only=True)
class GetGroupResponse(Boto3Dicts):
    """The GetGroupResponse structure."""

    group: GroupType | None = ...
    """A container for the requested group. Includes description, precedence, and IAM role
    values."""

@dataclass(kw_only=True)
class GetIdentityProviderByIdentifierRequest(Boto3Dicts):
    """The GetIdentityProviderByIdentifierRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to get information about the IdP."""
    idp_identifier: str
    """The identifier that you assigned to your user pool. The identifier is an alternative name
    for an IdP that is distinct from the IdP name. For example, an IdP with a name of `MyIdP`
    might have an identifier of the email domain `example.com`."""

@dataclass(kw_only=True)
class GetIdentityProviderByIdentifierResponse(Boto3Dicts):
    """The GetIdentityProviderByIdentifierResponse structure."""

    identity_provider: IdentityProviderType
    """The configuration of the IdP in your user pool. Includes additional identifiers, the IdP
    name and type, and trust-relationship details like the issuer URL."""

@dataclass(kw_only=True)
class GetLogDeliveryConfigurationRequest(Boto3Dicts):
    """The GetLogDeliveryConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that has the logging configuration that you want to view."""

@dataclass(kw_only=True)
class GetLogDeliveryConfigurationResponse(Boto3Dicts):
    """The GetLogDeliveryConfigurationResponse structure."""

    log_delivery_configuration: LogDeliveryConfigurationType | None = ...
    """The logging configuration of the requested user pool. Includes types of logs configured
    and their destinations."""

@dataclass(kw_only=True)
class GetProvisionedLimitRequest(Boto3Dicts):
    """The GetProvisionedLimitRequest structure."""

    limit_definition: LimitDefinitionType
    """The limit to retrieve. Specify the limit class and the attributes that identify the limit."""

@dataclass(kw_only=True)
class GetProvisionedLimitResponse(Boto3Dicts):
    """The GetProvisionedLimitResponse structure."""

    limit: LimitType
    """The provisioned and default limit values for the requested limit."""

@dataclass(kw_only=True)
class GetSigningCertificateRequest(Boto3Dicts):
    """Request to get a signing certificate from Amazon Cognito."""

    user_pool_id: str
    """The ID of the user pool where you want to view the signing certificate."""

@dataclass(kw_only=True)
class GetSigningCertificateResponse(Boto3Dicts):
    """Response from Amazon Cognito for a signing certificate request."""

    certificate: str | None = ...
    """The x.509 certificate that signs SAML 2.0 authentication requests for your user pool."""

@dataclass(kw_only=True)
class GetTokensFromRefreshTokenRequest(Boto3Dicts):
    """The GetTokensFromRefreshTokenRequest structure."""

    refresh_token: str
    """A valid refresh token that can authorize the request for new tokens. When refresh token
    rotation is active in the requested app client, this token is invalidated after the
    request is complete and after an optional grace period."""
    client_id: str
    """The app client that issued the refresh token to the user who wants to request new tokens."""
    client_secret: str | None = ...
    """The client secret of the requested app client, if the client has a secret."""
    device_key: str | None = ...
    """When you enable device remembering, Amazon Cognito issues a device key that you can use
    for device authentication that bypasses multi-factor authentication (MFA). To implement
    `GetTokensFromRefreshToken` in a user pool with device remembering, you must capture the
    device key from the initial authentication request. If your application doesn't provide
    the key of a registered device, Amazon Cognito issues a new one. You must provide the
    confirmed device key in this request if device remembering is enabled in your user pool.

    For more information about device remembering, see Working with devices
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class GetTokensFromRefreshTokenResponse(Boto3Dicts):
    """The GetTokensFromRefreshTokenResponse structure."""

    authentication_result: AuthenticationResultType | None = ...

@dataclass(kw_only=True)
class GetUICustomizationRequest(Boto3Dicts):
    """The GetUICustomizationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that you want to query for branding settings."""
    client_id: str | None = ...
    """The ID of the app client that you want to query for branding settings."""

@dataclass(kw_only=True)
class GetUICustomizationResponse(Boto3Dicts):
    """The GetUICustomizationResponse structure."""

    ui_customization: UICustomizationType
    """Information about the classic hosted UI custom CSS and logo-image branding that you
    applied to the user pool or app client."""

@dataclass(kw_only=True)
class GetUserRequest(Boto3Dicts):
    """Represents the request to get information about the user."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class GetUserResponse(Boto3Dicts):
    """Represents the response from the server from the request to get information about the
    user."""

    username: str
    """The name of the user that you requested."""
    user_attributes: list[AttributeType]
    """An array of name-value pairs representing user attributes.

    Custom attributes are prepended with the `custom:` prefix."""
    mfa_options: list[MFAOptionType] | None = ...
    """This response parameter is no longer supported. It provides information only about SMS MFA
    configurations. It doesn't provide information about time-based one-time password (TOTP)
    software token MFA configurations. To look up information about either type of MFA
    configuration, use UserMFASettingList instead."""
    preferred_mfa_setting: str | None = ...
    """The user's preferred MFA. Users can prefer SMS message, email message, or TOTP MFA."""
    user_mfa_setting_list: list[str] | None = ...
    """The MFA options that are activated for the user. The possible values in this list are
    `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`."""

@dataclass(kw_only=True)
class GetUserAttributeVerificationCodeRequest(Boto3Dicts):
    """Represents the request to get user attribute verification."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    attribute_name: str
    """The name of the attribute that the user wants to verify, for example `email`."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class GetUserAttributeVerificationCodeResponse(Boto3Dicts):
    """The verification code response returned by the server response to get the user attribute
    verification code."""

    code_delivery_details: CodeDeliveryDetailsType | None = ...
    """Information about the delivery destination of the user attribute verification code."""

@dataclass(kw_only=True)
class GetUserAuthFactorsRequest(Boto3Dicts):
    """The GetUserAuthFactorsRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class GetUserAuthFactorsResponse(Boto3Dicts):
    """The GetUserAuthFactorsResponse structure."""

    username: str
    """The name of the user who is eligible for the authentication factors in the response."""
    preferred_mfa_setting: str | None = ...
    """The challenge method that Amazon Cognito returns to the user in response to sign-in
    requests. Users can prefer SMS message, email message, or TOTP MFA."""
    user_mfa_setting_list: list[str] | None = ...
    """The MFA options that are activated for the user. The possible values in this list are
    `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`."""
    configured_user_auth_factors: list[AuthFactorType | Unmodelled] | None = ...
    """The authentication types that are available to the user with `USER_AUTH` sign-in, for
    example `["PASSWORD", "WEB_AUTHN"]`.

    `PASSWORD` can only be used as a first authentication factor. `SOFTWARE_TOKEN` can only be
    used as an MFA factor. `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN` can be used as either a
    first authentication factor or an MFA factor. `WEB_AUTHN` is available as an MFA factor
    only when passkey MFA is enabled at the user pool level."""

@dataclass(kw_only=True)
class GetUserPoolClientSessionConfigurationRequest(Boto3Dicts):
    """The GetUserPoolClientSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""
    client_id: str
    """The ID of the app client where you want to retrieve the session configuration."""

@dataclass(kw_only=True)
class GetUserPoolClientSessionConfigurationResponse(Boto3Dicts):
    """The GetUserPoolClientSessionConfigurationResponse structure."""

    user_pool_id: str | None = ...
    """The ID of the user pool that contains the app client."""
    client_id: str | None = ...
    """The ID of the app client that the session configuration applies to."""
    sso_session: ClientSSOSessionConfigType | None = ...
    """The SSO session settings for the app client."""

@dataclass(kw_only=True)
class GetUserPoolMfaConfigRequest(Boto3Dicts):
    """The GetUserPoolMfaConfigRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to query WebAuthn and MFA configuration."""

@dataclass(kw_only=True)
class GetUserPoolMfaConfigResponse(Boto3Dicts):
    """The GetUserPoolMfaConfigResponse structure."""

    sms_mfa_configuration: SmsMfaConfigType | None = ...
    """Shows user pool configuration for SMS message MFA. Includes the message template and the
    SMS message sending configuration for Amazon SNS."""
    software_token_mfa_configuration: SoftwareTokenMfaConfigType | None = ...
    """Shows user pool configuration for time-based one-time password (TOTP) MFA. Includes TOTP
    enabled or disabled state."""
    email_mfa_configuration: EmailMfaConfigType | None = ...
    """Shows configuration for user pool email message MFA and sign-in with one-time passwords
    (OTPs). Includes the subject and body of the email message template for sign-in and MFA
    messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    mfa_configuration: UserPoolMfaType | Unmodelled | None = ...
    """Displays the state of multi-factor authentication (MFA) as on, off, or optional. When
    `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application
    must make a client-side determination of whether a user wants to register an MFA device.
    For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""
    web_authn_configuration: WebAuthnConfigurationType | None = ...
    """Shows user pool configuration for sign-in with passkey authenticators such as biometric
    devices and security keys. Includes relying-party configuration, user-verification
    requirements, and whether passkeys can satisfy MFA requirements."""

@dataclass(kw_only=True)
class GetUserPoolSessionConfigurationRequest(Boto3Dicts):
    """The GetUserPoolSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to retrieve the session configuration."""

@dataclass(kw_only=True)
class GetUserPoolSessionConfigurationResponse(Boto3Dicts):
    """The GetUserPoolSessionConfigurationResponse structure."""

    user_pool_id: str | None = ...
    """The ID of the user pool that the session configuration applies to."""
    user_session_tracking: UserSessionTrackingType | Unmodelled | None = ...
    """Indicates whether session tracking is enabled for the user pool."""
    token_session: UserPoolTokenSessionConfigType | None = ...
    """The pool-wide token session settings for the user pool."""

@dataclass(kw_only=True)
class GlobalSignOutRequest(Boto3Dicts):
    """Represents the request to sign out all devices."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class GlobalSignOutResponse(Boto3Dicts):
    """The response to the request to sign out all devices."""

@dataclass(kw_only=True)
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
    client_id: str
    """The ID of the app client that your user wants to sign in to."""
    auth_parameters: Mapping[str, str] | None = ...
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
    client_metadata: Mapping[str, str] | None = ...
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
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    session: str | None = ...
    """The optional session ID from a `ConfirmSignUp` API request. You can sign in a user
    directly from the sign-up process with the `USER_AUTH` authentication flow. When you pass
    the session ID to `InitiateAuth`, Amazon Cognito assumes the SMS or email message one-time
    verification password from `ConfirmSignUp` as the primary authentication factor. You're
    not required to submit this code a second time. This option is only valid for users who
    have confirmed their sign-up and are signing in for the first time within the
    authentication flow session duration of the session ID."""

@dataclass(kw_only=True)
class InitiateAuthResponse(Boto3Dicts):
    """Initiates the authentication response."""

    challenge_name: ChallengeNameType | Unmodelled | None = ...
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
    session: str | None = ...
    """The session identifier that links a challenge response to the initial authentication
    request. If the user must pass another challenge, Amazon Cognito returns a session ID and
    challenge parameters."""
    challenge_parameters: dict[str, str] | None = ...
    """The required parameters of the `ChallengeName` challenge.

    All challenges require `USERNAME`. They also require `SECRET_HASH` if your app client has
    a client secret."""
    authentication_result: AuthenticationResultType | None = ...
    """The result of a successful and complete authentication request. This result is only
    returned if the user doesn't need to pass another challenge. If they must pass another
    challenge before they get tokens, Amazon Cognito returns a challenge in `ChallengeName`,
    `ChallengeParameters`, and `Session` response parameters."""
    available_challenges: list[ChallengeNameType | Unmodelled] | None = ...
    """This response parameter lists the available authentication challenges that users can
    select from in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    For example, they might be able to choose between passkey authentication, a one-time
    password from an SMS message, and a traditional password."""

@dataclass(kw_only=True)
class InitiatePointInTimeRecoveryRequest(Boto3Dicts):
    """The InitiatePointInTimeRecoveryRequest structure."""

    user_pool_id: str
    """The ID of the user pool that you want to recover."""
    restore_timestamp: datetime.datetime
    """The point in time that you want to recover your user pool to. Amazon Cognito reverts
    changes to user data that occurred after this time. The recovery point must be at least 15
    minutes in the past and within the recovery period of your user pool feature plan: up to 1
    day in the past with the Essentials feature plan, or up to 14 days in the past with the
    Plus feature plan."""

@dataclass(kw_only=True)
class InitiatePointInTimeRecoveryResponse(Boto3Dicts):
    """The InitiatePointInTimeRecoveryResponse structure."""

    restoration: RestorationType | None = ...
    """The details of the recovery that you initiated. Includes the recovery ID that you can use
    in later requests to describe, start, or cancel the recovery."""

@dataclass(kw_only=True)
class CIMDPolicySummaryType(Boto3Dicts):
    """A summary of a Client ID Metadata Document (CIMD) policy, returned by ."""

    cimd_policy_id: str
    """The ID of the CIMD policy."""
    policy_name: str
    """The friendly name of the CIMD policy."""
    client_id: str | None = ...
    """The ID of the app client that the CIMD policy is associated with. Amazon Cognito omits
    this value when the app client no longer exists."""
    cache_duration: int | None = ...
    """The length of time, in seconds, that Amazon Cognito caches a client metadata document that
    it retrieved from a URL that matches the policy."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the CIMD policy was created."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the CIMD policy was last modified."""

@dataclass(kw_only=True)
class ListCIMDPoliciesRequest(Boto3Dicts):
    """The ListCIMDPoliciesRequest structure."""

    user_pool_id: str
    """The ID of the user pool whose CIMD policies you want to list."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""
    max_results: int | None = ...
    """The maximum number of CIMD policies that you want Amazon Cognito to return in the
    response."""

@dataclass(kw_only=True)
class ListCIMDPoliciesResponse(Boto3Dicts):
    """The ListCIMDPoliciesResponse structure."""

    cimd_policies: list[CIMDPolicySummaryType]
    """A summary of each CIMD policy in the user pool."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ClientMetadataURLType(Boto3Dicts):
    """A client metadata document URL that Amazon Cognito has received for a Client ID Metadata
    Document (CIMD) policy, with its cache state."""

    url: str
    """The client metadata document URL."""
    cached_date: datetime.datetime | None = ...
    """The date and time when Amazon Cognito cached the client metadata document from this URL."""
    expiration_date: datetime.datetime | None = ...
    """The date and time when the cached client metadata document expires."""

@dataclass(kw_only=True)
class ListClientMetadataURLsRequest(Boto3Dicts):
    """The ListClientMetadataURLsRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""
    cimd_policy_id: str
    """The ID of the CIMD policy whose client metadata document URLs you want to list."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""
    max_results: int | None = ...
    """The maximum number of URLs that you want Amazon Cognito to return in the response."""

@dataclass(kw_only=True)
class ListClientMetadataURLsResponse(Boto3Dicts):
    """The ListClientMetadataURLsResponse structure."""

    client_metadata_urls: list[ClientMetadataURLType]
    """The client metadata document URLs for the CIMD policy, with the cache state of each URL."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListDevicesRequest(Boto3Dicts):
    """Represents the request to list the devices."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    limit: int | None = ...
    """The maximum number of devices that you want Amazon Cognito to return in the response."""
    pagination_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListDevicesResponse(Boto3Dicts):
    """Represents the response to list devices."""

    devices: list[DeviceType] | None = ...
    """An array of devices and their details. Each entry that's returned includes device
    information, last-accessed and created dates, and the device key."""
    pagination_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListGroupsRequest(Boto3Dicts):
    """The ListGroupsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list user groups."""
    limit: int | None = ...
    """The maximum number of groups that you want Amazon Cognito to return in the response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListGroupsResponse(Boto3Dicts):
    """The ListGroupsResponse structure."""

    groups: list[GroupType] | None = ...
    """An array of groups and their details. Each entry that's returned includes description,
    precedence, and IAM role values."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListIdentityProvidersRequest(Boto3Dicts):
    """The ListIdentityProvidersRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list IdPs."""
    max_results: int | None = ...
    """The maximum number of IdPs that you want Amazon Cognito to return in the response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListIdentityProvidersResponse(Boto3Dicts):
    """The ListIdentityProvidersResponse structure."""

    providers: list[ProviderDescription]
    """An array of the IdPs in your user pool. For each, the response includes identifiers, the
    IdP name and type, and trust-relationship details like the issuer URL."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ProviderDescription(Boto3Dicts):
    """The details of a user pool identity provider (IdP), including name and type."""

    provider_name: str | None = ...
    """The name of the IdP, for example `MySAMLProvider`."""
    provider_type: IdentityProviderTypeType | Unmodelled | None = ...
    """The type of the provider, for example `SAML`. Amazon Cognito supports SAML 2.0, OIDC, and
    social IdPs. User pools list supported social IdPs by name in this response parameter:
    Facebook, Google, Login with Amazon, and Sign in with Apple."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

@dataclass(kw_only=True)
class ListPointInTimeRecoveriesRequest(Boto3Dicts):
    """The ListPointInTimeRecoveriesRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list point-in-time recoveries."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""
    max_results: int | None = ...
    """The maximum number of recoveries that you want Amazon Cognito to return in the response.
    Valid values are 1 through 60. The default value is 60."""

@dataclass(kw_only=True)
class ListPointInTimeRecoveriesResponse(Boto3Dicts):
    """The ListPointInTimeRecoveriesResponse structure."""

    restorations: list[RestorationDescriptionType] | None = ...
    """A summary of each requested recovery, including its ID, status, and the point in time that
    it restores the user pool to."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class RestorationDescriptionType(Boto3Dicts):
    """A summary of a point-in-time recovery of a user pool."""

    restore_id: str | None = ...
    """The ID of the recovery."""
    restore_status: RestoreStatusType | Unmodelled | None = ...
    """The status of the recovery. For a description of each status, see the `RestoreStatus`
    parameter of `RestorationType`."""
    restore_timestamp: datetime.datetime | None = ...
    """The point in time that the recovery restores the user pool to."""

@dataclass(kw_only=True)
class ListResourceServersRequest(Boto3Dicts):
    """The ListResourceServersRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list resource servers."""
    max_results: int | None = ...
    """The maximum number of resource servers that you want Amazon Cognito to return in the
    response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListResourceServersResponse(Boto3Dicts):
    """The ListResourceServersResponse structure."""

    resource_servers: list[ResourceServerType]
    """An array of resource servers and the details of their configuration. For each, the
    response includes names, identifiers, and custom scopes."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListTagsForResourceRequest(Boto3Dicts):
    """The ListTagsForResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool that the tags are assigned to."""

@dataclass(kw_only=True)
class ListTagsForResourceResponse(Boto3Dicts):
    """The ListTagsForResourceResponse structure."""

    tags: dict[str, str] | None = ...
    """The tags that are assigned to the user pool."""

@dataclass(kw_only=True)
class ListTermsRequest(Boto3Dicts):
    """The ListTermsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list terms documents."""
    max_results: int | None = ...
    """The maximum number of terms documents that you want Amazon Cognito to return in the
    response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListTermsResponse(Boto3Dicts):
    """The ListTermsResponse structure."""

    terms: list[TermsDescriptionType]
    """A summary of the requested terms documents. Includes unique identifiers for later changes
    to the terms documents."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class TermsDescriptionType(Boto3Dicts):
    """The details of a set of terms documents. For more information, see Terms documents
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents)."""

    terms_id: str
    """The ID of the requested terms documents."""
    terms_name: str
    """The type and friendly name of the requested terms documents."""
    enforcement: TermsEnforcementType | Unmodelled
    """This parameter is reserved for future use and currently accepts one value."""
    creation_date: datetime.datetime
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    last_modified_date: datetime.datetime
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

@dataclass(kw_only=True)
class ListUserImportJobsRequest(Boto3Dicts):
    """Represents the request to list the user import jobs."""

    user_pool_id: str
    """The ID of the user pool where you want to list import jobs."""
    max_results: int
    """The maximum number of import jobs that you want Amazon Cognito to return in the response."""
    pagination_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListUserImportJobsResponse(Boto3Dicts):
    """Represents the response from the server to the request to list the user import jobs."""

    user_import_jobs: list[UserImportJobType] | None = ...
    """An array of user import jobs from the requested user pool. For each, the response includes
    logging destination, status, and the Amazon S3 pre-signed URL for CSV upload."""
    pagination_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListUserPoolClientSecretsRequest(Boto3Dicts):
    """The request to list client secrets for a user pool app client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""
    client_id: str
    """The ID of the app client whose secrets you want to list."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListUserPoolClientSecretsResponse(Boto3Dicts):
    """The response containing the list of client secret metadata. This response does not include
    a NextToken field as all secrets are returned in a single response."""

    client_secrets: list[ClientSecretDescriptorType] | None = ...
    """A list of client secret descriptors containing the identifier and creation date for each
    secret. For security reasons, the response never reveals the actual secret value in
    ClientSecretValue."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListUserPoolClientsRequest(Boto3Dicts):
    """Represents the request to list the user pool clients."""

    user_pool_id: str
    """The ID of the user pool where you want to list user pool clients."""
    max_results: int | None = ...
    """The maximum number of app clients that you want Amazon Cognito to return in the response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""
    client_type: ClientTypeType | ClientTypeTypeValue | Unmodelled | None = ...
    """Returns only app clients of this type. For dynamic client registration (`DCR`) and other
    app clients, the following values are valid.

    REGULAR
        An app client not created through dynamic client registration.

    DCR
        An app client created through dynamic client registration.

    If you omit `ClientType`, the response includes app clients of all types. When you set
    this filter, a page of results can contain fewer app clients than `MaxResults`, or none,
    while the response still includes a `NextToken`. Continue to request pages until the
    response has no `NextToken`. The app clients in the response don't include their type. To
    get the type of an app client, call `DescribeUserPoolClient`."""

@dataclass(kw_only=True)
class ListUserPoolClientsResponse(Boto3Dicts):
    """Represents the response from the server that lists user pool clients."""

    user_pool_clients: list[UserPoolClientDescription] | None = ...
    """An array of app clients and their details. Includes app client ID and name."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class UserPoolClientDescription(Boto3Dicts):
    """A short description of a user pool app client."""

    client_id: str | None = ...
    """The app client ID."""
    user_pool_id: str | None = ...
    """The ID of the user pool that's associated with the app client."""
    client_name: str | None = ...
    """The app client name."""

@dataclass(kw_only=True)
class ListUserPoolReplicasRequest(Boto3Dicts):
    """The ListUserPoolReplicasRequest structure."""

    user_pool_id: str
    """The ID of the user pool for which to list replicas."""
    next_token: str | None = ...
    """A pagination token for retrieving the next page of results. If this parameter is omitted,
    the operation returns the first page of results."""

@dataclass(kw_only=True)
class ListUserPoolReplicasResponse(Boto3Dicts):
    """The ListUserPoolReplicasResponse structure."""

    user_pool_replicas: list[UserPoolReplicaType] | None = ...
    """A list of user pool replicas, including information about their status, role, and Region."""
    next_token: str | None = ...
    """A pagination token for retrieving the next page of results. If this value is null, there
    are no more results to retrieve."""

@dataclass(kw_only=True)
class ListUserPoolsRequest(Boto3Dicts):
    """Represents the request to list user pools."""

    max_results: int
    """The maximum number of user pools that you want Amazon Cognito to return in the response."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListUserPoolsResponse(Boto3Dicts):
    """Represents the response to list user pools."""

    user_pools: list[UserPoolDescriptionType] | None = ...
    """An array of user pools and their configuration details."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class UserPoolDescriptionType(Boto3Dicts):
    """A short description of a user pool."""

    id: str | None = ...
    """The user pool ID."""
    name: str | None = ...
    """The user pool name."""
    lambda_config: LambdaConfigType | None = ...
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of user pool operations. Triggers can modify the outcome of the operations
    that invoked them."""
    status: StatusType | Unmodelled | None = ...
    """The user pool status."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    replica_regions: list[str] | None = ...
    """A list of Amazon Web Services Regions where replicas of this user pool exist."""

@dataclass(kw_only=True)
class ListUserSessionsRequest(Boto3Dicts):
    """The ListUserSessionsRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the user whose sessions you want to
    list. Amazon Cognito derives the user pool and username from this token."""
    next_token: str | None = ...
    """A pagination token that Amazon Cognito returned in a previous response. Use this value to
    retrieve the next page of results if a `NextToken` was included in a prior response."""

@dataclass(kw_only=True)
class ListUserSessionsResponse(Boto3Dicts):
    """The ListUserSessionsResponse structure."""

    sessions: list[SessionDescriptionType] | None = ...
    """A list of the user's active sessions. Each element describes one token session or SSO
    session."""
    next_token: str | None = ...
    """The pagination token to use in a subsequent request to retrieve the next page of results."""

@dataclass(kw_only=True)
class ListUsersRequest(Boto3Dicts):
    """Represents the request to list users."""

    user_pool_id: str
    """The ID of the user pool where you want to display or search for users."""
    attributes_to_get: Sequence[str] | None = ...
    """A JSON array of user attribute names, for example `given_name`, that you want Amazon
    Cognito to include in the response for each user. When you don't provide an
    `AttributesToGet` parameter, Amazon Cognito returns all attributes for each user.

    Use `AttributesToGet` with required attributes in your user pool, or in conjunction with
    `Filter`. Amazon Cognito returns an error if not all users in the results have set a value
    for the attribute you request. Attributes that you can't filter on, including custom
    attributes, must have a value set in every user profile before an `AttributesToGet`
    parameter returns results."""
    limit: int | None = ...
    """The maximum number of users that you want Amazon Cognito to return in the response. In
    some SDK contexts, this operation might return fewer items than you specify in the `Limit`
    parameter without having reached the end of the full list. If the response contains a
    `PaginationToken`, then there are more results."""
    pagination_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""
    filter: str | None = ...
    """A filter string of the form `"AttributeName Filter-Type "AttributeValue"`. Quotation marks
    within the filter string must be escaped using the backslash (`\\`) character. For example,
    `"family_name = \\"Reddy\\""`.

    - AttributeName: The name of the attribute to search for. You can only search for one
      attribute at a time.
    - Filter-Type: For an exact match, use `=`, for example, "`given_name = \\"Jon\\"`". For a
      prefix ("starts with") match, use `^=`, for example, "`given_name ^= \\"Jon\\"`".
    - AttributeValue: The attribute value that must be matched for each user.

    If the filter string is empty, `ListUsers` returns all users in the user pool.

    You can only search for the following standard attributes:

    - `username` (case-sensitive)
    - `email`
    - `phone_number`
    - `name`
    - `given_name`
    - `family_name`
    - `preferred_username`
    - `cognito:user_status` (called Status in the Console) (case-insensitive)
    - `status (called Enabled in the Console) (case-sensitive)`
    - `sub`

    Custom attributes aren't searchable.

    Note: You can also list users with a client-side filter. The server-side filter matches no
    more than one attribute. For an advanced search, use a client-side filter with the
    `--query` parameter of the `list-users` action in the CLI. When you use a client-side
    filter, ListUsers returns a paginated list of zero or more users. You can receive multiple
    pages in a row with zero results. Repeat the query with each pagination token that is
    returned until you receive a null pagination token value, and then review the combined
    result.

    For more information about server-side and client-side filtering, see FilteringCLI output
    (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html) in the Command
    Line Interface User Guide
    (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).

    For more information, see Searching for Users Using the ListUsers API
    (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api)
    and Examples of Using the ListUsers API
    (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-listusers-api-examples)
    in the Amazon Cognito Developer Guide."""

@dataclass(kw_only=True)
class ListUsersResponse(Boto3Dicts):
    """The response from the request to list users."""

    users: list[UserType] | None = ...
    """An array of user pool users who match your query, and their attributes. Between different
    requests, you might observe variations in the sequence that users in this response object
    are sorted into. The sort order of users isn't guaranteed to follow a single pattern, but
    the paginated list from a single chain of requests won't return duplicates."""
    pagination_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListUsersInGroupRequest(Boto3Dicts):
    """The ListUsersInGroupRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to view the membership of the requested group."""
    group_name: str
    """The name of the group that you want to query for user membership."""
    limit: int | None = ...
    """The maximum number of groups that you want Amazon Cognito to return in the response. In
    some SDK contexts, this operation might return fewer items than you specify in the `Limit`
    parameter without having reached the end of the full list. If the response contains a
    `PaginationToken`, then there are more results."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

@dataclass(kw_only=True)
class ListUsersInGroupResponse(Boto3Dicts):
    """The ListUsersInGroupResponse structure."""

    users: list[UserType] | None = ...
    """An array of users who are members in the group, and their attributes."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class ListWebAuthnCredentialsRequest(Boto3Dicts):
    """The ListWebAuthnCredentialsRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    next_token: str | None = ...
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""
    max_results: int | None = ...
    """The maximum number of the user's passkey credentials that you want to return."""

@dataclass(kw_only=True)
class ListWebAuthnCredentialsResponse(Boto3Dicts):
    """The ListWebAuthnCredentialsResponse structure."""

    credentials: list[WebAuthnCredentialDescription]
    """A list of registered passkeys for a user."""
    next_token: str | None = ...
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""

@dataclass(kw_only=True)
class WebAuthnCredentialDescription(Boto3Dicts):
    """The details of a passkey, or webauthN, biometric or security-key authentication factor for
    a user."""

    credential_id: str
    """The unique identifier of the passkey credential."""
    friendly_credential_name: str
    """An automatically-generated friendly name for the passkey credential."""
    relying_party_id: str
    """The relying-party ID of the provider for the passkey credential."""
    authenticator_transports: list[str]
    """Information about the transport methods of the passkey credential, for example USB or
    Bluetooth Low Energy."""
    created_at: datetime.datetime
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    authenticator_attachment: str | None = ...
    """The general category of the passkey authenticator. Can be a platform, or on-device
    authenticator like a built-in fingerprint scanner, or a cross-platform device that's not
    attached to the device like a Bluetooth security key."""

@dataclass(kw_only=True)
class ResendConfirmationCodeRequest(Boto3Dicts):
    """Represents the request to resend the confirmation code."""

    client_id: str
    """The ID of the user pool app client where the user signed up."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    secret_hash: str | None = ...
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class ResendConfirmationCodeResponse(Boto3Dicts):
    """The response from the server when Amazon Cognito makes the request to resend a
    confirmation code."""

    code_delivery_details: CodeDeliveryDetailsType | None = ...
    """Information about the phone number or email address that Amazon Cognito sent the
    confirmation code to."""

@dataclass(kw_only=True)
class RespondToAuthChallengeRequest(Boto3Dicts):
    """The request to respond to an authentication challenge."""

    client_id: str
    """The ID of the app client where the user is signing in."""
    challenge_name: ChallengeNameType | ChallengeNameTypeValue | Unmodelled
    """The name of the challenge that you are responding to.

    Note: You can't respond to an `ADMIN_NO_SRP_AUTH` challenge with this operation.

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
    session: str | None = ...
    """The session identifier that maintains the state of authentication requests and challenge
    responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results
    in a determination that your application must pass another challenge, Amazon Cognito
    returns a session with other challenge parameters. Send this session identifier,
    unmodified, to the next `AdminRespondToAuthChallenge` request."""
    challenge_responses: Mapping[str, str] | None = ...
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
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class RespondToAuthChallengeResponse(Boto3Dicts):
    """The response to respond to the authentication challenge."""

    challenge_name: ChallengeNameType | Unmodelled | None = ...
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
    session: str | None = ...
    """The session identifier that maintains the state of authentication requests and challenge
    responses. If an `InitiateAuth` or `RespondToAuthChallenge` API request results in a
    determination that your application must pass another challenge, Amazon Cognito returns a
    session with other challenge parameters. Send this session identifier, unmodified, to the
    next `RespondToAuthChallenge` request."""
    challenge_parameters: dict[str, str] | None = ...
    """The parameters that define your response to the next challenge."""
    authentication_result: AuthenticationResultType | None = ...
    """The outcome of a successful authentication process. After your application has passed all
    challenges, Amazon Cognito returns an `AuthenticationResult` with the JSON web tokens
    (JWTs) that indicate successful sign-in."""
    available_challenges: list[ChallengeNameType | Unmodelled] | None = ...
    """This response parameter lists the available authentication challenges that users can
    select from in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    For example, they might be able to choose between passkey authentication, a one-time
    password from an SMS message, and a traditional password."""

@dataclass(kw_only=True)
class RevokeTokenRequest(Boto3Dicts):
    """The RevokeTokenRequest structure."""

    token: str
    """The refresh token that you want to revoke."""
    client_id: str
    """The ID of the app client where the token that you want to revoke was issued."""
    client_secret: str | None = ...
    """The client secret of the requested app client, if the client has a secret."""
    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    ) = ...
    """Specifies whether to also revoke the SSO session that is linked to the token session being
    revoked. `NONE`, the default, revokes only the token session that is associated with the
    refresh token. `LINKED` also revokes the parent SSO session that the token session came
    through; the other token sessions that came through that SSO session aren't revoked.
    `LINKED` has no effect when session tracking is disabled or when the token session has no
    parent SSO session."""

@dataclass(kw_only=True)
class RevokeTokenResponse(Boto3Dicts):
    """The RevokeTokenResponse structure."""

@dataclass(kw_only=True)
class RevokeUserSessionRequest(Boto3Dicts):
    """The RevokeUserSessionRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the user. Amazon Cognito uses this
    token to authorize the request and to identify the user."""
    session_id: str
    """The ID of the session to revoke. This is a 28-character string of lowercase letters and
    digits, prefixed with `tkn` for a token session or `sso` for an SSO session. This value
    can't identify the caller's own current session."""
    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    ) = ...
    """Specifies whether to also revoke the sessions that are linked to the targeted session.
    `NONE`, the default, revokes only the targeted session. `LINKED` also revokes the directly
    linked session or sessions, interpreted relative to the type of the targeted session:
    revoking a token session also revokes the parent SSO session it came through, and revoking
    an SSO session also revokes the token sessions that came through it. The set of linked
    sessions is eventually consistent, so associated sessions are typically revoked within a
    few seconds."""

@dataclass(kw_only=True)
class RevokeUserSessionResponse(Boto3Dicts):
    """The RevokeUserSessionResponse structure."""

@dataclass(kw_only=True)
class SetLogDeliveryConfigurationRequest(Boto3Dicts):
    """The SetLogDeliveryConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to configure logging."""
    log_configurations: Sequence[LogConfigurationType]
    """A collection of the logging configurations for a user pool."""

@dataclass(kw_only=True)
class SetLogDeliveryConfigurationResponse(Boto3Dicts):
    """The SetLogDeliveryConfigurationResponse structure."""

    log_delivery_configuration: LogDeliveryConfigurationType | None = ...
    """The logging configuration that you applied to the requested user pool."""

@dataclass(kw_only=True)
class SetRiskConfigurationRequest(Boto3Dicts):
    """The SetRiskConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to set a risk configuration. If you include
    `UserPoolId` in your request, don't include `ClientId`. When the client ID is null, the
    same risk configuration is applied to all the clients in the userPool. When you include
    both `ClientId` and `UserPoolId`, Amazon Cognito maps the configuration to the app client
    only."""
    client_id: str | None = ...
    """The ID of the app client where you want to set a risk configuration. If `ClientId` is
    null, then the risk configuration is mapped to `UserPoolId`. When the client ID is null,
    the same risk configuration is applied to all the clients in the userPool.

    When you include a `ClientId` parameter, Amazon Cognito maps the configuration to the app
    client. When you include both `ClientId` and `UserPoolId`, Amazon Cognito maps the
    configuration to the app client only."""
    compromised_credentials_risk_configuration: (
        CompromisedCredentialsRiskConfigurationType | None
    ) = ...
    """The configuration of automated reactions to detected compromised credentials. Includes
    settings for blocking future sign-in requests and for the types of password-submission
    events you want to monitor."""
    account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType | None = ...
    """The settings for automated responses and notification templates for adaptive
    authentication with threat protection."""
    risk_exception_configuration: RiskExceptionConfigurationType | None = ...
    """A set of IP-address overrides to threat protection. You can set up IP-address always-block
    and always-allow lists."""

@dataclass(kw_only=True)
class SetRiskConfigurationResponse(Boto3Dicts):
    """The SetRiskConfigurationResponse structure."""

    risk_configuration: RiskConfigurationType
    """The API response that contains the risk configuration that you set and the timestamp of
    the most recent change."""

@dataclass(kw_only=True)
class SetUICustomizationRequest(Boto3Dicts):
    """The SetUICustomizationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to apply branding to the classic hosted UI."""
    client_id: str | None = ...
    """The ID of the app client that you want to customize. To apply a default style to all app
    clients not configured with client-level branding, set this parameter value to `ALL`."""
    css: str | None = ...
    """A plaintext CSS file that contains the custom fields that you want to apply to your user
    pool or app client. To download a template, go to the Amazon Cognito console. Navigate to
    your user pool App clients tab, select Login pages, edit Hosted UI (classic) style, and
    select the link to `CSS template.css`."""
    image_file: bytes | None = ...
    """The image that you want to set as your login in the classic hosted UI, as a
    Base64-formatted binary object."""

@dataclass(kw_only=True)
class SetUICustomizationResponse(Boto3Dicts):
    """The SetUICustomizationResponse structure."""

    ui_customization: UICustomizationType
    """Information about the hosted UI branding that you applied."""

@dataclass(kw_only=True)
class SetUserMFAPreferenceRequest(Boto3Dicts):
    """The SetUserMFAPreferenceRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    sms_mfa_settings: SMSMfaSettingsType | None = ...
    """User preferences for SMS message MFA. Activates or deactivates SMS MFA and sets it as the
    preferred MFA method when multiple methods are available."""
    software_token_mfa_settings: SoftwareTokenMfaSettingsType | None = ...
    """User preferences for time-based one-time password (TOTP) MFA. Activates or deactivates
    TOTP MFA and sets it as the preferred MFA method when multiple methods are available.
    Users must register a TOTP authenticator before they set this as their preferred MFA
    method."""
    email_mfa_settings: EmailMfaSettingsType | None = ...
    """User preferences for email message MFA. Activates or deactivates email MFA and sets it as
    the preferred MFA method when multiple methods are available. To activate this setting,
    your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    web_authn_mfa_settings: WebAuthnMfaSettingsType | None = ...
    """User preferences for passkey MFA. Activates or deactivates passkey MFA for the user. When
    activated, passkey authentication requires user verification, and passkey sign-in is
    available when MFA is required. To activate this setting, the `FactorConfiguration` of
    your user pool `WebAuthnConfiguration` must be `MULTI_FACTOR_WITH_USER_VERIFICATION`. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

@dataclass(kw_only=True)
class SetUserMFAPreferenceResponse(Boto3Dicts):
    """The SetUserMFAPreferenceResponse structure."""

@dataclass(kw_only=True)
class SetUserPoolClientSessionConfigurationRequest(Boto3Dicts):
    """The SetUserPoolClientSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""
    client_id: str
    """The ID of the app client that you want to configure."""
    sso_session: ClientSSOSessionConfigType
    """The SSO session settings for the app client."""

@dataclass(kw_only=True)
class SetUserPoolClientSessionConfigurationResponse(Boto3Dicts):
    """The SetUserPoolClientSessionConfigurationResponse structure."""

    user_pool_id: str | None = ...
    """The ID of the user pool that contains the app client."""
    client_id: str | None = ...
    """The ID of the app client that the session configuration was applied to."""
    sso_session: ClientSSOSessionConfigType | None = ...
    """The SSO session settings that were applied to the app client."""

@dataclass(kw_only=True)
class SetUserPoolMfaConfigRequest(Boto3Dicts):
    """The SetUserPoolMfaConfigRequest structure."""

    user_pool_id: str
    """The user pool ID."""
    sms_mfa_configuration: SmsMfaConfigType | None = ...
    """Configures user pool SMS messages for MFA. Sets the message template and the SMS message
    sending configuration for Amazon SNS."""
    software_token_mfa_configuration: SoftwareTokenMfaConfigType | None = ...
    """Configures a user pool for time-based one-time password (TOTP) MFA. Enables or disables
    TOTP."""
    email_mfa_configuration: EmailMfaConfigType | None = ...
    """Sets configuration for user pool email message MFA and sign-in with one-time passwords
    (OTPs). Includes the subject and body of the email message template for sign-in and MFA
    messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = ...
    """Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""
    web_authn_configuration: WebAuthnConfigurationType | None = ...
    """The configuration of your user pool for passkey, or WebAuthn, authentication and
    registration. Includes relying-party configuration, user-verification requirements, and
    whether passkeys can satisfy MFA requirements."""

@dataclass(kw_only=True)
class SetUserPoolMfaConfigResponse(Boto3Dicts):
    """The SetUserPoolMfaConfigResponse structure."""

    sms_mfa_configuration: SmsMfaConfigType | None = ...
    """Shows user pool SMS message configuration for MFA and sign-in with SMS-message OTPs.
    Includes the message template and the SMS message sending configuration for Amazon SNS."""
    software_token_mfa_configuration: SoftwareTokenMfaConfigType | None = ...
    """Shows user pool configuration for time-based one-time password (TOTP) MFA. Includes TOTP
    enabled or disabled state."""
    email_mfa_configuration: EmailMfaConfigType | None = ...
    """Shows configuration for user pool email message MFA and sign-in with one-time passwords
    (OTPs). Includes the subject and body of the email message template for sign-in and MFA
    messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    mfa_configuration: UserPoolMfaType | Unmodelled | None = ...
    """Displays multi-factor authentication (MFA) as on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""
    web_authn_configuration: WebAuthnConfigurationType | None = ...
    """The configuration of your user pool for passkey, or WebAuthn, sign-in with authenticators
    such as biometric and security-key devices. Includes relying-party configuration and
    settings for user-verification requirements."""

@dataclass(kw_only=True)
class SetUserPoolSessionConfigurationRequest(Boto3Dicts):
    """The SetUserPoolSessionConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to configure session tracking."""
    user_session_tracking: UserSessionTrackingType | UserSessionTrackingTypeValue | Unmodelled
    """Specifies whether Amazon Cognito tracks sessions for users in the user pool. Set this
    value to `ENABLED` to turn on server-side session tracking, or `DISABLED` to turn it off.
    When you set this value to `DISABLED` while the user pool remains active, existing
    client-level session configurations are retained but dormant, and are reactivated when you
    enable tracking again."""
    token_session: UserPoolTokenSessionConfigType
    """The pool-wide token session settings to apply."""

@dataclass(kw_only=True)
class SetUserPoolSessionConfigurationResponse(Boto3Dicts):
    """The SetUserPoolSessionConfigurationResponse structure."""

    user_pool_id: str | None = ...
    """The ID of the user pool that the session configuration was applied to."""
    user_session_tracking: UserSessionTrackingType | Unmodelled | None = ...
    """The session tracking setting that was applied to the user pool."""
    token_session: UserPoolTokenSessionConfigType | None = ...
    """The pool-wide token session settings that were applied."""

@dataclass(kw_only=True)
class SetUserSettingsRequest(Boto3Dicts):
    """Represents the request to set user settings."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    mfa_options: Sequence[MFAOptionType]
    """You can use this parameter only to set an SMS configuration that uses SMS for delivery."""

@dataclass(kw_only=True)
class SetUserSettingsResponse(Boto3Dicts):
    """The response from the server for a set user settings request."""

@dataclass(kw_only=True)
class SignUpRequest(Boto3Dicts):
    """Represents the request to register a user."""

    client_id: str
    """The ID of the app client where the user wants to sign up."""
    username: str
    """The username of the user that you want to sign up. The value of this parameter is
    typically a username, but can be any alias attribute in your user pool."""
    secret_hash: str | None = ...
    """A keyed-hash message authentication code (HMAC) calculated using the secret key of a user
    pool client and username plus the client ID in the message. For more information about
    `SecretHash`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash)."""
    password: str | None = ...
    """The user's proposed password. The password must comply with the password requirements
    (https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html)
    of your user pool.

    Users can sign up without a password when your user pool supports passwordless sign-in
    with email or SMS OTPs. To create a user with no password, omit this parameter or submit a
    blank value. You can only create a passwordless user when passwordless sign-in is
    available."""
    user_attributes: Sequence[AttributeType] | None = ...
    """An array of name-value pairs representing user attributes.

    For custom attributes, include a `custom:` prefix in the attribute name, for example
    `custom:department`."""
    validation_data: Sequence[AttributeType] | None = ...
    """Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda
    trigger. This set of key-value pairs are for custom validation of information that you
    collect from your users but don't need to retain.

    Your Lambda function can analyze this additional data and act on it. Your function can
    automatically confirm and verify select users or perform external API operations like
    logging user attributes and validation data to Amazon CloudWatch Logs.

    For more information about the pre sign-up Lambda trigger, see Pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)."""
    analytics_metadata: AnalyticsMetadataType | None = ...
    """Information that supports analytics outcomes with Amazon Pinpoint, including the user's
    endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for
    example a device identifier, email address, or phone number."""
    user_context_data: UserContextDataType | None = ...
    """Contextual data about your user session like the device fingerprint, IP address, or
    location. Amazon Cognito threat protection evaluates the risk of an authentication event
    based on the context that your app generates and passes to Amazon Cognito when it makes
    API requests.

    For more information, see Collecting data for threat protection in applications
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html)."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class SignUpResponse(Boto3Dicts):
    """The response from the server for a registration request."""

    user_confirmed: bool
    """Indicates whether the user was automatically confirmed. You can auto-confirm users with a
    pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)."""
    user_sub: str
    """The unique identifier of the new user, for example `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`."""
    code_delivery_details: CodeDeliveryDetailsType | None = ...
    """In user pools that automatically verify and confirm new users, Amazon Cognito sends users
    a message with a code or link that confirms ownership of the phone number or email address
    that they entered. The `CodeDeliveryDetails` object is information about the delivery
    destination for that link or code."""
    session: str | None = ...
    """A session Id that you can pass to `ConfirmSignUp` when you want to immediately sign in
    your user with the `USER_AUTH` flow after they complete sign-up."""

@dataclass(kw_only=True)
class StartPointInTimeRecoveryRequest(Boto3Dicts):
    """The StartPointInTimeRecoveryRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the recovery that you want to start."""
    restore_id: str
    """The ID of the recovery that you want to start. Amazon Cognito returns this ID in the
    response to an `InitiatePointInTimeRecovery` request."""

@dataclass(kw_only=True)
class StartPointInTimeRecoveryResponse(Boto3Dicts):
    """The StartPointInTimeRecoveryResponse structure."""

    restoration: RestorationType | None = ...
    """The details of the recovery that you started, including its status."""

@dataclass(kw_only=True)
class StartUserImportJobRequest(Boto3Dicts):
    """Represents the request to start the user import job."""

    user_pool_id: str
    """The ID of the user pool that you want to start importing users into."""
    job_id: str
    """The ID of a user import job that you previously created."""

@dataclass(kw_only=True)
class StartUserImportJobResponse(Boto3Dicts):
    """Represents the response from the server to the request to start the user import job."""

    user_import_job: UserImportJobType | None = ...
    """The details of the user import job. Includes logging destination, status, and the Amazon
    S3 pre-signed URL for CSV upload."""

@dataclass(kw_only=True)
class StartWebAuthnRegistrationRequest(Boto3Dicts):
    """The StartWebAuthnRegistrationRequest structure."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

@dataclass(kw_only=True)
class StartWebAuthnRegistrationResponse(Boto3Dicts):
    """The StartWebAuthnRegistrationResponse structure."""

    credential_creation_options: _types.Document
    """The information that a user can provide in their request to register with their passkey
    provider."""

@dataclass(kw_only=True)
class StopUserImportJobRequest(Boto3Dicts):
    """Represents the request to stop the user import job."""

    user_pool_id: str
    """The ID of the user pool that you want to stop."""
    job_id: str
    """The ID of a running user import job."""

@dataclass(kw_only=True)
class StopUserImportJobResponse(Boto3Dicts):
    """Represents the response from the server to the request to stop the user import job."""

    user_import_job: UserImportJobType | None = ...
    """The details of the user import job. Includes logging destination, status, and the Amazon
    S3 pre-signed URL for CSV upload."""

@dataclass(kw_only=True)
class TagResourceRequest(Boto3Dicts):
    """The TagResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool to assign the tags to."""
    tags: Mapping[str, str]
    """An array of tag keys and values that you want to assign to the user pool."""

@dataclass(kw_only=True)
class TagResourceResponse(Boto3Dicts):
    """The TagResourceResponse structure."""

@dataclass(kw_only=True)
class UntagResourceRequest(Boto3Dicts):
    """The UntagResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool that the tags are assigned to."""
    tag_keys: Sequence[str]
    """An array of tag keys that you want to remove from the user pool."""

@dataclass(kw_only=True)
class UntagResourceResponse(Boto3Dicts):
    """The UntagResourceResponse structure."""

@dataclass(kw_only=True)
class UpdateAuthEventFeedbackRequest(Boto3Dicts):
    """The UpdateAuthEventFeedbackRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to update auth event feedback."""
    username: str
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""
    event_id: str
    """The ID of the authentication event that you want to submit feedback for."""
    feedback_token: str
    """The feedback token, an encrypted object generated by Amazon Cognito and passed to your
    user in the notification email message from the event."""
    feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled
    """Your feedback to the authentication event. When you provide a `FeedbackValue` value of
    `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has
    evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you
    tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon
    Cognito evaluated a high-enough risk level."""

@dataclass(kw_only=True)
class UpdateAuthEventFeedbackResponse(Boto3Dicts):
    """The UpdateAuthEventFeedbackResponse structure."""

@dataclass(kw_only=True)
class UpdateCIMDPolicyRequest(Boto3Dicts):
    """The UpdateCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""
    cimd_policy_id: str
    """The ID of the CIMD policy that you want to update."""
    client_id: str
    """The ID of the app client that you want to associate with the CIMD policy."""
    url_patterns: Sequence[str]
    """One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata document URL
    only when it matches one of these patterns. Patterns can contain the `*` wildcard
    character."""
    policy_name: str | None = ...
    """A friendly name for the CIMD policy."""
    cache_duration: int | None = ...
    """The length of time, in seconds, that Amazon Cognito caches a client metadata document that
    it retrieved from a URL that matches the policy. The value must be between 86,400 seconds
    (one day) and 31,556,952 seconds (one year)."""

@dataclass(kw_only=True)
class UpdateCIMDPolicyResponse(Boto3Dicts):
    """The UpdateCIMDPolicyResponse structure."""

    cimd_policy: CIMDPolicyType
    """The updated CIMD policy."""

class CIMDCacheActionType(enum.StrEnum):
    """The values of CIMDCacheActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REFRESH = "REFRESH"
    INVALIDATE = "INVALIDATE"

CIMDCacheActionTypeValue: TypeAlias = Literal["REFRESH", "INVALIDATE"]
"""The values of CIMDCacheActionType as literal strings, for type checkers: an input typed
``CIMDCacheActionType | CIMDCacheActionTypeValue | Unmodelled`` takes
``CIMDCacheActionType.REFRESH`` or ``'REFRESH'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class UpdateClientMetadataURLStateRequest(Boto3Dicts):
    """The UpdateClientMetadataURLStateRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""
    cimd_policy_id: str
    """The ID of the CIMD policy that the URL belongs to."""
    url: str
    """The client metadata document URL whose cache state you want to change."""
    action: CIMDCacheActionType | CIMDCacheActionTypeValue | Unmodelled
    """The action to take on the cached client metadata document. `REFRESH` retrieves the
    document from the URL again. `INVALIDATE` removes the cached document."""

@dataclass(kw_only=True)
class UpdateClientMetadataURLStateResponse(Boto3Dicts):
    """The UpdateClientMetadataURLStateResponse structure."""

@dataclass(kw_only=True)
class UpdateDeviceStatusRequest(Boto3Dicts):
    """Represents the request to update the device status."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    device_key: str
    """The device key of the device you want to update, for example
    `us-west-2_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`."""
    device_remembered_status: (
        DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled | None
    ) = ...
    """To enable device authentication with the specified device, set to `remembered`.To disable,
    set to `not_remembered`."""

@dataclass(kw_only=True)
class UpdateDeviceStatusResponse(Boto3Dicts):
    """The response to the request to update the device status."""

@dataclass(kw_only=True)
class UpdateGroupRequest(Boto3Dicts):
    """The UpdateGroupRequest structure."""

    group_name: str
    """The name of the group that you want to update."""
    user_pool_id: str
    """The ID of the user pool that contains the group you want to update."""
    description: str | None = ...
    """A new description of the existing group."""
    role_arn: str | None = ...
    """The Amazon Resource Name (ARN) of an IAM role that you want to associate with the group.
    The role assignment contributes to the `cognito:roles` and `cognito:preferred_role` claims
    in group members' tokens."""
    precedence: int | None = ...
    """A non-negative integer value that specifies the precedence of this group relative to the
    other groups that a user can belong to in the user pool. Zero is the highest precedence
    value. Groups with lower `Precedence` values take precedence over groups with higher or
    null `Precedence` values. If a user belongs to two or more groups, it is the group with
    the lowest precedence value whose role ARN is given in the user's tokens for the
    `cognito:roles` and `cognito:preferred_role` claims.

    Two groups can have the same `Precedence` value. If this happens, neither group takes
    precedence over the other. If two groups with the same `Precedence` have the same role
    ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each
    group. If the two groups have different role ARNs, the `cognito:preferred_role` claim
    isn't set in users' tokens.

    The default `Precedence` value is null. The maximum `Precedence` value is `2^31-1`."""

@dataclass(kw_only=True)
class UpdateGroupResponse(Boto3Dicts):
    """The UpdateGroupResponse structure."""

    group: GroupType | None = ...
    """Contains the updated details of the group, including precedence, IAM role, and
    description."""

@dataclass(kw_only=True)
class UpdateIdentityProviderRequest(Boto3Dicts):
    """The UpdateIdentityProviderRequest structure."""

    user_pool_id: str
    """The Id of the user pool where you want to update your IdP."""
    provider_name: str
    """The name of the IdP that you want to update. You can pass the identity provider name in
    the `identity_provider` query parameter of requests to the Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to
    silently redirect to sign-in with the associated IdP."""
    provider_details: Mapping[str, str] | None = ...
    """The scopes, URLs, and identifiers for your external identity provider. The following
    examples describe the provider detail keys for each IdP type. These values and their
    schema are subject to change. Social IdP `authorize_scopes` values must match the values
    listed here.

    OpenID Connect (OIDC)
        Amazon Cognito accepts the following elements when it can't discover endpoint URLs
        from `oidc_issuer`: `attributes_url`, `authorize_url`, `jwks_uri`, `token_url`.

        Create or update request: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid
        profile email", "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

        Describe response: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo",
        "attributes_url_add_attributes": "false", "authorize_scopes": "openid profile email",
        "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

    SAML
        Create or update request with Metadata URL: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL":
        "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256"
        }`

        Create or update request with Metadata file: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]",
        "RequestSigningAlgorithm": "rsa-sha256" }`

        The value of `MetadataFile` must be the plaintext metadata document with all quote (")
        characters escaped by backslashes.

        Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true",
        "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]",
        "MetadataURL": "https://auth.example.com/sso/saml/metadata",
        "RequestSigningAlgorithm": "rsa-sha256", "SLORedirectBindingURI":
        "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
        "https://auth.example.com/sso/saml" }`

    LoginWithAmazon
        Create or update request: `"ProviderDetails": { "authorize_scopes": "profile
        postal_code", "client_id": "amzn1.application-oa2-client.1example23456789",
        "client_secret": "provider-app-client-secret"`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false",
        "authorize_scopes": "profile postal_code", "authorize_url":
        "https://www.amazon.com/ap/oa", "client_id":
        "amzn1.application-oa2-client.1example23456789", "client_secret":
        "provider-app-client-secret", "token_request_method": "POST", "token_url":
        "https://api.amazon.com/auth/o2/token" }`

    Google
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email profile
        openid", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://people.googleapis.com/v1/people/me?personFields=",
        "attributes_url_add_attributes": "true", "authorize_scopes": "email profile openid",
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
        "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret", "oidc_issuer": "https://accounts.google.com",
        "token_request_method": "POST", "token_url":
        "https://www.googleapis.com/oauth2/v4/token" }`

    SignInWithApple
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email name",
        "client_id": "com.example.cognito", "private_key": "1EXAMPLE", "key_id": "2EXAMPLE",
        "team_id": "3EXAMPLE" }`

        Describe response: `"ProviderDetails": { "attributes_url_add_attributes": "false",
        "authorize_scopes": "email name", "authorize_url":
        "https://appleid.apple.com/auth/authorize", "client_id": "com.example.cognito",
        "key_id": "1EXAMPLE", "oidc_issuer": "https://appleid.apple.com", "team_id":
        "2EXAMPLE", "token_request_method": "POST", "token_url":
        "https://appleid.apple.com/auth/token" }`

    Facebook
        Create or update request: `"ProviderDetails": { "api_version": "v17.0",
        "authorize_scopes": "public_profile, email", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "api_version": "v17.0", "attributes_url":
        "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes":
        "true", "authorize_scopes": "public_profile, email", "authorize_url":
        "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret", "token_request_method": "GET",
        "token_url": "https://graph.facebook.com/v17.0/oauth/access_token" }`"""
    attribute_mapping: Mapping[str, str] | None = ...
    """A mapping of IdP attributes to standard and custom user pool attributes. Specify a user
    pool attribute as the key of the key-value pair, and the IdP attribute claim name as the
    value."""
    idp_identifiers: Sequence[str] | None = ...
    """An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]`.
    Identifiers are friendly names that you can pass in the `idp_identifier` query parameter
    of requests to the Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to
    silently redirect to sign-in with the associated IdP. Identifiers in a domain format also
    enable the use of email-address matching with SAML providers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html)."""
    acr_mapping: Mapping[str, str] | None = ...
    """A mapping between the authentication context class reference (ACR) levels of your user
    pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP).
    This mapping has the same behavior as it does when you create an identity provider. Only
    OIDC IdPs support ACR mapping.

    Setting `AcrMapping` is available in all feature plans. It isn't restricted to the
    Essentials or Plus feature plan."""

@dataclass(kw_only=True)
class UpdateIdentityProviderResponse(Boto3Dicts):
    """The UpdateIdentityProviderResponse structure."""

    identity_provider: IdentityProviderType
    """The identity provider details."""

@dataclass(kw_only=True)
class UpdateManagedLoginBrandingRequest(Boto3Dicts):
    """The UpdateManagedLoginBrandingRequest structure."""

    user_pool_id: str | None = ...
    """The ID of the user pool that contains the managed login branding style that you want to
    update."""
    managed_login_branding_id: str | None = ...
    """The ID of the managed login branding style that you want to update."""
    use_cognito_provided_values: bool | None = ...
    """When `true`, applies the default branding style options. This option reverts to default
    style options that are managed by Amazon Cognito. You can modify them later in the
    branding editor.

    When you specify `true` for this option, you must also omit values for `Settings` and
    `Assets` in the request."""
    settings: _types.Document | None = ...
    """A JSON file, encoded as a `Document` type, with the the settings that you want to apply to
    your style.

    The following components are not currently implemented and reserved for future use:

    - `signUp`
    - `instructions`
    - `sessionTimerDisplay`
    - `languageSelector` (for localization, see Managed login localization)
      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)"""
    assets: Sequence[AssetType] | None = ...
    """An array of image files that you want to apply to roles like backgrounds, logos, and
    icons. Each object must also indicate whether it is for dark mode, light mode, or
    browser-adaptive mode."""

@dataclass(kw_only=True)
class UpdateManagedLoginBrandingResponse(Boto3Dicts):
    """The UpdateManagedLoginBrandingResponse structure."""

    managed_login_branding: ManagedLoginBrandingType | None = ...
    """The details of the branding style that you updated."""

@dataclass(kw_only=True)
class UpdateProvisionedLimitRequest(Boto3Dicts):
    """The UpdateProvisionedLimitRequest structure."""

    limit_definition: LimitDefinitionType
    """The limit to update. Specify the limit class and the attributes that identify the limit."""
    requested_limit_value: int
    """The provisioned rate to set, in requests per second (RPS)."""

@dataclass(kw_only=True)
class UpdateProvisionedLimitResponse(Boto3Dicts):
    """The UpdateProvisionedLimitResponse structure."""

    limit: LimitType
    """The updated provisioned and default limit values."""

@dataclass(kw_only=True)
class UpdateResourceServerRequest(Boto3Dicts):
    """The UpdateResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the resource server that you want to update."""
    identifier: str
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""
    name: str
    """The updated name of the resource server."""
    scopes: Sequence[ResourceServerScopeType] | None = ...
    """An array of updated custom scope names and descriptions that you want to associate with
    your resource server."""

@dataclass(kw_only=True)
class UpdateResourceServerResponse(Boto3Dicts):
    """The UpdateResourceServerResponse structure."""

    resource_server: ResourceServerType
    """The updated details of the requested resource server."""

@dataclass(kw_only=True)
class UpdateTermsRequest(Boto3Dicts):
    """The UpdateTermsRequest structure."""

    terms_id: str
    """The ID of the terms document that you want to update."""
    user_pool_id: str
    """The ID of the user pool that contains the terms that you want to update."""
    terms_name: str | None = ...
    """The new name that you want to apply to the requested terms documents."""
    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled | None = ...
    """This parameter is reserved for future use and currently accepts only one value."""
    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled | None = ...
    """This parameter is reserved for future use and currently accepts only one value."""
    links: Mapping[str, str] | None = ...
    """A map of URLs to languages. For each localized language that will view the requested
    `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages
    that don't have a language-specific URL.

    For example, `"cognito:default": "https://terms.example.com", "cognito:spanish":
    "https://terms.example.com/es"`."""

@dataclass(kw_only=True)
class UpdateTermsResponse(Boto3Dicts):
    """The UpdateTermsResponse structure."""

    terms: TermsType | None = ...
    """A summary of the updates to your terms documents."""

@dataclass(kw_only=True)
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
    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    client_metadata: Mapping[str, str] | None = ...
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

@dataclass(kw_only=True)
class UpdateUserAttributesResponse(Boto3Dicts):
    """Represents the response from the server for the request to update user attributes."""

    code_delivery_details_list: list[CodeDeliveryDetailsType] | None = ...
    """When the attribute-update request includes an email address or phone number attribute,
    Amazon Cognito sends a message to users with a code that confirms ownership of the new
    value that they entered. The `CodeDeliveryDetails` object is information about the
    delivery destination for that link or code. This behavior happens in user pools configured
    to automatically verify changes to those attributes. For more information, see Verifying
    when users change their email or phone number
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#verifying-when-users-change-their-email-or-phone-number)."""

@dataclass(kw_only=True)
class UpdateUserPoolRequest(Boto3Dicts):
    """Represents the request to update the user pool."""

    user_pool_id: str
    """The ID of the user pool you want to update."""
    policies: UserPoolPolicyType | None = ...
    """The password policy and sign-in policy in the user pool. The password policy sets options
    like password complexity requirements and password history. The sign-in policy sets the
    options available to applications in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice)."""
    deletion_protection: (
        DeletionProtectionType | DeletionProtectionTypeValue | Unmodelled | None
    ) = ...
    """When active, `DeletionProtection` prevents accidental deletion of your user pool. Before
    you can delete a user pool that you have protected against deletion, you must deactivate
    this feature.

    When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon
    Cognito returns an `InvalidParameterException` error. To delete a protected user pool,
    send a new `DeleteUserPool` request after you deactivate deletion protection in an
    `UpdateUserPool` API request."""
    lambda_config: LambdaConfigType | None = ...
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of authentication operations. Triggers can modify the outcome of the
    operations that invoked them."""
    auto_verified_attributes: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    ) = ...
    """The attributes that you want your user pool to automatically verify. Possible values:
    email, phone_number. For more information see Verifying contact information at sign-up
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves)."""
    sms_verification_message: str | None = ...
    """This parameter is no longer used."""
    email_verification_message: str | None = ...
    """This parameter is no longer used."""
    email_verification_subject: str | None = ...
    """This parameter is no longer used."""
    verification_message_template: VerificationMessageTemplateType | None = ...
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute.

    Set the email message type that corresponds to your `DefaultEmailOption` selection. For
    `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave `EmailMessage` blank. For
    `CONFIRM_WITH_CODE`, specify an `EmailMessage` and leave `EmailMessageByLink` blank. When
    you supply both parameters with either choice, Amazon Cognito returns an error."""
    sms_authentication_message: str | None = ...
    """The contents of the SMS message that your user pool sends to users in SMS authentication."""
    user_attribute_update_settings: UserAttributeUpdateSettingsType | None = ...
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""
    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = ...
    """Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""
    device_configuration: DeviceConfigurationType | None = ...
    """The device-remembering configuration for a user pool. Device remembering or device
    tracking is a "Remember me on this device" option for user pools that perform
    authentication with the device key of a trusted device in the back end, instead of a
    user-provided MFA code. For more information about device authentication, see Working with
    user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    A null value indicates that you have deactivated device remembering in your user pool.

    Note: When you provide a value for any `DeviceConfiguration` field, you activate the
    Amazon Cognito device-remembering feature. For more information, see Working with devices
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""
    email_configuration: EmailConfigurationType | None = ...
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for email invitation and
    verification messages from your user pool."""
    sms_configuration: SmsConfigurationType | None = ...
    """The SMS configuration with the settings for your Amazon Cognito user pool to send SMS
    message with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in
    the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an
    Identity and Access Management (IAM) role in your Amazon Web Services account. For more
    information see SMS message settings
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)."""
    user_pool_tags: Mapping[str, str] | None = ...
    """The tag keys and values to assign to the user pool. A tag is a label that you can use to
    categorize and manage user pools in different ways, such as by purpose, owner,
    environment, or other criteria."""
    admin_create_user_config: AdminCreateUserConfigType | None = ...
    """The configuration for administrative creation of users. Includes the template for the
    invitation message for new users, the duration of temporary passwords, and permitting
    self-service sign-up."""
    user_pool_add_ons: UserPoolAddOnsType | None = ...
    """Contains settings for activation of threat protection, including the operating mode and
    additional authentication types. To log user security information but take no action, set
    to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to
    your user pool, set to `ENFORCED`.

    For more information, see Adding advanced security to a user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
    To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""
    dcr_configuration: DcrConfigurationType | None = ...
    """The dynamic client registration configuration for the user pool. With dynamic client
    registration, applications can register their own app clients at runtime through the
    registration endpoint of your user pool domain. To activate this setting, your user pool
    must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher.

    If you omit this parameter, Amazon Cognito keeps the existing configuration. If you
    include it, Amazon Cognito replaces the existing configuration with the one that you
    provide. Members that you omit revert to their default values, and an omitted
    `EnableStatus` turns dynamic client registration on.

    To change the feature plan of the user pool to Lite, you must also set `EnableStatus` to
    `Disabled`."""
    account_recovery_setting: AccountRecoverySettingType | None = ...
    """The available verified method a user can use to recover their password when they call
    `ForgotPassword`. You can use this setting to define a preferred method when a user has
    more than one method available. With this setting, SMS doesn't qualify for a valid
    password recovery mechanism if the user also has SMS multi-factor authentication (MFA)
    activated. In the absence of this setting, Amazon Cognito uses the legacy behavior to
    determine the recovery method where SMS is preferred through email."""
    pool_name: str | None = ...
    """The updated name of your user pool."""
    user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None = ...
    """The user pool feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
    or tier. This parameter determines the eligibility of the user pool for features like
    managed login, access-token customization, and threat protection. Defaults to
    `ESSENTIALS`."""
    key_configuration: KeyConfigurationType | None = ...
    """The key configuration for the user pool. In secondary regions, this parameter must match
    the existing configuration and cannot be modified."""
    issuer_configuration: IssuerConfigurationType | None = ...
    """The issuer configuration for the user pool. In secondary regions, this parameter must
    match the existing configuration and cannot be modified."""
    acr_configuration: Mapping[str, AcrLevelConfigType] | None = ...
    """The custom names for the authentication context class reference (ACR) levels in your user
    pool. This configuration has the same behavior as it does when you create a user pool: you
    customize only the URI name that Amazon Cognito reports for each of the four fixed ACR
    levels, and any level that you don't specify keeps its default name. Each name must be
    unique across all four levels, including default names.

    Configuring custom ACR level names requires the Essentials or Plus feature plan. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

@dataclass(kw_only=True)
class UpdateUserPoolResponse(Boto3Dicts):
    """Represents the response from the server when you make a request to update the user pool."""

@dataclass(kw_only=True)
class UpdateUserPoolClientRequest(Boto3Dicts):
    """Represents the request to update the user pool client."""

    user_pool_id: str
    """The ID of the user pool where you want to update the app client."""
    client_id: str
    """The ID of the app client that you want to update."""
    client_name: str | None = ...
    """A friendly name for the app client."""
    refresh_token_validity: int | None = ...
    """The refresh token time limit. After this limit expires, your user can't use their refresh
    token. To specify the time unit for `RefreshTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `RefreshTokenValidity` as `10` and `TokenValidityUnits` as
    `days`, your user can refresh their session and retrieve new access and ID tokens for 10
    days.

    The default time unit for `RefreshTokenValidity` in an API request is days. You can't set
    `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides the value with the
    default value of 30 days. Valid range is displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your refresh
    tokens are valid for 30 days."""
    access_token_validity: int | None = ...
    """The access token time limit. After this limit expires, your user can't use their access
    token. To specify the time unit for `AccessTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `AccessTokenValidity` to `10` and `TokenValidityUnits` to
    `hours`, your user can authorize access with their access token for 10 hours.

    The default time unit for `AccessTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your access tokens
    are valid for one hour."""
    id_token_validity: int | None = ...
    """The ID token time limit. After this limit expires, your user can't use their ID token. To
    specify the time unit for `IdTokenValidity` as `seconds`, `minutes`, `hours`, or `days`,
    set a `TokenValidityUnits` value in your API request.

    For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits` as `hours`,
    your user can authenticate their session with their ID token for 10 hours.

    The default time unit for `IdTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your ID tokens are
    valid for one hour."""
    token_validity_units: TokenValidityUnitsType | None = ...
    """The units that validity times are represented in. The default unit for refresh tokens is
    days, and the default for ID and access tokens are hours."""
    read_attributes: Sequence[str] | None = ...
    """The list of user attributes that you want your app client to have read access to. After
    your user authenticates in your app, their access token authorizes them to read their own
    attribute value for any attribute in this list.

    When you don't specify the `ReadAttributes` for your app client, your app can read the
    values of `email_verified`, `phone_number_verified`, and the standard attributes of your
    user pool. When your user pool app client has read access to these default attributes,
    `ReadAttributes` doesn't return any information. Amazon Cognito only populates
    `ReadAttributes` in the API response if you have specified your own custom set of read
    attributes."""
    write_attributes: Sequence[str] | None = ...
    """The list of user attributes that you want your app client to have write access to. After
    your user authenticates in your app, their access token authorizes them to set or modify
    their own attribute value for any attribute in this list.

    When you don't specify the `WriteAttributes` for your app client, your app can write the
    values of the Standard attributes of your user pool. When your user pool has write access
    to these default attributes, `WriteAttributes` doesn't return any information. Amazon
    Cognito only populates `WriteAttributes` in the API response if you have specified your
    own custom set of write attributes.

    If your app client allows users to sign in through an IdP, this array must include all
    attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped
    attributes when users sign in to your application through an IdP. If your app client does
    not have write access to a mapped attribute, Amazon Cognito throws an error when it tries
    to update the attribute. For more information, see Specifying IdP Attribute Mappings for
    Your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html)."""
    explicit_auth_flows: (
        Sequence[ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled] | None
    ) = ...
    """The authentication flows
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html)
    that you want your user pool client to support. For each app client in your user pool, you
    can sign in your users with any combination of one or more flows, including with a user
    name and Secure Remote Password (SRP), a user name and password, or a custom
    authentication process that you define with Lambda functions.

    Note: If you don't specify a value for `ExplicitAuthFlows`, your app client supports
    `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and `ALLOW_CUSTOM_AUTH`.

    The values for authentication flow options include the following.

    - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This setting covers
      username-password, secure remote password (SRP), passwordless, and passkey
      authentication. This authentiation flow can do username-password and SRP authentication
      without other `ExplicitAuthFlows` permitting them. For example users can complete an SRP
      challenge through `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app
      client. This flow doesn't include `CUSTOM_AUTH`.

      To activate this setting, your user pool must be in the Essentials tier
      (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
      or higher.
    - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password authentication flow
      `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the `ADMIN_NO_SRP_AUTH` setting. With
      this authentication flow, your app passes a user name and password to Amazon Cognito in
      the request, instead of using the Secure Remote Password (SRP) protocol to securely
      transmit the password.
    - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
    - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In this flow,
      Amazon Cognito receives the password in the request instead of using the SRP protocol to
      verify passwords.
    - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
    - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
    - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` - Use this flow to request `GetDerivedToken` token
      exchanges without an `ActorToken`. The issued token represents the subject user
      directly.
    - `ALLOW_TOKEN_EXCHANGE_DELEGATION` - Use this flow to request `GetDerivedToken` token
      exchanges that include an `ActorToken`. The issued token carries an `act` claim that
      identifies the intermediary acting on the behalf of the subject.

    In some environments, you will see the values `ADMIN_NO_SRP_AUTH`,
    `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these legacy
    `ExplicitAuthFlows` values to user pool clients at the same time as values that begin with
    `ALLOW_`, like `ALLOW_USER_SRP_AUTH`."""
    supported_identity_providers: Sequence[str] | None = ...
    """A list of provider names for the identity providers (IdPs) that are supported on this
    client. The following are supported: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`,
    and `LoginWithAmazon`. You can also specify the names that you configured for the SAML and
    OIDC IdPs in your user pool, for example `MySAMLIdP` or `MyOIDCIdP`.

    This parameter sets the IdPs that managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
    will display on the login page for your app client. The removal of `COGNITO` from this
    list doesn't prevent authentication operations for local users with the user pools API in
    an Amazon Web Services SDK. The only way to prevent SDK-based authentication is to block
    access with a WAF rule
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html)."""
    callback_urls: Sequence[str] | None = ...
    """A list of allowed redirect, or callback, URLs for managed login authentication. These URLs
    are the paths where you want to send your users' browsers after they complete
    authentication with managed login or a third-party IdP. Typically, callback URLs are the
    home of an application that uses OAuth or OIDC libraries to process authentication
    outcomes.

    A redirect URI must meet the following requirements:

    - Be an absolute URI.
    - Be registered with the authorization server. Amazon Cognito doesn't accept authorization
      requests with `redirect_uri` values that aren't in the list of `CallbackURLs` that you
      provide in this parameter.
    - Not include a fragment component.

    See OAuth 2.0 - Redirection Endpoint (https://tools.ietf.org/html/rfc6749#section-3.1.2).

    Amazon Cognito requires HTTPS over HTTP except for http://localhost for testing purposes
    only.

    App callback URLs such as `myapp://example` are also supported."""
    logout_urls: Sequence[str] | None = ...
    """A list of allowed logout URLs for managed login authentication. When you pass `logout_uri`
    and `client_id` parameters to `/logout`, Amazon Cognito signs out your user and redirects
    them to the logout URL. This parameter describes the URLs that you want to be the
    permitted targets of `logout_uri`. A typical use of these URLs is when a user selects
    "Sign out" and you redirect them to your public homepage. For more information, see Logout
    endpoint (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html)."""
    default_redirect_uri: str | None = ...
    """The default redirect URI. In app clients with one assigned IdP, replaces `redirect_uri` in
    authentication requests. Must be in the `CallbackURLs` list."""
    allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None = ...
    """The OAuth grant types that you want your app client to generate. To create an app client
    that generates client credentials grants, you must add `client_credentials` as the only
    allowed OAuth flow.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    implicit
        Issue the access token (and, optionally, ID token, based on scopes) directly to your
        user.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""
    allowed_o_auth_scopes: Sequence[str] | None = ...
    """The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app
    client to authorize access with. Scopes govern access control to user pool self-service
    API operations, user data from the `userInfo` endpoint, and third-party APIs. Scope values
    include `phone`, `email`, `openid`, and `profile`. The `aws.cognito.signin.user.admin`
    scope authorizes user self-service operations. Custom scopes with resource servers
    authorize access to external APIs."""
    allowed_o_auth_flows_user_pool_client: bool | None = ...
    """Set to `true` to use OAuth 2.0 authorization server features in your app client.

    This parameter must have a value of `true` before you can configure the following features
    in your app client.

    - `CallBackURLs`: Callback URLs.
    - `LogoutURLs`: Sign-out redirect URLs.
    - `AllowedOAuthScopes`: OAuth 2.0 scopes.
    - `AllowedOAuthFlows`: Support for authorization code, implicit, and client credentials
      OAuth 2.0 grants.

    To use authorization server features, configure one of these features in the Amazon
    Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a
    `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set a value for
    `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or SDKs, it defaults to
    `false`. When `false`, only SDK-based API sign-in is permitted."""
    analytics_configuration: AnalyticsConfigurationType | None = ...
    """The user pool analytics configuration for collecting metrics and sending them to your
    Amazon Pinpoint campaign.

    In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools might not
    have access to analytics or might be configurable with campaigns in the US East (N.
    Virginia) Region. For more information, see Using Amazon Pinpoint analytics
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html)."""
    prevent_user_existence_errors: (
        PreventUserExistenceErrorTypes | PreventUserExistenceErrorTypesValue | Unmodelled | None
    ) = ...
    """When `ENABLED`, suppresses messages that might indicate a valid user exists when someone
    attempts sign-in. This parameters sets your preference for the errors and responses that
    you want Amazon Cognito APIs to return during authentication, account confirmation, and
    password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and
    the user doesn't exist, authentication returns an error indicating either the username or
    password was incorrect. Account confirmation and password recovery return a response
    indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs
    return a `UserNotFoundException` exception if the user doesn't exist in the user pool.

    Defaults to `LEGACY`."""
    enable_token_revocation: bool | None = ...
    """Activates or deactivates token revocation
    (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html) in the
    target app client."""
    enable_propagate_additional_user_context_data: bool | None = ...
    """When `true`, your application can include additional `UserContextData` in authentication
    requests. This data includes the IP address, and contributes to analysis by threat
    protection features. For more information about propagation of user context data, see
    Adding session data to API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
    If you don't include this parameter, you can't send the source IP address to Amazon
    Cognito threat protection features. You can only activate
    `EnablePropagateAdditionalUserContextData` in an app client that has a client secret."""
    auth_session_validity: int | None = ...
    """Amazon Cognito creates a session token for each API request in an authentication flow.
    `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool
    native user must respond to each authentication challenge before the session expires."""
    refresh_token_rotation: RefreshTokenRotationType | None = ...
    """The configuration of your app client for refresh token rotation. When enabled, your app
    client issues new ID, access, and refresh tokens when users renew their sessions with
    refresh tokens. When disabled, token refresh issues only ID and access tokens."""
    publish_secrets_in_aws_secrets_manager: bool | None = ...
    """Specifies whether Amazon Cognito stores and manages this app client's secret in Amazon Web
    Services Secrets Manager
    (https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) instead of
    returning the plaintext value. When you set this parameter to `true`, the response returns
    `ClientSecretArn` instead of `ClientSecret`. By default, Amazon Cognito rotates the secret
    every 7 days. You can change the rotation schedule in Secrets Manager.

    Set to `true` to migrate an existing generated secret into Secrets Manager, or `false` to
    move it back to Amazon Cognito and delete the Secrets Manager secret. If you omit this
    parameter, Amazon Cognito doesn't change how it manages the existing secret. Applies only
    to app clients that already have a generated secret.

    When you set it to `true`, Amazon Cognito starts managing the app client's secret in
    Secrets Manager and rotates it right away. If the app client has two secrets, that first
    rotation deletes the older one.

    Important: When you set this parameter to `false`, Amazon Cognito immediately and
    permanently deletes the Secrets Manager secret. There's no recovery window. Applications
    that read the secret from Secrets Manager can no longer get it."""

@dataclass(kw_only=True)
class UpdateUserPoolClientResponse(Boto3Dicts):
    """Represents the response from the server to the request to update the user pool client."""

    user_pool_client: UserPoolClientType | None = ...
    """The updated details of your app client."""

@dataclass(kw_only=True)
class UpdateUserPoolDomainRequest(Boto3Dicts):
    """The UpdateUserPoolDomain request input."""

    domain: str
    """The name of the domain that you want to update. For custom domains, this is the
    fully-qualified domain name, for example `auth.example.com`. For prefix domains, this is
    the prefix alone, such as `myprefix`."""
    user_pool_id: str
    """The ID of the user pool that is associated with the domain you're updating."""
    managed_login_version: int | None = ...
    """A version number that indicates the state of managed login for your domain. Version `1` is
    hosted UI (classic). Version `2` is the newer managed login with the branding editor. For
    more information, see Managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)."""
    custom_domain_config: CustomDomainConfigType | None = ...
    """The configuration for a custom domain that hosts managed login for your application. In an
    `UpdateUserPoolDomain` request, this parameter specifies an SSL certificate for the
    managed login hosted webserver. The certificate must be an ACM ARN in `us-east-1`.

    When you create a custom domain, the passkey RP ID defaults to the custom domain. If you
    had a prefix domain active, this will cause passkey integration for your prefix domain to
    stop working due to a mismatch in RP ID. To keep the prefix domain passkey integration
    working, you can explicitly set RP ID to the prefix domain."""
    routing: RoutingType | None = ...
    """The routing configuration for the user pool domain. Specifies failover settings for
    multi-region deployments."""

@dataclass(kw_only=True)
class UpdateUserPoolDomainResponse(Boto3Dicts):
    """The UpdateUserPoolDomain response output."""

    managed_login_version: int | None = ...
    """A version number that indicates the state of managed login for your domain. Version `1` is
    hosted UI (classic). Version `2` is the newer managed login with the branding editor. For
    more information, see Managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)."""
    cloud_front_domain: str | None = ...
    """The fully-qualified domain name (FQDN) of the Amazon CloudFront distribution that hosts
    your managed login or classic hosted UI pages. You domain-name authority must have an
    alias record that points requests for your custom domain to this FQDN. Amazon Cognito
    returns this value if you set a custom domain with `CustomDomainConfig`. If you set an
    Amazon Cognito prefix domain, this operation returns a blank response."""
    routing: RoutingType | None = ...
    """The updated routing configuration for the user pool domain."""

class UpdateReplicaStatusType(enum.StrEnum):
    """The values of UpdateReplicaStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"

UpdateReplicaStatusTypeValue: TypeAlias = Literal["ACTIVE", "INACTIVE"]
"""The values of UpdateReplicaStatusType as literal strings, for type checkers: an input typed
``UpdateReplicaStatusType | UpdateReplicaStatusTypeValue | Unmodelled`` takes
``UpdateReplicaStatusType.ACTIVE`` or ``'ACTIVE'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class UpdateUserPoolReplicaRequest(Boto3Dicts):
    """The UpdateUserPoolReplicaRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the replica to update."""
    region_name: str
    """The Amazon Web Services Region of the replica to update."""
    status: UpdateReplicaStatusType | UpdateReplicaStatusTypeValue | Unmodelled
    """The status to set for the replica. Valid values are ACTIVE and INACTIVE."""

@dataclass(kw_only=True)
class UpdateUserPoolReplicaResponse(Boto3Dicts):
    """The UpdateUserPoolReplicaResponse structure."""

    user_pool_replica: UserPoolReplicaType | None = ...
    """Information about the updated user pool replica."""

class VerifySoftwareTokenResponseType(enum.StrEnum):
    """The values of VerifySoftwareTokenResponseType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SUCCESS = "SUCCESS"
    ERROR = "ERROR"

VerifySoftwareTokenResponseTypeValue: TypeAlias = Literal["SUCCESS", "ERROR"]
"""The values of VerifySoftwareTokenResponseType as literal strings, for type checkers: an
input typed ``VerifySoftwareTokenResponseType | VerifySoftwareTokenResponseTypeValue |
Unmodelled`` takes ``VerifySoftwareTokenResponseType.SUCCESS`` or ``'SUCCESS'``, and a
type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class VerifySoftwareTokenRequest(Boto3Dicts):
    """The VerifySoftwareTokenRequest structure."""

    user_code: str
    """A TOTP that the user generated in their configured authenticator app."""
    access_token: str | None = ...
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    session: str | None = ...
    """The session ID from an `AssociateSoftwareToken` request."""
    friendly_device_name: str | None = ...
    """A friendly name for the device that's running the TOTP authenticator."""

@dataclass(kw_only=True)
class VerifySoftwareTokenResponse(Boto3Dicts):
    """The VerifySoftwareTokenResponse structure."""

    status: VerifySoftwareTokenResponseType | Unmodelled | None = ...
    """Amazon Cognito can accept or reject the code that you provide. This response parameter
    indicates the success of TOTP verification. Some reasons that this operation might return
    an error are clock skew on the user's device and excessive retries."""
    session: str | None = ...
    """This session ID satisfies an `MFA_SETUP` challenge. Supply the session ID in your
    challenge response."""

@dataclass(kw_only=True)
class VerifyUserAttributeRequest(Boto3Dicts):
    """Represents the request to verify user attributes."""

    access_token: str
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""
    attribute_name: str
    """The name of the attribute that you want to verify."""
    code: str
    """The verification code that your user pool sent to the added or changed attribute, for
    example the user's email address."""

@dataclass(kw_only=True)
class VerifyUserAttributeResponse(Boto3Dicts):
    """A container representing the response from the server from the request to verify user
    attributes."""

@dataclass(kw_only=True)
class AccountRecoverySettingType(Boto3Dicts):
    """The settings for user message delivery in forgot-password operations. Contains preference
    for email or SMS message delivery of password reset codes, or for admin-only password
    reset."""

    recovery_mechanisms: Sequence[RecoveryOptionType] | None = ...
    """The list of options and priorities for user message delivery in forgot-password
    operations. Sets or displays user pool preferences for email or SMS message priority,
    whether users should fall back to a second delivery method, and whether passwords should
    only be reset by administrators."""

@dataclass(kw_only=True)
class AccountTakeoverActionType(Boto3Dicts):
    """The automated response to a risk level for adaptive authentication in full-function, or
    `ENFORCED`, mode. You can assign an action to each risk level that threat protection
    evaluates."""

    notify: bool
    """Determines whether Amazon Cognito sends a user a notification message when your user pools
    assesses a user's session at the associated risk level."""
    event_action: AccountTakeoverEventActionType | AccountTakeoverEventActionTypeValue | Unmodelled
    """The action to take for the attempted account takeover action for the associated risk
    level. Valid values are as follows:

    - `BLOCK`: Block the request.
    - `MFA_IF_CONFIGURED`: Present an MFA challenge if possible. MFA is possible if the user
      pool has active MFA methods that the user can set up. For example, if the user pool only
      supports SMS message MFA but the user doesn't have a phone number attribute, MFA setup
      isn't possible. If MFA setup isn't possible, allow the request.
    - `MFA_REQUIRED`: Present an MFA challenge if possible. Block the request if a user hasn't
      set up MFA. To sign in with required MFA, users must have an email address or phone
      number attribute, or a registered TOTP factor.
    - `NO_ACTION`: Take no action. Permit sign-in."""

@dataclass(kw_only=True)
class AccountTakeoverActionsType(Boto3Dicts):
    """A list of account-takeover actions for each level of risk that Amazon Cognito might assess
    with threat protection features."""

    low_action: AccountTakeoverActionType | None = ...
    """The action that you assign to a low-risk assessment by threat protection."""
    medium_action: AccountTakeoverActionType | None = ...
    """The action that you assign to a medium-risk assessment by threat protection."""
    high_action: AccountTakeoverActionType | None = ...
    """The action that you assign to a high-risk assessment by threat protection."""

class AccountTakeoverEventActionType(enum.StrEnum):
    """The values of AccountTakeoverEventActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BLOCK = "BLOCK"
    MFA_IF_CONFIGURED = "MFA_IF_CONFIGURED"
    MFA_REQUIRED = "MFA_REQUIRED"
    NO_ACTION = "NO_ACTION"

AccountTakeoverEventActionTypeValue: TypeAlias = Literal[
    "BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION"
]
"""The values of AccountTakeoverEventActionType as literal strings, for type checkers: an input
typed ``AccountTakeoverEventActionType | AccountTakeoverEventActionTypeValue |
Unmodelled`` takes ``AccountTakeoverEventActionType.BLOCK`` or ``'BLOCK'``, and a type
checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class AccountTakeoverRiskConfigurationType(Boto3Dicts):
    """The settings for automated responses and notification templates for adaptive
    authentication with threat protection features."""

    actions: AccountTakeoverActionsType
    """A list of account-takeover actions for each level of risk that Amazon Cognito might assess
    with threat protection."""
    notify_configuration: NotifyConfigurationType | None = ...
    """The settings for composing and sending an email message when threat protection assesses a
    risk level with adaptive authentication. When you choose to notify users in
    `AccountTakeoverRiskConfiguration`, Amazon Cognito sends an email message using the method
    and template that you set with this data type."""

@dataclass(kw_only=True)
class AcrLevelConfigType(Boto3Dicts):
    """The configuration for a single authentication context class reference (ACR) level in a
    user pool. Each entry in an `AcrConfiguration` map associates a level (`Level1` through
    `Level4`) with this configuration, which provides the custom name that Amazon Cognito
    reports for that level in the `acr` token claim."""

    acr_value: str
    """The custom name for this authentication context class reference (ACR) level. This value is
    the URI that Amazon Cognito reports in the `acr` token claim when a user meets this level.
    The name must be unique across all levels in the user pool, including default names."""

@dataclass(kw_only=True)
class AdminCreateUserConfigType(Boto3Dicts):
    """The settings for administrator creation of users in a user pool. Contains settings for
    allowing user sign-up, customizing invitation messages to new users, and the amount of
    time before temporary passwords expire."""

    allow_admin_create_user_only: bool | None = ...
    """The setting for allowing self-service sign-up. When `true`, only administrators can create
    new user profiles. When `false`, users can register themselves and create a new user
    profile with the `SignUp` operation."""
    unused_account_validity_days: int | None = ...
    """This parameter is no longer in use.

    The password expiration limit in days for administrator-created users. When this time
    expires, the user can't sign in with their temporary password. To reset the account after
    that time limit, you must call `AdminCreateUser` again, specifying `RESEND` for the
    `MessageAction` parameter.

    The default value for this parameter is 7."""
    invite_message_template: MessageTemplateType | None = ...
    """The template for the welcome message to new users. This template must include the `{####}`
    temporary password placeholder if you are creating users with passwords. If your users
    don't have passwords, you can omit the placeholder.

    See also Customizing User Invitation Messages
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization)."""

@dataclass(kw_only=True)
class AdvancedSecurityAdditionalFlowsType(Boto3Dicts):
    """Threat protection configuration options for additional authentication types in your user
    pool, including custom authentication."""

    custom_auth_mode: (
        AdvancedSecurityEnabledModeType | AdvancedSecurityEnabledModeTypeValue | Unmodelled | None
    ) = ...
    """The operating mode of threat protection in custom authentication with Custom
    authentication challenge Lambda triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""

class AdvancedSecurityEnabledModeType(enum.StrEnum):
    """The values of AdvancedSecurityEnabledModeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    AUDIT = "AUDIT"
    ENFORCED = "ENFORCED"

AdvancedSecurityEnabledModeTypeValue: TypeAlias = Literal["AUDIT", "ENFORCED"]
"""The values of AdvancedSecurityEnabledModeType as literal strings, for type checkers: an
input typed ``AdvancedSecurityEnabledModeType | AdvancedSecurityEnabledModeTypeValue |
Unmodelled`` takes ``AdvancedSecurityEnabledModeType.AUDIT`` or ``'AUDIT'``, and a type
checker reports a misspelt value. ``str`` at run time."""

class AdvancedSecurityModeType(enum.StrEnum):
    """The values of AdvancedSecurityModeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    OFF = "OFF"
    AUDIT = "AUDIT"
    ENFORCED = "ENFORCED"

AdvancedSecurityModeTypeValue: TypeAlias = Literal["OFF", "AUDIT", "ENFORCED"]
"""The values of AdvancedSecurityModeType as literal strings, for type checkers: an input typed
``AdvancedSecurityModeType | AdvancedSecurityModeTypeValue | Unmodelled`` takes
``AdvancedSecurityModeType.OFF`` or ``'OFF'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class AliasAttributeType(enum.StrEnum):
    """The values of AliasAttributeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PHONE_NUMBER = "phone_number"
    EMAIL = "email"
    PREFERRED_USERNAME = "preferred_username"

AliasAttributeTypeValue: TypeAlias = Literal["phone_number", "email", "preferred_username"]
"""The values of AliasAttributeType as literal strings, for type checkers: an input typed
``AliasAttributeType | AliasAttributeTypeValue | Unmodelled`` takes
``AliasAttributeType.PHONE_NUMBER`` or ``'phone_number'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class AnalyticsConfigurationType(Boto3Dicts):
    """The settings for Amazon Pinpoint analytics configuration. With an analytics configuration,
    your application can collect user-activity metrics for user notifications with a Amazon
    Pinpoint campaign.

    Amazon Pinpoint isn't available in all Amazon Web Services Regions. For a list of
    available Regions, see Amazon Cognito and Amazon Pinpoint Region availability
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html#cognito-user-pools-find-region-mappings)."""

    application_id: str | None = ...
    """Your Amazon Pinpoint project ID."""
    application_arn: str | None = ...
    """The Amazon Resource Name (ARN) of an Amazon Pinpoint project that you want to connect to
    your user pool app client. Amazon Cognito publishes events to the Amazon Pinpoint project
    that `ApplicationArn` declares. You can also configure your application to pass an
    endpoint ID in the `AnalyticsMetadata` parameter of sign-in operations. The endpoint ID is
    information about the destination for push notifications"""
    role_arn: str | None = ...
    """The ARN of an Identity and Access Management role that has the permissions required for
    Amazon Cognito to publish events to Amazon Pinpoint analytics."""
    external_id: str | None = ...
    """The external ID
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html)
    of the role that Amazon Cognito assumes to send analytics data to Amazon Pinpoint."""
    user_data_shared: bool | None = ...
    """If `UserDataShared` is `true`, Amazon Cognito includes user data in the events that it
    publishes to Amazon Pinpoint analytics."""

@dataclass(kw_only=True)
class AnalyticsMetadataType(Boto3Dicts):
    """Information that your application adds to authentication requests. Applies an endpoint ID
    to the analytics data that your user pool sends to Amazon Pinpoint.

    An endpoint ID uniquely identifies a mobile device, email address or phone number that can
    receive messages from Amazon Pinpoint analytics. For more information about Amazon Web
    Services Regions that can contain Amazon Pinpoint resources for use with Amazon Cognito
    user pools, see Using Amazon Pinpoint analytics with Amazon Cognito user pools
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html)."""

    analytics_endpoint_id: str | None = ...
    """The endpoint ID. Information that you want to pass to Amazon Pinpoint about where to send
    notifications."""

class AssetCategoryType(enum.StrEnum):
    """The values of AssetCategoryType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    FAVICON_ICO = "FAVICON_ICO"
    FAVICON_SVG = "FAVICON_SVG"
    EMAIL_GRAPHIC = "EMAIL_GRAPHIC"
    SMS_GRAPHIC = "SMS_GRAPHIC"
    AUTH_APP_GRAPHIC = "AUTH_APP_GRAPHIC"
    PASSWORD_GRAPHIC = "PASSWORD_GRAPHIC"
    PASSKEY_GRAPHIC = "PASSKEY_GRAPHIC"
    PAGE_HEADER_LOGO = "PAGE_HEADER_LOGO"
    PAGE_HEADER_BACKGROUND = "PAGE_HEADER_BACKGROUND"
    PAGE_FOOTER_LOGO = "PAGE_FOOTER_LOGO"
    PAGE_FOOTER_BACKGROUND = "PAGE_FOOTER_BACKGROUND"
    PAGE_BACKGROUND = "PAGE_BACKGROUND"
    FORM_BACKGROUND = "FORM_BACKGROUND"
    FORM_LOGO = "FORM_LOGO"
    IDP_BUTTON_ICON = "IDP_BUTTON_ICON"

AssetCategoryTypeValue: TypeAlias = Literal[
    "FAVICON_ICO",
    "FAVICON_SVG",
    "EMAIL_GRAPHIC",
    "SMS_GRAPHIC",
    "AUTH_APP_GRAPHIC",
    "PASSWORD_GRAPHIC",
    "PASSKEY_GRAPHIC",
    "PAGE_HEADER_LOGO",
    "PAGE_HEADER_BACKGROUND",
    "PAGE_FOOTER_LOGO",
    "PAGE_FOOTER_BACKGROUND",
    "PAGE_BACKGROUND",
    "FORM_BACKGROUND",
    "FORM_LOGO",
    "IDP_BUTTON_ICON",
]
"""The values of AssetCategoryType as literal strings, for type checkers: an input typed
``AssetCategoryType | AssetCategoryTypeValue | Unmodelled`` takes
``AssetCategoryType.FAVICON_ICO`` or ``'FAVICON_ICO'``, and a type checker reports a
misspelt value. ``str`` at run time."""

class AssetExtensionType(enum.StrEnum):
    """The values of AssetExtensionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ICO = "ICO"
    JPEG = "JPEG"
    PNG = "PNG"
    SVG = "SVG"
    WEBP = "WEBP"

AssetExtensionTypeValue: TypeAlias = Literal["ICO", "JPEG", "PNG", "SVG", "WEBP"]
"""The values of AssetExtensionType as literal strings, for type checkers: an input typed
``AssetExtensionType | AssetExtensionTypeValue | Unmodelled`` takes
``AssetExtensionType.ICO`` or ``'ICO'``, and a type checker reports a misspelt value.
``str`` at run time."""

@dataclass(kw_only=True)
class AssetType(Boto3Dicts):
    """An image file from a managed login branding style in a user pool."""

    category: AssetCategoryType | AssetCategoryTypeValue | Unmodelled
    """The category that the image corresponds to in your managed login configuration. Managed
    login has asset categories for different types of logos, backgrounds, and icons."""
    color_mode: ColorSchemeModeType | ColorSchemeModeTypeValue | Unmodelled
    """The display-mode target of the asset: light, dark, or browser-adaptive. For example,
    Amazon Cognito displays a dark-mode image only when the browser or application is in dark
    mode, but displays a browser-adaptive file in all contexts."""
    extension: AssetExtensionType | AssetExtensionTypeValue | Unmodelled
    """The file type of the image file."""
    bytes_: bytes | None = ...
    """The image file, in Base64-encoded binary."""
    resource_id: str | None = ...
    """The ID of the asset."""

class AttributeDataType(enum.StrEnum):
    """The values of AttributeDataType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    STRING = "String"
    NUMBER = "Number"
    DATETIME = "DateTime"
    BOOLEAN = "Boolean"

AttributeDataTypeValue: TypeAlias = Literal["String", "Number", "DateTime", "Boolean"]
"""The values of AttributeDataType as literal strings, for type checkers: an input typed
``AttributeDataType | AttributeDataTypeValue | Unmodelled`` takes
``AttributeDataType.STRING`` or ``'String'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class AttributeType(Boto3Dicts):
    """The name and value of a user attribute."""

    name: str
    """The name of the attribute, for example `email` or `custom:department`.

    In some older user pools, the regex pattern for acceptable values of this parameter is
    `[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`. Older pools will eventually be updated to use the new
    pattern. Affected user pools are those created before May 2024 in US East (N. Virginia),
    US East (Ohio), US West (N. California), US West (Oregon), Asia Pacific (Mumbai), Asia
    Pacific (Tokyo), Asia Pacific (Seoul), Asia Pacific (Singapore), Asia Pacific (Sydney),
    Canada (Central), Europe (Frankfurt), Europe (Ireland), Europe (London), Europe (Paris),
    Europe (Stockholm), Middle East (Bahrain), and South America (São Paulo)."""
    value: str | None = ...
    """The value of the attribute."""

class AuthFactorType(enum.StrEnum):
    """The values of AuthFactorType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PASSWORD = "PASSWORD"
    EMAIL_OTP = "EMAIL_OTP"
    SMS_OTP = "SMS_OTP"
    WEB_AUTHN = "WEB_AUTHN"
    SOFTWARE_TOKEN = "SOFTWARE_TOKEN"

AuthFactorTypeValue: TypeAlias = Literal[
    "PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN", "SOFTWARE_TOKEN"
]
"""The values of AuthFactorType as literal strings, for type checkers: an input typed
``AuthFactorType | AuthFactorTypeValue | Unmodelled`` takes ``AuthFactorType.PASSWORD``
or ``'PASSWORD'``, and a type checker reports a misspelt value. ``str`` at run time."""

class AuthFlowType(enum.StrEnum):
    """The values of AuthFlowType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    USER_SRP_AUTH = "USER_SRP_AUTH"
    REFRESH_TOKEN_AUTH = "REFRESH_TOKEN_AUTH"
    REFRESH_TOKEN = "REFRESH_TOKEN"
    CUSTOM_AUTH = "CUSTOM_AUTH"
    ADMIN_NO_SRP_AUTH = "ADMIN_NO_SRP_AUTH"
    USER_PASSWORD_AUTH = "USER_PASSWORD_AUTH"
    ADMIN_USER_PASSWORD_AUTH = "ADMIN_USER_PASSWORD_AUTH"
    USER_AUTH = "USER_AUTH"

AuthFlowTypeValue: TypeAlias = Literal[
    "USER_SRP_AUTH",
    "REFRESH_TOKEN_AUTH",
    "REFRESH_TOKEN",
    "CUSTOM_AUTH",
    "ADMIN_NO_SRP_AUTH",
    "USER_PASSWORD_AUTH",
    "ADMIN_USER_PASSWORD_AUTH",
    "USER_AUTH",
]
"""The values of AuthFlowType as literal strings, for type checkers: an input typed
``AuthFlowType | AuthFlowTypeValue | Unmodelled`` takes ``AuthFlowType.USER_SRP_AUTH``
or ``'USER_SRP_AUTH'``, and a type checker reports a misspelt value. ``str`` at run
time."""

@dataclass(kw_only=True)
class AuthenticationResultType(Boto3Dicts):
    """The object that your application receives after authentication. Contains tokens and
    information for device authentication."""

    access_token: str | None = ...
    """Your user's access token."""
    expires_in: int | None = ...
    """The expiration period of the authentication result in seconds."""
    token_type: str | None = ...
    """The intended use of the token, for example `Bearer`."""
    refresh_token: str | None = ...
    """Your user's refresh token."""
    id_token: str | None = ...
    """Your user's ID token."""
    new_device_metadata: NewDeviceMetadataType | None = ...
    """The new device metadata from an authentication result."""

class ChallengeNameType(enum.StrEnum):
    """The values of ChallengeNameType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SMS_MFA = "SMS_MFA"
    EMAIL_OTP = "EMAIL_OTP"
    SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA"
    SELECT_MFA_TYPE = "SELECT_MFA_TYPE"
    MFA_SETUP = "MFA_SETUP"
    PASSWORD_VERIFIER = "PASSWORD_VERIFIER"
    CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE"
    SELECT_CHALLENGE = "SELECT_CHALLENGE"
    DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH"
    DEVICE_PASSWORD_VERIFIER = "DEVICE_PASSWORD_VERIFIER"
    ADMIN_NO_SRP_AUTH = "ADMIN_NO_SRP_AUTH"
    NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED"
    SMS_OTP = "SMS_OTP"
    PASSWORD = "PASSWORD"
    WEB_AUTHN = "WEB_AUTHN"
    PASSWORD_SRP = "PASSWORD_SRP"

ChallengeNameTypeValue: TypeAlias = Literal[
    "SMS_MFA",
    "EMAIL_OTP",
    "SOFTWARE_TOKEN_MFA",
    "SELECT_MFA_TYPE",
    "MFA_SETUP",
    "PASSWORD_VERIFIER",
    "CUSTOM_CHALLENGE",
    "SELECT_CHALLENGE",
    "DEVICE_SRP_AUTH",
    "DEVICE_PASSWORD_VERIFIER",
    "ADMIN_NO_SRP_AUTH",
    "NEW_PASSWORD_REQUIRED",
    "SMS_OTP",
    "PASSWORD",
    "WEB_AUTHN",
    "PASSWORD_SRP",
]
"""The values of ChallengeNameType as literal strings, for type checkers: an input typed
``ChallengeNameType | ChallengeNameTypeValue | Unmodelled`` takes
``ChallengeNameType.SMS_MFA`` or ``'SMS_MFA'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class CIMDPolicyType(Boto3Dicts):
    """The configuration of a Client ID Metadata Document (CIMD) policy."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""
    cimd_policy_id: str
    """The ID of the CIMD policy."""
    policy_name: str
    """The friendly name of the CIMD policy."""
    client_id: str | None = ...
    """The ID of the app client that the CIMD policy is associated with. Amazon Cognito omits
    this value when the app client no longer exists."""
    cache_duration: int | None = ...
    """The length of time, in seconds, that Amazon Cognito caches a client metadata document that
    it retrieved from a URL that matches the policy."""
    url_patterns: list[str] | None = ...
    """The HTTPS URL patterns that a client ID metadata document URL must match."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the CIMD policy was created."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the CIMD policy was last modified."""

@dataclass(kw_only=True)
class ClientSecretDescriptorType(Boto3Dicts):
    """Contains information about a client secret, including its unique identifier, value, and
    creation timestamp."""

    client_secret_id: str | None = ...
    """The unique identifier for the client secret. This identifier follows the format
    <client-id>--<epoch-create-time>."""
    client_secret_value: str | None = ...
    """The actual secret value. This is only returned when creating a new secret and only if
    Amazon Cognito generated the secret. For custom secrets that you provide, this field is
    not included in the response."""
    client_secret_create_date: datetime.datetime | None = ...
    """The date and time when the client secret was created."""

@dataclass(kw_only=True)
class ClientSSOSessionConfigType(Boto3Dicts):
    """The SSO session settings for a user pool app client."""

    max_validity_minutes: int
    """The maximum amount of time, in minutes, that this app client silently reuses an existing
    SSO session, returning a new set of tokens without requiring the user to re-authenticate,
    measured from the user's last fresh authentication. The minimum value is `0` and the
    maximum value is `129600` (90 days). The default is `60`. A value of `0` means that this
    app client never silently reuses the SSO session and always re-authenticates the user. The
    SSO session record and its cookie are still created regardless of this value, and other
    app clients in the same user pool can still reuse the session."""

class ClientTypeType(enum.StrEnum):
    """The values of ClientTypeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REGULAR = "REGULAR"
    DCR = "DCR"

ClientTypeTypeValue: TypeAlias = Literal["REGULAR", "DCR"]
"""The values of ClientTypeType as literal strings, for type checkers: an input typed
``ClientTypeType | ClientTypeTypeValue | Unmodelled`` takes ``ClientTypeType.REGULAR``
or ``'REGULAR'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class CloudWatchLogsConfigurationType(Boto3Dicts):
    """Configuration for the CloudWatch log group destination of user pool detailed activity
    logging, or of user activity log export with threat protection."""

    log_group_arn: str | None = ...
    """The Amazon Resource Name (arn) of a CloudWatch Logs log group where your user pool sends
    logs. The log group must not be encrypted with Key Management Service and must be in the
    same Amazon Web Services account as your user pool.

    To send logs to log groups with a resource policy of a size greater than 5120 characters,
    configure a log group with a path that starts with `/aws/vendedlogs`. For more
    information, see Enabling logging from certain Amazon Web Services services
    (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html)."""

@dataclass(kw_only=True)
class CodeDeliveryDetailsType(Boto3Dicts):
    """The delivery details for an email or SMS message that Amazon Cognito sent for
    authentication or verification."""

    destination: str | None = ...
    """The email address or phone number destination where Amazon Cognito sent the code."""
    delivery_medium: DeliveryMediumType | Unmodelled | None = ...
    """The method that Amazon Cognito used to send the code."""
    attribute_name: str | None = ...
    """The name of the attribute that Amazon Cognito verifies with the code."""

class ColorSchemeModeType(enum.StrEnum):
    """The values of ColorSchemeModeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    LIGHT = "LIGHT"
    DARK = "DARK"
    DYNAMIC = "DYNAMIC"

ColorSchemeModeTypeValue: TypeAlias = Literal["LIGHT", "DARK", "DYNAMIC"]
"""The values of ColorSchemeModeType as literal strings, for type checkers: an input typed
``ColorSchemeModeType | ColorSchemeModeTypeValue | Unmodelled`` takes
``ColorSchemeModeType.LIGHT`` or ``'LIGHT'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class CompromisedCredentialsActionsType(Boto3Dicts):
    """Settings for user pool actions when Amazon Cognito detects compromised credentials with
    threat protection in full-function `ENFORCED` mode."""

    event_action: (
        CompromisedCredentialsEventActionType
        | CompromisedCredentialsEventActionTypeValue
        | Unmodelled
    )
    """The action that Amazon Cognito takes when it detects compromised credentials."""

class CompromisedCredentialsEventActionType(enum.StrEnum):
    """The values of CompromisedCredentialsEventActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BLOCK = "BLOCK"
    NO_ACTION = "NO_ACTION"

CompromisedCredentialsEventActionTypeValue: TypeAlias = Literal["BLOCK", "NO_ACTION"]
"""The values of CompromisedCredentialsEventActionType as literal strings, for type checkers:
an input typed ``CompromisedCredentialsEventActionType |
CompromisedCredentialsEventActionTypeValue | Unmodelled`` takes
``CompromisedCredentialsEventActionType.BLOCK`` or ``'BLOCK'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class CompromisedCredentialsRiskConfigurationType(Boto3Dicts):
    """Settings for compromised-credentials actions and authentication-event sources with threat
    protection in full-function `ENFORCED` mode."""

    actions: CompromisedCredentialsActionsType
    """Settings for the actions that you want your user pool to take when Amazon Cognito detects
    compromised credentials."""
    event_filter: Sequence[EventFilterType | EventFilterTypeValue | Unmodelled] | None = ...
    """Settings for the sign-in activity where you want to configure compromised-credentials
    actions. Defaults to all events."""

@dataclass(kw_only=True)
class ContextDataType(Boto3Dicts):
    """Contextual user data used for evaluating the risk of an authentication event by user pool
    threat protection."""

    ip_address: str
    """The source IP address of your user's device."""
    server_name: str
    """The name of your application's service endpoint."""
    server_path: str
    """The path of your application's service endpoint."""
    http_headers: Sequence[HttpHeader]
    """The HTTP headers from your user's authentication request."""
    encoded_data: str | None = ...
    """Encoded device-fingerprint details that your app collected with the Amazon Cognito context
    data collection library. For more information, see Adding user device and session data to
    API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint)."""

@dataclass(kw_only=True)
class CustomDomainConfigType(Boto3Dicts):
    """The configuration for a custom domain, including the SSL certificate and TLS security
    policy."""

    certificate_arn: str
    """The Amazon Resource Name (ARN) of an Certificate Manager SSL certificate. You use this
    certificate for the subdomain of your custom domain."""
    security_policy: SecurityPolicyType | SecurityPolicyTypeValue | Unmodelled | None = ...
    """The security policy for the custom domain. Defines the minimum TLS version and cipher
    suites that Amazon CloudFront supports when communicating with clients. For specific
    guidance, see Supported protocols and ciphers between viewers and CloudFront
    (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    Valid values are as follows:

    - `TLS_V1_3_2025` (strictest): A post-quantum-ready policy requiring TLS 1.3. It provides
      the strongest security posture and is ideal for workloads where all clients and browsers
      are updated to the latest versions. Supported protocols and ciphers for TLSv1.3_2025
      (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    - `TLS_V1_2_2021` (recommended): A post-quantum-ready policy which prefers TLS 1.3 but
      allows fallback to TLS 1.2 to accommodate older clients. It is the recommended minimum
      for typical commercial-grade consumer applications. Supported protocols and ciphers for
      TLSv1.2_2021
      (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    - `TLS_V1` (strongly discouraged): Permits fallback to TLS 1.0. It offers the broadest
      compatibility, including support for legacy clients that are more than a decade old.
      This compatibility comes at the expense of allowing TLS versions and cryptographic
      algorithms that are no longer considered safe for commercial use. Supported protocols
      and ciphers for TLSv1
      (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html)."""

@dataclass(kw_only=True)
class CustomEmailLambdaVersionConfigType(Boto3Dicts):
    """The properties of a custom email sender Lambda trigger."""

    lambda_version: (
        CustomEmailSenderLambdaVersionType | CustomEmailSenderLambdaVersionTypeValue | Unmodelled
    )
    """The user pool trigger version of the request that Amazon Cognito sends to your Lambda
    function. Higher-numbered versions add fields that support new features.

    You must use a `LambdaVersion` of `V1_0` with a custom sender function."""
    lambda_arn: str
    """The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
    trigger."""

class CustomEmailSenderLambdaVersionType(enum.StrEnum):
    """The values of CustomEmailSenderLambdaVersionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    V1_0 = "V1_0"

CustomEmailSenderLambdaVersionTypeValue: TypeAlias = Literal["V1_0"]
"""The values of CustomEmailSenderLambdaVersionType as literal strings, for type checkers: an
input typed ``CustomEmailSenderLambdaVersionType |
CustomEmailSenderLambdaVersionTypeValue | Unmodelled`` takes
``CustomEmailSenderLambdaVersionType.V1_0`` or ``'V1_0'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class CustomSMSLambdaVersionConfigType(Boto3Dicts):
    """The properties of a custom SMS sender Lambda trigger."""

    lambda_version: (
        CustomSMSSenderLambdaVersionType | CustomSMSSenderLambdaVersionTypeValue | Unmodelled
    )
    """The user pool trigger version of the request that Amazon Cognito sends to your Lambda
    function. Higher-numbered versions add fields that support new features.

    You must use a `LambdaVersion` of `V1_0` with a custom sender function."""
    lambda_arn: str
    """The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
    trigger."""

class CustomSMSSenderLambdaVersionType(enum.StrEnum):
    """The values of CustomSMSSenderLambdaVersionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    V1_0 = "V1_0"

CustomSMSSenderLambdaVersionTypeValue: TypeAlias = Literal["V1_0"]
"""The values of CustomSMSSenderLambdaVersionType as literal strings, for type checkers: an
input typed ``CustomSMSSenderLambdaVersionType | CustomSMSSenderLambdaVersionTypeValue |
Unmodelled`` takes ``CustomSMSSenderLambdaVersionType.V1_0`` or ``'V1_0'``, and a type
checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class DcrConfigurationType(Boto3Dicts):
    """The dynamic client registration configuration for a user pool. Dynamic client registration
    lets applications register their own app clients at runtime through the registration
    endpoint of your user pool domain. To activate this setting, your user pool must be in the
    Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher.

    Applications register app clients at the `/oauth2/register` endpoint of your user pool
    domain. In authenticated registration, the application sends an access token from your
    user pool that has the `aws.cognito/dcr/register` scope. In open registration, the
    application doesn't send a token.

    When you include this configuration in an `UpdateUserPool` request, Amazon Cognito
    replaces the existing configuration with the one that you provide."""

    enable_status: StatusType | StatusTypeValue | Unmodelled | None = ...
    """Specifies whether dynamic client registration is turned on for the user pool. If you
    provide a dynamic client registration configuration without this value, Amazon Cognito
    turns dynamic client registration on."""
    open_dcr_enabled: bool | None = ...
    """Specifies whether open registration is turned on. When open registration is on,
    applications can register app clients without an initial access token. The default value
    is `false`."""
    authenticated_grant_types: (
        Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None
    ) = ...
    """The OAuth grant types that an app client created through authenticated registration can
    request. If you don't set this value, authenticated registration permits the `code` and
    `client_credentials` grant types. If you set an empty list, Amazon Cognito rejects
    authenticated registration requests. Dynamic client registration supports the following
    values. Amazon Cognito accepts `implicit` in this list but ignores it.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""
    open_dcr_grant_types: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None = ...
    """The OAuth grant types that an app client created through open registration can request. If
    you don't set this value, open registration permits only the `code` grant type. If you set
    an empty list, Amazon Cognito rejects open registration requests. If you add
    `client_credentials`, anyone can register an app client that requests machine-to-machine
    (M2M) access tokens, and you pay for the M2M token requests that those app clients make.
    Dynamic client registration supports the following values. Amazon Cognito accepts
    `implicit` in this list but ignores it.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""
    allowed_scopes: Sequence[str] | None = ...
    """The scopes that an app client created through dynamic client registration can request, in
    addition to the standard OpenID Connect (OIDC) scopes. You can include custom scopes from
    your resource servers and `aws.cognito.signin.user.admin`. Registered app clients can
    request the OIDC scopes `openid`, `email`, `phone`, and `profile` without listing them
    here. If you don't set this value, registered app clients can request only the OIDC
    scopes. A registered app client can't request the `aws.cognito/dcr/register` scope, even
    if you include it in this list."""

class DefaultEmailOptionType(enum.StrEnum):
    """The values of DefaultEmailOptionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CONFIRM_WITH_LINK = "CONFIRM_WITH_LINK"
    CONFIRM_WITH_CODE = "CONFIRM_WITH_CODE"

DefaultEmailOptionTypeValue: TypeAlias = Literal["CONFIRM_WITH_LINK", "CONFIRM_WITH_CODE"]
"""The values of DefaultEmailOptionType as literal strings, for type checkers: an input typed
``DefaultEmailOptionType | DefaultEmailOptionTypeValue | Unmodelled`` takes
``DefaultEmailOptionType.CONFIRM_WITH_LINK`` or ``'CONFIRM_WITH_LINK'``, and a type
checker reports a misspelt value. ``str`` at run time."""

class DeletionProtectionType(enum.StrEnum):
    """The values of DeletionProtectionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"

DeletionProtectionTypeValue: TypeAlias = Literal["ACTIVE", "INACTIVE"]
"""The values of DeletionProtectionType as literal strings, for type checkers: an input typed
``DeletionProtectionType | DeletionProtectionTypeValue | Unmodelled`` takes
``DeletionProtectionType.ACTIVE`` or ``'ACTIVE'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class DeliveryMediumType(enum.StrEnum):
    """The values of DeliveryMediumType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SMS = "SMS"
    EMAIL = "EMAIL"

DeliveryMediumTypeValue: TypeAlias = Literal["SMS", "EMAIL"]
"""The values of DeliveryMediumType as literal strings, for type checkers: an input typed
``DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled`` takes
``DeliveryMediumType.SMS`` or ``'SMS'``, and a type checker reports a misspelt value.
``str`` at run time."""

@dataclass(kw_only=True)
class DeviceConfigurationType(Boto3Dicts):
    """The device-remembering configuration for a user pool.

    Note: When you provide a value for any property of `DeviceConfiguration`, you activate the
    device remembering for the user pool."""

    challenge_required_on_new_device: bool | None = ...
    """When true, a remembered device can sign in with device authentication instead of SMS and
    time-based one-time password (TOTP) factors for multi-factor authentication (MFA).

    Note: Whether or not `ChallengeRequiredOnNewDevice` is true, users who sign in with
    devices that have not been confirmed or remembered must still provide a second factor in a
    user pool that requires MFA."""
    device_only_remembered_on_user_prompt: bool | None = ...
    """When true, Amazon Cognito doesn't automatically remember a user's device when your app
    sends a `ConfirmDevice` API request. In your app, create a prompt for your user to choose
    whether they want to remember their device. Return the user's choice in an
    `UpdateDeviceStatus` API request.

    When `DeviceOnlyRememberedOnUserPrompt` is `false`, Amazon Cognito immediately remembers
    devices that you register in a `ConfirmDevice` API request."""

class DeviceRememberedStatusType(enum.StrEnum):
    """The values of DeviceRememberedStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REMEMBERED = "remembered"
    NOT_REMEMBERED = "not_remembered"

DeviceRememberedStatusTypeValue: TypeAlias = Literal["remembered", "not_remembered"]
"""The values of DeviceRememberedStatusType as literal strings, for type checkers: an input
typed ``DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled``
takes ``DeviceRememberedStatusType.REMEMBERED`` or ``'remembered'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class DeviceType(Boto3Dicts):
    """Information about a user's device that they've registered for device SRP authentication in
    your application. For more information, see Working with user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""

    device_key: str | None = ...
    """The device key, for example `us-west-2_EXAMPLE-a1b2c3d4-5678-90ab-cdef-EXAMPLE22222`."""
    device_attributes: list[AttributeType] | None = ...
    """Metadata about a user's device, like name and last-access source IP."""
    device_create_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    device_last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    device_last_authenticated_date: datetime.datetime | None = ...
    """The date when the user last signed in with the device."""

@dataclass(kw_only=True)
class EmailConfigurationType(Boto3Dicts):
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for messages from your
    user pool.

    Note: Amazon Cognito can send email messages with Amazon Simple Email Service resources in
    the Amazon Web Services Region where you created your user pool, and in alternate Regions
    in some cases. For more information on the supported Regions, see Email settings for
    Amazon Cognito user pools
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html)."""

    source_arn: str | None = ...
    """The ARN of a verified email address or an address from a verified domain in Amazon SES.
    You can set a `SourceArn` email from a verified domain only with an API request. You can
    set a verified email address, but not an address in a verified domain, in the Amazon
    Cognito console. Amazon Cognito uses the email address that you provide in one of the
    following ways, depending on the value that you specify for the `EmailSendingAccount`
    parameter:

    - If you specify `COGNITO_DEFAULT`, Amazon Cognito uses this address as the custom FROM
      address when it emails your users using its built-in email account.
    - If you specify `DEVELOPER`, Amazon Cognito emails your users with this address by
      calling Amazon SES on your behalf.

    The Region value of the `SourceArn` parameter must indicate a supported Amazon Web
    Services Region of your user pool. Typically, the Region in the `SourceArn` and the user
    pool Region are the same. For more information, see Amazon SES email configuration regions
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer-region-mapping)
    in the Amazon Cognito Developer Guide
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools.html)."""
    reply_to_email_address: str | None = ...
    """The destination to which the receiver of the email should reply."""
    email_sending_account: (
        EmailSendingAccountType | EmailSendingAccountTypeValue | Unmodelled | None
    ) = ...
    """Specifies whether Amazon Cognito uses its built-in functionality to send your users email
    messages, or uses your Amazon Simple Email Service email configuration. Specify one of the
    following values:

    COGNITO_DEFAULT
        When Amazon Cognito emails your users, it uses its built-in email functionality. When
        you use the default option, Amazon Cognito allows only a limited number of emails each
        day for your user pool. For typical production environments, the default email limit
        is less than the required delivery volume. To achieve a higher delivery volume,
        specify DEVELOPER to use your Amazon SES email configuration.

        To look up the email delivery limit for the default option, see Limits
        (https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html) in the Amazon
        Cognito Developer Guide.

        The default FROM address is `no-reply@verificationemail.com`. To customize the FROM
        address, provide the Amazon Resource Name (ARN) of an Amazon SES verified email
        address for the `SourceArn` parameter.

    DEVELOPER
        When Amazon Cognito emails your users, it uses your Amazon SES configuration. Amazon
        Cognito calls Amazon SES on your behalf to send email from your verified email
        address. When you use this option, the email delivery limits are the same limits that
        apply to your Amazon SES verified email address in your Amazon Web Services account.

        If you use this option, provide the ARN of an Amazon SES verified email address for
        the `SourceArn` parameter.

        Before Amazon Cognito can email your users, it requires additional permissions to call
        Amazon SES on your behalf. When you update your user pool with this option, Amazon
        Cognito creates a service-linked role, which is a type of role in your Amazon Web
        Services account. This role contains the permissions that allow you to access Amazon
        SES and send email messages from your email address. For more information about the
        service-linked role that Amazon Cognito creates, see Using Service-Linked Roles for
        Amazon Cognito
        (https://docs.aws.amazon.com/cognito/latest/developerguide/using-service-linked-roles.html)
        in the Amazon Cognito Developer Guide."""
    from_: str | None = ...
    """Either the sender's email address or the sender's name with their email address. For
    example, `testuser@example.com` or `Test User <testuser@example.com>`. This address
    appears before the body of the email."""
    configuration_set: str | None = ...
    """The set of configuration rules that can be applied to emails sent using Amazon Simple
    Email Service. A configuration set is applied to an email by including a reference to the
    configuration set in the headers of the email. Once applied, all of the rules in that
    configuration set are applied to the email. Configuration sets can be used to apply the
    following types of rules to emails:

    Event publishing
        Amazon Simple Email Service can track the number of send, delivery, open, click,
        bounce, and complaint events for each email sent. Use event publishing to send
        information about these events to other Amazon Web Services services such as and
        Amazon CloudWatch

    IP pool management
        When leasing dedicated IP addresses with Amazon Simple Email Service, you can create
        groups of IP addresses, called dedicated IP pools. You can then associate the
        dedicated IP pools with configuration sets."""

@dataclass(kw_only=True)
class EmailMfaConfigType(Boto3Dicts):
    """Sets or shows configuration for user pool email message MFA and sign-in with one-time
    passwords (OTPs). Includes the subject and body of the email message template for sign-in
    and MFA messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    message: str | None = ...
    """The template for the email messages that your user pool sends to users with codes for MFA
    and sign-in with email OTPs. The message must contain the `{####}` placeholder. In the
    message, Amazon Cognito replaces this placeholder with the code. If you don't provide this
    parameter, Amazon Cognito sends messages in the default format."""
    subject: str | None = ...
    """The subject of the email messages that your user pool sends to users with codes for MFA
    and email OTP sign-in."""

@dataclass(kw_only=True)
class EmailMfaSettingsType(Boto3Dicts):
    """User preferences for multi-factor authentication with email messages. Activates or
    deactivates email MFA and sets it as the preferred MFA method when multiple methods are
    available. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    enabled: bool | None = ...
    """Specifies whether email message MFA is active for a user. When the value of this parameter
    is `Enabled`, the user will be prompted for MFA during all sign-in attempts, unless device
    tracking is turned on and the device has been trusted."""
    preferred_mfa: bool | None = ...
    """Specifies whether email message MFA is the user's preferred method."""

class EmailSendingAccountType(enum.StrEnum):
    """The values of EmailSendingAccountType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    COGNITO_DEFAULT = "COGNITO_DEFAULT"
    DEVELOPER = "DEVELOPER"

EmailSendingAccountTypeValue: TypeAlias = Literal["COGNITO_DEFAULT", "DEVELOPER"]
"""The values of EmailSendingAccountType as literal strings, for type checkers: an input typed
``EmailSendingAccountType | EmailSendingAccountTypeValue | Unmodelled`` takes
``EmailSendingAccountType.COGNITO_DEFAULT`` or ``'COGNITO_DEFAULT'``, and a type checker
reports a misspelt value. ``str`` at run time."""

class EncryptionKeyType(enum.StrEnum):
    """The values of EncryptionKeyType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    AWS_OWNED_KEY = "AWS_OWNED_KEY"
    CUSTOMER_MANAGED_KEY = "CUSTOMER_MANAGED_KEY"

EncryptionKeyTypeValue: TypeAlias = Literal["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]
"""The values of EncryptionKeyType as literal strings, for type checkers: an input typed
``EncryptionKeyType | EncryptionKeyTypeValue | Unmodelled`` takes
``EncryptionKeyType.AWS_OWNED_KEY`` or ``'AWS_OWNED_KEY'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class EumsSmsConfigurationType(Boto3Dicts):
    """The configuration that Amazon Cognito uses to send SMS messages through Amazon Web
    Services End User Messaging SMS. Provide this structure in the `EumsSms` member of
    `SmsConfigurationType` to use Amazon Web Services End User Messaging SMS instead of Amazon
    SNS."""

    caller_arn: str
    """The ARN of the IAM role that Amazon Cognito assumes to send SMS messages through Amazon
    Web Services End User Messaging SMS. The role must grant permission to call the
    `sms-voice:SendTextMessage` operation."""
    external_id: str | None = ...
    """The external ID that Amazon Cognito includes when it assumes the `CallerArn` role. Use
    this value as a condition in the role trust policy to prevent the confused deputy problem."""
    origination_identity: str | None = ...
    """The origination identity that Amazon Web Services End User Messaging SMS uses to send
    messages to your users. This value can be one of the following:

    - A phone number - A long code, toll-free number, or short code that is assigned to your
      account.
    - A sender ID - An alphabetic name that identifies the message sender in supported
      countries.
    - A phone pool - A group of phone numbers that Amazon Web Services End User Messaging SMS
      selects from when it sends messages.

    You can provide an E.164 phone number or the ARN of the phone number, sender ID, or phone
    pool. Amazon Web Services End User Messaging SMS evaluates IAM authorization with the
    value that you provide. If the permissions policy of your `CallerArn` role scopes the
    `sms-voice:SendTextMessage` resource to a specific ARN, provide that same ARN. If the
    formats do not match, requests fail with an `InvalidSmsRoleAccessPolicyException`.

    Depending on the destination country, you must provide an origination identity. For
    country-specific requirements, see Supported countries and regions for SMS messaging
    (https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-sms-by-country.html)
    in the Amazon Web Services End User Messaging SMS User Guide."""
    configuration_set_name: str | None = ...
    """The name of the Amazon Web Services End User Messaging SMS configuration set that Amazon
    Cognito applies to messages, for logging and event destinations. If you omit this member,
    Amazon Cognito sends messages without applying a configuration set."""
    in_entity_id: str | None = ...
    """The principal entity ID required by India's Distributed Ledger Technology (DLT)
    regulations for SMS messages."""
    in_template_id: str | None = ...
    """The registered template ID for the message template required by India's DLT regulations
    for SMS messages."""
    region: str | None = ...
    """The Amazon Web Services Region of the Amazon Web Services End User Messaging SMS resources
    that Amazon Cognito uses to send messages. Amazon Web Services End User Messaging SMS must
    be available in your user pool's Region.

    If you omit this parameter, Amazon Cognito uses the same Region as your user pool. You can
    also set this parameter to your user pool's Region explicitly. Amazon Cognito rejects any
    other value with an `InvalidParameterException`."""

class EventFilterType(enum.StrEnum):
    """The values of EventFilterType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SIGN_IN = "SIGN_IN"
    PASSWORD_CHANGE = "PASSWORD_CHANGE"
    SIGN_UP = "SIGN_UP"

EventFilterTypeValue: TypeAlias = Literal["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"]
"""The values of EventFilterType as literal strings, for type checkers: an input typed
``EventFilterType | EventFilterTypeValue | Unmodelled`` takes
``EventFilterType.SIGN_IN`` or ``'SIGN_IN'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class EventSourceName(enum.StrEnum):
    """The values of EventSourceName.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    USERNOTIFICATION = "userNotification"
    USERAUTHEVENTS = "userAuthEvents"

EventSourceNameValue: TypeAlias = Literal["userNotification", "userAuthEvents"]
"""The values of EventSourceName as literal strings, for type checkers: an input typed
``EventSourceName | EventSourceNameValue | Unmodelled`` takes
``EventSourceName.USERNOTIFICATION`` or ``'userNotification'``, and a type checker
reports a misspelt value. ``str`` at run time."""

class ExplicitAuthFlowsType(enum.StrEnum):
    """The values of ExplicitAuthFlowsType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ADMIN_NO_SRP_AUTH = "ADMIN_NO_SRP_AUTH"
    CUSTOM_AUTH_FLOW_ONLY = "CUSTOM_AUTH_FLOW_ONLY"
    USER_PASSWORD_AUTH = "USER_PASSWORD_AUTH"
    ALLOW_ADMIN_USER_PASSWORD_AUTH = "ALLOW_ADMIN_USER_PASSWORD_AUTH"
    ALLOW_CUSTOM_AUTH = "ALLOW_CUSTOM_AUTH"
    ALLOW_USER_PASSWORD_AUTH = "ALLOW_USER_PASSWORD_AUTH"
    ALLOW_USER_SRP_AUTH = "ALLOW_USER_SRP_AUTH"
    ALLOW_REFRESH_TOKEN_AUTH = "ALLOW_REFRESH_TOKEN_AUTH"
    ALLOW_USER_AUTH = "ALLOW_USER_AUTH"
    ALLOW_TOKEN_EXCHANGE_DELEGATION = "ALLOW_TOKEN_EXCHANGE_DELEGATION"
    ALLOW_TOKEN_EXCHANGE_IMPERSONATION = "ALLOW_TOKEN_EXCHANGE_IMPERSONATION"

ExplicitAuthFlowsTypeValue: TypeAlias = Literal[
    "ADMIN_NO_SRP_AUTH",
    "CUSTOM_AUTH_FLOW_ONLY",
    "USER_PASSWORD_AUTH",
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_USER_AUTH",
    "ALLOW_TOKEN_EXCHANGE_DELEGATION",
    "ALLOW_TOKEN_EXCHANGE_IMPERSONATION",
]
"""The values of ExplicitAuthFlowsType as literal strings, for type checkers: an input typed
``ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled`` takes
``ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH`` or ``'ADMIN_NO_SRP_AUTH'``, and a type
checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class FailoverType(Boto3Dicts):
    """Specifies failover configuration for multi-region user pool domains. Contains settings for
    the secondary region and health check configuration."""

    secondary_region: str
    """The secondary Amazon Web Services Region to use for failover when the primary region
    becomes unavailable."""
    primary_route53_health_check_id: str
    """The ID of the Amazon Web Services Route53 healthcheck that controls routing. If the
    healthcheck is healthy, traffic will be routed to the primary replica, and if the
    healthcheck is unhealthy, traffic will be routed to the secondary region."""

class FeatureType(enum.StrEnum):
    """The values of FeatureType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

FeatureTypeValue: TypeAlias = Literal["ENABLED", "DISABLED"]
"""The values of FeatureType as literal strings, for type checkers: an input typed
``FeatureType | FeatureTypeValue | Unmodelled`` takes ``FeatureType.ENABLED`` or
``'ENABLED'``, and a type checker reports a misspelt value. ``str`` at run time."""

class FeedbackValueType(enum.StrEnum):
    """The values of FeedbackValueType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    VALID = "Valid"
    INVALID = "Invalid"

FeedbackValueTypeValue: TypeAlias = Literal["Valid", "Invalid"]
"""The values of FeedbackValueType as literal strings, for type checkers: an input typed
``FeedbackValueType | FeedbackValueTypeValue | Unmodelled`` takes
``FeedbackValueType.VALID`` or ``'Valid'``, and a type checker reports a misspelt value.
``str`` at run time."""

@dataclass(kw_only=True)
class FirehoseConfigurationType(Boto3Dicts):
    """Configuration for the Amazon Data Firehose stream destination of user activity log export
    with threat protection."""

    stream_arn: str | None = ...
    """The ARN of an Amazon Data Firehose stream that's the destination for threat protection log
    export."""

@dataclass(kw_only=True)
class GroupType(Boto3Dicts):
    """A user pool group. Contains details about the group and the way that it contributes to IAM
    role decisions with identity pools. Identity pools can make decisions about the IAM role
    to assign based on groups: users get credentials for the role associated with their
    highest-priority group."""

    group_name: str | None = ...
    """The name of the group."""
    user_pool_id: str | None = ...
    """The ID of the user pool that contains the group."""
    description: str | None = ...
    """A friendly description of the group."""
    role_arn: str | None = ...
    """The ARN of the IAM role associated with the group. If a group has the highest priority of
    a user's groups, users who authenticate with an identity pool get credentials for the
    `RoleArn` that's associated with the group."""
    precedence: int | None = ...
    """A non-negative integer value that specifies the precedence of this group relative to the
    other groups that a user can belong to in the user pool. Zero is the highest precedence
    value. Groups with lower `Precedence` values take precedence over groups with higher
    ornull `Precedence` values. If a user belongs to two or more groups, it is the group with
    the lowest precedence value whose role ARN is given in the user's tokens for the
    `cognito:roles` and `cognito:preferred_role` claims.

    Two groups can have the same `Precedence` value. If this happens, neither group takes
    precedence over the other. If two groups with the same `Precedence` have the same role
    ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each
    group. If the two groups have different role ARNs, the `cognito:preferred_role` claim
    isn't set in users' tokens.

    The default `Precedence` value is `null`."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

@dataclass(kw_only=True)
class HttpHeader(Boto3Dicts):
    """The HTTP header in the `ContextData` parameter."""

    header_name: str | None = ...
    """The header name."""
    header_value: str | None = ...
    """The header value."""

@dataclass(kw_only=True)
class IdentityProviderType(Boto3Dicts):
    """A user pool identity provider (IdP). Contains information about a third-party IdP to a
    user pool, the attributes that it populates to user profiles, and the trust relationship
    between the IdP and your user pool."""

    user_pool_id: str | None = ...
    """The ID of the user pool associated with the IdP."""
    provider_name: str | None = ...
    """A friendly name for the IdP."""
    provider_type: IdentityProviderTypeType | Unmodelled | None = ...
    """The type of IdP. Either SAML, OIDC, or a named social identity provider."""
    provider_details: dict[str, str] | None = ...
    """The scopes, URLs, and identifiers for your external identity provider. The following
    examples describe the provider detail keys for each IdP type. These values and their
    schema are subject to change. Social IdP `authorize_scopes` values must match the values
    listed here.

    OpenID Connect (OIDC)
        Amazon Cognito accepts the following elements when it can't discover endpoint URLs
        from `oidc_issuer`: `attributes_url`, `authorize_url`, `jwks_uri`, `token_url`.

        Create or update request: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid
        profile email", "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

        Describe response: `"ProviderDetails": { "attributes_request_method": "GET",
        "attributes_url": "https://auth.example.com/userInfo",
        "attributes_url_add_attributes": "false", "authorize_scopes": "openid profile email",
        "authorize_url": "https://auth.example.com/authorize", "client_id":
        "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri":
        "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
        "https://auth.example.com", "token_url": "https://example.com/token" }`

    SAML
        Create or update request with Metadata URL: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL":
        "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256"
        }`

        Create or update request with Metadata file: `"ProviderDetails": { "IDPInit": "true",
        "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]",
        "RequestSigningAlgorithm": "rsa-sha256" }`

        The value of `MetadataFile` must be the plaintext metadata document with all quote (")
        characters escaped by backslashes.

        Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true",
        "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]",
        "MetadataURL": "https://auth.example.com/sso/saml/metadata",
        "RequestSigningAlgorithm": "rsa-sha256", "SLORedirectBindingURI":
        "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
        "https://auth.example.com/sso/saml" }`

    LoginWithAmazon
        Create or update request: `"ProviderDetails": { "authorize_scopes": "profile
        postal_code", "client_id": "amzn1.application-oa2-client.1example23456789",
        "client_secret": "provider-app-client-secret"`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false",
        "authorize_scopes": "profile postal_code", "authorize_url":
        "https://www.amazon.com/ap/oa", "client_id":
        "amzn1.application-oa2-client.1example23456789", "client_secret":
        "provider-app-client-secret", "token_request_method": "POST", "token_url":
        "https://api.amazon.com/auth/o2/token" }`

    Google
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email profile
        openid", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "attributes_url":
        "https://people.googleapis.com/v1/people/me?personFields=",
        "attributes_url_add_attributes": "true", "authorize_scopes": "email profile openid",
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
        "1example23456789.apps.googleusercontent.com", "client_secret":
        "provider-app-client-secret", "oidc_issuer": "https://accounts.google.com",
        "token_request_method": "POST", "token_url":
        "https://www.googleapis.com/oauth2/v4/token" }`

    SignInWithApple
        Create or update request: `"ProviderDetails": { "authorize_scopes": "email name",
        "client_id": "com.example.cognito", "private_key": "1EXAMPLE", "key_id": "2EXAMPLE",
        "team_id": "3EXAMPLE" }`

        Describe response: `"ProviderDetails": { "attributes_url_add_attributes": "false",
        "authorize_scopes": "email name", "authorize_url":
        "https://appleid.apple.com/auth/authorize", "client_id": "com.example.cognito",
        "key_id": "1EXAMPLE", "oidc_issuer": "https://appleid.apple.com", "team_id":
        "2EXAMPLE", "token_request_method": "POST", "token_url":
        "https://appleid.apple.com/auth/token" }`

    Facebook
        Create or update request: `"ProviderDetails": { "api_version": "v17.0",
        "authorize_scopes": "public_profile, email", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret" }`

        Describe response: `"ProviderDetails": { "api_version": "v17.0", "attributes_url":
        "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes":
        "true", "authorize_scopes": "public_profile, email", "authorize_url":
        "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789",
        "client_secret": "provider-app-client-secret", "token_request_method": "GET",
        "token_url": "https://graph.facebook.com/v17.0/oauth/access_token" }`"""
    attribute_mapping: dict[str, str] | None = ...
    """A mapping of IdP attributes to standard and custom user pool attributes."""
    idp_identifiers: list[str] | None = ...
    """A list of IdP identifiers. IdP identifiers are strings that represent friendly names or
    domain names of IdPs, for example `MyIdP` or `auth.example.com`. You can choose to route
    user authorization requests to the right IdP with either IdP identifiers or IdP names. For
    more information, see `identity_provider` and `idp_identifier` at Authorize endpoint
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html#get-authorize-request-parameters)."""
    acr_mapping: dict[str, str] | None = ...
    """A mapping between the authentication context class reference (ACR) levels of your user
    pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP), so
    that your application gets a consistent step-up experience regardless of which IdP
    authenticated the user. The map is keyed by level, from `Level1` through `Level4`."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

class IdentityProviderTypeType(enum.StrEnum):
    """The values of IdentityProviderTypeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SAML = "SAML"
    FACEBOOK = "Facebook"
    GOOGLE = "Google"
    LOGINWITHAMAZON = "LoginWithAmazon"
    SIGNINWITHAPPLE = "SignInWithApple"
    OIDC = "OIDC"

IdentityProviderTypeTypeValue: TypeAlias = Literal[
    "SAML", "Facebook", "Google", "LoginWithAmazon", "SignInWithApple", "OIDC"
]
"""The values of IdentityProviderTypeType as literal strings, for type checkers: an input typed
``IdentityProviderTypeType | IdentityProviderTypeTypeValue | Unmodelled`` takes
``IdentityProviderTypeType.SAML`` or ``'SAML'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class InboundFederationLambdaType(Boto3Dicts):
    """The properties of an inbound federation Lambda trigger."""

    lambda_version: (
        InboundFederationLambdaVersionType | InboundFederationLambdaVersionTypeValue | Unmodelled
    )
    """The user pool trigger version of the request that Amazon Cognito sends to your Lambda
    function. Higher-numbered versions add fields that support new features.

    You must use a `LambdaVersion` of `V1_0` with an inbound federation function."""
    lambda_arn: str
    """The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
    trigger."""

class InboundFederationLambdaVersionType(enum.StrEnum):
    """The values of InboundFederationLambdaVersionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    V1_0 = "V1_0"

InboundFederationLambdaVersionTypeValue: TypeAlias = Literal["V1_0"]
"""The values of InboundFederationLambdaVersionType as literal strings, for type checkers: an
input typed ``InboundFederationLambdaVersionType |
InboundFederationLambdaVersionTypeValue | Unmodelled`` takes
``InboundFederationLambdaVersionType.V1_0`` or ``'V1_0'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class IssuerConfigurationType(Boto3Dicts):
    """Specifies the issuer configuration for a user pool. Contains settings that determine how
    tokens are issued and validated."""

    type: IssuerType | IssuerTypeValue | Unmodelled | None = ...
    """The type of issuer configuration. Determines the token issuing behavior for the user pool.

    ORIGINAL
        The original issuer configuration for user pools. The issuer URL is hosted in the user
        pool's region and provides OIDC endpoints specific to that region.

        Original issuers have the format of
        `https://cognito-idp.[region].amazonaws.com/[userPoolId]`

    UPDATED
        Recommended for all user pools, including for multi-Region replication. Updated
        issuers host the same JWKS content in multiple regions, resulting in improved
        resilience and efficiency.

        Updated issuers have the format of
        `https://issuer-cognito-idp.[region].amazonaws.com/[userPoolId]`, where region is the
        primary Amazon Web Services Region of your user pool."""

class IssuerType(enum.StrEnum):
    """The values of IssuerType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ORIGINAL = "ORIGINAL"
    UPDATED = "UPDATED"

IssuerTypeValue: TypeAlias = Literal["ORIGINAL", "UPDATED"]
"""The values of IssuerType as literal strings, for type checkers: an input typed ``IssuerType
| IssuerTypeValue | Unmodelled`` takes ``IssuerType.ORIGINAL`` or ``'ORIGINAL'``, and a
type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class KeyConfigurationType(Boto3Dicts):
    """Specifies the key configuration for a user pool. Contains settings for encryption keys
    used to secure user pool data."""

    key_type: EncryptionKeyType | EncryptionKeyTypeValue | Unmodelled | None = ...
    """The type of encryption key used for the user pool.

    AWS_OWNED_KEY
        A key owned by Amazon Web Services in Key Management Service.

    CUSTOMER_MANAGED_KEY
        A key managed by the customer in Key Management Service. You must use a multi-region
        key to enable multi-region replication for a user pool."""
    kms_key_arn: str | None = ...
    """The Amazon Resource Name (ARN) of the KMS key used for encryption. If not specified,
    Amazon Web Services managed keys are used."""

@dataclass(kw_only=True)
class LambdaConfigType(Boto3Dicts):
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of user pool operations. Triggers can modify the outcome of the operations
    that invoked them."""

    pre_sign_up: str | None = ...
    """The configuration of a pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)
    in a user pool. This trigger evaluates new users and can bypass confirmation, link a
    federated user profile
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html),
    or block sign-up requests."""
    custom_message: str | None = ...
    """A custom message Lambda trigger. This trigger is an opportunity to customize all SMS and
    email messages from your user pool. When a custom message trigger is active, your user
    pool routes all messages to a Lambda function that returns a runtime-customized message
    subject and body for your user pool to deliver to a user."""
    post_confirmation: str | None = ...
    """The configuration of a post confirmation Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html)
    in a user pool. This trigger can take custom actions after a user confirms their user
    account and their email address or phone number."""
    pre_authentication: str | None = ...
    """The configuration of a pre authentication trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html)
    in a user pool. This trigger can evaluate and modify user sign-in events."""
    post_authentication: str | None = ...
    """The configuration of a post authentication Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html)
    in a user pool. This trigger can take custom actions after a user signs in."""
    define_auth_challenge: str | None = ...
    """The configuration of a define auth challenge Lambda trigger, one of three triggers in the
    sequence of the custom authentication challenge triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""
    create_auth_challenge: str | None = ...
    """The configuration of a create auth challenge Lambda trigger, one of three triggers in the
    sequence of the custom authentication challenge triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""
    verify_auth_challenge_response: str | None = ...
    """The configuration of a verify auth challenge Lambda trigger, one of three triggers in the
    sequence of the custom authentication challenge triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""
    pre_token_generation: str | None = ...
    """The legacy configuration of a pre token generation Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html)
    in a user pool.

    Set this parameter for legacy purposes. If you also set an ARN in
    `PreTokenGenerationConfig`, its value must be identical to `PreTokenGeneration`. For new
    instances of pre token generation triggers, set the `LambdaArn` of
    `PreTokenGenerationConfig`."""
    user_migration: str | None = ...
    """The configuration of a migrate user Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html)
    in a user pool. This trigger can create user profiles when users sign in or attempt to
    reset their password with credentials that don't exist yet."""
    pre_token_generation_config: PreTokenGenerationVersionConfigType | None = ...
    """The detailed configuration of a pre token generation Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html)
    in a user pool. If you also set an ARN in `PreTokenGeneration`, its value must be
    identical to `PreTokenGenerationConfig`."""
    custom_sms_sender: CustomSMSLambdaVersionConfigType | None = ...
    """The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS
    notifications from a user pool to a Lambda function that delivers the message using custom
    logic."""
    custom_email_sender: CustomEmailLambdaVersionConfigType | None = ...
    """The configuration of a custom email sender Lambda trigger. This trigger routes all email
    notifications from a user pool to a Lambda function that delivers the message using custom
    logic."""
    kms_key_id: str | None = ...
    """The ARN of an KMS key
    (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#master_keys). Amazon
    Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda
    triggers."""
    inbound_federation: InboundFederationLambdaType | None = ...
    """The configuration of an inbound federation Lambda trigger. This trigger can transform
    federated user attributes during the authentication with external identity providers."""

class LimitClass(enum.StrEnum):
    """The values of LimitClass.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    API_CATEGORY = "API_CATEGORY"

LimitClassValue: TypeAlias = Literal["API_CATEGORY"]
"""The values of LimitClass as literal strings, for type checkers: an input typed ``LimitClass
| LimitClassValue | Unmodelled`` takes ``LimitClass.API_CATEGORY`` or
``'API_CATEGORY'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class LimitDefinitionType(Boto3Dicts):
    """The class and attributes that identify a specific limit at the account level."""

    limit_class: LimitClass | LimitClassValue | Unmodelled
    """The class of the limit. For API rate limits, this is `API_CATEGORY`."""
    attributes: Mapping[str, str]
    """The attributes that identify the specific limit. For API rate limits, specify the
    `Category` key with a value like `UserAuthentication` or `UserCreation`."""

@dataclass(kw_only=True)
class LimitType(Boto3Dicts):
    """The limit definition and current limit values for a provisioned limit."""

    limit_definition: LimitDefinitionType
    """The definition that identifies this limit, including the class and attributes."""
    provisioned_limit_value: int
    """The provisioned limit value, in requests per second (RPS). This is the rate that Amazon
    Cognito currently enforces for your account."""
    free_limit_value: int
    """The default (free) limit value, in requests per second (RPS). This is the rate included at
    no additional cost."""

@dataclass(kw_only=True)
class LogConfigurationType(Boto3Dicts):
    """The configuration of user event logs to an external Amazon Web Services service like
    Amazon Data Firehose, Amazon S3, or Amazon CloudWatch Logs."""

    log_level: LogLevel | LogLevelValue | Unmodelled
    """The `errorlevel` selection of logs that a user pool sends for detailed activity logging.
    To send `userNotification` activity with information about message delivery
    (https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html),
    choose `ERROR` with `CloudWatchLogsConfiguration`. To send `userAuthEvents` activity with
    user logs from threat protection with the Plus feature plan, choose `INFO` with one of
    `CloudWatchLogsConfiguration`, `FirehoseConfiguration`, or `S3Configuration`."""
    event_source: EventSourceName | EventSourceNameValue | Unmodelled
    """The source of events that your user pool sends for logging. To send error-level logs about
    user notification activity, set to `userNotification`. To send info-level logs about
    threat-protection user activity in user pools with the Plus feature plan, set to
    `userAuthEvents`."""
    cloud_watch_logs_configuration: CloudWatchLogsConfigurationType | None = ...
    """The CloudWatch log group destination of user pool detailed activity logs, or of user
    activity log export with threat protection."""
    s3_configuration: S3ConfigurationType | None = ...
    """The Amazon S3 bucket destination of user activity log export with threat protection. To
    activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""
    firehose_configuration: FirehoseConfigurationType | None = ...
    """The Amazon Data Firehose stream destination of user activity log export with threat
    protection. To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""

@dataclass(kw_only=True)
class LogDeliveryConfigurationType(Boto3Dicts):
    """The logging parameters of a user pool, as returned in the response to a
    `GetLogDeliveryConfiguration` request."""

    user_pool_id: str
    """The ID of the user pool where you configured logging."""
    log_configurations: list[LogConfigurationType]
    """A logging destination of a user pool. User pools can have multiple logging destinations
    for message-delivery and user-activity logs."""

class LogLevel(enum.StrEnum):
    """The values of LogLevel.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ERROR = "ERROR"
    INFO = "INFO"

LogLevelValue: TypeAlias = Literal["ERROR", "INFO"]
"""The values of LogLevel as literal strings, for type checkers: an input typed ``LogLevel |
LogLevelValue | Unmodelled`` takes ``LogLevel.ERROR`` or ``'ERROR'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class ManagedLoginBrandingType(Boto3Dicts):
    """A managed login branding style that's assigned to a user pool app client."""

    managed_login_branding_id: str | None = ...
    """The ID of the managed login branding style."""
    user_pool_id: str | None = ...
    """The user pool where the branding style is assigned."""
    use_cognito_provided_values: bool | None = ...
    """When true, applies the default branding style options. This option reverts to default
    style options that are managed by Amazon Cognito. You can modify them later in the
    branding editor.

    When you specify `true` for this option, you must also omit values for `Settings` and
    `Assets` in the request."""
    settings: _types.Document | None = ...
    """A JSON file, encoded as a `Document` type, with the the settings that you want to apply to
    your style.

    The following components are not currently implemented and reserved for future use:

    - `signUp`
    - `instructions`
    - `sessionTimerDisplay`
    - `languageSelector` (for localization, see Managed login localization)
      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)"""
    assets: list[AssetType] | None = ...
    """An array of image files that you want to apply to roles like backgrounds, logos, and
    icons. Each object must also indicate whether it is for dark mode, light mode, or
    browser-adaptive mode."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

@dataclass(kw_only=True)
class MessageTemplateType(Boto3Dicts):
    """The message template structure."""

    sms_message: str | None = ...
    """The message template for SMS messages."""
    email_message: str | None = ...
    """The message template for email messages. EmailMessage is allowed only if
    EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is DEVELOPER."""
    email_subject: str | None = ...
    """The subject line for email messages. EmailSubject is allowed only if EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is DEVELOPER."""

@dataclass(kw_only=True)
class MFAOptionType(Boto3Dicts):
    """This data type is no longer supported. Applies only to SMS multi-factor authentication
    (MFA) configurations. Does not apply to time-based one-time password (TOTP) software token
    MFA configurations."""

    delivery_medium: DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled | None = ...
    """The delivery medium to send the MFA code. You can use this parameter to set only the `SMS`
    delivery medium value."""
    attribute_name: str | None = ...
    """The attribute name of the MFA option type. The only valid value is `phone_number`."""

@dataclass(kw_only=True)
class NewDeviceMetadataType(Boto3Dicts):
    """Information that your user pool responds with in `AuthenticationResult`when you configure
    it to remember devices and a user signs in with an unrecognized device. Amazon Cognito
    presents a new device key that you can use to set up device authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)
    in a "Remember me on this device" authentication model."""

    device_key: str | None = ...
    """The device key, an identifier used in generating the `DEVICE_PASSWORD_VERIFIER` for device
    SRP authentication."""
    device_group_key: str | None = ...
    """The device group key, an identifier used in generating the `DEVICE_PASSWORD_VERIFIER` for
    device SRP authentication."""

@dataclass(kw_only=True)
class NotifyConfigurationType(Boto3Dicts):
    """The configuration for Amazon SES email messages that threat protection sends to a user
    when your adaptive authentication automated response has a Notify action."""

    source_arn: str
    """The Amazon Resource Name (ARN) of the identity that is associated with the sending
    authorization policy. This identity permits Amazon Cognito to send for the email address
    specified in the `From` parameter."""
    from_: str | None = ...
    """The email address that sends the email message. The address must be either individually
    verified with Amazon Simple Email Service, or from a domain that has been verified with
    Amazon SES."""
    reply_to: str | None = ...
    """The reply-to email address of an email template. Can be an email address in the format
    `admin@example.com` or `Administrator <admin@example.com>`."""
    block_email: NotifyEmailType | None = ...
    """The template for the email message that your user pool sends when a detected risk event is
    blocked."""
    no_action_email: NotifyEmailType | None = ...
    """The template for the email message that your user pool sends when no action is taken in
    response to a detected risk."""
    mfa_email: NotifyEmailType | None = ...
    """The template for the email message that your user pool sends when MFA is challenged in
    response to a detected risk."""

@dataclass(kw_only=True)
class NotifyEmailType(Boto3Dicts):
    """The template for email messages that threat protection sends to a user when your threat
    protection automated response has a Notify action."""

    subject: str
    """The subject of the threat protection email notification."""
    html_body: str | None = ...
    """The body of an email notification formatted in HTML. Choose an `HtmlBody` or a `TextBody`
    to send an HTML-formatted or plaintext message, respectively."""
    text_body: str | None = ...
    """The body of an email notification formatted in plaintext. Choose an `HtmlBody` or a
    `TextBody` to send an HTML-formatted or plaintext message, respectively."""

@dataclass(kw_only=True)
class NumberAttributeConstraintsType(Boto3Dicts):
    """The minimum and maximum values of an attribute that is of the number type, for example
    `custom:age`."""

    min_value: str | None = ...
    """The minimum value of an attribute that is of the number data type."""
    max_value: str | None = ...
    """The maximum length of a number attribute value. Must be a number less than or equal to
    `2^1023`, represented as a string with a length of 131072 characters or fewer."""

class OAuthFlowType(enum.StrEnum):
    """The values of OAuthFlowType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CODE = "code"
    IMPLICIT = "implicit"
    CLIENT_CREDENTIALS = "client_credentials"

OAuthFlowTypeValue: TypeAlias = Literal["code", "implicit", "client_credentials"]
"""The values of OAuthFlowType as literal strings, for type checkers: an input typed
``OAuthFlowType | OAuthFlowTypeValue | Unmodelled`` takes ``OAuthFlowType.CODE`` or
``'code'``, and a type checker reports a misspelt value. ``str`` at run time."""

class PasswordHashingAlgorithmType(enum.StrEnum):
    """The values of PasswordHashingAlgorithmType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    BCRYPT = "BCRYPT"
    SCRYPT = "SCRYPT"
    ARGON2ID = "ARGON2ID"
    PBKDF2_SHA256 = "PBKDF2_SHA256"

PasswordHashingAlgorithmTypeValue: TypeAlias = Literal[
    "BCRYPT", "SCRYPT", "ARGON2ID", "PBKDF2_SHA256"
]
"""The values of PasswordHashingAlgorithmType as literal strings, for type checkers: an input
typed ``PasswordHashingAlgorithmType | PasswordHashingAlgorithmTypeValue | Unmodelled``
takes ``PasswordHashingAlgorithmType.BCRYPT`` or ``'BCRYPT'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class PasswordPolicyType(Boto3Dicts):
    """The password policy settings for a user pool, including complexity, history, and length
    requirements."""

    minimum_length: int | None = ...
    """The minimum length of the password in the policy that you have set. This value can't be
    less than 6."""
    require_uppercase: bool | None = ...
    """The requirement in a password policy that users must include at least one uppercase letter
    in their password."""
    require_lowercase: bool | None = ...
    """The requirement in a password policy that users must include at least one lowercase letter
    in their password."""
    require_numbers: bool | None = ...
    """The requirement in a password policy that users must include at least one number in their
    password."""
    require_symbols: bool | None = ...
    """The requirement in a password policy that users must include at least one symbol in their
    password."""
    password_history_size: int | None = ...
    """The number of previous passwords that you want Amazon Cognito to restrict each user from
    reusing. Users can't set a password that matches any of `n` previous passwords, where `n`
    is the value of `PasswordHistorySize`."""
    temporary_password_validity_days: int | None = ...
    """The number of days a temporary password is valid in the password policy. If the user
    doesn't sign in during this time, an administrator must reset their password. Defaults to
    `7`. If you submit a value of `0`, Amazon Cognito treats it as a null value and sets
    `TemporaryPasswordValidityDays` to its default value.

    Note: When you set `TemporaryPasswordValidityDays` for a user pool, you can no longer set
    a value for the legacy `UnusedAccountValidityDays` parameter in that user pool."""

class PreTokenGenerationLambdaVersionType(enum.StrEnum):
    """The values of PreTokenGenerationLambdaVersionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    V1_0 = "V1_0"
    V2_0 = "V2_0"
    V3_0 = "V3_0"

PreTokenGenerationLambdaVersionTypeValue: TypeAlias = Literal["V1_0", "V2_0", "V3_0"]
"""The values of PreTokenGenerationLambdaVersionType as literal strings, for type checkers: an
input typed ``PreTokenGenerationLambdaVersionType |
PreTokenGenerationLambdaVersionTypeValue | Unmodelled`` takes
``PreTokenGenerationLambdaVersionType.V1_0`` or ``'V1_0'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class PreTokenGenerationVersionConfigType(Boto3Dicts):
    """The properties of a pre token generation Lambda trigger."""

    lambda_version: (
        PreTokenGenerationLambdaVersionType | PreTokenGenerationLambdaVersionTypeValue | Unmodelled
    )
    """The user pool trigger version of the request that Amazon Cognito sends to your Lambda
    function. Higher-numbered versions add fields that support new features."""
    lambda_arn: str
    """The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
    trigger.

    This parameter and the `PreTokenGeneration` property of `LambdaConfig` have the same
    value. For new instances of pre token generation triggers, set `LambdaArn`."""

class PreventUserExistenceErrorTypes(enum.StrEnum):
    """The values of PreventUserExistenceErrorTypes.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    LEGACY = "LEGACY"
    ENABLED = "ENABLED"

PreventUserExistenceErrorTypesValue: TypeAlias = Literal["LEGACY", "ENABLED"]
"""The values of PreventUserExistenceErrorTypes as literal strings, for type checkers: an input
typed ``PreventUserExistenceErrorTypes | PreventUserExistenceErrorTypesValue |
Unmodelled`` takes ``PreventUserExistenceErrorTypes.LEGACY`` or ``'LEGACY'``, and a type
checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class ProviderUserIdentifierType(Boto3Dicts):
    """The characteristics of a source or destination user for linking a federated user profile
    to a local user profile."""

    provider_name: str | None = ...
    """The name of the provider, such as Facebook, Google, or Login with Amazon."""
    provider_attribute_name: str | None = ...
    """The name of the provider attribute to link to, such as `NameID`."""
    provider_attribute_value: str | None = ...
    """The value of the provider attribute to link to, such as `xxxxx_account`."""

class RecoveryOptionNameType(enum.StrEnum):
    """The values of RecoveryOptionNameType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    VERIFIED_EMAIL = "verified_email"
    VERIFIED_PHONE_NUMBER = "verified_phone_number"
    ADMIN_ONLY = "admin_only"

RecoveryOptionNameTypeValue: TypeAlias = Literal[
    "verified_email", "verified_phone_number", "admin_only"
]
"""The values of RecoveryOptionNameType as literal strings, for type checkers: an input typed
``RecoveryOptionNameType | RecoveryOptionNameTypeValue | Unmodelled`` takes
``RecoveryOptionNameType.VERIFIED_EMAIL`` or ``'verified_email'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class RecoveryOptionType(Boto3Dicts):
    """A recovery option for a user. The `AccountRecoverySettingType` data type is an array of
    this object. Each `RecoveryOptionType` has a priority property that determines whether it
    is a primary or secondary option.

    For example, if `verified_email` has a priority of `1` and `verified_phone_number` has a
    priority of `2`, your user pool sends account-recovery messages to a verified email
    address but falls back to an SMS message if the user has a verified phone number. The
    `admin_only` option prevents self-service account recovery."""

    priority: int
    """Your priority preference for using the specified attribute in account recovery. The
    highest priority is `1`."""
    name: RecoveryOptionNameType | RecoveryOptionNameTypeValue | Unmodelled
    """The recovery method that this object sets a recovery option for."""

@dataclass(kw_only=True)
class RefreshTokenRotationType(Boto3Dicts):
    """The configuration of your app client for refresh token rotation. When enabled, your app
    client issues new ID, access, and refresh tokens when users renew their sessions with
    refresh tokens. When disabled, token refresh issues only ID and access tokens."""

    feature: FeatureType | FeatureTypeValue | Unmodelled
    """The state of refresh token rotation for the current app client."""
    retry_grace_period_seconds: int | None = ...
    """When you request a token refresh with `GetTokensFromRefreshToken`, the original refresh
    token that you're rotating out can remain valid for a period of time of up to 60 seconds.
    This allows for client-side retries. When `RetryGracePeriodSeconds` is `0`, the grace
    period is disabled and a successful request immediately invalidates the submitted refresh
    token."""

class ReplicaRoleType(enum.StrEnum):
    """The values of ReplicaRoleType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"

ReplicaRoleTypeValue: TypeAlias = Literal["PRIMARY", "SECONDARY"]
"""The values of ReplicaRoleType as literal strings, for type checkers: an input typed
``ReplicaRoleType | ReplicaRoleTypeValue | Unmodelled`` takes
``ReplicaRoleType.PRIMARY`` or ``'PRIMARY'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class ReplicaStatusType(enum.StrEnum):
    """The values of ReplicaStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    DELETING = "DELETING"

ReplicaStatusTypeValue: TypeAlias = Literal["CREATING", "ACTIVE", "INACTIVE", "DELETING"]
"""The values of ReplicaStatusType as literal strings, for type checkers: an input typed
``ReplicaStatusType | ReplicaStatusTypeValue | Unmodelled`` takes
``ReplicaStatusType.CREATING`` or ``'CREATING'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class ResourceServerManagedByType(enum.StrEnum):
    """The values of ResourceServerManagedByType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    COGNITO = "COGNITO"

ResourceServerManagedByTypeValue: TypeAlias = Literal["COGNITO"]
"""The values of ResourceServerManagedByType as literal strings, for type checkers: an input
typed ``ResourceServerManagedByType | ResourceServerManagedByTypeValue | Unmodelled``
takes ``ResourceServerManagedByType.COGNITO`` or ``'COGNITO'``, and a type checker
reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class ResourceServerScopeType(Boto3Dicts):
    """One custom scope associated with a user pool resource server. This data type is a member
    of `ResourceServerScopeType`. For more information, see Scopes, M2M, and API authorization
    with resource servers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html)."""

    scope_name: str
    """The name of the scope. Amazon Cognito renders custom scopes in the format
    `resourceServerIdentifier/ScopeName`. For example, if this parameter is `exampleScope` in
    the resource server with the identifier `exampleResourceServer`, you request and receive
    the scope `exampleResourceServer/exampleScope`."""
    scope_description: str
    """A friendly description of a custom scope."""

@dataclass(kw_only=True)
class ResourceServerType(Boto3Dicts):
    """The details of a resource server configuration and associated custom scopes in a user
    pool."""

    user_pool_id: str | None = ...
    """The ID of the user pool that contains the resource server configuration."""
    identifier: str | None = ...
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""
    name: str | None = ...
    """The name of the resource server."""
    scopes: list[ResourceServerScopeType] | None = ...
    """A list of scopes that are defined for the resource server."""
    managed_by: ResourceServerManagedByType | Unmodelled | None = ...
    """This value is reserved for resource servers that Amazon Cognito manages. Resource servers
    that you create don't have this value."""

@dataclass(kw_only=True)
class RestorationType(Boto3Dicts):
    """The details of a point-in-time recovery of a user pool."""

    restore_id: str | None = ...
    """The ID of the recovery. Use this ID in requests to describe, start, or cancel the
    recovery."""
    restore_status: RestoreStatusType | Unmodelled | None = ...
    """The status of the recovery. Can be one of the following values.

    PREVIEW_GENERATING
        Amazon Cognito is generating the recovery preview, which might not be available
        immediately. Write operations in the user pool are paused.

    PREVIEW_GENERATED
        The recovery preview is ready for review. Write operations in the user pool are
        paused. Within 24 hours after you initiate the recovery, apply it with a
        `StartPointInTimeRecovery` request or discard it with a `CancelPointInTimeRecovery`
        request.

    PREVIEW_CANCELLED
        You canceled the recovery. Amazon Cognito resumed write operations and didn't change
        your user pool data.

    PREVIEW_GENERATION_FAILED
        Amazon Cognito couldn't generate the recovery preview. Amazon Cognito resumed write
        operations and didn't change your user pool data. You can initiate a new recovery.

    PREVIEW_EXPIRED
        You didn't start or cancel the recovery within 24 hours after you initiated it. Amazon
        Cognito resumed write operations and didn't change your user pool data.

    RESTORING
        Amazon Cognito is restoring user data in the user pool to its state at the recovery
        point. Write operations in the user pool are paused.

    RESTORE_COMPLETED
        Amazon Cognito restored your user pool to its state at the recovery point and resumed
        write operations.

    TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE
        The recovery encountered an internal error. Write operations in the user pool remain
        paused. Amazon Web Services Support contacts you through a support case to resolve the
        issue.

    AWS_ABORTED
        Amazon Cognito stopped the recovery because of an internal failure. Write operations
        in the user pool remain paused, and you can't cancel or retry the recovery. Amazon Web
        Services Support contacts you through a support case to resolve the issue."""
    restore_timestamp: datetime.datetime | None = ...
    """The point in time that the recovery restores the user pool to."""
    trigger_timestamp: datetime.datetime | None = ...
    """The end of the period of changes that the recovery reverts. This time is shortly after the
    time that you initiated the recovery. The recovery reverts changes to user data that
    occurred between `RestoreTimestamp` and `TriggerTimestamp`."""
    restore_preview: list[RestorePreviewType] | None = ...
    """The recovery preview. For each type of entity, the preview shows the number of entities
    that the recovery creates, updates, and deletes. The preview doesn't include user data.
    Amazon Cognito returns the preview when it's available."""

@dataclass(kw_only=True)
class RestorePreviewType(Boto3Dicts):
    """The number of entities of one type that a point-in-time recovery creates, updates, and
    deletes."""

    entity: str | None = ...
    """The type of user pool entity that the recovery changes. Can be one of the following
    values.

    Users
        User profiles, including their attributes.

    Groups
        User pool groups.

    User MFAs
        The MFA settings of users.

    Passkeys
        The passkeys that users registered."""
    create_count: int | None = ...
    """The number of entities of this type that the recovery creates. These entities existed at
    the recovery point and were deleted after it."""
    update_count: int | None = ...
    """The number of entities of this type that the recovery reverts to their state at the
    recovery point. These entities were modified after the recovery point."""
    delete_count: int | None = ...
    """The number of entities of this type that the recovery deletes. These entities were created
    after the recovery point."""

class RestoreStatusType(enum.StrEnum):
    """The values of RestoreStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PREVIEW_GENERATING = "PREVIEW_GENERATING"
    PREVIEW_GENERATED = "PREVIEW_GENERATED"
    PREVIEW_CANCELLED = "PREVIEW_CANCELLED"
    PREVIEW_GENERATION_FAILED = "PREVIEW_GENERATION_FAILED"
    PREVIEW_EXPIRED = "PREVIEW_EXPIRED"
    RESTORING = "RESTORING"
    RESTORE_COMPLETED = "RESTORE_COMPLETED"
    TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE = "TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE"
    AWS_ABORTED = "AWS_ABORTED"

RestoreStatusTypeValue: TypeAlias = Literal[
    "PREVIEW_GENERATING",
    "PREVIEW_GENERATED",
    "PREVIEW_CANCELLED",
    "PREVIEW_GENERATION_FAILED",
    "PREVIEW_EXPIRED",
    "RESTORING",
    "RESTORE_COMPLETED",
    "TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE",
    "AWS_ABORTED",
]
"""The values of RestoreStatusType as literal strings, for type checkers: an input typed
``RestoreStatusType | RestoreStatusTypeValue | Unmodelled`` takes
``RestoreStatusType.PREVIEW_GENERATING`` or ``'PREVIEW_GENERATING'``, and a type checker
reports a misspelt value. ``str`` at run time."""

class RevokeAssociatedSessionsType(enum.StrEnum):
    """Controls whether revoking a session also revokes the sessions that are linked to it.
    `NONE` revokes only the targeted session. `LINKED` also revokes the directly linked
    session or sessions, interpreted relative to the type of the targeted session: revoking a
    token session also revokes the parent SSO session it came through, and revoking an SSO
    session also revokes the token sessions that came through it. The set of linked sessions
    is eventually consistent, so associated sessions are typically revoked within a few
    seconds.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    NONE = "NONE"
    LINKED = "LINKED"

RevokeAssociatedSessionsTypeValue: TypeAlias = Literal["NONE", "LINKED"]
"""The values of RevokeAssociatedSessionsType as literal strings, for type checkers: an input
typed ``RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled``
takes ``RevokeAssociatedSessionsType.NONE`` or ``'NONE'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class RiskConfigurationType(Boto3Dicts):
    """The settings of risk configuration for threat protection with threat protection in a user
    pool."""

    user_pool_id: str | None = ...
    """The ID of the user pool that has the risk configuration applied."""
    client_id: str | None = ...
    """The app client where this configuration is applied. When this parameter isn't present, the
    risk configuration applies to all user pool app clients that don't have client-level
    settings."""
    compromised_credentials_risk_configuration: (
        CompromisedCredentialsRiskConfigurationType | None
    ) = ...
    """Settings for compromised-credentials actions and authentication types with threat
    protection in full-function `ENFORCED` mode."""
    account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType | None = ...
    """The settings for automated responses and notification templates for adaptive
    authentication with threat protection."""
    risk_exception_configuration: RiskExceptionConfigurationType | None = ...
    """Exceptions to the risk evaluation configuration, including always-allow and always-block
    IP address ranges."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

@dataclass(kw_only=True)
class RiskExceptionConfigurationType(Boto3Dicts):
    """Exceptions to the risk evaluation configuration, including always-allow and always-block
    IP address ranges."""

    blocked_ip_range_list: Sequence[str] | None = ...
    """An always-block IP address list. Overrides the risk decision and always blocks
    authentication requests. This parameter is displayed and set in CIDR notation."""
    skipped_ip_range_list: Sequence[str] | None = ...
    """An always-allow IP address list. Risk detection isn't performed on the IP addresses in
    this range list. This parameter is displayed and set in CIDR notation."""

@dataclass(kw_only=True)
class RoutingType(Boto3Dicts):
    """Specifies routing configuration for user pool domains. Contains failover settings for
    multi-region deployments."""

    failover: FailoverType | None = ...
    """The failover configuration that specifies the secondary region and health check settings."""

@dataclass(kw_only=True)
class S3ConfigurationType(Boto3Dicts):
    """Configuration for the Amazon S3 bucket destination of user activity log export with threat
    protection."""

    bucket_arn: str | None = ...
    """The ARN of an Amazon S3 bucket that's the destination for threat protection log export."""

@dataclass(kw_only=True)
class SchemaAttributeType(Boto3Dicts):
    """A list of the user attributes and their properties in your user pool. The attribute schema
    contains standard attributes, custom attributes with a `custom:` prefix, and developer
    attributes with a `dev:` prefix. For more information, see User pool attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).

    Developer-only `dev:` attributes are a legacy feature of user pools, and are read-only to
    all app clients. You can create and update developer-only attributes only with
    IAM-authenticated API operations. Use app client read/write permissions instead."""

    name: str | None = ...
    """The name of your user pool attribute. When you create or update a user pool, adding a
    schema attribute creates a custom or developer-only attribute. When you add an attribute
    with a `Name` value of `MyAttribute`, Amazon Cognito creates the custom attribute
    `custom:MyAttribute`. When `DeveloperOnlyAttribute` is `true`, Amazon Cognito creates your
    attribute as `dev:MyAttribute`. In an operation that describes a user pool, Amazon Cognito
    returns this value as `value` for standard attributes, `custom:value` for custom
    attributes, and `dev:value` for developer-only attributes.."""
    attribute_data_type: AttributeDataType | AttributeDataTypeValue | Unmodelled | None = ...
    """The data format of the values for your attribute. When you choose an `AttributeDataType`,
    Amazon Cognito validates the input against the data type. A custom attribute value in your
    user's ID token is always a string, for example `"custom:isMember" : "true"` or
    `"custom:YearsAsMember" : "12"`."""
    developer_only_attribute: bool | None = ...
    """Note: You should use WriteAttributes
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html#CognitoUserPools-Type-UserPoolClientType-WriteAttributes)
    in the user pool client to control how attributes can be mutated for new use cases instead
    of using `DeveloperOnlyAttribute`.

    Specifies whether the attribute type is developer only. This attribute can only be
    modified by an administrator. Users won't be able to modify this attribute using their
    access token. For example, `DeveloperOnlyAttribute` can be modified using
    AdminUpdateUserAttributes but can't be updated using UpdateUserAttributes."""
    mutable: bool | None = ...
    """Specifies whether the value of the attribute can be changed.

    Any user pool attribute whose value you map from an IdP attribute must be mutable, with a
    parameter value of `true`. Amazon Cognito updates mapped attributes when users sign in to
    your application through an IdP. If an attribute is immutable, Amazon Cognito throws an
    error when it attempts to update the attribute. For more information, see Specifying
    Identity Provider Attribute Mappings for Your User Pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html)."""
    required: bool | None = ...
    """Specifies whether a user pool attribute is required. If the attribute is required and the
    user doesn't provide a value, registration or sign-in will fail."""
    number_attribute_constraints: NumberAttributeConstraintsType | None = ...
    """Specifies the constraints for an attribute of the number type."""
    string_attribute_constraints: StringAttributeConstraintsType | None = ...
    """Specifies the constraints for an attribute of the string type."""

class SecurityPolicyType(enum.StrEnum):
    """The values of SecurityPolicyType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    TLS_V1 = "TLS_V1"
    TLS_V1_2_2021 = "TLS_V1_2_2021"
    TLS_V1_3_2025 = "TLS_V1_3_2025"

SecurityPolicyTypeValue: TypeAlias = Literal["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"]
"""The values of SecurityPolicyType as literal strings, for type checkers: an input typed
``SecurityPolicyType | SecurityPolicyTypeValue | Unmodelled`` takes
``SecurityPolicyType.TLS_V1`` or ``'TLS_V1'``, and a type checker reports a misspelt
value. ``str`` at run time."""

@dataclass(kw_only=True)
class SessionDescriptionType(Boto3Dicts):
    """Describes an active user session. Amazon Cognito returns this type in the responses of
    `ListUserSessions` and `AdminListUserSessions`, for both token sessions and SSO sessions."""

    session_id: str | None = ...
    """The unique identifier for the session. This is a 28-character string of lowercase letters
    and digits, prefixed with `tkn` for a token session or `sso` for an SSO session."""
    session_type: SessionTypeType | Unmodelled | None = ...
    """The type of the session. Valid values are `TOKEN` and `SSO`."""
    client_id: str | None = ...
    """The ID of the app client that the session belongs to."""
    create_date: datetime.datetime | None = ...
    """The date and time when the session was created."""
    last_active_date: datetime.datetime | None = ...
    """The date and time of the most recent activity on the session. For a token session, this is
    the most recent token refresh or rotation; a new authentication creates a new token
    session rather than updating an existing one. For an SSO session, this is the most recent
    authentication, token grant, or token rotation."""
    device_type: str | None = ...
    """A description of the device associated with the most recent activity on the session,
    derived from the parsed user agent (operating system and browser or app). Amazon Cognito
    overwrites this value on each sign-in, refresh, and rotation. The value can be `unknown`.
    The maximum length is 1,024 characters."""
    last_ip_address: str | None = ...
    """The IP address associated with the most recent activity on the session. Amazon Cognito
    overwrites this value on each refresh and rotation. The maximum length is 128 characters."""
    last_location: SessionLocationType | None = ...
    """The geographic location of the most recent activity on the session, derived from the IP
    address."""
    origin_session_id: str | None = ...
    """For a token session, the ID of the SSO session that the token session originated from.
    This value is null for sessions that were initiated through the API and didn't come
    through an SSO session. Amazon Cognito returns this value for token sessions only."""
    is_current_session: bool | None = ...
    """Specifies whether this session matches the access token supplied in the request. This
    value is always `false` for the `AdminListUserSessions` operation, which doesn't take an
    access token."""

@dataclass(kw_only=True)
class SessionLocationType(Boto3Dicts):
    """The geographic location of the most recent activity on a session, derived from the IP
    address."""

    city: str | None = ...
    """The city of the most recent activity on the session, derived from the IP address. This
    value can be null if geo-IP resolution fails. The maximum length is 256 characters."""
    country: str | None = ...
    """The country of the most recent activity on the session, derived from the IP address and
    returned in English (for example, `United States`). This is a country name as returned by
    the geo-IP database, not an ISO country code, and can be `unknown` if geo-IP resolution
    fails."""

class SessionTypeType(enum.StrEnum):
    """The type of a user session. `TOKEN` identifies a token session, which represents an app's
    authenticated session for a user and is tied to a refresh token. `SSO` identifies an SSO
    session, which is a single sign-on (SSO) session that records an authentication through
    managed login and can let the user sign in to other apps without re-authenticating.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    TOKEN = "TOKEN"
    SSO = "SSO"

SessionTypeTypeValue: TypeAlias = Literal["TOKEN", "SSO"]
"""The values of SessionTypeType as literal strings, for type checkers: an input typed
``SessionTypeType | SessionTypeTypeValue | Unmodelled`` takes ``SessionTypeType.TOKEN``
or ``'TOKEN'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class SignInPolicyType(Boto3Dicts):
    """The policy for allowed types of authentication in a user pool. To activate this setting,
    your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    allowed_first_auth_factors: (
        Sequence[AuthFactorType | AuthFactorTypeValue | Unmodelled] | None
    ) = ...
    """The sign-in methods that a user pool supports as the first factor. You can permit users to
    start authentication with a standard username and password, or with other one-time
    password and hardware factors.

    Note: `SOFTWARE_TOKEN` is not currently supported as a first auth factor. Do not include
    this value in `AllowedFirstAuthFactors`."""

@dataclass(kw_only=True)
class SmsConfigurationType(Boto3Dicts):
    """User pool configuration for delivery of SMS messages with Amazon Simple Notification
    Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you
    want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in
    your Amazon Web Services account."""

    sns_caller_arn: str | None = ...
    """The Amazon Resource Name (ARN) of the Amazon SNS caller. This is the ARN of the IAM role
    in your Amazon Web Services account that Amazon Cognito will use to send SMS messages. SMS
    messages are subject to a spending limit
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html)."""
    external_id: str | None = ...
    """The external ID provides additional security for your IAM role. You can use an
    `ExternalId` with the IAM role that you use with Amazon SNS to send SMS messages for your
    user pool. If you provide an `ExternalId`, your Amazon Cognito user pool includes it in
    the request to assume your IAM role. You can configure the role trust policy to require
    that Amazon Cognito, and any principal, provide the `ExternalID`. If you use the Amazon
    Cognito Management Console to create a role for SMS multi-factor authentication (MFA),
    Amazon Cognito creates a role with the required permissions and a trust policy that
    demonstrates use of the `ExternalId`.

    For more information about the `ExternalId` of a role, see How to use an external ID when
    granting access to your Amazon Web Services resources to a third party
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html)."""
    sns_region: str | None = ...
    """The Amazon Web Services Region to use with Amazon SNS integration. You can choose the same
    Region as your user pool, or a supported Legacy Amazon SNS alternate Region.

    Amazon Cognito resources in the Asia Pacific (Seoul) Amazon Web Services Region must use
    your Amazon SNS configuration in the Asia Pacific (Tokyo) Region. For more information,
    see SMS message settings for Amazon Cognito user pools
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)."""
    eums_sms: EumsSmsConfigurationType | None = ...
    """The configuration for sending SMS messages through Amazon Web Services End User Messaging
    SMS, as an alternative to Amazon SNS. In a user pool, provide either the Amazon SNS
    configuration (`SnsCallerArn`) or this configuration, but not both. In Amazon Web Services
    Regions where Amazon SNS is not available, this configuration is required."""

@dataclass(kw_only=True)
class SmsMfaConfigType(Boto3Dicts):
    """The configuration of multi-factor authentication (MFA) with SMS messages in a user pool."""

    sms_authentication_message: str | None = ...
    """The SMS authentication message that will be sent to users with the code they must sign in
    with. The message must contain the `{####}` placeholder. Your user pool replaces the
    placeholder with the MFA code. If this parameter isn't provided, your user pool sends a
    default message."""
    sms_configuration: SmsConfigurationType | None = ...
    """User pool configuration for delivery of SMS messages with Amazon Simple Notification
    Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you
    want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in
    your Amazon Web Services account.

    You can set `SmsConfiguration` in `CreateUserPool` and `UpdateUserPool`, or in
    `SetUserPoolMfaConfig`."""

@dataclass(kw_only=True)
class SMSMfaSettingsType(Boto3Dicts):
    """A user's preference for using SMS message multi-factor authentication (MFA). Turns SMS MFA
    on and off, and can set SMS as preferred when other MFA options are available. You can't
    turn off SMS MFA for any of your users when MFA is required in your user pool; you can
    only set the type that your user prefers."""

    enabled: bool | None = ...
    """Specifies whether SMS message MFA is activated. If an MFA type is activated for a user,
    the user will be prompted for MFA during all sign-in attempts, unless device tracking is
    turned on and the device has been trusted."""
    preferred_mfa: bool | None = ...
    """Specifies whether SMS is the preferred MFA method. If true, your user pool prompts the
    specified user for a code delivered by SMS message after username-password sign-in
    succeeds."""

@dataclass(kw_only=True)
class SoftwareTokenMfaConfigType(Boto3Dicts):
    """Settings for time-based one-time password (TOTP) multi-factor authentication (MFA) in a
    user pool. Enables and disables availability of this feature."""

    enabled: bool | None = ...
    """The activation state of TOTP MFA."""

@dataclass(kw_only=True)
class SoftwareTokenMfaSettingsType(Boto3Dicts):
    """A user's preference for using time-based one-time password (TOTP) multi-factor
    authentication (MFA). Turns TOTP MFA on and off, and can set TOTP as preferred when other
    MFA options are available. You can't turn off TOTP MFA for any of your users when MFA is
    required in your user pool; you can only set the type that your user prefers."""

    enabled: bool | None = ...
    """Specifies whether software token MFA is activated. If an MFA type is activated for a user,
    the user will be prompted for MFA during all sign-in attempts, unless device tracking is
    turned on and the device has been trusted."""
    preferred_mfa: bool | None = ...
    """Specifies whether software token MFA is the preferred MFA method."""

class StatusType(enum.StrEnum):
    """The values of StatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

StatusTypeValue: TypeAlias = Literal["Enabled", "Disabled"]
"""The values of StatusType as literal strings, for type checkers: an input typed ``StatusType
| StatusTypeValue | Unmodelled`` takes ``StatusType.ENABLED`` or ``'Enabled'``, and a
type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class StringAttributeConstraintsType(Boto3Dicts):
    """The minimum and maximum length values of an attribute that is of the string type, for
    example `custom:department`."""

    min_length: str | None = ...
    """The minimum length of a string attribute value."""
    max_length: str | None = ...
    """The maximum length of a string attribute value. Must be a number less than or equal to
    `2^1023`, represented as a string with a length of 131072 characters or fewer."""

class TermsEnforcementType(enum.StrEnum):
    """The values of TermsEnforcementType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    NONE = "NONE"

TermsEnforcementTypeValue: TypeAlias = Literal["NONE"]
"""The values of TermsEnforcementType as literal strings, for type checkers: an input typed
``TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled`` takes
``TermsEnforcementType.NONE`` or ``'NONE'``, and a type checker reports a misspelt
value. ``str`` at run time."""

class TermsSourceType(enum.StrEnum):
    """The values of TermsSourceType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    LINK = "LINK"

TermsSourceTypeValue: TypeAlias = Literal["LINK"]
"""The values of TermsSourceType as literal strings, for type checkers: an input typed
``TermsSourceType | TermsSourceTypeValue | Unmodelled`` takes ``TermsSourceType.LINK``
or ``'LINK'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class TermsType(Boto3Dicts):
    """The details of a set of terms documents. For more information, see Terms documents
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents)."""

    terms_id: str
    """The ID of the terms documents."""
    user_pool_id: str
    """The ID of the user pool that contains the terms documents."""
    client_id: str
    """The ID of the app client that the terms documents are assigned to."""
    terms_name: str
    """The type and friendly name of the terms documents."""
    terms_source: TermsSourceType | Unmodelled
    """This parameter is reserved for future use and currently accepts one value."""
    enforcement: TermsEnforcementType | Unmodelled
    """This parameter is reserved for future use and currently accepts one value."""
    links: dict[str, str]
    """A map of URLs to languages. For each localized language that will view the requested
    `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages
    that don't have a language-specific URL.

    For example, `"cognito:default": "https://terms.example.com", "cognito:spanish":
    "https://terms.example.com/es"`."""
    creation_date: datetime.datetime
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    last_modified_date: datetime.datetime
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

class TimeUnitsType(enum.StrEnum):
    """The values of TimeUnitsType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SECONDS = "seconds"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"

TimeUnitsTypeValue: TypeAlias = Literal["seconds", "minutes", "hours", "days"]
"""The values of TimeUnitsType as literal strings, for type checkers: an input typed
``TimeUnitsType | TimeUnitsTypeValue | Unmodelled`` takes ``TimeUnitsType.SECONDS`` or
``'seconds'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class TokenValidityUnitsType(Boto3Dicts):
    """The time units that, with `IdTokenValidity`, `AccessTokenValidity`, and
    `RefreshTokenValidity`, set and display the duration of ID, access, and refresh tokens for
    an app client. You can assign a separate token validity unit to each type of token."""

    access_token: TimeUnitsType | TimeUnitsTypeValue | Unmodelled | None = ...
    """A time unit for the value that you set in the `AccessTokenValidity` parameter. The default
    `AccessTokenValidity` time unit is `hours`. `AccessTokenValidity` duration can range from
    five minutes to one day."""
    id_token: TimeUnitsType | TimeUnitsTypeValue | Unmodelled | None = ...
    """A time unit for the value that you set in the `IdTokenValidity` parameter. The default
    `IdTokenValidity` time unit is `hours`. `IdTokenValidity` duration can range from five
    minutes to one day."""
    refresh_token: TimeUnitsType | TimeUnitsTypeValue | Unmodelled | None = ...
    """A time unit for the value that you set in the `RefreshTokenValidity` parameter. The
    default `RefreshTokenValidity` time unit is `days`. `RefreshTokenValidity` duration can
    range from 60 minutes to 10 years."""

@dataclass(kw_only=True)
class UICustomizationType(Boto3Dicts):
    """A container for the UI customization information for the hosted UI in a user pool."""

    user_pool_id: str | None = ...
    """The ID of the user pool with hosted UI customizations."""
    client_id: str | None = ...
    """The app client ID for your UI customization. When this value isn't present, the
    customization applies to all user pool app clients that don't have client-level settings.."""
    image_url: str | None = ...
    """A URL path to the hosted logo image of your UI customization."""
    css: str | None = ...
    """The CSS values in the UI customization."""
    css_version: str | None = ...
    """The CSS version number."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

@dataclass(kw_only=True)
class UserAttributeUpdateSettingsType(Boto3Dicts):
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""

    attributes_require_verification_before_update: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    ) = ...
    """Requires that your user verifies their email address, phone number, or both before Amazon
    Cognito updates the value of that attribute. When you update a user attribute that has
    this option activated, Amazon Cognito sends a verification message to the new phone number
    or email address. Amazon Cognito doesn't change the value of the attribute until your user
    responds to the verification message and confirms the new value.

    When `AttributesRequireVerificationBeforeUpdate` is false, your user pool doesn't require
    that your users verify attribute changes before Amazon Cognito updates them. In a user
    pool where `AttributesRequireVerificationBeforeUpdate` is false, API operations that
    change attribute values can immediately update a user's `email` or `phone_number`
    attribute."""

@dataclass(kw_only=True)
class UserContextDataType(Boto3Dicts):
    """Contextual data, such as the user's device fingerprint, IP address, or location, used for
    evaluating the risk of an unexpected event by Amazon Cognito threat protection."""

    ip_address: str | None = ...
    """The source IP address of your user's device."""
    encoded_data: str | None = ...
    """Encoded device-fingerprint details that your app collected with the Amazon Cognito context
    data collection library. For more information, see Adding user device and session data to
    API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint)."""

class UserImportJobStatusType(enum.StrEnum):
    """The values of UserImportJobStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CREATED = "Created"
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    STOPPING = "Stopping"
    EXPIRED = "Expired"
    STOPPED = "Stopped"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

UserImportJobStatusTypeValue: TypeAlias = Literal[
    "Created", "Pending", "InProgress", "Stopping", "Expired", "Stopped", "Failed", "Succeeded"
]
"""The values of UserImportJobStatusType as literal strings, for type checkers: an input typed
``UserImportJobStatusType | UserImportJobStatusTypeValue | Unmodelled`` takes
``UserImportJobStatusType.CREATED`` or ``'Created'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class UserImportJobType(Boto3Dicts):
    """A user import job in a user pool. Describes the status of user import with a CSV file. For
    more information, see Importing users into user pools from a CSV file
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html)."""

    job_name: str | None = ...
    """The friendly name of the user import job."""
    job_id: str | None = ...
    """The ID of the user import job."""
    user_pool_id: str | None = ...
    """The ID of the user pool that the users are being imported into."""
    pre_signed_url: str | None = ...
    """The pre-signed URL target for uploading the CSV file."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    start_date: datetime.datetime | None = ...
    """The date when the user import job was started."""
    completion_date: datetime.datetime | None = ...
    """The date when the user import job was completed."""
    status: UserImportJobStatusType | Unmodelled | None = ...
    """The status of the user import job. One of the following:

    - `Created` - The job was created but not started.
    - `Pending` - A transition state. You have started the job, but it has not begun importing
      users yet.
    - `InProgress` - The job has started, and users are being imported.
    - `Stopping` - You have stopped the job, but the job has not stopped importing users yet.
    - `Stopped` - You have stopped the job, and the job has stopped importing users.
    - `Succeeded` - The job has completed successfully.
    - `Failed` - The job has stopped due to an error.
    - `Expired` - You created a job, but did not start the job within 24-48 hours. All data
      associated with the job was deleted, and the job can't be started."""
    cloud_watch_logs_role_arn: str | None = ...
    """The role Amazon Resource Name (ARN) for the Amazon CloudWatch Logging role for the user
    import job. For more information, see "Creating the CloudWatch Logs IAM Role" in the
    Amazon Cognito Developer Guide."""
    imported_users: int | None = ...
    """The number of users that were successfully imported."""
    skipped_users: int | None = ...
    """The number of users that were skipped."""
    failed_users: int | None = ...
    """The number of users that couldn't be imported."""
    completion_message: str | None = ...
    """The message returned when the user import job is completed."""
    password_hashing_algorithm: PasswordHashingAlgorithmType | Unmodelled | None = ...
    """The password hashing algorithm used to generate the hashes in the CSV file for this import
    job.

    Valid values: `BCRYPT` | `SCRYPT` | `ARGON2ID` | `PBKDF2_SHA256`"""

@dataclass(kw_only=True)
class UserPoolAddOnsType(Boto3Dicts):
    """Contains settings for activation of threat protection, including the operating mode and
    additional authentication types. To log user security information but take no action, set
    to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to
    your user pool, set to `ENFORCED`.

    For more information, see Adding advanced security to a user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
    To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""

    advanced_security_mode: AdvancedSecurityModeType | AdvancedSecurityModeTypeValue | Unmodelled
    """The operating mode of threat protection for standard authentication types in your user
    pool, including username-password and secure remote password (SRP) authentication."""
    advanced_security_additional_flows: AdvancedSecurityAdditionalFlowsType | None = ...
    """Threat protection configuration options for additional authentication types in your user
    pool, including custom authentication."""

@dataclass(kw_only=True)
class UserPoolClientType(Boto3Dicts):
    """The configuration of a user pool client."""

    user_pool_id: str | None = ...
    """The ID of the user pool associated with the app client."""
    client_name: str | None = ...
    """The name of the app client."""
    client_id: str | None = ...
    """The ID of the app client."""
    client_secret: str | None = ...
    """The app client secret."""
    client_secret_arn: str | None = ...
    """The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager
    (https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) secret that
    stores this app client's secret, when Amazon Cognito manages the secret in Secrets
    Manager. Retrieve the secret from Secrets Manager by this ARN. The `SecretString` value is
    a JSON object with `userPoolId`, `userPoolClientId`, and `clientSecretValue` fields. Use
    `clientSecretValue` as the app client secret. Amazon Cognito returns this ARN instead of
    `ClientSecret` for app clients whose secret it manages in Secrets Manager."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    refresh_token_validity: int | None = ...
    """The refresh token time limit. After this limit expires, your user can't use their refresh
    token. To specify the time unit for `RefreshTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `RefreshTokenValidity` as `10` and `TokenValidityUnits` as
    `days`, your user can refresh their session and retrieve new access and ID tokens for 10
    days.

    The default time unit for `RefreshTokenValidity` in an API request is days. You can't set
    `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides the value with the
    default value of 30 days. Valid range is displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your refresh
    tokens are valid for 30 days."""
    access_token_validity: int | None = ...
    """The access token time limit. After this limit expires, your user can't use their access
    token. To specify the time unit for `AccessTokenValidity` as `seconds`, `minutes`,
    `hours`, or `days`, set a `TokenValidityUnits` value in your API request.

    For example, when you set `AccessTokenValidity` to `10` and `TokenValidityUnits` to
    `hours`, your user can authorize access with their access token for 10 hours.

    The default time unit for `AccessTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your access tokens
    are valid for one hour."""
    id_token_validity: int | None = ...
    """The ID token time limit. After this limit expires, your user can't use their ID token. To
    specify the time unit for `IdTokenValidity` as `seconds`, `minutes`, `hours`, or `days`,
    set a `TokenValidityUnits` value in your API request.

    For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits` as `hours`,
    your user can authenticate their session with their ID token for 10 hours.

    The default time unit for `IdTokenValidity` in an API request is hours. Valid range is
    displayed below in seconds.

    If you don't specify otherwise in the configuration of your app client, your ID tokens are
    valid for one hour."""
    token_validity_units: TokenValidityUnitsType | None = ...
    """The time units that, with `IdTokenValidity`, `AccessTokenValidity`, and
    `RefreshTokenValidity`, set and display the duration of ID, access, and refresh tokens for
    an app client. You can assign a separate token validity unit to each type of token."""
    read_attributes: list[str] | None = ...
    """The list of user attributes that you want your app client to have read access to. After
    your user authenticates in your app, their access token authorizes them to read their own
    attribute value for any attribute in this list.

    When you don't specify the `ReadAttributes` for your app client, your app can read the
    values of `email_verified`, `phone_number_verified`, and the standard attributes of your
    user pool. When your user pool app client has read access to these default attributes,
    `ReadAttributes` doesn't return any information. Amazon Cognito only populates
    `ReadAttributes` in the API response if you have specified your own custom set of read
    attributes."""
    write_attributes: list[str] | None = ...
    """The list of user attributes that you want your app client to have write access to. After
    your user authenticates in your app, their access token authorizes them to set or modify
    their own attribute value for any attribute in this list.

    When you don't specify the `WriteAttributes` for your app client, your app can write the
    values of the Standard attributes of your user pool. When your user pool has write access
    to these default attributes, `WriteAttributes` doesn't return any information. Amazon
    Cognito only populates `WriteAttributes` in the API response if you have specified your
    own custom set of write attributes.

    If your app client allows users to sign in through an IdP, this array must include all
    attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped
    attributes when users sign in to your application through an IdP. If your app client does
    not have write access to a mapped attribute, Amazon Cognito throws an error when it tries
    to update the attribute. For more information, see Specifying IdP Attribute Mappings for
    Your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html)."""
    explicit_auth_flows: list[ExplicitAuthFlowsType | Unmodelled] | None = ...
    """The authentication flows
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html)
    that you want your user pool client to support. For each app client in your user pool, you
    can sign in your users with any combination of one or more flows, including with a user
    name and Secure Remote Password (SRP), a user name and password, or a custom
    authentication process that you define with Lambda functions.

    Note: If you don't specify a value for `ExplicitAuthFlows`, your app client supports
    `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and `ALLOW_CUSTOM_AUTH`.

    The values for authentication flow options include the following.

    - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This setting covers
      username-password, secure remote password (SRP), passwordless, and passkey
      authentication. This authentiation flow can do username-password and SRP authentication
      without other `ExplicitAuthFlows` permitting them. For example users can complete an SRP
      challenge through `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app
      client. This flow doesn't include `CUSTOM_AUTH`.

      To activate this setting, your user pool must be in the Essentials tier
      (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
      or higher.
    - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password authentication flow
      `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the `ADMIN_NO_SRP_AUTH` setting. With
      this authentication flow, your app passes a user name and password to Amazon Cognito in
      the request, instead of using the Secure Remote Password (SRP) protocol to securely
      transmit the password.
    - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
    - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In this flow,
      Amazon Cognito receives the password in the request instead of using the SRP protocol to
      verify passwords.
    - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
    - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
    - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` - Use this flow to request `GetDerivedToken` token
      exchanges without an `ActorToken`. The issued token represents the subject user
      directly.
    - `ALLOW_TOKEN_EXCHANGE_DELEGATION` - Use this flow to request `GetDerivedToken` token
      exchanges that include an `ActorToken`. The issued token carries an `act` claim that
      identifies the intermediary acting on the behalf of the subject.

    In some environments, you will see the values `ADMIN_NO_SRP_AUTH`,
    `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these legacy
    `ExplicitAuthFlows` values to user pool clients at the same time as values that begin with
    `ALLOW_`, like `ALLOW_USER_SRP_AUTH`."""
    supported_identity_providers: list[str] | None = ...
    """A list of provider names for the identity providers (IdPs) that are supported on this
    client. The following are supported: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`,
    and `LoginWithAmazon`. You can also specify the names that you configured for the SAML and
    OIDC IdPs in your user pool, for example `MySAMLIdP` or `MyOIDCIdP`.

    This parameter sets the IdPs that managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
    will display on the login page for your app client. The removal of `COGNITO` from this
    list doesn't prevent authentication operations for local users with the user pools API in
    an Amazon Web Services SDK. The only way to prevent SDK-based authentication is to block
    access with a WAF rule
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html)."""
    callback_urls: list[str] | None = ...
    """A list of allowed redirect (callback) URLs for the IdPs.

    A redirect URI must:

    - Be an absolute URI.
    - Be registered with the authorization server.
    - Not include a fragment component.

    See OAuth 2.0 - Redirection Endpoint (https://tools.ietf.org/html/rfc6749#section-3.1.2).

    Amazon Cognito requires HTTPS over HTTP for callback URLs to `http://localhost`,
    `http://127.0.0.1` and `http://[::1]`. These callback URLs are for testing purposes only.
    You can specify custom TCP ports for your callback URLs.

    App callback URLs such as myapp://example are also supported."""
    logout_urls: list[str] | None = ...
    """A list of allowed logout URLs for the IdPs."""
    default_redirect_uri: str | None = ...
    """The default redirect URI. Must be in the `CallbackURLs` list.

    A redirect URI must:

    - Be an absolute URI.
    - Be registered with the authorization server.
    - Not include a fragment component.

    See OAuth 2.0 - Redirection Endpoint (https://tools.ietf.org/html/rfc6749#section-3.1.2).

    Amazon Cognito requires HTTPS over HTTP for callback URLs to `http://localhost`,
    `http://127.0.0.1` and `http://[::1]`. These callback URLs are for testing purposes only.
    You can specify custom TCP ports for your callback URLs.

    App callback URLs such as myapp://example are also supported."""
    allowed_o_auth_flows: list[OAuthFlowType | Unmodelled] | None = ...
    """The OAuth grant types that you want your app client to generate. To create an app client
    that generates client credentials grants, you must add `client_credentials` as the only
    allowed OAuth flow.

    code
        Use a code grant flow, which provides an authorization code as the response. This code
        can be exchanged for access tokens with the `/oauth2/token` endpoint.

    implicit
        Issue the access token (and, optionally, ID token, based on scopes) directly to your
        user.

    client_credentials
        Issue the access token from the `/oauth2/token` endpoint directly to a non-person user
        using a combination of the client ID and client secret."""
    allowed_o_auth_scopes: list[str] | None = ...
    """The OAuth 2.0 scopes that you want your app client to support. Can include standard OAuth
    scopes like `phone`, `email`, `openid`, and `profile`. Can also include the
    `aws.cognito.signin.user.admin` scope that authorizes user profile self-service operations
    and custom scopes from resource servers."""
    allowed_o_auth_flows_user_pool_client: bool | None = ...
    """Set to `true` to use OAuth 2.0 authorization server features in your app client.

    This parameter must have a value of `true` before you can configure the following features
    in your app client.

    - `CallBackURLs`: Callback URLs.
    - `LogoutURLs`: Sign-out redirect URLs.
    - `AllowedOAuthScopes`: OAuth 2.0 scopes.
    - `AllowedOAuthFlows`: Support for authorization code, implicit, and client credentials
      OAuth 2.0 grants.

    To use authorization server features, configure one of these features in the Amazon
    Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a
    `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set a value for
    `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or SDKs, it defaults to
    `false`. When `false`, only SDK-based API sign-in is permitted."""
    analytics_configuration: AnalyticsConfigurationType | None = ...
    """The user pool analytics configuration for collecting metrics and sending them to your
    Amazon Pinpoint campaign.

    Note: In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools
    only support sending events to Amazon Pinpoint projects in Amazon Web Services Region
    us-east-1. In Regions where Amazon Pinpoint is available, user pools support sending
    events to Amazon Pinpoint projects within that same Region."""
    prevent_user_existence_errors: PreventUserExistenceErrorTypes | Unmodelled | None = ...
    """When `ENABLED`, suppresses messages that might indicate a valid user exists when someone
    attempts sign-in. This parameters sets your preference for the errors and responses that
    you want Amazon Cognito APIs to return during authentication, account confirmation, and
    password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and
    the user doesn't exist, authentication returns an error indicating either the username or
    password was incorrect. Account confirmation and password recovery return a response
    indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs
    return a `UserNotFoundException` exception if the user doesn't exist in the user pool.

    Defaults to `LEGACY`."""
    enable_token_revocation: bool | None = ...
    """Indicates whether token revocation is activated for the user pool client. When you create
    a new user pool client, token revocation is activated by default."""
    enable_propagate_additional_user_context_data: bool | None = ...
    """When `EnablePropagateAdditionalUserContextData` is true, Amazon Cognito accepts an
    `IpAddress` value that you send in the `UserContextData` parameter. The `UserContextData`
    parameter sends information to Amazon Cognito threat protection for risk analysis. You can
    send `UserContextData` when you sign in Amazon Cognito native users with the
    `InitiateAuth` and `RespondToAuthChallenge` API operations.

    When `EnablePropagateAdditionalUserContextData` is false, you can't send your user's
    source IP address to Amazon Cognito threat protection with unauthenticated API operations.
    `EnablePropagateAdditionalUserContextData` doesn't affect whether you can send a source IP
    address in a `ContextData` parameter with the authenticated API operations
    `AdminInitiateAuth` and `AdminRespondToAuthChallenge`.

    You can only activate `EnablePropagateAdditionalUserContextData` in an app client that has
    a client secret. For more information about propagation of user context data, see Adding
    user device and session data to API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint)."""
    auth_session_validity: int | None = ...
    """Amazon Cognito creates a session token for each API request in an authentication flow.
    `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool
    native user must respond to each authentication challenge before the session expires."""
    refresh_token_rotation: RefreshTokenRotationType | None = ...
    """The configuration of your app client for refresh token rotation. When enabled, your app
    client issues new ID, access, and refresh tokens when users renew their sessions with
    refresh tokens. When disabled, token refresh issues only ID and access tokens."""
    client_type: ClientTypeType | Unmodelled | None = ...
    """How the app client was created.

    REGULAR
        The app client wasn't created through dynamic client registration. For example, you
        created it with `CreateUserPoolClient`.

    DCR
        An application registered the app client through dynamic client registration. These
        app clients don't support client secret operations such as `AddUserPoolClientSecret`,
        and they can't hold the `aws.cognito/dcr/register` scope."""

class UserPoolMfaType(enum.StrEnum):
    """The values of UserPoolMfaType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    OFF = "OFF"
    ON = "ON"
    OPTIONAL = "OPTIONAL"

UserPoolMfaTypeValue: TypeAlias = Literal["OFF", "ON", "OPTIONAL"]
"""The values of UserPoolMfaType as literal strings, for type checkers: an input typed
``UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled`` takes ``UserPoolMfaType.OFF`` or
``'OFF'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class UserPoolPolicyType(Boto3Dicts):
    """A list of user pool policies. Contains the policy that sets password-complexity
    requirements."""

    password_policy: PasswordPolicyType | None = ...
    """The password policy settings for a user pool, including complexity, history, and length
    requirements."""
    sign_in_policy: SignInPolicyType | None = ...
    """The policy for allowed types of authentication in a user pool."""

@dataclass(kw_only=True)
class UserPoolReplicaType(Boto3Dicts):
    """Contains information about a replica user pool, including Region, status, role, and ARN."""

    region_name: str | None = ...
    """The Amazon Web Services Region where the replica is located."""
    status: ReplicaStatusType | Unmodelled | None = ...
    """The current status of the replica.

    CREATING
        The replica is being created.

    INACTIVE
        The replica has been created, but is not accepting requests for end-users.
        Administrator configuration operations are supported.

    ACTIVE
        The replica is available for both end-user and administrator operations.

    DELETING
        The replica is being deleted."""
    role: ReplicaRoleType | Unmodelled | None = ...
    """The role of the user pool replica that determines which API operations are enabled.

    PRIMARY
        The primary replica supports all end user and administrator operations.

    SECONDARY
        The secondary replica supports a limited set of end user and administrator operations.
        Generally, only administrator operations that set configurations specific to the
        replica, and only end-user operations that do not create or change attributes of a
        user are supported."""
    user_pool_arn: str | None = ...
    """The Amazon Resource Name (ARN) of the replica user pool."""

class UserPoolTierType(enum.StrEnum):
    """The values of UserPoolTierType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    LITE = "LITE"
    ESSENTIALS = "ESSENTIALS"
    PLUS = "PLUS"

UserPoolTierTypeValue: TypeAlias = Literal["LITE", "ESSENTIALS", "PLUS"]
"""The values of UserPoolTierType as literal strings, for type checkers: an input typed
``UserPoolTierType | UserPoolTierTypeValue | Unmodelled`` takes
``UserPoolTierType.LITE`` or ``'LITE'``, and a type checker reports a misspelt value.
``str`` at run time."""

@dataclass(kw_only=True)
class UserPoolTokenSessionConfigType(Boto3Dicts):
    """The pool-wide token session settings for a user pool."""

    max_per_user: int
    """The maximum number of active token sessions that a user can have across the user pool. The
    minimum value is `1` and the maximum value is `100`. The default is `20`. When a user
    reaches this limit, the next successful authentication automatically evicts that user's
    least recently used token session before it creates the new session. Lowering this value
    doesn't evict existing sessions on its own; the user is brought back within the limit on
    their next sign-in."""

@dataclass(kw_only=True)
class UserPoolType(Boto3Dicts):
    """The configuration of a user pool."""

    id: str | None = ...
    """The ID of the user pool."""
    name: str | None = ...
    """The name of the user pool."""
    policies: UserPoolPolicyType | None = ...
    """A list of user pool policies. Contains the policy that sets password-complexity
    requirements."""
    deletion_protection: DeletionProtectionType | Unmodelled | None = ...
    """When active, `DeletionProtection` prevents accidental deletion of your user pool. Before
    you can delete a user pool that you have protected against deletion, you must deactivate
    this feature.

    When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon
    Cognito returns an `InvalidParameterException` error. To delete a protected user pool,
    send a new `DeleteUserPool` request after you deactivate deletion protection in an
    `UpdateUserPool` API request."""
    lambda_config: LambdaConfigType | None = ...
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of user pool operations. Triggers can modify the outcome of the operations
    that invoked them."""
    status: StatusType | Unmodelled | None = ...
    """This parameter is no longer used."""
    last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    creation_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    schema_attributes: list[SchemaAttributeType] | None = ...
    """A list of the user attributes and their properties in your user pool. The attribute schema
    contains standard attributes, custom attributes with a `custom:` prefix, and developer
    attributes with a `dev:` prefix. For more information, see User pool attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).

    Developer-only attributes are a legacy feature of user pools, and are read-only to all app
    clients. You can create and update developer-only attributes only with IAM-authenticated
    API operations. Use app client read/write permissions instead."""
    auto_verified_attributes: list[VerifiedAttributeType | Unmodelled] | None = ...
    """The attributes that are auto-verified in a user pool."""
    alias_attributes: list[AliasAttributeType | Unmodelled] | None = ...
    """Attributes supported as an alias for this user pool. An alias is an attribute that users
    can enter as an alternative username. Possible values: phone_number, email, or
    preferred_username."""
    username_attributes: list[UsernameAttributeType | Unmodelled] | None = ...
    """Specifies whether a user can use an email address or phone number as a username when they
    sign up."""
    sms_verification_message: str | None = ...
    """This parameter is no longer used."""
    email_verification_message: str | None = ...
    """This parameter is no longer used."""
    email_verification_subject: str | None = ...
    """This parameter is no longer used."""
    verification_message_template: VerificationMessageTemplateType | None = ...
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute."""
    sms_authentication_message: str | None = ...
    """The contents of the SMS authentication message."""
    user_attribute_update_settings: UserAttributeUpdateSettingsType | None = ...
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""
    mfa_configuration: UserPoolMfaType | Unmodelled | None = ...
    """Can be one of the following values:

    - `OFF` - MFA tokens aren't required and can't be specified during user registration.
    - `ON` - MFA tokens are required for all user registrations. You can only specify required
      when you're initially creating a user pool.
    - `OPTIONAL` - Users have the option when registering to create an MFA token."""
    device_configuration: DeviceConfigurationType | None = ...
    """The device-remembering configuration for a user pool. A null value indicates that you have
    deactivated device remembering in your user pool.

    Note: When you provide a value for any `DeviceConfiguration` field, you activate the
    Amazon Cognito device-remembering feature."""
    estimated_number_of_users: int | None = ...
    """A number estimating the size of the user pool."""
    email_configuration: EmailConfigurationType | None = ...
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for messages from your
    user pool."""
    sms_configuration: SmsConfigurationType | None = ...
    """User pool configuration for delivery of SMS messages with Amazon Simple Notification
    Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you
    want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in
    your Amazon Web Services account."""
    user_pool_tags: dict[str, str] | None = ...
    """The tags that are assigned to the user pool. A tag is a label that you can apply to user
    pools to categorize and manage them in different ways, such as by purpose, owner,
    environment, or other criteria."""
    sms_configuration_failure: str | None = ...
    """The reason why the SMS configuration can't send the messages to your users.

    This message might include comma-separated values to describe why your SMS configuration
    can't send messages to user pool end users.

    InvalidSmsRoleAccessPolicyException
        The Identity and Access Management role that Amazon Cognito uses to send SMS messages
        isn't properly configured. For more information, see SmsConfigurationType
        (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html).

    SNSSandbox
        The Amazon Web Services account is in the SNS SMS Sandbox and messages will only reach
        verified end users. This parameter won't get populated with SNSSandbox if the user
        creating the user pool doesn't have SNS permissions. To learn how to move your Amazon
        Web Services account out of the sandbox, see Moving out of the SMS sandbox
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox-moving-to-production.html)."""
    email_configuration_failure: str | None = ...
    """Deprecated. Review error codes from API requests with
    `EventSource:cognito-idp.amazonaws.com` in CloudTrail for information about problems with
    user pool email configuration."""
    domain: str | None = ...
    """The domain prefix, if the user pool has a domain associated with it."""
    custom_domain: str | None = ...
    """A custom domain name that you provide to Amazon Cognito. This parameter applies only if
    you use a custom domain to host the sign-up and sign-in pages for your application. An
    example of a custom domain name might be `auth.example.com`.

    For more information about adding a custom domain to your user pool, see Using Your Own
    Domain for the Hosted UI
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html)."""
    admin_create_user_config: AdminCreateUserConfigType | None = ...
    """The configuration for `AdminCreateUser` requests."""
    user_pool_add_ons: UserPoolAddOnsType | None = ...
    """Contains settings for activation of threat protection, including the operating mode and
    additional authentication types. To log user security information but take no action, set
    to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to
    your user pool, set to `ENFORCED`.

    For more information, see Adding advanced security to a user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
    To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""
    dcr_configuration: DcrConfigurationType | None = ...
    """The dynamic client registration configuration for the user pool. With dynamic client
    registration, applications can register their own app clients at runtime through the
    registration endpoint of your user pool domain. To activate this setting, your user pool
    must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""
    username_configuration: UsernameConfigurationType | None = ...
    """Case sensitivity of the username input for the selected sign-in option. When case
    sensitivity is set to `False` (case insensitive), users can sign in with any combination
    of capital and lowercase letters. For example, `username`, `USERNAME`, or `UserName`, or
    for email, `email@example.com` or `EMaiL@eXamplE.Com`. For most use cases, set case
    sensitivity to `False` (case insensitive) as a best practice. When usernames and email
    addresses are case insensitive, Amazon Cognito treats any variation in case as the same
    user, and prevents a case variation from being assigned to the same attribute for a
    different user."""
    arn: str | None = ...
    """The Amazon Resource Name (ARN) of the user pool."""
    account_recovery_setting: AccountRecoverySettingType | None = ...
    """The available verified method a user can use to recover their password when they call
    `ForgotPassword`. You can use this setting to define a preferred method when a user has
    more than one method available. With this setting, SMS doesn't qualify for a valid
    password recovery mechanism if the user also has SMS multi-factor authentication (MFA)
    activated. In the absence of this setting, Amazon Cognito uses the legacy behavior to
    determine the recovery method where SMS is preferred through email."""
    user_pool_tier: UserPoolTierType | Unmodelled | None = ...
    """The user pool feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
    or tier. This parameter determines the eligibility of the user pool for features like
    managed login, access-token customization, and threat protection. Defaults to
    `ESSENTIALS`."""
    key_configuration: KeyConfigurationType | None = ...
    """The key configuration for the user pool, including encryption settings."""
    issuer_configuration: IssuerConfigurationType | None = ...
    """The issuer configuration for the user pool, including token issuing settings."""
    acr_configuration: dict[str, AcrLevelConfigType] | None = ...
    """The names of the authentication context class reference (ACR) levels for the user pool.
    Amazon Cognito always returns the effective configuration, with default names merged in
    for any level that you haven't customized.

    Configuring custom ACR level names requires the Essentials or Plus feature plan. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

class UserSessionTrackingType(enum.StrEnum):
    """The values of UserSessionTrackingType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

UserSessionTrackingTypeValue: TypeAlias = Literal["ENABLED", "DISABLED"]
"""The values of UserSessionTrackingType as literal strings, for type checkers: an input typed
``UserSessionTrackingType | UserSessionTrackingTypeValue | Unmodelled`` takes
``UserSessionTrackingType.ENABLED`` or ``'ENABLED'``, and a type checker reports a
misspelt value. ``str`` at run time."""

class UserStatusType(enum.StrEnum):
    """The values of UserStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    UNCONFIRMED = "UNCONFIRMED"
    CONFIRMED = "CONFIRMED"
    ARCHIVED = "ARCHIVED"
    COMPROMISED = "COMPROMISED"
    UNKNOWN = "UNKNOWN"
    RESET_REQUIRED = "RESET_REQUIRED"
    FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD"
    EXTERNAL_PROVIDER = "EXTERNAL_PROVIDER"

UserStatusTypeValue: TypeAlias = Literal[
    "UNCONFIRMED",
    "CONFIRMED",
    "ARCHIVED",
    "COMPROMISED",
    "UNKNOWN",
    "RESET_REQUIRED",
    "FORCE_CHANGE_PASSWORD",
    "EXTERNAL_PROVIDER",
]
"""The values of UserStatusType as literal strings, for type checkers: an input typed
``UserStatusType | UserStatusTypeValue | Unmodelled`` takes
``UserStatusType.UNCONFIRMED`` or ``'UNCONFIRMED'``, and a type checker reports a
misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class UserType(Boto3Dicts):
    """A user profile in a Amazon Cognito user pool."""

    username: str | None = ...
    """The user's username."""
    attributes: list[AttributeType] | None = ...
    """Names and values of a user's attributes, for example `email`."""
    user_create_date: datetime.datetime | None = ...
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""
    user_last_modified_date: datetime.datetime | None = ...
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""
    enabled: bool | None = ...
    """Indicates whether the user's account is enabled or disabled."""
    user_status: UserStatusType | Unmodelled | None = ...
    """The user status. This can be one of the following:

    - `UNCONFIRMED`: User has been created but not confirmed.
    - `CONFIRMED`: User has been confirmed.
    - `EXTERNAL_PROVIDER`: User signed in with a third-party IdP.
    - `RESET_REQUIRED`: User is confirmed, but the user must request a code and reset their
      password before they can sign in.
    - `FORCE_CHANGE_PASSWORD`: The user is confirmed and the user can sign in using a
      temporary password, but on first sign-in, the user must change their password to a new
      value before doing anything else.

    The statuses `ARCHIVED`, `UNKNOWN`, and `COMPROMISED` are no longer used."""
    mfa_options: list[MFAOptionType] | None = ...
    """The user's MFA configuration."""

class UserVerificationType(enum.StrEnum):
    """The values of UserVerificationType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REQUIRED = "required"
    PREFERRED = "preferred"

UserVerificationTypeValue: TypeAlias = Literal["required", "preferred"]
"""The values of UserVerificationType as literal strings, for type checkers: an input typed
``UserVerificationType | UserVerificationTypeValue | Unmodelled`` takes
``UserVerificationType.REQUIRED`` or ``'required'``, and a type checker reports a
misspelt value. ``str`` at run time."""

class UsernameAttributeType(enum.StrEnum):
    """The values of UsernameAttributeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PHONE_NUMBER = "phone_number"
    EMAIL = "email"

UsernameAttributeTypeValue: TypeAlias = Literal["phone_number", "email"]
"""The values of UsernameAttributeType as literal strings, for type checkers: an input typed
``UsernameAttributeType | UsernameAttributeTypeValue | Unmodelled`` takes
``UsernameAttributeType.PHONE_NUMBER`` or ``'phone_number'``, and a type checker reports
a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class UsernameConfigurationType(Boto3Dicts):
    """The configuration of a user pool for username case sensitivity."""

    case_sensitive: bool
    """Specifies whether user name case sensitivity will be applied for all users in the user
    pool through Amazon Cognito APIs. For most use cases, set case sensitivity to `False`
    (case insensitive) as a best practice. When usernames and email addresses are case
    insensitive, users can sign in as the same user when they enter a different capitalization
    of their user name.

    Valid values include:

    true
        Enables case sensitivity for all username input. When this option is set to `true`,
        users must sign in using the exact capitalization of their given username, such as
        "UserName". This is the default value.

    false
        Enables case insensitivity for all username input. For example, when this option is
        set to `false`, users can sign in using `username`, `USERNAME`, or `UserName`. This
        option also enables both `preferred_username` and `email` alias to be case
        insensitive, in addition to the `username` attribute."""

@dataclass(kw_only=True)
class VerificationMessageTemplateType(Boto3Dicts):
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute."""

    sms_message: str | None = ...
    """The template for SMS messages that Amazon Cognito sends to your users."""
    email_message: str | None = ...
    """The template for email messages that Amazon Cognito sends to your users. You can set an
    `EmailMessage` template only if the value of EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""
    email_subject: str | None = ...
    """The subject line for the email message template. You can set an `EmailSubject` template
    only if the value of EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""
    email_message_by_link: str | None = ...
    """The email message template for sending a confirmation link to the user. You can set an
    `EmailMessageByLink` template only if the value of EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""
    email_subject_by_link: str | None = ...
    """The subject line for the email message template for sending a confirmation link to the
    user. You can set an `EmailSubjectByLink` template only if the value of
    EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""
    default_email_option: (
        DefaultEmailOptionType | DefaultEmailOptionTypeValue | Unmodelled | None
    ) = ...
    """The configuration of verification emails to contain a clickable link or a verification
    code.

    For link, your template body must contain link text in the format `{##Click here##}`.
    "Click here" in the example is a customizable string. For code, your template body must
    contain a code placeholder in the format `{####}`."""

class VerifiedAttributeType(enum.StrEnum):
    """The values of VerifiedAttributeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PHONE_NUMBER = "phone_number"
    EMAIL = "email"

VerifiedAttributeTypeValue: TypeAlias = Literal["phone_number", "email"]
"""The values of VerifiedAttributeType as literal strings, for type checkers: an input typed
``VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled`` takes
``VerifiedAttributeType.PHONE_NUMBER`` or ``'phone_number'``, and a type checker reports
a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class WebAuthnConfigurationType(Boto3Dicts):
    """Settings for authentication (MFA) with passkey, or webauthN, biometric and security-key
    devices in a user pool. Configures the following:

    - Configuration for requiring user-verification support in passkeys.
    - The user pool relying-party ID. This is the domain, typically your user pool domain,
      that user's passkey providers should trust as a receiver of passkey authentication.
    - The providers that you want to allow as origins for passkey authentication."""

    relying_party_id: str | None = ...
    """Sets or displays the authentication domain, typically your user pool domain, that passkey
    providers must use as a relying party (RP) in their configuration.

    Under the following conditions, the passkey relying party ID must be the fully-qualified
    domain name of your custom domain:

    - The user pool is configured for passkey authentication.
    - The user pool has a custom domain, whether or not it also has a prefix domain.
    - Your application performs authentication with managed login or the classic hosted UI."""
    user_verification: UserVerificationType | UserVerificationTypeValue | Unmodelled | None = ...
    """When `required`, users can only register and sign in users with passkeys that are capable
    of user verification (https://www.w3.org/TR/webauthn-2/#enum-userVerificationRequirement).
    When `preferred`, your user pool doesn't require the use of authenticators with user
    verification but encourages it."""
    factor_configuration: (
        WebAuthnFactorConfigurationType | WebAuthnFactorConfigurationTypeValue | Unmodelled | None
    ) = ...
    """Sets whether passkeys can be used as multi-factor authentication (MFA). When set to
    `MULTI_FACTOR_WITH_USER_VERIFICATION`, passkey authentication with user verification
    satisfies MFA requirements. When set to `SINGLE_FACTOR` or not set, passkeys are a single
    authentication factor. To activate this setting, your user pool must be in the Essentials
    tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

class WebAuthnFactorConfigurationType(enum.StrEnum):
    """The configuration of passkey authentication as a single factor or a multi-factor
    authentication (MFA) method. When set to `MULTI_FACTOR_WITH_USER_VERIFICATION`, your user
    pool requires passkey authenticators to perform user verification
    (https://www.w3.org/TR/webauthn-2/#user-verification), for example a biometric or PIN.
    User verification combined with the passkey constitutes multi-factor authentication. When
    set to `SINGLE_FACTOR`, passkeys are a single authentication factor.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SINGLE_FACTOR = "SINGLE_FACTOR"
    MULTI_FACTOR_WITH_USER_VERIFICATION = "MULTI_FACTOR_WITH_USER_VERIFICATION"

WebAuthnFactorConfigurationTypeValue: TypeAlias = Literal[
    "SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"
]
"""The values of WebAuthnFactorConfigurationType as literal strings, for type checkers: an
input typed ``WebAuthnFactorConfigurationType | WebAuthnFactorConfigurationTypeValue |
Unmodelled`` takes ``WebAuthnFactorConfigurationType.SINGLE_FACTOR`` or
``'SINGLE_FACTOR'``, and a type checker reports a misspelt value. ``str`` at run time."""

@dataclass(kw_only=True)
class WebAuthnMfaSettingsType(Boto3Dicts):
    """A user's preference for using passkey, or WebAuthn, multi-factor authentication (MFA).
    Turns passkey MFA on and off for the user. Unlike other MFA settings types, this type
    doesn't include a `PreferredMfa` option because passkey MFA applies only when passkey is
    the first authentication factor."""

    enabled: bool | None = ...
    """Specifies whether passkey MFA is activated for a user. When activated, the user's passkey
    authentication requires user verification, and passkey sign-in is available when MFA is
    required. The user must also have at least one other MFA method such as SMS, TOTP, or
    email activated to prevent account lockout."""

__all__ = [
    "AccountRecoverySettingType",
    "AccountTakeoverActionType",
    "AccountTakeoverActionsType",
    "AccountTakeoverEventActionType",
    "AccountTakeoverEventActionTypeValue",
    "AccountTakeoverRiskConfigurationType",
    "AcrLevelConfigType",
    "AddCustomAttributesRequest",
    "AddCustomAttributesResponse",
    "AddUserPoolClientSecretRequest",
    "AddUserPoolClientSecretResponse",
    "AdminAddUserToGroupRequest",
    "AdminConfirmSignUpRequest",
    "AdminConfirmSignUpResponse",
    "AdminCreateUserConfigType",
    "AdminCreateUserRequest",
    "AdminCreateUserResponse",
    "AdminDeleteSoftwareTokenRequest",
    "AdminDeleteSoftwareTokenResponse",
    "AdminDeleteUserAttributesRequest",
    "AdminDeleteUserAttributesResponse",
    "AdminDeleteUserRequest",
    "AdminDisableProviderForUserRequest",
    "AdminDisableProviderForUserResponse",
    "AdminDisableUserRequest",
    "AdminDisableUserResponse",
    "AdminEnableUserRequest",
    "AdminEnableUserResponse",
    "AdminForgetDeviceRequest",
    "AdminGetDeviceRequest",
    "AdminGetDeviceResponse",
    "AdminGetUserAuthFactorsRequest",
    "AdminGetUserAuthFactorsResponse",
    "AdminGetUserRequest",
    "AdminGetUserResponse",
    "AdminInitiateAuthRequest",
    "AdminInitiateAuthResponse",
    "AdminLinkProviderForUserRequest",
    "AdminLinkProviderForUserResponse",
    "AdminListDevicesRequest",
    "AdminListDevicesResponse",
    "AdminListGroupsForUserRequest",
    "AdminListGroupsForUserResponse",
    "AdminListUserAuthEventsRequest",
    "AdminListUserAuthEventsResponse",
    "AdminListUserSessionsRequest",
    "AdminListUserSessionsResponse",
    "AdminRemoveUserFromGroupRequest",
    "AdminResetUserPasswordRequest",
    "AdminResetUserPasswordResponse",
    "AdminRespondToAuthChallengeRequest",
    "AdminRespondToAuthChallengeResponse",
    "AdminRevokeUserSessionRequest",
    "AdminRevokeUserSessionResponse",
    "AdminSetUserMFAPreferenceRequest",
    "AdminSetUserMFAPreferenceResponse",
    "AdminSetUserPasswordRequest",
    "AdminSetUserPasswordResponse",
    "AdminSetUserSettingsRequest",
    "AdminSetUserSettingsResponse",
    "AdminUpdateAuthEventFeedbackRequest",
    "AdminUpdateAuthEventFeedbackResponse",
    "AdminUpdateDeviceStatusRequest",
    "AdminUpdateDeviceStatusResponse",
    "AdminUpdateUserAttributesRequest",
    "AdminUpdateUserAttributesResponse",
    "AdminUserGlobalSignOutRequest",
    "AdminUserGlobalSignOutResponse",
    "AdvancedSecurityAdditionalFlowsType",
    "AdvancedSecurityEnabledModeType",
    "AdvancedSecurityEnabledModeTypeValue",
    "AdvancedSecurityModeType",
    "AdvancedSecurityModeTypeValue",
    "AliasAttributeType",
    "AliasAttributeTypeValue",
    "AnalyticsConfigurationType",
    "AnalyticsMetadataType",
    "AssetCategoryType",
    "AssetCategoryTypeValue",
    "AssetExtensionType",
    "AssetExtensionTypeValue",
    "AssetType",
    "AssociateSoftwareTokenRequest",
    "AssociateSoftwareTokenResponse",
    "AttributeDataType",
    "AttributeDataTypeValue",
    "AttributeType",
    "AuthEventType",
    "AuthFactorType",
    "AuthFactorTypeValue",
    "AuthFlowType",
    "AuthFlowTypeValue",
    "AuthenticationResultType",
    "CIMDCacheActionType",
    "CIMDCacheActionTypeValue",
    "CIMDPolicySummaryType",
    "CIMDPolicyType",
    "CancelPointInTimeRecoveryRequest",
    "CancelPointInTimeRecoveryResponse",
    "ChallengeName",
    "ChallengeNameType",
    "ChallengeNameTypeValue",
    "ChallengeNameValue",
    "ChallengeResponse",
    "ChallengeResponseType",
    "ChallengeResponseValue",
    "ChangePasswordRequest",
    "ChangePasswordResponse",
    "ClientAuthenticationResultType",
    "ClientMetadataURLType",
    "ClientSSOSessionConfigType",
    "ClientSecretDescriptorType",
    "ClientTypeType",
    "ClientTypeTypeValue",
    "CloudWatchLogsConfigurationType",
    "CodeDeliveryDetailsType",
    "ColorSchemeModeType",
    "ColorSchemeModeTypeValue",
    "CompleteWebAuthnRegistrationRequest",
    "CompleteWebAuthnRegistrationResponse",
    "CompromisedCredentialsActionsType",
    "CompromisedCredentialsEventActionType",
    "CompromisedCredentialsEventActionTypeValue",
    "CompromisedCredentialsRiskConfigurationType",
    "ConfirmDeviceRequest",
    "ConfirmDeviceResponse",
    "ConfirmForgotPasswordRequest",
    "ConfirmForgotPasswordResponse",
    "ConfirmSignUpRequest",
    "ConfirmSignUpResponse",
    "ContextDataType",
    "CreateCIMDPolicyRequest",
    "CreateCIMDPolicyResponse",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateIdentityProviderRequest",
    "CreateIdentityProviderResponse",
    "CreateManagedLoginBrandingRequest",
    "CreateManagedLoginBrandingResponse",
    "CreateResourceServerRequest",
    "CreateResourceServerResponse",
    "CreateTermsRequest",
    "CreateTermsResponse",
    "CreateUserImportJobRequest",
    "CreateUserImportJobResponse",
    "CreateUserPoolClientRequest",
    "CreateUserPoolClientResponse",
    "CreateUserPoolDomainRequest",
    "CreateUserPoolDomainResponse",
    "CreateUserPoolReplicaRequest",
    "CreateUserPoolReplicaResponse",
    "CreateUserPoolRequest",
    "CreateUserPoolResponse",
    "CustomDomainConfigType",
    "CustomEmailLambdaVersionConfigType",
    "CustomEmailSenderLambdaVersionType",
    "CustomEmailSenderLambdaVersionTypeValue",
    "CustomSMSLambdaVersionConfigType",
    "CustomSMSSenderLambdaVersionType",
    "CustomSMSSenderLambdaVersionTypeValue",
    "DcrConfigurationType",
    "DefaultEmailOptionType",
    "DefaultEmailOptionTypeValue",
    "DeleteCIMDPolicyRequest",
    "DeleteCIMDPolicyResponse",
    "DeleteGroupRequest",
    "DeleteIdentityProviderRequest",
    "DeleteManagedLoginBrandingRequest",
    "DeleteResourceServerRequest",
    "DeleteTermsRequest",
    "DeleteUserAttributesRequest",
    "DeleteUserAttributesResponse",
    "DeleteUserPoolClientRequest",
    "DeleteUserPoolClientSecretRequest",
    "DeleteUserPoolClientSecretResponse",
    "DeleteUserPoolDomainRequest",
    "DeleteUserPoolDomainResponse",
    "DeleteUserPoolReplicaRequest",
    "DeleteUserPoolReplicaResponse",
    "DeleteUserPoolRequest",
    "DeleteUserRequest",
    "DeleteWebAuthnCredentialRequest",
    "DeleteWebAuthnCredentialResponse",
    "DeletionProtectionType",
    "DeletionProtectionTypeValue",
    "DeliveryMediumType",
    "DeliveryMediumTypeValue",
    "DescribeCIMDPolicyRequest",
    "DescribeCIMDPolicyResponse",
    "DescribeIdentityProviderRequest",
    "DescribeIdentityProviderResponse",
    "DescribeManagedLoginBrandingByClientRequest",
    "DescribeManagedLoginBrandingByClientResponse",
    "DescribeManagedLoginBrandingRequest",
    "DescribeManagedLoginBrandingResponse",
    "DescribePointInTimeRecoveryRequest",
    "DescribePointInTimeRecoveryResponse",
    "DescribeResourceServerRequest",
    "DescribeResourceServerResponse",
    "DescribeRiskConfigurationRequest",
    "DescribeRiskConfigurationResponse",
    "DescribeTermsByClientRequest",
    "DescribeTermsByClientResponse",
    "DescribeTermsRequest",
    "DescribeTermsResponse",
    "DescribeUserImportJobRequest",
    "DescribeUserImportJobResponse",
    "DescribeUserPoolClientRequest",
    "DescribeUserPoolClientResponse",
    "DescribeUserPoolDomainRequest",
    "DescribeUserPoolDomainResponse",
    "DescribeUserPoolRequest",
    "DescribeUserPoolResponse",
    "DeviceConfigurationType",
    "DeviceRememberedStatusType",
    "DeviceRememberedStatusTypeValue",
    "DeviceSecretVerifierConfigType",
    "DeviceType",
    "DomainDescriptionType",
    "DomainStatusType",
    "DomainStatusTypeValue",
    "EmailConfigurationType",
    "EmailMfaConfigType",
    "EmailMfaSettingsType",
    "EmailSendingAccountType",
    "EmailSendingAccountTypeValue",
    "EncryptionKeyType",
    "EncryptionKeyTypeValue",
    "EumsSmsConfigurationType",
    "EventContextDataType",
    "EventFeedbackType",
    "EventFilterType",
    "EventFilterTypeValue",
    "EventResponseType",
    "EventResponseTypeValue",
    "EventRiskType",
    "EventSourceName",
    "EventSourceNameValue",
    "EventType",
    "EventTypeValue",
    "ExplicitAuthFlowsType",
    "ExplicitAuthFlowsTypeValue",
    "FailoverType",
    "FeatureType",
    "FeatureTypeValue",
    "FeedbackValueType",
    "FeedbackValueTypeValue",
    "FirehoseConfigurationType",
    "ForgetDeviceRequest",
    "ForgotPasswordRequest",
    "ForgotPasswordResponse",
    "GetCSVHeaderRequest",
    "GetCSVHeaderResponse",
    "GetClientTokenRequest",
    "GetClientTokenResponse",
    "GetDerivedTokenRequest",
    "GetDerivedTokenResponse",
    "GetDeviceRequest",
    "GetDeviceResponse",
    "GetGroupRequest",
    "GetGroupResponse",
    "GetIdentityProviderByIdentifierRequest",
    "GetIdentityProviderByIdentifierResponse",
    "GetLogDeliveryConfigurationRequest",
    "GetLogDeliveryConfigurationResponse",
    "GetProvisionedLimitRequest",
    "GetProvisionedLimitResponse",
    "GetSigningCertificateRequest",
    "GetSigningCertificateResponse",
    "GetTokensFromRefreshTokenRequest",
    "GetTokensFromRefreshTokenResponse",
    "GetUICustomizationRequest",
    "GetUICustomizationResponse",
    "GetUserAttributeVerificationCodeRequest",
    "GetUserAttributeVerificationCodeResponse",
    "GetUserAuthFactorsRequest",
    "GetUserAuthFactorsResponse",
    "GetUserPoolClientSessionConfigurationRequest",
    "GetUserPoolClientSessionConfigurationResponse",
    "GetUserPoolMfaConfigRequest",
    "GetUserPoolMfaConfigResponse",
    "GetUserPoolSessionConfigurationRequest",
    "GetUserPoolSessionConfigurationResponse",
    "GetUserRequest",
    "GetUserResponse",
    "GlobalSignOutRequest",
    "GlobalSignOutResponse",
    "GroupType",
    "HttpHeader",
    "IdentityProviderType",
    "IdentityProviderTypeType",
    "IdentityProviderTypeTypeValue",
    "InboundFederationLambdaType",
    "InboundFederationLambdaVersionType",
    "InboundFederationLambdaVersionTypeValue",
    "InitiateAuthRequest",
    "InitiateAuthResponse",
    "InitiatePointInTimeRecoveryRequest",
    "InitiatePointInTimeRecoveryResponse",
    "IssuedTokenTypeIdentifierType",
    "IssuedTokenTypeIdentifierTypeValue",
    "IssuerConfigurationType",
    "IssuerType",
    "IssuerTypeValue",
    "KeyConfigurationType",
    "LambdaConfigType",
    "LimitClass",
    "LimitClassValue",
    "LimitDefinitionType",
    "LimitType",
    "ListCIMDPoliciesRequest",
    "ListCIMDPoliciesResponse",
    "ListClientMetadataURLsRequest",
    "ListClientMetadataURLsResponse",
    "ListDevicesRequest",
    "ListDevicesResponse",
    "ListGroupsRequest",
    "ListGroupsResponse",
    "ListIdentityProvidersRequest",
    "ListIdentityProvidersResponse",
    "ListPointInTimeRecoveriesRequest",
    "ListPointInTimeRecoveriesResponse",
    "ListResourceServersRequest",
    "ListResourceServersResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "ListTermsRequest",
    "ListTermsResponse",
    "ListUserImportJobsRequest",
    "ListUserImportJobsResponse",
    "ListUserPoolClientSecretsRequest",
    "ListUserPoolClientSecretsResponse",
    "ListUserPoolClientsRequest",
    "ListUserPoolClientsResponse",
    "ListUserPoolReplicasRequest",
    "ListUserPoolReplicasResponse",
    "ListUserPoolsRequest",
    "ListUserPoolsResponse",
    "ListUserSessionsRequest",
    "ListUserSessionsResponse",
    "ListUsersInGroupRequest",
    "ListUsersInGroupResponse",
    "ListUsersRequest",
    "ListUsersResponse",
    "ListWebAuthnCredentialsRequest",
    "ListWebAuthnCredentialsResponse",
    "LogConfigurationType",
    "LogDeliveryConfigurationType",
    "LogLevel",
    "LogLevelValue",
    "MFAOptionType",
    "ManagedLoginBrandingType",
    "MessageActionType",
    "MessageActionTypeValue",
    "MessageTemplateType",
    "NewDeviceMetadataType",
    "NotifyConfigurationType",
    "NotifyEmailType",
    "NumberAttributeConstraintsType",
    "OAuthFlowType",
    "OAuthFlowTypeValue",
    "OAuthTokenTypeType",
    "OAuthTokenTypeTypeValue",
    "PasswordHashingAlgorithmType",
    "PasswordHashingAlgorithmTypeValue",
    "PasswordPolicyType",
    "PreTokenGenerationLambdaVersionType",
    "PreTokenGenerationLambdaVersionTypeValue",
    "PreTokenGenerationVersionConfigType",
    "PreventUserExistenceErrorTypes",
    "PreventUserExistenceErrorTypesValue",
    "ProviderDescription",
    "ProviderUserIdentifierType",
    "RecoveryOptionNameType",
    "RecoveryOptionNameTypeValue",
    "RecoveryOptionType",
    "RefreshTokenRotationType",
    "ReplicaRoleType",
    "ReplicaRoleTypeValue",
    "ReplicaStatusType",
    "ReplicaStatusTypeValue",
    "ResendConfirmationCodeRequest",
    "ResendConfirmationCodeResponse",
    "ResourceServerManagedByType",
    "ResourceServerManagedByTypeValue",
    "ResourceServerScopeType",
    "ResourceServerType",
    "RespondToAuthChallengeRequest",
    "RespondToAuthChallengeResponse",
    "RestorationDescriptionType",
    "RestorationType",
    "RestorePreviewType",
    "RestoreStatusType",
    "RestoreStatusTypeValue",
    "RevokeAssociatedSessionsType",
    "RevokeAssociatedSessionsTypeValue",
    "RevokeTokenRequest",
    "RevokeTokenResponse",
    "RevokeUserSessionRequest",
    "RevokeUserSessionResponse",
    "RiskConfigurationType",
    "RiskDecisionType",
    "RiskDecisionTypeValue",
    "RiskExceptionConfigurationType",
    "RiskLevelType",
    "RiskLevelTypeValue",
    "RoutingType",
    "S3ConfigurationType",
    "SMSMfaSettingsType",
    "SchemaAttributeType",
    "SecurityPolicyType",
    "SecurityPolicyTypeValue",
    "SessionDescriptionType",
    "SessionLocationType",
    "SessionTypeType",
    "SessionTypeTypeValue",
    "SetLogDeliveryConfigurationRequest",
    "SetLogDeliveryConfigurationResponse",
    "SetRiskConfigurationRequest",
    "SetRiskConfigurationResponse",
    "SetUICustomizationRequest",
    "SetUICustomizationResponse",
    "SetUserMFAPreferenceRequest",
    "SetUserMFAPreferenceResponse",
    "SetUserPoolClientSessionConfigurationRequest",
    "SetUserPoolClientSessionConfigurationResponse",
    "SetUserPoolMfaConfigRequest",
    "SetUserPoolMfaConfigResponse",
    "SetUserPoolSessionConfigurationRequest",
    "SetUserPoolSessionConfigurationResponse",
    "SetUserSettingsRequest",
    "SetUserSettingsResponse",
    "SignInPolicyType",
    "SignUpRequest",
    "SignUpResponse",
    "SmsConfigurationType",
    "SmsMfaConfigType",
    "SoftwareTokenMfaConfigType",
    "SoftwareTokenMfaSettingsType",
    "StartPointInTimeRecoveryRequest",
    "StartPointInTimeRecoveryResponse",
    "StartUserImportJobRequest",
    "StartUserImportJobResponse",
    "StartWebAuthnRegistrationRequest",
    "StartWebAuthnRegistrationResponse",
    "StatusType",
    "StatusTypeValue",
    "StopUserImportJobRequest",
    "StopUserImportJobResponse",
    "StringAttributeConstraintsType",
    "TagResourceRequest",
    "TagResourceResponse",
    "TermsDescriptionType",
    "TermsEnforcementType",
    "TermsEnforcementTypeValue",
    "TermsSourceType",
    "TermsSourceTypeValue",
    "TermsType",
    "TimeUnitsType",
    "TimeUnitsTypeValue",
    "TokenTypeIdentifierType",
    "TokenTypeIdentifierTypeValue",
    "TokenValidityUnitsType",
    "UICustomizationType",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateAuthEventFeedbackRequest",
    "UpdateAuthEventFeedbackResponse",
    "UpdateCIMDPolicyRequest",
    "UpdateCIMDPolicyResponse",
    "UpdateClientMetadataURLStateRequest",
    "UpdateClientMetadataURLStateResponse",
    "UpdateDeviceStatusRequest",
    "UpdateDeviceStatusResponse",
    "UpdateGroupRequest",
    "UpdateGroupResponse",
    "UpdateIdentityProviderRequest",
    "UpdateIdentityProviderResponse",
    "UpdateManagedLoginBrandingRequest",
    "UpdateManagedLoginBrandingResponse",
    "UpdateProvisionedLimitRequest",
    "UpdateProvisionedLimitResponse",
    "UpdateReplicaStatusType",
    "UpdateReplicaStatusTypeValue",
    "UpdateResourceServerRequest",
    "UpdateResourceServerResponse",
    "UpdateTermsRequest",
    "UpdateTermsResponse",
    "UpdateUserAttributesRequest",
    "UpdateUserAttributesResponse",
    "UpdateUserPoolClientRequest",
    "UpdateUserPoolClientResponse",
    "UpdateUserPoolDomainRequest",
    "UpdateUserPoolDomainResponse",
    "UpdateUserPoolReplicaRequest",
    "UpdateUserPoolReplicaResponse",
    "UpdateUserPoolRequest",
    "UpdateUserPoolResponse",
    "UserAttributeUpdateSettingsType",
    "UserContextDataType",
    "UserImportJobStatusType",
    "UserImportJobStatusTypeValue",
    "UserImportJobType",
    "UserPoolAddOnsType",
    "UserPoolClientDescription",
    "UserPoolClientType",
    "UserPoolDescriptionType",
    "UserPoolMfaType",
    "UserPoolMfaTypeValue",
    "UserPoolPolicyType",
    "UserPoolReplicaType",
    "UserPoolTierType",
    "UserPoolTierTypeValue",
    "UserPoolTokenSessionConfigType",
    "UserPoolType",
    "UserSessionTrackingType",
    "UserSessionTrackingTypeValue",
    "UserStatusType",
    "UserStatusTypeValue",
    "UserType",
    "UserVerificationType",
    "UserVerificationTypeValue",
    "UsernameAttributeType",
    "UsernameAttributeTypeValue",
    "UsernameConfigurationType",
    "VerificationMessageTemplateType",
    "VerifiedAttributeType",
    "VerifiedAttributeTypeValue",
    "VerifySoftwareTokenRequest",
    "VerifySoftwareTokenResponse",
    "VerifySoftwareTokenResponseType",
    "VerifySoftwareTokenResponseTypeValue",
    "VerifyUserAttributeRequest",
    "VerifyUserAttributeResponse",
    "WebAuthnConfigurationType",
    "WebAuthnCredentialDescription",
    "WebAuthnFactorConfigurationType",
    "WebAuthnFactorConfigurationTypeValue",
    "WebAuthnMfaSettingsType",
]
