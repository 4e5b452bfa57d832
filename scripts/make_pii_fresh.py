# ruff: noqa: E501
"""Generate the fresh de-identification sets with span ground truth (re-runnable, deterministic).

Everything is SYNTHETIC: names, numbers and addresses are drawn from invented pools; no real person
is described. Written after families A/B/C (``scripts/make_pii_eval.py``) with its own sentence
templates, context words, date formats and value pools (none of B's templates or items was read):

    eval/data/pii_heldout_d.jsonl   family D, seed 9127: written BEFORE any recognizer change of the
                                    third round and scored once, after it (held-out)
    eval/data/pii_dev3.jsonl        family E, seed 6613: the third round's dev set, written after D
                                    with its own templates, context words and value pools (class
                                    GenE, E_* sentences); the rules of the third round were tuned on it

Format as ``scripts/make_pii_eval.py``: {"id", "lang": zh|en|ru-mixed|ar-mixed, "family", "text",
"spans": [{"type", "start", "end", "value"}]}, the engine's type names. Check characters are computed
here (GB 11643 through python-stdnum, Luhn, IBAN mod 97, ICAO 9303 7-3-1) and phone numbers are
checked with phonenumbers, so valid identifiers are valid; nothing here imports the recognizers.

    .venv/bin/python scripts/make_pii_fresh.py
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import phonenumbers
from stdnum import iban, luhn
from stdnum.cn import ric
from stdnum.iso7064 import mod_97_10

ROOT = Path(__file__).resolve().parent.parent
OUT = {"D": ROOT / "eval/data/pii_heldout_d.jsonl", "E": ROOT / "eval/data/pii_dev3.jsonl"}
SEEDS = {"D": 9127, "E": 6613}
DOCS_PER_LANG = 30
LANGS = ("zh", "en", "ru-mixed", "ar-mixed")

CN_DIGIT = "〇一二三四五六七八九"
CN_NUM = "零一二三四五六七八九"
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def cn_year(y: int) -> str:
    """1990 -> 一九九〇."""
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def cn_small(n: int) -> str:
    """1..99 -> 一 .. 九十九 (十二, 二十一)."""
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def cn_number(n: int) -> str:
    """1..9999 -> 一千零八十八 style."""
    if n < 100:
        return cn_small(n)
    out = ""
    thousands, rest = divmod(n, 1000)
    if thousands:
        out += CN_NUM[thousands] + "千"
        if rest and rest < 100:
            out += "零"
    hundreds, rest2 = divmod(rest, 100)
    if hundreds:
        out += CN_NUM[hundreds] + "百"
        if rest2 and rest2 < 10:
            out += "零"
    if rest2:
        out += ("一" + cn_small(rest2)) if 10 <= rest2 < 20 and (thousands or hundreds) else cn_small(rest2)
    return out


def mrz_check(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1)."""
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


# ----------------------------------------------------------------------------- value pools (family D)
ZH_SURNAMES = [
    "魏",
    "程",
    "沈",
    "吕",
    "苏",
    "卢",
    "丁",
    "姜",
    "崔",
    "钟",
    "谭",
    "陆",
    "范",
    "廖",
    "欧阳",
    "司马",
    "上官",
    "诸葛",
]
ZH_GIVEN = ["思远", "若曦", "明轩", "婉清", "浩然", "梓涵", "一鸣", "雨桐", "天佑", "诗琪", "磊", "娜"]
#: Foreign names as Chinese writes them (transliterated, with the middle dot).
ZH_TRANSLIT = [
    "伊万·彼得罗夫",
    "穆罕默德·阿卜杜拉",
    "安娜·科瓦尔丘克",
    "阿里·哈桑",
    "玛丽亚·冈萨雷斯",
    "约翰·麦卡锡",
    "法蒂玛·优素福",
]
LATIN_NAMES = [
    "Jan van der Berg",
    "Ryan McAllister",
    "Siobhán O'Connor",
    "Anne-Marie Lefèvre",
    "Ludwig von Hohenberg",
    "María José de la Cruz",
    "Đặng Thị Hoa",
    "Krzysztof Wróblewski",
    "Henrik Østergaard",
    "Aigerim Nurlanovna",
    "Tomás Ó Briain",
    "Pieter de Vries",
    "Giulia Dell'Acqua",
    "Ömer Çelik",
    "Lars-Erik Svensson",
]
ARABIC_LATIN = [
    "Omar ibn Khalid",
    "Ahmed al-Masri",
    "Abdul Rahman bin Faisal",
    "Layla El-Sayed",
    "Yusuf Abu Zaid",
    "Khadija bint Salem",
]
AR_NAMES = [
    "عبد الله بن سعيد",
    "محمد أبو زيد",
    "فاطمة الزهراء علي",
    "يوسف عبد الرحمن",
    "نور الهدى الشامي",
    "خالد بن وليد العتيبي",
    "سلمى عبد الكريم",
]

