"""The officer page in a real headless Chromium (Debian's binary, driven by Playwright).

Runs against ``live_server``: uvicorn serving the real app over the real ingested corpus. Every
test uses a phone-sized context (390x844, touch), fails on any browser console error or uncaught
page error, and fails if the page tries to load anything that is not served by the app itself.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, ViewportSize, expect, sync_playwright

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]

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
VIEWPORT: ViewportSize = {"width": 390, "height": 844}
#: The first search loads models and indexes; later ones are fast. Be generous either way.
ANSWER_TIMEOUT_MS = 90_000
UI_TIMEOUT_MS = 10_000
ARTICLE_RE = re.compile(r"第[零〇一二三四五六七八九十百千两\d]+条")


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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
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


@pytest.fixture
def probe(browser: Browser, live_server: str) -> Iterator[PageProbe]:
    context = browser.new_context(
        viewport=VIEWPORT,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="zh-CN",
        base_url=live_server,
    )
    context.set_default_timeout(UI_TIMEOUT_MS)
    own = urlsplit(live_server).netloc
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


def _open(page: Page) -> None:
    page.goto("/", wait_until="load")
    expect(page).to_have_title("警知 · 涉外警务知识助手")
    expect(page.locator("#question")).to_be_visible()


def _no_horizontal_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORT["width"], f"page is {width}px wide at a {VIEWPORT['width']}px viewport"


def test_ask_shows_cited_answer_and_full_article(probe: PageProbe, artifacts_dir: Path) -> None:
    page = probe.page
    _open(page)
    ask = page.locator("#ask")
    box = ask.bounding_box()
    assert box is not None and box["height"] >= 44, f"ask button too small to tap: {box}"
    for chip in page.locator(".chip").all():
        chip_box = chip.bounding_box()
        assert chip_box is not None and chip_box["height"] >= 44, f"example chip too small: {chip_box}"

    # Record whether the button ever showed the loading state (the answer may arrive very fast).
    page.evaluate(
        """() => {
            window.__sawLoading = false;
            const b = document.getElementById('ask');
            new MutationObserver(() => {
                if (b.disabled && b.textContent.includes('正在检索')) window.__sawLoading = true;
            }).observe(b, {attributes: true, childList: true, characterData: true, subtree: true});
        }"""
    )
    page.locator("#question").fill("外国人非法居留如何处罚？")
    ask.tap()

    citations = page.locator(".citation")
    expect(citations.first).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    assert page.evaluate("window.__sawLoading"), "the ask button never showed the loading state"
    expect(ask).to_be_enabled()
    expect(ask).to_have_text("提问")

    answer = page.locator("#answer").inner_text()
    assert "[1]" in answer, answer
    assert page.locator("#answer .cite-ref[data-n='1']").count() >= 1
    assert page.locator("#error").is_hidden()

    first = citations.first
    assert first.get_attribute("data-n") == "1"
    header = first.locator(".citation-head").inner_text()
    assert header.startswith("[1]"), header
    assert ARTICLE_RE.search(header), f"first citation header names no article: {header!r}"
    assert first.locator(".badge").first.inner_text() in ("法律", "条约", "案例", "文化禁忌")

    full = first.locator(".citation-text")
    expect(full).to_be_hidden()
    quote = (first.locator(".citation-quote").text_content() or "").strip()
    assert quote

    first.locator("summary").tap()
    expect(full).to_be_visible()
    text = full.inner_text().strip()
    assert len(text) > len(quote), f"full text ({len(text)} chars) is not longer than the quote ({len(quote)})"
    meta = first.locator(".citation-meta").inner_text()
    assert ".md" in meta, f"citation source missing from the expanded card: {meta!r}"

    shot = artifacts_dir / "officer-page-390x844.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.exists() and shot.stat().st_size > 0
    probe.assert_clean()


def test_unanswerable_question_abstains(probe: PageProbe) -> None:
    page = probe.page
    _open(page)
    page.locator("#question").fill("红烧肉怎么做才好吃？")
    page.locator("#ask").tap()
    answer = page.locator("#answer")
    expect(answer).to_contain_text("知识库中未找到可靠依据", timeout=ANSWER_TIMEOUT_MS)
    expect(answer).to_have_class(re.compile(r"\babstained\b"))
    expect(page.locator(".citation")).to_have_count(0)
    expect(page.locator("#citations-title")).to_be_hidden()
    probe.assert_clean()


def test_blank_question_shows_message_not_crash(probe: PageProbe) -> None:
    page = probe.page
    _open(page)
    error = page.locator("#error")

    # The page itself refuses a whitespace-only question, visibly.
    page.locator("#question").fill("   \n  ")
    page.locator("#ask").tap()
    expect(error).to_be_visible()
    expect(error).to_contain_text("请输入问题")
    expect(page.locator("#ask")).to_be_enabled()

    # And if one reaches the server anyway, its 422 message is shown rather than a blank page.
    page.evaluate("window.Jingzhi.submit('   ', {in_force_only: true})")
    expect(error).to_contain_text("422", timeout=ANSWER_TIMEOUT_MS)
    expect(error).to_contain_text("invalid request")
    expect(error).to_contain_text("question")
    expect(page.locator("#ask")).to_be_enabled()
    assert page.locator("body").inner_text().strip()
    # Chromium logs every 4xx response as a console error; that one is expected here.
    probe.assert_clean(allowed=(re.compile(r"status of 422"),))


def test_no_horizontal_scroll_at_390(probe: PageProbe) -> None:
    page = probe.page
    _open(page)
    _no_horizontal_scroll(page)

    # An answer with every citation expanded is the widest the page gets.
    page.locator(".chip", has_text="VCCR Article 36").tap()
    citations = page.locator(".citation")
    expect(citations.first).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#question")).to_have_value("VCCR Article 36")

    ref = page.locator("#answer .cite-ref").first
    if ref.count():
        n = ref.get_attribute("data-n")
        ref.tap()
        expect(page.locator(f".citation[data-n='{n}'] .citation-text")).to_be_visible()
    page.evaluate("document.querySelectorAll('.citation details').forEach(d => d.open = true)")
    _no_horizontal_scroll(page)
    probe.assert_clean()


def test_superseded_toggle_sends_filter(probe: PageProbe) -> None:
    page = probe.page
    _open(page)
    toggle = page.locator("label[for='include-superseded']")
    box = toggle.bounding_box()
    assert box is not None and box["height"] >= 44, f"filter toggle too small to tap: {box}"
    toggle.tap()
    expect(page.locator("#include-superseded")).to_be_checked()
    page.locator("#question").fill("外国人非法居留如何处罚？")
    with page.expect_request(lambda r: r.url.endswith("/v1/ask")) as req:
        page.locator("#question").press("Control+Enter")
    body = req.value.post_data_json
    assert body == {"question": "外国人非法居留如何处罚？", "filters": {"in_force_only": False}}
    assert req.value.headers.get("accept") == "application/json"
    expect(page.locator("#answer")).not_to_be_empty(timeout=ANSWER_TIMEOUT_MS)
    probe.assert_clean()
