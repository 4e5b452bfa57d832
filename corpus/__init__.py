"""Bundled corpus, its manifest and the shared data model (``corpus.schema``)."""

from pathlib import Path

#: Root of the bundled corpus; evidence ``source`` paths are relative to it.
CORPUS_ROOT = Path(__file__).resolve().parent / "data"
