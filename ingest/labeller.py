"""Labels for case passages and cultural notes: case type, cultural-taboo category, legal clause,
nationality — each with a confidence and its provenance.

* rule: keywords of the taxonomy; explicit law references (《治安管理处罚法》第五十一条) resolved to
  article identities that exist in the corpus; nationality words (俄罗斯籍, 美国公民, "Nigerian").
* embedding: similarity of the case text to each label's description (the two best labels above a
  threshold; the threshold was set on the "tune" split of eval/data/case_labels.jsonl).
* llm: when an endpoint is configured, the model picks case types from the taxonomy (JSON).
* annotator: set later by people reviewing labels (not produced here).

A nationality label records a fact of the case and the role of the person it is stated of (suspect,
victim, witness, party). It is never used for ranking or as a risk signal; eval/bias.py audits how
case types distribute over the nationalities of suspects.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from corpus.countries import CountryNames
from corpus.schema import Label, Provenance
from corpus.schema.taxonomy import CASE_TYPES, TABOO_CATEGORIES, LabelDef
from llm.client import ChatClient
from llm.prompts import Prompt
from retrieval.embedders import Embedder
from retrieval.query import QueryAnalyzer

log = logging.getLogger(__name__)


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


#: Offence verbs: the person named before one did it (suspect), the person named after it had it
#: done to them ("俄罗斯籍男子殴打了法国籍游客": Russia suspect, France victim).
ACT_WORDS = (
    "殴打",
    "打伤",
    "推搡",
    "辱骂",
    "骚扰",
    "盗窃",
    "偷",
    "抢",
    "诈骗",
    "骗取",
    "敲诈",
    "威胁",
    "伤害",
    "撞伤",
    "撞倒",
)
#: Words that give a person's role in a case, nearest one wins (Chinese, English, Russian).
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "victim": (
        "被害人",
        "受害人",
        "报警人",
        "报案人",
        "求助人",
        "失主",
        "投诉人",
        "被盗",
        "被骗",
        "被抢",
        "被打",
        "遭到",
        "遭受",
        "走失",
        "迷路",
        "求助",
        "报警",
        "报案",
        "victim",
        "complainant",
        "потерпевш",
    ),
    "witness": ("证人", "目击", "见证人", "witness", "свидетел"),
    "suspect": (
        "嫌疑人",
        "违法行为人",
        "行为人",
        "涉嫌",
        "被行政拘留",
        "被拘留",
        "被刑事拘留",
        "行政拘留",
        "被处罚",
        "被罚款",
        "处以",
        "罚款",
        "拘留",
        "肇事",
        "滋事",
        "非法居留",
        "非法就业",
        "非法入境",
        "逾期",
        "限期出境",
        "遣送",
        "suspect",
        "offender",
        "detained",
        "подозреваем",
        "задержан",
    ),
    "party": ("当事人", "双方", "party", "сторон"),
}
_ROLE_CLAUSE = re.compile(r"[。！？!?；;\n]")


def mention_role(text: str, start: int, end: int) -> str:
    """The role of the person whose nationality is mentioned at ``start:end``: the role word nearest
    to the mention inside its sentence (after it counts a little closer than before), else ``party``."""
    left = max((m.end() for m in _ROLE_CLAUSE.finditer(text, 0, start)), default=0)
    right_match = _ROLE_CLAUSE.search(text, end)
    right = right_match.start() if right_match else len(text)
    before, after = text[left:start].lower(), text[end:right].lower()
    best: tuple[float, str] | None = None
    for w in ACT_WORDS:
        i = after.find(w)
        if i >= 0 and (best is None or i * 0.9 < best[0]):
            best = (i * 0.9, "suspect")
        j = before.rfind(w)
        if j >= 0:
            cand = (float(len(before) - j - len(w)), "victim")
            best = cand if best is None or cand < best else best
    for role, words in ROLE_WORDS.items():
        for w in words:
            i = after.find(w)
            if i >= 0:
                cand = (i * 0.9, role)
                best = cand if best is None or cand < best else best
            j = before.rfind(w)
            if j >= 0:
                cand = (float(len(before) - j - len(w)), role)
                best = cand if best is None or cand < best else best
    return best[1] if best is not None else "party"


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
        """Nationalities the text states, each with the role of the person it is stated of
        (suspect, victim, witness, party): one label per (country, role)."""
        out: list[Label] = []
        seen: set[tuple[str, str]] = set()
        for country, start, end in self.countries.mentions(text):
            role = mention_role(text, start, end)
            if (country, role) in seen:
                continue
            seen.add((country, role))
            out.append(Label(kind="nationality", value=country, confidence=0.9, provenance=Provenance.RULE, role=role))
        return out

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
    """One label per (kind, value, role): the most confident one; on ties people first, then rules."""
    rank = {
        Provenance.HUMAN: 0,
        Provenance.ANNOTATOR: 0,
        Provenance.RULE: 1,
        Provenance.LLM: 2,
        Provenance.EMBEDDING: 3,
    }
    best: dict[tuple[str, str, str | None], Label] = {}
    for lb in labels:
        key = (lb.kind, lb.value, lb.role)
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
