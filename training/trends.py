"""District case trends: counts per case type per quarter from the labelled cases' dates, types
rising against their own history, and seasonal patterns; and the lesson/drill order they drive.

The report has two dimensions only, case type and time, within one district. It never reads or
reports a nationality (the cases' nationality labels are not consulted), so nothing it drives can
associate a nationality with crime risk.

**Rising (stated test).** For a case type with counts ``c_1 … c_m`` in the ``m ≥ 2`` quarters
before the current one (from the first quarter the district has any case) and ``k`` in the current
quarter, under H0 "the quarterly rate is constant" the current quarter's share of the ``k + H``
cases (``H = Σ c_i``) is Binomial(k + H, 1/(m + 1)). The one-sided exact binomial test (conditional
test of two Poisson rates) gives ``p = P(X ≥ k)``; the type is *rising* when ``p < ALPHA`` (0.05)
and ``k`` is above its historical quarterly mean.

**Seasonal.** Counts per calendar quarter (Q1–Q4) across all years; a chi-square goodness-of-fit
test against equal shares (when the type has at least ``MIN_SEASONAL`` cases) names the peak
quarter when ``p < ALPHA``. A type whose peak is the next quarter is *coming into season*: its
lessons are pushed ahead of it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

#: Significance level of both tests.
ALPHA = 0.05
#: Fewest cases of a type before a seasonal test is made.
MIN_SEASONAL = 8
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")


@dataclass(frozen=True)
class CaseRecord:
    """What the trend report reads of one case: when, where, which case types."""

    case_id: str
    day: date
    district: str
    case_types: tuple[str, ...]


def first_date(text: str) -> date | None:
    """The first valid calendar date written in ``text`` (2026年2月26日, 2026-02-26)."""
    for m in _DATE.finditer(text):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter 1-4)."""
    return day.year, (day.month - 1) // 3 + 1


def _label(q: tuple[int, int]) -> str:
    return f"{q[0]}Q{q[1]}"


