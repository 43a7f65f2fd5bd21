"""Bad responses through a client with an in-memory transport: generated cases, sync and async.

What each response must give (one attempt: ``max_attempts=1``):

- 2xx whose body is empty (or only whitespace) or a JSON object of the output's shape: the
  parsed response. ``{}`` is a valid ConfirmSignUp or InitiateAuth output (they have no required
  member), not a valid SignUp or GetUser output (they have).
- 2xx with anything else (not JSON, truncated, ``null``, ``[]``, a scalar, a member of the wrong
  type at any depth, a required member missing or null, a null list item): ``ResponseParseError``.
- any other status with an error code (``x-amzn-errortype`` header, else the body's
  ``__type``, else its ``code``; ``ns#Code:uri`` is read as ``Code``): the modelled error class
  of that code (the service base class for an unknown code), a ``ServiceError``.
- any other status without an error code: ``ResponseParseError``.

Every error carries the response's status and request id; nothing else escapes (no
``KeyError``, ``TypeError``, ``JSONDecodeError``, ``OverflowError``...).
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cognito_idp.errors import ERRORS, CognitoIdentityProviderError
from cognito_idp.models import (
    ChallengeNameType,
    ConfirmSignUpResponse,
    DeliveryMediumType,
    UserStatusType,
)
from tests.support.calls import CONFIRM, MODES, REQUEST_ID_HEADER, SECRETS, Mode
from tests.support.memory_transport import Harness
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ResponseParseError, ServiceError

pytestmark = pytest.mark.parametrize("mode", MODES)

FAST = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""About 2,500 generated responses in all, sync and async (generating costs more than calling)."""
FEWER = settings(FAST, max_examples=150)
VALID = settings(FAST, max_examples=40)
BROKEN = settings(FAST, max_examples=80)


@pytest.fixture
def one_attempt(mode: Mode) -> Iterator[Harness]:
    h = Harness(mode, max_attempts=1)
    try:
        yield h
    finally:
        h.close()


# -- strategies -------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _encode(value: object) -> bytes:
    return json.dumps(value).encode("utf-8")


@st.composite
def truncated_json(draw: st.DrawFn) -> bytes:
    whole = _encode(draw(st.dictionaries(st.text(max_size=8), json_values, min_size=1)))
    return whole[: draw(st.integers(1, len(whole) - 1))]


html_pages = st.sampled_from(
    [
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"<!DOCTYPE html><html><head><title>Error</title></head><body>Oops</body></html>",
        b"<?xml version='1.0'?><Error><Code>Throttling</Code></Error>",
    ]
)

whitespace = st.sampled_from([b"", b" ", b"\n", b"\r\n", b"\t \n "])

any_body = st.one_of(
    st.binary(max_size=300),
    json_values.map(_encode),
    st.dictionaries(st.text(max_size=8), json_values).map(_encode),
    truncated_json(),
    html_pages,
    whitespace,
    st.sampled_from([b"null", b"[]", b"{}", b"0", b'""', b"true", b"{", b"}", b"\xef\xbb\xbf{}"]),
)

request_ids = st.none() | st.text(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=40
)


def _headers(request_id: str | None, **more: str) -> dict[str, str]:
    headers = {"content-type": "application/x-amz-json-1.1", **more}
    if request_id is not None:
        headers[REQUEST_ID_HEADER] = request_id
    return headers


# -- what a ConfirmSignUp 2xx body must give ----------------------------------------------------


def expected_confirm_success(body: bytes) -> tuple[bool, str | None]:
    """``(True, session)`` when ``body`` is a valid ConfirmSignUp output, else ``(False, None)``."""
    if not body.strip():
        return True, None
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return False, None
    if not isinstance(value, dict):
        return False, None
    session = cast(dict[str, object], value).get("Session")
    if session is None or isinstance(session, str):
        return True, session
    return False, None


def assert_typed_error(
    exc: object, status: int, request_id: str | None
) -> ServiceError | ResponseParseError:
    assert isinstance(exc, (ServiceError, ResponseParseError)), repr(exc)
    assert exc.status_code == status
    assert exc.request_id == request_id
    return exc


# -- any status, any body ---------------------------------------------------------------------


