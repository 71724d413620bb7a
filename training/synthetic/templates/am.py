"""Amharic (am-ET) command templates. Pattern language: see ../README.md.

Ge'ez script, Amharic number words (አስራ አምስት، ሃያ አምስት) and Western digits (Ge'ez numerals are not
used for times or amounts; MASSIVE's am-ET train records hold no digits). Clock times as Amharic
speakers say them, on the Ethiopian clock (ከጠዋቱ አንድ ሰዓት = 7 am, ከምሽቱ ሁለት ሰዓት = 8 pm),
"ተኩል" = :30, "ከሩብ" = :15, "ለሁለት ሩብ ጉዳይ" = quarter to. Labels follow the majority of MASSIVE's
am-ET train records: "ሰዓት" and the part of the day are inside the time slot ("[time : ከጠዋቱ
አንድ ሰዓት] ላይ"), separate postpositions (ላይ، ውስጥ، ጋር) outside, attached prefixes and suffixes
inside ("[time : ከአስር ደቂቃ በኋላ]", "[person : ከአበበ] ጋር", "[list_name : የአስቤዛ] ዝርዝር",
"[device_type : አምፖሉን] አብራ", "[general_frequency : በየቀኑ]"); list names without ዝርዝር.
Also Western hours with am/pm ("[time : ሰባት ሰዓት ኤ ኤም]", no dots), which most of MASSIVE's am-ET
time slots use (ኤ. ኤም./ፒ. ኤም. forms are the large majority of its 465 distinct time values).
Words checked against MASSIVE am-ET train: ማንቂያ (179) beside the loan አላርም (2), ሰዓት ቆጣሪ beside
the loan ታይመር (0 in MASSIVE, kept as spoken), ዝርዝር (507; ሊስት 0), ድምጹን (33; ድምፁን 2),
የቀን መቁጠሪያዬ (67) beside ካላንደሬ (22).
Masculine singular imperatives (አብራ، አጥፋ) and polite ones (ያብሩ، ያጥፉ، እባክዎ).
"""

SMALL = ["ዜሮ", "አንድ", "ሁለት", "ሶስት", "አራት", "አምስት", "ስድስት", "ሰባት", "ስምንት", "ዘጠኝ", "አስር"]
TENS = {10: "አስራ", 20: "ሃያ", 30: "ሰላሳ", 40: "አርባ", 50: "ሃምሳ", 60: "ስልሳ", 70: "ሰባ", 80: "ሰማንያ", 90: "ዘጠና"}


def num(n):
    """Amharic number words 0..100: አስራ አንድ، ሃያ፣ ሃያ አምስት، መቶ."""
    if n == 100:
        return "መቶ"
    if n <= 10:
        return SMALL[n]
    t, u = divmod(n, 10)
    return TENS[t * 10] if u == 0 else f"{TENS[t * 10]} {SMALL[u]}"


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["አንድ ደቂቃ", "1 ደቂቃ", "አንድ ሰዓት", "1 ሰዓት", "ግማሽ ሰዓት", "አንድ ሰዓት ተኩል", "ሁለት ሰዓት", "2 ሰዓት",
           "ሩብ ሰዓት", "ደቂቃ ተኩል", "ሶስት ሰዓት"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} ደቂቃ" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 90):
        out += [f"{w} ሰከንድ" for w in both(n)]
    return out


def clock_words(h):
    """Ethiopian-clock hour h: ሰባት ሰዓት، 7 ሰዓት، ሰባት ሰዓት ተኩል، ሰባት ሰዓት ከሩብ، ለስምንት ሩብ ጉዳይ."""
    w, nxt = num(h), num(h % 12 + 1)
    return [f"{w} ሰዓት", f"{h} ሰዓት", f"{w} ሰዓት ተኩል", f"{w} ሰዓት ከሩብ", f"ለ{nxt} ሩብ ጉዳይ", f"{h}:30",
            f"{w} ሰዓት ከአስር ደቂቃ"]


