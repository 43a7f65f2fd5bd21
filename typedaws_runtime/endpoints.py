"""AWS endpoint rule sets (``endpoint-rule-set-1.json``), evaluated the way AWS SDKs do.

A rule set is compiled once into nested closures (``RuleSet``), then resolved per client with
the client's parameters (``Region``, ``UseFIPS``, ``UseDualStack``, ``Endpoint`` ...). Rules
are tried in order; the first whose conditions all hold gives the result: an endpoint, an
error (raised as ``EndpointResolutionError`` with the rule's message) or, for a tree rule, the
first result of its own rules. A condition holds unless its function returns ``None`` or
``False``; ``assign`` binds the result for the rule's template strings and inner rules.

Supported functions: ``isSet``, ``not``, ``booleanEquals``, ``stringEquals``, ``getAttr``,
``isValidHostLabel``, ``parseURL``, ``substring``, ``uriEncode``, ``aws.partition``,
``aws.parseArn`` and ``aws.isVirtualHostableS3Bucket``; a rule set that calls another one
fails with ``EndpointResolutionError`` when (and only when) that call is reached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType

from typedaws_runtime.errors import EndpointResolutionError
from typedaws_runtime.static_typing import TYPE_CHECKING, cast
from typedaws_runtime.urls import is_host_label, request_url

if TYPE_CHECKING:
    import re
    from typing import Final

__all__ = ["Endpoint", "OperationEndpoints", "RuleSet", "compiled"]

_Scope = dict[str, object]
_Expr = Callable[[_Scope], object]
_Rule = Callable[[_Scope], "Endpoint | None"]
_PathStep = str | int

# Templates, attribute paths and IPv4 addresses are read with string methods, which keeps ``re``
# out of a client's start (see typedaws_runtime's import budget). Only a Region no partition lists
# needs it (``_Partitions``).


_EMPTY: Mapping[str, tuple[str, ...]] = MappingProxyType({})


class Endpoint:
    """A resolved endpoint: its URL, and the headers and properties the rule gave it."""

    __slots__ = ("headers", "properties", "url")

    def __init__(
        self,
        url: str,
        headers: Mapping[str, tuple[str, ...]] = _EMPTY,
        properties: Mapping[str, object] = _EMPTY,
    ) -> None:
        self.url = url
        self.headers = headers
        self.properties = properties

    def __repr__(self) -> str:
        return (
            f"Endpoint(url={self.url!r}, headers={dict(self.headers)!r}, "
            f"properties={dict(self.properties)!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Endpoint):
            return NotImplemented
        mine = (self.url, self.headers, self.properties)
        return mine == (other.url, other.headers, other.properties)


class _Param:
    __slots__ = ("builtin", "default", "name", "required", "type")

    def __init__(
        self, *, name: str, type: str, required: bool, default: object, builtin: str | None
    ) -> None:
        self.name = name
        self.type = type
        self.required = required
        self.default = default
        self.builtin = builtin


def _invalid(what: str) -> EndpointResolutionError:
    return EndpointResolutionError(f"invalid endpoint rule set: {what}")


def _obj(node: object, what: str) -> Mapping[str, object]:
    if type(node) is dict:  # the usual case, and much faster than the ABC check below
        return cast("dict[str, object]", node)
    if not isinstance(node, Mapping):
        raise _invalid(f"{what} is not an object")
    return cast("Mapping[str, object]", node)


def _list(node: object, what: str) -> Sequence[object]:
    if not isinstance(node, list):
        raise _invalid(f"{what} is not a list")
    return cast("list[object]", node)


# --------------------------------------------------------------------------------------------
# Attribute paths (``getAttr`` and ``{Name#path}`` templates)


def _parse_path(path: str) -> tuple[_PathStep, ...]:
    """``a.b[0][2]`` -> ``("a", "b", 0, 2)``: each part a name, indexes, or a name then indexes."""
    steps: list[_PathStep] = []
    for part in path.split("."):
        name, bracket, indexes = part.partition("[")
        if (not name and not bracket) or "]" in name:
            raise _invalid(f"attribute path {path!r}")
        if name:
            steps.append(name)
        if bracket:
            # "0][2]" once the first "[" is gone: digits, each closed, each but the first opened
            items = indexes.split("][")
            last = items[-1]
            if not last.endswith("]"):
                raise _invalid(f"attribute path {path!r}")
            items[-1] = last[:-1]
            for item in items:
                if not item.isdecimal():  # what the regular expression \d accepts
                    raise _invalid(f"attribute path {path!r}")
                steps.append(int(item))
    return tuple(steps)


def _get_path(value: object, steps: tuple[_PathStep, ...]) -> object:
    for step in steps:
        if isinstance(step, int):
            if not isinstance(value, list):
                return None
            items = cast("list[object]", value)
            if step >= len(items):
                return None
            value = items[step]
        else:
            if not isinstance(value, Mapping):
                return None
            value = cast("Mapping[str, object]", value).get(step)
    return value


# --------------------------------------------------------------------------------------------
# The standard library of rule-set functions (each tolerates unset arguments)


def _is_set(value: object) -> bool:
    return value is not None


def _not(value: object) -> bool:
    return value is not True


def _boolean_equals(a: object, b: object) -> bool:
    return isinstance(a, bool) and isinstance(b, bool) and a is b


def _string_equals(a: object, b: object) -> bool:
    return isinstance(a, str) and isinstance(b, str) and a == b


def _is_valid_host_label(value: object, allow_subdomains: object) -> bool:
    if not isinstance(value, str):
        return False
    if allow_subdomains is True:
        return all(is_host_label(label) for label in value.split("."))
    return is_host_label(value)


def _is_ip(host: str) -> bool:
    import ipaddress  # here, not at the top: only rules that parse URLs need it

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _parse_url(value: object) -> Mapping[str, object] | None:
    if not isinstance(value, str):
        return None
    from urllib.parse import urlsplit  # slow to import; only rules that parse URLs need it

    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.query or parts.fragment or not parts.netloc:
        return None
    path = parts.path
    normalized = path if path.startswith("/") else "/" + path
    if not normalized.endswith("/"):
        normalized += "/"
    return {
        "scheme": parts.scheme,
        "authority": parts.netloc,
        "path": path,
        "normalizedPath": normalized,
        "isIp": _is_ip(parts.hostname or ""),
    }


def _substring(value: object, start: object, stop: object, reverse: object) -> str | None:
    if not isinstance(value, str) or not isinstance(start, int) or not isinstance(stop, int):
        return None
    if start >= stop or len(value) < stop or not value.isascii():
        return None
    if reverse is True:
        return value[len(value) - stop : len(value) - start]
    return value[start:stop]


def _uri_encode(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    from urllib.parse import quote  # slow to import; few rule sets use it

    return quote(value, safe="")


def _parse_arn(value: object) -> Mapping[str, object] | None:
    if not isinstance(value, str) or not value.startswith("arn:"):
        return None
    parts = value.split(":", 5)
    if len(parts) != 6:
        return None
    _, partition, service, region, account, resource = parts
    if not (partition and service and resource):
        return None
    return {
        "partition": partition,
        "service": service,
        "region": region,
        "accountId": account,
        "resourceId": resource.replace(":", "/").split("/"),
    }


def _template_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, token) of each ``{{``, ``}}`` and ``{name}`` (no brace inside) of a
    template, left to right; other braces are text."""
    pos = 0
    while True:
        opening, closing = text.find("{", pos), text.find("}", pos)
        if opening < 0 and closing < 0:
            return
        at = opening if closing < 0 or 0 <= opening < closing else closing
        if text.startswith("{{", at) or text.startswith("}}", at):
            yield at, at + 2, text[at : at + 2]
            pos = at + 2
            continue
        if at == opening:
            end = text.find("}", at + 1)
            inner = text.find("{", at + 1)
            if end >= 0 and (inner < 0 or inner > end):
                yield at, end + 1, text[at : end + 1]
                pos = end + 1
                continue
        pos = at + 1


