# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUserPoolClientSecrets: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    client_secret_descriptor_type as _shapes_client_secret_descriptor_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.client_secret_descriptor_type import ClientSecretDescriptorType


@_dc.dataclass(kw_only=True)
class ListUserPoolClientSecretsRequest(Boto3Dicts):
    """The request to list client secrets for a user pool app client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client whose secrets you want to list."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListUserPoolClientSecretsRequest(v: ListUserPoolClientSecretsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_ListUserPoolClientSecretsRequest(
    v: ListUserPoolClientSecretsRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_ListUserPoolClientSecretsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListUserPoolClientSecretsRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class ListUserPoolClientSecretsResponse(Boto3Dicts):
    """The response containing the list of client secret metadata. This response does not include
    a NextToken field as all secrets are returned in a single response."""

    client_secrets: list[ClientSecretDescriptorType] | None = None
    """A list of client secret descriptors containing the identifier and creation date for each
    secret. For security reasons, the response never reveals the actual secret value in
    ClientSecretValue."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListUserPoolClientSecretsResponse(
    value: object, path: str
) -> ListUserPoolClientSecretsResponse:
    m = _s.expect_object(value, path)
    x = m.get("ClientSecrets")
    f_client_secrets = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".ClientSecrets",
            lambda x, p: _shapes_client_secret_descriptor_type.parse_ClientSecretDescriptorType(
                x, p
            ),
        )
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListUserPoolClientSecretsResponse)
    obj.client_secrets = f_client_secrets
    obj.next_token = f_next_token
    return obj


Request = ListUserPoolClientSecretsRequest
"""The request dataclass of ListUserPoolClientSecrets."""


OPERATION: OperationSpec[ListUserPoolClientSecretsRequest, ListUserPoolClientSecretsResponse] = (
    OperationSpec(
        name="ListUserPoolClientSecrets",
        validate=check_ListUserPoolClientSecretsRequest,
        serialize=serialize_ListUserPoolClientSecretsRequest,
        parse=parse_ListUserPoolClientSecretsResponse,
        signed=True,
        secrets=secrets_ListUserPoolClientSecretsRequest,
        fill_secret_hash=None,
    )
)
