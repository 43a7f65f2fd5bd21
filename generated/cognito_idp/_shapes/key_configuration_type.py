# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import encryption_key_type as _shapes_encryption_key_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.encryption_key_type import EncryptionKeyType, EncryptionKeyTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class KeyConfigurationType(Boto3Dicts):
    """Specifies the key configuration for a user pool. Contains settings for encryption keys
    used to secure user pool data."""

    key_type: EncryptionKeyType | EncryptionKeyTypeValue | Unmodelled | None = None
    """The type of encryption key used for the user pool.

    AWS_OWNED_KEY
        A key owned by Amazon Web Services in Key Management Service.

    CUSTOMER_MANAGED_KEY
        A key managed by the customer in Key Management Service. You must use a multi-region
        key to enable multi-region replication for a user pool."""

    kms_key_arn: str | None = None
    """The Amazon Resource Name (ARN) of the KMS key used for encryption. If not specified,
    Amazon Web Services managed keys are used."""


def serialize_KeyConfigurationType(v: KeyConfigurationType) -> str:
    out: list[str] = []
    if v.key_type is not None:
        out += (',"KeyType":', _s.json_str(v.key_type))
    if v.kms_key_arn is not None:
        out += (',"KmsKeyArn":', _s.json_str(v.kms_key_arn))
    return "{" + "".join(out)[1:] + "}"


def secrets_KeyConfigurationType(v: KeyConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_KeyConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, KeyConfigurationType, path, problems, required)
    if v is None:
        return
    if v.key_type is not None and type(v.key_type) is not str:
        _v.check_str(v.key_type, _v.join(path, "key_type"), problems, required=False)
    if v.kms_key_arn is not None and not (
        type(v.kms_key_arn) is str and 20 <= len(v.kms_key_arn) <= 2048
    ):
        _v.check_str(
            v.kms_key_arn,
            _v.join(path, "kms_key_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )


def parse_KeyConfigurationType(value: object, path: str) -> KeyConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("KeyType")
    f_key_type = (
        None
        if x is None
        else _s.parse_enum(_shapes_encryption_key_type.EncryptionKeyType, x, path + ".KeyType")
    )
    x = m.get("KmsKeyArn")
    f_kms_key_arn = None if x is None else _s.parse_str(x, path + ".KmsKeyArn")
    obj = _dc.new(KeyConfigurationType)
    obj.key_type = f_key_type
    obj.kms_key_arn = f_kms_key_arn
    return obj
