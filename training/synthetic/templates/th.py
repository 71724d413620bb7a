"""Thai (th-TH) command templates. Pattern language: see ../README.md.

Thai writes no spaces between words; MASSIVE's th-TH records put spaces between phrases and always
around slots ("ปลุกฉัน ตอน [time : เก้าโมงเช้า]"), and so do these templates (UNSPACED is not set:
massive.split_words splits th-TH on whitespace). Clock times as Thai people say them: ตีห้า (5:00),
หกโมงเช้า, เที่ยง, บ่ายโมง, บ่ายสองโมง / บ่ายสอง, สี่โมงเย็น, หนึ่งทุ่ม .. ห้าทุ่ม, เที่ยงคืน, with ครึ่ง for
half past and minutes after the hour ("เจ็ดโมงสิบห้า"); digits as a recognizer writes them ("บ่าย 3 โมง",
"2 ทุ่ม", "ตี 5", "17:30"), and the formal 24-hour "สิบเจ็ดนาฬิกา". Labels as the majority of MASSIVE's
th-TH train records: the clock word (โมง, ทุ่ม, ตี, บ่าย, เช้า/เย็น) inside the time slot, "ตอน" / "เวลา" /
"ในอีก" outside; durations whole ("[time : สิบนาที]"); weekdays with "วัน" ("[date : วันศุกร์]"); a part of
the day said with the day is timeofday ("[date : พรุ่งนี้] [timeofday : ตอนเช้า]"); the list name without
"รายการ" ("รายการ [list_name : ซื้อของ]"); rooms without "ใน"; the person without "กับ"; "สี" inside
color_type ("เป็น [color_type : สีแดง]"); change_amount with "ไปที่" / "เป็น" inside when said
("[change_amount : ไปที่ห้าสิบเปอร์เซ็นต์]"), as most th-TH level values are written. Polite particles
ครับ / ค่ะ / หน่อย / ให้หน่อย / ที / นะ and the loanwords ไทเมอร์, ลิสต์, วอลลุ่ม, เปอร์เซ็นต์ as Thai speakers use them.
"""

from generate import tens_units

SMALL = "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ".split()
TENS = {10: "สิบ", 20: "ยี่สิบ", 30: "สามสิบ", 40: "สี่สิบ", 50: "ห้าสิบ", 60: "หกสิบ", 70: "เจ็ดสิบ", 80: "แปดสิบ",
        90: "เก้าสิบ"}
# 11, 21, 31 … end in เอ็ด: สิบเอ็ด, ยี่สิบเอ็ด; written as one word.
num = tens_units(SMALL, TENS, lambda t, u: t + ("เอ็ด" if u == "หนึ่ง" else u), hundred="หนึ่งร้อย")


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["หนึ่งนาที", "1 นาที", "ครึ่งชั่วโมง", "หนึ่งชั่วโมง", "1 ชั่วโมง", "ชั่วโมงครึ่ง", "หนึ่งชั่วโมงครึ่ง", "สองชั่วโมง",
           "2 ชั่วโมง", "นาทีครึ่ง", "หนึ่งชั่วโมงสิบห้านาที", "สองนาทีครึ่ง", "1 ชั่วโมง 30 นาที", "สองชั่วโมงครึ่ง", "ชั่วโมงนึง"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{num(n)}นาที", f"{n} นาที"]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{num(n)}วินาที", f"{n} วินาที"]
    return out


def hour_words(h):
    """Spoken forms of hour h (0..23) on the Thai six-hour clock, words and digits."""
    if h == 0:
        return ["เที่ยงคืน"]
    if h <= 5:
        return [f"ตี{num(h)}", f"ตี {h}"]
    if h <= 11:
        return [f"{num(h)}โมงเช้า", f"{num(h)}โมง", f"{h} โมงเช้า", f"{h} โมง"]
    if h == 12:
        return ["เที่ยง", "เที่ยงวัน", "เที่ยงตรง"]
    if h == 13:
        return ["บ่ายโมง", "บ่ายหนึ่งโมง", "บ่าย 1 โมง"]
    if h <= 15:
        return [f"บ่าย{num(h - 12)}โมง", f"บ่าย{num(h - 12)}", f"บ่าย {h - 12} โมง"]
    if h == 16:
        return ["บ่ายสี่โมง", "สี่โมงเย็น", "4 โมงเย็น", "บ่าย 4 โมง"]
    if h <= 18:
        return [f"{num(h - 12)}โมงเย็น", f"{h - 12} โมงเย็น"]
    return [f"{num(h - 18)}ทุ่ม", f"{h - 18} ทุ่ม"]


