"""The model card of a shipped pair with a bag member added (full_run.sh BAG=..., training/add_bag.py).

    /usr/bin/python3 training/bag_card.py --run training/out/v12bag --dest public/models/polyvox-nlu-v12 \\
        --eval training/out/v12bag/eval_int8.json --base_eval training/out/v12bag/base_eval_int8.json \\
        --parity training/out/v12bag/parity.json --ablation training/bag_ablation.json

The base folder's card (`<run>/base/<folder>/MODEL_CARD.md`) keeps the story of the encoder
members, their ablations included; this card puts the new figures first (int8, whole dev, the
base's beside them), the bag member and its ablation table, then the base's architecture
sections, and the per-locale table before and after.
"""
import argparse
import json
import os
import re

import torch

XLMR = {"intent_acc": 85.1, "slot_f1": 73.6, "exact_match": 63.7}
# train_bag.py's defaults: the command names the others.
DEFAULT_OPTIONS = {"lr": 3e-3, "batch": 512, "seed": 1, "synthetic_repeat": 1}


def sections(card):
    """{heading: body} of the card's `## ` sections, and its head (title and intro)."""
    parts = re.split(r"^## ", card, flags=re.M)
    return parts[0], {p.split("\n", 1)[0]: p.split("\n", 1)[1] if "\n" in p else "" for p in parts[1:]}


def find(secs, prefix):
    for k, v in secs.items():
        if k.startswith(prefix):
            return v
    raise KeyError(f"the base card has no section '{prefix}'")


def ablation_table(abl):
    rows = "\n".join(
        f"| {r['name']} | {r['change']} | {r['size_mb']:.2f} | {r['minutes']:.1f} | {r['alone']:.2f} | "
        f"{r['weight']} | **{r['intent']:.2f}** | {r['half_a']:.2f} / {r['half_b']:.2f} |" for r in abl["runs"])
    return (f"### Bag member ablation ({abl['note']})\n"
            "| run | change | int8 MB | train minutes | intent alone | weight | intent with v11 | halves A / B |\n"
            "|---|---|---|---|---|---|---|---|\n" + rows + "\n\n" + abl["conclusion"] + "\n")


def per_locale(ev, base):
    rows = []
    for loc, r in ev["locales"].items():
        b = base["locales"][loc]
        rows.append(f"| {loc} | {r['n']} | {b['intent_acc']:.1f} → **{r['intent_acc']:.1f}** | "
                    f"{b['slot_f1']:.1f} → {r['slot_f1']:.1f} | {b['exact_match']:.1f} → {r['exact_match']:.1f} |")
    m, bm = ev["mean"], base["mean"]
    rows.append(f"| **mean ({len(ev['locales'])})** | {sum(r['n'] for r in ev['locales'].values())} | "
                f"{bm['intent_acc']:.1f} → **{m['intent_acc']:.1f}** | {bm['slot_f1']:.1f} → **{m['slot_f1']:.1f}** | "
                f"{bm['exact_match']:.1f} → **{m['exact_match']:.1f}** |")
    return ("| locale | n | intent acc (base → this) | slot F1 | exact match |\n|---|---|---|---|---|\n"
            + "\n".join(rows) + "\n")


