"""Cognito sign-in, tokens and token verification, on the generated clients.

Published as ``cognito_idp.auth``::

    from cognito_idp.auth import CognitoAuth, SignedIn

    auth = CognitoAuth(client, user_pool_id="eu-west-1_AbC123", client_id="...")
    step = auth.sign_in_srp("alice", password)

``CognitoAuth`` (sync) and ``AsyncCognitoAuth`` (async) sign users in with SRP, a password,
USER_AUTH's choices or a custom flow; every sign-in returns a step, ``SignedIn`` or a typed
challenge (``challenges``); ``refresh``, ``sign_out``, ``revoke`` and ``remember_device`` do
the rest of a session's life.
"""

from cognito_auth.challenges import (
    AsyncStep,
    CustomChallenge,
    DeviceSrpRequired,
    EmailOtpRequired,
    MfaSetupRequired,
    MfaType,
    NewPasswordRequired,
    PasswordVerifierRequired,
    SelectChallenge,
    SelectMfaType,
    SmsMfaRequired,
    SmsOtpRequired,
    SoftwareTokenMfaRequired,
    SoftwareTokenSetup,
    Step,
    StepOf,
    UnsupportedChallengeError,
)
from cognito_auth.sign_in import AsyncCognitoAuth, CognitoAuth, FirstChallenge, RefreshWith
from cognito_auth.srp import SrpError
from cognito_auth.tokens import (
    AuthError,
    IncompleteResultError,
    NewDevice,
    RememberedDevice,
    SignedIn,
    Tokens,
)

__all__ = [
    "AsyncCognitoAuth",
    "AsyncStep",
    "AuthError",
    "CognitoAuth",
    "CustomChallenge",
    "DeviceSrpRequired",
    "EmailOtpRequired",
    "FirstChallenge",
    "IncompleteResultError",
    "MfaSetupRequired",
    "MfaType",
    "NewDevice",
    "NewPasswordRequired",
    "PasswordVerifierRequired",
    "RefreshWith",
    "RememberedDevice",
    "SelectChallenge",
    "SelectMfaType",
    "SignedIn",
    "SmsMfaRequired",
    "SmsOtpRequired",
    "SoftwareTokenMfaRequired",
    "SoftwareTokenSetup",
    "SrpError",
    "Step",
    "StepOf",
    "Tokens",
    "UnsupportedChallengeError",
]
