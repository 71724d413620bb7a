"""Indonesian (id-ID) command templates. Pattern language: see ../README.md.

Clock times: "jam tujuh" / "pukul tujuh" is 7:00, "jam setengah delapan" 7:30 (half before eight),
"jam tujuh lewat seperempat" 7:15, "jam delapan kurang seperempat" 7:45; digits as "jam 7.30". The part
of the day follows the hour (pagi 4-10, siang 11-14, sore 15-18, malam 19-24). Labels as MASSIVE's
id-ID: "jam" / "pukul" and a following part of the day are inside the time slot ("[time : jam tujuh
pagi]"), prepositions outside ("untuk", "pada", "selama", "dalam"); "besok pagi" is "[date : besok]
[timeofday : pagi]"; "hari" before a weekday stays outside ("hari [date : senin]"), "[date : hari ini]"
is the word for today; the list name without "daftar" ("daftar [list_name : belanja]"); rooms without
"di" ("di [house_place : dapur]"); the person without "dengan" / "sama"; change_amount with its "ke" /
"jadi" as in en ("[change_amount : ke lima puluh persen]"). Both formal (saya, tolong, bisakah) and
colloquial Jakarta forms (aku, nyalain, matiin, dong, nggak).
"""
from generate import tens_units

SMALL = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()
SMALL += [f"{w} belas" for w in SMALL[2:10]]
TENS = {t * 10: f"{SMALL[t]} puluh" for t in range(2, 10)}
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "seratus")


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["satu menit", "1 menit", "semenit", "setengah jam", "satu jam", "sejam", "1 jam", "satu setengah jam",
           "dua jam", "2 jam", "satu jam tiga puluh menit", "satu menit tiga puluh detik", "seperempat jam",
           "satu jam lima belas menit", "dua menit tiga puluh detik", "1 jam 30 menit", "dua setengah jam"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} menit" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} detik" for w in both(n)]
    return out


# Parts of the day that go with an hour on the 12-hour clock.
POD = {1: ["siang"], 2: ["siang"], 3: ["sore"], 4: ["sore", "pagi"], 5: ["pagi", "sore"], 6: ["pagi", "sore"],
       7: ["pagi", "malam"], 8: ["pagi", "malam"], 9: ["pagi", "malam"], 10: ["pagi", "malam"],
       11: ["pagi", "siang", "malam"], 12: ["siang", "malam"]}


def clocks():
    out = ["tengah malam", "jam dua belas siang", "jam 12 siang", "tengah hari"]
    for h in range(1, 13):
        w, nx = num(h), num(h % 12 + 1)
        out += [f"jam {w}", f"jam {h}", f"pukul {w}", f"jam setengah {nx}", f"jam {w} lewat seperempat",
                f"jam {nx} kurang seperempat", f"jam {w} lewat sepuluh", f"jam {w} tiga puluh", f"jam {h}.30",
                f"jam {h}.15", f"jam {h}.45", f"pukul {h}.00"]
        for pod in POD[h]:
            out += [f"jam {w} {pod}", f"jam {h} {pod}", f"pukul {w} {pod}", f"jam setengah {nx} {pod}",
                    f"jam {h}.30 {pod}", f"pukul {h} {pod}"]
    for h in range(13, 24):
        out += [f"jam {h}.00", f"pukul {h}.30", f"jam {h}.15"]
    out += [f"jam 0{h}.{m}" for h in range(5, 10) for m in ("00", "30")]
    return out


def bare(hours):
    """Hours without a part of the day (it is said separately: 'besok pagi jam enam')."""
    out = []
    for h in hours:
        w, nx = num(h), num(h % 12 + 1)
        out += [f"jam {w}", f"jam {h}", f"jam setengah {nx}", f"pukul {w}", f"jam {h}.30", f"jam {w} lewat seperempat"]
    return out


def calendar_clocks():
    out = ["jam dua belas siang", "jam 12 siang", "jam setengah satu siang"]
    for h, pod in [(8, "pagi"), (9, "pagi"), (10, "pagi"), (11, "siang"), (1, "siang"), (2, "siang"), (3, "sore"),
                   (4, "sore"), (5, "sore"), (6, "sore"), (7, "malam"), (8, "malam")]:
        w, nx = num(h), num(h % 12 + 1)
        out += [f"jam {w} {pod}", f"jam {h} {pod}", f"pukul {w} {pod}", f"jam setengah {nx} {pod}", f"jam {h}.30 {pod}",
                f"jam {w}", f"jam {h}"]
    out += ["jam 14.00", "jam 15.30", "pukul 13.00", "jam 16.00", "pukul 09.00", "jam 10.30", "jam 19.00"]
    return out


