"""LLM grading of drill attempts over any OpenAI-compatible endpoint, checked against the LLM-free
grade and with every citation verified like an answer's.

Flow (:class:`LLMDrillGrader`):

1. The LLM-free grade first (:class:`training.drills.DrillGrader`): it is the floor and the
   fallback.
2. The versioned prompt (``llm/prompts/drill_grade.v1.toml``) gets the scenario, the expected
   steps, the drill's forbidden actions (by id), the drill's cited articles as numbered evidence
   and the plan. Scenario and plan are de-identified first (:func:`guardrails.pii.deidentify_text`,
   the engine the answers use): personal data never reaches the endpoint.
3. The reply must be one JSON object of the declared shape (:class:`LLMReply`, parsed strictly:
   unknown keys, wrong types or repeated steps reject the whole reply).
4. Checked and combined with the LLM-free grade:

   * a step's claim stands only when its quote is words of the plan (a claimed coverage quoting
     words the plan does not contain is dropped and reported); a step's credit is then the mean
     of the embedding credit and the model's (1 covered, 0 not);
   * the detector's violations always stay; a violation the model adds stands only when its id
     is one of the drill's forbidden actions and its quote is words of the plan; it carries the
     article of the forbidden-actions list (verified against the store), never one the model names;
   * the feedback's sentences go through :class:`guardrails.citations.CitationVerifier` against
     the numbered evidence, exactly as an answer's: unsupported, uncited or wrongly numbered
     sentences are dropped and reported (``verification``); the kept citations are renumbered
     and returned as ``feedback_citations``.

5. When the endpoint fails, times out or replies with something unusable, the LLM-free grade is
   returned with ``grader = "embedding-fallback"`` and a notice saying why.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from corpus.schema import RemovedSentence, VerificationReport
from guardrails.citations import CitationVerifier
from guardrails.pii import deidentify_text
from llm.client import ChatClient, LLMError, with_deadline
from llm.prompts import Prompt
from training.drills import Drill, DrillCitation, DrillGrader, Grade, StepResult, Violation, check_plan

log = logging.getLogger(__name__)

NOTICE_UNAVAILABLE = "大模型评分暂不可用（{why}），以下为不依赖大模型的评分。"
NOTICE_UNUSABLE = "大模型的评分结果无法使用（{why}），以下为不依赖大模型的评分。"
NOTICE_DROPPED = "大模型评分中未通过核验的内容已删除：{what}。"
_WS = re.compile(r"\s+")


class LLMReplyError(ValueError):
    """The model's reply is not the declared JSON object (the message says what is wrong)."""


class StepClaim(BaseModel):
    """The model's judgement of one expected step."""

    model_config = ConfigDict(extra="forbid", strict=True)

    n: int = Field(ge=1, le=20)
    covered: bool
    quote: str = Field(default="", max_length=1000)


class ViolationClaim(BaseModel):
    """A forbidden action the model finds in the plan."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(min_length=1, max_length=60)
    quote: str = Field(min_length=1, max_length=1000)


class LLMReply(BaseModel):
    """The reply the drill-grading prompt asks for."""

    model_config = ConfigDict(extra="forbid", strict=True)

    steps: Annotated[list[StepClaim], Field(max_length=20)]
    violations: Annotated[list[ViolationClaim], Field(max_length=40)]
    feedback: str = Field(max_length=3000)

    @model_validator(mode="after")
    def _steps_once(self) -> LLMReply:
        ns = [s.n for s in self.steps]
        if len(ns) != len(set(ns)):
            raise ValueError(f"steps repeated: {sorted({n for n in ns if ns.count(n) > 1})}")
        return self


def response_schema(step_count: int, quote_chars: int = 80, feedback_chars: int = 300) -> dict[str, Any]:
    """The reply's shape for a drill of ``step_count`` steps, as the request's ``response_format``
    schema: llama.cpp's server constrains decoding to it (bounded lists and strings, so even a
    small model's reply closes), vLLM treats it as JSON mode. The strict parse checks the rest."""
    quote = {"type": "string", "maxLength": quote_chars}
    return {
        "type": "object",
        "properties": {
            "steps": {
                "type": "array",
                "maxItems": step_count,
                "items": {
                    "type": "object",
                    "properties": {
                        "n": {"type": "integer", "enum": list(range(1, step_count + 1))},
                        "covered": {"type": "boolean"},
                        "quote": quote,
                    },
                    "required": ["n", "covered", "quote"],
                    "additionalProperties": False,
                },
            },
            "violations": {
                "type": "array",
                "maxItems": 5,
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string", "maxLength": 60}, "quote": quote},
                    "required": ["id", "quote"],
                    "additionalProperties": False,
                },
            },
            "feedback": {"type": "string", "maxLength": feedback_chars},
        },
        "required": ["steps", "violations", "feedback"],
        "additionalProperties": False,
    }


