"""A redaction run over every bundled statute and treaty article changes no article.

Statutes name no private persons, so any change is a false positive of the recognizers on legal
text (the words listed in guardrails/resources/statute_words.tsv come from laws_cn/ only).
"""

from __future__ import annotations

import pytest

from corpus import CORPUS_ROOT
from corpus.manifest import load_manifest
from guardrails.pii import Deidentifier
from ingest.parsers import parse_document

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_redaction_changes_no_bundled_article() -> None:
    deid = Deidentifier()
    manifest = load_manifest()
    changed: list[str] = []
    articles = 0
    for source, doc in sorted(manifest.sources.items()):
        for passage in parse_document((CORPUS_ROOT / source).read_text(encoding="utf-8"), doc):
            if passage.paragraph is not None:
                continue
            articles += 1
            redacted, report = deid.redact(passage.text, passage.article_id)
            if redacted != passage.text:
                changed.append(f"{passage.article_id}: {report.counts}")
    assert articles > 8000  # laws_cn + laws_cn_pack2 + treaties
    assert changed == []
