"""Model changes and the API change report (``codegen.diff``).

The first half changes a copy of the real pinned cognito-idp model (limited to three
operations), regenerates a package from it into a temporary folder, imports it in a fresh
interpreter, type-checks every regenerated package (and code written against the old one)
with one ``mypy --strict`` run, and checks what the change report says. The second half tests
each rule of ``codegen.diff`` on tiny synthetic models.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.build import build_service
from codegen.diff import Change, Kind, diff_models, format_report
from codegen.files import format_files, write_package
from codegen.ir import Provenance
from codegen.model import load_pinned
from codegen.overrides import overrides_for
from codegen.render import render_files

ROOT = Path(__file__).resolve().parents[2]
PINNED = load_pinned(ROOT / "model" / "cognito-idp")
OPERATIONS = ("ConfirmSignUp", "SignUp", "ListUsers")
PROVENANCE = Provenance(botocore_version="0.0.test", sha256="0" * 64, api_version="2016-04-18")

Model = dict[str, Any]

# --------------------------------------------------------------------------------------------
# Scenarios on the pinned model


def add_optional_member(model: Model, paginators: Model) -> None:
    model["shapes"]["SignUpRequest"]["members"]["Locale"] = {"shape": "StringType"}


def add_required_member(model: Model, paginators: Model) -> None:
    request = model["shapes"]["ConfirmSignUpRequest"]
    request["members"]["TermsAccepted"] = {"shape": "BooleanType"}
    request["required"].append("TermsAccepted")


def add_enum_value(model: Model, paginators: Model) -> None:
    model["shapes"]["UserStatusType"]["enum"].append("ARCHIVED_FOREVER")


def add_error(model: Model, paginators: Model) -> None:
    model["shapes"]["SignUpQuotaExceededException"] = {
        "type": "structure",
        "members": {"message": {"shape": "MessageType"}, "RetryAfter": {"shape": "IntegerType"}},
        "error": {"httpStatusCode": 400, "senderFault": True},
        "exception": True,
    }
    model["operations"]["SignUp"]["errors"].append({"shape": "SignUpQuotaExceededException"})


def remove_operation(model: Model, paginators: Model) -> None:
    del model["operations"]["ListUsers"]
    del paginators["pagination"]["ListUsers"]


def change_member_type(model: Model, paginators: Model) -> None:
    model["shapes"]["ConfirmSignUpRequest"]["members"]["ForceAliasCreation"] = {
        "shape": "StringType"
    }


SCENARIOS: dict[str, Callable[[Model, Model], None]] = {
    "base": lambda model, paginators: None,
    "optional": add_optional_member,
    "required": add_required_member,
    "enum": add_enum_value,
    "error": add_error,
    "remove": remove_operation,
    "type": change_member_type,
}

DOWNSTREAM = """\
from PKG.client import CognitoIdentityProviderClient
from PKG.models import ConfirmSignUpRequest


def written_for_the_old_sdk(client: CognitoIdentityProviderClient) -> None:
    client.confirm_sign_up(client_id="c", username="u", confirmation_code="123456")
    client.confirm_sign_up(
        client_id="c", username="u", confirmation_code="1", force_alias_creation=True
    )
    ConfirmSignUpRequest(client_id="c", username="u", confirmation_code="123456")
    client.sign_up(client_id="c", username="u", password="p")
    client.list_users(user_pool_id="us-east-1_abc")
