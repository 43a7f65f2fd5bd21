"""How Cognito's answers become steps, against a local server that answers what a test asks
(challenge names newer than the toolkit, odd parameters): the typed error or field, never a
crash, sync and async."""

from __future__ import annotations

import asyncio
import datetime
import json

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.auth import (
    AsyncCognitoAuth,
    AuthError,
    CognitoAuth,
    CustomChallenge,
    MfaSetupRequired,
    NewPasswordRequired,
    SelectChallenge,
    SelectMfaType,
    SignedIn,
    SmsMfaRequired,
    SoftwareTokenRejectedError,
    SoftwareTokenSetup,
    UnsupportedChallengeError,
)
from tests.support.stub_server import StubResponse, StubServer

POOL = "us-east-1_Example"
SESSION = "s" * 40


def _challenge(name: str, parameters: dict[str, str], **extra: object) -> StubResponse:
    return StubResponse.json(
        {"ChallengeName": name, "Session": SESSION, "ChallengeParameters": parameters, **extra}
    )


def _first_step(client: CognitoIdentityProviderClient) -> object:
    return CognitoAuth(client, user_pool_id=POOL, client_id="c").sign_in_password("alice", "pw")


def _client(server: StubServer) -> CognitoIdentityProviderClient:
    return CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url)


@pytest.mark.parametrize("name", ["WEB_AUTHN", "SOME_CHALLENGE_FROM_THE_FUTURE"])
def test_a_challenge_the_toolkit_does_not_answer_is_a_typed_error(name: str) -> None:
    with (
        StubServer(default=_challenge(name, {"USERNAME": "alice"})) as server,
        _client(server) as client,
        pytest.raises(UnsupportedChallengeError) as caught,
    ):
        _first_step(client)
    assert caught.value.challenge_name == name
    assert name in str(caught.value)
    assert SESSION not in str(caught.value)


def test_async_unknown_challenge_is_the_same_typed_error() -> None:
    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region="us-east-1", endpoint_url=server.url
        ) as client:
            auth = AsyncCognitoAuth(client, user_pool_id=POOL, client_id="c")
            with pytest.raises(UnsupportedChallengeError):
                await auth.sign_in_password("alice", "pw")

    with StubServer(default=_challenge("NEW_THING", {})) as server:
        asyncio.run(run())


