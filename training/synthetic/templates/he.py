"""Hebrew (he-IL) command templates. Pattern language: see ../README.md.

Clock times: "שבע וחצי" = 7:30, "שבע ורבע" = 7:15, "רבע לשמונה" = 7:45, "שבע ועשרה",
"עשרים לשמונה"; "שבע בבוקר", "שתיים בצהריים", "ארבע אחר הצהריים", "שמונה בערב", "עשר בלילה",
"חצות"; digits after "בשעה" / "לשעה" ("בשעה 7:30"). Hours, minutes and bare counting use the
feminine numbers (שלוש דקות, שתי דקות, בשבע); percent the masculine (עשרים וחמישה אחוז).

Labels as MASSIVE's he-IL writes them: the prefixes ב / ל / מ, attached to the word, stay inside
the slot ("[time : בשבע בבוקר]", "[time : לעשר דקות]", "[date : ביום שישי]", "[date : למחר]",
"[house_place : בסלון]", "[color_type : לכחול]", "[change_amount : לחמישים אחוז]", "[place_name :
בחיפה]"); separate words stay outside ("בשעה [time : שבע]", "בעוד [time : עשר דקות]", "עם [person :
דני]", "את [device_type : המנורה]", "של [house_place : הסלון]"), except the change_amount word "על"
("[change_amount : על חמש]") as MASSIVE has it. A list is "רשימת [list_name : הקניות]" (the name
with its article, the construct noun outside). No digits right after an attached prefix (a recognizer
would write "ל-10"); digits come after a separate word. Both masculine and feminine address
(תדליק / תדליקי), the formal imperative (הדלק) and the colloquial infinitive (להדליק את האור).
"""

F = {0: "אפס", 1: "אחת", 2: "שתיים", 3: "שלוש", 4: "ארבע", 5: "חמש", 6: "שש", 7: "שבע", 8: "שמונה", 9: "תשע",
     10: "עשר", 11: "אחת עשרה", 12: "שתים עשרה", 13: "שלוש עשרה", 14: "ארבע עשרה", 15: "חמש עשרה", 16: "שש עשרה",
     17: "שבע עשרה", 18: "שמונה עשרה", 19: "תשע עשרה"}
M = {1: "אחד", 2: "שניים", 3: "שלושה", 4: "ארבעה", 5: "חמישה", 6: "שישה", 7: "שבעה", 8: "שמונה", 9: "תשעה",
     10: "עשרה", 15: "חמישה עשר"}
TENS = {20: "עשרים", 30: "שלושים", 40: "ארבעים", 50: "חמישים", 60: "שישים", 70: "שבעים", 80: "שמונים", 90: "תשעים"}


def num(n):
    """Feminine (counting, minutes, hours, maths)."""
    if n == 100:
        return "מאה"
    if n in F:
        return F[n]
    t, u = divmod(n, 10)
    return TENS[t * 10] if u == 0 else f"{TENS[t * 10]} ו{F[u]}"


def num_m(n):
    """Masculine (אחוז)."""
    if n == 100:
        return "מאה"
    if n in M:
        return M[n]
    t, u = divmod(n, 10)
    return TENS[t * 10] if u == 0 else f"{TENS[t * 10]} ו{M[u]}"


def counted(n, noun):
    """A feminine noun counted in words: 'דקה' / 'שתי דקות' / 'חמש דקות'."""
    w = num(n)
    return f"שתי {noun}" if n == 2 else f"{w} {noun}"


def durations_words():
    out = ["דקה", "דקה אחת", "חצי שעה", "רבע שעה", "שעה", "שעה וחצי", "שעתיים", "שלוש שעות", "דקה וחצי",
           "שתי דקות וחצי", "שעה ורבע", "שלושת רבעי שעה"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out.append(counted(n, "דקות"))
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out.append(counted(n, "שניות"))
    return out


def durations_digits():
    out = ["2 שעות", "3 שעות"]
    out += [f"{n} דקות" for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90)]
    out += [f"{n} שניות" for n in (10, 15, 20, 30, 40, 45, 60, 90)]
    return out


HOURS = {h: F[h] for h in range(1, 13)}


