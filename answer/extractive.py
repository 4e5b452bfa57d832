"""Extractive answers: quote the governing clause(s) of the best evidence, each followed by
``[n]``, with no LLM. Abstains, in the question's language, when the evidence does not carry the
question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from answer.coverage import CoverageCheck, DomainMatch
from answer.events import AnswerEvent
from answer.languages import (
    ABSTAIN,
    article_label,
    law_label,
    missing_law_notice,
    render_context_line,
    render_line,
    renumbering_notice,
    superseded_notice,
)
from corpus.districts import DistrictProfile
from corpus.schema import Answer, Citation, DocType, SearchHit
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalAnalyzer
from retrieval.profiles import AbstainThresholds, RelevanceModel
from retrieval.search import HybridSearcher, SearchResult

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|(?<=[a-z)]\.)\s+(?=[A-Z(])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_QUOTE_CHARS = 240
#: Document types cited beside the law when close to the question.
CONTEXT_TYPES = (DocType.CASE, DocType.TABOO, DocType.QA)


def split_units(paragraph: str) -> list[str]:
    """A paragraph's sentences (split after 。；!?), item lines kept whole."""
    units: list[str] = []
    for line in paragraph.split("\n"):
        units.extend(u.strip() for u in _SENTENCE_END.split(line) if u.strip())
    return units


