"""Swedish (sv-SE) command templates. Pattern language: see ../README.md.

Clock times: "halv åtta" is 7:30, "kvart över sju" 7:15, "kvart i åtta" 7:45, "fem i halv åtta" 7:25,
"fem över halv åtta" 7:35; 24-hour times ("klockan nitton", "19:30") as well. "klockan" stays
outside the time slot ("klockan [time : sju]"), as most of MASSIVE's sv-SE records write it, and so
do "på" / "till" / "om" ("väck mig om [time : tio minuter]"); the part of the day is its own slot
("på [timeofday : morgonen]", "[date : imorgon] [timeofday : bitti]"). Dates as MASSIVE writes them:
"[date : idag]", "[date : imorgon]", "på [date : fredag]", "nästa [date : fredag]", "den [date : tolfte
juni]". Rooms, lamps and lists in the definite form the sentence needs, the suffix inside the slot
("i [house_place : köket]", "tänd [device_type : taklampan]", "på [list_name : inköpslistan]",
"min [list_name : inköpslista]"); change_amount keeps its preposition ("[change_amount : till femtio
procent]"), color_type does not ("till [color_type : blått]"). Colours agree with the noun
(ljuset blått, lamporna blå, lampan blå). Address is "du" throughout (formal "ni" is not used with
assistants); politeness comes from "kan du", "skulle du kunna", "vänligen", "tack", "snälla".
"""
from generate import tens_units

SMALL = ("noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton "
         "nitton").split()
