#!/usr/bin/env python3
"""Write the held-out synthetic PII evaluation family L (L11): 120 documents.

Everything here is invented: people, addresses, accounts and document numbers are random and
merely pass their checksums (GB 11643 MOD 11-2, Luhn, ISO 13616 mod-97, ICAO 9303 7-3-1).

    python3 scripts/make_pii_heldout_l.py            # writes eval/data/pii_heldout_l.jsonl

Python 3 standard library only; fixed seed 4127, so the output is byte-for-byte deterministic.
30 documents each in "zh", "en", "ru" (Russian mixed with Chinese) and "ar" (Arabic mixed with
Chinese), 30 layouts x 4 documents (one per language); none of the 30 layout kinds was used by
families J or K.  The script checks its own output with
assertions (offsets, overlaps, checksums, unannotated copies of values, counts) before writing.
"""
# The templates below are long lines of multilingual document text, kept whole so they read as documents.
# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_pii_heldout_k as _k
from make_pii_heldout_k import (
    AD,
    BC,
    CITY_EN,
    CN_COMPOUNDS,
    CN_MOBILE_PREFIX,
    COUNTRY,
    DOB,
    EM,
    IB,
    IDC,
    IM,
    LANG_ZH,
    LANGS,
    MONTH_WORDS,
    PH,
    PL,
    PP,
    PR,
    RP,
    STATION,
    TITLES,
    TYPES,
    VI,
    Doc,
    N,
    Person,
    Pool,
    alnum,
    ar_digits,
    badge,
    chance,
    cn_int,
    covered,
    digits,
    fmt_card,
    fmt_cn_mobile,
    fullwidth,
    gen_card,
    gen_cn_landline,
    gen_cn_mobile_raw,
    gen_foreign_phone,
    group4,
    iban_ok,
    incident_date,
    letters,
    luhn_complete,
    luhn_ok,
    mod11_2,
    mrz_block,
    mrz_pair_ok,
    nat_en,
    nat_zh,
    norm_digits,
    pick,
    pr_ok,
    report,
    sex_zh,
    zh_intro,
    zh_ref,
    zhd,
)

SEED = 4127
FAMILY = "L11"
OUT = Path(__file__).resolve().parent.parent / "eval" / "data" / "pii_heldout_l.jsonl"

# Family K's generators draw from their module's ``R``; they and this file share one stream seeded here.
R = random.Random(SEED)
_k.R = R

# ----------------------------------------------------------------------------------------------
# layout registry (this family's own 30 layouts; family K's stay in its module)
# ----------------------------------------------------------------------------------------------
LAYOUTS: list = []


def layout(name: str):
    def deco(fn):
        LAYOUTS.append((name, fn))
        return fn
    return deco




# ----------------------------------------------------------------------------------------------
# family L additions: more platforms, more surface forms, decoys
# ----------------------------------------------------------------------------------------------
def base(p: Person) -> str:
    """ASCII handle stem from a person's first Latin name ("Élodie" -> "elodie")."""
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.first_lat.split()[0].lower())) or "user"


def h_line(p: Person) -> str:
    return p.m("line", lambda: pick((f"{base(p)}{digits(3)}", f"{base(p)}_{letters(2).lower()}", f"{base(p)}.{str(p.dob.year)[2:]}")))


def h_kakao(p: Person) -> str:
    return p.m("kakao", lambda: pick((f"{base(p)}{digits(4)}", f"{base(p)}_kr{digits(2)}", f"k{base(p)}{p.dob.strftime('%m%d')}")))


def h_zalo(p: Person) -> str:
    return p.m("zalo", lambda: "zalo.me/84" + pick(("90", "91", "93", "97", "98", "86")) + digits(7))


def h_tiktok(p: Person) -> str:
    return p.m("tt", lambda: "@" + pick((f"{base(p)}.{letters(3).lower()}", f"{base(p)}_{digits(4)}", f"its{base(p)}{digits(2)}")))


def h_douyin(p: Person) -> str:
    return p.m("dy", lambda: pick(("dy" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(8)), digits(R.randint(9, 11), True),
                                   f"{base(p)}{digits(4)}dy")))


def h_xhs(p: Person) -> str:
    return p.m("xhs", lambda: digits(R.randint(9, 10), True) if chance(0.6) else f"xhs_{base(p)}{digits(3)}")


def h_signal(p: Person) -> str:
    return p.m("sig", lambda: f"{base(p)}.{digits(2)}")


def h_skype(p: Person) -> str:
    return p.m("skype", lambda: "live:.cid." + "".join(R.choice("0123456789abcdef") for _ in range(16)))


def h_snap(p: Person) -> str:
    return p.m("snap", lambda: f"{base(p)}_{letters(3).lower()}{digits(1)}")


def h_vk_url(p: Person) -> str:
    return p.m("vkurl", lambda: "vk.com/" + pick((p.vk(), f"{base(p)}_{digits(4)}")))


def h_fb(p: Person) -> str:
    s = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.sur_lat.lower()))
    return p.m("fb", lambda: f"facebook.com/{base(p)}.{s}.{digits(2)}")


def h_viber(p: Person) -> str:
    return p.m("viber", lambda: gen_foreign_phone(p.nat3, "intl").replace(" ", "").replace("(", "").replace(")", "").replace("-", ""))


def h_imo(p: Person) -> str:
    return p.m("imo", lambda: gen_foreign_phone(p.nat3, "intl").replace(" ", "").replace("(", "").replace(")", "").replace("-", ""))


def h_weibo(p: Person) -> str:
    return p.m("wb", lambda: "@" + pick(("小鱼", "北方的狼", "阿甘", "橙子", "大熊")) + "_" + digits(4))


KOR_HANGUL = {"KIM": "김", "PARK": "박", "CHOI": "최", "JUNG": "정", "KANG": "강", "YOON": "윤", "HAN": "한",
              "MINJUN": "민준", "SEOJUN": "서준", "HYUNWOO": "현우", "JIHOON": "지훈", "DONGHYUN": "동현",
              "JIYEON": "지연", "SOYEON": "소연", "EUNJI": "은지", "HAEUN": "하은", "YUNA": "유나"}


def native(p: Person) -> str:
    """Name in the person's own script where it differs from Latin: Cyrillic, Arabic, Hangul, else Latin."""
    if p.script == "cyr":
        return p.ru()
    if p.script == "ar":
        return p.ar_full
    if p.script == "kor":
        return KOR_HANGUL[p.sur_lat] + KOR_HANGUL[p.given_lat]
    return p.lat()


def wrap(s: str, k: int | None = None) -> str:
    """Break a value over two lines, as narrow form fields and PDF text do."""
    k = k or len(s) // 2
    a, b = s[:k].rstrip(), s[k:].lstrip()
    return f"{a}\n{b}" if a and b else s


def ocr_noise(s: str, n: int = 1) -> str:
    """Insert OCR specks (non-alphanumeric) between two alphanumerics inside a value."""
    out = list(s)
    spots = [i for i in range(1, len(out)) if out[i - 1].isalnum() and out[i].isalnum()]
    for i in sorted(R.sample(spots, min(n, len(spots))), reverse=True):
        out.insert(i, pick(("·", "'", "|", "_", ".", " ")))
    return "".join(out)


def mix_fw(s: str) -> str:
    """Half of the characters full-width, the rest half-width."""
    return "".join(fullwidth(c) if chance(0.5) else c for c in s)


def imei() -> str:
    return luhn_complete(pick(("35", "86", "01", "99")) + digits(6), 15)


def order_no(n: int = 18) -> str:
    return digits(n, True)


def tracking() -> str:
    return pick(("SF" + digits(13, True), "YT" + digits(13, True), "JT" + digits(13, True), "EA" + digits(9, True) + "CN",
                 "LP00" + digits(12), "CP" + digits(9, True) + "RU", "1Z" + letters(6) + digits(10)))


def docket_zh() -> str:
    return f"（2024）{pick(('辽0204', '沪0115', '粤0104', '京0105', '黑1081', '浙0782'))}{pick(('民初', '刑初', '执', '行初', '民特'))}{R.randint(100, 9999)}号"


def amount(lo: int = 100, hi: int = 90000) -> str:
    return f"{R.randint(lo, hi):,}"


def lot() -> str:
    return pick((f"{letters(2)}{digits(4)}", f"{digits(2)}{letters(1)}{digits(4)}", f"LOT{digits(6)}"))


def mrz_garbage() -> str:
    """Lower-case MRZ-shaped OCR garbage (not a machine-readable zone; must stay unannotated)."""
    return "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789<<<<<<<<") for _ in range(R.randint(30, 44)))


def dob_any(p: Person, styles) -> tuple:
    return DOB(p.dob_s(pick(styles)))


def im_any(p: Person, platforms) -> tuple[str, tuple]:
    """(platform label, IM handle tuple) for one of the given platforms."""
    plat = pick(platforms)
    fn = {"WeChat": p.wechat_custom, "wxid": p.wxid, "QQ": p.qq, "Telegram": p.telegram, "WhatsApp": p.whatsapp,
          "LINE": lambda: h_line(p), "KakaoTalk": lambda: h_kakao(p), "Zalo": lambda: h_zalo(p), "VK": lambda: h_vk_url(p),
          "Instagram": p.insta, "TikTok": lambda: h_tiktok(p), "Douyin": lambda: h_douyin(p), "Xiaohongshu": lambda: h_xhs(p),
          "Signal": lambda: h_signal(p), "Skype": lambda: h_skype(p), "Snapchat": lambda: h_snap(p), "Facebook": lambda: h_fb(p),
          "Viber": lambda: h_viber(p), "imo": lambda: h_imo(p), "Weibo": lambda: h_weibo(p)}[plat]
    return plat, IM(fn())


def pp_label(lang: str) -> str:
    return {"zh": "护照号码", "en": "Passport No.", "ru": "Паспорт №", "ar": "رقم الجواز"}[lang]


# ----------------------------------------------------------------------------------------------
# layouts (30 new genres, each rendered once per language)
# ----------------------------------------------------------------------------------------------
@layout("school_enrolment_form")
def lay_school(d: Doc, lang: str) -> None:
    P = Pool(lang)
    kid_age = (2010, 2012)
    if lang == "zh":
        f, m = P.fx(), P.cn(sex="F")
        k = P.fx(nat3=f.nat3, age=kid_age)
        d.f("{sch}国际学校　新生入学申请表（2024—2025学年）\n申请编号：ENR-{app}　　学籍辅助号：G{g}\n\n"
            "一、学生信息\n学生中文名：{kc}\n护照姓名：{kl}\n出生日期：{kdob}\n国籍：{nat}　　护照号码：{kpp}\n\n"
            "二、父亲 / Father\n姓名：{fi}\n证件：外国人永久居留身份证\n　　{fpr}\n手机：{fph}　微信：{fwx}\n\n"
            "三、母亲 / Mother\n姓名：{mc}（中国籍）\n居民身份证：{midc}\n手机：{mph}\n邮箱：{mem}\n\n"
            "家庭住址：{addr}\n接送车辆（校门登记）：{fpl}\n学生随居签证：{kv}\n\n缴费记录：报名费¥2,000.00，交易单号{ord}；校车线路7号，座位B12。\n家长签字：{msig}",
            sch=pick(("大连", "青岛", "北京")), app=digits(6), g=digits(10, True), kc=N(k.cn), kl=N(k.lat_up()), kdob=DOB(k.dob_s(pick(("zh", "iso")))),
            nat=nat_zh(k), kpp=PP(k.passport()), fi=zh_intro(f), fpr=PR(f.pr()), fph=PH(f.phone_cn("dash")), fwx=IM(f.wechat_custom()),
            mc=N(m.cn), midc=IDC(m.id_card()), mph=PH(m.phone_cn("space")), mem=EM(m.email()), addr=AD(m.addr_cn()), ord=order_no(20), msig=N(m.cn), fpl=PL(f.plate_cn()), kv=VI(k.visa()))
    elif lang == "en":
        f, m = P.fx(), P.fx(sex="F")
        k = P.fx(nat3=f.nat3, age=kid_age)
        d.f("BRITISH-STYLE INTERNATIONAL SCHOOL OF {city} — ADMISSIONS\nApplication ref. ADM/24/{app}    Student ID (provisional): {sid}\n\n"
            "STUDENT\n  Full name (as in passport) .... {kl}\n  Date of birth ................. {kdob}\n  Passport ...................... {kpp}\n"
            "  Entry visa (S1 dependant) ..... {kv}\n\n"
            "PARENT / GUARDIAN 1\n  {fl}\n  Residence permit: {frp}\n  Mobile: {fph}  |  Signal: {fsig}\n  E-mail:\n  {fem}\n\n"
            "PARENT / GUARDIAN 2\n  {ml}\n  Mobile (home country): {mph}\n  Residence permit (dependant): {mrp}\n\n"
            "Home address in China:\n{addr}\n\nFees: tuition RMB 218,000 per year; invoice no. {inv}, paid by card {card} (balance by transfer from IBAN {ib}). Bus route 3, stop 14; parent's car for the pick-up lane: {fpl}.\nSigned: {fs}",
            city=CITY_EN[f.city].upper(), app=digits(5), sid=digits(8, True), kl=N(k.lat()), kdob=DOB(k.dob_s(pick(("en_long", "slash_dmy", "en_us")))),
            kpp=PP(k.passport()), kv=VI(k.visa()), fl=N(f.lat()), frp=RP(f.rp()), fph=PH(f.phone_cn("intl")), fsig=IM(h_signal(f)),
            fem=EM(f.email()), ml=N(m.lat()), mph=PH(m.phone_home("intl")), addr=AD(wrap(f.addr_cn())), inv=order_no(12), fs=N(f.lat_comma()), mrp=RP(m.rp()), card=BC(fmt_card(f.card_home()[1], "space")),
            ib=IB(group4(f.iban())), fpl=PL(f.plate_cn(sep=" ")))
    elif lang == "ru":
        f, m = P.fx(sex="M"), P.fx(sex="F")
        k = P.fx(nat3=f.nat3, age=kid_age)
        d.f("国际学校入学申请表 / Заявление о зачислении в международную школу\n№ заявления {app}\n\n"
            "Ученик / 学生: {kfio}（{kc}）\nДата рождения / 出生日期: {kdob}\nЗагранпаспорт: {kpp}\n\n"
            "Отец / 父亲: {ffio}\n  ВНЖ (居留许可): {frp}\n  Тел.: {fph}; Telegram {ftg}\nМать / 母亲: {mfio}\n  Тел. в России: {mph}\n  ВКонтакте: {mvk}\n\n"
            "Адрес проживания в Китае / 在华住址:\n{addr}\nВиза ученика: {kv}; ПМЖ матери: {mpr}; автомобиль родителей: {fpl}\n\n"
            "Оплата / 缴费: 38 000 юаней со счёта {ib}, платёжное поручение № {ord}. Прошу зачислить {kdat} в 5-й класс.\nПодпись: {fsig}",
            app=digits(5), kfio=N(k.ru()), kc=N(k.cn), kdob=DOB(k.dob_s(pick(("dot", "ru_long")))), kpp=PP(k.passport()), ffio=N(f.ru()),
            frp=RP(f.rp()), fph=PH(f.phone_cn(pick(("plain", "intl")))), ftg=IM(f.telegram()), mfio=N(m.ru()), mph=PH(m.phone_home("local")),
            mvk=IM(h_vk_url(m)), addr=AD(f.addr_cn()), ord=order_no(10), kdat=N(k.ru_fi("acc")), fsig=N(f.ru_initials()), kv=VI(k.visa()),
            mpr=PR(m.pr()), fpl=PL(f.plate_cn()), ib=IB(f.iban()))
    else:
        f, m = P.fx(sex="M"), P.fx(sex="F")
        k = P.fx(nat3=f.nat3, age=kid_age)
        d.f("استمارة تسجيل طالب جديد / 新生入学申请表\nرقم الطلب: {app}\n\n"
            "اسم الطالب: {kar}\n学生中文名：{kc}\nتاريخ الميلاد: {kdob}\nرقم جواز السفر: {kpp}\n\n"
            "ولي الأمر (الأب): {far}\nبطاقة الإقامة الدائمة 永久居留证: {fpr}\nالجوال: {fph}\nواتساب: {fwa}\n"
            "الأم: {mar}، هاتف: {mph}، تصريح الإقامة: {mrp}\nتأشيرة الطالب: {kv}\nسيارة ولي الأمر: {fpl}\nالبريد الإلكتروني: {mem}\n\nالعنوان في الصين: {addr}\n\n"
            "الرسوم: ١٨٬٠٠٠ يوان محوَّلة من الحساب {ib}، رقم الإيصال {ord}.\nتوقيع ولي الأمر: {fsig}",
            app=ar_digits(digits(6)), kar=N(k.ar_full), kc=N(k.cn), kdob=DOB(k.dob_s(pick(("ar_slash", "ar_long_ind")))), kpp=PP(k.passport()),
            far=N(f.ar_full), fpr=PR(f.pr()), fph=PH(f.phone_cn("ar")), fwa=IM(f.whatsapp()), mar=N(m.ar_short), mph=PH(m.phone_home("intl")),
            mem=EM(m.email()), addr=AD(f.addr_cn()), ord=ar_digits(order_no(9)), fsig=N(f.ar_short), mrp=RP(m.rp()), kv=VI(k.visa()),
            fpl=PL(f.plate_cn()), ib=IB(group4(f.iban())))


