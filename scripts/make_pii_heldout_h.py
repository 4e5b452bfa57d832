# ruff: noqa: E501
"""Held-out PII evaluation family H7 (synthetic, 120 documents).

Writes ``eval/data/pii_heldout_h.jsonl``: 30 documents each in ``zh``, ``en``,
``ru-mixed`` and ``ar-mixed``.  Everything is invented; identifiers are only
shaped so that they pass their checksums / validators (Luhn, ISO 13616 mod 97,
GB 11643, ICAO 9303 check digits, ``phonenumbers.is_valid_number``).

The layouts, wordings and value formats were written by someone who did not
read the recognizers, the other families' data or their templates.  The point
of the family is to measure the engine on document layouts it was never tuned
on: interview transcripts, call-out registers, hotel tables, rental forms,
consular e-mails, chat exports, CSV lines, bank records and inline-translated
Russian / Arabic statements, with values in unexpected positions and formats.
A few look-alike non-personal strings (case numbers, statute articles,
amounts, times, flight numbers, bare street names) are left unannotated so
that precision can be measured.

Run from the repository root::

    .venv/bin/python scripts/make_pii_heldout_h.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.cn import ric as std_ric

SEED = 9319
FAMILY = "H7"
N_PER_LANG = 30
LANGS = ("zh", "en", "ru-mixed", "ar-mixed")
TYPES = (
    "person_name", "date_of_birth", "passport", "residence_permit", "visa",
    "permanent_residence", "id_card", "mrz", "phone", "im_handle", "email",
    "bank_card", "iban", "address", "plate",
)
OUT = Path(__file__).resolve().parent.parent / "eval" / "data" / "pii_heldout_h.jsonl"

R = random.Random(SEED)

AR_IND = "٠١٢٣٤٥٦٧٨٩"
FW_DIG = "０１２３４５６７８９"
CN_DIG = "〇一二三四五六七八九"


def to_ar(s: str) -> str:
    """ASCII digits -> Arabic-Indic digits."""
    return "".join(AR_IND[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def to_fw(s: str) -> str:
    """ASCII digits / letters -> full-width forms."""
    out = []
    for c in s:
        if c.isascii() and (c.isalnum()):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def ascii_digits(s: str) -> str:
    out = []
    for c in s:
        if c in AR_IND:
            out.append(str(AR_IND.index(c)))
        elif c in FW_DIG:
            out.append(str(FW_DIG.index(c)))
        elif "\uff01" <= c <= "\uff5e":
            out.append(chr(ord(c) - 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def cn_small(n: int) -> str:
    """0..99 as a Chinese numeral (十二, 二十三)."""
    if n < 10:
        return CN_DIG[n] if n else "零"
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else CN_DIG[tens] + "十"
    return head + (CN_DIG[ones] if ones else "")


def cn_int(n: int) -> str:
    """0..9999 as a Chinese numeral (一百二十八, 一千零五)."""
    if n < 100:
        return cn_small(n)
    digits = str(n)
    names = {4: "千", 3: "百", 2: "十", 1: ""}
    out = ""
    zero = False
    for i, ch in enumerate(digits):
        d = int(ch)
        if d == 0:
            zero = True
            continue
        if zero:
            out += "零"
        zero = False
        out += CN_DIG[d] + names[len(digits) - i]
    return out


def cn_digits(s: str) -> str:
    """Digit-by-digit Chinese (一九八五, 五〇二)."""
    return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------

def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + std_luhn.calc_check_digit(body)


RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643_check(body17: str) -> str:
    total = sum(int(c) * w for c, w in zip(body17, RIC_W, strict=True))
    return "10X98765432"[total % 11]


def mrz_cd(field: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * weights[i % 3]
    return str(total % 10)


def iban_make(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------

class Doc:
    """Accumulates text and exact spans; ``add`` takes strings and (type, value) tuples."""

    def __init__(self, lang: str):
        self.lang = lang
        self.buf: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.phone_regions: dict[str, str] = {}

    def add(self, *parts) -> Doc:
        for p in parts:
            if isinstance(p, str):
                self.buf.append(p)
                self.pos += len(p)
            else:
                typ, val = p[0], p[1]
                assert typ in TYPES, typ
                if typ == "phone":
                    self.phone_regions[val] = p[2]
                assert val and val == val.strip(), (typ, val)
                self.spans.append({"type": typ, "start": self.pos, "end": self.pos + len(val), "value": val})
                self.buf.append(val)
                self.pos += len(val)
        return self

    def text(self) -> str:
        return "".join(self.buf)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

# iso3: (phone region, zh country, en country, ISO numeric)
NATIONS = {
    "USA": ("US", "美国", "United States", "840"), "GBR": ("GB", "英国", "United Kingdom", "826"),
    "IRL": ("IE", "爱尔兰", "Ireland", "372"), "DEU": ("DE", "德国", "Germany", "276"),
    "FRA": ("FR", "法国", "France", "250"), "NLD": ("NL", "荷兰", "Netherlands", "528"),
    "ESP": ("ES", "西班牙", "Spain", "724"), "POL": ("PL", "波兰", "Poland", "616"),
    "CZE": ("CZ", "捷克", "Czechia", "203"), "TUR": ("TR", "土耳其", "Türkiye", "792"),
    "VNM": ("VN", "越南", "Viet Nam", "704"), "KOR": ("KR", "韩国", "Korea", "410"),
    "JPN": ("JP", "日本", "Japan", "392"), "THA": ("TH", "泰国", "Thailand", "764"),
    "NGA": ("NG", "尼日利亚", "Nigeria", "566"), "GHA": ("GH", "加纳", "Ghana", "288"),
    "PAK": ("PK", "巴基斯坦", "Pakistan", "586"), "IND": ("IN", "印度", "India", "356"),
    "NOR": ("NO", "挪威", "Norway", "578"), "ITA": ("IT", "意大利", "Italy", "380"),
    "BRA": ("BR", "巴西", "Brazil", "076"), "CAN": ("CA", "加拿大", "Canada", "124"),
    "AUS": ("AU", "澳大利亚", "Australia", "036"), "ROU": ("RO", "罗马尼亚", "Romania", "642"),
    "HUN": ("HU", "匈牙利", "Hungary", "348"), "PHL": ("PH", "菲律宾", "Philippines", "608"),
    "IDN": ("ID", "印度尼西亚", "Indonesia", "360"), "MNG": ("MN", "蒙古国", "Mongolia", "496"),
    "RUS": ("RU", "俄罗斯", "Russia", "643"), "KAZ": ("KZ", "哈萨克斯坦", "Kazakhstan", "398"),
    "UZB": ("UZ", "乌兹别克斯坦", "Uzbekistan", "860"), "KGZ": ("KG", "吉尔吉斯斯坦", "Kyrgyzstan", "417"),
    "TJK": ("TJ", "塔吉克斯坦", "Tajikistan", "762"), "BLR": ("BY", "白俄罗斯", "Belarus", "112"),
    "UKR": ("UA", "乌克兰", "Ukraine", "804"), "SAU": ("SA", "沙特阿拉伯", "Saudi Arabia", "682"),
    "EGY": ("EG", "埃及", "Egypt", "818"), "JOR": ("JO", "约旦", "Jordan", "400"),
    "SYR": ("SY", "叙利亚", "Syria", "760"), "IRQ": ("IQ", "伊拉克", "Iraq", "368"),
    "YEM": ("YE", "也门", "Yemen", "887"), "MAR": ("MA", "摩洛哥", "Morocco", "504"),
    "DZA": ("DZ", "阿尔及利亚", "Algeria", "012"), "SDN": ("SD", "苏丹", "Sudan", "729"),
    "ARE": ("AE", "阿联酋", "United Arab Emirates", "784"), "LBN": ("LB", "黎巴嫩", "Lebanon", "422"),
    "PSE": ("PS", "巴勒斯坦", "Palestine", "275"), "LBY": ("LY", "利比亚", "Libya", "434"),
    "TUN": ("TN", "突尼斯", "Tunisia", "788"), "OMN": ("OM", "阿曼", "Oman", "512"),
    "KWT": ("KW", "科威特", "Kuwait", "414"), "QAT": ("QA", "卡塔尔", "Qatar", "634"),
    "CHN": ("CN", "中国", "China", "156"),
}
AR_COUNTRY = {
    "SAU": "السعودية", "EGY": "مصر", "JOR": "الأردن", "SYR": "سوريا", "IRQ": "العراق", "YEM": "اليمن",
    "MAR": "المغرب", "DZA": "الجزائر", "SDN": "السودان", "ARE": "الإمارات", "LBN": "لبنان",
    "PSE": "فلسطين", "LBY": "ليبيا", "TUN": "تونس", "OMN": "عُمان", "KWT": "الكويت", "QAT": "قطر",
}
RU_COUNTRY = {
    "RUS": "Россия", "KAZ": "Казахстан", "UZB": "Узбекистан", "KGZ": "Кыргызстан", "TJK": "Таджикистан",
    "BLR": "Беларусь", "UKR": "Украина", "MNG": "Монголия",
}

# (iso3, sex, given, surname, zh, surname_first)
WESTERN = [
    ("USA", "M", "Michael", "O'Connor", "迈克尔·奥康纳", False),
    ("USA", "F", "Emily", "Johnson-Reyes", "埃米莉·约翰逊-雷耶斯", False),
    ("GBR", "M", "Oliver", "McAllister", "奥利弗·麦卡利斯特", False),
    ("IRL", "F", "Siobhán", "Ní Bhriain", "希沃恩·尼布里安", False),
    ("DEU", "M", "Jürgen", "Müller", "于尔根·米勒", False),
    ("DEU", "F", "Anna-Lena", "Schröder", "安娜-莱娜·施罗德", False),
    ("FRA", "M", "Jean-Luc", "Dubois", "让-吕克·杜布瓦", False),
    ("FRA", "F", "Élodie", "Lefèvre", "埃洛迪·勒费弗尔", False),
    ("FRA", "M", "François", "de la Tour", "弗朗索瓦·德拉图尔", False),
    ("NLD", "M", "Pieter", "van der Berg", "彼得·范德贝格", False),
    ("ESP", "M", "José María", "García López", "何塞·玛丽亚·加西亚·洛佩斯", False),
    ("ESP", "F", "Lucía", "Fernández de Córdoba", "露西亚·费尔南德斯·德科尔多瓦", False),
    ("POL", "M", "Łukasz", "Wiśniewski", "武卡什·维希涅夫斯基", False),
    ("POL", "F", "Małgorzata", "Wójcik", "玛乌戈扎塔·武伊契克", False),
    ("CZE", "M", "Tomáš", "Dvořák", "托马什·德沃夏克", False),
    ("TUR", "M", "Mehmet", "Öztürk", "穆罕默德·厄兹蒂尔克", False),
    ("TUR", "F", "Ayşe", "Yılmaz", "艾谢·耶尔马兹", False),
    ("VNM", "M", "Văn Hùng", "Nguyễn", "阮文雄", True),
    ("VNM", "F", "Thị Mai", "Trần", "陈氏梅", True),
    ("KOR", "M", "Min-jun", "Kim", "金敏俊", True),
    ("KOR", "F", "Ji-woo", "Park", "朴智友", True),
    ("JPN", "M", "Hiroshi", "Tanaka", "田中浩", True),
    ("JPN", "F", "Yuki", "Sato", "佐藤由纪", True),
    ("THA", "M", "Somchai", "Saetang", "颂猜·谢当", False),
    ("NGA", "M", "Chukwuemeka", "Okafor", "楚库埃梅卡·奥卡福", False),
    ("NGA", "F", "Adaeze", "Nwosu", "阿达泽·恩沃苏", False),
    ("GHA", "M", "Kwame", "Asante-Mensah", "夸梅·阿散蒂-门萨", False),
    ("PAK", "M", "Muhammad Imran", "Khan", "穆罕默德·伊姆兰·汗", False),
    ("IND", "M", "Rajesh Kumar", "Sharma", "拉杰什·库马尔·夏尔马", False),
    ("NOR", "M", "Øyvind", "Håland", "厄于温·霍兰", False),
    ("ITA", "M", "Giuseppe", "D'Angelo", "朱塞佩·丹杰洛", False),
    ("BRA", "M", "João", "da Silva Conceição", "若昂·达席尔瓦·孔塞桑", False),
    ("CAN", "F", "Chloé", "Tremblay", "克洛伊·特朗布莱", False),
    ("AUS", "M", "Liam", "O'Neill", "利亚姆·奥尼尔", False),
    ("ROU", "M", "Ștefan", "Popescu", "斯特凡·波佩斯库", False),
    ("HUN", "F", "Zsófia", "Szabó", "绍博·若菲亚", True),
    ("PHL", "F", "Maria Cristina", "dela Cruz", "玛丽亚·克里斯蒂娜·德拉克鲁斯", False),
    ("IDN", "M", "Budi", "Santoso", "布迪·桑托索", False),
]

# Russian-speaking: surname (male form) with zh, given names with zh, patronymic stems
RU_SURN = [
    ("Иванов", "伊万诺夫"), ("Смирнов", "斯米尔诺夫"), ("Кузнецов", "库兹涅佐夫"), ("Попов", "波波夫"),
    ("Соколов", "索科洛夫"), ("Лебедев", "列别杰夫"), ("Козлов", "科兹洛夫"), ("Новиков", "诺维科夫"),
    ("Морозов", "莫罗佐夫"), ("Волков", "沃尔科夫"), ("Павлов", "巴甫洛夫"), ("Фёдоров", "费奥多罗夫"),
    ("Зайцев", "扎伊采夫"), ("Орлов", "奥尔洛夫"), ("Белоусов", "别洛乌索夫"), ("Щербаков", "谢尔巴科夫"),
    ("Журавлёв", "茹拉夫廖夫"), ("Яковлев", "雅科夫列夫"),
]
RU_GIVEN_M = [("Сергей", "谢尔盖"), ("Алексей", "阿列克谢"), ("Дмитрий", "德米特里"), ("Андрей", "安德烈"),
              ("Михаил", "米哈伊尔"), ("Николай", "尼古拉"), ("Олег", "奥列格"), ("Юрий", "尤里"),
              ("Артём", "阿尔乔姆"), ("Вячеслав", "维亚切斯拉夫")]
RU_GIVEN_F = [("Наталья", "娜塔莉亚"), ("Елена", "叶莲娜"), ("Ольга", "奥莉加"), ("Анна", "安娜"),
              ("Ирина", "伊琳娜"), ("Татьяна", "塔季扬娜"), ("Светлана", "斯韦特兰娜"), ("Юлия", "尤利娅"),
              ("Ксения", "克谢尼娅"), ("Екатерина", "叶卡捷琳娜")]
RU_PATR = ["Сергеев", "Петров", "Александров", "Игорев", "Викторов", "Николаев", "Владимиров", "Юрьев"]
# other Cyrillic-script nationals: (iso3, sex, given, surname, zh)
CYR_OTHER = [
    ("KAZ", "M", "Нурлан", "Сейткалиев", "努尔兰·赛特卡利耶夫"),
    ("KAZ", "F", "Айгерим", "Жаксылыкова", "艾格林·扎克瑟雷科娃"),
    ("KAZ", "M", "Ерлан", "Абдрахманов", "叶尔兰·阿卜杜拉赫曼诺夫"),
    ("UZB", "M", "Бахтиёр", "Каримов", "巴赫季约尔·卡里莫夫"),
    ("UZB", "F", "Дилноза", "Юсупова", "迪尔诺扎·尤苏波娃"),
    ("UZB", "M", "Шерзод", "Рахимов", "舍尔佐德·拉希莫夫"),
    ("KGZ", "M", "Азамат", "Токтогулов", "阿扎马特·托克托古洛夫"),
    ("TJK", "M", "Фаррух", "Назаров", "法鲁赫·纳扎罗夫"),
    ("UKR", "F", "Оксана", "Шевченко", "奥克萨娜·舍甫琴科"),
    ("BLR", "M", "Андрей", "Лукашевич", "安德烈·卢卡舍维奇"),
    ("MNG", "M", "Батбаяр", "Ганбаатар", "巴特巴雅尔·甘巴特尔"),
    ("MNG", "F", "Оюунчимэг", "Дорж", "敖云其木格·道尔吉"),
]
TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
    "ь": "", "э": "e", "ю": "iu", "я": "ia", "ү": "u", "ө": "o", "қ": "k", "ң": "n", "ғ": "g", "ұ": "u", "і": "i",
}


def translit(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        if low in TRANSLIT:
            t = TRANSLIT[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


AR_GIVEN_M = [("محمد", "Mohammed", "穆罕默德"), ("أحمد", "Ahmed", "艾哈迈德"), ("علي", "Ali", "阿里"),
              ("عمر", "Omar", "奥马尔"), ("خالد", "Khaled", "哈立德"), ("يوسف", "Youssef", "优素福"),
              ("إبراهيم", "Ibrahim", "易卜拉欣"), ("مصطفى", "Mustafa", "穆斯塔法"), ("عبد الله", "Abdullah", "阿卜杜拉"),
              ("سعيد", "Sa'id", "赛义德"), ("طارق", "Tariq", "塔里克"), ("ياسر", "Yasser", "亚西尔"), ("حمزة", "Hamza", "哈姆扎")]
AR_GIVEN_F = [("فاطمة", "Fatima", "法蒂玛"), ("مريم", "Maryam", "麦尔彦"), ("نور", "Nour", "努尔"), ("ليلى", "Layla", "莱拉"),
              ("سارة", "Sara", "萨拉"), ("هدى", "Huda", "胡达"), ("أمل", "Amal", "阿迈勒"), ("رنا", "Rana", "拉娜")]
AR_FATHER = [("حسن", "Hassan", "哈桑"), ("محمود", "Mahmoud", "马哈茂德"), ("عبد الرحمن", "Abdel-Rahman", "阿卜杜勒-拉赫曼"),
             ("صالح", "Saleh", "萨利赫"), ("جمال", "Jamal", "贾迈勒"), ("كريم", "Karim", "卡里姆")]
# (arabic, latin, zh, nations)
AR_FAMILY = [
    ("العتيبي", "Al-Otaibi", "欧泰比", ("SAU", "KWT")), ("الشمري", "Al-Shammari", "沙马里", ("SAU", "IRQ")),
    ("الزهراني", "Al-Zahrani", "扎赫拉尼", ("SAU",)), ("المصري", "El-Masry", "马斯里", ("EGY",)),
    ("عبد الفتاح", "Abdel Fattah", "阿卜杜勒·法塔赫", ("EGY",)), ("حداد", "Haddad", "哈达德", ("LBN", "SYR", "JOR")),
    ("منصور", "Mansour", "曼苏尔", ("LBN", "PSE")), ("الخطيب", "Al-Khatib", "哈提卜", ("JOR", "PSE")),
    ("الدوري", "Al-Douri", "杜里", ("IRQ",)), ("بن علي", "Ben Ali", "本·阿里", ("TUN",)),
    ("بوزيد", "Bouzid", "布齐德", ("DZA",)), ("العلوي", "El Alaoui", "阿拉维", ("MAR",)),
    ("الأحمر", "Al-Ahmar", "艾哈迈尔", ("YEM",)), ("المهيري", "Al Muhairi", "穆海里", ("ARE",)),
    ("عثمان", "Osman", "奥斯曼", ("SDN",)), ("الطرابلسي", "Trabelsi", "特拉布尔西", ("LBY", "TUN")),
    ("الحلبي", "Al-Halabi", "哈拉比", ("SYR",)), ("البلوشي", "Al Balushi", "巴卢希", ("OMN",)),
    ("الكواري", "Al-Kuwari", "库瓦里", ("QAT",)),
]

HAN_SURN = [*"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤", "欧阳", "司马", "上官", "诸葛"]
HAN_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯鹏飞晨雪琳欣怡思远博嘉佳子轩梓涵雨萱俊峰海波志国庆东春梅兰")


class Person:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def rand_dob(lo: int = 1962, hi: int = 2003) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def han_person() -> Person:
    sur = R.choice(HAN_SURN)
    given = "".join(R.sample(HAN_GIVEN, R.choice((1, 2, 2, 2))))
    return Person(nat="CHN", sex=R.choice("MF"), zh=sur + given, sur_zh=sur, native=sur + given,
                  latin=None, given=None, surname=None, dob=rand_dob(1955, 2000), script="han")


def western_person(nat: str | None = None) -> Person:
    pool = [w for w in WESTERN if nat is None or w[0] == nat]
    iso3, sex, given, sur, zh, sfirst = R.choice(pool)
    latin = f"{sur} {given}" if sfirst else f"{given} {sur}"
    return Person(nat=iso3, sex=sex, zh=zh, native=latin, latin=latin, given=given, surname=sur,
                  dob=rand_dob(), script="latin", sur_zh=zh.split("·")[-1] if "·" in zh else zh)


def cyr_person(nat: str | None = None) -> Person:
    if nat in (None, "RUS") and (nat == "RUS" or R.random() < 0.6):
        sex = R.choice("MF")
        sur, sur_zh = R.choice(RU_SURN)
        given, given_zh = R.choice(RU_GIVEN_M if sex == "M" else RU_GIVEN_F)
        patr = R.choice(RU_PATR) + ("ич" if sex == "M" else "на")
        if sex == "F":
            sur = sur + "а"
            sur_zh = sur_zh[:-1] + "娃"
        native_full = f"{sur} {given} {patr}"
        iso3 = "RUS"
        zh = f"{given_zh}·{sur_zh}"
    else:
        pool = [c for c in CYR_OTHER if nat is None or c[0] == nat]
        iso3, sex, given, sur, zh = R.choice(pool)
        patr = None
        native_full = f"{sur} {given}"
        sur_zh = zh.split("·")[-1]
    return Person(nat=iso3, sex=sex, zh=zh, sur_zh=sur_zh, native=native_full, cyr_sur=sur, cyr_given=given,
                  patr=patr, latin=f"{translit(given)} {translit(sur)}", given=translit(given),
                  surname=translit(sur), dob=rand_dob(), script="cyrillic")


def arab_person(nat: str | None = None) -> Person:
    fams = [f for f in AR_FAMILY if nat is None or nat in f[3]]
    fam_ar, fam_lat, fam_zh, nats = R.choice(fams)
    iso3 = nat or R.choice(nats)
    sex = "M" if R.random() < 0.72 else "F"
    g_ar, g_lat, g_zh = R.choice(AR_GIVEN_M if sex == "M" else AR_GIVEN_F)
    f_ar, f_lat, f_zh = R.choice(AR_FATHER)
    if R.random() < 0.5:
        native = f"{g_ar} {f_ar} {fam_ar}"
        latin = f"{g_lat} {f_lat} {fam_lat}"
        zh = f"{g_zh}·{f_zh}·{fam_zh}"
        given = f"{g_lat} {f_lat}"
    else:
        native = f"{g_ar} {fam_ar}"
        latin = f"{g_lat} {fam_lat}"
        zh = f"{g_zh}·{fam_zh}"
        given = g_lat
    return Person(nat=iso3, sex=sex, zh=zh, sur_zh=fam_zh, native=native, latin=latin, given=given,
                  surname=fam_lat, ar_given=g_ar, ar_family=fam_ar, dob=rand_dob(), script="arabic")


def any_foreigner() -> Person:
    x = R.random()
    if x < 0.5:
        return western_person()
    if x < 0.75:
        return cyr_person()
    return arab_person()


def latin_variant(p: Person, style: str | None = None) -> str:
    """Different ways a Latin-script name is written in records."""
    style = style or R.choice(["plain", "plain", "upper", "comma", "lower", "surfirst"])
    g, s = p.given, p.surname
    if style == "upper":
        return f"{s.upper()} {g.upper()}"
    if style == "comma":
        return f"{s.upper()}, {g}"
    if style == "lower":
        return p.latin.lower()
    if style == "surfirst":
        return f"{s} {g}"
    return p.latin


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
             "twenty-ninth", "thirtieth", "thirty-first"]


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    if style == "cn":
        return f"{y}年{m}月{dd}日"
    if style == "cn0":
        return f"{y}年{m:02d}月{dd:02d}日"
    if style == "cnnum":
        return f"{cn_digits(str(y))}年{cn_small(m)}月{cn_small(dd)}日"
    if style == "cnyy":
        return f"{y % 100:02d}年{m}月{dd}日"
    if style == "fw":
        return to_fw(f"{y}年{m}月{dd}日")
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "cndot":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "slash_ymd":
        return f"{y}/{m}/{dd}"
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dotyy":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if style == "dmy":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmyy":
        return f"{dd}/{m}/{y % 100:02d}"
    if style == "mdy":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "en_dmy":
        return f"{dd} {EN_MON[m - 1]} {y}"
    if style == "en_mdy":
        return f"{EN_MON[m - 1]} {dd}, {y}"
    if style == "en_abbr":
        return f"{dd:02d}-{EN_MON[m - 1][:3].upper()}-{y}"
    if style == "en_abbr2":
        return f"{dd} {EN_MON[m - 1][:3]} {y % 100:02d}"
    if style == "en_words":
        return f"the {ORD_WORDS[dd - 1]} of {EN_MON[m - 1]} {y}"
    if style == "ru_long":
        return f"{dd} {RU_MON_GEN[m - 1]} {y} г."
    if style == "ru_long2":
        return f"{dd:02d} {RU_MON_GEN[m - 1]} {y}"
    if style == "ar_slash":
        return to_ar(f"{dd}/{m}/{y}")
    if style == "ar_long":
        return f"{to_ar(str(dd))} {AR_MON[m - 1]} {to_ar(str(y))}"
    if style == "ar_long_lat":
        return f"{dd} {AR_MON[m - 1]} {y}"
    if style == "ar_iso":
        return to_ar(f"{y}-{m:02d}-{dd:02d}")
    raise ValueError(style)


ZH_DATE_STYLES = ["cn", "cn", "cn0", "cnnum", "cnyy", "fw", "iso", "cndot", "slash_ymd", "compact"]
EN_DATE_STYLES = ["en_dmy", "en_mdy", "en_abbr", "en_abbr2", "dmy", "mdy", "iso", "dot", "en_words", "dmyy"]
RU_DATE_STYLES = ["dot", "dot", "ru_long", "ru_long2", "dotyy", "cn", "iso", "cnnum"]
AR_DATE_STYLES = ["ar_slash", "ar_long", "ar_long_lat", "ar_iso", "dmy", "cn", "iso", "cn0"]


def rand_event_date(year: int = 2024) -> dt.date:
    return dt.date(year, R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------

def dg(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def up(n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def passport_for(nat: str) -> str:
    """Passport number shaped like the issuing country's booklets (invented)."""
    if nat == "CHN":
        k = R.random()
        if k < 0.45:
            return "E" + dg(8)
        if k < 0.75:
            return "E" + up(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + dg(7)
        return "G" + dg(8)
    table = {
        "RUS": lambda: R.choice(["75", "76", "72", "65"]) + dg(7),
        "KAZ": lambda: "N" + dg(8), "UZB": lambda: R.choice(["FA", "AA", "AD"]) + dg(7),
        "KGZ": lambda: "AC" + dg(7), "TJK": lambda: "40" + dg(7), "BLR": lambda: R.choice(["MP", "KH", "HB"]) + dg(7),
        "UKR": lambda: R.choice(["FA", "FB", "EK"]) + dg(6), "MNG": lambda: "E" + dg(7),
        "USA": lambda: R.choice(["5", "6", "A"]) + dg(8), "GBR": lambda: "1" + dg(8), "IRL": lambda: "P" + up(1) + dg(7),
        "CAN": lambda: up(2) + dg(6), "AUS": lambda: R.choice(["PA", "PB", "N"]) + dg(7),
        "DEU": lambda: R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FRA": lambda: dg(2) + up(2) + dg(5), "NLD": lambda: up(2) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + dg(1),
        "ITA": lambda: "Y" + up(1) + dg(7), "ESP": lambda: "PA" + up(1) + dg(6), "POL": lambda: "E" + up(1) + dg(7),
        "CZE": lambda: dg(8), "TUR": lambda: "U" + dg(8), "VNM": lambda: R.choice("BCN") + dg(7),
        "KOR": lambda: "M" + dg(3) + up(1) + dg(4), "JPN": lambda: R.choice(["TK", "TR", "MZ"]) + dg(7),
        "THA": lambda: "A" + up(1) + dg(7), "NGA": lambda: "A" + dg(8), "GHA": lambda: "G" + dg(7),
        "PAK": lambda: up(2) + dg(7), "IND": lambda: up(1) + dg(7), "NOR": lambda: dg(8), "BRA": lambda: up(2) + dg(6),
        "ROU": lambda: "0" + dg(8), "HUN": lambda: up(2) + dg(7), "PHL": lambda: "P" + dg(7) + up(1), "IDN": lambda: "C" + dg(7),
        "SAU": lambda: up(1) + dg(8), "EGY": lambda: "A" + dg(8), "JOR": lambda: R.choice(["N", "R", "T"]) + dg(6),
        "SYR": lambda: "N" + dg(9), "IRQ": lambda: R.choice(["A", "B"]) + dg(8), "YEM": lambda: "0" + dg(7),
        "MAR": lambda: up(2) + dg(7), "DZA": lambda: dg(9), "SDN": lambda: "P" + dg(8), "ARE": lambda: up(1) + dg(7),
        "LBN": lambda: "LR" + dg(7), "PSE": lambda: dg(7), "LBY": lambda: up(2) + dg(6), "TUN": lambda: up(1) + dg(6),
        "OMN": lambda: dg(8), "KWT": lambda: "P" + dg(8), "QAT": lambda: up(2) + dg(7),
    }
    return table[nat]()


def fmt_passport(num: str) -> str:
    """Occasional visual grouping (Russian 75 1234567, spaced)."""
    if len(num) == 9 and num.isdigit() and R.random() < 0.5:
        return f"{num[:2]} {num[2:]}"
    return num


RIC_AREAS = ["110105", "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "330102",
             "330106", "330702", "230102", "230104", "230108", "231002", "231003", "231004", "231005", "230602",
             "440103", "440105", "440111", "440303", "440304", "120101", "350203", "532502", "410105", "330204",
             "650103", "650104", "650105", "530111", "530112", "210102", "210211", "440104", "440106", "230103",
             "650102", "530102", "152501", "210202", "370202", "320106", "420106", "610113", "222401", "652101"]


def id_card(dob: dt.date | None = None, sex: str | None = None) -> str:
    while True:
        dob = dob or rand_dob(1955, 2000)
        seq = dg(2) + str(R.choice("13579") if sex == "M" else R.choice("02468") if sex == "F" else R.choice(string.digits))
        body = R.choice(RIC_AREAS) + dob.strftime("%Y%m%d") + seq
        num = body + gb11643_check(body)
        if std_ric.is_valid(num):
            return num


PR_PROV = ["11", "31", "44", "33", "23", "65", "53", "15", "32", "21"]


def pr_new(p: Person) -> str:
    body = "9" + R.choice(PR_PROV) + NATIONS[p.nat][3] + p.dob.strftime("%Y%m%d") + dg(3)
    return body + gb11643_check(body)


def pr_old(p: Person) -> str:
    return p.nat + R.choice(PR_PROV) + dg(2) + p.dob.strftime("%y%m%d") + dg(2)


def permanent_residence(p: Person) -> str:
    return pr_new(p) if R.random() < 0.55 else pr_old(p)


def residence_permit(kind: str) -> str:
    if kind == "cn":
        return R.choice(["Y", "Y", "J", "R"]) + dg(9)
    if kind == "ru":
        return R.choice(["82 ", "82", "83 "]) + dg(7)
    if kind == "kr":
        return f"{rand_dob(1970, 2000).strftime('%y%m%d')}-{R.choice('5678')}{dg(6)}"
    if kind == "jp":
        return up(2) + dg(8) + up(2)
    if kind == "sa":
        return "2" + dg(9)
    if kind == "ae":
        return f"{R.choice(['201', '101', '301'])}/{R.randint(2018, 2024)}/{R.randint(1, 9)}/{dg(6)}"
    if kind == "kz":
        return "0" + dg(8)
    if kind == "de":
        return "Y" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    raise ValueError(kind)


def visa_no(kind: str) -> str:
    if kind == "cn":
        return R.choice(["V", "V", "L", "M"]) + dg(8) if R.random() < 0.7 else dg(9)
    if kind == "schengen":
        return R.choice(["ITA", "FRA", "DEU", "ESP", "NLD"]) + dg(9)
    if kind == "us":
        return dg(8)
    if kind == "ru":
        return R.choice(["30", "31", "36"]) + dg(7)
    if kind == "sa":
        return "6" + dg(9)
    if kind == "ae":
        return f"{R.choice(['101', '102'])}/{R.randint(2022, 2024)}/{dg(7)}"
    if kind == "kr":
        return "R" + dg(8)
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

CN_MOB_PREFIX = ["139", "138", "186", "150", "177", "199", "135", "158", "182", "166", "137", "189", "152", "131"]
CN_AREA = ["21", "10", "20", "579", "451", "453", "470", "991", "871", "755", "411"]
PNT = phonenumbers.PhoneNumberType


def phone_obj(region: str, kind: str = "mobile"):
    if region == "CN" and kind == "mobile":
        for _ in range(500):
            num = phonenumbers.parse("+86" + R.choice(CN_MOB_PREFIX) + dg(8))
            if phonenumbers.is_valid_number(num):
                return num
    if region == "CN" and kind == "fixed":
        for _ in range(500):
            area = R.choice(CN_AREA)
            num = phonenumbers.parse("+86" + area + R.choice("2345678") + dg(7 if len(area) == 2 else 6 + R.choice((0, 1))))
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == PNT.FIXED_LINE:
                return num
    want = PNT.MOBILE if kind == "mobile" else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, want)
    nsn = str(ex.national_number)
    for keep in (1, 2, 3, 4):
        for _ in range(400):
            cand = nsn[:keep] + dg(len(nsn) - keep)
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (want, PNT.FIXED_LINE_OR_MOBILE):
                return num
    raise RuntimeError(region)


