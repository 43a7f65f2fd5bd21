# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum


class SecurityPolicyType(enum.StrEnum):
    """The values of SecurityPolicyType.

    Values the SDK does not know yet arrive as plain ``str``.
    """

    TLS_V1 = "TLS_V1"
    TLS_V1_2_2021 = "TLS_V1_2_2021"
    TLS_V1_3_2025 = "TLS_V1_3_2025"
