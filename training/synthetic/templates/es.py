"""Spanish (es-ES) command templates. Pattern language: see ../README.md.

Clock times: "a las [time : siete y media]", "a la [time : una]", "ocho y cuarto" (8:15),
"nueve menos cuarto" (8:45); "a las" stays outside the time slot, as MASSIVE writes it.
"""
from generate import tens_units

SMALL = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
         "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
         "veintiséis veintisiete veintiocho veintinueve").split()
TENS = dict(zip(range(30, 100, 10), "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} y {u}", "cien")


def both(n):
    return [str(n), num(n)]


def hour_word(h):
    return "una" if h in (1, 13) else num(h)


def at(time):
    """'a las' + time, 'a la una'."""
    return f"a la [time : {time}]" if time.startswith(("una", "1 ", "1:")) or time == "1" else f"a las [time : {time}]"


def durations():
    out = ["un minuto", "1 minuto", "una hora", "1 hora", "media hora", "hora y media", "una hora y media",
           "dos horas", "2 horas", "minuto y medio", "un minuto y medio", "un cuarto de hora", "tres cuartos de hora",
           "dos minutos y medio", "una hora y cuarto"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minutos" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} segundos" for w in both(n)]
    return out


def clock_times():
    out = []
    for h in range(1, 13):
        w, nxt = hour_word(h), hour_word(h % 12 + 1)
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{h}:45", f"{w} y media", f"{w} y cuarto", f"{nxt} menos cuarto",
                f"{w} y diez", f"{h} y media", f"{w} y veinte", f"{h}:05"]
        if 5 <= h <= 11:
            out += [f"{w} de la mañana", f"{h} de la mañana", f"{w} y media de la mañana"]
        if 4 <= h <= 8:
            out += [f"{w} de la tarde", f"{h} de la tarde"]
        if 9 <= h <= 11:
            out += [f"{w} de la noche", f"{h} de la noche"]
    for h in range(13, 24):
        out += [f"{h}:00", f"{h}:30", f"{h}:15", f"{h}:45"]
    return [at(t) for t in out] + ["a [time : mediodía]", "a [time : medianoche]", "a las [time : doce del mediodía]"]


def bare(hours):
    out = []
    for h in hours:
        w = hour_word(h)
        out += [at(t) for t in (str(h), w, f"{w} y media", f"{w} y cuarto", f"{h}:30", f"{hour_word(h + 1)} menos cuarto")]
    return out


def calendar_times():
    out = []
    for h in range(8, 13):
        w = hour_word(h)
        out += [str(h), w, f"{h}:30", f"{w} y media", f"{w} y cuarto"] + ([f"{w} de la mañana"] if h < 12 else [])
    for h in range(1, 9):
        w = hour_word(h)
        out += [str(h), w, f"{h}:30", f"{w} y media", f"{w} y cuarto", f"{hour_word(h + 1)} menos cuarto",
                f"{w} de la tarde", f"{w} y media de la tarde", f"{h} de la tarde"]
    for h in range(13, 21):
        out += [f"{h}:00", f"{h}:30"]
    return [at(t) for t in out] + ["a [time : mediodía]"]


