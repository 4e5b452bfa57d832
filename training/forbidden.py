"""Forbidden actions (``corpus/data/sop/forbidden.toml``): what an officer must not do in a
scenario, each with the article that forbids it, and how a plan is checked for them.

The list is reviewable data, not code. When it is loaded into the services each article identity
must name an article in the store and each quote must be words of that article
(:func:`verify_in_store`); otherwise the server refuses to build drills, naming the entry. A plan
is checked clause by clause: a cue (a regular expression of the action's wording, one list per
language) in a clause that does not negate it (training/text.py) is a violation.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, field_validator

from corpus import CORPUS_ROOT
from training.text import ZH_REFUSAL_NEXT, clause_at, is_negated, negated_in_tail, sentences

FORBIDDEN = CORPUS_ROOT / "sop" / "forbidden.toml"
#: Synonyms of cue head words (``〔word〕`` in a cue), generated from 同义词词林 by
#: scripts/make_cue_synonyms.py.
SYNONYMS = CORPUS_ROOT / "sop" / "cue_synonyms.toml"
_HEAD = re.compile(r"〔([\u4e00-\u9fff]{1,8})〕")
#: The words that may close an offer before the clause that turns it down (at most eight).
_OFFER_TAIL = re.compile(r"^[^，,；;。！？]{0,8}(?=[，,；;])")


class ForbiddenError(ValueError):
    """The forbidden-actions file is malformed, or an entry cites what the corpus does not hold
    (the message names the entry)."""


class ForbiddenAction(BaseModel):
    """One action an officer must not take, with the article that forbids it."""

    id: str = Field(pattern=r"^[a-z0-9-]{1,60}$")
    case_types: list[str] = Field(default_factory=list)
    description: str = Field(min_length=2, max_length=200)
    article: str = Field(description="article identity: source#article")
    quote: str = Field(min_length=2, max_length=1000)
    cues: dict[str, list[str]] = Field(default_factory=dict)
    #: The lawful conduct that mentions the same things ("由女民警检查女性当事人的身体"): a plan piece
    #: nearer to it than to the description is no violation for the similarity check.
    allowed: list[str] = Field(default_factory=list)

    @field_validator("article")
    @classmethod
    def _identity(cls, v: str) -> str:
        if "#" not in v or not v.split("#", 1)[0] or not v.split("#", 1)[1]:
            raise ValueError(f"article {v!r} must be an article identity 'source#article'")
        return v

    @field_validator("cues")
    @classmethod
    def _compiles(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, patterns in v.items():
            for p in patterns:
                if "〔" in p:
                    raise ValueError(f"cue {p!r} ({lang}) has a head word the synonyms table did not expand")
                try:
                    re.compile(p)
                except re.error as exc:
                    raise ValueError(f"cue {p!r} ({lang}) is not a regular expression: {exc}") from None
        return v

    @property
    def source(self) -> str:
        """The cited text's source path."""
        return self.article.split("#", 1)[0]

    @property
    def heading(self) -> str:
        """The cited article's heading (第五十八条, Article 36)."""
        return self.article.split("#", 1)[1]

    def applies_to(self, case_types: Sequence[str]) -> bool:
        """True for an action of every drill, or of one of ``case_types``."""
        return not self.case_types or bool(set(self.case_types) & set(case_types))


def head_words(path: Path = FORBIDDEN) -> list[str]:
    """The head words the cues of ``path`` mark as ``〔word〕`` (sorted, each once)."""
    return sorted(set(_HEAD.findall(path.read_text(encoding="utf-8"))))


def load_synonyms(path: Path = SYNONYMS) -> dict[str, list[str]]:
    """Head word -> its synonyms (the generated table; empty when the file is absent)."""
    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ForbiddenError(f"cannot read cue synonyms {path}: {exc}") from exc
    table = raw.get("synonyms", {})
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise ForbiddenError(f"{path.name}: [synonyms] must map words to lists of words")
    return {str(k): [str(w) for w in v] for k, v in table.items()}


def expand_heads(pattern: str, synonyms: dict[str, list[str]]) -> str:
    """``pattern`` with every ``〔word〕`` replaced by a group of the word and its synonyms
    (longest first); KeyError naming a head the table lacks."""

    def group(m: re.Match[str]) -> str:
        head = m.group(1)
        if head not in synonyms:
            raise KeyError(head)
        words = sorted({head, *synonyms[head]}, key=lambda w: (-len(w), w))
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"

    return _HEAD.sub(group, pattern)