TENS = dict(zip(range(20, 100, 10), "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split()))
num = tens_units(SMALL, TENS, lambda t, u: t + u, "hundra")


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["en minut", "1 minut", "en timme", "1 timme", "en halvtimme", "en halvtimma", "en och en halv timme",
           "en kvart", "tre kvart", "två timmar", "2 timmar", "en och en halv minut", "två och en halv minut",
           "en timme och en kvart", "en timme och trettio minuter", "två minuter och trettio sekunder"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minuter" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} sekunder" for w in both(n)]
    return out


def clock_parts(h):
    """(needs_klockan, text) for an hour 1..12: bare hours need "klockan" (or "på"/"till") before them."""
    w, nxt = num(h), num(h % 12 + 1)
    return [(True, str(h)), (True, w), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{h}:45"),
            (True, f"{w} trettio"), (False, f"halv {nxt}"), (False, f"kvart över {w}"), (False, f"kvart i {nxt}"),
            (False, f"tio över {w}"), (False, f"fem i halv {nxt}"), (False, f"fem över halv {nxt}"),
            (False, f"tjugo i {nxt}")]


def clock_parts_24():
    out = []
    for h in range(13, 24):
        out += [(True, str(h)), (True, num(h)), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{num(h)} trettio")]
    out += [(True, f"0{h}:{m}") for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def clocks():
    """The time slot's text, said after klockan / på / till."""
    return [t for h in range(1, 13) for _, t in clock_parts(h)] + [t for _, t in clock_parts_24()]


def at_clocks(parts):
    """A clock time as said on its own: "klockan [time : sju]" or "[time : halv sju]"."""
    out = []
    for needs, t in parts:
        out.append(f"klockan [time : {t}]")
        if not needs:
            out.append(f"[time : {t}]")
    return out


def bare(hours):
    """Hours of a part of the day (said with "på morgonen" etc.)."""
    out = []
    for h in hours:
        out += [p for p in clock_parts(h) if p[1] in (str(h), num(h), f"halv {num(h % 12 + 1)}",
                                                      f"kvart över {num(h)}", f"{h}:30")]
    return out


def calendar_parts():
    out = [(True, "tolv"), (True, "12"), (False, "halv ett")]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [(True, str(h)), (True, num(h)), (True, f"{h}:30"), (True, f"{h}:15"), (True, f"{h}:45"),
                (False, f"halv {num(h12 % 12 + 1)}"), (False, f"kvart över {num(h12)}"),
                (False, f"kvart i {num(h12 % 12 + 1)}")]
    return out


def items():
    one = ["mjölk", "ägg", "bröd", "äpplen", "päron", "bananer", "smör", "ost", "kaffe", "ris", "pasta", "tomater",
           "toalettpapper", "diskmedel", "apelsinjuice", "yoghurt", "kyckling", "lök", "potatis", "morötter",
           "olivolja", "socker", "mjöl", "havremjölk", "kattmat", "batterier", "citroner", "vitlök", "filmjölk",
           "knäckebröd"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 29, 6)]
    return (one, [f"{one[a]} och {one[b]}" for a, b in pairs],
            [f"{one[a]} {one[b]} och {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("gånger", "plus", "minus", "delat med", "multiplicerat med"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 procent av 150", "femton procent av åttio", "roten ur 144", "kvadratroten ur åttioett",
            "2 upphöjt till 10", "sju i kvadrat"]
    return out


# Colours: (after "en"/common gender, neuter = the colour's name, plural / definite).
COLOURS = [("röd", "rött", "röda"), ("grön", "grönt", "gröna"), ("blå", "blått", "blå"), ("gul", "gult", "gula"),
           ("vit", "vitt", "vita"), ("orange", "orange", "orange"), ("lila", "lila", "lila"), ("rosa", "rosa", "rosa"),
           ("turkos", "turkost", "turkosa"), ("varmvit", "varmvitt", "varmvita"), ("kallvit", "kallvitt", "kallvita")]

# (preposition, definite room)
ROOMS = [("i", "köket"), ("i", "vardagsrummet"), ("i", "sovrummet"), ("i", "badrummet"), ("i", "hallen"),
         ("på", "kontoret"), ("i", "matsalen"), ("i", "garaget"), ("i", "barnrummet"), ("i", "källaren"),
         ("i", "gästrummet"), ("i", "arbetsrummet"), ("på", "toaletten"), ("i", "tvättstugan")]

# (indefinite, definite) list names: the compound as said.
LISTS = [("inköpslista", "inköpslistan"), ("handlingslista", "handlingslistan"), ("shoppinglista", "shoppinglistan"),
         ("packlista", "packlistan"), ("önskelista", "önskelistan"), ("julklappslista", "julklappslistan"),
         ("att göra lista", "att göra listan"), ("att göra lista", "att göra listan"), ("uppgiftslista", "uppgiftslistan"),
         ("matlista", "matlistan")]

# (as said after "boka" / "jag har", definite) appointments.
EVENTS = [("tandläkaren", "tandläkaren"), ("tandläkartid", "tandläkartiden"), ("läkarbesök", "läkarbesöket"),
          ("frisören", "frisören"), ("klipptid", "klipptiden"), ("teammöte", "teammötet"), ("yogapass", "yogapasset"),
          ("pianolektion", "pianolektionen"), ("fotbollsträning", "fotbollsträningen"), ("bokcirkel", "bokcirkeln"),
          ("anställningsintervju", "anställningsintervjun"), ("bilbesiktning", "bilbesiktningen"),
          ("veterinärbesök", "veterinärbesöket"), ("födelsedagskalas", "födelsedagskalaset"),
          ("utvecklingssamtal", "utvecklingssamtalet"), ("gympass", "gympasset"), ("träning", "träningen"),
          ("lunch", "lunchen"), ("projektmöte", "projektmötet"), ("föräldramöte", "föräldramötet")]

# (noun, article, definite) for meetings with a person.
MEETS = [("möte", "ett", "mötet"), ("lunch", "en", "lunchen"), ("middag", "en", "middagen"),
         ("samtal", "ett", "samtalet"), ("fika", "en", "fikat"), ("videosamtal", "ett", "videosamtalet"),
         ("avstämning", "en", "avstämningen")]

WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
WHEN = (["[date : imorgon]", "[date : idag]", "[date : i övermorgon]"]
        + [f"på [date : {d}]" for d in WEEKDAYS] + ["nästa [date : måndag]", "nästa [date : fredag]"])


def vocab():
    one, two, three = items()
    pct = [f"{w} procent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    all_parts = [p for h in range(1, 13) for p in clock_parts(h)] + clock_parts_24()
    return {
        "dur": durations(),
        "clock": clocks(),
        "at_clock": at_clocks(all_parts),
        "cal_clock": [t for _, t in calendar_parts()],
        "at_cal_clock": at_clocks(calendar_parts()),
        "at_morning": at_clocks(bare(range(5, 10))),
        "at_evening": at_clocks(bare(range(6, 12))),
        "at_afternoon": at_clocks(bare(range(1, 6))),
        "when": WHEN,
        "for_day": ["för [date : imorgon]", "för [date : idag]", "för [date : helgen]", "för [date : nästa vecka]"]
                   + [f"för [date : {d}]" for d in WEEKDAYS],
        "cal_when": WHEN + ["den [date : tolfte juni]", "den [date : tredje mars]", "den [date : femtonde]",
                            "den [date : första april]", "på [date : julafton]", "nu på [date : lördag]",
                            "på [date : midsommarafton]"],
        "freq": ["varje dag", "varje vardag", "alla vardagar", "på vardagar", "varje morgon", "varje måndag",
                 "dagligen"],
        "cal_freq": ["varje dag", "varje vardag", "varje måndag", "varje vecka", "varannan vecka", "varje fredag"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_def": [d for _, d in LISTS],
        "shop_def": [d for _, d in LISTS[:3]] + ["matlistan"],
        "shop_indef": [i for i, _ in LISTS[:3]] + ["matlista"],
        "list_indef": [i for i, _ in LISTS],
        "list_plain": ["semester", "presenter", "fest", "flytt", "trädgård", "helg", "stuga"],
        "in_room": [f"{p} [house_place : {r}]" for p, r in ROOMS],
        "lamp": ["lampan", "taklampan", "golvlampan", "skrivbordslampan", "sänglampan", "läslampan", "fönsterlampan",
                 "nattlampan"],
        "lamps": ["lamporna", "taklamporna", "fönsterlamporna", "spotlightsen"],
        "col_c": [c for c, _, _ in COLOURS],
        "col_n": [n for _, n, _ in COLOURS],
        "col_p": [p for _, _, p in COLOURS],
        "pct_to": [f"till {p}" for p in pct],
        "pct_set": [f"till {p}" for p in pct[::2]] + [f"på {p}" for p in pct],
        "pct_by": [f"med {p}" for p in pct],
        "vol_to": [f"till {w}" for w in levels + pct[1::3]],
        "vol_set": [f"till {w}" for w in levels[::2]] + [f"på {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["lite", "lite grann", "litegrann", "något", "en aning", "lite till"],
        "bit_cmp": ["lite", "lite grann", "litegrann", "något", "en aning"],
        "event": [e for e, _ in EVENTS],
        "event_def": [d for _, d in EVENTS],
        "event_rec": ["träning", "teammöte", "projektmöte", "yogapass", "pianolektion", "fotbollsträning", "gympass"],
        "meet": [m for m, _, _ in MEETS],
        "meet_art": [f"{a} [event_name : {m}]" for m, a, _ in MEETS],
        "meet_def": [d for _, _, d in MEETS],
        "person": ["anna", "erik", "sara", "johan", "lisa", "karl", "emma", "oskar", "maja", "lars", "elin"],
        "city": ["stockholm", "göteborg", "malmö", "uppsala", "umeå", "luleå", "visby", "oslo", "köpenhamn", "london",
                 "new york"],
        "weather_verb": ["regna", "snöa", "åska", "blåsa"],
        "weather_adj": ["varmt", "kallt", "blåsigt", "soligt", "molnigt"],
        "weather_how": ["varmt", "kallt", "blåsigt"],
        "expr": maths(),
        "vacuum": ["dammsugaren", "robotdammsugaren", "dammsugarroboten"],
        "plug": ["det [device_type : smarta uttaget]", "[device_type : uttaget]", "[device_type : smartpluggen]",
                 "[device_type : eluttaget]", "[device_type : kontakten]"],
        "coffee": ["espresso", "cappuccino", "latte", "cortado", "americano"],
        "genre": ["jazz", "rock", "klassisk musik", "pop", "hiphop", "lugn musik", "dansband"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "ställ en timer på {time=dur}",
        "ställ in en timer på {time=dur}",
        "sätt en timer på {time=dur}",
        "sätt på en timer på {time=dur}",
        "timer {time=dur}",
        "timer på {time=dur}",
        "starta en timer på {time=dur}",
        "starta timern på {time=dur}",
        "kan du ställa en timer på {time=dur}",
        "kan du sätta en timer på {time=dur}",
        "skulle du kunna ställa en timer på {time=dur}",
        "jag behöver en timer på {time=dur}",
        "ställ timern på {time=dur}",
        "en timer på {time=dur} tack",
        "timer på {time=dur} tack",
        "starta en nedräkning på {time=dur}",
        "väck mig om {time=dur}",
        "säg till om {time=dur}",
        "ställ äggklockan på {time=dur}",
        "snälla ställ en timer på {time=dur}",
    ]),
    ("alarm_set", 48, [
        "ställ ett larm {at_clock}",
        "ställ ett larm på {time=clock}",
        "ställ ett larm till klockan {time=clock}",
        "sätt ett larm på {time=clock}",
        "sätt ett alarm {at_clock}",
        "ställ väckarklockan på {time=clock}",
        "väck mig {at_clock}",
        "larm {at_clock}",
        "larm klockan {time=clock}",
        "väck mig {when} {at_clock}",
        "ställ ett larm {when} {at_clock}",
        "ställ väckarklockan på {time=clock} {when}",
        "väck mig {at_morning} på [timeofday : morgonen]",
        "ställ ett larm {at_morning} på [timeofday : morgonen]",
        "ställ ett larm {at_evening} på [timeofday : kvällen]",
        "ställ ett larm {at_afternoon} på [timeofday : eftermiddagen]",
        "väck mig [date : imorgon] [timeofday : bitti] {at_morning}",
        "ställ ett larm [timeofday : ikväll] {at_evening}",
        "väck mig {at_clock} {general_frequency=freq}",
        "ställ ett larm {at_clock} {general_frequency=freq}",
        "ställ ett larm {general_frequency=freq} {at_clock}",
        "kan du väcka mig {at_clock}",
        "kan du ställa ett larm {at_clock}",
        "skulle du kunna väcka mig {at_clock} {when}",
        "jag vill bli väckt {at_clock}",
        "jag behöver ett larm {at_clock}",
        "nytt larm {at_clock}",
        "väckning {at_clock} tack",
        "vänligen ställ ett larm på {time=clock}",
    ]),
    ("alarm_query", 8, [
        "vilka larm har jag", "visa mina larm", "när ringer väckarklockan", "när går mitt larm",
        "vilken tid är larmet ställt på", "hur lång tid är det kvar på timern", "hur mycket tid är kvar på timern",
        "har jag något larm {when}", "är väckarklockan ställd", "vilka larm är på", "har jag ställt något larm",
    ]),
    ("alarm_remove", 10, [
        "ta bort mitt larm", "ta bort alla larm", "stäng av timern", "avbryt timern", "stoppa timern",
        "stäng av väckarklockan", "ta bort larmet {at_clock}", "ta bort larmet {when}", "radera larmet på {time=clock}",
        "ta bort larmet {when} {at_clock}", "stäng av larmet", "radera alla timers", "stäng av larmet {when}",
    ]),
    ("lists_createoradd", 34, [
        "lägg till {items} på {list_name=shop_def}",
        "lägg till {items} i {list_name=shop_def}",
        "lägg till {items} på min {list_name=shop_indef}",
        "lägg {items} på {list_name=shop_def}",
        "skriv upp {items} på {list_name=shop_def}",
        "sätt upp {items} på {list_name=shop_def}",
        "lägg till {items} på listan",
        "skriv upp {items} på listan",
        "kan du lägga till {items} på {list_name=shop_def}",
        "kan du skriva upp {items} på min {list_name=shop_indef}",
        "{items} på {list_name=shop_def}",
        "jag behöver {items} skriv upp det på {list_name=shop_def}",
        "vi är slut på {item} skriv upp det på {list_name=shop_def}",
        "lägg till {items2} på listan tack",
        "lägg till {item} på {list_name=shop_def} också",
    ]),
    ("lists_createoradd", 12, [
        "skapa en (ny |){list_name=list_indef}",
        "gör en (ny |){list_name=list_indef}",
        "starta en ny {list_name=list_indef}",
        "skapa en (ny |)lista som heter {list_name=list_plain}",
        "ny lista {list_name=list_plain}",
        "skapa en ny lista",
        "kan du skapa en ny {list_name=list_indef}",
    ]),
    ("lists_remove", 18, [
        "ta bort {item} från {list_name=shop_def}",
        "ta bort {item} från min {list_name=shop_indef}",
        "stryk {item} från {list_name=shop_def}",
        "stryk {item} från listan",
        "ta bort {item} från listan",
        "radera {item} från {list_name=shop_def}",
        "bocka av {item} på {list_name=shop_def}",
        "bocka av {item}",
        "ta bort {list_name=list_def}",
        "radera min {list_name=list_indef}",
        "töm {list_name=list_def}",
        "rensa {list_name=list_def}",
    ]),
    ("lists_query", 16, [
        "vad står på {list_name=list_def}",
        "vad står det på {list_name=list_def}",
        "vad har jag på min {list_name=list_indef}",
        "läs upp {list_name=list_def}",
        "läs upp min {list_name=list_indef}",
        "visa {list_name=list_def}",
        "vad står det på listan",
        "vilka listor har jag",
        "står {item} på {list_name=shop_def}",
        "har jag skrivit upp {item} på {list_name=shop_def}",
        "vad finns på min {list_name=list_indef}",
        "visa mina listor",
    ]),
    ("iot_hue_lighton", 36, [
        "tänd (lampan|ljuset|lamporna)",
        "tänd",
        "tänd {in_room}",
        "tänd (lampan|ljuset|lamporna) {in_room}",
        "tänd {device_type=lamp}",
        "tänd {device_type=lamps}",
        "tänd {device_type=lamp} {in_room}",
        "tänd alla lampor",
        "tänd alla lampor {in_room}",
        "sätt på (lampan|ljuset|lamporna)",
        "sätt på ljuset {in_room}",
        "sätt på {device_type=lamp}",
        "slå på (ljuset|lampan|belysningen)",
        "slå på lamporna {in_room}",
        "kan du tända (lampan|ljuset|lamporna)",
        "kan du tända {in_room}",
        "kan du tända {device_type=lamp}",
        "skulle du kunna tända ljuset {in_room}",
        "vill du tända lampan {in_room}",
        "tänd lampan tack",
        "tänd ljuset tack",
        "snälla tänd ljuset",
        "vänligen tänd lamporna {in_room}",
        "det är för mörkt här tänd lampan",
        "det är mörkt {in_room} kan du tända",
        "kan vi få lite ljus {in_room}",
        "jag vill ha ljus {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "släck (lampan|ljuset|lamporna)",
        "släck",
        "släck {in_room}",
        "släck (lampan|ljuset|lamporna) {in_room}",
        "släck {device_type=lamp}",
        "släck {device_type=lamps}",
        "släck alla lampor",
        "släck allt",
        "stäng av (lampan|ljuset|lamporna)",
        "stäng av ljuset {in_room}",
        "slå av (ljuset|lampan|belysningen)",
        "slå av {device_type=lamp}",
        "kan du släcka (lampan|ljuset|lamporna)",
        "kan du släcka {in_room}",
        "släck ljuset tack",
        "vänligen släck lamporna {in_room}",
        "släck alla lampor {in_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "gör ljuset starkare", "ljusare", "starkare ljus", "höj ljuset", "öka ljusstyrkan", "mer ljus",
        "skruva upp ljuset", "gör det ljusare {in_room}", "höj ljuset {in_room}", "öka ljusstyrkan {change_amount=pct_by}",
        "gör ljuset {change_amount=bit_cmp} starkare", "höj ljusstyrkan {change_amount=pct_to}", "ljusare tack",
        "gör {device_type=lamp} ljusare",
    ]),
    ("iot_hue_lightdim", 14, [
        "dämpa ljuset", "dämpa belysningen", "sänk ljuset", "gör ljuset svagare", "mindre ljus", "sänk ljusstyrkan",
        "dämpa ljuset {in_room}", "dämpa ljuset {change_amount=bit}", "sänk ljuset {change_amount=pct_to}",
        "ljuset är för starkt", "skruva ner ljuset", "dimma ljuset", "svagare ljus tack",
        "sänk ljusstyrkan {change_amount=pct_by}", "dämpa {device_type=lamp}",
    ]),
    ("iot_hue_lightchange", 26, [
        "gör ljuset {color_type=col_n}",
        "gör lamporna {color_type=col_p}",
        "gör lampan {color_type=col_c}",
        "ändra färgen till {color_type=col_n}",
        "ändra färgen på ljuset till {color_type=col_n}",
        "byt färg på lamporna till {color_type=col_n}",
        "ändra ljuset till {color_type=col_n}",
        "ställ in ljuset på {color_type=col_n}",
        "gör ljuset {in_room} {color_type=col_n}",
        "gör lamporna {in_room} {color_type=col_p}",
        "{color_type=col_n} ljus tack",
        "kan du göra ljuset {color_type=col_n}",
        "sätt ljuset {change_amount=pct_set}",
        "ställ ljusstyrkan {change_amount=pct_set}",
        "ljusstyrkan {change_amount=pct_set}",
    ]),
    ("audio_volume_up", 14, [
        "höj volymen", "höj ljudet", "högre", "skruva upp", "skruva upp volymen", "öka volymen", "volymen upp",
        "högre tack", "höj {change_amount=bit}", "{change_amount=bit_cmp} högre", "jag hör inget skruva upp",
        "kan du höja volymen", "spela högre", "skruva upp musiken", "höj volymen {change_amount=bit}",
    ]),
    ("audio_volume_up", 12, [
        "sätt volymen {change_amount=vol_set}", "volymen {change_amount=vol_set}", "volym {change_amount=vol_bare}",
        "höj volymen {change_amount=vol_to}", "ställ volymen {change_amount=vol_set}",
        "skruva upp volymen {change_amount=vol_to}", "ändra volymen {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "sänk volymen", "sänk ljudet", "lägre", "tystare", "skruva ner", "skruva ner volymen", "minska volymen",
        "det är för högt", "inte så högt", "{change_amount=bit_cmp} lägre", "sänk {change_amount=bit}",
        "sänk volymen {change_amount=vol_to}", "skruva ner musiken", "kan du sänka volymen", "spela lite tystare",
        "lägre tack",
    ]),
    ("audio_volume_mute", 9, [
        "stäng av ljudet", "tyst", "var tyst", "ljudet av", "mute", "slå av ljudet", "stäng av ljudet tack",
        "tysta högtalaren", "stäng av ljudet på högtalaren", "tyst tack",
    ]),
    ("calendar_set", 40, [
        "lägg in {event_name=event} {cal_when} {at_cal_clock}",
        "lägg in {event_name=event} i kalendern {cal_when} {at_cal_clock}",
        "lägg till {event_name=event} i kalendern {cal_when} {at_cal_clock}",
        "skriv in {event_name=event} i kalendern {cal_when}",
        "boka {event_name=event} {cal_when} {at_cal_clock}",
        "boka {meet_art} med {person=person} {cal_when} {at_cal_clock}",
        "{event_name=meet} med {person=person} {cal_when} {at_cal_clock}",
        "lägg in {meet_art} med {person=person} {cal_when} {at_cal_clock}",
        "skapa en händelse som heter {event_name=event} {cal_when} {at_cal_clock}",
        "ny händelse {event_name=event} {cal_when} {at_cal_clock}",
        "jag har {event_name=event} {cal_when} {at_cal_clock} lägg in det i kalendern",
        "påminn mig om {event_name=event} {cal_when} {at_cal_clock}",
        "lägg in {event_name=event} {cal_when} {at_afternoon} på [timeofday : eftermiddagen]",
        "kan du lägga in {event_name=event} i kalendern {cal_when} {at_cal_clock}",
        "lägg in {event_name=event_rec} {general_frequency=cal_freq} {at_cal_clock}",
        "boka in {event_name=event} {cal_when}",
    ]),
    ("calendar_query", 14, [
        "vad har jag i kalendern {cal_when}", "vad står i kalendern", "vad har jag för mig {cal_when}",
        "har jag något inbokat {cal_when}", "visa min kalender {for_day}", "när har jag {event_name=event}",
        "vad är nästa möte", "vad har jag för möten {cal_when}", "läs upp min kalender", "har jag {event_name=event} {cal_when}",
        "vilken tid har jag {event_name=event}", "vad händer {cal_when}", "hur ser min dag ut [date : imorgon]",
    ]),
    ("calendar_remove", 10, [
        "ta bort {event_name=event_def} {cal_when}", "ta bort {event_name=event_def} från kalendern", "avboka {event_name=event_def}",
        "stryk {event_name=event_def} {cal_when}", "ta bort [event_name : {meet_def}] med {person=person}",
        "rensa kalendern {cal_when}", "ta bort allt i kalendern {cal_when}",
    ]),
    ("qa_maths", 24, [
        "vad är {expr}", "hur mycket är {expr}", "vad blir {expr}", "räkna ut {expr}", "{expr}",
        "kan du räkna ut {expr}", "vet du vad {expr} är", "beräkna {expr}",
    ]),
    ("datetime_query", 18, [
        "vad är klockan", "hur mycket är klockan", "vad är klockan nu", "vet du vad klockan är", "vilken dag är det [date : idag]",
        "vilket datum är det [date : idag]", "vad är det för datum [date : idag]", "vilken dag är det [date : imorgon]",
        "vilket datum är det [date : imorgon]", "vad är klockan i {place_name=city}", "hur mycket är klockan i {place_name=city}",
        "vilken veckodag är [date : julafton] i år", "vilket datum är det på [date : fredag]", "vilken vecka är det",
        "vad är det för dag [date : idag]", "vilket datum är det",
    ]),
    ("weather_query", 18, [
        "hur blir vädret {when}", "vad blir det för väder {when}", "hur är vädret", "väder {when}",
        "vädret i {place_name=city}", "hur blir vädret i {place_name=city} {when}", "kommer det att {weather_descriptor=weather_verb} {when}",
        "blir det [weather_descriptor : regn] {when}", "[weather_descriptor : regnar] det i {place_name=city}",
        "behöver jag [weather_descriptor : paraply] {when}", "hur {weather_descriptor=weather_how} blir det {when}",
        "hur många grader är det ute", "vad är [weather_descriptor : temperaturen] ute", "väderprognosen {for_day}",
        "blir det {weather_descriptor=weather_adj} {when}", "vad är det för väder ute",
    ]),
    ("general_joke", 5, ["berätta ett skämt", "berätta ett roligt skämt", "säg något roligt", "kan du ett bra skämt",
                         "få mig att skratta", "berätta en vits"]),
    ("general_greet", 5, ["hej", "hallå", "god morgon", "hej hur mår du", "god kväll", "tjena", "hej hej"]),
    ("iot_coffee", 5, ["gör en kopp kaffe", "brygg kaffe", "jag vill ha kaffe", "gör en {coffee_type=coffee} åt mig",
                       "sätt på kaffebryggaren", "starta kaffemaskinen"]),
    ("iot_cleaning", 5, ["starta dammsugaren", "dammsug {in_room}", "städa {in_room}", "starta {device_type=vacuum}",
                         "kör igång {device_type=vacuum}", "sätt igång {device_type=vacuum}"]),
    ("iot_wemo_on", 4, ["slå på {plug}", "sätt på {plug}"]),
    ("iot_wemo_off", 4, ["slå av {plug}", "stäng av {plug}"]),
    ("play_music", 5, ["spela musik", "spela lite {music_genre=genre}", "spela {music_genre=genre}", "sätt på lite musik",
                       "sätt på lite {music_genre=genre}"]),
    ("play_radio", 3, ["sätt på radion", "spela radio", "slå på radion"]),
]
