# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AddCustomAttributes: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import schema_attribute_type as _shapes_schema_attribute_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.schema_attribute_type import SchemaAttributeType


@_dc.dataclass(kw_only=True)
class AddCustomAttributesRequest(Boto3Dicts):
    """Represents the request to add custom attributes."""

    user_pool_id: str
    """The ID of the user pool where you want to add custom attributes."""

    custom_attributes: Sequence[SchemaAttributeType]
    """An array of custom attribute names and other properties. Sets the following
    characteristics:

    AttributeDataType
        The expected data type. Can be a string, a number, a date and time, or a boolean.

    Mutable
        If true, you can grant app clients write access to the attribute value. If false, the
        attribute value can only be set up on sign-up or administrator creation of users.

    Name
        The attribute name. For an attribute like `custom:myAttribute`, enter `myAttribute`
        for this field.

    Required
        When true, users who sign up or are created must set a value for the attribute.

    NumberAttributeConstraints
        The minimum and maximum length of accepted values for a `Number`-type attribute.

    StringAttributeConstraints
        The minimum and maximum length of accepted values for a `String`-type attribute.

    DeveloperOnlyAttribute
        This legacy option creates an attribute with a `dev:` prefix. You can only set the
        value of a developer-only attribute with administrative IAM credentials."""


def serialize_AddCustomAttributesRequest(v: AddCustomAttributesRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (
        ',"CustomAttributes":',
        "["
        + ",".join(
            [
                _shapes_schema_attribute_type.serialize_SchemaAttributeType(x)
                for x in v.custom_attributes
            ]
        )
        + "]",
    )
    out.append("}")
    return "".join(out)


def secrets_AddCustomAttributesRequest(v: AddCustomAttributesRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    for custom_attributes_item in v.custom_attributes:
        _shapes_schema_attribute_type.secrets_SchemaAttributeType(custom_attributes_item, out)


def check_AddCustomAttributesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AddCustomAttributesRequest, path, problems, required)
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
    _v.check_list(
        v.custom_attributes,
        _v.join(path, "custom_attributes"),
        problems,
        required=True,
        min_len=1,
        max_len=25,
        item=lambda x, p: _shapes_schema_attribute_type.check_SchemaAttributeType(
            x, p, problems, required=True
        ),
    )


@_dc.dataclass(kw_only=True)
class AddCustomAttributesResponse(Boto3Dicts):
    """Represents the response from the server for the request to add custom attributes."""


def parse_AddCustomAttributesResponse(value: object, path: str) -> AddCustomAttributesResponse:
    _s.expect_object(value, path)
    return AddCustomAttributesResponse()


Request = AddCustomAttributesRequest
"""The request dataclass of AddCustomAttributes."""


OPERATION: OperationSpec[AddCustomAttributesRequest, AddCustomAttributesResponse] = OperationSpec(
    name="AddCustomAttributes",
    validate=check_AddCustomAttributesRequest,
    serialize=serialize_AddCustomAttributesRequest,
    parse=parse_AddCustomAttributesResponse,
    signed=True,
    secrets=secrets_AddCustomAttributesRequest,
    fill_secret_hash=None,
)
