"""Endpoint resolution: botocore's 57 cognito-idp cases through the public clients, the
environment and shared-config equivalents, and the rule-set evaluator on its own."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp._service import SERVICE
from typedaws_runtime.config import resolve_endpoint
from typedaws_runtime.endpoints import Endpoint, RuleSet, compiled
from typedaws_runtime.errors import ConfigurationError, EndpointResolutionError
from typedaws_runtime.operation import ServiceSpec

CASES_FILE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "endpoint-tests"
    / "cognito-idp"
    / "endpoint-tests-1.json"
)
CASES: list[dict[str, Any]] = json.loads(CASES_FILE.read_text(encoding="utf-8"))["testCases"]
CASE_IDS = [c["documentation"] for c in CASES]
CLIENTS: tuple[type[Any], ...] = (CognitoIdentityProviderClient, AsyncCognitoIdentityProviderClient)

each_case = pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
each_class = pytest.mark.parametrize("cls", CLIENTS, ids=["sync", "async"])


def test_all_cases_are_here() -> None:
    assert len(CASES) == 57
    assert sum("error" in c["expect"] for c in CASES) == 3


def _meta(cls: type[Any], **options: Any) -> tuple[str | None, str]:
    client = cls(**options)
    try:
        return client.meta.region_name, client.meta.endpoint_url
    finally:
        if isinstance(client, AsyncCognitoIdentityProviderClient):
            asyncio.run(client.aclose())
        else:
            client.close()


def _check(case: Mapping[str, Any], cls: type[Any], **options: Any) -> None:
    params: Mapping[str, Any] = case.get("params", {})
    expect: Mapping[str, Any] = case["expect"]
    if "error" in expect:
        with pytest.raises(EndpointResolutionError) as info:
            _meta(cls, **options)
        assert isinstance(info.value, ConfigurationError)
        assert info.value.message == expect["error"]
        assert str(info.value).startswith(expect["error"])
    else:
        assert _meta(cls, **options) == (params.get("Region"), expect["endpoint"]["url"])


# -- the 57 cases --------------------------------------------------------------------------------


@each_class
@each_case
def test_case_from_client_options(case: Mapping[str, Any], cls: type[Any]) -> None:
    params: Mapping[str, Any] = case.get("params", {})
    _check(
        case,
        cls,
        region=params.get("Region"),
        use_fips_endpoint=params.get("UseFIPS"),
        use_dualstack_endpoint=params.get("UseDualStack"),
        endpoint_url=params.get("Endpoint"),
    )


def _flag(value: bool) -> str:
    return "true" if value else "false"


@each_case
def test_case_from_environment(case: Mapping[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    params: Mapping[str, Any] = case.get("params", {})
    if "Region" in params:
        monkeypatch.setenv("AWS_REGION", params["Region"])
    if "Endpoint" in params:
        monkeypatch.setenv("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", params["Endpoint"])
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", _flag(params.get("UseFIPS", False)))
    monkeypatch.setenv("AWS_USE_DUALSTACK_ENDPOINT", _flag(params.get("UseDualStack", False)))
    _check(case, CognitoIdentityProviderClient)


@each_case
def test_case_from_shared_config(
    case: Mapping[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    params: Mapping[str, Any] = case.get("params", {})
    lines = ["[profile work]"]
    if "Region" in params:
        lines.append(f"region = {params['Region']}")
    if "Endpoint" in params:
        lines.append(f"endpoint_url = {params['Endpoint']}")
    lines.append(f"use_fips_endpoint = {_flag(params.get('UseFIPS', False))}")
    lines.append(f"use_dualstack_endpoint = {_flag(params.get('UseDualStack', False))}")
    config = tmp_path / "config"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_PROFILE", "work")
    _check(case, CognitoIdentityProviderClient)


# -- precedence and bad settings -------------------------------------------------------------------


def test_explicit_flags_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    monkeypatch.setenv("AWS_USE_DUALSTACK_ENDPOINT", "TRUE")
    assert _meta(CognitoIdentityProviderClient, region="cn-north-1")[1] == (
        "https://cognito-idp-fips.cn-north-1.api.amazonwebservices.com.cn"
    )
    assert _meta(
        CognitoIdentityProviderClient,
        region="cn-north-1",
        use_fips_endpoint=False,
        use_dualstack_endpoint=False,
    )[1] == ("https://cognito-idp.cn-north-1.amazonaws.com.cn")


def test_environment_wins_over_shared_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.write_text("[default]\nuse_fips_endpoint = true\n", encoding="utf-8")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    assert _meta(CognitoIdentityProviderClient, region="us-west-2")[1] == (
        "https://cognito-idp-fips.us-west-2.amazonaws.com"
    )
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "false")
    assert _meta(CognitoIdentityProviderClient, region="us-west-2")[1] == (
        "https://cognito-idp.us-west-2.amazonaws.com"
    )


def test_generic_endpoint_env_meets_fips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://example.com")
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    with pytest.raises(EndpointResolutionError, match="FIPS and custom endpoint"):
        CognitoIdentityProviderClient(region="us-east-1")


def test_ignore_configured_endpoint_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://example.com")
    monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert _meta(CognitoIdentityProviderClient, region="eu-west-1")[1] == (
        "https://cognito-idp.eu-west-1.amazonaws.com"
    )
    explicit = _meta(CognitoIdentityProviderClient, endpoint_url="http://localhost:9")
    assert explicit == (None, "http://localhost:9")


@pytest.mark.parametrize("variable", ["AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT"])
def test_flag_that_is_not_a_boolean(variable: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, "yes")
    with pytest.raises(ConfigurationError, match=f"{variable} must be true or false"):
        CognitoIdentityProviderClient(region="eu-west-1")


def test_missing_region_says_how_to_fix_it() -> None:
    with pytest.raises(EndpointResolutionError) as info:
        CognitoIdentityProviderClient()
    assert info.value.message == "Invalid Configuration: Missing Region"
    assert "AWS_REGION" in str(info.value)


@each_class
@pytest.mark.parametrize(
    "region", ["us-east-1/evil", "a b", "x@y", "evil.com#", "us-east-1.evil.com", "-x", "ü"]
)
@pytest.mark.parametrize("fips", [False, True], ids=["plain", "fips"])
def test_invalid_region_rejected_before_resolution(
    cls: type[Any], region: str, fips: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never() -> tuple[Mapping[str, object], Mapping[str, object] | None]:
        raise AssertionError("the rule set must not be consulted")

    monkeypatch.setattr(cls, "_service", _service_with(load_endpoint_rules=never))
    with pytest.raises(ConfigurationError, match="not a valid host label") as info:
        cls(region=region, use_fips_endpoint=fips)
    assert not isinstance(info.value, EndpointResolutionError)


def _service_with(**changes: Any) -> ServiceSpec:
    params = list(inspect.signature(ServiceSpec).parameters)
    fields = {name: getattr(SERVICE, name) for name in params}
    return ServiceSpec(**{**fields, **changes})


def test_service_without_rule_set_builds_the_plain_endpoint() -> None:
    plain = _service_with(load_endpoint_rules=None)
    options: dict[str, Any] = {"endpoint_url": None, "env": {"AWS_CONFIG_FILE": "/nonexistent"}}
    assert (
        resolve_endpoint(
            plain,
            region="eu-west-1",
            use_fips_endpoint=True,
            use_dualstack_endpoint=None,
            **options,
        )
        == "https://cognito-idp-fips.eu-west-1.amazonaws.com"
    )
    with pytest.raises(ConfigurationError, match="no region"):
        resolve_endpoint(
            plain, region=None, use_fips_endpoint=None, use_dualstack_endpoint=None, **options
        )


def test_rules_compile_once_per_process() -> None:
    calls: list[int] = []
    assert SERVICE.load_endpoint_rules is not None
    load = SERVICE.load_endpoint_rules

    def loader() -> tuple[Mapping[str, object], Mapping[str, object] | None]:
        calls.append(1)
        return load()

    first = compiled(loader)
    assert compiled(loader) is first
    assert calls == [1]
    assert compiled(load) is compiled(load)


def test_rule_set_is_loaded_only_when_a_client_is_made() -> None:
    import subprocess
    import sys

    code = (
        "import sys, cognito_idp\n"
        "assert 'cognito_idp._endpoint_rules' not in sys.modules\n"
        "c = cognito_idp.CognitoIdentityProviderClient(region='eu-west-1')\n"
        "assert 'cognito_idp._endpoint_rules' in sys.modules\n"
        "print(c.meta.endpoint_url)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"},
    )
    assert out.stdout.strip() == "https://cognito-idp.eu-west-1.amazonaws.com"


# -- the evaluator on a small hand-written rule set -----------------------------------------------

TINY: dict[str, Any] = {
    "version": "1.0",
    "parameters": {
        "Region": {"type": "String", "builtIn": "AWS::Region", "required": False},
        "Bucket": {"type": "String", "required": False},
        "Arn": {"type": "String", "required": False},
        "Url": {"type": "String", "required": False},
        "Fast": {"type": "Boolean", "required": True, "default": False},
        "Tags": {"type": "stringArray", "required": False},
    },
    "rules": [
        {
            "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Arn"}]},
                {"fn": "aws.parseArn", "argv": [{"ref": "Arn"}], "assign": "A"},
                {
                    "fn": "stringEquals",
                    "argv": [{"fn": "getAttr", "argv": [{"ref": "A"}, "service"]}, "s3"],
                },
            ],
            "endpoint": {
                "url": "https://{A#resourceId[1]}.{A#region}.example.com/{{literal}}",
                "headers": {"x-account": ["{A#accountId}"]},
                "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{A#region}"}]},
            },
            "type": "endpoint",
        },
        {
            "conditions": [
                {"fn": "parseURL", "argv": [{"ref": "Url"}], "assign": "U"},
            ],
            "rules": [
                {
                    "conditions": [
                        {
                            "fn": "booleanEquals",
                            "argv": [{"fn": "getAttr", "argv": [{"ref": "U"}, "isIp"]}, True],
                        }
                    ],
                    "error": "IP endpoint {U#authority} not allowed",
                    "type": "error",
                },
                {
                    "conditions": [],
                    "endpoint": {"url": "{U#scheme}://{U#authority}{U#normalizedPath}x"},
                    "type": "endpoint",
                },
            ],
            "type": "tree",
        },
        {
            "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Bucket"}]},
                {"fn": "aws.isVirtualHostableS3Bucket", "argv": [{"ref": "Bucket"}, False]},
                {"fn": "substring", "argv": [{"ref": "Bucket"}, 0, 3, False], "assign": "Head"},
                {"fn": "uriEncode", "argv": [{"ref": "Bucket"}], "assign": "Enc"},
            ],
            "endpoint": {"url": "https://{Head}.example.com/{Enc}"},
            "type": "endpoint",
        },
        {
            "conditions": [{"fn": "isSet", "argv": [{"ref": "Bucket"}]}],
            "error": "bad bucket",
            "type": "error",
        },
        {
            "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Tags"}]},
                {"fn": "aws.fancyNewThing", "argv": [{"ref": "Tags"}]},
            ],
            "endpoint": {"url": "https://never.example.com"},
            "type": "endpoint",
        },
        {
            "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Region"}]},
                {"fn": "isValidHostLabel", "argv": [{"ref": "Region"}, False]},
                {"fn": "not", "argv": [{"ref": "Fast"}]},
                {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
            ],
            "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"},
            "type": "endpoint",
        },
        {"conditions": [], "error": "no match for {Region}", "type": "error"},
    ],
}

PARTITIONS: dict[str, Any] = {
    "version": "1.1",
    "partitions": [
        {
            "id": "aws",
            "regionRegex": "^(us|eu)\\-\\w+\\-\\d+$",
            "regions": {"aws-global": {"description": "global"}},
            "outputs": {"name": "aws", "dnsSuffix": "amazonaws.com"},
        },
        {
            "id": "moon",
            "regionRegex": "^moon\\-\\d+$",
            "regions": {"moon-base": {"description": "base", "dnsSuffix": "base.moon"}},
            "outputs": {"name": "moon", "dnsSuffix": "moon.example"},
        },
    ],
}


@pytest.fixture(scope="module")
def tiny() -> RuleSet:
    return RuleSet(TINY, PARTITIONS)


@pytest.mark.parametrize(
    ("params", "url"),
    [
        (
            {"Arn": "arn:aws:s3:eu-west-1:123456789012:bucket/photos"},
            "https://photos.eu-west-1.example.com/{literal}",
        ),
        ({"Url": "https://example.com:8443/base"}, "https://example.com:8443/base/x"),
        ({"Url": "http://example.com"}, "http://example.com/x"),
        ({"Bucket": "my-bucket"}, "https://my-.example.com/my-bucket"),
        ({"Region": "eu-west-1"}, "https://svc.eu-west-1.amazonaws.com"),
        ({"Region": "moon-7"}, "https://svc.moon-7.moon.example"),
        ({"Region": "moon-base"}, "https://svc.moon-base.base.moon"),
        ({"Region": "mars-1"}, "https://svc.mars-1.amazonaws.com"),
    ],
    ids=["arn", "url-path", "url-bare", "bucket", "aws", "regex", "region-override", "default"],
)
def test_tiny_rule_set(tiny: RuleSet, params: dict[str, object], url: str) -> None:
    assert tiny.resolve(params).url == url


def test_tiny_headers_and_properties(tiny: RuleSet) -> None:
    endpoint = tiny.resolve({"Arn": "arn:aws:s3:eu-west-1:123456789012:bucket:photos"})
    assert endpoint == Endpoint(
        url="https://photos.eu-west-1.example.com/{literal}",
        headers={"x-account": ("123456789012",)},
        properties={"authSchemes": [{"name": "sigv4", "signingRegion": "eu-west-1"}]},
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"Url": "https://10.0.0.1/"}, "IP endpoint 10.0.0.1 not allowed"),
        ({"Url": "https://[::1]:80/"}, "IP endpoint [::1]:80 not allowed"),
        ({"Bucket": "Not_Hostable"}, "bad bucket"),
        ({"Bucket": "192.168.0.1"}, "bad bucket"),
        ({"Region": "eu-west-1", "Fast": True}, "no match for eu-west-1"),
        ({"Region": "a.b"}, "no match for a.b"),
        ({"Tags": ["a"]}, "'aws.fancyNewThing' is not supported"),
        ({"Fast": "yes"}, "Fast must be a boolean"),
        ({"Nope": "x"}, "unknown endpoint parameters: Nope"),
        ({}, "template 'no match for {Region}': no string value"),
    ],
    ids=["ipv4", "ipv6", "bucket-case", "bucket-ip", "not", "host-label", "unsupported",
         "type", "unknown", "unset-template"],
)  # fmt: skip
def test_tiny_rule_set_errors(tiny: RuleSet, params: dict[str, object], message: str) -> None:
    with pytest.raises(EndpointResolutionError, match=re.escape(message)):
        tiny.resolve(params)


def test_arn_that_is_not_one_falls_through(tiny: RuleSet) -> None:
    for arn in ("arn:aws:s3", "nope:aws:s3:r:a:b", "arn::s3:r:a:b", "arn:aws:ec2:r:a:b/c"):
        with pytest.raises(EndpointResolutionError, match="no match for eu-west-1"):
            tiny.resolve({"Arn": arn, "Region": "eu-west-1", "Fast": True})


def test_url_with_query_is_not_a_url(tiny: RuleSet) -> None:
    for url in ("https://example.com/?a=b", "ftp://example.com", "https://example.com:x/"):
        with pytest.raises(EndpointResolutionError, match="no match for eu-west-1"):
            tiny.resolve({"Url": url, "Region": "eu-west-1", "Fast": True})


def test_assignments_stay_in_their_rule() -> None:
    rules = {
        "parameters": {"Region": {"type": "string", "required": True}},
        "rules": [
            {
                "conditions": [
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
                    {"fn": "stringEquals", "argv": [{"ref": "Region"}, "nowhere"]},
                ],
                "endpoint": {"url": "https://wrong"},
                "type": "endpoint",
            },
            {
                "conditions": [{"fn": "isSet", "argv": [{"ref": "P"}]}],
                "type": "error",
                "error": "!",
            },
            {"conditions": [], "endpoint": {"url": "https://{Region}.ok"}, "type": "endpoint"},
        ],
    }
    rule_set = RuleSet(rules, PARTITIONS)
    assert rule_set.resolve({"Region": "eu-west-1"}).url == "https://eu-west-1.ok"
    with pytest.raises(EndpointResolutionError, match="missing endpoint parameter Region"):
        rule_set.resolve({})


def test_from_builtins(tiny: RuleSet) -> None:
    assert tiny.from_builtins({"AWS::Region": "eu-west-1", "SDK::Endpoint": None}) == {
        "Region": "eu-west-1"
    }


def test_required_operation_parameter_is_checked_per_call() -> None:
    """A required parameter no built-in gives (ACM's ``ServiceType``) may be missing from the
    client's resolution, never from a call's; the lenient result is not remembered for calls."""
    rules = RuleSet(
        {
            "parameters": {
                "Region": {"type": "String", "builtIn": "AWS::Region", "required": True},
                "Kind": {"type": "String", "required": True},
            },
            "rules": [
                {
                    "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Kind"}, "b"]}],
                    "endpoint": {"url": "https://b.{Region}.example"},
                    "type": "endpoint",
                },
                {
                    "conditions": [],
                    "endpoint": {"url": "https://{Region}.example"},
                    "type": "endpoint",
                },
            ],
        }
    )
    assert rules.operation_parameters == frozenset({"Kind"})
    assert rules.builtins == frozenset({"AWS::Region"})
    client = {"Region": "r"}
    assert rules.resolve(client, per_client=True).url == "https://r.example"
    with pytest.raises(EndpointResolutionError, match="missing endpoint parameter Kind"):
        rules.resolve(client)
    assert rules.resolve({**client, "Kind": "b"}).url == "https://b.r.example"
    assert rules.resolve({**client, "Kind": "a"}, per_client=True).url == "https://r.example"


@pytest.mark.parametrize(
    "rules",
    [
        {"rules": "nope"},
        {"rules": [{"conditions": [], "type": "mystery"}]},
        {"rules": [{"conditions": [{"fn": "isSet", "argv": []}], "error": "x", "type": "error"}]},
        {"parameters": {"X": {"type": "float"}}, "rules": []},
    ],
    ids=["rules-not-list", "rule-type", "arity", "param-type"],
)
def test_invalid_rule_sets_are_refused(rules: dict[str, Any]) -> None:
    with pytest.raises(EndpointResolutionError, match="invalid endpoint rule set"):
        RuleSet(rules)
