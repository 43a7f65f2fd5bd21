# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetTokensFromRefreshToken: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import authentication_result_type as _shapes_authentication_result_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.authentication_result_type import AuthenticationResultType


@_dc.dataclass(kw_only=True)
class GetTokensFromRefreshTokenRequest(Boto3Dicts):
    """The GetTokensFromRefreshTokenRequest structure."""

    refresh_token: str = _dc.field(repr=False)
    """A valid refresh token that can authorize the request for new tokens. When refresh token
    rotation is active in the requested app client, this token is invalidated after the
    request is complete and after an optional grace period."""

    client_id: str = _dc.field(repr=False)
    """The app client that issued the refresh token to the user who wants to request new tokens."""

    client_secret: str | None = _dc.field(default=None, repr=False)
    """The client secret of the requested app client, if the client has a secret."""

    device_key: str | None = None
    """When you enable device remembering, Amazon Cognito issues a device key that you can use
    for device authentication that bypasses multi-factor authentication (MFA). To implement
    `GetTokensFromRefreshToken` in a user pool with device remembering, you must capture the
    device key from the initial authentication request. If your application doesn't provide
    the key of a registered device, Amazon Cognito issues a new one. You must provide the
    confirmed device key in this request if device remembering is enabled in your user pool.

    For more information about device remembering, see Working with devices
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""

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


def serialize_GetTokensFromRefreshTokenRequest(v: GetTokensFromRefreshTokenRequest) -> str:
    out = ['{"RefreshToken":', _s.json_str(v.refresh_token)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    if v.client_secret is not None:
        out += (',"ClientSecret":', _s.json_str(v.client_secret))
    if v.device_key is not None:
        out += (',"DeviceKey":', _s.json_str(v.device_key))
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


def secrets_GetTokensFromRefreshTokenRequest(
    v: GetTokensFromRefreshTokenRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.refresh_token)
    out.append(v.client_id)
    out.append(v.client_secret)


def check_GetTokensFromRefreshTokenRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetTokensFromRefreshTokenRequest, path, problems, required)
    if v is None:
        return
    if type(v.refresh_token) is not str:
        _v.check_str(v.refresh_token, _v.join(path, "refresh_token"), problems, required=True)
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if v.client_secret is not None and not (
        type(v.client_secret) is str and 24 <= len(v.client_secret) <= 64
    ):
        _v.check_str(
            v.client_secret,
            _v.join(path, "client_secret"),
            problems,
            required=False,
            min_len=24,
            max_len=64,
        )
    if v.device_key is not None and not (
        type(v.device_key) is str and 1 <= len(v.device_key) <= 55
    ):
        _v.check_str(
            v.device_key,
            _v.join(path, "device_key"),
            problems,
            required=False,
            min_len=1,
            max_len=55,
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
class GetTokensFromRefreshTokenResponse(Boto3Dicts):
    """The GetTokensFromRefreshTokenResponse structure."""

    authentication_result: AuthenticationResultType | None = None


def parse_GetTokensFromRefreshTokenResponse(
    value: object, path: str
) -> GetTokensFromRefreshTokenResponse:
    m = _s.expect_object(value, path)
    x = m.get("AuthenticationResult")
    f_authentication_result = (
        None
        if x is None
        else _shapes_authentication_result_type.parse_AuthenticationResultType(
            x, path + ".AuthenticationResult"
        )
    )
    obj = _dc.new(GetTokensFromRefreshTokenResponse)
    obj.authentication_result = f_authentication_result
    return obj


Request = GetTokensFromRefreshTokenRequest
"""The request dataclass of GetTokensFromRefreshToken."""


OPERATION: OperationSpec[GetTokensFromRefreshTokenRequest, GetTokensFromRefreshTokenResponse] = (
    OperationSpec(
        name="GetTokensFromRefreshToken",
        validate=check_GetTokensFromRefreshTokenRequest,
        serialize=serialize_GetTokensFromRefreshTokenRequest,
        parse=parse_GetTokensFromRefreshTokenResponse,
        signed=False,
        secrets=secrets_GetTokensFromRefreshTokenRequest,
        fill_secret_hash=None,
    )
)