def items():
    one = ["leche", "huevos", "pan", "manzanas", "peras", "plátanos", "mantequilla", "queso", "café", "arroz", "pasta",
           "tomates", "papel higiénico", "lavavajillas", "zumo de naranja", "yogures", "pollo", "cebollas", "patatas",
           "zanahorias", "aceite de oliva", "azúcar", "harina", "leche de avena", "comida para el gato", "pilas",
           "limones", "ajos"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    join = lambda a, b: f"{a} e {b}" if b.startswith(("i", "hi")) else f"{a} y {b}"  # noqa: E731
    return (one, [join(one[a], one[b]) for a, b in pairs], [f"{one[a]} {one[b]} y {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("por", "más", "menos", "entre", "dividido entre", "multiplicado por"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["el 20 por ciento de 150", "el quince por ciento de ochenta", "la raíz cuadrada de 144",
            "la raíz cuadrada de ochenta y uno", "2 elevado a 10", "siete al cuadrado"]
    return out


WHEN = ["[date : mañana]", "[date : hoy]", "[date : pasado mañana]", "el [date : lunes]", "el [date : martes]",
        "el [date : miércoles]", "el [date : jueves]", "el [date : viernes]", "el [date : sábado]", "el [date : domingo]",
        "el [date : próximo viernes]", "el [date : lunes que viene]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} por ciento" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "at_clock": clock_times(),
        "de_clock": ["de" + t[1:] for t in clock_times() if t.startswith("a la")],
        "at_cal": calendar_times(),
        "at_morning": bare(range(5, 12)),
        "at_evening": bare(range(5, 9)),
        "when": WHEN,
        "cal_when": WHEN + ["el [date : doce de junio]", "el [date : tres de marzo]", "[date : este sábado]",
                            "el [date : día 15]", "en [date : nochebuena]"],
        "freq": ["todos los días", "cada día", "entre semana", "de lunes a viernes", "todas las mañanas",
                 "todos los lunes", "los días laborables"],
        "cal_freq": ["todos los días", "cada día", "entre semana", "de lunes a viernes", "todos los lunes", "los días laborables"],
        "list_plain": ["vacaciones", "regalos", "fiesta", "mudanza", "jardín", "boda"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_of": ["la [list_name : compra]", "[list_name : compras]", "[list_name : tareas]", "[list_name : regalos]",
                    "[list_name : navidad]", "[list_name : vacaciones]", "[list_name : cosas por hacer]",
                    "[list_name : equipaje]", "[list_name : cumpleaños]", "[list_name : pendientes]"],
        "of_room": ["de la [house_place : cocina]", "del [house_place : salón]", "del [house_place : dormitorio]",
                    "del [house_place : baño]", "del [house_place : pasillo]", "del [house_place : despacho]",
                    "del [house_place : comedor]", "del [house_place : garaje]",
                    "de la [house_place : habitación de los niños]", "de la [house_place : entrada]",
                    "de la [house_place : terraza]"],
        "in_room": ["en la [house_place : cocina]", "en el [house_place : salón]", "en el [house_place : dormitorio]",
                    "en el [house_place : baño]", "en el [house_place : pasillo]", "en el [house_place : despacho]",
                    "en el [house_place : comedor]", "en la [house_place : habitación]"],
        "lamp": ["lámpara", "lámpara de la mesita", "lámpara de pie", "lámpara del escritorio", "lamparita",
                 "lámpara del salón"],
        "colour": ["rojo", "verde", "azul", "amarillo", "naranja", "morado", "rosa", "blanco", "blanco cálido",
                   "turquesa", "violeta"],
        "colour_f": ["roja", "verde", "azul", "amarilla", "naranja", "morada", "rosa", "blanca", "blanca cálida",
                     "turquesa", "violeta"],
        "pct_to": [f"al {p}" for p in pct],
        "pct_by": [f"en un {p}" for p in pct],
        "vol_to": [f"a {w}" for w in levels] + [f"al {p}" for p in pct[1::3]],
        "vol_bare": levels,
        "bit": ["un poco", "un poquito", "un poco más"],
        "event": ["dentista", "cita con el dentista", "médico", "cita médica", "peluquería", "reunión de equipo",
                  "clase de yoga", "clase de piano", "entrenamiento de fútbol", "club de lectura", "entrevista de trabajo",
                  "revisión del coche", "veterinario", "fiesta de cumpleaños", "fisio", "tutoría"],
        "event_def": ["el [event_name : dentista]", "la [event_name : cita con el dentista]",
                      "la [event_name : reunión de equipo]", "la [event_name : clase de yoga]",
                      "la [event_name : clase de piano]", "el [event_name : entrenamiento de fútbol]",
                      "la [event_name : entrevista de trabajo]", "la [event_name : fiesta de cumpleaños]",
                      "la [event_name : cita médica]", "la [event_name : revisión del coche]"],
        "a_meet": ["una [event_name : reunión]", "una [event_name : comida]", "una [event_name : cena]",
                   "una [event_name : llamada]", "un [event_name : café]", "una [event_name : videollamada]"],
        "meet": ["reunión", "comida", "cena", "llamada", "café", "videollamada"],
        "person": ["ana", "tomás", "sara", "javier", "lucía", "carmen", "pablo", "marta", "diego", "elena"],
        "city": ["madrid", "barcelona", "sevilla", "valencia", "bilbao", "méxico", "buenos aires", "londres", "parís",
                 "nueva york"],
        "weather_verb": ["llover", "nevar", "hacer frío", "hacer calor", "hacer sol", "hacer viento"],
        "weather_adj": ["calor", "frío", "sol", "viento"],
        "expr": maths(),
        "plug": ["enchufe", "enchufe inteligente", "enchufe del salón"],
        "coffee": ["un [coffee_type : espresso]", "un [coffee_type : cortado]", "un [coffee_type : café con leche]",
                   "un [coffee_type : capuchino]", "un [coffee_type : café solo]"],
        "genre": ["jazz", "rock", "música clásica", "pop", "flamenco", "música relajante"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "pon un temporizador de {time=dur}",
        "temporizador de {time=dur}",
        "temporizador {time=dur}",
        "pon un temporizador para {time=dur}",
        "activa un temporizador de {time=dur}",
        "inicia un temporizador de {time=dur}",
        "pon una cuenta atrás de {time=dur}",
        "cuenta atrás de {time=dur}",
        "pon el temporizador en {time=dur}",
        "programa un temporizador de {time=dur}",
        "puedes poner un temporizador de {time=dur}",
        "necesito un temporizador de {time=dur}",
        "avísame en {time=dur}",
        "pon un timer de {time=dur}",
        "temporizador de {time=dur} por favor",
        "despiértame en {time=dur}",
        "ponme un temporizador de {time=dur}",
    ]),
    ("alarm_set", 48, [
        "pon una alarma {at_clock}",
        "pon la alarma {at_clock}",
        "despiértame {at_clock}",
        "alarma {at_clock}",
        "ponme una alarma {at_clock}",
        "despiértame {when} {at_clock}",
        "pon una alarma para {when} {at_clock}",
        "pon una alarma {at_clock} {general_frequency=freq}",
        "despiértame {general_frequency=freq} {at_clock}",
        "despiértame {at_morning} de la [timeofday : mañana]",
        "pon una alarma {at_evening} de la [timeofday : tarde]",
        "despiértame [date : mañana] por la [timeofday : mañana] {at_morning}",
        "puedes despertarme {at_clock}",
        "quiero despertarme {at_clock}",
        "nueva alarma {at_clock}",
        "crea una alarma para {when} {at_clock}",
        "programa una alarma {at_clock}",
        "ponme el despertador {at_clock}",
        "alarma {when} {at_clock}",
    ]),
    ("alarm_query", 8, [
        "qué alarmas tengo", "muéstrame mis alarmas", "a qué hora suena mi alarma", "cuándo suena el despertador",
        "cuánto le queda al temporizador", "cuánto tiempo queda en el temporizador", "tengo alguna alarma para {when}",
        "dime mis alarmas", "tengo alarmas puestas",
    ]),
    ("alarm_remove", 10, [
        "borra mi alarma", "borra todas las alarmas", "para el temporizador", "cancela el temporizador",
        "quita la alarma {de_clock}", "cancela la alarma para {when}", "desactiva el despertador",
        "elimina la alarma {when} {de_clock}", "cancela todos los temporizadores", "apaga la alarma",
    ]),
    ("lists_createoradd", 34, [
        "añade {items} a (mi|la) lista de {list_of}",
        "pon {items} en la lista de {list_of}",
        "añade {items} a la lista",
        "apunta {items} en la lista de {list_of}",
        "mete {items} en la lista",
        "agrega {items} a mi lista de {list_of}",
        "puedes añadir {items} a la lista de {list_of}",
        "apunta {items2} en la lista",
        "añade {items2} a mi lista de {list_of}",
        "necesito {items} apúntalo en la lista de {list_of}",
        "incluye {items} en la lista de {list_of}",
    ]),
    ("lists_createoradd", 12, [
        "crea una (nueva |)lista de {list_of}",
        "haz una lista de {list_of}",
        "crea una lista nueva",
        "empieza una lista de {list_of}",
        "nueva lista de {list_of}",
        "crea una lista que se llame [list_name : {list_plain}]",
    ]),
    ("lists_remove", 18, [
        "quita {item} de (mi|la) lista de {list_of}",
        "borra {item} de la lista",
        "elimina {item} de mi lista de {list_of}",
        "tacha {item} de la lista",
        "saca {item} de la lista de {list_of}",
        "borra mi lista de {list_of}",
        "vacía la lista de {list_of}",
        "elimina la lista de {list_of}",
        "quita {item} de la lista",
    ]),
    ("lists_query", 16, [
        "qué hay en mi lista de {list_of}",
        "qué hay en la lista",
        "léeme la lista de {list_of}",
        "lee mi lista de {list_of}",
        "muéstrame la lista de {list_of}",
        "qué listas tengo",
        "tengo {item} en la lista de {list_of}",
        "dime qué hay en la lista de {list_of}",
        "qué tengo en mi lista de {list_of}",
        "cuáles son mis listas",
    ]),
    ("iot_hue_lighton", 36, [
        "enciende la luz",
        "enciende las luces",
        "enciende la luz {of_room}",
        "enciende las luces {in_room}",
        "enciende la {device_type=lamp}",
        "enciende la {device_type=lamp} {in_room}",
        "luz por favor",
        "dame luz",
        "pon la luz",
        "puedes encender la luz",
        "puedes encender la luz {of_room}",
        "enciende todas las luces",
        "está muy oscuro enciende la luz",
        "encender la luz",
        "encender las luces {of_room}",
        "activa las luces {in_room}",
        "enciende la luz por favor",
        "enciende las luces {of_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "apaga la luz",
        "apaga las luces",
        "apaga la luz {of_room}",
        "apaga las luces {in_room}",
        "apaga la {device_type=lamp}",
        "apaga la {device_type=lamp} {in_room}",
        "apaga todas las luces",
        "apagar la luz",
        "puedes apagar la luz",
        "apaga la luz por favor",
        "desactiva las luces {of_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "sube la luz", "más luz", "aumenta el brillo", "sube el brillo {change_amount=pct_by}",
        "sube {change_amount=bit} la luz", "pon la luz más fuerte", "más brillo", "sube la luz {of_room}",
        "aumenta la intensidad de la luz", "sube las luces", "quiero más luz {in_room}",
    ]),
    ("iot_hue_lightdim", 14, [
        "baja la luz", "atenúa la luz", "baja el brillo", "menos luz", "baja {change_amount=bit} la luz",
        "baja la luz {change_amount=pct_to}", "la luz está muy fuerte", "baja las luces {of_room}",
        "reduce el brillo", "pon la luz más suave", "atenúa las luces {in_room}",
    ]),
    ("iot_hue_lightchange", 26, [
        "pon la luz (de color |en ){color_type=colour}",
        "pon la luz {color_type=colour_f}",
        "cambia la luz a {color_type=colour}",
        "cambia el color de la luz a {color_type=colour}",
        "luz {color_type=colour_f}",
        "pon las luces {of_room} en {color_type=colour}",
        "pon la {device_type=lamp} en {color_type=colour}",
        "quiero la luz {color_type=colour_f}",
        "cambia las luces {in_room} a {color_type=colour}",
        "pon la luz {change_amount=pct_to}",
        "ajusta el brillo {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "sube el volumen", "más alto", "sube la música", "sube el volumen {change_amount=bit}", "súbele", "sube",
        "más volumen", "no oigo nada sube el volumen", "aumenta el volumen", "más alto por favor",
        "puedes subir el volumen", "sube {change_amount=bit} la música",
    ]),
    ("audio_volume_up", 12, [
        "pon el volumen {change_amount=vol_to}", "volumen {change_amount=vol_to}", "volumen {change_amount=vol_bare}",
        "sube el volumen {change_amount=vol_to}", "ajusta el volumen {change_amount=vol_to}",
        "cambia el volumen {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "baja el volumen", "más bajo", "baja la música", "bájale", "baja el volumen {change_amount=bit}",
        "está muy alto", "menos volumen", "baja el volumen {change_amount=vol_to}", "habla más bajo",
        "reduce el volumen", "más bajo por favor", "puedes bajar el volumen", "baja",
    ]),
    ("audio_volume_mute", 9, [
        "silencia", "silencio", "pon en silencio", "quita el sonido", "cállate", "silenciar", "modo silencio",
        "silencia el altavoz", "sin sonido",
    ]),
    ("calendar_set", 40, [
        "añade {event_name=event} {cal_when} {at_cal}",
        "pon {event_name=event} en mi calendario {cal_when} {at_cal}",
        "apunta {event_name=event} {cal_when} {at_cal}",
        "crea un evento {event_name=event} {cal_when} {at_cal}",
        "{a_meet} con {person=person} {cal_when} {at_cal}",
        "{event_name=meet} con {person=person} {cal_when} {at_cal}",
        "programa {a_meet} con {person=person} {cal_when} {at_cal}",
        "añade {a_meet} con {person=person} {cal_when} {at_cal}",
        "tengo {event_name=event} {cal_when} {at_cal} apúntalo",
        "añade {event_name=event} al calendario {cal_when}",
        "agenda {event_name=event} {cal_when} {at_cal}",
        "añade {event_name=event} {general_frequency=cal_freq} {at_cal}",
        "recuérdame {event_def} {cal_when} {at_cal}",
    ]),
    ("calendar_query", 14, [
        "qué tengo {cal_when}", "qué hay en mi calendario {cal_when}", "muéstrame el calendario para {cal_when}",
        "cuál es mi próxima cita", "tengo algo {cal_when}", "qué citas tengo {cal_when}", "cuándo es {event_def}",
        "a qué hora es {event_def}", "lee mi agenda", "qué tengo en la agenda {cal_when}", "tengo {event_name=event} {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "cancela {event_def} {cal_when}", "borra {event_def} del calendario", "elimina todas las citas {cal_when}",
        "cancela {event_def}", "quita {event_def} de mi agenda", "borra todo lo que tengo {cal_when}",
    ]),
    ("qa_maths", 24, [
        "cuánto es {expr}", "cuánto son {expr}", "calcula {expr}", "{expr}", "cuál es el resultado de {expr}",
        "me dices cuánto es {expr}", "cuánto da {expr}", "sabes cuánto es {expr}",
    ]),
    ("datetime_query", 18, [
        "qué hora es", "dime la hora", "qué hora es ahora", "me dices la hora", "qué día es [date : hoy]",
        "qué fecha es [date : hoy]", "a qué estamos [date : hoy]", "qué día es [date : mañana]",
        "qué fecha es [date : mañana]", "qué hora es en {place_name=city}", "qué día cae [date : navidad] este año",
        "en qué día estamos", "a cuántos estamos [date : hoy]", "qué hora es ahora en {place_name=city}",
        "qué fecha es [date : el próximo viernes]", "qué día es",
    ]),
    ("weather_query", 18, [
        "qué tiempo hace", "qué tiempo hará {when}", "el tiempo {when}", "qué tiempo hace en {place_name=city}",
        "va a {weather_descriptor=weather_verb} {when}", "hará {weather_descriptor=weather_adj} {when}",
        "cuál es la [weather_descriptor : temperatura] fuera", "necesito [weather_descriptor : paraguas] {when}",
        "previsión del tiempo para {when}", "está [weather_descriptor : lloviendo] en {place_name=city}",
        "qué tiempo hará en {place_name=city} {when}", "cuántos grados hace fuera",
    ]),
    ("general_joke", 5, ["cuéntame un chiste", "dime un chiste", "hazme reír", "sabes algún chiste", "cuéntame algo gracioso"]),
    ("general_greet", 5, ["hola", "buenos días", "buenas tardes", "hola qué tal", "buenas noches", "hola cómo estás"]),
    ("iot_coffee", 5, ["hazme un café", "prepara un café", "necesito un café", "hazme {coffee}", "enciende la cafetera",
                       "prepárame {coffee}"]),
    ("iot_cleaning", 5, ["pon la aspiradora", "aspira {in_room}", "enciende el [device_type : robot aspirador]",
                         "pasa la aspiradora {in_room}", "pon en marcha la [device_type : aspiradora]"]),
    ("iot_wemo_on", 4, ["enciende el {device_type=plug}", "activa el {device_type=plug}", "conecta el {device_type=plug}"]),
    ("iot_wemo_off", 4, ["apaga el {device_type=plug}", "desactiva el {device_type=plug}", "desconecta el {device_type=plug}"]),
    ("play_music", 5, ["pon música", "pon {music_genre=genre}", "pon algo de {music_genre=genre}", "reproduce música"]),
    ("play_radio", 3, ["pon la radio", "enciende la radio", "quiero escuchar la radio"]),
]
