# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    custom_email_sender_lambda_version_type as _shapes_custom_email_sender_lambda_version_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.custom_email_sender_lambda_version_type import (
        CustomEmailSenderLambdaVersionType,
        CustomEmailSenderLambdaVersionTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CustomEmailLambdaVersionConfigType(Boto3Dicts):
    """The properties of a custom email sender Lambda trigger."""

    lambda_version: (
        CustomEmailSenderLambdaVersionType | CustomEmailSenderLambdaVersionTypeValue | Unmodelled
    )
    """The user pool trigger version of the request that Amazon Cognito sends to your Lambda
    function. Higher-numbered versions add fields that support new features.

    You must use a `LambdaVersion` of `V1_0` with a custom sender function."""

    lambda_arn: str
    """The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
    trigger."""


def serialize_CustomEmailLambdaVersionConfigType(v: CustomEmailLambdaVersionConfigType) -> str:
    out = ['{"LambdaVersion":', _s.json_str(v.lambda_version)]
    out += (',"LambdaArn":', _s.json_str(v.lambda_arn))
    out.append("}")
    return "".join(out)


def secrets_CustomEmailLambdaVersionConfigType(
    v: CustomEmailLambdaVersionConfigType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_CustomEmailLambdaVersionConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CustomEmailLambdaVersionConfigType, path, problems, required)
    if v is None:
        return
    if type(v.lambda_version) is not str:
        _v.check_str(v.lambda_version, _v.join(path, "lambda_version"), problems, required=True)
    if not (type(v.lambda_arn) is str and 20 <= len(v.lambda_arn) <= 2048):
        _v.check_str(
            v.lambda_arn,
            _v.join(path, "lambda_arn"),
            problems,
            required=True,
            min_len=20,
            max_len=2048,
        )


def parse_CustomEmailLambdaVersionConfigType(
    value: object, path: str
) -> CustomEmailLambdaVersionConfigType:
    m = _s.expect_object(value, path)
    x = m.get("LambdaVersion")
    if x is None:
        raise _s.missing(path + ".LambdaVersion")
    f_lambda_version = _s.parse_enum(
        _shapes_custom_email_sender_lambda_version_type.CustomEmailSenderLambdaVersionType,
        x,
        path + ".LambdaVersion",
    )
    x = m.get("LambdaArn")
    if x is None:
        raise _s.missing(path + ".LambdaArn")
    f_lambda_arn = _s.parse_str(x, path + ".LambdaArn")
    obj = _dc.new(CustomEmailLambdaVersionConfigType)
    obj.lambda_version = f_lambda_version
    obj.lambda_arn = f_lambda_arn
    return obj
