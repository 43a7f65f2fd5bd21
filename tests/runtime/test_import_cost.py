"""A program pays for the operations it uses, not for the size of the service.

Each check runs in a fresh interpreter, so nothing imported by other tests counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.stub_server import StubResponse, StubServer

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import sys
import cognito_idp

GENERATED = ("cognito_idp._operations.", "cognito_idp._shapes.")
HEAVY = (
    "urllib3", "aiohttp", "botocore", "asyncio", "jinja2", "http.client", "email", "ssl",
    "dataclasses", "inspect", "configparser", "typing", "contextlib", "json", "re",
)

def generated_modules():
    return sorted(m for m in sys.modules if m.startswith(GENERATED))

def generated_dataclasses():
    # Model classes declared (read from the class dicts: asking dataclasses.is_dataclass would
    # import dataclasses, which models put off until something looks at their fields).
    return sorted({
        f"{value.__module__}.{value.__qualname__}"
        for name, mod in list(sys.modules.items())
        if name.startswith("cognito_idp.")
        for value in vars(mod).values()
        if isinstance(value, type)
        and "__dataclass_fields__" in vars(value)
        and value.__module__ == name
    })

after_import = {
    "modules": generated_modules(),
    "dataclasses": generated_dataclasses(),
    "heavy": sorted(m for m in HEAVY if m in sys.modules),
}
with cognito_idp.CognitoIdentityProviderClient(
    region="eu-west-1", endpoint_url=sys.argv[1], client_secret="app-client-secret"
) as c:
    c.confirm_sign_up(client_id="client", username="alice", confirmation_code="123456")
after_call = {
    "modules": generated_modules(),
    "dataclasses": generated_dataclasses(),
    "heavy": sorted(m for m in HEAVY if m in sys.modules),
    "errors_loaded": "cognito_idp.errors" in sys.modules,
    "transport_loaded": "typedaws_runtime.transports.socket_transport" in sys.modules,
}
import json  # only now: the SDK itself does not import it
print(json.dumps({"after_import": after_import, "after_call": after_call}))
"""


def _fresh(code: str, arg: str) -> str:
    """What ``code`` prints in a fresh interpreter given ``arg``, with no AWS configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    out = subprocess.run(
        [sys.executable, "-c", code, arg],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    return out.stdout


def _probe(url: str) -> dict[str, dict[str, object]]:
    result: dict[str, dict[str, object]] = json.loads(_fresh(PROBE, url))
    return result


def test_import_creates_no_model_and_loads_no_transport() -> None:
    with StubServer(default=StubResponse.json({})) as stub:
        after_import = _probe(stub.url)["after_import"]
    assert after_import["modules"] == []
    assert after_import["dataclasses"] == []
    # Transports, the signer and asyncio are imported on first use, not by the package.
    assert after_import["heavy"] == []


def test_confirm_sign_up_loads_only_its_own_models() -> None:
    with StubServer(default=StubResponse.json({})) as stub:
        after_call = _probe(stub.url)["after_call"]
    modules = after_call["modules"]
    assert isinstance(modules, list)
    # Its own module, plus the two shared shapes it refers to; not one of the other
    # 150-odd operations.
    assert set(modules) == {
        "cognito_idp._operations.confirm_sign_up",
        "cognito_idp._shapes.analytics_metadata_type",
        "cognito_idp._shapes.user_context_data_type",
    }
    dataclasses_made = after_call["dataclasses"]
    assert isinstance(dataclasses_made, list)
    assert len(dataclasses_made) <= 4, dataclasses_made
    assert "cognito_idp._operations.confirm_sign_up.ConfirmSignUpRequest" in dataclasses_made
    # The success path needs no error classes, no async machinery, no signer, and over plain
    # http no TLS: the socket transport frames HTTP itself (http.client would bring email).
    assert after_call["errors_loaded"] is False
    assert after_call["transport_loaded"] is True
    assert after_call["heavy"] == []


def test_endpoint_rules_load_no_regular_expressions() -> None:
    """A client that resolves its endpoint from the Region's rules (no ``endpoint_url``) reads
    their templates without ``re`` (about 3 ms); only a Region no partition lists needs it."""
    probe = (
        "import sys, cognito_idp\n"
        "c = cognito_idp.CognitoIdentityProviderClient(region=sys.argv[1])\n"
        "print(c.meta.endpoint_url, 're' in sys.modules)\n"
    )
    for region, expected in [
        ("eu-west-1", "https://cognito-idp.eu-west-1.amazonaws.com False"),
        ("us-gov-west-1", "https://cognito-idp.us-gov-west-1.amazonaws.com False"),
        ("xx-future-9", "https://cognito-idp.xx-future-9.amazonaws.com True"),
    ]:
        assert _fresh(probe, region).strip() == expected


SIGNED = r"""
import os, sys
import cognito_idp
from typedaws_runtime.credentials import Credentials

url, how = sys.argv[1].split(" ")
options = {}
if how == "explicit":
    options["credentials"] = Credentials(access_key_id="AKID", secret_access_key="secret")
else:
    os.environ.update(AWS_ACCESS_KEY_ID="AKID", AWS_SECRET_ACCESS_KEY="s", AWS_SESSION_TOKEN="t")
Client = cognito_idp.CognitoIdentityProviderClient
with Client(region="eu-west-1", endpoint_url=url, **options) as c:
    c.admin_get_user(user_pool_id="eu-west-1_abc", username="alice")
print(" ".join(sorted(m for m in ("botocore", "urllib.parse", "asyncio") if m in sys.modules)))
"""


def test_signed_call_with_given_or_environment_credentials_imports_no_botocore() -> None:
    """botocore (about 100 ms of imports) is for its credential chain only: signing, and
    credentials given or in the environment, need none of it."""
    with StubServer(default=StubResponse.json({"Username": "alice"})) as stub:
        for how in ("explicit", "environment"):
            assert _fresh(SIGNED, f"{stub.url} {how}").strip() == "", how
