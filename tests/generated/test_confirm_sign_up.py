"""What the committed package offers for ConfirmSignUp, as a user of it sees it."""

from __future__ import annotations

import dataclasses
import inspect
import json
from pathlib import Path

import cognito_idp
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp import errors as errors_module
from cognito_idp.models import ConfirmSignUpRequest, ConfirmSignUpResponse
from typedaws_runtime.errors import ServiceError

ROOT = Path(__file__).resolve().parents[2]
MODEL = json.loads((ROOT / "model/cognito-idp/service-2.json").read_text(encoding="utf-8"))
ERRORS = [e["shape"] for e in MODEL["operations"]["ConfirmSignUp"]["errors"]]

FIELDS = {
    "client_id": "str",
    "secret_hash": "str | None",
    "username": "str",
    "confirmation_code": "str",
    "force_alias_creation": "bool | None",
    "analytics_metadata": "AnalyticsMetadataType | None",
    "user_context_data": "UserContextDataType | None",
    "client_metadata": "Mapping[str, str] | None",
    "session": "str | None",
}


def test_request_has_every_member_of_the_pinned_model_in_snake_case() -> None:
    fields = {f.name: f for f in dataclasses.fields(ConfirmSignUpRequest)}
    members = MODEL["shapes"]["ConfirmSignUpRequest"]["members"]
    assert len(fields) == len(members) == len(FIELDS)
    assert {name: str(f.type) for name, f in fields.items()} == FIELDS
    required = {n for n, f in fields.items() if f.default is dataclasses.MISSING}
    assert required == {"client_id", "username", "confirmation_code"}
    assert all(f.kw_only for f in fields.values())


def test_response_session_is_optional_text() -> None:
    (field,) = dataclasses.fields(ConfirmSignUpResponse)
    assert (field.name, field.type, field.default) == ("session", "str | None", None)


def test_every_error_of_the_operation_is_a_typed_class() -> None:
    assert len(ERRORS) == 16  # botocore 1.44.8; 1.43 had 15 (no OperationNotEnabledException)
    for name in ERRORS:
        cls = getattr(errors_module, name)
        assert issubclass(cls, errors_module.CognitoIdentityProviderError)
        assert issubclass(cls, ServiceError)
        assert errors_module.ERRORS[name] is cls


def test_sync_and_async_methods_take_the_same_keyword_arguments() -> None:
    sync = inspect.signature(CognitoIdentityProviderClient.confirm_sign_up)
    async_ = inspect.signature(AsyncCognitoIdentityProviderClient.confirm_sign_up)
    assert sync == async_
    assert inspect.iscoroutinefunction(AsyncCognitoIdentityProviderClient.confirm_sign_up)
    params = list(sync.parameters.values())[1:]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
    assert {p.name for p in params if p.default is inspect.Parameter.empty} == {
        "client_id",
        "username",
        "confirmation_code",
    }
    assert sync.return_annotation == "ConfirmSignUpResponse"


def test_method_docstring_reads_like_the_service_reference() -> None:
    doc = inspect.getdoc(CognitoIdentityProviderClient.confirm_sign_up) or ""
    assert doc.startswith("Confirms the account of a new user.")
    assert "<p>" not in doc and "<a " not in doc and "<code>" not in doc
    # Links keep their text and URL; code spans stay marked.
    assert "(https://docs.aws.amazon.com/cognito/latest/developerguide/" in doc
    assert "`SignUp`" in doc
    args, rest = doc.split("\nArgs:\n", 1)[1].split("\nReturns:\n", 1)
    for name in FIELDS:
        assert f"\n    {name}:\n" in f"\n{args}"
    returns, raises = rest.split("\nRaises:\n", 1)
    assert "ConfirmSignUpResponse:" in returns
    for name in ERRORS:
        assert f"    {name}:\n" in raises
    assert "ValidationError" in raises


def test_field_docstrings_come_from_the_model() -> None:
    source = inspect.getsource(ConfirmSignUpRequest)
    assert '"""The ID of the app client associated with the user pool."""' in source


def test_package_states_the_model_it_came_from() -> None:
    provenance = json.loads((ROOT / "model/cognito-idp/PROVENANCE.json").read_text())
    assert cognito_idp.__model__["botocore_version"] == provenance["botocore_version"]
    assert cognito_idp.__model__["sha256"] == provenance["files"]["service-2.json"]
    # The package version carries the model's: <botocore version>.<SDK revision>.
    assert cognito_idp.__version__.startswith(provenance["botocore_version"] + ".")
    header = inspect.getsource(errors_module).splitlines()[0]
    assert provenance["botocore_version"] in header
