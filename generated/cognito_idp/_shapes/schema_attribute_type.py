# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import attribute_data_type as _shapes_attribute_data_type
from cognito_idp._shapes import (
    number_attribute_constraints_type as _shapes_number_attribute_constraints_type,
)
from cognito_idp._shapes import (
    string_attribute_constraints_type as _shapes_string_attribute_constraints_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_data_type import AttributeDataType, AttributeDataTypeValue
    from cognito_idp._shapes.number_attribute_constraints_type import NumberAttributeConstraintsType
    from cognito_idp._shapes.string_attribute_constraints_type import StringAttributeConstraintsType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class SchemaAttributeType(Boto3Dicts):
    """A list of the user attributes and their properties in your user pool. The attribute schema
    contains standard attributes, custom attributes with a `custom:` prefix, and developer
    attributes with a `dev:` prefix. For more information, see User pool attributes
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).

    Developer-only `dev:` attributes are a legacy feature of user pools, and are read-only to
    all app clients. You can create and update developer-only attributes only with
    IAM-authenticated API operations. Use app client read/write permissions instead."""

    name: str | None = None
    """The name of your user pool attribute. When you create or update a user pool, adding a
    schema attribute creates a custom or developer-only attribute. When you add an attribute
    with a `Name` value of `MyAttribute`, Amazon Cognito creates the custom attribute
    `custom:MyAttribute`. When `DeveloperOnlyAttribute` is `true`, Amazon Cognito creates your
    attribute as `dev:MyAttribute`. In an operation that describes a user pool, Amazon Cognito
    returns this value as `value` for standard attributes, `custom:value` for custom
    attributes, and `dev:value` for developer-only attributes.."""

    attribute_data_type: AttributeDataType | AttributeDataTypeValue | Unmodelled | None = None
    """The data format of the values for your attribute. When you choose an `AttributeDataType`,
    Amazon Cognito validates the input against the data type. A custom attribute value in your
    user's ID token is always a string, for example `"custom:isMember" : "true"` or
    `"custom:YearsAsMember" : "12"`."""

    developer_only_attribute: bool | None = None
    """Note: You should use WriteAttributes
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html#CognitoUserPools-Type-UserPoolClientType-WriteAttributes)
    in the user pool client to control how attributes can be mutated for new use cases instead
    of using `DeveloperOnlyAttribute`.

    Specifies whether the attribute type is developer only. This attribute can only be
    modified by an administrator. Users won't be able to modify this attribute using their
    access token. For example, `DeveloperOnlyAttribute` can be modified using
    AdminUpdateUserAttributes but can't be updated using UpdateUserAttributes."""

    mutable: bool | None = None
    """Specifies whether the value of the attribute can be changed.

    Any user pool attribute whose value you map from an IdP attribute must be mutable, with a
    parameter value of `true`. Amazon Cognito updates mapped attributes when users sign in to
    your application through an IdP. If an attribute is immutable, Amazon Cognito throws an
    error when it attempts to update the attribute. For more information, see Specifying
    Identity Provider Attribute Mappings for Your User Pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html)."""

    required: bool | None = None
    """Specifies whether a user pool attribute is required. If the attribute is required and the
    user doesn't provide a value, registration or sign-in will fail."""

    number_attribute_constraints: NumberAttributeConstraintsType | None = None
    """Specifies the constraints for an attribute of the number type."""

    string_attribute_constraints: StringAttributeConstraintsType | None = None
    """Specifies the constraints for an attribute of the string type."""


def serialize_SchemaAttributeType(v: SchemaAttributeType) -> str:
    out: list[str] = []
    if v.name is not None:
        out += (',"Name":', _s.json_str(v.name))
    if v.attribute_data_type is not None:
        out += (',"AttributeDataType":', _s.json_str(v.attribute_data_type))
    if v.developer_only_attribute is not None:
        out += (',"DeveloperOnlyAttribute":', ("true" if v.developer_only_attribute else "false"))
    if v.mutable is not None:
        out += (',"Mutable":', ("true" if v.mutable else "false"))
    if v.required is not None:
        out += (',"Required":', ("true" if v.required else "false"))
    if v.number_attribute_constraints is not None:
        out += (
            ',"NumberAttributeConstraints":',
            _shapes_number_attribute_constraints_type.serialize_NumberAttributeConstraintsType(
                v.number_attribute_constraints
            ),
        )
    if v.string_attribute_constraints is not None:
        out += (
            ',"StringAttributeConstraints":',
            _shapes_string_attribute_constraints_type.serialize_StringAttributeConstraintsType(
                v.string_attribute_constraints
            ),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_SchemaAttributeType(v: SchemaAttributeType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.number_attribute_constraints is not None:
        _shapes_number_attribute_constraints_type.secrets_NumberAttributeConstraintsType(
            v.number_attribute_constraints, out
        )
    if v.string_attribute_constraints is not None:
        _shapes_string_attribute_constraints_type.secrets_StringAttributeConstraintsType(
            v.string_attribute_constraints, out
        )


def check_SchemaAttributeType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SchemaAttributeType, path, problems, required)
    if v is None:
        return
    if v.name is not None and not (type(v.name) is str and 1 <= len(v.name) <= 20):
        _v.check_str(v.name, _v.join(path, "name"), problems, required=False, min_len=1, max_len=20)
    if v.attribute_data_type is not None and type(v.attribute_data_type) is not str:
        _v.check_str(
            v.attribute_data_type, _v.join(path, "attribute_data_type"), problems, required=False
        )
    if v.developer_only_attribute is not None and type(v.developer_only_attribute) is not bool:
        _v.check_bool(
            v.developer_only_attribute,
            _v.join(path, "developer_only_attribute"),
            problems,
            required=False,
        )
    if v.mutable is not None and type(v.mutable) is not bool:
        _v.check_bool(v.mutable, _v.join(path, "mutable"), problems, required=False)
    if v.required is not None and type(v.required) is not bool:
        _v.check_bool(v.required, _v.join(path, "required"), problems, required=False)
    if v.number_attribute_constraints is not None:
        _shapes_number_attribute_constraints_type.check_NumberAttributeConstraintsType(
            v.number_attribute_constraints,
            _v.join(path, "number_attribute_constraints"),
            problems,
            required=False,
        )
    if v.string_attribute_constraints is not None:
        _shapes_string_attribute_constraints_type.check_StringAttributeConstraintsType(
            v.string_attribute_constraints,
            _v.join(path, "string_attribute_constraints"),
            problems,
            required=False,
        )


def parse_SchemaAttributeType(value: object, path: str) -> SchemaAttributeType:
    m = _s.expect_object(value, path)
    x = m.get("Name")
    f_name = None if x is None else _s.parse_str(x, path + ".Name")
    x = m.get("AttributeDataType")
    f_attribute_data_type = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_attribute_data_type.AttributeDataType, x, path + ".AttributeDataType"
        )
    )
    x = m.get("DeveloperOnlyAttribute")
    f_developer_only_attribute = (
        None if x is None else _s.parse_bool(x, path + ".DeveloperOnlyAttribute")
    )
    x = m.get("Mutable")
    f_mutable = None if x is None else _s.parse_bool(x, path + ".Mutable")
    x = m.get("Required")
    f_required = None if x is None else _s.parse_bool(x, path + ".Required")
    x = m.get("NumberAttributeConstraints")
    f_number_attribute_constraints = (
        None
        if x is None
        else _shapes_number_attribute_constraints_type.parse_NumberAttributeConstraintsType(
            x, path + ".NumberAttributeConstraints"
        )
    )
    x = m.get("StringAttributeConstraints")
    f_string_attribute_constraints = (
        None
        if x is None
        else _shapes_string_attribute_constraints_type.parse_StringAttributeConstraintsType(
            x, path + ".StringAttributeConstraints"
        )
    )
    obj = _dc.new(SchemaAttributeType)
    obj.name = f_name
    obj.attribute_data_type = f_attribute_data_type
    obj.developer_only_attribute = f_developer_only_attribute
    obj.mutable = f_mutable
    obj.required = f_required
    obj.number_attribute_constraints = f_number_attribute_constraints
    obj.string_attribute_constraints = f_string_attribute_constraints
    return obj
