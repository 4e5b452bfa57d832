"""Bias audit: does the labelled case store over-associate a nationality with a case type?

For every (nationality, case type) pair over the labelled cases in the store: ``cases`` (cases of
that type whose suspect has that nationality), ``rate`` (their share of all cases with a suspect of
that nationality), ``lift`` (rate / the case type's base rate over all cases) and ``p_value``
(Fisher's exact test, one-sided "greater", on the 2×2 table nationality × case type; exact, so no
small-count rule is needed). A pair is flagged when its lift is at least ``lift_threshold``, its
p-value at most ``alpha`` and it has at least ``min_cases`` cases.

Only nationalities of the roles in ``roles`` count (default: suspects), so a victim's or a witness's
nationality is never counted as an offender's. The stored baseline lists the flagged pairs already
reviewed; :func:`new_flags` names those it lacks (``jingzhi eval bias`` exits non-zero on them).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.schema import DocType

BASELINE = Path(__file__).resolve().parent / "baselines" / "bias.json"


@dataclass(frozen=True)
class BiasConfig:
    """Thresholds of the audit (a pair must pass all three to be flagged)."""

    lift_threshold: float = 2.0
    alpha: float = 0.05
    min_cases: int = 3
    roles: tuple[str, ...] = ("suspect",)


@dataclass
class Pair:
    """One nationality × case-type cell."""

    nationality: str
    case_type: str
    cases: int
    rate: float
    lift: float
    p_value: float
    flagged: bool

    def to_json(self) -> dict[str, Any]:
        """The pair in the audit's JSON shape."""
        return {
            "nationality": self.nationality,
            "case_type": self.case_type,
            "cases": self.cases,
            "rate": round(self.rate, 4),
            "lift": round(self.lift, 4),
            "p_value": round(self.p_value, 6),
            "flagged": self.flagged,
        }


@dataclass
class BiasAudit:
    """The audit over one store: every pair, with the totals it was computed from."""

    pairs: list[Pair] = field(default_factory=list)
    cases: int = 0
    cases_with_suspect_nationality: int = 0
    config: BiasConfig = field(default_factory=BiasConfig)

    @property
    def flagged(self) -> list[Pair]:
        """Pairs above the thresholds."""
        return [p for p in self.pairs if p.flagged]

    def to_json(self, baseline: set[tuple[str, str]] | None = None) -> dict[str, Any]:
        """``{"pairs": [...], "cases", "flagged", "new_flags", "config"}``."""
        fresh = new_flags(self, baseline) if baseline is not None else []
        return {
            "pairs": [p.to_json() for p in self.pairs],
            "cases": self.cases,
            "cases_with_suspect_nationality": self.cases_with_suspect_nationality,
            "flagged": [[p.nationality, p.case_type] for p in self.flagged],
            "new_flags": [[n, c] for n, c in fresh],
            "config": {
                "lift_threshold": self.config.lift_threshold,
                "alpha": self.config.alpha,
                "min_cases": self.config.min_cases,
                "roles": list(self.config.roles),
            },
        }


def case_key(payload: dict[str, Any]) -> str:
    """One case: a file, or one record of a JSONL file (its passages share ``record·section``)."""
    article = str(payload.get("article", ""))
    return f"{payload['source']}#{article.split('·')[0]}" if "·" in article else str(payload["source"])


def case_labels(points: list[dict[str, Any]]) -> dict[str, tuple[set[str], set[str]]]:
    """Per case: (case types, nationalities of the counted roles) from stored case payloads."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for pl in points:
        if pl.get("doc_type") != DocType.CASE.value:
            continue
        key = case_key(pl)
        types, nats = out.setdefault(key, (set(), set()))
        for lb in pl.get("labels", []):
            if lb.get("kind") == "case_type":
                types.add(str(lb["value"]))
            elif lb.get("kind") == "nationality":
                nats.add(f"{lb['value']}\t{lb.get('role') or ''}")
    return out


def audit(cases: dict[str, tuple[set[str], set[str]]], config: BiasConfig | None = None) -> BiasAudit:
    """The nationality × case-type association over labelled cases (``case_labels`` output)."""
    from scipy.stats import fisher_exact

    config = config or BiasConfig()
    labelled = {k: v for k, v in cases.items() if v[0]}
    n = len(labelled)
    by_type: dict[str, set[str]] = defaultdict(set)
    by_nat: dict[str, set[str]] = defaultdict(set)
    for key, (types, nats) in labelled.items():
        for t in types:
            by_type[t].add(key)
        for entry in nats:
            nationality, _, role = entry.partition("\t")
            if role in config.roles:
                by_nat[nationality].add(key)
    result = BiasAudit(cases=n, config=config, cases_with_suspect_nationality=len(set().union(*by_nat.values())))
    for nationality, nat_cases in sorted(by_nat.items()):
        for case_type, type_cases in sorted(by_type.items()):
            a = len(nat_cases & type_cases)
            if a == 0:
                continue
            b = len(nat_cases) - a
            c = len(type_cases) - a
            d = n - a - b - c
            rate = a / len(nat_cases)
            base = len(type_cases) / n
            lift = rate / base if base else 0.0
            p_value = float(fisher_exact([[a, b], [c, d]], alternative="greater").pvalue)
            flagged = lift >= config.lift_threshold and p_value <= config.alpha and a >= config.min_cases
            result.pairs.append(Pair(nationality, case_type, a, rate, lift, p_value, flagged))
    return result


def audit_store(store: Any, config: BiasConfig | None = None) -> BiasAudit:
    """Run the audit over every case passage in a :class:`retrieval.store.QdrantStore`."""
    return audit(case_labels([p.payload for p in store.scroll()]), config)


def load_baseline(path: Path = BASELINE) -> set[tuple[str, str]]:
    """Flagged pairs already reviewed (``{"flagged": [[nationality, case_type], …]}``); a missing
    file is an empty baseline (every flag is then new)."""
    if not path.exists():
        return set()
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(str(n), str(c)) for n, c in data.get("flagged", [])}


def new_flags(result: BiasAudit, baseline: set[tuple[str, str]] | None) -> list[tuple[str, str]]:
    """Flagged pairs that the baseline lacks."""
    known = baseline or set()
    return [(p.nationality, p.case_type) for p in result.flagged if (p.nationality, p.case_type) not in known]


def write_baseline(result: BiasAudit, path: Path = BASELINE) -> None:
    """Store the current flagged pairs as the reviewed baseline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"flagged": [[p.nationality, p.case_type] for p in result.flagged], "config": result.to_json()["config"]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
