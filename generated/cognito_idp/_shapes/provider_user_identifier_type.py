# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class ProviderUserIdentifierType(Boto3Dicts):
    """The characteristics of a source or destination user for linking a federated user profile
    to a local user profile."""

    provider_name: str | None = None
    """The name of the provider, such as Facebook, Google, or Login with Amazon."""

    provider_attribute_name: str | None = None
    """The name of the provider attribute to link to, such as `NameID`."""

    provider_attribute_value: str | None = None
    """The value of the provider attribute to link to, such as `xxxxx_account`."""


def serialize_ProviderUserIdentifierType(v: ProviderUserIdentifierType) -> str:
    out: list[str] = []
    if v.provider_name is not None:
        out += (',"ProviderName":', _s.json_str(v.provider_name))
    if v.provider_attribute_name is not None:
        out += (',"ProviderAttributeName":', _s.json_str(v.provider_attribute_name))
    if v.provider_attribute_value is not None:
        out += (',"ProviderAttributeValue":', _s.json_str(v.provider_attribute_value))
    return "{" + "".join(out)[1:] + "}"


def secrets_ProviderUserIdentifierType(v: ProviderUserIdentifierType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ProviderUserIdentifierType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ProviderUserIdentifierType, path, problems, required)
    if v is None:
        return
    if v.provider_name is not None and not (
        type(v.provider_name) is str and 1 <= len(v.provider_name) <= 32
    ):
        _v.check_str(
            v.provider_name,
            _v.join(path, "provider_name"),
            problems,
            required=False,
            min_len=1,
            max_len=32,
        )
    if v.provider_attribute_name is not None and not (
        type(v.provider_attribute_name) is str and 0 <= len(v.provider_attribute_name) <= 131072
    ):
        _v.check_str(
            v.provider_attribute_name,
            _v.join(path, "provider_attribute_name"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.provider_attribute_value is not None and not (
        type(v.provider_attribute_value) is str and 0 <= len(v.provider_attribute_value) <= 131072
    ):
        _v.check_str(
            v.provider_attribute_value,
            _v.join(path, "provider_attribute_value"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