@layout("hospital_admission_slip")
def lay_hospital(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, c = P.fx(), P.cn()
        d.f("住院通知单 / 入院登记\n住院号：ZY{zy}　床位：内科三病区 17床　医保：无（自费）\n\n"
            "患者：{si}\n性别：{sx}　出生日期：{dob}\n护照号码：{pp}　签证号码：{visa}\n陪护车辆停车证：{pl}\n在华住址：{addr}\n联系电话：{ph}\n\n"
            "证件扫描（前台OCR，含噪声）：\n{g}\n", zy=digits(8), si=zh_intro(s), sx=sex_zh(s), dob=DOB(s.dob_s(pick(("zh0", "ydot", "fw")))),
            pp=PP(s.passport()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn(pick(("plain", "fw")))), g=mrz_garbage(),
            visa=VI(s.visa()), pl=PL(s.plate_cn()))
        mrz_block(d, s.mrz())
        d.f("\n\n紧急联系人：{cn}（朋友）　电话：{cph}　身份证号：{cidc}\n预交金：¥5,000.00，刷卡 {card}（POS凭证号{pos}）\n"
            "境外保险直付账户：IBAN {ib}\n入院诊断：急性胰腺炎？　主治医师：工号{doc}\n患者签字：{sig}",
            cn=N(c.cn), cph=PH(c.phone_cn("dash")), cidc=IDC(c.id_card()), card=BC(fmt_card(s.card_cn()[1], "space")), pos=digits(6),
            doc=digits(5), sig=N(s.cn), ib=IB(group4(s.iban())))
    elif lang == "en":
        s, c = P.fx(), P.fx()
        d.f("INTERNATIONAL MEDICAL CENTRE — IN-PATIENT ADMISSION SLIP\nMRN {mrn}    Ward 6B, bed 22    Encounter {enc}\n\n"
            "Patient: {sc}\nDOB: {dob}    Sex: {sx}\nPassport: {pp}    Visa: {visa}\nLocal address: {addr}\nMobile: {ph}    Email: {em}\n\n"
            "Passport scanned at front desk:\n", mrn=digits(9), enc=order_no(10), sc=N(s.lat_comma()), dob=DOB(s.dob_s(pick(("pp", "en_short", "slash_mdy")))),
            sx="M" if s.sex == "M" else "F", pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("space")), em=EM(s.email()))
        mrz_block(d, s.mrz())
        d.f("\n\nNext of kin: {cl} (partner), tel. {cph}, PR card {cpr}\nDeposit: RMB 10,000 charged to card {card} (auth code {auth})\n"
            "Insurer: Global Health, policy {pol}, member {mem}; reimbursements to IBAN {ib}\nAdmitting physician: Dr Lin, staff no. {sn}\nSignature of patient: {sig}",
            cl=N(c.lat()), cph=PH(c.phone_home("intl")), card=BC(fmt_card(s.card_home()[1], "dash")), auth=digits(6), pol=f"GH-{digits(8)}",
            mem=digits(11, True), sn=digits(5), sig=N(s.lat()), cpr=PR(c.pr()), ib=IB(s.iban()))
    elif lang == "ru":
        s, c = P.fx(), P.fx()
        d.f("入院通知单 / Направление на госпитализацию\n住院号 / № истории болезни: {zy}\n\n"
            "Пациент: {fio}\n中文名：{cn}\nДата рождения: {dob}\nПаспорт: {pp}\nВиза: {visa}\nАдрес в Китае / 在华住址: {addr}\nТел.: {ph}\n\n"
            "МЧЗ паспорта (сканер):\n", visa=VI(s.visa()), zy=digits(8), fio=N(s.ru()), cn=N(s.cn), dob=DOB(s.dob_s(pick(("dot", "ru_long")))), pp=PP(s.passport()),
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")))
        mrz_block(d, s.mrz())
        d.f("\n\nКонтактное лицо: {cfio}, тел. {cph}, ВНЖ {crp}\nПредоплата: 8 000 юаней, карта {card} (чек № {chk})\n"
            "Диагноз при поступлении: перелом лучевой кости.\nПодпись пациента: {sig}",
            cfio=N(c.ru_fi()), cph=PH(c.phone_home("intl")), card=BC(fmt_card(s.card_home()[1], "space")), chk=digits(7), sig=N(s.ru_initials()), crp=RP(c.rp()))
    else:
        s, c = P.fx(), P.fx()
        d.f("إشعار دخول المستشفى / 住院通知单\nرقم الملف الطبي: {zy}\n\n"
            "المريض: {ar1}\n中文名：{cn}\nتاريخ الميلاد: {dob}\nرقم الجواز: {pp}\nرقم التأشيرة: {visa}\nالعنوان: {addr}\nالهاتف: {ph}\n\n"
            "المنطقة المقروءة آلياً من الجواز:\n", visa=VI(s.visa()), zy=ar_digits(digits(8)), ar1=N(s.ar_full), cn=N(s.cn), dob=DOB(s.dob_s(pick(("ar_dmy", "ar_long")))),
            pp=PP(s.passport()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("ar")))
        mrz_block(d, s.mrz())
        d.f("\n\nجهة الاتصال في الطوارئ: {car} ({cph})، الإقامة الدائمة {cpr}\nالتأمين المدفوع مقدماً: ٦٠٠٠ يوان ببطاقة {card}\nتوقيع المريض: {sig}",
            car=N(c.ar_short), cph=PH(c.phone_home("intl")), card=BC(fmt_card(s.card_cn()[1], "ar")), sig=N(s.ar_short), cpr=PR(c.pr()))


@layout("insurance_claim")
def lay_insurance(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, o = P.fx(), P.cn()
        d.f("机动车辆保险索赔申请书\n报案号：RDAA{rep}　保单号：PDAA2024{pol}\n\n"
            "被保险人：{si}\n证件：永久居留身份证　{pr}\n联系电话：{ph}\n被保险车辆：{pl}（白色大众途观）\n\n"
            "事故经过：{dt}在{loc}与{oc}驾驶的{opl}发生追尾，对方全责。对方身份证号{oidc}，电话{oph}。目击证人{wc}（身份证号{widc}）愿意作证。\n\n"
            "赔款支付方式：□境内银行卡 ■境外账户\nIBAN：{ib}\n开户人：{sl}\n\n"
            "定损金额：¥{amt}　发动机号：{eng}　车架号：LSV{vin}\n申请人签字：{sig}",
            rep=digits(14), pol=digits(12), si=zh_intro(s), pr=PR(s.pr()), ph=PH(s.phone_cn("plain")), pl=PL(s.plate_cn(sep=pick(("", "·")))),
            dt=zhd(incident_date()), loc=AD(s.addr_cn()), oc=N(o.cn), opl=PL(o.plate_cn(kind=pick(("ev", "civil")))), oidc=IDC(o.id_card()),
            oph=PH(o.phone_cn("space")), ib=IB(group4(s.iban())), sl=N(s.lat_up()), amt=amount(3000, 40000), eng=letters(3) + digits(6),
            vin=letters(2) + digits(12), sig=N(s.cn), wc=N((w := P.cn()).cn), widc=IDC(w.id_card()))
    elif lang == "en":
        s, o = P.fx(), P.cn()
        d.f("TRAVEL & MEDICAL INSURANCE — CLAIM FORM\nClaim no. CLM-{cl}    Policy no. {pol}\n\n"
            "1. Claimant\n   Name: {sl}\n   Date of birth: {dob}\n   Passport number: {pp}    Residence permit: {rp}\n   Email: {em}    Phone: {ph}\n   Home address: {home}\n\n"
            "2. Incident\n   On {dt} my bicycle was hit by a car, plate {pl}, driven by {on} (ID {oidc}). I was treated at the district hospital, "
            "invoice {inv}, total RMB {amt}.\n\n"
            "3. Payment\n   Bank account (IBAN):\n   {ib}\n   Or card refund to {card}\n\n"
            "Declaration: I confirm the above is true.    {sig}",
            cl=digits(9), pol=f"TMI/{digits(7)}", sl=N(s.lat()), dob=DOB(s.dob_s(pick(("en_long", "en_us", "iso")))), pp=PP(s.passport()),
            em=EM(s.email()), ph=PH(s.phone_home("intl")), home=AD(s.addr_home()), dt=incident_date().strftime("%d %B %Y"),
            pl=PL(o.plate_cn(sep=" ")), on=N(o.lat()), oidc=IDC(o.id_card()), inv=order_no(20), amt=amount(800, 9000),
            rp=RP(s.rp()), ib=IB(wrap(group4(s.iban()), 10)), card=BC(fmt_card(s.card_home()[1], "space")), sig=N(s.lat_up()))
    elif lang == "ru":
        s, o = P.fx(), P.cn()
        d.f("保险理赔申请 / Заявление о страховом возмещении\nУбыток № {cl}, полис ОСАГО-КНР {pol}\n\n"
            "Заявитель: {fio}, {dob} г.р.\nПаспорт {pp}; ВНЖ {rp}\nТелефон: {ph}\nАвтомобиль заявителя: {pl}\n\n"
            "Обстоятельства: {dt} на перекрёстке у дома по адресу {addr} автомобиль {opl} под управлением гражданина КНР {on} "
            "({onc}, тел. {oph}) совершил наезд на мой автомобиль. Свидетель — {wc}（身份证 {widc}）.\n\n"
            "Выплату прошу перечислить на счёт {ib}.\nСумма ущерба: {amt} юаней.\n\nПодпись: {sig}",
            cl=digits(10), pol=digits(12), fio=N(s.ru()), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()), rp=RP(s.rp()), ph=PH(s.phone_cn("intl")),
            pl=PL(s.plate_home()), dt=incident_date().strftime("%d.%m.%Y"), addr=AD(s.addr_cn()), opl=PL(o.plate_cn()), on=N(o.lat()),
            onc=N(o.cn), oph=PH(o.phone_cn("plain")), wc=N((w := P.cn()).cn), widc=IDC(w.id_card()), ib=IB(s.iban()), amt=amount(2000, 30000), sig=N(s.ru_initials()))
    else:
        s, o = P.fx(), P.cn()
        d.f("طلب تعويض تأمين / 保险理赔申请书\nرقم المطالبة: {cl}\n\n"
            "المؤمَّن له: {ar1}\nرقم الجواز: {pp}\nالإقامة الدائمة: {pr}\nتاريخ الميلاد: {dob}\nالجوال: {ph}\nاللوحة: {pl}\n\n"
            "وصف الحادث: اصطدمت بي سيارة رقم {opl} يقودها السيد {oc}، رقم بطاقة الهوية {oidc}، قرب {addr}.\n\n"
            "يرجى تحويل التعويض إلى الحساب:\n{ib}\nباسم {sl}\n\nالمبلغ المطالب به: {amt} يوان\nالتوقيع: {sig}",
            cl=ar_digits(digits(9)), ar1=N(s.ar_full), pp=PP(s.passport()), pr=PR(s.pr()), dob=DOB(s.dob_s(pick(("ar_slash", "ar_long")))),
            ph=PH(s.phone_cn(pick(("ar", "plain")))), pl=PL(s.plate_cn(sep="·")), opl=PL(o.plate_cn()), oc=N(o.cn), oidc=IDC(o.id_card()),
            addr=AD(s.addr_cn()), ib=IB(group4(s.iban())), sl=N(s.lat_up()), amt=ar_digits(amount(2000, 30000)), sig=N(s.ar_short))


@layout("property_visitor_log")
def lay_visitor(d: Doc, lang: str) -> None:
    P = Pool(lang)
    rows = []
    if lang == "zh":
        ppl = [P.fx(), P.cn(), P.fx(), P.cn()]
        d.t("滨江花园物业 访客登记簿（第47页）\n时间 ‖ 访客 ‖ 证件 ‖ 电话 ‖ 车牌 ‖ 拜访房号 ‖ 门禁卡号\n")
        for i, p in enumerate(ppl):
            idt = IDC(p.id_card()) if p.chinese else PP(p.passport())
            rows.append(None)
            d.f("{h}:{mi} ‖ {n} ‖ {idt} ‖ {ph} ‖ {pl} ‖ {room} ‖ {card}\n", h=R.randint(8, 21), mi=f"{R.randint(0, 59):02d}",
                n=N(p.cn) if p.chinese else [N(p.cn), "/", N(p.lat_up())], idt=idt, ph=PH(p.phone_cn(pick(("plain", "dash", "space")))),
                pl=PL(p.plate_cn(kind=pick(("civil", "ev", "civil")))) if i % 2 == 0 else "步行", room=f"{R.randint(1, 28)}-{R.randint(1, 3)}-{R.randint(2, 32)}0{R.randint(1, 4)}",
                card=digits(10))
        s = ppl[0]
        d.f("\n备注：访客{sr}称到访业主{oc}家，业主电话{oph}。值班保安：工号{b}。访客出示永久居留身份证{pr}，已拍照留存。第3行访客补录签证号{visa}。",
            sr=zh_ref(s), oc=N((o := P.cn()).cn), oph=PH(o.phone_cn("plain")), b=badge(), pr=PR(s.pr()), visa=VI(ppl[2].visa()))
    elif lang == "en":
        ppl = [P.fx(), P.cn(), P.fx(), P.fx()]
        d.t("GREEN VALLEY APARTMENTS — VISITOR LOG (export from gate terminal)\n"
            "+-------+----------------------+------------------+----------------+-----------+\n"
            "| time  | visitor              | document         | phone          | vehicle   |\n"
            "+-------+----------------------+------------------+----------------+-----------+\n")
        for i, p in enumerate(ppl):
            idt = IDC(p.id_card()) if p.chinese else (RP(p.rp()) if i == 2 else PP(p.passport()))
            d.f("| {h}:{mi} | {n} | {idt} | {ph} | {pl} |\n", h=f"{R.randint(8, 21):02d}", mi=f"{R.randint(0, 59):02d}", n=N(p.lat()), idt=idt,
                ph=PH(p.phone_cn("space") if i % 2 else p.phone_cn("intl")), pl=PL(p.plate_cn(sep=" ")) if i != 3 else "-")
        d.t("+-------+----------------------+------------------+----------------+-----------+\n")
        s = ppl[3]
        d.f("Guard's note: visitor in row 4 ({sn}) refused to show ID at first, later showed residence permit {rp}; said he was visiting "
            "apartment 12-1402 and gave the WhatsApp {wa}. Guard badge {b}, shift log {sh}. Row 1 visitor's visa no. {v1} copied from the passport.",
            sn=N(s.sur()), rp=RP(s.rp()), wa=IM(s.whatsapp()), b=badge(), sh=order_no(8), v1=VI(ppl[0].visa()))
    elif lang == "ru":
        ppl = [P.fx(), P.fx(), P.cn(), P.fx()]
        d.t("访客登记 / Журнал посетителей ЖК «Золотая гавань»\nВремя; ФИО; документ; телефон; авто\n")
        for i, p in enumerate(ppl):
            if p.chinese:
                d.f("{h}:{mi}; {n} ({l}); 身份证 {idc}; {ph}; —\n", h=R.randint(8, 21), mi=f"{R.randint(0, 59):02d}", n=N(p.cn), l=N(p.lat()),
                    idc=IDC(p.id_card()), ph=PH(p.phone_cn("plain")))
            else:
                d.f("{h}:{mi}; {n}; {dl} {dv}; {ph}; {pl}\n", h=R.randint(8, 21), mi=f"{R.randint(0, 59):02d}", n=N(p.ru_fi()),
                    dl="ВНЖ" if i == 1 else "паспорт", dv=RP(p.rp()) if i == 1 else PP(p.passport()), ph=PH(p.phone_home("intl") if i else p.phone_cn("plain")),
                    pl=PL(p.plate_home() if i == 0 else p.plate_cn()))
        s = ppl[3]
        d.f("\nПримечание охраны: посетитель {sn} оставил номер пропуска {pass_}, сказал, что идёт к {owner} в кв. 1701. "
            "Адрес регистрации посетителя: {addr}. Предъявил также карту ПМЖ {pr}.",
            sn=N(s.ru_sur()), pass_=digits(8), owner=N((o := P.cn()).lat()), addr=AD(s.addr_cn()), pr=PR(s.pr()))
    else:
        ppl = [P.fx(), P.fx(), P.cn(), P.fx()]
        d.t("سجل الزوار — مجمع الواحة السكني / 访客登记簿\nالوقت | الاسم | الوثيقة | الهاتف | السيارة\n")
        for i, p in enumerate(ppl):
            if p.chinese:
                d.f("{h} | {n} | 身份证 {idc} | {ph} | {pl}\n", h=ar_digits(f"{R.randint(8, 21)}:{R.randint(10, 59)}"), n=N(p.cn),
                    idc=IDC(p.id_card()), ph=PH(p.phone_cn("plain")), pl=PL(p.plate_cn()))
            else:
                dv = PR(p.pr()) if i == 1 else PP(p.passport())
                d.f("{h} | {n} | {dl} {dv} | {ph} | —\n", h=ar_digits(f"{R.randint(8, 21)}:{R.randint(10, 59)}"), n=N(p.ar_short),
                    dl="إقامة دائمة" if i == 1 else "جواز", dv=dv, ph=PH(p.phone_cn("ar") if i % 2 else p.phone_home("intl")))
        s = ppl[3]
        d.f("\nملاحظة الحارس: الزائر {sn} قال إنه يزور الشقة ٥-٢-٨٠١، رقم البطاقة المؤقتة {tmp}. ترك عنوانه: {addr}، ورقم تصريح إقامته {rp}.",
            sn=N(s.ar_given), tmp=ar_digits(digits(6)), addr=AD(s.addr_cn()), rp=RP(s.rp()))


@layout("gym_membership")
def lay_gym(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, c = P.fx(), P.cn()
        d.f("【超级猩猩健身】会员入会协议\n会员编号：M{mid}　卡种：年卡（¥3,688）　合同号：HT{ht}\n\n"
            "会员姓名：{si}\n出生日期：{dob}\n证件类型及号码：护照（{pp}）\n手机：{ph}\n小红书：{xhs}　抖音：{dy}\n"
            "永久居留身份证：{pr}\n自动续费银行卡：{card}\n会员车辆（停车场月卡P{pk}）：{pl}\n\n紧急联系人：{cc}，手机{cph}\n\n入会体测：身高{hh}cm　体脂率{bf}%　静息心率{hr}\n私教：工号{coach}　储物柜：A-{lk}\n会员签名：{sig}",
            mid=digits(9), ht=digits(10), si=zh_intro(s), dob=DOB(s.dob_s(pick(("zh", "zh0", "iso")))), pp=PP(s.passport()),
            ph=PH(s.phone_cn("plain")), xhs=IM(h_xhs(s)), dy=IM(h_douyin(s)), card=BC(fmt_card(s.card_cn()[1], pick(("plain", "space")))),
            cc=N(c.cn), cph=PH(c.phone_cn("dash")), coach=digits(4), lk=digits(3), sig=N(s.cn), pr=PR(s.pr()), pk=digits(6),
            pl=PL(s.plate_cn(kind=pick(("ev", "civil")))), hh=R.randint(155, 192), bf=R.randint(12, 30), hr=R.randint(55, 80))
    elif lang == "en":
        s, c = P.fx(), P.fx()
        d.f("Pure Fitness — Membership Sign-up (online form printout)\nMembership # {mid}   Plan: 12-month premium   Locker {lk}\n\n"
            "First name: {fn}\nLast name: {ln}\nBirthday: {dob}\nEmail: {em}\nPhone: {ph}\nInstagram (for member stories, optional): {ig}\n"
            "ID document: PR card {pr}\nDirect debit card: {card} exp 09/27\nParking permit (car park B2): {pl}\n\n"
            "Emergency contact\n{cl}\n{cph}\n\nTerms accepted on {dt} from IP 10.{ip}.\nSignature: {sig}",
            mid=digits(8), lk=digits(3), pl=PL(s.plate_cn(sep=" ")), fn=N(s.first_lat), ln=N(s.sur_lat), dob=DOB(s.dob_s(pick(("slash_mdy", "en_us", "en_short")))),
            em=EM(s.email()), ph=PH(s.phone_cn("intl2")), ig=IM(s.insta()), pr=PR(s.pr()), card=BC(fmt_card(s.card_home()[1], "space")),
            cl=N(c.lat()), cph=PH(c.phone_home("local")), dt=incident_date().isoformat(), ip=f"{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}",
            sig=N(s.lat()))
    elif lang == "ru":
        s, c = P.fx(), P.fx()
        d.f("健身房会员登记 / Анкета члена фитнес-клуба\nКарта № {mid}\n\n"
            "Фамилия: {sur}\nИмя: {gn}\nОтчество: {pat}\nДата рождения: {dob}\nТелефон: {ph}\nTelegram: {tg}\nИнстаграм: {ig}\n"
            "ПМЖ КНР: {pr}\nКарта для автосписания: {card}\nАвтомобиль (парковка клуба): {pl}\n\nКонтакт на экстренный случай: {cio} — {cph}\n\nАбонемент 12 мес., 4 200 юаней, чек {chk}.\nПодпись: {sig}",
            mid=digits(8), pl=PL(s.plate_home()), sur=N(s.ru_sur()), gn=N(s.ru_given()), pat=s.patr, dob=DOB(s.dob_s(pick(("dot", "ru_long")))), ph=PH(s.phone_cn("space")),
            tg=IM(s.telegram()), ig=IM(s.insta()), pr=PR(s.pr()), card=BC(fmt_card(s.card_cn()[1], "plain")), cio=N(c.ru_fi()),
            cph=PH(c.phone_home("local")), chk=digits(9), sig=N(s.ru_initials()))
    else:
        s, c = P.fx(sex="F"), P.fx(sex="F")
        d.f("استمارة عضوية نادي رياضي (قسم السيدات) / 健身会员登记\nرقم العضوية: {mid}\n\n"
            "الاسم: {ar1}\nتاريخ الميلاد: {dob}\nالهاتف: {ph}\nإنستغرام: {ig}\nسناب شات: {sn}\nالإقامة الدائمة: {pr}\nالبطاقة: {card}\nأو التحويل من الحساب: {ib}\nموقف السيارة: {pl}\n\n"
            "للطوارئ: {car} {cph}\nالتوقيع: {sig}",
            mid=ar_digits(digits(7)), ib=IB(group4(s.iban())), pl=PL(s.plate_cn()), ar1=N(s.ar_full), dob=DOB(s.dob_s(pick(("ar_slash", "ar_long_ind")))), ph=PH(s.phone_cn("ar")),
            ig=IM(s.insta()), sn=IM(h_snap(s)), pr=PR(s.pr()), card=BC(fmt_card(s.card_home()[1], "ar")), car=N(c.ar_short),
            cph=PH(c.phone_home("intl")), sig=N(s.ar_short))


@layout("airline_complaint")
def lay_airline(d: Doc, lang: str) -> None:
    P = Pool(lang)
    pnr = letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    tkt = f"{pick(('781', '999', '784', '880'))}-{digits(10)}"
    flt = f"{pick(('CA', 'MU', 'CZ', 'HU', 'SU', 'EK'))}{R.randint(100, 9999)}"
    if lang == "zh":
        s = P.fx()
        d.f("航空公司客户投诉单\n投诉编号：TS{ts}　航班：{flt}　日期：{dt}\n订座记录：{pnr}　票号：{tkt}\n\n"
            "旅客姓名：{sl}（{sc}）\n护照号码：{pp}　签证：{visa}　居留许可：{rp}\n出生日期：{dob}\n联系电话：{ph}　邮箱：{em}\n\n"
            "投诉内容：行李（行李牌号{bag}）延误三天未送达，内有笔记本电脑（IMEI/序列号{imei}）。要求赔偿¥{amt}，"
            "请汇入本人境外账户{ib}，或退回购票银行卡{card}。\n送达地址：{addr}\n旅客签名：{sig}",
            ts=digits(10), visa=VI(s.visa()), rp=RP(s.rp()), card=BC(fmt_card(s.card_home()[1], "plain")), flt=flt, dt=incident_date().isoformat(), pnr=pnr, tkt=tkt, sl=N(s.lat_up()), sc=N(s.cn), pp=PP(s.passport()),
            dob=DOB(s.dob_s(pick(("zh", "iso")))), ph=PH(s.phone_cn("plain")), em=EM(s.email()), bag=f"{letters(2)}{digits(6)}", imei=imei(),
            amt=amount(1000, 8000), ib=IB(s.iban()), addr=AD(s.addr_cn()), sig=N(s.lat_up()))
    elif lang == "en":
        s = P.fx()
        d.f("From: {em}\nTo: customer.relations@airline.example\nSubject: Complaint — flight {flt}, booking ref {pnr}\n\n"
            "Dear Sir or Madam,\n\nMy name is {sl} (passport {pp}, Chinese permanent residence card {pr}, born {dob}). On {dt} I was denied boarding on {flt} although I held "
            "confirmed ticket {tkt}. I lost a prepaid hotel night (booking {hb}) and had to buy a new ticket for USD {amt}.\n\n"
            "Please refund the new ticket and the compensation to my account:\n  IBAN {ib}\n  Account holder: {sc}\n"
            "Alternatively to the card I used, {card}.\n\nYou can reach me on {ph} or at my address: {home}.\n\nKind regards,\n{sig}",
            em=EM(s.email()), flt=flt, pnr=pnr, sl=N(s.lat()), pp=PP(s.passport()), dob=DOB(s.dob_s(pick(("en_long", "en_us", "pp")))),
            dt=incident_date().strftime("%B %d"), tkt=tkt, pr=PR(s.pr()), hb=order_no(10), amt=amount(300, 2000), ib=IB(group4(s.iban())), sc=N(s.lat_up()),
            card=BC(fmt_card(s.card_home()[1], "space")), ph=PH(s.phone_home("intl")), home=AD(s.addr_home()), sig=N(s.first_lat))
    elif lang == "ru":
        s = P.fx()
        d.f("Претензия в авиакомпанию / 航空投诉\nРейс {flt}, бронь {pnr}, билет {tkt}\n\n"
            "Я, {fio}, паспорт {pp}, виза КНР {visa}, дата рождения {dob}, летел(а) рейсом {flt} из Владивостока в Харбин. Багаж (бирка {bag}) повреждён.\n"
            "Прошу возместить 12 400 рублей на карту {card} или на счёт {ib}.\n"
            "Мой адрес: {home}\nТелефон: {ph}, WhatsApp {wa}, почта {em}\n\nС уважением, {sig}",
            flt=flt, pnr=pnr, tkt=tkt, fio=N(s.ru()), visa=VI(s.visa()), pp=PP(s.passport()), dob=DOB(s.dob_s(pick(("dot", "ru_long")))), bag=f"{letters(2)}{digits(6)}",
            card=BC(fmt_card(s.card_home()[1], "space")), ib=IB(s.iban()), home=AD(s.addr_home()), ph=PH(s.phone_home("local")),
            wa=IM(s.whatsapp()), em=EM(s.email()), sig=N(s.ru_fi()))
    else:
        s = P.fx()
        d.f("شكوى إلى شركة الطيران / 航空投诉\nالرحلة: {flt}  رمز الحجز: {pnr}  التذكرة: {tkt}\n\n"
            "أنا {ar1}، جواز سفر رقم {pp}، تأشيرة رقم {visa}، مواليد {dob}. تأخرت رحلتي ١٤ ساعة دون تقديم فندق، وضاعت حقيبتي (رقم البطاقة {bag}).\n"
            "أطالب بتعويض قدره ٥٠٠ دولار يحوَّل إلى حسابي {ib} أو إلى بطاقتي {card}.\n"
            "للتواصل: {ph} أو {em}\nعنواني في الصين: {addr}\n\n{sig}",
            flt=flt, pnr=pnr, tkt=tkt, ar1=N(s.ar_full), visa=VI(s.visa()), card=BC(fmt_card(s.card_home()[1], "space")), pp=PP(s.passport()), dob=DOB(s.dob_s(pick(("ar_long", "ar_slash", "iso")))),
            bag=f"{letters(2)}{digits(6)}", ib=IB(group4(s.iban())), ph=PH(s.phone_home("intl")), em=EM(s.email()), addr=AD(s.addr_cn()),
            sig=N(s.ar_short))


@layout("lawyer_meeting_request")
def lay_lawyer(d: Doc, lang: str) -> None:
    P = Pool(lang)
    lic = f"1{digits(16)}"
    if lang == "zh":
        s, lw = P.fx(), P.cn()
        d.f("律师会见在押犯罪嫌疑人申请表\n{dock}\n\n致：{city}市看守所\n\n"
            "申请会见律师：{ln}　律师执业证号：{lic}\n律师身份证号：{lidc}　联系电话：{lph}\n所在律所：{firm}律师事务所\n\n"
            "被会见人：{si}，{sx}，出生日期{dob}，护照号码{pp}，签证号码{visa}\n被会见人家属委托人：{fam}，微信{fwx}，永久居留身份证{fpr}\n律师费收款账户：{lcard}\n\n"
            "会见事由：了解案情，提供法律咨询。需翻译人员一名（{lg}）。\n申请日期：{dt}\n律师签名：{ls}",
            dock=docket_zh(), city=s.city, ln=N(lw.cn), lic=lic, lidc=IDC(lw.id_card()), lph=PH(lw.phone_cn("plain")), firm=pick(("金杜", "中伦", "大成", "君合")),
            si=zh_intro(s), sx=sex_zh(s), dob=DOB(s.dob_s(pick(("zh", "spoken")))), pp=PP(s.passport()), visa=VI(s.visa()),
            fam=N((f := P.fx()).lat()), fwx=IM(f.wxid()), fpr=PR(f.pr()), lcard=BC(fmt_card(lw.card_cn()[1], "space")), lg=LANG_ZH.get(s.nat3, "英语"), dt=zhd(incident_date()), ls=N(lw.cn))
    elif lang == "en":
        s, lw = P.fx(), P.cn()
        d.f("Request for a lawyer's visit to a detained person (courtesy translation)\nCourt docket: {dock}\n\n"
            "Lawyer: {ll} (licence no. {lic}, ID {lidc}), {firm} Law Firm; mobile {lph}; email {lem}\n\n"
            "Detainee: {sl}, date of birth {dob}, passport {pp}, visa {visa}, residence permit {rp}.\n"
            "The detainee's sister, {sis}, instructed us by telephone from abroad ({sph}) and by Skype ({ssk}). Our fee was paid from her account {sib}.\n\n"
            "Visit requested for {dt}, interpreter required (English). Consular officer to be informed.\n{ls}",
            dock=docket_zh(), ll=N(lw.lat()), lic=lic, lidc=IDC(lw.id_card()), firm=pick(("Zhong Lun", "King & Wood", "Dentons")), lph=PH(lw.phone_cn("intl")), lem=EM(lw.email()),
            sl=N(s.lat()), dob=DOB(s.dob_s(pick(("en_long", "slash_dmy")))), pp=PP(s.passport()), rp=RP(s.rp()), visa=VI(s.visa()), sis=N((f := P.fx(sex="F", nat3=s.nat3)).lat()),
            sph=PH(f.phone_home("intl")), ssk=IM(h_skype(f)), sib=IB(group4(f.iban())), dt=incident_date().strftime("%d %b %Y"), ls=N(lw.lat_up()))
    elif lang == "ru":
        s, lw = P.fx(), P.cn()
        d.f("律师会见申请 / Заявление адвоката о свидании с задержанным\n案号 / № дела: {dock}\n\n"
            "Адвокат: {ll}（{lc}），удостоверение № {lic}, 身份证 {lidc}, тел. {lph}\n"
            "Задержанный: {fio}, {dob} г.р., паспорт {pp}, виза {visa}, ВНЖ {rp}\n"
            "Родственник: {rel} (мать), тел. {rph}, VK {rvk}; гонорар оплачен с её счёта {rib}\n\n"
            "Прошу предоставить свидание с {fio_ins} {dt} с участием переводчика.\nПодпись: {ls}",
            dock=docket_zh(), ll=N(lw.lat()), lc=N(lw.cn), lic=lic, lidc=IDC(lw.id_card()), lph=PH(lw.phone_cn("plain")), fio=N(s.ru()), dob=DOB(s.dob_s("dot")),
            pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), rel=N((f := P.fx(sex="F", nat3=s.nat3)).ru()), rph=PH(f.phone_home("intl")),
            rvk=IM(h_vk_url(f)), rib=IB(f.iban()), fio_ins=N(s.ru("ins")), dt=incident_date().strftime("%d.%m.%Y"), ls=N(lw.cn))
    else:
        s, lw = P.fx(), P.cn()
        d.f("طلب زيارة محامٍ لموقوف / 律师会见申请\nرقم القضية: {dock}\n\n"
            "المحامي: {ll} ({lc})، رقم الترخيص {lic}، رقم الهوية {lidc}، هاتف {lph}\n"
            "الموقوف: {ar1}، مواليد {dob}، جواز سفر {pp}، تأشيرة {visa}، تصريح إقامة {rp}\n"
            "الأخ: {bro}، واتساب {bwa}، إيمو {bimo}\nدُفعت الأتعاب من حساب الأخ {bib}\n\nالتاريخ المطلوب: {dt}\nتوقيع المحامي: {ls}",
            dock=docket_zh(), ll=N(lw.lat()), lc=N(lw.cn), lic=ar_digits(lic), lidc=IDC(lw.id_card()), lph=PH(lw.phone_cn("plain")), ar1=N(s.ar_full),
            dob=DOB(s.dob_s(pick(("ar_long", "ar_dmy")))), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), bro=N((f := P.fx(sex="M", nat3=s.nat3)).ar_full),
            bwa=IM(f.whatsapp()), bimo=IM(h_imo(f)), bib=IB(group4(f.iban())), dt=ar_digits(incident_date().isoformat()), ls=N(lw.cn))


