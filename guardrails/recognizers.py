"""Presidio recognizers for the personal data in foreign-related police case files.

Every recognizer is a :class:`presidio_analyzer.EntityRecognizer` and carries context words in
Chinese, English and Russian. Context is checked on the characters before (and, for dates of birth,
after) a candidate, because Chinese has no spaces: "护照号E12345678" has no token boundary for
Presidio's lemma-based enhancer to find. Validation comes from the libraries: GB 11643 check
characters from ``stdnum.cn.ric``, card numbers from ``stdnum.luhn``, IBANs from ``stdnum.iban``,
phone numbers from ``phonenumbers``, e-mail domains from ``tldextract``'s bundled suffix list.

Entity names are the project's own type names (``id_card``, ``passport``…), so reports, the
evaluation and the pseudonyms use one vocabulary.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

import regex

from guardrails._presidio import EntityRecognizer, NlpArtifacts, RecognizerResult
from guardrails.tables import cells, header_at

log = logging.getLogger(__name__)

#: Every entity type the engine finds, strongest first (overlaps are resolved in this order).
ENTITY_TYPES = (
    "mrz",
    "email",
    "iban",
    "permanent_residence",
    "id_card",
    "bank_card",
    "residence_permit",
    "visa",
    "passport",
    "im_handle",
    "phone",
    "plate",
    "date_of_birth",
    "address",
    "person_name",
)
#: A leak of one of these is never acceptable (the evaluation counts them separately).
STRONG_TYPES = frozenset({"id_card", "passport", "mrz", "phone", "bank_card", "iban", "permanent_residence"})

CJK = r"\p{Han}"


@dataclass(frozen=True)
class Pattern:
    """One regular expression of a recognizer.

    ``group`` is the capture group holding the value; ``needs_context`` drops a match that has no
    context word nearby; ``validate`` may refuse a value (None) or return the score to give it.
    """

    rx: str
    score: float
    group: int = 0
    needs_context: bool = False
    ignore_case: bool = False
    validate: Callable[[str], float | None] | None = None
    #: Words at the start of a match that are not part of the value ("住", "入住", "搬离").
    strip: str | None = None


class ContextRecognizer(EntityRecognizer):
    """Regular expressions + library validators + a character window of context words."""

    #: Characters looked at before a candidate for a context word.
    window = 20

    def __init__(
        self,
        entity: str,
        patterns: Sequence[Pattern],
        context: Sequence[str],
        language: str,
        name: str | None = None,
        context_after: Sequence[str] = (),
        window: int | None = None,
        weak: Sequence[str] = (),
        same_line: bool = False,
        header_words: Sequence[str] = (),
        exclude_before: regex.Pattern[str] | None = None,
        key_words: Sequence[str] = (),
    ) -> None:
        #: Abbreviations that name this type only as an export's key ("rp_no", <Document kind="rp">).
        self.key_words = tuple(key_words)
        self.entity = entity
        #: A label right before a candidate that names another kind of number (a case or transaction
        #: reference): the candidate is not this type, whatever its digits.
        self.exclude_before = exclude_before
        self.patterns = list(patterns)
        self._compiled = [regex.compile(p.rx, regex.IGNORECASE if p.ignore_case else 0) for p in self.patterns]
        self.context_words = tuple(w.lower() for w in context)
        self.context_after = tuple(w.lower() for w in context_after)
        #: Generic context words ("证件号", "No."): they give context, but count as the farthest
        #: possible word, so a document word nearby ("居留证（证件号码…") decides the type.
        self.weak = frozenset(w.lower() for w in weak)
        if window is not None:
            self.window = window
        #: Context words count only on the value's own line (a title above names no plate).
        self.same_line = same_line
        if header_words:
            self.header_words = tuple(w.lower() for w in header_words)
        self.recognizer_name = name or f"{type(self).__name__}:{entity}:{language}"
        super().__init__(
            supported_entities=[entity],
            name=self.recognizer_name,
            supported_language=language,
            context=list(context),
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled in ``__init__``."""

    def context_distance(self, text: str, start: int, end: int) -> int | None:
        """Characters between the nearest context word and the value (None: no context word)."""
        before = text[max(0, start - self.window) : start].lower()
        if "<" in before or "`" in before or "**" in before:
            # markup between the label and the value is no distance ("<li>تاريخ الميلاد: <span>…",
            # "паспорт `GA…`"): tags, code quotes and bold marks are left out of the count
            before = MARKUP_RE.sub("", text[max(0, start - self.window - 120) : start])[-self.window :].lower()
        if self.same_line:
            before = before.rsplit("\n", 1)[-1]
        best: int | None = None
        for w in self.context_words:
            i = before.rfind(w)
            if i >= 0:
                gap = 20 if w in self.weak else len(before) - (i + len(w))
                best = gap if best is None else min(best, gap)
        if best is None:
            # A context word longer than the window counts when it ends right at the value
            # ("автомобиль с номером KC8435AI").
            near = text[max(0, start - self.window - 40) : start].lower()
            if self.same_line:
                near = near.rsplit("\n", 1)[-1]
            near = near.rstrip(" :：")
            if any(len(w) > self.window - 2 and near.endswith(w) for w in self.context_words):
                best = 1
        if best is not None:
            return best
        after = text[end : end + 8].lower()
        if any(after.startswith(w) or w in after[: len(w) + 2] for w in self.context_after):
            return 0
        # a word the match took part of ("08.11.1983 г." + "р."): read from the value's last characters
        tail = text[max(start, end - 3) : end + 8].lower()
        if any(len(w) >= 3 and w in tail for w in self.context_after):
            return 0
        label = self.field_label(text, start)
        if label and any(w in label for w in self.context_words if w not in self.weak):
            return 20  # the farthest possible word: a nearer word of another recognizer decides
        # The key of an export (JSON, YAML, key=value logs, XML elements): "rp_no", "docNo",
        # <Document kind="rp">, read as words.
        key = export_key(text, start)
        if key:
            words = set(key.split())
            strong = [w for w in self.context_words if w not in self.weak]
            strong += list(self.header_words) + list(self.key_words)
            if any((w in words) if len(w) <= 3 else (w in key) for w in strong):
                return 5
            if any((w in words) if len(w) <= 3 else (w in key) for w in self.weak):
                return 20
        # A form that prints its label on the line(s) above the value (OCR of cards and forms).
        above = label_above(text, start)
        if above:
            if any(w in above for w in self.context_words if w not in self.weak):
                return 12
            if any(w in above for w in self.weak):
                return 20
        # A cell of a delimited table: its column's name is its label, however far above.
        header = header_at(text, start, end)
        if header:
            cols = self.context_words if self.header_uses_context else ()
            if any(w in header for w in cols if w not in self.weak) or any(w in header for w in self.header_words):
                return 5
            if any(w in header for w in self.weak):
                return 20
        return None

    #: Characters a field label may run before its colon ("Номер паспорта Кузнецова В.Ю.: ").
    label_limit = 48
    #: Short column names that name this recognizer's type only as a table header ("permit", "dob").
    header_words: tuple[str, ...] = ()
    #: Whether the ordinary context words count in a column name too (not for phones: "证件号码"
    #: holds 号码 and names a document).
    header_uses_context = True

    @classmethod
    def field_label(cls, text: str, start: int) -> str | None:
        """The label of a "label: value" field ending right before ``start``, lower-cased: the text
        back to the previous line or sentence break, when it is short (None: no such label)."""
        head = text[max(0, start - cls.label_limit - 2) : start].rstrip(" \t")
        if not head.endswith((":", "：", "=")):
            return None
        head = head[:-1]
        cut = max(head.rfind(ch) for ch in "\n。；;，,!?！？")
        label = head[cut + 1 :]
        if cut < 0 and start - cls.label_limit - 2 > 0:
            return None  # no break within reach: a long sentence, not a label
        return label.lower() if label.strip() else None

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A context word within the window before the value (or right after it)."""
        return self.context_distance(text, start, end) is not None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Matches of every pattern that pass validation and the context rule."""
        if entities and self.entity not in entities:
            return []
        out: list[RecognizerResult] = []
        for pattern, rx in zip(self.patterns, self._compiled, strict=True):
            for m in rx.finditer(text):
                start, end = m.span(pattern.group)
                if pattern.strip is not None:
                    lead = regex.match(pattern.strip, text[start:end])
                    if lead is not None:
                        start += lead.end()
                    # A verb of moving in inside the match: the address starts after its last one
                    # ("廖磊于上月搬入维也纳国际酒店1609房").
                    inner = [m2.end() for m2 in ZH_INNER_LEAD_RE.finditer(text, start, end)]
                    if inner and inner[-1] < end:
                        start = inner[-1]
                if start < 0 or end <= start:
                    continue
                value = text[start:end]
                if self.exclude_before is not None and self.exclude_before.search(text[max(0, start - 32) : start]):
                    continue
                checked = pattern.validate(value) if pattern.validate is not None else pattern.score
                if checked is None:
                    continue
                score = checked
                distance = self.context_distance(text, start, end)
                if pattern.needs_context and distance is None:
                    continue
                if distance is not None:
                    # The nearest context word wins when several recognizers claim one value
                    # ("居留许可号码…，签证号码V0123456" is a visa number).
                    score = max(score, 0.9 - 0.004 * min(distance, 20))
                out.append(self._result(start, end, score, distance is not None))
        return out

    def _result(self, start: int, end: int, score: float, context: bool) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.recognizer_name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                # Our context check ran already; Presidio's token-based enhancer must not add to it.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                "context": context,
            },
        )