PHONE_STYLES = ["e164", "intl", "intl", "nat", "nat", "00", "plain", "dash", "paren"]


def ph(region: str, style: str | None = None, kind: str = "mobile", digits: str = "ascii") -> tuple:
    """A ('phone', display, (parse_string, region)) tuple for Doc.add."""
    num = phone_obj(region, kind)
    style = style or R.choice(PHONE_STYLES)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    cc = str(num.country_code)
    nsn = str(num.national_number)
    if style == "e164":
        disp, parse = e164, (e164, None)
    elif style == "intl":
        disp, parse = intl, (intl, None)
    elif style == "nat":
        disp, parse = nat, (nat, region)
    elif style == "00":
        disp = "00" + intl[1:]
        parse = ("+" + intl[1:], None)
    elif style == "plain":
        disp, parse = cc + nsn, ("+" + cc + nsn, None)
    elif style == "dash":
        disp = "+" + cc + "-" + "-".join(re.split(r"[ \-]", intl)[1:])
        parse = (disp, None)
    elif style == "paren":
        disp = f"(+{cc}) {intl.split(' ', 1)[1]}"
        parse = (disp, None)
    elif style == "cn344":
        disp, parse = f"{nsn[:3]}-{nsn[3:7]}-{nsn[7:]}", (nsn, region)
    elif style == "cn344s":
        disp, parse = f"{nsn[:3]} {nsn[3:7]} {nsn[7:]}", (nsn, region)
    elif style == "nsn":
        disp, parse = nsn, (nsn, region)
    else:
        raise ValueError(style)
    if digits == "ar":
        disp = to_ar(disp)
    elif digits == "fw":
        disp = to_fw(disp)
    return ("phone", disp, parse)


def cn_mobile(style: str | None = None, digits: str = "ascii") -> tuple:
    return ph("CN", style or R.choice(["nsn", "nsn", "cn344", "cn344s", "e164", "intl", "paren"]), digits=digits)


# ---------------------------------------------------------------------------
# online identities
# ---------------------------------------------------------------------------

