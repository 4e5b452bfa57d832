"""De-identification, round 9: the structural rules written from the misses of family I (burnt in
round 8): space-aligned (fixed-width) tables, tables read across (a label column), a row that opens
with an empty cell, chat-account columns and fields, Skype and VK accounts, the names a layout marks
(a chat line's speaker, a mail header's display name, the line under a sign-off), passport-style
"SURNAME Given" names, and Chinese addresses with 甲 / 乙 house numbers, bare room numbers and long
branch names. Every string here is new: none is taken from an evaluation set, and the values are
made up."""

from __future__ import annotations

import pytest

from guardrails.pii import Deidentifier
from guardrails.tables import cells

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


def _found(deid: Deidentifier, text: str) -> set[tuple[str, str]]:
    return {(f.type, text[f.start : f.end]) for f in deid.find(text)}


FOUND = [
    # names the layout marks
    ("[08:17] BERGSTRÖM Ingrid：我已经到楼下了", "person_name", "BERGSTRÖM Ingrid"),
    ("[2024/02/11 19:40] Дарья Лисицына: приезжай скорее", "person_name", "Дарья Лисицына"),
    ("From: Rafael Quintero <rq.1987@example.org>\nSubject: flat", "person_name", "Rafael Quintero"),
    ("see you there.\nKind regards,\nNGUYEN Thi Hoa\n--", "person_name", "NGUYEN Thi Hoa"),
    ("申报人：OYELARAN Bukola，女，尼日利亚籍", "person_name", "OYELARAN Bukola"),
    ("record: name = matteo ferraris; sex = M", "person_name", "matteo ferraris"),
    # chat accounts: Skype ids, VK links, a platform glued to a link, account fields and columns
    ("平时用Skypelive:.cid.4c1d9e0f7a2b3c58联系他", "im_handle", "live:.cid.4c1d9e0f7a2b3c58"),
    ("страница ВКонтакте vk.com/id40917733, телефон", "im_handle", "vk.com/id40917733"),
    ("联系方式：WhatsAppwa.me/77015559012；", "im_handle", "wa.me/77015559012"),
    ("Приложение=Telegram; Ник=sever_veter_19; Город=", "im_handle", "sever_veter_19"),
    # Chinese addresses
    ("暂住于天津市和平区南京路丙二十八号院7号楼2304。", "address", "天津市和平区南京路丙二十八号院7号楼2304"),
    (
        "住在成都市锦江区春熙路19号蓝光城市花园3栋2单元一七〇五",
        "address",
        "成都市锦江区春熙路19号蓝光城市花园3栋2单元一七〇五",
    ),
    ("入住维也纳酒店（乌鲁木齐市友好北路二店）1514房。", "address", "维也纳酒店（乌鲁木齐市友好北路二店）1514房"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_round9_finds(deid: Deidentifier, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(deid, text)
    redacted, _ = deid.redact(text, "round9")
    assert value not in redacted


NOT_FOUND = [
    # acronyms and ordinary capitalised words in English prose are no "SURNAME Given" name
    ("The NATO Summit and the ICAO Doc 9303 were cited.", "person_name"),
    # a chat line from a role is no name
    ("[09:12] 民警：请出示证件\n[09:13] System: message recalled", "person_name"),
    # a header cell after a platform column is no account ("Telegram|Passport No.|Phone")
    ("Telegram|Passport No.|Phone\n", "im_handle"),
    # a bank column is no chat-account column
    ("姓名|银行账号|金额\n王某|6222020200112233|500\n", "im_handle"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_round9_leaves(deid: Deidentifier, text: str, kind: str) -> None:
    assert [v for k, v in _found(deid, text) if k == kind] == []


FIXED = (
    "Guest list export\n"
    "\n"
    "No.  Full name         Permit No.   Phone              Chat ID\n"
    "---------------------------------------------------------------------\n"
    "1    Tomás Ribeiro     Y71204493    +351 912 345 678   tomas.rib_82\n"
    "2    Ama Owusu                      +233 24 555 0192   amaowusu-07\n"
    "\n"
    "Total: 2 rows\n"
)


def test_fixed_width_cells_take_their_column_name() -> None:
    got = {(c.header, FIXED[c.start : c.end]) for c in cells(FIXED)}
    assert ("full name", "Ama Owusu") in got
    assert ("permit no.", "Y71204493") in got
    # the empty permit cell of row 2 does not shift the phone into the permit column
    assert ("phone", "+233 24 555 0192") in got
    assert not any(FIXED[c.start : c.end] == "Total: 2 rows" for c in cells(FIXED))


def test_fixed_width_table_is_redacted(deid: Deidentifier) -> None:
    found = _found(deid, FIXED)
    for pair in [
        ("person_name", "Tomás Ribeiro"),
        ("person_name", "Ama Owusu"),
        ("residence_permit", "Y71204493"),
        ("im_handle", "tomas.rib_82"),
        ("im_handle", "amaowusu-07"),
    ]:
        assert pair in found, found


def test_wide_characters_count_double_in_fixed_width_columns() -> None:
    """Exports pad Chinese headers by display width: 证件号码 takes eight columns, not four."""
    text = "序号  姓名        证件号码    国籍\n1     Ivo Marek   E44120987   捷克\n"
    got = {(c.header, text[c.start : c.end]) for c in cells(text)}
    assert ("证件号码", "E44120987") in got and ("姓名", "Ivo Marek") in got


def test_a_table_with_a_label_column_is_read_across(deid: Deidentifier) -> None:
    text = "项目\t甲\t乙\n姓名\tLEHTINEN Aino\tSato Kenji\n国籍\t芬兰\t日本\n居留许可号\tY30918824\tY52200716\n"
    got = {(c.header, text[c.start : c.end]) for c in cells(text)}
    assert ("乙 居留许可号", "Y52200716") in got
    found = _found(deid, text)
    assert ("person_name", "Sato Kenji") in found and ("residence_permit", "Y30918824") in found
    # the country row is no name
    assert not any(v in ("芬兰", "日本") for k, v in found if k == "person_name")


def test_a_row_that_opens_with_an_empty_cell_keeps_its_columns() -> None:
    text = (
        "住址|电话|外文姓名|护照号\n北京市某处|13800000000|ROSSI Marco|YA1234567\n"
        "|+39 333 123 4567|BIANCHI Sara|YB7654321\n"
    )
    got = {(c.header, text[c.start : c.end]) for c in cells(text)}
    assert ("护照号", "YB7654321") in got and ("外文姓名", "BIANCHI Sara") in got
