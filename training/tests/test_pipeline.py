"""The whole training path on the smoke configuration: prepare -> train -> export -> parity.

    /usr/bin/python3 -m pytest -q training/tests        (about 3 minutes on 2 cores)

Trains a tiny model on a slice of six locales, exports the int8 runtime folder, checks that the
TypeScript tokenizer/ONNX runtime agrees with Python, and that evaluate.py on the int8 folder
agrees with the fp32 checkpoint within quantization noise.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.environ.get("MASSIVE_DATA", os.path.join(ROOT, "..", "shared", "data", "massive-1.1"))
PY = sys.executable


def run(*cmd):
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, f"{' '.join(cmd)} failed:\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    return res.stdout


@pytest.mark.skipif(not os.path.isdir(DATA), reason=f"MASSIVE data not found at {DATA}")
def test_smoke_pipeline(tmp_path):
    run_dir, dest = str(tmp_path / "run"), str(tmp_path / "model")
    out = run(PY, "training/prepare.py", "--smoke", "--data", DATA, "--out", run_dir)
    n_intents = int(re.search(r"labels: (\d+) intents", out).group(1))
    assert 50 <= n_intents <= 60, "the smoke slice should cover (nearly) every intent"
    assert "words differing from utt split: 0" in out
    run(PY, "training/train.py", "--smoke", f"--data_dir={run_dir}", f"--out={run_dir}")
    for name in ("model.pt", "ckpt.pt"):
        assert os.path.exists(os.path.join(run_dir, name))
    out = run(PY, "training/export.py", "--run", run_dir, "--model_id", "smoke", "--dest", dest, "--data", DATA)
    for name in ("model.int8.onnx", "tokenizer.json", "tokenizer_config.json", "labels.json", "config.json"):
        assert os.path.getsize(os.path.join(dest, name)) > 0
    labels = json.load(open(os.path.join(dest, "labels.json"), encoding="utf-8"))
    assert labels["slots"][0] == "Other" and len(labels["intents"]) == len(labels["scenarios"])

    # evaluate.py on the int8 folder vs the fp32 checkpoint, same dev records.
    locales = json.load(open(os.path.join(dest, "config.json")))["locales"]
    results = {}
    for kind, src in (("int8", ["--model", dest]), ("fp32", ["--checkpoint", os.path.join(run_dir, "model.pt")])):
        path = str(tmp_path / f"eval_{kind}.json")
        run(PY, "training/evaluate.py", *src, "--data", DATA, "--json", path, *sum((["--locale", l] for l in locales), []))
        results[kind] = json.load(open(path))
    assert set(results["int8"]["locales"]) == set(locales)
    assert results["int8"]["locales"]["en-US"]["n"] == 2033
    assert results["fp32"]["mean"]["intent_acc"] > 20.0, "the smoke model should learn something in 2 minutes"
    assert abs(results["int8"]["mean"]["intent_acc"] - results["fp32"]["mean"]["intent_acc"]) < 2.0

    if shutil.which("npx") and os.path.isdir(os.path.join(ROOT, "node_modules", "onnxruntime-web")):
        res = subprocess.run(["npx", "tsx", "training/parity.ts", run_dir, dest,
                              "--min-intent-agreement=98"], cwd=ROOT, capture_output=True, text=True)
        report = json.load(open(os.path.join(run_dir, "parity.json")))
        assert report["tokenizer_mismatches"] == 0, report["tokenizer_mismatch_examples"]
        assert res.returncode == 0, res.stdout + res.stderr
