# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import asset_category_type as _shapes_asset_category_type
from cognito_idp._shapes import asset_extension_type as _shapes_asset_extension_type
from cognito_idp._shapes import color_scheme_mode_type as _shapes_color_scheme_mode_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.asset_category_type import AssetCategoryType, AssetCategoryTypeValue
    from cognito_idp._shapes.asset_extension_type import AssetExtensionType, AssetExtensionTypeValue
    from cognito_idp._shapes.color_scheme_mode_type import (
        ColorSchemeModeType,
        ColorSchemeModeTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AssetType(Boto3Dicts):
    """An image file from a managed login branding style in a user pool."""

    category: AssetCategoryType | AssetCategoryTypeValue | Unmodelled
    """The category that the image corresponds to in your managed login configuration. Managed
    login has asset categories for different types of logos, backgrounds, and icons."""

    color_mode: ColorSchemeModeType | ColorSchemeModeTypeValue | Unmodelled
    """The display-mode target of the asset: light, dark, or browser-adaptive. For example,
    Amazon Cognito displays a dark-mode image only when the browser or application is in dark
    mode, but displays a browser-adaptive file in all contexts."""

    extension: AssetExtensionType | AssetExtensionTypeValue | Unmodelled
    """The file type of the image file."""

    bytes_: bytes | None = None
    """The image file, in Base64-encoded binary."""

    resource_id: str | None = None
    """The ID of the asset."""


def serialize_AssetType(v: AssetType) -> str:
    out = ['{"Category":', _s.json_str(v.category)]
    out += (',"ColorMode":', _s.json_str(v.color_mode))
    out += (',"Extension":', _s.json_str(v.extension))
    if v.bytes_ is not None:
        out += (',"Bytes":', _s.json_blob(v.bytes_))
    if v.resource_id is not None:
        out += (',"ResourceId":', _s.json_str(v.resource_id))
    out.append("}")
    return "".join(out)


def secrets_AssetType(v: AssetType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_AssetType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, AssetType, path, problems, required)
    if v is None:
        return
    if type(v.category) is not str:
        _v.check_str(v.category, _v.join(path, "category"), problems, required=True)
    if type(v.color_mode) is not str:
        _v.check_str(v.color_mode, _v.join(path, "color_mode"), problems, required=True)
    if type(v.extension) is not str:
        _v.check_str(v.extension, _v.join(path, "extension"), problems, required=True)
    if v.bytes_ is not None:
        _v.check_blob(v.bytes_, _v.join(path, "bytes_"), problems, required=False, max_len=1000000)
    if v.resource_id is not None and not (
        type(v.resource_id) is str and 1 <= len(v.resource_id) <= 40
    ):
        _v.check_str(
            v.resource_id,
            _v.join(path, "resource_id"),
            problems,
            required=False,
            min_len=1,
            max_len=40,
        )


def parse_AssetType(value: object, path: str) -> AssetType:
    m = _s.expect_object(value, path)
    x = m.get("Category")
    if x is None:
        raise _s.missing(path + ".Category")
    f_category = _s.parse_enum(_shapes_asset_category_type.AssetCategoryType, x, path + ".Category")
    x = m.get("ColorMode")
    if x is None:
        raise _s.missing(path + ".ColorMode")
    f_color_mode = _s.parse_enum(
        _shapes_color_scheme_mode_type.ColorSchemeModeType, x, path + ".ColorMode"
    )
    x = m.get("Extension")
    if x is None:
        raise _s.missing(path + ".Extension")
    f_extension = _s.parse_enum(
        _shapes_asset_extension_type.AssetExtensionType, x, path + ".Extension"
    )
    x = m.get("Bytes")
    f_bytes_ = None if x is None else _s.parse_blob(x, path + ".Bytes")
    x = m.get("ResourceId")
    f_resource_id = None if x is None else _s.parse_str(x, path + ".ResourceId")
    obj = _dc.new(AssetType)
    obj.category = f_category
    obj.color_mode = f_color_mode
    obj.extension = f_extension
    obj.bytes_ = f_bytes_
    obj.resource_id = f_resource_id
    return obj
