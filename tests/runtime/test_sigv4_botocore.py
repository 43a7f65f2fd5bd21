"""The signer gives exactly the headers botocore's ``SigV4Auth`` gives for the same request.

Random requests (methods, URLs with odd paths and queries, header names in any case with
repeated, unsigned and white-space-laden values, bodies, with and without a session token,
several Regions and services) are signed by both at the same fixed time.
"""

from __future__ import annotations

import datetime
from unittest import mock

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from typedaws_runtime import sigv4
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.urls import InvalidUrl, split_url

REPLACED = {"authorization", "x-amz-date", "x-amz-security-token"}


def botocore_headers(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    creds: Credentials,
    region: str,
    service: str,
    when: datetime.datetime,
) -> list[tuple[str, str]]:
    """What botocore sends, given the request as the client passed it to botocore before: any
    earlier signature headers dropped."""
    request = botocore.awsrequest.AWSRequest(
        method=method,
        url=url,
        headers={k: v for k, v in headers.items() if k.lower() not in REPLACED},
        data=body,
    )
    frozen = botocore.credentials.ReadOnlyCredentials(
        creds.access_key_id, creds.secret_access_key, creds.session_token
    )
    with mock.patch.object(botocore.auth, "get_current_datetime", lambda: when):
        botocore.auth.SigV4Auth(frozen, service, region).add_auth(request)
    return sorted(request.headers.items())


def ours(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    creds: Credentials,
    region: str,
    service: str,
    when: datetime.datetime,
) -> list[tuple[str, str]]:
    signed = sigv4.sign(
        method,
        url,
        headers,
        body,
        access_key_id=creds.access_key_id,
        secret_access_key=creds.secret_access_key,
        session_token=creds.session_token,
        region=region,
        service=service,
        now=when.replace(tzinfo=datetime.UTC).timestamp(),
    )
    return sorted(signed.items())


# -- strategies -----------------------------------------------------------------------------------

URL_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="#?")
QUERY_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="#")

hosts = st.sampled_from(
    [
        "cognito-idp.eu-west-1.amazonaws.com",
        "Cognito-IDP.US-EAST-1.AmazonAWS.com",
        "127.0.0.1",
        "localhost",
        "my_svc.local",
        "[::1]",
        "[FE80::1:AbCd]",
        "host.example.",
    ]
)
ports = st.one_of(
    st.just(""),
    st.just(":"),
    st.sampled_from([":80", ":443", ":0080", ":8443"]),
    st.integers(1, 65535).map(lambda p: f":{p}"),
)
segments = st.one_of(
    st.sampled_from(["", ".", "..", "%20", "~user", "a%2Fb", "%C3%A9", "a+b", "$x!*'(),;:@&="]),
    st.text(URL_CHARS, max_size=8).map(lambda s: s.replace("/", "")),
)
paths = st.one_of(
    st.just(""),
    st.lists(segments, max_size=6).map(lambda parts: "/" + "/".join(parts)),
)
queries = st.one_of(
    st.just(""),
    st.just("?"),
    st.text(QUERY_CHARS, max_size=30).map(lambda q: "?" + q),
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "B", "x-y", "%41"]), st.text(URL_CHARS, max_size=4)),
        max_size=5,
    ).map(lambda pairs: "?" + "&".join(f"{k}={v}" for k, v in pairs)),
)
fragments = st.one_of(st.just(""), st.text(QUERY_CHARS, max_size=6).map(lambda f: "#" + f))


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["https", "http", "HTTPS", "Http"]))
    url = f"{scheme}://{draw(hosts)}{draw(ports)}{draw(paths)}{draw(queries)}{draw(fragments)}"
    try:
        split_url(url)  # the client sends only URLs this accepts
    except InvalidUrl:
        assume(False)
    return url


