"""Hindi (hi-IN) command templates. Pattern language: see ../README.md.

Clock times keep "बजे" inside the time slot ("[time : साढ़े सात बजे]" = 7:30, "सवा सात" = 7:15,
"पौने आठ" = 7:45, "डेढ़" = 1:30, "ढाई" = 2:30); सुबह / शाम / रात are the timeofday slot. English
loanwords are written in Devanagari, as the recognizer writes them (लाइट, लिस्ट, अलार्म).
"""

WORDS = {1: "एक", 2: "दो", 3: "तीन", 4: "चार", 5: "पाँच", 6: "छह", 7: "सात", 8: "आठ", 9: "नौ", 10: "दस",
         11: "ग्यारह", 12: "बारह", 13: "तेरह", 14: "चौदह", 15: "पंद्रह", 16: "सोलह", 17: "सत्रह", 18: "अठारह",
         19: "उन्नीस", 20: "बीस", 25: "पच्चीस", 30: "तीस", 35: "पैंतीस", 36: "छत्तीस", 40: "चालीस", 45: "पैंतालीस",
         50: "पचास", 60: "साठ", 64: "चौंसठ", 70: "सत्तर", 75: "पचहत्तर", 80: "अस्सी", 81: "इक्यासी", 90: "नब्बे",
         100: "सौ"}


def num(n):
    return WORDS[n]


def both(n):
    return [str(n), num(n)]


def durations():
    """Oblique forms, as before का / के लिए: एक घंटे का टाइमर."""
    out = ["एक मिनट", "1 मिनट", "एक घंटे", "1 घंटे", "आधे घंटे", "डेढ़ घंटे", "दो घंटे", "2 घंटे", "डेढ़ मिनट",
           "ढाई मिनट", "ढाई घंटे", "सवा घंटे"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} मिनट" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} सेकंड" for w in both(n)]
    return out


def clock_words(h):
    """7 बजे, साढ़े सात बजे, सवा सात बजे, पौने आठ बजे (1:30 is डेढ़, 2:30 ढाई)."""
    nxt = h % 12 + 1
    half = {1: "डेढ़", 2: "ढाई"}.get(h, f"साढ़े {num(h)}")
    return [f"{h} बजे", f"{num(h)} बजे", f"{half} बजे", f"सवा {num(h)} बजे", f"पौने {num(nxt)} बजे", f"{h}:30 बजे",
            f"{h}:15 बजे", f"{h}:45 बजे", f"{h} बजकर 10 मिनट"]


def clocks():
    out = ["12 बजे", "बारह बजे", "साढ़े बारह बजे"]
    for h in range(1, 12):
        out += clock_words(h)
    return out


def with_period(hours, period):
    return [f"[timeofday : {period}] [time : {t}]" for h in hours for t in clock_words(h)[:5]]


