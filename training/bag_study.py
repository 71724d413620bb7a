"""Choose the bag member's weight on dev: the base pair's intent with weight x the bag's added.

    /usr/bin/python3 training/bag_study.py --base public/models/polyvox-nlu-v11 \\
        --run training/out/v12bag --bag training/out/v12bag/bag/model.pt [--bag <another model.pt> ...]

For each bag and weight it prints dev intent accuracy (the mean over locales, fp32 from the
dequantized int8 base) on the whole partition and on its two halves by MASSIVE utterance id (the
52 translations of a sentence fall in the same half): a weight that only fits one half shows there.
Then, per temperature, the calibration of the sum: adding two models' logits sharpens the
softmax, and the dialogue reads it (add_bag.py --temperature; the argmax does not move).
The base's dev logits take about 6 minutes on the 2 cores and are kept in `<run>/base_dev_intent.pt`.
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bag import BagConfig, BagNLU  # noqa: E402
from evaluate import load_shipped  # noqa: E402
from train_bag import dev_accuracy, intent_logits, mean_accuracy  # noqa: E402

WEIGHTS = (0.5, 0.7, 0.85, 1.0, 1.15, 1.3, 1.6)
TEMPERATURES = (1.0, 1.3, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.2)


def calibration(logits, gold):
    """Mean negative log-likelihood of the gold intent, the share of utterances whose top
    probability is below 0.3 and below 0.5 (the dialogue's thresholds: not understood; sure enough
    to cancel a pending question), and the share wrong at 0.5 or more."""
    p = logits.softmax(-1)
    top, arg = p.max(-1)
    nll = -p[torch.arange(len(gold)), gold].clamp_min(1e-12).log().mean().item()
    wrong = arg != gold
    return (f"nll {nll:.4f}, top below 0.3 {100 * (top < 0.3).float().mean():.1f} %, below 0.5 "
            f"{100 * (top < 0.5).float().mean():.1f} %, wrong at 0.5 or more {100 * (wrong & (top >= 0.5)).float().mean():.1f} %")


def base_logits(base, dev, cache):
    """The base model's intent logits for `dev` (data.pt records, in order), cached."""
    if os.path.exists(cache):
        return torch.load(cache)
    model, labels, _, _ = load_shipped(base)
    out = intent_logits(model, dev, len(labels["intents"]), batch=512)
    torch.save(out, cache)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True)
    ap.add_argument("--run", required=True, help="a prepared run folder (data.pt)")
    ap.add_argument("--bag", action="append", required=True, help="train_bag.py's model.pt (repeatable)")
    args = ap.parse_args()
    torch.set_num_threads(2)
    data = torch.load(os.path.join(args.run, "data.pt"))
    dev, n_loc = data["dev"], len(data["locales"])
    core = base_logits(args.base, dev, os.path.join(args.run, "base_dev_intent.pt"))
    halves = [[r["pid"] % 2 == h for r in dev] for h in (0, 1)]
    show = lambda logits: " ".join(  # noqa: E731
        f"{mean_accuracy(p, dev, n_loc, keep):.2f}" for p in [logits.argmax(-1).tolist()] for keep in (None, *halves))
    gold = torch.tensor([r["intent"] for r in dev])
    print(f"base: {show(core)} (whole, half A, half B); {calibration(core, gold)}")
    for path in args.bag:
        ck = torch.load(path)
        bag = BagNLU(BagConfig(**ck["config"]))
        bag.load_state_dict(ck["model"])
        own, logits = dev_accuracy(bag, dev, n_loc)
        print(f"{path}: alone {own:.2f}")
        for w in WEIGHTS:
            print(f"  weight {w}: {show(core + w * logits)}")
            for t in TEMPERATURES:
                print(f"    temperature {t}: {calibration((core + w * logits) / t, gold)}")


if __name__ == "__main__":
    main()
