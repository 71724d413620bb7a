"""Telugu (te-IN) command templates. Pattern language: see ../README.md.

te-IN's MASSIVE train records keep the clock word inside the time slot ("[time : ఏడు గంటలు]"); most
write the case particle apart and outside ("... ] కి"). Here the particle is written attached, as
the words are spelled and a recognizer writes them, and an attached ending stays inside its slot
("[time : ఏడు గంటలకు]", "[time : ఏడున్నరకు]" = 7:30, "[time : పది నిమిషాల] టైమర్",
"[house_place : కిచెన్‌లో]", "[change_amount : యాభై శాతానికి]"); ఉదయం / పొద్దున / సాయంత్రం / రాత్రి
are the timeofday slot; "తో" after a person stays outside the slot, written apart as MASSIVE does.
List names without లిస్ట్ / జాబితా. English loanwords in Telugu script as people say them to a
phone (లైట్ ఆన్ చేయి, టైమర్, అలారం, డిమ్ చేయి, బ్రైట్‌నెస్); colloquial (చేయి, పెట్టు) and polite
(చేయండి, పెట్టండి) imperatives.
"""
from generate import tens_units

SMALL = ["సున్నా", "ఒకటి", "రెండు", "మూడు", "నాలుగు", "ఐదు", "ఆరు", "ఏడు", "ఎనిమిది", "తొమ్మిది", "పది",
         "పదకొండు", "పన్నెండు", "పదమూడు", "పద్నాలుగు", "పదిహేను", "పదహారు", "పదిహేడు", "పద్దెనిమిది", "పంతొమ్మిది"]
TENS = {20: "ఇరవై", 30: "ముప్పై", 40: "నలభై", 50: "యాభై", 60: "అరవై", 70: "డెబ్బై", 80: "ఎనభై", 90: "తొంభై"}

num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "వంద")


def adj(n):
    """The number before a noun: ఒక నిమిషం, otherwise the number itself."""
    return "ఒక" if n == 1 else num(n)


def both(n):
    return [str(n), num(n)]


def durations():
    """(plain, dative 'for', genitive 'of'): పది నిమిషాలు / నిమిషాలకు / నిమిషాల."""
    plain = ["ఒక నిమిషం", "1 నిమిషం", "ఒక గంట", "1 గంట", "అర గంట", "అరగంట", "గంటన్నర", "రెండు గంటలు", "2 గంటలు"]
    dative = ["ఒక నిమిషానికి", "ఒక గంటకు", "అర గంటకు", "గంటన్నరకు", "రెండు గంటలకు"]
    gen = ["ఒక నిమిషం", "ఒక గంట", "అర గంట", "అరగంట", "గంటన్నర", "రెండు గంటల", "2 గంటల", "మూడు గంటల"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 90):
        for w in both(n):
            plain.append(f"{w} నిమిషాలు")
            dative.append(f"{w} నిమిషాలకు")
            gen.append(f"{w} నిమిషాల")
    for n in (10, 20, 30, 45, 60, 90):
        for w in both(n):
            plain.append(f"{w} సెకన్లు")
            dative.append(f"{w} సెకన్లకు")
            gen.append(f"{w} సెకన్ల")
    return plain, dative, gen


def hour_word(h):
    return "ఒంటి" if h == 1 else num(h)


def clock_words(h):
    """'at' forms: 7 గంటలకు, ఏడు గంటలకు, ఏడున్నరకు, ఏడున్నర గంటలకు, ఏడు గంటల పది నిమిషాలకు (1:00 ఒంటి గంటకు)."""
    w = num(h)
    at = "ఒంటి గంటకు" if h == 1 else f"{w} గంటలకు"
    return [f"{h} గంటలకు", at, f"{w}న్నరకు", f"{w}న్నర గంటలకు", f"{hour_word(h)} గంటల పది నిమిషాలకు",
            f"{h} గంటల 45 నిమిషాలకు", f"{hour_word(h)} గంటల ఇరవై నిమిషాలకు"]


def clock_of(h):
    """The time as a modifier ('the 7 o'clock alarm'): ఏడు గంటల, ఏడున్నర."""
    return [f"{hour_word(h)} గంటల", f"{h} గంటల", f"{num(h)}న్నర"]


def clocks():
    return [t for h in range(1, 13) for t in clock_words(h)]


def with_period(hours, period):
    return [f"[timeofday : {period}] [time : {t}]" for h in hours for t in clock_words(h)[:4]]


