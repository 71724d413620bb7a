"""Export a trained checkpoint to the runtime folder: int8 ONNX, tokenizer, labels, config.

    /usr/bin/python3 training/export.py --run training/out/full --model_id polyvox-nlu-v11 \
        --dest public/models/polyvox-nlu-v11
    node training/parity.mjs training/out/full public/models/polyvox-nlu-v11   # then the parity check

Besides the folder (layout in docs/model-format.md) it writes `<run>/parity_dev.jsonl`: every
dev utterance's words, the Python tokenizer's ids and PyTorch fp32 predictions, which
`training/parity.mjs` compares against @huggingface/tokenizers and onnxruntime (int8).
"""
import argparse
import json
import os
import sys

import onnx
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import intent_bias  # noqa: E402
import massive  # noqa: E402
import spm_to_json  # noqa: E402
import bag_graph  # noqa: E402
import cascade_graph  # noqa: E402
from model import JointNLU, ModelConfig, PairNLU  # noqa: E402
from prepare import DEFAULT_DATA  # noqa: E402
from quantize import quantize_weights  # noqa: E402

OPSET = 17


class Exported(torch.nn.Module):
    """The ONNX signature (format v2): ids + mask in; intent logits, slot logits, embedding out."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids, attention_mask)


class _FirstMember(torch.nn.Module):
    """A pair's first member, also giving out the table rows its second member reads (cascade_graph.py)."""

    def __init__(self, pair):
        super().__init__()
        self.model = pair  # weights keep the pair's names, model.a.*

    def forward(self, input_ids, attention_mask):
        rows = self.model.a.embed(input_ids)
        return (*self.model.a.forward_rows(rows, attention_mask), rows)


class _BagMember(torch.nn.Module):
    """A pair's bag member (bag.py) alone, its weights keeping the pair's names, model.bag.*."""

    def __init__(self, pair):
        super().__init__()
        self.model = pair

    def forward(self, input_ids, attention_mask):
        return self.model.bag(input_ids, attention_mask)


class _OtherMembers(torch.nn.Module):
    """The sum of `members`' logits (model.b.*, model.c.*, ...): all the members after the first,
    or in a three-stage cascade the second alone, then those after it."""

    def __init__(self, pair, members):
        super().__init__()
        self.model = pair
        self.members = members

    def forward(self, rows, attention_mask):
        return self.model.others_sum(rows, attention_mask, self.members)


def _trace(module, inputs, path, input_names, output_names, dynamic):
    # NOTE: no constant folding, so weights keep their PyTorch names (evaluate.py maps them back);
    # onnxruntime folds the weight transposes itself when it loads the session.
    torch.onnx.export(module, inputs, path, opset_version=OPSET, do_constant_folding=False,
                      input_names=input_names, output_names=output_names,
                      dynamic_axes={n: dynamic[n] for n in input_names + output_names})


IDS = torch.tensor([[5, 6, 7, 8], [9, 10, 0, 0]], dtype=torch.long)
# Every tensor of the graphs is [batch, ...] or [batch, seq, ...].
_BATCH, _BATCH_SEQ = {0: "batch"}, {0: "batch", 1: "seq"}
_OUTS = (("intent_logits", "slot_logits"), cascade_graph.A_OUT, cascade_graph.B_OUT, cascade_graph.C_OUT)
DYNAMIC = {"input_ids": _BATCH_SEQ, "attention_mask": _BATCH_SEQ, cascade_graph.ROWS: _BATCH_SEQ, "embedding": _BATCH,
           **{intent: _BATCH for intent, _ in _OUTS}, **{slots: _BATCH_SEQ for _, slots in _OUTS}}


def export_onnx(model, path):
    """One JointNLU's graph (model format 2's signature)."""
    if isinstance(model, PairNLU):
        raise TypeError("a pair is exported by export_int8 (its cascade graph)")
    _trace(Exported(model), (IDS, (IDS != 0).long()), path, ["input_ids", "attention_mask"],
           ["intent_logits", "slot_logits", "embedding"], DYNAMIC)


