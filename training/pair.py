"""Ship two models as one: a shipped model and a second member trained on its frozen embedding table.

    # all of it (the first member read out of git history, as INIT does): how v11 was made
    PAIR=bd1f9c1:public/models/polyvox-nlu-v10 training/full_run.sh training/out/v11body polyvox-nlu-v11 \
        --seed=7 --batch_tokens=2048 --lr=0.0015 --time_budget_min=85 ...
    # by hand: a run on the first one's table (train.py --embed_from=<folder>), then the pair with its
    # parity reference (then training/parity.ts and evaluate.py as for any model)
    /usr/bin/python3 training/pair.py --first <folder of one model> --run training/out/v11body \
        --model_id polyvox-nlu-v11 --dest public/models/polyvox-nlu-v11 --intent_bias iot_hue_lighton=1.0

Why: on two CPU cores a chain of runs of one model stopped gaining (about 0.1 intent a run), and a
larger model gained nothing in the GPU study; averaging two models trained apart does (model.py
PairNLU). The pair's ONNX keeps the signature of model format 2 (docs/model-format.md): its
`intent_logits` and `slot_logits` are the mean of the members', its `embedding` the first
member's. The first member's fixed intent bias is taken out and the pair's put on both heads.
"""
import argparse
import json
import os
import shutil
import sys

import onnx
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import load_shipped  # noqa: E402
from export import export_int8, ship, ship_arguments  # noqa: E402
from intent_bias import HEAD_BIAS  # noqa: E402
from model import JointNLU, ModelConfig, PairNLU  # noqa: E402
from prepare import DEFAULT_DATA  # noqa: E402
import spm_to_json  # noqa: E402

# v11 on dev: its first member's top intent probability is at least 0.8 for 77 % of utterances,
# and there the pair and it agree on the intent (82.40 either way). On intent alone the second
# member would run for 23 %, at a cost of 0.5 slot F1 (68.6 -> 68.1) and wrong slots in natural
# commands (list items, alarm times); also asking every token's top slot probability to be 0.5
# or more keeps the pair's slot F1 (68.58), and the second member runs for 44 % (cascade_graph.py).
CASCADE_THRESHOLD = 0.8
CASCADE_SLOT_THRESHOLD = 0.5


def _member_checkpoint(run, first, first_folder, labels, spm_path):
    """`run`'s model.pt, checked to share `first`'s labels, tokenizer and embedding table."""
    ck = torch.load(os.path.join(run, "model.pt"))
    for kind in ("intents", "slots"):
        if list(ck["labels"][kind]) != list(labels[kind]):
            raise ValueError(f"{run}: its {kind} differ from {first_folder}'s")
    with open(spm_path, "rb") as a, open(os.path.join(run, "spm.model"), "rb") as b:
        if a.read() != b.read():
            raise ValueError(f"{run} was trained with another tokenizer than {first_folder}")
    table = ck["model"]["embed.weight"]
    if table.shape != first.embed.weight.shape or not torch.equal(table, first.embed.weight.detach()):
        raise ValueError(f"{run} was not trained on {first_folder}'s embedding table (train.py --embed_from)")
    return ck


def build_pair(first_folder, run, threshold=CASCADE_THRESHOLD, slot_threshold=CASCADE_SLOT_THRESHOLD, more_runs=(),
               more_threshold=None, more_slot_threshold=None):
    """PairNLU of the shipped `first_folder` (int8 read back, less its intent bias), `run`'s model.pt
    and those of `more_runs` (members c, d...), each trained on exactly that folder's table; the
    other members answer with the first where the first's top intent probability is below
    `threshold` or a token's top slot probability below `slot_threshold` (None: intent only); with
    `more_threshold` (and `more_slot_threshold`), the members after the second answer only where the
    first two are also unsure together (PairNLU's third stage).
    Returns the pair, the second member's checkpoint, the first's config and the others' checkpoints."""
    first, labels, config, spm_path = load_shipped(first_folder)
    if not isinstance(first, JointNLU):
        raise ValueError(f"{first_folder}: the first member must be one model, not a pair")
    cks = [_member_checkpoint(r, first, first_folder, labels, spm_path) for r in (run, *more_runs)]
    state = first.state_dict()
    head = HEAD_BIAS[len("model."):]
    for name, value in (config.get("intent_bias") or {}).items():
        state[head][list(labels["intents"]).index(name)] -= float(value)
    pair = PairNLU(ModelConfig(**config["architecture"]), ModelConfig(**cks[0]["config"]), threshold=threshold,
                   slot_threshold=slot_threshold, more=[ModelConfig(**ck["config"]) for ck in cks[1:]],
                   more_threshold=more_threshold, more_slot_threshold=more_slot_threshold)
    pair.a.load_state_dict(state)
    for member, ck in zip(pair.others, cks):
        member.load_state_dict({k: v for k, v in ck["model"].items() if not k.startswith("embed.")})
    return pair.eval(), cks[0], config, cks[1:]


