# ruff: noqa: E501
"""Generate held-out family F of the de-identification spans (round 5; re-runnable, deterministic).

    eval/data/pii_heldout_f.jsonl   seed 5087, 120 documents (30 each zh, en, ru-mixed, ar-mixed)

Everything is SYNTHETIC: names, numbers and addresses come from invented pools; no real person is
described. Written FIRST in round 5, before any recognizer change of the round, and scored once, at
the end. Its own sentence templates, context words, value pools and layouts (none of families A-E,
dev2 or dev3 was copied): Indian / Korean / Japanese / Thai / Brazilian / Ukrainian passports,
Korean / Japanese / Indian / Thai / Brazilian / Ukrainian / Moroccan phones (some in Arabic-Indic
digits, some written with the 00 prefix), t.me and wa.me links, wxid_ handles, Amex and Mir cards,
UA / BR / MA-free IBANs (UA, BR, PT, AZ, BH), two-digit years, Chinese buildings (幢 / 座 / 栋) and
lanes in English, Russian "проспект ... квартира", Korean and Hong Kong plates, lower-case x in the
Chinese ID check character. The record field "family" is "F5" (round 5's F).

The value helpers (check digits through python-stdnum, ICAO 9303 7-3-1, phones validated by
phonenumbers) are those of ``scripts/make_pii_fresh.py``; the document builder is the one of
``scripts/make_pii_heldout_e.py`` with this family's templates; nothing here imports the recognizers.

    .venv/bin/python scripts/make_pii_heldout_f.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import phonenumbers
from stdnum import iban, luhn
from stdnum.cn import ric
from stdnum.iso7064 import mod_97_10

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pii_fresh import AR_DIGITS, Gen, cn_number, cn_small, cn_year, mrz_check
from make_pii_heldout_e import ALL_TYPES, build_doc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval/data/pii_heldout_f.jsonl"
SEED = 5087
FAMILY = "F5"
DOCS_PER_LANG = 30
LANGS = ("zh", "en", "ru-mixed", "ar-mixed")

POOLS: dict[str, Any] = {
    "ZH_SURNAMES": ["邵", "孟", "汪", "方", "石", "熊", "贺", "龚", "邹", "覃", "皇甫", "慕容", "端木"],
    "ZH_GIVEN": ["子墨", "欣妍", "宇航", "佳琪", "俊杰", "晓燕", "志强", "梦瑶", "立", "敏", "海峰", "可馨"],
    "ZH_TRANSLIT": [
        "谢尔盖·库兹涅佐夫",
        "阿卜杜勒·拉希德",
        "奥克萨娜·邦达连科",
        "拉吉夫·夏尔马",
        "朴志勋",
        "佐藤健一",
        "卢卡斯·席尔瓦",
    ],
    "LATIN_NAMES": [
        "Rajesh Kumar Iyer",
        "Park Ji-hoon",
        "Sato Kenichi",
        "Somchai Wongsakul",
        "Lucas Ferreira da Silva",
        "Oksana Bondarenko",
        "Jiří Novotný",
        "Ngozi Okonkwo-Bello",
        "Esperanza Gutiérrez",
        "Bogdan Ionescu",
        "Dewi Lestari",
        "Mário Gonçalves",
        "Yaw Mensah",
        "Ayşe Demirtaş",
    ],
    "ARABIC_LATIN": [
        "Youssef Benali",
        "Hassan al-Masri",
        "Layla Haddad",
        "Abdelaziz Ouahbi",
        "Samira El Idrissi",
        "Tariq bin Saeed",
    ],
    "AR_NAMES": [
        "يوسف بن علي",
        "ليلى حداد",
        "عبد العزيز الوهبي",
        "سميرة الإدريسي",
        "حسن المصري",
        "نور الهدى بنت سعيد",
        "إبراهيم آل سعود",
    ],
    "RU_MALE_FIRST": [
        ("Богдан", "Богдана", "Богдану", "Богданом"),
        ("Артём", "Артёма", "Артёму", "Артёмом"),
        ("Тимофей", "Тимофея", "Тимофею", "Тимофеем"),
        ("Жанибек", "Жанибека", "Жанибеку", "Жанибеком"),
        ("Олег", "Олега", "Олегу", "Олегом"),
    ],
    "RU_FEMALE_FIRST": [
        ("Оксана", "Оксаны", "Оксане", "Оксаной"),
        ("Дарина", "Дарины", "Дарине", "Дариной"),
        ("Айгуль", "Айгуль", "Айгуль", "Айгуль"),
        ("Злата", "Златы", "Злате", "Златой"),
        ("Вероника", "Вероники", "Веронике", "Вероникой"),
    ],
    "RU_PATRONYMIC_M": ["Олегович", "Богданович", "Маратович", "Станиславович", "Юрьевич"],
    "RU_PATRONYMIC_F": ["Олеговна", "Маратовна", "Станиславовна", "Юрьевна", "Тимуровна"],
    "RU_SURNAME_STEMS": [
        ("Бондарев", "ov"),
        ("Кузнецов", "ov"),
        ("Жумабаев", "ov"),
        ("Лаптев", "ov"),
        ("Савин", "ov"),
        ("Вишневск", "sky"),
        ("Заречн", "sky"),
    ],
    "RU_UNCHANGED": ["Коваленко", "Шевчук", "Дурново"],
    "ZH_ROADS": ["文三路", "学院路", "莫干山路", "天目山路", "秋涛北路", "滨盛路", "江南大道"],
    "ZH_DISTRICTS": ["滨江区", "萧山区", "余杭区", "富阳区", "钱塘区"],
    "ZH_COMPLEXES": ["金色家园", "阳光花城", "翠苑一区", "钱江新城公寓", "星耀城"],
    "ZH_TOWERS": ["东方大厦", "世贸中心", "国际金融广场", "万象城"],
    "ZH_HOTELS": ["如家快捷酒店", "汉庭酒店（西湖店）", "全季酒店", "维也纳国际酒店", "国际青年旅舍"],
    "ZH_STREETS": ["北山街道", "闻堰街道", "宁围街道", "仓前街道"],
    "ZH_COMMUNITIES": ["新塘社区", "湘湖社区", "利一社区", "良睦社区"],
    "EN_STREETS": [
        "Wensan Road",
        "Xueyuan Road",
        "Moganshan Road",
        "Tianmushan Road",
        "Binsheng Road",
        "Jiangnan Avenue",
    ],
    "EN_DISTRICTS": ["Binjiang District", "Xiaoshan District", "Yuhang District"],
    "RU_STREETS": ["проспект Цзяннань", "улица Вэньсань", "ул. Сюэюань", "пр-т Бинчэн"],
    "DOMAINS": ["mail-ua.net", "correio-br.com", "hanmail-kr.net", "jp-post.ne.jp", "thai-mail.co.th", "maroc-net.ma"],
    "STEMS": ["bogdan.k", "oksana77", "rajesh_iyer", "jihoon.p", "kenichi", "somchai.w", "youssef_b", "layla.h"],
}


class GenF5(Gen):
    """Round 5's held-out values: other layouts than A-E, dev2, dev3."""

    def dob_zh(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{y % 100:02d}年{m}月{d}日"
        if k == 1:
            return f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}号"
        if k == 2:
            return f"{y}-{m}-{d}"
        if k == 3:
            return f"{y}年{m:02d}月{d:02d}日"
        if k == 4:
            return f"{y}.{m}.{d}"
        return f"{y}年{m}月{d}日"

    RU_MONTHS_SHORT = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек.")

    def dob_ru(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{d} {self.RU_MONTHS_SHORT[m - 1]} {y} г."
        if k == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if k == 2:
            return f"{d:02d}.{m:02d}.{y % 100:02d} г.р."
        if k == 3:
            return f"{d}.{m}.{y}"
        if k == 4:
            return f"{d} {self.RU_MONTHS_GEN[m - 1]} {y}-го года"
        return f"{d:02d}.{m:02d}.{y}"

    def dob_en(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        month = self.EN_MONTHS[m - 1]
        if k == 0:
            return f"{d:02d}/{month[:3]}/{y}"
        if k == 1:
            return f"{month} {d}, {y}"
        if k == 2:
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        if k == 3:
            return f"{y}/{m:02d}/{d:02d}"
        if k == 4:
            return f"{d} {month}, {y}"
        return f"{month[:3]}. {d}, {y}"

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

    def dob_ar(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 4)
        if k == 0:
            return f"{d}/{m}/{y}".translate(AR_DIGITS)
        if k == 1:
            return f"{d} {self.AR_MONTHS_LEVANT[m - 1]} {y}"
        if k == 2:
            return f"{y}/{m:02d}/{d:02d}م"
        if k == 3:
            return f"{d} {self.AR_MONTHS[m - 1]} {y}م".translate(AR_DIGITS)
        return f"{d:02d}-{m:02d}-{y}"

    def passport(self) -> str:
        k = self.r.randint(0, 6)
        if k == 0:  # Indian: letter + 7 digits
            return self.choice("JKLMNPRSTUVWZ") + self.digits(7)
        if k == 1:  # Korean: M + 8 digits (or M + 3 digits + letter + 4)
            return (
                "M" + self.digits(8)
                if self.r.random() < 0.5
                else "M" + self.digits(3) + self.choice("ABCDEFG") + self.digits(4)
            )
        if k == 2:  # Japanese: 2 letters + 7 digits
            return self.choice(["TK", "TR", "MZ", "TZ"]) + self.digits(7)
        if k == 3:  # Thai: 2 letters + 7 digits
            return self.choice(["AA", "AB", "AC"]) + self.digits(7)
        if k == 4:  # Brazilian: 2 letters + 6 digits
            return self.choice(["FX", "FY", "GB"]) + self.digits(6)
        if k == 5:  # Ukrainian: 2 letters + 6 digits
            return self.choice(["FA", "FB", "EK", "ET"]) + self.digits(6)
        return "G" + self.digits(8)  # Chinese ordinary passport, old letter

    def mrz_td3(self, surname: str, given: str) -> list[str]:
        nat = self.choice(["IND", "KOR", "JPN", "THA", "BRA", "UKR", "MAR"])
        line1 = f"P{self.choice(['<', 'M', 'O'])}{nat}{surname}<<{given}".ljust(44, "<")[:44]
        number = self.choice("JKMTAF") + self.choice(["", "K", "A"]) + self.digits(7)
        number = number[:9].ljust(9, "<")
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 36)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        personal = (self.digits(self.r.choice([0, 10])) + "<" * 14)[:14]
        body = (
            number
            + mrz_check(number)
            + nat
            + dob
            + mrz_check(dob)
            + self.choice("MF<")
            + exp
            + mrz_check(exp)
            + personal
            + mrz_check(personal)
        )
        composite = body[0:10] + body[13:20] + body[21:43]
        return [line1, body + mrz_check(composite)]

    def mrz_td1(self, surname: str, given: str) -> list[str]:
        nat = self.choice(["UKR", "BRA", "KOR"])
        number = self.choice("AFK") + self.digits(8)
        line1 = (self.choice(["ID", "I<", "AC"]) + nat + number + mrz_check(number)).ljust(30, "<")
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 36)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        line2 = (
            dob
            + mrz_check(dob)
            + self.choice("MF")
            + exp
            + mrz_check(exp)
            + self.choice(["UKR", "IND", "THA"])
            + "<" * 11
        )
        composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
        line2 += mrz_check(composite)
        line3 = f"{surname}<<{given}".ljust(30, "<")[:30]
        return [line1, line2, line3]

    def residence_permit(self) -> str:
        k = self.r.randint(0, 3)
        if k == 0:
            return self.choice("YR") + "-" + self.digits(4) + "-" + self.digits(4)
        if k == 1:
            return self.choice(["No ", "№", "#"]) + self.choice("YR") + self.digits(8)
        if k == 2:
            return self.choice("yr") + self.digits(8)
        return self.choice("YR") + self.digits(8)

    def visa(self) -> str:
        k = self.r.randint(0, 2)
        if k == 0:
            return self.choice(["Z", "L", "F", "Q"]) + self.digits(8)
        if k == 1:
            return self.digits(9)
        return self.choice(["V", "M"]) + "-" + self.digits(8)

    def permanent_residence(self) -> str:
        if self.r.random() < 0.4:
            return self.choice(["IND", "KOR", "UKR", "BRA", "MAR"]) + " " + self.digits(6) + " " + self.digits(6)
        y, m, d = self.birth()
        base = f"9{self.r.randint(11, 65)}{self.r.randint(100, 899)}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        card = base + ric.calc_check_digit(base + "0")
        return card.lower() if self.r.random() < 0.5 else card

    def id_card(self) -> str:
        for _ in range(200):
            y, m, d = self.birth()
            base = f"{self.choice(['330109', '330110', '330111', '420106', '370202', '130102'])}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
            check = ric.calc_check_digit(base + "0")
            if check == "X" or self.r.random() < 0.4:
                card = base + check
                k = self.r.randint(0, 3)
                if k == 0:
                    return card.lower()
                if k == 1:
                    return f"{card[:6]}-{card[6:14]}-{card[14:]}"
                return card
        raise RuntimeError("no ID card drawn")

    def phone(self) -> str:
        for _ in range(300):
            k = self.r.randint(0, 8)
            if k == 0:
                raw, region = f"{self.choice('6789')}{self.digits(9)}", "IN"
                s = f"+91 {raw[:5]} {raw[5:]}"
            elif k == 1:
                raw, region = f"10{self.digits(8)}", "KR"
                s = f"010-{raw[2:6]}-{raw[6:]}"
            elif k == 2:
                raw, region = f"{self.choice(['70', '80', '90'])}{self.digits(8)}", "JP"
                s = f"0{raw[:2]}-{raw[2:6]}-{raw[6:]}"
            elif k == 3:
                raw, region = f"{self.choice(['81', '86', '89', '95'])}{self.digits(7)}", "TH"
                s = f"0{raw[:2]}-{raw[2:5]}-{raw[5:]}"
            elif k == 4:
                raw, region = f"119{self.digits(8)}", "BR"
                s = f"+55 (11) {raw[2:7]}-{raw[7:]}"
            elif k == 5:
                raw, region = f"{self.choice(['67', '50', '63', '97'])}{self.digits(7)}", "UA"
                s = f"00380 {raw[:2]} {raw[2:5]} {raw[5:7]} {raw[7:]}"
            elif k == 6:
                raw, region = f"6{self.choice('1256')}{self.digits(7)}", "MA"
                s = f"0{raw[:1]} {raw[1:3]} {raw[3:5]} {raw[5:7]} {raw[7:]}"
            elif k == 7:
                raw, region = f"10{self.choice('0125')}{self.digits(7)}", "EG"
                s = f"0{raw}".translate(AR_DIGITS)
            else:
                raw, region = f"1{self.choice('3578')}{self.r.randint(0, 9)}{self.digits(8)}", "CN"
                s = f"0086 {raw}"
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                    return s
            except phonenumbers.NumberParseException:
                continue
        raise RuntimeError("no valid phone number drawn")

    def im_handle(self) -> tuple[str, str]:
        k = self.r.randint(0, 5)
        stem = self.choice(self.p["STEMS"])
        if k == 0:
            return self.choice(
                ["微信", "加了微信", "WeChat", "в вичате"]
            ), f"wxid_{''.join(self.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}"
        if k == 1:
            return self.choice(["QQ号", "企鹅", "QQ account"]), str(self.r.randint(100000000, 3999999999))
        if k == 2:
            return self.choice(["Telegram", "телега", "تلجرام"]), "t.me/" + stem.replace(".", "_")
        if k == 3:
            return self.choice(["WhatsApp", "ватсап", "واتساب"]), "wa.me/" + self.choice(
                ["91", "55", "212", "380"]
            ) + self.digits(9)
        if k == 4:
            return self.choice(["Line", "LINE", "Line号"]), f"@{stem.replace('.', '_')}{self.digits(2)}"
        return self.choice(
            ["微信号", "Telegram", "тг-аккаунт"]
        ), f"{stem.replace('.', '')}{self.choice(['_official', '2024', '_hz'])}"

    def email(self) -> str:
        stem = self.choice(self.p["STEMS"])
        local = stem.upper() if self.r.random() < 0.2 else stem
        suffix = self.choice(["cn", "hz", "88", ""])
        if suffix:
            local += self.choice(["", ".", "_"]) + suffix
        return f"{local}@{self.choice(self.p['DOMAINS'])}"

    def bank_card(self) -> str:
        k = self.r.randint(0, 4)
        if k == 0:  # American Express, 15 digits, 4-6-5
            base = self.choice(["34", "37"]) + self.digits(12)
            card = base + luhn.calc_check_digit(base)
            return f"{card[:4]} {card[4:10]} {card[10:]}"
        if k == 1:  # Mir
            base = "220" + self.choice("01234") + self.digits(11)
        elif k == 2:  # UnionPay 19
            base = self.choice(["6214", "6225", "6226"]) + self.digits(14)
        elif k == 3:  # Mastercard 2-series
            base = self.choice(["2221", "2720", "5425"]) + self.digits(11)
        else:
            base = self.choice(["4111", "4929", "4539"]) + self.digits(11)
        card = base + luhn.calc_check_digit(base)
        j = self.r.randint(0, 2)
        if j == 0:
            return card
        if j == 1:
            return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        return "-".join(card[i : i + 4] for i in range(0, len(card), 4))

    def iban_code(self) -> str:
        country, bban = self.choice(
            [
                ("UA", self.digits(6) + "0" * 5 + self.digits(14)),
                ("BR", self.digits(8) + self.digits(5) + self.digits(10) + "C" + "1"),
                ("PT", self.digits(21)),
                ("AZ", self.choice(["NABZ", "AIIB"]) + self.digits(20)),
                ("BH", self.choice(["BMAG", "NBOB"]) + self.digits(14)),
            ]
        )  # type: ignore[arg-type]
        check = mod_97_10.calc_check_digits(bban + country)
        raw = country + check + bban
        if not iban.is_valid(raw):
            return self.iban_code()
        k = self.r.randint(0, 2)
        if k == 0:
            return raw
        if k == 1:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def zh_address(self) -> str:
        k = self.r.randint(0, 5)
        road = self.choice(self.p["ZH_ROADS"])
        if k == 0:
            return f"{self.choice(self.p['ZH_STREETS'])}{self.choice(self.p['ZH_COMMUNITIES'])}{self.r.randint(1, 40)}幢{self.r.randint(1, 30)}0{self.r.randint(1, 4)}室"
        if k == 1:
            return f"{road}{self.r.randint(1, 800)}号{self.choice(self.p['ZH_TOWERS'])}{self.choice('ABCD')}座{self.r.randint(5, 40)}0{self.r.randint(1, 9)}"
        if k == 2:
            return f"{self.choice(self.p['ZH_COMPLEXES'])}{cn_small(self.r.randint(1, 30))}栋{cn_small(self.r.randint(1, 4))}单元{self.r.randint(1, 30)}0{self.r.randint(1, 4)}"
        if k == 3:
            return f"{self.choice(self.p['ZH_HOTELS'])}{self.r.randint(2, 19)}{self.r.randint(10, 40)}客房"
        if k == 4:
            return f"{self.choice(self.p['ZH_DISTRICTS'])}{road}{cn_number(self.r.randint(1, 900))}号{cn_small(self.r.randint(1, 20))}楼"
        return f"杭州市{self.choice(self.p['ZH_DISTRICTS'])}{road}{self.r.randint(1, 300)}-{self.r.randint(1, 20)}号"

    def en_address(self) -> str:
        k = self.r.randint(0, 3)
        street = self.choice(self.p["EN_STREETS"])
        if k == 0:
            return f"Unit {self.r.randint(101, 2808)}, Tower {self.choice('ABC')}, {self.r.randint(1, 500)} {street}"
        if k == 1:
            return f"{self.r.randint(1, 300)}-{self.r.randint(1, 30)} {street}, {self.choice(self.p['EN_DISTRICTS'])}"
        if k == 2:
            return f"Lane {self.r.randint(10, 300)}, No. {self.r.randint(1, 99)}, {street}, Hangzhou"
        return f"Rm {self.r.randint(101, 1999)}, Bldg {self.r.randint(1, 30)}, {street}"

    def ru_address(self) -> str:
        k = self.r.randint(0, 1)
        street = self.choice(self.p["RU_STREETS"])
        if k == 0:
            return f"{street}, дом {self.r.randint(1, 300)}, квартира {self.r.randint(1, 400)}"
        return f"Ханчжоу, {street} {self.r.randint(1, 300)}-{self.r.randint(1, 400)}"

    def plate(self) -> str:
        k = self.r.randint(0, 5)
        if k == 0:
            return f"浙{self.choice('ABGH')}·{self.choice('DF')}{self.digits(5)}"  # new energy with the dot
        if k == 1:
            return f"{self.digits(2)}{self.choice(['가', '나', '다', '라', '마', '허'])} {self.digits(4)}"  # Korean
        if k == 2:
            return f"{self.choice(['AB', 'KC', 'AA'])}{self.digits(4)}{self.choice(['KX', 'HO', 'AI'])}"  # Ukrainian
        if k == 3:
            return f"{self.choice(['XJ', 'LM', 'KV'])} {self.r.randint(1, 9999)}"  # Hong Kong
        if k == 4:
            return f"浙{self.choice('ACDE')}{self.digits(3)}{self.choice('ABCDEFGHJK')}{self.digits(1)}"
        return f"{self.choice('ABCDEFGHJ')}{self.choice('ABCDEFGHJ')}{self.choice('ABCDEFGHJ')}-{self.digits(4)}"  # Brazilian-style