#: Russian names with their case forms: (nominative, genitive, dative, instrumental).
RU_MALE_FIRST = [
    ("Рустам", "Рустама", "Рустаму", "Рустамом"),
    ("Олег", "Олега", "Олегу", "Олегом"),
    ("Тимур", "Тимура", "Тимуру", "Тимуром"),
    ("Денис", "Дениса", "Денису", "Денисом"),
    ("Алишер", "Алишера", "Алишеру", "Алишером"),
]
RU_FEMALE_FIRST = [
    ("Алина", "Алины", "Алине", "Алиной"),
    ("Дарья", "Дарьи", "Дарье", "Дарьей"),
    ("Гульнара", "Гульнары", "Гульнаре", "Гульнарой"),
    ("Ксения", "Ксении", "Ксении", "Ксенией"),
    ("Вера", "Веры", "Вере", "Верой"),
]
RU_PATRONYMIC_M = ["Шавкатович", "Андреевич", "Игоревич", "Ильич", "Рашидович"]
RU_PATRONYMIC_F = ["Викторовна", "Сергеевна", "Ильинична", "Маратовна", "Олеговна"]
RU_SURNAME_STEMS = [
    ("Абдуллаев", "ov"),
    ("Кравцов", "ov"),
    ("Голубев", "ov"),
    ("Лапин", "ov"),
    ("Журавлёв", "ov"),
    ("Покровск", "sky"),
    ("Вишневецк", "sky"),
    ("Бородин", "ov"),
]
RU_UNCHANGED = ["Ковальчук", "Шевченко", "Дурново"]

ZH_ROADS = ["江南大道", "文一西路", "古墩路", "秋涛北路", "钱江路", "学院路", "莫干山路"]
ZH_DISTRICTS = ["滨江区", "西湖区", "拱墅区", "萧山区", "余杭区", "上城区"]
ZH_COMPLEXES = ["金色家园", "翠苑一区", "春江花月", "绿城桂花园", "湖畔花园"]
ZH_HOTELS = ["如家酒店（武林店）", "汉庭酒店", "锦江之星", "西溪宾馆", "维也纳国际酒店"]
EN_STREETS = ["Harbour Road", "Binjiang Avenue", "Qingchun Road", "Moganshan Road", "Jiefang Road", "Gudun Road"]
RU_STREETS = ["ул. Цзефан", "ул. Цинчунь", "пр-т Цяньцзян", "ул. Гудунь"]
DOMAINS = ["inbox-mail.ru", "nilemail.com.eg", "jiangnan-mail.cn", "northpost.co.uk", "desertmail.ae", "steppe.kz"]
STEMS = ["rustam", "alina.k", "omar_m", "jvdberg", "dasha", "layla", "hoa.dang", "timur"]


POOLS_D: dict[str, Any] = {
    "ZH_SURNAMES": ZH_SURNAMES,
    "ZH_GIVEN": ZH_GIVEN,
    "LATIN_NAMES": LATIN_NAMES,
    "ARABIC_LATIN": ARABIC_LATIN,
    "AR_NAMES": AR_NAMES,
    "RU_MALE_FIRST": RU_MALE_FIRST,
    "RU_FEMALE_FIRST": RU_FEMALE_FIRST,
    "RU_PATRONYMIC_M": RU_PATRONYMIC_M,
    "RU_PATRONYMIC_F": RU_PATRONYMIC_F,
    "RU_SURNAME_STEMS": RU_SURNAME_STEMS,
    "RU_UNCHANGED": RU_UNCHANGED,
    "ZH_ROADS": ZH_ROADS,
    "ZH_DISTRICTS": ZH_DISTRICTS,
    "ZH_COMPLEXES": ZH_COMPLEXES,
    "ZH_HOTELS": ZH_HOTELS,
    "EN_STREETS": EN_STREETS,
    "RU_STREETS": RU_STREETS,
    "DOMAINS": DOMAINS,
    "STEMS": STEMS,
    "ZH_TRANSLIT": ZH_TRANSLIT,
}


