"""Tagalog / Filipino (tl-PH) command templates. Pattern language: see ../README.md.

Tagalog as Filipinos talk to a phone: plain and polite forms (paki-, mo, po, naman, nga, pwede ba)
and the Taglish people really use (alarm, timer, i-set, i-on, i-off, volume, shopping list, meeting,
schedule, brightness, minutes, am / pm).

Clock times use the Spanish hours: "alas siyete" is 7:00, "ala una" 1:00, "alas siyete y medya"
7:30, "alas siyete kinse" 7:15, "kinse para alas otso" 7:45; digits as "alas 7", "7 am", "7:30 pm".
The part of the day follows with "ng" (ng umaga 4-11, ng tanghali 12, ng hapon 1-5, ng gabi 6-11).
Durations in Tagalog numbers with the linker ("limang minuto", "apat na minuto", "isang oras",
"kalahating oras") or in Taglish digits ("10 minutes"). 21-99 are written "dalawampu at isa" (the
full form of dalawampu't isa, no apostrophe in recognizer output).

Labels as MASSIVE's tl-PH train records (counted): "alas" is INSIDE the time slot (463 records against
10) with its "ng umaga" ("sa [time : alas diyes ng umaga]"); the "sa" / "ng" before a time or a date
stays outside (802 / 710 records); a part of the day said apart from the hour is timeofday ("[date :
bukas] ng [timeofday : umaga]"); rooms without "sa" ("sa [house_place : kusina]", 151 against 44); the
list name without "listahan ng" or "list" ("listahan ng [list_name : bibilhin]", "[list_name :
shopping] list"); the person without "kay" / "si" / "kasama si"; change_amount keeps its "sa" (38 of
49) as in en ("[change_amount : sa limampung porsyento]").
"""
from generate import tens_units

SMALL = ("sero isa dalawa tatlo apat lima anim pito walo siyam sampu labing_isa labindalawa labintatlo labing_apat "
         "labinlima labing_anim labimpito labingwalo labinsiyam").split()
SMALL = [w.replace("_", " ") for w in SMALL]
TENS = {20: "dalawampu", 30: "tatlumpu", 40: "apatnapu", 50: "limampu", 60: "animnapu", 70: "pitumpu",
        80: "walumpu", 90: "siyamnapu"}
num = tens_units(SMALL, TENS, lambda t, u: f"{t} at {u}", "sandaan")
SPANISH = {1: "una", 2: "dos", 3: "tres", 4: "kuwatro", 5: "singko", 6: "sais", 7: "siyete", 8: "otso", 9: "nuwebe",
           10: "diyes", 11: "onse", 12: "dose"}
ENGLISH = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
           10: "ten", 11: "eleven", 12: "twelve"}


def linked(words):
    """A number before a noun takes the linker: 'limang', 'sampung', 'apat na', 'siyam na'."""
    return words + "ng" if words[-1] in "aeiou" else words + " na"


def both(n):
    return [str(n), num(n)]


def alas(h):
    return "ala una" if h == 1 else f"alas {SPANISH[h]}"


