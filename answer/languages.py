"""Answer wording in the question's language (zh, en, ru, ar; other languages get English)."""

from __future__ import annotations

import re

from corpus.numerals import cn_to_int
from corpus.schema import DocType, SearchHit
from retrieval.search import Renumbering

ABSTAIN = {
    "zh": "知识库中未找到可靠依据。",
    "en": "No reliable basis for this question was found in the knowledge base.",
    "ru": "В базе знаний не найдено надёжного правового основания для ответа на этот вопрос.",
    "ar": "لم يُعثر في قاعدة المعرفة على أساس موثوق للإجابة عن هذا السؤال.",
}

#: An abstention that names the kind of law the question needs: {area}, {laws} (《…》、《…》).
MISSING_LAW = {
    "zh": "此问题可能需要{area}（如{laws}），本知识库未收录这些法律，请查阅相应法律或咨询主管部门。",
    "en": "This question may need {area} ({laws}), which this knowledge base does not hold; consult those laws "
    "or the competent authority.",
    "ru": "Для ответа, вероятно, нужно {area} ({laws}); этих законов нет в базе знаний — обратитесь к ним "
    "или в компетентный орган.",
    "ar": "قد يحتاج هذا السؤال إلى {area} ({laws})، وهي غير موجودة في قاعدة المعرفة؛ يُرجى الرجوع إليها أو إلى "
    "الجهة المختصة.",
}


def missing_law_notice(lang: str, area: str, laws: list[str]) -> str:
    """The sentence naming the area of law (and its statutes) an abstention would need."""
    template = MISSING_LAW.get(lang, MISSING_LAW["en"])
    sep = "、" if lang == "zh" else ", "
    return template.format(area=area, laws=sep.join(f"《{law}》" for law in laws[:3]))


TREATY_NAMES = {
    "VCCR": {"zh": "维也纳领事关系公约", "en": "Vienna Convention on Consular Relations"},
    "VCDR": {"zh": "维也纳外交关系公约", "en": "Vienna Convention on Diplomatic Relations"},
}

_ARTICLE_NO = re.compile(r"^第(.+?)条(?:之(.+))?$")


def article_number(hit: SearchHit) -> str:
    """``第二百八十七条之二`` -> ``287-2``; ``Article 36`` -> ``36``."""
    if hit.article.startswith("Article "):
        return hit.article.removeprefix("Article ")
    m = _ARTICLE_NO.match(hit.article)
    if not m:
        return hit.article
    try:
        num = str(cn_to_int(m.group(1)))
        return f"{num}-{cn_to_int(m.group(2))}" if m.group(2) else num
    except ValueError:
        return hit.article


def article_label(hit: SearchHit, lang: str) -> str:
    """The article as a reader of ``lang`` writes it."""
    num = article_number(hit)
    if lang == "zh":
        return hit.article if hit.article.startswith("第") else f"第{num}条"
    if lang == "ru":
        return f"Статья {num}"
    if lang == "ar":
        return f"المادة {num}"
    return f"Article {num}"


def law_label(hit: SearchHit, lang: str = "zh") -> str:
    """``《出境入境管理法》（2012）`` — the short title with its version."""
    if hit.doc_type is DocType.TREATY and hit.short in TREATY_NAMES:
        names = TREATY_NAMES[hit.short]
        return f"《{names['zh']}》" if lang == "zh" else names["en"]
    if hit.doc_type in (DocType.CASE, DocType.TABOO, DocType.QA):
        return f"《{hit.short}》"
    version = f"（{hit.version}）" if hit.version else ""
    return f"《{hit.short}》{version}"


def render_line(lang: str, law: str, article: str, quote: str, n: int, in_force: bool) -> str:
    """One quoted clause with its citation marker."""
    if lang == "zh":
        flag = "" if in_force else "（注意：该版本已被取代）"
        return f"{law}{flag}{article}规定：“{quote}”[{n}]"
    if lang == "ru":
        flag = "" if in_force else " (внимание: редакция утратила силу)"
        return f"{article} {law}{flag}: «{quote}» [{n}]"
    if lang == "ar":
        flag = "" if in_force else " (تنبيه: هذه الصيغة لم تعد سارية)"
        return f"{article} من {law}{flag}: «{quote}» [{n}]"
    flag = "" if in_force else " (note: this version has been superseded)"
    return f"{article} of {law}{flag} provides: “{quote}” [{n}]"


def superseded_notice(lang: str, hit: SearchHit) -> str:
    """Notice that an answer rests on a superseded text, naming the article now in force."""
    if lang == "zh":
        now = f"现行版本的对应条文为{hit.counterpart}。" if hit.counterpart else "请以现行版本为准。"
        return f"引用的《{hit.short}》{hit.article}出自已被取代的版本（{hit.version}），{now}"
    if hit.counterpart:
        successor = article_label(hit.model_copy(update={"article": hit.counterpart}), "en")
        now = f" The corresponding article in force is {successor}."
    else:
        now = " Check the version in force."
    return f"{article_label(hit, 'en')} of {hit.short} is quoted from a superseded version ({hit.version}).{now}"


def renumbering_notice(lang: str, r: Renumbering) -> str:
    """Notice that a cited number meant another article in the superseded version."""
    if lang == "zh":
        moved = f"旧版该条内容现为{r.old_article_now}" if r.old_article_now else "旧版该条在现行版本中没有对应条文"
        return f"注意：《{r.law}》修订后条文序号已调整，以上为现行版本{r.article}；{moved}（旧版：{r.old_version}）。"
    moved = (
        f"the old article {r.article} is now {r.old_article_now}"
        if r.old_article_now
        else f"the old article {r.article} has no counterpart in force"
    )
    return (
        f"Note: {r.law} was renumbered; the text above is {r.article} in force, "
        f"and {moved} (old version {r.old_version})."
    )


def render_context_line(lang: str, hit: SearchHit, quote: str, n: int) -> str:
    """A past case, a cultural note or a curated Q&A entry cited beside the law."""
    review = hit.review_status and "review" in hit.review_status
    if hit.doc_type is DocType.QA:
        head = {"zh": "实务问答", "ru": "Практический вопрос", "ar": "سؤال عملي"}.get(lang, "Practice Q&A")
        sep = "：" if lang == "zh" else ": "
        return f"{head}{sep}《{hit.short}》{hit.article}{sep}“{quote}”[{n}]"
    if lang == "zh":
        if hit.doc_type is DocType.CASE:
            tag = "（合成案例）" if hit.synthetic and "合成" not in hit.short else ""
            return f"相关案例：《{hit.short}》{tag}{hit.article}：“{quote}”[{n}]"
        flag = "（待专家审核）" if review else ""
        return f"文化提示{flag}：《{hit.short}》“{quote}”[{n}]"
    label = {"ru": ("Похожее дело", "Культурная справка"), "ar": ("قضية مشابهة", "ملاحظة ثقافية")}.get(
        lang, ("Related case", "Cultural note")
    )
    if hit.doc_type is DocType.CASE:
        return f"{label[0]}: 《{hit.short}》 {hit.article}: “{quote}” [{n}]"
    flag = " (not yet reviewed by an expert)" if review else ""
    return f"{label[1]}{flag}: 《{hit.short}》 “{quote}” [{n}]"
