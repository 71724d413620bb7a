"""Malay (ms-MY) command templates. Pattern language: see ../README.md.

Malay as Malaysians speak to a phone: formal (sila, tolong, boleh tak, saya, penggera, kelantangan)
and colloquial forms (nak, tak, kat, sikit, lah, aku, bukak lampu, on kan / off kan), with the English
loanwords people really use (alarm, timer, volume, on, off, mute, smart plug).

Clock times: "pukul tujuh" is 7:00, "pukul tujuh setengah" 7:30 (Malay puts the half AFTER the hour,
unlike Indonesian), "pukul tujuh suku" 7:15, "pukul lapan kurang suku" / "pukul tujuh empat puluh
lima" 7:45, digits as "pukul 7.30"; "jam" is the colloquial word for "pukul". The part of the day
follows the hour (pagi 5-11, tengah hari 12-1, petang 2-7, malam 7-11). Numbers: lapan, kosong.

Labels as MASSIVE's ms-MY train records (counted): "pukul" / "jam" stay OUTSIDE the time slot (363
records against 29) and the part of the day after the hour is INSIDE it ("pukul [time : tujuh pagi]");
a part of the day said apart from the hour is timeofday ("[date : esok] [timeofday : pagi] pukul
[time : enam]"); "hari" before a weekday stays outside ("hari [date : isnin]", 208 against 27); the
list name without "senarai" ("senarai [list_name : beli belah]", 142 against 20); prepositions
outside (untuk, pada, di, kat, dalam, ke); rooms without "di" / "kat"; the person without "dengan";
change_amount keeps its "kepada" / "ke" (34 of 49) as in en ("[change_amount : kepada lima puluh
peratus]").
"""
from generate import tens_units

SMALL = "kosong satu dua tiga empat lima enam tujuh lapan sembilan sepuluh sebelas".split()
SMALL += [f"{w} belas" for w in SMALL[2:10]]
TENS = {t * 10: f"{SMALL[t]} puluh" for t in range(2, 10)}
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "seratus")


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["satu minit", "1 minit", "seminit", "setengah jam", "satu jam", "sejam", "1 jam", "satu jam setengah",
           "sejam setengah", "dua jam", "2 jam", "satu jam tiga puluh minit", "satu minit tiga puluh saat",
           "suku jam", "satu jam lima belas minit", "dua minit setengah", "1 jam 30 minit", "dua jam setengah"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minit" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} saat" for w in both(n)]
    return out


# Parts of the day that go with an hour on the 12-hour clock.
POD = {1: ["tengah hari", "petang"], 2: ["petang"], 3: ["petang"], 4: ["petang", "pagi"], 5: ["pagi", "petang"],
       6: ["pagi", "petang"], 7: ["pagi", "malam"], 8: ["pagi", "malam"], 9: ["pagi", "malam"], 10: ["pagi", "malam"],
       11: ["pagi", "malam"], 12: ["tengah hari", "malam"]}


def clocks():
    """Clock times with 'pukul' / 'jam' outside the slot, as ms-MY labels them."""
    out = ["[time : tengah malam]", "[time : tengah hari]", "pukul [time : dua belas tengah hari]",
           "pukul [time : 12 tengah hari]"]
    for h in range(1, 13):
        w, nx = num(h), num(h % 12 + 1)
        out += [f"pukul [time : {w}]", f"pukul [time : {h}]", f"jam [time : {w}]", f"pukul [time : {w} setengah]",
                f"pukul [time : {w} suku]", f"pukul [time : {nx} kurang suku]", f"pukul [time : {w} sepuluh minit]",
                f"pukul [time : {w} tiga puluh]", f"pukul [time : {h}.30]", f"pukul [time : {h}.15]",
                f"pukul [time : {h}.45]", f"jam [time : {h} setengah]"]
        for pod in POD[h]:
            out += [f"pukul [time : {w} {pod}]", f"pukul [time : {h} {pod}]", f"jam [time : {w} {pod}]",
                    f"pukul [time : {w} setengah {pod}]", f"pukul [time : {h}.30 {pod}]", f"jam [time : {h} {pod}]"]
    for h in range(13, 24):
        out += [f"pukul [time : {h}.00]", f"pukul [time : {h}.30]"]
    out += [f"pukul [time : 0{h}.{m}]" for h in range(5, 10) for m in ("00", "30")]
    return out


