# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import password_policy_type as _shapes_password_policy_type
from cognito_idp._shapes import sign_in_policy_type as _shapes_sign_in_policy_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.password_policy_type import PasswordPolicyType
    from cognito_idp._shapes.sign_in_policy_type import SignInPolicyType


@_dc.dataclass(kw_only=True)
class UserPoolPolicyType(Boto3Dicts):
    """A list of user pool policies. Contains the policy that sets password-complexity
    requirements."""

    password_policy: PasswordPolicyType | None = None
    """The password policy settings for a user pool, including complexity, history, and length
    requirements."""

    sign_in_policy: SignInPolicyType | None = None
    """The policy for allowed types of authentication in a user pool."""


def serialize_UserPoolPolicyType(v: UserPoolPolicyType) -> str:
    out: list[str] = []
    if v.password_policy is not None:
        out += (
            ',"PasswordPolicy":',
            _shapes_password_policy_type.serialize_PasswordPolicyType(v.password_policy),
        )
    if v.sign_in_policy is not None:
        out += (
            ',"SignInPolicy":',
            _shapes_sign_in_policy_type.serialize_SignInPolicyType(v.sign_in_policy),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_UserPoolPolicyType(v: UserPoolPolicyType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.password_policy is not None:
        _shapes_password_policy_type.secrets_PasswordPolicyType(v.password_policy, out)
    if v.sign_in_policy is not None:
        _shapes_sign_in_policy_type.secrets_SignInPolicyType(v.sign_in_policy, out)


def check_UserPoolPolicyType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, UserPoolPolicyType, path, problems, required)
    if v is None:
        return
    if v.password_policy is not None:
        _shapes_password_policy_type.check_PasswordPolicyType(
            v.password_policy, _v.join(path, "password_policy"), problems, required=False
        )
    if v.sign_in_policy is not None:
        _shapes_sign_in_policy_type.check_SignInPolicyType(
            v.sign_in_policy, _v.join(path, "sign_in_policy"), problems, required=False
        )


def parse_UserPoolPolicyType(value: object, path: str) -> UserPoolPolicyType:
    m = _s.expect_object(value, path)
    x = m.get("PasswordPolicy")
    f_password_policy = (
        None
        if x is None
        else _shapes_password_policy_type.parse_PasswordPolicyType(x, path + ".PasswordPolicy")
    )
    x = m.get("SignInPolicy")
    f_sign_in_policy = (
        None
        if x is None
        else _shapes_sign_in_policy_type.parse_SignInPolicyType(x, path + ".SignInPolicy")
    )
    obj = _dc.new(UserPoolPolicyType)
    obj.password_policy = f_password_policy
    obj.sign_in_policy = f_sign_in_policy
    return obj
