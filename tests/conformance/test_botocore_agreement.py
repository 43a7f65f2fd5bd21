"""Agreement with botocore, operation by operation, on random valid requests and responses.

For every operation of the pinned model:

- a random valid request passes our client-side validation, and the JSON body our client sends
  equals the body botocore's serializer writes for the same parameters (its headers too);
- a random valid response body parses, through our generated parser, to the values botocore's
  parser returns (compared through the IR's naming rules);

and for every modelled error, an error body yields the code, message and modelled members
botocore reads.

Examples per test come from a hypothesis profile: ``ci`` (the default) keeps the module within
CI's time; ``HYPOTHESIS_PROFILE=fuzz`` runs many more. Hypothesis prints the seed and the
falsifying example of a failure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, cast

import botocore.model
import pytest
from botocore.parsers import create_parser
from botocore.serialize import create_serializer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.ir import Structure
from cognito_idp._service import SERVICE
from tests.conformance.strategies import (
    UNMODELED_MEMBER,
    RequestStrategies,
    ResponseStrategies,
    assert_same,
    botocore_view,
    load_model,
    structure_view,
)
from typedaws_runtime.awsjson import build_request, read_error, read_output
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.errors import ServiceError
from typedaws_runtime.http import DEFAULT_TIMEOUTS, HttpResponse

_COMMON = settings(
    deadline=None,
    derandomize=False,
    print_blob=True,
    # Strategies of big request shapes (CreateUserPool) are large by nature.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# ci: 80 examples per operation test (20 per error): the module took 150 s of CPU, 183 s wall on
# a busy 2-core machine (single process; 40 examples: 64 s CPU, 100: 161 s), CI's ~3 minutes.
settings.register_profile("ci", _COMMON, max_examples=80)
# fuzz (``make fuzz``): 12.5x as many, roughly half an hour of CPU.
settings.register_profile("fuzz", _COMMON, max_examples=1000)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
"""Applied to these tests only, so that other hypothesis tests keep their own settings."""

MODEL = load_model()
BOTOCORE_SERVICE = botocore.model.ServiceModel(cast(dict[str, Any], MODEL.service_json))
# With botocore's own parameter validation: it must accept every request we call valid.
SERIALIZER = create_serializer("json", include_validation=True)
PARSER = create_parser("json")
REQUESTS = RequestStrategies(MODEL)
RESPONSES = ResponseStrategies(MODEL)

OPERATIONS = sorted(MODEL.operations)
ERRORS = sorted(e.name for e in MODEL.service.errors)
ENDPOINT = "https://cognito-idp.us-east-1.amazonaws.com"


def test_every_operation_of_the_model_is_covered() -> None:
    names = cast(list[str], BOTOCORE_SERVICE.operation_names)
    assert set(OPERATIONS) == set(names)
    assert len(OPERATIONS) == 153


def _spec(name: str) -> Any:
    return MODEL.module(MODEL.operations[name].module).OPERATION


@pytest.mark.parametrize("name", OPERATIONS)
@settings(PROFILE)
@given(data=st.data())
def test_request_serializes_like_botocore(name: str, data: st.DataObject) -> None:
    op = MODEL.operations[name]
    assert op.input is not None, "every cognito-idp operation has an input shape"
    spec = _spec(name)
    check = MODEL.function(op.input, "check_")
    serialize = MODEL.function(op.input, "serialize_")
    assert spec.validate is check
    assert spec.serialize is serialize

    ours, params = data.draw(REQUESTS.structure(op.input), label="(request, botocore params)")

    problems: list[str] = []
    check(ours, "", problems, True)
    assert problems == [], f"our validation rejects a valid request: {problems}"

    writes = cast("Callable[[object], str]", serialize)  # the request's JSON text
    sent = build_request(SERVICE, name, writes, ours, ENDPOINT + "/", DEFAULT_TIMEOUTS, "ua")
    expected = SERIALIZER.serialize_to_request(params, BOTOCORE_SERVICE.operation_model(name))
    # Compared as parsed JSON: the bytes differ by design (ours compact and UTF-8, botocore's
    # with ", " separators and \u escapes). Timestamps need no normalizing: both send epoch
    # seconds, an int when whole and a float rounded to microseconds otherwise.
    assert_same(json.loads(sent.body), json.loads(expected["body"]), "body")
    for header in ("X-Amz-Target", "Content-Type"):
        assert sent.headers[header] == expected["headers"][header]


@pytest.mark.parametrize("name", OPERATIONS)
@settings(PROFILE)
@given(data=st.data())
def test_response_parses_like_botocore(name: str, data: st.DataObject) -> None:
    op = MODEL.operations[name]
    operation_model = BOTOCORE_SERVICE.operation_model(name)
    parse = cast(Callable[[object, str], object], _spec(name).parse)
    if op.output is None:
        body: object = data.draw(
            st.fixed_dictionaries({}, optional={UNMODELED_MEMBER: st.text()}), label="body"
        )
    else:
        assert parse is MODEL.function(op.output, "parse_")
        body = data.draw(RESPONSES.structure(op.output), label="body")
    # AWS sends UTF-8 JSON; escaped or not, the values are the same.
    raw = json.dumps(body, ensure_ascii=data.draw(st.booleans(), label="ensure_ascii")).encode()

    parsed = read_output(HttpResponse(status=200, headers={}, body=raw), parse, "X")
    theirs = PARSER.parse(
        {"status_code": 200, "headers": {}, "body": raw}, operation_model.output_shape
    )
    theirs.pop("ResponseMetadata", None)  # botocore's HTTP details; ours are on the client
    if op.output is None:  # ours returns None where botocore returns an empty dict
        assert parsed is None
        assert theirs == {}
        return
    assert_same(structure_view(MODEL, parsed, op.output, "X"), theirs, "X")


@pytest.mark.parametrize("name", OPERATIONS)
@settings(PROFILE, max_examples=max(1, PROFILE.max_examples // 4))
@given(data=st.data())
def test_boto3_dicts_round_trip_with_botocore(name: str, data: st.DataObject) -> None:
    """``to_boto3()`` gives the dict botocore parses from the same response (and takes as the
    same request's parameters), and ``from_boto3()`` reads that dict back to an equal model."""
    op = MODEL.operations[name]
    assert op.input is not None
    drawn, params = data.draw(REQUESTS.structure(op.input), label="(request, botocore params)")
    request = cast(Boto3Dicts, drawn)
    assert_same(request.to_boto3(), params, "request")
    # Lists read back as lists where the request was given tuples: compared as boto3 sees them.
    assert_same(
        type(request).from_boto3(cast("dict[str, object]", params)).to_boto3(),
        params,
        "request read back",
    )
    if op.output is None:
        return
    body = data.draw(RESPONSES.structure(op.output), label="body")
    raw = json.dumps(body).encode()
    parsed = cast(
        Boto3Dicts,
        read_output(HttpResponse(status=200, headers={}, body=raw), _spec(name).parse, "X"),
    )
    theirs = PARSER.parse(
        {"status_code": 200, "headers": {}, "body": raw},
        BOTOCORE_SERVICE.operation_model(name).output_shape,
    )
    assert_same(parsed.to_boto3(), {k: v for k, v in theirs.items() if k != "ResponseMetadata"})
    assert type(parsed).from_boto3(theirs) == parsed  # ResponseMetadata and all


def _error_structure(name: str) -> Structure:
    return next(e for e in MODEL.service.errors if e.name == name)


@pytest.mark.parametrize("name", ERRORS)
@settings(PROFILE, max_examples=max(1, PROFILE.max_examples // 4))
@given(data=st.data())
def test_error_parses_like_botocore(name: str, data: st.DataObject) -> None:
    struct = _error_structure(name)
    code = struct.error_codes[-1]
    # The forms of ``__type`` services send: bare, namespaced, with a trailing URI.
    type_field = data.draw(
        st.sampled_from(
            [
                code,
                f"com.amazonaws.cognitoidentityprovider#{code}",
                f"{code}:http://internal.amazon.com/coral/com.amazon.coral.validate/",
            ]
        ),
        label="__type",
    )
    members = cast(dict[str, object], data.draw(RESPONSES.structure(struct), label="members"))
    message_key = data.draw(st.sampled_from(["message", "Message"]), label="message key")
    message = data.draw(st.text(min_size=1), label="message")
    body = {**members, "__type": type_field, message_key: message}
    raw = json.dumps(body).encode()

    ours = read_error(SERVICE, HttpResponse(status=400, headers={}, body=raw), [], ENDPOINT)
    response = {"status_code": 400, "headers": {}, "body": raw}
    theirs = PARSER.parse(response, None)
    their_code = theirs["Error"]["Code"]
    error_shape = BOTOCORE_SERVICE.shape_for_error_code(their_code)
    assert error_shape is not None, f"botocore does not know {their_code}"
    # What botocore's endpoint adds for a modelled error (``_add_modeled_error_fields``).
    modelled = PARSER.parse(response, error_shape)

    assert isinstance(ours, ServiceError), ours
    assert type(ours).__name__ == struct.class_name
    assert ours.code == their_code
    assert ours.message == theirs["Error"]["Message"]
    for m in struct.members:
        mine = botocore_view(MODEL, getattr(ours, m.attr), m.shape, m.wire_name)
        if mine is None:
            assert m.wire_name not in modelled
        else:
            assert_same(mine, modelled[m.wire_name], m.wire_name)
