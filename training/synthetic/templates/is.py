"""Icelandic (is-IS) command templates. Pattern language: see ../README.md.

Clock times: "hálf átta" is 7:30, "korter yfir sjö" 7:15, "korter í átta" 7:45; hours in the
neuter as clock times are said (klukkan eitt, tvö, þrjú, fjögur); 24-hour times ("klukkan sautján",
"17:30") as well. As most of MASSIVE's is-IS train records write them: "klukkan" and "eftir" stay
outside the time slot ("klukkan [time : sjö]", "eftir [time : tíu mínútur]"), the part of the day
after the hour inside it ("klukkan [time : sjö um morguninn]"); "á morgun" / "í dag" are the date
("[date : á morgun]"), "á" outside a weekday ("á [date : föstudaginn]"); "í" / "á" outside the room
("í [house_place : eldhúsinu]") and colour ("í [color_type : blátt]"); change_amount keeps its
preposition ("[change_amount : í fimmtíu prósent]"); "með" outside the person, the name in the
dative ("með [person : önnu]"). List names: the first part of the compound, split from "lista" as most of
is-IS's train records write it (104 against 23): "á [list_name : innkaupa] listann", "af
[list_name : innkaupa] listanum".
Numbers 1-4 agree with the noun (tvær mínútur, tvo klukkutíma); items and events are in the case
the verb asks (settu mjólk, taktu ost, minntu mig á fund).
"""
from generate import tens_units

SMALL = ("núll einn tveir þrír fjórir fimm sex sjö átta níu tíu ellefu tólf þrettán fjórtán fimmtán sextán "
         "sautján átján nítján").split()