def ascii_name(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def handle_base(p: Person) -> str:
    if p.latin is None:
        base = R.choice(["xiaowang", "ahua", "dongdong", "jiejie", "laozhang", "mingming", "sunny", "tiger"])
        return base + dg(R.choice((2, 3, 4)))
    g = re.sub(r"[^a-z]", "", ascii_name(p.given.split()[0]).lower())
    s = re.sub(r"[^a-z]", "", ascii_name(p.surname).lower())
    return R.choice([f"{g}_{s}", f"{g}.{s[:3]}", f"{s}{dg(2)}", f"{g}{s[0]}{dg(4)}", f"{g}_{dg(3)}", f"{s}_{g[:1]}"])


def wechat_id(p: Person) -> str:
    if R.random() < 0.35:
        return "wxid_" + "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(14))
    h = handle_base(p).replace(".", "_")
    if not h[0].isalpha():
        h = "a" + h
    return h[:20]


def other_im(p: Person) -> str:
    h = handle_base(p)
    return R.choice([
        f"vk.com/id{R.randint(10**7, 10**9)}", f"vk.com/{h.replace('.', '_')}", f"instagram.com/{h}", f"@{h}",
        f"live:.cid.{''.join(R.choice('0123456789abcdef') for _ in range(16))}", f"viber://chat?number=%2B{dg(11)}",
        f"line.me/ti/p/~{h}", f"snapchat.com/add/{h.replace('_', '.')}",
    ])


def qq_no() -> str:
    return str(R.randint(1, 9)) + dg(R.choice((7, 8, 9)))


def telegram(p: Person) -> str:
    h = handle_base(p).replace(".", "_")
    if len(h) < 5:
        h += dg(3)
    return R.choice(["@", "@", "t.me/"]) + h


def email_for(p: Person, region: str = "") -> str:
    base = handle_base(p)
    doms = {
        "RU": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "gmail.com"], "KZ": ["mail.kz", "gmail.com", "mail.ru"],
        "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
        "AR": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "live.com"],
    }.get(region, ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "web.de", "hotmail.fr", "icloud.com"])
    return f"{base}@{R.choice(doms)}"


# ---------------------------------------------------------------------------
# money
# ---------------------------------------------------------------------------

CARD_PREFIX = {
    "unionpay": (["621700", "622202", "622848", "621483", "622588", "623058", "621226", "625965"], (16, 19)),
    "visa": (["4"], (16,)), "mastercard": (["51", "53", "55", "2221", "2720"], (16,)),
    "amex": (["34", "37"], (15,)), "jcb": (["3528", "3566", "3589"], (16,)), "mir": (["2200", "2202", "2204"], (16,)),
    "discover": (["6011"], (16,)), "humo": (["9860"], (16,)), "uzcard": (["8600"], (16,)),
}


def bank_card(network: str | None = None, grouping: str | None = None) -> str:
    network = network or R.choice(list(CARD_PREFIX))
    prefixes, lengths = CARD_PREFIX[network]
    n = R.choice(lengths)
    num = luhn_complete(R.choice(prefixes), n)
    grouping = grouping or R.choice(["none", "space4", "space4", "dash4"])
    if grouping == "none":
        return num
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = " " if grouping == "space4" else "-"
    return sep.join(num[i:i + 4] for i in range(0, n, 4))


IBAN_CC = ["DE", "GB", "FR", "AE", "SA", "EG", "JO", "KZ", "TR", "PK", "UA", "BY", "IT", "NL", "CH", "QA",
           "BH", "KW", "LB", "IQ", "PS", "TN", "PL", "GE", "AZ", "LY", "OM"]


def iban_for(cc: str, grouping: str | None = None) -> str:
    info = std_iban._ibandb.info(cc + "00")[0][1]
    struct = info["bban"]
    for _ in range(200):
        bban = ""
        for cnt, kind in re.findall(r"(\d+)!([nac])", struct):
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            if kind == "c":
                alphabet = string.digits
            bban += "".join(R.choice(alphabet) for _ in range(int(cnt)))
        val = iban_make(cc, bban)
        if std_iban.is_valid(val):
            break
    else:
        raise RuntimeError(cc)
    grouping = grouping or R.choice(["none", "space4", "space4"])
    if grouping == "space4":
        return " ".join(val[i:i + 4] for i in range(0, len(val), 4))
    return val


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------

# (full prefix, short prefix, streets, compounds)
CN_PLACES = [
    ("浙江省义乌市稠城街道", "义乌市", ["宾王路", "工人北路", "城中中路", "稠州北路", "银海路", "江滨北路"], ["宾王小区", "江东新村", "下朱新村", "银海花园"]),
    ("浙江省义乌市福田街道", "义乌市", ["福田路", "诚信大道", "商城大道", "春华路"], ["福田花园", "国际商贸城宿舍区", "春华苑"]),
    ("广东省广州市越秀区", "广州市越秀区", ["小北路", "环市中路", "登峰路", "淘金路"], ["登峰花园", "宝汉公寓", "金羊大厦"]),
    ("广东省广州市白云区", "广州市白云区", ["广园西路", "三元里大道", "机场路"], ["金桂园", "白云新城"]),
    ("上海市浦东新区", "浦东新区", ["张杨路", "浦东南路", "世纪大道", "东方路"], ["仁恒滨江园", "锦绣苑", "潍坊新村"]),
    ("上海市长宁区", "长宁区", ["古北路", "延安西路", "虹桥路", "仙霞路"], ["古北国际花园", "虹桥新城", "名都城"]),
    ("北京市朝阳区", "朝阳区", ["雅宝路", "三里屯路", "日坛北路", "工体北路", "东大桥路"], ["日坛公寓", "三里屯SOHO", "光华里小区"]),
    ("黑龙江省绥芬河市", "绥芬河市", ["通天路", "光明街", "青云路", "文化街"], ["青云小区", "阳光家园"]),
    ("内蒙古自治区满洲里市", "满洲里市", ["中苏路", "一道街", "五道街", "海关路"], ["北区小区", "国门花园"]),
    ("黑龙江省黑河市爱辉区", "黑河市", ["中央街", "海兰街", "王肃街"], ["大黑河岛公寓", "江畔花园"]),
    ("新疆维吾尔自治区乌鲁木齐市天山区", "乌鲁木齐市", ["解放南路", "团结路", "新华南路"], ["二道桥小区", "和平花园"]),
    ("云南省昆明市五华区", "昆明市", ["青年路", "东风西路", "人民中路"], ["翠湖花园", "金碧苑"]),
    ("黑龙江省哈尔滨市南岗区", "哈尔滨市", ["红军街", "西大直街", "果戈里大街"], ["中山花园", "大成小区"]),
    ("广东省深圳市福田区", "深圳市福田区", ["华强北路", "深南中路", "福中路"], ["皇岗花园", "彩田村"]),
]
HOTELS = ["如家酒店", "锦江之星", "汉庭酒店", "格林豪泰酒店", "7天连锁酒店", "维也纳国际酒店", "华美达广场酒店", "国际贸易大厦宾馆", "友谊宾馆"]


def cn_address(style: str | None = None, place: tuple | None = None) -> str:
    full, short, streets, compounds = place or R.choice(CN_PLACES)
    street = R.choice(streets)
    no = R.randint(3, 1580)
    bld, unit, room = R.randint(1, 28), R.randint(1, 6), R.randint(1, 32) * 100 + R.randint(1, 12)
    style = style or R.choice(["full", "full", "short", "cnnum", "compound", "dash", "hotel", "hotel", "zuo"])
    head = full if R.random() < 0.6 else short
    if style == "full":
        return f"{head}{street}{no}号{bld}幢{unit}单元{room}室"
    if style == "short":
        return f"{short}{street}{no}号{R.choice(['', str(bld) + '楼'])}{room}室"
    if style == "cnnum":
        return f"{head}{street}{cn_int(no)}号{cn_small(bld)}号楼{cn_small(unit)}单元{cn_digits(str(room))}室"
    if style == "compound":
        return f"{head}{street}{no}弄{R.choice(compounds)}{bld}号{room}室"
    if style == "dash":
        return f"{short}{R.choice(compounds)}{bld}-{unit}-{room}"
    if style == "zuo":
        return f"{head}{street}{no}号{R.choice(compounds)}{R.choice('ABCD')}座{room}"
    if style == "hotel":
        hotel = R.choice(HOTELS)
        branch = R.choice(["", f"（{short.replace('市', '')}{street}店）"])
        return f"{head}{street}{no}号{hotel}{branch}{room}{R.choice(['房', '房间', '室'])}"
    raise ValueError(style)


RU_ADDR = [
    lambda: f"г. Владивосток, ул. Светланская, д. {R.randint(1, 200)}, кв. {R.randint(1, 150)}",
    lambda: f"690{dg(3)}, Приморский край, г. Уссурийск, ул. Некрасова, д. {R.randint(1, 120)}, кв. {R.randint(1, 90)}",
    lambda: f"Хабаровск, ул. Карла Маркса {R.randint(1, 180)}-{R.randint(1, 99)}",
    lambda: f"г. Чита, ул. Ленина, д. {R.randint(1, 160)}, кв. {R.randint(1, 80)}",
    lambda: f"Иркутск, ул. Байкальская, {R.randint(100, 300)}/{R.randint(1, 9)}, кв. {R.randint(1, 120)}",
    lambda: f"г. Благовещенск, ул. Амурская, д. {R.randint(1, 250)}, кв. {R.randint(1, 60)}",
    lambda: f"Москва, Ленинский проспект, д. {R.randint(1, 150)}, корп. {R.randint(1, 5)}, кв. {R.randint(1, 300)}",
    lambda: f"г. Алматы, мкр. Самал-2, д. {R.randint(1, 99)}, кв. {R.randint(1, 99)}",
    lambda: f"г. Ташкент, Юнусабадский р-н, кв-л {R.randint(1, 19)}, д. {R.randint(1, 40)}, кв. {R.randint(1, 60)}",
    lambda: f"г. Минск, пр-т Независимости, д. {R.randint(1, 180)}, кв. {R.randint(1, 120)}",
    lambda: f"г. Бишкек, ул. Киевская, {R.randint(1, 200)}, кв. {R.randint(1, 50)}",
    lambda: f"Новосибирск, Красный проспект, {R.randint(1, 300)}, кв. {R.randint(1, 200)}",
    lambda: f"Улаанбаатар, Сүхбаатар дүүрэг, {R.randint(1, 9)}-р хороо, {R.randint(1, 60)}-р байр, {R.randint(1, 120)} тоот",
]
AR_ADDR = [
    lambda: f"الرياض، حي العليا، شارع التحلية، مبنى {to_ar(str(R.randint(1, 99)))}، شقة {to_ar(str(R.randint(1, 30)))}",
    lambda: f"القاهرة، مدينة نصر، {to_ar(str(R.randint(1, 120)))} شارع عباس العقاد، الشقة {to_ar(str(R.randint(1, 40)))}",
    lambda: f"عمّان، جبل عمّان، شارع الرينبو، عمارة {R.randint(1, 60)}",
    lambda: f"دبي، ديرة، شارع المرقبات، بناية {to_ar(str(R.randint(1, 40)))}، شقة {to_ar(str(R.randint(101, 909)))}",
    lambda: f"بغداد، الكرادة، محلة {R.randint(900, 929)}، زقاق {R.randint(1, 40)}، دار {R.randint(1, 60)}",
    lambda: f"الدار البيضاء، حي المعاريف، زنقة {R.randint(1, 90)} رقم {R.randint(1, 40)}",
    lambda: f"صنعاء، شارع حدة، عمارة {to_ar(str(R.randint(1, 30)))}",
    lambda: f"جدة، حي الروضة، شارع الأمير سلطان، فيلا {R.randint(1, 80)}",
    lambda: f"بيروت، الحمراء، شارع المقدسي، بناية {R.randint(1, 50)}، الطابق {to_ar(str(R.randint(1, 9)))}",
    lambda: f"تونس العاصمة، نهج {R.choice(['ابن خلدون', 'الجزيرة'])} عدد {R.randint(1, 99)}",
]
EN_ADDR = [
    lambda: f"Flat {R.randint(1, 40)}, {R.randint(1, 200)} Kings Road, London SW3 {R.randint(1, 9)}ND",
    lambda: f"{R.randint(100, 9999)} Maple Avenue, Apt {R.randint(1, 9)}B, Columbus, OH 432{dg(2)}",
    lambda: f"Hauptstraße {R.randint(1, 150)}, 10{dg(3)} Berlin",
    lambda: f"{R.randint(1, 80)} rue de la Paix, 750{dg(2)} Paris",
    lambda: f"ul. Marszałkowska {R.randint(1, 140)}/{R.randint(1, 99)} m. {R.randint(1, 40)}, 00-{dg(3)} Warszawa",
    lambda: f"Villa {R.randint(1, 90)}, Street {R.randint(1, 30)}b, Al Barsha 1, Dubai",
    lambda: f"Building {R.randint(1, 99)}, Olaya Street, Riyadh 122{dg(2)}",
    lambda: f"{R.randint(1, 60)} Awolowo Road, Ikoyi, Lagos",
    lambda: f"Room {R.randint(1, 30)}0{R.randint(1, 9)}, Unit {R.randint(1, 4)}, Building {R.randint(1, 20)}, No. {R.randint(1, 999)} Zhangyang Road, Pudong, Shanghai",
    lambda: f"No. {R.randint(1, 300)} Binwang Road, Flat {R.randint(2, 20)}0{R.randint(1, 6)}, Yiwu, Zhejiang",
    lambda: f"Calle de Alcalá {R.randint(1, 300)}, 3º izq., 280{dg(2)} Madrid",
    lambda: f"{R.randint(1, 99)}/{R.randint(1, 9)} Moo {R.randint(1, 12)}, Sukhumvit Soi {R.randint(1, 71)}, Bangkok 10110",
]


# ---------------------------------------------------------------------------
# plates
# ---------------------------------------------------------------------------

CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PL_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def cn_plate(kind: str | None = None) -> str:
    prov = R.choice(CN_PROV)
    city = R.choice(PL_LET[:12])
    kind = kind or R.choice(["std", "std", "std", "nev", "nev", "nevl", "police", "learner", "consulate", "embassy", "hk", "trailer"])
    dot = R.choice(["", "", "·", " "])
    if kind == "std":
        tail = list(dg(5))
        for i in R.sample(range(5), R.choice((0, 1, 1, 2))):
            tail[i] = R.choice(PL_LET)
        return f"{prov}{city}{dot}{''.join(tail)}"
    if kind == "nev":
        return f"{prov}{city}{dot}{R.choice('DF')}{R.choice([dg(1), R.choice(PL_LET)])}{dg(4)}"
    if kind == "nevl":
        return f"{prov}{city}{dot}{dg(5)}{R.choice('DF')}"
    if kind == "police":
        return f"{prov}{city}{dot}{dg(4)}警"
    if kind == "learner":
        return f"{prov}{city}{dot}{dg(4)}学"
    if kind == "trailer":
        return f"{prov}{city}{dot}{dg(4)}挂"
    if kind == "consulate":
        return f"{R.choice('沪粤川辽')}A{dot}{dg(4)}领"
    if kind == "embassy":
        return f"使{R.randint(100, 299)}{dot}{dg(3)}"
    if kind == "hk":
        return f"粤Z{dot}{R.choice(PL_LET)}{dg(3)}{R.choice('港澳')}"
    raise ValueError(kind)


RU_PL = "АВЕКМНОРСТУХ"


def foreign_plate(kind: str) -> str:
    if kind == "ru":
        reg = R.choice(["25", "27", "125", "75", "28", "38", "77", "54"])
        p = f"{R.choice(RU_PL)}{dg(3)}{R.choice(RU_PL)}{R.choice(RU_PL)}"
        return R.choice([f"{p}{reg}", f"{p} {reg}", f"{p[0]} {p[1:4]} {p[4:]} {reg}", f"{p}{reg} RUS"])
    if kind == "kz":
        return f"{dg(3)} {up(3, 'ABCDEFHKLMNOPRSTXZ')} {R.choice(['02', '01', '05', '15'])}"
    if kind == "mn":
        return f"{dg(4)} {R.choice(['УБА', 'УБН', 'УНА', 'ДОА'])}"
    if kind == "by":
        return f"{dg(4)} {up(2, 'ABEIKMHOPCTX')}-{R.randint(1, 7)}"
    if kind == "uz":
        return f"{R.choice(['01', '10', '30'])} {up(1)} {dg(3)} {up(2)}"
    if kind == "ae":
        return f"{R.choice(['Dubai', 'DUBAI', 'Sharjah', 'Abu Dhabi'])} {up(1)} {dg(R.choice((4, 5)))}"
    if kind == "sa":
        return f"{up(3, 'ABJDRSXTEGKLZNHUV')} {dg(4)}"
    if kind == "sa_ar":
        return f"{' '.join(R.sample('أبحدرسصطعقكلمنهوى', 3))} {to_ar(dg(4))}"
    if kind == "eg":
        return f"{' '.join(R.sample('أبجدرسصطعفقلمنهوى', 3))} {to_ar(str(R.randint(100, 9999)))}"
    if kind == "jo":
        return f"{R.randint(10, 50)}-{dg(5)}"
    if kind == "de":
        return f"{R.choice(['B', 'M', 'HH', 'F', 'K'])}-{up(2)} {R.randint(10, 9999)}{R.choice(['', '', 'E'])}"
    if kind == "uk":
        return f"{up(2)}{dg(2)} {up(3)}"
    if kind == "us":
        return f"{R.randint(1, 9)}{up(3)}{dg(3)}"
    if kind == "vn":
        return f"{R.randint(11, 99)}{up(1)}-{dg(3)}.{dg(2)}"
    if kind == "kr":
        return f"{R.randint(10, 399)}{R.choice('가나다라마거너더러머버서어저')} {dg(4)}"
    if kind == "tr":
        return f"{R.choice(['34', '06', '35'])} {up(3)} {dg(3)}"
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# MRZ (ICAO 9303)
# ---------------------------------------------------------------------------

MRZ_SUBST = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Ø": "OE", "Æ": "AE", "ß": "SS", "Þ": "TH", "Ł": "L", "Ñ": "N"}


def mrz_name(s: str) -> str:
    s = s.upper()
    s = "".join(MRZ_SUBST.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isascii())
    s = re.sub(r"[^A-Z]+", "<", s.replace("'", ""))
    return s.strip("<")


def mrz_names(p: Person, width: int) -> str:
    field = f"{mrz_name(p.surname)}<<{mrz_name(p.given)}"
    return (field + "<" * width)[:width]


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def mrz_expiry() -> dt.date:
    return dt.date(R.randint(2025, 2034), R.randint(1, 12), R.randint(1, 28))


MRZ_STATE = {"DEU": "D<<"}


