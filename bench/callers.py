"""The contenders: one ConfirmSignUp caller per client library.

Each caller imports its library when it is created, never at module level, so a cold-start
measurement that starts after ``import bench.callers`` charges each contender for exactly its
own imports. (This module imports nothing at run time for the same reason.)

Sync callers have ``ok()``, ``err()`` and ``close()``; async callers have ``start()``, then
``await ok()``, ``await err()`` and ``await close()``. ``ok()`` sends a good code and must get a
success; ``err()`` sends the stub's bad code and must see CodeMismatchException (the SDKs raise
it; the raw clients read the 400 response).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing would skew cold starts
if TYPE_CHECKING:
    import asyncio
    import http.client
    from typing import Any

    import aiohttp
    import urllib3

CLIENT_ID = "3n4b5urk1ft4fl3mg5e62d9ado"
USERNAME = "alice"
GOOD_CODE = "123456"
BAD_CODE = "000000"  # the stub answers CodeMismatchException for this one
REGION = "us-east-1"
TARGET = "AWSCognitoIdentityProviderService.ConfirmSignUp"
CONTENT_TYPE = "application/x-amz-json-1.1"
ASYNC_POOL = 100
"""Connections each async pool may open at once (aiohttp's default limit)."""


def _body(code: str) -> bytes:
    return (
        f'{{"ClientId":"{CLIENT_ID}","Username":"{USERNAME}","ConfirmationCode":"{code}"}}'
    ).encode()


OK_BODY = _body(GOOD_CODE)
ERR_BODY = _body(BAD_CODE)
HEADERS = {"Content-Type": CONTENT_TYPE, "X-Amz-Target": TARGET}


def _check(status: int, expected: int) -> None:
    if status != expected:
        raise AssertionError(f"expected HTTP {expected}, got {status}")


def _split(url: str) -> tuple[str, int]:
    host, _, port = url.removeprefix("http://").rstrip("/").partition(":")
    return host, int(port)


# --- this SDK ------------------------------------------------------------------------------


class SdkSync:
    def __init__(self, url: str) -> None:
        from cognito_idp import CognitoIdentityProviderClient
        from cognito_idp.errors import CodeMismatchException

        self._client = CognitoIdentityProviderClient(region=REGION, endpoint_url=url)
        self._error = CodeMismatchException

    def ok(self) -> None:
        self._client.confirm_sign_up(
            client_id=CLIENT_ID, username=USERNAME, confirmation_code=GOOD_CODE
        )

    def err(self) -> None:
        try:
            self._client.confirm_sign_up(
                client_id=CLIENT_ID, username=USERNAME, confirmation_code=BAD_CODE
            )
        except self._error:
            return
        raise AssertionError("no CodeMismatchException")

    def close(self) -> None:
        self._client.close()


class SdkAsync:
    """The async client with ``max_pool_connections=100``, the size of the other async pools."""

    def __init__(self, url: str) -> None:
        from cognito_idp import AsyncCognitoIdentityProviderClient
        from cognito_idp.errors import CodeMismatchException

        self._client = AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=url, max_pool_connections=ASYNC_POOL
        )
        self._error = CodeMismatchException

    async def start(self) -> None:
        pass

    async def ok(self) -> None:
        await self._client.confirm_sign_up(
            client_id=CLIENT_ID, username=USERNAME, confirmation_code=GOOD_CODE
        )

    async def err(self) -> None:
        try:
            await self._client.confirm_sign_up(
                client_id=CLIENT_ID, username=USERNAME, confirmation_code=BAD_CODE
            )
        except self._error:
            return
        raise AssertionError("no CodeMismatchException")

    async def close(self) -> None:
        await self._client.aclose()


# --- boto3 and aiobotocore (imported by name: neither ships type information) ----------------


class Boto3:
    def __init__(self, url: str) -> None:
        import importlib

        boto3: Any = importlib.import_module("boto3")
        self._client: Any = boto3.client("cognito-idp", region_name=REGION, endpoint_url=url)
        self._error: type[Exception] = self._client.exceptions.CodeMismatchException

    def ok(self) -> None:
        self._client.confirm_sign_up(
            ClientId=CLIENT_ID, Username=USERNAME, ConfirmationCode=GOOD_CODE
        )

    def err(self) -> None:
        try:
            self._client.confirm_sign_up(
                ClientId=CLIENT_ID, Username=USERNAME, ConfirmationCode=BAD_CODE
            )
        except self._error:
            return
        raise AssertionError("no CodeMismatchException")

    def close(self) -> None:
        self._client.close()


