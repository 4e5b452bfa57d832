"""Label review: the queue, label changes written in place, their history, and what a re-ingest
re-applies.

A queue item is one whole passage (a case section or a cultural note) with its labels. Its id is
a short hash of the passage's ``source#article`` identity, so it stays the same across re-ingests.
A change replaces the passage's labels of the kinds given: the values are checked against the
taxonomy, the stored payload of every point of the passage is rewritten in place (no
re-embedding; :meth:`QdrantStore.set_payload`); the engine filters on its payload indexes, so the
next label-filtered search serves the change.
Each change is one :class:`LabelChange` row (append-only history) and the passage's
:class:`HumanLabelState` row, which the ingest pipeline reads (:class:`HumanLabelSource`) so human
labels survive a re-ingest of unchanged content.

Changes are serialised by a lock: two annotators saving the same item at once are both recorded,
in order, and the last one is served.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from api.db import Database, NotFoundError
from api.workbench.models import HumanLabelState, LabelChange, now
from corpus.schema import Label, Provenance
from corpus.schema.taxonomy import case_type_names, taboo_category_names
from eval.agreement import Judgement
from ingest.evidence import EvidenceFinder
from ingest.pipeline import HumanLabels
from retrieval.store import QdrantStore, label_payload

log = logging.getLogger(__name__)
#: Label kinds people review (``region`` is derived, not reviewed).
KINDS = ("case_type", "cultural_taboo", "legal_clause", "nationality")
#: Document types whose passages are in the queue.
QUEUE_TYPES = ("case", "taboo")
#: Kinds a passage of a document type must keep at least one value of.
REQUIRED = {"case": ("case_type",), "taboo": ("cultural_taboo",)}
_HUMAN = {Provenance.HUMAN.value, Provenance.ANNOTATOR.value}
_QUEUE_FIELDS = ["article_id", "source", "article", "doc_type", "text", "labels", "content_hash", "paragraph"]


class LabelError(ValueError):
    """A label change was refused; ``value`` is the offending value (the 422 names it)."""

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.value = value


def item_id(article_id: str) -> str:
    """The queue id of a passage: stable across re-ingests (a hash of ``source#article``)."""
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:20]


def is_double(item: str, share: float) -> bool:
    """Whether an item is routed to two annotators: a fixed ``share`` of items, chosen by id."""
    return share > 0 and int(item[:8], 16) / 16**8 < share


class Taxonomy:
    """The values a label of each kind may take (legal clauses: articles that exist)."""

    def __init__(self, countries: Iterable[str], article_exists: Callable[[list[str]], set[str]]) -> None:
        self.values: dict[str, frozenset[str]] = {
            "case_type": frozenset(case_type_names()),
            "cultural_taboo": frozenset(taboo_category_names()),
            "nationality": frozenset(countries),
        }
        self.article_exists = article_exists

    def check(self, kind: str, values: Sequence[str]) -> None:
        """Raise :class:`LabelError` naming the first value outside the taxonomy."""
        if kind not in KINDS:
            raise LabelError(f"unknown label kind {kind!r}; kinds are {', '.join(KINDS)}", kind)
        if kind == "legal_clause":
            found = self.article_exists(list(values))
            for v in values:
                if v not in found:
                    raise LabelError(f"legal_clause {v!r} is not an article of the corpus (source#article)", v)
            return
        for v in values:
            if v not in self.values[kind]:
                raise LabelError(f"{kind} {v!r} is not in the taxonomy", v)

    def to_json(self) -> dict[str, list[str]]:
        """The label chips of the annotator page (legal clauses are typed, not chosen)."""
        return {k: sorted(v) for k, v in self.values.items()}


#: Roles a nationality label may name (``Label.role``).
ROLES = ("suspect", "victim", "witness", "party")


@dataclass(frozen=True)
class LabelInput:
    """One label of a change request; ``role`` only for nationality labels (whose person it is).
    A nationality label sent without a role keeps the role(s) the passage's current label of that
    value has (an unknown role stays unset: it is never counted as a suspect's)."""

    kind: str
    value: str
    role: str | None = None


def _labels_json(labels: Iterable[Any]) -> list[dict[str, Any]]:
    return [Label.model_validate(lb).model_dump(mode="json", exclude_none=True) for lb in labels]