def mrz_td3(p: Person, docno: str, issuer: str | None = None) -> list[str]:
    issuer = MRZ_STATE.get(issuer or p.nat, issuer or p.nat)
    nat = MRZ_STATE.get(p.nat, p.nat)
    doc_code = "PO" if p.nat == "CHN" else "P<"
    l1 = _pad(doc_code + issuer + mrz_names(p, 39), 44)
    num = _pad(docno.replace(" ", ""), 9)
    dob = p.dob.strftime("%y%m%d")
    exp = mrz_expiry().strftime("%y%m%d")
    personal = _pad("" if R.random() < 0.6 else dg(R.choice((8, 10, 14))), 14)
    pcd = mrz_cd(personal)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + p.sex + exp + mrz_cd(exp) + personal + pcd
    comp = mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    l2 += comp
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrz_td1(p: Person, docno: str, issuer: str, code: str = "I<") -> list[str]:
    doc = docno.replace(" ", "").replace("-", "").replace("/", "")
    if len(doc) <= 9:
        num = _pad(doc, 9)
        l1 = code + issuer + num + mrz_cd(num) + _pad(dg(R.choice((0, 6, 9))), 15)
    else:
        # ICAO 9303 long document number: first 9 characters, '<', then the rest and its check digit
        l1 = code + issuer + doc[:9] + "<" + _pad(doc[9:] + mrz_cd(doc), 15)
    dob = p.dob.strftime("%y%m%d")
    exp = mrz_expiry().strftime("%y%m%d")
    l2 = dob + mrz_cd(dob) + p.sex + exp + mrz_cd(exp) + p.nat + _pad("", 11)
    comp = mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l2 += comp
    l3 = mrz_names(p, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrz_td2(p: Person, docno: str, issuer: str, code: str = "I<") -> list[str]:
    l1 = _pad(code + issuer + mrz_names(p, 31), 36)
    num = _pad(docno.replace(" ", "")[:9], 9)
    dob = p.dob.strftime("%y%m%d")
    exp = mrz_expiry().strftime("%y%m%d")
    l2 = num + mrz_cd(num) + p.nat + dob + mrz_cd(dob) + p.sex + exp + mrz_cd(exp) + _pad("", 7)
    l2 += mrz_cd(l2[0:10] + l2[13:20] + l2[21:35])
    assert len(l1) == 36 and len(l2) == 36
    return [l1, l2]


def add_mrz(d: Doc, lines: list[str], indent: str = "") -> None:
    for i, line in enumerate(lines):
        d.add(indent, ("mrz", line), "\n" if i < len(lines) - 1 else "")


# ---------------------------------------------------------------------------
# look-alike non-personal strings (never annotated)
# ---------------------------------------------------------------------------

def case_no(neutral: bool = False) -> str:
    if neutral:
        return R.choice([f"JQ{R.randint(2023, 2024)}{dg(10)}", f"A{R.choice(RIC_AREAS)}{dg(4)}{R.randint(2023, 2024)}{dg(6)}"])
    return R.choice([
        lambda: f"义公（稠）行罚决字〔{R.randint(2023, 2024)}〕{dg(5)}号",
        lambda: f"穗公越（出）立字〔{R.randint(2023, 2024)}〕{dg(4)}号",
        lambda: f"A{R.choice(RIC_AREAS)}{dg(4)}{R.randint(2023, 2024)}{dg(6)}",
        lambda: f"JQ{R.randint(2023, 2024)}{dg(2)}{dg(2)}{dg(6)}",
        lambda: f"沪公（浦）刑立字〔{R.randint(2023, 2024)}〕{dg(5)}号",
        lambda: f"绥公边（治）字〔{R.randint(2023, 2024)}〕第{dg(3)}号",
    ])()


STATUTES = ["《中华人民共和国出境入境管理法》第四十三条", "《出境入境管理法》第七十八条第一款", "《治安管理处罚法》第二十六条",
            "《中华人民共和国外国人入境出境管理条例》第二十九条", "《治安管理处罚法》第四十三条第一款", "《出境入境管理法》第八十条"]
FLIGHTS = ["CZ6078", "SU208", "EK362", "MU5012", "HU7976", "FZ8661", "QR870", "TK88", "S71561", "KC897", "HY523", "CA910"]


def amount_cn() -> str:
    return R.choice([f"人民币{R.randint(2, 98)},{dg(3)}元", f"{R.randint(300, 9000)}元", f"{R.randint(1, 40)}万元", f"USD {R.randint(1, 60)},{dg(3)}.00"])


def clock() -> str:
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"


def event_cn(year: int = 2024) -> str:
    d = rand_event_date(year)
    return f"{d.year}年{d.month}月{d.day}日{R.randint(0, 23)}时{R.randint(0, 59)}分"


# ---------------------------------------------------------------------------
# template helpers
# ---------------------------------------------------------------------------

# Optional fields of the rarer types are forced on while a type runs behind
# an even pace over the 120 documents, so that every type ends well above 50.
TALLY: Counter = Counter()
PROGRESS = [0]
PACE_TARGET = 78


ROT: Counter = Counter()


def turn(key: str, n: int) -> bool:
    """True on the 1st, (n+1)th, (2n+1)th ... call for ``key`` (spreads rare variants evenly)."""
    ROT[key] += 1
    return ROT[key] % n == 1 % n


def opt(typ: str, base: float) -> bool:
    pace = PACE_TARGET * (PROGRESS[0] + 1) / (len(LANGS) * N_PER_LANG)
    hit = R.random() < base
    return hit or TALLY[typ] < pace

def N(v: str) -> tuple:
    return ("person_name", v)


def D(p: Person, styles: list[str]) -> tuple:
    return ("date_of_birth", fmt_date(p.dob, R.choice(styles)))


def sex_cn(p: Person) -> str:
    return "男" if p.sex == "M" else "女"


def country_cn(p: Person) -> str:
    return NATIONS[p.nat][1]


def visa_type_cn() -> str:
    return R.choice(["M", "Z", "L", "F", "X1", "S2", "Q2"])


def cn_visa_line(p: Person) -> tuple:
    return ("visa", visa_no("cn"))


def region_of(p: Person) -> str:
    return NATIONS[p.nat][0]


def foreign_phone(p: Person, **kw) -> tuple:
    return ph(region_of(p), **kw)


def wa_link(p: Person) -> str:
    num = phone_obj(region_of(p))
    return f"wa.me/{num.country_code}{num.national_number}"


def pick_plate() -> str:
    return cn_plate() if R.random() < 0.7 else foreign_plate(R.choice(["ru", "kz", "mn", "ae", "sa", "de", "uk", "vn", "kr", "tr", "by", "uz"]))


# ---------------------------------------------------------------------------
# zh layouts
# ---------------------------------------------------------------------------

def z_interview(d: Doc) -> None:
    """询问笔录, Q&A with the values mostly inside the answers."""
    p = any_foreigner()
    interp = han_person()
    lat = latin_variant(p)
    pp = passport_for(p.nat)
    addr = cn_address()
    phone = foreign_phone(p) if R.random() < 0.4 else cn_mobile(digits="fw" if turn("interview_fw", 3) else "ascii")
    station = R.choice(["义乌市公安局稠城派出所", "广州市公安局越秀区分局登峰派出所", "上海市公安局浦东分局花木派出所", "绥芬河市公安局站前派出所"])
    d.add("询 问 笔 录\n（第1次）\n", f"时间：{event_cn()}至{R.randint(15, 23)}时{R.randint(0, 59)}分\n",
          f"地点：{station}执法办案区询问室\n", "询问人：民警王某、陈某　记录人：陈某\n")
    d.add("被询问人：", N(p.zh), "（", N(lat), "）　性别：", sex_cn(p), "　国籍：", country_cn(p), "\n")
    d.add("出生日期：", D(p, ZH_DATE_STYLES), "　证件名称及号码：普通护照（", ("passport", pp), "）\n")
    d.add("翻译人：", N(interp.zh), "，公民身份号码", ("id_card", id_card(interp.dob, interp.sex)), "，工作单位：某翻译服务公司\n")
    d.add("问：我们是", station, "的民警（出示工作证件），依法对你进行询问，你应当如实回答，对与本案无关的问题有拒绝回答的权利，听明白了吗？\n答：听明白了。\n")
    d.add("问：你需要翻译吗？\n答：需要，我同意由", N(interp.zh), "给我翻译。\n")
    d.add("问：讲一下你的个人情况。\n答：我叫", N(p.zh if R.random() < 0.5 else lat), "，", country_cn(p), "人，", D(p, ["cnnum", "cn", "cnyy"]), "出生，")
    d.add("护照号码", ("passport", pp), "，现持", visa_type_cn(), "字签证在华停留，签证号码是", ("visa", visa_no("cn")), "。")
    if opt("residence_permit", 0.5):
        d.add("后来办了居留许可，证件号码", ("residence_permit", residence_permit("cn")), "。")
    d.add("\n")
    d.add("问：你在中国住在哪里？怎么联系你？\n答：住", ("address", addr), "，电话", phone, R.choice(["，", "；"]))
    kind = R.random()
    if kind < 0.3:
        d.add("微信号", ("im_handle", wechat_id(p)), "。\n")
    elif kind < 0.45:
        d.add(R.choice(["我没有微信，用Instagram：", "用VK联系，主页", "也可以Skype："]), ("im_handle", other_im(p)), "。\n")
    elif kind < 0.7:
        d.add("平时用Telegram，账号", ("im_handle", telegram(p)), "。\n")
    else:
        d.add("QQ号是", ("im_handle", qq_no()), "，邮箱", ("email", email_for(p)), "。\n")
    d.add(f"问：你是什么时候、从哪里入境的？\n答：今年{R.randint(1, 3)}月从{R.choice(['广州白云机场', '上海浦东机场', '绥芬河口岸', '满洲里口岸'])}入境，坐的是{R.choice(FLIGHTS)}航班。\n")
    scen = R.random()
    if scen < 0.35:
        plate = pick_plate()
        d.add(f"问：讲一下{R.choice(['昨天', '3月2日', '当天'])}晚上发生的事情。\n答：大概{clock()}，我开着朋友的车（车牌", ("plate", plate),
              "）在路口和一辆电动车碰了一下，对方要我赔", amount_cn(), "，我们就吵起来了。\n")
        d.add("问：车是谁的？\n答：车是我朋友", N(interp.zh if R.random() < 0.3 else han_person().zh), "的，号牌", ("plate", plate), "我记得。\n")
    elif scen < 0.7:
        card = bank_card(R.choice(["unionpay", "visa", "mastercard"]))
        d.add("问：你说的货款是怎么付的？\n答：我用银行卡", ("bank_card", card), "转给了供货商，一共", amount_cn(), "，转账后对方就不接电话了。\n")
        d.add("问：供货商是谁？\n答：只知道叫", N(han_person().zh), "，手机", cn_mobile(), "，店在", R.choice(["国际商贸城", "篁园市场", "小北路"]), "附近。\n")
    else:
        d.add("问：你的签证已经过期了，你知道吗？\n答：知道。我以为居留许可还在办理，", R.choice(["回执", "受理单"]), "上写的号码是",
              ("residence_permit", residence_permit("cn")), "。\n")
        d.add("问：你知道", R.choice(STATUTES), "的规定吗？\n答：现在知道了。\n")
        if opt("permanent_residence", 0.5):
            d.add("问：你以前办过永久居留吗？\n答：办过，号码", ("permanent_residence", permanent_residence(p)), "，后来被注销了。\n")
    d.add("问：以上所说是否属实？\n答：属实。\n")
    d.add("被询问人签名：", N(lat.lower() if R.random() < 0.5 else lat), "\n翻译人签名：", N(interp.zh))


def z_callout(d: Doc) -> None:
    """接处警登记表 with labelled cells, some labels far from their values."""
    caller = han_person()
    p = any_foreigner()
    pl1, pl2 = cn_plate(), pick_plate()
    d.add("接处警登记表\n", f"警情编号：{case_no(True)}\n", f"接警时间：{rand_event_date().isoformat()} {clock()}　接警方式：110\n")
    d.add("报警人：", N(caller.zh), "　性别：", sex_cn(caller), "　联系电话：", cn_mobile(), "\n")
    cid = id_card(caller.dob, caller.sex)
    d.add("身份证件：居民身份证　号码：", ("id_card", to_fw(cid) if turn("callout_fw", 3) else cid), "\n")
    street = R.choice(CN_PLACES)
    d.add(f"发案地点：{street[1]}{street[2][0]}与{street[2][1]}交叉口东侧约50米\n")
    d.add("报警内容：报警人称其驾驶的", ("plate", pl1), "号小型轿车被一辆",
          R.choice(["白色丰田", "黑色奔驰", "灰色现代", "红色起亚"]), "（号牌", ("plate", pl2), "）追尾，对方司机系外籍人员，拒不出示驾驶证。\n")
    d.add("处警情况：民警到场后查明，对方驾驶人为", country_cn(p), "籍", "男子" if p.sex == "M" else "女子", N(p.zh), "，")
    r = R.random()
    if r < 0.5:
        pr = permanent_residence(p)
        d.add("其出示外国人永久居留身份证一张（证号", ("permanent_residence", pr), "），")
    else:
        d.add("其出示护照（", ("passport", passport_for(p.nat)), "）及居留许可（", ("residence_permit", residence_permit("cn")), "），")
    d.add("出生日期", D(p, ZH_DATE_STYLES), "，现住", ("address", cn_address()), "，联系电话", foreign_phone(p) if R.random() < 0.5 else cn_mobile(), "。")
    if opt("id_card", 0.4):
        d.add("同车乘客", N(han_person().zh), "（身份证", ("id_card", id_card()), "）目睹了事故经过。")
    if turn("callout_cnpp", 2):
        d.add("报警人另出示其因私护照", ("passport", passport_for("CHN")), "以证明其当日刚从境外返回。")
    d.add("\n")
    d.add("经现场调解，双方自愿协商解决，外籍驾驶人当场赔付", amount_cn(), "，通过微信转账，对方微信号", ("im_handle", wechat_id(p)), "。\n")
    d.add("处理结果：调解结案。依据：", R.choice(STATUTES), "。\n处警民警：王某、李某")


def z_hotel(d: Doc) -> None:
    """旅馆境外人员住宿登记表导出, pipe-separated rows."""
    addr = cn_address("hotel")
    d.add("境外旅客住宿登记信息（系统导出）\n旅馆名称及地址：", ("address", addr), "\n导出时间：", rand_event_date().isoformat(), " ", clock(), "\n")
    cols = ["序号", "中文姓名", "英文姓名", "性别", "国籍", "出生日期", "证件类型", "证件号码", "签证/居留证号", "入住时间", "房号", "联系电话"]
    d.add("|".join(cols), "\n")
    for i in range(R.choice((2, 3, 3))):
        p = any_foreigner()
        d.add(f"{i + 1}|", N(p.zh), "|", N(latin_variant(p, "upper")), "|", sex_cn(p), "|", p.nat, "|",
              ("date_of_birth", fmt_date(p.dob, R.choice(["iso", "compact", "cndot"]))), "|")
        if opt("permanent_residence", 0.45):
            d.add("永久居留证|", ("permanent_residence", permanent_residence(p)), "|-|")
        else:
            d.add("普通护照|", ("passport", passport_for(p.nat)), "|")
            if opt("residence_permit", 0.5):
                d.add(("residence_permit", residence_permit("cn")), "|")
            else:
                d.add(("visa", visa_no("cn")), "|")
        d.add(f"{rand_event_date().isoformat()} {clock()}|{R.randint(2, 30)}{R.randint(1, 30):02d}|", foreign_phone(p, style=R.choice(["e164", "plain"])), "\n")
    d.add("备注：第", str(R.randint(1, 2)), "位旅客车辆号牌", ("plate", pick_plate()), "，停放于地下车库。")
    if opt("id_card", 0.6):
        clerk = han_person()
        d.add("\n登记员：", N(clerk.zh), "（", ("id_card", id_card(clerk.dob, clerk.sex)), "）")


def z_rental(d: Doc) -> None:
    """出租房屋境外人员登记, full-width labels and split name fields."""
    landlord = han_person()
    p = any_foreigner()
    fw = turn("rental_fw", 2)
    d.add("境外人员租住房屋登记表\n一、房屋情况\n")
    d.add("房屋地址：", ("address", cn_address(R.choice(["full", "cnnum", "compound", "dash"]))), "\n")
    lid = id_card(landlord.dob, landlord.sex)
    d.add("房主姓名：", N(landlord.zh), "　公民身份号码：", ("id_card", to_fw(lid) if fw and R.random() < 0.6 else lid), "\n")
    d.add("房主电话：", cn_mobile(digits="fw" if fw else "ascii"), "\n二、承租人情况\n")
    if p.script == "latin":
        d.add("外文姓：", N(p.surname.upper()), "　外文名：", N(p.given.upper()), "\n")
    else:
        d.add("外文姓名：", N(latin_variant(p, "upper")), "\n")
    d.add("中文译名：", N(p.zh), "\n性　　别：", sex_cn(p), "　国　　籍：", country_cn(p), "\n")
    d.add("出生日期：", ("date_of_birth", fmt_date(p.dob, "fw" if fw else R.choice(ZH_DATE_STYLES))), "\n")
    d.add("证件号码：", ("passport", passport_for(p.nat)), "\n")
    if opt("visa", 0.5):
        d.add(f"签证种类：{visa_type_cn()}　签证号码：", ("visa", visa_no("cn")), "\n")
    if opt("residence_permit", 0.5):
        d.add("居留许可号码：", ("residence_permit", residence_permit("cn")), f"　有效期至：{R.randint(2024, 2026)}年{R.randint(1, 12):02d}月{R.randint(1, 28):02d}日\n")
    if opt("permanent_residence", 0.4):
        d.add("永居证号码：", ("permanent_residence", permanent_residence(p)), "\n")
    d.add("在华联系电话：", cn_mobile(digits="fw" if fw else "ascii"), "；境外：", foreign_phone(p), "\n")
    if opt("email", 0.6):
        d.add("电子邮箱：", ("email", email_for(p)), "\n")
    if opt("mrz", 0.45):
        pp2 = passport_for(p.nat)
        d.add("护照机读码（复印件）：\n")
        add_mrz(d, mrz_td3(p, pp2))
        d.add("\n（机读码护照号", ("passport", pp2), "与上栏不一致，系换发新护照）\n")
    d.add("租期：", f"{rand_event_date(2023).isoformat()}至{rand_event_date(2025).isoformat()}", "　月租金：", amount_cn(), "\n")
    d.add("租金收款卡号：", ("bank_card", bank_card("unionpay")), "（户名：", N(landlord.zh), "）\n")
    if R.random() < 0.6:
        d.add("承租人车辆：", ("plate", pick_plate()), "\n")
    d.add("登记民警：张某　　登记日期：", f"{rand_event_date().year}年{R.randint(1, 12)}月{R.randint(1, 28)}日")


def z_bank(d: Doc) -> None:
    """资金流水摘录 with IBANs and cards in a table."""
    p = any_foreigner()
    d.add("协助查询资金往来情况（摘录）\n", f"文书号：{case_no()}\n")
    d.add("查询对象：", N(p.zh), "（", N(latin_variant(p)), "）　护照：", ("passport", passport_for(p.nat)), "\n")
    if opt("permanent_residence", 0.55):
        d.add("　　　　　永居证：", ("permanent_residence", permanent_residence(p)), "\n")
    card = bank_card(R.choice(["unionpay", "unionpay", "visa", "mastercard", "amex", "jcb"]))
    d.add("名下账户：", ("bank_card", card), "　开户网点：", R.choice(["中国银行义乌分行", "工商银行越秀支行", "招商银行浦东分行营业部", "建设银行绥芬河支行"]), "\n")
    d.add("交易时间|金额（元）|对方户名|对方账号|摘要\n")
    ids: list = []
    for _ in range(R.choice((3, 4))):
        t = f"{rand_event_date().isoformat()} {clock()}:{R.randint(0, 59):02d}"
        amt = f"{R.choice(['-', '+'])}{R.randint(1, 99)},{dg(3)}.{dg(2)}"
        if opt("iban", 0.55):
            q = any_foreigner()
            d.add(t, "|", amt, "|", N(latin_variant(q, R.choice(["upper", "plain"]))), "|", ("iban", iban_for(R.choice(IBAN_CC))), "|", R.choice(["货款", "TT汇款", "预付款", "退款"]), "\n")
        else:
            h = han_person()
            d.add(t, "|", amt, "|", N(h.zh), "|", ("bank_card", bank_card(R.choice(["unionpay", "unionpay", "visa"]), "none")), "|", R.choice(["转账", "网银转账", "快捷支付"]), "\n")
            if R.random() < 0.5:
                ids.append((h, id_card(h.dob, h.sex)))
    d.add(f"交易流水号：{dg(20)}（仅供核对，非账号）\n")
    for h, num in ids:
        if R.random() < 0.3:
            d.add("对手方", N(h.zh), "护照号：", ("passport", passport_for("CHN")), "；身份证号：", ("id_card", num), "\n")
        else:
            d.add("对手方", N(h.zh), "身份证号：", ("id_card", num), "\n")
    d.add("备注：查询对象预留手机", foreign_phone(p, style="e164") if R.random() < 0.5 else cn_mobile(), "，预留地址", ("address", cn_address()), "。")


def z_chat(d: Doc) -> None:
    """微信聊天记录转录 with timestamps; the client's display name is the real name."""
    p = any_foreigner()
    seller = han_person()
    wx = wechat_id(p)
    shown = latin_variant(p, R.choice(["plain", "lower"]))
    d.add("【电子数据提取笔录附件】微信聊天记录（截图转文字）\n", "机主：", N(seller.zh), "　对方昵称：", N(shown), "　对方微信号：", ("im_handle", wx), "\n")
    day = rand_event_date()
    base = f"{day.year}/{day.month:02d}/{day.day:02d}"
    d.add(f"[{base} 20:{R.randint(10, 19)}] ", N(shown), "：老板，货什么时候发？\n")
    d.add(f"[{base} 20:{R.randint(20, 29)}] ", N(seller.zh), "：明天，地址再发我一下\n")
    d.add(f"[{base} 20:{R.randint(30, 39)}] ", N(shown), "：", ("address", cn_address(R.choice(["short", "hotel", "zuo"]))), "\n")
    d.add(f"[{base} 20:{R.randint(40, 45)}] ", N(shown), "：电话 ", foreign_phone(p, style="e164") if R.random() < 0.5 else cn_mobile("cn344s"), "\n")
    d.add(f"[{base} 20:{R.randint(46, 52)}] ", N(seller.zh), "：尾款", amount_cn(), "打这张卡 ", ("bank_card", bank_card("unionpay", R.choice(["space4", "none"]))), " 户名", N(seller.zh), "\n")
    d.add(f"[{base} 21:0{R.randint(0, 9)}] ", N(shown), "：[图片]\n")
    d.add(f"[{base} 21:{R.randint(10, 30)}] ", N(shown), "：", R.choice(["我WhatsApp是 ", "有事找我 WhatsApp "]), ("im_handle", wa_link(p)), "\n")
    d.add(f"[{base} 21:{R.randint(31, 45)}] ", N(seller.zh), "：好的\n")
    if opt("visa", 0.3):
        d.add(f"[{base} 21:{R.randint(46, 59)}] ", N(shown), "：我签证快到期了 ", ("visa", visa_no("cn")), " 能不能帮我问问延期\n")
    d.add("（以上内容经机主", N(seller.zh), "确认无误）")
    if opt("id_card", 0.7):
        d.add("\n机主身份信息：公民身份号码", ("id_card", id_card(seller.dob, seller.sex)), "，手机", cn_mobile(), "。")
        if turn("chat_cnpp", 2):
            d.add("机主持有普通护照", ("passport", passport_for("CHN")), "，近一年出境三次。")


def z_letter(d: Doc) -> None:
    """协查函, narrative prose with values in brackets and value-before-label."""
    p = any_foreigner()
    pp = passport_for(p.nat)
    d.add(f"关于协助核查{country_cn(p)}籍人员有关情况的函\n", f"{R.choice(['义', '穗', '沪', '绥'])}公出函〔{R.randint(2023, 2024)}〕{R.randint(10, 99)}号\n")
    d.add(R.choice(["市公安局出入境管理支队", "省公安厅出入境管理局"]), "：\n")
    d.add("　　我局在办理一起涉嫌非法就业案件（案件编号：", case_no(), "）过程中，发现", country_cn(p), "籍人员", N(p.zh), "（", N(latin_variant(p)), "，")
    d.add(D(p, ["cn", "cnnum", "iso", "cnyy"]), "生）可能与本案有关。该人持", ("passport", pp), "号护照，")
    r = R.random()
    if r < 0.5:
        d.add("并于", str(R.randint(2015, 2023)), "年获批在华永久居留，永居证号码为", ("permanent_residence", permanent_residence(p)), "；")
    else:
        d.add("持有工作类居留许可（", ("residence_permit", residence_permit("cn")), "），")
    d.add("登记居住地为", ("address", cn_address()), "，但经走访该人已不在此居住。\n")
    if opt("iban", 0.7):
        d.add("　　该人曾通过境外账户（IBAN：", ("iban", iban_for(R.choice(IBAN_CC))), "）向国内多名人员汇款。\n")
    car = cn_plate(R.choice(["std", "nev", "nevl"]))
    d.add("　　另查，该人名下登记有", ("plate", to_fw(car) if turn("letter_fw", 2) else car), "号牌小型汽车一辆，常用联系电话为", cn_mobile(), "，")
    if R.random() < 0.5:
        d.add("曾与持", ("passport", passport_for("CHN")), "号护照的中国籍人员", N(han_person().zh), "同行出境，")
    d.add("电子邮箱", ("email", email_for(p)), "。其同居人", N(han_person().zh), "（身份证号码：", ("id_card", id_card()), "）称其已于", f"{R.randint(1, 12)}月", "乘", R.choice(FLIGHTS), "航班出境。\n")
    d.add("　　请协助核查该人出入境记录及签证（", ("visa", visa_no("cn")), "）办理情况，并于十日内函复。\n")
    d.add("　　联系人：出入境大队 王某\n", f"{rand_event_date().year}年{cn_small(R.randint(1, 12))}月{cn_small(R.randint(1, 28))}日")


def z_doccheck(d: Doc) -> None:
    """证件核查记录 with a passport MRZ and an ID card MRZ."""
    p = any_foreigner()
    pp = passport_for(p.nat)
    d.add("证件核查记录\n核查对象提交的护照资料页经机读设备识读，机读区内容如下：\n")
    add_mrz(d, mrz_td3(p, pp))
    d.add("\n人工核对结果：姓名 ", N(latin_variant(p, "upper")), "（中文译名", N(p.zh), "），国籍", country_cn(p), "，出生日期", D(p, ["cn0", "iso", "cndot"]),
          "，护照号", ("passport", pp), "，与入境登记信息一致。\n")
    if opt("permanent_residence", 0.6):
        pr = pr_new(p)
        d.add("另核查其外国人永久居留身份证（2023版）", ("permanent_residence", pr), "，证件背面机读码：\n")
        add_mrz(d, mrz_td1(p, pr, "CHN"))
        d.add("\n")
    else:
        rp = residence_permit("cn")
        d.add("其护照内贴有居留许可一张，号码", ("residence_permit", rp), "；另贴有", visa_type_cn(), "字签证，号码", ("visa", visa_no("cn")), "。\n")
        if R.random() < 0.5:
            d.add("核查对象另提交本国身份证（TD2格式），机读码：\n")
            add_mrz(d, mrz_td2(p, dg(9), MRZ_STATE.get(p.nat, p.nat)))
            d.add("\n")
    d.add("核查人：刘某　核查时间：", event_cn())


ZH_TEMPLATES = [z_interview, z_callout, z_hotel, z_rental, z_bank, z_chat, z_letter, z_doccheck]


# ---------------------------------------------------------------------------
# en layouts
# ---------------------------------------------------------------------------

def title_of(p: Person) -> str:
    return "Mr." if p.sex == "M" else R.choice(["Ms.", "Mrs."])


def e_consulate(d: Doc) -> None:
    """E-mail from a consulate about a detained national."""
    p = western_person() if R.random() < 0.7 else any_foreigner()
    officer = western_person(p.nat) if sum(w[0] == p.nat for w in WESTERN) > 1 else western_person()
    while officer.latin == p.latin:
        officer = western_person()
    cname = NATIONS[p.nat][2]
    off_mail = f"{ascii_name(officer.given).lower()[0]}.{re.sub(r'[^a-z]', '', ascii_name(officer.surname).lower())}@consulate-{NATIONS[p.nat][0].lower()}.example.org"
    lat = latin_variant(p, R.choice(["plain", "plain", "upper"]))
    day = rand_event_date()
    d.add("From: ", N(officer.latin), " <", ("email", off_mail), ">\n")
    d.add(f"To: Exit-Entry Administration, {R.choice(['Yiwu', 'Guangzhou', 'Shanghai', 'Suifenhe'])} Public Security Bureau\n")
    d.add(f"Date: {day.strftime('%a, %d %b %Y')} {clock()}:{R.randint(10, 59)} +0800\n")
    d.add("Subject: Consular notification – ", N(lat), " (DOB ", ("date_of_birth", fmt_date(p.dob, R.choice(["dmy", "mdy", "iso"]))), ")\n\n")
    d.add("Dear Sir or Madam,\n\n")
    d.add(f"The Consulate General of {cname} was informed on {day.day} {EN_MON[day.month - 1]} that our national ", title_of(p), " ", N(p.latin), ", born ",
          D(p, ["en_dmy", "en_mdy", "en_words"]), ", holder of passport no. ", ("passport", fmt_passport(passport_for(p.nat))), ", ")
    d.add(f"was taken into administrative detention under {R.choice(['Article 62', 'Article 78', 'Article 43'])} of the Exit and Entry Administration Law. ")
    d.add("In accordance with Article 36 of the Vienna Convention on Consular Relations we request consular access at the earliest opportunity.\n\n")
    d.add("According to our records the national resides at ", ("address", R.choice([cn_address(), R.choice(EN_ADDR)()])), " and entered China on a ",
          R.choice(["business (M)", "work (Z)", "tourist (L)"]), " visa, no. ", ("visa", visa_no("cn")), ". ")
    d.add("His" if p.sex == "M" else "Her", " relatives can be reached on ", foreign_phone(p, style=R.choice(["intl", "e164", "00"])),
          " or by e-mail at ", ("email", email_for(p)), ".\n\n")
    if opt("permanent_residence", 0.5):
        d.add("Please note that the national also holds a Chinese permanent residence card (", ("permanent_residence", permanent_residence(p)), ").\n\n")
    else:
        d.add("The national's previous visa to the Schengen area (", ("visa", visa_no("schengen")), ") is irrelevant to this matter.\n\n")
    d.add("Kind regards,\n\n", N(officer.latin.upper() if R.random() < 0.3 else officer.latin), "\nConsul\nTel. ", ph("CN", "intl", kind="fixed"))


def e_incident(d: Doc) -> None:
    """Short English incident report by a foreign-affairs unit."""
    a, b = any_foreigner(), any_foreigner()
    d.add("INCIDENT REPORT (foreign nationals)\n", f"Ref.: YW-{R.randint(2023, 2024)}-{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{dg(3)}\n")
    d.add(f"Time of incident: {rand_event_date().strftime('%d %b %Y')}, approx. {clock()}\n")
    street = R.choice(["Chouzhou North Road", "Binwang Road", "Xiaobei Road", "Zhangyang Road", "Tongtian Road"])
    d.add(f"Location: outside a restaurant on {street} (no house number)\n\n")
    if R.random() < 0.4:
        b = han_person()
    for i, p in enumerate((a, b), 1):
        if p.nat == "CHN":
            d.add(f"PERSON {i}: ", N(p.zh), " (Chinese national), b. ", D(p, EN_DATE_STYLES), "; ID ", ("id_card", id_card(p.dob, p.sex)), "; PPT ",
                  ("passport", passport_for("CHN")), "; mob. ", cn_mobile(), "\n")
            continue
        d.add(f"PERSON {i}: ", N(latin_variant(p, R.choice(["comma", "upper", "plain", "lower"]))), f", {NATIONS[p.nat][2]}, ")
        d.add("b. ", D(p, EN_DATE_STYLES), "; ")
        if R.random() < 0.7:
            d.add("PPT ", ("passport", passport_for(p.nat)), "; ")
            if opt("visa", 0.4):
                d.add("visa ", ("visa", visa_no("cn")), "; ")
        else:
            d.add("PR card ", ("permanent_residence", permanent_residence(p)), "; ")
        if opt("residence_permit", 0.5):
            d.add("RP ", ("residence_permit", residence_permit("cn")), "; ")
        d.add("mob. ", foreign_phone(p) if R.random() < 0.5 else cn_mobile(), "\n")
    pl = pick_plate()
    d.add(f"\nVEHICLE: silver {R.choice(['Toyota Camry', 'Hyundai Elantra', 'Lexus RX', 'Kia K5'])}, reg. ", ("plate", pl), ", driven by PERSON 1.\n")
    d.add("NARRATIVE: At the above time PERSON 2 reported that PERSON 1 had struck him with a bottle after a dispute over a debt of ",
          f"USD {R.randint(1, 20)},{dg(3)}. Officers located the vehicle ", ("plate", pl), " parked at ", ("address", cn_address()), ". ")
    d.add("PERSON 1 stated that the money had been transferred from card ", ("bank_card", bank_card()), " to PERSON 2's account ", ("iban", iban_for(R.choice(IBAN_CC))), ".\n")
    d.add(f"Flight booking found on PERSON 2: {R.choice(FLIGHTS)} departing {clock()}.\nReporting officer: badge ending -{dg(2)}")


def csv_q(s: str) -> str:
    return '"' + s + '"'


def e_csv(d: Doc) -> None:
    """CSV-like export, quoted and unquoted cells."""
    d.add(f"# accommodation_register_export_{rand_event_date().strftime('%Y%m%d')}.csv (extract, {R.randint(3, 40)} rows total)\n")
    d.add("row,surname,given_names,sex,nat,dob,doc_type,doc_no,visa_or_permit,mobile,email,addr_in_china\n")
    for _i in range(R.choice((2, 3))):
        p = any_foreigner()
        d.add(f"{R.randint(1, 999)},")
        if p.script == "arabic" or R.random() < 0.3:
            d.add('"', N(latin_variant(p, "upper")), '",,')
        else:
            d.add('"', N(mrz_name(p.surname).replace("<", " ") if R.random() < 0.5 else p.surname), '","', N(p.given), '",')
        d.add(f"{p.sex},{p.nat},", ("date_of_birth", fmt_date(p.dob, R.choice(["iso", "dmy", "compact", "mdy"]))), ",")
        if R.random() < 0.75:
            d.add("P,", ("passport", passport_for(p.nat)), ",")
        else:
            d.add("PR,", ("permanent_residence", permanent_residence(p)), ",")
        if opt("residence_permit", 0.5):
            d.add(("residence_permit", residence_permit("cn")), ",")
        else:
            d.add(("visa", visa_no("cn")), ",")
        d.add(foreign_phone(p, style=R.choice(["e164", "plain"])), ",", ("email", email_for(p)), ",", '"', ("address", cn_address()), '"\n')
    host = han_person()
    d.add("# host/guarantor: ", N(host.zh), " ", ("id_card", id_card(host.dob, host.sex)), "\n")
    d.add("# end of extract; amounts in column 'deposit' removed (e.g. 1500.00)")


def e_pms(d: Doc) -> None:
    """Hotel property-management key=value dump."""
    p = any_foreigner()
    d.add("[GuestProfile]\n", f"profile_id={dg(9)}\n")
    d.add("last_name=", N(p.surname.upper()), "\nfirst_name=", N(p.given.upper()), "\n")
    d.add("gender=", p.sex, "\nnationality=", p.nat, "\nbirth_date=", ("date_of_birth", fmt_date(p.dob, R.choice(["iso", "compact", "mdy", "dmyy"]))), "\n")
    if opt("permanent_residence", 0.35):
        d.add("id_type=PR_CARD\nid_no=", ("permanent_residence", permanent_residence(p)), "\n")
    else:
        pp = passport_for(p.nat)
        d.add("id_type=PASSPORT\nid_no=", ("passport", pp), "\n")
        if opt("mrz", 0.5):
            lines = mrz_td3(p, pp)
            d.add("mrz_line1=", ("mrz", lines[0]), "\nmrz_line2=", ("mrz", lines[1]), "\n")
    if opt("visa", 0.5):
        d.add("visa_no=", ("visa", visa_no("cn")), "\n")
    if opt("residence_permit", 0.4):
        d.add("stay_permit=", ("residence_permit", residence_permit("cn")), "\n")
    d.add("mobile=", foreign_phone(p, style="plain") if R.random() < 0.5 else cn_mobile("nsn"), "\n")
    d.add("email=", ("email", email_for(p).upper() if R.random() < 0.2 else email_for(p)), "\n")
    d.add("home_address=", ("address", R.choice(EN_ADDR)()), "\n")
    d.add("car_plate=", ("plate", pick_plate()), "\n")
    d.add("payment_card=", ("bank_card", bank_card(R.choice(["visa", "mastercard", "amex", "jcb", "discover"]))), "\n")
    if opt("iban", 0.5):
        d.add("refund_iban=", ("iban", iban_for(R.choice(IBAN_CC), "none")), "\n")
    d.add(f"room=1{R.randint(0, 9)}{R.randint(1, 30):02d}\narrival={rand_event_date().isoformat()} {clock()}\nnights={R.randint(1, 14)}\nrate=CNY {R.randint(300, 900)}.00\n")
    d.add("[Companion]\nname=", N(latin_variant(any_foreigner(), "lower")), "\nrelation=colleague")


def e_transfer(d: Doc) -> None:
    """Outgoing transfer advice, bank style."""
    a, b = any_foreigner(), any_foreigner()
    d.add("OUTGOING TRANSFER ADVICE\n", f"Value date: {rand_event_date().isoformat()}\nReference: FT{dg(10)}\n")
    d.add(f"Amount: {R.choice(['USD', 'EUR', 'AED'])} {R.randint(1, 90)},{dg(3)}.{dg(2)}\n")
    d.add("Ordering customer: ", N(latin_variant(b, "upper")), "\n  Account (IBAN): ", ("iban", iban_for(R.choice(IBAN_CC))), "\n")
    d.add("  Address: ", ("address", R.choice(EN_ADDR)()), "\n")
    d.add("Beneficiary: ", N(latin_variant(a, "upper")), "\n  IBAN ", ("iban", iban_for(R.choice(IBAN_CC), "space4")), "\n")
    d.add("  Contact: ", foreign_phone(a, style="intl"), " / ", ("email", email_for(a)), "\n")
    d.add(f"Remittance information: INV {R.randint(2023, 2024)}-{dg(4)} PAYMENT FOR GOODS\n")
    d.add("Charges: OUR, debited to card ", ("bank_card", bank_card(R.choice(["visa", "mastercard", "unionpay"]), "space4")), "\n")
    d.add("Compliance note: beneficiary passport copy on file (", ("passport", passport_for(a.nat)), f"), reviewed by desk {dg(3)}.")
    if opt("permanent_residence", 0.5):
        d.add(" Beneficiary also holds PR card ", ("permanent_residence", permanent_residence(a)), ".")


def e_whatsapp(d: Doc) -> None:
    """WhatsApp chat export, [dd/mm/yyyy, hh:mm:ss] prefix."""
    a, b = any_foreigner(), any_foreigner()
    na, nb = latin_variant(a, "plain"), b.given.split()[0]
    day = rand_event_date()
    ts = f"{day.day:02d}/{day.month:02d}/{day.year}"

    def dg(_n: int) -> str:
        return f"{R.randint(0, 59):02d}"

    d.add("WhatsApp Chat with ", N(nb), f".txt (exported from seized phone, item {R.randint(1, 9)})\n")
    d.add(f"[{ts}, 21:{R.randint(10, 19)}:{dg(2)}] ", N(na), ": bro where are you staying now\n")
    d.add(f"[{ts}, 21:{R.randint(20, 29)}:{dg(2)}] ", N(nb), ": ", ("address", cn_address(R.choice(["hotel", "short"]))), " come tomorrow\n")
    d.add(f"[{ts}, 21:{R.randint(30, 39)}:{dg(2)}] ", N(na), ": ok send your new number\n")
    d.add(f"[{ts}, 21:{R.randint(40, 49)}:{dg(2)}] ", N(nb), ": ", cn_mobile(R.choice(["nsn", "cn344", "e164"])), "\n")
    d.add(f"[{ts}, 21:{R.randint(50, 59)}:{dg(2)}] ", N(na), ": also my telegram is ", ("im_handle", telegram(a)), " use that\n")
    d.add(f"[{ts}, 22:0{R.randint(0, 9)}:{dg(2)}] ", N(nb), ": the guy with the car ", ("plate", pick_plate()), " is he your friend?\n")
    d.add(f"[{ts}, 22:{R.randint(10, 30)}:{dg(2)}] ", N(na), ": yes his line id is ", ("im_handle", R.choice(["", "@"]) + handle_base(western_person())), "\n")
    d.add(f"[{ts}, 22:{R.randint(31, 59)}:{dg(2)}] ", N(nb), ": send me the card again\n")
    d.add(f"[{(day + dt.timedelta(days=1)).strftime('%d/%m/%Y')}, 08:0{R.randint(0, 9)}:{dg(2)}] ", N(na), ": ", ("bank_card", bank_card()), " name on card ", N(na.upper()), "\n")
    d.add(f"[{(day + dt.timedelta(days=1)).strftime('%d/%m/%Y')}, 08:{R.randint(10, 59)}:{dg(2)}] ", N(nb), ": <Media omitted>")
    if opt("residence_permit", 0.6):
        d.add(f"\n[{(day + dt.timedelta(days=1)).strftime('%d/%m/%Y')}, 09:{R.randint(10, 30)}:{dg(2)}] ", N(na), ": landlord needs ur residence permit no.")
        d.add(f"\n[{(day + dt.timedelta(days=1)).strftime('%d/%m/%Y')}, 09:{R.randint(31, 59)}:{dg(2)}] ", N(nb), ": ", ("residence_permit", residence_permit("cn")), " expires in august")


def e_statement(d: Doc) -> None:
    """Witness statement translated into English, Q/A."""
    p = any_foreigner()
    lat = latin_variant(p, "plain")
    d.add(f"WITNESS STATEMENT (interpreted from {R.choice(['French', 'Spanish', 'Russian', 'Arabic', 'Portuguese'])})\n", f"File: {case_no()}\n\n")
    d.add("Q: State your full name and date of birth.\nA: My name is ", N(lat), ". I was born on ", D(p, EN_DATE_STYLES), ".\n")
    d.add("Q: Any other names?\nA: Friends call me ", N(p.given.split()[0].lower()), ". In Chinese my name is written ", N(p.zh), ".\n")
    d.add("Q: Your travel document?\nA: Passport ", ("passport", passport_for(p.nat)), ". My visa number is ", ("visa", visa_no("cn")), ", it expires in June.\n")
    d.add("Q: Where do you live?\nA: At ", ("address", cn_address()), ". Before that I lived at ", ("address", R.choice(EN_ADDR)()), ".\n")
    d.add("Q: How can the police contact you?\nA: ", foreign_phone(p, style=R.choice(["nat", "intl"])), " or WeChat ", ("im_handle", wechat_id(p)), ".")
    if R.random() < 0.5:
        d.add(" I'm also on ", R.choice(["Instagram", "Skype", "Viber", "Snapchat"]), " as ", ("im_handle", other_im(p)), ".")
    d.add("\n")
    d.add("Q: Describe what you saw.\nA: At about ", clock(), " a man got out of a black car, number ", ("plate", pick_plate()), ", and took the bag. ")
    d.add(f"He ran towards {R.choice(['Binwang Road', 'Xiaobei Road', 'the metro station'])}. The bag had about {R.randint(2, 9)},000 yuan in it.\n")
    landlord = han_person()
    d.add("Q: Anything else?\nA: My landlord ", N(landlord.zh), " saw it too.\n")
    if opt("iban", 0.6):
        d.add("Q: Your bank details for the compensation claim?\nA: IBAN ", ("iban", iban_for(R.choice(IBAN_CC), "space4")), ", e-mail ", ("email", email_for(p)), ".\n")
    if opt("residence_permit", 0.6):
        d.add("Q: Do you hold a residence document?\nA: Yes, residence permit ", ("residence_permit", residence_permit("cn")), ".\n")
    else:
        d.add("Q: Do you hold a residence document?\nA: A permanent residence card, number ", ("permanent_residence", permanent_residence(p)), ".\n")
    d.add("(Landlord's ID card no. ", ("id_card", id_card(landlord.dob, landlord.sex)), " recorded separately.)\n\nSigned: ", N(lat.upper()))


def e_ocr(d: Doc) -> None:
    """Passport OCR scanner output with MRZ and parsed fields."""
    p = western_person() if R.random() < 0.6 else any_foreigner()
    pp = passport_for(p.nat)
    d.add(f"DOCUMENT SCANNER OUTPUT — station {R.randint(1, 6)}, {rand_event_date().isoformat()} {clock()}\n")
    d.add("Type: P    Issuing state: ", p.nat, "\nSurname: ", N(p.surname.upper()), "\nGiven names: ", N(p.given.upper()), "\n")
    d.add("Date of birth: ", ("date_of_birth", fmt_date(p.dob, R.choice(["en_abbr", "dot", "en_abbr2", "dmy"]))), "    Sex: ", p.sex, "\n")
    d.add("Document no.: ", ("passport", pp), "\nMRZ:\n")
    add_mrz(d, mrz_td3(p, pp))
    d.add("\nChecksums: OK\n")
    if not turn("ocr_td2", 2):
        kind, issuer = R.choice([k for k in (("jp", "JPN"), ("kr", "KOR"), ("de", "D<<")) if k[1] != MRZ_STATE.get(p.nat, p.nat)])
        rp = residence_permit(kind)
        d.add("Second document (residence card) no. ", ("residence_permit", rp), ", MRZ:\n")
        add_mrz(d, mrz_td1(p, rp, issuer, R.choice(["IR", "AR", "I<"])))
    else:
        d.add("Second document (national ID, TD2) MRZ:\n")
        add_mrz(d, mrz_td2(p, dg(9), p.nat if p.nat != "DEU" else "D<<"))
    if opt("visa", 0.4):
        d.add("\nVisa page 7: PRC visa ", R.choice(["M", "Z", "L"]), ", no. ", ("visa", visa_no("cn")), f", entries: {R.choice(['1', '2', 'M'])}")
    d.add("\nOperator note: holder states Chinese mobile ", cn_mobile(), " and e-mail ", ("email", email_for(p)), ".")


EN_TEMPLATES = [e_consulate, e_incident, e_csv, e_pms, e_transfer, e_whatsapp, e_statement, e_ocr]


# ---------------------------------------------------------------------------
# ru-mixed layouts
# ---------------------------------------------------------------------------

def cyr_variant(p: Person, style: str | None = None) -> str:
    sur, given, patr = p.cyr_sur, p.cyr_given, p.patr
    style = style or R.choice(["full", "full", "initials", "given_sur", "upper_sur", "short"])
    if style == "full":
        return f"{sur} {given} {patr}" if patr else f"{sur} {given}"
    if style == "initials":
        return f"{sur} {given[0]}.{patr[0] + '.' if patr else ''}"
    if style == "given_sur":
        return f"{given} {sur}"
    if style == "upper_sur":
        return f"{sur.upper()} {given}" + (f" {patr}" if patr else "")
    if style == "short":
        return f"{given} {patr}" if patr else given
    raise ValueError(style)


def ru_phone(p: Person, **kw) -> tuple:
    kw.setdefault("style", R.choice(["nat", "nat", "intl", "e164", "dash"]))
    return ph(region_of(p), **kw)


RU_COUNTRY_GEN = {"RUS": "России", "KAZ": "Казахстана", "UZB": "Узбекистана", "KGZ": "Кыргызстана", "TJK": "Таджикистана",
                  "BLR": "Беларуси", "UKR": "Украины", "MNG": "Монголии"}
RU_HOME = {"KAZ": 7, "UZB": 8, "BLR": 9, "KGZ": 10, "MNG": 12}


def gr(p: Person) -> str:
    return ("гражданин " if p.sex == "M" else "гражданка ") + RU_COUNTRY_GEN[p.nat]


def gr_gen(p: Person) -> str:
    return ("гражданина " if p.sex == "M" else "гражданки ") + RU_COUNTRY_GEN[p.nat]


def ru_home(p: Person) -> str:
    if p.nat in RU_HOME:
        return RU_ADDR[RU_HOME[p.nat]]()
    if p.nat == "RUS":
        return R.choice(RU_ADDR[:7] + RU_ADDR[11:])()
    return R.choice(RU_ADDR)()


def r_interview(d: Doc) -> None:
    """询问笔录 with the Russian answers quoted and translated inline."""
    p = cyr_person()
    full = cyr_variant(p, "full")
    pp = fmt_passport(passport_for(p.nat))
    visa = visa_no("cn")
    d.add("询问笔录（俄语，现场翻译）\n", f"时间：{event_cn()}　地点：{R.choice(['绥芬河市公安局站前派出所', '满洲里市公安局口岸派出所', '黑河市公安局江畔派出所', '北京市公安局朝阳分局建外派出所'])}\n")
    d.add("被询问人：", N(p.zh), "（", N(full), "）\n")
    d.add("问：你的姓名、出生日期？\n答：«Меня зовут ", N(cyr_variant(p, "given_sur")), ", ", "родился " if p.sex == "M" else "родилась ",
          ("date_of_birth", fmt_date(p.dob, "ru_long")), "»（译：我叫", N(p.zh), "，", D(p, ["cn", "cnnum"]), "出生。）\n")
    d.add("问：国籍和证件？\n答：«Я ", gr(p), ", загранпаспорт ", ("passport", pp), ", виза ", ("visa", visa), ".»（译：", country_cn(p), "籍，护照", ("passport", pp), "，签证", ("visa", visa), "。）\n")
    addr = cn_address(R.choice(["hotel", "short", "full"]))
    d.add("问：在中国住哪里？\n答：«Живу в гостинице, адрес по-китайски: ", ("address", addr), ". Домашний адрес: ", ("address", ru_home(p)), ".»\n")
    d.add("问：联系方式？\n答：«Мой номер ", ru_phone(p), ", ещё китайский ", cn_mobile(), ", в телеграме ", ("im_handle", telegram(p)), ".»\n")
    d.add("问：讲一下经过。\n答：«", f"{R.randint(1, 28)} {RU_MON_GEN[R.randint(0, 11)]} около {clock()} ", R.choice([
        "у меня на рынке украли сумку с деньгами, примерно 40 000 рублей.", "мы поссорились с продавцом из-за товара, он ударил меня.",
        "я потерял паспорт в такси, номер машины не помню."]), "»（译：当天我在市场遇到了纠纷。）\n")
    if opt("permanent_residence", 0.6):
        d.add("问：你是否有中国永久居留证？\n答：«Да, номер ", ("permanent_residence", permanent_residence(p)), ".»\n")
    else:
        d.add("问：居留许可？\n答：«Вид на жительство в Китае: ", ("residence_permit", residence_permit("cn")), ".»\n")
    tr = han_person()
    d.add("被询问人签名：", N(cyr_variant(p, "initials")), "　翻译：", N(tr.zh), "（身份证号", ("id_card", id_card(tr.dob, tr.sex)), "）")


def r_form(d: Doc) -> None:
    """Bilingual registration card, one label per line."""
    p = cyr_person()
    d.add("境外人员临时住宿登记表 / Регистрационная карта иностранного гражданина\n")
    d.add("姓 / Фамилия：", N(p.cyr_sur.upper()), "（", N(p.surname.upper()), "）\n")
    d.add("名 / Имя：", N(p.cyr_given.upper()), "（", N(p.given.upper()), "）\n")
    if p.patr:
        d.add("父称 / Отчество：", N(p.patr.upper()), "\n")
    d.add("性别 / Пол：", "男 / М" if p.sex == "M" else "女 / Ж", "\n")
    d.add("出生日期 / Дата рождения：", ("date_of_birth", fmt_date(p.dob, R.choice(["dot", "dotyy", "ru_long2"]))), "\n")
    d.add("国籍 / Гражданство：", country_cn(p), " / ", RU_COUNTRY.get(p.nat, "Россия"), "\n")
    d.add("护照号码 / № паспорта：", ("passport", fmt_passport(passport_for(p.nat))), "\n")
    if opt("visa", 0.5):
        d.add("签证号 / № визы：", ("visa", visa_no("cn")), f"（{visa_type_cn()}）\n")
    if opt("residence_permit", 0.4):
        d.add("居留许可 / Разрешение на пребывание：", ("residence_permit", residence_permit("cn")), "\n")
    d.add(f"入境日期 / Дата въезда：{rand_event_date().strftime('%d.%m.%Y')}　入境口岸 / Пункт пропуска：{R.choice(['绥芬河', '满洲里', '黑河', '珲春', '二连浩特'])}\n")
    d.add("在华住址 / Адрес в КНР：", ("address", cn_address()), "\n")
    d.add("本国住址 / Адрес на родине：", ("address", ru_home(p)), "\n")
    d.add("电话 / Телефон：", ru_phone(p), "\n")
    d.add("电子邮箱 / E-mail：", ("email", email_for(p, "RU")), "\n")
    if R.random() < 0.5:
        d.add("社交账号 / Соцсети：", ("im_handle", R.choice([f"vk.com/id{R.randint(10**7, 10**9)}", other_im(p)])), "\n")
    if R.random() < 0.7:
        d.add("车辆号牌 / Госномер ТС：", ("plate", foreign_plate(R.choice(["ru", "ru", "kz", "mn", "by"]))), "\n")
    host = han_person()
    d.add("接待单位联系人 / Принимающая сторона：", N(host.zh), "，", cn_mobile(), "，身份证 ", ("id_card", id_card(host.dob, host.sex)), "\n")
    if opt("permanent_residence", 0.5):
        d.add("永久居留证 / Вид на жительство КНР：", ("permanent_residence", permanent_residence(p)), "\n")
    if opt("mrz", 0.4):
        pp2 = passport_for(p.nat)
        d.add("МЧЗ / 机读码：\n")
        add_mrz(d, mrz_td3(p, pp2))
        d.add("\n（старый паспорт / 旧护照 ", ("passport", pp2), "）\n")
    d.add("填表日期 / Дата：", rand_event_date().strftime("%d.%m.%Y"))


def r_zayavlenie(d: Doc) -> None:
    """Russian written complaint (заявление) with a Chinese translation appended."""
    p = cyr_person()
    pp = fmt_passport(passport_for(p.nat))
    card = bank_card(R.choice(["mir", "mir", "visa", "mastercard"]), "space4")
    cn_card = bank_card("unionpay")
    suspect = han_person()
    when = rand_event_date()
    d.add("报案材料（俄文原件，附中文译文）\n【原文】\n")
    d.add(f"Начальнику отделения полиции г. {R.choice(['Суйфэньхэ', 'Маньчжурия', 'Хэйхэ', 'Харбин'])}\n")
    d.add("от ", gr_gen(p), " ", N(cyr_variant(p, "full")), ", ",
          ("date_of_birth", fmt_date(p.dob, R.choice(["dot", "ru_long"]))), " г.р., паспорт ", ("passport", pp), ",\n")
    if opt("residence_permit", 0.6):
        d.add("вид на жительство в КНР № ", ("residence_permit", residence_permit("cn")), ",\n")
    d.add("проживающего по адресу: " if p.sex == "M" else "проживающей по адресу: ", ("address", ru_home(p)), ", тел. ", ru_phone(p), "\n\nЗАЯВЛЕНИЕ\n")
    d.add("Прошу привлечь к ответственности гражданина КНР по имени ", N(suspect.zh), f" (представлялся как «Ваня»), который {when.day:02d}.{when.month:02d}.{when.year} ")
    d.add(f"обещал поменять мне {R.randint(50, 400)} 000 рублей на юани. Деньги я перевел(а) с карты ", ("bank_card", card), " на его карту ", ("bank_card", cn_card), ", ")
    d.add("после чего он перестал отвечать в WeChat (его ID ", ("im_handle", wechat_id(suspect)), ").\n")
    d.add(f"Дата: {rand_event_date().strftime('%d.%m.%Y')}        Подпись: ", N(cyr_variant(p, "initials")), "\n\n【译文】\n")
    d.add("报案人", N(p.zh), "（", D(p, ["cn", "cnnum"]), "出生，护照", ("passport", pp), "）称：", f"{when.year}年{when.month}月{when.day}日，一名自称", N(suspect.zh),
          "的中国男子承诺帮其兑换人民币，报案人将卢布从本人银行卡", ("bank_card", card), "转入对方卡号", ("bank_card", cn_card), "后，对方失联。")
    d.add("报案人在华联系电话：", cn_mobile(), "。")
    if opt("id_card", 0.7):
        d.add("\n经查，", N(suspect.zh), "，公民身份号码", ("id_card", id_card(suspect.dob, suspect.sex)), "。")
        if R.random() < 0.5:
            d.add("该人持有", ("passport", passport_for("CHN")), "号普通护照，案发后未出境。")


def r_telegram(d: Doc) -> None:
    """Telegram group export with Russian messages and Chinese annotation."""
    a = cyr_person()
    b = han_person()
    ha, hb = telegram(a), "@" + handle_base(b)
    day = rand_event_date()
    ts = f"{day.day:02d}.{day.month:02d}.{day.year}"
    d.add(f"Telegram 群组聊天记录导出（群名：«{R.choice(['Обмен валюты Суйфэньхэ', 'Маньчжурия барахолка', 'Хэйхэ такси'])}»）\n")
    d.add("成员：", N(a.latin), "（", ("im_handle", ha), "）；", N(b.zh), "（", ("im_handle", hb), "）\n")
    d.add(f"[{ts} 19:{R.randint(10, 19)}] ", N(a.latin), ": Привет, какой курс сегодня?\n")
    d.add(f"[{ts} 19:{R.randint(20, 29)}] ", N(b.zh), f": 11.{R.randint(5, 9)}, сколько нужно?\n")
    d.add(f"[{ts} 19:{R.randint(30, 39)}] ", N(a.latin), f": {R.randint(2, 9)}0 тысяч. Куда перевести?\n")
    d.add(f"[{ts} 19:{R.randint(40, 49)}] ", N(b.zh), ": Карта ", ("bank_card", bank_card("unionpay", "space4")), ", либо IBAN ", ("iban", iban_for(R.choice(["KZ", "BY", "GE", "AZ", "TR"]))), "\n")
    d.add(f"[{ts} 19:{R.randint(50, 59)}] ", N(a.latin), ": Ок. Моя машина ", ("plate", foreign_plate("ru")), ", буду у рынка через час. Звони ", ru_phone(a), "\n")
    d.add(f"[{ts} 20:{R.randint(10, 40)}] ", N(b.zh), ": Я на месте, ", ("address", cn_address(R.choice(["short", "zuo"]))), "\n")
    d.add("（民警注：", N(a.latin), "即", N(cyr_variant(a, "full")), "，", D(a, ["cn", "dot", "iso"]), "出生，护照", ("passport", passport_for(a.nat)), "。")
    if R.random() < 0.5:
        d.add(N(b.zh), "系中国籍，持", ("passport", passport_for("CHN")), "号护照。")
    if opt("residence_permit", 0.5):
        d.add("其居留许可", ("residence_permit", residence_permit("cn")), "已过期。")
    else:
        d.add("其签证", ("visa", visa_no("cn")), "为", visa_type_cn(), "字。")
    d.add("）")


def r_border(d: Doc) -> None:
    """口岸接处警记录 with Russian / Kazakh / Mongolian plates and a quoted exchange."""
    a = cyr_person()
    b = cyr_person(R.choice(["KAZ", "MNG", "UZB", "KGZ"]))
    d.add(f"{R.choice(['绥芬河', '满洲里', '二连浩特', '黑河'])}市公安局接处警记录\n", f"警情编号：{case_no(True)}\n", f"报警时间：{event_cn()}\n")
    d.add("报警人：", country_cn(a), "籍货车司机", N(a.zh), "（", N(cyr_variant(a, R.choice(["full", "upper_sur"]))), "），护照", ("passport", fmt_passport(passport_for(a.nat))),
          "，电话", ru_phone(a), "\n")
    pa, pb = foreign_plate("ru"), foreign_plate({"KAZ": "kz", "MNG": "mn", "UZB": "uz", "KGZ": "kz"}[b.nat])
    d.add("简要情况：报警人驾驶", ("plate", pa), "号牌货车（挂车号牌", ("plate", cn_plate("trailer")), "）在", R.choice(["互贸区", "中俄互市贸易区", "货场"]),
          "门口与", country_cn(b), "籍人员", N(b.zh), "驾驶的", ("plate", pb), "号牌越野车发生碰撞。\n")
    d.add("报警人陈述（原话）：«Он выехал на встречку, я ехал по ", R.choice(["ул. Ленина", "Таможенной улице", "центральной дороге"]), " и не успел затормозить.»\n")
    d.add("对方陈述：«", R.choice(["Мен кінәлі емеспін", "Я не виноват, он ехал быстро", "Би буруугүй"]), "»（我没有错）\n")
    d.add("对方身份：", N(cyr_variant(b, "full")), "，出生日期", D(b, RU_DATE_STYLES), "，护照", ("passport", passport_for(b.nat)), "，")
    if opt("residence_permit", 0.5):
        d.add("持居留许可", ("residence_permit", residence_permit("cn")), "，")
    else:
        d.add("持有效签证", ("visa", visa_no("cn")), "，")
    d.add("在华住址", ("address", cn_address()), "。\n处置结果：双方车辆移至", R.choice(["交警中队", "互贸区停车场"]), "，责任待认定。依据：", R.choice(STATUTES), "。")
    if opt("email", 0.5):
        d.add("\n报警人事后通过邮箱", ("email", email_for(a, "RU")), "提交了行车记录仪视频。")


def r_money(d: Doc) -> None:
    """地下钱庄案资金证据摘要 with Mir / Humo cards and KZ / BY IBANs."""
    p = cyr_person()
    d.add("涉嫌非法买卖外汇案 证据摘要（资金部分）\n", f"案件编号：{case_no()}\n")
    d.add("一、客户身份：", N(cyr_variant(p, "upper_sur")), "（", N(p.latin), "，中文名", N(p.zh), "）\n")
    d.add("　　出生：", D(p, RU_DATE_STYLES), "；证件：", ("passport", fmt_passport(passport_for(p.nat))), "；")
    if opt("residence_permit", 0.5):
        d.add("ВНЖ（", RU_COUNTRY.get(p.nat, "Россия"), "）：", ("residence_permit", residence_permit("ru" if p.nat == "RUS" else "kz")), "\n")
    else:
        d.add("中国永久居留：", ("permanent_residence", permanent_residence(p)), "\n")
    d.add("二、境外账户\n")
    net = {"UZB": "humo", "RUS": "mir"}.get(p.nat, R.choice(["visa", "mastercard"]))
    d.add("　　Карта ", {"humo": "Humo", "mir": "МИР"}.get(net, "Visa/MC"), "：", ("bank_card", bank_card(net)), "\n")
    d.add("　　Счёт (IBAN)：", ("iban", iban_for(R.choice(["KZ", "BY", "UA", "GE", "AZ"]), R.choice(["none", "space4"]))), "\n")
    d.add("三、境内收款\n")
    for _ in range(R.choice((1, 2))):
        h = han_person()
        d.add("　　", N(h.zh), "（", ("id_card", id_card(h.dob, h.sex)), "）　", ("bank_card", bank_card("unionpay", R.choice(["none", "space4"]))), f"　累计{amount_cn()}\n")
    d.add("四、联系方式：", ru_phone(p), "；", ("email", email_for(p, "RU")), "；Telegram ", ("im_handle", telegram(p)), "\n")
    d.add("说明：以上汇率按每卢布", f"0.0{R.randint(75, 85)}", "元折算，非账号信息。")


def r_register(d: Doc) -> None:
    """宾馆旅客登记簿照片转录, tab-separated with Cyrillic names."""
    place = R.choice([pl for pl in CN_PLACES if pl[1] in ("绥芬河市", "满洲里市", "黑河市")])
    d.add(f"{place[1]}某宾馆境外旅客登记簿（照片转录）\n", "宾馆地址：", ("address", cn_address("hotel", place)), "\n")
    d.add("№\tФамилия Имя\t中文名\tДата рожд.\tПаспорт\tВиза/ВНЖ\tТелефон\n")
    rows = R.choice((2, 3, 3))
    for i in range(rows):
        p = cyr_person()
        d.add(f"{i + 1}\t", N(cyr_variant(p, R.choice(["given_sur", "full", "upper_sur"]))), "\t", N(p.zh), "\t", ("date_of_birth", fmt_date(p.dob, R.choice(["dot", "dotyy"]))), "\t",
              ("passport", passport_for(p.nat)), "\t")
        r = R.random()
        d.add(("visa", visa_no("cn")) if r < 0.4 else ("residence_permit", residence_permit("cn")) if r < 0.7 else ("permanent_residence", permanent_residence(p)),
              "\t", ru_phone(p, style=R.choice(["nat", "e164"])), "\n")
    d.add("备注：", f"{R.randint(1, rows)}号", "旅客车辆 ", ("plate", foreign_plate(R.choice(["ru", "mn", "kz"]))), f"，入住押金{R.randint(2, 10) * 100}元。")


def r_mrz(d: Doc) -> None:
    """Russian passport MRZ check and a Kazakh / Chinese card MRZ."""
    p = cyr_person()
    pp = passport_for(p.nat)
    d.add("护照机读区核验记录（", RU_COUNTRY.get(p.nat, "Россия"), "，заграничный паспорт）\n")
    add_mrz(d, mrz_td3(p, pp))
    d.add("\n核验结论：校验位正确。持证人 ", N(cyr_variant(p, "upper_sur")), " / ", N(latin_variant(p, "upper")), "，Дата рождения ", D(p, ["dot", "ru_long2"]), "，")
    d.add("№ ", ("passport", fmt_passport(pp)), "。\n")
    if opt("permanent_residence", 0.5):
        pr = pr_new(p)
        d.add("持证人另持中国永久居留身份证，号码", ("permanent_residence", pr), "，卡背面：\n")
        add_mrz(d, mrz_td1(p, pr, "CHN"))
        if p.nat in ("KAZ", "KGZ", "UZB") or turn("rmrz_td2", 2):
            d.add("\n另附本国身份证（удостоверение личности）机读码：\n")
            add_mrz(d, mrz_td2(p, dg(9), p.nat))
    else:
        dn = dg(9)
        d.add("持证人另持本国身份证（удостоверение личности），TD2格式机读码：\n")
        add_mrz(d, mrz_td2(p, dn, p.nat))
        d.add("\n护照内贴居留许可，号码", ("residence_permit", residence_permit("cn")), "。")
    if opt("visa", 0.4):
        d.add("\n签证（Виза КНР）：", ("visa", visa_no("cn")), "，", visa_type_cn(), "字。")
    d.add("\n联系电话：", ru_phone(p), "　在华住址：", ("address", cn_address()))


RU_TEMPLATES = [r_interview, r_form, r_zayavlenie, r_telegram, r_border, r_money, r_register, r_mrz]


# ---------------------------------------------------------------------------
# ar-mixed layouts
# ---------------------------------------------------------------------------

AR_IBAN = {"SAU": "SA", "ARE": "AE", "EGY": "EG", "JOR": "JO", "IRQ": "IQ", "LBN": "LB", "PSE": "PS", "TUN": "TN",
           "KWT": "KW", "QAT": "QA", "LBY": "LY", "OMN": "OM"}


AR_HOME = {"SAU": (0, 7), "EGY": (1,), "JOR": (2,), "ARE": (3,), "IRQ": (4,), "MAR": (5,), "YEM": (6,), "LBN": (8,), "TUN": (9,)}


def ar_home(p: Person) -> str:
    if p.nat in AR_HOME and R.random() < 0.8:
        return AR_ADDR[R.choice(AR_HOME[p.nat])]()
    return R.choice(AR_ADDR)()


def ar_iban(p: Person, **kw) -> tuple:
    return ("iban", iban_for(AR_IBAN.get(p.nat, R.choice(["AE", "SA", "TR", "BH"])), **kw))


def ar_phone(p: Person, **kw) -> tuple:
    kw.setdefault("style", R.choice(["intl", "e164", "00", "nat"]))
    kw.setdefault("digits", "ar" if R.random() < 0.45 else "ascii")
    return ph(region_of(p), **kw)


def ar_name(p: Person, style: str | None = None) -> str:
    style = style or R.choice(["native", "native", "latin", "upper", "lower"])
    if style == "native":
        return p.native
    if style == "latin":
        return p.latin
    if style == "upper":
        return p.latin.upper()
    return p.latin.lower()


def a_interview(d: Doc) -> None:
    """询问笔录 with Arabic answers and inline translation."""
    p = arab_person()
    pp = passport_for(p.nat)
    visa = visa_no("cn")
    addr = cn_address()
    phone = ar_phone(p)
    d.add("询问笔录（阿拉伯语翻译）\n", f"时间：{event_cn()}　地点：{R.choice(['广州市公安局越秀区分局登峰派出所', '义乌市公安局福田派出所', '广州市公安局白云区分局三元里派出所'])}\n")
    d.add("被询问人：", N(p.zh), "（", N(p.native), "／", N(p.latin.upper()), "）\n")
    d.add("问：你叫什么名字？哪一年出生？\n答：«اسمي ", N(p.native), "، من مواليد ", ("date_of_birth", fmt_date(p.dob, R.choice(["ar_long", "ar_slash"]))), ".»（译：我叫", N(p.zh), "，", D(p, ["cn", "cn0"]), "出生。）\n")
    d.add("问：国籍和证件号码？\n答：«جنسيتي ", AR_COUNTRY[p.nat], "، رقم جواز السفر ", ("passport", pp), "، ورقم التأشيرة ", ("visa", visa), ".»\n")
    d.add("问：你在中国住在哪里？\n答：«أسكن في ", ("address", addr), "، وعنواني في بلدي: ", ("address", ar_home(p)), ".»\n")
    d.add("问：联系电话？\n答：«رقم هاتفي ", phone, "، وعندي رقم صيني ", cn_mobile(), ".»\n")
    d.add("问：讲讲事情经过。\n答：«اشتريت بضاعة من تاجر صيني اسمه ", N(han_person().zh), " ودفعت له ", to_ar(f"{R.randint(5, 60)}000"),
          " دولار بالتحويل، ثم أغلق المحل في ", R.choice(["سوق ييوو", "شارع شياوبي"]), " واختفى.»（译：我向一名中国商人购货并付款，之后对方关店消失。）\n")
    d.add("问：你是从哪个账户汇款的？\n答：«من حسابي، رقم الآيبان ", ar_iban(p), "، وأحياناً ببطاقة ", ("bank_card", bank_card(R.choice(["visa", "mastercard"]))), ".»\n")
    if opt("email", 0.5):
        d.add("问：电子邮箱？\n答：«بريدي ", ("email", email_for(p, "AR")), "»\n")
    else:
        d.add("问：你有中国永久居留证吗？\n答：«نعم، رقمها ", ("permanent_residence", permanent_residence(p)), "»\n")
    tr = han_person()
    d.add("问：以上属实吗？\n答：«نعم، هذا صحيح.»（是的，属实。）\n被询问人签名：", N(p.native), "　翻译：", N(tr.zh), "（", ("id_card", id_card(tr.dob, tr.sex)), "）")


def a_ifada(d: Doc) -> None:
    """Arabic written statement (إفادة) followed by a Chinese translation."""
    p = arab_person()
    pp = passport_for(p.nat)
    partner = arab_person()
    plate = foreign_plate(R.choice(["ae", "sa", "sa_ar", "eg", "jo"]))
    when = rand_event_date()
    d.add("当事人书面陈述（阿拉伯文原件，附译文）\n\nإفادة\n")
    d.add("أنا الموقع أدناه: ", N(p.native), "، الجنسية: ", AR_COUNTRY[p.nat], "، تاريخ الميلاد: ", ("date_of_birth", fmt_date(p.dob, R.choice(["ar_slash", "ar_iso", "dmy"]))), "،\n")
    d.add("رقم جواز السفر: ", ("passport", pp), "، رقم الهاتف: ", ar_phone(p), "،\n")
    d.add("العنوان الحالي: ", ("address", cn_address()), ".\n")
    if opt("residence_permit", 0.6):
        d.add("رقم الإقامة في الصين: ", ("residence_permit", residence_permit("cn")), ".\n")
    d.add(f"أفيد بأنه بتاريخ {to_ar(when.strftime('%d/%m/%Y'))} اتفقت مع شريكي ", N(partner.native), " على شحن بضاعة إلى ", R.choice(["دبي", "جدة", "الإسكندرية", "عمّان"]),
          "، وقد سلمته سيارتي ذات اللوحة ", ("plate", plate), " كضمان، لكنه لم يرد المبلغ.\n")
    d.add("بريده الإلكتروني: ", ("email", email_for(partner, "AR")), " وحسابه البنكي: ", ar_iban(partner, grouping="space4"), ".\n")
    d.add("التوقيع: ", N(p.native), "\n\n【译文】\n")
    d.add("本人", N(p.zh), "，", country_cn(p), "籍，", D(p, ["cn", "cnnum", "cn0"]), "出生，护照号码", ("passport", pp), "。", f"{when.year}年{when.month}月{when.day}日，本人与合伙人", N(partner.zh),
          "约定发货，并将本人号牌为", ("plate", plate), "的车辆交其作为担保，但对方未归还货款。")


def a_form(d: Doc) -> None:
    """Bilingual Chinese / Arabic registration form."""
    p = arab_person()
    d.add("境外人员住宿登记表 / استمارة تسجيل إقامة الأجانب\n")
    d.add("姓名 / الاسم الكامل：", N(p.native), "（", N(latin_variant(p, R.choice(["upper", "plain", "comma"]))), "）\n")
    d.add("中文译名：", N(p.zh), "\n")
    d.add("出生日期 / تاريخ الميلاد：", D(p, AR_DATE_STYLES), "\n")
    d.add("国籍 / الجنسية：", country_cn(p), " / ", AR_COUNTRY[p.nat], "\n")
    d.add("护照号码 / رقم جواز السفر：", ("passport", passport_for(p.nat)), "\n")
    if opt("permanent_residence", 0.3):
        d.add("永久居留证 / بطاقة الإقامة الدائمة：", ("permanent_residence", permanent_residence(p)), "\n")
    else:
        if opt("visa", 0.5):
            d.add("签证号码 / رقم التأشيرة：", ("visa", visa_no("cn")), "\n")
        if opt("residence_permit", 0.4):
            d.add("居留许可 / رقم الإقامة：", ("residence_permit", residence_permit("cn")), "\n")
    if p.nat in ("SAU", "ARE"):
        kind = "sa" if p.nat == "SAU" else "ae"
        d.add("沙特/阿联酋居留 / رقم الإقامة السابقة：", ("residence_permit", residence_permit(kind)), "\n")
    d.add("在华住址 / العنوان في الصين：", ("address", cn_address()), "\n")
    d.add("本国住址 / العنوان في البلد الأصلي：", ("address", ar_home(p)), "\n")
    d.add("电话 / الهاتف：", ar_phone(p), "\n")
    d.add("邮箱 / البريد الإلكتروني：", ("email", email_for(p, "AR")), "\n")
    d.add("微信 / وي تشات：", ("im_handle", wechat_id(p)), "\n")
    g = han_person()
    d.add("担保人 / الكفيل：", N(g.zh), "　", cn_mobile(), "　身份证：", ("id_card", id_card(g.dob, g.sex)), "\n")
    if opt("iban", 0.6):
        d.add("收款账户 / رقم الآيبان：", ar_iban(p), "\n")
    d.add("登记日期 / تاريخ التسجيل：", rand_event_date().isoformat())


def a_whatsapp(d: Doc) -> None:
    """WhatsApp chat log, Arabic messages with Arabic-Indic timestamps."""
    p = arab_person()
    q = arab_person()
    owner = N(p.native)
    day = rand_event_date()
    d.add("WhatsApp 聊天记录（提取自扣押手机，机主：", owner, "，号码 ", ar_phone(p, style="intl", digits="ascii"), "）\n")

    clock_min = [R.randint(8 * 60, 20 * 60)]

    def ts() -> str:
        clock_min[0] += R.randint(1, 25)
        hh, mm = divmod(clock_min[0], 60)
        return to_ar(f"{day.day}/{day.month}/{day.year} {(hh - 1) % 12 + 1}:{mm:02d}") + (" م" if hh >= 12 else " ص")

    nq = ar_name(q, R.choice(["native", "latin"]))
    d.add(f"[{ts()}] ", N(nq), ": السلام عليكم، هل وصلت الحاوية؟\n")
    d.add(f"[{ts()}] ", owner, ": وعليكم السلام، نعم. المستودع في ", ("address", cn_address(R.choice(["short", "zuo", "compound"]))), "\n")
    d.add(f"[{ts()}] ", N(nq), ": أرسل لي رقمك الجديد\n")
    d.add(f"[{ts()}] ", owner, ": ", cn_mobile(digits="ar" if R.random() < 0.5 else "ascii"), "\n")
    d.add(f"[{ts()}] ", N(nq), ": حوّل المبلغ على هذا الحساب ", ar_iban(q), "\n")
    d.add(f"[{ts()}] ", N(nq), ": باسم ", N(ar_name(q, "upper")), "\n")
    d.add(f"[{ts()}] ", owner, ": تمام، وهذا حسابي على تيليجرام ", ("im_handle", telegram(p)), "\n")
    d.add(f"[{ts()}] ", N(nq), ": رقم الحاوية ", f"MSKU{dg(7)}", " والرحلة ", R.choice(FLIGHTS), "\n")
    d.add("（民警注：对方", N(nq), "即", N(q.zh), "，经查其", D(q, ["cn", "iso"]), "出生，护照", ("passport", passport_for(q.nat)), "，")
    if opt("permanent_residence", 0.5):
        d.add("持永居证", ("permanent_residence", permanent_residence(q)), "。）")
    else:
        d.add("签证号", ("visa", visa_no("cn")), "。）")


def a_callout(d: Doc) -> None:
    """涉外接处警记录 in a market dispute; Arab caller, Chinese counterpart."""
    p = arab_person()
    h = han_person()
    d.add("涉外警情处置记录\n", f"警情编号：{case_no(True)}　接警：{event_cn()}\n")
    d.add("报警人：", N(p.zh), "（阿文名", N(p.native), "），", country_cn(p), "籍商人，", D(p, ZH_DATE_STYLES), "生，持", ("passport", passport_for(p.nat)), "号护照，手机", ar_phone(p, digits="ascii"), "。\n")
    d.add("被反映人：", N(h.zh), "，", R.choice(["义乌某商行经营者", "小北路某外贸公司老板", "国际商贸城摊主"]), "，身份证", ("id_card", id_card(h.dob, h.sex)), "，电话", cn_mobile(), "。")
    if R.random() < 0.5:
        d.add("其持有的护照", ("passport", passport_for("CHN")), "显示近期多次往返迪拜。")
    d.add("\n")
    d.add("警情：报警人称其于", f"{R.randint(1, 12)}月", "向被反映人订购", R.choice(["服装", "五金", "饰品", "手机配件"]), "一批，已通过银行卡", ("bank_card", bank_card("visa" if R.random() < 0.5 else "mastercard")),
          "支付定金", amount_cn(), "，尾款汇至对方账户", ("bank_card", bank_card("unionpay")), "，现对方拒不发货。\n")
    d.add("现场：被反映人店铺位于", ("address", cn_address(R.choice(["full", "short", "zuo"]))), "，门前停放其", ("plate", cn_plate(R.choice(["std", "nev", "nevl"]))), "号牌轿车。\n")
    d.add("报警人原话：«", R.choice(["دفعت كل شيء ولم أستلم أي بضاعة", "هذا التاجر كذاب، أريد حقي", "عندي كل الإيصالات"]), "»\n")
    if opt("visa", 0.5):
        d.add("报警人所持签证号码", ("visa", visa_no("cn")), "，", visa_type_cn(), "字，停留期", str(R.choice((30, 60, 90))), "日。\n")
    if opt("residence_permit", 0.5):
        d.add("报警人另提供其阿联酋居留号", ("residence_permit", residence_permit("ae")), "及迪拜住址", ("address", R.choice(AR_ADDR[3:4] + EN_ADDR[5:6])()), "。\n")
    else:
        d.add("报警人另持中国居留许可", ("residence_permit", residence_permit("cn")), "，微信号", ("im_handle", wechat_id(p)), "。\n")
    if opt("iban", 0.6):
        d.add("报警人要求退款至其本国账户", ar_iban(p, grouping="space4"), "，邮箱", ("email", email_for(p, "AR")), "。\n")
    d.add("处置：告知双方通过民事途径解决，依据", R.choice(STATUTES), "对相关情况予以登记。")


def a_hotel(d: Doc) -> None:
    """Hotel export, comma-separated, Arabic and Latin names side by side."""
    addr = cn_address("hotel", R.choice(CN_PLACES[:4]))
    d.add("酒店境外旅客登记导出（CSV）\n酒店地址：", ("address", addr), "\n")
    d.add("room,name_ar,name_en,name_zh,nat,dob,passport,visa_or_pr,mobile,im\n")
    for _ in range(R.choice((2, 3))):
        p = arab_person()
        d.add(f"{R.randint(3, 25)}{R.randint(1, 30):02d},", N(p.native), ",", N(latin_variant(p, R.choice(["upper", "lower", "plain"]))), ",", N(p.zh), f",{p.nat},",
              ("date_of_birth", fmt_date(p.dob, R.choice(["iso", "dmy", "compact", "ar_iso"]))), ",", ("passport", passport_for(p.nat)), ",")
        r = R.random()
        if r < 0.3:
            d.add(("visa", visa_no("cn")), ",")
        elif r < 0.6:
            d.add(("permanent_residence", permanent_residence(p)), ",")
        elif r < 0.85:
            d.add(("residence_permit", residence_permit("cn")), ",")
        else:
            d.add(("visa", visa_no(R.choice(["sa", "ae"]))), ",")
        im = R.choice([("im_handle", wa_link(p)), ("im_handle", "imo:" + handle_base(p)), ("im_handle", telegram(p)), ("im_handle", other_im(p))])
        d.add(ar_phone(p, style="e164", digits="ascii"), ",", im, "\n")
    d.add("# 注：room 为房号；押金 ", f"{R.randint(3, 20) * 100}元", " 不计入导出")
    if opt("id_card", 0.6):
        clerk = han_person()
        d.add("\n# 前台：", N(clerk.zh), "，身份证", ("id_card", id_card(clerk.dob, clerk.sex)))


def a_embassy(d: Doc) -> None:
    """Embassy note verbale in Arabic with the Chinese translation."""
    p = arab_person()
    pp = passport_for(p.nat)
    officer = arab_person(p.nat)
    while officer.surname == p.surname:
        officer = arab_person()
    d.add(f"سفارة {AR_COUNTRY[p.nat]} لدى جمهورية الصين الشعبية — القسم القنصلي\n")
    d.add(f"مذكرة رقم {to_ar(str(R.randint(100, 999)))}/ق/{to_ar(str(R.randint(2023, 2024)))}\n\n")
    d.add("تهدي سفارة ", AR_COUNTRY[p.nat], " أطيب تحياتها، وتود إبلاغكم بأن المواطن" if p.sex == "M" else " أطيب تحياتها، وتود إبلاغكم بأن المواطنة", " ", N(p.native), "، ")
    d.add("حامل جواز السفر رقم ", ("passport", pp), "، المولود بتاريخ " if p.sex == "M" else "، المولودة بتاريخ ", D(p, ["ar_long", "ar_slash", "ar_long_lat"]), "، ")
    d.add("فُقد الاتصال به منذ أسبوعين، وآخر عنوان معروف له: " if p.sex == "M" else "فُقد الاتصال بها منذ أسبوعين، وآخر عنوان معروف لها: ", ("address", cn_address()), ".\n")
    d.add("رقم هاتف العائلة: ", ar_phone(p), "، والبريد الإلكتروني للقنصل: ", ("email", f"{re.sub(r'[^a-z]', '', ascii_name(officer.given.split()[0]).lower())}.{re.sub(r'[^a-z]', '', ascii_name(officer.surname).lower())}@embassy-{region_of(p).lower()}.example.org"), "\n\n")
    d.add("【译文】", country_cn(p), "驻华使馆领事部照会：该国公民", N(p.zh), "（", N(p.latin), "，护照号", ("passport", pp), "）已失联两周，最后已知住址见上。")
    if R.random() < 0.6:
        d.add("据家属反映，其在华使用车辆号牌为", ("plate", cn_plate()), "，常用微信号", ("im_handle", wechat_id(p)), "。")
    else:
        d.add("其持有外国人永久居留身份证（", ("permanent_residence", permanent_residence(p)), "），可据此查询住宿登记。")
    d.add("\n联系人：领事 ", N(officer.latin))


def a_mrz(d: Doc) -> None:
    """Bilingual passport data page read by a scanner, plus a Gulf residence card MRZ."""
    p = arab_person()
    pp = passport_for(p.nat)
    d.add("护照资料页识读记录\n", "الاسم / Name：", N(p.native), " / ", N(p.latin.upper()), "\n")
    d.add("تاريخ الميلاد / Date of birth：", ("date_of_birth", fmt_date(p.dob, "ar_slash")), " / ", ("date_of_birth", fmt_date(p.dob, "en_abbr2")), "\n")
    d.add("رقم الجواز / Passport No.：", ("passport", pp), "\n机读码：\n")
    add_mrz(d, mrz_td3(p, pp))
    d.add("\n")
    k = R.random()
    if k < 0.4:
        rp = residence_permit("sa") if R.random() < 0.5 else dg(9)
        issuer = "SAU" if len(rp) == 10 else R.choice(["ARE", "QAT", "KWT"])
        d.add("另持", {"SAU": "沙特", "ARE": "阿联酋", "QAT": "卡塔尔", "KWT": "科威特"}[issuer], "居留卡（رقم الإقامة ", ("residence_permit", rp), "），背面机读码：\n")
        add_mrz(d, mrz_td1(p, rp, issuer, "IL" if issuer == "ARE" else "I<"))
    elif k < 0.65:
        d.add("另持本国旧版身份证（بطاقة الهوية），机读码两行：\n")
        add_mrz(d, mrz_td2(p, up(1) + dg(8), p.nat, R.choice(["I<", "ID"])))
    else:
        pr = pr_new(p)
        d.add("另持中国外国人永久居留身份证 ", ("permanent_residence", pr), "，机读码：\n")
        add_mrz(d, mrz_td1(p, pr, "CHN"))
    if opt("visa", 0.4):
        d.add("\n护照第", str(R.randint(3, 30)), "页贴有我国签证，号码", ("visa", visa_no("cn")), "（", visa_type_cn(), "字）。")
    d.add("\n核验人：赵某")


AR_TEMPLATES = [a_interview, a_ifada, a_form, a_whatsapp, a_callout, a_hotel, a_embassy, a_mrz]


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

MRZ_SHAPES = {(44, 2): "TD3", (36, 2): "TD2", (30, 3): "TD1"}


def check_mrz_group(lines: list[str]) -> None:
    shape = MRZ_SHAPES.get((len(lines[0]), len(lines)))
    assert shape, [len(x) for x in lines]
    assert all(len(x) == len(lines[0]) for x in lines), lines
    assert all(re.fullmatch(r"[A-Z0-9<]+", x) for x in lines), lines
    if shape == "TD3":
        l2 = lines[1]
        assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27], l2
        assert mrz_cd(l2[28:42]) == l2[42] and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43], l2
    elif shape == "TD2":
        l2 = lines[1]
        assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27], l2
        assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:35]) == l2[35], l2
    else:
        l1, l2 = lines[0], lines[1]
        if l1[14] == "<":
            over = l1[15:30].split("<")[0]
            assert mrz_cd(l1[5:14] + over[:-1]) == over[-1], l1
        else:
            assert mrz_cd(l1[5:14]) == l1[14], l1
        assert mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14], l2
        assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29], (l1, l2)


