"""Tests for codegen.docs: botocore HTML documentation -> plain docstring text."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

import pytest

from codegen.docs import docstring_safe, html_to_text

IAM_URL = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html"

# Verbatim from botocore's cognito-idp service-2.json (ConfirmSignUp).
CONFIRM_SIGN_UP = (
    "<p>Confirms the account of a new user. This public API operation submits a code that "
    "Amazon Cognito sent to your user when they signed up in your user pool. After your user "
    "enters their code, they confirm ownership of the email address or phone number that they "
    "provided, and their user account becomes active. Depending on your user pool "
    "configuration, your users will receive their confirmation code in an email or SMS "
    "message.</p> <p>Local users who signed up in your user pool are the only type of user who "
    "can confirm sign-up with a code. Users who federate through an external identity provider "
    "(IdP) have already been confirmed by their IdP.</p> <note> <p>Amazon Cognito doesn't "
    "evaluate Identity and Access Management (IAM) policies in requests for this API operation. "
    "For this operation, you can't use IAM credentials to authorize requests, and you can't "
    "grant IAM permissions in policies. For more information about authorization models in "
    'Amazon Cognito, see <a href="' + IAM_URL + '">Using the Amazon Cognito user pools API and '
    "user pool endpoints</a>.</p> </note>"
)

# Verbatim from SignUp (the second <note> and the last paragraph).
SIGN_UP_TAIL = (
    "<note> <p>This action might generate an SMS text message. Starting June 1, 2021, US "
    "telecom carriers require you to register an origination phone number before you can send "
    "SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must "
    'register a phone number with <a href="https://console.aws.amazon.com/pinpoint/home/">Amazon '
    "Pinpoint</a>. Amazon Cognito uses the registered number automatically.</p> <p>If you have "
    "never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, "
    "Amazon Simple Notification Service might place your account in the SMS sandbox. In <i> "
    '<a href="https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html">sandbox mode</a> '
    "</i>, you can send messages only to verified phone numbers.</p> </note> <p>You might "
    "receive a <code>LimitExceeded</code> exception in response to this request if you have "
    "exceeded a rate quota for email or SMS messages. When you get this exception in the "
    "response, the user is successfully created and is in an <code>UNCONFIRMED</code> "
    "state.</p>"
)

# Verbatim from UserPoolType.MfaConfiguration: a list whose items wrap their text in <p>.
MFA_CONFIGURATION = (
    "<p>Can be one of the following values:</p> <ul> <li> <p> <code>OFF</code> - MFA tokens "
    "aren't required and can't be specified during user registration.</p> </li> <li> <p> "
    "<code>ON</code> - MFA tokens are required for all user registrations. You can only specify "
    "required when you're initially creating a user pool.</p> </li> <li> <p> "
    "<code>OPTIONAL</code> - Users have the option when registering to create an MFA token.</p> "
    "</li> </ul>"
)

# Verbatim from GetUserAuthFactors (first part): an ordered list.
GET_USER_AUTH_FACTORS = (
    "<p>Lists the authentication options for the currently signed-in user. Returns the "
    "following:</p> <ol> <li> <p>The user's multi-factor authentication (MFA) preferences.</p> "
    "</li> <li> <p>The user's options for choice-based authentication with the "
    "<code>USER_AUTH</code> flow.</p> </li> </ol> <p>Authorize this action with a signed-in "
    "user's access token.</p>"
)

# Verbatim from ClientSecretDescriptorType.ClientSecretId: entities in text.
CLIENT_SECRET_ID = (
    "<p>The unique identifier for the client secret. This identifier follows the format "
    "&lt;client-id&gt;--&lt;epoch-create-time&gt;.</p>"
)

# Shortened from UserPoolType.SmsConfigurationFailure: a definition list.
SMS_CONFIGURATION_FAILURE = (
    "<p>The reason why the SMS configuration can't send the messages to your users.</p> <dl> "
    "<dt>InvalidSmsRoleAccessPolicyException</dt> <dd> <p>The Identity and Access Management "
    "role that Amazon Cognito uses to send SMS messages isn't properly configured.</p> </dd> "
    "<dt>SNSSandbox</dt> <dd> <p>The Amazon Web Services account is in the SNS SMS Sandbox.</p> "
    "</dd> </dl>"
)


def _max_len_of_breakable(text: str) -> int:
    """Longest line that contains a space after its indentation (i.e. could have wrapped)."""
    return max((len(line) for line in text.splitlines() if " " in line.strip()), default=0)


# -- paragraphs and notes ---------------------------------------------------------------------


def test_confirm_sign_up_paragraphs_note_and_link() -> None:
    text = html_to_text(CONFIRM_SIGN_UP)
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Confirms the account of a new user. This public API")
    assert paragraphs[1].startswith("Local users who signed up")
    assert paragraphs[2].startswith("Note: Amazon Cognito doesn't evaluate Identity")
    assert "Note:" not in paragraphs[0] + paragraphs[1]
    flat = " ".join(text.split())
    assert (
        "see Using the Amazon Cognito user pools API and user pool endpoints (" + IAM_URL + ")."
    ) in flat
    assert "<" not in text
    assert _max_len_of_breakable(text) <= 88
    assert text == text.strip()
    assert all(line == line.rstrip() for line in text.splitlines())


def test_sign_up_note_prefix_only_on_first_paragraph() -> None:
    text = html_to_text(SIGN_UP_TAIL)
    paragraphs = text.split("\n\n")
    assert [p.split(" ", 1)[0] for p in paragraphs] == ["Note:", "If", "You"]
    flat = " ".join(text.split())
    assert "register a phone number with Amazon Pinpoint (https://console.aws.amazon.com/" in flat
    # Whitespace left inside <i> before the comma does not end up in front of it.
    assert (
        "In sandbox mode (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you"
        in flat
    )
    assert "receive a `LimitExceeded` exception" in flat
    assert "in an `UNCONFIRMED` state." in flat


def test_important_prefix() -> None:
    html = "<important> <p>Keep it secret.</p> <p>Really.</p> </important><p>Done.</p>"
    assert html_to_text(html) == "Important: Keep it secret.\n\nReally.\n\nDone."


def test_block_elements_make_paragraphs() -> None:
    html = "<fullname>Cognito</fullname><h2>Title</h2><div>one</div>two<p>three</p>"
    assert html_to_text(html) == "Cognito\n\nTitle\n\none\n\ntwo\n\nthree"


def test_whitespace_is_collapsed() -> None:
    html = "<p>  Some\n   text\twith \n\n runs   of  space. </p>\n\n  <p>\n Next. </p>"
    assert html_to_text(html) == "Some text with runs of space.\n\nNext."


def test_br_is_a_line_break() -> None:
    assert html_to_text("<p>line one<br/>line two<br>line three</p>") == (
        "line one\nline two\nline three"
    )


# -- lists ----------------------------------------------------------------------------------


def test_unordered_list_with_p_inside_li() -> None:
    text = html_to_text(MFA_CONFIGURATION)
    assert text == (
        "Can be one of the following values:\n"
        "\n"
        "- `OFF` - MFA tokens aren't required and can't be specified during user registration.\n"
        "- `ON` - MFA tokens are required for all user registrations. You can only specify\n"
        "  required when you're initially creating a user pool.\n"
        "- `OPTIONAL` - Users have the option when registering to create an MFA token."
    )


def test_ordered_list() -> None:
    text = html_to_text(GET_USER_AUTH_FACTORS)
    assert text == (
        "Lists the authentication options for the currently signed-in user. Returns the\n"
        "following:\n"
        "\n"
        "1. The user's multi-factor authentication (MFA) preferences.\n"
        "2. The user's options for choice-based authentication with the `USER_AUTH` flow.\n"
        "\n"
        "Authorize this action with a signed-in user's access token."
    )


def test_nested_lists_are_indented_two_more_spaces_per_level() -> None:
    html = (
        "<p>Intro.</p><ul><li><p>a</p><ul><li>b<ol><li>c</li><li>d</li></ol></li></ul></li>"
        "<li>e</li></ul><p>After.</p>"
    )
    assert html_to_text(html) == ("Intro.\n\n- a\n  - b\n    1. c\n    2. d\n- e\n\nAfter.")


def test_wrapped_bullet_continuation_is_indented() -> None:
    html = "<ul><li>" + "word " * 30 + "</li></ul>"
    lines = html_to_text(html, width=40).splitlines()
    assert lines[0].startswith("- word")
    assert len(lines) > 1
    assert all(line.startswith("  word") for line in lines[1:])
    assert all(len(line) <= 40 for line in lines)


def test_second_paragraph_in_item_is_not_a_new_bullet() -> None:
    html = "<ul><li><p>first</p><p>more about first</p></li><li><p>second</p></li></ul>"
    text = html_to_text(html)
    assert text == "- first\n\n  more about first\n- second"
    assert text.count("- ") == 2


def test_definition_list() -> None:
    assert html_to_text(SMS_CONFIGURATION_FAILURE) == (
        "The reason why the SMS configuration can't send the messages to your users.\n"
        "\n"
        "InvalidSmsRoleAccessPolicyException\n"
        "    The Identity and Access Management role that Amazon Cognito uses to send SMS\n"
        "    messages isn't properly configured.\n"
        "\n"
        "SNSSandbox\n"
        "    The Amazon Web Services account is in the SNS SMS Sandbox."
    )


# -- inline markup --------------------------------------------------------------------------


def test_code_spans_get_backticks() -> None:
    html = "<p>Compute the <code>SecretHash</code> and set <code> USERNAME </code>.</p>"
    assert html_to_text(html) == "Compute the `SecretHash` and set `USERNAME`."


def test_emphasis_keeps_only_text() -> None:
    html = "<p><b>bold</b>, <i>italic</i>, <em>em</em> and <strong>strong</strong>.</p>"
    assert html_to_text(html) == "bold, italic, em and strong."


def test_unknown_tags_keep_their_text() -> None:
    assert html_to_text("<p>a <span>b</span> <foo>c</foo></p>") == "a b c"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="https://example.com/x">the docs</a>', "the docs (https://example.com/x)"),
        ('<a href="https://example.com/x">https://example.com/x</a>', "https://example.com/x"),
        ('<a href="https://example.com/x"></a>', "https://example.com/x"),
        ('<a href="https://example.com/x"> </a>', "https://example.com/x"),
        ('<a href="API_SignUp.html">SignUp</a>', "SignUp"),
        ('<a href="#anchor">section</a>', "section"),
        ('<a href="">empty href</a>', "empty href"),
        ("<a>no href</a>", "no href"),
    ],
)
def test_links(html: str, expected: str) -> None:
    assert html_to_text(f"<p>{html}</p>") == expected


def test_link_with_code_text() -> None:
    html = '<p>See <a href="https://example.com/api"><code>InitiateAuth</code></a>.</p>'
    assert html_to_text(html) == "See `InitiateAuth` (https://example.com/api)."


def test_entities_are_decoded() -> None:
    text = " ".join(html_to_text(CLIENT_SECRET_ID).split())
    assert text.endswith("format <client-id>--<epoch-create-time>.")
    assert html_to_text("<p>a &amp; b &lt; c &quot;q&quot; &#39;s&#39;</p>") == (
        "a & b < c \"q\" 's'"
    )


# -- wrapping -------------------------------------------------------------------------------


def test_wrapping_never_splits_urls() -> None:
    url = (
        "https://docs.aws.amazon.com/cognito/latest/developerguide/"
        "cognito-user-pools-managed-login.html#managed-login-localization"
    )
    html = f'<p>Localization with-hyphens-everywhere, see <a href="{url}">Managed login</a>.</p>'
    for width in (20, 40, 88):
        text = html_to_text(html, width=width)
        assert f"({url})." in text.splitlines()
        assert "with-hyphens-everywhere," in text.split()
        assert _max_len_of_breakable(text) <= width


def test_default_width_is_88() -> None:
    text = html_to_text("<p>" + "abcd " * 100 + "</p>")
    assert max(len(line) for line in text.splitlines()) <= 88
    assert max(len(line) for line in text.splitlines()) > 80


# -- edge cases -----------------------------------------------------------------------------


@pytest.mark.parametrize("html", [None, "", "   ", "<p> </p>", "<ul><li></li></ul>"])
def test_empty_input(html: str | None) -> None:
    assert html_to_text(html) == ""


def test_plain_text_passes_through() -> None:
    assert html_to_text("Just text.") == "Just text."


def test_output_is_deterministic() -> None:
    assert html_to_text(SIGN_UP_TAIL) == html_to_text(SIGN_UP_TAIL)


# -- docstring_safe -------------------------------------------------------------------------


def _as_docstring(text: str) -> str:
    """Evaluate ``text`` the way Python reads it inside a triple-quoted docstring."""
    value = ast.literal_eval(f'"""{docstring_safe(text)}"""')
    assert isinstance(value, str)
    return value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "plain"),
        ("C:\\path\\n", "C:\\\\path\\\\n"),
        ('say """hi"""', 'say \\"\\"\\"hi\\"\\"\\"'),
        ('ends with "quote"', 'ends with "quote\\"'),
        ('ends with backslash-quote \\"', 'ends with backslash-quote \\\\\\"'),
        ("", ""),
    ],
)
def test_docstring_safe_escapes(text: str, expected: str) -> None:
    assert docstring_safe(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "back\\slash \\n \\x00 \\N{DASH}",
        'triple """ inside',
        'four """" quotes',
        'ends with "',
        'ends with ""',
        'ends with """',
        "ends with backslash \\",
        'ends with \\"',
    ],
)
def test_docstring_safe_round_trips_through_python(text: str) -> None:
    assert _as_docstring(text) == text