class ExtractiveAnswerer:
    """Builds a cited, quoted answer from search hits.

    The thresholds come from the embedder's profile (retrieval/profiles.py): the dense floors of
    ``abstain``, the citation and answer bars of the relevance model (applied to each hit's
    ``relevance`` when the searcher has a relevance model), and, with a ``coverage`` check, the
    bar under which a question recognised as belonging to an area of law the corpus lacks abstains.
    """

    def __init__(
        self,
        searcher: HybridSearcher,
        k: int = 5,
        max_citations: int = 3,
        abstain: AbstainThresholds | None = None,
        relevance: RelevanceModel | None = None,
        coverage: CoverageCheck | None = None,
        with_context: bool = True,
        neutralize: Callable[[str], str] | None = None,
    ) -> None:
        """``neutralize`` rewrites a question before the search (default: nationalities become
        "外国"/"foreign", :func:`neutral_question`), so the cited articles never depend on a
        nationality."""
        if not 1 <= max_citations <= k:
            raise ValueError(f"max_citations must be in 1..k, got {max_citations} with k={k}")
        self.searcher = searcher
        self.k = k
        self.max_citations = max_citations
        self.abstain = abstain or AbstainThresholds()
        self.bars = relevance or RelevanceModel()
        self.coverage = coverage
        #: Also cite the closest case, cultural note and reviewed Q&A entry when close to the question.
        self.with_context = with_context
        self.neutralize = neutralize or neutral_question

    @property
    def lexical(self) -> LexicalAnalyzer:
        """The searcher's tokenizer (used to match clauses to the question)."""
        return self.searcher.lexical

    def answer(
        self, question: str, filters: SearchFilters | None = None, district: DistrictProfile | None = None
    ) -> Answer:
        """Search and answer."""
        result = self.searcher.search(
            self.neutralize(question), k=self.k, filters=filters, district=district, context=self.context_types
        )
        return self.from_result(result)

    @property
    def context_types(self) -> tuple[DocType, ...]:
        """Document types the answer cites beside the law (asked for in the same search)."""
        return CONTEXT_TYPES if self.with_context else ()

    def stream(
        self, question: str, filters: SearchFilters | None = None, district: DistrictProfile | None = None
    ) -> Iterator[AnswerEvent]:
        """The same answer as one ``answer`` event (the LLM answerer also streams tokens)."""
        yield AnswerEvent("answer", answer=self.answer(question, filters, district))

    def _dense_supported(self, result: SearchResult) -> bool:
        """The dense floor: the best of the top three is similar enough (with agreement near it)."""
        top3 = result.hits[:3]
        dense = max((h.dense_score for h in top3 if h.dense_score is not None), default=None)
        if dense is None:
            return False
        t = self.abstain
        floor = t.min_dense_zh if result.analysis.lang == "zh" else t.min_dense_other
        if dense < floor:
            return False
        agreeing = sum(1 for h in top3 if "dense" in h.matched_by and "lexical" in h.matched_by)
        return dense >= floor + t.agreement_margin or agreeing > 0

    @staticmethod
    def _best_relevance(result: SearchResult) -> float | None:
        values = [h.relevance for h in result.hits if h.relevance is not None]
        return max(values) if values else None

    def missing_area(self, result: SearchResult) -> DomainMatch | None:
        """The area of law the corpus lacks that the question belongs to, when recognisable and no
        retrieved article addresses the question well enough to answer anyway."""
        if self.coverage is None or any("reference" in h.matched_by for h in result.hits):
            return None
        match = self.coverage.recognise(result.analysis.text, result.query_vector)
        if match is None:
            return None
        best = self._best_relevance(result)
        if best is not None and best >= self.coverage.thresholds.override_relevance:
            return None
        return match

    def supported(self, result: SearchResult) -> bool:
        """Whether the evidence carries the question (explicit references always do): the dense
        floor, no recognised area of law the corpus lacks, and with a relevance model, at least one
        hit above the answer bar."""
        if not result.hits:
            return False
        if any("reference" in h.matched_by for h in result.hits):
            return True
        if not self._dense_supported(result) or self.missing_area(result) is not None:
            return False
        best = self._best_relevance(result)
        return best is None or best >= self.bars.answer

    def select(self, result: SearchResult) -> list[SearchHit]:
        """The hits worth quoting: explicit references; else the hits the relevance model finds
        relevant (most probable first, the best one always); without a model, the top hit and
        close runners-up found by both retrievers."""
        refs = [h for h in result.hits if "reference" in h.matched_by]
        if refs:
            return refs[: self.max_citations]
        hits = [h for h in result.hits if h.doc_type in (DocType.LAW, DocType.TREATY)] or result.hits
        if any(h.relevance is not None for h in hits):
            ranked = sorted(hits, key=lambda h: (-(h.relevance or 0.0), h.rank))
            chosen = [ranked[0]] + [h for h in ranked[1:] if (h.relevance or 0.0) >= self.bars.cite]
            return chosen[: self.max_citations]
        chosen = [hits[0]]
        for h in hits[1:]:
            if len(chosen) >= self.max_citations:
                break
            # A runner-up is quoted only when both retrievers found it and it scores close to the top.
            if len(h.matched_by) >= 2 and h.score >= 0.8 * hits[0].score:
                chosen.append(h)
        return chosen

    def quote(self, hit: SearchHit, question: str, expansion: Sequence[str] = ()) -> str:
        """The clause(s) of ``hit`` that best match the question, at most ~240 characters.

        Paragraphs are scored by shared terms with the question and its glossary expansion (so a
        Russian question about 领事通报 still picks the notification paragraph). The paragraph
        retrieval matched wins ties; with no shared term at all the article's first paragraph,
        which states the rule, is quoted.
        """
        paragraphs = hit.paragraphs or [hit.text]
        q_terms = set(self.lexical.tokens(" ".join([question, *expansion])))

        def overlap(text: str) -> int:
            return sum(min(len(t), 4) for t in q_terms & set(self.lexical.tokens(text)))

        scores = [overlap(p) for p in paragraphs]
        best_i = 0
        if max(scores) > 0:
            best_i = max(range(len(paragraphs)), key=lambda i: (scores[i], i + 1 == hit.paragraph, -i))
        best = paragraphs[best_i]
        # English treaty text needs about 2.5x the characters Chinese does for the same content.
        limit = MAX_QUOTE_CHARS if _CJK.search(best) else int(MAX_QUOTE_CHARS * 2.5)
        if len(best) <= limit:
            return best
        # Long paragraph: keep its first sentence (the rule) and the best-matching sentences.
        units = split_units(best)
        # Best-matching sentences first; with nothing matching, simply the paragraph's opening.
        scored = sorted(range(len(units)), key=lambda i: (-overlap(units[i]), i))
        keep = {0}
        length = len(units[0])
        for i in scored:
            if length + len(units[i]) > limit:
                continue
            keep.add(i)
            length += len(units[i])
        parts: list[str] = []
        last = -1
        for i in sorted(keep):
            if last >= 0 and i != last + 1:
                parts.append("……")
            parts.append(units[i])
            last = i
        text = "".join(parts) if _CJK.search(best) else " ".join(parts)
        if len(keep) == 1 and len(units) > 1:
            # Only the opening fitted: add the start of the next sentence, cut, so the quote says something.
            room = max(limit - length, 60)
            text += ("" if _CJK.search(best) else " ") + units[1][:room] + "……"
        return text

    def from_result(self, result: SearchResult) -> Answer:
        """Answer from an existing search result (shared with the LLM answerer's fallback)."""
        lang = result.analysis.lang
        missing = self.missing_area(result)
        if missing is not None or not self.supported(result):
            text = ABSTAIN.get(lang, ABSTAIN["en"])
            if missing is not None:
                area = missing.domain.label(lang)
                text += ("" if lang == "zh" else " ") + missing_law_notice(lang, area, list(missing.domain.laws))
            return Answer(
                answer=text,
                citations=[],
                abstained=True,
                mode="extractive",
                lang=lang,
                missing_law=missing.domain.name if missing else None,
                missing_laws=list(missing.domain.laws) if missing else [],
            )
        citations: list[Citation] = []
        lines: list[str] = []
        notices: list[str] = []
        # "Article 36" or "第四十三条" in the question says which article, not which clause.
        question_for_quotes = result.analysis.text
        for ref in result.analysis.refs:
            question_for_quotes = question_for_quotes.replace(ref.text, " ")
        for n, hit in enumerate(self.select(result), start=1):
            quote = self.quote(hit, question_for_quotes, result.analysis.expansion)
            citations.append(citation_from_hit(n, hit, quote))
            lines.append(render_line(lang, law_label(hit, lang), article_label(hit, lang), quote, n, hit.in_force))
            if not hit.in_force:
                notices.append(superseded_notice(lang, hit))
        notices.extend(renumbering_notice(lang, r) for r in result.renumbered)
        if self.with_context and not any(c.doc_type in CONTEXT_TYPES for c in citations):
            for hit in self.context_hits(result):
                n = len(citations) + 1
                quote = self.quote(hit, question_for_quotes, result.analysis.expansion)
                citations.append(citation_from_hit(n, hit, quote))
                lines.append(render_context_line(lang, hit, quote, n))
        return Answer(
            answer="\n".join(lines), citations=citations, abstained=False, mode="extractive", lang=lang, notices=notices
        )

    def context_hits(self, result: SearchResult) -> list[SearchHit]:
        """The closest past case, cultural note and curated Q&A entry, when close enough, to cite
        beside the law (only reviewed Q&A entries are in the store; see api/workbench/qa.py)."""
        out: list[SearchHit] = []
        t = self.abstain
        floor = t.min_dense_zh if result.analysis.lang == "zh" else t.min_dense_other
        for kind in CONTEXT_TYPES:
            side = result.context.get(kind, [])
            if side and (side[0].dense_score or 0.0) >= floor + t.context_margin:
                out.append(side[0])
        return out


@lru_cache(maxsize=1)
def _countries() -> Any:
    from corpus.countries import CountryNames  # country knowledge is corpus data

    return CountryNames()


def neutral_question(question: str) -> str:
    """The question with its nationality words replaced ("俄罗斯籍男子" → "外国籍男子")."""
    return str(_countries().neutralize(question))


def citation_from_hit(n: int, hit: SearchHit, quote: str) -> Citation:
    """A numbered citation carrying the quote and the full article text."""
    return Citation(
        n=n,
        source=hit.source,
        article=hit.article,
        law=hit.law,
        short=hit.short,
        version=hit.version,
        doc_type=hit.doc_type,
        in_force=hit.in_force,
        superseded_by=hit.superseded_by,
        effective=hit.effective,
        path=hit.path,
        heading=hit.heading,
        paragraph=hit.paragraph,
        review_status=hit.review_status,
        synthetic=hit.synthetic,
        quote=quote,
        text=hit.text,
    )
