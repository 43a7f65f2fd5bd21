"""Timestamps in request bodies, in each format a model may ask for, written as botocore writes
them (its serializer is the reference the services were tested against)."""

from __future__ import annotations

import datetime

import pytest
from botocore.serialize import JSONSerializer

from typedaws_runtime.serde import json_timestamp

UTC = datetime.UTC
MOMENTS = [
    datetime.datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
    datetime.datetime(2024, 5, 1, 12, 0, 0, 50, tzinfo=UTC),
    datetime.datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=UTC),
    datetime.datetime(
        2024, 5, 1, 14, 0, 0, 500000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    ),
]


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_iso8601_is_botocores_text(moment: datetime.datetime) -> None:
    theirs = JSONSerializer()._timestamp_iso8601(moment.astimezone(UTC))  # botocore's formatter

    assert json_timestamp(moment, "iso8601") == f'"{theirs}"'
