"""The regression suite: run golden questions through search and answering, score every item,
aggregate, compare with a stored baseline.

Per item: Recall@5/@10, MRR@10, nDCG@10 by article identity; version correctness (cited law
articles are in force); citation support (the verifier's share of answer sentences supported by
what they cite); citation precision/recall against the gold articles; must-mention coverage;
abstention on unanswerable items; latency; RAGAS non-LLM context precision/recall (always) and
faithfulness / answer relevancy when a judge endpoint is configured.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import statistics
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from corpus.schema import Answer, DocType
from eval.datasets import GoldItem
from eval.metrics import mrr_at, ndcg_at, recall_at
from guardrails.citations import CitationVerifier, citations_in, split_sentences, strip_markers

log = logging.getLogger(__name__)

GATES = Path(__file__).resolve().parent / "gates.toml"
_QUOTE = re.compile(r"[“«\"]([^”»\"]+)[”»\"]")
#: Metrics where lower is better (everything else: higher is better).
LOWER_IS_BETTER = {"latency_ms_p50", "latency_ms_p95"}


class ItemResult(BaseModel):
    """One golden question's outcome."""

    id: str
    question: str
    dataset: str
    tags: dict[str, str] = Field(default_factory=dict)
    answerable: bool
    gold: list[str] = Field(default_factory=list)
    retrieved: list[str] = Field(default_factory=list)
    evidence: list[dict[str, str]] = Field(default_factory=list, description="top hits, short, for the report")
    answer: str = ""
    abstained: bool = False
    mode: str = ""
    cited: list[str] = Field(default_factory=list)
    metrics: dict[str, float | None] = Field(default_factory=dict)
    latency_ms: float = 0.0
    error: str | None = None


class EvalRun(BaseModel):
    """A whole run: what was evaluated, aggregates, breakdowns and every item."""

    meta: dict[str, Any] = Field(default_factory=dict)
    aggregate: dict[str, float | None] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
    by_tag: dict[str, dict[str, dict[str, float | None]]] = Field(default_factory=dict)
    #: The same aggregates over tuning items ("dev": dev and calibration splits, and sets without a
    #: split) and over held-apart items ("heldout": test and holdout splits), reported side by side.
    splits: dict[str, dict[str, float | None]] = Field(default_factory=dict)
    items: list[ItemResult] = Field(default_factory=list)


@dataclass(frozen=True)
class JudgeConfig:
    """An OpenAI-compatible endpoint for RAGAS's LLM-judged metrics."""

    base_url: str
    model: str
    api_key: str | None = None