def bare(hours):
    """Hours without a part of the day (it is said apart: 'esok pagi pukul enam')."""
    out = []
    for h in hours:
        w = num(h)
        out += [f"pukul [time : {w}]", f"pukul [time : {h}]", f"pukul [time : {w} setengah]", f"jam [time : {w}]",
                f"pukul [time : {h}.30]", f"pukul [time : {w} suku]"]
    return out


def calendar_clocks():
    out = ["pukul [time : dua belas tengah hari]", "pukul [time : 12 tengah hari]", "pukul [time : dua belas setengah tengah hari]"]
    for h, pod in [(8, "pagi"), (9, "pagi"), (10, "pagi"), (11, "pagi"), (1, "tengah hari"), (2, "petang"), (3, "petang"),
                   (4, "petang"), (5, "petang"), (6, "petang"), (7, "malam"), (8, "malam"), (9, "malam")]:
        w = num(h)
        out += [f"pukul [time : {w} {pod}]", f"pukul [time : {h} {pod}]", f"jam [time : {w} {pod}]",
                f"pukul [time : {w} setengah {pod}]", f"pukul [time : {h}.30 {pod}]", f"pukul [time : {w}]", f"pukul [time : {h}]"]
    out += ["pukul [time : 14.00]", "pukul [time : 15.30]", "pukul [time : 13.00]", "pukul [time : 16.00]",
            "pukul [time : 09.00]", "pukul [time : 10.30]", "pukul [time : 20.00]"]
    return out


