"""Search filters, translated into the engine-neutral payload conditions of
:mod:`retrieval.engine` (which each Qdrant engine then evaluates on its payload indexes).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from corpus.schema import DocType, Role, ymd
from retrieval.engine import Condition, Match, Range


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

    def as_of_ymd(self, today: date | None = None) -> int | None:
        """The day versions must be in force on, as YYYYMMDD, or None when not filtering by version.

        ``as_of`` when set, else ``today`` (the caller's clock), else the system date, read now:
        the window is computed for every query, never cached.
        """
        if not self.in_force_only:
            return None
        day = ymd(self.as_of or today or date.today())
        assert day is not None
        return day

    def conditions(self, today: date | None = None) -> list[Condition]:
        """The engine-neutral payload conditions (all must hold) for these filters."""
        must: list[Condition] = []
        doc_types = self.effective_doc_types()
        if doc_types:
            must.append(Match("doc_type", tuple(d.value for d in doc_types)))
        for key, values in self.label_filters.items():
            must.append(Match(key, tuple(values)))
        if self.sources:
            must.append(Match("source", tuple(self.sources)))
        if self.laws:
            must.append(Match("short", tuple(self.laws)))
        if self.roles:
            must.append(Match("role", tuple(r.value for r in self.roles)))
        day = self.as_of_ymd(today)
        if day is not None:
            # In force on `day`: took effect on or before it and not superseded by then.
            must.append(Range("effective", lte=day))
            must.append(Range("superseded_on", gt=day))
        return must