TENS = dict(zip(range(20, 100, 10), "tuttugu þrjátíu fjörutíu fimmtíu sextíu sjötíu áttatíu níutíu".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} og {u}", "hundrað")
# Clock hours (neuter): klukkan eitt, tvö ...
CLOCK = ["", "eitt", "tvö", "þrjú", "fjögur", "fimm", "sex", "sjö", "átta", "níu", "tíu", "ellefu", "tólf",
         "þrettán", "fjórtán", "fimmtán", "sextán", "sautján", "átján", "nítján", "tuttugu", "tuttugu og eitt",
         "tuttugu og tvö", "tuttugu og þrjú"]
F_ACC = {1: "eina", 2: "tvær", 3: "þrjár", 4: "fjórar"}  # mínúta, sekúnda, klukkustund (feminine)


def fem(n):
    if n < 5:
        return F_ACC[n]
    t, u = divmod(n, 10)
    return f"{TENS[t * 10]} og {F_ACC[u]}" if n > 20 and u in (2, 3, 4) else num(n)


DUR_N = (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90)


def durations():
    """Accusative, as after "á" / "í" / "eftir": eina mínútu, tvær mínútur, tvo klukkutíma."""
    out = ["eina mínútu", "mínútu", "einn klukkutíma", "klukkutíma", "hálftíma", "hálfa klukkustund",
           "eina klukkustund", "tvo klukkutíma", "2 klukkutíma", "þrjá klukkutíma", "korter", "eina og hálfa mínútu",
           "einn og hálfan klukkutíma", "tvær klukkustundir"]
    for n in DUR_N:
        out += [f"{n} mínútur", f"{fem(n)} mínútur"]
    for n in (10, 15, 20, 30, 45, 90):
        out += [f"{n} sekúndur", f"{fem(n)} sekúndur"]
    return out


def clocks():
    """The time slot said after "klukkan"."""
    out = []
    for h in range(1, 13):
        w, nxt = CLOCK[h], CLOCK[h % 12 + 1]
        out += [w, str(h), f"{h}:30", f"{h}:15", f"{h}:45", f"{w} þrjátíu", f"hálf {nxt}", f"korter yfir {w}",
                f"korter í {nxt}", f"tíu mínútur yfir {w}", f"fimm mínútur í {nxt}"]
        if 5 <= h <= 11:
            out += [f"{w} um morguninn", f"{w} að morgni", f"hálf {nxt} um morguninn"]
        if 6 <= h <= 11:
            out += [f"{w} í kvöld", f"{w} að kvöldi"]
        if 1 <= h <= 6:
            out += [f"{w} eftir hádegi"]
        if 8 <= h <= 11:
            out += [f"{w} fyrir hádegi"]
    for h in range(13, 24):
        out += [CLOCK[h], str(h), f"{h}:30", f"{CLOCK[h]} þrjátíu"]
    return out


def calendar_clocks():
    out = ["á [time : hádegi]"]
    for h in range(8, 21):
        out += [f"klukkan [time : {t}]" for t in (CLOCK[h], str(h), f"{h}:30", f"{CLOCK[h]} þrjátíu")]
    for h in range(1, 6):
        out += [f"klukkan [time : {CLOCK[h]} eftir hádegi]", f"klukkan [time : hálf {CLOCK[h + 1]}]"]
    return out


# Accusative, as "settu" / "taktu" / "kaupa" ask.
ITEMS = ["mjólk", "egg", "brauð", "epli", "perur", "banana", "smjör", "ost", "kaffi", "hrísgrjón", "pasta",
         "tómata", "klósettpappír", "uppþvottalög", "appelsínusafa", "jógúrt", "kjúkling", "lauk", "kartöflur",
         "gulrætur", "ólífuolíu", "sykur", "hveiti", "haframjólk", "kattamat", "rafhlöður", "sítrónur", "hvítlauk",
         "skyr", "rjóma"]


def items():
    one = ITEMS
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 2, 29)]
    return (one, [f"{one[a]} og {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} og {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("sinnum", "plús", "mínus", "deilt með", "margfaldað með"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 prósent af 150", "fimmtán prósent af áttatíu", "kvaðratrótin af 144", "kvaðratrótin af áttatíu og einum",
            "sjö í öðru veldi", "2 í tíunda veldi"]
    return out


WHEN = ["[date : á morgun]", "[date : í dag]", "[date : hinn daginn]", "á [date : mánudaginn]",
        "á [date : þriðjudaginn]", "á [date : miðvikudaginn]", "á [date : fimmtudaginn]", "á [date : föstudaginn]",
        "á [date : laugardaginn]", "á [date : sunnudaginn]", "næsta [date : föstudag]", "næsta [date : mánudag]"]
# (nominative, accusative) event titles.
EVENTS = [("tannlæknatími", "tannlæknatíma"), ("klipping", "klippingu"), ("liðsfundur", "liðsfund"), ("jóga", "jóga"),
          ("píanótími", "píanótíma"), ("fótboltaæfing", "fótboltaæfingu"), ("bókaklúbbur", "bókaklúbb"),
          ("atvinnuviðtal", "atvinnuviðtal"), ("bifreiðaskoðun", "bifreiðaskoðun"),
          ("tími hjá dýralækni", "tíma hjá dýralækni"), ("afmæli", "afmæli"), ("fundur", "fund"),
          ("foreldrafundur", "foreldrafund"), ("læknistími", "læknistíma"), ("sund", "sund"), ("saumaklúbbur", "saumaklúbb")]
PEOPLE_DAT = ["önnu", "jóni", "siggu", "pétri", "guðrúnu", "einari", "helgu", "gunnari", "katrínu", "ólafi"]
# Compound list names: (first part, accusative, dative definite of 'list').
LISTS = [(s, "listann", "listanum") for s in ("innkaupa", "verkefna", "gjafa", "gesta", "óska", "jólagjafa",
                                                   "pakk", "bóka", "kvikmynda")]


def split(stem, lista):
    """A compound list name as is-IS's annotators cut it: the name, then the word for list."""
    return f"[list_name : {stem}] {lista}"


def vocab():
    one, two, three = items()
    pct = [f"{n} prósent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)] + \
          [f"{num(n)} prósent" for n in (10, 20, 30, 50, 70)]
    levels = [str(n) for n in range(1, 11)] + [CLOCK[n] for n in range(1, 11)]
    return {
        "dur": durations(),
        "dur_many": [d for d in durations() if d.split()[-1] in ("mínútur", "sekúndur")],
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "morning": [t for h in range(5, 11) for t in (CLOCK[h], str(h), f"hálf {CLOCK[h + 1]}")],
        "evening": [t for h in range(6, 12) for t in (CLOCK[h], str(h))],
        "when": WHEN,
        "cal_when": WHEN + ["[date : tólfta júní]", "[date : þriðja mars]", "[date : fimmtánda]",
                            "á [date : aðfangadag]", "[date : í næstu viku]"],
        "freq": ["alla daga", "á hverjum degi", "virka daga", "frá mánudegi til föstudags", "á hverjum mánudegi",
                 "alla morgna"],
        "cal_freq": ["alla daga", "virka daga", "á hverjum mánudegi", "í hverri viku", "á hverjum þriðjudegi"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_acc": [split(s, a) for s, a, _ in LISTS],
        "list_dat": [split(s, d) for s, _, d in LISTS],
        "shop_acc": [split(s, "listann") for s in ("innkaupa", "búðar")],
        "shop_dat": [split(s, "listanum") for s in ("innkaupa", "búðar")],
        "list_plain": ["ferðalag", "gjafir", "framkvæmdir", "garðurinn", "veisla", "brúðkaup"],
        "list_new": [split(s, "lista") for s in ("innkaupa", "verkefna", "gjafa", "gesta", "óska", "pakk")],
        "in_room": ["í [house_place : eldhúsinu]", "í [house_place : stofunni]", "í [house_place : svefnherberginu]",
                    "á [house_place : baðherberginu]", "á [house_place : ganginum]", "í [house_place : borðstofunni]",
                    "í [house_place : bílskúrnum]", "í [house_place : barnaherberginu]", "á [house_place : skrifstofunni]",
                    "í [house_place : forstofunni]", "á [house_place : svölunum]", "í [house_place : vinnuherberginu]"],
        "room_acc": ["[house_place : stofuna]", "[house_place : eldhúsið]", "[house_place : svefnherbergið]",
                     "[house_place : ganginn]", "[house_place : íbúðina]", "[house_place : teppið]"],
        "lamp_dat": ["lampanum", "borðlampanum", "náttlampanum", "gólflampanum", "loftljósinu", "leslampanum"],
        "colour_n": ["rautt", "grænt", "blátt", "gult", "appelsínugult", "fjólublátt", "bleikt", "hvítt"],
        "colour_pl": ["rauð", "græn", "blá", "gul", "appelsínugul", "fjólublá", "bleik", "hvít"],
        "pct_i": [f"í {p}" for p in pct],
        "pct_um": [f"um {p}" for p in pct[:8]],
        "vol_i": [f"í {lv}" for lv in levels] + [f"í {p}" for p in pct[::3]],
        "bit": ["aðeins", "smá", "örlítið", "pínu"],
        "event_nom": [n for n, _ in EVENTS],
        "event_acc": [a for _, a in EVENTS],
        "meet": ["fundur", "hittingur", "símtal", "kaffi"],
        "meet_acc": ["fund", "hitting", "símtal", "kaffi"],
        "person": PEOPLE_DAT,
        "in_city": ["í [place_name : reykjavík]", "á [place_name : akureyri]", "í [place_name : kópavogi]",
                    "í [place_name : hafnarfirði]", "á [place_name : ísafirði]", "á [place_name : selfossi]",
                    "í [place_name : london]", "í [place_name : berlín]", "í [place_name : parís]",
                    "í [place_name : kaupmannahöfn]", "í [place_name : osló]", "í [place_name : new york]"],
        "weather_verb": ["rigna", "snjóa"],
        "weather_adj": ["kalt", "hlýtt", "heitt", "sólríkt", "hvasst", "skýjað"],
        "expr": maths(),
        "plug_acc": ["innstunguna", "snjallinnstunguna", "klóna"],
        "plug_dat": ["innstungunni", "snjallinnstungunni", "klónni"],
        "coffee": ["cappuccino", "espresso", "latte", "americano", "kaffi með mjólk"],
        "genre": ["djass", "rokk", "klassíska tónlist", "popp", "rólega tónlist", "íslenska tónlist"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "stilltu tímamæli á {time=dur}",
        "stilltu tímamælinn á {time=dur}",
        "tímamælir í {time=dur}",
        "tímamælir á {time=dur}",
        "settu tímamæli á {time=dur}",
        "settu af stað tímamæli í {time=dur}",
        "teldu niður {time=dur_many}",
        "geturðu stillt tímamæli á {time=dur}",
        "ég þarf tímamæli í {time=dur}",
        "vektu mig eftir {time=dur}",
        "láttu mig vita eftir {time=dur}",
        "vinsamlegast stilltu tímamæli á {time=dur}",
        "niðurtalning {time=dur_many}",
        "stilltu niðurteljara á {time=dur}",
    ]),
    ("alarm_set", 48, [
        "vektu mig klukkan {time=clock}",
        "stilltu vekjarann á {time=clock}",
        "stilltu vekjara klukkan {time=clock}",
        "settu vekjara klukkan {time=clock}",
        "vekjari klukkan {time=clock}",
        "vekjaraklukka klukkan {time=clock}",
        "vektu mig {when} klukkan {time=clock}",
        "stilltu vekjara {when} klukkan {time=clock}",
        "stilltu vekjara klukkan {time=clock} {general_frequency=freq}",
        "vektu mig {general_frequency=freq} klukkan {time=clock}",
        "vektu mig [timeofday : í fyrramálið] klukkan {time=morning}",
        "stilltu vekjara klukkan {time=evening} [timeofday : í kvöld]",
        "vektu mig [date : á morgun] [timeofday : snemma] klukkan {time=morning}",
        "geturðu vakið mig klukkan {time=clock}",
        "ég þarf að vakna klukkan {time=clock}",
        "nýr vekjari klukkan {time=clock}",
        "vekjari {when} klukkan {time=clock}",
        "settu vekjarann á {time=clock} {when}",
    ]),
    ("alarm_query", 8, [
        "hvaða vekjara er ég með", "sýndu mér vekjarana mína", "klukkan hvað er vekjarinn stilltur",
        "hvenær hringir vekjarinn", "hvað er mikið eftir af tímamælinum", "hvað er langt eftir á tímamælinum",
        "er ég með vekjara {when}", "listi yfir vekjara",
    ]),
    ("alarm_remove", 10, [
        "eyddu vekjaranum", "eyddu öllum vekjurum", "stöðvaðu tímamælinn", "hættu við tímamælinn",
        "eyddu vekjaranum klukkan {time=clock}", "slökktu á vekjaranum {when}", "slökktu á vekjaranum",
        "hættu við vekjarann {when} klukkan {time=clock}", "slökktu á öllum tímamælum", "taktu vekjarann af",
    ]),
    ("lists_createoradd", 34, [
        "settu {items} á {shop_acc}",
        "skrifaðu {items} á {shop_acc}",
        "settu {items} á listann",
        "settu {items} á {list_acc}",
        "geturðu sett {items} á {shop_acc}",
        "ég þarf að kaupa {items} settu það á listann",
        "skrifaðu {items2} á {shop_acc}",
        "settu {items2} á listann minn",
        "vinsamlegast settu {items} á {shop_acc}",
        "skráðu {items} á {shop_acc}",
    ]),
    ("lists_createoradd", 12, [
        "búðu til nýjan {list_new}",
        "búðu til {list_new}",
        "búðu til nýjan lista",
        "gerðu nýjan {list_new}",
        "búðu til lista sem heitir {list_name=list_plain}",
        "stofnaðu nýjan {list_new}",
    ]),
    ("lists_remove", 18, [
        "taktu {item} af {shop_dat}",
        "taktu {item} af listanum",
        "fjarlægðu {item} af {shop_dat}",
        "eyddu {list_dat}",
        "hreinsaðu {list_acc}",
        "fjarlægðu {item} af listanum",
        "strikaðu yfir {item} á {shop_dat}",
        "eyddu {shop_dat}",
    ]),
    ("lists_query", 16, [
        "hvað er á {list_dat}",
        "hvað er á {shop_dat}",
        "lestu {list_acc}",
        "sýndu mér {list_acc}",
        "hvaða lista er ég með",
        "hvað er á listanum mínum",
        "lestu upp {list_acc} fyrir mig",
        "hvað þarf ég að kaupa samkvæmt {shop_dat}",
    ]),
    ("iot_hue_lighton", 36, [
        "kveiktu ljósið",
        "kveiktu á ljósinu",
        "kveiktu ljósið {in_room}",
        "kveiktu ljósin {in_room}",
        "kveiktu á {device_type=lamp_dat}",
        "kveiktu á {device_type=lamp_dat} {in_room}",
        "kveiktu öll ljósin",
        "það er dimmt hérna kveiktu ljósið",
        "geturðu kveikt ljósið",
        "ljós takk",
        "kveiktu á ljósunum {in_room}",
        "kveiktu á lýsingunni {in_room}",
        "viltu kveikja ljósið",
        "kveiktu á öllum ljósum",
        "það er of dimmt {in_room}",
        "kveiktu ljósin {in_room} takk",
        "geturðu kveikt á ljósinu {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "slökktu ljósið",
        "slökktu á ljósinu",
        "slökktu ljósið {in_room}",
        "slökktu ljósin {in_room}",
        "slökktu á {device_type=lamp_dat}",
        "slökktu öll ljósin",
        "geturðu slökkt ljósið",
        "slökktu á lýsingunni {in_room}",
        "slökktu á ljósunum {in_room}",
        "slökktu á öllum ljósum",
        "viltu slökkva ljósið",
    ]),
    ("iot_hue_lightup", 14, [
        "hækkaðu ljósin", "bjartara", "gerðu bjartara", "auktu birtuna", "hækkaðu ljósin {change_amount=pct_i}",
        "{change_amount=bit} bjartara", "hækkaðu ljósin {in_room}", "meiri birtu takk", "gerðu bjartara {in_room}",
        "auktu birtuna {change_amount=pct_um}", "hafðu ljósið {change_amount=bit} bjartara",
    ]),
    ("iot_hue_lightdim", 14, [
        "dimmaðu ljósin", "dekkra", "deyfðu ljósin", "lækkaðu ljósin", "gerðu dekkra",
        "lækkaðu ljósin {change_amount=bit}", "lækkaðu ljósin {change_amount=pct_i}", "ljósið er of bjart",
        "deyfðu ljósin {in_room}", "dimmaðu ljósin {change_amount=pct_um}", "{change_amount=bit} dekkra",
    ]),
    ("iot_hue_lightchange", 26, [
        "breyttu litnum á ljósunum í {color_type=colour_n}",
        "breyttu ljósinu í {color_type=colour_n}",
        "breyttu ljósunum {in_room} í {color_type=colour_n}",
        "gerðu ljósið {color_type=colour_n}",
        "gerðu ljósin {color_type=colour_pl}",
        "hafðu ljósin {in_room} {color_type=colour_pl}",
        "stilltu ljósið á {color_type=colour_n}",
        "skiptu yfir í {color_type=colour_n} ljós",
        "stilltu birtuna {change_amount=pct_i}",
        "stilltu ljósin {change_amount=pct_i}",
    ]),
    ("audio_volume_up", 14, [
        "hækkaðu", "hærra", "hækkaðu hljóðið", "auktu hljóðstyrkinn", "hækkaðu í tónlistinni",
        "hækkaðu {change_amount=bit}", "ég heyri ekkert hækkaðu", "geturðu hækkað", "hærra takk",
        "{change_amount=bit} hærra", "hækkaðu í útvarpinu",
    ]),
    ("audio_volume_up", 12, [
        "stilltu hljóðstyrkinn {change_amount=vol_i}", "hljóðstyrkur {change_amount=vol_i}",
        "hækkaðu hljóðstyrkinn {change_amount=vol_i}", "settu hljóðstyrkinn {change_amount=vol_i}",
        "hækkaðu hljóðið {change_amount=pct_um}",
    ]),
    ("audio_volume_down", 14, [
        "lækkaðu", "lægra", "lækkaðu hljóðið", "minnkaðu hljóðstyrkinn", "lækkaðu í tónlistinni",
        "lækkaðu {change_amount=bit}", "þetta er of hátt", "lækkaðu hljóðstyrkinn {change_amount=vol_i}",
        "lægra takk", "geturðu lækkað", "{change_amount=bit} lægra", "lækkaðu í sjónvarpinu",
    ]),
    ("audio_volume_mute", 9, [
        "slökktu á hljóðinu", "þögn", "þaggaðu niður", "hljóðlaust", "taktu hljóðið af", "slökktu á hljóðinu takk",
        "þögn takk", "settu á hljóðlaust", "slökktu alveg á hljóðinu",
    ]),
    ("calendar_set", 40, [
        "settu {event_name=event_acc} í dagatalið {cal_when} {cal_clock}",
        "skráðu {event_name=event_acc} í dagatalið {cal_when} {cal_clock}",
        "skráðu {event_name=event_acc} {cal_when} {cal_clock}",
        "bókaðu {event_name=event_acc} {cal_when} {cal_clock}",
        "{event_name=meet} með [person : {person}] {cal_when} {cal_clock}",
        "bókaðu {event_name=meet_acc} með [person : {person}] {cal_when} {cal_clock}",
        "ég er með {event_name=event_acc} {cal_when} {cal_clock} skráðu það",
        "settu {event_name=event_acc} í dagatalið {cal_when}",
        "settu {event_name=event_acc} í dagatalið {general_frequency=cal_freq} {cal_clock}",
        "minntu mig á {event_name=event_acc} {cal_when} {cal_clock}",
    ]),
    ("calendar_query", 14, [
        "hvað er ég með {cal_when}", "hvað er í dagatalinu {cal_when}", "sýndu mér dagatalið {when}",
        "hver er næsti viðburður", "er ég með eitthvað {cal_when}", "hvenær er {event_name=event_nom}",
        "klukkan hvað er {event_name=event_nom}", "lestu dagatalið mitt", "hvað er á dagskrá {when}",
    ]),
    ("calendar_remove", 10, [
        "hættu við {event_name=event_acc} {cal_when}", "taktu {event_name=event_acc} úr dagatalinu",
        "eyddu öllum viðburðum {when}", "hættu við {event_name=event_acc}", "fjarlægðu {event_name=event_acc} úr dagatalinu",
    ]),
    ("qa_maths", 24, [
        "hvað er {expr}", "hvað eru {expr}", "reiknaðu {expr}", "{expr}", "hvað gerir {expr}", "segðu mér hvað {expr} er",
    ]),
    ("datetime_query", 18, [
        "hvað er klukkan", "hvað er klukkan núna", "hvað er klukkan eiginlega", "segðu mér hvað klukkan er",
        "hvaða dagur er [date : í dag]", "hvaða dagsetning er [date : í dag]", "hvað er dagsetningin [date : í dag]",
        "hvaða vikudagur er [date : á morgun]", "hvaða dagsetning er [date : á morgun]", "hvað er klukkan {in_city}",
        "á hvaða vikudag ber [date : aðfangadag] í ár", "hvað er klukkan núna {in_city}", "hvaða dagur er [date : hinn daginn]",
    ]),
    ("weather_query", 18, [
        "hvernig er veðrið", "hvernig verður veðrið {when}", "veðurspáin {when}", "hvernig er veðrið {in_city}",
        "mun {weather_descriptor=weather_verb} {when}", "verður {weather_descriptor=weather_adj} {when}",
        "hver er [weather_descriptor : hitinn] úti", "þarf ég [weather_descriptor : regnhlíf] {when}",
        "hver er veðurspáin {when}", "er [weather_descriptor : rigning] {in_city}",
        "hvernig verður veðrið {in_city} {when}", "hvað er margra stiga hiti úti",
    ]),
    ("general_joke", 5, ["segðu mér brandara", "segðu brandara", "komdu mér til að hlæja", "kanntu einhvern brandara",
                         "segðu eitthvað fyndið"]),
    ("general_greet", 5, ["hæ", "halló", "góðan daginn", "gott kvöld", "hæ hvað segirðu", "sæl og blessuð"]),
    ("iot_coffee", 5, ["búðu til kaffi", "helltu upp á kaffi", "ég vil fá kaffi", "búðu til {coffee_type=coffee} fyrir mig",
                       "kveiktu á kaffivélinni", "gerðu {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["kveiktu á ryksugunni", "ryksugaðu {room_acc}", "settu [device_type : ryksuguvélmennið] í gang",
                         "þrífðu {room_acc}", "ræstu [device_type : ryksuguvélmennið]"]),
    ("iot_wemo_on", 4, ["kveiktu á {device_type=plug_dat}", "settu {device_type=plug_acc} í samband"]),
    ("iot_wemo_off", 4, ["slökktu á {device_type=plug_dat}", "taktu {device_type=plug_acc} úr sambandi"]),
    ("play_music", 5, ["spilaðu tónlist", "spilaðu {music_genre=genre}", "settu á {music_genre=genre}",
                       "spilaðu einhverja tónlist"]),
    ("play_radio", 3, ["kveiktu á útvarpinu", "settu útvarpið á", "spilaðu útvarpið"]),
]
