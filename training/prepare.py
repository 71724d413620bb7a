"""Prepare MASSIVE for training: labels, a SentencePiece unigram tokenizer, encoded splits.

    /usr/bin/python3 training/prepare.py --data ../shared/data/massive-1.1 --out training/out/full
    /usr/bin/python3 training/prepare.py --smoke --out training/out/smoke     # small slice, seconds

Writes to --out: labels.json, spm.model, tokenizer.json (+ config), data.pt (token ids, first
subword of each word, word labels, intent, locale and parallel id per record) and prints stats.
The tokenizer is trained on the train partition of every locale only.
"""
import argparse
import collections
import json
import os
import re
import shutil
import sys
import time

import sentencepiece as spm
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import massive  # noqa: E402
import spm_to_json  # noqa: E402

DEFAULT_DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "massive-1.1")
SMOKE_LOCALES = ("en-US", "de-DE", "ja-JP", "ar-SA", "th-TH", "km-KH")


def encode_word(sp, word, unk_id):
    """Ids of one word (the tokenizer prepends the word marker); never empty."""
    ids = sp.encode(massive.normalize(word))
    return ids or [unk_id]


def encode_record(sp, rec, labels, max_tokens):
    ids, first = [], []
    for w in rec["words"]:
        first.append(len(ids))
        ids.extend(encode_word(sp, w, sp.unk_id()))
    slot_index = labels["slot_index"]
    word_labels = [slot_index.get(l, 0) for l in rec["word_labels"]]
    keep = [i for i, p in enumerate(first) if p < max_tokens]
    return {
        "ids": ids[:max_tokens],
        "first": [first[i] for i in keep],
        "slots": [word_labels[i] for i in keep],
        "intent": labels["intent_index"][rec["intent"]],
    }


# ASCII and common CJK/Arabic/Devanagari punctuation, except the apostrophe and the hyphen.
_P = r"[!-&(-,./:-@\[-`{-~\u00a1\u00bf\u060c\u061f\u0964\u3001\u3002\uff01\uff0c\uff1f]"
PUNCT = re.compile(rf"(?<!\d){_P}|{_P}(?!\d)")  # "12:30" and "3.5" keep theirs


def punct_free_copies(train):
    """Copies of the records with punctuation, without it: what a speech recognizer outputs.

    Punctuation is removed inside each word (apostrophes and hyphens stay inside a word: they
    are spelling; so does a separator between digits); a word that was only punctuation is
    dropped with its label.
    """
    out = []
    for r in train:
        words, labels_ = [], []
        for w, l in zip(r["words"], r["word_labels"]):
            stripped = PUNCT.sub("", w).strip("'-")
            if stripped:
                words.append(stripped)
                labels_.append(l)
        if words and words != r["words"]:
            out.append({**r, "words": words, "word_labels": labels_, "copy": True})
    return out


def read_synthetic(path, labels):
    """Project-written records (training/synthetic): MASSIVE format, parsed like the real data."""
    out = []
    intents, slots = set(labels["intents"]), set(labels["slots"])
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            words, word_labels = massive.words_and_labels(rec["annot_utt"], rec["locale"])
            if rec["intent"] not in intents or not set(word_labels) <= slots:
                sys.exit(f"{path}: unknown intent or slot in {rec['id']}")
            out.append({**rec, "words": words, "word_labels": word_labels, "synthetic": True})
    return out


