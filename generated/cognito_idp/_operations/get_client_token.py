# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetClientToken: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class ClientAuthenticationResultType(Boto3Dicts):
    """The access token and its metadata from a machine-to-machine (M2M) client credentials
    grant."""

    access_token: str | None = _dc.field(default=None, repr=False)
    """The access token for the requested app client. Present this token to a resource server to
    authorize a request, using the scopes granted in the token."""

    expires_in: int | None = None
    """The number of seconds until the access token expires."""

    token_type: str | None = None
    """The type of the token. For example, `Bearer`."""


def parse_ClientAuthenticationResultType(
    value: object, path: str
) -> ClientAuthenticationResultType:
    m = _s.expect_object(value, path)
    x = m.get("AccessToken")
    f_access_token = None if x is None else _s.parse_str(x, path + ".AccessToken")
    x = m.get("ExpiresIn")
    f_expires_in = None if x is None else _s.parse_int(x, path + ".ExpiresIn")
    x = m.get("TokenType")
    f_token_type = None if x is None else _s.parse_str(x, path + ".TokenType")
    obj = _dc.new(ClientAuthenticationResultType)
    obj.access_token = f_access_token
    obj.expires_in = f_expires_in
    obj.token_type = f_token_type
    return obj


@_dc.dataclass(kw_only=True)
class GetClientTokenRequest(Boto3Dicts):
    """The GetClientTokenRequest structure."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that requests the access token. The app client must have a client
    secret and the `ALLOW_CLIENT_TOKEN_AUTH` authentication flow."""

    secret: str = _dc.field(repr=False)
    """An active secret for the app client."""

    scopes: Sequence[str] | None = None
    """The custom scopes to authorize in the access token, in the format
    `resource-server-identifier/scope-name`. Each scope must belong to a resource server in
    your user pool. If you don't specify any scopes, Amazon Cognito authorizes the scopes that
    are configured for the app client."""

    client_metadata: Mapping[str, str] | None = None
    """A map of custom key-value pairs that you can provide as input for any custom workflows
    that this action triggers. You create custom workflows by assigning Lambda functions to
    user pool triggers.

    When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the
    function receives as input. This payload contains a `clientMetadata` attribute that
    provides the data that you assigned to the ClientMetadata parameter in your request. In
    your function code, you can process the `clientMetadata` value to enhance your workflow
    for your specific needs.

    To review the Lambda trigger types that Amazon Cognito invokes at runtime with API
    requests, see Connecting API actions to Lambda triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
    in the Amazon Cognito Developer Guide.

    Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the
    following:

    - Store the `ClientMetadata` value. This data is available only to Lambda triggers that
      are assigned to a user pool to support custom workflows. If your user pool configuration
      doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    - Validate the `ClientMetadata` value.
    - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter."""


def serialize_GetClientTokenRequest(v: GetClientTokenRequest) -> str:
    out = ['{"ClientId":', _s.json_str(v.client_id)]
    out += (',"Secret":', _s.json_str(v.secret))
    if v.scopes is not None:
        out += (',"Scopes":', "[" + ",".join(map(_s.json_str, v.scopes)) + "]")
    if v.client_metadata is not None:
        out += (
            ',"ClientMetadata":',
            "{"
            + ",".join(
                [_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.client_metadata.items()]
            )
            + "}",
        )
    out.append("}")
    return "".join(out)


def secrets_GetClientTokenRequest(v: GetClientTokenRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    out.append(v.secret)


def check_GetClientTokenRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetClientTokenRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.secret) is str and 24 <= len(v.secret) <= 64):
        _v.check_str(
            v.secret, _v.join(path, "secret"), problems, required=True, min_len=24, max_len=64
        )
    if v.scopes is not None:
        _v.check_list(
            v.scopes,
            _v.join(path, "scopes"),
            problems,
            required=False,
            max_len=50,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=256),
        )
    if v.client_metadata is not None:
        _v.check_map(
            v.client_metadata,
            _v.join(path, "client_metadata"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=131072),
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
        )


@_dc.dataclass(kw_only=True)
class GetClientTokenResponse(Boto3Dicts):
    """The GetClientTokenResponse structure."""

    client_authentication_result: ClientAuthenticationResultType | None = None
    """The access token that Amazon Cognito issues for the app client, and its metadata."""


def parse_GetClientTokenResponse(value: object, path: str) -> GetClientTokenResponse:
    m = _s.expect_object(value, path)
    x = m.get("ClientAuthenticationResult")
    f_client_authentication_result = (
        None
        if x is None
        else parse_ClientAuthenticationResultType(x, path + ".ClientAuthenticationResult")
    )
    obj = _dc.new(GetClientTokenResponse)
    obj.client_authentication_result = f_client_authentication_result
    return obj


Request = GetClientTokenRequest
"""The request dataclass of GetClientToken."""


OPERATION: OperationSpec[GetClientTokenRequest, GetClientTokenResponse] = OperationSpec(
    name="GetClientToken",
    validate=check_GetClientTokenRequest,
    serialize=serialize_GetClientTokenRequest,
    parse=parse_GetClientTokenResponse,
    signed=True,
    secrets=secrets_GetClientTokenRequest,
    fill_secret_hash=None,
)