def _quarters(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    y, q = first
    while (y, q) <= last:
        out.append((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


def district_matches(case_district: str, profile_name: str, profile_id: str) -> bool:
    """A case's district (the station in the file's header, e.g. 萧山区城厢派出所) belongs to a
    profile whose name starts the same way (萧山区（机场、开发区）) or that has that id."""
    head = profile_name.split("（")[0].split("(")[0].strip()
    return bool(case_district) and (case_district == profile_id or (bool(head) and case_district.startswith(head)))


def cases_from_points(points: Iterable[Any]) -> list[CaseRecord]:
    """Case records from stored case points (grouped by source; the date is the first one written
    in the case, the case types its case-type labels). Cases without a date are left out."""
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        payload = p.payload if hasattr(p, "payload") else p
        if payload.get("doc_type") == "case":
            # a JSONL file holds many cases: one per title (the case title is the payload's law)
            by_source[f"{payload.get('source')}#{payload.get('law', '')}"].append(payload)
    out: list[CaseRecord] = []
    for source, payloads in sorted(by_source.items()):
        payloads.sort(key=lambda x: (int(x.get("article_no") or 0), x.get("paragraph") or 0))
        day = next((d for d in (first_date(str(x.get("text", ""))) for x in payloads) if d), None)
        if day is None:
            continue
        types: list[str] = []
        for x in payloads:
            for lb in x.get("labels") or []:
                if lb.get("kind") == "case_type" and lb.get("value") not in types:
                    types.append(str(lb["value"]))
        district = next((str(x["district"]) for x in payloads if x.get("district")), "")
        out.append(CaseRecord(source, day, district, tuple(types)))
    return out


def district_trends(store: Any, profile: Any, as_of: date) -> dict[str, Any]:
    """The report for a district profile over the cases in ``store`` (a QdrantStore)."""
    from corpus.schema import DocType
    from retrieval.filters import SearchFilters

    flt = SearchFilters(doc_types=[DocType.CASE], in_force_only=False).conditions()
    cases = [c for c in cases_from_points(store.scroll(flt)) if district_matches(c.district, profile.name, profile.id)]
    return trend_report(cases, as_of, profile.id)


def trend_report(cases: Sequence[CaseRecord], as_of: date, district: str | None = None) -> dict[str, Any]:
    """The report for ``cases`` (already restricted to one district) as of ``as_of``."""
    current = quarter_of(as_of)
    dated = [c for c in cases if c.day <= as_of]
    counts: dict[str, Counter[tuple[int, int]]] = defaultdict(Counter)
    for c in dated:
        for t in c.case_types:
            counts[t][quarter_of(c.day)] += 1
    first = min((quarter_of(c.day) for c in dated), default=current)
    quarters = _quarters(first, current)
    history = quarters[:-1]
    nxt = (current[0] + 1, 1) if current[1] == 4 else (current[0], current[1] + 1)
    from scipy.stats import binomtest, chisquare  # here, not at import: scipy.stats costs ~0.9 s of start-up

    types = []
    for ctype in sorted(counts):
        per_q = counts[ctype]
        k = per_q[current]
        hist = [per_q[q] for q in history]
        entry: dict[str, Any] = {
            "case_type": ctype,
            "total": sum(per_q.values()),
            "per_quarter": {_label(q): per_q[q] for q in quarters},
            "current_quarter": k,
            "historical_mean": round(sum(hist) / len(hist), 3) if hist else None,
        }
        if len(hist) >= 2 and k > 0:
            test = binomtest(k, k + sum(hist), 1 / (len(hist) + 1), alternative="greater")
            entry["p_rising"] = round(float(test.pvalue), 6)
            entry["rising"] = bool(test.pvalue < ALPHA and k > sum(hist) / len(hist))
        else:
            entry["p_rising"] = None
            entry["rising"] = False
            entry["rising_note"] = "history too short for the test (needs 2 earlier quarters)" if k else None
        season = Counter(q for (_, q), n in per_q.items() for _ in range(n))
        shares = [season[q] for q in (1, 2, 3, 4)]
        entry["by_calendar_quarter"] = {f"Q{q}": season[q] for q in (1, 2, 3, 4)}
        if sum(shares) >= MIN_SEASONAL:
            p = float(chisquare(shares).pvalue)
            peak = max(range(4), key=lambda i: shares[i]) + 1
            entry["p_seasonal"] = round(p, 6)
            entry["peak_quarter"] = f"Q{peak}" if p < ALPHA else None
        else:
            entry["p_seasonal"] = None
            entry["peak_quarter"] = None
        entry["coming_into_season"] = entry["peak_quarter"] == f"Q{nxt[1]}"
        types.append(entry)
    return {
        "district": district,
        "as_of": as_of.isoformat(),
        "current_quarter": _label(current),
        "quarters": [_label(q) for q in quarters],
        "cases": len(dated),
        "test": {
            "rising": "one-sided exact binomial test of the current quarter's share of the type's cases "
            "against 1/(m+1) over m ≥ 2 earlier quarters (conditional test of equal Poisson rates)",
            "seasonal": f"chi-square goodness of fit of calendar-quarter counts against equal shares "
            f"(types with ≥ {MIN_SEASONAL} cases)",
            "alpha": ALPHA,
        },
        "case_types": types,
        "priorities": priorities(types),
    }


def priorities(types: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """Case types in the order lessons and drills should follow: rising this quarter (smallest p
    first), then coming into season next quarter, then in season now."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    rising = sorted((t for t in types if t["rising"]), key=lambda t: t["p_rising"])
    for t in rising:
        out.append({"case_type": t["case_type"], "reason": "本辖区本季度上升"})
        seen.add(t["case_type"])
    for t in types:
        if t["coming_into_season"] and t["case_type"] not in seen:
            out.append({"case_type": t["case_type"], "reason": f"下季度高发（往年{t['peak_quarter']}）"})
            seen.add(t["case_type"])
    return out
