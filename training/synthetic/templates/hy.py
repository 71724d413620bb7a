"""Eastern Armenian (hy-AM) command templates. Pattern language: see ../README.md.

Case endings stay on their word and inside the slot, as MASSIVE's hy-AM writes it ("[time :
յոթին]", "[house_place : խոհանոցի] լույսը", "[list_name : գնումների] ցուցակին", "[person :
արամի] հետ", "[place_name : երևանում]"). A bare "ժամը" before the hour stays outside the time
slot ("ժամը [time : ութին]", the larger count in hy-AM train), but a part of the day said with the
hour goes in with "ժամը" ("[time : առավոտյան ժամը յոթին]"). "մինչև" goes inside change_amount
("[change_amount : մինչև հիսուն տոկոս]"), as in most hy-AM records. Clock times: "յոթին",
"յոթն անց կեսին" (7:30), digits with the dative after a hyphen ("7-ին", "7:30-ին"). Timer:
"թայմեր" (loanword, as people say it) and "ժամաչափ"; alarm: "զարթուցիչ". Colloquial
imperatives (միացրու, դիր) and polite ones (միացրեք, դրեք) both.

Review against hy-AM MASSIVE train (counts there): "սրճեփ", "ռաբիս", "պակասեցրու", "հասցրու",
"լռեցրու", "կանգնեցրու" (all 0) replaced by forms it uses ("սուրճի սարք" 7 as "սարք", "ցածրացրու"
9, "ավելացրու" 125, "լուռ"/"լռիր", "դադարեցրու"); the infinitive commands MASSIVE's annotators
write most ("լույսեր միացնել", "անջատել" 120, "թուլացնել" 20) added once each. "վառիր" and
"հանգցրու" (0 there, common in speech) kept.
"""
from generate import tens_units

SMALL = "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը տասը".split()
SMALL += ["տասն" + u for u in "մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը".split()]
TENS = dict(zip(range(20, 100, 10), "քսան երեսուն քառասուն հիսուն վաթսուն յոթանասուն ութսուն իննսուն".split()))
num = tens_units(SMALL, TENS, lambda t, u: t + u, "հարյուր")


def dat(w):
    """Dative with the article, as the hour is said: յոթին, երկուսին, իննին, տասին, քսաներկուսին."""
    if w.endswith("ինը"):
        return w[:-3] + "իննին"
    if w.endswith("երկու"):
        return w + "սին"
    if w == "տասը":
        return "տասին"
    return w + "ին"


def art(w):
    """The hour with the article before 'անց': յոթն, երկուսն, ինն, տասն."""
    if w.endswith("ինը"):
        return w[:-3] + "ինն"
    if w.endswith("երկու"):
        return w + "սն"
    if w == "տասը":
        return "տասն"
    return w + "ն"


def both(n):
    return [str(n), num(n)]


