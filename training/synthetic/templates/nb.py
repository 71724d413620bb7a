"""Norwegian Bokmål (nb-NO) command templates. Pattern language: see ../README.md.

Clock times: "halv åtte" is 7:30, "kvart over sju" 7:15, "kvart på åtte" 7:45, "fem på halv åtte" 7:25,
"fem over halv åtte" 7:35, "ti på halv åtte" 7:20; one o'clock is "klokka ett"; 24-hour times
("klokka nitten", "19:30") as well; both "sju" and "syv". "klokka" / "klokken" stay outside the time
slot ("klokka [time : sju]"), as most of MASSIVE's nb-NO records write it, and so do "på" / "til" /
"om" ("vekk meg om [time : ti minutter]"); the part of the day is its own slot ("om [timeofday :
morgenen]", "[date : i morgen] [timeofday : tidlig]"). Dates as MASSIVE writes them: "[date : i dag]",
"[date : i morgen]", "på [date : fredag]", "neste [date : fredag]", "den [date : tolvte juni]". Rooms,
lamps and lists in the definite form the sentence needs (feminine -a or -en, both Bokmål), the suffix
inside the slot ("i [house_place : stua]", "på [house_place : kjøkkenet]", "slå på [device_type :
taklampa]", "på [list_name : handlelista]", "min [list_name : handleliste]"); change_amount keeps its
preposition ("[change_amount : til femti prosent]"), color_type does not ("til [color_type : rød]").
Colours agree with the noun (lyset blått, lysene røde, lampa rød). Address is "du" throughout (formal
"De" is not used with assistants); politeness comes from "kan du", "vil du", "gidder du", "vennligst",
"takk".
"""
from generate import tens_units

SMALL = ("null en to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten "
         "nitten").split()
TENS = dict(zip(range(20, 100, 10), "tjue tretti førti femti seksti sytti åtti nitti".split()))
num = tens_units(SMALL, TENS, lambda t, u: t + u, "hundre")


def both(n):
    return [str(n), num(n)]


def hour(n):
    """An hour of the clock: klokka ett, not klokka en."""
    return "ett" if n == 1 else num(n)


def syv(texts):
    """Each text, plus its "syv" variant where it says "sju" (both are Bokmål)."""
    out = []
    for t in texts:
        out.append(t)
        if "sju" in t.split():
            out.append(" ".join("syv" if w == "sju" else w for w in t.split()))
    return out


def durations():
    out = ["ett minutt", "1 minutt", "en time", "1 time", "en halvtime", "en halv time", "halvannen time", "et kvarter",
           "tre kvarter", "to timer", "2 timer", "halvannet minutt", "to og et halvt minutt", "en time og et kvarter",
           "en time og tretti minutter", "to minutter og tretti sekunder"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += syv([f"{w} minutter" for w in both(n)])
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} sekunder" for w in both(n)]
    return out


def clock_parts(h):
    """(needs_klokka, text) for an hour 1..12: bare hours are said with "klokka" (or after "på")."""
    w, nxt = hour(h), hour(h % 12 + 1)
    parts = [(True, str(h)), (True, w), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{h}:45"),
             (False, f"halv {nxt}"), (False, f"kvart over {w}"), (False, f"kvart på {nxt}"), (False, f"ti over {w}"),
             (False, f"fem på halv {nxt}"), (False, f"fem over halv {nxt}"), (False, f"ti på halv {nxt}"),
             (False, f"ti på {nxt}")]
    return [(needs, t) for needs, text in parts for t in syv([text])]


