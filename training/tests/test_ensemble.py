"""evaluate.py --ensemble: a model averaged with itself is the model; folders that do not share
labels and tokenizer are refused."""
import json
import os
import shutil
import sys

import pytest
import sentencepiece as spm

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import massive  # noqa: E402
from evaluate import load_ensemble, load_shipped, run_eval  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHIPPED = os.path.join(ROOT, "public", "models", "polyvox-nlu-v12")
DATA = os.environ.get("MASSIVE_DATA", os.path.join(ROOT, "..", "shared", "data", "massive-1.1"))


@pytest.mark.skipif(not os.path.isdir(DATA), reason=f"MASSIVE data not found at {DATA}")
def test_a_model_averaged_with_itself_is_the_model():
    records = list(massive.read_records(DATA, partitions=["dev"], locales=["de-DE"]))[:120]
    alone = load_shipped(SHIPPED)
    twice = load_ensemble([SHIPPED, SHIPPED])
    sp = spm.SentencePieceProcessor(model_file=alone[3])
    a = run_eval(alone[0], alone[1], alone[2], sp, records)["de-DE"]
    b = run_eval(twice[0], twice[1], twice[2], sp, records)["de-DE"]
    assert a["n"] == 120 and a == b
    assert 50 < a["intent_acc"] <= 100


def test_folders_with_other_labels_are_refused(tmp_path):
    other = str(tmp_path / "other")
    shutil.copytree(SHIPPED, other)
    labels = json.load(open(os.path.join(other, "labels.json"), encoding="utf-8"))
    labels["intents"] = labels["intents"][::-1]
    json.dump(labels, open(os.path.join(other, "labels.json"), "w", encoding="utf-8"))
    with pytest.raises(SystemExit, match="other labels"):
        load_ensemble([SHIPPED, other])
