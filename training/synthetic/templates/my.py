"""Burmese (my-MM) command templates. Pattern language: see ../README.md.

Burmese writes no spaces between words; MASSIVE's my-MM records put spaces between phrases and always
around slots ("[time : မနက်ကိုးနာရီ] မှာ နှိုးပေးပါ"), and so do these templates (UNSPACED is not set:
massive.split_words splits my-MM on whitespace). Word order is verb-final, postpositions (မှာ, ကို, ထဲ, နဲ့)
follow the noun. Clock times as Burmese speakers say them: the part of the day first (မနက် 4-11, နေ့လည်
12-14, ညနေ 15-18, ည 19-23) then the hour with နာရီ ("မနက်ခုနစ်နာရီ", "ညနေငါးနာရီ"), ခွဲ for half past
("ခုနစ်နာရီခွဲ"), minutes after the hour ("ခုနစ်နာရီ ဆယ့်ငါးမိနစ်"), minutes first as many
MASSIVE records say them ("ငါးနာရီ မိနစ်သုံးဆယ်"), no "quarter to" form (the first draft's "ရှစ်နာရီထိုးဖို့
ဆယ့်ငါးမိနစ်" is in none of the 11,514 my-MM train records: 7:45 is said "ခုနစ်နာရီ လေးဆယ့်ငါးမိနစ်"), ညသန်းခေါင်
for midnight in the time slot, noon (မွန်းတည့်) as timeofday, as MASSIVE labels it (5 of 5); numbers as words (as most MASSIVE records write them) and
as Burmese digits the way a recognizer writes them ("မနက် ၇ နာရီ", "၁၀ မိနစ်"). Labels as the majority of
MASSIVE's my-MM train records: the part of the day and နာရီ inside the time slot, the postposition (မှာ,
အတွက်) outside; durations whole ("[time : ဆယ်မိနစ်]"); weekdays with နေ့ ("[date : သောကြာနေ့]"); a part of the
day said with the day is timeofday ("[date : မနက်ဖြန်] [timeofday : မနက်]"); the list name before and without
စာရင်း ("[list_name : ဈေးဝယ်] စာရင်း"); rooms without ထဲ / မှာ; the person without နဲ့; colours with ရောင်
inside ("[color_type : အနီရောင်]"); change_amount with သို့ / ထိ inside when said ("[change_amount :
ငါးဆယ်ရာခိုင်နှုန်းသို့]"), as most my-MM level values are written. Polite ပါ, ပေးပါ, ပေးပါဦး, နော်, ကျေးဇူးပြုပြီး;
pronouns ကျွန်တော် / ကျွန်မ / ငါ; loanwords တိုင်မာ, စပီကာ as Burmese speakers use them (စပီကာ 53 records; တိုင်မာ none: MASSIVE says
အချိန်မှတ် / အချိန်တိုင်းကိရိယာ, used in some patterns too). Honorifics ကို / မ before men's / women's names,
outside the person slot. Events are nouns ("ဆရာဝန်ရက်ချိန်း", not the verb "ဆရာဝန်ပြ"), since the patterns put
ကို / ရှိတယ် after them.
"""

from generate import tens_units

SMALL = "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး ဆယ်".split()
TENS = {10: "ဆယ်", 20: "နှစ်ဆယ်", 30: "သုံးဆယ်", 40: "လေးဆယ်", 50: "ငါးဆယ်", 60: "ခြောက်ဆယ်", 70: "ခုနစ်ဆယ်",
        80: "ရှစ်ဆယ်", 90: "ကိုးဆယ်"}
# ဆယ် takes the creaky tone before a unit: ဆယ့်ငါး 15, နှစ်ဆယ့်တစ် 21.
num = tens_units(SMALL, TENS, lambda t, u: t.replace("ဆယ်", "ဆယ့်") + u,
                 hundred="တစ်ရာ")
MDIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")


def md(n):
    """Burmese digits."""
    return str(n).translate(MDIGITS)


def durations():
    out = ["တစ်မိနစ်", "၁ မိနစ်", "နာရီဝက်", "တစ်နာရီ", "၁ နာရီ", "တစ်နာရီခွဲ", "နှစ်နာရီ", "၂ နာရီ", "တစ်မိနစ်ခွဲ",
           "တစ်နာရီ ဆယ့်ငါးမိနစ်", "နှစ်မိနစ် စက္ကန့်သုံးဆယ်", "နှစ်နာရီခွဲ", "၁ နာရီ ၃၀ မိနစ်"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{num(n)}မိနစ်", f"{md(n)} မိနစ်"]
    for n in (5, 10, 15, 20, 30, 45):
        out += [f"မိနစ်{num(n)}"]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"စက္ကန့်{num(n)}", f"{md(n)} စက္ကန့်"]
    return out


def pod(h):
    return "မနက်" if h < 12 else "နေ့လည်" if h < 15 else "ညနေ" if h < 19 else "ည"


def hour(h, with_pod=True):
    """Forms of hour h (4..23) in words and Burmese digits."""
    t = h if h <= 12 else h - 12
    w, d, p = num(t), md(t), pod(h)
    bare = [f"{w}နာရီ", f"{w}နာရီခွဲ", f"{d} နာရီ", f"{w}နာရီ ဆယ့်ငါးမိနစ်"]
    if not with_pod:
        return bare
    return bare + [f"{p}{w}နာရီ", f"{p} {d} နာရီ", f"{p}{w}နာရီခွဲ", f"{p} {w}နာရီ", f"{p}{w}နာရီ ဆယ်မိနစ်",
                   f"{p}{w}နာရီ ဆယ့်ငါးမိနစ်", f"{p} {d} နာရီခွဲ"]