def clock_words():
    out = ["חצות", "שתים עשרה בצהריים"]
    for h in range(1, 13):
        w, nxt = HOURS[h], HOURS[h % 12 + 1]
        out += [w, f"{w} וחצי", f"{w} ורבע", f"רבע ל{nxt}", f"{w} ועשרה", f"{w} ועשרים", f"עשרים ל{nxt}",
                f"עשרה ל{nxt}"]
        if 5 <= h <= 11:
            out += [f"{w} בבוקר", f"{w} וחצי בבוקר", f"רבע ל{nxt} בבוקר"]
        if h in (1, 2):
            out += [f"{w} בצהריים"]
        if 3 <= h <= 6:
            out += [f"{w} אחר הצהריים", f"{w} אחרי הצהריים"]
        if 6 <= h <= 10:
            out += [f"{w} בערב"]
        if 9 <= h <= 12:
            out += [f"{w} בלילה"]
    return out


def clock_digits():
    out = []
    for h in range(5, 12):
        out += [str(h), f"{h}:30", f"{h}:15", f"{h}:45"]
    for h in range(12, 24):
        out += [f"{h}:00", f"{h}:30"]
    return out


def at(prefix, word, words, digits):
    """Clock times with an attached prefix (ב / ל) inside the slot, or after בשעה / לשעה."""
    out = [f"[time : {prefix}{w}]" for w in words]
    out += [f"{word} [time : {w}]" for w in words + digits if w != "חצות"]
    return out


def bare(hours):
    words, digits = [], []
    for h in hours:
        w = HOURS[h]
        words += [w, f"{w} וחצי", f"{w} ורבע", f"רבע ל{HOURS[h % 12 + 1]}"]
        digits += [str(h), f"{h}:30"]
    return words, digits


def calendar_words():
    out = ["שתים עשרה בצהריים", "שתים עשרה וחצי"]
    for h in range(8, 12):
        w = HOURS[h]
        out += [w, f"{w} וחצי", f"{w} בבוקר", f"{w} ורבע"]
    for h in range(1, 9):
        w = HOURS[h]
        out += [w, f"{w} וחצי", f"{w} ורבע", f"רבע ל{HOURS[h + 1]}"]
        out.append(f"{w} בצהריים" if h <= 2 else f"{w} אחר הצהריים" if h <= 5 else f"{w} בערב")
    return out


def calendar_digits():
    return [f"{h}:{m}" for h in range(8, 21) for m in ("00", "30")]


ITEMS = ["חלב", "ביצים", "לחם", "תפוחים", "אגסים", "בננות", "חמאה", "גבינה", "קפה", "אורז", "פסטה", "עגבניות",
         "נייר טואלט", "סבון כלים", "מיץ תפוזים", "יוגורט", "עוף", "בצל", "תפוחי אדמה", "גזר", "שמן זית", "סוכר", "קמח",
         "חומוס", "אוכל לחתול", "סוללות", "לימונים", "שום"]


