"""Turkish (tr-TR) command templates. Pattern language: see ../README.md.

Suffixes stay on their word and inside the slot, as MASSIVE's tr-TR writes it ("[time : yedide]",
"[time : 7'ye]", "[color_type : maviye]", "[house_place : mutfaktaki]"). Clock times: "yedi
buçukta" (7:30), "yediyi çeyrek geçe" (7:15), "sekize çeyrek kala" (7:45); digits take their
suffix after an apostrophe, with vowel harmony ("7'de", "3'te", "6'da", "7'ye", "9'a").
"""
from generate import tens_units

SMALL = "sıfır bir iki üç dört beş altı yedi sekiz dokuz on".split()
SMALL += [f"on {u}" for u in SMALL[1:10]]
TENS = dict(zip(range(20, 100, 10), "yirmi otuz kırk elli altmış yetmiş seksen doksan".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "yüz")

# The last word of a number with the locative, dative and accusative suffix, and the suffix digits
# take after an apostrophe (7'de, 7'ye): vowel harmony and consonant assimilation follow the word said.
LOC = {"bir": "birde", "iki": "ikide", "üç": "üçte", "dört": "dörtte", "beş": "beşte", "altı": "altıda",
       "yedi": "yedide", "sekiz": "sekizde", "dokuz": "dokuzda", "on": "onda", "yirmi": "yirmide", "otuz": "otuzda",
       "kırk": "kırkta", "elli": "ellide"}
DAT = {"bir": "bire", "iki": "ikiye", "üç": "üçe", "dört": "dörde", "beş": "beşe", "altı": "altıya", "yedi": "yediye",
       "sekiz": "sekize", "dokuz": "dokuza", "on": "ona", "yirmi": "yirmiye", "otuz": "otuza", "kırk": "kırka",
       "elli": "elliye", "altmış": "altmışa", "yetmiş": "yetmişe", "seksen": "seksene", "doksan": "doksana", "yüz": "yüze"}
ACC = {"bir": "biri", "iki": "ikiyi", "üç": "üçü", "dört": "dördü", "beş": "beşi", "altı": "altıyı", "yedi": "yediyi",
       "sekiz": "sekizi", "dokuz": "dokuzu", "on": "onu"}
LOC_SUFFIX = {"bir": "de", "iki": "de", "üç": "te", "dört": "te", "beş": "te", "altı": "da", "yedi": "de", "sekiz": "de",
              "dokuz": "da", "on": "da", "yirmi": "de", "otuz": "da", "kırk": "ta", "elli": "de"}
DAT_SUFFIX = {"bir": "e", "iki": "ye", "üç": "e", "dört": "e", "beş": "e", "altı": "ya", "yedi": "ye", "sekiz": "e",
              "dokuz": "a", "on": "a", "yirmi": "ye", "otuz": "a", "kırk": "a", "elli": "ye", "altmış": "a", "yetmiş": "e",
              "seksen": "e", "doksan": "a", "yüz": "e"}


def inflect(words, table):
    """'on iki' + locative -> 'on ikide'."""
    head, _, last = words.rpartition(" ")
    return (head + " " if head else "") + table[last]


def digits(text, n, table):
    """7 (said 'yedi') + locative -> "7'de"; "7:30" (last said 'otuz') + dative -> "7:30'a"."""
    return f"{text}'{table[num(n).rpartition(' ')[2]]}"


def both(n):
    return [str(n), num(n)]


def durations():
    """(plain, adjectival '-lık', dative) forms."""
    out = []
    units = [("dakika", "dakikalık", "dakikaya"), ("saniye", "saniyelik", "saniyeye")]
    for n in (1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        for w in both(n):
            out.append(tuple(f"{w} {u}" for u in units[0]))
    for n in (10, 15, 20, 30, 45, 90):
        for w in both(n):
            out.append(tuple(f"{w} {u}" for u in units[1]))
    for h in ("bir", "1", "iki", "2", "yarım", "bir buçuk"):
        out.append((f"{h} saat", f"{h} saatlik", f"{h} saate"))
    out.append(("iki buçuk dakika", "iki buçuk dakikalık", "iki buçuk dakikaya"))
    return out


def clock_loc(h, with_words=True):
    """7'de, yedide, yedi buçukta, 7:30'da, yediyi çeyrek geçe, sekize çeyrek kala."""
    w = num(h)
    out = [digits(str(h), h, LOC_SUFFIX), digits(f"{h}:30", 30, LOC_SUFFIX), digits(f"{h}:15", 15, LOC_SUFFIX),
           digits(f"{h}:45", 45, LOC_SUFFIX), f"{h} buçukta"]
    if with_words:
        out += [inflect(w, LOC), f"{w} buçukta", f"{inflect(w, ACC)} çeyrek geçe",
                f"{inflect(num(h % 12 + 1), DAT)} çeyrek kala"]
    return out


def clock_dat(h):
    """7'ye, yediye, yedi buçuğa, 7:30'a."""
    w = num(h)
    return [digits(str(h), h, DAT_SUFFIX), inflect(w, DAT), f"{w} buçuğa", digits(f"{h}:30", 30, DAT_SUFFIX),
            digits(f"{h}:15", 15, DAT_SUFFIX), f"{h} buçuğa"]


def items():
    one = ["süt", "yumurta", "ekmek", "elma", "armut", "muz", "tereyağı", "peynir", "kahve", "pirinç", "makarna",
           "domates", "tuvalet kağıdı", "bulaşık deterjanı", "portakal suyu", "yoğurt", "tavuk", "soğan", "patates",
           "havuç", "zeytinyağı", "şeker", "un", "yulaf sütü", "kedi maması", "pil", "limon", "sarımsak"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} ve {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} ve {one[c]}" for a, b, c in triples])


ITEMS_ACC = ["sütü", "yumurtayı", "ekmeği", "elmayı", "armudu", "muzu", "tereyağını", "peyniri", "kahveyi", "pirinci",
             "makarnayı", "domatesi", "tuvalet kağıdını", "bulaşık deterjanını", "portakal suyunu", "yoğurdu", "tavuğu",
             "soğanı", "patatesi", "havucu", "zeytinyağını", "şekeri", "unu", "yulaf sütünü", "kedi mamasını", "pili",
             "limonu", "sarımsağı"]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("çarpı", "artı", "eksi", "bölü"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["150'nin yüzde 20'si", "144'ün karekökü", "2 üzeri 10", "7'nin karesi", "seksenin yüzde on beşi"]
    return out


WHEN = ["[date : yarın]", "[date : bugün]", "[date : öbür gün]", "[date : pazartesi]", "[date : salı]",
        "[date : çarşamba]", "[date : perşembe]", "[date : cuma]", "[date : cumartesi]", "[date : pazar]",
        "[date : gelecek cuma]", "[date : haftaya pazartesi]", "[date : cuma] günü"]


def vocab():
    one, two, three = items()
    durs = durations()
    pct = [10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]
    pct_dat = [f"yüzde {digits(str(n), n, DAT_SUFFIX)}" for n in pct] + [f"yüzde {inflect(num(n), DAT)}" for n in pct[::2]]
    return {
        "dur": [d[0] for d in durs],
        "dur_adj": [d[1] for d in durs],
        "dur_dat": [d[2] for d in durs],
        "clock_loc": [t for h in range(1, 13) for t in clock_loc(h)] + [t for h in range(13, 24) for t in clock_loc(h, False)]
                     + ["gece yarısı", "öğlen on ikide"],
        "clock_dat": [t for h in range(1, 13) for t in clock_dat(h)] + [digits(str(h), h, DAT_SUFFIX) for h in range(13, 24)],
        "h_loc": [t for h in range(5, 12) for t in clock_loc(h)[:1] + clock_loc(h)[4:6]],
        "h_dat": [t for h in range(6, 12) for t in clock_dat(h)[:3]],
        "cal_loc": [t for h in range(8, 13) for t in clock_loc(h)[:6]] + [t for h in range(13, 21) for t in clock_loc(h, False)[:3]],
        "when": WHEN,
        "cal_when": WHEN + ["[date : on iki haziran]", "[date : üç mart]", "[date : bu cumartesi]", "[date : ayın on beşi]"],
        "freq": ["her gün", "hafta içi her gün", "her sabah", "her pazartesi", "hafta içi"],
        "cal_freq": ["her gün", "hafta içi her gün", "her pazartesi", "hafta içi", "her hafta"],
        "item": one, "item_acc": ITEMS_ACC, "items": one + two + three, "items2": two + three,
        "list": ["alışveriş", "market", "yapılacaklar", "iş", "tatil", "hediye", "bavul", "doğum günü", "yılbaşı", "ev"],
        "list_plain": ["tatil", "hediyeler", "taşınma", "bahçe", "düğün"],
        "room": ["mutfak", "salon", "yatak odası", "banyo", "koridor", "çalışma odası", "yemek odası", "garaj",
                 "çocuk odası", "oturma odası"],
        "room_loc": ["mutfaktaki", "salondaki", "yatak odasındaki", "banyodaki", "koridordaki", "çalışma odasındaki",
                     "garajdaki", "çocuk odasındaki", "balkondaki", "oturma odasındaki"],
        "room_acc": ["salonu", "mutfağı", "yatak odasını", "koridoru", "evi", "çocuk odasını"],
        "lamp": ["masa lambasını", "abajuru", "gece lambasını", "avizeyi", "okuma lambasını", "lambaderi"],
        "colour": ["kırmızı", "yeşil", "mavi", "sarı", "turuncu", "mor", "pembe", "beyaz", "sıcak beyaz", "turkuaz"],
        "colour_dat": ["kırmızıya", "yeşile", "maviye", "sarıya", "turuncuya", "mora", "pembeye", "beyaza", "turkuaza"],
        "pct_dat": pct_dat,
        "pct": [f"yüzde {n}" for n in pct] + [f"yüzde {num(n)}" for n in pct[::2]],
        "vol_dat": [digits(str(n), n, DAT_SUFFIX) for n in range(1, 11)] + [inflect(num(n), DAT) for n in range(1, 11)] + pct_dat[1::3],
        "bit": ["biraz", "azıcık", "biraz daha"],
        "event": ["diş hekimi", "dişçi randevusu", "doktor randevusu", "kuaför", "ekip toplantısı", "yoga dersi",
                  "piyano dersi", "futbol antrenmanı", "kitap kulübü", "iş görüşmesi", "araba bakımı", "veteriner",
                  "doğum günü partisi", "toplantı", "spor salonu", "veli toplantısı"],
        "meet": ["toplantı", "öğle yemeği", "akşam yemeği", "görüşme", "kahve", "buluşma"],
        "person": ["ayşe", "mehmet", "zeynep", "ahmet", "elif", "mustafa", "can", "deniz", "emre", "selin"],
        "city_loc": ["istanbul'da", "ankara'da", "izmir'de", "antalya'da", "bursa'da", "londra'da", "berlin'de",
                     "new york'ta", "tokyo'da", "paris'te"],
        "precip": ["yağmur", "kar"],
        "weather_q": ["[weather_descriptor : soğuk] mu", "[weather_descriptor : sıcak] mı", "[weather_descriptor : güneşli] mi",
                      "[weather_descriptor : rüzgarlı] mı", "[weather_descriptor : yağmurlu] mu"],
        "expr": maths(),
        "plug": ["prizi", "akıllı prizi", "fişi"],
        "coffee": ["türk kahvesi", "espresso", "latte", "filtre kahve", "cappuccino"],
        "genre": ["caz", "rock", "klasik müzik", "türk halk müziği", "arabesk", "pop müzik"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur_adj} zamanlayıcı kur",
        "{time=dur_adj} bir zamanlayıcı kur",
        "zamanlayıcıyı {time=dur_dat} kur",
        "zamanlayıcı {time=dur}",
        "{time=dur} zamanlayıcı",
        "{time=dur_adj} geri sayım başlat",
        "geri sayım {time=dur}",
        "{time=dur} sonra bana haber ver",
        "{time=dur} sonra beni uyandır",
        "{time=dur_adj} sayaç kur",
        "bana {time=dur_adj} zamanlayıcı kurar mısın",
        "{time=dur} için zamanlayıcı kur",
        "zamanlayıcı kur {time=dur}",
        "{time=dur_adj} alarm kur",
    ]),
    ("alarm_set", 48, [
        "saat {time=clock_dat} alarm kur",
        "{time=clock_dat} alarm kur",
        "beni saat {time=clock_loc} uyandır",
        "beni {time=clock_loc} uyandır",
        "alarmı {time=clock_dat} kur",
        "{when} saat {time=clock_loc} beni uyandır",
        "{when} {time=clock_dat} alarm kur",
        "{general_frequency=freq} saat {time=clock_loc} beni uyandır",
        "{general_frequency=freq} {time=clock_dat} alarm kur",
        "[timeofday : sabah] {time=h_loc} beni uyandır",
        "[timeofday : akşam] {time=h_dat} alarm kur",
        "[date : yarın] [timeofday : sabah] {time=h_loc} uyandır beni",
        "saat {time=clock_loc} uyanmam lazım",
        "{time=clock_dat} bir alarm ayarla",
        "{time=clock_dat} alarm kurar mısın",
        "alarmı {when} {time=clock_dat} ayarla",
    ]),
    ("alarm_query", 8, [
        "hangi alarmlarım var", "alarmlarımı göster", "alarmım saat kaçta çalacak", "bir sonraki alarm ne zaman",
        "zamanlayıcıda ne kadar süre kaldı", "zamanlayıcının bitmesine kaç dakika var", "{when} için alarmım var mı",
        "kurulu alarmları listele",
    ]),
    ("alarm_remove", 10, [
        "alarmı sil", "bütün alarmları sil", "zamanlayıcıyı durdur", "zamanlayıcıyı iptal et", "saat {time=clock_loc} olan alarmı sil",
        "{when} için kurulan alarmı iptal et", "alarmı kapat", "{when} saat {time=clock_loc} olan alarmı kaldır", "tüm zamanlayıcıları iptal et",
        "alarmı kaldır",
    ]),
    ("lists_createoradd", 34, [
        "{list_name=list} listesine {items} ekle",
        "{items} {list_name=list} listesine ekle",
        "{items} listeye ekle",
        "listeye {items} ekle",
        "{list_name=list} listeme {items} ekle",
        "{list_name=list} listesine {items} ekler misin",
        "{list_name=list} listesine {items} yaz",
        "{items2} {list_name=list} listeme yaz",
        "listeme {items2} ekle",
    ]),
    ("lists_createoradd", 12, [
        "yeni bir {list_name=list} listesi oluştur",
        "{list_name=list} listesi oluştur",
        "yeni bir liste oluştur",
        "{list_name=list_plain} adında bir liste oluştur",
        "{list_name=list} listesi yap",
    ]),
    ("lists_remove", 18, [
        "{item_acc} {list_name=list} listesinden sil",
        "{item_acc} listeden çıkar",
        "{list_name=list} listesinden {item_acc} kaldır",
        "{list_name=list} listesini sil",
        "{list_name=list} listesini temizle",
        "listeden {item_acc} sil",
        "{item_acc} listemden çıkar",
    ]),
    ("lists_query", 16, [
        "{list_name=list} listemde ne var",
        "{list_name=list} listesinde neler var",
        "{list_name=list} listesini oku",
        "{list_name=list} listesini göster",
        "hangi listelerim var",
        "{list_name=list} listesinde {item} var mı",
        "listemde ne var",
        "{list_name=list} listemi okur musun",
    ]),
    ("iot_hue_lighton", 36, [
        "ışığı aç",
        "ışıkları aç",
        "ışıkları yak",
        "ışığı yak",
        "{house_place=room} ışığını aç",
        "{house_place=room_loc} ışıkları aç",
        "{device_type=lamp} aç",
        "{house_place=room_loc} {device_type=lamp} aç",
        "bütün ışıkları aç",
        "çok karanlık ışığı aç",
        "ışığı açar mısın",
        "lütfen ışıkları aç",
        "{house_place=room} ışıklarını yak",
        "ışıkları açar mısın",
    ]),
    ("iot_hue_lightoff", 24, [
        "ışığı kapat",
        "ışıkları kapat",
        "ışıkları söndür",
        "{house_place=room} ışığını kapat",
        "{house_place=room_loc} ışıkları kapat",
        "{device_type=lamp} kapat",
        "bütün ışıkları kapat",
        "ışığı kapatır mısın",
        "lütfen ışığı kapat",
        "{house_place=room} ışıklarını söndür",
    ]),
    ("iot_hue_lightup", 14, [
        "parlaklığı artır", "parlaklığı {change_amount=pct} artır", "ışığı {change_amount=bit} artır", "daha aydınlık yap",
        "ışığı yükselt", "{house_place=room} ışığını artır", "ışıkları daha parlak yap", "ışığı {change_amount=bit} daha aç",
    ]),
    ("iot_hue_lightdim", 14, [
        "ışığı kıs", "ışıkları kıs", "parlaklığı azalt", "ışığı {change_amount=bit} kıs", "parlaklığı {change_amount=pct_dat} düşür",
        "ışık çok parlak", "{house_place=room} ışığını kıs", "ışıkları loş yap",
    ]),
    ("iot_hue_lightchange", 26, [
        "ışığı {color_type=colour_dat} çevir",
        "ışığı {color_type=colour} yap",
        "ışık rengini {color_type=colour_dat} değiştir",
        "{house_place=room_loc} ışıkları {color_type=colour_dat} çevir",
        "ışıkları {color_type=colour} yap",
        "{house_place=room} ışığını {color_type=colour} yap",
        "parlaklığı {change_amount=pct_dat} ayarla",
        "ışıkları {change_amount=pct_dat} ayarla",
    ]),
    ("audio_volume_up", 14, [
        "sesi aç", "sesi yükselt", "sesi artır", "daha yüksek sesle", "sesi {change_amount=bit} aç", "sesi {change_amount=bit} artır",
        "duyamıyorum sesi aç", "sesi açar mısın", "daha sesli", "sesi yükseltir misin",
    ]),
    ("audio_volume_up", 12, [
        "sesi {change_amount=vol_dat} ayarla", "sesi {change_amount=vol_dat} çıkar", "ses seviyesini {change_amount=vol_dat} ayarla",
        "sesi {change_amount=vol_dat} yükselt", "ses seviyesini {change_amount=vol_dat} getir",
    ]),
    ("audio_volume_down", 14, [
        "sesi kıs", "sesi azalt", "sesi düşür", "sesi {change_amount=bit} kıs", "çok yüksek sesi kıs", "sesi {change_amount=vol_dat} düşür",
        "sesi kısar mısın", "daha sessiz", "sesi {change_amount=bit} azalt",
    ]),
    ("audio_volume_mute", 9, [
        "sesi kapat", "sessize al", "sustur", "sus", "sessiz mod", "hoparlörü sessize al", "sesi tamamen kapat",
    ]),
    ("calendar_set", 40, [
        "{cal_when} saat {time=cal_loc} {event_name=event} ekle",
        "{cal_when} saat {time=cal_loc} {event_name=event} var takvime ekle",
        "takvime {cal_when} saat {time=cal_loc} {event_name=event} ekle",
        "{event_name=event} {cal_when} saat {time=cal_loc} takvimime ekle",
        "{person=person} ile {cal_when} saat {time=cal_loc} {event_name=meet}",
        "{person=person} ile {cal_when} {time=cal_loc} {event_name=meet} ayarla",
        "bana {cal_when} saat {time=cal_loc} {event_name=event} için hatırlatma kur",
        "{cal_when} {event_name=event} ekle",
        "{general_frequency=cal_freq} saat {time=cal_loc} {event_name=event} ekle",
        "takvimime {cal_when} {event_name=event} ekle",
    ]),
    ("calendar_query", 14, [
        "{cal_when} ne var", "{cal_when} programım ne", "takvimimi göster", "bir sonraki randevum ne zaman",
        "{cal_when} bir şeyim var mı", "{event_name=event} ne zaman", "{event_name=event} saat kaçta", "takvimimi oku",
        "{cal_when} takvimimde ne var",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} etkinliğini iptal et", "{cal_when} tüm etkinlikleri sil", "takvimden {event_name=event} etkinliğini kaldır",
        "{cal_when} olan {event_name=event} etkinliğini sil",
    ]),
    ("qa_maths", 24, [
        "{expr} kaç eder", "{expr} kaçtır", "{expr} kaç", "hesapla {expr}", "{expr}", "{expr} ne eder", "{expr} sonucu ne",
    ]),
    ("datetime_query", 18, [
        "saat kaç", "saat kaç oldu", "şu an saat kaç", "bana saati söyle", "[date : bugün] ayın kaçı", "[date : bugün] günlerden ne",
        "[date : yarın] hangi gün", "[date : yarın] ayın kaçı", "[place_name : {city_loc}] saat kaç",
        "[date : cumhuriyet bayramı] hangi güne denk geliyor", "[date : bugünün] tarihi ne", "şimdi saat kaç",
        "[place_name : {city_loc}] şu an saat kaç",
    ]),
    ("weather_query", 18, [
        "hava nasıl", "[date : bugün] hava nasıl", "{when} hava nasıl olacak", "[place_name : {city_loc}] hava nasıl",
        "{when} {weather_descriptor=precip} yağacak mı", "{when} hava {weather_q} olacak",
        "dışarıda [weather_descriptor : sıcaklık] kaç derece", "{when} [weather_descriptor : şemsiye] almalı mıyım",
        "{when} için hava durumu", "[place_name : {city_loc}] [weather_descriptor : yağmur] yağıyor mu",
        "{when} [place_name : {city_loc}] hava nasıl olacak",
    ]),
    ("general_joke", 5, ["bana bir fıkra anlat", "şaka yap", "beni güldür", "bir espri yap", "fıkra anlat"]),
    ("general_greet", 5, ["merhaba", "günaydın", "iyi akşamlar", "selam nasılsın", "selam", "merhaba nasılsın"]),
    ("iot_coffee", 5, ["bana kahve yap", "kahve yap", "kahve istiyorum", "bana bir {coffee_type=coffee} yap",
                       "kahve makinesini çalıştır"]),
    ("iot_cleaning", 5, ["süpürgeyi çalıştır", "{house_place=room_acc} süpür", "[device_type : robot süpürgeyi] çalıştır",
                         "{house_place=room_acc} temizle", "[device_type : elektrikli süpürgeyi] aç"]),
    ("iot_wemo_on", 4, ["{device_type=plug} aç", "{device_type=plug} açar mısın"]),
    ("iot_wemo_off", 4, ["{device_type=plug} kapat", "{device_type=plug} kapatır mısın"]),
    ("play_music", 5, ["müzik çal", "{music_genre=genre} çal", "biraz {music_genre=genre} aç", "müzik aç"]),
    ("play_radio", 3, ["radyoyu aç", "radyo çal", "radyo dinlemek istiyorum"]),
]