def half_and_minutes(h):
    """Half past and minutes past hour h: the short form of the hour plus ครึ่ง / minutes."""
    if h == 0:
        base = ["เที่ยงคืน"]
    elif h <= 5:
        base = [f"ตี{num(h)}"]
    elif h <= 11:
        base = [f"{num(h)}โมง"]
    elif h == 12:
        base = ["เที่ยง"]
    elif h == 13:
        base = ["บ่ายโมง"]
    elif h <= 16:
        base = [f"บ่าย{num(h - 12)}โมง"]
    elif h <= 18:
        base = [f"{num(h - 12)}โมง"]
    else:
        base = [f"{num(h - 18)}ทุ่ม"]
    out = []
    for b in base:
        out += [f"{b}ครึ่ง", f"{b}สิบห้า", f"{b}สิบห้านาที", f"{b}สี่สิบห้า", f"{b}สิบนาที", f"{b}ยี่สิบ"]
    return out


def clocks():
    out = ["เที่ยงคืน", "เที่ยงคืนครึ่ง", "6 โมงครึ่ง", "7 โมงครึ่ง", "ตี 5 ครึ่ง", "2 ทุ่มครึ่ง", "บ่าย 2 โมงครึ่ง"]
    for h in range(1, 24):
        out += hour_words(h) + half_and_minutes(h)
    for h in (6, 7, 8, 9, 17, 18, 19, 20, 21, 22):
        out += [f"{h}:30", f"{h}:00", f"{num(h)}นาฬิกา", f"{h} นาฬิกา"]
    out += ["07:15", "06:45", "สิบเจ็ดนาฬิกาสามสิบนาที", "หกนาฬิกาสามสิบนาที"]
    return out


def morning():
    out = []
    for h in range(4, 12):
        out += hour_words(h) + [f"{num(h) if h > 5 else 'ตี' + num(h)}{'โมง' if h > 5 else ''}ครึ่ง"]
    return out


def evening():
    out = []
    for h in range(18, 24):
        out += hour_words(h) + half_and_minutes(h)[:1]
    return out


def calendar_clocks():
    out = ["เที่ยง", "เที่ยงครึ่ง", "เที่ยงวัน"]
    for h in range(8, 21):
        out += hour_words(h) + half_and_minutes(h)[:1]
    out += ["14:00", "14:30", "15:00", "16:30", "9:30", "10:15", "สิบสี่นาฬิกา"]
    return out


def items():
    one = ["นม", "ไข่", "ขนมปัง", "แอปเปิ้ล", "ลูกแพร์", "กล้วย", "เนย", "ชีส", "กาแฟ", "ข้าวสาร", "มาม่า", "มะเขือเทศ",
           "กระดาษทิชชู่", "น้ำยาล้างจาน", "น้ำส้ม", "โยเกิร์ต", "อกไก่", "หอมใหญ่", "มันฝรั่ง", "แครอท", "น้ำมันพืช",
           "น้ำตาล", "แป้ง", "น้ำปลา", "อาหารแมว", "ถ่าน", "มะนาว", "กระเทียม"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    two = [f"{one[a]} {j} {one[b]}" for i, (a, b) in enumerate(pairs) for j in (("และ", "กับ")[i % 2],)]
    two += [f"{one[a]}กับ{one[b]}" for a, b in pairs[::3]]
    three = [f"{one[a]} {one[b]} และ {one[c]}" for a, b, c in triples] + \
            [f"{one[a]} {one[b]} แล้วก็ {one[c]}" for a, b, c in triples[::2]]
    return one, two, three


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("คูณ", "บวก", "ลบ", "หาร", "หารด้วย"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)}{op}{num(b)}")
    out += ["20 เปอร์เซ็นต์ของ 150", "สิบห้าเปอร์เซ็นต์ของแปดสิบ", "รากที่สองของ 144", "รากที่สองของแปดสิบเอ็ด",
            "2 ยกกำลัง 10", "เจ็ดยกกำลังสอง"]
    return out


WEEKDAYS = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัส", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
DAY = ["[date : พรุ่งนี้]", "[date : วันนี้]", "[date : มะรืนนี้]", "[date : วันพรุ่งนี้]"] + \
      [f"[date : {d}]" for d in WEEKDAYS] + ["[date : วันศุกร์หน้า]", "[date : วันเสาร์นี้]", "[date : วันจันทร์หน้า]"]