def write_card(run, dest, ev, base_ev, par, abl):
    config = json.load(open(os.path.join(dest, "config.json"), encoding="utf-8"))
    bag, members = config["bag_architecture"], config["members"]
    source = open(os.path.join(run, "base", "SOURCE"), encoding="utf-8").read().strip()
    base_folder = os.path.join(run, "base", source.split(":")[-1])
    head, secs = sections(open(os.path.join(base_folder, "MODEL_CARD.md"), encoding="utf-8").read())
    base_id = members.get("base", os.path.basename(base_folder))
    sizes = {n: os.path.getsize(os.path.join(dest, n)) for n in sorted(os.listdir(dest)) if n != "MODEL_CARD.md"}
    worst = sorted(ev["locales"].items(), key=lambda kv: kv[1]["intent_acc"])[:3]
    up = sum(1 for k, r in ev["locales"].items() if r["intent_acc"] > base_ev["locales"][k]["intent_acc"])
    down = sum(1 for k, r in ev["locales"].items() if r["intent_acc"] < base_ev["locales"][k]["intent_acc"])
    m, bm = ev["mean"], base_ev["mean"]
    bag_params = (bag["vocab_size"] + bag["n_buckets"]) * bag["dim"]
    width = (4 if bag.get("max_pool") else 2) * bag["dim"]
    bag_params += width * 2 + width * bag["hidden"] + bag["hidden"] + bag["hidden"] * bag["n_intents"] + bag["n_intents"]
    # The run's own options (train_bag.py writes them into its model.pt), beside the config's sizes.
    b = {**members["bag"], **{k: v for k, v in torch.load(os.path.join(run, "bag", "model.pt")).items()
                              if k in ("options", "train_minutes", "steps", "epochs")}}
    opts = b.get("options", {})
    temp = config.get("bag_temperature", 1.0)
    cmd = (f"BAG={source} BAG_WEIGHT={config['bag_weight']} BAG_TEMPERATURE={temp} training/full_run.sh training/out/{os.path.basename(os.path.normpath(run))} "
           f"{config['model_id']} --dim={bag['dim']} --buckets={bag['n_buckets']} --hidden={bag['hidden']} --epochs={b['epochs']}"
           + (" --trigrams=1" if bag.get("trigrams") else "") + (" --max_pool=1" if bag.get("max_pool") else "")
           + "".join(f" --{k}={v}" for k, v in sorted(opts.items()) if k != "epochs" and v != DEFAULT_OPTIONS.get(k)))
    arch_base = re.sub(r"^### ", "#### ", find(secs, "Architecture"), flags=re.M)
    card = f"""# {config['model_id']} — joint intent + slot model for the 52 MASSIVE locales

{head.split(chr(10), 2)[2].strip()}

## Figures (dev partition, this int8 model, mean over {len(ev['locales'])} locales)
| | intent acc | slot F1 | exact match |
|---|---|---|---|
| **this model (int8): {base_id} and a bag-of-n-grams intent member** | **{m['intent_acc']:.1f}** | **{m['slot_f1']:.1f}** | **{m['exact_match']:.1f}** |
| {base_id} (int8), its encoder members alone | {bm['intent_acc']:.1f} | {bm['slot_f1']:.1f} | {bm['exact_match']:.1f} |
| XLM-R base, MASSIVE paper (test partition, 270M params, pretrained) | {XLMR['intent_acc']} | {XLMR['slot_f1']} | {XLMR['exact_match']} |

Lowest intent accuracy: {', '.join(f'{k} {r["intent_acc"]:.1f}' for k, r in worst)}; intent rose in {up} locales
and fell in {down}. Dev figures are ours; the test partition is held back and measured independently.
The XLM-R row is the direction of travel, not a like-for-like comparison (test vs dev, 25x more
parameters, multilingual pretraining).

## Architecture
**{base_id}'s three encoder members, unchanged** (their weights are the same integers; described
below), **and a bag-of-n-grams intent member** (`training/bag.py` BagNLU, `training/add_bag.py`):
the mean of its own unigram table's rows ({bag['vocab_size']} pieces x {bag['dim']}) and the mean of a
hashed bigram table's rows ({bag['n_buckets']} buckets x {bag['dim']}; bucket (p x 32771 + q) mod {bag['n_buckets']}
for neighbouring token ids, the edges of the utterance included{'; trigrams in the same table' if bag.get('trigrams') else ''}{'; max pooling beside the means' if bag.get('max_pool') else ''}),
then LayerNorm, Linear ({width} -> {bag['hidden']}), GELU and Linear to the {bag['n_intents']} intents:
{bag_params / 1e6:.2f}M parameters, {(sizes['model.int8.onnx'] - 0) / 1e6:.2f} MB ONNX in all. After the cascade, the intent logits are the
cascade's plus {config['bag_weight']} times the bag's, divided by {temp} (the softmax of the sum is the product of
the two distributions, sharper than either where they agree; the temperature, chosen on dev by the
log-likelihood, brings the confidence the dialogue reads back near the encoders' and moves no
argmax: `training/bag_study.py`); the slots, the embedding and which encoder members run do not change. The hashing is integer arithmetic in the graph, so the runtime
contract does not change (docs/model-format.md, "A bag member"). Why: the three encoders share one
frozen table and had stopped disagreeing (a fourth member added nothing); a bag of n-grams reads
the same ids without order beyond neighbouring pairs, is about as accurate alone ({b['dev_intent']:.1f} intent, fp32)
and is wrong on other utterances. It trains in {b['train_minutes']:.0f} minutes on the 2 CPU cores.

{ablation_table(abl)}
### The encoder members ({base_id}'s card)
{arch_base.strip()}

## Training
- Data: as the encoder members', MASSIVE 1.1 train (52 locales), its punctuation-free copies and the
  project's synthetic commands (data.pt of `prepare.py`); dev for selection only (the bag's weight).
- Command (prepare, the bag's training, export, parity, evaluation and this card; resumable):
  `{cmd}`.
- The bag member: **{b['train_minutes']:.1f} min** on 2 CPU cores, {b['steps']} steps, {b['epochs']} epochs;
  AdamW (lr 3e-3, warm-up then cosine), batches of 512 utterances, label smoothing 0.1, dropout 0.2.
- The encoder members ({base_id}), trained before (their card's lines):
{chr(10).join("  " + line for line in find(secs, "Training").strip().splitlines())}

## Export and parity
- Model format {config['format_version']}, as {base_id}: intent logits, slot logits and the utterance `embedding`
  (the first member's, for on-device learning; `docs/model-format.md`).
- The encoder members' int8 weights are read back from {base_id} and written again unchanged; the bag's
  tables are int8 with one scale per column, its head int8 per row; activations in float32.
- int8 (onnxruntime-web in Node) vs PyTorch on {par['utterances']} dev utterances: intent
  agreement {par['intent_agreement_int8_vs_fp32']}%, slot sequences {par['slot_sequence_agreement_int8_vs_fp32']}%, exact match {par['exact_match_int8']} vs
  {par['exact_match_fp32']}. The PyTorch side holds the encoder members as dequantized from {base_id}'s int8
  file (their fp32 checkpoints are not kept; {base_id}'s card gives their int8 vs fp32 agreement) and
  the bag's own fp32 weights: this measures the runtime's graph and the bag's quantization.
- Tokenizer parity (`@huggingface/tokenizers` with `tokenizer.json` vs SentencePiece): {par['tokenizer_mismatches']}
  mismatching utterances out of {par['utterances']}.
- Files: {', '.join(f'`{n}` {s / 1e6:.2f} MB' for n, s in sizes.items())}; total {sum(sizes.values()) / 1e6:.2f} MB
  (with this card {{CARD_TOTAL}} MB).

## Per-locale dev figures (int8)
{per_locale(ev, base_ev)}
## Data, license and credits
{find(secs, "Data, license").strip()}

## Limits
{find(secs, "Limits").strip()}
"""
    # The folder's size with the card itself (the few bytes of the number aside).
    card = card.replace("{CARD_TOTAL}", f"{(sum(sizes.values()) + len(card.encode('utf-8'))) / 1e6:.2f}")
    with open(os.path.join(dest, "MODEL_CARD.md"), "w", encoding="utf-8") as f:
        f.write(card)
    return card


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ("run", "dest", "eval", "base_eval", "parity", "ablation"):
        ap.add_argument(f"--{name}", required=True)
    args = ap.parse_args()
    load = lambda p: json.load(open(p, encoding="utf-8"))  # noqa: E731
    write_card(args.run, args.dest, load(args.eval), load(args.base_eval), load(args.parity), load(args.ablation))
    print(f"wrote {args.dest}/MODEL_CARD.md")


if __name__ == "__main__":
    main()
