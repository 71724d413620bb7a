"""Word split, word labels, reader errors and metrics against hand-computed cases."""
import gzip
import json
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import massive  # noqa: E402
from metrics import Scores, spans  # noqa: E402


def test_word_labels_follow_the_reference_walk():
    words, labels = massive.words_and_labels("wake me up at [time : nine am] on [date : friday]", "en-US")
    assert words == ["wake", "me", "up", "at", "nine", "am", "on", "friday"]
    assert labels == ["Other"] * 4 + ["time", "time", "Other", "date"]


def test_single_word_slot_closes_itself():
    words, labels = massive.words_and_labels("play [artist_name : adele] now", "en-US")
    assert words == ["play", "adele", "now"]
    assert labels == ["Other", "artist_name", "Other"]


def test_japanese_is_split_by_character_but_ascii_chunks_stay_whole():
    words, labels = massive.words_and_labels("[date : 金曜日] の [time : 9 am] に起こして", "ja-JP")
    assert words == ["金", "曜", "日", "の", "9", "am", "に", "起", "こ", "し", "て"]
    assert labels == ["date"] * 3 + ["Other", "time", "time"] + ["Other"] * 5
    assert massive.split_words("金曜日の 9 am", "ja-JP") == ["金", "曜", "日", "の", "9", "am"]


def test_thai_keeps_whitespace_chunks():
    assert massive.split_words("ปลุกฉัน ตอน เก้าโมงเช้า", "th-TH") == ["ปลุกฉัน", "ตอน", "เก้าโมงเช้า"]


def test_spans_merge_adjacent_same_label_words():
    assert spans(["Other", "time", "time", "date", "Other", "date"]) == {
        ("time", 1, 2), ("date", 3, 3), ("date", 5, 5)}


def test_scores_hand_computed():
    s = Scores()
    s.add(1, 1, ["time", "time", "Other"], ["time", "time", "Other"])  # all right
    s.add(2, 2, ["date", "Other", "place_name"], ["date", "Other", "Other"])  # one span missed
    s.add(3, 4, ["Other"], ["time"])  # wrong intent, one spurious span
    r = s.result()
    # tp = 2, predicted = 3, gold = 3 -> P = R = F1 = 2/3
    assert r["n"] == 3
    assert r["intent_acc"] == pytest.approx(200 / 3)
    assert r["slot_f1"] == pytest.approx(200 / 3)
    assert r["exact_match"] == pytest.approx(100 / 3)


def _write(path, lines, gz=False):
    opener = gzip.open if gz else open
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


REC = {"id": "1", "locale": "sw-KE", "partition": "dev", "scenario": "alarm", "intent": "alarm_set",
       "utt": "niamshe saa tatu", "annot_utt": "niamshe [time : saa tatu]"}


def test_reads_both_layouts_plain_and_gzipped(tmp_path):
    flat = tmp_path / "flat"
    flat.mkdir()
    _write(flat / "sw-KE.jsonl.gz", [json.dumps(REC)], gz=True)
    official = tmp_path / "amazon" / "1.1" / "data"
    official.mkdir(parents=True)
    _write(official / "sw-KE.jsonl", [json.dumps(REC)])
    for root in (flat, tmp_path / "amazon", official / "sw-KE.jsonl"):
        recs = list(massive.read_records(str(root)))
        assert [r["words"] for r in recs] == [["niamshe", "saa", "tatu"]]
        assert recs[0]["word_labels"] == ["Other", "time", "time"]


def test_malformed_record_names_file_and_line(tmp_path):
    path = tmp_path / "de-DE.jsonl"
    _write(path, [json.dumps(REC), "{not json", json.dumps(REC)])
    with pytest.raises(massive.MassiveFormatError, match=r"de-DE\.jsonl:2: not valid JSON"):
        list(massive.read_records(str(path)))
    bad = dict(REC)
    del bad["annot_utt"]
    _write(path, [json.dumps(REC), json.dumps(REC), json.dumps(bad)])
    with pytest.raises(massive.MassiveFormatError, match=r"de-DE\.jsonl:3: missing .*annot_utt"):
        list(massive.read_records(str(path)))
