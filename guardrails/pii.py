"""De-identification of case files before anything is embedded or stored.

Recognizers (regular expressions with checksums and context words, plus jieba's person-name tags):
Chinese resident ID numbers (GB 11643 check character; lookalikes that fail it are still masked,
at lower confidence), passport numbers (Chinese E/G numbers anywhere, other formats after a
context word), phone numbers (Chinese mobile and landline, international +NN), e-mail addresses,
vehicle plates, bank card numbers (Luhn; or after a context word), person names (Chinese names by
jieba tags, surname list and context; Latin-script names after name fields and titles) and
detailed addresses (road + number + building/room).

Each value is replaced by a pseudonym that is consistent inside one document (张伟 → 张某甲,
Ivan Petrov → Person-1, E12345678 → [护照号-1]) so the narrative stays readable. The report counts
replacements by type and never contains a value.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

TYPES = ("id_card", "passport", "phone", "email", "plate", "bank_card", "person_name", "address")
LABELS_ZH = {
    "id_card": "身份证号",
    "passport": "护照号",
    "phone": "电话",
    "email": "邮箱",
    "plate": "车牌",
    "bank_card": "银行卡",
    "address": "地址",
}
#: Overlapping matches: the earlier type wins.
PRIORITY = ("email", "id_card", "bank_card", "passport", "phone", "plate", "address", "person_name")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

ID_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
)
# Character classes are ASCII on purpose: in Python every CJK character is "\w", and a value
# written right after 电话/邮箱 must still be found.
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![A-Za-z0-9-])")
CARD_RE = re.compile(r"(?<![\d])(?:\d{4}[ -]?){3}\d{4}(?:[ -]?\d{1,3})?(?![\d])")
CARD_CONTEXT = re.compile(r"(?:银行卡|卡号|账号|帐号|card\s*(?:no\.?|number)?)[^\d]{0,8}$", re.IGNORECASE)
MOBILE_RE = re.compile(r"(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")
LANDLINE_RE = re.compile(r"(?<![\d+])(?:\(0\d{2,3}\)|0\d{2,3})[ -]?\d{3,4}[ -]?\d{4}(?!\d)")
INTL_RE = re.compile(r"(?<![0-9A-Za-z+])\+\d{1,3}(?:[ -]?\(?\d{1,4}\)?){2,5}(?!\d)")
CN_PASSPORT_RE = re.compile(r"(?<![A-Za-z0-9])[EGDPS]\d{8}(?![0-9])")
PASSPORT_CONTEXT_RE = re.compile(
    r"(?:护\s*照\s*号\s*码|护\s*照\s*编\s*号|护\s*照\s*号|护\s*照|证\s*件\s*号\s*码|证\s*件\s*号|"
    r"passport\s*(?:no\.?|number|#)?)\s*[:：]?\s*(?:为|是)?\s*"
    r"([A-Z0-9]{2,4} ?[A-Z0-9]{4,9})(?![0-9A-Za-z])",
    re.IGNORECASE,
)
PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z]"
    r"[·•．. ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])"
)
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
    "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
ADDRESS_RE = re.compile(
    rf"(?:(?:{_PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?)?"
    r"(?:(?:(?![省市区县路街号])[\u4e00-\u9fa5]){2,4}市)?(?:(?:(?![省市区县路街号])[\u4e00-\u9fa5]){1,4}(?:区|县))?"
    r"(?:(?![省市区县号])[\u4e00-\u9fa5A-Za-z0-9]){1,12}(?:路|街|大道|巷|弄|道|村|镇|小区|花园|公寓)"
    r"[0-9０-９]+号(?:[0-9０-９A-Za-z\-]+(?:幢|栋|号楼|单元|室|层|楼|座)){0,4}"
)
_CAP = r"(?:[A-Z\u00c0-\u00de](?:'[A-Z])?[a-z\u00df-\u00ff]+)"
LATIN_NAME_RE = re.compile(
    r"(?:姓名|名字|姓名为|登记姓名为|英文名|Name|当事人|嫌疑人|报警人|被害人|受害人|男子|女子|男生|女生|游客|留学生|"
    r"外教|店主|司机|乘客|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|先生|女士)\s*[:：]?\s*"
    rf"({_CAP}(?:[ '-](?:{_CAP}|al|el|bin|de|van|von|da|dos)){{1,3}}|[A-Z]{{2,}}(?: [A-Z]{{2,}}){{1,3}})"
)
#: A single Latin given name after 叫/名叫/自称 ("反复说自己叫Ploy").
CALLED_RE = re.compile(rf"(?:名叫|叫做|叫|名为|自称|称呼其为|称其为)\s*[“\"]?({_CAP})(?![A-Za-z])")
#: Capitalised passport-style names: "KIM MINJUN".
CAPS_NAME_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?: [A-Z]{2,}){1,2}(?![A-Za-z])")
ACRONYMS = set("KTV APP GPS ATM VIP USB DNA ID OK SIM WIFI LED ICU CCTV SOS PDF".split())
# Two or three capitalised words in a Chinese text are a name unless they are a place or a body.
LATIN_BARE_NAME_RE = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]{1,15}(?:[ -](?:[A-Z][a-z]{1,15}|al|el|bin|de|van|von)){1,3}(?![A-Za-z])"
)
NOT_LATIN_NAMES = {
    "Vienna Convention",
    "Consular Relations",
    "Diplomatic Relations",
    "United States",
    "United Kingdom",
    "New York",
    "New Zealand",
    "Saudi Arabia",
    "South Africa",
    "South Korea",
    "North Korea",
    "Hong Kong",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Puerto Rico",
    "Czech Republic",
    "Dominican Republic",
    "United Arab Emirates",
    "Ivory Coast",
    "Burkina Faso",
    "Sierra Leone",
    "Papua New Guinea",
    "Los Angeles",
    "San Francisco",
    "Kuala Lumpur",
    "Buenos Aires",
    "Rio de Janeiro",
    "Sao Paulo",
    "Abu Dhabi",
    "Tel Aviv",
}
ZH_NAME_CONTEXT_RE = re.compile(
    r"(?:姓名|当事人|嫌疑人|违法嫌疑人|报警人|被害人|受害人|证人|见证人|民警|辅警|翻译|店主|店长|老板|房东|房客|司机|"
    r"驾驶员|经理|导游|男子|女子|男生|女生|同学|学生|老师|教师|中方|对方|妻子|丈夫|儿子|女儿|员工|保安|店员|负责人|"
    r"律师|求助人|陪同人|投诉人|举报人|登记人|联系人|志愿者|服务员|前台|中介|主任|人事|邻居|业主|租客|收银员)"
    r"\s*(?:为|系|是)?\s*[:：]?\s*([\u4e00-\u9fa5]{2,4}?)(?=[，。、；：\s（(,与和及的说称向在被将把用到去来对让请随先立即也已均便就即又再仍察发看听问告带赶接查核询指劝制拨联安陪给负主通协作前]|$)"
)
#: A role noun and 为/系/是 before a name: "乘客为于红", "经营者为黄海涛", "室友冯浩然", "名为田中弘".
ZH_ROLE_NAME_RE = re.compile(
    r"(?:乘客|顾客|收银员|店员|员工|经理|老板|店主|摊主|车主|房东|房主|户主|经营者|负责人|供货商|合伙人|厂长|室友|"
    r"同事|居民|工作人员|导游|报警人|联系人|名|叫)(?:为|系|是|名叫|叫)?"
    r"([\u4e00-\u9fa5]{2,4}?)(?=[，。、；：\s（(]|$)"
)
#: A name right before its identifiers: "黄海涛（公民身份号码…", "戚伟（电话…".
ZH_NAME_BEFORE_ID_RE = re.compile(
    r"([\u4e00-\u9fa5]{2,4})(?=[（(](?:公民身份号码|身份证号|身份证|电话|手机|联系电话|护照号码|护照))"
)
#: Further names in a list after a name: "民警骆斌、石小川到场", "何静（女）与严明到场".
ZH_NAME_LIST_RE = re.compile(
    r"(?:、|与|和|及)([\u4e00-\u9fa5]{2,3}?)(?=到场|赶到|上门|[、，。（(在先对向将把]|一同|共同|一起)"
)
#: A single Latin given name right after Chinese text ("儿子Liam", "志愿者Ingrid翻译").
LATIN_GIVEN_AFTER_CJK_RE = re.compile(
    r"(?<=[\u4e00-\u9fff：:])([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,14})(?![A-Za-z\u00c0-\u00ff'’-])"
)
NOT_GIVEN_NAMES = set(
    """Apple Google Android China Chinese English French German Russian Arabic Hangzhou Beijing Shanghai WeChat Alipay
    Uber Didi Taobao Wifi Visa Master Excel Word Line Email Mail Online Hotel Police Passport The This That""".split()
)
#: A name before a title: "田中先生", "李女士".
ZH_NAME_TITLE_RE = re.compile(r"([\u4e00-\u9fa5]{2,4})(?=先生|女士|小姐)")
# The most common surnames (and a few two-character ones): a jieba "nr" word is a name only with one.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "俞骆鲍柳章易邢施倪庞戚滕柯甘朴阮洪包诸左花季翁傅岳齐康伍蓝殷单应祝喻葛柴尚符舒阎祁温颜芦欧卞裴耿童穆"
    "虞褚水窦云苗凌霍路牛房解焦车宁仇栾巫乔晏游芮詹管冉缪"
    "亓阚郗佘麻禚闵查乐常丁卓蔺屠鞠蒲邬邰谈宗蓟钮恽隋慎邸宓訾粟谷糜琚娄贝酆鄢汲邴伏毕鄂邝冀党平成和景戚阳楚"
    "申荣聂米滑盛谈辛桑刁池乔廉鲁华强涂关苟"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "令狐",
    "慕容",
    "夏侯",
    "闻人",
    "公孙",
    "长孙",
    "宇文",
    "司徒",
    "端木",
    "澹台",
    "轩辕",
    "独孤",
    "南宫",
    "西门",
    "百里",
    "呼延",
    "万俟",
    "单于",
    "赫连",
    "钟离",
)
#: A compound surname and one or two more characters is a name wherever it stands ("| 上官海燕 |").
ZH_COMPOUND_NAME_RE = re.compile("(?:" + "|".join(COMPOUND_SURNAMES) + r")[\u4e00-\u9fa5]{1,2}")
NOT_NAMES = set(
    """某某 民警 辅警 翻译 当事人 外国人 中国人 同学 老板 陈述 陈列 周边 周围 周末 高度 高速 方便 方向 方面 石头
    金钱 金额 程度 程序 任何 任务 于是 余额 许多 何时 谢谢 史上 马上 常见 安全 万元 钱款 向前 林业 白天 黄金 王国
    孙子 江湖 杨树 毛病 雷同 龙头 贺卡 武器 戴着 莫名 孔子 汤圆 严格 严重 司机 时间 朱红 胡说 邱陵 段落 宋体""".split()
)
_NOT_NAME_PARTS = {"mr", "mrs", "ms", "dr", "miss", "the", "and", "van", "von", "bin", "del"}
_ORDINALS = "甲乙丙丁戊己庚辛壬癸"


class DeidentificationError(RuntimeError):
    """De-identification could not be completed; the file must be quarantined."""


def id_checksum_ok(value: str) -> bool:
    """GB 11643-1999 check character of an 18-character resident ID number."""
    v = value.upper()
    if len(v) != 18 or not v[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(v[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == v[17]


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a card number (digits only)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class Finding:
    """A recognised value (kept in memory only, never logged or stored)."""

    start: int
    end: int
    type: str
    confidence: float
    value: str = field(repr=False)


@dataclass
class RedactionReport:
    """Counts by type for one document; never the values."""

    source: str
    counts: dict[str, int] = field(default_factory=dict)
    low_confidence: dict[str, int] = field(default_factory=dict)
    distinct: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All replacements in the document."""
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        """The report as stored next to the data (counts only)."""
        return {
            "source": self.source,
            "counts": dict(sorted(self.counts.items())),
            "low_confidence": dict(sorted(self.low_confidence.items())),
            "distinct_values": dict(sorted(self.distinct.items())),
            "total": self.total,
        }


