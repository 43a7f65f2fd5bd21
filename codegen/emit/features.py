"""What the protocol features some services use add to the generated code: the methods of
operations the clients cannot call (they raise, saying why), the package docstring's list of
them, and the endpoint discovery spec in the discovery operation's module.
"""

from __future__ import annotations

from codegen.emit import names
from codegen.emit.code import Code, Piece, cat, from_import, indent, lines, type_from_import
from codegen.emit.docstrings import docblock
from codegen.emit.operations import function, request_type, response_type
from codegen.ir import Operation, Service, UnsupportedOperation

DISCOVERY_SPEC = "DISCOVERY"
"""The name of the endpoint discovery spec in the discovery operation's module."""

V = names.VALUE


def unsupported_method(op: UnsupportedOperation, *, is_async: bool) -> Code:
    """A client method that only raises ``UnsupportedOperationError``: calling the operation
    fails clearly (and type checkers know it never returns), whatever it is given."""
    error = from_import("typedaws_runtime.errors", "UnsupportedOperationError")
    never = type_from_import("typing", "NoReturn")
    head = cat(
        f"{'async ' if is_async else ''}def {op.method}(self, **params: object) -> ", never, ":"
    )
    summary = docblock(op.documentation, 8) or f"Calls {op.name}."
    doc = (
        f"{summary}\n\nNot supported: {op.reason}. Calling it raises, and sends nothing.\n\n"
        "Raises:\n    UnsupportedOperationError: always."
    )
    body: list[Piece] = [f'"""{doc}"""', cat("raise ", error, f"({op.name!r}, {op.reason!r})")]
    return lines([head, indent(lines(body))])


def unsupported_note(service: Service) -> str:
    """The package docstring's paragraph on the operations the clients cannot call, or ``""``."""
    if not service.unsupported:
        return ""
    listed = "\n".join(f"- ``{u.method}`` ({u.name}): {u.reason}." for u in service.unsupported)
    return (
        "\n\nOperations of the model the clients cannot call (their methods raise\n"
        f"``UnsupportedOperationError``):\n\n{listed}"
    )


def discovery_parts(service: Service, op: Operation, here: str) -> list[Code]:
    """In the discovery operation's module: ``endpoints_of`` and the ``DISCOVERY`` spec."""
    found = service.endpoint_discovery
    if found is None or found.operation.name != op.name:
        return []
    resp = response_type(op, here)
    sequence = from_import("collections.abc", "Sequence")
    head = cat(f"def endpoints_of({V}: ", resp, ") -> ", sequence, "[tuple[str, int]]:")
    items = found.endpoints
    entries = f"{V}.{items.attr}" if items.required else f"({V}.{items.attr} or ())"
    address, minutes = found.address, found.cache_minutes
    minutes_expr = f"e.{minutes.attr}" if minutes.required else f"e.{minutes.attr} or 0"
    address_test = "" if address.required else f" if e.{address.attr}"
    body: list[Piece] = [
        f"return [(e.{address.attr}, {minutes_expr}) for e in {entries}{address_test}]"
    ]
    request: Piece = "None" if op.input is None else f"{names.REQUEST_CLASS}()"
    spec = from_import("typedaws_runtime.operation", "EndpointDiscoverySpec")
    kind = cat(spec, "[", request_type(op, here), ", ", resp, "]")
    return [
        function(head, "(address, minutes to cache it) of each endpoint of a response.", body),
        lines(
            [
                cat(f"{DISCOVERY_SPEC}: ", kind, " = ", spec, "("),
                indent(
                    lines(
                        [
                            f"operation={names.OPERATION_SPEC},",
                            cat("request=", request, ","),
                            "endpoints=endpoints_of,",
                        ]
                    )
                ),
                ")",
                '"""How the clients discover the endpoints of the operations that use them."""',
            ]
        ),
    ]


def service_imports(service: Service) -> list[Code]:
    """What ``_service``'s endpoint discovery loader names in its annotation."""
    found = service.endpoint_discovery
    if found is None:
        return []
    op, here = found.operation, "_service"
    spec = type_from_import("typedaws_runtime.operation", "EndpointDiscoverySpec")
    return [spec, request_type(op, here), response_type(op, here)]