class Gen:
    """Random values of every type for family D."""

    def __init__(self, rng: random.Random, pools: dict[str, Any]) -> None:
        self.r = rng
        self.p = pools

    def choice(self, seq: list[str] | tuple[str, ...] | str) -> str:
        return self.r.choice(seq)  # type: ignore[arg-type]

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # names
    def zh_name(self) -> str:
        return self.choice(self.p["ZH_SURNAMES"]) + self.choice(self.p["ZH_GIVEN"])

    def latin_name(self) -> str:
        name = self.choice(self.p["LATIN_NAMES"] + self.p["ARABIC_LATIN"])
        return name.lower() if self.r.random() < 0.2 else name

    def ar_name(self) -> str:
        return self.choice(self.p["AR_NAMES"])

    def ru_person(self) -> dict[str, str]:
        """Case forms of one full Russian-style name: nom, gen, dat, ins (surname first or last)."""
        female = self.r.random() < 0.5
        first = self.r.choice(self.p["RU_FEMALE_FIRST"] if female else self.p["RU_MALE_FIRST"])
        patr = self.choice(self.p["RU_PATRONYMIC_F"] if female else self.p["RU_PATRONYMIC_M"])
        stem, kind = self.r.choice(self.p["RU_SURNAME_STEMS"])
        if self.r.random() < 0.15:
            sur = (self.choice(self.p["RU_UNCHANGED"]),) * 4
        elif kind == "ov":
            sur = (
                (stem + "а", stem + "ой", stem + "ой", stem + "ой")
                if female
                else (stem, stem + "а", stem + "у", stem + "ым")
            )
        else:
            sur = (
                (stem + "ая", stem + "ой", stem + "ой", stem + "ой")
                if female
                else (stem + "ий", stem + "ого", stem + "ому", stem + "им")
            )
        if female:
            pf = (patr, patr[:-1] + "ы", patr[:-1] + "е", patr[:-1] + "ой")
        else:
            pf = (patr, patr + "а", patr + "у", patr + "ем")
        order = self.r.randint(0, 2)
        forms = {}
        for i, case in enumerate(("nom", "gen", "dat", "ins")):
            if order == 0:
                forms[case] = f"{sur[i]} {first[i]} {pf[i]}"
            elif order == 1:
                forms[case] = f"{first[i]} {pf[i]} {sur[i]}"
            else:
                forms[case] = f"{first[i]} {sur[i]}"
        forms["short"] = f"{sur[0]} {first[0][0]}.{patr[0]}."
        return forms

    # dates of birth
    def birth(self) -> tuple[int, int, int]:
        return self.r.randint(1958, 2006), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob_zh(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}日"
        if k == 1:
            return f"{y}年{m:02d}月{d:02d}日"
        if k == 2:
            return f"{y}-{m:02d}-{d:02d}"
        if k == 3:
            return f"{y}/{m}/{d}"
        if k == 4:
            return f"{y}年{m}月{d}号"
        return f"{y}{m:02d}{d:02d}"

    RU_MONTHS_GEN = (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    )
    RU_ORD_GEN: ClassVar[dict[int, str]] = {
        1: "первого",
        2: "второго",
        3: "третьего",
        5: "пятого",
        7: "седьмого",
        10: "десятого",
        12: "двенадцатого",
        15: "пятнадцатого",
        20: "двадцатого",
        23: "двадцать третьего",
    }

    def dob_ru(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        month = self.RU_MONTHS_GEN[m - 1]
        if k == 0:
            return f"{d} {month} {y} г."
        if k == 1:
            return f"{d:02d}.{m:02d}.{y}"
        if k == 2:
            return f"{d}-го {month} {y} года"
        if k == 3:
            return f"{d} {month} {y}"
        if k == 4:
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        word = self.r.choice(sorted(self.RU_ORD_GEN))
        return f"{self.RU_ORD_GEN[word]} {month} {y} года"

    EN_MONTHS = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )

    def dob_en(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        month = self.EN_MONTHS[m - 1]
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        if k == 0:
            return f"the {d}{suffix} of {month}, {y}"
        if k == 1:
            return f"{d:02d}-{month[:3]}-{y}"
        if k == 2:
            return f"{month} {d}{suffix} {y}"
        if k == 3:
            return f"{y}-{m:02d}-{d:02d}"
        if k == 4:
            return f"{d}.{m}.{y}"
        return f"{month[:3].upper()} {d:02d} {y}"

    AR_MONTHS = (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    )

    def dob_ar(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 3)
        if k == 0:
            return f"{y}/{m:02d}/{d:02d}".translate(AR_DIGITS)
        if k == 1:
            return f"{d} {self.AR_MONTHS[m - 1]} {y}".translate(AR_DIGITS)
        if k == 2:
            return f"{d} {self.AR_MONTHS[m - 1]} {y}"
        return f"{d:02d}-{m:02d}-{y}"

    # identifiers
    def id_card(self) -> str:
        y, m, d = self.birth()
        base = f"{self.choice(['330106', '330108', '110105', '440305', '650102'])}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        return base + ric.calc_check_digit(base + "0")

    def passport(self) -> str:
        k = self.r.randint(0, 4)
        if k == 0:
            return "E" + self.choice("JKLMNPQR") + self.digits(7)
        if k == 1:
            return f"{self.r.randint(71, 77)} {self.digits(7)}"  # Russian travel passport
        if k == 2:
            return self.choice(["N", "A", "K"]) + self.digits(8)  # Kazakh / Egyptian style
        if k == 3:
            return self.choice(["FA", "FB", "AA"]) + self.digits(7)  # Uzbek style
        return "EH" + self.digits(7)

    def mrz_td3(self, surname: str, given: str) -> list[str]:
        nat = self.choice(["KAZ", "UZB", "EGY", "NLD", "IRL", "SAU"])
        line1 = f"P<{nat}{surname}<<{given}".ljust(44, "<")[:44]
        number = self.choice("LMNPRSTUVW") + self.digits(8)
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(28, 36)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        personal = "<" * 14
        body = (
            number
            + mrz_check(number)
            + nat
            + dob
            + mrz_check(dob)
            + self.choice("MF")
            + exp
            + mrz_check(exp)
            + personal
            + mrz_check(personal)
        )
        composite = body[0:10] + body[13:20] + body[21:43]
        return [line1, body + mrz_check(composite)]

    def mrz_td1(self, surname: str, given: str) -> list[str]:
        nat = self.choice(["CHN", "KAZ", "NLD"])
        number = self.choice("ABC") + self.digits(8)
        line1 = ("I<" + nat + number + mrz_check(number)).ljust(30, "<")
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(28, 36)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        line2 = (
            dob
            + mrz_check(dob)
            + self.choice("MF")
            + exp
            + mrz_check(exp)
            + self.choice(["UZB", "RUS", "EGY"])
            + "<" * 11
        )
        composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
        line2 += mrz_check(composite)
        line3 = f"{surname}<<{given}".ljust(30, "<")[:30]
        return [line1, line2, line3]

    def residence_permit(self) -> str:
        return self.choice(["Y", "Y", "R", ""]) + str(self.r.randint(10000000, 99999999))

    def visa(self) -> str:
        return self.choice(["V", "V", "M", ""]) + str(self.r.randint(10000000, 99999999))

    def permanent_residence(self) -> str:
        if self.r.random() < 0.5:
            return self.choice(["KAZ", "EGY", "NLD", "UZB"]) + self.digits(12)
        y, m, d = self.birth()
        base = f"9{self.r.randint(11, 65)}{self.r.randint(100, 899)}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        return base + ric.calc_check_digit(base + "0")

    def phone(self) -> str:
        """A valid number per libphonenumber, in a local or international layout."""
        for _ in range(200):
            k = self.r.randint(0, 7)
            if k == 0:
                raw, region = f"1{self.choice('35789')}{self.r.randint(0, 9)}{self.digits(8)}", "CN"
                s = f"{raw[:3]} {raw[3:7]} {raw[7:]}"
            elif k == 1:
                raw, region = f"9{self.choice(['16', '26', '03', '85'])}{self.digits(7)}", "RU"
                s = f"8 ({raw[:3]}) {raw[3:6]}-{raw[6:8]}-{raw[8:]}"
            elif k == 2:
                raw, region = f"7{self.choice(['01', '05', '77', '47'])}{self.digits(7)}", "KZ"
                s = f"+7 {raw[:3]} {raw[3:6]} {raw[6:]}"
            elif k == 3:
                raw, region = f"10{self.choice('0125')}{self.digits(7)}", "EG"
                s = f"0{raw[:3]} {raw[3:6]} {raw[6:]}"
            elif k == 4:
                raw, region = f"5{self.choice('0256')}{self.digits(7)}", "AE"
                s = f"00971 {raw[:2]} {raw[2:5]} {raw[5:]}"
            elif k == 5:
                raw, region = f"9{self.choice('0134')}{self.digits(7)}", "UZ"
                s = f"+998 {raw[:2]} {raw[2:5]}-{raw[5:7]}-{raw[7:]}"
            elif k == 6:
                raw, region = f"6{self.choice('1245')}{self.digits(7)}", "NL"
                s = f"+31 6 {raw[1:5]} {raw[5:]}"
            else:
                raw, region = f"0571{self.r.randint(8000, 8999)}{self.digits(4)}", "CN"
                s = f"(0571) {raw[4:8]} {raw[8:]}"
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                    return s
            except phonenumbers.NumberParseException:
                continue
        raise RuntimeError("no valid phone number drawn")

    def im_handle(self) -> tuple[str, str]:
        """(platform word as written, handle)."""
        k = self.r.randint(0, 4)
        stem = self.choice(self.p["STEMS"])
        if k == 0:
            return self.choice(["wx", "微信", "WeChat ID", "вичат"]), f"{stem.replace('.', '_')}{self.digits(3)}"
        if k == 1:
            return self.choice(["QQ号", "QQ", "企鹅号"]), str(self.r.randint(100000, 3999999999))
        if k == 2:
            return self.choice(["TG", "Telegram", "телеграм", "تيليجرام"]), "@" + stem.replace(".", "_") + self.digits(
                2
            )
        if k == 3:
            return self.choice(["WhatsApp", "ватсап", "واتساب"]), "+" + self.choice(["971", "20", "7"]) + self.digits(9)
        return self.choice(["Line", "LINE ID", "Line账号"]), f"{stem}{self.choice(['-', '_', ''])}{self.digits(2)}"

    def email(self) -> str:
        stem = self.choice(self.p["STEMS"])
        return f"{stem}{self.choice(['', '.', '+cn'])}{self.digits(2)}@{self.choice(self.p['DOMAINS'])}"

    def bank_card(self) -> str:
        prefix = self.choice(["6217", "6228", "4556", "5312", "2202"])
        length = self.choice([16, 16, 19]) if prefix.startswith("62") else 16
        base = prefix + self.digits(length - 1 - len(prefix))
        card = base + luhn.calc_check_digit(base)
        k = self.r.randint(0, 2)
        if k == 0:
            return card
        if k == 1:
            return "-".join(card[i : i + 4] for i in range(0, len(card), 4))
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4))

    def iban_code(self) -> str:
        country, bban = self.choice(
            [
                ("AE", "033" + self.digits(16)),
                ("SA", "80" + self.digits(18)),
                ("EG", self.digits(25)),
                ("KZ", "125" + "KZT" + self.digits(10)),
                ("PL", self.digits(24)),
                ("FR", self.digits(10) + "A" + self.digits(10) + self.digits(2)),
            ]
        )  # type: ignore[arg-type]
        check = mod_97_10.calc_check_digits(bban + country)
        raw = country + check + bban
        if not iban.is_valid(raw):
            return self.iban_code()
        return raw if self.r.random() < 0.4 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    # addresses and plates
    def zh_address(self) -> str:
        k = self.r.randint(0, 3)
        road = self.choice(self.p["ZH_ROADS"])
        if k == 0:
            return f"{self.choice(self.p['ZH_DISTRICTS'])}{road}{cn_number(self.r.randint(100, 1999))}号"
        if k == 1:
            return f"{road}{self.r.randint(1, 999)}号{self.choice(self.p['ZH_COMPLEXES'])}{self.r.randint(1, 30)}幢{self.r.randint(1, 4)}单元{self.r.randint(1, 30)}0{self.r.randint(1, 4)}室"
        if k == 2:
            return f"{self.choice(self.p['ZH_HOTELS'])}{self.r.randint(2, 19)}0{self.r.randint(1, 9)}房"
        return f"杭州市{self.choice(self.p['ZH_DISTRICTS'])}{self.choice(self.p['ZH_COMPLEXES'])}{cn_number(self.r.randint(1, 40))}幢{cn_number(self.r.randint(1, 30) * 100 + self.r.randint(1, 6))}室"

    def en_address(self) -> str:
        k = self.r.randint(0, 2)
        street = self.choice(self.p["EN_STREETS"])
        if k == 0:
            return f"Flat {self.r.randint(1, 30)}{self.choice('ABCD')}, {self.r.randint(1, 400)} {street}"
        if k == 1:
            return f"{self.r.randint(1, 900)} {street}, Unit {self.r.randint(1, 6)}, Room {self.r.randint(101, 2999)}"
        return f"No. {self.r.randint(1, 200)}, Lane {self.r.randint(10, 500)}, {street}"

    def ru_address(self) -> str:
        return f"{self.choice(self.p['RU_STREETS'])}, д. {self.r.randint(1, 300)}, кв. {self.r.randint(1, 400)}"

    def plate(self) -> str:
        k = self.r.randint(0, 5)
        letters_ru = "АВЕКМНОРСТУХ"
        if k == 0:
            return f"浙A{self.choice('DF')}{self.digits(5)}"  # new-energy, 6 characters
        if k == 1:
            return f"浙{self.choice('ABCH')}·{self.digits(1)}{self.choice('KLMNPQ')}{self.digits(3)}"
        if k == 2:
            return f"{self.choice(letters_ru)}{self.digits(3)}{self.choice(letters_ru)}{self.choice(letters_ru)} {self.choice(['77', '199', '16', '750'])}"
        if k == 3:
            return f"{self.digits(3)} {self.choice('ABCDEH')}{self.choice('ABCDEH')}{self.choice('ABCDEH')} {self.digits(2)}"  # Kazakh
        if k == 4:
            return f"{self.choice(['Dubai', 'Abu Dhabi'])} {self.choice('ABCDEFG')} {self.digits(5)}"
        return f"粤Z·{self.choice('ABCD')}{self.digits(3)}港"


