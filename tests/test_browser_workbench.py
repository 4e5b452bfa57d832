"""The annotator page (/annotator, desktop), the officer page's 👍/👎 and the evaluator's feedback
queue, in real headless Chromium against the real app served over the workbench's own stack
(tests/workbench_support.py). Every test fails on console errors, uncaught page errors and any
request to something the app does not serve."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, ViewportSize, expect

from api.app import create_app
from api.services import Services
from tests.browser_support import launch_chromium, open_page
from tests.conftest import TestUsers
from tests.serving import serve_app
from tests.workbench_support import workbench_stack

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]

DESKTOP: ViewportSize = {"width": 1366, "height": 900}
ANSWER_TIMEOUT_MS = 90_000
UPLOAD = """# 标题：外籍人员护照遗失求助（浏览器测试合成）
案例编号：WB-BROWSER-001
辖区：测试区西湖派出所
数据性质：合成案例（synthetic），仅用于浏览器测试

## 案情

一名蒙古国籍旅客到派出所报称护照在出租车上遗失，联系电话13600571122。

## 处置经过

民警出具报失证明，并告知其向出入境管理机构申请补办。
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, TestUsers, str]]:
    data, cases = tmp_path_factory.mktemp("wb-browser"), tmp_path_factory.mktemp("wb-browser-cases")
    with workbench_stack(data, cases) as (svc, users), serve_app(create_app(svc.settings, services=svc)) as url:
        yield svc, users, url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_chromium() as b:
        yield b


def _source(svc: Services, name: str) -> str:
    """The stored source id of a file the stack ingested or the page uploaded (``local/<digest>/<name>``)."""
    [source] = [s for s in svc.store.sources() if s.startswith("local/") and s.endswith("/" + name)]
    return source


def _get(url: str, users: TestUsers, role: str) -> Any:
    request = urllib.request.Request(url, headers=users.headers(role))
    with urllib.request.urlopen(request, timeout=60) as resp:
        return json.load(resp)


def test_annotator_reviews_labels_with_keyboard_and_sees_history(
    served: Any, browser: Browser, artifacts_dir: Path
) -> None:
    svc, users, url = served
    with open_page(browser, url, DESKTOP, mobile=False, token=users.token("annotator")) as probe:
        page = probe.page
        page.goto("/annotator")
        queue = page.locator("#queue li")
        expect(queue.first).to_be_visible()
        expect(page.locator("#queue li[aria-current='true']")).to_have_count(1)
        # passage text with the label evidence highlighted
        source_a = _source(svc, "wb_case_a.md")
        case_a = _get(f"{url}/v1/annotations/queue?source={quote(source_a)}", users, "annotator")["items"]
        page.locator("#filter-source").fill(source_a)
        page.locator("#reload").click()
        expect(queue).to_have_count(len(case_a))  # the filtered queue is in (not the first, longer one)
        expect(page.locator("#queue li[aria-current='true']")).to_have_attribute("data-id", case_a[0]["id"])
        with_evidence = [i for i, it in enumerate(case_a) if it["evidence"]]
        assert with_evidence, "the test case should have keyword evidence"
        for _ in range(with_evidence[0]):
            page.keyboard.press("j")
        mark = page.locator("#item-text mark").first
        expect(mark).to_be_visible()
        span = case_a[with_evidence[0]]["evidence"][0]
        assert mark.text_content() == case_a[with_evidence[0]]["text"][span["start"] : span["end"]]
        # chips from the taxonomy; keyboard: 1-9 toggles a case type, j/k moves, s saves, h history
        chips = page.locator("#chips button[data-kind='case_type']")
        assert chips.count() == len(_get(f"{url}/v1/annotations/taxonomy", users, "annotator")["values"]["case_type"])
        target = case_a[with_evidence[0]]["id"]
        page.keyboard.press("j")
        expect(page.locator("#queue li[aria-current='true']")).not_to_have_attribute("data-id", target)
        page.keyboard.press("k")
        expect(page.locator("#queue li[aria-current='true']")).to_have_attribute("data-id", target)
        current = target
        pressed = [chips.nth(i).get_attribute("aria-pressed") for i in range(min(9, chips.count()))]
        n = pressed.index("false")  # a case type the passage does not have yet
        page.keyboard.press(str(n + 1))
        expect(chips.nth(n)).to_have_attribute("aria-pressed", "true")
        page.locator("#note").fill("浏览器测试")
        page.locator("body").click(position={"x": 5, "y": 5})
        page.keyboard.press("s")
        expect(page.locator("#save-status")).to_have_text("已保存")
        page.keyboard.press("h")
        expect(page.locator("#history-box")).to_have_attribute("open", "")
        expect(page.locator("#history li").last).to_contain_text("test-annotator")
        expect(page.locator("#history li").last).to_contain_text("浏览器测试")
        item = current
        history = _get(f"{url}/v1/annotations/{item}/history", users, "annotator")["changes"]
        assert history[-1]["who"] == "test-annotator" and history[-1]["note"] == "浏览器测试"
        chosen = sorted(
            v.get_attribute("data-value") or ""
            for v in page.locator("#chips button[aria-pressed='true'][data-kind='case_type']").all()
        )
        stored = svc.store.find_articles(
            [case_a[with_evidence[0]]["source"] + "#" + case_a[with_evidence[0]]["article"]], None
        )
        assert sorted(stored[0].payload["case_types"]) == chosen
        page.screenshot(path=str(artifacts_dir / "annotator-review.png"), full_page=True)
        probe.assert_clean()