class Deidentifier:
    """Finds personal data and replaces it with per-document pseudonyms."""

    def __init__(self, use_jieba_names: bool = True) -> None:
        self.use_jieba_names = use_jieba_names
        self._posseg: Any = None
        self._lock = threading.Lock()

    def _pos(self) -> Any:
        with self._lock:
            if self._posseg is None:
                import jieba.posseg

                logging.getLogger("jieba").setLevel(logging.WARNING)
                self._posseg = jieba.posseg
            return self._posseg

    # -- recognition --------------------------------------------------------------------------
    def find(self, text: str) -> list[Finding]:
        """All findings, overlaps resolved by type priority, in text order."""
        raw: list[Finding] = []

        def add(m: re.Match[str], kind: str, conf: float, group: int = 0) -> None:
            raw.append(Finding(m.start(group), m.end(group), kind, conf, m.group(group)))

        for m in EMAIL_RE.finditer(text):
            add(m, "email", 0.99)
        for m in ID_RE.finditer(text):
            add(m, "id_card", 0.99 if id_checksum_ok(m.group(0)) else 0.6)
        for m in CARD_RE.finditer(text):
            value = m.group(0)
            digits = re.sub(r"\D", "", value)
            if len(digits) == 18 and ID_RE.fullmatch(digits):
                continue
            head = re.match(r"(?:\d{4}[ -]?){3}\d{4}", value)
            if not luhn_ok(digits) and head and value != head.group(0) and luhn_ok(re.sub(r"\D", "", head.group(0))):
                value = head.group(0)  # "… 7890 128" where only the first 16 digits are the card
                digits = re.sub(r"\D", "", value)
            if luhn_ok(digits):
                raw.append(Finding(m.start(), m.start() + len(value), "bank_card", 0.95, value))
            elif CARD_CONTEXT.search(text[max(0, m.start() - 16) : m.start()]):
                add(m, "bank_card", 0.6)
        for m in PASSPORT_CONTEXT_RE.finditer(text):
            value = m.group(1)
            if sum(c.isdigit() for c in value) >= 4 and 6 <= len(value.replace(" ", "")) <= 12:
                add(m, "passport", 0.95, 1)
        for m in CN_PASSPORT_RE.finditer(text):
            add(m, "passport", 0.85)
        for rx in (MOBILE_RE, LANDLINE_RE, INTL_RE):
            for m in rx.finditer(text):
                digits = re.sub(r"\D", "", m.group(0))
                if 7 <= len(digits) <= 15:
                    add(m, "phone", 0.9)
        for m in PLATE_RE.finditer(text):
            add(m, "plate", 0.9)
        for m in ADDRESS_RE.finditer(text):
            add(m, "address", 0.85)
        for m in LATIN_NAME_RE.finditer(text):
            add(m, "person_name", 0.9, 1)
        if re.search(r"[\u4e00-\u9fff]", text):
            for m in LATIN_BARE_NAME_RE.finditer(text):
                if m.group(0) not in NOT_LATIN_NAMES:
                    add(m, "person_name", 0.75)
        for m in CALLED_RE.finditer(text):
            add(m, "person_name", 0.75, 1)
        if re.search(r"[\u4e00-\u9fff]", text):
            for m in CAPS_NAME_RE.finditer(text):
                if not set(m.group(0).split()) & ACRONYMS:
                    add(m, "person_name", 0.7)
        dictionary = self._dictionary() if self.use_jieba_names else None
        for m in ZH_COMPOUND_NAME_RE.finditer(text):
            add(m, "person_name", 0.7)
        if re.search(r"[\u4e00-\u9fff]", text):
            for m in LATIN_GIVEN_AFTER_CJK_RE.finditer(text):
                if m.group(1) not in NOT_GIVEN_NAMES:
                    add(m, "person_name", 0.7, 1)
        for rx in (ZH_NAME_CONTEXT_RE, ZH_NAME_BEFORE_ID_RE, ZH_ROLE_NAME_RE, ZH_NAME_TITLE_RE):
            for m in rx.finditer(text):
                name = m.group(1)
                strong = rx is ZH_NAME_CONTEXT_RE
                if _looks_like_zh_name(name, dictionary, strong=strong):
                    add(m, "person_name", 0.85, 1)
                elif rx in (ZH_NAME_BEFORE_ID_RE, ZH_NAME_TITLE_RE):
                    # "收银员甘露（…", "其女儿田中由纪（…": the match may begin a character or two early.
                    for cut in (1, 2):
                        if len(name) - cut >= 2 and _looks_like_zh_name(name[cut:], dictionary):
                            raw.append(Finding(m.start(1) + cut, m.end(1), "person_name", 0.8, name[cut:]))
                            break
        # A list continues a name already found: "民警骆斌、石小川".
        found_names = {f.end for f in raw if f.type == "person_name"}
        for m in ZH_NAME_LIST_RE.finditer(text):
            joined_to_name = m.start() in found_names or (m.start() > 0 and text[m.start() - 1] == "）")
            if joined_to_name and _looks_like_zh_name(m.group(1), dictionary):
                add(m, "person_name", 0.75, 1)
        if self.use_jieba_names:
            raw.extend(self._jieba_names(text))
        raw.extend(self._repeats(text, raw))
        return _resolve(raw)

    def _dictionary(self) -> Any:
        import jieba

        self._pos()
        jieba.dt.check_initialized()
        return jieba.dt

    def _jieba_names(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        pos = 0
        for word, flag in self._pos().cut(text):
            start = text.find(word, pos)
            if start < 0:
                continue
            pos = start + len(word)
            dictionary = self._dictionary()
            if flag == "nr" and _jieba_name_ok(word, dictionary) and _looks_like_zh_name(word, dictionary):
                out.append(Finding(start, start + len(word), "person_name", 0.7, word))
        return out

    @staticmethod
    def _repeats(text: str, found: list[Finding]) -> list[Finding]:
        """Every other occurrence of a name found once (and a Latin name's surname on its own)."""
        names: set[str] = set()
        for f in found:
            if f.type == "person_name":
                names.add(f.value)
                parts = f.value.split()
                if len(parts) > 1:
                    # "Ivan Petrov … Petrov said", "Siti Rahmawati … Siti": each part on its own too.
                    names.update(p for p in parts if len(p) >= 3 and p.lower() not in _NOT_NAME_PARTS)
        out: list[Finding] = []
        for name in names:
            boundary = r"(?<![A-Za-z])" if name.isascii() else ""
            end = r"(?![A-Za-z])" if name.isascii() else ""
            for m in re.finditer(boundary + re.escape(name) + end, text):
                out.append(Finding(m.start(), m.end(), "person_name", 0.8, name))
        return out

    # -- replacement --------------------------------------------------------------------------
    def redact(self, text: str, source: str = "") -> tuple[str, RedactionReport]:
        """Replace every finding with a consistent pseudonym; returns the text and the report."""
        try:
            findings = self.find(text)
        except Exception as exc:  # never echo the text
            raise DeidentificationError(f"{source}: recognizers failed ({type(exc).__name__})") from None
        report = RedactionReport(source=source)
        aliases: dict[tuple[str, str], str] = {}
        latin_people: dict[str, str] = {}
        zh_people: dict[str, str] = {}
        per_type: Counter[str] = Counter()
        per_surname: Counter[str] = Counter()
        out: list[str] = []
        last = 0
        for f in findings:
            key = (f.type, _normal(f.value, f.type))
            if key not in aliases:
                if f.type == "person_name" and f.value.isascii():
                    person = _latin_key(f.value, latin_people)
                    if person not in latin_people:
                        latin_people[person] = f"Person-{len(latin_people) + 1}"
                    aliases[key] = latin_people[person]
                elif f.type == "person_name":
                    surname = _surname(f.value)
                    if f.value not in zh_people:
                        ordinal = _ORDINALS[per_surname[surname] % len(_ORDINALS)]
                        per_surname[surname] += 1
                        zh_people[f.value] = f"{surname}某{ordinal}"
                    aliases[key] = zh_people[f.value]
                else:
                    per_type[f.type] += 1
                    aliases[key] = f"[{LABELS_ZH[f.type]}-{per_type[f.type]}]"
                report.distinct[f.type] = report.distinct.get(f.type, 0) + 1
            out.append(text[last : f.start])
            out.append(aliases[key])
            last = f.end
            report.counts[f.type] = report.counts.get(f.type, 0) + 1
            if f.confidence < 0.8:
                report.low_confidence[f.type] = report.low_confidence.get(f.type, 0) + 1
        out.append(text[last:])
        redacted = "".join(out)
        residual = self.residual(redacted)
        if residual:
            raise DeidentificationError(f"{source}: {residual} strong identifier(s) left after redaction")
        return redacted, report

    def residual(self, text: str) -> int:
        """Strong identifiers still present (checksum-valid IDs and cards, e-mails): must be 0."""
        n = sum(1 for m in ID_RE.finditer(text) if id_checksum_ok(m.group(0)))
        n += sum(1 for m in CARD_RE.finditer(text) if luhn_ok(re.sub(r"\D", "", m.group(0))))
        n += len(EMAIL_RE.findall(text))
        return n


def _looks_like_zh_name(word: str, dictionary: Any = None, strong: bool = False) -> bool:
    """Surname first, 2-4 characters, not a common word (after a role word — ``strong`` — only verbs
    and pronouns are refused: 店长周全 and 民警安然 are names, 民警解释 is not)."""
    if word in NOT_NAMES or "某" in word or not 2 <= len(word) <= 4:
        return False
    if not (word[0] in SURNAMES or word.startswith(COMPOUND_SURNAMES)):
        return False
    if dictionary is not None:
        # "向双方", "周边": surname character + a common non-name word is not a name.
        tags = _TAGS(dictionary)
        word_tag = tags.get(word, "")
        if strong:
            if dictionary.FREQ.get(word, 0) >= 1000 and word_tag.startswith(("v", "r", "p", "c", "d")):
                return False
        # A common word is not a name (解释, 顾客: jieba's dictionary even tags some of them nr).
        elif dictionary.FREQ.get(word, 0) >= 1000 and not word_tag.startswith("nr"):
            return False
        tail = word[len(_surname(word)) :]
        if tail in _PRONOUNS:
            return False
        freq, tag = dictionary.FREQ.get(tail, 0), tags.get(tail, "")
        # "向双方", "向中介": surname character + a common noun or verb; 建国/宇航 stay names.
        if len(tail) >= 2 and freq >= 3000 and not tag.startswith(("nr", "ns", "nz", "t")):
            return False
    return True


_PRONOUNS = set(
    """他 她 它 我 你 您 们 其 该 此 这 那 他们 她们 我们 你们 大家 双方 对方 本人 中介 保洁 保安 房东 店主 司机 家属
    群众 老人 孩子 学生 游客 乘客 顾客 商户 店家 邻居 同事 领导""".split()
)


#: Characters common in Chinese given names: a dictionary word tagged nr is trusted as a name only
#: when its given name is made of these (李娜 yes; 许可, 顾客, 牛肉干 no).
GIVEN_NAME_CHARS = set(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲飞鹏辉建国峰琳晶慧颖莉斌宇浩凯欣雪梅兰婷云"
    "鑫帅亮晨佳怡倩霖博文彬锋宁蕾薇璐露晓东海燕春兵波浩然俊轩子豪梓涵宏志新立伦嘉欢庆龙彤琪悦瑶婕妍雯"
    "晖阳昊瑞祥福贵荣发成林森楠枫松柏琦瑾瑜珊珍珠翠凤娇媛嫣妮姗婉婧菲菁萱蓉莹茜荷芸芬芝兰菊"
)


def _jieba_name_ok(word: str, dictionary: Any) -> bool:
    """jieba tags many dictionary words nr (许可, 顾客, 牛肉干); trust nr for words its dictionary
    does not contain, contains with a surname-given-name tag, or whose given name looks like one."""
    if dictionary.FREQ.get(word, 0) <= 0 or _TAGS(dictionary).get(word, "").startswith(("nrfg", "nrt")):
        return True
    given = word[len(_surname(word)) :]
    return bool(given) and all(ch in GIVEN_NAME_CHARS for ch in given)


def _TAGS(dictionary: Any) -> dict[str, str]:
    from jieba import posseg

    tags: dict[str, str] = posseg.dt.word_tag_tab
    return tags


def _surname(name: str) -> str:
    for compound in COMPOUND_SURNAMES:
        if name.startswith(compound):
            return compound
    return name[0]


def _normal(value: str, kind: str) -> str:
    if kind in ("phone", "bank_card", "id_card", "passport", "plate"):
        return re.sub(r"[\s\-·•．.()]", "", value).upper()
    return value


def _latin_key(value: str, known: dict[str, str]) -> str:
    """A Latin surname on its own maps to the full name already seen with it."""
    for full in known:
        if value != full and full.split()[-1] == value:
            return full
    return value


def _resolve(findings: list[Finding]) -> list[Finding]:
    rank = {t: i for i, t in enumerate(PRIORITY)}
    # Longer and higher-priority spans first; then keep those that do not overlap a kept one.
    ordered = sorted(findings, key=lambda f: (rank[f.type], -(f.end - f.start), f.start))
    kept: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in ordered:
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        kept.append(f)
        taken.append((f.start, f.end))
    return sorted(kept, key=lambda f: f.start)
