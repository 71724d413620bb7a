"""Romanian (ro-RO) command templates. Pattern language: see ../README.md.

Clock times: "șapte și jumătate" (7:30, also "șapte jumate"), "șapte și un sfert" (7:15), "opt fără
un sfert" (7:45), "șapte fix"; hours are feminine ("la ora două", "douăsprezece"); "dimineața",
"seara", "după-amiaza" said after the hour. "la" / "la ora" / "pentru" / "peste" stay outside the
slot ("la ora [time : șapte dimineața]", "trezește-mă peste [time : zece minute]"); the part of the
day said right after the hour is inside the time slot, as most of MASSIVE's ro-RO records have it,
on its own it is timeofday ("[date : mâine] [timeofday : dimineață]"). Numbers agree with the noun
("două ore", "douăzeci de minute"). change_amount keeps its preposition ("[change_amount : la
cincizeci la sută]", "[change_amount : cu zece la sută]") as MASSIVE writes it; list names are
what follows "lista de" ("lista de [list_name : cumpărături]"); rooms after "în" / "din" / "pe"
without the article ("în [house_place : bucătărie]"). Colours agree with the noun (lumina
albastră, luminile albastre, "schimbă culoarea în albastru"). Informal "tu" and formal "dumneavoastră"
(imperative plural, "vă rog", "puteți") both occur. Written with the comma-below letters ș ț.
"""

SMALL = ("zero unu doi trei patru cinci șase șapte opt nouă zece unsprezece doisprezece treisprezece paisprezece "
         "cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece").split()
TENS = dict(zip(range(20, 100, 10), "douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci".split()))


def num(n):
    """Counting form (masculine): unu, doi, douăzeci și doi, o sută."""
    if n == 100:
        return "o sută"
    if n < 20:
        return SMALL[n]
    t, u = divmod(n, 10)
    return TENS[t * 10] if u == 0 else f"{TENS[t * 10]} și {SMALL[u]}"


def fem(n):
    """Before a feminine or neuter plural noun: două ore, douăsprezece minute, douăzeci și două."""
    w = num(n)
    if n == 1:
        return "o"
    if w == "doi" or w.endswith(" doi"):
        w = w[:-3] + "două"
    return w.replace("doisprezece", "douăsprezece")


def count(n, noun, words=True):
    """'cinci minute', 'douăzeci de minute', '20 de minute'."""
    w = fem(n) if words else str(n)
    de = " de" if n >= 20 else ""
    return f"{w}{de} {noun}"


