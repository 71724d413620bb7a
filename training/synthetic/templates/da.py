"""Danish (da-DK) command templates. Pattern language: see ../README.md.

Clock times: "halv otte" is 7:30, "kvart over syv" 7:15, "kvart i otte" 7:45, "fem minutter i halv
otte" 7:25, "fem over halv otte" 7:35, "ti minutter over syv" 7:10; one o'clock is "klokken et";
24-hour times ("klokken nitten", "19:30") as well. "klokken" is inside the time slot ("[time : klokken
syv]"), as most of MASSIVE's da-DK records write it; "til" / "om" / "på" stay outside ("væk mig om
[time : ti minutter]"); the part of the day is its own slot ("om [timeofday : morgenen]", "[date : i
morgen] [timeofday : tidlig]"). Dates as MASSIVE writes them: "[date : i dag]", "[date : i morgen]",
"på [date : fredag]", "næste [date : fredag]", "den [date : tolvte juni]". Rooms, lamps and lists in
the definite form the sentence needs, the suffix inside the slot ("i [house_place : køkkenet]",
"tænd [device_type : loftlampen]", "på [list_name : indkøbslisten]", "min [list_name : indkøbsliste]");
change_amount keeps its preposition ("[change_amount : til halvtreds procent]"), color_type does not
("til [color_type : rød]"). Colours agree with the noun (lyset blåt, lamperne røde, lampen rød).
Address is "du" throughout (formal "De" is not used with assistants); politeness comes from "kan du",
"vil du", "gider du", "lige", "venligst", "tak".
"""
from generate import tens_units

SMALL = ("nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten "
         "nitten").split()
TENS = dict(zip(range(20, 100, 10), "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems".split()))
num = tens_units(SMALL, TENS, lambda t, u: u + "og" + t, "hundrede")


def both(n):
    return [str(n), num(n)]


def hour(n):
    """An hour of the clock: klokken et, not klokken en."""
    return "et" if n == 1 else num(n)


def durations():
    out = ["et minut", "1 minut", "en time", "1 time", "en halv time", "halvanden time", "et kvarter", "tre kvarter",
           "to timer", "2 timer", "halvandet minut", "to og et halvt minut", "en time og et kvarter",
           "en time og tredive minutter", "to minutter og tredive sekunder"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minutter" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} sekunder" for w in both(n)]
    return out


def clock_parts(h):
    """(needs_klokken, text) for an hour 1..12: bare hours are said with "klokken" (or after "til")."""
    w, nxt = hour(h), hour(h % 12 + 1)
    return [(True, str(h)), (True, w), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{h}:45"),
            (False, f"halv {nxt}"), (False, f"kvart over {w}"), (False, f"kvart i {nxt}"),
            (False, f"ti minutter over {w}"), (False, f"ti over {w}"), (False, f"fem minutter i halv {nxt}"),
            (False, f"fem over halv {nxt}"), (False, f"tyve minutter i {nxt}")]


