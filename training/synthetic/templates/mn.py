"""Mongolian (mn-MN, Cyrillic) command templates. Pattern language: see ../README.md.

Case endings stay on their word and inside the slot, as MASSIVE's mn-MN writes it; the clock word
with its ending goes inside the time slot ("[time : долоон цагт]", "[time : өглөө найман цагт]",
321 records against 18 in mn-MN train); "дараа" after a timer length stays outside ("[time :
арван минутын] дараа", the larger count), and so does "руу/рүү" ("[change_amount : тавин хувь]
руу", 379 against 59). House places, list names and persons keep their endings inside
("[house_place : гал тогооны] гэрлийг", "[list_name : хүнсний] жагсаалтад", "[person : болдтой]").
Numbers before a noun take the attributive form (долоон цаг, арван минут, хорин хувь); clock times
on the 24-hour clock as Mongolians say them ("арван долоон цагт"), "долоон цаг хагаст" (7:30),
"долоон цаг арван таван минутад" (7:15), digits "7 цагт". Loanwords as written in Cyrillic:
таймер, кофе, радио, эспрессо.

Review against mn-MN MASSIVE train (counts there): "таймер" never occurs (timers are "... минутын
дараа сэрүүлэг тавь" or "цаг хэмжигч", 2), so "цаг хэмжигч" patterns were added beside the
loanword; "намсга", "сольчих", "хуанлиа", "бодооч", "хошигнол", "розеткийг", "дуугаргаарай" (all
0) were replaced by forms it uses ("багасга" 23, "соль" 9, "хуанлийг" 10, "бодож" 12, "онигоо" 59,
"залгуурыг" 58, "сануулаарай" 82); "жоохон" (18) added beside "жаахан" (8).
"""
from generate import tens_units

SMALL = "тэг нэг хоёр гурав дөрөв тав зургаа долоо найм ес арав".split()
ATTR = {"нэг": "нэг", "хоёр": "хоёр", "гурав": "гурван", "дөрөв": "дөрвөн", "тав": "таван", "зургаа": "зургаан",
        "долоо": "долоон", "найм": "найман", "ес": "есөн", "арав": "арван", "хорь": "хорин", "гуч": "гучин",
        "дөч": "дөчин", "тавь": "тавин", "жар": "жаран", "дал": "далан", "ная": "наян", "ер": "ерэн", "зуу": "зуун"}