def test_annotator_uploads_a_case_and_writes_a_qa_entry(served: Any, browser: Browser) -> None:
    svc, users, url = served
    with open_page(browser, url, DESKTOP, mobile=False, token=users.token("annotator")) as probe:
        page = probe.page
        page.goto("/annotator")
        expect(page.locator("#queue li").first).to_be_visible()
        page.locator(".wb-tab[data-tab='upload']").click()
        page.locator("#upload-files").set_input_files(
            [
                {"name": "browser_case.md", "mimeType": "text/markdown", "buffer": UPLOAD.encode()},
                {"name": "notes.exe", "mimeType": "application/octet-stream", "buffer": b"MZ"},
            ]
        )
        page.locator("#upload-form button[type='submit']").click()
        rows = page.locator("#upload-results tr")
        expect(rows).to_have_count(2, timeout=ANSWER_TIMEOUT_MS)
        expect(page.locator("#upload-results tr[data-status='stored']")).to_contain_text("browser_case.md")
        expect(page.locator("#upload-results tr[data-status='rejected']")).to_contain_text("notes.exe")
        stored = svc.store.retrieve(list(svc.store.points_of_source(_source(svc, "browser_case.md"))))
        assert stored and all("13600571122" not in str(p.payload["text"]) for p in stored)
        # Q&A editor
        page.locator(".wb-tab[data-tab='qa']").click()
        page.locator("#qa-question").fill("外籍旅客护照丢失后，派出所能出具什么证明？")
        page.locator("#qa-answer").fill("可以出具报失证明，并告知其向出入境管理机构申请补办。")
        page.locator("#qa-articles").fill("laws_cn/出境入境管理法_2012.md#第七十八条")
        page.locator("#qa-form button[type='submit']").click()
        expect(page.locator("#qa-status")).to_contain_text("已保存为草稿")
        entry = page.locator("#qa-list li[data-status='draft']").first
        expect(entry).to_contain_text("外籍旅客护照丢失后")
        expect(entry.locator(".wb-approve")).to_have_count(0)  # not reviewed by its own author
        page.locator("#qa-articles").fill("laws_cn/出境入境管理法_2012.md#第九百条")
        page.locator("#qa-form button[type='submit']").click()
        expect(page.locator("#qa-status")).to_contain_text("第九百条")
        probe.assert_clean(allowed=(re.compile("422"),))


def test_officer_feedback_reaches_the_evaluator_who_promotes_it(served: Any, browser: Browser) -> None:
    _, users, url = served
    question = "外籍人员护照丢失，应当向哪个机关报告？"
    with open_page(browser, url, token=users.token("officer")) as probe:
        page = probe.page
        page.goto("/")
        page.locator("#question").fill(question)
        page.locator("#ask").click()
        feedback = page.locator("#feedback")
        expect(feedback).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
        feedback.locator(".feedback-comment").fill("没有说明补办地点")
        feedback.locator("button[data-vote='down']").click()
        expect(feedback).to_have_attribute("data-sent", "down")
        probe.assert_clean()
    with open_page(browser, url, DESKTOP, mobile=False, token=users.token("evaluator")) as probe:
        page = probe.page
        page.goto("/eval")
        item = page.locator("#feedback-list li").filter(has_text=question)
        expect(item).to_have_count(1)
        expect(item).to_contain_text("没有说明补办地点")
        item.locator("textarea").fill("laws_cn/出境入境管理法_2012.md#第七十八条")
        item.locator(".fb-promote").click()
        expect(item).to_have_attribute("data-status", "promoted")
        probe.assert_clean()
    promoted = _get(f"{url}/v1/feedback?status=promoted", users, "evaluator")["items"]
    assert any(p["question"] == question and p["gold_articles"]["articles"] for p in promoted)
