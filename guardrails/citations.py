"""Citation verification for LLM answers: every sentence shown to an officer must carry a citation
that names real evidence and supports what the sentence says.

Rules, applied sentence by sentence:
1. citation numbers that name no evidence item are dropped;
2. a sentence with no (remaining) citation is unsupported;
3. a sentence in another language than the question's is unsupported;
4. a cited sentence is supported when at least one cited evidence item supports it: enough of its
   terms occur in the evidence (lexical overlap), or the embedding similarity is high with some
   lexical overlap, or very high on its own (cross-lingual: a Chinese sentence citing the English
   VCCR). Thresholds are calibrated by ``scripts/calibrate_verifier.py`` (docs/benchmarks.md).
Unsupported sentences are removed (or, by setting, kept and marked). Citations are renumbered in
order of first use so the shown numbers run 1..m.

The verifier is handed what it needs through the small protocols below (a tokenizer, an
embedder, a glossary, a language detector, term weights); the retrieval stage's analyzers
satisfy them, and nothing here imports that stage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
import numpy.typing as npt

_MARKER = re.compile(r"\s*(?:\[(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)\]|【(\d{1,2})】)")
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+|\n|$)")
_LATIN_END = re.compile(r"(?<=[a-z0-9)\]”\"']\.)\s+(?=[A-Z“\"(])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class Tokenizer(Protocol):
    """Splits text into the terms lexical support is counted on."""

    def tokens(self, text: str) -> list[str]:
        """The text's terms, in order."""
        ...


class SentenceEmbedder(Protocol):
    """Embeds evidence (passages) and sentences (queries) into comparable unit vectors."""

    def embed_passages(self, texts: Sequence[str]) -> npt.NDArray[Any]:
        """One row per passage."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> npt.NDArray[Any]:
        """One row per query."""
        ...


class GlossaryTerm(Protocol):
    """A glossary row: a statutory Chinese term and its English equivalents."""

    @property
    def zh(self) -> str:
        """The statutory Chinese term."""
        ...

    @property
    def en(self) -> Sequence[str]:
        """English equivalents."""
        ...


class TermGlossary(Protocol):
    """Finds the glossary terms of a sentence (for cross-script support)."""

    def matches(self, text: str) -> Sequence[GlossaryTerm]:
        """Rows whose terms occur in ``text``."""
        ...


@dataclass(frozen=True)
class SupportThresholds:
    """Calibrated decision thresholds (see scripts/calibrate_verifier.py)."""

    #: IDF-weighted share of the sentence's terms found in the evidence that is enough on its own.
    lexical: float = 0.9
    #: Embedding similarity that suffices together with at least ``lexical_floor`` overlap.
    dense_with_lexical: float = 0.95
    lexical_floor: float = 0.3
    #: Embedding similarity that suffices on its own.
    dense_alone: float = 0.95


@dataclass
class SentenceCheck:
    """The verdict on one sentence."""

    text: str
    cited: list[int]
    supported: bool
    reason: Literal["supported", "no-citation", "invalid-citation", "wrong-language", "unsupported"]
    lexical: float = 0.0
    dense: float = 0.0


@dataclass
class Verification:
    """The verified answer: kept sentences with renumbered citations, and what was removed."""

    text: str
    evidence_order: list[int]  # original evidence numbers, in their new order (new n = index + 1)
    checks: list[SentenceCheck] = field(default_factory=list)

    @property
    def kept(self) -> int:
        """Sentences shown to the officer."""
        return sum(1 for c in self.checks if c.supported)

    @property
    def total(self) -> int:
        """Sentences the model wrote."""
        return len(self.checks)


def split_sentences(text: str) -> list[str]:
    """Split an answer into sentences, keeping each sentence's trailing ``[n]`` markers with it."""
    raw: list[str] = []
    for m in _SENTENCE.finditer(text):
        piece = m.group(0)
        if not piece.strip():
            continue
        raw.extend(p for p in _LATIN_END.split(piece) if p.strip())
    out: list[str] = []
    for piece in raw:
        lead = _MARKER.match(piece)
        if lead and out and lead.end() > 0:
            # "……。[1] 下一句" : markers right after the full stop belong to the previous sentence.
            markers = piece[: lead.end()]
            while True:
                nxt = _MARKER.match(piece, len(markers))
                if not nxt:
                    break
                markers = piece[: nxt.end()]
            out[-1] = out[-1].rstrip() + markers.strip()
            piece = piece[len(markers) :]
        if piece.strip():
            out.append(piece.strip())
    return out


def citations_in(sentence: str) -> list[int]:
    """Citation numbers in a sentence, in order, without repeats."""
    nums: list[int] = []
    for m in _MARKER.finditer(sentence):
        group = m.group(1) or m.group(2)
        for part in re.split(r"[,，、]", group):
            n = int(part.strip())
            if n not in nums:
                nums.append(n)
    return nums


def strip_markers(sentence: str) -> str:
    """The sentence without its ``[n]`` markers."""
    return _MARKER.sub("", sentence).strip()


