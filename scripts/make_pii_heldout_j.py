#!/usr/bin/env python3
"""Held-out synthetic PII evaluation family J9 (layout-diverse documents).

Written independently of the de-identification engine.  Python 3 stdlib only,
fixed seed 5519, deterministic output.

Writes eval/data/pii_heldout_j.jsonl : 120 documents (30 each for zh, en,
ru-mixed, ar-mixed), one JSON object per line:
  {"id", "lang", "family": "J9", "text", "layout", "spans": [{type,start,end,value}]}

Every personal value is emitted through Doc.s(), so offsets are exact by
construction; the script re-validates offsets, overlaps, checksums (Luhn,
IBAN mod-97, GB 11643, ICAO 9303 check digits, new-format PR card MOD11-2)
and checks that no span value also occurs in the text outside a span.

Regenerate:  python3 scripts/make_pii_heldout_j.py
"""

import json
import os
import random
import re
import unicodedata
from collections import Counter

SEED = 5519
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "eval", "data", "pii_heldout_j.jsonl"))

N, P, A, IM, EM = "person_name", "phone", "address", "im_handle", "email"
BC, IB, ID, PP, MRZ = "bank_card", "iban", "id_card", "passport", "mrz"
VISA, RP, PR, DOB, PL = "visa", "residence_permit", "permanent_residence", "date_of_birth", "plate"
TYPES = [N, P, A, IM, EM, BC, IB, ID, PP, MRZ, VISA, RP, PR, DOB, PL]


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def pr(x):
    return R.random() < x


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def dgnz(n):
    return str(R.randint(1, 9)) + dg(n - 1)


def sample(seq, k):
    return R.sample(list(seq), k)


LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def pat(s):
    out = []
    for c in s:
        if c == "#":
            out.append(str(R.randint(0, 9)))
        elif c == "?":
            out.append(ch(LET))
        elif c == "@":
            out.append(ch("CFGHJKLMNPRTVWXYZ0123456789"))
        elif c == "*":
            out.append(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
        else:
            out.append(c)
    return "".join(out)


def fw(s):
    """ASCII -> full-width (OCR of Chinese forms)."""
    o = []
    for c in s:
        if "!" <= c <= "~":
            o.append(chr(ord(c) + 0xFEE0))
        elif c == " ":
            o.append("\u3000")
        else:
            o.append(c)
    return "".join(o)


AR_D = "٠١٢٣٤٥٦٧٨٩"


def ard(s):
    return "".join(AR_D[int(c)] if c in "0123456789" else c for c in s)


CN_D = "〇一二三四五六七八九"


def cn_digits(s):
    return "".join(CN_D[int(c)] if c in "0123456789" else c for c in s)


def cn_num(n):
    """positional Chinese numeral for 1..99"""
    u = "零一二三四五六七八九"
    if n < 10:
        return u[n]
    if n < 20:
        return "十" + (u[n % 10] if n % 10 else "")
    return u[n // 10] + "十" + (u[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def s(self, typ, val):
        assert typ in TYPES, typ
        assert val and val == val.strip() and "\n" not in val, (typ, val)
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "value": val})
        self.parts.append(val)
        self.n += len(val)
        return self

    def put(self, item):
        if isinstance(item, tuple):
            self.s(*item)
        elif isinstance(item, list):
            for x in item:
                self.put(x)
        elif item is None:
            pass
        else:
            self.t(str(item))
        return self

    def f(self, tpl, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            self.t(tpl[pos : m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


def join(items, sep):
    out = []
    for i, x in enumerate(items):
        if i:
            out.append(sep)
        out.append(x)
    return out


# --------------------------------------------------------------------------
# name pools
# --------------------------------------------------------------------------
HAN_SUR = [
    ("王", "WANG"),
    ("李", "LI"),
    ("张", "ZHANG"),
    ("刘", "LIU"),
    ("陈", "CHEN"),
    ("杨", "YANG"),
    ("黄", "HUANG"),
    ("赵", "ZHAO"),
    ("吴", "WU"),
    ("周", "ZHOU"),
    ("徐", "XU"),
    ("孙", "SUN"),
    ("马", "MA"),
    ("朱", "ZHU"),
    ("胡", "HU"),
    ("郭", "GUO"),
    ("何", "HE"),
    ("高", "GAO"),
    ("林", "LIN"),
    ("罗", "LUO"),
    ("郑", "ZHENG"),
    ("梁", "LIANG"),
    ("谢", "XIE"),
    ("宋", "SONG"),
    ("唐", "TANG"),
    ("许", "XU"),
    ("韩", "HAN"),
    ("冯", "FENG"),
    ("邓", "DENG"),
    ("曹", "CAO"),
    ("彭", "PENG"),
    ("曾", "ZENG"),
    ("肖", "XIAO"),
    ("田", "TIAN"),
    ("董", "DONG"),
    ("袁", "YUAN"),
    ("潘", "PAN"),
    ("于", "YU"),
    ("蒋", "JIANG"),
    ("蔡", "CAI"),
    ("余", "YU"),
    ("杜", "DU"),
    ("叶", "YE"),
    ("程", "CHENG"),
    ("苏", "SU"),
    ("魏", "WEI"),
    ("吕", "LV"),
    ("丁", "DING"),
    ("任", "REN"),
    ("沈", "SHEN"),
    ("姚", "YAO"),
    ("卢", "LU"),
    ("姜", "JIANG"),
    ("崔", "CUI"),
    ("钟", "ZHONG"),
    ("谭", "TAN"),
    ("陆", "LU"),
    ("汪", "WANG"),
    ("范", "FAN"),
    ("金", "JIN"),
    ("石", "SHI"),
    ("廖", "LIAO"),
    ("贾", "JIA"),
    ("夏", "XIA"),
    ("韦", "WEI"),
    ("付", "FU"),
    ("方", "FANG"),
    ("白", "BAI"),
    ("邹", "ZOU"),
    ("孟", "MENG"),
    ("熊", "XIONG"),
    ("秦", "QIN"),
    ("邱", "QIU"),
    ("江", "JIANG"),
    ("尹", "YIN"),
    ("薛", "XUE"),
    ("闫", "YAN"),
    ("段", "DUAN"),
    ("雷", "LEI"),
    ("侯", "HOU"),
    ("龙", "LONG"),
    ("史", "SHI"),
    ("黎", "LI"),
    ("贺", "HE"),
    ("顾", "GU"),
    ("毛", "MAO"),
    ("郝", "HAO"),
    ("龚", "GONG"),
    ("邵", "SHAO"),
    ("万", "WAN"),
    ("钱", "QIAN"),
    ("欧阳", "OUYANG"),
    ("司马", "SIMA"),
    ("诸葛", "ZHUGE"),
    ("上官", "SHANGGUAN"),
    ("阿不都", "ABUDU"),
    ("买买提", "MAIMAITI"),
]
HAN_GIV = [
    ("伟", "WEI"),
    ("芳", "FANG"),
    ("娜", "NA"),
    ("敏", "MIN"),
    ("静", "JING"),
    ("丽", "LI"),
    ("强", "QIANG"),
    ("磊", "LEI"),
    ("军", "JUN"),
    ("洋", "YANG"),
    ("勇", "YONG"),
    ("艳", "YAN"),
    ("杰", "JIE"),
    ("娟", "JUAN"),
    ("涛", "TAO"),
    ("明", "MING"),
    ("超", "CHAO"),
    ("秀", "XIU"),
    ("霞", "XIA"),
    ("平", "PING"),
    ("刚", "GANG"),
    ("桂", "GUI"),
    ("英", "YING"),
    ("华", "HUA"),
    ("建", "JIAN"),
    ("志", "ZHI"),
    ("海", "HAI"),
    ("红", "HONG"),
    ("玉", "YU"),
    ("兰", "LAN"),
    ("春", "CHUN"),
    ("梅", "MEI"),
    ("鹏", "PENG"),
    ("浩", "HAO"),
    ("宇", "YU"),
    ("晨", "CHEN"),
    ("欣", "XIN"),
    ("怡", "YI"),
    ("佳", "JIA"),
    ("琪", "QI"),
    ("嘉", "JIA"),
    ("俊", "JUN"),
    ("博", "BO"),
    ("涵", "HAN"),
    ("雨", "YU"),
    ("思", "SI"),
    ("婷", "TING"),
    ("辉", "HUI"),
    ("斌", "BIN"),
    ("凯", "KAI"),
    ("瑶", "YAO"),
    ("晓", "XIAO"),
    ("冬", "DONG"),
    ("雪", "XUE"),
    ("慧", "HUI"),
    ("颖", "YING"),
    ("倩", "QIAN"),
    ("昊", "HAO"),
    ("轩", "XUAN"),
    ("睿", "RUI"),
    ("泽", "ZE"),
    ("宁", "NING"),
    ("亮", "LIANG"),
    ("峰", "FENG"),
    ("琳", "LIN"),
    ("璐", "LU"),
    ("彬", "BIN"),
    ("骏", "JUN"),
    ("翔", "XIANG"),
    ("薇", "WEI"),
    ("萱", "XUAN"),
    ("卓", "ZHUO"),
    ("铭", "MING"),
    ("琦", "QI"),
    ("煜", "YU"),
    ("焱", "YAN"),
    ("淼", "MIAO"),
    ("鑫", "XIN"),
    ("喆", "ZHE"),
    ("旭", "XU"),
    ("岚", "LAN"),
    ("菲", "FEI"),
    ("蕾", "LEI"),
    ("楠", "NAN"),
]
# Han names used by foreigners in China (中文名)
ALIASES = [
    "马克",
    "白瑞德",
    "安德鲁",
    "高天乐",
    "柯林",
    "罗兰",
    "艾琳",
    "苏菲",
    "李明德",
    "夏洛",
    "魏凯文",
    "贝拉",
    "欧文",
    "乐思",
    "齐默",
    "海伦",
    "丹尼",
    "马丁",
    "卢卡",
    "安若溪",
    "包文思",
    "牛爱华",
    "杜克",
    "葛瑞丝",
    "费力",
    "米乐",
    "裴德",
    "孔飞力",
    "莫妮",
    "柏思远",
]

LATIN = {
    "POL": dict(
        m=["Łukasz", "Paweł", "Wojciech", "Grzegorz", "Michał", "Bartłomiej", "Jędrzej", "Krzysztof"],
        f=["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Żaneta", "Urszula", "Jadwiga"],
        s=[
            ("Kowalski", "Kowalska"),
            ("Wiśniewski", "Wiśniewska"),
            ("Dąbrowski", "Dąbrowska"),
            ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"),
            "Wójcik",
            "Nowak",
            ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"),
            "Woźniak",
            "Mazur",
            "Krawczyk",
        ],
    ),
    "CZE": dict(
        m=["Jiří", "Petr", "Tomáš", "Ondřej", "Lukáš", "Vojtěch"],
        f=["Tereza", "Kateřina", "Lucie", "Zuzana", "Markéta"],
        s=[
            ("Dvořák", "Dvořáková"),
            ("Novák", "Nováková"),
            ("Černý", "Černá"),
            ("Svoboda", "Svobodová"),
            ("Procházka", "Procházková"),
            ("Kučera", "Kučerová"),
            ("Veselý", "Veselá"),
        ],
    ),
    "NOR": dict(
        m=["Bjørn", "Søren", "Jørgen", "Ståle", "Øyvind", "Anders"],
        f=["Åse", "Kjærsti", "Sølvi", "Ingrid", "Mette"],
        s=["Ølsen", "Sørensen", "Kjærsgaard", "Bråten", "Løvås", "Ødegård", "Haugen", "Dahl"],
    ),
    "DNK": dict(
        m=["Søren", "Mads", "Jens", "Rasmus"],
        f=["Signe", "Mette", "Sørine", "Freja"],
        s=["Kjærgaard", "Sørensen", "Mølgaard", "Østergaard", "Nielsen", "Jørgensen"],
    ),
    "DEU": dict(
        m=["Jürgen", "Björn", "Günther", "Lukas", "Maximilian", "Jörg", "Florian"],
        f=["Käthe", "Sophie", "Bärbel", "Lena", "Mareike", "Anneliese", "Jülide"],
        s=["Müller", "Schröder", "Groß", "Weiß", "Köhler", "Schäfer", "Becker", "Hoffmann", "Krüger", "Meißner"],
    ),
    "FRA": dict(
        m=["François", "Jérôme", "Gaël", "Loïc", "Benoît", "Théo", "Rémi"],
        f=["Hélène", "Céline", "Chloé", "Maëlle", "Béatrice", "Noémie"],
        s=["Lefèvre", "Dubois", "Moreau", "Girard", "Fournier", "Lemaître", "Rousseau", "Chévrier", "Benoît"],
    ),
    "ESP": dict(
        m=["José", "Íñigo", "Álvaro", "Andrés", "Raúl"],
        f=["María", "Lucía", "Inés", "Begoña", "Sofía"],
        s=["Martínez Núñez", "Fernández Peña", "Gómez Ibáñez", "Muñoz Sáez", "Jiménez Ortiz", "Rodríguez Calderón"],
    ),
    "BRA": dict(
        m=["João", "Thiago", "Luís", "Sebastião", "Caio"],
        f=["Conceição", "Letícia", "Vitória", "Júlia"],
        s=["Gonçalves", "Araújo", "Magalhães", "Simões", "Brandão", "Conceição Lima"],
    ),
    "TUR": dict(
        m=["Şükrü", "Gökhan", "Mehmet", "Oğuz", "Çağrı", "İsmail"],
        f=["Ayşe", "Çağla", "Gülşen", "Özlem", "Şeyma", "Büşra"],
        s=["Yılmaz", "Öztürk", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Doğan", "Kılıç"],
    ),
    "HUN": dict(
        m=["Zoltán", "László", "Gábor", "Ádám"],
        f=["Éva", "Zsófia", "Réka", "Ágnes"],
        s=["Szabó", "Kovács", "Tóth", "Horváth", "Nagy", "Varga", "Fehér"],
    ),
    "ROU": dict(
        m=["Ștefan", "Andrei", "Răzvan", "Mihai"],
        f=["Ioana", "Mădălina", "Ștefania", "Elena"],
        s=["Popescu", "Rădulescu", "Ionescu", "Țurcanu", "Dumitrescu"],
    ),
    "ISL": dict(
        m=["Þórður", "Guðmundur", "Ólafur"],
        f=["Guðrún", "Sigríður", "Þóra"],
        s=[("Jónsson", "Jónsdóttir"), ("Sigurðsson", "Sigurðardóttir"), ("Einarsson", "Einarsdóttir")],
    ),
    "GBR": dict(
        m=["Oliver", "Harry", "George", "Callum", "Rhys", "Declan"],
        f=["Amelia", "Siobhán", "Charlotte", "Isla", "Niamh"],
        s=["Smith", "Jones", "Taylor", "O'Brien", "Williams", "Davies", "Evans", "McAllister", "Wright", "Hughes"],
    ),
    "USA": dict(
        m=["Michael", "Tyler", "Brandon", "Ethan", "DeShawn", "Ryan", "Cody"],
        f=["Emily", "Madison", "Ashley", "Kayla", "Brianna"],
        s=["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Anderson", "Thompson", "Carter", "Brooks"],
    ),
    "CAN": dict(
        m=["Liam", "Noah", "Étienne"], f=["Olivia", "Émilie"], s=["Tremblay", "Gagnon", "Côté", "MacDonald", "Bouchard"]
    ),
    "AUS": dict(
        m=["Jack", "Lachlan", "Cooper"], f=["Chloe", "Matilda", "Zoe"], s=["Walker", "Kelly", "Mitchell", "Fitzgerald"]
    ),
    "ITA": dict(
        m=["Giuseppe", "Niccolò", "Matteo", "Luca"],
        f=["Giulia", "Chiara", "Francesca"],
        s=["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "De Luca"],
    ),
    "NLD": dict(
        m=["Sjoerd", "Daan", "Joost"],
        f=["Femke", "Sanne", "Anouk"],
        s=["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "van Dijk"],
    ),
    "NGA": dict(
        m=["Chukwuemeka", "Oluwaseun", "Emeka", "Tunde", "Chidi"],
        f=["Ngozi", "Adaeze", "Funmilayo", "Chiamaka"],
        s=["Okafor", "Adeyemi", "Bello", "Okonkwo", "Eze", "Nwosu", "Balogun", "Ogunleye"],
    ),
    "GHA": dict(m=["Kwame", "Kofi", "Yaw"], f=["Abena", "Akosua", "Ama"], s=["Mensah", "Boateng", "Owusu", "Asante"]),
    "PAK": dict(
        m=["Muhammad Imran", "Bilal", "Faisal", "Usman", "Zeeshan"],
        f=["Ayesha", "Sana", "Mahnoor", "Hina"],
        s=["Khan", "Siddiqui", "Qureshi", "Chaudhry", "Malik"],
    ),
    "IND": dict(
        m=["Rahul", "Arjun", "Vikram", "Sandeep"],
        f=["Priya", "Ananya", "Lakshmi", "Deepika"],
        s=["Sharma", "Nair", "Iyer", "Patel", "Reddy", "Gupta", "Menon"],
    ),
    "THA": dict(
        m=["Somchai", "Anan", "Kittisak"],
        f=["Siriporn", "Ploy", "Nattaya"],
        s=["Wongsakul", "Srisuk", "Chaiyaporn", "Rattanakorn"],
    ),
}
VN_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
VN_MID = {"M": ["Văn", "Đức", "Quốc", "Minh", "Hữu"], "F": ["Thị", "Ngọc", "Thu", "Thanh"]}
VN_GIV = {
    "M": ["An", "Tuấn", "Dũng", "Hùng", "Bảo", "Khánh", "Phúc", "Long"],
    "F": ["Hương", "Lan", "Hà", "Trang", "Linh", "Mai", "Thảo", "Yến"],
}
KR_FAM = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"]
KR_GIV = {"M": ["Min-jun", "Hyun-woo", "Do-yoon", "Jae-sung"], "F": ["Seo-yeon", "Ji-woo", "Su-bin", "Ha-eun"]}
JP = {
    "fam": [
        ("佐藤", "Satō", "SATO"),
        ("田中", "Tanaka", "TANAKA"),
        ("伊藤", "Itō", "ITO"),
        ("渡辺", "Watanabe", "WATANABE"),
        ("山本", "Yamamoto", "YAMAMOTO"),
        ("小林", "Kobayashi", "KOBAYASHI"),
        ("斎藤", "Saitō", "SAITO"),
    ],
    "M": [
        ("健太", "Kenta", "KENTA"),
        ("翔太", "Shōta", "SHOTA"),
        ("裕太", "Yūta", "YUTA"),
        ("博", "Hiroshi", "HIROSHI"),
    ],
    "F": [("優希", "Yūki", "YUKI"), ("遥", "Haruka", "HARUKA"), ("葵", "Aoi", "AOI"), ("美咲", "Misaki", "MISAKI")],
}

RU_GIVEN = {
    "RUS": {
        "M": [
            "Иван",
            "Сергей",
            "Дмитрий",
            "Алексей",
            "Андрей",
            "Николай",
            "Михаил",
            "Артём",
            "Павел",
            "Олег",
            "Виктор",
            "Евгений",
            "Константин",
            "Юрий",
            "Владимир",
            "Станислав",
        ],
        "F": [
            "Анна",
            "Мария",
            "Екатерина",
            "Ольга",
            "Наталья",
            "Светлана",
            "Ирина",
            "Елена",
            "Юлия",
            "Татьяна",
            "Дарья",
            "Ксения",
            "Алина",
            "Полина",
        ],
    },
    "KAZ": {"M": ["Нурлан", "Ерлан", "Данияр", "Асхат", "Тимур"], "F": ["Динара", "Алия", "Жанна", "Камила"]},
    "UKR": {"M": ["Олег", "Андрей", "Богдан", "Тарас", "Виктор"], "F": ["Оксана", "Наталья", "Ирина", "Юлия"]},
    "BLR": {"M": ["Сергей", "Павел", "Дмитрий", "Виктор"], "F": ["Ольга", "Татьяна", "Анна", "Светлана"]},
    "KGZ": {"M": ["Азамат", "Бакыт", "Руслан", "Тимур"], "F": ["Айгуля", "Гульнара", "Камила"]},
    "UZB": {"M": ["Азиз", "Рустам", "Шахзод", "Тимур"], "F": ["Дильноза", "Гульнара", "Малика"]},
}
RU_SUR = {
    "RUS": [
        "Иванов",
        "Петров",
        "Смирнов",
        "Кузнецов",
        "Соколов",
        "Попов",
        "Лебедев",
        "Козлов",
        "Новиков",
        "Морозов",
        "Волков",
        "Соловьёв",
        "Васильев",
        "Зайцев",
        "Павлов",
        "Семёнов",
        "Голубев",
        "Виноградов",
        "Богданов",
        "Воробьёв",
        "Фёдоров",
        "Михайлов",
        "Беляев",
        "Тарасов",
        "Белов",
        "Комаров",
        "Орлов",
        "Киселёв",
        "Макаров",
        "Андреев",
        "Ковалёв",
        "Ильин",
        "Гусев",
        "Титов",
        "Кузьмин",
        "Баранов",
        "Куликов",
        "Алексеев",
        "Степанов",
        "Яковлев",
        "Сорокин",
        "Романов",
        "Захаров",
        "Борисов",
        "Королёв",
        "Герасимов",
        "Медведев",
        "Никитин",
        "Соболев",
        "Поляков",
        "Жуков",
        "Фролов",
        "Крылов",
        "Сидоров",
        "Егоров",
        "Калинин",
        "Вишневский",
        "Покровский",
        "Савицкий",
        "Дроздов",
        "Шестаков",
        "Громов",
    ],
    "KAZ": ["Ахметов", "Нурпеисов", "Жумабаев", "Сейткали", "Касымов", "Абдрахманов", "Исмаилов"],
    "UKR": ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олейник", "Литвиненко"],
    "BLR": ["Ковалёв", "Козлов", "Новиков", "Жуковский", "Соколов", "Дубровский"],
    "KGZ": ["Асанов", "Токтогулов", "Сыдыков", "Абдыкадыров", "Жээнбеков"],
    "UZB": ["Каримов", "Юсупов", "Рахимов", "Исмаилов", "Алимов", "Турсунов"],
}
RU_PATR = [
    ("Иванович", "Ивановна"),
    ("Сергеевич", "Сергеевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Николаевич", "Николаевна"),
    ("Михайлович", "Михайловна"),
    ("Павлович", "Павловна"),
    ("Юрьевич", "Юрьевна"),
    ("Александрович", "Александровна"),
    ("Викторович", "Викторовна"),
    ("Олегович", "Олеговна"),
    ("Владимирович", "Владимировна"),
    ("Андреевич", "Андреевна"),
    ("Рустамович", "Рустамовна"),
    ("Нурланович", "Нурлановна"),
    ("Петрович", "Петровна"),
    ("Геннадьевич", "Геннадьевна"),
]
RU_ZH = {
    "Иванов": "伊万诺夫",
    "Петров": "彼得罗夫",
    "Смирнов": "斯米尔诺夫",
    "Кузнецов": "库兹涅佐夫",
    "Соколов": "索科洛夫",
    "Попов": "波波夫",
    "Волков": "沃尔科夫",
    "Морозов": "莫罗佐夫",
    "Новиков": "诺维科夫",
    "Козлов": "科兹洛夫",
    "Лебедев": "列别杰夫",
    "Павлов": "巴甫洛夫",
    "Орлов": "奥尔洛夫",
    "Медведев": "梅德韦杰夫",
    "Захаров": "扎哈罗夫",
    "Сорокин": "索罗金",
    "Никитин": "尼基京",
    "Шевченко": "舍甫琴科",
    "Коваленко": "科瓦连科",
    "Васильев": "瓦西里耶夫",
    "Фролов": "弗罗洛夫",
    "Егоров": "叶戈罗夫",
    "Громов": "格罗莫夫",
    "Ахметов": "艾哈迈托夫",
    "Каримов": "卡里莫夫",
    "Бондаренко": "邦达连科",
    "Юсупов": "尤苏波夫",
    "Крылов": "克雷洛夫",
    "Жуков": "朱可夫",
    "Титов": "季托夫",
}
RU_GZH = {
    "Иван": "伊万",
    "Сергей": "谢尔盖",
    "Дмитрий": "德米特里",
    "Алексей": "阿列克谢",
    "Андрей": "安德烈",
    "Николай": "尼古拉",
    "Михаил": "米哈伊尔",
    "Павел": "帕维尔",
    "Олег": "奥列格",
    "Анна": "安娜",
    "Мария": "玛丽亚",
    "Екатерина": "叶卡捷琳娜",
    "Ольга": "奥尔加",
    "Наталья": "娜塔莉亚",
    "Елена": "叶莲娜",
    "Ирина": "伊琳娜",
    "Татьяна": "塔季扬娜",
    "Юлия": "尤利娅",
    "Светлана": "斯维特兰娜",
    "Виктор": "维克多",
    "Тимур": "帖木儿",
    "Нурлан": "努尔兰",
    "Динара": "迪娜拉",
    "Оксана": "奥克萨娜",
    "Дарья": "达莉亚",
    "Азиз": "阿齐兹",
    "Рустам": "鲁斯塔姆",
}

AR_M = [
    ("محمد", "Mohammed", "穆罕默德"),
    ("أحمد", "Ahmed", "艾哈迈德"),
    ("عبد الله", "Abdullah", "阿卜杜拉"),
    ("خالد", "Khalid", "哈立德"),
    ("عمر", "Omar", "奥马尔"),
    ("يوسف", "Yousef", "优素福"),
    ("حسن", "Hassan", "哈桑"),
    ("علي", "Ali", "阿里"),
    ("إبراهيم", "Ibrahim", "易卜拉欣"),
    ("طارق", "Tariq", "塔里克"),
    ("سعيد", "Saeed", "赛义德"),
    ("هشام", "Hisham", "希沙姆"),
    ("كريم", "Karim", "卡里姆"),
    ("فيصل", "Faisal", "费萨尔"),
    ("ماجد", "Majid", "马吉德"),
    ("ناصر", "Nasser", "纳赛尔"),
    ("سلمان", "Salman", "萨勒曼"),
    ("مصطفى", "Mustafa", "穆斯塔法"),
    ("حمزة", "Hamza", "哈姆扎"),
    ("زياد", "Ziad", "齐亚德"),
    ("عبد الرحمن", "Abdulrahman", "阿卜杜勒拉赫曼"),
    ("بلال", "Bilal", "比拉勒"),
]
AR_F = [
    ("فاطمة", "Fatima", "法蒂玛"),
    ("عائشة", "Aisha", "阿伊莎"),
    ("مريم", "Maryam", "麦尔彦"),
    ("نور", "Nour", "努尔"),
    ("ليلى", "Layla", "蕾拉"),
    ("سارة", "Sara", "萨拉"),
    ("رانيا", "Rania", "拉尼娅"),
    ("ياسمين", "Yasmin", "雅斯敏"),
    ("هدى", "Huda", "胡达"),
    ("أمل", "Amal", "阿玛勒"),
    ("ريم", "Reem", "丽姆"),
    ("دينا", "Dina", "迪娜"),
    ("سلمى", "Salma", "萨尔玛"),
    ("منى", "Mona", "莫娜"),
]
AR_FAM = [
    ("العتيبي", "Al-Otaibi", "奥泰比"),
    ("القحطاني", "Al-Qahtani", "盖赫塔尼"),
    ("الشمري", "Al-Shammari", "沙马里"),
    ("الزهراني", "Al-Zahrani", "扎赫拉尼"),
    ("الدوسري", "Al-Dosari", "道萨里"),
    ("الهاشمي", "Al-Hashimi", "哈希米"),
    ("النجار", "Al-Najjar", "纳贾尔"),
    ("الخطيب", "Al-Khatib", "哈蒂卜"),
    ("حداد", "Haddad", "哈达德"),
    ("منصور", "Mansour", "曼苏尔"),
    ("الحسيني", "Al-Husseini", "侯赛尼"),
    ("المصري", "Al-Masri", "马斯里"),
    ("آل حمدان", "Al Hamdan", "哈姆丹"),
    ("آل الشيخ", "Al Alsheikh", "谢赫"),
    ("آل عمران", "Al Imran", "伊姆兰"),
    ("العبيدي", "Al-Obaidi", "奥贝迪"),
    ("الكعبي", "Al-Kaabi", "卡阿比"),
    ("التميمي", "Al-Tamimi", "塔米米"),
    ("السويدي", "Al-Suwaidi", "苏韦迪"),
    ("الجبوري", "Al-Jubouri", "朱布里"),
    ("بن علي", "Ben Ali", "本阿里"),
    ("العلوي", "El Alaoui", "阿拉维"),
    ("بوزيد", "Bouzid", "布齐德"),
    ("الفلاحي", "Al-Falahi", "法拉希"),
]

# --------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------
# code: (zh, en, iso numeric, phone spec, passport patterns, email domains, mrz code)
# phone spec: (cc, prefixes, nsn length, groups, trunk)
CTRY = {
    "CHN": (
        "中国",
        "China",
        "156",
        None,
        ["E########", "E?#######", "G########"],
        ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "aliyun.com"],
        "CHN",
    ),
    "POL": (
        "波兰",
        "Poland",
        "616",
        ("48", ["50", "51", "53", "57", "60", "66", "69", "72", "78", "88"], 9, [3, 3, 3], None),
        ["E?#######"],
        ["wp.pl", "o2.pl", "onet.pl", "gmail.com"],
        "POL",
    ),
    "CZE": (
        "捷克",
        "Czech Republic",
        "203",
        ("420", ["60", "72", "73", "77", "79"], 9, [3, 3, 3], None),
        ["########"],
        ["seznam.cz", "email.cz", "gmail.com"],
        "CZE",
    ),
    "NOR": (
        "挪威",
        "Norway",
        "578",
        ("47", ["4", "9"], 8, [3, 2, 3], None),
        ["???######"],
        ["online.no", "gmail.com"],
        "NOR",
    ),
    "DNK": (
        "丹麦",
        "Denmark",
        "208",
        ("45", ["2", "3", "4", "5", "6"], 8, [2, 2, 2, 2], None),
        ["#########"],
        ["mail.dk", "gmail.com"],
        "DNK",
    ),
    "DEU": (
        "德国",
        "Germany",
        "276",
        ("49", ["151", "152", "160", "170", "171", "176", "157"], 11, [3, 4, 4], "0"),
        ["C@@@@@@@@"],
        ["gmx.de", "web.de", "t-online.de"],
        "D",
    ),
    "FRA": (
        "法国",
        "France",
        "250",
        ("33", ["6", "7"], 9, [1, 2, 2, 2, 2], "0"),
        ["##??#####"],
        ["orange.fr", "free.fr", "hotmail.fr"],
        "FRA",
    ),
    "ESP": (
        "西班牙",
        "Spain",
        "724",
        ("34", ["6", "7"], 9, [3, 2, 2, 2], None),
        ["???######"],
        ["telefonica.net", "gmail.com", "hotmail.es"],
        "ESP",
    ),
    "BRA": (
        "巴西",
        "Brazil",
        "076",
        ("55", ["119", "219", "319", "479"], 11, [2, 5, 4], "0"),
        ["F?######", "G?######"],
        ["uol.com.br", "bol.com.br", "gmail.com"],
        "BRA",
    ),
    "TUR": (
        "土耳其",
        "Türkiye",
        "792",
        ("90", ["532", "533", "535", "542", "505", "555"], 10, [3, 3, 2, 2], "0"),
        ["U########"],
        ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
        "TUR",
    ),
    "HUN": (
        "匈牙利",
        "Hungary",
        "348",
        ("36", ["20", "30", "70"], 9, [2, 3, 4], "06"),
        ["??#######"],
        ["freemail.hu", "citromail.hu"],
        "HUN",
    ),
    "ROU": (
        "罗马尼亚",
        "Romania",
        "642",
        ("40", ["72", "74", "75", "76"], 9, [3, 3, 3], "0"),
        ["05#######"],
        ["yahoo.ro", "gmail.com"],
        "ROU",
    ),
    "ISL": (
        "冰岛",
        "Iceland",
        "352",
        ("354", ["6", "7", "8"], 7, [3, 4], None),
        ["A#######"],
        ["simnet.is", "gmail.com"],
        "ISL",
    ),
    "GBR": (
        "英国",
        "United Kingdom",
        "826",
        ("44", ["7700", "7911", "7823", "7456", "7384"], 10, [4, 6], "0"),
        ["1########", "5########"],
        ["btinternet.com", "yahoo.co.uk", "outlook.com"],
        "GBR",
    ),
    "USA": (
        "美国",
        "United States",
        "840",
        ("1", ["212", "415", "646", "312", "713", "206", "305", "617"], 10, [3, 3, 4], None),
        ["5########", "6########", "A########"],
        ["gmail.com", "yahoo.com", "aol.com", "icloud.com"],
        "USA",
    ),
    "CAN": (
        "加拿大",
        "Canada",
        "124",
        ("1", ["604", "416", "514", "403"], 10, [3, 3, 4], None),
        ["??######"],
        ["rogers.com", "gmail.com", "videotron.ca"],
        "CAN",
    ),
    "AUS": (
        "澳大利亚",
        "Australia",
        "036",
        ("61", ["4"], 9, [3, 3, 3], "0"),
        ["PA#######", "N#######"],
        ["bigpond.com", "gmail.com"],
        "AUS",
    ),
    "ITA": (
        "意大利",
        "Italy",
        "380",
        ("39", ["3"], 10, [3, 3, 4], None),
        ["Y?#######"],
        ["libero.it", "virgilio.it", "gmail.com"],
        "ITA",
    ),
    "NLD": (
        "荷兰",
        "Netherlands",
        "528",
        ("31", ["6"], 9, [1, 8], "0"),
        ["??******#"],
        ["ziggo.nl", "kpnmail.nl", "gmail.com"],
        "NLD",
    ),
    "NGA": (
        "尼日利亚",
        "Nigeria",
        "566",
        ("234", ["803", "806", "813", "816", "703", "706", "805", "807", "809"], 10, [3, 3, 4], "0"),
        ["A########", "B########"],
        ["yahoo.com", "gmail.com"],
        "NGA",
    ),
    "GHA": (
        "加纳",
        "Ghana",
        "288",
        ("233", ["24", "54", "55", "20", "27"], 9, [2, 3, 4], "0"),
        ["G#######"],
        ["yahoo.com", "gmail.com"],
        "GHA",
    ),
    "PAK": (
        "巴基斯坦",
        "Pakistan",
        "586",
        ("92", ["300", "301", "321", "333", "345"], 10, [3, 7], "0"),
        ["??#######"],
        ["yahoo.com", "gmail.com", "hotmail.com"],
        "PAK",
    ),
    "IND": (
        "印度",
        "India",
        "356",
        ("91", ["98", "99", "97", "96", "81", "70"], 10, [5, 5], "0"),
        ["?#######"],
        ["rediffmail.com", "gmail.com"],
        "IND",
    ),
    "KOR": (
        "韩国",
        "Republic of Korea",
        "410",
        ("82", ["10"], 10, [2, 4, 4], "0"),
        ["M########", "M###?####"],
        ["naver.com", "daum.net"],
        "KOR",
    ),
    "JPN": (
        "日本",
        "Japan",
        "392",
        ("81", ["90", "80", "70"], 10, [2, 4, 4], "0"),
        ["T?#######", "M?#######"],
        ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
        "JPN",
    ),
    "THA": (
        "泰国",
        "Thailand",
        "764",
        ("66", ["81", "82", "86", "89", "91", "92", "61"], 9, [2, 3, 4], "0"),
        ["A?#######"],
        ["hotmail.co.th", "gmail.com"],
        "THA",
    ),
    "VNM": (
        "越南",
        "Viet Nam",
        "704",
        ("84", ["90", "91", "93", "94", "96", "97", "98", "86", "32", "35"], 9, [2, 3, 2, 2], "0"),
        ["C#######", "N#######", "B#######"],
        ["yahoo.com.vn", "gmail.com", "vnn.vn"],
        "VNM",
    ),
    "RUS": (
        "俄罗斯",
        "Russia",
        "643",
        (
            "7",
            ["916", "903", "925", "926", "985", "977", "964", "999", "914", "924", "902", "950"],
            10,
            [3, 3, 2, 2],
            "8",
        ),
        ["7# #######", "7########"],
        ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru"],
        "RUS",
    ),
    "KAZ": (
        "哈萨克斯坦",
        "Kazakhstan",
        "398",
        ("7", ["701", "705", "707", "747", "777", "702", "775"], 10, [3, 3, 2, 2], "8"),
        ["N########"],
        ["mail.kz", "mail.ru", "gmail.com"],
        "KAZ",
    ),
    "UKR": (
        "乌克兰",
        "Ukraine",
        "804",
        ("380", ["50", "67", "63", "93", "66", "97", "68"], 9, [2, 3, 2, 2], "0"),
        ["F?######"],
        ["ukr.net", "i.ua", "gmail.com"],
        "UKR",
    ),
    "BLR": (
        "白俄罗斯",
        "Belarus",
        "112",
        ("375", ["29", "33", "44", "25"], 9, [2, 3, 2, 2], None),
        ["MP#######", "KH#######"],
        ["tut.by", "mail.ru"],
        "BLR",
    ),
    "KGZ": (
        "吉尔吉斯斯坦",
        "Kyrgyzstan",
        "417",
        ("996", ["555", "700", "707", "772", "550"], 9, [3, 3, 3], "0"),
        ["AC#######", "PE#######"],
        ["mail.ru", "gmail.com"],
        "KGZ",
    ),
    "UZB": (
        "乌兹别克斯坦",
        "Uzbekistan",
        "860",
        ("998", ["90", "91", "93", "94", "97", "99"], 9, [2, 3, 2, 2], None),
        ["FA#######", "AB#######"],
        ["mail.ru", "umail.uz", "gmail.com"],
        "UZB",
    ),
    "SAU": (
        "沙特阿拉伯",
        "Saudi Arabia",
        "682",
        ("966", ["50", "53", "54", "55", "56", "59"], 9, [2, 3, 4], "0"),
        ["?#######"],
        ["gmail.com", "hotmail.com", "outlook.sa"],
        "SAU",
    ),
    "ARE": (
        "阿联酋",
        "United Arab Emirates",
        "784",
        ("971", ["50", "52", "54", "55", "56", "58"], 9, [2, 3, 4], "0"),
        ["P?#######"],
        ["eim.ae", "gmail.com"],
        "ARE",
    ),
    "EGY": (
        "埃及",
        "Egypt",
        "818",
        ("20", ["10", "11", "12", "15"], 10, [2, 4, 4], "0"),
        ["A########"],
        ["yahoo.com", "gmail.com", "link.net"],
        "EGY",
    ),
    "JOR": (
        "约旦",
        "Jordan",
        "400",
        ("962", ["77", "78", "79"], 9, [2, 3, 4], "0"),
        ["?######"],
        ["gmail.com", "orange.jo"],
        "JOR",
    ),
    "IRQ": (
        "伊拉克",
        "Iraq",
        "368",
        ("964", ["750", "770", "780", "790", "751"], 10, [3, 3, 4], "0"),
        ["A########", "B########"],
        ["gmail.com", "yahoo.com"],
        "IRQ",
    ),
    "MAR": (
        "摩洛哥",
        "Morocco",
        "504",
        ("212", ["6", "7"], 9, [3, 6], "0"),
        ["??#######"],
        ["menara.ma", "gmail.com"],
        "MAR",
    ),
    "YEM": (
        "也门",
        "Yemen",
        "887",
        ("967", ["77", "73", "71", "70"], 9, [3, 3, 3], "0"),
        ["0#######"],
        ["y.net.ye", "gmail.com"],
        "YEM",
    ),
    "LBN": (
        "黎巴嫩",
        "Lebanon",
        "422",
        ("961", ["70", "71", "76", "81"], 8, [2, 3, 3], "0"),
        ["LR#######", "RL#######"],
        ["idm.net.lb", "gmail.com"],
        "LBN",
    ),
    "DZA": (
        "阿尔及利亚",
        "Algeria",
        "012",
        ("213", ["55", "66", "77", "56"], 9, [3, 2, 2, 2], "0"),
        ["#########"],
        ["gmail.com", "yahoo.fr"],
        "DZA",
    ),
    "TUN": (
        "突尼斯",
        "Tunisia",
        "788",
        ("216", ["2", "5", "9"], 8, [2, 3, 3], None),
        ["?######"],
        ["topnet.tn", "gmail.com"],
        "TUN",
    ),
    "KWT": (
        "科威特",
        "Kuwait",
        "414",
        ("965", ["5", "6", "9"], 8, [4, 4], None),
        ["P########"],
        ["gmail.com", "hotmail.com"],
        "KWT",
    ),
    "QAT": (
        "卡塔尔",
        "Qatar",
        "634",
        ("974", ["3", "5", "6", "7"], 8, [4, 4], None),
        ["?########"],
        ["qatar.net.qa", "gmail.com"],
        "QAT",
    ),
    "OMN": (
        "阿曼",
        "Oman",
        "512",
        ("968", ["9", "7"], 8, [4, 4], None),
        ["#########"],
        ["omantel.net.om", "gmail.com"],
        "OMN",
    ),
    "SDN": (
        "苏丹",
        "Sudan",
        "729",
        ("249", ["91", "92", "99", "90"], 9, [2, 3, 4], "0"),
        ["P########"],
        ["gmail.com", "yahoo.com"],
        "SDN",
    ),
}
RU_NAME = {
    "RUS": "Россия",
    "KAZ": "Казахстан",
    "UKR": "Украина",
    "BLR": "Беларусь",
    "KGZ": "Кыргызстан",
    "UZB": "Узбекистан",
}
AR_NAME = {
    "SAU": "السعودية",
    "ARE": "الإمارات",
    "EGY": "مصر",
    "JOR": "الأردن",
    "IRQ": "العراق",
    "MAR": "المغرب",
    "YEM": "اليمن",
    "LBN": "لبنان",
    "DZA": "الجزائر",
    "TUN": "تونس",
    "KWT": "الكويت",
    "QAT": "قطر",
    "OMN": "عُمان",
    "SDN": "السودان",
}
RU_GEN = {
    "RUS": "России",
    "KAZ": "Казахстана",
    "UKR": "Украины",
    "BLR": "Беларуси",
    "KGZ": "Кыргызстана",
    "UZB": "Узбекистана",
}
RU_POOL = ["RUS", "RUS", "RUS", "RUS", "KAZ", "KAZ", "UKR", "BLR", "KGZ", "UZB"]
AR_POOL = list(AR_NAME.keys())
LAT_POOL = [
    "POL",
    "CZE",
    "NOR",
    "DNK",
    "DEU",
    "FRA",
    "ESP",
    "BRA",
    "TUR",
    "HUN",
    "ROU",
    "ISL",
    "GBR",
    "USA",
    "CAN",
    "AUS",
    "ITA",
    "NLD",
    "NGA",
    "GHA",
    "PAK",
    "IND",
    "KOR",
    "JPN",
    "THA",
    "VNM",
    "VNM",
]

IBAN_SPEC = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "PL": "24n",
    "CZ": "20n",
    "IT": "1a10n12c",
    "ES": "20n",
    "NL": "4a10n",
    "NO": "11n",
    "DK": "14n",
    "HU": "24n",
    "RO": "4a16c",
    "TR": "5n1z16n",
    "PT": "21n",
    "CH": "5n12c",
    "AT": "16n",
    "BE": "12n",
    "IE": "4a14n",
    "SE": "20n",
    "KZ": "3n13c",
    "UA": "6n19c",
    "BY": "4a4n16c",
    "AZ": "4a20c",
    "GE": "2a16n",
    "SA": "2n18c",
    "AE": "3n16n",
    "EG": "25n",
    "JO": "4a4n18c",
    "QA": "4a21c",
    "KW": "4a22c",
    "BH": "4a14c",
    "LB": "4n20c",
    "IQ": "4a3n12n",
    "TN": "20n",
    "PK": "4a16c",
    "BR": "23n1a1c",
    "IS": "22n",
    "CY": "8n16c",
    "LV": "4a13c",
}
IBAN_LEN = {}
IBAN_FOR = {
    "POL": ["PL"],
    "CZE": ["CZ"],
    "NOR": ["NO"],
    "DNK": ["DK"],
    "DEU": ["DE"],
    "FRA": ["FR"],
    "ESP": ["ES"],
    "BRA": ["BR"],
    "TUR": ["TR"],
    "HUN": ["HU"],
    "ROU": ["RO"],
    "ISL": ["IS"],
    "GBR": ["GB"],
    "ITA": ["IT"],
    "NLD": ["NL"],
    "PAK": ["PK"],
    "USA": ["GB", "IE", "CH"],
    "CAN": ["GB", "FR"],
    "AUS": ["GB", "IE"],
    "NGA": ["GB", "DE"],
    "GHA": ["GB"],
    "IND": ["AE", "GB"],
    "KOR": ["DE", "NL"],
    "JPN": ["CH", "DE"],
    "THA": ["DE", "CH"],
    "VNM": ["DE", "CZ", "PL"],
    "RUS": ["KZ", "CY", "AE", "TR", "GE", "AZ"],
    "KAZ": ["KZ"],
    "UKR": ["UA"],
    "BLR": ["BY"],
    "KGZ": ["KZ", "TR"],
    "UZB": ["KZ", "AE"],
    "SAU": ["SA"],
    "ARE": ["AE"],
    "EGY": ["EG"],
    "JOR": ["JO"],
    "IRQ": ["IQ"],
    "MAR": ["AE", "FR"],
    "YEM": ["SA", "AE"],
    "LBN": ["LB"],
    "DZA": ["FR", "AE"],
    "TUN": ["TN"],
    "KWT": ["KW"],
    "QAT": ["QA"],
    "OMN": ["AE", "BH"],
    "SDN": ["AE", "EG"],
    "CHN": ["GB", "DE", "AE"],
}


# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_val(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r))


def gen_iban(cc):
    spec = IBAN_SPEC[cc]
    bban = []
    for cnt, kind in re.findall(r"(\d+)([nacz])", spec):
        for _ in range(int(cnt)):
            if kind == "n":
                bban.append(str(ri(0, 9)))
            elif kind == "z":
                bban.append("0")
            elif kind == "a":
                bban.append(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            else:
                bban.append(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if pr(0.25) else str(ri(0, 9)))
    bban = "".join(bban)
    chk = 98 - iban_val(cc + "00" + bban) % 97
    return cc + "%02d" % chk + bban


for _cc, _spec in IBAN_SPEC.items():
    IBAN_LEN[_cc] = 4 + sum(int(x) for x in re.findall(r"(\d+)[nacz]", _spec))

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


ID_AREAS = [
    "110101",
    "110105",
    "110108",
    "310101",
    "310115",
    "440103",
    "440106",
    "440304",
    "440305",
    "330106",
    "330782",
    "510107",
    "610113",
    "650102",
    "230103",
    "231081",
    "150781",
    "231102",
    "530102",
    "450103",
    "450681",
    "440402",
    "350203",
    "370202",
    "210202",
    "210102",
    "420111",
    "430104",
    "120101",
    "500103",
    "410105",
    "320106",
    "640104",
    "620102",
    "653101",
    "130102",
    "140105",
    "220102",
    "340104",
    "360102",
]


def gen_id(dob, sex):
    y, m, d = dob
    seq = dg(2) + str(ch([1, 3, 5, 7, 9]) if sex == "M" else ch([0, 2, 4, 6, 8]))
    s17 = ch(ID_AREAS) + "%04d%02d%02d" % (y, m, d) + seq
    return s17 + gb11643(s17)


def mrz_cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


# --------------------------------------------------------------------------
# transliteration
# --------------------------------------------------------------------------
MRZ_SPECIAL = {
    "Ä": "AE",
    "Ö": "OE",
    "Ü": "UE",
    "ß": "SS",
    "Ø": "OE",
    "Æ": "AE",
    "Å": "AA",
    "Þ": "TH",
    "Ð": "D",
    "Đ": "D",
    "Ł": "L",
    "Œ": "OE",
    "İ": "I",
    "ẞ": "SS",
}
CYR = {
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


def cyr_lat(s):
    return "".join(CYR.get(c, c) for c in s.upper())


def mrz_ascii(s):
    out = []
    for c in s.upper():
        if c in MRZ_SPECIAL:
            out.append(MRZ_SPECIAL[c])
            continue
        if c in CYR:
            out.append(CYR[c])
            continue
        dd = unicodedata.normalize("NFKD", c)
        out.append("".join(x for x in dd if not unicodedata.combining(x)))
    r = "".join(out)
    r = re.sub(r"['’]", "", r)
    r = re.sub(r"[^A-Z]+", "<", r)
    return r.strip("<")


def ascii_name(s):
    return mrz_ascii(s).replace("<", " ")


# --------------------------------------------------------------------------
# Russian declension (surnames, given names, patronymics)
# --------------------------------------------------------------------------
CASES = ["nom", "gen", "dat", "acc", "ins"]


def decl_sur(s, sex, case):
    if case == "nom":
        return s
    if sex == "M":
        if re.search(r"(ов|ев|ёв|ин|ын)$", s):
            return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым"}[case]
        if re.search(r"(ский|цкий)$", s):
            return s[:-2] + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им"}[case]
        return s
    if re.search(r"(ова|ева|ёва|ина|ына)$", s):
        return s[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой"}[case]
    if re.search(r"(ская|цкая)$", s):
        return s[:-2] + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой"}[case]
    return s


def fem_sur(s):
    if re.search(r"(ов|ев|ёв|ин|ын)$", s):
        return s + "а"
    if re.search(r"(ский|цкий)$", s):
        return s[:-2] + "ая"
    return s


def decl_given(g, sex, case):
    if case == "nom":
        return g
    if g.endswith("ия"):
        return g[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей"}[case]
    if g.endswith("ья") or g.endswith("я"):
        st = g[:-1]
        return st + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей"}[case]
    if g.endswith("а"):
        st = g[:-1]
        gen = "и" if st[-1] in "гкхжшчщ" else "ы"
        ins = "ей" if st[-1] in "жшчщц" else "ой"
        return st + {"gen": gen, "dat": "е", "acc": "у", "ins": ins}[case]
    if g.endswith("й"):
        st = g[:-1]
        return st + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
    if sex == "F":
        return g
    st = "Павл" if g == "Павел" else g
    return st + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом"}[case]


def decl_patr(pt, sex, case):
    if case == "nom":
        return pt
    if sex == "M":
        return pt + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем"}[case]
    return pt[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой"}[case]


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
CN_CITIES = [
    (
        "北京市",
        ["朝阳区", "海淀区", "东城区", "丰台区", "西城区"],
        ["三里屯路", "建国门外大街", "望京西路", "中关村大街", "光华路", "工体北路", "亮马桥路"],
    ),
    (
        "上海市",
        ["浦东新区", "徐汇区", "静安区", "长宁区", "虹口区"],
        ["南京西路", "淮海中路", "陆家嘴环路", "虹桥路", "四平路", "张杨路"],
    ),
    (
        "广东省广州市",
        ["天河区", "越秀区", "白云区", "番禺区"],
        ["天河北路", "环市东路", "小北路", "广园西路", "三元里大道"],
    ),
    (
        "广东省深圳市",
        ["福田区", "南山区", "罗湖区", "宝安区"],
        ["深南大道", "华强北路", "科苑路", "人民南路", "宝安大道"],
    ),
    (
        "浙江省义乌市",
        ["稠城街道", "福田街道", "江东街道", "北苑街道"],
        ["宾王路", "城中中路", "工人北路", "稠州北路", "贝村路"],
    ),
    ("浙江省杭州市", ["西湖区", "上城区", "滨江区"], ["文三路", "解放路", "江南大道"]),
    ("四川省成都市", ["武侯区", "锦江区", "青羊区"], ["人民南路", "红星路", "科华北路"]),
    ("陕西省西安市", ["雁塔区", "碑林区"], ["长安南路", "小寨西路"]),
    ("新疆乌鲁木齐市", ["天山区", "沙依巴克区"], ["解放北路", "友好南路", "二道桥路"]),
    ("黑龙江省哈尔滨市", ["南岗区", "道里区"], ["中山路", "中央大街", "西大直街"]),
    ("黑龙江省绥芬河市", ["友谊街道", "通天路街道"], ["友谊街", "通天路", "光华路"]),
    ("内蒙古满洲里市", ["东山街道", "北区街道"], ["一道街", "四道街", "中苏路"]),
    ("黑龙江省黑河市", ["爱辉区"], ["王肃街", "海兰街", "中央街"]),
    ("云南省昆明市", ["五华区", "盘龙区"], ["青年路", "北京路", "东风西路"]),
    ("广西南宁市", ["青秀区", "兴宁区"], ["民族大道", "朝阳路"]),
    ("广西东兴市", ["东兴镇"], ["北仑大道", "兴东路"]),
    ("广东省珠海市", ["香洲区"], ["迎宾南路", "情侣中路"]),
    ("福建省厦门市", ["思明区", "湖里区"], ["中山路", "厦禾路", "湖滨南路"]),
    ("山东省青岛市", ["市南区", "崂山区"], ["香港中路", "东海西路"]),
    ("辽宁省大连市", ["中山区", "沙河口区"], ["人民路", "友好路"]),
    ("湖北省武汉市", ["洪山区", "武昌区"], ["珞喻路", "中南路"]),
    ("天津市", ["和平区", "南开区"], ["南京路", "卫津路"]),
    ("重庆市", ["渝中区", "江北区"], ["解放碑民族路", "建新北路"]),
    ("海南省三亚市", ["吉阳区", "天涯区"], ["迎宾路", "三亚湾路"]),
]
COMPLEXES = [
    "阳光花园",
    "金地名苑",
    "翠湖小区",
    "锦绣家园",
    "万科城",
    "世纪新城",
    "国际公寓",
    "丽都花园",
    "远洋天地",
    "碧水湾",
    "滨江华庭",
    "和平里小区",
    "银座公寓",
    "东方明珠苑",
    "春晓苑",
]
HOTELS = [
    "锦江之星（宾王店）",
    "如家快捷酒店（小北店）",
    "汉庭酒店（望京店）",
    "维也纳酒店（三里屯店）",
    "海洋大酒店",
    "华美达广场酒店",
    "友谊宾馆",
    "金都宾馆",
    "七天连锁酒店（火车站店）",
    "亚朵酒店（陆家嘴店）",
    "丝路国际饭店",
    "香格里拉大酒店",
    "北国之春宾馆",
    "国际商贸城酒店",
    "边境口岸宾馆",
]


def room_no():
    return "%d%02d" % (ri(2, 28), ri(1, 30))


def cn_addr(mode=None):
    city, dists, streets = ch(CN_CITIES)
    dist, st = ch(dists), ch(streets)
    if (city.startswith("广东省") and pr(0.4)) or (city.startswith("浙江省") and pr(0.5)):
        city = city[3:]
    mode = mode or ch(["plain", "yard", "complex", "complex2", "lane", "cnnum", "cnnum2", "hotel"])
    n = ri(1, 999)
    b, u, r = ri(1, 30), ri(1, 6), room_no()
    if mode == "plain":
        tail = f"{st}{n}号"
    elif mode == "yard":
        tail = f"{st}{n}号院{b}号楼{u}单元{r}室"
    elif mode == "complex":
        tail = f"{st}{n}号{ch(COMPLEXES)}{b}栋{r}房"
    elif mode == "complex2":
        tail = f"{ch(COMPLEXES)}{b}幢{u}单元{r}室"
    elif mode == "lane":
        tail = f"{st}{ri(10, 999)}弄{ri(1, 60)}号{r}室"
    elif mode == "cnnum":
        tail = f"{st}{cn_num(ri(1, 99))}号院{cn_num(b)}号楼{cn_num(u)}单元{cn_digits(r)}室"
    elif mode == "cnnum2":
        tail = f"{st}{cn_digits(str(n))}号{ch(COMPLEXES)}{cn_num(b)}栋{cn_digits(r)}室"
    else:
        return f"{city}{dist}{st}{ch(HOTELS)}{room_no()}{ch(['房', '房间', '室'])}"
    return f"{city}{dist}{tail}"


EN_CITIES = [
    (
        "Beijing",
        ["Chaoyang District", "Haidian District", "Dongcheng District"],
        ["Sanlitun Road", "Jianguomenwai Avenue", "Wangjing West Road", "Guanghua Road"],
    ),
    (
        "Shanghai",
        ["Pudong New Area", "Xuhui District", "Jing'an District"],
        ["Huaihai Middle Road", "Nanjing West Road", "Zhangyang Road"],
    ),
    (
        "Guangzhou",
        ["Tianhe District", "Yuexiu District", "Baiyun District"],
        ["Tianhe North Road", "Huanshi East Road", "Xiaobei Road"],
    ),
    ("Shenzhen", ["Futian District", "Nanshan District"], ["Shennan Avenue", "Huaqiang North Road", "Keyuan Road"]),
    (
        "Yiwu, Zhejiang",
        ["Choucheng Subdistrict", "Futian Subdistrict"],
        ["Binwang Road", "Chengzhong Middle Road", "Gongren North Road"],
    ),
    ("Suifenhe, Heilongjiang", ["Youyi Subdistrict"], ["Youyi Street", "Tongtian Road"]),
    ("Urumqi, Xinjiang", ["Tianshan District"], ["Jiefang North Road", "Youhao South Road"]),
    ("Sanya, Hainan", ["Jiyang District"], ["Yingbin Road", "Sanyawan Road"]),
]
EN_HOTELS = [
    "Ramada Plaza Hotel",
    "Jinjiang Inn Binwang",
    "Hanting Hotel Wangjing",
    "Shangri-La Hotel",
    "Vienna Hotel Sanlitun",
    "Silk Road International Hotel",
]


def cn_addr_en():
    city, dists, streets = ch(EN_CITIES)
    dist, st = ch(dists), ch(streets)
    k = ri(0, 3)
    if k == 0:
        return f"Room {room_no()}, Unit {ri(1, 6)}, Building {ri(1, 30)}, No. {ri(1, 300)} {st}, {dist}, {city}"
    if k == 1:
        return f"No. {ri(1, 999)} {st}, {dist}, {city}, China"
    if k == 2:
        return f"Flat {room_no()}, Block {ri(1, 30)}, {ch(['Jindi Mingyuan', 'Sunshine Garden', 'Vanke City', 'Century New Town'])}, {dist}, {city}"
    return f"Room {room_no()}, {ch(EN_HOTELS)}, {city}"


def hotel_room():
    if CUR["lang"] == "en" and pr(0.5):
        return f"Room {room_no()}, {ch(EN_HOTELS)}, {ch(EN_CITIES)[0]}"
    city, dists, streets = ch(CN_CITIES)
    c = city[3:] if city[2] == "省" else city
    return f"{c}{ch(HOTELS)}{room_no()}{ch(['房', '房间', '号房'])}"


RU_CITIES = {
    "RUS": [
        ("Москва", "101000"),
        ("Санкт-Петербург", "191025"),
        ("Екатеринбург", "620014"),
        ("Новосибирск", "630099"),
        ("Владивосток", "690091"),
        ("Хабаровск", "680000"),
        ("Иркутск", "664003"),
        ("Благовещенск", "675000"),
        ("Казань", "420111"),
        ("Чита", "672000"),
    ],
    "KAZ": [("Алматы", "050000"), ("Астана", "010000"), ("Шымкент", "160000")],
    "UKR": [("Харьков", "61000"), ("Одесса", "65000"), ("Днепр", "49000")],
    "BLR": [("Минск", "220030"), ("Гомель", "246050")],
    "KGZ": [("Бишкек", "720000"), ("Ош", "723500")],
    "UZB": [("Ташкент", "100000"), ("Самарканд", "140100")],
}
RU_STREETS = [
    "ул. Ленина",
    "ул. Пушкина",
    "ул. Гагарина",
    "ул. Советская",
    "ул. Мира",
    "ул. Садовая",
    "ул. Лесная",
    "ул. Тверская",
    "ул. Кирова",
    "пр. Мира",
    "Невский пр.",
    "ул. Светланская",
    "ул. Зейская",
    "пр. Абая",
    "ул. Толе би",
    "ул. Сумская",
    "пр. Независимости",
    "ул. Киевская",
    "ул. Амира Темура",
    "ул. Набережная",
]


RU_STREETS_BY = {
    "KAZ": ["пр. Абая", "ул. Толе би", "пр. Достык", "ул. Жибек Жолы"],
    "UKR": ["ул. Сумская", "ул. Дерибасовская", "пр. Науки"],
    "BLR": ["пр. Независимости", "ул. Немига", "ул. Советская"],
    "KGZ": ["ул. Киевская", "пр. Чуй", "ул. Токтогула"],
    "UZB": ["ул. Амира Темура", "ул. Навои", "ул. Бабура"],
}


def ru_addr(cc):
    city, idx = ch(RU_CITIES.get(cc, RU_CITIES["RUS"]))
    st = ch(RU_STREETS_BY.get(cc, RU_STREETS[:13] + RU_STREETS[19:]))
    n = ri(1, 180)
    kv = ri(1, 320)
    korp = f", корп. {ri(1, 5)}" if pr(0.3) else ""
    style = ri(0, 3)
    if style == 0:
        return f"г. {city}, {st}, д. {n}{korp}, кв. {kv}"
    if style == 1:
        return f"{RU_NAME.get(cc, 'Россия')}, {idx}, г. {city}, {st}, д. {n}, кв. {kv}"
    if style == 2:
        return f"{idx}, {city}, {st}, {n}-{kv}"
    if cc == "KAZ":
        return f"г. {city}, мкр. Самал-{ri(1, 3)}, д. {n}, кв. {kv}"
    return f"г. {city}, {st}, дом {n}, квартира {kv}"


AR_ADDR = {
    "SAU": [
        (
            "الرياض",
            ["حي العليا", "حي الملز", "حي النخيل"],
            ["شارع الملك فهد", "طريق الأمير محمد بن عبدالعزيز", "شارع التحلية"],
        ),
        ("جدة", ["حي الروضة", "حي الحمراء"], ["شارع الأمير سلطان", "شارع فلسطين"]),
    ],
    "ARE": [
        ("دبي", ["ديرة", "البرشاء", "القصيص"], ["شارع الرقة", "شارع المرقبات"]),
        ("أبوظبي", ["الخالدية"], ["شارع حمدان"]),
    ],
    "EGY": [
        ("القاهرة", ["مدينة نصر", "المعادي", "الدقي"], ["شارع مكرم عبيد", "شارع عباس العقاد", "شارع التحرير"]),
        ("الإسكندرية", ["سموحة", "سيدي جابر"], ["شارع فوزي معاذ", "طريق الحرية"]),
    ],
    "JOR": [("عمّان", ["جبل عمّان", "الشميساني", "خلدا"], ["شارع الرينبو", "شارع المدينة المنورة"])],
    "IRQ": [
        ("بغداد", ["الكرادة", "المنصور", "الأعظمية"], ["شارع ٦٢", "شارع الأميرات"]),
        ("أربيل", ["عنكاوا"], ["شارع ١٠٠"]),
    ],
    "MAR": [
        ("الدار البيضاء", ["حي المعاريف", "عين الشق"], ["زنقة الحسن الصغير", "شارع الزرقطوني"]),
        ("فاس", ["المدينة الجديدة"], ["شارع الحسن الثاني"]),
    ],
    "YEM": [("صنعاء", ["حدة", "التحرير"], ["شارع حدة", "شارع الزبيري"])],
    "LBN": [("بيروت", ["الحمرا", "الأشرفية"], ["شارع الحمرا", "شارع مونو"])],
    "DZA": [("الجزائر العاصمة", ["باب الوادي", "حيدرة"], ["شارع ديدوش مراد"])],
    "TUN": [("تونس", ["المنزه", "باردو"], ["شارع الحبيب بورقيبة", "نهج مرسيليا"])],
    "KWT": [("الكويت", ["السالمية", "حولي"], ["شارع الخليج العربي", "شارع تونس"])],
    "QAT": [("الدوحة", ["الوكرة", "الدفنة"], ["شارع الكورنيش", "طريق سلوى"])],
    "OMN": [("مسقط", ["القرم", "الخوير"], ["شارع السلطان قابوس"])],
    "SDN": [("الخرطوم", ["الرياض", "العمارات"], ["شارع المشتل", "شارع ٦١"])],
}


def ar_addr(cc, arabic_digits=None):
    city, dists, streets = ch(AR_ADDR.get(cc, AR_ADDR["EGY"]))
    dist, st = ch(dists), ch(streets)
    if arabic_digits is None:
        arabic_digits = pr(0.6)
    cv = ard if arabic_digits else (lambda x: x)
    bld = cv(str(ri(1, 120)))
    apt = cv(str(ri(1, 40)))
    style = ri(0, 2)
    if style == 0:
        return f"{city}، {dist}، {st}، مبنى {bld}، شقة {apt}"
    if style == 1:
        return f"{st}، {dist}، {city}، {AR_NAME.get(cc, 'مصر')}"
    return f"{city}، {dist}، {st}، عمارة رقم {bld}، الطابق {cv(str(ri(1, 12)))}"


def lat_addr(cc):
    n = ri(1, 240)
    if cc == "GBR":
        return f"{n} {ch(['Elmwood Road', 'Church Street', 'Victoria Avenue', 'Mill Lane', 'Park Crescent'])}, {ch(['Leeds LS6 2AB', 'Manchester M14 5RT', 'Bristol BS8 1QU', 'Glasgow G12 8QQ'])}, United Kingdom"
    if cc in ("USA", "CAN"):
        if cc == "USA":
            return f"{n} {ch(['Maple St', 'Oak Avenue', 'Sunset Blvd', 'Pine Street'])}, Apt {ri(1, 40)}{ch('ABC')}, {ch(['San Francisco, CA 94110', 'Houston, TX 77002', 'Seattle, WA 98103', 'Chicago, IL 60614'])}, USA"
        return f"{n} {ch(['Rue Sainte-Catherine', 'Queen Street West', 'Granville Street'])}, {ch(['Montréal, QC H3B 1A7', 'Toronto, ON M5V 2T6', 'Vancouver, BC V6Z 1K4'])}, Canada"
    if cc == "DEU":
        return f"{ch(['Schillerstraße', 'Goethestraße', 'Hauptstraße', 'Königsallee', 'Müllerstraße'])} {n}, {ch(['10625 Berlin', '80331 München', '20095 Hamburg', '50667 Köln'])}, Deutschland"
    if cc == "FRA":
        return f"{n} {ch(['rue de la Paix', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue Lecourbe'])}, {ch(['75002 Paris', '69003 Lyon', '13001 Marseille'])}, France"
    if cc == "POL":
        return f"ul. {ch(['Marszałkowska', 'Długa', 'Źródlana', 'Piotrkowska'])} {n}/{ri(1, 60)}, {ch(['00-514 Warszawa', '90-001 Łódź', '30-001 Kraków'])}, Polska"
    if cc == "CZE":
        return f"{ch(['Vinohradská', 'Národní', 'Husova'])} {n}/{ri(1, 30)}, {ch(['120 00 Praha 2', '602 00 Brno'])}, Česká republika"
    if cc == "VNM":
        return f"Số {n} ngõ {ri(1, 200)} {ch(['Cầu Giấy', 'Láng Hạ', 'Nguyễn Trãi'])}, {ch(['Hà Nội', 'Quận 1, TP. Hồ Chí Minh', 'Hải Phòng'])}, Việt Nam"
    if cc == "NGA":
        return f"Plot {n}, {ch(['Adeola Odeku Street', 'Allen Avenue', 'Aminu Kano Crescent'])}, {ch(['Victoria Island, Lagos', 'Ikeja, Lagos', 'Wuse II, Abuja'])}, Nigeria"
    if cc == "PAK":
        return f"House {n}, Street {ri(1, 40)}, {ch(['F-8/3, Islamabad', 'Gulberg III, Lahore', 'DHA Phase 5, Karachi'])}, Pakistan"
    if cc == "IND":
        return f"Flat {ri(101, 1204)}, {ch(['Sai Residency', 'Lotus Towers'])}, {ch(['MG Road, Bengaluru 560001', 'Andheri West, Mumbai 400058'])}, India"
    if cc == "TUR":
        return f"{ch(['Atatürk Cad.', 'Bağdat Cad.', 'İstiklal Cad.'])} No: {n} D: {ri(1, 20)}, {ch(['Kadıköy, İstanbul', 'Çankaya, Ankara', 'Konak, İzmir'])}, Türkiye"
    if cc == "ESP":
        return f"Calle {ch(['de Alcalá', 'Mayor', 'de Serrano'])} {n}, {ri(1, 8)}º {ch('ABCD')}, {ch(['28014 Madrid', '08001 Barcelona', '41001 Sevilla'])}, España"
    if cc == "ITA":
        return f"Via {ch(['Garibaldi', 'Roma', 'dei Mille'])} {n}, {ch(['00184 Roma', '20121 Milano', '80133 Napoli'])}, Italia"
    if cc == "NLD":
        return f"{ch(['Prinsengracht', 'Kerkstraat', 'Oudegracht'])} {n}, {ch(['1015 DZ Amsterdam', '3511 AV Utrecht'])}, Nederland"
    if cc == "KOR":
        return f"{n}, {ch(['Teheran-ro', 'Sejong-daero', 'Haeundae-ro'])}, {ch(['Gangnam-gu, Seoul', 'Jung-gu, Seoul', 'Haeundae-gu, Busan'])}, Korea"
    if cc == "JPN":
        return f"{ri(1, 5)}-{ri(1, 30)}-{ri(1, 20)} {ch(['Shibuya', 'Shinjuku', 'Namba'])}, {ch(['Shibuya-ku, Tokyo 150-0002', 'Chuo-ku, Osaka 542-0076'])}, Japan"
    if cc == "NOR":
        return f"{ch(['Storgata', 'Bjørnstjerne Bjørnsons gate', 'Løkkeveien'])} {n}, {ch(['0155 Oslo', '5003 Bergen'])}, Norge"
    if cc == "DNK":
        return f"{ch(['Nørrebrogade', 'Østerbrogade', 'Strøget'])} {n}, {ri(1, 4)}. th., {ch(['2200 København N', '8000 Aarhus C'])}, Danmark"
    if cc == "HUN":
        return f"{ch(['Andrássy út', 'Váci utca', 'Rákóczi út'])} {n}, {ch(['1061 Budapest', '6720 Szeged'])}, Magyarország"
    if cc == "ROU":
        return f"Str. {ch(['Ștefan cel Mare', 'Mihai Eminescu', 'Aviatorilor'])} nr. {n}, {ch(['București', 'Cluj-Napoca', 'Iași'])}, România"
    if cc == "ISL":
        return f"{ch(['Laugavegur', 'Skólavörðustígur', 'Hverfisgata'])} {n}, 101 Reykjavík, Ísland"
    if cc == "BRA":
        return f"Rua {ch(['Augusta', 'das Laranjeiras', 'Oscar Freire'])}, {n}, apto {ri(11, 204)}, {ch(['São Paulo - SP', 'Rio de Janeiro - RJ'])}, Brasil"
    if cc == "THA":
        return f"{n}/{ri(1, 99)} {ch(['Sukhumvit Soi 23', 'Silom Road', 'Ratchadaphisek Road'])}, Bangkok {ch(['10110', '10500', '10400'])}, Thailand"
    if cc == "AUS":
        return f"{ri(1, 40)}/{n} {ch(['George Street', 'Collins Street', 'Queen Street'])}, {ch(['Sydney NSW 2000', 'Melbourne VIC 3000', 'Brisbane QLD 4000'])}, Australia"
    if cc == "GHA":
        return f"House No. {n}, {ch(['Oxford Street, Osu', 'Spintex Road'])}, Accra, Ghana"
    return f"{n} {ch(['Main Street', 'Central Avenue'])}, {CTRY[cc][1]}"


# --------------------------------------------------------------------------
# phones, handles, cards, documents
# --------------------------------------------------------------------------
CN_MOB_PRE = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]


def cn_mobile_raw():
    return ch(CN_MOB_PRE) + dg(8)


def fmt_cn_mob(raw, style=None):
    style = style or ch(["plain", "plain", "plain", "sp", "dash", "p86sp", "p86", "p86dash", "00", "paren"])
    a, b, c = raw[:3], raw[3:7], raw[7:]
    return {
        "plain": raw,
        "sp": f"{a} {b} {c}",
        "dash": f"{a}-{b}-{c}",
        "p86sp": f"+86 {a} {b} {c}",
        "p86": f"+86{raw}",
        "p86dash": f"+86-{a}-{b}-{c}",
        "00": f"0086 {raw}",
        "paren": f"(+86) {raw}",
    }[style]


LANDLINE = [
    ("010", 8),
    ("021", 8),
    ("020", 8),
    ("0755", 8),
    ("0579", 8),
    ("028", 8),
    ("029", 8),
    ("0991", 7),
    ("0451", 8),
    ("0453", 7),
    ("0470", 7),
    ("0456", 7),
    ("0871", 8),
    ("0771", 7),
    ("0770", 7),
    ("0592", 7),
    ("0532", 8),
    ("0411", 8),
    ("024", 8),
    ("027", 8),
    ("022", 8),
    ("023", 8),
    ("0898", 8),
]


def cn_land():
    ac, n = ch(LANDLINE)
    num = str(ri(2, 8)) + dg(n - 1)
    grp = num[:4] + " " + num[4:] if n == 8 else num[:3] + " " + num[3:]
    st = ri(0, 5)
    return [
        f"{ac}-{num}",
        f"{ac}-{grp}",
        f"({ac}){num}",
        f"（{ac}）{grp}",
        f"+86 {ac[1:]} {grp}",
        f"+86-{ac[1:]}-{num}",
    ][st]


def foreign_phone_raw(cc):
    spec = CTRY[cc][3]
    pre = ch(spec[1])
    return pre + dg(spec[2] - len(pre))


def grp(nsn, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(nsn[i : i + g])
        i += g
    if i < len(nsn):
        out[-1] += nsn[i:]
    return sep.join(x for x in out if x)


def fmt_foreign(cc, nsn, style=None):
    code, _, _, groups, trunk = CTRY[cc][3]
    opts = ["intl_sp", "intl_sp", "intl_dash", "compact", "00"]
    if trunk:
        opts.append("nat")
    if code == "7":
        opts += ["ru", "ru", "ru_nat"]
    if code == "1":
        opts += ["us", "us_nat"]
    style = style or ch(opts)
    if style == "intl_sp":
        return f"+{code} " + grp(nsn, groups, " ")
    if style == "intl_dash":
        return f"+{code}-" + grp(nsn, groups, "-")
    if style == "compact":
        return f"+{code}{nsn}"
    if style == "00":
        return f"00{code} " + grp(nsn, groups, " ")
    if style == "nat" and trunk:
        return trunk + (" " if trunk == "8" else "") + grp(nsn, groups, " ")
    if style in ("ru", "ru_nat") and code == "7":
        body = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}"
        return ("+7 " if style == "ru" else "8 ") + body
    if style in ("us", "us_nat") and code == "1":
        body = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        return ("+1 " if style == "us" else "") + body
    return f"+{code} " + grp(nsn, groups, " ")


SPOKEN = "零一二三四五六七八九"


def spoken_cn(raw, groups):
    yao = pr(0.5)
    out, i = [], 0
    for g in groups:
        seg = raw[i : i + g]
        i += g
        w = []
        for c in seg:
            if c == "1" and yao:
                w.append("幺")
            elif c == "0" and pr(0.2):
                w.append("洞")
            else:
                w.append(SPOKEN[int(c)])
        out.append("".join(w))
    return " ".join(x for x in out if x)


EN_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_en(digits, groups):
    out, i = [], 0
    for g in groups:
        seg = digits[i : i + g]
        i += g
        words = []
        j = 0
        while j < len(seg):
            if j + 1 < len(seg) and seg[j] == seg[j + 1] and pr(0.6):
                words.append("double " + EN_W[int(seg[j])])
                j += 2
            else:
                words.append("oh" if seg[j] == "0" and pr(0.4) else EN_W[int(seg[j])])
                j += 1
        out.append(" ".join(words))
    return ", ".join(out)


def gen_card(kind=None):
    kind = kind or ch(["cn", "cn", "cn", "visa", "mc", "mir", "amex", "up"])
    if kind == "cn":
        b, ln = ch(
            [
                ("622202", 19),
                ("621226", 19),
                ("622848", 19),
                ("621700", 19),
                ("622588", 16),
                ("621483", 16),
                ("621661", 19),
                ("601382", 19),
                ("622262", 19),
                ("623058", 19),
                ("621799", 19),
                ("436742", 16),
                ("625965", 16),
                ("622609", 16),
                ("622908", 18),
            ]
        )
    elif kind == "visa":
        b, ln = "4" + dg(5), 16
    elif kind == "mc":
        b, ln = str(ri(51, 55)) + dg(4), 16
    elif kind == "mir":
        b, ln = "220" + str(ri(0, 4)) + dg(2), 16
    elif kind == "amex":
        b, ln = ch(["34", "37"]) + dg(4), 15
    else:
        b, ln = "62" + dg(4), ch([16, 19])
    return luhn_complete(b, ln)


def fmt_card(num, style=None):
    style = style or ch(["plain", "plain", "sp4", "sp4", "dash4", "dsp"])
    if len(num) == 15:
        gs = [4, 6, 5]
    else:
        gs = [4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else [])
    if style == "plain":
        return num
    if style == "sp4":
        return grp(num, gs, " ")
    if style == "dash4":
        return grp(num, gs, "-")
    return grp(num, gs, "  ")


def fmt_iban(raw, grouped=None):
    if grouped is None:
        grouped = pr(0.6)
    if not grouped:
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def gen_visa():
    return pat(ch(["V########", "V########", "W########", "T########", "#########"]))


def gen_rp():
    return pat(ch(["Y########", "Y########", "S########", "J########"]))


def gen_pr_old(cc, dob):
    y, m, d = dob
    return f"{CTRY[cc][6] if len(CTRY[cc][6]) == 3 else 'DEU'}{ch(['11', '31', '44', '33', '32', '51', '21'])}{ch(['00', '01', '03'])}{y % 100:02d}{m:02d}{d:02d}{dg(2)}"


def gen_pr_new(cc, dob):
    y, m, d = dob
    s17 = (
        "9"
        + ch(["11", "31", "44", "33", "32", "51", "21", "65", "23"])
        + CTRY[cc][2]
        + "%04d%02d%02d" % (y, m, d)
        + dg(3)
    )
    return s17 + gb11643(s17)


PROV = [
    ("京", "ABCEFGHJKLMNPQ"),
    ("沪", "ABCDEFGHJKLMN"),
    ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
    ("浙", "ABCDEFGHJKL"),
    ("川", "ABCDEFGH"),
    ("陕", "ABCDE"),
    ("新", "ABCDEFGH"),
    ("黑", "ABCDEFGHJKLMNP"),
    ("蒙", "ABCDEFGHJKLM"),
    ("桂", "ABCDEFGHJKLMNP"),
    ("云", "ACDEFGHJKLM"),
    ("闽", "ABCDEFGHJK"),
    ("鲁", "ABCDEFGHJKLMNPQ"),
    ("辽", "ABCDEFGHJKLMNP"),
    ("鄂", "ABCDEFGHJKLMNPQ"),
    ("湘", "ABCDEFGHJKLMN"),
    ("津", "ABCDEFGH"),
    ("渝", "ABCDFGH"),
    ("豫", "ABCDEFGHJKLMNPQRSU"),
    ("苏", "ABCDEFGHJKLMN"),
    ("琼", "ABCDE"),
    ("宁", "ABCDE"),
    ("甘", "ABCDEFGHJKLMNP"),
    ("吉", "ABCDEFGHJ"),
]


def cn_plate():
    prov, cities = ch(PROV)
    city = ch(cities)
    sep = ch(["", "", "·", "·", " ", "-"])
    k = R.random()
    if k < 0.5:
        body = [str(ri(0, 9)) for _ in range(5)]
        for _ in range(ri(0, 2)):
            body[ri(0, 4)] = ch(LET)
        body = "".join(body)
    elif k < 0.78:
        body = ch("DF") + (ch(LET) if pr(0.3) else str(ri(0, 9))) + dg(4)
    elif k < 0.9:
        body = dg(5) + ch("DF")
    else:
        return "粤Z" + sep + pat("?###") + ch("港澳")
    return prov + city + sep + body


RU_PL = "АВЕКМНОРСТУХ"


def foreign_plate(cc):
    if cc in ("RUS", "BLR", "UKR"):
        l3 = "".join(ch(RU_PL) for _ in range(3))
        reg = ch(["77", "177", "777", "97", "199", "25", "125", "27", "28", "38", "54", "66", "75"])
        return ch([f"{l3[0]}{dg(3)}{l3[1:]} {reg}", f"{l3[0]} {dg(3)} {l3[1:]} {reg}", f"{l3[0]}{dg(3)}{l3[1:]}{reg}"])
    if cc == "KAZ":
        return f"{dg(3)} {pat('???')} {ch(['01', '02', '17'])}"
    if cc in ("KGZ", "UZB"):
        return f"{ch(['01', '10'])} {dg(3)} {pat('???')}"
    if cc == "GBR":
        return pat("??##") + " " + pat("???")
    if cc == "DEU":
        return f"{ch(['B', 'M', 'HH', 'K', 'F'])}-{pat('??')} {ri(1, 9999)}"
    if cc == "FRA":
        return pat("??-###-??")
    if cc == "POL":
        return f"{ch(['WX', 'KR', 'WA', 'PO'])} {dgnz(5)}"
    if cc == "USA":
        return pat("#???###")
    if cc == "ARE":
        return f"Dubai {ch(LET)} {dgnz(5)}"
    if cc == "SAU":
        return ard(dgnz(4)) + " " + " ".join(ch("أبحدرسصطعقكلمنهوى") for _ in range(3))
    if cc == "EGY":
        return " ".join(ch("أبجدرسصطعفقلمنهوى") for _ in range(3)) + " " + ard(dgnz(3))
    if cc == "VNM":
        return f"{ch(['51F', '29A', '30E', '43A'])}-{dg(3)}.{dg(2)}"
    if cc == "MNG":
        return f"{dg(4)} УБ{ch('АБВГ')}"
    return None


WORDS = [
    "sunny",
    "moscow",
    "desert",
    "silk",
    "tiger",
    "lotus",
    "nomad",
    "falcon",
    "amber",
    "baikal",
    "volga",
    "oasis",
    "cedar",
    "polar",
    "steppe",
    "coral",
    "orbit",
    "maple",
    "delta",
    "zephyr",
    "lynx",
    "sahara",
    "nile",
    "taiga",
]


def email_for(p):
    g, s = (
        p.ascii_given.lower().replace(" ", "").replace("-", ""),
        p.ascii_sur.lower().replace(" ", "").replace("-", ""),
    )
    dom = ch(CTRY[p.cc][5] + ["gmail.com", "outlook.com", "protonmail.com"])
    st = ri(0, 6)
    if p.cc == "CHN" and pr(0.3):
        return f"{p.qq}@qq.com"
    loc = [
        f"{g}.{s}",
        f"{g}_{s}{ri(1, 99)}",
        f"{g[0]}{s}{dg(2)}",
        f"{s}.{g}{ri(70, 99)}",
        f"{g}{s}",
        f"{ch(WORDS)}.{g}{dg(3)}",
        f"{s}-{g[0]}",
    ][st]
    return f"{loc}@{dom}"


def handle_for(p):
    g, s = (
        p.ascii_given.lower().replace(" ", "").replace("-", ""),
        p.ascii_sur.lower().replace(" ", "").replace("-", ""),
    )
    st = ri(0, 5)
    return [
        f"{g}_{s}",
        f"{s}{ri(10, 99)}",
        f"{g}{s[0]}_{dg(3)}",
        f"{ch(WORDS)}_{g}",
        f"{g}.{s}.{ri(1, 9)}",
        f"{s}_{ch(WORDS)}{ri(1, 99)}",
    ][st]


def wechat_for(p):
    if pr(0.4):
        return "wxid_" + "".join(ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    h = handle_for(p).replace(".", "_")
    if not h[0].isalpha():
        h = "w" + h
    return h[:20]


# --------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------
def kind_of(cc):
    if cc == "CHN":
        return "han"
    if cc in RU_NAME:
        return "ru"
    if cc in AR_NAME:
        return "ar"
    if cc == "JPN":
        return "jp"
    return "latin"


USED_NAMES = set()
CUR = {"lang": "zh"}


class Person:
    def __init__(self, cc, sex=None):
        self.cc = cc
        self.kind = kind_of(cc)
        self.sex = sex or ch("MF")
        self.dob = (ri(1956, 2004), ri(1, 12), ri(1, 28))
        for _ in range(30):
            self._name()
            key = self.key()
            if key not in USED_NAMES:
                break
        USED_NAMES.add(self.key())
        self.alias = ch(ALIASES) if (self.kind == "latin" and pr(0.3)) else None
        self.passport = pat(ch(CTRY[cc][4]))
        self.mrz_no = re.sub(r"[^0-9A-Z]", "", self.passport)
        self.exp = (ri(2026, 2034), ri(1, 12), ri(1, 28))
        self.idno = gen_id(self.dob, self.sex) if cc == "CHN" else None
        self.mob = cn_mobile_raw()
        self.fph = foreign_phone_raw(cc) if cc != "CHN" else None
        self.qq = dgnz(ri(6, 10))
        self.email = email_for(self)
        self.email2 = email_for(self)
        self.wechat = wechat_for(self)
        self.tg = handle_for(self).replace(".", "_")
        if len(self.tg) < 5:
            self.tg += dg(3)
        self.vk = "id" + dgnz(9) if pr(0.5) else handle_for(self).replace(".", "_")
        self.line = handle_for(self)
        self.skype = ch(
            [
                "live:.cid." + "".join(ch("0123456789abcdef") for _ in range(16)),
                "live:" + handle_for(self).replace(".", "_"),
                handle_for(self),
            ]
        )
        self.addr_cn = cn_addr_en() if (CUR["lang"] == "en" and pr(0.55)) else cn_addr()
        if self.kind == "ru":
            self.addr_home = ru_addr(cc)
        elif self.kind == "ar":
            self.addr_home = ar_addr(cc)
        elif cc != "CHN":
            self.addr_home = lat_addr(cc)
        else:
            self.addr_home = None
        if cc == "RUS":
            self.card = gen_card(ch(["mir", "mir", "visa", "mc", "cn", "up"]))
        elif cc == "CHN":
            self.card = gen_card(ch(["cn", "cn", "cn", "up"]))
        else:
            self.card = gen_card()
        self.iban = gen_iban(ch(IBAN_FOR[cc]))
        self.visa = gen_visa()
        self.visa_type = ch(["M", "L", "Z", "F", "S1", "S2", "Q2", "X1", "X2"])
        self.rp = gen_rp()
        self.pr_old = gen_pr_old(cc, self.dob) if cc != "CHN" else None
        self.pr_new = gen_pr_new(cc, self.dob) if cc != "CHN" else None
        self.plate = cn_plate()
        self.fplate = foreign_plate(cc) if cc != "CHN" else None

    def key(self):
        return (self.cc, self.sur_key, self.given_key)

    def _name(self):
        cc, sx = self.cc, self.sex
        self.zh = None
        if self.kind == "han":
            s, sp = ch(HAN_SUR)
            k = 1 if pr(0.3) else 2
            gs = sample(HAN_GIV, k)
            self.sur, self.given = s, "".join(c for c, _ in gs)
            self.ascii_sur, self.ascii_given = sp, "".join(p for _, p in gs)
            self.east = True
        elif self.kind == "jp":
            f = ch(JP["fam"])
            g = ch(JP[sx])
            self.kanji = f[0] + g[0]
            self.sur, self.given = f[1], g[1]
            self.ascii_sur, self.ascii_given = f[2], g[2]
            self.east = True
        elif self.kind == "ru":
            g = ch(RU_GIVEN[cc][sx])
            s = ch(RU_SUR[cc])
            pt = ch(RU_PATR)
            self.given = g
            self.sur = s if sx == "M" else fem_sur(s)
            self.patr = pt[0] if sx == "M" else pt[1]
            self.ascii_sur, self.ascii_given = cyr_lat(self.sur), cyr_lat(g)
            if s in RU_ZH and g in RU_GZH:
                zs = RU_ZH[s] if sx == "M" else (RU_ZH[s][:-1] + "娃" if RU_ZH[s].endswith("夫") else RU_ZH[s])
                self.zh = RU_GZH[g] + "·" + zs
            self.east = False
        elif self.kind == "ar":
            g = ch(AR_M if sx == "M" else AR_F)
            fa = ch([x for x in AR_M if x != g])
            fam = ch(AR_FAM) if pr(0.85) else None
            rel = ch(["بن", "ابن", None, None]) if sx == "M" else ch(["بنت", None, None])
            self.ar_parts = (g, rel, fa, fam)
            parts = [g[0]] + ([rel] if rel else []) + [fa[0]] + ([fam[0]] if fam else [])
            self.full_ar = " ".join(parts)
            self.short_ar = g[0] + " " + (fam[0] if fam else fa[0])
            relat = {"بن": "bin", "ابن": "ibn", "بنت": "bint"}.get(rel)
            self.full_lat = " ".join([g[1]] + ([relat] if relat else []) + [fa[1]] + ([fam[1]] if fam else []))
            self.sur = fam[1] if fam else fa[1]
            self.given = g[1]
            self.ascii_sur = mrz_ascii(self.sur).replace("<", " ")
            self.ascii_given = mrz_ascii(g[1] + (" " + fa[1] if fam else ""))
            self.ascii_given = self.ascii_given.replace("<", " ")
            self.zh = g[2] + "·" + ("本·" if rel in ("بن", "ابن") else "") + fa[2] + ("·" + fam[2] if fam else "")
            self.east = False
        else:
            if cc == "VNM":
                fam = ch(VN_FAM)
                self.sur, self.given = fam, ch(VN_MID[sx]) + " " + ch(VN_GIV[sx])
                self.east = True
            elif cc == "KOR":
                self.sur, self.given = ch(KR_FAM), ch(KR_GIV[sx])
                self.east = True
            else:
                pool = LATIN[cc]
                self.given = ch(pool["m"] if sx == "M" else pool["f"])
                s = ch(pool["s"])
                self.sur = s if isinstance(s, str) else (s[0] if sx == "M" else s[1])
                self.east = False
            self.ascii_sur, self.ascii_given = ascii_name(self.sur), ascii_name(self.given)
        self.sur_key, self.given_key = self.sur, self.given

    # ---- display
    def natural(self):
        if self.kind == "han":
            return self.sur + self.given
        return f"{self.sur} {self.given}" if self.east else f"{self.given} {self.sur}"

    def disp(self, style):
        k = self.kind
        if k == "han":
            py_g = self.ascii_given.capitalize()
            return {
                "han": self.sur + self.given,
                "py": f"{self.ascii_sur.capitalize()} {py_g}",
                "PY": f"{self.ascii_sur} {py_g}",
                "PYC": f"{self.ascii_sur} {self.ascii_given}",
            }[style]
        if k == "jp":
            return {
                "kanji": self.kanji,
                "lat": f"{self.ascii_sur} {self.given}",
                "latn": f"{self.given} {self.sur}",
                "caps": f"{self.ascii_sur} {self.ascii_given}",
                "sur": self.sur,
            }[style]
        if k == "ru":
            S, G, Pt = self.sur, self.given, self.patr
            if style == "zh":
                return self.zh or f"{S} {G} {Pt}"
            return {
                "fio": f"{S} {G} {Pt}",
                "fi": f"{S} {G}",
                "if": f"{G} {S}",
                "init": f"{S} {G[0]}.{Pt[0]}.",
                "CAPS": f"{S.upper()} {G.upper()}",
                "lat": f"{self.ascii_sur} {self.ascii_given}",
                "latn": f"{self.ascii_given.capitalize()} {self.ascii_sur.capitalize()}",
                "sur": S,
            }[style]
        if k == "ar":
            return {
                "full": self.full_ar,
                "short": self.short_ar,
                "lat": self.full_lat,
                "LAT": f"{self.sur.upper()} {self.given.upper()}",
                "zh": self.zh,
                "sur": self.sur,
            }[style]
        g, s = self.given, self.sur
        nat = self.natural()
        if style == "alias":
            return self.alias or nat
        return {
            "nat": nat,
            "SUR": f"{s.upper()} {g}",
            "Gsur": (f"{s.upper()} {g}" if self.east else f"{g} {s.upper()}"),
            "caps": nat.upper(),
            "lower": nat.lower(),
            "ascii": f"{self.ascii_sur} {self.ascii_given}",
            "sur": s,
            "init": (f"{g[0]}. {s}" if not self.east else nat),
        }[style]

    def ru_case(self, case, style="fi"):
        assert self.kind == "ru"
        S = decl_sur(self.sur, self.sex, case)
        G = decl_given(self.given, self.sex, case)
        Pt = decl_patr(self.patr, self.sex, case)
        return {
            "fio": f"{S} {G} {Pt}",
            "fi": f"{S} {G}",
            "if": f"{G} {S}",
            "init": f"{S} {self.given[0]}.{self.patr[0]}.",
            "sur": S,
            "gp": f"{G} {Pt}",
        }[style]

    # ---- MRZ
    def mrz(self):
        issuer = CTRY[self.cc][6]
        st = (issuer + "<<<")[:3]
        typ = "PO" if self.cc == "CHN" else "P<"
        if self.kind == "ru":
            sur, giv = mrz_ascii(self.sur), mrz_ascii(self.given)
        else:
            sur, giv = mrz_ascii(self.ascii_sur), mrz_ascii(self.ascii_given)
        namef = (sur + "<<" + giv + "<" * 39)[:39]
        l1 = typ + st + namef
        num = (self.mrz_no + "<" * 9)[:9]
        y, m, d = self.dob
        dob = "%02d%02d%02d" % (y % 100, m, d)
        ey, em, ed = self.exp
        exp = "%02d%02d%02d" % (ey % 100, em, ed)
        pers = "<" * 14
        if self.cc in ("ESP", "NLD", "TUR") and pr(0.7):
            pers = (dg(ri(8, 11)) + "<" * 14)[:14]
        pcd = "<" if pers == "<" * 14 else mrz_cd(pers)
        l2 = num + mrz_cd(num) + st + dob + mrz_cd(dob) + self.sex + exp + mrz_cd(exp) + pers + pcd
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        l2 = l2 + mrz_cd(comp)
        assert len(l1) == 44 and len(l2) == 44, (l1, l2)
        return l1, l2


def foreigner(lang, cc=None, sex=None):
    if cc is None:
        if lang == "ru-mixed":
            cc = ch(RU_POOL) if pr(0.88) else ch(LAT_POOL)
        elif lang == "ar-mixed":
            cc = ch(AR_POOL) if pr(0.88) else ch(["PAK", "TUR", "NGA", "FRA"])
        else:
            cc = ch(LAT_POOL)
    return Person(cc, sex)


def chinese(sex=None):
    return Person("CHN", sex)


# --------------------------------------------------------------------------
# value formatters bound to a language context
# --------------------------------------------------------------------------
def nm(p, lang, style=None):
    en = lang == "en"
    if style is None:
        k = p.kind
        if k == "han":
            style = ch(["py", "PY", "PYC", "han"]) if en else "han"
        elif k == "jp":
            style = ch(["lat", "latn", "caps"]) if en else ch(["kanji", "kanji", "lat", "caps"])
        elif k == "ru":
            style = ch(["latn", "lat", "fio", "if"]) if en else ch(["fio", "fi", "zh", "CAPS", "lat", "if", "init"])
        elif k == "ar":
            style = ch(["lat", "LAT", "full", "lat"]) if en else ch(["full", "short", "zh", "lat", "LAT", "full"])
        else:
            style = (
                ch(["nat", "SUR", "Gsur", "caps", "lower", "nat"])
                if en
                else ch(["nat", "SUR", "Gsur", "caps", "ascii", "alias", "nat"])
            )
    return p.disp(style)


def Nm(p, lang, style=None):
    return (N, nm(p, lang, style))


def native(p):
    """name in the person's own script"""
    return {"han": "han", "jp": "kanji", "ru": "fio", "ar": "full"}.get(p.kind, "nat")


def latin_style(p):
    return {"han": "PYC", "jp": "caps", "ru": "lat", "ar": "LAT"}.get(p.kind, ch(["caps", "ascii", "SUR"]))


MON_EN = [
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
MON_RU = [
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
MON_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MON_AR_LEV = [
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
]


def fmt_date(dt, style):
    y, m, d = dt
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    f = {
        "zh1": f"{y}年{m}月{d}日",
        "zh2": f"{y}年{m:02d}月{d:02d}日",
        "zhfw": fw(f"{y}年{m}月{d}日"),
        "zhcn": cn_digits(str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "slash": f"{y}/{m}/{d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "dmy_dot": f"{d:02d}.{m:02d}.{y}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "mdy_slash": f"{m:02d}/{d:02d}/{y}",
        "en_long": f"{d} {MON_EN[m - 1]} {y}",
        "en_us": f"{MON_EN[m - 1]} {d}, {y}",
        "en_abbr": f"{d:02d} {MON_EN[m - 1][:3].upper()} {y}",
        "en_ord": f"{d}{sfx} {MON_EN[m - 1]} {y}",
        "en_mon": f"{MON_EN[m - 1][:3]}. {d}, {y}",
        "pp": f"{d:02d} {MON_EN[m - 1][:3].upper()} {y % 100:02d}",
        "ru_long": f"{d} {MON_RU[m - 1]} {y} г.",
        "ru_dot_g": f"{d:02d}.{m:02d}.{y} г.",
        "ru_long2": f"{d} {MON_RU[m - 1]} {y}",
        "ar_num": ard(f"{d:02d}/{m:02d}/{y}"),
        "ar_long": f"{ard(str(d))} {MON_AR[m - 1]} {ard(str(y))}",
        "ar_lev": f"{ard(str(d))} {MON_AR_LEV[m - 1]} {ard(str(y))}",
        "ar_iso": ard(f"{y}-{m:02d}-{d:02d}"),
        "ar_lat": f"{d} {MON_AR[m - 1]} {y}",
    }
    return f[style]


DATE_STYLES = {
    "zh": ["zh1", "zh1", "zh2", "zhcn", "iso", "dot", "slash", "compact", "zhfw"],
    "en": ["en_long", "en_us", "en_abbr", "en_ord", "en_mon", "iso", "dmy_slash", "mdy_slash", "dmy_dot"],
    "ru": ["ru_long", "ru_long", "dmy_dot", "ru_dot_g", "ru_long2"],
    "ar": ["ar_num", "ar_long", "ar_long", "ar_lev", "ar_iso", "ar_lat", "dmy_slash"],
}


def dstyle(ctx):
    return ch(DATE_STYLES[ctx])


def Dob(p, ctx, style=None):
    return (DOB, fmt_date(p.dob, style or dstyle(ctx)))


def rdate(a=2023, b=2025):
    return (ri(a, b), ri(1, 12), ri(1, 28))


def Dt(ctx, a=2023, b=2025, style=None):
    """non-birth date (distractor)"""
    return fmt_date(rdate(a, b), style or dstyle(ctx))


def ctx_of(lang):
    return "en" if lang == "en" else "zh"


def Mob(p, style=None):
    return (P, fmt_cn_mob(p.mob, style))


def Fph(p, style=None, arabic=False):
    if p.fph is None:
        return Mob(p, style)
    v = fmt_foreign(p.cc, p.fph, style)
    if arabic:
        v = ard(v)
    return (P, v)


def Ph_any(p, lang):
    if p.fph and pr(0.45):
        return Fph(p, arabic=(lang == "ar-mixed" and pr(0.2)))
    return Mob(p)


def Pp(p, fwidth=False):
    v = p.passport
    return (PP, fw(v) if fwidth else v)


def Card(p, style=None):
    return (BC, fmt_card(p.card, style))


def Iban(p, grouped=None):
    return (IB, fmt_iban(p.iban, grouped))


def Addr_cn(p):
    return (A, p.addr_cn)


def Addr_home(p):
    return (A, p.addr_home or p.addr_cn)


def Plate(p, foreign=False):
    if foreign and p.fplate:
        return (PL, p.fplate)
    return (PL, p.plate)


def Pr(p):
    return (PR, p.pr_new if pr(0.5) else p.pr_old)


def PrBoth(p, lang="zh"):
    """new-format number, sometimes followed by the old 15-char number"""
    if pr(0.6):
        if lang == "en":
            return [(PR, p.pr_new), " (old card ", (PR, p.pr_old), ")"]
        return [(PR, p.pr_new), ch(["（原证号", "（旧版证号", "（换证前号码"]), (PR, p.pr_old), "）"]
    return Pr(p)


def country_zh(p):
    return CTRY[p.cc][0]


def country_en(p):
    return CTRY[p.cc][1]


def sex_zh(p):
    return "男" if p.sex == "M" else "女"


def IMh(p, kind=None, lang="zh"):
    """returns (label, span) for an IM handle"""
    if kind is None:
        opts = ["wechat", "wechat", "qq", "tg", "tg_link", "wa", "skype", "line"]
        if p.kind == "ru":
            opts += ["tg", "vk", "vk", "tg_link"]
        if p.kind == "ar":
            opts += ["wa", "wa", "tg"]
        if p.kind == "han":
            opts = ["wechat", "wechat", "qq", "qq"]
        kind = ch(opts)
    en = lang == "en"
    if kind == "wechat":
        return ("WeChat ID: " if en else "微信号：", (IM, p.wechat))
    if kind == "qq":
        return ("QQ: " if en else "QQ：", (IM, p.qq))
    if kind == "tg":
        return ("Telegram: " if en else "Telegram：", (IM, "@" + p.tg))
    if kind == "tg_link":
        return ("Telegram: " if en else "电报（Telegram）：", (IM, ch(["https://t.me/", "t.me/"]) + p.tg))
    if kind == "wa":
        num = (CTRY[p.cc][3][0] + p.fph) if p.fph else ("86" + p.mob)
        return ("WhatsApp: " if en else "WhatsApp：", (IM, ch(["https://wa.me/", "wa.me/"]) + num))
    if kind == "skype":
        return ("Skype: " if en else "Skype：", (IM, p.skype))
    if kind == "line":
        return ("LINE ID: " if en else "Line账号：", (IM, p.line))
    if kind == "vk":
        return ("VK: " if en else "VK（ВКонтакте）：", (IM, ch(["https://vk.com/", "vk.com/"]) + p.vk))
    raise ValueError(kind)


# --------------------------------------------------------------------------
# distractors (non-personal)
# --------------------------------------------------------------------------
UNITS = [
    "北京市公安局朝阳分局",
    "上海市公安局浦东分局",
    "义乌市公安局稠城派出所",
    "广州市公安局天河区分局",
    "绥芬河市公安局",
    "满洲里市公安局",
    "深圳市公安局福田分局",
    "乌鲁木齐市公安局天山区分局",
    "黑河市公安局爱辉分局",
    "东兴市公安局",
    "哈尔滨市公安局南岗分局",
    "三亚市公安局吉阳分局",
    "厦门市公安局思明分局",
    "成都市公安局武侯区分局",
]
UNITS_EN = [
    "Chaoyang Branch, Beijing Public Security Bureau",
    "Pudong Branch, Shanghai PSB",
    "Yiwu PSB Choucheng Police Station",
    "Tianhe Branch, Guangzhou PSB",
    "Suifenhe Municipal PSB",
    "Futian Branch, Shenzhen PSB",
    "Sanya PSB Jiyang Branch",
]
COMPANIES = [
    "义乌市恒远进出口有限公司",
    "广州市天誉贸易有限公司",
    "深圳市海纳物流有限公司",
    "满洲里市北疆商贸有限公司",
    "绥芬河市口岸国际货运代理有限公司",
    "Silk Road Logistics LLC",
    "Nordic Trade Partners AS",
    "ООО «Восток-Трейд»",
    "شركة الأفق للتجارة العامة",
    "Golden Bridge Import & Export Ltd.",
]


def case_no():
    return ch(
        [
            f"{ch(['京', '沪', '穗', '深', '义', '杭', '绥', '满', '乌'])}公（{ch(['朝', '浦', '天', '福', '稠', '西', '南'])}）{ch(['行', '刑', '立', '移'])}字〔{ri(2022, 2025)}〕{ri(100, 99999)}号",
            f"A{ri(110000, 659999)}{ri(2022, 2025)}{dg(7)}",
            f"J{ri(2023, 2025)}{dg(10)}",
        ]
    )


def case_no_en():
    return f"{ch(['Case No.', 'File ref.', 'Ref:'])} {ri(2022, 2025)}-{ch(['BJ', 'SH', 'GZ', 'SZ', 'YW', 'SFH'])}-{ri(10000, 99999)}"


def amount(ctx="zh"):
    v = ri(300, 980000)
    cur = ch(["元", "CNY", "USD", "RUB", "AED", "SAR", "EUR"])
    s = f"{v:,}"
    if cur == "元":
        return f"人民币{s}元" if ctx == "zh" else f"RMB {s}"
    return f"{cur} {s}.{dg(2)}"


def article(ctx="zh"):
    if ctx == "zh":
        return ch(
            [
                f"《中华人民共和国出境入境管理法》第{cn_num(ri(20, 90))}条",
                f"《中华人民共和国治安管理处罚法》第{ri(20, 80)}条",
                f"《中华人民共和国刑法》第{cn_digits(str(ri(100, 399)))}条".replace("〇", "零"),
                f"《外国人入境出境管理条例》第{ri(5, 40)}条",
            ]
        )
    return ch(
        [
            f"Article {ri(20, 90)} of the Exit and Entry Administration Law",
            f"Art. {ri(20, 80)} of the Public Security Administration Punishments Law",
            f"Article {ri(36, 38)} of the Vienna Convention on Consular Relations",
        ]
    )


def order_no():
    return ch(
        [
            f"{ri(2023, 2025)}{dg(14)}",
            "T" + dg(15),
            "SF" + dg(12),
            "INV-" + str(ri(2023, 2025)) + "-" + dg(4),
            "YT" + dg(13),
            "PO" + dg(8),
        ]
    )


def flight():
    return ch(["CZ", "SU", "EK", "MU", "CA", "QR", "TK", "HU", "KC", "MS", "SV", "EY", "VN", "LO"]) + str(ri(100, 9999))


def tm():
    return f"{ri(0, 23):02d}:{ri(0, 59):02d}"


def tms():
    return f"{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}"


PORTS = [
    "北京首都国际机场",
    "上海浦东国际机场",
    "广州白云国际机场",
    "绥芬河口岸",
    "满洲里口岸",
    "东兴口岸",
    "深圳湾口岸",
    "乌鲁木齐地窝堡国际机场",
    "黑河口岸",
    "罗湖口岸",
    "义乌机场",
]
PORTS_EN = [
    "Beijing Capital Airport",
    "Shanghai Pudong Airport",
    "Guangzhou Baiyun Airport",
    "Suifenhe port",
    "Manzhouli port",
    "Shenzhen Bay port",
    "Dongxing port",
    "Urumqi Diwopu Airport",
]


# --------------------------------------------------------------------------
# foreign-language statement fragments (with PII)
# --------------------------------------------------------------------------
def ru_sentences(d, p, o, k=2):
    """Russian sentences; p = speaker (ru kind), o = other person"""
    fem = p.sex == "F"

    def oname(case):
        if o.kind == "ru":
            return (N, o.ru_case(case, ch(["fi", "if", "fio", "init"]) if case != "nom" else ch(["fi", "if", "fio"])))
        return (N, nm(o, "en"))

    opts = [
        lambda: d.f(
            "Я, {n}, {b} рождения, проживаю по адресу: {a}. ",
            n=(N, p.disp("fio")),
            b=Dob(p, "ru", ch(["ru_dot_g", "ru_long"])),
            a=Addr_home(p),
        ),
        lambda: d.f("Мой номер телефона {ph}, пишите мне в Telegram {tg}. ", ph=Fph(p), tg=(IM, "@" + p.tg)),
        lambda: d.f("Деньги я {v} {o} на карту {c}. ", v="перевела" if fem else "перевёл", o=oname("dat"), c=Card(p)),
        lambda: d.f(
            "С {o} я {v} в прошлом году на рынке. ", o=oname("ins"), v="познакомилась" if fem else "познакомился"
        ),
        lambda: d.f("Я не знаю, где сейчас живёт {o}. ", o=oname("nom")),
        lambda: d.f("Я давно не видел{e} {o}. ", e="а" if fem else "", o=oname("acc")),
        lambda: d.f("Мой паспорт {pp} забрали в гостинице. ", pp=Pp(p)),
        lambda: d.f("У {o} была машина с номером {pl}. ", o=oname("gen"), pl=Plate(o, True)),
        lambda: d.f("Мою почту {e} знает только брат. ", e=(EM, p.email)),
        lambda: d.f("Я {v} {dt} в Иу через Пекин. ", v="прилетела" if fem else "прилетел", dt=Dt("ru")),
        lambda: d.f(
            "Остальную сумму {o} отправил{e} мне на счёт {ib}. ",
            o=oname("nom"),
            e="а" if o.sex == "F" else "",
            ib=Iban(p),
        ),
        lambda: d.f(
            "Разрешение на пребывание у меня номер {rp}, оно действует до {dt}. ",
            rp=(RP, p.rp),
            dt=Dt("ru", 2025, 2027),
        ),
        lambda: d.f("У меня есть вид на жительство в Китае, номер {pr}. ", pr=Pr(p)),
        lambda: d.f("Мне писали во ВКонтакте: {vk}. ", vk=(IM, "vk.com/" + p.vk)),
    ]
    for fn in sample(opts, k):
        fn()


def ar_sentences(d, p, o, k=2):
    f_o = o.sex == "F"

    def oname():
        return (N, o.disp(ch(["full", "short"])) if o.kind == "ar" else nm(o, "en"))

    opts = [
        lambda: d.f("أنا {n}، من مواليد {b}، وأسكن في {a}. ", n=(N, p.full_ar), b=Dob(p, "ar"), a=Addr_home(p)),
        lambda: d.f("رقم هاتفي {ph} ويمكن التواصل معي عبر البريد {e}. ", ph=Fph(p, arabic=pr(0.5)), e=(EM, p.email)),
        lambda: d.f("حوّلت المبلغ إلى {o} على الحساب {ib}. ", o=oname(), ib=Iban(p)),
        lambda: d.f("لا أعرف {o} جيداً، {v} مرتين فقط في قوانغتشو. ", o=oname(), v="قابلتها" if f_o else "قابلته"),
        lambda: d.f("رقم جواز سفري {pp}. ", pp=Pp(p)),
        lambda: d.f("السيارة رقم {pl} تعود إلى {o}. ", pl=Plate(o, True), o=oname()),
        lambda: d.f("تواصلنا عبر تيليغرام {tg}. ", tg=(IM, "@" + p.tg)),
        lambda: d.f("وصلت إلى الصين بتاريخ {dt} ولم أغادر منذ ذلك الحين. ", dt=Dt("ar")),
        lambda: d.f("دفعت له ببطاقتي رقم {c}. ", c=Card(p)),
        lambda: d.f("رقم تصريح إقامتي في الصين {rp}. ", rp=(RP, p.rp)),
        lambda: d.f("لدي بطاقة إقامة دائمة رقمها {pr}. ", pr=Pr(p)),
        lambda: d.f("رقم التأشيرة {v}. ", v=(VISA, p.visa)),
    ]
    for fn in sample(opts, k):
        fn()


def en_sentences(d, p, o, k=2):
    he = "she" if o.sex == "F" else "he"
    opts = [
        lambda: d.f(
            "My name is {n}, I was born on {b} and I live at {a}. ", n=Nm(p, "en"), b=Dob(p, "en"), a=Addr_home(p)
        ),
        lambda: d.f("You can reach me on {ph} or by e-mail at {e}. ", ph=Ph_any(p, "en"), e=(EM, p.email)),
        lambda: d.f("I sent the money to {o} using card {c}. ", o=Nm(o, "en"), c=Card(p)),
        lambda: d.f("I met {o} twice in Yiwu, {he} drove a car with plate {pl}. ", o=Nm(o, "en"), he=he, pl=Plate(o)),
        lambda: d.f("My passport number is {pp}. ", pp=Pp(p)),
        lambda: d.f("We talked on Telegram, my account is {tg}. ", tg=(IM, "@" + p.tg)),
        lambda: d.f("I arrived on {dt} with flight {f}. ", dt=Dt("en"), f=flight()),
        lambda: d.f("The rest was wired from my account {ib}. ", ib=Iban(p)),
        lambda: d.f("My residence permit is {rp} and my visa number was {v}. ", rp=(RP, p.rp), v=(VISA, p.visa)),
        lambda: d.f("I hold a Chinese permanent residence card, number {pr}. ", pr=PrBoth(p, "en")),
    ]
    opts = _no_permit(opts, p)
    for fn in sample(opts, k):
        fn()


def zh_sentences(d, p, o, k=2):
    opts = [
        lambda: d.f("我叫{n}，{b}出生，住在{a}。", n=Nm(p, "zh"), b=Dob(p, "zh"), a=Addr_cn(p)),
        lambda: d.f("我的手机号是{ph}，微信号{wx}。", ph=Mob(p), wx=(IM, p.wechat)),
        lambda: d.f("钱是我用这张卡转给{o}的，卡号{c}。", o=Nm(o, "zh"), c=Card(p)),
        lambda: d.f("{o}开一辆车牌为{pl}的白色轿车。", o=Nm(o, "zh"), pl=Plate(o)),
        lambda: d.f("我护照号码是{pp}，签证号码{v}。", pp=Pp(p), v=(VISA, p.visa)),
        lambda: d.f("我是{dt}从{port}入境的，航班{f}。", dt=Dt("zh"), port=ch(PORTS), f=flight()),
        lambda: d.f("剩下的钱是从我的境外账户{ib}汇过来的。", ib=Iban(p)),
        lambda: d.f("我的居留许可号码是{rp}。", rp=(RP, p.rp)),
        lambda: d.f("我有中国永久居留身份证，号码{pr}。", pr=PrBoth(p, "zh")),
        lambda: d.f("我的邮箱是{e}。", e=(EM, p.email)),
    ]
    opts = _no_permit(opts, p)
    for fn in sample(opts, k):
        fn()


def _no_permit(opts, p):
    """Chinese citizens hold no Chinese visa / residence permit / PR card"""
    if p.cc != "CHN":
        return opts
    import inspect

    out = []
    for fn in opts:
        src = inspect.getsource(fn)
        if "visa" in src or ".rp" in src or "Pr(" in src or "PrBoth(" in src:
            continue
        out.append(fn)
    return out


def foreign_sentences(d, lang, p, o, k=2):
    if lang == "ru-mixed" and p.kind == "ru":
        ru_sentences(d, p, o, k)
    elif lang == "ar-mixed" and p.kind == "ar":
        ar_sentences(d, p, o, k)
    elif lang == "en":
        en_sentences(d, p, o, k)
    else:
        zh_sentences(d, p, o, k)


def attach_mrz(d, p, lang, label=None):
    l1, l2 = p.mrz()
    if label is None:
        label = (
            ch(["Passport MRZ (reader):", "MRZ:"])
            if lang == "en"
            else ch(["附：护照资料页机读码", "护照阅读器读取结果：", "【机读区】", "证件机读码（MRZ）："])
        )
    d.t(label + "\n")
    d.s(MRZ, l1)
    d.t("\n")
    d.s(MRZ, l2)
    d.t("\n")


def intro_zh(d, p, lang, parts=None):
    """e.g.  伊万·彼得罗夫（Петров Иван Сергеевич，PETROV IVAN）"""
    forms = []
    if p.kind == "ru":
        forms = [p.disp("zh") if p.zh else None, p.disp("fio"), p.disp("lat")]
    elif p.kind == "ar":
        forms = [p.zh, p.full_ar, p.disp("LAT")]
    elif p.kind == "jp":
        forms = [p.kanji, p.disp("caps")]
    elif p.kind == "han":
        forms = [p.disp("han")]
    else:
        forms = [p.alias, p.disp(ch(["caps", "SUR", "nat"]))]
    forms = [x for x in forms if x]
    if len(forms) > 2:
        forms = [forms[0], forms[ri(1, 2)]]
    d.s(N, forms[0])
    if len(forms) > 1:
        d.t("（")
        for i, fm in enumerate(forms[1:]):
            if i:
                d.t("，")
            d.s(N, fm)
        d.t("）")


def intro_en(d, p):
    if p.kind == "ru":
        d.f("{a} ({b})", a=(N, p.disp("latn")), b=(N, p.disp("fio")))
    elif p.kind == "ar":
        d.f("{a} ({b})", a=(N, p.full_lat), b=(N, p.full_ar))
    elif p.kind == "han":
        d.f("{a} ({b})", a=(N, p.disp("PY")), b=(N, p.disp("han")))
    elif p.kind == "jp":
        d.f("{a} ({b})", a=(N, p.disp("caps")), b=(N, p.kanji))
    else:
        d.s(N, p.disp(ch(["nat", "Gsur", "SUR"])))


def intro(d, p, lang):
    if lang == "en":
        intro_en(d, p)
    else:
        intro_zh(d, p, lang)


# --------------------------------------------------------------------------
# record field sets (shared by form / export layouts)
# --------------------------------------------------------------------------
def person_fields(p, lang, status=None):
    """ordered list of (key, zh_label, en_label, item).  item is plain text or a span tuple"""
    ctx = ctx_of(lang)
    F = [("name", "姓名", "Name", Nm(p, lang, latin_style(p)))]
    if p.kind in ("ru", "ar", "jp"):
        F.append(("name_native", "原文姓名", "Name (original script)", (N, p.disp(native(p)))))
    if p.kind in ("ru", "ar") and p.zh and lang != "en":
        F.append(("name_zh", "中文译名", "Chinese transliteration", (N, p.zh)))
    if p.alias:
        F.append(("name_zh", "中文名", "Chinese name", (N, p.alias)))
    F.append(("sex", "性别", "Sex", p.sex))
    F.append(
        (
            "nationality",
            "国籍",
            "Nationality",
            CTRY[p.cc][6] if pr(0.5) else (country_zh(p) if lang != "en" else country_en(p)),
        )
    )
    F.append(
        (
            "dob",
            "出生日期",
            "Date of birth",
            Dob(
                p,
                ctx,
                ch(["iso", "iso", "dot", "compact", "dmy_dot", "zh1" if ctx == "zh" else "en_abbr", "dmy_slash"]),
            ),
        )
    )
    F.append(("passport_no", "护照号码", "Passport No.", Pp(p)))
    if p.cc != "CHN":
        status = status or ch(["rp", "pr", "visa_rp", "visa_rp", "visa", "pr", "visa_rp"])
        if status in ("visa", "visa_rp"):
            F.append(("visa_type", "签证种类", "Visa type", p.visa_type))
            F.append(("visa_no", "签证号码", "Visa No.", (VISA, p.visa)))
        if status in ("rp", "visa_rp"):
            F.append(("rp_no", "居留许可号码", "Residence permit No.", (RP, p.rp)))
            F.append(("rp_valid_until", "居留许可有效期至", "Residence permit valid until", Dt(ctx, 2025, 2029, "iso")))
        if status == "pr":
            F.append(("pr_no", "永居证号码", "Permanent residence ID No.", Pr(p)))
        F.append(("entry_date", "入境日期", "Date of entry", Dt(ctx, 2023, 2025, "iso")))
    else:
        F.append(("id_no", "公民身份号码", "ID card No.", (ID, p.idno)))
    F.append(("mobile", "联系电话", "Mobile", Mob(p)))
    if p.fph and pr(0.6):
        F.append(("phone_home", "境外电话", "Home phone", Fph(p)))
    if pr(0.75):
        F.append(("email", "电子邮箱", "E-mail", (EM, p.email)))
    lab, item = IMh(p, lang=lang)
    F.append(("im", lab.rstrip("：: "), lab.rstrip("：: "), item))
    if pr(0.35):
        lab2, item2 = IMh(p, lang=lang)
        if item2 != item and lab2 != lab:
            F.append(("im2", lab2.rstrip("：: "), lab2.rstrip("：: "), item2))
    F.append(("address_cn", "境内住址", "Address in China", Addr_cn(p)))
    if p.addr_home and pr(0.6):
        F.append(("address_home", "境外住址", "Home address", Addr_home(p)))
    acc = ch(["card", "iban", "both", "both"])
    if acc in ("card", "both"):
        F.append(("bank_card", "银行卡号", "Bank card", Card(p)))
    if acc in ("iban", "both"):
        F.append(("iban", "境外账户IBAN", "IBAN", Iban(p)))
    if pr(0.5):
        F.append(("plate", "车牌号码", "Vehicle plate", Plate(p, foreign=pr(0.2))))
    return F


def cn_fields(h, lang):
    ctx = ctx_of(lang)
    F = [
        ("name", "姓名", "Name", Nm(h, lang)),
        ("sex", "性别", "Sex", h.sex),
        ("id_no", "公民身份号码", "ID card No.", (ID, h.idno)),
        ("dob", "出生日期", "Date of birth", Dob(h, ctx)),
        ("mobile", "联系电话", "Mobile", Mob(h)),
        ("address", "住址", "Address", Addr_cn(h)),
    ]
    if pr(0.5):
        lab, item = IMh(h, lang=lang)
        F.append(("im", lab.rstrip("：: "), lab.rstrip("：: "), item))
    if pr(0.4):
        F.append(("plate", "车牌号码", "Vehicle plate", Plate(h)))
    if pr(0.3):
        F.append(("bank_card", "银行卡号", "Bank card", Card(h)))
    return F


def ocr_label(lbl):
    r = R.random()
    if r < 0.4:
        return " ".join(lbl)
    if r < 0.55:
        return lbl[0] + "  " + lbl[1:]
    return lbl


def noise():
    return ch(["", "", "", "|", "丨", "_ ", ". ", "\u3000", "  "])


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------
def L_ocr_form(lang):
    d = Doc()
    p, h, o = foreigner(lang), chinese(), chinese()
    en = lang == "en"
    usefw = pr(0.6)
    F = fw if usefw else (lambda v: v)
    if en:
        d.t("REGISTRATION  FORM  OF  TEMPORARY  RESIDENCE  FOR  VISITORS\n境 外 人 员 临 时 住 宿 登 记 单\n")
    else:
        d.t("境 外 人 员 临 时 住 宿 登 记 单\nREGISTRATION FORM OF TEMPORARY RESIDENCE\n")
    d.t(f"No. {dg(8)}      {ch(['口 新登记', '■ 新登记', '□ 变更登记'])}\n")
    sur = p.sur.upper() if (p.kind == "latin" and pr(0.5)) else p.ascii_sur
    giv = p.given.upper() if (p.kind == "latin" and pr(0.5)) else p.ascii_given
    d.f("{n}{l} Surname\n{v}\n", n=noise(), l=ocr_label("英文姓"), v=(N, sur))
    d.f("{l} Given names\n{v}\n", l=ocr_label("英文名"), v=(N, giv))
    if p.kind in ("ru", "ar", "jp") or p.alias:
        val = p.alias if (p.alias and p.kind == "latin") else p.disp(native(p))
        d.f("{l} Name in original script / Chinese name ：{v}\n", l=ocr_label("中文或原文姓名"), v=(N, val))
    d.f(
        "{l} Sex ：{s}      {l2} Nationality ：{c}\n",
        l=ocr_label("性别"),
        s=("男 M" if p.sex == "M" else "女 F"),
        l2=ocr_label("国籍"),
        c=F(CTRY[p.cc][6]),
    )
    d.f(
        "{l}\nDate of Birth\n{v}\n",
        l=ocr_label("出生日期"),
        v=(DOB, F(fmt_date(p.dob, ch(["iso", "dot", "compact", "dmy_dot", "zh1"])))),
    )
    d.f("{l} 护照 Passport   {l2} No.\n{v}\n", l=ocr_label("证件种类"), l2=ocr_label("证件号码"), v=Pp(p, usefw))
    st = ch(["both", "pr", "pr", "both"])
    if st in ("visa", "both"):
        d.f(
            "{l} {t}    {l2} {v}\n",
            l=ocr_label("签证种类"),
            t=p.visa_type,
            l2=ocr_label("签证号码"),
            v=(VISA, F(p.visa)),
        )
        d.f("停留有效期至 Valid until  {x}\n", x=F(Dt("zh", 2024, 2026, "iso")))
    if st in ("rp", "both"):
        d.f("{l}\n{v}\n", l=ocr_label("居留许可号码"), v=(RP, F(p.rp)))
    if st == "pr":
        d.f("{l} PR No.\n{v}\n", l=ocr_label("永久居留身份证号码"), v=(PR, F(p.pr_new if pr(0.5) else p.pr_old)))
    d.f("入境日期 Date of Entry {x}   入境口岸 Port {y}\n", x=F(Dt("zh", 2024, 2025, "dot")), y=ch(PORTS))
    d.f("{l} Address in China\n{v}\n", l=ocr_label("住址"), v=(A, F(p.addr_cn) if pr(0.5) else p.addr_cn))
    d.f("{l} Tel {v}\n", l=ocr_label("联系电话"), v=(P, F(fmt_cn_mob(p.mob, ch(["plain", "sp", "dash"])))))
    if p.fph and pr(0.5):
        d.f("境外联系电话 ：{v}\n", v=Fph(p))
    if pr(0.7):
        d.f("{l} E-mail {v}\n", l=ocr_label("电子邮箱"), v=(EM, p.email))
    if pr(0.7):
        lab, item = IMh(p, lang=lang)
        d.f("{l}{v}\n", l=lab, v=item)
    if pr(0.65):
        d.f("{l} Vehicle {v}\n", l=ocr_label("车辆号牌"), v=Plate(p))
    d.f("{l} {v}\n", l=ocr_label("押金支付卡号"), v=(BC, F(fmt_card(p.card, ch(["plain", "sp4"])))))
    d.f(
        "{l}\n{n}   {l2} {i}\n",
        l=ocr_label("留宿人或接待单位"),
        n=(N, h.disp("han")),
        l2=ocr_label("身份证号"),
        i=(ID, F(h.idno) if pr(0.5) else h.idno),
    )
    d.f("留宿人电话 {v}\n", v=(P, F(fmt_cn_mob(h.mob, "plain"))))
    d.f("{l} ：{v}   {x}\n", l=ocr_label("登记民警"), v=(N, o.disp("han")), x=ch(["", "（签名模糊）", ""]))
    d.f("填表日期 {x}\n", x=Dt("zh", 2024, 2025, "zh1"))
    if pr(0.9):
        attach_mrz(d, p, lang, ch(["附：护照复印件机读码", "〔护照复印件，机读区如下〕", "MRZ（复印件）"]))
    return d


def chat_line(d, lang, ts, who):
    if lang == "ru-mixed":
        d.f("[{ts}] {w}: ", ts=ts, w=who)
    elif lang == "ar-mixed":
        d.f("{ts} - {w}: ", ts=ts, w=who)
    elif lang == "en":
        d.f("[{ts}] {w}: ", ts=ts, w=who)
    else:
        d.f("{ts}  {w}\n    ", ts=ts, w=who)


def chat_ts(lang, day, hms=None):
    y, m, dd = day
    hh, mm, ss = hms or (ri(7, 23), ri(0, 59), ri(0, 59))
    if lang == "ru-mixed":
        return f"{dd:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}:{ss:02d}"
    if lang == "ar-mixed":
        return f"{dd:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d}"
    if lang == "en":
        h12 = hh % 12 or 12
        return f"{m}/{dd}/{y % 100}, {h12}:{mm:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}"
    return f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}:{ss:02d}"


def L_chat(lang):
    d = Doc()
    a = foreigner(lang)
    b = chinese() if lang != "en" and pr(0.6) else foreigner(lang)
    c = foreigner(lang) if pr(0.5) else chinese()
    en = lang == "en"
    an, bn = nm(a, lang), nm(b, lang)
    plat = {"ru-mixed": "Telegram", "ar-mixed": "WhatsApp", "en": "WhatsApp", "zh": "微信"}[lang]

    def sender_of(x, xn):
        k = R.random()
        if k < 0.35:
            return (N, xn)
        if plat == "Telegram":
            return (IM, "@" + x.tg)
        if plat == "WhatsApp":
            return Fph(x, "intl_sp") if x.fph else Mob(x, "p86sp")
        return (N, xn)

    sa, sb = sender_of(a, an), sender_of(b, bn)
    if en:
        d.f(
            "{p} chat export (extracted from seized handset, exhibit {x})\nParticipants: {a}; {b}\n\n",
            p=plat,
            x=f"W-{ri(1, 40)}",
            a=(N, an),
            b=(N, bn),
        )
    else:
        d.f(
            "{p}聊天记录导出（扣押手机提取，物证编号{x}）\n导出时间：{t}\n聊天对象：{a}",
            p=plat,
            x=f"WZ{ri(2024, 2025)}{dg(4)}",
            t=Dt("zh", 2024, 2025, "iso") + " " + tms(),
            a=(N, an),
        )
        lab, item = IMh(a, "tg" if lang == "ru-mixed" else ("wechat" if lang == "zh" else "wa"), lang)
        d.f("（{l}{i}）\n──────────────\n", l=lab, i=item)
    if b.cc == "CHN":
        d.f(
            (
                "[Investigator note: the other party is registered to {n}, ID {i}]\n\n"
                if en
                else "〔经查，对方账号实名登记人：{n}，身份证号{i}〕\n\n"
            ),
            n=(N, nm(b, lang)),
            i=(ID, b.idno),
        )
    day = rdate(2024, 2025)
    msgs = []

    def m_addr(s, o):
        if en:
            d.f("I'm at {x} now, come down.\n", x=(A, hotel_room() if pr(0.5) else s.addr_cn))
        else:
            d.f("[位置] {x}\n", x=(A, hotel_room() if pr(0.5) else s.addr_cn))

    def m_phone(s, o):
        if en:
            d.f("new number {x}\n", x=Ph_any(s, lang))
        else:
            d.f("我换号了，{x}\n", x=Ph_any(s, lang))

    def m_card(s, o):
        if en:
            d.f("send it to this card {x}, name {n}\n", x=Card(s), n=(N, nm(s, lang, latin_style(s))))
        else:
            d.f("打到这张卡{x}，户名{n}\n", x=Card(s), n=(N, nm(s, lang)))

    def m_contact(s, o):
        lab, item = IMh(c, lang=lang)
        if en:
            d.f("[Contact card] {n}  {l}{i}\n", n=(N, nm(c, lang)), l=lab, i=item)
        else:
            d.f("[名片] {n}  {l}{i}\n", n=(N, nm(c, lang)), l=lab, i=item)

    def m_amount(s, o):
        d.t(("[Transfer] " if en else "[转账] ") + amount(ctx_of(lang)) + (" received\n" if en else " 已收款\n"))

    def m_pp(s, o):
        if s.cc == "CHN":
            d.f(("passport {x}\n" if en else "护照号{x}，你帮我订票\n"), x=Pp(s))
            return
        if en:
            d.f("passport {x}, visa {v}\n", x=Pp(s), v=(VISA, s.visa))
        else:
            d.f("护照号{x}，签证{v}，你帮我订票\n", x=Pp(s), v=(VISA, s.visa))

    def m_plate(s, o):
        d.f(("the car is {x}\n" if en else "车牌{x}，白色的\n"), x=Plate(o))

    def m_mail(s, o):
        d.f(("my email {x}\n" if en else "邮箱{x}\n"), x=(EM, s.email))

    def m_iban(s, o):
        d.f(("USD to this account {x}\n" if en else "美金汇到这个账户 {x}\n"), x=Iban(s))

    def m_foreign(s, o):
        if s.kind in ("ru", "ar") or en:
            foreign_sentences(d, lang, s, o, 1)
            d.t("\n")
        else:
            d.t("好的，收到\n" if not en else "ok\n")

    def m_filler(s, o):
        d.t(
            ch(["[图片]\n", "好的\n", "收到\n", "[语音] 0:12\n", "？\n"])
            if not en
            else ch(["[image omitted]\n", "ok\n", "got it\n", "<Media omitted>\n"])
        )

    def m_permit(s, o):
        if s.cc == "CHN":
            d.f(("my ID {x}\n" if en else "我身份证{x}，你登记用\n"), x=(ID, s.idno))
        elif pr(0.7):
            d.f(("residence permit {x}\n" if en else "居留证号{x}\n"), x=(RP, s.rp))
        else:
            d.f(("PR card {x}\n" if en else "永居证号码{x}\n"), x=Pr(s))

    pool = [
        m_addr,
        m_phone,
        m_card,
        m_contact,
        m_amount,
        m_pp,
        m_plate,
        m_mail,
        m_iban,
        m_foreign,
        m_foreign,
        m_filler,
        m_permit,
    ]

    def m_ppimg(s, o):
        if s.cc == "CHN":
            d.f(("[image: ID card] {x}\n" if en else "[图片：身份证] 住址栏：{x}\n"), x=(A, s.addr_cn))
            return
        l1, l2 = s.mrz()
        d.t("[image: passport page] OCR:\n" if en else "[图片：护照页] 识别文字：\n")
        d.s(MRZ, l1)
        d.t("\n")
        d.s(MRZ, l2)
        d.t("\n")

    pool = [m_addr, m_phone, m_contact, m_amount, m_pp, m_plate, m_mail, m_foreign, m_foreign, m_filler, m_ppimg]
    seq = sample(pool, ri(2, 4)) + [m_iban, m_card, m_permit]
    R.shuffle(seq)
    times = sorted((ri(7, 23), ri(0, 59), ri(0, 59)) for _ in seq)
    for fn, hms in zip(seq, times):
        s, o = (a, b) if pr(0.55) else (b, a)
        chat_line(d, lang, chat_ts(lang, day, hms), sa if s is a else sb)
        fn(s, o)
    return d


def sig_block(d, p, lang):
    d.t("-- \n")
    d.s(N, nm(p, "en" if lang == "en" else lang, ch(["nat", "Gsur"]) if p.kind == "latin" else None))
    d.t(
        "\n"
        + ch(["Sales Manager", "Purchasing", "Logistics Coordinator", "采购经理", "Director"])
        + ", "
        + ch(COMPANIES)
        + "\n"
    )
    d.f("M: {x}\n", x=Ph_any(p, lang))
    lab, item = IMh(p, lang=lang)
    d.f("{l}{i}\n", l=lab, i=item)
    d.f("Bank details: IBAN {ib}\n", ib=Iban(p))


def L_email(lang):
    d = Doc()
    a = foreigner(lang)
    b = chinese() if pr(0.5) else foreigner(lang)
    c = foreigner(lang)
    en = lang == "en"
    ctx = ctx_of(lang)
    an = nm(a, "en", ch(["nat", "Gsur"]) if a.kind == "latin" else None)
    bn = nm(b, "en") if b.kind != "han" or en else nm(b, lang)
    sub = case_no_en() if en else case_no()
    hdr = ("From", "To", "Cc", "Date", "Subject") if (en or pr(0.5)) else ("发件人", "收件人", "抄送", "时间", "主题")
    d.f("{h}: {n} <{e}>\n", h=hdr[0], n=(N, an), e=(EM, a.email))
    d.f("{h}: {n} <{e}>\n", h=hdr[1], n=(N, bn), e=(EM, b.email))
    if pr(0.5):
        d.f("{h}: {e}; {e2}\n", h=hdr[2], e=(EM, c.email), e2=(EM, a.email2 if a.email2 != a.email else c.email2))
    else:
        d.f("{h}: {e}\n", h=hdr[2], e=(EM, c.email))
    d.f(
        "{h}: {t}\n",
        h=hdr[3],
        t=f"{ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {ri(1, 28)} {ch(MON_EN)[:3]} {ri(2023, 2025)} {tms()} +0800",
    )
    d.f("{h}: Re: {s}\n\n", h=hdr[4], s=(("Shipment " + order_no()) if en else ("货款及" + order_no())))
    if en:
        d.f("Dear {n},\n\n", n=(N, nm(b, "en", "PY" if b.kind == "han" else ("sur" if b.kind == "latin" else None))))
        en_sentences(d, a, c, 2)
        d.f("\nPlease also contact our agent on {ph}.\n\n", ph=Ph_any(c, lang))
    else:
        d.f("{n}，你好：\n", n=(N, bn))
        if a.kind in ("ru", "ar") and pr(0.8):
            foreign_sentences(d, lang, a, c, 2)
            d.t("\n（以上为原文，中文大意：货款已付，请联系")
            d.s(N, nm(c, lang))
            d.t("。）\n")
        else:
            zh_sentences(d, a, c, 2)
            d.t("\n")
        d.f("货到后请联系代理，电话{ph}。\n\n", ph=Ph_any(c, lang))
    if en:
        d.put(
            [
                "Attached: copy of the residence documents of ",
                (N, nm(a, "en", "sur" if a.kind in ("latin", "ru", "ar") else None)),
                " (",
                ch([["residence permit ", (RP, a.rp)], ["PR card ", PrBoth(a, "en")]]),
                ", visa ",
                (VISA, a.visa),
                ").\n\n",
            ]
        )
    else:
        d.put(
            [
                "附件：",
                (N, nm(a, lang)),
                "的证件复印件（",
                ch([["居留许可", (RP, a.rp)], ["永居证", PrBoth(a, lang)]]),
                "，签证",
                (VISA, a.visa),
                "）。\n\n",
            ]
        )
    if pr(0.6):
        attach_mrz(d, a, lang, "Passport scan (OCR):" if en else "护照扫描件识别：")
        d.t("\n")
    sig_block(d, a, lang)
    d.t("\n")
    wrote = "wrote" if en else ch(["写道", "wrote"])
    d.f("On {t}, {n} <{e}> {w}:\n", t=Dt("en"), n=(N, bn), e=(EM, b.email), w=wrote)
    if en:
        d.f(
            "> Hi, I wired {am} to the IBAN below:\n> {ib}\n> Beneficiary: {n}\n",
            am=amount("en"),
            ib=Iban(a),
            n=(N, an),
        )
        d.f("> Contact in Yiwu: {m}, address {ad}\n", m=Mob(b), ad=(A, b.addr_cn))
        if True:
            rc = chinese()
            d.f("> Pickup by {n}, ID {i}, truck {pl}\n", n=(N, rc.disp("PY")), i=(ID, rc.idno), pl=Plate(rc))
    else:
        d.f("> 已汇{am}至以下账户：\n> {ib}\n> 收款人：{n}\n", am=amount(), ib=Iban(a), n=(N, an))
        d.f("> 我在{ad}，手机{m}\n", ad=(A, b.addr_cn), m=Mob(b))
        if True:
            rc = chinese()
            d.f("> 提货人：{n}，身份证{i}，车牌{pl}\n", n=(N, rc.disp("han")), i=(ID, rc.idno), pl=Plate(rc))
    return d


def jesc(v):
    assert json.dumps(v, ensure_ascii=False)[1:-1] == v, v
    return v


def jkv(d, ind, key, item, last=False):
    d.t(" " * ind + json.dumps(key) + ": ")
    if isinstance(item, tuple):
        d.t('"')
        d.s(item[0], jesc(item[1]))
        d.t('"')
    else:
        d.t(json.dumps(item, ensure_ascii=False))
    d.t("\n" if last else ",\n")


def L_json(lang):
    d = Doc()
    p = foreigner(lang)
    q = chinese() if pr(0.5) else foreigner(lang)
    o = chinese()
    d.t("{\n")
    jkv(d, 2, "record_id", "R" + dg(12))
    jkv(d, 2, "case_no", case_no_en() if lang == "en" else case_no())
    jkv(d, 2, "source", ch(["hotel_registration", "border_check", "community_police", "platform_report"]))
    d.t('  "subject": {\n')
    F = person_fields(p, lang)
    mrz = pr(0.75)
    for i, (k, zl, el, item) in enumerate(F):
        jkv(d, 4, k, item, last=(i == len(F) - 1 and not mrz))
    if mrz:
        l1, l2 = p.mrz()
        d.t('    "mrz": [\n      "')
        d.s(MRZ, l1)
        d.t('",\n      "')
        d.s(MRZ, l2)
        d.t('"\n    ]\n')
    d.t('  },\n  "associates": [\n    {\n')
    G = cn_fields(q, lang) if q.cc == "CHN" else person_fields(q, lang)
    G = [g for g in G if g[0] not in ("sex",)]
    G = G[: ri(4, len(G))]
    for i, (k, zl, el, item) in enumerate(G):
        jkv(d, 6, k, item, last=(i == len(G) - 1))
    d.t("    }\n  ],\n")
    jkv(d, 2, "officer", (N, nm(o, lang)))
    jkv(d, 2, "amount_involved", amount(ctx_of(lang)))
    jkv(d, 2, "created_at", Dt("en", 2024, 2025, "iso") + "T" + tms() + "+08:00", last=True)
    d.t("}\n")
    return d


def xesc(v):
    assert not re.search(r"[<>&]", v), v
    return v


def xel(d, ind, tag, item, attrs=""):
    d.t(" " * ind + f"<{tag}{attrs}>")
    if isinstance(item, tuple):
        d.s(item[0], xesc(item[1]))
    else:
        d.t(xesc(item))
    d.t(f"</{tag}>\n")


def L_xml(lang):
    d = Doc()
    p = foreigner(lang)
    q = foreigner(lang) if pr(0.5) else chinese()
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    d.t(f'<PersonRecord xmlns="urn:psb:foreigner:2.1" recordNo="{dg(10)}" generated="{Dt("en", 2024, 2025, "iso")}">\n')
    d.t("  <Identity>\n")
    F = person_fields(p, lang)
    for k, zl, el, item in F:
        if k in ("name", "name_native", "name_zh"):
            xel(d, 4, "Name", item, f' type="{k}"')
        elif k in ("passport_no", "visa_no", "rp_no", "pr_no", "id_no"):
            xel(d, 4, "Document", item, f' kind="{k[:-3]}"')
        elif k in ("mobile", "phone_home"):
            xel(d, 4, "Phone", item, f' use="{k}"')
        elif k in ("address_cn", "address_home"):
            xel(d, 4, "Address", item, f' scope="{k[8:]}"')
        else:
            xel(d, 4, "".join(w.capitalize() for w in k.split("_")), item)
    if pr(0.75):
        l1, l2 = p.mrz()
        d.t("    <MRZ><![CDATA[")
        d.s(MRZ, l1)
        d.t("\n")
        d.s(MRZ, l2)
        d.t("]]></MRZ>\n")
    d.t("  </Identity>\n  <Contacts>\n")
    G = cn_fields(q, lang) if q.cc == "CHN" else person_fields(q, lang)
    xel(d, 4, "ContactName", G[0][3])
    for k, zl, el, item in G[1:]:
        if isinstance(item, tuple) and item[0] in (P, IM, EM, A, ID, PL):
            xel(d, 4, "Contact", item, f' type="{k}"')
    d.t("  </Contacts>\n")
    xel(d, 2, "Remark", ("Sum involved: " + amount("en")) if lang == "en" else ("涉案金额" + amount()))
    d.t("</PersonRecord>\n")
    return d


def yval(item):
    if isinstance(item, tuple):
        v = item[1]
        if v[0] in "@*&!%{[>|#" or ": " in v or v.endswith(":"):
            return ['"', item, '"']
        return [item]
    return [item]


def L_yaml(lang):
    d = Doc()
    p = foreigner(lang)
    q = chinese()
    r = foreigner(lang)
    d.f(
        "# {t}\n# exported {x}\n---\n",
        t="person check result" if lang == "en" else "人员核查结果（系统导出，YAML）",
        x=Dt("en", 2024, 2025, "iso"),
    )
    d.f("check_id: {x}\nsubject:\n", x="HC-" + dg(9))
    F = person_fields(p, lang)
    names = [f for f in F if f[0].startswith("name")]
    d.t("  names:\n")
    for f in names:
        d.t("    - ")
        d.put(yval(f[3]))
        d.t("\n")
    d.t("  documents:\n")
    for k, zl, el, item in F:
        if k in ("passport_no", "visa_no", "rp_no", "pr_no", "visa_type", "rp_valid_until"):
            d.t(f"    {k}: ")
            d.put(yval(item))
            d.t("\n")
    d.t("  personal:\n")
    for k, zl, el, item in F:
        if k in ("dob", "sex", "nationality"):
            d.t(f"    {k}: ")
            d.put(yval(item))
            d.t("\n")
    d.t("  contact:\n")
    for k, zl, el, item in F:
        if k in (
            "mobile",
            "phone_home",
            "email",
            "im",
            "im2",
            "address_cn",
            "address_home",
            "bank_card",
            "iban",
            "plate",
        ):
            d.t(f"    {k if not k.startswith('im') else 'im_' + el.split()[0].lower().strip('（(')}: ")
            d.put(yval(item))
            d.t("\n")
    d.t("companions:\n")
    for x in [q, r]:
        d.t("  - name: ")
        d.put(yval(Nm(x, lang)))
        d.t("\n    phone: ")
        d.put(yval(Ph_any(x, lang)))
        d.t("\n")
        if x.cc == "CHN":
            d.t("    id_no: ")
            d.put(yval((ID, x.idno)))
        else:
            d.t("    passport: ")
            d.put(yval(Pp(x)))
            d.t("\n    pr_card: ")
            d.put(yval(Pr(x)))
        if pr(0.5):
            d.t("\n    email: ")
            d.put(yval((EM, x.email)))
        if pr(0.35):
            d.t("\n    iban: ")
            d.put(yval(Iban(x)))
        d.t("\n")
    if pr(0.8):
        l1, l2 = p.mrz()
        d.put(['mrz:\n  - "', (MRZ, l1), '"\n  - "', (MRZ, l2), '"\n'])
    d.f(
        "verdict: {v}\nrisk_score: {s}\n",
        v=ch(["overstay_suspected", "ok", "follow_up", "illegal_employment_suspected"]),
        s=f"0.{dg(2)}",
    )
    return d


def L_hotel(lang):
    d = Doc()
    p = foreigner(lang)
    q = foreigner(lang)
    clerk = chinese()
    en = lang == "en"
    hotel = ch(HOTELS)
    bar = "=" * 44
    d.t(f"{bar}\n  {hotel}  境外旅客住宿登记表（系统打印）\n  Foreign Guest Registration - PSB upload copy\n{bar}\n")
    d.t(f"登记单号 Reg No.: H{dg(11)}    打印时间: {Dt('zh', 2024, 2025, 'iso')} {tms()}\n")
    d.f("旅客英文姓名 Guest name : {n}\n", n=(N, f"{p.ascii_sur} {p.ascii_given}" if pr(0.6) else nm(p, "en")))
    if p.kind != "latin" or p.alias:
        d.f(
            "中文/原文姓名          : {n}\n",
            n=(N, p.alias if p.alias else p.disp(native(p) if pr(0.6) else ("zh" if p.zh else native(p)))),
        )
    d.f(
        "性别 Sex: {s}   国籍 Nat.: {c}   出生日期 DOB: {b}\n",
        s=p.sex,
        c=CTRY[p.cc][6],
        b=Dob(p, "zh", ch(["iso", "compact", "dot", "dmy_slash"])),
    )
    d.f("证件类型: 普通护照(14)   证件号码: {pp}\n", pp=Pp(p))
    st = ch(["visa", "rp", "pr", "both", "pr"])
    if st in ("visa", "both"):
        d.f(
            "签证类型: {t}   签证号码: {v}   停留期至: {x}\n",
            t=p.visa_type,
            v=(VISA, p.visa),
            x=Dt("zh", 2024, 2026, "iso"),
        )
    if st in ("rp", "both"):
        d.f("居留许可: {v}   有效期至: {x}\n", v=(RP, p.rp), x=Dt("zh", 2025, 2028, "iso"))
    if st == "pr":
        d.f("永久居留身份证: {v}\n", v=PrBoth(p, lang))
    d.f("入境日期: {x}   入境口岸: {y}\n", x=Dt("zh", 2024, 2025, "iso"), y=ch(PORTS))
    d.f(
        "入住: {x} {t1}   预离: {y}   房价: {r}.00   押金: {k}.00\n",
        x=Dt("zh", 2024, 2025, "iso"),
        t1=tm(),
        y=Dt("zh", 2024, 2025, "iso"),
        r=ri(188, 1288),
        k=ch([500, 800, 1000, 2000]),
    )
    d.f("联系电话 Tel: {t}\n", t=Ph_any(p, lang))
    if pr(0.8):
        d.f("E-mail: {e}\n", e=(EM, p.email))
    if pr(0.7):
        lab, item = IMh(p, "wechat", lang)
        d.f("{l}{i}\n", l=lab, i=item)
    if pr(0.5):
        d.f("押金退款账户(IBAN): {ib}\n", ib=Iban(p))
    d.f("境外住址 Home addr.: {a}\n", a=Addr_home(p))
    d.f(
        "同住人 Co-guest: {n}  ({pp})  DOB {b}",
        n=Nm(q, "en" if q.kind == "latin" else lang),
        pp=Pp(q),
        b=Dob(q, "zh", "iso"),
    )
    if True:
        d.f("  签证 {v}", v=(VISA, q.visa))
    d.t("\n")
    d.f("付款方式: {m} {c}\n", m=ch(["银行卡", "预授权", "信用卡"]), c=Card(p, ch(["sp4", "plain"])))
    if pr(0.9):
        d.f("停车车牌: {pl}\n", pl=Plate(p, foreign=pr(0.3)))
    if pr(0.9):
        attach_mrz(d, p, lang, "护照阅读器读取 MRZ:")
    if True:
        vis = chinese()
        d.f("访客登记: {n}  身份证 {i}  来访时间 {t}\n", n=(N, vis.disp("han")), i=(ID, vis.idno), t=tm())
    d.f("操作员: {n}   工号 {w}\n", n=(N, clerk.disp("han")), w=dg(4))
    d.t(f"{bar}\n本登记信息已于24小时内上传公安机关。\n")
    return d


def L_call110_en(lang):
    d = Doc()
    caller = foreigner(lang)
    v = foreigner(lang)
    o, itp = chinese(), chinese()
    d.f(
        "110 EMERGENCY CALL - TRANSCRIPT (English, via three-way interpretation)\nReceived: {t}   Call ID: {j}\nOperator: {o} (No. {w})   Interpreter: {i}\n\n",
        t=Dt("en", 2024, 2025, "iso") + " " + tms(),
        j="J" + dg(15),
        o=(N, o.disp("PY")),
        w=dg(5),
        i=(N, itp.disp("PY")),
    )
    d.t("OPERATOR: 110, what is your emergency?\n")
    d.f(
        "CALLER: My friend {n} has been taken away by two men, I cannot reach {him}.\n",
        n=Nm(v, "en"),
        him="her" if v.sex == "F" else "him",
    )
    d.t("OPERATOR: Your name and a number we can call you back on?\n")
    cc = CTRY[caller.cc][3][0]
    d.f(
        "CALLER: {n}. My number is plus {cc}, {s}.\n",
        n=Nm(caller, "en"),
        cc=" ".join(EN_W[int(x)] for x in cc),
        s=(P, spoken_en(caller.fph, [3, 3, 4])),
    )
    d.f("OPERATOR: Repeating: {m}. Do you also have a Chinese number?\n", m=Fph(caller, "intl_sp"))
    d.f("CALLER: Yes, {s}.\n", s=(P, spoken_en(caller.mob, [3, 4, 4])))
    d.f("OPERATOR: Where are you now?\nCALLER: Outside {a}.\n", a=(A, hotel_room() if pr(0.5) else caller.addr_cn))
    d.f("OPERATOR: Did you see the vehicle?\nCALLER: A white van, the plate was {pl}, I think.\n", pl=Plate(v))
    d.f(
        "OPERATOR: Do you know your friend's passport number or visa?\nCALLER: Passport {pp}, {he} came on visa {vi} and later got ",
        pp=Pp(v),
        he="she" if v.sex == "F" else "he",
        vi=(VISA, v.visa),
    )
    d.put(ch([["a residence permit, number ", (RP, v.rp)], ["a permanent residence card, number ", PrBoth(v, "en")]]))
    d.t(".\n")
    if pr(0.6):
        d.f("CALLER: They also took {his} bank card, {c}.\n", his="her" if v.sex == "F" else "his", c=Card(v, "sp4"))
    d.f(
        "OPERATOR: Officers from {u} are on the way. Keep your phone on.\n[Dispatch {t}] {c}\n",
        u=ch(UNITS_EN),
        t=tm(),
        c=case_no_en(),
    )
    return d


def L_call110(lang):
    if lang == "en":
        return L_call110_en(lang)
    d = Doc()
    caller = chinese() if lang == "zh" or pr(0.4) else foreigner(lang)
    v = foreigner(lang)
    o = chinese()
    en = lang == "en"
    d.f(
        "110接警录音文字整理\n接警时间：{t}   接警单号：{j}\n接警员：{o}（工号{w}）\n\n",
        t=Dt("zh", 2024, 2025, "zh1") + " " + tms(),
        j="J" + dg(15),
        o=(N, o.disp("han")),
        w=dg(5),
    )
    d.t("接警员：您好，110，请讲。\n")
    if caller.kind == "han":
        d.f(
            "报警人：我朋友被人扣住了，是个外国人，叫{n}，我联系不上他。\n",
            n=Nm(
                v,
                "zh",
                ch(["zh" if v.zh else native(v), "caps" if v.kind == "latin" else native(v)])
                if v.kind in ("ru", "ar")
                else None,
            ),
        )
        d.t("接警员：您贵姓？联系电话多少？\n")
        d.f("报警人：我叫{n}。电话是{s}。\n", n=(N, caller.disp("han")), s=(P, spoken_cn(caller.mob, [3, 4, 4])))
        d.f("接警员：我复述一遍，{m}，对吗？\n报警人：对。\n", m=(P, fmt_cn_mob(caller.mob, ch(["plain", "sp"]))))
        if pr(0.85):
            d.f(
                "接警员：您身份证号报一下。\n报警人：{s}。\n",
                s=(
                    ID,
                    spoken_cn(caller.idno[:-1], [6, 8, 3])
                    + ("X" if caller.idno[-1] == "X" else spoken_cn(caller.idno[-1], [1])),
                ),
            )
    else:
        if en:
            d.f("报警人（英语，经三方通话翻译）：My friend {n} is missing, please help.\n", n=Nm(v, "en"))
            d.f("翻译：他说他的朋友{n}失踪了。\n", n=Nm(v, "zh"))
            d.t("接警员：请他报一下自己的电话。\n")
            cc = CTRY[caller.cc][3][0] if caller.fph else "86"
            num = caller.fph or caller.mob
            d.f("报警人：plus {cc}, {s}.\n", cc=" ".join(EN_W[int(x)] for x in cc), s=(P, spoken_en(num, [3, 3, 4])))
            d.t("接警员：加号前面那段也算上，号码是\n")
            d.f("翻译：{m}\n", m=(P, fmt_foreign(caller.cc, num) if caller.fph else fmt_cn_mob(num)))
        else:
            d.t("报警人（外语，经三方通话翻译）：")
            foreign_sentences(d, lang, caller, v, 1)
            d.t("\n翻译：她说她叫" if caller.sex == "F" else "\n翻译：他说他叫")
            d.s(N, nm(caller, lang, "zh" if caller.zh else None))
            d.t("，朋友")
            d.s(N, nm(v, lang))
            d.t("联系不上了。\n接警员：电话？\n")
            d.f("翻译：她的中国号码是{s}，就是{m}。\n", s=(P, spoken_cn(caller.mob, [3, 4, 4])), m=Mob(caller, "plain"))
    d.t("接警员：您现在在什么位置？\n")
    d.f("报警人：在{a}，门口。\n", a=(A, hotel_room() if pr(0.5) else caller.addr_cn))
    d.t("接警员：有没有看到车？\n")
    pl = v.plate
    d.f("报警人：一辆白色的车，好像是……{p1}，对，{p2}。\n", p1=pl[:2] + "……", p2=(PL, pl))
    if pr(0.6):
        d.f("报警人：他还拿走了我的银行卡，卡号{c}。\n", c=Card(caller, "sp4"))
    d.t("接警员：他在中国是什么身份？有证件吗？\n")
    d.put(
        [
            "报警人：他是拿",
            (VISA, v.visa),
            "号签证来的，后来办了",
            ch([["居留证，号码", (RP, v.rp)], ["永居证，号码", PrBoth(v, lang)]]),
            "。\n",
        ]
    )
    if caller.kind != "han" and pr(0.6):
        d.f("接警员：请报警人提供护照号码。\n翻译：{pp}。\n", pp=Pp(caller))
    if pr(0.7):
        d.f("接警员：您朋友护照号知道吗？\n报警人：他发过我照片，{pp}。\n", pp=Pp(v))
    d.f(
        "接警员：好的，已派{u}民警前往，请保持电话畅通。\n【处置】{t} 指令已下达，案件编号{c}。\n",
        u=ch(UNITS),
        t=tm(),
        c=case_no(),
    )
    return d


def L_consular(lang):
    d = Doc()
    p = foreigner(lang)
    rel = foreigner(lang, p.cc)
    o = chinese()
    en = lang == "en"
    if en:
        d.f(
            "{u}\n\nNOTIFICATION OF DETENTION OF A FOREIGN NATIONAL\nRef.: {r}\n\nTo: Consular Section, Embassy of {c} in the People's Republic of China\n\n",
            u=ch(UNITS_EN),
            r=case_no_en(),
            c=country_en(p),
        )
        d.t("Pursuant to " + article("en") + ", we hereby notify you that your national ")
        intro_en(d, p)
        d.f(
            ", {sex}, born {b}, holder of passport No. {pp}, was placed under criminal detention on {dt} on suspicion of {sus}.\n\n",
            sex="male" if p.sex == "M" else "female",
            b=Dob(p, "en"),
            pp=Pp(p),
            dt=Dt("en", 2024, 2025),
            sus=ch(["illegal employment", "fraud", "smuggling of goods", "document forgery"]),
        )
        d.f("Address in China: {a}\nContact number provided by the detainee: {ph}\n", a=Addr_cn(p), ph=Ph_any(p, lang))
        k = ch(["visa", "rp", "pr"])
        if k == "visa":
            d.f("Visa held: No. {v} (category {t}).\n", v=(VISA, p.visa), t=p.visa_type)
        elif k == "rp":
            d.f("Residence permit No.: {v}.\n", v=(RP, p.rp))
        else:
            d.f("Foreign permanent resident ID card No.: {v}.\n", v=PrBoth(p, lang))
        d.f(
            "The detainee requested that a relative, {n}, be informed at {ph2} or {e}.\n\n",
            n=Nm(rel, "en"),
            ph2=Fph(rel),
            e=(EM, rel.email),
        )
        d.f(
            "Personal effects held: passport, bank cards {c1} and {c2}, one phone.\n",
            c1=Card(p),
            c2=(BC, fmt_card(gen_card())),
        )
        if pr(0.7):
            attach_mrz(d, p, lang, "Passport data page (MRZ) attached:")
        d.f("Officer in charge: {o}\nMobile: {m}\n\n{dt}\n", o=(N, o.disp("PY")), m=Mob(o), dt=Dt("en", 2024, 2025))
    else:
        d.f("{u}\n领事通报函\n{r}\n\n{c}驻华大使馆领事部：\n\n", u=ch(UNITS), r=case_no(), c=country_zh(p))
        d.t("根据《维也纳领事关系公约》及" + article() + "，现将贵国公民")
        intro_zh(d, p, lang)
        d.f(
            "（{sex}，{b}出生，护照号码{pp}）因涉嫌{sus}，于{dt}被我局依法刑事拘留一事通报如下。\n",
            sex=sex_zh(p),
            b=Dob(p, "zh"),
            pp=Pp(p),
            sus=ch(["非法就业", "诈骗", "走私普通货物", "伪造证件", "组织他人偷越国境"]),
            dt=Dt("zh", 2024, 2025),
        )
        d.f("其在华住址：{a}；本人提供的联系电话：{ph}。\n", a=Addr_cn(p), ph=Ph_any(p, lang))
        k = ch(["visa", "rp", "pr", "both", "pr"])
        if k == "both":
            d.f("其所持签证号码为{v}，居留许可号码为{r}。\n", v=(VISA, p.visa), r=(RP, p.rp))
        elif k == "visa":
            d.f("其所持签证号码为{v}（{t}字）。\n", v=(VISA, p.visa), t=p.visa_type)
        elif k == "rp":
            d.f("其所持居留许可号码为{v}。\n", v=(RP, p.rp))
        else:
            d.f("其持有外国人永久居留身份证，号码{v}。\n", v=PrBoth(p, lang))
        if p.kind in ("ru", "ar"):
            d.t("当事人要求转告其亲属，原话为：“")
            foreign_sentences(d, lang, p, rel, 1)
            d.t("”\n")
        d.f("当事人要求通知其亲属{n}，电话{ph}", n=Nm(rel, lang), ph=Fph(rel))
        d.f("，电子邮箱{e}", e=(EM, rel.email))
        d.t("。\n")
        if pr(0.8):
            sp = chinese()
            d.f("其在华配偶{n}（身份证{i}）已到场。\n", n=(N, sp.disp("han")), i=(ID, sp.idno))
        if pr(0.5):
            d.f("其驾驶的车辆{pl}已依法暂扣。\n", pl=Plate(p))
        d.f(
            "随身物品已登记保管：护照一本、银行卡两张（{c1}、{c2}）、手机一部。\n",
            c1=Card(p),
            c2=(BC, fmt_card(gen_card())),
        )
        if pr(0.7):
            attach_mrz(d, p, lang, "附：当事人护照资料页机读码")
        d.f(
            "\n联系人：{o}，手机：{m}\n{u}\n{dt}\n",
            o=(N, o.disp("han")),
            m=Mob(o),
            u=ch(UNITS),
            dt=Dt("zh", 2024, 2025, "zh1"),
        )
    return d


def L_interp(lang):
    d = Doc()
    p = foreigner(lang)
    o = foreigner(lang) if pr(0.5) else chinese()
    itp, off = chinese(), chinese()
    en = lang == "en"
    src = {"ru-mixed": "俄语", "ar-mixed": "阿拉伯语", "en": "英语", "zh": "英语"}[lang]
    d.f("翻译笔记（{s}—汉语）\n译员：{i}", s=src, i=(N, itp.disp("han")))
    d.f("（身份证号{x}）", x=(ID, itp.idno))
    d.f("   询问人：{o}   日期：{dt}\n\n", o=(N, off.disp("han")), dt=Dt("zh", 2024, 2025, "iso"))
    clock = [ri(9, 14) * 60 + ri(0, 30)]

    def ts():
        clock[0] += ri(1, 9)
        return f"[{clock[0] // 60:02d}:{clock[0] % 60:02d}]"

    # Q1 name
    d.f("{t} 问：你叫什么名字？\n", t=ts())
    if p.kind == "ru" and lang == "ru-mixed":
        d.f("       答（原话）：Меня зовут {n}.\n", n=(N, p.disp(ch(["fio", "fi", "if"]))))
        d.f("       译：我叫{n}。\n", n=(N, p.zh or p.disp("fio")))
    elif p.kind == "ar" and lang == "ar-mixed":
        d.f("       答（原话）：اسمي {n}.\n", n=(N, p.full_ar))
        d.f("       译：我叫{n}。\n", n=(N, p.zh))
    else:
        d.f("       A: My name is {n}.\n", n=(N, nm(p, "en", "nat" if p.kind == "latin" else None)))
        d.f(
            "       译：我叫{n}。\n",
            n=(N, nm(p, "zh", "alias" if p.alias else ("caps" if p.kind == "latin" else None))),
        )
    d.f("{t} 问：出生日期？\n", t=ts())
    ctx = (
        "ru" if (p.kind == "ru" and lang == "ru-mixed") else ("ar" if (p.kind == "ar" and lang == "ar-mixed") else "en")
    )
    d.f("       答：{b}\n       译：{b2}\n", b=Dob(p, ctx), b2=Dob(p, "zh", "zh1"))
    d.f("{t} 问：在中国住哪里？电话多少？\n", t=ts())
    d.t("       答：")
    if ctx == "ru":
        d.f("Живу в {a}, телефон {ph}.\n", a=(A, hotel_room()), ph=Mob(p, "sp"))
    elif ctx == "ar":
        d.f("أسكن في {a}، رقمي {ph}.\n", a=(A, p.addr_cn), ph=(P, ard(fmt_cn_mob(p.mob, "sp"))))
    else:
        d.f("I live at {a}, my phone is {ph}.\n", a=(A, p.addr_cn), ph=Mob(p, "sp"))
    d.f("       译：住在{a}，手机{ph}。\n", a=(A, d.spans[-2]["value"]), ph=Mob(p, "plain"))
    d.f("{t} 问：你认识这个人吗？（出示照片）\n", t=ts())
    d.t("       答：")
    foreign_sentences(d, lang, p, o, 2)
    d.t("\n       译：（略，要点：认识")
    d.s(N, nm(o, "zh"))
    d.t("，见过两次。）\n")
    d.f("{t} 问：你的护照和签证呢？\n       答：{pp}, {v}; {r}.\n", t=ts(), pp=Pp(p), v=(VISA, p.visa), r=(RP, p.rp))
    if True:
        lab, item = IMh(p, lang=lang)
        d.f("{t} 问：你平时用什么联系？\n       答：{l}{i}, e-mail {e}\n", t=ts(), l=lab, i=item, e=(EM, p.email))
    if pr(0.6):
        if pr(0.5):
            d.f(
                "{t} 问：钱从哪个账户转的？\n       答：{c}\n       译：银行卡{c2}。\n",
                t=ts(),
                c=Card(p, "sp4"),
                c2=Card(p, "plain"),
            )
        else:
            d.f(
                "{t} 问：钱从哪个账户转的？\n       答：IBAN {c}\n       译：境外账户{c2}。\n",
                t=ts(),
                c=Iban(p, True),
                c2=Iban(p, False),
            )
    if pr(0.75):
        d.f("{t} 问：有没有永久居留证？\n       答：{x}\n", t=ts(), x=PrBoth(p, lang))
    if pr(0.6):
        attach_mrz(d, p, lang, "（当场出示护照，资料页机读码如下）")
    d.t("\n译员签名：（已签）\n")
    return d


def L_witness(lang):
    d = Doc()
    en = lang == "en"
    if lang in ("ru-mixed", "ar-mixed") and pr(0.7):
        w = foreigner(lang)
    elif en:
        w = foreigner(lang) if pr(0.6) else chinese()
    else:
        w = chinese()
    s1 = foreigner(lang)
    s2 = foreigner(lang) if pr(0.5) else chinese()
    if en:
        d.t("WITNESS STATEMENT\n\n")
        d.t("I, ")
        d.s(N, nm(w, "en", ch(["nat", "Gsur"]) if w.kind == "latin" else None))
        if w.cc == "CHN":
            d.f(
                ", born on {b}, ID card No. {i}, of {a}, state as follows.\n\n",
                b=Dob(w, "en"),
                i=(ID, w.idno),
                a=Addr_cn(w),
            )
        else:
            d.f(", born on {b}, passport No. {pp}, ", b=Dob(w, "en"), pp=Pp(w))
            d.put(ch([["residence permit ", (RP, w.rp)], ["PR card ", PrBoth(w, "en")], ["visa ", (VISA, w.visa)]]))
            d.f(", residing at {a}, mobile {m}, state as follows.\n\n", a=Addr_cn(w), m=Mob(w))
        d.f(
            "On the evening of {dt} I was at home when I heard shouting from the flat next door. I recognised the voice of {n}, who rents that flat. ",
            dt=Dt("en", 2024, 2025),
            n=Nm(s1, "en"),
        )
        d.f("A second man, whom I now know as {n2}, left in a car with plate {pl}. ", n2=Nm(s2, "en"), pl=Plate(s2))
        d.f(
            "{n} once gave me " + ("her" if s1.sex == "F" else "his") + " number, {ph}, and WhatsApp {wa}. ",
            n=(N, s1.disp("sur") if s1.kind in ("latin", "ru", "ar") else nm(s1, "en")),
            ph=Ph_any(s1, lang),
            wa=IMh(s1, "wa", "en")[1],
        )
        if True:
            d.f(
                "Later {n} asked me to forward a payment to {ib} and to e-mail {e}. ",
                n=(N, s1.disp("sur") if s1.kind in ("latin", "ru", "ar") else nm(s1, "en")),
                ib=Iban(s1),
                e=(EM, s1.email),
            )
        d.f("{He} paid the rent by card {c}. ", He="She" if s1.sex == "F" else "He", c=Card(s1))
        d.t("I did not see any weapon.\n\n")
        d.f(
            "Signed: {n}\nDate: {dt}\n",
            n=(N, nm(w, "en", "nat" if w.kind == "latin" else None)),
            dt=Dt("en", 2024, 2025),
        )
        return d
    d.t("证人陈述（本人书写）\n\n")
    if w.kind == "ru" and lang == "ru-mixed":
        d.t("原文：")
        d.f(
            "Я, {n}, {b} рождения, паспорт {pp}, проживаю по адресу: {a}. ",
            n=(N, w.disp("fio")),
            b=Dob(w, "ru", ch(["ru_dot_g", "ru_long"])),
            pp=Pp(w),
            a=(A, w.addr_cn),
        )
        d.f(
            "{dt} я видел{e} {o} возле гостиницы вместе с {o2}. ",
            dt=Dt("ru"),
            e="а" if w.sex == "F" else "",
            o=(N, s1.ru_case("acc", "fi")) if s1.kind == "ru" else Nm(s1, "en"),
            o2=(N, s2.ru_case("ins", "fi")) if s2.kind == "ru" else Nm(s2, "en"),
        )
        ru_sentences(d, w, s1, 1)
        d.t("\n译文：我叫")
        d.s(N, w.zh or w.disp("fio"))
        d.f(
            "，{b}出生，护照{pp}，住{a}。那天我看到{o}和{o2}在酒店门口。\n",
            b=Dob(w, "zh"),
            pp=Pp(w),
            a=(A, w.addr_cn),
            o=Nm(s1, lang),
            o2=Nm(s2, lang),
        )
    elif w.kind == "ar" and lang == "ar-mixed":
        d.t("原文：")
        d.f("أنا {n}، من مواليد {b}، جواز سفر رقم {pp}. ", n=(N, w.full_ar), b=Dob(w, "ar"), pp=Pp(w))
        d.f(
            "رأيت {o} مع {o2} أمام الفندق. ",
            o=(N, s1.full_ar if s1.kind == "ar" else nm(s1, "en")),
            o2=(N, s2.short_ar if s2.kind == "ar" else nm(s2, "en")),
        )
        ar_sentences(d, w, s1, 1)
        d.t("\n译文：我叫")
        d.s(N, w.zh)
        d.f(
            "，{b}出生，护照号{pp}。我看到{o}和{o2}在酒店门口。\n",
            b=Dob(w, "zh"),
            pp=Pp(w),
            o=Nm(s1, lang),
            o2=Nm(s2, lang),
        )
    else:
        d.f("我叫{n}，{sx}，{b}出生，", n=(N, nm(w, lang)), sx=sex_zh(w), b=Dob(w, "zh"))
        if w.cc == "CHN":
            d.f("身份证号码{i}，住{a}，手机{m}。", i=(ID, w.idno), a=Addr_cn(w), m=Mob(w))
        else:
            d.f("护照号码{pp}，", pp=Pp(w))
            d.put(ch([["居留许可", (RP, w.rp)], ["永居证", PrBoth(w, lang)]]))
            d.f("，住{a}，手机{m}。", a=Addr_cn(w), m=Mob(w))
        d.f(
            "我是{a}的房东。{dt}晚上十点多，我听见租客{n}在屋里和人吵架，",
            a=(A, s1.addr_cn),
            dt=Dt("zh", 2024, 2025),
            n=Nm(s1, lang),
        )
        d.f("后来一个男的从楼上下来，开一辆{pl}的车走了，后来才知道他叫{n2}。", pl=Plate(s2), n2=Nm(s2, lang))
        ta = "她" if s1.sex == "F" else "他"
        d.f(
            "{n}以前给过我{ta}的电话{ph}，还有{l}{i}。",
            n=Nm(s1, lang),
            ta=ta,
            ph=Ph_any(s1, lang),
            l="微信",
            i=(IM, s1.wechat),
        )
        if True:
            d.f("{ta}还让我帮{ta}往账户{ib}汇过一次钱，说那是{ta}在国外的账户。", ta=ta, ib=Iban(s1))
        d.f(
            "房租{ta}一直用卡号{c}的银行卡转给我，租房时{ta}给我看过居留许可，号码{rp}。",
            ta=ta,
            c=Card(s1),
            rp=(RP, s1.rp),
        )
        d.t("以上是我看到的情况。\n")
    d.f("\n陈述人：{n}\n{dt}\n", n=(N, nm(w, lang)), dt=Dt("zh", 2024, 2025, "zh1"))
    return d


def L_sms(lang):
    d = Doc()
    a = foreigner(lang)
    b = foreigner(lang) if pr(0.5) else chinese()
    en = lang == "en"
    k = ri(3, 5)
    d.t("SMS screenshots - transcription (%d images)\n" % k if en else "短信截图文字转录（共%d张）\n" % k)
    for i in range(k):
        d.t(f"\n【截图{i + 1}】\n" if not en else f"\n[Screenshot {i + 1}]\n")
        r = [4, 1, 0, 2, 3][i]
        if r == 4:
            d.f(("From: {f}\n" if en else "发件人：{f}\n"), f=Ph_any(b, lang))
            d.t(f"{Dt('zh', 2024, 2025, 'iso')} {tm()}\n")
            d.f(
                (
                    '"USD to IBAN {ib}, beneficiary {n}. Visa copy: {v}"\n'
                    if en
                    else "“美金打到{ib}，收款人{n}。你的签证号{v}我已经发给中介了”\n"
                ),
                ib=Iban(b),
                n=(N, nm(b, "en", latin_style(b))),
                v=(VISA, a.visa),
            )
        elif r == 0:
            d.f(("From: {f}\n" if en else "发件人：{f}\n"), f=Fph(a) if a.fph else Mob(a))
            d.t(f"{Dt('en' if en else 'zh', 2024, 2025, 'iso')} {tm()}\n")
            if a.kind in ("ru", "ar") and not en:
                d.t("“")
                foreign_sentences(d, lang, a, b, 2)
                d.t("”\n")
            else:
                d.t('"' if en else "“")
                d.f(
                    ("Transfer to card {c} today, name {n}." if en else "今天转到卡{c}，户名{n}。"),
                    c=Card(a),
                    n=(N, nm(a, lang, latin_style(a))),
                )
                d.t('"\n' if en else "”\n")
        elif r == 1:
            d.t("From: 12367\n" if en else "发件人：12367\n")
            d.t(f"{Dt('zh', 2024, 2025, 'iso')} {tm()}\n")
            if en:
                d.put(
                    [
                        "[NIA] Dear ",
                        (N, nm(a, "en", latin_style(a))),
                        ", your ",
                        ch([["PR ID card ", Pr(a)], ["residence permit ", (RP, a.rp)]]),
                        " is ready for collection. Visa ",
                        (VISA, a.visa),
                        " is cancelled.\n",
                    ]
                )
            else:
                d.put(
                    [
                        "【国家移民管理局】尊敬的",
                        (N, nm(a, lang)),
                        "，您的",
                        ch([["外国人永久居留身份证（", Pr(a), "）"], ["居留许可（", (RP, a.rp), "）"]]),
                        "已制证完成，原签证",
                        (VISA, a.visa),
                        "同时作废。\n",
                    ]
                )
        elif r == 3 and pr(0.5):
            d.t("From: 95588\n" if en else "发件人：95588\n")
            d.t(f"{Dt('zh', 2024, 2025, 'iso')} {tm()}\n")
            d.t(
                f"【工商银行】您于{ri(1, 12)}月{ri(1, 28)}日{tm()}转入人民币{ri(100, 90000):,}.00元，余额{ri(100, 90000):,}.{dg(2)}元。交易流水{dg(12)}。\n"
            )
        elif r == 2:
            d.f(("From: {n} {f}\n" if en else "发件人：{n} {f}\n"), n=(N, nm(b, lang)), f=Ph_any(b, lang))
            d.t(f"{Dt('zh', 2024, 2025, 'iso')} {tm()}\n")
            d.f(
                (
                    '"I am at {ad}, pick me up, car {pl}. Deposit to card {c}"\n'
                    if en
                    else "“我在{ad}，你来接我，车牌{pl}。押金打到{c}”\n"
                ),
                ad=(A, hotel_room()),
                pl=Plate(b),
                c=Card(b),
            )
            if b.cc == "CHN":
                d.f(("[Note: subscriber ID {i}]\n" if en else "〔经查，该号码机主身份证号{i}〕\n"), i=(ID, b.idno))
            else:
                d.f(("[Note: subscriber passport {i}]\n" if en else "〔经查，该号码机主护照号{i}〕\n"), i=Pp(b))
        else:
            d.t("发件人：10690" + dg(8) + "\n" if not en else "From: 10690" + dg(8) + "\n")
            d.t(
                f"【顺丰速运】您的快件{order_no()}已签收，如有疑问请致电95338。\n"
                if not en
                else f"[SF Express] Parcel {order_no()} delivered. Hotline 95338.\n"
            )
            d.f(
                ("Forwarded to {n}, {e}\n" if en else "（此条被转发给{n}，邮箱{e}）\n"),
                n=(N, nm(a, lang)),
                e=(EM, a.email),
            )
    return d


def L_bank(lang):
    d = Doc()
    a = foreigner(lang) if pr(0.6) else chinese()
    b = foreigner(lang)
    teller = chinese()
    en = lang == "en"
    bank = ch(["中国工商银行", "中国银行", "中国建设银行", "招商银行", "交通银行", "浙江稠州商业银行"])
    if en:
        d.t(f"{bank} - Outward Remittance Advice\n")
    else:
        d.t(f"{bank}  境外汇款回单 / 电子回单\n")
    d.t(f"交易流水号 Ref: {dg(16)}\n交易日期 Date: {Dt('zh', 2024, 2025, 'iso')} {tms()}\n")
    d.f("付款人户名 Remitter: {n}\n", n=(N, nm(a, "en" if en else lang, latin_style(a))))
    if a.cc == "CHN":
        d.f("付款人证件: 身份证 {i}\n", i=(ID, a.idno))
    elif pr(0.5):
        d.f("付款人证件: 外国人永久居留身份证 {pp}\n", pp=PrBoth(a, lang))
    else:
        d.f("付款人证件: 护照 {pp}\n", pp=Pp(a))
        if pr(0.6):
            attach_mrz(d, a, lang, "证件影像机读码:")
    if a.cc != "CHN" and pr(0.6):
        d.f("辅助证件: 居留许可 {r}\n", r=(RP, a.rp))
    if pr(0.5):
        ag = chinese()
        d.f("代理人: {n}  身份证 {i}\n", n=(N, ag.disp("han")), i=(ID, ag.idno))
    d.f("付款账号 Account: {c}\n", c=Card(a, ch(["plain", "sp4"])))
    d.f("付款人地址 Address: {ad}\n", ad=Addr_cn(a))
    d.f("收款人户名 Beneficiary: {n}\n", n=(N, nm(b, "en", latin_style(b))))
    d.f("收款人账号/IBAN: {ib}\n", ib=Iban(b))
    d.f("收款人地址: {ad}\n", ad=Addr_home(b))
    d.t(
        f"收款行SWIFT: {ch(['DEUTDEFF', 'NBADAEAA', 'RJHISARI', 'HALKKZKA', 'BARCGB22', 'NBEGEGCX', 'ARABJOAX', 'INGBNL2A'])}\n"
    )
    d.t(f"汇款金额 Amount: {amount('en')}   手续费: {ri(50, 300)}.00 CNY\n")
    if pr(0.7):
        d.t("同批次其他收款人 Batch items:\n")
        for k in range(ri(1, 2)):
            x = foreigner(lang)
            d.put([f"  {k + 2}. ", (N, nm(x, "en", latin_style(x))), "  ", Iban(x), "  ", amount("en"), "\n"])
    d.t(f"汇款附言 Remarks: {ch(['PAYMENT FOR GOODS', '货款', 'TUITION', 'FAMILY SUPPORT'])} {order_no()}\n")
    if pr(0.5):
        d.f("收款人联系电话: {ph}\n", ph=Fph(b))
    if pr(0.6):
        d.f("收款人邮箱 E-mail: {e}\n", e=(EM, b.email))
    if a.cc != "CHN" and pr(0.5):
        d.f("退汇账户 Refund IBAN: {ib}\n", ib=Iban(a))
    d.f("经办柜员: {n}  柜员号 {g}   授权: {x}\n", n=(N, teller.disp("han")), g=dg(6), x=dg(4))
    d.t("本回单仅作为交易凭证，重复打印无效。\n")
    return d


def L_accident_en(lang):
    d = Doc()
    a = chinese()
    b = foreigner(lang)
    o1 = chinese()
    d.f("ROAD TRAFFIC ACCIDENT FORM (SIMPLIFIED PROCEDURE)\nForm No. {n}\n", n=dg(12))
    d.f(
        "Time: {t}   Weather: {w}\nLocation: {x}\n\n",
        t=Dt("en", 2024, 2025) + " " + tm(),
        w=ch(["clear", "overcast", "light rain"]),
        x=ch(
            [
                "junction of Binwang Road and Gongren North Road",
                "south end of Sanlitun Road",
                "Shennan Avenue near Huaqiang North Road",
            ]
        ),
    )
    d.f(
        "Party A: {n}, driving licence No. {i}, vehicle {pl}, tel. {ph}, insurer policy No. {pol}\n",
        n=(N, a.disp(ch(["PY", "PYC"]))),
        i=(ID, a.idno),
        pl=(PL, a.plate),
        ph=Mob(a),
        pol="PDAA" + dg(14),
    )
    ow = chinese()
    d.f("Registered keeper of vehicle A: {n}, ID {i}\n", n=(N, ow.disp("PY")), i=(ID, ow.idno))
    d.t("Party B: ")
    intro_en(d, b)
    d.f(", {c} national, passport {pp}, born {bd}, ", c=country_en(b), pp=Pp(b), bd=Dob(b, "en"))
    if b.fplate and pr(0.5):
        d.f(
            "driving a temporarily imported vehicle {pl} (temporary plate {tp}), ",
            pl=(PL, b.fplate),
            tp=(PL, cn_plate()),
        )
    else:
        d.f("driving rental car {pl}, ", pl=(PL, b.plate))
    d.f("tel. {ph}, staying at {ad}, e-mail {e}, ", ph=Ph_any(b, lang), ad=Addr_cn(b), e=(EM, b.email))
    d.put(
        ch(
            [
                ["visa ", (VISA, b.visa), ", residence permit ", (RP, b.rp)],
                ["residence permit ", (RP, b.rp)],
                ["PR card ", PrBoth(b, "en")],
            ]
        )
    )
    d.t(".\n\nStatement of Party B: ")
    en_sentences(d, b, a, 1)
    d.t("\nCircumstances: vehicle A, travelling west, scraped vehicle B at the junction. No injuries.\n")
    if pr(0.5):
        d.f("Compensation to be paid to Party B's card {c}.\n", c=Card(b))
    else:
        d.f("Party B asked for compensation to be wired to {ib}.\n", ib=Iban(b))
    if pr(0.5):
        attach_mrz(d, b, lang, "MRZ of Party B's passport (checked on scene):")
    d.f(
        "Liability: Party A, under Article {k} of the Road Traffic Safety Law Implementing Regulations. Amount agreed: {am}.\nTraffic officer: {o}\n",
        k=ri(40, 100),
        am=amount("en"),
        o=(N, o1.disp("PY")),
    )
    return d


def L_accident(lang):
    if lang == "en":
        return L_accident_en(lang)
    d = Doc()
    a = chinese()
    b = foreigner(lang)
    o1, o2 = chinese(), chinese()
    en = lang == "en"
    d.f("道路交通事故认定书（简易程序）\n第{n}号\n", n=dg(12))
    d.f(
        "事故时间：{t}   天气：{w}\n事故地点：{x}\n\n",
        t=Dt("zh", 2024, 2025, "zh1") + " " + tm(),
        w=ch(["晴", "阴", "小雨"]),
        x=ch(["宾王路与工人北路交叉口", "三里屯路南口", "中苏路口岸联检楼前", "深南大道华强北路段", "迎宾路东段"]),
    )
    d.f(
        "当事人甲：{n}，{sx}，驾驶证号{i}，机动车号牌{pl}，联系电话{ph}，保险公司：{ins}，保单号{pol}\n",
        n=(N, a.disp("han")),
        sx=sex_zh(a),
        i=(ID, a.idno),
        pl=(PL, a.plate),
        ph=Mob(a),
        ins=ch(["人保财险", "平安财险", "太平洋财险"]),
        pol="PDAA" + dg(14),
    )
    if True:
        ow = chinese()
        d.f("甲车所有人：{n}，身份证{i}\n", n=(N, ow.disp("han")), i=(ID, ow.idno))
    d.t("当事人乙：")
    intro(d, b, lang)
    d.f("，{c}籍，护照号{pp}，出生日期{bd}，", c=country_zh(b), pp=Pp(b), bd=Dob(b, "zh", ch(["iso", "zh1", "dot"])))
    if b.fplate and pr(0.5):
        d.f("驾驶临时入境机动车，号牌{pl}（临时号牌{tp}），", pl=(PL, b.fplate), tp=(PL, cn_plate()))
    else:
        d.f("驾驶租赁车辆{pl}，", pl=(PL, b.plate))
    d.f("联系电话{ph}，现住{ad}，", ph=Ph_any(b, lang), ad=Addr_cn(b))
    lab, item = IMh(b, lang=lang)
    d.put([lab, item, "，邮箱", (EM, b.email), "，"])
    d.put(
        ch(
            [
                ["签证号码", (VISA, b.visa), "、居留许可", (RP, b.rp)],
                ["居留许可", (RP, b.rp)],
                ["永居证", PrBoth(b, lang)],
            ]
        )
    )
    d.t("。\n")
    if pr(0.6):
        c3 = foreigner(lang)
        d.put(
            [
                "乙方同车人员：",
                Nm(c3, lang),
                "（护照",
                Pp(c3),
                "，",
                ch([["居留许可", (RP, c3.rp)], ["永居证", Pr(c3)]]),
                "，电话",
                Ph_any(c3, lang),
                "）\n",
            ]
        )
    d.t("\n")
    d.t("事故经过：")
    if en:
        d.t("（乙方英文陈述）")
        en_sentences(d, b, a, 1)
        d.t("\n")
    elif b.kind in ("ru", "ar"):
        d.t("（乙方陈述原文）")
        foreign_sentences(d, lang, b, a, 1)
        d.t("\n")
    d.t("甲车由东向西行驶至事发路口时，与乙方驾驶的车辆发生刮擦，无人员受伤，两车部分损坏。\n")
    d.f(
        "责任认定：依据《道路交通安全法实施条例》第{k}条，{n}负全部责任。\n",
        k=ri(40, 100),
        n=Nm(b, lang) if pr(0.5) else (N, a.disp("han")),
    )
    if pr(0.5):
        d.f("赔偿款由甲方转入乙方银行卡{c}。\n", c=Card(b))
    else:
        d.f("乙方要求赔偿款汇入其境外账户{ib}。\n", ib=Iban(b))
    if pr(0.5):
        attach_mrz(d, b, lang, "乙方护照机读码（现场核验）：")
    d.f("损害赔偿：双方自行协商，赔偿金额{am}。\n交通警察：{o1}（警号略）\n", am=amount(), o1=(N, o1.disp("han")))
    return d


def L_bare(lang):
    """narrative where names appear without any role word"""
    d = Doc()
    ppl = [foreigner(lang) for _ in range(3)]
    R.shuffle(ppl)
    ppl.append(chinese())
    a, b, c, e = ppl
    en = lang == "en"
    L = "en" if en else lang
    A_, B_, C_, E_ = (nm(x, L) for x in ppl)
    if en:
        d.f("{a} and {b} met in Yiwu in {m} {y}. ", a=(N, A_), b=(N, B_), m=ch(MON_EN), y=ri(2022, 2024))
        d.put(
            [
                "The former had entered on visa ",
                (VISA, a.visa),
                "; the latter holds ",
                ch([["residence permit ", (RP, b.rp)], ["PR card ", PrBoth(b, "en")]]),
                ". ",
            ]
        )
        d.f(
            "{a} introduced {b} to {c}, and the three of them met several times at {ad}. ",
            a=(N, A_),
            b=(N, B_),
            c=(N, C_),
            ad=Addr_cn(c),
        )
        d.f(
            "{c} handed card {cd} to {b}, who withdrew {am} over four days. ",
            c=(N, C_),
            cd=Card(c),
            b=(N, B_),
            am=amount("en"),
        )
        d.f(
            "{e} (ID {i}) rented the car {pl} for them; the deposit came from {ib}. ",
            e=(N, E_),
            i=(ID, e.idno),
            pl=Plate(e),
            ib=Iban(a),
        )
        d.f("{b} later phoned {a} on {ph}. ", b=(N, B_), a=(N, A_), ph=Ph_any(a, lang))
        d.f("By {dt}, {c} had left for {port}.\n", dt=Dt("en", 2024, 2025), c=(N, C_), port=ch(PORTS_EN))
        return d
    d.f("{a}与{b}于{y}年{m}月在义乌相识。", a=(N, A_), b=(N, B_), y=ri(2022, 2024), m=ri(1, 12))
    d.put(["前者持", (VISA, a.visa), "号签证入境，后者持有永居证", PrBoth(b, lang), "。"])
    d.f(
        "{a}介绍{b}认识{c}，三人多次在{ad}见面，彼时{c}的居留许可{rp}已过期。",
        a=(N, A_),
        b=(N, B_),
        c=(N, C_),
        ad=Addr_cn(c),
        rp=(RP, c.rp),
    )
    d.f(
        "{c}将一张银行卡（卡号{cd}）交给{b}使用，后者分四次取现共计{am}。",
        c=(N, C_),
        cd=Card(c),
        b=(N, B_),
        am=amount(),
    )
    d.f("{e}", e=(N, E_))
    if e.cc == "CHN":
        d.f("（{i}）", i=(ID, e.idno))
    d.f("为三人租用{pl}车辆，押金从账户{ib}转出。", pl=Plate(e), ib=Iban(a))
    if b.kind in ("ru", "ar"):
        d.f("{b}在电话中对{a}说：“", b=(N, B_), a=(N, A_))
        foreign_sentences(d, lang, b, a, 1)
        d.t("”")
    d.f("此后双方通过电话{ph}联系。", ph=Ph_any(a, lang))
    d.f("{dt}，{c}经{port}出境。\n", dt=Dt("zh", 2024, 2025), c=(N, C_), port=ch(PORTS))
    return d


def L_list(lang):
    d = Doc()
    en = lang == "en"
    L = "en" if en else lang
    grp1 = [foreigner(lang) for _ in range(ri(2, 4))] + [chinese()]
    R.shuffle(grp1)
    grp2 = [foreigner(lang) for _ in range(2)]
    if en:
        d.t("Persons of interest: ")
        d.put(join([(N, nm(x, L)) for x in grp1], ", "))
        d.t("\nTravelling companions: ")
        d.put(join([(N, nm(x, L)) for x in grp2], "; "))
        d.t("\n\nContacts:\n")
    else:
        d.t("涉案人员：")
        d.put(join([(N, nm(x, L)) for x in grp1], "、"))
        d.t("\n同行人员：")
        d.put(join([(N, nm(x, L)) for x in grp2], "；"))
        d.t("\n\n联系方式：\n")
    for x in grp1[:3]:
        d.put([(N, nm(x, L)), " — ", Ph_any(x, lang)])
        if x.cc == "CHN":
            d.put(["；身份证 " if not en else "; ID ", (ID, x.idno)])
        else:
            d.put(["；护照 " if not en else "; passport ", Pp(x)])
        if pr(0.8):
            lab, item = IMh(x, lang=lang)
            d.put(["；" if not en else "; ", lab, item])
        if x.cc != "CHN":
            d.put(
                ch(
                    [
                        ["；签证 " if not en else "; visa ", (VISA, x.visa)],
                        ["；签证 " if not en else "; visa ", (VISA, x.visa)],
                        ["；居留许可 " if not en else "; permit ", (RP, x.rp)],
                        ["；居留许可 " if not en else "; permit ", (RP, x.rp)],
                        ["；永居证 " if not en else "; PR ", Pr(x)],
                    ]
                )
            )
        if pr(0.6):
            d.put(["；" if not en else "; ", (EM, x.email)])
        if pr(0.7):
            d.put(["；账户 " if not en else "; account ", ch([Card(x), Iban(x)])])
        d.put(["；出生 " if not en else "; born ", Dob(x, ctx_of(lang))])
        d.t("\n")
    if True:
        vs = sample(grp1, min(2, len(grp1)))
        d.t("Vehicles: " if en else "涉案车辆：")
        d.put(
            join(
                [[(PL, x.plate), "（" if not en else " (", (N, nm(x, L)), "）" if not en else ")"] for x in vs],
                "、" if not en else ", ",
            )
        )
        d.t("\n")

    d.t(
        (f"\n(List compiled {Dt('en', 2024, 2025)}, {case_no_en()})\n")
        if en
        else (f"\n（名单整理于{Dt('zh', 2024, 2025)}，案号{case_no()}）\n")
    )
    return d


def csv_cell(item):
    v = item[1] if isinstance(item, tuple) else item
    if "," in v or '"' in v:
        assert '"' not in v
        return ['"', item, '"']
    return [item]


def L_csv(lang):
    d = Doc()
    en = lang == "en"
    rows = [foreigner(lang) for _ in range(ri(3, 5))]
    rows = rows + [chinese() for _ in range(ri(1, 2))]
    R.shuffle(rows)
    hdr = (
        [
            "no",
            "name",
            "name_native",
            "nationality",
            "dob",
            "doc_no",
            "visa_no",
            "residence_permit",
            "pr_card",
            "mobile",
            "email",
            "im",
            "account",
            "plate",
            "entry_date",
            "address",
        ]
        if en
        else [
            "序号",
            "姓名",
            "原文姓名",
            "国籍",
            "出生日期",
            "证件号码",
            "签证号",
            "居留许可",
            "永居证",
            "手机号",
            "邮箱",
            "即时通讯",
            "收款账户",
            "车牌",
            "入境日期",
            "住址",
        ]
    )
    d.t(f"# {'export' if en else '导出'} {Dt('en', 2024, 2025, 'iso')} {case_no_en() if en else case_no()}\n")
    d.t(",".join(hdr) + "\n")
    for i, p in enumerate(rows, 1):
        cells = [
            str(i),
            (N, p.disp(latin_style(p))),
            (N, p.disp(native(p))) if p.kind in ("ru", "ar", "jp") else ((N, p.alias) if p.alias else ""),
            CTRY[p.cc][6],
            Dob(p, "zh", ch(["iso", "compact", "dmy_dot"])),
            (ID, p.idno) if p.cc == "CHN" else Pp(p),
        ]
        if p.cc == "CHN":
            cells += ["", "", ""]
        else:
            st = ch(["visa_rp", "visa", "pr", "visa_rp", "rp"])
            cells += [
                (VISA, p.visa) if "visa" in st else "",
                (RP, p.rp) if "rp" in st else "",
                Pr(p) if st == "pr" else "",
            ]
        cells += [
            Mob(p, ch(["plain", "p86"])),
            (EM, p.email) if pr(0.7) else "",
            IMh(p, lang=lang)[1] if pr(0.7) else "",
            ch([Card(p, "plain"), Iban(p, False), Iban(p, True)] if p.cc != "CHN" else [Card(p, "plain"), ""]),
            Plate(p) if pr(0.5) else "",
            Dt("zh", 2023, 2025, "iso"),
            Addr_cn(p),
        ]
        for j, cdl in enumerate(cells):
            if j:
                d.t(",")
            if cdl:
                d.put(csv_cell(cdl))
        d.t("\n")
    d.t(f"# rows={len(rows)}\n")
    return d


def L_table(lang):
    d = Doc()
    en = lang == "en"
    rows = [foreigner(lang) for _ in range(ri(2, 3))] + [chinese() for _ in range(ri(1, 2))]
    R.shuffle(rows)
    cols = (
        ["Name", "Doc No.", "Phone", "DOB", "Visa/Permit"]
        if en
        else ["姓名", "证件号码", "联系电话", "出生日期", "签证/居留/永居"]
    )
    d.t("Table 2. Persons checked at the scene\n" if en else "表2  现场核查人员一览\n")
    line = "+" + "-" * 4 + "+" + "-" * 32 + "+" + "-" * 22 + "+" + "-" * 20 + "+" + "-" * 16 + "+\n"
    d.t(line)
    d.t(f"| #  | {cols[0]:<30} | {cols[1]:<20} | " + " | ".join(cols[2:]) + " |\n")
    d.t(line)
    for i, p in enumerate(rows, 1):
        nmv = nm(p, "en" if en else lang)
        doc = (ID, p.idno) if p.cc == "CHN" else Pp(p)
        d.put(
            [
                f"| {i:<2} | ",
                (N, nmv),
                " " * max(1, 30 - len(nmv)),
                " | ",
                doc,
                " " * max(1, 20 - len(doc[1])),
                " | ",
                Ph_any(p, lang),
                " | ",
                Dob(p, "en" if en else "zh", "iso"),
                " | ",
                "-"
                if p.cc == "CHN"
                else ch(
                    [[(VISA, p.visa), " / ", (RP, p.rp)], (RP, p.rp), [(PR, p.pr_new), " / ", (PR, p.pr_old)], Pr(p)]
                ),
                " |\n",
            ]
        )
    d.t(line)
    d.t(
        ("Note: 3 persons held, case " + case_no_en() + "\n")
        if en
        else ("注：带回3人，案件编号" + case_no() + "，涉案金额" + amount() + "\n")
    )
    return d


def L_log(lang):
    d = Doc()
    rep = chinese() if pr(0.6) else foreigner(lang)
    s = foreigner(lang)
    s2 = foreigner(lang)
    o1, o2 = chinese(), chinese()
    en = lang == "en"
    mm, dd = ri(1, 12), ri(1, 28)

    def t():
        return f"{mm:02d}-{dd:02d} {tm()}"

    if en:
        d.t(f"Incident log - {ch(UNITS_EN)}\n")
        d.f(
            "{t}  Call received from {n} ({ph}): noise and fighting at {ad}.\n",
            t=t(),
            n=Nm(rep, "en"),
            ph=Ph_any(rep, lang),
            ad=Addr_cn(s),
        )
        d.f("{t}  Officer {o1} and one auxiliary dispatched.\n", t=t(), o1=(N, o1.disp("PY")))
        d.f(
            "{t}  On scene. {n} present, passport {pp}, visa {v} (type {vt}), residence permit {r} - valid.\n",
            t=t(),
            n=Nm(s, "en"),
            pp=Pp(s),
            v=(VISA, s.visa),
            vt=s.visa_type,
            r=(RP, s.rp),
        )
        d.f("{t}  Second male {n2} produced ", t=t(), n2=Nm(s2, "en"))
        d.put(ch([["residence permit ", (RP, s2.rp)], ["PR card ", PrBoth(s2, "en")]]))
        d.f("; DOB given as {b}.\n", b=Dob(s2, "en"))
        wt = chinese()
        d.f("{t}  Search witnessed by {n}, ID {i}.\n", t=t(), n=(N, wt.disp("PY")), i=(ID, wt.idno))
        if pr(0.6):
            d.f("{t}  Seized two bank cards: {c1}, {c2}.\n", t=t(), c1=Card(s), c2=Card(s2))
        if pr(0.7):
            d.f("{t}  Note with account number found on first male: {ib}.\n", t=t(), ib=Iban(s))
        if pr(0.7):
            attach_mrz(d, s, lang, f"{t()}  MRZ read from passport:")
        d.f("{t}  Vehicle {pl} registered to {n} checked, no alerts.\n", t=t(), pl=Plate(s2), n=Nm(s2, "en"))
        d.f("{t}  Both brought to station. Case {c} opened.\n", t=t(), c=case_no_en())
        return d
    d.f("接处警记录（{u}）\n", u=ch(UNITS))
    d.f("{t} 接报：{n}（电话{ph}）称{ad}有人打架。\n", t=t(), n=Nm(rep, lang), ph=Ph_any(rep, lang), ad=Addr_cn(s))
    if rep.cc == "CHN" and pr(0.7):
        d.f("{t} 核实报警人身份：{i}。\n", t=t(), i=(ID, rep.idno))
    d.f("{t} 民警{o1}等二人出警。\n", t=t(), o1=(N, o1.disp("han")))
    d.f(
        "{t} 到达现场，核查{n}护照{pp}、签证{v}（{vt}字）、居留许可{r}，在有效期内。\n",
        t=t(),
        n=Nm(s, lang),
        pp=Pp(s),
        v=(VISA, s.visa),
        vt=s.visa_type,
        r=(RP, s.rp),
    )
    d.f("{t} 另一男子{n2}出示", t=t(), n2=Nm(s2, lang))
    d.put(ch([["居留许可", (RP, s2.rp)], ["外国人永久居留身份证", PrBoth(s2, lang)]]))
    d.f("，自称{b}出生。", b=Dob(s2, "zh"))
    if s2.kind in ("ru", "ar"):
        d.t("其当场称：“")
        foreign_sentences(d, lang, s2, s, 1)
        d.t("”")
    d.t("\n")
    d.f("{t} 核查车辆{pl}，登记车主{n}，无违法记录。\n", t=t(), pl=Plate(s2), n=Nm(s2, lang))
    if pr(0.6):
        d.f("{t} 现场扣押银行卡两张：{c1}、{c2}；查见微信号{w}。\n", t=t(), c1=Card(s), c2=Card(s2), w=(IM, s.wechat))
    if pr(0.7):
        d.f("{t} 在{n}身上查获记有境外账户的纸条：{ib}。\n", t=t(), n=Nm(s, lang), ib=Iban(s))
    if pr(0.7):
        attach_mrz(d, s, lang, f"{t()} 护照机读码核验：")
    wt = chinese()
    d.f("{t} 见证人{n}（身份证{i}）在场。\n", t=t(), n=(N, wt.disp("han")), i=(ID, wt.idno))
    d.f("{t} 将二人带回所内，受案登记，{c}。\n", t=t(), c=case_no())
    return d


def L_passport_ocr(lang):
    d = Doc()
    p = foreigner(lang)
    en = lang == "en"
    conf = f"0.{ri(80, 99)}"
    d.t(
        f"[OCR] 护照资料页识别结果  engine=v3.2  confidence={conf}\n"
        if not en
        else f"[OCR] Passport data page  engine=v3.2  confidence={conf}\n"
    )
    d.t("-" * 40 + "\n")
    d.t(
        {
            "ru": "ПАСПОРТ / PASSPORT",
            "ar": "جواز سفر / PASSPORT",
            "jp": "旅券 / PASSPORT",
            "han": "护照 / PASSPORT",
        }.get(p.kind, ch(["PASSPORT", "PASSPORT / PASSEPORT"]))
        + "\n"
    )
    d.f("Type P   Code {c}   Passport No.\n{pp}\n", c=CTRY[p.cc][6], pp=Pp(p))
    d.t("Surname / Nom\n")
    if p.kind == "ru":
        d.f("{a} / {b}\n", a=(N, p.sur.upper()), b=(N, p.ascii_sur))
        d.f("Given names / Prénoms\n{a} / {b}\n", a=(N, p.given.upper() + " " + p.patr.upper()), b=(N, p.ascii_given))
    elif p.kind == "ar":
        fam = p.ar_parts[3]
        d.f("{a}\n{b}\n", a=(N, fam[0] if fam else p.ar_parts[2][0]), b=(N, p.sur.upper()))
        d.f("Given names / الاسم\n{a}\n", a=(N, p.given.upper()))
    else:
        d.f("{a}\n", a=(N, p.sur.upper()))
        d.f("Given names / Prénoms\n{a}\n", a=(N, p.given.upper()))
    d.f("Nationality  {n}\n", n=country_en(p).upper())
    d.f("Date of birth / Date de naissance\n{b}\n", b=Dob(p, "en", ch(["en_abbr", "dmy_slash", "dmy_dot", "pp"])))
    d.f("Sex {s}     Place of birth {pl}\n", s=p.sex, pl=POB.get(p.cc, country_en(p).upper()))
    y, m, dd = p.exp
    d.f(
        "Date of issue {i}     Date of expiry {e}\n",
        i=fmt_date((y - 10, m, dd), "en_abbr"),
        e=fmt_date(p.exp, "en_abbr"),
    )
    d.t(
        "Authority "
        + {
            "GBR": "HMPO",
            "RUS": "МВД 77001",
            "CHN": "NIA",
            "DEU": "STADT BERLIN",
            "USA": "UNITED STATES DEPARTMENT OF STATE",
        }.get(p.cc, ch(["MINISTRY OF INTERIOR", "PASSPORT OFFICE", "MINISTRY OF FOREIGN AFFAIRS"]))
        + "\n"
    )
    d.t("-" * 40 + "\n")
    l1, l2 = p.mrz()
    d.s(MRZ, l1)
    d.t("\n")
    d.s(MRZ, l2)
    d.t("\n")
    d.t("[校验] MRZ check digits: OK\n" if not en else "[check] MRZ check digits: OK\n")
    d.f("\nOn file: Chinese foreign permanent resident ID {x}\n", x=PrBoth(p, lang))
    if True:
        d.f(
            "\n--- residence permit page ---\nRESIDENCE PERMIT   No. {r}   Valid until {u}\n",
            r=(RP, p.rp),
            u=fmt_date(rdate(2025, 2028), "en_abbr"),
        )
    if True:
        d.f(
            "\n--- visa page ---\nPEOPLE'S REPUBLIC OF CHINA VISA   Category {t}   No. {v}\nName {n}   Passport No. {pp}   Date of birth {b}\n",
            t=p.visa_type,
            v=(VISA, p.visa),
            n=(N, f"{p.ascii_sur}, {p.ascii_given}"),
            pp=Pp(p),
            b=Dob(p, "en", "pp"),
        )
    for pg in range(2 if pr(0.75) else 1):
        q = chinese() if pg == 1 else foreigner(lang)
        d.t(f"\n--- page {pg + 2} (accompanying person) ---\n")
        d.f("Name: {n}   Passport No. {pp}\n", n=(N, f"{q.ascii_sur} {q.ascii_given}"), pp=Pp(q))
        l1, l2 = q.mrz()
        d.s(MRZ, l1)
        d.t("\n")
        d.s(MRZ, l2)
        d.t("\n")
    return d


POB = {
    "POL": "KRAKÓW",
    "CZE": "BRNO",
    "NOR": "BERGEN",
    "DNK": "AARHUS",
    "DEU": "BREMEN",
    "FRA": "LYON",
    "ESP": "SEVILLA",
    "BRA": "SÃO PAULO",
    "TUR": "İZMİR",
    "HUN": "DEBRECEN",
    "ROU": "IAȘI",
    "ISL": "REYKJAVÍK",
    "GBR": "LEEDS",
    "USA": "TEXAS, U.S.A.",
    "CAN": "QUÉBEC",
    "AUS": "PERTH",
    "ITA": "NAPOLI",
    "NLD": "UTRECHT",
    "NGA": "LAGOS",
    "GHA": "KUMASI",
    "PAK": "LAHORE",
    "IND": "CHENNAI",
    "KOR": "BUSAN",
    "JPN": "OSAKA",
    "THA": "CHIANG MAI",
    "VNM": "HẢI PHÒNG",
    "RUS": "МОСКВА / RUSSIA",
    "KAZ": "АЛМАТЫ / ALMATY",
    "UKR": "ХАРКІВ / UKRAINE",
    "BLR": "МИНСК / MINSK",
    "KGZ": "OSH",
    "UZB": "TASHKENT",
    "SAU": "RIYADH",
    "ARE": "DUBAI",
    "EGY": "CAIRO",
    "JOR": "AMMAN",
    "IRQ": "BAGHDAD",
    "MAR": "FES",
    "YEM": "SANA'A",
    "LBN": "BEIRUT",
    "DZA": "ORAN",
    "TUN": "SFAX",
    "KWT": "KUWAIT",
    "QAT": "DOHA",
    "OMN": "MUSCAT",
    "SDN": "KHARTOUM",
}


def L_visa_review(lang):
    d = Doc()
    p = foreigner(lang)
    g = chinese()
    o1, o2 = chinese(), chinese()
    en = lang == "en"
    if en:
        d.t("APPLICATION FOR EXTENSION OF RESIDENCE PERMIT - REVIEW SHEET\n")
        d.t(f"Application No.: {ri(2024, 2025)}{dg(10)}\n")
        d.t("Applicant: ")
        intro_en(d, p)
        d.f("\nDate of birth: {b}    Passport: {pp}\n", b=Dob(p, "en"), pp=Pp(p))
        d.f("Current visa: {v} (type {t}, issued {i})\n", v=(VISA, p.visa), t=p.visa_type, i=Dt("en", 2023, 2024))
        d.f("Current residence permit: {r}, valid until {u}\n", r=(RP, p.rp), u=Dt("en", 2024, 2025))
        d.f("New residence permit No.: {r}\nPrevious visa: {v}\n", r=(RP, gen_rp()), v=(VISA, gen_visa()))
        sp = foreigner(lang, p.cc)
        d.f(
            "Spouse: {n}, PR card {pr}\nProof of funds account: {ib}\n", n=Nm(sp, "en"), pr=PrBoth(sp, "en"), ib=Iban(p)
        )
        d.f(
            "Employer: {c}\nGuarantor: {n}, ID {i}, tel. {t}\n",
            c=ch(COMPANIES),
            n=(N, g.disp("PY")),
            i=(ID, g.idno),
            t=Mob(g),
        )
        d.f("Address in China: {a}\nE-mail: {e}\n", a=Addr_cn(p), e=(EM, p.email))
        if pr(0.7):
            attach_mrz(d, p, lang, "Passport MRZ (copy):")
        d.f(
            "Decision: approved under {a}.\nCase officer: {o1}   Reviewer: (seal)\n",
            a=article("en"),
            o1=(N, o1.disp("PY")),
        )
        return d
    d.t("外国人签证证件申请审批表\n")
    d.t(f"受理编号：{ri(2024, 2025)}{dg(10)}   受理日期：{Dt('zh', 2024, 2025)}\n")
    d.t("申请人：")
    intro_zh(d, p, lang)
    d.f("\n国籍：{c}   性别：{s}   出生日期：{b}\n", c=country_zh(p), s=sex_zh(p), b=Dob(p, "zh"))
    d.f(
        "护照号码：{pp}   现持签证：{v}（{t}字，签发日期{i}）\n",
        pp=Pp(p),
        v=(VISA, p.visa),
        t=p.visa_type,
        i=Dt("zh", 2023, 2024),
    )
    d.t("申请事项：" + ch(["工作类居留许可延期", "团聚类居留许可", "签证延期", "学习类居留许可变更"]) + "\n")
    d.f("原居留许可号码：{r}，有效期至{u}\n", r=(RP, p.rp), u=Dt("zh", 2024, 2025))
    d.f("新签发居留许可号码：{r}\n", r=(RP, gen_rp()))
    if True:
        d.f("既往签证记录：{v}（{t}）\n", v=(VISA, gen_visa()), t=ch(["L", "M", "F"]))
    if pr(0.75):
        d.f("工资卡：{c}   名下车辆：{pl}\n", c=Card(p), pl=Plate(p))
    sp = foreigner(lang, p.cc)
    d.f("备注：申请人配偶{n}持有外国人永久居留身份证，号码{pr}。\n", n=Nm(sp, lang), pr=PrBoth(sp, lang))
    d.f("资金证明账户：{ib}\n", ib=Iban(p))
    d.f(
        "工作单位：{c}\n担保人：{n}，身份证{i}，电话{t}\n",
        c=ch(COMPANIES),
        n=(N, g.disp("han")),
        i=(ID, g.idno),
        t=Mob(g),
    )
    d.f("在华住址：{a}\n电子邮箱：{e}\n", a=Addr_cn(p), e=(EM, p.email))
    lab, item = IMh(p, lang=lang)
    d.f("{l}{i}\n", l=lab, i=item)
    if pr(0.9):
        attach_mrz(d, p, lang, "护照复印件机读码：")
    d.f("审批意见：符合{a}规定，同意。\n承办人：{o1}   审核人：（签章）\n", a=article(), o1=(N, o1.disp("han")))
    return d


def L_rental(lang):
    d = Doc()
    ll = chinese()
    t1 = foreigner(lang)
    others = [foreigner(lang) for _ in range(ri(1, 2))]
    en = lang == "en"
    ctx = ctx_of(lang)
    d.t("出租房屋及境外人员居住登记表\n" if not en else "Rental Housing & Foreign Resident Registration\n")
    d.f(("房屋地址：{a}\n" if not en else "Property address: {a}\n"), a=(A, t1.addr_cn))
    d.f(
        ("房东：{n}   身份证：{i}   电话：{p}\n" if not en else "Landlord: {n}   ID: {i}   Tel: {p}\n"),
        n=Nm(ll, lang),
        i=(ID, ll.idno),
        p=Mob(ll),
    )
    if pr(0.7):
        d.f(("房东收租账户：{c}\n" if not en else "Rent account: {c}\n"), c=Card(ll))
    d.t("承租人：" if not en else "Tenant: ")
    intro(d, t1, lang)
    d.f(
        ("\n国籍：{c}  出生日期：{b}  护照：{pp}\n" if not en else "\nNationality: {c}  DOB: {b}  Passport: {pp}\n"),
        c=country_zh(t1) if not en else country_en(t1),
        b=Dob(t1, ctx),
        pp=Pp(t1),
    )
    st = ch(["rp", "visa", "pr", "pr", "rp"])
    if st == "rp":
        d.f(("居留许可：{r}\n" if not en else "Residence permit: {r}\n"), r=(RP, t1.rp))
    elif st == "visa":
        d.f(("签证：{v}（{t}）\n" if not en else "Visa: {v} ({t})\n"), v=(VISA, t1.visa), t=t1.visa_type)
    else:
        d.f(("永居证：{r}\n" if not en else "PR card: {r}\n"), r=PrBoth(t1, lang))
    d.f(
        ("承租人电话：{p}   境外住址：{h}\n" if not en else "Tenant tel.: {p}   Home address: {h}\n"),
        p=Ph_any(t1, lang),
        h=Addr_home(t1),
    )
    lab, item = IMh(t1, lang=lang)
    d.f(("{l}{i}   邮箱：{e}\n" if not en else "{l}{i}   E-mail: {e}\n"), l=lab, i=item, e=(EM, t1.email))
    if pr(0.85):
        d.f(("承租人车辆：{pl}\n" if not en else "Tenant vehicle: {pl}\n"), pl=Plate(t1, foreign=pr(0.25)))
    if pr(0.5):
        d.f(("租金付款账户：{ib}\n" if not en else "Rent paid from: {ib}\n"), ib=Iban(t1))
    else:
        d.f(("租金付款银行卡：{c}\n" if not en else "Rent paid by card: {c}\n"), c=Card(t1))
    if pr(0.5):
        attach_mrz(d, t1, lang)
    d.t("同住人员：" if not en else "Co-residents: ")
    items = []
    for x in others:
        items.append(
            [
                (N, nm(x, lang)),
                "（" if not en else " (",
                Pp(x),
                ch(
                    [["，", (VISA, x.visa)], ["，", (RP, x.rp)], ""]
                    if not en
                    else [[", ", (VISA, x.visa)], [", ", (RP, x.rp)], ""]
                ),
                "）" if not en else ")",
            ]
        )
    d.put(join(items, "、" if not en else "; "))
    d.t("\n")
    d.t(
        (
            f"租期：{Dt('zh', 2024, 2024, 'iso')}至{Dt('zh', 2025, 2026, 'iso')}   月租金：{ri(18, 90) * 100:,}元   押金：{ri(1, 3)}个月\n"
        )
        if not en
        else (
            f"Lease: {Dt('en', 2024, 2024, 'iso')} to {Dt('en', 2025, 2026, 'iso')}   Rent: RMB {ri(18, 90) * 100:,}/month\n"
        )
    )
    if True:
        ag = chinese()
        d.f(
            ("中介经办人：{n}，身份证{i}，电话{m}\n" if not en else "Letting agent: {n}, ID {i}, tel. {m}\n"),
            n=Nm(ag, lang),
            i=(ID, ag.idno),
            m=Mob(ag),
        )
    d.f(("登记社区民警：{o}\n" if not en else "Community officer: {o}\n"), o=Nm(chinese(), lang))
    return d


def L_carrier(lang):
    d = Doc()
    p = foreigner(lang) if pr(0.85) else chinese()
    en = lang == "en"
    op = ch(["中国移动通信集团浙江有限公司", "中国联合网络通信有限公司广东省分公司", "中国电信股份有限公司北京分公司"])
    d.t("关于协助调取用户信息的回函\n" if not en else "Reply to Request for Subscriber Information\n")
    d.f(
        (
            "{u}：\n贵局《调取证据通知书》（{n}）收悉。现将号码{m}的用户登记信息提供如下：\n"
            if not en
            else "To {u}:\nWith reference to your request ({n}), subscriber data for {m} is provided below.\n"
        ),
        u=ch(UNITS) if not en else ch(UNITS_EN),
        n=case_no() if not en else case_no_en(),
        m=Mob(p, "plain"),
    )
    d.f(("机主姓名：{n}\n" if not en else "Subscriber: {n}\n"), n=(N, nm(p, lang, latin_style(p))))
    if p.cc == "CHN":
        d.f(
            ("证件类型：居民身份证   证件号码：{i}\n" if not en else "ID type: Resident ID   No.: {i}\n"),
            i=(ID, p.idno),
        )
    else:
        k = ch(["pp", "pr", "pr", "pr"])
        if k == "pp":
            d.f(
                (
                    "证件类型：护照   证件号码：{i}   居留许可：{r}\n"
                    if not en
                    else "ID type: passport   No.: {i}   Residence permit: {r}\n"
                ),
                i=Pp(p),
                r=(RP, p.rp),
            )
        else:
            d.f(
                (
                    "证件类型：外国人永久居留身份证   证件号码：{i}\n"
                    if not en
                    else "ID type: Foreign permanent resident ID   No.: {i}\n"
                ),
                i=PrBoth(p, lang),
            )
    if p.cc != "CHN" and pr(0.7):
        ag = chinese()
        d.f(
            ("代办人：{n}，身份证号码{i}\n" if not en else "Registered via agent: {n}, ID {i}\n"),
            n=Nm(ag, lang),
            i=(ID, ag.idno),
        )
    d.f(("绑定代扣银行卡：{c}\n" if not en else "Auto-pay card: {c}\n"), c=Card(p))
    if p.cc != "CHN" and pr(0.6):
        attach_mrz(d, p, lang, "入网证件影像识别（MRZ）：" if not en else "ID image OCR (MRZ):")
    d.t(
        (
            f"入网时间：{Dt('zh', 2016, 2023, 'iso')} {tms()}   套餐：{ch(['5G畅享129元', '国际漫游包', '全球通188元'])}\n"
        )
        if not en
        else (f"Activated: {Dt('en', 2016, 2023, 'iso')}   Plan: {ch(['5G 129', 'Global 188'])}\n")
    )
    d.f(("装机/通讯地址：{a}\n" if not en else "Billing address: {a}\n"), a=Addr_cn(p))
    d.f(("预留联系邮箱：{e}\n" if not en else "Contact e-mail: {e}\n"), e=(EM, p.email2))
    lab, item = IMh(p, "wechat", lang)
    d.f(("关联互联网账号：{l}{i}；" if not en else "Linked accounts: {l}{i}; "), l=lab, i=item)
    lab, item = IMh(p, "qq" if p.kind == "han" else ch(["tg", "wa", "skype", "line"]), lang)
    d.f("{l}{i}\n", l=lab, i=item)
    d.t("通话详单（节选）：\n" if not en else "Call detail records (excerpt):\n")
    d.t(
        "时间                 主叫            被叫            时长(秒)\n"
        if not en
        else "Time                 Caller          Callee          Sec\n"
    )
    peers = [foreigner(lang) if pr(0.5) else chinese() for _ in range(ri(3, 4))]
    for q in peers:
        me = fmt_cn_mob(p.mob, "plain")
        other = Ph_any(q, lang)
        tt = Dt("zh", 2024, 2025, "iso") + " " + tms()
        if pr(0.5):
            d.put([tt, "  ", (P, me), "     ", other, "     ", str(ri(5, 900)), "\n"])
        else:
            d.put([tt, "  ", other, "     ", (P, me), "     ", str(ri(5, 900)), "\n"])
    d.t(("特此函复。\n" + op + "\n" + Dt("zh", 2024, 2025, "zh1") + "\n") if not en else ("Regards,\n" + op + "\n"))
    return d


def L_entry_exit(lang):
    d = Doc()
    p = foreigner(lang)
    en = lang == "en"
    old_pp = pat(ch(CTRY[p.cc][4]))
    d.t("出入境记录查询结果\n" if not en else "Entry/Exit Record Query Result\n")
    d.f(
        ("查询对象：{n}   国籍：{c}   出生日期：{b}\n" if not en else "Subject: {n}   Nationality: {c}   DOB: {b}\n"),
        n=(N, nm(p, lang, latin_style(p))),
        c=CTRY[p.cc][6],
        b=Dob(p, "zh" if not en else "en", "iso" if pr(0.5) else None),
    )
    d.f(
        ("现持护照：{pp}   曾用护照：{op}\n" if not en else "Current passport: {pp}   Previous passport: {op}\n"),
        pp=Pp(p),
        op=(PP, old_pp),
    )
    d.t("查询人：" if not en else "Queried by: ")
    d.s(N, nm(chinese(), lang))
    d.t(
        f"   查询时间：{Dt('zh', 2025, 2025, 'iso')} {tms()}   查询编号 Q{dg(10)}\n"
        if not en
        else f"   at {Dt('en', 2025, 2025, 'iso')} {tms()}  Query Q{dg(10)}\n"
    )
    d.t(
        "序号  出/入  日期          口岸                    航班/车次  证件号码      签证/停留证件\n"
        if not en
        else "No.  Dir   Date          Port                    Flight     Document      Visa/Permit\n"
    )
    k = ri(3, 5)
    visas = [p.visa, gen_visa()]
    for i in range(1, k + 1):
        used = old_pp if i <= 1 else p.passport
        dirn = ("入境" if i % 2 else "出境") if not en else ("IN " if i % 2 else "OUT")
        port = ch(PORTS) if not en else ch(PORTS_EN)
        vis = visas[0] if i > 1 else visas[1]
        d.put(
            [
                f"{i:<4}  {dirn}  {Dt('zh', 2022, 2025, 'iso')}    {port:<18}  {flight():<9}  ",
                (PP, used),
                "     ",
                (VISA, vis) if i % 2 else "—",
                "\n",
            ]
        )
    if pr(0.6):
        cp = chinese()
        d.f(
            ("同行中国籍人员：{n}，身份证{i}\n" if not en else "Travelling with Chinese national {n}, ID {i}\n"),
            n=Nm(cp, lang),
            i=(ID, cp.idno),
        )
    if pr(0.8):
        d.f(
            ("陆路口岸入境交通工具：{pl}\n" if not en else "Vehicle used at land port: {pl}\n"),
            pl=Plate(p, foreign=True),
        )
    if True:
        d.f(("现有效居留许可：{r}\n" if not en else "Valid residence permit: {r}\n"), r=(RP, p.rp))
    d.f(("永久居留身份证：{r}\n" if not en else "PR ID card: {r}\n"), r=PrBoth(p, lang))
    if pr(0.8):
        attach_mrz(d, p, lang, "最近一次入境机读信息：" if not en else "MRZ captured at last entry:")
    d.t("（本结果仅供办案使用）\n" if not en else "(For case use only)\n")
    return d


def L_memo(lang):
    d = Doc()
    p = foreigner(lang)
    q = foreigner(lang) if pr(0.6) else chinese()
    o = chinese()
    en = lang == "en"
    if en:
        d.f(
            "{u}\nCASE TRANSFER NOTICE\n{c}\n\nTo: People's Procuratorate of {dist}\n\n",
            u=ch(UNITS_EN),
            c=case_no_en(),
            dist=ch(["Chaoyang District", "Yiwu", "Tianhe District", "Suifenhe"]),
        )
        d.t("1. Suspect: ")
        intro_en(d, p)
        d.f(
            ", {c} national, born {b}, passport {pp}, address in China {a}.\n",
            c=country_en(p),
            b=Dob(p, "en"),
            pp=Pp(p),
            a=Addr_cn(p),
        )
        d.f("2. Accomplice: {n}, tel. {t}.\n", n=Nm(q, "en"), t=Ph_any(q, lang))
        d.f(
            "3. Accounts involved: card {c} (holder {n}); IBAN {ib}. Total {am}.\n",
            c=Card(p),
            n=(N, nm(p, "en", latin_style(p))),
            ib=Iban(q),
            am=amount("en"),
        )
        d.f(
            "4. Vehicle seized: {pl}. Travel documents: visa {v}, residence permit {r}.\n",
            pl=Plate(p),
            v=(VISA, p.visa),
            r=(RP, p.rp),
        )
        lab, item = IMh(p, lang=lang)
        d.f("   Online accounts used: {l}{i}; e-mail {e}.\n", l=lab, i=item, e=(EM, p.email))
        d.f("5. Legal basis: {a}; {a2}.\n", a=article("en"), a2=article("en"))
        d.f("\nOfficer: {o}  ({m})\n{dt}\n", o=(N, o.disp("PY")), m=Mob(o), dt=Dt("en", 2024, 2025))
        return d
    d.f(
        "{u}\n移送案件通知书\n{c}\n\n{dist}人民检察院：\n",
        u=ch(UNITS),
        c=case_no(),
        dist=ch(["朝阳区", "义乌市", "天河区", "绥芬河市", "浦东新区"]),
    )
    d.t("一、犯罪嫌疑人")
    intro_zh(d, p, lang)
    d.f("，{c}国籍，{b}出生，护照号码{pp}，在华住址{a}。\n", c=country_zh(p), b=Dob(p, "zh"), pp=Pp(p), a=Addr_cn(p))
    d.f("二、同案人{n}，联系电话{t}。\n", n=Nm(q, lang), t=Ph_any(q, lang))
    d.f(
        "三、涉案账户：银行卡{c}（户名{n}）、境外账户{ib}，涉案金额共计{am}。\n",
        c=Card(p),
        n=Nm(p, lang),
        ib=Iban(q),
        am=amount(),
    )
    d.put(
        [
            "四、扣押车辆：",
            Plate(p),
            "；嫌疑人所持签证",
            (VISA, p.visa),
            "、",
            ch([["居留许可", (RP, p.rp)], ["永居证", PrBoth(p, lang)]]),
            "已一并扣押。\n",
        ]
    )
    lab, item = IMh(p, lang=lang)
    d.f("    涉案网络账号：{l}{i}；电子邮箱{e}。\n", l=lab, i=item, e=(EM, p.email))
    if q.cc == "CHN":
        d.f("    同案人身份证号码：{i}。\n", i=(ID, q.idno))
    d.f("五、法律依据：{a}、{a2}。\n", a=article(), a2=article())
    if p.kind in ("ru", "ar"):
        d.t("六、嫌疑人供述摘录（原文）：“")
        foreign_sentences(d, lang, p, q, 2)
        d.t("”\n")
    if pr(0.8):
        attach_mrz(d, p, lang, "附件：嫌疑人护照机读码")
    d.f("\n承办人：{o}  联系电话：{m}\n{dt}\n", o=(N, o.disp("han")), m=Mob(o), dt=Dt("zh", 2024, 2025, "zh1"))
    return d


def L_social(lang):
    d = Doc()
    p = foreigner(lang)
    q = foreigner(lang)
    en = lang == "en"
    plat = ch(["Telegram", "VK", "Facebook"])
    if p.kind == "ru":
        plat = ch(["Telegram", "VK"])
    elif p.kind == "ar":
        plat = ch(["Telegram", "Facebook"])
    d.t("Social media post - screenshot transcription\n" if en else "网络帖文截图转录\n")
    d.f(
        ("Platform: {pl}   Account: {h}   Display name: {n}\n" if en else "平台：{pl}   账号：{h}   昵称：{n}\n"),
        pl=plat,
        h=(IM, ("vk.com/" + p.vk) if plat == "VK" else "@" + p.tg),
        n=(N, nm(p, "en" if en else lang, "if" if p.kind == "ru" else None)),
    )
    d.t(

            f"Posted: {Dt('en', 2024, 2025, 'iso')} {tm()}   Views: {ri(200, 90000)}\n\n"
            if en
            else f"发布时间：{Dt('zh', 2024, 2025, 'iso')} {tm()}   浏览量：{ri(200, 90000)}\n\n"

    )
    if p.kind == "ru" and not en:
        d.f(
            "Сдаю комнату в Иу, недорого. Пишите {h} или звоните {ph}. Оплата на карту {c}. Спросить {n}.\n",
            h=(IM, "@" + p.tg),
            ph=Fph(p),
            c=Card(p),
            n=(N, p.disp("g") if False else p.given),
        )
        d.t("（译：在义乌出租房间……联系方式同上。）\n")
    elif p.kind == "ar" and not en:
        d.f(
            "مطلوب عمال للعمل في مستودع في قوانغتشو. للتواصل واتساب {w} أو البريد {e}. المسؤول {n}.\n",
            w=IMh(p, "wa")[1],
            e=(EM, p.email),
            n=(N, p.short_ar),
        )
        d.t("（译：广州仓库招工……）\n")
    elif en:
        d.f(
            "Cheap iPhones, direct from Shenzhen. DM {h} or WhatsApp {w}. Pickup at {a}.\n",
            h=(IM, "@" + p.tg),
            w=IMh(p, "wa")[1],
            a=(A, p.addr_cn),
        )
    else:
        d.f(
            "义乌代购，低价出货，加微信{w}或Telegram {h}，自提地址{a}。\n",
            w=(IM, p.wechat),
            h=(IM, "@" + p.tg),
            a=(A, p.addr_cn),
        )
    if pr(0.5):
        d.f(("Payment: card {c} or IBAN {ib}\n" if en else "付款：卡号{c}，或境外账户{ib}\n"), c=Card(p), ib=Iban(p))
    if pr(0.6):
        d.f(("Delivery van: {pl}\n" if en else "送货车牌：{pl}\n"), pl=Plate(p))
    if pr(0.6):
        d.put(
            [
                "（发帖人自称持永居证 " if not en else "(poster claims PR card ",
                PrBoth(p, lang),
                "）\n" if not en else ")\n",
            ]
        )
    rn = chinese()
    d.f(
        ("Account real-name record: {n}, ID {i}\n" if en else "账号实名认证主体：{n}（身份证{i}）\n"),
        n=Nm(rn, lang),
        i=(ID, rn.idno),
    )
    d.t("\nComments:\n" if en else "\n评论：\n")
    d.put(
        [
            (N, nm(q, "en" if en else lang)),
            ": ",
            ("still available? my skype " if en else "还有吗？我的Skype "),
            (IM, q.skype),
            "\n",
        ]
    )
    d.put(
        [
            (N, nm(p, "en" if en else lang, "if" if p.kind == "ru" else None)),
            ": ",
            ("yes, write to " if en else "有，发邮件到 "),
            (EM, p.email2),
            "\n",
        ]
    )
    if pr(0.6):
        r = foreigner(lang)
        lab, item = IMh(r, ch(["vk", "tg_link", "line"]) if r.kind != "ar" else "tg_link", lang)
        d.put([(N, nm(r, "en" if en else lang)), ": ", lab, item, "\n"])
    d.t(
        ("\n[Captured by cyber unit, ref " + case_no_en() + "]\n")
        if en
        else ("\n【网安部门固定，编号" + order_no() + "】\n")
    )
    return d


def L_kvlog(lang):
    d = Doc()
    ppl = [foreigner(lang) for _ in range(ri(3, 4))]
    d.t("# checkin-sync audit log (excerpt)\n")
    for p in ppl:
        ts = Dt("en", 2024, 2025, "iso") + "T" + tms() + "+08:00"
        d.put(
            [
                ts,
                " INFO checkin.sync hotel_id=H",
                dg(6),
                ' guest_name="',
                (N, f"{p.ascii_sur} {p.ascii_given}"),
                '" nat=',
                CTRY[p.cc][6],
                " dob=",
                Dob(p, "en", "compact"),
                " doc_type=14 doc_no=",
                Pp(p),
                ' phone="',
                Ph_any(p, lang),
                '" rate=',
                f"{ri(188, 999)}.00",
                "\n",
            ]
        )
        st = ch(["visa_rp", "visa", "pr", "visa_rp", "pr"])
        if "visa" in st:
            d.put(
                [
                    ts,
                    " DEBUG checkin.sync visa_no=",
                    (VISA, p.visa),
                    " visa_type=",
                    p.visa_type,
                    " stay_until=",
                    Dt("en", 2024, 2026, "iso"),
                    "\n",
                ]
            )
        if "rp" in st:
            d.put([ts, " DEBUG checkin.sync permit_no=", (RP, p.rp), " order=", order_no(), "\n"])
        if st == "pr":
            d.put(
                [
                    ts,
                    " DEBUG checkin.sync doc_type=PR pr_card=",
                    (PR, p.pr_new),
                    " pr_card_legacy=",
                    (PR, p.pr_old),
                    "\n",
                ]
            )
        if pr(0.7):
            d.put([ts, " INFO refund.route iban=", (IB, p.iban), "\n"])
        if pr(0.8):
            d.put(
                [
                    ts,
                    " INFO payment.auth card=",
                    (BC, p.card),
                    " amount=",
                    f"{ri(200, 5000)}.00",
                    " auth_code=",
                    dg(6),
                    "\n",
                ]
            )
        if pr(0.7):
            d.put(
                [
                    ts,
                    " INFO guest.contact email=",
                    (EM, p.email),
                    " wechat=",
                    (IM, p.wechat),
                    " lang=",
                    ch(["ru", "ar", "en", "pl", "vi", "de"]),
                    "\n",
                ]
            )
        if pr(0.4):
            d.put([ts, ' INFO parking.bind plate="', Plate(p), '" slot=B', dg(3), "\n"])
        if pr(0.8):
            l1, l2 = p.mrz()
            d.put([ts, ' TRACE ocr.mrz line1="', (MRZ, l1), '"\n'])
            d.put([ts, ' TRACE ocr.mrz line2="', (MRZ, l2), '"\n'])
    for h in [chinese() for _ in range(ri(1, 2))]:
        ts = Dt("en", 2024, 2025, "iso") + "T" + tms() + "+08:00"
        d.put(
            [
                ts,
                " INFO checkin.sync hotel_id=H",
                dg(6),
                ' guest_name="',
                (N, h.disp("han")),
                '" nat=CHN doc_type=11 doc_no=',
                (ID, h.idno),
                ' phone="',
                Mob(h),
                '" plate="',
                Plate(h),
                '"\n',
            ]
        )
    d.put(
        [
            Dt("en", 2024, 2025, "iso"),
            "T",
            tms(),
            "+08:00 WARN checkin.sync retry=3 batch=",
            dg(8),
            " upstream=psb-gw-02\n",
        ]
    )
    return d


def L_handwritten(lang):
    d = Doc()
    p = foreigner(lang) if pr(0.6) else chinese()
    q = foreigner(lang) if pr(0.5) else chinese()
    en = lang == "en"
    d.t(
        "（手写材料誊录，原件附卷；〔〕内为誊录人注）\n\n"
        if not en
        else "(Transcript of handwritten note; [ ] = transcriber's remarks)\n\n"
    )
    if en:
        d.f(
            "My name is {n}. My phone was {old} [crossed out] now {new}.\n",
            n=(N, nm(p, "en", "lower" if p.kind == "latin" else None)),
            old=Ph_any(p, lang),
            new=(P, fmt_cn_mob(cn_mobile_raw(), "sp")),
        )
        d.f("I stay at {a} [illegible word] with {q}.\n", a=(A, p.addr_cn), q=(N, nm(q, "en")))
        d.f(
            "{q} has my passport {pp} and my bank card {c}.\n",
            q=(N, nm(q, "en", "sur" if q.kind == "latin" else None)),
            pp=Pp(p),
            c=Card(p, "sp4"),
        )
        if p.cc != "CHN":
            d.f(
                "my residence permit {rp} expired, hotel used ID card {i} of a friend\n",
                rp=(RP, p.rp),
                i=(ID, chinese().idno),
            )
        if True:
            d.f("money to {ib} [written in two lines], email {e}\n", ib=Iban(p, True), e=(EM, p.email))
        d.f(
            "Born {b}. Please call my sister {s} {t}.\n",
            b=Dob(p, "en"),
            s=(N, nm(foreigner(lang, p.cc if p.cc != "CHN" else None), "en")),
            t=Ph_any(p, lang),
        )
        return d
    d.f(
        "我叫{n}，〔此处涂改〕电话{old}〔已划去〕，新号{new}。\n",
        n=(N, nm(p, lang)),
        old=(P, fmt_cn_mob(cn_mobile_raw(), "plain")),
        new=Mob(p, "sp"),
    )
    d.f("我住{a}〔“单元”二字字迹不清〕，跟{q}一起住。\n", a=Addr_cn(p), q=Nm(q, lang))
    if p.kind in ("ru", "ar"):
        d.t("〔以下为外文书写〕")
        foreign_sentences(d, lang, p, q, 2)
        d.t("\n")
    d.f("{q}拿了我的护照{pp}和银行卡{c}〔卡号中间空格为原文〕。\n", q=Nm(q, lang), pp=Pp(p), c=Card(p, "sp4"))
    if p.cc == "CHN":
        d.f("我身份证号{i}，生日{b}。\n", i=(ID, p.idno), b=Dob(p, "zh"))
    else:
        d.f("我生日{b}，签证{v}〔“签证”写作“签正”〕。\n", b=Dob(p, "zh"), v=(VISA, p.visa))
        if True:
            d.f("钱汇到{ib}〔字母数字间有空格〕，邮箱{e}。\n", ib=Iban(p, True), e=(EM, p.email))
    if p.cc != "CHN":
        lend = chinese()
        d.f(
            "住酒店时用的是朋友{n}的身份证{i}登记的〔原文如此〕，我的居留证{rp}过期了。\n",
            n=(N, lend.disp("han")),
            i=(ID, lend.idno),
            rp=(RP, p.rp),
        )
    if pr(0.75):
        d.f("车钥匙在{q}那里，车牌{pl}。\n", q=Nm(q, lang), pl=Plate(q))
    d.f("〔落款〕{n}  {dt}\n", n=(N, nm(p, lang)), dt=Dt("zh", 2024, 2025, "slash"))
    return d


def L_ru_passage(lang):
    """Russian-language statement with declined names; Chinese header/footer"""
    d = Doc()
    p = foreigner("ru-mixed", ch(["RUS", "RUS", "KAZ", "UKR", "BLR"]))
    q = foreigner("ru-mixed", ch(["RUS", "KAZ", "KGZ", "UZB"]))
    r = foreigner("ru-mixed", "RUS")
    itp = chinese()
    fem = p.sex == "F"
    d.f("俄文书面材料（{n}本人书写）\n\n", n=(N, p.zh or p.disp("fi")))
    d.t("ОБЪЯСНЕНИЕ\n\n")
    d.f(
        "Я, {n}, {b} рождения, {a} {c}, паспорт {pp}, проживаю по адресу: {ad}; в Китае проживаю по адресу: {ad2}.\n",
        n=(N, p.disp("fio")),
        b=Dob(p, "ru", ch(["ru_long", "ru_dot_g"])),
        a="гражданка" if fem else "гражданин",
        c=RU_GEN[p.cc],
        pp=Pp(p),
        ad=Addr_home(p),
        ad2=(A, p.addr_cn),
    )
    d.f("В Китай я въехал{a} по визе № {v}. ", a="а" if fem else "", v=(VISA, p.visa))
    d.f(
        "{dt} ко мне обратил{s} {q} и предложил{s2} работу на складе. ",
        dt=Dt("ru"),
        s="ась" if q.sex == "F" else "ся",
        q=(N, q.disp("fio")),
        s2="а" if q.sex == "F" else "",
    )
    d.f(
        "Разрешение на пребывание № {rp} мне оформлял{s} {q}. ",
        rp=(RP, p.rp),
        s="а" if q.sex == "F" else "",
        q=(N, q.ru_case("nom", "if")),
    )
    d.f(
        "Номер {q} — {ph}, также {g} пишет в Telegram {tg}. ",
        q=(N, q.ru_case("gen", "fi")),
        ph=Fph(q),
        g="она" if q.sex == "F" else "он",
        tg=(IM, "@" + q.tg),
    )
    if pr(0.5):
        d.f("Вид на жительство в Китае у меня есть, номер {pr}. ", pr=Pr(p))
    d.f(
        "Деньги за билеты я {v} {r} на карту {c}. ",
        v="перевела" if fem else "перевёл",
        r=(N, r.ru_case("dat", ch(["fi", "if", "init"]))),
        c=Card(r),
    )
    d.f(
        "С {r} я знаком{a} с {y} года, {g} живёт по адресу: {ad}. ",
        r=(N, r.ru_case("ins", "if")),
        a="а" if fem else "",
        y=ri(2015, 2022),
        g="она" if r.sex == "F" else "он",
        ad=Addr_home(r),
    )
    d.f(
        "Машину с номером {pl} я видел{a} у {q} возле рынка. ",
        pl=(PL, q.fplate or r.fplate or cn_plate()),
        a="а" if fem else "",
        q=(N, q.ru_case("gen", "init")),
    )
    if pr(0.6):
        d.f(
            "Остаток долга {r} просил{a} перевести на счёт {ib}. ",
            r=(N, r.ru_case("nom", "fi")),
            a="а" if r.sex == "F" else "",
            ib=Iban(r),
        )
    d.f(
        "Прошу связаться с моей матерью {m} по телефону {ph}.\n",
        m=(N, foreigner("ru-mixed", p.cc, "F").ru_case("ins", "fio")),
        ph=Fph(p),
    )
    d.f("С моих слов записано верно, мною прочитано. {n}\n\n", n=(N, p.ru_case("nom", "init")))
    d.f("（译员身份证号{x}）\n", x=(ID, itp.idno))
    d.f(
        "译员{i}摘译：书写人{n}称，{dt}经{q}介绍来华务工，曾向{r}转账购票，介绍人使用Telegram账号{tg}。\n",
        i=(N, itp.disp("han")),
        n=(N, p.zh or p.disp("fi")),
        dt=Dt("zh"),
        q=(N, q.zh or q.disp("fi")),
        r=(N, r.zh or r.disp("fi")),
        tg=(IM, "@" + q.tg),
    )
    return d


def L_ar_passage(lang):
    """Arabic-language statement; Chinese header/footer"""
    d = Doc()
    p = foreigner("ar-mixed", ch(AR_POOL))
    q = foreigner("ar-mixed", ch(AR_POOL))
    r = foreigner("ar-mixed", ch(AR_POOL))
    itp = chinese()
    d.f("阿拉伯文书面材料（{n}本人书写）\n\n", n=(N, p.zh))
    d.t("إفادة\n\n")
    d.f(
        "أنا {n}، من {c}، من مواليد {b}، أحمل جواز سفر رقم {pp}، وعنواني في بلدي: {ad}. ",
        n=(N, p.full_ar),
        c=AR_NAME[p.cc],
        b=Dob(p, "ar"),
        pp=Pp(p),
        ad=Addr_home(p),
    )
    d.f("دخلت الصين بتأشيرة رقم {v}. ", v=(VISA, p.visa))
    d.f(
        "أقيم حالياً في {ad}، ورقم هاتفي في الصين {m}. ",
        ad=(A, p.addr_cn),
        m=(P, ard(fmt_cn_mob(p.mob, ch(["plain", "sp"])))),
    )
    d.f(
        "في تاريخ {dt} اتصل بي {q} وعرض عليّ شراء بضائع، وطلب تحويل المبلغ إلى الحساب {ib}. ",
        dt=Dt("ar"),
        q=(N, q.full_ar),
        ib=Iban(q),
    )
    d.f("رقم {q} هو {ph} وبريده الإلكتروني {e}. ", q=(N, q.short_ar), ph=Fph(q, arabic=pr(0.6)), e=(EM, q.email))
    d.f(
        "لا أعرف {r} شخصياً، {v} سيارة رقمها {pl}. ",
        r=(N, r.full_ar),
        v="لكنها كانت تقود" if r.sex == "F" else "لكنه كان يقود",
        pl=(PL, r.fplate or r.plate),
    )
    d.f("وأخبرني أن رقم تصريح إقامته {rp}. ", rp=(RP, q.rp))
    if pr(0.6):
        d.f("دفعت العربون ببطاقتي رقم {c}، ولدي بطاقة إقامة دائمة رقم {pr}. ", c=Card(p), pr=Pr(p))
    if pr(0.5):
        d.f("تواصلت مع {r} عبر واتساب {w}. ", r=(N, r.short_ar), w=IMh(r, "wa")[1])
    d.f("أرجو إبلاغ أخي {b} على الرقم {t}.\n", b=(N, foreigner("ar-mixed", p.cc, "M").full_ar), t=Fph(p, arabic=True))
    d.f("التوقيع: {n}\n\n", n=(N, p.short_ar))
    d.f("（译员身份证号{x}）\n", x=(ID, itp.idno))
    d.f(
        "译员{i}摘译：书写人{n}（{lat}）称，{dt}{q}联系其购货并要求汇款至上述账户；{r}驾驶车辆{pl}。\n",
        i=(N, itp.disp("han")),
        n=(N, p.zh),
        lat=(N, p.disp("LAT")),
        dt=Dt("zh"),
        q=(N, q.zh),
        r=(N, r.zh),
        pl=(PL, r.fplate or r.plate),
    )
    return d


LAYOUTS = [
    ("ocr_form", L_ocr_form),
    ("chat_export", L_chat),
    ("email_thread", L_email),
    ("json_export", L_json),
    ("xml_export", L_xml),
    ("yaml_keys", L_yaml),
    ("hotel_printout", L_hotel),
    ("call_110_transcript", L_call110),
    ("consular_notification", L_consular),
    ("interpreter_notes", L_interp),
    ("witness_first_person", L_witness),
    ("sms_screenshots", L_sms),
    ("bank_transfer_receipt", L_bank),
    ("accident_form", L_accident),
    ("bare_names_narrative", L_bare),
    ("people_list", L_list),
    ("csv_export", L_csv),
    ("ascii_table", L_table),
    ("police_incident_log", L_log),
    ("passport_ocr_mrz", L_passport_ocr),
    ("visa_permit_review", L_visa_review),
    ("rental_registration", L_rental),
    ("carrier_reply_letter", L_carrier),
    ("entry_exit_query", L_entry_exit),
    ("case_transfer_memo", L_memo),
    ("social_media_post", L_social),
    ("kv_audit_log", L_kvlog),
    ("handwritten_note", L_handwritten),
]
EXTRA = {"ru-mixed": [("russian_passage", L_ru_passage)], "ar-mixed": [("arabic_passage", L_ar_passage)]}
REPEAT = {
    "zh": ["call_110_transcript", "ocr_form"],
    "en": ["email_thread", "chat_export"],
    "ru-mixed": ["russian_passage"],
    "ar-mixed": ["arabic_passage"],
}


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
NORM_MAP = {}
for _i, _c in enumerate(AR_D):
    NORM_MAP[_c] = str(_i)
for _i, _c in enumerate("〇一二三四五六七八九"):
    NORM_MAP[_c] = str(_i)
NORM_MAP.update({"零": "0", "洞": "0", "幺": "1", "两": "2"})


def alnum(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(NORM_MAP.get(c, c) for c in s)
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


MRZ1_RE = re.compile(r"^P[A-Z<][A-Z<]{3}[A-Z<]{39}$")


def mrz2_ok(l2):
    if len(l2) != 44 or not re.fullmatch(r"[A-Z0-9<]{44}", l2):
        return False

    def ok(field, c):
        return mrz_cd(field) == (c if c != "<" else "0") or (c == "<" and set(field) == {"<"})

    return (
        ok(l2[0:9], l2[9])
        and ok(l2[13:19], l2[19])
        and ok(l2[21:27], l2[27])
        and ok(l2[28:42], l2[42])
        and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    )


def validate(doc):
    text = doc["text"]
    spans = doc["spans"]
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        assert text[sp["start"] : sp["end"]] == sp["value"], (doc["id"], sp)
        assert sp["start"] >= prev_end, ("overlap", doc["id"], sp)
        prev_end = sp["end"]
        t, v = sp["type"], sp["value"]
        x = alnum(v)
        if t == BC:
            assert x.isdigit() and 13 <= len(x) <= 19 and luhn_ok(x), (doc["id"], v)
        elif t == IB:
            assert IBAN_LEN[x[:2]] == len(x) and iban_val(x) % 97 == 1, (doc["id"], v)
        elif t == ID:
            assert len(x) == 18 and gb11643(x[:17]) == x[17], (doc["id"], v)
        elif t == PR:
            if len(x) == 18:
                assert x[0] == "9" and gb11643(x[:17]) == x[17], (doc["id"], v)
            else:
                assert re.fullmatch(r"[A-Z]{3}\d{12}", x), (doc["id"], v)
        elif t == MRZ:
            assert len(v) == 44, (doc["id"], v)
        elif t == P:
            if re.search(r"[A-Za-z]", v):
                assert re.search(r"(one|two|three|four|five|six|seven|eight|nine|zero|oh)", v), v
            else:
                assert 7 <= len(x) <= 15, (doc["id"], v)
    mrzs = [s for s in sorted(spans, key=lambda s: s["start"]) if s["type"] == MRZ]
    assert len(mrzs) % 2 == 0, doc["id"]
    for i in range(0, len(mrzs), 2):
        assert MRZ1_RE.match(mrzs[i]["value"]), (doc["id"], mrzs[i]["value"])
        assert mrz2_ok(mrzs[i + 1]["value"]), (doc["id"], mrzs[i + 1]["value"])


def uncovered_occurrences(doc):
    """span values that also occur in the text outside every span"""
    text, spans = doc["text"], doc["spans"]
    bad = []
    for v in sorted(set(s["value"] for s in spans)):
        han = all("\u4e00" <= c <= "\u9fff" or c == "·" for c in v)
        if len(v) < (2 if han else 4):
            continue
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            j = i + len(v)
            if not any(s["start"] <= i and j <= s["end"] for s in spans):
                bad.append((v, i))
            start = i + 1
    return bad


def build(lang, layout_name, fn, idx):
    CUR["lang"] = lang
    for attempt in range(40):
        d = fn(lang)
        doc = {
            "id": f"J9-{lang}-{idx:03d}",
            "lang": lang,
            "family": "J9",
            "layout": layout_name,
            "text": d.text(),
            "spans": sorted(d.spans, key=lambda s: s["start"]),
        }
        if not uncovered_occurrences(doc):
            return doc
    raise RuntimeError(f"could not build clean doc {lang} {layout_name}: {uncovered_occurrences(doc)[:5]}")


def main():
    docs = []
    for lang in ["zh", "en", "ru-mixed", "ar-mixed"]:
        table = dict(LAYOUTS)
        table.update(dict(EXTRA.get(lang, [])))
        plan = [n for n, _ in LAYOUTS] + [n for n, _ in EXTRA.get(lang, [])] + REPEAT[lang]
        assert len(plan) == 30, (lang, len(plan))
        R.shuffle(plan)
        for i, name in enumerate(plan, 1):
            docs.append(build(lang, name, table[name], i))
    for doc in docs:
        validate(doc)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(
                json.dumps(
                    {
                        "id": doc["id"],
                        "lang": doc["lang"],
                        "family": doc["family"],
                        "layout": doc["layout"],
                        "text": doc["text"],
                        "spans": doc["spans"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    tc = Counter(s["type"] for d in docs for s in d["spans"])
    lc = Counter(d["lang"] for d in docs)
    ls = Counter()
    for d in docs:
        ls[d["lang"]] += len(d["spans"])
    lay = Counter(d["layout"] for d in docs)
    print(f"wrote {len(docs)} documents -> {OUT}")
    print("spans per type:")
    for t in TYPES:
        print(f"  {t:22s} {tc[t]}")
    print(f"  {'TOTAL':22s} {sum(tc.values())}")
    print("documents / spans per lang:")
    for l in ["zh", "en", "ru-mixed", "ar-mixed"]:
        print(f"  {l:10s} docs={lc[l]} spans={ls[l]}")
    print(f"layouts ({len(lay)}):")
    for k in sorted(lay):
        print(f"  {k:26s} {lay[k]}")


if __name__ == "__main__":
    main()
