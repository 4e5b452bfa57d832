#!/usr/bin/env python3
"""Write the held-out synthetic PII evaluation family M (M12): 120 documents.

Everything here is invented: people, addresses, accounts and document numbers are random and
merely pass their checksums (GB 11643 MOD 11-2, Luhn, ISO 13616 mod-97, ICAO 9303 7-3-1).

    python3 scripts/make_pii_heldout_m.py            # writes eval/data/pii_heldout_m.jsonl

Python 3 standard library only; fixed seed 6359, so the output is byte-for-byte deterministic.
30 documents each in "zh", "en", "ru" (Russian mixed with Chinese) and "ar" (Arabic mixed with
Chinese), 30 layouts x 4 documents (one per language); none of the 30 layout kinds was used by
families J, K or L.  Value generators, people and the document builder come from family K (and a
few surface-form helpers from family L); both modules draw from this file's seeded stream.  The
script checks its own output with assertions (offsets, overlaps, checksums, unannotated copies of
values, decoys left unannotated, counts, layout names) before writing.
"""
# The templates below are long lines of multilingual document text, kept whole so they read as documents.
# ruff: noqa: E501
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_pii_heldout_k as _k
import make_pii_heldout_l as _l
from make_pii_heldout_k import (
    AD,
    BC,
    CITY_EN,
    DOB,
    EM,
    IB,
    IDC,
    IM,
    LANGS,
    MON3,
    PH,
    PL,
    PP,
    PR,
    RP,
    TYPES,
    VI,
    Doc,
    N,
    Person,
    Pool,
    ar_digits,
    badge,
    chance,
    digits,
    fmt_card,
    fmt_cn_mobile,
    fullwidth,
    gen_cn_mobile_raw,
    group,
    group4,
    incident_date,
    letters,
    mrz_block,
    nat_en,
    nat_zh,
    pick,
    sex_zh,
    spoken_zh,
    zh_intro,
    zhd,
)
from make_pii_heldout_l import (
    amount,
    docket_zh,
    im_any,
    imei,
    lot,
    mix_fw,
    mrz_garbage,
    native,
    ocr_noise,
    order_no,
    tracking,
    validate_doc,
    wrap,
)

SEED = 6359
FAMILY = "M12"
OUT = Path(__file__).resolve().parent.parent / "eval" / "data" / "pii_heldout_m.jsonl"

# Families K and L draw from their modules' ``R``; they and this file share one stream seeded here.
R = random.Random(SEED)
_k.R = R
_l.R = R

# ----------------------------------------------------------------------------------------------
# layout registry (this family's own 30 layouts)
# ----------------------------------------------------------------------------------------------
LAYOUTS: list = []


