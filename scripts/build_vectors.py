"""Compute the shipped vector cache for the bundled corpus, so a fresh install ingests in seconds:
`.venv/bin/python scripts/build_vectors.py`. Runs the real ingest (parsing, de-identification,
labelling) into a temporary store and keeps exactly the vectors it asked for: passages and the
labeller's case texts. Run it after changing the corpus or the passage recipe."""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.config import Settings  # noqa: E402
from api.services import SHIPPED_VECTORS_DIR, build_services, vector_file_name  # noqa: E402
from retrieval.embedders import save_vectors  # noqa: E402


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        svc = build_services(Settings(data_dir=Path(tmp)))
        report = svc.pipeline().run(
            progress=lambda d, t, w: print(f"\r  {d}/{t} {w[-40:]:40s}", end="", file=sys.stderr)
        )
        print(file=sys.stderr)
        svc.sop_generator()._vectors()  # the step library's vectors: a cold first SOP stays fast
        svc.coverage().prepare()  # the coverage areas' descriptions: a fast first start
        embedder = svc.embedder
        vectors = embedder.vectors_for(embedder.seen)
        path = SHIPPED_VECTORS_DIR / vector_file_name(embedder.inner.name)
        save_vectors(path, embedder.inner.name, vectors)
        if svc.xling is not None:  # the cross-lingual lane's vectors of the same passages
            xling = svc.xling
            save_vectors(
                SHIPPED_VECTORS_DIR / vector_file_name(xling.inner.name),
                xling.inner.name,
                xling.vectors_for(xling.seen),
            )
        svc.close()
    print(
        f"{report.passages} passages ({report.embedded - report.cache_hits} embedded now); "
        f"wrote {len(vectors)} vectors to {path.relative_to(ROOT)} in {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
