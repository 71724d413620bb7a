"""Latvian (lv-LV) command templates. Pattern language: see ../README.md.

Clock times: hours in the locative for "at" ("[time : septiņos]", "[time : septiņos no rīta]"), the
dative after "uz" ("uz [time : septiņiem]"); "pusastoņos" is 7:30, "ceturksni pāri septiņiem" 7:15,
"bez ceturkšņa astoņos" 7:45; 24-hour times ("septiņpadsmitos", "17:30") as well. As most of
MASSIVE's lv-LV train records write them: "pulksten" and "uz" stay outside the time slot, "pēc"
inside it ("pamodini mani [time : pēc desmit minūtēm]"); the part of the day stays in the time slot
when it follows the hour ("[time : astoņos vakarā]"); change_amount keeps its preposition
("[change_amount : uz piecdesmit procentiem]", "[change_amount : par desmit procentiem]"); list names
are the genitive before "saraksts" ("manam [list_name : iepirkumu] sarakstam"); rooms in the
locative inside the slot ("[house_place : virtuvē]"); "ar" stays outside the person slot, the name
in the accusative ("ar [person : annu]"). Numbers agree with the noun in gender and case (divas
minūtes, uz divām minūtēm, divu minūšu taimeris); numbers ending in 1 (21, 31 ...) are left out
of durations, since they take the singular.
"""
from generate import tens_units

SMALL = ("nulle viens divi trīs četri pieci seši septiņi astoņi deviņi desmit vienpadsmit divpadsmit trīspadsmit "
         "četrpadsmit piecpadsmit sešpadsmit septiņpadsmit astoņpadsmit deviņpadsmit").split()
