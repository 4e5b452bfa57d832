"""Forbidden-action cues, fourth round: wordings of each act found in the burnt plan sets' misses,
written here in new sentences (none is a plan of an evaluation set)."""

from __future__ import annotations

import pytest

from training.forbidden import ViolationDetector, load_forbidden

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def detector() -> ViolationDetector:
    return ViolationDetector(load_forbidden())


FOUND = [
    ("beating", "把人带到后院，几个辅警把他收拾了一番。"),
    ("beating", "他嘴硬，我上去就给了他两个大嘴巴。"),
    ("beating", "让她在门口罚站了两个小时。"),
    ("coerced-statement", "我跟他说只要在这张纸上签个字，马上就能回宾馆。"),
    ("coerced-statement", "不老实说清楚钱去了哪，就让你在这儿蹲到过年。"),
    ("take-bribe", "老板临走递来一个信封，我顺手揣进了兜里。"),
    ("overtime-detention", "人带回来后前后关了六天，什么手续都没补。"),
    ("disclose-info", "我把他护照那页拍了转到了小区业主群。"),
    ("male-search-female", "那名女嫌疑人入所检查时没有女警，我自己给她搜了身。"),
    ("seize-without-list", "她的护照和手机先锁进了我的抽屉，没开任何单子。"),
    ("drunk-keep-restraint", "他凌晨就醒了酒，我们还是一直绑着到天亮交班。"),
    ("deny-consular-visit", "领事馆的人申请来见他，我一直推说在办案，没安排。"),
    ("block-consul-contact", "他托我们给领馆寄的信，我们压下了没寄。"),
    ("delay-help", "快交班了，让家属先回去，明天再安排人去找。"),
]


@pytest.mark.parametrize(("action", "plan"), FOUND)
def test_round4_cue_finds(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action in {f.action.id for f in detector.find(plan)}


NOT_FOUND = [
    # legal time limits and the consular step are not detention past the limit
    ("overtime-detention", "行政拘留后48小时内报告省级公安机关，继续盘问不超过24小时。"),
    # refusing an offer, keeping a list, a female officer: the correct acts
    ("take-bribe", "对方塞来的红包当场退回，并记入笔录。"),
    ("seize-without-list", "扣押护照当场开列清单，一份交当事人。"),
    ("male-search-female", "由女民警对女当事人进行检查，男民警在门外。"),
    # handcuffs named only to say they are not used
    ("drunk-handcuffs", "用约束带约束，不上铐，专人看护。"),
    ("drunk-handcuffs", "约束带固定双手，手铐压根没掏出来。"),
]


@pytest.mark.parametrize(("action", "plan"), NOT_FOUND)
def test_round4_cue_leaves(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action not in {f.action.id for f in detector.find(plan)}