@FAST
@given(status=st.integers(100, 599), body=any_body, request_id=request_ids)
def test_any_status_any_body(
    mode: Mode, one_attempt: Harness, status: int, body: bytes, request_id: str | None
) -> None:
    one_attempt.respond(status, _headers(request_id), body)
    result = one_attempt.outcome("confirm_sign_up", **CONFIRM)
    assert len(one_attempt.transport.requests) == 1
    if 200 <= status < 300:
        ok, session = expected_confirm_success(body)
        if ok:
            assert isinstance(result, ConfirmSignUpResponse), repr(result)
            assert result.session == session
        else:
            assert type(assert_typed_error(result, status, request_id)) is ResponseParseError
    else:
        assert_typed_error(result, status, request_id)


# -- error responses: with an error code, without -----------------------------------------------

KNOWN_CODES = sorted(ERRORS)
codes = st.sampled_from(KNOWN_CODES) | st.from_regex(r"[A-Z][A-Za-z0-9]{0,30}", fullmatch=True)
error_statuses = st.integers(100, 599).filter(lambda s: not 200 <= s < 300)
messages = st.none() | st.text(max_size=60) | st.integers() | st.lists(st.integers(), max_size=2)
_NOT_CODE_KEYS = st.text(max_size=8).filter(lambda k: k not in ("__type", "code"))


@st.composite
def decorated_code(draw: st.DrawFn, code: str) -> str:
    """``code`` as services write it: maybe a namespace before ``#``, maybe ``:uri`` after."""
    prefix = draw(st.sampled_from(["", "com.amazonaws.cognito.identity.idp.model#", "aws#"]))
    suffix = draw(st.sampled_from(["", ":http://internal.amazon.com/coral/com.amazon/"]))
    return prefix + code + suffix


def _expected_class(code: str) -> type[CognitoIdentityProviderError]:
    return ERRORS.get(code, CognitoIdentityProviderError)


def _check_message(exc: ServiceError, message: object) -> None:
    assert isinstance(exc.message, str)
    if isinstance(message, str) and message and not any(s in message for s in SECRETS):
        assert exc.message == message


@FAST
@given(
    status=error_statuses,
    request_id=request_ids,
    code=codes,
    where=st.sampled_from(["header", "__type", "code"]),
    message=messages,
    extra=st.dictionaries(_NOT_CODE_KEYS, json_values, max_size=3),
    data=st.data(),
)
def test_error_with_code(
    mode: Mode,
    one_attempt: Harness,
    status: int,
    request_id: str | None,
    code: str,
    where: str,
    message: object,
    extra: dict[str, object],
    data: st.DataObject,
) -> None:
    raw = data.draw(decorated_code(code))
    headers = _headers(request_id)
    body_map: dict[str, object] = dict(extra)
    body_map.pop("message", None)
    if message is not None:
        body_map["message"] = message
    if where == "header":
        headers["x-amzn-errortype"] = raw
        body = data.draw(st.one_of(st.just(_encode(body_map)), any_body), label="body")
    else:
        body_map[where] = raw
        body = _encode(body_map)
    one_attempt.respond(status, headers, body)
    exc = one_attempt.outcome("confirm_sign_up", **CONFIRM)
    assert len(one_attempt.transport.requests) == 1
    assert_typed_error(exc, status, request_id)
    assert type(exc) is _expected_class(code), repr(exc)
    assert isinstance(exc, ServiceError)
    assert exc.code == code
    if where != "header":
        _check_message(exc, message)