# ----------------------------------------------------------------------------- templates (family D)
# A template is a list of sentences; a sentence is text with {slot} markers. Slots: N (the case's
# person in the script the language uses), N2 (a second person), D (date of birth), P (passport),
# R, V, PR, ID, T (phone), IM (platform word + handle), E, C (card), IB, A (address), PL, MRZ.
# Russian slots Ngen / Ndat / Nins are case forms of the same person.
Filler = Callable[[Gen, dict[str, object]], str]

ZH_SENT = [
    "{N}（女）自述{D}生于塔什干，来杭务工。",
    "经查，{N}的出生日期为{D}，其持有的护照编号是{P}。",
    "报警人称对方叫{N}，{D}出生，现暂住{A}。",
    "{N}，外籍，{D}生人，居留许可证件{R}，签证号码{V}。",
    "询问中{N}说自己的永居证号码是{PR}，身份证号码{ID}。",
    "联系方式：手机{T}，{IM}，邮件地址{E}。",
    "涉案资金经{C}转入境外账户{IB}。",
    "现场停放一辆车牌为{PL}的轿车，车主{N2}。",
    "民警当场核对了护照资料页下方的机读码：\n{MRZ}",
    "{N2}陪同翻译到场，称与{N}是同事关系。",
    "据房东介绍，{N}于上月搬入{A}，生日是{D}。",
]
EN_SENT = [
    "The caller identified herself as {N}, born {D}, a student from Almaty.",
    "{N} told officers he was born on {D} and lives at {A}.",
    "Travel document no. {P}; residence permit card number {R}; entry visa {V}.",
    "A permanent resident card ({PR}) and a PRC ID {ID} were shown by {N2}.",
    "She can be reached on {T} or via {IM}, and wrote from {E}.",
    "Funds were wired from debit card {C} to the account {IB}.",
    "A grey SUV with registration {PL} was seen leaving; the driver was {N2}.",
    "The machine-readable zone of the document read:\n{MRZ}",
    "According to the landlord, {N} moved in last spring. Date of birth: {D}.",
    "Witness statement taken from {N2} (herself born {D2}), who has known {N} for years.",
    "Interpreter present; {N} confirmed his DOB as {D}.",
]
RU_SENT = [
    "Гражданин {N}, {D} рождения, уроженец г. Шымкент，在出租屋内被找到。",
    "Со слов {Ngen}, она родилась {D} в Бишкеке。",
    "Заявитель: {N}, дата рождения {D}, проживает по адресу {RA}。",
    "У {Ngen} изъят загранпаспорт серии {P}, вид на жительство № {R}, виза {V}。",
    "{Ndat} разъяснены права; номер ПМЖ {PR}。",
    "Контактный телефон {T}, {IM}, электронная почта {E}。",
    "Перевод с карты {C} на счёт {IB}。",
    "Госномер автомашины {PL}，车主 {N2}。",
    "Машиночитаемая зона паспорта:\n{MRZ}",
    "民警与{Nins}进行了谈话，{N}生于{D}。",
    "Опрошенный {N} ({D} г.р.) пояснил, что работает на стройке。",
    "Протокол подписан: {Nshort}。",
]
AR_SENT = [
    "المواطن {N} من مواليد {D}，来杭经商。",
    "تاريخ الميلاد: {D}，{N}持护照{P}。",
    "{N}的居留证件号码为{R}，تأشيرة رقم {V}。",
    "رقم الهاتف {T}，{IM}，البريد الإلكتروني {E}。",
    "当事人{N}称其永居证号码{PR}，住址{A}。",
    "تم تحويل المبلغ من البطاقة {C} إلى الحساب {IB}。",
    "رقم اللوحة {PL}，驾驶人{N2}。",
    "机读码如下：\n{MRZ}",
    "ولدت {N} في {D} بالقاهرة，现住{A}。",
    "{N2}作为证人，称认识{N}多年，وهو من مواليد {D}。",
    "جواز سفر رقم {P}，身份证号{ID}（代办人）。",
]
HEADINGS: dict[str, dict[str, str]] = {
    "D": {
        "zh": "# 涉外案件笔录（合成）",
        "en": "# Case note (synthetic)",
        "ru-mixed": "# 涉外案件（合成）Протокол",
        "ar-mixed": "# 涉外案件（合成）محضر",
    }
}
SENTENCES: dict[str, dict[str, list[str]]] = {
    "D": {"zh": ZH_SENT, "en": EN_SENT, "ru-mixed": RU_SENT, "ar-mixed": AR_SENT}
}


