# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    custom_email_lambda_version_config_type as _shapes_custom_email_lambda_version_config_type,
)
from cognito_idp._shapes import (
    custom_sms_lambda_version_config_type as _shapes_custom_sms_lambda_version_config_type,
)
from cognito_idp._shapes import (
    inbound_federation_lambda_type as _shapes_inbound_federation_lambda_type,
)
from cognito_idp._shapes import (
    pre_token_generation_version_config_type as _shapes_pre_token_generation_version_config_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.custom_email_lambda_version_config_type import (
        CustomEmailLambdaVersionConfigType,
    )
    from cognito_idp._shapes.custom_sms_lambda_version_config_type import (
        CustomSMSLambdaVersionConfigType,
    )
    from cognito_idp._shapes.inbound_federation_lambda_type import InboundFederationLambdaType
    from cognito_idp._shapes.pre_token_generation_version_config_type import (
        PreTokenGenerationVersionConfigType,
    )


@_dc.dataclass(kw_only=True)
class LambdaConfigType(Boto3Dicts):
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of user pool operations. Triggers can modify the outcome of the operations
    that invoked them."""

    pre_sign_up: str | None = None
    """The configuration of a pre sign-up Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html)
    in a user pool. This trigger evaluates new users and can bypass confirmation, link a
    federated user profile
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html),
    or block sign-up requests."""

    custom_message: str | None = None
    """A custom message Lambda trigger. This trigger is an opportunity to customize all SMS and
    email messages from your user pool. When a custom message trigger is active, your user
    pool routes all messages to a Lambda function that returns a runtime-customized message
    subject and body for your user pool to deliver to a user."""

    post_confirmation: str | None = None
    """The configuration of a post confirmation Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html)
    in a user pool. This trigger can take custom actions after a user confirms their user
    account and their email address or phone number."""

    pre_authentication: str | None = None
    """The configuration of a pre authentication trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html)
    in a user pool. This trigger can evaluate and modify user sign-in events."""

    post_authentication: str | None = None
    """The configuration of a post authentication Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html)
    in a user pool. This trigger can take custom actions after a user signs in."""

    define_auth_challenge: str | None = None
    """The configuration of a define auth challenge Lambda trigger, one of three triggers in the
    sequence of the custom authentication challenge triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""

    create_auth_challenge: str | None = None
    """The configuration of a create auth challenge Lambda trigger, one of three triggers in the
    sequence of the custom authentication challenge triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""

    verify_auth_challenge_response: str | None = None
    """The configuration of a verify auth challenge Lambda trigger, one of three triggers in the
    sequence of the custom authentication challenge triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""

    pre_token_generation: str | None = None
    """The legacy configuration of a pre token generation Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html)
    in a user pool.

    Set this parameter for legacy purposes. If you also set an ARN in
    `PreTokenGenerationConfig`, its value must be identical to `PreTokenGeneration`. For new
    instances of pre token generation triggers, set the `LambdaArn` of
    `PreTokenGenerationConfig`."""

    user_migration: str | None = None
    """The configuration of a migrate user Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html)
    in a user pool. This trigger can create user profiles when users sign in or attempt to
    reset their password with credentials that don't exist yet."""

    pre_token_generation_config: PreTokenGenerationVersionConfigType | None = None
    """The detailed configuration of a pre token generation Lambda trigger
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html)
    in a user pool. If you also set an ARN in `PreTokenGeneration`, its value must be
    identical to `PreTokenGenerationConfig`."""

    custom_sms_sender: CustomSMSLambdaVersionConfigType | None = None
    """The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS
    notifications from a user pool to a Lambda function that delivers the message using custom
    logic."""

    custom_email_sender: CustomEmailLambdaVersionConfigType | None = None
    """The configuration of a custom email sender Lambda trigger. This trigger routes all email
    notifications from a user pool to a Lambda function that delivers the message using custom
    logic."""

    kms_key_id: str | None = None
    """The ARN of an KMS key
    (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#master_keys). Amazon
    Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda
    triggers."""

    inbound_federation: InboundFederationLambdaType | None = None
    """The configuration of an inbound federation Lambda trigger. This trigger can transform
    federated user attributes during the authentication with external identity providers."""


