"""The one query description both Qdrant engines run.

Candidate generation is described here once, engine-neutral, and translated by each store:
``retrieval/store_edge.py`` into qdrant-edge calls (the embedded default), and
``retrieval/store_client.py`` into qdrant-client calls (a Qdrant server or cluster; local mode in
tests). Filters are payload conditions evaluated by the engine on its payload indexes; the
in-force window is a pair of range conditions on ``effective`` / ``superseded_on`` built from the
day the caller resolved at query time. Fusion and reranking of the candidates stay in Python
(``retrieval/search.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

DENSE: Final = "dense"
#: The cross-lingual dense vector (multilingual USE), when the store keeps one.
XLING: Final = "xling"
LEXICAL: Final = "lexical"


@dataclass(frozen=True)
class Match:
    """The payload field (a keyword or a list of keywords) holds one of ``values``."""

    key: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Range:
    """An integer payload field within bounds (``lte`` and/or ``gt``); a missing field fails."""

    key: str
    lte: int | None = None
    gt: int | None = None


@dataclass(frozen=True)
class IsNull:
    """The payload field is null or missing (whole-article points have ``paragraph`` null)."""

    key: str


@dataclass(frozen=True)
class HasId:
    """The point id is one of ``ids``."""

    ids: tuple[str, ...]


Condition = Match | Range | IsNull | HasId


@dataclass(frozen=True)
class CandidateQuery:
    """One candidate list: the nearest points of one vector under conditions that all hold.

    ``using`` names the vector: ``dense`` or ``xling`` (cosine on that dense vector) or
    ``lexical`` (dot product of the sparse query with the stored BM25 term weights, with the
    engine's IDF). ``exact`` asks
    the engine for an exhaustive search instead of HNSW (congruence runs, recall references).
    """

    using: Literal["dense", "xling", "lexical"]
    limit: int
    dense: tuple[float, ...] | None = None
    sparse: tuple[tuple[int, ...], tuple[float, ...]] | None = None
    must: tuple[Condition, ...] = ()
    exact: bool = False

    @classmethod
    def nearest(
        cls,
        vector: Sequence[float],
        must: Sequence[Condition],
        limit: int,
        exact: bool = False,
        using: Literal["dense", "xling"] = DENSE,
    ) -> CandidateQuery:
        """A dense query (on ``dense``, or on the cross-lingual ``xling`` vector)."""
        return cls(using, limit, dense=tuple(float(x) for x in vector), must=tuple(must), exact=exact)

    @classmethod
    def lexical(
        cls, indices: Sequence[int], values: Sequence[float], must: Sequence[Condition], limit: int
    ) -> CandidateQuery:
        """A sparse (BM25) query."""
        return cls(
            LEXICAL,
            limit,
            sparse=(tuple(int(i) for i in indices), tuple(float(v) for v in values)),
            must=tuple(must),
        )

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for (a lexical query without terms)."""
        return self.using == LEXICAL and (self.sparse is None or not self.sparse[0])


@dataclass
class Candidate:
    """A point returned by a candidate query, with the payload fields the searcher asked for."""

    id: str
    score: float
    payload: dict[str, Any] = field(default_factory=dict)


def conditions_with(base: Sequence[Condition], *extra: Condition) -> tuple[Condition, ...]:
    """``base`` and ``extra`` together (all must hold)."""
    return (*base, *extra)
