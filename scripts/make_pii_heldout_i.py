# ruff: noqa: E501
"""Held-out PII evaluation set, family I8 (synthetic, 120 documents).

Synthetic data only: 120 invented police case-file documents about foreign
nationals in China, 30 each in "zh", "en", "ru-mixed" (Russian mixed with
Chinese) and "ar-mixed" (Arabic mixed with Chinese). About half hold tables
(pipe/comma/tab/semicolon exports, Markdown, fixed-width, key=value records,
vertical field tables); the rest are prose records (interview transcripts,
incident reports, translated statements, chat logs, e-mails, forms).

Written by someone who did not read the recognizers, the other families' data
or their templates. Every person and value is invented; identifiers are shaped
to pass their checksums/validators (GB 11643, ICAO 9303, Luhn, ISO 13616,
phonenumbers). Deterministic: random.Random(SEED).
"""

import itertools
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import luhn

SEED = 4421
FAMILY = "I8"
R = random.Random(SEED)
OUT = Path(__file__).resolve().parents[1] / "eval" / "data" / "pii_heldout_i.jsonl"
LANGS = ["zh", "en", "ru-mixed", "ar-mixed"]
LI = {"zh": 0, "en": 1, "ru-mixed": 2, "ar-mixed": 3}
TYPES = ["person_name", "date_of_birth", "passport", "residence_permit", "visa", "permanent_residence", "id_card", "mrz", "phone", "im_handle", "email", "bank_card", "iban", "address", "plate"]
PHONE_REGION = {}
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def rd(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rl(n, al=UP):
    return "".join(R.choice(al) for _ in range(n))


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- countries / names
C = {  # cc: alpha3 (MRZ), numeric, name group, zh, en, ru, ar
    "RU": ("RUS", "643", "ru", "俄罗斯", "Russia", "Россия", "روسيا"),
    "KZ": ("KAZ", "398", "kz", "哈萨克斯坦", "Kazakhstan", "Казахстан", "كازاخستان"),
    "UZ": ("UZB", "860", "uz", "乌兹别克斯坦", "Uzbekistan", "Узбекистан", "أوزبكستان"),
    "EG": ("EGY", "818", "ar", "埃及", "Egypt", "Египет", "مصر"),
    "SA": ("SAU", "682", "ar", "沙特阿拉伯", "Saudi Arabia", "Саудовская Аравия", "السعودية"),
    "AE": ("ARE", "784", "ar", "阿联酋", "UAE", "ОАЭ", "الإمارات"),
    "US": ("USA", "840", "us", "美国", "United States", "США", "الولايات المتحدة"),
    "GB": ("GBR", "826", "gb", "英国", "United Kingdom", "Великобритания", "المملكة المتحدة"),
    "DE": ("D<<", "276", "de", "德国", "Germany", "Германия", "ألمانيا"),
    "FR": ("FRA", "250", "fr", "法国", "France", "Франция", "فرنسا"),
    "VN": ("VNM", "704", "vn", "越南", "Viet Nam", "Вьетнам", "فيتنام"),
    "NG": ("NGA", "566", "ng", "尼日利亚", "Nigeria", "Нигерия", "نيجيريا"),
    "PK": ("PAK", "586", "pk", "巴基斯坦", "Pakistan", "Пакистан", "باكستان"),
    "TR": ("TUR", "792", "tr", "土耳其", "Türkiye", "Турция", "تركيا"),
    "PL": ("POL", "616", "pl", "波兰", "Poland", "Польша", "بولندا"),
    "CN": ("CHN", "156", "cn", "中国", "China", "КНР", "الصين"),
}
POOL = {"zh": "RU KZ UZ EG SA AE US GB DE FR VN NG PK TR PL".split(), "en": "US GB DE FR VN NG PK TR PL RU EG".split(),
        "ru-mixed": "RU RU RU KZ KZ UZ UZ TR DE".split(), "ar-mixed": "EG EG SA SA AE AE PK NG".split()}
NM = {
    "ru": ([("Ivan", "Иван", "伊万"), ("Sergei", "Сергей", "谢尔盖"), ("Dmitry", "Дмитрий", "德米特里"), ("Alexei", "Алексей", "阿列克谢"), ("Nikolai", "Николай", "尼古拉"), ("Pavel", "Павел", "帕维尔")],
           [("Anna", "Анна", "安娜"), ("Olga", "Ольга", "奥尔加"), ("Natalia", "Наталья", "娜塔莉亚"), ("Yulia", "Юлия", "尤利娅"), ("Ekaterina", "Екатерина", "叶卡捷琳娜")],
           [("Petrov", "Петров", "彼得罗夫"), ("Smirnov", "Смирнов", "斯米尔诺夫"), ("Volkov", "Волков", "沃尔科夫"), ("Kuznetsov", "Кузнецов", "库兹涅佐夫"), ("Sokolov", "Соколов", "索科洛夫"), ("Lebedev", "Лебедев", "列别杰夫"), ("Morozov", "Морозов", "莫罗佐夫"), ("Golubev", "Голубев", "戈卢别夫")]),
    "kz": ([("Nurlan", "Нурлан", "努尔兰"), ("Yerlan", "Ерлан", "叶尔兰"), ("Askar", "Аскар", "阿斯卡尔"), ("Timur", "Тимур", "帖木儿")],
           [("Aigerim", "Айгерим", "艾格丽姆"), ("Dana", "Дана", "达娜"), ("Saule", "Сауле", "绍列")],
           [("Abenov", "Абенов", "阿别诺夫"), ("Seitkaliev", "Сейткалиев", "赛特卡利耶夫"), ("Zhaksybekov", "Жаксыбеков", "扎克瑟别科夫"), ("Omarov", "Омаров", "奥马罗夫")]),
    "uz": ([("Rustam", "Рустам", "鲁斯塔姆"), ("Bekzod", "Бекзод", "别克佐德"), ("Jasur", "Жасур", "贾苏尔"), ("Sardor", "Сардор", "萨尔多尔")],
           [("Dilnoza", "Дилноза", "迪尔诺扎"), ("Malika", "Малика", "马利卡"), ("Nilufar", "Нилуфар", "妮卢法尔")],
           [("Karimov", "Каримов", "卡里莫夫"), ("Yusupov", "Юсупов", "尤苏波夫"), ("Rakhimov", "Рахимов", "拉希莫夫"), ("Tursunov", "Турсунов", "图尔苏诺夫")]),
    "ar": ([("Mohamed", "محمد", "穆罕默德"), ("Ahmed", "أحمد", "艾哈迈德"), ("Omar", "عمر", "奥马尔"), ("Khaled", "خالد", "哈立德"), ("Youssef", "يوسف", "优素福"), ("Tarek", "طارق", "塔里克"), ("Hamad", "حمد", "哈马德")],
           [("Fatima", "فاطمة", "法蒂玛"), ("Mariam", "مريم", "玛丽亚姆"), ("Layla", "ليلى", "莱拉"), ("Noura", "نورة", "努拉"), ("Huda", "هدى", "胡达")],
           [("Hassan", "حسن", "哈桑"), ("Abdelrahman", "عبد الرحمن", "阿卜杜勒拉赫曼"), ("Al-Harbi", "الحربي", "哈尔比"), ("Mansour", "منصور", "曼苏尔"), ("Al-Mazrouei", "المزروعي", "马兹鲁伊"), ("Saleh", "صالح", "萨利赫"), ("El-Sayed", "السيد", "赛义德"), ("Al-Qahtani", "القحطاني", "卡赫塔尼")]),
    "us": (["Michael", "David", "James", "Kevin"], ["Jennifer", "Sarah", "Emily", "Megan"], ["Johnson", "Miller", "Walker", "Davis", "O'Connor"]),
    "gb": (["Oliver", "Thomas", "Harry"], ["Charlotte", "Amelia", "Sophie"], ["Thompson", "Clarke", "Hughes", "Whitfield"]),
    "de": (["Jürgen", "Björn", "Jörg", "Matthias"], ["Lena", "Käthe", "Jana"], ["Müller", "Schröder", "Weiß", "Krämer", "Groß"]),
    "fr": (["François", "Jérôme", "Loïc"], ["Hélène", "Zoé", "Chloé", "Maëlle"], ["Lefèvre", "Girard", "Benoît", "Mercier", "Dupré"]),
    "vn": (["Văn Hùng", "Minh Đức", "Quốc Bảo"], ["Thị Lan", "Thu Hằng", "Ngọc Ánh"], ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng"]),
    "ng": (["Chinedu", "Oluwaseun", "Emeka", "Tunde"], ["Ngozi", "Adaeze", "Funmilayo"], ["Okafor", "Adeyemi", "Eze", "Obi", "Nwachukwu"]),
    "pk": (["Imran", "Bilal", "Usman"], ["Ayesha", "Sana", "Hina"], ["Khan", "Qureshi", "Malik", "Chaudhry"]),
    "tr": (["Mehmet", "Gökhan", "Emre", "Barış"], ["Ayşe", "Elif", "Gül", "Şule"], ["Yılmaz", "Çelik", "Öztürk", "Şahin", "Doğan"]),
    "pl": (["Łukasz", "Paweł", "Michał"], ["Zofia", "Małgorzata", "Agnieszka"], ["Wójcik", "Kowalczyk", "Nowak", "Woźniak"]),
}
PATR = (["Сергеевич", "Андреевич", "Викторович", "Олегович", "Игоревич"], ["Сергеевна", "Андреевна", "Викторовна", "Олеговна", "Игоревна"])
HAN_S = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("胡", "Hu"), ("郭", "Guo"), ("欧阳", "Ouyang"), ("司马", "Sima"), ("何", "He"), ("罗", "Luo"), ("韩", "Han")]
HAN_G = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("磊", "Lei"), ("强", "Qiang"), ("洋", "Yang"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀", "Xiu"), ("建", "Jian"), ("华", "Hua"), ("海", "Hai"), ("燕", "Yan"), ("志", "Zhi"), ("晓", "Xiao"), ("东", "Dong"), ("丽", "Li"), ("军", "Jun"), ("桂", "Gui"), ("英", "Ying"), ("鹏", "Peng"), ("婷", "Ting"), ("宇", "Yu")]


def fold(s):
    s = s.replace("ß", "SS").replace("Ł", "L").replace("ł", "l").replace("Đ", "D").replace("đ", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mrz_clean(s):
    return re.sub(r"[^A-Z]", "<", fold(s).upper().replace("'", ""))


# ---------------------------------------------------------------- checksums
def gb_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(body17, w, strict=True)) % 11]


def mcd(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        t += v * (7, 3, 1)[i % 3]
    return str(t % 10)


AREAS = ["110105", "110108", "310104", "310115", "440106", "440305", "330106", "510107", "650102", "530102", "210202", "370202", "460106", "150102", "230103", "152103", "231081", "654004", "450681", "330782"]
PROV = ["11", "31", "44", "32", "33", "51", "65", "53", "23", "15", "46"]


def make_idc(dob, fem):
    body = ch(AREAS) + dob.strftime("%Y%m%d") + rd(2) + str(ch([0, 2, 4, 6, 8]) if fem else ch([1, 3, 5, 7, 9]))
    return body + gb_check(body)


def make_prc(p):
    if R.random() < 0.6:
        body = "9" + ch(PROV) + C[p["cc"]][1] + p["dob"].strftime("%Y%m%d") + rd(3)
        return body + gb_check(body)
    return C[p["cc"]][0].replace("D<<", "DEU") + ch(PROV) + p["dob"].strftime("%y%m%d") + rd(4)


def make_card(grp):
    k = ch(["up", "up", "mir", "visa"]) if grp == "ru" else ("up" if grp == "cn" else ch(["up", "visa", "mc"]))
    pre = {"up": ch(["622202", "621700", "622848", "623668", "625807", "621226", "622588"]), "visa": "4" + rd(5),
           "mc": "5" + ch("12345") + rd(4), "mir": ch(["2200", "2202", "2204"]) + rd(2)}[k]
    n = 19 if k == "up" and R.random() < 0.5 else 16
    body = pre + rd(n - 1 - len(pre))
    v = body + luhn.calc_check_digit(body)
    return " ".join(v[i:i + 4] for i in range(0, n, 4)) if R.random() < 0.45 else v


IB = {"DE": lambda: rd(18), "GB": lambda: rl(4, string.ascii_uppercase) + rd(14), "AE": lambda: rd(19), "SA": lambda: rd(20),
      "TR": lambda: rd(5) + "0" + rd(16), "KZ": lambda: rd(16), "EG": lambda: rd(25), "FR": lambda: rd(23),
      "PK": lambda: rl(4, string.ascii_uppercase) + rd(16), "PL": lambda: rd(24)}
IBC = {"ru": ["KZ", "TR", "AE", "DE"], "kz": ["KZ"], "uz": ["KZ", "TR"], "ar": ["EG", "SA", "AE"], "us": ["GB", "DE"], "gb": ["GB"],
       "de": ["DE"], "fr": ["FR", "DE"], "vn": ["DE", "GB"], "ng": ["GB"], "pk": ["PK", "AE"], "tr": ["TR"], "pl": ["PL"], "cn": ["DE", "GB", "AE"]}


def make_iban(grp):
    c = ch(IBC[grp])
    for _ in range(2000):
        b = IB[c]()
        n = int("".join(str(int(x, 36)) for x in b + c + "00"))
        v = f"{c}{98 - n % 97:02d}{b}"
        if std_iban.is_valid(v):
            break
    else:
        raise RuntimeError("iban")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if R.random() < 0.4 else v


_EX = {}


def raw_phone(region, kind=PNT.MOBILE):
    ex = _EX.setdefault((region, kind), phonenumbers.example_number_for_type(region, kind))
    s = str(ex.national_number)
    while True:
        cand = s[:2] + rd(len(s) - 2)
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (kind, PNT.FIXED_LINE_OR_MOBILE):
            return n


def make_phone(region, kind=PNT.MOBILE):
    n = raw_phone(region, kind)
    r = R.random()
    if r < 0.35:
        v = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    elif r < 0.55:
        v = phonenumbers.format_number(n, PNF.E164)
    elif r < 0.85:
        v = phonenumbers.format_number(n, PNF.NATIONAL)
    else:
        v = re.sub(r"\D", "", phonenumbers.format_number(n, PNF.NATIONAL))
    PHONE_REGION[v] = region
    return v


# ---------------------------------------------------------------- addresses / plates / handles
D10 = "〇一二三四五六七八九"


def cnum(n):
    if n < 10:
        return D10[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else D10[t]) + "十" + (D10[u] if u else "")
    return "".join(D10[int(x)] for x in str(n))


def num(n):
    return cnum(n) if R.random() < 0.35 else str(n)


CITIES = [("北京市", "朝阳区", ["三里屯路", "工体北路", "建国路", "望京街", "东三环北路"]), ("上海市", "浦东新区", ["世纪大道", "张杨路", "陆家嘴环路"]),
          ("广州市", "越秀区", ["环市东路", "解放北路", "小北路"]), ("深圳市", "南山区", ["科技南路", "南海大道"]), ("乌鲁木齐市", "天山区", ["解放南路", "新华北路"]),
          ("满洲里市", "", ["一道街", "中苏路", "五道街"]), ("绥芬河市", "", ["通天路", "长征路"]), ("义乌市", "稠城街道", ["工人北路", "宾王路"]),
          ("三亚市", "吉阳区", ["迎宾路", "榆亚路"]), ("昆明市", "官渡区", ["春城路", "关上大街"]), ("霍尔果斯市", "", ["友谊西路", "亚欧北路"]), ("东兴市", "", ["北仑大道", "东郊路"])]
COMPOUNDS = ["华清嘉园", "万科城市花园", "碧桂园", "国际商贸城宿舍", "金地格林小镇", "阳光丽景", "远洋新干线"]
HOTELS = ["白云宾馆", "锦江之星", "如家快捷酒店", "汉庭酒店", "希尔顿酒店", "香格里拉大酒店", "友谊宾馆", "国际饭店", "全季酒店"]


def cn_addr():
    city, dist, roads = ch(CITIES)
    road, n, b, u = ch(roads), R.randint(1, 399), R.randint(1, 28), R.randint(1, 6)
    room = f"{R.randint(1, 32)}{R.randint(1, 12):02d}"
    room_s = "".join(D10[int(x)] for x in room) if R.random() < 0.3 else room
    r = R.random()
    if r < 0.3:
        return f"{city}{dist}{road}{num(n)}号{ch(COMPOUNDS)}{num(b)}号楼{num(u)}单元{room_s}室"
    if r < 0.55:
        return f"{city}{dist}{road}{num(n)}号{ch(HOTELS)}{room}{ch(['房', '房间', '室'])}"
    if r < 0.7:
        return f"{ch(HOTELS)}（{city}{road}店）{room}房"
    if r < 0.85:
        return f"{city}{dist}{ch(COMPOUNDS)}{num(b)}栋{num(u)}单元{room_s}"
    return f"{city}{dist}{road}{ch('甲乙')}{cnum(R.randint(1, 99))}号院{num(b)}号楼{room}"


def home_addr(cc):
    n, k = R.randint(1, 180), R.randint(1, 160)
    f = {
        "RU": lambda: ch([f"г. {ch(['Москва', 'Новосибирск', 'Иркутск', 'Владивосток', 'Хабаровск'])}, ул. {ch(['Ленина', 'Тверская', 'Пушкина', 'Советская'])}, д. {n}, кв. {k}",
                          f"ul. {ch(['Lenina', 'Tverskaya', 'Pushkina'])} {n}-{k}, {ch(['Moscow', 'Irkutsk', 'Vladivostok'])} {R.randint(100000, 699999)}"]),
        "KZ": lambda: f"г. {ch(['Алматы', 'Астана', 'Шымкент'])}, пр. {ch(['Абая', 'Райымбека', 'Сейфуллина'])}, д. {n}, кв. {k}",
        "UZ": lambda: f"г. Ташкент, {ch(['Юнусабадский', 'Чиланзарский', 'Мирабадский'])} р-н, ул. {ch(['Навои', 'Амира Темура', 'Бабура'])}, д. {n}",
        "EG": lambda: ch([f"{n} شارع {ch(['التحرير', 'الهرم', 'جامعة الدول العربية'])}، {ch(['الدقي', 'المهندسين', 'مدينة نصر'])}، {ch(['الجيزة', 'القاهرة'])}",
                          f"{n} {ch(['El Tahrir St', 'Al Haram St', 'Abbas El Akkad St'])}, {ch(['Dokki', 'Nasr City', 'Mohandessin'])}, {ch(['Giza', 'Cairo'])}"]),
        "SA": lambda: ch([f"حي {ch(['العليا', 'الملز', 'النسيم'])}، شارع {ch(['الملك فهد', 'التحلية', 'الأمير سلطان'])}، مبنى {n}، {ch(['الرياض', 'جدة', 'الدمام'])} {R.randint(11000, 34999)}",
                          f"Bldg {n}, {ch(['King Fahd Rd', 'Tahlia St'])}, {ch(['Al Olaya', 'Al Malaz'])}, {ch(['Riyadh', 'Jeddah'])} {R.randint(11000, 34999)}"]),
        "AE": lambda: ch([f"Villa {n}, Street {R.randint(1, 40)}, {ch(['Al Barsha 2', 'Jumeirah 1', 'Mirdif'])}, Dubai",
                          f"شقة {k}، {ch(['برج الخليج', 'برج النخيل', 'برج المارينا'])}، {ch(['دبي مارينا', 'الخالدية', 'النهدة'])}، {ch(['دبي', 'أبوظبي', 'الشارقة'])}"]),
        "US": lambda: f"{R.randint(100, 9899)} {ch(['Maple Avenue', 'Oak Street', 'Sunset Blvd', 'Lincoln Road'])}, Apt {R.randint(1, 30)}{ch('ABCD')}, {ch(['Springfield, IL 62704', 'Austin, TX 78701', 'Portland, OR 97205', 'Fremont, CA 94538'])}",
        "GB": lambda: f"Flat {R.randint(1, 40)}, {n} {ch(['Kingsley Road', 'Baker Street', 'Victoria Park Road'])}, {ch(['Manchester M14 5PJ', 'London NW1 6XE', 'Leeds LS6 2QB'])}",
        "DE": lambda: f"{ch(['Hauptstraße', 'Schönhauser Allee', 'Königsallee', 'Bahnhofstraße'])} {n}, {ch(['10827 Berlin', '80331 München', '40212 Düsseldorf', '20095 Hamburg'])}",
        "FR": lambda: f"{n} {ch(['rue de la Paix', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue Sainte-Catherine'])}, {ch(['75002 Paris', '69007 Lyon', '33000 Bordeaux'])}",
        "VN": lambda: f"Số {n} {ch(['phố Hàng Bông', 'đường Lê Lợi', 'đường Trần Hưng Đạo'])}, {ch(['quận Hoàn Kiếm, Hà Nội', 'quận 1, TP. Hồ Chí Minh', 'quận Hải Châu, Đà Nẵng'])}",
        "NG": lambda: f"Plot {n}, {ch(['Adeola Odeku Street', 'Allen Avenue', 'Ahmadu Bello Way'])}, {ch(['Victoria Island, Lagos', 'Ikeja, Lagos', 'Garki, Abuja'])}",
        "PK": lambda: f"House {n}, Street {R.randint(1, 60)}, {ch(['F-7/2, Islamabad', 'G-9/4, Islamabad', 'DHA Phase 5, Lahore', 'Gulshan-e-Iqbal, Karachi'])}",
        "TR": lambda: f"{ch(['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.'])} No: {n} D: {R.randint(1, 30)}, {ch(['Kadıköy, İstanbul', 'Beyoğlu, İstanbul', 'Çankaya, Ankara'])}",
        "PL": lambda: f"ul. {ch(['Marszałkowska', 'Piotrkowska', 'Długa'])} {n}/{R.randint(1, 90)}, {ch(['00-514 Warszawa', '90-001 Łódź', '80-831 Gdańsk'])}",
        "CN": cn_addr,
    }
    return f[cc]()


CYR = "АВЕКМНОРСТУХ"


def plate(cc):
    foreign = {
        "RU": lambda: ch([f"{ch(CYR)}{rd(3)}{ch(CYR)}{ch(CYR)}{ch(['77', '777', '38', '25', '125', '75'])}", f"{ch(CYR)} {rd(3)} {ch(CYR)}{ch(CYR)} {ch(['77', '38', '25', '75'])}"]),
        "KZ": lambda: f"{rd(3)}{rl(3)}{ch(['02', '01', '05', '17'])}", "UZ": lambda: f"{ch(['01', '10', '30'])} {rl(1)} {rd(3)} {rl(2)}",
        "AE": lambda: f"Dubai {rl(1)} {R.randint(10000, 99999)}", "EG": lambda: f"{' '.join(R.sample('أبجدرسصطعفقلمنهوى', 3))} {R.randint(1000, 9999)}",
        "SA": lambda: f"{R.randint(1000, 9999)} {' '.join(R.sample('ABDEGHJKLNRSTUVXZ', 3))}", "US": lambda: f"{R.randint(1, 9)}{rl(3)}{rd(3)}",
        "GB": lambda: f"{rl(2)}{rd(2)} {rl(3)}", "DE": lambda: f"{ch(['B', 'M', 'HH', 'F', 'K'])}-{rl(2)} {R.randint(1, 9999)}", "FR": lambda: f"{rl(2)}-{rd(3)}-{rl(2)}",
    }
    if cc in foreign and R.random() < 0.35:
        return foreign[cc]()
    if R.random() < 0.2:
        tail = ch("DF") + rd(5)
    else:
        tail = list(rd(5))
        for i in R.sample(range(5), R.choice([0, 1, 2])):
            tail[i] = ch(UP)
        tail = "".join(tail)
    return f"{ch('京沪粤浙新黑蒙滇桂琼苏闽')}{ch('ABCDEFGHJK')}{ch(['', '·', '·', ' '])}{tail}"


IMK = {"ru": ["tg", "tg", "wechat", "wa", "vk"], "kz": ["tg", "wa", "wechat"], "uz": ["tg", "wa", "wechat"], "ar": ["wa", "wa", "tg", "wechat", "skype"],
       "vn": ["wechat", "line", "wa"], "cn": ["wechat", "wechat", "qq"]}
IML = {"wechat": ("微信号", "WeChat ID", "WeChat", "ويتشات"), "qq": ("QQ号", "QQ", "QQ", "QQ"), "tg": ("Telegram账号", "Telegram", "Телеграм", "تيليجرام"),
       "wa": ("WhatsApp", "WhatsApp", "WhatsApp", "واتساب"), "line": ("Line账号", "LINE", "Line", "لاين"), "vk": ("VK主页", "VK", "ВК", "VK"), "skype": ("Skype", "Skype", "Skype", "سكايب")}


def make_im(p):
    k = ch(IMK.get(p["grp"], ["wa", "wechat", "tg", "line", "skype"]))
    g, s = re.sub(r"[^a-z]", "", fold(p["giv_l"]).lower())[:6], re.sub(r"[^a-z]", "", fold(p["sur_l"]).lower())[:7]
    base = ch([g + "_" + s, s + g[:1], g + s, s + "_" + g])
    if k == "wechat":
        v = "wxid_" + rl(14, string.ascii_lowercase + string.digits) if R.random() < 0.4 else base + ch(["", "-", "_"]) + rd(R.randint(2, 4))
    elif k == "qq":
        v = str(R.randint(100000, 3999999999))
    elif k == "tg":
        v = "@" + base + ch(["", rd(2), "_" + rd(3)])
    elif k == "wa":
        v = "wa.me/" + phonenumbers.format_number(raw_phone(ch(["AE", "EG", "SA", "PK", "NG", "GB", "RU", "KZ"])), PNF.E164)[1:]
    elif k == "line":
        v = base.replace("_", ".") + "." + rd(2)
    elif k == "vk":
        v = "vk.com/id" + str(R.randint(100000000, 799999999))
    else:
        v = "live:.cid." + rl(16, "0123456789abcdef")
    return k, v


DOMAINS = {"ru": ["mail.ru", "yandex.ru", "inbox.ru", "gmail.com"], "kz": ["mail.kz", "mail.ru", "gmail.com"], "uz": ["mail.ru", "umail.uz", "gmail.com"],
           "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"], "cn": ["qq.com", "163.com", "126.com", "sina.com"], "de": ["gmx.de", "web.de", "t-online.de"],
           "fr": ["orange.fr", "free.fr", "gmail.com"], "tr": ["gmail.com", "hotmail.com.tr"], "pl": ["wp.pl", "onet.pl"]}


def make_mail(p):
    g, s = re.sub(r"[^a-z]", "", fold(p["giv_l"]).lower()), re.sub(r"[^a-z]", "", fold(p["sur_l"]).lower())
    if p["grp"] == "cn" and R.random() < 0.4:
        return f"{R.randint(100000, 3999999999)}@qq.com"
    local = ch([f"{g}.{s}", f"{g}{s[:1]}{p['dob'].year % 100:02d}", f"{s}_{rd(3)}", f"{g[:1]}{s}{rd(2)}"])
    return f"{local}@{ch(DOMAINS.get(p['grp'], ['gmail.com', 'outlook.com', 'yahoo.com', 'protonmail.com']))}"


# ---------------------------------------------------------------- persons
def T(x):
    return x if isinstance(x, tuple) else (x, x, None)


def person(cc):
    a3, _, grp = C[cc][:3]
    fem = R.random() < 0.4
    p = {"cc": cc, "grp": grp, "a3": a3, "fem": fem, "dob": date(1961, 1, 1) + timedelta(days=R.randint(0, 15500))}
    if cc == "CN":
        s, gs = ch(HAN_S), [ch(HAN_G) for _ in range(R.choice([1, 2, 2]))]
        py = gs[0][1] + "".join(x[1].lower() for x in gs[1:])
        p.update(giv_l=py, sur_l=s[1], names={"han": s[0] + "".join(x[0] for x in gs), "py": f"{s[1]} {py}", "pyu": f"{s[1].upper()} {py}"})
        p["pp"] = ch(["E" + rd(8), "E" + ch(UP) + rd(7), "G" + rd(8)])
        p["idc"] = make_idc(p["dob"], fem)
        p["tel"], p["tel2"] = make_phone("CN"), make_phone("CN", PNT.FIXED_LINE)
    else:
        m, f, S = NM[grp]
        gl, gn, gz = T(ch(f if fem else m))
        sl, sn, sz = T(ch(S))
        if fem and grp in ("ru", "kz", "uz") and sl.endswith(("ov", "ev", "in")):
            sl, sn, sz = sl + "a", sn + "а", (sz[:-1] + "娃" if sz.endswith("夫") else sz)
        latin = f"{sl} {gl}" if grp == "vn" else f"{gl} {sl}"
        nm = {"latin": latin, "up": f"{sl.upper()} {gl}", "lower": latin.lower()}
        if grp == "ru":
            nm["native"], nm["short"] = f"{sn} {gn} {ch(PATR[fem])}", f"{gn} {sn}"
        elif grp in ("kz", "uz"):
            nm["native"], nm["short"] = f"{sn} {gn}", f"{gn} {sn}"
        elif grp == "ar":
            nm["native"] = f"{gn} {sn}"
        if gz:
            nm["zh"] = f"{gz}·{sz}"
        p.update(giv_l=gl, sur_l=sl, names=nm)
        pp = {"RU": lambda: ch(["70", "72", "75", "76"]) + rd(7), "KZ": lambda: "N" + rd(8), "UZ": lambda: ch(["FA", "AD", "AB"]) + rd(7), "EG": lambda: "A" + rd(8),
              "SA": lambda: ch("ABKNR") + rd(7), "AE": lambda: "P" + rd(7), "US": lambda: ch("56") + rd(8), "GB": lambda: ch("12") + rd(8),
              "DE": lambda: ch("CFHJK") + rl(8, "CFGHJKLMNPRTVWXYZ0123456789"), "FR": lambda: rd(2) + rl(2) + rd(5), "VN": lambda: "C" + rd(7),
              "NG": lambda: "A" + rd(8), "PK": lambda: rl(2) + rd(7), "TR": lambda: "U" + rd(8), "PL": lambda: rl(2) + rd(7)}[cc]()
        p["ppm"] = pp
        p["pp"] = pp[:2] + " " + pp[2:] if cc == "RU" and R.random() < 0.5 else pp
        p["rp"] = "Y" + rd(8) if R.random() < 0.6 else ch("YX") + ch("ABCDEFGH") + rd(7)
        p["visa"] = ch(["V" + rd(8), "0" + rd(7), ch("ZML") + rd(8)])
        p["prc"] = make_prc(p)
        p["host_idc"] = make_idc(date(1955, 1, 1) + timedelta(days=R.randint(0, 14000)), R.random() < 0.5)
        p["exp"] = date(2025, 6, 1) + timedelta(days=R.randint(0, 3000))
        p["tel"], p["tel2"] = (make_phone(cc), make_phone("CN")) if R.random() < 0.5 else (make_phone("CN"), make_phone(cc))
        p["home"] = home_addr(cc)
    p["im"] = make_im(p)
    p["mail"] = make_mail(p)
    p["card"] = make_card(grp)
    p["iban"] = make_iban(grp)
    p["addr"] = cn_addr()
    p["plate"] = plate(cc)
    return p


def mrz_name(p, n):
    return (mrz_clean(p["sur_l"]) + "<<" + mrz_clean(p["giv_l"])).ljust(n, "<")[:n]


def td3(p):
    num9 = p["ppm"].ljust(9, "<")[:9]
    dob, exp, sex = p["dob"].strftime("%y%m%d"), p["exp"].strftime("%y%m%d"), "F" if p["fem"] else "M"
    l2 = num9 + mcd(num9) + p["a3"] + dob + mcd(dob) + sex + exp + mcd(exp) + "<" * 14 + "0"
    l2 += mcd(l2[0:10] + l2[13:20] + l2[21:43])
    return ["P<" + p["a3"] + mrz_name(p, 39), l2]


def td1(p):
    num9 = p["rp"].replace(" ", "").ljust(9, "<")[:9]
    dob, exp, sex = p["dob"].strftime("%y%m%d"), p["exp"].strftime("%y%m%d"), "F" if p["fem"] else "M"
    l1 = "IR" + "CHN" + num9 + mcd(num9) + "<" * 15
    l2 = dob + mcd(dob) + sex + exp + mcd(exp) + p["a3"] + "<" * 11
    l2 += mcd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, mrz_name(p, 30)]


