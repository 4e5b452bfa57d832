"""The officer page in a real headless Chromium (Debian's binary, driven by Playwright).

Runs against ``live_server``: uvicorn serving the real app over the real ingested corpus. Every
test uses a phone-sized context (390x844, touch), fails on any browser console error or uncaught
page error, and fails if the page tries to load anything that is not served by the app itself.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser_support import PHONE, PageProbe, launch_chromium, open_page
from tests.conftest import TestUsers
from tests.fake_openai import FakeOpenAI, Messages, Script, evidence_of, first_clause
from tests.serving import serve_app

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]

#: The first search loads models and indexes; later ones are fast. Be generous either way.
ANSWER_TIMEOUT_MS = 90_000
ARTICLE_RE = re.compile(r"第[零〇一二三四五六七八九十百千两\d]+条")
Q = "外国人非法居留如何处罚？"
DRAFT_LABEL = "草稿生成中，核验后替换"
#: A sentence the fake model adds without a citation: the verifier must drop it.
UNCITED = "外国人一律应当立即驱逐出境，不得再次入境。"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_chromium() as b:
        yield b


@pytest.fixture
def probe(browser: Browser, live_server: str, test_users: TestUsers) -> Iterator[PageProbe]:
    """A phone-sized page on the app in extractive mode (no LLM configured), signed in as an officer."""
    with open_page(browser, live_server, token=test_users.token("officer")) as p:
        yield p


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    """The scripted OpenAI-compatible endpoint (tests/fake_openai.py)."""
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def llm_live_server(services: Any, fake: FakeOpenAI) -> Iterator[str]:
    """Base URL of the real app configured for LLM answers from ``fake``, served by uvicorn."""
    from api.app import create_app

    settings = services.settings.model_copy(update={"llm_base_url": fake.url, "llm_model": "fake-model"})
    llm_services = dataclasses.replace(services, settings=settings, _llm_client=None)
    with serve_app(create_app(settings, services=llm_services)) as url:
        yield url


@pytest.fixture
def llm_probe(browser: Browser, llm_live_server: str, test_users: TestUsers) -> Iterator[PageProbe]:
    """A phone-sized page on the app in LLM mode, signed in as an officer."""
    with open_page(browser, llm_live_server, token=test_users.token("officer")) as p:
        yield p


def _open(page: Page) -> None:
    page.goto("/", wait_until="load")
    expect(page).to_have_title("警知 · 涉外警务知识助手")
    expect(page.locator("#question")).to_be_visible()


def _full_page_shot(page: Page, path: Path) -> None:
    """A full-page screenshot from the top (the sticky header would otherwise be drawn where the
    page happened to be scrolled, over the content)."""
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=True)
    assert path.exists() and path.stat().st_size > 0


def _no_horizontal_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"page is {width}px wide at a {PHONE['width']}px viewport"


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
    _full_page_shot(page, shot)
    probe.assert_clean()


def test_unanswerable_question_abstains(probe: PageProbe) -> None:
    page = probe.page
    _open(page)
    page.locator("#question").fill("糖醋排骨要炖多久才入味？")
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
    assert req.value.headers.get("accept") == "text/event-stream"
    expect(page.locator("#answer")).not_to_be_empty(timeout=ANSWER_TIMEOUT_MS)
    probe.assert_clean()


def _uncited_then_cited(messages: Messages) -> str:
    """An uncited claim first (so it is on screen for the whole draft), then evidence 1's first
    clause cited correctly."""
    return f"{UNCITED}{first_clause(evidence_of(messages)[1])}[1]。"


def test_llm_draft_streams_then_verified_answer_replaces_it(
    llm_probe: PageProbe, fake: FakeOpenAI, artifacts_dir: Path
) -> None:
    page = llm_probe.page
    fake.script = Script(reply=_uncited_then_cited, chunk_delay=0.15)
    _open(page)
    # Record what the answer area showed while the draft was streaming (tokens come and go
    # faster than expect() polls, so a MutationObserver keeps the evidence).
    page.evaluate(
        """([draftLabel, uncited]) => {
            window.__draft = {label: false, uncited: false, dashed: false, citations: 0};
            const a = document.getElementById('answer');
            new MutationObserver(() => {
                const label = a.querySelector('.draft-label');
                if (!label) return;
                window.__draft.label ||= label.textContent === draftLabel;
                const shown = a.getClientRects().length > 0;
                window.__draft.uncited ||= shown && a.textContent.includes(uncited);
                window.__draft.dashed ||= getComputedStyle(a).borderTopStyle === 'dashed';
                window.__draft.citations += document.querySelectorAll('.citation').length;
            }).observe(a, {childList: true, characterData: true, subtree: true});
        }""",
        [DRAFT_LABEL, UNCITED],
    )
    page.locator("#question").fill(Q)
    page.locator("#ask").tap()

    # While tokens arrive: the labelled draft (checked every frame). That it showed the
    # unverified sentence is asserted from the observer's record below.
    page.wait_for_function("() => !!document.querySelector('#answer.draft .draft-label')", timeout=ANSWER_TIMEOUT_MS)
    draft_shot = artifacts_dir / "officer-page-llm-draft-390x844.png"
    page.screenshot(path=str(draft_shot))
    if not page.locator("#answer .draft-label").count():
        draft_shot.unlink()  # the answer was faster than the screenshot: it would mislead

    # The verified answer replaces the draft: the uncited sentence is gone, citations appear.
    citations = page.locator(".citation")
    expect(citations.first).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    answer = page.locator("#answer")
    expect(answer).not_to_contain_text(UNCITED)
    expect(answer.locator(".draft-label")).to_have_count(0)
    expect(answer).not_to_have_class(re.compile(r"\bdraft\b"))
    mode = answer.locator(".answer-mode")
    expect(mode).to_contain_text("由大模型生成，已逐句核验引用")
    expect(mode).to_have_text(re.compile(r"保留 1/2 句"))
    assert page.locator("#answer .cite-ref[data-n='1']").count() >= 1
    assert citations.first.get_attribute("data-n") == "1"
    expect(page.locator("#error")).to_be_hidden()
    expect(page.locator("#ask")).to_be_enabled()
    expect(page.locator("#ask")).to_have_text("提问")
    assert page.evaluate("window.__draft") == {"label": True, "uncited": True, "dashed": True, "citations": 0}
    _no_horizontal_scroll(page)

    shot = artifacts_dir / "officer-page-llm-390x844.png"
    _full_page_shot(page, shot)
    llm_probe.assert_clean()


def test_llm_endpoint_error_shows_extractive_fallback(
    llm_probe: PageProbe, fake: FakeOpenAI, artifacts_dir: Path
) -> None:
    page = llm_probe.page
    fake.script = Script(kind="http500")
    _open(page)
    page.locator("#question").fill(Q)
    page.locator("#ask").tap()

    citations = page.locator(".citation")
    expect(citations.first).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    notices = page.locator("#notices")
    expect(notices).to_be_visible()
    expect(notices).to_contain_text("不可用")
    expect(notices).to_have_class(re.compile(r"\bnotices-fallback\b"))
    answer = page.locator("#answer")
    expect(answer.locator(".answer-mode")).to_contain_text("依据知识库原文摘录")
    expect(answer.locator(".draft-label")).to_have_count(0)
    assert page.locator("#answer .cite-ref[data-n='1']").count() >= 1
    expect(page.locator("#error")).to_be_hidden()
    assert fake.script.requests, "the page's question never reached the model endpoint"

    shot = artifacts_dir / "officer-page-llm-fallback-390x844.png"
    _full_page_shot(page, shot)
    llm_probe.assert_clean()


def _sse(*events: tuple[str, str]) -> str:
    return "".join(f"event: {name}\ndata: {data}\n\n" for name, data in events)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # The connection drops after the draft: no verified answer ever arrives.
        (_sse(("meta", '{"mode": "llm"}'), ("token", '{"text": "未经核验的草稿"}')), "未收到最终答案"),
        # The server reports a failure in-band.
        (
            _sse(
                ("meta", '{"mode": "llm"}'),
                ("token", '{"text": "未经核验的草稿"}'),
                ("error", '{"error": "answer failed", "details": "boom"}'),
                ("done", "{}"),
            ),
            "answer failed",
        ),
    ],
    ids=["no-answer", "error-event"],
)
def test_stream_without_answer_shows_error(probe: PageProbe, body: str, message: str) -> None:
    page = probe.page
    _open(page)
    page.route(
        "**/v1/ask",
        lambda route: route.fulfill(status=200, content_type="text/event-stream; charset=utf-8", body=body),
    )
    page.locator("#question").fill(Q)
    page.locator("#ask").tap()
    error = page.locator("#error")
    expect(error).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(error).to_contain_text(message)
    # The unverified draft does not stay on screen as if it were an answer.
    expect(page.locator("#result")).to_be_hidden()
    expect(page.locator("#answer")).not_to_contain_text("未经核验的草稿")
    expect(page.locator("#ask")).to_be_enabled()
    probe.assert_clean()