"""
"""Code a user wrote against the SDK generated from the unchanged model."""

IMPORT_CHECKS = {
    "base": "",
    "optional": """
        request = models.SignUpRequest(client_id="c", username="u")
        assert request.locale is None
        for cls in (client.CognitoIdentityProviderClient,
                    async_client.AsyncCognitoIdentityProviderClient):
            assert sig(cls.sign_up)["locale"].default is None
        request = models.SignUpRequest(client_id="c", username="u", locale="fr")
        wire = json.loads(sign_up.serialize_SignUpRequest(request))
        assert wire["Locale"] == "fr", wire
    """,
    "required": """
        param = sig(client.CognitoIdentityProviderClient.confirm_sign_up)["terms_accepted"]
        assert param.default is inspect.Parameter.empty
        try:
            models.ConfirmSignUpRequest(client_id="c", username="u", confirmation_code="1")
        except TypeError as exc:
            assert "terms_accepted" in str(exc)
        else:
            raise AssertionError("terms_accepted is not required")
    """,
    "enum": """
        status = models.UserStatusType("ARCHIVED_FOREVER")
        assert status is models.UserStatusType.ARCHIVED_FOREVER
    """,
    "error": """
        cls = errors.SignUpQuotaExceededException
        assert issubclass(cls, errors.CognitoIdentityProviderError)
        assert errors.ERRORS["SignUpQuotaExceededException"] is cls
        assert "retry_after" in cls.__annotations__
    """,
    "remove": """
        for cls in (client.CognitoIdentityProviderClient,
                    async_client.AsyncCognitoIdentityProviderClient):
            assert not hasattr(cls, "list_users")
            assert not hasattr(cls, "paginate_list_users")
        assert "ListUsersRequest" not in models.__all__
        assert hasattr(cls, "sign_up")
    """,
    "type": """
        request = models.ConfirmSignUpRequest(
            client_id="c", username="u", confirmation_code="1", force_alias_creation="yes"
        )
        wire = json.loads(confirm_sign_up.serialize_ConfirmSignUpRequest(request))
        assert wire["ForceAliasCreation"] == "yes", wire
        field = {f.name: f for f in dataclasses.fields(models.ConfirmSignUpRequest)}
        assert field["force_alias_creation"].type == "str | None"
    """,
}


def import_script(package: str, checks: str) -> str:
    head = f"""\
