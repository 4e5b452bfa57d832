"""De-identification on Presidio: every recognizer type, context words in zh/en/ru, library validators,
consistent pseudonyms, the residual check and reports without values."""

from __future__ import annotations

import json

import pytest

from guardrails.pii import (
    DeidentificationError,
    DeidentificationTimeout,
    Deidentifier,
    ResidualPIIError,
    deidentify_text,
    id_checksum_ok,
    luhn_ok,
)

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


def test_checksums_come_from_stdnum() -> None:
    assert id_checksum_ok("11010519491231002X")
    assert not id_checksum_ok("110105194912310021")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


CASES = [
    # Chinese ID (GB 11643) and a lookalike with a wrong check character (still masked)
    ("登记身份证号11010519491231002X。", "id_card", "11010519491231002X"),
    ("身份证号110105194912310021（校验位不对）", "id_card", "110105194912310021"),
    # passports: Chinese E/EA/G formats anywhere, foreign ones after zh/en/ru context words
    ("持E98765432号护照", "passport", "E98765432"),
    ("新版护照EB1234567已挂失", "passport", "EB1234567"),
    ("护照号码：753849201，", "passport", "753849201"),
    ("passport No. XK7654321 was seized.", "passport", "XK7654321"),
    ("загранпаспорт 75 3849201 выдан", "passport", "75 3849201"),
    # ICAO 9303 MRZ (TD3, two lines)
    ("MRZ：P<POLNOWAK<<LUKASZ<<<<<<<<<<<<<<<<<<<<<<<<<<\n", "mrz", "P<POLNOWAK<<LUKASZ<<<<<<<<<<<<<<<<<<<<<<<<<<"),
    ("\nZA12345674POL9001015M3012315<<<<<<<<<<<<<<04\n", "mrz", "ZA12345674POL9001015M3012315<<<<<<<<<<<<<<04"),
    # residence permit, visa, permanent residence (old and new format)
    ("工作类居留许可号码Y87654321，", "residence_permit", "Y87654321"),
    ("вид на жительство № 123456789", "residence_permit", "123456789"),
    ("签证号码V7654321，停留期30日", "visa", "V7654321"),
    ("visa number 09876543 expired", "visa", "09876543"),
    ("永久居留身份证号码933156199001011238", "permanent_residence", "933156199001011238"),
    ("旧版永久居留证CAN310090121001", "permanent_residence", "CAN310090121001"),
    # phones through libphonenumber: Chinese, +international, foreign without "+"
    ("联系电话139-0571-2468。", "phone", "139-0571-2468"),
    ("座机(0571)87654321", "phone", "(0571)87654321"),
    ("电话+44 20 7946 0958，", "phone", "+44 20 7946 0958"),
    ("其手机79261234567（俄罗斯号码）", "phone", "79261234567"),
    ("телефон 8 926 123-45-67", "phone", "8 926 123-45-67"),
    # IM handles
    ("微信号：petrov_ivan77，", "im_handle", "petrov_ivan77"),
    ("QQ号 9988776655", "im_handle", "9988776655"),
    ("Telegram: @anna_kuz91", "im_handle", "@anna_kuz91"),
    ("WhatsApp +201001234567", "im_handle", "+201001234567"),
    ("Line ID：somchai.t88", "im_handle", "somchai.t88"),
    ("wxid_abc123def456 转账", "im_handle", "wxid_abc123def456"),
    # e-mail, cards and IBAN through stdnum
    ("邮箱anna.k@example.org。", "email", "anna.k@example.org"),
    ("银行卡号6222 0212 3456 7890 128。", "bank_card", "6222 0212 3456 7890 128"),
    ("card 4111 1111 1111 1111 was used", "bank_card", "4111 1111 1111 1111"),
    ("IBAN GB82 WEST 1234 5698 7654 32，", "iban", "GB82 WEST 1234 5698 7654 32"),
    # dates of birth need a context word (before or after)
    ("出生日期：1990年1月1日，", "date_of_birth", "1990年1月1日"),
    ("其于1988-07-21出生", "date_of_birth", "1988-07-21"),
    ("date of birth 12 March 1991", "date_of_birth", "12 March 1991"),
    ("дата рождения 05.06.1987", "date_of_birth", "05.06.1987"),
    # addresses: Chinese numerals, building/unit/room tails, hotel rooms, English and Russian
    ("住文二路一百二十号。", "address", "文二路一百二十号"),
    ("住址杭州市西湖区文一路9号院2号楼3单元401室。", "address", "杭州市西湖区文一路9号院2号楼3单元401室"),
    ("入住湖畔公寓1508房间", "address", "湖畔公寓1508房间"),
    ("lives at Room 808, 12 Tianmu Road, Hangzhou.", "address", "Room 808, 12 Tianmu Road, Hangzhou"),
    ("адрес: ул. Лесная, д. 5, кв. 17", "address", "ул. Лесная, д. 5, кв. 17"),
    # vehicle plates, foreign ones included
    ("驾驶浙A·D1234离开", "plate", "浙A·D1234"),
    ("车牌号В456ОР 199的轿车", "plate", "В456ОР 199"),
    ("license plate KA-01-AB-1234", "plate", "KA-01-AB-1234"),
    # names: Han, Latin (extended, lower case), Cyrillic, Arabic; with and without context
    ("当事人黄建华称对方先动手。", "person_name", "黄建华"),
    ("英国籍男子Thomas Wright（护照", "person_name", "Thomas Wright"),
    ("波兰籍男子Łukasz Wiśniewski报警", "person_name", "Łukasz Wiśniewski"),
    ("自称名叫dmitri orlov的男子", "person_name", "dmitri orlov"),
    ("证件上记载为“PARK JIWOO”。", "person_name", "PARK JIWOO"),
    ("俄罗斯籍女子Наталья Кузнецова求助", "person_name", "Наталья Кузнецова"),
    ("гражданка Смирнова пояснила", "person_name", "Смирнова"),
    ("埃及籍商人أحمد منصور称货款未付", "person_name", "أحمد منصور"),
    ("The suspect, Daniel Brooks, was detained.", "person_name", "Daniel Brooks"),
    # wording of the second dev set's kind: context after the value, abbreviations, colloquial dates
    ("外国人居留证（证件号码R20481357）", "residence_permit", "R20481357"),
    ("holder of residence card Y30571942.", "residence_permit", "Y30571942"),
    ("оформлено РВП № 40918273", "residence_permit", "40918273"),
    ("ВНЖ № 50718293; паспорт 73 1029384.", "passport", "73 1029384"),
    ("证件号：XK2046813，", "passport", "XK2046813"),  # a generic word alone still gives context
    ("她1979年11月30号出生", "date_of_birth", "1979年11月30号"),
    ("born on 2nd Sept 1984 in Gdansk", "date_of_birth", "2nd Sept 1984"),
    ("DOB: March 21st, 1993.", "date_of_birth", "March 21st, 1993"),
    ("Дата рожд. 14 октября 1981 г.;", "date_of_birth", "14 октября 1981 г."),
    ("电话15412345678（号段未分配）", "phone", "15412345678"),
    ("Vehicle registration NL-42-XK-7;", "plate", "NL-42-XK-7"),
    ("司机驾驶KA-05-MN-4410号车辆", "plate", "KA-05-MN-4410"),
    ("据房东曾美玲反映，租客已搬走。", "person_name", "曾美玲"),
    ("据彭子轩介绍，双方曾有纠纷。", "person_name", "彭子轩"),
    ("车主韩振宇驾驶白色轿车离开。", "person_name", "韩振宇"),
    ("值班民警蒋慧敏于次日回访。", "person_name", "蒋慧敏"),
    ("Nothing else happened. Agnes Varga (born in Pecs) left.", "person_name", "Agnes Varga"),
    # third round: Russian months in every case and abbreviated, ordinals, other scripts' digits
    ("родилась седьмого ноября 1979 года в Оше", "date_of_birth", "седьмого ноября 1979 года"),
    ("дата рождения 2-го марта 1966 г.", "date_of_birth", "2-го марта 1966 г."),
    ("родился 30 сент. 1981 г. в Хиве", "date_of_birth", "30 сент. 1981 г."),
    ("год рождения — в феврале 1972 года", "date_of_birth", "феврале 1972 года"),
    ("تاريخ الميلاد ١٧/٠٩/١٩٨٦ في الإسكندرية", "date_of_birth", "١٧/٠٩/١٩٨٦"),
    ("من مواليد 9 آذار 1983 في حلب", "date_of_birth", "9 آذار 1983"),
    ("出生日期：一九八三年七月九日", "date_of_birth", "一九八三年七月九日"),
    ("她是85年6月12日出生的", "date_of_birth", "85年6月12日"),
    ("出生日期19860412，籍贯不详", "date_of_birth", "19860412"),
    ("Ms Dunne (b. 11 Feb. 1979) lodged a complaint", "date_of_birth", "11 Feb. 1979"),
    ("Опрошен Гуляев Пётр Семёнович, 04.11.1977, житель Читы", "date_of_birth", "04.11.1977"),
    # names: Han transliterations with a middle dot, clause-initial names, inflected stop words
    ("对方叫谢尔盖·科兹洛夫，是货车司机。", "person_name", "谢尔盖·科兹洛夫"),
    ("被询问人龙雨萱，女，无业。", "person_name", "龙雨萱"),
    ("Он сказал по-русски. 骆文涛说他没看见。", "person_name", "骆文涛"),
    ("人事经理介绍，万俊辉生于1988年3月。", "person_name", "万俊辉"),
    # plates, IM handles and addresses in the third round's wording
    ("挂粤Z·K520港牌的面包车", "plate", "粤Z·K520港"),
    ("the vehicle, Sharjah B 4417, was towed", "plate", "Sharjah B 4417"),
    ("企鹅号 88123456 已注销", "im_handle", "88123456"),
    ("wx feng_lan2024 加了好友", "im_handle", "feng_lan2024"),
    ("入住亚朵酒店（湖滨店）1207房", "address", "亚朵酒店（湖滨店）1207房"),
    ("住解放路一千二百零八号", "address", "解放路一千二百零八号"),
    ("另持V62019384号签证入境", "visa", "V62019384"),
    # fourth round: letter-first passports, Russian internal passports, travel documents
    ("护照号码H7RT2XK9M，签发于慕尼黑", "passport", "H7RT2XK9M"),
    ("Reisepass / passport no. CZ6YH31RT", "passport", "CZ6YH31RT"),
    ("паспорт гражданина 63 11 482905 выдан ОВД", "passport", "63 11 482905"),
    ("Her travel document no. 71 4402618 expired.", "passport", "71 4402618"),
    # a birth verb earlier in the sentence, however long the name between
    ("ولد سليمان عبد الواحد الكبيسي في 3 مارس 1977 ببغداد", "date_of_birth", "3 مارس 1977"),
    ("ولدت سمية عبد الجليل في ٠٤/١١/١٩٩٢ بعمّان", "date_of_birth", "٠٤/١١/١٩٩٢"),
    # addresses: city + district + unnamed-suffix estate, moving-in verbs, unit tails, пр-т
    ("现住宁波市鄞州区桃源雅居十二幢三百零二室", "address", "宁波市鄞州区桃源雅居十二幢三百零二室"),
    ("据悉其上周搬入开元名都大酒店1418房", "address", "开元名都大酒店1418房"),
    ("We went to 51 Wensan Road, Unit 2, Room 1702 at noon.", "address", "51 Wensan Road, Unit 2, Room 1702"),
    ("Он живёт: пр-т Мира, д. 17, кв. 88.", "address", "пр-т Мира, д. 17, кв. 88"),
    ("He lives at No. 9, Lane 140, Baoshu Road now.", "address", "No. 9, Lane 140, Baoshu Road"),
    ("暂住金马饭店303房间", "address", "金马饭店303房间"),
    # names: apostrophes and two particles, role words and verbs before an English name
    ("The form was signed by Marco D'Angelo and filed.", "person_name", "Marco D'Angelo"),
    ("Her friend Bram van der Linden left early.", "person_name", "Bram van der Linden"),
    ("The complaint was reported by Aoife Ní Bhriain on Monday.", "person_name", "Aoife Ní Bhriain"),
    ("驾驶人贾晓峰当场被查获。", "person_name", "贾晓峰"),
    ("经核实，祁海燕的身份证号码无误。", "person_name", "祁海燕"),
]