def clock_parts_24():
    out = []
    for h in range(13, 24):
        out += [(True, str(h)), (True, num(h)), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{num(h)} tredive")]
    out += [(True, f"0{h}:{m}") for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def clocks(parts):
    """The time slot's text after "til": "syv", "klokken syv", "halv syv", "klokken halv syv"."""
    out = []
    for needs, t in parts:
        out += [f"klokken {t}", t]
    return out


def at_clocks(parts):
    """A clock time said on its own: "[time : klokken syv]" or "[time : halv syv]"."""
    out = []
    for needs, t in parts:
        out.append(f"[time : klokken {t}]")
        if not needs:
            out.append(f"[time : {t}]")
    return out


def bare(hours):
    out = []
    for h in hours:
        keep = (str(h), hour(h), f"halv {hour(h % 12 + 1)}", f"kvart over {hour(h)}", f"{h}:30")
        out += [p for p in clock_parts(h) if p[1] in keep]
    return out


def calendar_parts():
    out = [(True, "tolv"), (True, "12"), (False, "halv et")]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [(True, str(h)), (True, num(h)), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{h}:45"),
                (False, f"halv {hour(h12 % 12 + 1)}"), (False, f"kvart over {hour(h12)}"),
                (False, f"kvart i {hour(h12 % 12 + 1)}")]
    return out


def items():
    one = ["mælk", "æg", "brød", "æbler", "pærer", "bananer", "smør", "ost", "kaffe", "ris", "pasta", "tomater",
           "toiletpapir", "opvaskemiddel", "appelsinjuice", "yoghurt", "kylling", "løg", "kartofler", "gulerødder",
           "olivenolie", "sukker", "mel", "havremælk", "kattemad", "batterier", "citroner", "hvidløg", "rugbrød",
           "leverpostej"]
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
        for op in ("gange", "plus", "minus", "divideret med", "delt med"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 procent af 150", "femten procent af firs", "kvadratroden af 144", "kvadratroden af enogfirs",
            "2 i tiende potens", "syv i anden"]
    return out


# Colours: (common gender, neuter, plural / definite).
COLOURS = [("rød", "rødt", "røde"), ("grøn", "grønt", "grønne"), ("blå", "blåt", "blå"), ("gul", "gult", "gule"),
           ("hvid", "hvidt", "hvide"), ("orange", "orange", "orange"), ("lilla", "lilla", "lilla"),
           ("lyserød", "lyserødt", "lyserøde"), ("pink", "pink", "pink"), ("varmhvid", "varmhvidt", "varmhvide")]

# (preposition, definite room)
ROOMS = [("i", "køkkenet"), ("i", "stuen"), ("i", "soveværelset"), ("på", "badeværelset"), ("i", "gangen"),
         ("på", "kontoret"), ("i", "spisestuen"), ("i", "garagen"), ("på", "børneværelset"), ("i", "kælderen"),
         ("på", "gæsteværelset"), ("i", "entreen"), ("i", "bryggerset"), ("på", "værelset")]

# (indefinite, definite) list names: the compound as said.
LISTS = [("indkøbsliste", "indkøbslisten"), ("indkøbsseddel", "indkøbssedlen"), ("handleliste", "handlelisten"),
         ("huskeliste", "huskelisten"), ("pakkeliste", "pakkelisten"), ("ønskeliste", "ønskelisten"),
         ("ønskeseddel", "ønskesedlen"), ("to do liste", "to do listen"), ("opgaveliste", "opgavelisten"),
         ("julegaveliste", "julegavelisten")]

# (as said after "book" / "jeg har", definite) appointments.
EVENTS = [("tandlæge", "tandlægen"), ("tandlægetid", "tandlægetiden"), ("lægetid", "lægetiden"), ("frisør", "frisøren"),
          ("frisørtid", "frisørtiden"), ("teammøde", "teammødet"), ("yogatime", "yogatimen"), ("klavertime", "klavertimen"),
          ("fodboldtræning", "fodboldtræningen"), ("bogklub", "bogklubben"), ("jobsamtale", "jobsamtalen"),
          ("bilsyn", "bilsynet"), ("dyrlæge", "dyrlægen"), ("fødselsdagsfest", "fødselsdagsfesten"),
          ("forældremøde", "forældremødet"), ("træning", "træningen"), ("frokost", "frokosten"),
          ("statusmøde", "statusmødet"), ("projektmøde", "projektmødet"), ("svømning", "svømningen")]

# (noun, article, definite) for meetings with a person.
MEETS = [("møde", "et", "mødet"), ("frokost", "en", "frokosten"), ("middag", "en", "middagen"),
         ("opkald", "et", "opkaldet"), ("videomøde", "et", "videomødet"), ("kaffeaftale", "en", "kaffeaftalen")]

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
WHEN = (["[date : i morgen]", "[date : i dag]", "[date : i overmorgen]"]
        + [f"på [date : {d}]" for d in WEEKDAYS] + ["næste [date : mandag]", "næste [date : fredag]"])


def vocab():
    one, two, three = items()
    pct = [f"{w} procent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    all_parts = [p for h in range(1, 13) for p in clock_parts(h)] + clock_parts_24()
    return {
        "dur": durations(),
        "clock": clocks(all_parts),
        "at_clock": at_clocks(all_parts),
        "at_cal_clock": at_clocks(calendar_parts()),
        "at_morning": at_clocks(bare(range(5, 10))),
        "at_evening": at_clocks(bare(range(6, 12))),
        "at_afternoon": at_clocks(bare(range(1, 6))),
        "when": WHEN,
        "for_day": ["for [date : i morgen]", "for [date : i dag]", "for [date : weekenden]", "for [date : næste uge]"]
                   + [f"for [date : {d}]" for d in WEEKDAYS],
        "cal_when": WHEN + ["den [date : tolvte juni]", "den [date : tredje marts]", "den [date : femtende]",
                            "den [date : første april]", "[date : juleaften]", "på [date : lørdag]",
                            "[date : sankthansaften]"],
        "freq": ["hver dag", "hver hverdag", "alle hverdage", "på hverdage", "hver morgen", "hver mandag", "dagligt"],
        "cal_freq": ["hver dag", "hver hverdag", "hver mandag", "hver uge", "hver anden uge", "hver fredag"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_def": [d for _, d in LISTS],
        "list_indef": [i for i, _ in LISTS],
        "shop_def": [d for _, d in LISTS[:4]],
        "shop_indef": [i for i, _ in LISTS[:4]],
        "list_plain": ["ferie", "gaver", "fest", "flytning", "have", "weekend", "sommerhus"],
        "in_room": [f"{p} [house_place : {r}]" for p, r in ROOMS],
        "lamp": ["lampen", "loftlampen", "gulvlampen", "skrivebordslampen", "sengelampen", "læselampen",
                 "standerlampen", "vindueslampen", "lyskæden"],
        "lamps": ["lamperne", "loftlamperne", "spotlysene"],
        "col_c": [c for c, _, _ in COLOURS],
        "col_n": [n for _, n, _ in COLOURS],
        "col_p": [p for _, _, p in COLOURS],
        "pct_to": [f"til {p}" for p in pct],
        "pct_by": [f"med {p}" for p in pct],
        "vol_to": [f"til {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["lidt", "en smule", "en anelse", "lidt mere"],
        "bit_cmp": ["lidt", "en smule", "en anelse"],
        "event": [e for e, _ in EVENTS],
        "event_def": [d for _, d in EVENTS],
        "event_rec": ["træning", "teammøde", "statusmøde", "yogatime", "svømning", "fodboldtræning", "klavertime"],
        "meet": [m for m, _, _ in MEETS],
        "meet_art": [f"{a} [event_name : {m}]" for m, a, _ in MEETS],
        "meet_def": [d for _, _, d in MEETS],
        "person": ["mette", "søren", "anne", "lars", "jonas", "ida", "mikkel", "freja", "peter", "camilla", "rasmus"],
        "city": ["københavn", "aarhus", "odense", "aalborg", "esbjerg", "skagen", "stockholm", "oslo", "berlin",
                 "london", "paris"],
        "weather_verb": ["regne", "sne", "blæse", "tordne"],
        "weather_adj": ["varmt", "koldt", "solskin", "overskyet", "blæsende"],
        "weather_how": ["varmt", "koldt"],
        "expr": maths(),
        "vacuum": ["støvsugeren", "robotstøvsugeren"],
        "plug": ["[device_type : stikkontakten]", "det [device_type : smarte stik]", "[device_type : stikket]",
                 "[device_type : smartstikket]", "den [device_type : smarte stikkontakt]"],
        "coffee": ["espresso", "cappuccino", "latte", "cortado", "americano"],
        "genre": ["jazz", "rock", "klassisk musik", "pop", "hiphop", "rolig musik", "dansk musik"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "sæt en timer på {time=dur}",
        "sæt timeren på {time=dur}",
        "sæt lige en timer på {time=dur}",
        "start en timer på {time=dur}",
        "timer {time=dur}",
        "timer på {time=dur}",
        "indstil en timer på {time=dur}",
        "kan du sætte en timer på {time=dur}",
        "vil du sætte en timer på {time=dur}",
        "gider du sætte en timer på {time=dur}",
        "jeg skal bruge en timer på {time=dur}",
        "jeg har brug for en timer på {time=dur}",
        "en timer på {time=dur} tak",
        "start en nedtælling på {time=dur}",
        "væk mig om {time=dur}",
        "sig til om {time=dur}",
        "sæt æggeuret på {time=dur}",
        "venligst sæt en timer på {time=dur}",
    ]),
    ("alarm_set", 48, [
        "sæt en alarm {at_clock}",
        "sæt en alarm til {time=clock}",
        "sæt alarmen til {time=clock}",
        "stil vækkeuret til {time=clock}",
        "sæt vækkeuret til {time=clock}",
        "væk mig {at_clock}",
        "alarm {at_clock}",
        "alarm til {time=clock}",
        "væk mig {when} {at_clock}",
        "sæt en alarm {when} {at_clock}",
        "sæt alarmen til {time=clock} {when}",
        "væk mig {at_morning} om [timeofday : morgenen]",
        "sæt en alarm {at_morning} om [timeofday : morgenen]",
        "sæt en alarm {at_evening} om [timeofday : aftenen]",
        "sæt en alarm {at_afternoon} om [timeofday : eftermiddagen]",
        "væk mig [date : i morgen] [timeofday : tidlig] {at_morning}",
        "sæt en alarm [timeofday : i aften] {at_evening}",
        "væk mig {at_clock} {general_frequency=freq}",
        "sæt en alarm {at_clock} {general_frequency=freq}",
        "sæt en alarm {general_frequency=freq} {at_clock}",
        "kan du vække mig {at_clock}",
        "kan du sætte en alarm {at_clock}",
        "vil du vække mig {at_clock} {when}",
        "jeg vil gerne vækkes {at_clock}",
        "jeg skal bruge en alarm {at_clock}",
        "ny alarm {at_clock}",
        "vækning {at_clock} tak",
        "venligst sæt en alarm til {time=clock}",
        "jeg skal op {at_clock} {when}",
    ]),
    ("alarm_query", 8, [
        "hvilke alarmer har jeg", "vis mine alarmer", "hvornår ringer vækkeuret", "hvornår går min alarm",
        "hvad er alarmen sat til", "hvor lang tid er der tilbage på timeren", "hvor meget tid er der tilbage på timeren",
        "har jeg en alarm {when}", "er vækkeuret sat", "hvilke alarmer er slået til", "har jeg sat en alarm",
    ]),
    ("alarm_remove", 10, [
        "slet min alarm", "slet alle alarmer", "sluk timeren", "stop timeren", "annuller timeren", "slå vækkeuret fra",
        "slet alarmen {at_clock}", "slet alarmen {when}", "fjern alarmen til {time=clock}", "slet alarmen {when} {at_clock}",
        "sluk alarmen", "slet alle timere", "slå alarmen fra {when}",
    ]),
    ("lists_createoradd", 34, [
        "tilføj {items} til {list_name=shop_def}",
        "tilføj {items} til min {list_name=shop_indef}",
        "skriv {items} på {list_name=shop_def}",
        "sæt {items} på {list_name=shop_def}",
        "føj {items} til {list_name=shop_def}",
        "skriv {items} på listen",
        "sæt lige {items} på listen",
        "tilføj {items} til listen",
        "kan du skrive {items} på {list_name=shop_def}",
        "kan du tilføje {items} til min {list_name=shop_indef}",
        "{items} på {list_name=shop_def}",
        "jeg mangler {items} skriv det på {list_name=shop_def}",
        "vi er løbet tør for {item} skriv det på {list_name=shop_def}",
        "skriv {items2} på listen tak",
        "skriv også {item} på {list_name=shop_def}",
    ]),
    ("lists_createoradd", 12, [
        "opret en (ny |){list_name=list_indef}",
        "lav en (ny |){list_name=list_indef}",
        "start en ny {list_name=list_indef}",
        "opret en (ny |)liste der hedder {list_name=list_plain}",
        "ny liste {list_name=list_plain}",
        "lav en ny liste",
        "kan du oprette en ny {list_name=list_indef}",
    ]),
    ("lists_remove", 18, [
        "fjern {item} fra {list_name=shop_def}",
        "fjern {item} fra min {list_name=shop_indef}",
        "slet {item} fra {list_name=shop_def}",
        "tag {item} af {list_name=shop_def}",
        "tag {item} af listen",
        "fjern {item} fra listen",
        "streg {item} ud på {list_name=shop_def}",
        "slet {list_name=list_def}",
        "slet min {list_name=list_indef}",
        "ryd {list_name=list_def}",
        "tøm {list_name=list_def}",
    ]),
    ("lists_query", 16, [
        "hvad står der på {list_name=list_def}",
        "hvad har jeg på min {list_name=list_indef}",
        "læs {list_name=list_def} op",
        "læs min {list_name=list_indef} op",
        "vis {list_name=list_def}",
        "vis mig {list_name=list_def}",
        "hvad står der på listen",
        "hvilke lister har jeg",
        "står {item} på {list_name=shop_def}",
        "har jeg skrevet {item} på {list_name=shop_def}",
        "vis mine lister",
        "hvad er der på min {list_name=list_indef}",
    ]),
    ("iot_hue_lighton", 36, [
        "tænd (lyset|lampen|lamperne)",
        "tænd for lyset",
        "tænd lys",
        "tænd {in_room}",
        "tænd (lyset|lampen|lamperne) {in_room}",
        "tænd for lyset {in_room}",
        "tænd {device_type=lamp}",
        "tænd {device_type=lamps}",
        "tænd {device_type=lamp} {in_room}",
        "tænd alt lyset",
        "tænd alle lamperne {in_room}",
        "tænd lige lyset",
        "tænd lige {in_room}",
        "slå lyset til",
        "slå lyset til {in_room}",
        "tænd belysningen",
        "kan du tænde (lyset|lampen|lamperne)",
        "kan du tænde {in_room}",
        "kan du tænde {device_type=lamp}",
        "vil du tænde lyset {in_room}",
        "gider du tænde lyset",
        "gider du lige tænde {device_type=lamp}",
        "tænd lyset tak",
        "venligst tænd lyset {in_room}",
        "det er for mørkt herinde tænd lyset",
        "kan vi få noget lys {in_room}",
        "jeg vil gerne have lyset tændt {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "sluk (lyset|lampen|lamperne)",
        "sluk for lyset",
        "sluk {in_room}",
        "sluk (lyset|lampen|lamperne) {in_room}",
        "sluk for lyset {in_room}",
        "sluk {device_type=lamp}",
        "sluk {device_type=lamps}",
        "sluk alt lyset",
        "sluk alle lamperne",
        "sluk lige lyset",
        "slå lyset fra",
        "slå lyset fra {in_room}",
        "kan du slukke (lyset|lampen|lamperne)",
        "kan du slukke {in_room}",
        "gider du slukke lyset",
        "sluk lyset tak",
        "venligst sluk lamperne {in_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "skru op for lyset", "gør lyset kraftigere", "mere lys", "lysere", "øg lysstyrken", "skru lyset op",
        "gør det lysere {in_room}", "skru op for lyset {in_room}", "øg lysstyrken {change_amount=pct_by}",
        "gør lyset {change_amount=bit_cmp} kraftigere", "skru lysstyrken op {change_amount=pct_to}", "lysere tak",
        "gør {device_type=lamp} lysere", "skru {change_amount=bit} op for lyset",
    ]),
    ("iot_hue_lightdim", 14, [
        "dæmp lyset", "dæmp belysningen", "skru ned for lyset", "gør lyset svagere", "mindre lys", "sænk lysstyrken",
        "dæmp lyset {in_room}", "dæmp lyset {change_amount=bit}", "skru lyset ned {change_amount=pct_to}",
        "lyset er for skarpt", "skru lyset ned", "sænk lysstyrken {change_amount=pct_by}", "dæmp {device_type=lamp}",
        "skru {change_amount=bit} ned for lyset", "svagere lys tak",
    ]),
    ("iot_hue_lightchange", 26, [
        "gør lyset {color_type=col_n}",
        "gør lamperne {color_type=col_p}",
        "gør lampen {color_type=col_c}",
        "skift farven til {color_type=col_c}",
        "skift farven på lyset til {color_type=col_c}",
        "skift farve på lamperne til {color_type=col_c}",
        "ændr farven på lyset til {color_type=col_c}",
        "gør lyset {in_room} {color_type=col_n}",
        "gør lamperne {in_room} {color_type=col_p}",
        "{color_type=col_n} lys tak",
        "kan du gøre lyset {color_type=col_n}",
        "sæt lyset {change_amount=pct_to}",
        "sæt lysstyrken {change_amount=pct_to}",
        "indstil lysstyrken {change_amount=pct_to}",
        "lysstyrke {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "skru op", "skru op for lyden", "skru op for musikken", "højere", "mere lyd", "hæv lydstyrken", "øg lydstyrken",
        "skru lyden op", "{change_amount=bit_cmp} højere", "skru {change_amount=bit} op", "jeg kan ikke høre det skru op",
        "kan du skrue op", "skru lige op", "højere tak", "volumen op",
    ]),
    ("audio_volume_up", 12, [
        "sæt lydstyrken {change_amount=vol_to}", "lydstyrke {change_amount=vol_to}", "lydstyrke {change_amount=vol_bare}",
        "skru op {change_amount=vol_to}", "skru lyden op {change_amount=vol_to}", "sæt volumen {change_amount=vol_to}",
        "skru op for lyden {change_amount=vol_to}", "øg lydstyrken {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "skru ned", "skru ned for lyden", "skru ned for musikken", "lavere", "mindre lyd", "sænk lydstyrken",
        "skru lyden ned", "det er for højt", "ikke så højt", "{change_amount=bit_cmp} lavere", "skru {change_amount=bit} ned",
        "sænk lydstyrken {change_amount=vol_to}", "skru ned {change_amount=vol_to}", "kan du skrue ned", "skru lige ned",
        "lavere tak",
    ]),
    ("audio_volume_mute", 9, [
        "slå lyden fra", "sluk for lyden", "sluk lyden", "lyd fra", "mute", "ti stille", "vær stille",
        "slå lyden fra på højttaleren", "slå lyden fra tak", "stille",
    ]),
    ("calendar_set", 40, [
        "sæt {event_name=event} i kalenderen {cal_when} {at_cal_clock}",
        "skriv {event_name=event} i kalenderen {cal_when} {at_cal_clock}",
        "tilføj {event_name=event} til kalenderen {cal_when} {at_cal_clock}",
        "skriv {event_name=event} ind i kalenderen {cal_when}",
        "book {event_name=event} {cal_when} {at_cal_clock}",
        "book {meet_art} med {person=person} {cal_when} {at_cal_clock}",
        "{event_name=meet} med {person=person} {cal_when} {at_cal_clock}",
        "sæt {meet_art} med {person=person} i kalenderen {cal_when} {at_cal_clock}",
        "opret en begivenhed der hedder {event_name=event} {cal_when} {at_cal_clock}",
        "ny aftale {event_name=event} {cal_when} {at_cal_clock}",
        "jeg har {event_name=event} {cal_when} {at_cal_clock} skriv det i kalenderen",
        "mind mig om {event_name=event} {cal_when} {at_cal_clock}",
        "sæt {event_name=event} i kalenderen {cal_when} {at_afternoon} om [timeofday : eftermiddagen]",
        "kan du sætte {event_name=event} i kalenderen {cal_when} {at_cal_clock}",
        "sæt {event_name=event_rec} i kalenderen {general_frequency=cal_freq} {at_cal_clock}",
        "læg {event_name=event} ind i kalenderen {cal_when}",
    ]),
    ("calendar_query", 14, [
        "hvad har jeg i kalenderen {cal_when}", "hvad står der i kalenderen", "hvad skal jeg {cal_when}",
        "har jeg noget {cal_when}", "vis min kalender {for_day}", "hvornår har jeg {event_name=event}",
        "hvad er min næste aftale", "hvilke aftaler har jeg {cal_when}", "læs min kalender op",
        "har jeg {event_name=event} {cal_when}", "hvad tid har jeg {event_name=event}", "er jeg ledig {cal_when}",
        "hvordan ser min dag ud [date : i morgen]",
    ]),
    ("calendar_remove", 10, [
        "slet {event_name=event_def} {cal_when}", "slet {event_name=event_def} fra kalenderen", "aflys {event_name=event_def}",
        "fjern {event_name=event_def} {cal_when}", "slet [event_name : {meet_def}] med {person=person}",
        "ryd kalenderen {cal_when}", "slet alle aftaler {cal_when}", "aflys {event_name=event_def} {cal_when}",
    ]),
    ("qa_maths", 24, [
        "hvad er {expr}", "hvor meget er {expr}", "hvad giver {expr}", "udregn {expr}", "{expr}",
        "hvad bliver {expr}", "ved du hvad {expr} er", "beregn {expr}",
    ]),
    ("datetime_query", 18, [
        "hvad er klokken", "hvor mange er klokken", "hvad er klokken nu", "ved du hvad klokken er",
        "hvilken dag er det [date : i dag]", "hvilken dato er det [date : i dag]", "hvad er datoen [date : i dag]",
        "hvad dato er det [date : i morgen]", "hvilken ugedag er det [date : i morgen]", "hvad er klokken i {place_name=city}",
        "hvor mange er klokken i {place_name=city}", "hvilken ugedag er [date : juleaften] i år",
        "hvilken dato er det på [date : fredag]", "hvilken uge er det", "hvad er datoen", "hvad dag er det [date : i dag]",
    ]),
    ("weather_query", 18, [
        "hvordan bliver vejret {when}", "hvordan er vejret", "vejret {when}", "vejret i {place_name=city}",
        "hvordan bliver vejret i {place_name=city} {when}", "kommer det til at {weather_descriptor=weather_verb} {when}",
        "bliver det [weather_descriptor : regn] {when}", "[weather_descriptor : regner] det i {place_name=city}",
        "skal jeg have [weather_descriptor : paraply] med {when}", "hvor {weather_descriptor=weather_how} bliver det {when}",
        "hvor mange grader er det udenfor", "hvad er [weather_descriptor : temperaturen] udenfor", "vejrudsigten {for_day}",
        "bliver det {weather_descriptor=weather_adj} {when}", "hvordan er vejret udenfor", "hvad siger vejrudsigten",
    ]),
    ("general_joke", 5, ["fortæl en vittighed", "fortæl mig en joke", "sig noget sjovt", "kender du en god vittighed",
                         "få mig til at grine", "fortæl en vits"]),
    ("general_greet", 5, ["hej", "hallo", "godmorgen", "hej hvordan går det", "godaften", "goddag", "hejsa"]),
    ("iot_coffee", 5, ["lav en kop kaffe", "lav kaffe", "bryg kaffe", "jeg vil gerne have en kop kaffe",
                       "lav en {coffee_type=coffee} til mig", "tænd for kaffemaskinen", "start kaffemaskinen"]),
    ("iot_cleaning", 5, ["start støvsugeren", "støvsug {in_room}", "gør rent {in_room}", "start {device_type=vacuum}",
                         "tænd for {device_type=vacuum}", "sæt {device_type=vacuum} i gang"]),
    ("iot_wemo_on", 4, ["tænd {plug}", "tænd for {plug}", "slå {plug} til"]),
    ("iot_wemo_off", 4, ["sluk {plug}", "sluk for {plug}", "slå {plug} fra"]),
    ("play_music", 5, ["spil musik", "spil noget {music_genre=genre}", "spil {music_genre=genre}", "sæt noget musik på",
                       "sæt noget {music_genre=genre} på"]),
    ("play_radio", 3, ["tænd for radioen", "spil radio", "tænd radioen"]),
]
