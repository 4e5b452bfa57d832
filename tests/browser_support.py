"""Shared by the browser tests: Debian's Chromium driven by Playwright, and a page context that
records console errors, uncaught page errors and any request to something the app does not serve."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, ViewportSize, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE: ViewportSize = {"width": 390, "height": 844}
UI_TIMEOUT_MS = 10_000


@dataclass
class PageProbe:
    """A page plus everything it reported that a test may want to fail on."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def assert_clean(self, allowed: tuple[re.Pattern[str], ...] = ()) -> None:
        errors = [e for e in self.console_errors if not any(p.search(e) for p in allowed)]
        assert not errors, f"browser console errors: {errors}"
        assert not self.page_errors, f"uncaught page errors: {self.page_errors}"
        assert not self.foreign_requests, f"page tried to load external resources: {self.foreign_requests}"


@contextmanager
def launch_chromium() -> Iterator[Browser]:
    """Debian's headless Chromium; the test is skipped, saying why, when it is not installed."""
    if not CHROMIUM.exists():
        found = shutil.which("chromium")
        pytest.skip(
            f"{CHROMIUM} is missing (install Debian's chromium: apt-get install -y chromium chromium-driver)"
            + (f"; a chromium was found at {found} but the test only uses {CHROMIUM}" if found else "")
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@contextmanager
def open_page(
    browser: Browser,
    base_url: str,
    viewport: ViewportSize = PHONE,
    mobile: bool = True,
    token: str | None = None,
) -> Iterator[PageProbe]:
    """A fresh context and page on ``base_url`` that blocks and records requests to other hosts.
    With ``token``, the tab starts signed in (the token is put where the sign-in form keeps it);
    without, the page shows its sign-in form (see :func:`sign_in`)."""
    context = browser.new_context(
        viewport=viewport,
        device_scale_factor=2 if mobile else 1,
        is_mobile=mobile,
        has_touch=mobile,
        locale="zh-CN",
        base_url=base_url,
        accept_downloads=True,
    )
    context.set_default_timeout(UI_TIMEOUT_MS)
    own = urlsplit(base_url).netloc
    if token:
        origin = json.dumps(f"http://{own}")
        context.add_init_script(
            f"try {{ if (location.origin === {origin} && !sessionStorage.getItem('jingzhi.token')) "
            f"sessionStorage.setItem('jingzhi.token', {json.dumps(token)}); }} catch (e) {{}}"
        )
    page = context.new_page()
    probe = PageProbe(page=page)

    def gatekeeper(route: Route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or parts.netloc == own:
            route.continue_()
        else:
            probe.foreign_requests.append(url)
            route.abort()

    context.route("**/*", gatekeeper)
    page.on("console", lambda msg: probe.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: probe.page_errors.append(str(exc)))
    try:
        yield probe
    finally:
        context.close()


def sign_in(page: Page, username: str, password: str) -> None:
    """Sign in through the page's own form (common.js: JingzhiAuth) and wait until it closes."""
    form = page.locator("#auth-form")
    form.locator("#auth-username").fill(username)
    form.locator("#auth-password").fill(password)
    form.locator("#auth-submit").click()
    page.locator("#auth-overlay").wait_for(state="hidden")
