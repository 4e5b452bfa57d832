# ruff: noqa: E501
"""Generate the synthetic de-identification sets with span ground truth (re-runnable, deterministic).

Everything is SYNTHETIC: names, numbers and addresses are drawn from invented pools; no real person
is described. Two sets, written by two template families with different wording, value pools and
seeds, so that recognizers tuned on one can be measured on the other:

    eval/data/pii_dev.jsonl       family A, seed 1201: the set recognizers were tuned on
    eval/data/pii_heldout.jsonl   family B, seed 3407: measured once, never looked at while tuning
    eval/data/pii_dev2.jsonl      family C, seed 5209: a second dev set written after the first
                                  held-out measurement (A's value pools, new wording and formats:
                                  context words after the value, abbreviations, colloquial dates)

Each line: {"id", "lang": zh|en|ru-mixed|ar-mixed, "family", "text", "spans": [{"type", "start",
"end", "value"}]}. Types are the engine's: person_name, id_card, passport, mrz, residence_permit, visa,
permanent_residence, phone, im_handle, email, bank_card, iban, date_of_birth, address, plate.
Check characters are computed here (GB 11643 through python-stdnum, Luhn, IBAN mod 97, ICAO 9303
7-3-1), so valid identifiers are valid; nothing here imports the recognizers.

    .venv/bin/python scripts/make_pii_eval.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from stdnum import iban, luhn
from stdnum.cn import ric
from stdnum.iso7064 import mod_97_10

ROOT = Path(__file__).resolve().parent.parent
OUT = {
    "A": ROOT / "eval/data/pii_dev.jsonl",
    "B": ROOT / "eval/data/pii_heldout.jsonl",
    "C": ROOT / "eval/data/pii_dev2.jsonl",
}
SEEDS = {"A": 1201, "B": 3407, "C": 5209}
DOCS_PER_LANG = 30
LANGS = ("zh", "en", "ru-mixed", "ar-mixed")

# ----------------------------------------------------------------------------- value pools (by family)
ZH_SURNAMES = {"A": "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "B": "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余"}
ZH_GIVEN = {
    "A": ["伟", "芳", "建华", "秀英", "志强", "丽娟", "俊杰", "海燕", "文博", "雪梅"],
    "B": ["晓东", "玉兰", "国平", "慧敏", "子轩", "嘉怡", "振宇", "美玲", "宏伟", "静"],
}
LATIN_FIRST = {
    "A": ["Thomas", "Łukasz", "Søren", "José", "Zoë", "Mateusz", "Ingrid", "Pedro", "Chloé", "Nguyễn"],
    "B": ["William", "Agnieszka", "Björn", "Inês", "Małgorzata", "Jürgen", "Lucía", "Oğuz", "Émile", "Dominika"],
}
LATIN_LAST = {
    "A": ["Wright", "Nowak", "Jørgensen", "García", "Müller", "Kowalski", "Lindqvist", "Ferreira", "Dubois", "Văn An"],
    "B": [
        "Baker",
        "Wiśniewska",
        "Åström",
        "Gonçalves",
        "Zieliński",
        "Schröder",
        "Fernández",
        "Yılmaz",
        "Lefèvre",
        "Dvořák",
    ],
}
CY_FIRST = {
    "A": ["Ольга", "Иван", "Наталья", "Дмитрий", "Елена", "Сергей"],
    "B": ["Татьяна", "Алексей", "Ирина", "Михаил", "Светлана", "Николай"],
}
CY_LAST = {
    "A": ["Смирнова", "Петров", "Кузнецова", "Орлов", "Волкова", "Соколов"],
    "B": ["Морозова", "Лебедев", "Новикова", "Козлов", "Павлова", "Фёдоров"],
}
AR_FIRST = {"A": ["محمد", "أحمد", "فاطمة", "علي", "خالد", "مريم"], "B": ["يوسف", "عمر", "ليلى", "حسن", "سارة", "طارق"]}
AR_LAST = {
    "A": ["الخطيب", "منصور", "بن سالم", "الحسيني", "عبد الله", "الزهراني"],
    "B": ["العمري", "الشامي", "بن علي", "القحطاني", "الدوسري", "حداد"],
}
ROADS = {
    "A": ["文三", "莫干山", "解放", "延安", "环城北", "体育场"],
    "B": ["文一西", "天目山", "凤起", "庆春", "湖墅南", "建国北"],
}
COMPLEXES = {
    "A": ["锦绣公寓", "西湖国际酒店", "阳光花园", "金都大厦"],
    "B": ["湖滨青年旅舍", "钱江新城公馆", "翠苑小区", "望江宾馆"],
}
EN_STREETS = {
    "A": ["Wensan Road", "Moganshan Road", "Baker Street", "Jiefang Road"],
    "B": ["Tianmushan Road", "Fengqi Road", "Oxford Street", "Qingchun Road"],
}
RU_STREETS = {"A": ["Лесная", "Тверская", "Садовая"], "B": ["Пушкинская", "Невская", "Мира"]}
DOMAINS = {
    "A": ["example.com", "mail.example.org", "example.ru"],
    "B": ["example.net", "post.example.de", "example.co.uk"],
}
REGIONS = ["110105", "330106", "320102", "440305", "510104", "330109", "310115"]
CN_NUM = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """88 -> 八十八, 120 -> 一百二十, 7 -> 七."""
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    if n < 100:
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        ""
        if rest == 0
        else ("零" + CN_NUM[rest] if rest < 10 else cn_number(rest) if rest >= 20 else "一" + cn_number(rest))
    )
    return CN_NUM[n // 100] + "百" + tail


def mrz_check(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1)."""
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


