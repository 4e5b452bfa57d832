# ruff: noqa: E501
"""Generate the held-out PII family G6: eval/data/pii_heldout_g.jsonl.

Everything here is SYNTHETIC: 120 invented police case-file documents (30 each of
"zh", "en", "ru-mixed", "ar-mixed") with character-span ground truth for the
personal data planted in them. All names, numbers, addresses and accounts are
made up; identifiers are only shaped to pass their checksums / validators.

Seed 7741, family "G6". Written by someone who did not read the recognizers under
guardrails/, nor the other families' data files, templates or value pools; only the
small numeral / check-digit helpers of make_pii_fresh.py are reused.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban, luhn
from stdnum.cn import ric
from stdnum.iso7064 import mod_97_10

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pii_fresh import AR_DIGITS, cn_number, cn_small, cn_year, mrz_check

SEED = 7741
FAMILY = "G6"
OUT = Path(__file__).resolve().parent.parent / "eval" / "data" / "pii_heldout_g.jsonl"
TYPES = [
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
]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def digits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def letters(n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(R.choice(pool) for _ in range(n))


def fill(pattern: str) -> str:
    """'n' -> digit, 'a' -> letter, 'c' -> alnum; others literal."""
    out = []
    for p in pattern:
        if p == "n":
            out.append(R.choice("0123456789"))
        elif p == "a":
            out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif p == "c":
            out.append(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(p)
    return "".join(out)


# ---------------------------------------------------------------- countries
# code: iso3, numeric, phone patterns (X = random digit), passport pattern
COUNTRIES = {
    "PH": (
        "PHL",
        "608",
        ["+63 917 XXX XXXX", "0918 XXX XXXX", "+63-927-XXX-XXXX"],
        ["Pnnnnnnna", "aannnnnnn"],
        "菲律宾",
    ),
    "ID": (
        "IDN",
        "360",
        ["+62 812-XXXX-XXXX", "0813 XXXX XXXX", "+6285XXXXXXXXX"],
        ["annnnnnn", "a nnnnnnn"],
        "印度尼西亚",
    ),
    "MY": (
        "MYS",
        "458",
        ["+60 12-XXX XXXX", "012-XXX XXXX", "+60 16 XXX XXXX"],
        ["Annnnnnnn", "Hnnnnnnnn"],
        "马来西亚",
    ),
    "PK": ("PAK", "586", ["+92 300 XXXXXXX", "0321-XXXXXXX", "+92 333 XXX XXXX"], ["aannnnnnn"], "巴基斯坦"),
    "BD": (
        "BGD",
        "050",
        ["+880 1712-XXXXXX", "01819-XXXXXX", "+8801911XXXXXX"],
        ["aannnnnnn", "Annnnnnnn"],
        "孟加拉国",
    ),
    "IR": ("IRN", "364", ["+98 912 XXX XXXX", "0935 XXX XXXX"], ["annnnnnnn"], "伊朗"),
    "MN": ("MNG", "496", ["+976 88XX XXXX", "+976 99XX-XXXX", "9911XXXX"], ["Ennnnnnn", "aannnnnnn"], "蒙古国"),
    "IT": ("ITA", "380", ["+39 333 XXX XXXX", "+39 347 XXXXXXX", "0039 320 XXX XXXX"], ["aannnnnnn"], "意大利"),
    "ES": ("ESP", "724", ["+34 612 XX XX XX", "+34 699 XXX XXX", "655 XX XX XX"], ["aaannnnnn"], "西班牙"),
    "PL": ("POL", "616", ["+48 512 XXX XXX", "+48 601-XXX-XXX", "0048 789 XXX XXX"], ["aannnnnnn"], "波兰"),
    "FR": ("FRA", "250", ["+33 6 XX XX XX XX", "06 XX XX XX XX", "+33 (0)7 XX XX XX XX"], ["nnaannnnn"], "法国"),
    "NG": (
        "NGA",
        "566",
        ["+234 803 XXX XXXX", "0806 XXX XXXX", "+234 (0) 813 XXX XXXX"],
        ["Annnnnnnn", "Bnnnnnnnn"],
        "尼日利亚",
    ),
    "KE": ("KEN", "404", ["+254 712 XXXXXX", "0722 XXX XXX", "+254-733-XXX-XXX"], ["AKnnnnnnn", "Annnnnnn"], "肯尼亚"),
    "MX": (
        "MEX",
        "484",
        ["+52 55 XXXX XXXX", "+52 (33) XXXX-XXXX", "+52 81 XXXX XXXX"],
        ["Gnnnnnnnn", "Nnnnnnnnn"],
        "墨西哥",
    ),
    "AR": ("ARG", "032", ["+54 9 11 XXXX-XXXX", "+54 9 351 XXX-XXXX"], ["aaannnnnn"], "阿根廷"),
    "RU": (
        "RUS",
        "643",
        ["+7 912 XXX-XX-XX", "8 (916) XXX-XX-XX", "+7(926)XXXXXXX", "8-903-XXX-XX-XX"],
        ["nn nnnnnnn", "nnnnnnnnn"],
        "俄罗斯",
    ),
    "BY": (
        "BLR",
        "112",
        ["+375 29 XXX-XX-XX", "+375 (33) XXX XX XX", "+375-44-XXX-XX-XX"],
        ["MPnnnnnnn", "KHnnnnnnn", "ABnnnnnnn"],
        "白俄罗斯",
    ),
    "UZ": (
        "UZB",
        "860",
        ["+998 90 XXX XX XX", "+998 (93) XXX-XX-XX", "+99897XXXXXXX"],
        ["FAnnnnnnn", "AAnnnnnnn"],
        "乌兹别克斯坦",
    ),
    "KZ": ("KAZ", "398", ["+7 701 XXX XX XX", "+7 (747) XXX-XX-XX"], ["Nnnnnnnnn"], "哈萨克斯坦"),
    "IQ": ("IRQ", "368", ["+964 770 XXX XXXX", "0780 XXX XXXX", "+964 750 XXX XXXX"], ["Annnnnnnn"], "伊拉克"),
    "TN": ("TUN", "788", ["+216 20 XXX XXX", "+216 98 XXX XXX", "+216 55 XXX XXX"], ["Xnnnnnn", "Znnnnnn"], "突尼斯"),
    "EG": ("EGY", "818", ["+20 10 XXXX XXXX", "010 XXXX XXXX", "+20 122 XXX XXXX"], ["Annnnnnnn"], "埃及"),
    "SA": ("SAU", "682", ["+966 50 XXX XXXX", "055 XXX XXXX", "+966 56 XXX XXXX"], ["annnnnnn"], "沙特阿拉伯"),
    "AE": ("ARE", "784", ["+971 50 XXX XXXX", "+971 55 XXX XXXX", "052 XXX XXXX"], ["nnnnnnnnn"], "阿联酋"),
    "JO": ("JOR", "400", ["+962 7 9XXX XXXX", "+962 78 XXX XXXX", "079 XXX XXXX"], ["annnnnn"], "约旦"),
    "MA": ("MAR", "504", ["+212 6XX-XXXXXX", "+212 661 XX XX XX", "0661-XXXXXX"], ["aannnnnnn"], "摩洛哥"),
    "CN": (
        "CHN",
        "156",
        [
            "138 XXXX XXXX",
            "+86 139-XXXX-XXXX",
            "186XXXXXXXX",
            "(+86)177 XXXX XXXX",
            "15X-XXXX-XXXX",
            "0086 199 XXXX XXXX",
        ],
        ["Ennnnnnnn", "EAnnnnnnn", "Gnnnnnnnn"],
        "中国",
    ),
}

EN_NAME = {
    "PH": "Philippine",
    "ID": "Indonesian",
    "MY": "Malaysian",
    "PK": "Pakistani",
    "BD": "Bangladeshi",
    "IR": "Iranian",
    "MN": "Mongolian",
    "IT": "Italian",
    "ES": "Spanish",
    "PL": "Polish",
    "FR": "French",
    "NG": "Nigerian",
    "KE": "Kenyan",
    "MX": "Mexican",
    "AR": "Argentine",
}
EN_C = ["PH", "ID", "MY", "PK", "BD", "IR", "MN", "IT", "ES", "PL", "FR", "NG", "KE", "MX", "AR"]
RU_C = ["RU", "BY", "UZ", "KZ"]
AR_C = ["IQ", "TN", "EG", "SA", "AE", "JO", "MA"]


def phone(cc: str, pattern: str | None = None) -> str:
    pats = COUNTRIES[cc][2]
    for _ in range(400):
        pat = pattern or ch(pats)
        raw = "".join(R.choice("0123456789") if c == "X" else c for c in pat)
        if phonenumbers.is_valid_number(phonenumbers.parse(raw, cc)):
            return raw
    raise RuntimeError(f"no valid phone for {cc}")


def passport(cc: str) -> str:
    return fill(ch(COUNTRIES[cc][3]))


# ---------------------------------------------------------------- names
HAN_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
HAN_COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "慕容",
    "皇甫",
    "尉迟",
    "令狐",
    "东方",
    "夏侯",
    "端木",
    "公孙",
    "呼延",
    "长孙",
]
HAN_GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国志文斌宁浩宇晨欣怡子涵梓萱雨轩博睿瑶琳佳嘉铭昊然思彤一诺梦婷海燕春生秋菊永福德胜立新晓东卫红"
)


def han_name() -> str:
    sur = ch(HAN_COMPOUND) if R.random() < 0.18 else ch(HAN_SUR)
    given = "".join(ch(HAN_GIVEN) for _ in range(R.choice([1, 2, 2])))
    return sur + given


# latin given / surname pools with Chinese transliteration, per country
LAT = {
    "PH": (
        [
            ("Maricel", "玛丽塞尔"),
            ("Jericho", "杰里科"),
            ("Rowena", "罗薇娜"),
            ("Dindo", "丁多"),
            ("Analyn", "安娜琳"),
            ("Ramil", "拉米尔"),
        ],
        [
            ("Dimaculangan", "迪马库朗安"),
            ("Villanueva", "比利亚努埃瓦"),
            ("Macaraeg", "马卡拉埃格"),
            ("Dela Paz", "德拉帕斯"),
            ("Sison", "西松"),
        ],
    ),
    "ID": (
        [("Wulan", "乌兰"), ("Bayu", "巴尤"), ("Sri", "斯里"), ("Agus", "阿古斯"), ("Dewi", "德维"), ("Putu", "普图")],
        [
            ("Kurniawan", "库尼亚万"),
            ("Siregar", "西雷加尔"),
            ("Wibisono", "维比索诺"),
            ("Nasution", "纳苏蒂安"),
            ("Hartono", "哈托诺"),
        ],
    ),
    "MY": (
        [("Aiman", "艾曼"), ("Nurul", "努鲁尔"), ("Hafiz", "哈菲兹"), ("Siti", "西蒂"), ("Kavitha", "卡维塔")],
        [
            ("bin Rosli", "宾·罗斯利"),
            ("binti Kamarudin", "宾蒂·卡玛鲁丁"),
            ("Subramaniam", "苏布拉马尼亚姆"),
            ("bin Zakaria", "宾·扎卡里亚"),
        ],
    ),
    "PK": (
        [("Imran", "伊姆兰"), ("Saima", "赛玛"), ("Bilal", "比拉尔"), ("Farah", "法拉"), ("Usman", "乌斯曼")],
        [("Qureshi", "库雷希"), ("Chaudhry", "乔杜里"), ("Baloch", "俾路支"), ("Awan", "阿万"), ("Malik", "马利克")],
    ),
    "BD": (
        [("Rafiqul", "拉菲库尔"), ("Nasrin", "纳斯琳"), ("Tanvir", "坦维尔"), ("Shahana", "沙哈娜")],
        [("Hossain", "侯赛因"), ("Chowdhury", "乔杜里"), ("Talukder", "塔卢克德尔"), ("Sarker", "萨尔卡")],
    ),
    "IR": (
        [("Dariush", "达留什"), ("Shirin", "希琳"), ("Kourosh", "库罗什"), ("Parisa", "帕丽莎")],
        [("Rezaei", "雷扎伊"), ("Moradi", "莫拉迪"), ("Karimzadeh", "卡里姆扎德"), ("Tehrani", "德黑兰尼")],
    ),
    "MN": (
        [
            ("Batbayar", "巴特巴雅尔"),
            ("Oyuntsetseg", "奥云其其格"),
            ("Ganbold", "甘宝力德"),
            ("Enkhjargal", "恩赫扎尔嘎勒"),
        ],
        [
            ("Tserendorj", "策仁道尔吉"),
            ("Dashdondog", "达西东道格"),
            ("Sukhbaatar", "苏赫巴托尔"),
            ("Baatar", "巴特尔"),
        ],
    ),
    "IT": (
        [
            ("Gianluca", "詹卢卡"),
            ("Chiara", "基娅拉"),
            ("Niccolò", "尼科洛"),
            ("Ilaria", "伊拉莉亚"),
            ("Raffaele", "拉法埃莱"),
        ],
        [
            ("Esposito", "埃斯波西托"),
            ("Ferraro", "费拉罗"),
            ("De Luca", "德卢卡"),
            ("Santoro", "桑托罗"),
            ("Mancuso", "曼库索"),
        ],
    ),
    "ES": (
        [("Íñigo", "伊尼戈"), ("Begoña", "贝戈尼亚"), ("Jesús", "赫苏斯"), ("Lucía", "露西亚"), ("Álvaro", "阿尔瓦罗")],
        [
            ("Núñez", "努涅斯"),
            ("Etxeberria", "埃切贝里亚"),
            ("Jiménez", "希门尼斯"),
            ("Castaño", "卡斯塔尼奥"),
            ("Ortega", "奥尔特加"),
        ],
    ),
    "PL": (
        [
            ("Łukasz", "卢卡什"),
            ("Małgorzata", "玛乌戈扎塔"),
            ("Grzegorz", "格热戈日"),
            ("Agnieszka", "阿格涅什卡"),
            ("Wojciech", "沃伊切赫"),
        ],
        [
            ("Wiśniewski", "维希涅夫斯基"),
            ("Wójcik", "武伊齐克"),
            ("Zieliński", "杰林斯基"),
            ("Dąbrowski", "东布罗夫斯基"),
            ("Krawczyk", "克拉夫奇克"),
        ],
    ),
    "FR": (
        [("Gaëlle", "加埃勒"), ("Jérôme", "热罗姆"), ("Anaïs", "阿娜伊斯"), ("Benoît", "伯努瓦"), ("Hélène", "埃莱娜")],
        [("Lefèvre", "勒菲弗"), ("Giraud", "吉罗"), ("Rousseau", "卢梭"), ("Mercier", "梅西耶"), ("Fontaine", "方丹")],
    ),
    "NG": (
        [
            ("Chukwuemeka", "楚库埃梅卡"),
            ("Ngozi", "恩戈齐"),
            ("Oluwaseun", "奥卢瓦塞恩"),
            ("Adaeze", "阿达埃泽"),
            ("Babatunde", "巴巴通德"),
        ],
        [("Okonkwo", "奥孔科沃"), ("Adeyemi", "阿德耶米"), ("Eze", "埃泽"), ("Balogun", "巴洛贡"), ("Nwosu", "恩沃苏")],
    ),
    "KE": (
        [("Wanjiru", "万吉鲁"), ("Otieno", "奥蒂诺"), ("Achieng", "阿琴"), ("Kipchoge", "基普乔格")],
        [("Mwangi", "姆万吉"), ("Kamau", "卡马乌"), ("Odhiambo", "奥迪安博"), ("Cheruiyot", "切鲁约特")],
    ),
    "MX": (
        [("Guadalupe", "瓜达卢佩"), ("Joaquín", "华金"), ("Ximena", "希梅娜"), ("Rodrigo", "罗德里戈")],
        [("Hernández", "埃尔南德斯"), ("Villaseñor", "比利亚塞尼奥尔"), ("Cárdenas", "卡德纳斯"), ("Zúñiga", "苏尼加")],
    ),
    "AR": (
        [("Agustina", "阿古斯蒂娜"), ("Facundo", "法昆多"), ("Martín", "马丁"), ("Florencia", "弗洛伦西亚")],
        [("Benítez", "贝尼特斯"), ("Sosa", "索萨"), ("Medina", "梅迪纳"), ("Quiroga", "基罗加")],
    ),
}

# Cyrillic: (nom, gen, dat, ins) built from stems; (given, patronymic stem, surname) with gender
RU_MALE_GIVEN = [
    ("Тимур", "帖木儿"),
    ("Андрей", "安德烈"),
    ("Кирилл", "基里尔"),
    ("Денис", "杰尼斯"),
    ("Рустам", "鲁斯塔姆"),
    ("Аркадий", "阿尔卡季"),
    ("Глеб", "格列布"),
    ("Евгений", "叶夫根尼"),
]
RU_FEM_GIVEN = [
    ("Ольга", "奥莉加"),
    ("Дарья", "达里娅"),
    ("Мария", "玛丽亚"),
    ("Наталья", "娜塔莉娅"),
    ("Зарина", "扎丽娜"),
    ("Алёна", "阿廖娜"),
    ("Ксения", "克谢尼娅"),
]
RU_PATR = ["Сергеев", "Олегов", "Викторов", "Рашидов", "Павлов", "Игорев", "Бахтиёров"]
RU_SUR = [
    ("Кравцов", "克拉夫佐夫"),
    ("Шевелёв", "舍韦廖夫"),
    ("Латышев", "拉特舍夫"),
    ("Юсупов", "尤苏波夫"),
    ("Карабанов", "卡拉巴诺夫"),
    ("Мельников", "梅利尼科夫"),
    ("Садыков", "萨德科夫"),
    ("Бородин", "鲍罗金"),
    ("Жуковский", "茹科夫斯基"),
    ("Ковалевский", "科瓦列夫斯基"),
    ("Нурматов", "努尔马托夫"),
]
TRANSLIT = str.maketrans(
    {
        "А": "A",
        "Б": "B",
        "В": "V",
        "Г": "G",
        "Д": "D",
        "Е": "E",
        "Ё": "E",
        "Ж": "ZH",
        "З": "Z",
        "И": "I",
        "Й": "I",
        "К": "K",
        "Л": "L",
        "М": "M",
        "Н": "N",
        "О": "O",
        "П": "P",
        "Р": "R",
        "С": "S",
        "Т": "T",
        "У": "U",
        "Ф": "F",
        "Х": "KH",
        "Ц": "TS",
        "Ч": "CH",
        "Ш": "SH",
        "Щ": "SHCH",
        "Ъ": "IE",
        "Ы": "Y",
        "Ь": "",
        "Э": "E",
        "Ю": "IU",
        "Я": "IA",
    }
)


def decl_given(g: str, male: bool) -> tuple[str, str, str, str]:
    if male:
        if g.endswith("й"):
            s = g[:-1]
            return g, s + "я", s + "ю", s + "ем"
        return g, g + "а", g + "у", g + "ом"
    s = g[:-1]
    if g.endswith("ия"):
        return g, s + "и", s + "и", s + "ей"
    if g.endswith("ья"):
        return g, s + "и", s + "е", s + "ей"
    gen = s + ("и" if s[-1] in "гкхжшчщ" else "ы")
    return g, gen, s + "е", s + "ой"


def decl_sur(s: str, male: bool) -> tuple[str, str, str, str]:
    if s.endswith("ский"):
        st = s[:-2]
        if male:
            return s, st + "ого", st + "ому", st + "им"
        return st + "ая", st + "ой", st + "ой", st + "ой"
    if male:
        return s, s + "а", s + "у", s + "ым"
    return s + "а", s + "ой", s + "ой", s + "ой"


def decl_patr(p: str, male: bool) -> tuple[str, str, str, str]:
    if male:
        b = p + "ич"
        return b, b + "а", b + "у", b + "ем"
    b = p + "на"
    return b, b[:-1] + "ы", b[:-1] + "е", b[:-1] + "ой"


AR_GIVEN = [
    ("محمد", "穆罕默德", "MOHAMMED"),
    ("حسين", "侯赛因", "HUSSEIN"),
    ("يوسف", "优素福", "YOUSSEF"),
    ("فاطمة", "法蒂玛", "FATIMA"),
    ("مريم", "麦尔彦", "MARYAM"),
    ("خالد", "哈立德", "KHALED"),
    ("عمر", "欧麦尔", "OMAR"),
    ("ليلى", "莱拉", "LEILA"),
    ("سامي", "萨米", "SAMI"),
    ("نور", "努尔", "NOUR"),
    ("طارق", "塔里克", "TAREK"),
    ("هدى", "胡达", "HUDA"),
]
AR_MALE = {"MOHAMMED", "HUSSEIN", "YOUSSEF", "KHALED", "OMAR", "SAMI", "TAREK"}
AR_SUR = [
    ("الجبوري", "朱布里", "ALJUBOURI"),
    ("بن سالم", "本·萨利姆", "BENSALEM"),
    ("الطرابلسي", "特拉布勒西", "TRABELSI"),
    ("العتيبي", "欧泰比", "ALOTAIBI"),
    ("المصري", "米斯里", "ELMASRY"),
    ("الزعبي", "祖阿比", "ALZOUBI"),
    ("بنعلي", "本阿里", "BENALI"),
    ("الحمادي", "哈马迪", "ALHAMMADI"),
    ("الدليمي", "杜莱米", "ALDULAIMI"),
    ("الشمري", "舍迈里", "ALSHAMMARI"),
]


def ascii_upper(s: str) -> str:
    s = s.replace("Ł", "L").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii()).upper()


def mrz_name(sur: str, given: str, width: int) -> str:
    sur = re.sub(r"[^A-Z]+", "<", ascii_upper(sur)).strip("<")
    given = re.sub(r"[^A-Z]+", "<", ascii_upper(given)).strip("<")
    return (sur + "<<" + given + "<" * width)[:width]


# ---------------------------------------------------------------- values
class Date:
    def __init__(self, lo: int = 1958, hi: int = 2004):
        self.y = R.randint(lo, hi)
        self.m = R.randint(1, 12)
        self.d = R.randint(1, 28)

    def ymd(self) -> str:
        return f"{self.y:04d}{self.m:02d}{self.d:02d}"

    def yymmdd(self) -> str:
        return self.ymd()[2:]


EN_MON = "January February March April May June July August September October November December".split()
RU_MON = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
AR_MON = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()


def fmt_date(d: Date, style: str) -> str:
    y, m, dd = d.y, d.m, d.d
    if style == "zh":
        return ch(
            [
                f"{y}年{m}月{dd}日",
                f"{y}年{m:02d}月{dd:02d}日",
                f"{cn_year(y)}年{cn_small(m)}月{cn_small(dd)}日",
                f"{y}-{m:02d}-{dd:02d}",
                f"{y}.{m}.{dd}",
                f"{y}/{m:02d}/{dd:02d}",
            ]
        )
    if style == "en":
        return ch(
            [
                f"{dd} {EN_MON[m - 1]} {y}",
                f"{EN_MON[m - 1]} {dd}, {y}",
                f"{dd:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd:02d} {EN_MON[m - 1][:3].upper()} {y}",
                f"{dd}.{m:02d}.{y}",
            ]
        )
    if style == "ru":
        return ch([f"{dd:02d}.{m:02d}.{y}", f"{dd} {RU_MON[m - 1]} {y} г.", f"{y}年{m}月{dd}日"])
    # ar
    return ch(
        [
            f"{y}/{m:02d}/{dd:02d}",
            f"{dd:02d}/{m:02d}/{y}".translate(AR_DIGITS),
            f"{dd} {AR_MON[m - 1]} {y}",
            f"{y}年{m}月{dd}日",
            f"{dd} {AR_MON[m - 1]} {y}".translate(AR_DIGITS),
        ]
    )


def other_date(style: str) -> str:
    d = Date(2021, 2025)
    if style == "zh":
        return ch([f"{d.y}年{d.m}月{d.d}日", f"{d.y}-{d.m:02d}-{d.d:02d}"])
    if style == "en":
        return f"{d.d} {EN_MON[d.m - 1]} {d.y}"
    if style == "ru":
        return f"{d.d:02d}.{d.m:02d}.{d.y}"
    return f"{d.y}/{d.m:02d}/{d.d:02d}"


CN_REGIONS = [
    "110105",
    "310104",
    "440305",
    "330106",
    "510107",
    "420106",
    "320102",
    "370202",
    "350203",
    "530102",
    "650102",
    "150102",
    "450103",
    "460105",
    "230103",
    "210202",
    "610113",
    "220104",
    "152502",
    "532801",
]


def cn_id(d: Date) -> str:
    """18-char resident ID; prefer a region code stdnum knows for that birth year."""
    for _ in range(12):
        base = ch(CN_REGIONS) + d.ymd() + digits(3)
        num = base + ric.calc_check_digit(base + "0")
        if ric.is_valid(num):
            return num
    return num


def prid_new(cc: str, d: Date) -> str:
    base = "9" + ch(["11", "31", "44", "33", "53", "15", "65", "21"]) + COUNTRIES[cc][1] + d.ymd() + digits(3)
    assert len(base) == 17
    return base + ric.calc_check_digit(base + "0")


def prid_old(cc: str, d: Date) -> str:
    return COUNTRIES[cc][0] + ch(["31", "44", "11", "53", "65"]) + d.yymmdd() + digits(4)


def permanent_residence(cc: str, d: Date) -> str:
    return prid_new(cc, d) if R.random() < 0.65 else prid_old(cc, d)


def residence_permit() -> str:
    return ch(
        [
            fill("Ynnnnnnnnn"),
            fill("nnnnnnnnn"),
            "Y" + ch(["31", "44", "53", "65", "15"]) + digits(7),
            fill("Znnnnnnnnn"),
            "SJ" + digits(8),
        ]
    )


def visa(cc: str) -> str:
    return ch(
        [
            fill("Vnnnnnnnn"),
            digits(8),
            ch(["ITA", "FRA", "ESP", "POL"]) + digits(9),
            fill("nn nnnnnnn") if cc in RU_C else fill("Knnnnnnnn"),
            fill("aannnnnn"),
        ]
    )


CARD_PREFIX = ["622202", "621700", "622848", "621661", "622588", "623668", "625807", "621483"]


def bank_card() -> str:
    r = R.random()
    if r < 0.6:
        body = ch(CARD_PREFIX) + digits(ch([9, 12]))
    elif r < 0.8:
        body = "4" + digits(14)
    elif r < 0.95:
        body = ch(["51", "53", "55", "2221"])
        body = body + digits(15 - len(body))
    else:
        body = ch(["34", "37"]) + digits(12)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    style = R.random()
    if style < 0.45:
        return num
    sep = ch([" ", " ", "-"])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, len(num), 4))


IBAN_BBAN = {
    "IT": "a" + "n" * 10 + "c" * 12,
    "ES": "n" * 20,
    "PL": "n" * 24,
    "FR": "n" * 10 + "c" * 11 + "n" * 2,
    "TN": "n" * 20,
    "PK": "aaaa" + "n" * 16,
    "IQ": "aaaa" + "n" * 15,
    "AE": "n" * 19,
    "SA": "nn" + "n" * 18,
    "BY": "aaaa" + "nnnn" + "n" * 16,
    "JO": "aaaa" + "nnnn" + "n" * 18,
    "EG": "n" * 25,
    "KZ": "nnn" + "n" * 13,
    "DE": "n" * 18,
    "MA": None,
}


def make_iban(cc: str) -> str:
    pat = IBAN_BBAN.get(cc) or IBAN_BBAN[ch(["DE", "FR", "IT", "PL"])]
    if cc not in IBAN_BBAN or IBAN_BBAN[cc] is None:
        cc = {v: k for k, v in IBAN_BBAN.items() if v}[pat]
    for _ in range(5000):
        bban = fill(pat)
        num = cc + mod_97_10.calc_check_digits(bban + cc) + bban
        if iban.is_valid(num):
            break
    else:
        raise RuntimeError(cc)
    if R.random() < 0.55:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num


WX_WORDS = [
    "moon",
    "xiaoyu",
    "chen",
    "ali",
    "sky",
    "tiger",
    "lala",
    "rain",
    "bear",
    "kiki",
    "nomad",
    "dusk",
    "mango",
    "vova",
    "sasha",
    "amir",
    "zz",
    "leo",
    "juju",
    "pato",
]


def im_handle(kind: str) -> str:
    w = ch(WX_WORDS)
    if kind == "wechat":
        return ch(
            [
                f"wxid_{letters(4, 'abcdefghijkmnpqrstuvwxyz0123456789')}{digits(6)}",
                f"{w}_{digits(4)}",
                f"{w}{ch(WX_WORDS)}{digits(2)}",
                f"{w.capitalize()}-{digits(3)}",
            ]
        )
    if kind == "qq":
        return str(R.randint(10000, 99999)) + digits(R.randint(0, 5))
    if kind == "telegram":
        return "@" + ch([f"{w}_{ch(WX_WORDS)}", f"{w}{digits(3)}", f"{w}_official{digits(2)}"])
    if kind == "line":
        return ch([f"{w}.{digits(4)}", f"{w}_{ch(WX_WORDS)}"])
    raise ValueError(kind)


EMAIL_DOM = {
    "en": [
        "gmail.com",
        "yahoo.co.id",
        "outlook.fr",
        "libero.it",
        "wp.pl",
        "hotmail.es",
        "proton.me",
        "gmx.de",
        "yahoo.com.ph",
        "live.com.mx",
        "fibertel.com.ar",
        "mail.ir",
    ],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "139.com"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "tut.by", "list.ru", "gmail.com"],
    "ar": ["hotmail.com", "yahoo.fr", "gmail.com", "topnet.tn", "outlook.sa", "yahoo.com"],
}


def email(local_hint: str, style: str) -> str:
    local = re.sub(r"[^a-z]", "", ascii_upper(local_hint).lower())[:10] or "user"
    local = ch(
        [local, f"{local}.{digits(2)}", f"{local}_{digits(4)}", f"{ch(WX_WORDS)}.{local}", f"{local}{digits(3)}"]
    )
    e = f"{local}@{ch(EMAIL_DOM[style])}"
    return e.upper() if R.random() < 0.05 else e


ZH_PROV = [
    ("浙江省", "杭州市", "西湖区"),
    ("广东省", "深圳市", "南山区"),
    ("云南省", "昆明市", "盘龙区"),
    ("江苏省", "苏州市", "工业园区"),
    ("四川省", "成都市", "武侯区"),
    ("内蒙古自治区", "二连浩特市", ""),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
    ("广西壮族自治区", "南宁市", "青秀区"),
    ("黑龙江省", "绥芬河市", ""),
    ("福建省", "厦门市", "思明区"),
    ("", "上海市", "静安区"),
    ("", "北京市", "朝阳区"),
    ("海南省", "三亚市", "吉阳区"),
    ("湖北省", "武汉市", "洪山区"),
    ("辽宁省", "大连市", "中山区"),
]
ZH_ROAD = [
    "文三路",
    "科技南十二路",
    "北京路",
    "星湖街",
    "人民南路",
    "新华大街",
    "友谊西路",
    "民族大道",
    "光华路",
    "环岛南路",
    "解放大道",
    "长江路",
    "建设东路",
    "滨海大道",
]
ZH_XQ = [
    "华星小区",
    "阳光花园",
    "翠苑新村",
    "金色家园",
    "锦绣江南",
    "海悦公寓",
    "丽景湾",
    "紫荆苑",
    "国际花都",
    "星河湾",
]
ZH_HOTEL = ["锦苑酒店", "如家快捷酒店", "汉庭酒店", "海景国际大酒店", "丝路宾馆", "金龙宾馆", "7天连锁酒店"]


def zh_address() -> str:
    p, c, d = ch(ZH_PROV)
    head = (p if R.random() < 0.7 else "") + c + d
    r = R.random()
    no = R.randint(1, 999)
    no_s = cn_number(no) if R.random() < 0.15 else str(no)
    if r < 0.5:
        return f"{head}{ch(ZH_ROAD)}{no_s}号{ch(ZH_XQ)}{R.randint(1, 28)}{ch(['幢', '栋', '号楼'])}{R.randint(1, 6)}单元{R.randint(1, 32)}{R.randint(1, 4):02d}室"
    if r < 0.7:
        return f"{head}{ch(ZH_ROAD)}{no_s}号{ch(ZH_HOTEL)}{R.randint(2, 18)}{R.randint(1, 40):02d}{ch(['房间', '室', '房'])}"
    if r < 0.85:
        rural = ch(
            [
                "云南省西双版纳傣族自治州勐腊县勐捧镇曼回村",
                "云南省德宏傣族景颇族自治州瑞丽市姐相乡贺赛村",
                "内蒙古自治区锡林郭勒盟苏尼特右旗赛汉塔拉镇巴彦村",
                "四川省凉山彝族自治州昭觉县竹核乡木渠村",
                "广西壮族自治区崇左市凭祥市友谊镇卡凤村",
            ]
        )
        return f"{rural}{cn_small(R.randint(1, 12))}组{R.randint(1, 80)}号"
    return f"{head}{ch(ZH_ROAD)}{no_s}号{ch(['院', '大厦'])}{R.randint(1, 9)}号楼{R.randint(101, 2608)}"


EN_ADDR = [
    lambda: (
        f"Unit {R.randint(1, 40)}-{R.randint(1, 12)}, {R.randint(1, 300)} Jalan {ch(['Ampang', 'Tun Razak', 'Bukit Bintang'])}, {R.randint(50000, 59999)} Kuala Lumpur, Malaysia"
    ),
    lambda: (
        f"{R.randint(1, 999)} {ch(['Mabini', 'Rizal', 'Bonifacio'])} St., Brgy. {ch(['San Isidro', 'Poblacion', 'Malate'])}, {ch(['Quezon City', 'Makati City', 'Cebu City'])}"
    ),
    lambda: (
        f"Jl. {ch(['Sudirman', 'Gatot Subroto', 'Diponegoro'])} No. {R.randint(1, 200)}, RT {R.randint(1, 12):02d}/RW {R.randint(1, 9):02d}, {ch(['Jakarta Selatan', 'Bandung', 'Surabaya'])}"
    ),
    lambda: (
        f"Calle de {ch(['Alcalá', 'Toledo', 'Serrano'])} {R.randint(1, 220)}, {R.randint(1, 8)}º {ch('ABCD')}, {R.randint(28001, 28055)} Madrid"
    ),
    lambda: (
        f"Via {ch(['Garibaldi', 'Roma', 'dei Mille'])} {R.randint(1, 150)}, {R.randint(10100, 10156)} Torino TO, Italia"
    ),
    lambda: (
        f"ul. {ch(['Marszałkowska', 'Piotrkowska', 'Długa'])} {R.randint(1, 140)}/{R.randint(1, 60)}, {R.randint(0, 99):02d}-{R.randint(100, 999)} {ch(['Warszawa', 'Łódź', 'Gdańsk'])}"
    ),
    lambda: (
        f"{R.randint(1, 90)} rue {ch(['de la République', 'Victor Hugo', 'des Lilas'])}, {R.randint(69001, 69009)} Lyon"
    ),
    lambda: (
        f"Plot {R.randint(1, 90)}, {ch(['Adeola Odeku Street', 'Awolowo Road', 'Admiralty Way'])}, {ch(['Victoria Island', 'Ikoyi', 'Lekki Phase 1'])}, Lagos"
    ),
    lambda: (
        f"House No. {R.randint(1, 500)}, Street {R.randint(1, 60)}, {ch(['F-7/2', 'G-9/3', 'DHA Phase 5'])}, {ch(['Islamabad', 'Lahore'])}"
    ),
    lambda: (
        f"Av. {ch(['Insurgentes Sur', 'Reforma', 'Chapultepec'])} {R.randint(100, 3000)}, Col. {ch(['Roma Norte', 'Del Valle', 'Condesa'])}, C.P. {R.randint(6000, 6999):05d}, CDMX"
    ),
    lambda: (
        f"Room {R.randint(2, 30)}{R.randint(1, 40):02d}, {ch(['Grand Skyline Hotel', 'Harbour View Inn', 'Jinjiang Inn'])}, {R.randint(1, 900)} {ch(['Nanjing West Road', 'Huanshi Road', 'Renmin Road'])}, {ch(['Shanghai', 'Guangzhou', 'Kunming'])}"
    ),
    lambda: f"Apt {R.randint(1, 40)}, {ch(['Kindaruma Road', 'Ngong Road', 'Moi Avenue'])}, Nairobi",
    lambda: (
        f"Peace Avenue {R.randint(1, 90)}, Apt. {R.randint(1, 120)}, {ch(['Sukhbaatar', 'Bayangol', 'Khan-Uul'])} District, Ulaanbaatar"
    ),
]

RU_CITY = ["Новосибирск", "Хабаровск", "Иркутск", "Екатеринбург", "Владивосток", "Благовещенск", "Чита"]
RU_STREET = [
    "ул. Ленина",
    "ул. Карла Маркса",
    "пр-т Мира",
    "ул. Садовая",
    "ул. Амурская",
    "Красный проспект",
    "ул. Светланская",
]


def ru_address() -> str:
    r = R.random()
    if r < 0.55:
        return f"г. {ch(RU_CITY)}, {ch(RU_STREET)}, д. {R.randint(1, 180)}{ch(['', '', '/2', ' корп. 3'])}, кв. {R.randint(1, 240)}"
    if r < 0.7:
        return f"{R.randint(220000, 220141)}, г. Минск, пр-т Независимости, д. {R.randint(1, 190)}, кв. {R.randint(1, 150)}"
    if r < 0.8:
        return f"г. Ташкент, Юнусабадский р-н, кв-л {R.randint(1, 19)}, д. {R.randint(1, 60)}, кв. {R.randint(1, 90)}"
    return zh_address()


AR_ADDR = [
    lambda: f"بغداد، حي المنصور، شارع {R.randint(1, 40)}، دار {R.randint(1, 120)}",
    lambda: f"تونس، {R.randint(1, 90)} نهج {ch(['الحبيب بورقيبة', 'ابن خلدون', 'قرطاج'])}، {R.randint(1000, 2099)}",
    lambda: (
        f"القاهرة، مدينة نصر، شارع {ch(['عباس العقاد', 'مكرم عبيد', 'الطيران'])}، عمارة {R.randint(1, 70)}، شقة {R.randint(1, 30)}"
    ),
    lambda: f"الرياض، حي {ch(['النخيل', 'العليا', 'الملز'])}، طريق الملك فهد، مبنى {R.randint(1000, 9999)}",
    lambda: f"عمّان، جبل {ch(['عمّان', 'الحسين', 'اللويبدة'])}، شارع {ch(['الرينبو', 'الأمير محمد'])} {R.randint(1, 60)}",
    lambda: f"Rue {ch(['Ibn Batouta', 'Moulay Youssef'])} {R.randint(1, 120)}, Casablanca",
]


def plate(kind: str) -> str:
    p = ch("京沪粤浙苏川云桂新蒙闽鄂辽黑琼")
    a = ch("ABCDEFGHJK")
    if kind == "cn":
        r = R.random()
        chars = list(digits(5))
        for pos in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[pos] = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        body5 = "".join(chars)
        if r < 0.35:
            return f"{p}{a}{body5}"
        if r < 0.55:
            return f"{p}{a}·{body5}"
        if r < 0.7:
            return f"{p}{a} {body5}"
        if r < 0.88:
            return f"{p}{a}{ch('DF')}{ch('0123456789ABCDEFGHJK')}{digits(4)}"
        return f"{p}{a}{digits(5)}{ch('DF')}"
    cyr = "АВЕКМНОРСТУХ"
    table = {
        "RU": lambda: (
            f"{ch(cyr)}{digits(3)}{ch(cyr)}{ch(cyr)}{ch(['', ' '])}{ch(['77', '125', '25', '54', '38', '777'])}"
        ),
        "BY": lambda: f"{digits(4)} {letters(2, 'ABEIKMHOPCTX')}-{R.randint(1, 7)}",
        "UZ": lambda: f"{ch(['01', '10', '30'])} {ch('ABEKMX')} {digits(3)} {letters(2, 'ABEKMX')}",
        "KZ": lambda: f"{digits(3)} {letters(3)} {ch(['02', '01', '05'])}",
        "PL": lambda: f"{ch(['WX', 'KR', 'GD', 'EL'])} {digits(5)}",
        "IT": lambda: f"{letters(2)} {digits(3)} {letters(2)}",
        "ES": lambda: f"{digits(4)} {letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "FR": lambda: f"{letters(2)}-{digits(3)}-{letters(2)}",
        "MY": lambda: f"{ch(['W', 'B', 'J', 'P'])}{letters(2)} {R.randint(1, 9999)}",
        "PH": lambda: f"{letters(3)} {digits(4)}",
        "ID": lambda: f"{ch(['B', 'D', 'L'])} {R.randint(1000, 9999)} {letters(3)}",
        "MN": lambda: f"{digits(4)} {ch(['УБА', 'УНЕ', 'УБЕ', 'ДГА'])}",
        "MX": lambda: f"{letters(3)}-{digits(3)}-{letters(1)}",
        "AR": lambda: f"{letters(2)} {digits(3)} {letters(2)}",
        "AE": lambda: f"Dubai {ch('ABCDEFGHIJ')} {R.randint(10000, 99999)}",
        "TN": lambda: f"{R.randint(100, 250)} تونس {R.randint(1000, 9999)}",
        "IQ": lambda: f"{digits(5)} {ch(['أ', 'ب', 'ج'])} {ch(['بغداد', 'أربيل', 'البصرة'])}",
        "EG": lambda: f"{ch(['س ص ع', 'ن ب ط', 'م ر ل'])} {digits(R.choice([3, 4]))}".translate(AR_DIGITS),
        "JO": lambda: f"{R.randint(10, 99)}-{digits(5)}",
        "MA": lambda: f"{digits(5)}-{ch(['أ', 'ب', 'د', 'هـ'])}-{R.randint(1, 89)}",
        "SA": lambda: f"{ch(['أ ب ج', 'ر س ط', 'ك ل م'])} {digits(4)}",
    }
    return table.get(kind, table["IT"])()


# ---------------------------------------------------------------- persons
class Person:
    """A person with name forms and identifiers, all lazily used by templates."""

    def __init__(self, kind: str, cc: str):
        self.cc = cc
        self.male = R.random() < 0.6
        self.dob = Date()
        if kind == "han":
            self.cn = han_name()
            self.forms = {"nom": self.cn}
            self.lat = self.cn
            self.mrz_sur, self.mrz_given = "ZHANG", "WEI"
        elif kind == "lat":
            g, gc = ch(LAT[cc][0])
            s, sc = ch(LAT[cc][1])
            self.lat = f"{g} {s}"
            self.cn = f"{gc}·{sc}"
            self.forms = {"nom": self.lat}
            self.mrz_sur, self.mrz_given = s, g
        elif kind == "cyr":
            gp = ch(RU_MALE_GIVEN if self.male else RU_FEM_GIVEN)
            sp = ch(RU_SUR)
            gf = decl_given(gp[0], self.male)
            sf = decl_sur(sp[0], self.male)
            pf = decl_patr(ch(RU_PATR), self.male)
            cases = ["nom", "gen", "dat", "ins"]
            self.forms = {}
            for i, c in enumerate(cases):
                self.forms[c] = f"{sf[i]} {gf[i]} {pf[i]}" if R.random() < 0.5 else f"{sf[i]} {gf[i]}"
                self.forms[c + "_s"] = f"{sf[i]} {gf[i][0]}. {pf[i][0]}."
                self.forms[c + "_g"] = f"{gf[i]} {sf[i]}"
            self.cn = f"{gp[1]}·{sp[1]}" + ("" if self.male else "娃")
            self.lat = f"{sf[0].upper().translate(TRANSLIT)} {gf[0].upper().translate(TRANSLIT)}"
            self.mrz_sur, self.mrz_given = sf[0].upper().translate(TRANSLIT), gf[0].upper().translate(TRANSLIT)
        else:  # arabic
            g = ch(AR_GIVEN)
            f = ch([a for a in AR_GIVEN if a[2] in AR_MALE])
            s = ch(AR_SUR)
            self.ar = f"{g[0]} {f[0]} {s[0]}" if R.random() < 0.5 else f"{g[0]} {s[0]}"
            self.cn = f"{g[1]}·{s[1]}"
            self.lat = f"{g[2].capitalize()} {s[2].capitalize()}"
            self.forms = {"nom": self.ar}
            self.mrz_sur, self.mrz_given = s[2], g[2]
        self.passport = passport(cc)
        self.phone = phone(cc)
        self.sex = "M" if self.male else "F"

    def name_variant(self) -> str:
        n = self.lat
        r = R.random()
        if r < 0.08:
            return n.lower()
        if r < 0.16:
            parts = n.split(" ", 1)
            return f"{parts[-1].upper()}, {parts[0]}" if len(parts) == 2 else n.upper()
        return n


def td3(p: Person) -> str:
    iso = COUNTRIES[p.cc][0]
    no = re.sub(r"[^A-Z0-9]", "", p.passport)[:9].ljust(9, "<")
    exp = Date(2027, 2034)
    l1 = ("P<" + iso + mrz_name(p.mrz_sur, p.mrz_given, 39))[:44]
    pers = (digits(R.choice([0, 8, 10])) + "<" * 14)[:14]
    pers_ck = mrz_check(pers) if pers.strip("<") else "<"
    l2 = (
        no
        + mrz_check(no)
        + iso
        + p.dob.yymmdd()
        + mrz_check(p.dob.yymmdd())
        + p.sex
        + exp.yymmdd()
        + mrz_check(exp.yymmdd())
        + pers
        + pers_ck
    )
    l2 += mrz_check(l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == 44 and len(l2) == 44
    return l1 + "\n" + l2


def td1(p: Person, doc_no: str) -> str:
    iso = COUNTRIES[p.cc][0]
    no = re.sub(r"[^A-Z0-9]", "", doc_no)[:9].ljust(9, "<")
    exp = Date(2027, 2034)
    l1 = (ch(["ID", "I<", "IR"]) + iso + no + mrz_check(no) + "<" * 15)[:30]
    l2 = p.dob.yymmdd() + mrz_check(p.dob.yymmdd()) + p.sex + exp.yymmdd() + mrz_check(exp.yymmdd()) + iso + "<" * 11
    l2 += mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(p.mrz_sur, p.mrz_given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return "\n".join([l1, l2, l3])


def td2(p: Person, doc_no: str, issuer: str = "CHN") -> str:
    iso = COUNTRIES[p.cc][0]
    no = re.sub(r"[^A-Z0-9]", "", doc_no)[:9].ljust(9, "<")
    exp = Date(2026, 2030)
    l1 = ("V<" + issuer + mrz_name(p.mrz_sur, p.mrz_given, 31))[:36]
    l2 = (
        no
        + mrz_check(no)
        + iso
        + p.dob.yymmdd()
        + mrz_check(p.dob.yymmdd())
        + p.sex
        + exp.yymmdd()
        + mrz_check(exp.yymmdd())
        + "<" * 7
    )
    l2 += mrz_check(l2[0:10] + l2[13:20] + l2[21:35])
    assert len(l1) == len(l2) == 36
    return l1 + "\n" + l2


def mrz_for(p: Person, ctx: dict) -> str:
    r = R.random()
    if r < 0.6:
        return td3(p)
    if r < 0.8:
        return td1(p, fill(ch(["aannnnnnn", "annnnnnnn", "nnnnnnnnn"])))
    return td2(p, p.passport)


# ---------------------------------------------------------------- rendering
PH = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []

    def add(self, s: str, typ: str | None = None):
        if typ:
            self.spans.append({"type": typ, "start": len(self.text), "end": len(self.text) + len(s), "value": s})
        self.text += s

    def render(self, tpl: str, vals: dict):
        pos = 0
        for m in PH.finditer(tpl):
            self.add(tpl[pos : m.start()])
            v = vals[m.group(1)]
            if callable(v):
                v = v()
            if isinstance(v, tuple):
                self.add(v[1], v[0])
            else:
                self.add(v)
            pos = m.end()
        self.add(tpl[pos:])


def build_vals(lang: str, style: str, s: Person, w: Person, o: Person, x: Person) -> dict:
    """Values for one document; tuples are annotated, plain strings are not."""
    cc = s.cc
    v: dict = {}
    v["rp"] = residence_permit()
    v["visa"] = visa(cc)
    N = "person_name"
    v["S"] = lambda: (N, s.forms["nom"] if lang in ("ru-mixed", "ar-mixed") else s.lat)
    v["Sv"] = lambda: (N, s.name_variant())
    v["Scn"] = (N, s.cn)
    v["Slat"] = lambda: (N, s.name_variant())
    for c in ("gen", "dat", "ins", "nom"):
        if c in s.forms:
            v["S" + c] = (N, s.forms[c])
            v["S" + c + "_s"] = (N, s.forms.get(c + "_s", s.forms[c]))
            v["S" + c + "_g"] = (N, s.forms.get(c + "_g", s.forms[c]))
    for c in ("gen", "dat", "ins", "nom"):
        if c in x.forms:
            v["X" + c] = (N, x.forms[c])
    v["Xcn"] = (N, x.cn)
    v["X"] = (N, x.forms.get("nom", x.lat) if lang != "en" else x.lat)
    v["Xv"] = lambda: (N, x.name_variant())
    v["W"] = (N, w.cn)
    v["O"] = (N, o.cn)
    v["O2"] = (N, han_name())
    v["Wpy"] = (N, w.cn)
    v["dob"] = lambda: ("date_of_birth", fmt_date(s.dob, ch([style, style, "zh"]) if style in ("ru", "ar") else style))
    v["dobz"] = lambda: ("date_of_birth", fmt_date(s.dob, "zh"))
    v["wdob"] = lambda: ("date_of_birth", fmt_date(w.dob, "zh" if style != "en" else ch(["en", "zh"])))
    v["xdob"] = lambda: ("date_of_birth", fmt_date(x.dob, style))
    v["pp"] = ("passport", s.passport)
    v["xpp"] = ("passport", x.passport)
    v["wpp"] = ("passport", passport("CN"))
    v["RP"] = ("residence_permit", v["rp"])
    v["VISA"] = ("visa", v["visa"])
    v["xvisa"] = lambda: ("visa", visa(x.cc))
    v["xrp"] = lambda: ("residence_permit", residence_permit())
    v["PR"] = ("permanent_residence", permanent_residence(cc, s.dob))
    v["xPR"] = lambda: ("permanent_residence", permanent_residence(x.cc, x.dob))
    v["ID"] = ("id_card", cn_id(w.dob))
    v["ID2"] = lambda: ("id_card", cn_id(Date()))
    v["oid"] = lambda: ("id_card", cn_id(o.dob))
    v["tel"] = ("phone", s.phone)
    v["xtel"] = ("phone", x.phone)
    v["wtel"] = ("phone", phone("CN"))
    v["cntel"] = lambda: ("phone", phone("CN"))
    ar_tel = s.phone.translate(AR_DIGITS) if lang == "ar-mixed" and R.random() < 0.5 else s.phone
    if lang == "ar-mixed":
        assert phonenumbers.is_valid_number(phonenumbers.parse(ar_tel, cc))
    v["teln"] = ("phone", ar_tel)
    v["wx"] = lambda: ("im_handle", im_handle("wechat"))
    v["qq"] = lambda: ("im_handle", im_handle("qq"))
    v["tg"] = lambda: ("im_handle", im_handle("telegram"))
    v["line"] = lambda: ("im_handle", im_handle("line"))
    v["wa"] = lambda: ("im_handle", phone(cc))
    v["mail"] = lambda: ("email", email(s.mrz_given + s.mrz_sur[:3], "zh" if lang == "zh" else style))
    v["wmail"] = lambda: ("email", email(ch(["zhou", "lihua", "wang", "chenyu", "hao"]), "zh"))
    v["card"] = lambda: ("bank_card", bank_card())
    v["iban"] = lambda: (
        "iban",
        make_iban(cc if IBAN_BBAN.get(cc) else ch(["DE", "FR", "IT", "PL", "AE", "TN"])),
    )
    v["addr"] = lambda: ("address", zh_address())
    v["faddr"] = lambda: (
        "address",
        {"en": lambda: ch(EN_ADDR)(), "ru": ru_address, "ar": lambda: ch(AR_ADDR)(), "zh": zh_address}[style](),
    )
    v["plate"] = lambda: ("plate", plate("cn"))
    v["fplate"] = lambda: ("plate", plate(cc))
    v["mrz"] = lambda: ("mrz", mrz_for(s, v))
    v["mrz3"] = lambda: ("mrz", td3(s))
    v["mrzx"] = lambda: ("mrz", td3(x))
    v["sex"] = "男" if s.male else "女"
    v["ctry"] = EN_NAME.get(cc, COUNTRIES[cc][4]) if style == "en" else COUNTRIES[cc][4]
    v["xctry"] = COUNTRIES[x.cc][4]
    v["date"] = lambda: other_date(style)
    v["zdate"] = lambda: other_date("zh")
    v["n"] = lambda: str(R.randint(2, 9))
    v["amt"] = lambda: f"{R.randint(2, 300) * 100:,}"
    v["case"] = lambda: f"{R.randint(2022, 2025)}{digits(6)}"
    return v


# ---------------------------------------------------------------- templates
ZH_HEAD = [
    "# 询问笔录（合成）",
    "# 讯问笔录（第{n}次）（合成）",
    "# 接处警登记表（合成）",
    "# 外国人违法居留案件调查笔录（合成）",
    "# 涉外电信诈骗案情摘要（合成）",
    "# 交通肇事逃逸案询问笔录（合成）",
]
ZH_OPEN = [
    "询问时间：{zdate}，询问人：{O}、{O2}，记录人：{O2}。",
    "{zdate}，民警{O}接{ctry}籍人员到所报警，报警人自称{Scn}（{Slat}）。",
    "被询问人：{Scn}，英文名{Slat}，国籍{ctry}，出生日期{dobz}，护照号码{pp}。",
    "问：你的姓名、出生日期和证件号码？答：我叫{Scn}，护照上写的是{Slat}，{dobz}出生，护照号{pp}。",
    "报警人{W}，公民身份号码{ID}，联系电话{wtel}，于{zdate}到所报案。",
]
ZH_BODY = [
    "问：你的居留许可办了吗？答：办了，居留许可证号{RP}，是工作类的。",
    "签证页显示：签证种类Z，号码{VISA}，多次入境。",
    "{W}名下银行卡{card}于{zdate}收到{Scn}转账{amt}元。",
    "车辆信息：号牌{plate}，登记车主{W}，实际使用人{Scn}。",
    "邮箱：{mail}（{Scn}本人填写）。",
    "证件机读码（扫描件）：\n{mrz}",
    "问：你有没有永久居留证？答：有，号码是{PR}，是在出入境管理局办的。",
    "外国人永久居留身份证号码：{PR}；持证人：{Scn}。",
    "转账记录显示，收款账户为{iban}（{ctry}当地银行）。",
    "关系人{O2}，公民身份号码{ID2}，手机{cntel}。",
    "{W}的身份证号码是{ID}，他说{Scn}欠他{amt}元。",
    "问：你在中国的住址？答：我住在{addr}，是跟朋友合租的。",
    "问：你持何种签证入境？答：我持{ctry}护照（号码{pp}）和Z字签证入境，签证号码是{VISA}。",
    "经查询，{Scn}持有外国人居留许可，证件号码{RP}，有效期至{zdate}。",
    "{Scn}持外国人永久居留身份证，证号：{PR}。",
    "永久居留证号码 {PR}（{Scn}，出生日期{dob}）。",
    "问：你的手机号码？答：{tel}，另外还有一个中国号码{cntel}。",
    "问：你们平时怎么联系？答：用微信联系，我的微信号是{wx}，他的微信是{wx}。",
    "对方QQ：{qq}，昵称“{n}号小店”，已于{zdate}注销。",
    "{W}称，其通过Telegram账号{tg}与对方联系，对方自称“{Xcn}”。",
    "被害人{W}（身份证号：{ID}，出生日期：{wdob}）将人民币{amt}元转入对方银行卡{card}。",
    "涉案银行卡卡号{card}，开户名{Scn}；另一张卡{card}，开户人不详。",
    "资金经境外账户{iban}转出，账户名{Slat}。",
    "{Scn}驾驶车牌号为{plate}的白色轿车离开现场，后在{addr}附近被查获。",
    "监控显示一辆{plate}的绿牌新能源车在{zdate}晚上在小区门口停留了{n}分钟。",
    "证人{W}，{wdob}出生，身份证{ID}，住{addr}，电话{wtel}。",
    "问：你有没有电子邮箱？答：有，{mail}，平时和公司联系用。",
    "护照资料页机读区如下：\n{mrz}",
    "现场提取到护照一本，机读码为：\n{mrz3}\n经核对与{Scn}本人一致。",
    "同住人{Xcn}（{Xv}），{xctry}籍，护照号码{xpp}，电话{xtel}。",
    "姓名：{Scn}　性别：{sex}　出生日期：{dob}　证件号码：{pp}",
    "住宿登记显示，{Slat}于{zdate}入住{addr}。",
    "房东{W}，身份证号码{ID}，电话{wtel}，称{Scn}每月用支付宝交房租。",
    "问：{Scn}的居留许可号码是多少？答：好像是{RP}，我在他的护照上看到过。",
    "对方要求把钱汇到{card}，收款人写“{Xcn}”，微信{wx}。",
    "民警{O}在{addr}对{Scn}进行了传唤。",
    "嫌疑人{Xcn}，{xdob}生，持{xctry}护照{xpp}，签证号{xvisa}。",
    "{W}的车（{plate}）被{Scn}借走，至今未还。",
    "经查，手机号{tel}的机主为{Slat}，通过WhatsApp号码{wa}与多名被害人联系。",
    "邮件来自{mail}，抄送{wmail}。",
    "该人另持有外国人永久居留身份证（{xPR}），与护照信息不一致。",
    "问：你的境外账户？答：我在国内有一个账户，IBAN是{iban}，用来收工资。",
    "{W}，女，{wdob}出生，公民身份号码：{ID}。",
    "出租车司机{O2}（车牌{plate}）证实曾送一名外国人到{addr}。",
]
ZH_CLOSE = [
    "以上笔录我看过，和我说的相符。{Scn}（签名）",
    "询问人：{O}　记录人：{O2}　被询问人签名：{Scn}",
    "本案移交出入境管理支队{O}处理。",
    "以上内容属实。{W}　{zdate}",
]

EN_HEAD = [
    "# Incident Report（合成）",
    "# Witness Statement — Case {case}（合成）",
    "# Case File Summary: Overstay and Fraud（合成）",
    "# Foreign National Interview Notes（合成）",
    "# Vehicle Theft Report（合成）",
]
EN_OPEN = [
    "On {date}, officers {O} and {O2} interviewed {Slat}, a {ctry} national, born {dob}, passport no. {pp}.",
    "Subject: {Slat} (DOB {dob}; Passport {pp}).",
    "The complainant, {Slat}, attended the station on {date} and reported that a phone and cash had been taken.",
    "Name: {Slat} | Date of birth: {dob} | Nationality: {ctry} | Travel document: {pp}",
    "{Slat}, born on {dob}, stated that the subject entered China on {date} with passport {pp}.",
]
EN_BODY = [
    "Residence permit {RP}; visa {VISA} (type M, multiple entry).",
    "Payments were made with card {card} and refunded to {card}.",
    "Vehicle: {fplate} (rental, booked with {mail}).",
    "MRZ (photo page):\n{mrz}",
    "PR card: {PR}.",
    "His wife, {W}, Chinese ID {ID}, confirmed the address.",
    "Beneficiary account {iban} (SWIFT withheld).",
    "Chinese Foreigner Permanent Resident ID Card {PR} was found in {Slat}'s wallet.",
    "A Chinese national, {O2} (ID {ID2}), rented the car.",
    "He currently resides at {faddr} and, while in China, at {addr}.",
    "The subject gave a mobile number as {tel} and a Chinese number {cntel}.",
    "Contact was made via WeChat (ID: {wx}) and later on Telegram, handle {tg}.",
    "The suspect's LINE ID was {line}; his WhatsApp is {wa}.",
    "The victim, {W}, (PRC ID {ID}, born {wdob}) transferred RMB {amt} to card {card}.",
    "Funds were moved to IBAN {iban}, held in the name of {Sv}.",
    "A second account, {iban}, was also used on {date}.",
    "{Sv} holds a PRC residence permit, number {RP}, valid until {date}.",
    "His visa (No. {VISA}) was issued by the Chinese embassy in the {ctry} capital on {date}.",
    "According to the exit-entry database, {Slat}'s permanent residence card number is {PR}.",
    "The MRZ of the passport reads:\n{mrz}",
    "Scanned machine-readable zone:\n{mrz}",
    "A grey sedan, plate {fplate}, registered to {Sv}, was seen near the scene.",
    "The Chinese plate {plate} was captured by CCTV at 22:40.",
    "Email correspondence from {mail} to {wmail} was recovered.",
    "Contact e-mail: {mail}",
    "Witness {W} (ID card {ID}, tel. {wtel}) lives at {addr}.",
    "An associate, {Xv}, born {xdob}, passport {xpp}, phone {xtel}, was also present.",
    "{Xv} told officers that {Slat} had used bank card {card} to pay the deposit.",
    "Address on the tenancy agreement: {faddr}.",
    "The landlord, Mr {W}, confirmed that {Sv} paid rent via QQ ({qq}).",
    "Officer {O} seized a phone registered to {tel}.",
    "{Slat} also showed a residence permit ({RP}) and a visa sticker {VISA}.",
    "Interpreter {O2} was present throughout; {Slat} signed each page.",
    "Second travel document MRZ:\n{mrzx}",
    "The co-suspect {Xv} holds visa {xvisa} and residence permit {xrp}.",
]
EN_CLOSE = [
    "Statement read back and signed: {Sv}.",
    "Reporting officer: {O}.",
    "Case referred to the Exit-Entry Administration on {date}.",
    "Signed {Slat}, witnessed by {O2}.",
]

RU_HEAD = [
    "# 询问笔录（俄语翻译）（合成）",
    "# Протокол опроса / 询问笔录（合成）",
    "# 涉俄籍人员案件摘要（合成）",
    "# Объяснение гражданина / 情况说明（合成）",
]
RU_OPEN = [
    "被询问人：{Snom}（{Scn}），{ctry}籍，出生日期{dob}，护照号{pp}。",
    "Я, {Snom}, {dob} года рождения, паспорт {pp}, проживаю по адресу: {faddr}.",
    "Опрошен(а) иностранный гражданин（{ctry}籍）: {Snom}, дата рождения {dob}.",
    "{zdate}，民警{O}在翻译{O2}协助下询问了{Snom}（中文译名{Scn}）。",
]
RU_BODY = [
    "Разрешение на пребывание (居留许可) № {RP}, виза № {VISA}.",
    "Номер банковской карты {Sgen}: {card}.",
    "Госномер: {fplate}; в Китае пользовался машиной {plate}.",
    "Почта для связи — {mail}, второй ящик {mail}.",
    "Номер карты постоянного проживания в КНР: {PR}.",
    "Счёт получателя (IBAN): {iban}.",
    "Свидетель {W}, номер удостоверения личности КНР {ID}.",
    "房东{W}（身份证{ID}）称{Scn}已欠房租两个月。",
    "{Scn}另有永久居留证{PR}。",
    "Со слов {Sgen}, в Китай прибыл(а) по визе {VISA}.",
    "У {Sgen_s} изъят заграничный паспорт № {pp}.",
    "Паспорт серии {pp} принадлежит {Sdat}.",
    "С {Sins_g} мы познакомились в Суйфэньхэ, говорит {W}.",
    "Телефон {Sgen}: {tel}; китайский номер {cntel}.",
    "问：你的电话？答：{tel}，微信号{wx}。",
    "Для связи использовал Telegram {tg} и WeChat {wx}.",
    "{Scn}持有外国人居留许可，号码{RP}。",
    "Вид на жительство (永久居留证) № {PR}, выдан {Sdat}.",
    "Адрес в Китае: {addr}.",
    "Проживает по адресу: {faddr}.",
    "Деньги переведены на карту {card}, затем на счёт {iban}.",
    "问：你在俄罗斯的银行账户？答：我有一张卡{card}。",
    "Автомобиль с госномером {fplate} принадлежит {Sdat}.",
    "{Scn}驾驶{plate}的货车从绥芬河口岸入境。",
    "Электронная почта: {mail}.",
    "Машиносчитываемая зона паспорта:\n{mrz}",
    "护照机读区：\n{mrz}",
    "Вместе с {Xins} задержан(а) {Snom_g}.",
    "同行人{Xnom}（{Xcn}），出生日期{xdob}，护照{xpp}，电话{xtel}。",
    "翻译{O2}向{Sdat}宣读了笔录。",
    "证人{W}，身份证号{ID}，出生于{wdob}。",
    "Потерпевший {W} (ID {ID}) сообщил, что {Snom_g} звонил ему с номера {tel}.",
    "{Xgen} видели у дома по адресу {addr}.",
    "签证号码：{VISA}；居留许可：{RP}。",
    "Второй паспорт:\n{mrzx}",
    "У {Xgen} виза {xvisa}, ВНЖ (居留许可) {xrp}.",
]
RU_CLOSE = [
    "С моих слов записано верно, мною прочитано. {Snom_s}",
    "以上笔录已用俄语向我宣读，属实。{Scn}",
    "Опрос провёл {O}.",
    "记录人：{O2}",
]

AR_HEAD = [
    "# 询问笔录（阿拉伯语翻译）（合成）",
    "# محضر استماع / 询问笔录（合成）",
    "# 涉外人员违法居留调查（合成）",
    "# إفادة شاهد / 证人证言（合成）",
]
AR_OPEN = [
    "被询问人：{S}（{Scn}），{ctry}籍，出生日期{dob}，护照号码{pp}。",
    "الاسم: {S}، تاريخ الميلاد: {dob}، رقم جواز السفر: {pp}.",
    "أنا {S}، من مواليد {dob}، أحمل جواز سفر رقم {pp}.",
    "{zdate}，民警{O}经阿拉伯语翻译{O2}询问{Scn}（{S}）。",
]
AR_BODY = [
    "رقم بطاقتي البنكية {card}.",
    "居留许可号码{RP}（{Scn}），签证{VISA}。",
    "لوحة السيارة: {fplate}، وفي الصين {plate}.",
    "邮箱（{S}）：{mail}",
    "证件背面机读码：\n{mrz}",
    "بطاقة الإقامة الدائمة في الصين رقم {PR}.",
    "رقم الآيبان: {iban}",
    "房东{W}，身份证号码{ID}，称{Scn}于{zdate}退房。",
    "担保人{O2}（公民身份号码{ID2}）。",
    "永久居留身份证：{PR}。",
    "رقم هاتفي {teln} ورقمي في الصين {cntel}.",
    "问：你的联系电话？答：{teln}，WhatsApp也是{wa}。",
    "حسابي على واتساب {wa} وعلى تيليغرام {tg}.",
    "我用微信{wx}跟他联系，他的QQ是{qq}。",
    "أسكن في {faddr}.",
    "在华住址：{addr}。",
    "تصريح الإقامة في الصين رقم {RP}.",
    "经查，{Scn}持外国人居留许可，号码{RP}，签证号{VISA}。",
    "رقم التأشيرة: {VISA}.",
    "{Scn}持有外国人永久居留身份证，号码{PR}。",
    "البريد الإلكتروني: {mail}",
    "حوّلت المبلغ إلى الحساب {iban}.",
    "涉案账户IBAN：{iban}，户名{Slat}。",
    "بطاقة مصرفية رقم {card}.",
    "被害人{W}向尾号不详的银行卡{card}转账。",
    "{W}，身份证号{ID}，出生日期{wdob}，电话{wtel}。",
    "رأى الشاهد {W} السيارة {plate} أمام الفندق.",
    "{Scn}驾驶车牌{plate}的车辆，车内有一副{fplate}的外国车牌。",
    "护照机读码：\n{mrz}",
    "منطقة القراءة الآلية:\n{mrz}",
    "同行人{X}（{Xcn}），护照{xpp}，出生日期{xdob}，电话{xtel}。",
    "قال {X} إن {S} دفع الإيجار نقدًا.",
    "签证：{xvisa}（{Xcn}）。",
    "وثيقة أخرى:\n{mrzx}",
    "{Scn}的邮箱{mail}曾向{wmail}发送合同。",
    "永久居留证（{xPR}）持有人为{Xcn}。",
]
AR_CLOSE = [
    "以上笔录已用阿拉伯语向我宣读，无误。{S}",
    "قرأت أقوالي وأوقّع عليها. {S}",
    "翻译：{O2}　询问人：{O}",
    "本案移交出入境管理部门处理。",
]

LANG_CFG = {
    "zh": ("zh", ["CN", "CN", *EN_C, *RU_C, *AR_C], ZH_HEAD, ZH_OPEN, ZH_BODY, ZH_CLOSE),
    "en": ("en", EN_C, EN_HEAD, EN_OPEN, EN_BODY, EN_CLOSE),
    "ru-mixed": ("ru", RU_C, RU_HEAD, RU_OPEN, RU_BODY, RU_CLOSE),
    "ar-mixed": ("ar", AR_C, AR_HEAD, AR_OPEN, AR_BODY, AR_CLOSE),
}


def kind_for(cc: str) -> str:
    if cc in RU_C:
        return "cyr"
    if cc in AR_C:
        return "ara"
    return "lat"


KEY_TYPE = {
    "mail": "email",
    "wmail": "email",
    "iban": "iban",
    "card": "bank_card",
    "RP": "residence_permit",
    "xrp": "residence_permit",
    "VISA": "visa",
    "xvisa": "visa",
    "PR": "permanent_residence",
    "xPR": "permanent_residence",
    "mrz": "mrz",
    "mrz3": "mrz",
    "mrzx": "mrz",
    "plate": "plate",
    "fplate": "plate",
    "ID": "id_card",
    "ID2": "id_card",
    "addr": "address",
    "faddr": "address",
    "wx": "im_handle",
    "qq": "im_handle",
    "tg": "im_handle",
    "line": "im_handle",
    "wa": "im_handle",
}
TALLY: Counter = Counter()


def pick_bodies(bodies: list[str], n: int) -> list[str]:
    """One sentence carrying the rarest type so far, the rest drawn at random."""
    rare = min(sorted(set(KEY_TYPE.values())), key=lambda t: TALLY[t])
    cands = [b for b in bodies if any(KEY_TYPE.get(k) == rare for k in PH.findall(b))]
    first = ch(cands or bodies)
    rest = R.sample([b for b in bodies if b != first], n - 1)
    return [first, *rest]


def make_doc(lang: str, idx: int) -> dict:
    style, ccs, heads, opens, bodies, closes = LANG_CFG[lang]
    cc = ch(ccs)
    if cc == "CN":
        cc = ch(EN_C)
    s = Person(kind_for(cc), cc)
    xcc = ch(RU_C if lang == "ru-mixed" else AR_C if lang == "ar-mixed" else EN_C)
    x = Person(kind_for(xcc), xcc)
    w = Person("han", "CN")
    o = Person("han", "CN")
    vals = build_vals(lang, style, s, w, o, x)
    doc = Doc()
    doc.render(ch(heads), vals)
    n_body = R.randint(4, 6)
    joins = 1  # at most one line holds two sentences, so a document has 5-9 sentences
    sents = [ch(opens), *pick_bodies(bodies, n_body), ch(closes)]
    for i, t in enumerate(sents):
        doc.add("\n")
        if "\n" not in t and 0 < i < len(sents) - 1 and joins and R.random() < 0.35 and style != "en":
            joins -= 1
            doc.render(t.rstrip("。."), vals)
            doc.add("；" if style == "zh" else "; ")
            t = ch([b for b in bodies if "\n" not in b and b not in sents])
        doc.render(t, vals)
    doc.add("\n")
    TALLY.update(sp["type"] for sp in doc.spans)
    for sp in doc.spans:
        assert doc.text[sp["start"] : sp["end"]] == sp["value"], sp
    for a, b in zip(doc.spans, doc.spans[1:], strict=False):
        assert a["end"] <= b["start"]
    return {"id": f"{FAMILY}-{lang}-{idx:03d}", "lang": lang, "family": FAMILY, "text": doc.text, "spans": doc.spans}


def validate(sp: dict) -> None:
    t, v = sp["type"], sp["value"]
    if t == "bank_card":
        assert luhn.is_valid(re.sub(r"\D", "", v)), v
    elif t == "iban":
        assert iban.is_valid(v), v
    elif t == "id_card" or (t == "permanent_residence" and v[0] == "9"):
        assert len(v) == 18 and ric.calc_check_digit(v[:17] + "0") == v[17], v
    elif t == "mrz":
        lines = v.split("\n")
        assert [len(x) for x in lines] in ([44, 44], [30, 30, 30], [36, 36]), v


def main() -> None:
    docs = []
    for lang in ("zh", "en", "ru-mixed", "ar-mixed"):
        for i in range(1, 31):
            docs.append(make_doc(lang, i))
    counts = Counter(sp["type"] for d in docs for sp in d["spans"])
    for d in docs:
        for sp in d["spans"]:
            validate(sp)
    for t in TYPES:
        assert counts[t] >= 50, (t, counts[t])
    assert set(counts) == set(TYPES), set(counts) ^ set(TYPES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"documents: {len(docs)}  spans: {sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:20s} {counts[t]}")


if __name__ == "__main__":
    main()
