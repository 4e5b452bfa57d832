"""A self-contained HTML report of an evaluation run: aggregates with deltas against the baseline,
charts (metric by language and case type, latency distribution) as inline SVG, and the worst items
with their retrieved evidence, and the bias audit (lift chart, flagged pairs). No external resources
(the evaluator page is served offline)."""

from __future__ import annotations

import html
import json
from pathlib import Path

from eval.agreement import AgreementReport
from eval.bias import BiasAudit
from eval.runner import Delta, EvalRun, ItemResult


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _bars(title: str, rows: list[tuple[str, float | None]], maximum: float = 1.0) -> str:
    rows = [(label, v) for label, v in rows if v is not None]
    if not rows:
        return ""
    height = 22 * len(rows) + 30
    parts = [f'<svg class="chart" viewBox="0 0 560 {height}" role="img" aria-label="{html.escape(title)}">']
    parts.append(f'<text x="0" y="14" class="t">{html.escape(title)}</text>')
    for i, (label, value) in enumerate(rows):
        y = 26 + 22 * i
        width = 0 if maximum <= 0 else 360 * min(float(value), maximum) / maximum  # type: ignore[arg-type]
        parts.append(f'<text x="0" y="{y + 13}" class="l">{html.escape(label[:22])}</text>')
        parts.append(f'<rect x="160" y="{y}" width="{width:.1f}" height="16" class="b"/>')
        parts.append(f'<text x="{166 + width:.1f}" y="{y + 13}" class="v">{_fmt(value, 2)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _histogram(values: list[float], bins: int = 12) -> str:
    if not values:
        return ""
    top = max(values) or 1.0
    width = top / bins
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v / width))] += 1
    peak = max(counts) or 1
    parts = [
        '<svg class="chart" viewBox="0 0 560 170" role="img" aria-label="latency distribution">',
        '<text x="0" y="14" class="t">Latency per item (ms)</text>',
    ]
    for i, c in enumerate(counts):
        h = 110 * c / peak
        x = 10 + i * 45
        parts.append(f'<rect x="{x}" y="{130 - h:.1f}" width="38" height="{h:.1f}" class="b"/>')
        parts.append(f'<text x="{x}" y="145" class="v">{int(i * width)}</text>')
        if c:
            parts.append(f'<text x="{x + 10}" y="{126 - h:.1f}" class="v">{c}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _worst(items: list[ItemResult], n: int = 15) -> list[ItemResult]:
    def badness(r: ItemResult) -> tuple[float, float]:
        if r.error:
            return (-2.0, 0.0)
        if not r.answerable:
            return (0.0 if r.abstained else -1.0, 0.0)
        if r.gold and r.abstained:
            return (-1.0, 0.0)
        return (r.metrics.get("recall@10") or 0.0 if r.gold else 1.0, r.metrics.get("mrr@10") or 0.0)

    return sorted(items, key=badness)[:n]


def _agreement(report: AgreementReport | None) -> str:
    """Annotator agreement (Cohen's kappa per label kind) and the disagreements to adjudicate."""
    if report is None:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(k.kind)}</td><td>{_fmt(k.kappa)}</td><td>{_fmt(k.observed)}</td>"
        f"<td>{k.items}</td><td>{k.decisions}</td><td>{len(k.disagreements)}</td><td>{html.escape(k.note)}</td></tr>"
        for k in report.kinds.values()
    )
    items = "".join(
        f"<li><code>{html.escape(d.item)}</code> · {html.escape(d.kind)}: "
        f"{html.escape(d.first)} → {html.escape('、'.join(d.first_values) or '（无）')}; "
        f"{html.escape(d.second)} → {html.escape('、'.join(d.second_values) or '（无）')}</li>"
        for d in report.disagreements[:200]
    )
    more = len(report.disagreements) - 200
    tail = f"<p>… and {more} more (jingzhi annotate agreement --json)</p>" if more > 0 else ""
    return (
        "<h2 id='agreement'>Annotator agreement (Cohen's κ per label kind)</h2>"
        "<table class='agreement'><thead><tr><th>kind</th><th>κ</th><th>observed</th><th>passages</th>"
        f"<th>decisions</th><th>disagreements</th><th>note</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<h3>Disagreements to adjudicate</h3><ul class='disagreements'>{items or '<li>none</li>'}</ul>{tail}"
    )


