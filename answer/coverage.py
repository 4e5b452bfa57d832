"""Knowing what the corpus lacks: recognise a question about an area of law that is not bundled.

The areas (corpus/data/legal_domains.toml) each have a description and a few words specific to
them. A question is recognised as belonging to an area when its embedding is close to the area's
description (closer with one of the area's words present), with thresholds from the embedder's
profile. The answerer then abstains and names the kind of law needed, unless an article it found
addresses the question well anyway (the relevance model decides; see answer/extractive.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from corpus.domains import LegalDomain
from retrieval.embedders import Embedder, Matrix
from retrieval.profiles import CoverageThresholds


@dataclass(frozen=True)
class DomainMatch:
    """An area of law a question seems to need."""

    domain: LegalDomain
    similarity: float
    term: str | None


class CoverageCheck:
    """Matches questions against the areas the corpus does not hold."""

    def __init__(self, domains: Sequence[LegalDomain], embedder: Embedder, thresholds: CoverageThresholds) -> None:
        self.domains = list(domains)
        self.embedder = embedder
        self.thresholds = thresholds
        self._vectors: Matrix | None = None

    def _matrix(self) -> Matrix:
        if self._vectors is None:
            texts = [f"{d.name}：{d.description}" for d in self.domains]
            vectors = self.embedder.embed_passages(texts) if texts else np.zeros((0, self.embedder.dim), np.float32)
            self._vectors = vectors.astype(np.float32)
        return self._vectors

    def prepare(self) -> int:
        """Embed the areas' descriptions now (the embedder's cache keeps them); returns how many."""
        return len(self._matrix())

    def similarities(self, query_vector: Sequence[float]) -> list[float]:
        """Cosine similarity of the question to every area (the vectors are normalised)."""
        q = np.asarray(query_vector, dtype=np.float32)
        q = q / (float(np.linalg.norm(q)) or 1.0)
        m = self._matrix()
        return [float(v) for v in (m @ q)] if len(m) else []

    def recognise(self, question: str, query_vector: Sequence[float] | None) -> DomainMatch | None:
        """The best-matching area when the profile's thresholds say it is recognisable."""
        if not self.domains:
            return None
        vec = query_vector if query_vector is not None else self.embedder.embed_queries([question])[0]
        sims = self.similarities(vec)
        best: DomainMatch | None = None
        for domain, sim in zip(self.domains, sims, strict=True):
            term = next((t for t in domain.terms if t in question), None)
            bar = self.thresholds.with_term if term else self.thresholds.alone
            if sim >= bar and (best is None or sim > best.similarity):
                best = DomainMatch(domain, sim, term)
        return best
