"""Areas of law the bundled corpus does not hold (``corpus/data/legal_domains.toml``).

An abstention names the kind of law a question would need when it is recognisable ("需要税收法律，
如《税收征收管理法》"), instead of quoting articles of similar wording from unrelated laws.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus import CORPUS_ROOT

DOMAINS_PATH = CORPUS_ROOT / "legal_domains.toml"


class DomainsError(ValueError):
    """The domains file is malformed (names the entry and key)."""


@dataclass(frozen=True)
class LegalDomain:
    """One area of law absent from the corpus."""

    name: str
    laws: tuple[str, ...]
    names: dict[str, str]
    description: str
    terms: tuple[str, ...]

    def label(self, lang: str) -> str:
        """The area's name in ``lang`` (Chinese when no translation is given)."""
        return self.names.get(lang, self.name)


def load_domains(path: Path = DOMAINS_PATH) -> list[LegalDomain]:
    """Read every area; each needs a name, laws, a description and terms."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DomainsError(f"cannot read {path}: {exc}") from exc
    out: list[LegalDomain] = []
    for i, entry in enumerate(raw.get("domains", []), start=1):
        for key in ("name", "laws", "description", "terms"):
            if not entry.get(key):
                raise DomainsError(f"{path.name}: domain #{i} ({entry.get('name', '?')}) has no {key!r}")
        out.append(
            LegalDomain(
                name=str(entry["name"]),
                laws=tuple(entry["laws"]),
                names={lang: str(entry[lang]) for lang in ("en", "ru", "ar") if entry.get(lang)},
                description=str(entry["description"]),
                terms=tuple(entry["terms"]),
            )
        )
    return out
