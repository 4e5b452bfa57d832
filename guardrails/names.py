"""Person-name recognizers: Han (context words, surnames, jieba's name tags), Latin (extended Latin,
lower case after a naming word), Cyrillic and Arabic script, with context words in Chinese, English
and Russian (and Arabic for Arabic names).

The Han recognizer keeps the rules measured on the bundled cases (context words, role nouns, a
name before its identifiers, lists after a name, titles, compound surnames, jieba ``nr`` tags
filtered by the surname list and the dictionary). English text also gets spaCy's PERSON entities
through Presidio's ``SpacyRecognizer`` (configured in guardrails/pii.py).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex
import Stemmer

from guardrails._presidio import EntityRecognizer, NlpArtifacts, RecognizerResult
from guardrails.tables import cells

log = logging.getLogger(__name__)

PERSON = "person_name"
RESOURCES = Path(__file__).resolve().parent / "resources"


def _load_words(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    return frozenset(
        line.split("\t")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


#: Words of the statutes that the Han rules would take for names (查明, 和解): generated from the
#: laws_cn texts only by scripts/make_statute_words.py; laws_cn_pack2 stays an independent check.
STATUTE_WORDS = _load_words(RESOURCES / "statute_words.tsv")

#: First characters of what follows a name after a role word (punctuation, verbs, prepositions).
ZH_AFTER_NAME = (
    "，。、；：\\s（(,与和及的说称向在被将把用到去来对让请随先立即也已均便就即又再仍察发看听问告带赶接查核询指劝制拨联"
    "安陪给负主通协作前于反驾介表报承供陈声要拒离进持因从曾未一生宣自签提住名所"
)
ZH_NAME_CONTEXT_RE = re.compile(
    r"(?:姓名|当事人|嫌疑人|违法嫌疑人|报警人|被害人|受害人|证人|见证人|民警|辅警|翻译|店主|店长|老板|房东|房客|司机|驾驶人|车主|"
    r"驾驶员|经理|导游|男子|女子|男生|女生|同学|学生|老师|教师|中方|对方|妻子|丈夫|儿子|女儿|员工|保安|店员|负责人|"
    r"律师|求助人|陪同人|投诉人|举报人|登记人|联系人|志愿者|服务员|前台|中介|主任|人事|邻居|业主|租客|收银员|"
    r"被询问人|询问人|被询问者|讯问人|被讯问人|签名|签字|朋友|表哥|表姐|表弟|表妹|同伴|同乡|代办人|来访人员|来访者|访客|"
    r"记录人|记录员|承办人|经办人|办案民警|"
    # parties of contracts, bank records and decisions ("户名：…", "借款人梅农", "违法行为人夏尔马")
    r"户名|账户名|开户人|持卡人|卡主|违法行为人|借款人|出借人|承租人|出租人|陪同就诊人|收件人|寄件人|住客|旅客)"
    r"\s*(?:为|系|是|向|对|与|和|同|跟)?\s*[:：]?\s*([\u4e00-\u9fa5]{2,6}?)"
    rf"(?=[{ZH_AFTER_NAME}]|$)"
)
#: A role noun and 为/系/是 before a name: "乘客为于红", "经营者为黄海涛", "室友冯浩然", "名为田中弘".
ZH_ROLE_NAME_RE = re.compile(
    r"(?:乘客|顾客|收银员|店员|员工|经理|老板|店主|摊主|车主|房东|房主|户主|经营者|负责人|供货商|合伙人|厂长|室友|"
    r"同事|居民|工作人员|导游|报警人|联系人|名为|名叫|叫)(?:为|系|是|名叫|叫)?"
    r"([\u4e00-\u9fa5]{2,4}?)(?=[，。、；：\s（(]|驾驶|反映|介绍|表示|称|说|于|在|将|把|向|与|和|$)"
)
#: A source of information: "据马俊杰介绍", "据房东林文博反映".
ZH_SOURCE_NAME_RE = re.compile(r"据([\u4e00-\u9fa5]{2,4}?)(?=介绍|反映|称|说|讲|描述|交代|供述|陈述|回忆|证实|所述)")
#: A name right before its identifiers: "黄海涛（公民身份号码…", "戚伟（电话…".
ZH_NAME_BEFORE_ID_RE = re.compile(
    r"([\u4e00-\u9fa5]{2,4})(?=(?:[（(]|的|名下的?|提交的|持有的?|提供的)"
    r"(?:公民身份号码|身份证号|身份证|电话|手机|联系电话|护照号码|护照|出生日期|居留|外国人永久居留|永久居留|旅行证件|"
    r"银行卡|卡号|账户|账号|签证))"
)
#: Further names in a list after a name: "民警骆斌、石小川到场", "何静（女）与严明到场".
ZH_NAME_LIST_RE = re.compile(
    r"(?:、|与|和|及)([\u4e00-\u9fa5]{2,3}?)(?=到场|赶到|上门|[、，。（(在先对向将把称说因等均各互争打吵]|一同|共同|一起|发生|之间|双方)"
)
#: A single Latin given name right after Chinese text ("儿子Liam", "志愿者Ingrid翻译").
#: A name before a title: "田中先生", "李女士".
ZH_NAME_TITLE_RE = re.compile(r"([\u4e00-\u9fa5]{2,4})(?=先生|女士|小姐)")
#: A foreign name as Chinese writes it, its parts joined by a middle dot: "伊万·彼得罗夫", "卡里姆·本·阿里".
ZH_DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fa5]{1,6}(?:[·•・‧][\u4e00-\u9fa5]{1,6}){1,3}")
#: Words that end before a dotted name starts.
_BEFORE_DOTTED = (
    "询问",
    "讯问",
    "告知",
    "通知",
    "联系",
    "叫",
    "显示",
    "是",
    "为",
    "系",
    "人",
    "和",
    "与",
    "同",
    "称",
    "对",
    "被",
    "向",
    "把",
    "将",
    "由",
    "：",
    "的",
    "在",
)
#: Words that begin after a dotted name ends.
_AFTER_DOTTED = (
    "生于",
    "出生",
    "生日",
    "说",
    "称",
    "是",
    "系",
    "和",
    "与",
    "的",
    "在",
    "于",
    "驾驶",
    "一起",
    "表示",
    "等",
    "因",
    "被",
    "向",
    "将",
    "把",
    "持",
    "现",
    "已",
    "也",
    "都",
    "来",
    "去",
)
#: A name right before its birth: "邵宇航生于…", "毛立新系1993年…生人", "顾秋菊，1968年…".
ZH_NAME_BEFORE_BIRTH_RE = re.compile(
    r"([\u4e00-\u9fa5]{2,4})(?=生于|出生于|(?:系|，|,)?\s*(?:19|20)\d{2}[年.\-/]|系[一二三四五六七八九〇]{2,4}年)"
)
#: A name opening a clause (after 。；！？, a line break or another script) and followed by what a
#: person does: "严宇航说…", "戴立新和朋友…", "孔子墨驾驶的…", "… يقودها 孔家豪。".
ZH_CLAUSE_NAME_RE = regex.compile(
    r"(?:^|(?<=[。；！？\n]|[\p{Latin}\p{Cyrillic}\p{Arabic}]\s?))([\u4e00-\u9fa5]{2,3}?)"
    r"(?=说|称|表示|驾驶|陪同|作为|和朋友|一起|[。；](?!\p{Han}))",
    regex.MULTILINE,
)
#: A Han name inside text of another script, the whole run between its words or punctuation:
#: "Опрос провёл 苏浩.", "His wife, 李德秋, Chinese ID …", "رأى الشاهد 东方立 السيارة".
ZH_EMBEDDED_NAME_RE = regex.compile(
    r"(?<=[\p{Latin}\p{Cyrillic}\p{Arabic}]{2}[,:;]?\s)([\u4e00-\u9fa5]{2,4})"
    r"(?=\s*[,，.;:。；)）]|\s+[\p{Latin}\p{Cyrillic}\p{Arabic}]|\s*$)",
    regex.MULTILINE,
)
# 和 查 申 解 平 are left out: rare as surnames, and in police and legal text they are the conjunction
# and the verbs of 和解, 查明, 申诉, 解释, 平等 far more often than a name.
# The most common surnames (and a few two-character ones): a jieba "nr" word is a name only with one.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "俞骆鲍柳章易邢施倪庞戚滕柯甘朴阮洪包诸左花季翁傅岳齐康伍蓝殷单应祝喻葛柴尚符舒阎祁温颜芦欧卞裴耿童穆"
    "虞褚水窦云苗凌霍路牛房焦车宁仇栾巫乔晏游芮詹管冉缪"
    "亓阚郗佘麻禚闵乐常丁卓蔺屠鞠蒲邬邰谈宗蓟钮恽隋慎邸宓訾粟谷糜琚娄贝酆鄢汲邴伏毕鄂邝冀党成景戚阳楚"
    "荣聂米滑盛谈辛桑刁池乔廉鲁华强涂关苟"
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
    孙子 江湖 杨树 毛病 雷同 龙头 贺卡 武器 戴着 莫名 孔子 汤圆 严格 严重 司机 时间 朱红 胡说 邱陵 段落 宋体
    房东 房客 租客 店主 乘客 室友 同事 邻居 朋友 妻子 丈夫 儿子 女儿 证人 报警人 被害人 受害人 嫌疑人 驾驶人 车主
    保安 前台 物业 网友 工友 老乡 对方""".split()
)


