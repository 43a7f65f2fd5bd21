"""Models to and from the dicts boto3 uses, and to JSON through ``dataclasses.asdict``: what a
team moving from boto3 relies on while both kinds of call sites live side by side."""

from __future__ import annotations

import dataclasses
import datetime
import json

import pytest

from cognito_idp.models import (
    AdminGetUserResponse,
    AttributeType,
    ConfirmSignUpRequest,
    InitiateAuthRequest,
    UserStatusType,
)
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.errors import ValidationError
from typedaws_runtime.serde import json_default

WHEN = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)


def test_a_response_becomes_boto3s_dict_with_pascal_case_keys_and_unset_members_left_out() -> None:
    response = AdminGetUserResponse(
        username="alice",
        user_attributes=[AttributeType(name="email", value="alice@example.com")],
        user_status=UserStatusType.CONFIRMED,
        user_create_date=WHEN,
    )

    assert response.to_boto3() == {
        "Username": "alice",
        "UserAttributes": [{"Name": "email", "Value": "alice@example.com"}],
        "UserStatus": "CONFIRMED",
        "UserCreateDate": WHEN,
    }


def test_boto3s_response_dict_reads_back_ignoring_its_response_metadata() -> None:
    boto3_response = {
        "Username": "alice",
        "UserStatus": "SOMETHING_NEW",
        "UserCreateDate": WHEN,
        "ResponseMetadata": {"HTTPStatusCode": 200, "RequestId": "rid"},
    }

    response = AdminGetUserResponse.from_boto3(boto3_response)

    assert response.username == "alice"
    assert isinstance(response.user_status, Unmodelled)
    assert response.user_create_date == WHEN
    assert AdminGetUserResponse.from_boto3(response.to_boto3()) == response


def test_timestamps_and_blobs_are_taken_as_boto3_takes_them() -> None:
    by_epoch = AdminGetUserResponse.from_boto3({"Username": "a", "UserCreateDate": 1714564800})
    by_text = AdminGetUserResponse.from_boto3({"Username": "a", "UserCreateDate": WHEN.isoformat()})

    assert by_epoch.user_create_date == by_text.user_create_date == WHEN


def test_a_wrong_dict_is_a_validation_error_naming_every_problem() -> None:
    with pytest.raises(ValidationError) as raised:
        ConfirmSignUpRequest.from_boto3(
            {"ClientId": "c", "Username": 7, "ConfirmationKode": "1", "AnalyticsMetadata": "x"}
        )

    message = str(raised.value)
    assert "ConfirmationKode: not a member of ConfirmSignUpRequest" in message
    assert "Username: unexpected int" in message
    assert "AnalyticsMetadata: expected a dict, got str" in message
    assert "ConfirmationCode: required" in message


def test_a_request_round_trips_and_its_enums_become_members() -> None:
    params = {
        "ClientId": "c",
        "AuthFlow": "USER_PASSWORD_AUTH",
        "AuthParameters": {"USERNAME": "a"},
    }

    request = InitiateAuthRequest.from_boto3(params)

    assert request.auth_flow == "USER_PASSWORD_AUTH"
    assert not isinstance(request.auth_flow, Unmodelled)
    assert request.to_boto3() == params


def test_asdict_and_json_default_write_any_model_as_json() -> None:
    response = AdminGetUserResponse(username="alice", user_create_date=WHEN)

    text = json.dumps(dataclasses.asdict(response), default=json_default)

    assert json.loads(text)["user_create_date"] == "2024-05-01T12:00:00+00:00"
    assert json_default(b"\x00\xff") == "AP8="