def serialize_LambdaConfigType(v: LambdaConfigType) -> str:
    out: list[str] = []
    if v.pre_sign_up is not None:
        out += (',"PreSignUp":', _s.json_str(v.pre_sign_up))
    if v.custom_message is not None:
        out += (',"CustomMessage":', _s.json_str(v.custom_message))
    if v.post_confirmation is not None:
        out += (',"PostConfirmation":', _s.json_str(v.post_confirmation))
    if v.pre_authentication is not None:
        out += (',"PreAuthentication":', _s.json_str(v.pre_authentication))
    if v.post_authentication is not None:
        out += (',"PostAuthentication":', _s.json_str(v.post_authentication))
    if v.define_auth_challenge is not None:
        out += (',"DefineAuthChallenge":', _s.json_str(v.define_auth_challenge))
    if v.create_auth_challenge is not None:
        out += (',"CreateAuthChallenge":', _s.json_str(v.create_auth_challenge))
    if v.verify_auth_challenge_response is not None:
        out += (',"VerifyAuthChallengeResponse":', _s.json_str(v.verify_auth_challenge_response))
    if v.pre_token_generation is not None:
        out += (',"PreTokenGeneration":', _s.json_str(v.pre_token_generation))
    if v.user_migration is not None:
        out += (',"UserMigration":', _s.json_str(v.user_migration))
    if v.pre_token_generation_config is not None:
        out += (
            ',"PreTokenGenerationConfig":',
            _shapes_pre_token_generation_version_config_type.serialize_PreTokenGenerationVersionConfigType(
                v.pre_token_generation_config
            ),
        )
    if v.custom_sms_sender is not None:
        out += (
            ',"CustomSMSSender":',
            _shapes_custom_sms_lambda_version_config_type.serialize_CustomSMSLambdaVersionConfigType(
                v.custom_sms_sender
            ),
        )
    if v.custom_email_sender is not None:
        out += (
            ',"CustomEmailSender":',
            _shapes_custom_email_lambda_version_config_type.serialize_CustomEmailLambdaVersionConfigType(
                v.custom_email_sender
            ),
        )
    if v.kms_key_id is not None:
        out += (',"KMSKeyID":', _s.json_str(v.kms_key_id))
    if v.inbound_federation is not None:
        out += (
            ',"InboundFederation":',
            _shapes_inbound_federation_lambda_type.serialize_InboundFederationLambdaType(
                v.inbound_federation
            ),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_LambdaConfigType(v: LambdaConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.pre_token_generation_config is not None:
        _shapes_pre_token_generation_version_config_type.secrets_PreTokenGenerationVersionConfigType(
            v.pre_token_generation_config, out
        )
    if v.custom_sms_sender is not None:
        _shapes_custom_sms_lambda_version_config_type.secrets_CustomSMSLambdaVersionConfigType(
            v.custom_sms_sender, out
        )
    if v.custom_email_sender is not None:
        _shapes_custom_email_lambda_version_config_type.secrets_CustomEmailLambdaVersionConfigType(
            v.custom_email_sender, out
        )
    if v.inbound_federation is not None:
        _shapes_inbound_federation_lambda_type.secrets_InboundFederationLambdaType(
            v.inbound_federation, out
        )


def check_LambdaConfigType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, LambdaConfigType, path, problems, required)
    if v is None:
        return
    if v.pre_sign_up is not None and not (
        type(v.pre_sign_up) is str and 20 <= len(v.pre_sign_up) <= 2048
    ):
        _v.check_str(
            v.pre_sign_up,
            _v.join(path, "pre_sign_up"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.custom_message is not None and not (
        type(v.custom_message) is str and 20 <= len(v.custom_message) <= 2048
    ):
        _v.check_str(
            v.custom_message,
            _v.join(path, "custom_message"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.post_confirmation is not None and not (
        type(v.post_confirmation) is str and 20 <= len(v.post_confirmation) <= 2048
    ):
        _v.check_str(
            v.post_confirmation,
            _v.join(path, "post_confirmation"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.pre_authentication is not None and not (
        type(v.pre_authentication) is str and 20 <= len(v.pre_authentication) <= 2048
    ):
        _v.check_str(
            v.pre_authentication,
            _v.join(path, "pre_authentication"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.post_authentication is not None and not (
        type(v.post_authentication) is str and 20 <= len(v.post_authentication) <= 2048
    ):
        _v.check_str(
            v.post_authentication,
            _v.join(path, "post_authentication"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.define_auth_challenge is not None and not (
        type(v.define_auth_challenge) is str and 20 <= len(v.define_auth_challenge) <= 2048
    ):
        _v.check_str(
            v.define_auth_challenge,
            _v.join(path, "define_auth_challenge"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.create_auth_challenge is not None and not (
        type(v.create_auth_challenge) is str and 20 <= len(v.create_auth_challenge) <= 2048
    ):
        _v.check_str(
            v.create_auth_challenge,
            _v.join(path, "create_auth_challenge"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.verify_auth_challenge_response is not None and not (
        type(v.verify_auth_challenge_response) is str
        and 20 <= len(v.verify_auth_challenge_response) <= 2048
    ):
        _v.check_str(
            v.verify_auth_challenge_response,
            _v.join(path, "verify_auth_challenge_response"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.pre_token_generation is not None and not (
        type(v.pre_token_generation) is str and 20 <= len(v.pre_token_generation) <= 2048
    ):
        _v.check_str(
            v.pre_token_generation,
            _v.join(path, "pre_token_generation"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.user_migration is not None and not (
        type(v.user_migration) is str and 20 <= len(v.user_migration) <= 2048
    ):
        _v.check_str(
            v.user_migration,
            _v.join(path, "user_migration"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.pre_token_generation_config is not None:
        _shapes_pre_token_generation_version_config_type.check_PreTokenGenerationVersionConfigType(
            v.pre_token_generation_config,
            _v.join(path, "pre_token_generation_config"),
            problems,
            required=False,
        )
    if v.custom_sms_sender is not None:
        _shapes_custom_sms_lambda_version_config_type.check_CustomSMSLambdaVersionConfigType(
            v.custom_sms_sender, _v.join(path, "custom_sms_sender"), problems, required=False
        )
    if v.custom_email_sender is not None:
        _shapes_custom_email_lambda_version_config_type.check_CustomEmailLambdaVersionConfigType(
            v.custom_email_sender, _v.join(path, "custom_email_sender"), problems, required=False
        )
    if v.kms_key_id is not None and not (
        type(v.kms_key_id) is str and 20 <= len(v.kms_key_id) <= 2048
    ):
        _v.check_str(
            v.kms_key_id,
            _v.join(path, "kms_key_id"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.inbound_federation is not None:
        _shapes_inbound_federation_lambda_type.check_InboundFederationLambdaType(
            v.inbound_federation, _v.join(path, "inbound_federation"), problems, required=False
        )


def parse_LambdaConfigType(value: object, path: str) -> LambdaConfigType:
    m = _s.expect_object(value, path)
    x = m.get("PreSignUp")
    f_pre_sign_up = None if x is None else _s.parse_str(x, path + ".PreSignUp")
    x = m.get("CustomMessage")
    f_custom_message = None if x is None else _s.parse_str(x, path + ".CustomMessage")
    x = m.get("PostConfirmation")
    f_post_confirmation = None if x is None else _s.parse_str(x, path + ".PostConfirmation")
    x = m.get("PreAuthentication")
    f_pre_authentication = None if x is None else _s.parse_str(x, path + ".PreAuthentication")
    x = m.get("PostAuthentication")
    f_post_authentication = None if x is None else _s.parse_str(x, path + ".PostAuthentication")
    x = m.get("DefineAuthChallenge")
    f_define_auth_challenge = None if x is None else _s.parse_str(x, path + ".DefineAuthChallenge")
    x = m.get("CreateAuthChallenge")
    f_create_auth_challenge = None if x is None else _s.parse_str(x, path + ".CreateAuthChallenge")
    x = m.get("VerifyAuthChallengeResponse")
    f_verify_auth_challenge_response = (
        None if x is None else _s.parse_str(x, path + ".VerifyAuthChallengeResponse")
    )
    x = m.get("PreTokenGeneration")
    f_pre_token_generation = None if x is None else _s.parse_str(x, path + ".PreTokenGeneration")
    x = m.get("UserMigration")
    f_user_migration = None if x is None else _s.parse_str(x, path + ".UserMigration")
    x = m.get("PreTokenGenerationConfig")
    f_pre_token_generation_config = (
        None
        if x is None
        else _shapes_pre_token_generation_version_config_type.parse_PreTokenGenerationVersionConfigType(
            x, path + ".PreTokenGenerationConfig"
        )
    )
    x = m.get("CustomSMSSender")
    f_custom_sms_sender = (
        None
        if x is None
        else _shapes_custom_sms_lambda_version_config_type.parse_CustomSMSLambdaVersionConfigType(
            x, path + ".CustomSMSSender"
        )
    )
    x = m.get("CustomEmailSender")
    f_custom_email_sender = (
        None
        if x is None
        else _shapes_custom_email_lambda_version_config_type.parse_CustomEmailLambdaVersionConfigType(
            x, path + ".CustomEmailSender"
        )
    )
    x = m.get("KMSKeyID")
    f_kms_key_id = None if x is None else _s.parse_str(x, path + ".KMSKeyID")
    x = m.get("InboundFederation")
    f_inbound_federation = (
        None
        if x is None
        else _shapes_inbound_federation_lambda_type.parse_InboundFederationLambdaType(
            x, path + ".InboundFederation"
        )
    )
    obj = _dc.new(LambdaConfigType)
    obj.pre_sign_up = f_pre_sign_up
    obj.custom_message = f_custom_message
    obj.post_confirmation = f_post_confirmation
    obj.pre_authentication = f_pre_authentication
    obj.post_authentication = f_post_authentication
    obj.define_auth_challenge = f_define_auth_challenge
    obj.create_auth_challenge = f_create_auth_challenge
    obj.verify_auth_challenge_response = f_verify_auth_challenge_response
    obj.pre_token_generation = f_pre_token_generation
    obj.user_migration = f_user_migration
    obj.pre_token_generation_config = f_pre_token_generation_config
    obj.custom_sms_sender = f_custom_sms_sender
    obj.custom_email_sender = f_custom_email_sender
    obj.kms_key_id = f_kms_key_id
    obj.inbound_federation = f_inbound_federation
    return obj
