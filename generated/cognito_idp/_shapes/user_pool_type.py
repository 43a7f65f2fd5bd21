# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import (
    account_recovery_setting_type as _shapes_account_recovery_setting_type,
)
from cognito_idp._shapes import acr_level_config_type as _shapes_acr_level_config_type
from cognito_idp._shapes import (
    admin_create_user_config_type as _shapes_admin_create_user_config_type,
)
from cognito_idp._shapes import alias_attribute_type as _shapes_alias_attribute_type
from cognito_idp._shapes import dcr_configuration_type as _shapes_dcr_configuration_type
from cognito_idp._shapes import deletion_protection_type as _shapes_deletion_protection_type
from cognito_idp._shapes import device_configuration_type as _shapes_device_configuration_type
from cognito_idp._shapes import email_configuration_type as _shapes_email_configuration_type
from cognito_idp._shapes import issuer_configuration_type as _shapes_issuer_configuration_type
from cognito_idp._shapes import key_configuration_type as _shapes_key_configuration_type
from cognito_idp._shapes import lambda_config_type as _shapes_lambda_config_type
from cognito_idp._shapes import schema_attribute_type as _shapes_schema_attribute_type
from cognito_idp._shapes import sms_configuration_type as _shapes_sms_configuration_type
from cognito_idp._shapes import status_type as _shapes_status_type
from cognito_idp._shapes import (
    user_attribute_update_settings_type as _shapes_user_attribute_update_settings_type,
)
from cognito_idp._shapes import user_pool_add_ons_type as _shapes_user_pool_add_ons_type
from cognito_idp._shapes import user_pool_mfa_type as _shapes_user_pool_mfa_type
from cognito_idp._shapes import user_pool_policy_type as _shapes_user_pool_policy_type
from cognito_idp._shapes import user_pool_tier_type as _shapes_user_pool_tier_type
from cognito_idp._shapes import username_attribute_type as _shapes_username_attribute_type
from cognito_idp._shapes import username_configuration_type as _shapes_username_configuration_type
from cognito_idp._shapes import (
    verification_message_template_type as _shapes_verification_message_template_type,
)
from cognito_idp._shapes import verified_attribute_type as _shapes_verified_attribute_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_recovery_setting_type import AccountRecoverySettingType
    from cognito_idp._shapes.acr_level_config_type import AcrLevelConfigType
    from cognito_idp._shapes.admin_create_user_config_type import AdminCreateUserConfigType
    from cognito_idp._shapes.alias_attribute_type import AliasAttributeType
    from cognito_idp._shapes.dcr_configuration_type import DcrConfigurationType
    from cognito_idp._shapes.deletion_protection_type import DeletionProtectionType
    from cognito_idp._shapes.device_configuration_type import DeviceConfigurationType
    from cognito_idp._shapes.email_configuration_type import EmailConfigurationType
    from cognito_idp._shapes.issuer_configuration_type import IssuerConfigurationType
    from cognito_idp._shapes.key_configuration_type import KeyConfigurationType
    from cognito_idp._shapes.lambda_config_type import LambdaConfigType
    from cognito_idp._shapes.schema_attribute_type import SchemaAttributeType
    from cognito_idp._shapes.sms_configuration_type import SmsConfigurationType
    from cognito_idp._shapes.status_type import StatusType
    from cognito_idp._shapes.user_attribute_update_settings_type import (
        UserAttributeUpdateSettingsType,
    )
    from cognito_idp._shapes.user_pool_add_ons_type import UserPoolAddOnsType
    from cognito_idp._shapes.user_pool_mfa_type import UserPoolMfaType
    from cognito_idp._shapes.user_pool_policy_type import UserPoolPolicyType
    from cognito_idp._shapes.user_pool_tier_type import UserPoolTierType
    from cognito_idp._shapes.username_attribute_type import UsernameAttributeType
    from cognito_idp._shapes.username_configuration_type import UsernameConfigurationType
    from cognito_idp._shapes.verification_message_template_type import (
        VerificationMessageTemplateType,
    )
    from cognito_idp._shapes.verified_attribute_type import VerifiedAttributeType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UserPoolType(Boto3Dicts):
    """The configuration of a user pool."""

    id: str | None = None
    """The ID of the user pool."""

    name: str | None = None
    """The name of the user pool."""

    policies: UserPoolPolicyType | None = None
    """A list of user pool policies. Contains the policy that sets password-complexity
    requirements."""

    deletion_protection: DeletionProtectionType | Unmodelled | None = None
    """When active, `DeletionProtection` prevents accidental deletion of your user pool. Before
    you can delete a user pool that you have protected against deletion, you must deactivate
    this feature.

    When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon
    Cognito returns an `InvalidParameterException` error. To delete a protected user pool,
    send a new `DeleteUserPool` request after you deactivate deletion protection in an
    `UpdateUserPool` API request."""

    lambda_config: LambdaConfigType | None = None
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of user pool operations. Triggers can modify the outcome of the operations
    that invoked them."""

    status: StatusType | Unmodelled | None = None
    """This parameter is no longer used."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    schema_attributes: list[SchemaAttributeType] | None = None
    """A list of the user attributes and their properties in your user pool. The attribute schema
    contains standard attributes, custom attributes with a `custom:` prefix, and developer
    attributes with a `dev:` prefix. For more information, see User pool attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).

    Developer-only attributes are a legacy feature of user pools, and are read-only to all app
    clients. You can create and update developer-only attributes only with IAM-authenticated
    API operations. Use app client read/write permissions instead."""

    auto_verified_attributes: list[VerifiedAttributeType | Unmodelled] | None = None
    """The attributes that are auto-verified in a user pool."""

    alias_attributes: list[AliasAttributeType | Unmodelled] | None = None
    """Attributes supported as an alias for this user pool. An alias is an attribute that users
    can enter as an alternative username. Possible values: phone_number, email, or
    preferred_username."""

    username_attributes: list[UsernameAttributeType | Unmodelled] | None = None
    """Specifies whether a user can use an email address or phone number as a username when they
    sign up."""

    sms_verification_message: str | None = None
    """This parameter is no longer used."""

    email_verification_message: str | None = None
    """This parameter is no longer used."""

    email_verification_subject: str | None = None
    """This parameter is no longer used."""

    verification_message_template: VerificationMessageTemplateType | None = None
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute."""

    sms_authentication_message: str | None = None
    """The contents of the SMS authentication message."""

    user_attribute_update_settings: UserAttributeUpdateSettingsType | None = None
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""

    mfa_configuration: UserPoolMfaType | Unmodelled | None = None
    """Can be one of the following values:

    - `OFF` - MFA tokens aren't required and can't be specified during user registration.
    - `ON` - MFA tokens are required for all user registrations. You can only specify required
      when you're initially creating a user pool.
    - `OPTIONAL` - Users have the option when registering to create an MFA token."""

    device_configuration: DeviceConfigurationType | None = None
    """The device-remembering configuration for a user pool. A null value indicates that you have
    deactivated device remembering in your user pool.

    Note: When you provide a value for any `DeviceConfiguration` field, you activate the
    Amazon Cognito device-remembering feature."""

    estimated_number_of_users: int | None = None
    """A number estimating the size of the user pool."""

    email_configuration: EmailConfigurationType | None = None
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for messages from your
    user pool."""

    sms_configuration: SmsConfigurationType | None = None
    """User pool configuration for delivery of SMS messages with Amazon Simple Notification
    Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you
    want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in
    your Amazon Web Services account."""

    user_pool_tags: dict[str, str] | None = None
    """The tags that are assigned to the user pool. A tag is a label that you can apply to user
    pools to categorize and manage them in different ways, such as by purpose, owner,
    environment, or other criteria."""

    sms_configuration_failure: str | None = None
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

    email_configuration_failure: str | None = None
    """Deprecated. Review error codes from API requests with
    `EventSource:cognito-idp.amazonaws.com` in CloudTrail for information about problems with
    user pool email configuration."""

    domain: str | None = None
    """The domain prefix, if the user pool has a domain associated with it."""

    custom_domain: str | None = None
    """A custom domain name that you provide to Amazon Cognito. This parameter applies only if
    you use a custom domain to host the sign-up and sign-in pages for your application. An
    example of a custom domain name might be `auth.example.com`.

    For more information about adding a custom domain to your user pool, see Using Your Own
    Domain for the Hosted UI
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html)."""

    admin_create_user_config: AdminCreateUserConfigType | None = None
    """The configuration for `AdminCreateUser` requests."""

    user_pool_add_ons: UserPoolAddOnsType | None = None
    """Contains settings for activation of threat protection, including the operating mode and
    additional authentication types. To log user security information but take no action, set
    to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to
    your user pool, set to `ENFORCED`.

    For more information, see Adding advanced security to a user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
    To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""

    dcr_configuration: DcrConfigurationType | None = None
    """The dynamic client registration configuration for the user pool. With dynamic client
    registration, applications can register their own app clients at runtime through the
    registration endpoint of your user pool domain. To activate this setting, your user pool
    must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    username_configuration: UsernameConfigurationType | None = None
    """Case sensitivity of the username input for the selected sign-in option. When case
    sensitivity is set to `False` (case insensitive), users can sign in with any combination
    of capital and lowercase letters. For example, `username`, `USERNAME`, or `UserName`, or
    for email, `email@example.com` or `EMaiL@eXamplE.Com`. For most use cases, set case
    sensitivity to `False` (case insensitive) as a best practice. When usernames and email
    addresses are case insensitive, Amazon Cognito treats any variation in case as the same
    user, and prevents a case variation from being assigned to the same attribute for a
    different user."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the user pool."""

    account_recovery_setting: AccountRecoverySettingType | None = None
    """The available verified method a user can use to recover their password when they call
    `ForgotPassword`. You can use this setting to define a preferred method when a user has
    more than one method available. With this setting, SMS doesn't qualify for a valid
    password recovery mechanism if the user also has SMS multi-factor authentication (MFA)
    activated. In the absence of this setting, Amazon Cognito uses the legacy behavior to
    determine the recovery method where SMS is preferred through email."""

    user_pool_tier: UserPoolTierType | Unmodelled | None = None
    """The user pool feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
    or tier. This parameter determines the eligibility of the user pool for features like
    managed login, access-token customization, and threat protection. Defaults to
    `ESSENTIALS`."""

    key_configuration: KeyConfigurationType | None = None
    """The key configuration for the user pool, including encryption settings."""

    issuer_configuration: IssuerConfigurationType | None = None
    """The issuer configuration for the user pool, including token issuing settings."""

    acr_configuration: dict[str, AcrLevelConfigType] | None = None
    """The names of the authentication context class reference (ACR) levels for the user pool.
    Amazon Cognito always returns the effective configuration, with default names merged in
    for any level that you haven't customized.

    Configuring custom ACR level names requires the Essentials or Plus feature plan. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""


def parse_UserPoolType(value: object, path: str) -> UserPoolType:
    m = _s.expect_object(value, path)
    x = m.get("Id")
    f_id = None if x is None else _s.parse_str(x, path + ".Id")
    x = m.get("Name")
    f_name = None if x is None else _s.parse_str(x, path + ".Name")
    x = m.get("Policies")
    f_policies = (
        None
        if x is None
        else _shapes_user_pool_policy_type.parse_UserPoolPolicyType(x, path + ".Policies")
    )
    x = m.get("DeletionProtection")
    f_deletion_protection = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_deletion_protection_type.DeletionProtectionType, x, path + ".DeletionProtection"
        )
    )
    x = m.get("LambdaConfig")
    f_lambda_config = (
        None
        if x is None
        else _shapes_lambda_config_type.parse_LambdaConfigType(x, path + ".LambdaConfig")
    )
    x = m.get("Status")
    f_status = (
        None if x is None else _s.parse_enum(_shapes_status_type.StatusType, x, path + ".Status")
    )
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("SchemaAttributes")
    f_schema_attributes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".SchemaAttributes",
            lambda x, p: _shapes_schema_attribute_type.parse_SchemaAttributeType(x, p),
        )
    )
    x = m.get("AutoVerifiedAttributes")
    f_auto_verified_attributes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".AutoVerifiedAttributes",
            lambda x, p: _s.parse_enum(_shapes_verified_attribute_type.VerifiedAttributeType, x, p),
        )
    )
    x = m.get("AliasAttributes")
    f_alias_attributes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".AliasAttributes",
            lambda x, p: _s.parse_enum(_shapes_alias_attribute_type.AliasAttributeType, x, p),
        )
    )
    x = m.get("UsernameAttributes")
    f_username_attributes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".UsernameAttributes",
            lambda x, p: _s.parse_enum(_shapes_username_attribute_type.UsernameAttributeType, x, p),
        )
    )
    x = m.get("SmsVerificationMessage")
    f_sms_verification_message = (
        None if x is None else _s.parse_str(x, path + ".SmsVerificationMessage")
    )
    x = m.get("EmailVerificationMessage")
    f_email_verification_message = (
        None if x is None else _s.parse_str(x, path + ".EmailVerificationMessage")
    )
    x = m.get("EmailVerificationSubject")
    f_email_verification_subject = (
        None if x is None else _s.parse_str(x, path + ".EmailVerificationSubject")
    )
    x = m.get("VerificationMessageTemplate")
    f_verification_message_template = (
        None
        if x is None
        else _shapes_verification_message_template_type.parse_VerificationMessageTemplateType(
            x, path + ".VerificationMessageTemplate"
        )
    )
    x = m.get("SmsAuthenticationMessage")
    f_sms_authentication_message = (
        None if x is None else _s.parse_str(x, path + ".SmsAuthenticationMessage")
    )
    x = m.get("UserAttributeUpdateSettings")
    f_user_attribute_update_settings = (
        None
        if x is None
        else _shapes_user_attribute_update_settings_type.parse_UserAttributeUpdateSettingsType(
            x, path + ".UserAttributeUpdateSettings"
        )
    )
    x = m.get("MfaConfiguration")
    f_mfa_configuration = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_user_pool_mfa_type.UserPoolMfaType, x, path + ".MfaConfiguration"
        )
    )
    x = m.get("DeviceConfiguration")
    f_device_configuration = (
        None
        if x is None
        else _shapes_device_configuration_type.parse_DeviceConfigurationType(
            x, path + ".DeviceConfiguration"
        )
    )
    x = m.get("EstimatedNumberOfUsers")
    f_estimated_number_of_users = (
        None if x is None else _s.parse_int(x, path + ".EstimatedNumberOfUsers")
    )
    x = m.get("EmailConfiguration")
    f_email_configuration = (
        None
        if x is None
        else _shapes_email_configuration_type.parse_EmailConfigurationType(
            x, path + ".EmailConfiguration"
        )
    )
    x = m.get("SmsConfiguration")
    f_sms_configuration = (
        None
        if x is None
        else _shapes_sms_configuration_type.parse_SmsConfigurationType(
            x, path + ".SmsConfiguration"
        )
    )
    x = m.get("UserPoolTags")
    f_user_pool_tags = (
        None
        if x is None
        else _s.parse_map(x, path + ".UserPoolTags", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("SmsConfigurationFailure")
    f_sms_configuration_failure = (
        None if x is None else _s.parse_str(x, path + ".SmsConfigurationFailure")
    )
    x = m.get("EmailConfigurationFailure")
    f_email_configuration_failure = (
        None if x is None else _s.parse_str(x, path + ".EmailConfigurationFailure")
    )
    x = m.get("Domain")
    f_domain = None if x is None else _s.parse_str(x, path + ".Domain")
    x = m.get("CustomDomain")
    f_custom_domain = None if x is None else _s.parse_str(x, path + ".CustomDomain")
    x = m.get("AdminCreateUserConfig")
    f_admin_create_user_config = (
        None
        if x is None
        else _shapes_admin_create_user_config_type.parse_AdminCreateUserConfigType(
            x, path + ".AdminCreateUserConfig"
        )
    )
    x = m.get("UserPoolAddOns")
    f_user_pool_add_ons = (
        None
        if x is None
        else _shapes_user_pool_add_ons_type.parse_UserPoolAddOnsType(x, path + ".UserPoolAddOns")
    )
    x = m.get("DcrConfiguration")
    f_dcr_configuration = (
        None
        if x is None
        else _shapes_dcr_configuration_type.parse_DcrConfigurationType(
            x, path + ".DcrConfiguration"
        )
    )
    x = m.get("UsernameConfiguration")
    f_username_configuration = (
        None
        if x is None
        else _shapes_username_configuration_type.parse_UsernameConfigurationType(
            x, path + ".UsernameConfiguration"
        )
    )
    x = m.get("Arn")
    f_arn = None if x is None else _s.parse_str(x, path + ".Arn")
    x = m.get("AccountRecoverySetting")
    f_account_recovery_setting = (
        None
        if x is None
        else _shapes_account_recovery_setting_type.parse_AccountRecoverySettingType(
            x, path + ".AccountRecoverySetting"
        )
    )
    x = m.get("UserPoolTier")
    f_user_pool_tier = (
        None
        if x is None
        else _s.parse_enum(_shapes_user_pool_tier_type.UserPoolTierType, x, path + ".UserPoolTier")
    )
    x = m.get("KeyConfiguration")
    f_key_configuration = (
        None
        if x is None
        else _shapes_key_configuration_type.parse_KeyConfigurationType(
            x, path + ".KeyConfiguration"
        )
    )
    x = m.get("IssuerConfiguration")
    f_issuer_configuration = (
        None
        if x is None
        else _shapes_issuer_configuration_type.parse_IssuerConfigurationType(
            x, path + ".IssuerConfiguration"
        )
    )
    x = m.get("AcrConfiguration")
    f_acr_configuration = (
        None
        if x is None
        else _s.parse_map(
            x,
            path + ".AcrConfiguration",
            lambda x, p: _shapes_acr_level_config_type.parse_AcrLevelConfigType(x, p),
        )
    )
    obj = _dc.new(UserPoolType)
    obj.id = f_id
    obj.name = f_name
    obj.policies = f_policies
    obj.deletion_protection = f_deletion_protection
    obj.lambda_config = f_lambda_config
    obj.status = f_status
    obj.last_modified_date = f_last_modified_date
    obj.creation_date = f_creation_date
    obj.schema_attributes = f_schema_attributes
    obj.auto_verified_attributes = f_auto_verified_attributes
    obj.alias_attributes = f_alias_attributes
    obj.username_attributes = f_username_attributes
    obj.sms_verification_message = f_sms_verification_message
    obj.email_verification_message = f_email_verification_message
    obj.email_verification_subject = f_email_verification_subject
    obj.verification_message_template = f_verification_message_template
    obj.sms_authentication_message = f_sms_authentication_message
    obj.user_attribute_update_settings = f_user_attribute_update_settings
    obj.mfa_configuration = f_mfa_configuration
    obj.device_configuration = f_device_configuration
    obj.estimated_number_of_users = f_estimated_number_of_users
    obj.email_configuration = f_email_configuration
    obj.sms_configuration = f_sms_configuration
    obj.user_pool_tags = f_user_pool_tags
    obj.sms_configuration_failure = f_sms_configuration_failure
    obj.email_configuration_failure = f_email_configuration_failure
    obj.domain = f_domain
    obj.custom_domain = f_custom_domain
    obj.admin_create_user_config = f_admin_create_user_config
    obj.user_pool_add_ons = f_user_pool_add_ons
    obj.dcr_configuration = f_dcr_configuration
    obj.username_configuration = f_username_configuration
    obj.arn = f_arn
    obj.account_recovery_setting = f_account_recovery_setting
    obj.user_pool_tier = f_user_pool_tier
    obj.key_configuration = f_key_configuration
    obj.issuer_configuration = f_issuer_configuration
    obj.acr_configuration = f_acr_configuration
    return obj
