"""Slovenian (sl-SL) command templates. Pattern language: see ../README.md.

Clock times: the hour in the locative after "ob" ("ob [time : sedmih]"); "pol osmih" is 7:30,
"četrt na osem" 7:15, "tri četrt na osem" 7:45; 24-hour times ("ob sedemnajstih", "17:30") as well.
As most of MASSIVE's sl-SL train records write them: "ob", "za", "čez", "na" stay outside the time
slot ("čez [time : deset minut]"), the part of the day after the hour inside it ("ob [time : sedmih
zjutraj]"); "v" outside the date and the room ("v [date : petek]", "v [house_place : kuhinji]");
"z" / "s" outside the person slot, the name in the instrumental ("z [person : ano]");
change_amount keeps its preposition ("[change_amount : na petdeset odstotkov]"). List names either
as the adjective before "seznam" in the case the sentence needs ("na [list_name : nakupovalni] seznam",
"na [list_name : nakupovalnem] seznamu") or as the genitive after it ("seznam [list_name : opravkov]").
Nouns agree with numbers, dual included (eno minuto, dve minuti, tri minute, pet minut).
"""
from generate import tens_units

SMALL = ("nič ena dva tri štiri pet šest sedem osem devet deset enajst dvanajst trinajst štirinajst petnajst "
         "šestnajst sedemnajst osemnajst devetnajst").split()
