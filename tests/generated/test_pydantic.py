"""The models work with tools that read annotations at run time: pydantic's ``TypeAdapter`` and
``typing.get_type_hints``, for every model class of the package.

The whole-package checks run in a fresh interpreter: they make every class a dataclass, which
the tests of lazy declaration must not find already done.
"""

from __future__ import annotations

import subprocess
import sys

from pydantic import TypeAdapter

from cognito_idp.models import (
    AdminGetUserResponse,
    AttributeType,
    DescribeManagedLoginBrandingResponse,
    UserStatusType,
)
from typedaws_runtime.enums import Unmodelled

EVERY_CLASS = """
import dataclasses, enum, typing
from pydantic import TypeAdapter
import cognito_idp.models as models

classes = [getattr(models, name) for name in models.__all__]
classes = [c for c in classes if isinstance(c, type) and not issubclass(c, (enum.Enum, str))]
checked = 0
for cls in classes:
    assert dataclasses.is_dataclass(cls), cls
    typing.get_type_hints(cls)
    TypeAdapter(cls)  # raises if any annotation cannot be resolved
    checked += 1
print(checked, len(classes))
"""


def test_every_model_class_has_resolvable_annotations_and_a_type_adapter() -> None:
    done = subprocess.run(
        [sys.executable, "-c", EVERY_CLASS], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    checked, classes = map(int, done.stdout.split())
    assert checked == classes > 300


def test_a_response_validates_from_plain_data_and_dumps_to_json() -> None:
    adapter = TypeAdapter(AdminGetUserResponse)

    response = adapter.validate_python(
        {
            "username": "alice",
            "user_attributes": [{"name": "email", "value": "alice@example.com"}],
            "user_status": "CONFIRMED",
            "user_create_date": "2024-05-01T12:00:00Z",
        }
    )

    assert response.user_attributes == [AttributeType(name="email", value="alice@example.com")]
    assert response.user_status is UserStatusType.CONFIRMED
    assert response.user_create_date is not None and response.user_create_date.year == 2024
    assert adapter.validate_json(adapter.dump_json(response)) == response


def test_an_enum_value_newer_than_the_model_is_kept_as_unmodelled() -> None:
    response = TypeAdapter(AdminGetUserResponse).validate_python(
        {"username": "alice", "user_status": "SOMETHING_NEW"}
    )

    assert response.user_status == "SOMETHING_NEW"
    assert isinstance(response.user_status, Unmodelled)


def test_a_document_member_takes_any_json_value() -> None:
    settings = {"components": [{"kind": "button", "size": 3}], "dark": True}

    response = TypeAdapter(DescribeManagedLoginBrandingResponse).validate_python(
        {"managed_login_branding": {"settings": settings}}
    )

    assert response.managed_login_branding is not None
    assert response.managed_login_branding.settings == settings
