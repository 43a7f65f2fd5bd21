# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminListDevices: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import device_type as _shapes_device_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.device_type import DeviceType


@_dc.dataclass(kw_only=True)
class AdminListDevicesRequest(Boto3Dicts):
    """Represents the request to list devices, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where the device owner is a user."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    limit: int | None = None
    """The maximum number of devices that you want Amazon Cognito to return in the response."""

    pagination_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_AdminListDevicesRequest(v: AdminListDevicesRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    if v.limit is not None:
        out += (',"Limit":', int.__repr__(v.limit))
    if v.pagination_token is not None:
        out += (',"PaginationToken":', _s.json_str(v.pagination_token))
    out.append("}")
    return "".join(out)


def secrets_AdminListDevicesRequest(v: AdminListDevicesRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminListDevicesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminListDevicesRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if v.limit is not None and not (type(v.limit) is int and 0 <= v.limit <= 60):
        _v.check_int(
            v.limit, _v.join(path, "limit"), problems, required=False, minimum=0, maximum=60
        )
    if v.pagination_token is not None and not (
        type(v.pagination_token) is str and len(v.pagination_token) >= 1
    ):
        _v.check_str(
            v.pagination_token,
            _v.join(path, "pagination_token"),
            problems,
            required=False,
            min_len=1,
        )


@_dc.dataclass(kw_only=True)
class AdminListDevicesResponse(Boto3Dicts):
    """Lists the device's response, as an administrator."""

    devices: list[DeviceType] | None = None
    """An array of devices and their information. Each entry that's returned includes device
    information, last-accessed and created dates, and the device key."""

    pagination_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_AdminListDevicesResponse(value: object, path: str) -> AdminListDevicesResponse:
    m = _s.expect_object(value, path)
    x = m.get("Devices")
    f_devices = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".Devices", lambda x, p: _shapes_device_type.parse_DeviceType(x, p)
        )
    )
    x = m.get("PaginationToken")
    f_pagination_token = None if x is None else _s.parse_str(x, path + ".PaginationToken")
    obj = _dc.new(AdminListDevicesResponse)
    obj.devices = f_devices
    obj.pagination_token = f_pagination_token
    return obj


Request = AdminListDevicesRequest
"""The request dataclass of AdminListDevices."""


OPERATION: OperationSpec[AdminListDevicesRequest, AdminListDevicesResponse] = OperationSpec(
    name="AdminListDevices",
    validate=check_AdminListDevicesRequest,
    serialize=serialize_AdminListDevicesRequest,
    parse=parse_AdminListDevicesResponse,
    signed=True,
    secrets=secrets_AdminListDevicesRequest,
    fill_secret_hash=None,
)