def mrv(p):
    n = ch([44, 36])
    num9 = p["visa"].ljust(9, "<")[:9]
    dob, exp, sex = p["dob"].strftime("%y%m%d"), (date(2025, 1, 1) + timedelta(days=R.randint(0, 700))).strftime("%y%m%d"), "F" if p["fem"] else "M"
    l2 = num9 + mcd(num9) + p["a3"] + dob + mcd(dob) + sex + exp + mcd(exp) + "<" * (n - 28)
    return ["V<CHN" + mrz_name(p, n - 5), l2]


def mrz_ok(lines):
    if len(lines) == 3 and all(len(x) == 30 for x in lines):
        a, b = lines[0], lines[1]
        return a[14] == mcd(a[5:14]) and b[6] == mcd(b[0:6]) and b[14] == mcd(b[8:14]) and b[29] == mcd(a[5:30] + b[0:7] + b[8:15] + b[18:29])
    if len(lines) == 2 and lines[0][:1] in "PV" and len(lines[0]) == len(lines[1]) and len(lines[0]) in (36, 44):
        b = lines[1]
        ok = b[9] == mcd(b[0:9]) and b[19] == mcd(b[13:19]) and b[27] == mcd(b[21:27])
        if lines[0][0] == "P":
            ok = ok and len(b) == 44 and b[42] == mcd(b[28:42]) and b[43] == mcd(b[0:10] + b[13:20] + b[21:43])
        return ok
    return False