PERIODS = {"ከጠዋቱ": (12, 1, 2, 3, 4, 5), "ጠዋት": (12, 1, 2, 3), "ከቀኑ": (6, 7, 8, 9, 10),
           "ከሰዓት በኋላ": (7, 8, 9, 10), "ከምሽቱ": (12, 1, 2, 3, 4), "ማታ": (1, 2, 3, 4), "ከሌሊቱ": (6, 7, 8)}


def with_period(period, hours=None, n=4):
    return [f"{period} {t}" for h in (hours or PERIODS[period]) for t in clock_words(h)[:n]]


def ampm():
    """Western-clock hours with English am/pm, as most of MASSIVE's am-ET time slots say them
    (ሰባት ሰዓት ኤ.ኤም.، አምስት ፒ. ኤም.), without the dots a recognizer drops."""
    out = []
    for h in (5, 6, 7, 8, 9, 10, 11):
        out += [f"{num(h)} ኤ ኤም", f"{num(h)} ሰዓት ኤ ኤም"]
    for h in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10):
        out += [f"{num(h)} ፒ ኤም", f"{num(h)} ሰዓት ፒ ኤም"]
    return out + ["ስድስት ተኩል ኤ ኤም", "ሰባት ተኩል ኤ ኤም"]


def clocks():
    out = ampm()
    for h in range(1, 13):
        out += clock_words(h)
    for p in PERIODS:
        out += with_period(p)
    return out


def calendar_clocks():
    out = []
    for h in (3, 4, 5, 6, 7, 8, 9, 10):
        out += clock_words(h)[:4]
    return out + ampm()[::3] + with_period("ከጠዋቱ", (2, 3, 4, 5)) + with_period("ከቀኑ") + with_period("ከምሽቱ", (12, 1, 2, 3))


