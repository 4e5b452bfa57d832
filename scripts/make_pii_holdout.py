#!/usr/bin/env python3
"""Generate the held-out PII de-identification test set (synthetic data only).

Writes 12 synthetic police records about incidents with foreign nationals in
Hangzhou into eval/data/pii_holdout/ (5 .md, 4 .txt, 2 .docx, 1 .pdf) and the ground truth
eval/data/pii_holdout.jsonl (one line per planted occurrence, in text order).

Records are written with inline markers  ⟦TAG|value⟧ ; the marker is replaced by
the value and the occurrence is recorded.  ID numbers and bank cards are written
WITHOUT their check character; it is computed here.

Run from the project root:  .venv/bin/python scripts/make_pii_holdout.py
Independent of the project's recognizers by design: imports nothing from the project.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # project root (scripts/ -> .)
REL_DIR = "eval/data/pii_holdout"
HERE = ROOT / REL_DIR
GT_PATH = ROOT / "eval/data/pii_holdout.jsonl"

# ---------------------------------------------------------------- checksums
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(base17: str) -> str:
    assert len(base17) == 17 and base17.isdigit(), base17
    return ID_CHECK[sum(int(d) * w for d, w in zip(base17, ID_WEIGHTS, strict=True)) % 11]


def id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(base: str) -> str:
    for c in "0123456789":
        if luhn_ok(base + c):
            return base + c
    raise AssertionError


def group4(s: str, sep=" ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- markers
# TAG -> (type, transform)
TAGS = {
    "N": ("person_name", lambda v: v),
    "ID": ("id_card", lambda v: v + id_check(v)),
    "IDX": ("id_card_invalid_checksum", lambda v: v + ID_CHECK[(ID_CHECK.index(id_check(v)) + 3) % 11]),
    "PP": ("passport", lambda v: v),
    "PH": ("phone", lambda v: v),
    "EM": ("email", lambda v: v),
    "PL": ("plate", lambda v: v),
    "BC": ("bank_card", lambda v: luhn_complete(v)),  # ungrouped
    "BCG": ("bank_card", lambda v: group4(luhn_complete(v))),  # grouped by 4, spaces
    "BCH": ("bank_card", lambda v: group4(luhn_complete(v), "-")),  # grouped, hyphens
    "AD": ("address", lambda v: v),
}
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧")


def render(src: str):
    """Return (plain_text, [(type, value, start, end), ...])."""
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        cur += len(src[pos : m.start()])
        typ, fn = TAGS[m.group(1)]
        val = fn(m.group(2))
        spans.append((typ, val, cur, cur + len(val)))
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text
    for _, val, s, e in spans:
        assert text[s:e] == val
    return text, spans


# ---------------------------------------------------------------- records
RECORDS = {}

RECORDS["01_lost_tourist.md"] = """\
合成数据，仅用于测试（人物、号码均为虚构）

# 外籍游客走失求助

- 接警时间：2024年5月3日16时20分
- 值班民警：⟦N|白露⟧
- 求助人：⟦N|Siobhan O'Connor⟧，爱尔兰籍，护照号⟦PP|PX1234567⟧，手机：⟦PH|+353 87 123 4567⟧

## 案情

求助人称，她带着七岁的儿子⟦N|Liam⟧在断桥附近看街头表演，一转身孩子就不见了。孩子没带手机，只记得住的酒店门口有一棵大樟树。求助人中文有限，由随团导游⟦N|江河⟧现场翻译，导游电话⟦PH|13905710000⟧。

## 处置经过

⟦N|白露⟧一面通报周边巡组，一面调看景区视频。约四十分钟后，巡逻民警⟦N|欧阳晓峰⟧在北山街一家茶饮店门口找到孩子，店员说孩子一直坐在台阶上哭。孩子衣兜里有一个房卡套，上面印着⟦AD|杭州市西湖区北山街88号⟧，与求助人所说的住处一致。

## 结果