def items():
    one = ["susu", "telur", "roti", "epal", "oren", "pisang", "mentega", "keju", "kopi", "beras", "mi segera", "tomato",
           "tisu tandas", "sabun pinggan", "teh", "yogurt", "ayam", "bawang merah", "kentang", "lobak merah", "minyak masak",
           "gula", "tepung", "santan", "makanan kucing", "bateri", "cili", "bawang putih", "ikan bilis", "sardin"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 23, 26)]
    joined = [f"{one[a]} {('dan', 'dengan', 'dan')[i % 3]} {one[b]}" for i, (a, b) in enumerate(pairs)]
    return (one, joined, [f"{one[a]} {one[b]} dan {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("darab", "kali", "tambah", "campur", "tolak", "bahagi", "dibahagi dengan"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 peratus daripada 150", "lima belas peratus daripada lapan puluh", "punca kuasa dua 144",
            "punca kuasa dua lapan puluh satu", "2 kuasa 10", "tujuh kuasa dua"]
    return out


WEEKDAYS = ["isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", "ahad"]
DAY = ["[date : esok]", "[date : hari ini]", "[date : lusa]"] + \
      [f"(hari |)[date : {d}]" for d in WEEKDAYS] + ["[date : isnin depan]", "[date : jumaat depan]", "[date : sabtu ni]"]
CAL_DAY = DAY + ["pada [date : 12 jun]", "pada [date : tiga mac]", "(pada |)[date : lima belas haribulan]",
                 "pada [date : 31 ogos]", "[date : minggu depan]", "[date : malam tahun baru]", "pada hari [date : khamis]",
                 "pada [date : dua puluh lima disember]"]
ROOMS = ["ruang tamu", "dapur", "bilik tidur", "bilik air", "bilik mandi", "ruang makan", "bilik kerja", "garaj",
         "beranda", "bilik anak", "bilik tetamu", "bilik utama", "koridor", "anjung"]


def vocab():
    one, two, three = items()
    pct = [f"{w} peratus" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_afternoon": bare(range(2, 7)),
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : hari ini]", "[date : esok]", "[date : lusa]", "[date : hujung minggu ni]",
                        "[date : minggu ini]", "hari [date : sabtu]", "hari [date : ahad]", "[date : jumaat]"],
        "freq": ["setiap hari", "hari hari", "setiap hari bekerja", "setiap pagi", "setiap hari isnin", "tiap tiap hari",
                 "isnin hingga jumaat", "setiap hujung minggu"],
        "cal_freq": ["setiap hari", "setiap minggu", "setiap hari isnin", "setiap khamis", "setiap hari bekerja",
                     "setiap bulan"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["beli belah", "barang dapur", "barang runcit", "barang basah", "belanja bulanan", "shopping"],
        "list": ["beli belah", "barang dapur", "barang runcit", "tugasan", "kerja rumah", "barang nak bawa", "hadiah",
                 "percutian", "pejabat", "sekolah", "raya", "kenduri"],
        "my": ["", " saya", " aku", ""],
        "room": ROOMS,
        "in_room": [f"(di|kat|dalam) [house_place : {r}]" for r in ROOMS],
        "lamp": ["lampu meja", "lampu tidur", "lampu bacaan", "lampu siling", "lampu dinding", "lampu berdiri",
                 "lampu sorot", "lampu hiasan", "lampu beranda"],
        "colour": ["merah", "hijau", "biru", "kuning", "oren", "jingga", "ungu", "merah jambu", "putih", "biru muda",
                   "pink", "hijau muda"],
        "pct_to": [f"(kepada|ke) {p}" for p in pct],
        "pct_by": [f"sebanyak {p}" for p in pct] + pct[::3],
        "vol_to": [f"(ke|kepada) {w}" for w in levels + pct[1::3]] + [f"(ke tahap|pada tahap) {w}" for w in levels[::2]],
        "vol_bare": levels,
        "bit": ["sikit", "sedikit", "sikit lagi", "lagi sikit", "sedikit lagi"],
        "event": ["temu janji doktor gigi", "doktor gigi", "pemeriksaan kesihatan", "mesyuarat pasukan", "potong rambut",
                  "kelas yoga", "kelas piano", "latihan futsal", "usrah", "temu duga kerja", "servis kereta", "majlis hari jadi",
                  "mesyuarat pibg", "kenduri kahwin", "gotong royong", "reunion", "pembentangan projek", "kelas mengaji"],
        "meet": ["mesyuarat", "makan tengah hari", "makan malam", "panggilan", "minum kopi", "video call", "jumpa"],
        "with": ["dengan", "dengan", "bersama"],
        "person": ["ahmad", "siti", "aisyah", "farid", "nurul", "hafiz", "mei ling", "kumar", "aminah", "razak", "priya",
                   "zul"],
        "city": ["kuala lumpur", "johor bahru", "pulau pinang", "ipoh", "kota kinabalu", "kuching", "melaka", "shah alam",
                 "alor setar", "kuantan", "singapura", "london"],
        "rain": ["hujan", "hujan lebat", "mendung", "cerah"],
        "weather_adj": ["panas", "sejuk", "cerah", "berangin", "mendung", "lembap"],
        "expr": maths(),
        "vacuum": ["pembersih vakum", "robot vakum", "vakum", "vacuum"],
        "plug": ["palam pintar", "soket pintar", "smart plug", "suis pintar"],
        "coffee": ["cappuccino", "espresso", "latte", "kopi o", "americano", "kopi susu", "kopi o kosong"],
        "genre": ["jazz", "pop", "rock", "nasyid", "dangdut", "irama malaysia", "klasik", "hip hop"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "set timer {time=dur}",
        "set timer (selama|untuk) {time=dur}",
        "tetapkan pemasa (selama|untuk) {time=dur}",
        "pasang timer {time=dur}",
        "pasang timer {time=dur} ye",
        "timer {time=dur}",
        "timer {time=dur} please",
        "mulakan timer {time=dur}",
        "mulakan pemasa {time=dur}",
        "buat timer {time=dur}",
        "tolong set timer {time=dur}",
        "boleh tak set timer {time=dur}",
        "kira detik {time=dur}",
        "saya nak timer {time=dur}",
        "saya perlukan pemasa selama {time=dur}",
        "sila tetapkan pemasa {time=dur}",
        "kejutkan saya dalam masa {time=dur}",
        "kejutkan aku lagi {time=dur}",
        "on kan timer {time=dur}",
        "set timer {time=dur} untuk masak nasi",
    ]),
    ("alarm_set", 48, [
        "set alarm {clock}",
        "set alarm (untuk|pada) {clock}",
        "tetapkan penggera (untuk|pada) {clock}",
        "pasang alarm {clock}",
        "pasangkan penggera {clock}",
        "buat alarm untuk {clock}",
        "alarm {clock}",
        "penggera {clock}",
        "kejutkan saya {clock}",
        "kejut aku {clock}",
        "tolong kejutkan saya (pada |){clock}",
        "bangunkan saya {clock}",
        "set alarm {clock} {day}",
        "set alarm untuk {day} {clock}",
        "kejutkan saya {day} {clock}",
        "kejut aku {day} {clock} ye",
        "set alarm [date : esok] [timeofday : pagi] {h_morning}",
        "kejutkan saya [date : esok] [timeofday : pagi] {h_morning}",
        "pasang alarm {h_morning} [date : esok] [timeofday : pagi]",
        "set alarm [date : esok] [timeofday : petang] {h_afternoon}",
        "set alarm {clock} {general_frequency=freq}",
        "kejutkan saya {general_frequency=freq} {clock}",
        "tetapkan penggera {general_frequency=freq} {clock}",
        "boleh tak set alarm {clock}",
        "bolehkah awak tetapkan penggera untuk {clock}",
        "saya nak bangun {clock}",
        "aku nak bangun {clock} tolong set alarm",
        "saya perlukan penggera {clock}",
        "alarm baru {clock}",
        "tukar alarm saya ke {clock}",
        "buatkan alarm hari [date : (isnin|selasa|rabu|khamis|jumaat|sabtu|ahad)] {clock}",
    ]),
    ("alarm_query", 8, [
        "alarm apa yang dah set", "tunjukkan alarm saya", "senaraikan semua penggera", "ada alarm tak",
        "bila alarm seterusnya", "alarm saya pukul berapa", "alarm [date : esok] pukul berapa", "timer tinggal berapa lama",
        "berapa lama lagi timer", "ada alarm untuk {day} tak", "penggera saya bunyi pukul berapa", "dah set alarm ke belum",
    ]),
    ("alarm_remove", 10, [
        "batalkan alarm", "padam semua alarm", "matikan alarm", "matikan timer", "hentikan pemasa", "batalkan timer",
        "padam alarm {clock}", "padamkan penggera untuk {day}", "batalkan alarm {day} {clock}", "batalkan semua timer",
        "off kan alarm tu", "buang alarm saya yang {clock}", "padam je alarm {clock}",
    ]),
    ("lists_createoradd", 34, [
        "tambah {items} ke dalam senarai {list_name=shop}{my}",
        "tambahkan {items} ke senarai {list_name=shop}{my}",
        "masukkan {items} dalam senarai {list_name=shop}{my}",
        "tulis {items} dalam senarai {list_name=shop}",
        "letak {items} dalam senarai {list_name=shop} ye",
        "masukkan {items} ke senarai {list_name=shop}",
        "tolong tambah {items} ke senarai{my}",
        "tambah {items} ke senarai",
        "boleh tak tambah {items} dalam senarai {list_name=shop} saya",
        "saya kena beli {items2} masukkan dalam senarai {list_name=shop}",
        "{items} masukkan dalam senarai {list_name=shop}",
        "tambah {item} dalam senarai {list_name=shop}",
        "tolong catat {items2} dalam senarai {list_name=list}{my}",
        "{item} dah habis tambah dalam senarai {list_name=shop}",
    ]),
    ("lists_createoradd", 12, [
        "buat senarai {list_name=list} baru",
        "buat senarai {list_name=list} baru boleh",
        "cipta senarai baru (bernama|namanya) {list_name=list}",
        "buat senarai baru",
        "cipta senarai baru",
        "tolong buatkan senarai {list_name=list}",
        "buatkan saya senarai {list_name=list}",
        "mulakan senarai {list_name=list} baru",
    ]),
    ("lists_remove", 18, [
        "buang {item} dari senarai {list_name=list}{my}",
        "buang {item} daripada senarai",
        "padam {item} dari senarai {list_name=list}",
        "keluarkan {item} dari senarai {list_name=list}",
        "padam senarai {list_name=list}{my}",
        "kosongkan senarai {list_name=list}",
        "hapus {item} dari senarai",
        "tolong buang {item} dari senarai {list_name=list}",
        "tak jadi beli {item} buang dari senarai {list_name=list}",
        "padam semua dalam senarai {list_name=list}",
    ]),
    ("lists_query", 16, [
        "apa ada dalam senarai {list_name=list}{my}",
        "apa isi senarai {list_name=list}",
        "bacakan senarai {list_name=list}{my}",
        "tunjukkan senarai {list_name=list}",
        "tengok senarai {list_name=list}{my}",
        "apa dalam senarai saya",
        "saya ada senarai apa",
        "adakah {item} dah ada dalam senarai {list_name=list}",
        "{item} dah ada dalam senarai {list_name=list} ke belum",
        "dalam senarai {list_name=list} ada apa",
        "tolong bacakan isi senarai {list_name=list}",
        "senarai {list_name=list}{my} ada apa je",
    ]),
    ("iot_hue_lighton", 40, [
        "buka lampu",
        "bukak lampu",
        "hidupkan lampu",
        "pasang lampu",
        "on kan lampu",
        "on lampu",
        "tolong buka lampu",
        "buka lampu {in_room}",
        "hidupkan lampu {house_place=room}",
        "pasang lampu {house_place=room}",
        "on kan lampu {house_place=room}",
        "tolong hidupkan lampu {in_room}",
        "boleh tak buka lampu {in_room}",
        "bolehkah awak hidupkan lampu {in_room}",
        "hidupkan {device_type=lamp}",
        "buka {device_type=lamp} {in_room}",
        "pasang {device_type=lamp}",
        "on kan {device_type=lamp} tu",
        "hidupkan semua lampu",
        "buka semua lampu dalam rumah",
        "gelap sangat tolong bukak lampu",
        "kat sini gelap tolong on lampu",
        "lampu {house_place=room} tolong buka",
        "tolong nyalakan lampu {in_room}",
        "sila hidupkan lampu",
        "buka lampu {in_room} boleh",
        "saya nak lampu {in_room} menyala",
        "hidupkan semua lampu {in_room}",
        "bukakan lampu tu",
    ]),
    ("iot_hue_lightoff", 24, [
        "tutup lampu",
        "matikan lampu",
        "padamkan lampu",
        "off kan lampu",
        "tolong tutup lampu {in_room}",
        "tutup lampu {house_place=room}",
        "off lampu {house_place=room}",
        "matikan {device_type=lamp}",
        "tutup {device_type=lamp} {in_room}",
        "tutup semua lampu",
        "lampu {house_place=room} tolong tutup",
        "boleh tak tutup lampu",
        "sila padamkan lampu",
        "aku nak tidur tutup lampu",
        "padamkan semua lampu {in_room}",
        "tutupkan lampu tu",
    ]),
    ("iot_hue_lightup", 14, [
        "terangkan lampu", "cerahkan lampu", "buat lampu lebih terang", "lebih terang", "terang lagi", "naikkan kecerahan",
        "naikkan kecerahan lampu {change_amount=pct_by}", "terangkan lampu {in_room}", "cerahkan lampu {in_room}",
        "lampu ni malap sangat", "terangkan lampu {change_amount=bit}", "naikkan kecerahan {change_amount=bit}",
        "tambah terang lampu tu",
    ]),
    ("iot_hue_lightdim", 14, [
        "malapkan lampu", "malapkan lampu tu", "kurang terang", "buat lampu lebih malap", "kurangkan kecerahan",
        "redupkan lampu", "malapkan lampu {in_room}", "malapkan lampu {house_place=room}",
        "malapkan lampu {change_amount=bit}", "malapkan lampu {change_amount=pct_to}", "lampu terlalu terang",
        "silau sangat malapkan lampu", "kurangkan kecerahan lampu {change_amount=pct_to}", "gelapkan {change_amount=bit}",
    ]),
    ("iot_hue_lightchange", 26, [
        "tukar warna lampu (kepada|ke) {color_type=colour}",
        "tukarkan lampu ke warna {color_type=colour}",
        "tukar lampu jadi {color_type=colour}",
        "jadikan lampu warna {color_type=colour}",
        "nak lampu warna {color_type=colour}",
        "tukar lampu {house_place=room} kepada {color_type=colour}",
        "tukar warna lampu {in_room} kepada {color_type=colour}",
        "tukar ke warna {color_type=colour}",
        "boleh tak tukar lampu jadi warna {color_type=colour}",
        "tukar warna {device_type=lamp} kepada {color_type=colour}",
        "set kecerahan lampu {change_amount=pct_to}",
        "laraskan kecerahan lampu {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "kuatkan suara", "kuatkan volume", "naikkan volume", "besarkan volume", "naikkan kelantangan", "kuat lagi",
        "kuatkan lagi", "naikkan volume {change_amount=bit}", "kuatkan {change_amount=bit}", "tak dengar tolong kuatkan",
        "boleh tak naikkan volume", "volume naik sikit", "tolong kuatkan suara", "perlahan sangat kuatkan lagi",
    ]),
    ("audio_volume_up", 12, [
        "set volume {change_amount=vol_to}", "tetapkan kelantangan {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "tukar volume {change_amount=vol_to}", "naikkan volume {change_amount=vol_to}", "kuatkan volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "perlahankan suara", "perlahankan volume", "kecilkan volume", "turunkan volume", "kurangkan kelantangan",
        "kuat sangat", "bising sangat perlahankan sikit", "perlahankan {change_amount=bit}",
        "turunkan volume {change_amount=vol_to}", "kecilkan volume {change_amount=vol_to}", "boleh tak perlahankan suara",
        "slow kan sikit", "volume terlalu kuat", "tolong perlahankan suara {change_amount=bit}",
    ]),
    ("audio_volume_mute", 9, [
        "senyapkan", "senyapkan suara", "bisukan", "matikan suara", "mute", "diam", "mute kan", "senyapkan speaker",
        "tolong senyap", "off kan bunyi kejap",
    ]),
    ("calendar_set", 40, [
        "tambah {event_name=event} dalam kalendar {cal_day} {cal_clock}",
        "masukkan {event_name=event} ke kalendar{my} {cal_day} {cal_clock}",
        "jadualkan {event_name=event} {cal_day} {cal_clock}",
        "buat jadual {event_name=event} {cal_day} {cal_clock}",
        "catat {event_name=event} {cal_day} {cal_clock} dalam kalendar",
        "ingatkan saya (tentang|pasal) {event_name=event} {cal_day} {cal_clock}",
        "{event_name=meet} {with} {person=person} {cal_day} {cal_clock}",
        "jadualkan {event_name=meet} {with} {person=person} {cal_day} {cal_clock}",
        "cipta acara {event_name=event} {cal_day} {cal_clock}",
        "saya ada {event_name=event} {cal_day} {cal_clock} tolong masukkan dalam kalendar",
        "aku ada {event_name=meet} {with} {person=person} {cal_day} tolong catat",
        "tambah {event_name=event} {general_frequency=cal_freq} {cal_clock}",
        "tambah {event_name=event} dalam kalendar {cal_day}",
        "acara baru {event_name=event} {cal_day} {cal_clock}",
        "tambah {event_name=event} [date : esok] [timeofday : (pagi|petang|malam|tengah hari)]",
        "tolong jadualkan {event_name=meet} {with} {person=person} {cal_day}",
    ]),
    ("calendar_query", 14, [
        "apa jadual saya {cal_day}", "ada acara apa {cal_day}", "jadual aku {cal_day} macam mana", "apa ada dalam kalendar saya",
        "tunjukkan kalendar {cal_day}", "bila {event_name=event}( saya|)", "{event_name=event} pukul berapa",
        "pukul berapa {event_name=event} saya", "apa acara seterusnya", "adakah saya ada {event_name=event} {cal_day}",
        "bacakan jadual saya {cal_day}", "aku sibuk tak {cal_day}", "tengok jadual saya",
    ]),
    ("calendar_remove", 10, [
        "batalkan {event_name=event} {cal_day}", "padam {event_name=event} dari kalendar", "padam {event_name=meet} {with} {person=person}",
        "kosongkan jadual saya {cal_day}", "padam semua acara {cal_day}", "batalkan {event_name=event} saya",
        "buang {event_name=event} dari jadual", "tak jadi {event_name=event} padam dari kalendar",
    ]),
    ("qa_maths", 24, [
        "berapa {expr}", "{expr} berapa", "{expr} sama dengan berapa", "kira {expr}", "jawapan {expr} berapa",
        "tolong kira {expr}", "{expr}", "apakah jawapan bagi {expr}",
    ]),
    ("datetime_query", 18, [
        "pukul berapa sekarang", "sekarang pukul berapa", "jam berapa sekarang", "pukul berapa", "bagitahu pukul berapa sekarang",
        "[date : hari ini] berapa haribulan", "[date : hari ini] hari apa", "[date : esok] hari apa", "[date : esok] haribulan berapa",
        "tarikh [date : hari ini]", "apa tarikh sekarang", "pukul berapa di {place_name=city}",
        "(kat|di) {place_name=city} sekarang pukul berapa", "[date : hari raya] tahun ni hari apa", "[date : lusa] hari apa",
        "[date : jumaat depan] haribulan berapa", "sekarang hari apa",
    ]),
    ("weather_query", 18, [
        "bagaimana cuaca {weather_day}", "cuaca [date : hari ini] macam mana", "macam mana cuaca", "cuaca {weather_day}",
        "ramalan cuaca {weather_day}", "bagaimana cuaca di {place_name=city}", "cuaca (di|kat) {place_name=city} {weather_day}",
        "adakah {weather_day} akan {weather_descriptor=rain}", "{weather_day} [weather_descriptor : hujan] tak",
        "adakah (di|kat) {place_name=city} tengah [weather_descriptor : hujan]", "perlu bawa [weather_descriptor : payung] tak {weather_day}",
        "berapa [weather_descriptor : suhu] di luar", "{weather_day} {weather_descriptor=weather_adj} tak",
        "adakah {weather_day} di {place_name=city} akan {weather_descriptor=weather_adj}",
    ]),
    ("general_joke", 5, ["cerita lawak", "ceritakan jenaka", "buat saya ketawa", "ada lawak tak", "bagi satu lawak",
                         "boleh ceritakan satu jenaka"]),
    ("general_greet", 5, ["hai", "helo", "selamat pagi", "selamat petang", "selamat malam", "apa khabar", "assalamualaikum"]),
    ("iot_coffee", 5, ["buatkan saya kopi", "bancuh kopi", "tolong buat kopi", "buatkan {coffee_type=coffee}",
                       "hidupkan mesin kopi", "saya nak minum kopi", "bancuhkan aku {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["hidupkan {device_type=vacuum}", "bersihkan {house_place=room}", "mulakan {device_type=vacuum}",
                         "vakum {house_place=room}", "tolong bersihkan lantai {in_room}"]),
    ("iot_wemo_on", 4, ["hidupkan {device_type=plug}", "on kan {device_type=plug}", "buka {device_type=plug}"]),
    ("iot_wemo_off", 4, ["matikan {device_type=plug}", "off kan {device_type=plug}", "tolong tutup {device_type=plug}"]),
    ("play_music", 5, ["mainkan muzik", "mainkan lagu {music_genre=genre}", "pasang muzik {music_genre=genre}",
                       "pasang lagu {music_genre=genre} lah", "mainkan lagu", "bukak lagu"]),
    ("play_radio", 3, ["pasang radio", "buka radio", "dengar radio", "hidupkan radio"]),
]