@layout("customs_declaration")
def lay_customs(d: Doc, lang: str) -> None:
    P = Pool(lang)
    flt = f"{pick(('CA', 'MU', 'CZ', 'SU', 'EK', 'QR'))}{R.randint(100, 999)}"
    if lang == "zh":
        s = P.fx()
        d.f("中华人民共和国海关进境旅客行李物品申报单\n申报单号：{no}　航班号/车次：{flt}\n\n"
            "1. 姓名：{si}\n2. 出生日期：{dob}\n3. 护照号码：{pp}　签证号码：{visa}\n4. 国籍：{nat}\n5. 在华住址：{addr}\n6. 联系电话：{ph}\n7. 境内接机人：{jc}，身份证号{jidc}\n\n"
            "申报物品：现钞 USD 9,800（超限额申报）；手机2部（IMEI {im1}、{im2}）；商品样品货号{art}×40件\n\n"
            "证件机读区（自助申报终端识读）：\n",
            no=digits(12), flt=flt, si=zh_intro(s), dob=DOB(s.dob_s(pick(("zh", "compact", "ydot")))), pp=PP(s.passport()), nat=nat_zh(s),
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")), visa=VI(s.visa()), jc=N((j := P.cn()).cn), jidc=IDC(j.id_card()), im1=imei(), im2=imei(), art=f"{letters(2)}-{digits(5)}")
        mrz_block(d, s.mrz())
        d.f("\n\n旅客签名：{sig}　　海关关员：工号{b}", sig=N(s.lat_up()), b=badge())
    elif lang == "en":
        s = P.fx()
        d.f("CUSTOMS DECLARATION — INCOMING PASSENGER (English version)\nFlight: {flt}   Seat: {seat}   Form no.: {no}\n\n"
            "Surname / Given names: {sc}\nDate of birth: {dob}\nPassport no.: {pp}    PR card no.: {pr}\nAddress in China: {addr}\nPhone: {ph}\nHost in China: {hc}, resident ID {hidc}\n\n"
            "Goods to declare: 2 laptops (serial {ser}), drone (lot {lt}), cash USD 6,000.\nVehicle (if by land): n/a\n\nMachine-readable zone:\n",
            flt=flt, seat=f"{R.randint(10, 45)}{pick('ABCDEF')}", no=digits(11), sc=N(s.lat_comma()), dob=DOB(s.dob_s(pick(("pp", "slash_dmy", "en_short")))),
            pp=PP(s.passport()), addr=AD(s.addr_cn()), ph=PH(s.phone_home("intl")), ser=letters(3) + digits(7), lt=lot(), pr=PR(s.pr()), hc=N((h := P.cn()).lat()), hidc=IDC(h.id_card()))
        mrz_block(d, s.mrz())
        d.f("\n\nI declare the above to be true. Signature: {sig}", sig=N(s.lat()))
    elif lang == "ru":
        s = P.fx()
        d.f("入境申报单（陆路口岸） / Таможенная декларация (пункт пропуска Пограничный — Суйфэньхэ)\n№ {no}\n\n"
            "Ф.И.О.: {fio}\nДата рождения: {dob}\nПаспорт: {pp}; виза КНР {visa}\nАвтомобиль / 车辆: {pl}, VIN {vin}\nТел.: {ph}\n"
            "Адрес в РФ: {home}\nВстречающий в КНР: {hc}, 身份证 {hidc}\n\nТовары: запчасти арт. {art} — 12 шт.; наличные 300 000 руб.\nМЧЗ:\n",
            no=digits(10), fio=N(s.ru()), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()), pl=PL(s.plate_home()), vin="XTA" + digits(14),
            ph=PH(s.phone_home("intl")), home=AD(s.addr_home()), art=digits(9), visa=VI(s.visa()), hc=N((h := P.cn()).cn), hidc=IDC(h.id_card()))
        mrz_block(d, s.mrz())
        d.f("\n\nПодпись декларанта: {sig}   海关关员：{b}", sig=N(s.ru_initials()), b=badge())
    else:
        s = P.fx()
        d.f("إقرار جمركي للمسافر القادم / 旅客行李申报单\nرقم الإقرار: {no}   الرحلة: {flt}\n\n"
            "الاسم: {ar1}\nالاسم بالصينية: {cn}\nتاريخ الميلاد: {dob}\nجواز السفر: {pp}\nالإقامة الدائمة: {pr}\nالهاتف: {ph}\nالعنوان في الصين: {addr}\nالمستقبِل في الصين: {hc}، رقم الهوية {hidc}\n\n"
            "البضائع: عطور (رقم الدفعة {lt})، مبلغ نقدي ٨٠٠٠ دولار\nالمنطقة المقروءة آلياً:\n",
            no=ar_digits(digits(10)), flt=flt, ar1=N(s.ar_full), cn=N(s.cn), dob=DOB(s.dob_s(pick(("ar_slash", "ar_dmy")))), pp=PP(s.passport()),
            ph=PH(s.phone_home("intl")), addr=AD(s.addr_cn()), lt=lot(), pr=PR(s.pr()), hc=N((h := P.cn()).cn), hidc=IDC(h.id_card()))
        mrz_block(d, s.mrz())
        d.f("\n\nالتوقيع: {sig}", sig=N(s.ar_short))


@layout("visa_extension_questionnaire")
def lay_visa_ext(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, e = P.fx(), P.cn()
        d.f("外国人签证证件申请表（延期）— 附加问卷\n受理编号：{no}\n\n"
            "1. 您的姓名？　{si}\n2. 出生日期？　{dob}\n3. 护照号码？　{pp}\n4. 现持签证号码？　{visa}\n5. 签证页机读区：\n",
            no=digits(15), si=zh_intro(s), dob=DOB(s.dob_s(pick(("zh", "iso", "fw")))), pp=PP(s.passport()), visa=VI(s.visa()))
        mrz_block(d, s.visa_mrz())
        d.f("\n6. 在华住址？　{addr}\n7. 联系方式？　手机{ph}，电子邮件{em}\n8. 邀请/担保单位联系人？　{ec}（身份证号{eidc}），电话{eph}\n"
            "9. 原居留许可号码？　{rp}\n10. 延期理由？　合同尚未结束，需要继续工作。\n11. 是否曾在华违法？　否。\n申请人签字：{sig}",
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")), em=EM(s.email()), ec=N(e.cn), eph=PH(e.landline()), sig=N(s.lat_up()), eidc=IDC(e.id_card()), rp=RP(s.rp()))
    elif lang == "en":
        s, e = P.fx(), P.cn()
        d.f("Visa Extension Questionnaire\nFile {no}\n\n"
            "Q1 Full name as in passport?\n>> {sl}\nQ2 Date of birth?\n>> {dob}\nQ3 Passport number?\n>> {pp}\nQ4 Current visa number?\n>> {visa}\n"
            "Q5 Copy the two lines at the bottom of your visa:\n", no=digits(12), sl=N(s.lat_up()), dob=DOB(s.dob_s(pick(("en_us", "iso", "en_long")))),
            pp=PP(s.passport()), visa=VI(s.visa()))
        mrz_block(d, s.visa_mrz())
        d.f("\nQ6 Address in China?\n>> {addr}\nQ7 Phone / WeChat?\n>> {ph} / {wx}\nQ8 Contact person at your employer?\n>> {el}, {eem}, resident ID {eidc}\n"
            "Q9 Residence permit number (if any)?\n>> {rp}\nQ10 Reason for extension?\n>> my project at the university runs until next June.\nSigned: {sig}",
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("dash")), wx=IM(s.wechat_custom()), el=N(e.lat()), eem=EM(e.email()), sig=N(s.lat()), eidc=IDC(e.id_card()), rp=RP(s.rp()))
    elif lang == "ru":
        s, e = P.fx(), P.cn()
        d.f("签证延期问卷 / Анкета на продление визы\n№ {no}\n\n"
            "1) Ф.И.О.: {fio}\n2) Дата рождения: {dob}\n3) Паспорт: {pp}\n4) Номер визы: {visa}\n5) МЧЗ визы:\n",
            no=digits(12), fio=N(s.ru()), dob=DOB(s.dob_s(pick(("dot", "ru_long")))), pp=PP(s.passport()), visa=VI(s.visa()))
        mrz_block(d, s.visa_mrz())
        d.f("\n6) Адрес: {addr}\n7) Телефон: {ph}; Telegram: {tg}\n8) Приглашающая сторона: {ec}（{el}），тел. {eph}\n"
            "9) ВНЖ (если есть): {rp}\n10) Причина: лечение родственника.\nПодпись: {sig}",
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("space")), tg=IM(s.telegram()), ec=N(e.cn), el=N(e.lat()), eph=PH(e.phone_cn("plain")), rp=RP(s.rp()),
            sig=N(s.ru_initials()))
    else:
        s, e = P.fx(), P.cn()
        d.f("استبيان تمديد التأشيرة / 签证延期问卷\nرقم الملف: {no}\n\n"
            "١) الاسم الكامل: {ar1}\n٢) تاريخ الميلاد: {dob}\n٣) رقم الجواز: {pp}\n٤) رقم التأشيرة الحالية: {visa}\n٥) السطران المقروءان آلياً من التأشيرة:\n",
            no=ar_digits(digits(12)), ar1=N(s.ar_full), dob=DOB(s.dob_s(pick(("ar_slash", "ar_long_ind")))), pp=PP(s.passport()), visa=VI(s.visa()))
        mrz_block(d, s.visa_mrz())
        d.f("\n٦) العنوان: {addr}\n٧) الهاتف: {ph}\n٨) الكفيل: {ec}، هاتف {eph}، رقم الهوية {eidc}\n٩) رقم تصريح الإقامة السابق: {rp}\n١٠) السبب: متابعة أعمال تجارية في السوق.\nالتوقيع: {sig}",
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("ar")), ec=N(e.cn), eph=PH(e.phone_cn("plain")), sig=N(s.ar_short), eidc=IDC(e.id_card()), rp=RP(s.rp()))


