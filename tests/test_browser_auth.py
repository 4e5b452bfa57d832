"""Signing in on the pages, in a real headless Chromium at phone and desktop size: the form, the
token kept for the tab, sign-out, a token that expires mid-session (the pending question is asked
again after the new sign-in), the one-time password, and each role seeing only its pages."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ViewportSize, expect

from tests.browser_support import PHONE, launch_chromium, open_page
from tests.conftest import TEST_PASSWORD, TestUsers

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
ANSWER_TIMEOUT_MS = 90_000
#: Chromium logs every 4xx response as a console error; the sign-in tests cause some on purpose.
EXPECTED_4XX = (re.compile(r"status of 40[13]"),)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_chromium() as b:
        yield b


@pytest.mark.parametrize(("viewport", "mobile"), [(PHONE, True), (DESKTOP, False)], ids=["phone", "desktop"])
def test_sign_in_keeps_the_token_for_the_tab_and_signs_out(
    browser: Browser, live_server: str, viewport: ViewportSize, mobile: bool, artifacts_dir: Path
) -> None:
    size = f"{viewport['width']}x{viewport['height']}"
    with open_page(browser, live_server, viewport, mobile) as probe:
        page = probe.page
        page.goto("/", wait_until="load")
        overlay = page.locator("#auth-overlay")
        expect(overlay).to_be_visible()
        expect(page.locator("#question")).to_be_hidden()  # nothing of the page before sign-in
        for selector in ("#auth-username", "#auth-password", "#auth-submit"):
            box = page.locator(selector).bounding_box()
            assert box is not None and box["height"] >= 44, (selector, box)
        page.screenshot(path=str(artifacts_dir / f"sign-in-{size}.png"))

        page.locator("#auth-username").fill("test-officer")
        page.locator("#auth-password").fill("not the password")
        page.locator("#auth-submit").click()
        expect(page.locator("#auth-error")).to_contain_text("用户名或密码错误")
        expect(overlay).to_be_visible()

        page.locator("#auth-password").fill(TEST_PASSWORD)
        page.locator("#auth-submit").click()
        expect(overlay).to_be_hidden()
        expect(page.locator("#question")).to_be_visible()
        expect(page.locator("#auth-user")).to_have_text("test-officer · 民警")
        expect(page.locator("#auth-bar .auth-nav-link")).to_have_count(0)  # officers have no other page
        expect(page.locator("#district option").first).not_to_have_text("加载中…")  # data loads once signed in
        assert page.evaluate("sessionStorage.getItem('jingzhi.token')")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        page.screenshot(path=str(artifacts_dir / f"signed-in-{size}.png"))

        page.reload(wait_until="load")  # the tab keeps the token
        expect(page.locator("#question")).to_be_visible()
        expect(overlay).to_be_hidden()

        page.locator("#auth-signout").click()
        expect(overlay).to_be_visible()
        expect(page.locator("#auth-username")).to_be_visible()
        assert page.evaluate("sessionStorage.getItem('jingzhi.token')") is None
        probe.assert_clean(allowed=EXPECTED_4XX)

    with open_page(browser, live_server, viewport, mobile) as other_tab:  # a new tab signs in again
        other_tab.page.goto("/", wait_until="load")
        expect(other_tab.page.locator("#auth-overlay")).to_be_visible()


def test_expired_token_mid_session_asks_again_and_repeats_the_question(
    browser: Browser, live_server: str, test_users: TestUsers, artifacts_dir: Path
) -> None:
    token, ttl = test_users.security.issuer().issue("test-officer", ttl_seconds=10)
    expires = time.time() + ttl
    with open_page(browser, live_server, token=token) as probe:
        page = probe.page
        asks: list[int] = []
        page.on("response", lambda r: asks.append(r.status) if r.url.endswith("/v1/ask") else None)
        page.goto("/", wait_until="load")
        expect(page.locator("#question")).to_be_visible()
        question = "外国人非法居留如何处罚？"
        page.locator("#question").fill(question)
        while time.time() < expires + 1:  # the token runs out while the officer types
            page.wait_for_timeout(250)
        page.locator("#ask").tap()

        overlay = page.locator("#auth-overlay")
        expect(overlay).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
        expect(page.locator("#auth-reason")).to_contain_text("登录已过期")
        expect(page.locator("#auth-username")).to_have_value("test-officer")  # only the password to type
        page.screenshot(path=str(artifacts_dir / "sign-in-expired-390x844.png"))
        page.locator("#auth-password").fill(TEST_PASSWORD)
        page.locator("#auth-submit").tap()
        expect(overlay).to_be_hidden()

        expect(page.locator(".citation").first).to_be_visible(timeout=ANSWER_TIMEOUT_MS)  # the same question
        expect(page.locator("#question")).to_have_value(question)
        assert asks == [401, 200], asks
        expect(page.locator("#ask")).to_be_enabled()
        probe.assert_clean(allowed=EXPECTED_4XX)


def test_one_time_password_is_replaced_at_first_sign_in(
    browser: Browser, live_server: str, test_users: TestUsers
) -> None:
    users = test_users.security.users()
    if users.get("first-admin") is None:
        users.add("first-admin", "admin", "one-time-password-123", must_change_password=True)
    with open_page(browser, live_server) as probe:
        page = probe.page
        page.goto("/", wait_until="load")
        page.locator("#auth-username").fill("first-admin")
        page.locator("#auth-password").fill("one-time-password-123")
        page.locator("#auth-submit").tap()
        change = page.locator("#auth-change-form")
        expect(change).to_be_visible()
        expect(change).to_contain_text("一次性密码")
        page.locator("#auth-new-password").fill("my-own-admin-passphrase")
        page.locator("#auth-repeat-password").fill("my-own-admin-passphrase-typo")
        page.locator("#auth-change-submit").tap()
        expect(page.locator("#auth-error")).to_contain_text("不一致")
        page.locator("#auth-repeat-password").fill("my-own-admin-passphrase")
        page.locator("#auth-change-submit").tap()
        expect(page.locator("#auth-overlay")).to_be_hidden()
        expect(page.locator("#auth-user")).to_have_text("first-admin · 管理员")
        links = page.locator("#auth-bar .auth-nav-link")
        expect(links).to_have_text(["培训", "评测", "标注"])
        probe.assert_clean(allowed=EXPECTED_4XX)
    assert users.authenticate("first-admin", "my-own-admin-passphrase") is not None
    assert users.authenticate("first-admin", "one-time-password-123") is None


def test_each_role_sees_only_its_pages(browser: Browser, live_server: str, test_users: TestUsers) -> None:
    # An officer who opens the trainer page sees no trainer action, only where to go.
    with open_page(browser, live_server, DESKTOP, mobile=False, token=test_users.token("officer")) as probe:
        page = probe.page
        page.goto("/trainer", wait_until="load")
        denied = page.locator("#auth-denied")
        expect(denied).to_be_visible()
        expect(denied).to_contain_text("无权使用本页面")
        expect(page.locator("#generate")).not_to_be_visible()
        expect(denied.locator("a")).to_have_text(["前往问答页"])
        page.goto("/eval", wait_until="load")
        expect(page.locator("#auth-denied")).to_be_visible()
        probe.assert_clean(allowed=EXPECTED_4XX)
    # A trainer gets the trainer page and the annotator page (curated Q&A), and links to them from
    # the officer page (not to /eval).
    with open_page(browser, live_server, DESKTOP, mobile=False, token=test_users.token("trainer")) as probe:
        page = probe.page
        page.goto("/", wait_until="load")
        expect(page.locator("#auth-bar .auth-nav-link")).to_have_text(["培训", "标注"])
        page.locator("#auth-bar .auth-nav-link", has_text="培训").click()
        expect(page.locator("#generate")).to_be_visible()
        expect(page.locator("#auth-user")).to_have_text("test-trainer · 培训员")
        expect(page.locator("#auth-bar .auth-nav-link")).to_have_text(["问答", "标注"])
        probe.assert_clean()
    # An evaluator gets the evaluator page.
    with open_page(browser, live_server, DESKTOP, mobile=False, token=test_users.token("evaluator")) as probe:
        page = probe.page
        page.goto("/eval", wait_until="load")
        expect(page.locator("#auth-overlay")).to_be_hidden()
        expect(page.locator("#runs-box:not([hidden]), #empty:not([hidden])")).to_have_count(1)
        probe.assert_clean()
