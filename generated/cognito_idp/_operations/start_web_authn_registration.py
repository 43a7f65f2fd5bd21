# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""StartWebAuthnRegistration: its request and response, and how they travel."""

from __future__ import annotations

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class StartWebAuthnRegistrationRequest:
    """The StartWebAuthnRegistrationRequest structure."""

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
        if (
            not isinstance(other, StartWebAuthnRegistrationRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.access_token,) == (other.access_token,)


def serialize_StartWebAuthnRegistrationRequest(v: StartWebAuthnRegistrationRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out.append("}")
    return "".join(out)


def secrets_StartWebAuthnRegistrationRequest(
    v: StartWebAuthnRegistrationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_StartWebAuthnRegistrationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, StartWebAuthnRegistrationRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, True, None, None)


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class StartWebAuthnRegistrationResponse:
    """The StartWebAuthnRegistrationResponse structure."""

    credential_creation_options: _s.Document
    """The information that a user can provide in their request to register with their passkey
    provider."""

    def __init__(
        self,
        *,
        credential_creation_options: _s.Document,
    ) -> None:
        self.credential_creation_options = credential_creation_options

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(credential_creation_options={self.credential_creation_options!r})"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, StartWebAuthnRegistrationResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (self.credential_creation_options,) == (other.credential_creation_options,)


def parse_StartWebAuthnRegistrationResponse(
    value: object, path: str
) -> StartWebAuthnRegistrationResponse:
    m = _s.expect_object(value, path)
    x = m.get("CredentialCreationOptions")
    if x is None:
        raise _s.missing(path + ".CredentialCreationOptions")
    f_credential_creation_options = _s.parse_document(x, path + ".CredentialCreationOptions")
    obj = _dc.new(StartWebAuthnRegistrationResponse)
    obj.credential_creation_options = f_credential_creation_options
    return obj


Request = StartWebAuthnRegistrationRequest
"""The request dataclass of StartWebAuthnRegistration."""


def new_request(access_token: str) -> StartWebAuthnRegistrationRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(StartWebAuthnRegistrationRequest)
    _req.access_token = access_token
    return _req


OPERATION: OperationSpec[StartWebAuthnRegistrationRequest, StartWebAuthnRegistrationResponse] = (
    OperationSpec(
        name="StartWebAuthnRegistration",
        validate=check_StartWebAuthnRegistrationRequest,
        serialize=serialize_StartWebAuthnRegistrationRequest,
        parse=parse_StartWebAuthnRegistrationResponse,
        signed=False,
        secrets=secrets_StartWebAuthnRegistrationRequest,
        fill_secret_hash=None,
    )
)