def layout(name: str):
    def deco(fn):
        LAYOUTS.append((name, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# family M surface forms
# ----------------------------------------------------------------------------------------------
DOB_STYLES = {
    "zh": ("zh", "zh0", "iso", "ydot", "fw", "spoken", "compact", "slash_ymd", "zh_dash", "ydot_short"),
    "en": ("en_long", "en_us", "en_short", "pp", "slash_dmy", "slash_mdy", "iso", "dmy_dash", "mrzish", "en_abbr"),
    "ru": ("dot", "ru_long", "iso", "dmy_dash", "dot", "ru_long", "ydot"),
    "ar": ("ar_slash", "ar_dmy", "ar_long", "ar_long_ind", "slash_dmy", "iso", "ar_ind_dash"),
}


def dob_s(p: Person, style: str) -> str:
    d = p.dob
    extra = {
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "mrzish": f"{d.day:02d}{MON3[d.month - 1]}{str(d.year)[2:]}",
        "en_abbr": f"{MON3[d.month - 1].title()}. {d.day}, {d.year}",
        "ydot_short": f"{d.year}.{d.month}.{d.day}",
        "ar_ind_dash": ar_digits(f"{d.day}-{d.month}-{d.year}"),
    }
    return extra[style] if style in extra else p.dob_s(style)


def DB(p: Person, lang: str, styles: tuple | None = None) -> tuple:
    """Date of birth of p in one of the styles usual for lang."""
    return DOB(dob_s(p, pick(styles or DOB_STYLES[lang])))


CN_PH_STYLES = ("plain", "space", "dash", "intl", "intl2", "0086", "paren", "fw", "intlc", "dots", "paren3", "mixfw", "spoken_sp")


def cn_ph(p: Person, style: str | None = None) -> str:
    raw = p.m("cnraw", gen_cn_mobile_raw)
    style = style or pick(CN_PH_STYLES)
    a, b, c = raw[:3], raw[3:7], raw[7:]
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "paren3":
        return f"({a}) {b}-{c}"
    if style == "mixfw":
        return mix_fw(raw)
    if style == "spoken_sp":
        return f"{spoken_zh(a)} {spoken_zh(b)} {spoken_zh(c)}"
    if style == "ocr":
        return ocr_noise(f"{a} {b} {c}")
    return fmt_cn_mobile(raw, style)


def CP(p: Person, style: str | None = None) -> tuple:
    return PH(cn_ph(p, style))


def HP(p: Person, style: str | None = None) -> tuple:
    return PH(p.phone_home(style or pick(("intl", "local"))))


def imh(p: Person, plat: str, url: bool = False) -> tuple:
    """IM handle of p on a platform; url=True writes the link form (t.me/..., wa.me/..., instagram.com/...)."""
    _, (_t, v) = im_any(p, (plat,))
    if url:
        if plat == "Telegram":
            v = "t.me/" + v.lstrip("@")
        elif plat == "WhatsApp":
            v = "wa.me/" + v.lstrip("+")
        elif plat == "Instagram":
            v = "instagram.com/" + v.lstrip("@")
        elif plat == "TikTok":
            v = "tiktok.com/" + v
    return IM(v)


def idc_fmt(p: Person, style: str | None = None) -> tuple:
    v = p.id_card()
    style = style or pick(("plain", "plain", "space", "fw", "ocr", "ar"))
    if style == "space":
        v = group(v, (6, 8, 4))
    elif style == "fw":
        v = fullwidth(v)
    elif style == "ocr":
        v = ocr_noise(v, 2)
    elif style == "ar":
        v = ar_digits(v)
    return IDC(v)


def pr_fmt(p: Person, style: str | None = None) -> tuple:
    v = p.pr()
    style = style or pick(("plain", "plain", "space", "ocr"))
    if style == "space":
        v = group(v, (3, 3, 4, 4, 4)) if v[0].isdigit() else group(v, (3, 2, 6))
    elif style == "ocr":
        v = ocr_noise(v)
    return PR(v)


def card_fmt(raw: str, style: str | None = None) -> tuple:
    style = style or pick(("plain", "space", "dash", "fw", "ar", "mixed"))
    if style == "mixed":
        return BC(mix_fw(group4(raw)))
    if style == "ocr":
        return BC(ocr_noise(group4(raw)))
    return BC(fmt_card(raw, style))


def iban_fmt(p: Person, style: str | None = None) -> tuple:
    v = p.iban()
    style = style or pick(("plain", "group", "group", "wrap"))
    if style == "group":
        v = group4(v)
    elif style == "wrap":
        v = wrap(group4(v), 10)
    return IB(v)


def rp_fmt(p: Person) -> tuple:
    v = p.rp()
    return RP(pick((v, v, f"{v[:3]} {v[3:]}", fullwidth(v))))


def pl_fmt(p: Person, kind: str | None = None) -> tuple:
    return PL(p.plate_cn(kind=kind or pick(("civil", "civil", "ev", "civil")), sep=pick(("", "", "·", " "))))


def ADDR_EN(p: Person) -> str:
    """The person's Chinese address the way foreigners type it in English (own invented roads)."""
    return p.m("aen", lambda: (f"Rm {R.randint(2, 30)}{R.randint(1, 18):02d}, Bldg {R.randint(1, 28)}, "
                               f"No. {R.randint(1, 880)} {pick(('Youhao Rd', 'Zhongshan Rd', 'Renmin Rd', 'Jiefang Rd', 'Xinhua St', 'Huaihai Rd'))}, "
                               f"{pick(('Chaoyang', 'Haidian', 'Shahekou', 'Nangang', 'Yuexiu', 'Futian', 'Shinan', 'Wuhou'))} District, {CITY_EN[p.city]}"))


def X(d: Doc, s: str) -> str:
    """A decoy: text that looks like an identifier but is none of the 15 types (checked to stay unannotated)."""
    assert len(s) >= 5, s
    d.meta.append(("decoy", s))
    return s


def case_en() -> str:
    return f"{pick(('CV', 'CR', 'FAM'))}-2024-{digits(6, True)}"


def article_no() -> str:
    return f"{letters(2)}-{digits(5, True)}-{digits(2)}"


def container_no() -> str:
    return pick(("MSKU", "TGHU", "CSNU", "OOLU")) + digits(7)


def mtcn() -> str:
    return f"{digits(3, True)}-{digits(3)}-{digits(4)}"


def txn_no() -> str:
    return "4200" + digits(24)


def fio_short(p: Person) -> str:
    return p.ru_initials()


# ----------------------------------------------------------------------------------------------
# layouts (30 new genres, each rendered once per language)
# ----------------------------------------------------------------------------------------------
@layout("temple_visitor_book")
def lay_temple(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        g = P.cn()
        d.f("灵隐寺 外宾参访登记簿（第{vol}册 第{pg}页）\n香客请用正楷填写 ‖ 功德箱编号 GD-{box}\n\n日期 ¦ 姓名 ¦ 国籍 ¦ 证件号 ¦ 联系 ¦ 来访车辆\n",
            vol=digits(2), pg=digits(3), box=X(d, digits(5, True)))
        for _ in range(3):
            s = P.fx()
            d.f("{dt} ¦ {cn}（{lat}） ¦ {nat} ¦ 护照 {pp} / 签证 {vi} ¦ {ph} ¦ {pl}\n",
                dt=f"{incident_date().month}/{R.randint(1, 28)}", cn=N(s.cn), lat=N(native(s)), nat=nat_zh(s), pp=PP(s.passport()),
                vi=VI(s.visa()), ph=CP(s, pick(("plain", "dash", "intl"))), pl=pl_fmt(s) if chance(0.7) else "步行")
        d.f("\n导游：{g}，身份证 {gid}，手机 {gph}，微信 {gwx}\n香火钱合计 ¥{amt}（收据 No.{rc}）\n备注：第二位客人生日 {dob}，寺方赠送平安符一枚。",
            g=N(g.cn), gid=idc_fmt(g), gph=CP(g, "space"), gwx=imh(g, "WeChat"), amt=amount(100, 3000), rc=X(d, order_no(10)),
            dob=DOB(dob_s(s, pick(DOB_STYLES["zh"]))))
    elif lang == "en":
        d.f("ST. MICHAEL'S CATHEDRAL — VISITORS' BOOK (guided tours)\nVolume {vol}    Candle fund receipt book {rc}\n\n", vol=digits(2), rc=X(d, f"CF-{digits(6, True)}"))
        for i in range(3):
            s = P.fx() if i != 1 else P.fx(nat3=pick(("KOR", "VNM")))
            d.f("#{i}  {nm}  ({nat})  -- passport {pp}; visa {vi}; car park pass for {pl}\n     \"{msg}\"  contact: {ph} / {im}\n",
                i=i + 1, nm=N(s.lat()), nat=nat_en(s), pp=PP(s.passport()), vi=VI(s.visa()), pl=pl_fmt(s), ph=HP(s, "intl"),
                im=imh(s, pick(("WhatsApp", "Instagram", "LINE", "KakaoTalk", "Zalo"))), msg=pick(("Beautiful place, God bless", "Peace be with you all", "Thank you for the tour!")))
        c = P.cn()
        d.f("\nTour guide on duty: {cl} (Chinese ID {cid}), mobile {cph}\nDonations today: RMB {amt}; docket of the lost-and-found box: {lf}\nVisitor #1 wrote a birthday wish for {dob}.",
            cl=N(c.lat()), cid=idc_fmt(c, "plain"), cph=CP(c, "intl"), amt=amount(200, 5000), lf=X(d, docket_zh()), dob=DB(s, "en"))
    elif lang == "ru":
        d.f("Свято-Покровский храм (Харбин) — книга посетителей\n圣母帡幪教堂 来访登记 / лист {pg}\n\n", pg=digits(2))
        for _ in range(3):
            s = P.fx()
            d.f("— {fio} ({cn}), {dob} г.р.; паспорт: {pp}; виза: {vi}; тел. {ph}; авто: {pl}\n",
                fio=N(s.ru()), cn=N(s.cn), dob=DB(s, "ru"), pp=PP(s.passport()), vi=VI(s.visa()), ph=HP(s), pl=PL(s.plate_home()) if chance(0.6) else pl_fmt(s))
        c = P.cn()
        d.f("\nСторож: {cn}（身份证 {cid}），тел. {cph}\nПожертвования: {amt} юаней, квитанция № {rc}. Свечи партия {lt}.\nЗаписка на полях: «Помолитесь за раба Божия {gen}», Telegram для связи {tg}",
            cn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"), amt=amount(100, 2000), rc=X(d, order_no(8)), lt=X(d, lot()), gen=N(s.ru_given("gen")), tg=imh(s, "Telegram", url=chance(0.5)))
    else:
        d.f("مسجد هويشنغ — سجل الزوار الأجانب\n怀圣寺 外宾登记簿 | الصفحة {pg}\n\n", pg=ar_digits(digits(2)))
        for _ in range(3):
            s = P.fx()
            d.f("• الاسم: {ar} ({cn})، الجواز: {pp}، التأشيرة: {vi}، الهاتف: {ph}، السيارة: {pl}\n",
                ar=N(s.ar_full), cn=N(s.cn), pp=PP(s.passport()), vi=VI(s.visa()), ph=HP(s, "intl") if chance(0.5) else CP(s, "ar"), pl=pl_fmt(s))
        c = P.cn()
        d.f("\nالمرافق: {cn}، بطاقة الهوية {cid}، جوال {cph}، وي تشات {wx}\nتبرعات اليوم: {amt} يوان (إيصال {rc})\nملاحظة: الزائر الأخير من مواليد {dob}",
            cn=N(c.cn), cid=idc_fmt(c, pick(("ar", "plain"))), cph=CP(c, "ar"), wx=imh(c, "WeChat"), amt=ar_digits(amount(100, 3000)), rc=X(d, ar_digits(order_no(9))), dob=DB(s, "ar"))


@layout("driving_school_enrolment")
def lay_driving(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s = P.fx()
    if lang == "zh":
        d.f("{city}市东方驾校 学员报名表（外籍学员）\n学员编号\nDS{no}\n\n姓名\n{cn}\n护照英文名\n{lat}\n出生日期\n{dob}\n国籍\n{nat}\n"
            "证件（永久居留身份证）\n{pr}\n居留许可\n{rp}\n手机\n{ph}\n微信\n{wx}\n现住址\n{addr}\n\n证件页机读码（复印件）：\n",
            city=s.city, no=X(d, digits(8, True)), cn=N(s.cn), lat=N(s.lat_up()), dob=DB(s, "zh"), nat=nat_zh(s), pr=pr_fmt(s), rp=rp_fmt(s),
            ph=CP(s), wx=imh(s, pick(("WeChat", "wxid"))), addr=AD(s.addr_cn()))
        mrz_block(d, s.mrz())
        c = P.cn()
        d.f("\n\n担保人：{cn}　身份证号：{cid}　电话：{cph}\n学费 ¥{amt} 已缴，发票号 {inv}；教练车 教练员证号 {coach}。",
            cn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "dash"), amt=amount(3000, 6000), inv=X(d, order_no(12)), coach=X(d, digits(10, True)))
    elif lang == "en":
        d.f("GREEN LIGHT DRIVING SCHOOL ({city}) — FOREIGN LEARNER ENROLMENT\nLearner no. {no}\n\nSurname / given names:\n  {lc}\nBorn:\n  {dob}\n"
            "Permanent residence ID:\n  {pr}\nResidence permit:\n  {rp}\nPhone (China):\n  {ph}\nHome-country phone:\n  {hp}\nEmail:\n  {em}\nAddress:\n  {addr}\n\n"
            "MRZ of the passport copy attached:\n", city=CITY_EN[s.city], no=X(d, f"GL{digits(7, True)}"), lc=N(s.lat_comma()), dob=DB(s, "en"),
            pr=pr_fmt(s), rp=rp_fmt(s), ph=CP(s, pick(("intl", "space", "paren3"))), hp=HP(s, "intl"), em=EM(s.email()), addr=AD(ADDR_EN(s)))
        mrz_block(d, s.mrz())
        c = P.cn()
        d.f("\n\nGuarantor: {cl}, resident ID {cid}, tel. {cph}\nFee RMB {amt}, receipt {inv}. Theory exam booking ref {ref}.",
            cl=N(c.lat()), cid=idc_fmt(c, "space"), cph=CP(c, "plain"), amt=amount(3000, 6000), inv=X(d, order_no(11)), ref=X(d, f"KM1-{digits(9, True)}"))
    elif lang == "ru":
        d.f("驾校报名表 / Заявление в автошколу «Восток» ({city})\n№ ученика {no}\n\nФИО\n{fio}\nКитайское имя\n{cn}\nДата рождения\n{dob}\n"
            "ПМЖ КНР\n{pr}\nВНЖ\n{rp}\nМоб. тел.\n{ph}\nTelegram\n{tg}\nАдрес\n{addr}\n\nМЧЗ паспорта (ксерокопия):\n",
            city=s.city, no=X(d, digits(8, True)), fio=N(s.ru()), cn=N(s.cn), dob=DB(s, "ru"), pr=pr_fmt(s), rp=rp_fmt(s), ph=CP(s, pick(("plain", "intl"))),
            tg=imh(s, "Telegram"), addr=AD(s.addr_cn()))
        mrz_block(d, s.mrz())
        c = P.cn()
        d.f("\n\nПоручитель: {cn}, удостоверение личности КНР {cid}, тел. {cph}\nОплата {amt} юаней, чек № {inv}.\nСтудент {fi} предупреждён(а) о правилах.",
            cn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "space"), amt=amount(3000, 6000), inv=X(d, order_no(9)), fi=N(s.ru_fi()))
    else:
        d.f("استمارة تسجيل في مدرسة تعليم القيادة / 驾校报名表\nرقم المتدرب\n{no}\n\nالاسم\n{ar}\n中文名\n{cn}\nتاريخ الميلاد\n{dob}\n"
            "بطاقة الإقامة الدائمة\n{pr}\nتصريح الإقامة\n{rp}\nالجوال\n{ph}\nواتساب\n{wa}\nالعنوان\n{addr}\n\nالمنطقة المقروءة آلياً (نسخة الجواز):\n",
            no=X(d, ar_digits(digits(8, True))), ar=N(s.ar_full), cn=N(s.cn), dob=DB(s, "ar"), pr=pr_fmt(s), rp=rp_fmt(s), ph=CP(s, "ar"),
            wa=imh(s, "WhatsApp", url=chance(0.5)), addr=AD(s.addr_cn()))
        mrz_block(d, s.mrz())
        c = P.cn()
        d.f("\n\nالكفيل: {cn}، رقم الهوية {cid}، هاتف {cph}\nالرسوم: {amt} يوان، رقم الفاتورة {inv}",
            cn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"), amt=ar_digits(amount(3000, 6000)), inv=X(d, order_no(10)))


@layout("mobile_topup_receipt")
def lay_topup(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, c = P.fx(), P.cn()
    bank, card = c.card_cn()
    if lang == "zh":
        d.f("＊＊＊ 中国移动 营业厅 充值凭条 ＊＊＊\n流水号：{sn}\n终端号：{tm}\n充值号码：{ph}\n机主：{cn}（{lat}）\n证件：永久居留证 {pr}\n"
            "充值金额：１００．００元\n支付方式：{bank}借记卡 {card}\n持卡人：{ccn}　身份证 {cid}\n代充人联系电话：{cph}\n"
            "交易时间：2024-{m:02d}-{dd:02d} 14:{mi:02d}\n设备IMEI：{im}\n＊ 请妥善保管本凭条 ＊",
            sn=X(d, order_no(16)), tm=X(d, f"T{digits(8)}"), ph=CP(s, pick(("fw", "mixfw", "plain"))), cn=N(s.cn), lat=N(s.lat_up()), pr=pr_fmt(s),
            bank=bank, card=card_fmt(card, pick(("fw", "space", "mixed"))), ccn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"),
            m=R.randint(1, 12), dd=R.randint(1, 28), mi=R.randint(0, 59), im=X(d, imei()))
    elif lang == "en":
        d.f("CHINA TELECOM TOP-UP RECEIPT\n------------------------------\nRef       {sn}\nNumber    {ph}\nName      {nm}\nPR card   {pr}\n"
            "Amount    RMB 200.00\nPaid by   card {card}\n          ({ccn}, ID {cid})\nTel.      {cph}\nPromo code  {promo}\nIMEI of handset  {im}\n"
            "------------------------------\nCustomer e-mail for e-invoice: {em}\nThank you!", sn=X(d, order_no(14)), ph=CP(s, pick(("intl", "intl2", "0086"))),
            nm=N(s.lat()), pr=pr_fmt(s), card=card_fmt(card, "space"), ccn=N(c.lat()), cid=idc_fmt(c, "plain"), cph=CP(c, "dash"), promo=X(d, f"TOPUP{digits(4)}"),
            im=X(d, imei()), em=EM(s.email()))
    elif lang == "ru":
        d.f("中国联通 充值收据 / Чек пополнения баланса\nНомер операции: {sn}\nНомер абонента / 充值号码: {ph}\nАбонент: {fio}\nПМЖ: {pr}\n"
            "Сумма: 300,00 юаней\nОплачено картой {bank}: {card}\nВладелец карты: {ccn}（身份证 {cid}）\nКонтакт оплатившего: {cph}\n"
            "Также пополнен российский номер {hp} (роуминг)\nIMEI: {im}\nКассир № {ks}", sn=X(d, order_no(15)), ph=CP(s, pick(("space", "plain"))), fio=N(s.ru()),
            pr=pr_fmt(s), bank=bank, card=card_fmt(card, pick(("plain", "space"))), ccn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"), hp=HP(s, "intl"),
            im=X(d, imei()), ks=X(d, badge()))
    else:
        d.f("إيصال شحن رصيد / 充值凭条\nرقم العملية: {sn}\nالرقم المشحون: {ph}\nالمشترك: {ar}\nالإقامة الدائمة: {pr}\nالمبلغ: ١٠٠ يوان\n"
            "الدفع ببطاقة {bank}: {card}\nصاحب البطاقة: {ccn}، هوية {cid}\nهاتف الدافع: {cph}\nرقم IMEI للجهاز: {im}\nالبريد: {em}",
            sn=X(d, ar_digits(order_no(14))), ph=CP(s, "ar"), ar=N(s.ar_full), pr=pr_fmt(s), bank=bank, card=card_fmt(card, pick(("ar", "plain"))),
            ccn=N(c.cn), cid=idc_fmt(c, pick(("ar", "plain"))), cph=CP(c, "ar"), im=X(d, imei()), em=EM(s.email()))


@layout("apartment_purchase_contract")
def lay_apartment(d: Doc, lang: str) -> None:
    P = Pool(lang)
    b, sl = P.fx(), P.cn()
    bank, card = b.card_cn()
    contract = X(d, f"{pick(('YS', 'CS', 'SP'))}{digits(4)}-{digits(6, True)}")
    if lang == "zh":
        d.f("商品房买卖合同（预售）\n合同编号：{cno}\n\n出卖人（甲方）：{sl}，居民身份证号码{sid}，联系电话{sph}。\n"
            "买受人（乙方）：{bi}，外国人永久居留身份证号码{bpr}，出生于{dob}，联系电话{bph}，电子邮箱{em}。\n\n"
            "第一条　甲方将其位于{addr}的房屋出售给乙方，建筑面积{area}平方米，不动产权证号 辽(2021)大连市不动产权第{cert}号。\n"
            "第二条　总价款人民币{amt}元。乙方以其{bank}账户{card}支付首付款，余款由乙方自境外账户{ib}汇入甲方账户。\n"
            "第三条　甲方应于收到全款后三十日内协助乙方办理过户。\n\n甲方（签字）：{sl2}　　乙方（签字）：{bsig}\n见证经纪人：房产经纪人员登记号 {ag}",
            cno=contract, sl=N(sl.cn), sid=idc_fmt(sl), sph=CP(sl, "plain"), bi=zh_intro(b), bpr=pr_fmt(b), dob=DB(b, "zh"), bph=CP(b, pick(("space", "dash"))),
            em=EM(b.email()), addr=AD(sl.addr_cn()), area=R.randint(60, 180), cert=X(d, digits(7, True)), amt=amount(800000, 5000000), bank=bank,
            card=card_fmt(card, pick(("plain", "space"))), ib=iban_fmt(b), sl2=N(sl.cn), bsig=N(b.cn), ag=X(d, digits(10, True)))
    elif lang == "en":
        d.f("SALE AND PURCHASE AGREEMENT (pre-owned apartment) — English convenience translation\nAgreement no. {cno}\n\n"
            "THIS AGREEMENT is made between {sl} (the \"Vendor\"), PRC resident ID {sid}, telephone {sph}, and {bl} (the \"Purchaser\"), "
            "holder of Foreign Permanent Resident ID Card {bpr}, born {dob}, e-mail {em}, mobile {bph}.\n\n"
            "1. The Vendor sells the apartment at {addr} (floor area {area} m²) for RMB {amt}.\n"
            "2. The deposit shall be paid from the Purchaser's card {card}; the balance shall be wired from the Purchaser's account {ib}.\n"
            "3. Completion within 30 days. Escrow ref. {esc}.\n\nSigned: ____ {sl2} (Vendor)    ____ {bsig} (Purchaser)",
            cno=contract, sl=N(sl.lat()), sid=idc_fmt(sl, "plain"), sph=CP(sl, "intl"), bl=N(b.lat()), bpr=pr_fmt(b), dob=DB(b, "en"), em=EM(b.email()),
            bph=CP(b, pick(("intl", "paren3"))), addr=AD(wrap(sl.addr_cn())), area=R.randint(60, 180), amt=amount(800000, 5000000),
            card=card_fmt(card, "space"), ib=iban_fmt(b), esc=X(d, f"ESC/{digits(8, True)}"), sl2=N(sl.lat()), bsig=N(b.lat_up()))
    elif lang == "ru":
        d.f("二手房买卖合同 / Договор купли-продажи квартиры\n№ {cno}\n\nПродавец: {sl}（身份证 {sid}, тел. {sph}）.\n"
            "Покупатель: {fio}, {dob} г.р., вид на жительство (ПМЖ КНР) {bpr}, тел. {bph}, e-mail {em}.\n\n"
            "1. Продавец передаёт в собственность {dat} квартиру по адресу: {addr}, площадь {area} кв. м.\n"
            "2. Цена — {amt} юаней. Задаток оплачивается картой {card}, остаток — переводом со счёта {ib}.\n"
            "3. 本合同中文文本与俄文文本具有同等效力。\n\nПодписи: {sl2} / {bsig}",
            cno=contract, sl=N(sl.cn), sid=idc_fmt(sl), sph=CP(sl, "plain"), fio=N(b.ru()), dob=DB(b, "ru"), bpr=pr_fmt(b), bph=CP(b, "intl"), em=EM(b.email()),
            dat=N(b.ru_fi("dat")), addr=AD(sl.addr_cn()), area=R.randint(60, 180), amt=amount(800000, 5000000), card=card_fmt(card, "plain"), ib=iban_fmt(b),
            sl2=N(sl.cn), bsig=N(fio_short(b)))
    else:
        d.f("عقد بيع شقة / 房屋买卖合同\nرقم العقد: {cno}\n\nالطرف الأول (البائع): {sl}، رقم الهوية الصينية {sid}، هاتف {sph}.\n"
            "الطرف الثاني (المشتري): {ar}، بطاقة الإقامة الدائمة {bpr}، تاريخ الميلاد {dob}، الجوال {bph}، البريد {em}.\n\n"
            "البند ١: يبيع الطرف الأول الشقة الواقعة في {addr} بمساحة {area} متراً مربعاً.\nالبند ٢: الثمن {amt} يوان؛ العربون ببطاقة {card} والباقي بتحويل من الحساب {ib}.\n\n"
            "توقيع البائع: {sl2}    توقيع المشتري: {bsig}",
            cno=contract, sl=N(sl.cn), sid=idc_fmt(sl), sph=CP(sl, "ar"), ar=N(b.ar_full), bpr=pr_fmt(b), dob=DB(b, "ar"), bph=CP(b, "plain"), em=EM(b.email()),
            addr=AD(sl.addr_cn()), area=ar_digits(str(R.randint(60, 180))), amt=ar_digits(amount(800000, 5000000)), card=card_fmt(card, pick(("ar", "space"))),
            ib=iban_fmt(b), sl2=N(sl.cn), bsig=N(b.ar_short))


@layout("afterschool_pickup_authorisation")
def lay_kinder(d: Doc, lang: str) -> None:
    P = Pool(lang)
    par = P.fx()
    kid = P.fx(nat3=par.nat3, age=(2013, 2015))
    n1, n2 = P.cn(sex="F"), P.fx()
    if lang == "zh":
        d.f("阳光小学课后托管中心 接送授权书\n班级：三年级托管班　学号 K{no}\n\n学生：{kc}（{kl}），出生日期 {kdob}\n家长：{pi}，居留许可 {prp}，电话 {pph}\n\n"
            "本人授权以下人员接送孩子：\n┃ 姓名 ┃ 关系 ┃ 证件 ┃ 电话 ┃ 车牌 ┃\n┃ {a} ┃ 阿姨 ┃ 身份证{aid} ┃ {aph} ┃ {apl} ┃\n┃ {b} ┃ 朋友 ┃ 永久居留证{bpr} ┃ {bph} ┃ — ┃\n\n"
            "未经登记人员一律不得接走学生。家长微信：{wx}\n家长签名：{ps}　日期：{dt}",
            no=X(d, digits(6)), kc=N(kid.cn), kl=N(kid.lat_up()), kdob=DB(kid, "zh"), pi=zh_intro(par), prp=rp_fmt(par), pph=CP(par, "dash"),
            a=N(n1.cn), aid=idc_fmt(n1), aph=CP(n1, "plain"), apl=pl_fmt(n1), b=N(n2.cn), bpr=pr_fmt(n2), bph=CP(n2, "space"), wx=imh(par, "WeChat"), ps=N(par.cn), dt=zhd(incident_date()))
    elif lang == "en":
        d.f("LITTLE STARS AFTER-SCHOOL CLUB — PICK-UP AUTHORISATION\nChild: {kl}    DOB {kdob}    Class: Dolphins\nParent: {pl} (residence permit {prp}; mobile {pph})\n\n"
            "I authorise the following persons to collect my child:\n  a) {a} [nanny]  -- PRC ID {aid}  -- tel {aph}  -- car {apl}\n  b) {b} [family friend] -- PR card {bpr} -- tel {bph}\n\n"
            "Emergency: call {pph2} or message me on WhatsApp {wa}.\nSigned {ps}, {dt}. (Internal ref {ref})",
            kl=N(kid.lat()), kdob=DB(kid, "en"), pl=N(par.lat()), prp=rp_fmt(par), pph=CP(par, "intl"), a=N(n1.lat()), aid=idc_fmt(n1, "plain"), aph=CP(n1, "dots"),
            apl=pl_fmt(n1), b=N(n2.lat()), bpr=pr_fmt(n2), bph=HP(n2, "intl"), pph2=CP(par, "intl"), wa=imh(par, "WhatsApp"), ps=N(par.lat_up()),
            dt=incident_date().strftime("%d/%m/%Y"), ref=X(d, f"KG-{digits(5)}"))
    elif lang == "ru":
        d.f("课后托管接送授权书 / Доверенность на забор ребёнка из группы продлённого дня\nРебёнок: {kfio} ({kc}), дата рождения {kdob}\nРодитель: {pfio}, ВНЖ {prp}, тел. {pph}\n\n"
            "Доверяю забирать ребёнка:\n1) {a}（阿姨, 身份证 {aid}）, тел. {aph}, машина {apl};\n2) {b}, ПМЖ {bpr}, тел. {bph}.\n\n"
            "Связь с мамой — Telegram {tg}. Пропуск на территорию № {pass_}.\nПодпись: {ps}  {dt}", pass_=X(d, f"P-{digits(6, True)}"),
            kfio=N(kid.ru_fi()), kc=N(kid.cn), kdob=DB(kid, "ru"), pfio=N(par.ru()), prp=rp_fmt(par), pph=CP(par, "plain"), a=N(n1.cn), aid=idc_fmt(n1),
            aph=CP(n1, "space"), apl=pl_fmt(n1), b=N(n2.ru_fi()), bpr=pr_fmt(n2), bph=HP(n2), tg=imh(par, "Telegram"), ps=N(fio_short(par)), dt=incident_date().strftime("%d.%m.%Y"))
    else:
        d.f("تفويض استلام طفل من النادي المدرسي / 课后托管接送授权书\nالطفل: {kar} ({kc})، تاريخ الميلاد {kdob}\nولي الأمر: {par}، تصريح الإقامة {prp}، الجوال {pph}\n\n"
            "أفوّض الأشخاص التالية أسماؤهم باستلام طفلي:\n- {a} (المربية)، هوية {aid}، هاتف {aph}، سيارة {apl}\n- {b} (صديق العائلة)، إقامة دائمة {bpr}، هاتف {bph}\n\n"
            "رقم بطاقة الدخول: {pass_}\nتوقيع ولي الأمر: {ps}", pass_=X(d, f"P-{digits(6, True)}"),
            kar=N(kid.ar_short), kc=N(kid.cn), kdob=DB(kid, "ar"), par=N(par.ar_full), prp=rp_fmt(par), pph=CP(par, "ar"), a=N(n1.cn), aid=idc_fmt(n1),
            aph=CP(n1, "plain"), apl=pl_fmt(n1), b=N(n2.ar_full), bpr=pr_fmt(n2), bph=HP(n2, "intl"), ps=N(par.ar_short))


@layout("language_school_attendance")
def lay_langschool(d: Doc, lang: str) -> None:
    P = Pool(lang)
    title = {"zh": "汉语速成班 考勤表（HSK3 晚班）", "en": "MANDARIN EVENING COURSE — ATTENDANCE SHEET (HSK 3)",
             "ru": "汉语培训班考勤表 / Журнал посещаемости курсов китайского языка", "ar": "كشف حضور دورة اللغة الصينية / 汉语班考勤表"}[lang]
    hdr = {"zh": "学员 | 护照 | 签证/居留 | 手机 | 9/2 9/4 9/6", "en": "Student | Passport | Visa / RP | Phone | 2 4 6 Sep",
           "ru": "Слушатель | Паспорт | Виза / ВНЖ | Тел. | 2 4 6 сен.", "ar": "الطالب | الجواز | التأشيرة / الإقامة | الهاتف | ٢ ٤ ٦"}[lang]
    d.f("{t}\nClass code {cc}    教室 {room}\n{h}\n" + "-" * 48 + "\n", t=title, cc=X(d, f"CN-{digits(4)}-{letters(1)}"), room=R.randint(201, 512), h=hdr)
    for i in range(4):
        s = P.fx() if not (lang == "en" and i == 3) else P.fx(nat3=pick(("KOR", "VNM", "MNG")))
        nm = {"zh": lambda s=s: N(s.cn), "en": lambda s=s: N(s.lat_up()), "ru": lambda s=s: N(s.ru_fi()), "ar": lambda s=s: N(s.ar_short)}[lang]()
        doc = VI(s.visa()) if i % 2 == 0 else rp_fmt(s)
        ph = CP(s, pick(("plain", "space", "dash"))) if chance(0.6) else HP(s, "intl")
        marks = " ".join(pick(("✓", "✓", "✗", "迟到", "病假")) for _ in range(3))
        d.f("{nm} | {pp} | {doc} | {ph} | {mk}\n", nm=nm, pp=PP(s.passport()), doc=doc, ph=ph, mk=marks)
    t = P.cn()
    note = {"zh": "\n任课教师：{tc}（工号{no}），手机{tph}。缺勤两次以上的学员需补交请假条，签证类学员缺勤情况将按规定报告出入境管理部门。",
            "en": "\nTeacher: {tc} (staff no. {no}), mobile {tph}. Students on X-visas with more than two absences are reported to the exit-entry bureau as required.",
            "ru": "\nПреподаватель: {tc}（工号 {no}）, тел. {tph}. О пропусках студентов с учебной визой сообщается в миграционную службу.",
            "ar": "\nالمعلّمة: {tc} (الرقم الوظيفي {no})، الجوال {tph}. يتم إبلاغ إدارة الهجرة عن غياب حاملي تأشيرة الدراسة."}[lang]
    d.f(note, tc=N(t.cn if lang != "en" else t.lat()), no=X(d, digits(7, True)), tph=CP(t, "ar" if lang == "ar" else None))
    d.f("\nLast student's birthday party: {dob}. Contact {im}.", dob=DB(s, lang), im=imh(s, pick(("WeChat", "Telegram", "KakaoTalk", "Instagram"))))


@layout("freight_forwarder_booking")
def lay_freight(d: Doc, lang: str) -> None:
    P = Pool(lang)
    sh, cg = P.fx(), P.cn()
    bank, card = sh.card_home() if lang != "zh" else sh.card_cn()
    if lang == "zh":
        d.f("货代订舱委托书 BOOKING NOTE\n委托编号：{bk}　柜号：{ct}　提单号：{bl}\n\n发货人（SHIPPER）\n{shc} / {shl}\n手机：{shp}　邮箱：{em}\n"
            "付款：{bank} {card}\n\n收货人（CONSIGNEE）\n{cgn}，身份证号码{cid}\n地址：{addr}\n电话：{cph}\n提货车辆：{pl}\n\n"
            "货物：二手服装 480箱　HS编码 6309.00.00　毛重 12,500 KGS\n运费：USD {amt}，汇入我司账户；发货人退款账户 IBAN {ib}\n物流单号：{tr}",
            bk=X(d, f"BKG{digits(9, True)}"), ct=X(d, container_no()), bl=X(d, f"COSU{digits(10, True)}"), shc=N(sh.cn), shl=N(sh.lat_up()), shp=HP(sh, "intl"),
            em=EM(sh.email()), bank=bank, card=card_fmt(card, "space"), cgn=N(cg.cn), cid=idc_fmt(cg), addr=AD(cg.addr_cn()), cph=CP(cg, "plain"), pl=pl_fmt(cg),
            amt=amount(1000, 9000), ib=iban_fmt(sh), tr=X(d, tracking()))
    elif lang == "en":
        d.f("FREIGHT FORWARDER BOOKING CONFIRMATION\nBooking: {bk}   Container: {ct}   B/L: {bl}\n\nShipper:       {shl}\n               {home}\n               tel {shp} · {em}\n"
            "Consignee:     {cgn}\n               PRC ID {cid}\n               {addr}\n               mob. {cph}\nTruck at pickup: {pl}\n\n"
            "Freight charges USD {amt}, paid by card {card}; refunds to IBAN {ib}.\nCourier ref. for documents: {tr}",
            bk=X(d, f"BKG{digits(9, True)}"), ct=X(d, container_no()), bl=X(d, f"MAEU{digits(9, True)}"), shl=N(sh.lat()), home=AD(sh.addr_home()), shp=HP(sh, "intl"),
            em=EM(sh.email()), cgn=N(cg.lat()), cid=idc_fmt(cg, "plain"), addr=AD(ADDR_EN(cg)), cph=CP(cg, "intl"), pl=pl_fmt(cg), amt=amount(1000, 9000),
            card=card_fmt(card, "dash"), ib=iban_fmt(sh), tr=X(d, tracking()))
    elif lang == "ru":
        d.f("Заявка на перевозку груза / 货代订舱委托书\nЗаявка № {bk}; контейнер {ct}; авто перевозчика {ppl}\n\nОтправитель: {fio}\nАдрес: {home}\nТел.: {shp}; Telegram: {tg}\n"
            "Получатель / 收货人: {cgn}（身份证 {cid}）, {addr}, тел. {cph}\n\n"
            "Оплата: карта {bank} {card}; возврат на счёт {ib}.\nСумма: {amt} USD. Трек-номер документов: {tr}",
            bk=X(d, digits(8, True)), ct=X(d, container_no()), ppl=PL(sh.plate_home()), fio=N(sh.ru()), home=AD(sh.addr_home()), shp=HP(sh, "local"), tg=imh(sh, "Telegram"),
            cgn=N(cg.cn), cid=idc_fmt(cg), addr=AD(cg.addr_cn()), cph=CP(cg, "space"), bank=bank, card=card_fmt(card, "space"), ib=iban_fmt(sh),
            amt=amount(1000, 9000), tr=X(d, tracking()))
    else:
        d.f("طلب حجز شحن / 货代订舱委托书\nرقم الحجز: {bk}، الحاوية: {ct}\n\nالشاحن: {ar}\nالعنوان: {home}\nالهاتف: {shp}، واتساب {wa}\n"
            "المستلم في الصين: {cgn}، رقم الهوية {cid}، العنوان {addr}، الهاتف {cph}، سيارة الاستلام {pl}\n\n"
            "أجور الشحن {amt} دولار بالبطاقة {card}، والاسترداد إلى الحساب {ib}\nرقم التتبع: {tr}",
            bk=X(d, f"BKG{digits(9, True)}"), ct=X(d, container_no()), ar=N(sh.ar_full), home=AD(sh.addr_home()), shp=HP(sh, "intl"), wa=imh(sh, "WhatsApp"),
            cgn=N(cg.cn), cid=idc_fmt(cg), addr=AD(cg.addr_cn()), cph=CP(cg, "ar"), pl=pl_fmt(cg), amt=ar_digits(amount(1000, 9000)), card=card_fmt(card, "ar"),
            ib=iban_fmt(sh), tr=X(d, tracking()))


@layout("money_transfer_form")
def lay_money(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, r = P.fx(), P.fx()
    mt = X(d, mtcn())
    if lang == "zh":
        d.f("速汇金 汇款申请单（发汇）\n监控号 MTCN：{mt}\n\n汇款人\n姓（拼音）{sur}　名 {giv}\n中文名：{cn}\n出生日期：{dob}\n护照：{pp}\n电话：{ph}\n\n"
            "收款人\n姓名：{rn}\n国家：{rnat}\n电话：{rph}\n收款账户 IBAN：{ib}\n\n金额：USD {amt}　手续费 USD 15.00\n用途：家庭赡养\n"
            "汇款人证件机读码：\n", mt=mt, sur=N(s.sur_lat.upper()), giv=N(s.given_lat.upper()), cn=N(s.cn), dob=DB(s, "zh"), pp=PP(s.passport()), ph=CP(s),
            rn=N(r.lat_up()), rnat=nat_zh(r), rph=HP(r, "intl"), ib=iban_fmt(r), amt=amount(200, 9000))
        mrz_block(d, s.mrz())
        d.f("\n\n以人民币卡付款：{card}\n柜员号 {tl}", card=card_fmt(s.card_cn()[1], "plain"), tl=X(d, badge()))
    elif lang == "en":
        d.f("MONEY TRANSFER — SEND FORM\nMTCN: {mt}    Agent ID: {ag}\n\nSENDER\nFirst name: {giv}    Last name: {sur}\nDate of birth: {dob}\nID type: Passport  No.: {pp}\n"
            "Phone: {ph}   Email: {em}\nAddress: {addr}\n\nRECEIVER\nName: {rn}\nCountry: {rnat}\nPhone: {rph}\nAccount: {ib}\n\nAmount: USD {amt}\nPaid by card: {card}\n\nSender's passport MRZ (scanned):\n",
            mt=mt, ag=X(d, f"AG{digits(6)}"), giv=N(s.given_lat), sur=N(s.sur_lat), dob=DB(s, "en"), pp=PP(s.passport()), ph=CP(s, "intl"), em=EM(s.email()),
            addr=AD(ADDR_EN(s)), rn=N(r.lat()), rnat=nat_en(r), rph=HP(r, "intl"), ib=iban_fmt(r), amt=amount(200, 9000), card=card_fmt(s.card_home()[1], "space"))
        mrz_block(d, s.mrz())
    elif lang == "ru":
        d.f("Заявление на денежный перевод / 汇款申请单\nКонтрольный номер (MTCN): {mt}\n\nОтправитель: {fio}\nЛатиницей: {lat}\nДата рождения: {dob}\nПаспорт: {pp}\n"
            "Тел.: {ph}\n\nПолучатель: {rfio}\nТел. получателя: {rph}\nСчёт получателя: {ib}\n\nСумма: {amt} долларов США\nС карты: {card}\n\nМЧЗ паспорта отправителя:\n",
            mt=mt, fio=N(s.ru()), lat=N(s.lat_up()), dob=DB(s, "ru"), pp=PP(s.passport()), ph=CP(s, "plain"), rfio=N(r.ru("nom")), rph=HP(r, "local"), ib=iban_fmt(r),
            amt=amount(200, 9000), card=card_fmt(s.card_home()[1], "plain"))
        mrz_block(d, s.mrz())
        d.f("\n\nКомиссия 15 USD. Оператор № {op}. Получатель {rdat} сообщено SMS.", op=X(d, badge()), rdat=N(r.ru_fi("dat")))
    else:
        d.f("نموذج تحويل أموال / 汇款申请单\nرقم التحويل: {mt}\n\nالمرسل: {ar}\nبالأحرف اللاتينية: {lat}\nتاريخ الميلاد: {dob}\nجواز السفر: {pp}\nالهاتف: {ph}\n\n"
            "المستفيد: {rn}\nهاتف المستفيد: {rph}\nحساب المستفيد (IBAN): {ib}\n\nالمبلغ: {amt} دولار\nالبطاقة: {card}\n\nالمنطقة المقروءة آلياً لجواز المرسل:\n",
            mt=mt, ar=N(s.ar_full), lat=N(s.lat_up()), dob=DB(s, "ar"), pp=PP(s.passport()), ph=CP(s, "ar"), rn=N(r.ar_full), rph=HP(r, "intl"), ib=iban_fmt(r),
            amt=ar_digits(amount(200, 9000)), card=card_fmt(s.card_home()[1], "space"))
        mrz_block(d, s.mrz())


@layout("notarised_power_of_attorney")
def lay_poa(d: Doc, lang: str) -> None:
    P = Pool(lang)
    g, a = P.fx(), P.cn()
    nto = X(d, f"（2024）{pick(('京长安', '沪东方', '辽大连', '粤广州'))}内民证字第{R.randint(1000, 99999)}号")
    if lang == "zh":
        d.f("委托书\n\n委托人：{gi}，{sx}，{dob}出生，外国人永久居留身份证号码{pr}，居留许可{rp}，住{addr}，电话{ph}。\n"
            "受托人：{a}，居民身份证号码{aid}，电话{aph}。\n\n委托事项：代为办理本人名下车辆（号牌{pl}）的过户、年检及违章处理手续，并代为签署相关文件。\n"
            "委托期限：自2024年{m}月1日至2025年{m}月1日。\n\n委托人：{gs}\n\n公证书\n{nt}\n兹证明{gc}于今日在本公证员面前签署了前面的委托书。委托人护照资料页机读区：\n",
            gi=zh_intro(g), sx=sex_zh(g), dob=DB(g, "zh"), pr=pr_fmt(g), rp=rp_fmt(g), addr=AD(g.addr_cn()), ph=CP(g), a=N(a.cn), aid=idc_fmt(a), aph=CP(a, "plain"),
            pl=pl_fmt(g), m=R.randint(1, 12), gs=N(g.lat_up()), nt=nto, gc=N(g.cn))
        mrz_block(d, g.mrz())
    elif lang == "en":
        d.f("POWER OF ATTORNEY\n\nI, {gl}, born on {dob}, holder of Foreign Permanent Resident ID Card {pr} and residence permit {rp}, residing at {addr}, "
            "hereby appoint {al} (PRC resident identity card {aid}, tel. {aph}) as my attorney to sell my vehicle registered as {pl} and to receive the proceeds "
            "into my account {ib}.\n\nSigned: {gs}\n\nNOTARIAL CERTIFICATE {nt}\nThe notary certifies that the principal, identified by the passport whose machine readable zone reads\n",
            gl=N(g.lat()), dob=DB(g, "en"), pr=pr_fmt(g), rp=rp_fmt(g), addr=AD(wrap(ADDR_EN(g))), al=N(a.lat()), aid=idc_fmt(a, "space"), aph=CP(a, "intl"),
            pl=pl_fmt(g), ib=iban_fmt(g), gs=N(g.lat_up()), nt=nto)
        mrz_block(d, g.mrz())
        d.t("\nsigned the above power of attorney in my presence. Notary fee RMB 600.")
    elif lang == "ru":
        d.f("ДОВЕРЕННОСТЬ / 委托书\n\nЯ, {fio}, {dob} года рождения, ПМЖ КНР {pr}, ВНЖ {rp}, проживающий(ая) по адресу: {addr}, тел. {ph},\n"
            "настоящей доверенностью уполномочиваю гражданина КНР {a}（身份证 {aid}, тел. {aph}）представлять мои интересы при продаже автомобиля {pl}.\n\n"
            "Подпись доверителя: {gs}\n\n公证书 {nt}\n兹证明{gc}在公证员面前签署上述委托书。МЧЗ паспорта доверителя:\n",
            fio=N(g.ru()), dob=DB(g, "ru"), pr=pr_fmt(g), rp=rp_fmt(g), addr=AD(g.addr_cn()), ph=CP(g, "intl"), a=N(a.cn), aid=idc_fmt(a), aph=CP(a, "plain"),
            pl=pl_fmt(g), gs=N(fio_short(g)), nt=nto, gc=N(g.cn))
        mrz_block(d, g.mrz())
    else:
        d.f("توكيل رسمي / 委托书\n\nأنا الموقّع أدناه {ar}، المولود في {dob}، حامل بطاقة الإقامة الدائمة رقم {pr} وتصريح الإقامة رقم {rp}، المقيم في {addr}، هاتف {ph}،\n"
            "أوكّل السيد {a} (رقم الهوية {aid}، هاتف {aph}) في بيع سيارتي ذات اللوحة {pl} واستلام الثمن.\n\nتوقيع الموكّل: {gs}\n\n公证书 {nt}\n"
            "المنطقة المقروءة آلياً من جواز الموكّل:\n",
            ar=N(g.ar_full), dob=DB(g, "ar"), pr=pr_fmt(g), rp=rp_fmt(g), addr=AD(g.addr_cn()), ph=CP(g, "ar"), a=N(a.cn), aid=idc_fmt(a), aph=CP(a, "plain"),
            pl=pl_fmt(g), gs=N(g.ar_short), nt=nto)
        mrz_block(d, g.mrz())


@layout("trade_fair_badge_list")
def lay_fair(d: Doc, lang: str) -> None:
    P = Pool(lang)
    head = {"zh": "第136届广交会 境外采购商证件办理清单（代办：{ag}）\n证件号;姓名;护照;签证;手机;邮箱;停车证\n",
            "en": "CANTON FAIR PHASE 2 — BUYER BADGE LIST (agent: {ag})\nbadge#;name;passport;visa;mobile;email;parking\n",
            "ru": "Список бейджей закупщиков Кантонской ярмарки / 广交会采购商证件清单 (агент {ag})\nбейдж;ФИО;паспорт;виза;тел.;e-mail;парковка\n",
            "ar": "قائمة بطاقات المشترين في معرض كانتون / 广交会采购商证件清单 (الوكيل {ag})\nالبطاقة؛الاسم؛الجواز؛التأشيرة؛الجوال؛البريد؛الموقف\n"}[lang]
    ag = P.cn()
    d.f(head, ag=N(ag.cn if lang != "en" else ag.lat()))
    sep = "؛" if lang == "ar" else ";"
    for i in range(4):
        s = P.fx()
        nm = {"zh": lambda s=s: [N(s.cn), "/", N(s.lat_up())], "en": lambda s=s: [N(s.lat_comma())], "ru": lambda s=s: [N(s.ru_fi())],
              "ar": lambda s=s: [N(s.ar_short), " (", N(s.lat_up()), ")"]}[lang]()
        d.f("{b}{sp}{nm}{sp}{pp}{sp}{vi}{sp}{ph}{sp}{em}{sp}{pl}\n", sp=sep, b=X(d, f"B{digits(8, True)}"), nm=nm, pp=PP(s.passport()), vi=VI(s.visa()),
            ph=HP(s, "intl") if i % 2 else CP(s, pick(("plain", "intlc"))), em=EM(s.email()), pl=pl_fmt(s) if i % 2 == 0 else "-")
    d.f({"zh": "\n代办人电话 {aph}，身份证 {aid}。证件工本费 ¥{amt}，订单号 {od}。",
         "en": "\nAgent phone {aph}; agent ID {aid}. Badge fee RMB {amt}, order {od}.",
         "ru": "\nТел. агента {aph}, 身份证 {aid}. Сбор {amt} юаней, заказ {od}.",
         "ar": "\nهاتف الوكيل {aph}، هوية {aid}. الرسوم {amt} يوان، رقم الطلب {od}."}[lang],
        aph=CP(ag, "space"), aid=idc_fmt(ag, "plain"), amt=amount(200, 900), od=X(d, order_no(16)))


@layout("concert_resale_chat")
def lay_concert(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, b = P.fx(), P.cn() if lang != "ru" else P.fx()
    tk = X(d, f"TK{digits(10, True)}")
    if lang == "zh":
        d.f("【闲鱼聊天记录截图·转写】\n[20:11] 卖家 {sl}: 周杰伦演唱会内场票两张，原价转，票号 {tk}，座位 A区12排\n"
            "[20:13] 买家 {bc}: 要！怎么付？\n[20:14] 卖家: 直接转我卡吧 {card}（{bank}）或者境外账户也行 {ib}\n"
            "[20:15] 买家: 我加你微信 {wx}，电话多少？\n[20:15] 卖家: {ph}，不接陌生电话，先发消息\n"
            "[20:17] 买家: 你的Telegram是 {tg} 吗？我同学说你上次放鸽子\n[20:18] 卖家: 不是我！我叫{sl2}，护照号都可以给你看 {pp}\n"
            "[20:20] 买家: 行，你发个身份证照片，我的是 {bid}，电话 {bph}\n[20:31] 买家: 已付 ¥{amt}，订单 {od}\n[20:40] 卖家: 收到，票转到你邮箱 {em}",
            sl=N(s.cn), tk=tk, bc=N(b.cn), card=card_fmt(s.card_cn()[1], "space"), bank=s.card_cn()[0], ib=iban_fmt(s, "plain"), wx=imh(s, "WeChat"), ph=CP(s, "spoken_sp"),
            tg=imh(s, "Telegram"), sl2=N(s.cn), pp=PP(s.passport()), bid=idc_fmt(b), bph=CP(b, "plain"), amt=amount(1500, 6000), od=X(d, order_no(19)), em=EM(b.email()))
    elif lang == "en":
        d.f("Screenshot transcript — ticket resale group (WhatsApp)\n\n{sl} ~ {sw}: selling 2x Coldplay floor tickets, ticket no. {tk}, DM me\n"
            "{bl} ~ {bw}: interested!! how do I pay\n{sl2}: bank transfer to {ib} or card {card}\n{bl2}: can't do IBAN, my card's Chinese. What's your number?\n"
            "{sl2}: {ph} — or insta {ig}\n{bl2}: ok sent RMB {amt}, ref {od}. my ID if you need it: {bid}\n{sl2}: legend. tickets going to {em}\n"
            "(admin note: seller's passport {pp} checked by group admin {adm})",
            sl=N(s.lat()), sw=imh(s, "WhatsApp"), tk=tk, bl=N(b.lat()), bw=CP(b, "intl"), ib=iban_fmt(s, "group"),
            card=card_fmt(s.card_home()[1], "dash"), bl2=N(b.lat()), sl2=N(s.lat()), ph=HP(s, "local"), ig=imh(s, "Instagram", url=chance(0.5)), amt=amount(1500, 6000),
            od=X(d, order_no(18)), bid=idc_fmt(b, "plain"), em=EM(b.email()), pp=PP(s.passport()), adm=N(P.fx().lat()))
    elif lang == "ru":
        d.f("Переписка в Telegram-чате «Билеты Харбин» (скриншоты)\n\n{sf} ({stg}): продаю 2 билета на концерт Би-2, номер билета {tk}\n"
            "{bf} ({btg}): беру! куда переводить?\n{sf2}: на карту {card} или на счёт {ib}\n{bf2}: а телефон?\n{sf2}: {ph}, вайбер тоже\n"
            "{bf2}: перевёл {amt} руб., чек {od}. мой ВК {bvk}, если что\n{sf2}: ок, билеты на почту {em}\n"
            "Модератор: паспорт продавца {pp} проверен, в чате {sdat} доверяют.",
            sf=N(s.ru_fi()), stg=imh(s, "Telegram"), tk=tk, bf=N(b.ru_fi()), btg=imh(b, "Telegram", url=True), sf2=N(s.ru_given()), card=card_fmt(s.card_home()[1], "space"),
            ib=iban_fmt(s), bf2=N(b.ru_given()), ph=HP(s, "local"), amt=amount(3000, 20000), od=X(d, order_no(12)), bvk=imh(b, "VK"), em=EM(b.email()), pp=PP(s.passport()),
            sdat=N(s.ru_given("dat")))
    else:
        d.f("نص لقطات شاشة لمحادثة بيع تذاكر حفلة (واتساب)\n\n{sa} ({sw}): عندي تذكرتان لحفلة عمرو دياب، رقم التذكرة {tk}\n"
            "{bc}: أريدهما، كيف أدفع؟\n{sa2}: حوّل إلى الحساب {ib} أو البطاقة {card}\n{bc}: 我只有中国卡，可以微信转账吗？\n{sa2}: نعم، وي تشات {wx}، هاتفي {ph}\n"
            "{bc}: 已转 ¥{amt}，单号 {od}，我的身份证 {bid}\n{sa2}: وصلت، التذاكر على بريدك {em}",
            sa=N(s.ar_short), sw=imh(s, "WhatsApp"), tk=tk, bc=N(b.cn), sa2=N(s.ar_short), ib=iban_fmt(s), card=card_fmt(s.card_home()[1], "ar"), wx=imh(s, "WeChat"),
            ph=CP(s, "ar"), amt=amount(1500, 6000), od=X(d, order_no(18)), bid=idc_fmt(b), em=EM(b.email()))


@layout("hospital_discharge_summary")
def lay_discharge(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, k = P.fx(), P.fx()
    mrn = X(d, f"{digits(2)}-{digits(6)}")
    if lang == "zh":
        d.f("出院小结\n住院号 {mrn}　科室 心内科\n\n患者{si}（护照 {pp}；签证 {vi}；居留许可 {rp}），{sx}，生于{dob}，因胸痛于入院，经治疗好转出院。\n"
            "出院诊断：急性冠脉综合征。出院带药详见处方（批号 {lt}）。\n住址（{addr}）距医院较远，嘱家属陪同复诊。\n"
            "家属：{kc}（{kl}），电话 {kph}\n患者本人电话 {ph}\n\n附：入院时护照扫描\n",
            mrn=mrn, si=zh_intro(s), pp=PP(s.passport()), vi=VI(s.visa()), rp=rp_fmt(s), sx=sex_zh(s), dob=DB(s, "zh"), lt=X(d, lot()), addr=AD(s.addr_cn()),
            kc=N(k.cn), kl=N(k.lat_up()), kph=HP(k, "intl"), ph=CP(s))
        mrz_block(d, s.mrz())
        d.f("\n\n医保外费用 ¥{amt} 已由 {card} 结清。", amt=amount(8000, 90000), card=card_fmt(s.card_cn()[1], "plain"))
    elif lang == "en":
        d.f("DISCHARGE SUMMARY\nMRN {mrn}    Ward: Cardiology\n\nPatient {sl} (passport {pp}; visa {vi}; residence permit {rp}; DOB {dob}) was admitted with chest pain and is discharged in stable condition.\n"
            "Discharge medication: see prescription, batch {lt}. Follow-up at outpatient clinic in two weeks.\n"
            "Address on file: {addr}\nNext of kin: {kl}, tel. {kph}; e-mail {kem}\nPatient tel.: {ph}\n\nPassport data page (scanned on admission):\n",
            mrn=mrn, sl=N(s.lat()), pp=PP(s.passport()), vi=VI(s.visa()), rp=rp_fmt(s), dob=DB(s, "en"), lt=X(d, lot()), addr=AD(ADDR_EN(s)), kl=N(k.lat()),
            kph=HP(k, "intl"), kem=EM(k.email()), ph=CP(s, "intl"))
        mrz_block(d, s.mrz(), sep=" ")
        d.f("\n\nInsurer reimbursement to IBAN {ib}.", ib=iban_fmt(s))
    elif lang == "ru":
        d.f("出院小结 / Выписной эпикриз\n№ истории болезни {mrn}\n\nПациент(ка) {fio}, {dob} г.р., паспорт {pp}, виза {vi}, ВНЖ {rp}, находился(лась) на лечении "
            "в кардиологическом отделении. Выписан(а) в удовлетворительном состоянии.\nАдрес: {addr}\nРодственник: {kf}, тел. {kph}\nТел. пациента: {ph}\n\nМЧЗ паспорта:\n",
            mrn=mrn, fio=N(s.ru()), dob=DB(s, "ru"), pp=PP(s.passport()), vi=VI(s.visa()), rp=rp_fmt(s), addr=AD(s.addr_cn()), kf=N(k.ru_fi()), kph=HP(k), ph=CP(s, "plain"))
        mrz_block(d, s.mrz())
        d.f("\n\nОплата лечения со счёта {ib}. Лечащий врач: 王医生, таб. № {tb}", ib=iban_fmt(s), tb=X(d, badge()))
    else:
        d.f("ملخص الخروج من المستشفى / 出院小结\nرقم الملف {mrn}\n\nالمريض {ar} (جواز السفر {pp}، التأشيرة {vi}، تصريح الإقامة {rp})، مواليد {dob}، أُدخل بسبب ألم في الصدر وخرج بحالة مستقرة.\n"
            "العنوان: {addr}\nأحد الأقارب: {ka}، هاتف {kph}\nهاتف المريض: {ph}\n\nالمنطقة المقروءة آلياً:\n",
            mrn=mrn, ar=N(s.ar_full), pp=PP(s.passport()), vi=VI(s.visa()), rp=rp_fmt(s), dob=DB(s, "ar"), addr=AD(s.addr_cn()), ka=N(k.ar_full), kph=HP(k, "intl"), ph=CP(s, "ar"))
        mrz_block(d, s.mrz())
        d.f("\n\nدُفعت التكاليف بالبطاقة {card}", card=card_fmt(s.card_home()[1], "space"))


@layout("prescription_slip")
def lay_rx(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, c = P.fx(), P.cn()
    drugs = f"{pick(('阿莫西林胶囊', 'Amoxicillin 500mg', 'Metformin 850mg', '布洛芬缓释胶囊'))} ×{R.randint(1, 3)}盒 批号{X(d, lot())}；药品编码 {X(d, article_no())}"
    if lang == "zh":
        d.f("××医院 门诊处方笺　　普通\n费别：自费　NO.{no}\n姓名：{cn}　性别：{sx}　出生：{dob}\n证件：永久居留证（{pr}）\n电话：{ph}\n临床诊断：急性上呼吸道感染；青霉素皮试（阴性）\n\nRp.\n{drugs}\n用法：口服，一日三次，每次一粒，饭后服用。\n注意：如出现皮疹、呼吸困难请立即停药并就医。本处方当日有效，外籍患者取药须核验证件。\n\n"
            "代取药人：{cc}（身份证：{cid}）电话（{cph}）\n医师签名：工号{doc}　　药师审核：{ph2}\n医保卡：无；自费刷卡 {card}",
            no=X(d, digits(10, True)), cn=N(s.cn), sx=sex_zh(s), dob=DB(s, "zh"), pr=pr_fmt(s), ph=CP(s), drugs=drugs, cc=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"),
            doc=X(d, digits(5)), ph2=X(d, f"YS{digits(5)}"), card=card_fmt(c.card_cn()[1], "plain"))
    elif lang == "en":
        d.f("OUTPATIENT PRESCRIPTION\nNo. {no}\nPatient: {sl}    DOB: {dob}\nPermanent residence ID: ({pr})\nTel.: ({ph})    E-mail: {em}\n\nRx\n{drugs}\n\n"
            "Collected by: {cl} (PRC ID {cid}, tel. {cph})\nPrescriber no. {doc}\nPaid with card {card}",
            no=X(d, digits(10, True)), sl=N(s.lat_comma()), dob=DB(s, "en"), pr=pr_fmt(s), ph=CP(s, "paren3"), em=EM(s.email()), drugs=drugs, cl=N(c.lat()),
            cid=idc_fmt(c, "space"), cph=CP(c, "intl"), doc=X(d, digits(5)), card=card_fmt(s.card_home()[1], "space"))
    elif lang == "ru":
        d.f("门诊处方 / Рецепт\n№ {no}\nПациент: {fio}\nДата рождения: {dob}\nПМЖ КНР: ({pr})\nТел.: {ph}\n\nRp.:\n{drugs}\n\n"
            "Получил(а) лекарства: {cc}（身份证 {cid}, тел. {cph}）\nВрач, таб. № {doc}\nСкидочная карта аптеки № {dc}",
            no=X(d, digits(10, True)), fio=N(s.ru()), dob=DB(s, "ru"), pr=pr_fmt(s), ph=HP(s, "local"), drugs=drugs, cc=N(c.cn), cid=idc_fmt(c), cph=CP(c, "space"),
            doc=X(d, digits(5)), dc=X(d, digits(12, True)))
    else:
        d.f("وصفة طبية / 门诊处方笺\nرقم {no}\nالمريض: {ar}\nتاريخ الميلاد: {dob}\nالإقامة الدائمة: ({pr})\nالهاتف: ({ph})\n\nRp.\n{drugs}\n\n"
            "استلم الدواء: {cc} (هوية {cid}، هاتف {cph})\nرقم الطبيب {doc}\nالدفع ببطاقة {card}",
            no=X(d, ar_digits(digits(10, True))), ar=N(s.ar_full), dob=DB(s, "ar"), pr=pr_fmt(s), ph=CP(s, "ar"), drugs=drugs, cc=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"),
            doc=X(d, digits(5)), card=card_fmt(c.card_cn()[1], "ar"))


@layout("accident_photo_captions")
def lay_photos(d: Doc, lang: str) -> None:
    P = Pool(lang)
    a, b, w = P.fx(), P.cn(), P.cn()
    date = incident_date()
    img = [X(d, f"IMG_2024{date.month:02d}{date.day:02d}_{digits(6)}.jpg") for _ in range(4)]
    if lang == "zh":
        d.f("车险报案照片说明（共4张）\n报案号 {rep}\n\n{i0}：甲车 {apl} 左前翼子板凹陷，驾驶人{ac}（{al}），居留许可{arp}，电话{aph}\n"
            "{i1}：乙车 {bpl} 后保险杠破损，驾驶人{bc}，身份证{bid}，电话{bph}\n{i2}：现场目击者{wc}（身份证{wid}）手持手机拍摄，其车辆{wpl}停于路边\n"
            "{i3}：甲车驾驶人护照首页（号码{pp}，出生日期{dob}）\n理赔款打入甲方卡 {card}", rep=X(d, f"RDAA{digits(16)}"), i0=img[0], apl=pl_fmt(a), ac=N(a.cn), al=N(a.lat_up()),
            arp=rp_fmt(a), aph=CP(a), i1=img[1], bpl=pl_fmt(b), bc=N(b.cn), bid=idc_fmt(b), bph=CP(b, "plain"), i2=img[2], wc=N(w.cn), wid=idc_fmt(w), wpl=pl_fmt(w),
            i3=img[3], pp=PP(a.passport()), dob=DB(a, "zh"), card=card_fmt(a.card_cn()[1], "plain"))
    elif lang == "en":
        d.f("Photo captions attached to motor claim {rep}\n\n[{i0}] Vehicle A ({apl}) — front-left wing dented. Driver {al}, residence permit {arp}, mobile {aph}.\n"
            "[{i1}] Vehicle B ({bpl}) — rear bumper cracked. Driver {bl}, PRC ID {bid}, tel {bph}.\n[{i2}] Witness {wl} (ID {wid}) standing next to her car {wpl}.\n"
            "[{i3}] Driver A's passport bio page: {pp}, born {dob}. Email for claim updates: {em}", rep=X(d, f"MC-{digits(8, True)}"), i0=img[0], apl=pl_fmt(a), al=N(a.lat()),
            arp=rp_fmt(a), aph=CP(a, "intl"), i1=img[1], bpl=pl_fmt(b), bl=N(b.lat()), bid=idc_fmt(b, "plain"), bph=CP(b, "dash"), i2=img[2], wl=N(w.lat()), wid=idc_fmt(w, "space"),
            wpl=pl_fmt(w), i3=img[3], pp=PP(a.passport()), dob=DB(a, "en"), em=EM(a.email()))
    elif lang == "ru":
        d.f("Подписи к фотографиям ДТП (страховое дело {rep})\n\n{i0} — автомобиль {ahp} (российские номера) и временный номер КНР {apl}; водитель {af}, ВНЖ {arp}, тел. {aph}\n"
            "{i1} — 乙车 {bpl}，驾驶人 {bc}（身份证 {bid}），тел. {bph}\n{i2} — свидетель {wc}（身份证 {wid}）, его машина {wpl}\n"
            "{i3} — паспорт водителя А: {pp}, дата рождения {dob}", rep=X(d, digits(12, True)), i0=img[0], ahp=PL(a.plate_home()), apl=pl_fmt(a), af=N(a.ru()),
            arp=rp_fmt(a), aph=CP(a, "intl"), i1=img[1], bpl=pl_fmt(b), bc=N(b.cn), bid=idc_fmt(b), bph=CP(b, "plain"), i2=img[2], wc=N(w.cn), wid=idc_fmt(w),
            wpl=pl_fmt(w), i3=img[3], pp=PP(a.passport()), dob=DB(a, "ru"))
    else:
        d.f("تعليقات صور حادث السيارة (ملف التأمين {rep})\n\n{i0}: السيارة أ {apl}، السائق {aa}، تصريح الإقامة {arp}، الجوال {aph}\n"
            "{i1}: السيارة ب {bpl}، السائق {bc}، الهوية {bid}، الهاتف {bph}\n{i2}: الشاهد {wc} (هوية {wid}) بجانب سيارته {wpl}\n"
            "{i3}: جواز السائق أ رقم {pp}، تاريخ الميلاد {dob}", rep=X(d, ar_digits(digits(12, True))), i0=img[0], apl=pl_fmt(a), aa=N(a.ar_full), arp=rp_fmt(a), aph=CP(a, "ar"),
            i1=img[1], bpl=pl_fmt(b), bc=N(b.cn), bid=idc_fmt(b), bph=CP(b, "plain"), i2=img[2], wc=N(w.cn), wid=idc_fmt(w), wpl=pl_fmt(w), i3=img[3], pp=PP(a.passport()),
            dob=DB(a, "ar"))


@layout("sports_club_roster")
def lay_sports(d: Doc, lang: str) -> None:
    P = Pool(lang)
    head = {"zh": "{city}国际业余足球联赛 球队注册名单 — 队名：海港老友\n号码 ▸ 姓名 ▸ 出生日期 ▸ 证件 ▸ 联系方式\n",
            "en": "{city} AMATEUR FOOTBALL LEAGUE — SQUAD REGISTRATION (team: Harbour Veterans)\nNo. ▸ Player ▸ DOB ▸ Document ▸ Contact\n",
            "ru": "Заявка команды «Амур» в любительскую лигу города {city} / 业余联赛球队名单\n№ ▸ Игрок ▸ Дата рождения ▸ Документ ▸ Контакт\n",
            "ar": "قائمة تسجيل فريق «النسور» في دوري الهواة في {city} / 球队注册名单\nالرقم ▸ اللاعب ▸ تاريخ الميلاد ▸ الوثيقة ▸ التواصل\n"}[lang]
    cap = P.fx()
    d.f(head, city=CITY_EN[cap.city] if lang != "zh" else cap.city)
    for i in range(4):
        s = cap if i == 0 else P.fx()
        nm = {"zh": lambda s=s: [N(s.cn)], "en": lambda s=s: [N(s.lat())], "ru": lambda s=s: [N(s.ru_fi()), " (", N(s.cn), ")"], "ar": lambda s=s: [N(s.ar_short)]}[lang]()
        docv = (pr_fmt(s), rp_fmt(s), VI(s.visa()), pr_fmt(s))[i]
        lab = {"zh": ("永居证", "居留许可", "签证", "永居证"), "en": ("PR", "RP", "visa", "PR"), "ru": ("ПМЖ", "ВНЖ", "виза", "ПМЖ"), "ar": ("إقامة دائمة", "إقامة", "تأشيرة", "إقامة دائمة")}[lang][i]
        im = imh(s, pick(("WeChat", "Telegram", "WhatsApp", "Instagram", "TikTok", "Signal", "VK" if lang == "ru" else "LINE")))
        d.f("{no} ▸ {nm} ▸ {dob} ▸ {lab} {doc} ▸ {im}\n", no=R.randint(1, 99), nm=nm, dob=DB(s, lang), lab=lab, doc=docv, im=im)
    d.f({"zh": "\n队长 {c} 手机 {ph}；报名费 ¥{amt}（订单{od}）。裁判员证号 {ref} 负责审核。",
         "en": "\nCaptain {c}, mobile {ph}. Entry fee RMB {amt} (order {od}). Checked by referee licence {ref}.",
         "ru": "\nКапитан {c}, тел. {ph}. Взнос {amt} юаней (заказ {od}). Проверил судья, удостоверение {ref}.",
         "ar": "\nالكابتن {c}، الجوال {ph}. رسوم التسجيل {amt} يوان (الطلب {od}). راجعها الحكم رقم {ref}."}[lang],
        c=N({"zh": cap.cn, "en": cap.lat_up(), "ru": cap.cn, "ar": cap.cn}[lang]), ph=CP(cap, "ar" if lang == "ar" else None), amt=amount(500, 3000), od=X(d, order_no(14)), ref=X(d, f"R{digits(7)}"))


@layout("host_guest_messages")
def lay_host(d: Doc, lang: str) -> None:
    P = Pool(lang)
    h, g = P.cn(), P.fx()
    bk = X(d, f"HM{letters(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}")
    if lang == "zh":
        d.f("民宿平台 房东—房客消息记录（订单 {bk}）\n\n房东 {hc}：您好，入住前请发一下护照照片，我们要给派出所做住宿登记哈\n房客 {gc}：好的，护照号 {pp}，签证 {vi}\n"
            "房客：机读区我直接打出来吧\n", bk=bk, hc=N(h.cn), gc=N(g.cn), pp=PP(g.passport()), vi=VI(g.visa()))
        mrz_block(d, g.mrz())
        d.f("\n房东：收到～地址是 {addr}，密码锁 4729#，停车位写了你的车牌 {pl}\n房客：我生日是 {dob}，到时候可以在屋里开派对吗😂\n"
            "房东：小声点就行。有事打我电话 {hph} 或者加微信 {hwx}\n房客：我的号码 {gph}，也可以 WhatsApp {gwa}\n房东：押金 ¥800 退到你卡 {card}，三个工作日到账",
            addr=AD(h.addr_cn()), pl=pl_fmt(g), dob=DB(g, "zh"), hph=CP(h, "dash"), hwx=imh(h, "WeChat"), gph=CP(g, "plain"), gwa=imh(g, "WhatsApp", url=True),
            card=card_fmt(g.card_cn()[1], "space"))
    elif lang == "en":
        d.f("Messages with your host — booking {bk}\n\nHost {hl}: Hi! Police registration needs your passport details before check-in.\nGuest {gl}: sure — passport {pp}, visa {vi}. Here's the MRZ line:\n",
            bk=bk, hl=N(h.lat()), gl=N(g.first_lat), pp=PP(g.passport()), vi=VI(g.visa()))
        mrz_block(d, g.mrz())
        d.f("\nHost: thanks. Address: {addr}. Door code 2580. Parking for {pl} is booked.\nGuest: my DOB is {dob} if the form asks\n"
            "Host: yep. Emergency? Call me on {hph} or WeChat {hwx}\nGuest: my China SIM is {gph}; email {gem}\nHost: deposit will go back to {ib} after checkout.",
            addr=AD(ADDR_EN(h)), pl=pl_fmt(g), dob=DB(g, "en"), hph=CP(h, "intl"), hwx=imh(h, "WeChat"), gph=CP(g, "space"), gem=EM(g.email()), ib=iban_fmt(g))
    elif lang == "ru":
        d.f("Переписка с хозяином квартиры (бронь {bk})\n\nХозяин {hc}: 您好！Для регистрации в полиции пришлите данные паспорта.\nГость {gf}: Паспорт {pp}, виза {vi}, МЧЗ ниже:\n",
            bk=bk, hc=N(h.cn), gf=N(g.ru_given()), pp=PP(g.passport()), vi=VI(g.visa()))
        mrz_block(d, g.mrz())
        d.f("\nХозяин: 地址 {addr}，门锁密码 1357#。Машина {pl}?\nГость: да. Дата рождения {dob}. Мой телефон {gph}, Telegram {gtg}\n"
            "Хозяин: 有事打 {hph}。Залог 1000 юаней верну на карту {card}.",
            addr=AD(h.addr_cn()), pl=PL(g.plate_home()), dob=DB(g, "ru"), gph=CP(g, "intl"), gtg=imh(g, "Telegram"), hph=CP(h, "plain"), card=card_fmt(g.card_home()[1], "space"))
    else:
        d.f("رسائل مع المضيف — الحجز {bk}\n\nالمضيف {hc}: مرحباً، نحتاج بيانات جواز سفرك لتسجيل الإقامة لدى الشرطة.\nالضيف {ga}: رقم الجواز {pp}، التأشيرة {vi}، وهذه المنطقة المقروءة آلياً:\n",
            bk=bk, hc=N(h.cn), ga=N(g.ar_short), pp=PP(g.passport()), vi=VI(g.visa()))
        mrz_block(d, g.mrz())
        d.f("\nالمضيف: العنوان {addr}، رمز الباب ٢٤٦٨. موقف السيارة {pl}\nالضيف: تاريخ ميلادي {dob}، جوالي {gph}، واتساب {gwa}\nالمضيف: 有事打我电话 {hph}。سأعيد التأمين إلى الحساب {ib}",
            addr=AD(h.addr_cn()), pl=pl_fmt(g), dob=DB(g, "ar"), gph=CP(g, "ar"), gwa=imh(g, "WhatsApp"), hph=CP(h, "plain"), ib=iban_fmt(g))


@layout("duty_free_receipt")
def lay_dutyfree(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s = P.fx()
    items = f"{X(d, article_no())}  Chanel N°5 100ml   1 x 1,180.00\n{X(d, article_no())}  Moutai 53% 500ml  2 x 1,499.00\n"
    fl = f"{pick(('CA', 'SU', 'MS', 'EK', 'HU', 'CZ'))}{R.randint(100, 999)}"
    lbl = {"zh": ("口岸免税店 离境销售单", "旅客", "护照", "签证", "航班", "出生日期", "支付", "手机", "提货联系人"),
           "en": ("DUTY FREE — DEPARTURE SALES RECEIPT", "Traveller", "Passport", "Visa", "Flight", "DOB", "Paid by", "Mobile", "Pick-up contact"),
           "ru": ("Duty Free 口岸免税店 — чек", "Покупатель", "Паспорт", "Виза", "Рейс", "Дата рождения", "Оплата", "Тел.", "Получатель заказа"),
           "ar": ("السوق الحرة — إيصال بيع عند المغادرة / 免税店销售单", "المسافر", "الجواز", "التأشيرة", "الرحلة", "تاريخ الميلاد", "الدفع", "الجوال", "المستلم")}[lang]
    nm = {"zh": lambda s=s: [N(s.cn), " ", N(s.lat_up())], "en": lambda s=s: [N(s.lat_up())], "ru": lambda s=s: [N(s.ru_fi()), " / ", N(s.lat_up())],
          "ar": lambda: [N(s.ar_full), " / ", N(s.lat_up())]}[lang]()
    card = s.card_home()[1] if lang != "zh" else s.card_cn()[1]
    d.f("{t}\nReceipt {rc}   Till 04   {dt}\n{items}TOTAL CNY 4,178.00\n\n{l1}: {nm}\n{l2}: {pp}\n{l3}: {vi}\n{l4}: {fl}\n{l5}: {dob}\n{l6}: {card}\n{l7}: {ph}\n",
        t=lbl[0], rc=X(d, order_no(13)), dt=incident_date().isoformat(), items=items, l1=lbl[1], nm=nm, l2=lbl[2], pp=PP(s.passport()), l3=lbl[3], vi=VI(s.visa()),
        l4=lbl[4], fl=fl, l5=lbl[5], dob=DB(s, lang), l6=lbl[6], card=card_fmt(card, "ar" if lang == "ar" else pick(("space", "plain", "dash"))), l7=lbl[7],
        ph=HP(s, "intl") if lang != "zh" else CP(s, "intl"))
    d.t("Passport swiped at till:\n")
    mrz_block(d, s.mrz())
    c = P.cn()
    d.f("\n{l8}: {cc}, {cph}\nVAT refund to account {ib}\n" + "*" * 30, l8=lbl[8], cc=N(c.cn), cph=CP(c, "plain"), ib=iban_fmt(s, "group"))


@layout("interpreter_invoice")
def lay_interp(d: Doc, lang: str) -> None:
    P = Pool(lang)
    it, cl = P.fx(), P.cn()
    inv = X(d, f"INV-2024-{digits(4)}")
    case = X(d, docket_zh())
    if lang == "zh":
        d.f("翻译服务发票（形式发票）\n编号 {inv}\n\n译员：{ic}（{il}）\n证件：居留许可 {rp}\n地址：{addr}\n电话：{ph}　邮箱：{em}\n\n"
            "客户：{cc}律师（执业证号 {lic}），身份证 {cid}\n案件：{case}\n服务：庭审口译 6 小时 × ¥600 = ¥3,600\n\n收款：{bank} {card}\n或境外账户：{ib}",
            inv=inv, ic=N(it.cn), il=N(native(it)), rp=rp_fmt(it), addr=AD(it.addr_cn()), ph=CP(it), em=EM(it.email()), cc=N(cl.cn), lic=X(d, digits(17, True)),
            cid=idc_fmt(cl), case=case, bank=it.card_cn()[0], card=card_fmt(it.card_cn()[1], "space"), ib=iban_fmt(it))
    elif lang == "en":
        d.f("INVOICE {inv}\n\nFrom: {il}, freelance interpreter (EN<>ZH)\n      {addr}\n      {ph} | {em}\n      Residence permit {rp}\n\n"
            "To:   {cl}, Attorney-at-law (licence {lic}), PRC ID {cid}\nRe:   court hearing, case {case}\n\n  Consecutive interpreting  6 h x RMB 600 ...... 3,600.00\n  Travel                                         ...... 240.00\n\n"
            "Please pay to IBAN {ib}\n(or card {card})", inv=inv, il=N(it.lat()), addr=AD(ADDR_EN(it)), ph=CP(it, "intl"), em=EM(it.email()), rp=rp_fmt(it), cl=N(cl.lat()),
            lic=X(d, digits(17, True)), cid=idc_fmt(cl, "plain"), case=case, ib=iban_fmt(it), card=card_fmt(it.card_home()[1], "space"))
    elif lang == "ru":
        d.f("Счёт № {inv} / 翻译服务发票\n\nИсполнитель: {fio}, устный переводчик (русский–китайский)\nАдрес: {addr}\nТел.: {ph}; e-mail: {em}; ВНЖ {rp}\n\n"
            "Заказчик: адвокат {cc}（执业证 {lic}，身份证 {cid}）\nДело: {case}\nУслуги: перевод в суде, 6 ч × 600 юаней = 3 600 юаней\n\nРеквизиты: IBAN {ib}; карта {card}",
            inv=inv, fio=N(it.ru()), addr=AD(it.addr_cn()), ph=CP(it, "plain"), em=EM(it.email()), rp=rp_fmt(it), cc=N(cl.cn), lic=X(d, digits(17, True)), cid=idc_fmt(cl),
            case=case, ib=iban_fmt(it), card=card_fmt(it.card_home()[1], "plain"))
    else:
        d.f("فاتورة خدمات ترجمة / 翻译服务发票\nرقم {inv}\n\nالمترجم: {ar}\nالعنوان: {addr}\nالهاتف: {ph}، البريد: {em}، تصريح الإقامة {rp}\n\n"
            "العميل: المحامي {cc} (رخصة {lic}، هوية {cid})\nالقضية: {case}\nالخدمة: ترجمة فورية في المحكمة ٦ ساعات × ٦٠٠ يوان\n\nالدفع إلى الحساب {ib} أو البطاقة {card}",
            inv=inv, ar=N(it.ar_full), addr=AD(it.addr_cn()), ph=CP(it, "ar"), em=EM(it.email()), rp=rp_fmt(it), cc=N(cl.cn), lic=X(d, digits(17, True)), cid=idc_fmt(cl),
            case=case, ib=iban_fmt(it), card=card_fmt(it.card_home()[1], "ar"))


@layout("online_loan_application")
def lay_loan(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, e1, e2 = P.fx(), P.cn(), P.fx()
    app = X(d, f"LN{digits(12, True)}")
    L = {"zh": ("网贷借款申请（页面OCR）", "申请单号", "申请人", "出生日期", "永久居留证", "手机", "现住址", "收款银行卡", "还款账户", "车辆", "紧急联系人1", "紧急联系人2", "身份证"),
         "en": ("ONLINE LOAN APPLICATION (screen OCR)", "Application", "Applicant", "Date of birth", "PR ID", "Mobile", "Address", "Payout card", "Repayment IBAN", "Vehicle", "Emergency contact 1", "Emergency contact 2", "ID"),
         "ru": ("Онлайн-заявка на займ (OCR экрана) / 网贷申请", "№ заявки", "Заёмщик", "Дата рождения", "ПМЖ КНР", "Тел.", "Адрес", "Карта для выплаты", "Счёт погашения", "Авто", "Контакт 1", "Контакт 2", "身份证"),
         "ar": ("طلب قرض عبر الإنترنت (OCR للشاشة) / 网贷申请", "رقم الطلب", "المقترض", "تاريخ الميلاد", "الإقامة الدائمة", "الجوال", "العنوان", "بطاقة الصرف", "حساب السداد", "السيارة", "جهة اتصال ١", "جهة اتصال ٢", "الهوية")}[lang]
    nm = {"zh": lambda s=s: N(s.cn), "en": lambda s=s: N(s.lat()), "ru": lambda s=s: N(s.ru()), "ar": lambda s=s: N(s.ar_full)}[lang]()
    e2n = {"zh": lambda: N(e2.cn), "en": lambda: N(e2.lat()), "ru": lambda: N(e2.ru_fi()), "ar": lambda: N(e2.ar_short)}[lang]()
    card = s.card_cn()[1]
    d.f("{t}\n{l1}: {app}\n\n{l2} {nm}\n{l3} {dob}\n{l4} {pr}\n{l5} {ph}\n{l6} {addr}\n{l7} {card}\n{l8} {ib}\n{l9} {pl}\n\n"
        "{l10}: {e1n} | {l13} {e1id} | {e1ph}\n{l11}: {e2n} | {e2ph} | {e2im}\n\nLoan 20,000.00 / 12 months / APR 23.9%   contract {ct}   device IMEI {im}\n",
        t=L[0], l1=L[1], app=app, l2=L[2], nm=nm, l3=L[3], dob=DB(s, lang), l4=L[4], pr=pr_fmt(s, "ocr"), l5=L[5], ph=CP(s, "ocr"), l6=L[6],
        addr=AD(s.addr_cn() if lang != "en" else ADDR_EN(s)), l7=L[7], card=card_fmt(card, pick(("ocr", "space"))), l8=L[8], ib=iban_fmt(s), l9=L[9], pl=pl_fmt(s),
        l10=L[10], e1n=N(e1.cn), l13=L[12], e1id=idc_fmt(e1, "ocr"), e1ph=CP(e1, "plain"), l11=L[11], e2n=e2n, e2ph=HP(e2, "intl"),
        e2im=imh(e2, pick(("Telegram", "WhatsApp", "LINE", "Signal"))), ct=X(d, f"HT{digits(14, True)}"), im=X(d, imei()))
    d.t({"zh": "\n授信结果：审核中。请勿向任何自称客服的人转账。", "en": "\nStatus: under review. Never transfer money to anyone claiming to be our customer service.",
         "ru": "\nСтатус: на рассмотрении. Не переводите деньги «службе поддержки».", "ar": "\nالحالة: قيد المراجعة. لا تحوّل أموالاً لأي شخص يدّعي أنه من خدمة العملاء."}[lang])


@layout("scam_victim_screenshots")
def lay_scam(d: Doc, lang: str) -> None:
    P = Pool(lang)
    v, sc = P.fx(), P.cn()
    ref = X(d, f"{pick(('A', 'J'))}{digits(20)}")
    if lang == "zh":
        d.f("受害人提供的聊天截图（转写）　接警编号 {ref}\n\n①「客服小王」({wx}): 您好，您的账户涉嫌洗钱，需要配合“安全账户”核查\n② 受害人 {vc}: 我是外国人，护照 {pp}，我没有洗钱\n"
            "③「客服小王」: 请把资金转入安全账户 {scard}（户名 {sn}，身份证 {sid}），核查完退回\n④ 受害人: 已转 ¥{amt}，从我的卡 {vcard}\n"
            "⑤「客服小王」: 还要把境外账户 {vib} 的钱也转来\n⑥ 受害人: 我的电话 {vph}，你们为什么不接？\n\n（对方QQ {qq}，已注销；受害人住址 {addr}）",
            ref=ref, wx=imh(sc, "wxid"), vc=N(v.cn), pp=PP(v.passport()), scard=card_fmt(sc.card_cn()[1], "plain"), sn=N(sc.cn), sid=idc_fmt(sc), amt=amount(5000, 90000),
            vcard=card_fmt(v.card_cn()[1], "space"), vib=iban_fmt(v), vph=CP(v), qq=imh(sc, "QQ"), addr=AD(v.addr_cn()))
    elif lang == "en":
        d.f("Screenshots supplied by the victim (transcribed), report ref {ref}\n\n[1] \"Officer Li, Shanghai police\" on Telegram {tg}: your passport {pp} is linked to a fraud case\n"
            "[2] {vl}: that's impossible, I'm a teacher\n[3] \"Officer Li\": move your savings to the safe account {scard}, holder {sn} (ID {sid})\n"
            "[4] {vl2}: I sent RMB {amt} from my card {vcard} and EUR from {vib}\n[5] \"Officer Li\": good. Do not tell anyone. Keep your phone {vph} on.\n\nVictim's address: {addr}; e-mail {em}",
            ref=ref, tg=imh(sc, "Telegram"), pp=PP(v.passport()), vl=N(v.first_lat), scard=card_fmt(sc.card_cn()[1], "space"), sn=N(sc.lat()), sid=idc_fmt(sc, "plain"), vl2=N(v.first_lat),
            amt=amount(5000, 90000), vcard=card_fmt(v.card_home()[1], "space"), vib=iban_fmt(v), vph=CP(v, "intl"), addr=AD(ADDR_EN(v)), em=EM(v.email()))
    elif lang == "ru":
        d.f("Скриншоты переписки потерпевшего (расшифровка), КУСП {ref}\n\n1) «Сотрудник банка» (WhatsApp {wa}): ваш счёт {vib} заблокирован\n2) {vf}: что делать?\n"
            "3) «Сотрудник»: переведите всё на безопасную карту {scard}, получатель {sn}（身份证 {sid}）\n4) {vf2}: перевёл(а) {amt} юаней с карты {vcard}\n"
            "5) «Сотрудник»: продиктуйте паспорт\n6) {vf2}: {pp}, тел. {vph}\n\nАдрес потерпевшего: {addr}",
            ref=ref, wa=imh(P.fx(), "WhatsApp"), vib=iban_fmt(v), vf=N(v.ru_fi()), scard=card_fmt(sc.card_cn()[1], "plain"), sn=N(sc.cn), sid=idc_fmt(sc), vf2=N(v.ru_given()),
            amt=amount(5000, 90000), vcard=card_fmt(v.card_home()[1], "space"), pp=PP(v.passport()), vph=HP(v, "local"), addr=AD(v.addr_cn()))
    else:
        d.f("لقطات شاشة قدّمها الضحية (مفرّغة)، رقم البلاغ {ref}\n\n١) «موظف الجمارك» على واتساب {wa}: طردك محجوز، ادفع الرسوم\n٢) {va}: كم المبلغ؟\n"
            "٣) «الموظف»: حوّل إلى البطاقة {scard} باسم {sn} (هوية {sid})\n٤) {va}: حوّلت {amt} يوان من بطاقتي {vcard} ومن حسابي {vib}\n٥) «الموظف»: أرسل رقم جوازك\n"
            "٦) {va}: {pp}، هاتفي {vph}\n\nعنوان الضحية: {addr}",
            ref=ref, wa=imh(P.fx(), "WhatsApp"), va=N(v.ar_short), scard=card_fmt(sc.card_cn()[1], "plain"), sn=N(sc.cn), sid=idc_fmt(sc), amt=ar_digits(amount(5000, 90000)),
            vcard=card_fmt(v.card_home()[1], "ar"), vib=iban_fmt(v), pp=PP(v.passport()), vph=CP(v, "ar"), addr=AD(v.addr_cn()))


def nm_of(p: Person, lang: str) -> tuple:
    """The name of p the way a document in lang writes it first."""
    if lang == "ru" and p.script == "cyr":
        return N(p.ru())
    if lang == "ar" and p.script == "ar":
        return N(p.ar_full)
    if lang == "zh":
        return N(p.cn)
    return N(p.lat())


@layout("qr_payment_dispute")
def lay_qr(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, m = P.fx(), P.cn()
    tx = X(d, txn_no())
    mid = X(d, f"{digits(15, True)}")
    T = {"zh": "扫码支付争议申请\n交易单号：{tx}\n商户号：{mid}\n\n申请人：{nm}（居留许可{rp}，永居证{pr}）\n出生日期：{dob}\n手机：{ph}　邮箱：{em}\n住址：{addr}\n"
               "争议说明：本人在停车场扫码缴费，车辆{pl}，被扣款两次共¥{amt}。扣款卡：{card}。\n商户联系人：{mc}，电话{mph}，身份证{mid2}\n请将多扣款项退回，或退至本人境外账户 {ib}。",
         "en": "QR PAYMENT DISPUTE\nTransaction: {tx}\nMerchant ID: {mid}\n\nClaimant: {nm} (residence permit {rp}; PR card {pr})\nDOB: {dob}\nPhone: {ph}    Email: {em}\nAddress: {addr}\n"
               "What happened: I scanned the parking QR code for my car {pl} and was charged twice, RMB {amt} in total, on card {card}.\nMerchant contact: {mc}, tel. {mph}, ID {mid2}\nPlease refund the duplicate charge (or to IBAN {ib}).",
         "ru": "Спор по оплате QR-кодом / 扫码支付争议\nТранзакция: {tx}\nID продавца: {mid}\n\nЗаявитель: {nm} (ВНЖ {rp}; ПМЖ {pr})\nДата рождения: {dob}\nТел.: {ph}; e-mail: {em}\nАдрес: {addr}\n"
               "Суть: при оплате парковки за автомобиль {pl} списано дважды, всего {amt} юаней, с карты {card}.\nКонтакт продавца: {mc}, тел. {mph}, 身份证 {mid2}\nПрошу вернуть лишнее на карту или на счёт {ib}.",
         "ar": "اعتراض على دفع برمز QR / 扫码支付争议\nرقم العملية: {tx}\nرقم التاجر: {mid}\n\nمقدّم الطلب: {nm} (تصريح الإقامة {rp}، الإقامة الدائمة {pr})\nتاريخ الميلاد: {dob}\nالهاتف: {ph}، البريد: {em}\nالعنوان: {addr}\n"
               "التفاصيل: دفعت رسوم موقف سيارتي {pl} فخُصم المبلغ مرتين، المجموع {amt} يوان، من البطاقة {card}.\nجهة اتصال التاجر: {mc}، هاتف {mph}، هوية {mid2}\nأرجو استرداد المبلغ المكرر أو تحويله إلى الحساب {ib}."}[lang]
    d.f(T, tx=tx, mid=mid, nm=nm_of(s, lang), rp=rp_fmt(s), pr=pr_fmt(s), dob=DB(s, lang), ph=CP(s, "ar" if lang == "ar" else None), em=EM(s.email()),
        addr=AD(ADDR_EN(s) if lang == "en" else s.addr_cn()), pl=pl_fmt(s), amt=amount(20, 400), card=card_fmt(s.card_cn()[1]), mc=N(m.cn if lang != "en" else m.lat()),
        mph=CP(m, "plain"), mid2=idc_fmt(m), ib=iban_fmt(s))


@layout("repatriation_form")
def lay_repat(d: Doc, lang: str) -> None:
    P = Pool(lang)
    dec, kin = P.fx(), P.fx(nat3=None)
    cert = X(d, f"死亡医学证明 No.{digits(10, True)}")
    T = {"zh": "遗体运送出境申请表\n{cert}\n\n逝者：{dn}（{dl}）\n出生日期：{dob}\n护照：{pp}　签证：{vi}　居留许可：{rp}\n生前住址：{addr}\n逝者护照机读区：\n",
         "en": "APPLICATION FOR REPATRIATION OF REMAINS\n{cert}\n\nDeceased: {dn} ({dl})\nDate of birth: {dob}\nPassport: {pp}    Visa: {vi}    Residence permit: {rp}\nLast address in China: {addr}\nMRZ of deceased's passport:\n",
         "ru": "Заявление о перевозке тела за границу / 遗体运送出境申请表\n{cert}\n\nУмерший(ая): {dn} ({dl})\nДата рождения: {dob}\nПаспорт: {pp}; виза: {vi}; ВНЖ: {rp}\nАдрес в Китае: {addr}\nМЧЗ паспорта умершего:\n",
         "ar": "طلب نقل جثمان إلى الخارج / 遗体运送出境申请表\n{cert}\n\nالمتوفى: {dn} ({dl})\nتاريخ الميلاد: {dob}\nالجواز: {pp}، التأشيرة: {vi}، تصريح الإقامة: {rp}\nآخر عنوان في الصين: {addr}\nالمنطقة المقروءة آلياً من جواز المتوفى:\n"}[lang]
    d.f(T, cert=cert, dn=nm_of(dec, lang), dl=N(dec.lat_up() if lang != "en" else dec.cn), dob=DB(dec, lang), pp=PP(dec.passport()), vi=VI(dec.visa()), rp=rp_fmt(dec),
        addr=AD(ADDR_EN(dec) if lang == "en" else dec.addr_cn()))
    mrz_block(d, dec.mrz())
    T2 = {"zh": "\n\n申请人（亲属）：{kn}，护照{kpp}，电话{kph}，邮箱{kem}\n境外住址：{kh}\n费用由申请人账户{ib}支付。殡仪馆运输车 {pl}，航空运单号 {awb}。",
          "en": "\n\nApplicant (next of kin): {kn}, passport {kpp}, tel. {kph}, e-mail {kem}\nHome address: {kh}\nCosts paid from applicant's account {ib}. Funeral-home van {pl}; air waybill {awb}.",
          "ru": "\n\nЗаявитель (родственник): {kn}, паспорт {kpp}, тел. {kph}, e-mail {kem}\nАдрес на родине: {kh}\nОплата со счёта {ib}. Катафалк {pl}; авианакладная {awb}.",
          "ar": "\n\nمقدّم الطلب (من الأقارب): {kn}، جواز {kpp}، هاتف {kph}، بريد {kem}\nالعنوان في البلد الأصلي: {kh}\nتُدفع التكاليف من الحساب {ib}. سيارة دار الجنازات {pl}؛ بوليصة الشحن الجوي {awb}."}[lang]
    d.f(T2, kn=nm_of(kin, lang), kpp=PP(kin.passport()), kph=HP(kin, "intl"), kem=EM(kin.email()), kh=AD(kin.addr_home()), ib=iban_fmt(kin), pl=pl_fmt(P.cn()),
        awb=X(d, f"{digits(3, True)}-{digits(8)}"))


@layout("lost_passport_affidavit")
def lay_lostpp(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s = P.fx()
    T = {"zh": "护照遗失声明（具结书）\n\n本人{nm}（{lat}），{dob}出生，持有护照{pp}、签证{vi}、居留许可{rp}、永久居留身份证{pr}，现住{addr}。"
               "本人于{dt}在地铁上遗失护照，现郑重声明该护照作废。遗失报告回执号 {rc}。\n联系方式：{ph}；{em}\n遗失护照复印件机读区：\n",
         "en": "AFFIDAVIT OF LOSS OF PASSPORT\n\nI, {nm}, born {dob}, solemnly declare that my passport {pp} (with visa {vi}, residence permit {rp} and PR card {pr}) "
               "was lost on {dt} while travelling on the metro. I live at {addr}. Police loss receipt {rc}.\nContact: {ph}; {em}\nMRZ from the photocopy of the lost passport:\n",
         "ru": "Заявление об утрате паспорта / 护照遗失声明\n\nЯ, {nm}, {dob} г.р., заявляю, что {dt} в метро утерял(а) паспорт {pp} (виза {vi}, ВНЖ {rp}, ПМЖ {pr}). "
               "Проживаю: {addr}. Справка полиции № {rc}.\nКонтакты: {ph}; {em}\nМЧЗ с ксерокопии утерянного паспорта:\n",
         "ar": "إقرار بفقدان جواز السفر / 护照遗失声明\n\nأقرّ أنا {nm}، المولود في {dob}، بأن جواز سفري رقم {pp} (مع التأشيرة {vi} وتصريح الإقامة {rp} والإقامة الدائمة {pr}) فُقد بتاريخ {dt} في المترو. "
               "أقيم في {addr}. رقم إيصال البلاغ {rc}.\nللتواصل: {ph}؛ {em}\nالمنطقة المقروءة آلياً من صورة الجواز المفقود:\n"}[lang]
    dt_ = incident_date()
    d.f(T, nm=nm_of(s, lang), lat=N(s.lat_up()), dob=DB(s, lang), pp=PP(s.passport()), vi=VI(s.visa()), rp=rp_fmt(s), pr=pr_fmt(s),
        addr=AD(ADDR_EN(s) if lang == "en" else s.addr_cn()), dt=zhd(dt_) if lang == "zh" else dt_.strftime("%d.%m.%Y"), rc=X(d, f"YS{digits(12, True)}"),
        ph=CP(s, "ar" if lang == "ar" else None), em=EM(s.email()))
    mrz_block(d, s.mrz())
    d.f("\n\n(OCR of the damaged copy, unreadable: {g})\n{sig}", g=X(d, mrz_garbage()), sig=N(s.lat_up()))


@layout("restaurant_reservation_log")
def lay_resto(d: Doc, lang: str) -> None:
    P = Pool(lang)
    head = {"zh": "海底捞（{city}店）预订登记 — 包间/大厅\n时间 · 人数 · 订位人 · 电话 · 备注\n", "en": "THE RED LANTERN ({city}) — RESERVATIONS BOOK\ntime · pax · name · phone · notes\n",
            "ru": "Ресторан «Байкал» ({city}) — журнал бронирования / 订餐登记\nвремя · чел. · имя · телефон · примечание\n",
            "ar": "مطعم «الياسمين» ({city}) — سجل الحجوزات / 订餐登记\nالوقت · الأشخاص · الاسم · الهاتف · ملاحظات\n"}[lang]
    first = P.fx()
    d.f(head, city=first.city if lang == "zh" else CITY_EN[first.city])
    for i in range(5):
        s = first if i == 0 else (P.cn() if i == 3 else P.fx())
        nm = nm_of(s, lang) if i != 2 else N(s.lat() if s.script != "cn" else s.cn)
        ph = CP(s, pick(("plain", "space", "spoken", "dash"))) if (s.chinese or chance(0.5)) else HP(s)
        note = pick((["生日蛋糕，生日 ", DB(s, lang)], ["车 ", pl_fmt(s), " 需要车位"], ["邮件确认 ", EM(s.email())], ["IM ", imh(s, pick(("WeChat", "QQ", "Xiaohongshu", "Douyin")))],
                     ["定金已付 卡号 ", card_fmt(s.card_cn()[1], "space")]))
        d.f("{t} · {n} · {nm} · {ph} · {note}\n", t=f"{R.randint(11, 21)}:{pick(('00', '15', '30', '45'))}", n=R.randint(2, 14), nm=nm, ph=ph, note=note)
    d.f("\nTable 8 deposit slip {sl}; POS batch {bt}. VIP guest's PR card {pr} kept on file, residence permit {rp}, address for invoice {addr}.",
        sl=X(d, order_no(12)), bt=X(d, lot()), pr=pr_fmt(first), rp=rp_fmt(first), addr=AD(first.addr_cn()))


@layout("coworking_contract")
def lay_cowork(d: Doc, lang: str) -> None:
    P = Pool(lang)
    m, op = P.fx(), P.cn()
    uscc = X(d, "91" + digits(6) + "MA" + letters(1) + digits(6) + letters(1))
    T = {"zh": "联合办公空间 会员服务协议\n协议号 {no}\n\n甲方：{opn}（运营方代表，身份证 {oid}，统一社会信用代码 {uscc}）\n乙方：{nm}（{lat}）\n乙方证件：永久居留证 {pr}；签证 {vi}\n"
               "乙方电话：{ph}；邮箱：{em}；微信：{im}\n乙方通讯地址：{addr}\n\n工位：A区 固定工位 07号，月费 ¥1,800；押金从乙方账户 {ib} 扣划。门禁卡号 {door}。\n甲方：{opn2}　　乙方：{sig}",
         "en": "CO-WORKING MEMBERSHIP AGREEMENT\nAgreement {no}\n\nOperator: represented by {opn} (PRC ID {oid}; company USCC {uscc})\nMember: {nm}\nMember's PR card: {pr}; visa: {vi}\n"
               "Phone: {ph}; e-mail: {em}; Telegram: {im}\nPostal address: {addr}\n\nHot desk, RMB 1,800 per month; deposit debited from IBAN {ib}. Access card {door}.\nSigned {opn2} / {sig}",
         "ru": "Договор коворкинга / 联合办公协议\n№ {no}\n\nОператор: {opn}（身份证 {oid}，信用代码 {uscc}）\nУчастник: {nm}\nПМЖ: {pr}; виза: {vi}\nТел.: {ph}; e-mail: {em}; Telegram: {im}\n"
               "Почтовый адрес: {addr}\n\nРабочее место № 07, 1 800 юаней в месяц; залог списывается со счёта {ib}. Карта доступа {door}.\nПодписи: {opn2} / {sig}",
         "ar": "عقد عضوية مساحة عمل مشتركة / 联合办公协议\nرقم {no}\n\nالمشغّل: {opn} (هوية {oid}، رمز الائتمان {uscc})\nالعضو: {nm}\nالإقامة الدائمة: {pr}؛ التأشيرة: {vi}\nالهاتف: {ph}؛ البريد: {em}؛ واتساب: {im}\n"
               "العنوان البريدي: {addr}\n\nمكتب رقم ٠٧ بـ ١٨٠٠ يوان شهرياً؛ يُخصم التأمين من الحساب {ib}. بطاقة الدخول {door}.\nالتوقيع: {opn2} / {sig}"}[lang]
    plat = {"zh": "WeChat", "en": "Telegram", "ru": "Telegram", "ar": "WhatsApp"}[lang]
    d.f(T, no=X(d, f"CW{digits(8, True)}"), opn=N(op.cn if lang != "en" else op.lat()), oid=idc_fmt(op), uscc=uscc, nm=nm_of(m, lang), lat=N(m.lat_up()), pr=pr_fmt(m), vi=VI(m.visa()),
        ph=CP(m, "ar" if lang == "ar" else None), em=EM(m.email()), im=imh(m, plat), addr=AD(m.addr_home() if lang != "zh" else m.addr_cn()), ib=iban_fmt(m),
        door=X(d, digits(10, True)), opn2=N(op.cn if lang != "en" else op.lat()), sig=N(m.lat_up() if lang != "ar" else m.ar_short))


@layout("donation_receipt")
def lay_donation(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, c = P.fx(), P.cn()
    T = {"zh": "公益捐赠收据\n收据编号 {no}（财政票据监制章）\n\n捐赠人：{nm}\n英文名：{lat}\n证件：永久居留证 {pr}　居留许可 {rp}\n联系电话：{ph}\n电子邮箱：{em}\n地址：{addr}\n"
               "捐赠金额：人民币 {amt} 元（大写：略）\n支付方式：银行卡 {card} / 境外汇款 {ib}\n经办人：{cn}（身份证 {cid}）",
         "en": "DONATION RECEIPT\nReceipt no. {no}\n\nReceived with thanks from {nm}\nPR card {pr}; residence permit {rp}\nTel. {ph}    E-mail {em}\nAddress {addr}\n"
               "the sum of RMB {amt} for the flood relief appeal.\nPayment: card {card}; wire from {ib}\nIssued by {cn} (ID {cid})",
         "ru": "Квитанция о пожертвовании / 公益捐赠收据\n№ {no}\n\nЖертвователь: {nm} ({lat})\nПМЖ {pr}; ВНЖ {rp}\nТел. {ph}; e-mail {em}\nАдрес: {addr}\n"
               "Сумма: {amt} юаней на помощь пострадавшим от наводнения.\nОплата: карта {card}; перевод со счёта {ib}\nПринял(а): {cn}（身份证 {cid}）",
         "ar": "إيصال تبرع / 公益捐赠收据\nرقم {no}\n\nالمتبرع: {nm} ({lat})\nالإقامة الدائمة {pr}؛ تصريح الإقامة {rp}\nالهاتف {ph}؛ البريد {em}\nالعنوان: {addr}\n"
               "المبلغ: {amt} يوان لإغاثة متضرري الفيضانات.\nالدفع: بطاقة {card}؛ تحويل من الحساب {ib}\nالمستلم: {cn} (هوية {cid})"}[lang]
    d.f(T, no=X(d, f"No.{digits(8)}"), nm=nm_of(s, lang), lat=N(s.lat_up()), pr=pr_fmt(s), rp=rp_fmt(s), ph=CP(s, "ar" if lang == "ar" else None), em=EM(s.email()),
        addr=AD(ADDR_EN(s) if lang == "en" else s.addr_cn()), amt=ar_digits(amount(100, 20000)) if lang == "ar" else amount(100, 20000),
        card=card_fmt(s.card_cn()[1] if lang == "zh" else s.card_home()[1]), ib=iban_fmt(s), cn=N(c.cn if lang != "en" else c.lat()), cid=idc_fmt(c))
    d.t({"zh": "\n本收据可作为个人所得税税前扣除凭证。", "en": "\nThis receipt may be used for tax deduction purposes.",
         "ru": "\nКвитанция может использоваться для налогового вычета.", "ar": "\nيمكن استخدام هذا الإيصال لأغراض الخصم الضريبي."}[lang])


@layout("fishing_crew_list")
def lay_crew(d: Doc, lang: str) -> None:
    P = Pool(lang)
    vessel = f"{pick(('辽大渔', '鲁荣渔', '浙岱渔'))}{digits(5, True)}"
    head = {"zh": "渔船船员名单（出港报备）\n船名：{v}　船籍港：大连　IMO {imo}\n", "en": "FISHING VESSEL CREW LIST (port departure)\nVessel {v}   IMO {imo}\n",
            "ru": "Судовая роль рыболовного судна / 渔船船员名单\nСудно {v}, IMO {imo}\n", "ar": "قائمة طاقم سفينة الصيد / 渔船船员名单\nالسفينة {v}، IMO {imo}\n"}[lang]
    d.f(head + "+----+------------------------+-------------+-------------+-----------+\n", v=vessel, imo=X(d, digits(7, True)))
    for i in range(4):
        s = P.fx()
        d.f("| {i:02d} | {nm} | {pp} | {doc} | {dob} |  seaman's book {sb}\n", i=i + 1, nm=nm_of(s, lang), pp=PP(s.passport()),
            doc=VI(s.visa()) if i % 2 == 0 else rp_fmt(s), dob=DB(s, lang), sb=X(d, f"SB{digits(7)}"))
    c = P.cn()
    d.f("+----+------------------------+-------------+-------------+-----------+\n{cap}: {cn}, ID {cid}, tel {cph}; crew bus {pl}\nAgent address: {addr}; agent e-mail {em}",
        cap={"zh": "船长", "en": "Master", "ru": "Капитан", "ar": "الربان"}[lang], cn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"), pl=pl_fmt(c), addr=AD(c.addr_cn()), em=EM(c.email()))


@layout("pawn_shop_ticket")
def lay_pawn(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s, c = P.fx(), P.cn()
    T = {"zh": "典当行 当票（存根联）\n当票号 {no}\n当户：{nm}　证件：永久居留证 {pr}\n电话：{ph}　住址：{addr}\n"
               "当物：iPhone 15 Pro 一部，IMEI {imei}；劳力士手表一块，表号 {ser}\n当金：¥{amt}　月息 2.5%　期限 30 天\n放款至当户银行卡 {card}\n当户车辆抵押：{pl}\n续当息可由境外账户 {ib} 汇付\n经办：{cn}（身份证 {cid}）",
         "en": "PAWN TICKET (customer copy)\nTicket {no}\nPledgor: {nm}    PR card: {pr}\nTel: {ph}    Address: {addr}\n"
               "Pledged: iPhone 15 Pro, IMEI {imei}; Rolex watch, serial {ser}\nLoan: RMB {amt} at 2.5% per month, 30 days\nPaid out to card {card}\nVehicle pledged: {pl}\nRenewal interest may be wired from {ib}\nClerk: {cn} (ID {cid})",
         "ru": "Залоговый билет ломбарда / 当票\n№ {no}\nЗалогодатель: {nm}; ПМЖ {pr}\nТел.: {ph}; адрес: {addr}\n"
               "Предмет залога: iPhone 15 Pro, IMEI {imei}; часы Rolex, № {ser}\nСумма: {amt} юаней, 2,5 % в месяц, 30 дней\nВыплачено на карту {card}\nАвто в залоге: {pl}\nПроценты можно перевести со счёта {ib}\nОформил: {cn}（身份证 {cid}）",
         "ar": "تذكرة رهن / 当票\nرقم {no}\nالراهن: {nm}؛ الإقامة الدائمة {pr}\nالهاتف: {ph}؛ العنوان: {addr}\n"
               "المرهون: آيفون ١٥ برو، IMEI {imei}؛ ساعة رولكس رقم {ser}\nالمبلغ: {amt} يوان بفائدة ٢٫٥٪ شهرياً لمدة ٣٠ يوماً\nصُرف إلى البطاقة {card}\nسيارة مرهونة: {pl}\nيمكن دفع الفوائد من الحساب {ib}\nالموظف: {cn} (هوية {cid})"}[lang]
    d.f(T, no=X(d, f"DP{digits(9, True)}"), nm=nm_of(s, lang), pr=pr_fmt(s), ph=CP(s, "ar" if lang == "ar" else None), addr=AD(ADDR_EN(s) if lang == "en" else s.addr_cn()),
        imei=X(d, imei()), ib=iban_fmt(s), ser=X(d, f"{letters(1)}{digits(6)}"), amt=amount(2000, 30000), card=card_fmt(s.card_cn()[1]), pl=pl_fmt(s), cn=N(c.cn if lang != "en" else c.lat()),
        cid=idc_fmt(c))
    d.t({"zh": "\n注意：当户须凭本当票及有效证件赎当；逾期五日未赎当亦未续当的视为绝当，典当行有权处分当物；当票遗失须立即挂失。",
         "en": "\nRedeem with this ticket and valid ID. Items not redeemed or renewed within five days after expiry are forfeited.",
         "ru": "\nВыкуп по билету и документу. Через пять дней после срока невыкупленные вещи переходят ломбарду.",
         "ar": "\nيُسترد الرهن بهذه التذكرة ووثيقة سارية؛ وبعد خمسة أيام من انتهاء المدة يصبح الرهن ملكاً للمحل."}[lang])


@layout("number_portability_form")
def lay_port(d: Doc, lang: str) -> None:
    P = Pool(lang)
    s = P.fx()
    T = {"zh": "携号转网申请表\n授权码：{code}\n\n机主姓名：{nm}（{lat}）\n证件类型：外国人永久居留身份证\n证件号码：{pr}\n居留许可：{rp}\n出生日期：{dob}\n携转号码：{ph}\n"
               "原运营商：中国联通 → 新运营商：中国移动\n通知邮箱：{em}\n装机地址：{addr}\n证件机读区（营业厅扫描）：\n",
         "en": "MOBILE NUMBER PORTABILITY REQUEST\nAuthorisation code: {code}\n\nAccount holder: {nm}\nID type: Foreign Permanent Resident ID\nID no.: {pr}\nResidence permit: {rp}\nDate of birth: {dob}\nNumber to port: {ph}\n"
               "From: China Unicom  To: China Mobile\nNotification e-mail: {em}\nService address: {addr}\nPassport MRZ (scanned in store):\n",
         "ru": "Заявление о переносе номера / 携号转网申请表\nКод авторизации: {code}\n\nАбонент: {nm}\nПМЖ КНР: {pr}\nВНЖ: {rp}\nДата рождения: {dob}\nПереносимый номер: {ph}\n"
               "Оператор: China Unicom → China Mobile\nE-mail: {em}\nАдрес: {addr}\nМЧЗ паспорта (скан в салоне):\n",
         "ar": "طلب نقل رقم الجوال / 携号转网申请表\nرمز التفويض: {code}\n\nصاحب الرقم: {nm}\nالإقامة الدائمة: {pr}\nتصريح الإقامة: {rp}\nتاريخ الميلاد: {dob}\nالرقم المنقول: {ph}\n"
               "من: China Unicom إلى: China Mobile\nالبريد: {em}\nالعنوان: {addr}\nالمنطقة المقروءة آلياً (مسح في المتجر):\n"}[lang]
    d.f(T, code=X(d, letters(2) + digits(6)), nm=nm_of(s, lang), lat=N(s.lat_up()), pr=pr_fmt(s), rp=rp_fmt(s), dob=DB(s, lang), ph=CP(s, "ar" if lang == "ar" else None),
        em=EM(s.email()), addr=AD(ADDR_EN(s) if lang == "en" else s.addr_cn()))
    mrz_block(d, s.mrz())
    c = P.cn()
    d.f("\n\n代办人 / agent: {cn}, ID {cid}, tel {cph}\nOld SIM ICCID {icc} — destroyed. 话费余额退至 {card} / balance refund IBAN {ib}", ib=iban_fmt(s), cn=N(c.cn), cid=idc_fmt(c), cph=CP(c, "plain"),
        icc=X(d, "8986" + digits(16)), card=card_fmt(s.card_cn()[1]))


@layout("farm_worker_roster")
def lay_farm(d: Doc, lang: str) -> None:
    P = Pool(lang)
    head = {"zh": "{city}蓝莓种植基地 季节工花名册（制表符分隔导出）\n序号\t姓名\t出生日期\t证件\t手机\t通讯\n",
            "en": "BLUEBERRY FARM ({city}) — SEASONAL WORKERS ROSTER (tab-separated export)\nno\tname\tdob\tdocument\tmobile\tmessenger\n",
            "ru": "Список сезонных рабочих фермы ({city}) / 季节工花名册 (экспорт TSV)\n№\tФИО\tдата рожд.\tдокумент\tтел.\tмессенджер\n",
            "ar": "كشف العمال الموسميين في مزرعة ({city}) / 季节工花名册 (تصدير TSV)\nالرقم\tالاسم\tتاريخ الميلاد\tالوثيقة\tالجوال\tالتواصل\n"}[lang]
    boss = P.cn()
    d.f(head, city=boss.city if lang == "zh" else CITY_EN[boss.city])
    plats = {"zh": ("WeChat", "Zalo", "KakaoTalk", "Douyin"), "en": ("WhatsApp", "Signal", "Facebook", "TikTok"),
             "ru": ("Telegram", "VK", "WhatsApp", "Telegram"), "ar": ("WhatsApp", "imo", "Telegram", "Instagram")}[lang]
    for i in range(4):
        s = P.fx()
        docv = (VI(s.visa()), rp_fmt(s), pr_fmt(s), VI(s.visa()))[i]
        d.f("{i}\t{nm}\t{dob}\t{doc}\t{ph}\t{im}\n", i=i + 1, nm=nm_of(s, lang), dob=DB(s, lang), doc=docv,
            ph=HP(s) if i % 2 else CP(s, "ar" if lang == "ar" else None), im=imh(s, plats[i]))
    d.f({"zh": "\n基地负责人：{b}，身份证 {bid}，电话 {bph}；接送大巴 {pl}\n宿舍地址：{addr}\n工资代发卡 {card}，工资单批次 {bt}",
         "en": "\nFarm manager: {b}, ID {bid}, tel. {bph}; staff bus {pl}\nDormitory: {addr}\nWages paid via card {card}; payroll batch {bt}",
         "ru": "\nУправляющий: {b}（身份证 {bid}）, тел. {bph}; автобус {pl}\nОбщежитие: {addr}\nЗарплата на карту {card}; ведомость {bt}",
         "ar": "\nمدير المزرعة: {b}، هوية {bid}، هاتف {bph}؛ حافلة العمال {pl}\nالسكن: {addr}\nتُصرف الأجور عبر البطاقة {card}؛ دفعة الرواتب {bt}"}[lang],
        b=N(boss.cn if lang != "en" else boss.lat()), bid=idc_fmt(boss), bph=CP(boss, "plain"), pl=pl_fmt(boss), addr=AD(boss.addr_cn()),
        card=card_fmt(boss.card_cn()[1]), bt=X(d, f"PAY{digits(8)}"))


# ----------------------------------------------------------------------------------------------
# validation (per-document checks come from family L's validate_doc; family M adds decoys and set checks)
# ----------------------------------------------------------------------------------------------
def validate_decoys(rec: dict, meta: list) -> None:
    """Every decoy stands in the text outside all spans and is never itself an annotated value."""
    text, spans = rec["text"], rec["spans"]
    values = {sp["value"] for sp in spans}
    for kind, s in meta:
        if kind != "decoy":
            continue
        assert s in text, (rec["id"], "decoy missing", s)
        assert s not in values, (rec["id"], "decoy annotated", s)
        free = [m for m in re.finditer(re.escape(s), text)
                if all(m.end() <= sp["start"] or sp["end"] <= m.start() for sp in spans)]
        assert free, (rec["id"], "decoy only inside spans", s)


def build() -> list[dict]:
    per_lang: Counter = Counter()
    recs = []
    for name, fn in LAYOUTS:
        for lang in LANGS:
            d = Doc()
            fn(d, lang)
            per_lang[lang] += 1
            rec = {"id": f"{FAMILY}-{lang}-{per_lang[lang]:03d}", "lang": lang, "family": FAMILY, "layout": name,
                   "text": d.text(), "spans": d.spans}
            validate_doc(rec, d.meta)
            validate_decoys(rec, d.meta)
            assert sum(1 for k, _ in d.meta if k == "decoy") >= 1, (rec["id"], "no decoy")
            recs.append(rec)
    return recs


def report(recs: list[dict]) -> dict:
    by_type = Counter(sp["type"] for r in recs for sp in r["spans"])
    by_lang = Counter(r["lang"] for r in recs)
    by_layout = Counter(r["layout"] for r in recs)
    lang_type: defaultdict = defaultdict(Counter)
    for r in recs:
        for sp in r["spans"]:
            lang_type[r["lang"]][sp["type"]] += 1
    return {"by_type": by_type, "by_lang": by_lang, "by_layout": by_layout, "lang_type": lang_type}


EARLIER_LAYOUTS = {  # families J, K and L: none of these kinds may come back in M
    "accident_form", "arabic_passage", "ascii_table", "bank_transfer_receipt", "bare_names_narrative", "call_110_transcript",
    "carrier_reply_letter", "case_transfer_memo", "chat_export", "consular_notification", "csv_export", "email_thread",
    "entry_exit_query", "handwritten_note", "hotel_printout", "interpreter_notes", "json_export", "kv_audit_log", "ocr_form",
    "passport_ocr_mrz", "people_list", "police_incident_log", "rental_registration", "russian_passage", "sms_screenshots",
    "social_media_post", "visa_permit_review", "witness_first_person", "xml_export", "yaml_keys",
    "account_freeze_request", "apology_pledge", "assist_bulletin", "bail_guarantee", "car_rental_contract",
    "community_visit_record", "courier_waybill", "employment_contract", "flight_manifest", "forwarded_wechat_quote",
    "html_snippet", "iou_note", "lineup_identification", "lost_property_report", "markdown_report", "mediation_agreement",
    "medical_certificate", "penalty_decision", "phone_forensics_contacts", "phone_recycle_ticket", "qa_transcript",
    "ride_hailing_receipt", "secondhand_trade_chat", "seizure_list", "signin_sheet", "sim_registration_receipt",
    "student_roster", "traffic_violation_notice", "video_comments", "voice_transcript_spoken",
    "school_enrolment_form", "hospital_admission_slip", "insurance_claim", "property_visitor_log", "gym_membership",
    "airline_complaint", "lawyer_meeting_request", "customs_declaration", "visa_extension_questionnaire",
    "embassy_guarantee_letter", "marriage_registration", "translation_certificate", "parcel_customs_hold",
    "bikeshare_dispute", "marketplace_seller_profile", "dating_app_report", "landlord_group_chat", "job_agency_cv",
    "exchange_nomination", "business_cards_scan", "meeting_minutes", "order_dispute", "phone_bill_text",
    "tax_residency_certificate", "bus_ticket_check", "game_ban_appeal", "pet_boarding_form", "crowdfunding_page",
    "tenant_checkin_sms", "vaccination_certificate",
}
MIN_PER_TYPE = 50


def check_set(recs: list[dict], rep: dict) -> None:
    assert len(EARLIER_LAYOUTS) == 90, len(EARLIER_LAYOUTS)
    assert len(recs) == 120, len(recs)
    assert all(rep["by_lang"][lg] == 30 for lg in LANGS), rep["by_lang"]
    assert len({r["id"] for r in recs}) == 120
    assert all(re.fullmatch(rf"{FAMILY}-(zh|en|ru|ar)-\d{{3}}", r["id"]) and r["family"] == FAMILY for r in recs)
    assert len(LAYOUTS) == 30 and len({n for n, _ in LAYOUTS}) == 30, [n for n, _ in LAYOUTS]
    assert len(rep["by_layout"]) == 30, rep["by_layout"]
    assert not set(rep["by_layout"]) & EARLIER_LAYOUTS, set(rep["by_layout"]) & EARLIER_LAYOUTS
    for name in rep["by_layout"]:
        assert sorted(r["lang"] for r in recs if r["layout"] == name) == sorted(LANGS), name
    for lg in LANGS:
        missing = [t for t in TYPES if rep["lang_type"][lg][t] == 0]
        assert not missing, (lg, missing)
    low = {t: rep["by_type"][t] for t in TYPES if rep["by_type"][t] < MIN_PER_TYPE}
    assert not low, low


def main() -> None:
    recs = build()
    rep = report(recs)
    print(f"{'type':22s} " + " ".join(f"{lg:>4s}" for lg in LANGS) + "  total")
    for t in TYPES:
        print(f"{t:22s} " + " ".join(f"{rep['lang_type'][lg][t]:4d}" for lg in LANGS) + f"  {rep['by_type'][t]:5d}")
    print(f"{'all spans':22s} " + " ".join(f"{sum(rep['lang_type'][lg].values()):4d}" for lg in LANGS)
          + f"  {sum(rep['by_type'].values()):5d}")
    print("documents per language:", dict(rep["by_lang"]))
    print("documents per layout:")
    for name, n in rep["by_layout"].items():
        print(f"  {name:34s} {n}")
    lens = [len(r["text"]) for r in recs]
    nsp = [len(r["spans"]) for r in recs]
    print(f"text length {min(lens)}-{max(lens)} chars, spans per document {min(nsp)}-{max(nsp)}")
    check_set(recs, rep)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {OUT}")


if __name__ == "__main__":
    main()
