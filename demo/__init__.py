"""A runnable demo of the typed Cognito SDK against a local emulator (``python -m demo``)."""