17时05分孩子交还母亲，身体无碍。求助人留下邮箱⟦EM|siobhan.oconnor@mail.example.com⟧，希望收到一份书面说明以便向保险公司报备。导游⟦N|江河⟧在记录上签字确认。
"""

RECORDS["02_hotel_registration.txt"] = """\
合成数据，仅用于测试
【旅馆业治安检查记录】

2024年3月12日晚，带队民警⟦N|林立⟧与辅警⟦N|闻人雪⟧对⟦AD|浙江省杭州市上城区清泰街256号⟧的湖畔商务酒店开展住宿登记抽查。前台当班的是店长⟦N|周全⟧，身份证号⟦ID|33010219850712231⟧，TEL：⟦PH|0571-8702 3456⟧。

抽查发现两处问题：
一、812房住客为德国籍男子⟦N|Jürgen Schäfer⟧，证件号码⟦PP|C01X00T47⟧，前台只录入了姓名拼音，没有按规定上传证件信息；
二、906房登记人为国内旅客⟦N|慕容春燕⟧，身份证⟦ID|32010219920305146⟧，但实际同住的还有一名女性，经询问系其同事⟦N|Kateryna Bondarenko⟧（乌克兰籍，Passport No. ⟦PP|FE123456⟧），未做登记。

现场责令酒店当即补录。⟦N|周全⟧解释说是新来的前台不熟悉系统，承诺三日内组织培训，并留下手机⟦PH|186 5710 2233⟧方便回访。
复查定于一周后进行，由⟦N|林立⟧负责。
"""

RECORDS["03_shop_dispute.docx"] = """\
合成数据，仅用于测试
商铺消费纠纷调解记录
时间：2024年6月8日14时
地点：⟦AD|杭州市拱墅区武林路120号1楼⟧丝韵丝绸店
当事人甲：⟦N|ANDERSSON ERIK⟧（瑞典籍），护照号码⟦PP|90123456⟧，联系电话⟦PH|+46 70 123 45 67⟧
当事人乙：店长⟦N|乐天⟧，电话⟦PH|13757123456⟧
纠纷经过：甲方当日上午在店内刷卡购买真丝围巾三条，共计2680元，回酒店后认为颜色与样品不符，要求全额退款。店长⟦N|乐天⟧认为商品已经拆封，只同意换货。双方在店内争执不下，另一名顾客拨打了110。
处置情况：民警⟦N|单宁⟧到场后先将双方劝开，调取收银小票和刷卡凭条，付款卡号⟦BCG|400012345678901⟧，金额与小票相符。经志愿者⟦N|Ingrid⟧翻译，甲方同意换一款颜色，差价由店方原路退回该卡。店员⟦N|皇甫文静⟧作为见证人在调解书上签字。
结果：双方当场履行完毕。⟦N|ANDERSSON ERIK⟧留下邮箱⟦EM|e.andersson@example.org⟧，用于接收电子版调解书。
"""

RECORDS["04_traffic_accident.md"] = """\
合成数据，仅用于测试

### 道路交通事故简易程序处理记录

事故时间：2024年4月17日上午8时45分
事故地点：⟦AD|杭州市滨江区江南大道3588号⟧门口路段

| 当事方 | 姓名 | 证件 | 车辆 | 联系方式 |
|---|---|---|---|---|
| 甲 | ⟦N|KIM MINJUN⟧（韩国籍） | 护照 ⟦PP|M12345678⟧ | 小型轿车 ⟦PL|浙A·5F8K2⟧ | ⟦PH|+82 10-1234-5678⟧ |
| 乙 | ⟦N|上官海燕⟧ | 身份证 ⟦ID|33010819900218064⟧ | 新能源轿车 ⟦PL|浙AD73521⟧ | ⟦PH|15857189900⟧ |

早高峰期间，甲车沿江南大道由东往西直行，乙车从右侧辅路汇入主路时未让行，两车右前部发生刮擦，无人受伤，车辆轻微受损。处理民警⟦N|向前⟧到场后拍照固定了现场，双方对事故经过均无异议。

