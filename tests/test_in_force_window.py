"""The in-force window is computed per query: a searcher running across an effective date switches
to the new version from that day on (it used to cache "today" inside the cached filter mask)."""

from __future__ import annotations

import datetime as dt

import pytest

import retrieval.filters as filters_module
from retrieval.filters import SearchFilters
from retrieval.memory_index import InMemoryIndex
from retrieval.store import StoredPoint

pytestmark = pytest.mark.unit


def point(pid: str, effective: int, superseded_on: int | None) -> StoredPoint:
    payload = {
        "article_id": f"laws_cn/x_{pid}.md#第一条",
        "article": "第一条",
        "source": f"laws_cn/x_{pid}.md",
        "doc_type": "law",
        "short": "X法",
        "role": "general",
        "effective": effective,
        "superseded_on": superseded_on,
        "paragraph": None,
    }
    return StoredPoint(id=pid, payload=payload, dense=[1.0, 0.0], sparse=([1], [1.0]))


class FakeDate(dt.date):
    today_value = dt.date(2025, 12, 31)

    @classmethod
    def today(cls) -> FakeDate:
        d = cls.today_value
        return cls(d.year, d.month, d.day)


def test_version_switches_when_the_effective_date_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    index = InMemoryIndex([point("old", 20130101, 20260101), point("new", 20260101, None)], dim=2)
    monkeypatch.setattr(filters_module, "date", FakeDate)
    in_force = SearchFilters(in_force_only=True)
    assert [pid for pid, _ in index.search_dense([1.0, 0.0], in_force, 5)] == ["old"]
    FakeDate.today_value = dt.date(2026, 1, 1)  # the server keeps running past midnight
    assert [pid for pid, _ in index.search_dense([1.0, 0.0], in_force, 5)] == ["new"]
    assert [pid for pid, _ in index.search_sparse([1], [1.0], in_force, 5)] == ["new"]
