"""Delimited tables in case text: which column a value sits in, and that column's header.

Exports from hotel, rental and bank systems are pasted into case files as rows of pipe-, tab-,
semicolon- or comma-separated cells, Markdown tables included. A value in such a row has no label
next to it: its label is the column name in the header line, however far above. :func:`cells`
finds the header lines and the cells of the rows under them, so that a recognizer can read a cell's
column name as its context word ("出生日期" for "19910626", "Passport No." for "652598048").

A header line is a delimited line whose cells are mostly short words without digits; the rows are
the later lines with the same delimiter and the same number of cells (a trailing delimiter
allowed), up to the next header. Nothing here is specific to one export's column names.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Delimiters, and how many a line needs to count as a table line (prose has commas).
DELIMITERS = (("|", 2), ("\t", 2), (";", 2), (",", 3))
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Cell:
    """One cell of a table row: its span (stripped of spaces and quotes) and its column's header."""

    start: int
    end: int
    header: str


def _split(line: str, offset: int, delim: str) -> list[tuple[int, int]]:
    """Cell spans of one line, stripped of spaces and quotes; Markdown's outer pipes dropped."""
    spans: list[tuple[int, int]] = []
    bounds: list[tuple[int, int]] = []
    begin, quoted = 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted  # a quoted cell may hold the delimiter ("IVANOVA, EKATERINA")
        elif ch == delim and not quoted:
            bounds.append((begin, i))
            begin = i + 1
    bounds.append((begin, len(line)))
    for start, end in bounds:
        while start < end and line[start] in " \t\"'":
            start += 1
        while end > start and line[end - 1] in " \t\"'\r":
            end -= 1
        spans.append((offset + start, offset + end))
    # Markdown rows open and close with a pipe; a row that only opens with one has an empty first
    # cell ("|131 1971 4401|WÓJCIK Michał|…" under a header without outer pipes).
    stripped = line.strip()
    if delim == "|" and stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        spans = spans[1:-1]
    return spans


def _is_header(texts: list[str]) -> bool:
    filled = [t for t in texts if t]
    if len(filled) < 2:
        return False
    wordy = [t for t in filled if _wordy(t)]
    return len(wordy) >= max(2, int(0.75 * len(filled) + 0.5))


def _wordy(t: str) -> bool:
    return bool(t) and not _DIGIT.search(t) and len(t) <= 30 and "@" not in t


#: A fixed-width column gap: two or more spaces (a single space sits inside values: "+44 7446 766632").
_GAP = re.compile(r" {2,}")
_RULE = re.compile(r"^\s*[-=_+| ]{3,}\s*$")


