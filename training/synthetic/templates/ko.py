"""Korean (ko-KR) command templates. Pattern language: see ../README.md.

Written with ordinary spacing, as a recognizer writes Korean. A particle written onto a slot word
stays inside the slot ("[time : 7시에]", "[color_type : 파란색으로]", "[person : 민수랑]"), as
MASSIVE's ko-KR does for attached particles. Hours are native numbers (일곱 시), minutes Sino (삼십 분);
"반" is :30, "8시 15분 전" is 7:45.
"""

SINO = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
NATIVE_HOURS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "열한", "열두"]


def num(n):
    """Sino-Korean numbers 0..100."""
    if n == 100:
        return "백"
    if n < 10:
        return SINO[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else SINO[t]) + "십" + ("" if u == 0 else SINO[u])


def has_final(word):
    """Whether the last syllable has a final consonant (받침)."""
    c = word[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return c in "013678"  # 영/십, 일, 삼, 육, 칠, 팔 end in a consonant


def ro(word):
    """The particle 로 / 으로 (로 after a vowel or ㄹ)."""
    c = word[-1]
    if "가" <= c <= "힣":
        final = (ord(c) - 0xAC00) % 28
        return word + ("로" if final in (0, 8) else "으로")
    return word + ("로" if c in "1245789" else "으로")


def durations():
    out = ["1시간", "한 시간", "1시간 30분", "한 시간 반", "두 시간", "2시간", "1분", "일 분", "30초", "삼십 초", "1분 30초",
           "2분 30초", "90초"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        out += [f"{n}분", f"{num(n)} 분"]
    for n in (10, 15, 20, 45):
        out += [f"{n}초", f"{num(n)} 초"]
    return out


def clocks():
    out = ["정오", "자정", "낮 12시"]
    for h in range(1, 13):
        nh = NATIVE_HOURS[h]
        out += [f"{h}시", f"{nh} 시", f"{h}시 30분", f"{h}시 반", f"{nh} 시 반", f"{h}시 15분", f"{h}시 45분",
                f"{h % 12 + 1}시 15분 전", f"{nh} 시 {num(10)} 분", f"{h}시 5분"]
        out += [f"오전 {h}시", f"오전 {h}시 반", f"오후 {h}시", f"오후 {nh} 시 반"] if h < 12 else []
    return out


def bare(hours):
    out = []
    for h in hours:
        nh = NATIVE_HOURS[h]
        out += [f"{h}시", f"{nh} 시", f"{h}시 반", f"{nh} 시 반", f"{h}시 30분", f"{h}시 15분"]
    return out


def calendar_clocks():
    out = ["12시", "낮 12시", "12시 반"]
    for h in range(8, 12):
        out += [f"{h}시", f"오전 {h}시", f"오전 {NATIVE_HOURS[h]} 시", f"{h}시 반", f"오전 {h}시 30분"]
    for h in range(1, 9):
        out += [f"오후 {h}시", f"오후 {NATIVE_HOURS[h]} 시", f"오후 {h}시 반", f"오후 {h}시 30분", f"{h}시"]
    for h in range(6, 9):
        out += [f"저녁 {h}시", f"저녁 {NATIVE_HOURS[h]} 시 반"]
    return out


def obj(word):
    return word + ("을" if has_final(word) else "를")


def items():
    one = ["우유", "계란", "빵", "사과", "배", "바나나", "버터", "치즈", "커피", "쌀", "파스타", "토마토", "휴지", "주방 세제",
           "오렌지 주스", "요거트", "닭고기", "양파", "감자", "당근", "올리브유", "설탕", "밀가루", "두유", "고양이 사료",
           "건전지", "레몬", "마늘"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    with_ = lambda w: w + ("이랑" if has_final(w) else "랑")  # noqa: E731
    two = [f"{with_(one[a])} {one[b]}" for a, b in pairs[::2]] + [f"{one[a]}하고 {one[b]}" for a, b in pairs[1::2]]
    three = [f"{with_(one[a])} {with_(one[b])} {one[c]}" for a, b, c in triples]
    return one, two, three


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("곱하기", "더하기", "빼기", "나누기"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["150의 20퍼센트", "144의 제곱근", "2의 10제곱", "7의 제곱", "팔십의 십오 퍼센트"]
    return out


DAYS = ["내일", "오늘", "모레", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "다음 주 금요일",
        "이번 주 토요일"]
VOL_RO = [ro(str(n)) for n in range(1, 11)]


def vocab():
    one, two, three = items()
    pct = [f"{n}퍼센트" for n in (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)] + [f"{n}%" for n in (20, 50, 80)]
    return {
        "dur": durations(),
        "dur_ro": [ro(d) for d in durations()],
        "clock": clocks(),
        "clock_e": [c + "에" for c in clocks()],
        "clock_ro": [ro(c) for c in clocks()],
        "h_e": [c + "에" for c in bare(range(5, 12))],
        "h": bare(range(6, 12)),
        "cal_clock": calendar_clocks(),
        "cal_clock_e": [c + "에" for c in calendar_clocks()],
        "day": DAYS,
        "cal_day": DAYS + ["6월 12일", "3월 3일", "15일", "크리스마스 이브", "다음 주 화요일"],
        "freq": ["매일", "평일마다", "매일 아침", "월요일마다", "주중에"],
        "cal_freq": ["매일", "평일마다", "매주 월요일", "매주"],
        "item": one, "item_obj": [obj(w) for w in one], "items": one + two + three, "items_obj": [obj(w) for w in one + two + three],
        "list": ["장보기", "쇼핑", "식료품", "할 일", "준비물", "여행", "선물", "이사", "캠핑", "생필품"],
        "room": ["거실", "주방", "부엌", "침실", "안방", "욕실", "화장실", "복도", "서재", "현관", "아이 방", "베란다"],
        "lamp": ["스탠드", "무드등", "전등", "책상 스탠드", "취침등", "천장등"],
        "colour": ["빨간색", "초록색", "파란색", "노란색", "주황색", "보라색", "분홍색", "흰색", "하늘색", "전구색"],
        "colour_ro": [ro(c) for c in ["빨간색", "초록색", "파란색", "노란색", "주황색", "보라색", "분홍색", "흰색", "하늘색",
                                      "전구색"]],
        "pct": pct,
        "pct_ro": [ro(p) if not p.endswith("%") else p + "로" for p in pct],
        "vol_ro": VOL_RO + ["30퍼센트로", "50퍼센트로"],
        "vol": [str(n) for n in range(1, 11)],
        "bit": ["조금", "좀 더", "약간"],
        "event": ["치과", "치과 예약", "병원 예약", "미용실", "팀 회의", "요가 수업", "피아노 레슨", "축구 연습", "독서 모임",
                  "면접", "자동차 정비", "동물병원", "생일 파티", "회의", "헬스", "학부모 상담"],
        "meet": ["미팅", "점심", "저녁 약속", "통화", "커피", "회의"],
        "person_with": ["민수랑", "지은이랑", "서준이랑", "유진이랑", "현우랑", "수빈이랑", "도윤이랑", "민지랑", "김 과장님이랑",
                        "엄마랑"],
        "city": ["서울", "부산", "제주", "대구", "인천", "뉴욕", "런던", "도쿄", "파리", "시드니"],
        "precip": ["비", "눈"],
        "feel": ["추워", "더워", "쌀쌀해", "맑아"],
        "expr": maths(),
        "plug": ["플러그", "스마트 플러그", "멀티탭"],
        "coffee": ["아메리카노", "라떼", "에스프레소", "카푸치노", "믹스 커피"],
        "genre": ["재즈", "발라드", "케이팝", "클래식", "힙합", "잔잔한 음악"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur} 타이머 맞춰 줘",
        "타이머 {time=dur}",
        "{time=dur} 타이머",
        "{time=dur} 타이머 시작해 줘",
        "타이머 {time=dur_ro} 설정해 줘",
        "{time=dur} 뒤에 알려 줘",
        "{time=dur} 후에 깨워 줘",
        "{time=dur} 카운트다운 해 줘",
        "타이머 {time=dur} 맞춰 줘",
        "{time=dur} 재 줘",
        "{time=dur} 타이머 켜 줘",
        "타이머 {time=dur} 설정",
        "{time=dur} 타이머 부탁해",
    ]),
    ("alarm_set", 48, [
        "{time=clock_e} 알람 맞춰 줘",
        "{time=clock} 알람 맞춰 줘",
        "{time=clock_e} 깨워 줘",
        "알람 {time=clock_ro} 맞춰 줘",
        "{date=day} {time=clock_e} 깨워 줘",
        "[timeofday : 아침] {time=h_e} 깨워 줘",
        "[date : 내일] [timeofday : 아침] {time=h_e} 깨워 줘",
        "[timeofday : 저녁] {time=h} 알람 설정해 줘",
        "{general_frequency=freq} {time=clock_e} 깨워 줘",
        "{time=clock_e} 알람 설정해 줘",
        "{time=clock} 알람",
        "{time=clock_e} 일어나야 돼 알람 맞춰 줘",
        "{date=day} {time=clock} 알람 맞춰 줘",
        "{general_frequency=freq} {time=clock} 알람 맞춰 줘",
        "알람 {time=clock_ro} 설정해 줘",
        "{time=clock_e} 알람 좀 맞춰 줄래",
    ]),
    ("alarm_query", 8, [
        "알람 몇 시로 맞춰져 있어", "내 알람 보여 줘", "다음 알람 몇 시야", "설정된 알람 알려 줘", "타이머 얼마나 남았어",
        "타이머 몇 분 남았어", "{date=day} 알람 있어", "알람 목록 보여 줘",
    ]),
    ("alarm_remove", 10, [
        "알람 삭제해 줘", "알람 다 지워 줘", "타이머 멈춰 줘", "타이머 취소해 줘", "{time=clock} 알람 삭제해 줘",
        "{date=day} 알람 취소해 줘", "알람 꺼 줘", "{date=day} {time=clock} 알람 지워 줘", "타이머 전부 취소해 줘", "알람 해제해 줘",
    ]),
    ("lists_createoradd", 34, [
        "{list_name=list} 목록에 {items} 추가해 줘",
        "{items_obj} {list_name=list} 목록에 추가해 줘",
        "{list_name=list} 리스트에 {items} 넣어 줘",
        "목록에 {items} 추가해 줘",
        "{items_obj} 목록에 넣어 줘",
        "{list_name=list} 목록에 {items} 적어 줘",
        "{list_name=list} 리스트에 {items} 추가",
        "{items} {list_name=list} 목록에 추가해",
        "{list_name=list} 목록에 {items_obj} 추가해 줄래",
    ]),
    ("lists_createoradd", 12, [
        "새 {list_name=list} 목록 만들어 줘",
        "{list_name=list} 목록 만들어 줘",
        "새 목록 만들어 줘",
        "{list_name=list} 리스트 새로 만들어 줘",
        "{list_name=list} 목록 하나 만들어 줘",
    ]),
    ("lists_remove", 18, [
        "{list_name=list} 목록에서 {item_obj} 빼 줘",
        "목록에서 {item} 지워 줘",
        "{item_obj} {list_name=list} 리스트에서 삭제해 줘",
        "{list_name=list} 목록 삭제해 줘",
        "{list_name=list} 목록 비워 줘",
        "{list_name=list} 목록에서 {item} 삭제",
    ]),
    ("lists_query", 16, [
        "{list_name=list} 목록에 뭐 있어",
        "{list_name=list} 목록 읽어 줘",
        "{list_name=list} 리스트 보여 줘",
        "어떤 목록이 있어",
        "{list_name=list} 목록에 {item} 있어",
        "목록에 뭐가 있는지 알려 줘",
        "{list_name=list} 목록 확인해 줘",
    ]),
    ("iot_hue_lighton", 36, [
        "불 켜 줘",
        "불 켜",
        "조명 켜 줘",
        "전등 켜 줘",
        "{house_place=room} 불 켜 줘",
        "{device_type=lamp} 켜 줘",
        "{house_place=room} {device_type=lamp} 켜 줘",
        "모든 불 켜 줘",
        "너무 어두워 불 좀 켜 줘",
        "불 좀 켜 줄래",
        "조명 켜",
        "불 켜 주세요",
        "{house_place=room} 조명 켜 줘",
        "{house_place=room} 불 좀 켜",
    ]),
    ("iot_hue_lightoff", 24, [
        "불 꺼 줘",
        "불 꺼",
        "조명 꺼 줘",
        "{house_place=room} 불 꺼 줘",
        "{device_type=lamp} 꺼 줘",
        "{house_place=room} {device_type=lamp} 꺼 줘",
        "모든 불 꺼 줘",
        "불 좀 꺼 줄래",
        "불 꺼 주세요",
        "{house_place=room} 조명 꺼",
    ]),
    ("iot_hue_lightup", 14, [
        "불 밝게 해 줘", "더 밝게", "조명 밝게 해 줘", "밝기 올려 줘", "밝기 {change_amount=pct} 올려 줘",
        "{change_amount=bit} 더 밝게 해 줘", "{house_place=room} 좀 밝게 해 줘", "밝기 좀 높여 줘", "불 더 밝게",
    ]),
    ("iot_hue_lightdim", 14, [
        "불 어둡게 해 줘", "더 어둡게", "조명 어둡게 해 줘", "밝기 낮춰 줘", "밝기 {change_amount=pct_ro} 낮춰 줘",
        "{change_amount=bit} 어둡게 해 줘", "{house_place=room} 불 어둡게 해 줘", "너무 밝아", "조명 은은하게 해 줘",
    ]),
    ("iot_hue_lightchange", 26, [
        "불 {color_type=colour_ro} 바꿔 줘",
        "조명 색깔 {color_type=colour_ro} 바꿔 줘",
        "{house_place=room} 불 {color_type=colour_ro} 해 줘",
        "{color_type=colour} 불 켜 줘",
        "조명 {color_type=colour_ro} 변경해 줘",
        "{house_place=room} 조명 {color_type=colour_ro} 바꿔",
        "밝기 {change_amount=pct_ro} 맞춰 줘",
        "조명 밝기 {change_amount=pct_ro} 해 줘",
    ]),
    ("audio_volume_up", 14, [
        "볼륨 높여 줘", "소리 키워 줘", "소리 좀 크게 해 줘", "더 크게", "볼륨 업", "{change_amount=bit} 더 크게 해 줘",
        "안 들려 소리 키워 줘", "볼륨 올려 줘", "소리 좀 키워", "볼륨 좀 올려 줄래",
    ]),
    ("audio_volume_up", 12, [
        "볼륨 {change_amount=vol_ro} 해 줘", "볼륨 {change_amount=vol_ro} 맞춰 줘", "볼륨 {change_amount=vol}",
        "볼륨 {change_amount=vol_ro} 설정해 줘", "소리 {change_amount=vol_ro} 올려 줘",
    ]),
    ("audio_volume_down", 14, [
        "볼륨 낮춰 줘", "소리 줄여 줘", "소리 좀 작게 해 줘", "더 작게", "볼륨 다운", "{change_amount=bit} 작게 해 줘",
        "너무 시끄러워 소리 줄여 줘", "볼륨 {change_amount=vol_ro} 낮춰 줘", "소리 좀 줄여", "볼륨 내려 줘",
    ]),
    ("audio_volume_mute", 9, [
        "음소거", "음소거 해 줘", "소리 꺼 줘", "조용히 해", "무음으로 해 줘", "소리 끄기", "스피커 음소거",
    ]),
    ("calendar_set", 40, [
        "{date=cal_day} {time=cal_clock} {event_name=event} 추가해 줘",
        "{date=cal_day} {time=cal_clock_e} {event_name=event} 일정 잡아 줘",
        "캘린더에 {date=cal_day} {time=cal_clock} {event_name=event} 넣어 줘",
        "{date=cal_day} {time=cal_clock_e} {event_name=event} 있어 일정에 추가해 줘",
        "{person=person_with} {date=cal_day} {time=cal_clock_e} {event_name=meet}",
        "{person=person_with} {date=cal_day} {time=cal_clock_e} {event_name=meet} 잡아 줘",
        "{date=cal_day} {time=cal_clock} {event_name=event} 일정 등록해 줘",
        "{event_name=event} {date=cal_day} {time=cal_clock_e} 일정 추가",
        "{general_frequency=cal_freq} {time=cal_clock_e} {event_name=event} 일정 추가해 줘",
        "{date=cal_day} {event_name=event} 일정 추가해 줘",
    ]),
    ("calendar_query", 14, [
        "{date=cal_day} 일정 뭐 있어", "{date=cal_day} 일정 알려 줘", "캘린더 보여 줘", "다음 일정 뭐야", "{date=cal_day} 뭐 있어",
        "{event_name=event} 언제야", "{event_name=event} 몇 시야", "일정 읽어 줘", "{date=cal_day} 스케줄 보여 줘",
    ]),
    ("calendar_remove", 10, [
        "{date=cal_day} {event_name=event} 일정 취소해 줘", "{event_name=event} 일정 삭제해 줘", "{date=cal_day} 일정 다 지워 줘",
        "캘린더에서 {event_name=event} 지워 줘",
    ]),
    ("qa_maths", 24, [
        "{expr} 얼마야", "{expr} 뭐야", "{expr} 계산해 줘", "{expr}", "{expr} 몇이야", "{expr} 답이 뭐야",
    ]),
    ("datetime_query", 18, [
        "지금 몇 시야", "몇 시야", "지금 몇 시예요", "시간 알려 줘", "[date : 오늘] 며칠이야", "[date : 오늘] 무슨 요일이야",
        "[date : 내일] 무슨 요일이야", "[date : 내일] 며칠이야", "{place_name=city} 지금 몇 시야", "[date : 크리스마스] 무슨 요일이야",
        "[date : 오늘] 날짜 알려 줘", "지금 몇 시인지 알려 줘", "{place_name=city} 시간 알려 줘",
    ]),
    ("weather_query", 18, [
        "날씨 어때", "[date : 오늘] 날씨 어때", "{date=day} 날씨 알려 줘", "{place_name=city} 날씨 어때",
        "{date=day} {weather_descriptor=precip} 와", "{date=day} {weather_descriptor=precip} 올까", "{date=day} {weather_descriptor=feel}",
        "지금 [weather_descriptor : 기온] 몇 도야", "{date=day} [weather_descriptor : 우산] 챙겨야 돼",
        "{place_name=city} {date=day} 날씨", "[date : 오늘] [weather_descriptor : 미세먼지] 어때", "{date=day} {place_name=city} 날씨 어때",
    ]),
    ("general_joke", 5, ["농담해 줘", "재밌는 얘기 해 줘", "웃긴 얘기 해 줘", "나 좀 웃겨 줘", "아재 개그 해 줘"]),
    ("general_greet", 5, ["안녕", "안녕하세요", "좋은 아침", "반가워", "하이", "잘 잤어"]),
    ("iot_coffee", 5, ["커피 내려 줘", "커피 만들어 줘", "커피 마시고 싶어", "{coffee_type=coffee} 만들어 줘", "커피 머신 켜 줘",
                       "{coffee_type=coffee} 한 잔 내려 줘"]),
    ("iot_cleaning", 5, ["청소기 돌려 줘", "[device_type : 로봇 청소기] 켜 줘", "{house_place=room} 청소해 줘",
                         "[device_type : 로봇 청소기] 돌려 줘", "{house_place=room} 청소기 돌려 줘"]),
    ("iot_wemo_on", 4, ["{device_type=plug} 켜 줘", "{device_type=plug} 전원 켜 줘"]),
    ("iot_wemo_off", 4, ["{device_type=plug} 꺼 줘", "{device_type=plug} 전원 꺼 줘"]),
    ("play_music", 5, ["음악 틀어 줘", "{music_genre=genre} 틀어 줘", "노래 틀어 줘", "{music_genre=genre} 좀 들려 줘"]),
    ("play_radio", 3, ["라디오 틀어 줘", "라디오 켜 줘", "라디오 듣고 싶어"]),
]