class AioBotocore:
    """aiobotocore with ``max_pool_connections=100``, the size of the other async pools."""

    def __init__(self, url: str) -> None:
        import importlib

        session_mod: Any = importlib.import_module("aiobotocore.session")
        config_mod: Any = importlib.import_module("aiobotocore.config")
        self._context: Any = session_mod.get_session().create_client(
            "cognito-idp",
            region_name=REGION,
            endpoint_url=url,
            config=config_mod.AioConfig(max_pool_connections=ASYNC_POOL),
        )
        self._client: Any = None
        self._error: type[Exception] = Exception

    async def start(self) -> None:
        self._client = await self._context.__aenter__()
        self._error = self._client.exceptions.CodeMismatchException

    async def ok(self) -> None:
        await self._client.confirm_sign_up(
            ClientId=CLIENT_ID, Username=USERNAME, ConfirmationCode=GOOD_CODE
        )

    async def err(self) -> None:
        try:
            await self._client.confirm_sign_up(
                ClientId=CLIENT_ID, Username=USERNAME, ConfirmationCode=BAD_CODE
            )
        except self._error:
            return
        raise AssertionError("no CodeMismatchException")

    async def close(self) -> None:
        await self._context.__aexit__(None, None, None)


# --- raw HTTP clients posting a pre-built body -----------------------------------------------


class SdkTransport:
    """The SDK's own sync transport (``typedaws_runtime``'s HTTP/1.1 on sockets) used directly."""

    def __init__(self, url: str) -> None:
        from typedaws_runtime.http import HttpRequest
        from typedaws_runtime.transports.socket_transport import SocketTransport

        self._transport = SocketTransport()
        self._ok = HttpRequest("POST", url + "/", HEADERS, OK_BODY)
        self._err = HttpRequest("POST", url + "/", HEADERS, ERR_BODY)

    def ok(self) -> None:
        _check(self._transport.send(self._ok).status, 200)

    def err(self) -> None:
        _check(self._transport.send(self._err).status, 400)

    def close(self) -> None:
        self._transport.close()


class SdkAsyncTransport:
    """The SDK's own async transport (``typedaws_runtime``'s HTTP/1.1 on asyncio) used directly."""

    def __init__(self, url: str) -> None:
        from typedaws_runtime.http import HttpRequest
        from typedaws_runtime.transports.asyncio_transport import AsyncioTransport
        from typedaws_runtime.transports.options import TransportOptions

        self._transport = AsyncioTransport(TransportOptions(max_pool_connections=ASYNC_POOL))
        self._ok = HttpRequest("POST", url + "/", HEADERS, OK_BODY)
        self._err = HttpRequest("POST", url + "/", HEADERS, ERR_BODY)

    async def start(self) -> None:
        pass

    async def ok(self) -> None:
        _check((await self._transport.send(self._ok)).status, 200)

    async def err(self) -> None:
        _check((await self._transport.send(self._err)).status, 400)

    async def close(self) -> None:
        await self._transport.close()


class HttpClient:
    """The standard library's ``http.client`` on one keep-alive connection (TCP_NODELAY)."""

    def __init__(self, url: str) -> None:
        import http.client

        host, port = _split(url)
        self._conn: http.client.HTTPConnection = http.client.HTTPConnection(host, port)

    def _post(self, body: bytes, expected: int) -> None:
        conn = self._conn
        conn.request("POST", "/", body=body, headers=HEADERS)
        resp = conn.getresponse()
        resp.read()
        _check(resp.status, expected)

    def ok(self) -> None:
        self._post(OK_BODY, 200)

    def err(self) -> None:
        self._post(ERR_BODY, 400)

    def close(self) -> None:
        self._conn.close()


