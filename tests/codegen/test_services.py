"""``python -m codegen generate --service <name>``: any awsJson service of the pinned botocore,
named as boto3 and mypy-boto3 users know it, and clear refusals for the rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen import services
from codegen.__main__ import main, pinned_service, service_settings
from codegen.build import build_service
from codegen.overrides import overrides_for


@pytest.mark.parametrize(
    ("service", "package", "client"),
    [
        ("cognito-idp", "cognito_idp", "CognitoIdentityProviderClient"),
        ("dynamodb", "dynamodb", "DynamoDBClient"),
        ("sqs", "sqs", "SQSClient"),
        ("secretsmanager", "secretsmanager", "SecretsManagerClient"),
        ("kms", "kms", "KMSClient"),
        ("kinesis", "kinesis", "KinesisClient"),
        ("ssm", "ssm", "SSMClient"),
        ("stepfunctions", "stepfunctions", "SFNClient"),
        ("logs", "logs", "CloudWatchLogsClient"),
        ("ssm-contacts", "ssm_contacts", "SSMContactsClient"),
        ("kendra", "kendra", "KendraClient"),
    ],
)
def test_names_follow_boto3_and_mypy_boto3(service: str, package: str, client: str) -> None:
    built, _ = pinned_service(service_settings(service, Path("unused")))
    assert built.package == package
    assert built.client_class == client
    assert built.async_client_class == f"Async{client}"
    assert built.error_base == client.removesuffix("Client") + "Error"


def test_pinned_cognito_model_keeps_its_names() -> None:
    """The committed package, from the pinned model, is named as before."""
    pinned = services.load_service("cognito-idp")
    built = build_service(
        pinned.service,
        package="cognito_idp",
        overrides=overrides_for("cognito-idp"),
        provenance=pinned.provenance,
    )
    assert built.client_class == "CognitoIdentityProviderClient"
    assert built.error_base == "CognitoIdentityProviderError"


def test_every_listed_service_speaks_awsjson() -> None:
    names = services.json_services()
    assert {"dynamodb", "sqs", "kms", "cognito-idp", "logs"} <= set(names)
    assert not {"s3", "ec2", "lambda", "sts"} & set(names)


def test_a_generated_service_has_its_own_user_agent_and_no_distribution() -> None:
    built, pinned = pinned_service(service_settings("sqs", Path("unused")))
    assert built.provenance.distribution == ""
    assert (
        built.provenance.user_agent(built.package) == f"sqs/{pinned.provenance.botocore_version}.0"
    )
    assert pinned.provenance.service == "sqs"


def test_a_service_with_waiters_gets_them_from_botocores_folder() -> None:
    built, _ = pinned_service(service_settings("dynamodb", Path("unused")))
    names = {waiter.name for waiter in built.waiters}
    assert {"TableExists", "TableNotExists"} <= names


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["generate", "--service", "no-such-service"], "has no service 'no-such-service'"),
        (["generate", "--service", "s3"], "s3 speaks rest-xml, not awsJson"),
        (["check", "--service", "sts"], "sts speaks query, not awsJson"),
        (["generate", "--out", "somewhere"], "--out goes with --service"),
        (["update-model", "--service", "kms"], "--service goes with generate and check only"),
    ],
)
def test_refusals_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    proc = _cli(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_generate_then_check_a_service(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--service", "dynamodbstreams", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "dynamodbstreams" / "client.py").exists()
    assert main(["check", "--service", "dynamodbstreams", "--out", str(tmp_path)]) == 0
    (tmp_path / "dynamodbstreams" / "client.py").write_text("# edited\n", encoding="utf-8")
    assert main(["check", "--service", "dynamodbstreams", "--out", str(tmp_path)]) == 1
    assert "changed: client.py" in capsys.readouterr().err