def durations():
    out = ["isang minuto", "1 minuto", "kalahating oras", "isang oras", "1 oras", "isa at kalahating oras",
           "dalawang oras", "2 oras", "isang oras at tatlumpung minuto", "isang minuto at tatlumpung segundo",
           "labinlimang minuto", "dalawang minuto at kalahati", "1 hour", "30 minutes", "kalahating minuto"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{n} minuto", f"{linked(num(n))} minuto"]
    for n in (2, 5, 10, 15, 20, 30, 45):
        out += [f"{n} minutes"]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{n} segundo", f"{linked(num(n))} segundo"]
    return out


# Parts of the day that go with an hour on the 12-hour clock.
POD = {1: ["hapon", "madaling araw"], 2: ["hapon"], 3: ["hapon", "madaling araw"], 4: ["hapon", "umaga"],
       5: ["umaga", "hapon"], 6: ["umaga", "gabi"], 7: ["umaga", "gabi"], 8: ["umaga", "gabi"], 9: ["umaga", "gabi"],
       10: ["umaga", "gabi"], 11: ["umaga", "gabi"], 12: ["tanghali"]}
AMPM = {"umaga": "am", "madaling araw": "am", "tanghali": "pm", "hapon": "pm", "gabi": "pm"}


def clocks():
    """Clock times, 'alas' and the part of the day inside the slot, as tl-PH labels them."""
    out = ["hatinggabi", "alas dose ng hatinggabi", "tanghaling tapat", "alas dose ng tanghali", "12 noon"]
    for h in range(1, 13):
        a, nx = alas(h), alas(h % 12 + 1)
        out += [a, f"alas {h}", f"{a} y medya", f"{a} kinse", f"kinse para {nx}", f"{a} beinte", f"{h}:30",
                f"{h}:15", f"{h}:45"]
        for pod in POD[h]:
            ap = AMPM[pod]
            out += [f"{a} ng {pod}", f"alas {h} ng {pod}", f"{a} y medya ng {pod}", f"{h} {ap}", f"{h}:30 {ap}",
                    f"{ENGLISH[h]} {ap}", f"{a} kinse ng {pod}"]
    out += ["seven thirty am", "six thirty am", "five thirty am", "eight fifteen am", "nine thirty pm", "ten pm"]
    return out


def bare(hours):
    """Hours without a part of the day (it is said apart: 'bukas ng umaga alas sais')."""
    out = []
    for h in hours:
        a = alas(h)
        out += [a, f"alas {h}", f"{a} y medya", f"{a} kinse"]
    return out


def calendar_clocks():
    out = ["alas dose ng tanghali", "12 noon", "ala una ng hapon", "tanghaling tapat"]
    for h, pod in [(8, "umaga"), (9, "umaga"), (10, "umaga"), (11, "umaga"), (1, "hapon"), (2, "hapon"), (3, "hapon"),
                   (4, "hapon"), (5, "hapon"), (6, "gabi"), (7, "gabi"), (8, "gabi")]:
        a, ap = alas(h), AMPM[pod]
        out += [f"{a} ng {pod}", f"alas {h} ng {pod}", f"{a} y medya ng {pod}", f"{h} {ap}", f"{h}:30 {ap}", a,
                f"{ENGLISH[h]} {ap}"]
    return out


def items():
    one = ["gatas", "itlog", "tinapay", "mansanas", "saging", "mantikilya", "keso", "kape", "bigas", "pancit canton",
           "kamatis", "tissue", "sabong panghugas", "juice", "yogurt", "manok", "sibuyas", "patatas", "karot", "mantika",
           "asukal", "harina", "toyo", "suka", "pagkain ng pusa", "baterya", "bawang", "sardinas", "corned beef", "dalandan"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 23, 26), (8, 9, 16), (27, 28, 10)]
    joined = [f"{one[a]} {('at', 'tsaka', 'at')[i % 3]} {one[b]}" for i, (a, b) in enumerate(pairs)]
    return (one, joined, [f"{one[a]} {one[b]} at {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("times", "plus", "minus", "divided by", "dagdag", "bawas"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 porsyento ng 150", "20 percent ng 150", "labinlimang porsyento ng walumpu", "square root ng 144",
            "square root ng walumpu at isa", "2 to the power of 10"]
    return out


WEEKDAYS = ["lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", "linggo"]
DAY = ["[date : bukas]", "[date : ngayong araw]", "[date : ngayon]", "sa [date : makalawa]"] + \
      [f"(sa |sa darating na |)[date : {d}]" for d in WEEKDAYS] + \
      ["sa [date : susunod na lunes]", "sa [date : susunod na biyernes]", "[date : ngayong sabado]"]
CAL_DAY = DAY + ["sa [date : 12 ng hunyo]", "sa [date : ikatlo ng marso]", "sa [date : ika 15]",
                 "sa [date : 17 ng agosto]", "sa [date : susunod na linggo]", "sa [date : bisperas ng pasko]",
                 "sa [date : huwebes]", "sa [date : disyembre 25]"]
ROOMS = ["sala", "kusina", "kwarto", "kuwarto", "banyo", "kainan", "garahe", "opisina", "kwarto ng bata", "guest room",
         "balkonahe", "master bedroom", "pasilyo", "labahan"]


def vocab():
    one, two, three = items()
    pct = [f"{w} {p}" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w, p in
           ((str(n), "percent"), (linked(num(n)), "porsyento"), (str(n), "porsyento"))]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(4, 12)),
        "h_afternoon": bare(range(1, 6)),
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : ngayon]", "[date : bukas]", "sa [date : makalawa]", "[date : ngayong weekend]",
                        "[date : ngayong linggo]", "sa [date : sabado]", "sa [date : linggo]", "sa [date : biyernes]"],
        "freq": ["araw araw", "tuwing umaga", "tuwing weekdays", "tuwing lunes", "every day", "lunes hanggang biyernes",
                 "tuwing sabado", "araw araw tuwing weekdays"],
        "cal_freq": ["araw araw", "bawat linggo", "tuwing lunes", "tuwing huwebes", "every week", "buwan buwan"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop_en": ["shopping", "grocery", "palengke"],
        "shop": ["bibilhin", "pamimili", "grocery", "pamalengke", "bilihin"],
        "list": ["bibilhin", "grocery", "gagawin", "regalo", "dadalhin", "babayaran", "bakasyon", "opisina", "pasko",
                 "handaan", "pamimili", "pang outing"],
        "room": ROOMS,
        "in_room": [f"sa [house_place : {r}]" for r in ROOMS],
        "lamp": ["lampara", "lampshade", "desk lamp", "lamp sa mesa", "night light", "christmas lights", "led strip",
                 "floor lamp", "ilaw sa kisame"],
        "colour": ["pula", "asul", "berde", "dilaw", "orange", "kahel", "lila", "violet", "pink", "puti", "light blue",
                   "warm white"],
        "pct_to": [f"sa {p}" for p in pct],
        "pct_by": pct,
        "vol_to": [f"sa {w}" for w in levels + pct[1::3]] + [f"hanggang {w}" for w in levels[::2]],
        "vol_bare": levels,
        "bit": ["konti", "kaunti", "konti pa", "kaunti pa"],
        "event": ["dentista", "check up", "team meeting", "pagpapagupit", "yoga class", "piano lesson", "basketball practice",
                  "job interview", "pa change oil", "birthday party", "pta meeting", "simba", "reunion", "despedida",
                  "presentasyon", "bible study", "zumba", "enrollment"],
        "meet": ["meeting", "lunch", "dinner", "tawag", "kape", "video call", "kita"],
        "with": ["kasama si", "kasama si", "with"],
        "person": ["juan", "maria", "ana", "jose", "liza", "mark", "carlo", "joy", "rico", "grace", "paolo", "bea"],
        "city": ["maynila", "manila", "cebu", "davao", "quezon city", "baguio", "iloilo", "makati", "tagaytay",
                 "cagayan de oro", "tokyo", "dubai"],
        "rain": ["uulan", "uulan nang malakas", "maulap", "maaraw"],
        "weather_adj": ["mainit", "malamig", "maaraw", "maulap", "mahangin", "maalinsangan"],
        "expr": maths(),
        "vacuum": ["robot vacuum", "vacuum", "vacuum cleaner", "roomba"],
        "plug": ["smart plug", "saksakan", "smart outlet", "outlet"],
        "coffee": ["cappuccino", "espresso", "latte", "kapeng barako", "black coffee", "americano", "kape na may gatas"],
        "genre": ["opm", "pop", "rock", "jazz", "hip hop", "k pop", "acoustic", "love songs"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "mag set ka ng timer (ng|para sa) {time=dur}",
        "i-set ang timer (ng|sa) {time=dur}",
        "paki-set ng timer (ng|para sa) {time=dur}",
        "timer {time=dur}",
        "timer {time=dur} nga",
        "timer for {time=dur}",
        "set timer for {time=dur}",
        "i-timer mo ng {time=dur}",
        "paki-timer ng {time=dur}",
        "magtakda ng timer ng {time=dur}",
        "simulan ang timer ng {time=dur}",
        "timer (ng|para sa) {time=dur} po",
        "pwede ka bang mag set ng timer ng {time=dur}",
        "kailangan ko ng timer na {time=dur}",
        "gisingin mo ako pagkatapos ng {time=dur}",
        "paalalahanan mo ako pagkatapos ng {time=dur}",
        "mag countdown ka ng {time=dur}",
        "start ng timer {time=dur}",
        "set mo timer ng {time=dur} para sa niluluto ko",
    ]),
    ("alarm_set", 48, [
        "i-set ang alarm (sa|ng) {time=clock}",
        "mag set ka ng alarm (sa|ng|para sa) {time=clock}",
        "paki-set ang alarm ko ng {time=clock}",
        "set alarm {time=clock}",
        "alarm (ng |sa |){time=clock}",
        "magtakda ng alarm (sa|para sa) {time=clock}",
        "gisingin mo ako (ng|sa) {time=clock}",
        "pakigising ako ng {time=clock}",
        "gisingin mo nga ako ng {time=clock}",
        "i-alarm mo ako ng {time=clock}",
        "i-set ang alarm ng {time=clock} {day}",
        "mag set ka ng alarm {day} ng {time=clock}",
        "gisingin mo ako {day} ng {time=clock}",
        "pakigising ako {day} ng {time=clock} po",
        "i-set ang alarm [date : bukas] ng [timeofday : umaga] (ng |){time=h_morning}",
        "gisingin mo ako [date : bukas] ng [timeofday : umaga] {time=h_morning}",
        "alarm ng {time=h_morning} [date : bukas] ng [timeofday : umaga]",
        "mag alarm ka [date : bukas] ng [timeofday : hapon] {time=h_afternoon}",
        "i-set ang alarm ng {time=clock} {general_frequency=freq}",
        "gisingin mo ako {general_frequency=freq} ng {time=clock}",
        "mag set ng alarm {general_frequency=freq} (sa|ng) {time=clock}",
        "pwede mo bang i-set ang alarm ng {time=clock}",
        "pwede ka bang mag set ng alarm para sa {time=clock}",
        "gusto kong gumising ng {time=clock}",
        "kailangan kong gumising ng {time=clock} paki-set ng alarm",
        "kailangan ko ng alarm ng {time=clock}",
        "bagong alarm (ng|sa) {time=clock}",
        "palitan ang alarm ko ng {time=clock}",
        "gawan mo ako ng alarm sa [date : (lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo)] ng {time=clock}",
    ]),
    ("alarm_query", 8, [
        "anong mga alarm ang naka set", "ipakita ang mga alarm ko", "tingnan lahat ng alarm", "may alarm ba ako",
        "kailan ang susunod na alarm", "anong oras ang alarm ko", "anong oras ang alarm ko [date : bukas]",
        "ilang minuto pa ang natitira sa timer", "gaano katagal pa ang timer", "may alarm ba ako {day}",
        "anong oras tutunog ang alarm ko", "naka set na ba ang alarm ko",
    ]),
    ("alarm_remove", 10, [
        "i-cancel ang alarm", "burahin lahat ng alarm", "patayin ang alarm", "patayin ang timer", "itigil ang timer",
        "i-cancel ang timer", "burahin ang alarm ng {time=clock}", "tanggalin ang alarm {day}",
        "i-cancel ang alarm ko {day} ng {time=clock}", "i-cancel lahat ng timer", "i-off mo yung alarm",
        "pakibura yung alarm ko ng {time=clock}", "wag mo na akong gisingin ng {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "idagdag ang {items} sa listahan ng {list_name=shop}",
        "pakidagdag ang {items} sa {list_name=shop_en} list ko",
        "ilagay ang {items} sa {list_name=shop_en} list",
        "isama ang {items} sa listahan ng {list_name=shop}",
        "pakilista ang {items} sa {list_name=shop_en} list",
        "i-add ang {items} sa {list_name=shop_en} list ko",
        "pakidagdag nga ang {items} sa listahan ko",
        "idagdag ang {items} sa listahan",
        "pwede mo bang idagdag ang {items} sa listahan ng {list_name=shop}",
        "kailangan kong bumili ng {items2} idagdag mo sa {list_name=shop_en} list",
        "{items} pakilagay sa listahan ng {list_name=shop}",
        "idagdag ang {item} sa listahan ko ng {list_name=shop}",
        "paki-note ang {items2} sa listahan ng {list_name=list}",
        "ubos na ang {item} pakidagdag sa {list_name=shop_en} list",
    ]),
    ("lists_createoradd", 12, [
        "gumawa ng bagong listahan ng {list_name=list}",
        "gawa ka ng listahan ng {list_name=list}",
        "gumawa ng bagong listahan na {list_name=list} ang pangalan",
        "gumawa ng bagong listahan",
        "gawa ka ng bagong list",
        "pakigawa ng listahan ng {list_name=list}",
        "gawan mo ako ng listahan ng {list_name=list}",
        "magsimula ng bagong listahan ng {list_name=list}",
        "gumawa ng {list_name=shop_en} list",
    ]),
    ("lists_remove", 18, [
        "tanggalin ang {item} sa listahan ng {list_name=list}",
        "tanggalin ang {item} sa listahan",
        "burahin ang {item} sa {list_name=shop_en} list",
        "alisin ang {item} sa listahan ng {list_name=list}",
        "burahin ang listahan ng {list_name=list}",
        "i-clear ang {list_name=shop_en} list",
        "pakitanggal ang {item} sa listahan ko",
        "pakibura ang {item} sa listahan ng {list_name=list}",
        "hindi ko na kailangan ng {item} tanggalin mo sa listahan ng {list_name=list}",
        "burahin lahat ng nasa listahan ng {list_name=list}",
        "i-delete ang {list_name=shop_en} list ko",
    ]),
    ("lists_query", 16, [
        "ano ang nasa listahan ng {list_name=list}",
        "anong laman ng {list_name=shop_en} list ko",
        "basahin ang listahan ng {list_name=list}",
        "ipakita ang {list_name=shop_en} list",
        "tingnan ang listahan ko ng {list_name=list}",
        "ano ang laman ng listahan ko",
        "anong mga listahan ang meron ako",
        "nasa listahan na ba ng {list_name=list} ang {item}",
        "may {item} na ba sa {list_name=shop_en} list",
        "ano pa ang kulang sa listahan ng {list_name=shop}",
        "pakibasa ang laman ng listahan ng {list_name=list}",
        "ano ang nasa {list_name=shop_en} list ko",
    ]),
    ("iot_hue_lighton", 40, [
        "buksan ang ilaw",
        "pakibukas ang ilaw",
        "i-on ang ilaw",
        "paki-on yung ilaw",
        "buksan mo nga yung ilaw",
        "i-on mo ang mga ilaw",
        "buksan ang ilaw {in_room}",
        "pakibukas ang ilaw {in_room}",
        "i-on ang ilaw {in_room}",
        "paki-on ang ilaw {in_room} po",
        "pwede mo bang buksan ang ilaw {in_room}",
        "buksan ang ilaw ng [house_place : (sala|kusina|kwarto|banyo|garahe)]",
        "buksan ang {device_type=lamp}",
        "i-on ang {device_type=lamp} {in_room}",
        "pakibukas ang {device_type=lamp}",
        "i-on mo yung {device_type=lamp}",
        "buksan lahat ng ilaw",
        "i-on lahat ng ilaw sa bahay",
        "ang dilim pakibukas ng ilaw",
        "madilim dito buksan mo ang ilaw",
        "lights on",
        "turn on mo yung ilaw",
        "ilaw {in_room} pakibukas",
        "pakisindi ang ilaw",
        "sindihan ang ilaw {in_room}",
        "gusto kong nakabukas ang ilaw {in_room}",
        "buksan lahat ng ilaw {in_room}",
        "pabukas naman ng ilaw",
        "pa-on ng ilaw {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "patayin ang ilaw",
        "pakipatay ang ilaw",
        "i-off ang ilaw",
        "paki-off yung ilaw",
        "patayin ang ilaw {in_room}",
        "i-off ang ilaw {in_room}",
        "isara ang ilaw {in_room}",
        "patayin ang {device_type=lamp}",
        "i-off ang {device_type=lamp} {in_room}",
        "patayin lahat ng ilaw",
        "ilaw {in_room} pakipatay",
        "pwede mo bang patayin ang ilaw",
        "lights off",
        "matutulog na ako patayin mo na ang ilaw",
        "patayin lahat ng ilaw {in_room}",
        "pakipatay naman ng ilaw",
    ]),
    ("iot_hue_lightup", 14, [
        "liwanagan ang ilaw", "gawing mas maliwanag ang ilaw", "mas maliwanag", "mas maliwanag pa", "taasan ang brightness",
        "taasan ang brightness ng {change_amount=pct_by}", "paliwanagin mo ang ilaw", "gawing mas maliwanag ang ilaw {in_room}",
        "liwanagan ang ilaw {in_room}", "ang dilim ng ilaw", "liwanagan mo ng {change_amount=bit}",
        "taasan ang liwanag ng {change_amount=bit}", "lakasan ang ilaw",
    ]),
    ("iot_hue_lightdim", 14, [
        "hinaan ang ilaw", "i-dim ang ilaw", "padilimin ang ilaw", "gawing mas madilim ang ilaw", "babaan ang brightness",
        "bawasan ang liwanag ng ilaw", "hinaan ang ilaw {in_room}", "i-dim ang ilaw {in_room}",
        "hinaan ang ilaw ng {change_amount=bit}", "i-dim ang ilaw {change_amount=pct_to}", "masyadong maliwanag ang ilaw",
        "nakakasilaw hinaan mo ang ilaw", "babaan ang brightness {change_amount=pct_to}",
    ]),
    ("iot_hue_lightchange", 26, [
        "gawing {color_type=colour} ang ilaw",
        "palitan ang kulay ng ilaw (ng|sa) {color_type=colour}",
        "gawin mong {color_type=colour} ang ilaw",
        "kulay {color_type=colour} na ilaw",
        "gawing {color_type=colour} ang ilaw {in_room}",
        "palitan ang ilaw {in_room} ng {color_type=colour}",
        "palitan ng {color_type=colour} ang kulay ng ilaw",
        "pwede mo bang gawing {color_type=colour} ang ilaw",
        "gawing {color_type=colour} ang {device_type=lamp}",
        "i-set ang brightness {change_amount=pct_to}",
        "itakda ang liwanag ng ilaw {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "lakasan ang volume", "pakilakas ang volume", "lakasan mo", "taasan ang volume", "volume up", "lakasan pa",
        "mas malakas", "lakasan ang volume ng {change_amount=bit}", "lakasan mo ng {change_amount=bit}",
        "hindi ko marinig pakilakas", "pwede mo bang lakasan ang volume", "pakilakasan naman", "lakasan ang tunog",
        "ang hina lakasan mo pa",
    ]),
    ("audio_volume_up", 12, [
        "i-set ang volume {change_amount=vol_to}", "itakda ang volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "gawing {change_amount=vol_bare} ang volume", "lakasan ang volume {change_amount=vol_to}",
        "taasan ang volume {change_amount=vol_to}", "volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "hinaan ang volume", "pakihina ang volume", "hinaan mo", "babaan ang volume", "volume down", "ang lakas",
        "sobrang ingay pakihinaan", "hinaan mo ng {change_amount=bit}", "babaan ang volume {change_amount=vol_to}",
        "hinaan ang volume {change_amount=vol_to}", "pwede mo bang hinaan ang tunog", "pakihinaan naman",
        "masyadong malakas ang volume", "hinaan ang tunog ng {change_amount=bit}",
    ]),
    ("audio_volume_mute", 9, [
        "i-mute", "i-mute ang tunog", "patayin ang tunog", "mute", "tumahimik ka", "tahimik", "paki-mute", "i-mute ang speaker",
        "mute mo muna", "patayin muna ang tunog",
    ]),
    ("calendar_set", 40, [
        "idagdag ang {event_name=event} sa kalendaryo {cal_day} (ng|sa) {time=cal_clock}",
        "i-add ang {event_name=event} sa calendar ko {cal_day} ng {time=cal_clock}",
        "i-schedule ang {event_name=event} {cal_day} ng {time=cal_clock}",
        "mag schedule ng {event_name=event} {cal_day} ng {time=cal_clock}",
        "ilagay sa kalendaryo ang {event_name=event} {cal_day} ng {time=cal_clock}",
        "paalalahanan mo ako tungkol sa {event_name=event} {cal_day} ng {time=cal_clock}",
        "{event_name=meet} {with} {person=person} {cal_day} ng {time=cal_clock}",
        "i-schedule ang {event_name=meet} {with} {person=person} {cal_day} ng {time=cal_clock}",
        "gumawa ng event na {event_name=event} {cal_day} ng {time=cal_clock}",
        "may {event_name=event} ako {cal_day} ng {time=cal_clock} pakilagay sa calendar",
        "may {event_name=meet} ako {with} {person=person} {cal_day} paki-add sa kalendaryo",
        "idagdag ang {event_name=event} {general_frequency=cal_freq} ng {time=cal_clock}",
        "idagdag ang {event_name=event} sa kalendaryo {cal_day}",
        "bagong event {event_name=event} {cal_day} ng {time=cal_clock}",
        "idagdag ang {event_name=event} [date : bukas] ng [timeofday : (umaga|hapon|gabi|tanghali)]",
        "paki-schedule ng {event_name=meet} {with} {person=person} {cal_day}",
    ]),
    ("calendar_query", 14, [
        "ano ang schedule ko {cal_day}", "anong meron ako {cal_day}", "ano ang mga lakad ko {cal_day}",
        "ano ang nasa kalendaryo ko", "ipakita ang calendar ko {cal_day}", "kailan ang {event_name=event} ko",
        "anong oras ang {event_name=event}", "anong oras ang {event_name=event} ko", "ano ang susunod kong event",
        "may {event_name=event} ba ako {cal_day}", "basahin ang schedule ko {cal_day}", "busy ba ako {cal_day}",
        "tingnan ang schedule ko",
    ]),
    ("calendar_remove", 10, [
        "i-cancel ang {event_name=event} {cal_day}", "burahin ang {event_name=event} sa kalendaryo",
        "i-cancel ang {event_name=meet} {with} {person=person}", "i-clear ang schedule ko {cal_day}",
        "burahin lahat ng event {cal_day}", "i-cancel ang {event_name=event} ko", "tanggalin ang {event_name=event} sa calendar",
    ]),
    ("qa_maths", 24, [
        "ano ang {expr}", "ilan ang {expr}", "{expr} ay ilan", "kalkulahin ang {expr}", 
        "pakikwenta ang {expr}", "{expr}", "ano ang sagot sa {expr}",
    ]),
    ("datetime_query", 18, [
        "anong oras na", "anong oras na ngayon", "ano ang oras ngayon", "pakisabi kung anong oras na",
        "anong petsa [date : ngayon]", "anong araw [date : ngayon]", "anong araw [date : bukas]", "anong petsa [date : bukas]",
        "ano ang petsa [date : ngayong araw]", "anong date [date : ngayon]", "anong oras na sa {place_name=city}",
        "sa {place_name=city} anong oras na ngayon", "anong araw ang [date : pasko] ngayong taon", "anong araw sa [date : makalawa]",
        "anong petsa sa [date : susunod na biyernes]", "anong araw na ngayon",
    ]),
    ("weather_query", 18, [
        "ano ang panahon {weather_day}", "kumusta ang panahon [date : ngayon]", "ano ang lagay ng panahon", "weather {weather_day}",
        "weather forecast {weather_day}", "ano ang panahon sa {place_name=city}", "panahon sa {place_name=city} {weather_day}",
        "{weather_descriptor=rain} ba {weather_day}", "[weather_descriptor : uulan] ba {weather_day}",
        "[weather_descriptor : umuulan] ba sa {place_name=city}", "kailangan ko ba ng [weather_descriptor : payong] {weather_day}",
        "ano ang [weather_descriptor : temperatura] sa labas", "{weather_descriptor=weather_adj} ba {weather_day}",
        "{weather_descriptor=weather_adj} ba sa {place_name=city} {weather_day}", "may [weather_descriptor : bagyo] ba {weather_day}",
    ]),
    ("general_joke", 5, ["magkwento ka ng joke", "sabihan mo ako ng joke", "patawanin mo ako", "may alam ka bang joke",
                         "joke naman dyan", "pwede ka bang magbiro"]),
    ("general_greet", 5, ["hello", "hi kumusta ka", "magandang umaga", "magandang gabi", "magandang hapon", "kamusta",
                          "hi"]),
    ("iot_coffee", 5, ["gawan mo ako ng kape", "magtimpla ka ng kape", "timplahan mo ako ng kape", "gawa ka ng {coffee_type=coffee}",
                       "i-on ang coffee maker", "gusto kong magkape", "pagawa naman ng {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["i-on ang {device_type=vacuum}", "linisin ang {house_place=room}", "paandarin ang {device_type=vacuum}",
                         "mag vacuum {in_room}", "pakilinis ang sahig {in_room}"]),
    ("iot_wemo_on", 4, ["i-on ang {device_type=plug}", "buksan ang {device_type=plug}", "paki-on ang {device_type=plug}"]),
    ("iot_wemo_off", 4, ["i-off ang {device_type=plug}", "patayin ang {device_type=plug}", "paki-off ang {device_type=plug}"]),
    ("play_music", 5, ["magpatugtog ng musika", "patugtugin ang {music_genre=genre}", "magpatugtog ng {music_genre=genre}",
                       "play ng {music_genre=genre} songs", "magpatugtog ka ng kanta", "play music"]),
    ("play_radio", 3, ["buksan ang radyo", "i-on ang radyo", "makinig sa radyo", "magpatugtog ng radyo"]),
]