#: The most frequent Japanese family names in Chinese characters (simplified). They count as a
#: surname only where a rule already has a person cue (a role word, an identifier after the name);
#: many are also words (田中, 中村), so they never start a name on their own.
JP_SURNAMES = frozenset(
    """佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 清水 山崎 池田 桥本
    阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 冈本
    藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田 酒井 工藤 横山 宫崎 宫本
    内藤 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山 大冢 平野 菅原 久保
    松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 长谷川 佐佐木""".split()
)


#: Characters of the standard transliteration of foreign names into Chinese (the Xinhua tables'
#: most frequent syllables): a run of them after a role word is a foreign name written without
#: the middle dot ("违法行为人夏尔马", "户名：萨仁图雅", "借款人梅农").
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拔班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜敦多厄恩尔法菲芬费弗福伏盖甘冈"
    "戈格根古哈海汉豪赫亨洪胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱赖兰朗劳勒雷里利莉丽林琳隆卢鲁伦罗洛"
    "马玛迈曼梅门蒙米莫默姆穆纳娜奈南内尼涅宁纽努诺帕潘佩皮珀普奇齐契乔切琴萨塞桑瑟森沙莎舍什施舒斯松苏"
    "索塔泰坦汤唐特滕提图托瓦万旺威韦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐卓茨娃夫蕾黛妮丝琪薇瑞"
    "赛罕侯易卜欣利姆仁"
)


def _looks_like_transliteration(word: str, dictionary: Any = None) -> bool:
    """2-6 characters all of the transliteration table, not a common word of the dictionary."""
    if not 2 <= len(word) <= 6 or not all(ch in TRANSLIT_CHARS for ch in word) or word in NOT_NAMES:
        return False
    if dictionary is not None:
        tag = _TAGS(dictionary).get(word, "")
        if dictionary.FREQ.get(word, 0) >= 200 and not tag.startswith(("nr", "ns", "nz")):
            return False
    return True


def _looks_like_zh_name(word: str, dictionary: Any = None, strong: bool = False) -> bool:
    """Surname first, 2-4 characters, not a common word (after a role word — ``strong`` — only verbs
    and pronouns are refused: 店长周全 and 民警安然 are names, 民警解释 is not)."""
    if word in NOT_NAMES or "某" in word or not 2 <= len(word) <= 4:
        return False
    # the Japanese surname's length (长谷川 is three characters); a given name must follow it
    jp = next((n for n in (3, 2) if word[:n] in JP_SURNAMES), 0)
    japanese = bool(jp) and len(word) > jp
    if any(ch in "的了是在" for ch in word[1:]):
        return False  # "车在2021-03-28…": a particle or a preposition is no given-name character
    if not (word[0] in SURNAMES or word.startswith(COMPOUND_SURNAMES) or japanese):
        return False
    if dictionary is not None:
        # "向双方", "周边": surname character + a common non-name word is not a name.
        tags = _TAGS(dictionary)
        word_tag = tags.get(word, "")
        # A dictionary word ending in 人/者 is a role noun (所有人, 监护人, 经营者), not a name, and
        # neither is a surname character before one ("车所有人" in 机动车所有人).
        for part in (word, word[1:]):
            if len(part) >= 3 and part[-1] in "人者" and dictionary.FREQ.get(part, 0) > 0:
                return False
        if strong:
            if dictionary.FREQ.get(word, 0) >= 1000 and word_tag.startswith(("v", "r", "p", "c", "d")):
                return False
        # A common word is not a name (解释, 顾客: jieba's dictionary even tags some of them nr).
        elif dictionary.FREQ.get(word, 0) >= 1000 and not word_tag.startswith("nr"):
            return False
        tail = word[len(_surname(word)) :] if not japanese else word[jp:]
        if tail in _PRONOUNS:
            return False
        freq, tag = dictionary.FREQ.get(tail, 0), tags.get(tail, "")
        # "向双方", "向中介": surname character + a common noun or verb; 建国/宇航 stay names.
        if len(tail) >= 2 and freq >= 3000 and not tag.startswith(("nr", "ns", "nz", "t")):
            return False
    return True


def _common_pair(pair: str, dictionary: Any, tags: dict[str, str], minimum: int) -> bool:
    """Two characters across a name's edge that form a common word (not a name word)."""
    return len(pair) == 2 and dictionary.FREQ.get(pair, 0) >= minimum and not tags.get(pair, "").startswith("nr")


#: Characters that never stand in a given name: particles, and the words of places.
#: Prepositions that stand between a verb and a person ("已向熊俊杰提供"): 向 is a surname too,
#: so a candidate that starts with one is cut when the rest is a name. 把 / 将 / 被 / 给 are left
#: out: what follows them is as often a thing ("把房子租给…").
_PREPOSITIONS = set("向对与和跟同")
_NOT_GIVEN_CHARS = set("的了是在和与及或市县区省镇乡村路街号楼室")

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


# ------------------------------------------------------------------------------- Latin, Cyrillic, Arabic
_V = regex.VERSION1
LU = r"[\p{Lu}&&\p{Latin}]"
LL = r"[\p{Ll}&&\p{Latin}\p{Mn}]"
#: A capitalised Latin word: Łukasz, O'Connor, Jean-Luc, McDonald, Nguyễn.
LATIN_WORD = rf"{LU}(?:['’]{LU})?{LL}+(?:{LU}{LL}+)?(?:['’]{LU}{LL}+)?(?:-{LU}{LL}+)?"
LATIN_CAPS = rf"{LU}{{2,}}(?:-{LU}{{2,}})?"
PARTICLES = r"(?:al|el|bin|ibn|binti|de|del|della|van|von|der|den|ter|ten|da|dos|das|di|du|le|la|abu|ben|bint|y)"
LATIN_FULL = rf"{LATIN_WORD}(?:[ -](?:{PARTICLES}[ -]){{0,2}}{LATIN_WORD}){{1,3}}"
LATIN_CAPS_FULL = rf"{LATIN_CAPS}(?: {LATIN_CAPS}){{1,3}}"
LATIN_LOWER = rf"{LL}{{2,15}}(?: {LL}{{2,15}}){{0,2}}"
CY_LU = r"[\p{Lu}&&\p{Cyrillic}]"
CY_LL = r"[\p{Ll}&&\p{Cyrillic}]"
CY_WORD = rf"{CY_LU}{CY_LL}+(?:-{CY_LU}{CY_LL}+)?"
#: Arabic letters and their marks: the shadda and the short vowels are of the Inherited script,
#: so "وقّع" is one word only when any combining mark may follow a letter.
AR_WORD = r"[\p{Arabic}&&\p{L}](?:[\p{Arabic}&&\p{L}]|\p{Mn})*"