def items():
    one = ["susu", "telur", "roti", "apel", "pir", "pisang", "mentega", "keju", "kopi", "beras", "mi instan", "tomat",
           "tisu toilet", "sabun cuci piring", "jus jeruk", "yogurt", "ayam", "bawang merah", "kentang", "wortel",
           "minyak goreng", "gula", "tepung terigu", "teh", "makanan kucing", "baterai", "jeruk nipis", "bawang putih"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} dan {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} dan {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("kali", "dikali", "tambah", "ditambah", "kurang", "dikurangi", "dibagi"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 persen dari 150", "lima belas persen dari delapan puluh", "akar dari 144", "akar kuadrat dari delapan puluh satu",
            "2 pangkat 10", "tujuh pangkat dua"]
    return out


WEEKDAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
DAY = ["[date : besok]", "[date : hari ini]", "[date : lusa]", "[date : besok lusa]"] + \
      [f"(hari |)[date : {d}]" for d in WEEKDAYS] + ["[date : senin depan]", "[date : jumat depan]", "[date : sabtu ini]"]
CAL_DAY = DAY + ["tanggal [date : 12 juni]", "tanggal [date : tiga maret]", "tanggal [date : lima belas]",
                 "tanggal [date : 17 agustus]", "[date : minggu depan]", "[date : malam natal]", "(pada |)hari [date : kamis]"]
ROOMS = ["ruang tamu", "ruang keluarga", "dapur", "kamar tidur", "kamar mandi", "lorong", "ruang kerja", "ruang makan",
         "garasi", "kamar anak", "teras", "kamar tamu", "kamar utama"]


def vocab():
    one, two, three = items()
    pct = [f"{w} persen" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(4, 12)),
        "h_afternoon": bare(range(3, 7)),
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : hari ini]", "[date : besok]", "[date : lusa]", "[date : akhir pekan ini]", "[date : minggu ini]",
                        "hari [date : sabtu]", "hari [date : minggu]", "[date : jumat]"],
        "freq": ["setiap hari", "tiap hari", "setiap hari kerja", "setiap pagi", "setiap hari senin", "tiap senin",
                 "senin sampai jumat", "setiap hari sabtu"],
        "cal_freq": ["setiap hari", "setiap minggu", "setiap hari senin", "tiap hari kamis", "setiap hari kerja", "setiap bulan"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["belanja", "belanjaan", "belanja bulanan", "belanja mingguan", "belanja dapur"],
        "list": ["belanja", "belanjaan", "belanja bulanan", "belanja mingguan", "tugas", "pekerjaan rumah",
                 "barang bawaan", "kado", "hadiah natal", "kemah", "liburan", "kantor"],
        "my": ["", " saya", " aku", " saya", ""],
        "room": ROOMS,
        "in_room": [f"di [house_place : {r}]" for r in ROOMS],
        "lamp": ["lampu meja", "lampu belajar", "lampu tidur", "lampu baca", "lampu gantung", "lampu berdiri", "lampu sorot",
                 "lampu hias"],
        "colour": ["merah", "hijau", "biru", "kuning", "oranye", "ungu", "merah muda", "putih", "putih hangat", "biru muda",
                   "toska", "pink"],
        "pct_to": [f"(ke|jadi|menjadi) {p}" for p in pct],
        "pct_by": [f"sebesar {p}" for p in pct] + pct[::3],
        "vol_to": [f"ke {w}" for w in levels + pct[1::3]] + [f"(jadi|ke level) {w}" for w in levels[::2]],
        "vol_bare": levels,
        "bit": ["sedikit", "sedikit lagi", "sedikit saja"],
        "event": ["janji dokter gigi", "dokter gigi", "cek kesehatan", "rapat tim", "potong rambut", "kelas yoga",
                  "les piano", "latihan futsal", "arisan", "wawancara kerja", "servis mobil", "pesta ulang tahun",
                  "rapat wali murid", "pengajian", "olahraga", "reuni", "kondangan", "presentasi proyek"],
        "meet": ["rapat", "makan siang", "makan malam", "telepon", "ngopi", "video call", "ketemuan"],
        "with": ["dengan", "sama", "bersama"],
        "person": ["budi", "sari", "andi", "dewi", "rina", "agus", "putri", "dimas", "joko", "siti", "rudi", "maya"],
        "city": ["jakarta", "surabaya", "bandung", "medan", "yogyakarta", "denpasar", "makassar", "semarang", "singapura",
                 "tokyo", "bogor", "malang"],
        "rain": ["hujan", "turun hujan", "mendung", "cerah"],
        "weather_adj": ["panas", "dingin", "cerah", "berangin", "mendung", "gerah"],
        "expr": maths(),
        "vacuum": ["penyedot debu", "robot penyedot debu", "vacuum cleaner", "robot vacuum"],
        "plug": ["stopkontak pintar", "colokan", "stopkontak", "smart plug", "steker pintar"],
        "coffee": ["cappuccino", "espresso", "latte", "kopi susu", "americano", "kopi hitam"],
        "genre": ["jazz", "dangdut", "pop", "rock", "klasik", "keroncong", "reggae"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "setel timer {time=dur}",
        "setel timer (selama|untuk) {time=dur}",
        "pasang timer {time=dur}",
        "pasang timer (selama|) {time=dur} dong",
        "atur timer selama {time=dur}",
        "timer {time=dur}",
        "timer {time=dur} ya",
        "mulai timer {time=dur}",
        "nyalakan timer {time=dur}",
        "buat timer {time=dur}",
        "buatkan timer selama {time=dur}",
        "hitung mundur {time=dur}",
        "mulai hitung mundur {time=dur}",
        "tolong setel timer {time=dur}",
        "bisa tolong pasang timer {time=dur}",
        "aku butuh timer {time=dur}",
        "saya perlu timer selama {time=dur}",
        "setel pengatur waktu selama {time=dur}",
        "bangunkan aku {time=dur} lagi",
        "bangunkan saya dalam {time=dur}",
        "pasangin timer {time=dur} dong",
    ]),
    ("alarm_set", 48, [
        "setel alarm {time=clock}",
        "setel alarm (untuk|pada) {time=clock}",
        "pasang alarm {time=clock}",
        "atur alarm {time=clock}",
        "buat alarm untuk {time=clock}",
        "bikin alarm {time=clock} dong",
        "alarm {time=clock}",
        "bangunkan saya {time=clock}",
        "bangunin aku {time=clock}",
        "tolong bangunkan saya {time=clock}",
        "pasang alarm {time=clock} {day}",
        "setel alarm untuk {day} {time=clock}",
        "bangunkan saya {day} {time=clock}",
        "bangunin aku {day} {time=clock} ya",
        "setel alarm [date : besok] [timeofday : pagi] {time=h_morning}",
        "bangunkan aku [date : besok] [timeofday : pagi] {time=h_morning}",
        "pasang alarm {time=h_morning} [date : besok] [timeofday : pagi]",
        "setel alarm [date : besok] [timeofday : sore] {time=h_afternoon}",
        "pasang alarm {time=clock} {general_frequency=freq}",
        "bangunkan saya {general_frequency=freq} {time=clock}",
        "setel alarm {general_frequency=freq} {time=clock}",
        "bisa tolong setel alarm {time=clock}",
        "bisakah kamu memasang alarm untuk {time=clock}",
        "aku mau bangun {time=clock}",
        "saya perlu alarm {time=clock}",
        "alarm baru {time=clock}",
        "ubah alarm saya ke {time=clock}",
        "buatkan alarm (untuk |)hari [date : (senin|selasa|rabu|kamis|jumat|sabtu|minggu)] {time=clock}",
    ]),
    ("alarm_query", 8, [
        "alarm apa saja yang sudah disetel", "tunjukkan alarm saya", "lihat semua alarm", "ada alarm nggak",
        "kapan alarm berikutnya", "alarm saya jam berapa", "alarm [date : besok] jam berapa", "timernya tinggal berapa lama",
        "sisa waktu timer berapa", "apakah ada alarm untuk {day}", "alarmku bunyi jam berapa",
    ]),
    ("alarm_remove", 10, [
        "batalkan alarm", "hapus semua alarm", "matikan alarm", "matikan timer", "hentikan timer", "batalkan timer",
        "hapus alarm {time=clock}", "hapus alarm untuk {day}", "batalkan alarm {day} {time=clock}", "batalkan semua timer",
        "matiin alarmnya", "hapus alarm saya yang {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "tambahkan {items} ke daftar {list_name=shop}{my}",
        "masukkan {items} ke daftar {list_name=shop}{my}",
        "tulis {items} di daftar {list_name=shop}{my}",
        "catat {items} di daftar {list_name=shop}",
        "tambahin {items} ke daftar {list_name=shop} dong",
        "masukin {items} ke daftar {list_name=shop}",
        "tolong tambahkan {items} ke daftar{my}",
        "tambahkan {items} ke daftar",
        "bisa tambahkan {items} ke daftar {list_name=shop} saya",
        "aku perlu beli {items2} tambahkan ke daftar {list_name=shop}",
        "{items} masukkan ke daftar {list_name=shop}",
        "tambahkan {item} ke dalam daftar {list_name=shop}",
        "tolong catat {items2} di daftar {list_name=list}{my}",
    ]),
    ("lists_createoradd", 12, [
        "buat daftar {list_name=list} baru",
        "bikin daftar {list_name=list} baru dong",
        "buat daftar baru (bernama|namanya|dengan nama) {list_name=list}",
        "buat daftar baru",
        "bikin daftar baru",
        "tolong buatkan daftar {list_name=list}",
        "buatkan saya daftar {list_name=list}",
        "mulai daftar {list_name=list} baru",
    ]),
    ("lists_remove", 18, [
        "hapus {item} dari daftar {list_name=list}{my}",
        "hapus {item} dari daftar",
        "coret {item} dari daftar {list_name=list}",
        "keluarkan {item} dari daftar {list_name=list}",
        "hapus daftar {list_name=list}{my}",
        "kosongkan daftar {list_name=list}",
        "buang {item} dari daftar",
        "tolong hapus {item} dari daftar {list_name=list}",
        "hapusin {item} dari daftar {list_name=list} dong",
        "hapus semua isi daftar {list_name=list}",
    ]),
    ("lists_query", 16, [
        "apa saja isi daftar {list_name=list}{my}",
        "ada apa di daftar {list_name=list}",
        "bacakan daftar {list_name=list}{my}",
        "tampilkan daftar {list_name=list}",
        "lihat daftar {list_name=list}{my}",
        "apa isi daftar saya",
        "saya punya daftar apa saja",
        "apakah {item} sudah ada di daftar {list_name=list}",
        "{item} udah ada di daftar {list_name=list} belum",
        "di daftar {list_name=list} ada apa aja",
        "tolong bacakan isi daftar {list_name=list}",
        "daftar {list_name=list}{my} isinya apa",
    ]),
    ("iot_hue_lighton", 36, [
        "nyalakan lampu",
        "nyalakan lampunya",
        "hidupkan lampu",
        "nyalain lampu dong",
        "tolong nyalakan lampu",
        "nyalakan lampu {in_room}",
        "nyalakan lampu {house_place=room}",
        "hidupkan lampu {house_place=room}",
        "nyalain lampu {house_place=room}",
        "tolong nyalakan lampu {in_room}",
        "bisa tolong nyalakan lampu {in_room}",
        "bisakah kamu menyalakan lampu {in_room}",
        "nyalakan {device_type=lamp}",
        "nyalakan {device_type=lamp} {in_room}",
        "hidupkan {device_type=lamp}",
        "nyalain {device_type=lamp} dong",
        "nyalakan semua lampu",
        "hidupkan semua lampu di rumah",
        "gelap banget nyalain lampunya dong",
        "di sini gelap tolong nyalakan lampu",
        "lampu {house_place=room} nyalakan",
        "tolong lampu {house_place=room} dinyalakan",
        "tolong lampunya dinyalakan",
        "nyalakan lampu {in_room} ya",
        "saya ingin lampu {in_room} menyala",
        "hidupkan penerangan {in_room}",
        "nyalakan semua lampu {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "matikan lampu",
        "matikan lampunya",
        "matiin lampu dong",
        "padamkan lampu",
        "tolong matikan lampu {in_room}",
        "matikan lampu {house_place=room}",
        "matiin lampu {house_place=room}",
        "matikan {device_type=lamp}",
        "matikan {device_type=lamp} {in_room}",
        "matikan semua lampu",
        "lampu {house_place=room} matikan",
        "bisa tolong matikan lampu",
        "tolong lampunya dimatikan",
        "aku mau tidur matiin lampunya",
        "padamkan semua lampu {in_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "terangkan lampu", "buat lampu lebih terang", "lebih terang", "lebih terang lagi", "naikkan kecerahan",
        "naikkan kecerahan lampu {change_amount=pct_by}", "terangin lampunya dong", "buat lampu {in_room} lebih terang",
        "terangkan lampu {in_room}", "lampunya kurang terang", "terangkan lampu {change_amount=bit}",
        "naikkan kecerahan {change_amount=bit}", "tambah terang lampunya",
    ]),
    ("iot_hue_lightdim", 14, [
        "redupkan lampu", "redupin lampunya", "lebih redup", "buat lampu lebih redup", "turunkan kecerahan",
        "kurangi kecerahan lampu", "redupkan lampu {in_room}", "redupkan lampu {house_place=room}",
        "redupkan lampu {change_amount=bit}", "redupkan lampu {change_amount=pct_to}", "lampunya terlalu terang",
        "silau banget redupin lampunya", "turunkan kecerahan lampu {change_amount=pct_to}",
    ]),
    ("iot_hue_lightchange", 26, [
        "ubah warna lampu (jadi|menjadi) {color_type=colour}",
        "ganti warna lampu jadi {color_type=colour}",
        "ganti lampunya ke warna {color_type=colour}",
        "buat lampu berwarna {color_type=colour}",
        "lampunya warna {color_type=colour} dong",
        "ubah lampu {house_place=room} jadi {color_type=colour}",
        "ubah warna lampu {in_room} jadi {color_type=colour}",
        "ganti ke warna {color_type=colour}",
        "bisa ubah lampunya jadi warna {color_type=colour}",
        "ganti warna {device_type=lamp} jadi {color_type=colour}",
        "atur kecerahan lampu {change_amount=pct_to}",
        "setel lampu {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "besarkan volume", "besarkan suaranya", "keraskan suara", "naikkan volume", "gedein volumenya", "kerasin dong",
        "lebih keras", "tambah volume", "naikkan volumenya {change_amount=bit}", "keraskan {change_amount=bit}",
        "nggak kedengeran tolong keraskan", "bisa besarkan volumenya", "volumenya naikin dong", "tolong keraskan suaranya",
    ]),
    ("audio_volume_up", 12, [
        "atur volume {change_amount=vol_to}", "setel volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "ubah volume {change_amount=vol_to}", "naikkan volume {change_amount=vol_to}", "besarkan volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "kecilkan volume", "kecilin suaranya", "pelankan suara", "turunkan volume", "kurangi volume", "terlalu keras",
        "berisik banget kecilin dong", "kecilkan {change_amount=bit}", "turunkan volume {change_amount=vol_to}",
        "kecilkan volume {change_amount=vol_to}", "bisa kecilkan suaranya", "pelanin dong", "volumenya kekencangan",
        "tolong kecilkan suaranya {change_amount=bit}",
    ]),
    ("audio_volume_mute", 9, [
        "bisukan", "bisukan suaranya", "matikan suara", "matiin suaranya", "mute", "diam", "senyapkan", "bisukan speaker",
        "tolong bisukan", "matikan suaranya dulu",
    ]),
    ("calendar_set", 40, [
        "tambahkan {event_name=event} ke kalender {cal_day} {time=cal_clock}",
        "masukkan {event_name=event} ke kalender{my} {cal_day} {time=cal_clock}",
        "jadwalkan {event_name=event} {cal_day} {time=cal_clock}",
        "buat jadwal {event_name=event} {cal_day} {time=cal_clock}",
        "catat {event_name=event} {cal_day} {time=cal_clock} di kalender",
        "ingatkan saya (tentang|soal) {event_name=event} {cal_day} {time=cal_clock}",
        "{event_name=meet} {with} {person=person} {cal_day} {time=cal_clock}",
        "jadwalkan {event_name=meet} {with} {person=person} {cal_day} {time=cal_clock}",
        "buat acara {event_name=event} {cal_day} {time=cal_clock}",
        "aku ada {event_name=event} {cal_day} {time=cal_clock} tolong catat di kalender",
        "saya ada {event_name=meet} {with} {person=person} {cal_day} tolong masukkan ke kalender",
        "tambahkan {event_name=event} {general_frequency=cal_freq} {time=cal_clock}",
        "tambahkan {event_name=event} ke kalender {cal_day}",
        "acara baru {event_name=event} {cal_day} {time=cal_clock}",
        "tambahkan {event_name=event} [date : besok] [timeofday : (pagi|sore|siang)]",
        "tolong jadwalkan {event_name=meet} {with} {person=person} {cal_day}",
    ]),
    ("calendar_query", 14, [
        "apa jadwal saya {cal_day}", "ada acara apa {cal_day}", "jadwalku {cal_day} apa aja", "apa saja di kalender saya",
        "tampilkan kalender {cal_day}", "kapan jadwal {event_name=event}( saya|)", "{event_name=event} jam berapa",
        "jam berapa jadwal {event_name=event} saya", "acara berikutnya apa", "apakah saya ada {event_name=event} {cal_day}",
        "bacakan jadwal saya {cal_day}", "aku sibuk nggak {cal_day}", "lihat jadwal saya",
    ]),
    ("calendar_remove", 10, [
        "batalkan {event_name=event} {cal_day}", "hapus {event_name=event} dari kalender", "hapus {event_name=meet} {with} {person=person}",
        "kosongkan jadwal saya {cal_day}", "hapus semua acara {cal_day}", "batalkan {event_name=event} saya",
        "hapus jadwal {event_name=event}",
    ]),
    ("qa_maths", 24, [
        "berapa {expr}", "{expr} berapa", "{expr} sama dengan berapa", "hitung {expr}", "hasil {expr} berapa",
        "tolong hitung {expr}", "{expr}", "berapa hasil {expr}",
    ]),
    ("datetime_query", 18, [
        "jam berapa sekarang", "sekarang jam berapa", "pukul berapa sekarang", "jam berapa", "kasih tahu sekarang jam berapa",
        "[date : hari ini] tanggal berapa", "[date : hari ini] hari apa", "[date : besok] hari apa", "[date : besok] tanggal berapa",
        "tanggal berapa [date : hari ini]", "sekarang tanggal berapa", "jam berapa di {place_name=city}",
        "di {place_name=city} jam berapa sekarang", "[date : natal] tahun ini hari apa", "[date : lusa] hari apa",
        "[date : jumat depan] tanggal berapa", "sekarang hari apa",
    ]),
    ("weather_query", 18, [
        "bagaimana cuaca {weather_day}", "cuaca [date : hari ini] gimana", "gimana cuacanya", "cuaca {weather_day}",
        "prakiraan cuaca {weather_day}", "bagaimana cuaca di {place_name=city}", "cuaca di {place_name=city} {weather_day}",
        "apakah {weather_day} akan {weather_descriptor=rain}", "{weather_day} [weather_descriptor : hujan] nggak",
        "apakah di {place_name=city} sedang [weather_descriptor : hujan]", "perlu bawa [weather_descriptor : payung] nggak {weather_day}",
        "berapa [weather_descriptor : suhu] di luar", "{weather_day} {weather_descriptor=weather_adj} nggak",
        "apakah {weather_day} di {place_name=city} akan {weather_descriptor=weather_adj}",
    ]),
    ("general_joke", 5, ["ceritakan lelucon", "kasih tahu lelucon dong", "bikin aku ketawa", "tahu lelucon lucu nggak",
                         "ceritakan sesuatu yang lucu", "bisakah kamu menceritakan lelucon"]),
    ("general_greet", 5, ["halo", "hai apa kabar", "selamat pagi", "selamat malam", "selamat siang", "hai"]),
    ("iot_coffee", 5, ["buatkan saya kopi", "bikinin kopi dong", "seduh kopi", "buatkan {coffee_type=coffee}",
                       "nyalakan mesin kopi", "aku mau minum kopi", "bikinin aku {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["nyalakan {device_type=vacuum}", "bersihkan {house_place=room}", "jalankan {device_type=vacuum}",
                         "sedot debu {in_room}", "tolong bersihkan lantai {in_room}"]),
    ("iot_wemo_on", 4, ["nyalakan {device_type=plug}", "hidupkan {device_type=plug}", "nyalain {device_type=plug} dong"]),
    ("iot_wemo_off", 4, ["matikan {device_type=plug}", "matiin {device_type=plug} dong", "tolong matikan {device_type=plug}"]),
    ("play_music", 5, ["putar musik", "putar lagu {music_genre=genre}", "setel musik {music_genre=genre}", "putar musik {music_genre=genre} dong", "putarkan lagu",
                       "nyalakan musik"]),
    ("play_radio", 3, ["nyalakan radio", "putar radio", "dengarkan radio", "setel radio"]),
]