class Urllib3Pool:
    """urllib3's ``HTTPConnectionPool`` used directly (retries off)."""

    def __init__(self, url: str) -> None:
        import urllib3

        host, port = _split(url)
        self._pool: urllib3.HTTPConnectionPool = urllib3.HTTPConnectionPool(
            host, port, maxsize=10, retries=False
        )

    def _post(self, body: bytes, expected: int) -> None:
        resp = self._pool.urlopen(
            "POST",
            "/",
            body=body,
            headers=HEADERS,
            retries=False,
            redirect=False,
            preload_content=True,
        )
        _check(resp.status, expected)

    def ok(self) -> None:
        self._post(OK_BODY, 200)

    def err(self) -> None:
        self._post(ERR_BODY, 400)

    def close(self) -> None:
        self._pool.close()


class Urllib3PoolManager:
    """urllib3's ``PoolManager`` (what ``urllib3.request`` and most users reach for)."""

    def __init__(self, url: str) -> None:
        import urllib3

        self._url = url + "/"
        self._http: urllib3.PoolManager = urllib3.PoolManager(retries=False)

    def _post(self, body: bytes, expected: int) -> None:
        resp = self._http.request("POST", self._url, body=body, headers=HEADERS)
        _check(resp.status, expected)

    def ok(self) -> None:
        self._post(OK_BODY, 200)

    def err(self) -> None:
        self._post(ERR_BODY, 400)

    def close(self) -> None:
        self._http.clear()


class Aiohttp:
    """One ``aiohttp.ClientSession`` (default connector: 100 connections, keep-alive)."""

    def __init__(self, url: str) -> None:
        import aiohttp

        self._url = url + "/"
        self._aiohttp = aiohttp
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = self._aiohttp.ClientSession()

    async def _post(self, body: bytes, expected: int) -> None:
        session = self._session
        assert session is not None
        async with session.post(self._url, data=body, headers=HEADERS) as resp:
            await resp.read()
            _check(resp.status, expected)

    async def ok(self) -> None:
        await self._post(OK_BODY, 200)

    async def err(self) -> None:
        await self._post(ERR_BODY, 400)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


