"""Pack a run's data.pt into one compact .npz for the teacher machine (training/teacher/README.md).

data.pt is a pickle of Python dicts (78 MB); the GPU machine takes at most 64 MiB of files and
wants arrays it can put on the device at once. Train records are packed once each (the
synthetic repeats of train.py are a training choice, not data), dev records for selection.

    /usr/bin/python3 training/teacher/pack.py --run training/out/v8full --out .teacher/pack.npz
"""
import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from records import record_keys  # noqa: E402


def pack(records, locales):
    lengths = np.array([len(r["ids"]) for r in records], dtype=np.int32)
    n_words = np.array([len(r["first"]) for r in records], dtype=np.int32)
    keys = record_keys(records, locales)
    return {
        "ids": np.concatenate([np.asarray(r["ids"], dtype=np.uint16) for r in records]),
        "offsets": np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
        "first": np.concatenate([np.asarray(r["first"], dtype=np.uint8) for r in records]),
        "slots": np.concatenate([np.asarray(r["slots"], dtype=np.uint8) for r in records]),
        "word_offsets": np.concatenate([[0], np.cumsum(n_words)]).astype(np.int64),
        "intent": np.array([r["intent"] for r in records], dtype=np.uint8),
        "locale": np.array([r["locale"] for r in records], dtype=np.uint8),
        "synthetic": np.array([bool(r.get("synthetic")) for r in records]),
        "key": keys,
        # The fold unit: a MASSIVE record's translations and punctuation-free copy share its id, so
        # an out-of-fold teacher has seen the sentence in no language (synthetic records: their own).
        "group": np.array([r["pid"] if r.get("pid", -1) >= 0 else -1 - (int(k) % 2 ** 31)
                           for r, k in zip(records, keys)], dtype=np.int64),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True, help="a run folder holding data.pt (full_run.sh's prepare step)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    data = torch.load(os.path.join(a.run, "data.pt"))
    locales, labels = data["locales"], data["labels"]
    assert len(data["locales"]) < 256 and len(labels["slots"]) < 256 and len(labels["intents"]) < 256
    seen, train = set(), []
    for r in data["train"]:  # prepare.py lists each record once; this guards the packed count
        if id(r) not in seen:
            seen.add(id(r))
            train.append(r)
    arrays = {}
    for split, recs in (("train", train), ("dev", data["dev"])):
        for k, v in pack(recs, locales).items():
            arrays[f"{split}_{k}"] = v
    arrays["meta"] = np.frombuffer(json.dumps({"locales": locales, "labels": labels}).encode(), dtype=np.uint8)
    os.makedirs(os.path.dirname(a.out) or ".", exist_ok=True)
    np.savez_compressed(a.out, **arrays)
    print(f"{a.out}: {len(train)} train, {len(data['dev'])} dev records, "
          f"{os.path.getsize(a.out) / 2 ** 20:.1f} MiB")


if __name__ == "__main__":
    main()
