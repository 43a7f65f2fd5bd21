"""The base of the errors the auth toolkit raises itself.

Cognito's own refusals (a wrong password, an expired session) are the classes of
``cognito_idp.errors``; these are about what the toolkit was given or received.
"""


class AuthError(Exception):
    """Base of the errors the auth toolkit raises itself (Cognito's own errors are the
    classes of ``cognito_idp.errors``)."""


class SoftwareTokenRejectedError(AuthError):
    """VerifySoftwareToken did not accept the authenticator app's code during MFA set-up
    (Cognito's ``Status: ERROR``): check the app holds the secret and its clock is right."""