import dataclasses, inspect, json
from {package} import client, async_client, errors, models
from {package}._operations import confirm_sign_up, sign_up
sig = lambda f: inspect.signature(f).parameters
"""
    return head + textwrap.dedent(checks) + "print('ok')\n"


@dataclass
class Scenario:
    name: str
    package: str
    changes: list[Change]
    report: str
    imported: subprocess.CompletedProcess[str]


@dataclass
class Generated:
    scenarios: dict[str, Scenario]
    mypy: subprocess.CompletedProcess[str]

    def mypy_lines(self, path_part: str) -> list[str]:
        out = self.mypy.stdout.splitlines()
        return [line for line in out if path_part in line and ": error:" in line]


def pythonpath(root: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(ROOT)])}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    root = tmp_path_factory.mktemp("model_changes")
    (root / "downstream").mkdir()  # code written against the old SDK, one module a scenario
    (root / "downstream" / "__init__.py").write_text("", encoding="utf-8")
    scenarios: dict[str, Scenario] = {}
    for name, change in SCENARIOS.items():
        model: Model = copy.deepcopy(PINNED.service)
        paginators: Model = copy.deepcopy(PINNED.paginators or {"pagination": {}})
        change(model, paginators)
        package = f"mc_{name}"
        ops = [op for op in OPERATIONS if op in model["operations"]]
        service = build_service(
            model,
            package=package,
            overrides=overrides_for("cognito-idp"),
            provenance=PROVENANCE,
            operations=ops,
            paginators=paginators,
            endpoint_rules=PINNED.endpoint_rules,
            partitions=PINNED.partitions,
        )
        write_package(format_files(render_files(service), package=package), root / package)
        (root / "downstream" / f"{name}.py").write_text(
            DOWNSTREAM.replace("PKG", package), encoding="utf-8"
        )
        changes = diff_models(PINNED.service, model, OPERATIONS)
        imported = subprocess.run(
            [sys.executable, "-c", import_script(package, IMPORT_CHECKS[name])],
            cwd=root,
            env=pythonpath(root),
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        scenarios[name] = Scenario(name, package, changes, format_report(changes), imported)
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    for scenario in scenarios.values():
        command += ["-p", scenario.package]
    command += ["-p", "downstream"]
    mypy = subprocess.run(
        command,
        cwd=root,
        env={**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT), str(root)])},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return Generated(scenarios, mypy)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_regenerated_package_imports_and_passes_mypy_strict(
    generated: Generated, name: str
) -> None:
    scenario = generated.scenarios[name]
    assert scenario.imported.returncode == 0, scenario.imported.stderr
    assert scenario.imported.stdout.strip() == "ok"
    assert generated.mypy_lines(f"{scenario.package}/") == [], generated.mypy.stdout


def test_one_mypy_run_checked_every_package_and_only_downstream_code_fails(
    generated: Generated,
) -> None:
    assert generated.mypy.stderr == ""
    errors = [line for line in generated.mypy.stdout.splitlines() if ": error:" in line]
    assert errors, generated.mypy.stdout  # the breaking scenarios reject old code
    assert all(line.startswith("downstream/") for line in errors), generated.mypy.stdout
    last = generated.mypy.stdout.splitlines()[-1]
    assert last.startswith(f"Found {len(errors)} errors in 3 files"), last


def summary(report: str) -> str:
    return report.splitlines()[-1]


def test_unchanged_model_reports_nothing_and_old_code_type_checks(generated: Generated) -> None:
    scenario = generated.scenarios["base"]
    assert scenario.changes == []
    assert summary(scenario.report) == "Summary: 0 changes, 0 breaking, 0 compatible"
    assert generated.mypy_lines("downstream/base.py") == []


@pytest.mark.parametrize("name", ["optional", "enum", "error"])
def test_compatible_changes_keep_old_code_type_checking(generated: Generated, name: str) -> None:
    assert generated.mypy_lines(f"downstream/{name}.py") == []
    assert not any(c.breaking for c in generated.scenarios[name].changes)


def test_optional_member_added_is_compatible(generated: Generated) -> None:
    report = generated.scenarios["optional"].report
    assert report.splitlines()[1:] == [
        "Members:",
        "  compatible  SignUpRequest.Locale (locale): optional member added (str)",
        "Summary: 1 changes, 0 breaking, 1 compatible",
    ]


def test_required_member_added_is_breaking_and_old_calls_are_rejected(
    generated: Generated,
) -> None:
    report = generated.scenarios["required"].report
    assert report.splitlines()[1:] == [
        "Members:",
        "  BREAKING    ConfirmSignUpRequest.TermsAccepted (terms_accepted):"
        " required member added (bool)",
        "Summary: 1 changes, 1 breaking, 0 compatible",
    ]
    errors = generated.mypy_lines("downstream/required.py")
    missing = [e for e in errors if 'Missing named argument "terms_accepted"' in e]
    # Both client calls and the request dataclass, and nothing else.
    assert len(missing) == 3, generated.mypy.stdout
    assert len(errors) == 3, generated.mypy.stdout


def test_enum_value_added_is_compatible(generated: Generated) -> None:
    assert generated.scenarios["enum"].report.splitlines()[1:] == [
        "Enum values:",
        "  compatible  UserStatusType: value 'ARCHIVED_FOREVER' added",
        "Summary: 1 changes, 0 breaking, 1 compatible",
    ]


def test_error_added_to_an_operation_is_compatible(generated: Generated) -> None:
    assert generated.scenarios["error"].report.splitlines()[1:] == [
        "Errors of operations:",
        "  compatible  SignUp (sign_up): error SignUpQuotaExceededException added",
        "Shapes (classes):",
        "  compatible  SignUpQuotaExceededException: exception added",
        "Summary: 2 changes, 0 breaking, 2 compatible",
    ]


def test_operation_removed_is_breaking(generated: Generated) -> None:
    scenario = generated.scenarios["remove"]
    lines = scenario.report.splitlines()
    assert lines[1:3] == ["Operations:", "  BREAKING    ListUsers (list_users): operation removed"]
    assert "  BREAKING    ListUsersRequest: structure removed" in lines
    assert "  BREAKING    ListUsersResponse: structure removed" in lines
    assert "  BREAKING    UserStatusType: enum removed" in lines
    # Shapes SignUp still uses stay.
    assert not any(line.endswith("AttributeType: structure removed") for line in lines)
    assert all(c.breaking for c in scenario.changes)
    errors = generated.mypy_lines("downstream/remove.py")
    assert len(errors) == 1, generated.mypy.stdout
    assert 'has no attribute "list_users"' in errors[0]


def test_member_type_changed_is_breaking(generated: Generated) -> None:
    assert generated.scenarios["type"].report.splitlines()[1:] == [
        "Types:",
        "  BREAKING    ConfirmSignUpRequest.ForceAliasCreation (force_alias_creation):"
        " type bool -> str",
        "Summary: 1 changes, 1 breaking, 0 compatible",
    ]
    errors = generated.mypy_lines("downstream/type.py")
    assert len(errors) == 1, generated.mypy.stdout
    assert '"force_alias_creation"' in errors[0]
    assert 'incompatible type "bool"' in errors[0]


# --------------------------------------------------------------------------------------------
# The rules, on tiny models


def tiny() -> Model:
    """``Op`` reads ``In`` and returns ``Out``; ``Both`` travels both ways; ``Gone`` is used by
    ``Other`` only; ``Err`` is ``Op``'s error."""

    def struct(members: dict[str, str], required: tuple[str, ...] = ()) -> Model:
        return {
            "type": "structure",
            "members": {m: {"shape": s} for m, s in members.items()},
            "required": list(required),
        }

    return {
        "metadata": {"apiVersion": "2020-01-01"},
        "operations": {
            "Op": {
                "name": "Op",
                "input": {"shape": "In"},
                "output": {"shape": "Out"},
                "errors": [{"shape": "Err"}],
            },
            "Other": {"name": "Other", "input": {"shape": "OtherIn"}},
        },
        "shapes": {
            "Str": {"type": "string"},
            "Name": {"type": "string", "min": 1, "max": 10},
            "Int": {"type": "integer"},
            "Num": {"type": "double"},
            "Count": {"type": "integer", "min": 1, "max": 50},
            "Color": {"type": "string", "enum": ["red", "green"]},
            "Status": {"type": "string", "enum": ["on", "off"]},
            "Names": {"type": "list", "member": {"shape": "Str"}, "max": 5},
            "In": struct(
                {"Id": "Str", "Opt": "Str", "Name": "Name", "Limit": "Count", "Color": "Color",
                 "Both": "Both", "Names": "Names", "Size": "Int", "SSOConfig": "Str"},
                ("Id",),
            ),
            "Out": struct(
                {"Id": "Str", "Opt": "Str", "Name": "Name", "Status": "Status", "Both": "Both",
                 "Size": "Int", "Ratio": "Num", "Bytes": "Str"},
                ("Id",),
            ),
            "Both": struct({"Req": "Str", "Opt": "Str"}, ("Req",)),
            "Err": {
                "type": "structure",
                "members": {"message": {"shape": "Str"}, "Reason": {"shape": "Str"}},
                "exception": True,
            },
            "OtherIn": struct({"Gone": "Gone"}),
            "Gone": struct({"X": "Str"}),
        },
    }  # fmt: skip


