"""Forbidden-action cues, fifth round: wordings of each act found in fresh3's misses (fresh3 burnt in
round 4), written here in new sentences (none is a plan of an evaluation set)."""

from __future__ import annotations

import pytest

from training.forbidden import ViolationDetector, load_forbidden

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def detector() -> ViolationDetector:
    return ViolationDetector(load_forbidden())


FOUND = [
    ("male-search-female", "值班的只有两个男的，就由我俩对那名女子做了人身检查。"),
    ("male-search-female", "怕她藏了东西，老周给她身上口袋都摸了一遍。"),
    ("take-bribe", "店主塞给我们一张购物卡，说辛苦了，我们就收下了。"),
    ("fine-no-receipt", "罚了他三百元现金，钱我放进自己的包里了。"),
    ("fine-no-receipt", "当场罚款一百五，收据也没开。"),
    ("overtime-detention", "一直找不到担保人，等了四十多个小时才放他走。"),
    ("overtime-detention", "人在候问室从周五晚上待到周日上午才放。"),
    ("block-consul-contact", "她说想打电话给使馆，我们说这边一律不给打。"),
    ("coerced-statement", "你签个字就能出去，不签就在这儿等着。"),
    ("forced-mediation", "我告诉他们要么现在赔钱私了，要么两个人都拘留。"),
    ("deny-consular-visit", "使馆的人来要见他，值班的说人不在就把人打发走了。"),
    ("drunk-question-while-drunk", "趁他还醉醺醺的，先把笔录做完让他签了。"),
    ("drunk-keep-restraint", "半夜他就清醒了，可约束带一直没松，到早上才解。"),
    ("drunk-unattended", "约束好以后锁在屋里，没人看着。"),
    ("disclose-info", "她的护照照片被我转到了几个本地群里。"),
]


@pytest.mark.parametrize(("action", "plan"), FOUND)
def test_round5_cue_finds(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action in {f.action.id for f in detector.find(plan)}


LEFT = [
    ("male-search-female", "对女性当事人的人身检查由女民警进行，男民警回避。"),
    ("fine-no-receipt", "当场收缴罚款两百元，开具了专用票据。"),
    ("take-bribe", "家属送来两条烟，我们当场退回。"),
    ("overtime-detention", "询问在八个小时内结束，随即放行。"),
    ("block-consul-contact", "他要求联系领事馆，我们提供了电话并记录了通话时间。"),
    ("drunk-keep-restraint", "酒醒后立即解除约束，再经翻译询问。"),
]


@pytest.mark.parametrize(("action", "plan"), LEFT)
def test_round5_cue_leaves(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action not in {f.action.id for f in detector.find(plan)}