def validate_value(typ: str, val: str, phone_hint: tuple | None) -> None:
    a = ascii_digits(val)
    if typ == "id_card":
        assert std_ric.is_valid(a), val
    elif typ == "permanent_residence":
        if a.startswith("9"):
            assert len(a) == 18 and a[:17].isdigit() and gb11643_check(a[:17]) == a[17], val
        else:
            assert re.fullmatch(r"[A-Z]{3}\d{12}", a), val
    elif typ == "bank_card":
        digits = re.sub(r"[ \-]", "", a)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and std_luhn.is_valid(digits), val
    elif typ == "iban":
        assert std_iban.is_valid(a), val
    elif typ == "phone":
        parse_str, region = phone_hint
        num = phonenumbers.parse(parse_str, region)
        assert phonenumbers.is_valid_number(num), (val, parse_str, region)
        assert re.sub(r"\D", "", a).endswith(str(num.national_number)), (val, parse_str)
    elif typ == "email":
        assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", val), val
    elif typ == "date_of_birth":
        assert re.search(r"[0-9〇一二三四五六七八九]", a), val


def validate_doc(rec: dict, phone_hints: dict[str, tuple]) -> None:
    text, spans = rec["text"], rec["spans"]
    prev_end = -1
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"], sp
        assert sp["start"] >= prev_end, ("overlap", rec["id"], sp)
        assert sp["type"] in TYPES
        assert "\n" not in sp["value"], sp
        prev_end = sp["end"]
        validate_value(sp["type"], sp["value"], phone_hints.get(sp["value"]))
    # every occurrence of every planted value must lie inside some span
    for sp in spans:
        v = sp["value"]
        for m in re.finditer(re.escape(v), text):
            s0, e0 = m.start(), m.end()
            assert any(o["start"] <= s0 and e0 <= o["end"] for o in spans), ("unannotated occurrence", rec["id"], v, text[max(0, s0 - 20):e0 + 20])
    # MRZ groups: consecutive mrz spans separated only by a newline
    groups: list[list[str]] = []
    size = {44: 2, 36: 2, 30: 3}
    for sp in spans:
        if sp["type"] != "mrz":
            continue
        v = sp["value"]
        if groups and len(groups[-1][0]) == len(v) and len(groups[-1]) < size.get(len(v), 0):
            groups[-1].append(v)
        else:
            groups.append([v])
    for g in groups:
        check_mrz_group(g)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

