"""Plan text: clauses and negation.

An officer's plan is free text: numbered lists, run-on sentences ("先……，再……，然后……") or a
paragraph in English. The grader compares the plan with each expected step clause by clause and
with small windows of adjacent clauses (one step is often written across two), and checks a
forbidden action only in a clause that does not negate it: "不得使用手铐" is the right wording,
"给他戴上手铐" is the forbidden act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Sentence ends, list markers and semicolons start a new sentence.
_SENTENCE_SPLIT = re.compile(
    r"(?:[。！？!?；;\n]+|\s*(?:→|->|—>|=>)\s*|(?<=[\u4e00-\u9fff）)])\s*(?=(?:\d{1,2}[.、．)）]|[①-⑩]|[（(]\d{1,2}[)）]|[一二三四五六七八九十][、是]|第[一二三四五六七八九十]+(?:步|，|、)|Step\s?\d)))"
    r"|(?<=[.!?])\s+(?=[A-Z0-9])"
)
#: Clauses within a sentence (Chinese and Latin commas, arrows of "A → B" plans).
_CLAUSE_SPLIT = re.compile(r"[，,：:]")
_LIST_MARKER = re.compile(
    r"^\s*(?:\d{1,2}[.、．)）]|[①-⑩]|[（(]\d{1,2}[)）]|[一二三四五六七八九十][、是]|第[一二三四五六七八九十]+[步，、]?|Step\s?\d[.:：]?)\s*",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")

#: Chinese negators that put a following act out of the plan (不得使用手铐, 绝不动手, 避免……).
_ZH_GENERAL_NEGATORS = (
    "不得",
    "不能",
    "不可",
    "不准",
    "不许",
    "不要",
    "不应",
    "不会",
    "不用",
    "不必",
    "不宜",
    "不该",
    "不去",
    "不再",
    "禁止",
    "禁用",
    "严禁",
    "不上",
    "不戴",
    "不动用",
    "避免",
    "切勿",
    "切忌",
    "勿",
    "别",
    "绝不",
    "决不",
    "从不",
    "杜绝",
    "防止",
    "而不是",
    "不是",
    "无需",
    "无须",
    "不需要",
    "没有必要",
    "没有",
    "没",
    "未",
    # round 8 (from fresh6's false flags): the officer's own "not" before a verb of questioning,
    # posting or letting ("不问话、不做笔录", "不发到网上", "不向媒体透露", "不让报警人明天再来",
    # "不设满24小时门槛"), and 非 / 而非 / 并非 of a contrast ("约束带，非手铐"; 非法, 非常 … masked)
    "不向",
    "不让",
    "不设",
    "而非",
    "并非",
    "非",
)
#: Negators of one verb each: 不 before an officer's act (round 6, from fresh4's misses).
ZH_VERB_NEGATORS = (
    # round 6 (from fresh4's misses): 不 before an officer's act, verb by verb ("不使用枪支",
    # "不诱供不逼供", "不对外公开", "不外传", "不加阻拦"); 不 alone would also take "不老实", "不配合"
    "不使用",
    "不采用",
    "不采取",
    "不动",
    "不打",
    "不骂",
    "不收",
    "不拿",
    "不扣",
    "不搜",
    "不公开",
    "不对外",
    "不外传",
    "不外发",
    "不泄露",
    "不透露",
    "不转发",
    "不加",
    "不搞",
    "不诱",
    "不逼",
    "不拖",
    "不超过",
    "不超",
    "不私",
    "不强迫",
    "不强制",
    "不威胁",
    "不阻拦",
    "不阻止",
    "不限制",
    "不干涉",
    # round 7 (from fresh5's false flags)
    "不拔",
    "不掏",
    "不开枪",
    "不鸣枪",
    "不推",
    "不让等",
    "不用等",
    # round 8 (from fresh6's false flags)
    "不问",
    "不做",
    "不发",
)
ZH_NEGATORS: tuple[str, ...] = _ZH_GENERAL_NEGATORS + ZH_VERB_NEGATORS
#: Words that hold a negator's character without negating (分别询问, 没收护照, 未成年人, 性别), and
#: double negatives that affirm (不得不上铐 = had to): masked before negators are looked for.
ZH_NOT_NEGATING = (
    "分别",
    "特别",
    "区别",
    "个别",
    "识别",
    "辨别",
    "鉴别",
    "类别",
    "级别",
    "性别",
    "告别",
    "离别",
    "别人",
    "别的",
    "别处",
    "没收",
    "吞没",
    "淹没",
    "埋没",
    "出没",
    "沉没",
    "未成年",
    "未来",
    "未婚",
    "是不是",
    "不得不",
    "不能不",
    "不会不",
    "不可不",
    "不敢不",
    "没有不",
    # round 8: words holding 非 that negate nothing
    "非法",
    "非常",
    "非得",
    "非要",
    "除非",
    "是非",
    "无非",
    "莫非",
    "非机动车",
    "非正常",
    "非紧急",
    "非中国",
    "非本国",
    "非洲",
)
#: Negators that state a purpose ("防止他逃跑"): followed by another actor they negate that
#: actor's act, not the officer's ("为防止他逃跑给他上铐" still puts handcuffs on).
ZH_PURPOSE = ("防止", "避免", "以免", "以防", "免得", "杜绝")
_OTHER_ACTOR = re.compile(r"^(他们|她们|他|她|对方|其|当事人|嫌疑人|醉汉|别人|群众|围观|人员|人)")
#: A conjunction after a negator starts a new predicate: "不听劝阻就上铐" still puts handcuffs on;
#: so do contrast and sequence words ("不用约束带而是上铐", "没劝住，结果动了手").
ZH_BREAKS = (
    "就",
    "则",
    "便",
    "才",
    "然后",
    "于是",
    "直接",
    "马上",
    "立刻",
    "再",
    "还是",
    "只好",
    "只能",
    "干脆",
    "而是",
    "却",
    "但是",
    "反而",
    "结果",
    "后来",
    "最后",
)
#: A negator right after the act negates it too: "手铐不能用", "警棍绝对不用", "手铐没用",
#: "手铐也未使用".
_ZH_POST_NEGATION = re.compile(
    r"^[^，。；,;]{0,3}?(不得|不能|不准|不许|不要|不用|禁止|严禁|绝不|决不|坚决不|一律不|不可)"
    r"|^[也都]?(没有|没|未)(使用|用|上|戴)"
    r"|^[^，。；,;]{0,3}?(压根|根本|从来|始终)(没有|没|未)(掏|拿|用|使用|上|戴|动)"
    # a gift or payment turned down or handed in: "红包当场婉拒", "购物卡退回", "礼品上交"
    r"|^[^，。；,;]{0,4}?(婉拒|谢绝|拒收|拒绝|退回|退还|退了回去|上交|交公)"
    # "手铐就别拿出来了", "警棍也别用"
    r"|^[就也都]?别"
)
#: A clause that turns down what the clause before it offered: "包工头塞红包的，一律不收",
#: "领队要塞红包感谢，不收".
ZH_REFUSAL_NEXT = re.compile(
    r"^\s*(?:一律|都|均|也|当场|当面|当即|坚决|全部|已经|已|明确|我们|民警)*"
    r"(不收|不要|不接受|没收下|没有收|婉拒|婉言谢绝|谢绝|拒收|拒绝|退回|退还|退了回去|上交)"
)
#: Words that turn an offer down anywhere in a piece ("已婉拒", "当面退回"): the similarity lane
#: leaves such pieces to the rules lane, as it does pieces that negate (round 8).
ZH_REFUSALS = ("婉拒", "谢绝", "拒收", "拒绝", "退回", "退还", "退了回去")
EN_NEGATORS = ("not", "never", "no", "without", "avoid", "instead of", "rather than", "don't", "do not", "won't", "nor")


@dataclass(frozen=True)
class Unit:
    """A piece of the plan the grader compares with the steps: a clause, a sentence or a window."""

    text: str
    start: int


def sentences(text: str) -> list[tuple[str, int]]:
    """Sentences of a plan with their start offsets (list markers removed)."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in [*_SENTENCE_SPLIT.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        stripped = _LIST_MARKER.sub("", piece)
        offset = pos + (len(piece) - len(stripped))
        if stripped.strip():
            lead = len(stripped) - len(stripped.lstrip())
            out.append((stripped.strip(), offset + lead))
        if m:
            pos = m.end()
    return out


