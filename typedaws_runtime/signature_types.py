"""Types that generated clients and models name in their signatures and fields.

They live in a module of their own, which imports nothing heavy, because a type checker of a
program that uses the SDK reads every module its stubs import (see ``codegen/stubs.py``): named
from ``config``, ``tls`` or ``serde``, they would make it read those modules' imports too
(endpoint rules, sockets, TLS, the JSON codec). Those modules re-export them.
"""

from __future__ import annotations

import os

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = ["ClientCert", "ClientMeta", "Document"]

ClientCert = str | os.PathLike[str] | tuple[str | os.PathLike[str], str | os.PathLike[str]]
"""A client certificate as botocore takes it: one PEM file with the certificate and its key, or
``(certificate file, key file)``."""

if TYPE_CHECKING:
    Document: TypeAlias = "bool | int | float | str | list[Document] | dict[str, Document] | None"
    """An open JSON value (a model ``document`` shape)."""
else:
    Document = object  # what tools that read annotations at run time (pydantic) see: any value


class ClientMeta:
    """What the client resolved, as boto3's ``client.meta`` shows it."""

    __slots__ = ("endpoint_url", "region_name", "service_name")

    def __init__(self, *, region_name: str | None, endpoint_url: str, service_name: str) -> None:
        self.region_name = region_name
        self.endpoint_url = endpoint_url
        self.service_name = service_name

    def __repr__(self) -> str:
        return (
            f"ClientMeta(region_name={self.region_name!r}, endpoint_url={self.endpoint_url!r}, "
            f"service_name={self.service_name!r})"
        )
