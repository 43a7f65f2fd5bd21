# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminListUserAuthEvents: its request and response, and how they travel."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence

from cognito_idp._shapes import feedback_value_type as _shapes_feedback_value_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from cognito_idp._shapes.feedback_value_type import FeedbackValueType
    from typedaws_runtime.enums import Unmodelled


class ChallengeName(enum.StrEnum):
    """The values of ChallengeName.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PASSWORD = "Password"
    MFA = "Mfa"


if TYPE_CHECKING:
    ChallengeNameValue: TypeAlias = Literal["Password", "Mfa"]
    """The values of ChallengeName as literal strings, for type checkers: an input typed
    ``ChallengeName | ChallengeNameValue | Unmodelled`` takes ``ChallengeName.PASSWORD`` or
    ``'Password'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    ChallengeNameValue = str


class ChallengeResponse(enum.StrEnum):
    """The values of ChallengeResponse.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SUCCESS = "Success"
    FAILURE = "Failure"


if TYPE_CHECKING:
    ChallengeResponseValue: TypeAlias = Literal["Success", "Failure"]
    """The values of ChallengeResponse as literal strings, for type checkers: an input typed
    ``ChallengeResponse | ChallengeResponseValue | Unmodelled`` takes
    ``ChallengeResponse.SUCCESS`` or ``'Success'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    ChallengeResponseValue = str


class EventResponseType(enum.StrEnum):
    """The values of EventResponseType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PASS = "Pass"
    FAIL = "Fail"
    INPROGRESS = "InProgress"


if TYPE_CHECKING:
    EventResponseTypeValue: TypeAlias = Literal["Pass", "Fail", "InProgress"]
    """The values of EventResponseType as literal strings, for type checkers: an input typed
    ``EventResponseType | EventResponseTypeValue | Unmodelled`` takes
    ``EventResponseType.PASS`` or ``'Pass'``, and a type checker reports a misspelt value.
    ``str`` at run time."""
else:
    EventResponseTypeValue = str


class EventType(enum.StrEnum):
    """The values of EventType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SIGNIN = "SignIn"
    SIGNUP = "SignUp"
    FORGOTPASSWORD = "ForgotPassword"
    PASSWORDCHANGE = "PasswordChange"
    RESENDCODE = "ResendCode"


if TYPE_CHECKING:
    EventTypeValue: TypeAlias = Literal[
        "SignIn", "SignUp", "ForgotPassword", "PasswordChange", "ResendCode"
    ]
    """The values of EventType as literal strings, for type checkers: an input typed ``EventType |
    EventTypeValue | Unmodelled`` takes ``EventType.SIGNIN`` or ``'SignIn'``, and a type
    checker reports a misspelt value. ``str`` at run time."""
else:
    EventTypeValue = str


class RiskDecisionType(enum.StrEnum):
    """The values of RiskDecisionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    NORISK = "NoRisk"
    ACCOUNTTAKEOVER = "AccountTakeover"
    BLOCK = "Block"


if TYPE_CHECKING:
    RiskDecisionTypeValue: TypeAlias = Literal["NoRisk", "AccountTakeover", "Block"]
    """The values of RiskDecisionType as literal strings, for type checkers: an input typed
    ``RiskDecisionType | RiskDecisionTypeValue | Unmodelled`` takes
    ``RiskDecisionType.NORISK`` or ``'NoRisk'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    RiskDecisionTypeValue = str


class RiskLevelType(enum.StrEnum):
    """The values of RiskLevelType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    LOW = "Low"
    MEDIUM = "Medium"
    HIGH = "High"


if TYPE_CHECKING:
    RiskLevelTypeValue: TypeAlias = Literal["Low", "Medium", "High"]
    """The values of RiskLevelType as literal strings, for type checkers: an input typed
    ``RiskLevelType | RiskLevelTypeValue | Unmodelled`` takes ``RiskLevelType.LOW`` or
    ``'Low'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    RiskLevelTypeValue = str


