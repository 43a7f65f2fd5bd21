"""The local names of generated functions, each chosen here once.

Emitters write the bodies and the signatures of the functions that use these names, so the
names must agree between them: they are constants, not conventions.
"""

from __future__ import annotations

VALUE = "v"
"""The structure a serializer, validator or secrets function reads (its first parameter)."""
UNCHECKED = "value"
"""What a parser or validator is given, before it is known to be of the right type."""
PATH = "path"
"""Where the value being read or checked sits, for messages (``Request.items[2]``)."""
PROBLEMS = "problems"
"""The list a validator appends what is wrong to."""
REQUIRED = "required"
"""Whether a validator's value may be None."""
OUT = "out"
"""The list a serializer appends JSON text to, or a secrets function the values it finds."""
JSON_OBJECT = "m"
"""The JSON object a parser reads members from."""
ITEM = "x"
"""One JSON member, list item or map value being written or read."""
ITEM_PATH = "p"
"""The path of ``ITEM`` (the second parameter of the item functions of containers)."""
KEY = "k"
"""A map key being written."""
RESULT = "obj"
"""The instance a parser builds."""
REQUEST = "request"
"""The request a client method builds and sends."""
OPERATION_MODULE = "_op"
"""The operation's module, in a client method."""
OPERATIONS_PACKAGE = "_ops"
"""The package of the operation modules, in a client module."""
CLIENT_SECRET = "client_secret"
"""The app client's secret, which ``fill_secret_hash`` computes hashes from."""


def field_var(attr: str) -> str:
    """The local variable a parser reads field ``attr`` into."""
    return f"f_{attr}"


def item_var(attr: str) -> str:
    """The loop variable over the items of field ``attr`` in a secrets function; nested
    containers append ``_`` for each level (each level has its own type)."""
    return f"{attr}_item"


# The functions generated beside each structure class, which other modules call by name.


def serializer(class_name: str) -> str:
    """``serialize_<class>(v) -> str``: the structure's JSON text."""
    return f"serialize_{class_name}"


def parser(class_name: str) -> str:
    """``parse_<class>(value, path)``: the structure read from a JSON value."""
    return f"parse_{class_name}"


def validator(class_name: str) -> str:
    """``check_<class>(value, path, problems, required)``: what is wrong with a request value."""
    return f"check_{class_name}"


def secrets_collector(class_name: str) -> str:
    """``secrets_<class>(v, out)``: the sensitive values inside the structure."""
    return f"secrets_{class_name}"


# What each operation's module defines, which client methods and the runtime use.

REQUEST_CLASS = "Request"
"""The operation's request class (``None`` without input)."""
FILL_SECRET_HASH = "fill_secret_hash"
"""The request with its secret hashes computed, from the client secret."""
HOST_LABELS = "host_labels"
"""The request's values of the host prefix's labels."""
ENDPOINT_CONTEXT = "endpoint_context"
"""The request's values of the endpoint rule set's parameters (``contextParam`` members)."""
OPERATION_SPEC = "OPERATION"
"""The operation's ``OperationSpec``."""
PAGINATOR_SPEC = "PAGINATOR"
"""The operation's ``PaginatorSpec``, when it pages."""
ERROR_TABLE = "ERRORS"
"""Error code -> class, in the errors module."""