def items():
    one = ITEMS
    pairs = [(0, 2), (3, 4), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} ו{one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} ו{one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("כפול", "ועוד", "פחות", "חלקי", "פלוס", "מינוס"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 אחוז מתוך 150", "חמישה עשר אחוז מתוך שמונים", "שורש של 144", "השורש של שמונים ואחת",
            "2 בחזקת 10", "שבע בריבוע"]
    return out


DAYS = ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי"]
WHEN_B = ["[date : מחר]", "[date : היום]", "[date : מחרתיים]", "[date : בשבת]", "[date : ביום ראשון הבא]",
          "[date : ביום שלישי הבא]"] + [f"[date : ביום {d}]" for d in DAYS]
WHEN_L = ["[date : למחר]", "[date : להיום]", "[date : למחרתיים]", "[date : לשבת]", "[date : ליום ראשון הבא]"] + [
    f"[date : ליום {d}]" for d in DAYS]

# Rooms: (with ב, definite).
ROOMS = [("בסלון", "הסלון"), ("במטבח", "המטבח"), ("בחדר השינה", "חדר השינה"), ("בחדר האמבטיה", "חדר האמבטיה"),
         ("במקלחת", "המקלחת"), ("בשירותים", "השירותים"), ("במסדרון", "המסדרון"), ("בחדר העבודה", "חדר העבודה"),
         ("במשרד", "המשרד"), ("בפינת האוכל", "פינת האוכל"), ("בחדר הילדים", "חדר הילדים"), ("במרפסת", "המרפסת"),
         ("בחדר האורחים", "חדר האורחים"), ("בכניסה", "הכניסה"), ("במחסן", "המחסן")]

LAMPS = ["המנורה", "מנורת הלילה", "מנורת השולחן", "מנורת הקריאה", "המנורה העומדת", "המנורה ליד המיטה",
         "מנורת התקרה", "פס הלדים", "הנברשת"]

# Colours: (masculine singular, masculine plural, feminine singular).
COLOURS = [("אדום", "אדומים", "אדומה"), ("ירוק", "ירוקים", "ירוקה"), ("כחול", "כחולים", "כחולה"),
           ("צהוב", "צהובים", "צהובה"), ("כתום", "כתומים", "כתומה"), ("סגול", "סגולים", "סגולה"),
           ("ורוד", "ורודים", "ורודה"), ("לבן", "לבנים", "לבנה"), ("לבן חם", "לבנים חמים", "לבנה חמה"),
           ("לבן קר", "לבנים קרים", "לבנה קרה"), ("טורקיז", "טורקיז", "טורקיז"), ("תכלת", "תכלת", "תכלת")]

# Events: (as added, with the article).
EVENTS = [("תור לרופא שיניים", "התור לרופא שיניים"), ("רופא שיניים", "רופא השיניים"), ("תור לרופא", "התור לרופא"),
          ("תספורת", "התספורת"), ("ישיבת צוות", "ישיבת הצוות"), ("שיעור יוגה", "שיעור היוגה"),
          ("שיעור פסנתר", "שיעור הפסנתר"), ("אימון כדורגל", "אימון הכדורגל"), ("מועדון קריאה", "מועדון הקריאה"),
          ("ראיון עבודה", "ראיון העבודה"), ("טיפול לרכב", "הטיפול לרכב"), ("וטרינר", "הווטרינר"),
          ("מסיבת יום הולדת", "מסיבת יום ההולדת"), ("חדר כושר", "חדר הכושר"), ("אסיפת הורים", "אסיפת ההורים"),
          ("פגישה", "הפגישה"), ("חוג ציור", "חוג הציור")]
MEETS = [("פגישה", "הפגישה"), ("ארוחת צהריים", "ארוחת הצהריים"), ("ארוחת ערב", "ארוחת הערב"), ("שיחה", "השיחה"),
         ("קפה", "הקפה"), ("שיחת וידאו", "שיחת הווידאו")]
PEOPLE = ["דני", "נועה", "יוסי", "מיכל", "אבי", "שירה", "רונית", "עומר", "תמר", "איתי"]
CITIES = ["בתל אביב", "בירושלים", "בחיפה", "באילת", "בבאר שבע", "בנתניה", "בלונדון", "בפריז", "בניו יורק",
          "בהרצליה", "בטבריה"]


def vocab():
    one, two, three = items()
    dw, dd = durations_words(), durations_digits()
    cw, cd = clock_words(), clock_digits()
    mw, md = bare(range(5, 12))
    ew, ed = bare(range(6, 12))
    aw, ad = bare(range(1, 6))
    pct_words = [f"{num_m(n)} אחוז" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)]
    pct_digits = [f"{n} אחוז" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)]
    levels = [num(n) for n in range(1, 11)]
    return {
        "dur": dw + dd,
        "l_dur": [f"[time : ל{d}]" for d in dw],
        "b_clock": at("ב", "בשעה", cw, cd),
        "l_clock": at("ל", "לשעה", cw, cd),
        "clock": cw + cd,
        "b_morning": at("ב", "בשעה", mw, md),
        "l_morning": at("ל", "לשעה", mw, md),
        "l_evening": at("ל", "לשעה", ew, ed),
        "b_afternoon": at("ב", "בשעה", aw, ad),
        "b_cal": at("ב", "בשעה", calendar_words(), calendar_digits()),
        "when": WHEN_B,
        "when_l": WHEN_L,
        "cal_when": WHEN_B + ["[date : בשלושה במרץ]", "[date : בשנים עשר ביוני]", "[date : בשבת הקרובה]",
                              "[date : בחמישה עשר לחודש]", "[date : בערב פסח]", "[date : בשבוע הבא]"],
        "freq": ["כל יום", "כל בוקר", "בכל יום", "כל יום ראשון", "בימי חול", "מראשון עד חמישי", "כל יום בשבוע"],
        "cal_freq": ["כל יום", "כל שבוע", "כל יום שני", "בכל יום רביעי", "מראשון עד חמישי", "פעם בשבוע"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["הקניות", "המשימות", "המטלות", "המכולת", "הסופר", "המתנות", "החופשה", "הציוד", "האריזה", "הסידורים"],
        "list_new": ["קניות", "משימות", "מטלות", "מכולת", "סופר", "מתנות", "ציוד", "אריזה", "סידורים"],
        "list_plain": ["חופשה", "מתנות", "מסיבה", "מעבר דירה", "גינה", "חתונה", "טיול"],
        "in_room": [b for b, _ in ROOMS],
        "room": [d for _, d in ROOMS],
        "lamp": LAMPS,
        "lamp_f": [l for l in LAMPS if l.startswith(("המנורה", "מנורת", "הנברשת"))],
        "col": [m for m, _, _ in COLOURS],
        "col_pl": [p for _, p, _ in COLOURS],
        "col_f": [f for _, _, f in COLOURS],
        "col_l": [f"ל{m}" for m, _, _ in COLOURS],
        "pct_to": [f"ל{p}" for p in pct_words],
        "pct_set": [f"ל{p}" for p in pct_words] + [f"על {p}" for p in pct_digits],
        "pct_by": [f"ב{p}" for p in pct_words],
        "vol_to": [f"ל{w}" for w in levels] + [f"על {w}" for w in levels + [str(n) for n in range(1, 11)]]
        + [f"ל{p}" for p in pct_words[1::3]],
        "vol_bare": levels + [str(n) for n in range(1, 11)],
        "bit": ["קצת", "קצת יותר", "טיפה", "עוד קצת"],
        "event": [e for e, _ in EVENTS],
        "event_def": [d for _, d in EVENTS],
        "meet": [m for m, _ in MEETS],
        "meet_def": [d for _, d in MEETS],
        "person": PEOPLE,
        "in_city": CITIES,
        "weather_adj": ["חם", "קר", "שרב", "נעים", "סוער", "מעונן", "גשום"],
        "weather_verb": ["ירד גשם", "ירד שלג", "יהיו סופות", "יהיה ברד"],
        "expr": maths(),
        "plug": ["השקע החכם", "השקע", "התקע החכם", "השקע של הדוד"],
        "coffee": ["אספרסו", "הפוך", "קפה שחור", "אמריקנו", "נס קפה", "קפה קר"],
        "genre": ["רוק", "מוזיקה קלאסית", "פופ", "מוזיקה מזרחית", "מוזיקה רגועה", "מוזיקה ישראלית", "היפ הופ"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "טיימר {time=dur}",
        "טיימר {l_dur}",
        "טיימר של {time=dur}",
        "תפעיל טיימר {l_dur}",
        "תפעילי טיימר של {time=dur}",
        "הפעל טיימר {l_dur}",
        "תכוון טיימר {l_dur}",
        "תכווני טיימר של {time=dur}",
        "תשים טיימר {l_dur}",
        "תשימי טיימר של {time=dur}",
        "אני צריך טיימר של {time=dur}",
        "אני צריכה טיימר {l_dur}",
        "אתה יכול לשים טיימר של {time=dur}",
        "את יכולה להפעיל טיימר {l_dur}",
        "ספירה לאחור של {time=dur}",
        "תתחיל ספירה לאחור של {time=dur}",
        "תעיר אותי בעוד {time=dur}",
        "תודיעי לי בעוד {time=dur}",
        "טיימר {l_dur} בבקשה",
        "לשים טיימר {l_dur}",
    ]),
    ("alarm_set", 48, [
        "תכוון שעון מעורר {l_clock}",
        "תכווני שעון מעורר {l_clock}",
        "כוון שעון מעורר {l_clock}",
        "תעיר אותי {b_clock}",
        "תעירי אותי {b_clock}",
        "הער אותי {b_clock}",
        "שעון מעורר {l_clock}",
        "תשים שעון מעורר {l_clock}",
        "תשימי לי שעון מעורר {l_clock}",
        "תגדיר התראה {l_clock}",
        "התראה {l_clock}",
        "תעיר אותי {when} {b_clock}",
        "תכוון שעון מעורר {when_l} {l_clock}",
        "תעיר אותי {general_frequency=freq} {b_clock}",
        "תכווני שעון מעורר {general_frequency=freq} {l_clock}",
        "תעיר אותי {b_morning} [timeofday : בבוקר]",
        "תכוון שעון מעורר {l_evening} [timeofday : בערב]",
        "תעירי אותי [date : מחר] [timeofday : בבוקר] {b_morning}",
        "תכוון לי שעון מעורר {when_l} {l_morning} [timeofday : בבוקר]",
        "אני רוצה לקום {b_clock}",
        "אני צריך לקום {when} {b_clock}",
        "אני צריכה לקום {b_clock}",
        "אתה יכול להעיר אותי {b_clock}",
        "את יכולה להעיר אותי {when} {b_clock}",
        "שעון מעורר חדש {l_clock}",
        "תקבע לי שעון מעורר {when_l} {l_clock}",
        "להעיר אותי {b_clock}",
    ]),
    ("alarm_query", 8, [
        "אילו התראות יש לי", "תראה לי את השעונים המעוררים", "מתי השעון המעורר הבא", "לאיזו שעה מכוון השעון המעורר",
        "כמה זמן נשאר בטיימר", "כמה זמן נשאר לטיימר", "יש לי שעון מעורר {when_l}", "מה ההתראות שלי",
        "תראי לי את ההתראות", "על מה מכוון השעון המעורר {when_l}",
    ]),
    ("alarm_remove", 10, [
        "תבטל את השעון המעורר", "תמחק את כל ההתראות", "תעצור את הטיימר", "תבטלי את הטיימר",
        "תמחק את השעון המעורר של {time=clock}", "תבטל את השעון המעורר {when_l}", "תכבה את השעון המעורר",
        "תבטל את כל הטיימרים", "תכבי את ההתראה", "בטל את ההתראה של {time=clock}", "תמחקי את השעון המעורר {when_l}",
    ]),
    ("lists_createoradd", 34, [
        "תוסיף {items} לרשימת {list_name=list}",
        "תוסיפי {items} לרשימת {list_name=list}",
        "הוסף {items} לרשימת {list_name=list}",
        "תרשום {items} ברשימת {list_name=list}",
        "תכתבי {items} ברשימת {list_name=list}",
        "תשים {items} ברשימה",
        "תוסיף {items} לרשימה",
        "תוסיף לרשימת {list_name=list} {items}",
        "אפשר להוסיף {items} לרשימת {list_name=list}",
        "אני צריך {items} תוסיף לרשימת {list_name=list}",
        "{items} לרשימת {list_name=list}",
        "תוסיפי {items2} לרשימה שלי",
        "להוסיף {items} לרשימת {list_name=list}",
        "תכניס {items} לרשימת {list_name=list} שלי",
    ]),
    ("lists_createoradd", 12, [
        "תיצור רשימת {list_name=list_new} חדשה",
        "צור רשימה חדשה",
        "תפתח רשימה חדשה בשם {list_name=list_plain}",
        "תפתחי רשימת {list_name=list_new}",
        "רשימה חדשה בשם {list_name=list_plain}",
        "תכין רשימת {list_name=list_new}",
        "תתחילי רשימת {list_name=list_new} חדשה",
        "אני רוצה לפתוח רשימת {list_name=list_new}",
    ]),
    ("lists_remove", 18, [
        "תוריד {item} מרשימת {list_name=list}",
        "תמחק {item} מהרשימה",
        "תמחקי {item} מרשימת {list_name=list}",
        "תסיר {item} מרשימת {list_name=list}",
        "תמחק את רשימת {list_name=list}",
        "תרוקן את רשימת {list_name=list}",
        "תורידי {item} מהרשימה",
        "הסר {item} מרשימת {list_name=list}",
        "תמחקי את רשימת {list_name=list}",
        "להוריד {item} מרשימת {list_name=list}",
    ]),
    ("lists_query", 16, [
        "מה יש ברשימת {list_name=list}",
        "מה ברשימת {list_name=list}",
        "תקריא לי את רשימת {list_name=list}",
        "תקריאי לי את הרשימה",
        "תראה לי את רשימת {list_name=list}",
        "אילו רשימות יש לי",
        "יש {item} ברשימת {list_name=list}",
        "מה יש לי ברשימה",
        "מה כתוב ברשימת {list_name=list}",
        "מה רשום לי ברשימת {list_name=list}",
        "תראי לי את רשימת {list_name=list} שלי",
    ]),
    ("iot_hue_lighton", 36, [
        "תדליק את האור",
        "תדליקי את האור",
        "הדלק את האור",
        "תדליק את האורות",
        "תדליק את האור {house_place=in_room}",
        "תדליקי את האורות {house_place=in_room}",
        "תדליק את האור של {house_place=room}",
        "תפתח את האור",
        "תפתחי את האור {house_place=in_room}",
        "אור {house_place=in_room}",
        "אור בבקשה",
        "אורות",
        "תדליק את {device_type=lamp}",
        "תדליקי את {device_type=lamp} {house_place=in_room}",
        "תדליק את כל האורות",
        "חושך פה תדליק את האור",
        "אתה יכול להדליק את האור",
        "את יכולה להדליק את האורות {house_place=in_room}",
        "תוכל להדליק את האור {house_place=in_room}",
        "תדליק בבקשה את האור",
        "להדליק את האור",
        "להדליק אורות {house_place=in_room}",
        "תפעיל את התאורה {house_place=in_room}",
        "תדליק אור",
        "הדליקי את האורות של {house_place=room}",
        "תפתח את {device_type=lamp}",
    ]),
    ("iot_hue_lightoff", 24, [
        "תכבה את האור",
        "תכבי את האור",
        "כבה את האורות",
        "תכבה את האור {house_place=in_room}",
        "תכבי את האורות {house_place=in_room}",
        "תכבה את האור של {house_place=room}",
        "תסגור את האור",
        "תסגרי את האור {house_place=in_room}",
        "תכבה את {device_type=lamp}",
        "תכבי את {device_type=lamp} {house_place=in_room}",
        "תכבה את כל האורות",
        "לכבות את האור",
        "אתה יכול לכבות את האור",
        "תכבה אורות",
        "לילה טוב תכבה את האורות",
        "כבה את התאורה {house_place=in_room}",
        "לכבות את האורות {house_place=in_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "תגביר את האור", "תגבירי את התאורה", "יותר אור", "תעלה את הבהירות", "תגביר את הבהירות {change_amount=pct_by}",
        "תגביר את האור {change_amount=bit}", "תחזק את האור", "האור חלש מדי", "תגביר את האור {house_place=in_room}",
        "תעשה את האור חזק יותר", "אור חזק יותר", "תעלי את הבהירות {change_amount=pct_to}", "יותר אור {house_place=in_room}",
    ]),
    ("iot_hue_lightdim", 14, [
        "תעמעם את האור", "תעמעמי את האורות", "תנמיך את האור", "פחות אור", "תוריד את הבהירות",
        "תעמעם את האור {change_amount=bit}", "תוריד את האור {change_amount=pct_to}", "האור חזק מדי",
        "תעמעם את האורות {house_place=in_room}", "תחליש את התאורה", "תעשה את האור חלש יותר",
        "תורידי את הבהירות {change_amount=pct_by}", "עמעם את האור",
    ]),
    ("iot_hue_lightchange", 26, [
        "תשנה את צבע האור {color_type=col_l}",
        "תעשה את האור {color_type=col}",
        "תעשי את האורות {color_type=col_pl}",
        "תעשה את התאורה {color_type=col_f}",
        "אור {color_type=col} בבקשה",
        "תחליף את האורות {house_place=in_room} {color_type=col_l}",
        "תשני את הצבע של {device_type=lamp} {color_type=col_l}",
        "שנה את צבע התאורה {house_place=in_room} {color_type=col_l}",
        "אני רוצה אור {color_type=col}",
        "תשנה את האור {color_type=col_l}",
        "תעשי את {device_type=lamp_f} {color_type=col_f}",
        "תגדיר את האורות {change_amount=pct_set}",
        "תכוון את הבהירות {change_amount=pct_set}",
        "תשים את האור {change_amount=pct_set}",
    ]),
    ("audio_volume_up", 14, [
        "תגביר", "תגביר את הווליום", "תגבירי את הקול", "הגבר את עוצמת הקול", "יותר חזק", "תעלה את הווליום",
        "תעלי את הווליום", "תגביר {change_amount=bit}", "תגביר את המוזיקה", "אני לא שומע תגביר", "אתה יכול להגביר",
        "ווליום למעלה", "חזק יותר בבקשה", "תגבירי את הווליום {change_amount=bit}",
    ]),
    ("audio_volume_up", 12, [
        "תשים את הווליום {change_amount=vol_to}", "ווליום {change_amount=vol_to}", "עוצמה {change_amount=vol_bare}",
        "תגביר את הווליום {change_amount=vol_to}", "תכווני את עוצמת הקול {change_amount=vol_to}",
        "תעלה את הווליום {change_amount=vol_to}", "ווליום {change_amount=vol_bare}",
    ]),
    ("audio_volume_down", 14, [
        "תנמיך", "תנמיך את הווליום", "תנמיכי את הקול", "תוריד את הווליום", "יותר בשקט", "חלש יותר",
        "הנמך את עוצמת הקול", "תנמיך {change_amount=bit}", "זה חזק מדי", "לא כל כך חזק",
        "תוריד את הווליום {change_amount=vol_to}", "אתה יכול להנמיך", "תורידי {change_amount=bit} את המוזיקה",
        "יותר בשקט בבקשה", "תנמיכי את הווליום {change_amount=vol_to}",
    ]),
    ("audio_volume_mute", 9, [
        "השתק", "תשתיק", "תשתיקי", "שקט", "שקט בבקשה", "תשתיק את הרמקול", "בלי קול", "תעשה מיוט", "תעשי מיוט",
        "תכבה את הקול",
    ]),
    ("calendar_set", 40, [
        "תוסיף ליומן {event_name=event} {cal_when} {b_cal}",
        "תקבע {event_name=event} {cal_when} {b_cal}",
        "תרשום ביומן {event_name=event} {cal_when} {b_cal}",
        "תקבעי {event_name=meet} עם {person=person} {cal_when} {b_cal}",
        "{event_name=meet} עם {person=person} {cal_when} {b_cal}",
        "יש לי {event_name=event} {cal_when} {b_cal} תרשום ביומן",
        "תוסיפי {event_name=event} ליומן {cal_when}",
        "תוסיף {event_name=event} {general_frequency=cal_freq} {b_cal}",
        "תזכיר לי על {event_name=event_def} {cal_when} {b_cal}",
        "אירוע חדש {event_name=event} {cal_when} {b_cal}",
        "תכניס ליומן {event_name=event} {cal_when} {b_afternoon} [timeofday : אחר הצהריים]",
        "תקבע לי {event_name=meet} עם {person=person} {cal_when} {b_cal}",
        "קבע {event_name=event} {cal_when} {b_cal}",
        "תוסיפי ליומן שלי {event_name=event} {cal_when} {b_cal}",
    ]),
    ("calendar_query", 14, [
        "מה יש לי {cal_when}", "מה ביומן שלי {cal_when}", "מה יש לי ביומן {cal_when}", "תראה לי את היומן",
        "מה הפגישה הבאה שלי", "יש לי משהו {cal_when}", "מתי {event_name=event_def}", "באיזו שעה {event_name=event_def}",
        "תקריאי לי את היומן", "אילו פגישות יש לי {cal_when}", "יש לי {event_name=event} {cal_when}", "אני פנוי {cal_when}",
        "אני פנויה {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "תבטל את {event_name=event_def} {cal_when}", "תמחק את {event_name=event_def} מהיומן",
        "תמחק את כל האירועים {cal_when}", "תבטלי את {event_name=event_def}", "תוריד את {event_name=event_def} מהיומן",
        "תבטל את {event_name=meet_def} עם {person=person}", "תנקה את היומן {when_l}",
    ]),
    ("qa_maths", 24, [
        "כמה זה {expr}", "כמה יוצא {expr}", "תחשב {expr}", "תחשבי {expr}", "{expr}", "מה התוצאה של {expr}",
        "אתה יודע כמה זה {expr}", "מה זה {expr}",
    ]),
    ("datetime_query", 18, [
        "מה השעה", "מה השעה עכשיו", "תגיד לי מה השעה", "תגידי לי מה השעה", "מה השעה בבקשה", "איזה יום [date : היום]",
        "מה התאריך [date : היום]", "איזה תאריך [date : היום]", "איזה יום יהיה [date : מחר]", "מה התאריך [date : מחר]",
        "מה השעה {place_name=in_city}", "מתי [date : פסח] השנה", "באיזה יום יוצא [date : ראש השנה] השנה",
        "איזה יום זה [date : מחרתיים]", "מה התאריך העברי [date : היום]", "אתה יודע מה השעה", "מה השעה עכשיו {place_name=in_city}",
    ]),
    ("weather_query", 18, [
        "מה מזג האוויר", "איך מזג האוויר {when}", "מה התחזית {when_l}", "מזג אוויר {place_name=in_city}",
        "איך מזג האוויר {place_name=in_city} {when}", "האם {weather_descriptor=weather_verb} {when}",
        "{weather_descriptor=weather_verb} {place_name=in_city} {when}", "יהיה {weather_descriptor=weather_adj} {when}",
        "כמה [weather_descriptor : מעלות] יש בחוץ", "מה [weather_descriptor : הטמפרטורה] בחוץ",
        "אני צריך [weather_descriptor : מטרייה] {when}", "[weather_descriptor : יורד גשם] {place_name=in_city}",
        "תחזית מזג האוויר {when_l}", "יהיה {weather_descriptor=weather_adj} {place_name=in_city} {when}",
    ]),
    ("general_joke", 5, ["תספר לי בדיחה", "ספרי לי בדיחה", "תצחיק אותי", "יש לך בדיחה טובה", "תגיד משהו מצחיק",
                         "תספרי בדיחה"]),
    ("general_greet", 5, ["שלום", "היי", "בוקר טוב", "ערב טוב", "מה נשמע", "מה קורה", "אהלן"]),
    ("iot_coffee", 5, ["תכין לי קפה", "תכיני לי קפה", "אני רוצה קפה", "תכין לי {coffee_type=coffee}",
                       "תפעיל את מכונת הקפה", "תכיני לי כוס {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["תפעיל את [device_type : שואב האבק]", "תשאב אבק {house_place=in_room}",
                         "תנקה את {house_place=room}", "תפעילי את [device_type : שואב האבק הרובוטי]",
                         "תפעיל את [device_type : הרובוט]", "תשאבי אבק {house_place=in_room}"]),
    ("iot_wemo_on", 4, ["תדליק את {device_type=plug}", "תפעיל את {device_type=plug}", "תדליקי את {device_type=plug}"]),
    ("iot_wemo_off", 4, ["תכבה את {device_type=plug}", "תכבי את {device_type=plug}", "תנתק את {device_type=plug}"]),
    ("play_music", 5, ["תשים מוזיקה", "תשמיע {music_genre=genre}", "תשימי {music_genre=genre}", "תנגן מוזיקה",
                       "אני רוצה לשמוע {music_genre=genre}"]),
    ("play_radio", 3, ["תדליק את הרדיו", "תפעיל רדיו", "תשימי רדיו"]),
]