def items():
    one = ["दूध", "अंडे", "ब्रेड", "सेब", "नाशपाती", "केले", "मक्खन", "पनीर", "कॉफ़ी", "चावल", "आटा", "टमाटर",
           "टॉयलेट पेपर", "बर्तन धोने का साबुन", "संतरे का जूस", "दही", "चिकन", "प्याज़", "आलू", "गाजर", "जैतून का तेल",
           "चीनी", "दाल", "चाय पत्ती", "बिल्ली का खाना", "बैटरी", "नींबू", "लहसुन"]
    pairs = [(3, 5), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} और {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} और {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("गुणा", "प्लस", "माइनस", "भाग", "जमा", "घटा"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["150 का 20 प्रतिशत", "अस्सी का पंद्रह प्रतिशत", "144 का वर्गमूल", "इक्यासी का वर्गमूल", "7 का वर्ग"]
    return out


WHEN = ["[date : कल]", "[date : आज]", "[date : परसों]", "[date : सोमवार] को", "[date : मंगलवार] को", "[date : बुधवार] को",
        "[date : गुरुवार] को", "[date : शुक्रवार] को", "[date : शनिवार] को", "[date : रविवार] को",
        "[date : अगले शुक्रवार] को", "[date : अगले सोमवार] को"]


def vocab():
    one, two, three = items()
    pct = [f"{w} प्रतिशत" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "morning": with_period(range(5, 12), "सुबह"),
        "evening": with_period(range(5, 9), "शाम") + with_period(range(9, 12), "रात"),
        "cal_at": [f"[time : {t}]" for h in (8, 9, 10, 11) for t in clock_words(h)[:4]] +
                  with_period(range(9, 12), "सुबह") + with_period(range(1, 4), "दोपहर") + with_period(range(4, 8), "शाम"),
        "when": WHEN,
        "cal_when": WHEN + ["[date : बारह जून] को", "[date : तीन मार्च] को", "[date : इस शनिवार] को", "[date : 15 तारीख] को",
                            "[date : दिवाली] पर"],
        "freq": ["रोज़", "हर दिन", "हर सुबह", "सोमवार से शुक्रवार", "हर सोमवार", "रोज़ाना"],
        "cal_freq": ["हर दिन", "सोमवार से शुक्रवार", "हर सोमवार", "हर हफ़्ते"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["शॉपिंग", "किराना", "राशन", "पैकिंग", "दिवाली", "जन्मदिन", "ऑफिस", "यात्रा", "टू डू", "घर के सामान"],
        "list_ki": ["किराने", "खरीदारी", "राशन", "दिवाली", "जन्मदिन", "यात्रा", "ज़रूरी कामों"],
        "room": ["किचन", "रसोई", "बेडरूम", "लिविंग रूम", "बाथरूम", "ऑफिस", "बालकनी", "बच्चों के कमरे", "गैराज", "ड्राइंग रूम",
                 "स्टडी रूम"],
        "lamp": ["लैंप", "टेबल लैंप", "बेडसाइड लैंप", "नाइट लैंप", "लैंप शेड"],
        "colour_f": ["लाल", "हरी", "नीली", "पीली", "नारंगी", "बैंगनी", "गुलाबी", "सफ़ेद"],
        "colour_obl": ["लाल", "हरे", "नीले", "पीले", "नारंगी", "बैंगनी", "गुलाबी", "सफ़ेद", "आसमानी"],
        "pct": pct,
        "vol": levels + pct[1::3],
        "bit": ["थोड़ा", "थोड़ी सी", "थोड़ा और"],
        "event": ["डेंटिस्ट", "डॉक्टर की अपॉइंटमेंट", "टीम मीटिंग", "योगा क्लास", "पियानो क्लास", "फुटबॉल प्रैक्टिस",
                  "इंटरव्यू", "गाड़ी की सर्विसिंग", "जन्मदिन की पार्टी", "मीटिंग", "पेरेंट टीचर मीटिंग", "जिम", "ट्यूशन"],
        "meet": ["मीटिंग", "लंच", "डिनर", "कॉल", "चाय"],
        "person": ["राहुल", "प्रिया", "अमित", "नेहा", "रोहन", "अंजलि", "विकास", "पूजा", "अर्जुन", "सीमा"],
        "city": ["दिल्ली", "मुंबई", "बेंगलुरु", "कोलकाता", "चेन्नई", "जयपुर", "लखनऊ", "लंदन", "न्यूयॉर्क", "दुबई"],
        "rain": ["बारिश", "बर्फ़बारी", "आँधी"],
        "hotcold": ["ठंड", "गर्मी", "धूप"],
        "expr": maths(),
        "plug": ["प्लग", "स्मार्ट प्लग", "सॉकेट"],
        "coffee": ["कैपुचीनो", "एस्प्रेसो", "कोल्ड कॉफ़ी", "ब्लैक कॉफ़ी", "फ़िल्टर कॉफ़ी"],
        "genre": ["बॉलीवुड", "क्लासिकल", "भजन", "ग़ज़ल", "पॉप", "पंजाबी"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur} का टाइमर लगाओ",
        "{time=dur} का टाइमर सेट करो",
        "टाइमर {time=dur} का",
        "{time=dur} के लिए टाइमर लगा दो",
        "टाइमर लगाओ {time=dur} का",
        "{time=dur} का काउंटडाउन शुरू करो",
        "{time=dur} की उल्टी गिनती शुरू करो",
        "{time=dur} बाद मुझे बताना",
        "कृपया {time=dur} का टाइमर लगाएं",
        "{time=dur} का टाइमर चालू करो",
        "मुझे {time=dur} का टाइमर चाहिए",
        "टाइमर {time=dur}",
        "{time=dur} का टाइमर लगा दो",
    ]),
    ("alarm_set", 48, [
        "{time=clock} का अलार्म लगाओ",
        "{time=clock} का अलार्म सेट करो",
        "मुझे {time=clock} उठा देना",
        "{time=clock} जगा देना",
        "{when} {time=clock} का अलार्म लगाओ",
        "{when} {time=clock} मुझे जगा देना",
        "{morning} मुझे जगा देना",
        "{morning} का अलार्म लगा दो",
        "{evening} का अलार्म लगा दो",
        "[date : कल] {morning} का अलार्म लगाओ",
        "{general_frequency=freq} {time=clock} का अलार्म लगाओ",
        "अलार्म {time=clock} पर सेट करो",
        "{time=clock} पर अलार्म लगा दो",
        "कृपया {time=clock} का अलार्म लगाएं",
        "{general_frequency=freq} {morning} मुझे उठा देना",
        "{when} {morning} का अलार्म सेट कर दो",
    ]),
    ("alarm_query", 8, [
        "मेरे कितने अलार्म लगे हैं", "मेरे अलार्म दिखाओ", "अगला अलार्म कितने बजे है", "अलार्म कितने बजे का लगा है",
        "टाइमर में कितना समय बचा है", "टाइमर कितनी देर का बचा है", "क्या {when} का कोई अलार्म है", "सारे अलार्म दिखाओ",
    ]),
    ("alarm_remove", 10, [
        "अलार्म हटा दो", "सारे अलार्म डिलीट कर दो", "टाइमर बंद करो", "टाइमर कैंसल करो", "{time=clock} का अलार्म हटा दो",
        "{when} का अलार्म कैंसल करो", "अलार्म बंद कर दो", "{when} {time=clock} वाला अलार्म हटा दो", "सारे टाइमर हटा दो",
    ]),
    ("lists_createoradd", 34, [
        "{items} को {list_name=list} लिस्ट में डाल दो",
        "{list_name=list} लिस्ट में {items} जोड़ो",
        "{list_name=list} लिस्ट में {items} ऐड करो",
        "{items} {list_name=list_ki} की सूची में जोड़ दो",
        "लिस्ट में {items} डाल दो",
        "मेरी {list_name=list} लिस्ट में {items} लिख दो",
        "{items} लिस्ट में जोड़ दो",
        "कृपया {list_name=list_ki} की सूची में {items} जोड़ें",
        "{items2} को {list_name=list} लिस्ट में ऐड कर दो",
        "मेरी लिस्ट में {items} डाल दो",
    ]),
    ("lists_createoradd", 12, [
        "नई {list_name=list} लिस्ट बनाओ",
        "एक नई लिस्ट बनाओ",
        "{list_name=list_ki} की सूची बनाओ",
        "{list_name=list} नाम की लिस्ट बनाओ",
        "एक {list_name=list} लिस्ट बना दो",
    ]),
    ("lists_remove", 18, [
        "{list_name=list} लिस्ट से {item} हटा दो",
        "लिस्ट से {item} हटाओ",
        "{item} को {list_name=list_ki} की सूची से निकाल दो",
        "{list_name=list} लिस्ट डिलीट करो",
        "मेरी {list_name=list} लिस्ट मिटा दो",
        "{list_name=list} लिस्ट खाली कर दो",
        "{item} लिस्ट से हटा दो",
    ]),
    ("lists_query", 16, [
        "मेरी {list_name=list} लिस्ट में क्या है",
        "{list_name=list} लिस्ट पढ़ो",
        "{list_name=list_ki} की सूची दिखाओ",
        "लिस्ट में क्या क्या है",
        "मेरे पास कौन सी लिस्ट हैं",
        "क्या {list_name=list} लिस्ट में {item} है",
        "{list_name=list} लिस्ट पढ़कर सुनाओ",
        "{list_name=list_ki} की सूची में क्या है",
    ]),
    ("iot_hue_lighton", 36, [
        "लाइट जलाओ",
        "लाइट ऑन करो",
        "बत्ती जला दो",
        "लाइट चालू करो",
        "{house_place=room} की लाइट जला दो",
        "{house_place=room} की लाइट ऑन कर दो",
        "{house_place=room} में लाइट जलाओ",
        "{device_type=lamp} चालू करो",
        "{house_place=room} का {device_type=lamp} जला दो",
        "सारी लाइटें जला दो",
        "अंधेरा है लाइट जला दो",
        "लाइट्स ऑन करो",
        "कृपया लाइट चालू करें",
        "{house_place=room} की बत्ती जलाओ",
        "लाइट जला दो",
    ]),
    ("iot_hue_lightoff", 24, [
        "लाइट बंद करो",
        "लाइट बुझा दो",
        "बत्ती बंद कर दो",
        "लाइट ऑफ करो",
        "{house_place=room} की लाइट बंद करो",
        "{house_place=room} की लाइट ऑफ कर दो",
        "{device_type=lamp} बंद करो",
        "सारी लाइटें बंद कर दो",
        "कृपया लाइट बंद करें",
        "{house_place=room} की बत्ती बुझा दो",
    ]),
    ("iot_hue_lightup", 14, [
        "लाइट तेज़ करो", "रोशनी बढ़ाओ", "ब्राइटनेस बढ़ाओ", "ब्राइटनेस {change_amount=pct} बढ़ाओ", "लाइट {change_amount=bit} तेज़ करो",
        "{house_place=room} की रोशनी बढ़ा दो", "और रोशनी चाहिए", "लाइट की ब्राइटनेस बढ़ा दो", "रोशनी {change_amount=bit} बढ़ा दो",
    ]),
    ("iot_hue_lightdim", 14, [
        "लाइट धीमी करो", "रोशनी कम करो", "ब्राइटनेस कम करो", "लाइट {change_amount=bit} कम कर दो",
        "ब्राइटनेस {change_amount=pct} तक कम करो", "{house_place=room} की लाइट धीमी करो", "लाइट डिम करो", "रोशनी बहुत तेज़ है",
    ]),
    ("iot_hue_lightchange", 26, [
        "लाइट {color_type=colour_f} कर दो",
        "लाइट को {color_type=colour_obl} रंग में बदल दो",
        "{house_place=room} की लाइट {color_type=colour_f} कर दो",
        "लाइट का रंग बदलकर {color_type=colour_f} कर दो",
        "{house_place=room} की रोशनी को {color_type=colour_obl} रंग में कर दो",
        "{color_type=colour_f} लाइट जला दो",
        "ब्राइटनेस {change_amount=pct} पर सेट करो",
        "लाइट {change_amount=pct} पर कर दो",
    ]),
    ("audio_volume_up", 14, [
        "आवाज़ बढ़ाओ", "वॉल्यूम बढ़ाओ", "आवाज़ तेज़ करो", "थोड़ा ज़ोर से", "वॉल्यूम {change_amount=bit} बढ़ा दो",
        "सुनाई नहीं दे रहा आवाज़ बढ़ाओ", "वॉल्यूम अप करो", "और तेज़", "आवाज़ {change_amount=bit} तेज़ कर दो", "वॉल्यूम बढ़ा दो",
    ]),
    ("audio_volume_up", 12, [
        "वॉल्यूम {change_amount=vol} पर कर दो", "आवाज़ {change_amount=vol} पर सेट करो", "वॉल्यूम {change_amount=vol} कर दो",
        "वॉल्यूम {change_amount=vol} पर सेट कर दो", "आवाज़ {change_amount=vol} तक बढ़ाओ",
    ]),
    ("audio_volume_down", 14, [
        "आवाज़ कम करो", "वॉल्यूम कम करो", "आवाज़ धीमी करो", "धीरे बोलो", "बहुत तेज़ है आवाज़ कम करो",
        "वॉल्यूम {change_amount=bit} कम कर दो", "वॉल्यूम {change_amount=vol} तक कम कर दो", "वॉल्यूम डाउन करो",
        "आवाज़ {change_amount=bit} धीमी कर दो", "वॉल्यूम घटाओ",
    ]),
    ("audio_volume_mute", 9, [
        "म्यूट करो", "आवाज़ बंद करो", "चुप हो जाओ", "साउंड बंद कर दो", "म्यूट कर दो", "स्पीकर म्यूट करो", "बिल्कुल चुप",
    ]),
    ("calendar_set", 40, [
        "{cal_when} {cal_at} {event_name=event} जोड़ो",
        "{cal_when} {cal_at} {event_name=event} कैलेंडर में डाल दो",
        "कैलेंडर में {cal_when} {cal_at} {event_name=event} जोड़ दो",
        "{cal_when} {cal_at} {person=person} के साथ {event_name=meet}",
        "{cal_when} {cal_at} {person=person} के साथ {event_name=meet} रखो",
        "मुझे {cal_when} {cal_at} {event_name=event} की याद दिलाना",
        "{cal_when} {event_name=event} कैलेंडर में जोड़ो",
        "{general_frequency=cal_freq} {cal_at} {event_name=event} जोड़ो",
        "{cal_when} {cal_at} {event_name=event} है इसे कैलेंडर में डाल दो",
        "{event_name=event} {cal_when} {cal_at} शेड्यूल करो",
    ]),
    ("calendar_query", 14, [
        "{cal_when} मेरा क्या प्लान है", "{cal_when} कैलेंडर में क्या है", "मेरा कैलेंडर दिखाओ", "मेरी अगली मीटिंग कब है",
        "{cal_when} कुछ है क्या", "{event_name=event} कब है", "{event_name=event} कितने बजे है", "{cal_when} मेरे क्या काम हैं",
        "क्या {cal_when} {event_name=event} है",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} कैंसल कर दो", "{cal_when} के सारे इवेंट हटा दो", "कैलेंडर से {event_name=event} हटा दो",
        "{cal_when} {event_name=event} कैंसल करो", "{event_name=event} डिलीट कर दो",
    ]),
    ("qa_maths", 24, [
        "{expr} कितना होता है", "{expr} कितने होते हैं", "{expr} का जवाब क्या है", "{expr} बताओ", "{expr}",
        "{expr} कितना है", "जरा {expr} बताना",
    ]),
    ("datetime_query", 18, [
        "अभी कितने बजे हैं", "टाइम क्या हुआ है", "समय क्या है", "कितने बजे हैं", "[date : आज] कौन सी तारीख है",
        "[date : आज] क्या दिन है", "[date : कल] कौन सा दिन है", "[date : कल] क्या तारीख है",
        "{place_name=city} में अभी कितने बजे हैं", "[date : दिवाली] किस दिन है", "[date : आज] की तारीख बताओ",
        "अभी क्या टाइम है", "{place_name=city} में क्या टाइम हुआ है", "[date : अगले शुक्रवार] को कौन सी तारीख है",
    ]),
    ("weather_query", 18, [
        "मौसम कैसा है", "[date : आज] मौसम कैसा है", "{when} मौसम कैसा रहेगा", "{place_name=city} में मौसम कैसा है",
        "क्या {when} {weather_descriptor=rain} होगी", "{when} {weather_descriptor=rain} होगी क्या",
        "क्या {when} {weather_descriptor=hotcold} रहेगी", "[weather_descriptor : तापमान] कितना है",
        "क्या {when} [weather_descriptor : छाता] ले जाना चाहिए", "{place_name=city} में {when} का मौसम बताओ",
        "मौसम का हाल बताओ", "बाहर कितनी [weather_descriptor : गर्मी] है",
    ]),
    ("general_joke", 5, ["एक चुटकुला सुनाओ", "कोई जोक सुनाओ", "मुझे हँसाओ", "कुछ मज़ेदार सुनाओ", "चुटकुला सुनाओ"]),
    ("general_greet", 5, ["नमस्ते", "हेलो", "सुप्रभात", "शुभ संध्या", "हाय कैसे हो", "नमस्कार"]),
    ("iot_coffee", 5, ["मेरे लिए कॉफ़ी बनाओ", "कॉफ़ी बना दो", "मुझे कॉफ़ी चाहिए", "एक {coffee_type=coffee} बना दो",
                       "कॉफ़ी मशीन चालू करो"]),
    ("iot_cleaning", 5, ["वैक्यूम क्लीनर चालू करो", "{house_place=room} की सफ़ाई करो", "[device_type : रोबोट वैक्यूम] चालू करो",
                         "{house_place=room} में झाड़ू लगाओ", "सफ़ाई शुरू करो"]),
    ("iot_wemo_on", 4, ["{device_type=plug} चालू करो", "{device_type=plug} ऑन कर दो"]),
    ("iot_wemo_off", 4, ["{device_type=plug} बंद करो", "{device_type=plug} ऑफ कर दो"]),
    ("play_music", 5, ["गाना चलाओ", "कुछ संगीत बजाओ", "{music_genre=genre} गाने चलाओ", "{music_genre=genre} संगीत बजाओ"]),
    ("play_radio", 3, ["रेडियो चलाओ", "रेडियो चालू करो", "एफ़ एम चलाओ"]),
]
