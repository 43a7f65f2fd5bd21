# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListTerms: its request and response, and how they travel."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import terms_enforcement_type as _shapes_terms_enforcement_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.terms_enforcement_type import TermsEnforcementType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class ListTermsRequest(Boto3Dicts):
    """The ListTermsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list terms documents."""

    max_results: int | None = None
    """The maximum number of terms documents that you want Amazon Cognito to return in the
    response."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListTermsRequest(v: ListTermsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_ListTermsRequest(v: ListTermsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListTermsRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, ListTermsRequest, path, problems, required)
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
    if v.max_results is not None and not (type(v.max_results) is int and 1 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=1,
            maximum=60,
        )
    if v.next_token is not None and not (
        type(v.next_token) is str and 0 <= len(v.next_token) <= 131072
    ):
        _v.check_str(
            v.next_token,
            _v.join(path, "next_token"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )


@_dc.dataclass(kw_only=True)
class ListTermsResponse(Boto3Dicts):
    """The ListTermsResponse structure."""

    terms: list[TermsDescriptionType]
    """A summary of the requested terms documents. Includes unique identifiers for later changes
    to the terms documents."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def parse_ListTermsResponse(value: object, path: str) -> ListTermsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Terms")
    if x is None:
        raise _s.missing(path + ".Terms")
    f_terms = _s.parse_list(x, path + ".Terms", lambda x, p: parse_TermsDescriptionType(x, p))
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListTermsResponse)
    obj.terms = f_terms
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class TermsDescriptionType(Boto3Dicts):
    """The details of a set of terms documents. For more information, see Terms documents
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents)."""

    terms_id: str
    """The ID of the requested terms documents."""

    terms_name: str
    """The type and friendly name of the requested terms documents."""

    enforcement: TermsEnforcementType | Unmodelled
    """This parameter is reserved for future use and currently accepts one value."""

    creation_date: datetime.datetime
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    last_modified_date: datetime.datetime
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""


def parse_TermsDescriptionType(value: object, path: str) -> TermsDescriptionType:
    m = _s.expect_object(value, path)
    x = m.get("TermsId")
    if x is None:
        raise _s.missing(path + ".TermsId")
    f_terms_id = _s.parse_str(x, path + ".TermsId")
    x = m.get("TermsName")
    if x is None:
        raise _s.missing(path + ".TermsName")
    f_terms_name = _s.parse_str(x, path + ".TermsName")
    x = m.get("Enforcement")
    if x is None:
        raise _s.missing(path + ".Enforcement")
    f_enforcement = _s.parse_enum(
        _shapes_terms_enforcement_type.TermsEnforcementType, x, path + ".Enforcement"
    )
    x = m.get("CreationDate")
    if x is None:
        raise _s.missing(path + ".CreationDate")
    f_creation_date = _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("LastModifiedDate")
    if x is None:
        raise _s.missing(path + ".LastModifiedDate")
    f_last_modified_date = _s.parse_timestamp(x, path + ".LastModifiedDate")
    obj = _dc.new(TermsDescriptionType)
    obj.terms_id = f_terms_id
    obj.terms_name = f_terms_name
    obj.enforcement = f_enforcement
    obj.creation_date = f_creation_date
    obj.last_modified_date = f_last_modified_date
    return obj


Request = ListTermsRequest
"""The request dataclass of ListTerms."""


OPERATION: OperationSpec[ListTermsRequest, ListTermsResponse] = OperationSpec(
    name="ListTerms",
    validate=check_ListTermsRequest,
    serialize=serialize_ListTermsRequest,
    parse=parse_ListTermsResponse,
    signed=True,
    secrets=secrets_ListTermsRequest,
    fill_secret_hash=None,
)
