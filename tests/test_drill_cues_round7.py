"""Forbidden-action cues, seventh round: wordings of each act found in fresh5's misses (fresh5 burnt in
round 6), and the negations of its false flags, written here in new sentences (none is a plan of an
evaluation set)."""

from __future__ import annotations

import pytest

from training.forbidden import ViolationDetector, load_forbidden

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def detector() -> ViolationDetector:
    return ViolationDetector(load_forbidden())


FOUND = [
    ("beating", "嫌他顶嘴，让他在院子里蹲马步，动一下就加时间。"),
    ("beating", "带回来以后让他靠墙角蹲了一个钟头。"),
    ("beating", "上车前又扇了他一巴掌。"),
    ("force-after-stopped", "人已经压住了，辅警又用甩棍敲了他两下。"),
    ("firearm-crowd", "人太多喊不住，我拔出手枪朝天开了一枪。"),
    ("disclose-info", "我把他的证件照发给了一个做自媒体的朋友。"),
    ("disclose-info", "视频发出去的时候脸都没打码。"),
    ("overtime-detention", "他从周六上午一直留到周一下午才放。"),
    ("overtime-detention", "不交代就让他在所里关上三天。"),
    ("deny-consular-visit", "领事要来看他，我们一直没给安排。"),
    ("deny-consular-visit", "跟领事馆说等他出所以后再见。"),
    ("coerced-statement", "我告诉他签了字才能早点走。"),
    ("take-bribe", "家属硬塞的两千块钱我揣起来了。"),
    ("take-bribe", "老板说周末请吃饭，大家都答应了。"),
    ("fine-no-receipt", "罚款收了现金，收据也没开。"),
    ("delay-help", "警力紧张，暂不派人，让家属自己先找找。"),
    ("male-search-female", "当班没有女警，就由两名男民警给她搜了身。"),
    ("forced-mediation", "我跟伤者说不同意的话两个人一起拘。"),
]


@pytest.mark.parametrize(("action", "plan"), FOUND)
def test_round7_cue_finds(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action in {f.action.id for f in detector.find(plan)}


LEFT = [
    ("firearm-crowd", "围观的人很多，不拔枪，只口头警告。"),
    ("force-after-stopped", "对方已经停手，就不再使用警棍。"),
    ("take-bribe", "事主塞来的红包，一律不收。"),
    ("drunk-handcuffs", "他醉得厉害，手铐就别拿出来了，用约束带。"),
    ("delay-help", "不用等满二十四小时，立即出警。"),
    ("delay-help", "当即受理，不推给景区管理处。"),
    ("deny-consular-visit", "领事提出探视，当天在会见室安排，不拖延。"),
]


@pytest.mark.parametrize(("action", "plan"), LEFT)
def test_round7_cue_leaves(detector: ViolationDetector, action: str, plan: str) -> None:
    assert action not in {f.action.id for f in detector.find(plan)}
