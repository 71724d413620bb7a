"""French (fr-FR) command templates. Pattern language: see ../README.md.

Clock times: "7h30", "19h", "huit heures et quart" (8:15), "huit heures moins le quart" (7:45),
"sept heures et demie"; "à" stays outside the time slot. Articles stay outside slots
("dans la [house_place : cuisine]", "une [event_name : réunion]").
"""

SMALL = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
         "dix-sept dix-huit dix-neuf").split()
TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def num(n):
    if n == 100:
        return "cent"
    if n < 20:
        return SMALL[n]
    if n < 70:
        t, u = divmod(n, 10)
        return TENS[t * 10] if u == 0 else TENS[t * 10] + ("-et-un" if u == 1 else "-" + SMALL[u])
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else SMALL[n - 60])
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + SMALL[n - 80]


def both(n):
    return [str(n), num(n)]


def hours_word(h):
    return {1: "une heure", 12: "midi"}.get(h, f"{num(h)} heures")


def durations():
    out = ["une minute", "1 minute", "une heure", "1 heure", "une demi-heure", "une heure et demie",
           "deux heures", "2 heures", "une minute et demie", "1 minute 30", "une heure trente",
           "deux minutes et trente secondes", "un quart d'heure", "trois quarts d'heure"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minutes" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} secondes" for w in both(n)]
    return out


def clocks():
    out = ["midi", "minuit", "midi et demi", "midi et quart"]
    for h in range(1, 12):
        w = hours_word(h)
        nxt = hours_word(h + 1)
        out += [f"{h}h", f"{h}h30", f"{h}h15", f"{h}h45", f"{h} heure" if h == 1 else f"{h} heures", w, f"{w} et demie", f"{w} et quart",
                f"{nxt} moins le quart", f"{nxt} moins quart", f"{w} trente", f"{w} quinze", f"{h}h05", f"{h}h20",
                f"{w} du matin", f"{h}h du matin", f"{w} et demie du matin"]
    for h in range(13, 24):
        out += [f"{h}h", f"{h}h30", f"{h}h15", f"{h}h45", f"{num(h)} heures", f"{num(h)} heures trente",
                f"{num(h)} heures quinze"]
    for h in range(5, 12):
        out += [f"{hours_word(h)} du soir", f"{h}h du soir"]
    out += [f"0{h}h{m}" for h in range(5, 10) for m in ("00", "15", "30", "45")] + [f"0{h}:30" for h in range(5, 10)]
    return out


def bare_hours(hours):
    out = []
    for h in hours:
        w = hours_word(h)
        out += [f"{h}h", f"{h}h30", w, f"{w} et demie", f"{w} et quart", f"{hours_word(h + 1)} moins le quart"]
    return out


def calendar_clocks():
    out = ["midi", "midi et demi", "12h30"]
    for h in range(8, 21):
        w = hours_word(h) if h < 13 else f"{num(h)} heures"
        half = "midi et demi" if h == 12 else f"{w} et demie" if h < 12 else f"{w} trente"
        out += [f"{h}h", f"{h}h30", f"{h}h15", f"{h}h45", w, f"{w} trente", half]
    return out


ITEMS = [("du lait", "le lait"), ("des œufs", "les œufs"), ("du pain", "le pain"), ("des pommes", "les pommes"),
         ("des poires", "les poires"), ("des bananes", "les bananes"), ("du beurre", "le beurre"),
         ("du fromage", "le fromage"), ("du café", "le café"), ("du riz", "le riz"), ("des pâtes", "les pâtes"),
         ("des tomates", "les tomates"), ("du papier toilette", "le papier toilette"),
         ("du liquide vaisselle", "le liquide vaisselle"), ("du jus d'orange", "le jus d'orange"),
         ("des yaourts", "les yaourts"), ("du poulet", "le poulet"), ("des oignons", "les oignons"),
         ("des pommes de terre", "les pommes de terre"), ("des carottes", "les carottes"),
         ("de l'huile d'olive", "l'huile d'olive"), ("du sucre", "le sucre"), ("de la farine", "la farine"),
         ("du lait d'avoine", "le lait d'avoine"), ("des croquettes pour le chat", "les croquettes"),
         ("des piles", "les piles"), ("des citrons", "les citrons"), ("de l'ail", "l'ail")]


def items():
    one = [p for p, _ in ITEMS]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} et {one[b]}" for a, b in pairs],
            [f"{one[a]} {one[b]} et {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("fois", "plus", "moins", "divisé par", "multiplié par"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 pour cent de 150", "quinze pour cent de quatre-vingts", "la racine carrée de 144",
            "la racine carrée de quatre-vingt-un", "2 puissance 10", "sept au carré"]
    return out


