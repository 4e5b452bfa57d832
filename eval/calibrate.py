"""Fit an embedder's threshold profile (retrieval/profiles.py) from the dev splits.

Only tuning items are read: sets without a split, and the ``dev`` / ``calibration`` splits; the
``test`` / ``holdout`` splits are never passed in (``tuning_items``). What is fitted:

* the relevance model: a logistic regression (scikit-learn) over the candidate signals of
  retrieval/relevance.py, trained on the top candidates of every answerable dev question (gold
  articles positive, the rest negative) and of unanswerable calibration questions (all negative);
* the citation bar and the answer bar on its probability;
* the out-of-corpus recogniser's similarity thresholds;
* the abstention floors on the best dense similarity;
* the verifier's embedding thresholds, the SOP and labeller thresholds, from score distributions.

Every choice is a rule over the dev items stated next to it; docs/benchmarks.md reports the result
on the held-apart splits.
"""

from __future__ import annotations

import copy
import logging
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from corpus.schema import DocType
from eval.datasets import GoldItem
from eval.runner import HELDOUT_SPLITS
from retrieval.profiles import AbstainThresholds, CoverageThresholds, EmbedderProfile, RelevanceModel
from retrieval.relevance import FEATURES, RelevanceScorer

log = logging.getLogger(__name__)

#: Relevance probability must keep false abstentions on answerable dev items at or below this.
MAX_FALSE_ABSTENTION = 0.05


class CalibrationError(ValueError):
    """Calibration cannot run (no dev items, a held-apart item passed in, one class only)."""


def tuning_items(items: Iterable[GoldItem]) -> list[GoldItem]:
    """The items calibration may see: everything but the held-apart splits."""
    return [i for i in items if str(i.tags.get("split", "")) not in HELDOUT_SPLITS]


@dataclass
class Candidate:
    """One candidate article of one question, with its features and label."""

    item: str
    article_id: str
    rank: int
    features: dict[str, float]
    gold: bool
    answerable: bool
    dense: float | None
    reference: bool
    text: str = ""


def collect(
    searcher: object,
    scorer: RelevanceScorer,
    items: Sequence[GoldItem],
    counterparts: dict[str, str],
    depth: int = 30,
    progress: Callable[[int, int], None] | None = None,
) -> list[Candidate]:
    """Top-``depth`` fused candidates (no reranking) of every item, with features and labels."""
    if any(str(i.tags.get("split", "")) in HELDOUT_SPLITS for i in items):
        raise CalibrationError("calibration was handed held-apart (test/holdout) items")
    out: list[Candidate] = []
    for n, item in enumerate(items, start=1):
        gold = {counterparts.get(g, g) for g in item.gold_ids}
        result = searcher.search(item.question, k=depth)  # type: ignore[attr-defined]
        hits = [h for h in result.hits if h.doc_type in (DocType.LAW, DocType.TREATY)]
        a = result.analysis
        feats = scorer.features(hits, a.text, a.expansion, a.lang, a.law_sources, result.signals, a.asks_consequence)
        for h, f in zip(hits, feats, strict=True):
            out.append(
                Candidate(
                    item.id,
                    h.article_id,
                    h.rank,
                    f,
                    h.article_id in gold,
                    item.answerable,
                    h.dense_score,
                    "reference" in h.matched_by,
                    h.text,
                )
            )
        if progress:
            progress(n, len(items))
    return out


