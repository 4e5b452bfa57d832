#!/usr/bin/env python3
"""Write the held-out synthetic PII evaluation family K (K10): 120 documents.

Everything here is invented: people, addresses, accounts and document numbers are random and
merely pass their checksums (GB 11643 MOD 11-2, Luhn, ISO 13616 mod-97, ICAO 9303 7-3-1).

    python3 scripts/make_pii_heldout_k.py            # writes eval/data/pii_heldout_k.jsonl

Python 3 standard library only; fixed seed 8861, so the output is byte-for-byte deterministic.
30 documents each in "zh", "en", "ru" (Russian mixed with Chinese) and "ar" (Arabic mixed with
Chinese), 30 layouts x 4 documents (one per language).  The script checks its own output with
assertions (offsets, overlaps, checksums, unannotated copies of values, counts) before writing.
"""
# The templates below are long lines of multilingual document text, kept whole so they read as documents.
# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

SEED = 8861
FAMILY = "K10"
LANGS = ("zh", "en", "ru", "ar")
TYPES = (
    "person_name", "phone", "address", "im_handle", "email", "bank_card", "iban", "id_card",
    "passport", "mrz", "visa", "residence_permit", "permanent_residence", "date_of_birth", "plate",
)
OUT = Path(__file__).resolve().parent.parent / "eval" / "data" / "pii_heldout_k.jsonl"

R = random.Random(SEED)


