# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""CreateTerms: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import terms_type as _shapes_terms_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.terms_enforcement_type import (
        TermsEnforcementType,
        TermsEnforcementTypeValue,
    )
    from cognito_idp._shapes.terms_source_type import TermsSourceType, TermsSourceTypeValue
    from cognito_idp._shapes.terms_type import TermsType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CreateTermsRequest(Boto3Dicts):
    """The CreateTermsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to create terms documents."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client where you want to create terms documents. Must be an app client
    in the requested user pool."""

    terms_name: str
    """A friendly name for the document that you want to create in the current request. Must
    begin with `terms-of-use` or `privacy-policy` as identification of the document type.
    Provide URLs for both `terms-of-use` and `privacy-policy` in separate requests."""

    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled
    """This parameter is reserved for future use and currently accepts only one value."""

    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled
    """This parameter is reserved for future use and currently accepts only one value."""

    links: Mapping[str, str] | None = None
    """A map of URLs to languages. For each localized language that will view the requested
    `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages
    that don't have a language-specific URL.

    For example, `"cognito:default": "https://terms.example.com", "cognito:spanish":
    "https://terms.example.com/es"`."""


def serialize_CreateTermsRequest(v: CreateTermsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out += (',"TermsName":', _s.json_str(v.terms_name))
    out += (',"TermsSource":', _s.json_str(v.terms_source))
    out += (',"Enforcement":', _s.json_str(v.enforcement))
    if v.links is not None:
        out += (
            ',"Links":',
            "{"
            + ",".join([_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.links.items()])
            + "}",
        )
    out.append("}")
    return "".join(out)


def secrets_CreateTermsRequest(v: CreateTermsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_CreateTermsRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, CreateTermsRequest, path, problems, required)
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
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if type(v.terms_name) is not str:
        _v.check_str(v.terms_name, _v.join(path, "terms_name"), problems, required=True)
    if type(v.terms_source) is not str:
        _v.check_str(v.terms_source, _v.join(path, "terms_source"), problems, required=True)
    if type(v.enforcement) is not str:
        _v.check_str(v.enforcement, _v.join(path, "enforcement"), problems, required=True)
    if v.links is not None:
        _v.check_map(
            v.links,
            _v.join(path, "links"),
            problems,
            required=False,
            min_len=1,
            max_len=13,
            key=lambda x, p: _v.check_str(x, p, problems, required=True),
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=1024),
        )


@_dc.dataclass(kw_only=True)
class CreateTermsResponse(Boto3Dicts):
    """The CreateTermsResponse structure."""

    terms: TermsType | None = None
    """A summary of your terms documents. Includes a unique identifier for later changes to the
    terms documents."""


def parse_CreateTermsResponse(value: object, path: str) -> CreateTermsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Terms")
    f_terms = None if x is None else _shapes_terms_type.parse_TermsType(x, path + ".Terms")
    obj = _dc.new(CreateTermsResponse)
    obj.terms = f_terms
    return obj


Request = CreateTermsRequest
"""The request dataclass of CreateTerms."""


OPERATION: OperationSpec[CreateTermsRequest, CreateTermsResponse] = OperationSpec(
    name="CreateTerms",
    validate=check_CreateTermsRequest,
    serialize=serialize_CreateTermsRequest,
    parse=parse_CreateTermsResponse,
    signed=True,
    secrets=secrets_CreateTermsRequest,
    fill_secret_hash=None,
)