def _has_usable_code(body: bytes) -> bool:
    """The body is a JSON object whose ``__type`` (else ``code``) holds a non-empty code."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return False
    if not isinstance(value, dict):
        return False
    m = cast(dict[str, object], value)
    raw = m.get("__type") or m.get("code")
    return isinstance(raw, str) and bool(raw.split(":", 1)[0].rsplit("#", 1)[-1].strip())


@FEWER
@given(
    status=error_statuses,
    request_id=request_ids,
    body=st.one_of(
        any_body,
        st.dictionaries(_NOT_CODE_KEYS, json_values).map(_encode),
        st.sampled_from(
            [b'{"__type": ""}', b'{"__type": null}', b'{"code": 5}', b'{"__type": []}']
        ),
        st.sampled_from([b'{"__type": "#"}', b'{"__type": " :http://x"}', b'{"code": "a#"}']),
    ),
)
def test_error_without_code(
    mode: Mode, one_attempt: Harness, status: int, request_id: str | None, body: bytes
) -> None:
    assume(not _has_usable_code(body))
    one_attempt.respond(status, _headers(request_id), body)
    exc = one_attempt.outcome("confirm_sign_up", **CONFIRM)
    assert len(one_attempt.transport.requests) == 1
    assert type(assert_typed_error(exc, status, request_id)) is ResponseParseError


# -- richer outputs: every member checked, then one member made wrong --------------------------


@dataclass(frozen=True)
class Node:
    """A response shape as the wire carries it, for generating valid and broken documents."""

    kind: str  # str bool int ts enum list map struct
    item: Node | None = None
    fields: tuple[Field, ...] = ()
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    wire: str
    attr: str
    node: Node
    required: bool = False


STR = Node("str")
BOOL = Node("bool")
INT = Node("int")
TS = Node("ts")


def enum(values: Sequence[str]) -> Node:
    return Node("enum", values=tuple(values))


def list_of(item: Node) -> Node:
    return Node("list", item=item)


def map_of(item: Node) -> Node:
    return Node("map", item=item)


def struct(*fields: Field) -> Node:
    return Node("struct", fields=fields)


ATTRIBUTE = struct(Field("Name", "name", STR, required=True), Field("Value", "value", STR))
DELIVERY = enum([m.value for m in DeliveryMediumType])
CHALLENGE = enum([m.value for m in ChallengeNameType])
MFA_OPTION = struct(
    Field("DeliveryMedium", "delivery_medium", DELIVERY),
    Field("AttributeName", "attribute_name", STR),
)

SIGN_UP = struct(
    Field("UserConfirmed", "user_confirmed", BOOL, required=True),
    Field(
        "CodeDeliveryDetails",
        "code_delivery_details",
        struct(
            Field("Destination", "destination", STR),
            Field("DeliveryMedium", "delivery_medium", DELIVERY),
            Field("AttributeName", "attribute_name", STR),
        ),
    ),
    Field("UserSub", "user_sub", STR, required=True),
    Field("Session", "session", STR),
)
INITIATE_AUTH = struct(
    Field("ChallengeName", "challenge_name", CHALLENGE),
    Field("Session", "session", STR),
    Field("ChallengeParameters", "challenge_parameters", map_of(STR)),
    Field(
        "AuthenticationResult",
        "authentication_result",
        struct(
            Field("AccessToken", "access_token", STR),
            Field("ExpiresIn", "expires_in", INT),
            Field("TokenType", "token_type", STR),
            Field("RefreshToken", "refresh_token", STR),
            Field("IdToken", "id_token", STR),
            Field(
                "NewDeviceMetadata",
                "new_device_metadata",
                struct(
                    Field("DeviceKey", "device_key", STR),
                    Field("DeviceGroupKey", "device_group_key", STR),
                ),
            ),
        ),
    ),
    Field("AvailableChallenges", "available_challenges", list_of(CHALLENGE)),
)
GET_USER = struct(
    Field("Username", "username", STR, required=True),
    Field("UserAttributes", "user_attributes", list_of(ATTRIBUTE), required=True),
    Field("MFAOptions", "mfa_options", list_of(MFA_OPTION)),
    Field("PreferredMfaSetting", "preferred_mfa_setting", STR),
    Field("UserMFASettingList", "user_mfa_setting_list", list_of(STR)),
)
LIST_DEVICES = struct(
    Field(
        "Devices",
        "devices",
        list_of(
            struct(
                Field("DeviceKey", "device_key", STR),
                Field("DeviceAttributes", "device_attributes", list_of(ATTRIBUTE)),
                Field("DeviceCreateDate", "device_create_date", TS),
                Field("DeviceLastModifiedDate", "device_last_modified_date", TS),
                Field("DeviceLastAuthenticatedDate", "device_last_authenticated_date", TS),
            )
        ),
    ),
    Field("PaginationToken", "pagination_token", STR),
)
USER_TYPE_FIELDS = (
    Field("Username", "username", STR),
    Field("Attributes", "attributes", list_of(ATTRIBUTE)),
    Field("UserCreateDate", "user_create_date", TS),
    Field("UserLastModifiedDate", "user_last_modified_date", TS),
    Field("Enabled", "enabled", BOOL),
    Field("UserStatus", "user_status", enum([m.value for m in UserStatusType])),
    Field("MFAOptions", "mfa_options", list_of(MFA_OPTION)),
)
ADMIN_GET_USER = struct(
    Field("Username", "username", STR, required=True),
    Field("UserAttributes", "user_attributes", list_of(ATTRIBUTE)),
    *USER_TYPE_FIELDS[2:],
    Field("PreferredMfaSetting", "preferred_mfa_setting", STR),
    Field("UserMFASettingList", "user_mfa_setting_list", list_of(STR)),
)
LIST_USERS = struct(
    Field("Users", "users", list_of(struct(*USER_TYPE_FIELDS))),
    Field("PaginationToken", "pagination_token", STR),
)

CREDENTIALS = Credentials(access_key_id="AKID", secret_access_key="x")

OPERATIONS: dict[str, tuple[Node, dict[str, Any], bool]] = {
    "sign_up": (
        SIGN_UP,
        {
            "client_id": "client-id-faults",
            "username": "alice-faults",
            "password": "Passw0rd-faults",
        },
        False,
    ),
    "initiate_auth": (
        INITIATE_AUTH,
        {
            "auth_flow": "USER_PASSWORD_AUTH",
            "client_id": "client-id-faults",
            "auth_parameters": {"USERNAME": "alice-faults", "PASSWORD": "Passw0rd-faults"},
        },
        False,
    ),
    "get_user": (GET_USER, {"access_token": "token-faults"}, False),
    "list_devices": (LIST_DEVICES, {"access_token": "token-faults"}, False),
    "admin_get_user": (ADMIN_GET_USER, {"user_pool_id": "eu-west-1_abc", "username": "a"}, True),
    "list_users": (LIST_USERS, {"user_pool_id": "eu-west-1_abc"}, True),
}
UNSIGNED = [name for name, (_, _, signed) in OPERATIONS.items() if not signed]
SIGNED = [name for name, (_, _, signed) in OPERATIONS.items() if signed]

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def valid(node: Node) -> st.SearchStrategy[Any]:
    """Wire values of ``node``'s shape."""
    if node.kind == "str":
        return st.text(max_size=10)
    if node.kind == "bool":
        return st.booleans()
    if node.kind == "int":
        return st.integers(-(2**31), 2**31 - 1)
    if node.kind == "ts":
        return (
            st.integers(0, 4_000_000_000)
            | st.floats(0, 4e9)
            | st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat())
        )
    if node.kind == "enum":
        return st.sampled_from(node.values) | st.text(max_size=10)  # unknown values stay text
    if node.kind == "list":
        assert node.item is not None
        return st.lists(valid(node.item), max_size=3)
    if node.kind == "map":
        assert node.item is not None
        return st.dictionaries(st.text(max_size=6), valid(node.item), max_size=3)
    required = {f.wire: valid(f.node) for f in node.fields if f.required}
    optional = {f.wire: valid(f.node) for f in node.fields if not f.required}
    return st.fixed_dictionaries(required, optional=optional)