def _is_virtual_hostable_s3_bucket(value: object, allow_subdomains: object) -> bool:
    if not isinstance(value, str) or len(value) < 3 or value.lower() != value:
        return False
    parts = value.split(".")
    if len(parts) == 4 and all(p.isdecimal() for p in parts):  # an IPv4 address
        return False
    return _is_valid_host_label(value, allow_subdomains)


class _Partitions:
    """``aws.partition``: the partition a Region belongs to (``aws`` when none matches)."""

    def __init__(self, data: Mapping[str, object] | None) -> None:
        self._entries: list[tuple[str, Mapping[str, object]]] = []
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._by_region: dict[str, Mapping[str, object]] = {}
        self._default: Mapping[str, object] | None = None
        if data is None:
            return
        for node in _list(data.get("partitions"), "partitions"):
            p = _obj(node, "partition")
            outputs = dict(_obj(p.get("outputs"), "partition outputs"))
            outputs.setdefault("name", p.get("id"))
            regions = _obj(p.get("regions", {}), "partition regions")
            for region, info in regions.items():
                extra = {k: v for k, v in _obj(info, "region").items() if k != "description"}
                self._by_region[region] = {**outputs, **extra}
            self._entries.append((str(p.get("regionRegex", "$^")), outputs))
            if p.get("id") == "aws":
                self._default = outputs

    def __call__(self, region: object) -> Mapping[str, object] | None:
        if not isinstance(region, str):
            return None
        if not self._entries:
            raise EndpointResolutionError("aws.partition needs partition data, which is missing")
        found = self._by_region.get(region)
        if found is not None:
            return found
        for regex, outputs in self._entries:
            pattern = self._patterns.get(regex)
            if pattern is None:  # compiled on first use: most programs need only the first
                import re

                pattern = self._patterns[regex] = re.compile(regex)
            if pattern.match(region):
                return outputs
        return self._default


