"""The botocore differential for any generated service, one operation at a time: a random valid
request serializes exactly as botocore's serializer writes it, and a random response body
parses as botocore's parser reads it.

``tests/services`` runs it on a sample of the operations of every awsJson service;
``test_botocore_agreement`` holds the same checks for every operation of the committed package.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any, cast

import botocore.model
from botocore.parsers import create_parser
from botocore.serialize import create_serializer
from hypothesis import strategies as st

from tests.conformance.strategies import (
    UNMODELED_MEMBER,
    Model,
    RequestStrategies,
    ResponseStrategies,
    assert_same,
    structure_view,
)
from typedaws_runtime.awsjson import build_request, read_output
from typedaws_runtime.http import DEFAULT_TIMEOUTS, HttpResponse
from typedaws_runtime.operation import ServiceSpec


class Agreement:
    """Our generated functions and botocore, side by side, for one service."""

    def __init__(self, model: Model, spec: ServiceSpec, service_name: str) -> None:
        self.model = model
        self.spec = spec
        self.botocore = botocore.model.ServiceModel(
            cast(dict[str, Any], model.service_json), service_name=service_name
        )
        # With botocore's own parameter validation: it must accept every request we call valid.
        self.serializer = create_serializer("json", include_validation=True)
        self.parser = create_parser("json")
        self.requests = RequestStrategies(model)
        self.responses = ResponseStrategies(model)
        self.endpoint = f"https://{service_name}.us-east-1.amazonaws.com/"

    def operation_spec(self, name: str) -> Any:
        return self.model.module(self.model.operations[name].module).OPERATION

    def request(self, name: str, data: st.DataObject) -> None:
        """A random valid request of ``name``: our validation accepts it, and our JSON body
        and headers are botocore's."""
        op = self.model.operations[name]
        spec = self.operation_spec(name)
        if op.input is None:
            ours: object = None
            params: dict[str, object] = {}
        else:
            assert spec.validate is self.model.function(op.input, "check_")
            ours, drawn = data.draw(
                self.requests.structure(op.input), label="(request, botocore params)"
            )
            params = cast(dict[str, object], drawn)
            problems: list[str] = []
            spec.validate(ours, "", problems, True)
            assert problems == [], f"our validation rejects a valid request: {problems}"
        writes = cast("Callable[[object], str]", spec.serialize)
        sent = build_request(self.spec, name, writes, ours, self.endpoint, DEFAULT_TIMEOUTS, "ua")
        body = json.loads(sent.body or b"{}")
        params = dict(params)
        for member in op.input.members if op.input is not None else ():
            if member.idempotency_token and member.wire_name not in params:
                # botocore's client fills a left-out token with a UUID4 before serializing
                # (``generate_idempotent_uuid``); ours must have filled one too.
                token = body.get(member.wire_name)
                assert isinstance(token, str), f"{member.wire_name}: no token filled in"
                assert uuid.UUID(token).version == 4, f"{member.wire_name}: {token!r}"
                params[member.wire_name] = token
        expected = self.serializer.serialize_to_request(params, self.botocore.operation_model(name))
        # Compared as parsed JSON: the bytes differ by design (ours compact and UTF-8).
        assert_same(body, json.loads(expected["body"] or b"{}"), "body")
        for header in ("X-Amz-Target", "Content-Type"):
            assert sent.headers[header] == expected["headers"][header], header

    def response(self, name: str, data: st.DataObject) -> None:
        """A random response body of ``name`` parses to the values botocore reads from it."""
        op = self.model.operations[name]
        parse = cast(Callable[[object, str], object], self.operation_spec(name).parse)
        if op.output is None:
            body: object = data.draw(
                st.fixed_dictionaries({}, optional={UNMODELED_MEMBER: st.text()}), label="body"
            )
        else:
            body = data.draw(self.responses.structure(op.output), label="body")
        raw = json.dumps(body, ensure_ascii=data.draw(st.booleans(), label="ensure_ascii"))
        parsed = read_output(HttpResponse(status=200, headers={}, body=raw.encode()), parse, "X")
        output_shape = self.botocore.operation_model(name).output_shape
        theirs = self.parser.parse(
            {"status_code": 200, "headers": {}, "body": raw.encode()}, output_shape
        )
        theirs.pop("ResponseMetadata", None)  # botocore's HTTP details
        if op.output is None:  # ours returns None where botocore returns an empty dict
            assert parsed is None
            assert theirs == {}
            return
        assert_same(structure_view(self.model, parsed, op.output, "X"), theirs, "X")
