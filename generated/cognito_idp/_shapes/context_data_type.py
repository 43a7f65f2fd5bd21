# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import http_header as _shapes_http_header
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.http_header import HttpHeader


@_dc.dataclass(kw_only=True)
class ContextDataType(Boto3Dicts):
    """Contextual user data used for evaluating the risk of an authentication event by user pool
    threat protection."""

    ip_address: str
    """The source IP address of your user's device."""

    server_name: str
    """The name of your application's service endpoint."""

    server_path: str
    """The path of your application's service endpoint."""

    http_headers: Sequence[HttpHeader]
    """The HTTP headers from your user's authentication request."""

    encoded_data: str | None = None
    """Encoded device-fingerprint details that your app collected with the Amazon Cognito context
    data collection library. For more information, see Adding user device and session data to
    API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint)."""


def serialize_ContextDataType(v: ContextDataType) -> str:
    out = ['{"IpAddress":', _s.json_str(v.ip_address)]
    out += (',"ServerName":', _s.json_str(v.server_name))
    out += (',"ServerPath":', _s.json_str(v.server_path))
    out += (
        ',"HttpHeaders":',
        "[" + ",".join([_shapes_http_header.serialize_HttpHeader(x) for x in v.http_headers]) + "]",
    )
    if v.encoded_data is not None:
        out += (',"EncodedData":', _s.json_str(v.encoded_data))
    out.append("}")
    return "".join(out)


def secrets_ContextDataType(v: ContextDataType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    for http_headers_item in v.http_headers:
        _shapes_http_header.secrets_HttpHeader(http_headers_item, out)


def check_ContextDataType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, ContextDataType, path, problems, required)
    if v is None:
        return
    if not (type(v.ip_address) is str and 0 <= len(v.ip_address) <= 131072):
        _v.check_str(
            v.ip_address,
            _v.join(path, "ip_address"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )
    if not (type(v.server_name) is str and 0 <= len(v.server_name) <= 131072):
        _v.check_str(
            v.server_name,
            _v.join(path, "server_name"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )
    if not (type(v.server_path) is str and 0 <= len(v.server_path) <= 131072):
        _v.check_str(
            v.server_path,
            _v.join(path, "server_path"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )
    _v.check_list(
        v.http_headers,
        _v.join(path, "http_headers"),
        problems,
        required=True,
        item=lambda x, p: _shapes_http_header.check_HttpHeader(x, p, problems, required=True),
    )
    if v.encoded_data is not None and not (
        type(v.encoded_data) is str and 0 <= len(v.encoded_data) <= 131072
    ):
        _v.check_str(
            v.encoded_data,
            _v.join(path, "encoded_data"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