def export_int8(model, fp32_path):
    """The int8 graph of `model`, its float32 one written to `fp32_path`: one JointNLU as traced, a
    PairNLU as its cascade (cascade_graph.py; the members are traced and quantized one by one)."""
    if not isinstance(model, PairNLU):
        export_onnx(model, fp32_path)
        return quantize_weights(onnx.load(fp32_path))
    if model.threshold is None:
        raise ValueError("a pair ships with its cascade threshold (PairNLU.threshold)")
    mask = (IDS != 0).long()
    staged = model.more_threshold is not None
    paths = [fp32_path + ".first", fp32_path + ".second"] + ([fp32_path + ".third"] if staged else [])
    _trace(_FirstMember(model), (IDS, mask), paths[0], ["input_ids", "attention_mask"],
           [*cascade_graph.A_OUT, "embedding", cascade_graph.ROWS], DYNAMIC)
    with torch.no_grad():
        rows = model.a.embed(IDS)
    second = model.others[:1] if staged else model.others  # the second alone, or all after the first
    _trace(_OtherMembers(model, second), (rows, mask), paths[1], [cascade_graph.ROWS, "attention_mask"],
           list(cascade_graph.B_OUT), DYNAMIC)
    if staged:
        _trace(_OtherMembers(model, model.others[1:]), (rows, mask), paths[2], [cascade_graph.ROWS, "attention_mask"],
               list(cascade_graph.C_OUT), DYNAMIC)
    graphs = [onnx.load(p) for p in paths]

    def join(a, b, c=None):
        return cascade_graph.compose(a, b, model.threshold, model.slot_threshold, model.n_members, c,
                                     model.more_threshold, model.more_slot_threshold)

    fp32, q = join(*graphs), join(*[quantize_weights(g) for g in graphs])
    if model.bag is not None:
        paths.append(fp32_path + ".bag")
        _trace(_BagMember(model), (IDS, mask), paths[-1], ["input_ids", "attention_mask"], [bag_graph.BAG_OUT],
               {**DYNAMIC, bag_graph.BAG_OUT: _BATCH})
        fp32 = bag_graph.compose(fp32, onnx.load(paths[-1]), model.bag_weight, model.bag_temperature)
        q = bag_graph.compose(q, quantize_weights(onnx.load(paths[-1]), table_axis=1), model.bag_weight,
                              model.bag_temperature)
    onnx.save(fp32, fp32_path)
    for p in paths:
        os.remove(p)
    return q


