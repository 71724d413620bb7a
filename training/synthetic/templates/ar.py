"""Arabic (ar-SA) command templates. Pattern language: see ../README.md.

Saudi colloquial as in MASSIVE's ar-SA (حط، صحني، طفي، وطي، وش، بكرة) mixed with plain Modern
Standard forms (اضبط، أطفئ، غدا). "الساعة" stays outside the time slot ("الساعة [time : سبع ونص]");
"ونص" = :30, "وربع" = :15, "إلا ربع" = :45. Counted nouns agree: دقيقتين، 5 دقائق، 15 دقيقة.
"""

WORDS = {1: "واحد", 2: "اثنين", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة",
         10: "عشرة", 11: "أحد عشر", 12: "اثنا عشر", 13: "ثلاثة عشر", 15: "خمسة عشر", 16: "ستة عشر", 18: "ثمانية عشر",
         20: "عشرين", 25: "خمسة وعشرين", 30: "ثلاثين", 36: "ستة وثلاثين", 40: "أربعين", 45: "خمسة وأربعين",
         50: "خمسين", 60: "ستين", 64: "أربعة وستين", 70: "سبعين", 80: "ثمانين", 81: "واحد وثمانين", 90: "تسعين",
         100: "مية"}
HOURS = {1: "وحدة", 2: "ثنتين", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع", 10: "عشر",
         11: "احدعش", 12: "اثنعش"}
# Minutes said in words, with the counted noun agreeing.
MINUTE_WORDS = ["دقيقة", "دقيقتين", "ثلاث دقائق", "خمس دقائق", "سبع دقائق", "عشر دقائق", "ربع ساعة", "عشرين دقيقة",
                "خمس وعشرين دقيقة", "ثلاثين دقيقة", "نص ساعة", "أربعين دقيقة", "خمسين دقيقة", "ساعة", "ساعتين",
                "ساعة ونص", "ساعة وربع", "دقيقة ونص", "عشر ثواني", "ثلاثين ثانية", "تسعين ثانية", "ثلاث ساعات"]


def num(n):
    return WORDS[n]


def counted(n, few, many):
    """Digits with the noun: 3-10 take the plural, 11 and over the singular."""
    return f"{n} {few}" if n <= 10 else f"{n} {many}"


def durations():
    out = list(MINUTE_WORDS)
    for n in (3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out.append(counted(n, "دقائق", "دقيقة"))
    for n in (10, 15, 20, 30, 45, 90):
        out.append(counted(n, "ثواني", "ثانية"))
    return out


def clocks():
    out = ["الظهر", "نص الليل", "اثنعش الظهر"]
    for h in range(1, 13):
        w, nxt = HOURS[h], HOURS[h % 12 + 1]
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{h}:45", f"{w} ونص", f"{w} وربع", f"{nxt} إلا ربع", f"{h} ونص",
                f"{w} وعشر دقائق"]
        if 4 <= h <= 11:
            out += [f"{w} الصبح", f"{h} الصباح", f"{w} ونص الصبح"]
        if 4 <= h <= 9:
            out += [f"{w} المسا", f"{h} مساء"]
        if 8 <= h <= 11:
            out.append(f"{w} بالليل")
    return out


def bare(hours):
    out = []
    for h in hours:
        w = HOURS[h]
        out += [str(h), w, f"{w} ونص", f"{w} وربع", f"{h}:30"]
    return out


def calendar_clocks():
    out = ["الظهر", "اثنعش ونص"]
    for h in list(range(8, 13)) + list(range(1, 10)):
        w = HOURS[h]
        out += [str(h), w, f"{h}:30", f"{w} ونص", f"{w} وربع"]
    for h in range(1, 10):
        period = "بعد الظهر" if h <= 2 else "العصر" if h <= 5 else "المسا"
        out += [f"{HOURS[h]} {period}", f"{h} مساء"]
    return out


