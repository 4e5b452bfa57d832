"""Inter-annotator agreement on labels: Cohen's kappa per label kind (scikit-learn's
``cohen_kappa_score``), and the disagreements an adjudicator should look at.

Labels are sets (a case may have two case types), so each judgement is unfolded into binary
decisions: for every passage two annotators labelled independently, and every candidate value
of the kind (a value either of them chose, or the machine proposed), "is this value a label of
the passage?". Kappa is computed over those decisions of all such passages. The first judgement
of each annotator on a passage counts (the blind one, before a second annotator saw anything).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

#: The label kinds people review.
KINDS = ("case_type", "cultural_taboo", "legal_clause", "nationality")


@dataclass(frozen=True)
class Judgement:
    """What one annotator said about one label kind of one passage."""

    item: str
    annotator: str
    kind: str
    values: frozenset[str]
    at: datetime
    #: What the machine proposed for this kind (candidates that neither annotator chose count too).
    machine: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Disagreement:
    """A passage where two annotators chose different values of a kind."""

    item: str
    kind: str
    first: str
    first_values: tuple[str, ...]
    second: str
    second_values: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        """For the CLI's --json and the API."""
        return {
            "item": self.item,
            "kind": self.kind,
            "annotators": [self.first, self.second],
            "values": [list(self.first_values), list(self.second_values)],
        }


@dataclass
class KindAgreement:
    """Agreement on one label kind."""

    kind: str
    items: int = 0
    decisions: int = 0
    observed: float | None = None
    kappa: float | None = None
    #: Why kappa is undefined, when it is (no doubly-labelled passage, or no variation at all).
    note: str = ""
    disagreements: list[Disagreement] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """For the CLI's --json and the API."""
        return {
            "kind": self.kind,
            "items": self.items,
            "decisions": self.decisions,
            "observed_agreement": self.observed,
            "kappa": self.kappa,
            "note": self.note,
            "disagreements": [d.to_json() for d in self.disagreements],
        }


@dataclass
class AgreementReport:
    """Cohen's kappa per label kind over the passages labelled by two annotators."""

    kinds: dict[str, KindAgreement] = field(default_factory=dict)

    @property
    def disagreements(self) -> list[Disagreement]:
        """Every disagreement, kind by kind."""
        return [d for k in self.kinds.values() for d in k.disagreements]

    def to_json(self) -> dict[str, object]:
        """For the CLI's --json and the API."""
        return {"kinds": {k: v.to_json() for k, v in self.kinds.items()}}


def first_pairs(judgements: Iterable[Judgement]) -> dict[tuple[str, str], tuple[Judgement, Judgement]]:
    """``(item, kind)`` -> the first judgements of the first two distinct annotators."""
    firsts: dict[tuple[str, str], dict[str, Judgement]] = {}
    for j in sorted(judgements, key=lambda j: j.at):
        by_annotator = firsts.setdefault((j.item, j.kind), {})
        by_annotator.setdefault(j.annotator, j)
    out: dict[tuple[str, str], tuple[Judgement, Judgement]] = {}
    for key, by_annotator in firsts.items():
        ordered = sorted(by_annotator.values(), key=lambda j: j.at)
        if len(ordered) >= 2:
            out[key] = (ordered[0], ordered[1])
    return out


def agreement(judgements: Iterable[Judgement], kinds: Sequence[str] = KINDS) -> AgreementReport:
    """Cohen's kappa per kind (binary decisions per passage and candidate value; see the module)."""
    pairs = first_pairs(judgements)
    report = AgreementReport()
    for kind in kinds:
        result = KindAgreement(kind)
        a: list[int] = []
        b: list[int] = []
        for (item, k), (first, second) in sorted(pairs.items()):
            if k != kind:
                continue
            result.items += 1
            candidates = sorted(first.values | second.values | first.machine | second.machine)
            for value in candidates:
                a.append(int(value in first.values))
                b.append(int(value in second.values))
            if first.values != second.values:
                result.disagreements.append(
                    Disagreement(
                        item,
                        kind,
                        first.annotator,
                        tuple(sorted(first.values)),
                        second.annotator,
                        tuple(sorted(second.values)),
                    )
                )
        result.decisions = len(a)
        if not a:
            result.note = "no passage labelled by two annotators"
        else:
            result.observed = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
            from sklearn.metrics import cohen_kappa_score  # here, not at import: ~0.6 s of start-up

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # undefined kappa: reported as a note below
                kappa = float(cohen_kappa_score(a, b, labels=[0, 1]))
            if math.isnan(kappa):
                result.note = "kappa undefined: every decision was the same (no variation)"
            else:
                result.kappa = kappa
        report.kinds[kind] = result
    return report
