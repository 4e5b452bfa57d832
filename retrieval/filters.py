"""Search filters, translated both to a Qdrant ``Filter`` and to an in-memory predicate.

Both translations are exercised by the congruence tests, which run the same filtered searches
against embedded Qdrant and the in-memory index and compare the results.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from qdrant_client import models as qm

from corpus.schema import DocType, Role, ymd


class SearchFilters(BaseModel):
    """Payload filters a search accepts (all optional; empty means no restriction)."""

    model_config = ConfigDict(extra="forbid")

    doc_types: list[DocType] = Field(default_factory=list, max_length=5, description="law, treaty, case, taboo, qa")
    sources: list[str] = Field(
        default_factory=list, max_length=50, description="source paths, e.g. laws_cn/出境入境管理法_2012.md"
    )
    laws: list[str] = Field(default_factory=list, max_length=50, description="short titles, e.g. 刑法")
    roles: list[Role] = Field(
        default_factory=list, max_length=3, description="offence (conduct and penalty), procedure, general"
    )
    case_types: list[str] = Field(default_factory=list, max_length=20, description="e.g. 醉酒, 非法居留")
    taboo_categories: list[str] = Field(default_factory=list, max_length=10, description="e.g. religion")
    legal_clauses: list[str] = Field(
        default_factory=list, max_length=20, description="cases citing an article, e.g. laws_cn/…md#第五十一条"
    )
    nationalities: list[str] = Field(default_factory=list, max_length=20, description="factbook country names")
    as_of: date | None = Field(
        default=None, description="only versions in force on this day (default: today, when in_force_only)"
    )
    in_force_only: bool = Field(default=True, description="exclude superseded versions")

    @field_validator("sources", "laws", "case_types", "taboo_categories", "legal_clauses", "nationalities")
    @classmethod
    def _bounded_strings(cls, values: list[str]) -> list[str]:
        for v in values:
            if not v or len(v) > 200:
                raise ValueError(f"filter value must be 1..200 characters, got {v!r}")
        return values

    @property
    def label_filters(self) -> dict[str, list[str]]:
        """Payload list field -> wanted values, for the label filters that are set."""
        wanted = {
            "case_types": self.case_types,
            "taboo_categories": self.taboo_categories,
            "legal_clauses": self.legal_clauses,
            "nationalities": self.nationalities,
        }
        return {k: v for k, v in wanted.items() if v}

    def effective_doc_types(self) -> list[DocType]:
        """The doc types searched: as given; else laws and treaties (the legal basis), unless a
        label filter asks for labelled material (cases, notes), which then is not restricted."""
        if self.doc_types:
            return list(self.doc_types)
        if self.label_filters:
            return []
        return [DocType.LAW, DocType.TREATY]

    def as_of_ymd(self) -> int | None:
        """The day versions must be in force on, as YYYYMMDD, or None when not filtering by version."""
        if not self.in_force_only:
            return None
        day = ymd(self.as_of or date.today())
        assert day is not None
        return day

    def to_qdrant(self) -> qm.Filter | None:
        """The equivalent Qdrant payload filter."""
        must: list[qm.Condition] = []
        doc_types = self.effective_doc_types()
        if doc_types:
            must.append(qm.FieldCondition(key="doc_type", match=qm.MatchAny(any=[d.value for d in doc_types])))
        for key, values in self.label_filters.items():
            must.append(qm.FieldCondition(key=key, match=qm.MatchAny(any=values)))
        if self.sources:
            must.append(qm.FieldCondition(key="source", match=qm.MatchAny(any=self.sources)))
        if self.laws:
            must.append(qm.FieldCondition(key="short", match=qm.MatchAny(any=self.laws)))
        if self.roles:
            must.append(qm.FieldCondition(key="role", match=qm.MatchAny(any=[r.value for r in self.roles])))
        day = self.as_of_ymd()
        if day is not None:
            must.append(qm.FieldCondition(key="effective", range=qm.Range(lte=day)))
            must.append(qm.FieldCondition(key="superseded_on", range=qm.Range(gt=day)))
        return qm.Filter(must=must) if must else None

    def matches(self, payload: Mapping[str, Any]) -> bool:
        """The same predicate evaluated on one payload."""
        doc_types = self.effective_doc_types()
        if doc_types and payload.get("doc_type") not in {d.value for d in doc_types}:
            return False
        for key, values in self.label_filters.items():
            if not set(payload.get(key) or []) & set(values):
                return False
        if self.sources and payload.get("source") not in self.sources:
            return False
        if self.laws and payload.get("short") not in self.laws:
            return False
        if self.roles and payload.get("role") not in {r.value for r in self.roles}:
            return False
        day = self.as_of_ymd()
        if day is not None:
            effective = payload.get("effective")
            if effective is None or effective > day:
                return False
            if payload.get("superseded_on", 99991231) <= day:
                return False
        return True
