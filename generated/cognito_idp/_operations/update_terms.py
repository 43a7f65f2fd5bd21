# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateTerms: its request and response, and how they travel."""

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
class UpdateTermsRequest(Boto3Dicts):
    """The UpdateTermsRequest structure."""

    terms_id: str
    """The ID of the terms document that you want to update."""

    user_pool_id: str
    """The ID of the user pool that contains the terms that you want to update."""

    terms_name: str | None = None
    """The new name that you want to apply to the requested terms documents."""

    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled | None = None
    """This parameter is reserved for future use and currently accepts only one value."""

    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled | None = None
    """This parameter is reserved for future use and currently accepts only one value."""

    links: Mapping[str, str] | None = None
    """A map of URLs to languages. For each localized language that will view the requested
    `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages
    that don't have a language-specific URL.

    For example, `"cognito:default": "https://terms.example.com", "cognito:spanish":
    "https://terms.example.com/es"`."""


def serialize_UpdateTermsRequest(v: UpdateTermsRequest) -> str:
    out = ['{"TermsId":', _s.json_str(v.terms_id)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    if v.terms_name is not None:
        out += (',"TermsName":', _s.json_str(v.terms_name))
    if v.terms_source is not None:
        out += (',"TermsSource":', _s.json_str(v.terms_source))
    if v.enforcement is not None:
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


def secrets_UpdateTermsRequest(v: UpdateTermsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UpdateTermsRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, UpdateTermsRequest, path, problems, required)
    if v is None:
        return
    if type(v.terms_id) is not str:
        _v.check_str(v.terms_id, _v.join(path, "terms_id"), problems, required=True)
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if v.terms_name is not None and type(v.terms_name) is not str:
        _v.check_str(v.terms_name, _v.join(path, "terms_name"), problems, required=False)
    if v.terms_source is not None and type(v.terms_source) is not str:
        _v.check_str(v.terms_source, _v.join(path, "terms_source"), problems, required=False)
    if v.enforcement is not None and type(v.enforcement) is not str:
        _v.check_str(v.enforcement, _v.join(path, "enforcement"), problems, required=False)
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
class UpdateTermsResponse(Boto3Dicts):
    """The UpdateTermsResponse structure."""

    terms: TermsType | None = None
    """A summary of the updates to your terms documents."""


def parse_UpdateTermsResponse(value: object, path: str) -> UpdateTermsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Terms")
    f_terms = None if x is None else _shapes_terms_type.parse_TermsType(x, path + ".Terms")
    obj = _dc.new(UpdateTermsResponse)
    obj.terms = f_terms
    return obj


Request = UpdateTermsRequest
"""The request dataclass of UpdateTerms."""


OPERATION: OperationSpec[UpdateTermsRequest, UpdateTermsResponse] = OperationSpec(
    name="UpdateTerms",
    validate=check_UpdateTermsRequest,
    serialize=serialize_UpdateTermsRequest,
    parse=parse_UpdateTermsResponse,
    signed=True,
    secrets=secrets_UpdateTermsRequest,
    fill_secret_hash=None,
)
