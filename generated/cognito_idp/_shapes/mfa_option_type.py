# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import delivery_medium_type as _shapes_delivery_medium_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.delivery_medium_type import DeliveryMediumType, DeliveryMediumTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class MFAOptionType(Boto3Dicts):
    """This data type is no longer supported. Applies only to SMS multi-factor authentication
    (MFA) configurations. Does not apply to time-based one-time password (TOTP) software token
    MFA configurations."""

    delivery_medium: DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled | None = None
    """The delivery medium to send the MFA code. You can use this parameter to set only the `SMS`
    delivery medium value."""

    attribute_name: str | None = None
    """The attribute name of the MFA option type. The only valid value is `phone_number`."""


def serialize_MFAOptionType(v: MFAOptionType) -> str:
    out: list[str] = []
    if v.delivery_medium is not None:
        out += (',"DeliveryMedium":', _s.json_str(v.delivery_medium))
    if v.attribute_name is not None:
        out += (',"AttributeName":', _s.json_str(v.attribute_name))
    return "{" + "".join(out)[1:] + "}"


def secrets_MFAOptionType(v: MFAOptionType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_MFAOptionType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, MFAOptionType, path, problems, required)
    if v is None:
        return
    if v.delivery_medium is not None and type(v.delivery_medium) is not str:
        _v.check_str(v.delivery_medium, _v.join(path, "delivery_medium"), problems, required=False)
    if v.attribute_name is not None and not (
        type(v.attribute_name) is str and 1 <= len(v.attribute_name) <= 32
    ):
        _v.check_str(
            v.attribute_name,
            _v.join(path, "attribute_name"),
            problems,
            required=False,
            min_len=1,
            max_len=32,
        )


def parse_MFAOptionType(value: object, path: str) -> MFAOptionType:
    m = _s.expect_object(value, path)
    x = m.get("DeliveryMedium")
    f_delivery_medium = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_delivery_medium_type.DeliveryMediumType, x, path + ".DeliveryMedium"
        )
    )
    x = m.get("AttributeName")
    f_attribute_name = None if x is None else _s.parse_str(x, path + ".AttributeName")
    obj = _dc.new(MFAOptionType)
    obj.delivery_medium = f_delivery_medium
    obj.attribute_name = f_attribute_name
    return obj