NAMES = [
    "Content-Type",
    "content-type",
    "X-Amz-Target",
    "Content-Length",
    "User-Agent",
    "user-agent",
    "Host",
    "X-Amz-Content-SHA256",
    "Expect",
    "X-Amzn-Trace-Id",
    "traceparent",
    "Connection",
    "Transfer-Encoding",
    "x-amzn-query-mode",
    "Content-Encoding",
    "Date",
    "date",
    "Authorization",
    "X-Amz-Date",
    "x-amz-date",
    "X-Amz-Security-Token",
    "amz-sdk-invocation-id",
]
header_names = st.one_of(
    st.sampled_from(NAMES),
    st.text(st.sampled_from("abcXYZ-_019"), min_size=1, max_size=10),
)
header_values = st.one_of(
    st.sampled_from(["application/x-amz-json-1.1", "100-continue", "  a   b  ", "\ta\t\tb\n", ""]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20),
)
credentials = st.builds(
    Credentials,
    access_key_id=st.text(st.sampled_from("AKIDEXAMPLE0123"), min_size=1, max_size=20),
    secret_access_key=st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
    session_token=st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=40)),
)
regions = st.sampled_from(
    ["eu-west-1", "us-east-1", "ap-southeast-2", "us-gov-west-1", "cn-north-1"]
)
services = st.sampled_from(["cognito-idp", "dynamodb", "sqs", "kms", "execute-api"])
times = st.datetimes(
    min_value=datetime.datetime(2001, 1, 1), max_value=datetime.datetime(2099, 12, 31)
).map(lambda t: t.replace(microsecond=0))


@given(
    method=st.sampled_from(["POST", "GET", "put", "Delete"]),
    url=urls(),
    headers=st.dictionaries(header_names, header_values, max_size=10),
    body=st.one_of(st.just(b""), st.binary(max_size=300)),
    creds=credentials,
    region=regions,
    service=services,
    when=times,
)
def test_signed_headers_equal_botocores(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    creds: Credentials,
    region: str,
    service: str,
    when: datetime.datetime,
) -> None:
    args = (method, url, headers, body, creds, region, service, when)
    assert ours(*args) == botocore_headers(*args)


@pytest.mark.parametrize(
    "url",
    [
        "https://cognito-idp.eu-west-1.amazonaws.com/",
        "http://127.0.0.1:8080/a/./b/../c//d/?z=1&a=2&a=1&b",
        "https://[fe80::1%25eth0]:443/p%2Fq/~x/é",
        "https://H.example:443",
        "http://h:/",
    ],
)
@pytest.mark.parametrize("token", [None, "session-token"])
def test_typical_requests(url: str, token: str | None) -> None:
    headers = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService.AdminGetUser",
        "Content-Length": "2",
        "User-Agent": "typedaws/1 Python/3.11",
    }
    creds = Credentials(access_key_id="AKID", secret_access_key="secret", session_token=token)
    when = datetime.datetime(2024, 2, 29, 23, 59, 59)
    args = ("POST", url, headers, b"{}", creds, "eu-west-1", "cognito-idp", when)
    assert ours(*args) == botocore_headers(*args)


def test_signing_key_is_per_day_region_and_service() -> None:
    """The cached key never outlives its day, Region or service."""
    creds = Credentials(access_key_id="AKID", secret_access_key="secret")
    headers = {"Content-Type": "application/x-amz-json-1.1"}
    url = "https://example.com/"
    day = datetime.datetime(2024, 12, 31, 23, 59, 59)
    for when in (day, day + datetime.timedelta(seconds=1), day):
        for region, service in [("eu-west-1", "sqs"), ("us-east-1", "sqs"), ("us-east-1", "kms")]:
            args = ("POST", url, headers, b"x", creds, region, service, when)
            assert ours(*args) == botocore_headers(*args)


def test_sign_leaves_the_given_headers_alone() -> None:
    headers = {"X-Amz-Date": "old", "Authorization": "old", "Content-Type": "a"}
    before = dict(headers)
    signed = sigv4.sign(
        "POST",
        "https://example.com/",
        headers,
        b"",
        access_key_id="AKID",
        secret_access_key="secret",
        session_token=None,
        region="eu-west-1",
        service="sqs",
    )
    assert headers == before
    assert signed["X-Amz-Date"] != "old"
    assert list(signed) == ["Content-Type", "X-Amz-Date", "Authorization"]
