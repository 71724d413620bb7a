"""The official MASSIVE metrics (intent accuracy, slot micro-F1, exact match) per locale and mean.

    /usr/bin/python3 training/evaluate.py --model public/models/polyvox-nlu-v12 \
        --data ../shared/data/massive-1.1 [--locale de-DE] [--partition dev] [--json out.json]

`--model` is a shipped folder: the int8 weights of `model.int8.onnx` are dequantized into the
PyTorch module exactly as onnxruntime does (w = q * scale), so the figures match the browser
and `npm run eval`. `--checkpoint <run>/model.pt` evaluates a training checkpoint in fp32
instead; `--ensemble a,b,c` several shipped folders as one (the mean of their log-probabilities:
how far distilling from them could go). Words and tokens are built as docs/model-format.md says (SentencePiece `spm.model`).
Default partition: every record whose partition is not `train`.
"""
import argparse
import json
import os
import sys
import time

import onnx
import sentencepiece as spm
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import massive  # noqa: E402
import spm_to_json  # noqa: E402
from metrics import Scores, mean_of  # noqa: E402
from bag import BagConfig, BagNLU  # noqa: E402
from model import JointNLU, ModelConfig, PairNLU  # noqa: E402
from prepare import encode_word  # noqa: E402


def load_shipped(folder):
    """JointNLU (PairNLU where config.json has a `pair_architecture`, its members after the second
    in `more_architectures`, its bag member in `bag_architecture`) with the dequantized weights
    of `<folder>/model.int8.onnx`."""
    with open(os.path.join(folder, "config.json"), encoding="utf-8") as f:
        config = json.load(f)
    with open(os.path.join(folder, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    graph = onnx.load(os.path.join(folder, "model.int8.onnx")).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    weights, quant_parts = {}, set()
    for node in graph.node:
        if node.op_type == "DequantizeLinear":
            q, scale = inits[node.input[0]], inits[node.input[1]]
            axis = next(a.i for a in node.attribute if a.name == "axis")
            shape = [1] * q.ndim
            shape[axis] = -1
            weights[node.output[0]] = q.astype("float32") * scale.reshape(shape)
            quant_parts.update(node.input)
    for name, arr in inits.items():
        if name not in quant_parts:
            weights.setdefault(name, arr)
    if config.get("pair_architecture"):
        model = PairNLU(ModelConfig(**config["architecture"]), ModelConfig(**config["pair_architecture"]),
                        threshold=config.get("cascade_threshold"), slot_threshold=config.get("cascade_slot_threshold"),
                        more=[ModelConfig(**c) for c in config.get("more_architectures", [])],
                        more_threshold=config.get("cascade_more_threshold"),
                        more_slot_threshold=config.get("cascade_more_slot_threshold"))
    else:
        model = JointNLU(ModelConfig(**config["architecture"]))
    if config.get("bag_architecture"):
        if not isinstance(model, PairNLU):
            raise ValueError(f"{folder}: a bag member needs a pair")
        model.attach_bag(BagNLU(BagConfig(**config["bag_architecture"])), config["bag_weight"],
                         config.get("bag_temperature", 1.0))
    state = {k[len("model."):]: torch.from_numpy(weights[k].copy()) for k in weights if k.startswith("model.")}
    model.load_state_dict(state)
    return model, labels, config, spm_to_json.spm_for(folder)


def load_checkpoint(path):
    ck = torch.load(path)
    model = JointNLU(ModelConfig(**ck["config"]))
    model.load_state_dict(ck["model"])
    run = os.path.dirname(path)
    config = {"model_id": os.path.basename(run), "max_tokens": 64, "pad_id": ck["config"]["pad_id"]}
    return model, ck["labels"], config, os.path.join(run, "spm.model")


def batches(records, sp, config, batch_size=256):
    """(chunk, ids, mask) over `records`, shortest first; chunk rows are (record, token ids,
    first token of each word or -1 where truncated), as docs/model-format.md says."""
    max_tokens, pad = config["max_tokens"], config["pad_id"]
    cache, encoded = {}, []
    for rec in records:
        ids, first = [], []
        for w in rec["words"]:
            if w not in cache:
                cache[w] = encode_word(sp, w, sp.unk_id())
            first.append(len(ids) if len(ids) < max_tokens else -1)
            ids.extend(cache[w])
        encoded.append((rec, ids[:max_tokens] or [pad], first))
    encoded.sort(key=lambda e: len(e[1]))
    for s in range(0, len(encoded), batch_size):
        chunk = encoded[s: s + batch_size]
        t = max(len(e[1]) for e in chunk)
        ids = torch.full((len(chunk), t), pad, dtype=torch.long)
        for i, (_, row, _) in enumerate(chunk):
            ids[i, : len(row)] = torch.tensor(row)
        mask = (ids != pad).long()
        mask[:, 0] = 1
        yield chunk, ids, mask


class Ensemble(torch.nn.Module):
    """Shipped models that share a tokenizer and labels, read as one: the mean of their log-probabilities."""

    def __init__(self, models):
        super().__init__()
        self.members = torch.nn.ModuleList(models)

    def forward(self, ids, mask):
        outs = [m(ids, mask) for m in self.members]
        mean = lambda i: torch.stack([o[i].log_softmax(-1) for o in outs]).mean(0)  # noqa: E731
        return mean(0), mean(1), None


def load_ensemble(folders):
    loaded = [load_shipped(f) for f in folders]
    _, labels, config, spm_path = loaded[0]
    for folder, (_, other, _, other_spm) in zip(folders[1:], loaded[1:]):
        with open(spm_path, "rb") as a, open(other_spm, "rb") as b:
            if other != labels or a.read() != b.read():
                sys.exit(f"--ensemble: {folder} has other labels or another tokenizer than {folders[0]}")
    return Ensemble([m for m, _, _, _ in loaded]), labels, {**config, "model_id": "+".join(folders)}, spm_path


@torch.no_grad()
def run_eval(model, labels, config, sp, records, batch_size=256, recall=None):
    """Per-locale scores; with `recall` (a dict), also fills recall[gold intent] = [hits, n] over all
    locales: the rare intents that a change of recipe may erase show there, not in the mean."""
    model.eval()
    intent_index = {k: i for i, k in enumerate(labels["intents"])}
    scores = {}
    for chunk, ids, mask in batches(records, sp, config, batch_size):
        il, sl, _ = model(ids, mask)
        pi, ps = il.argmax(-1).tolist(), sl.argmax(-1).tolist()
        for i, (rec, _, first) in enumerate(chunk):
            pred = [labels["slots"][ps[i][p]] if p >= 0 else massive.OTHER for p in first]
            gold_intent = intent_index.get(rec["intent"], -1)
            scores.setdefault(rec["locale"], Scores()).add(gold_intent, pi[i], rec["word_labels"], pred)
            if recall is not None:
                hit_n = recall.setdefault(rec["intent"], [0, 0])
                hit_n[0] += gold_intent == pi[i]
                hit_n[1] += 1
    return {k: v.result() for k, v in sorted(scores.items())}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--model", help="shipped model folder (int8 ONNX)")
    src.add_argument("--checkpoint", help="training checkpoint model.pt (fp32)")
    src.add_argument("--ensemble", help="shipped folders, comma-separated: the mean of their log-probabilities")
    ap.add_argument("--data", required=True, help="MASSIVE directory (either layout) or one .jsonl[.gz] file")
    ap.add_argument("--locale", action="append", help="only this locale (repeatable)")
    ap.add_argument("--partition", action="append", help="only this partition (default: all but train)")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    torch.set_num_threads(2)
    if args.ensemble:
        model, labels, config, spm_path = load_ensemble([f for f in args.ensemble.split(",") if f])
    else:
        model, labels, config, spm_path = load_shipped(args.model) if args.model else load_checkpoint(args.checkpoint)
    sp = spm.SentencePieceProcessor(model_file=spm_path)
    records = [r for r in massive.read_records(args.data, partitions=args.partition, locales=args.locale)
               if args.partition or r["partition"] != "train"]
    if not records:
        sys.exit(f"no records in {args.data} for locale(s) {args.locale} and partition(s) {args.partition}")
    t0 = time.time()
    hits = {}
    per = run_eval(model, labels, config, sp, records, recall=hits)
    mean = mean_of(per)
    recall = {k: 100 * h / n for k, (h, n) in sorted(hits.items())}
    balanced = sum(recall.values()) / len(recall)
    ms = 1000 * (time.time() - t0) / len(records)
    print(f"{'locale':8} {'n':>6} {'intent':>7} {'slot_f1':>7} {'exact':>7}")
    for loc, r in per.items():
        print(f"{loc:8} {r['n']:6d} {r['intent_acc']:7.1f} {r['slot_f1']:7.1f} {r['exact_match']:7.1f}")
    print(f"{'mean':8} {len(records):6d} {mean['intent_acc']:7.1f} {mean['slot_f1']:7.1f} {mean['exact_match']:7.1f}"
          f"   ({ms:.2f} ms/utterance, batch 256, PyTorch CPU)")
    print(f"balanced intent recall {balanced:.1f}; lowest: "
          + ", ".join(f"{k} {v:.1f}" for k, v in sorted(recall.items(), key=lambda kv: kv[1])[:6]))
    if args.json:
        r1 = lambda d: {k: (round(v, 1) if isinstance(v, float) else v) for k, v in d.items()}  # noqa: E731
        out = {"model": config.get("model_id"), "locales": {k: r1(v) for k, v in per.items()}, "mean": r1(mean),
               "ms_per_utterance": round(ms, 3), "balanced_intent_recall": round(balanced, 1),
               "intent_recall": {k: round(v, 1) for k, v in recall.items()}}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