def load_forbidden(path: Path = FORBIDDEN, synonyms: Path = SYNONYMS) -> list[ForbiddenAction]:
    """Read and validate the forbidden actions (ids unique, cues compile, head words expanded
    from the synonyms table)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ForbiddenError(f"cannot read forbidden actions {path}: {exc}") from exc
    table = load_synonyms(synonyms)
    actions: list[ForbiddenAction] = []
    for i, entry in enumerate(raw.get("forbidden", []), start=1):
        name = f"{path.name}: entry #{i} ({entry.get('id', '?')})"
        cues = entry.get("cues", {})
        if isinstance(cues, dict):
            try:
                entry = {
                    **entry,
                    "cues": {
                        lang: [expand_heads(p, table) if isinstance(p, str) else p for p in ps]
                        for lang, ps in cues.items()
                    },
                }
            except KeyError as exc:
                raise ForbiddenError(
                    f"{name}: head word {exc.args[0]!r} is not in {synonyms.name} (rerun scripts/make_cue_synonyms.py)"
                ) from None
        try:
            actions.append(ForbiddenAction.model_validate(entry))
        except ValueError as exc:
            raise ForbiddenError(f"{name}: {exc}") from exc
    if not actions:
        raise ForbiddenError(f"{path.name}: no [[forbidden]] entries")
    ids = [a.id for a in actions]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ForbiddenError(f"{path.name}: duplicate ids {dupes}")
    return actions


def quoted_in(quote: str, text: str) -> bool:
    """Every fragment of ``quote`` (fragments joined by ……) occurs in ``text``, whitespace ignored."""
    flat = re.sub(r"\s+", "", text)
    parts = [re.sub(r"\s+", "", p) for p in re.split(r"…+|\.\.\.", quote)]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in flat for p in parts)


def verify_in_store(
    actions: Sequence[ForbiddenAction], find_articles: Callable[[list[str]], dict[str, dict[str, Any]]]
) -> None:
    """Refuse actions whose article is not in the store or whose quote is not its text.

    ``find_articles`` maps article identities to the stored payloads of those found."""
    found = find_articles(sorted({a.article for a in actions}))
    problems: list[str] = []
    for a in actions:
        payload = found.get(a.article)
        if payload is None:
            problems.append(f"{a.id}: {a.article} is not in the knowledge base")
        elif not quoted_in(a.quote, str(payload.get("text", ""))):
            problems.append(f"{a.id}: the quote is not the text of {a.article}")
    if problems:
        raise ForbiddenError("forbidden actions cite what the corpus does not hold: " + "; ".join(problems))


@dataclass(frozen=True)
class Finding:
    """A forbidden action found in a plan, with the clause that states it."""

    action: ForbiddenAction
    clause: str


class ViolationDetector:
    """Finds forbidden actions in a plan: a cue in a clause that does not negate it."""

    def __init__(self, actions: Sequence[ForbiddenAction]) -> None:
        self.actions = list(actions)
        self._cues: dict[str, list[tuple[str, re.Pattern[str]]]] = {
            a.id: [(lang, re.compile(p, re.IGNORECASE)) for lang, ps in a.cues.items() for p in ps]
            for a in self.actions
        }

    def find(self, plan: str, only: Sequence[str] | None = None) -> list[Finding]:
        """Forbidden actions stated in ``plan`` (each once, in the order of the file); ``only``
        restricts the check to those ids."""
        sents = [s for s, _ in sentences(plan)]
        out: list[Finding] = []
        for action in self.actions:
            if only is not None and action.id not in only:
                continue
            hit = self._first(action.id, sents)
            if hit is not None:
                out.append(Finding(action, hit))
        return out

    def _first(self, action_id: str, sents: list[str]) -> str | None:
        # Cues may span the clauses of one sentence ("老板送了两箱酒，我们就收下了"); negation is
        # judged in the clause where the matched act begins.
        for sent in sents:
            for _, pattern in self._cues[action_id]:
                for m in pattern.finditer(sent):
                    clause, start = clause_at(sent, m.start())
                    whole = start + (m.end() - m.start()) <= len(clause)
                    end = min(len(clause), start + (m.end() - m.start()))
                    if is_negated(clause, start, end, whole):
                        continue
                    if not whole:
                        # the matched words run on into a later clause: the act's last word is
                        # there, and a negator before it in that clause negates the act too
                        # ("双方已经停手，就不再使用警棍")
                        last, at = clause_at(sent, m.end() - 1)
                        if negated_in_tail(last[: at + 1]):
                            continue
                    # an offer turned down in the next clause ("塞红包的，一律不收")
                    # (a few words may close the offer first: "请我们吃顿饭表示感谢，已婉拒", round 8)
                    after = _OFFER_TAIL.sub("", sent[m.end() :], count=1)
                    if after[:1] in ("，", ",", "；", ";") and ZH_REFUSAL_NEXT.match(after[1:]):
                        continue
                    return sent
        return None
