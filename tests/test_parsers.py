"""Statute and treaty parsing: structure, 之一 articles, items, paragraphs, malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import CORPUS_ROOT
from corpus.manifest import load_manifest
from corpus.schema import DocType, SourceDocument
from ingest.parsers import ParseError, parse_document, parse_statute, parse_treaty

pytestmark = pytest.mark.unit
FIX = Path(__file__).parent / "fixtures"
LAW = SourceDocument(
    source="local/mini_law.md", doc_type=DocType.LAW, law="中华人民共和国测试管理法", short="测试管理法"
)
TREATY = SourceDocument(
    source="local/mini_treaty.md", doc_type=DocType.TREATY, law="Test Convention", short="TC", lang="en"
)


def articles(passages):
    return {p.article: p for p in passages if p.paragraph is None}


def test_statute_articles_paths_and_items() -> None:
    arts = articles(parse_statute((FIX / "mini_law.md").read_text(), LAW))
    assert list(arts) == ["第一条", "第二条", "第三条", "第三条之一", "第四条"]
    assert arts["第二条"].text == "外国人在中国境内应当遵守中国法律。"  # full-width space after the header
    assert arts["第一条"].path == ["第一章 总则"]  # typesetting spaces removed
    assert arts["第三条"].path == ["第二章 处罚", "第一节 一般规定"]
    # (一)(二)(三) items belong to the paragraph that introduces them: two paragraphs (款).
    assert len(arts["第三条"].paragraphs) == 2
    assert arts["第三条"].paragraphs[0].endswith("（三）拒不接受检查的。")
    assert arts["第三条之一"].article_no == 3 and arts["第三条之一"].article_sub == 1
    assert arts["第三条"].line == 17


def test_long_articles_get_paragraph_passages_with_article_identity() -> None:
    text = (FIX / "mini_law.md").read_text().replace("情节严重的", "情节严重的" + "，" * 120)
    passages = parse_statute(text, LAW)
    paras = [p for p in passages if p.article == "第三条" and p.paragraph is not None]
    assert [p.paragraph for p in paras] == [1, 2]
    assert {p.article_id for p in paras} == {"local/mini_law.md#第三条"}
    assert len({p.point_id for p in passages}) == len(passages)


def test_point_ids_are_deterministic_and_change_with_content() -> None:
    a = parse_statute((FIX / "mini_law.md").read_text(), LAW)
    b = parse_statute((FIX / "mini_law.md").read_text(), LAW)
    assert [p.point_id for p in a] == [p.point_id for p in b]
    changed = parse_statute((FIX / "mini_law.md").read_text().replace("五百元", "一千元"), LAW)
    ids_a = {p.article: p.point_id for p in a if p.paragraph is None}
    ids_c = {p.article: p.point_id for p in changed if p.paragraph is None}
    assert ids_a["第三条"] != ids_c["第三条"]
    assert ids_a["第一条"] == ids_c["第一条"]


@pytest.mark.parametrize(
    ("edit", "line", "fragment"),
    [
        (("第三条 有下列", "第三 条有下列"), 17, "broken article header"),
        (("第四条 本法", "第六条 本法"), 29, "out of sequence"),  # a numbering gap
        (("第四条 本法", "第三条 本法"), 29, "out of sequence"),  # a duplicate article number
        (("第二条　外国人在中国境内应当遵守中国法律。", "第二条　"), 11, "no text"),
    ],
)
def test_malformed_statutes_name_the_line(edit: tuple[str, str], line: int, fragment: str) -> None:
    text = (FIX / "mini_law.md").read_text().replace(*edit)
    with pytest.raises(ParseError) as info:
        parse_statute(text, LAW)
    assert info.value.line == line
    assert fragment in str(info.value)
    assert "local/mini_law.md" in str(info.value)


def test_statute_without_articles_is_malformed() -> None:
    with pytest.raises(ParseError, match="no article headers"):
        parse_statute("# 标题\n\n只是一段文字。\n", LAW)


def test_treaty_articles_headings_paragraphs_and_final_act() -> None:
    arts = articles(parse_treaty((FIX / "mini_treaty.md").read_text(), TREATY))
    assert list(arts) == ["Article 1", "Article 2"]  # the Final Act's "### 1" is not an article
    a2 = arts["Article 2"]
    assert a2.heading == "Notification of arrest"
    assert a2.path == ["Chapter I General provisions"]
    assert len(a2.paragraphs) == 2
    assert "(b) detained in any other manner." in a2.paragraphs[0]


def test_treaty_out_of_sequence_article() -> None:
    text = (FIX / "mini_treaty.md").read_text().replace("### Article 2", "### Article 5")
    with pytest.raises(ParseError, match="out of sequence"):
        parse_treaty(text, TREATY)


def test_whole_bundled_corpus_parses_to_8049_articles() -> None:
    manifest = load_manifest()
    total = 0
    by_source: dict[str, int] = {}
    for source, doc in manifest.sources.items():
        passages = parse_document((CORPUS_ROOT / source).read_text(encoding="utf-8"), doc)
        by_source[source] = sum(1 for p in passages if p.paragraph is None)
        total += by_source[source]
    # 3,765 articles of the first set and 4,284 of the police-business law set (laws_cn_pack2).
    assert total == 8049
    assert sum(n for s, n in by_source.items() if s.startswith("laws_cn_pack2/")) == 4284
    assert len([s for s in by_source if s.startswith("laws_cn_pack2/")]) == 48


def test_civil_code_is_one_law_numbered_across_its_eight_books() -> None:
    manifest = load_manifest()
    books = [d for d in manifest.sources.values() if d.law == "中华人民共和国民法典"]
    assert len(books) == 8 and {d.short for d in books} == {"民法典"}
    numbers: list[int] = []
    for doc in books:
        arts = [
            p
            for p in parse_document((CORPUS_ROOT / doc.source).read_text(encoding="utf-8"), doc)
            if p.paragraph is None
        ]
        numbers += [p.article_no for p in arts]
        book = doc.part
        assert book and all(p.path[:1] == [book] or p.path == ["附则"] for p in arts), doc.source
    assert sorted(numbers) == list(range(1, 1261))  # 第一条 … 第一千二百六十条, each exactly once
    # The version pairs are linked both ways; books of one code are not versions of each other.
    assert not any(d.superseded_by or d.supersedes for d in books)
    minors = manifest.sources["laws_cn_pack2/未成年人保护法_2020.md"]
    assert minors.superseded_by == "laws_cn_pack2/未成年人保护法_2024修正.md"
    assert str(minors.superseded_on) == "2024-04-26"


def test_vccr_article_36_and_criminal_law_287_2() -> None:
    manifest = load_manifest()
    vccr = articles(
        parse_document(
            (CORPUS_ROOT / "treaties/VCCR_1963_en.md").read_text(), manifest.sources["treaties/VCCR_1963_en.md"]
        )
    )
    assert vccr["Article 36"].heading == "Communication and contact with nationals of the sending State"
    assert vccr["Article 36"].paragraphs[0].startswith("1.")
    src = "laws_cn/刑法_含修正案十二.md"
    xf = articles(parse_document((CORPUS_ROOT / src).read_text(), manifest.sources[src]))
    assert xf["第二百八十七条之二"].path[-1] == "第一节 扰乱公共秩序罪"
    assert "关于惩治破坏金融秩序犯罪的决定" not in xf["第四百五十二条"].text  # the appendix list is not part of it