def bias_section(audit: BiasAudit | None, new: list[tuple[str, str]] | None = None) -> str:
    """The bias audit's section: lift of the strongest pairs as a chart, and the flagged pairs."""
    if audit is None:
        return ""
    top = sorted(audit.pairs, key=lambda p: -p.lift)[:15]
    chart = _bars(
        f"Lift over base rate, suspect nationality × case type (flag ≥ {audit.config.lift_threshold:g})",
        [(f"{p.nationality}·{p.case_type}", p.lift) for p in top],
        maximum=max([audit.config.lift_threshold * 1.5, *(p.lift for p in top)]),
    )
    fresh = set(new or [])
    rows = "".join(
        f"<tr class='{'bad' if (p.nationality, p.case_type) in fresh else ''}'><td>{html.escape(p.nationality)}</td>"
        f"<td>{html.escape(p.case_type)}</td><td>{p.cases}</td><td>{p.rate:.2f}</td><td>{p.lift:.2f}</td>"
        f"<td>{p.p_value:.4f}</td><td>{'new' if (p.nationality, p.case_type) in fresh else 'in baseline'}</td></tr>"
        for p in audit.flagged
    )
    table = (
        "<table><thead><tr><th>nationality</th><th>case type</th><th>cases</th><th>rate</th><th>lift</th>"
        f"<th>p (Fisher)</th><th>status</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else "<p>No pair is flagged.</p>"
    )
    return (
        f"<h2>Bias audit</h2><p>{audit.cases} labelled cases, {audit.cases_with_suspect_nationality} with a "
        f"suspect's nationality; {len(audit.pairs)} pairs; flagged: lift ≥ {audit.config.lift_threshold:g}, "
        f"p ≤ {audit.config.alpha:g}, ≥ {audit.config.min_cases} cases. Victims', witnesses' and parties' "
        f"nationalities are not counted.</p>{chart}{table}"
    )


