"""De-identification, eleventh round: layouts from family K's misses (K burnt in round 10), written
here as new made-up strings (none is a document of an evaluation set)."""

from __future__ import annotations

import pytest

from guardrails.pii import Deidentifier

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


def found(deid: Deidentifier, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.value) for f in deid.find(text)}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # chat accounts: an @handle anywhere, social platforms' account numbers, a handle a few words on
        ("群聊记录\n@petrov_77: 明天见\n@lin_2024: 好的", "im_handle", "@petrov_77"),
        ("replying to @kaya_m2: stop posting his photo", "im_handle", "@kaya_m2"),
        ("抖音号 zz_kq2291 发了视频。", "im_handle", "zz_kq2291"),
        ("他说加我微信聊吧 ivan2033x，然后就下线了。", "im_handle", "ivan2033x"),
        ("WeChat `lina_0917`, phone below", "im_handle", "lina_0917"),
        # dates of birth: written without spaces as passenger lists print them, behind markup, "г.р."
        ("出生日期：03FEB88", "date_of_birth", "03FEB88"),
        ("DOB 17AUG1979", "date_of_birth", "17AUG1979"),
        ("<li>Дата рождения: <span>14.03.1991</span></li>", "date_of_birth", "14.03.1991"),
        # passenger data: the document code P before the passport number; SURNAME/GIVEN names
        ("07  KOWALSKI/ANNA MARIA MS  F  03FEB88  POL  P  EW4419023  22C", "passport", "EW4419023"),
        # spoken digits on a phone line: 拐 is 7, 洞 is 0
        ("转账到卡号六二二二洞二拐三幺九八八七六五四三二幺。", "bank_card", "六二二二洞二拐三幺九八八七六五四三二幺"),
        # names: greetings, transliterated foreign names after a party's role, bank account holders
        ("Dear Tomasz,\nyour booking is confirmed.", "person_name", "Tomasz"),
        ("违法行为人阿卜杜拉所持签证已过期。", "person_name", "阿卜杜拉"),
        ("承租人巴特巴雅尔，蒙古国籍。", "person_name", "巴特巴雅尔"),
        ("户名：阿丽玛　账号：6222020200112233445", "person_name", "阿丽玛"),
    ],
)
def test_round11_finds(deid: Deidentifier, text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(deid, text)


def test_iata_name_without_its_title(deid: Deidentifier) -> None:
    spans = [f for f in deid.find("01  NOWAK/PIOTR MR  M  12MAY90  POL  P  EA1234567  14A") if f.type == "person_name"]
    assert spans and spans[0].value.startswith("NOWAK/PIOTR")


def test_mrz_line_ending_at_a_closing_tag(deid: Deidentifier) -> None:
    line = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert ("mrz", line) in found(deid, f"<pre>{line}</pre>")


@pytest.mark.parametrize(
    "text",
    [
        "民警马上到场，当事人拉开车门。",
        "报警人称旅客丢失护照。",
        "当事人称其在酒吧内被打，民警随即到场。",
        "请发邮件至 service@example.com 预约。",
        "航班日期：20MAR24，经停上海。",
        # a pronoun after the role word is no transliterated name
        "民警查明其未办理住宿登记。",
        "民警为其提供了热水和毯子。",
    ],
)
def test_round11_leaves(deid: Deidentifier, text: str) -> None:
    kinds = {f.type for f in deid.find(text)}
    assert not kinds & {"person_name", "im_handle", "date_of_birth"}
