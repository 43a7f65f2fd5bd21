"""Errors survive ``pickle`` and ``copy`` as they are: type, text, ``args``, fields and notes.

Programs send exceptions between processes (``multiprocessing``, ``concurrent.futures``) and
copy them; ``BaseException`` would rebuild one as ``cls(*args)``, which the SDK's errors do not
accept (their fields are parameters of their own, often keyword-only).
"""

from __future__ import annotations

import copy
import inspect
import pickle
from collections.abc import Callable

import pytest

from cognito_idp import errors as generated_errors
from cognito_idp.errors import CodeMismatchException, InvalidParameterException
from tests.support.calls import MODES, Mode, confirm_error
from tests.support.stub_server import Fault, StubResponse, StubServer
from typedaws_runtime.errors import (
    ConfigurationError,
    ConnectionFailedError,
    ConnectTimeoutError,
    EndpointResolutionError,
    PaginationError,
    ReadTimeoutError,
    ResponseParseError,
    SdkError,
    ServiceError,
    ValidationError,
)

COPIES: dict[str, Callable[[SdkError], object]] = {
    "pickle": lambda e: pickle.loads(pickle.dumps(e)),
    "pickle protocol 0": lambda e: pickle.loads(pickle.dumps(e, protocol=0)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


def _assert_same(original: BaseException, made: Callable[[SdkError], object]) -> None:
    assert isinstance(original, SdkError)
    twin = made(original)
    assert type(twin) is type(original)
    assert isinstance(twin, SdkError)
    assert twin is not original
    assert (str(twin), repr(twin), twin.args) == (str(original), repr(original), original.args)
    assert vars(twin) == vars(original)
    if isinstance(original, ServiceError):
        assert isinstance(twin, ServiceError)
        fields = ("code", "message", "status_code", "request_id")
        assert [getattr(twin, f) for f in fields] == [getattr(original, f) for f in fields]


RUNTIME_ERRORS: dict[str, SdkError] = {
    "configuration": ConfigurationError("no region"),
    "endpoint": EndpointResolutionError("Invalid Configuration: Missing Region", hint="set it"),
    "validation": ValidationError("ConfirmSignUp", ["client_id: required", "username: too long"]),
    "connect timeout": ConnectTimeoutError("connection timed out", url="https://example.com"),
    "read timeout": ReadTimeoutError("read timed out", url="https://example.com"),
    "connection": ConnectionFailedError("refused", url="https://example.com"),
    "parse": ResponseParseError("body is not JSON", status_code=502, request_id="rid"),
    "pagination": PaginationError("ListUsers", "PaginationToken"),
    "service": CodeMismatchException(
        code="CodeMismatchException", message="wrong code", status_code=400, request_id="rid"
    ),
}


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize("which", RUNTIME_ERRORS)
def test_runtime_errors(which: str, how: str) -> None:
    error = RUNTIME_ERRORS[which]
    _assert_same(error, COPIES[how])
    if isinstance(error, TimeoutError):
        assert isinstance(COPIES[how](error), TimeoutError)


GENERATED = sorted(
    name
    for name, cls in vars(generated_errors).items()
    if inspect.isclass(cls) and issubclass(cls, ServiceError)
)


@pytest.mark.parametrize("name", GENERATED)
def test_every_modelled_error_with_a_note(name: str) -> None:
    cls = getattr(generated_errors, name)
    error = cls(code=name, message="it failed", status_code=400, request_id="rid")
    error.add_note("while confirming alice")
    for how in COPIES.values():
        _assert_same(error, how)
        twin = how(error)
        assert isinstance(twin, BaseException)
        assert twin.__notes__ == ["while confirming alice"]


@pytest.mark.parametrize("mode", MODES)
def test_errors_raised_by_a_call(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.json(
        {"__type": "InvalidParameterException", "message": "bad", "reasonCode": "X"},
        status=400,
        headers={"x-amzn-RequestId": "rid-1"},
    )
    modelled = confirm_error(mode, stub.url)
    assert type(modelled) is InvalidParameterException
    stub.default = StubResponse(fault=Fault.CLOSE)
    transport = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert type(transport) is ConnectionFailedError
    for error in (modelled, transport):
        for how in COPIES.values():
            _assert_same(error, how)
    twin = pickle.loads(pickle.dumps(modelled))
    assert isinstance(twin, InvalidParameterException)
    assert (twin.reason_code, twin.request_id) == ("X", "rid-1")
