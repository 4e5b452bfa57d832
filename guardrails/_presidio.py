"""Presidio's analyzer, imported without the optional Hugging Face stack it would drag in.

``presidio_analyzer.nlp_engine`` imports ``transformers`` (for its ``TransformersNlpEngine``) and,
through spaCy's ``thinc``, ``torch`` whenever they are installed — they are, for the
sentence-transformers embedder backend. Jingzhi uses neither of them for de-identification (its NLP
engine is spaCy's small CNN pipelines, see guardrails/pii.py), and importing them costs about 5 s of
the server's start-up on these machines (`python -X importtime -c "import presidio_analyzer"`).

While Presidio and spaCy are imported, the two packages are hidden (``sys.modules[name] = None``,
which makes ``import`` raise ImportError and ``importlib.util.find_spec`` answer None), so both take
their documented "not installed" branch; they are visible again right after, and a process that
loaded them before (a sentence-transformers embedder) keeps its copies and is not affected. Presidio's
Hugging Face NER engine is thereby unavailable in this process, which the project never configures.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

#: Optional packages Presidio would import and de-identification never uses.
HIDDEN_DURING_IMPORT = ("transformers", "torch")


@contextmanager
def hidden(*names: str) -> Iterator[None]:
    """Hide the top-level packages ``names`` that are not imported yet, for the duration."""
    mine = [n for n in names if n not in sys.modules]
    for n in mine:
        sys.modules[n] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for n in mine:
            if n in sys.modules and sys.modules[n] is None:
                del sys.modules[n]


with hidden(*HIDDEN_DURING_IMPORT):
    import spacy  # noqa: F401  (imported here so that thinc decides on torch inside the window)
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

__all__ = [
    "AnalyzerEngine",
    "EntityRecognizer",
    "NerModelConfiguration",
    "NlpArtifacts",
    "RecognizerRegistry",
    "RecognizerResult",
    "SpacyNlpEngine",
    "SpacyRecognizer",
    "hidden",
]
