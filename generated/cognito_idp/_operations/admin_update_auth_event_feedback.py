# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminUpdateAuthEventFeedback: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.feedback_value_type import FeedbackValueType, FeedbackValueTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AdminUpdateAuthEventFeedbackRequest(Boto3Dicts):
    """The AdminUpdateAuthEventFeedbackRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to submit authentication-event feedback."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    event_id: str
    """The ID of the threat protection authentication event that you want to update."""

    feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled
    """Your feedback to the authentication event. When you provide a `FeedbackValue` value of
    `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has
    evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you
    tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon
    Cognito evaluated a high-enough risk level."""


def serialize_AdminUpdateAuthEventFeedbackRequest(v: AdminUpdateAuthEventFeedbackRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (',"EventId":', _s.json_str(v.event_id))
    out += (',"FeedbackValue":', _s.json_str(v.feedback_value))
    out.append("}")
    return "".join(out)


def secrets_AdminUpdateAuthEventFeedbackRequest(
    v: AdminUpdateAuthEventFeedbackRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminUpdateAuthEventFeedbackRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminUpdateAuthEventFeedbackRequest, path, problems, required)
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
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.event_id) is str and 1 <= len(v.event_id) <= 50):
        _v.check_str(
            v.event_id, _v.join(path, "event_id"), problems, required=True, min_len=1, max_len=50
        )
    if type(v.feedback_value) is not str:
        _v.check_str(v.feedback_value, _v.join(path, "feedback_value"), problems, required=True)


@_dc.dataclass(kw_only=True)
class AdminUpdateAuthEventFeedbackResponse(Boto3Dicts):
    """The AdminUpdateAuthEventFeedbackResponse structure."""


def parse_AdminUpdateAuthEventFeedbackResponse(
    value: object, path: str
) -> AdminUpdateAuthEventFeedbackResponse:
    _s.expect_object(value, path)
    return AdminUpdateAuthEventFeedbackResponse()


Request = AdminUpdateAuthEventFeedbackRequest
"""The request dataclass of AdminUpdateAuthEventFeedback."""


OPERATION: OperationSpec[
    AdminUpdateAuthEventFeedbackRequest, AdminUpdateAuthEventFeedbackResponse
] = OperationSpec(
    name="AdminUpdateAuthEventFeedback",
    validate=check_AdminUpdateAuthEventFeedbackRequest,
    serialize=serialize_AdminUpdateAuthEventFeedbackRequest,
    parse=parse_AdminUpdateAuthEventFeedbackResponse,
    signed=True,
    secrets=secrets_AdminUpdateAuthEventFeedbackRequest,
    fill_secret_hash=None,
)
