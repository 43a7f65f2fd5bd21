# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateUserPool: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cognito_idp._shapes import (
    account_recovery_setting_type as _shapes_account_recovery_setting_type,
)
from cognito_idp._shapes import acr_level_config_type as _shapes_acr_level_config_type
from cognito_idp._shapes import (
    admin_create_user_config_type as _shapes_admin_create_user_config_type,
)
from cognito_idp._shapes import dcr_configuration_type as _shapes_dcr_configuration_type
from cognito_idp._shapes import device_configuration_type as _shapes_device_configuration_type
from cognito_idp._shapes import email_configuration_type as _shapes_email_configuration_type
from cognito_idp._shapes import issuer_configuration_type as _shapes_issuer_configuration_type
from cognito_idp._shapes import key_configuration_type as _shapes_key_configuration_type
from cognito_idp._shapes import lambda_config_type as _shapes_lambda_config_type
from cognito_idp._shapes import sms_configuration_type as _shapes_sms_configuration_type
from cognito_idp._shapes import (
    user_attribute_update_settings_type as _shapes_user_attribute_update_settings_type,
)
from cognito_idp._shapes import user_pool_add_ons_type as _shapes_user_pool_add_ons_type
from cognito_idp._shapes import user_pool_policy_type as _shapes_user_pool_policy_type
from cognito_idp._shapes import (
    verification_message_template_type as _shapes_verification_message_template_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_recovery_setting_type import AccountRecoverySettingType
    from cognito_idp._shapes.acr_level_config_type import AcrLevelConfigType
    from cognito_idp._shapes.admin_create_user_config_type import AdminCreateUserConfigType
    from cognito_idp._shapes.dcr_configuration_type import DcrConfigurationType
    from cognito_idp._shapes.deletion_protection_type import (
        DeletionProtectionType,
        DeletionProtectionTypeValue,
    )
    from cognito_idp._shapes.device_configuration_type import DeviceConfigurationType
    from cognito_idp._shapes.email_configuration_type import EmailConfigurationType
    from cognito_idp._shapes.issuer_configuration_type import IssuerConfigurationType
    from cognito_idp._shapes.key_configuration_type import KeyConfigurationType
    from cognito_idp._shapes.lambda_config_type import LambdaConfigType
    from cognito_idp._shapes.sms_configuration_type import SmsConfigurationType
    from cognito_idp._shapes.user_attribute_update_settings_type import (
        UserAttributeUpdateSettingsType,
    )
    from cognito_idp._shapes.user_pool_add_ons_type import UserPoolAddOnsType
    from cognito_idp._shapes.user_pool_mfa_type import UserPoolMfaType, UserPoolMfaTypeValue
    from cognito_idp._shapes.user_pool_policy_type import UserPoolPolicyType
    from cognito_idp._shapes.user_pool_tier_type import UserPoolTierType, UserPoolTierTypeValue
    from cognito_idp._shapes.verification_message_template_type import (
        VerificationMessageTemplateType,
    )
    from cognito_idp._shapes.verified_attribute_type import (
        VerifiedAttributeType,
        VerifiedAttributeTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UpdateUserPoolRequest(Boto3Dicts):
    """Represents the request to update the user pool."""

    user_pool_id: str
    """The ID of the user pool you want to update."""

    policies: UserPoolPolicyType | None = None
    """The password policy and sign-in policy in the user pool. The password policy sets options
    like password complexity requirements and password history. The sign-in policy sets the
    options available to applications in choice-based authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice)."""

    deletion_protection: (
        DeletionProtectionType | DeletionProtectionTypeValue | Unmodelled | None
    ) = None
    """When active, `DeletionProtection` prevents accidental deletion of your user pool. Before
    you can delete a user pool that you have protected against deletion, you must deactivate
    this feature.

    When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon
    Cognito returns an `InvalidParameterException` error. To delete a protected user pool,
    send a new `DeleteUserPool` request after you deactivate deletion protection in an
    `UpdateUserPool` API request."""

    lambda_config: LambdaConfigType | None = None
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of authentication operations. Triggers can modify the outcome of the
    operations that invoked them."""

    auto_verified_attributes: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    ) = None
    """The attributes that you want your user pool to automatically verify. Possible values:
    email, phone_number. For more information see Verifying contact information at sign-up
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves)."""

    sms_verification_message: str | None = None
    """This parameter is no longer used."""

    email_verification_message: str | None = None
    """This parameter is no longer used."""

    email_verification_subject: str | None = None
    """This parameter is no longer used."""

    verification_message_template: VerificationMessageTemplateType | None = None
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute.

    Set the email message type that corresponds to your `DefaultEmailOption` selection. For
    `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave `EmailMessage` blank. For
    `CONFIRM_WITH_CODE`, specify an `EmailMessage` and leave `EmailMessageByLink` blank. When
    you supply both parameters with either choice, Amazon Cognito returns an error."""

    sms_authentication_message: str | None = None
    """The contents of the SMS message that your user pool sends to users in SMS authentication."""

    user_attribute_update_settings: UserAttributeUpdateSettingsType | None = None
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""

    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = None
    """Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""

    device_configuration: DeviceConfigurationType | None = None
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

    email_configuration: EmailConfigurationType | None = None
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for email invitation and
    verification messages from your user pool."""

    sms_configuration: SmsConfigurationType | None = None
    """The SMS configuration with the settings for your Amazon Cognito user pool to send SMS
    message with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in
    the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an
    Identity and Access Management (IAM) role in your Amazon Web Services account. For more
    information see SMS message settings
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)."""

    user_pool_tags: Mapping[str, str] | None = None
    """The tag keys and values to assign to the user pool. A tag is a label that you can use to
    categorize and manage user pools in different ways, such as by purpose, owner,
    environment, or other criteria."""

    admin_create_user_config: AdminCreateUserConfigType | None = None
    """The configuration for administrative creation of users. Includes the template for the
    invitation message for new users, the duration of temporary passwords, and permitting
    self-service sign-up."""

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
    or higher.

    If you omit this parameter, Amazon Cognito keeps the existing configuration. If you
    include it, Amazon Cognito replaces the existing configuration with the one that you
    provide. Members that you omit revert to their default values, and an omitted
    `EnableStatus` turns dynamic client registration on.

    To change the feature plan of the user pool to Lite, you must also set `EnableStatus` to
    `Disabled`."""

    account_recovery_setting: AccountRecoverySettingType | None = None
    """The available verified method a user can use to recover their password when they call
    `ForgotPassword`. You can use this setting to define a preferred method when a user has
    more than one method available. With this setting, SMS doesn't qualify for a valid
    password recovery mechanism if the user also has SMS multi-factor authentication (MFA)
    activated. In the absence of this setting, Amazon Cognito uses the legacy behavior to
    determine the recovery method where SMS is preferred through email."""

    pool_name: str | None = None
    """The updated name of your user pool."""

    user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None = None
    """The user pool feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
    or tier. This parameter determines the eligibility of the user pool for features like
    managed login, access-token customization, and threat protection. Defaults to
    `ESSENTIALS`."""

    key_configuration: KeyConfigurationType | None = None
    """The key configuration for the user pool. In secondary regions, this parameter must match
    the existing configuration and cannot be modified."""

    issuer_configuration: IssuerConfigurationType | None = None
    """The issuer configuration for the user pool. In secondary regions, this parameter must
    match the existing configuration and cannot be modified."""

    acr_configuration: Mapping[str, AcrLevelConfigType] | None = None
    """The custom names for the authentication context class reference (ACR) levels in your user
    pool. This configuration has the same behavior as it does when you create a user pool: you
    customize only the URI name that Amazon Cognito reports for each of the four fixed ACR
    levels, and any level that you don't specify keeps its default name. Each name must be
    unique across all four levels, including default names.

    Configuring custom ACR level names requires the Essentials or Plus feature plan. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""


def serialize_UpdateUserPoolRequest(v: UpdateUserPoolRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.policies is not None:
        out += (
            ',"Policies":',
            _shapes_user_pool_policy_type.serialize_UserPoolPolicyType(v.policies),
        )
    if v.deletion_protection is not None:
        out += (',"DeletionProtection":', _s.json_str(v.deletion_protection))
    if v.lambda_config is not None:
        out += (
            ',"LambdaConfig":',
            _shapes_lambda_config_type.serialize_LambdaConfigType(v.lambda_config),
        )
    if v.auto_verified_attributes is not None:
        out += (
            ',"AutoVerifiedAttributes":',
            "[" + ",".join(map(_s.json_str, v.auto_verified_attributes)) + "]",
        )
    if v.sms_verification_message is not None:
        out += (',"SmsVerificationMessage":', _s.json_str(v.sms_verification_message))
    if v.email_verification_message is not None:
        out += (',"EmailVerificationMessage":', _s.json_str(v.email_verification_message))
    if v.email_verification_subject is not None:
        out += (',"EmailVerificationSubject":', _s.json_str(v.email_verification_subject))
    if v.verification_message_template is not None:
        out += (
            ',"VerificationMessageTemplate":',
            _shapes_verification_message_template_type.serialize_VerificationMessageTemplateType(
                v.verification_message_template
            ),
        )
    if v.sms_authentication_message is not None:
        out += (',"SmsAuthenticationMessage":', _s.json_str(v.sms_authentication_message))
    if v.user_attribute_update_settings is not None:
        out += (
            ',"UserAttributeUpdateSettings":',
            _shapes_user_attribute_update_settings_type.serialize_UserAttributeUpdateSettingsType(
                v.user_attribute_update_settings
            ),
        )
    if v.mfa_configuration is not None:
        out += (',"MfaConfiguration":', _s.json_str(v.mfa_configuration))
    if v.device_configuration is not None:
        out += (
            ',"DeviceConfiguration":',
            _shapes_device_configuration_type.serialize_DeviceConfigurationType(
                v.device_configuration
            ),
        )
    if v.email_configuration is not None:
        out += (
            ',"EmailConfiguration":',
            _shapes_email_configuration_type.serialize_EmailConfigurationType(
                v.email_configuration
            ),
        )
    if v.sms_configuration is not None:
        out += (
            ',"SmsConfiguration":',
            _shapes_sms_configuration_type.serialize_SmsConfigurationType(v.sms_configuration),
        )
    if v.user_pool_tags is not None:
        out += (
            ',"UserPoolTags":',
            "{"
            + ",".join([_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.user_pool_tags.items()])
            + "}",
        )
    if v.admin_create_user_config is not None:
        out += (
            ',"AdminCreateUserConfig":',
            _shapes_admin_create_user_config_type.serialize_AdminCreateUserConfigType(
                v.admin_create_user_config
            ),
        )
    if v.user_pool_add_ons is not None:
        out += (
            ',"UserPoolAddOns":',
            _shapes_user_pool_add_ons_type.serialize_UserPoolAddOnsType(v.user_pool_add_ons),
        )
    if v.dcr_configuration is not None:
        out += (
            ',"DcrConfiguration":',
            _shapes_dcr_configuration_type.serialize_DcrConfigurationType(v.dcr_configuration),
        )
    if v.account_recovery_setting is not None:
        out += (
            ',"AccountRecoverySetting":',
            _shapes_account_recovery_setting_type.serialize_AccountRecoverySettingType(
                v.account_recovery_setting
            ),
        )
    if v.pool_name is not None:
        out += (',"PoolName":', _s.json_str(v.pool_name))
    if v.user_pool_tier is not None:
        out += (',"UserPoolTier":', _s.json_str(v.user_pool_tier))
    if v.key_configuration is not None:
        out += (
            ',"KeyConfiguration":',
            _shapes_key_configuration_type.serialize_KeyConfigurationType(v.key_configuration),
        )
    if v.issuer_configuration is not None:
        out += (
            ',"IssuerConfiguration":',
            _shapes_issuer_configuration_type.serialize_IssuerConfigurationType(
                v.issuer_configuration
            ),
        )
    if v.acr_configuration is not None:
        out += (
            ',"AcrConfiguration":',
            "{"
            + ",".join(
                [
                    _s.json_str(k)
                    + ":"
                    + _shapes_acr_level_config_type.serialize_AcrLevelConfigType(x)
                    for k, x in v.acr_configuration.items()
                ]
            )
            + "}",
        )
    out.append("}")
    return "".join(out)


def secrets_UpdateUserPoolRequest(v: UpdateUserPoolRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.policies is not None:
        _shapes_user_pool_policy_type.secrets_UserPoolPolicyType(v.policies, out)
    if v.lambda_config is not None:
        _shapes_lambda_config_type.secrets_LambdaConfigType(v.lambda_config, out)
    if v.verification_message_template is not None:
        _shapes_verification_message_template_type.secrets_VerificationMessageTemplateType(
            v.verification_message_template, out
        )
    if v.user_attribute_update_settings is not None:
        _shapes_user_attribute_update_settings_type.secrets_UserAttributeUpdateSettingsType(
            v.user_attribute_update_settings, out
        )
    if v.device_configuration is not None:
        _shapes_device_configuration_type.secrets_DeviceConfigurationType(
            v.device_configuration, out
        )
    if v.email_configuration is not None:
        _shapes_email_configuration_type.secrets_EmailConfigurationType(v.email_configuration, out)
    if v.sms_configuration is not None:
        _shapes_sms_configuration_type.secrets_SmsConfigurationType(v.sms_configuration, out)
    if v.admin_create_user_config is not None:
        _shapes_admin_create_user_config_type.secrets_AdminCreateUserConfigType(
            v.admin_create_user_config, out
        )
    if v.user_pool_add_ons is not None:
        _shapes_user_pool_add_ons_type.secrets_UserPoolAddOnsType(v.user_pool_add_ons, out)
    if v.dcr_configuration is not None:
        _shapes_dcr_configuration_type.secrets_DcrConfigurationType(v.dcr_configuration, out)
    if v.account_recovery_setting is not None:
        _shapes_account_recovery_setting_type.secrets_AccountRecoverySettingType(
            v.account_recovery_setting, out
        )
    if v.key_configuration is not None:
        _shapes_key_configuration_type.secrets_KeyConfigurationType(v.key_configuration, out)
    if v.issuer_configuration is not None:
        _shapes_issuer_configuration_type.secrets_IssuerConfigurationType(
            v.issuer_configuration, out
        )
    if v.acr_configuration is not None:
        for acr_configuration_item in v.acr_configuration.values():
            _shapes_acr_level_config_type.secrets_AcrLevelConfigType(acr_configuration_item, out)


def check_UpdateUserPoolRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateUserPoolRequest, path, problems, required)
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
    if v.policies is not None:
        _shapes_user_pool_policy_type.check_UserPoolPolicyType(
            v.policies, _v.join(path, "policies"), problems, required=False
        )
    if v.deletion_protection is not None and type(v.deletion_protection) is not str:
        _v.check_str(
            v.deletion_protection, _v.join(path, "deletion_protection"), problems, required=False
        )
    if v.lambda_config is not None:
        _shapes_lambda_config_type.check_LambdaConfigType(
            v.lambda_config, _v.join(path, "lambda_config"), problems, required=False
        )
    if v.auto_verified_attributes is not None:
        _v.check_list(
            v.auto_verified_attributes,
            _v.join(path, "auto_verified_attributes"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )
    if v.sms_verification_message is not None and not (
        type(v.sms_verification_message) is str and 6 <= len(v.sms_verification_message) <= 140
    ):
        _v.check_str(
            v.sms_verification_message,
            _v.join(path, "sms_verification_message"),
            problems,
            required=False,
            min_len=6,
            max_len=140,
        )
    if v.email_verification_message is not None and not (
        type(v.email_verification_message) is str
        and 6 <= len(v.email_verification_message) <= 20000
    ):
        _v.check_str(
            v.email_verification_message,
            _v.join(path, "email_verification_message"),
            problems,
            required=False,
            min_len=6,
            max_len=20000,
        )
    if v.email_verification_subject is not None and not (
        type(v.email_verification_subject) is str and 1 <= len(v.email_verification_subject) <= 140
    ):
        _v.check_str(
            v.email_verification_subject,
            _v.join(path, "email_verification_subject"),
            problems,
            required=False,
            min_len=1,
            max_len=140,
        )
    if v.verification_message_template is not None:
        _shapes_verification_message_template_type.check_VerificationMessageTemplateType(
            v.verification_message_template,
            _v.join(path, "verification_message_template"),
            problems,
            required=False,
        )
    if v.sms_authentication_message is not None and not (
        type(v.sms_authentication_message) is str and 6 <= len(v.sms_authentication_message) <= 140
    ):
        _v.check_str(
            v.sms_authentication_message,
            _v.join(path, "sms_authentication_message"),
            problems,
            required=False,
            min_len=6,
            max_len=140,
        )
    if v.user_attribute_update_settings is not None:
        _shapes_user_attribute_update_settings_type.check_UserAttributeUpdateSettingsType(
            v.user_attribute_update_settings,
            _v.join(path, "user_attribute_update_settings"),
            problems,
            required=False,
        )
    if v.mfa_configuration is not None and type(v.mfa_configuration) is not str:
        _v.check_str(
            v.mfa_configuration, _v.join(path, "mfa_configuration"), problems, required=False
        )
    if v.device_configuration is not None:
        _shapes_device_configuration_type.check_DeviceConfigurationType(
            v.device_configuration, _v.join(path, "device_configuration"), problems, required=False
        )
    if v.email_configuration is not None:
        _shapes_email_configuration_type.check_EmailConfigurationType(
            v.email_configuration, _v.join(path, "email_configuration"), problems, required=False
        )
    if v.sms_configuration is not None:
        _shapes_sms_configuration_type.check_SmsConfigurationType(
            v.sms_configuration, _v.join(path, "sms_configuration"), problems, required=False
        )
    if v.user_pool_tags is not None:
        _v.check_map(
            v.user_pool_tags,
            _v.join(path, "user_pool_tags"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=128),
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=256),
        )
    if v.admin_create_user_config is not None:
        _shapes_admin_create_user_config_type.check_AdminCreateUserConfigType(
            v.admin_create_user_config,
            _v.join(path, "admin_create_user_config"),
            problems,
            required=False,
        )
    if v.user_pool_add_ons is not None:
        _shapes_user_pool_add_ons_type.check_UserPoolAddOnsType(
            v.user_pool_add_ons, _v.join(path, "user_pool_add_ons"), problems, required=False
        )
    if v.dcr_configuration is not None:
        _shapes_dcr_configuration_type.check_DcrConfigurationType(
            v.dcr_configuration, _v.join(path, "dcr_configuration"), problems, required=False
        )
    if v.account_recovery_setting is not None:
        _shapes_account_recovery_setting_type.check_AccountRecoverySettingType(
            v.account_recovery_setting,
            _v.join(path, "account_recovery_setting"),
            problems,
            required=False,
        )
    if v.pool_name is not None and not (type(v.pool_name) is str and 1 <= len(v.pool_name) <= 128):
        _v.check_str(
            v.pool_name,
            _v.join(path, "pool_name"),
            problems,
            required=False,
            min_len=1,
            max_len=128,
        )
    if v.user_pool_tier is not None and type(v.user_pool_tier) is not str:
        _v.check_str(v.user_pool_tier, _v.join(path, "user_pool_tier"), problems, required=False)
    if v.key_configuration is not None:
        _shapes_key_configuration_type.check_KeyConfigurationType(
            v.key_configuration, _v.join(path, "key_configuration"), problems, required=False
        )
    if v.issuer_configuration is not None:
        _shapes_issuer_configuration_type.check_IssuerConfigurationType(
            v.issuer_configuration, _v.join(path, "issuer_configuration"), problems, required=False
        )
    if v.acr_configuration is not None:
        _v.check_map(
            v.acr_configuration,
            _v.join(path, "acr_configuration"),
            problems,
            required=False,
            min_len=0,
            max_len=4,
            key=lambda x, p: _v.check_str(x, p, problems, required=True),
            item=lambda x, p: _shapes_acr_level_config_type.check_AcrLevelConfigType(
                x, p, problems, required=True
            ),
        )


@_dc.dataclass(kw_only=True)
class UpdateUserPoolResponse(Boto3Dicts):
    """Represents the response from the server when you make a request to update the user pool."""


def parse_UpdateUserPoolResponse(value: object, path: str) -> UpdateUserPoolResponse:
    _s.expect_object(value, path)
    return UpdateUserPoolResponse()


Request = UpdateUserPoolRequest
"""The request dataclass of UpdateUserPool."""


OPERATION: OperationSpec[UpdateUserPoolRequest, UpdateUserPoolResponse] = OperationSpec(
    name="UpdateUserPool",
    validate=check_UpdateUserPoolRequest,
    serialize=serialize_UpdateUserPoolRequest,
    parse=parse_UpdateUserPoolResponse,
    signed=True,
    secrets=secrets_UpdateUserPoolRequest,
    fill_secret_hash=None,
)