@torch.no_grad()
def dump_parity(model, run, data, limit_per_locale):
    """Write fp32 predictions for dev utterances (the reference for the int8 parity check)."""
    # NOTE: torch.onnx.export restores the wrapper's default train mode on the way out, which
    # would leave dropout on here.
    model.eval()
    words_by_key = {}
    for rec in massive.read_records(data["source"], partitions=("dev",), locales=set(data["locales"])):
        words_by_key[(rec["locale"], int(rec["id"]))] = rec["words"]
    seen = {}
    path = os.path.join(run, "parity_dev.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        batch = []
        for r in data["dev"]:
            loc = data["locales"][r["locale"]]
            seen[loc] = seen.get(loc, 0) + 1
            if limit_per_locale and seen[loc] > limit_per_locale:
                continue
            batch.append((loc, r))
            if len(batch) == 256:
                _write_batch(model, batch, words_by_key, f)
                batch = []
        if batch:
            _write_batch(model, batch, words_by_key, f)
    return path


def _write_batch(model, batch, words_by_key, f):
    t = max(len(r["ids"]) for _, r in batch)
    ids = torch.zeros((len(batch), t), dtype=torch.long)
    for i, (_, r) in enumerate(batch):
        ids[i, : len(r["ids"])] = torch.tensor(r["ids"])
    il, sl, _ = model(ids, (ids != 0).long())
    for i, (loc, r) in enumerate(batch):
        f.write(json.dumps({
            "locale": loc, "id": r["pid"], "words": words_by_key[(loc, r["pid"])], "ids": r["ids"],
            "first": r["first"], "intent": r["intent"], "slots": r["slots"],
            "fp32_intent": int(il[i].argmax()), "fp32_slots": [int(sl[i, p].argmax()) for p in r["first"]],
        }, ensure_ascii=False) + "\n")


def ship_arguments(ap, model_id_default=None):
    """The options of ship(), shared by this script and pair.py."""
    ap.add_argument("--model_id", default=model_id_default, required=model_id_default is None)
    ap.add_argument("--dest", required=True)
    ap.add_argument("--data", default=None, help="MASSIVE folder, for the words of the parity file")
    ap.add_argument("--parity_per_locale", type=int, default=0, help="0 = whole dev partition")
    ap.add_argument("--intent_bias", default="", help="name=value[,...]: fixed logit bias (see intent_bias.py)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", required=True, help="training output folder (model.pt, spm.model, data.pt)")
    ship_arguments(ap, "polyvox-nlu-v11")
    args = ap.parse_args()
    torch.set_num_threads(2)

    ck = torch.load(os.path.join(args.run, "model.pt"))
    cfg = ModelConfig(**ck["config"])
    model = JointNLU(cfg)
    model.load_state_dict(ck["model"])
    ship(model, cfg, ck["labels"], args.run, args.dest, args.model_id, args.intent_bias,
         args.data or DEFAULT_DATA, args.parity_per_locale)


def ship(model, cfg, labels, run, dest, model_id, bias_spec, data_source, parity_per_locale, extra_config=None):
    """Write the runtime folder for `model` (a JointNLU or a PairNLU) and the parity reference.
    `run` holds data.pt and the tokenizer files; `extra_config` is merged into config.json."""
    model.eval()
    # Before the export and the parity reference, so that every runtime and the check carry it.
    bias = intent_bias.parse_spec(bias_spec, labels["intents"])
    intent_bias.apply_to_module(model, bias, labels["intents"])
    os.makedirs(dest, exist_ok=True)

    fp32_path = os.path.join(run, "model.fp32.onnx")
    onnx.save(export_int8(model, fp32_path), os.path.join(dest, "model.int8.onnx"))
    # Written afresh, not copied from the run: a run prepared before the scores were shortened
    # carries the long tokenizer.json (the same tokenization, 0.3 MB more).
    spm_to_json.write_folder(spm_to_json.spm_for(run), dest)
    with open(os.path.join(dest, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({k: labels[k] for k in ("intents", "slots", "scenarios")}, f, ensure_ascii=False, indent=1)
    data = torch.load(os.path.join(run, "data.pt"))
    config = {
        "model_id": model_id, "format_version": 2, "embedding_dim": cfg.d_model, "pad_id": cfg.pad_id,
        "max_tokens": data["max_tokens"], "char_split_locales": list(massive.CHAR_SPLIT_LOCALES),
        "normalizer": "NFKC+lowercase (in tokenizer.json)", "word_encoding": "per-word",
        "n_intents": cfg.n_intents, "n_slots": cfg.n_slots, "architecture": cfg.to_dict(),
        "locales": data["locales"], "onnx_opset": OPSET, **(extra_config or {}),
    }
    if bias:
        config["intent_bias"] = dict(sorted(bias.items()))
    with open(os.path.join(dest, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=1)
    sizes = {n: os.path.getsize(os.path.join(dest, n)) for n in os.listdir(dest)}
    print("exported:", ", ".join(f"{n} {s / 1e6:.2f} MB" for n, s in sorted(sizes.items())),
          f"| total {sum(sizes.values()) / 1e6:.2f} MB (fp32 onnx {os.path.getsize(fp32_path) / 1e6:.2f} MB)")

    data["source"] = data_source
    path = dump_parity(model, run, data, parity_per_locale)
    print(f"parity reference written: {path}")


if __name__ == "__main__":
    main()