def _expected_time(value: object) -> datetime.datetime:
    if isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    assert isinstance(value, (int, float))
    return _EPOCH + datetime.timedelta(seconds=value)


def check_parsed(node: Node, wire: Any, parsed: Any, path: str) -> None:
    """``parsed`` is what the model says ``wire`` stands for."""
    if node.kind in ("str", "bool", "int", "enum"):
        assert parsed == wire and type(parsed) is not float, (path, wire, parsed)
        if node.kind == "enum":
            assert isinstance(parsed, str), path
    elif node.kind == "ts":
        assert isinstance(parsed, datetime.datetime) and parsed.tzinfo is not None, path
        assert parsed == _expected_time(wire), (path, wire, parsed)
    elif node.kind == "list":
        assert node.item is not None and isinstance(parsed, list), path
        assert len(parsed) == len(wire), path
        for i, (w, p) in enumerate(zip(wire, parsed, strict=True)):
            check_parsed(node.item, w, p, f"{path}[{i}]")
    elif node.kind == "map":
        assert node.item is not None and isinstance(parsed, dict), path
        assert set(parsed) == set(wire), path
        for k, w in wire.items():
            check_parsed(node.item, w, parsed[k], f"{path}[{k!r}]")
    else:
        for f in node.fields:
            got = getattr(parsed, f.attr)
            if wire.get(f.wire) is None:
                assert got is None, f"{path}.{f.attr}"
            else:
                check_parsed(f.node, wire[f.wire], got, f"{path}.{f.attr}")


@dataclass
class Spot:
    """A place in a document where a value can be made wrong."""

    parent: Any  # dict or list holding the value; None for the document itself
    key: Any
    node: Node
    nullable: bool  # null is a valid value here (an optional member, a map value)
    deletable: bool = False  # a required member: leaving it out is an error


