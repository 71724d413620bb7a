"""Ship a shipped pair with a bag-of-n-grams intent member added (bag.py, train_bag.py).

    /usr/bin/python3 training/add_bag.py --base public/models/polyvox-nlu-v11 \\
        --run training/out/v12bag --bag training/out/v12bag/bag/model.pt --weight 1.0 --temperature 1.7 \\
        --model_id polyvox-nlu-v12 --dest public/models/polyvox-nlu-v12

The base folder's members are read back from its int8 file (their integers quantize back to the
same values: the per-row scales of dequantized weights are unchanged), the bag is attached
(model.py PairNLU.attach_bag) and the whole is shipped as any model is (export.py ship: the int8
graph, the tokenizer, config.json and the parity reference in `--run`, which holds data.pt and the
tokenizer from prepare.py). The intent bias recorded in the base's config.json is taken out of its
heads and put back by ship(), so config.json records it again.
"""
import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import intent_bias  # noqa: E402
from bag import BagConfig, BagNLU  # noqa: E402
from evaluate import load_shipped  # noqa: E402
from export import ship, ship_arguments  # noqa: E402
from model import PairNLU  # noqa: E402
from prepare import DEFAULT_DATA  # noqa: E402

# The base folder's config entries that describe its members and cascade, carried over unchanged.
CARRIED = ("pair_architecture", "more_architectures", "cascade_threshold", "cascade_slot_threshold",
           "cascade_more_threshold", "cascade_more_slot_threshold", "members")


def build(base, bag_checkpoint, weight, temperature=1.0):
    """The base pair (less its intent bias) with the bag attached; returns it, the base's labels and
    config, and the bag's checkpoint."""
    pair, labels, config, _ = load_shipped(base)
    if not isinstance(pair, PairNLU) or pair.bag is not None:
        raise ValueError(f"{base}: the base must be a pair without a bag member")
    ck = torch.load(bag_checkpoint)
    for kind in ("intents",):
        if list(ck["labels"][kind]) != list(labels[kind]):
            raise ValueError(f"{bag_checkpoint}: its {kind} differ from {base}'s")
    bag = BagNLU(BagConfig(**ck["config"]))
    bag.load_state_dict(ck["model"])
    # Out of every member's head; ship() puts it back (and records it).
    intent_bias.apply_to_module(pair, {k: -float(v) for k, v in (config.get("intent_bias") or {}).items()}, labels["intents"])
    return pair.attach_bag(bag, weight, temperature).eval(), labels, config, ck


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="a shipped pair's folder")
    ap.add_argument("--run", required=True, help="a prepared run folder (data.pt, spm.model): the parity reference goes there")
    ap.add_argument("--bag", required=True, help="train_bag.py's model.pt")
    ap.add_argument("--weight", type=float, required=True, help="the bag's logits are added this many times")
    ap.add_argument("--temperature", type=float, default=1.0, help="... and the sum divided by this (bag_study.py)")
    ship_arguments(ap)
    args = ap.parse_args()
    torch.set_num_threads(2)
    try:
        model, labels, base_config, ck = build(args.base, args.bag, args.weight, args.temperature)
    except ValueError as e:
        sys.exit(f"add_bag.py: {e}")
    bias = args.intent_bias or ",".join(f"{k}={v}" for k, v in (base_config.get("intent_bias") or {}).items())
    members = {**(base_config.get("members") or {}), "base": base_config.get("model_id"),
               "bag": {"epochs": ck.get("epochs"), "steps": ck.get("steps"), "options": ck.get("options", {}),
                       "train_minutes": round(ck.get("train_minutes", 0.0), 1), "dev_intent": round(ck.get("dev_intent", 0.0), 2)}}
    extra = {k: base_config[k] for k in CARRIED if k in base_config}
    extra.update({"members": members, "bag_architecture": model.bag.cfg.to_dict(), "bag_weight": model.bag_weight,
                  "bag_temperature": model.bag_temperature})
    ship(model, model.a.cfg, labels, args.run, args.dest, args.model_id, bias, args.data or DEFAULT_DATA,
         args.parity_per_locale, extra_config=extra)
    print(json.dumps(extra["members"]))


if __name__ == "__main__":
    main()