#: Words that introduce a name, in Chinese, English and Russian (and Arabic).
NAME_CONTEXT_ZH = (
    "姓名",
    "名叫",
    "叫做",
    "名为",
    "自称",
    "当事人",
    "嫌疑人",
    "违法嫌疑人",
    "报警人",
    "被害人",
    "受害人",
    "证人",
    "男子",
    "女子",
    "游客",
    "留学生",
    "外教",
    "店主",
    "司机",
    "乘客",
    "先生",
    "女士",
    "英文名",
    "登记姓名",
    "租客",
    "房东",
    "翻译",
    "老板",
    "员工",
    "室友",
    "同事",
    "妻子",
    "丈夫",
    "儿子",
    "女儿",
    "朋友",
    "邻居",
    "求助人",
    "投诉人",
)
NAME_CONTEXT_EN = (
    "name",
    "named",
    "called",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "suspect",
    "victim",
    "witness",
    "complainant",
    "tourist",
    "student",
    "driver",
    "passenger",
    "citizen",
    "national",
    "officer",
    "interpreter",
    "landlord",
)
NAME_CONTEXT_RU = (
    "гражданин",
    "гражданка",
    "господин",
    "госпожа",
    "по имени",
    "зовут",
    "имя",
    "фамилия",
    "подозреваемый",
    "подозреваемая",
    "потерпевший",
    "потерпевшая",
    "свидетель",
    "турист",
    "туристка",
    "студент",
    "студентка",
)
NAME_CONTEXT_AR = (
    "اسمه",
    "اسمها",
    "اسمي",
    "السيد",
    "السيدة",
    "المواطن",
    "المواطنة",
    "الأخ",
    "الأخت",
    # the roles of a case record, as 证人 / 报警人 / 司机 in Chinese
    "الشاهد",
    "الشاهدة",
    "المشتكي",
    "المشتكية",
    "المتهم",
    "المتهمة",
    "الزائر",
    "الزائرة",
    "السائق",
    "السائقة",
    "المترجم",
    "المترجمة",
)
_CTX_INTRO = (
    r"(?<![A-Za-z])(?:姓名|名字|英文名|登记姓名为?|名叫|叫做|名为|自称|称呼其为|称其为|叫|"
    r"当事人|违法嫌疑人|嫌疑人|报警人|被害人|受害人|证人|男子|女子|游客|留学生|外教|店主|司机|驾驶人|驾驶员|车主|乘客|租客|房客|房东|"
    r"翻译|老板|员工|室友|同事|妻子|丈夫|儿子|女儿|朋友|邻居|求助人|投诉人|外籍|籍|账户名|户名|持卡人|收款人|"
    r"(?i:account\s+(?:name|holder)|(?:held\s+)?in\s+the\s+name\s+of)|"
    r"(?i:Mr|Mrs|Ms|Miss|Dr|Prof)\.?|(?i:name(?:d| is)?|called|suspect|victim|witness)|"
    r"(?i:(?:driver|landlord|landlady|interpreter|tenant|caller|owner|passenger)(?:\s+(?:was|is))?,?)|"
    r"(?i:(?:her|his|a|the)\s+(?:friend|colleague|roommate|flatmate|neighbou?r|wife|husband|brother|sister))|"
    r"(?i:(?:shown|signed|accompanied|reported|brought|seen|taken|statement)\s+(?:by|from))|"
    r"(?i:гражданин|гражданка|господин|госпожа|по имени|зовут|имя|фамилия|"
    r"подозреваем(?:ый|ая)|потерпевш(?:ий|ая)|свидетель))"
)
#: Lower-case names only after a word that introduces one ("名叫ivan petrov", "named lukasz").
_CTX_LOWER = (
    r"(?:姓名|名字|英文名|名叫|叫做|自称|(?<![A-Za-z])(?i:named|name is|name:)|(?i:зовут|по имени)"
    # a Chinese role word right before a Latin word: Chinese prose has no lower-case English after it
    r"|当事人|违法嫌疑人|嫌疑人|报警人|被害人|受害人|证人|房东|翻译|司机|驾驶人|租客|外籍人员|账户名|户名|持卡人|收款人|"
    # a hotel or lodging register shows the guest's name as written, lower case included
    r"(?<=登记显示[，,]?)|"
    r"(?<![A-Za-z])(?i:subject:|accompanied by|signed by|reported by|interpreted by)"
    # an export's "name = …" field
    r"|(?<![A-Za-z_])(?i:name|full_name|full name)(?=\s*[=:：]))"
)
_SEP = r"\s*[:：=]?\s*(?:为|是|系)?\s*[“\"'「]?"

LATIN_CONTEXT_RE = regex.compile(
    rf"{_CTX_INTRO}{_SEP}({LATIN_FULL}|{LATIN_CAPS_FULL}|{LATIN_WORD})(?![\p{{Latin}}'’])", _V
)
LATIN_LOWER_RE = regex.compile(rf"{_CTX_LOWER}{_SEP}({LATIN_LOWER})(?![\p{{Latin}}'’])", _V)
LATIN_BARE_RE = regex.compile(rf"(?<![\p{{Latin}}'’])(?:{LATIN_FULL})(?![\p{{Latin}}'’])", _V)
#: A full name right before its particulars: "Nguyen Dubois (born …", "Anna Berg, aged 31", "Tom Hale (passport …".
LATIN_BEFORE_ID_RE = regex.compile(
    rf"(?<![\p{{Latin}}'’])({LATIN_FULL})(?=\s*[(,]\s*(?i:born|b\.\s|dob|d\.o\.b|aged|age\s|passport|phone|tel|mobile|"
    rf"male|female|nationality|date of birth|id\s|resident))",
    _V,
)
#: A full name as the subject of a verb of saying, signing or acting: "Mehmet Yılmaz gave a
#: statement", "Anna Berg signed the record" (the NER veto and the non-name words still apply).
LATIN_BEFORE_VERB_RE = regex.compile(
    rf"(?<![\p{{Latin}}'’])({LATIN_FULL})(?=\s+(?:(?:also|then|later)\s+)?(?:said|says|told|stated|explained|"
    rf"gave|signed|admitted|denied|claimed|confirmed|reported|produced|presented|showed|paid|transferred|moved|rents|"
    rf"rented|lives|lived|stays|stayed|works|worked|drove|left|arrived|came|entered|translated|was\s+(?:at|born|seen|"
    rf"arrested|detained|accompanied|questioned|interviewed)|has\s+been|holds|held)(?![\p{{Latin}}]))",
    _V,
)
#: Two name words joined by a patronymic or Dutch / German particle: "Amina bint Salem", "Jan van
#: Dijk" (only particles that are no English or Romance word; "Rio de Janeiro" stays).
LATIN_PARTICLE_NAME_RE = regex.compile(
    rf"(?<![\p{{Latin}}'’])({LATIN_WORD}(?: {LATIN_WORD})? "
    rf"(?:bin|bint|binti|ibn|van der|van den|van|von|ter) {LATIN_WORD})(?![\p{{Latin}}'’])",
    _V,
)
#: A name part next to a name particle ("… bint Rashid", "Bilal ibn …"): the whole name.
_PARTICLE_LEFT_RE = regex.compile(rf"({LATIN_WORD})[ -]{PARTICLES}[ -]$", _V)
_PARTICLE_RIGHT_RE = regex.compile(rf"^[ -]{PARTICLES}[ -]({LATIN_WORD})(?![\p{{Latin}}'’])", _V)


