"""The drill grader's similarity lane (issue 16): a forbidden action written in words no cue
foresaw is flagged from its description's vector, unless the plan piece is closer to an expected
step or negates the act. A fake embedder puts each text on a chosen direction, so the lane's
rules are tested exactly; the real-model figures are in scripts/bench_drills.py."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from training.drills import Drill, DrillCitation, DrillForbidden, DrillGrader, DrillStep, GraderSettings
from training.forbidden import ForbiddenAction

pytestmark = pytest.mark.unit

#: Directions in a 4-d space: the allowed step, the forbidden act, an omission, and "other".
STEP, ACT, OMIT, OTHER = np.eye(4, dtype=np.float32)


class KeywordEmbedder:
    """Each text goes to the direction of the first keyword it holds (blends where it says so)."""

    name = "fake-keyword"
    dim = 4
    table = (
        ("绑在暖气片上", 0.95 * ACT + 0.31 * STEP),  # close to the act, far enough from the step
        ("约束带", 0.6 * ACT + 0.8 * STEP),  # the allowed restraint: closer to the step
        ("锁住", 0.93 * ACT + 0.37 * OTHER),
        ("扔在屋里没人管", OMIT),
        ("无人看护", OMIT),
        ("戴上手铐", ACT),
        ("用约束", STEP),
    )

    def _one(self, text: str) -> np.ndarray:
        for word, vec in self.table:
            if word in text:
                return vec / np.linalg.norm(vec)
        return OTHER

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._one(t) for t in texts]) if texts else np.zeros((0, 4), np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_queries(texts)


class CharLexical:
    def tokens(self, text: str) -> list[str]:
        return list(text)


CITE = DrillCitation(source="laws_cn/x.md", article="第五十八条", law="某规定", quote="不得使用手铐")
DRILL = Drill(
    scenario="醉酒",
    scene="醉酒的人在路边",
    steps=[DrillStep(n=1, title="保护性约束", action="用约束把他固定")],
    forbidden=[
        DrillForbidden(id="cuffs", description="对醉酒人戴上手铐", citation=CITE),
        DrillForbidden(id="alone", description="约束期间无人看护", citation=CITE),
    ],
)
ACTIONS = [
    ForbiddenAction(id="cuffs", description="对醉酒人戴上手铐", article=CITE.identity, quote="不得使用手铐", cues={}),
    ForbiddenAction(id="alone", description="约束期间无人看护", article=CITE.identity, quote="不得使用手铐", cues={}),
]


def grader(bar: float | None = 0.87, margin: float = 0.01) -> DrillGrader:
    settings = GraderSettings(semantic_bar=bar, semantic_margin=margin)
    return DrillGrader(KeywordEmbedder(), CharLexical(), ACTIONS, settings)  # type: ignore[arg-type]


def ids(g: DrillGrader, plan: str) -> list[str]:
    return [v.id for v in g.grade(DRILL, plan).violations]


def test_an_act_in_unforeseen_words_is_flagged_with_its_article() -> None:
    grade = grader().grade(DRILL, "到场后，把他绑在暖气片上")
    (v,) = grade.violations
    assert (v.id, v.found_by, v.citation.article) == ("cuffs", "similarity", "第五十八条")
    assert "暖气片" in v.clause


def test_a_piece_closer_to_the_allowed_step_is_not_flagged() -> None:
    assert ids(grader(), "到场后，用约束带把他固定住") == []


def test_the_margin_over_the_steps_decides() -> None:
    # cos(unit, act) = 0.95, cos(unit, step) = 0.31: a margin of 0.7 is more than it has
    assert ids(grader(margin=0.7), "到场后，把他绑在暖气片上") == []
    assert ids(grader(margin=0.6), "到场后，把他绑在暖气片上") == ["cuffs"]


def test_the_bar_decides() -> None:
    assert ids(grader(bar=0.96), "到场后，把他绑在暖气片上") == []


def test_a_piece_that_negates_is_left_to_the_rules() -> None:
    assert ids(grader(), "我们没有把他锁住") == []
    assert ids(grader(), "到场后，把他锁住") == ["cuffs"]
    # an omission is stated in negated words: the similarity lane does not judge it
    assert ids(grader(), "约束好以后，把他扔在屋里没人管") == []


def test_the_lane_can_be_turned_off() -> None:
    assert ids(grader(bar=None), "到场后，把他绑在暖气片上") == []


def test_each_action_once_and_the_score_drops() -> None:
    g = grader()
    clean = g.grade(DRILL, "到场后，用约束带把他固定住")
    bad = g.grade(DRILL, "到场后，把他绑在暖气片上。又把他锁住。")
    assert [v.id for v in bad.violations] == ["cuffs"]
    assert bad.score < clean.score


def test_a_piece_nearer_the_allowed_conduct_than_the_act_is_not_flagged() -> None:
    """forbidden.toml's ``allowed`` (the lawful conduct that mentions the same things) is a rival of
    the act like the expected steps: "绑在暖气片上" beats the steps by 0.95 - 0.31 = 0.64; an allowed
    conduct written near it ("锁住", cos 0.88) leaves a margin of about 0.07."""
    allowed = [a.model_copy(update={"allowed": ["把他锁住"]}) if a.id == "cuffs" else a for a in ACTIONS]
    plan = "到场后，把他绑在暖气片上"
    assert ids(grader(margin=0.6), plan) == ["cuffs"]
    settings = GraderSettings(semantic_bar=0.87, semantic_margin=0.6)
    contrast = DrillGrader(KeywordEmbedder(), CharLexical(), allowed, settings)  # type: ignore[arg-type]
    assert ids(contrast, plan) == []
    # …and the contrast can be switched off
    off_settings = GraderSettings(semantic_bar=0.87, semantic_margin=0.6, contrast_allowed=False)
    off = DrillGrader(KeywordEmbedder(), CharLexical(), allowed, off_settings)  # type: ignore[arg-type]
    assert ids(off, plan) == ["cuffs"]


def test_every_forbidden_action_states_its_allowed_conduct() -> None:
    from training.forbidden import load_forbidden

    missing = [a.id for a in load_forbidden() if not a.allowed]
    assert missing == []
