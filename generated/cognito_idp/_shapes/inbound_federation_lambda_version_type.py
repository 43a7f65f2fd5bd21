# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum


class InboundFederationLambdaVersionType(enum.StrEnum):
    """The values of InboundFederationLambdaVersionType.

    Values the SDK does not know yet arrive as plain ``str``.
    """

    V1_0 = "V1_0"