def extend_over_particles(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a Latin-script name over a particle and the name word on its other side: a finding of
    "Rashid" in "Nadia bint Rashid" becomes the whole name (words that are never names stop it)."""
    for _ in range(3):
        left = _PARTICLE_LEFT_RE.search(text[max(0, start - 40) : start])
        if left is None or left.group(1) in NOT_NAME_WORDS:
            break
        start -= len(left.group(0))
    for _ in range(3):
        right = _PARTICLE_RIGHT_RE.match(text[end : end + 40])
        if right is None or right.group(1) in NOT_NAME_WORDS:
            break
        end += right.end()
    return start, end


#: A surname in capitals, a comma, the given name: "ZIELIŃSKI, Grzegorz", "LEFÈVRE, Hélène".
LATIN_INVERTED_RE = regex.compile(
    rf"(?<![\p{{Latin}}])({LATIN_CAPS}),\s?({LATIN_WORD}|{LATIN_CAPS})(?![\p{{Latin}}'’])", _V
)
LATIN_CAPS_RE = regex.compile(rf"(?<![\p{{Latin}}])(?:{LATIN_CAPS_FULL})(?![\p{{Latin}}])", _V)
#: A passport-style name: the surname in capitals, then the given names as written ("WÓJCIK Michał",
#: "AL-HARBI Layla", "NGUYEN Thi Lan"): the order of ICAO documents and of many export sheets.
LATIN_CAPS_FIRST_RE = regex.compile(
    rf"(?<![\p{{Latin}}'’-])({LATIN_CAPS}(?: {LATIN_CAPS})?) ({LATIN_WORD}(?: {LATIN_WORD}){{0,2}})"
    rf"(?![\p{{Latin}}'’])",
    _V,
)
#: What follows a person, not a place or a group, in Chinese text.
ZH_PERSON_AFTER_RE = regex.compile(
    r"\s?(?:自述|自称|称|说|表示|提交|住在|居住|暂住|驾驶|签字|签名|持有?|名下|提供|报警|陈述|供述|承认|交代|介绍|"
    r"出生|生于|的(?:护照|电话|手机|身份|证件|居留|签证|妻子|丈夫|朋友)|[，,]\s*(?:19|20)?\d{2}[年.\-/])"
)
LATIN_GIVEN_AFTER_CJK_RE = regex.compile(rf"(?<=[\p{{Han}}：:])({LATIN_WORD})(?![\p{{Latin}}'’-])", _V)
_CY_CTX = "|".join(NAME_CONTEXT_RU)
CY_CONTEXT_RE = regex.compile(
    rf"(?:{_CTX_INTRO}|(?i:{_CY_CTX})){_SEP}({CY_WORD}(?: {CY_WORD}){{0,2}})(?![\p{{Cyrillic}}])", _V
)
#: Lower-case Cyrillic names only after a word that introduces one ("зовут ольга").
CY_LOWER_RE = regex.compile(rf"{_CTX_LOWER}{_SEP}({CY_LL}{{3,15}}(?: {CY_LL}{{3,15}})?)(?![\p{{Cyrillic}}])", _V)
CY_BARE_RE = regex.compile(rf"(?<![\p{{Cyrillic}}])({CY_WORD}(?: {CY_WORD}){{1,3}})(?![\p{{Cyrillic}}])", _V)
#: A surname with initials, the usual Russian way of writing a person in a record: "Кузнецова В.Ю.",
#: "В. Ю. Кузнецова".
CY_INITIALS_RE = regex.compile(
    rf"(?<![\p{{Cyrillic}}])(?:({CY_WORD})\s+{CY_LU}\.\s?{CY_LU}\.|{CY_LU}\.\s?{CY_LU}\.\s?({CY_WORD}))"
    r"(?![\p{Cyrillic}])",
    _V,
)
#: A Cyrillic name in capitals, as passports and lists print it, right after Chinese text or a colon
#: ("同住人员：ЮСУПОВ РУСТАМ（…", "同案人ЖУКОВСКИЙ СЕРГЕЙ，").
CY_CAPS_AFTER_CJK_RE = regex.compile(
    r"(?<=[\p{Han}：:、，]\s?)([\p{Lu}&&\p{Cyrillic}]{2,}(?:-[\p{Lu}&&\p{Cyrillic}]{2,})?"
    r"(?: [\p{Lu}&&\p{Cyrillic}]{2,}(?:-[\p{Lu}&&\p{Cyrillic}]{2,})?){1,2})(?![\p{Cyrillic}])",
    _V,
)
CY_AFTER_CJK_RE = regex.compile(rf"(?<=[\p{{Han}}：:])({CY_WORD})(?![\p{{Cyrillic}}])", _V)
AR_RUN_RE = regex.compile(
    rf"(?<![\p{{Arabic}}\p{{Mn}}])({AR_WORD}(?:\s+{AR_WORD}){{0,5}})(?![\p{{Arabic}}\p{{Mn}}])", _V
)

ACRONYMS = set(
    """KTV APP GPS ATM VIP USB DNA ID OK SIM WIFI LED ICU CCTV SOS PDF MRZ QQ TG IBAN VCCR PRC USA UK EU UN
    NATO ICAO IATA UNESCO UNHCR UNICEF INTERPOL ASEAN OPEC WHO WTO IMF NGO FAQ HTML HTTP URL""".split()
)
NOT_LATIN_NAMES = set(
    """Vienna Convention|Consular Relations|Diplomatic Relations|United States|United Kingdom|New York|New Zealand|
    Saudi Arabia|South Africa|South Korea|North Korea|Hong Kong|Sri Lanka|Costa Rica|El Salvador|Puerto Rico|
    Czech Republic|Dominican Republic|United Arab Emirates|Ivory Coast|Burkina Faso|Sierra Leone|Papua New Guinea|
    Los Angeles|San Francisco|Kuala Lumpur|Buenos Aires|Rio de Janeiro|Sao Paulo|Abu Dhabi|Tel Aviv|West Lake|
    Public Security|Public Security Bureau|Entry Exit|Exit Administration|Police Station|People's Republic|
    Xihu District|Xiaoshan District|Binjiang District|Shangcheng District|Gongshu District|Hangzhou East|
    Article|Section|Chapter|Person""".replace("\n", "").split("|")
)
NOT_LATIN_NAMES = {n.strip() for n in NOT_LATIN_NAMES}
#: Capitalised words that are never part of a name (English sentence starts, places, institutions).
NOT_NAME_WORDS = set(
    """The This That These Those There Then When Where What Which Who Why How After Before During While Since Because
    His Her Their Our Your My Its He She They We You It And But Or Not No Yes On In At To From For With Without By Of
    Police Officer Officers Station Bureau Public Security Entry Exit Administration Department Office Hospital Hotel
    Road Street Avenue Lane District City Province County Town Village Room Building Floor Unit Apartment Block
    China Chinese Hangzhou Beijing Shanghai Zhejiang Xiaoshan Binjiang Xihu Shangcheng Gongshu Russia Russian Arabic
    English French German Japan Japanese Korea Korean America American Britain British Egypt Egyptian Nigeria
    Nigerian Poland Polish Kazakhstan Ukraine Thailand Vietnam India Pakistan Turkey Iran Iraq Syria Jordan Morocco
    Kazakh Uzbek Uzbekistan Kyrgyz Kyrgyzstan Tajik Tajikistan Turkmen Turkmenistan Mongolia Mongolian Azerbaijan
    Armenia Armenian Georgia Georgian Belarus Belarusian Ukrainian Afghan Afghanistan Saudi Emirati Yemen Yemeni
    Lebanon Lebanese Syrian Iraqi Iranian Jordanian Moroccan Algeria Algerian Tunisia Tunisian Libya Libyan Sudan
    Sudanese Dutch Irish Spanish Italian Portuguese Brazilian Mexican Indian Pakistani Vietnamese Thai Filipino
    Dubai Sharjah Dhabi Doha Riyadh Jeddah Cairo Almaty Astana Tashkent Samarkand Bishkek Dushanbe Moscow Kazan
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Article Section Chapter Convention Law Act Court Case File Report Note
    Passport Visa Permit Residence Phone Mobile Email Card Bank Account Line WeChat Telegram WhatsApp Alipay Skype VK
    Apple Google Android Uber Didi Taobao Wifi Master Excel Word Online Mail Both Each Every All Some Any Person
    Mr Mrs Ms Miss Dr Prof Sir Madam Suspect Victim Witness Interpreter Consulate Embassy Consul General Vice
    Airport Railway Metro Subway Bus Taxi Car Plate Mall Market Shop Store Restaurant Bar Club University College
    School Institute Company Ltd Inc Co Group Center Centre Park Lake River Mountain Bridge Square Plaza Tower
    Please Thank Thanks Sorry Hello Help Stop Wait Okay OK Dear Regards Sincerely Yours Date Time Male Female
    Statement Statements Notes Interview Record Records Incident Theft Vehicle Vehicles National Nationals Foreign
    Foreigner Foreigners Complaint Complainant Summary Transcript Minutes Memo Form Register Registration Log
    Fraud Assault Burglary Robbery Accident Traffic Dispute Inquiry Enquiry Investigation Notice""".split()
)
#: Words of documents' headings, institutions and streets that no name holds, in any case: a run of
#: capitals or a multi-word PERSON of the English model with one of them is a heading ("ROAD TRAFFIC
#: ACCIDENT FORM", "MINISTRY OF FOREIGN AFFAIRS") or a place ("Huaqiang North Road"). Surnames that
#: are also English words (Park, Long, King) are not listed.
HEADING_WORDS = frozenset(
    """Of For And The To In On At By With From Form Registration Temporary Foreign National Nationality Ministry
    Affairs Notification Detention Traffic Accident Emergency Call Transcript Guest Simplified Procedure Weather
    Republic Valid Batch Remitter Beneficiary Payment Goods Municipal Branch Regulations Implementing Safety
    Record Query Result Notice Decision Agreement Application Certificate Receipt Transfer Order Contract List
    Statement Summary Details Information Road Street Avenue District Bureau Station Office Department Hospital
    Hotel Police Security Public Entry Exit Administration Residence Permit Passport Visa Embassy Consulate
    Court Law Article Convention""".split()
)
NOT_NAME_WORDS |= HEADING_WORDS
_RU_STEMMER = Stemmer.Stemmer("russian")
CY_NOT_NAME_WORDS = set(
    """Я Мы Вы Он Она Они Оно Это Эта Этот Там Тут Где Как Что Кто Когда Почему Зачем Здравствуйте Спасибо Пожалуйста
    Извините Простите Помогите Полиция Милиция Россия Российская Федерация Москва Санкт Петербург Казахстан Украина
    Беларусь Китай Ханчжоу Пекин Шанхай Да Нет Не Ни И А Но Или В На С По К У О Об От До Из За При Для Мне Меня Мой Моя
    Мои Наш Наша Ваш Ваша Его Её Их Гражданин Гражданка Господин Госпожа Паспорт Виза Телефон Адрес Улица Дом Квартира
    Отель Гостиница Посольство Консульство Генеральное Хорошо Ладно Понятно Понимаю Скажите Подождите Стойте
    Вам Вас Вами Вашего Вашей Ваши Нам Нас Нами Им Ему Ей Ним Ней Тебе Тебя Ты Мною Себя Всё Все Вот Здесь Сейчас
    Уважаемый Уважаемая Внимание Узбекистан Кыргызстан Киргизия Таджикистан Туркменистан Азербайджан Армения Грузия
    Опрошен Опрошена Допрошен Допрошена Задержан Задержана Доставлен Доставлена Установлен Установлена Опознан
    Опознана Предупреждён Предупреждена Ознакомлен Ознакомлена Приглашён Приглашена Вызван Вызвана
    Подозреваемый Подозреваемая Потерпевший Потерпевшая Свидетель Свидетельница Заявитель Заявительница Понятой
    Понятая Переводчик Переводчица Турист Туристка Студент Студентка
    Монголия Египет Турция Иран Ирак Сирия Ташкент Самарканд Бишкек Алматы Астана Душанбе Шымкент Казань""".split()
)
#: Stems (Snowball, lower case) of the words above: "гражданка Казахстана" is not a name either.
CY_NOT_NAME_STEMS = frozenset(_RU_STEMMER.stemWord(w.lower()) for w in CY_NOT_NAME_WORDS if len(w) >= 5)


def _cy_not_name(word: str) -> bool:
    """A stop word, or (five letters or more) an inflected form of one ("Казахстана", "Ташкенте")."""
    return word in CY_NOT_NAME_WORDS or (len(word) >= 5 and _RU_STEMMER.stemWord(word.lower()) in CY_NOT_NAME_STEMS)


AR_FUNCTION_WORDS = set(
    """في من على إلى الى عن مع هذا هذه ذلك تلك أنا انا أنت انت هو هي نحن هم لا لم لن ما هل و يا إن أن ان كان قد ثم أو او
    بل كل بعض الذي التي هناك هنا شكرا شكراً فضلك لو عليكم السلام مرحبا نعم ممكن أريد اريد أين اين كيف متى لماذا ليس
    عندي عنده الشرطة شرطة جواز سفر تأشيرة هاتف رقم عنوان فندق غرفة مستشفى سفارة قنصلية
    يقيم تقيم يسكن تسكن يعمل تعمل يقول تقول قال قالت ذكر ذكرت أفاد أفادت حسب لدى عند بحوزة وفق
    ولد ولدت مواليد المولود المولودة""".split()
)
AR_GIVEN_NAMES = set(
    """محمد أحمد احمد علي حسن حسين عمر خالد يوسف إبراهيم ابراهيم عبدالله عبد فاطمة عائشة مريم سارة ليلى نور زينب خديجة
    مصطفى محمود سعيد سلمان فيصل طارق كريم ياسر سمير وليد ناصر هاني رامي أمين امين جمال كمال رشيد منصور
    ماجد سامي""".split()
)
AR_PARTICLES = ("بن", "ابن", "بنت", "أبو", "ابو", "أم", "ام", "آل", "عبد")


def _nisba(word: str) -> bool:
    """A family name of origin: the article, three letters or more, and the ending ي (المصري)."""
    return word.startswith(("ال", "الإ", "الأ")) and word.endswith("ي") and len(word) >= 6


def _letters_share(text: str, pattern: str) -> float:
    letters = regex.findall(r"\p{L}", text)
    if not letters:
        return 0.0
    return len(regex.findall(pattern, text)) / len(letters)


class _NameRecognizer(EntityRecognizer):
    """Shared plumbing: one entity (``person_name``), results with a fixed recognizer name."""

    def __init__(self, language: str, context: Sequence[str]) -> None:
        self.recognizer_name = f"{type(self).__name__}:{language}"
        super().__init__(
            supported_entities=[PERSON],
            name=self.recognizer_name,
            supported_language=language,
            context=list(context),
        )

    def load(self) -> None:
        """Nothing to load (jieba loads lazily on first use)."""

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=PERSON,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.recognizer_name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )


class HanNameRecognizer(_NameRecognizer):
    """Chinese names: context words, role nouns, titles, lists, compound surnames and jieba's ``nr``."""

    def __init__(self, language: str, use_jieba: bool = True) -> None:
        super().__init__(language, NAME_CONTEXT_ZH)
        self.use_jieba = use_jieba
        self._posseg: Any = None
        self._lock = threading.Lock()

    def _pos(self) -> Any:
        with self._lock:
            if self._posseg is None:
                import jieba.posseg

                logging.getLogger("jieba").setLevel(logging.WARNING)
                self._posseg = jieba.posseg
            return self._posseg

    def _dictionary(self) -> Any:
        import jieba

        self._pos()
        jieba.dt.check_initialized()
        return jieba.dt

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Han-script names with the scores the rules give them."""
        if (entities and PERSON not in entities) or not re.search(r"[\u4e00-\u9fff]", text):
            return []
        out: list[RecognizerResult] = []
        dictionary = self._dictionary() if self.use_jieba else None
        for m in ZH_COMPOUND_NAME_RE.finditer(text):
            if self._bounded(text, m.start(), m.end(), dictionary, compound=True):
                out.append(self._result(m.start(), m.end(), 0.7))
        for m in ZH_DOTTED_NAME_RE.finditer(text):
            # The first part may take a word before it ("对方叫伊万·…"): cut after the last such word.
            head = m.group(0)[: regex.search(r"[·•・‧]", m.group(0)).start()]  # type: ignore[union-attr]
            cut = max((head.rfind(w) + len(w) for w in _BEFORE_DOTTED if w in head), default=0)
            # …and the last part the words after it ("…·萨利赫生于…"): cut before the first such word.
            last = m.group(0).rsplit(m.group(0)[len(head)], 1)[-1]
            trim = min((i for i in (last.find(w) for w in _AFTER_DOTTED) if i > 0), default=len(last))
            end = m.end() - (len(last) - trim)
            if text[m.start() + cut : end] not in STATUTE_WORDS and cut < len(head):
                out.append(self._result(m.start() + cut, end, 0.8))
        for c in ZH_EMBEDDED_NAME_RE.finditer(text):
            word = c.group(1)
            # a dictionary word ("关押", "强制措施") is a term, not a name, whatever surrounds it
            known = dictionary is not None and dictionary.FREQ.get(word, 0) > 0
            if known and not _TAGS(dictionary).get(word, "").startswith("nr"):
                continue
            if _looks_like_zh_name(word, dictionary) and word not in STATUTE_WORDS:
                out.append(self._result(c.start(1), c.end(1), 0.75))
        for c in ZH_CLAUSE_NAME_RE.finditer(text):
            if _looks_like_zh_name(c.group(1), dictionary) and self._bounded(text, c.start(1), c.end(1), dictionary):
                out.append(self._result(c.start(1), c.end(1), 0.75))
        for rx in (
            ZH_NAME_CONTEXT_RE,
            ZH_NAME_BEFORE_ID_RE,
            ZH_ROLE_NAME_RE,
            ZH_NAME_TITLE_RE,
            ZH_SOURCE_NAME_RE,
            ZH_NAME_BEFORE_BIRTH_RE,
        ):
            for m in rx.finditer(text):
                name = m.group(1)
                # After a role word and a preposition ("民警向…") the candidate may be a thing
                # ("员工对房子…"): a common word is refused there, as without a role word.
                strong = rx in (ZH_NAME_CONTEXT_RE, ZH_SOURCE_NAME_RE) and not (
                    rx is ZH_NAME_CONTEXT_RE and m.start(1) > m.start() and text[m.start(1) - 1] in _PREPOSITIONS
                )
                start, end = m.start(1), m.end(1)
                if (
                    len(name) >= 3
                    and name[0] in _PREPOSITIONS
                    and _looks_like_zh_name(name[1:], dictionary)
                    and self._bounded(text, start + 1, end, dictionary)
                ):
                    start, name = start + 1, name[1:]
                elif (
                    len(name) >= 3
                    and name[0] in _PREPOSITIONS
                    and dictionary is not None
                    and dictionary.FREQ.get(name[1:], 0) >= 100
                    and not _TAGS(dictionary).get(name[1:], "").startswith("nr")
                ):
                    continue  # "报警人向民警反映": a preposition and a common word
                if name in JP_SURNAMES or (len(name) == 3 and name[:2] in JP_SURNAMES):
                    # A Japanese surname is a word of its own: the lazy match stops after it
                    # ("访客山本|和也称"); the given name runs on to what follows a name.
                    for length in (4, 3):
                        cand = text[start : start + length]
                        nxt = text[start + length : start + length + 1]
                        if (
                            len(cand) == length
                            and re.fullmatch(r"[\u4e00-\u9fa5]+", cand)
                            and (nxt == "" or re.match(rf"[{ZH_AFTER_NAME}]", nxt))
                            and _looks_like_zh_name(cand, dictionary, strong=strong)
                        ):
                            end, name = start + length, cand
                            break
                if rx is ZH_NAME_CONTEXT_RE and strong and not _looks_like_zh_name(name, dictionary, strong=True):
                    # a foreign name in transliteration after the role word, up to six characters
                    run = end
                    while run < len(text) and run - start < 6 and text[run] in TRANSLIT_CHARS:
                        run += 1
                    cand = text[start:run]
                    nxt = text[run : run + 1]
                    if (
                        _looks_like_transliteration(cand, dictionary)
                        and (nxt == "" or re.match(rf"[{ZH_AFTER_NAME}]", nxt))
                    ):
                        out.append(self._result(start, run, 0.8))
                        continue
                if _looks_like_zh_name(name, dictionary, strong=strong):
                    # "民警陆洋最|先到场": a lazy match that cuts the next word ends one character earlier.
                    if not self._bounded(text, start, end, dictionary, strong=True) and end - start >= 3:
                        end -= 1
                    if _looks_like_zh_name(text[start:end], dictionary, strong=strong) and self._bounded(
                        text, start, end, dictionary, strong=True
                    ):
                        out.append(self._result(start, end, 0.85))
                elif rx in (ZH_NAME_BEFORE_ID_RE, ZH_NAME_TITLE_RE, ZH_NAME_BEFORE_BIRTH_RE):
                    # "收银员甘露（…", "其女儿田中由纪（…": the match may begin a character or two early.
                    for cut in (1, 2):
                        if (
                            len(name) - cut >= 2
                            and _looks_like_zh_name(name[cut:], dictionary)
                            and self._bounded(text, m.start(1) + cut, m.end(1), dictionary)
                        ):
                            out.append(self._result(m.start(1) + cut, m.end(1), 0.8))
                            break
        ends = {r.end for r in out}
        for m in ZH_NAME_LIST_RE.finditer(text):
            # "…Petrov与王强", "محمد الحسيني与罗俊杰": a foreign-script name before the conjunction counts too.
            joined_to_name = (
                m.start() in ends
                or (m.start() > 0 and text[m.start() - 1] == "）")
                or bool(regex.search(r"[\p{Latin}\p{Cyrillic}\p{Arabic}]$", text[max(0, m.start() - 1) : m.start()]))
            )
            if (
                joined_to_name
                and _looks_like_zh_name(m.group(1), dictionary)
                and self._bounded(text, m.start(1), m.end(1), dictionary)
            ):
                out.append(self._result(m.start(1), m.end(1), 0.75))
        if self.use_jieba:
            out.extend(self._jieba_names(text))
        return out

    def _bounded(
        self, text: str, start: int, end: int, dictionary: Any, strong: bool = False, compound: bool = False
    ) -> bool:
        """False when the candidate cuts a word in two ("向公|安机关", "主|管部门") or, after a role
        word, begins with a common word ("当事人应当予以", "申请鉴定").

        ``compound``: the candidate starts with a compound surname. Some are words too (西门, 东方,
        南宫); with a given name of name characters after it that is not itself a common word
        (西门嘉怡, not 东方航空), the surname is not held against it, nor is a role word before it
        (房东|西门嘉怡 makes the pair 东西)."""
        if dictionary is None:
            return True
        tags = _TAGS(dictionary)
        if compound:
            word = text[start:end]
            given = word[len(_surname(word)) :]
            if any(ch in _NOT_GIVEN_CHARS for ch in given):
                return False  # 南宫市的, 欧阳修的: a particle or a place word is no given name
            given_like = (
                bool(given)
                and any(ch in GIVEN_NAME_CHARS for ch in given)
                and (dictionary.FREQ.get(given, 0) < 3000 or tags.get(given, "").startswith("nr"))
                and word not in STATUTE_WORDS
                # a dictionary word as a whole is a thing or a place (东方明珠, which jieba may tag nr)
                and dictionary.FREQ.get(word, 0) <= 0
            )
            if given_like:
                after = text[end - 1 : end + 1]
                if _common_pair(after, dictionary, tags, 100):
                    return False
                before = text[max(0, start - 2) : start]
                after_particle = start > 0 and text[start - 1] in "为由对和与向给被让叫是"
                if before in NOT_NAMES or before in _PRONOUNS or after_particle:
                    return True
                pair = text[max(0, start - 1) : start + 1]
                return not _common_pair(pair, dictionary, tags, 500)
        # The pair across each edge must not be a common word: "向公|安机关", "相对|方向行驶"
        # (after a role word too: "对方" + "向行驶"); rare pairs such as 民警|钟磊's 警钟 pass.
        # After a role word the bar for the pair before is higher: 报警人|马俊杰 (人马) is a name.
        before_min = 5000 if strong else 500
        for pair, minimum in ((text[end - 1 : end + 1], 500), (text[max(0, start - 1) : start + 1], before_min)):
            if len(pair) == 2 and dictionary.FREQ.get(pair, 0) >= minimum and not tags.get(pair, "").startswith("nr"):
                return False
        word = text[start:end]
        head = word[:2]
        common_head = head in NOT_NAMES or (
            dictionary.FREQ.get(head, 0) >= 500 and not tags.get(head, "").startswith("nr")
        )
        return not (len(word) >= 3 and common_head) and word not in STATUTE_WORDS

    def _jieba_names(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        pos = 0
        dictionary = self._dictionary()
        for word, flag in self._pos().cut(text):
            start = text.find(word, pos)
            if start < 0:
                continue
            pos = start + len(word)
            if (
                flag == "nr"
                and _jieba_name_ok(word, dictionary)
                and _looks_like_zh_name(word, dictionary)
                and self._bounded(text, start, start + len(word), dictionary)
            ):
                out.append(self._result(start, start + len(word), 0.7))
        return out


#: A name as airlines and passenger lists write it, SURNAME/GIVEN NAMES before a title
#: ("PHAM/THI HOA MRS", "AL-SUWAIDI/MOHAMMED MANSOUR MR").
IATA_NAME_RE = regex.compile(
    r"(?<![\p{L}/])(\p{Lu}[\p{Lu}'’-]+/\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,3}?)"
    r"(?= +(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)(?![\p{L}]))",
    _V,
)
#: A greeting or thanks before a given name, in letters, receipts and messages ("Dear Davide,",
#: "Thanks for riding, Naledi!", "Hi Rahul,").
GREETING_NAME_RE = regex.compile(
    r"(?:(?<![\p{L}])(?:Dear|Hi|Hello|Hey|Thanks|Thank you)(?: for [a-z]+(?: [a-z]+)?)?,? )"
    r"(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?=[,!])",
    _V,
)


class LatinNameRecognizer(_NameRecognizer):
    """Latin-script names: after a naming word (any case, extended Latin included); without one,
    two to four capitalised words or a passport-style CAPS name in Chinese text, or a given name
    written right after Chinese characters."""

    def __init__(self, language: str, not_a_person: Callable[[str], bool] | None = None) -> None:
        super().__init__(language, (*NAME_CONTEXT_ZH, *NAME_CONTEXT_EN, *NAME_CONTEXT_RU))
        #: Veto for names found without a context word: True when an English NER model reads the
        #: words as a group, place, organisation or event ("Orthodox Jews", "Happy Diwali").
        self.not_a_person = not_a_person

    def _bare_ok(self, value: str) -> bool:
        return _latin_ok(value) and not (self.not_a_person is not None and self.not_a_person(value))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Latin names with context (0.85), bare in Chinese text (0.7-0.75)."""
        if entities and PERSON not in entities:
            return []
        out: list[RecognizerResult] = []
        for m in LATIN_CONTEXT_RE.finditer(text):
            start, end = _trim_latin(text, *m.span(1))
            if end > start and _latin_ok(text[start:end]):
                out.append(self._result(start, end, 0.85))
        for m in IATA_NAME_RE.finditer(text):
            out.append(self._result(m.start(1), m.end(1), 0.85))
        for m in GREETING_NAME_RE.finditer(text):
            if not any(w in NOT_NAME_WORDS for w in m.group(1).split()):
                out.append(self._result(m.start(1), m.end(1), 0.75))
        for m in LATIN_LOWER_RE.finditer(text):
            value = m.group(1)
            words = value.split()
            # Function words and the words of a role are no name ("accompanied by his wife").
            if words[0] not in {"the", "a", "an", "is", "was", "unknown", "not"} and not any(
                w.capitalize() in NOT_NAME_WORDS or w in _LOWER_NOT_NAMES for w in words
            ):
                out.append(self._result(m.start(1), m.end(1), 0.8))
        for m in LATIN_BEFORE_ID_RE.finditer(text):
            start, end = _trim_latin(text, *m.span(1))
            value = text[start:end]
            if " " in value and _latin_ok(value):
                out.append(self._result(start, end, 0.8))
        for m in LATIN_PARTICLE_NAME_RE.finditer(text):
            start, end = _trim_latin(text, *m.span(1))
            value = text[start:end]
            if " " in value and self._bare_ok(value):
                out.append(self._result(start, end, 0.75))
        for m in LATIN_BEFORE_VERB_RE.finditer(text):
            start, end = _trim_latin(text, *m.span(1))
            value = text[start:end]
            if " " in value and self._bare_ok(value):
                out.append(self._result(start, end, 0.75))
        for m in LATIN_INVERTED_RE.finditer(text):
            surname, given = m.group(1), m.group(2)
            caps_given = given.isupper()
            # two words in capitals need a naming word before them ("英文名MARIIA, IUSUPOVA")
            if caps_given and not regex.search(rf"{_CTX_INTRO}{_SEP}$", text[max(0, m.start() - 12) : m.start()], _V):
                continue
            if {surname, given} & ACRONYMS or not _latin_ok(f"{surname} {given}"):
                continue
            if not caps_given and self.not_a_person is not None and self.not_a_person(f"{given} {surname.title()}"):
                continue
            out.append(self._result(m.start(), m.end(), 0.8))
        han = bool(re.search(r"[\u4e00-\u9fff]", text))
        for m in LATIN_CAPS_FIRST_RE.finditer(text):
            surname, given = m.group(1), m.group(2)
            words = [*surname.replace("-", " ").split(), *given.split()]
            if set(words) & ACRONYMS or any(w in NOT_NAME_WORDS for w in given.split()):
                continue
            # In English prose a short word in capitals is more often an acronym ("NATO Summit").
            if not han and len(surname.replace("-", "").replace(" ", "")) < 4:
                continue
            if not _latin_ok(f"{surname} {given}") or (
                self.not_a_person is not None and self.not_a_person(f"{given} {surname.title()}")
            ):
                continue
            out.append(self._result(m.start(), m.end(), 0.75))
        if han:
            for m in LATIN_BARE_RE.finditer(text):
                start, end = _trim_latin(text, *m.span())
                value = text[start:end]
                if (" " in value or "-" in value) and (
                    self._bare_ok(value) or (_latin_ok(value) and ZH_PERSON_AFTER_RE.match(text, end))
                ):
                    out.append(self._result(start, end, 0.75))
            for m in LATIN_CAPS_RE.finditer(text):
                words = m.group(0).split()
                # a heading in capitals ("REGISTRATION FORM OF TEMPORARY RESIDENCE") is no name
                if any(w.title() in HEADING_WORDS for w in words):
                    continue
                if not set(words) & ACRONYMS and all(len(w) >= 2 for w in words):
                    out.append(self._result(m.start(), m.end(), 0.7))
            for m in LATIN_GIVEN_AFTER_CJK_RE.finditer(text):
                if m.group(1) not in NOT_NAME_WORDS and len(m.group(1)) >= 3:
                    out.append(self._result(m.start(1), m.end(1), 0.7))
        else:
            # English text: names after titles or naming words are found above; two capitalised
            # words after a comma-free preposition are left to spaCy's NER.
            pass
        return out


#: Lower-case words after a naming word that are no name.
_LOWER_NOT_NAMES = set(
    """wife husband son daughter friend friends brother sister mother father parents family officer officers
    police colleague colleagues interpreter translator lawyer staff manager landlord landlady owner driver
    someone somebody nobody him her them me us app wifi national citizen resident foreigner""".split()
)


def _trim_latin(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading / trailing words that are never names ("The", "Police")."""
    words = text[start:end].split(" ")
    while words and words[0] in NOT_NAME_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1] in NOT_NAME_WORDS:
        end -= len(words[-1]) + 1
        words = words[:-1]
    return start, max(start, end)


def _latin_ok(value: str) -> bool:
    if value in NOT_LATIN_NAMES or not value.strip():
        return False
    words = [w for w in re.split(r"[ -]", value) if w]
    return not any(w in NOT_NAME_WORDS for w in words)


class CyrillicNameRecognizer(_NameRecognizer):
    """Cyrillic names: two or three capitalised words, one after a naming word (Russian or
    Chinese), lower case after one, and a single capitalised word right after Chinese characters."""

    def __init__(self, language: str) -> None:
        super().__init__(language, (*NAME_CONTEXT_RU, *NAME_CONTEXT_ZH, *NAME_CONTEXT_EN))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Cyrillic names (0.8 with context or two words, 0.7 single after Han)."""
        if (entities and PERSON not in entities) or not regex.search(r"\p{Cyrillic}", text):
            return []
        out: list[RecognizerResult] = []
        for m in CY_CONTEXT_RE.finditer(text):
            words = m.group(1).split()
            if words and not _cy_not_name(words[0]):
                kept = []
                for w in words:
                    if _cy_not_name(w):
                        break
                    kept.append(w)
                out.append(self._result(m.start(1), m.start(1) + len(" ".join(kept)), 0.85))
        for m in CY_LOWER_RE.finditer(text):
            out.append(self._result(m.start(1), m.end(1), 0.8))
        for m in CY_BARE_RE.finditer(text):
            words = m.group(1).split()
            start = m.start(1)
            while words and _cy_not_name(words[0]):
                start += len(words[0]) + 1
                words = words[1:]
            while words and _cy_not_name(words[-1]):
                words = words[:-1]
            if len(words) >= 2:
                out.append(self._result(start, start + len(" ".join(words)), 0.8))
        for m in CY_CAPS_AFTER_CJK_RE.finditer(text):
            if not any(_cy_not_name(w.capitalize()) for w in m.group(1).split()):
                out.append(self._result(m.start(1), m.end(1), 0.8))
        for m in CY_AFTER_CJK_RE.finditer(text):
            if not _cy_not_name(m.group(1)):
                out.append(self._result(m.start(1), m.end(1), 0.7))
        for m in CY_INITIALS_RE.finditer(text):
            if not _cy_not_name(m.group(1) or m.group(2)):
                out.append(self._result(m.start(), m.end(), 0.8))
        return out


class ArabicNameRecognizer(_NameRecognizer):
    """Arabic-script names. In text that is mostly another script, a run of one to four Arabic
    words without function words is a name (one word only if it is a common given name or follows
    a naming word); in Arabic text, a run that starts with a given name, holds a particle (بن، أبو،
    عبد) or follows a naming word (اسمه، السيد)."""

    def __init__(self, language: str) -> None:
        super().__init__(language, (*NAME_CONTEXT_AR, *NAME_CONTEXT_ZH, *NAME_CONTEXT_EN, *NAME_CONTEXT_RU))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Arabic names (0.8)."""
        if (entities and PERSON not in entities) or not regex.search(r"\p{Arabic}", text):
            return []
        arabic_text = _letters_share(text, r"\p{Arabic}") > 0.5
        out: list[RecognizerResult] = []
        for m in AR_RUN_RE.finditer(text):
            words = m.group(1).split()
            start = m.start(1)
            # Naming words count within the sentence only ("房东为X。\nجوال" names no one).
            before = regex.split(r"[。！？；;!?\n]", text[max(0, start - 12) : start])[-1]
            # Split the run at function words: "شكرا محمد" keeps محمد.
            segments: list[tuple[int, list[str]]] = []
            pos = start
            current: list[str] = []
            seg_start = start
            for w in words:
                w_start = text.find(w, pos)
                pos = w_start + len(w)
                if w in AR_FUNCTION_WORDS or w in NAME_CONTEXT_AR:
                    if current:
                        segments.append((seg_start, current))
                    current = []
                    seg_start = pos
                    continue
                if not current:
                    seg_start = w_start
                current.append(w)
            if current:
                segments.append((seg_start, current))
            for seg_start, seg in segments:
                seg = seg[:4]
                end = seg_start + len(" ".join(seg))
                if text[seg_start:end] != " ".join(seg):
                    end = seg_start + len(seg[0])
                    seg = seg[:1]
                near = regex.split(r"[。！？；;!?\n]", text[max(0, seg_start - 12) : seg_start])[-1]
                # An Arabic naming word stands right before the name; a word with the article
                # after it is a noun ("حوّل المشتكي المال"), never a given name.
                context = (
                    any(near.rstrip().endswith(c) for c in NAME_CONTEXT_AR) and not seg[0].startswith("ال")
                ) or any(c in before.lower() for c in NAME_CONTEXT_ZH + NAME_CONTEXT_EN)
                if not context:
                    # A verb or noun before the name ("وقّع ماجد …", "يسكن حمزة …"): the name starts
                    # at its first given name or particle.
                    first = next(
                        (
                            i
                            for i, w in enumerate(seg)
                            if w in AR_GIVEN_NAMES or w in AR_PARTICLES or w.startswith("عبد")
                        ),
                        0,
                    )
                    nisba = next(
                        (i for i in range(1, len(seg)) if _nisba(seg[i]) and not seg[i - 1].startswith("ال")), None
                    )
                    named = any(
                        w in AR_GIVEN_NAMES or w in AR_PARTICLES or w.startswith("عبد") for w in seg[: nisba or 0]
                    )
                    if nisba is not None and not arabic_text and not named:
                        first = nisba - 1  # "ترجم سميرة الإدريسي للشرطة": the name ends at its nisba
                        seg_start = text.find(seg[first], seg_start) if first else seg_start
                        seg = seg[first : nisba + 1]
                        end = seg_start + len(" ".join(seg))
                        first = 0
                    if first and seg[first] in ("بن", "ابن", "بنت", "آل"):
                        first -= 1  # "حمزة بن يوسف": the word before a patronymic particle is the name
                    if first and (first < len(seg) - 1 or seg[first] in AR_GIVEN_NAMES):
                        seg_start = text.find(seg[first], seg_start)
                        seg = seg[first:]
                        end = seg_start + len(" ".join(seg))
                if len(seg) > 2:
                    last = max((i for i in range(1, len(seg)) if _nisba(seg[i])), default=None)
                    if last is not None and last < len(seg) - 1:
                        seg = seg[: last + 1]  # "… سميرة الإدريسي للشرطة": the name ends at its nisba
                        end = seg_start + len(" ".join(seg))
                given = (
                    seg[0] in AR_GIVEN_NAMES
                    or any(w in AR_PARTICLES or w.startswith("عبد") for w in seg)
                    # in Arabic text a nisba is as often an adjective ("يتمتع الدبلوماسي")
                    or (not arabic_text and len(seg) >= 2 and not seg[0].startswith("ال") and _nisba(seg[1]))
                )
                # In Arabic text a name needs a naming word, or a given name / particle and a second word.
                # In other text a given name, a particle or a naming word ("男子", "named") is enough; a bare
                # run of Arabic words is more often a phrase ("يرجى الانتظار") than a name.
                ok = (context or (given and len(seg) >= 2)) if arabic_text else (given or context)
                if ok:
                    out.append(self._result(seg_start, end, 0.85 if context else 0.8))
        return out


class TableNameRecognizer(_NameRecognizer):
    """A cell under a name column of a delimited table ("姓名", "Name", "ФИО", "الاسم") is a
    person's name, whatever its script or case (guardrails/tables.py finds the columns)."""

    HEADER = regex.compile(
        r"姓名|名字|中文名|英文名|外文名|(?<![a-z])(?:sur|first |last |full |given |family )?name(?![a-z])"
        r"|фио|фамилия|(?<![а-я])имя|отчество|الاسم|اسم"
    )
    #: Columns that name something else: accounts, places, organisations.
    NOT_PERSON = regex.compile(
        r"用户|user|账号|account|file|公司|单位|酒店|hotel|street|city|country|国籍|nation|company|bank"
    )

    def __init__(self, language: str) -> None:
        super().__init__(language, ())

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Name cells (0.85)."""
        if (entities and PERSON not in entities) or "\n" not in text:
            return []
        out: list[RecognizerResult] = []
        for cell in cells(text):
            if not self.HEADER.search(cell.header) or self.NOT_PERSON.search(cell.header):
                continue
            value = text[cell.start : cell.end]
            if len(value) <= 60 and regex.search(r"\p{L}.*\p{L}", value) and not regex.search(r"[\d@]", value):
                out.append(self._result(cell.start, cell.end, 0.85))
        return out


class LayoutNameRecognizer(_NameRecognizer):
    """Names that the layout marks, whatever the script: the speaker of a chat-export line
    ("[14:49] OKAFOR Funmilayo：…", "[2023/09/18 07:26] محمد السيد: …"), the display name before an
    e-mail address in a mail header ("From: Anna Berg <anna@…>") and the line under a sign-off
    ("Best,\nADEYEMI Funmilayo"). Role words (民警, Officer, System) are no name."""

    NAME = r"[\p{L}\p{M}][\p{L}\p{M}'’·.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’·.-]*){0,3}"
    SPEAKER = regex.compile(
        rf"(?m)^[ \t]*[\[【(（]?(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}[ T]?)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\]】)）]?"
        rf"[ \t]+({NAME})[ \t]*[:：]",
        _V,
    )
    DISPLAY = regex.compile(rf"(?<![\p{{L}}\p{{M}}])({NAME})[ \t]*<[^<>\s@]+@[^<>\s]+>", _V)
    SIGN_OFF = regex.compile(
        rf"(?mi)^[ \t]*(?:best(?: regards| wishes)?|regards|kind regards|warm regards|many thanks|thanks|thank you|"
        rf"cheers|sincerely|yours(?: sincerely| faithfully| truly)?|с уважением|спасибо|مع (?:خالص )?تحياتي|"
        rf"مع الشكر|此致敬礼|谢谢)[,，!。.]?[ \t]*\n[ \t]*({NAME})[ \t]*$",
        _V,
    )
    ROLES = frozenset(
        """我 你 他 她 本人 对方 民警 警察 警官 辅警 系统 客服 翻译 群主 管理员 机器人 system admin administrator
        officer police operator interpreter translator bot me you user unknown support service team""".split()
    )
    HEADER_FIELDS = regex.compile(r"(?i)^(?:from|to|cc|bcc|reply-to|发件人|收件人|抄送|от|кому|من|إلى)$")

    #: Words of a field that holds a person's name: on a form's label line above the value, or as
    #: an export's key ("name", "ContactName", "surname", "officer").
    NAME_FIELD = regex.compile(
        r"(?i)(?<![\p{L}])(?:surname|given names?|first name|last name|full name|name|nom|prénoms?|фамилия|имя"
        r"|отчество|ф\.?и\.?о|الاسم|اسم|اللقب)(?![\p{L}])|姓名|英文姓|英文名|中文名|原文姓名|姓 ?名|^姓|^名",
        _V,
    )
    #: Keys of people in an export (their value is the person's name).
    PERSON_KEYS = frozenset(
        """name surname fullname officer applicant holder guest reviewer operator interpreter witness suspect
        victim landlord tenant beneficiary payee payer""".split()
    )
    #: A plain word before a colon names a person's field only when it is a name word ("Name:"):
    #: "CALLER: …" opens a transcript line, not a field.
    NAME_KEYS = frozenset("name surname fullname firstname lastname given".split())
    #: Key words that make a "…name" key some other thing's name.
    THING_KEYS = frozenset(
        """hotel company org organisation organization port unit bank school file product station street city
        place user login account host device app nick screen display brand doc document type kind""".split()
    )
    LINE_VALUE = regex.compile(r"(?m)^[ \t]*([\p{L}\p{M}][\p{L}\p{M}'’·. /-]{0,38}[\p{L}\p{M}.])[ \t]*$", _V)
    EXPORT_FIELD = regex.compile(
        r"<[A-Za-z_][\w.-]*[^<>]{0,60}>|\"[A-Za-z_][\w.-]{0,40}\"\s*:\s*\""
        r"|(?m:^)[ \t-]*(?P<kv>[A-Za-z_][\w.-]{0,40})\s*[:=]\s*[\"']?"
    )
    EXPORT_VALUE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’·. -]{0,38}[\p{L}\p{M}]", _V)

    def __init__(self, language: str) -> None:
        super().__init__(language, ())

    def _field_names(self, text: str) -> list[tuple[int, int]]:
        """Values under a name label ("英 文 姓 Surname⏎SHARMA", "Surname / Nom⏎АНДРЕЕВА / ANDREEVA")
        and the values of name keys in exports ("name": "…", <ContactName>…</ContactName>)."""
        from guardrails.recognizers import _key_words, export_key, label_above

        spans: list[tuple[int, int]] = []
        for m in self.LINE_VALUE.finditer(text):
            above = label_above(text, m.start(1), lines=1)
            if not above or not self.NAME_FIELD.search(above):
                continue
            if self.NAME_FIELD.fullmatch(m.group(1).strip()):
                continue  # a second label line, not a value
            pos = m.start(1)
            for part in regex.split(r"( / |/)", m.group(1)):
                if part.strip() and part not in (" / ", "/"):
                    spans.append((pos, pos + len(part.rstrip())))
                pos += len(part)
        for m in self.EXPORT_FIELD.finditer(text):
            key = export_key(text, m.end())
            if not key:
                plain = _key_words(m.group("kv") or "")
                if not plain or not set(plain.split()) <= self.NAME_KEYS:
                    continue
                key = plain
            words = key.split()
            if not any(w in self.PERSON_KEYS for w in words) or any(w in self.THING_KEYS for w in words):
                continue
            v = self.EXPORT_VALUE.match(text, m.end())
            if v is not None and "\n" not in v.group(0):
                spans.append(v.span())
        return spans

    def _ok(self, value: str) -> bool:
        words = value.split()
        if not value or len(value) > 40 or value.lower() in self.ROLES or words[0].lower() in self.ROLES:
            return False
        if self.HEADER_FIELDS.match(value) or any(w in NOT_NAME_WORDS for w in words):
            return False
        if regex.search(r"\p{Latin}", value) and not any(w[:1].isupper() for w in words) and len(words) < 2:
            return False  # one lower-case Latin word ("ok", "hello") is no speaker's name
        return regex.search(r"\p{L}.*\p{L}", value) is not None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Layout names (0.8)."""
        if entities and PERSON not in entities:
            return []
        out: list[RecognizerResult] = []
        for rx in (self.SPEAKER, self.DISPLAY, self.SIGN_OFF):
            for m in rx.finditer(text):
                start, end = m.span(1)
                value = text[start:end]
                # "From: Anna Berg <…>": the field name is no part of the name.
                head = regex.match(r"(?i)(?:from|to|cc|发件人|收件人|от|кому)\s*[:：]?\s*", value)
                if head:
                    start += head.end()
                    value = text[start:end]
                if self._ok(value):
                    out.append(self._result(start, end, 0.8))
        for start, end in self._field_names(text):
            value = text[start:end]
            if self._ok(value) and not regex.search(r"\d", value):
                out.append(self._result(start, end, 0.8))
        return out


def name_recognizers(
    languages: Sequence[str], use_jieba: bool = True, not_a_person: Callable[[str], bool] | None = None
) -> list[EntityRecognizer]:
    """The four script recognizers for every language code."""
    out: list[EntityRecognizer] = []
    for lang in languages:
        out += [
            HanNameRecognizer(lang, use_jieba=use_jieba),
            LatinNameRecognizer(lang, not_a_person),
            CyrillicNameRecognizer(lang),
            ArabicNameRecognizer(lang),
            TableNameRecognizer(lang),
            LayoutNameRecognizer(lang),
        ]
    return out
