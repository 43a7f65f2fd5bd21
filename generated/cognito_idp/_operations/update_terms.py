# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateTerms: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec
from aws_runtime.static_typing import TYPE_CHECKING
from cognito_idp._shapes import terms_type as _shapes_terms_type

if TYPE_CHECKING:
    from aws_runtime.enums import Unmodelled
    from cognito_idp._shapes.terms_enforcement_type import (
        TermsEnforcementType,
        TermsEnforcementTypeValue,
    )
    from cognito_idp._shapes.terms_source_type import TermsSourceType, TermsSourceTypeValue
    from cognito_idp._shapes.terms_type import TermsType


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class UpdateTermsRequest:
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

    def __init__(
        self,
        *,
        terms_id: str,
        user_pool_id: str,
        terms_name: str | None = None,
        terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled | None = None,
        enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled | None = None,
        links: Mapping[str, str] | None = None,
    ) -> None:
        self.terms_id = terms_id
        self.user_pool_id = user_pool_id
        self.terms_name = terms_name
        self.terms_source = terms_source
        self.enforcement = enforcement
        self.links = links

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(terms_id={self.terms_id!r}, user_pool_id={self.user_pool_id!r}, terms_name={self.terms_name!r}, terms_source={self.terms_source!r}, enforcement={self.enforcement!r}, links={self.links!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateTermsRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.terms_id,
            self.user_pool_id,
            self.terms_name,
            self.terms_source,
            self.enforcement,
            self.links,
        ) == (
            other.terms_id,
            other.user_pool_id,
            other.terms_name,
            other.terms_source,
            other.enforcement,
            other.links,
        )


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
        _v.check_str(v.terms_id, _v.join(path, "terms_id"), problems, True, None, None)
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(v.user_pool_id, _v.join(path, "user_pool_id"), problems, True, 1, 55)
    if v.terms_name is not None and type(v.terms_name) is not str:
        _v.check_str(v.terms_name, _v.join(path, "terms_name"), problems, False, None, None)
    if v.terms_source is not None and type(v.terms_source) is not str:
        _v.check_str(v.terms_source, _v.join(path, "terms_source"), problems, False, None, None)
    if v.enforcement is not None and type(v.enforcement) is not str:
        _v.check_str(v.enforcement, _v.join(path, "enforcement"), problems, False, None, None)
    if v.links is not None:
        _v.check_map(
            v.links,
            _v.join(path, "links"),
            problems,
            False,
            1,
            13,
            lambda x, p: _v.check_str(x, p, problems, True, None, None),
            lambda x, p: _v.check_str(x, p, problems, True, 1, 1024),
        )


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class UpdateTermsResponse:
    """The UpdateTermsResponse structure."""

    terms: TermsType | None = None
    """A summary of the updates to your terms documents."""

    def __init__(
        self,
        *,
        terms: TermsType | None = None,
    ) -> None:
        self.terms = terms

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(terms={self.terms!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateTermsResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.terms,) == (other.terms,)


def parse_UpdateTermsResponse(value: object, path: str) -> UpdateTermsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Terms")
    f_terms = None if x is None else _shapes_terms_type.parse_TermsType(x, path + ".Terms")
    obj = _dc.new(UpdateTermsResponse)
    obj.terms = f_terms
    return obj


Request = UpdateTermsRequest
"""The request dataclass of UpdateTerms."""


def new_request(
    terms_id: str,
    user_pool_id: str,
    terms_name: str | None,
    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled | None,
    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled | None,
    links: Mapping[str, str] | None,
) -> UpdateTermsRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(UpdateTermsRequest)
    _req.terms_id = terms_id
    _req.user_pool_id = user_pool_id
    _req.terms_name = terms_name
    _req.terms_source = terms_source
    _req.enforcement = enforcement
    _req.links = links
    return _req


OPERATION: OperationSpec[UpdateTermsRequest, UpdateTermsResponse] = OperationSpec(
    name="UpdateTerms",
    validate=check_UpdateTermsRequest,
    serialize=serialize_UpdateTermsRequest,
    parse=parse_UpdateTermsResponse,
    signed=True,
    secrets=secrets_UpdateTermsRequest,
    fill_secret_hash=None,
)
