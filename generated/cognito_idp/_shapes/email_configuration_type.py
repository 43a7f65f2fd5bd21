# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import email_sending_account_type as _shapes_email_sending_account_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.email_sending_account_type import (
        EmailSendingAccountType,
        EmailSendingAccountTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class EmailConfigurationType(Boto3Dicts):
    """The email configuration of your user pool. The email configuration type sets your
    preferred sending method, Amazon Web Services Region, and sender for messages from your
    user pool.

    Note: Amazon Cognito can send email messages with Amazon Simple Email Service resources in
    the Amazon Web Services Region where you created your user pool, and in alternate Regions
    in some cases. For more information on the supported Regions, see Email settings for
    Amazon Cognito user pools
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html)."""

    source_arn: str | None = None
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

    reply_to_email_address: str | None = None
    """The destination to which the receiver of the email should reply."""

    email_sending_account: (
        EmailSendingAccountType | EmailSendingAccountTypeValue | Unmodelled | None
    ) = None
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

    from_: str | None = None
    """Either the sender's email address or the sender's name with their email address. For
    example, `testuser@example.com` or `Test User <testuser@example.com>`. This address
    appears before the body of the email."""

    configuration_set: str | None = None
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


def serialize_EmailConfigurationType(v: EmailConfigurationType) -> str:
    out: list[str] = []
    if v.source_arn is not None:
        out += (',"SourceArn":', _s.json_str(v.source_arn))
    if v.reply_to_email_address is not None:
        out += (',"ReplyToEmailAddress":', _s.json_str(v.reply_to_email_address))
    if v.email_sending_account is not None:
        out += (',"EmailSendingAccount":', _s.json_str(v.email_sending_account))
    if v.from_ is not None:
        out += (',"From":', _s.json_str(v.from_))
    if v.configuration_set is not None:
        out += (',"ConfigurationSet":', _s.json_str(v.configuration_set))
    return "{" + "".join(out)[1:] + "}"


def secrets_EmailConfigurationType(v: EmailConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_EmailConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, EmailConfigurationType, path, problems, required)
    if v is None:
        return
    if v.source_arn is not None and not (
        type(v.source_arn) is str and 20 <= len(v.source_arn) <= 2048
    ):
        _v.check_str(
            v.source_arn,
            _v.join(path, "source_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.reply_to_email_address is not None and type(v.reply_to_email_address) is not str:
        _v.check_str(
            v.reply_to_email_address,
            _v.join(path, "reply_to_email_address"),
            problems,
            required=False,
        )
    if v.email_sending_account is not None and type(v.email_sending_account) is not str:
        _v.check_str(
            v.email_sending_account,
            _v.join(path, "email_sending_account"),
            problems,
            required=False,
        )
    if v.from_ is not None and not (type(v.from_) is str and 0 <= len(v.from_) <= 131072):
        _v.check_str(
            v.from_, _v.join(path, "from_"), problems, required=False, min_len=0, max_len=131072
        )
    if v.configuration_set is not None and not (
        type(v.configuration_set) is str and 1 <= len(v.configuration_set) <= 64
    ):
        _v.check_str(
            v.configuration_set,
            _v.join(path, "configuration_set"),
            problems,
            required=False,
            min_len=1,
            max_len=64,
        )


def parse_EmailConfigurationType(value: object, path: str) -> EmailConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("SourceArn")
    f_source_arn = None if x is None else _s.parse_str(x, path + ".SourceArn")
    x = m.get("ReplyToEmailAddress")
    f_reply_to_email_address = None if x is None else _s.parse_str(x, path + ".ReplyToEmailAddress")
    x = m.get("EmailSendingAccount")
    f_email_sending_account = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_email_sending_account_type.EmailSendingAccountType,
            x,
            path + ".EmailSendingAccount",
        )
    )
    x = m.get("From")
    f_from_ = None if x is None else _s.parse_str(x, path + ".From")
    x = m.get("ConfigurationSet")
    f_configuration_set = None if x is None else _s.parse_str(x, path + ".ConfigurationSet")
    obj = _dc.new(EmailConfigurationType)
    obj.source_arn = f_source_arn
    obj.reply_to_email_address = f_reply_to_email_address
    obj.email_sending_account = f_email_sending_account
    obj.from_ = f_from_
    obj.configuration_set = f_configuration_set
    return obj
