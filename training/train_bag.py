"""Train the bag-of-n-grams intent member (bag.py) on a prepared run's data.pt.

    /usr/bin/python3 training/train_bag.py --data_dir training/out/v12bag --out training/out/v12bag/bag

The same records as the encoders (MASSIVE train, its punctuation-free copies and the project's
synthetic commands, data.pt from prepare.py); dev only for the figure it prints. About a minute an
epoch on the 2 CPU cores. Resumable: a checkpoint after every epoch (`ckpt.pt`), then `model.pt`.
"""
import argparse
import math
import os
import random
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bag import BagConfig, BagNLU  # noqa: E402


def pad_batch(recs, pad_id=0):
    """ids [batch, longest] and their mask; an empty utterance keeps one (pad) token, as evaluate.py does."""
    t = max(1, max(len(r["ids"]) for r in recs))
    ids = torch.full((len(recs), t), pad_id, dtype=torch.long)
    mask = torch.zeros((len(recs), t), dtype=torch.long)
    for i, r in enumerate(recs):
        ids[i, : len(r["ids"])] = torch.tensor(r["ids"], dtype=torch.long)
        mask[i, : len(r["ids"])] = 1
    mask[:, 0] = 1
    return ids, mask


@torch.no_grad()
def intent_logits(model, recs, n_intents, batch=2048):
    """`model`'s intent logits for `recs` (data.pt records), in their order, shortest batched
    together; `model` is a BagNLU or any model whose first output is the intent logits."""
    was_training = model.training
    model.eval()
    order = sorted(range(len(recs)), key=lambda i: len(recs[i]["ids"]))
    logits = torch.zeros(len(recs), n_intents)
    for s in range(0, len(order), batch):
        idx = order[s: s + batch]
        out = model(*pad_batch([recs[i] for i in idx]))
        logits[idx] = out[0] if isinstance(out, tuple) else out
    model.train(was_training)
    return logits


def mean_accuracy(pred, dev, n_locales, keep=None):
    """Intent accuracy of `pred` (one index per record of `dev`), the mean over locales
    (EVALUATION.md); with `keep`, over the records it marks only."""
    hits, counts = [0] * n_locales, [0] * n_locales
    for k, (r, p) in enumerate(zip(dev, pred)):
        if keep is None or keep[k]:
            hits[r["locale"]] += p == r["intent"]
            counts[r["locale"]] += 1
    return 100 * sum(h / c for h, c in zip(hits, counts) if c) / sum(1 for c in counts if c)


def dev_accuracy(model, dev, n_locales):
    """Intent accuracy, the mean over locales, and the logits in `dev`'s order."""
    logits = intent_logits(model, dev, model.cfg.n_intents)
    return mean_accuracy(logits.argmax(-1).tolist(), dev, n_locales), logits


def train(data, out, cfg: BagConfig, epochs=3, lr=3e-3, batch=512, seed=1, synthetic_repeat=1, log=print):
    """Train, checkpointing after each epoch; returns the model and its dev intent accuracy."""
    torch.manual_seed(seed)
    recs = list(data["train"])
    recs += [r for r in data["train"] if r.get("synthetic")] * (synthetic_repeat - 1)
    model = BagNLU(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    per_epoch = len(recs) // batch
    total = per_epoch * epochs
    warmup = min(300, total // 10)
    # Linear warm-up, then cosine to zero over the whole run.
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, warmup)) * 0.5 * (1 + math.cos(math.pi * min(s, total) / max(1, total))))
    os.makedirs(out, exist_ok=True)
    ckpt_path = os.path.join(out, "ckpt.pt")
    epoch, elapsed = 0, 0.0
    if os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["optim"])
        sched.load_state_dict(ck["sched"])
        epoch, elapsed = ck["epoch"], ck["elapsed"]
        log(f"resumed from {ckpt_path} after epoch {epoch}")
    t0 = time.time() - elapsed
    model.train()
    while epoch < epochs:
        order = list(range(len(recs)))
        random.Random(seed * 1000 + epoch).shuffle(order)
        for k in range(per_epoch):
            chunk = [recs[i] for i in order[k * batch: (k + 1) * batch]]
            ids, mask = pad_batch(chunk)
            gold = torch.tensor([r["intent"] for r in chunk])
            loss = F.cross_entropy(model(ids, mask), gold, label_smoothing=0.1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            if k % 500 == 0:
                log(f"epoch {epoch} step {k}/{per_epoch} loss {loss.item():.3f} {(time.time() - t0) / 60:.1f} min")
        epoch += 1
        torch.save({"model": model.state_dict(), "optim": opt.state_dict(), "sched": sched.state_dict(),
                    "epoch": epoch, "elapsed": time.time() - t0}, ckpt_path)
    acc, _ = dev_accuracy(model, data["dev"], len(data["locales"]))
    minutes = (time.time() - t0) / 60
    log(f"bag member: {epochs} epochs, {total} steps, {minutes:.1f} min; dev intent {acc:.2f} (mean over locales)")
    options = {"epochs": epochs, "lr": lr, "batch": batch, "seed": seed, "synthetic_repeat": synthetic_repeat}
    torch.save({"config": cfg.to_dict(), "model": model.state_dict(), "labels": data["labels"], "epochs": epochs,
                "steps": total, "train_minutes": minutes, "dev_intent": acc, "options": options}, os.path.join(out, "model.pt"))
    return model, acc


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data_dir", required=True, help="a prepared run folder (data.pt)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--dim", type=int, default=BagConfig.dim)
    ap.add_argument("--buckets", type=int, default=BagConfig.n_buckets)
    ap.add_argument("--hidden", type=int, default=BagConfig.hidden)
    ap.add_argument("--trigrams", type=int, default=0, help="1: hashed trigrams too, in the bigrams' table")
    ap.add_argument("--max_pool", type=int, default=0, help="1: max pooling besides the mean")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--synthetic_repeat", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    data = torch.load(os.path.join(args.data_dir, "data.pt"))
    cfg = BagConfig(vocab_size=32000, n_buckets=args.buckets, dim=args.dim, hidden=args.hidden,
                    n_intents=len(data["labels"]["intents"]), trigrams=bool(args.trigrams), max_pool=bool(args.max_pool))
    train(data, args.out, cfg, args.epochs, args.lr, args.batch, args.seed, args.synthetic_repeat,
          log=lambda m: print(m, flush=True))


if __name__ == "__main__":
    main()
