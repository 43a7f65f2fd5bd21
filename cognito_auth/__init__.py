"""Cognito sign-in, tokens and token verification, on the generated clients.

Published as ``cognito_idp.auth``::

    from cognito_idp.auth import CognitoAuth, SignedIn

    auth = CognitoAuth(client, user_pool_id="eu-west-1_AbC123", client_id="...")
    step = auth.sign_in_srp("alice", password)

``CognitoAuth`` (sync) and ``AsyncCognitoAuth`` (async) sign users in with SRP, a password,
USER_AUTH's choices or a custom flow; every sign-in returns a step, ``SignedIn`` or a typed
challenge (``challenges``); ``refresh``, ``sign_out``, ``revoke`` and ``remember_device`` do
the rest of a session's life. ``TokenVerifier`` and ``AsyncTokenVerifier`` check Cognito's
tokens where they are received (``verify``; the ``jwt`` extra)."""

from __future__ import annotations

from typedaws_runtime import lazy
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from cognito_auth.errors import AuthError, SoftwareTokenRejectedError
    from cognito_auth.sign_in import (
        AsyncCognitoAuth,
        CognitoAuth,
        FirstChallenge,
        RefreshWith,
    )
    from cognito_auth.srp import (
        SrpError,
    )
    from cognito_auth.tokens import (
        IncompleteResultError,
        NewDevice,
        RememberedDevice,
        SignedIn,
        Tokens,
    )
    from cognito_auth.verify import (
        AccessTokenClaims,
        AsyncTokenVerifier,
        IdTokenClaims,
        JsonValue,
        JwksFetchError,
        TokenAlgorithmError,
        TokenAudienceError,
        TokenError,
        TokenExpiredError,
        TokenIssuerError,
        TokenMalformedError,
        TokenMissingGroupError,
        TokenMissingScopeError,
        TokenNotYetValidError,
        TokenSignatureError,
        TokenUseError,
        TokenVerifier,
        UnknownKeyError,
    )

__all__ = [
    "AccessTokenClaims",
    "AsyncCognitoAuth",
    "AsyncStep",
    "AsyncTokenVerifier",
    "AuthError",
    "CognitoAuth",
    "CustomChallenge",
    "DeviceSrpRequired",
    "EmailOtpRequired",
    "FirstChallenge",
    "IdTokenClaims",
    "IncompleteResultError",
    "JsonValue",
    "JwksFetchError",
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
    "SoftwareTokenRejectedError",
    "SoftwareTokenSetup",
    "SrpError",
    "Step",
    "StepOf",
    "TokenAlgorithmError",
    "TokenAudienceError",
    "TokenError",
    "TokenExpiredError",
    "TokenIssuerError",
    "TokenMalformedError",
    "TokenMissingGroupError",
    "TokenMissingScopeError",
    "TokenNotYetValidError",
    "TokenSignatureError",
    "TokenUseError",
    "TokenVerifier",
    "Tokens",
    "UnknownKeyError",
    "UnsupportedChallengeError",
]

_WHERE = {
    "AccessTokenClaims": "cognito_auth.verify",
    "AsyncCognitoAuth": "cognito_auth.sign_in",
    "AsyncStep": "cognito_auth.challenges",
    "AsyncTokenVerifier": "cognito_auth.verify",
    "AuthError": "cognito_auth.errors",
    "CognitoAuth": "cognito_auth.sign_in",
    "CustomChallenge": "cognito_auth.challenges",
    "DeviceSrpRequired": "cognito_auth.challenges",
    "EmailOtpRequired": "cognito_auth.challenges",
    "FirstChallenge": "cognito_auth.sign_in",
    "IdTokenClaims": "cognito_auth.verify",
    "IncompleteResultError": "cognito_auth.tokens",
    "JsonValue": "cognito_auth.verify",
    "JwksFetchError": "cognito_auth.verify",
    "MfaSetupRequired": "cognito_auth.challenges",
    "MfaType": "cognito_auth.challenges",
    "NewDevice": "cognito_auth.tokens",
    "NewPasswordRequired": "cognito_auth.challenges",
    "PasswordVerifierRequired": "cognito_auth.challenges",
    "RefreshWith": "cognito_auth.sign_in",
    "RememberedDevice": "cognito_auth.tokens",
    "SelectChallenge": "cognito_auth.challenges",
    "SelectMfaType": "cognito_auth.challenges",
    "SignedIn": "cognito_auth.tokens",
    "SmsMfaRequired": "cognito_auth.challenges",
    "SmsOtpRequired": "cognito_auth.challenges",
    "SoftwareTokenRejectedError": "cognito_auth.errors",
    "SoftwareTokenMfaRequired": "cognito_auth.challenges",
    "SoftwareTokenSetup": "cognito_auth.challenges",
    "SrpError": "cognito_auth.srp",
    "Step": "cognito_auth.challenges",
    "StepOf": "cognito_auth.challenges",
    "TokenAlgorithmError": "cognito_auth.verify",
    "TokenAudienceError": "cognito_auth.verify",
    "TokenError": "cognito_auth.verify",
    "TokenExpiredError": "cognito_auth.verify",
    "TokenIssuerError": "cognito_auth.verify",
    "TokenMalformedError": "cognito_auth.verify",
    "TokenMissingGroupError": "cognito_auth.verify",
    "TokenMissingScopeError": "cognito_auth.verify",
    "TokenNotYetValidError": "cognito_auth.verify",
    "TokenSignatureError": "cognito_auth.verify",
    "TokenUseError": "cognito_auth.verify",
    "TokenVerifier": "cognito_auth.verify",
    "Tokens": "cognito_auth.tokens",
    "UnknownKeyError": "cognito_auth.verify",
    "UnsupportedChallengeError": "cognito_auth.challenges",
}
"""Where each name is defined: its module is imported when the name is first used, so a
program that only verifies tokens never defines the sign-in classes (a dataclass costs up to
a millisecond to define)."""

if not TYPE_CHECKING:  # for type checkers, the imports above define every name

    def __getattr__(name: str) -> object:
        return lazy.load(__name__, _WHERE, name)


def __dir__() -> list[str]:
    return sorted(__all__)
