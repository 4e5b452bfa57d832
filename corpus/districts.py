"""District profiles (``corpus/data/districts.toml``): the officer's unit selects one, and search
ranking, suggested lessons and the page's first screen favour its frequent case types.

Common nationalities and languages of a district describe who lives and travels there; they pick
the languages of ready phrases and the lessons offered first. They never change how the law is
ranked or filtered.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from corpus import CORPUS_ROOT

DISTRICTS = CORPUS_ROOT / "districts.toml"


class DistrictProfile(BaseModel):
    """One police district's foreign-related profile."""

    id: str = Field(pattern=r"^[a-z0-9_-]{1,40}$")
    name: str
    workload: Literal["high", "medium", "low"]
    frequent_case_types: list[str] = Field(default_factory=list)
    common_nationalities: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    notes: str = ""


class DistrictError(ValueError):
    """Unknown district or malformed profiles file (names the value)."""


class Districts:
    """The configured profiles and the default one."""

    def __init__(self, path: Path = DISTRICTS) -> None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise DistrictError(f"cannot read district profiles {path}: {exc}") from exc
        self.profiles = {p["id"]: DistrictProfile.model_validate(p) for p in raw.get("district", [])}
        self.default_id = str(raw.get("default", next(iter(self.profiles), "")))
        if self.default_id and self.default_id not in self.profiles:
            raise DistrictError(f"default district {self.default_id!r} is not defined")

    def get(self, district_id: str | None) -> DistrictProfile | None:
        """The profile, the default one for None, or DistrictError for an unknown id."""
        key = district_id or self.default_id
        if not key:
            return None
        if key not in self.profiles:
            raise DistrictError(f"unknown district {key!r}; known: {', '.join(sorted(self.profiles))}")
        return self.profiles[key]
