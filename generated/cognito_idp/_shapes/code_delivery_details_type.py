# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import delivery_medium_type as _shapes_delivery_medium_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.delivery_medium_type import DeliveryMediumType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CodeDeliveryDetailsType(Boto3Dicts):
    """The delivery details for an email or SMS message that Amazon Cognito sent for
    authentication or verification."""

    destination: str | None = None
    """The email address or phone number destination where Amazon Cognito sent the code."""

    delivery_medium: DeliveryMediumType | Unmodelled | None = None
    """The method that Amazon Cognito used to send the code."""

    attribute_name: str | None = None
    """The name of the attribute that Amazon Cognito verifies with the code."""


def parse_CodeDeliveryDetailsType(value: object, path: str) -> CodeDeliveryDetailsType:
    m = _s.expect_object(value, path)
    x = m.get("Destination")
    f_destination = None if x is None else _s.parse_str(x, path + ".Destination")
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
    obj = _dc.new(CodeDeliveryDetailsType)
    obj.destination = f_destination
    obj.delivery_medium = f_delivery_medium
    obj.attribute_name = f_attribute_name
    return obj
