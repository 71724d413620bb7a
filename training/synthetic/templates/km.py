"""Khmer (km-KH) command templates. Pattern language: see ../README.md.

Khmer writes no spaces between words; MASSIVE's km-KH records put spaces between phrases and always
around slots ("ដាស់ខ្ញុំ នៅ [time : ម៉ោងប្រាំពីរព្រឹក]"), and so do these templates (UNSPACED is not set:
massive.split_words splits km-KH on whitespace; no zero-width spaces). Clock times as Khmer speakers say
them: ម៉ោង + the hour + the part of the day (ព្រឹក 4-11, ថ្ងៃត្រង់ 12, រសៀល 13-16, ល្ងាច 17-18, យប់ 19-23),
កន្លះ for half past, minutes after the hour ("ម៉ោងប្រាំពីរដប់ប្រាំនាទី"), 7:45 as minutes
after the hour ("ម៉ោងប្រាំពីរសែសិបប្រាំនាទី", as MASSIVE's "ម៉ោងបួន សែសិបប្រាំនាទីព្រឹក"; the first draft's ខ្វះ form
"ម៉ោងប្រាំបីខ្វះដប់ប្រាំនាទី" is in none of the 11,514 km-KH train records, nor is a spoken 24-hour "ម៉ោងដប់ប្រាំពីរ",
so both were removed; 24-hour times only as digits "ម៉ោង ១៧:០០"), ពាក់កណ្តាលអធ្រាត្រ for midnight; numbers as
words (as MASSIVE writes them) and as Khmer digits the way a recognizer writes them ("ម៉ោង ៧ ព្រឹក", "១០ នាទី").
Labels as the majority of MASSIVE's km-KH train records: "ម៉ោង" and the part of the day inside the time slot,
"នៅ" / "សម្រាប់" / "ក្នុងរយៈពេល" outside; durations whole ("[time : ដប់នាទី]"); weekdays with "ថ្ងៃ"
("[date : ថ្ងៃសុក្រ]"); a part of the day said with the day is timeofday ("[timeofday : ព្រឹក] [date : ស្អែក]");
the list name without "បញ្ជី" ("បញ្ជី [list_name : ទិញអីវ៉ាន់]", spelt
អីវ៉ាន់ as 20 of MASSIVE's 22 list names with it, not ឥវ៉ាន់); rooms without "នៅក្នុង"; the person without
"ជាមួយ"; "ពណ៌" inside color_type ("ទៅ [color_type : ពណ៌ក្រហម]"); change_amount with "ទៅ" / "ត្រឹម" inside
when said ("[change_amount : ទៅហាសិបភាគរយ]"), as most km-KH level values are written. Polite សូម, ផង, បន្តិច,
បាទ / ចាស, "តើអ្នកអាច ... បានទេ". No Latin
loanwords (timer, volume, mute, led, and អាឡាម are in none of the train records): timer is
"កម្មវិធីកំណត់ម៉ោង" as MASSIVE says it. Events are nouns ("ការណាត់ជួបពេទ្យ", "ថ្នាក់យូហ្គា", as MASSIVE's
ការណាត់ជួប / ការប្រជុំ), since patterns say "ខ្ញុំមាន {event}"; លោក before men's names, អ្នកស្រី before women's,
outside the person slot.
"""

from generate import tens_units

SMALL = "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន ដប់".split()
TENS = {10: "ដប់", 20: "ម្ភៃ", 30: "សាមសិប", 40: "សែសិប", 50: "ហាសិប", 60: "ហុកសិប", 70: "ចិតសិប", 80: "ប៉ែតសិប",
        90: "កៅសិប"}
num = tens_units(SMALL, TENS, lambda t, u: t + u, hundred="មួយរយ")
KDIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def kd(n):
    """Khmer digits."""
    return str(n).translate(KDIGITS)


def both(n):
    return [kd(n), num(n)]


def durations():
    out = ["មួយនាទី", "១ នាទី", "កន្លះម៉ោង", "មួយម៉ោង", "១ ម៉ោង", "មួយម៉ោងកន្លះ", "ពីរម៉ោង", "២ ម៉ោង", "មួយនាទីកន្លះ",
           "មួយម៉ោងដប់ប្រាំនាទី", "ពីរនាទីសាមសិបវិនាទី", "ពីរម៉ោងកន្លះ", "១ ម៉ោង ៣០ នាទី"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{num(n)}នាទី", f"{kd(n)} នាទី"]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{num(n)}វិនាទី", f"{kd(n)} វិនាទី"]
    return out


def pod(h):
    """The part of the day said after a 24-hour hour h (4..23)."""
    return "ព្រឹក" if h < 12 else "ថ្ងៃត្រង់" if h == 12 else "រសៀល" if h < 17 else "ល្ងាច" if h < 19 else "យប់"


def twelve(h):
    return h if h <= 12 else h - 12


