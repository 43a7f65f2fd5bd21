# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GlobalSignOut: its request and response, and how they travel."""

from __future__ import annotations

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class GlobalSignOutRequest:
    """Represents the request to sign out all devices."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    def __init__(
        self,
        *,
        access_token: str,
    ) -> None:
        self.access_token = access_token

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GlobalSignOutRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.access_token,) == (other.access_token,)


def serialize_GlobalSignOutRequest(v: GlobalSignOutRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out.append("}")
    return "".join(out)


def secrets_GlobalSignOutRequest(v: GlobalSignOutRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_GlobalSignOutRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GlobalSignOutRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, True, None, None)


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class GlobalSignOutResponse:
    """The response to the request to sign out all devices."""

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GlobalSignOutResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return True


def parse_GlobalSignOutResponse(value: object, path: str) -> GlobalSignOutResponse:
    _s.expect_object(value, path)
    return GlobalSignOutResponse()


Request = GlobalSignOutRequest
"""The request dataclass of GlobalSignOut."""


def new_request(access_token: str) -> GlobalSignOutRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(GlobalSignOutRequest)
    _req.access_token = access_token
    return _req


OPERATION: OperationSpec[GlobalSignOutRequest, GlobalSignOutResponse] = OperationSpec(
    name="GlobalSignOut",
    validate=check_GlobalSignOutRequest,
    serialize=serialize_GlobalSignOutRequest,
    parse=parse_GlobalSignOutResponse,
    signed=False,
    secrets=secrets_GlobalSignOutRequest,
    fill_secret_hash=None,
)
