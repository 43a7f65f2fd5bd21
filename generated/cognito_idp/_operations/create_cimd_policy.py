# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""CreateCIMDPolicy: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import cimd_policy_type as _shapes_cimd_policy_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.cimd_policy_type import CIMDPolicyType


@_dc.dataclass(kw_only=True)
class CreateCIMDPolicyRequest(Boto3Dicts):
    """The CreateCIMDPolicyRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to create the CIMD policy."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that you want to associate with the CIMD policy."""

    policy_name: str
    """A friendly name for the CIMD policy."""

    url_patterns: Sequence[str]
    """One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata document URL
    only when it matches one of these patterns. Patterns can contain the `*` wildcard
    character."""

    cache_duration: int | None = None
    """The length of time, in seconds, that Amazon Cognito caches a client metadata document that
    it retrieved from a URL that matches the policy. The value must be between 86,400 seconds
    (one day) and 31,556,952 seconds (one year)."""


def serialize_CreateCIMDPolicyRequest(v: CreateCIMDPolicyRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out += (',"PolicyName":', _s.json_str(v.policy_name))
    if v.cache_duration is not None:
        out += (',"CacheDuration":', int.__repr__(v.cache_duration))
    out += (',"URLPatterns":', "[" + ",".join(map(_s.json_str, v.url_patterns)) + "]")
    out.append("}")
    return "".join(out)


def secrets_CreateCIMDPolicyRequest(v: CreateCIMDPolicyRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_CreateCIMDPolicyRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CreateCIMDPolicyRequest, path, problems, required)
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
    if not (type(v.policy_name) is str and 1 <= len(v.policy_name) <= 32):
        _v.check_str(
            v.policy_name,
            _v.join(path, "policy_name"),
            problems,
            required=True,
            min_len=1,
            max_len=32,
        )
    if v.cache_duration is not None and not (
        type(v.cache_duration) is int and 86400 <= v.cache_duration <= 31556952
    ):
        _v.check_int(
            v.cache_duration,
            _v.join(path, "cache_duration"),
            problems,
            required=False,
            minimum=86400,
            maximum=31556952,
        )
    _v.check_list(
        v.url_patterns,
        _v.join(path, "url_patterns"),
        problems,
        required=True,
        min_len=1,
        max_len=5,
        item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=12, max_len=256),
    )


@_dc.dataclass(kw_only=True)
class CreateCIMDPolicyResponse(Boto3Dicts):
    """The CreateCIMDPolicyResponse structure."""

    cimd_policy: CIMDPolicyType
    """The CIMD policy that you created."""


def parse_CreateCIMDPolicyResponse(value: object, path: str) -> CreateCIMDPolicyResponse:
    m = _s.expect_object(value, path)
    x = m.get("CIMDPolicy")
    if x is None:
        raise _s.missing(path + ".CIMDPolicy")
    f_cimd_policy = _shapes_cimd_policy_type.parse_CIMDPolicyType(x, path + ".CIMDPolicy")
    obj = _dc.new(CreateCIMDPolicyResponse)
    obj.cimd_policy = f_cimd_policy
    return obj


Request = CreateCIMDPolicyRequest
"""The request dataclass of CreateCIMDPolicy."""


OPERATION: OperationSpec[CreateCIMDPolicyRequest, CreateCIMDPolicyResponse] = OperationSpec(
    name="CreateCIMDPolicy",
    validate=check_CreateCIMDPolicyRequest,
    serialize=serialize_CreateCIMDPolicyRequest,
    parse=parse_CreateCIMDPolicyResponse,
    signed=True,
    secrets=secrets_CreateCIMDPolicyRequest,
    fill_secret_hash=None,
)
