"""District trend report (training/trends.py): the stated tests on constructed case records, the
API and the suggested-lessons order on the real stack. No nationality anywhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.conftest import TestUsers
from training.trends import CaseRecord, district_matches, first_date, priorities, trend_report


def _cases(spec: dict[tuple[int, int, str], int]) -> list[CaseRecord]:
    out = []
    for (year, month, ctype), n in spec.items():
        for i in range(n):
            out.append(CaseRecord(f"{ctype}-{year}-{month}-{i}", date(year, month, 1 + i % 27), "测试区", (ctype,)))
    return out


@pytest.mark.unit
def test_rising_type_is_flagged_by_the_binomial_test_and_a_flat_one_is_not() -> None:
    spec: dict[tuple[int, int, str], int] = {}
    for year, month in ((2025, 1), (2025, 4), (2025, 7), (2025, 10)):
        spec[(year, month, "经济纠纷")] = 1
        spec[(year, month, "交通事故")] = 3
    spec[(2026, 1, "经济纠纷")] = 9  # far above its own history of 1 per quarter
    spec[(2026, 1, "交通事故")] = 3  # as before
    report = trend_report(_cases(spec), date(2026, 2, 15), "test")
    by = {t["case_type"]: t for t in report["case_types"]}
    assert report["current_quarter"] == "2026Q1" and len(report["quarters"]) == 5
    assert by["经济纠纷"]["rising"] and by["经济纠纷"]["p_rising"] < 0.001
    assert not by["交通事故"]["rising"] and by["交通事故"]["p_rising"] > 0.3
    assert by["经济纠纷"]["per_quarter"] == {"2025Q1": 1, "2025Q2": 1, "2025Q3": 1, "2025Q4": 1, "2026Q1": 9}
    assert report["priorities"][0] == {"case_type": "经济纠纷", "reason": "本辖区本季度上升"}
    assert "binomial" in report["test"]["rising"] and report["test"]["alpha"] == 0.05
    assert "nationalit" not in json.dumps(report)


@pytest.mark.unit
def test_seasonal_peak_pushes_lessons_ahead_of_the_season() -> None:
    spec = {(y, 7, "游客走失"): 5 for y in (2023, 2024, 2025)}
    spec.update({(y, 1, "游客走失"): 1 for y in (2023, 2024, 2025)})
    report = trend_report(_cases(spec), date(2026, 5, 10))  # Q2: summer (Q3) is next
    (t,) = report["case_types"]
    assert t["peak_quarter"] == "Q3" and t["p_seasonal"] < 0.05 and t["coming_into_season"]
    assert report["priorities"] == [{"case_type": "游客走失", "reason": "下季度高发（往年Q3）"}]
    autumn = trend_report(_cases(spec), date(2026, 10, 10))
    assert not autumn["case_types"][0]["coming_into_season"] and autumn["priorities"] == []


@pytest.mark.unit
def test_short_history_and_small_counts_claim_nothing() -> None:
    report = trend_report(_cases({(2026, 1, "醉酒"): 2, (2026, 4, "醉酒"): 3}), date(2026, 5, 1))
    (t,) = report["case_types"]
    assert t["p_rising"] is None and not t["rising"] and "too short" in t["rising_note"]
    assert t["p_seasonal"] is None and t["peak_quarter"] is None
    assert priorities(report["case_types"]) == []
    assert trend_report([], date(2026, 5, 1))["case_types"] == []


@pytest.mark.unit
def test_dates_and_districts() -> None:
    assert first_date("2026年13月1日无效，2026年2月26日14时许接报") == date(2026, 2, 26)
    assert first_date("没有日期") is None and first_date("2025-07-03 报案") == date(2025, 7, 3)
    assert district_matches("萧山区城厢派出所", "萧山区（机场、开发区）", "xiaoshan")
    assert not district_matches("上城区湖滨派出所", "萧山区（机场、开发区）", "xiaoshan")
    assert not district_matches("", "萧山区（机场、开发区）", "xiaoshan")


@pytest.fixture(scope="module")
def client(services: Any, test_users: TestUsers) -> Iterator[TestClient]:
    with TestClient(create_app(services.settings, services=services)) as c:
        yield c


@pytest.mark.integration
def test_trends_api_and_suggested_lessons(client: TestClient, test_users: TestUsers) -> None:
    trainer = test_users.headers("trainer")
    r = client.get("/v1/trends", params={"district": "xiaoshan", "as_of": "2026-06-30"}, headers=trainer)
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["cases"] >= 3 and "2026Q1" in report["quarters"]  # the bundled 萧山 cases of 2026
    assert all(set(t["per_quarter"]) == set(report["quarters"]) for t in report["case_types"])
    assert "nationalit" not in r.text
    assert client.get("/v1/trends", params={"district": "xiaoshan"}, headers=test_users.headers()).status_code == 403
    assert client.get("/v1/trends", params={"district": "nowhere"}, headers=trainer).status_code == 422
    suggested = client.get("/v1/lessons/suggested", params={"district": "xiaoshan"}, headers=test_users.headers())
    assert suggested.status_code == 200
    assert suggested.json() and "nationalit" not in suggested.text  # case type and district only
