"""The server side of Cognito's SRP sign-in and remembered devices, as a ``StubServer`` handler.

moto answers USER_SRP_AUTH's shape but never checks the proof, and has no device flow,
GetTokensFromRefreshToken or RevokeToken. This peer does what Cognito does for those, and
checks what it is sent: the SRP proof (``hmac.compare_digest``), the device's proof against
the verifier ConfirmDevice stored, ``SECRET_HASH`` for the name each request sends, sessions.

Flows: USER_SRP_AUTH (with ``DEVICE_KEY``: a remembered device then gets DEVICE_SRP_AUTH
instead of the pool's MFA), CUSTOM_AUTH (one custom question, after SRP or without it),
USER_AUTH with SELECT_CHALLENGE (PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP), ConfirmDevice,
GetTokensFromRefreshToken (with rotation: a new refresh token, the old one refused) and
RevokeToken. Tokens are opaque
strings here (token verification is tested against signed ones elsewhere).
"""

from __future__ import annotations

import base64
import datetime
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from cognito_auth import srp
from cognito_idp import compute_secret_hash
from tests.support.stub_server import RecordedRequest, StubResponse

POOL_ID = "us-east-1_SrpPeer"
CLIENT_ID = "peer-client"
EMAIL_CODE = "246810"
CUSTOM_ANSWER = "4"


@dataclass
class User:
    name: str
    salt: int
    verifier: int
    email: str


@dataclass
class Device:
    key: str
    group_key: str
    salt: int = 0
    verifier: int = 0
    confirmed: bool = False


@dataclass
class Flow:
    """A session: what the server knows between a challenge and its answer."""

    user: User
    step: str
    b: int = 0
    big_a: int = 0
    device: Device | None = None
    custom_after_srp: bool = False