def _raw_request(url: str, body: bytes) -> bytes:
    host, port = _split(url)
    head = "".join(f"{k}: {v}\r\n" for k, v in HEADERS.items())
    return (
        f"POST / HTTP/1.1\r\nHost: {host}:{port}\r\n{head}Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def _framing(head: bytes) -> tuple[int, int]:
    """(status, Content-Length) of a response head, read the shortest way there is."""
    lowered = head.lower()
    start = lowered.index(b"content-length:") + 15
    end = lowered.find(b"\r\n", start)
    return int(head[9:12]), int(head[start : end if end >= 0 else len(head)])


class RawSocket:
    """A blocking socket on one keep-alive connection (TCP_NODELAY): pre-built request bytes,
    the response read by its Content-Length. The layer the SDK's sync transport is built on."""

    def __init__(self, url: str) -> None:
        import socket

        self._sock = socket.create_connection(_split(url))
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._ok = _raw_request(url, OK_BODY)
        self._err = _raw_request(url, ERR_BODY)

    def _post(self, data: bytes, expected: int) -> None:
        sock = self._sock
        sock.sendall(data)
        buf = b""
        while (end := buf.find(b"\r\n\r\n")) < 0:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            buf += chunk
        status, length = _framing(buf[:end])
        while len(buf) < end + 4 + length:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            buf += chunk
        _check(status, expected)

    def ok(self) -> None:
        self._post(self._ok, 200)

    def err(self) -> None:
        self._post(self._err, 400)

    def close(self) -> None:
        self._sock.close()


class RawAsyncio:
    """asyncio streams, up to 100 keep-alive connections (the other async pools' size):
    pre-built request bytes, the response read by its Content-Length. The layer the SDK's
    async transport is built on."""

    def __init__(self, url: str) -> None:
        self._host, self._port = _split(url)
        self._ok = _raw_request(url, OK_BODY)
        self._err = _raw_request(url, ERR_BODY)
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._slots: asyncio.Semaphore | None = None

    async def start(self) -> None:
        import asyncio

        self._asyncio = asyncio
        self._slots = asyncio.Semaphore(100)

    async def _post(self, data: bytes, expected: int) -> None:
        assert self._slots is not None
        async with self._slots:
            if self._idle:
                reader, writer = self._idle.pop()
            else:
                reader, writer = await self._asyncio.open_connection(self._host, self._port)
            writer.write(data)
            head = await reader.readuntil(b"\r\n\r\n")
            status, length = _framing(head[:-4])
            await reader.readexactly(length)
            self._idle.append((reader, writer))
        _check(status, expected)

    async def ok(self) -> None:
        await self._post(self._ok, 200)

    async def err(self) -> None:
        await self._post(self._err, 400)

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for _, writer in idle:
            writer.close()
            await writer.wait_closed()


# --- other services: one call of DynamoDB and of SQS, this SDK's generated package and boto3 ---
#
# The packages are generated when the benchmark starts (``dynamodb`` and ``sqs``, into a folder
# on these children's path), so they are imported by name, like boto3.

TABLE = "bench-table"
QUEUE = "bench-queue"
MESSAGE = "hello from the benchmark"
"""The stub answers SendMessage with this body's MD5, which boto3 checks."""
MISSING = "missing"  # the stub answers ResourceNotFoundException / QueueDoesNotExist for it


def _queue_url(url: str, name: str) -> str:
    return f"{url.rstrip('/')}/123456789012/{name}"


class DynamoDBSdk:
    """GetItem with the generated ``dynamodb`` package's sync client."""

    def __init__(self, url: str) -> None:
        import importlib

        package: Any = importlib.import_module("dynamodb")
        models: Any = importlib.import_module("dynamodb.models")
        errors: Any = importlib.import_module("dynamodb.errors")
        self._client: Any = package.DynamoDBClient(region=REGION, endpoint_url=url)
        self._key: Any = {"pk": models.AttributeValue(s="alice")}
        self._error: type[Exception] = errors.ResourceNotFoundException

    def ok(self) -> None:
        if self._client.get_item(table_name=TABLE, key=self._key).item is None:
            raise AssertionError("no item")

    def err(self) -> None:
        try:
            self._client.get_item(table_name=MISSING, key=self._key)
        except self._error:
            return
        raise AssertionError("no ResourceNotFoundException")

    def close(self) -> None:
        self._client.close()


class DynamoDBBoto3:
    def __init__(self, url: str) -> None:
        import importlib

        boto3: Any = importlib.import_module("boto3")
        self._client: Any = boto3.client("dynamodb", region_name=REGION, endpoint_url=url)
        self._error: type[Exception] = self._client.exceptions.ResourceNotFoundException

    def ok(self) -> None:
        if "Item" not in self._client.get_item(TableName=TABLE, Key={"pk": {"S": "alice"}}):
            raise AssertionError("no item")

    def err(self) -> None:
        try:
            self._client.get_item(TableName=MISSING, Key={"pk": {"S": "alice"}})
        except self._error:
            return
        raise AssertionError("no ResourceNotFoundException")

    def close(self) -> None:
        self._client.close()


class SQSSdk:
    """SendMessage with the generated ``sqs`` package's sync client."""

    def __init__(self, url: str) -> None:
        import importlib

        package: Any = importlib.import_module("sqs")
        errors: Any = importlib.import_module("sqs.errors")
        self._client: Any = package.SQSClient(region=REGION, endpoint_url=url)
        self._queue = _queue_url(url, QUEUE)
        self._missing = _queue_url(url, MISSING)
        self._error: type[Exception] = errors.QueueDoesNotExist

    def ok(self) -> None:
        if not self._client.send_message(queue_url=self._queue, message_body=MESSAGE).message_id:
            raise AssertionError("no message id")

    def err(self) -> None:
        try:
            self._client.send_message(queue_url=self._missing, message_body=MESSAGE)
        except self._error:
            return
        raise AssertionError("no QueueDoesNotExist")

    def close(self) -> None:
        self._client.close()


class SQSBoto3:
    def __init__(self, url: str) -> None:
        import importlib

        boto3: Any = importlib.import_module("boto3")
        self._client: Any = boto3.client("sqs", region_name=REGION, endpoint_url=url)
        self._queue = _queue_url(url, QUEUE)
        self._missing = _queue_url(url, MISSING)
        self._error: type[Exception] = self._client.exceptions.QueueDoesNotExist

    def ok(self) -> None:
        if not self._client.send_message(QueueUrl=self._queue, MessageBody=MESSAGE)["MessageId"]:
            raise AssertionError("no message id")

    def err(self) -> None:
        try:
            self._client.send_message(QueueUrl=self._missing, MessageBody=MESSAGE)
        except self._error:
            return
        raise AssertionError("no QueueDoesNotExist")

    def close(self) -> None:
        self._client.close()