def hour(h):
    """An hour of the clock (feminine): unu, două, douăsprezece, douăzeci și două."""
    return "unu" if h == 1 else fem(h)


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["un minut", "1 minut", "o oră", "1 oră", "jumătate de oră", "o jumătate de oră", "o oră și jumătate",
           "două ore", "2 ore", "un minut și jumătate", "un sfert de oră", "două minute și jumătate", "trei ore"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [count(n, "minute"), count(n, "minute", words=False)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [count(n, "secunde"), count(n, "secunde", words=False)]
    return out


def pods(h):
    out = []
    if 5 <= h <= 11:
        out.append("dimineața")
    if 1 <= h <= 5:
        out.append("după-amiaza")
    if 6 <= h <= 11:
        out.append("seara")
    if h in (11, 12, 1, 2, 3):
        out.append("noaptea")
    return out


def clock_times():
    """The time slot after "la" / "la ora" / "pentru"."""
    out = []
    for h in range(1, 13):
        w, nxt = hour(h), hour(h % 12 + 1)
        out += [w, str(h), f"{h}:30", f"{h}:15", f"{h}:45", f"{w} și jumătate", f"{w} jumate", f"{w} și un sfert",
                f"{nxt} fără un sfert", f"{w} și zece", f"{nxt} fără zece", f"{w} fix", f"{w} și treizeci", f"{h}:05"]
        for p in pods(h):
            out += [f"{w} {p}", f"{w} și jumătate {p}"]
    for h in range(13, 24):
        if h != 21:
            out += [str(h), f"{h}:30", f"{h}:15", hour(h), f"{hour(h)} și treizeci"]
    return out


def at(times):
    """'la [time : șapte]' and 'la ora [time : șapte]'."""
    out = []
    for i, t in enumerate(times):
        out.append(f"la [time : {t}]" if i % 3 else f"la ora [time : {t}]")
        if i % 4 == 0:
            out.append(f"la [time : {t}]" if i % 3 == 0 else f"la ora [time : {t}]")
    return out


def morning():
    out = []
    for h in range(5, 11):
        out += [hour(h), str(h), f"{hour(h)} și jumătate", f"{h}:30", f"{hour(h)} și un sfert"]
    return out


def calendar_times():
    out = ["douăsprezece", "12", "douăsprezece și jumătate"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [str(h), f"{h}:30", f"{h}:15"]
        if h <= 12:
            out += [hour(h), f"{hour(h)} și jumătate"]
        else:
            p = "după-amiaza" if h < 18 else "seara"
            out += [f"{hour(h12)} {p}", f"{hour(h12)} și jumătate {p}"]
            if h != 21:
                out.append(hour(h))
    return at(out) + ["la [time : prânz]"]


def items():
    one = ["lapte", "ouă", "pâine", "mere", "pere", "banane", "unt", "brânză", "cafea", "orez", "paste", "roșii",
           "hârtie igienică", "detergent de vase", "suc de portocale", "iaurt", "pui", "ceapă", "cartofi", "morcovi",
           "ulei de măsline", "zahăr", "făină", "lapte de ovăz", "mâncare pentru pisici", "baterii", "lămâi", "usturoi"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} și {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} și {one[c]}" for a, b, c in triples])


# The items with the definite article, as objects of "șterge" / "scoate" ("scoate laptele de pe listă").
ITEMS_DEF = ["laptele", "ouăle", "pâinea", "merele", "perele", "bananele", "untul", "brânza", "cafeaua", "orezul",
             "pastele", "roșiile", "hârtia igienică", "detergentul de vase", "sucul de portocale", "iaurtul", "puiul",
             "ceapa", "cartofii", "morcovii", "uleiul de măsline", "zahărul", "făina", "laptele de ovăz",
             "mâncarea pentru pisici", "bateriile", "lămâile", "usturoiul"]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ori", "plus", "minus", "împărțit la", "înmulțit cu"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 la sută din 150", "cincisprezece la sută din optzeci", "radical din 144", "radical din optzeci și unu",
            "2 la puterea 10", "șapte la pătrat"]
    return out


# Rooms: (in, from)
ROOMS = [("în", "din", "bucătărie"), ("în", "din", "sufragerie"), ("în", "din", "dormitor"), ("în", "din", "baie"),
         ("în", "din", "birou"), ("în", "din", "living"), ("în", "din", "garaj"), ("în", "din", "camera copiilor"),
         ("în", "din", "pivniță"), ("în", "din", "camera de oaspeți"), ("pe", "de pe", "hol"),
         ("pe", "de pe", "terasă"), ("pe", "de pe", "balcon"), ("în", "din", "sufragerie")]

# Colours: (colour name, feminine singular, feminine plural)
COLOURS = [("roșu", "roșie", "roșii"), ("albastru", "albastră", "albastre"), ("verde", "verde", "verzi"),
           ("galben", "galbenă", "galbene"), ("portocaliu", "portocalie", "portocalii"), ("mov", "mov", "mov"),
           ("roz", "roz", "roz"), ("alb", "albă", "albe"), ("turcoaz", "turcoaz", "turcoaz"),
           ("violet", "violetă", "violete"), ("alb cald", "albă caldă", "albe calde")]

# Events: (as a name, with the article)
EVENTS = [("programare la dentist", "programarea la dentist"), ("programare la doctor", "programarea la doctor"),
          ("ședință de echipă", "ședința de echipă"), ("oră de yoga", "ora de yoga"), ("lecție de pian", "lecția de pian"),
          ("antrenament de fotbal", "antrenamentul de fotbal"), ("clubul de carte", "clubul de carte"),
          ("interviu de angajare", "interviul de angajare"), ("revizia mașinii", "revizia mașinii"),
          ("programare la veterinar", "programarea la veterinar"), ("petrecere aniversară", "petrecerea aniversară"),
          ("ședința cu părinții", "ședința cu părinții"), ("programare la frizer", "programarea la frizer"),
          ("kinetoterapie", "kinetoterapia"), ("curs de engleză", "cursul de engleză"), ("ședință", "ședința")]
# Meetings: (indefinite article, noun, with the article)
MEETS = [("o", "întâlnire", "întâlnirea"), ("un", "prânz", "prânzul"), ("o", "cină", "cina"), ("un", "apel", "apelul"),
         ("o", "cafea", "cafeaua"), ("un", "apel video", "apelul video"), ("o", "ședință", "ședința")]

WHEN = ["[date : mâine]", "[date : azi]", "[date : astăzi]", "[date : poimâine]", "[date : luni]", "[date : marți]",
        "[date : miercuri]", "[date : joi]", "[date : vineri]", "[date : sâmbătă]", "[date : duminică]",
        "[date : lunea viitoare]", "[date : vinerea viitoare]"]
CITIES = ["bucurești", "cluj", "iași", "timișoara", "constanța", "brașov", "sibiu", "londra", "paris", "new york", "roma",
          "viena"]


def vocab():
    one, two, three = items()
    pct = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
    pct_words = [f"{w} la sută" for n in pct for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    lamps = ["lampa", "veioza", "lustra", "lampa de birou", "lampa de pe noptieră", "lampa cu picior", "plafoniera",
             "lampa de citit"]
    return {
        "dur": durations(),
        "at": at(clock_times()) + ["la [time : miezul nopții]", "la [time : douăsprezece noaptea]"],
        "for": [f"pentru ora [time : {t}]" for t in clock_times()[::3]],
        "at_m": at(morning()),
        "at_cal": calendar_times(),
        "when": WHEN,
        "cal_when": WHEN + ["pe [date : trei martie]", "pe [date : doisprezece iunie]", "pe [date : cincisprezece]",
                            "în [date : ajunul crăciunului]", "[date : sâmbăta asta]", "[date : vinerea asta]"],
        "freq": ["în fiecare zi", "zilnic", "în fiecare dimineață", "în zilele lucrătoare", "de luni până vineri",
                 "în fiecare luni", "lunea", "în weekend"],
        "cal_freq": ["în fiecare zi", "în fiecare luni", "săptămânal", "în fiecare săptămână", "marțea",
                     "în zilele lucrătoare"],
        "item": one, "items": one + two + three, "items2": two + three, "item_def": ITEMS_DEF,
        "list_of": ["de [list_name : cumpărături]", "de [list_name : cumpărături]", "de [list_name : sarcini]",
                    "de [list_name : cadouri]", "de [list_name : bagaje]", "pentru [list_name : vacanță]",
                    "de [list_name : crăciun]", "pentru [list_name : petrecere]", "de [list_name : lucruri de făcut]",
                    "de [list_name : dorințe]", "pentru [list_name : piață]", "pentru [list_name : weekend]"],
        "list_plain": ["vacanță", "cadouri", "mutare", "grădină", "nuntă", "weekend", "renovare"],
        "in_room": [f"{a} [house_place : {r}]" for a, _, r in ROOMS],
        "from_room": [f"{b} [house_place : {r}]" for _, b, r in ROOMS],
        "lamp": lamps,
        "clean_room": ["bucătăria", "sufrageria", "dormitorul", "baia", "holul", "livingul", "biroul"],
        "col": [c[0] for c in COLOURS], "col_f": [c[1] for c in COLOURS], "col_pl": [c[2] for c in COLOURS],
        "pct_to": [f"[change_amount : la {p}]" for p in pct_words],
        "pct_by": [f"[change_amount : cu {p}]" for p in pct_words[:12]] + ["[change_amount : cu zece procente]",
                                                                         "[change_amount : cu douăzeci de procente]"],
        "vol_to": [f"[change_amount : la {w}]" for w in levels + pct_words[3::4]] + ["[change_amount : la maxim]"],
        "vol_bare": levels,
        "bit": ["puțin", "un pic", "un pic", "puțin"],
        "event": [e[0] for e in EVENTS],
        "event_def": [f"[event_name : {e[1]}]" for e in EVENTS],
        "meet": [m[1] for m in MEETS],
        "a_meet": [f"{m[0]} [event_name : {m[1]}]" for m in MEETS],
        "meet_def": [f"[event_name : {m[2]}]" for m in MEETS],
        "person": ["ana", "mihai", "andrei", "ioana", "maria", "radu", "elena", "alex", "cristina", "bogdan"],
        "city": CITIES,
        "weather_adj": ["frig", "cald", "senin", "înnorat", "ceață", "soare", "vânt"],
        "expr": maths(),
        "plug": ["priza", "priza inteligentă", "priza smart", "priza din sufragerie"],
        "coffee": ["un [coffee_type : espresso]", "un [coffee_type : cappuccino]", "un [coffee_type : latte]",
                   "o [coffee_type : cafea lungă]", "o [coffee_type : cafea cu lapte]"],
        "genre": ["jazz", "rock", "muzică clasică", "pop", "muzică populară", "manele", "muzică relaxantă"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "setează un cronometru de {time=dur}",
        "pune un cronometru de {time=dur}",
        "pune un timer de {time=dur}",
        "cronometru {time=dur}",
        "cronometru de {time=dur}",
        "pornește un cronometru de {time=dur}",
        "pornește cronometrul pentru {time=dur}",
        "setează cronometrul la {time=dur}",
        "am nevoie de un cronometru de {time=dur}",
        "poți să pui un cronometru de {time=dur}",
        "puteți seta un cronometru de {time=dur}",
        "trezește-mă peste {time=dur}",
        "anunță-mă peste {time=dur}",
        "numărătoare inversă de {time=dur}",
        "te rog pune un cronometru de {time=dur}",
        "fă-mi un timer de {time=dur}",
        "timer {time=dur}",
    ]),
    ("alarm_set", 48, [
        "setează o alarmă {at}",
        "setează alarma {at}",
        "pune alarma {at}",
        "pune-mi alarma {at}",
        "pune o alarmă {at}",
        "trezește-mă {at}",
        "alarmă {at}",
        "poți să mă trezești {at}",
        "vreau să mă trezesc {at}",
        "aș vrea o alarmă {at}",
        "setați o alarmă {at} vă rog",
        "trezește-mă {when} {at}",
        "setează o alarmă pentru {when} {at}",
        "alarmă {when} {at}",
        "trezește-mă {general_frequency=freq} {at}",
        "setează o alarmă {at} {general_frequency=freq}",
        "trezește-mă [date : mâine] [timeofday : dimineață] {at_m}",
        "pune alarma pentru [date : mâine] [timeofday : dimineață] {at_m}",
        "pune-mi deșteptătorul {at}",
        "alarmă nouă {at}",
        "setează alarma {for}",
        "te rog trezește-mă {at}",
        "vă rog să mă treziți {at}",
    ]),
    ("alarm_query", 8, [
        "ce alarme am", "arată-mi alarmele", "la ce oră sună alarma", "când sună următoarea alarmă",
        "cât timp a mai rămas la cronometru", "cât mai are cronometrul", "am vreo alarmă {when}",
        "ce alarme am setate", "am alarma pusă pentru [date : mâine]", "listează alarmele",
    ]),
    ("alarm_remove", 10, [
        "șterge alarma", "șterge toate alarmele", "oprește cronometrul", "anulează cronometrul", "dezactivează alarma",
        "șterge alarma de {at}", "anulează alarma de [date : mâine]", "oprește alarma", "anulează toate cronometrele",
        "șterge alarma de [date : mâine] {at}", "nu mai vreau alarma de {at}",
    ]),
    ("lists_createoradd", 34, [
        "adaugă {items} pe lista {list_of}",
        "adaugă {items} în lista {list_of}",
        "pune {items} pe lista {list_of}",
        "treci {items} pe lista {list_of}",
        "adaugă {items} pe listă",
        "pune {items} pe listă",
        "poți să adaugi {items} pe lista {list_of}",
        "te rog adaugă {items} pe lista {list_of}",
        "adăugați {items} pe lista {list_of}",
        "scrie {items} pe lista mea {list_of}",
        "adaugă pe lista {list_of} {items}",
        "am nevoie de {items} adaugă pe lista {list_of}",
        "pune {items2} pe lista mea {list_of}",
        "adaugă {item} la lista {list_of}",
    ]),
    ("lists_createoradd", 12, [
        "creează o listă {list_of}",
        "fă o listă nouă {list_of}",
        "creează o listă nouă",
        "fă o listă numită [list_name : {list_plain}]",
        "începe o listă nouă {list_of}",
        "listă nouă {list_of}",
        "creează o listă cu numele [list_name : {list_plain}]",
    ]),
    ("lists_remove", 18, [
        "șterge {item_def} de pe lista {list_of}",
        "scoate {item_def} de pe lista {list_of}",
        "elimină {item_def} din lista {list_of}",
        "scoate {item_def} de pe listă",
        "taie {item_def} de pe listă",
        "șterge lista {list_of}",
        "golește lista {list_of}",
        "șterge lista mea {list_of}",
        "poți să scoți {item_def} de pe lista {list_of}",
    ]),
    ("lists_query", 16, [
        "ce am pe lista {list_of}",
        "ce e pe lista {list_of}",
        "ce este pe listă",
        "citește-mi lista {list_of}",
        "arată-mi lista {list_of}",
        "ce liste am",
        "am {item} pe lista {list_of}",
        "spune-mi ce am pe lista {list_of}",
        "ce mai am pe lista {list_of}",
        "citește lista mea {list_of}",
    ]),
    ("iot_hue_lighton", 36, [
        "aprinde lumina",
        "aprinde luminile",
        "deschide lumina",
        "pornește lumina",
        "dă drumul la lumină",
        "fă lumină",
        "aprinde lumina {in_room}",
        "aprinde lumina {from_room}",
        "aprinde luminile {from_room}",
        "deschide lumina {in_room}",
        "pornește luminile {in_room}",
        "aprinde [device_type : {lamp}]",
        "aprinde [device_type : {lamp}] {from_room}",
        "pornește [device_type : {lamp}]",
        "aprinde toate luminile",
        "e întuneric aprinde lumina",
        "poți să aprinzi lumina",
        "poți să aprinzi lumina {in_room}",
        "vrei să aprinzi lumina {in_room}",
        "aprindeți lumina vă rog",
        "lumina te rog",
        "lumină {in_room}",
        "te rog aprinde lumina",
        "deschide luminile {from_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "stinge lumina",
        "stinge luminile",
        "închide lumina",
        "oprește lumina",
        "stinge lumina {in_room}",
        "stinge lumina {from_room}",
        "stinge [device_type : {lamp}]",
        "stinge toate luminile",
        "poți să stingi lumina",
        "stingeți lumina vă rog",
        "închide luminile {from_room}",
        "oprește luminile {from_room}",
        "stinge [device_type : {lamp}] {from_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "mai multă lumină", "mărește luminozitatea", "crește luminozitatea", "fă lumina mai puternică", "lumina mai tare",
        "dă lumina mai tare", "mărește luminozitatea {pct_by}", "fă lumina [change_amount : puțin] mai puternică",
        "mai multă lumină {in_room}", "crește luminozitatea {pct_by}", "dă lumina [change_amount : un pic] mai tare",
        "fă mai multă lumină {in_room}",
    ]),
    ("iot_hue_lightdim", 14, [
        "scade luminozitatea", "redu luminozitatea", "micșorează luminozitatea", "lumina mai slabă", "dă lumina mai încet",
        "diminuează lumina", "lumina e prea puternică", "scade luminozitatea {pct_to}", "redu lumina [change_amount : puțin]",
        "fă lumina mai slabă {in_room}", "mai puțină lumină", "dă lumina [change_amount : un pic] mai încet",
    ]),
    ("iot_hue_lightchange", 26, [
        "fă lumina {color_type=col_f}",
        "fă luminile {color_type=col_pl}",
        "schimbă culoarea luminii în {color_type=col}",
        "pune lumina pe {color_type=col}",
        "schimbă lumina în {color_type=col}",
        "lumină {color_type=col_f}",
        "vreau lumină {color_type=col_f}",
        "setează luminile pe {color_type=col}",
        "fă lumina {from_room} {color_type=col_f}",
        "fă [device_type : {lamp}] {color_type=col_f}",
        "poți să faci lumina {color_type=col_f}",
        "setează luminozitatea {pct_to}",
        "pune lumina {pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "mai tare", "dă mai tare", "dă volumul mai tare", "mărește volumul", "crește volumul", "volumul mai sus",
        "dă-l mai tare", "[change_amount : {bit}] mai tare", "nu aud nimic dă mai tare", "poți să dai mai tare",
        "dați mai tare vă rog", "dă muzica mai tare", "mai tare te rog",
    ]),
    ("audio_volume_up", 12, [
        "volumul {vol_to}", "setează volumul {vol_to}", "pune volumul {vol_to}", "dă volumul {vol_to}",
        "mărește volumul {vol_to}", "volum [change_amount : {vol_bare}]",
    ]),
    ("audio_volume_down", 14, [
        "mai încet", "dă mai încet", "dă volumul mai încet", "micșorează volumul", "scade volumul", "redu volumul",
        "e prea tare", "[change_amount : {bit}] mai încet", "scade volumul {vol_to}", "poți să dai mai încet",
        "dă muzica mai încet", "nu așa tare", "mai încet te rog", "dați mai încet vă rog",
    ]),
    ("audio_volume_mute", 9, [
        "pune pe mut", "oprește sunetul", "taci", "liniște", "fără sunet", "dezactivează sunetul", "mut",
        "închide sonorul", "pune difuzorul pe mut",
    ]),
    ("calendar_set", 40, [
        "adaugă {event_name=event} în calendar {cal_when} {at_cal}",
        "pune în calendar {event_name=event} {cal_when} {at_cal}",
        "treci în calendar {event_name=event} {cal_when} {at_cal}",
        "notează în calendar {event_name=event} {cal_when}",
        "{event_name=event} {cal_when} {at_cal}",
        "am {event_name=event} {cal_when} {at_cal} notează în calendar",
        "creează un eveniment {event_name=event} {cal_when} {at_cal}",
        "{event_name=meet} cu {person=person} {cal_when} {at_cal}",
        "programează {a_meet} cu {person=person} {cal_when} {at_cal}",
        "adaugă {a_meet} cu {person=person} în calendar {cal_when} {at_cal}",
        "amintește-mi de {event_def} {cal_when} {at_cal}",
        "adaugă {event_name=event} {general_frequency=cal_freq} {at_cal}",
        "eveniment nou {event_name=event} {cal_when} {at_cal}",
        "vă rog adăugați în calendar {event_name=event} {cal_when}",
    ]),
    ("calendar_query", 14, [
        "ce am în calendar {cal_when}", "ce am de făcut {cal_when}", "am ceva {cal_when}", "am ceva programat {cal_when}",
        "arată-mi calendarul", "care e următoarea mea programare", "când am {event_def}", "la ce oră e {event_def}",
        "citește-mi agenda", "ce programări am {cal_when}", "ce evenimente am {cal_when}", "ce e în calendar {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "anulează {event_def}", "anulează {event_def} {cal_when}", "șterge {event_def} din calendar",
        "șterge toate evenimentele de [date : (mâine|azi|vineri|luni)]", "golește calendarul pentru [date : (mâine|azi|sâmbătă)]",
        "anulează {meet_def} cu {person=person}", "scoate {event_def} din calendar",
    ]),
    ("qa_maths", 24, [
        "cât face {expr}", "cât e {expr}", "calculează {expr}", "{expr}", "care e rezultatul la {expr}",
        "poți să calculezi {expr}", "cât dă {expr}", "cât fac {expr}",
    ]),
    ("datetime_query", 18, [
        "cât e ceasul", "ce oră e", "cât este ora", "spune-mi ora", "cât e ceasul acum", "ce oră este acum",
        "știi cât e ceasul", "ce zi e [date : azi]", "ce dată e [date : azi]", "în ce dată suntem [date : azi]",
        "ce zi e [date : mâine]", "ce dată e [date : mâine]", "cât e ceasul în {place_name=city}", "ce oră e în {place_name=city}",
        "în ce zi pică [date : crăciunul] anul acesta", "ce dată e [date : vinerea viitoare]", "ce zi e [date : poimâine]",
    ]),
    ("weather_query", 18, [
        "cum e vremea", "cum e vremea afară", "cum va fi vremea {when}", "vremea {when}", "ce vreme e în {place_name=city}",
        "cum e vremea în {place_name=city} {when}", "o să [weather_descriptor : plouă] {when}", "va [weather_descriptor : ninge] {when}",
        "[weather_descriptor : plouă] în {place_name=city}", "o să fie {weather_descriptor=weather_adj} {when}",
        "câte grade sunt afară", "care e [weather_descriptor : temperatura] afară",
        "am nevoie de [weather_descriptor : umbrelă] {when}", "prognoza meteo pentru [date : (mâine|weekendul acesta|azi)]",
        "cum va fi vremea [date : weekendul acesta]",
    ]),
    ("general_joke", 5, ["spune-mi o glumă", "spune o glumă", "fă-mă să râd", "știi vreo glumă bună", "spune-mi un banc"]),
    ("general_greet", 5, ["bună", "salut", "bună dimineața", "bună seara", "bună ziua", "salut ce faci"]),
    ("iot_coffee", 5, ["fă-mi o cafea", "fă o cafea", "vreau o cafea", "fă-mi {coffee}", "pornește aparatul de cafea",
                       "pregătește-mi {coffee}"]),
    ("iot_cleaning", 5, ["pornește aspiratorul", "aspiră {in_room}", "pornește [device_type : aspiratorul robot]",
                         "curăță [house_place : {clean_room}]", "dă drumul la [device_type : aspiratorul robot]"]),
    ("iot_wemo_on", 4, ["pornește [device_type : {plug}]", "activează [device_type : {plug}]", "dă drumul la [device_type : {plug}]"]),
    ("iot_wemo_off", 4, ["oprește [device_type : {plug}]", "închide [device_type : {plug}]", "dezactivează [device_type : {plug}]"]),
    ("play_music", 5, ["pune niște muzică", "pune {music_genre=genre}", "dă drumul la muzică", "pune niște {music_genre=genre}",
                       "vreau să ascult {music_genre=genre}"]),
    ("play_radio", 3, ["pornește radioul", "dă drumul la radio", "pune radioul"]),
]
