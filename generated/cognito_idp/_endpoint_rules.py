# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""The endpoint rule set and AWS partition data, read when a client is created."""

from __future__ import annotations

from collections.abc import Mapping

from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from typing import Final


RULES: Final = cast(
    "Mapping[str, object]",
    {
        "version": "1.0",
        "parameters": {
            "Region": {
                "builtIn": "AWS::Region",
                "required": False,
                "documentation": "The AWS region used to dispatch the request.",
                "type": "string",
            },
            "UseDualStack": {
                "builtIn": "AWS::UseDualStack",
                "required": True,
                "default": False,
                "documentation": "When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.",
                "type": "boolean",
            },
            "UseFIPS": {
                "builtIn": "AWS::UseFIPS",
                "required": True,
                "default": False,
                "documentation": "When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.",
                "type": "boolean",
            },
            "Endpoint": {
                "builtIn": "SDK::Endpoint",
                "required": False,
                "documentation": "Override the endpoint used to send this request",
                "type": "string",
            },
        },
        "rules": [
            {
                "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
                "rules": [
                    {
                        "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}],
                        "error": "Invalid Configuration: FIPS and custom endpoint are not supported",
                        "type": "error",
                    },
                    {
                        "conditions": [
                            {"fn": "booleanEquals", "argv": [{"ref": "UseDualStack"}, True]}
                        ],
                        "error": "Invalid Configuration: Dualstack and custom endpoint are not supported",
                        "type": "error",
                    },
                    {
                        "conditions": [],
                        "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}},
                        "type": "endpoint",
                    },
                ],
                "type": "tree",
            },
            {
                "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
                "rules": [
                    {
                        "conditions": [
                            {
                                "fn": "aws.partition",
                                "argv": [{"ref": "Region"}],
                                "assign": "PartitionResult",
                            }
                        ],
                        "rules": [
                            {
                                "conditions": [
                                    {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]},
                                    {
                                        "fn": "booleanEquals",
                                        "argv": [{"ref": "UseDualStack"}, True],
                                    },
                                ],
                                "rules": [
                                    {
                                        "conditions": [
                                            {
                                                "fn": "booleanEquals",
                                                "argv": [
                                                    True,
                                                    {
                                                        "fn": "getAttr",
                                                        "argv": [
                                                            {"ref": "PartitionResult"},
                                                            "supportsFIPS",
                                                        ],
                                                    },
                                                ],
                                            },
                                            {
                                                "fn": "booleanEquals",
                                                "argv": [
                                                    True,
                                                    {
                                                        "fn": "getAttr",
                                                        "argv": [
                                                            {"ref": "PartitionResult"},
                                                            "supportsDualStack",
                                                        ],
                                                    },
                                                ],
                                            },
                                        ],
                                        "rules": [
                                            {
                                                "conditions": [
                                                    {
                                                        "fn": "stringEquals",
                                                        "argv": [{"ref": "Region"}, "us-east-1"],
                                                    }
                                                ],
                                                "endpoint": {
                                                    "url": "https://cognito-idp-fips.us-east-1.amazonaws.com",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                            {
                                                "conditions": [
                                                    {
                                                        "fn": "stringEquals",
                                                        "argv": [{"ref": "Region"}, "us-east-2"],
                                                    }
                                                ],
                                                "endpoint": {
                                                    "url": "https://cognito-idp-fips.us-east-2.amazonaws.com",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                            {
                                                "conditions": [
                                                    {
                                                        "fn": "stringEquals",
                                                        "argv": [{"ref": "Region"}, "us-west-1"],
                                                    }
                                                ],
                                                "endpoint": {
                                                    "url": "https://cognito-idp-fips.us-west-1.amazonaws.com",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                            {
                                                "conditions": [
                                                    {
                                                        "fn": "stringEquals",
                                                        "argv": [{"ref": "Region"}, "us-west-2"],
                                                    }
                                                ],
                                                "endpoint": {
                                                    "url": "https://cognito-idp-fips.us-west-2.amazonaws.com",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                            {
                                                "conditions": [],
                                                "endpoint": {
                                                    "url": "https://cognito-idp-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                        ],
                                        "type": "tree",
                                    },
                                    {
                                        "conditions": [],
                                        "error": "FIPS and DualStack are enabled, but this partition does not support one or both",
                                        "type": "error",
                                    },
                                ],
                                "type": "tree",
                            },
                            {
                                "conditions": [
                                    {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}
                                ],
                                "rules": [
                                    {
                                        "conditions": [
                                            {
                                                "fn": "booleanEquals",
                                                "argv": [
                                                    {
                                                        "fn": "getAttr",
                                                        "argv": [
                                                            {"ref": "PartitionResult"},
                                                            "supportsFIPS",
                                                        ],
                                                    },
                                                    True,
                                                ],
                                            }
                                        ],
                                        "rules": [
                                            {
                                                "conditions": [],
                                                "endpoint": {
                                                    "url": "https://cognito-idp-fips.{Region}.{PartitionResult#dnsSuffix}",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            }
                                        ],
                                        "type": "tree",
                                    },
                                    {
                                        "conditions": [],
                                        "error": "FIPS is enabled but this partition does not support FIPS",
                                        "type": "error",
                                    },
                                ],
                                "type": "tree",
                            },
                            {
                                "conditions": [
                                    {"fn": "booleanEquals", "argv": [{"ref": "UseDualStack"}, True]}
                                ],
                                "rules": [
                                    {
                                        "conditions": [
                                            {
                                                "fn": "booleanEquals",
                                                "argv": [
                                                    True,
                                                    {
                                                        "fn": "getAttr",
                                                        "argv": [
                                                            {"ref": "PartitionResult"},
                                                            "supportsDualStack",
                                                        ],
                                                    },
                                                ],
                                            }
                                        ],
                                        "rules": [
                                            {
                                                "conditions": [
                                                    {
                                                        "fn": "stringEquals",
                                                        "argv": [
                                                            "aws",
                                                            {
                                                                "fn": "getAttr",
                                                                "argv": [
                                                                    {"ref": "PartitionResult"},
                                                                    "name",
                                                                ],
                                                            },
                                                        ],
                                                    }
                                                ],
                                                "endpoint": {
                                                    "url": "https://cognito-idp.{Region}.amazonaws.com",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                            {
                                                "conditions": [],
                                                "endpoint": {
                                                    "url": "https://cognito-idp.{Region}.{PartitionResult#dualStackDnsSuffix}",
                                                    "properties": {},
                                                    "headers": {},
                                                },
                                                "type": "endpoint",
                                            },
                                        ],
                                        "type": "tree",
                                    },
                                    {
                                        "conditions": [],
                                        "error": "DualStack is enabled but this partition does not support DualStack",
                                        "type": "error",
                                    },
                                ],
                                "type": "tree",
                            },
                            {
                                "conditions": [],
                                "endpoint": {
                                    "url": "https://cognito-idp.{Region}.{PartitionResult#dnsSuffix}",
                                    "properties": {},
                                    "headers": {},
                                },
                                "type": "endpoint",
                            },
                        ],
                        "type": "tree",
                    }
                ],
                "type": "tree",
            },
            {"conditions": [], "error": "Invalid Configuration: Missing Region", "type": "error"},
        ],
    },
)
"""The pinned ``endpoint-rule-set-1.json`` of cognito-idp."""

PARTITIONS: Final = cast(
    "Mapping[str, object] | None",
    {
        "partitions": [
            {
                "id": "aws",
                "outputs": {
                    "dnsSuffix": "amazonaws.com",
                    "dualStackDnsSuffix": "api.aws",
                    "implicitGlobalRegion": "us-east-1",
                    "name": "aws",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
                "regions": {
                    "af-south-1": {"description": "Africa (Cape Town)"},
                    "ap-east-1": {"description": "Asia Pacific (Hong Kong)"},
                    "ap-east-2": {"description": "Asia Pacific (Taipei)"},
                    "ap-northeast-1": {"description": "Asia Pacific (Tokyo)"},
                    "ap-northeast-2": {"description": "Asia Pacific (Seoul)"},
                    "ap-northeast-3": {"description": "Asia Pacific (Osaka)"},
                    "ap-south-1": {"description": "Asia Pacific (Mumbai)"},
                    "ap-south-2": {"description": "Asia Pacific (Hyderabad)"},
                    "ap-southeast-1": {"description": "Asia Pacific (Singapore)"},
                    "ap-southeast-2": {"description": "Asia Pacific (Sydney)"},
                    "ap-southeast-3": {"description": "Asia Pacific (Jakarta)"},
                    "ap-southeast-4": {"description": "Asia Pacific (Melbourne)"},
                    "ap-southeast-5": {"description": "Asia Pacific (Malaysia)"},
                    "ap-southeast-6": {"description": "Asia Pacific (New Zealand)"},
                    "ap-southeast-7": {"description": "Asia Pacific (Thailand)"},
                    "aws-global": {"description": "aws global region"},
                    "ca-central-1": {"description": "Canada (Central)"},
                    "ca-west-1": {"description": "Canada West (Calgary)"},
                    "eu-central-1": {"description": "Europe (Frankfurt)"},
                    "eu-central-2": {"description": "Europe (Zurich)"},
                    "eu-north-1": {"description": "Europe (Stockholm)"},
                    "eu-south-1": {"description": "Europe (Milan)"},
                    "eu-south-2": {"description": "Europe (Spain)"},
                    "eu-west-1": {"description": "Europe (Ireland)"},
                    "eu-west-2": {"description": "Europe (London)"},
                    "eu-west-3": {"description": "Europe (Paris)"},
                    "il-central-1": {"description": "Israel (Tel Aviv)"},
                    "me-central-1": {"description": "Middle East (UAE)"},
                    "me-south-1": {"description": "Middle East (Bahrain)"},
                    "me-west-1": {"description": "Middle East (Saudi Arabia)"},
                    "mx-central-1": {"description": "Mexico (Central)"},
                    "sa-east-1": {"description": "South America (Sao Paulo)"},
                    "sa-west-1": {"description": "South America (Chile)"},
                    "us-east-1": {"description": "US East (N. Virginia)"},
                    "us-east-2": {"description": "US East (Ohio)"},
                    "us-west-1": {"description": "US West (N. California)"},
                    "us-west-2": {"description": "US West (Oregon)"},
                },
            },
            {
                "id": "aws-cn",
                "outputs": {
                    "dnsSuffix": "amazonaws.com.cn",
                    "dualStackDnsSuffix": "api.amazonwebservices.com.cn",
                    "implicitGlobalRegion": "cn-northwest-1",
                    "name": "aws-cn",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^cn\\-\\w+\\-\\d+$",
                "regions": {
                    "aws-cn-global": {"description": "aws-cn global region"},
                    "cn-north-1": {"description": "China (Beijing)"},
                    "cn-northwest-1": {"description": "China (Ningxia)"},
                },
            },
            {
                "id": "aws-eusc",
                "outputs": {
                    "dnsSuffix": "amazonaws.eu",
                    "dualStackDnsSuffix": "api.amazonwebservices.eu",
                    "implicitGlobalRegion": "eusc-de-east-1",
                    "name": "aws-eusc",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^eusc\\-(de)\\-\\w+\\-\\d+$",
                "regions": {
                    "eusc-de-east-1": {"description": "AWS European Sovereign Cloud (Germany)"}
                },
            },
            {
                "id": "aws-iso",
                "outputs": {
                    "dnsSuffix": "c2s.ic.gov",
                    "dualStackDnsSuffix": "api.aws.ic.gov",
                    "implicitGlobalRegion": "us-iso-east-1",
                    "name": "aws-iso",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^us\\-iso\\-\\w+\\-\\d+$",
                "regions": {
                    "aws-iso-global": {"description": "aws-iso global region"},
                    "us-iso-east-1": {"description": "US ISO East"},
                    "us-iso-west-1": {"description": "US ISO WEST"},
                },
            },
            {
                "id": "aws-iso-b",
                "outputs": {
                    "dnsSuffix": "sc2s.sgov.gov",
                    "dualStackDnsSuffix": "api.aws.scloud",
                    "implicitGlobalRegion": "us-isob-east-1",
                    "name": "aws-iso-b",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^us\\-isob\\-\\w+\\-\\d+$",
                "regions": {
                    "aws-iso-b-global": {"description": "aws-iso-b global region"},
                    "us-isob-east-1": {"description": "US ISOB East (Ohio)"},
                    "us-isob-west-1": {"description": "US ISOB West"},
                },
            },
            {
                "id": "aws-iso-e",
                "outputs": {
                    "dnsSuffix": "cloud.adc-e.uk",
                    "dualStackDnsSuffix": "api.cloud-aws.adc-e.uk",
                    "implicitGlobalRegion": "eu-isoe-west-1",
                    "name": "aws-iso-e",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^eu\\-isoe\\-\\w+\\-\\d+$",
                "regions": {
                    "aws-iso-e-global": {"description": "aws-iso-e global region"},
                    "eu-isoe-west-1": {"description": "EU ISOE West"},
                },
            },
            {
                "id": "aws-iso-f",
                "outputs": {
                    "dnsSuffix": "csp.hci.ic.gov",
                    "dualStackDnsSuffix": "api.aws.hci.ic.gov",
                    "implicitGlobalRegion": "us-isof-south-1",
                    "name": "aws-iso-f",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^us\\-isof\\-\\w+\\-\\d+$",
                "regions": {
                    "aws-iso-f-global": {"description": "aws-iso-f global region"},
                    "us-isof-east-1": {"description": "US ISOF EAST"},
                    "us-isof-south-1": {"description": "US ISOF SOUTH"},
                },
            },
            {
                "id": "aws-us-gov",
                "outputs": {
                    "dnsSuffix": "amazonaws.com",
                    "dualStackDnsSuffix": "api.aws",
                    "implicitGlobalRegion": "us-gov-west-1",
                    "name": "aws-us-gov",
                    "supportsDualStack": True,
                    "supportsFIPS": True,
                },
                "regionRegex": "^us\\-gov\\-\\w+\\-\\d+$",
                "regions": {
                    "aws-us-gov-global": {"description": "aws-us-gov global region"},
                    "us-gov-east-1": {"description": "AWS GovCloud (US-East)"},
                    "us-gov-west-1": {"description": "AWS GovCloud (US-West)"},
                },
            },
        ],
        "version": "1.1",
    },
)
"""The pinned ``partitions.json`` (AWS partitions: Region patterns, DNS suffixes)."""
