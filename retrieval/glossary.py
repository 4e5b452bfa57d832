"""Multilingual legal glossary: officers' words and foreign-language words -> statutory terms.

Officers write 喝醉/打人/签证过期 where statutes say 醉酒/殴打他人/非法居留, and questions pasted in
English, Russian or Arabic share no words with the Chinese statutes. The glossary (a reviewable
TSV in ``resources/``) maps each to the statutory Chinese term and its English equivalent, which
are added to the query (see docs/benchmarks.md for the measured effect).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

GLOSSARY_PATH = Path(__file__).resolve().parent / "resources" / "glossary.tsv"


class GlossaryError(ValueError):
    """The glossary file is malformed (names the line)."""


@dataclass(frozen=True)
class Entry:
    """One row: a statutory Chinese term with its variants and equivalents."""

    zh: str
    zh_variants: tuple[str, ...]
    en: tuple[str, ...]
    pattern: re.Pattern[str]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in cell.split("|") if t.strip())


def _ru(stem: str) -> str:
    # "незаконн пребыв" -> words starting with each stem, in sequence
    return r"\b" + r"\w*\s+".join(re.escape(w) for w in stem.split()) + r"\w*"


class Glossary:
    """Finds glossary terms in a question and returns the statutory terms to add."""

    def __init__(self, path: Path = GLOSSARY_PATH) -> None:
        self.entries: list[Entry] = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 5 or not cells[0].strip():
                raise GlossaryError(f"{path.name}:{n}: expected 5 tab-separated columns, got {len(cells)}")
            zh, variants, en, ru, ar = (c.strip() for c in cells)
            alternatives = [re.escape(t) for t in (zh, *_split(variants))]
            alternatives += [r"\b" + re.escape(t) for t in _split(en)]
            alternatives += [_ru(t) for t in _split(ru)]
            alternatives += [re.escape(t) for t in _split(ar)]
            pattern = re.compile("|".join(alternatives), re.IGNORECASE)
            self.entries.append(Entry(zh, _split(variants), _split(en), pattern))

    def matches(self, text: str) -> list[Entry]:
        """Rows whose terms occur in ``text``."""
        return [e for e in self.entries if e.pattern.search(text)]

    def expansion(self, text: str) -> list[str]:
        """Statutory Chinese terms (and English equivalents) for the rows found in ``text``,
        leaving out what the text already contains."""
        out: list[str] = []
        lowered = text.lower()
        for e in self.matches(text):
            for term in (e.zh, e.en[0] if e.en else ""):
                if term and term.lower() not in lowered and term not in out:
                    out.append(term)
        return out
