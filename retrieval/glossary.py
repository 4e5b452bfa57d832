"""Multilingual legal glossary: officers' words and foreign-language words -> statutory terms.

Officers write 喝醉/打人/签证过期 where statutes say 醉酒/殴打他人/非法居留, and questions pasted in
English, Russian or Arabic share no words with the Chinese statutes. The glossary (a reviewable
TSV in ``resources/``) maps general terminology to the statutory Chinese term and its English
equivalent, which are added to the query. Every row carries a rationale; a row is general
terminology, never a phrase taken from one question (docs/benchmarks.md reports its effect on
sets it was not written against).

Matching, per script:

* Chinese: the variant as a substring (Chinese has no spaces; variants are at least two
  characters long, so a single character never fires).
* English: whole words on both sides, case-insensitive ("inform" does not fire on "information");
  inflected forms are listed explicitly.
* Russian and Arabic: on tokens, each stemmed with the Snowball stemmer (PyStemmer), so
  "незаконное пребывание" also finds "незаконного пребывания" and "الأجنبي" finds "والأجنبي"; a
  multi-word term matches a run of consecutive stemmed tokens, never the inside of a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import Stemmer

GLOSSARY_PATH = Path(__file__).resolve().parent / "resources" / "glossary.tsv"
COLUMNS = ("zh", "zh_variants", "en", "ru", "ar", "rationale")
#: Letters of a token: Latin, Cyrillic, Arabic (with its diacritics), digits.
_TOKEN = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0750-\u077f]+")
_ARABIC_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
#: The conjunctions و/ف written onto the definite article (والقنصلية): Snowball's Arabic stemmer
#: strips بال/كال/لل but not these, so they are split off first.
_ARABIC_CONJ_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])[وف](?=ال)")


class GlossaryError(ValueError):
    """The glossary file is malformed (names the line)."""


@cache
def _stemmer(lang: str) -> Stemmer._Stemmer:
    return Stemmer.Stemmer({"ru": "russian", "ar": "arabic"}[lang])


def stem_tokens(text: str, lang: str) -> tuple[str, ...]:
    """Lower-cased, stemmed tokens of ``text`` for ``lang`` (``ru`` or ``ar``)."""
    if lang == "ar":
        text = _ARABIC_CONJ_ARTICLE.sub("", _ARABIC_DIACRITICS.sub("", text))
    else:
        text = text.lower().replace("ё", "е")
    return tuple(_stemmer(lang).stemWords(_TOKEN.findall(text)))


@dataclass(frozen=True)
class Entry:
    """One row: a statutory Chinese term with its variants and equivalents."""

    zh: str
    zh_variants: tuple[str, ...]
    en: tuple[str, ...]
    ru: tuple[tuple[str, ...], ...]
    ar: tuple[tuple[str, ...], ...]
    rationale: str
    line: int
    pattern: re.Pattern[str]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in cell.split("|") if t.strip())


def _contains(tokens: tuple[str, ...], term: tuple[str, ...]) -> bool:
    n = len(term)
    return any(tokens[i : i + n] == term for i in range(len(tokens) - n + 1))


class Glossary:
    """Finds glossary terms in a question and returns the statutory terms to add."""

    def __init__(self, path: Path = GLOSSARY_PATH) -> None:
        self.entries: list[Entry] = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != len(COLUMNS) or not cells[0]:
                raise GlossaryError(
                    f"{path.name}:{n}: expected {len(COLUMNS)} tab-separated columns "
                    f"({', '.join(COLUMNS)}), got {len(cells)}"
                )
            zh, variants, en, ru, ar, rationale = cells
            if not rationale:
                raise GlossaryError(f"{path.name}:{n}: row {zh!r} has no rationale")
            zh_variants = _split(variants)
            short = [v for v in (zh, *zh_variants) if len(v) < 2]
            if short:
                raise GlossaryError(f"{path.name}:{n}: Chinese term {short[0]!r} is shorter than two characters")
            alternatives = [re.escape(t) for t in (zh, *zh_variants)]
            alternatives += [r"(?<![A-Za-z])" + re.escape(t) + r"(?![A-Za-z])" for t in _split(en)]
            self.entries.append(
                Entry(
                    zh=zh,
                    zh_variants=zh_variants,
                    en=_split(en),
                    ru=tuple(t for t in (stem_tokens(x, "ru") for x in _split(ru)) if t),
                    ar=tuple(t for t in (stem_tokens(x, "ar") for x in _split(ar)) if t),
                    rationale=rationale,
                    line=n,
                    pattern=re.compile("|".join(alternatives), re.IGNORECASE),
                )
            )

    def matches(self, text: str) -> list[Entry]:
        """Rows whose terms occur in ``text``."""
        ru = stem_tokens(text, "ru") if re.search(r"[\u0400-\u04ff]", text) else ()
        ar = stem_tokens(text, "ar") if re.search(r"[\u0600-\u06ff]", text) else ()
        out: list[Entry] = []
        for e in self.entries:
            if (
                e.pattern.search(text)
                or (ru and any(_contains(ru, t) for t in e.ru))
                or (ar and any(_contains(ar, t) for t in e.ar))
            ):
                out.append(e)
        return out

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
