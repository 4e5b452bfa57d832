"""The officer page's 演练 tab in a real headless Chromium against ``live_server``: pick a drill,
read the scene, write a plan, see the graded result with tappable citations and one's own
attempts. Same hygiene as the other browser tests (no console errors, no foreign requests)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser_support import PHONE, PageProbe, launch_chromium, open_page
from tests.conftest import TestUsers

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]

GRADE_TIMEOUT_MS = 120_000
# Written for this test (not a benchmark plan).
PLAN = "到场后先用约束带把他约束住，然后给他戴上手铐送回派出所，安排民警看护，等他酒醒后再询问。"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_chromium() as b:
        yield b


@pytest.fixture(scope="module")
def drill(live_server: str, test_users: TestUsers) -> dict[str, Any]:
    body = {
        "scenario": "外籍男子酒后在地铁站口闹事",
        "steps": ["arrival-003", "rights-001", "evidence-002", "resolution-018"],
        "case_types": ["醉酒"],
        "scene": "晚上十点，地铁站口一名外籍男子醉酒后大声叫嚷、推搡路人。",
    }
    request = urllib.request.Request(
        f"{live_server}/v1/drills",
        data=json.dumps(body).encode(),
        headers={**test_users.headers("trainer"), "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=300) as resp:
        made: dict[str, Any] = json.load(resp)
    return made


@pytest.fixture
def phone(browser: Browser, live_server: str, test_users: TestUsers) -> Iterator[PageProbe]:
    with open_page(browser, live_server, token=test_users.token("officer")) as p:
        yield p


def test_officer_takes_a_drill_on_the_phone(phone: PageProbe, drill: dict[str, Any], artifacts_dir: Path) -> None:
    page = phone.page
    page.goto("/", wait_until="load")
    page.locator("#drill-tab").tap()
    expect(page.locator("#drill-panel")).to_be_visible()
    expect(page.locator("#question")).to_be_hidden()
    select = page.locator("#drill-select")
    expect(select.locator(f"option[value='{drill['id']}']")).to_have_count(1)
    select.select_option(str(drill["id"]))
    expect(page.locator("#drill-scene")).to_have_text(drill["scene"])
    page.locator("#drill-answer").fill(PLAN)
    page.locator("#drill-submit").tap()
    result = page.locator("#drill-result")
    expect(result.locator(".drill-score")).to_be_visible(timeout=GRADE_TIMEOUT_MS)
    expect(result.locator(".drill-violation")).to_have_count(1)
    expect(result.locator(".drill-violation")).to_contain_text("手铐")
    cite = result.locator(".drill-violation .drill-cite-btn")
    expect(cite).to_contain_text("第五十八条")
    quote = result.locator(".drill-violation .drill-cite-quote")
    expect(quote).to_be_hidden()
    cite.tap()
    expect(quote).to_be_visible()
    expect(quote).to_contain_text("不得使用手铐")
    expect(result.locator(".drill-missed li").first).to_be_visible()
    expect(page.locator("#drill-history li").first).to_contain_text("醉酒")
    box = page.locator("#drill-submit").bounding_box()
    assert box and box["height"] >= 44
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width
    page.screenshot(path=str(artifacts_dir / "officer-drill-390x844.png"), full_page=True)
    # back to questions in one tap
    page.locator("#ask-tab").tap()
    expect(page.locator("#question")).to_be_visible()
    expect(page.locator("#drill-panel")).to_be_hidden()
    phone.assert_clean()


def _post(url: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={**headers, "Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=300) as resp:
        out: dict[str, Any] = json.load(resp)
    return out


def test_trainer_reads_the_drill_report_as_chart_and_csv(
    browser: Browser, live_server: str, test_users: TestUsers, drill: dict[str, Any], artifacts_dir: Path
) -> None:
    attempt = {"answer": PLAN, "district": "xiaoshan"}
    _post(f"{live_server}/v1/drills/{drill['id']}/attempts", attempt, test_users.headers("officer"))
    with open_page(
        browser, live_server, {"width": 1280, "height": 900}, mobile=False, token=test_users.token("trainer")
    ) as p:
        page = p.page
        page.goto("/trainer", wait_until="load")
        page.locator("#drill-district").select_option("xiaoshan")
        page.locator("#drill-report-load").click()
        groups = page.locator(".t-drill-group[data-case-type='醉酒']")  # one per district with attempts
        expect(groups.first).to_be_visible()
        group = groups.filter(has_text="第五十八条").first
        bars = group.locator(".t-drill-bar")
        assert bars.count() >= 1
        credits = [float(bars.nth(i).get_attribute("data-credit") or "-1") for i in range(bars.count())]
        assert credits == sorted(credits) and all(0 <= c <= 1 for c in credits)  # weakest first
        expect(group.locator(".t-drill-violation").first).to_contain_text("第五十八条")
        expect(group.locator(".t-drill-lesson")).to_have_attribute("href", "/?case_type=醉酒#scene")
        with page.expect_download() as info:
            page.locator("#drill-report-csv").click()
        path = info.value.path()
        text = Path(path).read_text(encoding="utf-8")
        assert text.startswith("district,case_type,attempts") and "第五十八条" in text
        # the district's trend table: case types × quarters, with the stated test
        expect(page.locator("#trends table tr").nth(1)).to_be_visible()
        expect(page.locator("#trends-test")).to_contain_text("binomial")
        assert "国籍" not in page.locator("#trends").inner_text()
        page.screenshot(path=str(artifacts_dir / "trainer-drill-report.png"), full_page=True)
        p.assert_clean()