class Gen:
    """Random values of every type for one family."""

    def __init__(self, family: str, rng: random.Random) -> None:
        self.f = family
        self.r = rng

    def pick(self, pool: dict[str, list[str]] | dict[str, str]) -> str:
        # Family C (second dev set) draws from A's value pools: only its wording is new.
        return self.r.choice(list(pool[self.f if self.f in pool else "A"]))

    # names
    def zh_name(self) -> str:
        return self.pick(ZH_SURNAMES) + self.pick(ZH_GIVEN)

    def latin_name(self) -> str:
        return f"{self.pick(LATIN_FIRST)} {self.pick(LATIN_LAST)}"

    def cy_name(self) -> str:
        return f"{self.pick(CY_FIRST)} {self.pick(CY_LAST)}"

    def ar_name(self) -> str:
        return f"{self.pick(AR_FIRST)} {self.pick(AR_LAST)}"

    # numbers
    def _birth(self) -> tuple[int, int, int]:
        return self.r.randint(1960, 2004), self.r.randint(1, 12), self.r.randint(1, 28)

    def id_card(self) -> str:
        y, m, d = self._birth()
        base = f"{self.r.choice(REGIONS)}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        return base + ric.calc_check_digit(base + "0")

    def passport(self) -> str:
        kind = self.r.randint(0, 3)
        if kind == 0:
            return "E" + "".join(self.r.choice("0123456789") for _ in range(8))
        if kind == 1:
            return "E" + self.r.choice("ABCDEFGH") + "".join(self.r.choice("0123456789") for _ in range(7))
        if kind == 2:
            return f"{self.r.randint(70, 76)} {self.r.randint(1000000, 9999999)}"
        return self.r.choice(["XK", "PA", "C", "AB"]) + str(self.r.randint(1000000, 9999999))

    def mrz(self, surname: str = "NOWAK", given: str = "LUKASZ") -> list[str]:
        nat = self.r.choice(["POL", "RUS", "GBR", "EGY", "DEU"])
        line1 = f"P<{nat}{surname}<<{given}".ljust(44, "<")[:44]
        number = self.r.choice("ABCDEFGHJK") + self.r.choice("ABCDEFGHJK") + str(self.r.randint(1000000, 9999999))
        y, m, d = self._birth()
        dob = f"{y % 100:02d}{m:02d}{d:02d}"
        exp = f"{self.r.randint(27, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        sex = self.r.choice("MF")
        body = number + mrz_check(number) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp) + "<" * 14
        body += mrz_check("<" * 14)
        composite = body[0:10] + body[13:20] + body[21:43]
        return [line1, body + mrz_check(composite)]

    def residence_permit(self) -> str:
        return self.r.choice(["Y", "", "R"]) + str(self.r.randint(10000000, 99999999))

    def visa(self) -> str:
        return self.r.choice(["V", "", "M"]) + str(self.r.randint(1000000, 99999999))

    def permanent_residence(self) -> str:
        if self.r.random() < 0.5:
            return self.r.choice(["USA", "CAN", "DEU", "RUS", "GBR"]) + str(self.r.randint(10**11, 10**12 - 1))
        y, m, d = self._birth()
        base = f"9{self.r.randint(11, 65)}{self.r.randint(100, 899)}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        return base + ric.calc_check_digit(base + "0")

    def phone(self) -> str:
        kind = self.r.randint(0, 5)
        n = self.r.randint(10000000, 99999999)
        if kind == 0:
            return f"1{self.r.choice('3589')}{self.r.randint(0, 9)}{n}"
        if kind == 1:
            s = f"1{self.r.choice('3589')}{self.r.randint(0, 9)}{n}"
            return f"{s[:3]}-{s[3:7]}-{s[7:]}"
        if kind == 2:
            return f"0571-{self.r.randint(8000, 8999)}{self.r.randint(1000, 9999)}"
        if kind == 3:
            return f"+7 9{self.r.randint(10, 99)} {self.r.randint(100, 999)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}"
        if kind == 4:
            return f"79{self.r.randint(10, 99)}{self.r.randint(1000000, 9999999)}"  # Russian, no "+"
        return f"+44 7{self.r.randint(400, 999)} {self.r.randint(100000, 999999)}"

    def im_handle(self) -> tuple[str, str]:
        platform = self.r.choice(["微信号", "QQ", "Telegram", "WhatsApp", "Line ID"])
        stem = self.r.choice(["sunny", "olga", "petrov", "amir", "lina", "kowal"])
        if platform == "QQ":
            return platform, str(self.r.randint(10000, 9999999999))
        if platform == "Telegram":
            return platform, f"@{stem}_{self.r.randint(10, 999)}"
        if platform == "WhatsApp":
            return platform, f"+20{self.r.randint(1000000000, 1299999999)}"
        return platform, f"{stem}{self.r.choice(['_', '.', ''])}{self.r.randint(10, 9999)}"

    def email(self) -> str:
        return f"{self.r.choice(['olga', 'tom', 'amir', 'lina', 'j.k', 'nowak'])}{self.r.randint(1, 99)}@{self.pick(DOMAINS)}"

    def bank_card(self) -> str:
        base = "62" + "".join(self.r.choice("0123456789") for _ in range(self.r.choice([13, 16])))
        card = base + luhn.calc_check_digit(base)
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4)) if self.r.random() < 0.6 else card

    def iban_code(self) -> str:
        country, bban = self.r.choice(
            [
                ("DE", "37040044" + str(self.r.randint(10**9, 10**10 - 1))),
                ("GB", "WEST" + str(self.r.randint(10**13, 10**14 - 1))),
                ("NL", "ABNA" + str(self.r.randint(10**9, 10**10 - 1))),
            ]
        )
        check = mod_97_10.calc_check_digits(bban + country)
        raw = country + check + bban
        assert iban.is_valid(raw), raw
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def dob(self, lang: str) -> str:
        y, m, d = self._birth()
        if self.f == "C":
            return self._dob_c(lang, y, m, d)
        if lang == "zh":
            return self.r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}"])
        if lang == "ru":
            return f"{d:02d}.{m:02d}.{y}"
        months = [
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
        ]
        return self.r.choice([f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"])

    def _dob_c(self, lang: str, y: int, m: int, d: int) -> str:
        """Family C's date formats: colloquial 号, dotted and slashed dates, Han numerals, ordinals."""
        if lang == "zh":
            han = "".join(CN_NUM[int(c)] for c in str(y)).replace("零", "〇")
            return self.r.choice(
                [
                    f"{y}年{m}月{d}号",
                    f"{y}.{m:02d}.{d:02d}",
                    f"{y}/{m}/{d}",
                    f"{y}年{m:02d}月{d:02d}日",
                    f"{han}年{cn_number(m)}月{cn_number(d)}日",
                ]
            )
        if lang == "ru":
            months = [
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
            ]
            return self.r.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {months[m - 1]} {y} г.", f"{d:02d}/{m:02d}/{y}"])
        months_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return self.r.choice(
            [f"{months_en[m - 1]} {d}, {y}", f"{d}{suffix} {months_en[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"]
        )

    def zh_address(self) -> str:
        num = self.r.randint(1, 199)
        number = cn_number(num) if self.r.random() < 0.4 else str(num)
        head = self.r.choice(["", "杭州市", "浙江省杭州市", "杭州市西湖区", "上城区"])
        tail = self.r.choice(
            [
                "",
                f"{self.r.randint(1, 12)}号楼{self.r.randint(1, 4)}单元{self.r.randint(1, 30)}0{self.r.randint(1, 4)}室",
                f"院{self.r.randint(1, 9)}号楼{self.r.randint(101, 1502)}室",
            ]
        )
        return f"{head}{self.pick(ROADS)}路{number}号{tail}"

    def zh_room(self) -> str:
        return f"{self.pick(COMPLEXES)}{self.r.randint(2, 25)}{self.r.randint(1, 30):02d}房间"

    def en_address(self) -> str:
        room = self.r.choice(["", f"Room {self.r.randint(101, 2508)}, ", f"Apt {self.r.randint(1, 30)}B, "])
        return f"{room}{self.r.randint(1, 300)} {self.pick(EN_STREETS)}" + self.r.choice(
            ["", ", Hangzhou", ", Xihu District"]
        )

    def ru_address(self) -> str:
        return f"ул. {self.pick(RU_STREETS)}, д. {self.r.randint(1, 80)}, кв. {self.r.randint(1, 200)}"

    def plate(self) -> str:
        kind = self.r.randint(0, 2)
        if kind == 0:
            return "浙A" + self.r.choice(["·", ""]) + "".join(self.r.choice("0123456789ABCDEFGHJK") for _ in range(5))
        if kind == 1:
            letters = "АВЕКМНОРСТУХ"
            return f"{self.r.choice(letters)}{self.r.randint(100, 999)}{self.r.choice(letters)}{self.r.choice(letters)} {self.r.choice(['77', '199', '50'])}"
        return f"KA-{self.r.randint(10, 99)}-{self.r.choice(['AB', 'MN', 'XY'])}-{self.r.randint(1000, 9999)}"


# ----------------------------------------------------------------------------- templates
# ⟦type⟧ marks a slot; ⟦person⟧ takes the document's script of foreign names.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "A": {
        "zh": [
            "报警人⟦zh_person⟧（电话⟦phone⟧）称其在⟦zh_address⟧附近丢失钱包。",
            "当事人⟦zh_person⟧，身份证号⟦id_card⟧，与⟦person⟧发生口角。",
            "⟦nat⟧籍男子⟦person⟧持护照⟦passport⟧，出生日期⟦dob⟧。",
            "经查，⟦person⟧入住⟦zh_room⟧，工作类居留许可号码⟦residence_permit⟧已过期。",
            "其签证号码⟦visa⟧，停留期三十日；永久居留证号码⟦permanent_residence⟧。",
            "对方提供的⟦im_platform⟧：⟦im_handle⟧，邮箱⟦email⟧。",
            "涉案银行卡号⟦bank_card⟧，另有境外账户IBAN ⟦iban⟧。",
            "驾驶车牌号⟦plate⟧的轿车离开现场，民警⟦zh_person⟧随即跟进。",
            "护照机读码：\n⟦mrz⟧\n与证件信息一致。",
            "民警向双方说明了治安管理处罚法的有关规定，并制作笔录。",
        ],
        "en": [
            "The complainant, ⟦person⟧, phone ⟦phone⟧, reported a stolen bag near ⟦en_address⟧.",
            "The suspect ⟦person⟧ (passport No. ⟦passport⟧, date of birth ⟦dob⟧) was questioned.",
            "Mr. ⟦person⟧ lives at ⟦en_address⟧ and gave his e-mail ⟦email⟧.",
            "His residence permit number ⟦residence_permit⟧ and visa number ⟦visa⟧ were checked.",
            "The card ⟦bank_card⟧ and the account IBAN ⟦iban⟧ were frozen.",
            "Contact on ⟦im_platform⟧ ⟦im_handle⟧; the car with licence plate ⟦plate⟧ was found.",
            "The MRZ of the passport reads:\n⟦mrz⟧",
            "Officers explained the relevant articles of the Exit and Entry Administration Law.",
        ],
        "ru": [
            "俄罗斯籍女子⟦person⟧（电话⟦phone⟧）报警称，гражданка ⟦cy_last⟧ потеряла паспорт.",
            "Гражданин ⟦person⟧, дата рождения ⟦dob⟧, проживает по адресу ⟦ru_address⟧。",
            "当事人⟦person⟧持загранпаспорт ⟦passport⟧，вид на жительство ⟦residence_permit⟧。",
            "其Telegram ⟦tg_handle⟧，邮箱⟦email⟧，车牌号⟦plate⟧。",
            "民警用俄语告知：Пожалуйста, подождите, переводчик скоро приедет。",
        ],
        "ar": [
            "约旦籍男子⟦person⟧（电话⟦phone⟧）称其护照⟦passport⟧丢失。",
            "埃及籍商人⟦person⟧与⟦zh_person⟧发生货款纠纷，WhatsApp ⟦wa_handle⟧。",
            "当事人⟦person⟧入住⟦zh_room⟧，出生日期⟦dob⟧，签证号码⟦visa⟧。",
            "民警用阿拉伯语说明：من فضلك انتظر قليلا。",
            "其银行卡号⟦bank_card⟧，住址⟦zh_address⟧。",
        ],
    },
    "B": {
        "zh": [
            "求助人⟦zh_person⟧来电（联系方式：⟦phone⟧），称住处⟦zh_address⟧门锁被撬。",
            "经核实，⟦zh_person⟧的公民身份号码为⟦id_card⟧。",
            "外籍人员⟦person⟧所持护照编号为⟦passport⟧，其于⟦dob⟧出生。",
            "⟦person⟧暂住在⟦zh_room⟧，持有的居留证件号码⟦residence_permit⟧。",
            "该人员签证⟦visa⟧已过期，另持外国人永久居留身份证⟦permanent_residence⟧。",
            "双方添加了⟦im_platform⟧⟦im_handle⟧，并互留电子邮件⟦email⟧。",
            "被骗款项转入储蓄卡⟦bank_card⟧，对方境外账号⟦iban⟧。",
            "号牌为⟦plate⟧的车辆停在路边，翻译⟦zh_person⟧到场协助。",
            "护照底页识读区内容：\n⟦mrz⟧",
            "经调解，双方达成和解，民警告知其依法享有的权利。",
        ],
        "en": [
            "A tourist named ⟦person⟧ called us from ⟦phone⟧ about a lost passport.",
            "Passport number ⟦passport⟧ belongs to ⟦person⟧, born ⟦dob⟧.",
            "The victim, Ms. ⟦person⟧, is staying at ⟦en_address⟧.",
            "Residence permit ⟦residence_permit⟧; visa no. ⟦visa⟧; permanent residence card ⟦permanent_residence⟧.",
            "Funds went to card number ⟦bank_card⟧ and IBAN ⟦iban⟧; reply to ⟦email⟧.",
            "The witness gave her ⟦im_platform⟧ ⟦im_handle⟧ and the plate ⟦plate⟧.",
            "Machine readable zone:\n⟦mrz⟧",
            "The interpreter read the consular notification rights aloud.",
        ],
        "ru": [
            "报警人⟦person⟧称，зовут её ⟦cy_first_lower⟧，телефон ⟦phone⟧。",
            "Подозреваемый ⟦person⟧, ⟦dob⟧ года рождения, адрес: ⟦ru_address⟧。",
            "俄罗斯籍男子⟦person⟧，паспорт ⟦passport⟧，号牌⟦plate⟧。",
            "其телеграм ⟦tg_handle⟧，почта ⟦email⟧。",
            "民警提醒：Не волнуйтесь, мы вам поможем。",
        ],
        "ar": [
            "叙利亚籍女子⟦person⟧报警，联系电话⟦phone⟧。",
            "沙特籍游客⟦person⟧持护照⟦passport⟧，其于⟦dob⟧出生。",
            "当事人⟦person⟧住在⟦zh_room⟧，居留许可号码⟦residence_permit⟧。",
            "民警说明：شكرا على صبرك。",
            "涉案储蓄卡⟦bank_card⟧，WhatsApp ⟦wa_handle⟧。",
        ],
    },
}
# Family C: the second dev set (written after the first held-out measurement, without reading B's
# templates): context words after the value, abbreviations, other names for the same documents.
TEMPLATES["C"] = {
    "zh": [
        "嫌疑人⟦person⟧，⟦dob⟧出生，持外国人居留证（证件号码⟦residence_permit⟧）。",
        "⟦person⟧，男，⟦dob⟧生，现住⟦zh_address⟧，联系电话⟦phone⟧。",
        "据房东⟦zh_person⟧反映，租客⟦person⟧的居留许可证件号为⟦residence_permit⟧，生日是⟦dob⟧。",
        "受害人⟦person⟧称其手机号⟦phone⟧被冒用，护照号码为⟦passport⟧。",
        "留学生⟦person⟧（学习类居留证号⟦residence_permit⟧）在⟦zh_room⟧内与室友争吵。",
        "车主⟦zh_person⟧驾驶⟦plate⟧号车辆离开，转账所用卡号⟦bank_card⟧。",
        "外国人永久居留身份证号⟦permanent_residence⟧；签证号⟦visa⟧。",
        "事主的电子邮箱为⟦email⟧，境外账户⟦iban⟧，另有⟦im_platform⟧号⟦im_handle⟧。",
        "值班民警⟦zh_person⟧于当日将情况录入系统。",
        "机读区两行：\n⟦mrz⟧",
    ],
    "en": [
        "⟦person⟧ (born ⟦dob⟧) holds residence card ⟦residence_permit⟧.",
        "Subject: ⟦person⟧, DOB ⟦dob⟧, mobile ⟦phone⟧, staying at ⟦en_address⟧.",
        "The witness ⟦person⟧ showed a work-type residence permit, No. ⟦residence_permit⟧, and passport ⟦passport⟧.",
        "She was born on ⟦dob⟧ and can be reached at ⟦email⟧ or on ⟦im_platform⟧ (⟦im_handle⟧).",
        "Vehicle registration ⟦plate⟧; payments went from card number ⟦bank_card⟧ to IBAN ⟦iban⟧.",
        "Visa No. ⟦visa⟧; permanent residence ID ⟦permanent_residence⟧.",
        "Passport machine-readable zone:\n⟦mrz⟧",
        "No further action was taken after mediation.",
    ],
    "ru": [
        "⟦person⟧, ⟦dob⟧ г.р., тел. ⟦phone⟧，在派出所做笔录。",
        "当事人⟦person⟧（родилась ⟦dob⟧）持有РВП № ⟦residence_permit⟧。",
        "Дата рожд. ⟦dob⟧; ВНЖ № ⟦residence_permit⟧; паспорт ⟦passport⟧。",
        "据⟦zh_person⟧介绍，⟦person⟧的出生日期为⟦dob⟧，адрес: ⟦ru_address⟧。",
        "Telegram: ⟦tg_handle⟧, e-mail ⟦email⟧, госномер ⟦plate⟧。",
        "Виза № ⟦visa⟧ действительна до конца месяца。",
        "民警用俄语说明：Вам нужно подписать протокол。",
    ],
    "ar": [
        "⟦person⟧，⟦dob⟧出生，电话⟦phone⟧，WhatsApp ⟦wa_handle⟧。",
        "其工作类居留证号⟦residence_permit⟧，签证⟦visa⟧。",
        "⟦person⟧住在⟦zh_room⟧，邮箱⟦email⟧，卡号⟦bank_card⟧。",
        "民警用阿拉伯语说明：شكرا على تعاونك。",
        "⟦person⟧的护照号码⟦passport⟧，生日⟦dob⟧。",
    ],
}