def test_challenge_parameters_become_typed_fields() -> None:
    with StubServer() as server, _client(server) as client:
        server.enqueue(
            _challenge(
                "NEW_PASSWORD_REQUIRED",
                {
                    "USERNAME": "alice-internal",
                    "requiredAttributes": json.dumps(["userAttributes.given_name"]),
                    "userAttributes": json.dumps({"email": "a@example.com"}),
                },
            ),
            _challenge(
                "SMS_MFA",
                {
                    "USERNAME": "alice-internal",
                    "CODE_DELIVERY_DELIVERY_MEDIUM": "SMS",
                    "CODE_DELIVERY_DESTINATION": "+*******1234",
                },
            ),
            _challenge(
                "SELECT_MFA_TYPE",
                {"MFAS_CAN_CHOOSE": json.dumps(["SMS_MFA", "SOFTWARE_TOKEN_MFA"])},
            ),
            _challenge("CUSTOM_CHALLENGE", {"question": "2 + 2?"}),
            _challenge("SELECT_CHALLENGE", {}, AvailableChallenges=["PASSWORD", "EMAIL_OTP"]),
            StubResponse.json(
                {
                    "AuthenticationResult": {
                        "IdToken": "id-token-value",
                        "AccessToken": "access-token-value",
                        "RefreshToken": "refresh-token-value",
                        "ExpiresIn": 3600,
                        "TokenType": "Bearer",
                        "NewDeviceMetadata": {"DeviceKey": "dk", "DeviceGroupKey": "gk"},
                    }
                }
            ),
        )
        step = _first_step(client)
        assert isinstance(step, NewPasswordRequired)
        assert step.username == "alice-internal"
        assert step.required_attributes == ("given_name",)
        assert step.user_attributes == {"email": "a@example.com"}
        assert SESSION not in repr(step)
        sms = step.answer("N3w-password!", {"given_name": "Alice"})
        assert isinstance(sms, SmsMfaRequired)
        assert (sms.destination, sms.delivery_medium) == ("+*******1234", "SMS")
        select = sms.answer("123456")
        assert isinstance(select, SelectMfaType)
        assert select.options == ("SMS_MFA", "SOFTWARE_TOKEN_MFA")
        custom = select.answer("SMS_MFA")
        assert isinstance(custom, CustomChallenge)
        assert custom.parameters == {"question": "2 + 2?"}
        choose = custom.answer("4")
        assert isinstance(choose, SelectChallenge)
        assert choose.available == ("PASSWORD", "EMAIL_OTP")
        done = choose.password("pw")
        assert isinstance(done, SignedIn)
        assert done.new_device is not None and done.new_device.device_key == "dk"
        assert "token-value" not in repr(done)
        tokens = done.tokens
        assert tokens.expires_at.tzinfo is not None
        assert tokens.expires_within(datetime.timedelta(minutes=61))
        assert not tokens.expires_within(datetime.timedelta(minutes=59))

        bodies = [r.json_object() for r in server.requests]
        answers = [b.get("ChallengeResponses") for b in bodies[1:]]
        assert answers == [
            {
                "USERNAME": "alice-internal",
                "NEW_PASSWORD": "N3w-password!",
                "userAttributes.given_name": "Alice",
            },
            {"USERNAME": "alice-internal", "SMS_MFA_CODE": "123456"},
            {"USERNAME": "alice-internal", "ANSWER": "SMS_MFA"},
            {"USERNAME": "alice-internal", "ANSWER": "4"},
            {"USERNAME": "alice-internal", "ANSWER": "PASSWORD", "PASSWORD": "pw"},
        ]
        assert all(b.get("Session") == SESSION for b in bodies[1:])


def test_a_rejected_totp_code_is_a_typed_error_and_nothing_more_is_sent() -> None:
    with StubServer() as server, _client(server) as client:
        server.enqueue(
            _challenge("MFA_SETUP", {"MFAS_CAN_SETUP": json.dumps(["SOFTWARE_TOKEN_MFA"])}),
            StubResponse.json({"SecretCode": "JBSWY3DPEHPK3PXP", "Session": SESSION}),
            StubResponse.json({"Status": "ERROR", "Session": SESSION}),
        )
        setup = _first_step(client)
        assert isinstance(setup, MfaSetupRequired)
        assert setup.options == ("SOFTWARE_TOKEN_MFA",)
        app = setup.set_up_software_token()
        assert isinstance(app, SoftwareTokenSetup)
        assert "JBSWY3DPEHPK3PXP" not in repr(app)
        with pytest.raises(SoftwareTokenRejectedError):
            app.answer("000000")
        assert len(server.requests) == 3  # no MFA_SETUP answer after the refusal


@pytest.mark.parametrize(
    "parameters",
    [
        {"SRP_B": "ab", "SECRET_BLOCK": "AAAA", "USER_ID_FOR_SRP": "alice"},  # no SALT
        {"SALT": "zz", "SRP_B": "ab", "SECRET_BLOCK": "AAAA", "USER_ID_FOR_SRP": "alice"},
    ],
    ids=["missing", "not hex"],
)
def test_a_malformed_srp_challenge_is_a_typed_error(parameters: dict[str, str]) -> None:
    with (
        StubServer(default=_challenge("PASSWORD_VERIFIER", parameters)) as server,
        _client(server) as client,
        pytest.raises(AuthError),
    ):
        CognitoAuth(client, user_pool_id=POOL, client_id="c").sign_in_srp("alice", "pw")