class CitationVerifier:
    """Checks each sentence of an answer against the evidence it cites."""

    def __init__(
        self,
        lexical: Tokenizer,
        embedder: SentenceEmbedder,
        thresholds: SupportThresholds | None = None,
        on_unsupported: Literal["remove", "mark"] = "remove",
        idf: Callable[[str], float] | None = None,
        glossary: TermGlossary | None = None,
        *,
        language: Callable[[str], str],
    ) -> None:
        """``idf`` weighs a term (the store's IDF); ``language`` names a sentence's language
        (``zh``, ``en``, ``ru``…)."""
        self.lexical = lexical
        self.embedder = embedder
        self.thresholds = thresholds or SupportThresholds()
        self.on_unsupported = on_unsupported
        self.idf = idf
        self.glossary = glossary
        self.language = language

    def _weight(self, term: str) -> float:
        # Rare terms carry the claim; 处/以下/罚款 occur in hundreds of articles and prove nothing.
        if self.idf is not None:
            return self.idf(term)
        return float(min(len(term), 4))

    def lexical_support(self, sentence: str, evidence: str) -> float:
        """IDF-weighted share of the sentence's terms that occur in the evidence.

        When sentence and evidence are in different scripts (an English sentence citing a Chinese
        article), the share of the sentence's glossary terms whose statutory Chinese or English
        form occurs in the evidence is used instead.
        """
        if bool(_CJK.search(sentence)) != bool(_CJK.search(evidence)) and self.glossary is not None:
            rows = self.glossary.matches(sentence)
            if len(rows) < 2:
                return 0.0
            lowered = evidence.lower()
            found = sum(1 for r in rows if r.zh in evidence or any(e.lower() in lowered for e in r.en))
            return found / len(rows)
        terms = self.lexical.tokens(sentence)
        if not terms:
            return 0.0
        ev = set(self.lexical.tokens(evidence))
        weights = [self._weight(t) for t in terms]
        total = sum(weights)
        return sum(w for t, w in zip(terms, weights, strict=True) if t in ev) / total if total else 0.0

    def decide(self, lexical: float, dense: float) -> bool:
        """The calibrated support rule."""
        t = self.thresholds
        return (
            lexical >= t.lexical
            or (dense >= t.dense_with_lexical and lexical >= t.lexical_floor)
            or dense >= t.dense_alone
        )

    def verify(self, answer: str, evidence: Sequence[str], lang: str) -> Verification:
        """Verify ``answer`` whose ``[n]`` markers refer to ``evidence[n-1]``."""
        sentences = split_sentences(answer)
        checks: list[SentenceCheck] = []
        bodies = [strip_markers(s) for s in sentences]
        to_embed = [i for i, s in enumerate(sentences) if any(1 <= n <= len(evidence) for n in citations_in(s))]
        sims: dict[int, np.ndarray] = {}
        if to_embed and evidence:
            ev_vecs = self.embedder.embed_passages(list(evidence))
            q_vecs = self.embedder.embed_queries([bodies[i] for i in to_embed])
            for row, i in enumerate(to_embed):
                sims[i] = ev_vecs @ q_vecs[row]
        for i, sentence in enumerate(sentences):
            body = bodies[i]
            raw = citations_in(sentence)
            valid = [n for n in raw if 1 <= n <= len(evidence)]
            if not body:
                continue
            if not raw:
                checks.append(SentenceCheck(sentence, [], False, "no-citation"))
                continue
            if not valid:
                checks.append(SentenceCheck(sentence, [], False, "invalid-citation"))
                continue
            if not _same_language(self.language(body), lang):
                checks.append(SentenceCheck(sentence, valid, False, "wrong-language"))
                continue
            best_lex = best_dense = 0.0
            supporting: list[int] = []
            for n in valid:
                lex = self.lexical_support(body, evidence[n - 1])
                dense = float(sims[i][n - 1]) if i in sims else 0.0
                best_lex, best_dense = max(best_lex, lex), max(best_dense, dense)
                if self.decide(lex, dense):
                    supporting.append(n)
            if supporting:
                checks.append(SentenceCheck(sentence, supporting, True, "supported", best_lex, best_dense))
            else:
                checks.append(SentenceCheck(sentence, valid, False, "unsupported", best_lex, best_dense))
        return self._render(checks)

    def _render(self, checks: list[SentenceCheck]) -> Verification:
        order: list[int] = []
        for c in checks:
            if c.supported:
                for n in c.cited:
                    if n not in order:
                        order.append(n)
        renumber = {old: new for new, old in enumerate(order, start=1)}
        parts: list[str] = []
        for c in checks:
            body = strip_markers(c.text)
            if c.supported:
                marks = "".join(f"[{renumber[n]}]" for n in c.cited)
                parts.append(_attach(body, marks))
            elif self.on_unsupported == "mark":
                parts.append(f"{body}【未经核实】")
        joiner = "" if any(_CJK.search(p) for p in parts) else " "
        return Verification(text=joiner.join(parts).strip(), evidence_order=order, checks=checks)


def _attach(body: str, marks: str) -> str:
    """Put citation markers before the sentence's final punctuation mark: 句子[1]。"""
    m = re.search(r"[。！？!?.]+$", body)
    if m:
        return body[: m.start()] + marks + body[m.start() :]
    return body + marks


def _same_language(detected: str, lang: str) -> bool:
    """A Chinese answer sentence must be mostly Chinese; others must not be mostly Chinese."""
    if lang == "zh":
        return detected == "zh"
    if detected == "zh":
        return False
    # Latin-script languages are hard to tell apart in one short sentence; scripts are not.
    latin = {"en", "fr", "es", "de", "it", "pt", "nl", "tr", "id", "vi"}
    return detected == lang or (detected in latin and lang in latin)