# ----------------------------------------------------------------------------- family E (dev3)
# Written after family D, without copying its sentences: other pools, templates and context words.
POOLS_E: dict[str, Any] = {
    "ZH_SURNAMES": [
        "贺",
        "顾",
        "毛",
        "郝",
        "龚",
        "邵",
        "万",
        "钱",
        "严",
        "戴",
        "莫",
        "孔",
        "汤",
        "慕容",
        "东方",
        "皇甫",
    ],
    "ZH_GIVEN": ["子墨", "欣怡", "俊熙", "佳琪", "宇航", "晨", "梦瑶", "家豪", "立新", "秋菊"],
    "ZH_TRANSLIT": [
        "谢尔盖·斯米尔诺夫",
        "艾哈迈德·萨利赫",
        "奥尔加·诺维科娃",
        "卡里姆·本·阿里",
        "汉斯·米勒",
        "努尔兰·托克塔罗夫",
    ],
    "LATIN_NAMES": [
        "Sean MacDonald",
        "Els van den Heuvel",
        "Jean-Luc Moreau",
        "Carlos de Souza",
        "Nguyễn Văn Minh",
        "Małgorzata Zielińska",
        "Ana da Silva",
        "Dieter von Arnim",
        "Niamh O'Sullivan",
        "Bogdan Lewandowski",
        "Aslan Dzhabrailov",
        "Ingeborg Halvorsen",
    ],
    "ARABIC_LATIN": [
        "Hassan bin Omar",
        "Amina al-Rashid",
        "Tariq Abdel-Aziz",
        "Samir Abu Khalil",
        "Rania El Masry",
        "Idris ibn Yahya",
    ],
    "AR_NAMES": [
        "أحمد بن ناصر",
        "مريم أبو شقرا",
        "عبد العزيز الفهد",
        "هدى عبد الله",
        "سامي الحداد",
        "ليلى بنت حسن",
        "عمر آل خليفة",
    ],
    "RU_MALE_FIRST": [
        ("Максим", "Максима", "Максиму", "Максимом"),
        ("Артём", "Артёма", "Артёму", "Артёмом"),
        ("Бахтиёр", "Бахтиёра", "Бахтиёру", "Бахтиёром"),
        ("Станислав", "Станислава", "Станиславу", "Станиславом"),
    ],
    "RU_FEMALE_FIRST": [
        ("Сабина", "Сабины", "Сабине", "Сабиной"),
        ("Елизавета", "Елизаветы", "Елизавете", "Елизаветой"),
        ("Зарина", "Зарины", "Зарине", "Зариной"),
        ("Полина", "Полины", "Полине", "Полиной"),
    ],
    "RU_PATRONYMIC_M": ["Николаевич", "Фаридович", "Петрович", "Юрьевич"],
    "RU_PATRONYMIC_F": ["Павловна", "Рустамовна", "Николаевна", "Юрьевна"],
    "RU_SURNAME_STEMS": [
        ("Соловьёв", "ov"),
        ("Морозов", "ov"),
        ("Ерёмин", "ov"),
        ("Калинин", "ov"),
        ("Заречн", "sky"),
        ("Белевск", "sky"),
        ("Юсупов", "ov"),
    ],
    "RU_UNCHANGED": ["Бондаренко", "Ткачук", "Лысенко"],
    "ZH_ROADS": ["天目山路", "环城北路", "中河中路", "西溪路", "滨盛路"],
    "ZH_DISTRICTS": ["临平区", "钱塘区", "富阳区", "上城区"],
    "ZH_COMPLEXES": ["阳光花园", "星洲花园", "紫金庭园", "和睦新村"],
    "ZH_HOTELS": ["全季酒店", "桔子酒店", "华住酒店（西溪店）", "友好饭店"],
    "EN_STREETS": ["Tianmushan Road", "Xixi Road", "Huancheng North Road", "Zhonghe Middle Road"],
    "RU_STREETS": ["ул. Тяньмушань", "ул. Сиси", "пер. Хэму"],
    "DOMAINS": ["rambler-post.ru", "kemet-mail.eg", "westlake-mail.cn", "thames-post.co.uk", "gulfnet.ae"],
    "STEMS": ["maks", "sabina.y", "hassan_o", "els.vdh", "zarina", "tariq", "minh.ng"],
}
RU_MONTHS_ABBR = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек.")
RU_MONTHS_PREP = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
AR_MONTHS_LEVANT = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)


