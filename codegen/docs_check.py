"""Checks the built documentation site as a reader meets it: every internal link and anchor
resolves, and in headless Chromium the start page and the ConfirmSignUp page render and the
theme's search (client-side JavaScript) finds ``confirm_sign_up``. Run by ``make docs-check``::

    python -m codegen.docs_check [--site build/docs/site] [--shots build/docs-check]

Chromium is driven over its DevTools protocol on a pipe (``--remote-debugging-pipe``), with the
standard library only, so that this module type-checks with the development tools alone.
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import functools
import http.server
import inspect
import json
import os
import re
import select
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import cast
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from codegen.docs_pages import OUT, ROOT, first_sentence

SITE = OUT / "site"
SHOTS = ROOT / "build" / "docs-check"
OPERATION_PAGE = "api/operations/confirm_sign_up/"
SEARCH_TERM = "confirm_sign_up"

# As the machine notes advise for a closed network: no background connections, no sandbox
# (root), a profile of its own.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-pipe",
)

_HREF = re.compile(r'\s(?:href|src)="([^"]*)"')
_ID = re.compile(r'\sid="([^"]*)"')


class CheckFailed(Exception):
    """What a reader would meet: a broken link, a page without its content, a failed search."""


def _page_url(site: Path, page: Path) -> str:
    rel = page.relative_to(site).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def _target_file(site: Path, path: str) -> Path | None:
    local = site / unquote(path).lstrip("/")
    if path.endswith("/") or local.is_dir():
        local = local / "index.html"
    return local if local.is_file() else None


def broken_links(site: Path) -> list[str]:
    """Every internal href or src of the built HTML that leads to no file or no anchor."""
    ids: dict[Path, set[str]] = {}

    def anchors(page: Path) -> set[str]:
        if page not in ids:
            found: list[str] = _ID.findall(page.read_text(encoding="utf-8"))
            ids[page] = set(found)
        return ids[page]

    problems: list[str] = []
    for page in sorted(site.rglob("*.html")):
        base = _page_url(site, page)
        links: list[str] = _HREF.findall(page.read_text(encoding="utf-8"))
        for link in set(links):
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "#__")):
                continue
            path, fragment = urldefrag(link)
            resolved = urlsplit(urljoin("http://site" + base, path)).path if path else base
            target = _target_file(site, resolved)
            if target is None:
                problems.append(f"{base}: {link} leads to no page")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in anchors(target):
                problems.append(f"{base}: {link} names no anchor of {resolved}")
    return sorted(problems)


@contextmanager
def serve(site: Path) -> Generator[str]:
    """The site over HTTP on loopback (the search runs in a worker, which file:// forbids)."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class Chromium:
    """A headless Chromium and one page, spoken to over the DevTools protocol on a pipe."""

    def __init__(self, executable: str, *, width: int = 1280, height: int = 900) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="docs-check-")
        to_browser_r, self._to_browser = _high_pipe()
        self._from_browser, from_browser_w = _high_pipe()
        # Chromium reads commands on fd 3 and writes answers on fd 4.
        self._pid = os.posix_spawn(
            executable,
            [executable, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile.name}"],
            dict(os.environ),
            file_actions=[
                (os.POSIX_SPAWN_DUP2, to_browser_r, 3),
                (os.POSIX_SPAWN_DUP2, from_browser_w, 4),
                (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
            ],
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[Mapping[str, object]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})
        attached = self.call(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}
        )
        self._session = str(attached["sessionId"])
        self.call("Page.enable", session=True)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=True,
        )

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=10)
        except (CheckFailed, OSError):
            os.kill(self._pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while os.waitpid(self._pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
                break
            time.sleep(0.05)
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()

    def call(
        self,
        method: str,
        params: Mapping[str, object] | None = None,
        *,
        session: bool = False,
        timeout: float = 30,
    ) -> Mapping[str, object]:
        """Send one command and return its result, keeping the events that arrive meanwhile."""
        self._next_id += 1
        message: dict[str, object] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self._next_id:
                error = reply.get("error")
                if error is not None:
                    raise CheckFailed(f"Chromium refused {method}: {error}")
                return _object(reply.get("result"))
            self._events.append(reply)

    def _receive(self, deadline: float, waiting_for: str) -> Mapping[str, object]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise CheckFailed(f"Chromium did not answer {waiting_for} in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise CheckFailed("Chromium exited")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return _object(json.loads(raw))

    def goto(self, url: str, timeout: float = 30) -> None:
        """Load a page and wait for its load event."""
        self._events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self._events):
            self._events.append(self._receive(deadline, f"the load of {url}"))

    def evaluate(self, expression: str) -> object:
        """The value of a JavaScript expression in the page."""
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            session=True,
        )
        if "exceptionDetails" in result:
            raise CheckFailed(f"{expression!r} threw: {result['exceptionDetails']}")
        return _object(result.get("result")).get("value")

    def wait_for(self, expression: str, what: str, timeout: float = 60) -> object:
        """Poll an expression until it is truthy; its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CheckFailed(f"{what}: not seen within {timeout:.0f} s")
            time.sleep(0.2)

    def type_text(self, text: str) -> None:
        self.call("Input.insertText", {"text": text}, session=True)

    def screenshot(self, path: Path) -> None:
        shot = self.call("Page.captureScreenshot", {"format": "png"}, session=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(str(shot["data"])))


def _object(value: object) -> dict[str, object]:
    # A JSON object of the protocol; anything else reads as empty.
    return cast("dict[str, object]", value) if isinstance(value, dict) else {}


def _high_pipe() -> tuple[int, int]:
    # Moved to fd 10 and up, so that placing them on fds 3 and 4 in the child never lands a
    # descriptor on itself (which would leave it close-on-exec).
    read, write = os.pipe()
    high = (
        fcntl.fcntl(read, fcntl.F_DUPFD_CLOEXEC, 10),
        fcntl.fcntl(write, fcntl.F_DUPFD_CLOEXEC, 10),
    )
    os.close(read)
    os.close(write)
    return high


def _text(expression: str) -> str:
    return json.dumps(expression)


def browser_checks(chromium: Chromium, base: str, shots: Path) -> list[str]:
    """Load the start page, the ConfirmSignUp page and a search, as a reader would."""
    from cognito_idp.client import CognitoIdentityProviderClient

    method = CognitoIdentityProviderClient.confirm_sign_up
    sentence = first_sentence(method.__doc__)
    parameters = [name for name in inspect.signature(method).parameters if name != "self"]
    done: list[str] = []

    chromium.goto(base)
    chromium.wait_for(
        "document.querySelector('article h1')?.textContent.includes('cognito-idp-typed')",
        "the start page's title",
    )
    chromium.wait_for(
        "document.querySelector('article')?.innerText.includes('confirm_sign_up(')",
        "the start page's first call",
    )
    chromium.screenshot(shots / "start.png")
    done.append("the start page renders its title and first call")

    chromium.goto(base + OPERATION_PAGE)
    body = "document.querySelector('article')?.innerText.replace(/\\s+/g, ' ') ?? ''"
    chromium.wait_for(f"{body}.includes({_text(sentence)})", f"the docstring's {sentence!r}")
    for name in parameters:
        chromium.wait_for(f"{body}.includes({_text(name)})", f"the parameter {name}")
    chromium.screenshot(shots / "confirm_sign_up.png")
    done.append(f"ConfirmSignUp shows {sentence!r} and its {len(parameters)} parameters")

    chromium.goto(base)
    chromium.wait_for("!!document.querySelector('input.md-search__input')", "the search box")
    chromium.evaluate("document.querySelector('input.md-search__input').focus()")
    chromium.type_text(SEARCH_TERM)
    links = (
        "[...document.querySelectorAll('.md-search-result a')]"
        f".map(a => a.href).filter(h => h.includes({_text(OPERATION_PAGE)}))"
    )
    found = chromium.wait_for(f"{links}.length && {links}", f"a search result for {SEARCH_TERM}")
    chromium.screenshot(shots / "search.png")
    first = cast("list[object]", found)[0] if isinstance(found, list) else found
    done.append(f"searching {SEARCH_TERM!r} lists {first}")
    return done


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise CheckFailed("no Chromium found: make docs-check installs Debian's chromium package")


def check(site: Path = SITE, shots: Path = SHOTS, echo: Callable[[str], object] = print) -> None:
    """Run every check; raise CheckFailed naming what a reader would meet."""
    if not (site / "index.html").is_file():
        raise CheckFailed(f"no site at {site}: run make docs first")
    started = time.monotonic()
    problems = broken_links(site)
    if problems:
        raise CheckFailed("broken internal links:\n  " + "\n  ".join(problems[:50]))
    pages = sum(1 for _ in site.rglob("*.html"))
    echo(f"links: every internal link and anchor of {pages} pages resolves")
    with serve(site) as base:
        chromium = Chromium(find_chromium())
        try:
            for line in browser_checks(chromium, base, shots):
                echo(f"chromium: {line}")
        finally:
            chromium.close()
    echo(f"screenshots in {shots}; {time.monotonic() - started:.1f} s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.docs_check", description=__doc__)
    parser.add_argument("--site", type=Path, default=SITE)
    parser.add_argument("--shots", type=Path, default=SHOTS)
    args = parser.parse_args(argv)
    try:
        check(args.site, args.shots)
    except CheckFailed as failure:
        print(f"docs-check failed: {failure}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
