"""Labels for case passages and cultural notes: case type, cultural-taboo category, legal clause,
nationality — each with a confidence and its provenance.

* rule: keywords of the taxonomy; explicit law references (《治安管理处罚法》第五十一条) resolved to
  article identities that exist in the corpus; nationality words (俄罗斯籍, 美国公民, "Nigerian").
* embedding: similarity of the case text to each label's description (the two best labels above a
  threshold; the threshold was set on the "tune" split of eval/data/case_labels.jsonl).
* llm: when an endpoint is configured, the model picks case types from the taxonomy (JSON).
* annotator: set later by people reviewing labels (not produced here).

A nationality label records a fact of the case. It is never used for ranking or as a risk signal.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from answer.llm import ChatClient
from answer.prompts import Prompt
from corpus import CORPUS_ROOT
from corpus.schema import Label, Provenance
from corpus.schema.taxonomy import CASE_TYPES, TABOO_CATEGORIES, LabelDef
from retrieval.embedders import Embedder
from retrieval.query import QueryAnalyzer

log = logging.getLogger(__name__)

COUNTRY_TABLE = CORPUS_ROOT / "culture" / "country_names_zh.tsv"
FACTBOOK = CORPUS_ROOT / "culture" / "cia_world_factbook_people_religion_language.jsonl"


@dataclass(frozen=True)
class LabellerConfig:
    """Thresholds (set on the tune split; see docs/benchmarks.md)."""

    #: Distinct keywords of a case type needed for a rule label (the type's own name counts 2).
    min_keyword_hits: int = 2
    #: Minimum similarity of case text and label description for an embedding label.
    embedding_threshold: float = 0.86
    #: Embedding labels: at most this many per case.
    embedding_top: int = 1
    #: Taboo categories need this many distinct keywords.
    min_taboo_hits: int = 2


class CountryNames:
    """Chinese and English words for nationalities -> factbook country names."""

    def __init__(self, table: Path = COUNTRY_TABLE, factbook: Path = FACTBOOK) -> None:
        self.zh: dict[str, str] = {}
        #: factbook country -> its usual Chinese name (the table's second column)
        self.primary_zh: dict[str, str] = {}
        for line in table.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            country = cols[0].strip()
            self.primary_zh[country] = cols[1].strip()
            for name in [cols[1], *(cols[2].split("|") if len(cols) > 2 else [])]:
                if name.strip():
                    self.zh[name.strip()] = country
        self.en: dict[str, str] = {}
        if factbook.exists():
            for line in factbook.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                country, nat = row.get("country"), row.get("nationality") or ""
                if not country:
                    continue
                for m in re.finditer(r"(?:noun|adjective):\s*([A-Z][A-Za-z' -]+?)(?:\(s\))?(?:;|,|$)", nat):
                    word = m.group(1).strip()
                    if len(word) > 3:
                        self.en[word] = country
        names = sorted(self.zh, key=len, reverse=True)
        self._zh_re = re.compile(
            "(?:"
            + "|".join(map(re.escape, names))
            + r")(?=籍|人|公民|国籍|男子|女子|游客|留学生|商人|客商|女士|先生|护照)"
            r"|(?<=来自)(?:" + "|".join(map(re.escape, names)) + ")"
        )
        self._en_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(self.en, key=len, reverse=True))) + r")s?\b")

    def find(self, text: str) -> list[str]:
        """Countries whose nationality the text states (in order, no repeats)."""
        out: list[str] = []
        for m in self._zh_re.finditer(text):
            country = self.zh[m.group(0)]
            if country not in out:
                out.append(country)
        for m in self._en_re.finditer(text):
            country = self.en[m.group(1)]
            if country not in out:
                out.append(country)
        return out


def _keyword_hits(text: str, label: LabelDef) -> int:
    hits = sum(1 for k in label.keywords if k in text)
    if label.name.split("/")[-1] in text:
        hits += 2
    return hits


class Labeller:
    """Produces labels with confidence and provenance."""

    def __init__(
        self,
        analyzer: QueryAnalyzer,
        embedder: Embedder | None = None,
        article_exists: Callable[[list[str]], set[str]] | None = None,
        countries: CountryNames | None = None,
        config: LabellerConfig | None = None,
        llm: Callable[[str, list[str]], list[str]] | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.embedder = embedder
        self.article_exists = article_exists
        self.countries = countries or CountryNames()
        self.config = config or LabellerConfig()
        self.llm = llm
        self._desc_vectors: np.ndarray | None = None

    # -- case types ---------------------------------------------------------------------------
    def rule_case_types(self, text: str, min_hits: int | None = None) -> list[Label]:
        """Case types by keywords (``min_hits`` overrides the configured threshold, e.g. for one-line scenarios)."""
        threshold = self.config.min_keyword_hits if min_hits is None else min_hits
        out = []
        for label in CASE_TYPES:
            hits = _keyword_hits(text, label)
            if hits >= threshold:
                out.append(
                    Label(
                        kind="case_type",
                        value=label.name,
                        confidence=min(0.95, 0.55 + 0.1 * hits),
                        provenance=Provenance.RULE,
                    )
                )
        return out

    def embedding_case_types(self, text: str) -> list[Label]:
        """Case types whose description is closest to the case text."""
        if self.embedder is None:
            return []
        if self._desc_vectors is None:
            self._desc_vectors = self.embedder.embed_queries([f"{c.name}：{c.description}" for c in CASE_TYPES])
        vec = self.embedder.embed_passages([text[:1500]])[0]
        sims = self._desc_vectors @ vec
        order = np.argsort(-sims)[: self.config.embedding_top]
        return [
            Label(
                kind="case_type",
                value=CASE_TYPES[i].name,
                confidence=round(float(sims[i]), 3),
                provenance=Provenance.EMBEDDING,
            )
            for i in order
            if sims[i] >= self.config.embedding_threshold
        ]

    def llm_case_types(self, text: str) -> list[Label]:
        """Case types chosen by an LLM (only values of the taxonomy are kept)."""
        if self.llm is None:
            return []
        allowed = [c.name for c in CASE_TYPES]
        try:
            chosen = self.llm(text[:2000], allowed)
        except Exception as exc:  # the LLM is optional: a failure costs labels, not the ingest
            log.warning("LLM labeller failed (%s); rule and embedding labels only", type(exc).__name__)
            return []
        return [
            Label(kind="case_type", value=c, confidence=0.7, provenance=Provenance.LLM) for c in chosen if c in allowed
        ]

    # -- other kinds --------------------------------------------------------------------------
    def taboo_categories(self, text: str) -> list[Label]:
        """Cultural-taboo categories by keywords."""
        out = []
        for label in TABOO_CATEGORIES:
            hits = sum(1 for k in label.keywords if k in text)
            if hits >= self.config.min_taboo_hits:
                out.append(
                    Label(
                        kind="cultural_taboo",
                        value=label.name,
                        confidence=min(0.9, 0.5 + 0.15 * hits),
                        provenance=Provenance.RULE,
                    )
                )
        return out

    def legal_clauses(self, text: str) -> list[Label]:
        """Explicit article references resolved to article identities that exist."""
        analysis = self.analyzer.analyze(text)
        ids: list[str] = []
        today = date.today()
        for ref in analysis.refs:
            # A reference naming several versions (治安管理处罚法) cites the one in force today,
            # unless the text named the version (ref.include_superseded).
            sources = list(ref.sources)
            if len(sources) > 1 and not ref.include_superseded:
                docs = [self.analyzer.manifest.get(s) for s in sources]
                current = [d.source for d in docs if d is not None and d.in_force_on(today)]
                sources = current or sources[-1:]
            candidates = [f"{s}#{ref.article}" for s in sources]
            for aid in candidates:
                if aid not in ids:
                    ids.append(aid)
        if self.article_exists is not None and ids:
            existing = self.article_exists(ids)
            ids = [a for a in ids if a in existing]
        return [Label(kind="legal_clause", value=a, confidence=0.95, provenance=Provenance.RULE) for a in ids]

    def nationalities(self, text: str) -> list[Label]:
        """Nationalities the text states."""
        return [
            Label(kind="nationality", value=c, confidence=0.9, provenance=Provenance.RULE)
            for c in self.countries.find(text)
        ]

    # -- whole documents ----------------------------------------------------------------------
    def label_case(self, text: str) -> list[Label]:
        """All labels of one case (its full text)."""
        labels = self.rule_case_types(text)
        labels += self.embedding_case_types(text)
        labels += self.llm_case_types(text)
        labels += self.taboo_categories(text)
        labels += self.legal_clauses(text)
        labels += self.nationalities(text)
        return merge(labels)


def merge(labels: Iterable[Label]) -> list[Label]:
    """One label per (kind, value): the most confident one, rules first on ties."""
    rank = {
        Provenance.HUMAN: 0,
        Provenance.ANNOTATOR: 0,
        Provenance.RULE: 1,
        Provenance.LLM: 2,
        Provenance.EMBEDDING: 3,
    }
    best: dict[tuple[str, str], Label] = {}
    for lb in labels:
        key = (lb.kind, lb.value)
        cur = best.get(key)
        if cur is None or (lb.confidence, -rank[lb.provenance]) > (cur.confidence, -rank[cur.provenance]):
            best[key] = lb
    return list(best.values())


def llm_case_type_chooser(client: ChatClient, prompt: Prompt | None = None) -> Callable[[str, list[str]], list[str]]:
    """An LLM labeller function over an OpenAI-compatible chat client (JSON answer, validated)."""
    prompt = prompt or Prompt("label", "1")

    def choose(text: str, allowed: list[str]) -> list[str]:
        messages = prompt.render_values({"text": text, "allowed": "、".join(allowed)})
        reply = "".join(client.stream(messages))
        m = re.search(r"\{.*\}", reply, re.S)
        if not m:
            return []
        try:
            data = json.loads(m.group(0))
        except json.JSONDecodeError:
            return []
        values = data.get("case_types", []) if isinstance(data, dict) else []
        return [str(v) for v in values if isinstance(v, str)]

    return choose
