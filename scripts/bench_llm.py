"""LLM-mode figures through the HTTP API: time to first token and total time with a local
OpenAI-compatible server, and what the citation verifier keeps and drops.

    make llm &                                   # llama.cpp + SmolLM2 on 127.0.0.1:8081
    .venv/bin/python scripts/bench_llm.py --llm-url http://127.0.0.1:8081/v1 --model smollm2 -n 20

Prints per-question lines (mode, kept/total sentences, TTFT, total) and a summary, and writes every
draft sentence with the verifier's verdict to --dump for checking by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchserver import BenchServer  # noqa: E402

from eval.datasets import load_items  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--llm-url", required=True)
    ap.add_argument("--model", default="smollm2")
    ap.add_argument("-n", type=int, default=20, help="questions (police scenarios first, then dev)")
    ap.add_argument("--evidence-k", type=int, default=2)
    ap.add_argument("--evidence-chars", type=int, default=300)
    ap.add_argument("--data-dir", type=Path, help="an ingested data dir (default: a fresh one)")
    ap.add_argument("--dump", type=Path, default=Path("artifacts/llm-verifier-sample.jsonl"))
    args = ap.parse_args()
    items = load_items(ROOT / "eval/data/police_scenarios.jsonl") + [
        i
        for i in load_items(ROOT / "eval/data/legal_dev.jsonl")
        if i.gold_ids and not i.task.startswith(("1-1", "1_2"))
    ]
    questions = [i.question for i in items][: args.n]
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data_dir or Path(tmp)
        env = dict(
            JINGZHI_LLM_BASE_URL=args.llm_url,
            JINGZHI_LLM_MODEL=args.model,
            JINGZHI_LLM_EVIDENCE_K=str(args.evidence_k),
            JINGZHI_LLM_EVIDENCE_CHARS=str(args.evidence_chars),
            JINGZHI_LLM_DEADLINE="120",
            JINGZHI_LLM_READ_TIMEOUT="120",
        )
        with BenchServer.start(data, env, client_timeout_s=300) as srv:
            url, client = srv.url, srv.client
            ttft: list[float] = []
            total: list[float] = []
            kept = sentences = 0
            modes: dict[str, int] = {}
            args.dump.parent.mkdir(parents=True, exist_ok=True)
            with args.dump.open("w", encoding="utf-8") as dump:
                for q in questions:
                    t0 = time.perf_counter()
                    first = None
                    final = None
                    draft = ""
                    with client.stream(
                        "POST", url + "/v1/ask", json={"question": q}, headers={"Accept": "text/event-stream"}
                    ) as r:
                        buf = ""
                        for chunk in r.iter_text():
                            buf += chunk
                            while "\n\n" in buf:
                                block, buf = buf.split("\n\n", 1)
                                name = block.split("\n")[0].removeprefix("event: ")
                                data_line = block.split("data: ", 1)[1] if "data: " in block else "{}"
                                if name == "token":
                                    if first is None:
                                        first = time.perf_counter() - t0
                                    draft += json.loads(data_line)["text"]
                                elif name == "answer":
                                    final = json.loads(data_line)
                    elapsed = time.perf_counter() - t0
                    assert final is not None
                    modes[final["mode"]] = modes.get(final["mode"], 0) + 1
                    total.append(elapsed)
                    if first is not None:
                        ttft.append(first)
                    v = final.get("verification") or {"sentences": 0, "kept": 0, "removed": []}
                    kept += v["kept"]
                    sentences += v["sentences"]
                    print(
                        f"{final['mode']:20s} kept {v['kept']}/{v['sentences']}  ttft "
                        f"{(first or float('nan')):5.1f}s total {elapsed:5.1f}s  {q[:40]}",
                        flush=True,
                    )
                    dump.write(
                        json.dumps(
                            {
                                "question": q,
                                "draft": draft,
                                "final": final["answer"],
                                "mode": final["mode"],
                                "removed": v["removed"],
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
    print(f"questions {len(questions)}  modes {modes}")
    print(
        f"TTFT p50 {np.percentile(ttft, 50):.1f} s p95 {np.percentile(ttft, 95):.1f} s; total p50 "
        f"{np.percentile(total, 50):.1f} s p95 {np.percentile(total, 95):.1f} s"
    )
    print(f"draft sentences {sentences}, kept by the verifier {kept} ({kept / max(sentences, 1):.1%})")
    print(f"per-sentence verdicts written to {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
