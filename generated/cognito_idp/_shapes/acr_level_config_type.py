# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class AcrLevelConfigType(Boto3Dicts):
    """The configuration for a single authentication context class reference (ACR) level in a
    user pool. Each entry in an `AcrConfiguration` map associates a level (`Level1` through
    `Level4`) with this configuration, which provides the custom name that Amazon Cognito
    reports for that level in the `acr` token claim."""

    acr_value: str
    """The custom name for this authentication context class reference (ACR) level. This value is
    the URI that Amazon Cognito reports in the `acr` token claim when a user meets this level.
    The name must be unique across all levels in the user pool, including default names."""


def serialize_AcrLevelConfigType(v: AcrLevelConfigType) -> str:
    out = ['{"AcrValue":', _s.json_str(v.acr_value)]
    out.append("}")
    return "".join(out)


def secrets_AcrLevelConfigType(v: AcrLevelConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_AcrLevelConfigType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, AcrLevelConfigType, path, problems, required)
    if v is None:
        return
    if not (type(v.acr_value) is str and 1 <= len(v.acr_value) <= 64):
        _v.check_str(
            v.acr_value, _v.join(path, "acr_value"), problems, required=True, min_len=1, max_len=64
        )


def parse_AcrLevelConfigType(value: object, path: str) -> AcrLevelConfigType:
    m = _s.expect_object(value, path)
    x = m.get("AcrValue")
    if x is None:
        raise _s.missing(path + ".AcrValue")
    f_acr_value = _s.parse_str(x, path + ".AcrValue")
    obj = _dc.new(AcrLevelConfigType)
    obj.acr_value = f_acr_value
    return obj
