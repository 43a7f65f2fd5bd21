"""The sign-in flows moto cannot check, against the Cognito-style server in
``tests/support/cognito_server.py`` (which does Cognito's side of SRP and checks every proof):
remembered devices, MFA with real TOTP codes, custom auth, USER_AUTH's choices, refresh with
and without rotation, revocation; sync and async, with and without a client secret."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.auth import (
    AsyncCognitoAuth,
    AuthError,
    CognitoAuth,
    CustomChallenge,
    EmailOtpRequired,
    MfaSetupRequired,
    RememberedDevice,
    SelectChallenge,
    SelectMfaType,
    SignedIn,
    SmsMfaRequired,
    SmsOtpRequired,
    SoftwareTokenMfaRequired,
    SoftwareTokenSetup,
)
from cognito_idp.errors import (
    CodeMismatchException,
    NotAuthorizedException,
    RefreshTokenReuseException,
)
from tests.support.cognito_server import AppClient, CognitoServer, UserPool, totp

PASSWORD = "Corr3ct-Horse-Battery!"


@dataclasses.dataclass
class Setup:
    server: CognitoServer
    pool: UserPool
    app: AppClient

    def client(self) -> CognitoIdentityProviderClient:
        return CognitoIdentityProviderClient(region="us-east-1", endpoint_url=self.server.url)

    def auth(self, client: CognitoIdentityProviderClient) -> CognitoAuth:
        return CognitoAuth(
            client,
            user_pool_id=self.pool.pool_id,
            client_id=self.app.client_id,
            client_secret=self.app.client_secret,
        )


@pytest.fixture(params=[False, True], ids=["public", "secret"])
def setup(request: pytest.FixtureRequest) -> Iterator[Setup]:
    with CognitoServer(region="us-east-1") as server:
        pool = server.add_pool("Main")
        app = pool.add_client(secret=request.param, device_tracking=True, refresh_rotation=True)
        pool.add_user("alice", PASSWORD, email="alice@example.com", email_alias=True)
        yield Setup(server, pool, app)
        assert server.failures == []


def _signed_in(step: object) -> SignedIn:
    assert isinstance(step, SignedIn), repr(step)
    return step


def test_srp_by_name_and_alias_and_a_wrong_password(setup: Setup) -> None:
    with setup.client() as client:
        auth = setup.auth(client)
        _signed_in(auth.sign_in_srp("alice", PASSWORD))
        _signed_in(auth.sign_in_srp("alice@example.com", PASSWORD))
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_srp("alice", "not the password")
    assert all(PASSWORD not in str(body) for body in setup.server.bodies("InitiateAuth"))


def test_remembered_device_skips_mfa(setup: Setup) -> None:
    setup.pool.add_user("erin", PASSWORD, phone="+15555550100", mfa="SMS_MFA")
    with setup.client() as client:
        auth = setup.auth(client)
        sms = auth.sign_in_srp("erin", PASSWORD)
        assert isinstance(sms, SmsMfaRequired)
        first = _signed_in(sms.answer(setup.server.last_code("erin")))
        assert first.new_device is not None
        device = auth.remember_device(first, device_name="laptop")
        assert device.device_password not in repr(device)

        stored = dataclasses.asdict(device)
        again = _signed_in(auth.sign_in_srp("erin", PASSWORD, device=RememberedDevice(**stored)))
        assert again.new_device is None  # no SMS this time: the device's proof instead
        names = [b.get("ChallengeName") for b in setup.server.bodies("RespondToAuthChallenge")]
        assert names[-2:] == ["DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"]

        wrong = dataclasses.replace(device, device_password="not the device's password")
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_srp("erin", PASSWORD, device=wrong)


def test_a_device_the_user_must_confirm_is_marked_remembered() -> None:
    with CognitoServer(region="us-east-1") as server:
        pool = server.add_pool("Main")
        app = pool.add_client(device_tracking=True, remember_on_user_prompt=True)
        pool.add_user("alice", PASSWORD, phone="+15555550100", mfa="SMS_MFA")
        with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client:
            auth = CognitoAuth(client, user_pool_id=pool.pool_id, client_id=app.client_id)
            sms = auth.sign_in_password("alice", PASSWORD)
            assert isinstance(sms, SmsMfaRequired)
            device = auth.remember_device(_signed_in(sms.answer(server.last_code("alice"))))
            assert "UpdateDeviceStatus" in server.operations()
            _signed_in(auth.sign_in_srp("alice", PASSWORD, device=device))
        assert server.failures == []


def test_mfa_setup_and_totp_with_real_codes(setup: Setup) -> None:
    setup.pool.add_user("bob", PASSWORD, email="bob@example.com", mfa_setup_required=True)
    with setup.client() as client:
        auth = setup.auth(client)
        required = auth.sign_in_srp("bob", PASSWORD)
        assert isinstance(required, MfaSetupRequired)
        assert "SOFTWARE_TOKEN_MFA" in required.options
        app = required.set_up_software_token()
        assert isinstance(app, SoftwareTokenSetup)
        _signed_in(app.answer(totp(app.secret_code, setup.server.now()), device_name="phone"))
        again = auth.sign_in_srp("bob", PASSWORD)
        assert isinstance(again, SoftwareTokenMfaRequired)
        with pytest.raises(CodeMismatchException):
            again.answer("000000" if setup.pool.user("bob").totp_code() != "000000" else "111111")


def test_select_mfa_type(setup: Setup) -> None:
    setup.pool.add_user(
        "carol", PASSWORD, email="c@example.com", phone="+15555550101", mfa=("SMS_MFA", "EMAIL_OTP")
    )
    with setup.client() as client:
        choose = setup.auth(client).sign_in_password("carol", PASSWORD)
        assert isinstance(choose, SelectMfaType)
        assert set(choose.options) == {"SMS_MFA", "EMAIL_OTP"}
        emailed = choose.answer("EMAIL_OTP")
        assert isinstance(emailed, EmailOtpRequired)
        _signed_in(emailed.answer(setup.server.last_code("carol")))


def test_custom_auth_with_and_without_srp(setup: Setup) -> None:
    setup.pool.add_user("dave", PASSWORD, custom_challenges=[("2+2?", "4")])
    with setup.client() as client:
        auth = setup.auth(client)
        for step in (auth.sign_in_custom("dave", password=PASSWORD), auth.sign_in_custom("dave")):
            assert isinstance(step, CustomChallenge)
            assert step.parameters["question"] == "2+2?"
            _signed_in(step.answer("4"))
        wrong = auth.sign_in_custom("dave")
        assert isinstance(wrong, CustomChallenge)
        with pytest.raises(NotAuthorizedException):
            wrong.answer("5")


def test_user_auth_choices(setup: Setup) -> None:
    setup.pool.add_user("frank", PASSWORD, email="frank@example.com", phone="+15555550102")
    with setup.client() as client:
        auth = setup.auth(client)
        choose = auth.sign_in_user_auth("frank")
        assert isinstance(choose, SelectChallenge)
        assert {"PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"} <= set(choose.available)
        _signed_in(choose.password_srp(PASSWORD))
        choose = auth.sign_in_user_auth("frank")
        assert isinstance(choose, SelectChallenge)
        _signed_in(choose.password(PASSWORD))
        choose = auth.sign_in_user_auth("frank")
        assert isinstance(choose, SelectChallenge)
        emailed = choose.email_otp()
        assert isinstance(emailed, EmailOtpRequired)
        _signed_in(emailed.answer(setup.server.last_code("frank")))
        choose = auth.sign_in_user_auth("frank")
        assert isinstance(choose, SelectChallenge)
        texted = choose.sms_otp()
        assert isinstance(texted, SmsOtpRequired)
        with pytest.raises(CodeMismatchException):
            texted.answer("000000" if setup.server.last_code("frank") != "000000" else "111111")

        _signed_in(auth.sign_in_user_auth("frank", preferred="PASSWORD_SRP", password=PASSWORD))
        _signed_in(auth.sign_in_user_auth("frank", preferred="PASSWORD", password=PASSWORD))
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_user_auth("frank", preferred="PASSWORD_SRP", password="wrong")
        with pytest.raises(AuthError, match="needs password="):
            auth.sign_in_user_auth("frank", preferred="PASSWORD")


@pytest.mark.parametrize("rotation", [True, False])
def test_refresh_and_revoke(setup: Setup, rotation: bool) -> None:
    setup.app.refresh_rotation = rotation
    with setup.client() as client:
        auth = setup.auth(client)
        tokens = _signed_in(auth.sign_in_srp("alice", PASSWORD)).tokens
        assert tokens.refresh_token is not None
        refreshed = auth.refresh(tokens.refresh_token)
        assert refreshed.access_token != tokens.access_token
        assert refreshed.refresh_token is not None
        if rotation:
            assert refreshed.refresh_token != tokens.refresh_token
            with pytest.raises(RefreshTokenReuseException):
                auth.refresh(tokens.refresh_token)  # rotated out
        else:
            assert refreshed.refresh_token == tokens.refresh_token  # kept
        auth.revoke(refreshed.refresh_token)
        with pytest.raises(NotAuthorizedException):
            auth.refresh(refreshed.refresh_token)


def test_async_flows(setup: Setup) -> None:
    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region="us-east-1", endpoint_url=setup.server.url
        ) as client:
            auth = AsyncCognitoAuth(
                client,
                user_pool_id=setup.pool.pool_id,
                client_id=setup.app.client_id,
                client_secret=setup.app.client_secret,
            )
            first = _signed_in(await auth.sign_in_srp("alice", PASSWORD))
            device = await auth.remember_device(first)
            again = _signed_in(await auth.sign_in_srp("alice", PASSWORD, device=device))
            assert again.tokens.refresh_token is not None
            refreshed = await auth.refresh(again.tokens.refresh_token)
            assert refreshed.refresh_token != again.tokens.refresh_token
            await auth.sign_out(refreshed.access_token)
            with pytest.raises(NotAuthorizedException):
                await auth.refresh(refreshed.refresh_token or "")
            with pytest.raises(NotAuthorizedException):
                await auth.sign_in_srp("alice", "wrong")

    asyncio.run(run())
