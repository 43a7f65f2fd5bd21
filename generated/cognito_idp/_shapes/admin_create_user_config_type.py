# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import message_template_type as _shapes_message_template_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.message_template_type import MessageTemplateType


@_dc.dataclass(kw_only=True)
class AdminCreateUserConfigType(Boto3Dicts):
    """The settings for administrator creation of users in a user pool. Contains settings for
    allowing user sign-up, customizing invitation messages to new users, and the amount of
    time before temporary passwords expire."""

    allow_admin_create_user_only: bool | None = None
    """The setting for allowing self-service sign-up. When `true`, only administrators can create
    new user profiles. When `false`, users can register themselves and create a new user
    profile with the `SignUp` operation."""

    unused_account_validity_days: int | None = None
    """This parameter is no longer in use.

    The password expiration limit in days for administrator-created users. When this time
    expires, the user can't sign in with their temporary password. To reset the account after
    that time limit, you must call `AdminCreateUser` again, specifying `RESEND` for the
    `MessageAction` parameter.

    The default value for this parameter is 7."""

    invite_message_template: MessageTemplateType | None = None
    """The template for the welcome message to new users. This template must include the `{####}`
    temporary password placeholder if you are creating users with passwords. If your users
    don't have passwords, you can omit the placeholder.

    See also Customizing User Invitation Messages
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization)."""


def serialize_AdminCreateUserConfigType(v: AdminCreateUserConfigType) -> str:
    out: list[str] = []
    if v.allow_admin_create_user_only is not None:
        out += (
            ',"AllowAdminCreateUserOnly":',
            ("true" if v.allow_admin_create_user_only else "false"),
        )
    if v.unused_account_validity_days is not None:
        out += (',"UnusedAccountValidityDays":', int.__repr__(v.unused_account_validity_days))
    if v.invite_message_template is not None:
        out += (
            ',"InviteMessageTemplate":',
            _shapes_message_template_type.serialize_MessageTemplateType(v.invite_message_template),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_AdminCreateUserConfigType(v: AdminCreateUserConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.invite_message_template is not None:
        _shapes_message_template_type.secrets_MessageTemplateType(v.invite_message_template, out)


def check_AdminCreateUserConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminCreateUserConfigType, path, problems, required)
    if v is None:
        return
    if (
        v.allow_admin_create_user_only is not None
        and type(v.allow_admin_create_user_only) is not bool
    ):
        _v.check_bool(
            v.allow_admin_create_user_only,
            _v.join(path, "allow_admin_create_user_only"),
            problems,
            required=False,
        )
    if v.unused_account_validity_days is not None and not (
        type(v.unused_account_validity_days) is int and 0 <= v.unused_account_validity_days <= 365
    ):
        _v.check_int(
            v.unused_account_validity_days,
            _v.join(path, "unused_account_validity_days"),
            problems,
            required=False,
            minimum=0,
            maximum=365,
        )
    if v.invite_message_template is not None:
        _shapes_message_template_type.check_MessageTemplateType(
            v.invite_message_template,
            _v.join(path, "invite_message_template"),
            problems,
            required=False,
        )


def parse_AdminCreateUserConfigType(value: object, path: str) -> AdminCreateUserConfigType:
    m = _s.expect_object(value, path)
    x = m.get("AllowAdminCreateUserOnly")
    f_allow_admin_create_user_only = (
        None if x is None else _s.parse_bool(x, path + ".AllowAdminCreateUserOnly")
    )
    x = m.get("UnusedAccountValidityDays")
    f_unused_account_validity_days = (
        None if x is None else _s.parse_int(x, path + ".UnusedAccountValidityDays")
    )
    x = m.get("InviteMessageTemplate")
    f_invite_message_template = (
        None
        if x is None
        else _shapes_message_template_type.parse_MessageTemplateType(
            x, path + ".InviteMessageTemplate"
        )
    )
    obj = _dc.new(AdminCreateUserConfigType)
    obj.allow_admin_create_user_only = f_allow_admin_create_user_only
    obj.unused_account_validity_days = f_unused_account_validity_days
    obj.invite_message_template = f_invite_message_template
    return obj