def clauses(sentence: str) -> list[str]:
    """The clauses of one sentence."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


def units(text: str, window: int = 2, min_chars: int = 2, singles: bool = True) -> list[Unit]:
    """Clauses (unless ``singles`` is False and the sentence has more than one), windows of
    ``window`` adjacent clauses, and whole sentences of a plan (each once)."""
    out: list[Unit] = []
    seen: set[str] = set()

    def add(piece: str, start: int) -> None:
        piece = piece.strip()
        if len(piece) >= min_chars and piece not in seen:
            seen.add(piece)
            out.append(Unit(piece, start))

    for sent, start in sentences(text):
        parts = clauses(sent)
        for i in range(len(parts)):
            if singles or len(parts) == 1:
                add(parts[i], start)
            if window > 1 and i + window <= len(parts):
                joiner = "，" if _CJK.search(sent) else ", "
                add(joiner.join(parts[i : i + window]), start)
        add(sent, start)
    return out


def is_negated(clause: str, start: int, end: int, whole: bool = True) -> bool:
    """True when the act at ``clause[start:end]`` is negated within its clause (``whole``: the
    matched words end in this clause, rather than running on into the next)."""
    before = clause[:start]
    if _CJK.search(clause[start:end]) or _CJK.search(before):
        # the nearest negator before the act, unless a conjunction starts a new predicate after it
        # or it states the purpose of another actor's act
        # a negator may run into the act ("不使用枪支": 不使用 is the negator, 使用枪支 the act)
        masked = _mask(clause[:end])
        best, word = -1, ""
        for neg in ZH_NEGATORS:
            i = masked.rfind(neg, 0, max(start, 1) + len(neg) - 1)
            if i >= start:
                i = masked.rfind(neg, 0, start)
            if i > best or (i == best and len(neg) > len(word)):
                best, word = i, neg
        if best >= 0:
            tail = masked[best:start] if best + len(word) <= start else masked[best : best + len(word)]
            # "不能因为他不配合就拖延": 就 closes the negated cause, it starts no new predicate (round 8)
            tail = _NEGATED_CAUSE.sub(lambda m: m.group(1) + "\x00" * (len(m.group(0)) - len(m.group(1))), tail)
            purpose = word in ZH_PURPOSE and bool(_OTHER_ACTOR.match(tail[len(word) :]))
            if not purpose and not any(b in tail[len(word) :] for b in ZH_BREAKS):
                return True
        # …or a negator inside the matched words, right before its last verb ("证件信息不对外公开":
        # the act's words run from 证件 to 公开, 不对外 negates 公开); a negator further inside
        # negates some other verb ("护照没看就发到群里", "未经同意公开")
        # (only a verb's own negator: a cue may hold a negation that is the act, "不能联系", "没寄";
        # and a verb, not a state: "按住不动了" is the person held still)
        for neg in ZH_VERB_NEGATORS:
            i = masked.rfind(neg, start + 1, end)
            rest = masked[i + len(neg) : end] if i > start else ""
            if (
                whole
                and len(rest) in range(1, 4)
                and rest[0] not in "了着过"
                and not any(b in masked[i:end] for b in ZH_BREAKS)
            ):
                return True
        # …or a "no more" inside the matched words with nothing re-starting the act after it
        # ("他停手、被控制后不再使用任何警械"; but "倒地不再反抗后又用警棍" is the act) (round 8)
        for neg in _AGAIN_NEGATORS:
            i = masked.rfind(neg, start + 1, end)
            if whole and i > start:
                rest = masked[i + len(neg) : end]
                if not _RESTART.search(rest) and not any(b in rest for b in ZH_BREAKS):
                    return True
        return bool(_ZH_POST_NEGATION.search(clause[end:]))
    words = re.findall(r"[a-z']+", before.lower())
    tail = " ".join(words[-6:])
    return any(re.search(rf"(?<![a-z']){re.escape(n)}(?![a-z'])", tail) for n in EN_NEGATORS) or "n't" in tail


#: Negators that put an act out when the act's words run on into a later clause: "再"-negators
#: and the verbs' own (a general 没 / 未 there is often the act itself: "约束带一直没松").
_TAIL_NEGATORS = ("不再", "没有再", "没再", "未再", "不会再", "不得")
#: A negated cause ("不能因为……就", "不要因为……便"): its 就 is not a conjunction after the negator.
_NEGATED_CAUSE = re.compile(
    r"^((?:不能|不得|不可|不要|不应|不该|不准|不许|不会|别)(?:仅仅|只)?因为)[^，。；,;]{0,16}?(?:就|便|而)"
)
#: "No more" negators, and what re-starts an act after one (round 8).
_AGAIN_NEGATORS = ("不再", "没有再", "没再", "未再", "不会再")
_RESTART = re.compile(r"又|还|继续|接着|[，、,]")


def negated_in_tail(part: str) -> bool:
    """True when ``part`` (the start of a later clause, up to the act's last word) holds a negator of
    :data:`_TAIL_NEGATORS` or :data:`ZH_VERB_NEGATORS`, with no conjunction after it."""
    masked = _mask(part)
    for neg in (*_TAIL_NEGATORS, *ZH_VERB_NEGATORS):
        i = masked.rfind(neg)
        if i >= 0 and not any(b in masked[i + len(neg) :] for b in ZH_BREAKS):
            return True
    return False


def states_negation(text: str) -> bool:
    """True when ``text`` holds a negator anywhere (words such as 分别, 没收 or 不得不 aside): the
    similarity lane of the violation check trusts only plan pieces that negate nothing."""
    if _CJK.search(text):
        masked = _mask(text)
        if any(neg in masked for neg in ZH_NEGATORS) or any(w in masked for w in ZH_REFUSALS):
            return True
    low = text.lower()
    return "n't" in low or any(re.search(rf"(?<![a-z']){re.escape(n)}(?![a-z'])", low) for n in EN_NEGATORS)


def _mask(text: str) -> str:
    """``text`` with the non-negating words of :data:`ZH_NOT_NEGATING` blanked (same length)."""
    for word in ZH_NOT_NEGATING:
        text = text.replace(word, "\x00" * len(word))
    return text


def clause_at(sentence: str, offset: int) -> tuple[str, int]:
    """The clause of ``sentence`` that contains ``offset``, and the offset within it."""
    start = 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if m.start() >= offset:
            return sentence[start : m.start()], offset - start
        start = m.end()
    return sentence[start:], offset - start


def clause_spans(text: str) -> list[str]:
    """Every clause of a plan, in order (where forbidden actions are looked for)."""
    return [c for sent, _ in sentences(text) for c in clauses(sent)]
