"""De-identification: checksums, recognizers, consistent pseudonyms, reports without values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.pii import evaluate
from guardrails.pii import DeidentificationError, Deidentifier, id_checksum_ok, luhn_ok

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


def test_checksums() -> None:
    assert id_checksum_ok("11010519491231002X")
    assert not id_checksum_ok("110105194912310021")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("身份证号11010519491231002X。", "id_card", "11010519491231002X"),
        ("身份证号110105194912310021（校验位不对）", "id_card", "110105194912310021"),
        ("联系电话138-1234-5678。", "phone", "138-1234-5678"),
        ("座机(0571)86012345", "phone", "(0571)86012345"),
        ("电话+7 916 123 45 67，", "phone", "+7 916 123 45 67"),
        ("邮箱ivan.p@example.ru。", "email", "ivan.p@example.ru"),
        ("护照号码：753849201，", "passport", "753849201"),
        ("passport No. AB1234567.", "passport", "AB1234567"),
        ("持E12345678号护照", "passport", "E12345678"),
        ("驾驶浙A·12345离开", "plate", "浙A·12345"),
        ("新能源车浙AD12345", "plate", "浙AD12345"),
        ("银行卡号6222 0212 3456 7890 128。", "bank_card", "6222 0212 3456 7890 128"),
        ("卡号6222 0212 3456 7890，", "bank_card", "6222 0212 3456 7890"),
        ("住址浙江省杭州市萧山区金城路123号2幢301室。", "address", "浙江省杭州市萧山区金城路123号2幢301室"),
        ("当事人张伟称对方先动手。", "person_name", "张伟"),
        ("俄罗斯籍男子Ivan Petrov（护照", "person_name", "Ivan Petrov"),
        ("Mr. Ahmed Hassan来所", "person_name", "Ahmed Hassan"),
        ("证件上记载为“KIM MINJUN”。", "person_name", "KIM MINJUN"),
    ],
)
def test_recognizers(deid: Deidentifier, text: str, kind: str, value: str) -> None:
    found = [(f.type, f.value) for f in deid.find(text)]
    assert (kind, value) in found
    redacted, _ = deid.redact(text, "t")
    assert value not in redacted


def test_ordinary_text_is_left_alone(deid: Deidentifier) -> None:
    text = "民警向双方说明了治安管理处罚法第五十一条的规定，萧山区城厢派出所2026年受理此案，罚款500元。"
    assert deid.redact(text, "t")[0] == text


def test_pseudonyms_are_consistent_within_a_document(deid: Deidentifier) -> None:
    text = "当事人张伟与Ivan Petrov发生口角。Petrov称张伟先动手，张伟否认。李娜作证。电话13812345678，又打13812345678。"
    redacted, report = deid.redact(text, "doc")
    assert redacted.count("张某甲") == 3 and redacted.count("Person-1") == 2
    assert "李某甲" in redacted and redacted.count("[电话-1]") == 2
    assert report.counts["phone"] == 2 and report.distinct["phone"] == 1


def test_report_never_contains_values(deid: Deidentifier) -> None:
    text = "嫌疑人王强（身份证号11010519491231002X，电话13812345678，邮箱wq@example.com）"
    _, report = deid.redact(text, "doc")
    dumped = json.dumps(report.to_json(), ensure_ascii=False)
    for value in ("王强", "11010519491231002X", "13812345678", "wq@example.com"):
        assert value not in dumped
    assert report.total == 4


def test_residual_strong_identifier_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    deid = Deidentifier()
    monkeypatch.setattr(deid, "find", lambda text: [])  # a recognizer that misses everything
    with pytest.raises(DeidentificationError, match="left after redaction") as info:
        deid.redact("身份证号11010519491231002X", "doc.md")
    assert "11010519491231002X" not in str(info.value)


def test_planted_set_is_fully_caught() -> None:
    """Every value planted in the bundled synthetic cases is redacted (the leak scan relies on it)."""
    result = evaluate()
    assert result.leaks == []
    for kind, score in result.scores.items():
        assert score.precision >= 0.9, kind


def test_held_out_set_floor() -> None:
    """A set written without sight of the recognizers (see docs/benchmarks.md for the figures)."""
    result = evaluate(planted_path=ROOT / "eval" / "data" / "pii_holdout.jsonl")
    for kind in ("id_card", "passport", "phone", "email", "plate", "bank_card", "address"):
        assert result.scores[kind].recall == 1.0, kind
    assert result.scores["person_name"].recall >= 0.85