def spots(
    node: Node, value: Any, parent: Any, key: Any, nullable: bool, required: bool
) -> Iterator[Spot]:
    yield Spot(parent, key, node, nullable, deletable=required and parent is not None)
    if node.kind in ("list", "map"):
        assert node.item is not None
        items = enumerate(value) if node.kind == "list" else list(value.items())
        for k, v in items:
            yield from spots(node.item, v, value, k, node.kind == "map", False)
    elif node.kind == "struct":
        for f in node.fields:
            if f.wire in value:
                yield from spots(f.node, value[f.wire], value, f.wire, not f.required, f.required)


_texts = st.text(max_size=8)
_numbers = st.integers() | st.floats(allow_nan=False, allow_infinity=False)
_objects = st.dictionaries(st.text(max_size=4), json_scalars, max_size=2)
_arrays = st.lists(json_scalars, max_size=2)
_bad_timestamps = st.sampled_from(
    [
        "",
        "yesterday",
        "2020-13-45T00:00:00Z",
        "12:00",
        "Sun, 02 Jan 2000 99:99:99 GMT",
        1e300,
        -1e300,
    ]
)


def wrong(node: Node) -> st.SearchStrategy[Any]:
    """Non-null wire values that can never be read as ``node``."""
    kind = node.kind
    if kind in ("str", "enum"):
        return st.booleans() | _numbers | _arrays | _objects
    if kind == "bool":
        return _texts | _numbers | _arrays | _objects
    if kind == "int":
        floats = st.floats().filter(lambda f: not f.is_integer())
        return _texts | st.booleans() | floats | _arrays | _objects
    if kind == "ts":
        return st.booleans() | _arrays | _objects | _bad_timestamps
    if kind == "list":
        return _texts | _numbers | st.booleans() | _objects
    if kind == "map":
        return _texts | _numbers | st.booleans() | _arrays
    return _texts | _numbers | st.booleans() | _arrays


def _dumps(value: object) -> bytes:
    return json.dumps(value, allow_nan=True).encode("utf-8")


def _options(operation: str) -> dict[str, Any]:
    signed = OPERATIONS[operation][2]
    return {"max_attempts": 1, **({"credentials": CREDENTIALS} if signed else {})}


def _run_valid(mode: Mode, operation: str) -> None:
    node, kwargs, _ = OPERATIONS[operation]
    h = Harness(mode, **_options(operation))
    try:

        @VALID
        @given(doc=valid(node), request_id=request_ids)
        def run(doc: Any, request_id: str | None) -> None:
            h.respond(200, _headers(request_id), _dumps(doc))
            result = h.outcome(operation, **kwargs)
            assert not isinstance(result, BaseException), repr(result)
            check_parsed(node, doc, result, operation)

        run()
    finally:
        h.close()


def _run_broken(mode: Mode, operation: str) -> None:
    node, kwargs, _ = OPERATIONS[operation]
    h = Harness(mode, **_options(operation))
    try:

        @BROKEN
        @given(doc=valid(node), request_id=request_ids, data=st.data())
        def run(doc: Any, request_id: str | None, data: st.DataObject) -> None:
            places = list(spots(node, doc, None, None, False, True))
            spot = data.draw(st.sampled_from(places), label="spot")
            choices: list[st.SearchStrategy[Any]] = [wrong(spot.node).map(lambda v: ("set", v))]
            if not spot.nullable:
                choices.append(st.just(("set", None)))
            if spot.deletable and spot.parent is not None:
                choices.append(st.just(("delete", None)))
            action, value = data.draw(st.one_of(choices), label="change")
            if spot.parent is None:
                doc = value  # the whole document: null, a string, an array...
            elif action == "delete":
                del spot.parent[spot.key]
            else:
                spot.parent[spot.key] = value
            body = _dumps(doc)
            h.respond(200, _headers(request_id), body)
            exc = h.outcome(operation, **kwargs)
            assert type(exc) is ResponseParseError, f"{body!r} gave {exc!r}"
            assert exc.status_code == 200
            assert exc.request_id == request_id

        run()
    finally:
        h.close()


@pytest.mark.parametrize("operation", UNSIGNED)
def test_rich_output_valid(mode: Mode, operation: str) -> None:
    _run_valid(mode, operation)