# Slots as in make_pii_heldout_e: N, N2, D, D2, P, R, V, PR, ID, T, IM, E, C, IB, A, RA, PL, MRZ,
# Ngen / Ndat / Nins / Nshort (Russian case forms of N).
ZH = [
    "来访人员{N}自述{D}生，持{P}号护照。",
    "{N}名下居留证件号{R}，所持签证号码{V}。",
    "另查明，{N}的外国人永久居留身份证号为{PR}，其配偶身份证号{ID}。",
    "联系电话{T}；{IM}；邮箱{E}。",
    "报警人称已向{N}提供的卡号{C}汇款，对方又转入境外账户{IB}。",
    "{N2}驾驶{PL}号小型汽车离开现场。",
    "证件扫描结果如下：\n{MRZ}",
    "据物业工作人员{N2}介绍，{N}住在{A}。",
    "{N}，{D}生人，暂住{A}。",
    "在场证人{N2}（{D2}出生）签字确认。",
    "{N}提交的旅行证件编号：{P}。",
    "民警向{N}宣读了权利义务告知书。",
]
EN = [
    "Visitor {N} (born {D}) holds passport {P}.",
    "Residence permit {R} and visa {V} were found in the wallet of {N}.",
    "{N} holds foreigner's permanent residence ID {PR}; the spouse's resident ID is {ID}.",
    "Contact: tel. {T}, {IM}, mail {E}.",
    "The complainant paid into card {C} supplied by {N}; the funds left via {IB}.",
    "A car registered {PL} and driven by {N2} left the scene.",
    "Document scan:\n{MRZ}",
    "According to the property manager {N2}, {N} stays at {A}.",
    "{N}, DOB {D}, temporary address {A}.",
    "Witness {N2}, born {D2}, signed the record.",
    "Travel document no. {P} was presented by {N}.",
    "{N2} translated for the officers.",
]
RU = [
    "Посетитель {N}, родился {D}, загранпаспорт {P}。",
    "У {Ngen} обнаружены вид на жительство {R} и виза {V}。",
    "{N} имеет ПМЖ в КНР, номер {PR}; супруга — ID {ID}。",
    "Контакты: тел. {T}, {IM}, e-mail {E}。",
    "Заявитель перевёл деньги на карту {C}, которую дал {N}; затем на счёт {IB}。",
    "Автомобиль с номером {PL}，驾驶人{N2}。",
    "Скан документа:\n{MRZ}",
    "{Ndat} разъяснены права; проживает по адресу: {RA}。",
    "民警与{Nins}谈话，其出生日期为{D}。",
    "Свидетель {N2}, {D2}, подписал протокол。",
    "Номер паспорта {Nshort}: {P}。",
    "{N2} выступил переводчиком。",
]
AR = [
    "الزائر {N}، مواليد {D}，护照号码{P}。",
    "بحوزة {N} إقامة رقم {R} وتأشيرة {V}。",
    "هوية الإقامة الدائمة {PR}，配偶身份证{ID}。",
    "هاتف {T}，{IM}，إيميل {E}。",
    "حوّل المشتكي المال إلى البطاقة {C} التي أعطاها {N}، ثم إلى الحساب {IB}。",
    "سيارة رقم {PL}，驾驶人{N2}。",
    "مسح الوثيقة:\n{MRZ}",
    "{N} يقيم في {A}، حسب {N2}。",
    "{N}，{D}出生，暂住{A}。",
    "الشاهد {N2}، مواليد {D2}، وقّع على المحضر。",
    "جواز سفر رقم {P} قدّمه {N}。",
    "ترجم {N2} للشرطة。",
]
HEADINGS = {
    "zh": "# 涉外警情接处记录（合成）",
    "en": "# Incident record (synthetic)",
    "ru-mixed": "# 涉外接警记录（合成）Протокол",
    "ar-mixed": "# 涉外接警记录（合成）محضر",
}
SENTENCES = {"zh": ZH, "en": EN, "ru-mixed": RU, "ar-mixed": AR}


def main() -> int:
    gen = GenF5(random.Random(SEED), POOLS)
    docs = [
        build_doc(gen, lang, n, sentences=SENTENCES, headings=HEADINGS, family=FAMILY)
        for lang in LANGS
        for n in range(DOCS_PER_LANG)
    ]
    kinds = {str(s["type"]) for d in docs for s in d["spans"]}  # type: ignore[attr-defined]
    missing = ALL_TYPES - kinds
    if missing:
        raise SystemExit(f"family {FAMILY} lacks types: {sorted(missing)}")
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(docs)} documents, {sum(len(d['spans']) for d in docs)} spans")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
