# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import verified_attribute_type as _shapes_verified_attribute_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.verified_attribute_type import (
        VerifiedAttributeType,
        VerifiedAttributeTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UserAttributeUpdateSettingsType(Boto3Dicts):
    """The settings for updates to user attributes. These settings include the property
    `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito
    how to handle changes to the value of your users' email address and phone number
    attributes. For more information, see Verifying updates to email addresses and phone
    numbers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates)."""

    attributes_require_verification_before_update: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    ) = None
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


def serialize_UserAttributeUpdateSettingsType(v: UserAttributeUpdateSettingsType) -> str:
    out: list[str] = []
    if v.attributes_require_verification_before_update is not None:
        out += (
            ',"AttributesRequireVerificationBeforeUpdate":',
            "[" + ",".join(map(_s.json_str, v.attributes_require_verification_before_update)) + "]",
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_UserAttributeUpdateSettingsType(
    v: UserAttributeUpdateSettingsType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UserAttributeUpdateSettingsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UserAttributeUpdateSettingsType, path, problems, required)
    if v is None:
        return
    if v.attributes_require_verification_before_update is not None:
        _v.check_list(
            v.attributes_require_verification_before_update,
            _v.join(path, "attributes_require_verification_before_update"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )


def parse_UserAttributeUpdateSettingsType(
    value: object, path: str
) -> UserAttributeUpdateSettingsType:
    m = _s.expect_object(value, path)
    x = m.get("AttributesRequireVerificationBeforeUpdate")
    f_attributes_require_verification_before_update = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".AttributesRequireVerificationBeforeUpdate",
            lambda x, p: _s.parse_enum(_shapes_verified_attribute_type.VerifiedAttributeType, x, p),
        )
    )
    obj = _dc.new(UserAttributeUpdateSettingsType)
    obj.attributes_require_verification_before_update = (
        f_attributes_require_verification_before_update
    )
    return obj