_EXPORT_KEY = regex.compile(
    # <Tag attr="v">value  |  "key": "value  |  key: value / key=value / key="value (an identifier key)
    r"(?:<(?P<tag>[A-Za-z_][\w.-]*)(?P<attrs>[^<>]{0,60})>"
    r"|\"(?P<json>[A-Za-z_][\w.-]{0,40})\"\s*:\s*\"?"
    r"|(?<![\w.-])(?P<kv>[A-Za-z_][\w.-]{0,40})\s*[:=]\s*[\"']?)\s*$"
)


def _key_words(key: str) -> str:
    """``rp_no`` → "rp no", ``docNumber`` → "doc number", ``Passport-No`` → "passport no"."""
    key = regex.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key)
    return " ".join(w for w in regex.split(r"[\s_.\-=\"']+", key.lower()) if w)


def export_key(text: str, start: int) -> str | None:
    """The key of an exported field that ends right before ``start``, as lower-case words (None:
    none). Only identifier-like keys count: a line of prose ending in a colon is ``field_label``'s."""
    m = _EXPORT_KEY.search(text[max(0, start - 90) : start])
    if m is None:
        return None
    if m.group("tag"):
        attrs = " ".join(regex.findall(r"[\w-]+\s*=\s*[\"']([^\"']*)[\"']", m.group("attrs")))
        return _key_words(m.group("tag") + " " + attrs)
    key = m.group("json") or m.group("kv")
    if m.group("kv") and "_" not in key and not regex.search(r"[a-z][A-Z]", key) and len(key) > 3:
        return None  # "Note: …", "Subject: …": an English word and a colon are field_label's
    return _key_words(key)


_CJK_SPACED = regex.compile(r"(?<=\p{Han}) +(?=\p{Han})")
#: A line that holds a value or a sentence of its own, not a bare label: any digit, a pseudonym's
#: bracket, "label: value", or a sentence's end.
_HAS_VALUE = regex.compile(r"\d|[\[\]【】]|[\p{Han}\p{L}]{2,}[:：]\s*\S|[。！？；]")