def items():
    one = ["ወተት", "ዳቦ", "እንቁላል", "ቡና", "ስኳር", "ዘይት", "ሽንኩርት", "ቲማቲም", "ድንች", "ሙዝ", "ብርቱካን", "ጤፍ",
           "እንጀራ", "በርበሬ", "ምስር", "ሩዝ", "ፓስታ", "ሳሙና", "ቅቤ", "አይብ", "ነጭ ሽንኩርት", "ሻይ ቅጠል", "ሶፍት",
           "ውሃ", "ጨው", "ካሮት", "ጎመን", "ባትሪ", "እርጎ"]
    pairs = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 25), (9, 10), (11, 13), (14, 15), (16, 18), (17, 22), (19, 28),
             (20, 21), (23, 24), (26, 27)]
    triples = [(0, 1, 2), (6, 7, 8), (3, 4, 21), (13, 14, 24), (9, 10, 25), (17, 22, 27), (15, 16, 5)]
    return (one, [f"{one[a]} እና {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} እና {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        x, y = (str(a), str(b)) if i % 2 == 0 else (num(a), num(b))
        out += [f"{x} ሲደመር {y}", f"{x} ሲቀነስ {y}", f"{x} ሲባዛ {y}", f"{x} ሲካፈል ለ{y}",
                f"{x} ጊዜ {y}"]
    out += ["የ150 20 ፐርሰንት", "የሰማንያ አስራ አምስት በመቶ", "የ144 እስኩዌር ሩት", "የ81 ካሬ ስር"]
    return out


WHEN = ["[date : ነገ]", "[date : ዛሬ]", "[date : ከነገ ወዲያ]", "[date : ሰኞ]", "[date : ማክሰኞ]", "[date : ረቡዕ]",
        "[date : ሐሙስ]", "[date : አርብ]", "[date : ቅዳሜ]", "[date : እሁድ]", "[date : በሚቀጥለው ሰኞ]",
        "[date : በሚቀጥለው አርብ]", "[date : ነገ ጠዋት]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} {u}" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)
           for u in ("በመቶ", "ፐርሰንት")]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "morning": with_period("ከጠዋቱ", n=5),
        "when": WHEN,
        "when_day": WHEN[:12],
        "cal_when": WHEN[:12] + ["[date : መስከረም አንድ]", "[date : ጥር አስር]", "[date : በዚህ ቅዳሜ]",
                                 "[date : በገና]", "[date : በሚቀጥለው ሳምንት]"],
        "freq": ["በየቀኑ", "በየጠዋቱ", "ከሰኞ እስከ አርብ", "በየሰኞው", "በሳምንቱ ቀናት"],
        "cal_freq": ["በየቀኑ", "በየሳምንቱ", "በየሰኞው", "በየወሩ", "ሳምንታዊ"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["አስቤዛ", "ግዢ", "ግብይት", "ገበያ", "ሥራ", "ጉዞ", "በዓል", "ስጦታ", "ቤት እቃ", "ፋሲካ", "ትምህርት ቤት"],
        "room": ["ሳሎን", "መኝታ ቤት", "ኩሽና", "ማዕድ ቤት", "ወጥ ቤት", "መታጠቢያ ቤት", "መተላለፊያ", "ቢሮ", "በረንዳ",
                 "ጋራዥ", "መመገቢያ ክፍል", "እንግዳ ክፍል"],
        "lamp": ["አምፖሉን", "የጠረጴዛ መብራቱን", "የአልጋ ዳር መብራቱን", "የንባብ መብራቱን", "ፋኖሱን", "አምፖሎቹን"],
        "colour": ["ቀይ", "አረንጓዴ", "ሰማያዊ", "ቢጫ", "ብርቱካናማ", "ወይን ጠጅ", "ሮዝ", "ነጭ", "ሐምራዊ"],
        "pct_to": [f"ወደ {p}" for p in pct],
        "pct_at": pct,
        "vol_to": [f"ወደ {w}" for w in levels] + [f"ወደ {p}" for p in pct[2::5]],
        "bit": ["ትንሽ", "ትንሽ ተጨማሪ", "በጣም", "በትንሹ"],
        "event": ["የጥርስ ሀኪም ቀጠሮ", "የሀኪም ቀጠሮ", "የቡድን ስብሰባ", "ስብሰባ", "ጂም", "የእንግሊዝኛ ትምህርት",
                  "ቃለ መጠይቅ", "የመኪና ጥገና", "የልደት በዓል", "ሰርግ", "እቁብ", "የወላጆች ስብሰባ", "የእግር ኳስ ልምምድ",
                  "የፀጉር ቤት ቀጠሮ"],
        "meet": ["ስብሰባ", "ምሳ", "እራት", "ቡና", "የስልክ ጥሪ"],
        "person": ["ከአበበ", "ከሰላም", "ከዳዊት", "ከሄለን", "ከዮሐንስ", "ከመሰረት", "ከቶማስ", "ከሃና", "ከብሩክ", "ከትዕግስት"],
        "city": ["አዲስ አበባ", "ባህር ዳር", "ሀዋሳ", "አዳማ", "ጎንደር", "መቀሌ", "ድሬዳዋ", "ለንደን", "ዱባይ", "ዋሽንግተን"],
        "expr": maths(),
        "plug": ["ሶኬቱን", "ስማርት ሶኬቱን", "ስማርት ፕላጉን"],
        "coffee": ["ማኪያቶ", "ኤስፕሬሶ", "ካፑቺኖ", "ጥቁር ቡና", "ቡና በወተት"],
        "genre": ["ትዝታ", "ባቲ", "አንቺሆዬ", "ጃዝ", "መንፈሳዊ", "ሬጌ", "ክላሲካል"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "[time : ለ{dur}] (ታይመር|ሰዓት ቆጣሪ) አዘጋጅ",
        "(ታይመር|ሰዓት ቆጣሪ) [time : ለ{dur}] ሙላልኝ",
        "ታይመር {time=dur}",
        "[time : ለ{dur}] ሰዓት ቆጣሪ አዘጋጅልኝ",
        "[time : የ{dur}] ታይመር ጀምር",
        "እባክዎ [time : ለ{dur}] (ታይመር|ሰዓት ቆጣሪ) ያዘጋጁ",
        "[time : ከ{dur} በኋላ] አስታውሰኝ",
        "[time : ከ{dur} በኋላ] ንገረኝ",
        "[time : የ{dur}] ቆጠራ ጀምር",
        "ታይመሩን [time : ለ{dur}] አዘጋጀው",
        "[time : ለ{dur}] (ታይመር|ሰዓት ቆጣሪ) ያዝልኝ",
        "[time : የ{dur}] ሰዓት ቆጣሪ ጀምርልኝ",
    ]),
    ("alarm_set", 48, [
        "{time=clock} ላይ ቀስቅሰኝ",
        "{time=clock} ላይ (አላርም|የማንቂያ ደወል) ሙላልኝ",
        "{time=clock} ላይ ማንቂያ አዘጋጅ",
        "እባክዎ {time=clock} ላይ ማንቂያ ያዘጋጁ",
        "{when} {time=clock} ላይ ቀስቅሰኝ",
        "{when_day} {time=clock} ላይ (ማንቂያ|አላርም) አዘጋጅልኝ",
        "{time=morning} ላይ አንቃኝ",
        "{when_day} {time=morning} ላይ ቀስቅሰኝ",
        "{general_frequency=freq} {time=clock} ላይ ቀስቅሰኝ",
        "{general_frequency=freq} {time=morning} ላይ ማንቂያ ሙላ",
        "አላርሙን {time=clock} ላይ አድርገው",
        "{time=clock} ላይ መነሳት እፈልጋለሁ",
        "{time=clock} ላይ ልትቀሰቅሰኝ ትችላለህ",
        "አዲስ ማንቂያ {time=clock} ላይ ሙላ",
        "{when} {time=clock} ላይ (ማንቂያ|አላርም) ያዝልኝ",
    ]),
    ("alarm_query", 8, [
        "ምን ምን አላርሞች አሉኝ", "አላርሞቼን አሳየኝ", "የሚቀጥለው አላርም ስንት ሰዓት ነው", "አላርሙ ስንት ሰዓት ላይ ነው የተሞላው",
        "ታይመሩ ላይ ምን ያህል ጊዜ ቀረ", "ስንት ደቂቃ ቀረ", "{when} አላርም አለኝ", "የተሞሉ ማንቂያዎችን አሳየኝ",
    ]),
    ("alarm_remove", 10, [
        "አላርሙን አጥፋ", "ሁሉንም አላርሞች ሰርዝ", "ታይመሩን አቁም", "ታይመሩን ሰርዝ", "{time=clock} ላይ የተሞላውን አላርም ሰርዝ",
        "{when} ያለውን አላርም አጥፋ", "ማንቂያውን ያጥፉ", "ሁሉንም ታይመሮች አጥፋ", "አላርሙን አንሳ", "ማንቂያውን ሰርዝልኝ",
    ]),
    ("lists_createoradd", 34, [
        "[list_name : የ{list}] ዝርዝር ላይ {items} ጨምር",
        "{items} [list_name : የ{list}] ዝርዝር ውስጥ ጨምርልኝ",
        "{items} [list_name : የ{list}] ዝርዝሬ ላይ ጻፍ",
        "ዝርዝሩ ላይ {items} ጨምር",
        "እባክዎ {items} ዝርዝሩ ላይ ይጨምሩ",
        "{items2} [list_name : የ{list}] ዝርዝር ላይ አስገባ",
        "ዝርዝሬ ውስጥ {items2} ጻፍልኝ",
        "{items} [list_name : የ{list}] ዝርዝሬ ውስጥ ጨምር",
    ]),
    ("lists_createoradd", 12, [
        "አዲስ [list_name : የ{list}] ዝርዝር ፍጠር",
        "አዲስ ዝርዝር ፍጠር",
        "[list_name : የ{list}] ዝርዝር አዘጋጅልኝ",
        "እባክዎ አዲስ ዝርዝር ይፍጠሩ",
        "አዲስ ዝርዝር ጀምር",
        "[list_name : የ{list}] የሚባል ዝርዝር ፍጠር",
    ]),
    ("lists_remove", 18, [
        "{item} የሚለውን [list_name : ከ{list}] ዝርዝር ሰርዝ",
        "{item} የሚለውን ከዝርዝሩ አውጣ",
        "{item} የሚለውን [list_name : ከ{list}] ዝርዝሬ ላይ አጥፋ",
        "[list_name : የ{list}] ዝርዝሩን ሰርዝ",
        "[list_name : የ{list}] ዝርዝሩን አጽዳ",
        "[list_name : የ{list}] ዝርዝር አጥፋልኝ",
        "{item} የሚለውን ከዝርዝሩ አስወግድ",
    ]),
    ("lists_query", 16, [
        "[list_name : የ{list}] ዝርዝሬ ላይ ምን አለ",
        "[list_name : የ{list}] ዝርዝሩን አንብብልኝ",
        "[list_name : የ{list}] ዝርዝሩን አሳየኝ",
        "ዝርዝሩ ላይ ምን ምን አለ",
        "ምን ምን ዝርዝሮች አሉኝ",
        "{item} [list_name : የ{list}] ዝርዝሩ ላይ አለ",
        "ዝርዝሬን አንብብልኝ",
        "[list_name : የ{list}] ዝርዝሬ ውስጥ ምን ምን አለ",
    ]),
    ("iot_hue_lighton", 38, [
        "መብራቱን አብራ",
        "መብራት አብራ",
        "መብራቱን አብራልኝ",
        "መብራቶቹን አብራ",
        "እባክህ መብራቱን አብራ",
        "እባክዎ መብራቱን ያብሩ",
        "መብራቱን ክፈት",
        "መብራት ክፈትልኝ",
        "[house_place : የ{room}] መብራት አብራ",
        "[house_place : የ{room}] መብራቶችን አብራልኝ",
        "{house_place=room} ውስጥ መብራቱን አብራ",
        "{house_place=room} ውስጥ ያለውን መብራት ክፈት",
        "{device_type=lamp} አብራ",
        "{device_type=lamp} አብራልኝ",
        "{house_place=room} ውስጥ {device_type=lamp} አብራ",
        "ሁሉንም መብራቶች አብራ",
        "ጨለማ ነው መብራቱን አብራ",
        "መብራቱን ልታበራልኝ ትችላለህ",
        "እባክዎ [house_place : የ{room}] መብራት ያብሩ",
    ]),
    ("iot_hue_lightoff", 24, [
        "መብራቱን አጥፋ",
        "መብራት አጥፋ",
        "መብራቱን አጥፋልኝ",
        "መብራቶቹን አጥፋ",
        "እባክዎ መብራቱን ያጥፉ",
        "መብራቱን ዝጋ",
        "[house_place : የ{room}] መብራት አጥፋ",
        "{house_place=room} ውስጥ መብራቱን አጥፋ",
        "{device_type=lamp} አጥፋ",
        "ሁሉንም መብራቶች አጥፋ",
        "ልተኛ ነው መብራቱን አጥፋ",
        "[house_place : የ{room}] መብራት ዝጋልኝ",
    ]),
    ("iot_hue_lightup", 14, [
        "ብርሃኑን ጨምር", "ብርሃኑን ከፍ አድርግ", "መብራቱን ደመቅ አድርግ", "ብርሃኑን {change_amount=pct_to} ጨምር",
        "መብራቱን {change_amount=bit} ጨምር", "[house_place : የ{room}] መብራት ከፍ አድርግ", "ተጨማሪ ብርሃን እፈልጋለሁ",
        "ብርሃኑን {change_amount=bit} ከፍ አድርገው", "እባክዎ መብራቱን ይጨምሩ",
    ]),
    ("iot_hue_lightdim", 14, [
        "መብራቱን ቀንስ", "ብርሃኑን ዝቅ አድርግ", "መብራቱን {change_amount=bit} ቀንስ", "ብርሃኑን {change_amount=pct_to} ዝቅ አድርግ",
        "[house_place : የ{room}] መብራት ቀንስ", "መብራቱ በጣም ደምቋል", "መብራቶቹን አደብዝዝ", "መብራቱን ደብዘዝ አድርገው", "እባክዎ ብርሃኑን ይቀንሱ",
        "ብርሃኑን {change_amount=bit} ቀንሰው",
    ]),
    ("iot_hue_lightchange", 26, [
        "መብራቱን {color_type=colour} አድርግ",
        "መብራቱን ወደ {color_type=colour} ቀይር",
        "የመብራቱን ቀለም ወደ {color_type=colour} ቀይር",
        "[house_place : የ{room}] መብራት {color_type=colour} አድርግ",
        "[house_place : የ{room}] መብራት ወደ {color_type=colour} ቀይርልኝ",
        "እባክዎ መብራቱን ወደ {color_type=colour} ይቀይሩ",
        "ብርሃኑን {change_amount=pct_to} አድርግ",
        "መብራቱን {change_amount=pct_at} ላይ አድርግ",
    ]),
    ("audio_volume_up", 14, [
        "ድምፅ ጨምር", "ድምጹን ጨምር", "ድምጹን ከፍ አድርግ", "ድምጽ ጨምር", "ድምጹን {change_amount=bit} ጨምር",
        "አይሰማኝም ድምጹን ጨምር", "እባክዎ ድምጹን ይጨምሩ", "ድምጹን {change_amount=bit} ከፍ አድርገው", "ድምፅ ጨምርልኝ",
        "ጮክ ብለህ ተናገር",
    ]),
    ("audio_volume_up", 12, [
        "ድምጹን {change_amount=vol_to} ከፍ አድርግ", "ድምጹን {change_amount=vol_to} አድርግ", "ድምጽ {change_amount=vol_to} ጨምር",
        "ድምጹን {change_amount=pct_at} ላይ አድርግ", "የድምጹን መጠን {change_amount=pct_at} ላይ አድርገው",
    ]),
    ("audio_volume_down", 14, [
        "ድምፅ ቀንስ", "ድምጹን ቀንስ", "ድምጹን ዝቅ አድርግ", "ድምጽ ቀንስ", "ድምጹ በጣም ከፍ ብሏል ቀንሰው",
        "ድምጹን {change_amount=bit} ቀንስ", "ድምጹን {change_amount=vol_to} ዝቅ አድርግ", "እባክዎ ድምጹን ይቀንሱ",
        "ድምጽህን ቀንስ", "ድምፅ ቀንስልኝ",
    ]),
    ("audio_volume_mute", 9, [
        "ድምጹን አጥፋ", "ዝም በል", "ድምፅ አጥፋ", "ጸጥ በል", "ድምጹን አጥፋው", "እባክዎ ድምጹን ያጥፉ", "ድምጹን አጥፋልኝ",
        "ዝም በይ", "ድምጽ የለሽ አድርግ",
    ]),
    ("calendar_set", 40, [
        "{cal_when} {time=cal_clock} ላይ {event_name=event} አለኝ መዝግብልኝ",
        "{cal_when} {time=cal_clock} ላይ {event_name=event} (ካላንደሬ|የቀን መቁጠሪያዬ) ላይ ጨምር",
        "(ካላንደሬ|የቀን መቁጠሪያዬ) ላይ {cal_when} {time=cal_clock} {event_name=event} ጻፍ",
        "{cal_when} {time=cal_clock} ላይ {person=person} ጋር {event_name=meet} ያዝልኝ",
        "{cal_when} {person=person} ጋር {event_name=meet} አለኝ {time=cal_clock} ላይ",
        "{cal_when} {time=cal_clock} ላይ {event_name=event} እንዳለኝ አስታውሰኝ",
        "{event_name=event} {cal_when} ካላንደሬ ላይ ጨምር",
        "{general_frequency=cal_freq} {time=cal_clock} ላይ {event_name=event} መዝግብ",
        "እባክዎ {cal_when} {time=cal_clock} ላይ {event_name=event} ይመዝግቡ",
        "{cal_when} {event_name=event} አለኝ ካላንደር ላይ ያዝልኝ",
    ]),
    ("calendar_query", 14, [
        "{cal_when} ምን ቀጠሮ አለኝ", "{cal_when} (ካላንደሬ|የቀን መቁጠሪያዬ) ላይ ምን አለ", "ካላንደሬን አሳየኝ", "የሚቀጥለው ስብሰባዬ መቼ ነው",
        "{cal_when} ፕሮግራም አለኝ", "{event_name=event} መቼ ነው", "{event_name=event} ስንት ሰዓት ነው",
        "{cal_when} ፕሮግራሜ ምንድን ነው", "{cal_when} {event_name=event} አለኝ",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} የሚለውን ቀጠሮ ሰርዝ", "{event_name=event} ይሰረዝ", "{cal_when} ያሉኝን ቀጠሮዎች በሙሉ ሰርዝ",
        "{cal_when} ያለውን {event_name=event} ሰርዝልኝ", "{event_name=event} የሚለውን ከካላንደሬ አጥፋ",
    ]),
    ("qa_maths", 24, [
        "{expr} ስንት ነው", "{expr} ስንት ይሆናል", "{expr} አስላ", "{expr}", "{expr} ስንት ነው የሚሆነው", "እስኪ {expr} አስላልኝ",
    ]),
    ("datetime_query", 18, [
        "ስንት ሰዓት ነው", "አሁን ስንት ሰዓት ነው", "ሰዓቱን ንገረኝ", "ሰዓት ስንት ሆነ", "[date : ዛሬ] ቀኑ ስንት ነው",
        "[date : ዛሬ] ምን ቀን ነው", "[date : ነገ] ምን ቀን ነው", "[date : ነገ] ቀኑ ስንት ነው", "{place_name=city} ስንት ሰዓት ነው",
        "[date : ፋሲካ] መቼ ነው", "[date : የዛሬውን] ቀን ንገረኝ", "አሁን {place_name=city} ውስጥ ስንት ሰዓት ነው",
        "[date : መስቀል] በየትኛው ቀን ነው", "[date : ዛሬ] ቀኑ ምንድን ነው",
    ]),
    ("weather_query", 18, [
        "የአየር ሁኔታው እንዴት ነው", "[date : ዛሬ] የአየር ሁኔታ ምን ይመስላል", "{when} የአየር ሁኔታ እንዴት ነው",
        "{place_name=city} የአየር ሁኔታ እንዴት ነው", "{when} [weather_descriptor : ይዘንባል]", "{when} [weather_descriptor : ዝናብ] አለ",
        "{when} [weather_descriptor : ይበርዳል]", "{when} [weather_descriptor : ይሞቃል]", "[weather_descriptor : ሙቀቱ] ስንት ነው",
        "{when} [weather_descriptor : ጃንጥላ] ያስፈልገኛል", "{place_name=city} {when} የአየር ሁኔታ ምን ይመስላል",
        "የአየር ትንበያውን ንገረኝ",
    ]),
    ("general_joke", 5, ["ቀልድ ንገረኝ", "አንድ ቀልድ ንገረኝ", "አስቀኝ", "የሚያስቅ ነገር ንገረኝ", "ቀልድ ታውቃለህ"]),
    ("general_greet", 5, ["ሰላም", "ጤና ይስጥልኝ", "እንደምን አደርክ", "ሰላም ነህ", "እንደምን ዋልክ", "ሃይ"]),
    ("iot_coffee", 5, ["ቡና አፍላልኝ", "ቡና አዘጋጅልኝ", "{coffee_type=coffee} አዘጋጅልኝ", "የቡና ማሽኑን አብራ",
                       "አንድ {coffee_type=coffee} ስራልኝ"]),
    ("iot_cleaning", 5, ["ቫክዩሙን አብራ", "{house_place=room} ውስጥ አጽዳ", "[device_type : ሮቦት ቫክዩሙን] አስነሳ",
                         "{house_place=room} ውስጥ ጥረግ", "ጽዳት ጀምር"]),
    ("iot_wemo_on", 4, ["{device_type=plug} አብራ", "{device_type=plug} ክፈት"]),
    ("iot_wemo_off", 4, ["{device_type=plug} አጥፋ", "{device_type=plug} ዝጋ"]),
    ("play_music", 5, ["ሙዚቃ ክፈት", "ዘፈን ክፈትልኝ", "{music_genre=genre} ክፈትልኝ", "{music_genre=genre} ሙዚቃ አጫውት",
                       "ሙዚቃ አጫውተኝ"]),
    ("play_radio", 3, ["ሬዲዮ ክፈት", "ሬዲዮ አብራ", "ኤፍ ኤም ክፈትልኝ"]),
]