@pytest.mark.parametrize(("text", "kind", "value"), CASES, ids=[f"{k}-{i}" for i, (_, k, _) in enumerate(CASES)])
def test_every_recognizer_type(deid: Deidentifier, text: str, kind: str, value: str) -> None:
    found = [(f.type, f.value) for f in deid.find(text)]
    assert (kind, value) in found, found
    redacted, _ = deid.redact(text, "t")
    assert value not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "民警向双方说明了治安管理处罚法第五十一条的规定，萧山区城厢派出所2026年受理此案，罚款500元。",
        "依照《中华人民共和国出境入境管理法》第七十八条，处每日五百元罚款，总额不超过一万元。",
        "The officer explained Article 36 of the Vienna Convention on Consular Relations.",
        "Сотрудник полиции объяснил порядок уведомления консульства.",
        "visa-free transit for 144 hours; the room was dark; line 3 of the form",
        "民警用俄语提醒：Вам нужно подождать переводчика.",
        "据了解，据调查，据悉双方已和解。",
        "Она гражданка Казахстана и работает в Ташкенте.",
        "本法自1997年10月1日起施行。",
        "据房东反映，楼道灯坏了。",
        "Подозреваемый скрылся; свидетель не найден.",
        "He was born in Almaty, and on 4 June 2021 he entered China.",
        "办理过户时须带上机动车所有人的身份证明和监护人的联系电话。",
    ],
)
def test_ordinary_text_is_left_alone(deid: Deidentifier, text: str) -> None:
    assert deid.redact(text, "t")[0] == text


