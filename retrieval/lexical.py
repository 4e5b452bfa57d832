"""Lexical (BM25) sparse vectors for Chinese, English, Russian and Arabic text.

Chinese is segmented with jieba (search mode, plus a legal-term dictionary); other scripts are
split on word characters and lower-cased. Terms are hashed to stable 32-bit ids, so no vocabulary
file has to be kept in sync with the store. Document vectors carry the BM25 term-frequency part
(k1, b, a fixed average length); the IDF part is applied at query time by Qdrant
(``Modifier.IDF``) or by the in-memory index with the same formula.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import Counter
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent / "resources"

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Function words and question boilerplate that carry no topic.
ZH_STOP = frozenset(
    """的 了 是 在 和 与 或 及 等 对 由 为 其 之 于 以 被 把 将 从 向 也 都 就 而 并 且 但 如 若 则 该 本 此 这 那
    有 无 不 没 会 要 能 可 可以 应当 应该 吗 呢 吧 啊 呀 么 什么 怎么 怎样 如何 哪些 哪个 多少 是否 为什么
    我 你 他 她 它 我们 你们 他们 她们 自己 请问 一个 一些 这个 那个 这样 那样 现在 已经 还是 还有 因为 所以
    如果 但是 或者 以及 及其 其他 下列 规定 情形 之一 内容 哪 谁 给 让 使 向 按照 依照 根据 关于 对于 进行""".split()
)
LATIN_STOP = frozenset(
    """a an the of to in on at by for with from as is are was were be been being this that these those and or
    not no it its his her their which who whom whose what when where how shall may must any all such other
    than then there here into upon under over per do does did has have had i you he she we they me my""".split()
)


def term_id(term: str) -> int:
    """Stable 32-bit id of a term (blake2b)."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest(), "little")


class LexicalAnalyzer:
    """Tokenizer + BM25 weighting producing sparse vectors ``(indices, values)``."""

    def __init__(
        self,
        k1: float = 1.2,
        b: float = 0.75,
        avg_len: float = 60.0,
        cache_dir: Path | None = None,
        user_dict: Path | None = RESOURCES / "legal_terms.txt",
    ) -> None:
        if k1 <= 0 or not 0 <= b <= 1 or avg_len <= 0:
            raise ValueError(f"invalid BM25 parameters k1={k1} b={b} avg_len={avg_len}")
        self.k1, self.b, self.avg_len = k1, b, avg_len
        self._cache_dir = cache_dir
        self._user_dict = user_dict
        self._jieba: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """Identity of the recipe (stored with the collection; a change requires re-ingest)."""
        return f"bm25-jieba-v1|k1={self.k1}|b={self.b}|avg={self.avg_len}"

    def _tokenizer(self) -> Any:
        with self._lock:
            if self._jieba is None:
                import jieba

                tok = jieba.Tokenizer()
                logging.getLogger("jieba").setLevel(logging.WARNING)
                if jieba.dt.initialized and jieba.dt.dictionary == tok.dictionary:
                    # The process holds the default dictionary already (de-identification's name
                    # tagger loads it): copy its word table (~30 ms) instead of loading the same
                    # 9 MB cache a second time (~1 s). A copy, because the user words go into it.
                    tok.FREQ, tok.total = dict(jieba.dt.FREQ), jieba.dt.total
                    tok.initialized = True
                else:
                    if self._cache_dir is not None:
                        self._cache_dir.mkdir(parents=True, exist_ok=True)
                        tok.tmp_dir = str(self._cache_dir)
                    tok.initialize()
                if self._user_dict is not None and self._user_dict.exists():
                    tok.load_userdict(str(self._user_dict))
                self._jieba = tok
            return self._jieba

    def warm_up(self) -> None:
        """Load the jieba dictionary now rather than on the first query."""
        self._tokenizer()

    def tokens(self, text: str) -> list[str]:
        """Index terms of ``text``: jieba search-mode words for CJK runs, lower-cased words otherwise."""
        out: list[str] = []
        pos = 0
        tok = None
        for m in _CJK_RUN.finditer(text):
            out.extend(self._latin(text[pos : m.start()]))
            tok = tok or self._tokenizer()
            for word in tok.cut_for_search(m.group(0)):
                if word not in ZH_STOP:
                    out.append(word)
            pos = m.end()
        out.extend(self._latin(text[pos:]))
        return out

    @staticmethod
    def _latin(text: str) -> list[str]:
        words = (w.lower() for w in _WORD.findall(text))
        return [w for w in words if w not in LATIN_STOP and (len(w) > 1 or w.isdigit())]

    def doc_vector(self, text: str) -> tuple[list[int], list[float]]:
        """BM25 term-frequency weights of a passage."""
        counts = Counter(self.tokens(text))
        length = sum(counts.values())
        norm = self.k1 * (1 - self.b + self.b * length / self.avg_len)
        weights: dict[int, float] = {}
        for term, tf in counts.items():
            tid = term_id(term)
            weights[tid] = weights.get(tid, 0.0) + tf * (self.k1 + 1) / (tf + norm)
        indices = sorted(weights)
        return indices, [weights[i] for i in indices]

    def query_vector(self, text: str, extra: str = "", extra_weight: float = 1.0) -> tuple[list[int], list[float]]:
        """Unique query terms with weight 1 (IDF is applied by the index); terms only in ``extra``
        (the glossary's statutory equivalents) get ``extra_weight``."""
        weights = {term_id(t): 1.0 for t in self.tokens(text)}
        if extra and extra_weight > 0:
            for t in self.tokens(extra):
                weights.setdefault(term_id(t), extra_weight)
        ids = sorted(weights)
        return ids, [weights[i] for i in ids]