# --------------------------------------------------------------------------------------------
# Compiling a rule set into closures


class _Compiler:
    def __init__(self, partitions: _Partitions) -> None:
        self.functions: dict[str, tuple[int, Callable[..., object]]] = {
            "isSet": (1, _is_set),
            "not": (1, _not),
            "booleanEquals": (2, _boolean_equals),
            "stringEquals": (2, _string_equals),
            "isValidHostLabel": (2, _is_valid_host_label),
            "parseURL": (1, _parse_url),
            "substring": (4, _substring),
            "uriEncode": (1, _uri_encode),
            "aws.partition": (1, partitions),
            "aws.parseArn": (1, _parse_arn),
            "aws.isVirtualHostableS3Bucket": (2, _is_virtual_hostable_s3_bucket),
        }

    # -- expressions

    def expr(self, node: object) -> _Expr:
        if isinstance(node, str):
            return self.template(node)
        if isinstance(node, bool | int | float) or node is None:
            constant: object = node
            return lambda scope: constant
        if isinstance(node, list):
            items = [self.expr(x) for x in cast("list[object]", node)]
            return lambda scope: [item(scope) for item in items]
        n = _obj(node, "expression")
        if "ref" in n:
            name = str(n["ref"])
            return lambda scope: scope.get(name)
        if "fn" in n:
            return self.call(n)
        raise _invalid(f"expression {n!r}")

    def call(self, node: Mapping[str, object]) -> _Expr:
        name = str(node["fn"])
        argv = _list(node.get("argv", []), f"arguments of {name}")
        if name == "getAttr":
            if len(argv) != 2 or not isinstance(argv[1], str):
                raise _invalid("getAttr takes a value and a literal path")
            target = self.expr(argv[0])
            steps = _parse_path(argv[1])
            return lambda scope: _get_path(target(scope), steps)
        known = self.functions.get(name)
        if known is None:

            def unsupported(scope: _Scope) -> object:
                raise EndpointResolutionError(f"endpoint rule function {name!r} is not supported")

            return unsupported
        arity, fn = known
        if len(argv) != arity:
            raise _invalid(f"{name} takes {arity} arguments, got {len(argv)}")
        args = [self.expr(a) for a in argv]
        if arity == 1:
            (a0,) = args
            return lambda scope: fn(a0(scope))
        if arity == 2:
            a0, a1 = args
            return lambda scope: fn(a0(scope), a1(scope))
        return lambda scope: fn(*[a(scope) for a in args])

    def template(self, text: str) -> _Expr:
        pieces: list[str | tuple[str, tuple[_PathStep, ...]]] = []
        literal = ""
        pos = 0
        for start, end, token in _template_tokens(text):
            literal += text[pos:start]
            pos = end
            if token in ("{{", "}}"):
                literal += token[0]
                continue
            if literal:
                pieces.append(literal)
                literal = ""
            name, _, path = token[1:-1].partition("#")
            pieces.append((name, _parse_path(path) if path else ()))
        literal += text[pos:]
        if literal:
            pieces.append(literal)
        if not any(isinstance(p, tuple) for p in pieces):
            constant = "".join(cast("list[str]", pieces))
            return lambda scope: constant

        def render(scope: _Scope) -> str:
            out: list[str] = []
            for piece in pieces:
                if isinstance(piece, str):
                    out.append(piece)
                    continue
                value = _get_path(scope.get(piece[0]), piece[1])
                if not isinstance(value, str):
                    raise EndpointResolutionError(f"endpoint template {text!r}: no string value")
                out.append(value)
            return "".join(out)

        return render

    def value(self, node: object) -> _Expr:
        """A property value: objects and lists nest, strings are templates."""
        if isinstance(node, list):
            items = [self.value(x) for x in cast("list[object]", node)]
            return lambda scope: [item(scope) for item in items]
        if isinstance(node, Mapping):
            obj = cast("Mapping[str, object]", node)
            if "ref" not in obj and "fn" not in obj:
                fields = {str(k): self.value(v) for k, v in obj.items()}
                return lambda scope: {k: f(scope) for k, f in fields.items()}
            return self.expr(obj)
        return self.expr(node)

    # -- rules

    def rules(self, nodes: Sequence[object]) -> Callable[[_Scope], Endpoint | None]:
        compiled = [self.rule(_obj(n, "rule")) for n in nodes]

        def first(scope: _Scope) -> Endpoint | None:
            for rule in compiled:
                result = rule(scope)
                if result is not None:
                    return result
            return None

        return first

    def rule(self, node: Mapping[str, object]) -> _Rule:
        conditions: list[tuple[_Expr, str | None]] = []
        for c in _list(node.get("conditions", []), "conditions"):
            cond = _obj(c, "condition")
            assign = cond.get("assign")
            conditions.append((self.call(cond), None if assign is None else str(assign)))
        copy_scope = any(assign is not None for _, assign in conditions)
        kind = node.get("type")
        body: Callable[[_Scope], Endpoint | None]
        if kind == "endpoint":
            body = self.endpoint(_obj(node.get("endpoint"), "endpoint"))
        elif kind == "error":
            body = self.error(node.get("error"))
        elif kind == "tree":
            body = self.rules(_list(node.get("rules"), "tree rules"))
        else:
            raise _invalid(f"rule type {kind!r}")

        def rule(scope: _Scope) -> Endpoint | None:
            if copy_scope:
                scope = dict(scope)
            for fn, assign in conditions:
                result = fn(scope)
                if result is None or result is False:
                    return None
                if assign is not None:
                    scope[assign] = result
            return body(scope)

        return rule

    def endpoint(self, node: Mapping[str, object]) -> Callable[[_Scope], Endpoint]:
        url = self.expr(node.get("url"))
        headers = {
            str(name): [self.expr(v) for v in _list(values, f"header {name}")]
            for name, values in _obj(node.get("headers", {}), "headers").items()
        }
        properties = self.value(node.get("properties", {}))

        def endpoint(scope: _Scope) -> Endpoint:
            value = url(scope)
            if not isinstance(value, str):
                raise EndpointResolutionError("endpoint rule gave no URL")
            return Endpoint(
                url=value,
                headers={k: tuple(str(f(scope)) for f in fs) for k, fs in headers.items()},
                properties=cast("Mapping[str, object]", properties(scope)),
            )

        return endpoint

    def error(self, node: object) -> Callable[[_Scope], Endpoint]:
        message = self.expr(node)

        def error(scope: _Scope) -> Endpoint:
            raise EndpointResolutionError(str(message(scope)))

        return error