def changed(edit: Callable[[Model], None]) -> list[tuple[Kind, str, str, bool]]:
    old = tiny()
    new = copy.deepcopy(old)
    edit(new)
    return [(c.kind, c.subject, c.detail, c.breaking) for c in diff_models(old, new)]


def shapes(model: Model) -> Any:
    return model["shapes"]


def test_identical_models_have_no_changes() -> None:
    assert changed(lambda m: None) == []


def test_input_optional_member_added_is_compatible() -> None:
    def edit(m: Model) -> None:
        shapes(m)["In"]["members"]["New"] = {"shape": "Str"}

    assert changed(edit) == [(Kind.MEMBER, "In.New (new)", "optional member added (str)", False)]


def test_input_required_member_added_is_breaking() -> None:
    def edit(m: Model) -> None:
        shapes(m)["In"]["members"]["New"] = {"shape": "Int"}
        shapes(m)["In"]["required"].append("New")

    assert changed(edit) == [(Kind.MEMBER, "In.New (new)", "required member added (int)", True)]


def test_output_member_added_is_compatible_even_when_required() -> None:
    def edit(m: Model) -> None:
        shapes(m)["Out"]["members"]["New"] = {"shape": "Str"}
        shapes(m)["Out"]["required"].append("New")

    assert changed(edit) == [(Kind.MEMBER, "Out.New (new)", "required member added (str)", False)]


