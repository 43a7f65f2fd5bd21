"""The sign-in flows moto cannot check, against a peer that does the server side of SRP
(``srp_peer.py``): the proof itself, remembered devices, custom auth after SRP, USER_AUTH's
choices, refresh with rotation and revocation; sync and async, with and without a client
secret. Hypothesis: any user name and password round-trips through SRP."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.auth import (
    AsyncCognitoAuth,
    AuthError,
    CognitoAuth,
    CustomChallenge,
    EmailOtpRequired,
    RememberedDevice,
    SelectChallenge,
    SignedIn,
    SmsOtpRequired,
)
from cognito_idp.errors import CodeMismatchException, NotAuthorizedException
from tests.auth.srp_peer import CLIENT_ID, CUSTOM_ANSWER, EMAIL_CODE, POOL_ID, SrpPeer
from tests.support.stub_server import StubServer

PASSWORD = "Corr3ct-Horse-Battery!"
SECRET = "1example-app-client-secret-0123456789abcdef"


@pytest.fixture(params=[None, SECRET], ids=["public", "secret"])
def peer(request: pytest.FixtureRequest) -> Iterator[tuple[SrpPeer, StubServer]]:
    secret: str | None = request.param
    peer = SrpPeer(client_secret=secret)
    peer.add_user("alice", PASSWORD, "alice@example.com")
    with StubServer(peer) as server:
        yield peer, server


def _auth(client: CognitoIdentityProviderClient, peer: SrpPeer) -> CognitoAuth:
    return CognitoAuth(
        client, user_pool_id=POOL_ID, client_id=CLIENT_ID, client_secret=peer.client_secret
    )


def _signed_in(step: object) -> SignedIn:
    assert isinstance(step, SignedIn), repr(step)
    return step


def test_srp_proof_is_checked(peer: tuple[SrpPeer, StubServer]) -> None:
    srp_peer, server = peer
    with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client:
        auth = _auth(client, srp_peer)
        assert _signed_in(auth.sign_in_srp("alice", PASSWORD)).username == "alice"
        # By the email alias: the proof is made for USER_ID_FOR_SRP, not the alias typed.
        assert _signed_in(auth.sign_in_srp("alice@example.com", PASSWORD)).username == "alice"
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_srp("alice", "not the password")
    sent = [r.json_object() for r in server.requests]
    assert all(PASSWORD not in str(body) for body in sent)  # only the proof leaves


def test_remembered_device_answers_device_srp(peer: tuple[SrpPeer, StubServer]) -> None:
    srp_peer, server = peer
    with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client:
        auth = _auth(client, srp_peer)
        first = _signed_in(auth.sign_in_srp("alice", PASSWORD))
        assert first.new_device is not None
        device = auth.remember_device(first, device_name="laptop")
        assert device.device_password not in repr(device)
        stored = dataclasses.asdict(device)

        again = _signed_in(auth.sign_in_srp("alice", PASSWORD, device=RememberedDevice(**stored)))
        assert again.new_device is None
        answered = [r.json_object().get("ChallengeName") for r in server.requests]
        assert answered[-3:] == ["PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"]

        wrong = dataclasses.replace(device, device_password="not the device's password")
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_srp("alice", PASSWORD, device=wrong)


def test_custom_auth_after_srp_and_user_auth_choices(peer: tuple[SrpPeer, StubServer]) -> None:
    srp_peer, server = peer
    with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client:
        auth = _auth(client, srp_peer)
        custom = auth.sign_in_custom("alice", password=PASSWORD)
        assert isinstance(custom, CustomChallenge)
        assert custom.parameters["question"] == "2+2?"
        _signed_in(custom.answer(CUSTOM_ANSWER))
        without_srp = auth.sign_in_custom("alice")
        assert isinstance(without_srp, CustomChallenge)
        with pytest.raises(NotAuthorizedException):
            without_srp.answer("5")
        without_srp = auth.sign_in_custom("alice")
        assert isinstance(without_srp, CustomChallenge)
        _signed_in(without_srp.answer(CUSTOM_ANSWER))

        choose = auth.sign_in_user_auth("alice")
        assert isinstance(choose, SelectChallenge)
        assert choose.available == ("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP")
        _signed_in(choose.password_srp(PASSWORD))

        choose = auth.sign_in_user_auth("alice")
        assert isinstance(choose, SelectChallenge)
        emailed = choose.email_otp()
        assert isinstance(emailed, EmailOtpRequired)
        assert emailed.delivery_medium == "EMAIL"
        with pytest.raises(CodeMismatchException):
            emailed.answer("000000")


def test_one_time_codes_sign_in(peer: tuple[SrpPeer, StubServer]) -> None:
    srp_peer, server = peer
    with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client:
        auth = _auth(client, srp_peer)
        choose = auth.sign_in_user_auth("alice")
        assert isinstance(choose, SelectChallenge)
        emailed = choose.email_otp()
        assert isinstance(emailed, EmailOtpRequired)
        _signed_in(emailed.answer(EMAIL_CODE))
        choose = auth.sign_in_user_auth("alice")
        assert isinstance(choose, SelectChallenge)
        texted = choose.sms_otp()
        assert isinstance(texted, SmsOtpRequired)
        assert (texted.destination, texted.delivery_medium) == ("+*******1234", "SMS")
        _signed_in(texted.answer(EMAIL_CODE))
        choose = auth.sign_in_user_auth("alice")
        assert isinstance(choose, SelectChallenge)
        _signed_in(choose.password(PASSWORD))
        _signed_in(auth.sign_in_user_auth("alice", preferred="PASSWORD_SRP", password=PASSWORD))
        _signed_in(auth.sign_in_user_auth("alice", preferred="PASSWORD", password=PASSWORD))
        with pytest.raises(NotAuthorizedException):
            auth.sign_in_user_auth("alice", preferred="PASSWORD_SRP", password="wrong")
        with pytest.raises(AuthError, match="needs password="):
            auth.sign_in_user_auth("alice", preferred="PASSWORD")
    answers = [r.json_object().get("ChallengeResponses") for r in server.requests]
    assert any(isinstance(a, dict) and a.get("ANSWER") == "SMS_OTP" for a in answers)


@pytest.mark.parametrize("rotation", [True, False])
def test_refresh_keeps_the_newest_refresh_token_and_revoke_ends_it(
    peer: tuple[SrpPeer, StubServer], rotation: bool
) -> None:
    srp_peer, server = peer
    srp_peer.rotation = rotation
    with CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client:
        auth = _auth(client, srp_peer)
        tokens = _signed_in(auth.sign_in_srp("alice", PASSWORD)).tokens
        assert tokens.refresh_token is not None
        refreshed = auth.refresh(tokens.refresh_token)
        assert refreshed.access_token != tokens.access_token
        assert refreshed.refresh_token is not None
        if rotation:
            assert refreshed.refresh_token != tokens.refresh_token
            with pytest.raises(NotAuthorizedException):
                auth.refresh(tokens.refresh_token)  # rotated out
        else:
            assert refreshed.refresh_token == tokens.refresh_token  # kept
        auth.revoke(refreshed.refresh_token)
        with pytest.raises(NotAuthorizedException):
            auth.refresh(refreshed.refresh_token)


def test_async_device_flow_and_refresh(peer: tuple[SrpPeer, StubServer]) -> None:
    srp_peer, server = peer

    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region="us-east-1", endpoint_url=server.url
        ) as client:
            auth = AsyncCognitoAuth(
                client,
                user_pool_id=POOL_ID,
                client_id=CLIENT_ID,
                client_secret=srp_peer.client_secret,
            )
            first = _signed_in(await auth.sign_in_srp("alice", PASSWORD))
            device = await auth.remember_device(first)
            again = _signed_in(await auth.sign_in_srp("alice", PASSWORD, device=device))
            assert again.tokens.refresh_token is not None
            refreshed = await auth.refresh(again.tokens.refresh_token)
            assert refreshed.refresh_token != again.tokens.refresh_token
            custom = await auth.sign_in_custom("alice", password=PASSWORD)
            assert isinstance(custom, CustomChallenge)
            _signed_in(await custom.answer(CUSTOM_ANSWER))
            with pytest.raises(NotAuthorizedException):
                await auth.sign_in_srp("alice", "wrong")

    asyncio.run(run())


names = st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(username=names, password=st.text(min_size=1, max_size=64))
def test_any_username_and_password_round_trip_through_srp(username: str, password: str) -> None:
    """Unicode included: the proof the client makes is the one the server checks."""
    peer = SrpPeer()
    peer.add_user(username, password, "someone@example.com")
    with (
        StubServer(peer) as server,
        CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url) as client,
    ):
        auth = CognitoAuth(client, user_pool_id=POOL_ID, client_id=CLIENT_ID)
        assert _signed_in(auth.sign_in_srp(username, password)).username == username