def _fixed_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Cell spans of a space-aligned line: runs of text between gaps of two or more spaces."""
    spans, pos = [], 0
    for m in _GAP.finditer(line):
        if m.start() > pos:
            spans.append((offset + pos, offset + m.start()))
        pos = m.end()
    tail = line.rstrip(" \r")
    if len(tail) > pos:
        spans.append((offset + pos, offset + len(tail)))
    return spans


def _columns(line: str, offset: int, spans: list[tuple[int, int]]) -> list[int]:
    """Display columns where the cells start: wide (CJK) characters take two, as exports pad them."""
    out, col, pos = [], 0, offset
    for s, _ in spans:
        col += sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[pos - offset : s - offset])
        pos = s
        out.append(col)
    return out


def _fixed_width(text: str, lines: list[tuple[int, str]]) -> list[Cell]:
    """Cells of space-aligned tables (fixed-width exports): a header of three or more wordy cells
    apart by two or more spaces, then the rows under it up to a blank line. A row cell belongs to the
    header column that starts at or just before it, so empty cells keep the columns in place."""
    found: list[Cell] = []
    header: list[tuple[int, str]] | None = None  # (display column where it starts, name)
    for offset, line in lines:
        if "\t" in line or not line.strip():
            header = None
            continue
        if _RULE.match(line):
            continue
        spans = _fixed_cells(line, offset)
        texts = [text[s:e] for s, e in spans]
        if len(spans) >= 3 and _is_header(texts) and (header is None or not _row_like(texts)):
            header = [(c, t.lower()) for c, t in zip(_columns(line, offset, spans), texts, strict=True)]
            continue
        if header is None:
            continue
        if len(spans) < 2 and not line.startswith(" "):
            header = None  # a line of prose ends the table ("Total: 5 rows")
            continue
        starts = [c for c, _ in header]
        for (s, e), col in zip(spans, _columns(line, offset, spans), strict=True):
            i = bisect.bisect_right(starts, col + 1) - 1
            if i >= 0:
                found.append(Cell(s, e, header[i][1]))
    return found


@lru_cache(maxsize=64)
def _table_cells(text: str) -> tuple[tuple[int, ...], tuple[Cell, ...]]:
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    found: list[Cell] = []
    for delim, minimum in DELIMITERS:
        header: list[str] | None = None
        width = 0
        rows: list[list[tuple[int, int]]] = []
        previous_in_table = False
        for offset, line in lines:
            if line.count(delim) < minimum or _MD_RULE.match(line):
                previous_in_table = previous_in_table and bool(_MD_RULE.match(line))
                continue
            spans = _split(line, offset, delim)
            texts = [text[s:e] for s, e in spans]
            # A wordy line right under the table's rows is a row of words (a name and a country),
            # not a new header, unless it repeats the header.
            continuing = previous_in_table and header is not None and len(spans) == width
            repeat = continuing and [t.lower() for t in texts] == header
            if (
                _is_header(texts)
                and (not continuing or repeat)
                and (header is None or len(spans) != width or not _row_like(texts) or repeat)
            ):
                found.extend(_row_cells(text, header, rows))
                header, width, rows = [t.lower() for t in texts], len(spans), []
                previous_in_table = True
                continue
            if header is None:
                continue
            if len(spans) == width + 1 and not texts[-1]:
                spans = spans[:-1]
            if len(spans) != width:
                previous_in_table = False
                continue
            rows.append(spans)
            previous_in_table = True
        found.extend(_row_cells(text, header, rows))
    found.extend(_fixed_width(text, lines))
    found.sort(key=lambda c: c.start)
    return tuple(c.start for c in found), tuple(found)


def _row_cells(text: str, header: list[str] | None, rows: list[list[tuple[int, int]]]) -> list[Cell]:
    """The cells of one table. A table with a label column (two to four columns, every row opening
    with a wordy cell: "出生日期 | 1973/11/07 | 06/02/1992") is read across: a value's context is its
    row's label as well as its column's name."""
    if header is None or not rows:
        return []
    firsts = [text[r[0][0] : r[0][1]] for r in rows]
    across = len(header) <= 4 and len(rows) >= 3 and all(_wordy(f) for f in firsts) and len(set(firsts)) == len(firsts)
    out = []
    for row, first in zip(rows, firsts, strict=True):
        for i, (s, e) in enumerate(row):
            name = header[i]
            if across and i > 0:
                name = f"{name} {first.lower()}".strip()
            if e > s and name:
                out.append(Cell(s, e, name))
    return out


def _row_like(texts: list[str]) -> bool:
    """A line that could be a row of the table above: some cell holds a digit or an @."""
    return any(_DIGIT.search(t) or "@" in t for t in texts)


def cells(text: str) -> tuple[Cell, ...]:
    """Every cell under a header in ``text``, in text order."""
    return _table_cells(text)[1]


def header_at(text: str, start: int, end: int) -> str | None:
    """The lower-cased header of the cell that holds ``text[start:end]`` (None: not in a table)."""
    if "\n" not in text:
        return None
    starts, found = _table_cells(text)
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and found[i].start <= start and end <= found[i].end:
        return found[i].header
    return None