经认定，乙方未按规定让行，负全部责任。⟦N|上官海燕⟧的丈夫⟦N|司马春生⟧随后赶到，同意由乙方保险公司赔付。甲方称自己在国内已取得中国驾驶证，现住⟦AD|滨江区滨盛路1509号7幢1203室⟧，后续定损可与其妻子联系。⟦N|KIM MINJUN⟧对处理结果表示认可，双方撤离现场。
"""

RECORDS["05_visa_overstay.txt"] = """\
合成数据，仅用于测试——非真实案件

【案情】
2024年7月2日，辖区派出所对⟦AD|杭州市余杭区五常街道文一西路998号⟧一处出租房开展境外人员核查时，发现尼日利亚籍男子⟦N|Chukwuemeka Okafor⟧所持签证已于5月28日到期，逾期停留三十五天。其护照号⟦PP|A09876543⟧。

【处置经过】
值班民警⟦N|查海峰⟧、⟦N|亓红梅⟧将其带回所里询问。⟦N|Okafor⟧称签证到期前曾去办理延期，因材料不全被退回，之后一直在一家外贸公司做兼职，公司负责人为⟦N|诸葛明远⟧（手机⟦PH|13606521234⟧）。房东⟦N|阚立新⟧，身份证号⟦ID|33011019650923315⟧，出租房屋后未为其申报住宿登记。询问中当事人提供了在国内使用的手机号⟦PH|177 5710 1234⟧和邮箱⟦EM|chuks.okafor@example.net⟧，以便后续联系。

【结果】
已移交出入境管理部门依法处理。房东⟦N|阚立新⟧因未履行申报义务被责令改正，公司方面另行调查。
"""

RECORDS["06_consular_visit.pdf"] = """\
合成数据，仅用于测试
领事探视安排情况记录
2024年8月14日上午10时，法国驻沪总领事馆领事官员⟦N|Hélène Dubois-Martin⟧来函，要求探视因涉嫌盗窃被刑事拘留的法国籍男子⟦N|Jean-Luc Moreau⟧，其护照号为⟦PP|19AB12345⟧。领馆联络电话⟦PH|+86 21 5555 0123⟧，电子邮箱⟦EM|h.dubois-martin@consulat.example.org⟧。
经审批，探视安排在次日下午进行，由带队民警⟦N|安然⟧负责全程陪同，翻译⟦N|尉迟晓丽⟧在场。探视时长约三十分钟，领事官员主要询问了当事人的身体状况、饮食和律师委托情况。⟦N|Moreau⟧表示在所内未受到不当对待，请领馆通知其在里昂的姐姐⟦N|Camille⟧。
当事人在杭住址为⟦AD|浙江省杭州市西湖区天目山路176号2幢3单元602室⟧。其随身物品中有一张银行卡，卡号⟦BC|621700123456789012⟧，已登记后随其他财物一并封存。当事人另提供国内手机⟦PH|13067891234⟧，请求由领馆转告家属。
探视结束后，领事官员在记录上签字，对安排表示满意。
"""

RECORDS["07_noise_complaint.md"] = """\
合成数据，仅用于测试

**噪音扰民警情处置记录**

2024年9月21日晚23时许，投诉人⟦N|文静⟧来电称楼上一户连续几晚深夜聚会，音乐声很大，家里老人无法入睡。值班民警⟦N|高明⟧与辅警⟦N|郗子轩⟧前往处置。

投诉人：⟦N|文静⟧，女，身份证号码⟦ID|33010519950611282⟧
住址：⟦AD|拱墅区莫干山路268号2幢1501室⟧
手机：⟦PH|135 8810 2468⟧

被投诉人：房客⟦N|Mateo García López⟧，西班牙籍，护照 ⟦PP|PAA123456⟧，住同楼1601室

问：你知道现在几点了吗？
答（⟦N|Mateo⟧，由其朋友⟦N|Priya⟧帮忙翻译）：对不起，我们在给朋友过生日，没想到楼板这么薄。
问：之前有没有人上来提醒过你？
答：有一位阿姨敲过门，我以为她也是来参加派对的。