def hour(h, with_pod=True):
    """Forms of hour h (4..23), in words and Khmer digits."""
    w, d, p = num(twelve(h)), kd(twelve(h)), pod(h)
    if not with_pod:
        return [f"ម៉ោង{w}", f"ម៉ោង {d}", f"ម៉ោង{w}កន្លះ", f"ម៉ោង{w}ដប់ប្រាំនាទី"]
    return [f"ម៉ោង{w}{p}", f"ម៉ោង {d} {p}", f"ម៉ោង{w}កន្លះ{p}", f"ម៉ោង {d} កន្លះ{p}", f"ម៉ោង{w}សាមសិបនាទី{p}",
            f"ម៉ោង{w}ដប់ប្រាំនាទី{p}", f"ម៉ោង{w}", f"ម៉ោង{w}កន្លះ"]


def clocks():
    out = ["ពាក់កណ្តាលអធ្រាត្រ", "ម៉ោងដប់ពីរថ្ងៃត្រង់", "ម៉ោង ១២ ថ្ងៃត្រង់", "ម៉ោងដប់ពីរយប់"]
    for h in range(4, 24):
        out += hour(h)
        out += [f"ម៉ោង{num(twelve(h))}សែសិបប្រាំនាទី{pod(h)}", f"ម៉ោង{num(twelve(h))}សែសិបប្រាំនាទី",
                f"ម៉ោង {kd(twelve(h))}:៣០"]
    for h in (13, 14, 15, 17, 18, 19, 20, 21, 22):
        out += [f"ម៉ោង {kd(h)}:០០"]
    return out


def calendar_clocks():
    out = ["ម៉ោងដប់ពីរថ្ងៃត្រង់", "ម៉ោង ១២ ថ្ងៃត្រង់", "ម៉ោងដប់ពីរកន្លះ"]
    for h in range(8, 21):
        out += hour(h)[:6]
    out += ["ម៉ោង ១៤:០០", "ម៉ោង ១៤:៣០", "ម៉ោង ១៥:០០", "ម៉ោង ៩:៣០"]
    return out