def test_values_need_their_context_word(deid: Deidentifier) -> None:
    # Without a context word a bare number is not a visa, residence permit or date of birth.
    found = {f.type for f in deid.find("第12345678号文件于1990年1月1日印发")}
    assert not found & {"visa", "residence_permit", "date_of_birth", "passport"}


def test_nearest_context_word_decides_the_type(deid: Deidentifier) -> None:
    text = "居留许可号码Y12345678，签证号码V0123456"
    found = {f.value: f.type for f in deid.find(text)}
    assert found == {"Y12345678": "residence_permit", "V0123456": "visa"}


def test_address_tails_go_with_the_address(deid: Deidentifier) -> None:
    redacted, _ = deid.redact("住址西湖区文三路88号院3号楼1单元502室，已核实。", "t")
    assert redacted == "住址[地址-1]，已核实。"


def test_pseudonyms_are_consistent_within_a_document(deid: Deidentifier) -> None:
    text = (
        "当事人张伟与Ivan Petrov发生口角。Petrov称张伟先动手，张伟否认。李娜作证。"
        "电话13812345678，又打138-1234-5678。住文三路八十八号，后搬离文三路88号。"
    )
    redacted, report = deid.redact(text, "doc")
    assert redacted.count("张某甲") == 3 and redacted.count("Person-1") == 2
    assert "李某甲" in redacted and redacted.count("[电话-1]") == 2
    assert redacted.count("[地址-1]") == 2  # cn2an: 八十八号 and 88号 are one address
    assert report.counts["phone"] == 2 and report.distinct["phone"] == 1


