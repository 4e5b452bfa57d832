"""Align the articles of two versions of one law (2012 治安管理处罚法 -> its 2025 revision).

Revisions renumber articles, and officers cite the numbers they learned. Each article of the
older version is matched to the most similar article of the newer one (character-bigram Dice
similarity, which survives small wording changes); a match below ``min_similarity`` is left
unmatched rather than guessed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from corpus.schema import Passage

MIN_SIMILARITY = 0.45


def _bigrams(text: str) -> Counter[str]:
    compact = "".join(text.split())
    return Counter(compact[i : i + 2] for i in range(len(compact) - 1))


def dice(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two bigram multisets."""
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 0.0
    return 2 * sum((a & b).values()) / total


def align(
    old: Sequence[Passage], new: Sequence[Passage], min_similarity: float = MIN_SIMILARITY
) -> dict[str, tuple[str, float]]:
    """``{old article heading: (new article heading, similarity)}`` for whole-article passages."""
    old_arts = [p for p in old if p.paragraph is None]
    new_arts = [p for p in new if p.paragraph is None]
    new_grams = [(p.article, _bigrams(p.text)) for p in new_arts]
    out: dict[str, tuple[str, float]] = {}
    for p in old_arts:
        grams = _bigrams(p.text)
        best, score = None, 0.0
        for article, other in new_grams:
            s = dice(grams, other)
            if s > score:
                best, score = article, s
        if best is not None and score >= min_similarity:
            out[p.article] = (best, round(score, 3))
    return out