def items():
    one = ["పాలు", "గుడ్లు", "బ్రెడ్", "ఆపిల్స్", "అరటిపండ్లు", "వెన్న", "పెరుగు", "బియ్యం", "గోధుమ పిండి", "టమాటాలు",
           "ఉల్లిపాయలు", "బంగాళాదుంపలు", "క్యారెట్", "చక్కెర", "కాఫీ పొడి", "టీ పొడి", "కందిపప్పు", "వెల్లుల్లి", "నిమ్మకాయలు",
           "కొత్తిమీర", "పనీర్", "చికెన్", "సబ్బు", "టూత్‌పేస్ట్", "బ్యాటరీలు", "నూనె", "బిస్కెట్లు", "కొబ్బరికాయ"]
    pairs = [(0, 2), (1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20),
             (22, 23), (25, 26), (0, 27), (21, 1)]
    triples = [(0, 1, 2), (9, 10, 11), (13, 14, 15), (3, 4, 18), (22, 23, 24), (7, 16, 25), (5, 6, 0)]
    return (one, [f"{one[a]} మరియు {one[b]}" for a, b in pairs] + [f"{one[a]} ఇంకా {one[b]}" for a, b in pairs[5:10]],
            [f"{one[a]} {one[b]} మరియు {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30), (23, 17), (72, 8)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ప్లస్", "మైనస్", "ఇంటూ", "డివైడెడ్ బై"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    return out


WHEN = ["[date : రేపు]", "[date : ఈరోజు]", "[date : ఇవాళ]", "[date : ఎల్లుండి]", "[date : సోమవారం]",
        "[date : మంగళవారం]", "[date : బుధవారం]", "[date : గురువారం]", "[date : శుక్రవారం]", "[date : శనివారం]",
        "[date : ఆదివారం]", "[date : వచ్చే సోమవారం]", "[date : వచ్చే శుక్రవారం]"]


def vocab():
    one, two, three = items()
    plain, dative, gen = durations()
    pct = [f"{w} శాతం" for n in (5, 10, 15, 20, 25, 30, 40, 50) for w in both(n)] + \
          [f"{w} పర్సెంట్" for w in ("10", "20", "పది", "ఇరవై")]
    pct_to = [f"{num(n)} శాతానికి" for n in (10, 20, 30, 40, 50, 60, 75, 80, 100)] + \
             [f"{n} పర్సెంట్‌కి" for n in (10, 20, 30, 50, 70, 100)]
    levels = [w for n in range(1, 11) for w in both(n)] + ["15", "ఇరవై"]
    levels_to = [f"{num(n)}కి" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 30, 50)]
    return {
        "dur": plain, "dur_dat": dative, "dur_gen": gen,
        "clock": clocks(),
        "clock_of": [t for h in range(1, 13) for t in clock_of(h)],
        "morning": with_period(range(5, 12), "ఉదయం") + with_period(range(5, 10), "పొద్దున"),
        "evening": with_period(range(4, 8), "సాయంత్రం") + with_period(range(8, 12), "రాత్రి"),
        "cal_at": [f"[time : {t}]" for h in (8, 9, 10, 11) for t in clock_words(h)[:4]] +
                  with_period(range(9, 12), "ఉదయం") + with_period(range(1, 4), "మధ్యాహ్నం") + with_period(range(4, 8), "సాయంత్రం"),
        "when": WHEN,
        "cal_when": WHEN + ["[date : జూన్ పన్నెండున]", "[date : మార్చి మూడున]", "[date : ఈ శనివారం]",
                            "[date : పదిహేనో తేదీన]", "[date : దీపావళి] రోజు", "[date : ఉగాది] రోజు"],
        "freq": ["రోజూ", "ప్రతిరోజూ", "ప్రతి రోజు", "సోమవారం నుండి శుక్రవారం వరకు", "ప్రతి సోమవారం", "వారం రోజుల్లో"],
        "cal_freq": ["ప్రతిరోజూ", "ప్రతి సోమవారం", "ప్రతి వారం", "ప్రతి నెల"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["షాపింగ్", "కిరాణా", "సరుకుల", "గ్రోసరీ", "టు డు", "ట్రిప్", "పుట్టినరోజు", "ఆఫీస్", "పార్టీ",
                 "ఇంటి సామాన్ల", "పండగ", "చేయాల్సిన పనుల"],
        "room": ["కిచెన్", "హాల్", "బెడ్‌రూమ్", "బాత్‌రూమ్", "లివింగ్ రూమ్", "బాల్కనీ", "గ్యారేజ్", "డైనింగ్ హాల్",
                 "పిల్లల గది", "పూజ గది", "స్టడీ రూమ్"],
        "room_loc": ["వంటగదిలో", "కిచెన్‌లో", "హాల్‌లో", "బెడ్‌రూమ్‌లో", "పడకగదిలో", "బాత్‌రూమ్‌లో", "బాల్కనీలో",
                     "లివింగ్ రూమ్‌లో", "పిల్లల గదిలో", "పూజ గదిలో"],
        "lamp": ["ల్యాంప్", "టేబుల్ ల్యాంప్", "నైట్ ల్యాంప్", "బెడ్ ల్యాంప్", "ట్యూబ్ లైట్", "ఎల్ఈడీ బల్బ్"],
        "colour": ["ఎరుపు", "ఆకుపచ్చ", "నీలం", "పసుపు", "తెలుపు", "నారింజ", "ఊదా", "గులాబీ"],
        "colour_en": ["రెడ్", "బ్లూ", "గ్రీన్", "ఎల్లో", "పింక్", "వైట్", "పర్పుల్", "ఆరెంజ్"],
        "pct": pct, "pct_to": pct_to,
        "vol": levels, "vol_to": levels_to + pct_to[::3],
        "bit": ["కొంచెం", "ఇంకొంచెం", "కొంచెం ఎక్కువ"],
        "bit_less": ["కొంచెం", "ఇంకొంచెం", "కొంచెం తక్కువ"],
        "do": ["చేయి", "చెయ్యి", "చేయండి", "చెయ్యి ప్లీజ్", "చేస్తావా", "చేయండి ప్లీజ్"],
        "put": ["పెట్టు", "పెట్టండి", "సెట్ చేయి", "సెట్ చేయండి", "పెట్టు ప్లీజ్"],
        "please": ["", "దయచేసి", "ప్లీజ్"],
        "add": ["యాడ్ చేయి", "యాడ్ చేయండి", "చేర్చు", "చేర్చండి", "జోడించు", "పెట్టు"],
        "event": ["డెంటిస్ట్ అపాయింట్‌మెంట్", "డాక్టర్ అపాయింట్‌మెంట్", "టీమ్ మీటింగ్", "యోగా క్లాస్", "మ్యూజిక్ క్లాస్",
                  "క్రికెట్ ప్రాక్టీస్", "ఇంటర్వ్యూ", "కార్ సర్వీసింగ్", "బర్త్‌డే పార్టీ", "మీటింగ్", "పేరెంట్ టీచర్ మీటింగ్",
                  "జిమ్", "ట్యూషన్", "క్లయింట్ కాల్"],
        "meet": ["మీటింగ్", "లంచ్", "డిన్నర్", "కాల్", "కాఫీ"],
        "person": ["రాహుల్", "ప్రియ", "సురేష్", "అనిత", "కిరణ్", "దీప", "వెంకట్", "లక్ష్మి", "అర్జున్", "శ్వేత"],
        "city_loc": ["హైదరాబాద్‌లో", "విజయవాడలో", "విశాఖపట్నంలో", "వరంగల్‌లో", "తిరుపతిలో", "చెన్నైలో", "బెంగళూరులో",
                     "ఢిల్లీలో", "లండన్‌లో", "అమెరికాలో"],
        "city": ["హైదరాబాద్", "విజయవాడ", "వైజాగ్", "వరంగల్", "తిరుపతి", "గుంటూరు", "ఢిల్లీ", "లండన్"],
        "expr": maths(),
        "plug": ["ప్లగ్", "స్మార్ట్ ప్లగ్", "స్విచ్"],
        "coffee": ["ఫిల్టర్ కాఫీ", "కాపుచినో", "ఎస్ప్రెస్సో", "బ్లాక్ కాఫీ", "కోల్డ్ కాఫీ"],
        "genre": ["భక్తి పాటలు", "జానపద పాటలు", "మెలోడీ పాటలు", "సినిమా పాటలు", "కర్ణాటక సంగీతం", "పాప్"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 46, [
        "{time=dur_gen} టైమర్ {put}",
        "{time=dur_dat} టైమర్ {put}",
        "{please} {time=dur_dat} టైమర్ సెట్ చేయండి",
        "టైమర్ {time=dur}",
        "{time=dur} టైమర్",
        "టైమర్ {time=dur_dat} పెట్టు",
        "{time=dur} టైమర్ పెట్టు",
        "{time=dur_gen} టైమర్ స్టార్ట్ చేయి",
        "{time=dur_gen} కౌంట్‌డౌన్ మొదలుపెట్టు",
        "{time=dur} తర్వాత నాకు చెప్పు",
        "{time=dur} అయ్యాక గుర్తు చేయి",
        "నాకు {time=dur_gen} టైమర్ కావాలి",
        "{time=dur_gen} టైమర్ పెడతావా",
    ]),
    ("alarm_set", 50, [
        "{time=clock} అలారం {put}",
        "{please} {time=clock} అలారం సెట్ చేయండి",
        "నన్ను {time=clock} లేపు",
        "{time=clock} నన్ను నిద్ర లేపండి",
        "{when} {time=clock} అలారం పెట్టు",
        "{when} {time=clock} నన్ను లేపు",
        "{morning} నన్ను లేపు",
        "{morning} అలారం {put}",
        "{evening} అలారం పెట్టు",
        "[date : రేపు] {morning} అలారం {put}",
        "{general_frequency=freq} {time=clock} అలారం పెట్టు",
        "{general_frequency=freq} {morning} నన్ను లేపు",
        "అలారం {time=clock} పెట్టు",
        "{when} {morning} అలారం సెట్ చేయి",
        "{time=clock_of} అలారం పెట్టు",
    ]),
    ("alarm_query", 9, [
        "నా అలారంలు చూపించు", "ఎన్ని అలారంలు పెట్టాను", "తర్వాతి అలారం ఎన్ని గంటలకు ఉంది", "అలారం ఎప్పటికి పెట్టాను",
        "టైమర్‌లో ఇంకా ఎంత టైమ్ ఉంది", "టైమర్ ఇంకా ఎంత సేపు ఉంది", "{when} ఏదైనా అలారం ఉందా", "అన్ని అలారంలు చూపించండి",
        "ఏ ఏ అలారంలు పెట్టాను",
    ]),
    ("alarm_remove", 10, [
        "అలారం డిలీట్ చేయి", "అన్ని అలారంలు డిలీట్ చేయండి", "టైమర్ ఆపు", "టైమర్ క్యాన్సిల్ చేయి", "{time=clock_of} అలారం తీసేయి",
        "{when} అలారం క్యాన్సిల్ చేయండి", "అలారం ఆఫ్ చేయి", "{when} {time=clock_of} అలారం డిలీట్ చేయి", "అన్ని టైమర్లు తీసేయండి",
        "టైమర్ స్టాప్ చేయి",
    ]),
    ("lists_createoradd", 36, [
        "{list_name=list} లిస్ట్‌లో {items} {add}",
        "{items} {list_name=list} లిస్ట్‌లో {add}",
        "{items} నా {list_name=list} లిస్ట్‌కి యాడ్ చేయండి",
        "{list_name=list} జాబితాలో {items} చేర్చు",
        "లిస్ట్‌లో {items} {add}",
        "{items} లిస్ట్‌లో రాయి",
        "{please} {list_name=list} జాబితాలో {items} చేర్చండి",
        "{items2} {list_name=list} లిస్ట్‌లో పెట్టు",
        "నా లిస్ట్‌లో {items} యాడ్ చేయి",
        "{list_name=list} లిస్ట్‌లో {item} రాసుకో",
    ]),
    ("lists_createoradd", 12, [
        "కొత్త {list_name=list} లిస్ట్ తయారు చేయి",
        "ఒక కొత్త లిస్ట్ క్రియేట్ చేయి",
        "{list_name=list} జాబితా తయారు చేయండి",
        "{list_name=list} అని ఒక లిస్ట్ చేయి",
        "కొత్త {list_name=list} లిస్ట్ క్రియేట్ చేయండి",
    ]),
    ("lists_remove", 18, [
        "{list_name=list} లిస్ట్ నుండి {item} తీసేయి",
        "లిస్ట్ నుండి {item} తీసేయండి",
        "{item} {list_name=list} జాబితా నుండి తొలగించు",
        "{list_name=list} లిస్ట్ డిలీట్ చేయి",
        "నా {list_name=list} లిస్ట్ తొలగించండి",
        "{list_name=list} లిస్ట్ ఖాళీ చేయి",
        "{item} లిస్ట్ నుండి డిలీట్ చేయి",
    ]),
    ("lists_query", 16, [
        "నా {list_name=list} లిస్ట్‌లో ఏముంది",
        "{list_name=list} లిస్ట్ చదువు",
        "{list_name=list} జాబితా చూపించు",
        "లిస్ట్‌లో ఏమేమి ఉన్నాయి",
        "నా దగ్గర ఏ ఏ లిస్ట్‌లు ఉన్నాయి",
        "{list_name=list} లిస్ట్‌లో {item} ఉందా",
        "{list_name=list} లిస్ట్ చదివి వినిపించు",
        "{list_name=list} జాబితాలో ఏమున్నాయి",
    ]),
    ("iot_hue_lighton", 38, [
        "లైట్ ఆన్ {do}",
        "{please} లైట్ ఆన్ చేయండి",
        "లైట్ వేయి",
        "లైట్ వేయండి",
        "లైట్లు ఆన్ {do}",
        "లైట్స్ ఆన్ చేయి",
        "{house_place=room} లైట్ ఆన్ {do}",
        "{house_place=room} లైట్ వేయి",
        "{house_place=room_loc} లైట్ వేయండి",
        "{house_place=room_loc} లైట్ ఆన్ చేయి",
        "{device_type=lamp} ఆన్ {do}",
        "{house_place=room} {device_type=lamp} ఆన్ చేయి",
        "అన్ని లైట్లు ఆన్ {do}",
        "చీకటిగా ఉంది లైట్ వేయి",
        "లైట్ స్విచ్ ఆన్ చేయి",
        "ఇంట్లో అన్ని లైట్లు వేయండి",
    ]),
    ("iot_hue_lightoff", 26, [
        "లైట్ ఆఫ్ {do}",
        "లైట్ ఆర్పేయి",
        "లైట్ తీసేయి",
        "లైట్లు ఆఫ్ {do}",
        "{house_place=room} లైట్ ఆఫ్ {do}",
        "{house_place=room_loc} లైట్ ఆర్పేయండి",
        "{house_place=room_loc} లైట్ ఆఫ్ చేయండి",
        "{device_type=lamp} ఆఫ్ {do}",
        "అన్ని లైట్లు ఆఫ్ {do}",
        "{please} లైట్ ఆఫ్ చేయండి",
        "పడుకునే టైమ్ అయింది లైట్ ఆఫ్ చేయి",
        "లైట్ స్విచ్ ఆఫ్ చేయి",
    ]),
    ("iot_hue_lightup", 16, [
        "లైట్ బ్రైట్‌గా {do}", "బ్రైట్‌నెస్ పెంచు", "బ్రైట్‌నెస్ పెంచండి", "వెలుతురు పెంచు",
        "బ్రైట్‌నెస్ {change_amount=pct} పెంచు", "లైట్ {change_amount=bit} బ్రైట్‌గా చేయి",
        "{house_place=room} లైట్ బ్రైట్‌గా చేయండి", "ఇంకా వెలుతురు కావాలి", "లైట్ {change_amount=bit} పెంచు",
        "{house_place=room_loc} బ్రైట్‌నెస్ పెంచు", "బ్రైట్‌నెస్ ఎక్కువ చేయి",
    ]),
    ("iot_hue_lightdim", 16, [
        "లైట్ డిమ్ {do}", "బ్రైట్‌నెస్ తగ్గించు", "బ్రైట్‌నెస్ తగ్గించండి", "వెలుతురు తగ్గించు",
        "లైట్ {change_amount=bit_less} తగ్గించు", "బ్రైట్‌నెస్ {change_amount=pct} తగ్గించు", "{house_place=room} లైట్ డిమ్ చేయి",
        "లైట్ చాలా బ్రైట్‌గా ఉంది", "{house_place=room_loc} లైట్ కొంచెం డిమ్ చేయండి", "బ్రైట్‌నెస్ తక్కువ చేయి",
    ]),
    ("iot_hue_lightchange", 28, [
        "లైట్ {color_type=colour} రంగులోకి మార్చు",
        "లైట్ {color_type=colour} రంగుకు మార్చండి",
        "లైట్ {color_type=colour_en} కలర్‌కి మార్చు",
        "{house_place=room} లైట్ {color_type=colour} రంగులోకి మార్చండి",
        "{house_place=room_loc} లైట్ కలర్ {color_type=colour_en} చేయి",
        "లైట్ కలర్ {color_type=colour_en} కి చేంజ్ చేయి",
        "{color_type=colour} రంగు లైట్ వేయి",
        "బ్రైట్‌నెస్ {change_amount=pct_to} సెట్ చేయి",
        "లైట్ {change_amount=pct_to} పెట్టు",
    ]),
    ("audio_volume_up", 14, [
        "వాల్యూమ్ పెంచు", "వాల్యూమ్ పెంచండి", "సౌండ్ పెంచు", "సౌండ్ ఎక్కువ చేయి", "కొంచెం గట్టిగా పెట్టు",
        "వాల్యూమ్ {change_amount=bit} పెంచు", "వినిపించడం లేదు వాల్యూమ్ పెంచు", "వాల్యూమ్ అప్ చేయి",
        "ఇంకా గట్టిగా", "సౌండ్ {change_amount=bit} పెంచండి", "వాల్యూమ్ పెంచు ప్లీజ్",
    ]),
    ("audio_volume_up", 12, [
        "వాల్యూమ్ {change_amount=vol_to} పెట్టు", "వాల్యూమ్ {change_amount=vol} చేయి", "సౌండ్ {change_amount=vol_to} సెట్ చేయి",
        "వాల్యూమ్ {change_amount=vol_to} పెంచండి", "వాల్యూమ్ {change_amount=vol} పెట్టు",
    ]),
    ("audio_volume_down", 14, [
        "వాల్యూమ్ తగ్గించు", "వాల్యూమ్ తగ్గించండి", "సౌండ్ తగ్గించు", "చాలా గట్టిగా ఉంది సౌండ్ తగ్గించు",
        "వాల్యూమ్ {change_amount=bit_less} తగ్గించు", "వాల్యూమ్ {change_amount=vol_to} తగ్గించు", "వాల్యూమ్ డౌన్ చేయి",
        "సౌండ్ {change_amount=bit_less} తగ్గించండి", "సౌండ్ తక్కువ చేయి", "మెల్లగా మాట్లాడు",
    ]),
    ("audio_volume_mute", 9, [
        "మ్యూట్ చేయి", "మ్యూట్ చేయండి", "సౌండ్ ఆఫ్ చేయి", "సౌండ్ ఆపు", "స్పీకర్ మ్యూట్ చేయండి", "వాల్యూమ్ మ్యూట్ చేయి",
        "కాసేపు మ్యూట్ చేయి", "సైలెంట్ చేయి", "నిశ్శబ్దంగా ఉండు", "మ్యూట్ చేసేయి",
    ]),
    ("calendar_set", 40, [
        "{cal_when} {cal_at} {event_name=event} క్యాలెండర్‌లో పెట్టు",
        "{cal_when} {cal_at} {event_name=event} ఉంది క్యాలెండర్‌లో యాడ్ చేయి",
        "క్యాలెండర్‌లో {cal_when} {cal_at} {event_name=event} యాడ్ చేయండి",
        "{cal_when} {cal_at} {person=person} తో {event_name=meet}",
        "{cal_when} {cal_at} {person=person} తో {event_name=meet} ఫిక్స్ చేయి",
        "{cal_when} {cal_at} {event_name=event} ఉంది నాకు గుర్తు చేయి",
        "{cal_when} {event_name=event} క్యాలెండర్‌లో చేర్చండి",
        "{general_frequency=cal_freq} {cal_at} {event_name=event} క్యాలెండర్‌లో పెట్టు",
        "{event_name=event} {cal_when} {cal_at} షెడ్యూల్ చేయి",
        "{cal_when} {person=person} తో {event_name=meet} ఉంది క్యాలెండర్‌లో పెట్టు",
    ]),
    ("calendar_query", 14, [
        "{cal_when} నా ప్లాన్ ఏంటి", "{cal_when} క్యాలెండర్‌లో ఏముంది", "నా క్యాలెండర్ చూపించు", "నా తర్వాతి మీటింగ్ ఎప్పుడు",
        "{cal_when} ఏమైనా ఉందా", "{event_name=event} ఎప్పుడు ఉంది", "{event_name=event} ఎన్ని గంటలకు", "{cal_when} నాకు ఏ పనులు ఉన్నాయి",
        "{cal_when} {event_name=event} ఉందా",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} క్యాన్సిల్ చేయి", "{cal_when} అన్ని ఈవెంట్లు డిలీట్ చేయి", "క్యాలెండర్ నుండి {event_name=event} తీసేయి",
        "{cal_when} {event_name=event} క్యాన్సిల్ చేయండి", "{event_name=event} డిలీట్ చేయి",
    ]),
    ("qa_maths", 24, [
        "{expr} ఎంత", "{expr} ఎంత అవుతుంది", "{expr} జవాబు ఏంటి", "{expr} చెప్పు", "{expr}", "{expr} ఎంతో చెప్పు",
        "వందలో ఇరవై శాతం ఎంత", "ఎనభై ఒకటి స్క్వేర్ రూట్ ఎంత", "పన్నెండు ఏడు కలిపితే ఎంత",
    ]),
    ("datetime_query", 18, [
        "ఇప్పుడు టైమ్ ఎంత", "టైమ్ ఎంత అయింది", "సమయం ఎంత", "ఇప్పుడు ఎన్ని గంటలు అయింది", "[date : ఈరోజు] తేదీ ఎంత",
        "[date : ఈరోజు] ఏ వారం", "[date : రేపు] ఏ రోజు", "[date : రేపు] తేదీ ఎంత",
        "{place_name=city_loc} ఇప్పుడు టైమ్ ఎంత", "[date : దీపావళి] ఎప్పుడు", "[date : ఇవాళ] తేదీ చెప్పు",
        "ఇప్పుడు సమయం ఎంతో చెప్పండి", "{place_name=city_loc} సమయం ఎంత", "[date : వచ్చే శుక్రవారం] తేదీ ఎంత",
        "[date : ఇవాళ] ఏ రోజు",
    ]),
    ("weather_query", 18, [
        "వాతావరణం ఎలా ఉంది", "[date : ఈరోజు] వాతావరణం ఎలా ఉంది", "{when} వాతావరణం ఎలా ఉంటుంది",
        "{place_name=city_loc} వాతావరణం ఎలా ఉంది", "{when} [weather_descriptor : వర్షం] పడుతుందా",
        "{when} [weather_descriptor : వాన] పడుతుందా", "{when} [weather_descriptor : చలి] ఉంటుందా",
        "[weather_descriptor : టెంపరేచర్] ఎంత ఉంది", "{when} [weather_descriptor : గొడుగు] తీసుకెళ్లాలా",
        "{place_name=city} వెదర్ చెప్పు", "వెదర్ ఎలా ఉంది", "బయట [weather_descriptor : ఎండ] ఎక్కువగా ఉందా",
        "{when} {place_name=city_loc} [weather_descriptor : వర్షం] పడుతుందా",
    ]),
    ("general_joke", 5, ["ఒక జోక్ చెప్పు", "ఏదైనా జోక్ చెప్పండి", "నన్ను నవ్వించు", "ఏదైనా సరదాగా చెప్పు", "ఒక జోక్ చెప్తావా"]),
    ("general_greet", 5, ["నమస్కారం", "హలో", "శుభోదయం", "హాయ్ ఎలా ఉన్నావు", "శుభ సాయంత్రం", "హలో ఎలా ఉన్నారు"]),
    ("iot_coffee", 5, ["నాకు కాఫీ పెట్టు", "ఒక కాఫీ చేయి", "నాకు కాఫీ కావాలి", "ఒక {coffee_type=coffee} చేయి",
                       "కాఫీ మెషిన్ ఆన్ చేయి"]),
    ("iot_cleaning", 5, ["వాక్యూమ్ క్లీనర్ ఆన్ చేయి", "{house_place=room} క్లీన్ చేయి", "[device_type : రోబో వాక్యూమ్] స్టార్ట్ చేయి",
                         "{house_place=room_loc} ఊడ్చు", "క్లీనింగ్ మొదలుపెట్టు"]),
    ("iot_wemo_on", 4, ["{device_type=plug} ఆన్ చేయి", "{device_type=plug} ఆన్ చేయండి"]),
    ("iot_wemo_off", 4, ["{device_type=plug} ఆఫ్ చేయి", "{device_type=plug} ఆఫ్ చేయండి"]),
    ("play_music", 5, ["పాటలు పెట్టు", "ఏదైనా మ్యూజిక్ ప్లే చేయి", "{music_genre=genre} పెట్టు", "{music_genre=genre} ప్లే చేయండి"]),
    ("play_radio", 3, ["రేడియో పెట్టు", "రేడియో ఆన్ చేయి", "ఎఫ్ ఎం పెట్టు"]),
]
