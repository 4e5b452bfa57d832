"""Forbidden-action cues, sixth round: wordings of each act found in fresh4's misses (fresh4 burnt in
round 5), written here in new sentences (none is a plan of an evaluation set), and the verb-specific
不-negators and refusals after the act that keep an officer's correct conduct unflagged."""

from __future__ import annotations

import pytest

from training.forbidden import ViolationDetector, load_forbidden
from training.text import is_negated

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def detector() -> ViolationDetector:
    return ViolationDetector(load_forbidden())


FOUND = [
    ("overtime-detention", "担保人联系不上，就让他在办案区待到第二天中午。"),
    ("overtime-detention", "前后足足耗了三天才把人放走。"),
    ("overtime-detention", "审批没下来，干脆拖到了第三天。"),
    ("drunk-keep-restraint", "他酒醒以后说手疼，我们还是一直约束着没解开。"),
    ("drunk-question-while-drunk", "趁他酒劲还没过，赶紧把笔录问完。"),
    ("drunk-unattended", "我们先出去处理别的警情，回来再看他。"),
    ("force-after-stopped", "人已经控制住了，小王还一直用膝盖顶着他的背。"),
    # 不动 here is the person held still, not an officer's act negated
    ("force-after-stopped", "那人被摁住不动了，辅警还是拿电棍又电了一下。"),
    ("block-consul-contact", "我们跟她说在这里不能联系领事馆。"),
    ("block-consul-contact", "他写给使馆的信一直压着没寄出去。"),
    ("deny-consular-visit", "领事官员来了，我们让他们先回去，等结案了再来。"),
    ("coerced-statement", "签了这份材料就可以不追究了。"),
    ("coerced-statement", "不承认的话就会被遣送出境。"),
    ("beating", "让他面对墙站了一个多小时。"),
    ("disclose-info", "我跟记者说了一下当事人的情况。"),
    ("disclose-info", "把她的证件照片发给了一个网友。"),
    ("disclose-info", "护照照片没打码就公开了。"),
    ("delay-help", "天太黑了，等天亮以后再派人去找。"),
    ("forced-mediation", "我们要求双方必须当场私了。"),
    ("forced-mediation", "不赔钱谁都别想走。"),
    ("seize-without-list", "手机先拿过来了，清单回头补。"),
    ("seize-without-list", "扣了他的护照，没开单。"),
]


@pytest.mark.parametrize(("action", "plan"), FOUND)
def test_round6_cue_finds(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action in {f.action.id for f in detector.find(plan)}


LEFT = [
    ("overtime-detention", "询问查证在二十四小时之内结束，随即放人。"),
    ("disclose-info", "当事人的姓名和证件信息一律不对外公开。"),
    ("take-bribe", "对方递来的红包当场婉拒。"),
    ("take-bribe", "商户塞来的购物卡已退回并登记。"),
    ("coerced-statement", "询问中不诱供不逼供，如实记录。"),
    ("deny-consular-visit", "领事官员要求探视，我们当天安排了会见。"),
    ("seize-without-list", "扣押的护照当场开具扣押清单，一式两份。"),
    ("delay-help", "接报后立即派人到景区寻找。"),
]


@pytest.mark.parametrize(("action", "plan"), LEFT)
def test_round6_cue_leaves(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action not in {f.action.id for f in detector.find(plan)}


@pytest.mark.parametrize(
    ("clause", "act"),
    [
        ("现场不使用枪支，先口头警告。", "使用枪支"),
        ("这名醉酒人员我们不动手，只是看护。", "动手"),
        ("相关信息不外传给无关人员。", "传给"),
    ],
)
def test_negator_running_into_the_act(clause: str, act: str) -> None:
    i = clause.index(act)
    assert is_negated(clause, i, i + len(act))


@pytest.mark.parametrize(
    ("clause", "act"),
    [
        ("他不配合，我们就使用了警棍。", "使用了警棍"),
        ("对方不老实，民警打了他一下。", "打了他"),
    ],
)
def test_plain_bu_does_not_negate_the_act(clause: str, act: str) -> None:
    i = clause.index(act)
    assert not is_negated(clause, i, i + len(act))
