"""Japanese (ja-JP) command templates. Pattern language: see ../README.md.

Written without spaces, as a recognizer writes Japanese; MASSIVE's annot_utt puts spaces around
the brackets and massive.split_words splits by character, so a slot may start or end anywhere.
Digits only appear together with kana/kanji in one chunk ("10分", "5に"): a chunk of ASCII
alone would be one word in annot_utt but single characters in utt.
"""

from generate import chinese_numeral

UNSPACED = True


def num(n):
    """Kanji numerals 0..100."""
    return chinese_numeral(n, zero="〇", hundred="百")


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["1時間", "一時間", "1時間半", "一時間半", "2時間", "二時間", "1分半", "一分半", "1分", "一分", "30秒", "三十秒",
           "1時間30分", "2分30秒"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        out += [f"{w}分" for w in both(n)] + [f"{n}分間"]
    for n in (10, 15, 20, 30, 45, 90):
        out += [f"{w}秒" for w in both(n)]
    return out


def clocks():
    out = ["正午", "午前0時", "夜中の12時"]
    for h in range(1, 13):
        for w in both(h):
            out += [f"{w}時", f"{w}時半", f"午前{w}時", f"午後{w}時", f"午前{w}時半", f"午後{w}時半"]
        out += [f"{h}時15分", f"{h}時45分", f"{h}時30分", f"{h}時10分", f"{num(h)}時十五分", f"午前{h}時45分",
                f"午後{h}時15分", f"{h}時5分"]
    for h in range(13, 24):
        out += [f"{h}時", f"{h}時半", f"{h}時30分", f"{h}時15分"]
    return out


def bare(hours):
    out = []
    for h in hours:
        out += [f"{h}時", f"{num(h)}時", f"{h}時半", f"{num(h)}時半", f"{h}時15分", f"{h}時45分"]
    return out


def calendar_clocks():
    out = ["正午", "12時半"]
    for h in range(8, 12):
        out += [f"{h}時", f"午前{h}時", f"午前{num(h)}時", f"{h}時半", f"午前{h}時半", f"{h}時30分"]
    for h in range(1, 9):
        out += [f"午後{h}時", f"午後{num(h)}時", f"午後{h}時半", f"午後{h}時30分", f"午後{h}時15分", f"{h + 12}時",
                f"{h + 12}時30分"]
    return out


def items():
    one = ["牛乳", "卵", "パン", "りんご", "梨", "バナナ", "バター", "チーズ", "コーヒー", "お米", "パスタ", "トマト",
           "トイレットペーパー", "食器用洗剤", "オレンジジュース", "ヨーグルト", "鶏肉", "玉ねぎ", "じゃがいも", "にんじん",
           "オリーブオイル", "砂糖", "小麦粉", "豆乳", "キャットフード", "電池", "レモン", "にんにく"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]}と{one[b]}" for a, b in pairs], [f"{one[a]}と{one[b]}と{one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("かける", "たす", "ひく", "わる"):
            out.append(f"{a}{op}{b}" if i % 2 == 0 else f"{num(a)}{op}{num(b)}")
    out += ["150の20パーセント", "80の15パーセント", "144の平方根", "81の平方根", "2の10乗", "7の二乗"]
    return out


def vocab():
    one, two, three = items()
    pct = [f"{w}パーセント" for n in (10, 20, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)] + \
          [f"{n}%" for n in (10, 20, 30, 50, 80)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_evening": bare(range(6, 12)),
        "day": ["明日", "今日", "明後日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日", "来週の月曜日",
                "今度の金曜日"],
        "cal_day": ["明日", "今日", "明後日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
                    "来週の火曜日", "6月12日", "3月3日", "今週の土曜日", "15日", "クリスマスイブ"],
        "freq": ["毎日", "平日", "毎朝", "毎週月曜日", "平日の朝"],
        "cal_freq": ["毎日", "平日", "毎週月曜日", "毎週"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["買い物", "食料品", "やること", "仕事", "旅行", "引っ越し", "クリスマス", "誕生日", "キャンプ", "日用品"],
        "room": ["リビング", "キッチン", "寝室", "お風呂", "廊下", "書斎", "ダイニング", "ガレージ", "子供部屋", "玄関",
                 "トイレ", "台所"],
        "lamp": ["ランプ", "スタンドライト", "デスクライト", "枕元のランプ", "間接照明", "フロアランプ"],
        "light": ["電気", "ライト", "明かり", "照明"],
        "colour": ["赤", "緑", "青", "黄色", "オレンジ", "紫", "ピンク", "白", "暖色", "水色"],
        "pct_to": [f"{p}に" for p in pct],
        "pct_by": pct,
        "vol_to": [f"{w}に" for w in levels + pct[1::3]],
        "bit": ["少し", "ちょっと", "もう少し"],
        "event": ["歯医者", "病院の予約", "美容院", "チームミーティング", "ヨガ教室", "ピアノのレッスン", "サッカーの練習",
                  "読書会", "面接", "車の点検", "動物病院", "誕生日会", "会議", "打ち合わせ", "ジム"],
        "meet": ["会議", "ランチ", "夕食", "電話", "お茶", "打ち合わせ"],
        "person": ["田中", "佐藤", "鈴木", "高橋", "山田", "伊藤", "中村", "小林", "アンナ", "トム"],
        "city": ["東京", "大阪", "京都", "札幌", "福岡", "那覇", "ニューヨーク", "ロンドン", "パリ", "ソウル"],
        "rainy": ["雨", "雪"],
        "weather_adj": ["寒い", "暑い", "晴れ", "雨"],
        "expr": maths(),
        "plug": ["コンセント", "スマートプラグ", "電源タップ"],
        "coffee": ["エスプレッソ", "カプチーノ", "カフェラテ", "ブラックコーヒー", "アメリカン"],
        "genre": ["ジャズ", "ロック", "クラシック", "ポップス", "ヒップホップ", "リラックスできる音楽"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur}のタイマーをセットして",
        "タイマーを{time=dur}にセットして",
        "タイマー{time=dur}",
        "{time=dur}タイマー",
        "{time=dur}のタイマーをかけて",
        "タイマーを{time=dur}かけて",
        "{time=dur}計って",
        "{time=dur}のカウントダウンを始めて",
        "カウントダウン{time=dur}",
        "{time=dur}のタイマーお願い",
        "タイマーを{time=dur}で設定して",
        "{time=dur}後に知らせて",
        "{time=dur}でタイマーをセット",
        "タイマーを{time=dur}でお願い",
    ]),
    ("alarm_set", 48, [
        "{time=clock}にアラームをセットして",
        "{time=clock}に起こして",
        "アラームを{time=clock}にセットして",
        "{time=clock}にアラーム",
        "{date=day}の{time=clock}に起こして",
        "{date=day}{time=clock}にアラームをかけて",
        "[timeofday : 朝]{time=h_morning}に起こして",
        "[date : 明日]の[timeofday : 朝]{time=h_morning}に起こして",
        "[timeofday : 夜]{time=h_evening}にアラームをセットして",
        "{general_frequency=freq}{time=clock}にアラームをセットして",
        "{general_frequency=freq}{time=clock}に起こして",
        "{time=clock}に目覚ましをセットして",
        "{time=clock}に目覚ましをかけて",
        "アラームを{time=clock}に設定して",
        "{time=clock}に起こしてくれる",
        "{date=day}は{time=clock}に起こして",
        "目覚まし{time=clock}",
    ]),
    ("alarm_query", 8, [
        "アラームは何時にセットしてある", "アラームを見せて", "次のアラームは何時", "設定してあるアラームを教えて",
        "タイマーはあと何分", "タイマーの残り時間は", "{date=day}のアラームある", "アラームの一覧を見せて",
    ]),
    ("alarm_remove", 10, [
        "アラームを消して", "アラームを全部削除して", "タイマーを止めて", "タイマーをキャンセルして",
        "{time=clock}のアラームを消して", "{date=day}のアラームを解除して", "目覚ましを解除して",
        "{date=day}の{time=clock}のアラームを削除して", "タイマーを全部消して", "アラームを止めて",
    ]),
    ("lists_createoradd", 34, [
        "{list_name=list}リストに{items}を追加して",
        "{items}を{list_name=list}リストに追加して",
        "{items}を{list_name=list}リストに入れて",
        "リストに{items}を追加して",
        "{items}をリストに入れて",
        "{list_name=list}リストに{items}を入れといて",
        "{list_name=list}リストに{items}追加",
        "{items2}を{list_name=list}リストに書いて",
        "{items}を[list_name : 買い物]リストに追加",
        "{list_name=list}のリストに{items}を追加して",
    ]),
    ("lists_createoradd", 12, [
        "新しい{list_name=list}リストを作って",
        "{list_name=list}リストを作成して",
        "新しいリストを作って",
        "{list_name=list}という名前のリストを作って",
        "{list_name=list}のリストを作って",
    ]),
    ("lists_remove", 18, [
        "{list_name=list}リストから{item}を削除して",
        "リストから{item}を消して",
        "{item}を{list_name=list}リストから外して",
        "{list_name=list}リストを削除して",
        "{list_name=list}リストを空にして",
        "{item}をリストから消して",
        "{list_name=list}リストの{item}を消して",
    ]),
    ("lists_query", 16, [
        "{list_name=list}リストを読んで",
        "{list_name=list}リストに何がある",
        "リストの中身を教えて",
        "{list_name=list}リストを見せて",
        "どんなリストがある",
        "{list_name=list}リストに{item}は入ってる",
        "{list_name=list}リストを読み上げて",
        "{list_name=list}リストには何が入ってる",
    ]),
    ("iot_hue_lighton", 36, [
        "{light}をつけて",
        "{light}つけて",
        "{house_place=room}の{light}をつけて",
        "{house_place=room}の{light}つけて",
        "{device_type=lamp}をつけて",
        "{house_place=room}の{device_type=lamp}をつけて",
        "全部の電気をつけて",
        "暗いから電気つけて",
        "電気オン",
        "照明をオンにして",
        "{house_place=room}の照明をオンにして",
        "電気をつけてください",
        "{light}を点けて",
        "{house_place=room}の電気を点灯して",
    ]),
    ("iot_hue_lightoff", 24, [
        "{light}を消して",
        "{light}消して",
        "{house_place=room}の{light}を消して",
        "{device_type=lamp}を消して",
        "{house_place=room}の{device_type=lamp}を消して",
        "全部の電気を消して",
        "照明をオフにして",
        "電気オフ",
        "{house_place=room}の照明をオフにして",
        "電気を消してください",
    ]),
    ("iot_hue_lightup", 14, [
        "電気を明るくして", "もっと明るくして", "明るくして", "照明を明るくして", "{house_place=room}を明るくして",
        "明るさを上げて", "明るさを{change_amount=pct_by}上げて", "{change_amount=bit}明るくして",
        "ライトをもっと明るく", "{house_place=room}の電気を明るくして",
    ]),
    ("iot_hue_lightdim", 14, [
        "電気を暗くして", "暗くして", "照明を暗くして", "明るさを下げて", "{house_place=room}の電気を暗くして",
        "{change_amount=bit}暗くして", "明るさを{change_amount=pct_to}下げて", "まぶしいから暗くして",
        "ライトを少し落として", "照明を落として",
    ]),
    ("iot_hue_lightchange", 26, [
        "電気を{color_type=colour}にして",
        "ライトの色を{color_type=colour}に変えて",
        "{house_place=room}の照明を{color_type=colour}にして",
        "照明を{color_type=colour}に変えて",
        "{house_place=room}の電気を{color_type=colour}に変えて",
        "ライトを{color_type=colour}にして",
        "{device_type=lamp}を{color_type=colour}にして",
        "明るさを{change_amount=pct_to}して",
        "照明を{change_amount=pct_to}設定して",
    ]),
    ("audio_volume_up", 14, [
        "音量を上げて", "ボリュームを上げて", "音を大きくして", "もっと大きく", "大きくして", "{change_amount=bit}音量を上げて",
        "聞こえないから音量上げて", "ボリュームアップ", "音量上げて", "音をもう少し大きくして",
    ]),
    ("audio_volume_up", 12, [
        "音量を{change_amount=vol_to}して", "ボリュームを{change_amount=vol_to}して", "音量を{change_amount=vol_to}設定して",
        "音量を{change_amount=vol_to}上げて", "ボリューム{change_amount=vol_to}して",
    ]),
    ("audio_volume_down", 14, [
        "音量を下げて", "ボリュームを下げて", "音を小さくして", "小さくして", "うるさい", "{change_amount=bit}音量を下げて",
        "音量を{change_amount=vol_to}下げて", "ボリュームダウン", "音量下げて", "もう少し静かにして",
    ]),
    ("audio_volume_mute", 9, [
        "ミュートして", "消音にして", "音を消して", "静かにして", "ミュート", "消音", "音を止めて", "スピーカーをミュートして",
    ]),
    ("calendar_set", 40, [
        "{date=cal_day}の{time=cal_clock}に{event_name=event}を追加して",
        "{date=cal_day}{time=cal_clock}に{event_name=event}の予定を入れて",
        "{event_name=event}を{date=cal_day}の{time=cal_clock}にカレンダーに追加して",
        "{date=cal_day}の{time=cal_clock}から{event_name=event}",
        "{person=person}さんと{date=cal_day}{time=cal_clock}に{event_name=meet}",
        "{date=cal_day}の{time=cal_clock}に{person=person}さんとの{event_name=meet}を追加して",
        "カレンダーに{date=cal_day}{time=cal_clock}{event_name=event}って入れて",
        "{date=cal_day}{event_name=event}の予定を入れて",
        "{general_frequency=cal_freq}{time=cal_clock}に{event_name=event}の予定を入れて",
        "{date=cal_day}の{time=cal_clock}に{event_name=event}があるから予定に入れて",
        "{date=cal_day}{time=cal_clock}{event_name=event}",
    ]),
    ("calendar_query", 14, [
        "{date=cal_day}の予定は", "{date=cal_day}の予定を教えて", "カレンダーを見せて", "次の予定は何",
        "{date=cal_day}何か予定ある", "{event_name=event}はいつ", "{event_name=event}は何時から", "予定を読み上げて",
        "{date=cal_day}のスケジュールを見せて", "{date=cal_day}は{event_name=event}ある",
    ]),
    ("calendar_remove", 10, [
        "{date=cal_day}の{event_name=event}をキャンセルして", "{event_name=event}の予定を削除して",
        "{date=cal_day}の予定を全部消して", "{event_name=event}を取り消して", "カレンダーから{event_name=event}を消して",
    ]),
    ("qa_maths", 24, [
        "{expr}は", "{expr}はいくつ", "{expr}は何", "{expr}を計算して", "{expr}はいくつですか", "{expr}の答えは",
    ]),
    ("datetime_query", 18, [
        "今何時", "今何時ですか", "何時", "時間を教えて", "今の時間は", "[date : 今日]は何日", "[date : 今日]は何曜日",
        "[date : 明日]は何曜日", "[date : 明日]は何日", "{place_name=city}は今何時", "[date : クリスマス]は何曜日",
        "[date : 今日]の日付を教えて", "[date : 来週の金曜日]は何日", "{place_name=city}の時間を教えて", "[date : 今日]は何日ですか",
    ]),
    ("weather_query", 18, [
        "天気は", "[date : 今日]の天気は", "[date : {day}]の天気を教えて", "{place_name=city}の天気は",
        "[date : {day}]は{weather_descriptor=rainy}降る", "[date : {day}]は{weather_descriptor=rainy}が降りますか",
        "[date : {day}]は{weather_descriptor=weather_adj}", "今の[weather_descriptor : 気温]は何度",
        "[date : {day}][weather_descriptor : 傘]いる", "{place_name=city}の[date : {day}]の天気", "天気予報を教えて",
        "[date : {day}]の{place_name=city}の天気は",
    ]),
    ("general_joke", 5, ["何か面白い話して", "冗談を言って", "ジョークを言って", "笑わせて", "面白いこと言って"]),
    ("general_greet", 5, ["こんにちは", "おはよう", "おはようございます", "こんばんは", "やあ元気"]),
    ("iot_coffee", 5, ["コーヒーを入れて", "コーヒー淹れて", "コーヒーが飲みたい", "{coffee_type=coffee}を入れて",
                       "コーヒーメーカーをつけて", "{coffee_type=coffee}を作って"]),
    ("iot_cleaning", 5, ["掃除機をかけて", "[device_type : ロボット掃除機]をスタートして", "{house_place=room}を掃除して",
                         "[device_type : 掃除機]をつけて", "{house_place=room}に掃除機をかけて"]),
    ("iot_wemo_on", 4, ["{device_type=plug}をオンにして", "{device_type=plug}を入れて"]),
    ("iot_wemo_off", 4, ["{device_type=plug}をオフにして", "{device_type=plug}を切って"]),
    ("play_music", 5, ["音楽をかけて", "{music_genre=genre}をかけて", "{music_genre=genre}を流して", "何か音楽を流して"]),
    ("play_radio", 3, ["ラジオをつけて", "ラジオを流して", "ラジオを聞きたい"]),
]
