"""Country knowledge: Chinese and English words for nationalities mapped to the factbook's country
names (``corpus/data/culture/country_names_zh.tsv``, the factbook's nationality nouns and
adjectives). Used by the labeller (nationality labels), and by procedures and lessons (phrases and
notes for a nationality)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from corpus import CORPUS_ROOT

COUNTRY_TABLE = CORPUS_ROOT / "culture" / "country_names_zh.tsv"
FACTBOOK = CORPUS_ROOT / "culture" / "cia_world_factbook_people_religion_language.jsonl"


class CountryNames:
    """Chinese and English words for nationalities -> factbook country names."""

    def __init__(self, table: Path = COUNTRY_TABLE, factbook: Path = FACTBOOK) -> None:
        self.zh: dict[str, str] = {}
        #: factbook country -> its usual Chinese name (the table's second column)
        self.primary_zh: dict[str, str] = {}
        for line in table.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            country = cols[0].strip()
            self.primary_zh[country] = cols[1].strip()
            for name in [cols[1], *(cols[2].split("|") if len(cols) > 2 else [])]:
                if name.strip():
                    self.zh[name.strip()] = country
        self.en: dict[str, str] = {}
        if factbook.exists():
            for line in factbook.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                country, nat = row.get("country"), row.get("nationality") or ""
                if not country:
                    continue
                for m in re.finditer(r"(?:noun|adjective):\s*([A-Z][A-Za-z' -]+?)(?:\(s\))?(?:;|,|$)", nat):
                    word = m.group(1).strip()
                    if len(word) > 3:
                        self.en[word] = country
        names = sorted(self.zh, key=len, reverse=True)
        self._zh_re = re.compile(
            "(?:"
            + "|".join(map(re.escape, names))
            + r")(?=籍|人|公民|国籍|男子|女子|游客|留学生|商人|客商|女士|先生|护照)"
            r"|(?<=来自)(?:" + "|".join(map(re.escape, names)) + ")"
        )
        self._en_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(self.en, key=len, reverse=True))) + r")s?\b")

    def find(self, text: str) -> list[str]:
        """Countries whose nationality the text states (in order, no repeats)."""
        out: list[str] = []
        for country, _, _ in self.mentions(text):
            if country not in out:
                out.append(country)
        return out

    def neutralize(self, text: str) -> str:
        """The text with every nationality replaced by "外国" / "foreign" ("俄罗斯籍男子" → "外国籍男子"):
        what the law says about a case does not depend on whose passport it is."""
        spans = sorted(
            (
                (s, e, "外国" if any("\u4e00" <= ch <= "\u9fff" for ch in text[s:e]) else "foreign")
                for _, s, e in self.mentions(text)
            ),
            reverse=True,
        )
        out = text
        for start, end, word in spans:
            out = out[:start] + word + out[end:]
        return out

    def mentions(self, text: str) -> list[tuple[str, int, int]]:
        """Every nationality mention: (country, start, end), Chinese ones first, then English."""
        out = [(self.zh[m.group(0)], m.start(), m.end()) for m in self._zh_re.finditer(text)]
        out += [(self.en[m.group(1)], m.start(1), m.end(1)) for m in self._en_re.finditer(text)]
        return out
