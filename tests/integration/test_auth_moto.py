"""The auth toolkit (``cognito_idp.auth``) against moto in server mode, sync and async.

moto implements USER_SRP_AUTH's shape (it does not check the SRP proof), the password flows,
NEW_PASSWORD_REQUIRED, MFA_SETUP and SOFTWARE_TOKEN_MFA, REFRESH_TOKEN_AUTH and GlobalSignOut;
the flows it lacks are tested against the Cognito-style server in ``tests/support``.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.auth import (
    AsyncCognitoAuth,
    AsyncStep,
    CognitoAuth,
    MfaSetupRequired,
    NewPasswordRequired,
    SignedIn,
    SoftwareTokenMfaRequired,
    SoftwareTokenSetup,
    Step,
)
from cognito_idp.errors import NotAuthorizedException
from tests.integration.conftest import REGION, AppClient
from typedaws_runtime.credentials import Credentials

USER = "alice"
PASSWORD = "Corr3ct-Horse-Battery!"
NEW_PASSWORD = "N3w-Horse-Battery-Staple!"
ADMIN = Credentials(access_key_id="AKIDEXAMPLE000000001", secret_access_key="example-key")

pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)


def _flows(admin: Any, pool_id: str, *, secret: bool) -> AppClient:
    created = admin.create_user_pool_client(
        UserPoolId=pool_id,
        ClientName="app",
        GenerateSecret=secret,
        ExplicitAuthFlows=[
            "ALLOW_USER_SRP_AUTH",
            "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_ADMIN_USER_PASSWORD_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
        ],
    )["UserPoolClient"]
    return AppClient(
        user_pool_id=pool_id,
        client_id=created["ClientId"],
        client_secret=created.get("ClientSecret"),
    )


def _user(admin: Any, pool_id: str, *, permanent: bool = True) -> None:
    admin.admin_create_user(UserPoolId=pool_id, Username=USER, TemporaryPassword=PASSWORD)
    if permanent:
        admin.admin_set_user_password(
            UserPoolId=pool_id, Username=USER, Password=PASSWORD, Permanent=True
        )


def _auth(client: CognitoIdentityProviderClient, app: AppClient) -> CognitoAuth:
    return CognitoAuth(
        client,
        user_pool_id=app.user_pool_id,
        client_id=app.client_id,
        client_secret=app.client_secret,
        refresh_with="REFRESH_TOKEN_AUTH",  # moto has no GetTokensFromRefreshToken
    )


def _signed_in(step: Step | AsyncStep) -> SignedIn:
    assert isinstance(step, SignedIn), repr(step)
    return step


@pytest.mark.parametrize("secret", [False, True])
def test_srp_sign_in_refresh_and_sign_out(admin: Any, moto_url: str, secret: bool) -> None:
    app = _flows(admin, admin.create_user_pool(PoolName="p")["UserPool"]["Id"], secret=secret)
    _user(admin, app.user_pool_id)
    with CognitoIdentityProviderClient(region=REGION, endpoint_url=moto_url) as client:
        auth = _auth(client, app)
        signed_in = _signed_in(auth.sign_in_srp(USER, PASSWORD))
        tokens = signed_in.tokens
        assert tokens.id_token and tokens.access_token and tokens.refresh_token
        assert tokens.token_type == "Bearer"
        assert tokens.expires_at > datetime.datetime.now(datetime.UTC)
        for text in (tokens.id_token, tokens.access_token, tokens.refresh_token):
            assert text not in repr(signed_in)

        refreshed = auth.refresh(tokens.refresh_token, username=USER)
        assert refreshed.access_token and refreshed.id_token
        assert refreshed.refresh_token == tokens.refresh_token  # no rotation: kept

        auth.sign_out(refreshed.access_token)
        with pytest.raises(NotAuthorizedException):
            auth.refresh(tokens.refresh_token, username=USER)


def test_password_and_admin_sign_in(admin: Any, moto_url: str) -> None:
    app = _flows(admin, admin.create_user_pool(PoolName="p")["UserPool"]["Id"], secret=True)
    _user(admin, app.user_pool_id)
    with CognitoIdentityProviderClient(
        region=REGION, endpoint_url=moto_url, credentials=ADMIN
    ) as client:
        auth = _auth(client, app)
        assert _signed_in(auth.sign_in_password(USER, PASSWORD)).tokens.access_token
        assert _signed_in(auth.admin_sign_in_password(USER, PASSWORD)).tokens.access_token
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_password(USER, "wrong password")


def test_new_password_required_then_signed_in(admin: Any, moto_url: str) -> None:
    app = _flows(admin, admin.create_user_pool(PoolName="p")["UserPool"]["Id"], secret=False)
    _user(admin, app.user_pool_id, permanent=False)
    with CognitoIdentityProviderClient(region=REGION, endpoint_url=moto_url) as client:
        auth = _auth(client, app)
        step = auth.sign_in_srp(USER, PASSWORD)
        assert isinstance(step, NewPasswordRequired), repr(step)
        assert step.username == USER
        assert _signed_in(step.answer(NEW_PASSWORD)).tokens.access_token
        assert _signed_in(auth.sign_in_password(USER, NEW_PASSWORD)).tokens.access_token


def _run_sync(step: Step) -> SignedIn:
    """Answer every challenge the way an app would, until signed in (exhaustive match)."""
    while True:
        match step:
            case SignedIn():
                return step
            case MfaSetupRequired():
                step = step.set_up_software_token()
            case SoftwareTokenSetup():
                assert step.secret_code
                assert step.otpauth_uri("Example").startswith("otpauth://totp/Example%3Aalice?")
                step = step.answer("123456", device_name="phone")
            case SoftwareTokenMfaRequired():
                step = step.answer("123456")
            case NewPasswordRequired():
                step = step.answer(NEW_PASSWORD)
            case _:
                pytest.fail(f"unexpected step {step!r}")


async def _run_async(step: AsyncStep) -> SignedIn:
    while True:
        match step:
            case SignedIn():
                return step
            case MfaSetupRequired():
                step = await step.set_up_software_token()
            case SoftwareTokenSetup():
                step = await step.answer("123456", device_name="phone")
            case SoftwareTokenMfaRequired():
                step = await step.answer("123456")
            case NewPasswordRequired():
                step = await step.answer(NEW_PASSWORD)
            case _:
                pytest.fail(f"unexpected step {step!r}")


def _mfa_pool(admin: Any) -> AppClient:
    pool_id = admin.create_user_pool(PoolName="p", MfaConfiguration="ON")["UserPool"]["Id"]
    admin.set_user_pool_mfa_config(
        UserPoolId=pool_id,
        SoftwareTokenMfaConfiguration={"Enabled": True},
        MfaConfiguration="ON",
    )
    return _flows(admin, pool_id, secret=True)


def test_mfa_setup_then_totp_sign_in(admin: Any, moto_url: str) -> None:
    app = _mfa_pool(admin)
    _user(admin, app.user_pool_id)
    with CognitoIdentityProviderClient(region=REGION, endpoint_url=moto_url) as client:
        auth = _auth(client, app)
        first = auth.sign_in_srp(USER, PASSWORD)
        assert isinstance(first, MfaSetupRequired), repr(first)
        # (moto sends MFAS_CAN_SETUP as a JSON list, not the JSON text in a string Cognito
        # sends, so ``first.options`` is read against the Cognito-style server instead.)
        assert _run_sync(first).tokens.access_token
        again = auth.sign_in_srp(USER, PASSWORD)
        assert isinstance(again, SoftwareTokenMfaRequired), repr(again)
        assert _run_sync(again).tokens.access_token


def test_async_flows(admin: Any, moto_url: str) -> None:
    app = _mfa_pool(admin)
    _user(admin, app.user_pool_id, permanent=False)

    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=moto_url, credentials=ADMIN
        ) as client:
            auth = AsyncCognitoAuth(
                client,
                user_pool_id=app.user_pool_id,
                client_id=app.client_id,
                client_secret=app.client_secret,
                refresh_with="REFRESH_TOKEN_AUTH",
            )
            signed_in = await _run_async(await auth.sign_in_srp(USER, PASSWORD))
            again = await auth.sign_in_srp(USER, NEW_PASSWORD)
            assert isinstance(again, SoftwareTokenMfaRequired), again
            assert (await _run_async(again)).tokens.access_token
            # moto asks no MFA on the password flows (Cognito would): either way, signed in.
            admin_step = await auth.admin_sign_in_password(USER, NEW_PASSWORD)
            assert (await _run_async(admin_step)).tokens.access_token
            tokens = signed_in.tokens
            assert tokens.refresh_token is not None
            refreshed = await auth.refresh(tokens.refresh_token, username=USER)
            assert refreshed.refresh_token == tokens.refresh_token
            await auth.sign_out(refreshed.access_token)
            with pytest.raises(NotAuthorizedException):
                await auth.refresh(tokens.refresh_token, username=USER)

    asyncio.run(run())