def durations():
    """(plain, instrumental '-ով', adjectival '-անոց') forms."""
    out = []
    for n in (1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        for w in both(n):
            out.append((f"{w} րոպե", f"{w} րոպեով", f"{w} րոպեանոց"))
    for n in (10, 15, 20, 30, 45):
        for w in both(n):
            out.append((f"{w} վայրկյան", f"{w} վայրկյանով", f"{w} վայրկյանանոց"))
    for h in ("մեկ", "1", "երկու", "2", "կես", "մեկուկես"):
        out.append((f"{h} ժամ", f"{h} ժամով", f"{h} ժամանոց"))
    return out


def clock(h, with_words=True):
    """At h o'clock: 7-ին, 7:30-ին, 7:15-ին, յոթին, յոթն անց կեսին, յոթն անց տասնհինգին."""
    out = [f"{h}-ին", f"{h}:30-ին", f"{h}:15-ին", f"{h}:45-ին"]
    if with_words:
        w = num(h)
        out += [dat(w), f"{art(w)} անց կեսին", f"{art(w)} անց տասնհինգին"]
    return out


def items():
    one = ["կաթ", "ձու", "հաց", "խնձոր", "տանձ", "բանան", "կարագ", "պանիր", "սուրճ", "բրինձ", "մակարոն",
           "լոլիկ", "զուգարանի թուղթ", "սպասք լվանալու հեղուկ", "նարնջի հյութ", "մածուն", "հավ", "սոխ", "կարտոֆիլ",
           "գազար", "ձիթապտղի յուղ", "շաքար", "ալյուր", "թեյ", "կատվի կեր", "մարտկոց", "կիտրոն", "սխտոր"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    joins = ["և", "ու"]
    return (one, [f"{one[a]} {joins[i % 2]} {one[b]}" for i, (a, b) in enumerate(pairs)],
            [f"{one[a]} {one[b]} և {one[c]}" for a, b, c in triples])


ITEMS_DEF = ["կաթը", "ձվերը", "հացը", "խնձորները", "բանանները", "կարագը", "պանիրը", "սուրճը", "բրինձը", "մակարոնը",
             "լոլիկները", "զուգարանի թուղթը", "մածունը", "հավը", "սոխը", "կարտոֆիլը", "գազարը", "շաքարը", "ալյուրը",
             "թեյը", "կատվի կերը", "մարտկոցները", "կիտրոնը", "սխտորը"]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("անգամ", "գումարած", "հանած", "բաժանած"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["յոթի քառակուսին", "իննի քառակուսին", "ութսունմեկի քառակուսի արմատը", "հարյուրի քսան տոկոսը",
            "հիսունի տասը տոկոսը"]
    return out


WHEN = ["[date : վաղը]", "[date : այսօր]", "[date : վաղը չէ մյուս օրը]", "[date : երկուշաբթի]", "[date : երեքշաբթի]",
        "[date : չորեքշաբթի]", "[date : հինգշաբթի]", "[date : ուրբաթ]", "[date : շաբաթ]", "[date : կիրակի]",
        "հաջորդ [date : ուրբաթ]", "[date : ուրբաթ] օրը", "[date : կիրակի] օրը", "[date : հաջորդ շաբաթ]"]


def vocab():
    one, two, three = items()
    durs = durations()
    pct = [10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]
    return {
        "dur": [d[0] for d in durs],
        "dur_by": [d[1] for d in durs],
        "dur_adj": [d[2] for d in durs],
        "clock": [t for h in range(1, 13) for t in clock(h)] + [t for h in range(13, 24) for t in clock(h, False)[:2]]
                 + [dat(num(h)) for h in range(13, 24)] + ["կեսգիշերին", "կեսօրին"],
        "pod": [f"առավոտյան ժամը {t}" for h in range(5, 12) for t in clock(h)[4:6]]
               + [f"{p} ժամը {dat(num(h))}" for p in ("երեկոյան", "գիշերը") for h in (7, 8, 9, 10, 11)]
               + [f"ցերեկը ժամը {dat(num(h))}" for h in (1, 2, 3, 4)]
               + [f"առավոտյան {dat(num(h))}" for h in (6, 7, 8, 9)],
        "h": [t for h in range(5, 12) for t in (clock(h)[0], clock(h)[4], clock(h)[5])],
        "cal": [t for h in range(8, 13) for t in clock(h)[:1] + clock(h)[4:6]] + [t for h in range(13, 21) for t in clock(h, False)[:2]],
        "when": WHEN,
        "cal_when": WHEN + ["[date : հունիսի տասներկուսին]", "[date : մարտի երեքին]", "[date : այս շաբաթ]",
                            "[date : ամսի տասնհինգին]"],
        "freq": ["ամեն օր", "աշխատանքային օրերին", "ամեն առավոտ", "ամեն երկուշաբթի", "շաբաթվա օրերին"],
        "cal_freq": ["ամեն օր", "ամեն շաբաթ", "ամեն երկուշաբթի", "աշխատանքային օրերին", "ամեն ամիս"],
        "item": one, "item_def": ITEMS_DEF, "items": one + two + three, "items2": two + three,
        "list": ["գնումների", "մթերքների", "անելիքների", "աշխատանքի", "ճամփորդության", "նվերների", "ծննդյան",
                 "ամանորի", "տան", "դեղերի"],
        "list_plain": ["ճամփորդություն", "նվերներ", "տեղափոխություն", "այգի", "հարսանիք"],
        "room_gen": ["խոհանոցի", "հյուրասենյակի", "ննջասենյակի", "լոգասենյակի", "միջանցքի", "աշխատասենյակի",
                     "մանկական սենյակի", "ճաշասենյակի", "ավտոտնակի", "պատշգամբի"],
        "room_loc": ["խոհանոցում", "հյուրասենյակում", "ննջասենյակում", "լոգասենյակում", "միջանցքում",
                     "աշխատասենյակում", "մանկական սենյակում", "ավտոտնակում", "պատշգամբում", "սրահում"],
        "room_def": ["հյուրասենյակը", "խոհանոցը", "ննջասենյակը", "միջանցքը", "տունը", "մանկական սենյակը"],
        "lamp": ["սեղանի լամպը", "գիշերային լամպը", "ջահը", "հատակի լամպը", "լամպը", "մահճակալի կողքի լամպը"],
        "colour": ["կարմիր", "կանաչ", "կապույտ", "դեղին", "նարնջագույն", "մանուշակագույն", "վարդագույն", "սպիտակ",
                   "տաք սպիտակ", "երկնագույն"],
        "pct_by": [f"{n} տոկոսով" for n in pct] + [f"{num(n)} տոկոսով" for n in pct[::2]],
        "pct_to": [f"մինչև {n} տոկոս" for n in pct] + [f"մինչև {num(n)} տոկոս" for n in pct[::2]],
        "vol_to": [f"մինչև {num(n)}" for n in range(3, 11)] + [f"մինչև {n}" for n in (10, 20, 30, 40, 50)]
                  + [f"մինչև {num(n)} տոկոս" for n in (20, 30, 50)],
        "vol_on": [dat(num(n))[:-1] for n in range(1, 11)] + [f"{n}-ի" for n in range(1, 11)],
        "bit": ["մի քիչ", "մի փոքր", "մի քիչ էլ", "էլի մի քիչ"],
        "event": ["ատամնաբույժ", "բժշկի այց", "վարսավիր", "թիմի հանդիպում", "յոգայի դաս", "դաշնամուրի դաս",
                  "ֆուտբոլի մարզում", "գրքի ակումբ", "աշխատանքային հարցազրույց", "մեքենայի սպասարկում", "անասնաբույժ",
                  "ծննդյան խնջույք", "ժողով", "մարզասրահ", "ծնողական ժողով", "անգլերենի դաս"],
        "meet": ["հանդիպում", "ճաշ", "ընթրիք", "ժողով", "սուրճ", "զանգ"],
        "person": ["արամի", "տիգրանի", "նարեկի", "աննայի", "մարիամի", "անիի", "լիլիթի", "գոռի", "սոնայի", "կարենի"],
        "city_loc": ["երևանում", "գյումրիում", "վանաձորում", "դիլիջանում", "մոսկվայում", "փարիզում", "լոնդոնում",
                     "թբիլիսիում", "լոս անջելեսում", "նյու յորքում"],
        "weather_adj": ["[weather_descriptor : ցուրտ]", "[weather_descriptor : շոգ]", "[weather_descriptor : արևոտ]",
                        "[weather_descriptor : քամոտ]", "[weather_descriptor : անձրևոտ]", "[weather_descriptor : ամպամած]"],
        "expr": maths(),
        "plug": ["վարդակը", "խելացի վարդակը", "սմարթ վարդակը"],
        "coffee": ["հայկական սուրճ", "էսպրեսո", "լատե", "կապուչինո", "ամերիկանո"],
        "genre": ["ջազ", "ռոք", "դասական երաժշտություն", "հիփ հոփ", "փոփ", "ժողովրդական երաժշտություն"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "թայմեր դիր {time=dur_by}",
        "{time=dur_adj} թայմեր դիր",
        "թայմերը դիր {time=dur_by}",
        "թայմեր {time=dur}",
        "{time=dur} թայմեր",
        "ժամաչափ դիր {time=dur_by}",
        "{time=dur_adj} ժամաչափ միացրու",
        "{time=dur} հետո ինձ ասա",
        "{time=dur} հետո արթնացրու ինձ",
        "{time=dur} հետո զանգիր",
        "կարող ես {time=dur_adj} թայմեր դնել",
        "խնդրում եմ թայմեր դրեք {time=dur_by}",
        "միացրու թայմերը {time=dur_by}",
        "{time=dur_adj} զարթուցիչ դիր",
    ]),
    ("alarm_set", 50, [
        "զարթուցիչ դիր ժամը {time=clock}",
        "զարթուցիչ դիր {time=clock}",
        "արթնացրու ինձ ժամը {time=clock}",
        "ինձ արթնացրու {time=clock}",
        "զարթուցիչը դիր ժամը {time=clock}",
        "զարթուցիչ դրեք ժամը {time=clock}",
        "{when} ժամը {time=clock} արթնացրու ինձ",
        "{when} {time=pod} արթնացրու ինձ",
        "{when} {time=pod} զարթուցիչ դիր",
        "{general_frequency=freq} ժամը {time=clock} արթնացրու ինձ",
        "{general_frequency=freq} {time=pod} զարթուցիչ դիր",
        "[timeofday : առավոտյան] ժամը {time=h} արթնացրու ինձ",
        "[timeofday : երեկոյան] ժամը {time=h} զարթուցիչ դիր",
        "[date : վաղը] [timeofday : առավոտյան] ժամը {time=h} արթնացրու",
        "ժամը {time=clock} պետք է արթնանամ",
        "{time=pod} զարթուցիչ միացրու",
        "կարող ես զարթուցիչ դնել ժամը {time=clock}",
        "զարթուցիչը դիր {when} ժամը {time=clock}",
    ]),
    ("alarm_query", 9, [
        "ինչ զարթուցիչներ ունեմ", "ցույց տուր զարթուցիչներս", "զարթուցիչս ժամը քանիսին է զանգելու",
        "երբ է հաջորդ զարթուցիչը", "թայմերի վրա որքան ժամանակ է մնացել", "քանի րոպե է մնացել թայմերի վերջին",
        "{when} զարթուցիչ ունեմ", "ինչ զարթուցիչներ են դրված", "զարթուցիչը քանիսին է դրված",
    ]),
    ("alarm_remove", 10, [
        "ջնջիր զարթուցիչը", "ջնջիր բոլոր զարթուցիչները", "դադարեցրու թայմերը", "չեղարկիր թայմերը",
        "ջնջիր ժամը {time=clock} զարթուցիչը", "{when} զարթուցիչը չեղարկիր", "անջատիր զարթուցիչը",
        "չեղարկիր {when} ժամը {time=clock} զարթուցիչը", "չեղարկիր բոլոր թայմերները", "հանիր զարթուցիչը",
    ]),
    ("lists_createoradd", 34, [
        "ավելացրու {items} {list_name=list} ցուցակին",
        "{list_name=list} ցուցակին ավելացրու {items}",
        "ավելացրու {items} ցուցակին",
        "ցուցակում ավելացրու {items}",
        "իմ {list_name=list} ցուցակում ավելացրու {items}",
        "կարող ես {items} ավելացնել {list_name=list} ցուցակին",
        "{list_name=list} ցուցակում գրիր {items}",
        "գրիր {items2} իմ {list_name=list} ցուցակում",
        "ցուցակիս ավելացրու {items2}",
        "խնդրում եմ ավելացրեք {items} {list_name=list} ցանկին",
    ]),
    ("lists_createoradd", 12, [
        "ստեղծիր նոր {list_name=list} ցուցակ",
        "{list_name=list} ցուցակ ստեղծիր",
        "նոր ցուցակ ստեղծիր",
        "{list_name=list_plain} անունով ցուցակ ստեղծիր",
        "կազմիր {list_name=list} ցուցակ",
        "բացիր նոր {list_name=list} ցանկ",
    ]),
    ("lists_remove", 18, [
        "հանիր {item_def} {list_name=list} ցուցակից",
        "{item_def} հանիր ցուցակից",
        "{list_name=list} ցուցակից ջնջիր {item_def}",
        "ջնջիր {list_name=list} ցուցակը",
        "մաքրիր {list_name=list} ցուցակը",
        "ցուցակից ջնջիր {item_def}",
        "{item_def} հանիր իմ ցուցակից",
    ]),
    ("lists_query", 16, [
        "ինչ կա իմ {list_name=list} ցուցակում",
        "{list_name=list} ցուցակում ինչ կա",
        "կարդա {list_name=list} ցուցակը",
        "ցույց տուր {list_name=list} ցուցակը",
        "ինչ ցուցակներ ունեմ",
        "{list_name=list} ցուցակում {item} կա",
        "ինչ կա ցուցակիս մեջ",
        "կարող ես կարդալ իմ {list_name=list} ցուցակը",
    ]),
    ("iot_hue_lighton", 36, [
        "միացրու լույսը",
        "լույսերը միացրու",
        "լույսը վառիր",
        "լույս միացրու",
        "{house_place=room_gen} լույսը միացրու",
        "միացրու {house_place=room_gen} լույսերը",
        "{house_place=room_loc} լույսը միացրու",
        "{house_place=room_loc} լույսերը վառիր",
        "միացրու {device_type=lamp}",
        "{house_place=room_gen} {device_type=lamp} միացրու",
        "միացրու բոլոր լույսերը",
        "շատ մութ է լույսը միացրու",
        "կարող ես լույսը միացնել",
        "խնդրում եմ լույսերը միացրեք",
        "{house_place=room_gen} լույսը վառիր",
        "լույսը միացրու խնդրում եմ",
        "լույսերը միացնել",
    ]),
    ("iot_hue_lightoff", 24, [
        "անջատիր լույսը",
        "լույսերը անջատիր",
        "լույսը հանգցրու",
        "{house_place=room_gen} լույսը անջատիր",
        "{house_place=room_loc} լույսերը անջատիր",
        "անջատիր {house_place=room_gen} լույսերը",
        "անջատիր {device_type=lamp}",
        "անջատիր բոլոր լույսերը",
        "կարող ես լույսը անջատել",
        "խնդրում եմ լույսն անջատեք",
        "{house_place=room_gen} լույսերը հանգցրու",
        "լույսերը անջատել",
    ]),
    ("iot_hue_lightup", 14, [
        "բարձրացրու պայծառությունը", "պայծառությունը բարձրացրու {change_amount=pct_by}", "լույսը {change_amount=bit} ուժեղացրու",
        "ավելի լուսավոր արա", "ուժեղացրու լույսը", "{house_place=room_gen} լույսը ուժեղացրու", "լույսերը ավելի պայծառ դարձրու",
        "{change_amount=bit} բարձրացրու լույսը", "պայծառությունը բարձրացրու {change_amount=pct_to}",
    ]),
    ("iot_hue_lightdim", 14, [
        "թուլացրու լույսը", "լույսերը մգեցրու", "իջեցրու պայծառությունը", "լույսը {change_amount=bit} թուլացրու",
        "պայծառությունը իջեցրու {change_amount=pct_to}", "լույսը շատ պայծառ է", "{house_place=room_gen} լույսը թուլացրու",
        "{change_amount=bit} իջեցրու լույսերը", "լույսերը ցածրացրու", "լույսերը թուլացնել", "պայծառությունը նվազեցրու {change_amount=pct_by}",
    ]),
    ("iot_hue_lightchange", 26, [
        "լույսը {color_type=colour} դարձրու",
        "լույսերը դարձրու {color_type=colour}",
        "լույսի գույնը փոխիր {color_type=colour}",
        "{house_place=room_gen} լույսերը {color_type=colour} դարձրու",
        "դիր {color_type=colour} լույս",
        "{house_place=room_gen} լույսը դարձրու {color_type=colour}",
        "պայծառությունը դիր {change_amount=pct_to}",
        "լույսերը դիր {change_amount=pct_to}",
        "լույսը {color_type=colour} գույնի դարձրու",
    ]),
    ("audio_volume_up", 14, [
        "ձայնը բարձրացրու", "բարձրացրու ձայնը", "ավելի բարձր", "ձայնը ավելացրու", "ձայնը {change_amount=bit} բարձրացրու",
        "{change_amount=bit} բարձրացրու ձայնը", "չեմ լսում ձայնը բարձրացրու", "կարող ես ձայնը բարձրացնել",
        "ձայնը բարձրացրեք խնդրում եմ", "ավելի բարձր միացրու", "ձայնն ավելացրու",
    ]),
    ("audio_volume_up", 12, [
        "ձայնը դիր {change_amount=vol_on} վրա", "բարձրացրու ձայնը {change_amount=vol_to}", "ձայնը բարձրացրու {change_amount=vol_to}",
        "ձայնի մակարդակը դիր {change_amount=vol_on} վրա", "ձայնը ավելացրու {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "ձայնը իջեցրու", "իջեցրու ձայնը", "ձայնը ցածրացրու", "ձայնը {change_amount=bit} իջեցրու", "շատ բարձր է ձայնը իջեցրու",
        "ձայնը իջեցրու {change_amount=vol_to}", "կարող ես ձայնը իջեցնել", "ավելի կամաց", "{change_amount=bit} իջեցրու ձայնը",
        "ձայնը կամացացրու",
    ]),
    ("audio_volume_mute", 9, [
        "անջատիր ձայնը", "ձայնը անջատիր", "անձայն ռեժիմ", "լռիր", "լուռ ռեժիմ միացրու", "անջատիր բարձրախոսի ձայնը",
        "դիր անձայն ռեժիմի վրա", "ձայնն ամբողջությամբ անջատիր", "լռություն", "անջատիր բարձրախոսների ձայնը",
        "անջատիր ձայնը խնդրում եմ",
    ]),
    ("calendar_set", 40, [
        "{cal_when} ժամը {time=cal} ավելացրու {event_name=event}",
        "{cal_when} ժամը {time=cal} {event_name=event} ունեմ ավելացրու օրացույցում",
        "օրացույցում ավելացրու {event_name=event} {cal_when} ժամը {time=cal}",
        "գրիր օրացույցումս {event_name=event} {cal_when} ժամը {time=cal}",
        "{person=person} հետ {cal_when} ժամը {time=cal} {event_name=meet}",
        "նշանակիր {event_name=meet} {person=person} հետ {cal_when} ժամը {time=cal}",
        "հիշեցրու ինձ {cal_when} ժամը {time=cal} {event_name=event}",
        "{cal_when} ավելացրու {event_name=event}",
        "{general_frequency=cal_freq} ժամը {time=cal} ավելացրու {event_name=event}",
        "իմ օրացույցում ավելացրու {event_name=event} {cal_when}",
    ]),
    ("calendar_query", 14, [
        "{cal_when} ինչ ունեմ", "{cal_when} ինչ պլաններ ունեմ", "ցույց տուր օրացույցս", "երբ է իմ հաջորդ հանդիպումը",
        "{cal_when} որևէ բան ունեմ", "երբ է {event_name=event}", "ժամը քանիսին է {event_name=event}", "կարդա օրացույցս",
        "{cal_when} ինչ կա օրացույցումս",
    ]),
    ("calendar_remove", 10, [
        "չեղարկիր {event_name=event}", "ջնջիր {cal_when} բոլոր իրադարձությունները", "օրացույցից հանիր {event_name=event}",
        "ջնջիր {cal_when} {event_name=event}", "օրացույցից ջնջիր {cal_when} {event_name=event}",
    ]),
    ("qa_maths", 24, [
        "{expr} քանի է", "{expr} ինչքան է", "{expr} ինչի է հավասար", "հաշվիր {expr}", "{expr}", "որքան է {expr}",
        "ինչքան կլինի {expr}",
    ]),
    ("datetime_query", 18, [
        "ժամը քանիսն է", "ժամը քանիսն է հիմա", "հիմա ժամը քանիսն է", "ասա ժամը", "[date : այսօր] ամսի քանիսն է",
        "[date : այսօր] ինչ օր է", "[date : վաղը] շաբաթվա որ օրն է", "[date : վաղը] ամսի քանիսն է",
        "[place_name : {city_loc}] ժամը քանիսն է", "[date : ամանորը] շաբաթվա որ օրն է", "[date : այսօրվա] ամսաթիվը ասա",
        "ինչ ժամ է", "[place_name : {city_loc}] հիմա ժամը քանիսն է", "[date : այսօր] քանիսն է",
    ]),
    ("weather_query", 18, [
        "ինչ եղանակ է", "[date : այսօր] ինչ եղանակ է", "{when} ինչ եղանակ է լինելու", "[place_name : {city_loc}] ինչ եղանակ է",
        "{when} [weather_descriptor : անձրև] կգա", "{when} [weather_descriptor : ձյուն] կգա", "{when} {weather_adj} կլինի",
        "դրսում քանի աստիճան է", "{when} [weather_descriptor : հովանոց] վերցնեմ", "{when} եղանակի կանխատեսումը",
        "[place_name : {city_loc}] [weather_descriptor : անձրև] է գալիս", "{when} [place_name : {city_loc}] ինչ եղանակ կլինի",
        "ինչպիսին է եղանակը դրսում",
    ]),
    ("general_joke", 5, ["անեկդոտ պատմիր", "մի կատակ ասա", "ծիծաղեցրու ինձ", "մի անեկդոտ պատմիր", "կատակ արա"]),
    ("general_greet", 5, ["բարև", "բարի լույս", "բարի երեկո", "բարև ինչպես ես", "բարև ձեզ", "ողջույն"]),
    ("iot_coffee", 5, ["սուրճ պատրաստիր", "ինձ համար սուրճ եփիր", "սուրճ եմ ուզում", "ինձ մի {coffee_type=coffee} պատրաստիր",
                       "միացրու սուրճի սարքը"]),
    ("iot_cleaning", 5, ["միացրու փոշեկուլը", "{house_place=room_def} փոշեկուլով մաքրիր", "[device_type : ռոբոտ փոշեկուլը] միացրու",
                         "{house_place=room_def} մաքրիր", "միացրու [device_type : փոշեկուլը]"]),
    ("iot_wemo_on", 4, ["{device_type=plug} միացրու", "միացրու {device_type=plug}", "կարող ես միացնել {device_type=plug}"]),
    ("iot_wemo_off", 4, ["{device_type=plug} անջատիր", "անջատիր {device_type=plug}", "կարող ես անջատել {device_type=plug}"]),
    ("play_music", 5, ["երաժշտություն միացրու", "{music_genre=genre} միացրու", "մի քիչ {music_genre=genre} դիր", "միացրու երաժշտություն",
                       "երգ դիր"]),
    ("play_radio", 3, ["ռադիոն միացրու", "ռադիո միացրու", "ուզում եմ ռադիո լսել"]),
]