def items():
    one = ["ទឹកដោះគោ", "ពងមាន់", "នំប៉័ង", "ផ្លែប៉ោម", "ចេក", "ប៊ឺ", "ឈីស", "កាហ្វេ", "អង្ករ", "មីកញ្ចប់", "ប៉េងប៉ោះ",
           "ក្រដាសអនាម័យ", "ទឹកលាងចាន", "ទឹកក្រូច", "យ៉ាអួ", "សាច់មាន់", "ខ្ទឹមបារាំង", "ដំឡូងបារាំង", "ការ៉ុត",
           "ប្រេងឆា", "ស្ករ", "ម្សៅ", "ទឹកត្រី", "ចំណីឆ្មា", "ថ្មពិល", "ក្រូចឆ្មា", "ខ្ទឹមស", "ទឹកសុទ្ធ"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    two = [f"{one[a]} និង {one[b]}" for a, b in pairs] + [f"{one[a]} ជាមួយ {one[b]}" for a, b in pairs[::3]]
    three = [f"{one[a]} {one[b]} និង {one[c]}" for a, b, c in triples]
    return one, two, three


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("គុណ", "គុណនឹង", "បូក", "ដក", "ចែក", "ចែកនឹង"):
            out.append(f"{kd(a)} {op} {kd(b)}" if i % 2 == 0 else f"{num(a)}{op}{num(b)}")
    out += ["ម្ភៃភាគរយនៃមួយរយហាសិប", "១៥ ភាគរយ នៃ ៨០", "ឫសការេនៃ ១៤៤", "ឫសការេនៃប៉ែតសិបមួយ", "ប្រាំពីរការេ"]
    return out


WEEKDAYS = ["ថ្ងៃច័ន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍", "ថ្ងៃអាទិត្យ"]
DAY = ["[date : ថ្ងៃស្អែក]", "[date : ស្អែក]", "[date : ថ្ងៃនេះ]", "[date : ខានស្អែក]"] + \
      [f"(នៅ |)[date : {d}]" for d in WEEKDAYS] + ["[date : ថ្ងៃសុក្រក្រោយ]", "[date : ថ្ងៃសៅរ៍នេះ]", "[date : ថ្ងៃច័ន្ទក្រោយ]"]
CAL_DAY = DAY + ["(នៅ |)[date : ថ្ងៃទីដប់ពីរ ខែមិថុនា]", "(នៅ |)[date : ថ្ងៃទីដប់ប្រាំ]", "[date : ថ្ងៃទី ៣ ខែមីនា]",
                 "[date : សប្តាហ៍ក្រោយ]", "[date : ថ្ងៃអាទិត្យនេះ]", "(នៅ |)[date : ថ្ងៃទីម្ភៃ]"]
ROOMS = ["បន្ទប់ទទួលភ្ញៀវ", "ផ្ទះបាយ", "បន្ទប់គេង", "បន្ទប់ទឹក", "បន្ទប់ធ្វើការ", "បន្ទប់បាយ", "យានដ្ឋាន", "រានហាល",
         "បន្ទប់កូន", "ច្រករបៀង", "បន្ទប់គេងធំ", "សាល"]
COLOURS = ["ពណ៌ក្រហម", "ពណ៌បៃតង", "ពណ៌ខៀវ", "ពណ៌លឿង", "ពណ៌ទឹកក្រូច", "ពណ៌ស្វាយ", "ពណ៌ផ្កាឈូក", "ពណ៌ស", "ពណ៌ខៀវខ្ចី",
           "ពណ៌បៃតងខ្ចី", "ក្រហម", "ខៀវ"]


def vocab():
    one, two, three = items()
    pct = [f"{num(n)}ភាគរយ" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)] + \
          [f"{kd(n)} ភាគរយ" for n in (10, 20, 30, 50, 70, 100)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": [f for h in range(4, 12) for f in hour(h, False)],
        "h_evening": [f for h in range(19, 24) for f in hour(h, False)[:3]],
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : ថ្ងៃនេះ]", "[date : ថ្ងៃស្អែក]", "[date : ស្អែក]", "[date : ចុងសប្តាហ៍នេះ]",
                        "[date : សប្តាហ៍នេះ]", "[date : ថ្ងៃសៅរ៍]", "[date : ថ្ងៃអាទិត្យ]", "[date : ខានស្អែក]"],
        "freq": ["រៀងរាល់ថ្ងៃ", "រាល់ថ្ងៃ", "រាល់ព្រឹក", "រៀងរាល់ថ្ងៃធ្វើការ", "ពីថ្ងៃច័ន្ទដល់ថ្ងៃសុក្រ", "រៀងរាល់ថ្ងៃច័ន្ទ",
                 "រាល់ថ្ងៃសៅរ៍"],
        "cal_freq": ["រៀងរាល់សប្តាហ៍", "ប្រចាំសប្តាហ៍", "រៀងរាល់ថ្ងៃច័ន្ទ", "រៀងរាល់ថ្ងៃ", "រៀងរាល់ខែ", "រាល់ថ្ងៃព្រហស្បតិ៍"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["ទិញអីវ៉ាន់", "គ្រឿងទេស", "ទិញម្ហូប", "ផ្សារ", "របស់ត្រូវទិញ", "ទិញអីវ៉ាន់ចុងសប្តាហ៍"],
        "list": ["ទិញអីវ៉ាន់", "គ្រឿងទេស", "ការងារត្រូវធ្វើ", "របស់ត្រូវយកទៅ", "អំណោយ", "កិច្ចការផ្ទះ", "ដំណើរកម្សាន្ត",
                 "ចូលឆ្នាំ", "បោះតង់", "របស់ត្រូវទិញ", "ការងារ"],
        "my": ["", " របស់ខ្ញុំ", ""],
        "room": ROOMS,
        "in_room": [f"(នៅក្នុង|ក្នុង|នៅ) [house_place : {r}]" for r in ROOMS],
        "lamp": ["ចង្កៀង", "ចង្កៀងលើតុ", "ចង្កៀងក្បាលគ្រែ", "អំពូលភ្លើង", "ភ្លើងពិដាន", "អំពូល", "ចង្កៀងអានសៀវភៅ",
                 "ចង្កៀងឈរ"],
        "colour": COLOURS,
        "pct": pct,
        "pct_to": [f"(ទៅ|ត្រឹម){p}" for p in pct],
        "vol_to": [f"ទៅកម្រិត{num(n)}" for n in range(1, 11)] + [f"ទៅកម្រិត {kd(n)}" for n in range(1, 11)] +
                  [f"(ទៅ|ត្រឹម){p}" for p in pct[1::3]],
        "vol_level": [f"កម្រិត{num(n)}" for n in range(1, 11)] + [f"កម្រិត {kd(n)}" for n in range(1, 11)],
        "bit": ["បន្តិច", "បន្តិចទៀត", "តិចទៀត", "បន្តិចបន្តួច"],
        "event": ["ការណាត់ជួបពេទ្យធ្មេញ", "ការណាត់ជួបពេទ្យ", "ការណាត់កាត់សក់", "ការប្រជុំក្រុម", "ថ្នាក់យូហ្គា", "ថ្នាក់ព្យាណូ",
                  "ការហាត់បាល់ទាត់", "សម្ភាសន៍ការងារ", "ការជួសជុលឡាន", "ពិធីខួបកំណើត", "ការប្រជុំមាតាបិតា", "ថ្នាក់ហាត់ប្រាណ",
                  "ពិធីមង្គលការ", "ការប្រជុំពេលព្រឹក", "ពិធីជប់លៀង", "ថ្នាក់ភាសាអង់គ្លេស", "ការបង់ថ្លៃភ្លើង"],
        "meet": ["ប្រជុំ", "ញ៉ាំបាយថ្ងៃត្រង់", "ញ៉ាំបាយល្ងាច", "ផឹកកាហ្វេ", "ប្រជុំអនឡាញ", "ណាត់ជួប"],
        "with_person": ["ជាមួយ [person : {person}]", "ជាមួយបង [person : {person}]", "ជាមួយលោក [person : {man}]",
                        "ជាមួយអ្នកស្រី [person : {woman}]"],
        "man": ["សុខ", "ដារ៉ា", "វិសាល", "បូរ៉ា", "សុខា", "វណ្ណា"],
        "woman": ["ធារី", "ស្រីនាង", "ពិសី", "រតនា", "សុភា", "ចាន់ថា"],
        "person": ["សុខា", "ដារ៉ា", "វណ្ណា", "ស្រីនាង", "ចាន់ថា", "សុភា", "រតនា", "បូរ៉ា", "វិសាល", "ពិសី", "ធារី", "សុខ"],
        "city": ["ភ្នំពេញ", "សៀមរាប", "បាត់ដំបង", "កំពត", "កែប", "ព្រះសីហនុ", "កំពង់ចាម", "តាកែវ", "បាងកក", "តូក្យូ",
                 "សេអ៊ូល"],
        "weather_adj": ["ក្តៅ", "រងា", "ត្រជាក់", "ខ្យល់ខ្លាំង", "ក្តៅខ្លាំង"],
        "precip": ["ភ្លៀង", "ព្យុះ", "ភ្លៀងខ្លាំង", "ភ្លៀងធ្លាក់"],
        "expr": maths(),
        "vacuum": ["ម៉ាស៊ីនបូមធូលី", "រ៉ូបូតបូមធូលី", "រ៉ូបូតជូតការ៉ូ"],
        "plug": ["ព្រីឆ្លាតវៃ", "ព្រីភ្លើង", "ព្រី", "កុងតាក់ឆ្លាតវៃ"],
        "coffee": ["កាពូឈីណូ", "អេសប្រេសូ", "ឡាតេ", "អាមេរិកាណូ", "កាហ្វេទឹកដោះគោ", "កាហ្វេខ្មៅ"],
        "genre": ["ជែស", "រ៉ុក", "រ៉េប", "ក្លាស៊ិក", "ប៉ុប", "រាំវង់", "ចម្រៀងបុរាណ", "អាខូស្ទិក"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "កំណត់ពេល {time=dur}",
        "កំណត់ម៉ោង {time=dur}",
        "សូមកំណត់ពេល {time=dur} ឱ្យខ្ញុំ",
        "រាប់ថយក្រោយ {time=dur}",
        "ចាប់ផ្តើមរាប់ថយក្រោយ {time=dur}",
        "ដាក់ម៉ោង {time=dur}",
        "ដាក់កម្មវិធីកំណត់ម៉ោង {time=dur}",
        "កំណត់កម្មវិធីកំណត់ម៉ោង {time=dur} ផង",
        "ដាស់ខ្ញុំ {time=dur} ទៀត",
        "រំលឹកខ្ញុំ ក្នុងរយៈពេល {time=dur}",
        "តើអ្នកអាចកំណត់ពេល {time=dur} បានទេ",
        "ខ្ញុំត្រូវការកំណត់ពេល {time=dur}",
        "កំណត់ពេល {time=dur} បាទ",
        "កំណត់ពេល {time=dur} ចាស",
        "ហៅខ្ញុំ ក្រោយ {time=dur}",
        "រាប់ម៉ោង {time=dur} ផង",
    ]),
    ("alarm_set", 48, [
        "កំណត់ម៉ោងរោទិ៍ នៅ {time=clock}",
        "កំណត់ម៉ោងរោទិ៍ {time=clock}",
        "ដាក់ម៉ោងរោទិ៍ {time=clock}",
        "ដាក់ម៉ោងរោទិ៍ឱ្យខ្ញុំ {time=clock}",
        "ដាស់ខ្ញុំ នៅ {time=clock}",
        "សូមដាស់ខ្ញុំ {time=clock} ផង",
        "កំណត់ម៉ោងរោទិ៍ {day} នៅ {time=clock}",
        "កំណត់ម៉ោងរោទិ៍ នៅ {time=clock} {day}",
        "ដាស់ខ្ញុំ {day} នៅ {time=clock}",
        "កំណត់ម៉ោងរោទិ៍ [timeofday : ព្រឹក] [date : ស្អែក] {time=h_morning}",
        "[timeofday : ព្រឹក] [date : ស្អែក] ដាស់ខ្ញុំ នៅ {time=h_morning}",
        "កំណត់ម៉ោងរោទិ៍ [date : (ថ្ងៃស្អែក|ថ្ងៃច័ន្ទ|ថ្ងៃអាទិត្យ)] [timeofday : ពេលព្រឹក] {time=h_morning}",
        "ដាក់ម៉ោងរោទិ៍ [timeofday : យប់នេះ] {time=h_evening}",
        "កំណត់ម៉ោងរោទិ៍ {time=clock} {general_frequency=freq}",
        "{general_frequency=freq} ដាស់ខ្ញុំ នៅ {time=clock}",
        "តើអ្នកអាចកំណត់ម៉ោងរោទិ៍ {time=clock} ឱ្យខ្ញុំបានទេ",
        "ខ្ញុំត្រូវក្រោក {time=clock}",
        "បង្កើតម៉ោងរោទិ៍ថ្មី នៅ {time=clock}",
        "សូមកំណត់ម៉ោងរោទិ៍ នៅ {time=clock}",
        "កំណត់ម៉ោងរោទិ៍ {time=clock} បាទ",
        "ដាក់ម៉ោងរោទិ៍ {time=clock} ចាស",
        "រោទិ៍ {time=clock} {general_frequency=freq}",
        "{day} ដាស់ខ្ញុំ {time=clock} ផង",
    ]),
    ("alarm_query", 8, [
        "តើខ្ញុំមានម៉ោងរោទិ៍អ្វីខ្លះ", "បង្ហាញម៉ោងរោទិ៍ទាំងអស់", "ម៉ោងរោទិ៍បន្ទាប់ម៉ោងប៉ុន្មាន", "ខ្ញុំដាក់ម៉ោងរោទិ៍ម៉ោងប៉ុន្មាន",
        "កម្មវិធីកំណត់ម៉ោងនៅសល់ប៉ុន្មាននាទីទៀត", "នៅសល់ប៉ុន្មាននាទីទៀត", "{day} មានម៉ោងរោទិ៍ទេ", "រាយម៉ោងរោទិ៍របស់ខ្ញុំ",
        "ខ្ញុំបានដាក់ម៉ោងរោទិ៍ហើយឬនៅ",
    ]),
    ("alarm_remove", 10, [
        "លុបម៉ោងរោទិ៍", "លុបម៉ោងរោទិ៍ទាំងអស់", "បិទកម្មវិធីកំណត់ម៉ោង", "បោះបង់ការកំណត់ពេល", "លុបម៉ោងរោទិ៍ {time=clock}",
        "បោះបង់ម៉ោងរោទិ៍ {day}", "បិទម៉ោងរោទិ៍", "លុបម៉ោងរោទិ៍ {day} នៅ {time=clock}", "លុបការកំណត់ម៉ោងទាំងអស់",
        "បិទម៉ោងរោទិ៍ផង", "បោះបង់ម៉ោងរោទិ៍ {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "បញ្ចូល {items} ទៅក្នុងបញ្ជី {list_name=shop}{my}",
        "បន្ថែម {items} ទៅក្នុងបញ្ជី",
        "ដាក់ {items} ក្នុងបញ្ជី {list_name=shop}",
        "កត់ {items} ក្នុងបញ្ជី {list_name=shop}{my}",
        "កុំភ្លេចបន្ថែម {items} ក្នុងបញ្ជី {list_name=shop}",
        "សូមបន្ថែម {items} ទៅបញ្ជី {list_name=shop} ឱ្យខ្ញុំ",
        "{items} បន្ថែមក្នុងបញ្ជី {list_name=shop}",
        "ខ្ញុំត្រូវទិញ {items2} ដាក់ក្នុងបញ្ជី {list_name=shop} ផង",
        "បន្ថែម {item} ទៅបញ្ជី {list_name=list}",
        "សូមបន្ថែម {items} ទៅក្នុងបញ្ជីរបស់ខ្ញុំ",
        "ថែម {items2} ក្នុងបញ្ជី {list_name=shop} ផង",
    ]),
    ("lists_createoradd", 12, [
        "បង្កើតបញ្ជី {list_name=list} ថ្មី",
        "បង្កើតបញ្ជីថ្មីមួយឈ្មោះ {list_name=list}",
        "ធ្វើបញ្ជី {list_name=list}",
        "បង្កើតបញ្ជីថ្មី",
        "សូមបង្កើតបញ្ជី {list_name=list} ឱ្យខ្ញុំ",
        "ចាប់ផ្តើមបញ្ជី {list_name=list} ថ្មី",
        "បង្កើតបញ្ជី {list_name=list} មួយ",
    ]),
    ("lists_remove", 18, [
        "លុប {item} ចេញពីបញ្ជី {list_name=list}{my}",
        "យក {item} ចេញពីបញ្ជី",
        "គូសចេញ {item} ពីបញ្ជី {list_name=shop}",
        "លុបបញ្ជី {list_name=list}",
        "លុបបញ្ជី {list_name=list}{my} ទាំងមូល",
        "លុប {item} ក្នុងបញ្ជី {list_name=shop}",
        "ដក {item} ចេញពីបញ្ជី {list_name=shop} ផង",
        "សូមលុប {item} ចេញពីបញ្ជី",
        "សម្អាតបញ្ជី {list_name=list} ទាំងអស់",
    ]),
    ("lists_query", 16, [
        "ក្នុងបញ្ជី {list_name=list} មានអ្វីខ្លះ",
        "បញ្ជី {list_name=list}{my} មានអ្វីខ្លះ",
        "អានបញ្ជី {list_name=list} ឱ្យខ្ញុំស្តាប់",
        "បង្ហាញបញ្ជី {list_name=list}",
        "តើខ្ញុំមានបញ្ជីអ្វីខ្លះ",
        "{item} មាននៅក្នុងបញ្ជី {list_name=shop} ហើយឬនៅ",
        "បញ្ជីរបស់ខ្ញុំមានអ្វីខ្លះ",
        "ពិនិត្យបញ្ជី {list_name=list}",
        "អានបញ្ជី {list_name=list} ឱ្យស្តាប់ផង",
        "ក្នុងបញ្ជី {list_name=list} នៅសល់អ្វីខ្លះ",
    ]),
    ("iot_hue_lighton", 36, [
        "បើកភ្លើង",
        "បើក ភ្លើង",
        "បើកភ្លើងបន្តិច",
        "សូមបើកភ្លើង",
        "បើកភ្លើងឱ្យខ្ញុំផង",
        "បើកភ្លើងផង",
        "បើកភ្លើង {in_room}",
        "បើកភ្លើង {house_place=room}",
        "បើក ភ្លើង {house_place=room} ផង",
        "ភ្លើង {house_place=room} បើកផង",
        "តើអ្នកអាចបើកភ្លើង {house_place=room} បានទេ",
        "សូមបើកភ្លើង {in_room}",
        "បើក {device_type=lamp}",
        "បើក {device_type=lamp} {in_room}",
        "បើក {device_type=lamp} ផង",
        "បើកភ្លើងទាំងអស់",
        "បើកភ្លើងទាំងអស់ {in_room}",
        "បើកភ្លើងពេញផ្ទះ",
        "ងងឹតណាស់ បើកភ្លើងផង",
        "បើកភ្លើងមក",
        "បើកភ្លើង {house_place=room} បាទ",
        "បើកភ្លើង {house_place=room} ចាស",
        "ជួយបើកភ្លើង {in_room} ផង",
        "បើកភ្លើង {in_room} ឱ្យភ្លឺ",
        "អ្នកអាចបើកភ្លើង {in_room} បានទេ",
        "បើកភ្លើង {house_place=room} ឱ្យខ្ញុំផង",
    ]),
    ("iot_hue_lightoff", 24, [
        "បិទភ្លើង",
        "បិទ ភ្លើង",
        "បិទភ្លើងផង",
        "បិទភ្លើង {in_room}",
        "បិទភ្លើង {house_place=room}",
        "បិទ {device_type=lamp}",
        "បិទ {device_type=lamp} {in_room}",
        "បិទភ្លើងទាំងអស់",
        "បិទភ្លើងពេញផ្ទះ",
        "បិទភ្លើង {house_place=room} ផង",
        "សូមបិទភ្លើង",
        "តើអ្នកអាចបិទភ្លើង {house_place=room} បានទេ",
        "ដល់ពេលគេងហើយ បិទភ្លើងផង",
        "បិទភ្លើង {in_room} ផង",
    ]),
    ("iot_hue_lightup", 14, [
        "បង្កើនពន្លឺ", "បង្កើនពន្លឺបន្តិច", "ធ្វើឱ្យភ្លើងភ្លឺជាងនេះ", "ភ្លឺជាងនេះ", "ភ្លឺជាងនេះទៀត", "ដំឡើងពន្លឺ",
        "បង្កើនពន្លឺ {change_amount=pct}", "ធ្វើឱ្យភ្លើងភ្លឺ {change_amount=bit}", "បង្កើនពន្លឺ {in_room}",
        "ធ្វើឱ្យភ្លើង {house_place=room} ភ្លឺជាងនេះ", "ដំឡើងពន្លឺ {change_amount=bit}", "ងងឹតបន្តិច បង្កើនពន្លឺផង",
        "តម្លើងពន្លឺភ្លើង",
    ]),
    ("iot_hue_lightdim", 14, [
        "បន្ថយពន្លឺ", "បន្ថយភ្លើង", "បន្ថយពន្លឺបន្តិច", "បន្ថយភ្លើងបន្តិច", "ភ្លើងភ្លឺពេក", "ធ្វើឱ្យភ្លើងងងឹតជាងនេះ",
        "បន្ថយពន្លឺ {change_amount=pct}", "បន្ថយពន្លឺ {change_amount=bit}", "បន្ថយពន្លឺ {in_room}",
        "បន្ថយភ្លើង {house_place=room}", "ភ្លើងចាំងភ្នែកពេក បន្ថយផង", "ធ្វើឱ្យពន្លឺស្រាលជាងនេះ", "បន្ថយពន្លឺភ្លើងចុះ",
    ]),
    ("iot_hue_lightchange", 26, [
        "ប្តូរពណ៌ភ្លើងទៅ {color_type=colour}",
        "ប្តូរភ្លើងទៅ {color_type=colour}",
        "ប្តូរភ្លើងទៅជា {color_type=colour}",
        "ដាក់ភ្លើង {color_type=colour}",
        "ប្តូរពណ៌ភ្លើងឱ្យទៅជា {color_type=colour}",
        "ប្តូរភ្លើង {house_place=room} ទៅ {color_type=colour}",
        "ប្តូរភ្លើង {in_room} ទៅជា {color_type=colour}",
        "បើកភ្លើង {color_type=colour}",
        "សូមប្តូរភ្លើងទៅ {color_type=colour}",
        "ប្តូរ {device_type=lamp} ទៅ {color_type=colour}",
        "កំណត់ពន្លឺ {change_amount=pct_to}",
        "ដាក់ពន្លឺភ្លើង {change_amount=pct_to}",
        "ប្តូរភ្លើងទៅ {color_type=colour} ផង",
    ]),
    ("audio_volume_up", 14, [
        "តម្លើងសំឡេង", "តម្លើងសំឡេងបន្តិច", "ដំឡើងសំឡេង", "បង្កើនសំឡេង", "សំឡេងខ្លាំងជាងនេះ", "ឮខ្លាំងជាងនេះបន្តិច",
        "បើកសំឡេងឱ្យខ្លាំង", "តម្លើងសំឡេង {change_amount=bit}", "ដំឡើងសំឡេង {change_amount=bit}",
        "ស្តាប់មិនឮទេ តម្លើងសំឡេងផង", "តម្លើងសំឡេងឧបករណ៍បំពងសំឡេង", "តើអ្នកអាចតម្លើងសំឡេងបានទេ", "ខ្លាំងជាងនេះទៀត",
        "តម្លើងកម្រិតសំឡេង",
    ]),
    ("audio_volume_up", 12, [
        "ដាក់សំឡេង {change_amount=vol_to}", "តម្លើងសំឡេង {change_amount=vol_to}", "សំឡេង {change_amount=vol_level}",
        "កំណត់សំឡេងនៅ {change_amount=vol_level}", "ដំឡើងសំឡេង {change_amount=vol_to}", "ដាក់សំឡេង {change_amount=vol_level}",
    ]),
    ("audio_volume_down", 14, [
        "បន្ថយសំឡេង", "បន្ថយសំឡេងបន្តិច", "សំឡេងតិចជាងនេះ", "បន្ថយសំឡេងចុះ", "ឮខ្លាំងពេក", "សំឡេងខ្លាំងពេក",
        "បន្ថយកម្រិតសំឡេង", "បន្ថយសំឡេង {change_amount=bit}", "បន្ថយសំឡេងចុះ {change_amount=bit}",
        "បន្ថយសំឡេង {change_amount=vol_to}", "សូមបន្ថយសំឡេង", "បន្ថយសំឡេងឧបករណ៍បំពងសំឡេង", "ឮខ្លាំងពេក បន្ថយសំឡេងផង",
        "តើអ្នកអាចបន្ថយសំឡេងបានទេ",
    ]),
    ("audio_volume_mute", 9, [
        "បិទសំឡេង", "ស្ងាត់", "សូមស្ងាត់", "បិទសំឡេងឧបករណ៍បំពងសំឡេង", "បិទសំឡេងផង", "បិទសំឡេងសិន", "ស្ងាត់សិន",
        "សូមបិទសំឡេង", "ធ្វើឱ្យស្ងាត់", "បិទសំឡេងទាំងអស់", "ស្ងាត់មួយភ្លែត", "កំណត់ឱ្យស្ងាត់",
    ]),
    ("calendar_set", 40, [
        "បន្ថែម {event_name=event} {cal_day} នៅ {time=cal_clock}",
        "កំណត់ការណាត់ {event_name=event} {cal_day} នៅ {time=cal_clock}",
        "បញ្ចូល {event_name=event} ទៅក្នុងប្រតិទិន {cal_day} នៅ {time=cal_clock}",
        "ណាត់ {event_name=event} {cal_day} {time=cal_clock}",
        "រំលឹកខ្ញុំពី {event_name=event} {cal_day} នៅ {time=cal_clock}",
        "បង្កើតព្រឹត្តិការណ៍ {event_name=event} {cal_day} នៅ {time=cal_clock}",
        "កត់ក្នុងប្រតិទិន {event_name=event} {cal_day} {time=cal_clock}",
        "{event_name=meet} {with_person} {cal_day} នៅ {time=cal_clock}",
        "កំណត់ {event_name=meet} {with_person} {cal_day} នៅ {time=cal_clock}",
        "ណាត់ {event_name=meet} {with_person} {cal_day}",
        "ខ្ញុំមាន {event_name=event} {cal_day} នៅ {time=cal_clock} សូមដាក់ក្នុងប្រតិទិន",
        "បន្ថែម {event_name=event} ទៅប្រតិទិន {general_frequency=cal_freq} នៅ {time=cal_clock}",
        "បន្ថែម {event_name=event} ទៅប្រតិទិន {cal_day}",
        "បន្ថែម {event_name=event} [date : (ថ្ងៃស្អែក|ថ្ងៃច័ន្ទ|ថ្ងៃសុក្រ)] [timeofday : (ពេលព្រឹក|ពេលរសៀល|ពេលល្ងាច)]",
        "កុំភ្លេចកត់ {event_name=meet} {with_person} {cal_day} នៅ {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "{cal_day} ខ្ញុំមានណាត់អ្វីខ្លះ", "{cal_day} មានអ្វីក្នុងប្រតិទិន", "បង្ហាញប្រតិទិនរបស់ខ្ញុំ", "ណាត់បន្ទាប់គឺអ្វី",
        "{cal_day} មាន {event_name=event} ទេ", "{event_name=event} ថ្ងៃណា", "{event_name=event} ម៉ោងប៉ុន្មាន",
        "អានកាលវិភាគ {cal_day} ឱ្យស្តាប់", "{cal_day} ខ្ញុំទំនេរទេ", "បង្ហាញកាលវិភាគ {cal_day}", "{event_name=event} ពេលណា",
    ]),
    ("calendar_remove", 10, [
        "បោះបង់ {event_name=event} {cal_day}", "លុប {event_name=event} ចេញពីប្រតិទិន", "លុបការណាត់ទាំងអស់ {cal_day}",
        "បោះបង់ {event_name=event}", "លុប {event_name=meet} {with_person}", "លុបព្រឹត្តិការណ៍ទាំងអស់ {cal_day}",
        "លុប {event_name=event} ផង",
    ]),
    ("qa_maths", 24, [
        "{expr} ស្មើប៉ុន្មាន", "{expr} ប៉ុន្មាន", "គណនា {expr}", "តើ {expr} ស្មើនឹងប៉ុន្មាន", "ជួយគិត {expr} ផង", "{expr}",
        "{expr} ស្មើប៉ុន្មានដែរ",
    ]),
    ("datetime_query", 18, [
        "ម៉ោងប៉ុន្មានហើយ", "ឥឡូវម៉ោងប៉ុន្មាន", "តើឥឡូវនេះម៉ោងប៉ុន្មានហើយ", "ប្រាប់ម៉ោងខ្ញុំផង", "[date : ថ្ងៃនេះ] ថ្ងៃទីប៉ុន្មាន",
        "[date : ថ្ងៃនេះ] ថ្ងៃអ្វី", "[date : ថ្ងៃស្អែក] ជាថ្ងៃអ្វី", "តើ [date : ថ្ងៃនេះ] ថ្ងៃទីប៉ុន្មាន", "នៅ {place_name=city} ឥឡូវម៉ោងប៉ុន្មាន",
        "{place_name=city} ម៉ោងប៉ុន្មានហើយ", "[date : បុណ្យចូលឆ្នាំខ្មែរ] ឆ្នាំនេះត្រូវនឹងថ្ងៃអ្វី", "តើ [date : ថ្ងៃនេះ] ជាថ្ងៃអ្វី",
        "[date : ថ្ងៃសុក្រក្រោយ] ថ្ងៃទីប៉ុន្មាន", "[date : ស្អែក] ថ្ងៃទីប៉ុន្មាន", "ម៉ោងប៉ុន្មានហើយបាទ",
        "[date : បុណ្យភ្ជុំបិណ្ឌ] ឆ្នាំនេះថ្ងៃណា",
    ]),
    ("weather_query", 18, [
        "អាកាសធាតុ {weather_day} យ៉ាងម៉េចដែរ", "អាកាសធាតុយ៉ាងម៉េចដែរ", "អាកាសធាតុ {weather_day} យ៉ាងដូចម្តេច",
        "ព្យាករណ៍អាកាសធាតុ {weather_day}", "អាកាសធាតុនៅ {place_name=city} យ៉ាងម៉េច", "{weather_day} មាន {weather_descriptor=precip} ទេ",
        "{weather_day} មេឃ [weather_descriptor : ភ្លៀង] ទេ", "នៅ {place_name=city} [weather_descriptor : ភ្លៀង] ទេ",
        "{weather_day} ត្រូវយក [weather_descriptor : ឆ័ត្រ] ទេ", "[weather_descriptor : សីតុណ្ហភាព] ខាងក្រៅប៉ុន្មានអង្សា",
        "{weather_day} {weather_descriptor=weather_adj} ទេ", "{weather_day} អាកាសធាតុ {weather_descriptor=weather_adj} ទេ",
        "អាកាសធាតុ {place_name=city} {weather_day}", "{weather_day} នៅ {place_name=city} {weather_descriptor=weather_adj} ទេ",
    ]),
    ("general_joke", 5, ["និយាយរឿងកំប្លែងមួយមក", "ប្រាប់រឿងកំប្លែងមួយ", "និយាយអ្វីដែលគួរឱ្យសើចមក", "ធ្វើឱ្យខ្ញុំសើចបន្តិច",
                         "តើអ្នកចេះរឿងកំប្លែងទេ"]),
    ("general_greet", 5, ["សួស្តី", "ជំរាបសួរ", "អរុណសួស្តី", "សាយណ្ហសួស្តី", "សួស្តី សុខសប្បាយទេ", "សួស្តីបាទ"]),
    ("iot_coffee", 5, ["ឆុងកាហ្វេឱ្យខ្ញុំមួយកែវ", "ឆុងកាហ្វេ", "ខ្ញុំចង់ញ៉ាំកាហ្វេ", "ធ្វើ {coffee_type=coffee} មួយកែវ",
                       "បើកម៉ាស៊ីនឆុងកាហ្វេ", "ឆុង {coffee_type=coffee} ឱ្យខ្ញុំមួយកែវ"]),
    ("iot_cleaning", 5, ["បើក {device_type=vacuum}", "បូមធូលី {house_place=room}", "សម្អាត {house_place=room}",
                         "ឱ្យ {device_type=vacuum} ចាប់ផ្តើម", "បូមធូលី {in_room} ផង"]),
    ("iot_wemo_on", 4, ["បើក {device_type=plug}", "បើក {device_type=plug} ផង", "ដោត {device_type=plug}"]),
    ("iot_wemo_off", 4, ["បិទ {device_type=plug}", "បិទ {device_type=plug} ផង", "ផ្តាច់ {device_type=plug}"]),
    ("play_music", 5, ["បើកចម្រៀង", "ចាក់ចម្រៀង", "ចាក់ចម្រៀង {music_genre=genre}", "ខ្ញុំចង់ស្តាប់ចម្រៀង {music_genre=genre}",
                       "បើកបទ {music_genre=genre} ឱ្យស្តាប់", "ចាក់បទមួយមក"]),
    ("play_radio", 3, ["បើកវិទ្យុ", "ស្តាប់វិទ្យុ", "បើកវិទ្យុផង", "ខ្ញុំចង់ស្តាប់វិទ្យុ"]),
]