# -- the whole installed model ----------------------------------------------------------------

LEFTOVER_TAG = re.compile(
    r"</?(?:p|code|a|li|ul|ol|note|important|dl|dt|dd|b|i|em|strong|br|div|fullname)\b[^<]*>"
    r"|<a\s"
)


def _model_docs() -> Iterator[tuple[str, str]]:
    loaders = pytest.importorskip("botocore.loaders")
    model = loaders.Loader().load_service_model("cognito-idp", "service-2")
    yield "service", model.get("documentation", "")
    for name, operation in model["operations"].items():
        yield f"operation {name}", operation.get("documentation", "")
    for name, shape in model["shapes"].items():
        yield f"shape {name}", shape.get("documentation", "")
        for member_name, member in shape.get("members", {}).items():
            yield f"member {name}.{member_name}", member.get("documentation", "")


def test_every_cognito_idp_documentation_string_converts_cleanly() -> None:
    converted = 0
    for where, html in _model_docs():
        text = html_to_text(html)
        assert not LEFTOVER_TAG.search(text), where
        assert text == text.strip("\n"), where
        assert "\n\n\n" not in text, where
        assert all(line == line.rstrip() for line in text.splitlines()), where
        assert _max_len_of_breakable(text) <= 88, where
        assert _as_docstring(text) == text, where
        if html:
            assert text, where
            converted += 1
    assert converted > 500
