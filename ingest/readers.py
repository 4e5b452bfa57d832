"""Read source files of every supported format into text (or records), with clear errors.

.md/.markdown/.txt (UTF-8, GB18030 accepted for .txt), .docx (python-docx: headings become
``#``/``##`` lines), .pdf (pypdf text layer; a PDF without one is reported as needing OCR, an
encrypted one as encrypted), .jsonl (one JSON object per line), .toml (taboo notes).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf", ".jsonl", ".toml"}
MAX_FILE_BYTES = 20 * 1024 * 1024
#: A PDF page with fewer extractable characters than this is taken to be a scanned image.
MIN_CHARS_PER_PAGE = 20


class ReadError(ValueError):
    """The file cannot be read as a source (empty, encrypted, scanned, not text, too large)."""


@dataclass
class ReadResult:
    """The text of a file, or its records for JSONL/TOML."""

    format: str
    text: str = ""
    records: list[dict[str, Any]] = field(default_factory=list)
    pages: int | None = None


def read_source(path: Path) -> ReadResult:
    """Read ``path``; raises :class:`ReadError` naming the problem."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"unsupported file type {suffix!r}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"unreadable: {exc.strerror}") from exc
    if size == 0:
        raise ReadError("file is empty")
    if size > MAX_FILE_BYTES:
        raise ReadError(f"file is {size} bytes, above the {MAX_FILE_BYTES}-byte limit")
    if suffix in TEXT_SUFFIXES:
        return ReadResult("text", text=_read_text(path, allow_gb18030=suffix == ".txt"))
    if suffix == ".docx":
        return ReadResult("docx", text=_read_docx(path))
    if suffix == ".pdf":
        text, pages = _read_pdf(path)
        return ReadResult("pdf", text=text, pages=pages)
    if suffix == ".jsonl":
        return ReadResult("jsonl", records=_read_jsonl(path))
    return ReadResult("toml", text=_read_text(path, allow_gb18030=False))


def _read_text(path: Path, allow_gb18030: bool) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if not allow_gb18030:
            raise ReadError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise ReadError(f"neither UTF-8 nor GB18030 text (bad byte at {exc.start})") from None
    if "\x00" in text:
        raise ReadError("binary data in a text file")
    if not text.strip():
        raise ReadError("file has no text")
    return text


def _read_docx(path: Path) -> str:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ReadError("python-docx is not installed") from exc
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ReadError(f"not a readable .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise ReadError(f"not a readable .docx file ({type(exc).__name__})") from None
    lines: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        if style.startswith("Heading 1") or style == "Title":
            lines.append(f"# {text}")
        elif style.startswith("Heading"):
            lines.append(f"## {text}")
        else:
            lines.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                lines.append("：".join(cells) if len(cells) == 2 else " ".join(cells))
    text = "\n".join(lines)
    if not text.strip():
        raise ReadError("the .docx file has no text")
    return text


def _read_pdf(path: Path) -> tuple[str, int]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ReadError("pypdf is not installed") from exc
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))  # PasswordType.NOT_DECRYPTED is 0
            except Exception:
                opened = False
            if not opened:
                raise ReadError("encrypted PDF (password protected)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__})") from None
    except Exception as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__})") from None
    chars = sum(len("".join(p.split())) for p in pages)
    if not pages or chars < MIN_CHARS_PER_PAGE * len(pages):
        raise ReadError(f"PDF has no text layer ({len(pages)} page(s), {chars} characters): needs OCR, not stored")
    return unwrap("\n".join(pages)), len(pages)


_LINE_END = re.compile(r"[。！？!?；;：:】）)」]$")
_LINE_START = re.compile(
    r"^(?:#|【|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|（[一二三四五六七八九十]+）|[\u4e00-\u9fa5]{2,8}[：:])"
)


def unwrap(text: str) -> str:
    """Join the lines a PDF wrapped mid-sentence, so values split at a line end are whole again."""
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            out.append("")
            continue
        previous_is_field = bool(out and re.match(r"^[\u4e00-\u9fa5]{2,8}[：:]", out[-1]) and len(out[-1]) < 60)
        if out and out[-1] and not previous_is_field and not _LINE_END.search(out[-1]) and not _LINE_START.match(line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    text = _read_text(path, allow_gb18030=False)
    records: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(f"line {n}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise ReadError(f"line {n}: expected a JSON object")
        records.append(record)
    if not records:
        raise ReadError("no records")
    return records