@pytest.mark.parametrize("shape", ["In", "Out"])
def test_member_removed_is_breaking(shape: str) -> None:
    def edit(m: Model) -> None:
        del shapes(m)[shape]["members"]["Opt"]

    assert changed(edit) == [(Kind.MEMBER, f"{shape}.Opt (opt)", "member removed", True)]


@pytest.mark.parametrize(
    ("shape", "member", "make_required", "breaking"),
    [
        ("In", "Opt", True, True),  # old calls omit it
        ("In", "Id", False, False),  # old calls pass it; still accepted
        ("Out", "Opt", True, False),  # readers get a narrower type
        ("Out", "Id", False, True),  # readers get `str | None`
        ("Both", "Opt", True, True),  # both ways: the stricter verdict
        ("Both", "Req", False, True),
    ],
)
def test_required_ness_changes(
    shape: str, member: str, make_required: bool, breaking: bool
) -> None:
    def edit(m: Model) -> None:
        req = shapes(m)[shape]["required"]
        if make_required:
            req.append(member)
        else:
            req.remove(member)

    detail = "optional -> required" if make_required else "required -> optional"
    subject = f"{shape}.{member} ({member.lower()})"
    assert changed(edit) == [(Kind.REQUIRED, subject, detail, breaking)]


@pytest.mark.parametrize(
    ("shape", "member", "target", "detail", "breaking"),
    [
        ("In", "Size", "Str", "type int -> str", True),
        ("Out", "Size", "Str", "type int -> str", True),
        ("In", "Opt", "Color", "type str -> Color", False),  # requests take `Color | str`
        ("Out", "Opt", "Status", "type str -> Status", True),  # readers now get `Status | str`
        ("Out", "Status", "Str", "type Status -> str", False),  # `str` fits `Status | str`
        ("In", "Size", "Num", "type int -> float", False),  # an int is a valid float
        ("Out", "Ratio", "Int", "type float -> int", False),
        ("Out", "Size", "Num", "type int -> float", True),
        ("In", "Names", "Str", "type list[str] -> str", True),
    ],
)
def test_type_changes(shape: str, member: str, target: str, detail: str, breaking: bool) -> None:
    def edit(m: Model) -> None:
        shapes(m)[shape]["members"][member] = {"shape": target}

    subject = f"{shape}.{member} ({member.lower()})"
    types = [c for c in changed(edit) if c[0] is Kind.TYPE]  # (Status -> str: enum removed)
    assert types == [(Kind.TYPE, subject, detail, breaking)]


def test_type_change_inside_a_list_shows_on_the_member() -> None:
    def edit(m: Model) -> None:
        shapes(m)["Names"]["member"] = {"shape": "Int"}

    assert changed(edit) == [(Kind.TYPE, "In.Names (names)", "type list[str] -> list[int]", True)]


def test_same_type_through_another_shape_compares_constraints() -> None:
    def edit(m: Model) -> None:
        shapes(m)["Short"] = {"type": "string", "max": 3}
        shapes(m)["In"]["members"]["Opt"] = {"shape": "Short"}

    assert changed(edit) == [
        (Kind.CONSTRAINT, "In.Opt (opt)", "max length none -> 3 (tightened)", True)
    ]


@pytest.mark.parametrize("shape", ["Color", "Status"])
def test_enum_value_added_is_compatible_both_ways(shape: str) -> None:
    def edit(m: Model) -> None:
        shapes(m)[shape]["enum"].append("blue")

    assert changed(edit) == [(Kind.ENUM_VALUE, shape, "value 'blue' added", False)]


@pytest.mark.parametrize("shape", ["Color", "Status"])
def test_enum_value_removed_is_breaking_both_ways(shape: str) -> None:
    """Inputs: users may send it. Outputs too: the enum member users compare with is gone."""

    def edit(m: Model) -> None:
        shapes(m)[shape]["enum"].pop(0)

    value = tiny()["shapes"][shape]["enum"][0]
    assert changed(edit) == [(Kind.ENUM_VALUE, shape, f"value {value!r} removed", True)]


