"""Write MODEL_CARD.md for a shipped model folder from measured files (nothing typed by hand).

    /usr/bin/python3 training/model_card.py --run training/out/full --dest public/models/polyvox-nlu-v12 \
        --eval training/out/full/eval_int8.json --parity training/out/full/parity.json \
        --ablation training/ablation.json

Inputs: the checkpoint's metadata (config, training minutes, epochs, command-line options), the
int8 dev evaluation (evaluate.py --json), the Node parity report and the size ablation.
"""
import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import JointNLU, ModelConfig  # noqa: E402

XLMR = {"intent_acc": 85.1, "slot_f1": 73.6, "exact_match": 63.7}


def table(per, mean):
    rows = ["| locale | n | intent acc | slot F1 | exact match |", "|---|---|---|---|---|"]
    rows += [f"| {k} | {v['n']} | {v['intent_acc']:.1f} | {v['slot_f1']:.1f} | {v['exact_match']:.1f} |"
             for k, v in per.items()]
    rows.append(f"| **mean ({len(per)})** | {sum(v['n'] for v in per.values())} | **{mean['intent_acc']:.1f}** | "
                f"**{mean['slot_f1']:.1f}** | **{mean['exact_match']:.1f}** |")
    rows.append(f"| XLM-R base, MASSIVE paper (test, 270M params) | | {XLMR['intent_acc']} | {XLMR['slot_f1']} | "
                f"{XLMR['exact_match']} |")
    return "\n".join(rows)


def recipe_section(abl):
    """The recipe ablation table (training/ablate.py results kept in ablation.json), if any."""
    rec = abl.get("recipe")
    if not rec:
        return ""
    base = next(r for r in rec["runs"] if r["name"] == "base")
    rows = "\n".join(
        f"| {r['name']} | {r['change']} | {r['intent_acc']:.1f} ({r['intent_acc'] - base['intent_acc']:+.1f}) | "
        f"{r['slot_f1']:.1f} ({r['slot_f1'] - base['slot_f1']:+.1f}) | {r['exact_match']:.1f} ({r['exact_match'] - base['exact_match']:+.1f}) | "
        f"{r['balanced_recall']:.1f} | {r['lighton_recall']:.1f} |" for r in rec["runs"])
    return f"""
### Recipe ablation ({rec['note']})
| run | change against base | intent acc | slot F1 | exact match | balanced intent recall | `iot_hue_lighton` recall |
|---|---|---|---|---|---|---|
{rows}

{rec['conclusion']}
{ceiling_section(abl)}"""


def ceiling_section(abl):
    """The table of changes tried on the last model (training/ablate_gpu.sh, ablation.json "ceiling"), if any."""
    ceil = abl.get("ceiling")
    if not ceil:
        return ""
    rows = "\n".join(
        f"| {r['name']} | {r['change']} | {r['params_m']:.2f}M | {r['steps']} | {r['intent_acc']:.1f} | {r['slot_f1']:.1f} | "
        f"{r['exact_match']:.1f} | {r['balanced_recall']:.1f} | {r['lowest']} | {r['below_76']} |" for r in ceil["runs"])
    return f"""
### Capacity and regularization, from the shipped model ({ceil['note']})
| arm | change | params | steps | intent acc | slot F1 | exact match | balanced intent recall | lowest locale | locales below 76 |
|---|---|---|---|---|---|---|---|---|---|
{rows}

{ceil['conclusion']}
"""


def bias_line(config):
    """The card's line on the intent prior correction (training/intent_bias.py), if the folder has one."""
    bias = config.get("intent_bias") or {}
    if not bias:
        return ""
    said = ", ".join(f"`{k}` {v:+.2f}" for k, v in sorted(bias.items()))
    return (f"- Intent prior correction: {said} on the intent logit, in the ONNX intent head's bias\n"
            "  (`training/intent_bias.py`: MASSIVE's train split under-represents \"turn on the light\";\n"
            "  the value is selected on dev, where it must not cost accuracy). Every figure here includes it.\n")


def replace_recipe(card, abl):
    """`card` with its recipe ablation section replaced by (or, if absent, added before
    "## Training") the one ablation.json gives now: for a shipped model whose run folder is gone."""
    section = recipe_section(abl).strip("\n")
    start = card.find("### Recipe ablation")
    end = card.find("\n## Training")
    if end < 0:
        raise SystemExit("the card has no '## Training' section to put the recipe table before")
    if start < 0 or start > end:
        start = end + 1
        return card[:start] + section + "\n" + card[start - 1:]
    return card[:start] + section + "\n" + card[end:]


