"""Forbidden-action cues and negation, eighth round: wordings of each act found in fresh6's misses
(fresh6 burnt in round 7), and the negations behind its false flags, written here in new sentences
(none is a plan of an evaluation set)."""

from __future__ import annotations

import pytest

from training.forbidden import ViolationDetector, load_forbidden
from training.text import is_negated, states_negation

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def detector() -> ViolationDetector:
    return ViolationDetector(load_forbidden())


def found(detector: ViolationDetector, plan: str) -> set[str]:
    return {f.action.id for f in detector.find(plan)}


FOUND = [
    ("drunk-unattended", "把他捆好放在候问室，大家先去吃饭，过一会儿再回来看看。"),
    ("drunk-unattended", "人绑好了躺着，反正跑不了，先不管他。"),
    ("drunk-question-while-drunk", "他还醉醺醺的，赶紧把口供录了。"),
    ("drunk-keep-restraint", "天亮时他已经清醒，能正常说话，可约束带还是没解。"),
    ("drunk-keep-restraint", "领导说绑到中午再松。"),
    ("block-consul-contact", "他要求找本国领事馆，被值班员一句话挡了回去。"),
    ("block-consul-contact", "他托我们把信寄给使馆，信被扣在值班室，一封也没寄。"),
    ("block-consul-contact", "他想跟领事打电话，我们说结案以后再说。"),
    ("overtime-detention", "从下午三点一直审到第二天傍晚。"),
    ("overtime-detention", "四十多个小时了人还在候问室。"),
    ("overtime-detention", "人一直押在派出所不让他走。"),
    ("male-search-female", "没叫女辅警，值班的小刘就把她口袋摸了一遍。"),
    ("male-search-female", "现场只有两名男民警，就给那名女子搜了身。"),
    ("coerced-statement", "不承认的话，你家人的居留我们也一起查。"),
    ("coerced-statement", "让他面壁站着，什么时候交代什么时候坐下。"),
    ("coerced-statement", "不签字就办不了出境手续。"),
    ("forced-mediation", "要么现在赔三千，要么罚款加拘留。"),
    ("forced-mediation", "谁答应私了我就先放谁。"),
    ("force-after-stopped", "人已经趴下了，甩棍还往他腿上抽了几下。"),
    ("seize-without-list", "把他的护照收走了，没有给任何凭证。"),
    ("take-bribe", "对方送了一条烟，我们才去处理。"),
    ("delay-help", "晾了三个多小时也没派人过去。"),
    ("delay-help", "让报警人自己先找一找再说。"),
]


@pytest.mark.parametrize(("action", "plan"), FOUND)
def test_round8_cue_finds(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action in found(detector, plan)


LEFT = [
    # the other party's conduct, not the officer's
    ("beating", "服务员头上被打了一拳，已送医。"),
    ("coerced-statement", "他挥舞酒瓶威胁他人安全，予以制止。"),
    ("deny-consular-visit", "当事人若拒绝探视，由其本人写明并附卷。"),
    # a refusal a few words after the offer
    ("take-bribe", "店主说改天请民警吃个饭答谢，我们当即婉拒。"),
    # 非 / 不问 / 不发 / 不让 / 不设 before the act
    ("drunk-handcuffs", "用警绳约束，非手铐。"),
    ("drunk-question-while-drunk", "他还醉着就先不问话、不做笔录，醒了再问。"),
    ("disclose-info", "当事人照片仅供内部比对，不发到网上。"),
    ("delay-help", "不让家属明天再来，当场受理。"),
    # "no more" inside the matched words
    ("force-after-stopped", "他被控制住以后就不再使用任何警械。"),
    # a negated cause: 就 closes it
    ("coerced-statement", "不能因为他不认就骗他签字。"),
]


@pytest.mark.parametrize(("action", "plan"), LEFT)
def test_round8_cue_leaves(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action not in found(detector, plan)


def test_no_more_before_a_restarted_act_does_not_negate(detector: ViolationDetector) -> None:
    # "不再反抗后又……" is the person giving up; the officer's blows after it are the act
    assert "force-after-stopped" in found(detector, "他倒地不再反抗后，辅警又用警棍打了两下。")


@pytest.mark.parametrize(
    ("clause", "act"),
    [("约束带而非手铐", "手铐"), ("并非上铐", "上铐"), ("非手铐", "手铐")],
)
def test_fei_negates_what_follows(clause: str, act: str) -> None:
    i = clause.index(act)
    assert is_negated(clause, i, i + len(act))


@pytest.mark.parametrize(
    ("clause", "act"),
    [("他非法居留就上铐", "上铐"), ("非要他签字", "签字"), ("非洲籍男子被上铐", "上铐")],
)
def test_words_holding_fei_do_not_negate(clause: str, act: str) -> None:
    i = clause.index(act)
    assert not is_negated(clause, i, i + len(act))


def test_a_refusal_keeps_a_piece_out_of_the_similarity_lane() -> None:
    assert states_negation("家属要请我们吃饭，已谢绝")
    assert states_negation("送来的礼品当面退回")
    assert not states_negation("家属请我们吃了饭")
