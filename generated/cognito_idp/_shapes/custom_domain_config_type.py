# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import security_policy_type as _shapes_security_policy_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.security_policy_type import SecurityPolicyType, SecurityPolicyTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CustomDomainConfigType(Boto3Dicts):
    """The configuration for a custom domain, including the SSL certificate and TLS security
    policy."""

    certificate_arn: str
    """The Amazon Resource Name (ARN) of an Certificate Manager SSL certificate. You use this
    certificate for the subdomain of your custom domain."""

    security_policy: SecurityPolicyType | SecurityPolicyTypeValue | Unmodelled | None = None
    """The security policy for the custom domain. Defines the minimum TLS version and cipher
    suites that Amazon CloudFront supports when communicating with clients. For specific
    guidance, see Supported protocols and ciphers between viewers and CloudFront
    (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    Valid values are as follows:

    - `TLS_V1_3_2025` (strictest): A post-quantum-ready policy requiring TLS 1.3. It provides
      the strongest security posture and is ideal for workloads where all clients and browsers
      are updated to the latest versions. Supported protocols and ciphers for TLSv1.3_2025
      (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    - `TLS_V1_2_2021` (recommended): A post-quantum-ready policy which prefers TLS 1.3 but
      allows fallback to TLS 1.2 to accommodate older clients. It is the recommended minimum
      for typical commercial-grade consumer applications. Supported protocols and ciphers for
      TLSv1.2_2021
      (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    - `TLS_V1` (strongly discouraged): Permits fallback to TLS 1.0. It offers the broadest
      compatibility, including support for legacy clients that are more than a decade old.
      This compatibility comes at the expense of allowing TLS versions and cryptographic
      algorithms that are no longer considered safe for commercial use. Supported protocols
      and ciphers for TLSv1
      (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html)."""


def serialize_CustomDomainConfigType(v: CustomDomainConfigType) -> str:
    out = ['{"CertificateArn":', _s.json_str(v.certificate_arn)]
    if v.security_policy is not None:
        out += (',"SecurityPolicy":', _s.json_str(v.security_policy))
    out.append("}")
    return "".join(out)


def secrets_CustomDomainConfigType(v: CustomDomainConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_CustomDomainConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CustomDomainConfigType, path, problems, required)
    if v is None:
        return
    if not (type(v.certificate_arn) is str and 20 <= len(v.certificate_arn) <= 2048):
        _v.check_str(
            v.certificate_arn,
            _v.join(path, "certificate_arn"),
            problems,
            required=True,
            min_len=20,
            max_len=2048,
        )
    if v.security_policy is not None and type(v.security_policy) is not str:
        _v.check_str(v.security_policy, _v.join(path, "security_policy"), problems, required=False)


def parse_CustomDomainConfigType(value: object, path: str) -> CustomDomainConfigType:
    m = _s.expect_object(value, path)
    x = m.get("CertificateArn")
    if x is None:
        raise _s.missing(path + ".CertificateArn")
    f_certificate_arn = _s.parse_str(x, path + ".CertificateArn")
    x = m.get("SecurityPolicy")
    f_security_policy = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_security_policy_type.SecurityPolicyType, x, path + ".SecurityPolicy"
        )
    )
    obj = _dc.new(CustomDomainConfigType)
    obj.certificate_arn = f_certificate_arn
    obj.security_policy = f_security_policy
    return obj
