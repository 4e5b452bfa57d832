"""The trainer page (/trainer) and the officer page's district selector and 现场 panel, in a real
headless Chromium (Debian's binary, driven by Playwright) against ``live_server``.

Same launch and the same hygiene as tests/test_browser.py: every test fails on browser console
errors, uncaught page errors and any request to something the app does not serve itself.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from tests.browser_support import PHONE, UI_TIMEOUT_MS, PageProbe, launch_chromium, open_page
from tests.conftest import TestUsers

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]

DESKTOP: ViewportSize = {"width": 1280, "height": 900}
#: Generating a procedure verifies a legal basis for every step; the first request also loads models.
GENERATE_TIMEOUT_MS = 180_000
ANSWER_TIMEOUT_MS = 90_000
SCENARIO = "涉外酒吧冲突处置"
EDITED = "【培训修改】先将双方当事人隔离带离现场，再核验护照等身份证件。"
EDITED_AGAIN = EDITED + "全程开启执法记录仪。"
SCENE_CONTROLS = ("#district", "#ask-tab", "#scene-tab", "#lesson-nationality", "#lesson-case-type", "#lesson-open")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_chromium() as b:
        yield b


@pytest.fixture
def desktop(browser: Browser, live_server: str, test_users: TestUsers) -> Iterator[PageProbe]:
    """A desktop page signed in as a trainer."""
    with open_page(browser, live_server, DESKTOP, mobile=False, token=test_users.token("trainer")) as p:
        yield p


@pytest.fixture
def phone(browser: Browser, live_server: str, test_users: TestUsers) -> Iterator[PageProbe]:
    """A phone page signed in as an officer."""
    with open_page(browser, live_server, token=test_users.token("officer")) as p:
        yield p


@pytest.fixture(scope="module")
def district_data(live_server: str, test_users: TestUsers) -> dict[str, Any]:
    request = urllib.request.Request(f"{live_server}/v1/districts", headers=test_users.headers())
    with urllib.request.urlopen(request, timeout=30) as resp:
        data: dict[str, Any] = json.load(resp)
    if not data["districts"]:
        pytest.skip("no district profiles are configured")
    return data


def _full_page_shot(page: Page, path: Path) -> None:
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=True)
    assert path.exists() and path.stat().st_size > 0


def _no_horizontal_scroll(page: Page, width: int) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"page is {scroll_width}px wide at a {width}px viewport"


def _tall_enough(page: Page, selector: str) -> None:
    loc = page.locator(selector)
    assert loc.count(), f"{selector} is missing"
    for i in range(loc.count()):
        box = loc.nth(i).bounding_box()
        assert box is not None and box["height"] >= 44, f"{selector} #{i} too small to tap: {box}"


def _download(page: Page, button: str, target: Path, url_pattern: re.Pattern[str]) -> Path:
    with page.expect_request(lambda r: bool(url_pattern.search(r.url))), page.expect_download() as info:
        page.locator(button).click()
    info.value.save_as(target)
    assert info.value.failure() is None
    return target


def test_trainer_generates_edits_saves_versions_and_exports(desktop: PageProbe, artifacts_dir: Path) -> None:
    import docx

    page = desktop.page
    page.goto("/trainer", wait_until="load")
    expect(page).to_have_title("警知 · 培训 SOP 生成")
    expect(page.locator("#scenario")).to_have_attribute("placeholder", SCENARIO)
    expect(page.locator("#steps")).to_have_value("10")

    page.locator("#scenario").fill(SCENARIO)
    page.locator("#steps").fill("10")
    page.locator("#generate").click()

    steps = page.locator(".sop-step")
    expect(steps).to_have_count(10, timeout=GENERATE_TIMEOUT_MS)
    expect(page.locator("#generate")).to_be_enabled(timeout=UI_TIMEOUT_MS)
    assert page.locator("#error").is_hidden(), page.locator("#error").inner_text()
    assert [steps.nth(i).get_attribute("data-n") for i in range(10)] == [str(n) for n in range(1, 11)]
    expect(page.locator("#sop-title")).to_have_value(re.compile("十步"))
    cited = 0
    for i in range(10):
        step = steps.nth(i)
        if step.locator(".step-citation").count():
            cited += 1
            text = step.locator(".step-citation").first.inner_text()
            assert re.search(r"《[^》]+》.*：“.+”", text, re.S), (
                f"citation of step {i + 1} is not 《short》article：“quote”: {text!r}"
            )
            assert "来源：" in text
        else:
            expect(step.locator(".step-nobasis")).to_have_text("未找到可靠法律依据")
    assert cited >= 7, f"only {cited} of 10 steps have a citation"

    # Edit step 1 and save: version 1.
    action = page.locator(".sop-step[data-n='1'] .step-action")
    action.fill(EDITED)
    expect(page.locator(".sop-step[data-n='1'] .step-why")).not_to_be_empty()
    expect(page.locator("#author")).to_have_text("test-trainer")  # the signed-in user, not a typed name
    page.locator("#save").click()
    expect(page.locator("#save-result")).to_contain_text("第 1 版")
    expect(page.locator("#sop-saved")).to_contain_text("第 1 版")
    expect(page.locator("#error")).to_be_hidden()

    # Edit again and save: version 2 of the same document.
    action.fill(EDITED_AGAIN)
    expect(page.locator("#sop-saved")).to_contain_text("有未保存的修改")
    page.locator("#note").fill("补充执法记录仪要求")
    page.locator("#save").click()
    expect(page.locator("#save-result")).to_contain_text("第 2 版")
    versions = page.locator("#versions li")
    expect(versions).to_have_count(2)
    expect(page.locator("#versions")).to_contain_text("test-trainer")
    expect(page.locator("#versions")).to_contain_text("补充执法记录仪要求")
    expect(page.locator("#sop-list button[data-id]").first).to_be_visible()

    # Older versions stay readable.
    page.locator("#versions button[data-version='1']").click()
    expect(action).to_have_value(EDITED)
    expect(page.locator("#sop-saved")).to_contain_text("最新为第 2 版")
    page.locator("#versions button[data-version='2']").click()
    expect(action).to_have_value(EDITED_AGAIN)

    # Export the saved version (GET /v1/sops/{id}/export).
    saved = re.compile(r"/v1/sops/\d+/export\?format=(pdf|docx)&version=2$")
    pdf = _download(page, "#export-pdf", artifacts_dir / "trainer-sop.pdf", saved)
    docx_path = _download(page, "#export-docx", artifacts_dir / "trainer-sop.docx", saved)
    assert pdf.stat().st_size > 1024 and pdf.read_bytes().startswith(b"%PDF")
    assert docx_path.stat().st_size > 1024
    text = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert EDITED_AGAIN in text, "the edited action is missing from the DOCX"

    # Unsaved edits are exported as shown (POST /v1/sop/export).
    action.fill(EDITED_AGAIN + "（未保存）")
    md = _download(page, "#export-md", artifacts_dir / "trainer-sop-unsaved.md", re.compile(r"/v1/sop/export$"))
    assert "（未保存）" in md.read_text(encoding="utf-8")
    expect(page.locator("#sop-saved")).to_contain_text("有未保存的修改")
    action.fill(EDITED_AGAIN)  # undoing the edit makes the page clean again
    expect(page.locator("#sop-saved")).not_to_contain_text("有未保存的修改")

    _full_page_shot(page, artifacts_dir / "trainer-1280.png")

    # Still usable on a phone.
    page.set_viewport_size(PHONE)
    _no_horizontal_scroll(page, PHONE["width"])
    for selector in ("#generate", "#save", "#export-pdf", "#auth-signout", ".sop-step[data-n='1'] .step-action"):
        _tall_enough(page, selector)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts_dir / "trainer-390.png"))
    desktop.assert_clean()


def _pick_district(data: dict[str, Any]) -> dict[str, Any]:
    """The Xiaoshan profile if there is one, else one with Russian residents, else the first."""
    ds = data["districts"]
    for d in ds:
        if "xiaoshan" in d["id"] or "萧山" in d["name"]:
            return d
    return next((d for d in ds if "Russia" in d["common_nationalities"]), ds[0])


def test_scene_lesson_on_phone(phone: PageProbe, district_data: dict[str, Any], artifacts_dir: Path) -> None:
    page = phone.page
    district = _pick_district(district_data)
    page.goto("/", wait_until="load")
    expect(page.locator(f"#district option[value='{district['id']}']")).to_have_count(1)
    page.locator("#district").select_option(district["id"])

    page.locator("#scene-tab").tap()
    expect(page.locator("#scene-panel")).to_be_visible()
    expect(page.locator("#question")).to_be_hidden()
    nationality = page.locator("#lesson-nationality")
    # No nationality is suggested: "不限国籍" comes first and is selected until the officer chooses.
    assert nationality.locator("option").first.get_attribute("value") == ""
    expect(nationality.locator("option[value='']")).to_have_text("不限国籍")
    assert nationality.input_value() == ""
    expect(nationality.locator("option[value='Russia']")).to_have_text("俄罗斯")
    case_type = page.locator("#lesson-case-type")
    assert case_type.locator("option").count() == 14
    if district["frequent_case_types"]:
        assert case_type.locator("option").first.get_attribute("value") == district["frequent_case_types"][0]
    chips = page.locator("#lesson-suggested .lesson-chip")
    expect(chips.first).to_be_visible()
    # Suggestions are case types of the district, never a nationality × offence pairing.
    for text in chips.all_inner_texts():
        assert text.strip() in district["frequent_case_types"], text
        assert "·" not in text
    chips.first.tap()
    assert nationality.input_value() == ""  # a suggestion never picks a nationality

    nationality.select_option("Russia")
    case_type.select_option("醉酒")
    page.locator("#lesson-open").tap()
    lesson = page.locator("#lesson")
    expect(lesson.locator(".lesson-title")).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(lesson.locator(".lesson-title")).to_contain_text("俄")  # 俄罗斯 / 俄国 (the server's title)
    expect(lesson.locator(".lesson-title")).to_contain_text("醉酒")
    for heading in ("文化提示", "法律要点", "常用语"):
        expect(lesson.locator(".lesson-section-title", has_text=heading)).to_have_count(1)
    citations = lesson.locator(".lesson-citation")
    assert citations.count() >= 1
    meta = lesson.locator(".lesson-meta").inner_text()
    m = re.fullmatch(r"约 ([\d.]+) 分钟 · (\d+) 字", meta.strip())
    assert m, meta
    assert 0 < int(m.group(2)) <= 600, meta

    # [n] markers lead to their citation.
    ref = lesson.locator(".lesson-ref").first
    expect(ref).to_be_visible()
    n = ref.get_attribute("data-n")
    ref.tap()
    expect(lesson.locator(f".lesson-citation[data-n='{n}']")).to_have_class(re.compile(r"\bflash\b"))

    for selector in (*SCENE_CONTROLS, "#lesson-suggested .lesson-chip"):
        _tall_enough(page, selector)
    _no_horizontal_scroll(page, PHONE["width"])
    _full_page_shot(page, artifacts_dir / "officer-scene-390x844.png")

    # Back to questions in one tap.
    page.locator("#ask-tab").tap()
    expect(page.locator("#question")).to_be_visible()
    expect(page.locator("#scene-panel")).to_be_hidden()
    phone.assert_clean()


def test_district_choice_persists_and_orders_examples(phone: PageProbe, district_data: dict[str, Any]) -> None:
    page = phone.page
    page.goto("/", wait_until="load")
    select = page.locator("#district")
    initial = district_data["default"] or district_data["suggested_default"]
    if initial:
        expect(select).to_have_value(initial)
    first_chip = page.locator("#examples .chip").first
    expect(first_chip).to_have_attribute("data-case-type", re.compile(".+"))
    assert page.locator("#examples .chip", has_text="VCCR Article 36").count() == 1

    others = [d for d in district_data["districts"] if d["id"] != select.input_value() and d["frequent_case_types"]]
    target = next(
        (d for d in others if d["frequent_case_types"][0] != first_chip.get_attribute("data-case-type")),
        others[0] if others else _pick_district(district_data),
    )
    select.select_option(target["id"])
    expect(first_chip).to_have_attribute("data-case-type", target["frequent_case_types"][0])

    page.reload(wait_until="load")
    expect(select).to_have_value(target["id"])
    expect(first_chip).to_have_attribute("data-case-type", target["frequent_case_types"][0])
    assert first_chip.get_attribute("data-case-type") in target["frequent_case_types"]
    assert page.evaluate("localStorage.getItem('jingzhi.district')") == target["id"]

    # The chosen district travels with the question.
    with page.expect_request(lambda r: r.url.endswith("/v1/ask")) as req:
        first_chip.tap()
    assert req.value.post_data_json["district"] == target["id"]
    expect(page.locator("#answer")).not_to_be_empty(timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#ask")).to_be_enabled(timeout=ANSWER_TIMEOUT_MS)
    _no_horizontal_scroll(page, PHONE["width"])
    phone.assert_clean()