class GenE(Gen):
    """Family E: the same value kinds in other layouts (dates especially)."""

    def dob_zh(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}号"
        if k == 1:
            return f"{y}.{m}.{d}"
        if k == 2:
            return f"{y % 100:02d}年{m}月{d}日"
        if k == 3:
            return f"{y}年{m}月{d}日"
        if k == 4:
            return f"{y}年{m:02d}月"
        return f"{y}{m:02d}{d:02d}"

    def dob_ru(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{d} {self.RU_MONTHS_GEN[m - 1]} {y} года"
        if k == 1:
            return f"{d:02d}.{m:02d}.{y} г."
        if k == 2:
            return f"{d}.{m}.{y}"
        if k == 3:
            return f"{d} {RU_MONTHS_ABBR[m - 1]} {y} г."
        if k == 4:
            return f"{y}-{m:02d}-{d:02d}"
        return f"{RU_MONTHS_PREP[m - 1]} {y} года"

    def dob_en(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 4)
        month = self.EN_MONTHS[m - 1]
        if k == 0:
            return f"{d} {month} {y}"
        if k == 1:
            return f"{month} {d}, {y}"
        if k == 2:
            return f"{d:02d}/{m:02d}/{y}"
        if k == 3:
            return f"{d} {month[:3]}. {y}"
        return f"{y}/{m:02d}/{d:02d}"

    def dob_ar(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 3)
        if k == 0:
            return f"{d}/{m}/{y}".translate(AR_DIGITS)
        if k == 1:
            return f"{d} {AR_MONTHS_LEVANT[m - 1]} {y}"
        if k == 2:
            return f"{d} {self.AR_MONTHS[m - 1]} {y}م".translate(AR_DIGITS)
        return f"{y}-{m:02d}-{d:02d}"


E_ZH = [
    "被询问人{N}，出生年月：{D}，国籍乌兹别克斯坦。",
    "{N}系{D}生人，自称在义乌做外贸。",
    "登记信息显示{N}生于{D}，入住{A}。",
    "她拿出的旅行证件号为{P}，另有居留证{R}和{V}号签证。",
    "其外国人永久居留身份证为{PR}，代办人身份证{ID}。",
    "电话打不通：{T}；另留{IM}；邮箱{E}。",
    "被骗款项从{C}汇至{IB}。",
    "{N2}驾驶的{PL}号车停在楼下。",
    "护照识读区：\n{MRZ}",
    "{N}和朋友{N2}一起来所，{N2}生日为{D2}。",
    "笔录末尾签名：{N}。",
]
E_EN = [
    "Person interviewed: {N}; DOB: {D}; nationality Kazakh.",
    "{N} (b. {D}) is a visiting scholar and rents {A}.",
    "Records list a date-of-birth of {D} for {N}.",
    "Docs produced: passport {P}, residence permit {R}, visa {V}.",
    "{N2} holds Chinese permanent residence {PR} and resident ID {ID}.",
    "Tel. {T}; {IM}; email {E}.",
    "The victim paid from card {C}; the money went on to IBAN {IB}.",
    "A taxi, plate {PL}, dropped {N2} off.",
    "MRZ:\n{MRZ}",
    "{N} signed the statement. Her friend {N2} was born on {D2}.",
    "We spoke to {N} again the next day.",
]
E_RU = [
    "Допрошена {N}, {D}, гражданка Казахстана。",
    "{N} родился {D} в Ташкенте，来华留学。",
    "Личность {Ngen} установлена; год рождения — {D}。",
    "Предъявлены: паспорт {P}, ВНЖ {R}, виза {V}。",
    "С {Nins} проведена беседа; ПМЖ КНР {PR}。",
    "Тел.: {T}; {IM}; e-mail {E}。",
    "Деньги ушли с карты {C} на IBAN {IB}。",
    "Автомобиль {PL} принадлежит {Ndat}。",
    "MRZ паспорта:\n{MRZ}",
    "Адрес регистрации: {RA}; {N2} — сосед。",
    "民警告知{Ndat}其权利，{N}表示理解。",
]
E_AR = [
    "اسمه {N}، ولد بتاريخ {D}，在义乌经商。",
    "{N}，تاريخ ميلاده {D}，住{A}。",
    "السيدة {N} من مواليد {D}。",
    "رقم الجواز {P}，居留许可{R}，签证{V}。",
    "رقم الإقامة الدائمة {PR}，中国身份证{ID}。",
    "هاتف {T}；{IM}；邮箱{E}。",
    "حوالة من بطاقة {C} إلى آيبان {IB}。",
    "السيارة {PL} يقودها {N2}。",
    "المنطقة المقروءة آليا:\n{MRZ}",
    "{N2}说{N}是他的表哥。",
]
HEADINGS["E"] = {
    "zh": "# 接处警记录（合成）",
    "en": "# Incident log (synthetic)",
    "ru-mixed": "# 询问笔录（合成）Опрос",
    "ar-mixed": "# 询问笔录（合成）إفادة",
}
SENTENCES["E"] = {"zh": E_ZH, "en": E_EN, "ru-mixed": E_RU, "ar-mixed": E_AR}


def _mrz_names(name: str) -> tuple[str, str]:
    latin = re.sub(r"[^A-Za-z ]", "", name).upper().split()
    if len(latin) < 2:
        return "KRAVTSOV", "TIMUR"
    return latin[-1], latin[0]


def build_doc(gen: Gen, family: str, lang: str, n: int) -> dict[str, object]:
    """One document: a heading and 5-8 sentences of the language's template family."""
    rng = gen.r
    sentences = rng.sample(SENTENCES[family][lang], k=rng.randint(5, 8))
    if lang == "zh":
        main = (
            gen.zh_name()
            if rng.random() < 0.5
            else rng.choice([gen.choice(gen.p["ZH_TRANSLIT"]), gen.latin_name(), gen.ar_name(), gen.ru_person()["nom"]])
        )
        second = gen.zh_name()
    elif lang == "en":
        main, second = gen.latin_name(), gen.latin_name()
    elif lang == "ru-mixed":
        person = gen.ru_person()
        main, second = person["nom"], gen.ru_person()["nom"]
    else:
        main = gen.ar_name() if rng.random() < 0.7 else gen.choice(gen.p["ARABIC_LATIN"])
        second = gen.ar_name() if rng.random() < 0.5 else gen.zh_name()
    person = person if lang == "ru-mixed" else {}
    dob = {"zh": gen.dob_zh, "en": gen.dob_en, "ru-mixed": gen.dob_ru, "ar-mixed": gen.dob_ar}[lang]
    mrz_name = _mrz_names(main if lang != "ru-mixed" else "Timur Kravtsov")
    text = HEADINGS[family][lang] + "\n\n"
    spans: list[dict[str, object]] = []

    def put(kind: str, value: str) -> None:
        nonlocal text
        spans.append({"type": kind, "start": len(text), "end": len(text) + len(value), "value": value})
        text += value

    for sentence in sentences:
        for part in re.split(r"(\{[A-Za-z0-9]+\})", sentence):
            if not (part.startswith("{") and part.endswith("}")):
                text += part
                continue
            slot = part[1:-1]
            if slot == "N":
                put("person_name", main)
            elif slot in ("Ngen", "Ndat", "Nins", "Nshort"):
                put("person_name", person[slot[1:]] if slot != "Nshort" else person["short"])
            elif slot == "N2":
                put("person_name", second)
            elif slot in ("D", "D2"):
                put("date_of_birth", dob())
            elif slot == "P":
                put("passport", gen.passport())
            elif slot == "R":
                put("residence_permit", gen.residence_permit())
            elif slot == "V":
                put("visa", gen.visa())
            elif slot == "PR":
                put("permanent_residence", gen.permanent_residence())
            elif slot == "ID":
                put("id_card", gen.id_card())
            elif slot == "T":
                put("phone", gen.phone())
            elif slot == "IM":
                word, handle = gen.im_handle()
                text += word + ("：" if lang in ("zh",) and rng.random() < 0.5 else " ")
                put("im_handle", handle)
            elif slot == "E":
                put("email", gen.email())
            elif slot == "C":
                put("bank_card", gen.bank_card())
            elif slot == "IB":
                put("iban", gen.iban_code())
            elif slot == "A":
                put("address", gen.en_address() if lang == "en" else gen.zh_address())
            elif slot == "RA":
                put("address", gen.ru_address() if rng.random() < 0.6 else gen.zh_address())
            elif slot == "PL":
                put("plate", gen.plate())
            elif slot == "MRZ":
                lines = gen.mrz_td1(*mrz_name) if rng.random() < 0.25 else gen.mrz_td3(*mrz_name)
                for i, line in enumerate(lines):
                    put("mrz", line)
                    if i < len(lines) - 1:
                        text += "\n"
            else:
                raise ValueError(f"unknown slot {slot!r}")
        text += "\n"
    for s in spans:
        assert text[s["start"] : s["end"]] == s["value"], s  # type: ignore[misc]
    return {"id": f"{family}-{lang}-{n:03d}", "lang": lang, "family": family, "text": text, "spans": spans}


def main() -> int:
    for family, path in OUT.items():
        gen = (
            GenE(random.Random(SEEDS[family]), POOLS_E) if family == "E" else Gen(random.Random(SEEDS[family]), POOLS_D)
        )
        docs = [build_doc(gen, family, lang, n) for lang in LANGS for n in range(DOCS_PER_LANG)]
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        n_spans = sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]
        print(f"{path.relative_to(ROOT)}: {len(docs)} documents, {n_spans} spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
