"""Persian (fa-IR) command templates. Pattern language: see ../README.md.

Colloquial Tehrani forms (رو، بذار، روشنش کن، آشپزخونه، می‌شه ... کنی، چنده) mixed with the
written / polite ones (را، بگذارید، لطفا ... کنید، آشپزخانه). Labels follow the majority of
MASSIVE's fa-IR train records: "ساعت" stays outside the time slot, the part of the day that
follows the hour is inside it ("ساعت [time : هفت صبح]"), a separate part of the day is
timeofday; the preposition of a level is inside change_amount ("[change_amount : به پنجاه درصد]");
list names without the word لیست / فهرست ("لیست [list_name : خرید]"); را / رو outside slots.
MASSIVE's fa-IR train records hold no digits at all; digits here are the Persian ones (۰-۹) that
Persian keyboards and recognizers write. Counted nouns stay singular (پنج دقیقه). Half-spaces
(ZWNJ) as in standard spelling (چراغ‌ها، پس‌فردا).
"""
from generate import tens_units

SMALL = ["صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده",
         "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"]
TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
num = tens_units(SMALL, TENS, lambda t, u: f"{t} و {u}", "صد")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def dig(n):
    return str(n).translate(FA_DIGITS)


def both(n):
    return [dig(n), num(n)]


def durations():
    out = ["یک دقیقه", "یه دقیقه", "یک ساعت", "یه ساعت", "نیم ساعت", "یه ربع", "یک ربع", "یک ساعت و نیم",
           "یه ساعت و نیم", "دو ساعت", "دو ساعت و نیم", "یک دقیقه و نیم", "سه ساعت", "سی ثانیه"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} دقیقه" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 90):
        out += [f"{w} ثانیه" for w in both(n)]
    return out


def clock_words(h):
    """۷، هفت، هفت و نیم، هفت و ربع، یه ربع به هشت، ۷:۳۰، هفت و ده دقیقه."""
    w, nxt = num(h), num(h % 12 + 1)
    return [dig(h), w, f"{w} و نیم", f"{w} و ربع", f"یه ربع به {nxt}", f"{dig(h)}:۳۰", f"{dig(h)}:۱۵",
            f"{w} و ده دقیقه", f"{w} و بیست دقیقه", f"ربع به {nxt}"]


def clocks():
    out = ["دوازده ظهر", "دوازده شب", "نیمه شب", "۱۲ ظهر", "۱۲:۰۰", "۱۸:۳۰", "۱۹:۰۰", "۲۰:۴۵", "۲۲:۰۰", "۰۶:۳۰",
           "۰۵:۴۵", "۰۷:۱۵"]
    for h in range(1, 13):
        out += clock_words(h)[:7]
    for h in range(4, 12):
        out += [f"{t} صبح" for t in clock_words(h)[:5]]
    for h in range(1, 6):
        out += [f"{num(h)} بعدازظهر", f"{dig(h)} بعد از ظهر", f"{num(h)} و نیم بعدازظهر"]
    for h in range(4, 8):
        out += [f"{num(h)} عصر", f"{dig(h)} عصر"]
    for h in range(7, 12):
        out += [f"{num(h)} شب", f"{dig(h)} شب", f"{num(h)} و نیم شب"]
    return out


def bare(hours):
    return [t for h in hours for t in clock_words(h)[:5]]


def calendar_clocks():
    out = ["دوازده ظهر", "۱۲:۳۰", "دوازده و نیم"]
    for h in (8, 9, 10, 11):
        out += clock_words(h)[:4] + [f"{num(h)} صبح", f"{dig(h)} صبح"]
    for h in range(1, 6):
        out += [dig(h), num(h), f"{num(h)} و نیم", f"{num(h)} بعدازظهر", f"{dig(h)} بعدازظهر", f"{num(h)} عصر"]
    for h in (6, 7, 8, 9):
        out += [f"{num(h)} شب", f"{dig(h)} شب", f"{num(h)} و نیم شب"] + ([f"{num(h)} عصر"] if h < 8 else [])
    out += ["۱۴:۰۰", "۱۶:۳۰", "۱۸:۰۰", "۱۰:۱۵"]
    return out


