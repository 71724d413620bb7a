"""Albanian (sq-AL) command templates. Pattern language: see ../README.md.

Clock times: "shtatë e gjysmë" is 7:30, "shtatë e një çerek" 7:15, "tetë pa një çerek" 7:45; the part
of the day said with the hour is inside the time slot ("[time : shtatë të mëngjesit]"), the
preposition "në" and the word "orën" before the hour outside ("në orën [time : shtatë]"), as the
majority of sq-AL's MASSIVE train records write them (prepositions "në" / "për" outside date and
time; "në [timeofday : mëngjes]"). change_amount keeps its preposition inside ("[change_amount :
në pesëdhjetë përqind]", "[change_amount : me dhjetë përqind]"), the majority there. List names
follow the word "listën" / "lista" and are said as its attribute ("në listën [list_name : e
blerjeve]", "në listën time [list_name : për pazar]"). Day names keep their article inside the
date slot ("[date : të hënën]"); persons after "me" are in the accusative ("me [person : anën]"),
as MASSIVE's annotators wrote them.
"""
from generate import tens_units

SMALL = ("zero një dy tre katër pesë gjashtë shtatë tetë nëntë dhjetë njëmbëdhjetë dymbëdhjetë trembëdhjetë "
         "katërmbëdhjetë pesëmbëdhjetë gjashtëmbëdhjetë shtatëmbëdhjetë tetëmbëdhjetë nëntëmbëdhjetë").split()
