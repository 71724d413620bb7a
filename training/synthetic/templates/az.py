"""Azerbaijani (az-AZ) command templates. Pattern language: see ../README.md.

Case suffixes stay on their word and inside the slot, as MASSIVE's az-AZ writes it ("[time :
yeddidə]", "[time : səkkizə]", "[house_place : mətbəxin] işıqlarını", "[change_amount : on
faizə]", "[list_name : ərzaq] siyahısına"). A bare "saat" before the hour stays outside the time
slot ("saat [time : səkkizə]", the larger count in az-AZ train), but a part of the day said with
the hour goes in with "saat" ("[time : səhər saat yeddidə]"), as az-AZ writes it. Clock times:
"yeddi otuzda" (7:30), "səkkizin yarısında" (7:30, said like Russian), "yeddini on beş dəqiqə
keçmiş" (7:15), "səkkizə on beş dəqiqə qalmış" (7:45); digits take their suffix after a hyphen
with the harmony of the word said ("7-də", "6-da", "7-yə", "9-a"). Timer: "taymer" (loanword);
alarm: "zəngli saat", "budilnik".
"""
from generate import tens_units

SMALL = "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz on".split()
SMALL += [f"on {u}" for u in SMALL[1:10]]
TENS = dict(zip(range(20, 100, 10), "iyirmi otuz qırx əlli altmış yetmiş səksən doxsan".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "yüz")

# Last word of a number with the locative, dative, genitive, accusative suffix.
LOC = {"bir": "birdə", "iki": "ikidə", "üç": "üçdə", "dörd": "dörddə", "beş": "beşdə", "altı": "altıda",
       "yeddi": "yeddidə", "səkkiz": "səkkizdə", "doqquz": "doqquzda", "on": "onda", "iyirmi": "iyirmidə",
       "otuz": "otuzda", "qırx": "qırxda", "əlli": "əllidə"}
DAT = {"bir": "birə", "iki": "ikiyə", "üç": "üçə", "dörd": "dördə", "beş": "beşə", "altı": "altıya", "yeddi": "yeddiyə",
       "səkkiz": "səkkizə", "doqquz": "doqquza", "on": "ona", "iyirmi": "iyirmiyə", "otuz": "otuza", "qırx": "qırxa",
       "əlli": "əlliyə", "altmış": "altmışa", "yetmiş": "yetmişə", "səksən": "səksənə", "doxsan": "doxsana", "yüz": "yüzə"}
GEN = {"bir": "birin", "iki": "ikinin", "üç": "üçün", "dörd": "dördün", "beş": "beşin", "altı": "altının",
       "yeddi": "yeddinin", "səkkiz": "səkkizin", "doqquz": "doqquzun", "on": "onun"}
ACC = {"bir": "biri", "iki": "ikini", "üç": "üçü", "dörd": "dördü", "beş": "beşi", "altı": "altını", "yeddi": "yeddini",
       "səkkiz": "səkkizi", "doqquz": "doqquzu", "on": "onu"}
# Suffix after a hyphen on digits, with the harmony of the last word said.
LOC_SUF = {k: v[len(k):] for k, v in LOC.items()}
DAT_SUF = {k: v[len(k):] for k, v in DAT.items()}


def inflect(words, table):
    """'on iki' + locative -> 'on ikidə'."""
    head, _, last = words.rpartition(" ")
    return (head + " " if head else "") + table[last]


def digits(text, n, table):
    """7 + locative -> '7-də'; '7:30' + dative -> '7:30-a'."""
    return f"{text}-{table[num(n).rpartition(' ')[2]]}"


def both(n):
    return [str(n), num(n)]


def durations():
    """(plain, adjectival '-lıq', dative) forms."""
    out = []
    for n in (1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        for w in both(n):
            out.append((f"{w} dəqiqə", f"{w} dəqiqəlik", f"{w} dəqiqəyə"))
    for n in (10, 15, 20, 30, 45):
        for w in both(n):
            out.append((f"{w} saniyə", f"{w} saniyəlik", f"{w} saniyəyə"))
    for h in ("bir", "1", "iki", "2", "yarım", "bir yarım"):
        out.append((f"{h} saat", f"{h} saatlıq", f"{h} saata"))
    return out


def clock_loc(h, with_words=True):
    """7-də, yeddidə, yeddi otuzda, səkkizin yarısında, yeddini on beş dəqiqə keçmiş, səkkizə on beş dəqiqə qalmış."""
    w = num(h)
    nxt = num(h % 12 + 1)
    out = [digits(str(h), h, LOC_SUF), digits(f"{h}:30", 30, LOC_SUF), digits(f"{h}:15", 15, LOC_SUF),
           digits(f"{h}:45", 45, LOC_SUF)]
    if with_words:
        out += [inflect(w, LOC), f"{w} otuzda", f"{w} on beşdə", f"{inflect(nxt, GEN)} yarısında",
                f"{inflect(w, ACC)} on beş dəqiqə keçmiş", f"{inflect(nxt, DAT)} on beş dəqiqə qalmış"]
    return out


def clock_dat(h, with_words=True):
    """7-yə, yeddiyə, yeddi otuza, 7:30-a."""
    w = num(h)
    out = [digits(str(h), h, DAT_SUF), digits(f"{h}:30", 30, DAT_SUF), digits(f"{h}:15", 15, DAT_SUF)]
    if with_words:
        out += [inflect(w, DAT), f"{w} otuza", f"{w} on beşə", f"{w} qırx beşə"]
    return out


def items():
    one = ["süd", "yumurta", "çörək", "alma", "armud", "banan", "kərə yağı", "pendir", "qəhvə", "düyü", "makaron",
           "pomidor", "tualet kağızı", "qab yuyan maye", "portağal şirəsi", "qatıq", "toyuq", "soğan", "kartof",
           "yerkökü", "zeytun yağı", "şəkər", "un", "çay", "pişik yemi", "batareya", "limon", "sarımsaq"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} və {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} və {one[c]}" for a, b, c in triples])


ITEMS_ACC = ["südü", "yumurtanı", "çörəyi", "almanı", "armudu", "bananı", "kərə yağını", "pendiri", "qəhvəni", "düyünü",
             "makaronu", "pomidoru", "tualet kağızını", "qatığı", "toyuğu", "soğanı", "kartofu", "yerkökünü",
             "zeytun yağını", "şəkəri", "unu", "çayı", "batareyanı", "limonu", "sarımsağı"]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("vur", "üstəgəl", "çıx", "böl"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["yeddinin kvadratı", "doqquzun kvadratı", "səksən birin kvadrat kökü", "yüzün iyirmi faizi"]
    return out


WHEN = ["[date : sabah]", "[date : bu gün]", "[date : bugün]", "[date : birigün]", "[date : bazar ertəsi]",
        "[date : çərşənbə axşamı]", "[date : çərşənbə]", "[date : cümə axşamı]", "[date : cümə]", "[date : şənbə]",
        "[date : bazar]", "gələn [date : cümə]", "[date : cümə günü]", "[date : şənbə günü]", "[date : gələn həftə]"]


def vocab():
    one, two, three = items()
    durs = durations()
    pct = [10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]
    pct_dat = [f"{n} faizə" for n in pct] + [f"{num(n)} faizə" for n in pct[::2]]
    return {
        "dur": [d[0] for d in durs],
        "dur_adj": [d[1] for d in durs],
        "dur_dat": [d[2] for d in durs],
        "clock_loc": [t for h in range(1, 13) for t in clock_loc(h)] + [t for h in range(13, 24) for t in clock_loc(h, False)],
        "clock_dat": [t for h in range(1, 13) for t in clock_dat(h)] + [digits(str(h), h, DAT_SUF) for h in range(13, 24)],
        "pod_loc": [f"{p} saat {t}" for p in ("səhər",) for h in range(5, 12) for t in clock_loc(h)[4:6]]
                   + [f"{p} saat {inflect(num(h), LOC)}" for p in ("axşam", "gecə") for h in (7, 8, 9, 10, 11)]
                   + [f"günorta saat {inflect(num(h), LOC)}" for h in (1, 2, 3, 4)] + ["gecə yarısı", "günorta saat on ikidə"],
        "pod_dat": [f"səhər saat {t}" for h in range(5, 12) for t in clock_dat(h)[3:5]]
                   + [f"axşam saat {inflect(num(h), DAT)}" for h in (6, 7, 8, 9, 10)],
        "h_loc": [t for h in range(5, 12) for t in (clock_loc(h)[0], clock_loc(h)[4], clock_loc(h)[5])],
        "h_dat": [t for h in range(5, 12) for t in clock_dat(h)[3:5]],
        "cal_loc": [t for h in range(8, 13) for t in clock_loc(h)[:1] + clock_loc(h)[4:7]]
                   + [t for h in range(13, 21) for t in clock_loc(h, False)[:2]],
        "when": WHEN,
        "cal_when": WHEN + ["[date : on iki iyunda]", "[date : üç martda]", "[date : bu şənbə]", "[date : ayın on beşində]"],
        "freq": ["hər gün", "həftə içi hər gün", "hər səhər", "hər bazar ertəsi", "iş günləri"],
        "cal_freq": ["hər gün", "hər həftə", "hər bazar ertəsi", "iş günləri", "hər ay"],
        "item": one, "item_acc": ITEMS_ACC, "items": one + two + three, "items2": two + three,
        "list": ["alış veriş", "ərzaq", "bazarlıq", "görüləcək işlər", "iş", "səyahət", "hədiyyə", "ad günü", "yeni il", "ev"],
        "list_plain": ["səyahət", "hədiyyələr", "köçmək", "bağ", "toy"],
        "room_gen": ["mətbəxin", "qonaq otağının", "yataq otağının", "vanna otağının", "dəhlizin", "iş otağının",
                     "uşaq otağının", "yemək otağının", "qarajın", "eyvanın"],
        "room_loc": ["mətbəxdə", "qonaq otağında", "yataq otağında", "vanna otağında", "dəhlizdə", "iş otağında",
                     "uşaq otağında", "qarajda", "eyvanda", "zalda"],
        "room_ki": ["mətbəxdəki", "qonaq otağındakı", "yataq otağındakı", "vanna otağındakı", "dəhlizdəki",
                    "iş otağındakı", "uşaq otağındakı", "qarajdakı", "eyvandakı", "zaldakı"],
        "room_acc": ["qonaq otağını", "mətbəxi", "yataq otağını", "dəhlizi", "evi", "uşaq otağını"],
        "lamp": ["stolüstü lampanı", "gecə lampasını", "çilçırağı", "torşeri", "lampanı", "masa lampasını"],
        "colour": ["qırmızı", "yaşıl", "mavi", "sarı", "narıncı", "bənövşəyi", "çəhrayı", "ağ", "isti ağ", "göy"],
        "colour_dat": ["qırmızıya", "yaşıla", "maviyə", "sarıya", "narıncıya", "bənövşəyiyə", "çəhrayıya", "ağa", "göyə"],
        "pct_dat": pct_dat,
        "pct": [f"{n} faiz" for n in pct] + [f"{num(n)} faiz" for n in pct[::2]],
        "vol_dat": [inflect(num(n), DAT) for n in range(1, 11)] + [digits(str(n), n, DAT_SUF) for n in range(1, 11)]
                   + pct_dat[1::3],
        "bit": ["bir az", "azca", "bir az da", "bir balaca"],
        "event": ["həkim qəbulu", "diş həkimi", "həkim", "bərbər", "komanda iclası", "yoqa dərsi",
                  "piano dərsi", "futbol məşqi", "kitab klubu", "iş müsahibəsi", "maşının təmiri", "baytar",
                  "ad günü məclisi", "iclas", "idman zalı", "valideyn iclası"],
        "meet": ["görüş", "nahar", "şam yeməyi", "iclas", "qəhvə", "zəng"],
        "person": ["anar", "leyla", "elvin", "aysel", "rəşad", "günel", "orxan", "nigar", "tural", "səbinə"],
        "city_loc": ["bakıda", "gəncədə", "sumqayıtda", "şəkidə", "lənkəranda", "moskvada", "istanbulda", "londonda",
                     "parisdə", "tbilisidə"],
        "weather_q": ["[weather_descriptor : soyuq]", "[weather_descriptor : isti]", "[weather_descriptor : günəşli]",
                      "[weather_descriptor : küləkli]", "[weather_descriptor : yağışlı]", "[weather_descriptor : buludlu]"],
        "expr": maths(),
        "plug": ["rozetkanı", "ağıllı rozetkanı", "elektrik rozetkasını"],
        "coffee": ["türk qəhvəsi", "espresso", "latte", "amerikano", "kapuçino"],
        "genre": ["caz", "rok", "klassik musiqi", "muğam", "pop musiqi", "xalq musiqisi"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur_adj} taymer qur",
        "{time=dur_adj} bir taymer qur",
        "taymeri {time=dur_dat} qur",
        "taymer {time=dur}",
        "{time=dur} taymer",
        "{time=dur_adj} taymer qoy",
        "{time=dur_adj} geri sayım başlat",
        "{time=dur} sonra mənə xəbər ver",
        "{time=dur} sonra məni oyat",
        "{time=dur_adj} taymer qura bilərsən",
        "mənə {time=dur_adj} taymer qur",
        "taymer qur {time=dur}",
        "{time=dur_adj} zəngli saat qur",
        "zəhmət olmasa {time=dur_adj} taymer qoy",
    ]),
    ("alarm_set", 50, [
        "saat {time=clock_dat} zəngli saat qur",
        "{time=clock_dat} zəngli saat qur",
        "məni saat {time=clock_loc} oyat",
        "məni {time=clock_loc} oyandır",
        "zəngli saatı {time=clock_dat} qur",
        "budilniki saat {time=clock_dat} qur",
        "{when} saat {time=clock_loc} məni oyat",
        "{when} {time=pod_loc} məni oyandır",
        "{when} {time=pod_dat} zəngli saat qur",
        "{general_frequency=freq} saat {time=clock_loc} məni oyat",
        "{general_frequency=freq} {time=pod_dat} zəngli saat qur",
        "[timeofday : səhər] saat {time=h_loc} məni oyat",
        "[timeofday : axşam] saat {time=h_dat} zəngli saat qur",
        "[date : sabah] [timeofday : səhər] saat {time=h_loc} oyat məni",
        "saat {time=clock_loc} oyanmalıyam",
        "{time=pod_dat} budilnik qoy",
        "{time=clock_dat} zəngli saat qura bilərsən",
        "zəngli saatı {when} saat {time=clock_dat} qur",
    ]),
    ("alarm_query", 9, [
        "hansı zəngli saatlarım var", "zəngli saatlarımı göstər", "zəngli saatım saat neçədə çalacaq",
        "növbəti zəngli saat nə vaxtdır", "taymerdə nə qədər vaxt qalıb", "taymerin bitməsinə neçə dəqiqə qalıb",
        "{when} üçün zəngli saatım varmı", "qurulmuş zəngli saatları siyahıla", "budilnik saat neçəyə qurulub",
    ]),
    ("alarm_remove", 10, [
        "zəngli saatı sil", "bütün zəngli saatları sil", "taymeri dayandır", "taymeri ləğv et",
        "saat {time=clock_dat} qurulan zəngli saatı sil", "{when} üçün zəngli saatı ləğv et", "budilniki söndür",
        "{when} saat {time=clock_dat} qurulan zəngli saatı ləğv et", "bütün taymerləri ləğv et", "zəngli saatı götür",
    ]),
    ("lists_createoradd", 34, [
        "{list_name=list} siyahısına {items} əlavə et",
        "{item_acc} {list_name=list} siyahısına əlavə et",
        "{item_acc} siyahıya əlavə et",
        "siyahıya {items} əlavə et",
        "{list_name=list} siyahıma {items} əlavə et",
        "{list_name=list} siyahısına {items} əlavə edə bilərsən",
        "{list_name=list} siyahısına {items} yaz",
        "{items2} {list_name=list} siyahıma yaz",
        "siyahıma {items2} əlavə et",
        "zəhmət olmasa {list_name=list} siyahısına {items} əlavə et",
    ]),
    ("lists_createoradd", 12, [
        "yeni {list_name=list} siyahısı yarat",
        "{list_name=list} siyahısı yarat",
        "yeni siyahı yarat",
        "{list_name=list_plain} adlı siyahı yarat",
        "{list_name=list} siyahısı düzəlt",
        "yeni {list_name=list} siyahısı aç",
    ]),
    ("lists_remove", 18, [
        "{item_acc} {list_name=list} siyahısından sil",
        "{item_acc} siyahıdan çıxart", "{list_name=list} siyahısından {item_acc} çıxart",
        "{list_name=list} siyahısından {item_acc} sil",
        "{list_name=list} siyahısını sil",
        "{list_name=list} siyahısını təmizlə",
        "siyahıdan {item_acc} sil",
        "{item_acc} siyahımdan çıxart",
    ]),
    ("lists_query", 16, [
        "{list_name=list} siyahımda nə var",
        "{list_name=list} siyahısında nələr var",
        "{list_name=list} siyahısını oxu",
        "{list_name=list} siyahısını göstər",
        "hansı siyahılarım var",
        "{list_name=list} siyahısında {item} varmı",
        "siyahımda nə var",
        "{list_name=list} siyahımı oxuya bilərsən",
    ]),
    ("iot_hue_lighton", 36, [
        "işığı yandır",
        "işıqları yandır",
        "işıqları aç",
        "işığı aç",
        "{house_place=room_gen} işığını yandır",
        "{house_place=room_gen} işıqlarını yandır",
        "{house_place=room_loc} işığı yandır",
        "{house_place=room_ki} işıqları aç",
        "{device_type=lamp} yandır",
        "{house_place=room_ki} {device_type=lamp} yandır",
        "bütün işıqları yandır",
        "çox qaranlıqdır işığı yandır",
        "işığı yandıra bilərsən",
        "zəhmət olmasa işıqları yandır",
        "{house_place=room_gen} işığını aç",
        "işıqları yandır zəhmət olmasa",
    ]),
    ("iot_hue_lightoff", 24, [
        "işığı söndür",
        "işıqları söndür",
        "işığı keçir",
        "{house_place=room_gen} işığını söndür",
        "{house_place=room_loc} işıqları söndür",
        "{house_place=room_ki} işıqları söndür",
        "{device_type=lamp} söndür",
        "bütün işıqları söndür",
        "işığı söndürə bilərsən",
        "zəhmət olmasa işığı söndür",
        "{house_place=room_gen} işıqlarını söndür",
    ]),
    ("iot_hue_lightup", 14, [
        "parlaqlığı artır", "parlaqlığı {change_amount=pct} artır", "işığı {change_amount=bit} artır", "daha işıqlı et",
        "işığı gücləndir", "{house_place=room_gen} işığını artır", "işıqları daha parlaq et", "işığı {change_amount=bit} qaldır",
        "parlaqlığı {change_amount=pct_dat} qaldır",
    ]),
    ("iot_hue_lightdim", 14, [
        "işığı zəiflət", "işıqları azalt", "parlaqlığı azalt", "işığı {change_amount=bit} zəiflət",
        "parlaqlığı {change_amount=pct_dat} endir", "işıq çox parlaqdır", "{house_place=room_gen} işığını zəiflət",
        "işıqları {change_amount=bit} azalt", "parlaqlığı {change_amount=pct} azalt",
    ]),
    ("iot_hue_lightchange", 26, [
        "işığı {color_type=colour_dat} dəyiş",
        "işığı {color_type=colour} et",
        "işığın rəngini {color_type=colour_dat} dəyiş",
        "{house_place=room_ki} işıqları {color_type=colour} rəngə dəyiş",
        "işıqları {color_type=colour} elə",
        "{house_place=room_gen} işığını {color_type=colour} et",
        "parlaqlığı {change_amount=pct_dat} qoy",
        "işıqları {change_amount=pct_dat} qoy",
        "işığı {color_type=colour} rəngə qoy",
    ]),
    ("audio_volume_up", 14, [
        "səsi artır", "səsi qaldır", "səsi yüksəlt", "daha ucadan", "səsi {change_amount=bit} artır",
        "səsi {change_amount=bit} qaldır", "eşitmirəm səsi artır", "səsi artıra bilərsən", "səs səviyyəsini artır",
        "səsi yuxarı qaldır", "səsi artır zəhmət olmasa",
    ]),
    ("audio_volume_up", 12, [
        "səsi {change_amount=vol_dat} qoy", "səsi {change_amount=vol_dat} qaldır", "səs səviyyəsini {change_amount=vol_dat} qoy",
        "səsi {change_amount=vol_dat} artır", "səs səviyyəsini {change_amount=vol_dat} qaldır",
    ]),
    ("audio_volume_down", 14, [
        "səsi azalt", "səsi endir", "səsi aşağı sal", "səsi {change_amount=bit} azalt", "çox ucadır səsi azalt",
        "səsi {change_amount=vol_dat} endir", "səsi azalda bilərsən", "daha sakit", "səsi {change_amount=bit} endir",
        "səs səviyyəsini azalt",
    ]),
    ("audio_volume_mute", 9, [
        "səsi kəs", "səssiz rejimə keç", "susdur", "sus", "səssiz rejim", "dinamiki susdur", "səsi tamam söndür",
        "səsi bağla", "səssizə qoy", "dinamikləri susdur", "səsi söndür",
    ]),
    ("calendar_set", 40, [
        "{cal_when} saat {time=cal_loc} {event_name=event} əlavə et",
        "{cal_when} saat {time=cal_loc} {event_name=event} var təqvimə əlavə et",
        "təqvimə {cal_when} saat {time=cal_loc} {event_name=event} əlavə et",
        "{event_name=event} {cal_when} saat {time=cal_loc} təqvimimə yaz",
        "{person=person} ilə {cal_when} saat {time=cal_loc} {event_name=meet}",
        "{person=person} ilə {cal_when} saat {time=cal_loc} {event_name=meet} təyin et",
        "{cal_when} saat {time=cal_loc} {event_name=event} barədə mənə xatırlat",
        "{cal_when} {event_name=event} əlavə et",
        "{general_frequency=cal_freq} saat {time=cal_loc} {event_name=event} əlavə et",
        "təqvimimə {cal_when} {event_name=event} yaz",
    ]),
    ("calendar_query", 14, [
        "{cal_when} nə var", "{cal_when} planım nədir", "təqvimimi göstər", "növbəti görüşüm nə vaxtdır",
        "{cal_when} bir işim varmı", "{event_name=event} nə vaxtdır", "{event_name=event} saat neçədədir", "təqvimimi oxu",
        "{cal_when} təqvimimdə nə var",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} tədbirini ləğv et", "{cal_when} bütün tədbirləri sil", "təqvimdən {event_name=event} tədbirini sil",
        "{cal_when} olan {event_name=event} tədbirini sil", "təqvimdən {cal_when} olan {event_name=event} tədbirini götür",
    ]),
    ("qa_maths", 24, [
        "{expr} neçə edir", "{expr} neçədir", "{expr} nə qədərdir", "hesabla {expr}", "{expr}", "{expr} neçə olur",
        "{expr} nəticəsi nədir",
    ]),
    ("datetime_query", 18, [
        "saat neçədir", "saat neçə oldu", "indi saat neçədir", "mənə saatı de", "[date : bu gün] ayın neçəsidir",
        "[date : bu gün] həftənin hansı günüdür", "[date : sabah] hansı gündür", "[date : sabah] ayın neçəsidir",
        "[place_name : {city_loc}] saat neçədir", "[date : novruz bayramı] hansı günə düşür", "[date : bugünkü] tarix nədir",
        "indi saat neçədir", "[place_name : {city_loc}] indi saat neçədir", "[date : bu gün] neçəsidir",
    ]),
    ("weather_query", 18, [
        "hava necədir", "[date : bu gün] hava necədir", "{when} hava necə olacaq", "[place_name : {city_loc}] hava necədir",
        "{when} [weather_descriptor : yağış] yağacaqmı", "{when} [weather_descriptor : qar] yağacaq", "{when} hava {weather_q} olacaq",
        "çöldə [weather_descriptor : temperatur] neçə dərəcədir", "{when} [weather_descriptor : çətir] lazım olacaqmı",
        "{when} üçün hava proqnozu", "[place_name : {city_loc}] [weather_descriptor : yağış] yağırmı",
        "{when} [place_name : {city_loc}] hava necə olacaq", "çöldə neçə dərəcədir",
    ]),
    ("general_joke", 5, ["mənə lətifə danış", "bir zarafat et", "məni güldür", "bir lətifə de", "lətifə danış"]),
    ("general_greet", 5, ["salam", "sabahın xeyir", "axşamın xeyir", "salam necəsən", "salam əleyküm", "necəsən"]),
    ("iot_coffee", 5, ["mənə qəhvə hazırla", "qəhvə dəmlə", "qəhvə istəyirəm", "mənə bir {coffee_type=coffee} hazırla",
                       "qəhvə maşınını işə sal"]),
    ("iot_cleaning", 5, ["tozsoranı işə sal", "{house_place=room_acc} tozsoranla", "[device_type : robot tozsoranı] işə sal",
                         "{house_place=room_acc} təmizlə", "[device_type : tozsoranı] yandır"]),
    ("iot_wemo_on", 4, ["{device_type=plug} yandır", "{device_type=plug} aç", "{device_type=plug} yandıra bilərsən"]),
    ("iot_wemo_off", 4, ["{device_type=plug} söndür", "{device_type=plug} bağla", "{device_type=plug} söndürə bilərsən"]),
    ("play_music", 5, ["musiqi qoy", "{music_genre=genre} qoy", "bir az {music_genre=genre} aç", "musiqi aç", "mahnı qoy"]),
    ("play_radio", 3, ["radionu aç", "radio qoy", "radio dinləmək istəyirəm"]),
]
