"""Models declared through ``typedaws_runtime.lazy_dataclass`` are standard dataclasses to anyone
who looks, while a program that only builds, sends and reads them never imports ``dataclasses``.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from typedaws_runtime import lazy_dataclass as _dc

ROOT = Path(__file__).resolve().parents[2]


def _declare() -> type:
    """A fresh class each time, so each test sees it before anything has looked at it."""

    @_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
    class Sample:
        """A model."""

        name: str
        secret: str = _dc.field(repr=False)
        size: int | None = None
        token: str | None = _dc.field(default=None, repr=False)

        def __init__(
            self, *, name: str, secret: str, size: int | None = None, token: str | None = None
        ) -> None:
            self.name = name
            self.secret = secret
            self.size = size
            self.token = token

    return Sample


def _shape(cls: type) -> list[tuple[str, object, object, bool, object]]:
    return [(f.name, f.type, f.default, f.repr, f.kw_only) for f in dataclasses.fields(cls)]


EXPECTED = [
    ("name", "str", dataclasses.MISSING, True, True),
    ("secret", "str", dataclasses.MISSING, False, True),
    ("size", "int | None", None, True, True),
    ("token", "str | None", None, False, True),
]


def test_a_declared_class_looks_like_the_dataclass_it_becomes() -> None:
    cls = _declare()
    # Class attributes as the decorator leaves them: defaults, and nothing for required fields.
    assert vars(cls)["size"] is None
    assert vars(cls)["token"] is None
    assert "name" not in vars(cls)
    assert "secret" not in vars(cls)

    assert dataclasses.is_dataclass(cls)
    assert _shape(cls) == EXPECTED
    assert cls.__match_args__ == ()  # type: ignore[attr-defined]  # keyword-only fields
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert (params.init, params.repr, params.eq) == (False, False, False)
    # Finishing left the class attributes as they were.
    assert vars(cls)["size"] is None
    assert vars(cls)["token"] is None
    assert "name" not in vars(cls)
    assert "secret" not in vars(cls)


@pytest.mark.parametrize(
    "first_look",
    ["is_dataclass", "fields", "asdict", "astuple", "replace", "match", "subclass"],
)
def test_any_first_look_at_an_instance_finishes_the_class(first_look: str) -> None:
    cls = _declare()
    item = cls(name="n", secret="s3cret", size=2)
    if first_look == "is_dataclass":
        assert dataclasses.is_dataclass(item)
    elif first_look == "fields":
        assert [f.name for f in dataclasses.fields(item)] == ["name", "secret", "size", "token"]
    elif first_look == "asdict":
        as_dict = {"name": "n", "secret": "s3cret", "size": 2, "token": None}
        assert dataclasses.asdict(item) == as_dict
    elif first_look == "astuple":
        assert dataclasses.astuple(item) == ("n", "s3cret", 2, None)
    elif first_look == "replace":
        changed = dataclasses.replace(item, size=3)
        assert (type(changed), changed.size, changed.secret) == (cls, 3, "s3cret")
    elif first_look == "match":
        match item:
            case cls(name="n", size=size):  # type: ignore[misc]  # a class built at run time
                assert size == 2
            case _:
                pytest.fail("no match")
    else:

        @dataclasses.dataclass(kw_only=True)
        class Mine(cls):  # type: ignore[valid-type,misc]  # a class built at run time
            extra: int = 0

        assert [f.name for f in dataclasses.fields(Mine)][-1] == "extra"
    assert _shape(cls) == EXPECTED


def test_an_undecorated_subclass_inherits_the_fields() -> None:
    cls = _declare()
    sub = type("Sub", (cls,), {})
    assert dataclasses.is_dataclass(sub)
    assert _shape(sub) == EXPECTED


def test_the_runtime_replace_is_dataclasses_replace() -> None:
    cls = _declare()
    item = cls(name="n", secret="s")
    assert _dc.replace(item, name="m").name == "m"
    if sys.version_info >= (3, 13):  # copy.replace and __replace__ exist from 3.13 on
        assert copy.replace(item, name="m").name == "m"  # type: ignore[attr-defined]


def test_threads_that_look_at_once_see_one_finished_class() -> None:
    cls = _declare()
    start = threading.Barrier(8)
    seen: list[object] = []

    def look() -> None:
        start.wait()
        assert dataclasses.is_dataclass(cls)
        seen.append(cls.__dataclass_fields__)

    threads = [threading.Thread(target=look) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8
    assert all(s is seen[0] for s in seen)
    assert _shape(cls) == EXPECTED


PROBE = r"""
import json, sys
from cognito_idp.models import ConfirmSignUpRequest, ConfirmSignUpResponse
request = ConfirmSignUpRequest(client_id="c", username="alice", confirmation_code="123456")
same = ConfirmSignUpRequest(client_id="c", username="alice", confirmation_code="123456")
before = {
    "dataclasses": "dataclasses" in sys.modules,
    "repr": repr(request),
    "eq": request == same,
}
import dataclasses
after = {
    "is_dataclass": all(map(dataclasses.is_dataclass, [request, ConfirmSignUpResponse])),
    "sensitive": [f.name for f in dataclasses.fields(request) if not f.repr],
    "asdict": dataclasses.asdict(request),
}
print(json.dumps({"before": before, "after": after}))
"""


def test_generated_models_work_before_dataclasses_is_imported() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True, cwd=ROOT
    )
    result = json.loads(out.stdout)
    assert result["before"] == {
        "dataclasses": False,
        "repr": (
            "ConfirmSignUpRequest(force_alias_creation=None, analytics_metadata=None, "
            "client_metadata=None)"
        ),
        "eq": True,
    }
    after = result["after"]
    assert after["is_dataclass"] is True
    assert {"client_id", "username", "confirmation_code", "secret_hash"} <= set(after["sensitive"])
    assert after["asdict"]["confirmation_code"] == "123456"