def _roles(label: LabelInput, current: list[dict[str, Any]]) -> list[str | None]:
    """The roles a human label is saved with: the one sent, else (nationality) those of the
    passage's current labels of the same value, else none."""
    if label.role is not None or label.kind != "nationality":
        return [label.role]
    found = [lb.get("role") for lb in current if lb.get("kind") == "nationality" and lb.get("value") == label.value]
    return list(dict.fromkeys(found)) or [None]


class LabelReview:
    """The review queue, label changes and history over one store and database."""

    def __init__(
        self,
        db: Database,
        store: QdrantStore,
        taxonomy: Taxonomy,
        evidence: EvidenceFinder | None = None,
        double_share: float = 0.0,
    ) -> None:
        self.db = db
        self.store = store
        self.taxonomy = taxonomy
        self.evidence = evidence
        self.double_share = double_share
        self._lock = threading.Lock()
        self._ids: dict[str, str] = {}

    # -- reading ----------------------------------------------------------------------------
    def _passages(self) -> list[dict[str, Any]]:
        points = self.store.whole_passages(QUEUE_TYPES, payload_fields=_QUEUE_FIELDS)
        out = [p.payload for p in points]
        self._ids = {item_id(str(p["article_id"])): str(p["article_id"]) for p in out}
        return out

    def _states(self) -> tuple[dict[str, HumanLabelState], dict[str, list[str]]]:
        """Current human labels per item, and who judged each item's current content (in order)."""
        with Session(self.db.engine) as session:
            states = {s.item: s for s in session.exec(select(HumanLabelState))}
            judges: dict[str, list[str]] = {}
            rows = session.exec(select(LabelChange).order_by(col(LabelChange.id)))
            for ch in rows:
                st = states.get(ch.item)
                if st is not None and ch.content_hash == st.content_hash:
                    who = judges.setdefault(ch.item, [])
                    if ch.username not in who:
                        who.append(ch.username)
        return states, judges

    def article_of(self, item: str) -> str:
        """The ``source#article`` of a queue id (NotFoundError when none)."""
        if item not in self._ids:
            self._passages()
        try:
            return self._ids[item]
        except KeyError:
            raise NotFoundError(f"no annotation item {item!r}") from None

    def queue(
        self, user: str, limit: int = 50, kind: str | None = None, source: str | None = None
    ) -> list[dict[str, Any]]:
        """Items for ``user``: unreviewed first, then lowest machine confidence first."""
        return [self._item(pl) for pl in self._ranked(user, kind, source)[:limit]]

    def _ranked(self, user: str, kind: str | None, source: str | None) -> list[dict[str, Any]]:
        if kind is not None and kind not in KINDS:
            raise LabelError(f"unknown label kind {kind!r}; kinds are {', '.join(KINDS)}", kind)
        states, judges = self._states()
        ranked: list[tuple[tuple[int, float, str], dict[str, Any]]] = []
        for pl in self._passages():
            if source and not (pl["source"] == source or str(pl["source"]).startswith(source.rstrip("/") + "/")):
                continue
            item = item_id(str(pl["article_id"]))
            labels: list[dict[str, Any]] = list(pl.get("labels") or [])
            state = states.get(item)
            current = state is not None and state.content_hash == pl.get("content_hash")
            who = judges.get(item, []) if current else []
            double = is_double(item, self.double_share)
            if double:
                reviewed = len(who) >= 2 or user in who
                if who and user not in who and len(who) < 2 and state is not None:
                    labels = json.loads(state.machine)  # blind: the second annotator sees the machine's labels
            else:
                reviewed = bool(who)
            if kind is not None:
                labels_k = [lb for lb in labels if lb.get("kind") == kind]
                if not labels_k and kind not in REQUIRED.get(str(pl["doc_type"]), ()):
                    continue
            else:
                labels_k = labels
            machine = [float(lb.get("confidence", 0.0)) for lb in labels_k if lb.get("provenance") not in _HUMAN]
            confidence = min(machine) if machine else (1.0 if labels_k else 0.0)
            key = (int(reviewed), confidence, str(pl["article_id"]))
            ranked.append((key, {**pl, "id": item, "labels": labels, "reviewed": reviewed, "double": double}))
        ranked.sort(key=lambda t: t[0])
        return [pl for _, pl in ranked]

    def _item(self, pl: dict[str, Any]) -> dict[str, Any]:
        labels = pl["labels"]
        spans: list[dict[str, object]] = []
        if self.evidence is not None:
            spans = [s.to_json() for s in self.evidence.spans(pl["text"], [Label.model_validate(x) for x in labels])]
        return {
            "id": pl["id"],
            "source": pl["source"],
            "article": pl["article"],
            "doc_type": pl["doc_type"],
            "text": pl["text"],
            "labels": [
                {
                    "kind": lb["kind"],
                    "value": lb["value"],
                    "confidence": lb.get("confidence"),
                    "provenance": lb.get("provenance"),
                    "annotator": lb.get("annotator"),
                    "role": lb.get("role"),
                }
                for lb in labels
            ],
            "reviewed": pl["reviewed"],
            "double": pl["double"],
            "evidence": spans,
        }

    def get(self, item: str, user: str) -> dict[str, Any]:
        """One item as the queue shows it to ``user``."""
        article_id = self.article_of(item)
        source = article_id.rsplit("#", 1)[0]
        for pl in self._ranked(user, None, source):
            if pl["id"] == item:
                return self._item(pl)
        raise NotFoundError(f"no annotation item {item!r} ({article_id})")

    def history(self, item: str) -> list[dict[str, Any]]:
        """Every change of an item, oldest first: who, when, before, after, note."""
        self.article_of(item)
        with Session(self.db.engine) as session:
            rows = session.exec(select(LabelChange).where(LabelChange.item == item).order_by(col(LabelChange.id)))
            return [
                {
                    "id": r.id,
                    "who": r.username,
                    "at": r.at.isoformat(),
                    "kinds": json.loads(r.kinds),
                    "before": json.loads(r.before),
                    "after": json.loads(r.after),
                    "note": r.note,
                }
                for r in rows
            ]

    # -- writing ----------------------------------------------------------------------------
    def validate(
        self, item: str, labels: Sequence[LabelInput], kinds: Sequence[str] | None = None
    ) -> tuple[str, list[str]]:
        """Check a change without making it; returns (``source#article``, the kinds replaced).
        Raises LabelError naming the bad value, NotFoundError for an unknown item."""
        article_id = self.article_of(item)
        chosen = list(dict.fromkeys(kinds if kinds else [lb.kind for lb in labels]))
        if not chosen:
            raise LabelError("no labels given: send at least one label, or the kinds to clear", [])
        for k in chosen:
            if k not in KINDS:
                raise LabelError(f"unknown label kind {k!r}; kinds are {', '.join(KINDS)}", k)
        for lb in labels:
            if lb.kind not in chosen:
                raise LabelError(f"label {lb.kind}={lb.value!r} is not of the kinds being replaced {chosen}", lb.kind)
            if lb.role is not None and lb.kind != "nationality":
                raise LabelError(f"role {lb.role!r} is only for nationality labels, not {lb.kind}", lb.role)
            if lb.role is not None and lb.role not in ROLES:
                raise LabelError(f"role {lb.role!r} is not one of {', '.join(ROLES)}", lb.role)
        for k in chosen:
            self.taxonomy.check(k, [lb.value for lb in labels if lb.kind == k])
        whole = self.store.find_articles([article_id], None)
        if not whole:
            raise NotFoundError(f"no annotation item {item!r} ({article_id} is no longer stored)")
        doc_type = str(whole[0].payload.get("doc_type"))
        for k in REQUIRED.get(doc_type, ()):
            if k in chosen and not any(lb.kind == k for lb in labels):
                raise LabelError(f"{k} is required for a {doc_type} passage: the list of {k} labels is empty", k)
        return article_id, chosen

    def change(
        self,
        item: str,
        labels: Sequence[LabelInput],
        user: str,
        note: str = "",
        kinds: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Replace the item's labels of the kinds given (those of ``labels``, or ``kinds`` to also
        clear a kind); returns the change as the history shows it."""
        article_id, chosen = self.validate(item, labels, kinds)
        with self._lock:
            points = self.store.points_of_article(article_id)
            whole = next((p for p in points if p.payload.get("paragraph") is None), None)
            if whole is None:
                raise NotFoundError(f"no annotation item {item!r} ({article_id} is no longer stored)")
            current = _labels_json(whole.payload.get("labels") or [])
            before = [lb for lb in current if lb["kind"] in chosen]
            human = [
                Label(
                    kind=lb.kind,
                    value=lb.value,
                    confidence=1.0,
                    provenance=Provenance.HUMAN,
                    annotator=user,
                    role=role,  # checked against ROLES in validate()
                )
                for lb in dict.fromkeys(labels)
                for role in _roles(lb, current)
            ]
            human = list({(h.kind, h.value, h.role): h for h in human}.values())
            after = _labels_json(human)
            new_labels = [lb for lb in current if lb["kind"] not in chosen] + after
            payload = label_payload(new_labels)
            ids = [p.id for p in points]
            content = str(whole.payload.get("content_hash"))
            self.store.set_payload(ids, payload)
            try:
                change = self._record(item, article_id, user, chosen, before, after, note, content, current, new_labels)
            except Exception:
                self.store.set_payload(ids, label_payload(current))  # nothing half-done
                raise
        log.info("%s changed the %s labels of %s", user, ",".join(chosen), article_id)
        return change

    def import_all(
        self, changes: Sequence[tuple[str, str, Sequence[LabelInput], Sequence[str]]], note: str
    ) -> list[dict[str, Any]]:
        """Apply changes ``(item, annotator, labels, kinds)`` in order, after checking every one
        first: one bad change and nothing is applied."""
        for item, _, labels, kinds in changes:
            self.validate(item, labels, kinds)
        return [self.change(item, labels, who, note, kinds) for item, who, labels, kinds in changes]

    def _record(
        self,
        item: str,
        article_id: str,
        user: str,
        kinds: list[str],
        before: list[dict[str, Any]],
        after: list[dict[str, Any]],
        note: str,
        content: str,
        current: list[dict[str, Any]],
        new_labels: list[dict[str, Any]],
    ) -> dict[str, Any]:
        with Session(self.db.engine) as session:
            row = LabelChange(
                item=item,
                article_id=article_id,
                username=user,
                kinds=json.dumps(kinds),
                before=json.dumps(before, ensure_ascii=False),
                after=json.dumps(after, ensure_ascii=False),
                note=note,
                content_hash=content,
            )
            session.add(row)
            state = session.get(HumanLabelState, item)
            human_now = [lb for lb in new_labels if lb.get("provenance") == Provenance.HUMAN.value]
            if state is None or state.content_hash != content:
                machine = [lb for lb in current if lb.get("provenance") != Provenance.HUMAN.value]
                state = HumanLabelState(
                    item=item,
                    article_id=article_id,
                    content_hash=content,
                    kinds="[]",
                    labels="[]",
                    machine=json.dumps(machine, ensure_ascii=False),
                    updated_by=user,
                )
            reviewed = sorted(set(json.loads(state.kinds)) | set(kinds))
            state.kinds = json.dumps(reviewed)
            state.labels = json.dumps([lb for lb in human_now if lb["kind"] in reviewed], ensure_ascii=False)
            state.updated_by, state.updated_at = user, now()
            session.add(state)
            session.commit()
            session.refresh(row)
            return {
                "id": row.id,
                "who": user,
                "at": row.at.isoformat(),
                "kinds": kinds,
                "before": before,
                "after": after,
                "note": note,
            }


class StoredHumanLabels:
    """The ingest pipeline's source of human labels (``HumanLabelSource``), from the database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def human_labels(self, article_ids: Sequence[str]) -> dict[str, HumanLabels]:
        """``article_id`` -> the human labels of that passage, for those that have any."""
        out: dict[str, HumanLabels] = {}
        ids = list(dict.fromkeys(article_ids))
        with Session(self.db.engine) as session:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                for s in session.exec(select(HumanLabelState).where(col(HumanLabelState.article_id).in_(chunk))):
                    out[s.article_id] = HumanLabels(
                        content_hash=s.content_hash,
                        kinds=frozenset(json.loads(s.kinds)),
                        labels=tuple(Label.model_validate(x) for x in json.loads(s.labels)),
                    )
        return out


def judgements(db: Database) -> list[Judgement]:
    """Every saved change as per-kind judgements of its annotator (for Cohen's kappa)."""
    with Session(db.engine) as session:
        machine = {s.item: json.loads(s.machine) for s in session.exec(select(HumanLabelState))}
        changes = list(session.exec(select(LabelChange).order_by(col(LabelChange.id))))
    out: list[Judgement] = []
    for ch in changes:
        after = json.loads(ch.after)
        proposed = machine.get(ch.item, [])
        for kind in json.loads(ch.kinds):
            out.append(
                Judgement(
                    item=ch.item,
                    annotator=ch.username,
                    kind=kind,
                    values=frozenset(str(lb["value"]) for lb in after if lb["kind"] == kind),
                    at=ch.at,
                    machine=frozenset(str(lb["value"]) for lb in proposed if lb.get("kind") == kind),
                )
            )
    return out
