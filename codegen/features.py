"""Protocol features some awsJson services use beyond plain calls: event-stream operations
(left out of the clients, each with a method that says why) and endpoint discovery.

``build.build_service`` asks this module which operations to leave out before it reads what
the others reach, and completes the ``Service`` with what it finds here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from codegen import naming
from codegen.ir import (
    EndpointDiscovery,
    IntegerShape,
    ListShape,
    Member,
    Service,
    StringShape,
    StructRef,
    Structure,
    UnsupportedOperation,
)
from codegen.view import ModelError, OperationModel, ServiceView


def event_stream(view: ServiceView, shape: str | None) -> str | None:
    """The name of the event-stream shape a member of structure ``shape`` holds, or None."""
    if shape is None:
        return None
    for member in view.shape(shape).members:
        if view.shape(member.shape).event_stream:
            return member.shape
    return None


def unsupported(view: ServiceView, op: OperationModel) -> UnsupportedOperation | None:
    """Why the clients cannot call ``op`` (an event stream in or out), or None when they can.

    An event stream is a binary framing (``application/vnd.amazon.eventstream``) of a
    long-lived response or request that the awsJson clients do not speak; a method that
    half-works would be worse than one that says so.
    """
    reason = None
    output, input_ = event_stream(view, op.output), event_stream(view, op.input)
    if output is not None:
        reason = f"its response is an event stream ({output})"
    elif input_ is not None:
        reason = f"its request is an event stream ({input_})"
    if reason is None:
        return None
    return UnsupportedOperation(
        name=op.name,
        method=naming.operation_method(op.name),
        documentation=op.documentation,
        reason=f"{reason}, which this SDK does not support",
    )


def split(
    view: ServiceView, names: Iterable[str]
) -> tuple[list[str], tuple[UnsupportedOperation, ...]]:
    """``names`` the clients can call, in order, with the service's endpoint discovery
    operation added where another needs it; and the unsupported ones, by name."""
    callable_: list[str] = []
    left_out: list[UnsupportedOperation] = []
    for name in names:
        found = unsupported(view, view.operations[name])
        if found is None:
            callable_.append(name)
        else:
            left_out.append(found)
    discovery = discovery_operation(view)
    if (
        discovery is not None
        and discovery not in callable_
        and any(view.operations[n].endpoint_discovery is not None for n in callable_)
    ):
        callable_ = sorted([*callable_, discovery])
    return callable_, tuple(sorted(left_out, key=lambda u: u.name))


def discovery_operation(view: ServiceView) -> str | None:
    """The operation the model marks ``endpointoperation``, if any."""
    found = sorted(n for n, op in view.operations.items() if op.endpoint_operation)
    if len(found) > 1:
        raise ModelError(f"several endpoint discovery operations: {', '.join(found)}")
    return found[0] if found else None


def _member(struct: Structure | None, wire: str, where: str) -> Member:
    found = next((m for m in struct.members if m.wire_name == wire), None) if struct else None
    if found is None:
        raise ModelError(f"{where}: no {wire} member, where endpoint discovery reads it")
    return found


def _endpoint_discovery(service: Service, view: ServiceView) -> EndpointDiscovery | None:
    """Where the discovery operation's response holds the endpoints; None where no operation
    the clients call uses endpoint discovery."""
    if not any(op.endpoint_discovery is not None for op in service.operations):
        return None
    name = discovery_operation(view)
    if name is None:
        raise ModelError("operations use endpoint discovery, but no operation provides it")
    op = next(o for o in service.operations if o.name == name)
    if op.input is not None and any(m.required for m in op.input.members):
        raise ModelError(f"{name}: endpoint discovery with required inputs is not supported")
    endpoints = _member(op.output, "Endpoints", name)
    items = endpoints.shape
    if not (isinstance(items, ListShape) and isinstance(items.member, StructRef)):
        raise ModelError(f"{name}: Endpoints is not a list of structures")
    entry = next(
        (s for m in service.modules for s in m.structures if s.name == items.member.name), None
    )
    address = _member(entry, "Address", name)
    minutes = _member(entry, "CachePeriodInMinutes", name)
    if not isinstance(address.shape, StringShape) or not isinstance(minutes.shape, IntegerShape):
        raise ModelError(f"{name}: Address must be a string, CachePeriodInMinutes an integer")
    return EndpointDiscovery(
        operation=op, endpoints=endpoints, address=address, cache_minutes=minutes
    )


def complete(
    service: Service, view: ServiceView, left_out: tuple[UnsupportedOperation, ...]
) -> Service:
    """``service`` with its unsupported operations and its endpoint discovery."""
    taken = {op.method for op in service.operations}
    for u in left_out:
        if u.method in taken:
            raise ModelError(f"{u.name}: method {u.method} clashes with another operation's")
    return dataclasses.replace(
        service, unsupported=left_out, endpoint_discovery=_endpoint_discovery(service, view)
    )
