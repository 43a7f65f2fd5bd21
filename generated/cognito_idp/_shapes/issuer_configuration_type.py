# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import issuer_type as _shapes_issuer_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.issuer_type import IssuerType, IssuerTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class IssuerConfigurationType(Boto3Dicts):
    """Specifies the issuer configuration for a user pool. Contains settings that determine how
    tokens are issued and validated."""

    type: IssuerType | IssuerTypeValue | Unmodelled | None = None
    """The type of issuer configuration. Determines the token issuing behavior for the user pool.

    ORIGINAL
        The original issuer configuration for user pools. The issuer URL is hosted in the user
        pool's region and provides OIDC endpoints specific to that region.

        Original issuers have the format of
        `https://cognito-idp.[region].amazonaws.com/[userPoolId]`

    UPDATED
        Recommended for all user pools, including for multi-Region replication. Updated
        issuers host the same JWKS content in multiple regions, resulting in improved
        resilience and efficiency.

        Updated issuers have the format of
        `https://issuer-cognito-idp.[region].amazonaws.com/[userPoolId]`, where region is the
        primary Amazon Web Services Region of your user pool."""


def serialize_IssuerConfigurationType(v: IssuerConfigurationType) -> str:
    out: list[str] = []
    if v.type is not None:
        out += (',"Type":', _s.json_str(v.type))
    return "{" + "".join(out)[1:] + "}"


def secrets_IssuerConfigurationType(v: IssuerConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_IssuerConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, IssuerConfigurationType, path, problems, required)
    if v is None:
        return
    if v.type is not None and type(v.type) is not str:
        _v.check_str(v.type, _v.join(path, "type"), problems, required=False)


def parse_IssuerConfigurationType(value: object, path: str) -> IssuerConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("Type")
    f_type = None if x is None else _s.parse_enum(_shapes_issuer_type.IssuerType, x, path + ".Type")
    obj = _dc.new(IssuerConfigurationType)
    obj.type = f_type
    return obj
