"""Cognito sign-in, tokens and token verification, on the generated clients."""