def clocks():
    out = ["ညသန်းခေါင်", "နေ့လည် ဆယ့်နှစ်နာရီ", "နေ့လည် ၁၂ နာရီ"]
    for h in range(4, 24):
        out += hour(h)
        t = h if h <= 12 else h - 12
        out += [f"{num(t)}နာရီ လေးဆယ့်ငါးမိနစ်", f"{pod(h)}{num(t)}နာရီ မိနစ်သုံးဆယ်"]
    return out


def calendar_clocks():
    out = ["နေ့လည် ဆယ့်နှစ်နာရီ", "နေ့လည် ဆယ့်နှစ်နာရီခွဲ"]
    for h in range(8, 21):
        out += hour(h)[4:9]
    return out


def items():
    one = ["နို့", "ကြက်ဥ", "ပေါင်မုန့်", "ပန်းသီး", "ငှက်ပျောသီး", "ထောပတ်", "ချိစ်", "ကော်ဖီ", "ဆန်", "ခေါက်ဆွဲ",
           "ခရမ်းချဉ်သီး", "တစ်ရှူး", "ပန်းကန်ဆေးရည်", "လိမ္မော်ရည်", "ဒိန်ချဉ်", "ကြက်သား", "ကြက်သွန်နီ", "အာလူး",
           "မုန်လာဥနီ", "စားသုံးဆီ", "သကြား", "ဂျုံမှုန့်", "ငံပြာရည်", "ကြောင်စာ", "ဓာတ်ခဲ", "သံပုရာသီး", "ကြက်သွန်ဖြူ",
           "ရေသန့်"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    two = [f"{one[a]} နဲ့ {one[b]}" for a, b in pairs] + [f"{one[a]} နှင့် {one[b]}" for a, b in pairs[::3]]
    three = [f"{one[a]} {one[b]} နဲ့ {one[c]}" for a, b, c in triples]
    return one, two, three


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("မြှောက်", "ပေါင်း", "နုတ်", "စား"):
            out.append(f"{md(a)} {op} {md(b)}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["၁၅၀ ရဲ့ ၂၀ ရာခိုင်နှုန်း", "ရှစ်ဆယ်ရဲ့ ဆယ့်ငါးရာခိုင်နှုန်း", "၁၄၄ ရဲ့ နှစ်ထပ်ကိန်းရင်း",
            "ရှစ်ဆယ့်တစ်ရဲ့ နှစ်ထပ်ကိန်းရင်း"]
    return out


WEEKDAYS = ["တနင်္လာနေ့", "အင်္ဂါနေ့", "ဗုဒ္ဓဟူးနေ့", "ကြာသပတေးနေ့", "သောကြာနေ့", "စနေနေ့", "တနင်္ဂနွေနေ့"]
DAY = ["[date : မနက်ဖြန်]", "[date : ဒီနေ့]", "[date : သဘက်ခါ]", "[date : မနက်ဖြန်]"] + \
      [f"[date : {d}]" for d in WEEKDAYS] + ["လာမယ့် [date : သောကြာနေ့]", "ဒီ [date : စနေနေ့]", "နောက်အပတ် [date : တနင်္လာနေ့]"]
CAL_DAY = DAY + ["[date : ဇွန်လ ဆယ့်နှစ်ရက်]", "[date : ဆယ့်ငါးရက်နေ့]", "[date : မတ်လ ၃ ရက်]", "[date : နောက်တစ်ပတ်]",
                 "ဒီ [date : တနင်္ဂနွေနေ့]", "[date : နှစ်ဆယ်ရက်နေ့]"]
ROOMS = ["ဧည့်ခန်း", "မီးဖိုချောင်", "အိပ်ခန်း", "ရေချိုးခန်း", "ရုံးခန်း", "ထမင်းစားခန်း", "ကားဂိုဒေါင်", "ဝရန်တာ",
         "ကလေးအခန်း", "စင်္ကြံ", "အိပ်ခန်းကြီး", "အိမ်ရှေ့"]
COLOURS = ["အနီရောင်", "အစိမ်းရောင်", "အပြာရောင်", "အဝါရောင်", "လိမ္မော်ရောင်", "ခရမ်းရောင်", "ပန်းရောင်", "အဖြူရောင်",
           "အပြာနုရောင်", "အနီ", "အပြာ", "အစိမ်း"]


def vocab():
    one, two, three = items()
    pct = [f"{num(n)}ရာခိုင်နှုန်း" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)] + \
          [f"{md(n)} ရာခိုင်နှုန်း" for n in (10, 20, 30, 50, 70, 100)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": [f for h in range(4, 12) for f in hour(h, False)],
        "h_evening": [f for h in range(19, 24) for f in hour(h, False)[:3]],
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : ဒီနေ့]", "[date : မနက်ဖြန်]", "[date : ဒီပိတ်ရက်]", "[date : ဒီတစ်ပတ်]", "[date : စနေနေ့]",
                        "[date : တနင်္ဂနွေနေ့]", "[date : သဘက်ခါ]"],
        "freq": ["နေ့တိုင်း", "မနက်တိုင်း", "ရုံးဖွင့်ရက်တိုင်း", "ရုံးတက်ရက်တိုင်း", "နေ့စဉ်", "တနင်္လာကနေ သောကြာအထိ", "တနင်္လာနေ့တိုင်း",
                 "အလုပ်ရက်တိုင်း", "စနေနေ့တိုင်း"],
        "cal_freq": ["အပတ်စဉ်", "အပတ်တိုင်း", "တနင်္လာနေ့တိုင်း", "နေ့တိုင်း", "လစဉ်", "ကြာသပတေးနေ့တိုင်း"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["ဈေးဝယ်", "ကုန်စုံ", "ကုန်ပစ္စည်း", "ဝယ်ရမယ့်ပစ္စည်း", "ဈေးဝယ်ရန်", "ဟင်းချက်ပစ္စည်း", "စနေနေ့ဈေးဝယ်"],
        "list": ["ဈေးဝယ်", "ကုန်စုံ", "လုပ်ရန်", "ယူသွားရမယ့်ပစ္စည်း", "လက်ဆောင်", "အိမ်အလုပ်", "ခရီးစဉ်", "သင်္ကြန်",
                 "စခန်းချ", "ဝယ်ရမယ့်ပစ္စည်း", "အလုပ်"],
        "my": ["", "ငါ့ရဲ့ ", "ကျွန်တော့် ", ""],
        "room": ROOMS,
        "lamp": ["မီးအိမ်", "စားပွဲတင်မီးအိမ်", "ခေါင်းရင်းမီး", "မျက်နှာကြက်မီး", "မီးသီး", "အဓိကမီး", "စာဖတ်မီး",
                 "မီးချောင်း"],
        "colour": COLOURS,
        "pct": pct,
        "pct_to": [f"{p}(သို့|ထိ)" for p in pct],
        "vol_to": [f"{num(n)}(ထိ|သို့)" for n in range(1, 11)] + [f"{md(n)} ထိ" for n in range(1, 11)] +
                  [f"{p}(ထိ|သို့)" for p in pct[1::3]],
        "vol_level": [f"အဆင့်{num(n)}" for n in range(1, 11)] + [f"အဆင့် {md(n)}" for n in range(1, 11)],
        "bit": ["နည်းနည်း", "နည်းနည်းထပ်", "အနည်းငယ်", "နည်းနည်းလေး"],
        "event": ["သွားဆေးခန်းရက်ချိန်း", "ဆရာဝန်ရက်ချိန်း", "ညစာစားပွဲ", "အဖွဲ့အစည်းအဝေး", "ယောဂသင်တန်း", "ပီယာနိုသင်တန်း",
                  "ဘောလုံးပွဲ", "အလုပ်အင်တာဗျူး", "စာမေးပွဲ", "မွေးနေ့ပွဲ", "မိဘဆရာအစည်းအဝေး", "အားကစားသင်တန်း",
                  "မင်္ဂလာဆောင်", "မနက်အစည်းအဝေး", "ဆွမ်းကျွေးပွဲ", "အင်္ဂလိပ်စာသင်တန်း", "ရုံးပါတီပွဲ"],
        "meet": ["အစည်းအဝေး", "နေ့လည်စာ", "ညစာ", "ရက်ချိန်း", "အွန်လိုင်းအစည်းအဝေး", "တွေ့ဆုံပွဲ"],
        "with_person": ["[person : {person}] နဲ့", "ကို [person : {man}] နဲ့", "မ [person : {woman}] နဲ့",
                        "[person : {person}] နှင့်"],
        "person": ["မောင်မောင်", "အောင်အောင်", "မြမြ", "သီတာ", "ကျော်ကျော်", "ဇော်ဇော်", "နီလာ", "သက်သက်", "ဖြိုးဖြိုး",
                   "ချိုချို", "မင်းမင်း", "စုစု"],
        "man": ["အောင်အောင်", "ကျော်ကျော်", "ဇော်ဇော်", "ဖြိုးဖြိုး", "မင်းမင်း", "မောင်မောင်"],
        "woman": ["မြမြ", "သီတာ", "နီလာ", "ချိုချို", "စုစု", "သက်သက်"],
        "city": ["ရန်ကုန်", "မန္တလေး", "နေပြည်တော်", "ပုဂံ", "တောင်ကြီး", "မော်လမြိုင်", "ပြင်ဦးလွင်", "ပုသိမ်",
                 "မြစ်ကြီးနား", "ဘန်ကောက်", "စင်္ကာပူ", "တိုကျို"],
        "weather_adj": ["ပူ", "အေး", "နေပူ", "လေတိုက်", "ချမ်း"],
        "precip": ["မိုးရွာ", "မုန်တိုင်းကျ", "မိုးသည်းထန်စွာရွာ", "မိုးချုန်း"],
        "expr": maths(),
        "vacuum": ["ဖုန်စုပ်စက်", "စက်ရုပ်ဖုန်စုပ်စက်", "ကြမ်းတိုက်စက်ရုပ်"],
        "plug": ["စမတ်ပလပ်", "ပလပ်", "ပလပ်ပေါက်", "စမတ်ခလုတ်"],
        "coffee": ["ကာပူချီနို", "အက်စပရက်ဆို", "လာတေး", "အမေရိကာနို", "ကော်ဖီနို့", "ကော်ဖီမဲ"],
        "genre": ["ဂျက်ဇ်", "ရော့ခ်", "ရက်ပ်", "ဂန္တဝင်", "ပေါ့ပ်", "ခေတ်ဟောင်း", "ဟစ်ဟော့", "အကော်ဒီယံ"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur} တိုင်မာ ပေးပါ",
        "တိုင်မာ {time=dur} ထားပေးပါ",
        "{time=dur} တိုင်မာ ထားပါ",
        "{time=dur} အချိန်မှတ်ပေးပါ",
        "{time=dur} နောက်ပြန်ရေတွက်ပါ",
        "{time=dur} ကြာရင် နှိုးပေးပါ",
        "{time=dur} ကြာရင် သတိပေးပါ",
        "{time=dur} နေရင် ပြောပါ",
        "ကျေးဇူးပြုပြီး {time=dur} တိုင်မာ ပေးပါ",
        "{time=dur} အတွက် တိုင်မာ ထားပေးပါဦး",
        "{time=dur} တိုင်မာ ထားပေးနိုင်မလား",
        "ကျွန်တော့်ကို {time=dur} ကြာရင် နှိုးပါ",
        "{time=dur} အချိန်မှတ်ပါ",
        "တိုင်မာ {time=dur} နော်",
        "{time=dur} အချိန်မှတ်ထားပေး",
        "ကျွန်မအတွက် {time=dur} တိုင်မာ ပေးပါ",
    ]),
    ("alarm_set", 48, [
        "{time=clock} မှာ နှိုးပေးပါ",
        "{time=clock} နှိုးစက် ပေးထားပါ",
        "{time=clock} အတွက် နှိုးစက် ထားပေးပါ",
        "{time=clock} မှာ နှိုးစက် သတ်မှတ်ပါ",
        "ငါ့ကို {time=clock} မှာ နှိုးပါ",
        "ကျွန်တော့်ကို {time=clock} မှာ နှိုးပေးပါဦး",
        "{day} {time=clock} မှာ နှိုးစက် ပေးထားပါ",
        "{day} {time=clock} မှာ နှိုးပေးပါ",
        "ကျွန်မကို {day} {time=clock} မှာ နှိုးပေးပါ",
        "[date : မနက်ဖြန်] [timeofday : မနက်] {time=h_morning} မှာ နှိုးပေးပါ",
        "[date : မနက်ဖြန်] [timeofday : မနက်] {time=h_morning} နှိုးစက် ထားပါ",
        "[date : (မနက်ဖြန်|တနင်္လာနေ့|တနင်္ဂနွေနေ့)] [timeofday : မနက်] {time=h_morning} အတွက် နှိုးစက် ပေးပါ",
        "[timeofday : ဒီည] {time=h_evening} မှာ နှိုးစက် ပေးပါ",
        "{general_frequency=freq} {time=clock} မှာ နှိုးစက် ထားပါ",
        "{general_frequency=freq} {time=clock} မှာ နှိုးပေးပါ",
        "{time=clock} မှာ နှိုးစက် ထားပေးနိုင်မလား",
        "ကျွန်တော် {time=clock} မှာ ထရမယ်",
        "{time=clock} အတွက် နှိုးစက်အသစ် လုပ်ပါ",
        "ကျေးဇူးပြုပြီး {time=clock} မှာ နှိုးစက် ပေးပါ",
        "{time=clock} နှိုးစက် ပေးပါ နော်",
        "{day} [timeofday : မွန်းတည့်] မှာ နှိုးပေးပါ",
        "{time=clock} {general_frequency=freq} နှိုးစက် ထားပေး",
        "{day} {time=clock} နှိုးပေးပါဦး",
    ]),
    ("alarm_query", 8, [
        "ဘယ်နှိုးစက်တွေ ထားထားလဲ", "နှိုးစက်တွေ အားလုံး ပြပါ", "နောက်နှိုးစက်က ဘယ်နှနာရီလဲ", "နှိုးစက် ဘယ်အချိန် ထားထားလဲ",
        "တိုင်မာ ဘယ်လောက် ကျန်သေးလဲ", "ဘယ်နှမိနစ် ကျန်သေးလဲ", "{day} နှိုးစက် ရှိလား", "ကျွန်တော့် နှိုးစက်တွေ ပြပါ",
        "နှိုးစက် ထားပြီးပြီလား",
    ]),
    ("alarm_remove", 10, [
        "နှိုးစက် ဖျက်ပါ", "နှိုးစက်အားလုံး ဖျက်ပါ", "တိုင်မာ ပိတ်ပါ", "တိုင်မာ ဖျက်လိုက်ပါ", "{time=clock} နှိုးစက် ဖျက်ပါ",
        "{day} နှိုးစက် ဖျက်ပါ", "နှိုးစက် ပိတ်ပါ", "{day} {time=clock} နှိုးစက် ဖျက်ပေးပါ", "တိုင်မာ အားလုံး ဖျက်ပါ",
        "နှိုးစက် ပိတ်ပေးပါ", "{time=clock} နှိုးစက် ပယ်ဖျက်ပါ",
    ]),
    ("lists_createoradd", 34, [
        "{items} ကို {my}{list_name=shop} စာရင်း ထဲ ထည့်ပါ",
        "{items} ကို စာရင်း ထဲ ထည့်ပါ",
        "{items} {list_name=shop} စာရင်း ထဲ ထည့်ပေးပါ",
        "{my}{list_name=shop} စာရင်း ထဲကို {items} ထည့်ပါ",
        "{list_name=shop} စာရင်း ထဲ {items} ထည့်ဖို့ မမေ့နဲ့",
        "ကျေးဇူးပြုပြီး {items} ကို {list_name=shop} စာရင်း ထဲ ထည့်ပေးပါ",
        "{items} {list_name=shop} စာရင်း မှာ ထည့်",
        "{items2} ဝယ်ရမယ် {list_name=shop} စာရင်း ထဲ ထည့်ပေးပါ",
        "{item} ကို {list_name=list} စာရင်း ထဲ ထည့်ပါ",
        "{items} ကို ကျွန်တော့် စာရင်း ထဲ ထည့်ပေးပါ",
        "{list_name=shop} စာရင်း ထဲ {items2} ထပ်ထည့်ပါဦး",
    ]),
    ("lists_createoradd", 12, [
        "{list_name=list} စာရင်း အသစ် လုပ်ပါ",
        "{list_name=list} ဆိုတဲ့ စာရင်းအသစ် ဖန်တီးပါ",
        "{list_name=list} စာရင်း လုပ်ပေးပါ",
        "စာရင်းအသစ် တစ်ခု လုပ်ပါ",
        "ကျေးဇူးပြုပြီး {list_name=list} စာရင်း ဖန်တီးပေးပါ",
        "{list_name=list} စာရင်း အသစ် စပါ",
        "{list_name=list} စာရင်း တစ်ခု ဖန်တီးပါ",
    ]),
    ("lists_remove", 18, [
        "{item} ကို {my}{list_name=list} စာရင်း ထဲက ဖျက်ပါ",
        "{item} ကို စာရင်း ထဲက ထုတ်ပါ",
        "{list_name=shop} စာရင်း ထဲက {item} ကို ဖျက်ပေးပါ",
        "{list_name=list} စာရင်း ကို ဖျက်ပါ",
        "{my}{list_name=list} စာရင်း တစ်ခုလုံး ဖျက်ပါ",
        "{list_name=shop} စာရင်း ထဲက {item} ဖယ်ပါ",
        "{item} ကို {list_name=shop} စာရင်း ထဲက ထုတ်ပေးပါ",
        "ကျေးဇူးပြုပြီး {item} ကို စာရင်း ထဲက ဖျက်ပါ",
        "{list_name=list} စာရင်း ကို ရှင်းလိုက်ပါ",
    ]),
    ("lists_query", 16, [
        "{list_name=list} စာရင်း ထဲမှာ ဘာတွေ ရှိလဲ",
        "{my}{list_name=list} စာရင်း ထဲ ဘာတွေ ပါလဲ",
        "{list_name=list} စာရင်း ကို ဖတ်ပြပါ",
        "{list_name=list} စာရင်း ကို ပြပါ",
        "ကျွန်တော့်မှာ ဘယ်စာရင်းတွေ ရှိလဲ",
        "{item} က {list_name=shop} စာရင်း ထဲမှာ ပါပြီလား",
        "ကျွန်တော့် စာရင်း ထဲ ဘာတွေ ရှိလဲ",
        "{list_name=list} စာရင်း ကို စစ်ပေးပါ",
        "{list_name=list} စာရင်း ဖတ်ပြပါဦး",
        "{list_name=list} စာရင်း ထဲ ဘာတွေ ကျန်သေးလဲ",
    ]),
    ("iot_hue_lighton", 36, [
        "မီးဖွင့်ပါ",
        "မီး ဖွင့်ပါ",
        "မီး ဖွင့်ပေးပါ",
        "ကျေးဇူးပြုပြီး မီး ဖွင့်ပေးပါ",
        "မီး ဖွင့်ပေးပါဦး",
        "မီးဖွင့်",
        "{house_place=room} မီး ဖွင့်ပါ",
        "{house_place=room} ထဲက မီး ဖွင့်ပေးပါ",
        "{house_place=room} မှာ မီး ဖွင့်ပါ",
        "{house_place=room} မီး ကို ဖွင့်ပေးပါ",
        "{house_place=room} မီး ဖွင့်ပေးနိုင်မလား",
        "ကျေးဇူးပြုပြီး {house_place=room} မီး ဖွင့်ပါ",
        "{device_type=lamp} ဖွင့်ပါ",
        "{house_place=room} က {device_type=lamp} ဖွင့်ပါ",
        "{device_type=lamp} ကို ဖွင့်ပေးပါ",
        "မီးအားလုံး ဖွင့်ပါ",
        "{house_place=room} မီးအားလုံး ဖွင့်ပါ",
        "အိမ်မှာ မီးအားလုံး ဖွင့်ပေးပါ",
        "မှောင်နေပြီ မီး ဖွင့်ပေးပါ",
        "မီးတွေ ဖွင့်လိုက်",
        "{house_place=room} မီး ဖွင့်ပေးပါ နော်",
        "{house_place=room} မီး ဖွင့်လိုက်ပါ",
        "{house_place=room} ထဲ မီး ဖွင့်ပေးပါဦး",
        "မီးလေး ဖွင့်ပေးပါ",
        "{house_place=room} က မီး ဖွင့်ပေးလို့ ရမလား",
        "ကျွန်မအတွက် {house_place=room} မီး ဖွင့်ပေးပါ",
    ]),
    ("iot_hue_lightoff", 24, [
        "မီးပိတ်ပါ",
        "မီး ပိတ်ပါ",
        "မီး ပိတ်ပေးပါ",
        "{house_place=room} ထဲက မီး ပိတ်ပါ",
        "{house_place=room} မီး ပိတ်ပါ",
        "{device_type=lamp} ပိတ်ပါ",
        "{house_place=room} က {device_type=lamp} ပိတ်ပါ",
        "မီးအားလုံး ပိတ်ပါ",
        "အိမ်မှာ မီးအားလုံး ပိတ်ပေးပါ",
        "{house_place=room} မီး ပိတ်ပေးပါ",
        "ကျေးဇူးပြုပြီး မီး ပိတ်ပေးပါ",
        "{house_place=room} မီး ပိတ်ပေးနိုင်မလား",
        "အိပ်တော့မယ် မီး ပိတ်ပေးပါ",
        "{house_place=room} မှာ မီး ပိတ်ပေးပါ နော်",
    ]),
    ("iot_hue_lightup", 14, [
        "မီး ပိုလင်းအောင် လုပ်ပါ", "အလင်း မြှင့်ပါ", "မီး ပိုလင်းပါစေ", "ပိုလင်းအောင် လုပ်ပေးပါ", "အလင်း ထပ်မြှင့်ပါ",
        "မီးအလင်း တိုးပေးပါ", "အလင်း {change_amount=pct} မြှင့်ပါ", "မီး {change_amount=bit} ပိုလင်းအောင် လုပ်ပါ",
        "{house_place=room} မီး ပိုလင်းအောင် လုပ်ပါ", "{house_place=room} အလင်း မြှင့်ပေးပါ", "အလင်း {change_amount=bit} မြှင့်ပါ",
        "နည်းနည်း မှောင်နေတယ် အလင်း မြှင့်ပေးပါ", "မီးရောင် ပိုတောက်ပအောင် လုပ်ပါ",
    ]),
    ("iot_hue_lightdim", 14, [
        "မီး မှိန်ပါ", "မီး မှိန်ပေးပါ", "အလင်း လျှော့ပါ", "မီး နည်းနည်း မှိန်လိုက်ပါ", "မီး အရမ်းလင်းနေတယ်",
        "အလင်း လျှော့ပေးပါ", "အလင်း {change_amount=pct} လျှော့ပါ", "အလင်း {change_amount=bit} လျှော့ပါ",
        "{house_place=room} မီး မှိန်ပေးပါ", "{house_place=room} အလင်း လျှော့ပါ", "မီး လင်းလွန်းတယ် မှိန်ပေးပါ",
        "မီး မှိန်မှိန် လုပ်ပါ", "မီး နည်းနည်း မှိန်ပေး",
    ]),
    ("iot_hue_lightchange", 26, [
        "မီးရောင် ကို {color_type=colour} ပြောင်းပါ",
        "မီး ကို {color_type=colour} ပြောင်းပေးပါ",
        "မီး {color_type=colour} ပြောင်းပါ",
        "{color_type=colour} မီး ထားပါ",
        "မီး အရောင် ကို {color_type=colour} ဖြစ်အောင် ပြောင်းပါ",
        "{house_place=room} မီး ကို {color_type=colour} ပြောင်းပါ",
        "{house_place=room} ထဲက မီး ကို {color_type=colour} ပြောင်းပေးပါ",
        "{color_type=colour} မီး ဖွင့်ပါ",
        "ကျေးဇူးပြုပြီး မီး ကို {color_type=colour} ပြောင်းပေးပါ",
        "{device_type=lamp} ကို {color_type=colour} ပြောင်းပါ",
        "အလင်း ကို {change_amount=pct_to} ထားပါ",
        "မီး ကို {change_amount=pct_to} ချိန်ပေးပါ",
        "မီးရောင် {color_type=colour} ပြောင်းလိုက်",
    ]),
    ("audio_volume_up", 14, [
        "အသံ ချဲ့ပါ", "အသံ မြှင့်ပါ", "အသံ ကျယ်ကျယ် လုပ်ပါ", "အသံ ချဲ့ပေးပါ", "အသံ ထပ်ချဲ့ပါ", "အသံ နည်းနည်း ချဲ့ပါ",
        "အသံ ပိုကျယ်အောင် လုပ်ပါ", "အသံ {change_amount=bit} ချဲ့ပါ", "အသံ {change_amount=bit} မြှင့်ပေးပါ",
        "မကြားရဘူး အသံ ချဲ့ပေးပါ", "စပီကာ အသံ ချဲ့ပါ", "အသံ ချဲ့ပေးနိုင်မလား", "ပိုကျယ်ပေးပါ", "အသံပမာဏ မြှင့်ပါ",
    ]),
    ("audio_volume_up", 12, [
        "အသံ ကို {change_amount=vol_to} ချဲ့ပါ", "အသံ ကို {change_amount=vol_to} မြှင့်ပါ", "အသံ {change_amount=vol_level} ထားပါ",
        "အသံ ကို {change_amount=vol_level} မှာ ထားပါ", "အသံပမာဏ ကို {change_amount=vol_to} ထားပါ", "အသံ {change_amount=vol_to} ထားပေးပါ",
    ]),
    ("audio_volume_down", 14, [
        "အသံ လျှော့ပါ", "အသံ လျှော့ပေးပါ", "အသံ တိုးတိုးလေး လုပ်ပါ", "အသံ နည်းနည်း လျှော့ပါ", "အရမ်း ကျယ်တယ်", "အသံ ကျယ်လွန်းတယ်",
        "အသံပမာဏ လျှော့ပါ", "အသံ {change_amount=bit} လျှော့ပါ", "အသံ ကို {change_amount=vol_to} လျှော့ပါ", "အသံ ကို {change_amount=pct_to} လျှော့ပေးပါ",
        "ကျေးဇူးပြုပြီး အသံ လျှော့ပါ", "စပီကာ အသံ လျှော့ပါ", "နားညည်းတယ် အသံ လျှော့ပေးပါ", "အသံ လျှော့ပေးနိုင်မလား",
    ]),
    ("audio_volume_mute", 9, [
        "အသံ ပိတ်ပါ", "အသံပိတ်", "တိတ်တိတ်နေပါ", "စပီကာ အသံ ပိတ်ပါ", "အသံ ပိတ်ပေးပါ", "အသံ ခဏ ပိတ်ထားပါ", "ခဏ တိတ်ပါ",
        "ကျေးဇူးပြုပြီး အသံ ပိတ်ပါ", "အသံ လုံးဝ ပိတ်ပါ", "အသံတိတ်ပါ",
    ]),
    ("calendar_set", 40, [
        "{cal_day} {time=cal_clock} မှာ {event_name=event} ရှိတယ် ပြက္ခဒိန် ထဲ ထည့်ပါ",
        "{event_name=event} ကို {cal_day} {time=cal_clock} မှာ ပြက္ခဒိန် ထဲ ထည့်ပေးပါ",
        "{cal_day} {time=cal_clock} {event_name=event} ပြက္ခဒိန် မှာ မှတ်ထားပါ",
        "{cal_day} {time=cal_clock} မှာ {event_name=event} ချိန်းထားပါ",
        "{cal_day} {time=cal_clock} မှာ {event_name=event} ရှိကြောင်း သတိပေးပါ",
        "{cal_day} {time=cal_clock} အတွက် {event_name=event} ဆိုတဲ့ အဖြစ်အပျက် အသစ် ဖန်တီးပါ",
        "{event_name=event} {cal_day} {time=cal_clock} ပြက္ခဒိန် ထဲ ထည့်",
        "{with_person} {cal_day} {time=cal_clock} မှာ {event_name=meet} ချိန်းထားတယ် ထည့်ပေးပါ",
        "{with_person} {event_name=meet} ကို {cal_day} {time=cal_clock} မှာ ထည့်ပါ",
        "{with_person} {cal_day} {event_name=meet} ချိန်းပေးပါ",
        "ကျွန်တော် {cal_day} {time=cal_clock} မှာ {event_name=event} ရှိတယ် ပြက္ခဒိန် ထဲ ထည့်ပေးပါ",
        "{general_frequency=cal_freq} {time=cal_clock} မှာ {event_name=event} ကို ပြက္ခဒိန် ထဲ ထည့်ပါ",
        "{event_name=event} ကို {cal_day} ပြက္ခဒိန် ထဲ ထည့်ပါ",
        "[date : (မနက်ဖြန်|တနင်္လာနေ့|သောကြာနေ့)] [timeofday : (မနက်|နေ့လည်|ညနေ)] {event_name=event} ထည့်ပါ",
        "{with_person} {cal_day} {time=cal_clock} {event_name=meet} မှတ်ထားဖို့ မမေ့နဲ့",
    ]),
    ("calendar_query", 14, [
        "{cal_day} ကျွန်တော့်မှာ ဘာချိန်းဆိုမှုတွေ ရှိလဲ", "{cal_day} ပြက္ခဒိန် ထဲ ဘာရှိလဲ", "ကျွန်တော့် ပြက္ခဒိန် ပြပါ",
        "နောက်ချိန်းဆိုမှုက ဘာလဲ", "{cal_day} {event_name=event} ရှိလား", "{event_name=event} က ဘယ်နေ့လဲ",
        "{event_name=event} က ဘယ်နှနာရီလဲ", "{cal_day} အစီအစဉ် ဖတ်ပြပါ", "{cal_day} ကျွန်မ အားလား", "{cal_day} အစီအစဉ် ပြပါ",
        "{event_name=event} ဘယ်တော့လဲ",
    ]),
    ("calendar_remove", 10, [
        "{cal_day} {event_name=event} ကို ပယ်ဖျက်ပါ", "{event_name=event} ကို ပြက္ခဒိန် ထဲက ဖျက်ပါ", "{cal_day} ချိန်းဆိုမှုအားလုံး ဖျက်ပါ",
        "{event_name=event} ဖျက်ပါ", "{with_person} {event_name=meet} ကို ဖျက်ပါ", "{cal_day} အစီအစဉ်အားလုံး ဖျက်ပါ",
        "{event_name=event} ကို ဖျက်ပေးပါ",
    ]),
    ("qa_maths", 24, [
        "{expr} ဘယ်လောက်လဲ", "{expr} ဘယ်လောက် ရလဲ", "{expr} တွက်ပေးပါ", "{expr} က ဘယ်လောက်လဲ", "{expr} ကို တွက်ပါ", "{expr}",
        "{expr} ဘယ်လောက်ဖြစ်လဲ",
    ]),
    ("datetime_query", 18, [
        "အခု ဘယ်နှနာရီ ရှိပြီလဲ", "ဘယ်နှနာရီ ရှိပြီလဲ", "အချိန် ဘယ်လောက် ရှိပြီလဲ", "အချိန် ပြောပြပါ", "[date : ဒီနေ့] ဘယ်နှရက်နေ့လဲ",
        "[date : ဒီနေ့] ဘာနေ့လဲ", "[date : မနက်ဖြန်] ဘာနေ့လဲ", "[date : ဒီနေ့] ရက်စွဲ ဘယ်လောက်လဲ", "{place_name=city} မှာ အခု ဘယ်နှနာရီလဲ",
        "{place_name=city} မှာ ဘယ်နှနာရီ ရှိပြီလဲ", "[date : သင်္ကြန်] က ဒီနှစ် ဘယ်နေ့ ကျလဲ", "[date : ဒီနေ့] ဘယ်ရက်လဲ",
        "[date : နောက်သောကြာနေ့] က ဘယ်နှရက်လဲ", "[date : မနက်ဖြန်] ဘယ်နှရက်လဲ", "အခု ဘယ်အချိန် ရှိပြီလဲ",
        "[date : သီတင်းကျွတ်] က ဒီနှစ် ဘယ်နေ့လဲ",
    ]),
    ("weather_query", 18, [
        "{weather_day} ရာသီဥတု ဘယ်လိုလဲ", "ရာသီဥတု ဘယ်လိုလဲ", "{weather_day} မိုးလေဝသ ဘယ်လိုရှိလဲ", "{weather_day} မိုးလေဝသ ခန့်မှန်းချက်",
        "{place_name=city} မှာ ရာသီဥတု ဘယ်လိုလဲ", "{weather_day} {weather_descriptor=precip} မလား", "{weather_day} [weather_descriptor : မိုးရွာ] မှာလား",
        "{place_name=city} မှာ [weather_descriptor : မိုးရွာနေ] လား", "{weather_day} [weather_descriptor : ထီး] ယူသွားရမလား",
        "အပြင်မှာ [weather_descriptor : အပူချိန်] ဘယ်လောက်လဲ", "{weather_day} {weather_descriptor=weather_adj} မလား",
        "{weather_day} ရာသီဥတု {weather_descriptor=weather_adj} မလား", "{place_name=city} {weather_day} ရာသီဥတု",
        "{weather_day} {place_name=city} မှာ {weather_descriptor=weather_adj} မလား",
    ]),
    ("general_joke", 5, ["ဟာသ တစ်ခု ပြောပြပါ", "ရယ်စရာ တစ်ခု ပြောပါ", "ဟာသ ပြောပြပါဦး", "ကျွန်တော့်ကို ရယ်အောင် လုပ်ပါ",
                         "ဟာသ တစ်ခုခု သိလား"]),
    ("general_greet", 5, ["မင်္ဂလာပါ", "ဟိုင်း", "မင်္ဂလာ နံနက်ခင်းပါ", "မင်္ဂလာ ညနေခင်းပါ", "မင်္ဂလာပါ နေကောင်းလား", "ဟယ်လို"]),
    ("iot_coffee", 5, ["ကော်ဖီ တစ်ခွက် ဖျော်ပေးပါ", "ကော်ဖီ ဖျော်ပါ", "ကော်ဖီ သောက်ချင်တယ်", "{coffee_type=coffee} တစ်ခွက် ဖျော်ပေးပါ",
                       "ကော်ဖီစက် ဖွင့်ပါ", "ကျွန်တော့်အတွက် {coffee_type=coffee} တစ်ခွက် လုပ်ပေးပါ"]),
    ("iot_cleaning", 5, ["{device_type=vacuum} ဖွင့်ပါ", "{house_place=room} ကို ဖုန်စုပ်ပါ", "{house_place=room} ကို သန့်ရှင်းရေး လုပ်ပါ",
                         "{device_type=vacuum} ကို စခိုင်းပါ", "{house_place=room} ထဲ ဖုန်စုပ်ပေးပါ"]),
    ("iot_wemo_on", 4, ["{device_type=plug} ဖွင့်ပါ", "{device_type=plug} ဖွင့်ပေးပါ", "{device_type=plug} ကို ဖွင့်လိုက်ပါ"]),
    ("iot_wemo_off", 4, ["{device_type=plug} ပိတ်ပါ", "{device_type=plug} ပိတ်ပေးပါ", "{device_type=plug} ကို ပိတ်လိုက်ပါ"]),
    ("play_music", 5, ["သီချင်း ဖွင့်ပါ", "သီချင်း ဖွင့်ပေးပါ", "{music_genre=genre} သီချင်း ဖွင့်ပါ", "{music_genre=genre} သီချင်း နားထောင်ချင်တယ်",
                       "{music_genre=genre} သီချင်း ဖွင့်ပေးပါဦး", "သီချင်း တစ်ပုဒ် ဖွင့်ပါ"]),
    ("play_radio", 3, ["ရေဒီယို ဖွင့်ပါ", "ရေဒီယို နားထောင်မယ်", "ရေဒီယို ဖွင့်ပေးပါ", "ရေဒီယို နားထောင်ချင်တယ်"]),
]