def render(
    run: EvalRun,
    deltas: list[Delta] | None = None,
    baseline_name: str | None = None,
    bias: BiasAudit | None = None,
    bias_new: list[tuple[str, str]] | None = None,
    agreement: AgreementReport | None = None,
) -> str:
    """The report as one HTML document (with the bias audit and the annotators' agreement when given)."""
    rows = []
    for d in deltas or [Delta(k, v, None, None) for k, v in run.aggregate.items()]:
        change = d.change
        cls = "bad" if d.failed else ("up" if change and change > 0 else ("down" if change and change < 0 else ""))
        gate = "" if d.tolerance is None else (f"✗ −{d.tolerance:g}" if d.failed else f"✓ ±{d.tolerance:g}")
        delta = "" if change is None else f"{change:+.3f}"
        rows.append(
            f"<tr class='{cls}'><td>{html.escape(d.metric)}</td><td>{_fmt(d.value)}</td>"
            f"<td>{_fmt(d.baseline)}</td><td>{delta}</td><td>{gate}</td><td>{run.counts.get(d.metric, '')}</td></tr>"
        )
    charts = []
    for tag, title in (
        ("lang", "Recall@10 by language"),
        ("case_type", "Recall@10 by case type"),
        ("task", "Recall@10 by task"),
        ("dataset", "Recall@10 by dataset"),
    ):
        groups = run.by_tag.get(tag, {})
        charts.append(
            _bars(title, [(f"{k} (n={int(v.get('n') or 0)})", v.get("recall@10")) for k, v in groups.items()])
        )
    charts.append(_histogram([r.latency_ms for r in run.items if r.error is None]))
    split_names = list(run.splits)
    split_rows = "".join(
        f"<tr><td>{html.escape(metric)}</td>"
        + "".join(f"<td>{_fmt(run.splits[s].get(metric))}</td>" for s in split_names)
        + "</tr>"
        for metric in run.aggregate
        if any(run.splits[s].get(metric) is not None for s in split_names)
    )
    split_table = (
        "<h2>Tuning items vs held-apart items</h2><p>Every tuned value was chosen on the first column; "
        "the held-apart column (test/holdout splits) is the figure to report.</p><table><thead><tr><th>metric</th>"
        + "".join(f"<th>{html.escape(s)}</th>" for s in split_names)
        + f"</tr></thead><tbody>{split_rows}</tbody></table>"
        if split_names
        else ""
    )
    worst = []
    for r in _worst(run.items):
        evidence = "".join(
            f"<li class='{'hit' if e['id'] in r.gold else ''}'>"
            f"<b>{html.escape(e['label'])}</b> {html.escape(e['text'])}</li>"
            for e in r.evidence
        )
        gold = ", ".join(r.gold) if r.answerable else "(unanswerable: should abstain)"
        error = f"<p><b>Error:</b> {html.escape(r.error)}</p>" if r.error else ""
        worst.append(
            f"<details><summary>{html.escape(r.id)} · R@10 {_fmt(r.metrics.get('recall@10'), 2)} · "
            f"{'abstained' if r.abstained else r.mode} · {html.escape(r.question[:80])}</summary>"
            f"<p><b>Gold:</b> {html.escape(gold)}</p><p><b>Answer:</b> {html.escape(r.answer[:600])}</p>"
            f"{error}<ol>{evidence}</ol></details>"
        )
    failed = [d.metric for d in deltas or [] if d.failed]
    verdict = (
        f"<p class='verdict bad'>Gate failed: {html.escape(', '.join(failed))}</p>"
        if failed
        else ("<p class='verdict ok'>All gated metrics within tolerance.</p>" if deltas else "")
    )
    meta = html.escape(json.dumps(run.meta, ensure_ascii=False))
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Jingzhi evaluation</title>
<style>
body{{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1rem auto;max-width:980px;padding:0 1rem;
color:#1b2430}}
table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #dde3ea;padding:.3rem .5rem;text-align:left}}
tr.bad td{{background:#fde8e8}}tr.up td:nth-child(4){{color:#137333}}tr.down td:nth-child(4){{color:#b3261e}}
.chart{{width:100%;max-width:560px;display:block;margin:1rem 0}}.chart .b{{fill:#1f4e9c}}.chart text{{font-size:11px}}
.chart .t{{font-weight:600;font-size:13px}}.verdict.bad{{color:#b3261e;font-weight:600}}.verdict.ok{{color:#137333}}
li.hit b{{color:#137333}}details{{border:1px solid #dde3ea;border-radius:6px;padding:.4rem .6rem;margin:.4rem 0}}
code{{font-size:12px}}
</style></head><body>
<h1>Jingzhi evaluation</h1><p><code>{meta}</code></p>
{verdict}
<h2>Aggregate{f" vs baseline {html.escape(baseline_name)}" if baseline_name else ""}</h2>
<table><thead><tr><th>metric</th><th>this run</th><th>baseline</th><th>Δ</th><th>gate</th><th>n</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
{split_table}
<h2>Breakdowns</h2>{"".join(charts)}
<h2>Worst items (with retrieved evidence; gold in green)</h2>{"".join(worst)}
{bias_section(bias, bias_new)}
{_agreement(agreement)}
</body></html>"""


def write_report(
    run: EvalRun,
    directory: Path,
    deltas: list[Delta] | None = None,
    baseline_name: str | None = None,
    bias: BiasAudit | None = None,
    bias_new: list[tuple[str, str]] | None = None,
    agreement: AgreementReport | None = None,
) -> Path:
    """Write ``report.html`` and ``run.json`` into ``directory``; returns the HTML path."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "run.json").write_text(run.model_dump_json(indent=2), encoding="utf-8")
    if bias is not None:
        (directory / "bias.json").write_text(json.dumps(bias.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    path = directory / "report.html"
    path.write_text(render(run, deltas, baseline_name, bias, bias_new, agreement), encoding="utf-8")
    return path


def write_bias_report(bias: BiasAudit, directory: Path, new: list[tuple[str, str]] | None = None) -> Path:
    """``bias.html`` (the audit's section on its own page) and ``bias.json`` into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "bias.json").write_text(json.dumps(bias.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    path = directory / "bias.html"
    path.write_text(
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Jingzhi bias audit</title>'
        "<style>body{font-family:system-ui,sans-serif;max-width:980px;margin:1rem auto;padding:0 1rem}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dde3ea;padding:.3rem .5rem}"
        "tr.bad td{background:#fde8e8}.chart{width:100%;max-width:560px}.chart .b{fill:#1f4e9c}"
        ".chart text{font-size:11px}.chart .t{font-weight:600;font-size:13px}</style></head><body>"
        f"{bias_section(bias, new)}</body></html>",
        encoding="utf-8",
    )
    return path