@_dc.dataclass(kw_only=True)
class AdminListUserAuthEventsRequest(Boto3Dicts):
    """The AdminListUserAuthEventsRequest structure."""

    user_pool_id: str
    """The Id of the user pool that contains the user profile with the logged events."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    max_results: int | None = None
    """The maximum number of authentication events to return. Returns 60 events if you set
    `MaxResults` to 0, or if you don't include a `MaxResults` parameter."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_AdminListUserAuthEventsRequest(v: AdminListUserAuthEventsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_AdminListUserAuthEventsRequest(
    v: AdminListUserAuthEventsRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminListUserAuthEventsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminListUserAuthEventsRequest, path, problems, required)
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
    if v.max_results is not None and not (type(v.max_results) is int and 0 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=0,
            maximum=60,
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
class AdminListUserAuthEventsResponse(Boto3Dicts):
    """The AdminListUserAuthEventsResponse structure."""

    auth_events: list[AuthEventType] | None = None
    """The response object. It includes the `EventID`, `EventType`, `CreationDate`, `EventRisk`,
    and `EventResponse`."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_AdminListUserAuthEventsResponse(
    value: object, path: str
) -> AdminListUserAuthEventsResponse:
    m = _s.expect_object(value, path)
    x = m.get("AuthEvents")
    f_auth_events = (
        None
        if x is None
        else _s.parse_list(x, path + ".AuthEvents", lambda x, p: parse_AuthEventType(x, p))
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(AdminListUserAuthEventsResponse)
    obj.auth_events = f_auth_events
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class AuthEventType(Boto3Dicts):
    """One authentication event that Amazon Cognito logged in a user pool with threat protection
    active. Contains user and device metadata and a risk assessment from your user pool."""

    event_id: str | None = None
    """The event ID."""

    event_type: EventType | Unmodelled | None = None
    """The type of authentication event."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    event_response: EventResponseType | Unmodelled | None = None
    """The event response."""

    event_risk: EventRiskType | None = None
    """The threat evaluation from your user pool about an event. Contains information about
    whether your user pool detected compromised credentials, whether the event triggered an
    automated response, and the level of risk."""

    challenge_responses: list[ChallengeResponseType] | None = None
    """A list of the challenges that the user was requested to answer, for example `Password`,
    and the result, for example `Success`."""

    event_context_data: EventContextDataType | None = None
    """The user context data captured at the time of an event request. This value provides
    additional information about the client from which event the request is received."""

    event_feedback: EventFeedbackType | None = None
    """The `UpdateAuthEventFeedback` or `AdminUpdateAuthEventFeedback` feedback that you or your
    user provided in response to the event. A value of `Valid` indicates that you disagreed
    with the level of risk that your user pool assigned, and evaluated a session to be valid,
    or likely safe. A value of `Invalid` indicates that you agreed with the user pool risk
    level and evaluated a session to be invalid, or likely malicious."""


def parse_AuthEventType(value: object, path: str) -> AuthEventType:
    m = _s.expect_object(value, path)
    x = m.get("EventId")
    f_event_id = None if x is None else _s.parse_str(x, path + ".EventId")
    x = m.get("EventType")
    f_event_type = None if x is None else _s.parse_enum(EventType, x, path + ".EventType")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("EventResponse")
    f_event_response = (
        None if x is None else _s.parse_enum(EventResponseType, x, path + ".EventResponse")
    )
    x = m.get("EventRisk")
    f_event_risk = None if x is None else parse_EventRiskType(x, path + ".EventRisk")
    x = m.get("ChallengeResponses")
    f_challenge_responses = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".ChallengeResponses", lambda x, p: parse_ChallengeResponseType(x, p)
        )
    )
    x = m.get("EventContextData")
    f_event_context_data = (
        None if x is None else parse_EventContextDataType(x, path + ".EventContextData")
    )
    x = m.get("EventFeedback")
    f_event_feedback = None if x is None else parse_EventFeedbackType(x, path + ".EventFeedback")
    obj = _dc.new(AuthEventType)
    obj.event_id = f_event_id
    obj.event_type = f_event_type
    obj.creation_date = f_creation_date
    obj.event_response = f_event_response
    obj.event_risk = f_event_risk
    obj.challenge_responses = f_challenge_responses
    obj.event_context_data = f_event_context_data
    obj.event_feedback = f_event_feedback
    return obj