WHEN = ["[date : demain]", "[date : aujourd'hui]", "[date : après-demain]", "[date : lundi]", "[date : mardi]",
        "[date : mercredi]", "[date : jeudi]", "[date : vendredi]", "[date : samedi]", "[date : dimanche]",
        "[date : lundi prochain]", "[date : vendredi prochain]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} pour cent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare_hours(range(5, 12)),
        "h_evening": bare_hours(range(6, 12)),
        "when": WHEN,
        "cal_when": WHEN + ["le [date : douze juin]", "le [date : trois mars]", "[date : ce samedi]",
                            "le [date : 15]", "[date : la veille de noël]"],
        "freq": ["tous les jours", "chaque jour", "en semaine", "du lundi au vendredi", "tous les matins",
                 "tous les lundis"],
        "cal_freq": ["tous les jours", "chaque jour", "en semaine", "du lundi au vendredi", "tous les lundis"],
        "item": one, "item_def": [d for _, d in ITEMS], "items": one + two + three, "items2": two + three,
        "list": ["courses", "choses à faire", "tâches", "vacances", "noël", "cadeaux", "bricolage", "camping",
                 "pique-nique", "valise"],
        "in_room": ["dans la [house_place : cuisine]", "dans le [house_place : salon]", "dans la [house_place : chambre]",
                    "dans la [house_place : salle de bain]", "dans le [house_place : couloir]",
                    "dans le [house_place : bureau]", "dans la [house_place : salle à manger]",
                    "dans le [house_place : garage]", "dans la [house_place : chambre des enfants]",
                    "dans la [house_place : cave]", "dans le [house_place : séjour]"],
        "of_room": ["de la [house_place : cuisine]", "du [house_place : salon]", "de la [house_place : chambre]",
                    "de la [house_place : salle de bain]", "du [house_place : couloir]", "du [house_place : bureau]",
                    "de la [house_place : salle à manger]", "du [house_place : garage]"],
        "lamp": ["lampe", "lampe de chevet", "lampe de bureau", "lampe du salon", "veilleuse", "lampe de lecture"],
        "colour": ["rouge", "vert", "bleu", "jaune", "orange", "violet", "rose", "blanc", "blanc chaud", "turquoise"],
        "colour_f": ["rouge", "verte", "bleue", "jaune", "orange", "violette", "rose", "blanche", "turquoise"],
        "pct_to": [f"à {p}" for p in pct],
        "pct_by": [f"de {p}" for p in pct],
        "vol_to": [f"à {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["un peu", "un petit peu", "légèrement"],
        "event": ["dentiste", "rendez-vous chez le dentiste", "rendez-vous médical", "coiffeur", "réunion d'équipe",
                  "cours de yoga", "cours de piano", "entraînement de foot", "club de lecture", "entretien d'embauche",
                  "réunion parents-professeurs", "révision de la voiture", "vétérinaire", "fête d'anniversaire",
                  "kiné", "point projet"],
        "event_def": ["le [event_name : dentiste]", "mon [event_name : rendez-vous chez le dentiste]",
                      "la [event_name : réunion d'équipe]", "le [event_name : cours de yoga]",
                      "le [event_name : cours de piano]",
                      "mon [event_name : rendez-vous chez le coiffeur]", "la [event_name : fête d'anniversaire]",
                      "mon [event_name : entretien d'embauche]", "le [event_name : point projet]"],
        "a_meet": ["une [event_name : réunion]", "un [event_name : déjeuner]", "un [event_name : dîner]",
                   "un [event_name : appel]", "un [event_name : café]", "un [event_name : rendez-vous]"],
        "meet": ["réunion", "déjeuner", "dîner", "appel", "café", "rendez-vous"],
        "person": ["anna", "thomas", "sarah", "julien", "camille", "léa", "pierre", "marie", "lucas", "sophie"],
        "city": ["paris", "lyon", "marseille", "bruxelles", "montréal", "genève", "londres", "new york", "tokyo", "berlin"],
        "weather_verb": ["pleuvoir", "neiger", "faire beau", "faire froid", "faire chaud", "y avoir du vent"],
        "weather_adj": ["chaud", "froid", "beau", "doux"],
        "expr": maths(),
        "plug": ["prise", "prise connectée", "prise intelligente", "multiprise"],
        "coffee": ["expresso", "cappuccino", "café au lait", "café allongé"],
        "genre": ["du [music_genre : jazz]", "du [music_genre : rock]", "de la [music_genre : musique classique]",
                  "de la [music_genre : pop]", "du [music_genre : rap]", "de la [music_genre : musique relaxante]"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "mets un minuteur de {time=dur}",
        "minuteur {time=dur}",
        "minuteur de {time=dur}",
        "lance un minuteur de {time=dur}",
        "règle un minuteur sur {time=dur}",
        "démarre un minuteur de {time=dur}",
        "compte à rebours de {time=dur}",
        "lance un compte à rebours de {time=dur}",
        "mets un timer de {time=dur}",
        "timer {time=dur}",
        "peux-tu mettre un minuteur de {time=dur}",
        "tu peux lancer un minuteur de {time=dur}",
        "j'ai besoin d'un minuteur de {time=dur}",
        "réveille-moi dans {time=dur}",
        "un minuteur de {time=dur} s'il te plaît",
        "programme un minuteur pour {time=dur}",
        "mets le minuteur sur {time=dur}",
    ]),
    ("alarm_set", 48, [
        "mets une alarme à {time=clock}",
        "réveille-moi à {time=clock}",
        "règle le réveil à {time=clock}",
        "alarme à {time=clock}",
        "mets un réveil à {time=clock}",
        "réveille-moi {when} à {time=clock}",
        "mets une alarme pour {when} à {time=clock}",
        "mets une alarme {when} à {time=clock}",
        "programme une alarme à {time=clock} {general_frequency=freq}",
        "réveille-moi {general_frequency=freq} à {time=clock}",
        "réveille-moi à {time=h_morning} du [timeofday : matin]",
        "mets une alarme à {time=h_evening} du [timeofday : soir]",
        "réveille-moi [date : demain] [timeofday : matin] à {time=h_morning}",
        "peux-tu me réveiller à {time=clock}",
        "tu peux me réveiller [date : demain] à {time=clock}",
        "je veux me réveiller à {time=clock}",
        "nouvelle alarme à {time=clock}",
        "alarme {when} à {time=clock}",
        "crée une alarme pour {time=clock}",
        "règle une alarme à {time=clock} {when}",
    ]),
    ("alarm_query", 8, [
        "quelles alarmes j'ai", "montre-moi mes alarmes", "quand sonne mon réveil", "à quelle heure sonne mon réveil",
        "combien de temps reste-t-il sur le minuteur", "il reste combien de temps au minuteur",
        "est-ce que j'ai une alarme pour {when}", "liste mes alarmes", "quelles sont mes alarmes",
    ]),
    ("alarm_remove", 10, [
        "supprime mon alarme", "supprime toutes les alarmes", "arrête le minuteur", "annule le minuteur",
        "supprime l'alarme de {time=clock}", "annule l'alarme de {when}", "désactive mon réveil",
        "supprime l'alarme {when} à {time=clock}", "annule tous les minuteurs", "enlève l'alarme de {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "ajoute {items} à (ma|la) liste de {list_name=list}",
        "mets {items} sur (ma|la) liste de {list_name=list}",
        "ajoute {items} à la liste",
        "mets {items} sur la liste",
        "rajoute {items} à ma liste de {list_name=list}",
        "note {items} sur la liste de {list_name=list}",
        "peux-tu ajouter {items} à ma liste de {list_name=list}",
        "ajoute {items} sur ma liste de {list_name=list}",
        "inscris {items2} sur ma liste de {list_name=list}",
        "ajoute {items2} à la liste",
        "tu peux mettre {items} sur la liste de {list_name=list}",
        "il faut ajouter {items} à la liste de {list_name=list}",
    ]),
    ("lists_createoradd", 12, [
        "crée une (nouvelle |)liste de {list_name=list}",
        "fais une nouvelle liste de {list_name=list}",
        "commence une liste de {list_name=list}",
        "crée une nouvelle liste",
        "crée une liste appelée {list_name=list}",
        "nouvelle liste de {list_name=list}",
    ]),
    ("lists_remove", 18, [
        "enlève {item_def} de ma liste de {list_name=list}",
        "retire {item_def} de la liste",
        "supprime {item_def} de ma liste de {list_name=list}",
        "efface {item_def} de la liste",
        "enlève {item_def} de la liste de {list_name=list}",
        "barre {item_def} de ma liste",
        "supprime ma liste de {list_name=list}",
        "efface la liste de {list_name=list}",
        "vide ma liste de {list_name=list}",
        "retire {item_def} de ma liste",
    ]),
    ("lists_query", 16, [
        "qu'est-ce qu'il y a sur ma liste de {list_name=list}",
        "qu'est-ce qu'il y a sur la liste",
        "lis ma liste de {list_name=list}",
        "lis-moi la liste de {list_name=list}",
        "montre-moi ma liste de {list_name=list}",
        "qu'y a-t-il sur ma liste",
        "quelles sont mes listes",
        "quelles listes j'ai",
        "est-ce qu'il y a {item} sur ma liste de {list_name=list}",
        "c'est quoi ma liste de {list_name=list}",
        "dis-moi ce qu'il y a sur ma liste de {list_name=list}",
    ]),
    ("iot_hue_lighton", 36, [
        "allume la lumière",
        "allume les lumières",
        "allume (la lumière|les lumières) {in_room}",
        "allume la lumière {of_room}",
        "allume les lumières {of_room}",
        "lumière s'il te plaît",
        "allume",
        "allume la {device_type=lamp}",
        "allume la {device_type=lamp} {in_room}",
        "tu peux allumer la lumière",
        "peux-tu allumer la lumière {in_room}",
        "allume toutes les lumières",
        "il fait trop sombre allume la lumière",
        "allumer la lumière",
        "allumer les lumières {in_room}",
        "allume l'éclairage",
        "mets la lumière",
        "allume la lumière s'il te plaît",
        "tu peux allumer la {device_type=lamp}",
    ]),
    ("iot_hue_lightoff", 24, [
        "éteins la lumière",
        "éteins les lumières",
        "éteins (la lumière|les lumières) {in_room}",
        "éteins la lumière {of_room}",
        "éteins la {device_type=lamp}",
        "éteins la {device_type=lamp} {in_room}",
        "éteins toutes les lumières",
        "éteindre la lumière",
        "coupe la lumière",
        "tu peux éteindre la lumière",
        "éteins tout",
        "éteins l'éclairage {in_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "augmente la lumière", "plus de lumière", "monte la lumière", "augmente la luminosité",
        "augmente la luminosité {change_amount=pct_by}", "augmente {change_amount=bit} la lumière",
        "mets plus de lumière {in_room}", "monte la lumière {in_room}", "plus de lumière s'il te plaît",
        "c'est trop sombre augmente la lumière",
    ]),
    ("iot_hue_lightdim", 14, [
        "baisse la lumière", "tamise la lumière", "diminue la luminosité", "baisse la lumière {in_room}",
        "baisse {change_amount=bit} la lumière", "baisse la lumière {change_amount=pct_to}", "moins de lumière",
        "la lumière est trop forte", "tamise les lumières {of_room}", "diminue la lumière",
    ]),
    ("iot_hue_lightchange", 26, [
        "mets la lumière en {color_type=colour}",
        "change la couleur de la lumière en {color_type=colour}",
        "passe la lumière en {color_type=colour}",
        "mets les lumières {in_room} en {color_type=colour}",
        "change la lumière en {color_type=colour}",
        "lumière {color_type=colour_f}",
        "je veux une lumière {color_type=colour_f}",
        "mets la {device_type=lamp} en {color_type=colour}",
        "règle la luminosité {change_amount=pct_to}",
        "mets la lumière {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "monte le son", "plus fort", "augmente le volume", "monte le volume", "mets plus fort", "plus fort s'il te plaît",
        "monte {change_amount=bit} le son", "augmente {change_amount=bit} le volume", "je n'entends rien monte le son",
        "augmente le son", "tu peux monter le son", "monte le son de la musique",
    ]),
    ("audio_volume_up", 12, [
        "mets le volume {change_amount=vol_to}", "volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "règle le volume {change_amount=vol_to}", "monte le volume {change_amount=vol_to}",
        "augmente le volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "baisse le son", "moins fort", "baisse le volume", "diminue le volume", "c'est trop fort",
        "baisse {change_amount=bit} le son", "baisse le volume {change_amount=vol_to}", "parle moins fort",
        "moins fort s'il te plaît", "tu peux baisser le son", "baisse la musique", "diminue le son",
    ]),
    ("audio_volume_mute", 9, [
        "coupe le son", "mets en sourdine", "silence", "tais-toi", "mode muet", "coupe le volume", "sourdine",
        "mets le son en muet", "coupe le haut-parleur",
    ]),
    ("calendar_set", 40, [
        "ajoute {event_name=event} {cal_when} à {time=cal_clock}",
        "ajoute {event_name=event} à mon agenda {cal_when} à {time=cal_clock}",
        "mets {event_name=event} dans mon agenda {cal_when} à {time=cal_clock}",
        "note {event_name=event} {cal_when} à {time=cal_clock}",
        "crée un événement {event_name=event} {cal_when} à {time=cal_clock}",
        "{a_meet} avec {person=person} {cal_when} à {time=cal_clock}",
        "planifie {a_meet} avec {person=person} {cal_when} à {time=cal_clock}",
        "ajoute {a_meet} avec {person=person} {cal_when} à {time=cal_clock}",
        "{event_name=meet} avec {person=person} {cal_when} à {time=cal_clock}",
        "ajoute {event_name=event} {cal_when}",
        "j'ai {event_name=event} {cal_when} à {time=cal_clock} note-le",
        "inscris {event_name=event} dans le calendrier {cal_when} à {time=cal_clock}",
        "ajoute {event_name=event} {general_frequency=cal_freq} à {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "qu'est-ce que j'ai {cal_when}", "qu'est-ce qu'il y a dans mon agenda {cal_when}",
        "montre mon agenda pour {cal_when}", "quel est mon prochain rendez-vous", "quels sont mes rendez-vous {cal_when}",
        "est-ce que j'ai quelque chose {cal_when}", "lis mon agenda", "c'est quand {event_def}",
        "à quelle heure est {event_def}", "qu'est-ce que j'ai de prévu {cal_when}", "j'ai {event_name=event} {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "annule {event_def} {cal_when}", "supprime {event_def} de mon agenda", "annule {event_def}",
        "supprime tous les rendez-vous {cal_when}", "efface {event_def} du calendrier", "vide mon agenda {cal_when}",
    ]),
    ("qa_maths", 24, [
        "combien font {expr}", "combien fait {expr}", "calcule {expr}", "{expr}", "c'est combien {expr}",
        "ça fait combien {expr}", "quel est le résultat de {expr}", "tu peux calculer {expr}",
    ]),
    ("datetime_query", 18, [
        "quelle heure est-il", "il est quelle heure", "quelle heure il est", "donne-moi l'heure",
        "on est quel jour", "quel jour sommes-nous", "quelle est la date [date : d'aujourd'hui]",
        "quel jour serons-nous [date : demain]", "on est le combien [date : aujourd'hui]", "quelle heure est-il à {place_name=city}",
        "il est quelle heure à {place_name=city}", "quel jour tombe [date : noël] cette année", "c'est quel jour [date : demain]",
        "quelle est la date", "quel jour on est [date : aujourd'hui]", "quelle est la date de [date : vendredi prochain]",
    ]),
    ("weather_query", 18, [
        "quel temps fait-il", "quel temps fera-t-il {when}", "météo {when}", "quel temps fait-il à {place_name=city}",
        "est-ce qu'il va {weather_descriptor=weather_verb} {when}", "va-t-il {weather_descriptor=weather_verb} {when}",
        "est-ce qu'il fera {weather_descriptor=weather_adj} {when}", "quelle est la [weather_descriptor : température] dehors",
        "est-ce que j'ai besoin d'un [weather_descriptor : parapluie] {when}", "prévisions météo pour {when}",
        "est-ce qu'il [weather_descriptor : pleut] à {place_name=city}", "la météo à {place_name=city} {when}",
    ]),
    ("general_joke", 5, ["raconte-moi une blague", "dis-moi une blague", "fais-moi rire", "tu connais une blague",
                         "raconte une blague"]),
    ("general_greet", 5, ["bonjour", "salut", "bonsoir", "salut comment ça va", "coucou", "bonjour comment vas-tu"]),
    ("iot_coffee", 5, ["fais-moi un café", "prépare un café", "j'ai besoin d'un café", "fais-moi un {coffee_type=coffee}",
                       "lance la machine à café", "prépare-moi un {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["lance l'aspirateur", "passe l'aspirateur {in_room}", "démarre le [device_type : robot aspirateur]",
                         "allume l'aspirateur", "fais le ménage {in_room}"]),
    ("iot_wemo_on", 4, ["allume la {device_type=plug}", "active la {device_type=plug}", "mets la {device_type=plug} en marche"]),
    ("iot_wemo_off", 4, ["éteins la {device_type=plug}", "coupe la {device_type=plug}", "désactive la {device_type=plug}"]),
    ("play_music", 5, ["mets de la musique", "mets {genre}", "joue {genre}", "lance de la musique"]),
    ("play_radio", 3, ["allume la radio", "mets la radio", "lance la radio"]),
]
