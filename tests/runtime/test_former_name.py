"""Code written against the runtime's former name, ``aws_runtime``, keeps running for a release."""

from __future__ import annotations

import subprocess
import sys

OLD_NAME_PROGRAM = """
import warnings
warnings.simplefilter("error", DeprecationWarning)
try:
    import aws_runtime
except DeprecationWarning as warning:
    print("warned:", warning)
warnings.simplefilter("ignore", DeprecationWarning)
import aws_runtime
from aws_runtime.errors import SdkError
from aws_runtime.transports.socket_transport import SocketTransport
import typedaws_runtime.errors
import typedaws_runtime.transports.socket_transport as new_transport
from cognito_idp import CognitoIdentityProviderClient

assert SdkError is typedaws_runtime.errors.SdkError
assert aws_runtime.ValidationError is typedaws_runtime.errors.ValidationError
assert SocketTransport is new_transport.SocketTransport
try:
    CognitoIdentityProviderClient(region="eu-west-1").confirm_sign_up(
        client_id="", username="alice", confirmation_code="1"
    )
except SdkError as error:
    print("caught:", type(error).__name__)
"""


def test_the_old_name_warns_and_gives_the_same_modules_and_classes() -> None:
    done = subprocess.run(
        [sys.executable, "-c", OLD_NAME_PROGRAM], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == [
        "warned: the 'aws_runtime' package is now 'typedaws_runtime';"
        " import typedaws_runtime instead",
        "caught: ValidationError",
    ]
