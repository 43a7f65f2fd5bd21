"""Type-checking cost: ``mypy --strict`` and pyright on a downstream program, ours against boto3's.

The same small program is written into a temporary folder for this SDK and for boto3 typed by
``mypy-boto3-cognito-idp`` (the standalone stubs, the client annotated with ``cast`` as their
documentation shows for use without ``boto3-stubs``). The boto3 program is checked twice over:

- ``boto3``: the standalone stubs alone (the ratio the README reports). ``import boto3`` is
  untyped, so botocore's classes are ``Any``: ``client.exceptions.NoSuchException`` passes.
- ``boto3-botocore-stubs``: the same file with ``botocore-stubs`` visible too (what
  ``boto3-stubs[cognito-idp]`` brings), so that those exceptions are checked as well.

Ours is checked as a user's checker sees it: against this project's wheel installed into a
fresh virtual environment (``tools.wheel_env``), stub packages included; the boto3 programs
against a fresh virtual environment holding boto3 and mypy-boto3-cognito-idp (linked from this
one). Both are thus checked alike: mypy reads the packages of an interpreter other than its
own, which it asks for its ``sys.path`` on every run, cold or warm (checked against mypy's own
interpreter instead, the boto3 program's warm run was some 10 ms faster for that alone).

Each is checked in a fresh ``mypy`` process, cold (an empty ``--cache-dir``, new each round)
and then warm (the same command again, reusing that cache), and by ``pyright`` in strict mode
(pyright keeps no cache between runs: each run is a cold one), over interleaved rounds; figures
are medians. Every program must check clean, or the section reports the errors instead.

Run it alone with ``python -m bench.typecheck [--rounds N]``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tools import wheel_env

ROUNDS = 3

OURS = '''\
"""Sign up, confirm and look up users with the typed Cognito SDK."""

from __future__ import annotations

from cognito_idp import CognitoIdentityProviderClient
from cognito_idp.errors import CodeMismatchException, UserNotFoundException
from cognito_idp.models import AttributeType

POOL_ID = "us-east-1_example"
CLIENT_ID = "example-app-client"


def register(client: CognitoIdentityProviderClient, username: str, email: str) -> str:
    response = client.sign_up(
        client_id=CLIENT_ID,
        username=username,
        password="Example-Passw0rd!",
        user_attributes=[
            AttributeType(name="email", value=email),
            AttributeType(name="name", value=username.title()),
        ],
    )
    return response.user_sub


def confirm(client: CognitoIdentityProviderClient, username: str, code: str) -> bool:
    try:
        client.confirm_sign_up(client_id=CLIENT_ID, username=username, confirmation_code=code)
    except CodeMismatchException:
        return False
    except UserNotFoundException as error:
        raise LookupError(username) from error
    return True


def describe(client: CognitoIdentityProviderClient, username: str) -> str | None:
    try:
        user = client.admin_get_user(user_pool_id=POOL_ID, username=username)
    except UserNotFoundException:
        return None
    attributes = {a.name: a.value or "" for a in user.user_attributes or []}
    created = user.user_create_date.isoformat() if user.user_create_date else "?"
    status = str(user.user_status or "UNKNOWN")
    enabled = "enabled" if user.enabled else "disabled"
    return f"{user.username} <{attributes.get('email', '')}> {status} {enabled} since {created}"


def usernames(client: CognitoIdentityProviderClient) -> list[str]:
    response = client.list_users(user_pool_id=POOL_ID, limit=60)
    return [u.username for u in response.users or [] if u.username is not None]


def main() -> None:
    with CognitoIdentityProviderClient(region="us-east-1") as client:
        sub = register(client, "alice", "alice@example.com")
        if confirm(client, "alice", "123456"):
            print(sub, describe(client, "alice"))
        print(", ".join(usernames(client)))


if __name__ == "__main__":
    main()
'''

BOTO3 = '''\
"""Sign up, confirm and look up users with boto3, typed by mypy-boto3-cognito-idp."""

from __future__ import annotations

from typing import cast

import boto3  # type: ignore[import-untyped]
from mypy_boto3_cognito_idp import CognitoIdentityProviderClient
from mypy_boto3_cognito_idp.type_defs import AttributeTypeTypeDef

POOL_ID = "us-east-1_example"
CLIENT_ID = "example-app-client"


def register(client: CognitoIdentityProviderClient, username: str, email: str) -> str:
    attributes: list[AttributeTypeTypeDef] = [
        {"Name": "email", "Value": email},
        {"Name": "name", "Value": username.title()},
    ]
    response = client.sign_up(
        ClientId=CLIENT_ID,
        Username=username,
        Password="Example-Passw0rd!",
        UserAttributes=attributes,
    )
    return response["UserSub"]


def confirm(client: CognitoIdentityProviderClient, username: str, code: str) -> bool:
    try:
        client.confirm_sign_up(ClientId=CLIENT_ID, Username=username, ConfirmationCode=code)
    except client.exceptions.CodeMismatchException:
        return False
    except client.exceptions.UserNotFoundException as error:
        raise LookupError(username) from error
    return True


def describe(client: CognitoIdentityProviderClient, username: str) -> str | None:
    try:
        user = client.admin_get_user(UserPoolId=POOL_ID, Username=username)
    except client.exceptions.UserNotFoundException:
        return None
    attributes = {a["Name"]: a.get("Value", "") for a in user.get("UserAttributes", [])}
    created = user["UserCreateDate"].isoformat() if "UserCreateDate" in user else "?"
    status = str(user.get("UserStatus", "UNKNOWN"))
    enabled = "enabled" if user.get("Enabled") else "disabled"
    return f"{user['Username']} <{attributes.get('email', '')}> {status} {enabled} since {created}"


def usernames(client: CognitoIdentityProviderClient) -> list[str]:
    response = client.list_users(UserPoolId=POOL_ID, Limit=60)
    return [u["Username"] for u in response.get("Users", []) if "Username" in u]


def main() -> None:
    client = cast(
        CognitoIdentityProviderClient,
        boto3.client(  # pyright: ignore[reportUnknownMemberType]
            "cognito-idp", region_name="us-east-1"
        ),
    )
    try:
        sub = register(client, "alice", "alice@example.com")
        if confirm(client, "alice", "123456"):
            print(sub, describe(client, "alice"))
        print(", ".join(usernames(client)))
    finally:
        client.close()


if __name__ == "__main__":
    main()
'''

ROOT = Path(__file__).resolve().parent.parent
STUBS = "mypy-boto3-cognito-idp"
BOTOCORE_STUBS_DIR = ROOT / ".venv" / "bench-typecheck-stubs"
BOTOCORE_STUBS_REQUIREMENTS = ROOT / "bench" / "requirements-typecheck.txt"


@dataclass(frozen=True)
class Program:
    key: str
    label: str
    text: str
    python: Path  # the interpreter whose packages its checkers read (a venv of its own)
    extra_path: Path | None = None  # a folder of stubs only this program's checkers see


@dataclass
class Samples:
    cold_s: list[float] = field(default_factory=list[float])
    warm_s: list[float] = field(default_factory=list[float])
    pyright_s: list[float] = field(default_factory=list[float])


class CheckFailed(Exception):
    """A program did not type-check clean."""


PYRIGHT_CONFIG = '{"typeCheckingMode": "strict", "pythonVersion": "3.11"}\n'


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def botocore_stubs(env: Mapping[str, str]) -> Path | None:
    """The folder holding botocore-stubs, installed there on first use; None if impossible."""
    marker = BOTOCORE_STUBS_DIR / "botocore-stubs"
    if marker.is_dir():
        return BOTOCORE_STUBS_DIR
    print(f"installing botocore-stubs into {BOTOCORE_STUBS_DIR.relative_to(ROOT)} (once) ...")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target"]
    command += [str(BOTOCORE_STUBS_DIR), "-r", str(BOTOCORE_STUBS_REQUIREMENTS)]
    if subprocess.run(command, env=dict(env), check=False).returncode != 0 or not marker.is_dir():
        print("  could not install it: that program is left out")
        return None
    return BOTOCORE_STUBS_DIR


def programs(
    env: Mapping[str, str], installed: wheel_env.WheelEnv, boto3: wheel_env.WheelEnv
) -> list[Program]:
    found = [
        Program("ours", "this SDK (its wheel)", OURS, installed.python),
        Program("boto3", f"boto3 + {STUBS}", BOTO3, boto3.python),
    ]
    stubs = botocore_stubs(env)
    if stubs is not None:
        label = f"boto3 + {STUBS} + botocore-stubs"
        found.append(Program("boto3-botocore-stubs", label, BOTO3, boto3.python, stubs))
    return found


def _timed(program: Program, command: list[str], file: Path, env: Mapping[str, str]) -> float:
    """Seconds ``command`` took on ``file``; raise if it reports errors."""
    child_env = dict(env)
    if program.extra_path is not None:
        child_env["PYTHONPATH"] = str(program.extra_path)
    t0 = time.perf_counter()
    proc = subprocess.run(
        command, env=child_env, cwd=file.parent, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()[-2000:]
        raise CheckFailed(f"{program.label} ({command[2]} {file.name}): {output}")
    return elapsed


def _mypy(program: Program, file: Path, cache: Path, env: Mapping[str, str]) -> float:
    """Seconds for one ``mypy --strict`` process on ``file``."""
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file=",  # no configuration file: the defaults plus --strict
        f"--python-executable={program.python}",
        "--cache-dir",
        str(cache),
        "--no-error-summary",
        file.name,
    ]
    return _timed(program, command, file, env)


def _pyright(program: Program, file: Path, env: Mapping[str, str]) -> float:
    """Seconds for one ``pyright`` process (strict, from the folder's pyrightconfig.json)."""
    command = [sys.executable, "-m", "pyright", "--pythonpath", str(program.python), file.name]
    return _timed(program, command, file, dict(env, PYRIGHT_PYTHON_IGNORE_WARNINGS="1"))


def _median(values: list[float]) -> float:
    return statistics.median(values)


def run(env: Mapping[str, str], rounds: int = ROUNDS) -> dict[str, object]:
    """Measure the programs; the result is what ``latest.json`` records under ``typecheck``."""
    versions: dict[str, str | None] = {
        "mypy": _version("mypy"),
        "pyright": _version("pyright"),
        STUBS: _version(STUBS),
    }
    if versions[STUBS] is None:
        return {
            "versions": versions,
            "error": f"{STUBS} is not installed (pip install -r bench/requirements.txt)",
        }
    # The checkers must read no configuration of the project, nor MYPYPATH, nor a PYTHONPATH.
    base_env = {k: v for k, v in env.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    with tempfile.TemporaryDirectory(prefix="bench-typecheck-") as tmp:
        folder = Path(tmp)
        try:
            installed = wheel_env.create(folder / "wheel")
            boto3 = wheel_env.create_from_installed(folder / "boto3-env", ["boto3", STUBS])
        except wheel_env.WheelEnvError as failure:
            return {"versions": versions, "error": f"could not make an environment: {failure}"}
        chosen = programs(base_env, installed, boto3)
        if len(chosen) > 2:
            pinned = BOTOCORE_STUBS_REQUIREMENTS.read_text().split("==")[-1].strip()
            versions["botocore-stubs"] = pinned
        samples = {p.key: Samples() for p in chosen}
        files: dict[str, Path] = {}
        for p in chosen:
            project = folder / p.key
            project.mkdir()
            (project / "pyrightconfig.json").write_text(PYRIGHT_CONFIG)
            files[p.key] = project / f"downstream_{p.key.replace('-', '_')}.py"
            files[p.key].write_text(p.text, encoding="utf-8")
        try:
            for r in range(rounds):
                shift = r % len(chosen)
                for p in chosen[shift:] + chosen[:shift]:
                    cache = folder / f"cache-{p.key}-{r}"
                    s = samples[p.key]
                    s.cold_s.append(_mypy(p, files[p.key], cache, base_env))
                    s.warm_s.append(_mypy(p, files[p.key], cache, base_env))
                    s.pyright_s.append(_pyright(p, files[p.key], base_env))
        except CheckFailed as failure:
            return {"versions": versions, "error": f"does not type-check clean: {failure}"}
    figures: dict[str, dict[str, object]] = {}
    ours = samples["ours"]
    for p in chosen:
        s = samples[p.key]
        cold, warm, pyright = _median(s.cold_s), _median(s.warm_s), _median(s.pyright_s)
        figures[p.key] = {
            "label": p.label,
            "cold_s": cold,
            "warm_s": warm,
            "pyright_s": pyright,
            "ours_ratio_cold": _median(ours.cold_s) / cold,
            "ours_ratio_warm": _median(ours.warm_s) / warm,
            "ours_ratio_pyright": _median(ours.pyright_s) / pyright,
            "samples": {"cold_s": s.cold_s, "warm_s": s.warm_s, "pyright_s": s.pyright_s},
        }
    return {
        "versions": versions,
        "rounds": rounds,
        "figures": figures,
        "ratio_cold": figures["boto3"]["ours_ratio_cold"],
        "ratio_warm": figures["boto3"]["ours_ratio_warm"],
        "ratio_pyright": figures["boto3"]["ours_ratio_pyright"],
        "programs": {"ours": OURS, "boto3": BOTO3},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.typecheck", description=__doc__)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = run(env, args.rounds)
    result.pop("programs", None)
    print(json.dumps(result, indent=2))
    print(f"took {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