@layout("embassy_guarantee_letter")
def lay_embassy(d: Doc, lang: str) -> None:
    P = Pool(lang)
    ref = f"{pick(('CONS', 'KO', 'SEC'))}/{digits(4)}/2024"
    if lang == "zh":
        s, o = P.fx(), P.fx()
        d.f("{nat}驻华大使馆　担保函（中文译本）\n编号：{ref}\n\n致：{city}市公安局出入境管理支队\n\n"
            "兹证明{si}，出生于{dob}，持{nat}护照{pp}（签证号{visa}），系我国公民。其居留许可{rp}因遗失需补办，本馆担保其身份真实。\n"
            "该公民在华住址：{addr}，电话：{ph}。如产生离境费用，由其本人账户{ib}支付。\n\n本馆联系人：领事{ol}，电话{oph}，电子邮箱{oem}，公务车{opl}。\n\n此致\n领事签名：{osig}",
            nat=nat_zh(s), ref=ref, city=s.city, visa=VI(s.visa()), ib=IB(group4(s.iban())), opl=PL(o.plate_cn(kind="使")), si=zh_intro(s), dob=DOB(s.dob_s(pick(("zh", "zh0")))), pp=PP(s.passport()), rp=RP(s.rp()),
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")), ol=N(o.lat()), oph=PH(o.landline("paren")), oem=EM(o.email()), osig=N(o.lat_up()))
    elif lang == "en":
        s, o = P.fx(), P.fx()
        d.f("EMBASSY OF {natu}\nConsular Section — Beijing\nOur ref: {ref}\n\nLETTER OF GUARANTEE\n\n"
            "The Embassy confirms that {sl}, born {dob}, holder of passport no. {pp} and residence permit no. {rp}, is a national of {nat}. "
            "The Embassy guarantees that {hs} will leave China before the expiry of {hs2} visa, no. {visa}, or any extension granted.\n"
            "For this purpose the Embassy has been given the following contact details: tel. {ph}, e-mail {em}, address {addr}.\n"
            "Any costs of departure will be paid from {hs2} account {ib}.\n\nConsul {ol}\nTel. {oph}\nEmbassy vehicle for the hand-over: {opl}",
            natu=nat_en(s).upper(), ref=ref, rp=RP(s.rp()), opl=PL(o.plate_cn(kind="使", sep=" ")), sl=N(s.lat()), dob=DOB(s.dob_s(pick(("en_long", "pp")))), pp=PP(s.passport()), nat=nat_en(s),
            hs="he" if s.sex == "M" else "she", hs2="his" if s.sex == "M" else "her", visa=VI(s.visa()), ph=PH(s.phone_cn("space")),
            em=EM(s.email()), addr=AD(s.addr_cn()), ib=IB(group4(s.iban())), ol=N(o.lat()), oph=PH(o.landline("intl")))
    elif lang == "ru":
        s, o = P.fx(), P.fx()
        d.f("Генеральное консульство / 总领事馆\nИсх. № {ref}\n\nГАРАНТИЙНОЕ ПИСЬМО / 担保函\n\n"
            "Генеральное консульство удостоверяет личность {fio_gen}, {dob} года рождения, паспорт {pp}, виза {visa}, ВНЖ {rp}, "
            "и гарантирует {fio_dat} возвращение на родину. Проживает: {addr}. Тел.: {ph}.\n"
            "Расходы оплачиваются со счёта {ib}.\n\n（中文：兹担保{cn}按期离境。）\n\nКонсул {ol}, тел. {oph}, служебный автомобиль {opl}",
            ref=ref, visa=VI(s.visa()), rp=RP(s.rp()), opl=PL(o.plate_cn(kind="使")), fio_gen=N(s.ru("gen")), dob=DOB(s.dob_s(pick(("ru_long", "dot")))), pp=PP(s.passport()), fio_dat=N(s.ru_fi("dat")),
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("plain")), ib=IB(s.iban()), cn=N(s.cn), ol=N(o.ru_initials()), oph=PH(o.landline("dash")))
    else:
        s, o = P.fx(), P.fx()
        d.f("سفارة {natar} — القسم القنصلي\nالرقم: {ref}\n\nخطاب ضمان / 担保函\n\n"
            "تشهد السفارة بأن المواطن {ar1}، المولود في {dob}، حامل جواز السفر رقم {pp}، وتأشيرة رقم {visa}، وتصريح إقامة رقم {rp}، "
            "من رعاياها، وتضمن مغادرته الأراضي الصينية. عنوانه: {addr}، هاتفه: {ph}، وحسابه المصرفي {ib}.\n"
            "（中文译文：兹证明{cn}系我国公民。）\n\nالقنصل: {ol}\nالهاتف: {oph}\nسيارة السفارة: {opl}",
            natar=COUNTRY[s.nat3][3], rp=RP(s.rp()), ib=IB(group4(s.iban())), opl=PL(o.plate_cn(kind="使")), ref=ar_digits(ref.split("/")[1]), ar1=N(s.ar_full), dob=DOB(s.dob_s(pick(("ar_long", "ar_long_ind")))),
            pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("ar")), cn=N(s.cn), ol=N(o.ar_short),
            oph=PH(o.landline("intl")))


@layout("marriage_registration")
def lay_marriage(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        a, b = P.fx(sex="M"), P.cn(sex="F")
        d.f("涉外婚姻登记申请（结婚登记审查处理表）\n登记字号：J{no}\n\n男方：{ai}\n出生日期：{adob}\n国籍：{nat}\n护照号码：{pp}\n护照资料页机读码：\n",
            no=digits(12), ai=zh_intro(a), adob=DOB(a.dob_s(pick(("zh", "iso")))), nat=nat_zh(a), pp=PP(a.passport()))
        mrz_block(d, a.mrz())
        d.f("\n\n女方：{bc}\n出生日期：{bdob}\n身份证号：{bidc}\n常住户口所在地：{baddr}\n\n"
            "男方居留许可：{arp}\n婚车登记：{pl}\n双方共同住址：{addr}\n联系电话：男方{aph}，女方{bph}\n声明：本人与对方均无配偶，无直系血亲关系。\n男方签名：{asig}　女方签名：{bsig}",
            bc=N(b.cn), bdob=DOB(b.dob_s(pick(("zh0", "zh")))), arp=RP(a.rp()), pl=PL(a.plate_cn()), bidc=IDC(b.id_card()), baddr=AD(b.addr_cn()), addr=AD(a.addr_cn()),
            aph=PH(a.phone_cn("plain")), bph=PH(b.phone_cn("plain")), asig=N(a.lat_up()), bsig=N(b.cn))
    elif lang == "en":
        a, b = P.fx(sex="M"), P.cn(sex="F")
        d.f("APPLICATION FOR MARRIAGE REGISTRATION (foreign party) — certified translation\nRegistry ref. {no}\n\n"
            "Party A (foreign national)\n  {al}\n  born {adob}, passport {pp}\n  passport MRZ:\n", no=digits(10), al=N(a.lat()),
            adob=DOB(a.dob_s(pick(("en_long", "slash_dmy")))), pp=PP(a.passport()))
        mrz_block(d, a.mrz())
        d.f("\n  certificate of no impediment issued by the Embassy, ref. {cni}\n\n"
            "Party B (Chinese citizen)\n  {bl} ({bc})\n  born {bdob}, resident ID {bidc}\n\n"
            "Party A permanent residence card: {apr}\nAddress after marriage: {addr}\nContacts: {aph} (A), {bph} (B), {bem}\nSigned: {asig} / {bsig}",
            cni=f"CNI-{digits(6)}", apr=PR(a.pr()), bl=N(b.lat()), bc=N(b.cn), bdob=DOB(b.dob_s(pick(("en_us", "iso")))), bidc=IDC(b.id_card()),
            addr=AD(a.addr_cn()), aph=PH(a.phone_cn("intl")), bph=PH(b.phone_cn("intl")), bem=EM(b.email()), asig=N(a.lat_up()), bsig=N(b.lat_up()))
    elif lang == "ru":
        a, b = P.fx(sex="F"), P.cn(sex="M")
        d.f("涉外婚姻登记 / Регистрация брака с иностранным гражданином\nЗапись № {no}\n\n"
            "Невеста: {fio}（{cn}）\nДата рождения: {dob}\nЗагранпаспорт: {pp}\nМЧЗ:\n", no=digits(10), fio=N(a.ru()), cn=N(a.cn),
            dob=DOB(a.dob_s(pick(("ru_long", "dot")))), pp=PP(a.passport()))
        mrz_block(d, a.mrz())
        d.f("\n\nЖених: {bc}（{bl}），дата рождения {bdob}, удостоверение личности КНР {bidc}\n"
            "ВНЖ невесты: {arp}\nАдрес: {addr}\nТелефоны: {aph}, {bph}\n\nПодписи: {asig}；{bsig}",
            bc=N(b.cn), bl=N(b.lat()), bdob=DOB(b.dob_s("dot")), arp=RP(a.rp()), bidc=IDC(b.id_card()), addr=AD(b.addr_cn()), aph=PH(a.phone_home("intl")),
            bph=PH(b.phone_cn("plain")), asig=N(a.ru_initials()), bsig=N(b.cn))
    else:
        a, b = P.fx(sex="M"), P.cn(sex="F")
        d.f("طلب تسجيل زواج مع مواطنة صينية / 涉外婚姻登记申请\nرقم القيد: {no}\n\n"
            "الزوج: {ar1}\nتاريخ الميلاد: {adob}\nرقم الجواز: {pp}\nالمنطقة المقروءة آلياً:\n", no=ar_digits(digits(10)), ar1=N(a.ar_full),
            adob=DOB(a.dob_s(pick(("ar_slash", "ar_long")))), pp=PP(a.passport()))
        mrz_block(d, a.mrz())
        d.f("\n\nالزوجة: {bc}（{bl}）\nرقم الهوية الصينية: {bidc}\nتاريخ الميلاد: {bdob}\n"
            "تصريح إقامة الزوج: {arp}\nالعنوان المشترك: {addr}\nالهاتف: {aph} / {bph}\nالتوقيع: {asig}، {bsig}",
            bc=N(b.cn), bl=N(b.lat_up()), arp=RP(a.rp()), bidc=IDC(b.id_card()), bdob=DOB(b.dob_s("zh")), addr=AD(a.addr_cn()), aph=PH(a.phone_cn("ar")),
            bph=PH(b.phone_cn("plain")), asig=N(a.ar_short), bsig=N(b.cn))


@layout("translation_certificate")
def lay_translation(d: Doc, lang: str) -> None:
    P = Pool(lang)
    cert = f"FY{digits(4)}-{digits(6)}"
    if lang == "zh":
        s, t = P.fx(), P.cn()
        d.f("翻译证明\n证书编号：{cert}\n\n兹证明所附{nat}护照资料页中文译文与原件内容相符。\n\n"
            "【原文】\nSurname / Given names: {sl}\nDate of birth: {dob1}\nPassport No.: {pp}\nResidence Permit No.: {rp}\n", cert=cert, nat=nat_zh(s),
            sl=N(s.lat_comma()), dob1=DOB(s.dob_s("pp")), pp=PP(s.passport()), rp=RP(s.rp()))
        mrz_block(d, s.mrz())
        d.f("\n【译文】\n姓名：{sc}\n出生日期：{dob2}\n护照号码：{pp2}\n居留许可号码：{rp2}\n\n翻译人：{tc}　身份证号：{tidc}　译员证号：{tno}\n"
            "翻译公司：{co}翻译有限公司　电话：{tph}　邮箱：{tem}\n翻译费收款账户：{tcard}",
            sc=N(s.cn), dob2=DOB(s.dob_s("zh")), pp2=PP(s.passport()), tc=N(t.cn), tidc=IDC(t.id_card()), tno=digits(11),
            co=pick(("华信", "译国", "同文")), tph=PH(t.landline()), tem=EM(t.email()), rp2=RP(s.rp()),
            tcard=BC(fmt_card(t.card_cn()[1], "space")))
    elif lang == "en":
        s, t = P.fx(), P.cn()
        d.f("CERTIFICATE OF TRANSLATION\nNo. {cert}\n\nI, {tl}, a translator registered under no. {tno}, certify that the attached Chinese text is a true "
            "translation of the {nat} permanent-residence application of {sl}.\n\nKey data of the original:\n  Name: {sl2}\n  DOB: {dob}\n"
            "  Passport: {pp}\n  Visa: {visa}\n  PR card (new format): {pr}\n  MRZ:\n", cert=cert, tl=N(t.lat()), tno=digits(11), nat=nat_en(s), sl=N(s.lat()),
            sl2=N(s.lat_up()), dob=DOB(s.dob_s(pick(("en_short", "en_long")))), pp=PP(s.passport()), pr=PR(s.pr("new")), visa=VI(s.visa()))
        mrz_block(d, s.mrz())
        d.f("\n\nTranslator's contact: {tph}, {tem}, ID card {tidc}\nSeal of the translation agency.", tph=PH(t.phone_cn("space")),
            tem=EM(t.email()), tidc=IDC(t.id_card()))
    elif lang == "ru":
        s, t = P.fx(), P.cn()
        d.f("Удостоверение перевода / 翻译证明\n№ {cert}\n\nНастоящим подтверждается, что перевод паспорта гражданина(ки) {fio_gen} выполнен верно.\n\n"
            "Оригинал:\n  Фамилия, имя: {fi}\n  Дата рождения: {dob}\n  Паспорт: {pp}\n  Виза: {visa}\n  МЧЗ:\n", cert=cert, visa=VI(s.visa()), fio_gen=N(s.ru_fi("gen")),
            fi=N(s.ru_fi()), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()))
        mrz_block(d, s.mrz())
        d.f("\nПеревод:\n  姓名：{cn}\n  出生日期：{dob2}\n  永久居留证：{pr}\n\nПереводчик: {tc}（{tl}），身份证{tidc}，тел. {tph}",
            cn=N(s.cn), dob2=DOB(s.dob_s("zh")), pr=PR(s.pr()), tc=N(t.cn), tl=N(t.lat()), tidc=IDC(t.id_card()), tph=PH(t.phone_cn("plain")))
    else:
        s, t = P.fx(), P.cn()
        d.f("شهادة ترجمة / 翻译证明\nرقم: {cert}\n\nأشهد أنا المترجم {tc} ({tl}) بأن الترجمة الصينية المرفقة لجواز سفر {ar1} مطابقة للأصل.\n\n"
            "بيانات الأصل:\nالاسم: {ar2}\nتاريخ الميلاد: {dob}\nرقم الجواز: {pp}\nرقم التأشيرة: {visa}\n", cert=cert, visa=VI(s.visa()), tc=N(t.cn), tl=N(t.lat()), ar1=N(s.ar_full),
            ar2=N(s.ar_full), dob=DOB(s.dob_s(pick(("ar_long_ind", "ar_slash")))), pp=PP(s.passport()))
        mrz_block(d, s.mrz())
        d.f("\n\n译文：姓名{cn}，出生日期{dob2}，永久居留身份证{pr}。\nهاتف المترجم: {tph}\nرقم هوية المترجم: {tidc}",
            cn=N(s.cn), dob2=DOB(s.dob_s("zh")), pr=PR(s.pr()), tph=PH(t.phone_cn("ar")), tidc=IDC(t.id_card()))


@layout("parcel_customs_hold")
def lay_parcel(d: Doc, lang: str) -> None:
    P = Pool(lang)
    trk = tracking()
    if lang == "zh":
        s = P.fx()
        d.f("【顺丰速运】您的国际包裹因海关查验暂扣\n运单号：{trk}　申报价值：USD {amt}　内件：手机1部（IMEI {im}）\n\n"
            "收件人：{si}\n收件电话：{ph}\n收件地址：\n{addr}\n\n"
            "海关要求补充收件人身份证明：外国人请提供护照号码或永久居留身份证号码。\n收件人已回复：护照{pp}，永居证{pr}；本人出差，由同事{dc}代收，代收人身份证{didc}\n关税代扣银行卡：{card}\n"
            "如有疑问请联系客服95338或添加企业微信{kf}。\n订单编号：{ord}",
            trk=trk, amt=amount(200, 2000), im=imei(), si=zh_intro(s), ph=PH(s.phone_cn(pick(("plain", "space", "fw")))),
            addr=AD(wrap(s.addr_cn(), 9)), pp=PP(s.passport()), pr=PR(s.pr()), dc=N((o := P.cn()).cn), didc=IDC(o.id_card()),
            card=BC(fmt_card(s.card_cn()[1], "space")), kf="sf_kf" + digits(4), ord=order_no(19))
    elif lang == "en":
        s, sd = P.fx(), P.fx()
        d.f("Subject: Your parcel {trk} is held by China Customs — action required\n\nDear {sf},\n\n"
            "Your parcel from {sdl} ({sdem}) has been held for inspection. Declared contents: vitamins, lot {lt}, value USD {amt}.\n"
            "To clear it we need the recipient's identity details. Please reply with: full name, passport or residence-permit number, "
            "phone number and address.\n\n> Full name: {sl}\n> Residence permit: {rp}\n> Passport: {pp}\n> Visa: {visa}\n> Phone: {ph}\n> Address: {addr}\n\n"
            "Broker reference {ref}. Duties payable: RMB {duty}, to be charged to the card on file {card}.",
            trk=trk, sf=N(s.first_lat), sdl=N(sd.lat()), sdem=EM(sd.email()), lt=lot(), amt=amount(50, 500), sl=N(s.lat()), rp=RP(s.rp()),
            pp=PP(s.passport()), ph=PH(s.phone_cn("space")), addr=AD(s.addr_cn()), ref=order_no(11), duty=amount(60, 900), visa=VI(s.visa()), card=BC(fmt_card(s.card_home()[1], "space")))
    elif lang == "ru":
        s = P.fx()
        d.f("Уведомление: посылка {trk} задержана таможней КНР / 包裹被海关暂扣\n\n"
            "Получатель: {fio}\nТел.: {ph}\nАдрес доставки: {addr}\n\n"
            "Для выпуска посылки укажите номер паспорта и ВНЖ.\nОтвет получателя: паспорт {pp}, виза {visa}, ВНЖ {rp}. Пошлину списать с карты {card}. Отправитель — {sfio} ({sph}).\n"
            "Номер заказа на маркетплейсе: {ord}. Объявленная стоимость: 14 500 руб.",
            trk=trk, fio=N(s.ru()), visa=VI(s.visa()), card=BC(fmt_card(s.card_home()[1], "space")), ph=PH(s.phone_cn("plain")), addr=AD(s.addr_cn()), pp=PP(s.passport()), rp=RP(s.rp()),
            sfio=N((o := P.fx()).ru_fi()), sph=PH(o.phone_home("local")), ord=order_no(12))
    else:
        s = P.fx()
        d.f("إشعار: الطرد رقم {trk} محتجز لدى الجمارك الصينية / 包裹海关暂扣通知\n\n"
            "المستلم: {ar1}\nالهاتف: {ph}\nالعنوان: {addr}\n\n"
            "يرجى تزويدنا برقم جواز السفر أو بطاقة الإقامة الدائمة.\nرد المستلم: الجواز {pp}، التأشيرة {visa}، الإقامة الدائمة {pr}\nتُخصم الرسوم من البطاقة {card}\n"
            "قيمة الشحنة المصرح بها: ٣٢٠ دولاراً. رقم الطلب: {ord}",
            trk=trk, ar1=N(s.ar_full), visa=VI(s.visa()), card=BC(fmt_card(s.card_cn()[1], "ar")), ph=PH(s.phone_cn("ar")), addr=AD(s.addr_cn()), pp=PP(s.passport()), pr=PR(s.pr()), ord=ar_digits(order_no(12)))


@layout("bikeshare_dispute")
def lay_bike(d: Doc, lang: str) -> None:
    P = Pool(lang)
    bike = digits(10, True)
    if lang == "zh":
        s, c = P.fx(), P.cn()
        d.f("【共享单车】用户申诉工单\n工单号：{wo}　车辆编号：{bike}　订单号：{ord}\n\n"
            "用户：{si}\n注册手机：{ph}\n实名认证证件：永久居留身份证{pr}\n骑行记录：{rt}开锁，电子锁编号L{lk}；用户常用车辆{upl}停放于地铁P+R停车场\n\n"
            "用户描述：骑行途中被一辆私家车（车牌{pl}）剐蹭，车主{cc}（电话{cph}，身份证号{cidc}）承认全责。车辆损坏不是我造成的，"
            "请退还调度费¥20.00，退回到我的银行卡{card}。\n\n客服回复：已核实，退款将于3个工作日内原路退回。客服工号{kf}",
            wo=digits(12), bike=bike, ord=order_no(16), si=zh_intro(s), ph=PH(s.phone_cn("plain")), pr=PR(s.pr()), pl=PL(c.plate_cn()),
            cc=N(c.cn), cph=PH(c.phone_cn("plain")), card=BC(fmt_card(s.card_cn()[1], "plain")), kf=digits(5),
            rt=f"{R.randint(7, 21):02d}:{R.randint(0, 59):02d}", lk=digits(8), upl=PL(s.plate_cn()), cidc=IDC(c.id_card()))
    elif lang == "en":
        s, c = P.fx(), P.cn()
        d.f("In-app chat with Customer Service (exported)\n\n"
            "Agent: Hi, how can I help?\nUser: I was charged 200 RMB for a 'lost bike' but I parked bike #{bike} at the metro station, there's a photo.\n"
            "Agent: Could you confirm your registered phone number and name?\nUser: {ph}, {sl}. I verified the account with my PR card {pr}\n"
            "Agent: Thank you. Our records show the bike was later moved by another user, {cl}.\n"
            "User: So refund me please, to the Visa card {card}. My email for the receipt: {em}\n"
            "Agent: The refund is approved, ticket {tk}.\nUser: Also, a car {pl} ran over the bike afterwards, the driver was {cl2} (ID {cidc}).",
            bike=bike, pr=PR(s.pr()), cidc=IDC(c.id_card()), ph=PH(s.phone_cn("intl")), sl=N(s.lat()), cl=N(c.lat()), card=BC(fmt_card(s.card_home()[1], "space")),
            em=EM(s.email()), tk=order_no(9), pl=PL(c.plate_cn(kind="ev")), cl2=N(c.lat()))
    elif lang == "ru":
        s, c = P.fx(), P.cn()
        d.f("Жалоба в службу проката велосипедов / 共享单车申诉\nВелосипед № {bike}; поездка {ord}\n\n"
            "Я, {fio}, тел. {ph}, WeChat {wx}, оставил велосипед у дома по адресу {addr}, но с меня списали 199 юаней.\n"
            "Свидетель — сосед {cl}（{cc}），тел. {cph}; его машина {cpl} стояла рядом. Прошу вернуть деньги на карту {card}.\nДата рождения (для верификации): {dob}; ВНЖ {rp}",
            bike=bike, ord=order_no(14), cpl=PL(c.plate_cn()), rp=RP(s.rp()), fio=N(s.ru()), ph=PH(s.phone_cn("space")), wx=IM(s.wxid()), addr=AD(s.addr_cn()), cl=N(c.lat()),
            cc=N(c.cn), cph=PH(c.phone_cn("plain")), card=BC(fmt_card(s.card_cn()[1], "space")), dob=DOB(s.dob_s("dot")))
    else:
        s, c = P.fx(), P.cn()
        d.f("شكوى إلى خدمة الدراجات المشتركة / 共享单车投诉\nرقم الدراجة: {bike}\n\n"
            "أنا {ar1}، رقم الهاتف المسجل {ph}، ورقم الإقامة الدائمة {pr}. خصموا مني ٥٠ يواناً بسبب دراجة لم أستخدمها.\n"
            "الشخص الذي استخدمها فعلاً هو {cc}، ورقم سيارته {pl}، ورقم هويته {cidc}.\nأرجو إرجاع المبلغ إلى بطاقتي {card}.\nبريدي: {em}",
            bike=ar_digits(bike), ar1=N(s.ar_full), pr=PR(s.pr()), cidc=IDC(c.id_card()), ph=PH(s.phone_cn("ar")), cc=N(c.cn), pl=PL(c.plate_cn()), card=BC(fmt_card(s.card_cn()[1], "ar")),
            em=EM(s.email()))