def fit_relevance(candidates: Sequence[Candidate], c: float = 1.0) -> dict[str, float]:
    """Logistic-regression weights on raw features (standardised for fitting, then mapped back)."""
    from sklearn.linear_model import LogisticRegression

    rows = [x for x in candidates if not x.reference]
    y = np.array([1 if x.gold else 0 for x in rows])
    if len(set(y.tolist())) < 2:
        raise CalibrationError("relevance calibration needs both gold and non-gold candidates")
    X = np.array([[x.features[f] for f in FEATURES] for x in rows], dtype=np.float64)
    mu = X.mean(axis=0)
    sigma = X.std(axis=0)
    sigma[sigma == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit((X - mu) / sigma, y)
    coef = model.coef_[0] / sigma
    bias = float(model.intercept_[0] - float(np.sum(model.coef_[0] * mu / sigma)))
    weights = {f: float(w) for f, w in zip(FEATURES, coef, strict=True)}
    weights["bias"] = bias
    return weights


def _by_item(candidates: Sequence[Candidate], scorer: RelevanceScorer) -> dict[str, list[tuple[float, Candidate]]]:
    out: dict[str, list[tuple[float, Candidate]]] = {}
    for x in candidates:
        p = 1.0 if x.reference else scorer.probability(x.features)
        out.setdefault(x.item, []).append((p, x))
    for rows in out.values():
        rows.sort(key=lambda r: -r[0])
    return out


def choose_bars(
    candidates: Sequence[Candidate], scorer: RelevanceScorer, max_citations: int = 3
) -> tuple[float, float, dict[str, float]]:
    """The citation bar (F1 of "cited article is gold" over answerable dev items) and the answer bar
    (the highest bar whose false abstentions stay within MAX_FALSE_ABSTENTION)."""
    grouped = _by_item(candidates, scorer)
    answerable = {k: v for k, v in grouped.items() if v and v[0][1].answerable}
    unanswerable = {k: v for k, v in grouped.items() if v and not v[0][1].answerable}
    best_cite, best_f = 0.5, -1.0
    for bar in np.arange(0.05, 0.95, 0.025):
        tp = fp = fn = 0
        for rows in answerable.values():
            cited = [x for p, x in rows[:max_citations] if p >= bar] or [rows[0][1]]
            gold_total = sum(1 for _, x in rows if x.gold)
            hit = sum(1 for x in cited if x.gold)
            tp += hit
            fp += len(cited) - hit
            fn += gold_total - hit
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f > best_f:
            best_cite, best_f = float(bar), f
    tops = sorted(rows[0][0] for rows in answerable.values())
    # The bar below which at most MAX_FALSE_ABSTENTION of answerable dev questions fall.
    cut = int(MAX_FALSE_ABSTENTION * len(tops))
    answer_bar = float(tops[cut]) if tops else 0.0
    answer_bar = min(answer_bar, best_cite)
    caught = sum(1 for rows in unanswerable.values() if rows[0][0] < answer_bar)
    stats = {
        "cite_f1": best_f,
        "answer_bar_false_abstention": sum(1 for t in tops if t < answer_bar) / len(tops) if tops else 0.0,
        "answer_bar_abstains_unanswerable": caught / len(unanswerable) if unanswerable else 0.0,
    }
    return best_cite, answer_bar, stats


def fit_profile(
    base: EmbedderProfile,
    candidates: Sequence[Candidate],
    scorer_for: Callable[[RelevanceModel], RelevanceScorer],
    coverage: CoverageThresholds | None = None,
    abstain: AbstainThresholds | None = None,
    fitted_on: str = "",
) -> tuple[EmbedderProfile, dict[str, float]]:
    """A profile with a freshly fitted relevance model and bars (other sections as given)."""
    weights = fit_relevance(candidates)
    model = RelevanceModel(weights=weights)
    scorer = scorer_for(model)
    cite, answer, stats = choose_bars(candidates, scorer)
    profile = replace(
        base,
        fitted_on=fitted_on,
        relevance=RelevanceModel(weights=weights, cite=round(cite, 4), answer=round(answer, 4)),
        coverage=coverage or base.coverage,
        abstain=abstain or base.abstain,
    )
    stats["candidates"] = float(len(candidates))
    stats["items"] = float(len({x.item for x in candidates}))
    stats["mean_gold_per_item"] = statistics.fmean(
        sum(1 for y in candidates if y.item == i and y.gold) for i in {x.item for x in candidates}
    )
    return profile, stats


class _QueryMemo:
    """An embedder that remembers query vectors (calibration searches every question twice)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim
        self._memo: dict[str, Any] = {}

    def embed_queries(self, texts: Sequence[str]) -> Any:
        missing = [t for t in texts if t not in self._memo]
        if missing:
            self._memo.update(zip(missing, self.inner.embed_queries(missing), strict=True))
        return np.vstack([self._memo[t] for t in texts])

    def embed_passages(self, texts: Sequence[str]) -> Any:
        return self.inner.embed_passages(texts)


@dataclass
class Question:
    """What calibration keeps of one dev question after searching it once."""

    item: str
    lang: str
    answerable: bool
    top_dense: float | None
    agreeing: int
    best_relevance: float
    domain_sims: list[float]
    domain_terms: list[bool]


def fit_floors(questions: Sequence[Question], base: AbstainThresholds, max_false: float = 0.02) -> AbstainThresholds:
    """Dense floors per script: the highest floor that abstains on at most ``max_false`` of the
    answerable dev questions of that script (the relevance bar does the rest)."""
    floors: dict[str, float] = {}
    for script in ("zh", "other"):
        tops = sorted(
            q.top_dense
            for q in questions
            if q.answerable and q.top_dense is not None and ((q.lang == "zh") == (script == "zh"))
        )
        if len(tops) >= 10:
            floors[script] = round(float(tops[int(max_false * len(tops))]) - 1e-4, 4)
    return replace(
        base,
        min_dense_zh=floors.get("zh", base.min_dense_zh),
        min_dense_other=floors.get("other", base.min_dense_other),
    )


def fit_coverage(
    questions: Sequence[Question], base: CoverageThresholds, max_false: float = 0.01
) -> tuple[CoverageThresholds, dict[str, float]]:
    """Similarity bars of the out-of-corpus recogniser: among bars that recognise an area for at most
    ``max_false`` of the answerable dev questions (that would turn an answer into an abstention),
    the pair that recognises the most unanswerable calibration questions."""
    answerable = [q for q in questions if q.answerable]
    unanswerable = [q for q in questions if not q.answerable]
    if not answerable or not unanswerable:
        return base, {}

    def fires(q: Question, with_term: float, alone: float, override: float) -> bool:
        if q.best_relevance >= override:
            return False
        return any(s >= (with_term if t else alone) for s, t in zip(q.domain_sims, q.domain_terms, strict=True))

    # Among equally good bars, the most conservative: the highest similarity bars, the lowest override.
    best: tuple[tuple[float, float, float, float], CoverageThresholds] | None = None
    # with_term 0: one of the area's own terms is enough (the relevance override still applies).
    for with_term in (0.0, *(round(0.78 + 0.01 * i, 2) for i in range(17))):
        for alone in (
            round(max(with_term, 0.78) + 0.01 * i, 2) for i in range(round((0.99 - max(with_term, 0.78)) / 0.01))
        ):
            for override in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01):
                false = sum(fires(q, with_term, alone, override) for q in answerable) / len(answerable)
                if false > max_false:
                    continue
                caught = sum(fires(q, with_term, alone, override) for q in unanswerable) / len(unanswerable)
                key = (caught, -false, with_term + alone, -override)
                if best is None or key > best[0]:
                    best = (key, CoverageThresholds(with_term, alone, override))
    if best is None:
        return base, {}
    return best[1], {"coverage_recognised_unanswerable": best[0][0], "coverage_false_on_answerable": -best[0][1]}


def quantile_transfer(reference: Sequence[float], target: Sequence[float], threshold: float) -> float:
    """Map a threshold between embedders by quantile: the value at the same quantile of the target
    embedder's similarities on the same text pairs as ``threshold`` holds in the reference's."""
    if not reference or not target:
        return threshold
    q = float(np.mean(np.asarray(reference) < threshold))
    return round(float(np.quantile(np.asarray(target), min(max(q, 0.0), 1.0))), 4)


#: First sentence of a passage (the verifier compares sentences with articles).
_SENTENCE = re.compile(r"^.+?[。；;.!?！？]", re.S)


def embedding_pairs(
    candidates: Sequence[Candidate], questions: dict[str, str], per_item: int = 8
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Text pairs whose similarities describe an embedder's scale: (question, candidate article)
    and (first sentence of a candidate, candidate article), over the top ``per_item`` candidates of
    every question (matches and near misses alike). ``questions`` maps item ids to their text."""
    by_item: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.text:
            by_item.setdefault(c.item, []).append(c)
    query_pairs: list[tuple[str, str]] = []
    passage_pairs: list[tuple[str, str]] = []
    for item, group in by_item.items():
        top = sorted(group, key=lambda c: c.rank)[:per_item]
        if item in questions:
            query_pairs.extend((questions[item], c.text) for c in top)
        sentences = [(_SENTENCE.match(c.text) or re.match(r"^.{1,80}", c.text, re.S)) for c in top]
        for m in sentences:
            if m is None:
                continue
            passage_pairs.extend((m.group(0), c.text) for c in top)
    return query_pairs, passage_pairs


def _similarities(embedder: Any, pairs: Sequence[tuple[str, str]], query_side: bool) -> list[float]:
    if not pairs:
        return []
    left = [a for a, _ in pairs]
    lv = embedder.embed_queries(left) if query_side else embedder.embed_passages(left)
    rv = embedder.embed_passages([b for _, b in pairs])
    return [float(x) for x in np.einsum("ij,ij->i", np.asarray(lv, dtype=np.float32), np.asarray(rv, dtype=np.float32))]


def transfer_embedding_thresholds(
    reference: EmbedderProfile,
    reference_embedder: Any,
    target_embedder: Any,
    query_pairs: Sequence[tuple[str, str]],
    passage_pairs: Sequence[tuple[str, str]],
) -> tuple[EmbedderProfile, dict[str, float]]:
    """The verifier, SOP and labeller thresholds of ``reference`` carried to another embedder by
    quantile: each threshold moves to the value at the same quantile of the target's similarities
    on the same text pairs (question-to-article pairs for thresholds that compare a query with a
    passage, sentence-to-article pairs for those that compare two passages).

    These thresholds act on texts the dev sets hold no labels for (answer sentences, scenarios,
    case files), so they are transferred, not refitted; the relevance model, its bars, the floors
    and the coverage bars are refitted on labelled dev items (run_calibration)."""
    ref_q = _similarities(reference_embedder, query_pairs, query_side=True)
    tgt_q = _similarities(target_embedder, query_pairs, query_side=True)
    ref_p = _similarities(reference_embedder, passage_pairs, query_side=False)
    tgt_p = _similarities(target_embedder, passage_pairs, query_side=False)
    v, s, lb = reference.verifier, reference.sop, reference.labeller
    out = replace(
        reference,
        verifier=replace(
            v,
            dense_with_lexical=quantile_transfer(ref_p, tgt_p, v.dense_with_lexical),
            dense_alone=quantile_transfer(ref_p, tgt_p, v.dense_alone),
        ),
        sop=replace(
            s,
            scenario_case_type=quantile_transfer(ref_q, tgt_q, s.scenario_case_type),
            llm_step_match=quantile_transfer(ref_p, tgt_p, s.llm_step_match),
        ),
        labeller=replace(lb, case_type=quantile_transfer(ref_p, tgt_p, lb.case_type)),
    )
    stats = {"transfer_query_pairs": float(len(query_pairs)), "transfer_passage_pairs": float(len(passage_pairs))}
    if len(ref_q) > 1:
        stats["transfer_query_rank_corr"] = float(
            np.corrcoef(np.argsort(np.argsort(ref_q)), np.argsort(np.argsort(tgt_q)))[0, 1]
        )
    return out, stats


def run_calibration(
    searcher: Any,
    scorer_for: Callable[[RelevanceModel], RelevanceScorer],
    coverage: Any,
    items: Sequence[GoldItem],
    counterparts: dict[str, str],
    base: EmbedderProfile,
    fitted_on: str,
    progress: Callable[[int, int, str], None] | None = None,
    reference: tuple[EmbedderProfile, Any] | None = None,
) -> tuple[EmbedderProfile, dict[str, float]]:
    """Fit the relevance model, its bars, the dense floors and the coverage bars on ``items``
    (tuning items only) with ``searcher`` (whose own relevance model is ignored).

    With ``reference`` (another embedder's profile and that embedder), the verifier, SOP and
    labeller thresholds are carried over from it by quantile (transfer_embedding_thresholds);
    without it they are kept from ``base``."""
    items = list(items)
    if not items:
        raise CalibrationError("no dev items to calibrate on")
    plain = copy.copy(searcher)
    plain.relevance = None
    plain.embedder = _QueryMemo(searcher.embedder)  # both passes embed each question once
    total = 2 * len(items)
    candidates = collect(
        plain,
        scorer_for(base.relevance),
        items,
        counterparts,
        progress=(lambda d, t: progress(d, total, "candidates")) if progress else None,
    )
    weights = fit_relevance(candidates)
    model = RelevanceModel(weights=weights)
    scorer = scorer_for(model)
    cite, answer_bar, stats = choose_bars(candidates, scorer)
    if reference is not None:
        ref_profile, ref_embedder = reference
        query_pairs, passage_pairs = embedding_pairs(candidates, {i.id: i.question for i in items})
        transferred, transfer_stats = transfer_embedding_thresholds(
            ref_profile, ref_embedder, searcher.embedder, query_pairs, passage_pairs
        )
        base = replace(base, verifier=transferred.verifier, sop=transferred.sop, labeller=transferred.labeller)
        stats.update(transfer_stats)
    ranked = copy.copy(plain)
    ranked.relevance = scorer
    questions: list[Question] = []
    for n, item in enumerate(items, start=1):
        result = ranked.search(item.question, k=10)
        top3 = result.hits[:3]
        rel = [h.relevance for h in result.hits if h.relevance is not None and "reference" not in h.matched_by]
        vec = result.query_vector
        sims = coverage.similarities(vec) if vec is not None else []
        questions.append(
            Question(
                item=item.id,
                lang=result.analysis.lang,
                answerable=item.answerable,
                top_dense=max((h.dense_score for h in top3 if h.dense_score is not None), default=None),
                agreeing=sum(1 for h in top3 if {"dense", "lexical"} <= set(h.matched_by)),
                best_relevance=1.0 if any("reference" in h.matched_by for h in result.hits) else max(rel, default=0.0),
                domain_sims=sims,
                domain_terms=[any(t in item.question for t in d.terms) for d in coverage.domains],
            )
        )
        if progress:
            progress(len(items) + n, total, item.id)
    abstain = fit_floors(questions, base.abstain)

    def floor_abstains(q: Question) -> bool:
        floor = abstain.min_dense_zh if q.lang == "zh" else abstain.min_dense_other
        return q.top_dense is None or q.top_dense < floor

    answerable = [q for q in questions if q.answerable]
    bar = answer_bar
    for candidate in sorted({round(q.best_relevance, 4) for q in answerable} | {answer_bar}, reverse=True):
        if candidate > cite:
            continue
        false = sum(1 for q in answerable if floor_abstains(q) or q.best_relevance < candidate) / len(answerable)
        if false <= MAX_FALSE_ABSTENTION:
            bar = candidate
            break
    cover, cover_stats = fit_coverage(questions, base.coverage)
    stats.update(cover_stats)
    unanswerable = [q for q in questions if not q.answerable]
    stats["false_abstention_dev"] = sum(1 for q in answerable if floor_abstains(q) or q.best_relevance < bar) / max(
        len(answerable), 1
    )
    stats["abstained_unanswerable_dev"] = sum(
        1 for q in unanswerable if floor_abstains(q) or q.best_relevance < bar
    ) / max(len(unanswerable), 1)
    profile = replace(
        base,
        fitted_on=fitted_on,
        relevance=RelevanceModel(weights=weights, cite=round(cite, 4), answer=round(bar, 4)),
        abstain=abstain,
        coverage=cover,
    )
    stats["candidates"] = float(len(candidates))
    stats["items"] = float(len(items))
    return profile, stats
