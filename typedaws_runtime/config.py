"""Client configuration resolved the way AWS SDKs do: arguments, then environment."""

from __future__ import annotations

import os

from typedaws_runtime.errors import ConfigurationError, EndpointResolutionError
from typedaws_runtime.signature_types import ClientMeta as ClientMeta
from typedaws_runtime.static_typing import TYPE_CHECKING
from typedaws_runtime.urls import InvalidUrl, is_host_label, split_url

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typedaws_runtime.endpoints import OperationEndpoints
    from typedaws_runtime.operation import ServiceSpec


DEFAULT_MAX_ATTEMPTS = 3


def resolve_profile(profile: str | None, env: Mapping[str, str]) -> str | None:
    """The shared-config profile: ``profile=``, else the environment (as botocore reads it)."""
    return profile or env.get("AWS_DEFAULT_PROFILE") or env.get("AWS_PROFILE") or None


def resolve_region(
    region: str | None, env: Mapping[str, str], *, profile: str | None = None
) -> str | None:
    """``region=``, else ``AWS_REGION``/``AWS_DEFAULT_REGION``, else the profile's config."""
    for candidate in (region, env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION")):
        if candidate:
            return _checked_region(candidate)
    from_config = shared_config_value(env, profile, "region")
    return _checked_region(from_config) if from_config else None


def _checked_region(candidate: str) -> str:
    if not is_host_label(candidate):
        raise ConfigurationError(f"invalid region {candidate!r}: not a valid host label")
    return candidate


def shared_config_value(env: Mapping[str, str], profile: str | None, key: str) -> str | None:
    """``key`` of ``profile`` (``default`` when None) in the shared config file, or None.

    The file is ``AWS_CONFIG_FILE`` or ``~/.aws/config``; the default profile's section is
    ``[default]``, any other's ``[profile NAME]``. A missing file or profile gives None.
    """
    path = os.path.expanduser(env.get("AWS_CONFIG_FILE") or os.path.join("~", ".aws", "config"))
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigurationError(
            f"cannot read the shared config file {path}: {type(exc).__name__}"
        ) from None
    sections = _parsed_config(path, stat.st_mtime_ns, stat.st_size)
    name = profile or "default"
    names = [name, f"profile {name}"] if name == "default" else [f"profile {name}"]
    for section in names:
        values = sections.get(section)
        if values is not None:
            value = values.get(key)
            return (value.strip() or None) if value is not None else None
    return None


_PARSED: dict[tuple[str, int, int], dict[str, dict[str, str]]] = {}


def _parsed_config(path: str, mtime_ns: int, size: int) -> dict[str, dict[str, str]]:
    """The file's sections, parsed once per version of the file (configparser only if any)."""
    key = (path, mtime_ns, size)
    sections = _PARSED.get(key)
    if sections is not None:
        return sections
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(
            f"cannot read the shared config file {path}: {type(exc).__name__}"
        ) from None
    sections = _sections(text, path) if _has_content(text) else {}
    if len(_PARSED) > 8:
        _PARSED.clear()
    _PARSED[key] = sections
    return sections


def _has_content(text: str) -> bool:
    """Whether the file says anything: an empty or comment-only file needs no configparser."""
    for line in text.splitlines():
        line = line.strip()
        if line and line[0] not in "#;":
            return True
    return False


def _sections(text: str, path: str) -> dict[str, dict[str, str]]:
    import configparser

    parser = configparser.RawConfigParser()
    try:
        parser.read_string(text, source=path)
    except configparser.Error as exc:
        raise ConfigurationError(
            f"cannot read the shared config file {path}: {type(exc).__name__}"
        ) from None
    return {name: dict(parser.items(name)) for name in parser.sections()}


def resolve_endpoint(
    service: ServiceSpec,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips_endpoint: bool | None,
    use_dualstack_endpoint: bool | None,
    env: Mapping[str, str],
    profile: str | None = None,
) -> str:
    """The endpoint URL, from the service's endpoint rule set (see ``resolve_endpoints``)."""
    return resolve_endpoints(
        service,
        region=region,
        endpoint_url=endpoint_url,
        use_fips_endpoint=use_fips_endpoint,
        use_dualstack_endpoint=use_dualstack_endpoint,
        env=env,
        profile=profile,
    )[0]


def resolve_endpoints(
    service: ServiceSpec,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips_endpoint: bool | None,
    use_dualstack_endpoint: bool | None,
    env: Mapping[str, str],
    profile: str | None = None,
) -> tuple[str, OperationEndpoints | None]:
    """The client's endpoint URL, from the service's endpoint rule set, and how operations
    that give the rule set parameters of their own resolve theirs (None: the rule set has no
    such parameters, and every call goes to the client's endpoint).

    Its inputs follow boto3: ``endpoint_url`` (else ``AWS_ENDPOINT_URL_<SERVICE>``,
    ``AWS_ENDPOINT_URL``, the profile's ``endpoint_url``), ``use_fips_endpoint`` and
    ``use_dualstack_endpoint`` (None: ``AWS_USE_FIPS_ENDPOINT`` / ``AWS_USE_DUALSTACK_ENDPOINT``,
    else the profile's ``use_fips_endpoint`` / ``use_dualstack_endpoint``), ``region``
    (already checked to be a host label), and for rule sets that ask, the account ID endpoint
    mode (``AWS_ACCOUNT_ID_ENDPOINT_MODE``, else the profile's ``account_id_endpoint_mode``,
    else ``preferred``). A rule set error raises ``EndpointResolutionError``; a required
    parameter only operations give is not one: it is checked per call.
    """
    url = endpoint_url or _configured_endpoint_url(service, env, profile)
    if url:
        try:
            split_url(url)
        except InvalidUrl as exc:
            raise ConfigurationError(f"invalid endpoint_url: {exc}") from None
    fips = flag_setting(
        use_fips_endpoint, env, profile, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"
    )
    dualstack = flag_setting(
        use_dualstack_endpoint, env, profile, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint"
    )
    if service.load_endpoint_rules is None:
        return url or _plain_endpoint(service, region, fips=fips, dualstack=dualstack), None
    from typedaws_runtime.endpoints import OperationEndpoints, compiled  # only for a client

    rule_set = compiled(service.load_endpoint_rules)
    builtins: dict[str, object] = {
        "AWS::Region": region,
        "AWS::UseFIPS": fips,
        "AWS::UseDualStack": dualstack,
        "SDK::Endpoint": url,
    }
    if _ACCOUNT_ID_ENDPOINT_MODE in rule_set.builtins:
        builtins[_ACCOUNT_ID_ENDPOINT_MODE] = _account_id_endpoint_mode(env, profile)
    params = rule_set.from_builtins(builtins)
    hint = _NO_REGION if region is None and not url else None
    try:
        resolved = rule_set.resolve(params, per_client=True).url
    except EndpointResolutionError as exc:
        if hint is not None and exc.hint is None:
            raise EndpointResolutionError(exc.message, hint=hint) from None
        raise
    if not rule_set.operation_parameters:
        return resolved, None
    return resolved, OperationEndpoints(rule_set, params, hint)


_ACCOUNT_ID_ENDPOINT_MODE = "AWS::Auth::AccountIdEndpointMode"
_ACCOUNT_ID_ENDPOINT_MODES = ("preferred", "disabled", "required")


def _account_id_endpoint_mode(env: Mapping[str, str], profile: str | None) -> str:
    """Whether endpoints may name the account (DynamoDB's ``<account>.ddb...``), as botocore
    reads it: ``preferred`` unless configured."""
    raw, source = env.get("AWS_ACCOUNT_ID_ENDPOINT_MODE"), "AWS_ACCOUNT_ID_ENDPOINT_MODE"
    if not raw:
        raw = shared_config_value(env, profile, "account_id_endpoint_mode")
        source = "account_id_endpoint_mode in the shared config file"
    if not raw:
        return "preferred"
    mode = raw.strip().lower()
    if mode not in _ACCOUNT_ID_ENDPOINT_MODES:
        raise ConfigurationError(
            f"{source} must be one of {', '.join(_ACCOUNT_ID_ENDPOINT_MODES)}, not {raw!r}"
        )
    return mode


_NO_REGION = "pass region=..., or set AWS_REGION or AWS_DEFAULT_REGION"


def _configured_endpoint_url(
    service: ServiceSpec, env: Mapping[str, str], profile: str | None
) -> str | None:
    if env.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "").strip().lower() == "true":
        return None
    return (
        env.get(f"AWS_ENDPOINT_URL_{service.env_name}")
        or env.get("AWS_ENDPOINT_URL")
        or shared_config_value(env, profile, "endpoint_url")
    )


