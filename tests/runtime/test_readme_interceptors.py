"""README.md's "Interceptors and tracing" example runs as written, against a local server."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.support.stub_server import StubServer

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_example(section: str) -> str:
    """The first ``python`` code block of the README section with this heading."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {section}\n")
    block = re.search(r"```python\n(.*?)```", text[start:], re.DOTALL)
    assert block is not None, f"no python example under {section!r}"
    return block.group(1)


def test_the_interceptors_example_adds_its_header_and_prints_what_it_says(
    stub: StubServer, tmp_path: Path
) -> None:
    example = readme_example("Interceptors and tracing")
    expected = re.findall(r"^# prints: (.*)$", example, re.MULTILINE)
    # Only the server's address: no AWS setting or file of the developer's reaches the example.
    env = {"AWS_ENDPOINT_URL": stub.url, "HOME": str(tmp_path)}

    done = subprocess.run(
        [sys.executable, "-c", example], capture_output=True, text=True, env=env, check=True
    )

    assert (
        done.stdout.splitlines()
        == expected
        == ["ConfirmSignUp: ConfirmSignUpResponse after 1 attempt(s)"]
    )
    assert stub.requests[0].header("x-tenant") == "acme"
