# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class HttpHeader(Boto3Dicts):
    """The HTTP header in the `ContextData` parameter."""

    header_name: str | None = None
    """The header name."""

    header_value: str | None = None
    """The header value."""


def serialize_HttpHeader(v: HttpHeader) -> str:
    out: list[str] = []
    if v.header_name is not None:
        out += (',"headerName":', _s.json_str(v.header_name))
    if v.header_value is not None:
        out += (',"headerValue":', _s.json_str(v.header_value))
    return "{" + "".join(out)[1:] + "}"


def secrets_HttpHeader(v: HttpHeader, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_HttpHeader(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, HttpHeader, path, problems, required)
    if v is None:
        return
    if v.header_name is not None and not (
        type(v.header_name) is str and 0 <= len(v.header_name) <= 131072
    ):
        _v.check_str(
            v.header_name,
            _v.join(path, "header_name"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.header_value is not None and not (
        type(v.header_value) is str and 0 <= len(v.header_value) <= 131072
    ):
        _v.check_str(
            v.header_value,
            _v.join(path, "header_value"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
