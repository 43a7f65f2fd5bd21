# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import auth_factor_type as _shapes_auth_factor_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.auth_factor_type import AuthFactorType, AuthFactorTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class SignInPolicyType(Boto3Dicts):
    """The policy for allowed types of authentication in a user pool. To activate this setting,
    your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    allowed_first_auth_factors: (
        Sequence[AuthFactorType | AuthFactorTypeValue | Unmodelled] | None
    ) = None
    """The sign-in methods that a user pool supports as the first factor. You can permit users to
    start authentication with a standard username and password, or with other one-time
    password and hardware factors.

    Note: `SOFTWARE_TOKEN` is not currently supported as a first auth factor. Do not include
    this value in `AllowedFirstAuthFactors`."""


def serialize_SignInPolicyType(v: SignInPolicyType) -> str:
    out: list[str] = []
    if v.allowed_first_auth_factors is not None:
        out += (
            ',"AllowedFirstAuthFactors":',
            "[" + ",".join(map(_s.json_str, v.allowed_first_auth_factors)) + "]",
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_SignInPolicyType(v: SignInPolicyType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_SignInPolicyType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, SignInPolicyType, path, problems, required)
    if v is None:
        return
    if v.allowed_first_auth_factors is not None:
        _v.check_list(
            v.allowed_first_auth_factors,
            _v.join(path, "allowed_first_auth_factors"),
            problems,
            required=False,
            min_len=1,
            max_len=5,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )


def parse_SignInPolicyType(value: object, path: str) -> SignInPolicyType:
    m = _s.expect_object(value, path)
    x = m.get("AllowedFirstAuthFactors")
    f_allowed_first_auth_factors = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".AllowedFirstAuthFactors",
            lambda x, p: _s.parse_enum(_shapes_auth_factor_type.AuthFactorType, x, p),
        )
    )
    obj = _dc.new(SignInPolicyType)
    obj.allowed_first_auth_factors = f_allowed_first_auth_factors
    return obj