@layout("marketplace_seller_profile")
def lay_seller(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s = P.fx()
        d.f("【跨境电商平台】店铺主体信息（后台导出）\n店铺ID：{sid}　店铺名：{shop}\n\n"
            "主体类型：个人（外籍）\n经营者：{si}\n证件：护照 {pp}；永久居留身份证 {pr}\n经营地址：{addr}\n客服电话：{ph}\n客服微信：{wx}\nLINE：{line}\n\n"
            "结算方式：\n  境内卡　{card}\n  境外账户　{ib}\n\n热销商品：货号{a1}（库存{q1}）、货号{a2}（库存{q2}）\n保证金：¥10,000.00　风控等级：中",
            sid=digits(10), pr=PR(s.pr()), shop=pick(("东方好物", "北极熊小铺", "丝路百货")), si=zh_intro(s), pp=PP(s.passport()), addr=AD(s.addr_cn()),
            ph=PH(s.phone_cn("dash")), wx=IM(s.wechat_custom()), line=IM(h_line(s)), card=BC(fmt_card(s.card_cn()[1], "space")), ib=IB(s.iban()),
            a1=f"{letters(2)}{digits(6)}", q1=R.randint(10, 999), a2=f"{letters(2)}{digits(6)}", q2=R.randint(10, 999))
    elif lang == "en":
        s = P.fx()
        d.f("SELLER PROFILE — verified merchant (screenshot text)\n\n★★★★☆ 4.6  ·  1,284 orders  ·  member since 2021\n\n"
            "About me: Hi, I'm {sf}! I ship handmade leather goods from {city}. DM me on Instagram {ig} or TikTok {tt}.\n\n"
            "Business details (visible to platform staff only)\n  Legal name: {sl}\n  Date of birth: {dob}\n  PR card: {pr}\n  Payout IBAN: {ib}\n"
            "  Phone: {ph}\n  Warehouse: {addr}\n  Delivery van: {pl}\n\nTop listings: SKU {sku1} 'Wallet' $39; SKU {sku2} 'Belt' $25",
            sf=N(s.first_lat), city=CITY_EN[s.city], pl=PL(s.plate_cn(sep=" ")), ig=IM(s.insta()), tt=IM(h_tiktok(s)), sl=N(s.lat_up()), dob=DOB(s.dob_s(pick(("iso", "en_us")))),
            pr=PR(s.pr()), ib=IB(group4(s.iban())), ph=PH(s.phone_cn("space")), addr=AD(s.addr_cn()), sku1=digits(8), sku2=digits(8))
    elif lang == "ru":
        s = P.fx()
        d.f("Профиль продавца / 卖家资料\nМагазин «Восточный базар» · ID {sid}\n\n"
            "Продавец: {fio}\nКитайское имя: {cn}\nПаспорт: {pp}; ВНЖ: {rp}\nТелефон: {ph}\nTelegram: {tg}\nVK: {vk}\n"
            "Реквизиты для выплат: карта {card}; счёт {ib}\nСклад: {addr}\n\nАртикулы: {a1}, {a2}. Рейтинг 4,8.",
            sid=digits(9), fio=N(s.ru()), rp=RP(s.rp()), cn=N(s.cn), pp=PP(s.passport()), ph=PH(s.phone_cn("plain")), tg=IM(s.telegram()), vk=IM(h_vk_url(s)),
            card=BC(fmt_card(s.card_home()[1], "space")), ib=IB(s.iban()), addr=AD(s.addr_cn()), a1=digits(9), a2=digits(9))
    else:
        s = P.fx()
        d.f("ملف البائع / 卖家资料\nالمتجر: عطور الشرق · رقم {sid}\n\n"
            "البائع: {ar1}\nالاسم الصيني: {cn}\nالإقامة الدائمة: {pr}\nالهاتف: {ph}\nواتساب: {wa}\nفايبر: {vb}\nالحساب المصرفي (IBAN): {ib}\nبطاقة الدفع المحلية: {card}\nالمستودع: {addr}\n\n"
            "أرقام المنتجات: {a1}، {a2}",
            sid=ar_digits(digits(8)), ar1=N(s.ar_full), cn=N(s.cn), pr=PR(s.pr()), card=BC(fmt_card(s.card_cn()[1], "plain")), ph=PH(s.phone_cn("plain")), wa=IM(s.whatsapp()), vb=IM(h_viber(s)),
            ib=IB(group4(s.iban())), addr=AD(s.addr_cn()), a1=ar_digits(digits(7)), a2=ar_digits(digits(7)))


@layout("dating_app_report")
def lay_dating(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        v, s = P.cn(sex="F"), P.fx(sex="M")
        d.f("报案材料：交友软件诈骗（受害人自述整理）\n\n我叫{vc}，身份证号{vidc}，手机{vph}。今年5月在探探上认识一个自称“{nick}”的外国男子，"
            "他说叫{sl}（{sc}），在{city}做外贸，给我看过护照，号码是{pp}，还有工作签证{visa}。后来他加了我的LINE {line}和KakaoTalk {kk}，说要带我去投资。\n"
            "我先后转给他银行卡{card}共计¥86,000，还往他给的境外账户{ib}汇过一次。最后一次聊天他说住在{addr}，开一辆车牌{pl}的白色宝马，之后再也联系不上。\n\n"
            "他的手机号{sph}现已停机。交易流水号：{tx}。",
            vc=N(v.cn), vidc=IDC(v.id_card()), vph=PH(v.phone_cn("plain")), nick=pick(("Alex", "Mike", "大卫")), sl=N(s.lat()), sc=N(s.cn), city=s.city,
            pp=PP(s.passport()), visa=VI(s.visa()), pl=PL(s.plate_cn()), line=IM(h_line(s)), kk=IM(h_kakao(s)), card=BC(fmt_card(gen_card("cn")[1], "plain")), ib=IB(group4(s.iban())),
            addr=AD(s.addr_cn()), sph=PH(s.phone_cn("plain")), tx=order_no(24))
    elif lang == "en":
        v, s = P.fx(sex="F"), P.fx(sex="M")
        d.f("Trust & Safety report #{rep} — submitted in app\n\nReporter: {vl} (verified), phone {vph}, DOB {vdob}, PR card {vpr}\n"
            "Reported profile: 'Daniel, 34, engineer' — real name per reporter: {sl}\n\n"
            "What happened: we matched and moved to Telegram ({stg}) and Snapchat ({ssn}). After two weeks he asked me to 'help with customs fees' "
            "and gave the account {ib}. I sent EUR 1,200 (transfer ref {ref}). He also sent a photo of a passport, number {pp}, date of birth {sdob}.\n"
            "He said he lives at {addr} and drives a car with plate {pl}.\n\nAttachments: 14 screenshots.",
            rep=digits(8), vl=N(v.lat()), vpr=PR(v.pr()), pl=PL(s.plate_cn(sep=" ")), vph=PH(v.phone_cn("space")), vdob=DOB(v.dob_s("iso")), sl=N(s.lat()), stg=IM(s.telegram()), ssn=IM(h_snap(s)),
            ib=IB(group4(s.iban())), ref=order_no(12), pp=PP(s.passport()), sdob=DOB(s.dob_s(pick(("slash_dmy", "en_short")))), addr=AD(s.addr_cn()))
    elif lang == "ru":
        v, s = P.fx(sex="F"), P.fx(sex="M")
        d.f("Заявление о мошенничестве через сайт знакомств / 婚恋网站诈骗报案\n\n"
            "Я, {vfio}, тел. {vph}, познакомилась в Badoo с мужчиной, который представился {sins}. "
            "Он писал мне в WhatsApp ({swa}) и в Телеграм ({stg}), говорил, что живёт в Китае по адресу {addr}.\n"
            "По его просьбе я перевела 240 000 рублей на карту {card} и 1 500 долларов на счёт {ib}.\n"
            "Он прислал фото паспорта № {pp}, где дата рождения {sdob}, и китайской визы {visa}. Ездит на машине {pl}.\n\n（中文摘要：报案人{vc}被网友骗取24万卢布。）\nПодпись: {vsig}",
            visa=VI(s.visa()), pl=PL(s.plate_cn()), vfio=N(v.ru()), vph=PH(v.phone_home("intl")), sins=N(s.ru_fi("ins")), swa=IM(s.whatsapp()), stg=IM(s.telegram()), addr=AD(s.addr_cn()),
            card=BC(fmt_card(s.card_home()[1], "space")), ib=IB(s.iban()), pp=PP(s.passport()), sdob=DOB(s.dob_s("dot")), vc=N(v.cn),
            vsig=N(v.ru_initials()))
    else:
        v, s = P.fx(sex="F"), P.fx(sex="M")
        d.f("بلاغ احتيال عبر تطبيق تعارف / 交友软件诈骗报案\n\n"
            "أنا {var}، هاتفي {vph}. تعرفت عبر التطبيق على رجل قال إن اسمه {sar}، ويعمل في التجارة في {city}.\n"
            "تواصلنا عبر إنستغرام {sig} وواتساب {swa}. طلب مني تحويل ٣٠٠٠ دولار إلى الحساب {ib} لدفع رسوم شحنة.\n"
            "أرسل صورة جواز سفر رقم {pp} وتاريخ الميلاد فيها {sdob}، وصورة تأشيرة رقم {visa}.\nدفعت أيضاً من بطاقتي {vcard}.\nرقم المعاملة: {tx}",
            visa=VI(s.visa()), vcard=BC(fmt_card(v.card_cn()[1], "plain")), var=N(v.ar_full), vph=PH(v.phone_home("intl")), sar=N(s.ar_full), city=CITY_EN[s.city], sig=IM(s.insta()), swa=IM(s.whatsapp()),
            ib=IB(group4(s.iban())), pp=PP(s.passport()), sdob=DOB(s.dob_s(pick(("ar_slash", "ar_long")))), tx=ar_digits(order_no(12)))


@layout("landlord_group_chat")
def lay_landlord(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        lw, t1, t2 = P.cn(), P.fx(), P.fx()
        d.f("微信群“{comp}租客群”聊天记录（房东提供）\n\n"
            "{lc}：各位租客注意，派出所要求本周内补登境外人员住宿登记，请把护照号和签证号发我\n"
            "{t1c}：房东好，我是1502的，护照{p1}，签证{v1}\n"
            "{t2n}：801 here. Passport {p2}, residence permit {r2}\n"
            "{lc}：@{t2n2} 你的手机号也发一下\n"
            "{t2n3}：{ph2}\n"
            "{lc}：好的，谢谢。下月房租¥4,500打到我卡上{card}，户名{lc2}\n"
            "{t1c2}：收到。我的永居证号{pr1}，上次忘了给你\n\n"
            "（房东身份证号{lidc}，电话{lph}，出租房屋地址{addr}；801租客车位登记车辆{pl}）",
            comp=pick(CN_COMPOUNDS), lc=N(lw.cn), t1c=N(t1.cn), p1=PP(t1.passport()), v1=VI(t1.visa()), t2n=N(t2.lat()), p2=PP(t2.passport()),
            r2=RP(t2.rp()), t2n2=N(t2.lat()), t2n3=N(t2.lat()), ph2=PH(t2.phone_cn("plain")), card=BC(fmt_card(lw.card_cn()[1], "plain")), lc2=N(lw.cn),
            t1c2=N(t1.cn), pr1=PR(t1.pr()), lidc=IDC(lw.id_card()), lph=PH(lw.phone_cn("plain")), addr=AD(lw.addr_cn()), pl=PL(t2.plate_cn()))
    elif lang == "en":
        lw, t1, t2 = P.cn(), P.fx(), P.fx()
        d.f("WhatsApp group \"Tower B tenants\" — exported chat\n\n"
            "[09/05, 10:02] Landlord {ll}: Hi all, police need everyone's passport and permit numbers by Friday for the residence registration\n"
            "[09/05, 10:05] {t1}: Flat 3A — passport {p1}, residence permit {r1}\n"
            "[09/05, 10:06] {t2}: 5C here, passport {p2}, visa {v2}. My new number is {ph2}\n"
            "[09/05, 10:20] Landlord {ll2}: thanks! Rent for Oct to my account as usual: {card}\n"
            "[09/05, 10:21] {t1b}: Can I pay from my home bank? IBAN {ib1}\n"
            "[09/05, 10:40] Landlord {ll3}: ok. Building address for the form is {addr}, and my ID for the form is {lidc}\n"
            "[09/05, 10:45] {t1b2}: parking list — my car is {pl}\n"
            "[09/05, 10:52] {t3}: 7B, permanent residence card {pr3}\n"
            "[09/05, 11:02] {t2b}: my wife {w} also lives with me, her passport is {wp}",
            ll=N(lw.lat()), t1=N(t1.lat()), p1=PP(t1.passport()), r1=RP(t1.rp()), t2=N(t2.lat()), p2=PP(t2.passport()), v2=VI(t2.visa()),
            ph2=PH(t2.phone_cn("space")), ll2=N(lw.lat()), card=BC(fmt_card(lw.card_cn()[1], "space")), t1b=N(t1.first_lat), ib1=IB(t1.iban()),
            ll3=N(lw.lat()), addr=AD(lw.addr_cn()), lidc=IDC(lw.id_card()), t1b2=N(t1.first_lat), pl=PL(t1.plate_cn(sep=" ")),
            t3=N((t3 := P.fx()).lat()), pr3=PR(t3.pr()), t2b=N(t2.first_lat), w=N((w := P.fx(sex="F", nat3=t2.nat3)).first_lat), wp=PP(w.passport()))
    elif lang == "ru":
        lw, t1, t2 = P.cn(), P.fx(), P.fx()
        d.f("Чат «Аренда — ЖК Хэпин» в WeChat / 租客群\n\n"
            "{lc}（房东）: 各位，派出所要登记，请发护照号和居留许可号 / Пришлите номера паспортов и ВНЖ\n"
            "{t1}: Паспорт {p1}, ВНЖ {r1}\n"
            "{t2}: Паспорт {p2}, виза {v2}. Телефон {ph2}\n"
            "{lc2}: Спасибо. Арендную плату 3 800 юаней — на карту {card}\n"
            "{t1b}: Можно со счёта {ib}?\n"
            "{lc3}: 可以。Адрес квартиры для регистрации: {addr}. Мой 身份证 для бланка: {lidc}\n"
            "{t2b}: У меня ещё машина {pl}, её тоже надо вписать\n"
            "{t3}: Я из 12-й квартиры, ПМЖ {pr3}",
            lc=N(lw.cn), t1=N(t1.ru_fi()), p1=PP(t1.passport()), r1=RP(t1.rp()), t2=N(t2.ru_fi()), p2=PP(t2.passport()), v2=VI(t2.visa()),
            ph2=PH(t2.phone_cn("plain")), lc2=N(lw.cn), card=BC(fmt_card(lw.card_cn()[1], "space")), t1b=N(t1.ru_given()), ib=IB(group4(t1.iban())), lidc=IDC(lw.id_card()), t2b=N(t2.ru_given()), pl=PL(t2.plate_home()),
            t3=N((t3 := P.fx()).ru_fi()), pr3=PR(t3.pr()),
            lc3=N(lw.cn), addr=AD(lw.addr_cn()))
    else:
        lw, t1, t2 = P.cn(), P.fx(), P.fx()
        d.f("مجموعة واتساب «مستأجرو العمارة ٧» / 租客群\n\n"
            "[{d1}] المالك {lc}: يا جماعة، الشرطة تطلب أرقام الجوازات وتصاريح الإقامة\n"
            "[{d1}] {t1}: الجواز {p1}، تصريح الإقامة {r1}، التأشيرة {v1}\n"
            "[{d1}] {t2}: الجواز {p2}، الإقامة الدائمة {pr2}، رقمي {ph2}\n"
            "[{d1}] المالك {lc2}: الإيجار ٣٥٠٠ يوان على بطاقتي {card}\n"
            "[{d1}] {t1b}: أحوّل من حسابي {ib}\n"
            "[{d1}] المالك {lc3}: عنوان الشقة للتسجيل {addr}، ورقم هويتي {lidc}",
            d1=ar_digits(f"{R.randint(1, 28):02d}/09"), lc=N(lw.cn), t1=N(t1.ar_short), p1=PP(t1.passport()), r1=RP(t1.rp()), t2=N(t2.ar_short),
            p2=PP(t2.passport()), pr2=PR(t2.pr()), ph2=PH(t2.phone_cn("ar")), lc2=N(lw.cn), card=BC(fmt_card(lw.card_cn()[1], "plain")),
            t1b=N(t1.ar_given), ib=IB(group4(t1.iban())), v1=VI(t1.visa()), lidc=IDC(lw.id_card()), lc3=N(lw.cn), addr=AD(lw.addr_cn()))


@layout("job_agency_cv")
def lay_cv(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s = P.fx()
        d.f("【猎头推荐】外籍候选人简历\n推荐编号：HR{no}\n\n{sc}　{sl}\n{nat}籍 | {sx} | {dob}出生\n"
            "手机：{ph}　邮箱：{em}\nSkype：{sk}　微信：{wx}\n现住址：{addr}\n护照：{pp}　工作签证：{visa}　居留许可：{rp}\n\n"
            "工作经历\n2019—今　某外资企业 市场部经理\n2015—2019　某贸易公司 销售\n\n工资卡：{card}　境外账户：{ib}\n期望薪资：¥35k×14\n推荐人：{hr}（顾问工号{hn}）",
            no=digits(8), card=BC(fmt_card(s.card_cn()[1], "space")), ib=IB(group4(s.iban())), sc=N(s.cn), sl=N(s.lat_up()), nat=nat_zh(s), sx=sex_zh(s), dob=DOB(s.dob_s(pick(("zh", "ydot", "iso")))), ph=PH(s.phone_cn("space")),
            em=EM(s.email()), sk=IM(h_skype(s)), wx=IM(s.wechat_custom()), addr=AD(s.addr_cn()), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()),
            hr=N(P.cn().cn), hn=digits(5))
    elif lang == "en":
        s = P.fx()
        d.f("{sl}\n{addr}\n{ph}  ·  {em}  ·  Skype: {sk}\n\nPERSONAL\nBorn {dob}  ·  {nat}  ·  Passport {pp}  ·  Z-visa {visa}\n"
            "Residence permit {rp} (valid to 2026)  ·  Own car: {pl}\nSalary account (home): {ib}\n\nEXPERIENCE\n2020–now  Senior English Teacher, {city} (staff no. {stf})\n2016–2020  ESL Tutor, London\n\n"
            "REFERENCES\n{ref}, Head of Department — {refph}\n\nAgency note: candidate ID {cid}; fee 20% of first-year salary.",
            sl=N(s.lat().upper()), pl=PL(s.plate_cn(sep=" ")), ib=IB(group4(s.iban())), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("intl")), em=EM(s.email()), sk=IM(h_skype(s)),
            dob=DOB(s.dob_s(pick(("en_long", "en_us", "slash_dmy")))), nat=nat_en(s), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()),
            city=CITY_EN[s.city], stf=digits(6), ref=N((r := P.fx()).lat()), refph=PH(r.phone_home("intl")), cid=digits(7))
    elif lang == "ru":
        s = P.fx()
        d.f("РЕЗЮМЕ / 简历\n\n{fio}\nДата рождения: {dob}\nГражданство: {nat}\nТелефон (КНР): {ph}\nТелефон (РФ): {ph2}\nE-mail: {em}\nTelegram: {tg}\n"
            "Паспорт: {pp}; виза {visa}; ВНЖ {rp}\nСчёт для зарплаты: {ib}\nЛичный автомобиль: {pl}\nАдрес: {addr}\n\nОпыт: переводчик русского языка, 7 лет.\nЖелаемая зарплата: 15 000 юаней.\n"
            "Агентство: кандидат № {cid}",
            fio=N(s.ru()), dob=DOB(s.dob_s(pick(("dot", "ru_long")))), nat=COUNTRY[s.nat3][2], ib=IB(s.iban()), pl=PL(s.plate_home()), ph=PH(s.phone_cn("plain")), ph2=PH(s.phone_home("local")),
            em=EM(s.email()), tg=IM(s.telegram()), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), addr=AD(s.addr_cn()), cid=digits(6))
    else:
        s = P.fx()
        d.f("السيرة الذاتية / 简历\n\n{ar1}\n{lat}\nتاريخ الميلاد: {dob}\nالجنسية: {nat}\nالهاتف: {ph}\nالبريد: {em}\nواتساب: {wa}\n"
            "الجواز: {pp}، التأشيرة: {visa}، تصريح الإقامة: {rp}\nالحساب المصرفي: {ib}\nالعنوان: {addr}\n\nالخبرة: مترجم عربي-صيني في سوق ييوو، ٦ سنوات.\nرقم المرشح: {cid}",
            ar1=N(s.ar_full), lat=N(s.lat()), ib=IB(group4(s.iban())), dob=DOB(s.dob_s(pick(("ar_long", "ar_slash")))), nat=COUNTRY[s.nat3][3], ph=PH(s.phone_cn("plain")),
            em=EM(s.email()), wa=IM(s.whatsapp()), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), addr=AD(s.addr_cn()), cid=ar_digits(digits(6)))


