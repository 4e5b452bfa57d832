"""Data model and label taxonomy."""

from corpus.schema.models import (
    NEVER,
    Answer,
    Citation,
    DocType,
    Label,
    Passage,
    Provenance,
    RemovedSentence,
    Role,
    SearchHit,
    SourceDocument,
    VerificationReport,
    content_hash,
    ymd,
)

__all__ = [
    "NEVER",
    "Answer",
    "Citation",
    "DocType",
    "Label",
    "Passage",
    "Provenance",
    "RemovedSentence",
    "Role",
    "SearchHit",
    "SourceDocument",
    "VerificationReport",
    "content_hash",
    "ymd",
]