def build_labels(recs):
    intents = sorted({r["intent"] for r in recs})
    slots = [massive.OTHER] + sorted({l for r in recs for l in r["word_labels"]} - {massive.OTHER})
    scenarios = {r["intent"]: r["scenario"] for r in recs}
    return {"intents": intents, "slots": slots, "scenarios": {i: scenarios[i] for i in intents}}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--out", required=True)
    ap.add_argument("--vocab_size", type=int, default=32000)
    ap.add_argument("--max_tokens", type=int, default=64)
    ap.add_argument("--smoke", action="store_true", help="6 locales, every 8th train record")
    ap.add_argument("--synthetic", action="append", default=[],
                    help="JSONL of project-written records (MASSIVE format, training only); repeatable")
    ap.add_argument("--spm", default=None, help="reuse this SentencePiece model instead of training one")
    ap.add_argument("--no_punct_copies", action="store_true",
                    help="do not add punctuation-free copies of train records that have punctuation")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()

    locales = SMOKE_LOCALES if args.smoke else None
    recs = list(massive.read_records(args.data, partitions=("train", "dev"), locales=locales))
    if args.smoke:
        # Every 8th train / 10th dev record: a slice that still covers every intent.
        recs = [r for r in recs if int(r["id"]) % (8 if r["partition"] == "train" else 10) == 0]
        args.vocab_size = min(args.vocab_size, 4000)
    train = [r for r in recs if r["partition"] == "train"]
    dev = [r for r in recs if r["partition"] == "dev"]
    mismatch = sum(1 for r in recs if r["words"] != massive.split_words(r["utt"], r["locale"]))
    print(f"read {len(train)} train / {len(dev)} dev records from {args.data} "
          f"({len({r['locale'] for r in recs})} locales); words differing from utt split: {mismatch}")

    labels = build_labels(recs)
    synthetic = [r for path in args.synthetic for r in read_synthetic(path, labels)]
    if args.smoke:
        synthetic = [r for r in synthetic if r["locale"] in SMOKE_LOCALES]
    copies = [] if args.no_punct_copies else punct_free_copies(train)
    print(f"synthetic: {len(synthetic)} records; punctuation-free copies: {len(copies)}")
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    labels["intent_index"] = {k: i for i, k in enumerate(labels["intents"])}
    labels["slot_index"] = {k: i for i, k in enumerate(labels["slots"])}
    print(f"labels: {len(labels['intents'])} intents, {len(labels['slots']) - 1} slot types + Other")

    sp_path = os.path.join(args.out, "spm.model")
    if args.spm:
        # The same tokenizer as an earlier run, so ablations on new data stay comparable.
        if os.path.abspath(args.spm) != os.path.abspath(sp_path):
            shutil.copy(args.spm, sp_path)
    else:
        corpus = os.path.join(args.out, "spm_corpus.txt")
        with open(corpus, "w", encoding="utf-8") as f:
            for r in train:
                f.write(massive.normalize(" ".join(r["words"])) + "\n")
        spm.SentencePieceTrainer.train(
            input=corpus, model_prefix=os.path.join(args.out, "spm"), model_type="unigram",
            vocab_size=args.vocab_size, character_coverage=0.99995, normalization_rule_name="identity",
            pad_id=0, unk_id=1, bos_id=-1, eos_id=-1, input_sentence_size=2_000_000,
            shuffle_input_sentence=True, num_threads=2, minloglevel=2, train_extremely_large_corpus=False)
        os.remove(corpus)
    spm_to_json.write(sp_path, args.out)
    sp = spm.SentencePieceProcessor(model_file=sp_path)

    locale_ids = {loc: i for i, loc in enumerate(sorted({r["locale"] for r in recs}))}
    data = {"locales": sorted(locale_ids), "labels": labels, "max_tokens": args.max_tokens}
    # Synthetic records and copies are marked: train.py can leave them out (ablations), and they
    # never reach a dev figure. They have no parallel id (-1), so no translation partner.
    for name, part in (("train", train + copies + synthetic), ("dev", dev)):
        enc = [encode_record(sp, r, labels, args.max_tokens) for r in part]
        for e, r in zip(enc, part):
            e["locale"] = locale_ids[r["locale"]]
            e["pid"] = int(r["id"]) if str(r["id"]).isdigit() and not r.get("synthetic") else -1
            if r.get("synthetic"):
                e["synthetic"] = True
            if r.get("copy"):
                e["copy"] = True
        data[name] = enc
        n_tok = sum(len(e["ids"]) for e in enc)
        print(f"{name}: {len(enc)} records, {n_tok / max(1, len(enc)):.1f} tokens/utterance, "
              f"{sum(1 for e in enc if len(e['first']) < 1)} empty")
    torch.save(data, os.path.join(args.out, "data.pt"))
    per_loc = collections.defaultdict(list)
    for e in data["dev"]:
        per_loc[data["locales"][e["locale"]]].append(len(e["ids"]))
    longest = sorted(per_loc, key=lambda k: -sum(per_loc[k]) / len(per_loc[k]))
    print("longest dev locales (tokens/utt):",
          ", ".join(f"{k} {sum(per_loc[k]) / len(per_loc[k]):.1f}" for k in longest[:4]),
          "| shortest:", ", ".join(f"{k} {sum(per_loc[k]) / len(per_loc[k]):.1f}" for k in longest[-3:]))
    print(f"prepare done in {time.time() - t0:.0f}s -> {args.out}")


if __name__ == "__main__":
    main()
