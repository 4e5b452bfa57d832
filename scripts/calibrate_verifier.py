"""Calibrate the citation verifier's support thresholds (guardrails/citations.py).

Positive pairs: sentences of reference answers paired with their gold article (police scenarios in
four languages; dev-set article recitations). Negative pairs: the same sentences paired with a
wrong article: the best-ranked non-gold article the searcher returns for the question ("cites the
wrong article", hard) and a random article of the same law (easy). Prints the grid and the
precision/recall of the chosen thresholds on a held-out half.

    .venv/bin/python scripts/calibrate_verifier.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.config import Settings  # noqa: E402
from api.services import build_services  # noqa: E402
from eval.datasets import load_items  # noqa: E402
from guardrails.citations import CitationVerifier, SupportThresholds, split_sentences, strip_markers  # noqa: E402
from retrieval.engine import IsNull  # noqa: E402


@dataclass
class Pair:
    sentence: str
    evidence: str
    label: bool
    kind: str
    lang: str
    fold: int
    lexical: float = 0.0
    dense: float = 0.0


def main() -> int:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        svc = build_services(Settings(data_dir=Path(tmp)))
        svc.pipeline().run()
        searcher = svc.searcher()
        texts = {
            str(p.payload["article_id"]): str(p.payload["text"])
            for p in svc.store.scroll([IsNull("paragraph")], payload_fields=["article_id", "text"])
        }
        by_source: dict[str, list[str]] = {}
        for aid in texts:
            by_source.setdefault(aid.split("#")[0], []).append(aid)
        items = load_items(ROOT / "eval/data/police_scenarios.jsonl")
        items += [i for i in load_items(ROOT / "eval/data/legal_dev.jsonl") if i.task.startswith("1-1") and i.gold_ids]
        pairs: list[Pair] = []
        for n, it in enumerate(items):
            gold = [g for g in it.gold_ids if g in texts]
            if not gold or not it.answer:
                continue
            lang = it.tags.get("lang", "zh")
            sentences = [strip_markers(s) for s in split_sentences(it.answer.replace(",（", "\n（"))]
            sentences = [s for s in sentences if len(s) >= 6][:3]
            hits = [h.article_id for h in searcher.search(it.question, k=10).hits if h.article_id not in gold]
            fold = n % 2
            for s in sentences:
                for g in gold[:1]:
                    pairs.append(Pair(s, texts[g], True, "gold", lang, fold))
                if hits:
                    pairs.append(Pair(s, texts[hits[0]], False, "wrong-top-hit", lang, fold))
                src = gold[0].split("#")[0]
                other = rng.choice([a for a in by_source[src] if a not in gold])
                pairs.append(Pair(s, texts[other], False, "random-same-law", lang, fold))
        verifier = svc.verifier()
        for p in pairs:
            p.lexical = verifier.lexical_support(p.sentence, p.evidence)
            ev = svc.embedder.embed_passages([p.evidence])[0]
            q = svc.embedder.embed_queries([p.sentence])[0]
            p.dense = float(ev @ q)
        svc.close()

    def score(t: SupportThresholds, subset: list[Pair]) -> tuple[float, float, float]:
        v = CitationVerifier.__new__(CitationVerifier)
        v.thresholds = t
        tp = sum(1 for p in subset if p.label and v.decide(p.lexical, p.dense))
        fp = sum(1 for p in subset if not p.label and v.decide(p.lexical, p.dense))
        fn = sum(1 for p in subset if p.label and not v.decide(p.lexical, p.dense))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f

    train = [p for p in pairs if p.fold == 0]
    test = [p for p in pairs if p.fold == 1]
    print(
        f"{len(pairs)} pairs ({sum(p.label for p in pairs)} positive); "
        f"calibrating on {len(train)}, testing on {len(test)}"
    )
    grid = []
    for lex in (0.5, 0.6, 0.7, 0.8, 0.9):
        for dwl in (0.9, 0.93, 0.95, 1.01):
            for floor in (0.3, 0.4, 0.5):
                for alone in (0.95, 0.97, 1.01):
                    t = SupportThresholds(lex, dwl, floor, alone)
                    prec, rec, f = score(t, train)
                    # An unsupported sentence reaching an officer is worse than a dropped true one.
                    grid.append((prec >= 0.9, f, prec, rec, t))
    grid.sort(key=lambda g: (g[0], g[1]), reverse=True)
    for _ok, f, prec, rec, t in grid[:8]:
        print(f"  train P {prec:.3f} R {rec:.3f} F1 {f:.3f}  {t}")
    best = grid[0][4]
    prec, rec, f = score(best, test)
    print(f"chosen {best}\n  held-out P {prec:.3f} R {rec:.3f} F1 {f:.3f}")
    for kind in ("gold", "wrong-top-hit", "random-same-law"):
        sub = [p for p in test if p.kind == kind]
        v = CitationVerifier.__new__(CitationVerifier)
        v.thresholds = best
        accepted = sum(1 for p in sub if v.decide(p.lexical, p.dense))
        print(f"  held-out {kind:16s} accepted {accepted}/{len(sub)}")
    for lang in ("zh", "en", "ru", "ar"):
        sub = [p for p in test if p.lang == lang]
        if sub:
            prec, rec, f = score(best, sub)
            print(f"  held-out lang {lang}: P {prec:.3f} R {rec:.3f} ({len(sub)} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
