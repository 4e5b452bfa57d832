"""Export a procedure as Markdown, DOCX (python-docx) or PDF (reportlab, with a built-in CJK CID
font so Chinese renders without font files)."""

from __future__ import annotations

import io
from typing import Literal

from answer.sop import SOP

Format = Literal["md", "docx", "pdf"]
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _basis(step_citations: list[tuple[str, str]]) -> str:
    return "；".join(f"{label}：“{quote}”" for label, quote in step_citations)


def to_markdown(sop: SOP) -> str:
    """The procedure as Markdown."""
    lines = [f"# {sop.title}", "", f"场景：{sop.scenario}", ""]
    if sop.notices:
        lines += [f"> {n}" for n in sop.notices] + [""]
    for step in sop.steps:
        lines.append(f"## 第{step.n}步 {step.title or ''}".rstrip())
        if step.phase:
            lines.append(f"*{step.phase}*")
        lines += ["", f"**做法**：{step.action}", "", f"**理由**：{step.why}", ""]
        for c in step.citations:
            lines.append(f"- 依据：《{c.short or c.law}》（{c.version}）{c.article}：“{c.quote}”（{c.source}）")
        for note in step.cultural_notes:
            review = "（待专家审核）" if note.review_status and "review" in note.review_status else ""
            lines.append(f"- 文化提示{review}：{note.title}——{note.text}")
        for p in step.phrases:
            foreign = f" / {p.foreign}（{p.lang}）" if p.foreign else ""
            lines.append(f"- 用语：{p.zh}{foreign}")
        lines.append("")
    return "\n".join(lines)


def to_docx(sop: SOP) -> bytes:
    """The procedure as a Word document."""
    import docx

    document = docx.Document()
    document.add_heading(sop.title, level=1)
    document.add_paragraph(f"场景：{sop.scenario}")
    for notice in sop.notices:
        document.add_paragraph(notice)
    for step in sop.steps:
        document.add_heading(f"第{step.n}步 {step.title}".strip(), level=2)
        document.add_paragraph(f"做法：{step.action}")
        document.add_paragraph(f"理由：{step.why}")
        for c in step.citations:
            document.add_paragraph(
                f"依据：《{c.short or c.law}》（{c.version}）{c.article}：“{c.quote}”", style="List Bullet"
            )
        for note in step.cultural_notes:
            document.add_paragraph(f"文化提示：{note.title}——{note.text}", style="List Bullet")
        for p in step.phrases:
            foreign = f" / {p.foreign}" if p.foreign else ""
            document.add_paragraph(f"用语：{p.zh}{foreign}", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_pdf(sop: SOP) -> bytes:
    """The procedure as a PDF (A4, Chinese in the STSong-Light CID font)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=15, wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=base, fontSize=16, leading=22, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("small", parent=base, fontSize=9.5, leading=13, leftIndent=10)
    flow = [Paragraph(escape(sop.title), h1), Paragraph(escape(f"场景：{sop.scenario}"), base)]
    for notice in sop.notices:
        flow.append(Paragraph(escape(notice), small))
    for step in sop.steps:
        flow.append(Paragraph(escape(f"第{step.n}步 {step.title}".strip()), h2))
        flow.append(Paragraph(escape(f"做法：{step.action}"), base))
        flow.append(Paragraph(escape(f"理由：{step.why}"), base))
        for c in step.citations:
            flow.append(
                Paragraph(escape(f"依据：《{c.short or c.law}》（{c.version}）{c.article}：“{c.quote}”"), small)
            )
        for note in step.cultural_notes:
            flow.append(Paragraph(escape(f"文化提示：{note.title}——{note.text}"), small))
        for p in step.phrases:
            # Arabic and other scripts the CID font lacks are left to the Markdown/DOCX exports.
            flow.append(Paragraph(escape(f"用语：{p.zh}"), small))
        flow.append(Spacer(1, 4))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=sop.title, leftMargin=50, rightMargin=50).build(flow)
    return buffer.getvalue()


def export(sop: SOP, fmt: Format) -> bytes:
    """Bytes of the export in ``fmt``."""
    if fmt == "md":
        return to_markdown(sop).encode("utf-8")
    if fmt == "docx":
        return to_docx(sop)
    if fmt == "pdf":
        return to_pdf(sop)
    raise ValueError(f"unknown export format {fmt!r}; use md, docx or pdf")