CAL_DAY = DAY + ["วันที่ [date : 12 มิถุนายน]", "[date : วันที่สิบห้า]", "[date : วันที่ 3 มีนาคม]", "[date : สัปดาห์หน้า]",
                 "[date : วันคริสต์มาสอีฟ]", "[date : วันอาทิตย์นี้]", "[date : วันที่ยี่สิบ]"]
ROOMS = ["ห้องนั่งเล่น", "ห้องครัว", "ครัว", "ห้องนอน", "ห้องน้ำ", "ห้องทำงาน", "ห้องกินข้าว", "ห้องรับแขก", "โรงรถ",
         "ห้องลูก", "ระเบียง", "ทางเดิน", "ห้องนอนใหญ่", "หน้าบ้าน"]
COLOURS = ["สีแดง", "สีเขียว", "สีฟ้า", "สีน้ำเงิน", "สีเหลือง", "สีส้ม", "สีม่วง", "สีชมพู", "สีขาว", "สีขาวนวล",
           "วอร์มไวท์", "สีเหลืองอุ่น"]


def vocab():
    one, two, three = items()
    pct = [f"{num(n)}เปอร์เซ็นต์" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)] + \
          [f"{n} เปอร์เซ็นต์" for n in (10, 20, 30, 50, 70, 80, 100)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": morning(),
        "h_evening": evening(),
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : วันนี้]", "[date : พรุ่งนี้]", "[date : สุดสัปดาห์นี้]", "[date : สัปดาห์นี้]",
                        "[date : วันเสาร์]", "[date : วันอาทิตย์]", "[date : มะรืนนี้]", "[date : เสาร์อาทิตย์นี้]"],
        "freq": ["ทุกวัน", "ทุกเช้า", "ทุกวันธรรมดา", "วันจันทร์ถึงวันศุกร์", "ทุกวันจันทร์", "ทุกวันทำงาน", "ทุกวันเสาร์"],
        "cal_freq": ["ทุกสัปดาห์", "ทุกอาทิตย์", "ทุกวันจันทร์", "ทุกวัน", "ทุกเดือน", "ทุกวันพฤหัส"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["ซื้อของ", "ของชำ", "ช็อปปิ้ง", "ของที่ต้องซื้อ", "จ่ายตลาด", "ซื้อของเข้าบ้าน"],
        "list": ["ซื้อของ", "ของชำ", "สิ่งที่ต้องทำ", "ของที่ต้องเอาไป", "ของขวัญ", "งานบ้าน", "เที่ยว", "ไปทะเล",
                 "ตั้งแคมป์", "ปีใหม่", "ของที่ต้องซื้อ", "งาน"],
        "my": ["", " ของฉัน", " ของผม", ""],
        "lst": ["รายการ", "ลิสต์", "รายการ"],
        "room": ROOMS,
        "in_room": [f"(ใน|ที่) [house_place : {r}]" for r in ROOMS],
        "lamp": ["โคมไฟ", "โคมไฟตั้งโต๊ะ", "โคมไฟข้างเตียง", "ไฟหัวเตียง", "ไฟเพดาน", "โคมไฟระย้า", "ไฟ led", "โคมไฟตั้งพื้น",
                 "ไฟอ่านหนังสือ"],
        "colour": COLOURS,
        "pct": pct,
        "pct_to": [f"(ไปที่|เป็น){p}" for p in pct],
        "vol_to": [f"(ไปที่|เป็น)ระดับ{num(n)}" for n in range(1, 11)] + [f"ไปที่ {n}" for n in range(1, 11)] +
                  [f"(ไปที่|เป็น){p}" for p in pct[1::3]],
        "vol_level": [f"ระดับ{num(n)}" for n in range(1, 11)] + [f"ระดับ {n}" for n in range(1, 11)] + pct[1::3],
        "vol_bare": levels,
        "bit": ["นิดหน่อย", "อีกนิด", "อีกหน่อย", "นิดนึง", "อีกนิดนึง"],
        "event": ["นัดหมอฟัน", "ไปหาหมอ", "ตัดผม", "ประชุมทีม", "เรียนโยคะ", "เรียนเปียโน", "ซ้อมฟุตบอล", "ชมรมหนังสือ",
                  "สัมภาษณ์งาน", "เอารถเข้าศูนย์", "งานวันเกิด", "ประชุมผู้ปกครอง", "เข้ายิม", "งานแต่ง", "ประชุมเช้า",
                  "ไปซูเปอร์", "เรียนภาษาอังกฤษ", "จ่ายค่าไฟ"],
        "meet": ["ประชุม", "กินข้าวเที่ยง", "กินข้าวเย็น", "กินกาแฟ", "ประชุมออนไลน์", "นัดเจอ", "ไปกินข้าว"],
        "with_person": ["กับ [person : {person}]", "กับพี่ [person : {person}]", "กับคุณ [person : {person}]",
                        "กับน้อง [person : {person}]"],
        "person": ["สมชาย", "สมหญิง", "ปรีชา", "นก", "แนน", "ต้น", "ฝน", "มด", "ต่าย", "กอล์ฟ", "ปิยะ", "วิภา"],
        "city": ["กรุงเทพ", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่", "พัทยา", "โคราช", "อุดรธานี", "เชียงราย",
                 "หัวหิน", "โตเกียว", "ลอนดอน"],
        "weather_adj": ["ร้อน", "หนาว", "แดดออก", "เย็น", "อบอ้าว", "ลมแรง"],
        "precip": ["ฝนตก", "พายุ", "ฝนตกหนัก", "แดดจัด"],
        "expr": maths(),
        "vacuum": ["เครื่องดูดฝุ่น", "หุ่นยนต์ดูดฝุ่น", "หุ่นยนต์ถูพื้น"],
        "plug": ["ปลั๊กอัจฉริยะ", "ปลั๊ก", "ปลั๊กไฟ", "สวิตช์อัจฉริยะ"],
        "coffee": ["คาปูชิโน่", "เอสเปรสโซ่", "ลาเต้", "อเมริกาโน่", "มอคค่า", "กาแฟเย็น"],
        "genre": ["แจ๊ส", "ลูกทุ่ง", "ร็อค", "แร็พ", "คลาสสิก", "ป๊อป", "หมอลำ", "อะคูสติก"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "ตั้งเวลา {time=dur}",
        "ตั้งเวลา {time=dur} ให้หน่อย",
        "จับเวลา {time=dur}",
        "ตั้งไทเมอร์ {time=dur}",
        "นับถอยหลัง {time=dur}",
        "ช่วยตั้งเวลา {time=dur} หน่อยครับ",
        "ตั้งเวลา {time=dur} ค่ะ",
        "จับเวลาให้หน่อย {time=dur}",
        "ขอไทเมอร์ {time=dur}",
        "ปลุกฉันในอีก {time=dur}",
        "อีก {time=dur} เรียกผมด้วย",
        "เริ่มนับถอยหลัง {time=dur}",
        "ตั้งเวลาถอยหลัง {time=dur}",
        "ตั้งนาฬิกาจับเวลา {time=dur}",
        "ช่วยจับเวลา {time=dur} ที",
        "ตั้งไทเมอร์ไว้ {time=dur} นะ",
        "เตือนฉันในอีก {time=dur}",
    ]),
    ("alarm_set", 48, [
        "ตั้งปลุก ตอน {time=clock}",
        "ตั้งปลุก {time=clock}",
        "ตั้งนาฬิกาปลุก {time=clock}",
        "ตั้งนาฬิกาปลุกตอน {time=clock}",
        "ปลุกฉัน ตอน {time=clock}",
        "ปลุกผมตอน {time=clock} หน่อย",
        "ช่วยปลุกตอน {time=clock} ด้วยนะ",
        "ตั้งปลุก {day} ตอน {time=clock}",
        "ตั้งปลุก ตอน {time=clock} {day}",
        "ปลุกฉัน {day} ตอน {time=clock}",
        "ตั้งปลุก [date : พรุ่งนี้] [timeofday : ตอนเช้า] {time=h_morning}",
        "[date : พรุ่งนี้] [timeofday : เช้า] ปลุกฉัน ตอน {time=h_morning}",
        "ตั้งปลุก [date : (พรุ่งนี้|วันจันทร์|วันอาทิตย์)] [timeofday : ตอนเช้า] ตอน {time=h_morning}",
        "ตั้งปลุก [timeofday : คืนนี้] ตอน {time=h_evening}",
        "ตั้งปลุก {time=clock} {general_frequency=freq}",
        "{general_frequency=freq} ปลุกฉันตอน {time=clock}",
        "ช่วยตั้งนาฬิกาปลุก ตอน {time=clock} ให้หน่อยได้ไหม",
        "ฉันต้องตื่น ตอน {time=clock}",
        "สร้างนาฬิกาปลุกใหม่ ตอน {time=clock}",
        "ตั้งปลุกเวลา {time=clock}",
        "ตั้งอลาร์ม {time=clock}",
        "ตั้งปลุก {time=clock} ครับ",
        "ตั้งปลุก {time=clock} ค่ะ",
        "ปลุก {time=clock} {general_frequency=freq} นะ",
        "{day} ปลุกหน่อย ตอน {time=clock}",
    ]),
    ("alarm_query", 8, [
        "มีนาฬิกาปลุกอะไรบ้าง", "ดูนาฬิกาปลุกทั้งหมด", "ปลุกครั้งต่อไปกี่โมง", "ตั้งปลุกไว้กี่โมง",
        "ไทเมอร์เหลืออีกนานไหม", "เหลืออีกกี่นาที", "{day} มีปลุกไหม", "นาฬิกาปลุกของฉันมีอะไรบ้าง",
        "ตั้งปลุกไว้หรือยัง",
    ]),
    ("alarm_remove", 10, [
        "ลบนาฬิกาปลุก", "ลบนาฬิกาปลุกทั้งหมด", "ปิดไทเมอร์", "ยกเลิกการจับเวลา", "ลบปลุก ตอน {time=clock}",
        "ยกเลิกปลุก {day}", "ปิดนาฬิกาปลุก", "ลบปลุก {day} ตอน {time=clock}", "ยกเลิกไทเมอร์ทั้งหมด",
        "ปิดปลุกให้หน่อย", "ยกเลิกปลุก {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "เพิ่ม {items} ใน{lst} {list_name=shop}{my}",
        "เพิ่ม {items} ลงใน{lst}",
        "ใส่ {items} ใน{lst} {list_name=shop}",
        "จด {items} ลงใน{lst} {list_name=shop}{my}",
        "อย่าลืมเพิ่ม {items} ใน{lst} {list_name=shop} นะ",
        "ช่วยเพิ่ม {items} เข้าไปใน{lst} {list_name=shop} ให้หน่อย",
        "{items} เพิ่มในรายการ {list_name=shop}",
        "ต้องซื้อ {items2} ช่วยใส่ใน{lst} {list_name=shop} ที",
        "เพิ่ม {item} ใน{lst} {list_name=list}",
        "เพิ่ม {items} ในรายการ{my} หน่อยครับ",
        "ใส่ {items2} ในลิสต์ {list_name=shop} ด้วยค่ะ",
    ]),
    ("lists_createoradd", 12, [
        "สร้างรายการ {list_name=list} ใหม่",
        "สร้างรายการใหม่ชื่อ {list_name=list}",
        "ทำรายการ {list_name=list}",
        "สร้างรายการใหม่",
        "ช่วยสร้างรายการ {list_name=list} ให้หน่อย",
        "สร้างลิสต์ {list_name=list}",
        "เริ่มรายการ {list_name=list} อันใหม่",
    ]),
    ("lists_remove", 18, [
        "ลบ {item} ออกจาก{lst} {list_name=list}{my}",
        "เอา {item} ออกจากรายการ",
        "ขีดฆ่า {item} ออกจาก{lst} {list_name=shop}",
        "ลบรายการ {list_name=list}",
        "ลบ{lst} {list_name=list}{my} ทั้งหมด",
        "ลบ {item} ใน{lst} {list_name=shop}",
        "เอา {item} ออกจาก{lst} {list_name=shop} ที",
        "ช่วยลบ {item} ออกจากรายการหน่อย",
        "ล้างรายการ {list_name=list} ให้หมด",
    ]),
    ("lists_query", 16, [
        "ใน{lst} {list_name=list} มีอะไรบ้าง",
        "รายการ {list_name=list}{my} มีอะไรบ้าง",
        "อ่านรายการ {list_name=list} ให้ฟังหน่อย",
        "ขอดู{lst} {list_name=list}",
        "ฉันมีรายการอะไรบ้าง",
        "{item} อยู่ใน{lst} {list_name=shop} หรือยัง",
        "รายการของฉันมีอะไรบ้าง",
        "เช็ค{lst} {list_name=list}",
        "อ่าน{lst} {list_name=list} ให้ฟังที",
        "ใน{lst} {list_name=list} เหลืออะไรบ้าง",
    ]),
    ("iot_hue_lighton", 36, [
        "เปิดไฟ",
        "เปิด ไฟ",
        "เปิดไฟหน่อย",
        "เปิดไฟให้หน่อย",
        "ช่วยเปิดไฟหน่อยครับ",
        "เปิดไฟที",
        "เปิดไฟ {in_room}",
        "เปิดไฟ {house_place=room}",
        "เปิด ไฟ {house_place=room} ให้หน่อย",
        "ไฟ {house_place=room} เปิดหน่อย",
        "ช่วยเปิดไฟ {house_place=room} ได้ไหม",
        "รบกวนเปิดไฟ {in_room} หน่อยค่ะ",
        "เปิด {device_type=lamp}",
        "เปิด {device_type=lamp} {in_room}",
        "เปิด {device_type=lamp} ให้หน่อย",
        "เปิดไฟทั้งหมด",
        "เปิดไฟทุกดวง {in_room}",
        "เปิดไฟทั้งบ้าน",
        "มืดจัง เปิดไฟหน่อย",
        "เปิดไฟเลย",
        "เปิดไฟ {house_place=room} ครับ",
        "เปิดไฟ {house_place=room} ค่ะ",
        "ช่วยเปิดไฟ {in_room} ทีนะ",
        "ขอไฟหน่อย",
        "คุณเปิดไฟ {in_room} ได้ไหม",
        "เปิดไฟ {house_place=room} ให้ผมหน่อย",
    ]),
    ("iot_hue_lightoff", 24, [
        "ปิดไฟ",
        "ปิด ไฟ",
        "ปิดไฟให้หน่อย",
        "ปิดไฟ {in_room}",
        "ปิดไฟ {house_place=room}",
        "ปิด {device_type=lamp}",
        "ปิด {device_type=lamp} {in_room}",
        "ปิดไฟทั้งหมด",
        "ปิดไฟทั้งบ้าน",
        "ปิดไฟ {house_place=room} ให้หน่อย",
        "ช่วยปิดไฟหน่อยค่ะ",
        "ช่วยปิดไฟ {house_place=room} ได้ไหม",
        "จะนอนแล้ว ปิดไฟที",
        "ปิดไฟ {in_room} ด้วยนะ",
    ]),
    ("iot_hue_lightup", 14, [
        "เพิ่มความสว่าง", "เพิ่มความสว่างหน่อย", "ทำให้ไฟสว่างขึ้น", "สว่างขึ้น", "สว่างขึ้นอีก", "เร่งไฟหน่อย",
        "เพิ่มความสว่าง {change_amount=pct}", "ทำให้ไฟสว่างขึ้น {change_amount=bit}", "เพิ่มความสว่าง {in_room}",
        "ทำให้ไฟ {house_place=room} สว่างขึ้น", "เพิ่มความสว่าง {change_amount=bit}", "มืดไปหน่อย เพิ่มแสงหน่อย",
        "ปรับไฟให้สว่างขึ้น",
    ]),
    ("iot_hue_lightdim", 14, [
        "หรี่ไฟ", "หรี่ไฟลง", "หรี่ไฟหน่อย", "ทำให้ไฟมืดลงหน่อย", "ไฟสว่างเกินไป", "ลดความสว่าง",
        "ลดความสว่าง {change_amount=pct}", "หรี่ไฟลง {change_amount=bit}", "หรี่ไฟ {in_room}",
        "ลดความสว่างไฟ {house_place=room}", "แสงจ้าเกินไป หรี่ลงหน่อย", "ทำให้ไฟสลัวลง", "ปรับไฟให้มืดลง",
    ]),
    ("iot_hue_lightchange", 26, [
        "เปลี่ยนสีไฟเป็น {color_type=colour}",
        "เปลี่ยนไฟเป็น {color_type=colour}",
        "ปรับไฟเป็น {color_type=colour}",
        "ขอไฟ {color_type=colour}",
        "เปลี่ยนสีไฟให้เป็น {color_type=colour}",
        "เปลี่ยนไฟ {house_place=room} เป็น {color_type=colour}",
        "เปลี่ยนไฟ {in_room} ให้เป็น {color_type=colour}",
        "เปิดไฟ {color_type=colour}",
        "ช่วยเปลี่ยนไฟเป็น {color_type=colour} หน่อย",
        "เปลี่ยน {device_type=lamp} เป็น {color_type=colour}",
        "ตั้งความสว่าง {change_amount=pct_to}",
        "ปรับไฟ {change_amount=pct_to}",
        "เปลี่ยนไฟเป็น {color_type=colour} ที",
    ]),
    ("audio_volume_up", 14, [
        "เพิ่มเสียง", "เพิ่มเสียงหน่อย", "ดังขึ้น", "เร่งเสียง", "เร่งเสียงหน่อย", "เสียงดังขึ้นอีกนิด", "เพิ่มระดับเสียง",
        "เพิ่มเสียง {change_amount=bit}", "ดังขึ้น {change_amount=bit}", "ไม่ได้ยินเลย เร่งเสียงหน่อย",
        "เร่งลำโพงหน่อย", "ช่วยเพิ่มเสียงได้ไหม", "ดังกว่านี้อีกหน่อย", "เพิ่มวอลลุ่ม",
    ]),
    ("audio_volume_up", 12, [
        "ปรับเสียง {change_amount=vol_to}", "เพิ่มเสียง {change_amount=vol_to}", "วอลลุ่ม {change_amount=vol_bare}",
        "ตั้งระดับเสียงไว้ที่ {change_amount=vol_level}", "ปรับระดับเสียง {change_amount=vol_to}",
        "เสียง {change_amount=vol_level}",
    ]),
    ("audio_volume_down", 14, [
        "ลดเสียง", "เบาเสียง", "เบาเสียงลง", "เบาลงหน่อย", "ดังเกินไป", "เสียงดังไป", "ลดระดับเสียง",
        "ลดเสียง {change_amount=bit}", "เบาลง {change_amount=bit}", "ลดเสียง {change_amount=vol_to}",
        "เบาเสียงลงหน่อยครับ", "ลดเสียงลำโพงลง", "หนวกหูแล้ว เบาหน่อย", "ช่วยลดเสียงได้ไหม",
    ]),
    ("audio_volume_mute", 9, [
        "ปิดเสียง", "เงียบ", "เงียบหน่อย", "ปิดเสียงลำโพง", "ปิดเสียงให้หน่อย", "ปิดเสียงไว้ก่อน", "ปิดเสียงที",
        "ช่วยปิดเสียงหน่อยค่ะ", "ขอเงียบหน่อย",
    ]),
    ("calendar_set", 40, [
        "เพิ่มนัด {event_name=event} {cal_day} ตอน {time=cal_clock}",
        "ลงนัด {event_name=event} {cal_day} ตอน {time=cal_clock}",
        "เพิ่ม {event_name=event} ลงปฏิทิน {cal_day} เวลา {time=cal_clock}",
        "นัด {event_name=event} {cal_day} ตอน {time=cal_clock}",
        "เตือนฉันเรื่อง {event_name=event} {cal_day} ตอน {time=cal_clock}",
        "สร้างนัดหมาย {event_name=event} {cal_day} ตอน {time=cal_clock}",
        "บันทึกลงปฏิทิน {event_name=event} {cal_day} {time=cal_clock}",
        "{event_name=meet} {with_person} {cal_day} ตอน {time=cal_clock}",
        "ลงนัด {event_name=meet} {with_person} {cal_day} ตอน {time=cal_clock}",
        "นัด {event_name=meet} {with_person} {cal_day}",
        "ฉันมี {event_name=event} {cal_day} ตอน {time=cal_clock} ช่วยลงปฏิทินให้หน่อย",
        "เพิ่ม {event_name=event} ลงปฏิทิน {general_frequency=cal_freq} ตอน {time=cal_clock}",
        "เพิ่ม {event_name=event} ลงปฏิทิน {cal_day}",
        "เพิ่มนัด {event_name=event} [date : (พรุ่งนี้|วันจันทร์|วันศุกร์)] [timeofday : (ตอนเช้า|ตอนบ่าย|ตอนเย็น)]",
        "อย่าลืมลงนัด {event_name=meet} {with_person} {cal_day} ตอน {time=cal_clock} นะ",
    ]),
    ("calendar_query", 14, [
        "{cal_day} ฉันมีนัดอะไรบ้าง", "{cal_day} มีอะไรในปฏิทินบ้าง", "ดูปฏิทินของฉัน", "นัดต่อไปคืออะไร",
        "{cal_day} มีนัด {event_name=event} ไหม", "{event_name=event} วันไหน", "{event_name=event} กี่โมง",
        "อ่านตารางนัด {cal_day} ให้ฟังหน่อย", "{cal_day} ฉันว่างไหม", "ขอดูตารางนัด {cal_day}", "{event_name=event} เมื่อไหร่",
    ]),
    ("calendar_remove", 10, [
        "ยกเลิกนัด {event_name=event} {cal_day}", "ลบ {event_name=event} ออกจากปฏิทิน", "ลบนัดทั้งหมด {cal_day}",
        "ยกเลิก {event_name=event}", "ลบนัด {event_name=meet} {with_person}", "ลบกิจกรรมทั้งหมด {cal_day}",
        "ยกเลิกนัด {event_name=event} ให้หน่อย",
    ]),
    ("qa_maths", 24, [
        "{expr} เท่ากับเท่าไหร่", "{expr} ได้เท่าไร", "คำนวณ {expr}", "{expr} เท่าไหร่", "ช่วยคิด {expr} หน่อย", "{expr}",
        "{expr} ได้เท่าไหร่ครับ",
    ]),
    ("datetime_query", 18, [
        "กี่โมงแล้ว", "ตอนนี้กี่โมง", "ตอนนี้เวลาเท่าไหร่", "บอกเวลาหน่อย", "[date : วันนี้] วันที่เท่าไหร่",
        "[date : วันนี้] วันอะไร", "[date : พรุ่งนี้] วันอะไร", "[date : วันนี้] วันที่เท่าไร", "ที่ {place_name=city} ตอนนี้กี่โมง",
        "{place_name=city} กี่โมงแล้ว", "[date : วันสงกรานต์] ปีนี้ตรงกับวันอะไร", "[date : วันนี้] วันที่อะไร",
        "[date : วันศุกร์หน้า] วันที่เท่าไหร่", "[date : พรุ่งนี้] วันที่เท่าไร", "ตอนนี้กี่โมงแล้วครับ",
        "[date : วันลอยกระทง] ปีนี้ตรงกับวันไหน",
    ]),
    ("weather_query", 18, [
        "อากาศ {weather_day} เป็นยังไง", "อากาศเป็นยังไงบ้าง", "สภาพอากาศ {weather_day} เป็นอย่างไร",
        "พยากรณ์อากาศ {weather_day}", "อากาศที่ {place_name=city} เป็นยังไง", "{weather_day} จะมี {weather_descriptor=precip} ไหม",
        "{weather_day} [weather_descriptor : ฝน] จะตกไหม", "ที่ {place_name=city} [weather_descriptor : ฝนตก] ไหม",
        "{weather_day} ต้องพก [weather_descriptor : ร่ม] ไหม", "[weather_descriptor : อุณหภูมิ] ข้างนอกกี่องศา",
        "{weather_day} อากาศ {weather_descriptor=weather_adj} ไหม", "{weather_day} จะ {weather_descriptor=weather_adj} ไหม",
        "อากาศ {place_name=city} {weather_day}", "{weather_day} ที่ {place_name=city} {weather_descriptor=weather_adj} ไหม",
    ]),
    ("general_joke", 5, ["เล่าเรื่องตลกให้ฟังหน่อย", "เล่ามุกตลกหน่อย", "พูดอะไรขำๆ หน่อย", "ทำให้ฉันหัวเราะหน่อย",
                         "มีมุกตลกไหม"]),
    ("general_greet", 5, ["สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ", "หวัดดี", "อรุณสวัสดิ์", "สวัสดี สบายดีไหม"]),
    ("iot_coffee", 5, ["ชงกาแฟให้หน่อย", "ชงกาแฟ", "อยากกินกาแฟ", "ชง {coffee_type=coffee} ให้แก้วนึง",
                       "เปิดเครื่องชงกาแฟ", "ขอ {coffee_type=coffee} แก้วหนึ่ง"]),
    ("iot_cleaning", 5, ["เปิด {device_type=vacuum}", "ดูดฝุ่น {house_place=room}", "ทำความสะอาด {house_place=room}",
                         "สั่ง {device_type=vacuum} ให้ทำงาน", "ดูดฝุ่น {in_room} หน่อย"]),
    ("iot_wemo_on", 4, ["เปิด {device_type=plug}", "เปิด {device_type=plug} หน่อย", "เปิด {device_type=plug} ให้หน่อย"]),
    ("iot_wemo_off", 4, ["ปิด {device_type=plug}", "ปิด {device_type=plug} หน่อย", "ตัด {device_type=plug}"]),
    ("play_music", 5, ["เปิดเพลง", "เปิดเพลงหน่อย", "เปิดเพลง {music_genre=genre}", "อยากฟังเพลง {music_genre=genre}",
                       "เล่นเพลง {music_genre=genre} ให้ฟังหน่อย", "เล่นเพลงสักเพลง"]),
    ("play_radio", 3, ["เปิดวิทยุ", "ฟังวิทยุ", "เปิดวิทยุหน่อย", "อยากฟังวิทยุ"]),
]