@layout("exchange_nomination")
def lay_exchange(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        a, b, c = P.fx(age=(1998, 2004)), P.fx(age=(1998, 2004)), P.cn()
        d.f("{uni}大学 国际交流学生提名表（2024秋季学期）\n项目编号：EX-{pj}\n\n"
            "序号 | 姓名 | 出生日期 | 护照号码 | 邮箱\n1 | {a1} | {ad} | {ap} | {ae}\n2 | {b1} | {bd} | {bp} | {be}\n\n签证（X1）：1号 {av}；2号 {bv}\n\n"
            "学生1护照机读区（附件扫描）：\n", uni=pick(("大连理工", "哈尔滨工业", "浙江")), pj=digits(5), av=VI(a.visa()), bv=VI(b.visa()), a1=zh_intro(a), ad=DOB(a.dob_s("iso")),
            ap=PP(a.passport()), ae=EM(a.email()), b1=zh_intro(b), bd=DOB(b.dob_s("zh")), bp=PP(b.passport()), be=EM(b.email()))
        mrz_block(d, a.mrz())
        d.f("\n\n中方联系人：{cc}老师，身份证号{cidc}，办公电话{cph}，邮箱{cem}\n学号预分配：{sn1}、{sn2}", cc=N(c.cn), cidc=IDC(c.id_card()), cph=PH(c.landline()), cem=EM(c.email()),
            sn1=digits(10), sn2=digits(10))
    elif lang == "en":
        a, b, c = P.fx(age=(1998, 2004)), P.fx(age=(1998, 2004)), P.cn()
        d.f("EXCHANGE NOMINATION — Partner University to {uni}\nNomination batch {pj}\n\n"
            "Student 1: {a1}\n  DOB {ad} | passport {ap} | {ae} | mobile {aph} | X1 visa {av}\n  Scholarship account: {aib}\n  MRZ (from passport copy):\n",
            uni=pick(("Fudan University", "Zhejiang University", "Sichuan University")), pj=digits(4), av=VI(a.visa()), aib=IB(group4(a.iban())), a1=N(a.lat_comma()),
            ad=DOB(a.dob_s(pick(("en_short", "slash_dmy")))), ap=PP(a.passport()), ae=EM(a.email()), aph=PH(a.phone_home("intl")))
        mrz_block(d, a.mrz())
        d.f("\n\nStudent 2: {b1}\n  DOB {bd} | passport {bp} | {be} | X1 visa {bv}\n\nHome coordinator: {hc}, {hce}\nHost coordinator: {cc} ({cl}), {cem}",
            b1=N(b.lat_comma()), bv=VI(b.visa()), bd=DOB(b.dob_s(pick(("en_us", "iso")))), bp=PP(b.passport()), be=EM(b.email()), hc=N((h := P.fx()).lat()),
            hce=EM(h.email()), cc=N(c.cn), cl=N(c.lat()), cem=EM(c.email()))
    elif lang == "ru":
        a, b, c = P.fx(age=(1998, 2004)), P.fx(age=(1998, 2004)), P.cn()
        d.f("Номинация студентов по обмену / 交换生提名\nВуз-партнёр: ДВФУ → {uni}\n\n"
            "1. {a1}, {ad} г.р., паспорт {ap}, виза X1 {av}, {ae}\n   счёт для стипендии: {aib}\n   МЧЗ:\n", uni=pick(("黑龙江大学", "大连外国语大学")), av=VI(a.visa()), aib=IB(a.iban()), a1=N(a.ru()),
            ad=DOB(a.dob_s("dot")), ap=PP(a.passport()), ae=EM(a.email()))
        mrz_block(d, a.mrz(), sep="\n   ")
        d.f("\n2. {b1}, {bd} г.р., паспорт {bp}, ВНЖ {brp}, тел. {bph}\n\nКоординатор с китайской стороны: {cc}, {cem}, {cph}",
            b1=N(b.ru()), bd=DOB(b.dob_s("ru_long")), brp=RP(b.rp()), bp=PP(b.passport()), bph=PH(b.phone_home("intl")), cc=N(c.cn), cem=EM(c.email()),
            cph=PH(c.phone_cn("plain")))
    else:
        a, b, c = P.fx(age=(1998, 2004)), P.fx(age=(1998, 2004)), P.cn()
        d.f("ترشيح طلاب التبادل / 交换生提名表\nالجامعة المضيفة: {uni}\n\n"
            "١. {a1} — مواليد {ad} — جواز {ap} — تأشيرة {av} — {ae}\nحساب المنحة: {aib}\nالمنطقة المقروءة آلياً:\n", uni=pick(("宁夏大学", "北京语言大学")), av=VI(a.visa()), aib=IB(group4(a.iban())), a1=N(a.ar_full),
            ad=DOB(a.dob_s(pick(("ar_slash", "ar_dmy")))), ap=PP(a.passport()), ae=EM(a.email()))
        mrz_block(d, a.mrz())
        d.f("\n٢. {b1} — مواليد {bd} — جواز {bp} — تأشيرة {bv}\n\nالمنسق الصيني: {cc}، رقم الهوية {cidc}، {cem}", b1=N(b.ar_full), bd=DOB(b.dob_s("ar_long")), bv=VI(b.visa()), cidc=IDC(c.id_card()), bp=PP(b.passport()),
            cc=N(c.cn), cem=EM(c.email()))


@layout("business_cards_scan")
def lay_cards(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        a, b, c = P.cn(), P.fx(nat3=pick(("KOR", "VNM"))), P.fx()
        d.t("名片扫描识别结果（手机App导出，未校对）\n\n——— 名片1 ———\n")
        d.f("{ac}\n总经理 | 大连{co}进出口有限公司\nM {aph}\nT {atl}\nE {aem}\nQQ {aqq}\n地址 {aaddr}\n收款卡 {acard}（{abank}）\n\n——— 名片2 ———\n",
            ac=N(a.cn), abank=a.card_cn()[0], acard=BC(fmt_card(a.card_cn()[1], "space")), co=pick(("恒通", "远洋", "东北亚")), aph=PH(ocr_noise(a.phone_cn("space"))), atl=PH(a.landline()), aem=EM(a.email()),
            aqq=IM(a.qq()), aaddr=AD(a.addr_cn()))
        plat, h = im_any(b, ("KakaoTalk", "LINE") if b.nat3 == "KOR" else ("Zalo",))
        d.f("{bl}\n{bc}\nSales Director\n☎ {bph}\n{plat}: {h}\n✉ {bem}\n\n——— 名片3 ———\n{cl} ｜ {cc}\n手机 {cph}\nWhatsApp {cwa}\n",
            bl=N(b.lat_up()), bc=N(b.cn), bph=PH(b.phone_home("intl")), plat=plat, h=h, bem=EM(b.email()), cl=N(c.lat()), cc=N(c.cn),
            cph=PH(mix_fw(c.phone_cn("plain"))), cwa=IM(c.whatsapp()))
        d.t(f"\n识别噪声：{mrz_garbage()}\n")
    elif lang == "en":
        a, b, c = P.fx(), P.cn(), P.fx()
        d.f("Business cards collected at the trade fair (OCR, raw)\n\n[card 1]\n{al}\nBusiness Development Manager\nMob: {aph}\nEmail: {aem}\n"
            "LinkedIn: linkedin.com/in/{li}\n{aaddr}\nBank: IBAN {aib}\n\n[card 2]\n{bl} {bc}\nGeneral Manager\nTel {btl} | Mob {bph}\nWeChat ID: {bwx}\n\n"
            "[card 3]\n{cl}\nFounder & CEO\n{cph}\n{cem}\nSignal {csig}\n",
            al=N(a.lat()), aib=IB(group4(a.iban())), aph=PH(ocr_noise(a.phone_home("intl"))), aem=EM(a.email()), li=f"{base(a)}-{digits(4)}", aaddr=AD(a.addr_home()),
            bl=N(b.lat()), bc=N(b.cn), btl=PH(b.landline("intl")), bph=PH(b.phone_cn("intl")), bwx=IM(b.wechat_custom()), cl=N(c.lat_up()),
            cph=PH(c.phone_cn("space")), cem=EM(c.email()), csig=IM(h_signal(c)))
        d.t(f"\n-- OCR footer noise: {mrz_garbage()}\n")
    elif lang == "ru":
        a, b = P.fx(), P.cn()
        d.f("Визитки (сканер CamCard, без проверки) / 名片识别\n\n[1]\n{afio}\nГенеральный директор ООО «Амур-Трейд»\nМоб.: {aph}\nWhatsApp/Viber: {avb}\n"
            "E-mail: {aem}\nАдрес: {aaddr}\nIBAN: {aib}\n\n[2]\n{bc}\n{bl}\n经理 / Менеджер\n手机 {bph}\n微信 {bwx}\nQQ邮箱 {bem}\n",
            afio=N(a.ru()), aib=IB(group4(a.iban())), aph=PH(ocr_noise(a.phone_home("local"))), avb=IM(h_viber(a)), aem=EM(a.email()), aaddr=AD(a.addr_home()), bc=N(b.cn),
            bl=N(b.lat()), bph=PH(b.phone_cn("dash")), bwx=IM(b.wechat_custom()), bem=EM(f"{b.qq()}@qq.com"))
        d.t(f"\nшум распознавания: {mrz_garbage()}\n")
    else:
        a, b = P.fx(), P.cn()
        d.f("بطاقات عمل ممسوحة ضوئياً (بدون تدقيق) / 名片扫描\n\n[١]\n{aar}\n{al}\nمدير المبيعات — شركة النخبة للتجارة\nجوال: {aph}\n"
            "واتساب: {awa}\nالبريد: {aem}\nالعنوان: {aaddr}\nIBAN: {aib}\n\n[٢]\n{bc}\n{bl}\n手机 {bph}\n微信 {bwx}\n",
            aar=N(a.ar_full), al=N(a.lat()), aib=IB(group4(a.iban())), aph=PH(ocr_noise(a.phone_home("intl"))), awa=IM(a.whatsapp()), aem=EM(a.email()),
            aaddr=AD(a.addr_home()), bc=N(b.cn), bl=N(b.lat_up()), bph=PH(b.phone_cn("ar")), bwx=IM(b.wechat_custom()))
        d.t(f"\nضجيج: {mrz_garbage()}\n")


@layout("meeting_minutes")
def lay_minutes(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        a, b, c = P.cn(), P.fx(), P.cn()
        d.f("社区涉外矛盾调处会议纪要\n时间：{dt}　地点：{st}会议室　案件编号：{dock}\n\n"
            "参会人员：社区主任{ac}、外籍住户{bi}、物业经理{cc}、民警（警号{bd}）\n\n"
            "会议记录：\n1. {br}反映楼下餐馆油烟扰民，已多次拨打12345。其联系电话{bph}，住址{baddr}，居留许可号码{brp}。\n"
            "2. 餐馆负责人{cc2}（身份证号{cidc}）表示已安装净化设备，发票号{inv}。\n"
            "3. 物业提出，{br2}的车辆{bpl}和餐馆送货车{cpl}长期占用消防通道，罚款¥200已缴（收据{rc}）。\n"
            "4. 议定：餐馆于十日内整改；{br3}将车辆移至地下车库B2-{slot}号车位。\n\n记录人：{ac2}　参会人签字：{bsig}",
            dt=zhd(incident_date()), st=pick(("春柳", "华山", "联洋")), dock=docket_zh(), ac=N(a.cn), bi=zh_intro(b), cc=N(c.cn), bd=badge(),
            br=zh_ref(b), bph=PH(b.phone_cn("plain")), brp=RP(b.rp()), cpl=PL(c.plate_cn(kind="civil")), baddr=AD(b.addr_cn()), cc2=N(c.cn), cidc=IDC(c.id_card()), inv=order_no(20), br2=zh_ref(b),
            bpl=PL(b.plate_cn(sep="·")), rc=digits(8), br3=zh_ref(b), slot=digits(3), ac2=N(a.cn), bsig=N(b.lat_up()))
    elif lang == "en":
        a, b, c = P.fx(), P.fx(), P.cn()
        d.f("Minutes — Parents' Committee, International School, {dt}\nPresent: {al} (chair), {bl}, {cl}, school nurse\nApologies: none\n\n"
            "Item 1. Car park. {bs} reported that a car with plate {pl} blocks the school gate every morning. The owner is believed to be "
            "{cs}, reachable on {cph}.\nItem 2. Fundraiser. Donations to the committee account {ib}; receipts by e-mail from {aem}.\n"
            "Item 3. Emergency contact sheet updated — {bs2}: {bph}, {bem}, PR card {bpr}.\nItem 4. Trip deposit RMB 1,500 per child, invoice series {inv}.\n\n"
            "Next meeting: first Monday of next month. Minutes taken by {as_}.",
            dt=incident_date().strftime("%d %B %Y"), al=N(a.lat()), bl=N(b.lat()), cl=N(c.lat()), bs=N(b.sur()), pl=PL(c.plate_cn(sep=" ")),
            cs=N(c.sur_lat.title()) if len(c.sur_lat) >= 3 else N(c.lat()), cph=PH(c.phone_cn("space")), ib=IB(group4(a.iban())), aem=EM(a.email()),
            bs2=N(b.sur()), bpr=PR(b.pr()), bph=PH(b.phone_cn("intl")), bem=EM(b.email()), inv=order_no(8), as_=N(a.sur()))
    elif lang == "ru":
        a, b, c = P.fx(), P.fx(), P.cn()
        d.f("Протокол собрания русскоязычной общины / 会议纪要\nДата: {dt}. Дело № {dock}\n\n"
            "Присутствовали: {a1} (председатель), {b1}, представитель полиции {c1}（{cl}）.\n\n"
            "Слушали: {b2} о краже автомобиля {pl} от дома по адресу {addr}; заявитель предъявил карту ПМЖ {bpr}.\n"
            "Постановили: собрать 20 000 юаней на адвоката; деньги переводить на карту {card} ({a2}).\n"
            "Контакты: {a3}, тел. {aph}, Telegram {atg}.\n\nСекретарь: {bsig}",
            dt=incident_date().strftime("%d.%m.%Y"), dock=docket_zh(), a1=N(a.ru_fi()), b1=N(b.ru_fi()), c1=N(c.cn), cl=N(c.lat()), b2=N(b.ru_fi("gen")),
            pl=PL(b.plate_cn()), addr=AD(b.addr_cn()), bpr=PR(b.pr()), card=BC(fmt_card(a.card_cn()[1], "space")), a2=N(a.ru_initials()), a3=N(a.ru_io()),
            aph=PH(a.phone_cn("plain")), atg=IM(a.telegram()), bsig=N(b.ru_initials()))
    else:
        a, b, c = P.fx(), P.fx(), P.cn()
        d.f("محضر اجتماع الجالية العربية في {city} / 会议纪要\nالتاريخ: {dt}\n\n"
            "الحضور: {a1}، {b1}، ومندوب الشرطة {c1}.\n\n"
            "١. عرض السيد {b2} مشكلة سيارته رقم {pl} التي حُجزت، وقدّم تصريح إقامته رقم {brp}.\n٢. تقرر جمع التبرعات على حساب {ib} باسم {a2} (الإقامة الدائمة {apr}).\n"
            "٣. للتواصل مع اللجنة: {aph}، {aem}.\n\nأمين السر: {bsig}",
            city=CITY_EN[a.city], brp=RP(b.rp()), apr=PR(a.pr()), dt=ar_digits(incident_date().isoformat()), a1=N(a.ar_full), b1=N(b.ar_full), c1=N(c.cn), b2=N(b.ar_short),
            pl=PL(b.plate_cn()), ib=IB(group4(a.iban())), a2=N(a.lat_up()), aph=PH(a.phone_cn("ar")), aem=EM(a.email()), bsig=N(b.ar_short))


@layout("order_dispute")
def lay_order(d: Doc, lang: str) -> None:
    P = Pool(lang)
    ordn = order_no(19)
    if lang == "zh":
        s, m = P.fx(), P.cn()
        d.f("【淘宝】退款纠纷 · 平台介入\n订单号：{ordn}\n商品：空气净化器 ×1　实付：¥1,299.00\n物流：{trk}\n\n"
            "买家：{si}（实名认证：永久居留身份证{pr}）\n收货人电话：{ph}\n收货地址：{addr}\n\n卖家：{mc}（店铺“{shop}”，经营者身份证{midc}）\n卖家电话：{mph}\n\n"
            "买家举证：收到的商品序列号{sn}与页面不符。\n卖家回复：请退回至{raddr}，收件人{mc2}。\n"
            "平台判定：支持买家退款，款项原路退回至尾号银行卡{card}。快递员驾驶的{cpl}配送车辆已记录在案。",
            ordn=ordn, trk=tracking(), si=zh_intro(s), pr=PR(s.pr()), cpl=PL(P.cn().plate_cn(kind="ev")), ph=PH(s.phone_cn(pick(("plain", "space")))), addr=AD(s.addr_cn()), mc=N(m.cn),
            shop=pick(("净界旗舰店", "好空气小铺")), midc=IDC(m.id_card()), mph=PH(m.phone_cn("dash")), sn=letters(2) + digits(10), raddr=AD(m.addr_cn()),
            mc2=N(m.cn), card=BC(fmt_card(s.card_cn()[1], "plain")))
    elif lang == "en":
        s, m = P.fx(), P.cn()
        d.f("Dispute #{dsp} — Order {ordn}\nOpened by buyer {sl} ({em}) on {dt}; buyer verified with PR card {pr}\n\n"
            "Buyer's message:\n\"I ordered a 55-inch TV (item no. {item}) and received a broken one. Tracking {trk} shows it was delivered to "
            "{addr} but the courier never called my number {ph}. I paid with my card {card}.\"\n\n"
            "Seller's reply ({ml}, shop owner, ID {midc}):\n\"Please send photos to our WeChat {mwx} or call {mph}. Return address: {raddr}.\"\n\n"
            "Resolution: refund of USD {amt} approved, to the card or, if expired, to IBAN {ib}.",
            dsp=digits(9), ordn=ordn, pr=PR(s.pr()), midc=IDC(m.id_card()), ib=IB(group4(s.iban())), sl=N(s.lat()), em=EM(s.email()), dt=incident_date().isoformat(), item=digits(12), trk=tracking(),
            addr=AD(s.addr_cn()), ph=PH(s.phone_cn("space")), card=BC(fmt_card(s.card_home()[1], "space")), ml=N(m.lat()), mwx=IM(m.wxid()),
            mph=PH(m.phone_cn("plain")), raddr=AD(m.addr_cn()), amt=amount(100, 900))
    elif lang == "ru":
        s, m = P.fx(), P.cn()
        d.f("Спор по заказу / 订单纠纷\nЗаказ № {ordn}, трек {trk}\n\n"
            "Покупатель: {fio}, тел. {ph}, адрес {home}, ВНЖ КНР {rp}\nПродавец: {mc}（{ml}），身份证 {midc}，WeChat {mwx}\n\n"
            "Претензия: пришли не те запчасти (арт. {art}). Прошу вернуть 23 900 руб. на карту {card} или на счёт {ib}.\n"
            "Ответ продавца: 请把货退回到{raddr}。",
            ordn=ordn, trk=tracking(), fio=N(s.ru()), rp=RP(s.rp()), ib=IB(s.iban()), ph=PH(s.phone_home("intl")), home=AD(s.addr_home()), mc=N(m.cn), ml=N(m.lat()),
            midc=IDC(m.id_card()), mwx=IM(m.wechat_custom()), art=digits(10), card=BC(fmt_card(s.card_home()[1], "space")), raddr=AD(m.addr_cn()))
    else:
        s, m = P.fx(), P.cn()
        d.f("نزاع على طلب شراء / 订单纠纷\nرقم الطلب: {ordn}\nرقم التتبع: {trk}\n\n"
            "المشتري: {ar1}، الهاتف {ph}، العنوان {addr}، الإقامة الدائمة {pr}\nالبائع: {mc} ({ml})، هوية {midc}، هاتف {mph}\n\n"
            "الشكوى: وصلت كمية ناقصة من الأقمشة (رقم الدفعة {lt}). أطلب استرداد ٤٥٠٠ يوان إلى بطاقتي {card}.",
            ordn=ar_digits(ordn), trk=tracking(), ar1=N(s.ar_full), pr=PR(s.pr()), ph=PH(s.phone_cn("ar")), addr=AD(s.addr_cn()), mc=N(m.cn), ml=N(m.lat()),
            midc=IDC(m.id_card()), mph=PH(m.phone_cn("plain")), lt=lot(), card=BC(fmt_card(s.card_cn()[1], "plain")))


@layout("phone_bill_text")
def lay_bill(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s = P.fx()
        raw = s.m("cnraw", gen_cn_mobile_raw)
        c1, c2 = P.cn(), P.fx()
        d.f("中国电信 月结账单（PDF文本）　账期：2024年08月\n客户名称：{sc}\n证件：外国人永久居留身份证 {pr}\n服务号码：{ph}\n"
            "账户号：{acc}　合同号：{ct}\n账单寄送地址：{addr}\n托收银行卡：{card}\n\n"
            "副卡持有人：{c1n}（身份证{c1idc}）\n\n通话详单（节选）\n08-03 19:22　主叫　{c1}　12分钟\n08-07 08:45　被叫　{c2}　3分钟\n08-19 22:10　主叫　{c3}　国际长途 7分钟\n\n"
            "终端：IMEI {im}\n本期应缴：¥{amt}　发票代码：{inv}",
            sc=N(s.cn), pr=PR(s.pr()), c1n=N(c1.cn), c1idc=IDC(c1.id_card()), ph=PH(fmt_cn_mobile(raw, "plain")), acc=digits(12), ct=digits(10), addr=AD(s.addr_cn()),
            card=BC(fmt_card(s.card_cn()[1], "space")), c1=PH(c1.phone_cn("plain")), c2=PH(c2.phone_cn("plain")), c3=PH(s.phone_home("intl")),
            im=imei(), amt=f"{R.randint(50, 500)}.{R.randint(10, 99)}", inv=digits(12))
    elif lang == "en":
        s, c1 = P.fx(), P.fx()
        d.f("China Mobile — Monthly Statement (English)\nAccount holder ........ {sl}\nID document ........... Passport {pp}\nSecondary ID .......... PR card {pr}\n"
            "Number ................ {ph}\nAccount no. ........... {acc}\nBilling address ....... {addr}\nAuto-pay .............. {card}\n\n"
            "ITEMISED CALLS\n  2024-08-02 10:14  OUT  {c1}   00:04:12\n  2024-08-11 21:40  IN   {c2}   00:21:03\n  2024-08-23 07:55  OUT  {c3}  (international)\n\n"
            "Data roaming: 0 MB   Device IMEI: {im}\nTotal due: RMB {amt}   Statement no. {stn}",
            sl=N(s.lat_up()), pp=PP(s.passport()), pr=PR(s.pr()), ph=PH(s.phone_cn("plain")), acc=digits(12), addr=AD(s.addr_cn()),
            card=BC(fmt_card(s.card_home()[1], "plain")), c1=PH(c1.phone_cn("plain")), c2=PH(P.cn().phone_cn("plain")), c3=PH(c1.phone_home("intl")),
            im=imei(), amt=f"{R.randint(50, 500)}.{R.randint(10, 99)}", stn=digits(14))
    elif lang == "ru":
        s, c1 = P.fx(), P.cn()
        d.f("Счёт за связь / 话费账单 (China Unicom), август 2024\nАбонент: {fio}\nДокумент: ВНЖ {rp}\nНомер: {ph}\nЛицевой счёт: {acc}\n"
            "Адрес: {addr}\nАвтоплатёж: карта {card}\n\nДетализация:\n02.08 исх. {c1} 5 мин\n09.08 исх. {c2} роуминг 11 мин\n15.08 вх. {c3} 2 мин\n\nIMEI {im}. Итого: {amt} юаней.",
            fio=N(s.ru()), rp=RP(s.rp()), card=BC(fmt_card(s.card_cn()[1], "space")), ph=PH(s.phone_cn("plain")), acc=digits(12), addr=AD(s.addr_cn()), c1=PH(c1.phone_cn("plain")),
            c2=PH(s.phone_home("intl")), c3=PH(P.fx().phone_home("local")), im=imei(), amt=R.randint(50, 500))
    else:
        s, c1 = P.fx(), P.cn()
        d.f("فاتورة الهاتف الشهرية / 话费账单\nالمشترك: {ar1}\nالوثيقة: إقامة دائمة {pr}\nالرقم: {ph}\nرقم الحساب: {acc}\nالعنوان: {addr}\nالدفع التلقائي: بطاقة {card}\n\n"
            "تفاصيل المكالمات:\n{d1}  صادرة  {c1}\n{d2}  دولية  {c2}\n\nIMEI: {im}\nالمبلغ المستحق: {amt} يوان",
            ar1=N(s.ar_full), pr=PR(s.pr()), ph=PH(s.phone_cn("ar")), card=BC(fmt_card(s.card_cn()[1], "ar")), acc=ar_digits(digits(12)), addr=AD(s.addr_cn()), d1=ar_digits("08-04"),
            c1=PH(c1.phone_cn("plain")), d2=ar_digits("08-17"), c2=PH(s.phone_home("intl")), im=imei(), amt=ar_digits(str(R.randint(50, 500))))


@layout("tax_residency_certificate")
def lay_tax(d: Doc, lang: str) -> None:
    P = Pool(lang)
    tin = digits(18)
    if lang == "zh":
        s = P.fx()
        d.f("中国税收居民身份证明\n编号：{no}\n\n兹证明：\n姓名　{si}\n出生日期　{dob}\n国籍　{nat}\n证件号码　永久居留身份证{pr}（护照{pp}）\n"
            "纳税人识别号　{tin}\n居住地址　{addr}\n\n为{yr}年度中国税收居民。\n申请人开户银行账户（境外）：{ib}\n境内工资卡：{card}\n扣缴义务人联系人：{cc}（身份证号{cidc}），电话{cph}\n\n国家税务总局{city}市税务局（章）",
            no=digits(14), si=zh_intro(s), card=BC(fmt_card(s.card_cn()[1], "plain")), cc=N((c := P.cn()).cn), cidc=IDC(c.id_card()),
            cph=PH(c.landline()), dob=DOB(s.dob_s(pick(("zh", "zh0")))), nat=nat_zh(s), pr=PR(s.pr()), pp=PP(s.passport()),
            tin=tin, addr=AD(s.addr_cn()), yr=2023, ib=IB(s.iban()), city=s.city)
    elif lang == "en":
        s = P.fx()
        d.f("CERTIFICATE OF TAX RESIDENCE (People's Republic of China)\nCertificate No.: {no}\n\nThis is to certify that\n\n"
            "  Name:                 {sl}\n  Date of birth:        {dob}\n  Passport No.:         {pp}\n  Permanent residence:  {pr}\n  Former res. permit:   {rp}\n"
            "  Taxpayer ID:          {tin}\n  Address:              {addr}\n\nis a resident of China for tax purposes for the year 2023 within the meaning "
            "of the Double Taxation Agreement with {nat}.\n\nRequested for: pension payment to account {ib}.\nContact: {em} / {ph}",
            no=digits(14), sl=N(s.lat()), rp=RP(s.rp()), dob=DOB(s.dob_s(pick(("en_long", "iso", "pp")))), pp=PP(s.passport()), pr=PR(s.pr()), tin=tin,
            addr=AD(s.addr_cn()), nat=nat_en(s), ib=IB(group4(s.iban())), em=EM(s.email()), ph=PH(s.phone_cn("space")))
    elif lang == "ru":
        s = P.fx()
        d.f("Справка о налоговом резидентстве КНР / 中国税收居民身份证明\n№ {no}\n\n"
            "ФИО: {fio}\n中文姓名：{cn}\nДата рождения: {dob}\nПаспорт: {pp}\nПМЖ: {pr} (ранее ВНЖ {rp})\nИНН (КНР): {tin}\nАдрес: {addr}\n\n"
            "Является налоговым резидентом КНР за 2023 г. Для представления в банк: счёт {ib}.",
            no=digits(14), fio=N(s.ru()), rp=RP(s.rp()), cn=N(s.cn), dob=DOB(s.dob_s("dot")), pp=PP(s.passport()), pr=PR(s.pr()), tin=tin, addr=AD(s.addr_cn()),
            ib=IB(s.iban()))
    else:
        s = P.fx()
        d.f("شهادة الإقامة الضريبية في الصين / 中国税收居民身份证明\nالرقم: {no}\n\n"
            "الاسم: {ar1}\nالاسم بالصينية: {cn}\nتاريخ الميلاد: {dob}\nالجواز: {pp}\nالإقامة الدائمة: {pr}\nتصريح الإقامة السابق: {rp}\nالرقم الضريبي: {tin}\nالعنوان: {addr}\n\n"
            "لتقديمها إلى البنك، الحساب: {ib}",
            no=ar_digits(digits(14)), ar1=N(s.ar_full), rp=RP(s.rp()), cn=N(s.cn), dob=DOB(s.dob_s(pick(("ar_long_ind", "ar_slash")))), pp=PP(s.passport()),
            pr=PR(s.pr()), tin=ar_digits(tin), addr=AD(s.addr_cn()), ib=IB(group4(s.iban())))


@layout("bus_ticket_check")
def lay_bus(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        ppl = [P.cn(), P.fx(), P.cn(), P.fx()]
        d.t(f"长途客运站 实名制验票记录　班次K{R.randint(100, 999)}　发车时间07:30\n票号|旅客|证件|座位|手机\n")
        for i, p in enumerate(ppl):
            doc = IDC(p.id_card()) if p.chinese else (PR(p.pr()) if i == 1 else PP(p.passport()))
            nm = N(p.cn) if p.chinese else [N(p.cn), "(", N(p.lat_up()), ")"]
            d.f("{tk}|{nm}|{doc}|{seat}|{ph}\n", tk=digits(12), nm=nm, doc=doc, seat=f"{R.randint(1, 45):02d}", ph=PH(p.phone_cn(pick(("plain", "fw", "space")))))
        d.f("\n验票员：工号{b}　异常：第2位旅客证件与购票信息不一致，已核对护照{pp}后放行；第4位旅客出示签证{v4}。", b=badge(), pp=PP(ppl[1].passport()), v4=VI(ppl[3].visa()))
    elif lang == "en":
        ppl = [P.fx(), P.cn(), P.fx()]
        d.t("Intercity coach — real-name ticket check (printout)\nRoute Shenzhen → Guangzhou   Coach no. 31   Driver badge " + badge() + "\n\n")
        for i, p in enumerate(ppl):
            doc = IDC(p.id_card()) if p.chinese else (RP(p.rp()) if i == 2 else PP(p.passport()))
            d.f("Ticket {tk}\n  Passenger: {nm}\n  ID: {doc}\n  DOB: {dob}\n  Seat {seat}\n", tk=digits(14), nm=N(p.lat_up()), doc=doc,
                dob=DOB(p.dob_s(pick(("iso", "compact", "slash_dmy")))), seat=R.randint(1, 45))
        d.f("\nNote: passenger {n3} paid in cash; contact number left at counter {ph}. Passenger 1 also showed visa {v1}.", n3=N(ppl[2].sur()), ph=PH(ppl[2].phone_cn("plain")), v1=VI(ppl[0].visa()))
    elif lang == "ru":
        ppl = [P.fx(), P.fx(), P.cn()]
        d.t("Проверка билетов / 实名验票 — автобус Суйфэньхэ → Пограничный\n")
        for p in ppl:
            if p.chinese:
                d.f("• {tk} — {nm} — 身份证 {doc} — {ph}\n", tk=digits(10), nm=N(p.cn), doc=IDC(p.id_card()), ph=PH(p.phone_cn("plain")))
            else:
                d.f("• {tk} — {nm} — паспорт {doc} — виза {v} — {ph}\n", tk=digits(10), nm=N(p.lat_up()), doc=PP(p.passport()), v=VI(p.visa()),
                    ph=PH(p.phone_home("intl")))
        d.f("\nКонтролёр № {b}. Второй пассажир показал карту ПМЖ {pr}. Пассажир {n} предъявил также МЧЗ визы:\n", b=badge(),
            pr=PR(ppl[1].pr()), n=N(ppl[0].ru_fi()))
        mrz_block(d, ppl[0].visa_mrz())
    else:
        ppl = [P.fx(), P.cn(), P.fx()]
        d.t("سجل التحقق من التذاكر بالاسم الحقيقي / 实名验票记录\nالحافلة: ييوو ← هانغتشو\n")
        for p in ppl:
            if p.chinese:
                d.f("{tk} | {nm} | 身份证 {doc} | {ph}\n", tk=ar_digits(digits(10)), nm=N(p.cn), doc=IDC(p.id_card()), ph=PH(p.phone_cn("plain")))
            else:
                d.f("{tk} | {nm} | جواز {doc} | {ph}\n", tk=ar_digits(digits(10)), nm=N(p.lat_up()), doc=PP(p.passport()), ph=PH(p.phone_cn("ar")))
        d.f("\nملاحظة: الراكب الأول قدّم تصريح إقامة {rp}. الراكب {n} قدّم تأشيرته رقم {v}:\n", rp=RP(ppl[0].rp()), n=N(ppl[2].ar_short),
            v=VI(ppl[2].visa()))
        mrz_block(d, ppl[2].visa_mrz())


@layout("game_ban_appeal")
def lay_game(d: Doc, lang: str) -> None:
    P = Pool(lang)
    uid = digits(10, True)
    if lang == "zh":
        s = P.fx(age=(1996, 2006))
        d.f("【王者荣耀】账号封禁申诉\n申诉单号：SS{no}　游戏UID：{uid}\n\n"
            "绑定QQ：{qq}\n绑定手机：{ph}\n实名认证信息：{si}　证件：永久居留身份证{pr}\n出生日期：{dob}\n\n"
            "申诉说明：我没有使用外挂，封号前一天我的账号在异地登录（IP 183.{ip}），可能被盗。最近一次充值¥648，支付银行卡{card}。\n"
            "退款也可退至我的境外账户{ib}。\n紧急联系人：{gc}（身份证号{gidc}）。请通过邮箱{em}联系我。",
            no=digits(10), uid=uid, ib=IB(s.iban()), gc=N((g := P.cn()).cn), gidc=IDC(g.id_card()), qq=IM(s.qq()), ph=PH(s.phone_cn("plain")), si=zh_intro(s), pr=PR(s.pr()), dob=DOB(s.dob_s(pick(("zh", "compact")))),
            ip=f"{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}", card=BC(fmt_card(s.card_cn()[1], "plain")), em=EM(s.email()))
    elif lang == "en":
        s = P.fx(age=(1996, 2006))
        d.f("Ban appeal — ticket #{no}\nGame account UID {uid}    Region: CN-East\n\n"
            "Hello support team, my account was banned for 'cheating' but I never cheated. I play from {city} where I study.\n"
            "Account email: {em}\nDiscord: {dc}\nTikTok (where I stream): {tt}\nDate of birth on the account: {dob}\n"
            "Last purchase: 'Battle Pass' USD 9.99 with card {card} (order {ord}); refunds can go to IBAN {ib}.\nFor real-name verification: passport {pp}, residence permit {rp}.\n\nThanks, {sf}",
            no=digits(8), uid=uid, ib=IB(group4(s.iban())), city=CITY_EN[s.city], em=EM(s.email()), dc=IM(f"{base(s)}_{digits(4)}"), tt=IM(h_tiktok(s)),
            dob=DOB(s.dob_s(pick(("slash_mdy", "en_us")))), card=BC(fmt_card(s.card_home()[1], "space")), ord=order_no(14), pp=PP(s.passport()),
            rp=RP(s.rp()), sf=N(s.first_lat))
    elif lang == "ru":
        s = P.fx(age=(1996, 2006))
        d.f("Апелляция на блокировку аккаунта / 游戏封号申诉\nUID {uid}, обращение № {no}\n\n"
            "Здравствуйте! Меня зовут {fi}, мне заблокировали аккаунт без причины. Мой VK {vk}, Telegram {tg}, почта {em}.\n"
            "Для подтверждения личности: паспорт {pp}, виза {visa}, ВНЖ {rp}, дата рождения {dob}, телефон {ph}.\nПоследний донат 1 990 руб. с карты {card}.",
            uid=uid, no=digits(9), fi=N(s.ru_fi()), visa=VI(s.visa()), rp=RP(s.rp()), vk=IM(h_vk_url(s)), tg=IM(s.telegram()), em=EM(s.email()), pp=PP(s.passport()),
            dob=DOB(s.dob_s(pick(("dot", "ru_long")))), ph=PH(s.phone_home("intl")), card=BC(fmt_card(s.card_home()[1], "plain")))
    else:
        s = P.fx(age=(1996, 2006))
        d.f("طلب استئناف حظر حساب لعبة / 游戏封号申诉\nمعرف اللاعب: {uid}\n\n"
            "أنا {ar1}، تم حظر حسابي ظلماً. بريدي {em}، تيك توك {tt}، رقمي {ph}.\nتاريخ ميلادي {dob}، وجوازي {pp}، وتأشيرتي {visa}.\n"
            "آخر عملية شراء كانت ببطاقتي {card}، ويمكن رد المبلغ إلى حسابي {ib}.",
            uid=ar_digits(uid), ar1=N(s.ar_full), visa=VI(s.visa()), ib=IB(group4(s.iban())), em=EM(s.email()), tt=IM(h_tiktok(s)), ph=PH(s.phone_cn("ar")),
            dob=DOB(s.dob_s(pick(("ar_slash", "ar_long")))), pp=PP(s.passport()), card=BC(fmt_card(s.card_home()[1], "ar")))


@layout("pet_boarding_form")
def lay_pet(d: Doc, lang: str) -> None:
    P = Pool(lang)
    chip = "156" + digits(12)
    pet = pick(("Lucky", "Mochi", "Bella", "Barsik", "Simba"))
    if lang == "zh":
        s, c = P.fx(), P.cn()
        d.f("宠物寄养登记表\n寄养单号：JY{no}　宠物名：{pet}（柯基，3岁）　芯片号：{chip}\n疫苗本编号：{vac}\n\n"
            "主人：{si}\n居留许可：{rp}\n手机：{ph}\n微信：{wx}\n住址：{addr}\n接送车辆：{pl}\n\n"
            "寄养期间紧急联系人：{cc}　{cph}　身份证{cidc}\n寄养费：¥120/天 × 14天，押金¥500（刷卡{card}）\n主人签字：{sig}",
            no=digits(8), pet=pet, chip=chip, vac=digits(9), rp=RP(s.rp()), cidc=IDC(c.id_card()), si=zh_intro(s), ph=PH(s.phone_cn("plain")), wx=IM(s.wechat_custom()), addr=AD(s.addr_cn()),
            pl=PL(s.plate_cn()), cc=N(c.cn), cph=PH(c.phone_cn("dash")), card=BC(fmt_card(s.card_cn()[1], "space")), sig=N(s.cn))
    elif lang == "en":
        s, c = P.fx(), P.fx()
        d.f("HAPPY PAWS PET HOTEL — Boarding Agreement\nBooking {no}   Pet: {pet} (cat)   Microchip: {chip}\n\n"
            "Owner\n{sl}\nPR card {pr}\n{addr}\n{ph}\n{em}\nCar (drop-off): {pl}\n\nWhile I am away (flight to {natc}) please contact {cl} on {cph} or WhatsApp {cwa}.\n"
            "Card on file: {card}\nDeposit refund to IBAN {ib}\n\nSigned {sig}",
            no=digits(7), pet=pet, chip=chip, sl=N(s.lat()), pr=PR(s.pr()), ib=IB(group4(s.iban())), addr=AD(s.addr_cn()), ph=PH(s.phone_cn("space")), em=EM(s.email()), pl=PL(s.plate_cn(sep=" ")),
            natc=nat_en(s), cl=N(c.lat()), cph=PH(c.phone_cn("plain")), cwa=IM(c.whatsapp()), card=BC(fmt_card(s.card_home()[1], "space")), sig=N(s.sur()))
    elif lang == "ru":
        s, c = P.fx(), P.fx()
        d.f("Договор передержки животного / 宠物寄养协议\n№ {no}. Кличка: {pet}, чип {chip}\n\n"
            "Владелец: {fio}\nПМЖ: {pr}\nТел.: {ph}\nTelegram: {tg}\nАдрес: {addr}\nАвтомобиль: {pl}\n\n"
            "Доверенное лицо: {cfi}, тел. {cph}\nОплата: 1 680 юаней, карта {card}; возврат залога на счёт {ib}\nПодпись владельца: {sig}",
            no=digits(6), pet=pet, chip=chip, fio=N(s.ru()), pr=PR(s.pr()), ib=IB(s.iban()), ph=PH(s.phone_cn("plain")), tg=IM(s.telegram()), addr=AD(s.addr_cn()), pl=PL(s.plate_home()),
            cfi=N(c.ru_fi()), cph=PH(c.phone_cn("space")), card=BC(fmt_card(s.card_cn()[1], "plain")), sig=N(s.ru_initials()))
    else:
        s, c = P.fx(), P.fx()
        d.f("استمارة إيواء حيوان أليف / 宠物寄养登记\nرقم الحجز: {no}  الاسم: {pet}  الشريحة: {chip}\n\n"
            "المالك: {ar1}\nالإقامة الدائمة: {pr}\nالهاتف: {ph}\nالعنوان: {addr}\nالسيارة: {pl}\n\nجهة الاتصال البديلة: {car} {cph}، تصريح الإقامة {crp}\nالبطاقة: {card}\nإعادة التأمين إلى الحساب: {ib}",
            no=ar_digits(digits(6)), pet=pet, chip=ar_digits(chip), pr=PR(s.pr()), crp=RP(c.rp()), ib=IB(group4(s.iban())), ar1=N(s.ar_full), ph=PH(s.phone_cn("ar")), addr=AD(s.addr_cn()),
            pl=PL(s.plate_cn()), car=N(c.ar_short), cph=PH(c.phone_cn("plain")), card=BC(fmt_card(s.card_cn()[1], "plain")))


@layout("crowdfunding_page")
def lay_crowd(d: Doc, lang: str) -> None:
    P = Pool(lang)
    if lang == "zh":
        s, o = P.fx(age=(1985, 2000)), P.cn()
        d.f("【轻松筹】救救在华留学生{sr}！\n项目编号：{no}　目标金额：¥500,000　已筹：¥{amt}\n\n"
            "患者：{si}，{dob}出生，{nat}籍，在{city}就读（学习签证{visa}，学习类居留许可{rp}）。9月突发脑出血，现于ICU治疗。\n"
            "发起人：同学{oc}（身份证{oidc}），电话{oph}，抖音号{ody}，小红书号{oxhs}。\n"
            "善款接收：患者本人银行卡{card}；其家属境外账户{ib}。\n患者护照号码：{pp}（已提交平台审核）\n住院号：{zy}",
            sr=zh_ref(s), no=digits(9), visa=VI(s.visa()), rp=RP(s.rp()), amt=amount(10000, 300000), si=zh_intro(s), dob=DOB(s.dob_s("zh")), nat=nat_zh(s), city=s.city, oc=N(o.cn),
            oidc=IDC(o.id_card()), oph=PH(o.phone_cn("plain")), ody=IM(h_douyin(o)), oxhs=IM(h_xhs(o)), card=BC(fmt_card(s.card_cn()[1], "plain")),
            ib=IB(s.iban()), pp=PP(s.passport()), zy=digits(9))
    elif lang == "en":
        s, o = P.fx(age=(1985, 2000)), P.fx()
        d.f("GoFundMe-style page (text capture)\n\nHelp {sf} get home!\n£{amt} raised of £40,000 · 612 donors\n\n"
            "{sl} ({dob}) was injured in a motorbike accident in {city} on {dt}. {hs} is stable but needs a medical flight home.\n"
            "Organiser: {ol}, {oem}, Instagram {oig}\nFunds go to the family's account {ib}.\nYou can also donate locally to {sf2}'s card {card}.\n"
            "Update 3: the other driver's car ({pl}) has been identified by police.\nVerification (visible to platform staff only): passport {pp}, visa {visa}, residence permit {rp}.",
            sf=N(s.first_lat), pp=PP(s.passport()), visa=VI(s.visa()), rp=RP(s.rp()), amt=amount(1000, 39000), sl=N(s.lat()), dob=DOB(s.dob_s(pick(("en_long", "en_us")))), city=CITY_EN[s.city],
            dt=incident_date().strftime("%d %B"), hs="He" if s.sex == "M" else "She", ol=N(o.lat()), oem=EM(o.email()), oig=IM(o.insta()),
            ib=IB(group4(s.iban())), sf2=N(s.first_lat), card=BC(fmt_card(s.card_cn()[1], "space")), pl=PL(P.cn().plate_cn()))
    elif lang == "ru":
        s, o = P.fx(age=(1985, 2000)), P.fx()
        d.f("Сбор средств / 众筹: помогите {sdat}!\nСобрано {amt} из 2 000 000 руб.\n\n"
            "{sfi}, {dob} г.р., попал(а) в ДТП в Китае: виновник скрылся на машине {pl}. Нужна операция.\n"
            "Организатор: {ofi}, тел. {oph}, VK {ovk}\nРеквизиты: карта {card}; счёт {ib}\nПаспорт пострадавшего(ей) для подтверждения: {pp}, виза {visa}",
            sdat=N(s.ru_fi("dat")), pl=PL(P.cn().plate_cn()), visa=VI(s.visa()), amt=amount(10000, 1900000), sfi=N(s.ru_fi()), dob=DOB(s.dob_s(pick(("dot", "ru_long")))), ofi=N(o.ru_fi()),
            oph=PH(o.phone_home("intl")), ovk=IM(h_vk_url(o)), card=BC(fmt_card(s.card_home()[1], "space")), ib=IB(s.iban()), pp=PP(s.passport()))
    else:
        s, o = P.fx(age=(1985, 2000)), P.fx()
        d.f("حملة تبرعات / 众筹\nساعدوا أخانا {sar} على العلاج\n\n"
            "{sar2}، مواليد {dob}، طالب في {city}، أصيب بمرض خطير ويحتاج إلى عملية.\n"
            "المنظم: {oar}، واتساب {owa}، فيسبوك {ofb}\nالتبرع إلى الحساب {ib} أو البطاقة {card}.\nرقم جواز المريض: {pp}، رقم التأشيرة: {visa}، تصريح الإقامة: {rp}",
            sar=N(s.ar_short), visa=VI(s.visa()), rp=RP(s.rp()), sar2=N(s.ar_full), dob=DOB(s.dob_s(pick(("ar_slash", "ar_long_ind")))), city=CITY_EN[s.city], oar=N(o.ar_full),
            owa=IM(o.whatsapp()), ofb=IM(h_fb(o)), ib=IB(group4(s.iban())), card=BC(fmt_card(s.card_cn()[1], "plain")), pp=PP(s.passport()))


@layout("tenant_checkin_sms")
def lay_sms_checkin(d: Doc, lang: str) -> None:
    P = Pool(lang)
    rc = digits(16)
    if lang == "zh":
        s, lw = P.fx(), P.cn()
        d.f("短信（106XXXX 派出所）：【{st}】您好，您申报的境外人员住宿登记已受理，回执号{rc}。住宿人：{si}，护照{pp}，签证{visa}，"
            "住址{addr}。请于24小时内携带证件到所核验。咨询电话{tel}。\n\n"
            "短信（房东 {lc}）：小{ls}啊，派出所说你的居留许可号码要补，{rp}对吗？你的车{pl}也要登记停车位。\n\n"
            "回复：对的，永居证也办下来了{pr}。我手机换号了：{ph}\n\n"
            "短信（房东 {lc2}）：好的。登记表上房东身份证号写{lidc}，房租还是打到{lcard}。",
            st="".join(STATION[s.city]), rc=rc, lc2=N(lw.cn), lidc=IDC(lw.id_card()), lcard=BC(fmt_card(lw.card_cn()[1], "plain")), si=zh_intro(s), pp=PP(s.passport()), visa=VI(s.visa()), addr=AD(s.addr_cn()),
            tel=PH(gen_cn_landline(s.city)), lc=N(lw.cn), ls=zh_ref(s), rp=RP(s.rp()), pl=PL(s.plate_cn()), pr=PR(s.pr()), ph=PH(s.phone_cn("plain")))
    elif lang == "en":
        s, lw = P.fx(), P.cn()
        d.f("SMS from the police station (English template):\n[{st}] Dear {sl}, your accommodation registration (receipt {rc}) for {addr} has been received. "
            "Passport {pp}, visa {visa}. Please bring your passport within 24 hours. Enquiries: {tel}.\n\n"
            "SMS from landlord {ll}: Hi {sf}, the police also asked for your residence permit number and your car plate.\n"
            "Reply: Hi! Permit is {rp}, car {pl}, and my new permanent residence card is {pr}. New phone {ph}, old one {ph_old} is off.\n"
            "SMS from landlord {ll2}: Thanks! For the form I also gave my ID number {lidc}.",
            st=STATION[s.city][1], sl=N(s.lat()), pr=PR(s.pr()), ll2=N(lw.lat()), lidc=IDC(lw.id_card()), rc=rc, addr=AD(s.addr_cn()), pp=PP(s.passport()), visa=VI(s.visa()), tel=PH(gen_cn_landline(s.city, "paren")),
            ll=N(lw.lat()), sf=N(s.first_lat), rp=RP(s.rp()), pl=PL(s.plate_cn(sep=" ")), ph=PH(s.phone_cn("space")),
            ph_old=PH(fmt_cn_mobile(gen_cn_mobile_raw(), "plain")))
    elif lang == "ru":
        s, lw = P.fx(), P.cn()
        d.f("СМС из полицейского участка / 派出所短信:\n【{st}】Уважаемый(ая) {sio}, регистрация по месту пребывания (квитанция {rc}) по адресу {addr} принята. "
            "Паспорт {pp}, виза {visa}. Явиться в течение 24 часов.\n\n"
            "СМС от хозяина квартиры {lc}: 你的居留许可号码？还有车牌？\nОтвет: ВНЖ {rp}, ПМЖ уже оформляю (номер карты будет {pr}), машина {pl}, мой новый номер {ph}\nСМС от {lc2}: 好的。Мой 身份证 для бланка: {lidc}",
            st=STATION[s.city][1], sio=N(s.ru_io()), pr=PR(s.pr()), lc2=N(lw.cn), lidc=IDC(lw.id_card()), rc=rc, addr=AD(s.addr_cn()), pp=PP(s.passport()), visa=VI(s.visa()), lc=N(lw.cn), rp=RP(s.rp()),
            pl=PL(s.plate_cn()), ph=PH(s.phone_cn("plain")))
    else:
        s, lw = P.fx(), P.cn()
        d.f("رسالة نصية من مركز الشرطة / 派出所短信:\n【{st}】السيد/السيدة {sar}، تم استلام تسجيل السكن (إيصال {rc}) في {addr}. جواز {pp}، تأشيرة {visa}. "
            "يرجى الحضور خلال ٢٤ ساعة.\n\nرسالة من المالك {lc}: أرسل رقم الإقامة الدائمة ورقم السيارة\n"
            "الرد: الإقامة الدائمة {pr}، السيارة {pl}، رقمي الجديد {ph}\nالمالك {lc2}: شكراً، رقم هويتي للاستمارة {lidc}",
            st=STATION[s.city][1], sar=N(s.ar_full), lc2=N(lw.cn), lidc=IDC(lw.id_card()), rc=ar_digits(rc), addr=AD(s.addr_cn()), pp=PP(s.passport()), visa=VI(s.visa()), lc=N(lw.cn),
            pr=PR(s.pr()), pl=PL(s.plate_cn()), ph=PH(s.phone_cn("ar")))


@layout("vaccination_certificate")
def lay_vacc(d: Doc, lang: str) -> None:
    P = Pool(lang)
    cert = f"VC{digits(12)}"
    if lang == "zh":
        s, c = P.fx(), P.cn()
        d.f("国际预防接种证书（黄皮书）信息页\n证书编号：{cert}\n\n姓名：{si}\n出生日期：{dob}\n国籍：{nat}\n护照号码：{pp}\n\n"
            "接种记录：\n黄热病疫苗　批号{l1}　{d1}　接种单位：{city}国际旅行卫生保健中心\n脑膜炎疫苗　批号{l2}　{d2}\n\n"
            "护照机读码（核验）：\n", cert=cert, si=zh_intro(s), dob=DOB(s.dob_s(pick(("zh", "ydot")))), nat=nat_zh(s), pp=PP(s.passport()), l1=lot(),
            d1=incident_date().isoformat(), city=s.city, l2=lot(), d2=incident_date().isoformat())
        mrz_block(d, s.mrz())
        d.f("\n\n受种者居留许可：{rp}\n接种医生：{cc}（工号{no}）　联系电话：{ph}\n收费：¥{fee}，刷卡{card}", cc=N(c.cn), no=digits(5),
            ph=PH(s.phone_cn("plain")), rp=RP(s.rp()), fee=R.randint(200, 900), card=BC(fmt_card(s.card_cn()[1], "space")))
    elif lang == "en":
        s, c = P.fx(), P.cn()
        d.f("INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nCertificate no. {cert}\n\nThis is to certify that {sl}, date of birth {dob}, "
            "sex {sx}, nationality {nat}, national identification document passport {pp}, has on the date indicated been vaccinated against:\n\n"
            "Yellow fever — manufacturer lot {l1} — {d1}\nTyphoid — lot {l2} — {d2}\n\nMachine-readable zone of passport (verification):\n",
            cert=cert, sl=N(s.lat()), dob=DOB(s.dob_s(pick(("pp", "en_long", "slash_dmy")))), sx="male" if s.sex == "M" else "female", nat=nat_en(s),
            pp=PP(s.passport()), l1=lot(), d1=incident_date().strftime("%d %b %Y"), l2=lot(), d2=incident_date().strftime("%d %b %Y"))
        mrz_block(d, s.mrz())
        d.f("\n\nClinician: {cl}    Contact: {em}\nFee RMB {fee} paid by card {card}; visa on file {visa}", cl=N(c.lat()), em=EM(s.email()),
            fee=R.randint(200, 900), card=BC(fmt_card(s.card_home()[1], "space")), visa=VI(s.visa()))
    elif lang == "ru":
        s, c = P.fx(), P.cn()
        d.f("Международное свидетельство о вакцинации / 国际预防接种证书\n№ {cert}\n\n"
            "Ф.И.О.: {fio}\nДата рождения: {dob}\nПаспорт: {pp}\nАдрес: {addr}\n\nПрививки: жёлтая лихорадка, серия {l1}; гепатит А, серия {l2}.\nМЧЗ паспорта:\n",
            cert=cert, fio=N(s.ru()), dob=DOB(s.dob_s(pick(("dot", "ru_long")))), pp=PP(s.passport()), addr=AD(s.addr_cn()), l1=lot(), l2=lot())
        mrz_block(d, s.mrz())
        d.f("\n\nВрач: {cc}. Телефон пациента: {ph}. ПМЖ пациента: {pr}. Оплата картой {card}.", cc=N(c.cn), ph=PH(s.phone_cn("plain")),
            pr=PR(s.pr()), card=BC(fmt_card(s.card_home()[1], "space")))
    else:
        s, c = P.fx(), P.cn()
        d.f("الشهادة الدولية للتطعيم / 国际预防接种证书\nرقم الشهادة: {cert}\n\n"
            "الاسم: {ar1}\nتاريخ الميلاد: {dob}\nرقم الجواز: {pp}\n\nالتطعيمات: الحمى الصفراء، رقم التشغيلة {l1}؛ الحمى الشوكية، رقم التشغيلة {l2}\n"
            "المنطقة المقروءة آلياً:\n", cert=cert, ar1=N(s.ar_full), dob=DOB(s.dob_s(pick(("ar_slash", "ar_dmy")))), pp=PP(s.passport()), l1=lot(), l2=lot())
        mrz_block(d, s.mrz())
        d.f("\n\nالطبيب: {cc}\nهاتف المسافر: {ph}\nالرسوم مدفوعة بالبطاقة {card}\nرقم التأشيرة: {visa}\nالإقامة الدائمة: {pr}", cc=N(c.cn),
            ph=PH(s.phone_cn("ar")), card=BC(fmt_card(s.card_cn()[1], "ar")), visa=VI(s.visa()), pr=PR(s.pr()))
# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
def parse_dob(v: str) -> dt.date | None:
    m = re.fullmatch(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]", v)
    if m:
        v = f"{norm_digits(m[1])}年{cn_int(m[2])}月{cn_int(m[3])}日"
    s = norm_digits(v).strip()
    cands = []
    m = re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", s)
    if m:
        cands.append((m[1], m[2], m[3]))
    m = re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", s)
    if m:
        cands.append((m[1], m[2], m[3]))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        cands.append((m[1], m[2], m[3]))
    m = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", s)
    if m:
        cands += [(m[3], m[2], m[1]), (m[3], m[1], m[2])]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?\s+(\d{4})", s, re.I)
    if m and m[2].lower() in MONTH_WORDS:
        cands.append((m[3], str(MONTH_WORDS[m[2].lower()]), m[1]))
    m = re.fullmatch(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})", s)
    if m and m[1].lower() in MONTH_WORDS:
        cands.append((m[3], str(MONTH_WORDS[m[1].lower()]), m[2]))
    m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{2})", s)
    if m and m[2].lower() in MONTH_WORDS:
        yy = int(m[3])
        cands.append((str(1900 + yy if yy > 12 else 2000 + yy), str(MONTH_WORDS[m[2].lower()]), m[1]))
    for y, mo, da in cands:
        try:
            d = dt.date(int(y), int(mo), int(da))
        except ValueError:
            continue
        if 1930 <= d.year <= 2015:
            return d
    return None


def check_value(typ: str, v: str) -> None:
    a = alnum(v)
    if typ == "id_card":
        assert re.fullmatch(r"\d{17}[\dX]", a) and mod11_2(a[:17]) == a[17], v
    elif typ == "bank_card":
        assert re.fullmatch(r"\d{13,19}", a) and luhn_ok(a), v
    elif typ == "iban":
        assert iban_ok(a), v
    elif typ == "mrz":
        assert re.fullmatch(r"[A-Z0-9<]{44}", v), v
    elif typ == "permanent_residence":
        assert pr_ok(a), v
    elif typ == "phone":
        assert 7 <= sum(c.isdigit() for c in norm_digits(v)) <= 15, v
        nv = norm_digits(v).strip()
        nd = "".join(c for c in nv if c.isdigit())
        if nv.startswith(("+86", "0086", "(+86)")):
            nd = nd[4:] if nv.startswith("0086") else nd[2:]
        elif nv.startswith("+"):
            nd = ""
        if re.fullmatch(r"1\d{10}", nd):
            assert nd[:3] in CN_MOBILE_PREFIX, v
    elif typ == "email":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v), v
    elif typ == "passport":
        assert re.fullmatch(r"[A-Z0-9]{6,10}", a), v
    elif typ == "visa":
        assert re.fullmatch(r"[A-Z0-9]{7,12}", a), v
    elif typ == "residence_permit":
        assert re.fullmatch(r"Y\d{9}", a), v
    elif typ == "date_of_birth":
        assert parse_dob(v), v
    elif typ == "plate":
        assert 5 <= len(v) <= 16, v
    elif typ == "person_name":
        assert not v.endswith(("先生", "女士", "小姐", "警官")), v
        assert not any(v == t or v.startswith(t + " ") or v.startswith(t + ".") for t in TITLES), v
        assert not re.search(r"\d", v), v
    elif typ == "address":
        assert len(v) >= 4, v
    elif typ == "im_handle":
        assert len(v) >= 5 and " " not in v.strip("+"), v


def validate_doc(rec: dict, meta: list) -> None:
    text, spans = rec["text"], rec["spans"]
    assert 300 <= len(text) <= 2500, (rec["id"], len(text))
    assert 5 <= len(spans) <= 32, (rec["id"], len(spans))
    last = 0
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"], (rec["id"], sp)
        assert sp["start"] >= last, (rec["id"], "overlap", sp)
        last = sp["end"]
        check_value(sp["type"], sp["value"])
    # one value, one type
    vt: dict[str, str] = {}
    for sp in spans:
        assert vt.setdefault(sp["value"], sp["type"]) == sp["type"], (rec["id"], sp)
    # MRZ lines come in checked zones
    zone_lines = set()
    for kind, lines in meta:
        if kind == "mrz":
            assert mrz_pair_ok(*lines), (rec["id"], lines)
            zone_lines |= set(lines)
    for sp in spans:
        if sp["type"] == "mrz":
            assert sp["value"] in zone_lines, (rec["id"], sp)
    # no unannotated copy of any value: exact, case-insensitive whole-word, and digit-only forms
    for v in set(vt):
        for m in re.finditer(re.escape(v), text):
            assert covered(spans, m.start(), m.end()), (rec["id"], "unannotated copy", v, m.start())
        if re.search(r"[^\W\d_]", v):
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
                assert covered(spans, m.start(), m.end()), (rec["id"], "unannotated copy (case)", v, m.start())
        dg = "".join(c for c in norm_digits(v) if c.isdigit())
        if len(dg) >= 7 and not re.search(r"[^\W\d_]", v):
            for m in re.finditer(dg, text):
                assert covered(spans, m.start(), m.end()), (rec["id"], "unannotated digits", v, m.start())
    # names of people: every annotated name token also annotated where it stands alone
    for sp in spans:
        if sp["type"] == "person_name":
            for tok in re.split(r"[\s·,.]+", sp["value"]):
                if len(tok) >= 4 and re.fullmatch(r"[^\W\d_]+", tok):
                    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", text):
                        assert covered(spans, m.start(), m.end()), (rec["id"], "name token", tok, m.start())


def build() -> list[dict]:
    per_lang = Counter()
    recs = []
    for name, fn in LAYOUTS:
        for lang in LANGS:
            d = Doc()
            fn(d, lang)
            per_lang[lang] += 1
            rec = {"id": f"{FAMILY}-{lang}-{per_lang[lang]:03d}", "lang": lang, "family": FAMILY, "layout": name,
                   "text": d.text(), "spans": d.spans}
            validate_doc(rec, d.meta)
            recs.append(rec)
    return recs


EARLIER_LAYOUTS = {  # families J and K: none of these kinds may come back in L
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
}
MIN_PER_TYPE = 50


def check_set(recs: list[dict], rep: dict) -> None:
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
        print(f"  {name:28s} {n}")
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
