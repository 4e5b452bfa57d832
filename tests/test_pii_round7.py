"""De-identification, round 7: the general rules written from the misses of family G (burnt in
round 6), and the residual check that no longer lets the engine's own labels lend context. Every
string here is new: none is taken from an evaluation set, and the values are made up."""

from __future__ import annotations

import pytest

from guardrails.pii import Deidentifier

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


FOUND = [
    # names: "SURNAME, Given" as passports and bank records print them; account-holder words;
    # record roles; a Han name inside text of another script; a verb before a dotted name
    ("护照上写的是KOWALCZYK, Tomasz，出生于", "person_name", "KOWALCZYK, Tomasz"),
    ("the account is held in the name of DUBOIS, Amélie.", "person_name", "DUBOIS, Amélie"),
    ("收款账户户名wanjiru achieng。", "person_name", "wanjiru achieng"),
    ("询问人：郑海波　记录人：覃立新　", "person_name", "覃立新"),
    ("Протокол составил 邝建军.", "person_name", "邝建军"),
    ("His landlady, 葛秀英, lives nearby.", "person_name", "葛秀英"),
    ("民警经翻译周莉询问阿卜杜拉·哈桑（", "person_name", "阿卜杜拉·哈桑"),
    # visas: a country prefix, the Russian prepositional case, a series and a number
    ("签证号DEU330219874，入境", "visa", "DEU330219874"),
    ("прибыл по визе 41 5520917 в мае", "visa", "41 5520917"),
    # addresses: Inner Mongolian divisions, street-first and Malaysian layouts, Polish and Mexican
    # parts, a Russian city with its parts, Arabic streets and buildings
    (
        "曾住在内蒙古自治区呼伦贝尔市新巴尔虎左旗阿木古郎镇宝东村三组12号。",
        "address",
        "内蒙古自治区呼伦贝尔市新巴尔虎左旗阿木古郎镇宝东村三组12号",
    ),
    ("lives at Rua das Flores 88, 3º A, 4050-262 Porto", "address", "Rua das Flores 88, 3º A"),
    (
        "tenancy address: Lot 12, 45 Jalan Bukit Bintang, 55100 Kuala Lumpur.",
        "address",
        "Lot 12, 45 Jalan Bukit Bintang, 55100 Kuala Lumpur",
    ),
    ("zameldowany: ul. Długa 17/4, 80-831 Gdańsk.", "address", "ul. Długa 17/4, 80-831 Gdańsk"),
    (
        "Проживает: г. Алматы, Медеуский р-н, мкр. Самал-2, д. 41, кв. 9.",
        "address",
        "г. Алматы, Медеуский р-н, мкр. Самал-2, д. 41, кв. 9",
    ),
    (
        "أسكن في الرياض، حي العليا، شارع التحلية، عمارة 8، شقة 14.",
        "address",
        "الرياض، حي العليا، شارع التحلية، عمارة 8، شقة 14",
    ),
    # plates in Arabic letters
    ("السيارة تحمل لوحة ب ن د 5512 وغادرت", "plate", "ب ن د 5512"),
    # IM: "也是", "(ID: …)"; a number after "+" is a phone, not a card
    ("电话+971 50 123 4567，WhatsApp也是+971 55 765 4321。", "im_handle", "+971 55 765 4321"),
    ("via WeChat (ID: sea_breeze_77) and", "im_handle", "sea_breeze_77"),
    ("手机号码：+6281234567890，", "phone", "+6281234567890"),
    # a local number in Arabic-Indic digits after a phone word
    ("رقم هاتفي ٠٧٧ ٤١٢ ٣٣٩٨ للتواصل", "phone", "٠٧٧ ٤١٢ ٣٣٩٨"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_round7_finds(deid: Deidentifier, text: str, kind: str, value: str) -> None:
    found = [(f.type, text[f.start : f.end]) for f in deid.find(text)]
    assert (kind, value) in found, found
    redacted, _ = deid.redact(text, "round7")
    assert value not in redacted


NOT_FOUND = [
    # a dictionary word between foreign-script labels is a term ("C: 关押"); document titles
    ("B: 刑事拘留\nC: 没收\nD: 罚款", "person_name"),
    ("# Traffic Accident Statement（合成）", "person_name"),
    ("a Kenyan national, arrived", "person_name"),
    # a vehicle word and a date: no name ("车在2023-05-06晚上")
    ("监控显示一辆白色轿车在2023-05-06晚上驶离", "person_name"),
    # a case number and a date are not phones
    ("Case 2023417755 was closed", "phone"),
    ("案件编号：2024118806，", "phone"),
    ("联系电话[电话-1]，于2022-11-30到所", "phone"),
    # a guardian in a statute is no record role
    ("应当责令其监护人严加管教", "person_name"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_round7_leaves(deid: Deidentifier, text: str, kind: str) -> None:
    found = [(f.type, text[f.start : f.end]) for f in deid.find(text) if f.type == kind]
    assert found == [], found


def test_labels_lend_no_context_in_the_residual_check(deid: Deidentifier) -> None:
    """The engine's own labels ("[车牌-1]") are blanked before the residual check, so a date after
    one is not read as a plate or a phone and the document is stored, not quarantined."""
    text = "报警人联系电话13905712345，于2023-04-18到所报案。\n监控显示一辆浙A7K2M9的白色轿车2023-04-17晚上停在门口。"
    redacted, _ = deid.redact(text, "round7")
    assert "13905712345" not in redacted and "浙A7K2M9" not in redacted
    assert "2023-04-17" in redacted and "2023-04-18" in redacted
    assert deid.residual_findings(redacted) == []
    # …while a real value left next to a label is still caught
    assert [f.type for f in deid.residual_findings("车牌[车牌-1]，另一辆浙B55N21")] == ["plate"]


def test_table_cells_take_their_column_name_as_context(deid: Deidentifier) -> None:
    """Rows of a pasted export have no label next to a value: the header line names each column."""
    text = (
        "住宿登记导出\n"
        "序号|姓名|外文名|国籍|出生日期|证件号码|居留许可号|入住\n"
        "1|白云飞|BAI YUNFEI|CHN|19880412|E12345678|Y903311201|2024-06-01 21:10\n"
        "2|Петрова Анна|PETROVA ANNA|RUS|19950723|753314886|J551200478|2024-06-02 08:05\n"
    )
    found = {(f.type, text[f.start : f.end]) for f in deid.find(text)}
    for pair in [
        ("person_name", "Петрова Анна"),
        ("person_name", "PETROVA ANNA"),
        ("date_of_birth", "19950723"),
        ("passport", "753314886"),
        ("residence_permit", "J551200478"),
    ]:
        assert pair in found, found
    # the row number and the check-in time are not personal data
    assert not any(value in ("1", "2", "2024-06-02 08:05") for _, value in found)


def test_a_header_line_alone_or_prose_with_commas_is_no_table() -> None:
    from guardrails.tables import cells

    assert cells("He said, in short, that he, too, had left, and then came back.\nThen, again, he left.") == ()
    assert cells("姓名|国籍|出生日期\n") == ()
