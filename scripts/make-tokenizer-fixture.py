"""Records SentencePiece ids for a few words per script, for the tokenizer parity unit test.

Run: /usr/bin/python3 scripts/make-tokenizer-fixture.py training/tokenizer/spm.model \
         public/models/<id>/tokenizer.json [--data ../shared/data/massive-1.1]
Writes src/nlu/fixtures/tokenizer-parity.json: the sha256 of the tokenizer.json it belongs to
and, per word, the ids `training/prepare.py` feeds the model (`sp.encode(normalize(word))`).
"""
import argparse
import gzip
import hashlib
import json
import os
import sys

import sentencepiece as spm

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "training"))
import massive  # noqa: E402
from prepare import encode_word  # noqa: E402

LOCALES = ["en-US", "de-DE", "ru-RU", "el-GR", "ar-SA", "he-IL", "hi-IN", "ja-JP", "zh-CN", "zh-TW",
           "th-TH", "am-ET", "km-KH", "my-MM", "ko-KR", "ta-IN", "tr-TR", "vi-VN", "fa-IR", "ka-GE"]
PER_LOCALE = 4
EXTRA = [("en-US", w) for w in ["İstanbul", "ΟΔΟΣ", "straße", "ＡＢＣ１２３", "😀", "⏰alarm", "x\u0000y", "ﬁne", "Ⅻ", "①"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spm_model")
    ap.add_argument("tokenizer_json")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "massive-1.1"))
    args = ap.parse_args()
    sp = spm.SentencePieceProcessor(model_file=args.spm_model)
    with open(args.tokenizer_json, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    cases = []
    for loc in LOCALES:
        path = os.path.join(args.data, f"{loc}.jsonl.gz")
        taken = 0
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["partition"] != "dev":
                    continue
                taken += 1
                if taken > PER_LOCALE:
                    break
                for w in massive.split_words(rec["utt"], loc):
                    cases.append({"locale": loc, "word": w, "ids": encode_word(sp, w, sp.unk_id())})
    for loc, w in EXTRA:
        cases.append({"locale": loc, "word": w, "ids": encode_word(sp, w, sp.unk_id())})
    out = os.path.join(ROOT, "src", "nlu", "fixtures", "tokenizer-parity.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"tokenizer_sha256": digest, "spm_model": os.path.relpath(args.spm_model, ROOT), "cases": cases},
                  f, ensure_ascii=False, indent=0)
    print(f"wrote {out}: {len(cases)} words from {len(LOCALES)} locales + {len(EXTRA)} edge cases")


if __name__ == "__main__":
    main()
