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
    if delim == "|" and line.strip().startswith("|"):
        spans = spans[1:]
    if delim == "|" and line.strip().endswith("|"):
        spans = spans[:-1]
    return spans


def _is_header(texts: list[str]) -> bool:
    filled = [t for t in texts if t]
    if len(filled) < 2:
        return False
    wordy = [t for t in filled if not _DIGIT.search(t) and len(t) <= 30 and "@" not in t]
    return len(wordy) >= max(2, int(0.75 * len(filled) + 0.5))


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
        for offset, line in lines:
            if line.count(delim) < minimum or _MD_RULE.match(line):
                continue
            spans = _split(line, offset, delim)
            texts = [text[s:e] for s, e in spans]
            if _is_header(texts) and (header is None or len(spans) != width or not _row_like(texts)):
                header, width = [t.lower() for t in texts], len(spans)
                continue
            if header is None:
                continue
            if len(spans) == width + 1 and not texts[-1]:
                spans = spans[:-1]
            if len(spans) != width:
                continue
            found.extend(Cell(s, e, header[i]) for i, (s, e) in enumerate(spans) if e > s and header[i])
    found.sort(key=lambda c: c.start)
    return tuple(c.start for c in found), tuple(found)


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
