"""The multilingual glossary: whole-word English, stemmed Russian and Arabic tokens, honest rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.glossary import GLOSSARY_PATH, Glossary, GlossaryError, stem_tokens

pytestmark = pytest.mark.unit

HEADER = "# test\n"


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "glossary.tsv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    tmp = tmp_path_factory.mktemp("glossary")
    return Glossary(
        write(
            tmp,
            "通知\t告知\tnotify|inform\tуведомить|сообщить\tإبلاغ\tstatutes say 通知",
            "非法居留\t签证过期\toverstay|overstayed\tнезаконное пребывание\tإقامة غير قانونية\t出境入境管理法",
            "外国人\t老外\tforeigner\tиностранец|иностранцы\tأجنبي\t出境入境管理法",
        )
    )


def terms(g: Glossary, text: str) -> set[str]:
    return {e.zh for e in g.matches(text)}


def test_english_terms_match_whole_words_only(small: Glossary) -> None:
    assert terms(small, "Please inform the family") == {"通知"}
    assert terms(small, "We need more information about the hotel") == set()
    assert terms(small, "He OVERSTAYED by two weeks") == {"非法居留"}
    assert terms(small, "The overstayers' list") == set()  # not a listed form


def test_russian_terms_match_inflected_forms_on_tokens(small: Glossary) -> None:
    # "незаконное пребывание" written in the genitive, inside a longer sentence.
    assert "非法居留" in terms(small, "Его оштрафовали за незаконного пребывания в городе")
    # The stems must be consecutive tokens: the words apart do not match.
    assert "非法居留" not in terms(small, "незаконное решение о пребывании")
    assert "外国人" in terms(small, "Задержан иностранца без документов")


def test_arabic_terms_match_with_attached_particles_but_not_inside_words(small: Glossary) -> None:
    assert "外国人" in terms(small, "تم توقيف الأجنبي في المطار")  # article al- attached
    # A different word that merely contains the letters of the term does not match.
    assert "外国人" not in terms(small, "أجنبيات")  # feminine plural stems differently
    assert stem_tokens("والأجنبي", "ar") == stem_tokens("الأجنبي", "ar")


def test_chinese_variants_match_as_substrings(small: Glossary) -> None:
    assert terms(small, "这个老外的签证过期了怎么办") == {"非法居留", "外国人"}
    assert small.expansion("这个老外的签证过期了") == ["非法居留", "overstay", "外国人", "foreigner"]


def test_expansion_leaves_out_what_the_text_already_says(small: Glossary) -> None:
    assert small.expansion("非法居留的外国人 overstay foreigner") == []


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("通知\t告知\tnotify\tуведомить\tإبلاغ", "expected 6 tab-separated columns"),
        ("通知\t告知\tnotify\tуведомить\tإبلاغ\t", "has no rationale"),
        ("通\t告知\tnotify\tуведомить\tإبلاغ\twhy", "shorter than two characters"),
    ],
)
def test_malformed_rows_are_refused_with_their_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(GlossaryError, match=rf"glossary.tsv:2: .*{message}"):
        Glossary(write(tmp_path, row))


def test_bundled_glossary_rows_are_general_and_reasoned() -> None:
    g = Glossary(GLOSSARY_PATH)
    assert len(g.entries) >= 50
    zh = [e.zh for e in g.entries]
    assert len(zh) == len(set(zh)), "one row per statutory term"
    for e in g.entries:
        assert len(e.rationale) >= 4, e.zh
    # Mappings the legal meaning forbids: a criminal fine is not an administrative fine; part-time
    # work is not illegal employment.
    fine = next(e for e in g.entries if e.zh == "罚款")
    assert "罚金" not in fine.zh_variants
    work = next(e for e in g.entries if e.zh == "非法就业")
    assert "兼职" not in work.zh_variants and "打工" not in work.zh_variants