# ----------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------
class Doc:
    """Text assembled from literal pieces and annotated values; offsets are computed as we go."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0
        self.meta: list[tuple] = []  # internal checks (e.g. which MRZ lines form one zone)

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, val: str) -> Doc:
        assert typ in TYPES, typ
        assert val and val == val.strip(), repr(val)
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "value": val})
        self.parts.append(val)
        self.n += len(val)
        return self

    _tok = re.compile(r"(\{\{|\}\}|\{[A-Za-z_][A-Za-z_0-9]*\})")

    def f(self, template: str, **kw) -> Doc:
        """Template with {key} placeholders: a (type, value) tuple is annotated, a str is text."""
        for piece in self._tok.split(template):
            if not piece:
                continue
            if piece == "{{":
                self.t("{")
            elif piece == "}}":
                self.t("}")
            elif piece.startswith("{") and piece.endswith("}"):
                x = kw[piece[1:-1]]
                if isinstance(x, tuple):
                    self.v(x[0], x[1])
                elif isinstance(x, list):  # a run of pieces, each str or (type, value)
                    for y in x:
                        if isinstance(y, tuple):
                            self.v(y[0], y[1])
                        else:
                            self.t(y)
                else:
                    self.t(str(x))
            else:
                self.t(piece)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def pick(seq):
    return R.choice(seq)


def chance(p: float) -> bool:
    return R.random() < p


def digits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def letters(n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


# ----------------------------------------------------------------------------------------------
# digit scripts
# ----------------------------------------------------------------------------------------------
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FW_DIGITS = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-+ ",
                          "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ－＋　")
ZH_SPOKEN = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "拐",
             "8": "八", "9": "九"}
ZH_SPOKEN_PLAIN = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
                   "7": "七", "8": "八", "9": "九"}
SPOKEN_BACK = {"零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3",
               "四": "4", "五": "5", "六": "6", "拐": "7", "七": "7", "八": "8", "九": "9", "勾": "9"}


def ar_digits(s: str) -> str:
    return s.translate(AR_DIGITS)


def fullwidth(s: str) -> str:
    return s.translate(FW_DIGITS)


def spoken_zh(s: str, plain: bool = False, sep: str = "") -> str:
    table = ZH_SPOKEN_PLAIN if plain else ZH_SPOKEN
    return sep.join(table.get(c, c) for c in s)


def norm_digits(s: str) -> str:
    """Map any decimal digit (Arabic-Indic, full-width, spoken Chinese) to ASCII; keep the rest."""
    out = []
    for c in s:
        if c in SPOKEN_BACK:
            out.append(SPOKEN_BACK[c])
            continue
        d = unicodedata.decimal(c, None)
        if d is not None:
            out.append(str(d))
        else:
            out.append(unicodedata.normalize("NFKC", c))
    return "".join(out)


def alnum(s: str) -> str:
    return "".join(c for c in norm_digits(s) if c.isalnum()).upper()


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ----------------------------------------------------------------------------------------------
# checksums
# ----------------------------------------------------------------------------------------------
W11 = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def mod11_2(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, W11, strict=True)) % 11]


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_num(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return s[:2].isalpha() and s[2:4].isdigit() and len(s) == IBAN_LEN.get(s[:2], -1) and iban_num(s) % 97 == 1


def mrz_val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_cd(s: str) -> str:
    return str(sum(mrz_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
REGIONS = {  # administrative division codes used for resident ID numbers (real prefixes)
    "大连": "210204", "沈阳": "210102", "哈尔滨": "230103", "绥芬河": "231081", "珲春": "222404",
    "满洲里": "150781", "乌鲁木齐": "650102", "广州": "440104", "深圳": "440304", "义乌": "330782",
    "北京": "110105", "上海": "310115", "昆明": "530102", "东兴": "450681", "成都": "510107",
    "银川": "640104", "青岛": "370202", "杭州": "330106", "长春": "220102", "黑河": "231102",
}
PROV2 = {"大连": "21", "沈阳": "21", "哈尔滨": "23", "绥芬河": "23", "珲春": "22", "满洲里": "15",
         "乌鲁木齐": "65", "广州": "44", "深圳": "44", "义乌": "33", "北京": "11", "上海": "31",
         "昆明": "53", "东兴": "45", "成都": "51", "银川": "64", "青岛": "37", "杭州": "33", "长春": "22",
         "黑河": "23"}


def gen_id_card(dob: dt.date, sex: str, city: str | None = None) -> str:
    region = REGIONS[city] if city else pick(list(REGIONS.values()))
    seq = digits(2) + pick("13579" if sex == "M" else "02468")
    body = region + dob.strftime("%Y%m%d") + seq
    return body + mod11_2(body)


ISO_NUM = {"RUS": "643", "KAZ": "398", "UKR": "804", "BLR": "112", "KGZ": "417", "UZB": "860",
           "EGY": "818", "SAU": "682", "JOR": "400", "SYR": "760", "IRQ": "368", "MAR": "504",
           "YEM": "887", "ARE": "784", "SDN": "729", "DZA": "012", "GBR": "826", "USA": "840",
           "CAN": "124", "AUS": "036", "NGA": "566", "IND": "356", "PAK": "586", "DEU": "276",
           "ITA": "380", "FRA": "250", "IRL": "372", "ZAF": "710", "GHA": "288", "KOR": "410",
           "VNM": "704", "MNG": "496", "NZL": "554"}


def gen_pr_new(nat3: str, dob: dt.date, city: str) -> str:
    while True:
        body = "9" + PROV2[city] + ISO_NUM[nat3] + dob.strftime("%Y%m%d") + digits(3)
        c = mod11_2(body)
        if c != "X":
            return body + c


def gen_pr_old(nat3: str, dob: dt.date, city: str) -> str:
    return nat3 + PROV2[city] + dob.strftime("%y%m%d") + digits(4)


def pr_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if re.fullmatch(r"[A-Z]{3}\d{12}", s):
        return True
    return bool(re.fullmatch(r"9\d{17}", s)) and mod11_2(s[:17]) == s[17]


CN_MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                    "152", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                    "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
                    "193", "195", "198", "199")
CN_AREA = {"大连": ("0411", 8), "沈阳": ("024", 8), "哈尔滨": ("0451", 8), "绥芬河": ("0453", 7),
           "珲春": ("0433", 7), "满洲里": ("0470", 7), "乌鲁木齐": ("0991", 7), "广州": ("020", 8),
           "深圳": ("0755", 8), "义乌": ("0579", 8), "北京": ("010", 8), "上海": ("021", 8),
           "昆明": ("0871", 8), "东兴": ("0770", 7), "成都": ("028", 8), "银川": ("0951", 7),
           "青岛": ("0532", 8), "杭州": ("0571", 8), "长春": ("0431", 8), "黑河": ("0456", 7)}


def gen_cn_mobile_raw() -> str:
    return pick(CN_MOBILE_PREFIX) + digits(8)


def fmt_cn_mobile(raw: str, style: str) -> str:
    a, b, c = raw[:3], raw[3:7], raw[7:]
    return {
        "plain": raw, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "intl": f"+86 {a} {b} {c}",
        "intl2": f"+86-{raw}", "0086": f"0086 {raw}", "paren": f"(+86){raw}", "fw": fullwidth(raw),
        "ar": ar_digits(raw), "spoken": spoken_zh(raw), "spoken_plain": spoken_zh(raw, plain=True),
        "intlc": f"+86{raw}",
    }[style]


def gen_cn_landline(city: str, style: str = "dash") -> str:
    code, n = CN_AREA[city]
    num = digits(n, first_nonzero=True)
    if num[0] in "01":
        num = pick("2345678") + num[1:]
    if style == "dash":
        return f"{code}-{num}"
    if style == "paren":
        return f"({code}){num[:-4]} {num[-4:]}"
    if style == "intl":
        return f"+86 {code[1:]} {num}"
    return f"{code} {num[:-4]} {num[-4:]}"


def gen_foreign_phone(cc3: str, style: str = "intl") -> str:
    """Mobile numbers shaped as in each country; style 'intl' (+cc) or 'local' (trunk prefix)."""
    if cc3 in ("RUS",):
        op = pick(("914", "916", "924", "902", "908", "964", "984", "985", "926", "903"))
        d7 = digits(7)
        if style == "local":
            return pick((f"8 ({op}) {d7[:3]}-{d7[3:5]}-{d7[5:]}", f"8{op}{d7}", f"8 {op} {d7[:3]} {d7[3:5]} {d7[5:]}"))
        return pick((f"+7 ({op}) {d7[:3]}-{d7[3:5]}-{d7[5:]}", f"+7{op}{d7}", f"+7 {op} {d7[:3]}-{d7[3:5]}-{d7[5:]}"))
    if cc3 == "KAZ":
        op, d7 = pick(("701", "702", "705", "707", "747", "777", "771")), digits(7)
        return f"+7 {op} {d7[:3]} {d7[3:5]} {d7[5:]}" if style == "intl" else f"8 {op} {d7[:3]} {d7[3:5]} {d7[5:]}"
    if cc3 == "BLR":
        op, d7 = pick(("29", "33", "44", "25")), digits(7)
        return f"+375 {op} {d7[:3]}-{d7[3:5]}-{d7[5:]}" if style == "intl" else f"8 0{op} {d7}"
    if cc3 == "UKR":
        op, d7 = pick(("67", "50", "63", "93", "97", "66")), digits(7)
        return f"+380 {op} {d7[:3]} {d7[3:5]} {d7[5:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:5]} {d7[5:]}"
    if cc3 == "KGZ":
        op, d6 = pick(("555", "700", "772", "550", "990")), digits(6)
        return f"+996 {op} {d6[:3]} {d6[3:]}" if style == "intl" else f"0{op} {d6}"
    if cc3 == "UZB":
        op, d7 = pick(("90", "91", "93", "94", "97", "99")), digits(7)
        return f"+998 {op} {d7[:3]} {d7[3:5]} {d7[5:]}" if style == "intl" else f"+998{op}{d7}"
    if cc3 == "EGY":
        op, d8 = pick(("10", "11", "12", "15")), digits(8)
        return f"+20 {op} {d8[:4]} {d8[4:]}" if style == "intl" else f"0{op}{d8}"
    if cc3 == "SAU":
        op, d7 = pick(("50", "53", "54", "55", "56", "59")), digits(7)
        return f"+966 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "ARE":
        op, d7 = pick(("50", "52", "54", "55", "56", "58")), digits(7)
        return f"+971 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "JOR":
        op, d7 = pick(("77", "78", "79")), digits(7)
        return f"+962 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "SYR":
        op, d7 = pick(("93", "94", "95", "96", "98", "99")), digits(7)
        return f"+963 9{op[1]}{d7[0]} {d7[1:4]} {d7[4:]}" if style == "intl" else f"09{op[1]}{d7}"
    if cc3 == "IRQ":
        op, d7 = pick(("750", "770", "780", "790", "751", "771")), digits(7)
        return f"+964 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "MAR":
        op, d7 = pick(("61", "66", "67", "68", "70")), digits(7)
        return f"+212 6{op[1]}{d7[0]}-{d7[1:]}" if style == "intl" else f"06{op[1]}{d7}"
    if cc3 == "YEM":
        op, d6 = pick(("77", "73", "71", "70")), digits(7)
        return f"+967 {op}{d6[0]} {d6[1:4]} {d6[4:]}" if style == "intl" else f"{op}{d6}"
    if cc3 == "SDN":
        op, d7 = pick(("91", "92", "99", "12", "11")), digits(7)
        return f"+249 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "DZA":
        op, d8 = pick(("5", "6", "7")), digits(8)
        return f"+213 {op}{d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}" if style == "intl" else f"0{op}{d8}"
    if cc3 in ("GBR",):
        d9 = "7" + pick("4579") + digits(8)
        return f"+44 {d9[:4]} {d9[4:]}" if style == "intl" else f"0{d9[:4]} {d9[4:]}"
    if cc3 == "IRL":
        op, d7 = pick(("83", "85", "86", "87")), digits(7)
        return f"+353 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 in ("USA", "CAN"):
        area = pick(("415", "212", "646", "312", "617", "206", "713", "305") if cc3 == "USA" else ("416", "604", "514", "403"))
        ex, ln = pick("23456789") + digits(2), digits(4)
        return pick((f"+1 ({area}) {ex}-{ln}", f"+1 {area}-{ex}-{ln}")) if style == "intl" else f"({area}) {ex}-{ln}"
    if cc3 == "AUS":
        d8 = digits(8)
        return f"+61 4{d8[:2]} {d8[2:5]} {d8[5:]}" if style == "intl" else f"04{d8[:2]} {d8[2:5]} {d8[5:]}"
    if cc3 == "NZL":
        d7 = digits(7)
        return f"+64 21 {d7[:3]} {d7[3:]}" if style == "intl" else f"021 {d7[:3]} {d7[3:]}"
    if cc3 == "NGA":
        op, d7 = pick(("803", "806", "813", "816", "703", "805", "807", "809")), digits(7)
        return f"+234 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "GHA":
        op, d7 = pick(("24", "54", "20", "55")), digits(7)
        return f"+233 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "IND":
        d9 = digits(9)
        return f"+91 9{d9[:4]} {d9[4:]}" if style == "intl" else f"09{d9}"
    if cc3 == "PAK":
        op, d7 = pick(("300", "301", "321", "333", "345")), digits(7)
        return f"+92 {op} {d7}" if style == "intl" else f"0{op}-{d7}"
    if cc3 == "DEU":
        op, d8 = pick(("151", "160", "170", "176", "157")), digits(8)
        return f"+49 {op} {d8}" if style == "intl" else f"0{op} {d8}"
    if cc3 == "ITA":
        op, d7 = pick(("333", "347", "340", "320", "389")), digits(7)
        return f"+39 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"{op} {d7[:3]} {d7[3:]}"
    if cc3 == "FRA":
        d8 = digits(8)
        return f"+33 6 {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}" if style == "intl" else f"06 {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}"
    if cc3 == "ZAF":
        op, d7 = pick(("72", "73", "76", "82", "83", "84")), digits(7)
        return f"+27 {op} {d7[:3]} {d7[3:]}" if style == "intl" else f"0{op} {d7[:3]} {d7[3:]}"
    if cc3 == "KOR":
        d8 = digits(8)
        return f"+82 10-{d8[:4]}-{d8[4:]}" if style == "intl" else f"010-{d8[:4]}-{d8[4:]}"
    if cc3 == "VNM":
        op, d7 = pick(("90", "91", "93", "97", "98", "86")), digits(7)
        return f"+84 {op} {d7[:3]} {d7[3:5]} {d7[5:]}" if style == "intl" else f"0{op}{d7}"
    if cc3 == "MNG":
        op, d6 = pick(("99", "88", "95", "80")), digits(6)
        return f"+976 {op}{d6[:2]} {d6[2:]}" if style == "intl" else f"{op}{d6}"
    raise KeyError(cc3)


# bank cards: (issuer label, prefix, length)
CN_CARD_BINS = (("中国工商银行", "622202", 19), ("中国农业银行", "622848", 19), ("中国建设银行", "621700", 19),
                ("招商银行", "622588", 16), ("中国银行", "621661", 19), ("交通银行", "622262", 19),
                ("中国邮政储蓄银行", "621799", 19), ("平安银行", "623058", 19), ("兴业银行", "622909", 18),
                ("中信银行", "622690", 16))
FOREIGN_CARD_BINS = {"RUS": (("Сбербанк", "2202", 16), ("Т-Банк", "2200", 16), ("ВТБ", "2200", 16), ("Сбербанк Visa", "4276", 16)),
                     "KAZ": (("Kaspi Gold", "4400", 16), ("Halyk", "4405", 16)),
                     "default": (("Visa", "4", 16), ("Mastercard", "5", 16))}


def gen_card(kind: str = "cn") -> tuple[str, str]:
    if kind == "cn":
        bank, pre, n = pick(CN_CARD_BINS)
    else:
        bank, pre, n = pick(FOREIGN_CARD_BINS.get(kind, FOREIGN_CARD_BINS["default"]))
        if pre == "5":
            pre = "5" + pick("12345")
        if pre == "4":
            pre = "4" + digits(1)
    return bank, luhn_complete(pre + digits(max(0, 6 - len(pre))), n)


def fmt_card(raw: str, style: str) -> str:
    if style == "plain":
        return raw
    if style == "space":
        return group4(raw)
    if style == "dash":
        return group4(raw, "-")
    if style == "fw":
        return fullwidth(raw)
    if style == "ar":
        return ar_digits(group4(raw))
    if style == "spoken":
        return spoken_zh(raw)
    raise KeyError(style)


# ISO 13616 registry lengths and a BBAN pattern (n = digit, a = letter, c = alphanumeric)
IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10n11n2", "IT": "a1n10n12", "AE": "n19", "SA": "n2n18",
             "EG": "n25", "JO": "a4n4n18", "KZ": "n3n13", "TR": "n5n1n16", "UA": "n6n19", "BY": "a4n4n16",
             "QA": "a4n21", "KW": "a4n22", "BH": "a4n14", "LB": "n4n20", "IQ": "a4n3n12", "NL": "a4n10",
             "ES": "n20", "IE": "a4n14", "GE": "a2n16"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "IT": 27, "AE": 23, "SA": 24, "EG": 29, "JO": 30, "KZ": 20,
            "TR": 26, "UA": 29, "BY": 28, "QA": 29, "KW": 30, "BH": 22, "LB": 28, "IQ": 23, "NL": 18,
            "ES": 24, "IE": 22, "GE": 22}
IBAN_BANKS = {"GB": ("NWBK", "BARC", "HBUK", "LOYD", "MIDL"), "IE": ("AIBK", "BOFI"), "NL": ("INGB", "ABNA", "RABO"),
              "QA": ("QNBA", "CBQA"), "KW": ("NBOK", "KFHO"), "BH": ("NBOB", "BBKU"), "JO": ("ARAB", "HBHO"),
              "IQ": ("RAFI", "NBIQ"), "BY": ("ALFA", "BPSB", "AKBB"), "GE": ("TB", "BG"), "IT": ("X", "Y")}


def gen_iban(cc: str) -> str:
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, n in re.findall(r"([anc])(\d+)", spec):
        n = int(n)
        if kind == "a":
            bank = [b for b in IBAN_BANKS.get(cc, ()) if len(b) == n]
            bban += pick(bank) if bank else letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            bban += digits(n)
    tmp = cc + "00" + bban
    chk = 98 - iban_num(tmp) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    return s


# passports: pattern per issuing state; "9" = digit, "A" = letter, "X" = alnum (German style)
PP_PATTERN = {"CHN": ("E99999999", "EA9999999", "EB9999999", "EJ9999999"), "RUS": ("99 9999999",), "KAZ": ("N99999999",),
              "UKR": ("FX999999", "GA999999"), "BLR": ("MP9999999", "HB9999999"), "KGZ": ("AC9999999",),
              "UZB": ("FA9999999", "AD9999999"), "EGY": ("A99999999",), "SAU": ("A9999999", "W9999999"),
              "JOR": ("N999999", "R999999"), "SYR": ("N99999999",), "IRQ": ("A9999999", "B9999999"),
              "MAR": ("AB9999999", "BZ9999999"), "YEM": ("09999999",), "ARE": ("N9999999",), "SDN": ("P99999999",),
              "DZA": ("199999999",), "GBR": ("199999999", "599999999"), "USA": ("A99999999", "599999999"),
              "CAN": ("AB999999", "HK999999"), "AUS": ("PA9999999", "RA9999999"), "NGA": ("A99999999", "B99999999"),
              "IND": ("K9999999", "T9999999", "Z9999999"), "PAK": ("AB9999999", "CK9999999"), "DEU": ("CXXXXXXXX",),
              "ITA": ("YA9999999", "YB9999999"), "FRA": ("99AA99999",), "IRL": ("PA9999999", "PB9999999"),
              "ZAF": ("A99999999", "M99999999"), "GHA": ("G9999999",), "KOR": ("M999A9999", "M99999999"),
              "VNM": ("C9999999", "N9999999"), "MNG": ("E9999999",), "NZL": ("LA999999", "RA999999")}
DE_ALNUM = "0123456789CFGHJKLMNPRTVWXYZ"


def gen_passport(nat3: str) -> str:
    pat = pick(PP_PATTERN[nat3])
    out = []
    for i, c in enumerate(pat):
        if c == "9":
            out.append(R.choice("0123456789") if i else R.choice("123456789"))
        elif c == "X":
            out.append(R.choice(DE_ALNUM))
        elif c == "A" and pat in ("99AA99999",):
            out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    s = "".join(out)
    if nat3 == "FRA":
        s = s[:2] + letters(2) + s[4:]
    if nat3 == "KOR" and len(s) == 9 and s[4] == "A":
        s = s[:4] + pick("ABCDEFGHJKLMNPRSTUVWXYZ") + s[5:]
    return s


def mrz_name_field(sur: str, given: str, width: int = 39) -> str:
    def conv(x: str) -> str:
        x = x.upper().replace("Ü", "UE").replace("Ö", "OE").replace("Ä", "AE").replace("ß", "SS")
        x = unicodedata.normalize("NFKD", x)
        x = "".join(c for c in x if not unicodedata.combining(c))
        x = x.replace("'", "").replace("-", "<").replace(" ", "<").replace(",", "")
        return re.sub(r"[^A-Z<]", "", x)
    s = conv(sur) + "<<" + conv(given)
    s = s[:width]
    return s + "<" * (width - len(s))


def mrz_td3(doc_type: str, issuer: str, sur: str, given: str, number: str, nat: str, dob: dt.date,
            sex: str, expiry: dt.date, personal: str = "") -> tuple[str, str]:
    l1 = (doc_type + "<")[:2] + issuer + mrz_name_field(sur, given)
    num = number.replace(" ", "")
    num9 = (num + "<" * 9)[:9]
    b = dob.strftime("%y%m%d")
    e = expiry.strftime("%y%m%d")
    pers = (personal + "<" * 14)[:14]
    pcd = mrz_cd(pers) if personal else "<"
    l2 = num9 + mrz_cd(num9) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + pers + pcd
    comp = mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    l2 += comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, l2


def mrz_mrva(issuer: str, sur: str, given: str, number: str, nat: str, dob: dt.date, sex: str,
             expiry: dt.date, optional: str = "") -> tuple[str, str]:
    l1 = "V<" + issuer + mrz_name_field(sur, given)
    num9 = (number + "<" * 9)[:9]
    b, e = dob.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    opt = (optional + "<" * 16)[:16]
    l2 = num9 + mrz_cd(num9) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + opt
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, l2


def mrz_pair_ok(l1: str, l2: str) -> bool:
    if not (re.fullmatch(r"[A-Z0-9<]{44}", l1) and re.fullmatch(r"[A-Z0-9<]{44}", l2)):
        return False
    ok = (mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27])
    if l1[0] == "P":
        pcd_ok = l2[42] == ("<" if l2[28:42] == "<" * 14 else mrz_cd(l2[28:42])) or l2[42] == mrz_cd(l2[28:42])
        ok = ok and pcd_ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    elif l1[0] != "V":
        return False
    return ok


def gen_visa_no() -> str:
    return "V" + digits(8, True)


def gen_rp_no(city: str) -> str:
    return "Y" + PROV2[city] + digits(7)


# Chinese plates
PLATE_PROV = {"大连": ("辽", "B"), "沈阳": ("辽", "A"), "哈尔滨": ("黑", "A"), "绥芬河": ("黑", "C"),
              "珲春": ("吉", "H"), "满洲里": ("蒙", "E"), "乌鲁木齐": ("新", "A"), "广州": ("粤", "A"),
              "深圳": ("粤", "B"), "义乌": ("浙", "G"), "北京": ("京", "N"), "上海": ("沪", "B"),
              "昆明": ("云", "A"), "东兴": ("桂", "P"), "成都": ("川", "A"), "银川": ("宁", "A"),
              "青岛": ("鲁", "B"), "杭州": ("浙", "A"), "长春": ("吉", "A"), "黑河": ("黑", "N")}
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate_cn(city: str, kind: str = "civil", sep: str = "") -> str:
    prov, let = PLATE_PROV[city]
    if kind == "ev":
        return f"{prov}{let}{sep}{pick('DF')}{digits(5)}"
    if kind == "领":
        return f"{prov}{let}{sep}{digits(4)}领"
    if kind == "港":
        return f"粤Z{sep}{digits(4)}港"
    if kind == "澳":
        return f"粤Z{sep}{pick(PLATE_LET)}{digits(3)}澳"
    if kind == "学":
        return f"{prov}{let}{sep}{digits(4)}学"
    if kind == "使":
        return f"使{digits(3)}{sep}{digits(3)}"
    k = R.randint(0, 2)
    body = list(digits(5))
    for i in R.sample(range(5), k):
        body[i] = pick(PLATE_LET)
    return f"{prov}{let}{sep}{''.join(body)}"


RU_PLATE_LET = "АВЕКМНОРСТУХ"


def gen_plate_foreign(cc3: str) -> str:
    if cc3 == "RUS":
        a = pick(RU_PLATE_LET)
        num = digits(3, True)
        b, c = pick(RU_PLATE_LET), pick(RU_PLATE_LET)
        return f"{a}{num}{b}{c} {pick(('25', '125', '27', '75', '38', '77', '54'))}"
    if cc3 == "KAZ":
        return f"{digits(3, True)} {letters(3, 'ABCDEHKMOPTX')} {pick(('02', '01', '17', '05'))}"
    if cc3 == "MNG":
        return f"{digits(4, True)} УБ{pick('АБВГ')}"
    if cc3 == "ARE":
        return f"Dubai {pick('ABCDEFGHIJKLMNOPQRS')} {digits(5, True)}"
    if cc3 == "SAU":
        return f"{letters(3, 'ABDEGHJKLNRSTUVXZ')} {digits(4, True)}"
    if cc3 == "GBR":
        return f"{letters(2)}{digits(2)} {letters(3)}"
    if cc3 == "DEU":
        return f"{pick(('B', 'M', 'HH', 'F', 'K'))}-{letters(2)} {digits(4, True)}"
    return f"{letters(3)} {digits(4, True)}"


# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------
CN_SUR = (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
          ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
          ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"),
          ("韩", "Han"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("谢", "Xie"), ("宋", "Song"))
CN_GIVEN_M = (("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("勇", "Yong"), ("杰", "Jie"), ("涛", "Tao"),
              ("建华", "Jianhua"), ("志强", "Zhiqiang"), ("晓东", "Xiaodong"), ("俊杰", "Junjie"),
              ("浩然", "Haoran"), ("国庆", "Guoqing"), ("文博", "Wenbo"), ("宇航", "Yuhang"),
              ("春生", "Chunsheng"), ("立新", "Lixin"), ("海波", "Haibo"), ("振宇", "Zhenyu"), ("德福", "Defu"))
CN_GIVEN_F = (("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("艳", "Yan"), ("霞", "Xia"),
              ("海燕", "Haiyan"), ("雪梅", "Xuemei"), ("子涵", "Zihan"), ("秀兰", "Xiulan"), ("佳怡", "Jiayi"),
              ("玉珍", "Yuzhen"), ("丽娟", "Lijuan"), ("晓琳", "Xiaolin"), ("春燕", "Chunyan"), ("梦瑶", "Mengyao"))

# Russian-speaking names: (cyrillic, ICAO latin, chinese)
RU_GIVEN_M = (("Иван", "Ivan", "伊万"), ("Пётр", "Petr", "彼得"), ("Сергей", "Sergei", "谢尔盖"),
              ("Алексей", "Aleksei", "阿列克谢"), ("Дмитрий", "Dmitrii", "德米特里"), ("Андрей", "Andrei", "安德烈"),
              ("Николай", "Nikolai", "尼古拉"), ("Михаил", "Mikhail", "米哈伊尔"), ("Егор", "Egor", "叶戈尔"),
              ("Артём", "Artem", "阿尔乔姆"), ("Олег", "Oleg", "奥列格"), ("Тимур", "Timur", "帖木儿"),
              ("Нурлан", "Nurlan", "努尔兰"), ("Рустам", "Rustam", "鲁斯塔姆"), ("Бакыт", "Bakyt", "巴克特"))
RU_GIVEN_F = (("Анна", "Anna", "安娜"), ("Мария", "Mariia", "玛丽亚"), ("Ольга", "Olga", "奥尔加"),
              ("Екатерина", "Ekaterina", "叶卡捷琳娜"), ("Наталья", "Natalia", "娜塔莉娅"), ("Юлия", "Iuliia", "尤利娅"),
              ("Ирина", "Irina", "伊琳娜"), ("Светлана", "Svetlana", "斯韦特兰娜"), ("Дарья", "Daria", "达里娅"),
              ("Оксана", "Oksana", "奥克萨娜"), ("Дилноза", "Dilnoza", "迪尔诺扎"), ("Айгерим", "Aigerim", "艾格丽姆"))
# (cyr male, latin male, chinese male, kind, nations)
RU_SUR = (("Иванов", "Ivanov", "伊万诺夫", "ov", "RUS"), ("Смирнов", "Smirnov", "斯米尔诺夫", "ov", "RUS"),
          ("Кузнецов", "Kuznetsov", "库兹涅佐夫", "ov", "RUS"), ("Соколов", "Sokolov", "索科洛夫", "ov", "RUS"),
          ("Лебедев", "Lebedev", "列别杰夫", "ov", "RUS"), ("Новиков", "Novikov", "诺维科夫", "ov", "RUS"),
          ("Морозов", "Morozov", "莫罗佐夫", "ov", "RUS"), ("Орлов", "Orlov", "奥尔洛夫", "ov", "RUS"),
          ("Зайцев", "Zaitsev", "扎伊采夫", "ov", "RUS"), ("Белов", "Belov", "别洛夫", "ov", "RUS"),
          ("Громов", "Gromov", "格罗莫夫", "ov", "RUS"), ("Тарасов", "Tarasov", "塔拉索夫", "ov", "RUS"),
          ("Ахметов", "Akhmetov", "艾哈迈托夫", "ov", "KAZ"), ("Жумабаев", "Zhumabaev", "朱马巴耶夫", "ov", "KAZ"),
          ("Каримов", "Karimov", "卡里莫夫", "ov", "UZB"), ("Юсупов", "Iusupov", "尤苏波夫", "ov", "UZB"),
          ("Асанов", "Asanov", "阿萨诺夫", "ov", "KGZ"), ("Шевченко", "Shevchenko", "舍甫琴科", "enko", "UKR"),
          ("Бондаренко", "Bondarenko", "邦达连科", "enko", "UKR"), ("Ковальчук", "Kovalchuk", "科瓦利丘克", "uk", "BLR"),
          ("Ильин", "Ilin", "伊利因", "in", "RUS"))
RU_PATR = (("Сергеевич", "Сергеевна", "Sergeevich", "Sergeevna"), ("Петрович", "Петровна", "Petrovich", "Petrovna"),
           ("Иванович", "Ивановна", "Ivanovich", "Ivanovna"), ("Алексеевич", "Алексеевна", "Alekseevich", "Alekseevna"),
           ("Николаевич", "Николаевна", "Nikolaevich", "Nikolaevna"), ("Андреевич", "Андреевна", "Andreevich", "Andreevna"),
           ("Михайлович", "Михайловна", "Mikhailovich", "Mikhailovna"), ("Викторович", "Викторовна", "Viktorovich", "Viktorovna"),
           ("Олегович", "Олеговна", "Olegovich", "Olegovna"), ("Владимирович", "Владимировна", "Vladimirovich", "Vladimirovna"),
           ("Юрьевич", "Юрьевна", "Iurevich", "Iurevna"))
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")


def decl_given_m(n: str) -> dict:
    stem = n.replace("ё", "е") if n == "Пётр" else n
    if n.endswith("ий"):
        s = n[:-1]
        return dict(zip(CASES, (n, s + "я", s + "ю", s + "я", s + "ем", s + "и"), strict=True))
    if n.endswith("й"):
        s = n[:-1]
        return dict(zip(CASES, (n, s + "я", s + "ю", s + "я", s + "ем", s + "е"), strict=True))
    return dict(zip(CASES, (n, stem + "а", stem + "у", stem + "а", stem + "ом", stem + "е"), strict=True))


def decl_given_f(n: str) -> dict:
    if n.endswith("ия"):
        s = n[:-1]
        return dict(zip(CASES, (n, s + "и", s + "и", s + "ю", s + "ей", s + "и"), strict=True))
    if n.endswith("ья"):
        s = n[:-1]
        return dict(zip(CASES, (n, s + "и", s + "е", s + "ю", s + "ей", s + "е"), strict=True))
    if n.endswith("а"):
        s = n[:-1]
        g = s + ("и" if s[-1] in "гкхжшщч" else "ы")
        return dict(zip(CASES, (n, g, s + "е", s + "у", s + "ой", s + "е"), strict=True))
    return dict.fromkeys(CASES, n)


def decl_sur(m: str, kind: str, sex: str) -> dict:
    if kind == "enko":
        return dict.fromkeys(CASES, m)
    if kind == "uk":
        if sex == "F":
            return dict.fromkeys(CASES, m)
        return dict(zip(CASES, (m, m + "а", m + "у", m + "а", m + "ом", m + "е"), strict=True))
    if sex == "M":
        return dict(zip(CASES, (m, m + "а", m + "у", m + "а", m + "ым", m + "е"), strict=True))
    f = m + "а"
    return dict(zip(CASES, (f, m + "ой", m + "ой", m + "у", m + "ой", m + "ой"), strict=True))


def decl_patr(p: str, sex: str) -> dict:
    if sex == "M":
        return dict(zip(CASES, (p, p + "а", p + "у", p + "а", p + "ем", p + "е"), strict=True))
    s = p[:-1]
    return dict(zip(CASES, (p, s + "ы", s + "е", s + "у", s + "ой", s + "е"), strict=True))


AR_GIVEN_M = (("محمد", "Mohammed", "穆罕默德"), ("أحمد", "Ahmed", "艾哈迈德"), ("خالد", "Khaled", "哈立德"),
              ("يوسف", "Youssef", "优素福"), ("طارق", "Tarek", "塔里克"), ("ياسر", "Yasser", "亚西尔"),
              ("مصطفى", "Mostafa", "穆斯塔法"), ("إبراهيم", "Ibrahim", "易卜拉欣"), ("حمزة", "Hamza", "哈姆扎"),
              ("زياد", "Ziad", "齐亚德"), ("عبدالرحمن", "Abdulrahman", "阿卜杜拉赫曼"), ("ماجد", "Majed", "马吉德"),
              ("أنس", "Anas", "阿纳斯"), ("بلال", "Bilal", "比拉勒"))
AR_GIVEN_F = (("فاطمة", "Fatima", "法蒂玛"), ("مريم", "Mariam", "玛丽亚姆"), ("ليلى", "Layla", "莱拉"),
              ("هدى", "Hoda", "胡达"), ("رانيا", "Rania", "拉尼娅"), ("آمنة", "Amna", "阿米娜"),
              ("ياسمين", "Yasmin", "雅斯敏"), ("سلمى", "Salma", "萨勒玛"), ("رزان", "Razan", "拉赞"))
AR_FATHER = (("سالم", "Salem", "萨利姆"), ("عبدالله", "Abdullah", "阿卜杜拉"), ("منصور", "Mansour", "曼苏尔"),
             ("حسين", "Hussein", "侯赛因"), ("فهد", "Fahd", "法赫德"), ("عادل", "Adel", "阿德尔"),
             ("رشيد", "Rashid", "拉希德"), ("إسماعيل", "Ismail", "伊斯梅尔"))
AR_FAMILY = (("الخطيب", "Al-Khatib", "哈提卜"), ("العتيبي", "Al-Otaibi", "欧太比"), ("النجار", "Al-Najjar", "纳贾尔"),
             ("الشامي", "Al-Shami", "沙米"), ("الزهراني", "Al-Zahrani", "扎赫拉尼"), ("القحطاني", "Al-Qahtani", "盖赫塔尼"),
             ("حداد", "Haddad", "哈达德"), ("البدوي", "El-Badawy", "巴达维"), ("الدوري", "Al-Douri", "杜里"),
             ("الفاسي", "El-Fassi", "法西"), ("التميمي", "Al-Tamimi", "塔米米"), ("الجبوري", "Al-Jubouri", "朱布里"),
             ("الكعبي", "Al-Kaabi", "卡阿比"), ("عثمان", "Osman", "奥斯曼"), ("الرفاعي", "El-Refaey", "里法伊"),
             ("السويدي", "Al-Suwaidi", "苏韦迪"))
AR_NATS = ("EGY", "SAU", "JOR", "SYR", "IRQ", "MAR", "YEM", "ARE", "SDN", "DZA")
AR_BIN_NATS = ("SAU", "ARE", "YEM")

# Latin-script names by nationality: (given M, given F, surnames); chinese renderings in WEST_CN
WEST = {
    "GBR": (("James", "Oliver", "Thomas", "Daniel", "Matthew"), ("Emily", "Charlotte", "Sophie", "Hannah"),
            ("Walker", "Thompson", "Harris", "Clarke", "Bennett", "Hughes", "Robertson")),
    "USA": (("Michael", "David", "Benjamin", "Ethan", "Tyler"), ("Jessica", "Sarah", "Megan", "Ashley"),
            ("Anderson", "Sullivan", "Mitchell", "Carter", "Brooks", "Reed")),
    "CAN": (("Liam", "Noah", "Owen"), ("Chloe", "Madison"), ("Tremblay", "Gagnon", "MacDonald")),
    "AUS": (("Jack", "Cooper", "Mason"), ("Ruby", "Zoe"), ("Kelly", "Nguyen-Hart", "Fraser")),
    "NGA": (("Chidi", "Emeka", "Tunde", "Obinna"), ("Ngozi", "Amara", "Funmilayo"), ("Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun")),
    "IND": (("Rahul", "Arjun", "Vikram"), ("Priya", "Ananya", "Kavya"), ("Sharma", "Iyer", "Reddy", "Menon")),
    "PAK": (("Imran", "Usman", "Faisal"), ("Ayesha", "Sana"), ("Qureshi", "Malik", "Chaudhry")),
    "DEU": (("Lukas", "Jonas", "Felix", "Tobias"), ("Lena", "Katharina", "Miriam"), ("Müller", "Schneider", "Fischer", "Becker")),
    "ITA": (("Marco", "Alessandro", "Davide"), ("Giulia", "Francesca"), ("Rossi", "Bianchi", "Ferraro", "Esposito")),
    "FRA": (("Pierre", "Julien", "Mathieu"), ("Camille", "Élodie", "Manon"), ("Dubois", "Lefebvre", "Moreau", "Girard")),
    "IRL": (("Cian", "Declan", "Padraig"), ("Siobhan", "Aoife"), ("Murphy", "O'Brien", "Byrne")),
    "ZAF": (("Thabo", "Sipho"), ("Lerato", "Naledi"), ("Nkosi", "Dlamini", "van der Merwe")),
    "GHA": (("Kwame", "Kofi"), ("Akosua", "Abena"), ("Mensah", "Boateng", "Asante")),
    "NZL": (("Ethan", "Hamish"), ("Olivia", "Aroha"), ("Wilson", "Tane")),
}
WEST_CN = {
    "James": "詹姆斯", "Oliver": "奥利弗", "Thomas": "托马斯", "Daniel": "丹尼尔", "Matthew": "马修", "Emily": "埃米莉",
    "Charlotte": "夏洛特", "Sophie": "索菲", "Hannah": "汉娜", "Walker": "沃克", "Thompson": "汤普森", "Harris": "哈里斯",
    "Clarke": "克拉克", "Bennett": "贝内特", "Hughes": "休斯", "Robertson": "罗伯逊", "Michael": "迈克尔", "David": "戴维",
    "Benjamin": "本杰明", "Ethan": "伊桑", "Tyler": "泰勒", "Jessica": "杰西卡", "Sarah": "萨拉", "Megan": "梅根",
    "Ashley": "阿什莉", "Anderson": "安德森", "Sullivan": "沙利文", "Mitchell": "米切尔", "Carter": "卡特",
    "Brooks": "布鲁克斯", "Reed": "里德", "Liam": "利亚姆", "Noah": "诺亚", "Owen": "欧文", "Chloe": "克洛伊",
    "Madison": "麦迪逊", "Tremblay": "特朗布莱", "Gagnon": "加尼翁", "MacDonald": "麦克唐纳", "Jack": "杰克",
    "Cooper": "库珀", "Mason": "梅森", "Ruby": "鲁比", "Zoe": "佐伊", "Kelly": "凯利", "Nguyen-Hart": "阮哈特",
    "Fraser": "弗雷泽", "Chidi": "奇迪", "Emeka": "埃梅卡", "Tunde": "通德", "Obinna": "奥宾纳", "Ngozi": "恩戈齐",
    "Amara": "阿玛拉", "Funmilayo": "芳米拉约", "Okafor": "奥卡福", "Adeyemi": "阿德耶米", "Okonkwo": "奥孔科沃",
    "Eze": "埃泽", "Balogun": "巴洛贡", "Rahul": "拉胡尔", "Arjun": "阿尔琼", "Vikram": "维克拉姆", "Priya": "普丽娅",
    "Ananya": "阿南娅", "Kavya": "卡维娅", "Sharma": "夏尔马", "Iyer": "艾耶尔", "Reddy": "雷迪", "Menon": "梅农",
    "Imran": "伊姆兰", "Usman": "乌斯曼", "Faisal": "费萨尔", "Ayesha": "阿伊莎", "Sana": "萨娜", "Qureshi": "库雷希",
    "Malik": "马利克", "Chaudhry": "乔杜里", "Lukas": "卢卡斯", "Jonas": "约纳斯", "Felix": "费利克斯",
    "Tobias": "托比亚斯", "Lena": "莱娜", "Katharina": "卡塔琳娜", "Miriam": "米丽娅姆", "Müller": "米勒",
    "Schneider": "施奈德", "Fischer": "菲舍尔", "Becker": "贝克尔", "Marco": "马尔科", "Alessandro": "亚历山德罗",
    "Davide": "达维德", "Giulia": "朱莉娅", "Francesca": "弗朗切斯卡", "Rossi": "罗西", "Bianchi": "比安基",
    "Ferraro": "费拉罗", "Esposito": "埃斯波西托", "Pierre": "皮埃尔", "Julien": "朱利安", "Mathieu": "马蒂厄",
    "Camille": "卡米耶", "Élodie": "埃洛迪", "Manon": "马农", "Dubois": "杜布瓦", "Lefebvre": "勒菲弗", "Moreau": "莫罗",
    "Girard": "吉拉尔", "Cian": "基安", "Declan": "德克兰", "Padraig": "帕德里格", "Siobhan": "肖沃恩", "Aoife": "伊法",
    "Murphy": "墨菲", "O'Brien": "奥布赖恩", "Byrne": "伯恩", "Thabo": "塔博", "Sipho": "西福", "Lerato": "莱拉托",
    "Naledi": "纳莱迪", "Nkosi": "恩科西", "Dlamini": "德拉米尼", "van der Merwe": "范德梅尔韦", "Kwame": "夸梅",
    "Kofi": "科菲", "Akosua": "阿科苏阿", "Abena": "阿贝娜", "Mensah": "门萨", "Boateng": "博阿滕", "Asante": "阿桑特",
    "Hamish": "哈米什", "Olivia": "奥利维娅", "Aroha": "阿罗哈", "Wilson": "威尔逊", "Tane": "塔内",
}
# East/South-East Asian names as written in Chinese documents: (latin surname, cn, ...)
KOR_SUR = (("KIM", "金"), ("PARK", "朴"), ("CHOI", "崔"), ("JUNG", "郑"), ("KANG", "姜"), ("YOON", "尹"), ("HAN", "韩"))
KOR_GIVEN_M = (("MINJUN", "敏俊"), ("SEOJUN", "瑞俊"), ("HYUNWOO", "贤宇"), ("JIHOON", "志勋"), ("DONGHYUN", "东贤"))
KOR_GIVEN_F = (("JIYEON", "智妍"), ("SOYEON", "素妍"), ("EUNJI", "恩智"), ("HAEUN", "夏恩"), ("YUNA", "允娜"))
VNM_SUR = (("NGUYEN", "阮"), ("TRAN", "陈"), ("LE", "黎"), ("PHAM", "范"), ("HOANG", "黄"), ("VU", "武"), ("DANG", "邓"))
VNM_GIVEN_M = (("HUNG", "雄"), ("NAM", "南"), ("DUC", "德"), ("TUAN", "俊"), ("QUANG", "光"), ("THANH", "成"))
VNM_GIVEN_F = (("LAN", "兰"), ("HOA", "花"), ("MAI", "梅"), ("LINH", "玲"), ("HUONG", "香"), ("THAO", "草"))
MNG_NAMES = ((("BATBAYAR", "巴特巴雅尔"), ("GANBOLD", "甘宝力德"), ("ENKHBAT", "恩赫巴特")),
             (("OYUNCHIMEG", "乌云其木格"), ("SARANTUYA", "萨仁图雅"), ("NARANGEREL", "娜仁格日勒")))

COUNTRY = {  # nat3: (zh, en, ru, ar)
    "RUS": ("俄罗斯", "Russia", "Россия", "روسيا"), "KAZ": ("哈萨克斯坦", "Kazakhstan", "Казахстан", "كازاخستان"),
    "UKR": ("乌克兰", "Ukraine", "Украина", "أوكرانيا"), "BLR": ("白俄罗斯", "Belarus", "Беларусь", "بيلاروسيا"),
    "KGZ": ("吉尔吉斯斯坦", "Kyrgyzstan", "Кыргызстан", "قيرغيزستان"), "UZB": ("乌兹别克斯坦", "Uzbekistan", "Узбекистан", "أوزبكستان"),
    "EGY": ("埃及", "Egypt", "Египет", "مصر"), "SAU": ("沙特阿拉伯", "Saudi Arabia", "Саудовская Аравия", "السعودية"),
    "JOR": ("约旦", "Jordan", "Иордания", "الأردن"), "SYR": ("叙利亚", "Syria", "Сирия", "سوريا"),
    "IRQ": ("伊拉克", "Iraq", "Ирак", "العراق"), "MAR": ("摩洛哥", "Morocco", "Марокко", "المغرب"),
    "YEM": ("也门", "Yemen", "Йемен", "اليمن"), "ARE": ("阿联酋", "United Arab Emirates", "ОАЭ", "الإمارات"),
    "SDN": ("苏丹", "Sudan", "Судан", "السودان"), "DZA": ("阿尔及利亚", "Algeria", "Алжир", "الجزائر"),
    "GBR": ("英国", "United Kingdom", "Великобритания", "بريطانيا"), "USA": ("美国", "United States", "США", "الولايات المتحدة"),
    "CAN": ("加拿大", "Canada", "Канада", "كندا"), "AUS": ("澳大利亚", "Australia", "Австралия", "أستراليا"),
    "NGA": ("尼日利亚", "Nigeria", "Нигерия", "نيجيريا"), "IND": ("印度", "India", "Индия", "الهند"),
    "PAK": ("巴基斯坦", "Pakistan", "Пакистан", "باكستان"), "DEU": ("德国", "Germany", "Германия", "ألمانيا"),
    "ITA": ("意大利", "Italy", "Италия", "إيطاليا"), "FRA": ("法国", "France", "Франция", "فرنسا"),
    "IRL": ("爱尔兰", "Ireland", "Ирландия", "أيرلندا"), "ZAF": ("南非", "South Africa", "ЮАР", "جنوب أفريقيا"),
    "GHA": ("加纳", "Ghana", "Гана", "غانا"), "KOR": ("韩国", "Republic of Korea", "Корея", "كوريا"),
    "VNM": ("越南", "Viet Nam", "Вьетнам", "فيتنام"), "MNG": ("蒙古国", "Mongolia", "Монголия", "منغوليا"),
    "NZL": ("新西兰", "New Zealand", "Новая Зеландия", "نيوزيلندا"), "CHN": ("中国", "China", "Китай", "الصين"),
}

# ----------------------------------------------------------------------------------------------
# addresses
# ----------------------------------------------------------------------------------------------
CN_ADDR = {
    "大连": ("辽宁省大连市", (("沙河口区", ("友好路", "西安路", "五一路", "兴工街")), ("中山区", ("人民路", "港湾街", "长江路")),
                              ("甘井子区", ("红旗西路", "泉水路")))),
    "沈阳": ("辽宁省沈阳市", (("和平区", ("南京北街", "中华路")), ("沈河区", ("青年大街", "北站路")))),
    "哈尔滨": ("黑龙江省哈尔滨市", (("南岗区", ("果戈里大街", "西大直街", "红军街")), ("道里区", ("中央大街", "友谊路")))),
    "绥芬河": ("黑龙江省绥芬河市", (("", ("通天路", "光明街", "青云路", "迎宾路")),)),
    "珲春": ("吉林省珲春市", (("", ("新安街", "靖和街", "河南街")),)),
    "满洲里": ("内蒙古自治区满洲里市", (("", ("中苏路", "一道街", "五道街", "北区四道街")),)),
    "乌鲁木齐": ("新疆维吾尔自治区乌鲁木齐市", (("天山区", ("解放南路", "新华北路")), ("沙依巴克区", ("友好南路", "西虹东路")))),
    "广州": ("广东省广州市", (("越秀区", ("环市中路", "解放北路", "淘金路")), ("白云区", ("广园西路", "三元里大道")),
                              ("天河区", ("天河北路", "体育西路")))),
    "深圳": ("广东省深圳市", (("福田区", ("深南中路", "福华三路")), ("南山区", ("科苑路", "后海大道")))),
    "义乌": ("浙江省义乌市", (("稠城街道", ("宾王路", "工人北路", "城中中路")), ("福田街道", ("福田路", "诚信大道")))),
    "北京": ("北京市", (("朝阳区", ("三里屯路", "工人体育场北路", "亮马桥路", "望京街")), ("海淀区", ("学院路", "成府路")))),
    "上海": ("上海市", (("浦东新区", ("张杨路", "世纪大道", "碧云路")), ("长宁区", ("古北路", "仙霞路")))),
    "昆明": ("云南省昆明市", (("五华区", ("青年路", "东风西路")), ("盘龙区", ("北京路", "白塔路")))),
    "东兴": ("广西壮族自治区东兴市", (("", ("北仑大道", "兴东路", "边贸路")),)),
    "成都": ("四川省成都市", (("武侯区", ("人民南路四段", "玉林北路")), ("锦江区", ("春熙路", "东大街")))),
    "银川": ("宁夏回族自治区银川市", (("兴庆区", ("解放东街", "文化西街")),)),
    "青岛": ("山东省青岛市", (("市南区", ("香港中路", "闽江路")), ("崂山区", ("海尔路", "松岭路")))),
    "杭州": ("浙江省杭州市", (("西湖区", ("文三路", "教工路")), ("上城区", ("解放路", "清泰街")))),
    "长春": ("吉林省长春市", (("朝阳区", ("西安大路", "红旗街")),)),
    "黑河": ("黑龙江省黑河市", (("爱辉区", ("王肃街", "中央街", "海兰街")),)),
}
CN_COMPOUNDS = ("阳光花园", "金色家园", "海景苑", "华府小区", "锦绣园", "国际公寓", "星河湾", "滨江花园", "新世纪小区", "万科城")


def gen_addr_cn(city: str, style: str = "full") -> str:
    prov, dists = CN_ADDR[city]
    dist, roads = pick(dists)
    road = pick(roads)
    no = R.randint(1, 880)
    bld, unit, room = R.randint(1, 28), R.randint(1, 6), R.randint(2, 32) * 100 + R.randint(1, 18)
    comp = pick(CN_COMPOUNDS)
    city_part = prov if style != "noprov" else prov.split("省")[-1].split("区")[-1]
    forms = (
        f"{city_part}{dist}{road}{no}号{comp}{bld}号楼{unit}单元{room}室",
        f"{city_part}{dist}{road}{no}弄{bld}号{room}室",
        f"{city_part}{dist}{road}{no}号{bld}栋{room}房",
        f"{city_part}{dist}{road}{no}号院{bld}号楼{unit}-{room}",
        f"{city_part}{dist}{road}{no}号{comp}{bld}-{unit}-{room}",
    )
    return pick(forms)


HOME_TPL = {  # nat3: [(native script, chinese rendering, latin or None)], filled with the same numbers
    "RUS": (("Россия, Приморский край, г. Владивосток, ул. Светланская, д. {a}, кв. {b}", "俄罗斯滨海边疆区符拉迪沃斯托克市斯韦特兰斯卡亚街{a}号{b}室", None),
            ("г. Хабаровск, ул. Муравьёва-Амурского, д. {a}, кв. {b}", "俄罗斯哈巴罗夫斯克市穆拉维约夫-阿穆尔斯基街{a}号{b}室", None),
            ("664{z}, г. Иркутск, ул. Карла Маркса, д. {a}, кв. {b}", "俄罗斯伊尔库茨克市卡尔·马克思街{a}号{b}室", None),
            ("г. Москва, ул. Профсоюзная, д. {a}, корп. {c}, кв. {b}", "俄罗斯莫斯科市普罗夫索尤兹纳亚街{a}号{c}栋{b}室", None),
            ("г. Новосибирск, Красный проспект, д. {a}, кв. {b}", "俄罗斯新西伯利亚市红色大街{a}号{b}室", None),
            ("Амурская обл., г. Благовещенск, ул. Зейская, д. {a}, кв. {b}", "俄罗斯阿穆尔州布拉戈维申斯克市结雅街{a}号{b}室", None),
            ("690{z}, г. Владивосток, ул. Русская, д. {a}, кв. {b}", "俄罗斯符拉迪沃斯托克市鲁斯卡亚街{a}号{b}室", None)),
    "KAZ": (("Республика Казахстан, г. Алматы, пр. Абая, д. {a}, кв. {b}", "哈萨克斯坦阿拉木图市阿拜大街{a}号{b}室", None),
            ("г. Астана, ул. Кенесары, д. {a}, кв. {b}", "哈萨克斯坦阿斯塔纳市克涅萨雷街{a}号{b}室", None)),
    "KGZ": (("г. Бишкек, ул. Киевская, д. {a}, кв. {b}", "吉尔吉斯斯坦比什凯克市基辅街{a}号{b}室", None),),
    "UZB": (("г. Ташкент, Юнусабадский район, кв-л {c}, д. {a}, кв. {b}", "乌兹别克斯坦塔什干市尤努萨巴德区{c}小区{a}号{b}室", None),),
    "BLR": (("г. Минск, пр. Независимости, д. {a}, кв. {b}", "白俄罗斯明斯克市独立大街{a}号{b}室", None),),
    "UKR": (("г. Одесса, ул. Дерибасовская, д. {a}, кв. {b}", "乌克兰敖德萨市德里巴索夫斯卡亚街{a}号{b}室", None),),
    "EGY": (("مصر، القاهرة، مدينة نصر، شارع عباس العقاد، عمارة {a}، شقة {b}", "埃及开罗纳斯尔城阿巴斯·阿卡德街{a}号楼{b}室",
             "Building {a}, Apt {b}, Abbas El Akkad St., Nasr City, Cairo, Egypt"),
            ("مصر، الإسكندرية، سموحة، شارع فوزي معاذ، عمارة {a}، شقة {b}", "埃及亚历山大斯莫哈区法齐·穆阿兹街{a}号楼{b}室",
             "Building {a}, Apt {b}, Fawzy Moaz St., Smouha, Alexandria, Egypt")),
    "SAU": (("السعودية، الرياض، حي النرجس، شارع الأمير سلطان، مبنى {k}، وحدة {b}", "沙特阿拉伯利雅得纳尔吉斯区苏尔坦亲王街{k}号{b}单元",
             "Bldg {k}, Unit {b}, Prince Sultan St., Al Narjis, Riyadh, Saudi Arabia"),
            ("السعودية، جدة، حي الروضة، شارع صاري، فيلا {a}", "沙特阿拉伯吉达鲁达区萨里街{a}号别墅", "Villa {a}, Sari St., Al Rawdah, Jeddah, Saudi Arabia")),
    "JOR": (("الأردن، عمّان، الشميساني، شارع عبد الحميد شرف، بناية {a}، شقة {b}", "约旦安曼谢米萨尼区阿卜杜·哈米德·谢拉夫街{a}号{b}室",
             "Bldg {a}, Apt {b}, Abdul Hameed Sharaf St., Shmeisani, Amman, Jordan"),),
    "SYR": (("سوريا، دمشق، المزة، شارع الفيلات الغربية، بناء {a}، طابق {c}", "叙利亚大马士革迈宰区西别墅街{a}号{c}层", None),),
    "IRQ": (("العراق، بغداد، الكرادة، محلة {m}، زقاق {a}، دار {b}", "伊拉克巴格达卡拉达区{m}街区{a}巷{b}号", None),),
    "MAR": (("المغرب، الدار البيضاء، حي المعاريف، زنقة {a}، رقم {b}", "摩洛哥卡萨布兰卡马阿里夫区{a}巷{b}号", "{b} Rue {a}, Maârif, Casablanca, Maroc"),),
    "YEM": (("اليمن، صنعاء، شارع حدة، عمارة {a}، شقة {b}", "也门萨那哈达街{a}号楼{b}室", None),),
    "ARE": (("الإمارات، دبي، ديرة، شارع الرقة، بناية {a}، شقة {r}", "阿联酋迪拜德拉区鲁盖街{a}号楼{r}室", "Apt {r}, Building {a}, Al Rigga St., Deira, Dubai, UAE"),),
    "SDN": (("السودان، الخرطوم، حي الرياض، مربع {a}، منزل {b}", "苏丹喀土穆利雅得区{a}街区{b}号", None),),
    "DZA": (("الجزائر العاصمة، باب الزوار، حي {k} مسكن، عمارة {a}، رقم {b}", "阿尔及利亚阿尔及尔巴卜祖瓦尔区{k}户小区{a}号楼{b}号", None),),
}


def home_addr_set(nat3: str) -> tuple[str, str, str | None]:
    nat, cn, lat = pick(HOME_TPL[nat3])
    vals = {"a": R.randint(2, 160), "b": R.randint(1, 98), "c": R.randint(1, 9), "z": digits(3), "k": R.randint(1000, 9999),
            "m": R.randint(901, 999), "r": R.randint(101, 1408)}
    return nat.format(**vals), cn.format(**vals), (lat.format(**vals) if lat else None)


WEST_ADDR = {
    "GBR": lambda: f"Flat {R.randint(1, 30)}, {R.randint(1, 200)} {pick(('Wilmslow Road', 'Kingsley Road', 'Cowley Road', 'Bath Street'))}, {pick(('Manchester M14 5TB', 'Leeds LS6 2AB', 'Oxford OX4 1HU', 'Glasgow G2 4JR'))}, United Kingdom",
    "USA": lambda: f"{R.randint(100, 9999)} {pick(('Maple Avenue', 'Linden Street', 'Harbor Drive', 'W 34th Street'))}, Apt {R.randint(1, 30)}{pick('ABCD')}, {pick(('Columbus, OH 43215', 'Seattle, WA 98109', 'Austin, TX 78704', 'New York, NY 10001'))}, USA",
    "CAN": lambda: f"{R.randint(10, 999)} {pick(('Queen Street West', 'Rue Saint-Denis'))}, {pick(('Toronto, ON M5V 2A8', 'Montréal, QC H2X 3K8'))}, Canada",
    "AUS": lambda: f"Unit {R.randint(1, 40)}, {R.randint(1, 300)} {pick(('George Street', 'Lygon Street'))}, {pick(('Sydney NSW 2000', 'Carlton VIC 3053'))}, Australia",
    "NGA": lambda: f"Plot {R.randint(1, 60)}, {pick(('Admiralty Way, Lekki Phase 1', 'Allen Avenue, Ikeja', 'Aminu Kano Crescent, Wuse II'))}, {pick(('Lagos', 'Lagos', 'Abuja'))}, Nigeria",
    "IND": lambda: f"{R.randint(1, 99)}/{R.randint(1, 20)}, {pick(('MG Road', '4th Cross, Indiranagar', 'Linking Road, Bandra West'))}, {pick(('Bengaluru 560038', 'Mumbai 400050'))}, India",
    "PAK": lambda: f"House {R.randint(1, 400)}, Street {R.randint(1, 60)}, {pick(('F-7/2, Islamabad', 'DHA Phase 5, Lahore', 'Gulshan-e-Iqbal, Karachi'))}, Pakistan",
    "DEU": lambda: f"{pick(('Hauptstraße', 'Schönhauser Allee', 'Leopoldstraße'))} {R.randint(1, 200)}, {pick(('10827 Berlin', '10437 Berlin', '80802 München'))}, Deutschland",
    "ITA": lambda: f"Via {pick(('Garibaldi', 'Mazzini', 'Roma'))} {R.randint(1, 150)}, {pick(('20121 Milano', '10123 Torino', '00184 Roma'))}, Italia",
    "FRA": lambda: f"{R.randint(1, 120)} {pick(('rue de la Roquette', 'avenue Jean-Jaurès', 'rue Oberkampf'))}, {pick(('75011 Paris', '69007 Lyon'))}, France",
    "IRL": lambda: f"{R.randint(1, 90)} {pick(('Clonliffe Road', 'Sandymount Avenue'))}, Dublin {R.randint(2, 9)}, Ireland",
    "ZAF": lambda: f"{R.randint(1, 90)} {pick(('Jan Smuts Avenue', 'Long Street'))}, {pick(('Johannesburg 2196', 'Cape Town 8001'))}, South Africa",
    "GHA": lambda: f"House No. {R.randint(1, 90)}, {pick(('Oxford Street, Osu', 'Spintex Road'))}, Accra, Ghana",
    "NZL": lambda: f"{R.randint(1, 90)} {pick(('Ponsonby Road', 'Cuba Street'))}, {pick(('Auckland 1011', 'Wellington 6011'))}, New Zealand",
    "KOR": lambda: f"서울특별시 마포구 와우산로 {R.randint(1, 200)}, {R.randint(101, 1502)}호",
    "VNM": lambda: f"Số {R.randint(1, 300)} {pick(('Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo'))}, {pick(('Quận 1, TP. Hồ Chí Minh', 'Hoàn Kiếm, Hà Nội'))}, Việt Nam",
    "MNG": lambda: f"Баянзүрх дүүрэг, {R.randint(1, 26)}-р хороо, {R.randint(1, 90)}-р байр, {R.randint(1, 99)} тоот, Улаанбаатар",
}

EMAIL_DOMAINS = {
    "ru": ("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com", "rambler.ru"),
    "ar": ("gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "outlook.com", "icloud.com"),
    "en": ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "protonmail.com", "web.de", "libero.it"),
    "zh": ("gmail.com", "naver.com", "outlook.com", "yahoo.com", "icloud.com"),
    "cn": ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com"),
}


# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
def rand_date(y0: int, y1: int) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")
MON3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "zh": f"{y}年{m}月{dd}日", "zh0": f"{y}年{m:02d}月{dd:02d}日", "iso": f"{y}-{m:02d}-{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}", "dot": f"{dd:02d}.{m:02d}.{y}", "ydot": f"{y}.{m:02d}.{dd:02d}",
        "slash_dmy": f"{dd:02d}/{m:02d}/{y}", "slash_mdy": f"{m:02d}/{dd:02d}/{y}", "slash_ymd": f"{y}/{m:02d}/{dd:02d}",
        "en_long": f"{ordinal(dd)} {MONTHS_EN[m - 1]} {y}", "en_us": f"{MONTHS_EN[m - 1]} {dd}, {y}",
        "en_short": f"{dd} {MONTHS_EN[m - 1][:3]} {y}", "pp": f"{dd:02d} {MON3[m - 1]} {y}",
        "ru_long": f"{dd} {MONTHS_RU_GEN[m - 1]} {y}", "ar_long": f"{dd} {MONTHS_AR[m - 1]} {y}",
        "ar_slash": ar_digits(f"{y}/{m:02d}/{dd:02d}"), "ar_dmy": ar_digits(f"{dd:02d}/{m:02d}/{y}"),
        "ar_long_ind": ar_digits(f"{dd}") + f" {MONTHS_AR[m - 1]} " + ar_digits(f"{y}"),
        "fw": fullwidth(f"{y}") + "年" + fullwidth(f"{m}") + "月" + fullwidth(f"{dd}") + "日",
        "zh_dash": f"{y}-{m}-{dd}",
        "spoken": spoken_zh(str(y), plain=True) + "年" + zh_num(m) + "月" + zh_num(dd) + "号",
    }[style]


def zh_num(n: int) -> str:
    u = "零一二三四五六七八九"
    if n < 10:
        return u[n]
    if n < 20:
        return "十" + (u[n % 10] if n % 10 else "")
    return u[n // 10] + "十" + (u[n % 10] if n % 10 else "")


CN_CITIES = tuple(CN_ADDR)
CITY_BY_GROUP = {
    "ru": ("绥芬河", "哈尔滨", "大连", "满洲里", "黑河", "珲春", "北京", "乌鲁木齐", "义乌", "沈阳"),
    "ar": ("广州", "义乌", "银川", "北京", "上海", "深圳", "广州", "义乌"),
    "en": ("北京", "上海", "深圳", "广州", "成都", "杭州", "青岛", "大连", "昆明"),
    "zh": ("大连", "青岛", "北京", "上海", "广州", "东兴", "昆明", "珲春", "长春", "沈阳", "深圳", "义乌"),
}
NATS_BY_GROUP = {
    "zh": ("KOR", "VNM", "USA", "GBR", "DEU", "FRA", "NGA", "RUS", "EGY", "MNG", "KAZ", "PAK", "IND", "KOR", "VNM"),
    "en": ("GBR", "USA", "CAN", "AUS", "NGA", "IND", "PAK", "DEU", "ITA", "FRA", "IRL", "ZAF", "GHA", "NZL", "GBR", "USA"),
    "ru": ("RUS", "RUS", "RUS", "KAZ", "UKR", "BLR", "KGZ", "UZB", "RUS"),
    "ar": AR_NATS,
}
IBAN_BY_NAT = {"GBR": ("GB",), "IRL": ("IE",), "DEU": ("DE",), "ITA": ("IT",), "FRA": ("FR",), "EGY": ("EG",),
               "SAU": ("SA",), "JOR": ("JO",), "IRQ": ("IQ",), "ARE": ("AE",), "KAZ": ("KZ",), "BLR": ("BY",),
               "UKR": ("UA",), "RUS": ("KZ", "BY", "GE", "TR", "AE"), "KGZ": ("KZ", "TR"), "UZB": ("TR", "GE"),
               "SYR": ("LB", "TR", "AE"), "MAR": ("FR", "ES"), "YEM": ("SA", "AE"), "SDN": ("AE", "QA"),
               "DZA": ("FR",), "TUR": ("TR",)}
MNG_FATHER = ("TSEND", "DORJ", "BAATAR", "GANZORIG")


class Person:
    def __init__(self, group: str, nat3: str | None = None, sex: str | None = None, chinese: bool = False,
                 age: tuple[int, int] = (1962, 2004)):
        self.group = group
        self.chinese = chinese
        self.sex = sex or pick("MMF")
        self.dob = rand_date(*age)
        self.memo: dict = {}
        self.city = pick(CITY_BY_GROUP[group])
        if chinese:
            self.nat3 = "CHN"
            s = pick(CN_SUR)
            g = pick(CN_GIVEN_M if self.sex == "M" else CN_GIVEN_F)
            self.cn = s[0] + g[0]
            self.sur_lat, self.given_lat = s[1].upper(), g[1]
            self.first_lat = g[1]
            self.script = "cn"
            return
        self.nat3 = nat3 or pick(NATS_BY_GROUP[group])
        n = self.nat3
        if group == "ru" or (n in ("RUS", "KAZ", "UKR", "BLR", "KGZ", "UZB")):
            self.script = "cyr"
            g = pick(RU_GIVEN_M if self.sex == "M" else RU_GIVEN_F)
            s = pick(RU_SUR)
            pa = pick(RU_PATR)
            self.g_cyr, self.given_lat, g_cn = g
            self.s_kind = s[3]
            self.s_cyr_m = s[0]
            fem = self.sex == "F" and s[3] in ("ov", "in")
            self.sur_lat = s[1] + ("a" if fem else "")
            s_cn = (s[2][:-1] + "娃") if (fem and s[2].endswith("夫")) else (s[2][:-1] + "娜" if fem else s[2])
            self.patr = pa[0] if self.sex == "M" else pa[1]
            self.patr_lat = pa[2] if self.sex == "M" else pa[3]
            self.cn_sur = s_cn
            self.cn_given = g_cn
            self.cn = f"{g_cn}·{s_cn}"
            self._gd = decl_given_m(self.g_cyr) if self.sex == "M" else decl_given_f(self.g_cyr)
            self._sd = decl_sur(self.s_cyr_m, self.s_kind, self.sex)
            self._pd = decl_patr(self.patr, self.sex)
        elif group == "ar" or n in AR_NATS:
            self.script = "ar"
            g = pick(AR_GIVEN_M if self.sex == "M" else AR_GIVEN_F)
            fa = pick(AR_FATHER)
            fam = pick(AR_FAMILY)
            self.bin = n in AR_BIN_NATS
            link_ar = (" بن " if self.sex == "M" else " بنت ") if self.bin else " "
            link_lat = (" bin " if self.sex == "M" else " bint ") if self.bin else " "
            self.ar_given, self.ar_father, self.ar_family = g[0], fa[0], fam[0]
            self.ar_full = f"{g[0]}{link_ar}{fa[0]} {fam[0]}"
            self.ar_short = f"{g[0]} {fam[0]}"
            self.given_lat = f"{g[1]}{link_lat}{fa[1]}"
            self.first_lat = g[1]
            self.sur_lat = fam[1]
            self.cn_given, self.cn_sur = g[2], fam[2]
            self.cn = f"{g[2]}·{fa[2]}·{fam[2]}" if chance(0.4) else f"{g[2]}·{fam[2]}"
        elif n == "KOR":
            self.script = "kor"
            s = pick(KOR_SUR)
            g = pick(KOR_GIVEN_M if self.sex == "M" else KOR_GIVEN_F)
            self.sur_lat, self.given_lat = s[0], g[0]
            self.cn = s[1] + g[1]
            self.cn_sur, self.cn_given = self.cn, self.cn
        elif n == "VNM":
            self.script = "vnm"
            s = pick(VNM_SUR)
            g = pick(VNM_GIVEN_M if self.sex == "M" else VNM_GIVEN_F)
            mid = ("VAN", "文") if self.sex == "M" else ("THI", "氏")
            self.sur_lat, self.given_lat = s[0], f"{mid[0]} {g[0]}"
            self.cn = s[1] + mid[1] + g[1]
            self.cn_sur, self.cn_given = self.cn, self.cn
        elif n == "MNG":
            self.script = "mng"
            g = pick(MNG_NAMES[0 if self.sex == "M" else 1])
            self.sur_lat, self.given_lat = pick(MNG_FATHER), g[0]
            self.cn = g[1]
            self.cn_sur, self.cn_given = self.cn, self.cn
        else:
            self.script = "lat"
            gm, gf, sn = WEST[n]
            gl = pick(gm if self.sex == "M" else gf)
            sl = pick(sn)
            self.given_lat, self.sur_lat = gl, sl
            self.cn_given, self.cn_sur = WEST_CN[gl], WEST_CN[sl]
            self.cn = f"{self.cn_given}·{self.cn_sur}"
        if self.script in ("kor", "vnm", "mng"):
            self.first_lat = self.given_lat.title()
        elif self.script != "ar":
            self.first_lat = self.given_lat

    # ---- names ------------------------------------------------------------------------------
    def key_names(self) -> set[str]:
        out = {self.cn, self.sur_lat.upper(), self.given_lat.upper()}
        if self.script == "cyr":
            out |= {self.g_cyr, self.s_cyr_m}
        if self.script == "ar":
            out |= {self.ar_given, self.ar_family, self.ar_father}
        if hasattr(self, "cn_sur"):
            out |= {self.cn_sur, self.cn_given}
        return out

    def lat(self) -> str:  # "Petr Ivanov" / "Zhang Wei"
        if self.chinese:
            return f"{self.sur_lat.title()} {self.given_lat}"
        if self.script in ("kor", "vnm", "mng"):
            return f"{self.sur_lat} {self.given_lat}"
        return f"{self.given_lat} {self.sur_lat}"

    def lat_up(self) -> str:  # "IVANOV PETR"
        return f"{self.sur_lat.upper()} {self.given_lat.upper()}"

    def lat_comma(self) -> str:  # "IVANOV, Petr"
        g = self.given_lat if self.script not in ("kor", "vnm", "mng") else self.given_lat.title()
        return f"{self.sur_lat.upper()}, {g}"

    def sur(self) -> str:  # surname as used alone in running Latin text
        if self.script in ("kor", "vnm", "mng") or self.chinese:
            return self.sur_lat.title() if self.script != "mng" else self.given_lat.title()
        return self.sur_lat

    def ru(self, case: str = "nom") -> str:
        return f"{self._sd[case]} {self._gd[case]} {self._pd[case]}"

    def ru_fi(self, case: str = "nom") -> str:
        return f"{self._gd[case]} {self._sd[case]}"

    def ru_io(self, case: str = "nom") -> str:
        return f"{self._gd[case]} {self._pd[case]}"

    def ru_sur(self, case: str = "nom") -> str:
        return self._sd[case]

    def ru_given(self, case: str = "nom") -> str:
        return self._gd[case]

    def ru_initials(self, case: str = "nom") -> str:
        return f"{self._sd[case]} {self.g_cyr[0]}.{self.patr[0]}."

    # ---- memoised values ----------------------------------------------------------------------
    def m(self, key, fn):
        if key not in self.memo:
            self.memo[key] = fn()
        return self.memo[key]

    def passport(self) -> str:
        nat = self.nat3
        return self.m("pp", lambda: gen_passport(nat))

    def pp_raw(self) -> str:
        return self.passport().replace(" ", "")

    def pp_issue(self) -> dt.date:
        return self.m("ppi", lambda: rand_date(2016, 2023))

    def pp_expiry(self) -> dt.date:
        i = self.pp_issue()
        return self.m("ppe", lambda: dt.date(i.year + (10 if self.nat3 not in ("EGY", "IRQ", "SYR") else 7), i.month,
                                                 min(i.day, 28)) - dt.timedelta(days=1))

    def mrz(self) -> tuple[str, str]:
        def make():
            pers = ""
            if self.nat3 in ("KOR",):
                pers = digits(7) + "<<<<<<<"
            elif self.nat3 in ("EGY", "NGA", "PAK", "IND", "SAU", "JOR") and chance(0.6):
                pers = digits(R.choice((10, 11, 13)))
            if self.chinese:
                pers = pick("MF") + digits(6) if chance(0.5) else ""
                pers = pers.replace("M", "N")
            sur, giv = self.sur_lat, self.given_lat
            return mrz_td3("P", self.nat3, sur, giv, self.pp_raw(), self.nat3, self.dob, self.sex,
                           self.pp_expiry(), pers.rstrip("<"))
        return self.m("mrz", make)

    def visa(self) -> str:
        return self.m("visa", gen_visa_no)

    def visa_type(self) -> str:
        return self.m("vtype", lambda: pick(("Z", "M", "X1", "S1", "Q2", "F", "L", "M", "Z")))

    def visa_mrz(self) -> tuple[str, str]:
        def make():
            exp = rand_date(2024, 2025)
            opt = self.visa_type() + digits(3)
            return mrz_mrva("CHN", self.sur_lat, self.given_lat, self.visa(), self.nat3, self.dob, self.sex,
                            exp, opt)
        return self.m("vmrz", make)

    def rp(self) -> str:
        c = self.city
        return self.m("rp", lambda: gen_rp_no(c))

    def pr(self, fmt: str | None = None) -> str:
        def make():
            f = fmt or ("new" if chance(0.6) else "old")
            return gen_pr_new(self.nat3, self.dob, self.city) if f == "new" else gen_pr_old(self.nat3, self.dob, self.city)
        return self.m("pr", make)

    def id_card(self) -> str:
        return self.m("idc", lambda: gen_id_card(self.dob, self.sex, self.city if chance(0.6) else None))

    def dob_s(self, style: str) -> str:
        return fmt_date(self.dob, style)

    def phone_cn(self, style: str = "plain") -> str:
        raw = self.m("cnraw", gen_cn_mobile_raw)
        return fmt_cn_mobile(raw, style)

    def phone_home(self, style: str = "intl") -> str:
        return self.m(("ph", style), lambda: gen_foreign_phone(self.nat3, style))

    def landline(self, style: str = "dash") -> str:
        return self.m(("ll", style), lambda: gen_cn_landline(self.city, style))

    def addr_cn(self) -> str:
        return self.m("acn", lambda: gen_addr_cn(self.city))

    def _home(self) -> tuple:
        def make():
            if self.nat3 in HOME_TPL:
                return home_addr_set(self.nat3)
            return (WEST_ADDR[self.nat3](), None, None)
        return self.m("home", make)

    def addr_home(self) -> str:
        return self._home()[0]

    def addr_home_cn(self) -> str:
        v = self._home()[1]
        assert v, self.nat3
        return v

    def addr_home_lat(self) -> str:
        v = self._home()[2] or self._home()[0]
        return v

    def email(self) -> str:
        def make():
            if self.chinese:
                loc = pick((self.sur_lat.lower() + self.given_lat.lower() + digits(R.randint(2, 4)),
                            self.given_lat.lower() + "_" + digits(3), digits(R.randint(8, 10), True)))
                return f"{loc}@{pick(EMAIL_DOMAINS['cn'])}"
            g = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", self.first_lat.split()[0].lower()))
            s = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", self.sur_lat.lower().replace("ü", "ue")))
            yy = str(self.dob.year)[2:]
            loc = pick((f"{g}.{s}{yy}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s[:3]}{digits(2)}", f"{g}_{s}"))
            return f"{loc}@{pick(EMAIL_DOMAINS[self.group])}"
        return self.m("email", make)

    def wxid(self) -> str:
        return self.m("wxid", lambda: "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)))

    def wechat_custom(self) -> str:
        def make():
            base = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", self.first_lat.split()[0].lower()))
            return pick((f"{base}_{digits(4)}", f"{base[:4]}{self.dob.strftime('%m%d')}x", f"{base}{pick(('cn', 'zh', 'vl', 'gz'))}{digits(2)}"))
        return self.m("wxc", make)

    def qq(self) -> str:
        return self.m("qq", lambda: digits(R.randint(8, 10), True))

    def telegram(self) -> str:
        def make():
            base = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", self.first_lat.split()[0].lower()))
            return "@" + pick((f"{base}_{pick(('vl', 'msk', 'hrb', 'sfh', 'dl'))}", f"{base}{digits(3)}", f"{base[:3]}_{letters(3).lower()}"))
        return self.m("tg", make)

    def whatsapp(self) -> str:
        return self.m("wa", lambda: gen_foreign_phone(self.nat3, "intl").replace(" ", "").replace("(", "").replace(")", "").replace("-", ""))

    def vk(self) -> str:
        return self.m("vk", lambda: "id" + digits(9, True))

    def insta(self) -> str:
        def make():
            base = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", self.first_lat.split()[0].lower()))
            return "@" + f"{base}.{letters(2).lower()}{digits(2)}"
        return self.m("ig", make)

    def card_cn(self) -> tuple[str, str]:
        return self.m("ccn", lambda: gen_card("cn"))

    def card_home(self) -> tuple[str, str]:
        return self.m("chome", lambda: gen_card(self.nat3 if self.nat3 in FOREIGN_CARD_BINS else "default"))

    def iban(self) -> str:
        return self.m("iban", lambda: gen_iban(pick(IBAN_BY_NAT.get(self.nat3, ("GB", "NL", "DE", "AE", "ES")))))

    def plate_cn(self, kind: str = "civil", sep: str = "") -> str:
        return self.m(("pl", kind, sep), lambda: gen_plate_cn(self.city, kind, sep))

    def plate_home(self) -> str:
        nat = self.nat3 if self.nat3 in ("RUS", "KAZ", "MNG", "ARE", "SAU", "GBR", "DEU") else "RUS"
        return self.m("plh", lambda: gen_plate_foreign(nat))


class Pool:
    """Per-document people; keeps names distinct inside one document."""

    def __init__(self, lang: str):
        self.lang = lang
        self.used: set[str] = set()

    def _ok(self, p: Person) -> bool:
        keys = p.key_names()
        if keys & self.used:
            return False
        for k in keys:
            for u in self.used:
                if len(k) > 1 and len(u) > 1 and (k in u or u in k):
                    return False
        self.used |= keys
        return True

    def fx(self, **kw) -> Person:
        while True:
            p = Person(self.lang, **kw)
            if self._ok(p):
                return p

    def cn(self, **kw) -> Person:
        while True:
            p = Person(self.lang, chinese=True, **kw)
            if self._ok(p):
                return p


# shorthands for template arguments
def N(x: str) -> tuple:  # person name
    return ("person_name", x)


def PH(x: str) -> tuple:
    return ("phone", x)


def AD(x: str) -> tuple:
    return ("address", x)


def IM(x: str) -> tuple:
    return ("im_handle", x)


def EM(x: str) -> tuple:
    return ("email", x)


def BC(x: str) -> tuple:
    return ("bank_card", x)


def IB(x: str) -> tuple:
    return ("iban", x)


def IDC(x: str) -> tuple:
    return ("id_card", x)


def PP(x: str) -> tuple:
    return ("passport", x)


def MZ(x: str) -> tuple:
    return ("mrz", x)


def VI(x: str) -> tuple:
    return ("visa", x)


def RP(x: str) -> tuple:
    return ("residence_permit", x)


def PR(x: str) -> tuple:
    return ("permanent_residence", x)


def DOB(x: str) -> tuple:
    return ("date_of_birth", x)


def PL(x: str) -> tuple:
    return ("plate", x)


def badge() -> str:
    return digits(6, True)


def incident_date() -> dt.date:
    return rand_date(2024, 2024)


def mrz_block(d: Doc, lines: tuple[str, str], sep: str = "\n") -> Doc:
    d.meta.append(("mrz", lines))
    d.v("mrz", lines[0]).t(sep).v("mrz", lines[1])
    return d


# ----------------------------------------------------------------------------------------------
# layout helpers
# ----------------------------------------------------------------------------------------------
LAYOUTS: list = []


def layout(name: str):
    def deco(fn):
        LAYOUTS.append((name, fn))
        return fn
    return deco


LANG_ZH = {"KOR": "韩语", "VNM": "越南语", "USA": "英语", "GBR": "英语", "DEU": "德语", "FRA": "法语", "NGA": "英语",
           "RUS": "俄语", "EGY": "阿拉伯语", "MNG": "蒙古语", "KAZ": "俄语", "PAK": "英语", "IND": "英语"}
STATION = {"大连": ("大连市公安局", "沙河口分局春柳派出所"), "沈阳": ("沈阳市公安局", "和平分局南市场派出所"),
           "哈尔滨": ("哈尔滨市公安局", "南岗分局大成派出所"), "绥芬河": ("绥芬河市公安局", "站前派出所"),
           "珲春": ("珲春市公安局", "靖和派出所"), "满洲里": ("满洲里市公安局", "北区派出所"),
           "乌鲁木齐": ("乌鲁木齐市公安局", "天山区分局二道桥派出所"), "广州": ("广州市公安局", "越秀区分局登峰派出所"),
           "深圳": ("深圳市公安局", "福田分局华富派出所"), "义乌": ("义乌市公安局", "稠城派出所"),
           "北京": ("北京市公安局", "朝阳分局三里屯派出所"), "上海": ("上海市公安局", "浦东分局联洋派出所"),
           "昆明": ("昆明市公安局", "五华分局华山派出所"), "东兴": ("东兴市公安局", "东兴派出所"),
           "成都": ("成都市公安局", "武侯区分局玉林派出所"), "银川": ("银川市公安局", "兴庆区分局新华街派出所"),
           "青岛": ("青岛市公安局", "市南分局八大关派出所"), "杭州": ("杭州市公安局", "西湖区分局文新派出所"),
           "长春": ("长春市公安局", "朝阳区分局红旗街派出所"), "黑河": ("黑河市公安局", "爱辉区分局海兰派出所")}
CITY_EN = {"大连": "Dalian", "沈阳": "Shenyang", "哈尔滨": "Harbin", "绥芬河": "Suifenhe", "珲春": "Hunchun",
           "满洲里": "Manzhouli", "乌鲁木齐": "Urumqi", "广州": "Guangzhou", "深圳": "Shenzhen", "义乌": "Yiwu",
           "北京": "Beijing", "上海": "Shanghai", "昆明": "Kunming", "东兴": "Dongxing", "成都": "Chengdu",
           "银川": "Yinchuan", "青岛": "Qingdao", "杭州": "Hangzhou", "长春": "Changchun", "黑河": "Heihe"}


def zhd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def zh_intro(p: Person) -> list:
    """Chinese document introduction of a person: 中文译名（LATIN）"""
    if p.chinese:
        return [N(p.cn)]
    return [N(p.cn), "（", N(p.lat_up()), "）"]


def zh_ref(p: Person) -> tuple:
    if p.chinese or p.script in ("kor", "vnm", "mng"):
        return N(p.cn)
    return N(p.cn_sur)


def sex_zh(p: Person) -> str:
    return "男" if p.sex == "M" else "女"


def nat_zh(p: Person) -> str:
    return COUNTRY[p.nat3][0]


def nat_en(p: Person) -> str:
    return COUNTRY[p.nat3][1]




# ----------------------------------------------------------------------------------------------
# layouts (30 genres, each rendered once per language)
# ----------------------------------------------------------------------------------------------
@layout("qa_transcript")
def lay_qa_transcript(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    city = None
    if lang == "zh":
        s, v, it = P.fx(), P.cn(sex="F"), P.cn()
        city = s.city
        bank, card = s.card_cn()
        d.f("询问笔录\n（第1次）\n\n时间：{t}09时12分至10时47分\n地点：{st}询问室\n询问人：民警（警号{b1}）  记录人：民警（警号{b2}）\n"
            "被询问人：{intro}  性别：{sx}  国籍：{nat}\n出生日期：{dob}  护照号码：{pp}\n在华住址：{addr}\n联系电话：{ph}\n"
            "翻译人员：{it}（{lg}），联系电话：{itph}\n\n"
            "问：我们是{st}的民警，现依法向你询问有关情况，你应当如实回答，对与本案无关的问题有拒绝回答的权利。你能听懂翻译的话吗？\n答：能听懂。\n"
            "问：你本次入境的时间和签证情况？\n答：去年九月入境，签证号码{visa}。后来单位帮我办了工作类居留许可，号码{rp}。\n"
            "问：{dt}晚上你在什么地方？\n答：在店里跟{v1}（身份证号{vidc}）对账，后来因为货款吵起来了。\n"
            "问：{v2}称你推搡了她，致其左手腕受伤，是否属实？\n答：是她先拉我的衣服，我甩开了一下，没有打她。\n"
            "问：你们的货款通过什么方式支付？\n答：她应该转到我的{bank}卡，卡号{card}。以前我也从境外账户{ib}给她付过定金。我们都用微信联系，我的微信号是{wx}。\n"
            "问：你当晚是否驾驶车辆？\n答：开了，号牌{plate}，是我自己的车，停在店门口。\n"
            "问：你还有什么要补充的吗？\n答：没有了。\n\n"
            "以上笔录已由翻译人员用{lg}向我宣读，与我所说的相符。\n被询问人签名：{sg}    翻译人签名：{it2}\n{t}",
            t=zhd(date), st="".join(STATION[city]), b1=badge(), b2=badge(), intro=zh_intro(s), sx=sex_zh(s),
            nat=nat_zh(s), dob=DOB(s.dob_s(pick(("zh", "iso", "zh0")))), pp=PP(s.passport()), addr=AD(s.addr_cn()),
            ph=PH(s.phone_cn(pick(("plain", "space")))), it=N(it.cn), lg=LANG_ZH.get(s.nat3, "英语"),
            itph=PH(it.phone_cn("dash")), visa=VI(s.visa()), rp=RP(s.rp()), dt=f"{date.month}月{date.day}日",
            v1=N(v.cn), vidc=IDC(v.id_card()), v2=N(v.cn), bank=bank, card=BC(fmt_card(card, pick(("plain", "space")))), ib=IB(s.iban()), wx=IM(s.wxid()),
            plate=PL(s.plate_cn(sep=pick(("", "·")))), sg=N(s.cn), it2=N(it.cn))
    elif lang == "en":
        s, v = P.fx(), P.cn(sex="M")
        city = s.city
        room = f"{R.randint(5, 28)}{R.randint(1, 40):02d}"
        d.f("RECORD OF QUESTIONING — working English translation for the case file\n"
            "Station: {stn} ({city_en})    Session: 2 of 2    Recorded by badge {b1}\n"
            "Person questioned: {nm}    Sex: {sx}    Nationality: {nat}\n"
            "Date of birth: {dob}    Passport no.: {pp}\n"
            "Stay: {visa_t} visa no. {visa}, residence permit {rp}\n"
            "Lodging: {hotel} hotel, {room}\n\n"
            "Q: You were told your rights at the start of the first session. Do you want to change anything you said then?\n"
            "A: No. I only want to add that I never kept {v1}'s phone.\n"
            "Q: What numbers do you use in China?\n"
            "A: My Chinese SIM is {phcn}. My {natx} number {phh} is on roaming but I rarely answer it. On WhatsApp I am {wa}.\n"
            "Q: How did you pay for the drinks that night?\n"
            "A: With my debit card ending in the last four digits of {card}. The whole number is on the receipt. The card is linked to my account {ib} at home.\n"
            "Q: {v2} says you took his phone at the bar and walked towards {hotel2}. Is that true?\n"
            "A: {sur} did not take anything. Sorry — I mean, I did not take anything. He dropped it and I picked it up and gave it to the barman.\n"
            "Q: Did anyone else see that?\n"
            "A: My colleague, {wit}. {hs} email is {wem}.\n"
            "Q: Is there anything else?\n"
            "A: My home address for any letters is {home}.\n\n"
            "Read back to the person questioned in English. Signed: {sig}",
            stn=STATION[city][1], city_en=CITY_EN[city], b1=badge(), nm=N(s.lat()), sx="M" if s.sex == "M" else "F",
            nat=nat_en(s), dob=DOB(s.dob_s(pick(("en_long", "en_us", "slash_dmy")))), pp=PP(s.passport()),
            visa_t=s.visa_type(), visa=VI(s.visa()), rp=RP(s.rp()), hotel=pick(("Atour", "Hanting", "Holiday Inn Express", "Ji")),
            room=AD(f"room {room}"), v1=N(v.lat()), phcn=PH(s.phone_cn("space")), natx=nat_en(s), phh=PH(s.phone_home("intl")),
            wa=IM(s.whatsapp()), card=BC(fmt_card(s.card_home()[1], "space")), ib=IB(group4(s.iban())), v2=N(v.lat()), hotel2="the taxi rank",
            sur=N(s.sur()), wit=N((w := P.fx()).lat()), hs="His" if w.sex == "M" else "Her", wem=EM(w.email()), home=AD(s.addr_home()), sig=N(s.lat()))
    elif lang == "ru":
        s, v, it = P.fx(), P.cn(sex="F"), P.cn(sex="F")
        city = s.city
        bank, card = s.card_home()
        pl = s.plate_home()
        d.f("询问笔录（节录）\n被询问人：{fio}（{cn}），{sx}，国籍：{nat}\n出生日期：{dob}\n护照号码：{pp}\n翻译：{it}（俄语）\n\n"
            "问：请讲一下你的基本情况。\n"
            "答：Меня зовут {fio2}, я {born} {dob2}. Постоянно проживаю по адресу: {home}.\n"
            "（译：我叫{cn2}，常住地址为{home_cn}。）\n"
            "问：你在{cityzh}的住处和联系方式？\n"
            "答：Снимаю квартиру: {addr}. Китайский номер {phcn}, российский {phru}, в Telegram я {tg}.\n"
            "（译：我租住在{addr2}。）\n"
            "问：{dt}你驾驶的车辆？\n"
            "答：Мой автомобиль «Тойота Ленд Крузер», госномер {pl}, въехал через пункт пропуска Пограничный.\n"
            "（译：我的车从波格拉尼奇内口岸入境。）\n"
            "问：你的居留证件？\n答：ВНЖ номер {rp}.\n问：被害人{v1}（身份证号码{vidc}）称你收了她的钱没有交货？\n"
            "答：Деньги от госпожи {v2} пришли на мою карту {bank} {card} (часть — на счёт {ib}), но товар задержали на таможне. С ней я договорился вернуть деньги.\n"
            "（译：{v4}女士的钱转到了我的卡上，货物在海关被扣，我已经和她约定退款。）\n"
            "问：以上内容是否属实？\n答：Да, всё верно. Записано с моих слов, мною прочитано. {sig}\n"
            "翻译人：{it2}",
            fio=N(s.ru()), cn=N(s.cn), sx=sex_zh(s), nat=nat_zh(s), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()),
            it=N(it.cn), fio2=N(s.ru()), born="родился" if s.sex == "M" else "родилась", dob2=DOB(s.dob_s("ru_long")), home=AD(s.addr_home()), cn2=N(s.cn),
            home_cn=AD(s.addr_home_cn()), addr=AD(s.addr_cn()), phcn=PH(s.phone_cn("plain")), phru=PH(s.phone_home("intl")),
            cityzh=s.city, tg=IM(s.telegram()), addr2=AD(s.addr_cn()), phcn2=PH(s.phone_cn("plain")), dt=zhd(date), pl=PL(pl), pl2=PL(pl),
            rp=RP(s.rp()), vidc=IDC(v.id_card()), v1=N(v.cn), v2=N(v.lat()), bank=bank, card=BC(fmt_card(card, "space")), ib=IB(s.iban()), v3=N(v.lat()), v4=N(v.cn), sig=N(s.ru_initials()), it2=N(it.cn))
    else:
        s, v, it = P.fx(), P.cn(sex="M"), P.cn(sex="F")
        city = s.city
        ib = s.iban()
        d.f("询问笔录（摘录，附阿拉伯语原话）\n被询问人：{cn}（{lat}），{sx}，国籍：{nat}\n出生日期：{dob}    护照号码：{pp}\n"
            "在华居住地址：{addr}\n翻译人员：{it}（阿拉伯语）\n\n"
            "问：你的姓名、出生日期？\n"
            "答：اسمي {arf}، مواليد {dob2}.\n（译：我叫{cn2}。）\n"
            "问：你的居留许可号码？\n答：{rp}.\n问：你与{v1}（身份证号码{vidc}）是什么关系？\n"
            "答：السيد {v2} مورّد أقمشة في سوق الأقمشة، أتعامل معه منذ سنتين. أرسلت له الدفعة الأخيرة من حسابي {ib}.\n"
            "（译：{v3}先生是布料供应商，我们合作两年，最后一笔货款从我的账户{ib2}汇出。）\n"
            "问：你平时怎么联系他？\n"
            "答：عبر واتساب على الرقم {wa}، ورقمي الصيني {phcn}.\n（译：用WhatsApp联系，我的中国手机号{phcn2}。）\n"
            "问：你在本国的住址？\n"
            "答：{home}.\n"
            "问：以上笔录是否属实？\n答：نعم، هذا كلامي. {sig}\n翻译人：{it2}",
            cn=N(s.cn), lat=N(s.lat_up()), sx=sex_zh(s), nat=nat_zh(s), dob=DOB(s.dob_s("zh")), pp=PP(s.passport()),
            addr=AD(s.addr_cn()), it=N(it.cn), rp=RP(s.rp()), vidc=IDC(v.id_card()), arf=N(s.ar_full), dob2=DOB(s.dob_s("ar_slash")), cn2=N(s.cn),
            v1=N(v.cn), v2=N(v.lat()), ib=IB(group4(ib)), v3=N(v.cn), ib2=IB(ib), wa=IM(s.whatsapp()),
            phcn=PH(s.phone_cn(pick(("ar", "plain")))), phcn2=PH(s.phone_cn("plain")), home=AD(s.addr_home()),
            sig=N(s.ar_short), it2=N(it.cn))


@layout("mediation_agreement")
def lay_mediation(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    no = f"{R.randint(1, 999):04d}"
    if lang == "zh":
        f, c, it = P.fx(), P.cn(sex="F"), P.cn()
        bank, card = c.card_cn()
        pl1, pl2 = f.plate_cn(sep="·"), gen_plate_cn(f.city, "civil", "")
        d.f("道路交通事故损害赔偿调解书\n编号：交调〔2024〕第{no}号\n\n"
            "甲方（肇事方）：{fi}，{fs}，{nat}籍，出生日期{dob}，外国人永久居留身份证号码{pr}，住{fa}，联系电话{fp}，事故时驾驶{pl1}号小型轿车。\n"
            "乙方（受害方）：{c1}，女，公民身份号码{idc}，住{ca}，联系电话{cp}，事故时驾驶{pl2}号电动自行车。\n\n"
            "事故经过：{dt}17时40分许，甲方驾驶{pl1b}号车行经路口右转时，与同向直行的乙方车辆发生碰撞，致乙方右腿擦伤、电动车损坏。"
            "经交警部门认定，甲方负事故全部责任，乙方无责任。\n\n"
            "经双方自愿协商，在调解员主持下达成如下协议：\n"
            "一、甲方一次性赔偿乙方医疗费、误工费、车辆维修费等各项损失共计人民币壹万捌仟陆佰元整（¥18,600.00）；\n"
            "二、上述款项由甲方于本协议签订之日起三日内转入乙方账户（开户行：{bank}，户名：{c2}，卡号：{card}）；\n"
            "三、甲方如从境外账户（{fib}）汇款，汇费由甲方承担；乙方收到款项后，不再就本次事故向甲方主张任何权利；\n"
            "四、本协议经双方签字后生效，一式三份，双方各执一份，调解机关存档一份。\n\n"
            "甲方签字：{fsig}        乙方签字：{csig}\n翻译人员：{it}（{lg}），电话{itp}\n调解员：警号{b}\n{dt2}",
            no=no, fi=zh_intro(f), fs=sex_zh(f), nat=nat_zh(f), dob=DOB(f.dob_s("zh")), pr=PR(f.pr()), fa=AD(f.addr_cn()),
            fp=PH(f.phone_cn("plain")), pl1=PL(pl1), c1=N(c.cn), idc=IDC(c.id_card()), ca=AD(c.addr_cn()),
            cp=PH(c.phone_cn("dash")), pl2=PL(pl2), dt=zhd(date), pl1b=PL(pl1), bank=bank, c2=N(c.cn),
            card=BC(fmt_card(card, "space")), fib=IB(group4(f.iban())), fsig=N(f.cn), csig=N(c.cn), it=N(it.cn), lg=LANG_ZH.get(f.nat3, "英语"),
            itp=PH(it.phone_cn("plain")), b=badge(), dt2=zhd(date + dt.timedelta(days=6)))
    elif lang == "en":
        f, c = P.fx(), P.cn(sex="M")
        ib = f.iban()
        d.f("MEDIATION AGREEMENT (English version; the Chinese text prevails)\nRef.: mediation no. {no}/2024\n\n"
            "Party A: {cl} ({cc}), owner of the bar at {shop}, Chinese ID no. {idc}, tel. {cp}.\n"
            "Party B: {fl}, {nat} national, born {dob}, passport {pp}, residence permit {rp}, living at {fa}, mobile {fp}, email {fe}.\n\n"
            "Background. On the night of {dt} a quarrel over the bill broke out between Party B and staff of the bar. "
            "A glass door was broken and Party B's phone was damaged. Both sides accept partial responsibility.\n\n"
            "Terms.\n"
            "1. Party B pays Party A RMB 4,200 for the door. Payment is made by international transfer from Party B's account "
            "{ib} to Party A's card {card} within five working days.\n"
            "2. Party A pays Party B RMB 1,500 for the phone, in cash, at the signing.\n"
            "3. With these payments the matter is closed; neither party will claim further.\n"
            "4. {fsur} confirms that {pr_} read the Chinese text with the help of the station's interpreter.\n\n"
            "Signed: {fsig} (Party B)    {csig} (Party A)\nMediator: officer, badge {b}",
            no=no, cl=N(c.lat()), cc=N(c.cn), shop=AD(c.addr_cn()), idc=IDC(c.id_card()), cp=PH(c.phone_cn("space")),
            fl=N(f.lat()), nat=nat_en(f), dob=DOB(f.dob_s(pick(("en_long", "slash_dmy", "en_short")))), pp=PP(f.passport()),
            rp=RP(f.rp()), fa=AD(f.addr_cn()), fp=PH(f.phone_home("intl")), fe=EM(f.email()), dt=f"{MONTHS_EN[date.month - 1]} {date.day}",
            ib=IB(group4(ib)), card=BC(fmt_card(c.card_cn()[1], "plain")), pr_="he" if f.sex == "M" else "she", fsur=N(f.sur()), fsig=N(f.lat()), csig=N(c.cn), b=badge())
    elif lang == "ru":
        f, c, it = P.fx(), P.cn(), P.cn(sex="F")
        pl1, pl2 = f.plate_home(), c.plate_cn()
        bank, card = c.card_cn()
        d.f("调解协议书 / Соглашение о примирении сторон\n\n"
            "甲方 / Сторона 1：{f1}（{fcn}），{nat}公民，出生日期 / дата рождения：{dob}，护照 / паспорт № {pp}，"
            "外国人永久居留证 / ПМЖ КНР № {pr}，电话 / тел.：{fp}\n"
            "乙方 / Сторона 2：{c1}，公民身份号码{idc}，电话{cp}，车辆号牌{pl2}\n\n"
            "事故概况：{dt}，甲方驾驶俄罗斯牌照货车（号牌{pl1}）在{city}口岸货场倒车时，刮碰乙方停放的{pl2b}号轿车。\n"
            "Обстоятельства: {dtru} водитель {f2}, управляя грузовиком с госномером {pl1b}, при движении задним ходом "
            "повредил припаркованный автомобиль {pl2c}, принадлежащий гражданину КНР {c2}.\n\n"
            "协议内容 / Условия:\n"
            "1. 甲方赔偿乙方车辆维修费人民币6,800元，转入乙方{bank}账户{card}。\n"
            "   {f3} перечисляет 6 800 юаней на карту {card2} ({c3}).\n"
            "2. 双方确认此事一次性了结。 Стороны претензий друг к другу не имеют.\n\n"
            "签名 / Подписи: {fsig}          {csig}\n翻译 / Переводчик: {it}",
            f1=N(f.ru()), fcn=N(f.cn), nat=nat_zh(f), dob=DOB(f.dob_s("dot")), pp=PP(f.passport()), pr=PR(f.pr("old")),
            fp=PH(f.phone_home("intl")), c1=N(c.cn), idc=IDC(c.id_card()), cp=PH(c.phone_cn("plain")), pl2=PL(pl2),
            dt=zhd(date), pl1=PL(pl1), city=f.city, pl2b=PL(pl2), dtru=f"{date.day:02d}.{date.month:02d}.{date.year}",
            f2=N(f.ru_fi()), pl1b=PL(pl1), pl2c=PL(pl2), c2=N(c.lat()), bank=bank, card=BC(fmt_card(card, "plain")),
            f3=N(f.ru_initials()), card2=BC(fmt_card(card, "space")), c3=N(c.cn), fsig=N(f.ru_initials()), csig=N(c.cn), it=N(it.cn))
    else:
        f, c, it = P.fx(sex="M"), P.cn(sex="F"), P.cn()
        bank, card = f.card_cn()
        d.f("人民调解协议书\n（附阿拉伯语译文）\n\n"
            "当事人一（出租人）：{c1}，女，身份证号{idc}，住{ca}，电话{cp}\n"
            "当事人二（承租人）：{f1}（{fl}），{nat}籍，护照号码{pp}，永久居留身份证号码{pr}，出生日期{dob}，电话{fp}\n\n"
            "纠纷事由：双方于2023年签订房屋租赁合同，租赁房屋位于{room}。现当事人二提前退租，双方就押金退还问题发生纠纷，报警后由社区民警主持调解。\n"
            "协议：一、出租人于三日内退还押金人民币6000元中的4500元至承租人{bank}卡（卡号{card}）；二、其余1500元抵扣墙面损坏维修费；三、双方再无争议。\n\n"
            "الترجمة العربية:\n"
            "اتفق الطرفان: تعيد المؤجرة السيدة {c2} مبلغ ٤٥٠٠ يوان من التأمين إلى بطاقة المستأجر {f2} رقم {card2}، "
            "ويُخصم الباقي مقابل إصلاح الجدار. عنوان الشقة: {room2}. للتواصل: {fp2}.\n\n"
            "签名：{csig}    {fsig}\n翻译：{it}",
            c1=N(c.cn), idc=IDC(c.id_card()), ca=AD(c.addr_cn()), cp=PH(c.phone_cn("space")), f1=N(f.cn), fl=N(f.lat_up()),
            nat=nat_zh(f), pp=PP(f.passport()), pr=PR(f.pr()), dob=DOB(f.dob_s(pick(("zh", "iso")))), fp=PH(f.phone_cn("plain")),
            room=AD(f.addr_cn()), bank=bank, card=BC(fmt_card(card, "plain")), c2=N(c.lat()), f2=N(f.ar_full),
            card2=BC(fmt_card(card, "ar")), room2=AD(f.addr_cn()), fp2=PH(f.phone_cn("ar")), csig=N(c.cn), fsig=N(f.ar_short),
            it=N(it.cn))


@layout("penalty_decision")
def lay_penalty(d: Doc, lang: str) -> None:
    P = Pool(lang)
    no = R.randint(100, 2999)
    exp = dt.date(2024, R.randint(1, 8), R.randint(1, 28))
    if lang == "zh":
        s, w, e = P.fx(), P.cn(), P.cn()
        d.f("{bureau}\n行政处罚决定书\n公（出入境）行罚决字〔2024〕{no}号\n\n"
            "违法行为人：{si}，性别{sx}，出生日期{dob}，国籍{nat}，护照号码{pp}，持{vt}字签证入境（签证号码{visa}），"
            "在华住址{addr}，联系电话{ph}。\n\n"
            "现查明：违法行为人{s2}所持签证停留期限于{exp}届满后，未依法申请延期或办理居留许可，于2024年{m}月被我局查获，非法居留四十余日。"
            "另查明，其在某贸易公司从事样品整理工作，该公司法定代表人{e1}（公民身份号码{eidc}，电话{eph}）对此知情。\n"
            "以上事实有违法行为人的陈述和申辩、证人{w1}的证言、出入境记录查询结果等证据证实。\n\n"
            "根据《中华人民共和国出境入境管理法》第七十八条第一款之规定，现决定对{s3}处罚款人民币五千元。\n"
            "执行方式和期限：被处罚人持本决定书于十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
            "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n\n"
            "{bureau}（印）\n2024年{m}月{dd}日\n被处罚人签收：{sig}",
            bureau=STATION[s.city][0], no=no, si=zh_intro(s), sx=sex_zh(s), dob=DOB(s.dob_s(pick(("zh", "zh0")))), nat=nat_zh(s),
            pp=PP(s.passport()), vt=s.visa_type(), visa=VI(s.visa()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")),
            s2=zh_ref(s), exp=zhd(exp), m=exp.month + 2, e1=N(e.cn), eidc=IDC(e.id_card()), eph=PH(e.phone_cn("dash")),
            w1=N(w.cn), s3=zh_ref(s), dd=R.randint(1, 28), sig=N(s.cn))
    elif lang == "en":
        s, e = P.fx(), P.cn()
        d.f("DECISION ON ADMINISTRATIVE PENALTY\n(English translation served together with the Chinese original)\n"
            "Exit-Entry Administration, {bureau_en} Public Security Bureau — Decision No. {no}/2024\n\n"
            "Party: {sl}, {sx}, date of birth {dob}, nationality {nat}, passport {pp}, entered on X1 visa no. {visa}, residence permit for study "
            "no. {rp}, address in China {addr}, telephone {ph}.\n\n"
            "Facts found: From March to June 2024 the party, who holds a residence permit for study purposes only, worked as an English teacher "
            "at a training centre without a work permit. The centre's manager, {e1} (ID no. {eidc}), paid the party's wages into a card "
            "in the party's name, no. {card}. The facts are shown by the party's statement, the centre's payroll records and the statement "
            "of the manager.\n\n"
            "Decision: Under Article 80 of the Exit and Entry Administration Law, {s2} is fined RMB 10,000 and the illegal income is confiscated.\n"
            "Right of appeal: administrative reconsideration within 60 days, or an administrative lawsuit within six months, of receipt.\n\n"
            "Received by: {sig}    Date: {ds}",
            bureau_en=CITY_EN[s.city], no=no, sl=N(s.lat()), sx="male" if s.sex == "M" else "female",
            dob=DOB(s.dob_s(pick(("en_short", "en_us", "iso")))), nat=nat_en(s), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()),
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("intl")), e1=N(e.lat()), eidc=IDC(e.id_card()),
            card=BC(fmt_card(s.card_cn()[1], "space")), s2=N(s.sur()), sig=N(s.lat_up()),
            ds=f"{R.randint(1, 28)} {MONTHS_EN[R.randint(6, 10)]} 2024")
    elif lang == "ru":
        s, w, it = P.fx(), P.cn(), P.cn()
        d.f("{bureau}\n行政处罚决定书（附俄文译文）\n公（出入境）行罚决字〔2024〕{no}号\n\n"
            "违法行为人：{cn}（{fio}），{sx}，出生日期{dob}，国籍{nat}，护照号码{pp}，签证号码{visa}，住{addr}。\n"
            "经查，违法行为人签证于{exp}到期后未办理延期，非法居留。根据《中华人民共和国出境入境管理法》第七十八条，决定处罚款人民币三千元。\n\n"
            "Перевод на русский язык:\n"
            "Гражданин(ка) {fio2}, {dob2} г.р., паспорт {pp2}, виза {visa2}, проживающий(ая) по адресу: {addr2}, "
            "после истечения срока визы {expru} не продлил(а) её и незаконно пребывал(а) в КНР. "
            "На {fio3} наложен штраф в размере 3 000 юаней. Обжаловать решение можно в течение 60 дней.\n"
            "Связь с переводчиком {it1}: {itp}.\n\n"
            "被处罚人签名 / Подпись: {sig}\n证人：{w1}（身份证号码{widc}）",
            bureau=STATION[s.city][0], no=no, cn=N(s.cn), fio=N(s.ru()), sx=sex_zh(s), dob=DOB(s.dob_s("zh")), nat=nat_zh(s),
            pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()), exp=zhd(exp), fio2=N(s.ru()),
            dob2=DOB(s.dob_s("dot")), pp2=PP(s.passport()), visa2=VI(s.visa()), addr2=AD(s.addr_cn()),
            expru=f"{exp.day:02d}.{exp.month:02d}.{exp.year}", fio3=N(s.ru_fi("acc")), it1=N(it.cn),
            itp=PH(it.phone_cn("space")), sig=N(s.ru_initials()), w1=N(w.cn), widc=IDC(w.id_card()))
    else:
        s, w = P.fx(sex="M"), P.cn()
        d.f("{bureau}\n行政处罚决定书\n公（出入境）行罚决字〔2024〕{no}号\n\n"
            "违法行为人：{cn}（{lat}），{sx}，出生日期{dob}，国籍{nat}，护照号码{pp}，原持居留许可（号码{rp}），住{addr}，电话{ph}。\n"
            "经查，违法行为人居留许可于{exp}有效期届满后，未申请延期，继续在{city}经营外贸代购业务。上述事实有本人陈述、证人{w1}（身份证号码{widc}）证言等证实。"
            "依据《中华人民共和国出境入境管理法》第七十八条第一款，决定对其处以警告并处罚款人民币二千元。\n\n"
            "ترجمة ملخص القرار:\n"
            "المخالف: {ar1}، تاريخ الميلاد {dob2}، جواز سفر رقم {pp2}، دخل بتأشيرة رقم {visa}، تصريح إقامة رقم {rp2}. "
            "انتهت مدة إقامته ولم يتقدم بطلب التمديد، وتقرر فرض غرامة قدرها ٢٠٠٠ يوان. "
            "يحق له طلب إعادة النظر خلال ستين يوماً.\n"
            "للاستفسار يرجى الاتصال بالرقم 12367 (الخط الساخن لإدارة الهجرة).\n\n"
            "签收 / التوقيع: {sig}",
            bureau=STATION[s.city][0], no=no, cn=N(s.cn), lat=N(s.lat_up()), sx=sex_zh(s), dob=DOB(s.dob_s("zh")),
            nat=nat_zh(s), pp=PP(s.passport()), rp=RP(s.rp()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("space")),
            exp=zhd(exp), city=s.city, w1=N(w.cn), widc=IDC(w.id_card()), ar1=N(s.ar_full), dob2=DOB(s.dob_s("ar_slash")), pp2=PP(s.passport()),
            visa=VI(s.visa()), rp2=RP(s.rp()), sig=N(s.ar_short))


@layout("seizure_list")
def lay_seizure(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, w = P.fx(), P.cn()
        c1, c2 = s.card_cn()[1], gen_card("cn")
        c3 = s.card_home()[1]
        l1, l2 = s.mrz()
        d.f("扣押清单\n\n被扣押财物持有人：{si}　护照号码：{pp}　联系电话：{ph}\n见证人：{w1}　身份证号码：{widc}　联系电话：{wph}\n\n"
            "编号｜名称｜数量｜特征｜备注\n"
            "1｜护照｜1本｜{nat}护照，号码{pp2}，资料页机读区：\n", si=zh_intro(s), pp=PP(s.passport()), ph=PH(s.phone_cn("plain")),
            w1=N(w.cn), widc=IDC(w.id_card()), wph=PH(w.phone_cn("plain")), nat=nat_zh(s), pp2=PP(s.passport()))
        mrz_block(d, (l1, l2))
        d.f("\n｜原件\n2｜银行卡｜3张｜{b1}借记卡{c1}；{b2}借记卡{c2}；境外Visa卡{c3}｜\n"
            "3｜手机｜2部｜黑色苹果手机，内插手机卡号码{ph2}；白色华为手机，内插手机卡号码{ph3}｜已关机\n"
            "4｜外国人永久居留身份证｜1张｜号码{pr}｜\n"
            "5｜小型汽车｜1辆｜号牌{pl}，白色｜车钥匙1把\n"
            "6｜现金｜—｜人民币12,300元｜\n\n"
            "持有人签名：{sig}　见证人签名：{wsig}　办案民警：警号{b1n}、{b2n}\n本清单一式三份。",
            b1=s.card_cn()[0], c1=BC(fmt_card(c1, "plain")), b2=c2[0], c2=BC(fmt_card(c2[1], "plain")), c3=BC(fmt_card(c3, "space")),
            ph2=PH(s.phone_cn("plain")), ph3=PH(gen_foreign_phone(s.nat3, "intl")), pr=PR(s.pr()), pl=PL(s.plate_cn(sep="·")),
            sig=N(s.cn), wsig=N(w.cn), b1n=badge(), b2n=badge())
    elif lang == "en":
        s, w = P.fx(), P.cn()
        l1, l2 = s.mrz()
        d.f("LIST OF SEIZED ITEMS (translation of the Chinese 扣押清单 handed to the holder)\n\n"
            "Holder: {sl}, passport {pp}, born {dob}, telephone {ph}\nWitness: {wl}, ID card {widc}\n\n"
            "No. | Item | Qty | Description\n"
            "1 | Passport | 1 | {nat}, no. {pp2}; data page machine-readable zone reads:\n",
            sl=N(s.lat()), pp=PP(s.passport()), dob=DOB(s.dob_s(pick(("en_long", "pp", "slash_dmy")))), ph=PH(s.phone_home("intl")),
            wl=N(w.lat()), widc=IDC(w.id_card()), nat=nat_en(s), pp2=PP(s.passport()))
        mrz_block(d, (l1, l2))
        c1, c2 = s.card_home(), gen_card("cn")
        d.f("\n2 | Bank cards | 2 | {b1} card {c1}; {b2} card {c2}\n"
            "3 | Mobile phones | 2 | iPhone with SIM {ph2}; Xiaomi with SIM {ph3}\n"
            "4 | Notebook | 1 | handwritten; page 3 lists account {ib} and e-mail {em}\n"
            "5 | Car key | 1 | for rented car {pl}\n"
            "6 | Residence permit (in passport) | 1 | no. {rp}\n\n"
            "Holder: {sig}    Witness: {wsig}    Officers: badges {b1n}, {b2n}",
            b1=c1[0], c1=BC(fmt_card(c1[1], "space")), b2=c2[0], c2=BC(fmt_card(c2[1], "plain")), ph2=PH(s.phone_cn("plain")),
            ph3=PH(s.phone_home("local")), ib=IB(s.iban()), em=EM(s.email()), pl=PL(s.plate_cn(sep=" ")), rp=RP(s.rp()), sig=N(s.lat_up()), wsig=N(w.cn),
            b1n=badge(), b2n=badge())
    elif lang == "ru":
        s, w = P.fx(), P.cn()
        l1, l2 = s.mrz()
        c1 = s.card_home()
        d.f("扣押清单 / Протокол изъятия (перечень)\n\n持有人 / Владелец: {fio}（{cn}）\n护照 / Загранпаспорт № {pp}\n"
            "见证人 / Понятой: {w1}，身份证{widc}\n\n"
            "1. 护照1本 / Паспорт 1 шт. — машиночитаемая зона:\n", fio=N(s.ru()), cn=N(s.cn), pp=PP(s.passport()), w1=N(w.cn),
            widc=IDC(w.id_card()))
        mrz_block(d, (l1, l2))
        d.f("\n2. 银行卡2张 / Банковские карты 2 шт.: {b1} {c1}；{b2} {c2}\n"
            "3. 手机1部 / Телефон 1 шт.，SIM {ph}（российский номер），另有中国SIM卡{ph2}\n"
            "4. 居留许可 / Вид на жительство: {rp}\n"
            "5. 汽车钥匙 / Ключи от автомобиля {pl}\n"
            "6. 记事本1本：写有 «{tg} — пароль в заметках» / блокнот с записью\n\n"
            "С перечнем согласен: {sig}\n持有人签名：{sig2}   见证人：{wsig}   民警：警号{b}",
            b1=c1[0], c1=BC(fmt_card(c1[1], "space")), b2=s.card_cn()[0], c2=BC(fmt_card(s.card_cn()[1], "plain")),
            ph=PH(s.phone_home("intl")), ph2=PH(s.phone_cn("plain")), rp=RP(s.rp()), pl=PL(s.plate_home()), tg=IM(s.telegram()),
            sig=N(s.ru_initials()), sig2=N(s.cn), wsig=N(w.cn), b=badge())
    else:
        s, w = P.fx(), P.cn()
        l1, l2 = s.mrz()
        d.f("扣押清单（阿拉伯语对照）\n\n持有人 / الحائز: {ar1}（{cn}）\n护照号码 / رقم الجواز: {pp}\n"
            "出生日期 / تاريخ الميلاد: {dob}\n见证人 / الشاهد: {w1}（身份证号码{widc}）\n\n"
            "١- 护照 جواز سفر — المنطقة المقروءة آلياً:\n", ar1=N(s.ar_full), cn=N(s.cn), pp=PP(s.passport()),
            dob=DOB(s.dob_s(pick(("ar_slash", "iso")))), w1=N(w.cn), widc=IDC(w.id_card()))
        mrz_block(d, (l1, l2))
        cc = gen_card("default")
        d.f("\n٢- 银行卡 بطاقات مصرفية: {c1}（{b1}）، {c2}（Visa）\n"
            "٣- 手机 هاتف: الشريحة {ph}، والشريحة الصينية {ph2}\n"
            "٤- 永久居留身份证 بطاقة الإقامة الدائمة: {pr}\n"
            "٥- 纸条 ورقة مكتوب عليها: IBAN {ib}\n\n"
            "توقيع الحائز: {sig}    见证人：{wsig}    民警：警号{b}",
            c1=BC(fmt_card(s.card_cn()[1], "plain")), b1=s.card_cn()[0], c2=BC(fmt_card(cc[1], "space")),
            ph=PH(s.phone_home("intl")), ph2=PH(s.phone_cn("plain")), pr=PR(s.pr()), ib=IB(s.iban()), sig=N(s.ar_short),
            wsig=N(w.cn), b=badge())


@layout("lineup_identification")
def lay_lineup(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    k = R.randint(2, 11)
    if lang == "zh":
        v, s, wt = P.cn(sex="F"), P.fx(sex="M"), P.cn()
        pl = gen_plate_cn(s.city, "civil", "")
        d.f("辨认笔录\n\n时间：{dt}14时05分至14时30分\n地点：{st}办案区辨认室\n"
            "侦查人员：警号{b1}、{b2}\n"
            "辨认人：{v1}，女，公民身份号码{idc}，住{va}，联系电话{vp}\n"
            "见证人：{w1}，公民身份号码{widc}\n\n"
            "辨认对象：混杂排列的十二张男性免冠照片（编号1—12），其中第{k}号为犯罪嫌疑人{si}（出生日期{dob}，护照号码{pp}，签证号码{visa}）的照片，其余十一张为陪衬照片。\n\n"
            "辨认经过：辨认前，侦查人员向辨认人告知了辨认规则及作虚假辨认应负的法律责任，并让其陈述嫌疑人特征。辨认人称嫌疑人身高约一米八，短卷发，右手有文身，"
            "案发时骑一辆号牌为{pl}的摩托车。随后辨认人对照片逐张观察，指认第{k}号照片中的男子就是在店内抢走其手机的人。\n"
            "辨认结果：辨认人{v2}从十二张照片中辨认出第{k}号照片中的男子即{s2}。\n\n"
            "辨认人：{v3}　　见证人：{w2}　　侦查人员：警号{b1}、{b2}",
            dt=zhd(date), st="".join(STATION[s.city]), b1=badge(), b2=badge(), v1=N(v.cn), idc=IDC(v.id_card()), va=AD(v.addr_cn()),
            vp=PH(v.phone_cn("plain")), w1=N(wt.cn), widc=IDC(wt.id_card()), k=k, si=zh_intro(s), dob=DOB(s.dob_s("zh")),
            pp=PP(s.passport()), visa=VI(s.visa()), pl=PL(pl), v2=N(v.cn), s2=zh_ref(s), v3=N(v.cn), w2=N(wt.cn))
    elif lang == "en":
        v, s = P.fx(), P.cn(sex="M")
        d.f("IDENTIFICATION RECORD (English version for the identifying witness)\n\n"
            "Date: {dt}    Place: identification room, {stn}\n"
            "Identifying witness: {vl}, {nat}, born {dob}, passport {pp}, tourist visa {visa}, staying at {room}, tel. {vp}, WeChat {vw}\n"
            "Interpreter: none required (English).\n\n"
            "Objects: (a) twelve photographs of men of similar age, numbered 1 to 12, one of which shows the suspect {sl} "
            "(Chinese ID {sidc}); (b) five grey scooters parked in the yard, plates covered except for the rear plate.\n\n"
            "Procedure: The witness was told the rules and the legal consequences of a false identification. "
            "Asked to describe the man first, {vs} said he was slim, about 30, with a black cap and a scar on his chin.\n"
            "Result: The witness picked photograph no. {k} ({sl2}) and, among the scooters, the one with plate {pl}.\n"
            "The witness confirmed: \"That is the man who grabbed my bag outside the hotel.\"\n\n"
            "Signed: {vsig}    Witness to the procedure: {wt}    Officers: badges {b1}, {b2}",
            dt=f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}", stn=f"{CITY_EN[v.city]} Public Security Bureau", vl=N(v.lat()), nat=nat_en(v), dob=DOB(v.dob_s(pick(("en_long", "en_us")))),
            pp=PP(v.passport()), visa=VI(v.visa()), room=AD(f"Room {R.randint(3, 30)}{R.randint(1, 36):02d}, {pick(('Hilton Garden Inn', 'Ibis', 'Novotel'))}"),
            vp=PH(v.phone_home("intl")), vw=IM(v.wechat_custom()), sl=N(s.lat()), sidc=IDC(s.id_card()), vs=N(v.sur()),
            k=k, sl2=N(s.cn), pl=PL(s.plate_cn(sep=" ")), vsig=N(v.lat()), wt=N(P.cn().cn), b1=badge(), b2=badge())
    elif lang == "ru":
        v, s, it = P.fx(), P.cn(sex="M"), P.cn()
        d.f("辨认笔录\n辨认人：{v1}（{vcn}），国籍{nat}，出生日期{dob}，护照号码{pp}，在华住址{va}，电话{vp}\n翻译：{it1}\n\n"
            "辨认对象：十辆停放在院内的白色轿车（车牌已遮挡，仅露后牌）及十二张男子照片。\n\n"
            "辨认人陈述（俄语原话）：«Я, {v2}, {vb} фотографии. На фотографии № {k} — водитель, который вёз меня из аэропорта и "
            "забрал мой чемодан. Он называл себя {sl}. Машина — белая, номер {pl}. Мой телефон в Китае {vp2}.»\n"
            "（译：我看了照片，第{k}号是从机场载我并拿走我行李箱的司机，他自称{scn}，车号{pl2}。）\n\n"
            "辨认结果：辨认人指认第{k}号照片中的男子为嫌疑人{scn2}（身份证号码{sidc}），并指认号牌为{pl3}的车辆为作案车辆。\n"
            "Подпись: {vsig}　　翻译：{it2}",
            v1=N(v.ru()), vcn=N(v.cn), nat=nat_zh(v), dob=DOB(v.dob_s("dot")), pp=PP(v.passport()), va=AD(v.addr_cn()),
            vp=PH(v.phone_cn("plain")), it1=N(it.cn), v2=N(v.ru_fi()), vb="осмотрел" if v.sex == "M" else "осмотрела", k=k, sl=N(s.lat()), pl=PL(s.plate_cn()),
            vp2=PH(v.phone_cn("space")), scn=N(s.cn), pl2=PL(s.plate_cn()), scn2=N(s.cn), sidc=IDC(s.id_card()),
            pl3=PL(s.plate_cn()), vsig=N(v.ru_initials()), it2=N(it.cn))
    else:
        v, s, it = P.fx(), P.fx(sex="M"), P.cn()
        d.f("辨认笔录（摘要）\n辨认人：{v1}（{vl}），国籍{nat}，出生日期{dob}，护照号码{pp}，永久居留身份证{vpr}，电话{vp}\n翻译：{it1}（阿拉伯语）\n\n"
            "辨认对象：十张外籍男子照片。第{k}号为嫌疑人{s1}（{sl}），护照号码{spp}，签证号码{svisa}。\n\n"
            "辨认人原话：«رأيت الصور. الرجل في الصورة رقم {ka} هو {sar} الذي أخذ البضاعة من مخزني في {va} ولم يدفع. "
            "كان يتصل بي من الرقم {sph}.»\n"
            "（译：第{k}号照片中的人就是从我位于{va2}的仓库拿走货物未付款的人，他用{sph2}给我打电话。）\n\n"
            "辨认结果：辨认人确认第{k}号照片为{s2}。\n签名 / التوقيع: {vsig}　翻译：{it2}",
            v1=N(v.cn), vl=N(v.lat_up()), nat=nat_zh(v), dob=DOB(v.dob_s("zh")), pp=PP(v.passport()), vpr=PR(v.pr()), vp=PH(v.phone_cn("plain")),
            it1=N(it.cn), k=k, s1=N(s.cn), sl=N(s.lat_up()), spp=PP(s.passport()), svisa=VI(s.visa()), ka=ar_digits(str(k)),
            sar=N(s.ar_short), va=AD(v.addr_cn()), sph=PH(s.phone_home("intl")), va2=AD(v.addr_cn()), sph2=PH(s.phone_home("intl")),
            s2=N(s.cn), vsig=N(v.ar_short), it2=N(it.cn))


@layout("courier_waybill")
def lay_waybill(d: Doc, lang: str) -> None:
    P = Pool(lang)
    wb = f"SF{digits(13, True)}"
    if lang == "zh":
        snd, rcv, q = P.cn(), P.fx(), P.fx()
        d.f("【顺丰速运 电子面单 OCR识别结果】\n运单号：{wb}\n寄件人：{sn}　{sp}　身份证{sidc}\n寄件地址：{sa}\n"
            "收件人：{rn}　{rp}\n收件地址：{ra}\n托寄物：服装样品×3　保价：否\n实名寄递：证件类型 护照　证件号码 {pp}\n"
            "备注：到了打电话，不在就放门卫，或加微信{wx}\n\n"
            "【美团外卖订单截图】\n订单号 {ord}\n顾客：{qn}　手机号：{qp}\n配送地址：{room}\n"
            "备注：不要香菜，放门口就行，我会下楼拿\n\n"
            "民警备注：上述面单及外卖订单系从嫌疑人{rn2}住处垃圾桶提取，收件信息显示其实际居住地为{ra2}，与其登记住址不符；"
            "外卖订单顾客{qn2}与{rn3}同住。",
            wb=wb, sn=N(snd.cn), sp=PH(snd.phone_cn("plain")), sidc=IDC(snd.id_card()), sa=AD(snd.addr_cn()), rn=N(rcv.cn), rp=PH(rcv.phone_cn("space")),
            ra=AD(rcv.addr_cn()), pp=PP(rcv.passport()), wx=IM(rcv.wxid()), ord=digits(19, True), qn=N(q.lat()),
            qp=PH(q.phone_cn("plain")), room=AD(f"{rcv.addr_cn()}"), rn2=N(rcv.cn), ra2=AD(rcv.addr_cn()), qn2=N(q.lat()), rn3=zh_ref(rcv))
    elif lang == "en":
        snd, rcv = P.fx(), P.cn()
        d.f("INTERNATIONAL AIR WAYBILL — copy attached to the customs referral\nAWB {awb}    Service: Express Worldwide    Pieces: 1    Weight: 2.4 kg\n\n"
            "SHIPPER\n  Name: {sn}\n  Address: {sa}\n  Phone: {sp}\n  Email: {se}\n\n"
            "RECEIVER\n  Name: {rn} / {rcn}\n  Address: {ra}\n  Phone: {rp}\n  ID for customs clearance: resident ID {ridc}\n\n"
            "Contents declared: \"phone cases, samples, no commercial value\"    Declared value: USD 20\n"
            "Found on X-ray: 6 sealed packages of white powder (see seizure record).\n\n"
            "Officer's note: the shipper's phone {sp2} is also saved in the receiver's phone as \"{snick}\"; "
            "the receiver says he does not know anyone called {ssur}.",
            awb=f"{digits(10, True)}", sn=N(snd.lat()), sa=AD(snd.addr_home()), sp=PH(snd.phone_home("intl")), se=EM(snd.email()),
            rn=N(rcv.lat()), rcn=N(rcv.cn), ra=AD(rcv.addr_cn()), rp=PH(rcv.phone_cn("intl")), ridc=IDC(rcv.id_card()),
            sp2=PH(snd.phone_home("intl")), snick=N(snd.first_lat), ssur=N(snd.sur()))
    elif lang == "ru":
        snd, rcv = P.cn(), P.fx(nat3="RUS")
        ser = f"{digits(2, True)}{digits(2)} {digits(6)}"
        d.f("【菜鸟/СДЭК 跨境包裹面单】\nНакладная № {nak}\nОтправитель / 寄件人: {sn}, {sp}, {sa}\n"
            "Получатель / 收件人: {rf}\nТелефон получателя: {rp}\nАдрес доставки: {ra}\n"
            "Паспорт получателя (для таможенного оформления): серия и номер {ser}\nДата рождения: {dob}\n"
            "Вложение: одежда, 3 кг\n\n"
            "民警备注：收件人{rcn}系本案嫌疑人，其俄罗斯国内护照信息与面单一致；寄件人{sn2}称系受{rf2}委托代为发货，"
            "货款通过{rtg}（Telegram）结算。",
            nak=digits(10, True), sn=N(snd.cn), sp=PH(snd.phone_cn("plain")), sa=AD(snd.addr_cn()), rf=N(rcv.ru()),
            rp=PH(rcv.phone_home("local")), ra=AD(rcv.addr_home()), ser=PP(ser), dob=DOB(rcv.dob_s("dot")), rcn=N(rcv.cn),
            sn2=N(snd.cn), rf2=N(rcv.ru_fi("gen")), rtg=IM(rcv.telegram()))
    else:
        snd, rcv = P.fx(), P.fx()
        d.f("【Aramex 国际快递单 / بوليصة شحن】\nرقم الشحنة: {aw}\n\nالمرسل / 寄件人:\n{sn}\n{sa}\nهاتف: {sp}\n\n"
            "المرسل إليه / 收件人:\n{rn}\n{ra}\nجوال: {rp}\nالبريد الإلكتروني: {re}\nرقم جواز السفر: {pp}\n\n"
            "المحتويات: إكسسوارات هواتف — عينات\n\n"
            "民警备注：寄件人{scn}（{sl}）在义乌租用仓库，其在华手机号{sp2}；收件人{rcn}为其在{nat}的合伙人。",
            aw=digits(11, True), sn=N(snd.ar_full), sa=AD(snd.addr_cn()), sp=PH(snd.phone_cn(pick(("intl", "plain")))),
            rn=N(rcv.ar_full), ra=AD(rcv.addr_home()), rp=PH(rcv.phone_home(pick(("intl", "local")))), re=EM(rcv.email()),
            pp=PP(rcv.passport()), scn=N(snd.cn), sl=N(snd.lat_up()), sp2=PH(snd.phone_cn("plain")), rcn=N(rcv.cn), nat=nat_zh(rcv))


def pnr_dob(d: dt.date) -> str:
    return f"{d.day:02d}{MON3[d.month - 1]}{str(d.year)[2:]}"


@layout("car_rental_contract")
def lay_car_rental(d: Doc, lang: str) -> None:
    P = Pool(lang)
    cno = f"ZC{digits(10, True)}"
    if lang == "zh":
        r, e = P.fx(), P.cn()
        pl = gen_plate_cn(r.city, pick(("civil", "ev")), "")
        card = gen_card("default")[1]
        d.f("汽车租赁合同（个人客户）\n合同编号：{cno}\n\n"
            "承租方：{ri}　国籍：{nat}　出生日期：{dob}\n证件类型：护照　证件号码：{pp}\n"
            "驾驶证：中华人民共和国机动车驾驶证，证号{pp2}（外籍人员以护照号码为证号）\n"
            "联系电话：{ph}　电子邮箱：{em}\n在华住址：{addr}\n紧急联系人：{ec}　电话：{ecp}\n\n"
            "租赁车辆：大众朗逸　白色　号牌：{pl}\n租期：2024年{m}月{d1}日10时至{m}月{d2}日10时　日租金：228元\n"
            "押金：信用卡预授权人民币5000元（卡号{card}）；退款账户：{ib}\n居留许可号码：{rp}\n\n"
            "第一条 承租方应亲自驾驶车辆，不得转借他人，不得用于营运。\n第二条 租期内发生的交通违法由承租方负责处理，出租方有权从押金中扣除相应费用。\n"
            "第三条 车辆归还时油量应与交车时一致，不足部分按实际加油费用另加30元服务费计收。\n\n"
            "承租方签字：{sig}\n\n附件：承租人护照资料页复印件（机读区）\n",
            cno=cno, ri=zh_intro(r), nat=nat_zh(r), dob=DOB(r.dob_s("zh")), pp=PP(r.passport()), pp2=PP(r.passport()),
            ph=PH(r.phone_cn("space")), em=EM(r.email()), addr=AD(r.addr_cn()), ec=N(e.cn), ecp=PH(e.phone_cn("plain")),
            pl=PL(pl), m=R.randint(3, 10), d1=R.randint(1, 14), d2=R.randint(15, 28), card=BC(fmt_card(card, "space")),
            ib=IB(r.iban()), rp=RP(r.rp()), sig=N(r.cn))
        mrz_block(d, r.mrz())
    elif lang == "en":
        r = P.fx()
        pl = gen_plate_cn(r.city, "civil", " ")
        ib = r.iban()
        d.f("VEHICLE RENTAL AGREEMENT — {cno}\n\n"
            "Renter\n  Full name (as in passport): {up}\n  Date of birth: {dob}\n  Passport: {pp}    Issuing country: {nat}\n"
            "  Permanent residence ID (China): {pr}\n  Mobile: {ph}    E-mail: {em}\n  Address in China: {addr}\n  Home address: {home}\n\n"
            "Vehicle: Toyota Corolla, grey, registration {pl}\nPeriod: 7 days    Rate: RMB 198/day\n"
            "Deposit: RMB 3,000, to be refunded by bank transfer to {ib}\n\n"
            "Conditions (extract)\n  a) Only the renter may drive the vehicle.\n  b) Traffic fines during the rental are charged to the renter.\n"
            "  c) The vehicle must not leave the province without written consent.\n\n"
            "Renter's signature: {sig}\n\nAttachment 1 — passport copy, machine-readable zone:\n",
            cno=cno, up=N(r.lat_up()), dob=DOB(r.dob_s(pick(("pp", "en_long", "slash_dmy")))), pp=PP(r.passport()), nat=nat_en(r),
            pr=PR(r.pr()), ph=PH(r.phone_cn("intl")), em=EM(r.email()), addr=AD(r.addr_cn()), home=AD(r.addr_home()), pl=PL(pl),
            ib=IB(group4(ib)), sig=N(r.lat()))
        mrz_block(d, r.mrz())
    elif lang == "ru":
        r = P.fx()
        pl = gen_plate_cn(r.city, "civil", "")
        d.f("汽车租赁合同 / Договор аренды автомобиля № {cno}\n\n"
            "承租人 / Арендатор: {fio}（{cn}）\nДата рождения / 出生日期: {dob}\nЗагранпаспорт / 护照: {pp}\n"
            "Виза / 签证: {visa}\nВид на жительство в КНР / 居留许可: {rp}\nТелефон / 电话: {ph}, {ph2}\nTelegram: {tg}\n"
            "Адрес в Китае / 在华住址: {addr}\n\n"
            "Автомобиль / 车辆: Haval H6, госномер / 号牌 {pl}\n"
            "Залог / 押金: 3000 юаней, возврат на карту {card} или на счёт {ib}\n\n"
            "Арендатор обязуется лично управлять автомобилем и не выезжать за пределы провинции. "
            "Штрафы за нарушения ПДД оплачивает арендатор.\n承租人应亲自驾驶，租期内交通违法由承租人承担。\n\n"
            "Подпись / 签字: {sig}\n\nПриложение: копия паспорта (МЧЗ) / 附：护照复印件机读区\n",
            cno=cno, fio=N(r.ru()), cn=N(r.cn), dob=DOB(r.dob_s("dot")), pp=PP(r.passport()), visa=VI(r.visa()), rp=RP(r.rp()),
            ph=PH(r.phone_cn("plain")), ph2=PH(r.phone_home("local")), tg=IM(r.telegram()), addr=AD(r.addr_cn()), pl=PL(pl),
            card=BC(fmt_card(r.card_home()[1], "space")), ib=IB(group4(r.iban())), sig=N(r.ru_initials()))
        mrz_block(d, r.mrz())
    else:
        r = P.fx()
        pl = gen_plate_cn(r.city, pick(("civil", "ev")), "·")
        d.f("汽车租赁合同 / عقد تأجير سيارة\nرقم العقد: {cno}\n\n"
            "المستأجر / 承租人: {ar1}\nالاسم في الجواز: {up}\n中文译名：{cn}\n"
            "تاريخ الميلاد / 出生日期: {dob}\nرقم الجواز / 护照号码: {pp}\nرقم التأشيرة / 签证号码: {visa}\n"
            "الهاتف / 电话: {ph}\nواتساب: {wa}\nالعنوان في الصين / 在华住址: {addr}\n\n"
            "السيارة / 车辆: 比亚迪秦 PLUS، رقم اللوحة {pl}\nالتأمين / 押金: ٣٠٠٠ يوان عبر بطاقة {card}، ويُعاد إلى الحساب {ib}\nتصريح الإقامة / 居留许可: {rp}\n\n"
            "يلتزم المستأجر بقيادة السيارة بنفسه وعدم تأجيرها للغير. المخالفات المرورية على حساب المستأجر.\n"
            "承租方须亲自驾驶，不得转租。\n\nالتوقيع / 签字: {sig}\n\nمرفق: صورة الجواز (المنطقة المقروءة آلياً)\n",
            cno=cno, ar1=N(r.ar_full), up=N(r.lat_up()), cn=N(r.cn), dob=DOB(r.dob_s(pick(("ar_slash", "slash_dmy")))),
            pp=PP(r.passport()), visa=VI(r.visa()), ph=PH(r.phone_cn("plain")), wa=IM(r.whatsapp()), addr=AD(r.addr_cn()),
            pl=PL(pl), card=BC(fmt_card(r.card_home()[1], "plain")), ib=IB(group4(r.iban())), rp=RP(r.rp()), sig=N(r.ar_short))
        mrz_block(d, r.mrz())


@layout("flight_manifest")
def lay_manifest(d: Doc, lang: str) -> None:
    P = Pool(lang)
    flights = {"zh": ("KE851", "ICN", "DLC"), "en": ("CX352", "HKG", "CTU"), "ru": ("S75605", "VVO", "HRB"), "ar": ("EK362", "DXB", "CAN")}
    fl, org, dst = flights[lang]
    date = incident_date()
    pax = [P.fx() for _ in range(4)] + [P.cn()]
    R.shuffle(pax)
    head = {
        "zh": "航班旅客名单（API数据，按入境查验需要调取）\n航班：{fl}　{org}→{dst}　日期：{dt}\n\n序号  姓名/称谓  性别  出生日期  国籍  证件  证件号码  签证/居留证件  座位\n",
        "en": "ADVANCE PASSENGER INFORMATION — extract\nFlight {fl}  {org}-{dst}  {dt}\n\nNo  NAME/TITLE  SEX  DOB  NAT  DOC  DOC NO  VISA/PERMIT  SEAT\n",
        "ru": "旅客名单 / Список пассажиров рейса {fl} {org}–{dst}, {dt}\n\n№  ФАМИЛИЯ/ИМЯ  ПОЛ  ДАТА РОЖД.  ГРАЖД.  ДОК.  НОМЕР  ВИЗА/ВНЖ  МЕСТО\n",
        "ar": "قائمة الركاب / 旅客名单 — الرحلة {fl} {org}–{dst} بتاريخ {dt}\n\nم  الاسم/اللقب  الجنس  تاريخ الميلاد  الجنسية  الوثيقة  رقمها  التأشيرة/الإقامة  المقعد\n",
    }[lang]
    d.f(head, fl=fl, org=org, dst=dst, dt=date.strftime("%d%b%y").upper())
    for i, p in enumerate(pax, 1):
        title = ("MR" if p.sex == "M" else pick(("MS", "MRS")))
        nm = f"{p.sur_lat.upper()}/{p.given_lat.upper()}"
        if p.chinese:
            row = [f"{i:02d}  ", N(nm), f" {title}  {p.sex}  ", DOB(pnr_dob(p.dob)), "  CHN  P  ", PP(p.passport()), "  —  ",
                   f"{R.randint(10, 45)}{pick('ABCDEFHJK')}\n"]
        else:
            kind = pick(("visa", "rp", "pr"))
            doc = VI(p.visa()) if kind == "visa" else (RP(p.rp()) if kind == "rp" else PR(p.pr()))
            pre = {"visa": "V ", "rp": "RP ", "pr": "PR "}[kind]
            row = [f"{i:02d}  ", N(nm), f" {title}  {p.sex}  ", DOB(pnr_dob(p.dob)), f"  {p.nat3}  P  ", PP(p.pp_raw()),
                   f"  {pre}", doc, f"  {R.randint(10, 45)}{pick('ABCDEFHJK')}\n"]
        d.f("{r}", r=row)
    q = next(p for p in pax if not p.chinese)
    if lang == "zh":
        d.f("\n备注：{n}（{c}）在值机时预留联系电话{ph}，托运行李2件；入境查验时称来华探亲，在华住址登记为{ad}。", n=N(q.lat_up()),
            c=N(q.cn), ph=PH(q.phone_home("intl")), ad=AD(q.addr_cn()))
    elif lang == "en":
        d.f("\nRemarks: passenger {n} gave contact number {ph} and e-mail {em} at check-in; travelling with {n2}.", n=N(q.lat_up()),
            ph=PH(q.phone_home("intl")), em=EM(q.email()), n2=N(next(p for p in pax if p is not q).lat_up()))
    elif lang == "ru":
        qr = next(p for p in pax if not p.chinese and p.script == "cyr")
        d.f("\nПримечание авиакомпании: {ps} {n} ({nc}) при регистрации {uk} телефон {ph}; "
            "в Китае будет проживать по адресу {ad}.\n备注：该旅客自称来华探亲。", ps="пассажир" if qr.sex == "M" else "пассажирка",
            uk="указал" if qr.sex == "M" else "указала", n=N(qr.ru()), nc=N(f"{qr.sur_lat.upper()}/{qr.given_lat.upper()}"),
            ph=PH(qr.phone_home("intl")), ad=AD(qr.addr_cn()))
    else:
        qa = next(p for p in pax if not p.chinese and p.script == "ar")
        d.f("\nملاحظة: {rk} {n} ({nl}) {sj} رقم الهاتف {ph}، وعنوان الإقامة في الصين: {ad}.\n备注：该旅客称来华采购服装。",
            rk="الراكب" if qa.sex == "M" else "الراكبة", sj="سجّل" if qa.sex == "M" else "سجّلت",
            n=N(qa.ar_full), nl=N(f"{qa.sur_lat.upper()}/{qa.given_lat.upper()}"), ph=PH(qa.phone_home("intl")), ad=AD(qa.addr_cn()))


@layout("student_roster")
def lay_roster(d: Doc, lang: str) -> None:
    P = Pool(lang)
    studs = [P.fx(age=(1996, 2005)) for _ in range(4)]
    if lang == "zh":
        d.t("××大学国际教育学院\n2024级外籍学生名册（节选，供辖区派出所核对住宿登记）\n\n学号\t中文名\t护照姓名\t国籍\t出生日期\t护照号码\t居留许可\t手机\n")
        for i, s in enumerate(studs):
            d.f("{no}\t{cn}\t{up}\t{nat}\t{dob}\t{pp}\t{rp}\t{ph}\n", no=f"2024{digits(5)}", cn=N(s.cn), up=N(s.lat_up()), nat=nat_zh(s),
                dob=DOB(s.dob_s(pick(("iso", "compact", "ydot")))), pp=PP(s.passport()), rp=RP(s.rp()) if i != 1 else "待办理",
                ph=PH(s.phone_cn("plain")) if i != 2 else "（未留）")
        s = studs[1]
        d.f("\n说明：{cn}目前持X1签证（签证号码{visa}），居留许可正在办理；校外住宿地址{ad}。", cn=N(s.cn), visa=VI(s.visa()), ad=AD(s.addr_cn()))
    elif lang == "en":
        d.t("School of International Education — Register of international students (extract)\nCohort 2024 | prepared for the local police station\n\n")
        for i, s in enumerate(studs, 1):
            d.f("{i}. {cm}\n   Nationality: {nat} | DOB: {dob} | Passport: {pp}\n   {perm} | Email: {em}\n", i=i, cm=N(s.lat_comma()),
                nat=nat_en(s), dob=DOB(s.dob_s(pick(("slash_dmy", "iso", "en_short")))), pp=PP(s.passport()),
                perm=[("Residence permit: "), RP(s.rp())] if i % 2 else ["X1 visa: ", VI(s.visa())], em=EM(s.email()))
        s = studs[2]
        d.f("\nNote: {n} lives off campus at {ad}; phone {ph}. Tuition refunds for {n2} go to {ib}.", n=N(s.first_lat), ad=AD(s.addr_cn()), ph=PH(s.phone_cn("space")), n2=N(s.first_lat), ib=IB(s.iban()))
    elif lang == "ru":
        d.t("外籍学生名册 / Список иностранных студентов (подготовительный факультет)\n\n")
        for i, s in enumerate(studs, 1):
            d.f("{i}) {fio} / {cn}\n    дата рождения {dob}; паспорт {pp}; {perm}\n", i=i, fio=N(s.ru()),
                cn=N(s.cn), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()),
                perm=["ВНЖ ", RP(s.rp())] if i % 2 else ["виза X1 ", VI(s.visa())])
        s = studs[0]
        d.f("\nКуратор: {st} {n} проживает вне общежития: {ad}, тел. {ph}. 校外住宿已登记。", n=N(s.ru_fi()), ad=AD(s.addr_cn()),
            st="студент" if s.sex == "M" else "студентка", ph=PH(s.phone_cn("plain")))
    else:
        d.t("外籍学生名册 / سجل الطلاب الأجانب — برنامج اللغة الصينية\n\n")
        for i, s in enumerate(studs, 1):
            d.f("{i}- {ar} | {lat}\n   تاريخ الميلاد: {dob} — الجواز: {pp} — {perm}\n", i=ar_digits(str(i)), ar=N(s.ar_full),
                lat=N(s.lat_up()), dob=DOB(s.dob_s(pick(("ar_slash", "ar_dmy", "iso")))), pp=PP(s.passport()),
                perm=["الإقامة ", RP(s.rp())] if i % 2 else ["تأشيرة X1 ", VI(s.visa())])
        s = studs[3]
        d.f("\nملاحظة: {st} {n} {lv} خارج الحرم: {ad}، هاتف {ph}. 校外住宿。", st="الطالب" if s.sex == "M" else "الطالبة",
            lv="يسكن" if s.sex == "M" else "تسكن", n=N(s.ar_given), ad=AD(s.addr_cn()), ph=PH(s.phone_cn("ar")))


@layout("employment_contract")
def lay_employment(d: Doc, lang: str) -> None:
    P = Pool(lang)
    rep = P.cn()
    if lang == "zh":
        e = P.fx()
        d.f("劳动合同书（外籍员工）\n\n甲方（用人单位）：某国际贸易有限公司\n法定代表人：{rn}　身份证号码：{ridc}\n\n"
            "乙方（劳动者）：{ei}\n性别：{sx}　国籍：{nat}　出生日期：{dob}\n护照号码：{pp}　居留许可号码：{rp}\n"
            "现住址：{addr}\n手机：{ph}　微信：{wx}　电子邮箱：{em}\n\n"
            "第一条 合同期限：自2024年7月1日起至2026年6月30日止。\n第二条 工作内容：外贸业务、客户联络及翻译。\n"
            "第三条 劳动报酬：月工资人民币15,000元，每月10日前发放至乙方名下银行卡（{bank}，卡号{card}）；乙方申请的境外汇款部分汇至{ib}。\n"
            "第四条 甲方为乙方办理外国人工作许可及工作类居留许可，乙方应配合提供材料。\n"
            "第五条 乙方出境、变更住址，应于五日内书面告知甲方。\n\n甲方盖章：　　　　乙方签字：{sig}\n2024年6月20日\n\n附件：乙方护照资料页复印件（机读区）\n",
            rn=N(rep.cn), ridc=IDC(rep.id_card()), ei=zh_intro(e), sx=sex_zh(e), nat=nat_zh(e), dob=DOB(e.dob_s("zh")),
            pp=PP(e.passport()), rp=RP(e.rp()), addr=AD(e.addr_cn()), ph=PH(e.phone_cn("dash")), wx=IM(e.wechat_custom()),
            em=EM(e.email()), bank=e.card_cn()[0], card=BC(fmt_card(e.card_cn()[1], "space")), ib=IB(group4(e.iban())), sig=N(e.cn))
        mrz_block(d, e.mrz())
    elif lang == "en":
        e = P.fx()
        ib = e.iban()
        d.f("EMPLOYMENT CONTRACT (bilingual; English part)\n\nEmployer: ______ Education Technology Co., Ltd.\n"
            "Legal representative: {rl} ({rc}), ID {ridc}\n\n"
            "Employee: {el}\nDate of birth: {dob}    Nationality: {nat}\nPassport no.: {pp}    Permanent residence ID: {pr}\n"
            "Address: {addr}\nTelephone: {ph}    E-mail: {em}\n\n"
            "1. Term: two years from 1 September 2024.\n2. Position: curriculum designer.\n"
            "3. Salary: RMB 22,000 per month before tax. Up to 40% may be paid, at the employee's request, to the employee's account abroad:\n"
            "   Account holder: {eu}    IBAN: {ib}\n"
            "4. The employee will notify the employer within 5 days of any change of address or telephone number.\n"
            "5. Annual leave: 10 working days.\n\nSigned for the employer: {rl2}    Employee: {sig}\n"
            "Annex: copy of passport data page (MRZ)\n",
            rl=N(rep.lat()), rc=N(rep.cn), ridc=IDC(rep.id_card()), el=N(e.lat()), dob=DOB(e.dob_s(pick(("en_long", "en_us")))),
            nat=nat_en(e), pp=PP(e.passport()), pr=PR(e.pr()), addr=AD(e.addr_cn()), ph=PH(e.phone_cn("space")), em=EM(e.email()),
            eu=N(e.lat_up()), ib=IB(group4(ib)), rl2=N(rep.lat()), sig=N(e.lat()))
        mrz_block(d, e.mrz())
    elif lang == "ru":
        e = P.fx()
        ib = e.iban()
        d.f("劳动合同 / Трудовой договор\n\n用人单位法定代表人 / Представитель работодателя: {rn}，身份证{ridc}\n\n"
            "劳动者 / Работник: {fio}（{cn}）\nДата рождения: {dob}\nПаспорт: {pp}\nВНЖ (рабочий) / 工作类居留许可: {rp}\n"
            "Адрес проживания в КНР: {addr}\nТелефон: {ph}; WeChat: {wx}; e-mail: {em}\n\n"
            "1. Работник принимается на должность менеджера по продажам (русскоязычный рынок).\n"
            "2. Заработная плата: 12 000 юаней в месяц; часть зарплаты перечисляется на счёт {ib} (получатель — {fi}).\n"
            "3. 甲方为乙方办理工作许可和居留许可。\n4. Работник обязан сообщать о смене адреса в течение 5 дней.\n\n"
            "Подписи / 签字: {rn2}          {sig}\n\nПриложение: копия паспорта (МЧЗ)\n",
            rn=N(rep.cn), ridc=IDC(rep.id_card()), fio=N(e.ru()), cn=N(e.cn), dob=DOB(e.dob_s(pick(("dot", "ru_long")))),
            pp=PP(e.passport()), rp=RP(e.rp()), addr=AD(e.addr_cn()), ph=PH(e.phone_cn("plain")), wx=IM(e.wxid()), em=EM(e.email()),
            ib=IB(ib), fi=N(e.ru_fi()), rn2=N(rep.cn), sig=N(e.ru_initials()))
        mrz_block(d, e.mrz())
    else:
        e = P.fx()
        d.f("劳动合同（中阿对照）/ عقد عمل\n\n甲方法定代表人 / الممثل القانوني: {rn}，身份证号码{ridc}，电话{rph}\n\n"
            "乙方 / الموظف: {ar1}\n护照姓名：{up}\nتاريخ الميلاد: {dob}\nرقم الجواز: {pp}\nالإقامة الدائمة / 永久居留身份证: {pr}\n"
            "العنوان: {addr}\nالهاتف: {ph}\nالبريد: {em}\n\n"
            "البند ١: يعمل الموظف مترجماً ومسؤول مبيعات لأسواق الشرق الأوسط.\nالبند ٢: الراتب الشهري ١٢٠٠٠ يوان يُحوَّل إلى بطاقة {card}.\n"
            "第三条：乙方工资每月发放至其{bank}卡{card2}。\nالبند ٤: يلتزم الموظف بإبلاغ الشركة عن أي تغيير في العنوان خلال خمسة أيام.\n\n"
            "التوقيع / 签字: {sig}     {rn2}\nمرفق: صورة الجواز\n",
            rn=N(rep.cn), ridc=IDC(rep.id_card()), rph=PH(rep.phone_cn("plain")), ar1=N(e.ar_full), up=N(e.lat_up()),
            dob=DOB(e.dob_s("ar_slash")), pp=PP(e.passport()), pr=PR(e.pr()), addr=AD(e.addr_cn()), ph=PH(e.phone_cn("ar")),
            em=EM(e.email()), card=BC(fmt_card(e.card_cn()[1], "ar")), bank=e.card_cn()[0], card2=BC(fmt_card(e.card_cn()[1], "plain")),
            sig=N(e.ar_short), rn2=N(rep.cn))
        mrz_block(d, e.mrz())


@layout("medical_certificate")
def lay_medical(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    doc_ = P.cn()
    hosp = pick(("第一人民医院", "中心医院", "医科大学附属第二医院", "中医院"))
    if lang == "zh":
        pt, cmp = P.fx(), P.cn()
        d.f("{city}{hosp}\n诊断证明书\n\n门诊号：{mz}\n姓名：{pn}　性别：{sx}　年龄：{age}岁\n出生日期：{dob}　证件号码（外国人永久居留身份证）：{pp}\n"
            "住址：{addr}　联系电话：{ph}\n\n临床诊断：1. 左侧第5、6肋骨骨折；2. 面部软组织挫伤。\n"
            "处理意见：建议休息四周，避免剧烈活动，两周后门诊复查胸片。\n\n"
            "医师：{dn}　　{dt}\n（本证明仅供参考，涂改无效。医院总机 {hp}）\n\n"
            "陪同就诊人：{cn}，系患者同事，电话{cph}，身份证号码{cidc}。",
            city=pt.city, hosp=hosp, mz=digits(10, True), pn=N(pt.cn), sx=sex_zh(pt), age=2024 - pt.dob.year, dob=DOB(pt.dob_s("zh0")),
            pp=PR(pt.pr()), addr=AD(pt.addr_cn()), ph=PH(pt.phone_cn("plain")), dn=N(doc_.cn), dt=zhd(date),
            hp=gen_cn_landline(pt.city, "dash"), cn=N(cmp.cn), cph=PH(cmp.phone_cn("plain")), cidc=IDC(cmp.id_card()))
    elif lang == "en":
        pt = P.fx()
        d.f("MEDICAL CERTIFICATE (translation for the police file)\n{hosp_en}, {city}\n\n"
            "Patient: {pu}    Sex: {sx}    Date of birth: {dob}\nPassport: {pp}    Residence permit: {rp}    Outpatient no.: {mz}\n"
            "Address: {room}\nTelephone: {ph}    Next of kin abroad: {kin}, {kph}\n\n"
            "Diagnosis: closed fracture of the right fifth metacarpal; abrasions of both knees.\n"
            "Treatment: closed reduction and splint. Review in fracture clinic in 10 days.\n"
            "Fitness: unfit for manual work for 4 weeks.\n\nAttending doctor: Dr {dl}    Date: {dt}\n"
            "Hospital switchboard: {hp} (for verification only)",
            hosp_en=pick(("First People's Hospital", "Central Hospital", "Second Affiliated Hospital")), city=CITY_EN[pt.city],
            pu=N(pt.lat_up()), sx="M" if pt.sex == "M" else "F", dob=DOB(pt.dob_s(pick(("slash_dmy", "en_short", "iso")))),
            pp=PP(pt.passport()), rp=RP(pt.rp()), mz=digits(10, True), room=AD(f"{pick(('Hilton', 'Marriott', 'Hanting'))} Hotel, Room {R.randint(2, 25)}{R.randint(1, 30):02d}"),
            ph=PH(pt.phone_home("intl")), kin=N((k := P.fx(nat3=pt.nat3)).lat()), kph=PH(k.phone_home("local")), dl=N(doc_.lat()),
            dt=f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}", hp=gen_cn_landline(pt.city, "intl"))
    elif lang == "ru":
        pt, it = P.fx(), P.cn(sex="F")
        d.f("{city}{hosp} 诊断证明书\nМедицинская справка (перевод)\n\n"
            "姓名 / Ф.И.О.: {cn} / {fio}\n出生日期 / Дата рождения: {dob}\n护照 / Паспорт: {pp}\n永久居留证 / ПМЖ: {pr}\n电话 / Телефон: {ph}\n\n"
            "诊断：右踝关节扭伤，右外踝撕脱骨折可能。\nДиагноз: растяжение связок правого голеностопного сустава, возможен отрывной перелом.\n"
            "Рекомендации: иммобилизация 3 недели, контрольный рентген.\n\n"
            "医师 / Врач: {dn}\nПереводчик: {itn}, тел. {itp}\n\n"
            "Со слов пациента: травму получил(а) {dt} у дома по адресу {addr}, когда {sur2} толкнул незнакомый мужчина.",
            city=pt.city, hosp=hosp, cn=N(pt.cn), fio=N(pt.ru()), dob=DOB(pt.dob_s("dot")), pp=PP(pt.passport()), pr=PR(pt.pr()),
            ph=PH(pt.phone_cn("plain")), dn=N(doc_.cn), itn=N(it.cn), itp=PH(it.phone_cn("space")),
            dt=f"{date.day:02d}.{date.month:02d}.{date.year}", addr=AD(pt.addr_cn()), sur2=N(pt.ru_fi("acc")))
    else:
        pt, cmp = P.fx(), P.fx()
        d.f("{city}{hosp}\n诊断证明书 / شهادة طبية\n\n姓名 / الاسم: {cn}（{ar1}）\n出生日期 / تاريخ الميلاد: {dob}\n"
            "护照号码 / رقم الجواز: {pp}\n电话 / الهاتف: {ph}\n\n诊断：头皮裂伤（约3厘米），已清创缝合。\n"
            "التشخيص: جرح في فروة الرأس طوله حوالي ٣ سم، تم تنظيفه وخياطته.\nالتوصية: مراجعة بعد ٧ أيام لإزالة الغرز.\n\n"
            "医师 / الطبيب: {dn}\n\nالمرافق: {cmp}، بطاقة الإقامة الدائمة رقم {cpp}، هاتف {cph}. 陪同人：{ccn}。",
            city=pt.city, hosp=hosp, cn=N(pt.cn), ar1=N(pt.ar_full), dob=DOB(pt.dob_s(pick(("zh", "ar_slash")))), pp=PP(pt.passport()),
            ph=PH(pt.phone_cn("plain")), dn=N(doc_.cn), cmp=N(cmp.ar_full), cpp=PR(cmp.pr()), cph=PH(cmp.phone_home("intl")),
            ccn=N(cmp.cn))


@layout("ride_hailing_receipt")
def lay_ride(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    drv = P.cn(sex="M")
    if lang == "zh":
        pax = P.fx()
        pl = gen_plate_cn(pax.city, pick(("ev", "civil")), "")
        d.f("滴滴出行-行程单\n申请时间：2024-{m}-{dd}　行程时间：{dt}\n行程人手机号：{ph}　共2笔行程，合计126.40元\n\n"
            "序号｜车型｜上车时间｜城市｜起点｜终点｜里程｜金额\n"
            "1｜快车｜{d1} 23:41｜{city}｜{a1}｜{city}站｜18.2km｜48.60\n"
            "2｜快车｜{d2} 00:37｜{city}｜{city}站｜{a2}｜19.9km｜77.80\n\n"
            "民警调取补充信息：第1笔订单司机{dn}，车牌{pl}，司机手机{dph}，身份证号码{didc}。乘客实名信息：{pn}，永久居留身份证号码{pp}。",
            m=f"{date.month:02d}", dd=f"{date.day:02d}", dt=zhd(date), ph=PH(pax.phone_cn("plain")), d1=date.isoformat(), city=pax.city,
            a1=AD(pax.addr_cn()), d2=(date + dt.timedelta(days=1)).isoformat(), a2=AD(pax.addr_cn()), dn=N(drv.cn), pl=PL(pl),
            dph=PH(drv.phone_cn("plain")), didc=IDC(drv.id_card()), pn=zh_intro(pax), pp=PR(pax.pr()))
    elif lang == "en":
        pax = P.fx()
        pl = gen_plate_cn(pax.city, "ev", "")
        d.f("DiDi — Trip receipt\nThanks for riding, {pf}!\n\nTrip date: {dt}\nFrom: {a1}\nTo: Terminal 2, Pudong International Airport\n"
            "Distance 41.3 km · Duration 52 min\nFare: ¥142.00 · Paid with card {card}\n\nYour driver: {dl}, plate {pl}\n"
            "Rider account: {em} / {ph}\n\n— forwarded by the rider to the police, with the note: \"I left my laptop in this car. "
            "The driver's number from the app was {dph}. Please call me on {ph2}.\"",
            pf=N(pax.first_lat), dt=f"{MONTHS_EN[date.month - 1]} {date.day}, {date.year} 06:12", a1=AD(pax.addr_cn()),
            airport=f"{CITY_EN[pax.city]} {pick(('International Airport, Terminal 2', 'Railway Station (South)', 'International Airport, Terminal 3'))}",
            card=BC(fmt_card(pax.card_home()[1], "space")), dl=N(drv.lat()), pl=PL(pl), em=EM(pax.email()), ph=PH(pax.phone_cn("intl")),
            dph=PH(drv.phone_cn("plain")), ph2=PH(pax.phone_home("intl")))
    elif lang == "ru":
        pax = P.fx()
        pl = gen_plate_cn(pax.city, "civil", "·")
        d.f("DiDi — чек поездки / 行程单\n\n{fi}, спасибо за поездку!\nДата: {dt}\nОткуда: {a1}\nКуда: вокзал (火车站)\n"
            "Стоимость: 56,30 ¥, оплата картой {card}\nВодитель: {dl} ({dn}), автомобиль BYD, госномер {pl}\n"
            "Телефон пассажира: {ph}\n\n"
            "Пассажир сообщил в полицию: «Водитель потребовал ещё 200 юаней наличными и не отдавал багаж. "
            "Мой номер {ph2}, пишите в Telegram {tg}».\n民警备注：司机{dn2}，身份证号码{didc}。",
            fi=N(pax.ru_io()), dt=f"{date.day:02d}.{date.month:02d}.{date.year}, 21:08", a1=AD(pax.addr_cn()),
            card=BC(fmt_card(pax.card_home()[1], "space")), dl=N(drv.lat()), dn=N(drv.cn), pl=PL(pl), ph=PH(pax.phone_cn("intl")),
            ph2=PH(pax.phone_cn("intl")), tg=IM(pax.telegram()), dn2=N(drv.cn), didc=IDC(drv.id_card()))
    else:
        pax = P.fx()
        pl = gen_plate_cn(pax.city, "ev", "")
        d.f("DiDi — إيصال الرحلة / 行程单\n\nشكراً {pf}!\nالتاريخ: {dt}\nمن: {a1}\nإلى: 白云国际机场 T2\n"
            "الأجرة: ٩٨٫٥٠ يوان — الدفع بالبطاقة {card}\nالسائق: {dl} — لوحة {pl}\nحساب الراكب: {ph}\n\n"
            "بلاغ الراكب: «نسيت حقيبة فيها جواز سفري رقم {pp} في السيارة. رقمي على واتساب {wa}.»\n"
            "民警备注：已联系司机{dn}（电话{dph}），行李已找回。",
            pf=N(pax.ar_given), dt=ar_digits(f"{date.year}/{date.month:02d}/{date.day:02d}"), a1=AD(pax.addr_cn()),
            card=BC(fmt_card(pax.card_home()[1], "space")), dl=N(drv.lat()), pl=PL(pl), ph=PH(pax.phone_cn("intl")),
            pp=PP(pax.passport()), wa=IM(pax.whatsapp()), dn=N(drv.cn), dph=PH(drv.phone_cn("plain")))


@layout("secondhand_trade_chat")
def lay_secondhand(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    if lang == "zh":
        b, s = P.fx(nat3=pick(("DEU", "FRA", "GBR"))), P.cn()
        ib = b.iban()
        _bank, card = s.card_cn()
        d.f("【闲鱼 聊天记录（受害人手机截图整理）】\n商品：九成新 iPhone 14 Pro 256G　标价¥4300\n\n"
            "{dt} 20:11 买家：你好，还在吗？可以便宜一点吗\n20:13 卖家：最低4100，当面交易也行\n"
            "20:15 买家：我是外国人，支付宝没有实名，可以银行转账吗？我只有德国/欧洲的账户\n"
            "20:16 卖家：你加我微信聊吧 {wx}\n"
            "—— 以下为微信聊天 ——\n"
            "卖家：你转到我工行卡 {card}，户名{sn}，转好截图给我\n"
            "买家：我从这个账户转 {ib}，可能要两三天到账\n"
            "卖家：行，你把收货信息发我\n"
            "买家：收件人 {bn}，电话 {bp}，地址 {ba}\n"
            "卖家：好的，明天发顺丰\n"
            "（此后卖家删除买家好友，手机号{sp}关机；经查该手机号实名登记人{sn2}，身份证号码{sidc}）\n\n"
            "民警备注：买家{bc}报称已汇出3,950元等值欧元，汇款凭证显示收款卡号{card2}。",
            dt=date.isoformat(), wx=IM(s.wechat_custom()), card=BC(fmt_card(card, "plain")), sn=N(s.cn), ib=IB(group4(ib)),
            bn=N(b.lat()), bp=PH(b.phone_cn("plain")), ba=AD(b.addr_cn()), sp=PH(s.phone_cn("plain")), sn2=N(s.cn), sidc=IDC(s.id_card()), bc=zh_intro(b),
            card2=BC(fmt_card(card, "space")))
    elif lang == "en":
        s, b = P.fx(), P.fx()
        ib = s.iban()
        d.f("Exported from the WeChat group \"{city} Expat Flea Market\" — messages between seller and buyer (provided by the buyer)\n\n"
            "[{dt} 09:02] {sf}: Selling my road bike, barely used, 2,800 RMB. Pick-up near {sa}\n"
            "[09:10] {bf}: Interested! Can I see it tomorrow?\n"
            "[09:11] {sf}: Sure. Add me: {swx} or call {sp}\n"
            "[09:40] {bf}: Can I pay the deposit by bank transfer? I don't have WeChat Pay yet.\n"
            "[09:41] {sf}: OK, 1,000 RMB deposit to {ib}, name {sl}. Send the receipt to {se}\n"
            "[11:25] {bf}: Done, receipt sent from {be}.\n"
            "[next day 18:30] {bf}: I'm at the gate. Where are you?\n"
            "[18:55] {bf}: {sf2}?? Your phone is off.\n\n"
            "Note by the receiving officer: the buyer, {bl} (passport {bpp}, residence permit {brp}, tel. {bp}), says the seller's profile and the group "
            "messages were deleted the same evening.",
            city=CITY_EN[s.city], dt=date.isoformat(), sf=N(s.first_lat), sa=AD(s.addr_cn()), bf=N(b.first_lat), swx=IM(s.wechat_custom()),
            sp=PH(s.phone_cn("space")), ib=IB(group4(ib)), sl=N(s.lat_up()), se=EM(s.email()), be=EM(b.email()), sf2=N(s.first_lat),
            bl=N(b.lat()), bpp=PP(b.passport()), brp=RP(b.rp()), bp=PH(b.phone_cn("space")))
    elif lang == "ru":
        s, b = P.fx(), P.fx()
        ib = s.iban()
        d.f("Переписка в Telegram (скриншоты предоставлены заявителем) / Telegram聊天记录\n\n"
            "{st} [{dt} 14:20]: Продаю автозапчасти для «Тойоты», склад в Китае, доставка по всей России.\n"
            "{bt}: Нужен комплект фар, сколько?\n"
            "{st}: 38 000 руб. Можно переводом на зарубежный счёт {ib} (получатель {sfi}) или на карту {card}.\n"
            "{bt}: Переведу на карту. Отправьте на адрес: {ba}, получатель {bfio}, тел. {bp}.\n"
            "{st}: Договорились. Мой китайский номер {sp}, если что.\n"
            "— через 10 дней —\n"
            "{bt}: Где посылка? Трек не отслеживается!\n"
            "{st}: ...\n\n"
            "民警备注：报案人{bcn}称已向卡号{card2}转账38,000卢布，对方Telegram账号{st2}已注销。卖家疑为{scn}（{sfio}）。",
            st=IM(s.telegram()), dt=f"{date.day:02d}.{date.month:02d}", bt=IM(b.telegram()), ib=IB(ib), sfi=N(s.ru_fi()),
            card=BC(fmt_card(s.card_home()[1], "space")), ba=AD(b.addr_home()), bfio=N(b.ru()), bp=PH(b.phone_home("intl")),
            sp=PH(s.phone_cn("plain")), bcn=N(b.cn), card2=BC(fmt_card(s.card_home()[1], "plain")), st2=IM(s.telegram()),
            scn=N(s.cn), sfio=N(s.ru()))
    else:
        s, b = P.fx(), P.fx()
        ib = s.iban()
        pl = s.plate_cn(sep="")
        d.f("محادثة واتساب (مقدمة من المبلّغ) / WhatsApp聊天记录\n\n"
            "[{dt}] {sa}: السلام عليكم، السيارة ما زالت للبيع؟\n"
            "[{dt}] {ba}: نعم، تويوتا كامري ٢٠١٩، رقم اللوحة {pl}، السعر ٨٥ ألف يوان.\n"
            "[{dt}] {sa}: ممكن أرسل عربون؟\n"
            "[{dt}] {ba}: حوّل ١٠ آلاف على الحساب {ib} باسم {sar}، أو على البطاقة الصينية {card}.\n"
            "[{dt}] {sa}: تم التحويل. أين أستلم السيارة؟\n"
            "[{dt}] {ba}: في {addr}. اتصل على {sp} قبل أن تأتي.\n"
            "[{dt}] {sa}: وصلت ولا أحد هنا! الرقم مغلق.\n\n"
            "民警备注：报案人{bcn}（{bl}，永久居留身份证{bpr}，电话{bp}）称向上述账户支付定金1万元，号牌{pl2}的车辆实际车主为他人，卖家{scn}下落不明。",
            dt=ar_digits(f"{date.day:02d}/{date.month:02d}"), sa=IM(b.whatsapp()), ba=IM(s.whatsapp()), pl=PL(pl), ib=IB(group4(ib)),
            sar=N(s.ar_full), card=BC(fmt_card(s.card_cn()[1], "plain")), addr=AD(s.addr_cn()), sp=PH(s.phone_cn("plain")),
            bcn=N(b.cn), bl=N(b.lat_up()), bpr=PR(b.pr()), bp=PH(b.phone_cn("space")), pl2=PL(pl), scn=N(s.cn))


@layout("video_comments")
def lay_comments(d: Doc, lang: str) -> None:
    P = Pool(lang)
    u = lambda: "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(R.randint(4, 7))) + digits(R.randint(2, 4))  # noqa: E731
    if lang == "zh":
        t, c = P.fx(sex="M"), P.cn(sex="F")
        pl = t.plate_cn(sep="")
        h = ["dy" + u(), u(), "dy_" + u(), u()]
        d.f("【抖音视频评论区截图整理】视频：“外籍男子酒后砸车”　点赞2.1万　评论3,482\n\n"
            "抖音号 {h1}：这人我认识，叫{tc}，英文名{tl}，就住{ta}\n"
            "　└ 抖音号 {h2} 回复 {h1b}：别乱说，人肉违法的\n"
            "抖音号 {h3}：车牌{pl}，上周也在我们小区乱停\n"
            "抖音号 {h4}：他老婆{cn}开的店，电话{cp}，大家去评评理\n"
            "　└ 抖音号 {h3b}：还有身份证号呢 {cidc}，我朋友在店里看到营业执照上的\n"
            "抖音号 {h2b}：{tr}的微信号{twx}，刚加上，他说是对方先动手\n\n"
            "民警备注：上述评论涉及公民个人信息，已通知平台删除；评论人{h3c}拟约谈。",
            h1=IM(h[0]), tc=N(t.cn), tl=N(t.lat()), ta=AD(t.addr_cn()), h2=IM(h[1]), h1b=IM(h[0]), h3=IM(h[2]), pl=PL(pl),
            h4=IM(h[3]), cn=N(c.cn), cp=PH(c.phone_cn("plain")), h3b=IM(h[2]), cidc=IDC(c.id_card()), h2b=IM(h[1]),
            tr=zh_ref(t), twx=IM(t.wechat_custom()), h3c=IM(h[2]))
    elif lang == "en":
        t = P.fx(sex="M")
        h = ["@" + u(), "@" + u(), "@" + u(), "@" + u()]
        d.f("Screenshot of replies under a Weibo post (English-language expat account), saved by the complainant\n\n"
            "{h1}: Everyone in Jing'an knows this guy. {tn}, he teaches at the kids' academy.\n"
            "{h2}: replying to {h1b} — his email is {te}, I got a spam 'investment' mail from it\n"
            "{h3}: He drives the black SUV {pl}. Saw it outside the bar again last night.\n"
            "{h1c}: Lives at {ta}. Somebody should tell his landlord.\n"
            "{h4}: Guys stop posting his details. DM me instead, WhatsApp {h4wa}\n"
            "{h2b}: His passport no. is on the class photo permission form: {tpp}. lol\n"
            "{h3b}: {ts} also owes me 2,000 RMB, paid to his card {card}\n\n"
            "Complainant: {tl} (tel. {tph}) asks the police to have the posts removed.",
            h1=IM(h[0]), tn=N(t.lat()), h2=IM(h[1]), h1b=IM(h[0]), te=EM(t.email()), h3=IM(h[2]), pl=PL(t.plate_cn(sep=" ")),
            h1c=IM(h[0]), ta=AD(t.addr_cn()), h4=IM(h[3]), h4wa=IM(P.fx().whatsapp()), h2b=IM(h[1]), tpp=PP(t.passport()), h3b=IM(h[2]),
            ts=N(t.sur()), card=BC(fmt_card(t.card_cn()[1], "space")), tl=N(t.lat_up()), tph=PH(t.phone_cn("space")))
    elif lang == "ru":
        t, c = P.cn(), P.fx()
        h = ["id" + digits(9, True), "id" + digits(9, True), "@" + u(), "id" + digits(8, True)]
        d.f("Комментарии ВКонтакте под постом «Осторожно, мошенник из Суйфэньхэ!» (скриншоты заявителя)\n\n"
            "{h1}: Этот китаец — {tl} ({tc}), торгует шубами, деньги берёт, товар не отправляет.\n"
            "{h2}: Подтверждаю! Переводила ему на карту {card}, телефон у него {tp}.\n"
            "{h3}: Вот его 身份证, он сам прислал для «доверия»: {tidc}\n"
            "{h1b}: Адрес склада: {ta}\n"
            "{h4}: Я {cfi}, меня он тоже кинул, пишите в личку, тел. {cp}\n"
            "{h2b}: {cg}, сколько он вам должен?\n\n"
            "民警备注：评论中涉及中国公民{tc2}的身份证号码及住址，{cc}已报案，联系电话{cp2}。",
            h1=IM(h[0]), tl=N(t.lat()), tc=N(t.cn), h2=IM(h[1]), card=BC(fmt_card(t.card_cn()[1], "space")), tp=PH(t.phone_cn("intl")),
            h3=IM(h[2]), tidc=IDC(t.id_card()), h1b=IM(h[0]), ta=AD(t.addr_cn()), h4=IM(h[3]), cfi=N(c.ru_fi()), cp=PH(c.phone_home("intl")),
            h2b=IM(h[1]), cg=N(c.ru_given()), tc2=N(t.cn), cc=N(c.cn), cp2=PH(c.phone_home("intl")))
    else:
        t, c = P.fx(sex="M"), P.fx()
        h = ["@" + u(), "@" + u(), "@" + u(), "@" + u()]
        d.f("تعليقات على منشور في منصة X (صورة شاشة قدمها المبلّغ) / X平台评论截图\n\n"
            "{h1}: هذا {ta} نصب على تجار كثيرين في سوق الأقمشة في قوانغتشو.\n"
            "{h2}: أكيد، حوّلت له على الحساب {ib} ولم يرسل البضاعة.\n"
            "{h3}: رقمه الصيني {tp} ورقم سيارته {pl}\n"
            "{h1b}: يسكن في {addr}\n"
            "{h4}: أنا {car}، دفعت له أيضاً. تواصلوا معي: {ce}\n"
            "{h2b}: {tg} اختفى منذ أسبوع.\n\n"
            "民警备注：评论所指人员为{tc}（{tl}），报案人{cc}，护照号码{cpp}。",
            h1=IM(h[0]), ta=N(t.ar_full), h2=IM(h[1]), ib=IB(group4(t.iban())), h3=IM(h[2]), tp=PH(t.phone_cn("plain")),
            pl=PL(t.plate_cn(sep="")), h1b=IM(h[0]), addr=AD(t.addr_cn()), h4=IM(h[3]), car=N(c.ar_full), ce=EM(c.email()),
            h2b=IM(h[1]), tg=N(t.ar_given), tc=N(t.cn), tl=N(t.lat_up()), cc=N(c.cn), cpp=PP(c.passport()))


def doc_for(p: Person, kind: str) -> tuple[str, tuple]:
    if kind == "pr":
        return ("永久居留证", PR(p.pr()))
    if kind == "rp":
        return ("居留许可", RP(p.rp()))
    if kind == "visa":
        return ("签证", VI(p.visa()))
    return ("护照", PP(p.passport()))


DOC_LABEL = {"en": {"永久居留证": "PR card", "居留许可": "Residence permit", "签证": "Visa", "护照": "Passport"},
             "ru": {"永久居留证": "ПМЖ (永久居留证)", "居留许可": "ВНЖ (居留许可)", "签证": "виза", "护照": "паспорт"},
             "ar": {"永久居留证": "إقامة دائمة", "居留许可": "تصريح إقامة", "签证": "تأشيرة", "护照": "جواز سفر"}}


@layout("signin_sheet")
def lay_signin(d: Doc, lang: str) -> None:
    P = Pool(lang)
    ppl = [P.fx() for _ in range(6)]
    kinds = ["pr", "pr", "rp", "visa", "visa", "pr"]
    R.shuffle(kinds)
    date = incident_date()
    if lang == "zh":
        d.f("“平安社区·外籍居民法治宣传讲座”签到表\n时间：{dt}14:30　地点：社区党群服务中心二楼\n\n序号｜姓名｜国籍｜证件类型｜证件号码｜联系电话｜签名\n",
            dt=zhd(date))
        for i, (p, k) in enumerate(zip(ppl, kinds, strict=True), 1):
            lab, val = doc_for(p, k)
            d.f("{i}｜{n}｜{nat}｜{lab}｜{v}｜{ph}｜{sg}\n", i=i, n=N(p.cn), nat=nat_zh(p), lab=lab, v=val, ph=PH(p.phone_cn("plain")),
                sg=N(p.lat()) if i % 2 else "（代签）")
        d.t("\n组织单位：社区居委会、辖区派出所　　应到25人，实到18人（后页略）")
    elif lang == "en":
        d.f("SIGN-IN SHEET — Safety briefing for foreign residents\n{dt}, community service centre, 2nd floor\n\n"
            "No. | Name (as in passport) | Nationality | ID type | ID number | Phone / e-mail\n", dt=date.strftime("%d %B %Y"))
        for i, (p, k) in enumerate(zip(ppl, kinds, strict=True), 1):
            lab, val = doc_for(p, k)
            contact = PH(p.phone_cn("space")) if i % 2 else EM(p.email())
            d.f("{i} | {n} | {nat} | {lab} | {v} | {c}\n", i=i, n=N(p.lat_up()), nat=nat_en(p), lab=DOC_LABEL["en"][lab], v=val, c=contact)
        d.t("\nOrganised by the residents' committee together with the local police station. Interpretation provided by volunteers.")
    elif lang == "ru":
        d.f("签到表 / Лист регистрации участников\nВстреча с участковым: «Правила пребывания иностранцев в КНР», {dt}\n\n"
            "№ | Ф.И.О. | 姓名 | Документ | Номер | Телефон\n", dt=f"{date.day:02d}.{date.month:02d}.{date.year}")
        for i, (p, k) in enumerate(zip(ppl, kinds, strict=True), 1):
            lab, val = doc_for(p, k)
            d.f("{i} | {n} | {c} | {lab} | {v} | {ph}\n", i=i, n=N(p.ru_initials()) if i % 2 == 0 else N(p.ru()), c=N(p.cn),
                lab=DOC_LABEL["ru"][lab], v=val, ph=PH(p.phone_cn("plain")))
        d.t("\nОрганизатор: 居委会 и 派出所. Переводчик присутствовал.")
    else:
        d.f("签到表 / كشف الحضور\nلقاء توعوي للمقيمين الأجانب حول أنظمة الإقامة — {dt}\n\n"
            "م | الاسم | 中文名 | نوع الوثيقة | الرقم | الهاتف\n", dt=ar_digits(date.strftime("%Y/%m/%d")))
        for i, (p, k) in enumerate(zip(ppl, kinds, strict=True), 1):
            lab, val = doc_for(p, k)
            d.f("{i} | {n} | {c} | {lab} | {v} | {ph}\n", i=ar_digits(str(i)), n=N(p.ar_full), c=N(p.cn), lab=DOC_LABEL["ar"][lab], v=val,
                ph=PH(p.phone_cn(pick(("ar", "plain")))))
        d.t("\nالجهة المنظمة: لجنة الحي ومركز الشرطة. 组织单位：社区居委会。")


@layout("markdown_report")
def lay_markdown(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        a, b, v = P.fx(), P.fx(), P.cn()
        d.f("# 研判报告：涉外“跑分”洗钱线索（第3期）\n\n## 一、人员\n\n| 角色 | 姓名 | 证件 | 联系方式 |\n|---|---|---|---|\n"
            "| 主要嫌疑人 | {a1}（{al}） | 护照 `{app}`，居留许可 `{arp}` | {aph} |\n"
            "| 同伙 | {b1} | 永久居留证 `{bpr}` | 微信 `{bwx}` |\n"
            "| 受害人 | {v1} | 身份证 `{vidc}` | {vph} |\n\n"
            "## 二、资金流\n\n1. {v2}于5月3日向 `{card}` 转账 **48,000元**；\n2. 当日资金转入境外账户 `{ib}`；\n"
            "3. 卡主{a2}供称账户由{b2}使用。\n\n## 三、证件OCR（嫌疑人护照）\n\n```\n",
            a1=N(a.cn), al=N(a.lat_up()), app=PP(a.passport()), arp=RP(a.rp()), aph=PH(a.phone_cn("plain")), b1=N(b.cn),
            bpr=PR(b.pr()), bwx=IM(b.wxid()), v1=N(v.cn), vidc=IDC(v.id_card()), vph=PH(v.phone_cn("plain")), v2=N(v.cn),
            card=BC(fmt_card(a.card_cn()[1], "plain")), ib=IB(a.iban()), a2=zh_ref(a), b2=zh_ref(b))
        mrz_block(d, a.mrz())
        d.f("\n```\n\n## 四、车辆\n\n- {b3}常用车辆：`{pl}`（租赁车）\n\n> 下一步：调取{pl2}轨迹；查询{bwx2}注册信息。\n",
            b3=zh_ref(b), pl=PL(b.plate_cn()), pl2=PL(b.plate_cn()), bwx2=IM(b.wxid()))
    elif lang == "en":
        a, b = P.fx(), P.fx()
        d.f("# Case summary — visa-agency fraud (draft v2)\n\n## Subjects\n\n"
            "- **{al}** — {nat}, DOB {dob}, passport `{pp}`, visa `{visa}`\n  - phone {ph}, e-mail {em}\n"
            "- **{bl}** — PR card `{bpr}`, Telegram {btg}\n\n## Money\n\n| Date | From | To | Amount |\n|---|---|---|---|\n"
            "| 2 May | victims (7) | `{ib}` | EUR 14,600 |\n| 9 May | `{ib2}` | card `{card}` | RMB 61,000 |\n\n"
            "## Passport page (OCR of the copy found on {bs}'s laptop)\n\n```text\n",
            al=N(a.lat()), nat=nat_en(a), dob=DOB(a.dob_s(pick(("iso", "en_short")))), pp=PP(a.passport()), visa=VI(a.visa()),
            ph=PH(a.phone_cn("intl")), em=EM(a.email()), bl=N(b.lat()), bpr=PR(b.pr()), btg=IM(b.telegram()), ib=IB(group4(a.iban())),
            ib2=IB(a.iban()), card=BC(fmt_card(b.card_cn()[1], "space")), bs=N(b.sur()))
        mrz_block(d, a.mrz())
        d.t("\n```\n\n## Next steps\n\n1. Request bank records for both accounts.\n2. Check exit-entry records for the two subjects.\n")
    elif lang == "ru":
        a, b = P.fx(), P.cn()
        d.f("# 研判报告 / Аналитическая справка: контрабанда через пункт пропуска\n\n## Фигуранты\n\n"
            "* **{a1}** ({acn}), {dob} г.р., паспорт `{pp}`, ПМЖ `{apr}`, тел. {ph}\n* **{b1}** ({bl}), 身份证 `{bidc}`, WeChat `{bwx}`\n\n"
            "## Транспорт\n\n| Госномер | Владелец | Примечание |\n|---|---|---|\n| `{pl1}` | {a2} | грузовик, въезд 14 раз за месяц |\n"
            "| `{pl2}` | {b2} | 接货车辆 |\n\n## Платежи\n\n* на карту `{card}` — 1,2 млн руб.\n* на счёт `{ib}` — 40 тыс. USD\n\n"
            "## МЧЗ паспорта {a3}\n\n```\n",
            a1=N(a.ru()), acn=N(a.cn), dob=DOB(a.dob_s("dot")), pp=PP(a.passport()), apr=PR(a.pr()), ph=PH(a.phone_home("intl")), b1=N(b.cn),
            bl=N(b.lat()), bidc=IDC(b.id_card()), bwx=IM(b.wechat_custom()), pl1=PL(a.plate_home()), a2=N(a.ru_initials()),
            pl2=PL(b.plate_cn()), b2=N(b.cn), card=BC(fmt_card(a.card_home()[1], "space")), ib=IB(a.iban()), a3=N(a.ru_sur("gen")))
        mrz_block(d, a.mrz())
        d.t("\n```\n")
    else:
        a, b = P.fx(), P.fx()
        d.f("# 研判报告 / تقرير تحليلي: شبكة تأشيرات مزورة\n\n## الأشخاص\n\n"
            "| الاسم | 中文名 | الوثيقة | الاتصال |\n|---|---|---|---|\n| {a1} | {acn} | جواز `{app}` / تأشيرة `{avisa}` | {aph} |\n"
            "| {b1} | {bcn} | إقامة دائمة `{bpr}` | {bem} |\n\n## الأموال\n\n- تحويلات إلى `{ib}` بقيمة ٢٢٠ ألف درهم\n"
            "- سحب نقدي من البطاقة `{card}`\n\n## المنطقة المقروءة آلياً لجواز {a2}\n\n```\n",
            a1=N(a.ar_full), acn=N(a.cn), app=PP(a.passport()), avisa=VI(a.visa()), aph=PH(a.phone_home("intl")), b1=N(b.ar_full),
            bcn=N(b.cn), bpr=PR(b.pr()), bem=EM(b.email()), ib=IB(group4(a.iban())), card=BC(fmt_card(a.card_cn()[1], "plain")),
            a2=N(a.ar_given))
        mrz_block(d, a.mrz())
        d.f("\n```\n\n> 下一步：核查{b2}的永久居留申请材料。\n", b2=N(b.cn))


@layout("html_snippet")
def lay_html(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        g = P.fx()
        room = f"{R.randint(3, 26)}{R.randint(1, 40):02d}房"
        d.f("<!-- 酒店前台系统“境外人员住宿登记”页面源代码（民警复制） -->\n<div class=\"guest-card\" data-pp=\"{pp0}\">\n"
            "  <h3>住客信息</h3>\n  <table>\n    <tr><th>中文姓名</th><td>{cn}</td></tr>\n    <tr><th>英文姓名</th><td>{up}</td></tr>\n"
            "    <tr><th>出生日期</th><td>{dob}</td></tr>\n    <tr><th>证件号码</th><td>{pp}</td></tr>\n"
            "    <tr><th>签证号</th><td>{visa}</td></tr>\n    <tr><th>居留许可</th><td>{rp}</td></tr>\n    <tr><th>房号</th><td>{room}</td></tr>\n"
            "    <tr><th>手机</th><td><a href=\"tel:{ph0}\">{ph}</a></td></tr>\n    <tr><th>邮箱</th><td>{em}</td></tr>\n  </table>\n"
            "  <pre class=\"mrz\">",
            pp0=PP(g.passport()), cn=N(g.cn), up=N(g.lat_up()), dob=DOB(g.dob_s("iso")), pp=PP(g.passport()), visa=VI(g.visa()), rp=RP(g.rp()),
            room=AD(room), ph0=PH(g.phone_cn("intlc")), ph=PH(g.phone_cn("space")), em=EM(g.email()))
        mrz_block(d, g.mrz())
        d.t("</pre>\n  <p class=\"note\">入住 3 晚，押金 500 元，已上传公安机关。</p>\n</div>")
    elif lang == "en":
        g = P.fx()
        card = g.card_home()[1]
        d.f("<html><body>\n<!-- booking confirmation e-mail, HTML source, forwarded by the hotel -->\n<h2>Your booking is confirmed</h2>\n"
            "<p>Dear {gf},</p>\n<p>Thank you for booking with us. Booking reference <b>BK-{ref}</b>.</p>\n<table class=\"details\">\n"
            "  <tr><td>Guest</td><td>{gl}</td></tr>\n  <tr><td>Date of birth</td><td>{dob}</td></tr>\n"
            "  <tr><td>Passport</td><td>{pp}</td></tr>\n  <tr><td>Residence permit</td><td>{rp}</td></tr>\n"
            "  <tr><td>Billing address</td><td>{home}</td></tr>\n  <tr><td>Card</td><td>{card}</td></tr>\n"
            "  <tr><td>Contact</td><td><a href=\"mailto:{em0}\">{em}</a> / {ph}</td></tr>\n</table>\n"
            "<p>Refunds for cancellations are sent to the account on file: <code>{ib}</code>.</p>\n</body></html>",
            gf=N(g.first_lat), ref=digits(8, True), gl=N(g.lat()), dob=DOB(g.dob_s(pick(("en_long", "en_us")))), pp=PP(g.passport()),
            rp=RP(g.rp()), home=AD(g.addr_home()), card=BC(fmt_card(card, "space")), em0=EM(g.email()), em=EM(g.email()),
            ph=PH(g.phone_home("intl")), ib=IB(g.iban()))
    elif lang == "ru":
        g = P.fx()
        d.f("<!-- HTML-код страницы «оформления заказа» фишингового сайта, изъят с сервера / 钓鱼网站订单页面源码 -->\n"
            "<form id=\"order\" action=\"/pay.php\" method=\"post\">\n  <h2>Оформление визы в Китай за 3 дня</h2>\n"
            "  <input name=\"fio\" value=\"{fio}\">\n  <input name=\"birth\" value=\"{dob}\">\n  <input name=\"passport\" value=\"{pp}\">\n"
            "  <input name=\"phone\" value=\"{ph}\">\n  <input name=\"email\" value=\"{em}\">\n  <input name=\"address\" value=\"{addr}\">\n"
            "  <input name=\"card\" value=\"{card}\">\n  <input name=\"tg\" value=\"{tg}\">\n  <button>Оплатить 12 500 ₽</button>\n</form>\n"
            "<!-- 日志：该用户（{cn}）于2024-06-11提交，系受害人之一 -->",
            fio=N(g.ru()), dob=DOB(g.dob_s("iso")), pp=PP(g.passport()), ph=PH(g.phone_home("intl")), em=EM(g.email()),
            addr=AD(g.addr_home()), card=BC(fmt_card(g.card_home()[1], "plain")), tg=IM(g.telegram()), cn=N(g.cn))
    else:
        g = P.fx()
        d.f("<!-- صفحة مكتب تأشيرات (نسخة HTML محفوظة) / 签证中介网页源码 -->\n<div dir=\"rtl\" class=\"applicant\">\n"
            "  <h3>بيانات مقدم الطلب</h3>\n  <ul>\n    <li>الاسم: <span>{ar1}</span></li>\n    <li>الاسم بالإنجليزية: <span>{up}</span></li>\n"
            "    <li>تاريخ الميلاد: <span>{dob}</span></li>\n    <li>رقم الجواز: <span>{pp}</span></li>\n"
            "    <li>العنوان: <span>{addr}</span></li>\n    <li>الجوال: <span dir=\"ltr\">{ph}</span></li>\n"
            "    <li>البريد: <span>{em}</span></li>\n  </ul>\n  <p>رسوم الخدمة تُحوَّل إلى الحساب <b dir=\"ltr\">{ib}</b></p>\n"
            "  <pre class=\"mrz\" dir=\"ltr\">",
            ar1=N(g.ar_full), up=N(g.lat_up()), dob=DOB(g.dob_s(pick(("ar_dmy", "ar_slash")))), pp=PP(g.passport()),
            addr=AD(g.addr_home()), ph=PH(g.phone_home("intl")), em=EM(g.email()), ib=IB(group4(g.iban())))
        mrz_block(d, g.mrz())
        d.f("</pre>\n</div>\n<!-- 民警注：申请人{cn}称从未委托该中介。 -->", cn=N(g.cn))


@layout("forwarded_wechat_quote")
def lay_forward(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    if lang == "zh":
        a, b = P.cn(), P.fx()
        d.f("[聊天记录] {a1}和{b1}的聊天记录（受害人转发给民警）\n\n"
            "{a2}  {dt} 14:02\n把你护照号和出生日期发我，我帮你在系统里预约\n"
            "{b2}  14:05\n{pp}\n"
            "{b3}  14:05\n{dob}\n"
            "{a3}  14:06\n「{b4}：{pp2}」收到。预约费800，转我卡上 {card}\n"
            "{b5}  14:10\n「{a4}：转我卡上 {card2}」已转，截图发你了\n"
            "{a5}  14:30\n再加300加急费，微信转也行 {wx}\n"
            "{b6}  15:02\n你之前说总共800的，我现在住{addr}，你不给办我就报警\n"
            "{a6}  15:03\n「{b7}：我就报警」随便\n\n"
            "—— 民警注：{a7}手机号{aph}已停机，身份证号码{aidc}。",
            a1=N(a.cn), b1=N(b.cn), a2=N(a.cn), dt=date.strftime("%Y/%m/%d"), b2=N(b.cn), pp=PP(b.passport()), b3=N(b.cn),
            dob=DOB(b.dob_s(pick(("compact", "zh", "iso")))), a3=N(a.cn), b4=N(b.cn), pp2=PP(b.passport()),
            card=BC(fmt_card(a.card_cn()[1], "plain")), b5=N(b.cn), a4=N(a.cn), card2=BC(fmt_card(a.card_cn()[1], "plain")),
            a5=N(a.cn), wx=IM(a.wechat_custom()), b6=N(b.cn), addr=AD(b.addr_cn()), a6=N(a.cn), b7=N(b.cn), a7=N(a.cn),
            aph=PH(a.phone_cn("plain")), aidc=IDC(a.id_card()))
    elif lang == "en":
        a, b = P.fx(), P.cn()
        d.f("Forwarded chat history: {al} & {bl}\n\n"
            "{al2} {dt} 10:14\nHi, it's {af}. The landlord wants the deposit by today. Can you send it to my account? {ib}\n"
            "{bl2} 10:20\nWhy not WeChat Pay like last time?\n"
            "{al3} 10:21\n\"{bl3}: Why not WeChat Pay like last time?\" — my WeChat is blocked, new ID is {wx}\n"
            "{bl4} 10:25\nOK. Also the car {pl} — is it still parked at {addr}?\n"
            "{al4} 10:26\n\"{bl5}: is it still parked at {addr2}?\" yes, keys with the guard\n"
            "{bl6} 10:40\nSent 6,000 to {ib2}. Call me: {bph}\n\n"
            "[Officer's note] {bl7} (ID {bidc}) later found that {af2}'s real account had been hacked; the IBAN above does not belong to {af3}.",
            al=N(a.lat()), bl=N(b.lat()), al2=N(a.lat()), dt=date.strftime("%d/%m/%Y"), af=N(a.first_lat), ib=IB(group4(a.iban())),
            bl2=N(b.lat()), al3=N(a.lat()), bl3=N(b.lat()), wx=IM(a.wechat_custom()), bl4=N(b.lat()), pl=PL(a.plate_cn()),
            addr=AD(a.addr_cn()), al4=N(a.lat()), bl5=N(b.lat()), addr2=AD(a.addr_cn()), bl6=N(b.lat()), ib2=IB(a.iban()),
            bph=PH(b.phone_cn("space")), bl7=N(b.lat()), bidc=IDC(b.id_card()), af2=N(a.first_lat), af3=N(a.first_lat))
    elif lang == "ru":
        a, b = P.fx(), P.cn()
        d.f("[聊天记录] Переписка {ag} и {bc}（转发）\n\n"
            "{ag2} {dt} 19:40\nПривет! Мне нужно срочно продлить визу. Сделаешь через знакомых?\n"
            "{bc2} 19:45\n可以，把护照照片和居留许可号码发我\n"
            "{ag3} 19:47\nПаспорт {pp}, ВНЖ {rp}\n"
            "{bc3} 19:50\n「{ag4}：Паспорт {pp2}, ВНЖ {rp2}」收到，先付2000元到 {card}\n"
            "{ag5} 20:02\n「{bc4}：先付2000元到 {card2}」{vb}, проверь\n"
            "{bc5} 20:05\n好，地址还是{addr}吗？\n"
            "{ag6} 20:06\nДа. Телефон {aph}\n\n"
            "— 民警注：{bc6}（身份证号码{bidc}）无代办资质，{ag7}（{afio}）系受害人。",
            ag=N(a.ru_given("gen")), bc=N(b.cn), ag2=N(a.ru_given()), dt=f"{date.day:02d}.{date.month:02d}", bc2=N(b.cn), ag3=N(a.ru_given()),
            pp=PP(a.passport()), rp=RP(a.rp()), bc3=N(b.cn), ag4=N(a.ru_given()), pp2=PP(a.passport()), rp2=RP(a.rp()),
            card=BC(fmt_card(b.card_cn()[1], "plain")), ag5=N(a.ru_given()), bc4=N(b.cn), card2=BC(fmt_card(b.card_cn()[1], "plain")),
            vb="перевёл" if a.sex == "M" else "перевела", bc5=N(b.cn), addr=AD(a.addr_cn()), ag6=N(a.ru_given()), aph=PH(a.phone_cn("plain")), bc6=N(b.cn), bidc=IDC(b.id_card()),
            ag7=N(a.ru_given()), afio=N(a.ru()))
    else:
        a, b = P.fx(), P.cn()
        d.f("[聊天记录] {ag}与{bc}的聊天记录（转发）\n\n"
            "{ag2} {dt} 11:03\nمرحبا، أريد تجديد الإقامة. هل تستطيع مساعدتي؟\n"
            "{bc2} 11:05\n可以，发我护照号和居留许可号\n"
            "{ag3} 11:08\nالجواز {pp}، الإقامة {rp}\n"
            "{bc3} 11:10\n「{ag4}：الجواز {pp2}」收到。先转3000元，卡号{card}\n"
            "{ag5} 11:30\n«{bc4}: 卡号{card2}» تم التحويل\n"
            "{bc5} 11:32\n好的，三天后去{addr}附近拿\n"
            "{ag6} 11:35\nرقمي {aph}، واتساب {awa}\n\n"
            "—— 民警注：{bc6}（身份证号码{bidc}）已被传唤。",
            ag=N(a.ar_given), bc=N(b.cn), ag2=N(a.ar_given), dt=date.strftime("%Y/%m/%d"), bc2=N(b.cn), ag3=N(a.ar_given),
            pp=PP(a.passport()), rp=RP(a.rp()), bc3=N(b.cn), ag4=N(a.ar_given), pp2=PP(a.passport()),
            card=BC(fmt_card(b.card_cn()[1], "plain")), ag5=N(a.ar_given), bc4=N(b.cn), card2=BC(fmt_card(b.card_cn()[1], "plain")),
            bc5=N(b.cn), addr=AD(a.addr_cn()), ag6=N(a.ar_given), aph=PH(a.phone_cn("ar")), awa=IM(a.whatsapp()), bc6=N(b.cn),
            bidc=IDC(b.id_card()))


@layout("voice_transcript_spoken")
def lay_voice(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, f = P.cn(sex="M"), P.fx(sex="M")
        raw = s.m("cnraw", gen_cn_mobile_raw)
        card = s.card_cn()[1]
        pl = s.plate_cn()
        pl_sp = pl[:2] + spoken_zh(pl[2:])
        idc = s.id_card()
        d.f("【微信语音转文字】（受害人提供，系嫌疑人发送的语音，由手机自动转写，未经校对）\n\n"
            "语音1（0:38）：喂，姐，那批货我让司机明天上午送过去，车是{plsp}，你到时候直接打司机电话，{phsp}，司机叫{sn}。\n"
            "语音2（0:51）：钱你还是打到我那个卡上，{cardsp}，户名写我名字就行。那个老外{fc}也要一半，你别管他，我来分。\n"
            "语音3（0:20）：身份证号你要开票的话我念一下，{idsp}，出生是{dobsp}。\n\n"
            "民警校对：手机号{ph}，车牌{pl}，卡号{card}，身份证号码{idc}。语音中提及的外籍人员为{fi}，在华手机{fph}，住{fa}。",
            plsp=PL(pl_sp), phsp=PH(fmt_cn_mobile(raw, "spoken")), sn1=s.cn[0], sn=N(s.cn), cardsp=BC(fmt_card(card, "spoken")),
            fc=zh_ref(f), idsp=IDC(spoken_zh(idc, plain=True)), dobsp=DOB(s.dob_s("spoken")), ph=PH(fmt_cn_mobile(raw, "plain")),
            pl=PL(pl), card=BC(fmt_card(card, "plain")), idc=IDC(idc), fi=zh_intro(f), fph=PH(f.phone_cn("plain")), fa=AD(f.addr_cn()))
    elif lang == "en":
        s, v = P.fx(), P.fx()
        ib = s.iban()
        ib_read = " ".join([ib[:2], ib[2:4]] + [ib[i:i + 4] for i in range(4, len(ib), 4)])
        ph = s.phone_home("intl")
        d.f("Voicemail transcript (automatic speech recognition, unedited), left on the complainant's phone\n\n"
            "[00:00] \"Hi, this is {sf} from the visa service, calling for {vf} about your work-permit application. "
            "Uh, there's one more fee before we can submit, the express fee, it's 650 euros. Please send it today to our account, "
            "I'll read it slowly — {ibr} — and put your passport number {vpp} as the reference. If there's a problem call me back on {ph}, "
            "or email {se}. Thanks, bye.\"\n\n"
            "[Second message, 00:00] \"{vf2}, it's {sf2} again, the embassy slot closes tonight, so please hurry. Our office is at {sa}.\"\n\n"
            "Checked by officer: account as written {ib}; caller's number {ph2}. The complainant {vl} (tel. {vph}) paid the fee on the same day.",
            sf=N(s.first_lat), vf=N(v.first_lat), ibr=IB(ib_read), vpp=PP(v.passport()), ph=PH(ph), se=EM(s.email()), vf2=N(v.first_lat),
            sf2=N(s.first_lat), sa=AD(s.addr_cn()), ib=IB(ib), ph2=PH(ph), vl=N(v.lat()), vph=PH(v.phone_cn("space")))
    elif lang == "ru":
        s, it = P.fx(), P.cn()
        raw = s.m("cnraw", gen_cn_mobile_raw)
        ib = s.iban()
        d.f("Расшифровка голосовых сообщений Telegram (автоматическая) / 语音消息转写\n\n"
            "Голосовое 1: «{gn}, привет, это {sn}. Деньги переводи на мой счёт, записывай: {ib}. "
            "Получатель — я, {sfio}. Если что, звони на мой домашний номер {ph}.»\n"
            "Голосовое 2: «Груз на складе, адрес скину. Мой вичат {wx}.»\n\n"
            "翻译{it1}口述记录（据语音内容转述）：对方说中国手机号是{phsp}，住在{addr}。\n"
            "民警校对：中国手机号{phc}，账户{ib2}，嫌疑人{scn}，出生日期{dob}。",
            gn=N(P.fx().ru_given()), sn=N(s.ru_given()), ib=IB(group4(ib)), sfio=N(s.ru()), ph=PH(s.phone_home("local")),
            wx=IM(s.wechat_custom()), it1=N(it.cn), phsp=PH(fmt_cn_mobile(raw, "spoken_plain")), addr=AD(s.addr_cn()),
            phc=PH(fmt_cn_mobile(raw, "plain")), ib2=IB(ib), scn=N(s.cn), dob=DOB(s.dob_s("zh")))
    else:
        s, it = P.fx(), P.cn()
        raw = s.m("cnraw", gen_cn_mobile_raw)
        card = s.card_cn()[1]
        d.f("تفريغ رسائل صوتية من واتساب (آلي) / WhatsApp语音转写\n\n"
            "الرسالة ١: «يا أخي، أنا {sg}. البضاعة جاهزة في المستودع في {addr}. حوّل الباقي على البطاقة {card} "
            "أو على الحساب {ib}.»\n"
            "الرسالة ٢: «رقمي الصيني {pha}، وإذا ما رديت اتصل على رقمي في البلد {phh}.»\n\n"
            "翻译{it1}转述：对方自称{sc}，中国手机号{phsp}，要求把余款打到卡号{cardsp}。\n"
            "民警校对：手机号{phc}，卡号{card2}。",
            sg=N(s.ar_full), addr=AD(s.addr_cn()), card=BC(fmt_card(card, "ar")), ib=IB(group4(s.iban())),
            pha=PH(fmt_cn_mobile(raw, "ar")), phh=PH(s.phone_home("local")), it1=N(it.cn), sc=N(s.cn),
            phsp=PH(fmt_cn_mobile(raw, "spoken_plain")), cardsp=BC(fmt_card(card, "spoken")), phc=PH(fmt_cn_mobile(raw, "plain")),
            card2=BC(fmt_card(card, "plain")))


@layout("assist_bulletin")
def lay_bulletin(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, c = P.fx(sex="M"), P.cn()
        d.f("协查通报\n（2024）第{no}号\n\n各有关单位：\n我局在侦办一起涉外合同诈骗案中，发现犯罪嫌疑人{si}有重大作案嫌疑，现已潜逃。请各单位协助查找，发现线索及时通报。\n\n"
            "一、犯罪嫌疑人基本情况\n{s2}，男，{nat}籍，出生日期{dob}，护照号码{pp}，签证号码{visa}，曾住{addr}。常用手机{ph}、{ph2}，微信号{wx}，电子邮箱{em}。\n"
            "护照资料页机读码：\n", no=R.randint(10, 99), si=zh_intro(s), s2=N(s.cn), nat=nat_zh(s), dob=DOB(s.dob_s("zh")),
            pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")), ph2=PH(s.phone_home("intl")),
            wx=IM(s.wxid()), em=EM(s.email()))
        mrz_block(d, s.mrz())
        d.f("\n二、涉案车辆：{pl}（白色丰田汉兰达）。\n三、关联人员：{cn}，身份证号码{cidc}，系嫌疑人租车担保人。\n"
            "四、涉案账户：{card}；境外账户{ib}。\n\n联系人：刑侦大队 警号{b}，值班电话{tel}。",
            pl=PL(s.plate_cn(sep="·")), cn=N(c.cn), cidc=IDC(c.id_card()), card=BC(fmt_card(s.card_cn()[1], "plain")),
            ib=IB(group4(s.iban())), b=badge(), tel=gen_cn_landline(s.city, "dash"))
    elif lang == "en":
        s, c = P.fx(), P.cn()
        d.f("REQUEST FOR ASSISTANCE — wanted person (English version for hotels and airlines)\n\n"
            "Name: {sl} (also uses \"{alias}\")\nNationality: {nat}    Date of birth: {dob}\nPassport: {pp}    Chinese visa: {visa}\n"
            "Known phones: {ph}, {ph2}\nE-mail: {em}    Telegram: {tg}\nLast address: {addr}\n\nPassport MRZ:\n",
            sl=N(s.lat_up()), alias=N(s.first_lat), nat=nat_en(s), dob=DOB(s.dob_s(pick(("en_long", "pp")))), pp=PP(s.passport()),
            visa=VI(s.visa()), ph=PH(s.phone_cn("space")), ph2=PH(s.phone_home("intl")), em=EM(s.email()), tg=IM(s.telegram()),
            addr=AD(s.addr_cn()))
        mrz_block(d, s.mrz())
        d.f("\n\nAssociate: {cl} (ID {cidc}), may be driving {pl}.\nFunds were moved through {ib}.\n"
            "If you see {ss}, do not approach; call 110 or the duty desk.",
            cl=N(c.lat()), cidc=IDC(c.id_card()), pl=PL(c.plate_cn()), ib=IB(s.iban()), ss=N(s.sur()))
    elif lang == "ru":
        s, c = P.fx(), P.cn()
        d.f("协查通报 / Ориентировка\n\n犯罪嫌疑人 / Разыскивается: {fio}（{cn}），{dob}\nЗагранпаспорт: {pp}\nВиза КНР: {visa}\n"
            "Телефоны: {ph}, {ph2}\nTelegram: {tg}\nАвтомобиль: {pl}\n\nМЧЗ паспорта:\n",
            fio=N(s.ru()), cn=N(s.cn), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()), visa=VI(s.visa()), ph=PH(s.phone_home("intl")),
            ph2=PH(s.phone_cn("plain")), tg=IM(s.telegram()), pl=PL(s.plate_home()))
        mrz_block(d, s.mrz())
        d.f("\n\nСообщник / 关联人员: {cn}，身份证号码{cidc}。\nСчёт для отмывания: {ib}\n"
            "При обнаружении {gen} сообщить дежурному. 发现线索请立即报告。",
            cn=N(c.cn), cidc=IDC(c.id_card()), ib=IB(s.iban()), gen=N(s.ru_fi("gen")))
    else:
        s, c = P.fx(), P.cn()
        d.f("协查通报 / نشرة طلب مساعدة\n\nالمطلوب / 嫌疑人: {ar1}（{cn}）\nالاسم في الجواز: {up}\nتاريخ الميلاد: {dob}\n"
            "رقم الجواز: {pp}\nرقم التأشيرة الصينية: {visa}\nالهاتف: {ph}\nالبريد: {em}\n\nالمنطقة المقروءة آلياً:\n",
            ar1=N(s.ar_full), cn=N(s.cn), up=N(s.lat_up()), dob=DOB(s.dob_s("ar_long_ind")), pp=PP(s.passport()), visa=VI(s.visa()),
            ph=PH(s.phone_home("intl")), em=EM(s.email()))
        mrz_block(d, s.mrz())
        d.f("\n\n关联人员：{cn}，身份证号码{cidc}，车辆{pl}。\nالحساب المستخدم: {ib}\nعند رؤية {g} يرجى الاتصال بالرقم 110.",
            cn=N(c.cn), cidc=IDC(c.id_card()), pl=PL(c.plate_cn()), ib=IB(group4(s.iban())), g=N(s.ar_given))


@layout("bail_guarantee")
def lay_bail(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, g = P.fx(), P.fx()
        d.f("取保候审保证书\n\n被取保候审人：{si}，{sx}，出生日期{dob}，国籍{nat}，护照号码{pp}，签证号码{visa}，住{sa}。\n\n"
            "保证人：{gi}，{gx}，国籍{gnat}，外国人永久居留身份证号码{gpr}，住{ga}，联系电话{gph}，电子邮箱{gem}，与被取保候审人系朋友关系。\n\n"
            "保证人已从其账户{gib}汇入保证金人民币贰万元。本人自愿作为{s2}的保证人，保证监督被保证人遵守《中华人民共和国刑事诉讼法》第七十一条的规定：未经执行机关批准不得离开所居住的市、县；"
            "住址、工作单位和联系方式发生变动的，在二十四小时以内向执行机关报告；在传讯的时候及时到案……发现被保证人可能发生或者已经发生违反规定的行为的，及时向执行机关报告。\n"
            "如未履行保证义务，愿承担法律责任。\n\n保证人：{g2}（签名）\n被取保候审人联系电话：{sph}\n2024年{m}月{dd}日",
            si=zh_intro(s), sx=sex_zh(s), dob=DOB(s.dob_s("zh")), nat=nat_zh(s), pp=PP(s.passport()), visa=VI(s.visa()), sa=AD(s.addr_cn()),
            gi=zh_intro(g), gx=sex_zh(g), gnat=nat_zh(g), gpr=PR(g.pr()), ga=AD(g.addr_cn()), gph=PH(g.phone_cn("plain")),
            gem=EM(g.email()), gib=IB(g.iban()), s2=zh_ref(s), g2=N(g.cn), sph=PH(s.phone_cn("plain")), m=R.randint(3, 11), dd=R.randint(1, 28))
    elif lang == "en":
        s, g = P.fx(), P.cn(sex="F")
        d.f("GUARANTEE FOR RELEASE ON BAIL PENDING TRIAL (English translation)\n\n"
            "Person released on bail: {sl}, born {dob}, {nat}, passport {pp}, visa {visa}, residence permit {rp}, address {sa}, mobile {sph}, e-mail {sem}.\n\n"
            "Guarantor: {gl} ({gc}), Chinese citizen, ID card {gidc}, address {ga}, telephone {gph}; spouse of the person released on bail.\n\n"
            "A bail deposit of RMB 20,000 was paid by the person released on bail from account {sib}.\n\nI, {gl2}, undertake to supervise {ss} so that {pr_} does not leave the city without approval, reports any change of address, "
            "telephone or work within 24 hours, appears whenever summoned, and does not contact the witnesses. I will report at once any breach.\n\n"
            "Signature of guarantor: {gc2}\nDate: {ds}",
            sl=N(s.lat()), dob=DOB(s.dob_s(pick(("en_us", "en_long")))), nat=nat_en(s), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()),
            sa=AD(s.addr_cn()), sph=PH(s.phone_cn("space")), sem=EM(s.email()), gl=N(g.lat()), gc=N(g.cn), gidc=IDC(g.id_card()),
            ga=AD(g.addr_cn()), gph=PH(g.phone_cn("plain")), sib=IB(group4(s.iban())), pr_="he" if s.sex == "M" else "she", gl2=N(g.lat()), ss=N(s.sur()), gc2=N(g.cn),
            ds=f"{R.randint(1, 28)} {MONTHS_EN[R.randint(2, 10)]} 2024")
    elif lang == "ru":
        s, g = P.fx(), P.fx()
        d.f("取保候审保证书 / Поручительство\n\n被取保候审人 / Обвиняемый: {fio}（{cn}），出生日期{dob}，护照{pp}，居留许可{srp}，住{sa}\n\n"
            "保证人 / Поручитель: {gfio}（{gcn}），永久居留证 / ПМЖ № {gpr}，住{ga}，电话{gph}\n\n"
            "保证金 / Залог 20 000 юаней внесён со счёта {gib}.\nЯ, {gfio2}, обязуюсь обеспечить надлежащее поведение {sgen}: не покидать город без разрешения, сообщать о смене адреса и телефона "
            "в течение 24 часов, являться по вызову. Связь со мной: {gph2}, e-mail {gem}.\n"
            "本人保证履行保证义务。\n\nПодпись / 签名: {gsig}",
            fio=N(s.ru()), cn=N(s.cn), dob=DOB(s.dob_s("zh")), pp=PP(s.passport()), srp=RP(s.rp()), sa=AD(s.addr_cn()), gfio=N(g.ru()), gcn=N(g.cn),
            gpr=PR(g.pr()), ga=AD(g.addr_cn()), gph=PH(g.phone_cn("plain")), gib=IB(g.iban()), gfio2=N(g.ru()), sgen=N(s.ru_fi("gen")),
            gph2=PH(g.phone_home("intl")), gem=EM(g.email()), gsig=N(g.ru_initials()))
    else:
        s, g = P.fx(), P.fx()
        d.f("取保候审保证书 / تعهد كفالة\n\n被取保候审人 / المكفول: {sar}（{scn}），出生日期{dob}，护照号码{pp}，签证号码{visa}，居留许可{srp}\n"
            "保证人 / الكفيل: {gar}（{gcn}），外国人永久居留身份证{gpr}，住{ga}，电话{gph}\n\n"
            "دُفع مبلغ الكفالة ٢٠٠٠٠ يوان من الحساب {gib}. 保证金已缴纳。\nأنا {mw} أدناه {gar2}، أتعهد بمتابعة المكفول {sg} وضمان عدم مغادرته المدينة دون إذن، وإبلاغ الجهة المنفذة عن أي تغيير "
            "في العنوان أو رقم الهاتف خلال ٢٤ ساعة، وحضوره عند الاستدعاء. بريدي الإلكتروني: {gem}.\n本人愿承担保证责任。\n\nالتوقيع: {gsig}",
            sar=N(s.ar_full), scn=N(s.cn), dob=DOB(s.dob_s("zh")), pp=PP(s.passport()), visa=VI(s.visa()), srp=RP(s.rp()), gar=N(g.ar_full), gcn=N(g.cn),
            gpr=PR(g.pr()), ga=AD(g.addr_cn()), gph=PH(g.phone_cn("space")), gib=IB(group4(g.iban())), mw="الموقع" if g.sex == "M" else "الموقعة", gar2=N(g.ar_full), sg=N(s.ar_given), gem=EM(g.email()),
            gsig=N(g.ar_short))


@layout("lost_property_report")
def lay_lost(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    if lang == "zh":
        o = P.fx()
        room = f"{R.randint(3, 26)}{R.randint(1, 40):02d}房"
        d.f("报失登记表（证件遗失）\n\n报失人：{oi}　国籍：{nat}　出生日期：{dob}\n联系电话：{ph}　邮箱：{em}\n"
            "在华住所：{hotel}{room}\n\n遗失物品：\n1. 护照一本，号码{pp}，内贴有效签证（签证号码{visa}）；\n"
            "2. 招商银行借记卡一张，卡号{card}；\n3. 手机一部（号码{ph2}）。\n\n"
            "遗失经过：报失人称{dt}晚在酒吧街打车返回酒店途中，钱包与护照一并遗失。报失人手机中存有护照资料页照片，机读码如下：\n",
            oi=zh_intro(o), nat=nat_zh(o), dob=DOB(o.dob_s("zh")), ph=PH(o.phone_cn("plain")), em=EM(o.email()),
            hotel=pick(("全季酒店", "汉庭酒店", "亚朵酒店")), room=AD(room), pp=PP(o.passport()), visa=VI(o.visa()),
            card=BC(fmt_card(o.card_cn()[1], "plain")), ph2=PH(o.phone_home("intl")), dt=zhd(date))
        mrz_block(d, o.mrz())
        d.t("\n\n处理：已出具报失证明，告知报失人到出入境管理部门申请补办签证。")
    elif lang == "en":
        o = P.fx()
        d.f("LOST PROPERTY REPORT\n\nReported by: {ol}    Nationality: {nat}    Date of birth: {dob}\n"
            "Telephone: {ph}    Email: {em}\nAddress in China: {addr}\n\nItems lost:\n"
            "- Passport no. {pp} with Chinese visa no. {visa}\n- Residence permit sticker no. {rp} (in the same passport)\n"
            "- Visa debit card {card}\n\nCircumstances: the reporter left a backpack on the metro on {dt}. The reporter has a photo of the visa page; "
            "its machine-readable zone reads:\n",
            ol=N(o.lat()), nat=nat_en(o), dob=DOB(o.dob_s(pick(("en_long", "slash_dmy")))), ph=PH(o.phone_cn("space")), em=EM(o.email()),
            addr=AD(o.addr_cn()), pp=PP(o.passport()), visa=VI(o.visa()), rp=RP(o.rp()), card=BC(fmt_card(o.card_home()[1], "space")),
            dt=f"{date.day} {MONTHS_EN[date.month - 1]}")
        mrz_block(d, o.visa_mrz())
        d.f("\n\nThe reporter asks to be contacted on {ph2} if anything is found.", ph2=PH(o.phone_home("intl")))
    elif lang == "ru":
        o = P.fx()
        d.f("报失登记 / Заявление об утере документов\n\nЗаявитель: {fio}（{cn}）\nДата рождения: {dob}\nТелефон: {ph}, {ph2}\n"
            "E-mail: {em}\nАдрес в Китае: {addr}\n\nУтеряны:\n• загранпаспорт № {pp} с визой КНР № {visa};\n"
            "• банковская карта {card}.\n\nВ телефоне заявителя сохранилась фотография визы, МЧЗ:\n",
            fio=N(o.ru()), cn=N(o.cn), dob=DOB(o.dob_s("dot")), ph=PH(o.phone_cn("plain")), ph2=PH(o.phone_home("intl")), em=EM(o.email()),
            addr=AD(o.addr_cn()), pp=PP(o.passport()), visa=VI(o.visa()), card=BC(fmt_card(o.card_home()[1], "space")))
        mrz_block(d, o.visa_mrz())
        d.f("\n\n处理：已开具报失证明。Заявитель {s} предупреждён(а) о порядке восстановления визы.", s=N(o.ru_sur()))
    else:
        o = P.fx()
        d.f("报失登记 / بلاغ فقدان وثائق\n\nالمبلّغ: {ar1}（{cn}）\nتاريخ الميلاد: {dob}\nالهاتف: {ph}\nالبريد: {em}\n"
            "العنوان في الصين: {addr}\n\nالمفقودات:\n- جواز سفر رقم {pp}، وفيه تأشيرة صينية رقم {visa} وتصريح إقامة رقم {rp}\n- بطاقة مصرفية {card}\n\n"
            "لدى المبلّغ صورة لصفحة التأشيرة، والمنطقة المقروءة آلياً كالتالي:\n",
            ar1=N(o.ar_full), cn=N(o.cn), dob=DOB(o.dob_s("ar_dmy")), ph=PH(o.phone_cn("plain")), em=EM(o.email()), addr=AD(o.addr_cn()),
            pp=PP(o.passport()), visa=VI(o.visa()), rp=RP(o.rp()), card=BC(fmt_card(o.card_cn()[1], "plain")))
        mrz_block(d, o.visa_mrz())
        d.f("\n\n处理：已出具报失证明。للتواصل: {wa} (واتساب).", wa=IM(o.whatsapp()))


@layout("traffic_violation_notice")
def lay_traffic(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    if lang == "zh":
        a, o = P.fx(), P.cn()
        pl1, pl2, pl3 = a.plate_cn(sep=""), gen_plate_cn(a.city, "使"), gen_plate_cn(a.city, "领", "")
        d.f("公安交通管理 简易程序处罚决定书 / 违法停车告知单（合并扫描件）\n\n"
            "一、处罚决定书编号 {no}\n被处罚人：{ai}　外国人永久居留身份证号码：{apr}\n联系电话：{aph}　住址：{aa}\n"
            "车辆号牌：{pl1}　机动车所有人：{on}（身份证号码{oidc}）\n违法行为：驾驶机动车违反道路交通信号灯通行\n罚款：200元　记分：6分\n\n"
            "二、违法停车告知单\n车辆号牌：{pl2}（使馆车辆）　停车地点：{road}\n车辆号牌：{pl3}（领馆车辆）　停车地点：同上\n"
            "说明：使领馆车辆违法停车，已抄告外事部门处理。\n\n被处罚人签名：{asig}",
            no=digits(16, True), ai=zh_intro(a), apr=PR(a.pr()), aph=PH(a.phone_cn("plain")), aa=AD(a.addr_cn()), pl1=PL(pl1),
            on=N(o.cn), oidc=IDC(o.id_card()), pl2=PL(pl2), road=pick(("领馆区辅路", "商务区地下车库入口", "酒店门前消防通道")), pl3=PL(pl3), asig=N(a.cn))
    elif lang == "en":
        a, o = P.fx(), P.cn()
        pl1 = a.plate_cn(sep=" ")
        pl2 = gen_plate_cn(a.city, pick(("港", "澳")), "")
        d.f("TRAFFIC VIOLATION NOTICE — explanation for foreign drivers\n\nNotice no. {no}    Date: {dt}\n"
            "Vehicle: {pl1}, silver Volkswagen Tiguan\nDriver: {al}, permanent residence ID {apr}\n"
            "Driving licence no.: same as the PR ID number\nRegistered owner: {ol} (ID {oidc}), tel. {oph}\n\n"
            "Offence: speeding (87 km/h in a 60 km/h zone), recorded by camera.\nPenalty: RMB 200 and 6 points.\n\n"
            "A second vehicle recorded at the same camera, {pl2} (cross-boundary Hong Kong/Macao plate), belongs to the same company.\n\n"
            "Pay online or at any traffic police service window within 15 days. Questions: {aem} will receive the e-notice.",
            no=digits(16, True), dt=date.isoformat(), pl1=PL(pl1), al=N(a.lat()), apr=PR(a.pr()), ol=N(o.lat()), oidc=IDC(o.id_card()),
            oph=PH(o.phone_cn("space")), pl2=PL(pl2), aem=EM(a.email()))
    elif lang == "ru":
        a, o = P.fx(), P.cn()
        pl1, pl2 = a.plate_home(), o.plate_cn(sep="·")
        d.f("交通违法处理通知 / Уведомление о нарушении ПДД\n\n"
            "车辆号牌 / Госномер: {pl1}（俄罗斯临时入境车辆）\nВодитель: {fio}（{cn}）, паспорт {pp}, ПМЖ КНР № {pr}\nТелефон: {ph}\n\n"
            "Нарушение: стоянка в неположенном месте у пункта пропуска, {dt}.\nШтраф: 200 юаней.\n\n"
            "同时记录：号牌{pl2}的中国车辆（车主{on}，身份证号码{oidc}）在同一地点违法停车。\n"
            "Водитель {sur} обязан оплатить штраф до выезда из КНР.",
            pl1=PL(pl1), fio=N(a.ru()), cn=N(a.cn), pp=PP(a.passport()), pr=PR(a.pr()), ph=PH(a.phone_cn("plain")),
            dt=f"{date.day:02d}.{date.month:02d}.{date.year}", pl2=PL(pl2), on=N(o.cn), oidc=IDC(o.id_card()), sur=N(a.ru_sur()))
    else:
        a, o = P.fx(), P.cn()
        pl1 = a.plate_cn(sep="")
        pl2 = gen_plate_cn(a.city, "学", "")
        d.f("交通违法处理通知 / إشعار مخالفة مرورية\n\nرقم اللوحة: {pl1}\nالسائق: {ar1}（{cn}）\n"
            "بطاقة الإقامة الدائمة: {pr}\nالهاتف: {ph}\nالعنوان: {addr}\n\nالمخالفة: عدم إفساح الطريق للمشاة عند ممر المشاة، {dt}.\n"
            "الغرامة: ٢٠٠ يوان وخصم ٣ نقاط.\n\n同一路口另记录教练车{pl2}（驾校车辆，所有人{on}，身份证号码{oidc}）违法停车。",
            pl1=PL(pl1), ar1=N(a.ar_full), cn=N(a.cn), pr=PR(a.pr()), ph=PH(a.phone_cn("ar")), addr=AD(a.addr_cn()),
            dt=ar_digits(date.strftime("%Y/%m/%d")), pl2=PL(pl2), on=N(o.cn), oidc=IDC(o.id_card()))


@layout("iou_note")
def lay_iou(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        lender, bor = P.cn(), P.fx()
        d.f("借　条\n\n今借到{ln}（身份证号码{lidc}）人民币伍万元整（¥50,000.00），用于店铺周转。\n"
            "借款人承诺于2024年12月31日前一次性归还，逾期按年利率6%支付利息。\n还款方式：转账至出借人{bank}卡，卡号{card}。\n\n"
            "借款人：{bi}\n护照号码：{pp}　永久居留身份证：{pr}\n出生日期：{dob}\n住址：{ba}\n电话：{bph}\n"
            "借款人境外账户（备用还款）：{ib}\n借款人以其名下车辆（号牌{pl}）作为还款担保。\n\n2024年3月8日\n\n"
            "（附：出借人报案称借款人{bs}已于9月出境，电话{bph2}无人接听。）",
            ln=N(lender.cn), lidc=IDC(lender.id_card()), bank=lender.card_cn()[0], card=BC(fmt_card(lender.card_cn()[1], "plain")),
            bi=zh_intro(bor), pp=PP(bor.passport()), pr=PR(bor.pr()), dob=DOB(bor.dob_s("zh")), ba=AD(bor.addr_cn()),
            bph=PH(bor.phone_cn("plain")), ib=IB(group4(bor.iban())), pl=PL(bor.plate_cn(sep="·")), bs=zh_ref(bor), bph2=PH(bor.phone_cn("plain")))
    elif lang == "en":
        lender, bor = P.fx(), P.fx()
        d.f("I O U\n\nI, {bl}, born {bdob}, passport no. {bpp}, of {ba}, acknowledge that I have borrowed EUR 8,000 (eight thousand euros) "
            "from {ll}, passport no. {lpp}, permanent residence ID {lpr}, on 14 February 2024.\n\nI will repay the full amount by 30 June 2024 to the lender's account "
            "{lib} (account holder {lu}). If I fail to repay on time I will pay 1% per month on the outstanding amount. As security I pledge my car, plate {pl}.\n\n"
            "Borrower's contact: {bph}, {bem}\nLender's contact: {lph}, {lem}\n\nSigned: {bsig}    Witness: {wl} (ID {widc})\n\n"
            "[Attached to the lender's report: the borrower's residence permit no. {brp} was cancelled in July.]",
            bl=N(bor.lat()), bdob=DOB(bor.dob_s(pick(("en_long", "en_short")))), bpp=PP(bor.passport()), ba=AD(bor.addr_cn()),
            ll=N(lender.lat()), lpp=PP(lender.passport()), lpr=PR(lender.pr()), lib=IB(group4(lender.iban())), lu=N(lender.lat_up()), pl=PL(bor.plate_cn(sep=" ")), bph=PH(bor.phone_cn("space")),
            bem=EM(bor.email()), lph=PH(lender.phone_home("intl")), lem=EM(lender.email()), bsig=N(bor.lat()), wl=N((w := P.cn()).lat()),
            widc=IDC(w.id_card()), brp=RP(bor.rp()))
    elif lang == "ru":
        lender, bor = P.fx(), P.cn()
        d.f("РАСПИСКА / 借条\n\nЯ, {bl} ({bc}), паспорт гражданина КНР (身份证) {bidc}, проживающий по адресу: {ba}, "
            "получил от {lgen}, {ldob} г.р., загранпаспорт {lpp}, ПМЖ КНР {lpr}, денежные средства в размере 600 000 (шестьсот тысяч) рублей.\n"
            "Обязуюсь вернуть до 01.12.2024 на счёт {lib} или на карту {lcard}. В залог оставляю автомобиль {pl}.\n\n"
            "Телефон заёмщика: {bph}\nТелефон займодавца: {lph}\n\nПодпись заёмщика: {bsig}\n\n"
            "民警备注：出借人{lcn}称借款人{bc2}至今未还款，电话{bph2}已停机。",
            bl=N(bor.lat()), bc=N(bor.cn), bidc=IDC(bor.id_card()), ba=AD(bor.addr_cn()), lgen=N(lender.ru("gen")), ldob=DOB(lender.dob_s("dot")),
            lpp=PP(lender.passport()), lpr=PR(lender.pr()), lib=IB(lender.iban()), lcard=BC(fmt_card(lender.card_home()[1], "space")), pl=PL(bor.plate_cn()), bph=PH(bor.phone_cn("intl")),
            lph=PH(lender.phone_home("intl")), bsig=N(bor.cn), lcn=N(lender.cn), bc2=N(bor.cn), bph2=PH(bor.phone_cn("intl")))
    else:
        lender, bor = P.fx(), P.fx()
        d.f("سند دين / 借条\n\nأقر أنا {bar}، {hm} جواز السفر رقم {bpp} وبطاقة الإقامة الدائمة رقم {bpr}، وتاريخ ميلادي {bdob}، {mq} في {ba}، "
            "بأنني استلمت من {sy} {lar} مبلغ ٣٠٠٠٠٠ يوان صيني على سبيل القرض، وأتعهد بإعادته في موعد أقصاه ٢٠٢٤/١٢/٣١ "
            "بتحويله إلى {hs} {lib}، وأرهن سيارتي ذات اللوحة {pl} ضماناً للسداد.\n\nهاتف المقترض: {bph}\nهاتف المقرض: {lph}\n\nالتوقيع: {bsig}\n\n"
            "（中文摘要）借款人{bcn}向出借人{lcn}借款30万元，约定转账至账户{lib2}归还。出借人报案称借款人已失联。",
            hm="حامل" if bor.sex == "M" else "حاملة", mq="المقيم" if bor.sex == "M" else "المقيمة",
            sy="السيد" if lender.sex == "M" else "السيدة", hs="حسابه" if lender.sex == "M" else "حسابها",
            bar=N(bor.ar_full), bpp=PP(bor.passport()), bpr=PR(bor.pr()), bdob=DOB(bor.dob_s("ar_slash")), ba=AD(bor.addr_cn()), lar=N(lender.ar_full),
            lib=IB(group4(lender.iban())), pl=PL(bor.plate_cn()), bph=PH(bor.phone_cn("ar")), lph=PH(lender.phone_home("intl")), bsig=N(bor.ar_short),
            bcn=N(bor.cn), lcn=N(lender.cn), lib2=IB(lender.iban()))


@layout("account_freeze_request")
def lay_freeze(d: Doc, lang: str) -> None:
    P = Pool(lang)
    no = R.randint(100, 999)
    if lang == "zh":
        a, b, c = P.fx(), P.fx(), P.cn()
        d.f("协助冻结财产通知书\n公（刑）冻财字〔2024〕{no}号\n\n银行：\n因侦查涉外电信网络诈骗案件需要，根据《中华人民共和国刑事诉讼法》第一百四十四条之规定，请协助冻结下列账户：\n\n"
            "1. 户名：{an}（{al}）　证件：护照{app}／居留许可{arp}\n　 账号：{ac}　冻结期限：六个月\n"
            "2. 户名：{bn}　证件：外国人永久居留身份证{bpr}\n　 账号：{bc}　冻结期限：六个月\n"
            "3. 户名：{cn}　证件：居民身份证{cidc}\n　 账号：{cc}\n\n"
            "另：经查，上述资金部分已转入境外账户{ib1}、{ib2}，已通过国际合作渠道请求协查。\n\n"
            "联系人：经侦大队 警号{bd}，联系邮箱不公开。\n（公章）2024年{m}月{dd}日",
            no=no, an=N(a.cn), al=N(a.lat_up()), app=PP(a.passport()), arp=RP(a.rp()), ac=BC(fmt_card(a.card_cn()[1], "plain")),
            bn=N(b.cn), bpr=PR(b.pr()), bc=BC(fmt_card(b.card_cn()[1], "plain")), cn=N(c.cn), cidc=IDC(c.id_card()),
            cc=BC(fmt_card(c.card_cn()[1], "plain")), ib1=IB(a.iban()), ib2=IB(group4(b.iban())), bd=badge(), m=R.randint(4, 11),
            dd=R.randint(1, 28))
    elif lang == "en":
        a, b = P.fx(), P.fx()
        d.f("REQUEST TO FREEZE FUNDS (courtesy English translation for the correspondent bank)\nRef. {no}/2024\n\n"
            "Please freeze the following accounts and report the balances:\n\n"
            "(1) Account holder: {al}, date of birth {adob}, passport {app}, residence permit {arp}\n    IBAN: {aib}\n"
            "    Linked card: {acard}\n    Registered e-mail: {aem}; phone {aph}\n\n"
            "(2) Account holder: {bl}, permanent residence ID {bpr}\n    IBAN: {bib}\n    Registered e-mail: {bem}\n\n"
            "(3) Account holder: {cl}, resident ID {cidc}\n    Card: {ccard}\n\n"
            "Grounds: the accounts received RMB 2.3 million from 41 victims in the investment-fraud case against {as_} and {bs}.\n\n"
            "Contact: economic crime unit, badge {bd}.",
            no=no, al=N(a.lat()), adob=DOB(a.dob_s(pick(("iso", "en_long")))), app=PP(a.passport()), arp=RP(a.rp()), aib=IB(group4(a.iban())),
            acard=BC(fmt_card(a.card_home()[1], "space")), aem=EM(a.email()), aph=PH(a.phone_home("intl")), bl=N(b.lat()), bpr=PR(b.pr()),
            bib=IB(group4(b.iban())), bem=EM(b.email()), cl=N((c := P.cn()).lat()), cidc=IDC(c.id_card()),
            ccard=BC(fmt_card(c.card_cn()[1], "plain")), as_=N(a.sur()), bs=N(b.sur()), bd=badge())
    elif lang == "ru":
        a, b = P.fx(), P.fx()
        d.f("协助冻结财产通知书 / Запрос о заморозке средств\n\n"
            "1) Владелец: {afio}（{acn}），паспорт {app}，ВНЖ {arp}\n   Счёт: {aib}\n   Карта 中国银行卡: {acard}\n"
            "2) Владелец: {bfio}（{bcn}），ПМЖ КНР {bpr}\n   Счёт: {bib}\n   Карта: {bcard}\n\n"
            "Основание: по счетам проходили средства потерпевших по делу о мошенничестве. 请协助冻结上述账户六个月。\n"
            "Контакт для банка: {em}\n民警：警号{bd}",
            afio=N(a.ru()), acn=N(a.cn), app=PP(a.passport()), arp=RP(a.rp()), aib=IB(a.iban()), acard=BC(fmt_card(a.card_cn()[1], "plain")),
            bfio=N(b.ru()), bcn=N(b.cn), bpr=PR(b.pr()), bib=IB(group4(b.iban())), bcard=BC(fmt_card(b.card_home()[1], "space")),
            em=EM(a.email()), bd=badge())
    else:
        a, b = P.fx(), P.cn()
        d.f("协助冻结财产通知书 / طلب تجميد أموال\n\n"
            "١) صاحب الحساب: {aar}（{acn}）\n   جواز السفر: {app} — الإقامة الدائمة: {apr}\n   IBAN: {aib}\n   البطاقة الصينية: {acard}\n"
            "٢) صاحب الحساب: {bcn}（身份证号码{bidc}）\n   البطاقة: {bcard}\n\n"
            "السبب: استلام أموال ضحايا في قضية احتيال تجاري. 冻结期限六个月。\n"
            "حساب ثانٍ مرتبط بالمشتبه به {ag}: {aib2}\n民警：警号{bd}",
            aar=N(a.ar_full), acn=N(a.cn), app=PP(a.passport()), apr=PR(a.pr()), aib=IB(group4(a.iban())),
            acard=BC(fmt_card(a.card_cn()[1], "plain")), bcn=N(b.cn), bidc=IDC(b.id_card()), bcard=BC(fmt_card(b.card_cn()[1], "plain")),
            ag=N(a.ar_given), aib2=IB(gen_iban(pick(("AE", "TR", "QA")))), bd=badge())


@layout("community_visit_record")
def lay_visit(d: Doc, lang: str) -> None:
    P = Pool(lang)
    date = incident_date()
    land = P.cn()
    t = [P.fx(), P.fx(), P.fx()]
    if lang == "zh":
        d.f("社区民警入户走访记录（境外人员住宿核查）\n走访时间：{dt}　地点：{addr}\n\n"
            "房东：{ln}，身份证号码{lidc}，电话{lph}，车辆{lpl}\n\n在住人员：\n"
            "1. {t1}，{n1}，护照{p1}，签证{v1}（有效期至2024年12月），出生日期{d1}\n"
            "2. {t2}，{n2}，护照{p2}，居留许可{r2}，电话{ph2}\n"
            "3. {t3}，{n3}，永久居留身份证{pr3}，停放车辆{pl}\n\n"
            "核查情况：3人均已办理住宿登记。提醒房东{ln2}按规定在24小时内为新入住人员申报登记。\n走访民警：警号{b}",
            dt=zhd(date), addr=AD(t[0].addr_cn()), ln=N(land.cn), lidc=IDC(land.id_card()), lph=PH(land.phone_cn("plain")),
            lpl=PL(land.plate_cn()), t1=zh_intro(t[0]), n1=nat_zh(t[0]), p1=PP(t[0].passport()), v1=VI(t[0].visa()), d1=DOB(t[0].dob_s("zh")),
            t2=zh_intro(t[1]), n2=nat_zh(t[1]), p2=PP(t[1].passport()), r2=RP(t[1].rp()), ph2=PH(t[1].phone_cn("plain")),
            t3=N(t[2].cn), n3=nat_zh(t[2]), pr3=PR(t[2].pr()), pl=PL(t[2].plate_cn(sep="·")), ln2=N(land.cn), b=badge())
    elif lang == "en":
        d.f("COMMUNITY POLICE HOME VISIT — record (English copy left with the residents)\nDate: {dt}    Address: {addr}\n\n"
            "Landlord: {ll} ({lc}), ID {lidc}, tel. {lph}, car {lpl}\n\nResidents checked:\n"
            "- {n1}, born {d1}, passport {p1}, visa {v1}\n- {n2}, passport {p2}, residence permit {r2}, e-mail {e2}\n"
            "- {n3}, permanent residence ID {pr3}, car {pl}\n\n"
            "Advice given: report any new resident within 24 hours; keep passports and permits valid. Emergency: 110.\nOfficer: badge {b}",
            dt=date.strftime("%d %B %Y"), addr=AD(t[0].addr_cn()), ll=N(land.lat()), lc=N(land.cn), lidc=IDC(land.id_card()),
            lph=PH(land.phone_cn("space")), lpl=PL(land.plate_cn(sep=" ")), n1=N(t[0].lat()), d1=DOB(t[0].dob_s(pick(("en_short", "slash_dmy")))), p1=PP(t[0].passport()),
            v1=VI(t[0].visa()), n2=N(t[1].lat()), p2=PP(t[1].passport()), r2=RP(t[1].rp()), e2=EM(t[1].email()), n3=N(t[2].lat()),
            pr3=PR(t[2].pr()), pl=PL(t[2].plate_cn(sep=" ")), b=badge())
    elif lang == "ru":
        d.f("社区民警走访记录 / Запись о посещении участковым\n时间：{dt}　地址：{addr}\n\n房东：{ln}，身份证号码{lidc}，车辆{lpl}\n\n"
            "Проживающие:\n1) {f1}, {d1} г.р., паспорт {p1}, виза {v1}\n2) {f2}, паспорт {p2}, ВНЖ {r2}, тел. {ph2}\n"
            "3) {f3}, ПМЖ КНР {pr3}, автомобиль {pl}\n\n"
            "Разъяснено: о новых жильцах сообщать в течение 24 часов. {g1} пояснил(а), что в квартире временно живёт также {g2}.\n民警：警号{b}",
            dt=zhd(date), addr=AD(t[0].addr_cn()), ln=N(land.cn), lidc=IDC(land.id_card()), lpl=PL(land.plate_cn()), f1=N(t[0].ru()), d1=DOB(t[0].dob_s("dot")),
            p1=PP(t[0].passport()), v1=VI(t[0].visa()), f2=N(t[1].ru()), p2=PP(t[1].passport()), r2=RP(t[1].rp()),
            ph2=PH(t[1].phone_cn("plain")), f3=N(t[2].ru()), pr3=PR(t[2].pr()), pl=PL(t[2].plate_home()), g1=N(t[0].ru_io()),
            g2=N(t[1].ru_fi()), b=badge())
    else:
        d.f("社区民警走访记录 / محضر زيارة ميدانية\n时间：{dt}　地址：{addr}\n\nالمالك / 房东: {ln}，身份证号码{lidc}，电话{lph}，车辆{lpl}\n\n"
            "المقيمون:\n١- {a1}، جواز {p1}، تأشيرة {v1}، مواليد {d1}\n٢- {a2}، جواز {p2}، تصريح إقامة {r2}\n"
            "٣- {a3}، إقامة دائمة {pr3}، سيارة {pl}\n\n"
            "تم التنبيه على ضرورة تسجيل أي مقيم جديد خلال ٢٤ ساعة. 已提醒{c1}、{c2}、{c3}遵守住宿登记规定。\n民警：警号{b}",
            dt=zhd(date), addr=AD(t[0].addr_cn()), ln=N(land.cn), lidc=IDC(land.id_card()), lph=PH(land.phone_cn("plain")),
            lpl=PL(land.plate_cn(sep="·")), a1=N(t[0].ar_full), p1=PP(t[0].passport()), v1=VI(t[0].visa()), d1=DOB(t[0].dob_s("ar_slash")), a2=N(t[1].ar_full),
            p2=PP(t[1].passport()), r2=RP(t[1].rp()), a3=N(t[2].ar_full), pr3=PR(t[2].pr()), pl=PL(t[2].plate_cn()),
            c1=N(t[0].cn), c2=N(t[1].cn), c3=N(t[2].cn), b=badge())


@layout("phone_forensics_contacts")
def lay_contacts(d: Doc, lang: str) -> None:
    P = Pool(lang)
    own = P.fx()
    c = [P.fx(), P.fx(), P.cn(), P.fx()]
    hdr = {"zh": "手机取证报告（节选）— 通讯录提取\n检材：嫌疑人{o}的手机（iPhone 13）　提取工具：取证系统 v6.2\n\n",
           "en": "MOBILE FORENSIC REPORT (extract) — contacts\nExhibit: phone of {o} (Samsung S22)\n\n",
           "ru": "手机取证报告 / Отчёт об извлечении данных — контакты\nТелефон: {o}\n\n",
           "ar": "手机取证报告 / تقرير فحص الهاتف — جهات الاتصال\nالهاتف الخاص بـ {o}\n\n"}[lang]
    oname = {"zh": own.cn, "en": own.lat(), "ru": own.ru("gen") if own.script == "cyr" else own.cn,
             "ar": own.ar_full if own.script == "ar" else own.cn}[lang]
    d.f(hdr, o=N(oname))
    if lang == "zh":
        d.f("#1 {n1}\n  手机：{p1}\n  邮箱：{e1}\n  备注：签证{v1} 已过期\n"
            "#2 {n2}\n  手机：{p2}\n  WhatsApp：{w2}\n  备注：永居{pr2}\n"
            "#3 {n3}\n  手机：{p3}\n  备注：身份证{i3}；收款卡{c3}\n"
            "#4 {n4}\n  邮箱：{e4}\n  备注：欧元账户 {ib4}，居留{r4}\n",
            n1=N(c[0].lat()), p1=PH(c[0].phone_cn("plain")), e1=EM(c[0].email()), v1=VI(c[0].visa()), n2=N(c[1].cn),
            p2=PH(c[1].phone_cn("space")), w2=IM(c[1].whatsapp()), pr2=PR(c[1].pr()), n3=N(c[2].cn), p3=PH(c[2].phone_cn("plain")),
            i3=IDC(c[2].id_card()), c3=BC(fmt_card(c[2].card_cn()[1], "plain")), n4=N(c[3].first_lat), e4=EM(c[3].email()),
            ib4=IB(c[3].iban()), r4=RP(c[3].rp()))
    elif lang == "en":
        d.f("[1] {n1}\n    mobile {p1} | home {h1}\n    email {e1}\n    note: \"visa {v1}\"\n"
            "[2] {n2}\n    mobile {p2}\n    note: \"PR {pr2} / IBAN {ib2}\"\n"
            "[3] {n3}\n    mobile {p3}\n    note: \"ID {i3}\"\n"
            "[4] {n4}\n    email {e4}\n    Telegram {t4}\n    note: \"RP {r4}\"\n",
            n1=N(c[0].lat()), p1=PH(c[0].phone_cn("space")), h1=PH(c[0].phone_home("intl")), e1=EM(c[0].email()), v1=VI(c[0].visa()),
            n2=N(c[1].first_lat), p2=PH(c[1].phone_cn("plain")), pr2=PR(c[1].pr()), ib2=IB(c[1].iban()), n3=N(c[2].lat()),
            p3=PH(c[2].phone_cn("plain")), i3=IDC(c[2].id_card()), n4=N(c[3].lat_up()), e4=EM(c[3].email()), t4=IM(c[3].telegram()),
            r4=RP(c[3].rp()))
    elif lang == "ru":
        d.f("1. «{n1}» — {p1}; {e1}; заметка: виза {v1}\n2. «{n2}» — {p2}; Telegram {t2}; заметка: ПМЖ {pr2}\n"
            "3. «{n3}» — {p3}; заметка: 身份证 {i3}\n4. «{n4}» — {e4}; заметка: счёт {ib4}, ВНЖ {r4}\n",
            n1=N(c[0].ru_fi()), p1=PH(c[0].phone_home("intl")), e1=EM(c[0].email()), v1=VI(c[0].visa()), n2=N(c[1].ru_given()),
            p2=PH(c[1].phone_cn("plain")), t2=IM(c[1].telegram()), pr2=PR(c[1].pr()), n3=N(c[2].cn), p3=PH(c[2].phone_cn("plain")),
            i3=IDC(c[2].id_card()), n4=N(c[3].ru_sur()), e4=EM(c[3].email()), ib4=IB(c[3].iban()), r4=RP(c[3].rp()))
    else:
        d.f("١. «{n1}» — {p1} — {e1} — ملاحظة: تأشيرة {v1}\n٢. «{n2}» — {p2} — واتساب {w2} — ملاحظة: إقامة دائمة {pr2}\n"
            "٣. «{n3}» — {p3} — ملاحظة: 身份证 {i3}\n٤. «{n4}» — {e4} — ملاحظة: IBAN {ib4}، إقامة {r4}\n",
            n1=N(c[0].ar_short), p1=PH(c[0].phone_home("intl")), e1=EM(c[0].email()), v1=VI(c[0].visa()), n2=N(c[1].ar_given),
            p2=PH(c[1].phone_cn("plain")), w2=IM(c[1].whatsapp()), pr2=PR(c[1].pr()), n3=N(c[2].cn), p3=PH(c[2].phone_cn("plain")),
            i3=IDC(c[2].id_card()), n4=N(c[3].ar_full), e4=EM(c[3].email()), ib4=IB(group4(c[3].iban())), r4=RP(c[3].rp()))
    d.t({"zh": "\n（共提取联系人1,284条，以上为与案件相关的4条。）", "en": "\n(1,017 contacts extracted; 4 relevant entries shown.)",
         "ru": "\n（共提取联系人963条。）Показаны 4 записи, относящиеся к делу.", "ar": "\n（共提取联系人742条。）تم عرض ٤ جهات ذات صلة بالقضية."}[lang])


@layout("phone_recycle_ticket")
def lay_recycle(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, clerk = P.fx(), P.cn()
    imei = luhn_complete("35" + digits(6), 15)
    if lang == "zh":
        d.f("二手手机回收登记单（回收店留存联，民警调取）\n单号：HS{no}\n\n"
            "出售人：{si}\n证件类型：外国人永久居留身份证　证件号码：{pr}\n联系电话：{ph}　住址：{addr}\n\n"
            "回收机型：iPhone 15 Pro Max 256G 原色钛金属\nIMEI：{imei}\n成色：95新，无拆修\n回收价：人民币5,600元\n"
            "付款方式：转账至出售人银行卡 {card}\n\n经办人：{cn}（身份证号码{cidc}）\n出售人声明：本机来源合法，如有问题本人承担责任。签名：{sig}\n\n证件扫描OCR：\n",
            no=digits(10, True), si=zh_intro(s), pr=PR(s.pr()), ph=PH(s.phone_cn("plain")), addr=AD(s.addr_cn()), imei=imei,
            card=BC(fmt_card(s.card_cn()[1], "plain")), cn=N(clerk.cn), cidc=IDC(clerk.id_card()), sig=N(s.cn))
        mrz_block(d, s.mrz())
    elif lang == "en":
        d.f("PHONE TRADE-IN RECEIPT (shop copy, obtained by police)\nTicket HS{no}\n\n"
            "Seller: {sl}\nDocument: passport {pp}; Chinese visa {visa}; residence permit {rp}\nPhone: {ph}\nAddress: {addr}\n\n"
            "Device: Samsung Galaxy S24 Ultra 512GB\nIMEI 1: {imei}\nPrice paid: RMB 4,900, by transfer to card {card}\n\n"
            "Staff: {cl} (ID {cidc})\nSeller's declaration: the device is my own property. Signed {sig}\n\nPassport scan (OCR):\n",
            no=digits(10, True), sl=N(s.lat()), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), ph=PH(s.phone_cn("space")), addr=AD(s.addr_cn()),
            imei=imei, card=BC(fmt_card(s.card_home()[1], "space")), cl=N(clerk.lat()), cidc=IDC(clerk.id_card()), sig=N(s.lat_up()))
        mrz_block(d, s.mrz())
    elif lang == "ru":
        d.f("二手手机回收登记单 / Квитанция о скупке телефона\n\nПродавец: {fio}（{cn}）\nВНЖ: {rp}; виза {visa}\nТелефон: {ph}\n"
            "Адрес: {addr}\n\nУстройство: Xiaomi 14 Ultra\nIMEI: {imei}\nЦена: 3 800 юаней, перевод на карту {card}\n\n"
            "经办人：{ccn}（身份证号码{cidc}）\nПодпись продавца: {sig}\n\nСкан паспорта (OCR):\n",
            fio=N(s.ru()), cn=N(s.cn), rp=RP(s.rp()), visa=VI(s.visa()), ph=PH(s.phone_cn("plain")), addr=AD(s.addr_cn()), imei=imei,
            card=BC(fmt_card(s.card_cn()[1], "plain")), ccn=N(clerk.cn), cidc=IDC(clerk.id_card()), sig=N(s.ru_initials()))
        mrz_block(d, s.mrz())
    else:
        d.f("二手手机回收登记单 / إيصال شراء هاتف مستعمل\n\nالبائع: {ar1}（{cn}）\nالإقامة الدائمة: {pr}\nتأشيرة سابقة: {visa}\n"
            "الهاتف: {ph}\nالعنوان: {addr}\n\nالجهاز: Huawei Mate 60 Pro\nIMEI: {imei}\nالسعر: ٤٢٠٠ يوان، تحويل إلى البطاقة {card}\n\n"
            "经办人：{ccn}（身份证号码{cidc}）\nتوقيع البائع: {sig}\n\nصورة الجواز (OCR):\n",
            ar1=N(s.ar_full), cn=N(s.cn), pr=PR(s.pr()), visa=VI(s.visa()), ph=PH(s.phone_cn("ar")), addr=AD(s.addr_cn()), imei=imei,
            card=BC(fmt_card(s.card_cn()[1], "plain")), ccn=N(clerk.cn), cidc=IDC(clerk.id_card()), sig=N(s.ar_short))
        mrz_block(d, s.mrz())


@layout("apology_pledge")
def lay_apology(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, v = P.fx(sex="M" if lang == "ar" else None), P.cn(sex="F" if lang == "ru" else "M")
    if lang == "zh":
        d.f("悔过书\n\n本人{si}，{nat}人，护照号码{pp}，签证号码{visa}，现住{addr}。\n\n"
            "2024年8月17日晚，我在酒后与出租车司机{vn}发生争执，并打坏了他车辆（号牌{pl}）的后视镜。我知道这是违法行为，给{vn2}师傅带来了损失和惊吓，我非常后悔。\n"
            "我保证今后遵守中国的法律法规，不再酒后闹事。我已经和{vn3}师傅达成和解，赔偿的2,000元已转到他的卡{card}。\n"
            "我的居留许可号码是{rp}，如果需要，我随时配合派出所的调查。电话：{ph}，邮箱：{em}。\n"
            "我的工资卡是境外账户{ib}，如需支付罚款可从该账户汇款。\n\n悔过人：{sig}（{sigl}）\n2024年8月18日",
            si=zh_intro(s), nat=nat_zh(s), pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()), vn=N(v.cn), pl=PL(v.plate_cn()),
            vn2=N(v.cn), vn3=N(v.cn), card=BC(fmt_card(v.card_cn()[1], "plain")), rp=RP(s.rp()),
            ph=PH(s.phone_cn("plain")), em=EM(s.email()), ib=IB(group4(s.iban())), sig=N(s.cn), sigl=N(s.lat()))
    elif lang == "en":
        d.f("LETTER OF APOLOGY AND UNDERTAKING\n\nTo: the local police station\n\nI, {sl}, passport {pp}, visa {visa}, residence permit {rp}, "
            "living at {addr}, write this letter about what happened on 3 September 2024.\n\n"
            "I shouted at and pushed the security guard, {vl}, when he asked me to leave the mall after closing time. I was wrong and I apologise "
            "to {vl2} and to the police. I have paid him RMB 1,500 for his broken glasses by bank transfer from my account {ib}.\n\n"
            "I promise that this will not happen again, and that I will respect Chinese law. I can be reached at {ph} or {em}.\n\n"
            "Yours sincerely,\n{sig}",
            sl=N(s.lat()), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), addr=AD(s.addr_cn()), vl=N(v.lat()), vl2=N(v.lat()),
            ib=IB(group4(s.iban())), ph=PH(s.phone_cn("space")), em=EM(s.email()), sig=N(s.lat()))
    elif lang == "ru":
        d.f("悔过书 / Объяснительная и обязательство\n\nЯ, {fio}, {dob} г.р., паспорт {pp}, виза {visa}, проживающий(ая) по адресу {addr}, "
            "признаю, что 21.07.2024 в нетрезвом состоянии оскорбил(а) продавщицу магазина {vl} и разбил(а) витрину.\n"
            "Я искренне раскаиваюсь и приношу извинения госпоже {vl2}. Ущерб 3 000 юаней я возместил(а) переводом со своего счёта {ib}.\n"
            "Обязуюсь впредь соблюдать законы КНР. ВНЖ № {rp}. Телефон {ph}, e-mail {em}.\n\n"
            "（译文摘要：本人{cn}承认酒后辱骂店员{vc}并打碎橱窗，已赔偿3000元，保证今后遵守中国法律。）\n\nПодпись: {sig}",
            fio=N(s.ru()), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()), vl=N(v.lat()),
            vl2=N(v.lat()), ib=IB(s.iban()), rp=RP(s.rp()), ph=PH(s.phone_cn("plain")), em=EM(s.email()), cn=N(s.cn), vc=N(v.cn),
            sig=N(s.ru_initials()))
    else:
        d.f("悔过书 / تعهد واعتذار\n\nأنا {ar1}، حامل جواز السفر رقم {pp}، وتأشيرة رقم {visa}، وتصريح إقامة رقم {rp}، المقيم في {addr}، "
            "أعتذر عمّا بدر مني يوم ١٢ أغسطس ٢٠٢٤ من شجار مع جاري السيد {vl} وإتلاف باب شقته.\n"
            "دفعت له تعويضاً قدره ٢٥٠٠ يوان بتحويل من حسابي {ib}، وأتعهد بعدم تكرار ذلك واحترام القوانين الصينية.\n"
            "للتواصل: {ph}، {em}\n\n（中文译文：本人{cn}与邻居{vc}发生纠纷并损坏其房门，已赔偿2500元，保证不再发生类似行为。）\n\nالتوقيع: {sig}",
            ar1=N(s.ar_full), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), addr=AD(s.addr_cn()), vl=N(v.lat()),
            ib=IB(group4(s.iban())), ph=PH(s.phone_cn("ar")), em=EM(s.email()), cn=N(s.cn), vc=N(v.cn), sig=N(s.ar_short))


@layout("sim_registration_receipt")
def lay_sim(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s = P.fx()
    new_raw = s.m("cnraw", gen_cn_mobile_raw)
    if lang == "zh":
        d.f("中国移动 客户入网登记回执（实名制）\n\n客户姓名：{cn}\n英文姓名：{up}\n证件类型：外国人永久居留身份证\n证件号码：{pr}\n"
            "出生日期：{dob}\n通信地址：{addr}\n联系邮箱：{em}\n\n新开号码：{ph}\n套餐：5G畅享 128元/月\n"
            "自动扣费银行卡：{card}\n原护照号码（辅助核验）：{pp}\n\n证件扫描识别（护照机读区）：\n",
            cn=N(s.cn), up=N(s.lat_up()), pr=PR(s.pr()), dob=DOB(s.dob_s("zh")), addr=AD(s.addr_cn()), em=EM(s.email()),
            ph=PH(fmt_cn_mobile(new_raw, "plain")), card=BC(fmt_card(s.card_cn()[1], "plain")), pp=PP(s.passport()))
        mrz_block(d, s.mrz())
        d.t("\n\n客户签字确认：本人承诺所提供证件真实有效，号码仅供本人使用，不转借他人。")
    elif lang == "en":
        d.f("CHINA UNICOM — SUBSCRIBER REGISTRATION RECEIPT (real-name)\n\nName: {sl}\nDocument: passport {pp}\nVisa: {visa}\n"
            "Residence permit: {rp}\nDate of birth: {dob}\nAddress: {addr}\nE-mail: {em}\n\nNew number: {ph}\n"
            "Plan: 99 RMB/month    Auto-pay card: {card}\n\nDocument scan (MRZ):\n",
            sl=N(s.lat()), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), dob=DOB(s.dob_s(pick(("pp", "iso")))), addr=AD(s.addr_cn()),
            em=EM(s.email()), ph=PH(fmt_cn_mobile(new_raw, "intl")), card=BC(fmt_card(s.card_home()[1], "space")))
        mrz_block(d, s.mrz())
        d.t("\n\nThe subscriber confirms that the number is for personal use only and will not be lent or sold to others.")
    elif lang == "ru":
        d.f("入网登记回执 / Квитанция о регистрации SIM-карты\n\nФ.И.О.: {fio}\n中文名：{cn}\nПМЖ КНР: {pr}\nВиза (прежняя): {visa}\n"
            "Дата рождения: {dob}\nАдрес: {addr}\nE-mail: {em}\n\nНовый номер / 新号码: {ph}\nАвтоплатёж с карты: {card}\n\nМЧЗ паспорта:\n",
            fio=N(s.ru()), cn=N(s.cn), pr=PR(s.pr()), visa=VI(s.visa()), dob=DOB(s.dob_s("dot")), addr=AD(s.addr_cn()), em=EM(s.email()),
            ph=PH(fmt_cn_mobile(new_raw, "space")), card=BC(fmt_card(s.card_cn()[1], "plain")))
        mrz_block(d, s.mrz())
        d.t("\n\n本人承诺号码仅供本人使用。Абонент предупреждён об ответственности за передачу SIM-карты третьим лицам.")
    else:
        d.f("入网登记回执 / إيصال تسجيل شريحة\n\nالاسم: {ar1}\n中文名：{cn}\nالوثيقة: جواز سفر {pp}\nالتأشيرة: {visa}\n"
            "تصريح الإقامة: {rp}\nتاريخ الميلاد: {dob}\nالعنوان: {addr}\nالبريد: {em}\n\nالرقم الجديد / 新号码: {ph}\n\nالمنطقة المقروءة آلياً:\n",
            ar1=N(s.ar_full), cn=N(s.cn), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), dob=DOB(s.dob_s("ar_slash")),
            addr=AD(s.addr_cn()), em=EM(s.email()), ph=PH(fmt_cn_mobile(new_raw, "ar")))
        mrz_block(d, s.mrz())
        d.t("\n\nيتعهد المشترك باستخدام الرقم شخصياً وعدم بيعه أو إعارته. 本人承诺号码仅供本人使用。")


# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
MONTH_WORDS = {**{m.lower(): i + 1 for i, m in enumerate(MONTHS_EN)}, **{m[:3].lower(): i + 1 for i, m in enumerate(MONTHS_EN)},
               **{m: i + 1 for i, m in enumerate(MONTHS_RU_GEN)}, **{m: i + 1 for i, m in enumerate(MONTHS_AR)}}


def cn_int(x: str) -> int:
    u = "零一二三四五六七八九"
    if "十" not in x:
        return u.index(x)
    a, _, b = x.partition("十")
    return (u.index(a) if a else 1) * 10 + (u.index(b) if b else 0)


def parse_dob(v: str) -> dt.date | None:
    m = re.fullmatch(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]", v)
    if m:
        v = f"{norm_digits(m[1])}年{cn_int(m[2])}月{cn_int(m[3])}日"
    s = norm_digits(v).strip()
    cands = []
    m = re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", s)
    if m:
        cands.append((m[1], m[2], m[3]))
    m = re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", s)
    if m:
        cands.append((m[1], m[2], m[3]))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        cands.append((m[1], m[2], m[3]))
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", s)
    if m:
        cands += [(m[3], m[2], m[1]), (m[3], m[1], m[2])]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?\s+(\d{4})", s, re.I)
    if m and m[2].lower() in MONTH_WORDS:
        cands.append((m[3], str(MONTH_WORDS[m[2].lower()]), m[1]))
    m = re.fullmatch(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})", s)
    if m and m[1].lower() in MONTH_WORDS:
        cands.append((m[3], str(MONTH_WORDS[m[1].lower()]), m[2]))
    m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{2})", s)
    if m and m[2].lower() in MONTH_WORDS:
        yy = int(m[3])
        cands.append((str(1900 + yy if yy > 12 else 2000 + yy), str(MONTH_WORDS[m[2].lower()]), m[1]))
    for y, mo, da in cands:
        try:
            d = dt.date(int(y), int(mo), int(da))
        except ValueError:
            continue
        if 1930 <= d.year <= 2012:
            return d
    return None


TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "г-н", "г-жа", "господин", "госпожа", "السيد", "السيدة", "الأستاذ")


def check_value(typ: str, v: str) -> None:
    a = alnum(v)
    if typ == "id_card":
        assert re.fullmatch(r"\d{17}[\dX]", a) and mod11_2(a[:17]) == a[17], v
    elif typ == "bank_card":
        assert re.fullmatch(r"\d{13,19}", a) and luhn_ok(a), v
    elif typ == "iban":
        assert iban_ok(a), v
    elif typ == "mrz":
        assert re.fullmatch(r"[A-Z0-9<]{44}", v), v
    elif typ == "permanent_residence":
        assert pr_ok(a), v
    elif typ == "phone":
        assert 7 <= sum(c.isdigit() for c in norm_digits(v)) <= 15, v
        nv = norm_digits(v).strip()
        nd = "".join(c for c in nv if c.isdigit())
        if nv.startswith(("+86", "0086", "(+86)")):
            nd = nd[4:] if nv.startswith("0086") else nd[2:]
        elif nv.startswith("+"):
            nd = ""
        if re.fullmatch(r"1\d{10}", nd):
            assert nd[:3] in CN_MOBILE_PREFIX, v
    elif typ == "email":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v), v
    elif typ == "passport":
        assert re.fullmatch(r"[A-Z0-9]{6,10}", a), v
    elif typ == "visa":
        assert re.fullmatch(r"[A-Z0-9]{7,12}", a), v
    elif typ == "residence_permit":
        assert re.fullmatch(r"Y\d{9}", a), v
    elif typ == "date_of_birth":
        assert parse_dob(v), v
    elif typ == "plate":
        assert 5 <= len(v) <= 16, v
    elif typ == "person_name":
        assert not v.endswith(("先生", "女士", "小姐", "警官")), v
        assert not any(v == t or v.startswith(t + " ") or v.startswith(t + ".") for t in TITLES), v
        assert not re.search(r"\d", v), v
    elif typ == "address":
        assert len(v) >= 4, v
    elif typ == "im_handle":
        assert len(v) >= 5 and " " not in v.strip("+"), v


def covered(spans: list[dict], i: int, j: int) -> bool:
    return any(sp["start"] <= i and j <= sp["end"] for sp in spans)


def validate_doc(rec: dict, meta: list) -> None:
    text, spans = rec["text"], rec["spans"]
    assert 300 <= len(text) <= 2500, (rec["id"], len(text))
    assert 1 <= len(spans) <= 25, (rec["id"], len(spans))
    last = 0
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"], (rec["id"], sp)
        assert sp["start"] >= last, (rec["id"], "overlap", sp)
        last = sp["end"]
        check_value(sp["type"], sp["value"])
    # one value, one type
    vt: dict[str, str] = {}
    for sp in spans:
        assert vt.setdefault(sp["value"], sp["type"]) == sp["type"], (rec["id"], sp)
    # MRZ lines come in checked zones
    zone_lines = set()
    for kind, lines in meta:
        if kind == "mrz":
            assert mrz_pair_ok(*lines), (rec["id"], lines)
            zone_lines |= set(lines)
    for sp in spans:
        if sp["type"] == "mrz":
            assert sp["value"] in zone_lines, (rec["id"], sp)
    # no unannotated copy of any value: exact, case-insensitive whole-word, and digit-only forms
    for v in set(vt):
        for m in re.finditer(re.escape(v), text):
            assert covered(spans, m.start(), m.end()), (rec["id"], "unannotated copy", v, m.start())
        if re.search(r"[^\W\d_]", v):
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
                assert covered(spans, m.start(), m.end()), (rec["id"], "unannotated copy (case)", v, m.start())
        dg = "".join(c for c in norm_digits(v) if c.isdigit())
        if len(dg) >= 7 and not re.search(r"[^\W\d_]", v):
            for m in re.finditer(dg, text):
                assert covered(spans, m.start(), m.end()), (rec["id"], "unannotated digits", v, m.start())
    # names of people: every annotated name token also annotated where it stands alone
    for sp in spans:
        if sp["type"] == "person_name":
            for tok in re.split(r"[\s·,.]+", sp["value"]):
                if len(tok) >= 4 and re.fullmatch(r"[^\W\d_]+", tok):
                    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", text):
                        assert covered(spans, m.start(), m.end()), (rec["id"], "name token", tok, m.start())


def build() -> list[dict]:
    per_lang = Counter()
    recs = []
    for name, fn in LAYOUTS:
        for lang in LANGS:
            d = Doc()
            fn(d, lang)
            per_lang[lang] += 1
            rec = {"id": f"{FAMILY}-{lang}-{per_lang[lang]:03d}", "lang": lang, "family": FAMILY, "layout": name,
                   "text": d.text(), "spans": d.spans}
            validate_doc(rec, d.meta)
            recs.append(rec)
    return recs


def report(recs: list[dict]) -> dict:
    by_type = Counter(sp["type"] for r in recs for sp in r["spans"])
    by_lang = Counter(r["lang"] for r in recs)
    by_layout = Counter(r["layout"] for r in recs)
    lang_type = defaultdict(Counter)
    for r in recs:
        for sp in r["spans"]:
            lang_type[r["lang"]][sp["type"]] += 1
    return {"by_type": by_type, "by_lang": by_lang, "by_layout": by_layout, "lang_type": lang_type}


EARLIER_LAYOUTS = {
    "accident_form", "arabic_passage", "ascii_table", "bank_transfer_receipt", "bare_names_narrative", "call_110_transcript",
    "carrier_reply_letter", "case_transfer_memo", "chat_export", "consular_notification", "csv_export", "email_thread",
    "entry_exit_query", "handwritten_note", "hotel_printout", "interpreter_notes", "json_export", "kv_audit_log", "ocr_form",
    "passport_ocr_mrz", "people_list", "police_incident_log", "rental_registration", "russian_passage", "sms_screenshots",
    "social_media_post", "visa_permit_review", "witness_first_person", "xml_export", "yaml_keys",
}


def check_set(recs: list[dict], rep: dict) -> None:
    assert len(recs) == 120
    assert all(rep["by_lang"][lg] == 30 for lg in LANGS), rep["by_lang"]
    assert len({r["id"] for r in recs}) == 120
    assert len(rep["by_layout"]) >= 30
    assert len(set(rep["by_layout"]) - EARLIER_LAYOUTS) >= 20
    assert all(3 <= n <= 5 for n in rep["by_layout"].values()), rep["by_layout"]
    for name in rep["by_layout"]:
        assert len({r["lang"] for r in recs if r["layout"] == name}) >= 3, name
    for lg in LANGS:
        missing = [t for t in TYPES if rep["lang_type"][lg][t] == 0]
        assert not missing, (lg, missing)
    low = {t: rep["by_type"][t] for t in TYPES if rep["by_type"][t] < 60}
    assert not low, low


def main() -> None:
    recs = build()
    rep = report(recs)
    print(f"{'type':22s} " + " ".join(f"{lg:>4s}" for lg in LANGS) + "  total")
    for t in TYPES:
        print(f"{t:22s} " + " ".join(f"{rep['lang_type'][lg][t]:4d}" for lg in LANGS) + f"  {rep['by_type'][t]:5d}")
    print(f"{'all spans':22s} " + " ".join(f"{sum(rep['lang_type'][lg].values()):4d}" for lg in LANGS)
          + f"  {sum(rep['by_type'].values()):5d}")
    print("documents per language:", dict(rep["by_lang"]))
    print("documents per layout:")
    for name, n in rep["by_layout"].items():
        print(f"  {name:28s} {n}")
    lens = [len(r["text"]) for r in recs]
    nsp = [len(r["spans"]) for r in recs]
    print(f"text length {min(lens)}-{max(lens)} chars, spans per document {min(nsp)}-{max(nsp)}")
    check_set(recs, rep)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {OUT}")


if __name__ == "__main__":
    main()