TENS = dict(zip(range(20, 100, 10), ("divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit "
                                     "astoņdesmit deviņdesmit").split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "simts")

# Feminine forms of 1..9 by case (minūte, stunda, sekunde are feminine); 10..19 and tens do not decline.
F_NOM = ["", "viena", "divas", "trīs", "četras", "piecas", "sešas", "septiņas", "astoņas", "deviņas"]
F_DAT = ["", "vienai", "divām", "trim", "četrām", "piecām", "sešām", "septiņām", "astoņām", "deviņām"]
GEN = ["", "vienas", "divu", "triju", "četru", "piecu", "sešu", "septiņu", "astoņu", "deviņu"]
# Masculine dative of 2..9 (procents is masculine): uz diviem procentiem.
M_DAT = ["", "vienam", "diviem", "trim", "četriem", "pieciem", "sešiem", "septiņiem", "astoņiem", "deviņiem"]
# Hours: locative ("at seven", septiņos) and dative ("uz septiņiem").
H_LOC = ["", "vienos", "divos", "trijos", "četros", "piecos", "sešos", "septiņos", "astoņos", "deviņos", "desmitos",
         "vienpadsmitos", "divpadsmitos", "trīspadsmitos", "četrpadsmitos", "piecpadsmitos", "sešpadsmitos",
         "septiņpadsmitos", "astoņpadsmitos", "deviņpadsmitos", "divdesmitos", "divdesmit vienos", "divdesmit divos",
         "divdesmit trijos"]
H_DAT = ["", "vieniem", "diviem", "trim", "četriem", "pieciem", "sešiem", "septiņiem", "astoņiem", "deviņiem",
         "desmitiem", "vienpadsmitiem", "divpadsmitiem"]


def declined(n, table):
    """n before a noun, the units taken from `table` (10..20 and round tens do not decline)."""
    if n < 10:
        return table[n]
    t, u = divmod(n, 10)
    if n < 20 or u == 0:
        return num(n)
    return f"{TENS[t * 10]} {table[u]}"


DUR_N = (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90)
SEC_N = (10, 15, 20, 30, 45, 90)


def dur_dat():
    """After "uz" (accusative singular, dative plural): uz minūti, uz piecām minūtēm."""
    out = ["minūti", "vienu minūti", "stundu", "vienu stundu", "pusstundu", "pusotru stundu", "divām stundām",
           "2 stundām", "pusotru minūti"]
    for n in DUR_N:
        out += [f"{n} minūtēm", f"{declined(n, F_DAT)} minūtēm"]
    for n in SEC_N:
        out += [f"{n} sekundēm", f"{declined(n, F_DAT)} sekundēm"]
    return out


def dur_pec():
    """"pēc" with the duration, inside the slot (genitive singular, dative plural)."""
    out = ["pēc minūtes", "pēc vienas minūtes", "pēc stundas", "pēc pusstundas", "pēc pusotras stundas",
           "pēc divām stundām"]
    for n in DUR_N:
        out += [f"pēc {n} minūtēm", f"pēc {declined(n, F_DAT)} minūtēm"]
    return out


def dur_nom():
    out = ["viena minūte", "pusstunda", "stunda", "divas stundas"]
    for n in DUR_N:
        out += [f"{n} minūtes", f"{declined(n, F_NOM)} minūtes"]
    for n in SEC_N:
        out += [f"{declined(n, F_NOM)} sekundes"]
    return out


def dur_gen():
    """Genitive before taimeris: desmit minūšu taimeris."""
    out = ["pusstundas", "stundas", "divu stundu", "minūtes"]
    for n in DUR_N:
        out += [f"{n} minūšu", f"{declined(n, GEN)} minūšu"]
    return out


def loc_clocks():
    """Said for "at": septiņos, pusastoņos, 7:30, septiņos no rīta."""
    out = ["pusnaktī", "pusdienlaikā"]
    for h in range(1, 13):
        nxt = h % 12 + 1
        out += [H_LOC[h], f"{h}:00", f"{h}:30", f"{h}:15", f"{H_LOC[h]} trīsdesmit", f"{H_LOC[h]} piecpadsmit",
                f"pus{H_LOC[nxt]}", f"bez ceturkšņa {H_LOC[nxt]}", f"ceturksni pāri {H_DAT[h]}"]
        if 4 <= h <= 11:
            out += [f"{H_LOC[h]} no rīta", f"{h} no rīta", f"pus{H_LOC[h + 1]} no rīta"]
        if 6 <= h <= 11:
            out += [f"{H_LOC[h]} vakarā"]
        if 1 <= h <= 5:
            out += [f"{H_LOC[h]} pēcpusdienā", f"{H_LOC[h]} dienā"]
    for h in range(13, 24):
        out += [H_LOC[h], f"{h}:00", f"{h}:30", f"{H_LOC[h]} trīsdesmit"]
    return out


def dat_clocks():
    """Said after "uz": uz septiņiem, uz pusastoņiem, uz 7:30."""
    out = []
    for h in range(1, 13):
        nxt = h % 12 + 1
        out += [H_DAT[h], f"{h}:00", f"{h}:30", f"pus{H_DAT[nxt]}", f"{H_DAT[h]} trīsdesmit"]
        if 4 <= h <= 11:
            out += [f"{H_DAT[h]} no rīta", f"pus{H_DAT[h + 1]} no rīta"]
    out += [f"{h}:{m}" for h in range(13, 24) for m in ("00", "30")]
    return out


def calendar_clocks():
    out = ["[time : pusdienlaikā]"]
    for h in range(8, 21):
        out += [f"[time : {H_LOC[h]}]", f"pulksten [time : {h}]", f"[time : {h}:30]", f"[time : {H_LOC[h]} trīsdesmit]"]
    for h in range(1, 6):
        out += [f"[time : {H_LOC[h]} pēcpusdienā]", f"[time : pus{H_LOC[h + 1]}]"]
    return out


# Items in the accusative (pievieno pienu), as the verbs ask.
ITEMS = ["pienu", "olas", "maizi", "ābolus", "bumbierus", "banānus", "sviestu", "sieru", "kafiju", "rīsus",
         "makaronus", "tomātus", "tualetes papīru", "trauku mazgājamo līdzekli", "apelsīnu sulu", "jogurtu", "vistu",
         "sīpolus", "kartupeļus", "burkānus", "olīveļļu", "cukuru", "miltus", "auzu pienu", "kaķu barību",
         "baterijas", "citronus", "ķiplokus", "biezpienu", "kefīru"]


def items():
    one = ITEMS
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 2, 29)]
    return (one, [f"{one[a]} un {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} un {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("reiz", "plus", "mīnus", "dalīts ar", "reizināts ar"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 procenti no 150", "piecpadsmit procenti no astoņdesmit", "kvadrātsakne no 144",
            "kvadrātsakne no astoņdesmit viens", "2 pakāpē 10", "septiņi kvadrātā"]
    return out


WHEN = ["[date : rīt]", "[date : rītdien]", "[date : šodien]", "[date : parīt]", "[date : pirmdien]",
        "[date : otrdien]", "[date : trešdien]", "[date : ceturtdien]", "[date : piektdien]", "[date : sestdien]",
        "[date : svētdien]", "[date : nākamajā piektdienā]", "[date : nākamajā pirmdienā]", "[date : šajā sestdienā]"]
# Nominative / accusative event titles: (said as subject, said as object).
EVENTS = [("vizīte pie zobārsta", "vizīti pie zobārsta"), ("vizīte pie friziera", "vizīti pie friziera"),
          ("komandas sapulce", "komandas sapulci"), ("joga", "jogu"), ("klavierstunda", "klavierstundu"),
          ("futbola treniņš", "futbola treniņu"), ("grāmatu klubs", "grāmatu klubu"),
          ("darba intervija", "darba interviju"), ("auto apskate", "auto apskati"),
          ("vizīte pie veterinārārsta", "vizīti pie veterinārārsta"), ("dzimšanas diena", "dzimšanas dienu"),
          ("sapulce", "sapulci"), ("sporta zāle", "sporta zāli"), ("vecāku sapulce", "vecāku sapulci"),
          ("vizīte pie ārsta", "vizīti pie ārsta"), ("peldēšana", "peldēšanu")]
PEOPLE_ACC = ["annu", "jāni", "pēteri", "kati", "tomu", "ilzi", "mārtiņu", "līgu", "andri", "edgaru", "zani"]


def vocab():
    one, two, three = items()
    pct_words = [(n, f"{n} procentiem") for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)] + \
                [(n, f"{declined(n, M_DAT)} procentiem") for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90)]
    pct = [p for _, p in pct_words]
    levels = [str(n) for n in range(1, 11)] + [M_DAT[n] for n in range(2, 10)] + ["desmit"]
    return {
        "dur_dat": dur_dat(),
        "dur_pec": dur_pec(),
        "dur_nom": dur_nom(),
        "dur_gen": dur_gen(),
        "loc_clock": loc_clocks(),
        "dat_clock": dat_clocks(),
        "cal_clock": calendar_clocks(),
        "morning": [t for h in range(5, 11) for t in (H_LOC[h], f"{h}:00", f"{h}:30", f"pus{H_LOC[h + 1]}")],
        "evening": [t for h in range(6, 12) for t in (H_DAT[h], f"{h}:00")],
        "when": WHEN,
        "when_dat": ["[date : rītdienai]", "[date : šodienai]", "[date : nedēļas nogalei]", "[date : piektdienai]",
                     "[date : sestdienai]", "[date : nākamajai nedēļai]"],
        "cal_when": WHEN + ["[date : divpadsmitajā jūnijā]", "[date : trešajā martā]", "[date : piecpadsmitajā maijā]",
                            "[date : ziemassvētkos]", "[date : nākamnedēļ]"],
        "freq": ["katru dienu", "darba dienās", "no pirmdienas līdz piektdienai", "katru pirmdienu", "katru rītu",
                 "katru darba dienu"],
        "cal_freq": ["katru dienu", "darba dienās", "katru pirmdienu", "katru nedēļu", "katru otrdienu"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["iepirkumu", "pirkumu", "darāmo darbu", "dāvanu", "viesu", "vēlmju", "filmu", "grāmatu",
                 "pārtikas produktu", "ceļojuma"],
        "shop": ["iepirkumu", "pirkumu", "pārtikas produktu", "iepirkšanās"],
        "list_plain": ["atvaļinājums", "dāvanas", "remonts", "dārzs", "ballīte", "kāzas"],
        "in_room": ["[house_place : virtuvē]", "[house_place : viesistabā]", "[house_place : dzīvojamā istabā]",
                    "[house_place : guļamistabā]", "[house_place : vannas istabā]", "[house_place : gaitenī]",
                    "[house_place : priekšnamā]", "[house_place : darba istabā]", "[house_place : ēdamistabā]",
                    "[house_place : garāžā]", "[house_place : bērnistabā]", "[house_place : uz balkona]"],
        "room_acc": ["[house_place : virtuvi]", "[house_place : viesistabu]", "[house_place : guļamistabu]",
                     "[house_place : gaiteni]", "[house_place : dzīvokli]", "[house_place : visu māju]"],
        "lamp": ["lampu", "galda lampu", "naktslampiņu", "stāvlampu", "lustru", "sienas lampu", "lampiņu",
                 "griestu lampu"],
        "colour_acc": ["sarkanu", "zaļu", "zilu", "dzeltenu", "oranžu", "violetu", "rozā", "baltu", "siltu baltu",
                       "gaiši zilu"],
        "colour_def": ["sarkano", "zaļo", "zilo", "dzelteno", "oranžo", "violeto", "balto", "rozā"],
        "colour_nom": ["sarkana", "zaļa", "zila", "dzeltena", "oranža", "violeta", "rozā", "balta"],
        "colour_pl": ["sarkanas", "zaļas", "zilas", "dzeltenas", "oranžas", "violetas", "rozā", "baltas"],
        "pct_uz": [f"uz {p}" for p in pct],
        "pct_par": [f"par {n} procentiem" for n in (10, 20, 30, 50)] +
                   [f"par {declined(n, M_DAT)} procentiem" for n in (10, 20, 25, 30)],
        "vol_uz": [f"uz {lv}" for lv in levels] + [f"uz {p}" for p in pct[::3]],
        "bit": ["mazliet", "nedaudz", "drusku", "mazdrusciņ"],
        "event_nom": [n for n, _ in EVENTS],
        "event_acc": [a for _, a in EVENTS],
        "meet": ["tikšanās", "pusdienas", "vakariņas", "sapulce"],
        "meet_acc": ["tikšanos", "pusdienas", "vakariņas", "sapulci", "kafijas pauzi"],
        "person": PEOPLE_ACC,
        "in_city": ["[place_name : rīgā]", "[place_name : liepājā]", "[place_name : daugavpilī]",
                    "[place_name : jelgavā]", "[place_name : ventspilī]", "[place_name : jūrmalā]",
                    "[place_name : valmierā]", "[place_name : londonā]", "[place_name : berlīnē]",
                    "[place_name : parīzē]", "[place_name : tallinā]", "[place_name : ņujorkā]"],
        "rain": ["līs", "snigs"],
        "weather_adj": ["auksts", "silts", "karsts", "saulains", "vējains", "apmācies"],
        "expr": maths(),
        "plug": ["kontaktligzdu", "viedo kontaktligzdu", "rozeti"],
        "coffee": ["kapučīno", "espresso", "late", "amerikāno", "kafiju ar pienu"],
        "genre": ["džezu", "roku", "klasisko mūziku", "popmūziku", "mierīgu mūziku", "latviešu mūziku"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "uzliec taimeri uz {time=dur_dat}",
        "iestati taimeri uz {time=dur_dat}",
        "taimeris uz {time=dur_dat}",
        "taimeri uz {time=dur_dat}",
        "uzliec {time=dur_gen} taimeri",
        "iestati {time=dur_gen} taimeri",
        "taimeris {time=dur_nom}",
        "ieslēdz taimeri uz {time=dur_dat}",
        "vai vari uzlikt taimeri uz {time=dur_dat}",
        "lūdzu uzliec taimeri uz {time=dur_dat}",
        "man vajag taimeri uz {time=dur_dat}",
        "pamodini mani {time=dur_pec}",
        "atgādini man {time=dur_pec}",
    ]),
    ("alarm_set", 48, [
        "pamodini mani {time=loc_clock}",
        "pamodini mani pulksten {time=loc_clock}",
        "uzliec modinātāju uz {time=dat_clock}",
        "iestati modinātāju uz {time=dat_clock}",
        "uzliec modinātāju {time=loc_clock}",
        "modinātājs uz {time=dat_clock}",
        "modinātājs {time=loc_clock}",
        "pamodini mani {when} {time=loc_clock}",
        "uzliec modinātāju {when} uz {time=dat_clock}",
        "uzliec modinātāju uz {time=dat_clock} {general_frequency=freq}",
        "modini mani {general_frequency=freq} {time=loc_clock}",
        "pamodini mani [timeofday : no rīta] {time=morning}",
        "uzliec modinātāju uz {time=evening} [timeofday : vakarā]",
        "pamodini mani [date : rīt] [timeofday : no rīta] {time=morning}",
        "vai vari mani pamodināt {time=loc_clock}",
        "man jāceļas {time=loc_clock}",
        "jauns modinātājs uz {time=dat_clock}",
        "uzliec signālu uz {time=dat_clock}",
        "iestati signālu {when} {time=loc_clock}",
    ]),
    ("alarm_query", 8, [
        "kādi modinātāji ir uzlikti", "parādi manus modinātājus", "uz cikiem ir uzlikts modinātājs",
        "cikos zvanīs modinātājs", "cik laika vēl atlicis taimerim", "cik laika palicis taimerī",
        "vai man {when} ir uzlikts modinātājs", "kādi man ir modinātāji",
    ]),
    ("alarm_remove", 10, [
        "izdzēs modinātāju", "izdzēs visus modinātājus", "apturi taimeri", "atcel taimeri",
        "izdzēs modinātāju uz {time=dat_clock}", "izslēdz modinātāju {when}", "izslēdz modinātāju",
        "atcel modinātāju {when} uz {time=dat_clock}", "atcel visus taimerus", "noņem modinātāju",
    ]),
    ("lists_createoradd", 34, [
        "pievieno {items} {list_name=shop} sarakstam",
        "pievieno {items} manam {list_name=shop} sarakstam",
        "pievieno {items} sarakstam",
        "ieraksti {items} {list_name=shop} sarakstā",
        "ieliec {items} {list_name=shop} sarakstā",
        "vai vari pievienot {items} {list_name=shop} sarakstam",
        "pievieno sarakstam arī {items}",
        "pieraksti {items2} {list_name=shop} sarakstā",
        "pievieno {items2} manam sarakstam",
        "lūdzu pievieno {items} {list_name=shop} sarakstam",
    ]),
    ("lists_createoradd", 12, [
        "izveido jaunu {list_name=list} sarakstu",
        "izveido {list_name=list} sarakstu",
        "izveido jaunu sarakstu",
        "sāc jaunu {list_name=list} sarakstu",
        "izveido sarakstu ar nosaukumu {list_name=list_plain}",
        "uztaisi jaunu {list_name=list} sarakstu",
    ]),
    ("lists_remove", 18, [
        "izņem {item} no {list_name=shop} saraksta",
        "izsvītro {item} no saraksta",
        "izdzēs {item} no mana {list_name=shop} saraksta",
        "izdzēs {list_name=list} sarakstu",
        "iztīri {list_name=list} sarakstu",
        "izņem {item} no mana {list_name=shop} saraksta",
        "izsvītro {item}",
        "izdzēs manu {list_name=list} sarakstu",
    ]),
    ("lists_query", 16, [
        "kas ir manā {list_name=list} sarakstā",
        "kas man ir {list_name=list} sarakstā",
        "nolasi {list_name=list} sarakstu",
        "parādi {list_name=list} sarakstu",
        "kādi man ir saraksti",
        "kas ir manā sarakstā",
        "nolasi man manu {list_name=list} sarakstu",
        "parādi man manu {list_name=list} sarakstu",
    ]),
    ("iot_hue_lighton", 36, [
        "ieslēdz gaismu",
        "iededz gaismu",
        "ieslēdz gaismu {in_room}",
        "ieslēdz gaismas {in_room}",
        "ieslēdz {device_type=lamp}",
        "ieslēdz {device_type=lamp} {in_room}",
        "ieslēdz visas gaismas",
        "te ir tumšs ieslēdz gaismu",
        "vai vari ieslēgt gaismu",
        "gaismu lūdzu",
        "iededz gaismu {in_room}",
        "ieslēdz apgaismojumu {in_room}",
        "lūdzu ieslēdz gaismu",
        "iededz {device_type=lamp}",
        "{in_room} ir tumšs ieslēdz gaismu",
        "ieslēdz gaismu {in_room} lūdzu",
        "vai tu varētu ieslēgt gaismu {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "izslēdz gaismu",
        "nodzēs gaismu",
        "izslēdz gaismu {in_room}",
        "izslēdz gaismas {in_room}",
        "izslēdz {device_type=lamp}",
        "nodzēs visas gaismas",
        "vai vari izslēgt gaismu",
        "izslēdz apgaismojumu {in_room}",
        "nodzēs gaismu {in_room}",
        "izslēdz visas gaismas",
        "lūdzu izslēdz gaismu",
    ]),
    ("iot_hue_lightup", 14, [
        "padari gaismu spilgtāku", "gaišāk", "spilgtāk", "palielini spilgtumu",
        "palielini spilgtumu {change_amount=pct_par}", "[change_amount : mazliet] gaišāk",
        "padari gaismu spilgtāku {in_room}", "paspilgtini gaismu", "gaišāk {in_room}",
        "palielini gaismu {change_amount=pct_uz}", "padari [change_amount : nedaudz] gaišāk",
    ]),
    ("iot_hue_lightdim", 14, [
        "aptumšo gaismu", "tumšāk", "padari gaismu blāvāku", "samazini spilgtumu", "padari tumšāk",
        "aptumšo gaismu {change_amount=bit}", "samazini spilgtumu {change_amount=pct_uz}", "gaisma ir par spilgtu",
        "aptumšo gaismas {in_room}", "samazini gaismu {in_room}", "samazini spilgtumu {change_amount=pct_par}",
    ]),
    ("iot_hue_lightchange", 26, [
        "nomaini gaismas krāsu uz {color_type=colour_acc}",
        "padari gaismu {color_type=colour_acc}",
        "nomaini gaismas {in_room} uz {color_type=colour_acc}",
        "lai gaisma ir {color_type=colour_nom}",
        "pārslēdz gaismu uz {color_type=colour_acc}",
        "ieslēdz {color_type=colour_def} gaismu",
        "padari gaismas {in_room} {color_type=colour_pl}",
        "iestati lampas krāsu uz {color_type=colour_acc}",
        "iestati spilgtumu {change_amount=pct_uz}",
        "iestati gaismu {change_amount=pct_uz}",
    ]),
    ("audio_volume_up", 14, [
        "skaļāk", "pagriez skaļāk", "uzgriez skaļāk", "palielini skaļumu", "padari skaļāk",
        "pagriez {change_amount=bit} skaļāk", "neko nedzirdu pagriez skaļāk", "vai vari pagriezt skaļāk",
        "skaļāk lūdzu", "[change_amount : mazliet] skaļāk", "uzgriez mūziku skaļāk",
    ]),
    ("audio_volume_up", 12, [
        "iestati skaļumu {change_amount=vol_uz}", "skaļumu {change_amount=vol_uz}",
        "palielini skaļumu {change_amount=vol_uz}", "uzliec skaļumu {change_amount=vol_uz}",
        "palielini skaļumu [change_amount : par vienu]", "palielini skaļumu {change_amount=pct_par}",
    ]),
    ("audio_volume_down", 14, [
        "klusāk", "pagriez klusāk", "nogriez klusāk", "samazini skaļumu", "pagriez mūziku klusāk",
        "pagriez {change_amount=bit} klusāk", "par skaļu", "samazini skaļumu {change_amount=vol_uz}",
        "klusāk lūdzu", "vai vari pagriezt klusāk", "[change_amount : mazliet] klusāk",
        "samazini skaļumu [change_amount : par vienu]",
    ]),
    ("audio_volume_mute", 9, [
        "izslēdz skaņu", "apklusini", "apklusini skaļruni", "klusums", "klusu lūdzu", "izslēdz skaņu pavisam",
        "bez skaņas", "apklusini mūziku", "pilnīgs klusums", "apklusini visu", "izslēdz skaņu lūdzu",
    ]),
    ("calendar_set", 40, [
        "pievieno kalendāram {event_name=event_acc} {cal_when} {cal_clock}",
        "ieraksti kalendārā {event_name=event_acc} {cal_when} {cal_clock}",
        "pieraksti {event_name=event_acc} {cal_when} {cal_clock}",
        "ieplāno {event_name=event_acc} {cal_when} {cal_clock}",
        "{event_name=meet} ar [person : {person}] {cal_when} {cal_clock}",
        "ieplāno {event_name=meet_acc} ar [person : {person}] {cal_when} {cal_clock}",
        "man ir {event_name=event_nom} {cal_when} {cal_clock} ieraksti to kalendārā",
        "pievieno {event_name=event_acc} kalendāram {cal_when}",
        "pievieno {event_name=event_acc} {general_frequency=cal_freq} {cal_clock}",
        "atgādini man par {event_name=event_acc} {cal_when} {cal_clock}",
    ]),
    ("calendar_query", 14, [
        "kas man ir {cal_when}", "kas ir kalendārā {cal_when}", "parādi kalendāru {when}",
        "kāds ir mans nākamais notikums", "vai man {cal_when} kaut kas ir ieplānots", "kad ir {event_name=event_nom}",
        "cikos ir {event_name=event_nom}", "nolasi manu kalendāru", "kādi man ir plāni {when}",
    ]),
    ("calendar_remove", 10, [
        "atcel {event_name=event_acc} {cal_when}", "izdzēs {event_name=event_acc} no kalendāra",
        "izdzēs visus notikumus {when}", "atcel {event_name=event_acc}", "noņem {event_name=event_acc} no kalendāra",
    ]),
    ("qa_maths", 24, [
        "cik ir {expr}", "cik būs {expr}", "aprēķini {expr}", "{expr}", "izrēķini {expr}", "cik sanāk {expr}",
    ]),
    ("datetime_query", 18, [
        "cik pulkstenis", "cik ir pulkstenis", "cik tagad ir pulkstenis", "cik pulkstens", "pasaki cik ir pulkstenis",
        "kāds [date : šodien] ir datums", "kas [date : šodien] par dienu", "kāds datums ir [date : šodien]",
        "kāda nedēļas diena būs [date : rīt]", "kāds datums būs [date : rīt]", "cik pulkstenis ir {in_city}",
        "kurā nedēļas dienā ir [date : ziemassvētki] šogad", "cik tagad ir pulkstenis {in_city}",
        "kāda diena būs [date : parīt]",
    ]),
    ("weather_query", 18, [
        "kāds ir laiks", "kāds būs laiks {when}", "laika prognoze {when_dat}", "kāds laiks ir {in_city}",
        "vai {when} {weather_descriptor=rain}", "vai {when} būs {weather_descriptor=weather_adj}", "vai {when} būs [weather_descriptor : lietus]",
        "kāda ir [weather_descriptor : temperatūra] ārā", "vai man {when} vajadzēs [weather_descriptor : lietussargu]",
        "kāda ir laika prognoze {when}", "vai {in_city} [weather_descriptor : līst]",
        "kāds būs laiks {in_city} {when}", "cik grādu ir ārā",
    ]),
    ("general_joke", 5, ["pastāsti joku", "pastāsti anekdoti", "sasmīdini mani", "vai zini kādu joku",
                         "pasaki kaut ko smieklīgu"]),
    ("general_greet", 5, ["sveiki", "labdien", "labvakar", "čau kā iet", "labrīt", "sveiks kā tev iet"]),
    ("iot_coffee", 5, ["uztaisi man kafiju", "pagatavo kafiju", "gribu kafiju", "uztaisi man {coffee_type=coffee}",
                       "ieslēdz kafijas automātu", "pagatavo {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["ieslēdz putekļsūcēju", "izsūc putekļus {in_room}", "iedarbini [device_type : robotu putekļsūcēju]",
                         "uzkop {room_acc}", "ieslēdz [device_type : robotu putekļsūcēju]"]),
    ("iot_wemo_on", 4, ["ieslēdz {device_type=plug}", "pieslēdz {device_type=plug}"]),
    ("iot_wemo_off", 4, ["izslēdz {device_type=plug}", "atslēdz {device_type=plug}"]),
    ("play_music", 5, ["ieslēdz mūziku", "atskaņo {music_genre=genre}", "uzliec {music_genre=genre}",
                       "atskaņo kādu mūziku"]),
    ("play_radio", 3, ["ieslēdz radio", "gribu klausīties radio", "atskaņo radio"]),
]