def test_report_never_contains_values(deid: Deidentifier) -> None:
    text = "嫌疑人王强（身份证号11010519491231002X，电话13812345678，邮箱wq@example.com）"
    _, report = deid.redact(text, "doc")
    dumped = json.dumps(report.to_json(), ensure_ascii=False)
    for value in ("王强", "11010519491231002X", "13812345678", "wq@example.com"):
        assert value not in dumped
    assert report.total == 4


def test_residual_finding_is_an_error_naming_type_and_position(monkeypatch: pytest.MonkeyPatch) -> None:
    deid = Deidentifier()
    # A replacement step that leaves the text as it was: the full analyzer runs again and finds it.
    monkeypatch.setattr(deid, "_replace", lambda text, findings, source: (text, None))
    with pytest.raises(ResidualPIIError) as info:
        deid.redact("身份证号11010519491231002X", "doc.md")
    assert info.value.reason == "residual"
    assert info.value.findings == [("id_card", 4, 22)]
    assert "id_card@4-22" in str(info.value) and "11010519491231002X" not in str(info.value)


def test_time_limit_ends_analysis() -> None:
    deid = Deidentifier(time_limit_s=1e-9)
    with pytest.raises(DeidentificationTimeout) as info:
        deid.redact("当事人张伟。\n" * 5000, "big.md")
    assert info.value.reason == "timeout" and "张伟" not in str(info.value)


def test_recognizer_failure_never_echoes_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    deid = Deidentifier()

    def broken(text: str, deadline: float | None = None) -> list[object]:
        raise ValueError(f"cannot parse {text}")

    monkeypatch.setattr(deid, "find", broken)
    with pytest.raises(DeidentificationError) as info:
        deid.redact("当事人张伟电话13812345678", "x.md")
    assert "张伟" not in str(info.value) and "ValueError" in str(info.value)


def test_deidentify_text_for_questions_and_logs() -> None:
    out = deidentify_text("俄罗斯籍男子Ivan Petrov（电话+7 916 555 12 34）醉酒闹事怎么处理？")
    assert "Ivan" not in out and "916" not in out
    assert "醉酒闹事怎么处理" in out and "俄罗斯籍" in out
    assert deidentify_text("外国人非法居留如何处罚？") == "外国人非法居留如何处罚？"
