# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class ClientSecretDescriptorType(Boto3Dicts):
    """Contains information about a client secret, including its unique identifier, value, and
    creation timestamp."""

    client_secret_id: str | None = None
    """The unique identifier for the client secret. This identifier follows the format
    <client-id>--<epoch-create-time>."""

    client_secret_value: str | None = _dc.field(default=None, repr=False)
    """The actual secret value. This is only returned when creating a new secret and only if
    Amazon Cognito generated the secret. For custom secrets that you provide, this field is
    not included in the response."""

    client_secret_create_date: datetime.datetime | None = None
    """The date and time when the client secret was created."""


def parse_ClientSecretDescriptorType(value: object, path: str) -> ClientSecretDescriptorType:
    m = _s.expect_object(value, path)
    x = m.get("ClientSecretId")
    f_client_secret_id = None if x is None else _s.parse_str(x, path + ".ClientSecretId")
    x = m.get("ClientSecretValue")
    f_client_secret_value = None if x is None else _s.parse_str(x, path + ".ClientSecretValue")
    x = m.get("ClientSecretCreateDate")
    f_client_secret_create_date = (
        None if x is None else _s.parse_timestamp(x, path + ".ClientSecretCreateDate")
    )
    obj = _dc.new(ClientSecretDescriptorType)
    obj.client_secret_id = f_client_secret_id
    obj.client_secret_value = f_client_secret_value
    obj.client_secret_create_date = f_client_secret_create_date
    return obj