def label_above(text: str, start: int, lines: int = 2, limit: int = 48) -> str | None:
    """The label a form prints above its value: when the value opens its line, the one or two short
    lines right above it that hold no value of their own ("出 生 日 期⏎Date of Birth⏎１９８８．０５．１７"),
    lower-cased, letters spaced out on a scan joined again ("证 件 号 码" → "证件号码")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return None
    found: list[str] = []
    end = line_start - 1
    while len(found) < lines and end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        end = begin - 1
        if not line:
            if found:
                break
            continue
        if len(line) > limit or _HAS_VALUE.search(line):
            break
        found.append(_CJK_SPACED.sub("", line).lower())
        if begin == 0:
            break
    return " / ".join(found) if found else None


# ---------------------------------------------------------------------------------- validators
def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _cn_id(value: str) -> float | None:
    """Resident ID: 0.95 with a valid GB 11643 check character (``stdnum.cn.ric``); a lookalike
    (same shape, wrong check character) is still masked at 0.6."""
    from stdnum.cn import ric

    v = value.upper()
    if v.startswith("9"):
        return None  # a foreigner's permanent-residence number (its own recognizer)
    # The check character decides; stdnum's region table is not complete for every county code.
    return 0.95 if ric.calc_check_digit(v) == v[-1] else 0.6


def _permanent_residence_new(value: str) -> float | None:
    """2023 format: 18 characters starting with 9, GB 11643 check character."""
    from stdnum.cn import ric

    v = value.upper()
    return 0.95 if ric.calc_check_digit(v) == v[-1] else 0.6


def _luhn_card(value: str) -> float | None:
    from stdnum import luhn

    digits = _digits(value)
    if not 13 <= len(digits) <= 19 or digits[0] == "0":
        return None
    if luhn.is_valid(digits):
        return 0.9
    # A mistyped card still is one, but only where card numbers begin: ISO/IEC 7812's major
    # industry identifiers 2-6 (banking and finance; 6 includes UnionPay's 62).
    return 0.5 if digits[0] in "23456" else None


def _iban(value: str) -> float | None:
    from stdnum import iban

    if iban.is_valid(value):
        return 0.95
    # ISO 13616's mod-97 and the country's length hold, a national check digit inside the account
    # (Spain's CCC, Belgium's, …) does not: a mistyped or made-up account is still someone's.
    try:
        iban.validate(value, check_country=False)
    except ValueError:
        return None
    return 0.85


@lru_cache(maxsize=1)
def _tld_extractor() -> Any:
    import tldextract

    # The suffix list bundled with tldextract; never fetched (no network at run time).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _email(value: str) -> float | None:
    parts = _tld_extractor()(value.rsplit("@", 1)[-1])
    return 0.95 if parts.suffix else 0.6


def _mrz(value: str) -> float | None:
    """An ICAO 9303 line: 30 (TD1), 36 (TD2) or 44 (TD3) characters of A-Z, 0-9 and filler '<'."""
    v = value.strip()
    if v.count("<") < 2 or len(v) < 28:
        return None
    return 0.95 if len(v) in (30, 36, 44) else 0.8


def _passport(value: str) -> float | None:
    compact = value.replace(" ", "")
    if not 6 <= len(compact) <= 12 or sum(c.isdigit() for c in compact) < 5:
        return None
    return 0.6


def _passport_alnum(value: str) -> float | None:
    """Letter-first numbers of 8-10 upper-case letters and digits with at least one digit: the
    German (C01X00T47, CFGHJ1KLM), Austrian and similar layouts, only after a passport word (a
    word in capitals has no digit)."""
    digits = sum(c.isdigit() for c in value)
    if not 8 <= len(value) <= 10 or digits < 1 or (digits == len(value) - 1 and value[1:].isdigit()):
        return None
    if value[0].isdigit() and (digits < 3 or digits == len(value)):
        return None  # digit-first layouts ("7BC91600") need letters and digits both
    return 0.6


def _min_digits(n: int, score: float = 0.6) -> Callable[[str], float | None]:
    def check(value: str) -> float | None:
        return score if sum(c.isdigit() for c in value) >= n else None

    return check


# ---------------------------------------------------------------------------------- context words
CTX_ID = (
    "身份证",
    "公民身份号码",
    "身份号码",
    "证件号",
    "id card",
    "id no",
    "resident id",
    "удостоверение",
    "паспорт кнр",
)
#: Words that name a document number without saying which document ("证件号码", "No.").
CTX_GENERIC_NUMBER = (
    "证件号",
    "证件编号",
    "document no",
    "document number",
    "doc. no",
    "doc no",
    "doc_no",
    "doc#",
    "номер документа",
    "رقم الوثيقة",
)
#: A column named only "Document" / "证件" / "Документ": a document number, the type unsaid.
GENERIC_DOCUMENT_HEADERS = ("document", "证件", "документ", "وثيقة")
CTX_PASSPORT = (
    "护照",
    "证件号",
    "旅行证",
    "passport",
    "travel document",
    "travel doc",
    "ppt ",
    "ppt:",
    "ppt no",
    *CTX_GENERIC_NUMBER,
    "паспорт",
    "загранпаспорт",
    "جواز",
)
CTX_MRZ = ("机读", "mrz", "machine readable", "машиночитаем", "护照底页", "识读区")
CTX_RESIDENCE = (
    "居留许可",
    "居留证",
    "居留证件",
    "工作类居留",
    "学习类居留",
    "residence permit",
    "resident permit",
    "вид на жительство",
    "внж",
    "разрешение на проживание",
    "разрешение на временное",
    "рвп",
    "residence card",
    "resident card",
    "residence no",
    "rp no",
    "permit no",
    "permit number",
    "разрешение на пребывание",
    "تصريح إقام",
    "إقامت",
    "إقامة",
    "الإقامة",
    "اقامة",
)
CTX_VISA = ("签证", "visa", "виза", "визы", "визу", "визе", "визой", "تأشيرة")
CTX_PERMANENT = (
    "永久居留",
    "永居",
    "绿卡",
    "permanent residen",
    "green card",
    "пмж",
    "постоянное проживание",
    "الإقامة الدائمة",
    "إقامة دائمة",
)
CTX_PHONE = (
    "电话",
    "手机",
    "联系方式",
    "号码",
    "致电",
    "拨打",
    "座机",
    "phone",
    "tel",
    "mobile",
    "cell",
    "call",
    "телефон",
    "тел",
    "моб",
    "номер",
    "هاتف",
    "جوال",
    "الجوال",
    "موبايل",
    "رقم الهاتف",
    "للتواصل",
)
CTX_IM = (
    "微信",
    "wechat",
    "weixin",
    "qq",
    "telegram",
    "电报",
    "tg",
    "whatsapp",
    "line",
    "瓦次普",
    "телеграм",
    "телеграмм",
    "вотсап",
    "ватсап",
    "вичат",
    "вэйчат",
    "wx",
    "vx",
    "企鹅",
    "تيليجرام",
    "تلغرام",
    "واتساب",
    "واتس اب",
    "لاين",
    "аккаунт",
    "社交账号",
    "账号",
    "skype",
    "скайп",
    "سكايب",
    "vk",
    "вконтакте",
    "ويتشات",
)
CTX_EMAIL = ("邮箱", "电子邮件", "邮件", "e-mail", "email", "mail", "почта", "электронн")
CTX_CARD = ("银行卡", "卡号", "账号", "帐号", "储蓄卡", "信用卡", "card", "account", "карта", "карты", "счёт", "счет")
CTX_IBAN = ("iban", "国际银行账号", "账号", "account", "счёт", "счет")
CTX_DOB = (
    "出生",
    "生于",
    "出生日期",
    "出生年月",
    "生日",
    "出生于",
    "date of birth",
    "dob",
    "d.o.b",
    "born",
    "birth",
    "дата рождения",
    "рожд",
    "д.р.",
    "родился",
    "родилась",
    "рождения",
    "рождён",
    "рожден",
    "(b.",
    " b. ",
    "born on",
    "تاريخ الميلاد",
    "تاريخ الولادة",
    "الولادة",
    "الميلاد",
    "ميلاده",
    "ميلادها",
    "ميلادي",
    "مواليد",
    "ولد ",
    "ولدت",
    "المولود",
    "المولودة",
)
#: Birth verbs that make a date later in the same sentence a date of birth, however far the name
#: between them runs (within BIRTH_VERB_WINDOW characters).
BIRTH_VERB_RE = regex.compile(r"(?<!\p{L})(?:وُ?لِ?دَ?ت?|born|родил(?:ся|ась)|рожд[её]н(?:а)?)(?!\p{L})|出生|生于|出世")
BIRTH_VERB_WINDOW = 60
CTX_DOB_AFTER = ("出生", "生", "年生", "出世", "г.р", "года рождения", "г. рождения")
CTX_ADDRESS = (
    "住址",
    "地址",
    "住在",
    "居住",
    "暂住",
    "现住",
    "入住",
    "户籍",
    "address",
    "lives at",
    "living at",
    "residing",
    "адрес",
    "проживает",
    "живёт",
    "живет",
)
CTX_PLATE_AFTER = ("号车", "号轿车", "号小", "号货车", "号摩托")
CTX_PLATE = (
    "驾驶",
    "车牌",
    "牌照",
    "号牌",
    "车号",
    "plate",
    "license",
    "licence",
    "registration",
    "registered",
    "reg. no",
    # a vehicle "with the number": the phrase ends at the plate, however long the vehicle word
    "автомобиль с номером",
    "автомобиля с номером",
    "автомашина с номером",
    "машина с номером",
    "машины с номером",
    "госномер",
    "г/н",
    "гос. номер",
    "госзнак",
    "рег. знак",
    "номер автомобиля",
    "номерной знак",
    "номера",
    "vehicle",
    "taxi",
    "автомоб",
    "автомаш",
    "машин",
    "车辆",
    "سيارة",
    "السيارة",
    "لوحة",
    "اللوحة",
)


# ---------------------------------------------------------------------------------- patterns
#: Labels of reference numbers that are no person's data (cases, calls, transactions, policies,
#: applications, shipments), right before a number: "流水号 Ref: …", "受理编号：…", "Call ID: …".
REFERENCE_NUMBER_BEFORE = regex.compile(
    r"(?:(?<![A-Za-z])(?:case|file|ref|reference|record|report|ticket|order|invoice|policy|application|call"
    r"|shipment|tracking|transaction|txn|serial|receipt|query|request)[ _]?(?:no\.?|number|id|#|№)?"
    r"|案号|案件编号|案件号|编号|档案号|单号|订单号|流水号|受理号|保单号|交易号|凭证号|运单号|回单号|文书号|批次号"
    r"|дело|дела|№ дела|рег\. ?№|رقم القضية|رقم الطلب)\s*[:：#№=]?\s*[\"']?$",
    regex.IGNORECASE,
)
_NB = r"(?<![0-9A-Za-z])"  # no ASCII alphanumeric before
_NA = r"(?![0-9A-Za-z])"  # no ASCII alphanumeric after
#: Markup between a label and its value: HTML / XML tags, Markdown code quotes and bold marks.
MARKUP_RE = regex.compile(r"<[^<>\n]{0,80}>|`+|\*\*")
#: Digits other than ASCII mapped one to one (offsets stay valid): Arabic-Indic, Persian, full-width.
DIGIT_MAP = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
#: The analyzer's view of a text, one character for one: the digits above, full-width Latin letters
#: and the full-width signs numbers are written with (ＡＢ１２３４５６７, ＋８６, １９８８．０５．１７), and
#: spoken numbers in Chinese digits ("一三九 四一一七 一一一八", "幺七八…": seven or more digits in a
#: run, spaces or dashes between them, no 十/百 of a written-out quantity) read as ASCII digits.
VIEW_MAP = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９＋－．／"
    + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
    + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789" * 3 + "+-./" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz",
)
#: 幺 (1), 两 (2), 拐 (7) and 洞 (0) are how digits are said on a radio or a phone line.
_ZH_DIGITS = "〇零一二三四五六七八九幺两拐洞"
_ZH_DIGIT_MAP = str.maketrans(_ZH_DIGITS, "001234567891270")
ZH_SPOKEN_NUMBER_RE = regex.compile(f"[{_ZH_DIGITS}](?:[- ]?[{_ZH_DIGITS}]){{6,}}")


def analysis_view(text: str) -> str:
    """``text`` as the recognizers read it (same length, same offsets): see ``VIEW_MAP``."""
    view = text.translate(VIEW_MAP)
    if ZH_SPOKEN_NUMBER_RE.search(view) is None:
        return view
    return ZH_SPOKEN_NUMBER_RE.sub(lambda m: m.group(0).translate(_ZH_DIGIT_MAP), view)


_YEAR = r"(?:19|20)\d{2}"
_EN_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: The twelve Russian months in every case (январь / января / январе …) and their usual abbreviations.
_RU_MONTH = (
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяеюё]|март[аеу]?|ма[йяею]|август[аеу]?"
    r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.)"
)
#: Day ordinals in the genitive ("третьего мая", "двадцать первого").
_RU_ORDINAL = (
    r"(?:(?:двадцать|тридцать)\s+)?(?:перв|втор|треть|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат"
    r"|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)"
    r"(?:ого|его|ьего)"
)
_RU_YEAR_TAIL = r"(?:\s*(?:г\.|года|г(?![а-я])))?"
#: Arabic month names: the Egyptian / Gulf series and the Levantine one.
_AR_MONTH = (
    r"(?:يناير|فبراير|مارس|[أا]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر"
    r"|كانون\s+الثاني|شباط|آذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول|تشرين\s+الأول|تشرين\s+الثاني|كانون\s+الأول)"
)
_CN_DATE_DIGIT = "一二三四五六七八九〇零○"
#: Months in Roman numerals, as Russian and other European hands write dates ("7.VI.1977").
_ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])"
_DATE = (
    r"(?:(?:19|20)?\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    rf"|[{_CN_DATE_DIGIT}]{{2,4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}[日号]"
    rf"|{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}(?:\s*г\.|\s?م(?!\p{{Arabic}}))?"
    r"|\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{_EN_MONTH},?[\s-]+{_YEAR}"
    rf"|\d{{1,2}}(?:/{_EN_MONTH}/|\.{_EN_MONTH})\s?{_YEAR}"
    # a passport's visual zone: day, month abbreviation, two-digit year ("26 NOV 96")
    rf"|\d{{1,2}}\s+{_EN_MONTH}\s+\d{{2}}(?![\d.:])"
    # …and written without spaces, as passenger lists and tickets print it ("21JUL01", "09FEB1966")
    rf"|(?<![A-Za-z0-9])\d{{2}}{_EN_MONTH}(?:{_YEAR}|\d{{2}})(?![\dA-Za-z.:])"
    rf"|{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|(?:\d{{1,2}}(?:-?го)?|{_RU_ORDINAL})\s+{_RU_MONTH}\s*{_YEAR}{_RU_YEAR_TAIL}"
    rf"|{_RU_MONTH}\s+{_YEAR}\s*(?:г\.|года)"
    rf"|\d{{1,2}}\s+{_AR_MONTH}\s+(?:(?:عام|سنة)\s+)?{_YEAR}(?:\s?م)?"
    rf"|\d{{1,2}}\s?[./]\s?{_ROMAN_MONTH}\s?[./]\s?{_YEAR}{_RU_YEAR_TAIL}"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月)"
)
#: A full date right after a person's name and a comma or bracket is that person's date of birth
#: ("Морозова, 16.08.1990, …", "Omar (3 May 1990)"; one more capitalised word of the name may come
#: between); used by the engine after the names are known.
DATE_AFTER_NAME_RE = regex.compile(r"(?-i:\s+\p{Lu}\p{Ll}+)?\s*[,，(（]\s*(" + _DATE + r")(?![0-9])", regex.IGNORECASE)
_CN_NUM = "一二三四五六七八九十百千零〇两"
_NUM = rf"(?:[0-9０-９]+|[{_CN_NUM}]+)"
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
    "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
#: Building / unit / floor / room tails after a street number: "3号楼1单元502室", "院3号楼", "1203房间".
_TAIL = (
    rf"(?:[院]?{_NUM}(?:号楼|幢|栋|座|单元|层|楼|室|房间|号房|客房|房|户|号)|[A-Za-z]座|{_NUM}-{_NUM}(?:室|房)?"
    # a bare room number after the unit or the tower ("二单元1503", "A座1608")
    r"|(?<=单元|座)[0-9]{3,5}(?![0-9])"
    # a bare room after the building ("院二号楼3006", "24栋3单元308"), or in Chinese numerals after the
    # unit ("四单元九〇三")
    r"|(?<=号楼|栋|幢)[0-9]{3,5}(?![0-9])|(?<=单元)[一二三四五六七八九〇零]{3,4}(?![\p{Han}0-9]))"
)
_ROAD = r"(?:路|街|大道|大街|巷|弄|胡同|道|里)"
_COMPLEX = (
    r"(?:小区|花园|公寓|大厦|新村|苑|家园|广场|公馆|华庭|城|府|庄园|中心|大楼|宿舍|社区|"
    r"宾馆|酒店|饭店|旅馆|客栈|民宿|青年旅舍|国际酒店|庭园|庭院|花苑|山庄|园)"
    # a branch in brackets: "华住酒店（西溪店）"; a numbered section of an estate: "翠苑一区"
    rf"(?:[（(]\p{{Han}}{{1,14}}店[）)]|{_NUM}区)?"
)
#: (a 市 inside a name is no city: "万科城市花园"; one before 区 / 县 is)
_HAN_NAME_PART = r"(?:(?![省区县路街号楼室]|市[区县])\p{Han}){1,12}"
#: An estate named without a suffix word ("春江花月", "翠苑一区") right before its building number.
_ESTATE_NAME = r"(?:(?![省市县路街号楼室幢栋])\p{Han}){2,6}?"
ZH_ADDRESS = (
    rf"(?:(?:{_PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?)?"
    r"(?:(?:(?![省市区县路街号址在住到往为是])\p{Han}){2,6}(?:市|盟|自治州|州))?"
    r"(?:(?:(?![省市区县路街号址在住到往为是])\p{Han}){1,5}(?:区|县|旗|自治县))?"
    r"(?:(?:(?![省市区县路街号址在住到往为是])\p{Han}){1,4}(?:街道|镇|乡|苏木))?"
    # a house number may carry 甲 / 乙 / 丙 / 丁 ("建国路甲16号")
    rf"(?:(?![省市区县号址在住到往])[\p{{Han}}A-Za-z0-9]){{1,12}}{_ROAD}[甲乙丙丁]?{_NUM}(?:-{_NUM})?号"
    rf"(?:(?:{_HAN_NAME_PART}?{_COMPLEX}|{_ESTATE_NAME}(?={_NUM}(?:号楼|幢|栋|座)))?{_TAIL}){{0,5}}"
)
#: A rural address: county or district, township, village, village group and house number
#: ("临安区山前村五组9号", "周家村12号").
ZH_VILLAGE = (
    rf"(?:(?:{_PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?)?"
    r"(?:(?:(?![省市区县路街号址村在住到往为是])\p{Han}){2,6}(?:市|盟|自治州|州))?"
    r"(?:(?:(?![省市区县路街号址村在住到往为是])\p{Han}){1,5}(?:区|县|旗|自治县))?"
    r"(?:(?:(?![省市区县路街号址村在住到往为是])\p{Han}){1,4}(?:镇|乡|街道|苏木))?"
    rf"(?:(?![省市区县路街号址村组])\p{{Han}}){{1,4}}村(?:{_NUM}(?:组|队))?{_NUM}号(?:{_TAIL}){{0,3}}"
)
#: Verbs and prepositions a match may begin with: the address starts after them.
ZH_ADDRESS_LEAD = (
    r"(?:(?:现|暂|居|家|户籍|公司|单位|租|借)?住(?:址|在|于)?|地址|入住|居住(?:在|于)?|搬(?:离|到|至|入)|位于|来到|前往|"
    r"回到|赶到|赶往|到达|途经|经过|离开|从|在|于|至|到|往|后|将|并|至其|其)+"
)
ZH_INNER_LEAD_RE = regex.compile(
    r"(?:搬入|搬到|搬至|搬进|住进|住在|入住|现住|暂住|租住(?:在)?|居住(?:在|于)|位于|(?<=[警人他她我其])在)"
)
#: City and district, an estate and its building / room: "杭州市余杭区翠苑一区四幢二千八百零四室".
ZH_ADMIN_ROOM = (
    rf"(?:(?:{_PROVINCES})省?)?(?:(?![省市区县路街号址])\p{{Han}}){{2,4}}市(?:(?![省市区县路街号址])\p{{Han}}){{1,4}}(?:区|县)"
    rf"{_ESTATE_NAME}(?:{_TAIL}){{1,4}}"
)
#: Right after an address word, a named place and a room ("现住锦江之星505房").
ZH_CTX_ROOM = (
    r"(?<=(?:住址|地址|现住|暂住|住在|入住|居住在|租住在)[：:]?)"
    rf"(?:(?![省市区县路街号楼室，。])\p{{Han}}){{2,10}}?(?:[（(]\p{{Han}}{{1,14}}店[）)])?(?:{_TAIL}){{1,4}}"
)
#: A named complex or hotel with a room: "锦绣公寓1203房间", "西湖国际酒店8楼806房", "3号楼1单元502室".
ZH_ROOM = (
    r"(?:(?:(?![省市区县路街号址])\p{Han}){1,4}(?:街道|镇|乡))?"
    rf"(?:{_HAN_NAME_PART}{_COMPLEX}|{_ESTATE_NAME}{_NUM}区(?={_NUM}(?:号楼|幢|栋|座))|{_NUM}(?:号楼|幢|栋))"
    rf"(?:{_TAIL}){{1,4}}"
)
#: A room after a pseudonymised or written address: "[地址-1]院3号楼1单元502室" must not survive.
ZH_TAIL_AFTER = rf"(?<=\]|号)(?:{_TAIL}){{1,5}}"
EN_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Alley|Place|Pl|Square|Sq|"
    r"Highway|Hwy|Court|Ct)\.?"
)
EN_ADDRESS = (
    r"(?:(?:Room|Rm|Apt|Apartment|Flat|Unit|Suite)\.?\s*#?[0-9]{1,5}[A-Z]?,?\s+)?"
    r"(?:(?:Building|Bldg|Block|Tower)\.?\s*[0-9A-Z]{1,4},?\s+)?"
    r"(?:No\.\s*)?[0-9]{1,5}[A-Z]?,?\s+(?:[A-Z][a-z]+(?:['’-][a-z]+)?\s+){1,3}" + EN_STREET + r"(?![A-Za-z])"
    r"(?:,\s*[A-Z][a-z]+\s+(?:District|County|Town))?"
    r"(?:,\s*(?:Hangzhou|Beijing|Shanghai|Xiaoshan|[A-Z][a-z]+ City))?"
    # unit / floor / room after the street: "866 Harbour Road, Unit 3, Room 784"
    r"(?:,\s*(?:Unit|Building|Bldg|Block|Floor|Fl|Room|Rm|Apt|Flat|Suite)\.?\s*#?[0-9]{1,5}[A-Z]?(?![0-9A-Za-z])){0,3}"
    # a Philippine barangay, a city named "… City", a postcode and a country after the street
    r"(?:,\s*(?:(?:Brgy|Barangay)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+\s+City"
    r"|[0-9]{4,6}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)){0,3}"
)
#: "No. 48, Lane 22, Xixi Road": a house number in a lane off a street.
EN_LANE = (
    r"(?<![A-Za-z])No\.\s*[0-9]{1,5},?\s*Lane\s*[0-9]{1,5},?\s*(?:[A-Z][a-z]+\s+){1,3}" + EN_STREET + r"(?![A-Za-z])"
)
#: Street name first, house number after it: "Calle de Toledo 76, 7º C, 28011 Madrid", "Jalan Ampang 12",
#: "Peace Avenue 62, Apt. 61, Bayangol District, Ulaanbaatar"; then unit, floor, postcode, district
#: and city parts separated by commas.
_EN_STREET_PREFIX = r"(?:Calle|Avenida|Av\.|Rua|Rue|Via|Viale|Jalan|Jl\.|Ulitsa|Prospekt|ul\.|ulica|al\.)"
#: What may follow a street and its number, each part after a comma: unit, floor ("7º C"), block,
#: barangay, postcode + city, "… District", a known city, and a last capitalised word (the country)
#: before the sentence ends.
_EN_ADDRESS_PARTS = (
    r"(?:,\s*(?:(?:Apt|Unit|Flat|Room|Rm|Floor|Fl|Block|Tower|Bldg|Building|Brgy|Barangay)\.?\s*"
    r"[0-9A-Z][0-9A-Za-z-]*(?:\s+\p{Lu}\p{Ll}+){0,2}|[0-9]{1,3}\s?[ºª°]\s?[A-Z]?|[0-9]{4,6}\s+\p{Lu}\p{Ll}+"
    r"(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:District|City|Province|County)"
    r"|[0-9]{2}-[0-9]{3}\s+\p{Lu}\p{Ll}+|Col\.\s+(?:\p{Lu}\p{Ll}+\s?){1,3}|C\.\s?P\.\s*[0-9]{4,6}"
    r"|(?:Hangzhou|Beijing|Shanghai|Madrid|Ulaanbaatar|Kuala Lumpur|Manila|Jakarta|Bangkok|Moscow|Almaty|"
    r"Tashkent|Cairo|Dubai|CDMX|Warszawa|Warsaw))){0,5}"
    r"(?:,\s*\p{Lu}\p{Ll}+(?=[.;。；\n]))?"
)
#: Street name first, house number after it: "Calle de Toledo 76, 7º C, 28011 Madrid",
#: "Peace Avenue 62, Apt. 61, Bayangol District, Ulaanbaatar"; or a street word after the number
#: as Malaysia writes it: "Unit 37-4, 1 Jalan Ampang, 51079 Kuala Lumpur, Malaysia".
EN_STREET_FIRST = (
    r"(?<![A-Za-z])(?:"
    rf"{_EN_STREET_PREFIX}\s+(?:(?:de|del|da|das|do|dos|la|le|les|des|di|della)\s+)?(?:\p{{Lu}}[\p{{Ll}}'’-]+\s+){{0,2}}"
    r"\p{Lu}[\p{Ll}'’-]+"
    r"|(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}(?:Avenue|Street|Road|Boulevard|Strasse|Straße|Gasse|Weg))"
    r",?\s+[0-9]{1,5}(?:/[0-9]{1,4})?[A-Za-z]?(?![0-9A-Za-z])" + _EN_ADDRESS_PARTS
)
EN_NUMBER_STREET_PREFIX = (
    r"(?<![A-Za-z])(?:(?:Unit|Apt|Flat|Room|Suite|Lot|No\.)\s*[0-9A-Z][0-9A-Za-z-]*,?\s+)?[0-9]{1,5}[A-Za-z]?,?\s+"
    rf"{_EN_STREET_PREFIX}\s+(?:(?:de|del|da|das|do|dos|la|le|les|des|di|della)\s+)?(?:\p{{Lu}}[\p{{Ll}}'’-]+\s+){{0,2}}"
    r"\p{Lu}[\p{Ll}'’-]+" + _EN_ADDRESS_PARTS
)
EN_ROOM = r"(?<![A-Za-z])(?:Room|Rm|Apt|Apartment|Flat|Suite)\.?\s*#?[0-9]{2,5}[A-Z]?(?![0-9A-Za-z])"
RU_ADDRESS = (
    r"(?:(?:г\.\s*\p{Lu}\p{Ll}+,?|\p{Lu}\p{Ll}+,)\s*)?(?:ул\.|улица|пр-т|пр\.|просп\.|проспект|пер\.|переулок|наб\.|бульвар)"
    r"\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}?\p{Ll}+)?,?\s*"
    # house number with "д." / "дом", or bare, with the flat after a hyphen or slash ("13-237")
    r"(?:(?:д\.|дом)\s*\d+[а-я]?|\d+[а-я]?(?:[-/]\d+)?(?![\d.]))"
    r"(?:,?\s*(?:корп\.|стр\.)\s*\d+)?(?:,?\s*(?:кв\.|квартира)\s*\d+)?"
)
RU_CITY_ADDRESS = (
    r"г\.\s*\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:,\s*[^,\n。；;]{2,30}?){0,3},\s*(?:д\.|дом)\s*\d+[а-я]?"
    r"(?:,?\s*(?:корп\.|стр\.)\s*\d+)?(?:,?\s*(?:кв\.|квартира)\s*\d+)?"
)
#: Arabic addresses: up to three parts (city, quarter) before a street with a number, then building,
#: flat or house numbers: "القاهرة، مدينة نصر، شارع مكرم عبيد، عمارة 67، شقة 5".
_AR_WORDS = r"[\p{Arabic}&&\p{L}][\p{Arabic}\p{Mn}]*(?:\s[\p{Arabic}&&\p{L}][\p{Arabic}\p{Mn}]*){0,2}"
AR_ADDRESS = (
    rf"(?:{_AR_WORDS}،\s*){{0,3}}(?:شارع|طريق|ش\.)\s+(?:{_AR_WORDS}\s+)?\d+"
    r"(?:،\s*(?:عمارة|بناية|مبنى|شقة|دار|طابق|منزل)\s*\d+){0,3}"
    rf"|(?:{_AR_WORDS}،\s*){{0,3}}(?:شارع|طريق)\s+{_AR_WORDS}(?:،\s*(?:عمارة|بناية|مبنى|شقة|دار|طابق|منزل)\s*\d+){{1,3}}"
)
_AR_ADDRESS_LEAD = r"(?:(?:أسكن|يسكن|تسكن|أقيم|يقيم|تقيم|أعيش|يعيش|تعيش)\s+في\s+|العنوان[:：]?\s*|عنوانه[:：]?\s*)"
CN_PLATE = (
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][·•．. ]?"
    r"(?:[A-HJ-NP-Z0-9]{5,6}(?:[学警港澳挂领])?|[A-HJ-NP-Z0-9]{4}[学警港澳挂领])(?![A-Za-z0-9])"
)
#: Russian plates use only the Cyrillic letters that look Latin: "А123ВС 77", "а123вс777".
RU_PLATE = (
    r"(?<![\p{Cyrillic}\p{Latin}\d])[АВЕКМНОРСТУХ]\s?\d{3}\s?[АВЕКМНОРСТУХ]{2}\s?\d{2,3}(?:\s?RUS)?"
    r"(?![\p{Cyrillic}\p{Latin}\d])"
)
#: United Arab Emirates plates name their emirate: "Dubai A 12345", "Abu Dhabi 12 3456".
UAE_PLATE = (
    r"(?<![\p{Latin}])(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain)"
    r"\s+(?:[A-Z]{1,2}|\d{1,2})\s?\d{1,5}(?![\d])"
)
#: Plates in Arabic letters: three letters apart and four digits (Saudi), the Tunisian series.
AR_PLATE = (
    r"(?<![\p{Arabic}\d])(?:[\p{Arabic}&&\p{L}]\s){2}[\p{Arabic}&&\p{L}]\s\d{1,4}(?![\d])"
    r"|(?<![\d])\d{1,3}\s?تونس\s?\d{1,4}(?![\d])"
)
#: Korean plates: two or three digits, one Hangul syllable, four digits ("19가 3627", "123나4567").
KR_PLATE = r"(?<![\d\p{Hangul}])\d{2,3}\s?\p{Hangul}\s?\d{4}(?![\d\p{Hangul}])"
FOREIGN_PLATE = (
    r"(?<![\p{Latin}\p{Cyrillic}\d])(?=[\p{Lu}\d -]*\d)[\p{Lu}\d][\p{Lu}\d -]{3,12}[\p{Lu}\d]"
    r"(?![\p{Latin}\p{Cyrillic}\d])"
)


def _recognizers_for(language: str) -> list[EntityRecognizer]:
    """Every pattern recognizer for one language code (the same patterns serve zh and en)."""

    def rec(entity: str, patterns: Sequence[Pattern], context: Sequence[str], **kw: Any) -> ContextRecognizer:
        return ContextRecognizer(entity, patterns, context, language, **kw)

    return [
        rec(
            "id_card",
            [
                Pattern(
                    _NB + r"[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]" + _NA,
                    0.6,
                    validate=_cn_id,
                ),
                # The same number written in groups: "330102 19900101 1234", "330102-19900101-123X".
                Pattern(
                    _NB
                    + r"[1-8]\d{5}([ -])(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\1\d{3}[0-9Xx]"
                    + _NA,
                    0.6,
                    validate=lambda v: _cn_id(regex.sub(r"[ -]", "", v)),
                ),
                # First-generation 15-digit numbers, only after a context word.
                Pattern(
                    _NB + r"[1-8]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}" + _NA, 0.5, needs_context=True
                ),
            ],
            CTX_ID,
        ),
        rec(
            "permanent_residence",
            [
                Pattern(
                    _NB + r"9\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]" + _NA,
                    0.6,
                    validate=_permanent_residence_new,
                ),
                # Old format (2004-2023): ISO alpha-3 nationality + 12 digits, also written in groups
                # of six or four ("KOR 754442 933134", "USA-1234-5678-9012").
                Pattern(_NB + r"[A-Z]{3}\d{12}" + _NA, 0.95),
                Pattern(_NB + r"[A-Z]{3}([ -])(?:\d{6}\1\d{6}|\d{4}\1\d{4}\1\d{4})" + _NA, 0.9),
            ],
            CTX_PERMANENT,
        ),
        rec(
            "mrz",
            # a line may end at a closing tag ("…<<<<16</pre>"): a filler before "/" is the tag's
            [Pattern(r"(?<![A-Z0-9<])[A-Z0-9<]{28,44}(?![A-Z0-9]|<(?!/))", 0.8, validate=_mrz)],
            CTX_MRZ,
        ),
        rec(
            "passport",
            [
                # Chinese ordinary passports: E + 8 digits, E + letter + 7 digits (2012 on), G + 8 digits;
                # diplomatic / service / official: D, S, P + 7-8 digits.
                Pattern(_NB + r"(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8}|[DSP]E?[0-9]{7,8})" + _NA, 0.85),
                # Any other format after a context word: 6-12 letters/digits, at least 5 digits.
                Pattern(
                    r"(?<![0-9A-Za-z+])(?:[A-Z]{1,3}\s?)?[0-9]{2}\s?[0-9A-Z]{4,9}" + _NA,
                    0.6,
                    needs_context=True,
                    validate=_passport,
                ),
                # Letter-first mixed layouts ("C4F8K2L9Q") after a context word.
                Pattern(
                    r"(?<![0-9A-Za-z+])[0-9A-Z][0-9A-Z]{7,9}" + _NA, 0.6, needs_context=True, validate=_passport_alnum
                ),
                # Passenger data (API / PNR lists): the document type code P before the number
                # ("F  21JUL01  VNM  P  C6057453"); visas and permits carry V, PR, RP there.
                Pattern(
                    r"(?<![A-Za-z0-9])P[ \t]{1,3}((?=[A-Z0-9]*[0-9]{5})[A-Z0-9]{6,9})" + _NA, 0.6, group=1
                ),
                # Russian internal passports: series of 2 + 2 digits and a 6-digit number ("45 08 123456").
                Pattern(r"(?<![0-9A-Za-z+])[0-9]{2}\s?[0-9]{2}\s?[0-9]{6}" + _NA, 0.6, needs_context=True),
            ],
            CTX_PASSPORT,
            weak=CTX_GENERIC_NUMBER + GENERIC_DOCUMENT_HEADERS,
            header_words=("ppt", "passport", "travel doc"),
            context_after=("号护照", "护照", "passport"),
        ),
        rec(
            "residence_permit",
            [
                Pattern(
                    _NB + r"(?:[A-Z]{0,3}|[a-z])[0-9]{6,12}" + _NA, 0.6, needs_context=True, validate=_min_digits(6)
                ),
                # In groups of digits after the letter: "Y 1234 5678", "R-2631-7827".
                Pattern(
                    _NB + r"[A-Z]{1,3}[ -]?[0-9]{3,4}(?:[ -][0-9]{3,4}){1,2}" + _NA,
                    0.6,
                    needs_context=True,
                    validate=_min_digits(6),
                ),
            ],
            CTX_RESIDENCE,
            window=30,
            header_words=("permit", "居留", "rp no", "внж", "рвп", "إقامة"),
            key_words=("rp",),
        ),
        rec(
            "visa",
            [
                Pattern(_NB + r"[A-Z]{0,3}[0-9]{6,10}" + _NA, 0.6, needs_context=True, validate=_min_digits(6)),
                # a two-digit series and the number: "30 7293113"
                Pattern(_NB + r"[0-9]{2}\s[0-9]{6,8}" + _NA, 0.6, needs_context=True),
            ],
            CTX_VISA,
            context_after=("号签证",),
            window=20,
        ),
        rec(
            "email",
            [
                Pattern(
                    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?![A-Za-z0-9-])",
                    0.9,
                    validate=_email,
                )
            ],
            CTX_EMAIL,
        ),
        rec(
            "iban",
            [
                Pattern(_NB + r"[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?" + _NA, 0.9, validate=_iban),
                Pattern(_NB + r"[A-Z]{2}[0-9]{2}(?:-[A-Z0-9]{4}){2,7}(?:-[A-Z0-9]{1,4})?" + _NA, 0.9, validate=_iban),
            ],
            CTX_IBAN,
        ),
        rec(
            "bank_card",
            [
                # Groups of four apart by a space or two, a dash, or nothing; never glued to letters
                # ("A51598020241994529", "PDAA91630867059874" are references, not cards).
                Pattern(
                    r"(?<![\dA-Za-z+])(?:\d{4}(?:[ -]| {2})?){3}\d{1,4}(?:(?:[ -]| {2})?\d{1,3})?(?![\dA-Za-z])",
                    0.5,
                    validate=_luhn_card,
                ),
                # UnionPay cards printed as the six-digit issuer number and the rest ("622258 8515…").
                Pattern(r"(?<![\dA-Za-z+])\d{6}[ -]\d{7,13}(?![\dA-Za-z])", 0.5, validate=_luhn_card),
                # American Express and Diners Club print 4-6-5 and 4-6-4 groups.
                Pattern(r"(?<![\dA-Za-z])\d{4}([ -]| {2})\d{6}\1\d{4,5}(?![\dA-Za-z])", 0.5, validate=_luhn_card),
            ],
            CTX_CARD,
            exclude_before=REFERENCE_NUMBER_BEFORE,
        ),
        DateOfBirthRecognizer(
            "date_of_birth",
            [Pattern(r"(?<![0-9])" + _DATE + r"(?![0-9])", 0.6, needs_context=True, ignore_case=True)],
            CTX_DOB,
            language,
            context_after=CTX_DOB_AFTER,
            window=14,
        ),
        rec(
            "address",
            [
                Pattern(ZH_ADDRESS, 0.85, strip=ZH_ADDRESS_LEAD),
                Pattern(ZH_ROOM, 0.8, strip=ZH_ADDRESS_LEAD),
                Pattern(ZH_VILLAGE, 0.8, strip=ZH_ADDRESS_LEAD),
                Pattern(ZH_ADMIN_ROOM, 0.85, strip=ZH_ADDRESS_LEAD),
                Pattern(ZH_CTX_ROOM, 0.8),
                Pattern(ZH_TAIL_AFTER, 0.7),
                Pattern(EN_ADDRESS, 0.8),
                Pattern(EN_ROOM, 0.75),
                Pattern(EN_STREET_FIRST, 0.8),
                Pattern(EN_NUMBER_STREET_PREFIX, 0.8),
                Pattern(EN_LANE, 0.85),
                Pattern(RU_ADDRESS, 0.8),
                Pattern(RU_CITY_ADDRESS, 0.8),
                Pattern(AR_ADDRESS, 0.8, strip=_AR_ADDRESS_LEAD),
            ],
            CTX_ADDRESS,
        ),
        rec(
            "plate",
            [
                Pattern(CN_PLATE, 0.9),
                Pattern(RU_PLATE, 0.85),
                Pattern(UAE_PLATE, 0.85),
                Pattern(KR_PLATE, 0.85),
                Pattern(AR_PLATE, 0.8),
                Pattern(FOREIGN_PLATE, 0.6, needs_context=True, validate=_min_digits(2)),
            ],
            CTX_PLATE,
            context_after=CTX_PLATE_AFTER,
            window=16,
            same_line=True,
        ),
        ImHandleRecognizer(language),
        PhoneRecognizer(language),
    ]


class DateOfBirthRecognizer(ContextRecognizer):
    """Dates with a birth context word; digits in other scripts (١٩٩٠, １９９０) are read as ASCII
    digits (one character for one, so offsets hold)."""

    def context_distance(self, text: str, start: int, end: int) -> int | None:
        """A context word near the date, or a birth verb earlier in the same sentence ("ولدت فاطمة
        … في 10 يونيو 1998", "was born to … on …"): the latter counts as the farthest word."""
        near = super().context_distance(text, start, end)
        if near is not None:
            return near
        sentence = regex.split(r"[。！？；;!?\n，,،]|\.\s", text[max(0, start - BIRTH_VERB_WINDOW) : start])[-1].lower()
        return 20 if BIRTH_VERB_RE.search(sentence) else None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The context-word matches over the digit-normalised text."""
        return super().analyze(text.translate(DIGIT_MAP), entities, nlp_artifacts)


class ImHandleRecognizer(ContextRecognizer):
    """WeChat, QQ, Telegram, WhatsApp and Line accounts, after the platform's name (zh/en/ru)."""

    _AFTER = (
        r"(?:[\s-]*(?:号|账号|帳號|id|ID|号码|number|no\.?|№|#|username|user\s?name|handle|account|acc\.?|номер|ник"
        r"|логин|аккаунт|акк|حساب|is|was|,|，|:|：|也是|也为|是|为|@|\(|（|\||;|\t)){0,3}\s*[“\"'(（`]?\s*"
    )
    _LINK_WORDS = frozenset(
        {"username", "user", "handle", "number", "account", "name", "nickname", "номер", "ник", "логин", "аккаунт"}
    )
    PLATFORMS: ClassVar[dict[str, tuple[str, str]]] = {
        "wechat": (
            r"微信|wechat|weixin|вичат|вейчат|вэйчат|v信|(?<![A-Za-z])(?:wx|vx)(?![A-Za-z])",
            r"[A-Za-z][-_.A-Za-z0-9]{4,19}[A-Za-z0-9]|1[3-9]\d{9}",
        ),
        "qq": (r"qq|ＱＱ|扣扣|企鹅", r"[1-9][0-9]{4,11}"),
        "telegram": (
            r"telegram|电报|tg|телеграмм?|телега|(?<!\p{Cyrillic})тг(?!\p{Cyrillic})|تيليجرام|تلغرام|تليجرام|تلجرام"
            r"|تيليغرام",
            r"@?[A-Za-z][A-Za-z0-9_]{4,31}",
        ),
        "whatsapp": (
            r"whatsapp|瓦次普|вотсап|ватсап|واتساب|واتس اب|(?<![A-Za-z])wa(?![A-Za-z])",
            r"\+?[0-9][0-9 -]{6,17}[0-9]",
        ),
        "line": (r"line|連我|连我|لاين", r"@?[a-z0-9][a-z0-9._-]{3,19}"),
        "skype": (r"skype|скайп|سكايب", r"live:[.A-Za-z0-9_-]{4,40}|[A-Za-z][A-Za-z0-9._-]{5,31}"),
        # video and social platforms' account numbers (抖音号, 快手号, 小红书号, Instagram, TikTok …): a
        # value there must hold a digit or an underscore (a word after the platform is no account)
        "social": (
            r"抖音|快手|小红书|微博|(?<![A-Za-z])(?:douyin|tiktok|kuaishou|weibo|instagram|insta|ig|facebook|fb)"
            r"(?![A-Za-z])|инстаграм|тикток|فيسبوك|انستغرام|انستقرام|تيك توك",
            r"@?(?=[A-Za-z0-9_.]*[0-9_])[A-Za-z][A-Za-z0-9_.]{3,29}[A-Za-z0-9]|[1-9][0-9]{5,11}",
        ),
        "vk": (
            r"(?<![A-Za-z])vk(?![A-Za-z])|vkontakte|вконтакте|(?<!\p{Cyrillic})вк(?!\p{Cyrillic})",
            r"(?:https?://)?(?:m\.)?vk\.com/[A-Za-z0-9_.]{2,32}|id[0-9]{3,12}|[A-Za-z][A-Za-z0-9_.]{4,31}",
        ),
    }
    #: A column or field that holds chat accounts whatever the platform ("社交账号", "IM handle",
    #: "Chat ID", "Ник", "حساب التواصل"); a bank or mail column is no such column.
    ACCOUNT_FIELD = regex.compile(
        r"社交|聊天|即时通讯|通讯账号|应用账号|联系账号|(?<![a-z])(?:im|chat|messenger|handle|nick(?:name)?)(?![a-z])"
        r"|ник|мессенджер|حساب التواصل|التواصل|" + "|".join(n for n, _ in PLATFORMS.values()),
        regex.IGNORECASE,
    )
    NOT_ACCOUNT_FIELD = regex.compile(
        r"银行|bank|卡|card|iban|邮箱|e-?mail|mail|почт|类型|type|平台|platform|应用$", regex.IGNORECASE
    )
    HANDLE = regex.compile(r"@?[A-Za-z0-9][-_.:/A-Za-z0-9]{3,44}")

    def __init__(self, language: str) -> None:
        patterns = [
            Pattern(rf"(?:{names}){self._AFTER}({value})(?![A-Za-z0-9_])", 0.95, group=1, ignore_case=True)
            for names, value in self.PLATFORMS.values()
        ]
        # WeChat's and Skype's internal ids are recognisable on their own; a Telegram @handle anywhere.
        patterns.append(Pattern(r"(?<![A-Za-z0-9_])wxid_[a-z0-9]{6,24}(?![A-Za-z0-9_])", 0.9))
        patterns.append(Pattern(r"(?<![A-Za-z0-9_.:])live:\.cid\.[0-9a-f]{8,32}(?![A-Za-z0-9_])", 0.9))
        # Contact links name the platform themselves: t.me/handle, wa.me/number, line.me/ti/p/~id.
        patterns.append(
            Pattern(
                r"(?<![A-Za-z0-9_./])(?:https?://)?(?:www\.)?"
                r"(?:(?:t|telegram)\.me/[A-Za-z][A-Za-z0-9_]{3,31}"
                r"|api\.whatsapp\.com/send\?phone=\+?[0-9]{7,15}|line\.me/(?:ti/p/)?~?[A-Za-z0-9._-]{4,20})"
                r"(?![A-Za-z0-9_])",
                0.9,
            )
        )
        # wa.me and vk.com links may follow the platform's name without a space ("WhatsAppwa.me/…").
        patterns.append(
            Pattern(
                r"(?<![0-9_./])(?:https?://)?(?:www\.|m\.)?(?:wa\.me/\+?[0-9]{7,15}|vk\.com/[A-Za-z0-9_.]{2,32})"
                r"(?![A-Za-z0-9_])",
                0.9,
            )
        )
        # An @handle is an account wherever it stands (a chat's speaker, "replying to @…", a mention):
        # an e-mail's @ has a local part glued before it.
        patterns.append(Pattern(r"(?<![A-Za-z0-9_.@+-])@[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_@.-])", 0.6))
        # A handle with a digit a few Chinese words after the platform ("加我微信聊吧 na0515x",
        # "微信转也行 yangz11"): the words between are a verb phrase, the handle must look like one.
        for names, value in (self.PLATFORMS["wechat"], self.PLATFORMS["telegram"], self.PLATFORMS["social"]):
            patterns.append(
                Pattern(
                    rf"(?:{names})[\p{{Han}}]{{1,4}}[ \t:：]+((?=[A-Za-z0-9_.@-]*[0-9])(?:{value}))(?![A-Za-z0-9_])",
                    0.7,
                    group=1,
                    ignore_case=True,
                )
            )
        super().__init__("im_handle", patterns, CTX_IM, language, window=24)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Handles; a bare platform word in ordinary text ("line 3") needs a value shaped like a handle."""
        out = []
        for r in super().analyze(text, entities, nlp_artifacts):
            value = text[r.start : r.end]
            # The word between platform and handle is no handle ("Telegram username [pseudonym]").
            if value.lower().lstrip("@") in self._LINK_WORDS:
                continue
            # After a table delimiter ("Telegram|Passport"), a handle must look like one: a digit,
            # a separator or an @ (a header cell is a plain word).
            gap = text[max(0, r.start - 3) : r.start]
            if any(d in gap for d in "|;\t") and not regex.search(r"[0-9_.@:-]", value):
                continue
            # "Line" is an English word: its handle must mix letters and digits or carry an @.
            if (
                value.islower()
                and value.isalpha()
                and "line" in text[max(0, r.start - 12) : r.start].lower()
                and (not any(c.isdigit() for c in value))
            ):
                continue
            out.append(r)
        if not entities or self.entity in entities:
            out += self._account_fields(text, {(r.start, r.end) for r in out})
        return out

    def _account_fields(self, text: str, seen: set[tuple[int, int]]) -> list[RecognizerResult]:
        """Values under a chat-account column, or after a chat-account label ("Ник=…", "应用账号：…")."""
        found: list[tuple[int, int]] = []
        if "\n" in text:
            for cell in cells(text):
                if self.ACCOUNT_FIELD.search(cell.header) and not self.NOT_ACCOUNT_FIELD.search(cell.header):
                    found.append((cell.start, cell.end))
        for m in regex.finditer(r"[:：=]\s*", text):
            label = self.field_label(text, m.end())
            if label and self.ACCOUNT_FIELD.search(label) and not self.NOT_ACCOUNT_FIELD.search(label):
                h = self.HANDLE.match(text, m.end())
                if h:
                    found.append((h.start(), h.end()))
        out = []
        for start, end in found:
            value = text[start:end].rstrip(".,;。")
            end = start + len(value)
            if any(a < end and start < b for a, b in seen) or not self.HANDLE.fullmatch(value) or "@" in value[1:]:
                continue
            # A handle has letters and digits or separators, or is a QQ-style number; never a word.
            if not (regex.search(r"[0-9_.:@-]", value) and regex.search(r"[A-Za-z0-9]{3}", value)):
                continue
            if regex.fullmatch(r"\+?[0-9 ()-]+", value) and not regex.fullmatch(r"[1-9][0-9]{4,11}", value):
                continue  # a phone number in a contact column: the phone recognizer's
            seen.add((start, end))
            out.append(self._result(start, end, 0.85, True))
        return out


class PhoneRecognizer(ContextRecognizer):
    """Phone numbers through libphonenumber: Chinese numbers, international numbers with "+", and
    foreign numbers written without "+" (tried with a "+" and kept when libphonenumber calls them
    valid and a context word is near, or when they are valid in a region named nearby)."""

    #: Digit runs with separators, 7-18 characters of digits.
    CANDIDATE = regex.compile(r"(?<![0-9A-Za-z+])(?:\+|00)?[0-9(][0-9 ()\-.]{5,20}[0-9](?![0-9A-Za-z])")
    #: Regions tried for a number without a country code, after China.
    REGIONS = (
        "CN",
        "RU",
        "KZ",
        "US",
        "GB",
        "DE",
        "FR",
        "JP",
        "KR",
        "IN",
        "TH",
        "VN",
        "EG",
        "SA",
        "AE",
        "NG",
        "TR",
        "UA",
        "JO",
        "IQ",
        "SY",
        "LB",
        "MA",
        "DZ",
        "TN",
        "KW",
        "QA",
        "OM",
        "PK",
        "BD",
        "ID",
        "MY",
        "PH",
        "UZ",
        "KG",
        "MN",
        "BY",
        "PL",
        "IT",
        "ES",
        "BR",
        "MX",
    )

    header_uses_context = False
    header_words = (
        "电话",
        "手机",
        "phone",
        "tel",
        "mobile",
        "cell",
        "телефон",
        "тел",
        "моб",
        "هاتف",
        "جوال",
        "whatsapp",
    )

    def __init__(self, language: str) -> None:
        super().__init__("phone", [], CTX_PHONE, language, window=14)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Numbers found by ``PhoneNumberMatcher`` (region CN), then remaining candidates parsed."""
        import phonenumbers

        if entities and "phone" not in entities:
            return []
        text = text.translate(DIGIT_MAP)  # "٠٧٩ ٦٧٦ ٩٧٠٢": one character for one, offsets hold
        out: list[RecognizerResult] = []
        taken: list[tuple[int, int]] = []
        for match in phonenumbers.PhoneNumberMatcher(text, "CN", leniency=phonenumbers.Leniency.VALID):
            start, end = match.start, match.end
            if _inside_longer_number(text, start, end) or _NUMERIC_DATE.fullmatch(text[start:end]):
                continue
            if _CASE_NUMBER_BEFORE.search(text[max(0, start - 24) : start]):
                continue
            context = self.has_context(text, start, end)
            out.append(self._result(start, end, 0.9 if context else 0.75, context))
            taken.append((start, end))
        for m in self.CANDIDATE.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            digits = _digits(m.group(0))
            if not 7 <= len(digits) <= 15 or _NUMERIC_DATE.fullmatch(m.group(0)):
                continue
            if _CASE_NUMBER_BEFORE.search(text[max(0, start - 24) : start]):
                continue
            context = self.has_context(text, start, end)
            if self._valid_without_plus(m.group(0), context):
                out.append(self._result(start, end, 0.85 if context else 0.6, context))
        return out

    def _valid_without_plus(self, raw: str, context: bool) -> bool:
        import phonenumbers

        digits = _digits(raw)
        candidates: list[tuple[str, str | None]] = []
        if raw.startswith("+") and context:
            # Numbers libphonenumber does not call valid (fictional ranges, new allocations) still
            # count after a context word when their length is possible for the country.
            try:
                if phonenumbers.is_possible_number(phonenumbers.parse(raw, None)):
                    return True
            except phonenumbers.NumberParseException:
                return False
        if context and not raw.startswith(("+", "00")):
            # After a context word a number of a length possible in China is masked even when
            # libphonenumber knows no such range (an unallocated prefix is still someone's number).
            try:
                if phonenumbers.is_possible_number(phonenumbers.parse(raw, "CN")):
                    return True
            except phonenumbers.NumberParseException:
                pass
        if raw.startswith("00"):
            candidates.append(("+" + digits[2:], None))
        elif not raw.startswith("+"):
            candidates.append(("+" + digits, None))
            if context:
                candidates += [(raw, region) for region in self.REGIONS]
        for number, region in candidates:
            try:
                parsed = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed) and (context or (region is None and len(digits) >= 10)):
                # Without a context word only an unambiguous international number (10+ digits) counts.
                if not context and not _looks_international(digits):
                    continue
                return True
        return False


#: A case, file or record number is not a phone, however valid its digits ("Case 2022890626").
_CASE_NUMBER_BEFORE = regex.compile(
    r"(?:(?<![A-Za-z])(?:case|file|ref|reference|record|report|ticket|order|invoice)\s*(?:no\.?|number|#|№)?"
    r"|案号|案件编号|案件号|编号|档案号|单号|订单号|дело|дела|№ дела|رقم القضية)\s*[:：#№]?\s*$",
    regex.IGNORECASE,
)
#: A date written in digits ("2024-01-12", "12.01.2024") is never a phone number.
_NUMERIC_DATE = regex.compile(r"(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2(?:19|20)\d{2}")


def _looks_international(digits: str) -> bool:
    """A number that starts with a country code other than China's and is long enough for one."""
    return len(digits) >= 11 and not digits.startswith("86") and not digits.startswith(("19", "20"))


def _inside_longer_number(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return before.isdigit() or after.isdigit()


def pattern_recognizers(languages: Iterable[str]) -> list[EntityRecognizer]:
    """The pattern recognizers for every language code."""
    out: list[EntityRecognizer] = []
    for lang in languages:
        out.extend(_recognizers_for(lang))
    return out
