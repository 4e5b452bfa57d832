"""Chinese numerals, language detection and explicit-reference resolution."""

from __future__ import annotations

import pytest

from corpus.manifest import load_manifest
from corpus.numerals import article_heading, cn_to_int, int_to_cn
from retrieval.query import QueryAnalyzer, detect_language

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("n", [1, 9, 10, 11, 19, 20, 100, 101, 110, 119, 287, 300, 305, 1000, 1010])
def test_numeral_roundtrip(n: int) -> None:
    assert cn_to_int(int_to_cn(n)) == n


def test_numerals_reject_garbage() -> None:
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        cn_to_int("二x")
    assert article_heading(287, 2) == "第二百八十七条之二"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("外国人非法居留怎么处罚", "zh"),
        ("签证", "zh"),
        ("VCCR第36条规定了什么", "zh"),
        ("What does Article 36 of the VCCR require?", "en"),
        ("Что грозит иностранцу за незаконное пребывание?", "ru"),
        ("ما هي عقوبة الإقامة غير القانونية للأجانب؟", "ar"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.fixture(scope="module")
def analyzer() -> QueryAnalyzer:
    return QueryAnalyzer(load_manifest())


def test_law_and_article_reference(analyzer: QueryAnalyzer) -> None:
    a = analyzer.analyze("出境入境管理法第四十一条怎么规定的？")
    assert [r.article_ids for r in a.refs] == [["laws_cn/出境入境管理法_2012.md#第四十一条"]]


def test_bracketed_law_with_arabic_number_and_zhiyi(analyzer: QueryAnalyzer) -> None:
    a = analyzer.analyze("依据《中华人民共和国刑法》第287条之二")
    assert a.refs[0].article_ids == ["laws_cn/刑法_含修正案十二.md#第二百八十七条之二"]


def test_bare_article_number_has_no_law(analyzer: QueryAnalyzer) -> None:
    a = analyzer.analyze("第357条")
    assert a.refs[0].article == "第三百五十七条" and a.refs[0].sources == ()


def test_treaty_references_in_three_languages(analyzer: QueryAnalyzer) -> None:
    for q in ("VCCR Article 5", "维也纳领事关系公约第五条", "статья 5 Венской конвенции о консульских сношениях"):
        refs = analyzer.analyze(q).refs
        assert refs and refs[0].article_ids == ["treaties/VCCR_1963_en.md#Article 5"], q


def test_versions_of_one_law(analyzer: QueryAnalyzer) -> None:
    both = analyzer.analyze("治安管理处罚法第四十三条").refs[0]
    assert len(both.sources) == 2 and not both.include_superseded
    old = analyzer.analyze("2012年治安管理处罚法第四十三条").refs[0]
    assert old.sources == ("laws_cn/治安管理处罚法_2012修正_旧版.md",) and old.include_superseded
    old2 = analyzer.analyze("旧版治安管理处罚法第四十三条").refs[0]
    assert old2.include_superseded


def test_list_of_articles_continues_the_law(analyzer: QueryAnalyzer) -> None:
    refs = analyzer.analyze("刑事诉讼法第八十二条、第八十三条").refs
    assert [r.article_ids for r in refs] == [
        ["laws_cn/刑事诉讼法_2018.md#第八十二条"],
        ["laws_cn/刑事诉讼法_2018.md#第八十三条"],
    ]


def test_longest_alias_wins(analyzer: QueryAnalyzer) -> None:
    refs = analyzer.analyze("刑诉法解释第四百七十九条").refs
    assert refs[0].article_ids == ["laws_cn/最高法关于适用刑事诉讼法的解释_2021.md#第四百七十九条"]