@pytest.mark.parametrize("operation", UNSIGNED)
def test_rich_output_wrong_nested_type(mode: Mode, operation: str) -> None:
    _run_broken(mode, operation)


@pytest.mark.parametrize("operation", SIGNED)
def test_signed_rich_output_valid(mode: Mode, operation: str) -> None:
    _run_valid(mode, operation)


@pytest.mark.parametrize("operation", SIGNED)
def test_signed_rich_output_wrong_nested_type(mode: Mode, operation: str) -> None:
    _run_broken(mode, operation)


# -- specific cases -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("Sun, 02 Jan 2000 20:34:56 +99999999999999999999", id="huge-offset"),
        pytest.param("Sun, 02 Jan 99999999999999999999 20:34:56 GMT", id="huge-year"),
        pytest.param("Sun, 02 Jan 2000 99999999999999999999:34:56 GMT", id="huge-hour"),
    ],
)
def test_http_date_with_huge_numbers(mode: Mode, one_attempt: Harness, value: str) -> None:
    """A timestamp string that looks like an HTTP-date but overflows: a parse error too."""
    body = _dumps({"Devices": [{"DeviceKey": "k", "DeviceCreateDate": value}]})
    one_attempt.respond(200, _headers("rid-date"), body)
    exc = one_attempt.outcome("list_devices", access_token="token-faults")
    assert type(exc) is ResponseParseError, repr(exc)
    assert exc.status_code == 200
    assert exc.request_id == "rid-date"


@pytest.mark.parametrize(
    ("operation", "kwargs", "ok"),
    [
        pytest.param("confirm_sign_up", CONFIRM, True, id="confirm_sign_up"),
        pytest.param("initiate_auth", OPERATIONS["initiate_auth"][1], True, id="initiate_auth"),
        pytest.param("list_devices", OPERATIONS["list_devices"][1], True, id="list_devices"),
        pytest.param("sign_up", OPERATIONS["sign_up"][1], False, id="sign_up"),
        pytest.param("get_user", OPERATIONS["get_user"][1], False, id="get_user"),
    ],
)
@pytest.mark.parametrize("body", [b"", b"{}", b"  \n"], ids=["empty", "empty-object", "blank"])
@pytest.mark.parametrize("status", [200, 201, 204])
def test_empty_2xx(
    mode: Mode,
    one_attempt: Harness,
    operation: str,
    kwargs: dict[str, Any],
    ok: bool,
    body: bytes,
    status: int,
) -> None:
    """Valid-but-empty: success when the output has no required member, else a parse error."""
    one_attempt.respond(status, _headers("rid-empty"), body)
    result = one_attempt.outcome(operation, **kwargs)
    if ok:
        assert not isinstance(result, BaseException), repr(result)
    else:
        assert type(result) is ResponseParseError, repr(result)
        assert result.status_code == status
        assert result.request_id == "rid-empty"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"x" * 8_000_000, id="8MB-text"),
        pytest.param(b"[" * 2_000_000, id="2M-open-brackets"),
        pytest.param(b'{"Session": ' + b"[" * 500_000 + b"]" * 500_000 + b"}", id="deep-member"),
        pytest.param(b'{"Session": 1' + b"0" * 5000 + b"}", id="5000-digit-number"),
        pytest.param(_dumps({f"k{i}": [i, None, {"a": i}] for i in range(100_000)}), id="wide"),
    ],
)
@pytest.mark.parametrize("status", [200, 500])
def test_huge_bodies(mode: Mode, one_attempt: Harness, body: bytes, status: int) -> None:
    one_attempt.respond(status, _headers("rid-huge"), body)
    result = one_attempt.outcome("confirm_sign_up", **CONFIRM)
    if status == 200 and body.startswith(b'{"k0"'):
        assert isinstance(result, ConfirmSignUpResponse), repr(result)  # unknown members ignored
    else:
        assert type(assert_typed_error(result, status, "rid-huge")) is ResponseParseError


def test_nan_and_infinity_in_numbers(mode: Mode, one_attempt: Harness) -> None:
    for value in (math.nan, math.inf, -math.inf, 1.5):
        body = _dumps({"AuthenticationResult": {"ExpiresIn": value}})
        one_attempt.respond(200, _headers("rid-nan"), body)
        exc = one_attempt.outcome("initiate_auth", **OPERATIONS["initiate_auth"][1])
        assert type(exc) is ResponseParseError, (value, exc)
