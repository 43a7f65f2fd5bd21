# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import terms_enforcement_type as _shapes_terms_enforcement_type
from cognito_idp._shapes import terms_source_type as _shapes_terms_source_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.terms_enforcement_type import TermsEnforcementType
    from cognito_idp._shapes.terms_source_type import TermsSourceType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class TermsType(Boto3Dicts):
    """The details of a set of terms documents. For more information, see Terms documents
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents)."""

    terms_id: str
    """The ID of the terms documents."""

    user_pool_id: str
    """The ID of the user pool that contains the terms documents."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that the terms documents are assigned to."""

    terms_name: str
    """The type and friendly name of the terms documents."""

    terms_source: TermsSourceType | Unmodelled
    """This parameter is reserved for future use and currently accepts one value."""

    enforcement: TermsEnforcementType | Unmodelled
    """This parameter is reserved for future use and currently accepts one value."""

    links: dict[str, str]
    """A map of URLs to languages. For each localized language that will view the requested
    `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages
    that don't have a language-specific URL.

    For example, `"cognito:default": "https://terms.example.com", "cognito:spanish":
    "https://terms.example.com/es"`."""

    creation_date: datetime.datetime
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    last_modified_date: datetime.datetime
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""


def parse_TermsType(value: object, path: str) -> TermsType:
    m = _s.expect_object(value, path)
    x = m.get("TermsId")
    if x is None:
        raise _s.missing(path + ".TermsId")
    f_terms_id = _s.parse_str(x, path + ".TermsId")
    x = m.get("UserPoolId")
    if x is None:
        raise _s.missing(path + ".UserPoolId")
    f_user_pool_id = _s.parse_str(x, path + ".UserPoolId")
    x = m.get("ClientId")
    if x is None:
        raise _s.missing(path + ".ClientId")
    f_client_id = _s.parse_str(x, path + ".ClientId")
    x = m.get("TermsName")
    if x is None:
        raise _s.missing(path + ".TermsName")
    f_terms_name = _s.parse_str(x, path + ".TermsName")
    x = m.get("TermsSource")
    if x is None:
        raise _s.missing(path + ".TermsSource")
    f_terms_source = _s.parse_enum(
        _shapes_terms_source_type.TermsSourceType, x, path + ".TermsSource"
    )
    x = m.get("Enforcement")
    if x is None:
        raise _s.missing(path + ".Enforcement")
    f_enforcement = _s.parse_enum(
        _shapes_terms_enforcement_type.TermsEnforcementType, x, path + ".Enforcement"
    )
    x = m.get("Links")
    if x is None:
        raise _s.missing(path + ".Links")
    f_links = _s.parse_map(x, path + ".Links", lambda x, p: _s.parse_str(x, p))
    x = m.get("CreationDate")
    if x is None:
        raise _s.missing(path + ".CreationDate")
    f_creation_date = _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("LastModifiedDate")
    if x is None:
        raise _s.missing(path + ".LastModifiedDate")
    f_last_modified_date = _s.parse_timestamp(x, path + ".LastModifiedDate")
    obj = _dc.new(TermsType)
    obj.terms_id = f_terms_id
    obj.user_pool_id = f_user_pool_id
    obj.client_id = f_client_id
    obj.terms_name = f_terms_name
    obj.terms_source = f_terms_source
    obj.enforcement = f_enforcement
    obj.links = f_links
    obj.creation_date = f_creation_date
    obj.last_modified_date = f_last_modified_date
    return obj
