"""Urdu (ur-PK) command templates. Pattern language: see ../README.md.

The spoken grammar of hi.py in Urdu script, with the English loanwords Pakistanis use written as
Urdu writes them (لائٹ، ٹائمر، الارم، لسٹ، والیوم، آن، آف، سیٹ، کیلنڈر، کچن، بیڈروم); informal
(کر دو، لگاؤ) and polite forms (کر دیں، لگائیں، براہ کرم). Labels follow the majority of MASSIVE's
ur-PK train records: "بجے" and the part of the day before the hour are inside the time slot
("[time : صبح سات بجے]", "[time : ساڑھے سات بجے]" = 7:30, "سوا سات" = 7:15, "پونے آٹھ" = 7:45,
"ڈیڑھ" = 1:30, "ڈھائی" = 2:30); "تک" is inside change_amount ("[change_amount : پچاس تک]"), "پر"
outside; list names without لسٹ / فہرست ("[list_name : خریداری] کی فہرست"). MASSIVE's ur-PK train
records hold no digits; digits here are Western (0-9), as Pakistani keyboards and recognizers
write them in Urdu text.
"""

WORDS = ("صفر ایک دو تین چار پانچ چھ سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس "
         "بیس اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس تیس اکتیس بتیس تینتیس چونتیس پینتیس "
         "چھتیس سینتیس اڑتیس انتالیس چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس "
         "انچاس پچاس اکاون باون ترپن چون پچپن چھپن ستاون اٹھاون انسٹھ ساٹھ اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ "
         "چھیاسٹھ سڑسٹھ اڑسٹھ انہتر ستر اکہتر بہتر تہتر چوہتر پچھتر چھہتر ستتر اٹھہتر اناسی اسی اکیاسی بیاسی "
         "تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی نوے اکانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے "
         "اٹھانوے ننانوے سو").split()
assert len(WORDS) == 101


def num(n):
    """Urdu number words 0..100 (each said as one irregular word, as in Hindi)."""
    return WORDS[n]


def both(n):
    return [str(n), num(n)]


def durations():
    """Oblique forms, as before کا / کے لیے: ایک گھنٹے کا ٹائمر."""
    out = ["ایک منٹ", "1 منٹ", "ایک گھنٹے", "1 گھنٹے", "آدھے گھنٹے", "ڈیڑھ گھنٹے", "دو گھنٹے", "2 گھنٹے", "ڈیڑھ منٹ",
           "ڈھائی منٹ", "ڈھائی گھنٹے", "سوا گھنٹے", "پونے گھنٹے"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} منٹ" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} سیکنڈ" for w in both(n)]
    return out


def clock_words(h):
    """7 بجے، سات بجے، ساڑھے سات بجے، سوا سات بجے، پونے آٹھ بجے (1:30 is ڈیڑھ، 2:30 ڈھائی)."""
    nxt = h % 12 + 1
    half = {1: "ڈیڑھ", 2: "ڈھائی"}.get(h, f"ساڑھے {num(h)}")
    return [f"{h} بجے", f"{num(h)} بجے", f"{half} بجے", f"سوا {num(h)} بجے", f"پونے {num(nxt)} بجے", f"{h}:30 بجے",
            f"{h}:15 بجے", f"{h}:45", f"{h} بج کر 10 منٹ", f"{num(h)} بج کر بیس منٹ"]


def clocks():
    out = ["12 بجے", "بارہ بجے", "ساڑھے بارہ بجے", "دوپہر بارہ بجے", "رات بارہ بجے"]
    for h in range(1, 12):
        out += clock_words(h)
    return out


def with_period(hours, period):
    """The part of the day inside the time slot, as ur-PK's MASSIVE labels it."""
    return [f"{period} {t}" for h in hours for t in clock_words(h)[:5]]