@dataclass
class SrpPeer:
    """Call with each request; ``users`` by name (an alias ``email`` signs in too)."""

    client_secret: str | None = None
    device_tracking: bool = True
    rotation: bool = True
    users: dict[str, User] = field(default_factory=dict[str, User])
    devices: dict[str, Device] = field(default_factory=dict[str, Device])
    sessions: dict[str, Flow] = field(default_factory=dict[str, Flow])
    refresh_tokens: dict[str, str] = field(default_factory=dict[str, str])
    """Valid refresh token -> user name."""
    sent_email_codes: int = 0

    def add_user(self, name: str, password: str, email: str) -> None:
        salt = int.from_bytes(secrets.token_bytes(16), "big")
        x = srp.private_key(POOL_ID.split("_", 1)[1], name, password, salt)
        self.users[name] = User(name, salt, pow(srp.G, x, srp.N), email)

    # -- the wire ------------------------------------------------------------------------------

    def __call__(self, request: RecordedRequest) -> StubResponse:
        target = request.header("x-amz-target") or ""
        operation = target.rsplit(".", 1)[-1]
        body = request.json_object()
        try:
            return StubResponse.json(self._answer(operation, body))
        except _Refused as refused:
            return StubResponse.json(
                {"__type": refused.code, "message": refused.message}, status=400
            )

    def _answer(self, operation: str, body: Mapping[str, object]) -> dict[str, object]:
        if operation == "InitiateAuth":
            return self._initiate(str(body["AuthFlow"]), _strings(body.get("AuthParameters")))
        if operation == "RespondToAuthChallenge":
            flow = self.sessions.pop(str(body.get("Session")), None)
            if flow is None:
                raise _Refused("NotAuthorizedException", "Invalid session for the user.")
            responses = _strings(body.get("ChallengeResponses"))
            return self._respond(flow, str(body["ChallengeName"]), responses)
        if operation == "ConfirmDevice":
            return self._confirm_device(body)
        if operation == "GetTokensFromRefreshToken":
            return self._refresh(str(body["RefreshToken"]), body.get("ClientSecret"))
        if operation == "RevokeToken":
            if body.get("ClientId") != CLIENT_ID or body.get("ClientSecret") != self.client_secret:
                raise _Refused("NotAuthorizedException", "Client authentication failed.")
            self.refresh_tokens.pop(str(body["Token"]), None)
            return {}
        raise _Refused("UnknownOperationException", operation)

    # -- sign-in -------------------------------------------------------------------------------

    def _user(self, name: str) -> User:
        for user in self.users.values():
            if name in (user.name, user.email):
                return user
        raise _Refused("NotAuthorizedException", "Incorrect username or password.")

    def _check_hash(self, values: Mapping[str, str], name: str) -> None:
        if self.client_secret is None:
            return
        expected = compute_secret_hash(self.client_secret, name, CLIENT_ID)
        if not hmac.compare_digest(values.get("SECRET_HASH", ""), expected):
            raise _Refused("NotAuthorizedException", "Client secret hash does not match.")

    def _initiate(self, auth_flow: str, params: Mapping[str, str]) -> dict[str, object]:
        user = self._user(params["USERNAME"])
        self._check_hash(params, params["USERNAME"])
        device = self.devices.get(params.get("DEVICE_KEY", ""))
        if auth_flow == "USER_SRP_AUTH":
            return self._srp_challenge(Flow(user, "verify", device=device), params["SRP_A"])
        if auth_flow == "CUSTOM_AUTH" and params.get("CHALLENGE_NAME") == "SRP_A":
            flow = Flow(user, "verify", device=device, custom_after_srp=True)
            return self._srp_challenge(flow, params["SRP_A"])
        if auth_flow == "CUSTOM_AUTH":
            return self._challenge(Flow(user, ""), "CUSTOM_CHALLENGE", {"question": "2+2?"})
        if auth_flow == "USER_AUTH" and params.get("PREFERRED_CHALLENGE") == "PASSWORD_SRP":
            return self._srp_challenge(Flow(user, "verify"), params["SRP_A"])
        if auth_flow == "USER_AUTH" and params.get("PREFERRED_CHALLENGE") == "PASSWORD":
            return self._password_tokens(user, params.get("PASSWORD", ""))
        if auth_flow == "USER_AUTH":
            available = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]
            return self._challenge(Flow(user, "select"), "SELECT_CHALLENGE", {}, available)
        raise _Refused("InvalidParameterException", f"{auth_flow} is not enabled here")

    def _srp_challenge(self, flow: Flow, srp_a: str) -> dict[str, object]:
        flow.big_a = int(srp_a, 16)
        if flow.big_a % srp.N == 0:
            raise _Refused("NotAuthorizedException", "Invalid SRP_A.")
        flow.b = secrets.randbits(256) | 1  # short: a test peer, not a secret
        big_b = (srp.K * flow.user.verifier + pow(srp.G, flow.b, srp.N)) % srp.N
        parameters = {
            "SALT": format(flow.user.salt, "x"),
            "SRP_B": format(big_b, "x"),
            "SECRET_BLOCK": base64.b64encode(secrets.token_bytes(32)).decode(),
            "USER_ID_FOR_SRP": flow.user.name,
        }
        flow.step = "verify"
        return self._challenge(flow, "PASSWORD_VERIFIER", parameters)

    def _challenge(
        self, flow: Flow, name: str, parameters: dict[str, str], available: list[str] | None = None
    ) -> dict[str, object]:
        session = secrets.token_urlsafe(32)
        self.sessions[session] = flow
        flow.step = name
        answer: dict[str, object] = {
            "ChallengeName": name,
            "Session": session,
            "ChallengeParameters": {"USERNAME": flow.user.name, **parameters},
        }
        if available is not None:
            answer["AvailableChallenges"] = available
        return answer

    def _proof_ok(
        self, flow: Flow, responses: Mapping[str, str], realm: str, user_id: str, verifier: int
    ) -> bool:
        """The claim checked as Cognito checks it: S from A, v and b, then the HMAC."""
        big_b = (srp.K * verifier + pow(srp.G, flow.b, srp.N)) % srp.N
        u = srp.scrambler(flow.big_a, big_b)
        shared = pow(flow.big_a * pow(verifier, u, srp.N), flow.b, srp.N)
        key = srp.session_key(shared, u)
        stamp = responses.get("TIMESTAMP", "")
        expected = srp.signature(
            key, realm, user_id, responses["PASSWORD_CLAIM_SECRET_BLOCK"], stamp
        )
        now = srp.timestamp(datetime.datetime.now(datetime.UTC))
        fresh = stamp.rsplit(" ", 1)[-1] == now.rsplit(" ", 1)[-1]  # this year, roughly
        return fresh and hmac.compare_digest(expected, responses["PASSWORD_CLAIM_SIGNATURE"])

    def _respond(
        self, flow: Flow, challenge: str, responses: Mapping[str, str]
    ) -> dict[str, object]:
        if challenge != flow.step:
            raise _Refused("InvalidParameterException", f"expected {flow.step}")
        if responses.get("USERNAME") != flow.user.name:  # "the username and not an alias"
            raise _Refused("NotAuthorizedException", "Incorrect username or password.")
        self._check_hash(responses, responses.get("USERNAME", ""))
        user = flow.user
        if challenge == "PASSWORD_VERIFIER":
            realm = POOL_ID.split("_", 1)[1]
            if not self._proof_ok(flow, responses, realm, user.name, user.verifier):
                raise _Refused("NotAuthorizedException", "Incorrect username or password.")
            if flow.custom_after_srp:
                return self._challenge(Flow(user, ""), "CUSTOM_CHALLENGE", {"question": "2+2?"})
            if flow.device is not None and flow.device.confirmed:
                return self._challenge(Flow(user, "", device=flow.device), "DEVICE_SRP_AUTH", {})
            return self._tokens(user, new_device=self.device_tracking)
        if challenge == "DEVICE_SRP_AUTH":
            asked = self.devices[responses["DEVICE_KEY"]]
            flow = Flow(user, "", device=asked, big_a=int(responses["SRP_A"], 16))
            flow.b = secrets.randbits(256) | 1  # short: a test peer, not a secret
            big_b = (srp.K * asked.verifier + pow(srp.G, flow.b, srp.N)) % srp.N
            parameters = {
                "SALT": format(asked.salt, "x"),
                "SRP_B": format(big_b, "x"),
                "SECRET_BLOCK": base64.b64encode(secrets.token_bytes(32)).decode(),
            }
            return self._challenge(flow, "DEVICE_PASSWORD_VERIFIER", parameters)
        if challenge == "DEVICE_PASSWORD_VERIFIER":
            proving = flow.device
            assert proving is not None
            if not self._proof_ok(
                flow, responses, proving.group_key, proving.key, proving.verifier
            ):
                raise _Refused("NotAuthorizedException", "Incorrect device proof.")
            return self._tokens(user, new_device=False)
        if challenge == "CUSTOM_CHALLENGE":
            if responses.get("ANSWER") != CUSTOM_ANSWER:
                raise _Refused("NotAuthorizedException", "Incorrect answer.")
            return self._tokens(user, new_device=False)
        if challenge == "SELECT_CHALLENGE":
            choice = responses.get("ANSWER")
            if choice == "PASSWORD":
                return self._password_tokens(user, responses.get("PASSWORD", ""))
            if choice == "PASSWORD_SRP":
                return self._srp_challenge(Flow(user, ""), responses["SRP_A"])
            if choice == "EMAIL_OTP":
                self.sent_email_codes += 1
                destination = {"CODE_DELIVERY_DESTINATION": "a***@e***", **_by_email()}
                return self._challenge(Flow(user, ""), "EMAIL_OTP", destination)
            if choice == "SMS_OTP":
                destination = {
                    "CODE_DELIVERY_DESTINATION": "+*******1234",
                    "CODE_DELIVERY_DELIVERY_MEDIUM": "SMS",
                }
                return self._challenge(Flow(user, ""), "SMS_OTP", destination)
            raise _Refused("InvalidParameterException", f"{choice} is not offered here")
        if challenge in ("EMAIL_OTP", "SMS_OTP"):
            if responses.get(f"{challenge}_CODE") != EMAIL_CODE:
                raise _Refused("CodeMismatchException", "Invalid code received for user")
            return self._tokens(user, new_device=False)
        raise _Refused("InvalidParameterException", f"{challenge} is not answered here")

    def _password_tokens(self, user: User, password: str) -> dict[str, object]:
        x = srp.private_key(POOL_ID.split("_", 1)[1], user.name, password, user.salt)
        if pow(srp.G, x, srp.N) != user.verifier:
            raise _Refused("NotAuthorizedException", "Incorrect username or password.")
        return self._tokens(user, new_device=False)

    # -- tokens and devices --------------------------------------------------------------------

    def _tokens(self, user: User, *, new_device: bool) -> dict[str, object]:
        refresh = "refresh-" + secrets.token_urlsafe(24)
        self.refresh_tokens[refresh] = user.name
        result: dict[str, object] = {
            "IdToken": "id-" + secrets.token_urlsafe(24),
            "AccessToken": "access-" + user.name + "-" + secrets.token_urlsafe(24),
            "RefreshToken": refresh,
            "ExpiresIn": 3600,
            "TokenType": "Bearer",
        }
        if new_device:
            device = Device(key="us-east-1_" + secrets.token_hex(8), group_key=secrets.token_hex(8))
            self.devices[device.key] = device
            result["NewDeviceMetadata"] = {
                "DeviceKey": device.key,
                "DeviceGroupKey": device.group_key,
            }
        return {"AuthenticationResult": result, "ChallengeParameters": {}}

    def _confirm_device(self, body: Mapping[str, object]) -> dict[str, object]:
        device = self.devices[str(body["DeviceKey"])]
        config = _strings(body.get("DeviceSecretVerifierConfig"))
        device.salt = int.from_bytes(base64.b64decode(config["Salt"]), "big")
        device.verifier = int.from_bytes(base64.b64decode(config["PasswordVerifier"]), "big")
        device.confirmed = True
        return {"UserConfirmationNecessary": False}

    def _refresh(self, token: str, secret: object) -> dict[str, object]:
        if self.client_secret is not None and secret != self.client_secret:
            raise _Refused("NotAuthorizedException", "Client secret does not match.")
        name = self.refresh_tokens.get(token)
        if name is None:
            raise _Refused("NotAuthorizedException", "Invalid Refresh Token")
        answer = self._tokens(self.users[name], new_device=False)
        result = answer["AuthenticationResult"]
        assert isinstance(result, dict)
        if self.rotation:
            del self.refresh_tokens[token]
        else:
            del self.refresh_tokens[result.pop("RefreshToken")]
        return answer


def _by_email() -> dict[str, str]:
    return {"CODE_DELIVERY_DELIVERY_MEDIUM": "EMAIL"}


def _strings(value: object) -> dict[str, str]:
    assert isinstance(value, dict)
    return {str(k): str(v) for k, v in value.items()}


class _Refused(Exception):
    def __init__(self, code: str, message: str) -> None:
        self.code, self.message = code, message