def pair_text(first, source, second, ck, threshold=None, slot_threshold=None):
    """The architecture paragraph of a pair (model.py PairNLU); the thresholds: its cascade's."""
    commit = f" at commit {source.split(':')[0]}" if ":" in source else ""
    return (f"\n**Two members, one table** (`training/model.py` PairNLU, `training/pair.py`). The first member is "
            f"`{source.split(':')[-1]}`{commit} (d={first['d_model']}, {first['n_layers']} blocks); the second "
            f"(d={second['d_model']}, {second['n_layers']} blocks, {second['attn_layers']} with attention) was trained "
            f"from random weights for {ck['train_minutes']:.0f} minutes on the first one's embedding table, kept frozen "
            "(`train.py --embed_from`), so the file holds that table once. Both read the same token rows; the intent "
            "and slot logits are the mean of the two members' (the softmax of that mean is the normalized geometric "
            "mean of their probabilities), the `embedding` output is the first member's, so what the device has "
            "learned on it stays valid. Two models trained apart disagree on different utterances, and where one is "
            "unsure the other often is not."
            + (f" **Cascade:** where the first member's top intent probability is {threshold} or more"
               + (f" and every token's top slot probability {slot_threshold} or more" if slot_threshold is not None else "")
               + ", its logits answer alone and the graph does not run the second member (an `If` node, "
               "`training/cascade_graph.py`), so most utterances cost one "
               "body; the figures below are the cascade's." if threshold is not None else "") + "\n")


def more_text(more, runs, more_threshold=None, more_slot_threshold=None):
    """The sentence on a pair's members after the second (config `more_architectures`, `members.more`)
    and, with `more_threshold` (config `cascade_more_threshold`), on the third stage that asks them."""
    if not more:
        return ""
    names = "third fourth".split()
    parts = [f"a {names[k]} (d={m['d_model']}, {m['n_layers']} blocks, {m['attn_layers']} with attention, kernel "
             f"{m['kernel']}, {r.get('train_minutes', 0):.0f} minutes, `{r.get('run', '?')}`)" for k, (m, r) in enumerate(zip(more, runs))]
    head = (f"\n**More members on the same table:** {', '.join(parts)}, trained the same way (`train.py --embed_from`, "
            "another seed; `pair.py --more_run`). ")
    n = 2 + len(more)
    if more_threshold is None:
        return head + f"Where the first member is unsure, the logits are the mean of all {n} members'; the graph runs them in the same branch.\n"
    slots = f" and every token's top slot probability {more_slot_threshold} or more" if more_slot_threshold is not None else ""
    return head + (f"**A third stage** (`cascade_more_threshold`): where the first member is unsure, the mean of the first "
                   f"two answers where its top intent probability is {more_threshold} or more{slots}; only the rest ask "
                   f"the later members and get the mean of all {n} members' logits (a second `If` inside the first).\n")


