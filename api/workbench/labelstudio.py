"""Label Studio interchange: the queue as Label Studio tasks (JSON import format, the machine labels
as ``predictions``), the matching labeling configuration, and the import of a Label Studio JSON
export of completed annotations.

Shapes follow Label Studio's documented task format: a task is ``{"data": {...}, "predictions":
[{"model_version", "score", "result": [...]}]}``; an export is a list of tasks each with
``"annotations": [{"result": [...], "completed_by": ..., "was_cancelled": ...}]``; a result region
is ``{"from_name", "to_name", "type", "value"}``. Choice kinds (case type, cultural taboo,
nationality) use ``type: "choices"`` with ``value.choices``; legal clauses use ``type:
"textarea"`` with ``value.text`` (one ``source#article`` per entry).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from api.workbench.labels import KINDS, LabelInput

TO_NAME = "text"
_CHOICE_KINDS = ("case_type", "cultural_taboo", "nationality")


class LabelStudioError(ValueError):
    """The file is not a Label Studio JSON export of the tasks exported here (nothing imported)."""


@dataclass(frozen=True)
class ImportedAnnotation:
    """One completed annotation of one task."""

    item: str
    annotator: str
    labels: tuple[LabelInput, ...]
    kinds: tuple[str, ...]


def tasks(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Queue items as Label Studio tasks (machine labels as one prediction)."""
    out = []
    for it in items:
        result: list[dict[str, Any]] = []
        labels = it["labels"]
        for kind in _CHOICE_KINDS:
            values = [lb["value"] for lb in labels if lb["kind"] == kind]
            if values:
                result.append({"from_name": kind, "to_name": TO_NAME, "type": "choices", "value": {"choices": values}})
        clauses = [lb["value"] for lb in labels if lb["kind"] == "legal_clause"]
        if clauses:
            result.append(
                {"from_name": "legal_clause", "to_name": TO_NAME, "type": "textarea", "value": {"text": clauses}}
            )
        confidences = [float(lb["confidence"]) for lb in labels if lb.get("confidence") is not None]
        out.append(
            {
                "data": {
                    "text": it["text"],
                    "item_id": it["id"],
                    "source": it["source"],
                    "article": it["article"],
                },
                "predictions": [
                    {
                        "model_version": "jingzhi-labeller",
                        "score": min(confidences) if confidences else 0.0,
                        "result": result,
                    }
                ],
            }
        )
    return out


def labeling_config(taxonomy: dict[str, list[str]]) -> str:
    """The Label Studio labeling configuration (XML) matching :func:`tasks`."""
    parts = ["<View>", f'  <Text name="{TO_NAME}" value="$text"/>']
    for kind in _CHOICE_KINDS:
        parts.append(f'  <Header value="{kind}"/>')
        parts.append(f'  <Choices name="{kind}" toName="{TO_NAME}" choice="multiple" showInline="true">')
        parts += [f"    <Choice value={quoteattr(v)}/>" for v in taxonomy.get(kind, [])]
        parts.append("  </Choices>")
    parts.append('  <Header value="legal_clause (source#article, one per line)"/>')
    parts.append(f'  <TextArea name="legal_clause" toName="{TO_NAME}" maxSubmissions="20"/>')
    parts.append("</View>")
    return "\n".join(parts) + "\n"


def _annotator(annotation: dict[str, Any]) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("username") or who.get("id")
    if who is None or who == "":
        raise LabelStudioError("an annotation has no completed_by (who annotated it)")
    return f"labelstudio:{who}"[:64]


def parse_export(data: Any) -> list[ImportedAnnotation]:
    """The completed annotations of a Label Studio JSON export; raises LabelStudioError for a
    file of another shape (the message says what is wrong and where)."""
    if not isinstance(data, list):
        raise LabelStudioError(f"a Label Studio JSON export is a list of tasks, not {type(data).__name__}")
    out: list[ImportedAnnotation] = []
    for n, task in enumerate(data, start=1):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise LabelStudioError(f'task {n}: not a Label Studio task (an object with "data")')
        item = task["data"].get("item_id")
        if not isinstance(item, str) or not item:
            raise LabelStudioError(f"task {n}: data.item_id is missing: only tasks exported by Jingzhi can be imported")
        annotations = task.get("annotations", task.get("completions"))
        if not isinstance(annotations, list):
            raise LabelStudioError(f'task {n}: "annotations" must be a list')
        for a in annotations:
            if not isinstance(a, dict) or not isinstance(a.get("result"), list):
                raise LabelStudioError(f'task {n}: an annotation without a "result" list')
            if a.get("was_cancelled"):
                continue
            labels: list[LabelInput] = []
            kinds: list[str] = []
            for region in a["result"]:
                if not isinstance(region, dict) or not isinstance(region.get("value"), dict):
                    raise LabelStudioError(f'task {n}: a result region without a "value" object')
                kind = region.get("from_name")
                if kind not in KINDS:
                    raise LabelStudioError(f"task {n}: unknown control {kind!r}; controls are {', '.join(KINDS)}")
                rtype = region.get("type")
                key = "choices" if rtype == "choices" else "text" if rtype == "textarea" else None
                values = region["value"].get(key) if key else None
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise LabelStudioError(f"task {n}: region {kind!r} of type {rtype!r} has no list of values")
                kinds.append(kind)
                labels += [LabelInput(kind, v.strip()) for v in values if v.strip()]
            if kinds:
                out.append(ImportedAnnotation(item, _annotator(a), tuple(labels), tuple(dict.fromkeys(kinds))))
    if not out:
        raise LabelStudioError("the file holds no completed annotations")
    return out
