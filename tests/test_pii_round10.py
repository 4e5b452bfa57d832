"""De-identification, round 10: the structural rules written from the misses of family J (burnt in
round 9): the analyzer's one-for-one view of a text (full-width letters and signs, spoken Chinese
digits), card numbers apart from references, IBANs that keep to one line or fail only a national
check digit, labels printed above their value, the keys of exports (JSON, YAML, key=value, XML),
document numbers in brackets after a name, generic document labels, Cyrillic names in capitals after
Chinese text, and headings in capitals that are no name. Every string here is new: none is taken
from an evaluation set, and the values are made up (checksums hold where a type has one)."""

from __future__ import annotations

import pytest

from guardrails.pii import Deidentifier
from guardrails.recognizers import analysis_view, export_key, label_above

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


def _found(deid: Deidentifier, text: str) -> set[tuple[str, str]]:
    return {(f.type, text[f.start : f.end]) for f in deid.find(text)}


FOUND = [
    # the analyzer's view: spoken Chinese digits, full-width digits and signs
    ("报警人说手机是一五九 零三七二 六六八一，打不通。", "phone", "一五九 零三七二 六六八一"),
    ("回拨号码：幺三七幺二八四六零九五", "phone", "幺三七幺二八四六零九五"),
    ("出生日期：１９９１．０３．０７，男", "date_of_birth", "１９９１．０３．０７"),
    # bank cards: groups apart by two spaces; a mistyped card of a banking issuer
    ("扣押银行卡一张：6228  4801  1234  5670，已封存", "bank_card", "6228  4801  1234  5670"),
    ("card  4532 0198 7654 3215  exp 09/27", "bank_card", "4532 0198 7654 3215"),
    # IBANs: not run into the next line; one that fails only Spain's national check digits
    ("refund iban=PL31109010140000071234567890\n2026-01-03T10:11 INFO next", "iban", "PL31109010140000071234567890"),
    ("transfer to ES29 2100 0418 4602 0005 1332 today", "iban", "ES29 2100 0418 4602 0005 1332"),
    # a label printed above its value (forms and OCR), letters spaced out on the scan
    ("出 生 日 期\nDate of Birth\n02.11.1985\n性别", "date_of_birth", "02.11.1985"),
    ("Date of birth / Date de naissance\n14 FEB 77\nSex M", "date_of_birth", "14 FEB 77"),
    ("居  留 许可号码\nZ40218893\n签发机关", "residence_permit", "Z40218893"),
    # export keys
    ('{"holder": {"rp_no": "Q58120476", "sex": "F"}}', "residence_permit", "Q58120476"),
    ("2026-02-01 DEBUG sync permit_no=K70112358 order=77", "residence_permit", "K70112358"),
    ('<Doc kind="rp">R31415926</Doc>', "residence_permit", "R31415926"),
    ("export doc_no=LT4409188 phone=13800001111", "passport", "LT4409188"),
    ('  "contactName": "Birgit HALVORSEN",', "person_name", "Birgit HALVORSEN"),
    ("    <Officer>Jonas Eklund</Officer>", "person_name", "Jonas Eklund"),
    ("  - name: ПЕТРЕНКО ОКСАНА\n    phone: +380501112233", "person_name", "ПЕТРЕНКО ОКСАНА"),
    # a form's name fields, the value on the line under its label
    ("姓 Surname\nVASQUEZ\n名 Given names\nRENATA\n", "person_name", "RENATA"),
    ("Surname / Nom\nДМИТРИЕВА / DMITRIEVA\n", "person_name", "DMITRIEVA"),
    # document numbers in brackets after a name
    ("同行人员：Oskar Lindqvist（PX4471902），留学生", "passport", "PX4471902"),
    ("同住人：DIALLO Amara（GN7319046，Y55180234），租期一年", "residence_permit", "Y55180234"),
    # digit-first passport layouts; generic document columns
    ("Passport No. 8KT30527 issued 2021", "passport", "8KT30527"),
    # Cyrillic names in capitals after Chinese text
    ("同案人员：ГРИГОРЬЕВ ДЕНИС（电话未知）", "person_name", "ГРИГОРЬЕВ ДЕНИС"),
    # passports' visual zone: day, month, two-digit year
    ("Date of birth 03 SEP 92   Place of birth RIGA", "date_of_birth", "03 SEP 92"),
    # Arabic: a residence permit after a possessive form
    ("قال إن رقم تصريح إقامته في الصين M20481736 وانتهى", "residence_permit", "M20481736"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_round10_finds(deid: Deidentifier, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(deid, text)


NOT_FOUND = [
    # references are no cards, whatever their digits; letters glued before them mark an identifier
    ("交易流水号 Ref: 4532019876543215", "bank_card"),
    ("案件编号A42871320251234567，已移送", "bank_card"),
    ("保单号PDAA6228480112345670", "bank_card"),
    ("Application No.: 20261234567890", "bank_card"),
    # a number that starts with 0 or an industry digit outside banking, not Luhn-valid
    ("设备序列 0086 13900001111 已登记", "bank_card"),
    ("meter 8123 4567 8901 2345", "bank_card"),
    # headings in capitals and document words are no names
    ("外国人登记表\nTEMPORARY RESIDENCE REGISTRATION FORM\n姓名：", "person_name"),
    ("MINISTRY OF FOREIGN AFFAIRS 签发", "person_name"),
    # a "…name" key of a thing
    ('{"hotel_name": "Lakeside Inn"}', "person_name"),
    # Chinese numerals of a quantity are no spoken number
    ("共计一百二十三万四千五百元", "phone"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_round10_leaves(deid: Deidentifier, text: str, kind: str) -> None:
    assert [v for k, v in _found(deid, text) if k == kind] == []


def test_analysis_view_keeps_offsets() -> None:
    text = "电话一三八 幺二三四 五六七八，护照Ｅ１２３４５６７８；一百二十人"
    view = analysis_view(text)
    assert len(view) == len(text)
    assert "138 1234 5678" in view
    assert "E12345678" in view
    assert "一百二十人" in view  # a quantity stays as written


def test_label_above_reads_only_bare_label_lines() -> None:
    def above(text: str, value: str) -> str | None:
        return label_above(text, text.index(value))

    assert above("证 件 号 码 No.\nX1\n", "X1") == "证件号码 no."
    assert above("出 生 日 期\nDate of Birth\n1990", "1990") == "date of birth / 出生日期"
    # a line that holds a value of its own is no label
    assert above("核查车辆[车牌-1]，登记车主\n08-09 23:09 到场", "08-09") is None
    assert above("Name: Anna\nB2", "B2") is None
    # the value must open its line
    assert above("Surname\nsee X1", "X1") is None


def test_export_key_reads_identifier_keys_only() -> None:
    assert export_key('"rp_no": "', 10) == "rp no"
    assert export_key("docNumber=", 10) == "doc number"
    assert export_key('<Document kind="rp">', 20) == "document rp"
    # an English word and a colon in prose are field_label's, not an export key
    assert export_key("Subject: ", 9) is None


def test_a_table_cell_delimiter_is_no_part_of_a_finding(deid: Deidentifier) -> None:
    text = "| # | 姓名 | 电话 |\n|---|---|---|\n| 1 | 欧阳明轩 | 13912345678 |\n"
    for f in deid.find(text):
        assert not f.value.startswith("|") and not f.value.endswith("|")


def test_redaction_of_a_registration_form_leaves_nothing(deid: Deidentifier) -> None:
    form = (
        "境外人员住宿登记单\n英 文 姓 Surname\nOKONKWO\n英 文 名 Given names\nCHIDI\n"
        "出 生 日 期\nDate of Birth\n１９８８．１２．０１\n证 件 号 码 No.\nA0912734\n"
        "同住人：Maren Solberg（NK2205187）\n"
    )
    redacted, report = deid.redact(form, "form")
    for value in ("OKONKWO", "CHIDI", "１９８８．１２．０１", "A0912734", "NK2205187", "Maren Solberg"):
        assert value not in redacted
    assert report.total >= 6