class Evaluator:
    """Runs golden items through a searcher and an answerer."""

    def __init__(
        self,
        searcher: Any,
        answerer: Any,
        verifier: CitationVerifier,
        counterparts: dict[str, str],
        judge: JudgeConfig | None = None,
        ragas_home: Path | None = None,
        k: int = 10,
        ragas: bool = True,
    ) -> None:
        self.searcher = searcher
        self.answerer = answerer
        self.verifier = verifier
        self.counterparts = counterparts
        self.judge = judge
        self.ragas_home = ragas_home
        self.k = k
        self._ragas: dict[str, Any] | None = None if ragas else {}

    # -- RAGAS ----------------------------------------------------------------------------------
    def _ragas_metrics(self) -> dict[str, Any]:
        if self._ragas is not None:
            return self._ragas
        if self.ragas_home is not None:
            # ragas writes an analytics id under the user's data dir: keep it inside ours.
            self.ragas_home.mkdir(parents=True, exist_ok=True)
            os.environ["XDG_DATA_HOME"] = str(self.ragas_home)
        os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")
        metrics: dict[str, Any] = {}
        try:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                from ragas.metrics import NonLLMContextPrecisionWithReference, NonLLMContextRecall
            metrics["ragas_context_precision"] = NonLLMContextPrecisionWithReference()
            metrics["ragas_context_recall"] = NonLLMContextRecall()
        except ImportError as exc:
            log.warning("ragas is not installed (the [eval] extra): RAGAS metrics skipped (%s)", exc)
        if self.judge is not None and metrics:
            try:
                metrics.update(self._judge_metrics())
            except Exception as exc:  # a judge that cannot be set up costs its metrics, not the run
                log.warning("RAGAS judge unavailable (%s: %s): LLM-judged metrics skipped", type(exc).__name__, exc)
        self._ragas = metrics
        return metrics

    def _judge_metrics(self) -> dict[str, Any]:
        assert self.judge is not None
        from openai import AsyncOpenAI
        from ragas.embeddings.base import BaseRagasEmbedding
        from ragas.llms import llm_factory
        from ragas.metrics.collections import AnswerRelevancy, Faithfulness

        client = AsyncOpenAI(base_url=self.judge.base_url, api_key=self.judge.api_key or "unused", max_retries=0)
        llm = llm_factory(self.judge.model, client=client)
        embedder = self.searcher.embedder

        class JingzhiRagasEmbedding(BaseRagasEmbedding):
            """Our embedder for answer relevancy (no embedding API needed)."""

            def embed_text(self, text: str, **kwargs: Any) -> list[float]:
                return [float(x) for x in embedder.embed_queries([text])[0]]

            async def aembed_text(self, text: str, **kwargs: Any) -> list[float]:
                return self.embed_text(text)

        return {
            "ragas_faithfulness": Faithfulness(llm=llm),
            "ragas_answer_relevancy": AnswerRelevancy(llm=llm, embeddings=JingzhiRagasEmbedding()),
        }

    def _score_ragas(
        self, item: GoldItem, answer: Answer, retrieved_texts: list[str], gold_texts: list[str]
    ) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        metrics = self._ragas_metrics()
        if not metrics:
            return out
        from ragas.dataset_schema import SingleTurnSample

        for name, metric in metrics.items():
            try:
                if name in ("ragas_context_precision", "ragas_context_recall"):
                    if not gold_texts:
                        continue
                    sample = SingleTurnSample(
                        user_input=item.question, retrieved_contexts=retrieved_texts[:5], reference_contexts=gold_texts
                    )
                    out[name] = float(asyncio.run(metric.single_turn_ascore(sample)))
                elif answer.abstained:
                    continue
                elif name == "ragas_faithfulness":
                    res = asyncio.run(
                        metric.ascore(
                            user_input=item.question, response=answer.answer, retrieved_contexts=retrieved_texts[:5]
                        )
                    )
                    out[name] = float(res.value)
                elif name == "ragas_answer_relevancy":
                    res = asyncio.run(metric.ascore(user_input=item.question, response=answer.answer))
                    out[name] = float(res.value)
            except Exception as exc:  # e.g. a judge that returns no valid JSON
                log.info("RAGAS %s failed on %s (%s)", name, item.id, type(exc).__name__)
                out[name] = None
        return out

    # -- one item -------------------------------------------------------------------------------
    def run_item(self, item: GoldItem, dataset: str) -> ItemResult:
        """Search, answer and score one item."""
        gold = sorted({self.counterparts.get(g, g) for g in item.gold_ids})
        answerable = item.answerable
        result = ItemResult(
            id=item.id,
            question=item.question,
            dataset=dataset,
            tags=_tags(item),
            answerable=answerable,
            gold=gold,
        )
        started = time.perf_counter()
        try:
            search = self.searcher.search(item.question, k=self.k)
            answer: Answer = self.answerer.answer(item.question)
        except Exception as exc:
            result.error = f"{type(exc).__name__}: {exc}"
            return result
        result.latency_ms = (time.perf_counter() - started) * 1000
        ranked = [h.article_id for h in search.hits]
        result.retrieved = ranked
        result.evidence = [
            {"id": h.article_id, "label": f"《{h.short}》{h.article}", "text": h.text[:240]} for h in search.hits[:5]
        ]
        result.answer = answer.answer
        result.abstained = answer.abstained
        result.mode = answer.mode
        legal = [c for c in answer.citations if c.doc_type in (DocType.LAW, DocType.TREATY)]
        result.cited = [f"{c.source}#{c.article}" for c in legal]
        m: dict[str, float | None] = {}
        gold_set = set(gold)
        if gold_set:
            m["recall@5"] = recall_at(ranked, gold_set, 5)
            m["recall@10"] = recall_at(ranked, gold_set, 10)
            m["mrr@10"] = mrr_at(ranked, gold_set, 10)
            m["ndcg@10"] = ndcg_at(ranked, gold_set, 10)
            m["false_abstention"] = 1.0 if answer.abstained else 0.0
            if not answer.abstained:
                cited = set(result.cited)
                m["citation_recall"] = len(cited & gold_set) / len(gold_set)
                m["citation_precision"] = len(cited & gold_set) / len(cited) if cited else 0.0
                # Does the answer rest on a gold article at all, and does it lead with one?
                m["cited_gold"] = 1.0 if cited & gold_set else 0.0
                m["first_cited_gold"] = 1.0 if result.cited and result.cited[0] in gold_set else 0.0
        elif not answerable:
            m["abstained"] = 1.0 if answer.abstained else 0.0
            needs = item.tags.get("needs")
            if answer.abstained and isinstance(needs, str) and needs:
                # The abstention names the kind of law the question needs (税法 in 需要税收法律…).
                m["needs_named"] = 1.0 if _names_domain(answer, needs) else 0.0
        if legal:
            m["version_correct"] = sum(1 for c in legal if c.in_force) / len(legal)
        if not answer.abstained and answer.citations:
            m["citation_support"] = self._support(answer)
        if item.must_mention and not answer.abstained:
            m["must_mention"] = sum(1 for t in item.must_mention if t in answer.answer) / len(item.must_mention)
        gold_texts = [h.text for h in search.hits if h.article_id in gold_set]
        if gold_set and len(gold_texts) < len(gold_set):
            gold_texts += self._texts([g for g in gold if g not in {h.article_id for h in search.hits}])
        m.update(self._score_ragas(item, answer, [h.text for h in search.hits], gold_texts))
        result.metrics = m
        return result

    def _texts(self, article_ids: list[str]) -> list[str]:
        backend = self.searcher.backend
        return [str(p.payload["text"]) for p in backend.find_articles(article_ids, None)]

    def _support(self, answer: Answer) -> float:
        """Share of answer units (lines of an extractive answer, sentences of an LLM answer) that
        carry a citation whose evidence supports them; for a quoting line, the quote is checked."""
        by_n = {c.n: c.text for c in answer.citations}
        if answer.mode == "llm":
            units = [u for u in split_sentences(answer.answer) if strip_markers(u)]
        else:
            # One unit per quoted citation (a quote may span lines: items of an article).
            units = [u for u in re.split(r"(?<=\])\n", answer.answer) if strip_markers(u)]
        if not units:
            return 0.0
        supported = 0
        for unit in units:
            nums = [n for n in citations_in(unit) if n in by_n]
            quoted = "".join(_QUOTE.findall(unit)) or strip_markers(unit)
            claim = quoted.replace("……", "")
            threshold = self.verifier.thresholds.lexical
            if any(self.verifier.lexical_support(claim, by_n[n]) >= threshold for n in nums):
                supported += 1
        return supported / len(units)

    # -- whole run ------------------------------------------------------------------------------
    def run(
        self,
        datasets: Sequence[tuple[str, list[GoldItem]]],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> EvalRun:
        """Evaluate every item of every dataset."""
        total = sum(len(items) for _, items in datasets)
        results: list[ItemResult] = []
        done = 0
        for name, items in datasets:
            for item in items:
                results.append(self.run_item(item, name))
                done += 1
                if progress:
                    progress(done, total, item.id)
        run = EvalRun(items=results)
        run.meta = {
            "datasets": [name for name, _ in datasets],
            "items": total,
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
            "judge": self.judge.model if self.judge else None,
        }
        run.aggregate, run.counts = aggregate(results)
        run.by_tag = breakdown(results)
        run.splits = {
            group: aggregate(members)[0]
            for group in ("dev", "heldout")
            if (members := [r for r in results if split_group(r) == group])
        }
        return run


#: Split names of items kept apart from every tuning choice ("field": questions officers asked,
#: promoted from their feedback into a golden set; new data no tuning choice has seen).
HELDOUT_SPLITS = frozenset({"test", "holdout", "field"})


def split_group(result: ItemResult) -> str:
    """``heldout`` for test/holdout/field items, else ``dev`` (dev, calibration, and sets without a split)."""
    return "heldout" if result.tags.get("split") in HELDOUT_SPLITS else "dev"


def _names_domain(answer: Answer, needs: str) -> bool:
    """True when an abstention names the area of law ``needs`` (e.g. 税法 ~ 税收法律)."""
    named: str = answer.missing_law or ""
    if not named:
        return False
    core = needs.removesuffix("法律").removesuffix("法规").removesuffix("法").removesuffix("条例")
    return bool(core) and (core in named or any(core in law for law in answer.missing_laws))


def _tags(item: GoldItem) -> dict[str, str]:
    tags = {k: str(v) for k, v in item.tags.items() if isinstance(v, str | int | float)}
    if item.task and "task" not in tags:
        tags["task"] = item.task.split("_")[0] if item.task[0].isdigit() else item.task
    if "lang" not in tags:
        from retrieval.query import detect_language

        tags["lang"] = detect_language(item.question)
    return tags


def aggregate(results: list[ItemResult]) -> tuple[dict[str, float | None], dict[str, int]]:
    """Means of every per-item metric, abstention precision/recall and latency percentiles."""
    values: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for name, value in r.metrics.items():
            if value is not None:
                values[name].append(value)
    agg: dict[str, float | None] = {name: statistics.fmean(v) for name, v in sorted(values.items())}
    counts = {name: len(v) for name, v in values.items()}
    unanswerable = [r for r in results if not r.answerable]
    # Abstention is judged on unanswerable items and on answerable items whose gold is in the corpus.
    judged = unanswerable + [r for r in results if r.answerable and r.gold]
    abstained = [r for r in judged if r.abstained]
    correct = [r for r in abstained if not r.answerable]
    agg["abstention_precision"] = len(correct) / len(abstained) if abstained else None
    agg["abstention_recall"] = len(correct) / len(unanswerable) if unanswerable else None
    counts["abstention"] = len(judged)
    latencies = [r.latency_ms for r in results if r.error is None]
    if latencies:
        agg["latency_ms_p50"] = _pct(latencies, 50)
        agg["latency_ms_p95"] = _pct(latencies, 95)
    counts["errors"] = sum(1 for r in results if r.error)
    return agg, counts


BREAKDOWN_METRICS = (
    "recall@10",
    "mrr@10",
    "cited_gold",
    "first_cited_gold",
    "citation_precision",
    "false_abstention",
    "abstained",
    "must_mention",
)


def breakdown(
    results: list[ItemResult], metrics: tuple[str, ...] = BREAKDOWN_METRICS
) -> dict[str, dict[str, dict[str, float | None]]]:
    """Mean metrics by tag value (language, case type, task, dataset, and dataset × split)."""
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for tag in ("lang", "case_type", "task", "dataset", "dataset_split"):
        groups: dict[str, list[ItemResult]] = defaultdict(list)
        for r in results:
            value: str | None
            if tag == "dataset_split":
                value = f"{r.dataset}/{r.tags.get('split', 'all')}"
            else:
                value = r.dataset if tag == "dataset" else r.tags.get(tag)
            if value:
                groups[value].append(r)
        if len(groups) < 1:
            continue
        out[tag] = {}
        for value, rs in sorted(groups.items()):
            row: dict[str, float | None] = {"n": float(len(rs))}
            for metric in metrics:
                vals = [r.metrics[metric] for r in rs if r.metrics.get(metric) is not None]
                row[metric] = statistics.fmean(v for v in vals if v is not None) if vals else None
            out[tag][value] = row
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[idx]


# -- baselines -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Delta:
    """A metric's change against the baseline."""

    metric: str
    value: float | None
    baseline: float | None
    tolerance: float | None

    @property
    def change(self) -> float | None:
        if self.value is None or self.baseline is None:
            return None
        return self.value - self.baseline

    @property
    def failed(self) -> bool:
        """True when a gated metric got worse by more than its tolerance (or disappeared)."""
        if self.tolerance is None or self.baseline is None:
            return False
        if self.value is None:
            return True
        worse = self.baseline - self.value if self.metric not in LOWER_IS_BETTER else self.value - self.baseline
        return worse > self.tolerance + 1e-9


def load_gates(path: Path = GATES) -> dict[str, float]:
    """Gated metrics and their tolerances."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: float(spec["tolerance"]) for name, spec in data.get("gates", {}).items()}


def compare(run: EvalRun, baseline: EvalRun, gates: dict[str, float]) -> list[Delta]:
    """Every metric of either run, with the gate's tolerance where there is one."""
    names = sorted(set(run.aggregate) | set(baseline.aggregate))
    return [Delta(n, run.aggregate.get(n), baseline.aggregate.get(n), gates.get(n)) for n in names]


def counterparts_from_store(store: Any) -> dict[str, str]:
    """Superseded article id -> the article in force it became (from the alignment stored at ingest)."""
    fields = ["article_id", "paragraph", "counterpart", "counterpart_source", "superseded_by"]
    out: dict[str, str] = {}
    for p in store.scroll(payload_fields=fields):
        pl = p.payload
        if pl.get("paragraph") is None and pl.get("superseded_by") and pl.get("counterpart"):
            out[str(pl["article_id"])] = f"{pl['counterpart_source']}#{pl['counterpart']}"
    return out