# --------------------------------------------------------------------------------------------
# The public face


_TYPES: Final[Mapping[str, Callable[[object], bool]]] = {
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "stringarray": lambda v: (
        isinstance(v, list) and all(isinstance(x, str) for x in cast("list[object]", v))
    ),
}


class RuleSet:
    """A compiled endpoint rule set; ``resolve`` it with parameters named as the rule set does."""

    CACHE_SIZE: Final = 256

    def __init__(
        self, rules: Mapping[str, object], partitions: Mapping[str, object] | None = None
    ) -> None:
        params: list[_Param] = []
        for name, spec_node in _obj(rules.get("parameters", {}), "parameters").items():
            spec = _obj(spec_node, f"parameter {name}")
            kind = str(spec.get("type", "string")).lower()
            if kind not in _TYPES:
                raise _invalid(f"parameter {name} has type {kind!r}")
            builtin = spec.get("builtIn")
            params.append(
                _Param(
                    name=name,
                    type=kind,
                    required=spec.get("required") is True,
                    default=spec.get("default"),
                    builtin=None if builtin is None else str(builtin),
                )
            )
        self.parameters: tuple[_Param, ...] = tuple(params)
        self.builtins: frozenset[str] = frozenset(
            p.builtin for p in params if p.builtin is not None
        )
        """The SDK built-ins the parameters name (``AWS::Region`` ...)."""
        self.operation_parameters: frozenset[str] = frozenset(
            p.name for p in params if p.builtin is None
        )
        """Parameters no built-in gives: only operations give them (``staticContextParams``,
        ``contextParam`` members), per call."""
        self._deferred = tuple(p.name for p in params if p.builtin is None and p.required)
        self._names = frozenset(p.name for p in params)
        self._cache: dict[tuple[object, ...], Endpoint] = {}
        self._evaluate = _Compiler(_Partitions(partitions)).rules(
            _list(rules.get("rules"), "rules")
        )

    def from_builtins(self, builtins: Mapping[str, object]) -> dict[str, object]:
        """Parameters by name from SDK built-ins such as ``AWS::Region`` or ``SDK::Endpoint``."""
        return {
            p.name: builtins[p.builtin]
            for p in self.parameters
            if p.builtin is not None and builtins.get(p.builtin) is not None
        }

    def resolve(self, params: Mapping[str, object], *, per_client: bool = False) -> Endpoint:
        """The endpoint for ``params``; raises ``EndpointResolutionError`` when there is none.

        Results are remembered (up to ``CACHE_SIZE`` parameter sets), errors are not.
        ``per_client``: the client's endpoint, which a required parameter only operations give
        may be missing from (ACM's ``ServiceType``): it is checked on the calls that need it.
        """
        if per_client and any(params.get(name) is None for name in self._deferred):
            return self._resolve(params, self._deferred)
        key = tuple(params.get(p.name) for p in self.parameters)
        cacheable = all(v is None or isinstance(v, str | bool) for v in key)
        if cacheable:
            hit = self._cache.get(key)
            if hit is not None:
                return hit
        result = self._resolve(params)
        if cacheable and len(self._cache) < self.CACHE_SIZE:
            self._cache[key] = result
        return result

    def _resolve(self, params: Mapping[str, object], optional: Sequence[str] = ()) -> Endpoint:
        unknown = sorted(set(params) - self._names)
        if unknown:
            raise EndpointResolutionError(f"unknown endpoint parameters: {', '.join(unknown)}")
        scope: _Scope = {}
        for p in self.parameters:
            value = params.get(p.name)
            if value is None:
                value = p.default
            if value is None:
                if p.required and p.name not in optional:
                    raise EndpointResolutionError(f"missing endpoint parameter {p.name}")
                continue
            if not _TYPES[p.type](value):
                raise EndpointResolutionError(f"endpoint parameter {p.name} must be a {p.type}")
            scope[p.name] = value
        result = self._evaluate(scope)
        if result is None:
            raise EndpointResolutionError("no endpoint rule matches this configuration")
        return result


