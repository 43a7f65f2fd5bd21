# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListWebAuthnCredentials: its request and response, and how they travel."""

from __future__ import annotations

import datetime

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class ListWebAuthnCredentialsRequest(Boto3Dicts):
    """The ListWebAuthnCredentialsRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

    max_results: int | None = None
    """The maximum number of the user's passkey credentials that you want to return."""


def serialize_ListWebAuthnCredentialsRequest(v: ListWebAuthnCredentialsRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    out.append("}")
    return "".join(out)


def secrets_ListWebAuthnCredentialsRequest(
    v: ListWebAuthnCredentialsRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_ListWebAuthnCredentialsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListWebAuthnCredentialsRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
    if v.next_token is not None and not (
        type(v.next_token) is str and 1 <= len(v.next_token) <= 131072
    ):
        _v.check_str(
            v.next_token,
            _v.join(path, "next_token"),
            problems,
            required=False,
            min_len=1,
            max_len=131072,
        )
    if v.max_results is not None and not (type(v.max_results) is int and 0 <= v.max_results <= 20):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=0,
            maximum=20,
        )


@_dc.dataclass(kw_only=True)
class ListWebAuthnCredentialsResponse(Boto3Dicts):
    """The ListWebAuthnCredentialsResponse structure."""

    credentials: list[WebAuthnCredentialDescription]
    """A list of registered passkeys for a user."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListWebAuthnCredentialsResponse(
    value: object, path: str
) -> ListWebAuthnCredentialsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Credentials")
    if x is None:
        raise _s.missing(path + ".Credentials")
    f_credentials = _s.parse_list(
        x, path + ".Credentials", lambda x, p: parse_WebAuthnCredentialDescription(x, p)
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListWebAuthnCredentialsResponse)
    obj.credentials = f_credentials
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class WebAuthnCredentialDescription(Boto3Dicts):
    """The details of a passkey, or webauthN, biometric or security-key authentication factor for
    a user."""

    credential_id: str
    """The unique identifier of the passkey credential."""

    friendly_credential_name: str
    """An automatically-generated friendly name for the passkey credential."""

    relying_party_id: str
    """The relying-party ID of the provider for the passkey credential."""

    authenticator_transports: list[str]
    """Information about the transport methods of the passkey credential, for example USB or
    Bluetooth Low Energy."""

    created_at: datetime.datetime
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    authenticator_attachment: str | None = None
    """The general category of the passkey authenticator. Can be a platform, or on-device
    authenticator like a built-in fingerprint scanner, or a cross-platform device that's not
    attached to the device like a Bluetooth security key."""


def parse_WebAuthnCredentialDescription(value: object, path: str) -> WebAuthnCredentialDescription:
    m = _s.expect_object(value, path)
    x = m.get("CredentialId")
    if x is None:
        raise _s.missing(path + ".CredentialId")
    f_credential_id = _s.parse_str(x, path + ".CredentialId")
    x = m.get("FriendlyCredentialName")
    if x is None:
        raise _s.missing(path + ".FriendlyCredentialName")
    f_friendly_credential_name = _s.parse_str(x, path + ".FriendlyCredentialName")
    x = m.get("RelyingPartyId")
    if x is None:
        raise _s.missing(path + ".RelyingPartyId")
    f_relying_party_id = _s.parse_str(x, path + ".RelyingPartyId")
    x = m.get("AuthenticatorAttachment")
    f_authenticator_attachment = (
        None if x is None else _s.parse_str(x, path + ".AuthenticatorAttachment")
    )
    x = m.get("AuthenticatorTransports")
    if x is None:
        raise _s.missing(path + ".AuthenticatorTransports")
    f_authenticator_transports = _s.parse_list(
        x, path + ".AuthenticatorTransports", lambda x, p: _s.parse_str(x, p)
    )
    x = m.get("CreatedAt")
    if x is None:
        raise _s.missing(path + ".CreatedAt")
    f_created_at = _s.parse_timestamp(x, path + ".CreatedAt")
    obj = _dc.new(WebAuthnCredentialDescription)
    obj.credential_id = f_credential_id
    obj.friendly_credential_name = f_friendly_credential_name
    obj.relying_party_id = f_relying_party_id
    obj.authenticator_transports = f_authenticator_transports
    obj.created_at = f_created_at
    obj.authenticator_attachment = f_authenticator_attachment
    return obj


Request = ListWebAuthnCredentialsRequest
"""The request dataclass of ListWebAuthnCredentials."""


OPERATION: OperationSpec[ListWebAuthnCredentialsRequest, ListWebAuthnCredentialsResponse] = (
    OperationSpec(
        name="ListWebAuthnCredentials",
        validate=check_ListWebAuthnCredentialsRequest,
        serialize=serialize_ListWebAuthnCredentialsRequest,
        parse=parse_ListWebAuthnCredentialsResponse,
        signed=False,
        secrets=secrets_ListWebAuthnCredentialsRequest,
        fill_secret_hash=None,
    )
)