LANG_TEMPLATES = {"zh": ZH_TEMPLATES, "en": EN_TEMPLATES, "ru-mixed": RU_TEMPLATES, "ar-mixed": AR_TEMPLATES}


def build() -> list[dict]:
    records = []
    for lang in LANGS:
        temps = LANG_TEMPLATES[lang]
        order = (temps * (N_PER_LANG // len(temps) + 1))[:N_PER_LANG]
        R.shuffle(order)
        for i, tmpl in enumerate(order, 1):
            d = Doc(lang)
            tmpl(d)
            spans = sorted(d.spans, key=lambda s: s["start"])
            rec = {"id": f"{FAMILY}-{lang}-{i:03d}", "lang": lang, "family": FAMILY, "text": d.text(), "spans": spans}
            validate_doc(rec, d.phone_regions)
            records.append(rec)
            TALLY.update(sp["type"] for sp in spans)
            PROGRESS[0] += 1
    return records


def main() -> int:
    records = build()
    by_lang = Counter(r["lang"] for r in records)
    by_type = Counter(s["type"] for r in records for s in r["spans"])
    assert len(records) == 4 * N_PER_LANG and all(by_lang[lang] == N_PER_LANG for lang in LANGS), by_lang
    short = {t: by_type[t] for t in TYPES if by_type[t] < 50}
    assert not short, short
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} documents to {OUT}")
    for t in TYPES:
        per = Counter(r["lang"] for r in records for s in r["spans"] if s["type"] == t)
        print(f"  {t:20s} {by_type[t]:4d}  " + "  ".join(f"{lang}={per[lang]}" for lang in LANGS))
    print(f"  {'total':20s} {sum(by_type.values()):4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
