# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListIdentityProviders: its request and response, and how they travel."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from cognito_idp._shapes import identity_provider_type_type as _shapes_identity_provider_type_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.identity_provider_type_type import IdentityProviderTypeType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class ListIdentityProvidersRequest(Boto3Dicts):
    """The ListIdentityProvidersRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list IdPs."""

    max_results: int | None = None
    """The maximum number of IdPs that you want Amazon Cognito to return in the response."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListIdentityProvidersRequest(v: ListIdentityProvidersRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_ListIdentityProvidersRequest(
    v: ListIdentityProvidersRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListIdentityProvidersRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListIdentityProvidersRequest, path, problems, required)
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
    if v.max_results is not None and not (type(v.max_results) is int and 0 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=0,
            maximum=60,
        )
    if v.next_token is not None and not (type(v.next_token) is str and len(v.next_token) >= 1):
        _v.check_str(v.next_token, _v.join(path, "next_token"), problems, required=False, min_len=1)


@_dc.dataclass(kw_only=True)
class ListIdentityProvidersResponse(Boto3Dicts):
    """The ListIdentityProvidersResponse structure."""

    providers: list[ProviderDescription]
    """An array of the IdPs in your user pool. For each, the response includes identifiers, the
    IdP name and type, and trust-relationship details like the issuer URL."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListIdentityProvidersResponse(value: object, path: str) -> ListIdentityProvidersResponse:
    m = _s.expect_object(value, path)
    x = m.get("Providers")
    if x is None:
        raise _s.missing(path + ".Providers")
    f_providers = _s.parse_list(
        x, path + ".Providers", lambda x, p: parse_ProviderDescription(x, p)
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListIdentityProvidersResponse)
    obj.providers = f_providers
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class ProviderDescription(Boto3Dicts):
    """The details of a user pool identity provider (IdP), including name and type."""

    provider_name: str | None = None
    """The name of the IdP, for example `MySAMLProvider`."""

    provider_type: IdentityProviderTypeType | Unmodelled | None = None
    """The type of the provider, for example `SAML`. Amazon Cognito supports SAML 2.0, OIDC, and
    social IdPs. User pools list supported social IdPs by name in this response parameter:
    Facebook, Google, Login with Amazon, and Sign in with Apple."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""


def parse_ProviderDescription(value: object, path: str) -> ProviderDescription:
    m = _s.expect_object(value, path)
    x = m.get("ProviderName")
    f_provider_name = None if x is None else _s.parse_str(x, path + ".ProviderName")
    x = m.get("ProviderType")
    f_provider_type = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_identity_provider_type_type.IdentityProviderTypeType, x, path + ".ProviderType"
        )
    )
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    obj = _dc.new(ProviderDescription)
    obj.provider_name = f_provider_name
    obj.provider_type = f_provider_type
    obj.last_modified_date = f_last_modified_date
    obj.creation_date = f_creation_date
    return obj


Request = ListIdentityProvidersRequest
"""The request dataclass of ListIdentityProviders."""


OPERATION: OperationSpec[ListIdentityProvidersRequest, ListIdentityProvidersResponse] = (
    OperationSpec(
        name="ListIdentityProviders",
        validate=check_ListIdentityProvidersRequest,
        serialize=serialize_ListIdentityProvidersRequest,
        parse=parse_ListIdentityProvidersResponse,
        signed=True,
        secrets=secrets_ListIdentityProvidersRequest,
        fill_secret_hash=None,
    )
)


def items_of(v: ListIdentityProvidersResponse) -> Sequence[ProviderDescription]:
    """The Providers of one ListIdentityProviders page: what ``paginate_list_identity_providers(...).items()`` yields."""
    return v.providers


def next_token_of(v: ListIdentityProvidersResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(v: ListIdentityProvidersRequest, token: str | None) -> ListIdentityProvidersRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: ListIdentityProvidersResponse, items: Sequence[ProviderDescription]
) -> ListIdentityProvidersResponse:
    """The page with its Providers replaced by ``items``."""
    return _dc.replace(v, providers=list(items))


PAGINATOR: PaginatorSpec[
    ListIdentityProvidersRequest, ListIdentityProvidersResponse, ProviderDescription
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_list_identity_providers`` walks the pages of ListIdentityProviders."""