TENS = dict(zip(range(20, 100, 10),
                "njëzet tridhjetë dyzet pesëdhjetë gjashtëdhjetë shtatëdhjetë tetëdhjetë nëntëdhjetë".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} e {u}", "njëqind")


def both(n):
    return [str(n), num(n)]


def durations():
    """Nominative/accusative after 'për': 'për pesë minuta'."""
    out = ["një minutë", "1 minutë", "një orë", "1 orë", "gjysmë ore", "një orë e gjysmë", "dy orë", "2 orë",
           "një minutë e gjysmë", "një çerek ore", "dy minuta e gjysmë", "një orë e një çerek"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minuta" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} sekonda" for w in both(n)]
    return out


def durations_abl():
    """Ablative after 'pas': 'pas pesë minutash', 'pas një ore'."""
    out = ["një minute", "një ore", "gjysmë ore", "dy orësh", "2 orësh", "tre orësh"]
    for n in (2, 3, 5, 10, 15, 20, 25, 30, 40, 45):
        out += [f"{w} minutash" for w in both(n)]
    for n in (10, 30, 45):
        out += [f"{w} sekondash" for w in both(n)]
    return out


def hours(h):
    """Forms said after 'në orën' (and after 'në' alone)."""
    w, nxt = num(h), num(h % 12 + 1)
    out = [w, str(h), f"{w} e gjysmë", f"{w} e një çerek", f"{w} e çerek", f"{nxt} pa një çerek", f"{nxt} pa çerek",
           f"{w} e dhjetë", f"{nxt} pa dhjetë", f"{h}:30", f"{h}:15", f"{h}:45", f"{w} e pesë", f"{w} e njëzet"]
    if 5 <= h <= 11:
        out += [f"{w} të mëngjesit", f"{h} të mëngjesit", f"{w} e gjysmë të mëngjesit"]
    if 8 <= h <= 11:
        out += [f"{w} paradite"]
    if 1 <= h <= 6:
        out += [f"{w} pasdite", f"{h} pasdite", f"{w} e gjysmë pasdite", f"{w} mbasdite"]
    if 6 <= h <= 11:
        out += [f"{w} të mbrëmjes", f"{h} të mbrëmjes"]
    if 7 <= h <= 10:
        out += [f"{w} të darkës"]
    return out


def clocks():
    out = []
    for h in range(1, 13):
        out += hours(h)
    for h in range(13, 24):
        out += [num(h), f"{h}:00", f"{h}:30", f"{num(h)} e gjysmë", f"{h}:15"]
    out += [f"0{h}:{m}" for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def bare(hs):
    out = []
    for h in hs:
        out += [num(h), str(h), f"{num(h)} e gjysmë", f"{num(h)} e një çerek", f"{h}:30"]
    return out


def calendar_clocks():
    out = []
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [f"{h}:00", f"{h}:30", f"{h}:15", num(h12), f"{num(h12)} e gjysmë"]
        if h >= 13:
            out += [num(h), f"{num(h12)} pasdite" if h12 <= 6 else f"{num(h12)} të mbrëmjes"]
        elif h <= 11:
            out += [f"{num(h)} paradite", f"{num(h)} të mëngjesit"]
    return out


def items():
    one = ["qumësht", "vezë", "bukë", "mollë", "dardha", "banane", "gjalpë", "djathë", "kafe", "oriz", "makarona",
           "domate", "letër higjienike", "detergjent enësh", "lëng portokalli", "kos", "pulë", "qepë", "patate",
           "karota", "vaj ulliri", "sheqer", "miell", "ushqim për mace", "bateri", "limona", "hudhër", "ujë"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} dhe {one[b]}" for a, b in pairs],
            [f"{one[a]} {one[b]} dhe {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("herë", "plus", "minus", "pjesëtuar me", "shumëzuar me"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["rrënja katrore e 144", "rrënja katrore e tetëdhjetë e një", "shtatë në katror", "12 në katror"]
    return out


WHEN = ["[date : nesër]", "[date : sot]", "[date : pasnesër]", "[date : të hënën]", "[date : të martën]",
        "[date : të mërkurën]", "[date : të enjten]", "[date : të premten]", "[date : të shtunën]", "[date : të dielën]",
        "[date : të premten tjetër]", "[date : të hënën që vjen]", "[date : këtë fundjavë]"]
ROOMS = ["në [house_place : kuzhinë]", "në [house_place : dhomën e ndenjes]", "në [house_place : dhomën e gjumit]",
         "në [house_place : banjë]", "në [house_place : korridor]", "në [house_place : zyrë]", "në [house_place : garazh]",
         "në [house_place : dhomën e fëmijëve]", "në [house_place : ballkon]", "në [house_place : sallon]",
         "në [house_place : dhomën e ngrënies]", "në [house_place : bodrum]"]
OF_ROOM = ["e [house_place : kuzhinës]", "e [house_place : dhomës së ndenjes]", "e [house_place : dhomës së gjumit]",
           "e [house_place : banjës]", "e [house_place : korridorit]", "e [house_place : zyrës]", "e [house_place : garazhit]",
           "e [house_place : sallonit]", "e [house_place : ballkonit]", "e [house_place : dhomës së fëmijëve]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} përqind" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "dur_abl": durations_abl(),
        "clock": clocks(),
        "clock_noon": ["mesnatë", "mesditë", "mesnatë", "dymbëdhjetë të drekës"],
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_evening": bare(range(6, 12)),
        "when": WHEN,
        "cal_when": WHEN + ["më [date : dymbëdhjetë qershor]", "më [date : tre mars]", "[date : këtë të shtunë]",
                            "më [date : pesëmbëdhjetë]", "më [date : njëzet e katër dhjetor]", "[date : javën tjetër]"],
        "freq": ["çdo ditë", "çdo ditë pune", "çdo mëngjes", "çdo të hënë", "gjatë ditëve të punës", "çdo ditë të javës"],
        "cal_freq": ["çdo ditë", "çdo ditë pune", "çdo të hënë", "çdo javë", "çdo të premte"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["e blerjeve", "e detyrave", "e punëve", "e dhuratave", "e pushimeve", "e festës", "ushqimore",
                 "për pazar", "për të bërë", "për udhëtim"],
        "list_named": ["dhurata", "pushime", "festa", "shtëpia", "fundjava", "udhëtimi"],
        "list_poss": ["ushqimore", "për pazar", "për të bërë", "për udhëtim", "për shtëpinë", "për fundjavën"],
        "in_room": ROOMS,
        "of_room": OF_ROOM,
        "lamp": ["llambën", "abazhurin", "llambën e tavolinës", "llambën e komodinës", "llambadarin", "dritën e tavanit",
                 "llambën e leximit"],
        "colour": ["të kuqe", "jeshile", "blu", "të verdhë", "portokalli", "vjollcë", "rozë", "të bardhë", "të gjelbër",
                   "bojëqielli"],
        "pct_to": [f"në {p}" for p in pct],
        "pct_by": [f"me {p}" for p in pct],
        "vol_to": [f"në {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["pak", "pakëz", "edhe pak"],
        "event": ["vizitë te dentisti", "vizitë te mjeku", "berber", "mbledhje ekipi", "orë joge", "mësim piano",
                  "stërvitje futbolli", "klubi i librit", "intervistë pune", "servis makine", "vizitë te veterineri",
                  "festë ditëlindjeje", "mbledhje", "palestër", "mbledhje me prindërit", "prerje flokësh"],
        "meet_def": ["takimin", "drekën", "darkën", "telefonatën", "kafen", "mbledhjen"],
        "meet": ["takim", "drekë", "darkë", "telefonatë", "kafe", "mbledhje"],
        "person": ["anën", "arbenin", "elonën", "dritonin", "blerinën", "gentin", "erjonën", "klodianin", "mirën",
                   "besnikun"],
        "city": ["tiranë", "durrës", "shkodër", "vlorë", "korçë", "prishtinë", "elbasan", "londër", "romë", "athinë"],
        "weather_verb": ["bjerë shi", "bjerë borë", "ketë stuhi"],
        "weather_bej": ["ftohtë", "vapë", "nxehtë", "freskët"],
        "weather_adj": ["me diell", "me erë", "me re", "mot i mirë"],
        "expr": maths(),
        "plug": ["prizën", "prizën inteligjente", "prizën smart"],
        "coffee": ["espresso", "kapuçino", "makiato", "kafe turke", "kafe me qumësht"],
        "genre": ["xhaz", "muzikë pop", "muzikë klasike", "rok", "muzikë popullore", "muzikë relaksuese"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "vendos një kohëmatës për {time=dur}",
        "vendos një timer për {time=dur}",
        "timer {time=dur}",
        "kohëmatës për {time=dur}",
        "nis një kohëmatës për {time=dur}",
        "nis timerin për {time=dur}",
        "vendos kohëmatësin në {time=dur}",
        "a mund të vendosësh një timer për {time=dur}",
        "më duhet një kohëmatës për {time=dur}",
        "më zgjo pas {time=dur_abl}",
        "të lutem vendos një timer për {time=dur}",
        "më njofto pas {time=dur_abl}",
        "nis numërimin mbrapsht për {time=dur}",
        "më kujto pas {time=dur_abl}",
        "ndize timerin për {time=dur}",
    ]),
    ("alarm_set", 48, [
        "vendos një alarm në orën {time=clock}",
        "vendos alarmin për në orën {time=clock}",
        "më zgjo në orën {time=clock}",
        "zgjomë në {time=clock}",
        "alarm në orën {time=clock}",
        "vendos alarmin në {time=clock}",
        "vendos një alarm në {time=clock_noon}",
        "më zgjo {when} në orën {time=clock}",
        "vendos një alarm për {when} në orën {time=clock}",
        "vendos një alarm në orën {time=clock} {general_frequency=freq}",
        "më zgjo {general_frequency=freq} në orën {time=clock}",
        "më zgjo [date : nesër] në [timeofday : mëngjes] në orën {time=h_morning}",
        "vendos një alarm për [timeofday : sonte] në orën {time=h_evening}",
        "vendos alarmin për [date : nesër] në [timeofday : mbrëmje] në orën {time=h_evening}",
        "a mund të më zgjosh në orën {time=clock}",
        "dua të zgjohem në orën {time=clock}",
        "krijo një alarm të ri për në orën {time=clock}",
        "të lutem vendos një alarm për në {time=clock}",
        "ndize alarmin për në orën {time=clock}",
    ]),
    ("alarm_query", 8, [
        "cilat alarme kam", "më trego alarmet", "në çfarë ore bie alarmi", "kur bie alarmi im",
        "sa kohë ka mbetur te kohëmatësi", "sa kohë i ka mbetur timerit", "a kam alarm {when}",
        "çfarë alarmesh kam vendosur", "a është vendosur ndonjë alarm",
    ]),
    ("alarm_remove", 10, [
        "fshi alarmin", "fshi të gjitha alarmet", "ndalo kohëmatësin", "anulo timerin",
        "fshi alarmin për në orën {time=clock}", "çaktivizo alarmin për {when}", "fik alarmin",
        "fshi alarmin {when} në orën {time=clock}", "anulo të gjithë kohëmatësit", "hiqe alarmin",
    ]),
    ("lists_createoradd", 34, [
        "shto {items} në listën {list_name=list}",
        "shto {items} në listën time {list_name=list_poss}",
        "vendos {items} në listën {list_name=list}",
        "shkruaj {items} në listën {list_name=list}",
        "shto {items} në listë",
        "vendos {items} në listë",
        "a mund të shtosh {items} në listën {list_name=list}",
        "më duhen {items2} shtoji në listën {list_name=list}",
        "të lutem shto {items} në listën time {list_name=list_poss}",
        "shto {items2} në listën time",
        "{items} në listën {list_name=list}",
    ]),
    ("lists_createoradd", 12, [
        "krijo një listë të re {list_name=list_poss}",
        "krijo listën {list_name=list}",
        "krijo një listë të re",
        "hap një listë të re {list_name=list_poss}",
        "bëj një listë të re me emrin {list_name=list_named}",
        "fillo një listë {list_name=list_poss}",
        "fillo listën {list_name=list}",
    ]),
    ("lists_remove", 18, [
        "hiq {item} nga lista {list_name=list}",
        "fshi {item} nga lista {list_name=list}",
        "hiq {item} nga lista ime {list_name=list_poss}",
        "hiq {item} nga lista",
        "fshi listën {list_name=list}",
        "fshi listën time {list_name=list_poss}",
        "fshi {item} nga lista",
        "pastro listën {list_name=list}",
    ]),
    ("lists_query", 16, [
        "çfarë ka në listën {list_name=list}",
        "lexo listën {list_name=list}",
        "më trego listën time {list_name=list_poss}",
        "çfarë ka në listë",
        "cilat lista kam",
        "a ka {item} në listën {list_name=list}",
        "çfarë kam në listën time {list_name=list_poss}",
        "më lexo listën {list_name=list}",
    ]),
    ("iot_hue_lighton", 36, [
        "ndiz dritën",
        "ndiz dritat",
        "ndizi dritat",
        "ndize dritën",
        "ndiz dritat {in_room}",
        "ndiz dritën {in_room}",
        "ndiz dritat {of_room}",
        "ndize dritën {of_room}",
        "ndiz {device_type=lamp}",
        "ndize {device_type=lamp} {in_room}",
        "ndiz të gjitha dritat",
        "është errësirë ndiz dritën",
        "a mund të ndezësh dritën",
        "ndiz dritat të lutem",
        "të lutem ndiz dritat {in_room}",
        "hapi dritat",
        "hap dritën {in_room}",
        "ndizni dritat",
    ]),
    ("iot_hue_lightoff", 24, [
        "fik dritën",
        "fik dritat",
        "fiki dritat",
        "fike dritën",
        "fik dritat {in_room}",
        "fik dritën {of_room}",
        "fik {device_type=lamp}",
        "fik të gjitha dritat",
        "a mund të fikësh dritën",
        "të lutem fik dritat",
        "mbyll dritat {in_room}",
        "fikni dritat",
    ]),
    ("iot_hue_lightup", 14, [
        "rrit ndriçimin", "bëji dritat më të ndritshme", "më shumë dritë", "ndriço më shumë",
        "rrit ndriçimin {change_amount=pct_by}", "rrit {change_amount=bit} dritën", "bëje dritën më të fortë",
        "rrit ndriçimin {in_room}", "shto dritën", "dritat më të forta",
    ]),
    ("iot_hue_lightdim", 14, [
        "zbeh dritat", "zbehi dritat", "ul ndriçimin", "ul dritat", "zbeh dritat {in_room}", "errëso dritën",
        "ule dritën {change_amount=bit}", "ul ndriçimin {change_amount=pct_to}", "drita është shumë e fortë",
        "më pak dritë", "zbehe dritën",
    ]),
    ("iot_hue_lightchange", 26, [
        "bëji dritat {color_type=colour}",
        "bëje dritën {color_type=colour}",
        "ndrysho dritat në {color_type=colour}",
        "ndrysho ngjyrën e dritës në {color_type=colour}",
        "ndrysho dritat {in_room} në {color_type=colour}",
        "vendos dritën në ngjyrë {color_type=colour}",
        "ktheje dritën në {color_type=colour}",
        "vendos ndriçimin {change_amount=pct_to}",
        "vendos dritat {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "rrit volumin", "ngre volumin", "ngrije zërin", "më fort", "zëri më lart", "rrite volumin",
        "{change_amount=bit} më fort", "rrit zërin e muzikës", "nuk dëgjoj rrit volumin", "a mund ta rritësh volumin",
        "më fort të lutem", "rrit pak zërin",
    ]),
    ("audio_volume_up", 12, [
        "vendos volumin {change_amount=vol_to}", "volumi {change_amount=vol_to}", "volumi {change_amount=vol_bare}",
        "rrit volumin {change_amount=vol_to}", "çoje volumin {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "ul volumin", "ule volumin", "ule zërin", "më ulët", "më qetë", "{change_amount=bit} më ulët",
        "zëri është shumë i lartë", "ul zërin e muzikës", "ul volumin {change_amount=vol_to}", "a mund ta ulësh volumin",
        "ule pak të lutem", "ul zërin",
    ]),
    ("audio_volume_mute", 9, [
        "hesht", "pa zë", "fike zërin", "hiqe zërin", "mute", "qetësi", "bëje pa zë", "hiq zërin", "heshtje të lutem",
    ]),
    ("calendar_set", 40, [
        "shto {event_name=event} në kalendar {cal_when} në orën {time=cal_clock}",
        "shto {event_name=event} {cal_when} në orën {time=cal_clock}",
        "cakto {event_name=event} {cal_when} në orën {time=cal_clock}",
        "{event_name=meet} me {person=person} {cal_when} në orën {time=cal_clock}",
        "cakto një {event_name=meet} me {person=person} {cal_when} në orën {time=cal_clock}",
        "kam {event_name=event} {cal_when} në orën {time=cal_clock} shënoje në kalendar",
        "rezervo {event_name=event} {cal_when} në orën {time=cal_clock}",
        "shto {event_name=event} në kalendarin tim {cal_when}",
        "shto {event_name=event} {general_frequency=cal_freq} në orën {time=cal_clock} në kalendar",
        "shëno në kalendar {event_name=event} {cal_when} në orën {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "çfarë kam në kalendar {cal_when}", "çfarë kam {cal_when}", "më trego kalendarin", "cili është takimi im i radhës",
        "a kam diçka {cal_when}", "kur kam {event_name=event}", "në çfarë ore kam {event_name=event}", "lexo kalendarin tim",
        "çfarë takimesh kam {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "anulo {event_name=event} {cal_when}", "fshi {event_name=event} nga kalendari", "hiq {event_name=event} nga kalendari",
        "fshi të gjitha takimet për [date : (nesër|sot|të hënën|të premten)]", "anulo {event_name=meet_def} me {person=person}",
    ]),
    ("qa_maths", 24, [
        "sa bëjnë {expr}", "sa është {expr}", "llogarit {expr}", "{expr}", "sa bën {expr}", "më thuaj sa bëjnë {expr}",
    ]),
    ("datetime_query", 18, [
        "sa është ora", "sa është ora tani", "sa ora", "çfarë ore është", "më thuaj orën", "çfarë dite është [date : sot]",
        "çfarë date është [date : sot]", "sa është data [date : sot]", "çfarë dite është [date : nesër]",
        "çfarë date është [date : nesër]", "sa është ora në {place_name=city}", "në cilën ditë bie [date : krishtlindja] këtë vit",
        "cila është data e sotme", "ç'orë është", "më thuaj datën", "sa është ora tani në {place_name=city}", "çfarë dite është [date : sot] të lutem", "çfarë dite është [date : pasnesër]",
    ]),
    ("weather_query", 18, [
        "si është moti", "si do të jetë moti {when}", "moti {when}", "si është moti në {place_name=city}",
        "a do të {weather_descriptor=weather_verb} {when}", "a do të bëjë {weather_descriptor=weather_bej} {when}",
        "a do të jetë {weather_descriptor=weather_adj} {when}", "sa është [weather_descriptor : temperatura] jashtë",
        "a më duhet [weather_descriptor : çadra] {when}", "parashikimi i motit për {when}",
        "po [weather_descriptor : bie shi] në {place_name=city}", "si do të jetë moti në {place_name=city} {when}",
    ]),
    ("general_joke", 5, ["më trego një shaka", "më thuaj një barcoletë", "më bëj të qesh", "a di ndonjë shaka",
                         "thuaj diçka qesharake"]),
    ("general_greet", 5, ["përshëndetje", "mirëmëngjes", "mirëmbrëma", "ç'kemi si je", "mirëdita", "tungjatjeta"]),
    ("iot_coffee", 5, ["më bëj një kafe", "bëj kafe", "dua një kafe", "më bëj një {coffee_type=coffee}",
                       "ndiz makinën e kafesë"]),
    ("iot_cleaning", 5, ["ndiz fshesën me korrent", "pastro [house_place : dhomën e ndenjes]",
                         "nis [device_type : fshesën robot]", "pastro [house_place : kuzhinën]",
                         "ndiz [device_type : fshesën robot]"]),
    ("iot_wemo_on", 4, ["ndiz {device_type=plug}", "aktivizo {device_type=plug}"]),
    ("iot_wemo_off", 4, ["fik {device_type=plug}", "çaktivizo {device_type=plug}"]),
    ("play_music", 5, ["luaj muzikë", "luaj pak {music_genre=genre}", "vër {music_genre=genre}", "vër muzikë",
                       "hap muzikën"]),
    ("play_radio", 3, ["ndiz radion", "hap radion", "luaj radion"]),
]