NATIONALITIES = {"zh": ["波兰", "英国", "德国", "西班牙"], "en": [], "ru": ["俄罗斯"], "ar": ["埃及"]}
SLOT = re.compile(r"⟦(\w+)⟧")


def build_doc(gen: Gen, family: str, lang: str, n: int) -> dict[str, object]:
    key = {"zh": "zh", "en": "en", "ru-mixed": "ru", "ar-mixed": "ar"}[lang]
    templates = TEMPLATES[family][key]
    person = {"zh": gen.latin_name, "en": gen.latin_name, "ru": gen.cy_name, "ar": gen.ar_name}[key]
    cast = [person() for _ in range(2)]
    chosen = gen.r.sample(templates, k=min(len(templates), gen.r.randint(4, 6)))
    text = ""
    spans: list[dict[str, object]] = []
    title = {
        "zh": "# 涉外警情记录（合成）\n\n",
        "en": "# Incident record (synthetic)\n\n",
        "ru": "# 涉俄警情（合成）\n\n",
        "ar": "# 涉外警情（合成）\n\n",
    }[key]
    text += title
    for template in chosen:
        pos = 0
        for m in SLOT.finditer(template):
            text += template[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            values: list[tuple[str, str | None]]
            if slot == "person":
                values = [(gen.r.choice(cast), "person_name")]
            elif slot == "zh_person":
                values = [(gen.zh_name(), "person_name")]
            elif slot == "cy_last":
                values = [(cast[0].split()[-1], "person_name")]
            elif slot == "cy_first_lower":
                values = [(cast[0].split()[0].lower(), "person_name")]
            elif slot == "nat":
                values = [(gen.r.choice(NATIONALITIES[key] or ["英国"]), None)]
            elif slot == "im_platform":
                platform, handle = gen.im_handle()
                gen.pending_handle = handle  # type: ignore[attr-defined]
                values = [(platform, None)]
            elif slot == "im_handle":
                values = [(gen.pending_handle, "im_handle")]  # type: ignore[attr-defined]
            elif slot == "tg_handle":
                values = [(f"@{gen.r.choice(['olga', 'dima', 'lena'])}_{gen.r.randint(10, 999)}", "im_handle")]
            elif slot == "wa_handle":
                values = [(f"+9665{gen.r.randint(10000000, 99999999)}", "im_handle")]
            elif slot == "mrz":
                values = []
                lines = gen.mrz(*(("SMIRNOVA", "OLGA") if key == "ru" else ("NOWAK", "LUKASZ")))
                for i, line in enumerate(lines):
                    if i:
                        text += "\n"
                    spans.append({"type": "mrz", "start": len(text), "end": len(text) + len(line), "value": line})
                    text += line
            elif slot == "dob":
                values = [(gen.dob({"zh": "zh", "ar": "zh", "ru": "ru", "en": "en"}[key]), "date_of_birth")]
            else:
                slot = "iban_code" if slot == "iban" else slot
                kind = {
                    "iban_code": "iban",
                    "zh_address": "address",
                    "zh_room": "address",
                    "en_address": "address",
                    "ru_address": "address",
                }.get(slot, slot)
                values = [(getattr(gen, slot)(), kind)]
            for value, kind in values:
                if kind is not None:
                    spans.append({"type": kind, "start": len(text), "end": len(text) + len(value), "value": value})
                text += value
        text += template[pos:] + "\n"
    for s in spans:
        assert text[int(s["start"]) : int(s["end"])] == s["value"]  # type: ignore[call-overload]
    return {"id": f"{family}-{lang}-{n:03d}", "lang": lang, "family": family, "text": text, "spans": spans}


def main() -> int:
    for family, path in OUT.items():
        gen = Gen(family, random.Random(SEEDS[family]))
        docs = [build_doc(gen, family, lang, n) for lang in LANGS for n in range(DOCS_PER_LANG)]
        path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
        spans = sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]
        print(f"{path.relative_to(ROOT)}: {len(docs)} documents, {spans} spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