def items():
    one = ["شیر", "نون", "نان", "تخم‌مرغ", "سیب", "موز", "پنیر", "کره", "برنج", "گوجه", "پیاز", "سیب‌زمینی", "ماست",
           "مرغ", "روغن", "شکر", "چای", "قهوه", "دستمال کاغذی", "مایع ظرفشویی", "آب پرتقال", "خیار", "لیمو",
           "سبزی", "گوشت چرخ‌کرده", "عدس", "ماکارونی", "باتری", "غذای گربه", "پنیر پیتزا", "خرما"]
    pairs = [(0, 1), (4, 5), (6, 7), (8, 15), (9, 10), (12, 21), (13, 11), (16, 17), (18, 19), (22, 23),
             (24, 25), (27, 28), (3, 2), (20, 30), (26, 29)]
    triples = [(0, 3, 1), (4, 5, 22), (9, 21, 10), (8, 14, 15), (18, 19, 27), (12, 6, 7), (13, 11, 25)]
    return (one, [f"{one[a]} و {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} و {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ضربدر", "به علاوه", "منهای", "تقسیم بر", "ضرب در", "بعلاوه"):
            out.append(f"{dig(a)} {op} {dig(b)}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["۲۰ درصد ۱۵۰", "پانزده درصد هشتاد", "جذر ۱۴۴", "جذر هشتاد و یک", "۷ به توان ۲", "نه به توان دو"]
    return out


WHEN = ["[date : فردا]", "[date : امروز]", "[date : پس‌فردا]", "[date : شنبه]", "روز [date : یکشنبه]",
        "[date : دوشنبه]", "[date : سه‌شنبه]", "روز [date : چهارشنبه]", "[date : پنج‌شنبه]", "[date : جمعه]",
        "[date : شنبه‌ی بعد]", "[date : دوشنبه‌ی هفته‌ی بعد]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} درصد" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(4, 12)),
        "h_night": bare(range(8, 12)),
        "when": WHEN,
        "when_day": WHEN,
        "cal_when": WHEN + ["[date : دهم فروردین]", "[date : پانزدهم مهر]", "[date : همین جمعه]",
                                 "[date : اول ماه]", "[date : آخر هفته]"],
        "freq": ["هر روز", "هر روز صبح", "روزهای کاری", "هر شنبه", "هر روز هفته", "شنبه تا چهارشنبه"],
        "cal_freq": ["هر هفته", "هر روز", "هر شنبه", "هفتگی", "روزانه", "هر ماه"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["خرید", "خواروبار", "کارها", "سفر", "مهمونی", "عید", "هدیه‌ها", "کارهای خونه", "کارهای امروز",
                 "خرید عید", "داروها"],
        "room": ["آشپزخونه", "آشپزخانه", "اتاق خواب", "هال", "پذیرایی", "حموم", "حمام", "دستشویی", "راهرو",
                 "اتاق بچه‌ها", "اتاق کار", "بالکن", "پارکینگ", "ناهارخوری"],
        "lamp": ["آباژور", "لوستر", "چراغ مطالعه", "چراغ خواب", "ریسه", "لامپ کنار تخت", "آباژور کنار مبل"],
        "colour": ["قرمز", "سبز", "آبی", "زرد", "نارنجی", "بنفش", "صورتی", "سفید", "مهتابی", "آفتابی", "فیروزه‌ای",
                   "آبی آسمونی", "یاسی"],
        "pct_to": [f"به {p}" for p in pct] + [f"روی {p}" for p in pct[::2]] + [f"تا {p}" for p in pct[1::3]],
        "pct_by": pct,
        "pct_up": [f"به {p}" for p in pct] + [f"تا {p}" for p in pct[::2]],
        "vol_down": [f"تا {w}" for w in levels] + [f"به {p}" for p in pct[1::3]],
        "vol_to": [f"روی {w}" for w in levels] + [f"به {p}" for p in pct[1::3]] + [f"تا {w}" for w in levels[::3]],
        "bit": ["یه کم", "یک کم", "کمی", "یه ذره", "یه کم دیگه", "خیلی"],
        "event": ["دندونپزشکی", "دندانپزشک", "وقت دکتر", "آرایشگاه", "جلسه‌ی تیم", "کلاس یوگا", "کلاس زبان",
                  "کلاس پیانو", "باشگاه", "مصاحبه‌ی کاری", "تعمیر ماشین", "جشن تولد", "جلسه", "تمرین فوتبال",
                  "کلاس رانندگی", "مهمونی"],
        "meet": ["جلسه", "ناهار", "شام", "قرار", "تماس تصویری", "قهوه"],
        "person": ["علی", "مریم", "رضا", "سارا", "محمد", "زهرا", "امیر", "نگار", "حسین", "فاطمه", "آقای احمدی",
                   "خانم رضایی"],
        "city": ["تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "رشت", "لندن", "تورنتو", "دبی", "استانبول"],
        "expr": maths(),
        "plug": ["پریز هوشمند", "پریز", "پریز برق", "سوکت هوشمند"],
        "coffee": ["اسپرسو", "کاپوچینو", "لاته", "قهوه ترک", "آمریکانو"],
        "genre": ["سنتی", "پاپ", "راک", "کلاسیک", "جاز", "بی‌کلام"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "یه تایمر {time=dur} بذار",
        "تایمر {time=dur}",
        "تایمر بذار برای {time=dur}",
        "یک تایمر برای {time=dur} تنظیم کن",
        "لطفا یک تایمر {time=dur} تنظیم کنید",
        "تایمر رو روی {time=dur} بذار",
        "{time=dur} تایمر بذار",
        "شمارش معکوس {time=dur} شروع کن",
        "یه شمارش معکوس {time=dur} بذار",
        "[time : {dur} دیگه] خبرم کن",
        "[time : {dur} دیگه] صدام کن",
        "بعد از {time=dur} بهم خبر بده",
        "می‌شه یه تایمر {time=dur} بذاری",
        "زمان‌سنج رو برای {time=dur} تنظیم کن",
    ]),
    ("alarm_set", 48, [
        "ساعت {time=clock} بیدارم کن",
        "ساعت {time=clock} بیدارم کن لطفا",
        "یه آلارم برای ساعت {time=clock} بذار",
        "آلارم بذار ساعت {time=clock}",
        "زنگ هشدار رو برای ساعت {time=clock} تنظیم کن",
        "لطفا زنگ هشدار را برای ساعت {time=clock} تنظیم کنید",
        "ساعت رو برای {time=clock} کوک کن",
        "{when} ساعت {time=clock} بیدارم کن",
        "{when_day} ساعت {time=clock} یه آلارم بذار",
        "ساعت {time=h_morning} [timeofday : صبح] بیدارم کن",
        "یه زنگ برای ساعت {time=h_night} [timeofday : شب] بذار",
        "{when_day} [timeofday : صبح] ساعت {time=h_morning} بیدارم کن",
        "{general_frequency=freq} ساعت {time=clock} بیدارم کن",
        "یه آلارم {general_frequency=freq} برای ساعت {time=clock} بذار",
        "می‌شه ساعت {time=clock} بیدارم کنی",
        "می‌خوام ساعت {time=clock} بیدار شم",
        "یه زنگ هشدار جدید برای ساعت {time=clock} بساز",
        "آلارم ساعت {time=clock} رو فعال کن",
    ]),
    ("alarm_query", 8, [
        "چه آلارم‌هایی دارم", "آلارم‌هامو نشون بده", "آلارم بعدی کیه", "زنگ هشدار برای چه ساعتیه", "تایمر چقدر مونده",
        "چقدر از تایمر مونده", "برای {when} آلارم دارم", "زنگ‌های هشدار تنظیم‌شده را نشان بده", "آلارمم برای چه ساعتیه",
    ]),
    ("alarm_remove", 10, [
        "آلارم رو خاموش کن", "همه‌ی آلارم‌ها رو پاک کن", "تایمر رو متوقف کن", "تایمر رو کنسل کن",
        "آلارم ساعت {time=clock} رو پاک کن", "آلارم {when} رو حذف کن", "زنگ هشدار را لغو کنید",
        "آلارم {when} ساعت {time=clock} رو بردار", "همه‌ی تایمرها رو کنسل کن", "آلارم رو بردار", "دیگه بیدارم نکن",
    ]),
    ("lists_createoradd", 34, [
        "{items} رو به لیست {list_name=list} اضافه کن",
        "{items} را به فهرست {list_name=list} اضافه کنید",
        "{items} رو بنویس تو لیست {list_name=list}",
        "{items} رو به لیست اضافه کن",
        "لطفا {items} را به لیست اضافه کنید",
        "تو لیست {list_name=list} {items} رو بنویس",
        "می‌شه {items} رو به لیست {list_name=list} اضافه کنی",
        "{items2} رو بذار تو لیست {list_name=list}",
        "{items2} رو اضافه کن به لیست",
        "{items} هم به لیست {list_name=list} اضافه کن",
    ]),
    ("lists_createoradd", 12, [
        "یه لیست {list_name=list} جدید درست کن",
        "یک فهرست {list_name=list} بساز",
        "یه لیست جدید بساز",
        "یک لیست جدید به اسم {list_name=list} درست کن",
        "لیست {list_name=list} رو بساز",
        "لطفا یک فهرست جدید ایجاد کنید",
    ]),
    ("lists_remove", 18, [
        "{item} رو از لیست {list_name=list} پاک کن",
        "{item} رو از لیست حذف کن",
        "{item} را از فهرست {list_name=list} حذف کنید",
        "لیست {list_name=list} رو پاک کن",
        "لیست {list_name=list} رو خالی کن",
        "{item} رو از لیست {list_name=list} خط بزن",
        "{item} رو از لیست بردار",
        "کل لیست {list_name=list} رو حذف کن",
    ]),
    ("lists_query", 16, [
        "تو لیست {list_name=list} چی دارم",
        "در فهرست {list_name=list} چه چیزهایی هست",
        "لیست {list_name=list} رو بخون",
        "لیست {list_name=list} رو نشونم بده",
        "چه لیست‌هایی دارم",
        "{item} تو لیست {list_name=list} هست",
        "لیستم رو برام بخون",
        "توی لیست {list_name=list} چی نوشتم",
        "لطفا فهرست {list_name=list} را بخوانید",
    ]),
    ("iot_hue_lighton", 38, [
        "چراغ رو روشن کن",
        "چراغ‌ها رو روشن کن",
        "چراغا رو روشن کن",
        "لامپ رو روشن کن",
        "برق رو روشن کن",
        "چراغ رو بزن",
        "لطفا چراغ‌ها را روشن کنید",
        "چراغ {house_place=room} رو روشن کن",
        "چراغ‌های {house_place=room} رو روشن کن",
        "لامپ {house_place=room} رو روشن کن",
        "برق {house_place=room} رو روشن کن",
        "تو {house_place=room} چراغ رو روشن کن",
        "{device_type=lamp} رو روشن کن",
        "{device_type=lamp} رو روشنش کن",
        "{device_type=lamp} {house_place=room} رو روشن کن",
        "همه‌ی چراغ‌ها رو روشن کن",
        "اینجا خیلی تاریکه چراغ رو روشن کن",
        "می‌شه چراغ رو روشن کنی",
        "چراغ‌ها روشن",
        "چراغ {house_place=room} را روشن کنید",
        "نور {house_place=room} رو روشن کن",
    ]),
    ("iot_hue_lightoff", 24, [
        "چراغ رو خاموش کن",
        "چراغ‌ها رو خاموش کن",
        "چراغا رو خاموشش کن",
        "برق رو خاموش کن",
        "لطفا چراغ‌ها را خاموش کنید",
        "چراغ {house_place=room} رو خاموش کن",
        "لامپ {house_place=room} رو خاموش کن",
        "برق {house_place=room} رو خاموش کن",
        "{device_type=lamp} رو خاموش کن",
        "{device_type=lamp} رو خاموشش کن",
        "همه‌ی چراغ‌ها رو خاموش کن",
        "می‌خوام بخوابم چراغ‌ها رو خاموش کن",
        "می‌شه چراغ رو خاموش کنی",
    ]),
    ("iot_hue_lightup", 14, [
        "نور رو زیاد کن", "چراغ رو پرنورتر کن", "روشنایی رو بیشتر کن", "روشنایی را {change_amount=pct_up} افزایش بده",
        "نور رو {change_amount=bit} زیاد کن", "نور {house_place=room} رو بیشتر کن", "{change_amount=bit} نور رو بیشتر کن",
        "روشنایی رو {change_amount=pct_by} بیشتر کن", "چراغ‌ها رو روشن‌تر کن", "نور کمه زیادش کن",
    ]),
    ("iot_hue_lightdim", 14, [
        "نور رو کم کن", "چراغ رو کم‌نورتر کن", "روشنایی را کاهش بده", "نور رو {change_amount=bit} کم کن",
        "روشنایی رو {change_amount=pct_up} کم کن", "نور {house_place=room} رو کم کن", "نور خیلی زیاده",
        "چراغ‌ها رو کم‌نور کن", "لطفا روشنایی را کم کنید", "{change_amount=bit} نور رو کم کن",
    ]),
    ("iot_hue_lightchange", 26, [
        "چراغ رو {color_type=colour} کن",
        "رنگ چراغ‌ها رو {color_type=colour} کن",
        "رنگ نور رو به {color_type=colour} تغییر بده",
        "نور {house_place=room} رو {color_type=colour} کن",
        "رنگ چراغ {house_place=room} رو عوض کن به {color_type=colour}",
        "لطفا رنگ لامپ‌ها را {color_type=colour} کنید",
        "چراغ‌ها رو {color_type=colour} کن",
        "روشنایی رو {change_amount=pct_to} تنظیم کن",
        "نور رو {change_amount=pct_to} بذار",
    ]),
    ("audio_volume_up", 14, [
        "صدا رو زیاد کن", "صدا رو بلند کن", "صداشو زیاد کن", "ولوم رو زیاد کن", "بلندتر", "صدا رو {change_amount=bit} زیاد کن",
        "صدا نمیاد صدا رو بلند کن", "لطفا صدا را افزایش دهید", "می‌شه صدا رو بیشتر کنی", "یه کم بلندتر لطفا",
    ]),
    ("audio_volume_up", 12, [
        "صدا رو {change_amount=vol_to} بذار", "صدا را {change_amount=vol_to} تنظیم کن", "ولوم رو {change_amount=vol_to} بذار",
        "صدا رو {change_amount=pct_up} زیاد کن", "ولوم {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "صدا رو کم کن", "صداشو کم کن", "ولوم رو کم کن", "یواش‌تر", "صدا خیلی بلنده کمش کن", "صدا رو {change_amount=bit} کم کن",
        "صدا رو {change_amount=vol_down} کم کن", "لطفا صدا را کم کنید", "می‌شه صدا رو کم کنی", "صدا رو بیار پایین",
    ]),
    ("audio_volume_mute", 9, [
        "صدا رو قطع کن", "بی‌صدا کن", "ساکت شو", "میوت کن", "صدا رو ببند", "لطفا صدا را قطع کنید", "صداشو قطع کن",
        "بی‌صدا", "ساکت",
    ]),
    ("calendar_set", 40, [
        "{event_name=event} رو برای {cal_when} ساعت {time=cal_clock} تو تقویم بذار",
        "{cal_when} ساعت {time=cal_clock} {event_name=event} دارم ثبتش کن",
        "{event_name=event} را برای {cal_when} ساعت {time=cal_clock} در تقویم ثبت کنید",
        "{cal_when} ساعت {time=cal_clock} با {person=person} {event_name=meet} دارم",
        "یه {event_name=meet} با {person=person} برای {cal_when} ساعت {time=cal_clock} بذار",
        "{cal_when} ساعت {time=cal_clock} {event_name=event} رو یادم بنداز",
        "{event_name=event} رو به تقویم اضافه کن برای {cal_when}",
        "{event_name=event} {general_frequency=cal_freq} ساعت {time=cal_clock} رو به تقویم اضافه کن",
        "یه رویداد جدید بساز {event_name=event} {cal_when} ساعت {time=cal_clock}",
        "برای {cal_when} {event_name=event} ثبت کن",
    ]),
    ("calendar_query", 14, [
        "{cal_when} چه برنامه‌ای دارم", "تو تقویمم برای {cal_when} چی هست", "تقویمم رو نشون بده", "جلسه‌ی بعدیم چه ساعتیه",
        "{cal_when} کاری دارم", "{event_name=event} چه روزیه", "{event_name=event} چه ساعتیه", "برنامه‌های {cal_when} رو بخون",
        "برنامه‌ی {cal_when} من چیه",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} رو لغو کن", "{event_name=event} رو از تقویم پاک کن", "همه‌ی برنامه‌های {cal_when} رو پاک کن",
        "{event_name=event} {cal_when} رو کنسل کن", "لطفا {event_name=event} را از تقویم حذف کنید",
    ]),
    ("qa_maths", 24, [
        "{expr} چند میشه", "{expr} چند می‌شود", "{expr} رو حساب کن", "{expr}", "جواب {expr} چیه", "{expr} چقدر میشه",
        "حساب کن {expr}",
    ]),
    ("datetime_query", 18, [
        "ساعت چنده", "ساعت چند است", "الان ساعت چنده", "ساعت رو بگو", "[date : امروز] چندمه", "[date : امروز] چند شنبه‌ست",
        "[date : فردا] چه روزیه", "[date : فردا] چندمه", "ساعت [place_name : {city}] چنده", "[date : نوروز] چه روزیه",
        "تاریخ [date : امروز] رو بگو", "الان تو {place_name=city} ساعت چنده", "[date : امروز] چه روزیه",
        "تاریخ [date : امروز] چیست", "الان چه ساعتیه",
    ]),
    ("weather_query", 18, [
        "هوا چطوره", "[date : امروز] هوا چطوره", "{when} هوا چطوره", "هوای {place_name=city} چطوره",
        "{when} [weather_descriptor : بارون] میاد", "{when} [weather_descriptor : برف] میاد", "[weather_descriptor : دما] چنده",
        "{when} [weather_descriptor : چتر] لازم دارم", "پیش‌بینی هوای {when} رو بگو", "هوای {place_name=city} {when} چطوره",
        "وضعیت آب و هوا چطوره", "{when} هوا [weather_descriptor : سرد] میشه", "{when} هوا [weather_descriptor : گرم] میشه",
    ]),
    ("general_joke", 5, ["یه جوک بگو", "یه لطیفه تعریف کن", "منو بخندون", "یه چیز خنده‌دار بگو", "جوک بلدی"]),
    ("general_greet", 5, ["سلام", "صبح بخیر", "عصر بخیر", "سلام خوبی", "درود", "شب بخیر"]),
    ("iot_coffee", 5, ["یه قهوه برام درست کن", "قهوه درست کن", "قهوه‌ساز رو روشن کن", "یه {coffee_type=coffee} برام درست کن",
                       "یه {coffee_type=coffee} می‌خوام"]),
    ("iot_cleaning", 5, ["جاروبرقی رو روشن کن", "{house_place=room} رو جارو کن", "[device_type : جاروبرقی رباتیک] رو روشن کن",
                         "{house_place=room} رو تمیز کن", "[device_type : جارو رباتیک] رو راه بنداز"]),
    ("iot_wemo_on", 4, ["{device_type=plug} رو روشن کن", "{device_type=plug} رو وصل کن"]),
    ("iot_wemo_off", 4, ["{device_type=plug} رو خاموش کن", "{device_type=plug} رو قطع کن"]),
    ("play_music", 5, ["آهنگ بذار", "یه آهنگ پخش کن", "موسیقی {music_genre=genre} بذار", "یه آهنگ {music_genre=genre} پخش کن",
                       "موزیک بذار"]),
    ("play_radio", 3, ["رادیو رو روشن کن", "رادیو بذار", "رادیو پخش کن"]),
]