class OperationEndpoints:
    """The endpoints of operations that give the rule set parameters of their own, resolved per
    call from the client's parameters and theirs (as botocore orders them: the operation's
    constants, then the request's values, then the client's built-ins)."""

    __slots__ = ("_client_params", "_hint", "_rule_set", "_urls")

    URLS: Final = 256

    def __init__(
        self, rule_set: RuleSet, client_params: Mapping[str, object], hint: str | None
    ) -> None:
        self._rule_set = rule_set
        self._client_params = dict(client_params)
        self._hint = hint
        """How to fix an error the client's configuration may cause (no Region)."""
        self._urls: dict[tuple[str, str], str] = {}
        """(endpoint, host prefix) -> request URL: only a few per client."""

    def url_for(
        self,
        name: str,
        given: Mapping[str, object],
        context: Mapping[str, object] | None,
        prefix: str,
    ) -> str:
        """Where operation ``name``'s request goes: the endpoint for its parameters, with
        ``prefix`` before the host. Raises ``EndpointResolutionError`` (a ``ConfigurationError``)
        naming the operation when the rule set gives none."""
        params = dict(self._client_params)
        if context is not None:
            for param, value in context.items():
                if value is not None:
                    params[param] = value
        params.update(given)
        try:
            endpoint = self._rule_set.resolve(params).url
        except EndpointResolutionError as exc:
            raise EndpointResolutionError(
                f"{name}: {exc.message}", hint=exc.hint or self._hint
            ) from None
        key = (endpoint, prefix)
        url = self._urls.get(key)
        if url is None:
            url = request_url(endpoint, prefix)
            if len(self._urls) < self.URLS:
                self._urls[key] = url
        return url


_COMPILED: dict[object, RuleSet] = {}


def compiled(
    loader: Callable[[], tuple[Mapping[str, object], Mapping[str, object] | None]],
) -> RuleSet:
    """The rule set ``loader`` returns (rules, partitions), compiled once per process."""
    rule_set = _COMPILED.get(loader)
    if rule_set is None:
        rules, partitions = loader()
        rule_set = _COMPILED[loader] = RuleSet(rules, partitions)
    return rule_set
