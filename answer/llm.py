"""LLM answers over any OpenAI-compatible chat endpoint (vLLM, llama.cpp's server), with every
sentence's citation verified before an officer sees it.

Flow: search → (abstain like the extractive answerer when the evidence is weak) → render the
versioned prompt with numbered evidence → stream the draft (tokens are forwarded as they come) →
verify citations sentence by sentence → the verified answer, or the extractive answer with a
notice when the endpoint fails, is too slow, or nothing it wrote survives verification.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Literal

from answer.events import AnswerEvent
from answer.extractive import ExtractiveAnswerer, citation_from_hit
from answer.languages import superseded_notice
from answer.prompts import AnswerPromptInput, render_answer
from corpus.districts import DistrictProfile
from corpus.schema import Answer, Citation, RemovedSentence, SearchHit, VerificationReport
from guardrails.citations import CitationVerifier, strip_markers
from guardrails.pii import deidentify_text
from llm.client import ChatClient, with_deadline
from llm.prompts import Prompt
from retrieval.filters import SearchFilters
from retrieval.search import HybridSearcher, SearchResult

log = logging.getLogger(__name__)

FALLBACK_NOTICES = {
    "unavailable": {
        "zh": "大模型服务暂不可用，以下为知识库原文摘录。",
        "en": "The language model is unavailable; the answer below quotes the sources directly.",
        "ru": "Языковая модель недоступна; ниже приведены прямые цитаты из источников.",
        "ar": "النموذج اللغوي غير متاح؛ الإجابة أدناه اقتباسات مباشرة من المصادر.",
    },
    "unverified": {
        "zh": "大模型的回答未通过引用核验，以下为知识库原文摘录。",
        "en": "The language model's answer did not pass citation checks; the answer below quotes the sources directly.",
        "ru": "Ответ языковой модели не прошёл проверку ссылок; ниже приведены прямые цитаты из источников.",
        "ar": "لم تجتز إجابة النموذج اللغوي التحقق من الإسناد؛ الإجابة أدناه اقتباسات مباشرة من المصادر.",
    },
}


class LLMAnswerer:
    """Cited answers drafted by an LLM and checked by the citation verifier."""

    def __init__(
        self,
        searcher: HybridSearcher,
        extractive: ExtractiveAnswerer,
        verifier: CitationVerifier,
        client: ChatClient,
        prompt: Prompt | None = None,
        k: int = 5,
        deadline_s: float = 30.0,
        evidence_chars: int = 1200,
        deidentify: Callable[[str], str] | None = None,
    ) -> None:
        """``deidentify`` is applied to the question before it goes into a prompt (default:
        :func:`guardrails.pii.deidentify_text`); search runs on the question as asked, locally."""
        if deadline_s <= 0:
            raise ValueError(f"deadline_s must be positive, got {deadline_s}")
        self.searcher = searcher
        self.extractive = extractive
        self.verifier = verifier
        self.client = client
        self.prompt = prompt or Prompt()
        self.k = k
        self.deadline_s = deadline_s
        self.evidence_chars = evidence_chars
        self.deidentify = deidentify or deidentify_text

    def answer(
        self, question: str, filters: SearchFilters | None = None, district: DistrictProfile | None = None
    ) -> Answer:
        """The final answer (the stream consumed)."""
        final: Answer | None = None
        for event in self.stream(question, filters, district):
            if event.kind == "answer":
                final = event.answer
        assert final is not None
        return final

    def stream(
        self, question: str, filters: SearchFilters | None = None, district: DistrictProfile | None = None
    ) -> Iterator[AnswerEvent]:
        """Draft tokens as they arrive, then exactly one ``answer`` event."""
        # The search never depends on a nationality (see ExtractiveAnswerer.neutralize).
        result = self.searcher.search(
            self.extractive.neutralize(question),
            k=self.k,
            filters=filters,
            district=district,
            context=self.extractive.context_types,
        )
        lang = result.analysis.lang
        if not self.extractive.supported(result):
            yield AnswerEvent("answer", answer=self.extractive.from_result(result))
            return
        hits = result.hits[: self.k]
        # Personal data in the question never reaches the endpoint (nor its logs).
        prompt_question = self.deidentify(question)
        messages = render_answer(
            self.prompt, AnswerPromptInput.from_hits(prompt_question, hits, lang, max_chars=self.evidence_chars)
        )
        draft: list[str] = []
        try:
            for delta in with_deadline(self.client.stream(messages), self.deadline_s):
                if delta:
                    draft.append(delta)
                    yield AnswerEvent("token", text=delta)
        except Exception as exc:  # any failure of the endpoint degrades to the extractive answer
            log.warning("LLM endpoint failed (%s); answering extractively", type(exc).__name__)
            yield AnswerEvent("answer", answer=self._fallback(result, "unavailable"))
            return
        yield AnswerEvent("answer", answer=self._verified(result, hits, "".join(draft)))

    def _fallback(self, result: SearchResult, why: Literal["unavailable", "unverified"]) -> Answer:
        base = self.extractive.from_result(result)
        lang = result.analysis.lang
        notice = FALLBACK_NOTICES[why].get(lang, FALLBACK_NOTICES[why]["en"])
        return base.model_copy(
            update={"mode": "extractive-fallback", "notices": [notice, *base.notices], "model": self.client.model}
        )

    def _verified(self, result: SearchResult, hits: list[SearchHit], draft: str) -> Answer:
        lang = result.analysis.lang
        check = self.verifier.verify(draft, [h.text for h in hits], lang)
        report = VerificationReport(
            sentences=check.total,
            kept=check.kept,
            removed=[RemovedSentence(sentence=c.text[:500], reason=c.reason) for c in check.checks if not c.supported],
        )
        if check.kept == 0:
            answer = self._fallback(result, "unverified")
            return answer.model_copy(update={"verification": report})
        citations: list[Citation] = []
        notices: list[str] = []
        for new_n, old_n in enumerate(check.evidence_order, start=1):
            hit = hits[old_n - 1]
            claims = " ".join(strip_markers(c.text) for c in check.checks if c.supported and old_n in c.cited)
            citations.append(citation_from_hit(new_n, hit, self.extractive.quote(hit, claims)))
            if not hit.in_force:
                notices.append(superseded_notice(lang, hit))
        return Answer(
            answer=check.text,
            citations=citations,
            abstained=False,
            mode="llm",
            lang=lang,
            notices=notices,
            verification=report,
            model=self.client.model,
            prompt=self.prompt.id,
        )