@_dc.dataclass(kw_only=True)
class ChallengeResponseType(Boto3Dicts):
    """The responses to the challenge that you received in the previous request. Each challenge
    has its own required response parameters. The following examples are partial JSON request
    bodies that highlight challenge-response parameters.

    Important: You must provide a SECRET_HASH parameter in all challenge responses to an app
    client that has a client secret. Include a `DEVICE_KEY` for device authentication.

    SELECT_CHALLENGE
        `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "USERNAME":
        "[username]", "ANSWER": "[Challenge name]"}`

        Available challenges are `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`, `SMS_OTP`, and
        `WEB_AUTHN`.

        Complete authentication in the `SELECT_CHALLENGE` response for `PASSWORD`,
        `PASSWORD_SRP`, and `WEB_AUTHN`:

        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "WEB_AUTHN",
          "USERNAME": "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`

          See AuthenticationResponseJSON
          (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "PASSWORD",
          "USERNAME": "[username]", "PASSWORD": "[password]"}`
        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
          "PASSWORD_SRP", "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`

        For `SMS_OTP` and `EMAIL_OTP`, respond with the username and answer. Your user pool
        will send a code for the user to submit in the next challenge response.

        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "SMS_OTP",
          "USERNAME": "[username]"}`
        - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "EMAIL_OTP",
          "USERNAME": "[username]"}`

    WEB_AUTHN
        `"ChallengeName": "WEB_AUTHN", "ChallengeResponses": { "USERNAME": "[username]",
        "CREDENTIAL": "[AuthenticationResponseJSON]"}`

        See AuthenticationResponseJSON
        (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).

    PASSWORD
        `"ChallengeName": "PASSWORD", "ChallengeResponses": { "USERNAME": "[username]",
        "PASSWORD": "[password]"}`

    PASSWORD_SRP
        `"ChallengeName": "PASSWORD_SRP", "ChallengeResponses": { "USERNAME": "[username]",
        "SRP_A": "[SRP_A]"}`

    SMS_OTP
        `"ChallengeName": "SMS_OTP", "ChallengeResponses": {"SMS_OTP_CODE": "[code]",
        "USERNAME": "[username]"}`

    EMAIL_OTP
        `"ChallengeName": "EMAIL_OTP", "ChallengeResponses": {"EMAIL_OTP_CODE": "[code]",
        "USERNAME": "[username]"}`

    SMS_MFA
        `"ChallengeName": "SMS_MFA", "ChallengeResponses": {"SMS_MFA_CODE": "[code]",
        "USERNAME": "[username]"}`

    PASSWORD_VERIFIER
        This challenge response is part of the SRP flow. Amazon Cognito requires that your
        application respond to this challenge within a few seconds. When the response time
        exceeds this period, your user pool returns a `NotAuthorizedException` error.

        `"ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses":
        {"PASSWORD_CLAIM_SIGNATURE": "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK":
        "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`

    CUSTOM_CHALLENGE
        `"ChallengeName": "CUSTOM_CHALLENGE", "ChallengeResponses": {"USERNAME": "[username]",
        "ANSWER": "[challenge_answer]"}`

    NEW_PASSWORD_REQUIRED
        `"ChallengeName": "NEW_PASSWORD_REQUIRED", "ChallengeResponses": {"NEW_PASSWORD":
        "[new_password]", "USERNAME": "[username]"}`

        To set any required attributes that `InitiateAuth` returned in an `requiredAttributes`
        parameter, add `"userAttributes.[attribute_name]": "[attribute_value]"`. This
        parameter can also set values for writable attributes that aren't required by your
        user pool.

        Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required
        attribute that already has a value. In `AdminRespondToAuthChallenge` or
        `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the
        `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or
        `UpdateUserAttributes` API operation to modify the value of any additional attributes.

    SOFTWARE_TOKEN_MFA
        `"ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME":
        "[username]", "SOFTWARE_TOKEN_MFA_CODE": [authenticator_code]}`

    DEVICE_SRP_AUTH
        `"ChallengeName": "DEVICE_SRP_AUTH", "ChallengeResponses": {"USERNAME": "[username]",
        "DEVICE_KEY": "[device_key]", "SRP_A": "[srp_a]"}`

    DEVICE_PASSWORD_VERIFIER
        `"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "ChallengeResponses": {"DEVICE_KEY":
        "[device_key]", "PASSWORD_CLAIM_SIGNATURE": "[claim_signature]",
        "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME":
        "[username]"}`

    MFA_SETUP
        `"ChallengeName": "MFA_SETUP", "ChallengeResponses": {"USERNAME": "[username]"},
        "SESSION": "[Session ID from VerifySoftwareToken]"`

    SELECT_MFA_TYPE
        `"ChallengeName": "SELECT_MFA_TYPE", "ChallengeResponses": {"USERNAME": "[username]",
        "ANSWER": "[SMS_MFA|EMAIL_MFA|SOFTWARE_TOKEN_MFA]"}`

    For more information about `SECRET_HASH`, see Computing secret hash values
    (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    For information about `DEVICE_KEY`, see Working with user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""

    challenge_name: ChallengeName | Unmodelled | None = None
    """The type of challenge that your previous authentication request returned in the parameter
    `ChallengeName`, for example `SMS_MFA`."""

    challenge_response: ChallengeResponse | Unmodelled | None = None
    """The set of key-value pairs that provides a response to the requested challenge."""


def parse_ChallengeResponseType(value: object, path: str) -> ChallengeResponseType:
    m = _s.expect_object(value, path)
    x = m.get("ChallengeName")
    f_challenge_name = (
        None if x is None else _s.parse_enum(ChallengeName, x, path + ".ChallengeName")
    )
    x = m.get("ChallengeResponse")
    f_challenge_response = (
        None if x is None else _s.parse_enum(ChallengeResponse, x, path + ".ChallengeResponse")
    )
    obj = _dc.new(ChallengeResponseType)
    obj.challenge_name = f_challenge_name
    obj.challenge_response = f_challenge_response
    return obj


@_dc.dataclass(kw_only=True)
class EventContextDataType(Boto3Dicts):
    """The context data that your application submitted in an authentication request with threat
    protection, as displayed in an `AdminListUserAuthEvents` response."""

    ip_address: str | None = None
    """The source IP address of your user's device."""

    device_name: str | None = None
    """The user's device name."""

    timezone: str | None = None
    """The user's time zone."""

    city: str | None = None
    """The user's city."""

    country: str | None = None
    """The user's country."""