民警当场对其进行批评教育，告知相关法律规定，音乐随即关闭。房东⟦N|佘海燕⟧（⟦PH|0571-88123456⟧）表示第二天再去当面沟通。邻居⟦N|文静⟧对处理结果表示满意。
"""

RECORDS["08_fraud_report.docx"] = """\
合成数据，仅用于测试
报案材料摘要（电信网络诈骗）
报案人⟦N|Ana Beatriz Souza⟧，巴西籍，在杭留学生，护照⟦PP|FZ123456⟧。现住⟦AD|杭州市西湖区余杭塘路866号留学生公寓B栋408室⟧，手机⟦PH|187-5712-3344⟧，巴西号码⟦PH|+55 11 91234-5678⟧，邮箱⟦EM|ana.souza@example.com⟧。
10月9日下午，报案人接到一个自称“海关”的电话，对方号码显示为⟦PH|+852 5123 4567⟧，称其名下一个国际包裹内夹带违禁品，需要缴纳“保证金”配合调查，否则将影响签证。对方随后发来一个邮箱⟦EM|kefu_8899@example.net⟧，让她把护照照片发过去。
报案人惊慌之下，通过手机银行从自己的卡⟦BCG|622848001234567890⟧分两次向对方提供的账户⟦BC|623052012345678⟧转账共计38000元，收款户名显示为⟦N|韩立⟧。次日与同学⟦N|Tomás⟧聊起此事，才意识到被骗，由其陪同来所报案。
受理民警⟦N|麻晓东⟧已制作询问笔录，向⟦N|Souza⟧出具受案回执，并将涉案账户报送止付。
"""

RECORDS["09_lost_passport.txt"] = """\
合成数据，仅用于测试
==============================
外国人护照报失受理登记
==============================
报失人姓名：⟦N|TANAKA YUKI⟧（⟦N|田中由纪⟧）
国籍：日本
护照号码：⟦PP|TK1234567⟧
在杭住址：⟦AD|浙江省杭州市上城区望江东路332号望江国际1幢2单元1708室⟧
联系方式：⟦PH|(0571)86012345⟧（住所座机）；⟦PH|+81 90-1234-5678⟧
电子邮箱：⟦EM|yuki.tanaka@example.com⟧

报失经过：
报失人称，9月30日晚乘坐出租车（车牌⟦PL|浙A·T3627⟧）从东站回住处，下车后发现装有护照的手提包遗落在车上。经联系出租车公司，驾驶员⟦N|东方春生⟧称已检查车辆，未发现该手提包。报失人在街面及周边商户寻找未果，次日来所报失。

陪同人：⟦N|常青⟧（同事），身份证号⟦ID|51010419880130057⟧，电话⟦PH|13867451234⟧

受理意见：已出具报失证明，告知其持证明前往本国驻沪总领事馆申请补办旅行证件，并办理签证相关手续。
受理民警：⟦N|禚文博⟧
"""

RECORDS["10_bar_argument.md"] = """\
合成数据，仅用于测试

2024年10月5日凌晨1时许，⟦AD|杭州市上城区南山路147号⟧一家酒吧内两名顾客发生口角并相互推搡。店长⟦N|金鑫⟧报警，来电号码⟦PH|0571 8706 5432⟧。

带队民警⟦N|方正⟧带两名辅警到场时，双方已被店员拉开。一方为英国籍男子⟦N|Oliver O'Brien-Hughes⟧，passport no. ⟦PP|900123456⟧，手机⟦PH|+44 7700 900123⟧；另一方为本市居民⟦N|仇志强⟧，身份证⟦ID|33010619870415173⟧，手机：⟦PH|13588123456⟧。

据了解，⟦N|O'Brien-Hughes⟧起身时碰翻了邻桌的啤酒，⟦N|仇⟧先生要求其道歉，双方语言不通，越说越激动，推搡中⟦N|仇志强⟧的眼镜掉在地上摔坏。酒吧服务员⟦N|Aigerim⟧（哈萨克斯坦籍）作为见证人，证实是双方互相推搡，并无一方持续殴打。