def items():
    one = ["دودھ", "انڈے", "ڈبل روٹی", "سیب", "ناشپاتی", "کیلے", "مکھن", "پنیر", "کافی", "چاول", "آٹا", "ٹماٹر",
           "ٹشو پیپر", "برتن دھونے کا صابن", "مالٹے کا جوس", "دہی", "چکن", "پیاز", "آلو", "گاجر", "زیتون کا تیل",
           "چینی", "دال", "چائے کی پتی", "بلی کا کھانا", "بیٹری", "لیموں", "لہسن", "گھی", "بسکٹ", "کھجوریں"]
    pairs = [(3, 5), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29), (30, 0)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (23, 29, 28)]
    return (one, [f"{one[a]} اور {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} اور {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ضرب", "جمع", "منفی", "تقسیم", "پلس", "مائنس"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["150 کا 20 فیصد", "اسی کا پندرہ فیصد", "144 کا جذر", "اکیاسی کا جذر", "7 کا مربع"]
    return out


WHEN = ["[date : کل]", "[date : آج]", "[date : پرسوں]", "[date : پیر] کو", "[date : منگل] کو", "[date : بدھ] کو",
        "[date : جمعرات] کو", "[date : جمعہ] کو", "[date : ہفتے] کو", "[date : اتوار] کو",
        "[date : اگلے جمعہ] کو", "[date : اگلے پیر] کو"]


def vocab():
    one, two, three = items()
    pct = [f"{w} فیصد" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "morning": with_period(range(5, 12), "صبح"),
        "evening": with_period(range(5, 9), "شام") + with_period(range(9, 12), "رات"),
        "cal_at": [t for h in (8, 9, 10, 11) for t in clock_words(h)[:4]] + with_period(range(9, 12), "صبح") +
                  with_period(range(1, 4), "دوپہر") + with_period(range(4, 8), "شام"),
        "when": WHEN,
        "cal_when": WHEN + ["[date : بارہ جون] کو", "[date : تین مارچ] کو", "[date : اس اتوار] کو", "[date : 15 تاریخ] کو",
                            "[date : عید] پر"],
        "freq": ["روز", "ہر روز", "روزانہ", "ہر صبح", "پیر سے جمعہ", "ہر پیر"],
        "cal_freq": ["ہر روز", "پیر سے جمعہ", "ہر پیر", "ہر ہفتے", "ہفتہ وار", "روزانہ"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["شاپنگ", "گروسری", "سودا سلف", "پیکنگ", "عید", "سالگرہ", "آفس", "سفر", "ٹو ڈو", "رمضان"],
        "list_ki": ["خریداری", "سودے", "گروسری", "عید", "سالگرہ", "سفر", "ضروری کاموں", "گھر کے سامان"],
        "room": ["کچن", "باورچی خانے", "بیڈروم", "لاؤنج", "ٹی وی لاؤنج", "باتھ روم", "ڈرائنگ روم", "بچوں کے کمرے",
                 "گیراج", "برآمدے", "اسٹڈی روم", "گیسٹ روم"],
        "lamp": ["لیمپ", "ٹیبل لیمپ", "سائیڈ لیمپ", "نائٹ بلب", "فانوس", "بلب"],
        "colour_f": ["لال", "ہری", "نیلی", "پیلی", "نارنجی", "جامنی", "گلابی", "سفید"],
        "colour_obl": ["لال", "ہرے", "نیلے", "پیلے", "نارنجی", "جامنی", "گلابی", "سفید", "آسمانی"],
        "pct": pct,
        "pct_tak": [f"{p} تک" for p in pct],
        "vol": levels + pct[1::3],
        "vol_tak": [f"{w} تک" for w in levels + pct[1::3]],
        "bit": ["تھوڑا", "تھوڑا سا", "تھوڑا اور", "تھوڑی سی"],
        "event": ["ڈینٹسٹ", "ڈاکٹر کی اپوائنٹمنٹ", "ٹیم میٹنگ", "یوگا کلاس", "ٹیوشن", "کرکٹ پریکٹس", "انٹرویو",
                  "گاڑی کی سروس", "سالگرہ کی پارٹی", "میٹنگ", "پیرنٹ ٹیچر میٹنگ", "جم", "قرآن کلاس"],
        "meet": ["میٹنگ", "لنچ", "ڈنر", "کال", "چائے"],
        "person": ["علی", "عائشہ", "احمد", "فاطمہ", "بلال", "زینب", "عمر", "سارہ", "حسن", "مریم"],
        "city": ["کراچی", "لاہور", "اسلام آباد", "پشاور", "کوئٹہ", "ملتان", "فیصل آباد", "لندن", "دبئی", "جدہ"],
        "rain": ["بارش", "آندھی", "ژالہ باری"],
        "hotcold": ["سردی", "گرمی", "دھوپ"],
        "expr": maths(),
        "plug": ["پلگ", "اسمارٹ پلگ", "ساکٹ"],
        "coffee": ["کیپوچینو", "ایسپریسو", "کولڈ کافی", "بلیک کافی", "لاٹے"],
        "genre": ["قوالی", "غزل", "پاپ", "کلاسیکل", "نعت", "پنجابی"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur} کا ٹائمر لگاؤ",
        "{time=dur} کا ٹائمر سیٹ کرو",
        "ٹائمر {time=dur} کا",
        "{time=dur} کے لیے ٹائمر لگا دو",
        "ٹائمر لگاؤ {time=dur} کا",
        "{time=dur} کا کاؤنٹ ڈاؤن شروع کرو",
        "{time=dur} بعد مجھے بتا دینا",
        "براہ کرم {time=dur} کا ٹائمر لگائیں",
        "{time=dur} کا ٹائمر آن کر دو",
        "مجھے {time=dur} کا ٹائمر چاہیے",
        "ٹائمر {time=dur}",
        "{time=dur} کا ٹائمر لگا دیں",
        "پلیز {time=dur} کا ٹائمر سیٹ کر دیں",
    ]),
    ("alarm_set", 48, [
        "{time=clock} کا الارم لگاؤ",
        "{time=clock} کا الارم سیٹ کرو",
        "مجھے {time=clock} اٹھا دینا",
        "{time=clock} جگا دینا",
        "{when} {time=clock} کا الارم لگاؤ",
        "{when} {time=clock} مجھے جگا دینا",
        "مجھے {time=morning} جگا دیں",
        "{time=morning} کا الارم لگا دو",
        "{time=evening} کا الارم لگا دو",
        "[date : کل] {time=morning} کا الارم لگائیں",
        "{general_frequency=freq} {time=clock} کا الارم لگاؤ",
        "الارم {time=clock} پر سیٹ کرو",
        "{time=clock} پر الارم لگا دو",
        "براہ کرم {time=clock} کا الارم لگا دیں",
        "{general_frequency=freq} {time=morning} مجھے اٹھا دینا",
        "{when} {time=morning} کا الارم سیٹ کر دو",
    ]),
    ("alarm_query", 8, [
        "میرے کتنے الارم لگے ہوئے ہیں", "میرے الارم دکھاؤ", "اگلا الارم کتنے بجے ہے", "الارم کتنے بجے کا لگا ہے",
        "ٹائمر میں کتنا وقت رہ گیا ہے", "ٹائمر ختم ہونے میں کتنی دیر ہے", "کیا {when} کا کوئی الارم ہے", "سارے الارم دکھائیں",
    ]),
    ("alarm_remove", 10, [
        "الارم ہٹا دو", "سارے الارم ڈیلیٹ کر دو", "ٹائمر بند کرو", "ٹائمر کینسل کرو", "{time=clock} کا الارم ہٹا دو",
        "{when} کا الارم کینسل کر دیں", "الارم بند کر دو", "{when} {time=clock} والا الارم ہٹا دو", "سارے ٹائمر ہٹا دو",
        "الارم آف کر دو",
    ]),
    ("lists_createoradd", 34, [
        "{items} کو {list_name=list} لسٹ میں ڈال دو",
        "{list_name=list} لسٹ میں {items} ڈالو",
        "{list_name=list} لسٹ میں {items} ایڈ کرو",
        "{items} {list_name=list_ki} کی فہرست میں شامل کر دیں",
        "لسٹ میں {items} ڈال دو",
        "میری {list_name=list} لسٹ میں {items} لکھ دو",
        "{items} لسٹ میں ایڈ کر دو",
        "براہ کرم {list_name=list_ki} کی فہرست میں {items} شامل کریں",
        "{items2} کو {list_name=list} لسٹ میں ایڈ کر دو",
        "میری لسٹ میں {items} ڈال دیں",
    ]),
    ("lists_createoradd", 12, [
        "نئی {list_name=list} لسٹ بناؤ",
        "ایک نئی لسٹ بناؤ",
        "{list_name=list_ki} کی فہرست بنائیں",
        "{list_name=list} نام کی لسٹ بناؤ",
        "ایک {list_name=list} لسٹ بنا دو",
        "براہ کرم ایک نئی فہرست بنا دیں",
    ]),
    ("lists_remove", 18, [
        "{list_name=list} لسٹ سے {item} ہٹا دو",
        "لسٹ سے {item} نکال دو",
        "{item} کو {list_name=list_ki} کی فہرست سے نکال دیں",
        "{list_name=list} لسٹ ڈیلیٹ کرو",
        "میری {list_name=list} لسٹ مٹا دو",
        "{list_name=list} لسٹ خالی کر دو",
        "{item} لسٹ سے ہٹا دیں",
        "{list_name=list_ki} کی فہرست حذف کر دیں",
    ]),
    ("lists_query", 16, [
        "میری {list_name=list} لسٹ میں کیا ہے",
        "{list_name=list} لسٹ پڑھو",
        "{list_name=list_ki} کی فہرست دکھائیں",
        "لسٹ میں کیا کیا ہے",
        "میری کون کون سی لسٹیں ہیں",
        "کیا {list_name=list} لسٹ میں {item} ہے",
        "{list_name=list} لسٹ پڑھ کر سناؤ",
        "{list_name=list_ki} کی فہرست میں کیا ہے",
    ]),
    ("iot_hue_lighton", 38, [
        "لائٹ جلاؤ",
        "لائٹ آن کرو",
        "بتی جلا دو",
        "لائٹ آن کر دیں",
        "لائٹس آن کر دو",
        "{house_place=room} کی لائٹ جلا دو",
        "{house_place=room} کی لائٹ آن کر دو",
        "{house_place=room} کی لائٹس آن کر دیں",
        "{house_place=room} میں لائٹ جلاؤ",
        "{device_type=lamp} آن کرو",
        "{device_type=lamp} جلا دو",
        "{house_place=room} کا {device_type=lamp} آن کر دو",
        "ساری لائٹیں جلا دو",
        "اندھیرا ہے لائٹ جلا دو",
        "براہ کرم لائٹ آن کر دیں",
        "{house_place=room} کی بتی جلاؤ",
        "لائٹ جلا دو",
        "پلیز لائٹ آن کرو",
        "ذرا لائٹ آن کر دو",
    ]),
    ("iot_hue_lightoff", 24, [
        "لائٹ بند کرو",
        "لائٹ بجھا دو",
        "بتی بند کر دو",
        "لائٹ آف کرو",
        "{house_place=room} کی لائٹ بند کرو",
        "{house_place=room} کی لائٹ آف کر دیں",
        "{device_type=lamp} بند کرو",
        "ساری لائٹیں بند کر دو",
        "براہ کرم لائٹ بند کر دیں",
        "{house_place=room} کی بتی بجھا دو",
        "{house_place=room} میں لائٹ آف کر دو",
    ]),
    ("iot_hue_lightup", 14, [
        "لائٹ تیز کرو", "روشنی بڑھاؤ", "برائٹنس بڑھاؤ", "برائٹنس {change_amount=pct} بڑھا دیں", "لائٹ {change_amount=bit} تیز کرو",
        "{house_place=room} کی روشنی بڑھا دو", "اور روشنی چاہیے", "لائٹ کی برائٹنس بڑھا دو", "روشنی {change_amount=bit} بڑھا دو",
        "برائٹنس {change_amount=pct_tak} بڑھا دو",
    ]),
    ("iot_hue_lightdim", 14, [
        "لائٹ مدھم کرو", "روشنی کم کرو", "برائٹنس کم کرو", "لائٹ {change_amount=bit} کم کر دو",
        "برائٹنس {change_amount=pct_tak} کم کر دیں", "{house_place=room} کی لائٹ مدھم کرو", "لائٹ ڈم کرو", "روشنی بہت تیز ہے",
        "لائٹ ہلکی کر دو",
    ]),
    ("iot_hue_lightchange", 26, [
        "لائٹ {color_type=colour_f} کر دو",
        "لائٹ کو {color_type=colour_obl} رنگ میں بدل دو",
        "{house_place=room} کی لائٹ {color_type=colour_f} کر دو",
        "لائٹ کا رنگ بدل کر {color_type=colour_f} کر دیں",
        "{house_place=room} کی روشنی کو {color_type=colour_obl} رنگ میں کر دو",
        "{color_type=colour_f} لائٹ جلا دو",
        "برائٹنس {change_amount=pct} پر سیٹ کرو",
        "لائٹ {change_amount=pct} پر کر دو",
    ]),
    ("audio_volume_up", 14, [
        "آواز بڑھاؤ", "والیوم بڑھاؤ", "آواز اونچی کرو", "تھوڑا زور سے", "والیوم {change_amount=bit} بڑھا دو",
        "سنائی نہیں دے رہا آواز بڑھاؤ", "والیوم اپ کرو", "اور اونچا", "آواز {change_amount=bit} اونچی کر دو", "والیوم بڑھا دیں",
    ]),
    ("audio_volume_up", 12, [
        "والیوم {change_amount=vol} پر کر دو", "آواز {change_amount=vol} پر سیٹ کرو", "والیوم {change_amount=vol} کر دو",
        "والیوم {change_amount=vol_tak} بڑھا دیں", "آواز {change_amount=vol_tak} بڑھاؤ",
    ]),
    ("audio_volume_down", 14, [
        "آواز کم کرو", "والیوم کم کرو", "آواز دھیمی کرو", "آہستہ بولو", "بہت تیز ہے آواز کم کرو",
        "والیوم {change_amount=bit} کم کر دو", "والیوم {change_amount=vol_tak} کم کر دیں", "والیوم ڈاؤن کرو",
        "آواز {change_amount=bit} دھیمی کر دو", "والیوم گھٹاؤ",
    ]),
    ("audio_volume_mute", 9, [
        "میوٹ کرو", "آواز بند کرو", "چپ ہو جاؤ", "ساؤنڈ بند کر دو", "میوٹ کر دیں", "اسپیکر میوٹ کرو", "بالکل خاموش",
        "خاموش ہو جائیں", "آواز بند کر دیں", "ساؤنڈ آف کرو",
    ]),
    ("calendar_set", 40, [
        "{cal_when} {time=cal_at} {event_name=event} شامل کرو",
        "{cal_when} {time=cal_at} {event_name=event} کیلنڈر میں ڈال دو",
        "کیلنڈر میں {cal_when} {time=cal_at} {event_name=event} شامل کر دیں",
        "{cal_when} {time=cal_at} {person=person} کے ساتھ {event_name=meet}",
        "{cal_when} {time=cal_at} {person=person} کے ساتھ {event_name=meet} رکھ دو",
        "مجھے {cal_when} {time=cal_at} {event_name=event} کی یاد دلانا",
        "{cal_when} {event_name=event} کیلنڈر میں شامل کرو",
        "{general_frequency=cal_freq} {time=cal_at} {event_name=event} شامل کر دیں",
        "{cal_when} {time=cal_at} {event_name=event} ہے اسے کیلنڈر میں ڈال دو",
        "{event_name=event} {cal_when} {time=cal_at} شیڈول کرو",
    ]),
    ("calendar_query", 14, [
        "{cal_when} میرا کیا پروگرام ہے", "{cal_when} کیلنڈر میں کیا ہے", "میرا کیلنڈر دکھاؤ", "میری اگلی میٹنگ کب ہے",
        "{cal_when} کچھ ہے کیا", "{event_name=event} کب ہے", "{event_name=event} کتنے بجے ہے", "{cal_when} میرے کیا کام ہیں",
        "کیا {cal_when} {event_name=event} ہے",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} کینسل کر دو", "{cal_when} کے سارے ایونٹ ہٹا دو", "کیلنڈر سے {event_name=event} ہٹا دیں",
        "{cal_when} {event_name=event} کینسل کرو", "{event_name=event} ڈیلیٹ کر دو",
    ]),
    ("qa_maths", 24, [
        "{expr} کتنا ہوتا ہے", "{expr} کتنے ہوتے ہیں", "{expr} کا جواب کیا ہے", "{expr} بتاؤ", "{expr}",
        "{expr} کتنا ہے", "ذرا {expr} بتانا",
    ]),
    ("datetime_query", 18, [
        "ابھی کتنے بجے ہیں", "ٹائم کیا ہوا ہے", "وقت کیا ہے", "کتنے بجے ہیں", "[date : آج] کیا تاریخ ہے",
        "[date : آج] کون سا دن ہے", "[date : کل] کون سا دن ہے", "[date : کل] کیا تاریخ ہے",
        "{place_name=city} میں ابھی کتنے بجے ہیں", "[date : عید] کس دن ہے", "[date : آج] کی تاریخ بتاؤ",
        "ابھی کیا ٹائم ہے", "{place_name=city} میں کیا ٹائم ہوا ہے", "[date : اگلے جمعہ] کو کون سی تاریخ ہے",
    ]),
    ("weather_query", 18, [
        "موسم کیسا ہے", "[date : آج] موسم کیسا ہے", "{when} موسم کیسا رہے گا", "{place_name=city} میں موسم کیسا ہے",
        "کیا {when} {weather_descriptor=rain} ہوگی", "{when} {weather_descriptor=rain} ہوگی کیا",
        "کیا {when} {weather_descriptor=hotcold} ہوگی", "[weather_descriptor : درجہ حرارت] کتنا ہے",
        "کیا {when} [weather_descriptor : چھتری] لے جانی چاہیے", "{place_name=city} میں {when} کا موسم بتاؤ",
        "موسم کا حال بتائیں", "باہر کتنی [weather_descriptor : گرمی] ہے",
    ]),
    ("general_joke", 5, ["ایک لطیفہ سناؤ", "کوئی جوک سناؤ", "مجھے ہنساؤ", "کچھ مزے کا سناؤ", "لطیفہ سنائیں"]),
    ("general_greet", 5, ["السلام علیکم", "ہیلو", "صبح بخیر", "شام بخیر", "ہائے کیسے ہو", "آداب"]),
    ("iot_coffee", 5, ["میرے لیے کافی بناؤ", "کافی بنا دو", "مجھے کافی چاہیے", "ایک {coffee_type=coffee} بنا دو",
                       "کافی مشین آن کرو"]),
    ("iot_cleaning", 5, ["ویکیوم کلینر آن کرو", "{house_place=room} کی صفائی کرو", "[device_type : روبوٹ ویکیوم] آن کرو",
                         "{house_place=room} میں جھاڑو لگاؤ", "صفائی شروع کرو"]),
    ("iot_wemo_on", 4, ["{device_type=plug} آن کرو", "{device_type=plug} آن کر دو"]),
    ("iot_wemo_off", 4, ["{device_type=plug} بند کرو", "{device_type=plug} آف کر دو"]),
    ("play_music", 5, ["گانا لگاؤ", "کچھ میوزک چلاؤ", "{music_genre=genre} لگاؤ", "{music_genre=genre} سناؤ", "گانے چلا دو"]),
    ("play_radio", 3, ["ریڈیو چلاؤ", "ریڈیو آن کرو", "ایف ایم لگاؤ"]),
]