def parse_EventContextDataType(value: object, path: str) -> EventContextDataType:
    m = _s.expect_object(value, path)
    x = m.get("IpAddress")
    f_ip_address = None if x is None else _s.parse_str(x, path + ".IpAddress")
    x = m.get("DeviceName")
    f_device_name = None if x is None else _s.parse_str(x, path + ".DeviceName")
    x = m.get("Timezone")
    f_timezone = None if x is None else _s.parse_str(x, path + ".Timezone")
    x = m.get("City")
    f_city = None if x is None else _s.parse_str(x, path + ".City")
    x = m.get("Country")
    f_country = None if x is None else _s.parse_str(x, path + ".Country")
    obj = _dc.new(EventContextDataType)
    obj.ip_address = f_ip_address
    obj.device_name = f_device_name
    obj.timezone = f_timezone
    obj.city = f_city
    obj.country = f_country
    return obj


@_dc.dataclass(kw_only=True)
class EventFeedbackType(Boto3Dicts):
    """The feedback that your application submitted to a threat protection event log, as
    displayed in an `AdminListUserAuthEvents` response."""

    feedback_value: FeedbackValueType | Unmodelled
    """Your feedback to the authentication event. When you provide a `FeedbackValue` value of
    `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has
    evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you
    tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon
    Cognito evaluated a high-enough risk level."""

    provider: str
    """The submitter of the event feedback. For example, if you submit event feedback in the
    Amazon Cognito console, this value is `Admin`."""

    feedback_date: datetime.datetime | None = None
    """The date that you or your user submitted the feedback."""