经现场调解，英方当事人赔偿眼镜费用800元并当面道歉，对方表示接受，不再追究。双方均未受伤，于凌晨2时许各自离开。
"""

RECORDS["11_workplace_injury.txt"] = """\
合成数据，仅用于测试
工伤事故警情登记（非刑事）

接报：2024年11月6日10时12分，120急救中心转来警情，称一名外籍员工在工厂车间受伤。
地点：⟦AD|杭州市钱塘区下沙街道6号大街452号3号厂房⟧

出警民警⟦N|雷鸣⟧到场时，伤者已被送往医院。伤者为印度籍工程师⟦N|Rajesh Kumar⟧，护照编号⟦PP|Z1234567⟧，在调试冲压设备时左手被夹伤，经初步诊断为两根手指骨折，无生命危险。

车间主任⟦N|解春华⟧，身份证号⟦IDX|33011419780820248⟧，手机⟦PH|139-5801-2345⟧，介绍说事发时设备处于检修状态，安全联锁被临时解除。同班组的菲律宾籍工人⟦N|JOSE MIGUEL DELA CRUZ⟧目睹了经过，其陈述与主任一致。

公司人事⟦N|闵佳怡⟧（⟦EM|hr.min@jx-machinery.example.com⟧）表示将先行垫付医疗费，并按约定把误工补助打入⟦N|Rajesh⟧的工资卡⟦BCH|622202123456789⟧。伤者妻子在国内，联系电话⟦PH|+91 98765 43210⟧，已由公司通知。
经查不属于刑事案件，已告知公司向人社部门报告。
"""

RECORDS["12_landlord_dispute.md"] = """\
合成数据，仅用于测试

# 房屋租赁纠纷

## 案情

房东⟦N|司马国庆⟧（身份证号⟦ID|33010619611001011⟧，电话⟦PH|+86 138 0571 6789⟧）报警称，美国籍房客⟦N|Emily Rose Carter⟧（护照⟦PP|A87654321⟧）租住其位于⟦AD|杭州市西湖区古墩路701号紫金花园3幢2单元1102室⟧的房屋，合同到期后拒不搬离。房客则称房东擅自换锁，且扣着押金不退。

## 处置经过

值班民警⟦N|黎明⟧到场时，房东的车⟦PL|浙A 7H2W9⟧正停在楼下，把房客的新能源车⟦PL|浙AF05678⟧堵在车位里。民警先让房东挪车，再分别了解情况。中介⟦N|丁香⟧提供了租赁合同，合同写明押金应在退房验收后七日内退还。

## 结果

