"""Where in a passage the evidence for each of its labels is: the spans the annotator page
highlights so a reviewer sees at once why a label was proposed.

The spans are found the way the rule labeller finds labels (ingest/labeller.py): the taxonomy's
keywords of a case type or a cultural-taboo category, the nationality words of a country, and
explicit article references that resolve to the labelled article. An embedding or LLM label
whose value has no such word in the text has no span; the page says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from corpus.countries import CountryNames
from corpus.schema import Label
from corpus.schema.taxonomy import CASE_TYPES, TABOO_CATEGORIES
from retrieval.query import QueryAnalyzer

_KEYWORDS = {
    "case_type": {c.name: (*c.keywords, c.name.split("/")[-1]) for c in CASE_TYPES},
    "cultural_taboo": {c.name: c.keywords for c in TABOO_CATEGORIES},
}


@dataclass(frozen=True)
class EvidenceSpan:
    """``text[start:end]`` supports the label ``kind=value``."""

    kind: str
    value: str
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        """The span as the queue item carries it."""
        return {"kind": self.kind, "value": self.value, "start": self.start, "end": self.end}


class EvidenceFinder:
    """Finds the evidence spans of labels in a passage's text."""

    def __init__(self, analyzer: QueryAnalyzer, countries: CountryNames) -> None:
        self.analyzer = analyzer
        self.countries = countries
        self._country_words: dict[str, list[str]] = {}
        for word, country in [*countries.zh.items(), *countries.en.items()]:
            self._country_words.setdefault(country, []).append(word)

    def spans(self, text: str, labels: Iterable[Label]) -> list[EvidenceSpan]:
        """Evidence spans of every label, in text order (overlaps are kept: one word may support two labels)."""
        out: list[EvidenceSpan] = []
        refs = None
        for lb in labels:
            if lb.kind in _KEYWORDS:
                out += _word_spans(text, lb.kind, lb.value, _KEYWORDS[lb.kind].get(lb.value, ()))
            elif lb.kind == "nationality":
                out += _word_spans(text, lb.kind, lb.value, self._country_words.get(lb.value, ()))
            elif lb.kind == "legal_clause":
                if refs is None:
                    refs = self.analyzer.analyze(text).refs
                article = lb.value.rsplit("#", 1)[-1]
                for ref in refs:
                    if lb.value in ref.article_ids or (not ref.sources and ref.article == article):
                        out.append(EvidenceSpan(lb.kind, lb.value, ref.start, ref.start + len(ref.text)))
        return sorted(set(out), key=lambda s: (s.start, -s.end, s.kind, s.value))


def _word_spans(text: str, kind: str, value: str, words: Sequence[str]) -> list[EvidenceSpan]:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile("|".join(map(re.escape, words)))
    return [EvidenceSpan(kind, value, m.start(), m.end()) for m in pattern.finditer(text)]
