"""The in-force window is computed per query: a store (and the searcher over it) running across an
effective date switches to the new version from that day on (it used to cache "today" inside a
cached filter mask). Runs on the embedded Qdrant engine, reading the system date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import retrieval.filters as filters_module
from retrieval.filters import SearchFilters
from retrieval.store import PointData, StoreConfig, open_store

pytestmark = pytest.mark.integration


def point(pid: str, effective: int, superseded_on: int | None) -> PointData:
    payload = {
        "article_id": f"laws_cn/x_{pid}.md#第一条",
        "article": "第一条",
        "source": f"laws_cn/x_{pid}.md",
        "doc_type": "law",
        "short": "X法",
        "role": "general",
        "effective": effective,
        "superseded_on": superseded_on if superseded_on is not None else 99991231,
        "paragraph": None,
    }
    return PointData(id=pid, dense=[1.0, 0.0], sparse=([1], [1.0]), payload=payload)


class FakeDate(dt.date):
    today_value = dt.date(2025, 12, 31)

    @classmethod
    def today(cls) -> FakeDate:
        d = cls.today_value
        return cls(d.year, d.month, d.day)


def test_version_switches_when_the_effective_date_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"
    store = open_store(StoreConfig(collection="jingzhi", dim=2, embedder="fake", lexical="fake", path=tmp_path / "s"))
    store.open()
    try:
        store.upsert_points([point(old, 20130101, 20260101), point(new, 20260101, None)])
        monkeypatch.setattr(filters_module, "date", FakeDate)
        in_force = SearchFilters(in_force_only=True)
        assert [pid for pid, _ in store.search_dense([1.0, 0.0], in_force, 5)] == [old]
        assert [pid for pid, _ in store.search_sparse([1], [1.0], in_force, 5)] == [old]
        FakeDate.today_value = dt.date(2026, 1, 1)  # the server keeps running past midnight
        assert [pid for pid, _ in store.search_dense([1.0, 0.0], in_force, 5)] == [new]
        assert [pid for pid, _ in store.search_sparse([1], [1.0], in_force, 5)] == [new]
    finally:
        FakeDate.today_value = dt.date(2025, 12, 31)
        store.close()
