"""Label taxonomy (versioned): case types, cultural-taboo categories, legal clauses, nationalities.

* Case types: the situations officers file foreign-related cases under; each has a description (used
  by the embedding labeller) and keywords (used by the rule labeller, tuned on the "tune" split of
  ``eval/data/case_labels.jsonl`` only).
* Cultural-taboo categories: the categories of ``corpus/data/culture/taboo_notes.toml``.
* Legal clauses: the article identities of the corpus, ``source#article``.
* Nationalities: English country names of the factbook file; a label states a fact of the case and
  is never used for ranking or as a risk signal.
"""

from __future__ import annotations

from dataclasses import dataclass

TAXONOMY_VERSION = "1"


@dataclass(frozen=True)
class LabelDef:
    """One label value with what the labellers need to recognise it."""

    name: str
    description: str
    keywords: tuple[str, ...] = ()


CASE_TYPES: tuple[LabelDef, ...] = (
    LabelDef(
        "消费场所/酒吧冲突",
        "酒吧、KTV、夜店、餐厅等消费场所内外国人与他人发生的争吵、推搡、斗殴或消费纠纷",
        ("酒吧", "KTV", "夜店", "清吧", "酒馆", "餐厅", "饭店", "烧烤店", "结账", "买单", "服务员", "消费"),
    ),
    LabelDef(
        "寻衅滋事",
        "随意殴打他人、追逐拦截、辱骂恐吓、强拿硬要或者在公共场所起哄闹事",
        ("寻衅滋事", "滋事", "起哄闹事", "随意殴打", "追逐", "拦截", "挑衅", "辱骂", "恐吓", "强拿硬要"),
    ),
    LabelDef(
        "涉外盗窃",
        "外国人财物被盗或外国人实施盗窃、扒窃、入室盗窃",
        ("盗窃", "被盗", "失窃", "扒窃", "偷走", "偷窃", "小偷", "窃取"),
    ),
    LabelDef(
        "诈骗",
        "虚构事实或隐瞒真相骗取财物，包括电信网络诈骗、冒充身份、虚假交易",
        ("诈骗", "骗取", "被骗", "骗局", "冒充", "虚假", "转账", "刷单"),
    ),
    LabelDef(
        "游客走失",
        "外国游客、老人或儿童走失、迷路、与同伴失联，需要民警寻找和帮助",
        ("走失", "迷路", "失联", "走散", "寻找", "找不到", "寻人"),
    ),
    LabelDef(
        "非法入境",
        "未经边防检查或持伪造、冒用证件进入中国境内，偷越国（边）境",
        ("非法入境", "偷越", "偷渡", "伪造", "冒用", "边境", "入境时", "未经检查"),
    ),
    LabelDef(
        "非法居留",
        "签证或停留居留证件过期后仍滞留境内，或未按规定办理居留",
        ("非法居留", "逾期", "过期", "滞留", "超期", "居留证件", "停留期限", "签证到期"),
    ),
    LabelDef(
        "非法就业",
        "外国人未取得工作许可和工作类居留证件在境内工作，或超出许可范围工作",
        ("非法就业", "工作许可", "打工", "务工", "聘用", "雇佣", "兼职", "工资", "上班"),
    ),
    LabelDef(
        "留学生冲突",
        "在华外国留学生之间或与他人之间的纠纷、打架、宿舍和校园冲突",
        ("留学生", "校园", "宿舍", "学校", "大学", "同学", "学院"),
    ),
    LabelDef(
        "交通事故",
        "外国人驾驶或乘坐车辆发生碰撞、刮擦、人员受伤等道路交通事故",
        ("交通事故", "车祸", "碰撞", "追尾", "刮擦", "撞倒", "电动车", "驾驶", "肇事", "交警"),
    ),
    LabelDef(
        "经济纠纷",
        "涉外的欠款、租金押金、工资报酬、货款、合同履行等经济纠纷",
        ("欠款", "押金", "租金", "房租", "工资", "货款", "合同", "退款", "赔偿", "纠纷", "欠薪"),
    ),
    LabelDef(
        "宗教习俗相关冲突",
        "因宗教信仰、饮食禁忌、礼拜斋戒、服饰或风俗习惯引起的误解和冲突",
        ("宗教", "礼拜", "斋月", "清真", "祈祷", "教堂", "清真寺", "习俗", "禁忌", "头巾", "信仰", "猪肉"),
    ),
    LabelDef(
        "领事通报与探视",
        "对外国人采取强制措施后通知其国籍国使领馆，领事官员探视、联络",
        ("领事", "领馆", "使馆", "领事馆", "大使馆", "通报", "探视", "国籍国"),
    ),
    LabelDef(
        "醉酒",
        "外国人醉酒后滋事、受伤或需要保护性约束",
        ("醉酒", "喝醉", "酒后", "醉态", "酒精", "约束至酒醒", "烂醉", "喝多"),
    ),
)

TABOO_CATEGORIES: tuple[LabelDef, ...] = (
    LabelDef(
        "religion",
        "宗教信仰与宗教活动：礼拜时间、宗教物品、宗教场所",
        ("宗教", "礼拜", "祈祷", "经书", "教堂", "清真寺", "佛像", "十字架"),
    ),
    LabelDef(
        "food_and_drink",
        "饮食禁忌：清真、猪肉、酒精、牛肉、素食",
        ("清真", "猪肉", "饮食", "牛肉", "素食", "饮酒", "餐食", "禁酒"),
    ),
    LabelDef(
        "physical_contact",
        "身体接触：拍肩、摸头、握手、左手递物",
        ("拍肩", "拍了拍", "摸头", "摸了摸", "握手", "左手", "拥抱", "身体接触"),
    ),
    LabelDef("gestures", "手势与肢体语言：竖拇指、OK手势、招手、指人", ("手势", "竖起大拇指", "招手", "指着", "OK")),
    LabelDef(
        "gender_norms",
        "性别规范：女警搜身询问、异性接触、单独相处",
        ("女警", "女民警", "异性", "搜身", "男警", "单独询问", "戴头巾"),
    ),
    LabelDef(
        "mourning_and_death",
        "丧葬与死亡：遗体处置、尽快下葬、服丧颜色",
        ("遗体", "丧葬", "下葬", "去世", "死亡", "悼念", "葬礼"),
    ),
    LabelDef(
        "festivals_and_fasting",
        "节日与斋戒：斋月、开斋、排灯节、圣诞节",
        ("斋月", "封斋", "开斋", "节日", "排灯节", "圣诞", "春节", "斋戒"),
    ),
    LabelDef(
        "objects_and_mediation",
        "物品情感价值与调解：戒指、传家宝、面子、道歉方式",
        ("戒指", "传家", "纪念", "情感价值", "面子", "道歉", "调解", "赔偿金额"),
    ),
    LabelDef(
        "communication_and_names",
        "沟通与姓名：姓名顺序、父称、翻译、称呼",
        ("姓名", "称呼", "翻译", "父称", "名字", "语言不通"),
    ),
    LabelDef(
        "dress_and_body", "服饰与身体：脱鞋、头巾、拍照、遮盖", ("脱鞋", "头巾", "面纱", "拍照", "照片", "服饰", "遮盖")
    ),
)


def case_type_names() -> list[str]:
    """All case-type values."""
    return [c.name for c in CASE_TYPES]


def taboo_category_names() -> list[str]:
    """All cultural-taboo category values."""
    return [c.name for c in TABOO_CATEGORIES]