def clock_parts_24():
    out = []
    for h in range(13, 24):
        out += [(True, str(h)), (True, num(h)), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{num(h)} tretti")]
    out += [(True, f"0{h}:{m}") for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def at_clocks(parts):
    """A clock time said on its own: "klokka [time : sju]", "klokken [time : sju]" or "[time : halv sju]"."""
    out = []
    for needs, t in parts:
        out += [f"klokka [time : {t}]", f"klokken [time : {t}]"]
        if not needs:
            out.append(f"[time : {t}]")
    return out


def bare(hours):
    out = []
    for h in hours:
        keep = syv([str(h), hour(h), f"halv {hour(h % 12 + 1)}", f"kvart over {hour(h)}", f"{h}:30"])
        out += [p for p in clock_parts(h) if p[1] in keep]
    return out


def calendar_parts():
    out = [(True, "tolv"), (True, "12"), (False, "halv ett")]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [(True, str(h)), (True, num(h)), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{h}:45"),
                (False, f"halv {hour(h12 % 12 + 1)}"), (False, f"kvart over {hour(h12)}"),
                (False, f"kvart på {hour(h12 % 12 + 1)}")]
    return out


def items():
    one = ["melk", "egg", "brød", "epler", "pærer", "bananer", "smør", "ost", "kaffe", "ris", "pasta", "tomater",
           "dopapir", "oppvaskmiddel", "appelsinjuice", "yoghurt", "kylling", "løk", "poteter", "gulrøtter",
           "olivenolje", "sukker", "mel", "havremelk", "kattemat", "batterier", "sitroner", "hvitløk", "brunost",
           "knekkebrød"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 29, 6)]
    return (one, [f"{one[a]} og {one[b]}" for a, b in pairs],
            [f"{one[a]} {one[b]} og {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ganger", "pluss", "minus", "delt på", "multiplisert med"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 prosent av 150", "femten prosent av åtti", "kvadratroten av 144", "kvadratroten av åttien",
            "2 opphøyd i 10", "sju i andre"]
    return out


# Colours: (common gender, neuter, plural / definite).
COLOURS = [("rød", "rødt", "røde"), ("grønn", "grønt", "grønne"), ("blå", "blått", "blå"), ("gul", "gult", "gule"),
           ("hvit", "hvitt", "hvite"), ("oransje", "oransje", "oransje"), ("lilla", "lilla", "lilla"),
           ("rosa", "rosa", "rosa"), ("turkis", "turkis", "turkise"), ("varmhvit", "varmhvitt", "varmhvite")]

# (preposition, definite room)
ROOMS = [("på", "kjøkkenet"), ("i", "stua"), ("i", "stuen"), ("på", "soverommet"), ("på", "badet"), ("i", "gangen"),
         ("på", "kontoret"), ("i", "spisestua"), ("i", "garasjen"), ("på", "barnerommet"), ("i", "kjelleren"),
         ("på", "gjesterommet"), ("i", "entreen"), ("på", "vaskerommet"), ("på", "loftet")]

# (indefinite, definite) list names: the compound as said.
LISTS = [("handleliste", "handlelista"), ("handleliste", "handlelisten"), ("handlelapp", "handlelappen"),
         ("huskeliste", "huskelista"), ("pakkeliste", "pakkelista"), ("ønskeliste", "ønskelista"),
         ("gjøremålsliste", "gjøremålslista"), ("to do liste", "to do lista"), ("julegaveliste", "julegavelista"),
         ("ønskeliste", "ønskelisten")]

# (as said after "book" / "jeg har", definite) appointments.
EVENTS = [("tannlege", "tannlegen"), ("tannlegetime", "tannlegetimen"), ("legetime", "legetimen"), ("frisør", "frisøren"),
          ("frisørtime", "frisørtimen"), ("teammøte", "teammøtet"), ("yogatime", "yogatimen"), ("pianotime", "pianotimen"),
          ("fotballtrening", "fotballtreningen"), ("bokklubb", "bokklubben"), ("jobbintervju", "jobbintervjuet"),
          ("verkstedtime", "verkstedtimen"), ("veterinær", "veterinæren"), ("bursdagsfest", "bursdagsfesten"),
          ("foreldremøte", "foreldremøtet"), ("trening", "treningen"), ("lunsj", "lunsjen"),
          ("statusmøte", "statusmøtet"), ("prosjektmøte", "prosjektmøtet"), ("svømmetrening", "svømmetreningen")]

# (noun, article, definite) for meetings with a person.
MEETS = [("møte", "et", "møtet"), ("lunsj", "en", "lunsjen"), ("middag", "en", "middagen"),
         ("samtale", "en", "samtalen"), ("videomøte", "et", "videomøtet"), ("kaffeavtale", "en", "kaffeavtalen")]

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
WHEN = (["[date : i morgen]", "[date : i dag]", "[date : i overmorgen]"]
        + [f"på [date : {d}]" for d in WEEKDAYS] + ["neste [date : mandag]", "neste [date : fredag]"])


def vocab():
    one, two, three = items()
    pct = [f"{w} prosent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = syv([w for n in range(1, 11) for w in both(n)])
    all_parts = [p for h in range(1, 13) for p in clock_parts(h)] + clock_parts_24()
    return {
        "dur": durations(),
        "clock": [t for _, t in all_parts],
        "at_clock": at_clocks(all_parts),
        "at_cal_clock": at_clocks(calendar_parts()),
        "at_morning": at_clocks(bare(range(5, 10))),
        "at_evening": at_clocks(bare(range(6, 12))),
        "at_afternoon": at_clocks(bare(range(1, 6))),
        "when": WHEN,
        "for_day": ["for [date : i morgen]", "for [date : i dag]", "for [date : helgen]", "for [date : neste uke]"]
                   + [f"for [date : {d}]" for d in WEEKDAYS],
        "cal_when": WHEN + ["den [date : tolvte juni]", "den [date : tredje mars]", "den [date : femtende]",
                            "den [date : første april]", "på [date : julaften]", "på [date : syttende mai]",
                            "på [date : sankthansaften]"],
        "freq": ["hver dag", "hver ukedag", "alle hverdager", "på hverdager", "hver morgen", "hver mandag", "daglig"],
        "cal_freq": ["hver dag", "hver ukedag", "hver mandag", "hver uke", "annenhver uke", "hver fredag"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_def": [d for _, d in LISTS],
        "list_indef": [i for i, _ in LISTS],
        "shop_def": [d for _, d in LISTS[:4]],
        "shop_indef": [i for i, _ in LISTS[:4]],
        "list_plain": ["ferie", "gaver", "fest", "flytting", "hage", "helg", "hytta"],
        "in_room": [f"{p} [house_place : {r}]" for p, r in ROOMS],
        "lamp": ["lampa", "lampen", "taklampa", "taklampen", "gulvlampa", "skrivebordslampa", "nattbordslampa",
                 "leselampa", "vinduslampa", "lyslenka"],
        "lamps": ["lampene", "taklampene", "vinduslampene"],
        "col_c": [c for c, _, _ in COLOURS],
        "col_n": [n for _, n, _ in COLOURS],
        "col_p": [p for _, _, p in COLOURS],
        "pct_to": [f"til {p}" for p in pct],
        "pct_set": [f"til {p}" for p in pct[::2]] + [f"på {p}" for p in pct],
        "pct_by": [f"med {p}" for p in pct],
        "vol_to": [f"til {w}" for w in levels + pct[1::3]],
        "vol_set": [f"til {w}" for w in levels[::2]] + [f"på {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["litt", "litt til", "en tanke", "bittelitt", "litt mer"],
        "bit_cmp": ["litt", "en tanke", "bittelitt"],
        "event": [e for e, _ in EVENTS],
        "event_def": [d for _, d in EVENTS],
        "event_rec": ["trening", "teammøte", "statusmøte", "yogatime", "svømmetrening", "fotballtrening", "pianotime"],
        "meet": [m for m, _, _ in MEETS],
        "meet_art": [f"{a} [event_name : {m}]" for m, a, _ in MEETS],
        "meet_def": [d for _, _, d in MEETS],
        "person": ["ingrid", "ola", "kari", "lars", "nora", "jonas", "emma", "magnus", "sofie", "per", "henrik"],
        "city": ["oslo", "bergen", "trondheim", "stavanger", "tromsø", "kristiansand", "bodø", "stockholm",
                 "københavn", "london", "new york"],
        "weather_verb": ["regne", "snø", "blåse", "tordne"],
        "weather_adj": ["varmt", "kaldt", "sol", "overskyet", "vind", "pent vær"],
        "weather_how": ["varmt", "kaldt"],
        "expr": maths(),
        "vacuum": ["støvsugeren", "robotstøvsugeren"],
        "plug": ["[device_type : stikkontakten]", "den [device_type : smarte stikkontakten]", "[device_type : smartpluggen]",
                 "[device_type : kontakten]"],
        "coffee": ["espresso", "cappuccino", "latte", "cortado", "americano"],
        "genre": ["jazz", "rock", "klassisk musikk", "pop", "hiphop", "rolig musikk", "norsk musikk"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "sett en timer på {time=dur}",
        "sett på en timer på {time=dur}",
        "still inn en timer på {time=dur}",
        "timer på {time=dur}",
        "timer {time=dur}",
        "start en timer på {time=dur}",
        "kan du sette en timer på {time=dur}",
        "kan du sette på en timer på {time=dur}",
        "gidder du å sette en timer på {time=dur}",
        "jeg trenger en timer på {time=dur}",
        "sett timeren på {time=dur}",
        "en timer på {time=dur} takk",
        "start nedtelling fra {time=dur}",
        "vekk meg om {time=dur}",
        "si fra om {time=dur}",
        "sett eggeklokka på {time=dur}",
        "vennligst sett en timer på {time=dur}",
    ]),
    ("alarm_set", 48, [
        "sett en alarm {at_clock}",
        "sett en alarm på {time=clock}",
        "sett alarmen på {time=clock}",
        "still alarmen til {at_clock}",
        "still vekkerklokka på {time=clock}",
        "vekk meg {at_clock}",
        "alarm {at_clock}",
        "vekk meg {when} {at_clock}",
        "sett en alarm {when} {at_clock}",
        "still vekkerklokka på {time=clock} {when}",
        "vekk meg {at_morning} om [timeofday : morgenen]",
        "sett en alarm {at_morning} om [timeofday : morgenen]",
        "sett en alarm {at_evening} om [timeofday : kvelden]",
        "sett en alarm {at_afternoon} om [timeofday : ettermiddagen]",
        "vekk meg [date : i morgen] [timeofday : tidlig] {at_morning}",
        "sett en alarm [timeofday : i kveld] {at_evening}",
        "vekk meg {at_clock} {general_frequency=freq}",
        "sett en alarm {at_clock} {general_frequency=freq}",
        "sett en alarm {general_frequency=freq} {at_clock}",
        "kan du vekke meg {at_clock}",
        "kan du sette en alarm {at_clock}",
        "vil du vekke meg {at_clock} {when}",
        "jeg vil bli vekket {at_clock}",
        "jeg trenger en alarm {at_clock}",
        "ny alarm {at_clock}",
        "vekking {at_clock} takk",
        "vennligst sett en alarm på {time=clock}",
        "jeg må opp {at_clock} {when}",
    ]),
    ("alarm_query", 8, [
        "hvilke alarmer har jeg", "vis alarmene mine", "når ringer vekkerklokka", "når går alarmen min",
        "hva er alarmen satt til", "hvor lang tid er det igjen på timeren", "hvor mye tid er det igjen på timeren",
        "har jeg en alarm {when}", "er vekkerklokka stilt", "hvilke alarmer er på", "har jeg stilt inn noen alarmer",
    ]),
    ("alarm_remove", 10, [
        "slett alarmen min", "slett alle alarmer", "skru av timeren", "stopp timeren", "avbryt timeren",
        "slå av vekkerklokka", "slett alarmen {at_clock}", "slett alarmen {when}", "fjern alarmen på {time=clock}",
        "slett alarmen {when} {at_clock}", "slå av alarmen", "slett alle timere", "slå av alarmen {when}",
    ]),
    ("lists_createoradd", 34, [
        "legg til {items} på {list_name=shop_def}",
        "legg til {items} i {list_name=shop_def}",
        "legg til {items} på min {list_name=shop_indef}",
        "sett {items} på {list_name=shop_def}",
        "skriv opp {items} på {list_name=shop_def}",
        "legg til {items} på lista",
        "skriv {items} på lista",
        "kan du legge til {items} på {list_name=shop_def}",
        "kan du skrive opp {items} på min {list_name=shop_indef}",
        "{items} på {list_name=shop_def}",
        "jeg trenger {items} skriv det på {list_name=shop_def}",
        "vi er tomme for {item} skriv det opp på {list_name=shop_def}",
        "legg til {items2} på lista takk",
        "legg til {item} på {list_name=shop_def} også",
    ]),
    ("lists_createoradd", 12, [
        "lag en (ny |){list_name=list_indef}",
        "opprett en (ny |){list_name=list_indef}",
        "start en ny {list_name=list_indef}",
        "lag en (ny |)liste som heter {list_name=list_plain}",
        "ny liste {list_name=list_plain}",
        "lag en ny liste",
        "kan du lage en ny {list_name=list_indef}",
    ]),
    ("lists_remove", 18, [
        "fjern {item} fra {list_name=shop_def}",
        "fjern {item} fra min {list_name=shop_indef}",
        "slett {item} fra {list_name=shop_def}",
        "ta {item} av {list_name=shop_def}",
        "ta {item} av lista",
        "fjern {item} fra lista",
        "kryss av {item} på {list_name=shop_def}",
        "stryk {item} fra {list_name=shop_def}",
        "slett {list_name=list_def}",
        "slett min {list_name=list_indef}",
        "tøm {list_name=list_def}",
    ]),
    ("lists_query", 16, [
        "hva står på {list_name=list_def}",
        "hva står det på {list_name=list_def}",
        "hva har jeg på min {list_name=list_indef}",
        "les opp {list_name=list_def}",
        "les opp min {list_name=list_indef}",
        "vis {list_name=list_def}",
        "vis meg {list_name=list_def}",
        "hva står det på lista",
        "hvilke lister har jeg",
        "står {item} på {list_name=shop_def}",
        "har jeg skrevet opp {item} på {list_name=shop_def}",
        "vis listene mine",
    ]),
    ("iot_hue_lighton", 36, [
        "slå på (lyset|lampa|lampene)",
        "skru på (lyset|lampa|lampene)",
        "tenn (lyset|lampa|lampene)",
        "slå på lyset {in_room}",
        "skru på lyset {in_room}",
        "tenn lyset {in_room}",
        "skru på (lampa|lampene) {in_room}",
        "slå på {device_type=lamp}",
        "skru på {device_type=lamp}",
        "tenn {device_type=lamp}",
        "skru på {device_type=lamps}",
        "slå på {device_type=lamp} {in_room}",
        "slå på alle lysene",
        "skru på alle lysene {in_room}",
        "kan du skru på (lyset|lampa)",
        "kan du slå på lyset {in_room}",
        "kan du tenne {device_type=lamp}",
        "vil du skru på lyset {in_room}",
        "gidder du å skru på lyset",
        "skru på lyset da",
        "skru på lyset takk",
        "vennligst slå på lyset {in_room}",
        "det er for mørkt her skru på lyset",
        "kan vi få litt lys {in_room}",
        "jeg vil ha lys {in_room}",
        "lys på takk",
    ]),
    ("iot_hue_lightoff", 24, [
        "slå av (lyset|lampa|lampene)",
        "skru av (lyset|lampa|lampene)",
        "slukk (lyset|lampa|lampene)",
        "slå av lyset {in_room}",
        "skru av lyset {in_room}",
        "slukk lyset {in_room}",
        "slå av {device_type=lamp}",
        "slukk {device_type=lamp}",
        "skru av {device_type=lamps}",
        "slå av alle lysene",
        "slukk alle lysene {in_room}",
        "kan du skru av lyset",
        "kan du slukke lyset {in_room}",
        "gidder du å slå av lyset",
        "skru av lyset takk",
        "vennligst slukk lysene {in_room}",
        "lys av takk",
    ]),
    ("iot_hue_lightup", 14, [
        "skru opp lyset", "gjør lyset sterkere", "mer lys", "lysere", "øk lysstyrken", "gjør det lysere {in_room}",
        "skru opp lyset {in_room}", "øk lysstyrken {change_amount=pct_by}", "gjør lyset {change_amount=bit_cmp} sterkere",
        "skru opp lysstyrken {change_amount=pct_to}", "lysere takk", "gjør {device_type=lamp} lysere",
        "skru opp lyset {change_amount=bit}",
    ]),
    ("iot_hue_lightdim", 14, [
        "demp lyset", "dim lyset", "skru ned lyset", "gjør lyset svakere", "mindre lys", "senk lysstyrken",
        "demp lyset {in_room}", "demp lyset {change_amount=bit}", "skru ned lyset {change_amount=pct_to}",
        "lyset er for sterkt", "senk lysstyrken {change_amount=pct_by}", "demp {device_type=lamp}", "svakere lys takk",
        "dim lyset {in_room}",
    ]),
    ("iot_hue_lightchange", 26, [
        "gjør lyset {color_type=col_n}",
        "gjør lysene {color_type=col_p}",
        "gjør lampa {color_type=col_c}",
        "endre fargen til {color_type=col_c}",
        "endre fargen på lyset til {color_type=col_c}",
        "bytt farge på lysene til {color_type=col_c}",
        "gjør lyset {in_room} {color_type=col_n}",
        "gjør lysene {in_room} {color_type=col_p}",
        "{color_type=col_n} lys takk",
        "kan du gjøre lyset {color_type=col_n}",
        "sett lyset {change_amount=pct_set}",
        "sett lysstyrken {change_amount=pct_set}",
        "still lysstyrken {change_amount=pct_set}",
        "lysstyrke {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "skru opp", "skru opp lyden", "skru opp volumet", "skru opp musikken", "høyere", "mer lyd", "øk volumet",
        "volum opp", "{change_amount=bit_cmp} høyere", "skru opp {change_amount=bit}", "jeg hører ikke noe skru opp",
        "kan du skru opp", "høyere takk", "øk volumet {change_amount=bit}",
    ]),
    ("audio_volume_up", 12, [
        "sett volumet {change_amount=vol_set}", "volum {change_amount=vol_to}", "volum {change_amount=vol_bare}",
        "skru opp volumet {change_amount=vol_to}", "skru opp lyden {change_amount=vol_to}", "øk volumet {change_amount=vol_to}",
        "still volumet {change_amount=vol_set}", "endre volumet {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "skru ned", "skru ned lyden", "skru ned volumet", "skru ned musikken", "lavere", "mindre lyd", "senk volumet",
        "det er for høyt", "ikke så høyt", "{change_amount=bit_cmp} lavere", "skru ned {change_amount=bit}",
        "senk volumet {change_amount=vol_to}", "skru ned {change_amount=vol_to}", "kan du skru ned", "lavere takk",
    ]),
    ("audio_volume_mute", 9, [
        "slå av lyden", "skru av lyden", "lyd av", "mute", "hysj", "vær stille", "slå av lyden på høyttaleren",
        "slå av lyden takk", "stille",
    ]),
    ("calendar_set", 40, [
        "legg inn {event_name=event} i kalenderen {cal_when} {at_cal_clock}",
        "legg inn {event_name=event} {cal_when} {at_cal_clock}",
        "legg til {event_name=event} i kalenderen {cal_when} {at_cal_clock}",
        "skriv {event_name=event} inn i kalenderen {cal_when}",
        "book {event_name=event} {cal_when} {at_cal_clock}",
        "book {meet_art} med {person=person} {cal_when} {at_cal_clock}",
        "{event_name=meet} med {person=person} {cal_when} {at_cal_clock}",
        "sett opp {meet_art} med {person=person} {cal_when} {at_cal_clock}",
        "opprett en hendelse som heter {event_name=event} {cal_when} {at_cal_clock}",
        "ny avtale {event_name=event} {cal_when} {at_cal_clock}",
        "jeg har {event_name=event} {cal_when} {at_cal_clock} legg det inn i kalenderen",
        "minn meg på {event_name=event} {cal_when} {at_cal_clock}",
        "legg inn {event_name=event} {cal_when} {at_afternoon} om [timeofday : ettermiddagen]",
        "kan du legge inn {event_name=event} i kalenderen {cal_when} {at_cal_clock}",
        "legg inn {event_name=event_rec} {general_frequency=cal_freq} {at_cal_clock}",
        "legg {event_name=event} inn i kalenderen {cal_when}",
    ]),
    ("calendar_query", 14, [
        "hva har jeg i kalenderen {cal_when}", "hva står i kalenderen", "hva skal jeg {cal_when}", "har jeg noe {cal_when}",
        "vis kalenderen min {for_day}", "når har jeg {event_name=event}", "hva er neste avtale",
        "hvilke avtaler har jeg {cal_when}", "les opp kalenderen min", "har jeg {event_name=event} {cal_when}",
        "hva tid har jeg {event_name=event}", "er jeg ledig {cal_when}", "hvordan ser dagen min ut [date : i morgen]",
    ]),
    ("calendar_remove", 10, [
        "slett {event_name=event_def} {cal_when}", "slett {event_name=event_def} fra kalenderen", "avlys {event_name=event_def}",
        "fjern {event_name=event_def} {cal_when}", "slett [event_name : {meet_def}] med {person=person}",
        "tøm kalenderen {cal_when}", "slett alle avtaler {cal_when}", "avlys {event_name=event_def} {cal_when}",
    ]),
    ("qa_maths", 24, [
        "hva er {expr}", "hvor mye er {expr}", "hva blir {expr}", "regn ut {expr}", "{expr}", "kan du regne ut {expr}",
        "vet du hva {expr} er", "beregn {expr}",
    ]),
    ("datetime_query", 18, [
        "hva er klokka", "hvor mye er klokka", "hva er klokken nå", "vet du hva klokka er", "hvilken dag er det [date : i dag]",
        "hvilken dato er det [date : i dag]", "hva er datoen [date : i dag]", "hvilken dato er det [date : i morgen]",
        "hvilken ukedag er det [date : i morgen]", "hva er klokka i {place_name=city}", "hvor mye er klokka i {place_name=city}",
        "hvilken ukedag er [date : julaften] i år", "hvilken dato er det på [date : fredag]", "hvilken uke er det",
        "hva er datoen", "hva slags dag er det [date : i dag]",
    ]),
    ("weather_query", 18, [
        "hvordan blir været {when}", "hvordan er været", "været {when}", "været i {place_name=city}",
        "hvordan blir været i {place_name=city} {when}", "kommer det til å {weather_descriptor=weather_verb} {when}",
        "blir det [weather_descriptor : regn] {when}", "[weather_descriptor : regner] det i {place_name=city}",
        "trenger jeg [weather_descriptor : paraply] {when}", "hvor {weather_descriptor=weather_how} blir det {when}",
        "hvor mange grader er det ute", "hva er [weather_descriptor : temperaturen] ute", "værmeldingen {for_day}",
        "blir det {weather_descriptor=weather_adj} {when}", "hvordan er været ute", "hva sier værmeldingen",
    ]),
    ("general_joke", 5, ["fortell en vits", "fortell meg en vits", "si noe morsomt", "kan du en god vits",
                         "få meg til å le", "fortell en morsom vits"]),
    ("general_greet", 5, ["hei", "hallo", "god morgen", "hei hvordan går det", "god kveld", "heisann", "hei hei"]),
    ("iot_coffee", 5, ["lag en kopp kaffe", "lag kaffe", "trakt kaffe", "jeg vil ha en kopp kaffe",
                       "lag en {coffee_type=coffee} til meg", "skru på kaffemaskinen", "start kaffetrakteren"]),
    ("iot_cleaning", 5, ["start støvsugeren", "støvsug {in_room}", "gjør rent {in_room}", "start {device_type=vacuum}",
                         "skru på {device_type=vacuum}", "sett i gang {device_type=vacuum}"]),
    ("iot_wemo_on", 4, ["slå på {plug}", "skru på {plug}"]),
    ("iot_wemo_off", 4, ["slå av {plug}", "skru av {plug}"]),
    ("play_music", 5, ["spill musikk", "spill litt {music_genre=genre}", "spill {music_genre=genre}", "sett på litt musikk",
                       "sett på litt {music_genre=genre}"]),
    ("play_radio", 3, ["skru på radioen", "spill radio", "slå på radioen"]),
]