SMALL += [f"арван {u}" for u in SMALL[1:10]]
TENS = dict(zip(range(20, 100, 10), "хорь гуч дөч тавь жар дал ная ер".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{ATTR[t]} {u}", "зуу")


def attr(n):
    """The number before a noun: долоон (цаг), арван таван (минут), хорин нэгэн (цаг)."""
    head, _, last = num(n).rpartition(" ")
    last = "нэгэн" if (last == "нэг" and head) else ATTR[last]
    return (head + " " if head else "") + last


def both(n):
    return [str(n), attr(n)]


def durations():
    """(plain, genitive '-ын', instrumental '-аар') forms."""
    out = []
    for n in (1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        for w in both(n):
            out.append((f"{w} минут", f"{w} минутын", f"{w} минутаар"))
    for n in (10, 15, 20, 30, 45):
        for w in both(n):
            out.append((f"{w} секунд", f"{w} секундын", f"{w} секундээр"))
    for h in ("нэг", "1", "хоёр", "2", "хагас"):
        out.append((f"{h} цаг", f"{h} цагийн", f"{h} цагаар"))
    return out


def clock(h, with_words=True):
    """At h: 7 цагт, 7 цаг 30 минутад, долоон цагт, долоон цаг хагаст, долоон цаг арван таван минутад."""
    out = [f"{h} цагт", f"{h} цаг 30 минутад", f"{h} цаг 15 минутад"]
    if with_words:
        w = attr(h)
        out += [f"{w} цагт", f"{w} цаг хагаст", f"{w} цаг арван таван минутад", f"{w} цаг гучин минутад"]
    return out


def items():
    one = ["сүү", "өндөг", "талх", "алим", "лийр", "гадил", "цөцгийн тос", "бяслаг", "кофе", "будаа", "гоймон",
           "улаан лооль", "ариун цэврийн цаас", "аяга угаагч", "жүүс", "тараг", "тахианы мах", "сонгино", "төмс",
           "лууван", "ургамлын тос", "элсэн чихэр", "гурил", "цай", "муурны хоол", "батарей", "нимбэг", "сармис"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    joins = ["бас", "болон", "ба"]
    return (one, [f"{one[a]} {joins[i % 3]} {one[b]}" for i, (a, b) in enumerate(pairs)],
            [f"{one[a]} {one[b]} бас {one[c]}" for a, b, c in triples])


ITEMS_ACC = ["сүүг", "өндгийг", "талхыг", "алимыг", "лийрийг", "гадилыг", "цөцгийн тосыг", "бяслагийг", "кофег", "будааг",
             "гоймонг", "улаан лоолийг", "тарагийг", "сонгиныг", "төмсийг", "лууванг", "гурилыг", "цайг", "нимбэгийг",
             "сармисыг", "жүүсийг", "элсэн чихрийг"]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("үржих", "нэмэх", "хасах", "хуваах"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["зуугийн хорин хувь", "тавины арван хувь", "долоогийн квадрат", "наян нэгийн квадрат язгуур"]
    return out


DAYS = ["даваа", "мягмар", "лхагва", "пүрэв", "баасан", "бямба", "ням"]
WHEN = ["[date : маргааш]", "[date : өнөөдөр]", "[date : нөгөөдөр]"] + [f"[date : {d} гарагт]" for d in DAYS] \
    + ["[date : ирэх баасан гарагт]", "[date : энэ бямба гарагт]", "[date : ирэх долоо хоногт]"]


def vocab():
    one, two, three = items()
    durs = durations()
    pct = [10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]
    return {
        "dur": [d[0] for d in durs],
        "dur_gen": [d[1] for d in durs],
        "dur_ins": [d[2] for d in durs],
        "clock": [t for h in range(1, 13) for t in clock(h)] + [t for h in range(13, 24) for t in clock(h)[:1] + clock(h)[3:5]]
                 + ["шөнө дундын арван хоёр цагт", "үд дунд"],
        "pod": [f"өглөө {t}" for h in range(5, 12) for t in clock(h)[3:5]]
               + [f"{p} {attr(h)} цагт" for p in ("орой", "оройн") for h in (7, 8, 9, 10)]
               + [f"өглөөний {attr(h)} цагт" for h in (6, 7, 8)],
        "h": [t for h in range(5, 12) for t in (clock(h)[0], clock(h)[3], clock(h)[4])],
        "cal": [t for h in range(8, 13) for t in clock(h)[:1] + clock(h)[3:5]] + [t for h in range(13, 21) for t in clock(h)[:1] + clock(h)[3:4]],
        "when": WHEN,
        "freq": ["өдөр бүр", "ажлын өдрүүдэд", "өглөө бүр", "даваа гараг бүр", "долоо хоногийн өдрүүдэд"],
        "cal_freq": ["өдөр бүр", "долоо хоног бүр", "даваа гараг бүр", "ажлын өдрүүдэд", "сар бүр"],
        "item": one, "item_acc": ITEMS_ACC, "items": one + two + three, "items2": two + three,
        "list": ["хүнсний", "дэлгүүрийн", "худалдан авалтын", "хийх зүйлсийн", "ажлын", "аяллын", "бэлгийн",
                 "төрсөн өдрийн", "шинэ жилийн", "гэрийн"],
        "list_plain": ["аялал", "бэлэг", "нүүдэл", "хурим", "зуслан"],
        "room_gen": ["гал тогооны", "зочны өрөөний", "унтлагын өрөөний", "угаалгын өрөөний", "коридорын", "ажлын өрөөний",
                     "хүүхдийн өрөөний", "хоолны өрөөний", "гаражийн", "тагтны"],
        "room_loc": ["гал тогоонд", "зочны өрөөнд", "унтлагын өрөөнд", "угаалгын өрөөнд", "коридорт", "ажлын өрөөнд",
                     "хүүхдийн өрөөнд", "гаражид"],
        "room_acc": ["зочны өрөөг", "гал тогоог", "унтлагын өрөөг", "коридорыг", "гэрийг", "хүүхдийн өрөөг"],
        "lamp": ["ширээний чийдэнг", "орны дэргэдэх чийдэнг", "шалны чийдэнг", "чийдэнг", "унших чийдэнг", "шөнийн гэрлийг"],
        "colour": ["улаан", "ногоон", "цэнхэр", "шар", "улбар шар", "ягаан", "нил ягаан", "цагаан", "дулаан цагаан", "хөх"],
        "pct": [f"{n} хувь" for n in pct] + [f"{attr(n)} хувь" for n in pct[::2]],
        "pct_by": [f"{n} хувиар" for n in pct] + [f"{attr(n)} хувиар" for n in pct[::2]],
        "vol": [num(n) for n in range(1, 11)] + [str(n) for n in range(1, 11)] + [f"{attr(n)} хувь" for n in (20, 30, 50, 70)],
        "bit": ["бага зэрэг", "жаахан", "жоохон", "арай", "жаахан илүү"],
        "event": ["шүдний эмч", "эмчийн үзлэг", "үсчин", "багийн хурал", "иогийн хичээл", "төгөлдөр хуурын хичээл",
                  "хөлбөмбөгийн бэлтгэл", "номын клуб", "ажлын ярилцлага", "машины засвар", "малын эмч",
                  "төрсөн өдрийн үдэшлэг", "хурал", "фитнесс", "эцэг эхийн хурал", "англи хэлний хичээл"],
        "meet": ["уулзалт", "өдрийн хоол", "оройн хоол", "хурал", "кофе", "ярилцлага"],
        "person": ["болдтой", "ганбаттай", "номинтой", "тэмүүлэнтэй", "сарантай", "оюунтай", "энхтэй", "туяатай",
                   "анужинтай", "мөнхтэй"],
        "city_loc": ["улаанбаатарт", "дарханд", "эрдэнэтэд", "ховдод", "чойбалсанд", "москвад", "бээжинд", "сөүлд",
                     "токиод", "лондонд"],
        "weather_adj": ["[weather_descriptor : хүйтэн]", "[weather_descriptor : халуун]", "[weather_descriptor : нартай]",
                        "[weather_descriptor : салхитай]", "[weather_descriptor : бороотой]", "[weather_descriptor : үүлэрхэг]"],
        "expr": maths(),
        "plug": ["залгуурыг", "ухаалаг залгуурыг", "цахилгааны залгуурыг"],
        "coffee": ["эспрессо", "латте", "капучино", "американо", "сүүтэй кофе"],
        "genre": ["жазз", "рок", "сонгодог хөгжим", "ардын дуу", "поп", "хип хоп"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur_gen} таймер тавь",
        "{time=dur_gen} таймер тавиач",
        "таймерыг {time=dur_ins} тавь",
        "таймер {time=dur}",
        "{time=dur_gen} таймер",
        "{time=dur_gen} цаг хэмжигч тавь",
        "цаг хэмжигчийг {time=dur_ins} тавь",
        "{time=dur_gen} дараа надад хэлээрэй",
        "{time=dur_gen} дараа намайг сэрээгээрэй",
        "{time=dur_gen} дараа сануулаарай",
        "{time=dur_gen} таймер тавьж өгөөч",
        "надад {time=dur_gen} таймер тавьж өг",
        "таймер тавь {time=dur}",
        "{time=dur_gen} дараа сэрүүлэг тавь",
        "{time=dur_gen} таймер тавина уу",
    ]),
    ("alarm_set", 50, [
        "{time=clock} сэрүүлэг тавь",
        "{time=clock} сэрүүлэг тавиач",
        "намайг {time=clock} сэрээгээрэй",
        "{time=clock} намайг сэрээ",
        "сэрүүлгийг {time=clock} тавь",
        "{time=clock} сэрүүлэг тавьж өгөөч",
        "{when} {time=clock} намайг сэрээгээрэй",
        "{when} {time=pod} намайг сэрээ",
        "{when} {time=pod} сэрүүлэг тавь",
        "{general_frequency=freq} {time=clock} намайг сэрээгээрэй",
        "{general_frequency=freq} {time=pod} сэрүүлэг тавь",
        "[timeofday : өглөө] {time=h} намайг сэрээгээрэй",
        "[timeofday : орой] {time=h} сэрүүлэг тавь",
        "[date : маргааш] [timeofday : өглөө] {time=h} сэрээгээрэй",
        "би {time=clock} босох ёстой",
        "{time=pod} сэрүүлэг тавина уу",
        "{time=clock} сэрүүлэг тавьж болох уу",
        "сэрүүлгийг {when} {time=clock} тавь",
    ]),
    ("alarm_query", 9, [
        "ямар сэрүүлэг тавьсан байна", "сэрүүлгүүдээ харуул", "сэрүүлэг хэдэн цагт дуугарах вэ",
        "дараагийн сэрүүлэг хэзээ вэ", "таймер дуусахад хэр удах вэ", "таймерт хэдэн минут үлдсэн бэ",
        "{when} сэрүүлэг байгаа юу", "тавьсан сэрүүлгүүдийг жагсаа", "сэрүүлэг хэдэн цагт тавьсан бэ",
    ]),
    ("alarm_remove", 10, [
        "сэрүүлгийг устга", "бүх сэрүүлгийг устга", "таймерыг зогсоо", "таймерыг цуцал",
        "{time=clock} тавьсан сэрүүлгийг устга", "{when} сэрүүлгийг цуцал", "сэрүүлгийг унтраа",
        "{when} {time=clock} тавьсан сэрүүлгийг цуцал", "бүх таймерыг цуцал", "сэрүүлгээ арилга",
    ]),
    ("lists_createoradd", 34, [
        "{list_name=list} жагсаалтад {items} нэм",
        "{items} {list_name=list} жагсаалтад нэм",
        "жагсаалтад {items} нэм",
        "{item_acc} жагсаалтад нэмээрэй",
        "миний {list_name=list} жагсаалтад {items} нэм",
        "{list_name=list} жагсаалтад {items} нэмж өгөөч",
        "{list_name=list} жагсаалтад {items} бич",
        "{items2} {list_name=list} жагсаалтад бичээрэй",
        "жагсаалтад {items2} нэмээрэй",
        "{list_name=list} жагсаалтанд {items} нэмнэ үү",
    ]),
    ("lists_createoradd", 12, [
        "шинэ {list_name=list} жагсаалт үүсгэ",
        "{list_name=list} жагсаалт үүсгэ",
        "шинэ жагсаалт үүсгэ",
        "{list_name=list_plain} гэдэг жагсаалт үүсгэ",
        "{list_name=list} жагсаалт гаргаач",
        "шинэ {list_name=list} жагсаалт нээгээрэй",
    ]),
    ("lists_remove", 18, [
        "{item_acc} {list_name=list} жагсаалтаас хас",
        "{item_acc} жагсаалтаас хасаарай",
        "{list_name=list} жагсаалтаас {item_acc} устга",
        "{list_name=list} жагсаалтыг устга",
        "{list_name=list} жагсаалтыг цэвэрлэ",
        "жагсаалтаас {item_acc} устга",
        "миний жагсаалтаас {item_acc} хас",
    ]),
    ("lists_query", 16, [
        "миний {list_name=list} жагсаалтад юу байна",
        "{list_name=list} жагсаалтад юу юу байна",
        "{list_name=list} жагсаалтыг унш",
        "{list_name=list} жагсаалтыг харуул",
        "надад ямар жагсаалтууд байна",
        "{list_name=list} жагсаалтад {item} байна уу",
        "жагсаалтад юу байна",
        "{list_name=list} жагсаалтыг уншаад өгөөч",
    ]),
    ("iot_hue_lighton", 36, [
        "гэрэл асаа",
        "гэрлийг асаа",
        "гэрлүүдийг асаа",
        "гэрлээ асаагаарай",
        "{house_place=room_gen} гэрлийг асаа",
        "{house_place=room_gen} гэрлүүдийг асаа",
        "{house_place=room_loc} гэрэл асаа",
        "{house_place=room_loc} гэрлээ асаагаарай",
        "{device_type=lamp} асаа",
        "{house_place=room_gen} {device_type=lamp} асаа",
        "бүх гэрлийг асаа",
        "харанхуй байна гэрэл асаа",
        "гэрэл асааж өгөөч",
        "гэрлийг асаана уу",
        "{house_place=room_gen} гэрлийг асаагаад өг",
        "гэрэл асаачих",
    ]),
    ("iot_hue_lightoff", 24, [
        "гэрэл унтраа",
        "гэрлийг унтраа",
        "гэрлүүдийг унтраа",
        "{house_place=room_gen} гэрлийг унтраа",
        "{house_place=room_loc} гэрэл унтраа",
        "{house_place=room_gen} гэрлүүдийг унтраагаарай",
        "{device_type=lamp} унтраа",
        "бүх гэрлийг унтраа",
        "гэрэл унтрааж өгөөч",
        "гэрлийг унтраана уу",
        "гэрлээ унтраачих",
    ]),
    ("iot_hue_lightup", 14, [
        "гэрлийг тодруул", "гэрлийн тодролыг {change_amount=pct_by} нэм", "гэрлийг {change_amount=bit} тодруул", "илүү гэрэлтэй болго",
        "гэрлийг ихэсгэ", "{house_place=room_gen} гэрлийг тодруул", "гэрлүүдийг илүү тод болго", "гэрлийг {change_amount=bit} ихэсгэ",
        "тодролыг {change_amount=pct} руу нэм",
    ]),
    ("iot_hue_lightdim", 14, [
        "гэрлийг бүдгэрүүл", "гэрлүүдийг бүдэг болго", "тодролыг бууруул", "гэрлийг {change_amount=bit} бүдгэрүүл",
        "тодролыг {change_amount=pct} руу бууруул", "гэрэл хэтэрхий хурц байна", "{house_place=room_gen} гэрлийг бүдгэрүүл",
        "гэрлийг {change_amount=bit} багасга", "тодролыг {change_amount=pct_by} багасга",
    ]),
    ("iot_hue_lightchange", 26, [
        "гэрлийг {color_type=colour} болго",
        "гэрлийг {color_type=colour} өнгөтэй болго",
        "гэрлийн өнгийг {color_type=colour} болгож өөрчил",
        "{house_place=room_gen} гэрлийг {color_type=colour} болго",
        "гэрлүүдийг {color_type=colour} өнгө рүү соль",
        "{house_place=room_gen} гэрлийг {color_type=colour} өнгөтэй болгоно уу",
        "тодролыг {change_amount=pct} болго",
        "гэрлийг {change_amount=pct} болго",
        "{color_type=colour} гэрэл асаа",
    ]),
    ("audio_volume_up", 14, [
        "дууг чангал", "дууг нэм", "дууг ихэсгэ", "илүү чанга", "дууг {change_amount=bit} чангал",
        "дууг {change_amount=bit} нэм", "сонсогдохгүй байна дууг нэм", "дууг нэмж өгөөч", "дууны түвшинг нэм",
        "дуугаа чангалаарай", "дууг чангалж болох уу",
    ]),
    ("audio_volume_up", 12, [
        "дууг {change_amount=vol} болго", "дууг {change_amount=vol} руу нэм", "дууны түвшинг {change_amount=vol} болго",
        "дууг {change_amount=vol} хүртэл чангал", "дууны хэмжээг {change_amount=vol} болгоорой",
    ]),
    ("audio_volume_down", 14, [
        "дууг багасга", "дууг бууруул", "дууг жоохон багасга", "дууг {change_amount=bit} багасга", "хэтэрхий чанга байна дууг багасга",
        "дууг {change_amount=vol} руу багасга", "дууг багасгаж өгөөч", "илүү намуухан", "дууг {change_amount=bit} бууруул",
        "дууны түвшинг багасга",
    ]),
    ("audio_volume_mute", 9, [
        "дууг хаа", "дуугүй болго", "чимээгүй", "чимээгүй бол", "дууг нь унтраа", "спикерийн дууг хаа",
        "дууг бүр мөсөн хаа", "дуугүй горим", "дууг хаагаарай",
    ]),
    ("calendar_set", 40, [
        "{when} {time=cal} {event_name=event} нэм",
        "{when} {time=cal} {event_name=event} байгаа хуанлид нэм",
        "хуанлид {when} {time=cal} {event_name=event} нэм",
        "{event_name=event} {when} {time=cal} гэж хуанлидаа тэмдэглэ",
        "{person=person} {when} {time=cal} {event_name=meet}",
        "{person=person} {when} {time=cal} {event_name=meet} товло",
        "{when} {time=cal} {event_name=event} байгааг надад сануулаарай",
        "{when} {event_name=event} нэм",
        "{general_frequency=cal_freq} {time=cal} {event_name=event} нэм",
        "миний хуанлид {when} {event_name=event} нэмээрэй",
    ]),
    ("calendar_query", 14, [
        "{when} юу байна", "{when} миний төлөвлөгөө юу вэ", "хуанлийг харуул", "дараагийн уулзалт хэзээ вэ",
        "{when} надад юм байгаа юу", "{event_name=event} хэзээ вэ", "{event_name=event} хэдэн цагт вэ", "миний хуанлийг уншаад өг",
        "{when} хуанлид юу байна",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} цуцал", "{when} бүх арга хэмжээг устга", "хуанлиас {event_name=event} хас",
        "{when} {event_name=event} устга", "хуанлиас {when} {event_name=event} устгаарай",
    ]),
    ("qa_maths", 24, [
        "{expr} хэд вэ", "{expr} хэд болох вэ", "{expr} хэдтэй тэнцүү вэ", "тооцоол {expr}", "{expr}", "{expr} хэд гарах вэ",
        "{expr} бодож өгөөч",
    ]),
    ("datetime_query", 18, [
        "цаг хэд болж байна", "хэдэн цаг болж байна", "одоо цаг хэд болж байна", "цаг хэлээч", "[date : өнөөдөр] хэдэн бэ",
        "[date : өнөөдөр] ямар гараг вэ", "[date : маргааш] ямар гараг вэ", "[date : маргааш] хэдэн бэ",
        "[place_name : {city_loc}] цаг хэд болж байна", "[date : цагаан сар] хэзээ вэ", "[date : өнөөдрийн] огноо хэд вэ",
        "одоо хэдэн цаг болж байна", "[place_name : {city_loc}] одоо хэдэн цаг болж байна", "[date : өнөөдөр] сарын хэдэн бэ",
    ]),
    ("weather_query", 18, [
        "цаг агаар ямар байна", "[date : өнөөдөр] цаг агаар ямар байна", "{when} цаг агаар ямар байх вэ",
        "[place_name : {city_loc}] цаг агаар ямар байна", "{when} [weather_descriptor : бороо] орох уу",
        "{when} [weather_descriptor : цас] орох уу", "{when} {weather_adj} байх уу", "гадаа хэдэн градус байна",
        "{when} [weather_descriptor : шүхэр] авах хэрэгтэй юу", "{when} цаг агаарын мэдээ", "[place_name : {city_loc}] [weather_descriptor : бороо] орж байна уу",
        "{when} [place_name : {city_loc}] цаг агаар ямар байх вэ", "гадаа ямар байна",
    ]),
    ("general_joke", 5, ["нэг онигоо яриач", "онигоо хэлээч", "намайг инээлгээч", "онигоо ярь", "нэг хошин юм яриач"]),
    ("general_greet", 5, ["сайн байна уу", "сайн уу", "өглөөний мэнд", "оройн мэнд", "сайн уу юу байна", "сайн байцгаана уу"]),
    ("iot_coffee", 5, ["кофе хийгээд өгөөч", "кофе чана", "кофе уумаар байна", "надад {coffee_type=coffee} хийж өг",
                       "кофе чанагчийг асаа"]),
    ("iot_cleaning", 5, ["тоос сорогчийг асаа", "{house_place=room_acc} тоос сорогчоор цэвэрлэ", "[device_type : робот тоос сорогчийг] асаа",
                         "{house_place=room_acc} цэвэрлэ", "[device_type : тоос сорогчоо] асаагаарай"]),
    ("iot_wemo_on", 4, ["{device_type=plug} асаа", "{device_type=plug} асаагаарай", "{device_type=plug} асааж өгөөч"]),
    ("iot_wemo_off", 4, ["{device_type=plug} унтраа", "{device_type=plug} унтраагаарай", "{device_type=plug} унтрааж өгөөч"]),
    ("play_music", 5, ["хөгжим тавиач", "{music_genre=genre} тавь", "жаахан {music_genre=genre} тавиач", "хөгжим тавь",
                       "дуу тавиач"]),
    ("play_radio", 3, ["радио асаа", "радио тавь", "радио сонсмоор байна"]),
]