def write_first_member(pair_folder, dest):
    """Write a pair's first member as a shipped folder of one model (int8 weights unchanged: the
    per-row scales of dequantized weights quantize back to the same integers), for what takes one
    model: a run continued from it (train.py --init_from), the warm-start tests."""
    model, _, config, _ = load_shipped(pair_folder)
    if not isinstance(model, PairNLU):
        raise ValueError(f"{pair_folder} is not a pair")
    os.makedirs(dest, exist_ok=True)
    fp32 = os.path.join(dest, "model.fp32.onnx")
    onnx.save(export_int8(model.a.eval(), fp32), os.path.join(dest, "model.int8.onnx"))
    os.remove(fp32)
    shutil.copy(os.path.join(pair_folder, "labels.json"), os.path.join(dest, "labels.json"))
    spm_to_json.write_folder(spm_to_json.spm_for(pair_folder), dest)
    single = {k: v for k, v in config.items()
              if k not in ("pair_architecture", "more_architectures", "cascade_threshold", "cascade_slot_threshold",
                           "cascade_more_threshold", "cascade_more_slot_threshold", "members",
                           "bag_architecture", "bag_weight", "bag_temperature")}
    single["model_id"] = f"{config.get('model_id')}-first"
    with open(os.path.join(dest, "config.json"), "w", encoding="utf-8") as f:
        json.dump(single, f, ensure_ascii=False, indent=1)
    return dest


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--first", required=True, help="the shipped folder whose table the run was trained on")
    ap.add_argument("--run", required=True, help="the second member's run folder (model.pt, data.pt, tokenizer)")
    ap.add_argument("--more_run", action="append", default=[],
                    help="a further member's run folder, on the same table (repeatable: members c, d)")
    ap.add_argument("--cascade_threshold", type=float, default=CASCADE_THRESHOLD,
                    help="the second member runs where the first's top intent probability is below this (above 1: always)")
    ap.add_argument("--cascade_slot_threshold", type=float, default=CASCADE_SLOT_THRESHOLD,
                    help="... or where a token's top slot probability is below this (0: intent only)")
    ap.add_argument("--cascade_more_threshold", type=float, default=0.0,
                    help="with --more_run: the later members run only where the first two's mean has a top intent "
                         "probability below this (0: wherever the second runs)")
    ap.add_argument("--cascade_more_slot_threshold", type=float, default=0.0,
                    help="... or a token's top slot probability below this (0: intent only)")
    ship_arguments(ap)
    args = ap.parse_args()
    torch.set_num_threads(2)
    try:
        pair, ck, first_config, more_cks = build_pair(args.first, args.run, args.cascade_threshold,
                                                      args.cascade_slot_threshold or None, args.more_run,
                                                      args.cascade_more_threshold or None,
                                                      args.cascade_more_slot_threshold or None)
    except ValueError as e:
        sys.exit(f"pair.py: {e}")
    members = {"first": first_config.get("model_id"), "second": os.path.basename(os.path.normpath(args.run)),
               "second_steps": ck.get("steps"), "second_train_minutes": round(ck.get("train_minutes", 0.0), 1)}
    if more_cks:
        members["more"] = [{"run": os.path.basename(os.path.normpath(r)), "steps": c.get("steps"),
                            "train_minutes": round(c.get("train_minutes", 0.0), 1)} for r, c in zip(args.more_run, more_cks)]
    ship(pair, pair.a.cfg, ck["labels"], args.run, args.dest, args.model_id, args.intent_bias,
         args.data or DEFAULT_DATA, args.parity_per_locale,
         extra_config={"pair_architecture": pair.b.cfg.to_dict(),
                       **({"more_architectures": [m.cfg.to_dict() for m in pair.others[1:]]} if more_cks else {}),
                       "cascade_threshold": pair.threshold,
                       **({"cascade_slot_threshold": pair.slot_threshold} if pair.slot_threshold is not None else {}),
                       **({"cascade_more_threshold": pair.more_threshold} if pair.more_threshold is not None else {}),
                       **({"cascade_more_slot_threshold": pair.more_slot_threshold}
                          if pair.more_slot_threshold is not None else {}),
                       "members": members})


if __name__ == "__main__":
    main()
