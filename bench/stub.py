"""A fast keep-alive HTTP/1.1 stub of Cognito's ConfirmSignUp, run in a process of its own.

``python -m bench.stub`` listens on 127.0.0.1 (a free port), prints ``PORT <n>`` and answers
every POST with fixed bytes: ``{}`` (200) unless the request's ``ConfirmationCode`` is
``000000``, which gets the 400 ``CodeMismatchException`` Cognito sends. DynamoDB GetItem and
SQS SendMessage (told apart by ``X-Amz-Target``) get the bodies those services send: an item,
or a message id with the MD5 of ``bench.callers.MESSAGE`` (boto3 checks it); a request naming
``missing`` gets ResourceNotFoundException or SQS's QueueDoesNotExist. It is an asyncio
protocol that parses only what it needs (``Content-Length``), so it stays well ahead of the
clients measured against it, and it runs in its own process so it does not take their GIL.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import sys

from bench.callers import MESSAGE

BAD_CODE = "000000"

_REQUEST_ID = b"x-amzn-RequestId: 7f3e1a52-0b7c-4c2e-9d0e-2f61b1d6c0aa\r\n"
_OK_BODY = b"{}"
_OK = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/x-amz-json-1.1\r\n"
    + _REQUEST_ID
    + b"Content-Length: "
    + str(len(_OK_BODY)).encode()
    + b"\r\n\r\n"
    + _OK_BODY
)
_ERR_BODY = (
    b'{"__type":"CodeMismatchException",'
    b'"message":"Invalid verification code provided, please try again."}'
)
_ERR = (
    b"HTTP/1.1 400 Bad Request\r\n"
    b"Content-Type: application/x-amz-json-1.1\r\n"
    + _REQUEST_ID
    + b"x-amzn-ErrorType: CodeMismatchException:"
    b"http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/\r\n"
    b"Content-Length: " + str(len(_ERR_BODY)).encode() + b"\r\n\r\n" + _ERR_BODY
)


def _response(status: bytes, body: bytes, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"Content-Type: application/x-amz-json-1.0\r\n"
        + _REQUEST_ID
        + extra
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


_MESSAGE = MESSAGE.encode()
_GET_ITEM_OK = _response(b"200 OK", b'{"Item":{"pk":{"S":"alice"},"visits":{"N":"3"}}}')
_GET_ITEM_ERR = _response(
    b"400 Bad Request",
    b'{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",'
    b'"message":"Requested resource not found"}',
)
_SEND_OK = _response(
    b"200 OK",
    b'{"MD5OfMessageBody":"'
    + hashlib.md5(_MESSAGE).hexdigest().encode()
    + b'","MessageId":"5fea7756-0ea4-451a-a703-a558b933e274"}',
)
_SEND_ERR = _response(
    b"400 Bad Request",
    b'{"__type":"com.amazonaws.sqs#QueueDoesNotExist",'
    b'"message":"The specified queue does not exist."}',
    b"x-amzn-query-error: AWS.SimpleQueueService.NonExistentQueue;Sender\r\n",
)
_TARGET = re.compile(rb"\r\nx-amz-target:[ \t]*([\w.]+)", re.IGNORECASE)
_MISSING = re.compile(rb'"(?:TableName|QueueUrl)"\s*:\s*"[^"]*missing"')
_BY_TARGET = {
    b"DynamoDB_20120810.GetItem": (_GET_ITEM_OK, _GET_ITEM_ERR),
    b"AmazonSQS.SendMessage": (_SEND_OK, _SEND_ERR),
}
_BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
_BAD = re.compile(rb'"ConfirmationCode"\s*:\s*"' + BAD_CODE.encode() + rb'"')


class StubProtocol(asyncio.Protocol):
    """Answers each complete request in the buffer (pipelined requests included)."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self._buf
        buf += data
        transport = self._transport
        assert transport is not None
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end])
            match = _CONTENT_LENGTH.search(head)
            length = int(match.group(1)) if match else 0
            total = end + 4 + length
            if len(buf) < total:
                return
            if b"chunked" in head.lower():  # none of the contenders sends chunked bodies
                transport.write(_BAD_REQUEST)
                transport.close()
                return
            body = bytes(buf[end + 4 : total])
            del buf[:total]
            target = _TARGET.search(head)
            answers = _BY_TARGET.get(target.group(1)) if target else None
            if answers is not None:
                transport.write(answers[1] if _MISSING.search(body) else answers[0])
            else:
                transport.write(_ERR if _BAD.search(body) else _OK)


async def serve(port: int = 0) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(StubProtocol, "127.0.0.1", port, backlog=1024)
    sock = server.sockets[0]
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(port))


if __name__ == "__main__":
    main()