def more_minutes(dest_config):
    """The training line's note on members after the second: each is a run of its own."""
    more = (dest_config.get("members") or {}).get("more", [])
    return "".join(f" Member {k + 3} (`{m.get('run')}`), a run of its own: {m.get('train_minutes', 0):.0f} min, {m.get('steps')} steps."
                   for k, m in enumerate(more))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run")
    ap.add_argument("--dest", required=True)
    ap.add_argument("--eval")
    ap.add_argument("--parity")
    ap.add_argument("--ablation", required=True)
    ap.add_argument("--recipe_only", action="store_true",
                    help="only replace the recipe ablation table of the existing card (no run folder needed)")
    args = ap.parse_args()
    if args.recipe_only:
        path = os.path.join(args.dest, "MODEL_CARD.md")
        card = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(replace_recipe(card, json.load(open(args.ablation))))
        print(f"updated the recipe table of {path}")
        return
    if not (args.run and args.eval and args.parity):
        ap.error("--run, --eval and --parity are needed to write a whole card")
    ck = torch.load(os.path.join(args.run, "model.pt"))
    ev = json.load(open(args.eval))
    par = json.load(open(args.parity))
    abl = json.load(open(args.ablation))
    cfg, opts = ck["config"], ck["args"]
    data = torch.load(os.path.join(opts["data_dir"], "data.pt"))
    n_train, n_train_locales = len(data["train"]), len(data["locales"])
    del data
    n_params = sum(v.numel() for v in ck["model"].values())
    n_emb = ck["model"]["embed.weight"].numel()
    dest_config = json.load(open(os.path.join(args.dest, "config.json"), encoding="utf-8"))
    # A pair (model.py PairNLU; full_run.sh PAIR=<commit>:<folder> leaves the source in pair/SOURCE):
    # this run trained its second member; the first member's own body and heads count too.
    pair_first = dest_config.get("architecture") if dest_config.get("pair_architecture") else None
    pair_source_file = os.path.join(args.run, "pair", "SOURCE")
    pair_source = (open(pair_source_file, encoding="utf-8").read().strip() if os.path.exists(pair_source_file)
                   else opts.get("embed_from", ""))
    if pair_first:
        n_params += sum(p.numel() for p in JointNLU(ModelConfig(**pair_first)).parameters()) - n_emb
        for more in dest_config.get("more_architectures", []):
            n_params += sum(p.numel() for p in JointNLU(ModelConfig(**more)).parameters()) - n_emb
    sizes = {n: os.path.getsize(os.path.join(args.dest, n)) for n in sorted(os.listdir(args.dest)) if n != "MODEL_CARD.md"}
    worst = min(ev["locales"].items(), key=lambda kv: kv[1]["intent_acc"])
    # The options that make this recipe (full_run.sh passes them to train.py); the rest are defaults.
    # The distillation options only when a teacher was used (training/teacher/).
    recipe_keys = ("bf16", "threads", "synthetic_repeat", "time_budget_min", "batch_tokens", "lr")
    if opts.get("teacher"):
        recipe_keys += ("teacher", "kd_weight", "kd_temp", "kd_agree")
    # The locales sampled more often (train.py --locale_repeat, training/sampling.py), when any.
    if opts.get("locale_repeat"):
        recipe_keys += ("locale_repeat",)
    if opts.get("seed", 1337) != 1337:
        recipe_keys += ("seed",)
    train_cmd = " ".join(f"--{k}={int(v) if isinstance(v, bool) else v}" for k, v in sorted(opts.items())
                         if k in recipe_keys)
    run_name = os.path.basename(os.path.normpath(args.run))
    # A run continued from an earlier model (train.py --init_from; full_run.sh INIT=<commit>:<folder>
    # leaves the source in init/SOURCE): the command names it, and the minutes add to that model's.
    source_file = os.path.join(args.run, "init", "SOURCE")
    init = open(source_file, encoding="utf-8").read().strip() if os.path.exists(source_file) else opts.get("init_from", "")
    init_env = f"INIT={init} " if ":" in init else ""
    if init and not init_env:
        train_cmd += f" --init_from={init}"
    if pair_first:
        init_env += f"PAIR={pair_source} " if ":" in pair_source else ""
        if ":" not in pair_source:
            train_cmd += f" --embed_from={pair_source}"
    init_note = (f"\n- Started from the weights of `{init.split(':')[-1]}` (`training/warm_start.py`): the minutes and steps"
                 " below are this run's, added to that model's own training.") if init else ""
    shipped = {"name": f"**shipped: d={cfg['d_model']}, {cfg['n_layers']} blocks ({cfg['attn_layers']} with attention), "
                       f"{ck['train_minutes']:.0f} min, {opts.get('threads', 2)} threads{', bf16' if opts.get('bf16') else ''}"
                       f"{', continued from ' + os.path.basename(init.split(':')[-1]) if init else ''}**", "params_m": n_params / 1e6,
               "minutes": ck["train_minutes"], "steps": ck["steps"], **ck["dev"]["mean"]}
    if pair_first:
        # The pair's own figures (int8); the run's are its second member's alone.
        shipped.update(ev["mean"], name=f"**shipped: {os.path.basename(pair_source.split(':')[-1])} and a second member "
                       f"trained on its frozen table (d={cfg['d_model']}, {cfg['n_layers']} blocks, {ck['train_minutes']:.0f} min, "
                       f"{opts.get('threads', 2)} threads{', bf16' if opts.get('bf16') else ''})"
                       f"{' and a third on the same table' if dest_config.get('more_architectures') else ''}, logits averaged"
                       f"{' where the first is unsure' if dest_config.get('cascade_threshold') is not None else ''}**")
    abl_rows = "\n".join(
        f"| {a['name']} | {a['params_m']:.2f}M | {a['minutes']:.0f} | {a['steps']} | {a['intent_acc']:.1f} | "
        f"{a['slot_f1']:.1f} | {a['exact_match']:.1f} |" for a in abl["runs"] + [shipped])
    card_recipe = recipe_section(abl)
    card = f"""# {ev['model']} — joint intent + slot model for the 52 MASSIVE locales

A compact multilingual encoder trained from scratch by this repository's `training/` pipeline on
MASSIVE 1.1 (all 52 locales at once). It predicts one of {cfg['n_intents']} intents and, for every
word, one of {cfg['n_slots'] - 1} slot types or `Other`. It runs in the browser with
onnxruntime-web (WASM or WebGPU); input/output contract: `docs/model-format.md`.

## Figures (dev partition, this int8 model, mean over {len(ev['locales'])} locales)
| | intent acc | slot F1 | exact match |
|---|---|---|---|
| **this model (int8, {n_params / 1e6:.1f}M params)** | **{ev['mean']['intent_acc']:.1f}** | **{ev['mean']['slot_f1']:.1f}** | **{ev['mean']['exact_match']:.1f}** |
| XLM-R base, MASSIVE paper (test partition, 270M params, pretrained) | {XLMR['intent_acc']} | {XLMR['slot_f1']} | {XLMR['exact_match']} |

Lowest intent accuracy: {worst[0]} {worst[1]['intent_acc']:.1f}. Dev figures are ours; the test
partition is held back and measured independently. The XLM-R row is the direction of travel,
not a like-for-like comparison (test vs dev, 25x more parameters, multilingual pretraining).

## Architecture
Factorized embedding ({cfg['vocab_size']} SentencePiece-unigram pieces x {cfg['emb_dim']}, projected to
{cfg['d_model']}), {cfg['n_layers']} blocks of [depthwise-separable convolution (kernel {cfg['kernel']}) +
feed-forward], self-attention ({cfg['n_heads']} heads) in the last {cfg['attn_layers']}; attention +
max pooling feed the intent head; the slot head reads each word's first subword together with the
pooled utterance vector. {n_params / 1e6:.2f}M parameters, {n_emb / 1e6:.2f}M of them the embedding.
Convolutions give each block cheap local context and the position signal attention needs (no
positional table, any length exports); the factorized embedding keeps the int8 file small.
{pair_text(pair_first, pair_source, cfg, ck, dest_config.get("cascade_threshold"), dest_config.get("cascade_slot_threshold")) if pair_first else ''}{more_text(dest_config.get("more_architectures"), (dest_config.get("members") or {}).get("more", []), dest_config.get("cascade_more_threshold"), dest_config.get("cascade_more_slot_threshold"))}
### Size ablation (same data and code, dev mean over 52 locales, {abl['note']})
| config | params | train minutes | steps | intent acc | slot F1 | exact match |
|---|---|---|---|---|---|---|
{abl_rows}

{abl['conclusion']}
{card_recipe}
## Training
- Data: MASSIVE 1.1 train partition, {n_train_locales} locales ({n_train:,} utterances); dev for selection only.
- Command (prepare, train, export, parity, evaluation and this card; resumable):
  `{init_env}training/full_run.sh training/out/{run_name} {ev['model']} {train_cmd}` (see README, "Train your own model").{init_note}
- Wall-clock training time: **{ck['train_minutes']:.0f} min** on 2 CPU cores (PyTorch 1.13 + OpenBLAS, {opts.get('threads', 2)} threads{', bf16 autocast' if opts.get('bf16') else ''}),
  {ck['steps']} steps, {ck['epochs']:.1f} epochs; AdamW, cosine schedule over the time budget,
  label smoothing {opts['label_smoothing']}, dropout {opts['dropout']}.{more_minutes(dest_config)}

## Export and parity
- Model format {json.load(open(os.path.join(args.dest, "config.json")))["format_version"]}: intent logits, slot logits and the
  utterance `embedding` (the intent head's hidden layer, for on-device learning; `docs/model-format.md`).
{bias_line(json.load(open(os.path.join(args.dest, "config.json"))))}- ONNX opset 17, dynamic batch and sequence axes; weight-only int8 (per-channel symmetric,
  DequantizeLinear) for the embedding and every large matrix; activations in float32.
- int8 (onnxruntime-web in Node) vs PyTorch fp32 on {par['utterances']} dev utterances: intent
  agreement {par['intent_agreement_int8_vs_fp32']}%, exact match {par['exact_match_int8']} vs
  {par['exact_match_fp32']}.
- Tokenizer parity (`@huggingface/tokenizers` with `tokenizer.json` vs SentencePiece): {par['tokenizer_mismatches']}
  mismatching utterances out of {par['utterances']}.
- Files: {', '.join(f'`{n}` {s / 1e6:.2f} MB' for n, s in sizes.items())}; total {sum(sizes.values()) / 1e6:.2f} MB.

## Per-locale dev figures (int8)
{table(ev['locales'], ev['mean'])}

## Data, license and credits
Trained on MASSIVE 1.1 (FitzGerald et al., "MASSIVE: A 1M-Example Multilingual Natural Language
Understanding Dataset with 51 Typologically-Diverse Languages", ACL 2023), licensed CC BY 4.0,
Copyright Amazon.com Inc. or its affiliates. The model weights are a derivative of that data and
are shared under the same CC BY 4.0 terms.

## Limits
Trained on short assistant requests (MASSIVE's domains only); no pretraining, so rare words and
paraphrases far from the training data are often misread. Slot spans follow MASSIVE's word
boundaries (whitespace chunks; characters for ja/zh), so a Thai, Khmer or Burmese slot inside an
unspaced chunk covers the whole chunk.
"""
    with open(os.path.join(args.dest, "MODEL_CARD.md"), "w", encoding="utf-8") as f:
        f.write(card)
    print(f"wrote {args.dest}/MODEL_CARD.md")


if __name__ == "__main__":
    main()
