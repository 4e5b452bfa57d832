"""Chinese numerals as used in article headings (第二百八十七条之二) and their conversion."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

#: Characters that may appear in a Chinese article number.
CN_NUM_CHARS = "零〇一二两三四五六七八九十百千"


def cn_to_int(text: str) -> int:
    """Convert a Chinese (or ASCII/full-width digit) numeral to an int.

    >>> cn_to_int("二百八十七"), cn_to_int("十"), cn_to_int("一百零五"), cn_to_int("357")
    (287, 10, 105, 357)
    """
    text = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def int_to_cn(n: int) -> str:
    """Convert 1..9999 to the Chinese numeral used in statute headings.

    >>> int_to_cn(287), int_to_cn(10), int_to_cn(105), int_to_cn(12), int_to_cn(110)
    ('二百八十七', '十', '一百零五', '十二', '一百一十')
    """
    if not 0 < n < 10000:
        raise ValueError(f"article number out of range: {n}")
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    zero_pending = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit_value % 10
        if d == 0:
            if parts:
                zero_pending = True
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        if not (unit == "十" and d == 1 and not parts):
            parts.append(digits[d])
        parts.append(unit)
    return "".join(parts)


def article_heading(number: int, sub: int = 0) -> str:
    """The heading as statutes write it: ``article_heading(287, 2) == '第二百八十七条之二'``."""
    return f"第{int_to_cn(number)}条" + (f"之{int_to_cn(sub)}" if sub else "")