def test_operation_added_is_compatible_and_removed_is_breaking() -> None:
    def add(m: Model) -> None:
        m["operations"]["NewOp"] = {"name": "NewOp", "input": {"shape": "Both"}}

    assert changed(add) == [(Kind.OPERATION, "NewOp (new_op)", "operation added", False)]

    def remove(m: Model) -> None:
        del m["operations"]["Other"]

    assert changed(remove) == [
        (Kind.OPERATION, "Other (other)", "operation removed", True),
        (Kind.SHAPE, "Gone", "structure removed", True),
        (Kind.SHAPE, "OtherIn", "structure removed", True),
    ]


def test_error_added_is_compatible() -> None:
    def edit(m: Model) -> None:
        shapes(m)["NewErr"] = {"type": "structure", "members": {}, "exception": True}
        m["operations"]["Op"]["errors"].append({"shape": "NewErr"})

    assert changed(edit) == [
        (Kind.ERROR, "Op (op)", "error NewErr added", False),
        (Kind.SHAPE, "NewErr", "exception added", False),
    ]


def test_error_removed_is_compatible_but_a_class_that_disappears_is_breaking() -> None:
    def edit(m: Model) -> None:
        m["operations"]["Op"]["errors"] = []
        del shapes(m)["Err"]

    assert changed(edit) == [
        (Kind.ERROR, "Op (op)", "error Err removed (no longer documented)", False),
        (Kind.SHAPE, "Err", "exception removed", True),
    ]

    def listed_by_none(m: Model) -> None:
        m["operations"]["Op"]["errors"] = []

    # An exception shape that no operation lists is still generated (botocore maps every
    # exception shape of a model, so any operation may raise it): its class stays.
    assert changed(listed_by_none) == [
        (Kind.ERROR, "Op (op)", "error Err removed (no longer documented)", False),
    ]

    def still_used(m: Model) -> None:
        m["operations"]["Op"]["errors"] = []
        m["operations"]["Other"]["errors"] = [{"shape": "Err"}]

    assert changed(still_used) == [
        (Kind.ERROR, "Op (op)", "error Err removed (no longer documented)", False),
        (Kind.ERROR, "Other (other)", "error Err added", False),
    ]


def test_error_members_are_outputs_and_never_required() -> None:
    def edit(m: Model) -> None:
        shapes(m)["Err"]["members"]["Code"] = {"shape": "Str"}
        shapes(m)["Err"]["required"] = ["Code", "Reason"]
        shapes(m)["Err"]["members"]["message"] = {"shape": "Int"}  # the runtime's message

    assert changed(edit) == [
        (Kind.MEMBER, "Err.Code (code_)", "optional member added (str)", False)
    ]


@pytest.mark.parametrize(
    ("shape", "bound", "value", "detail", "breaking"),
    [
        ("Name", "max", 5, "max length 10 -> 5 (tightened)", True),  # used both ways
        ("Name", "max", 20, "max length 10 -> 20 (loosened)", False),
        ("Name", "min", 2, "min length 1 -> 2 (tightened)", True),
        ("Count", "max", 10, "max value 50 -> 10 (tightened)", True),  # input only
        ("Count", "min", 0, "min value 1 -> 0 (loosened)", False),
        ("Names", "max", 2, "max item count 5 -> 2 (tightened)", True),
        ("Status", "max", 2, "max length none -> 2 (tightened)", False),  # output only
    ],
)
def test_constraints(shape: str, bound: str, value: int, detail: str, breaking: bool) -> None:
    def edit(m: Model) -> None:
        shapes(m)[shape][bound] = value

    (change,) = changed(edit)
    assert change[:2] == (Kind.CONSTRAINT, shape)
    assert change[2].startswith(detail)
    assert change[3] is breaking


def test_constraint_of_a_scalar_shape_names_its_users() -> None:
    def edit(m: Model) -> None:
        shapes(m)["Name"]["max"] = 5

    (change,) = diff_models(tiny(), _edited(edit))
    assert change.detail == "max length 10 -> 5 (tightened); used by In.Name, Out.Name"


def _edited(edit: Callable[[Model], None]) -> Model:
    model = tiny()
    edit(model)
    return model