TENS = dict(zip(range(20, 100, 10), "dvajset trideset štirideset petdeset šestdeset sedemdeset osemdeset devetdeset".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{u}in{t}", "sto")
# Feminine accusative of 1..12 (ura, minuta): eno, dve; also the hour after "četrt na".
ACC_F = ["", "eno", "dve", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet", "deset", "enajst", "dvanajst"]
# Hours in the locative, after "ob": ob sedmih, ob pol osmih.
LOC = ["", "enih", "dveh", "treh", "štirih", "petih", "šestih", "sedmih", "osmih", "devetih", "desetih", "enajstih",
       "dvanajstih", "trinajstih", "štirinajstih", "petnajstih", "šestnajstih", "sedemnajstih", "osemnajstih",
       "devetnajstih", "dvajsetih", "enaindvajsetih", "dvaindvajsetih", "triindvajsetih"]


def fem_acc(n):
    return ACC_F[n] if n <= 2 else num(n)


def noun(n, one, two, few, many):
    """Singular, dual, plural or genitive plural after n (by its last two digits)."""
    r = n % 100
    return {1: one, 2: two, 3: few, 4: few}.get(r, many)


MIN = ("minuto", "minuti", "minute", "minut")
SEC = ("sekundo", "sekundi", "sekunde", "sekund")
HOUR = ("uro", "uri", "ure", "ur")


def durations():
    """Accusative, as after "na" / "za" / "čez": eno minuto, dve minuti, tri minute, pet minut."""
    out = ["minuto", "eno minuto", "uro", "eno uro", "pol ure", "uro in pol", "dve uri", "2 uri", "tri ure",
           "minuto in pol", "dve minuti in pol", "četrt ure"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        word = noun(n, *MIN)
        out += [f"{n} {word}", f"{fem_acc(n)} {word}"]
    for n in (10, 15, 20, 30, 45, 90):
        word = noun(n, *SEC)
        out += [f"{n} {word}", f"{fem_acc(n)} {word}"]
    return out


def ob_clocks():
    """The time slot said after "ob"."""
    out = ["polnoči"]
    for h in range(1, 13):
        nxt = h % 12 + 1
        out += [LOC[h], f"{h}:00", f"{h}:30", f"{h}:15", f"{h}:45", f"{LOC[h]} trideset", f"{LOC[h]} petnajst",
                f"pol {LOC[nxt]}", f"četrt na {ACC_F[nxt]}", f"tri četrt na {ACC_F[nxt]}"]
        if 4 <= h <= 11:
            out += [f"{LOC[h]} zjutraj", f"{h} zjutraj", f"pol {LOC[h + 1]} zjutraj"]
        if 6 <= h <= 11:
            out += [f"{LOC[h]} zvečer"]
        if 1 <= h <= 6:
            out += [f"{LOC[h]} popoldne"]
        if 8 <= h <= 11:
            out += [f"{LOC[h]} dopoldne"]
    for h in range(13, 24):
        out += [LOC[h], f"{h}:00", f"{h}:30", f"{LOC[h]} trideset"]
    return out


def na_clocks():
    """After "na" (nastavi budilko na sedem): the cardinal, as people say it."""
    out = []
    for h in range(1, 13):
        out += [ACC_F[h], f"{h}:00", f"{h}:30", f"{ACC_F[h]} trideset"]
        if 4 <= h <= 11:
            out += [f"{ACC_F[h]} zjutraj"]
    return out


def calendar_clocks():
    out = ["[time : opoldne]"]
    for h in range(8, 21):
        out += [f"ob [time : {t}]" for t in (LOC[h], f"{h}:00", f"{h}:30", f"{LOC[h]} trideset")]
    for h in range(1, 6):
        out += [f"ob [time : {LOC[h]} popoldne]", f"ob [time : pol {LOC[h + 1]}]"]
    return out


# Accusative, as "dodaj" asks.
ITEMS = ["mleko", "jajca", "kruh", "jabolka", "hruške", "banane", "maslo", "sir", "kavo", "riž", "testenine",
         "paradižnik", "toaletni papir", "detergent za posodo", "pomarančni sok", "jogurt", "piščanca", "čebulo",
         "krompir", "korenje", "olivno olje", "sladkor", "moko", "ovseno mleko", "hrano za mačke", "baterije",
         "limone", "česen", "skuto", "kefir"]


def items():
    one = ITEMS
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 2, 29)]
    return (one, [f"{one[a]} in {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} in {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("krat", "plus", "minus", "deljeno z", "pomnoženo z"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 odstotkov od 150", "petnajst odstotkov od osemdeset", "kvadratni koren iz 144",
            "kvadratni koren iz enainosemdeset", "sedem na kvadrat", "dvanajst na kvadrat"]
    return out


WHEN = ["[date : jutri]", "[date : danes]", "[date : pojutrišnjem]", "v [date : ponedeljek]", "v [date : torek]",
        "v [date : sredo]", "v [date : četrtek]", "v [date : petek]", "v [date : soboto]", "v [date : nedeljo]",
        "naslednji [date : petek]", "naslednji [date : ponedeljek]", "to [date : soboto]"]
# (nominative, accusative) event titles.
EVENTS = [("obisk pri zobozdravniku", "obisk pri zobozdravniku"), ("termin pri frizerju", "termin pri frizerju"),
          ("sestanek ekipe", "sestanek ekipe"), ("joga", "jogo"), ("ura klavirja", "uro klavirja"),
          ("nogometni trening", "nogometni trening"), ("bralni klub", "bralni klub"),
          ("razgovor za službo", "razgovor za službo"), ("tehnični pregled", "tehnični pregled"),
          ("obisk pri veterinarju", "obisk pri veterinarju"), ("rojstni dan", "rojstni dan"), ("sestanek", "sestanek"),
          ("fitnes", "fitnes"), ("roditeljski sestanek", "roditeljski sestanek"),
          ("pregled pri zdravniku", "pregled pri zdravniku"), ("plavanje", "plavanje")]
WITH_PERSON = ["z [person : ano]", "s [person : petrom]", "z [person : mojco]", "s [person : tomažem]",
               "z [person : janezom]", "s [person : špelo]", "z [person : markom]", "z [person : nino]",
               "z [person : luko]", "z [person : majo]", "s [person : katjo]"]


def vocab():
    one, two, three = items()
    pct = [f"{n} odstotkov" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)] + \
          [f"{num(n)} odstotkov" for n in (10, 20, 30, 50, 70)] + [f"{n} procentov" for n in (20, 50, 80)]
    levels = [str(n) for n in range(1, 11)] + [num(n) for n in range(1, 11)]
    return {
        "dur": durations(),
        "dur_many": [d for d in durations() if d.split()[-1] in ("minut", "sekund")],
        "ob_clock": ob_clocks(),
        "na_clock": na_clocks(),
        "cal_clock": calendar_clocks(),
        "morning": [t for h in range(5, 11) for t in (LOC[h], f"{h}:00", f"pol {LOC[h + 1]}")],
        "evening": [t for h in range(6, 12) for t in (LOC[h], f"{h}:00")],
        "when": WHEN,
        "when_za": ["za [date : jutri]", "za [date : danes]", "za [date : pojutrišnjem]", "za [date : ponedeljek]",
                    "za [date : petek]", "za [date : soboto]", "za [date : nedeljo]", "za [date : sredo]",
                    "za naslednji [date : torek]", "za [date : vikend]"],
        "cal_when": WHEN + ["[date : dvanajstega junija]", "[date : tretjega marca]", "[date : petnajstega]",
                            "za [date : božič]", "[date : naslednji teden]"],
        "freq": ["vsak dan", "ob delavnikih", "od ponedeljka do petka", "vsak ponedeljek", "vsako jutro",
                 "vsak delovni dan"],
        "cal_freq": ["vsak dan", "ob delavnikih", "vsak ponedeljek", "vsak teden", "vsak torek"],
        "item": one, "items": one + two + three, "items2": two + three,
        "gen_list": ["opravkov", "opravil", "živil", "daril", "gostov", "želja", "filmov", "knjig", "za dopust",
                     "za trgovino"],
        "shop_gen": ["živil", "za trgovino", "nakupov", "stvari za kupiti"],
        "list_plain": ["dopust", "darila", "prenova", "vrt", "zabava", "poroka"],
        "in_room": ["v [house_place : kuhinji]", "v [house_place : dnevni sobi]", "v [house_place : spalnici]",
                    "v [house_place : kopalnici]", "na [house_place : hodniku]", "v [house_place : delovni sobi]",
                    "v [house_place : jedilnici]", "v [house_place : garaži]", "v [house_place : otroški sobi]",
                    "v [house_place : predsobi]", "na [house_place : balkonu]", "v [house_place : pisarni]"],
        "room_acc": ["[house_place : dnevno sobo]", "[house_place : kuhinjo]", "[house_place : spalnico]",
                     "[house_place : hodnik]", "[house_place : stanovanje]", "[house_place : preprogo]"],
        "lamp": ["svetilko", "namizno svetilko", "nočno lučko", "stoječo svetilko", "lestenec", "lučko",
                 "stropno luč"],
        "colour_acc": ["rdečo", "zeleno", "modro", "rumeno", "oranžno", "vijolično", "roza", "belo", "toplo belo",
                       "svetlo modro"],
        "colour_nom": ["rdeča", "zelena", "modra", "rumena", "oranžna", "vijolična", "roza", "bela"],
        "colour_pl": ["rdeče", "zelene", "modre", "rumene", "oranžne", "vijolične", "roza", "bele"],
        "pct_na": [f"na {p}" for p in pct],
        "pct_za": [f"za {p}" for p in pct[:8]],
        "vol_na": [f"na {lv}" for lv in levels] + [f"na {p}" for p in pct[::3]],
        "bit": ["malo", "malce", "nekoliko", "čisto malo"],
        "event_nom": [n for n, _ in EVENTS],
        "event_acc": [a for _, a in EVENTS],
        "meet": ["sestanek", "zmenek", "klic", "kosilo", "kava"],
        "meet_acc": ["sestanek", "zmenek", "klic", "kosilo"],
        "with_person": WITH_PERSON,
        "in_city": ["v [place_name : ljubljani]", "v [place_name : mariboru]", "v [place_name : celju]",
                    "v [place_name : kopru]", "v [place_name : kranju]", "v [place_name : novem mestu]",
                    "v [place_name : londonu]", "v [place_name : berlinu]", "v [place_name : parizu]",
                    "v [place_name : zagrebu]", "na [place_name : dunaju]", "v [place_name : new yorku]"],
        "rain": ["deževalo", "snežilo", "pihalo"],
        "weather_adj": ["hladno", "toplo", "vroče", "sončno", "vetrovno", "oblačno"],
        "expr": maths(),
        "plug": ["vtičnico", "pametno vtičnico", "stikalo"],
        "coffee": ["kapučino", "espresso", "latte", "dolgo kavo", "kavo z mlekom"],
        "genre": ["jazz", "rock", "klasično glasbo", "pop", "narodnozabavno glasbo", "sproščujočo glasbo"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "nastavi časovnik na {time=dur}",
        "časovnik na {time=dur}",
        "časovnik za {time=dur}",
        "timer {time=dur_many}",
        "nastavi timer na {time=dur}",
        "vklopi časovnik za {time=dur}",
        "odštevaj {time=dur}",
        "lahko nastaviš časovnik na {time=dur}",
        "potrebujem časovnik za {time=dur}",
        "zbudi me čez {time=dur}",
        "opomni me čez {time=dur}",
        "prosim nastavi časovnik na {time=dur}",
        "začni odštevanje {time=dur_many}",
        "nastavi štoparico na {time=dur}",
    ]),
    ("alarm_set", 48, [
        "zbudi me ob {time=ob_clock}",
        "nastavi budilko ob {time=ob_clock}",
        "nastavi budilko na {time=na_clock}",
        "nastavi alarm ob {time=ob_clock}",
        "budilka ob {time=ob_clock}",
        "alarm ob {time=ob_clock}",
        "zbudi me {when} ob {time=ob_clock}",
        "nastavi budilko {when_za} ob {time=ob_clock}",
        "nastavi budilko ob {time=ob_clock} {general_frequency=freq}",
        "budi me {general_frequency=freq} ob {time=ob_clock}",
        "zbudi me [timeofday : zjutraj] ob {time=morning}",
        "nastavi budilko ob {time=evening} [timeofday : zvečer]",
        "zbudi me [date : jutri] [timeofday : zjutraj] ob {time=morning}",
        "me lahko zbudiš ob {time=ob_clock}",
        "moram vstati ob {time=ob_clock}",
        "nova budilka ob {time=ob_clock}",
        "budilka {when_za} ob {time=ob_clock}",
        "nastavi alarm {when_za} na {time=na_clock}",
    ]),
    ("alarm_query", 8, [
        "katere budilke imam nastavljene", "pokaži moje budilke", "ob kateri uri je nastavljena budilka",
        "kdaj bo zvonila budilka", "koliko časa je še ostalo na časovniku", "koliko še manjka na časovniku",
        "ali imam {when} nastavljeno budilko", "seznam budilk",
    ]),
    ("alarm_remove", 10, [
        "izbriši budilko", "izbriši vse budilke", "ustavi časovnik", "prekliči časovnik",
        "izbriši budilko ob {time=ob_clock}", "izklopi budilko {when_za}", "izklopi budilko",
        "prekliči budilko {when_za} ob {time=ob_clock}", "prekliči vse časovnike", "odstrani alarm",
    ]),
    ("lists_createoradd", 34, [
        "dodaj {items} na [list_name : nakupovalni] seznam",
        "dodaj {items} na seznam {list_name=shop_gen}",
        "dodaj {items} na seznam",
        "zapiši {items} na [list_name : nakupovalni] seznam",
        "dodaj {items} na moj [list_name : nakupovalni] seznam",
        "lahko dodaš {items} na seznam {list_name=shop_gen}",
        "moram kupiti {items} dodaj na seznam",
        "na [list_name : nakupovalni] seznam dodaj {items2}",
        "dodaj {items2} na moj seznam",
        "prosim dodaj {items} na seznam {list_name=shop_gen}",
    ]),
    ("lists_createoradd", 12, [
        "ustvari nov seznam {list_name=gen_list}",
        "naredi seznam {list_name=gen_list}",
        "naredi nov seznam",
        "začni nov seznam {list_name=gen_list}",
        "ustvari seznam z imenom {list_name=list_plain}",
        "ustvari nov [list_name : nakupovalni] seznam",
    ]),
    ("lists_remove", 18, [
        "odstrani {item} s seznama {list_name=shop_gen}",
        "izbriši {item} s seznama",
        "prečrtaj {item} z [list_name : nakupovalnega] seznama",
        "izbriši seznam {list_name=gen_list}",
        "počisti seznam {list_name=gen_list}",
        "odstrani {item} z mojega seznama {list_name=shop_gen}",
        "prečrtaj {item}",
        "izbriši [list_name : nakupovalni] seznam",
    ]),
    ("lists_query", 16, [
        "kaj je na seznamu {list_name=gen_list}",
        "kaj imam na [list_name : nakupovalnem] seznamu",
        "preberi seznam {list_name=gen_list}",
        "pokaži seznam {list_name=gen_list}",
        "katere sezname imam",
        "kaj je na mojem seznamu",
        "preberi mi moj seznam {list_name=gen_list}",
        "kaj je na mojem [list_name : nakupovalnem] seznamu",
    ]),
    ("iot_hue_lighton", 36, [
        "prižgi luč",
        "vklopi luč",
        "prižgi luč {in_room}",
        "prižgi luči {in_room}",
        "prižgi {device_type=lamp}",
        "vklopi {device_type=lamp} {in_room}",
        "prižgi vse luči",
        "tukaj je temno prižgi luč",
        "lahko prižgeš luč",
        "luč prosim",
        "vklopi luč {in_room}",
        "vklopi razsvetljavo {in_room}",
        "prosim prižgi luč",
        "prižgi {device_type=lamp} {in_room}",
        "{in_room} je pretemno prižgi luč",
        "prižgi luči {in_room} prosim",
        "bi lahko prižgal luč {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "ugasni luč",
        "izklopi luč",
        "ugasni luč {in_room}",
        "ugasni luči {in_room}",
        "ugasni {device_type=lamp}",
        "ugasni vse luči",
        "lahko ugasneš luč",
        "izklopi razsvetljavo {in_room}",
        "izklopi luči {in_room}",
        "izklopi vse luči",
        "prosim ugasni luč",
    ]),
    ("iot_hue_lightup", 14, [
        "posvetli luč", "svetleje", "bolj svetlo prosim", "povečaj svetlost",
        "povečaj svetlost {change_amount=pct_za}", "{change_amount=bit} svetleje", "posvetli luči {in_room}",
        "močnejšo luč prosim", "svetleje {in_room}", "povečaj svetlost {change_amount=pct_na}",
    ]),
    ("iot_hue_lightdim", 14, [
        "zatemni luč", "temneje", "pritemni luči", "zmanjšaj svetlost", "manj svetlo prosim",
        "zatemni luč {change_amount=bit}", "zmanjšaj svetlost {change_amount=pct_na}", "luč je premočna",
        "zatemni luči {in_room}", "zmanjšaj svetlost {change_amount=pct_za}", "{change_amount=bit} temneje",
    ]),
    ("iot_hue_lightchange", 26, [
        "spremeni barvo luči v {color_type=colour_acc}",
        "spremeni barvo luči na {color_type=colour_acc}",
        "nastavi luči {in_room} na {color_type=colour_acc}",
        "naj bo luč {color_type=colour_nom}",
        "spremeni luč v {color_type=colour_acc}",
        "prižgi {color_type=colour_acc} luč",
        "luči {in_room} naj bodo {color_type=colour_pl}",
        "nastavi barvo svetilke na {color_type=colour_acc}",
        "nastavi svetlost {change_amount=pct_na}",
        "nastavi luč {change_amount=pct_na}",
    ]),
    ("audio_volume_up", 14, [
        "glasneje", "bolj glasno", "pojačaj", "povečaj glasnost", "zvišaj glasnost", "pojačaj {change_amount=bit}",
        "nič ne slišim pojačaj", "lahko daš glasneje", "glasneje prosim", "{change_amount=bit} glasneje",
        "pojačaj glasbo",
    ]),
    ("audio_volume_up", 12, [
        "nastavi glasnost {change_amount=vol_na}", "glasnost {change_amount=vol_na}",
        "povečaj glasnost {change_amount=vol_na}", "spremeni glasnost {change_amount=vol_na}",
        "povečaj glasnost {change_amount=pct_za}",
    ]),
    ("audio_volume_down", 14, [
        "tišje", "bolj tiho", "utišaj", "zmanjšaj glasnost", "znižaj glasnost", "utišaj glasbo",
        "utišaj {change_amount=bit}", "preglasno je", "zmanjšaj glasnost {change_amount=vol_na}", "tišje prosim",
        "lahko daš tišje", "{change_amount=bit} tišje",
    ]),
    ("audio_volume_mute", 9, [
        "izklopi zvok", "brez zvoka", "tišina", "bodi tiho", "vklopi nemi način", "izklopi zvok na zvočniku",
        "tišina prosim", "popolnoma utišaj zvok", "izklopi ton", "izklopi zvok prosim", "utišaj vse",
    ]),
    ("calendar_set", 40, [
        "dodaj {event_name=event_acc} v koledar {cal_when} {cal_clock}",
        "vpiši v koledar {event_name=event_acc} {cal_when} {cal_clock}",
        "zapiši {event_name=event_acc} {cal_when} {cal_clock}",
        "načrtuj {event_name=event_acc} {cal_when} {cal_clock}",
        "{event_name=meet} {with_person} {cal_when} {cal_clock}",
        "dogovori {event_name=meet_acc} {with_person} {cal_when} {cal_clock}",
        "imam {event_name=event_acc} {cal_when} {cal_clock} zapiši to",
        "dodaj {event_name=event_acc} v koledar {cal_when}",
        "dodaj {event_name=event_acc} {general_frequency=cal_freq} {cal_clock}",
        "opomni me na {event_name=event_acc} {cal_when} {cal_clock}",
    ]),
    ("calendar_query", 14, [
        "kaj imam {cal_when}", "kaj je v koledarju {when_za}", "pokaži koledar {when_za}",
        "kateri je moj naslednji dogodek", "ali imam {cal_when} kaj", "kdaj je {event_name=event_nom}",
        "ob kateri uri je {event_name=event_nom}", "preberi moj koledar", "kakšne načrte imam {when}",
    ]),
    ("calendar_remove", 10, [
        "prekliči {event_name=event_acc} {cal_when}", "izbriši {event_name=event_acc} iz koledarja",
        "izbriši vse dogodke {when}", "prekliči {event_name=event_acc}", "odstrani {event_name=event_acc} iz koledarja",
    ]),
    ("qa_maths", 24, [
        "koliko je {expr}", "koliko bo {expr}", "izračunaj {expr}", "{expr}", "koliko znese {expr}", "povej mi {expr}",
    ]),
    ("datetime_query", 18, [
        "koliko je ura", "koliko je ura zdaj", "koliko je ura prosim", "koliko je zdaj ura", "povej mi koliko je ura",
        "kateri dan je [date : danes]", "katerega smo [date : danes]", "kakšen datum je [date : danes]",
        "kateri dan v tednu je [date : jutri]", "kateri datum bo [date : jutri]", "koliko je ura {in_city}",
        "na kateri dan je [date : božič] letos", "koliko je zdaj ura {in_city}", "kateri dan bo [date : pojutrišnjem]",
    ]),
    ("weather_query", 18, [
        "kakšno je vreme", "kakšno bo vreme {when}", "vremenska napoved {when_za}", "kakšno je vreme {in_city}",
        "ali bo {when} {weather_descriptor=rain}", "ali bo {when} {weather_descriptor=weather_adj}",
        "kakšna je [weather_descriptor : temperatura] zunaj", "ali {when} potrebujem [weather_descriptor : dežnik]",
        "kakšna je vremenska napoved {when}", "ali {in_city} [weather_descriptor : dežuje]",
        "kakšno bo vreme {in_city} {when}", "koliko stopinj je zunaj",
    ]),
    ("general_joke", 5, ["povej šalo", "povej vic", "nasmej me", "poznaš kakšen dober vic", "povej kaj smešnega"]),
    ("general_greet", 5, ["živjo", "dober dan", "dober večer", "zdravo kako si", "dobro jutro", "hej kako gre"]),
    ("iot_coffee", 5, ["skuhaj mi kavo", "naredi kavo", "rad bi kavo", "naredi mi {coffee_type=coffee}",
                       "vklopi kavni aparat", "pripravi {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["vklopi sesalnik", "posesaj {room_acc}", "zaženi [device_type : robotski sesalnik]",
                         "počisti {room_acc}", "vklopi [device_type : robotski sesalnik]"]),
    ("iot_wemo_on", 4, ["vklopi {device_type=plug}", "prižgi {device_type=plug}"]),
    ("iot_wemo_off", 4, ["izklopi {device_type=plug}", "ugasni {device_type=plug}"]),
    ("play_music", 5, ["predvajaj glasbo", "zavrti {music_genre=genre}", "predvajaj {music_genre=genre}",
                       "zavrti kakšno glasbo"]),
    ("play_radio", 3, ["vklopi radio", "prižgi radio", "predvajaj radio"]),
]