# ---------------------------------------------------------------- rendering
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
AR_M = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def fmt_dob(d, lang):
    iso = d.strftime("%Y-%m-%d")
    return ch({"zh": [f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", iso, d.strftime("%Y.%m.%d"), d.strftime("%Y/%m/%d")],
               "en": [f"{d.day} {EN_M[d.month - 1]} {d.year}", f"{EN_M[d.month - 1]} {d.day}, {d.year}", iso, d.strftime("%d/%m/%Y"), f"{d.day:02d} {EN_M[d.month - 1][:3].upper()} {d.year}"],
               "ru-mixed": [d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y"), f"{d.day} {RU_M[d.month - 1]} {d.year}", iso],
               "ar-mixed": [d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"), f"{d.day} {AR_M[d.month - 1]} {d.year}", d.strftime("%d/%m/%Y")]}[lang])


def fmt_date(d, lang):
    return {"zh": f"{d.year}年{d.month}月{d.day}日", "en": f"{d.day} {EN_M[d.month - 1]} {d.year}", "ru-mixed": d.strftime("%d.%m.%Y"), "ar-mixed": d.strftime("%Y/%m/%d")}[lang]


def pick_name(p, lang):
    nm = p["names"]
    if p["cc"] == "CN":
        return ch([nm["py"], nm["han"], nm["pyu"]]) if lang == "en" else nm["han"]
    opts = {"zh": ["latin", "up", "zh", "zh", "native"], "en": ["latin", "latin", "up", "lower", "native"],
            "ru-mixed": ["native", "short", "native", "latin"], "ar-mixed": ["native", "native", "latin", "up", "zh"]}[lang]
    return nm[ch([o for o in opts if o in nm])]


def render(p, lang):
    i, nm, kind = LI[lang], p["names"], p["im"][0]
    k = {"name": ("person_name", pick_name(p, lang)), "name2": ("person_name", nm.get("zh") or nm.get("han") or nm["latin"]),
         "dob": ("date_of_birth", fmt_dob(p["dob"], lang)), "dobz": ("date_of_birth", fmt_dob(p["dob"], "zh")),
         "pp": ("passport", p["pp"]), "tel": ("phone", p["tel"]), "tel2": ("phone", p["tel2"]), "im": ("im_handle", p["im"][1]),
         "mail": ("email", p["mail"]), "card": ("bank_card", p["card"]), "iban": ("iban", p["iban"]), "addr": ("address", p["addr"]),
         "plate": ("plate", p["plate"]), "imk": IML[kind][i], "imkz": IML[kind][0],
         "sex": (("男", "M", "муж.", "ذكر"), ("女", "F", "жен.", "أنثى"))[p["fem"]][i], "nat": C[p["cc"]][3 + i], "natz": C[p["cc"]][3]}
    if p["cc"] == "CN":
        k["idc"] = ("id_card", p["idc"])
    else:
        k.update(idc=("id_card", p["host_idc"]), rp=("residence_permit", p["rp"]), visa=("visa", p["visa"]), prc=("permanent_residence", p["prc"]),
                 home=("address", p["home"]), mrz=[("mrz", x) for x in td3(p)], vmrz=[("mrz", x) for x in mrv(p)], rmrz=[("mrz", x) for x in td1(p)])
    return k


class Doc:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def put(self, v):
        if isinstance(v, tuple):
            self.spans.append({"type": v[0], "start": self.n, "end": self.n + len(v[1]), "value": v[1]})
            self.t(v[1])
        elif isinstance(v, list):
            for j, x in enumerate(v):
                if j:
                    self.t("\n")
                self.put(x)
        else:
            self.t(str(v))

    def f(self, tmpl, kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tmpl):
            self.t(tmpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])


def expand(tmpl):
    out, dec = [], {}
    for line in tmpl.split("\n"):
        if line.startswith("?"):
            g = line[1]
            if g not in dec:
                dec[g] = R.random() < (0.8 if g == "m" else 0.65)
            if not dec[g]:
                continue
            line = line[2:]
        out.append(line)
    return "\n".join(out)


STATIONS = {"zh": ["北京市公安局朝阳分局三里屯派出所", "上海市公安局浦东分局陆家嘴派出所", "广州市公安局越秀分局登峰派出所", "满洲里市公安局出入境管理大队", "义乌市公安局稠城派出所", "霍尔果斯市公安局口岸派出所", "绥芬河市公安局出入境管理大队"],
            "en": ["Sanlitun Police Station, Chaoyang Branch, Beijing PSB", "Dengfeng Police Station, Guangzhou", "Exit-Entry Division, Yiwu PSB", "Lujiazui Police Station, Shanghai"]}


def common(lang):
    d0 = date(2023, 1, 1) + timedelta(days=R.randint(0, 600))
    ts = sorted(f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}" for _ in range(6))
    zhish = lang != "en"
    y = d0.year
    case = ch([f"{ch(['京', '沪', '穗', '义', '满', '霍'])}公（{ch(['朝', '浦', '越', '稠', '出入境'])}）{ch(['行罚决字', '刑立字', '受案字'])}〔{y}〕{R.randint(1, 99999)}号",
               f"A{ch(AREAS)}{y}{rd(6)}", f"{ch(['BJ', 'SH', 'GZ', 'YW'])}-{y}-{rd(5)}"]) if zhish else f"{ch(['BJ', 'SH', 'GZ', 'YW'])}-{y}-{rd(5)}"
    k = {f"t{j + 1}": t for j, t in enumerate(ts)}
    k.update(date=fmt_date(d0, lang), date2=fmt_date(d0 + timedelta(days=R.randint(1, 20)), lang), entry=fmt_date(d0 - timedelta(days=R.randint(5, 300)), lang),
             expiry=fmt_date(d0 + timedelta(days=R.randint(-40, 200)), lang), flight=ch(["CA", "MU", "CZ", "SU", "EK", "EY", "HU", "KC", "HY", "QR", "MS", "SV"]) + str(R.randint(101, 999)),
             amt=ch([f"{R.randint(3, 950) * 100:,}", str(R.randint(3, 950) * 100), f"{R.randint(1000, 99999)}.{rd(2)}"]),
             art=ch(["七十八", "七十九", "八十", "四十三", "三十九", "六十二"]) if zhish else str(ch([78, 79, 80, 43, 39, 62])), case=case,
             badge="0" + rd(5), badge2="0" + rd(5), station=ch(STATIONS["en" if lang == "en" else "zh"]),
             port=ch(["首都机场", "浦东机场", "白云机场", "满洲里公路口岸", "霍尔果斯口岸", "绥芬河口岸", "东兴口岸"]), vkind=ch(["M", "L", "Z", "X1", "F", "S2", "Q2"]),
             offence=ch(["非法居留", "非法就业", "未按规定办理住宿登记", "持用伪造证件", "诈骗"]), penalty=ch(["警告", "罚款人民币2000元", "拘留五日", "限期出境"]),
             cnt=str(R.randint(12, 480)), cnt2=str(R.randint(2, 40)), regno=f"{y}{rd(8)}", n=str(R.randint(1, 3)))
    return k


# ---------------------------------------------------------------- prose templates
PROSE = {"zh": [
    """询问笔录（第{n}次）
时间：{date} {t1}至{t2}
地点：{station}
询问人：警号{badge}、警号{badge2}
翻译人：{c_name}（公民身份号码{c_idc}）
被询问人：{a_name}，性别{a_sex}，国籍{a_nat}
出生日期：{a_dob}
证件：普通护照 {a_pp}
?a签证号码：{a_visa}，{entry}经{port}入境，航班{flight}
?b居留许可：{a_rp}，有效期至{expiry}
问：你在中国的住址？
答：我住在{a_addr}。
?c问：你在本国的家庭住址？
?c答：{a_home}。
问：你的联系方式？
答：手机号{a_tel}，{a_imk}{a_im}。
?d问：有没有电子邮箱？
?d答：有，{a_mail}。
?e问：你和{b_name}是什么关系？
?e答：朋友，其电话是{b_tel}，我们平时用{b_imkz}{b_im}联系。
?f问：你的工资打到哪张卡上？
?f答：打到我的银行卡{a_card}上，每月{amt}元。
?g问：你在国外有银行账户吗？
?g答：有，IBAN是{a_iban}。
?h问：你平时开哪辆车？
?h答：车牌{a_plate}，是朋友借给我的。
问：以上笔录是否属实？
答：我看过了，和我说的一样。
?m附：护照资料页机读区
?m{a_mrz}""",
    """{case}
关于{a_nat}籍人员{a_name}涉嫌{offence}的情况报告
{date}{t1}许，{station}民警在{b_addr}开展境外人员住宿登记检查时，发现{a_nat}籍人员{a_name}（{a_sex}，出生日期{a_dob}，护照号码{a_pp}）未按规定办理住宿登记。
?a经核查，该人持{vkind}字签证入境，签证号码{a_visa}，{entry}经{port}入境，乘坐航班{flight}。
?b该人持有外国人居留许可，证件号码{a_rp}，登记居住地为{a_addr}。
?c该人称已取得在华永久居留资格，永久居留身份证号码{a_prc}。
同住人{b_name}（{b_nat}籍，护照{b_pp}，联系电话{b_tel}）在场。
?d房东{c_name}（公民身份号码{c_idc}，电话{c_tel}）称房屋系通过{c_imk}{c_im}联系出租，月租金{amt}元。
?e现场查获车辆一辆，号牌{a_plate}，车内发现银行卡一张，卡号{a_card}。
?f该人称其工资由境外账户{a_iban}汇入，联系邮箱{a_mail}。
依据《中华人民共和国出境入境管理法》第{art}条之规定，拟对其作出{penalty}处理。
?m附：护照机读区信息
?m{a_mrz}
报告人：警号{badge}
{date2}""",
    """【电子数据提取笔录·聊天记录摘录】
提取对象：{a_name}所持手机（号码{a_tel}）
提取时间：{date} {t1}
应用账号：{a_im}
----------------------------------------
[{t1}] {a_name}：兄弟，你到{b_addr}了吗
[{t2}] {b_name}：到了，房间就是地址上写的
?a[{t3}] {a_name}：钱打到{a_card}这张卡，别打错
?a[{t3}] {b_name}：收到，{amt}元今晚转
?b[{t4}] {b_name}：我的护照号{b_pp}，出生日期{b_dob}，帮我订{flight}的票
?c[{t4}] {a_name}：有事发邮件{a_mail}或者打我另一个号码{a_tel2}
?d[{t5}] {b_name}：车牌{b_plate}那辆车停在楼下
?e[{t5}] {b_name}：我换了新号{b_tel}，{b_imkz}是{b_im}
?m[{t6}] {b_name}：[图片] 护照照片，OCR识别如下：
?m{b_mrz}
----------------------------------------
共提取消息{cnt}条，截图{cnt2}张。""",
    """境外人员临时住宿登记表
登记编号：{regno}
姓名：{a_name}
中文译名：{a_name2}
性别：{a_sex}    国籍：{a_nat}
出生日期：{a_dob}
证件种类：普通护照    证件号码：{a_pp}
?a签证号码：{a_visa}（{vkind}字）
?b居留许可号码：{a_rp}
?c永久居留身份证：{a_prc}
入境日期：{entry}    入境口岸：{port}
住宿地址：{a_addr}
入住时间：{date} {t1}    拟离开日期：{date2}
联系电话：{a_tel}
?d电子邮件：{a_mail}
?e{a_imk}：{a_im}
?f接待人：{c_name}    身份证号：{c_idc}    电话：{c_tel}
?g车辆号牌：{a_plate}
?h押金支付卡号：{a_card}
?m居留证件机读区：
?m{a_rmrz}"""],
    "en": [
    """RECORD OF INTERVIEW
Case ref: {case}
Date/time: {date}, {t1}-{t2}
Interviewee: {a_name} ({a_sex}), nationality: {a_nat}
Date of birth: {a_dob}
Passport: {a_pp}
Interpreter: {c_name}, PRC ID {c_idc}
Q: Where are you staying in China?
A: At {a_addr}.
?aQ: What is your home address?
?aA: {a_home}.
Q: How can we reach you?
A: My phone is {a_tel} and my {a_imk} is {a_im}.
?bQ: Do you hold a residence permit?
?bA: Yes, number {a_rp}. Before that I had visa {a_visa}.
?cQ: Your permanent residence card number?
?cA: It is {a_prc}.
?dQ: Which bank card did you use to pay the deposit?
?dA: My UnionPay card {a_card}.
?eQ: Do you have a foreign bank account?
?eA: Yes, {a_iban}.
?fQ: Who is {b_name}?
?fA: A business partner. Phone {b_tel}, e-mail {b_mail}.
?gQ: Whose vehicle is {a_plate}?
?gA: I rent it from a local company.
Q: Is this record accurate?
A: Yes.
?mMRZ (passport data page):
?m{a_mrz}""",
    """INCIDENT REPORT - {station}
Report no. {case}    Flight ref: {flight}
At {t1} on {date}, officers attended {a_addr} following a noise complaint. A foreign national identifying as {a_name} (DOB {a_dob}, {a_nat}, passport {a_pp}) was present together with {b_name} (DOB {b_dob}, passport {b_pp}).
?aThe visa in the first subject's passport, no. {a_visa}, had expired on {expiry}.
?b{b_name} produced residence permit no. {b_rp} and a phone with number {b_tel}.
?cA vehicle registered {a_plate} was parked outside; the driver, {c_name} (ID {c_idc}, tel. {c_tel}), said he had been hired via {c_imk} {c_im}.
?dA payment of CNY {amt} was traced to card {a_card} and onward to {a_iban}.
?eContact e-mail given by the subject: {a_mail}.
?mMachine-readable zone of the residence card:
?m{b_rmrz}
Action taken: warning issued under Article {art} of the Exit and Entry Administration Law. {cnt2} photographs attached.""",
    """From: {a_name} <{a_mail}>
To: {b_name} <{b_mail}>
Date: {date} {t1}
Subject: Re: apartment and documents

Hi,
?aI sent the copy of my passport ({a_pp}) and visa ({a_visa}) to the agent.
?bThe flat is at {a_addr}, the landlord is {c_name}, his phone {c_tel}.
?cPlease transfer the {amt} to my card {a_card} or to {a_iban}.
?dYou can also ping me on {a_imk}: {a_im}.
?eMy new residence permit number is {a_rp} and the PR number is {a_prc}.
Call me at {a_tel} if anything comes up.
?mScan of the data page (OCR):
?m{a_mrz}
Best,
{a_name}
---
[Attached to case file {case} by officer #{badge}]""",
    """Chat export - extracted from the device of {a_name}
Exported: {date} {t1}
[{t2}] {a_name}: send me your passport scan
[{t3}] {b_name}: {b_pp}, DOB {b_dob}
?a[{t3}] {b_name}: my {b_imk} is {b_im} if you lose this chat
?b[{t4}] {a_name}: ok. hotel is {b_addr}
?c[{t4}] {a_name}: pay to {a_card}
?d[{t5}] {b_name}: sent {amt} CNY, call {b_tel}
?e[{t5}] {a_name}: car {a_plate} is downstairs
?f[{t6}] {a_name}: my mail {a_mail}, home {a_home}
?m[{t6}] {b_name}: [photo] visa sticker, OCR text:
?m{b_vmrz}
Total messages: {cnt}"""],
    "ru-mixed": [
    """Объяснение / 陈述（俄文原文附中文译文）
Я, {a_name}, {a_dob} года рождения, гражданство: {a_nat}, паспорт № {a_pp}, проживаю по адресу: {a_addr}.
【译文】本人{a_name2}，出生日期{a_dobz}，{a_natz}国籍，护照号码{a_pp}，现住{a_addr}。
?aМой телефон {a_tel}, {a_imk}: {a_im}.
?a【译文】我的电话{a_tel}，{a_imkz}：{a_im}。
?bВиза № {a_visa}, вид на жительство {a_rp}.
?b【译文】签证号码{a_visa}，居留许可{a_rp}。
?cДеньги я переводил с карты {a_card} на карту {b_card}, владелец карты — {b_name}.
?c【译文】我用卡号为{a_card}的银行卡向{b_name2}名下卡号{b_card}转账。
?dАвтомобиль с номером {a_plate} принадлежит мне.
?d【译文】号牌为{a_plate}的车辆归我所有。
?eМоя почта {a_mail}. Адрес на родине: {a_home}.
?e【译文】我的邮箱是{a_mail}，国内住址：{a_home}。
С моих слов записано верно, мною прочитано.
【译文】以上记录我已阅读，与我所述一致。
Переводчик / 翻译：{c_name}，身份证号{c_idc}
?mМашиночитаемая зона паспорта / 护照机读区：
?m{a_mrz}""",
    """案情简报（{case}）
{date}，{station}接到报警，称在{a_addr}有人员纠纷。民警到场后查明：{a_natz}籍人员{a_name2}（俄文姓名：{a_name}，出生日期{a_dobz}，护照号{a_pp}）与{b_natz}籍人员{b_name2}（护照号{b_pp}）发生争执。
{a_name}陈述（俄语原文）：«Я требую вернуть мне {amt} юаней, я перевёл их на карту {b_card}, владелец — {b_name}.»
?a{b_name}陈述（俄语原文）：«Он звонил мне с номера {a_tel}, мой номер {b_tel}. Я живу в гостинице: {b_addr}.»
?b经查询，{a_name2}持有居留许可{a_rp}，签证号码{a_visa}；{b_name2}已取得外国人永久居留身份证，号码{b_prc}。
?c现场停放车辆号牌{b_plate}，车主{c_name}（身份证号{c_idc}）。
?d双方社交账号：{a_imkz}{a_im}；{b_imkz}{b_im}。
?e{a_name2}提供的境外账户为{a_iban}，电子邮箱{a_mail}。
?m{b_name2}签证机读区：
?m{b_vmrz}
处理结果：调解，双方于{t3}离开。""",
    """聊天记录（俄语，括号内为中文翻译）
[{date} {t1}] {a_name}: Привет, ты где? （你在哪？）
[{date} {t2}] {b_name}: В гостинице, адрес {b_addr} （在酒店）
?a[{t3}] {a_name}: Скинь номер паспорта （把护照号发我）
?a[{t3}] {b_name}: {b_pp}, дата рождения {b_dob} （护照号及出生日期）
?b[{t4}] {a_name}: Переведи на карту {a_card} （转到这张卡）
?c[{t4}] {b_name}: Мой новый номер {b_tel}, почта {b_mail} （新号码和邮箱）
?d[{t5}] {a_name}: Машина {a_plate} у входа （车在门口）
?e[{t5}] {b_name}: Мой ник: {b_im} （我的账号）
?f[{t6}] {a_name}: ВНЖ у меня {a_rp}, виза {a_visa} （居留许可和签证号）
?m[{t6}] {b_name}: фото паспорта （护照照片OCR）:
?m{b_mrz}
备注：以上共{cnt}条消息，由{c_name}（身份证号{c_idc}）协助翻译。""",
    """Анкета иностранного гражданина / 外国人信息登记表
ФИО / 姓名: {a_name}
Имя по-китайски / 中文译名: {a_name2}
Дата рождения / 出生日期: {a_dob}
Гражданство / 国籍: {a_nat}
Паспорт / 护照: {a_pp}
?aВиза / 签证: {a_visa}
?bВНЖ / 居留许可: {a_rp}
?cПМЖ / 永久居留证: {a_prc}
Телефон / 电话: {a_tel}; {a_tel2}
?dЭл. почта / 邮箱: {a_mail}
?e{a_imk} / 即时通讯: {a_im}
Адрес в КНР / 在华住址: {a_addr}
?fАдрес на родине / 国内住址: {a_home}
?gБанковская карта / 银行卡: {a_card}
?hIBAN / 境外账户: {a_iban}
?iГосномер ТС / 车牌号: {a_plate}
Принимающая сторона / 接待人: {c_name}, {c_idc}, {c_tel}
?mМЧЗ визы / 签证机读区:
?m{a_vmrz}"""],
    "ar-mixed": [
    """إفادة (النص العربي مع الترجمة الصينية) / 陈述笔录
أنا {a_name}، تاريخ الميلاد {a_dob}، الجنسية {a_nat}، رقم جواز السفر {a_pp}.
【译文】本人{a_name2}，出生日期{a_dobz}，国籍{a_natz}，护照号码{a_pp}。
?aأسكن في {a_addr}، ورقم هاتفي {a_tel}.
?a【译文】我住在{a_addr}，电话{a_tel}。
?bرقم التأشيرة {a_visa}، ورقم تصريح الإقامة {a_rp}.
?b【译文】签证号码{a_visa}，居留许可号码{a_rp}。
?cحوّلت المبلغ من بطاقتي {a_card} إلى حساب {b_name} رقم {b_iban}.
?c【译文】我用银行卡{a_card}向{b_name2}的账户{b_iban}转账。
?dحسابي على {a_imk}: {a_im}، وبريدي الإلكتروني {a_mail}.
?d【译文】我的{a_imkz}：{a_im}，邮箱{a_mail}。
?eالسيارة التي تحمل اللوحة {a_plate} ملك لصديقي.
?e【译文】号牌{a_plate}的车辆是我朋友的。
?fعنواني في بلدي: {a_home}
?f【译文】我在本国的住址：{a_home}
المترجم / 翻译：{c_name}（身份证号{c_idc}）
?mمنطقة القراءة الآلية / 机读区：
?m{a_mrz}""",
    """案情简报（{case}）
{date}{t1}许，{station}民警在{a_addr}处置一起纠纷。当事人{a_natz}籍{a_name2}（阿拉伯文姓名：{a_name}，出生日期{a_dobz}，护照号{a_pp}）称被{b_natz}籍{b_name2}（护照号{b_pp}）骗取货款人民币{amt}元。
{a_name}的阿拉伯语陈述：«دفعت له {amt} يوان إلى البطاقة {b_card}، وكان يتصل بي من الرقم {b_tel}.»
【译文】我付给他{amt}元，转入卡号{b_card}，他一直用号码{b_tel}给我打电话。
?a{b_name}的陈述：«أنا أسكن في {b_addr}، ولست مديناً له بشيء.»
?a【译文】我住在{b_addr}，我不欠他钱。
?b经查，{a_name2}持有居留许可{a_rp}，{b_name2}所持签证号码{b_visa}，入境航班{flight}。
?c{b_name2}名下车辆号牌{b_plate}，其境外账户{b_iban}。
?d双方联系方式：{a_imkz}{a_im}、{a_mail}；{b_imkz}{b_im}。
?e{a_name2}已取得永久居留身份证，号码{a_prc}。
?f房东{c_name}（身份证号{c_idc}，电话{c_tel}）到场协助。
?m{b_name2}居留证件机读区：
?m{b_rmrz}
处理意见：移交经侦部门。""",
    """محادثة واتساب مستخرجة من هاتف {a_name} / 从{a_name2}手机提取的聊天记录
[{date} {t1}] {a_name}: السلام عليكم، وصلت إلى الفندق （我到酒店了）
[{date} {t2}] {b_name}: أهلاً، العنوان {b_addr} （地址如上）
?a[{t3}] {a_name}: أرسل لي رقم جوازك （把护照号发我）
?a[{t3}] {b_name}: {b_pp}، تاريخ الميلاد {b_dob}
?b[{t4}] {a_name}: حوّل المبلغ إلى {a_card} （把钱转到这张卡）
?c[{t4}] {b_name}: رقمي الجديد {b_tel} وبريدي {b_mail}
?d[{t5}] {a_name}: السيارة {a_plate} أمام الباب （车在门口）
?e[{t5}] {b_name}: حسابي على {b_imk}: {b_im}
?f[{t6}] {a_name}: الآيبان الخاص بي {a_iban} （我的IBAN）
?m[{t6}] {b_name}: صورة الجواز （护照照片OCR）:
?m{b_mrz}
备注：共{cnt}条消息，翻译人{c_name}（身份证号{c_idc}）。""",
    """استمارة تسجيل الأجانب / 外国人住宿登记表
الاسم / 姓名: {a_name}
الاسم بالصينية / 中文译名: {a_name2}
تاريخ الميلاد / 出生日期: {a_dob}
الجنسية / 国籍: {a_nat}
رقم الجواز / 护照号码: {a_pp}
?aالتأشيرة / 签证: {a_visa}
?bتصريح الإقامة / 居留许可: {a_rp}
?cالإقامة الدائمة / 永久居留证: {a_prc}
الهاتف / 电话: {a_tel}، {a_tel2}
?dالبريد الإلكتروني / 邮箱: {a_mail}
?e{a_imk} / 社交账号: {a_im}
العنوان في الصين / 在华住址: {a_addr}
?fالعنوان في البلد الأصلي / 国内住址: {a_home}
?gرقم البطاقة / 银行卡号: {a_card}
?hIBAN / 国际银行账号: {a_iban}
?iرقم اللوحة / 车牌: {a_plate}
الكفيل / 担保人: {c_name}، {c_idc}، {c_tel}
?mمنطقة القراءة الآلية / 机读区:
?m{a_rmrz}"""]}


def prose_doc(d, lang, j):
    a, b, c = person(ch(POOL[lang])), person(ch(POOL[lang])), person("CN")
    kw = common(lang)
    for pre, p in (("a", a), ("b", b), ("c", c)):
        kw.update({f"{pre}_{k}": v for k, v in render(p, lang).items()})
    tl = PROSE[lang]
    d.f(expand(tl[j % len(tl)]), kw)


# ---------------------------------------------------------------- tables
HDR = {
    "seq": (["序号"], ["No."], ["№ п/п"], ["الرقم"]),
    "name": (["姓名", "外文姓名", "当事人姓名"], ["Name", "Full name", "Subject name"], ["ФИО", "Фамилия, имя"], ["الاسم", "الاسم الكامل"]),
    "dob": (["出生日期", "出生年月日", "生日"], ["DOB", "Date of birth", "Born"], ["Дата рождения", "Д.р."], ["تاريخ الميلاد"]),
    "pp": (["护照号码", "证件号码", "护照号"], ["Passport No.", "Passport", "Travel doc"], ["№ паспорта", "Паспорт"], ["رقم الجواز", "جواز السفر"]),
    "rp": (["居留许可号", "居留证件号码"], ["Residence permit", "RP No."], ["ВНЖ", "Вид на жительство"], ["تصريح الإقامة"]),
    "visa": (["签证号码", "签证号"], ["Visa No.", "Visa"], ["№ визы", "Виза"], ["رقم التأشيرة"]),
    "prc": (["永居证号码", "永久居留身份证号"], ["PR card No.", "Permanent residence ID"], ["ПМЖ КНР", "№ карты ПМЖ"], ["الإقامة الدائمة"]),
    "idc": (["担保人身份证号", "房东身份证号", "身份证号"], ["Host ID No.", "Guarantor PRC ID"], ["ID поручителя", "Удост. личности КНР"], ["هوية الكفيل"]),
    "tel": (["联系电话", "手机号", "电话"], ["Phone", "Mobile", "Tel."], ["Телефон", "Тел."], ["الهاتف", "رقم الجوال"]),
    "im": (["社交账号", "即时通讯账号"], ["Messenger", "IM handle", "Chat ID"], ["Мессенджер", "Ник"], ["حساب التواصل"]),
    "imk": (["账号类型"], ["App"], ["Приложение"], ["التطبيق"]),
    "mail": (["电子邮箱", "邮箱"], ["Email", "E-mail"], ["Эл. почта", "E-mail"], ["البريد الإلكتروني"]),
    "card": (["银行卡号", "卡号"], ["Card No.", "Bank card"], ["Номер карты", "Карта"], ["رقم البطاقة"]),
    "iban": (["IBAN", "境外账号(IBAN)"], ["IBAN", "Account (IBAN)"], ["IBAN", "Счёт IBAN"], ["الآيبان IBAN"]),
    "addr": (["住址", "暂住地址", "入住酒店/地址"], ["Address", "Residence", "Hotel / address"], ["Адрес", "Место проживания"], ["العنوان", "مكان الإقامة"]),
    "plate": (["车牌号", "号牌号码"], ["Plate", "Vehicle reg."], ["Госномер", "Номер ТС"], ["رقم اللوحة"]),
    "nat": (["国籍"], ["Nationality"], ["Гражданство"], ["الجنسية"]),
    "sex": (["性别"], ["Sex"], ["Пол"], ["الجنس"]),
    "count": (["入境次数", "同住人数"], ["Entries", "Guests"], ["Кол-во въездов"], ["عدد مرات الدخول"]),
    "amt": (["涉案金额(元)", "押金(元)"], ["Amount (CNY)", "Deposit"], ["Сумма, юань"], ["المبلغ (يوان)"]),
    "flight": (["入境航班"], ["Flight"], ["Рейс"], ["رقم الرحلة"]),
    "case": (["案件编号"], ["Case No."], ["№ дела"], ["رقم القضية"]),
    "time": (["登记时间", "入住时间"], ["Check-in", "Logged at"], ["Время регистрации"], ["وقت التسجيل"]),
}
KVK = {"seq": "rec", "name": "name", "dob": "dob", "pp": "passport_no", "rp": "rp_no", "visa": "visa_no", "prc": "pr_card", "idc": "host_id", "tel": "phone",
       "im": "im", "imk": "im_app", "mail": "email", "card": "card_no", "iban": "iban", "addr": "address", "plate": "plate", "nat": "nationality",
       "sex": "sex", "count": "entries", "amt": "amount_cny", "flight": "flight", "case": "case_no", "time": "logged_at"}
PII_COLS = ["dob", "pp", "rp", "visa", "prc", "idc", "tel", "im", "mail", "card", "iban", "addr", "plate"]
NON_COLS = ["nat", "sex", "count", "amt", "flight", "case", "time"]
TITLES = {"zh": ["境外人员住宿登记信息导出", "涉案外籍人员信息汇总表", "出入境人员核查结果（内部）", "外籍人员车辆及联系方式关联表"],
          "en": ["Foreign guest registration export", "Persons of interest - summary sheet", "Border check results (internal)"],
          "ru-mixed": ["Выгрузка: иностранные граждане / 外籍人员信息导出", "Список проверенных лиц / 核查人员名单", "Реестр регистрации / 住宿登记汇总"],
          "ar-mixed": ["كشف بيانات الأجانب / 外籍人员信息表", "قائمة الأشخاص المعنيين / 涉案人员名单", "سجل النزلاء / 旅馆住宿登记"]}


def wlen(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def sval(c):
    return c[1] if isinstance(c, tuple) else c


def row_cells(cols, p, lang, kw, i):
    r = render(p, lang)
    out = []
    for k in cols:
        if k == "seq":
            v = str(i + 1)
        elif k in NON_COLS:
            v = {"nat": r["nat"], "sex": r["sex"], "count": str(R.randint(1, 14)), "amt": ch([f"{R.randint(5, 900) * 100:,}", str(R.randint(200, 90000))]),
                 "flight": ch(["CA", "MU", "SU", "EK", "KC", "HY", "MS"]) + str(R.randint(101, 999)), "case": kw["case"][:-2] + f"{R.randint(10, 99)}" if kw["case"][-1].isdigit() else kw["case"],
                 "time": f"{kw['date']} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}"}[k]
        elif k == "imk":
            v = r["imk"]
        elif k not in r or (p["cc"] == "CN" and k == "pp" and R.random() < 0.5) or (k != "name" and R.random() < 0.1):
            v = ""
        else:
            v = r[k]
        out.append(v)
    return out, r


def emit(d, cells, sep, widths=None, pre="", post=""):
    d.t(pre)
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        s = sval(c)
        q = sep == "," and ("," in s or '"' in s)
        d.t('"' if q else "")
        d.put(c)
        d.t('"' if q else "")
        if widths and i < len(cells) - 1:
            d.t(" " * (widths[i] - wlen(s)))
    d.t(post + "\n")


def notes(lang, kw, n):
    return {"zh": ["# 说明：空白单元格表示未采集或不适用", f"# 数据来源：旅馆业治安管理信息系统，共 {n} 条", "# 金额单位：人民币元；时间为北京时间", "# ----------------------------------------", f"# 抽查批次：第{R.randint(1, 12)}批，核查民警警号{kw['badge']}"],
            "en": ["# blank cell = not collected", f"# source: hotel registration system, {n} records", "# amounts in CNY, times in UTC+8", "# ----------------------------------------", f"# checked by officer #{kw['badge']}"],
            "ru-mixed": ["# пустая ячейка — данные не собраны / 空白表示未采集", f"# всего записей: {n} / 共{n}条", "# суммы в юанях / 金额单位：元", "# ----------------------------------------"],
            "ar-mixed": ["# الخلية الفارغة = غير متوفر / 空白表示未采集", f"# عدد السجلات: {n} / 共{n}条", "# المبالغ باليوان / 金额单位：元", "# ----------------------------------------"]}[lang]


def footer(lang, n):
    return {"zh": f"合计：{n} 条记录", "en": f"Total: {n} rows", "ru-mixed": f"Итого: {n} / 合计{n}条", "ar-mixed": f"المجموع: {n} / 合计{n}条"}[lang]


def table_doc(d, lang, kind):
    hl = ch({"zh": [0, 0, 0, 1], "en": [1], "ru-mixed": [2, 2, 0], "ar-mixed": [3, 0, 1]}[lang])
    kw = common(lang)
    if kind == "vert":
        return vert_doc(d, lang, hl, kw)
    n = ch([3, 4, 5, 6, 8, 12, 16]) if kind in ("|", ",", "\t", ";") else ch([3, 4, 5, 6])
    ps = [person("CN") if R.random() < 0.15 else person(ch(POOL[lang])) for _ in range(n)]
    cols = R.sample(PII_COLS, R.randint(5, 9)) + R.sample(NON_COLS, R.randint(1, 3)) + ["name"]
    R.shuffle(cols)
    if "im" in cols and R.random() < 0.5:
        cols.insert(cols.index("im"), "imk")
    if R.random() < 0.5:
        cols = ["seq", *cols]
    d.t(ch(TITLES[lang]) + "\n")
    d.t({"zh": f"导出时间：{kw['date']} {kw['t1']}    关联案件：{kw['case']}", "en": f"Exported {kw['date']} {kw['t1']} | ref {kw['case']}",
         "ru-mixed": f"Дата выгрузки: {kw['date']} {kw['t1']}; 关联案件 {kw['case']}", "ar-mixed": f"تاريخ التصدير: {kw['date']} {kw['t1']} / 关联案件 {kw['case']}"}[lang] + "\n\n")
    heads = [ch(HDR[k][hl]) for k in cols]
    rows = [row_cells(cols, p, lang, kw, i) for i, p in enumerate(ps)]
    if kind in ("|", ",", "\t", ";"):
        emit(d, heads, kind)
        if R.random() < 0.4:
            for line in notes(lang, kw, n)[:R.randint(2, 5)]:
                d.t(line + "\n")
        for cells, _ in rows:
            emit(d, cells, kind)
    elif kind == "md":
        emit(d, heads, " | ", pre="| ", post=" |")
        d.t("|" + "|".join("---" for _ in cols) + "|\n")
        for cells, _ in rows:
            emit(d, cells, " | ", pre="| ", post=" |")
    elif kind == "fixed":
        w = [max(wlen(sval(x)) for x in col) + 2 for col in zip(heads, *[c for c, _ in rows], strict=True)]
        emit(d, heads, "", w)
        d.t("-" * (sum(w) - 2) + "\n")
        for cells, _ in rows:
            emit(d, cells, "", w)
    else:  # key=value
        keys = [KVK[k] if hl == 1 else ch(HDR[k][hl]) for k in cols]
        block = R.random() < 0.5
        for i, (cells, r) in enumerate(rows):
            mr = r.get(ch(["mrz", "mrz", "rmrz", "vmrz"])) if R.random() < 0.75 else None
            if block:
                d.t(f"[record {i + 1}]\n")
                for k, c in zip(keys, cells, strict=True):
                    d.f(k + " = {v}\n", {"v": c})
                if mr:
                    d.t("mrz =\n")
                    d.put(mr)
                    d.t("\n")
                d.t("\n")
            else:
                for j, (k, c) in enumerate(zip(keys, cells, strict=True)):
                    d.f(("; " if j else "") + k + "={v}", {"v": c})
                for j, x in enumerate(mr or []):
                    d.f(f"; mrz_{j + 1}=" + "{v}", {"v": x})
                d.t("\n")
    d.t("\n" + footer(lang, n) + "\n")


def vert_doc(d, lang, hl, kw):
    ps = [person(ch(POOL[lang])) for _ in range(ch([1, 2]))]
    rs = [render(p, lang) for p in ps]
    keys = ["name", "dob", "nat", "pp", "visa", "rp", "prc", "tel", "tel2", "im", "mail", "card", "iban", "addr", "home", "plate", "idc"]
    lab = dict(HDR)
    lab.update(tel2=(["境内电话"], ["China mobile"], ["Тел. в КНР"], ["هاتف الصين"]), home=(["国内住址"], ["Home address"], ["Адрес на родине"], ["العنوان الأصلي"]))
    md = R.random() < 0.5
    d.t({"zh": "涉外人员基本信息核查表", "en": "Subject profile", "ru-mixed": "Карточка лица / 人员信息卡", "ar-mixed": "بطاقة بيانات / 人员信息卡"}[lang] + f"（{kw['case']}）\n\n")
    head = [{"zh": "项目", "en": "Field", "ru-mixed": "Поле", "ar-mixed": "البند"}[lang]] + [f"{'ABC'[i]}" for i in range(len(ps))]
    sep = " | " if md else "\t"
    emit(d, head, sep, pre="| " if md else "", post=" |" if md else "")
    if md:
        d.t("|" + "|".join("---" for _ in head) + "|\n")
    for k in keys:
        if R.random() < 0.15:
            continue
        cells = [ch(lab[k][hl])] + [("" if R.random() < 0.08 else r[k]) for r in rs]
        emit(d, cells, sep, pre="| " if md else "", post=" |" if md else "")
    for r in rs:
        if R.random() < 0.8:
            d.t("\nMRZ:\n")
            d.put(r[ch(["mrz", "rmrz", "vmrz"])])
            d.t("\n")


# ---------------------------------------------------------------- validation / main
def doc_ok(text, spans):
    ss = sorted(spans, key=lambda s: s["start"])
    for x, y in itertools.pairwise(ss):
        if y["start"] < x["end"]:
            return False
    for s in ss:
        v = s["value"]
        if text[s["start"]:s["end"]] != v or not v or v != v.strip():
            return False
        i = text.find(v)
        while i >= 0:
            if not any(t["start"] <= i and i + len(v) <= t["end"] for t in ss):
                return False
            i = text.find(v, i + 1)
    return True


def check_value(s):
    t, v = s["type"], s["value"]
    if t == "id_card":
        return bool(re.fullmatch(r"\d{17}[\dX]", v)) and gb_check(v[:17]) == v[17]
    if t == "permanent_residence":
        return bool(re.fullmatch(r"[A-Z]{3}\d{12}", v)) or (bool(re.fullmatch(r"9\d{16}[\dX]", v)) and gb_check(v[:17]) == v[17])
    if t == "bank_card":
        return luhn.is_valid(v.replace(" ", ""))
    if t == "iban":
        return std_iban.is_valid(v)
    if t == "phone":
        return phonenumbers.is_valid_number(phonenumbers.parse(v, PHONE_REGION[v]))
    if t == "email":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v))
    if t == "passport" and v[0] in "EG" and len(v) == 9:
        return bool(re.fullmatch(r"[EG][A-Z\d]\d{7}", v))
    return True


def validate(docs):
    assert len(docs) == 120
    lc = Counter(x["lang"] for x in docs)
    assert all(lc[g] == 30 for g in LANGS), lc
    assert len({x["id"] for x in docs}) == 120
    tc, per = Counter(), {g: Counter() for g in LANGS}
    for x in docs:
        assert doc_ok(x["text"], x["spans"]), x["id"]
        ss = sorted(x["spans"], key=lambda s: s["start"])
        for s in ss:
            assert s["type"] in TYPES and check_value(s), (x["id"], s)
            tc[s["type"]] += 1
            per[x["lang"]][s["type"]] += 1
        block = []
        for s in [*ss, None]:
            if s and s["type"] == "mrz" and (not block or x["text"][block[-1]["end"]:s["start"]] in ("\n", "; mrz_2=", "; mrz_3=")):
                block.append(s)
                continue
            if block:
                assert mrz_ok([b["value"] for b in block]), (x["id"], block)
            block = [s] if s and s["type"] == "mrz" else []
    low = {t: tc[t] for t in TYPES if tc[t] < 50}
    assert not low, low
    return tc, per


def main():
    docs = []
    for lang in LANGS:
        kinds = ["|", ",", "\t", ";", "|", ",", "md", "md", "fixed", "fixed", "kv", "kv", "vert", ";", "\t"]
        R.shuffle(kinds)
        for j in range(30):
            for _ in range(100):
                d = Doc()
                if j % 2 == 0:
                    table_doc(d, lang, kinds[j // 2])
                else:
                    prose_doc(d, lang, j // 2)
                text = "".join(d.parts).rstrip()
                if doc_ok(text, d.spans):
                    break
            else:
                raise RuntimeError(f"cannot build {lang} {j}")
            docs.append({"id": f"{FAMILY}-{lang}-{j + 1:03d}", "lang": lang, "family": FAMILY, "text": text, "spans": d.spans})
    tc, per = validate(docs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for x in docs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} docs, {sum(tc.values())} spans -> {OUT}")
    print("type".ljust(22) + "total " + " ".join(g.rjust(9) for g in LANGS))
    for t in TYPES:
        print(t.ljust(22) + str(tc[t]).rjust(5) + " " + " ".join(str(per[g][t]).rjust(9) for g in LANGS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