def test_shape_kind_change_is_breaking() -> None:
    def edit(m: Model) -> None:
        shapes(m)["Both"] = {"type": "string"}

    kinds = {(kind, subject, breaking) for kind, subject, _, breaking in changed(edit)}
    assert (Kind.SHAPE, "Both", True) in kinds
    assert (Kind.TYPE, "In.Both (both)", True) in kinds


def test_members_are_named_like_the_sdk() -> None:
    def edit(m: Model) -> None:
        del shapes(m)["In"]["members"]["SSOConfig"]
        del shapes(m)["Out"]["members"]["Bytes"]

    assert [subject for _, subject, _, _ in changed(edit)] == [
        "In.SSOConfig (sso_config)",
        "Out.Bytes (bytes_)",
    ]


def test_operations_limit_what_is_compared() -> None:
    new = _edited(lambda m: shapes(m)["Gone"]["members"].clear())
    assert diff_models(tiny(), new, ["Op"]) == []
    assert len(diff_models(tiny(), new, ["Other"])) == 1


def test_report_groups_orders_marks_and_sums_up() -> None:
    changes = [
        Change(Kind.MEMBER, "In.B (b)", "member removed", True),
        Change(Kind.OPERATION, "Z (z)", "operation added", False),
        Change(Kind.MEMBER, "In.A (a)", "optional member added (str)", False),
    ]
    report = format_report(changes, "Title")
    assert report == format_report(reversed(changes), "Title")
    assert report.splitlines() == [
        "Title",
        "Operations:",
        "  compatible  Z (z): operation added",
        "Members:",
        "  compatible  In.A (a): optional member added (str)",
        "  BREAKING    In.B (b): member removed",
        "Summary: 3 changes, 1 breaking, 2 compatible",
    ]
    assert format_report([]).splitlines() == [
        "API changes",
        "  no changes",
        "Summary: 0 changes, 0 breaking, 0 compatible",
    ]


# --------------------------------------------------------------------------------------------
# Command line


def test_cli_model_diff_reads_plain_and_gzip_files(tmp_path: Path, capsys: Any) -> None:
    import codegen.__main__ as cli

    old = tmp_path / "old.json.gz"
    old.write_bytes(gzip.compress(json.dumps(tiny()).encode()))
    new_model = tiny()
    del new_model["operations"]["Other"]
    new = tmp_path / "new" / "service-2.json"  # a folder works too
    new.parent.mkdir()
    new.write_text(json.dumps(new_model), encoding="utf-8")
    assert cli.main(["model-diff", str(old), str(new.parent)]) == 0
    out = capsys.readouterr().out
    assert "  BREAKING    Other (other): operation removed" in out
    assert out.splitlines()[-1] == "Summary: 3 changes, 3 breaking, 0 compatible"
    with pytest.raises(SystemExit):
        cli.main(["model-diff", str(old)])
    with pytest.raises(SystemExit):
        cli.main(["generate", str(old), str(new)])


def test_cli_update_model_reports_old_pinned_to_new_pinned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    import codegen.__main__ as cli
    from codegen.model import Provenance as ModelProvenance

    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "service-2.json").write_text(json.dumps(tiny()), encoding="utf-8")
    settings = cli.Settings(
        service="tiny",
        package="tinypkg",
        model_dir=model_dir,
        output_dir=tmp_path / "generated",
        operations=None,
    )

    def refresh(service: str, folder: Path) -> ModelProvenance:
        new = tiny()
        new["shapes"]["In"]["required"].append("Opt")
        (folder / "service-2.json").write_text(json.dumps(new), encoding="utf-8")
        return ModelProvenance(
            botocore_version="9.9.9", service=service, api_version="2020-01-01", sha256="f" * 64
        )

    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    monkeypatch.setattr(cli, "refresh_pinned", refresh)
    assert cli.main(["update-model"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("pinned tiny from botocore 9.9.9")
    assert lines[1:] == [
        "API changes (botocore 9.9.9)",
        "Required-ness:",
        "  BREAKING    In.Opt (opt): optional -> required",
        "Summary: 1 changes, 1 breaking, 0 compatible",
    ]