_FENCE = re.compile(r"^```(?:json|JSON)?\s*\n?(.*?)\n?```$", re.S)


def parse_reply(text: str, step_count: int) -> LLMReply:
    """The reply as :class:`LLMReply`: one JSON object (a surrounding ```json fence is allowed,
    nothing else); step numbers within the drill's."""
    body = text.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    if not body:
        raise LLMReplyError("the reply is empty")
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise LLMReplyError(f"the reply is not JSON ({exc.msg} at character {exc.pos})") from None
    if not isinstance(data, dict):
        raise LLMReplyError(f"the reply is a JSON {type(data).__name__}, not an object")
    try:
        reply = LLMReply.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "reply"
        raise LLMReplyError(f"{where}: {first['msg']}") from None
    beyond = [s.n for s in reply.steps if s.n > step_count]
    if beyond:
        raise LLMReplyError(f"steps {beyond} do not exist (the drill has {step_count})")
    return reply


def in_plan(quote: str, plan: str) -> bool:
    """``quote`` (whitespace ignored, at least two characters) is words of the plan."""
    q = _WS.sub("", quote)
    return len(q) >= 2 and q in _WS.sub("", plan)


class LLMDrillGrader:
    """Drill grading by an LLM, checked against the LLM-free grade (see the module docstring)."""

    def __init__(
        self,
        base: DrillGrader,
        client: ChatClient,
        verifier: CitationVerifier,
        articles: Callable[[list[str]], dict[str, str]] | None = None,
        prompt: Prompt | None = None,
        deadline_s: float = 30.0,
        evidence_chars: int = 600,
        max_evidence: int = 8,
        deidentify: Callable[[str], str] | None = None,
        json_mode: bool = True,
    ) -> None:
        """``articles`` maps article identities (``source#article``) to their text in the store
        (the evidence the model and the verifier see; the cited quote stands in where absent);
        ``json_mode`` asks the endpoint for JSON of :func:`response_schema`."""
        if deadline_s <= 0:
            raise ValueError(f"deadline_s must be positive, got {deadline_s}")
        if max_evidence < 1:
            raise ValueError(f"max_evidence must be at least 1, got {max_evidence}")
        self.base = base
        self.client = client
        self.verifier = verifier
        self.articles = articles
        self.prompt = prompt or Prompt("drill_grade", "1")
        self.deadline_s = deadline_s
        self.evidence_chars = evidence_chars
        self.max_evidence = max_evidence
        self.deidentify = deidentify or deidentify_text
        self.json_mode = json_mode

    # -- the prompt ---------------------------------------------------------------------------
    def evidence(self, drill: Drill) -> list[tuple[DrillCitation, str]]:
        """The drill's cited articles, each once (steps' first, then forbidden actions'), with the
        text the model and the verifier see."""
        seen: dict[str, DrillCitation] = {}
        for c in [c for s in drill.steps for c in s.citations] + [f.citation for f in drill.forbidden]:
            if c.source and c.article and c.identity not in seen:
                seen[c.identity] = c
        chosen = list(seen.values())[: self.max_evidence]
        texts: dict[str, str] = {}
        if self.articles is not None and chosen:
            try:
                texts = self.articles([c.identity for c in chosen])
            except Exception as exc:  # the quote stands in for the article
                log.warning("article texts unavailable for drill evidence (%s)", type(exc).__name__)
        return [(c, (texts.get(c.identity) or c.quote or c.article)[: self.evidence_chars]) for c in chosen]

    def messages(self, drill: Drill, plan: str, evidence: Sequence[tuple[DrillCitation, str]]) -> list[dict[str, str]]:
        """The chat messages for ``plan`` (scenario and plan de-identified)."""
        steps = "\n".join(f"{s.n}. {s.title}：{s.action}" for s in drill.steps)
        forbidden = "\n".join(f"{f.id}: {f.description}" for f in drill.forbidden) or "(none)"
        listing = "\n\n".join(
            f"[{i}] 《{c.law or c.source}》{c.article}\n{text}" for i, (c, text) in enumerate(evidence, start=1)
        )
        return self.prompt.render_values(
            {
                "scenario": self.deidentify(drill.scenario),
                "steps": steps,
                "forbidden": forbidden,
                "evidence": listing,
                "plan": self.deidentify(plan),
            }
        )

    # -- grading ------------------------------------------------------------------------------
    def grade(self, drill: Drill, plan: str) -> Grade:
        """The combined grade, or the LLM-free grade with a notice when the LLM gives nothing usable."""
        plan = check_plan(plan)
        floor = self.base.grade(drill, plan)
        evidence = self.evidence(drill)
        try:
            messages = self.messages(drill, plan, evidence)
            schema = response_schema(len(drill.steps))
            response_format = {"type": "json_object", "schema": schema} if self.json_mode else None
            reply_text = "".join(with_deadline(self.client.stream(messages, response_format), self.deadline_s))
        except Exception as exc:  # any failure of the endpoint degrades to the LLM-free grade
            log.warning("LLM drill grading failed (%s); using the LLM-free grade", type(exc).__name__)
            return self._fallback(floor, NOTICE_UNAVAILABLE.format(why=_reason(exc)))
        try:
            reply = parse_reply(reply_text, len(drill.steps))
        except LLMReplyError as exc:
            log.warning("LLM drill grade unusable: %s", exc)
            return self._fallback(floor, NOTICE_UNUSABLE.format(why=str(exc)[:200]))
        return self._combine(drill, plan, floor, reply, evidence)

    def _fallback(self, floor: Grade, notice: str) -> Grade:
        return floor.model_copy(
            update={
                "grader": "embedding-fallback",
                "notices": [notice, *floor.notices],
                "model": self.client.model,
                "prompt": self.prompt.id,
            }
        )

    def _combine(
        self, drill: Drill, plan: str, floor: Grade, reply: LLMReply, evidence: Sequence[tuple[DrillCitation, str]]
    ) -> Grade:
        dropped: list[str] = []
        embedding = {r.n: r for r in floor.covered_steps + floor.missed_steps}
        claims = {c.n: c for c in reply.steps}
        results: list[StepResult] = []
        for step in drill.steps:
            base = embedding[step.n]
            claim = claims.get(step.n)
            if claim is None:
                results.append(base)
                continue
            if claim.covered and not in_plan(claim.quote, plan):
                dropped.append(f"第{step.n}步的依据不是方案原文")
                results.append(base)
                continue
            credit = (base.credit + (1.0 if claim.covered else 0.0)) / 2
            evidence_text = claim.quote.strip() if claim.covered else base.evidence
            results.append(base.model_copy(update={"credit": round(credit, 4), "evidence": evidence_text[:500]}))
        violations = list(floor.violations)
        have = {v.id for v in violations}
        by_id = {f.id: f for f in drill.forbidden}
        for v in reply.violations:
            if v.id in have:
                continue
            forbidden = by_id.get(v.id)
            if forbidden is None:
                dropped.append(f"未知的违规编号“{v.id[:60]}”")
            elif not in_plan(v.quote, plan):
                dropped.append(f"违规“{forbidden.description}”的依据不是方案原文")
            else:
                violations.append(
                    Violation(
                        id=forbidden.id,
                        text=forbidden.description,
                        clause=v.quote.strip()[:500],
                        citation=forbidden.citation,
                        found_by="llm",
                    )
                )
                have.add(forbidden.id)
        texts = [text for _, text in evidence]
        check = self.verifier.verify(reply.feedback, texts, "zh")
        report = VerificationReport(
            sentences=check.total,
            kept=check.kept,
            removed=[RemovedSentence(sentence=c.text[:500], reason=c.reason) for c in check.checks if not c.supported],
        )
        if report.removed:
            dropped.append(f"{len(report.removed)} 句反馈未通过引用核验")
        notices = [NOTICE_DROPPED.format(what="；".join(dropped))] if dropped else []
        combined = self.base.assemble(drill, plan, results, violations, notices)
        cited = [evidence[n - 1][0] for n in check.evidence_order]
        model_feedback = check.text if check.kept else ""
        if not model_feedback:
            combined.notices.append("大模型的反馈没有可核验的句子，以下反馈不依赖大模型。")
        feedback = combined.feedback + (f"\n{model_feedback}" if model_feedback else "")
        return combined.model_copy(
            update={
                "grader": "llm",
                "feedback": feedback,
                "feedback_citations": cited if model_feedback else [],
                "verification": report,
                "model": self.client.model,
                "prompt": self.prompt.id,
            }
        )


def _reason(exc: Exception) -> str:
    # The exception's class, or our own deadline message; a transport error's text may name the
    # endpoint, which officers need not see.
    return str(exc) if isinstance(exc, LLMError) else type(exc).__name__