双方约定当天下午验房，押金8000元退至房客的银行卡⟦BC|622588012345678⟧，房客三日内搬离。⟦N|Carter⟧要求把验房记录发到⟦EM|emily.carter+rent@example.org⟧，⟦N|司马国庆⟧同意。
"""

FORMAT_OF = {".md": "md", ".txt": "txt", ".docx": "docx", ".pdf": "pdf"}


# ---------------------------------------------------------------- writers
def write_docx(path: Path, text: str):
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        if line.strip():
            d.add_paragraph(line)
    d.save(str(path))


PDF_WRAP = 30


def wrap_lines(text: str, width=PDF_WRAP):
    lines = []
    for para in text.split("\n"):
        if not para:
            lines.append("")
            continue
        for i in range(0, len(para), width):
            lines.append(para[i : i + width])
    return lines


def write_pdf(path: Path, text: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("synthetic test record")
    _, h = A4
    y = h - 60
    for line in wrap_lines(text):
        if y < 60:
            c.showPage()
            y = h - 60
        c.setFont("STSong-Light", 12)
        c.drawString(60, y, line)
        y -= 20
    c.save()


# ---------------------------------------------------------------- readers
def read_back(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def count_occ(hay: str, needle: str) -> int:
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def han_count(s: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", s))


# ---------------------------------------------------------------- main
def main():
    problems = []
    gt_rows = []
    stats = []
    for name, src in RECORDS.items():
        text, spans = render(src)
        path = HERE / name
        suffix = path.suffix
        if suffix in (".md", ".txt"):
            path.write_text(text, encoding="utf-8")
        elif suffix == ".docx":
            write_docx(path, text)
        elif suffix == ".pdf":
            write_pdf(path, text)
        rel = f"{REL_DIR}/{name}"

        # --- synthetic marker in first lines
        if "合成数据，仅用于测试" not in "\n".join(text.split("\n")[:2]):
            problems.append(f"{name}: synthetic marker not in first lines")
        # --- length
        hc = han_count(text)
        if not 200 <= hc <= 400:
            problems.append(f"{name}: {hc} Chinese characters (want 200-400)")
        if not 8 <= len(spans) <= 15:
            problems.append(f"{name}: {len(spans)} planted values (want 8-15)")

        # --- every occurrence of every planted value is either planted itself
        #     or lies inside another planted span (e.g. surname inside full name)
        for val in {v for _, v, _, _ in spans}:
            planted = {s for _, v, s, _ in spans if v == val}
            i = text.find(val)
            while i != -1:
                inside = any(
                    s <= i and i + len(val) <= e and not (s == i and e - s == len(val)) for _, v, s, e in spans
                )
                if i not in planted and not inside:
                    problems.append(f"{name}: unplanted occurrence of {val!r} at {i}")
                i = text.find(val, i + 1)

        # --- read the written file back and check verbatim presence
        back = read_back(path)
        norm = nows if suffix == ".pdf" else (lambda s: s)
        if suffix == ".pdf" and nows(back) != nows(text):
            problems.append(f"{name}: pdf text differs from source after whitespace removal")
        if suffix == ".docx" and back.replace("\n", "") != text.replace("\n", ""):
            problems.append(f"{name}: docx text differs from source")
        for val in {v for _, v, _, _ in spans}:
            want = count_occ(norm(text), norm(val))
            got = count_occ(norm(back), norm(val))
            n_gt = sum(1 for _, v, _, _ in spans if v == val)
            if got == 0 or got != want or got < n_gt:
                problems.append(f"{name}: {val!r} found {got}x in file, {want}x in source, {n_gt} GT rows")

        # --- checksums
        for typ, val, _, _ in spans:
            if typ == "id_card" and not id_valid(val):
                problems.append(f"{name}: id_card {val} fails checksum")
            if typ == "id_card_invalid_checksum" and id_valid(val):
                problems.append(f"{name}: invalid id {val} passes checksum")
            if typ == "bank_card":
                digits = re.sub(r"[ -]", "", val)
                if len(digits) not in (16, 19) or not luhn_ok(digits):
                    problems.append(f"{name}: bank card {val} bad length/Luhn")

        for typ, val, _, _ in spans:
            gt_rows.append({"file": rel, "type": typ, "value": val})
        stats.append((name, FORMAT_OF[suffix], hc, len(spans)))

    with GT_PATH.open("w", encoding="utf-8") as f:
        for r in gt_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # --- report
    from collections import Counter

    print(f"{'file':32} fmt   han  values")
    for n, fmt, hc, k in stats:
        print(f"{n:32} {fmt:5} {hc:4} {k:4}")
    print("\nper type:")
    for t, c in sorted(Counter(r["type"] for r in gt_rows).items()):
        print(f"  {t:26} {c}")
    fmt_files = Counter(s[1] for s in stats)
    fmt_vals = Counter()
    for _, fmt, _, k in stats:
        fmt_vals[fmt] += k
    print("\nper format (files / values):")
    for fmt in ("md", "txt", "docx", "pdf"):
        print(f"  {fmt:5} {fmt_files[fmt]:2} / {fmt_vals[fmt]}")
    print(f"\ntotal rows: {len(gt_rows)}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