def configured_endpoint(
    service: ServiceSpec, endpoint_url: str | None, env: Mapping[str, str], profile: str | None
) -> bool:
    """Whether the client was given an endpoint, or one is configured for the service."""
    return endpoint_url is not None or _configured_endpoint_url(service, env, profile) is not None


def flag_setting(
    given: bool | None, env: Mapping[str, str], profile: str | None, variable: str, key: str
) -> bool:
    """An explicit flag, else ``variable`` in the environment, else ``key`` in the profile."""
    if given is not None:
        return given
    raw, source = env.get(variable), variable
    if not raw:
        raw, source = shared_config_value(env, profile, key), f"{key} in the shared config file"
    if not raw:
        return False
    value = raw.strip().lower()
    if value not in ("true", "false"):
        raise ConfigurationError(f"{source} must be true or false, not {raw!r}")
    return value == "true"


def _plain_endpoint(
    service: ServiceSpec, region: str | None, *, fips: bool, dualstack: bool
) -> str:
    """The endpoint of a service without a rule set: ``https://<prefix>.<region>.<domain>``."""
    if region is None:
        raise ConfigurationError(f"no region: {_NO_REGION}")
    prefix = service.endpoint_prefix + ("-fips" if fips else "")
    domain = "api.aws" if dualstack else "amazonaws.com"
    return f"https://{prefix}.{region}.{domain}"


_OS_NAMES = {"linux": "linux", "darwin": "macos", "win32": "windows", "cygwin": "windows"}
_IMPLEMENTATIONS = {"cpython": "CPython", "pypy": "PyPy"}


def user_agent(product: str, extra: str | None) -> str:
    """The ``User-Agent`` header, in the AWS SDKs' style (``ua/2.1`` tokens): this SDK and its
    version, the OS, Python's version and implementation, then ``extra`` as given.

    Raises ``ConfigurationError`` when ``extra`` could not be sent in a header.
    """
    import sys

    parts = [product, "ua/2.1"]
    os_name = _OS_NAMES.get(sys.platform, "other")
    uname = getattr(os, "uname", None)
    if uname is not None:
        info = uname()
        parts += [f"os/{os_name}#{info.release}", f"md/arch#{info.machine}"]
    else:
        parts.append(f"os/{os_name}")
    v = sys.version_info
    implementation = sys.implementation.name
    parts += [
        f"lang/python#{v.major}.{v.minor}.{v.micro}",
        f"md/pyimpl#{_IMPLEMENTATIONS.get(implementation, implementation)}",
    ]
    if extra:
        if not (extra.isascii() and extra.isprintable()):
            raise ConfigurationError(
                "user_agent_extra must be printable ASCII (it is sent in a header)"
            )
        parts.append(extra)
    return " ".join(parts)


def environ() -> Mapping[str, str]:
    return os.environ