def parse_EventFeedbackType(value: object, path: str) -> EventFeedbackType:
    m = _s.expect_object(value, path)
    x = m.get("FeedbackValue")
    if x is None:
        raise _s.missing(path + ".FeedbackValue")
    f_feedback_value = _s.parse_enum(
        _shapes_feedback_value_type.FeedbackValueType, x, path + ".FeedbackValue"
    )
    x = m.get("Provider")
    if x is None:
        raise _s.missing(path + ".Provider")
    f_provider = _s.parse_str(x, path + ".Provider")
    x = m.get("FeedbackDate")
    f_feedback_date = None if x is None else _s.parse_timestamp(x, path + ".FeedbackDate")
    obj = _dc.new(EventFeedbackType)
    obj.feedback_value = f_feedback_value
    obj.provider = f_provider
    obj.feedback_date = f_feedback_date
    return obj


@_dc.dataclass(kw_only=True)
class EventRiskType(Boto3Dicts):
    """The risk evaluation by adaptive authentication, as displayed in an
    `AdminListUserAuthEvents` response. Contains evaluations of compromised-credentials
    detection and assessed risk level and action taken by adaptive authentication."""

    risk_decision: RiskDecisionType | Unmodelled | None = None
    """The action taken by adaptive authentication. If `NoRisk`, your user pool took no action.
    If `AccountTakeover`, your user pool applied the adaptive authentication automated
    response that you configured. If `Block`, your user pool prevented the attempt."""

    risk_level: RiskLevelType | Unmodelled | None = None
    """The risk level that adaptive authentication assessed for the authentication event."""

    compromised_credentials_detected: bool | None = None
    """Indicates whether compromised credentials were detected during an authentication event."""


def parse_EventRiskType(value: object, path: str) -> EventRiskType:
    m = _s.expect_object(value, path)
    x = m.get("RiskDecision")
    f_risk_decision = (
        None if x is None else _s.parse_enum(RiskDecisionType, x, path + ".RiskDecision")
    )
    x = m.get("RiskLevel")
    f_risk_level = None if x is None else _s.parse_enum(RiskLevelType, x, path + ".RiskLevel")
    x = m.get("CompromisedCredentialsDetected")
    f_compromised_credentials_detected = (
        None if x is None else _s.parse_bool(x, path + ".CompromisedCredentialsDetected")
    )
    obj = _dc.new(EventRiskType)
    obj.risk_decision = f_risk_decision
    obj.risk_level = f_risk_level
    obj.compromised_credentials_detected = f_compromised_credentials_detected
    return obj


Request = AdminListUserAuthEventsRequest
"""The request dataclass of AdminListUserAuthEvents."""


OPERATION: OperationSpec[AdminListUserAuthEventsRequest, AdminListUserAuthEventsResponse] = (
    OperationSpec(
        name="AdminListUserAuthEvents",
        validate=check_AdminListUserAuthEventsRequest,
        serialize=serialize_AdminListUserAuthEventsRequest,
        parse=parse_AdminListUserAuthEventsResponse,
        signed=True,
        secrets=secrets_AdminListUserAuthEventsRequest,
        fill_secret_hash=None,
    )
)


def items_of(v: AdminListUserAuthEventsResponse) -> Sequence[AuthEventType]:
    """The AuthEvents of one AdminListUserAuthEvents page: what ``paginate_admin_list_user_auth_events(...).items()`` yields."""
    return v.auth_events or ()


def next_token_of(v: AdminListUserAuthEventsResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(
    v: AdminListUserAuthEventsRequest, token: str | None
) -> AdminListUserAuthEventsRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: AdminListUserAuthEventsResponse, items: Sequence[AuthEventType]
) -> AdminListUserAuthEventsResponse:
    """The page with its AuthEvents replaced by ``items``."""
    return _dc.replace(v, auth_events=list(items))


PAGINATOR: PaginatorSpec[
    AdminListUserAuthEventsRequest, AdminListUserAuthEventsResponse, AuthEventType
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_admin_list_user_auth_events`` walks the pages of AdminListUserAuthEvents."""
