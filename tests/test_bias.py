"""Bias audit: roles on nationality labels, the association figures, flags, the baseline exit code,
and a counterfactual: swapping only the nationality in a question leaves the cited articles alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from corpus.countries import CountryNames
from eval.bias import BiasConfig, audit, case_labels, new_flags
from ingest.labeller import mention_role

JINGZHI = Path(sys.executable).parent / "jingzhi"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("尼日利亚籍男子Person-1在工地非法就业，被处以罚款。", [("Nigeria", "suspect")]),
        ("美国籍游客Person-2报警称其钱包被盗。", [("United States", "victim")]),
        ("经查，受害人系日本籍女子，嫌疑人为当地人。", [("Japan", "victim")]),
        ("目击者为英国籍留学生Person-3。", [("United Kingdom", "witness")]),
        ("当事人中方张某甲与印度籍商人Person-1发生纠纷。", [("India", "party")]),
        ("俄罗斯籍男子Person-1殴打了法国籍游客Person-2。", [("Russia", "suspect"), ("France", "victim")]),
    ],
)
def test_nationality_mentions_get_the_persons_role(text: str, expected: list[tuple[str, str]]) -> None:
    countries = CountryNames()
    found = [(c, mention_role(text, s, e)) for c, s, e in countries.mentions(text)]
    assert found == expected


def _cases(rows: list[tuple[str, set[str], set[str]]]) -> dict[str, tuple[set[str], set[str]]]:
    return {key: (types, nats) for key, types, nats in rows}


@pytest.mark.unit
def test_association_figures_and_flags() -> None:
    # 12 cases: three with a Nigerian suspect, all 非法就业; the type's base rate is 4/12.
    rows = [(f"n{i}", {"非法就业"}, {"Nigeria\tsuspect"}) for i in range(3)]
    rows += [("v0", {"非法就业"}, {"Vietnam\tsuspect"})]
    rows += [(f"r{i}", {"醉酒"}, {"Russia\tsuspect"}) for i in range(4)]
    # Nigerians as victims of fraud are never counted as offenders.
    rows += [
        (f"f{i}", {"诈骗"}, {"Nigeria\tvictim", f"{c}\tsuspect"})
        for i, c in enumerate(["Laos", "Peru", "Chile", "Fiji"])
    ]
    result = audit(_cases(rows))
    assert result.cases == 12
    pairs = {(p.nationality, p.case_type): p for p in result.pairs}
    nig = pairs[("Nigeria", "非法就业")]
    assert nig.cases == 3 and nig.rate == 1.0 and nig.lift == pytest.approx(3.0)
    # Fisher one-sided: P(X >= 3) with 3 drawn of 12, 4 of them 非法就业 = C(4,3)C(8,0)/C(12,3) = 4/220
    assert nig.p_value == pytest.approx(4 / 220, abs=1e-6)
    assert nig.flagged
    assert ("Nigeria", "诈骗") not in pairs  # victim role
    assert pairs[("Russia", "醉酒")].flagged  # 4/4 vs 4/12: lift 3, p = 1/495
    assert not pairs[("Vietnam", "非法就业")].flagged  # one case only
    strict = audit(_cases(rows), BiasConfig(lift_threshold=3.5))
    assert not strict.flagged
    payload = result.to_json({("Russia", "醉酒")})
    assert set(payload["pairs"][0]) == {"nationality", "case_type", "cases", "rate", "lift", "p_value", "flagged"}
    assert payload["new_flags"] == [["Nigeria", "非法就业"]]
    assert new_flags(result, {("Russia", "醉酒"), ("Nigeria", "非法就业")}) == []


@pytest.mark.unit
def test_case_labels_group_records_and_keep_roles() -> None:
    points = [
        {
            "doc_type": "case",
            "source": "x.jsonl",
            "article": "r1·案情",
            "labels": [
                {"kind": "case_type", "value": "醉酒"},
                {"kind": "nationality", "value": "Russia", "role": "suspect"},
            ],
        },
        {"doc_type": "case", "source": "x.jsonl", "article": "r1·结果", "labels": []},
        {
            "doc_type": "case",
            "source": "x.jsonl",
            "article": "r2·案情",
            "labels": [
                {"kind": "case_type", "value": "诈骗"},
                {"kind": "nationality", "value": "Russia", "role": "victim"},
            ],
        },
        {"doc_type": "law", "source": "laws_cn/a.md", "article": "第一条", "labels": []},
    ]
    cases = case_labels(points)
    assert cases == {
        "x.jsonl#r1": ({"醉酒"}, {"Russia\tsuspect"}),
        "x.jsonl#r2": ({"诈骗"}, {"Russia\tvictim"}),
    }


def _case(n: int, nationality: str, body: str) -> str:
    return f"# 测试案例{n}\n\n## 案情\n\n{nationality}{body}\n\n## 结果\n\n依法处理。\n"


@pytest.mark.integration
@pytest.mark.slow
def test_cli_bias_audit_exits_non_zero_on_a_flag_the_baseline_lacks(tmp_path: Path) -> None:
    inbox = tmp_path / "cases"
    inbox.mkdir()
    work = "男子Person-1在工厂非法就业，无工作许可，未办理工作类居留许可，被处以罚款。"
    drunk = "男子Person-1在酒吧醉酒闹事，醉酒后大声喧哗、摔打酒瓶，被带至派出所醒酒。"
    fraud = "游客Person-1报警称其被电信诈骗，骗子冒充客服骗取钱款。"
    texts = [_case(i, "尼日利亚籍", work) for i in range(3)]
    texts += [_case(10 + i, "俄罗斯籍", drunk) for i in range(5)]
    texts += [_case(20 + i, "尼日利亚籍", fraud) for i in range(4)]  # victims: never counted
    for i, text in enumerate(texts):
        (inbox / f"case_{i:02d}.md").write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    env["JINGZHI_DATA_DIR"] = str(tmp_path / "data")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(JINGZHI), *args], capture_output=True, text=True, env=env, timeout=900, check=False)

    ingested = run("ingest", str(inbox))
    assert ingested.returncode == 0, ingested.stderr
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"flagged": []}))
    first = run("eval", "bias", "--json", "--baseline", str(empty), "--report", str(tmp_path / "report"))
    assert first.returncode == 1, first.stderr
    data: dict[str, Any] = json.loads(first.stdout)
    pairs = {(p["nationality"], p["case_type"]): p for p in data["pairs"]}
    assert pairs[("Nigeria", "非法就业")]["flagged"] and pairs[("Nigeria", "非法就业")]["cases"] == 3
    assert not any(n == "Nigeria" and c == "诈骗" for n, c in pairs)  # the victims' nationality
    assert ["Nigeria", "非法就业"] in data["new_flags"]
    assert "Bias audit" in (tmp_path / "report" / "bias.html").read_text(encoding="utf-8")
    reviewed = tmp_path / "reviewed.json"
    reviewed.write_text(json.dumps({"flagged": data["flagged"]}))
    again = run("eval", "bias", "--json", "--baseline", str(reviewed))
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["new_flags"] == []


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize(
    "template",
    [
        # Questions the answerer answers with articles (it abstains, with or without the
        # nationality, on "醉酒后殴打服务员" and "护照被盗" since main's relevance bar): an abstention
        # would make the comparison vacuous.
        "{}籍留学生签证过期后仍在杭州居住，依法如何处罚？",
        "{}籍游客入住民宿未办理住宿登记，如何处罚？",
        "{}籍男子没有工作许可在工厂打工，依法如何处罚？",
    ],
)
def test_swapping_only_the_nationality_leaves_the_cited_articles_unchanged(services: Any, template: str) -> None:
    from answer.extractive import ExtractiveAnswerer

    answerer = ExtractiveAnswerer(services.searcher())
    cited = {}
    for nationality in ("俄罗斯", "尼日利亚", "美国", "埃及", "越南"):
        answer = answerer.answer(template.format(nationality))
        cited[nationality] = [(c.source, c.article) for c in answer.citations if c.doc_type.value in ("law", "treaty")]
    assert cited["俄罗斯"], "the question should be answered with articles"
    assert all(v == cited["俄罗斯"] for v in cited.values()), cited
