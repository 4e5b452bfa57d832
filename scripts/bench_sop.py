"""Time to generate a procedure without an LLM (cold: first call in a process; warm: later calls),
and the lesson card. `.venv/bin/python scripts/bench_sop.py`"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.config import Settings  # noqa: E402
from api.services import build_services  # noqa: E402

SCENARIOS = [
    ("涉外酒吧冲突处置", 10),
    ("外国游客走失处置", 4),
    ("外国人非法居留处置", 6),
    ("外籍留学生宿舍冲突处置", 8),
    ("外国人醉酒滋事处置", 10),
]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        svc = build_services(Settings(data_dir=Path(tmp)))
        svc.pipeline().run()
        generator = svc.sop_generator()
        t0 = time.perf_counter()
        generator.generate(*SCENARIOS[0])
        cold = time.perf_counter() - t0
        warm = []
        cited = total = 0
        for scenario, n in SCENARIOS * 3:
            t = time.perf_counter()
            sop = generator.generate(scenario, steps=n, district=svc.district("xiaoshan"))
            warm.append(time.perf_counter() - t)
            cited += sum(1 for s in sop.steps if s.citations)
            total += len(sop.steps)
        lessons = svc.lessons()
        lt = []
        for nationality, case_type in (("Russia", "醉酒"), ("Japan", "游客走失"), ("Nigeria", "非法就业")):
            t = time.perf_counter()
            card = lessons.build(nationality, case_type)
            lt.append(time.perf_counter() - t)
            print(f"lesson {nationality}/{case_type}: {card.chinese_chars} characters, ~{card.minutes} min")
        svc.close()
    print(
        f"SOP without LLM: cold (first in process) {cold:.1f} s; warm p50 {statistics.median(warm) * 1000:.0f} ms, "
        f"max {max(warm) * 1000:.0f} ms over {len(warm)} runs; steps with a verified citation {cited}/{total}"
    )
    print(f"lesson card: p50 {statistics.median(lt) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
