# ruff: noqa: E501
"""Generate held-out family E of the de-identification spans (round 4; re-runnable, deterministic).

    eval/data/pii_heldout_e.jsonl   seed 4421, 120 documents (30 each zh, en, ru-mixed, ar-mixed)

Everything is SYNTHETIC: names, numbers and addresses come from invented pools; no real person is
described. Written FIRST in round 4, before any recognizer change of the round, and scored once, at
the end. Its own sentence templates, context words, value pools and layouts (none of families A-D,
dev2 or dev3 was copied): mostly-letter passport numbers (German / French / British layouts),
Russian internal-passport series, TD2 MRZs, Turkish / Vietnamese / Kyrgyz / Saudi / Nigerian /
German phones, JCB and Visa cards, DE / TR / GB / JO / QA IBANs, Roman-numeral Russian months,
"г.р." and "г." glued to the year, Chinese lanes (弄) and village groups, Turkish and Uzbek plates.
The record field "family" is "E4" (round 4's E), because dev3's records already carry "E".

The value helpers (check digits through python-stdnum, ICAO 9303 7-3-1, phones validated by
phonenumbers) are those of ``scripts/make_pii_fresh.py``; nothing here imports the recognizers.

    .venv/bin/python scripts/make_pii_heldout_e.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import phonenumbers
from stdnum import iban, luhn
from stdnum.cn import ric
from stdnum.iso7064 import mod_97_10

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pii_fresh import AR_DIGITS, Gen, cn_number, cn_small, cn_year, mrz_check

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval/data/pii_heldout_e.jsonl"
SEED = 4421
FAMILY = "E4"
DOCS_PER_LANG = 30
LANGS = ("zh", "en", "ru-mixed", "ar-mixed")

POOLS: dict[str, Any] = {
    "ZH_SURNAMES": ["韩", "潘", "杜", "雷", "武", "蒋", "彭", "余", "袁", "董", "薛", "白", "令狐", "南宫", "西门"],
    "ZH_GIVEN": ["文博", "紫萱", "嘉怡", "泽宇", "静怡", "昊天", "玉兰", "建国", "芳", "强", "诗涵", "凯"],
    "ZH_TRANSLIT": [
        "德米特里·沃尔科夫",
        "优素福·哈米德",
        "塔季扬娜·列别杰娃",
        "穆斯塔法·卡迈勒",
        "克劳斯·施密特",
        "阿赫麦特·耶尔兰",
        "阮氏梅",
    ],
    "LATIN_NAMES": [
        "Kim Min-jun",
        "Tanaka Yuki",
        "Bartholomew Okafor",
        "Chidinma Eze",
        "Zoltán Kovács",
        "Joaquín Fernández",
        "Agnieszka Dąbrowska",
        "Mehmet Yılmaz",
        "Trần Quốc Bảo",
        "Sebastian de Jong",
        "Fiona MacLeod",
        "Renée Dubois-Martin",
        "Olusegun Adeyemi",
        "Nurlan Bekov",
    ],
    "ARABIC_LATIN": [
        "Mahmoud el-Khatib",
        "Nadia bint Rashid",
        "Faisal Al Thani",
        "Zainab Abdel-Malik",
        "Bilal ibn Tariq",
        "Karim Abou Jaoude",
    ],
    "AR_NAMES": [
        "حمزة بن يوسف",
        "رقية أبو النور",
        "عبد الرحيم الزعبي",
        "جميلة عبد الحق",
        "ماجد القحطاني",
        "سعاد بنت عمر",
        "طارق آل مكتوم",
    ],
    "RU_MALE_FIRST": [
        ("Ренат", "Рената", "Ренату", "Ренатом"),
        ("Виталий", "Виталия", "Виталию", "Виталием"),
        ("Фаррух", "Фарруха", "Фарруху", "Фаррухом"),
        ("Григорий", "Григория", "Григорию", "Григорием"),
        ("Эльдар", "Эльдара", "Эльдару", "Эльдаром"),
    ],
    "RU_FEMALE_FIRST": [
        ("Снежана", "Снежаны", "Снежане", "Снежаной"),
        ("Лейла", "Лейлы", "Лейле", "Лейлой"),
        ("Маргарита", "Маргариты", "Маргарите", "Маргаритой"),
        ("Нигора", "Нигоры", "Нигоре", "Нигорой"),
        ("Таисия", "Таисии", "Таисии", "Таисией"),
    ],
    "RU_PATRONYMIC_M": ["Тимурович", "Валерьевич", "Ахмедович", "Григорьевич", "Эдуардович"],
    "RU_PATRONYMIC_F": ["Эдуардовна", "Алексеевна", "Бахтияровна", "Геннадьевна", "Ренатовна"],
    "RU_SURNAME_STEMS": [
        ("Сафаров", "ov"),
        ("Тихонов", "ov"),
        ("Гусев", "ov"),
        ("Фомин", "ov"),
        ("Рахимов", "ov"),
        ("Острожск", "sky"),
        ("Любомирск", "sky"),
        ("Ильин", "ov"),
    ],
    "RU_UNCHANGED": ["Мельниченко", "Гордейчук", "Хитрово"],
    "ZH_ROADS": ["延安路", "庆春路", "凤起路", "体育场路", "解放东路", "留和路", "丰潭路"],
    "ZH_DISTRICTS": ["下城区", "江干区", "临安区", "桐庐县", "建德市"],
    "ZH_COMPLEXES": ["望江家园", "嘉绿苑", "新天地公寓", "南都德加", "城西银泰城"],
    "ZH_HOTELS": ["亚朵酒店", "开元名都大酒店", "7天连锁酒店（火车东站店）", "城市便捷酒店", "青年旅舍"],
    "ZH_VILLAGES": ["山前村", "周家村", "梅坞村", "龙坞村"],
    "EN_STREETS": ["Yan'an Road", "Fengqi Road", "Qingchun East Road", "Tiyuchang Road", "Liuhe Road", "Fengtan Road"],
    "EN_DISTRICTS": ["Shangcheng District", "Gongshu District", "Xihu District"],
    "RU_STREETS": ["ул. Яньань", "ул. Фэнци", "пр. Цинчунь", "ул. Тиюйчан"],
    "DOMAINS": [
        "yandex-post.ru",
        "bosphorus-mail.com.tr",
        "lagos-net.ng",
        "hanoi-mail.vn",
        "qatarpost.qa",
        "ost-mail.de",
    ],
    "STEMS": ["renat", "snezh.k", "mahmoud_k", "kim.mj", "lejla", "faruh", "tran.bao", "chidi"],
}

RU_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
RU_MONTHS_NOM = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


class GenE4(Gen):
    """Round 4's held-out values: other layouts than A-D, dev2, dev3."""

    def dob_zh(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{y}.{m:02d}.{d:02d}"
        if k == 1:
            return f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}日"
        if k == 2:
            return f"{d:02d}/{m:02d}/{y}"
        if k == 3:
            return f"{y} 年 {m} 月 {d} 日"
        if k == 4:
            return f"公元{y}年{m}月{d}日"
        return f"{y}年{m}月{d}日"

    def dob_ru(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{d:02d}.{m:02d}.{y}г."
        if k == 1:
            return f"{d}.{RU_ROMAN[m - 1]}.{y}"
        if k == 2:
            return f"{d} {self.RU_MONTHS_GEN[m - 1]} {y}г."
        if k == 3:
            return f"{d:02d}/{m:02d}/{y}"
        if k == 4:
            return f"{d:02d}.{m:02d}.{y} года"
        return f"{d} {self.RU_MONTHS_GEN[m - 1]} {y} г.р."

    def dob_en(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 5)
        month = self.EN_MONTHS[m - 1]
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        if k == 0:
            return f"{d}{suffix} {month} {y}"
        if k == 1:
            return f"{month[:3]} {d}, {y}"
        if k == 2:
            return f"{m}/{d}/{y}"
        if k == 3:
            return f"{y}.{m:02d}.{d:02d}"
        if k == 4:
            return f"{d} {month[:3].upper()} {y}"
        return f"{month} {d} {y}"

    def dob_ar(self) -> str:
        y, m, d = self.birth()
        k = self.r.randint(0, 3)
        if k == 0:
            return f"{y}-{m:02d}-{d:02d}".translate(AR_DIGITS)
        if k == 1:
            return f"{d}/{m}/{y}م"
        if k == 2:
            return f"{d} {self.AR_MONTHS[m - 1]} عام {y}"
        return f"{d:02d}.{m:02d}.{y}"

    def passport(self) -> str:
        k = self.r.randint(0, 5)
        if k == 0:  # German layout: 9 of CFGHJKLMNPRTVWXYZ0-9, letter first, mostly letters
            first = self.choice("CFGHJK")
            rest = "".join(
                self.choice("CFGHJKLMNPRTVWXYZ" if self.r.random() < 0.6 else "0123456789") for _ in range(8)
            )
            return first + rest
        if k == 1:  # French layout: 2 digits, 2 letters, 5 digits
            return self.digits(2) + self.choice("ABCDEFGH") + self.choice("KLMNPRST") + self.digits(5)
        if k == 2:  # British: 9 digits
            return str(self.r.randint(1, 9)) + self.digits(8)
        if k == 3:  # Russian internal passport: series and number
            return f"{self.r.randint(10, 99)} {self.digits(2)} {self.digits(6)}"
        if k == 4:  # Chinese ordinary passport, new letters
            return "E" + self.choice("ABCDEFG") + self.digits(7)
        return self.choice(["U", "T", "P"]) + self.digits(7)  # Turkish / Vietnamese style

    def mrz_td3(self, surname: str, given: str) -> list[str]:
        if self.r.random() < 0.4:
            return self.mrz_td2(surname, given)
        nat = self.choice(["TUR", "VNM", "NGA", "DEU", "KGZ", "JOR"])
        line1 = f"P<{nat}{surname}<<{given}".ljust(44, "<")[:44]
        number = self.choice("CFGHUT") + self.digits(8)
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        personal = self.digits(9) + "<" * 5
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

    def mrz_td2(self, surname: str, given: str) -> list[str]:
        nat = self.choice(["TUR", "VNM", "DEU", "JOR"])
        line1 = f"{self.choice(['I<', 'ID', 'V<'])}{nat}{surname}<<{given}".ljust(36, "<")[:36]
        number = self.choice("LMTV") + self.digits(8)
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        body = (
            number + mrz_check(number) + nat + dob + mrz_check(dob) + self.choice("MF") + exp + mrz_check(exp) + "<" * 7
        )
        composite = body[0:10] + body[13:20] + body[21:35]
        return [line1, body + mrz_check(composite)]

    def mrz_td1(self, surname: str, given: str) -> list[str]:
        nat = self.choice(["DEU", "TUR", "KGZ"])
        number = self.choice("LTK") + self.digits(8)
        line1 = ("I<" + nat + number + mrz_check(number)).ljust(30, "<")
        y, m, d = self.birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        line2 = (
            dob
            + mrz_check(dob)
            + self.choice("MF")
            + exp
            + mrz_check(exp)
            + self.choice(["TUR", "VNM", "NGA"])
            + "<" * 11
        )
        composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
        line2 += mrz_check(composite)
        line3 = f"{surname}<<{given}".ljust(30, "<")[:30]
        return [line1, line2, line3]

    def residence_permit(self) -> str:
        k = self.r.randint(0, 3)
        if k == 0:
            return "NO." + self.choice("YR") + str(self.r.randint(10000000, 99999999))
        if k == 1:
            return self.choice("YR") + " " + str(self.r.randint(1000, 9999)) + " " + str(self.r.randint(1000, 9999))
        return self.choice(["Y", "R"]) + str(self.r.randint(10000000, 99999999))

    def visa(self) -> str:
        k = self.r.randint(0, 2)
        if k == 0:
            return self.choice(["V", "M", "X"]) + str(self.r.randint(10000000, 99999999))
        if k == 1:
            return "0" + self.digits(7)
        return self.choice(["V", "M"]) + " " + self.digits(8)

    def permanent_residence(self) -> str:
        if self.r.random() < 0.4:
            return self.choice(["TUR", "VNM", "DEU", "NGA", "JOR"]) + self.digits(12)
        y, m, d = self.birth()
        base = f"9{self.r.randint(11, 65)}{self.r.randint(100, 899)}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        return base + ric.calc_check_digit(base + "0")

    def id_card(self) -> str:
        y, m, d = self.birth()
        base = f"{self.choice(['330102', '330182', '320102', '510104', '210202'])}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        card = base + ric.calc_check_digit(base + "0")
        return card if self.r.random() < 0.7 else f"{card[:6]} {card[6:14]} {card[14:]}"

    def phone(self) -> str:
        for _ in range(300):
            k = self.r.randint(0, 7)
            if k == 0:
                raw, region = f"5{self.choice('0345')}{self.r.randint(0, 9)}{self.digits(7)}", "TR"
                s = f"+90 {raw[:3]} {raw[3:6]} {raw[6:8]} {raw[8:]}"
            elif k == 1:
                raw, region = f"9{self.choice('0138')}{self.digits(7)}", "VN"
                s = f"0{raw[:2]}-{raw[2:5]}-{raw[5:]}"
            elif k == 2:
                raw, region = f"{self.choice(['555', '700', '770', '990'])}{self.digits(6)}", "KG"
                s = f"+996 {raw[:3]} {raw[3:6]} {raw[6:]}"
            elif k == 3:
                raw, region = f"5{self.choice('0345')}{self.digits(7)}", "SA"
                s = f"05{raw[1:2]}-{raw[2:5]}-{raw[5:]}"
            elif k == 4:
                raw, region = f"80{self.choice('36')}{self.digits(7)}", "NG"
                s = f"0{raw[:3]} {raw[3:6]} {raw[6:]}"
            elif k == 5:
                raw, region = f"15{self.choice('129')}{self.digits(8)}", "DE"
                s = f"0049 {raw[:3]} {raw[3:]}"
            elif k == 6:
                raw, region = f"1{self.choice('3589')}{self.r.randint(0, 9)}{self.digits(8)}", "CN"
                s = f"+86-{raw[:3]}-{raw[3:7]}-{raw[7:]}"
            else:
                raw, region = f"9{self.choice(['15', '25', '77', '99'])}{self.digits(7)}", "RU"
                s = f"+7({raw[:3]}){raw[3:6]}{raw[6:8]}{raw[8:]}"
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                    return s
            except phonenumbers.NumberParseException:
                continue
        raise RuntimeError("no valid phone number drawn")

    def im_handle(self) -> tuple[str, str]:
        k = self.r.randint(0, 4)
        stem = self.choice(self.p["STEMS"])
        if k == 0:
            return self.choice(["微信号", "VX", "Weixin", "вэйчат"]), f"{stem.replace('.', '-')}_{self.digits(4)}"
        if k == 1:
            return self.choice(["扣扣", "QQ号码", "QQ no."]), str(self.r.randint(10000, 2999999999))
        if k == 2:
            return self.choice(["电报", "Telegram username", "тг", "تلغرام"]), "@" + stem.replace(
                ".", ""
            ) + "_" + self.choice(["hz", "cn", "bro", "77"])
        if k == 3:
            return self.choice(["WhatsApp number", "вотсап", "واتس اب", "WA"]), "+" + self.choice(
                ["90", "84", "234", "966"]
            ) + self.digits(9)
        return self.choice(["Line ID", "LINE", "连我"]), f"{stem.replace('.', '')}.{self.digits(3)}"

    def email(self) -> str:
        stem = self.choice(self.p["STEMS"])
        return f"{stem}{self.choice(['', '_', '-'])}{self.r.randint(1960, 2006)}@{self.choice(self.p['DOMAINS'])}"

    def bank_card(self) -> str:
        prefix = self.choice(["6222", "6259", "3528", "4000", "5500", "6230"])
        length = self.choice([16, 19]) if prefix.startswith("62") else 16
        base = prefix + self.digits(length - 1 - len(prefix))
        card = base + luhn.calc_check_digit(base)
        k = self.r.randint(0, 2)
        if k == 0:
            return card
        if k == 1:
            return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        return f"{card[:6]} {card[6:]}" if length == 19 else "-".join(card[i : i + 4] for i in range(0, len(card), 4))

    def iban_code(self) -> str:
        country, bban = self.choice(
            [
                ("DE", self.digits(18)),
                ("TR", self.digits(5) + "0" + self.digits(16)),
                ("GB", self.choice(["NWBK", "BARC", "MIDL"]) + self.digits(14)),
                ("JO", self.choice(["CBJO", "ARAB"]) + self.digits(4) + self.digits(18)),
                ("QA", self.choice(["QNBA", "DOHB"]) + self.digits(21)),
            ]
        )  # type: ignore[arg-type]
        check = mod_97_10.calc_check_digits(bban + country)
        raw = country + check + bban
        if not iban.is_valid(raw):
            return self.iban_code()
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def zh_address(self) -> str:
        k = self.r.randint(0, 4)
        road = self.choice(self.p["ZH_ROADS"])
        if k == 0:
            return f"{road}{self.r.randint(10, 300)}弄{self.r.randint(1, 40)}号{self.r.randint(1, 6)}0{self.r.randint(1, 4)}室"
        if k == 1:
            return f"{self.choice(self.p['ZH_DISTRICTS'])}{self.choice(self.p['ZH_VILLAGES'])}{cn_small(self.r.randint(1, 12))}组{self.r.randint(1, 99)}号"
        if k == 2:
            return f"{self.choice(self.p['ZH_HOTELS'])}{self.r.randint(3, 21)}楼{self.r.randint(3, 21)}{self.r.randint(10, 40)}号房间"
        if k == 3:
            return f"{self.choice(self.p['ZH_COMPLEXES'])}{self.r.randint(1, 18)}号楼{self.r.randint(1, 3)}单元{self.r.randint(2, 28)}层{self.r.randint(1, 4)}号"
        return f"浙江省杭州市{self.choice(self.p['ZH_DISTRICTS'])}{road}{cn_number(self.r.randint(10, 600))}号{self.choice(self.p['ZH_COMPLEXES'])}"

    def en_address(self) -> str:
        k = self.r.randint(0, 2)
        street = self.choice(self.p["EN_STREETS"])
        if k == 0:
            return f"Apt {self.r.randint(2, 30)}{self.choice('ABCDEF')}, {self.r.randint(1, 500)} {street}, {self.choice(self.p['EN_DISTRICTS'])}"
        if k == 1:
            return f"Building {self.r.randint(1, 20)}, {self.r.randint(1, 300)} {street}"
        return f"Suite {self.r.randint(100, 2800)}, {self.r.randint(1, 300)} {street}"

    def ru_address(self) -> str:
        return f"г. Ханчжоу, {self.choice(self.p['RU_STREETS'])}, дом {self.r.randint(1, 300)}, корп. {self.r.randint(1, 6)}, кв. {self.r.randint(1, 300)}"

    def plate(self) -> str:
        k = self.r.randint(0, 5)
        letters_ru = "АВЕКМНОРСТУХ"
        if k == 0:
            return f"沪A{self.choice('DF')}{self.digits(5)}"
        if k == 1:
            return f"苏{self.choice('ABEF')}{self.digits(4)}{self.choice(['学', '挂', '警'])}"
        if k == 2:
            return f"{self.choice(letters_ru)}{self.digits(3)}{self.choice(letters_ru)}{self.choice(letters_ru)}{self.choice(['77', '178', '02', '123'])}"
        if k == 3:
            return f"{self.r.randint(1, 81):02d} {''.join(self.choice('ABCDEFGHJKLMNPRSTUVYZ') for _ in range(self.r.randint(1, 3)))} {self.r.randint(10, 9999)}"  # Turkish
        if k == 4:
            return f"{self.choice(['01', '10', '30'])} {self.choice('ABCDEFGH')} {self.digits(3)} {self.choice('ABCDEFGH')}{self.choice('ABCDEFGH')}"  # Uzbek
        return f"{self.choice(['Sharjah', 'Ajman', 'Doha'])} {self.r.randint(1, 9)} {self.digits(5)}"


# Slots as in make_pii_fresh: N, N2, D, D2, P, R, V, PR, ID, T, IM, E, C, IB, A, RA, PL, MRZ,
# Ngen / Ndat / Nins / Nshort (Russian case forms of N).
ZH = [
    "当事人{N}，{D}出生，称其护照号码{P}，于上周入境。",
    "经比对，{N}所持居留许可号码为{R}，签证编号{V}。",
    "嫌疑人{N}持有外国人永久居留证{PR}，担保人公民身份号码{ID}。",
    "其常用号码{T}，{IM}，电子信箱{E}。",
    "被害人向对方尾号账户{C}转账，后资金流入{IB}。",
    "{N2}开着牌照为{PL}的白色面包车来接人。",
    "出入境证件机读区信息：\n{MRZ}",
    "房东{N2}反映，{N}一直租住在{A}。",
    "{N}（男，出生于{D}）在{A}被查获。",
    "翻译{N2}，生日{D2}，全程在场。",
    "经询问，{N}的护照号为{P}，证件有效期至2031年。",
    "值班民警为{N}制作了询问笔录。",
]
EN = [
    "Subject: {N}, date of birth {D}, passport number {P}.",
    "{N} produced a residence card no. {R} and a visa foil {V}.",
    "Her Chinese green card {PR} was checked; the guarantor's ID no. is {ID}.",
    "Mobile {T}; {IM}; e-mail address {E}.",
    "The suspect moved the money from his card {C} into account {IB}.",
    "Officers stopped a van bearing plates {PL}; {N2} was at the wheel.",
    "Passport MRZ as scanned:\n{MRZ}",
    "{N2}, the landlady, said {N} rents {A}.",
    "Born {D}, {N} came to Hangzhou in 2019 and now lives at {A}.",
    "{N} was accompanied by {N2} (DOB {D2}).",
    "Passport No.: {P} (issued abroad).",
    "{N2} gave a statement in English.",
]
RU = [
    "Гр-н {N}, {D}, паспорт № {P}，于上月入境。",
    "У {Ngen} имеется разрешение на проживание № {R} и виза № {V}。",
    "{N}, дата рожд.: {D}, вид на жительство КНР {PR}。",
    "Поручитель (удостоверение личности КНР {ID}) — {N2}。",
    "Моб. тел. {T}, {IM}, эл. почта {E}。",
    "Платёж прошёл с банковской карты {C} на счёт IBAN {IB}。",
    "Транспортное средство г/н {PL}，驾驶人{N2}。",
    "Данные машиночитаемой зоны:\n{MRZ}",
    "{Ndat} предъявлен протокол; место жительства: {RA}。",
    "民警对{Nins}进行了询问，{N}称生于{D}。",
    "Паспортные данные: {P}, выдан в 2018 г.",
    "Понятой {N2} расписался。",
]
AR = [
    "السيد {N}، تاريخ الولادة {D}，持护照{P}来杭。",
    "{N}持有居留许可{R}，تأشيرة دخول {V}。",
    "بطاقة الإقامة الدائمة رقم {PR}，担保人身份证{ID}。",
    "جوال {T}，{IM}，بريد {E}。",
    "حوّل {N} المبلغ من بطاقته {C} إلى حساب {IB}。",
    "مركبة تحمل لوحة {PL}，司机{N2}。",
    "بيانات المنطقة المقروءة آليا للجواز:\n{MRZ}",
    "يسكن {N} في {A}，房东为{N2}。",
    "{N}，من مواليد {D}，现住{A}。",
    "الشاهد {N2} ولد في {D2}。",
    "رقم جواز السفر: {P}。",
    "وقّع {N} على المحضر。",
]
HEADINGS = {
    "zh": "# 涉外警情询问记录（合成）",
    "en": "# Officer's case file (synthetic)",
    "ru-mixed": "# 涉外笔录（合成）Объяснение",
    "ar-mixed": "# 涉外笔录（合成）محضر استماع",
}
SENTENCES = {"zh": ZH, "en": EN, "ru-mixed": RU, "ar-mixed": AR}


def _mrz_names(name: str, rng: random.Random) -> tuple[str, str]:
    latin = re.sub(r"[^A-Za-z ]", "", name).upper().split()
    if len(latin) < 2:
        return rng.choice([("SAFAROV", "RENAT"), ("GUSEVA", "SNEZHANA"), ("YILMAZ", "MEHMET"), ("TRAN", "BAO")])
    return latin[-1], latin[0]


ALL_TYPES = frozenset(
    {
        "person_name",
        "date_of_birth",
        "passport",
        "residence_permit",
        "visa",
        "permanent_residence",
        "id_card",
        "phone",
        "im_handle",
        "email",
        "bank_card",
        "iban",
        "address",
        "plate",
        "mrz",
    }
)


def build_doc(
    gen: Gen,
    lang: str,
    n: int,
    *,
    sentences: dict[str, list[str]] | None = None,
    headings: dict[str, str] | None = None,
    family: str = FAMILY,
) -> dict[str, object]:
    """One document: a heading and 5-8 sentences of the language's templates (this family's by default)."""
    rng = gen.r
    sentences_ = rng.sample((sentences or SENTENCES)[lang], k=rng.randint(5, 8))
    person: dict[str, str] = {}
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
    dob = {"zh": gen.dob_zh, "en": gen.dob_en, "ru-mixed": gen.dob_ru, "ar-mixed": gen.dob_ar}[lang]
    mrz_name = _mrz_names(main, rng)
    text = (headings or HEADINGS)[lang] + "\n\n"
    spans: list[dict[str, object]] = []

    def put(kind: str, value: str) -> None:
        nonlocal text
        spans.append({"type": kind, "start": len(text), "end": len(text) + len(value), "value": value})
        text += value

    simple = {
        "P": ("passport", gen.passport),
        "R": ("residence_permit", gen.residence_permit),
        "V": ("visa", gen.visa),
        "PR": ("permanent_residence", gen.permanent_residence),
        "ID": ("id_card", gen.id_card),
        "T": ("phone", gen.phone),
        "E": ("email", gen.email),
        "C": ("bank_card", gen.bank_card),
        "IB": ("iban", gen.iban_code),
        "PL": ("plate", gen.plate),
        "D": ("date_of_birth", dob),
        "D2": ("date_of_birth", dob),
    }
    for sentence in sentences_:
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
            elif slot in simple:
                kind, make = simple[slot]
                put(kind, make())
            elif slot == "IM":
                word, handle = gen.im_handle()
                text += word + ("：" if lang == "zh" and rng.random() < 0.5 else " ")
                put("im_handle", handle)
            elif slot == "A":
                put("address", gen.en_address() if lang == "en" else gen.zh_address())
            elif slot == "RA":
                put("address", gen.ru_address() if rng.random() < 0.6 else gen.zh_address())
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
    gen = GenE4(random.Random(SEED), POOLS)
    docs = [build_doc(gen, lang, n) for lang in LANGS for n in range(DOCS_PER_LANG)]
    kinds = {str(s["type"]) for d in docs for s in d["spans"]}  # type: ignore[attr-defined]
    missing = ALL_TYPES - kinds
    if missing:
        raise SystemExit(f"family {FAMILY} lacks types: {sorted(missing)}")
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(docs)} documents, {sum(len(d['spans']) for d in docs)} spans")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