def items():
    one = ["حليب", "بيض", "خبز", "تفاح", "كمثرى", "موز", "زبدة", "جبن", "قهوة", "رز", "مكرونة", "طماطم", "مناديل",
           "سائل غسيل الصحون", "عصير برتقال", "زبادي", "دجاج", "بصل", "بطاطس", "جزر", "زيت زيتون", "سكر", "طحين",
           "تمر", "أكل القطط", "بطاريات", "ليمون", "ثوم"]
    pairs = [(3, 5), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} و{one[b]}" for a, b in pairs], [f"{one[a]} و{one[b]} و{one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ضرب", "زائد", "ناقص", "تقسيم", "على"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 بالمية من 150", "خمسة عشر بالمية من ثمانين", "الجذر التربيعي ل 144", "جذر 81", "7 تربيع"]
    return out


WHEN = ["[date : بكرة]", "[date : غدا]", "[date : اليوم]", "[date : بعد بكرة]", "يوم [date : الأحد]",
        "يوم [date : الاثنين]", "[date : الثلاثاء]", "[date : الأربعاء]", "يوم [date : الخميس]", "[date : الجمعة]",
        "يوم [date : السبت]", "[date : الأحد الجاي]", "[date : الخميس القادم]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} بالمية" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in (str(n), num(n))]
    levels = [w for n in range(1, 11) for w in (str(n), num(n))]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(4, 12)),
        "h_night": bare(range(8, 12)),
        "when": WHEN,
        "cal_when": WHEN + ["[date : ثلاثة مارس]", "[date : اثنا عشر يونيو]", "[date : السبت هذا]", "[date : يوم العيد]"],
        "freq": ["كل يوم", "كل يوم عمل", "من الأحد للخميس", "كل صباح", "كل أحد", "يوميا"],
        "cal_freq": ["كل يوم", "كل يوم عمل", "من الأحد للخميس", "كل أحد", "كل أسبوع"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["المشتريات", "البقالة", "المقاضي", "المهام", "السفر", "الهدايا", "رمضان", "العيد", "الرحلة", "الأغراض"],
        "list_plain": ["سفر", "هدايا", "عزيمة", "رحلة", "العيد"],
        "room": ["المطبخ", "الصالة", "غرفة النوم", "الحمام", "الممر", "المكتب", "غرفة الطعام", "الكراج", "غرفة الأطفال",
                 "المجلس", "المدخل"],
        "lamp": ["الأباجورة", "اللمبة", "لمبة المكتب", "الأباجورة اللي جنب السرير", "الثريا"],
        "colour": ["أحمر", "أخضر", "أزرق", "أصفر", "برتقالي", "بنفسجي", "وردي", "أبيض", "أبيض دافئ", "فيروزي"],
        "pct_to": [f"على {p}" for p in pct] + [f"إلى {p}" for p in pct[::3]],
        "pct_by": [f"بنسبة {p}" for p in pct],
        "vol_to": [f"على {w}" for w in levels] + [f"إلى {p}" for p in pct[1::3]],
        "bit": ["شوي", "شوية", "قليلا", "شوي زيادة"],
        "event": ["موعد الأسنان", "دكتور الأسنان", "موعد الدكتور", "الحلاق", "اجتماع الفريق", "حصة اليوغا", "درس البيانو",
                  "تمرين الكورة", "نادي القراءة", "مقابلة عمل", "صيانة السيارة", "حفلة عيد ميلاد", "اجتماع", "النادي",
                  "موعد المستشفى"],
        "meet": ["اجتماع", "غدا", "عشا", "مكالمة", "قهوة", "لقاء"],
        "person": ["محمد", "أحمد", "سارة", "نورة", "خالد", "ريم", "فهد", "عبدالله", "لمى", "سلطان"],
        "city": ["الرياض", "جدة", "مكة", "الدمام", "المدينة", "أبها", "دبي", "القاهرة", "لندن", "باريس"],
        "rainy": ["تمطر", "ستمطر", "بتمطر"],
        "weather_adj": ["حار", "بارد", "حلو", "مغبر"],
        "expr": maths(),
        "plug": ["الفيش", "القابس الذكي", "الفيشة الذكية"],
        "coffee": ["اسبريسو", "كابتشينو", "لاتيه", "قهوة عربية", "قهوة تركية"],
        "genre": ["موسيقى هادئة", "طرب", "أغاني خليجية", "جاز", "روك", "موسيقى كلاسيكية"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "اضبط مؤقت لمدة {time=dur}",
        "شغل مؤقت {time=dur}",
        "مؤقت {time=dur}",
        "حط مؤقت {time=dur}",
        "ابدأ عد تنازلي {time=dur}",
        "عد تنازلي {time=dur}",
        "اضبط المؤقت على {time=dur}",
        "أبي مؤقت {time=dur}",
        "ممكن تضبط مؤقت {time=dur}",
        "نبهني بعد {time=dur}",
        "مؤقت لمدة {time=dur} لو سمحت",
        "تايمر {time=dur}",
        "حط تايمر {time=dur}",
        "شغل العد التنازلي لمدة {time=dur}",
    ]),
    ("alarm_set", 48, [
        "اضبط منبه الساعة {time=clock}",
        "حط منبه الساعة {time=clock}",
        "صحني الساعة {time=clock}",
        "صحيني الساعة {time=clock}",
        "منبه الساعة {time=clock}",
        "اضبط المنبه على الساعة {time=clock}",
        "صحني {when} الساعة {time=clock}",
        "حط منبه {when} الساعة {time=clock}",
        "صحني الساعة {time=h_morning} [timeofday : الصبح]",
        "حط منبه الساعة {time=h_night} [timeofday : بالليل]",
        "صحني {when} [timeofday : الصبح] الساعة {time=h_morning}",
        "حط منبه {general_frequency=freq} الساعة {time=clock}",
        "صحني {general_frequency=freq} الساعة {time=clock}",
        "ممكن تصحيني الساعة {time=clock}",
        "أبي أصحى الساعة {time=clock}",
        "منبه جديد الساعة {time=clock}",
        "أيقظني الساعة {time=clock}",
        "اضبط المنبه على {time=clock}",
        "اضبط منبه {when} الساعة {time=clock}",
    ]),
    ("alarm_query", 8, [
        "وش المنبهات اللي عندي", "اعرض المنبهات", "متى يرن المنبه", "المنبه على كم", "كم باقي على المؤقت",
        "كم بقى في التايمر", "عندي منبه {when}", "ما هي المنبهات المضبوطة",
    ]),
    ("alarm_remove", 10, [
        "الغي المنبه", "احذف كل المنبهات", "وقف المؤقت", "الغي المؤقت", "احذف منبه الساعة {time=clock}",
        "الغي منبه {when}", "طفي المنبه", "احذف المنبه اللي {when} الساعة {time=clock}", "الغي كل المؤقتات", "شيل المنبه",
    ]),
    ("lists_createoradd", 34, [
        "ضيف {items} لقائمة {list_name=list}",
        "أضف {items} إلى قائمة {list_name=list}",
        "حط {items} في قائمة {list_name=list}",
        "ضيف {items} للقائمة",
        "أضف {items} إلى القائمة",
        "اكتب {items} في قائمة {list_name=list}",
        "ممكن تضيف {items} لقائمة {list_name=list}",
        "ضيف {items2} على قائمة {list_name=list}",
        "حط {items2} في القائمة",
        "أبي أضيف {items} لقائمة {list_name=list}",
    ]),
    ("lists_createoradd", 12, [
        "سوي قائمة {list_name=list} جديدة",
        "أنشئ قائمة {list_name=list}",
        "أنشئ قائمة جديدة",
        "سوي قائمة جديدة اسمها {list_name=list_plain}",
        "اعمل قائمة {list_name=list}",
    ]),
    ("lists_remove", 18, [
        "شيل {item} من قائمة {list_name=list}",
        "احذف {item} من القائمة",
        "امسح {item} من قائمة {list_name=list}",
        "احذف قائمة {list_name=list}",
        "فضي قائمة {list_name=list}",
        "أزل {item} من قائمة {list_name=list}",
        "شيل {item} من القائمة",
    ]),
    ("lists_query", 16, [
        "وش في قائمة {list_name=list}",
        "ماذا يوجد في قائمة {list_name=list}",
        "اقرأ قائمة {list_name=list}",
        "اعرض قائمة {list_name=list}",
        "وش القوائم اللي عندي",
        "هل {item} موجود في قائمة {list_name=list}",
        "اقرا لي القائمة",
        "وش مكتوب في قائمة {list_name=list}",
    ]),
    ("iot_hue_lighton", 36, [
        "شغل النور",
        "شغل الأنوار",
        "ولع النور",
        "ولع الأنوار",
        "شغل الإضاءة",
        "شغل نور {house_place=room}",
        "ولع نور {house_place=room}",
        "شغل النور في {house_place=room}",
        "شغل {device_type=lamp}",
        "شغل {device_type=lamp} في {house_place=room}",
        "شغل كل الأنوار",
        "الدنيا ظلام شغل النور",
        "النور لو سمحت",
        "ممكن تشغل النور",
        "أضئ الأنوار",
        "افتح النور",
        "افتح أنوار {house_place=room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "طفي النور",
        "أطفئ النور",
        "طفي الأنوار",
        "طفي نور {house_place=room}",
        "طفي النور في {house_place=room}",
        "طفي {device_type=lamp}",
        "طفي كل الأنوار",
        "أغلق الإضاءة في {house_place=room}",
        "سكر النور",
        "ممكن تطفي النور",
        "اقفل الأنوار",
    ]),
    ("iot_hue_lightup", 14, [
        "زود الإضاءة", "خل النور أقوى", "ارفع الإضاءة", "ارفع السطوع {change_amount=pct_by}", "زود النور {change_amount=bit}",
        "زود إضاءة {house_place=room}", "أبي نور أكثر", "ارفع النور", "زيد الإضاءة {change_amount=bit}",
    ]),
    ("iot_hue_lightdim", 14, [
        "خفف الإضاءة", "خفف النور", "قلل الإضاءة", "خفف النور {change_amount=bit}", "خفف الإضاءة {change_amount=pct_to}",
        "النور قوي مرة", "خفف نور {house_place=room}", "وطي النور", "قلل السطوع",
    ]),
    ("iot_hue_lightchange", 26, [
        "خل النور {color_type=colour}",
        "غير لون النور إلى {color_type=colour}",
        "غير الإضاءة للون {color_type=colour}",
        "خل نور {house_place=room} {color_type=colour}",
        "غير لون الإضاءة في {house_place=room} إلى {color_type=colour}",
        "أبي النور {color_type=colour}",
        "حول النور للون {color_type=colour}",
        "اضبط الإضاءة {change_amount=pct_to}",
        "خل الإضاءة {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "ارفع الصوت", "علي الصوت", "زود الصوت", "الصوت أعلى", "ارفع الصوت {change_amount=bit}", "ما أسمع شي ارفع الصوت",
        "ممكن ترفع الصوت", "علي الصوت {change_amount=bit}", "أعلى", "زيد الصوت",
    ]),
    ("audio_volume_up", 12, [
        "خل الصوت {change_amount=vol_to}", "الصوت {change_amount=vol_to}", "اضبط الصوت {change_amount=vol_to}",
        "ارفع الصوت {change_amount=vol_to}", "حط الصوت {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "وطي الصوت", "خفض الصوت", "نزل الصوت", "خفف الصوت", "الصوت عالي", "وطي الصوت {change_amount=bit}",
        "نزل الصوت {change_amount=vol_to}", "الصوت مرة عالي وطه", "ممكن توطي الصوت", "أخفض الصوت",
    ]),
    ("audio_volume_mute", 9, [
        "اكتم الصوت", "كتم", "اسكت", "بدون صوت", "اقفل الصوت", "كتم الصوت", "سكر الصوت", "اسكت لو سمحت",
    ]),
    ("calendar_set", 40, [
        "أضف {event_name=event} {cal_when} الساعة {time=cal_clock}",
        "حط {event_name=event} في التقويم {cal_when} الساعة {time=cal_clock}",
        "سجل {event_name=event} {cal_when} الساعة {time=cal_clock}",
        "أنشئ حدث {event_name=event} {cal_when} الساعة {time=cal_clock}",
        "{event_name=meet} مع {person=person} {cal_when} الساعة {time=cal_clock}",
        "رتب لي {event_name=meet} مع {person=person} {cal_when} الساعة {time=cal_clock}",
        "عندي {event_name=event} {cal_when} الساعة {time=cal_clock} سجله",
        "أضف {event_name=event} للتقويم {cal_when}",
        "أضف {event_name=event} {general_frequency=cal_freq} الساعة {time=cal_clock}",
        "ضيف {event_name=event} في الجدول {cal_when} الساعة {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "وش عندي {cal_when}", "ماذا لدي في التقويم {cal_when}", "اعرض التقويم", "وش موعدي الجاي", "عندي شي {cal_when}",
        "متى {event_name=event}", "الساعة كم {event_name=event}", "اقرأ مواعيدي", "وش مواعيدي {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "الغي {event_name=event} {cal_when}", "احذف {event_name=event} من التقويم", "امسح كل المواعيد {cal_when}",
        "الغي {event_name=event}", "شيل {event_name=event} من الجدول",
    ]),
    ("qa_maths", 24, [
        "كم {expr}", "كم يساوي {expr}", "احسب {expr}", "{expr}", "وش ناتج {expr}", "كم حاصل {expr}", "ما ناتج {expr}",
    ]),
    ("datetime_query", 18, [
        "كم الساعة", "الساعة كم", "كم الساعة الحين", "وش الوقت", "كم التاريخ [date : اليوم]", "وش تاريخ [date : اليوم]",
        "[date : بكرة] وش يوم", "[date : بكرة] كم التاريخ", "كم الساعة في {place_name=city}", "متى [date : العيد]",
        "ما هو تاريخ [date : اليوم]", "أي يوم [date : اليوم]", "الساعة كم في {place_name=city} الحين", "وش اليوم",
    ]),
    ("weather_query", 18, [
        "كيف الجو", "كيف الطقس [date : اليوم]", "كيف الجو {when}", "كيف الطقس في {place_name=city}",
        "هل {weather_descriptor=rainy} {when}", "{weather_descriptor=rainy} {when}", "الجو {weather_descriptor=weather_adj} {when}",
        "كم [weather_descriptor : درجة الحرارة] برا", "أحتاج [weather_descriptor : مظلة] {when}", "توقعات الطقس {when}",
        "فيه [weather_descriptor : غبار] {when}", "كيف الجو في {place_name=city} {when}",
    ]),
    ("general_joke", 5, ["قول نكتة", "علمني نكتة", "ضحكني", "تعرف نكتة", "قل لي نكتة"]),
    ("general_greet", 5, ["السلام عليكم", "مرحبا", "صباح الخير", "مساء الخير", "هلا", "هلا والله"]),
    ("iot_coffee", 5, ["سو لي قهوة", "اعمل لي قهوة", "أبي قهوة", "سو لي {coffee_type=coffee}", "شغل مكينة القهوة",
                       "حضر لي {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["شغل المكنسة", "نظف {house_place=room}", "شغل [device_type : المكنسة الروبوت]",
                         "كنس {house_place=room}", "شغل [device_type : المكنسة الكهربائية]"]),
    ("iot_wemo_on", 4, ["شغل {device_type=plug}", "افتح {device_type=plug}"]),
    ("iot_wemo_off", 4, ["طفي {device_type=plug}", "اقفل {device_type=plug}"]),
    ("play_music", 5, ["شغل موسيقى", "شغل أغاني", "شغل {music_genre=genre}", "أبي أسمع {music_genre=genre}"]),
    ("play_radio", 3, ["شغل الراديو", "افتح الراديو", "أبي أسمع الراديو"]),
]
