"""Swahili (sw-KE) command templates. Pattern language: see ../README.md.

Swahili time counts from 6 o'clock: "saa moja asubuhi" is 7:00, "saa sita mchana" noon,
"saa kumi na mbili jioni" 18:00; "na nusu" = :30, "na robo" = :15, "saa mbili kasorobo" = 7:45.
The day period (asubuhi, mchana, jioni, usiku) is inside the time slot, as MASSIVE writes it,
or the timeofday slot when it stands apart.
"""
from generate import tens_units

SMALL = ("sifuri moja mbili tatu nne tano sita saba nane tisa kumi").split()
SMALL += [f"kumi na {u}" for u in SMALL[1:10]]
TENS = dict(zip(range(20, 100, 10), "ishirini thelathini arobaini hamsini sitini sabini themanini tisini".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} na {u}", "mia moja")


def both(n):
    return [str(n), num(n)]


def period(h24):
    if 5 <= h24 <= 11:
        return "asubuhi"
    if 12 <= h24 <= 15:
        return "mchana"
    if 16 <= h24 <= 18:
        return "jioni"
    return "usiku"


def sw_hour(h24):
    """Swahili hour of a 24-hour clock hour: 7 -> 1 (saa moja), 18 -> 12, 12 -> 6."""
    return (h24 - 6) % 12 or 12


def clock(h24, style):
    h = sw_hour(h24)
    w, p = num(h), period(h24)
    nxt = num(sw_hour(h24 + 1))
    return {
        "plain": f"saa {w} {p}", "bare": f"saa {w}", "half": f"saa {w} na nusu {p}", "quarter": f"saa {w} na robo {p}",
        "to": f"saa {nxt} kasorobo {p}", "digits": f"saa {h} {p}", "ten": f"saa {w} na dakika kumi {p}",
        "half_bare": f"saa {w} na nusu",
    }[style]


def clocks(hours):
    return [clock(h, s) for h in hours for s in ("plain", "bare", "half", "quarter", "to", "digits", "ten")]


def durations():
    out = ["dakika moja", "dakika 1", "saa moja", "nusu saa", "saa moja na nusu", "saa mbili", "robo saa",
           "dakika moja na nusu", "saa 2", "dakika mbili na nusu", "sekunde tisini"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"dakika {w}" for w in both(n)]
    for n in (10, 15, 20, 30, 45, 90):
        out += [f"sekunde {w}" for w in both(n)]
    return out


def items():
    one = ["maziwa", "mayai", "mkate", "matufaha", "peasi", "ndizi", "siagi", "jibini", "kahawa", "mchele", "tambi",
           "nyanya", "karatasi ya chooni", "sabuni ya vyombo", "juisi ya machungwa", "mtindi", "kuku", "vitunguu",
           "viazi", "karoti", "mafuta ya zeituni", "sukari", "unga", "majani ya chai", "chakula cha paka", "betri",
           "malimau", "kitunguu saumu"]
    pairs = [(3, 5), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} na {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} na {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("mara", "jumlisha", "toa", "gawanya kwa", "kuongeza"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["asilimia 20 ya 150", "asilimia kumi na tano ya themanini", "saba mara saba"]
    return out


WHEN = ["[date : kesho]", "[date : leo]", "[date : kesho kutwa]", "[date : jumatatu]", "[date : jumanne]",
        "[date : jumatano]", "[date : alhamisi]", "[date : ijumaa]", "[date : jumamosi]", "[date : jumapili]",
        "[date : ijumaa ijayo]", "[date : jumatatu ijayo]", "siku ya [date : jumamosi]"]


def vocab():
    one, two, three = items()
    pct = [f"asilimia {w}" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(range(5, 23)),
        "cal_clock": clocks(range(8, 21)),
        "morning": [clock(h, s) for h in range(5, 11) for s in ("bare", "half_bare")],
        "evening": [clock(h, s) for h in range(16, 19) for s in ("bare", "half_bare")],
        "when": WHEN,
        "cal_when": WHEN + ["[date : tarehe kumi na mbili juni]", "[date : tarehe tatu machi]", "[date : jumamosi hii]",
                            "[date : tarehe kumi na tano]", "[date : siku ya krismasi]"],
        "freq": ["kila siku", "kila asubuhi", "siku za kazi", "jumatatu hadi ijumaa", "kila jumatatu"],
        "cal_freq": ["kila siku", "siku za kazi", "jumatatu hadi ijumaa", "kila jumatatu", "kila wiki"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["ununuzi", "mboga", "manunuzi", "kazi", "safari", "zawadi", "krismasi", "sherehe", "nyumbani", "shule"],
        "room": ["jikoni", "sebule", "chumba cha kulala", "bafuni", "korido", "ofisini", "chumba cha kulia", "gereji",
                 "chumba cha watoto", "barazani", "stoo"],
        "lamp": ["taa ya mezani", "taa ya kusomea", "taa ya pembeni", "taa ya kitandani", "taa ndogo"],
        "colour": ["nyekundu", "kijani", "bluu", "njano", "machungwa", "zambarau", "waridi", "nyeupe", "samawati"],
        "pct_to": [f"hadi {p}" for p in pct],
        "pct_by": [f"kwa {p}" for p in pct],
        "vol_to": [f"hadi {w}" for w in levels + pct[1::3]],
        "bit": ["kidogo", "kidogo tu", "zaidi kidogo"],
        "event": ["daktari wa meno", "miadi ya daktari", "kinyozi", "mkutano wa timu", "darasa la yoga", "somo la piano",
                  "mazoezi ya mpira", "klabu ya vitabu", "usaili wa kazi", "huduma ya gari", "sherehe ya kuzaliwa",
                  "mkutano", "mazoezi", "mkutano wa wazazi", "ibada"],
        "meet": ["mkutano", "chakula cha mchana", "chakula cha jioni", "simu", "kahawa"],
        "person": ["wanjiku", "otieno", "amina", "juma", "akinyi", "kamau", "fatuma", "baraka", "achieng", "musa"],
        "city": ["nairobi", "mombasa", "kisumu", "nakuru", "eldoret", "dar es salaam", "kampala", "arusha", "london", "dubai"],
        "rain": ["mvua", "jua", "upepo", "baridi"],
        "expr": maths(),
        "plug": ["soketi", "plagi", "soketi ya sebule"],
        "coffee": ["kahawa nyeusi", "kahawa ya maziwa", "espresso", "cappuccino"],
        "genre": ["bongo fleva", "benga", "taarab", "rhumba", "injili", "reggae"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "weka kipima muda cha {time=dur}",
        "weka kipima muda kwa {time=dur}",
        "anzisha kipima muda cha {time=dur}",
        "kipima muda {time=dur}",
        "niwekee kipima muda cha {time=dur}",
        "weka timer ya {time=dur}",
        "timer {time=dur}",
        "niamshe baada ya {time=dur}",
        "naomba kipima muda cha {time=dur}",
        "anza kuhesabu {time=dur}",
        "weka kipima muda kwa muda wa {time=dur}",
        "tafadhali weka timer ya {time=dur}",
        "nijulishe baada ya {time=dur}",
    ]),
    ("alarm_set", 48, [
        "niamshe {time=clock}",
        "weka kengele ya {time=clock}",
        "weka kengele {time=clock}",
        "niwekee kengele ya {time=clock}",
        "niamshe {when} {time=clock}",
        "weka kengele {when} {time=clock}",
        "kengele ya {time=clock}",
        "weka alarm ya {time=clock}",
        "niamshe {time=clock} {general_frequency=freq}",
        "weka kengele ya {time=clock} {general_frequency=freq}",
        "niamshe {time=morning} [timeofday : asubuhi]",
        "niamshe [date : kesho] {time=morning} [timeofday : asubuhi]",
        "weka kengele ya {time=evening} [timeofday : jioni]",
        "naomba uniamshe {time=clock}",
        "ninataka kuamka {time=clock}",
        "weka kengele mpya ya {time=clock}",
        "niwekee alarm {when} {time=clock}",
    ]),
    ("alarm_query", 8, [
        "nina kengele gani", "nionyeshe kengele zangu", "kengele yangu italia saa ngapi", "kengele inayofuata ni saa ngapi",
        "kipima muda kimebaki na muda gani", "zimebaki dakika ngapi kwenye kipima muda", "nina kengele {when}",
        "orodhesha kengele zangu",
    ]),
    ("alarm_remove", 10, [
        "futa kengele yangu", "futa kengele zote", "simamisha kipima muda", "ghairi kipima muda", "futa kengele ya {time=clock}",
        "ghairi kengele ya {when}", "zima kengele", "futa kengele ya {when} {time=clock}", "ghairi timer zote", "ondoa kengele",
    ]),
    ("lists_createoradd", 34, [
        "ongeza {items} kwenye orodha ya {list_name=list}",
        "weka {items} kwenye orodha ya {list_name=list}",
        "ongeza {items} kwenye orodha",
        "andika {items} kwenye orodha yangu ya {list_name=list}",
        "tafadhali ongeza {items} kwenye orodha ya {list_name=list}",
        "naomba uongeze {items} kwenye orodha ya {list_name=list}",
        "ongeza {items} katika orodha ya {list_name=list}",
        "weka {items2} kwenye orodha",
        "niongezee {items} kwenye orodha ya {list_name=list}",
    ]),
    ("lists_createoradd", 12, [
        "tengeneza orodha mpya ya {list_name=list}",
        "unda orodha ya {list_name=list}",
        "tengeneza orodha mpya",
        "anzisha orodha ya {list_name=list}",
        "niundie orodha ya {list_name=list}",
    ]),
    ("lists_remove", 18, [
        "ondoa {item} kwenye orodha ya {list_name=list}",
        "futa {item} kutoka kwenye orodha",
        "ondoa {item} kutoka orodha ya {list_name=list}",
        "futa orodha ya {list_name=list}",
        "futa {item} kwenye orodha",
        "ondoa {item} kwenye orodha yangu",
    ]),
    ("lists_query", 16, [
        "nini kiko kwenye orodha ya {list_name=list}",
        "soma orodha yangu ya {list_name=list}",
        "nionyeshe orodha ya {list_name=list}",
        "nina orodha gani",
        "je {item} iko kwenye orodha ya {list_name=list}",
        "kuna nini kwenye orodha yangu",
        "nisomee orodha ya {list_name=list}",
    ]),
    ("iot_hue_lighton", 36, [
        "washa taa",
        "washa taa zote",
        "washa taa ya {house_place=room}",
        "washa taa za {house_place=room}",
        "washa {device_type=lamp}",
        "tafadhali washa taa",
        "giza sana washa taa",
        "naomba uwashe taa",
        "washa mwanga",
        "niwashie taa",
        "niwashie taa ya {house_place=room}",
        "washa taa tafadhali",
    ]),
    ("iot_hue_lightoff", 24, [
        "zima taa",
        "zima taa zote",
        "zima taa ya {house_place=room}",
        "zima taa za {house_place=room}",
        "zima {device_type=lamp}",
        "tafadhali zima taa",
        "naomba uzime taa",
        "nizimie taa",
        "zima mwanga",
    ]),
    ("iot_hue_lightup", 14, [
        "ongeza mwanga", "ongeza mwangaza", "ongeza mwanga {change_amount=bit}", "ongeza mwangaza {change_amount=pct_by}",
        "ongeza mwanga wa taa ya {house_place=room}", "taa iwe na mwanga zaidi", "ongeza mwangaza wa taa",
    ]),
    ("iot_hue_lightdim", 14, [
        "punguza mwanga", "punguza mwangaza", "fifisha taa", "punguza mwanga {change_amount=bit}",
        "punguza mwangaza {change_amount=pct_to}", "mwanga ni mwingi sana", "punguza mwanga wa taa ya {house_place=room}",
        "fifisha taa za {house_place=room}",
    ]),
    ("iot_hue_lightchange", 26, [
        "badilisha rangi ya taa kuwa {color_type=colour}",
        "fanya taa iwe {color_type=colour}",
        "badilisha taa za {house_place=room} kuwa {color_type=colour}",
        "weka taa ya rangi ya {color_type=colour}",
        "badilisha taa kuwa {color_type=colour}",
        "nataka taa ya {color_type=colour}",
        "weka mwangaza {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "ongeza sauti", "sauti juu", "pandisha sauti", "ongeza sauti {change_amount=bit}", "sisikii ongeza sauti",
        "paza sauti", "naomba uongeze sauti", "ongeza sauti tafadhali",
    ]),
    ("audio_volume_up", 12, [
        "weka sauti {change_amount=vol_to}", "sauti {change_amount=vol_to}", "ongeza sauti {change_amount=vol_to}",
        "badilisha sauti {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "punguza sauti", "sauti chini", "shusha sauti", "punguza sauti {change_amount=bit}", "kelele sana punguza sauti",
        "punguza sauti {change_amount=vol_to}", "naomba upunguze sauti", "teremsha sauti",
    ]),
    ("audio_volume_mute", 9, [
        "zima sauti", "nyamaza", "nyamazisha", "kimya", "ondoa sauti", "nyamazisha spika", "kimya tafadhali",
    ]),
    ("calendar_set", 40, [
        "ongeza {event_name=event} {cal_when} {time=cal_clock}",
        "weka {event_name=event} kwenye kalenda {cal_when} {time=cal_clock}",
        "panga {event_name=event} {cal_when} {time=cal_clock}",
        "andika {event_name=event} {cal_when} {time=cal_clock}",
        "{event_name=meet} na {person=person} {cal_when} {time=cal_clock}",
        "panga {event_name=meet} na {person=person} {cal_when} {time=cal_clock}",
        "nina {event_name=event} {cal_when} {time=cal_clock} iandike kwenye kalenda",
        "nikumbushe kuhusu {event_name=event} {cal_when} {time=cal_clock}",
        "ongeza {event_name=event} {cal_when} kwenye kalenda",
        "ongeza {event_name=event} {general_frequency=cal_freq} {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "nina nini {cal_when}", "kuna nini kwenye kalenda {cal_when}", "nionyeshe kalenda yangu", "miadi yangu ijayo ni lini",
        "nina kitu chochote {cal_when}", "{event_name=event} ni lini", "{event_name=event} ni saa ngapi", "soma ratiba yangu",
        "ratiba yangu ya [date : kesho] ni ipi",
    ]),
    ("calendar_remove", 10, [
        "futa {event_name=event} {cal_when}", "ghairi {event_name=event}", "ondoa {event_name=event} kwenye kalenda",
        "futa ratiba yote ya [date : (kesho|leo|jumatatu|ijumaa)]", "ghairi {event_name=event} {cal_when}",
    ]),
    ("qa_maths", 24, [
        "{expr} ni ngapi", "ni ngapi {expr}", "hesabu {expr}", "{expr}", "jibu la {expr} ni nini", "{expr} ni sawa na ngapi",
    ]),
    ("datetime_query", 18, [
        "ni saa ngapi", "saa ngapi sasa", "sasa ni saa ngapi", "niambie saa", "[date : leo] ni tarehe ngapi",
        "[date : leo] ni siku gani", "[date : kesho] ni siku gani", "[date : kesho] ni tarehe ngapi",
        "ni saa ngapi huko {place_name=city}", "[date : krismasi] ni siku gani mwaka huu", "tarehe ya [date : leo] ni ipi",
        "sasa hivi ni saa ngapi {place_name=city}",
    ]),
    ("weather_query", 18, [
        "hali ya hewa ikoje", "hali ya hewa [date : leo] ikoje", "hali ya hewa itakuwaje {when}",
        "hali ya hewa ya {place_name=city}", "kutakuwa na {weather_descriptor=rain} {when}",
        "je [weather_descriptor : mvua] itanyesha {when}", "nitahitaji [weather_descriptor : mwavuli] {when}",
        "utabiri wa hali ya hewa {when}", "kuna [weather_descriptor : mvua] huko {place_name=city}",
        "hali ya hewa itakuwaje {place_name=city} {when}", "[weather_descriptor : joto] ni kiasi gani nje",
    ]),
    ("general_joke", 5, ["niambie utani", "nichekeshe", "sema mzaha", "una utani wowote", "niambie kichekesho"]),
    ("general_greet", 5, ["habari", "hujambo", "habari za asubuhi", "mambo", "habari yako", "salamu"]),
    ("iot_coffee", 5, ["nitengenezee kahawa", "tengeneza kahawa", "nataka kahawa", "nitengenezee {coffee_type=coffee}",
                       "washa mashine ya kahawa"]),
    ("iot_cleaning", 5, ["washa kifyonza vumbi", "safisha {house_place=room}", "washa [device_type : roboti ya usafi]",
                         "anzisha [device_type : kifyonza vumbi]", "fagia {house_place=room}"]),
    ("iot_wemo_on", 4, ["washa {device_type=plug}", "fungua {device_type=plug}"]),
    ("iot_wemo_off", 4, ["zima {device_type=plug}", "funga {device_type=plug}"]),
    ("play_music", 5, ["cheza muziki", "cheza {music_genre=genre}", "weka muziki wa {music_genre=genre}", "weka muziki"]),
    ("play_radio", 3, ["washa redio", "fungua redio", "cheza redio"]),
]
