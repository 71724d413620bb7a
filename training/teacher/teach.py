"""Train one out-of-fold teacher on a GPU and write its intent logits (training/teacher/README.md).

The records are split into `folds` by MASSIVE id; teacher `fold` trains on the others and
predicts its own fold, so every training record gets a soft label from a model that never saw
that sentence in any language. A teacher scored on its own training data mostly repeats the
gold label back; out of fold it says where a label is doubtful or two intents are close, which
is what a student can learn from. Every teacher also predicts all of dev, for selection.

    python3 training/teacher/teach.py --pack .teacher/pack.npz --fold 0 --folds 4 --minutes 5 --out /tmp/t
"""
import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from model import JointNLU, ModelConfig  # noqa: E402

# Teacher sizes: far over the browser's budget, trained only where a GPU is lent.
CONFIGS = {
    "base": dict(emb_dim=384, d_model=384, n_layers=6, attn_layers=6, n_heads=6, ff_mult=4, kernel=3, dropout=0.15),
    "tiny": dict(emb_dim=32, d_model=32, n_layers=1, attn_layers=1, n_heads=2, ff_mult=2, kernel=3, dropout=0.1),
}


def load_split(z, split, device, limit=0):
    """Padded id and slot matrices on the device, so a batch is one index operation."""
    off = z[f"{split}_offsets"]
    n = len(off) - 1 if not limit else min(limit, len(off) - 1)
    lengths = np.diff(off)[:n]
    width = int(lengths.max())
    rows = np.repeat(np.arange(n), lengths)
    cols = np.arange(off[n]) - np.repeat(off[:n], lengths)
    ids = np.zeros((n, width), np.int64)
    ids[rows, cols] = z[f"{split}_ids"][: off[n]]
    woff = z[f"{split}_word_offsets"]
    n_words = np.diff(woff)[:n]
    slots = np.full((n, width), -100, np.int64)
    slots[np.repeat(np.arange(n), n_words), z[f"{split}_first"][: woff[n]].astype(np.int64)] = z[f"{split}_slots"][: woff[n]]
    return {"ids": torch.from_numpy(ids).to(device), "slots": torch.from_numpy(slots).to(device),
            "intent": torch.from_numpy(z[f"{split}_intent"][:n].astype(np.int64)).to(device),
            "lengths": lengths, "locale": z[f"{split}_locale"][:n], "group": z[f"{split}_group"][:n]}


def make_batches(lengths, rows, rng, max_tokens):
    """Length-bucketed batches of about max_tokens padded tokens, in random order."""
    order = rows[np.lexsort((rng.random(len(rows)), lengths[rows]))]
    out, start, cur_max = [], 0, 0
    for j, r in enumerate(order):
        n = lengths[r]
        if j > start and max(cur_max, n) * (j - start + 1) > max_tokens:
            out.append(order[start:j])
            start, cur_max = j, 0
        cur_max = max(cur_max, n)
    out.append(order[start:])
    rng.shuffle(out)
    return out


@torch.no_grad()
def predict(model, split, rows, device, batch_rows=2048):
    model.eval()
    out = torch.empty(len(rows), model.cfg.n_intents, dtype=torch.float32)
    order = np.argsort(split["lengths"][rows], kind="stable")
    for s in range(0, len(order), batch_rows):
        pos = order[s: s + batch_rows]
        b = torch.from_numpy(rows[pos]).to(device)
        width = int(split["lengths"][rows[pos]].max())
        ids = split["ids"][b, :width]
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            il = model(ids, (ids != 0).long())[0]
        out[torch.from_numpy(pos)] = il.float().log_softmax(-1).cpu()
    model.train()
    return out


def accuracy(logp, split, rows):
    pred = logp.argmax(-1).numpy()
    gold = split["intent"].cpu().numpy()[rows]
    loc = split["locale"][rows]
    per = {int(l): float((pred[loc == l] == gold[loc == l]).mean()) * 100 for l in np.unique(loc)}
    return sum(per.values()) / len(per), per


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pack", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fold", type=int, required=True)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--config", default="base", choices=sorted(CONFIGS))
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--batch_tokens", type=int, default=24576)
    ap.add_argument("--lr", type=float, default=1.5e-3)
    ap.add_argument("--warmup", type=float, default=0.05)
    ap.add_argument("--limit", type=int, default=0, help="first N records of each split (a CPU check)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.manual_seed(a.seed + a.fold)
    rng = np.random.default_rng(a.seed + a.fold)
    t0 = time.time()
    z = np.load(a.pack)
    meta = json.loads(bytes(z["meta"]).decode())
    train, dev = load_split(z, "train", device, a.limit), load_split(z, "dev", device, a.limit)
    fold = np.mod(train["group"], a.folds)
    fit_rows, own_rows = np.flatnonzero(fold != a.fold), np.flatnonzero(fold == a.fold)
    dev_rows = np.arange(len(dev["lengths"]))
    vocab = int(max(train["ids"].max().item(), dev["ids"].max().item())) + 1
    cfg = ModelConfig(vocab_size=max(vocab, 32000), n_intents=len(meta["labels"]["intents"]),
                      n_slots=len(meta["labels"]["slots"]), **CONFIGS[a.config])
    model = JointNLU(cfg).to(device)
    # Fused AdamW where there is a GPU (Debian's CPU torch 1.13 has no `fused` argument).
    extra = {"fused": True} if device.type == "cuda" else {}
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, betas=(0.9, 0.98), weight_decay=0.05, **extra)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"fold {a.fold}/{a.folds}: {n_params / 1e6:.1f}M params, fit {len(fit_rows)}, own {len(own_rows)}, "
          f"dev {len(dev_rows)}, loaded in {time.time() - t0:.0f}s on {device}", flush=True)
    budget, t_start, step, epoch = a.minutes * 60, time.time(), 0, 0
    log = 0.0
    done = False
    while not done:
        for b in make_batches(train["lengths"], fit_rows, rng, a.batch_tokens):
            progress = (time.time() - t_start) / budget
            if progress >= 1.0:
                done = True
                break
            rate = a.lr * (progress / a.warmup if progress < a.warmup else
                           0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * (progress - a.warmup) / (1 - a.warmup))))
            for g in opt.param_groups:
                g["lr"] = rate
            width = int(train["lengths"][b].max())
            bt = torch.from_numpy(b).to(device)
            ids = train["ids"][bt, :width]
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                il, sl, _ = model(ids, (ids != 0).long())
            loss = F.cross_entropy(il.float(), train["intent"][bt], label_smoothing=0.1) + F.cross_entropy(
                sl.float().reshape(-1, cfg.n_slots), train["slots"][bt, :width].reshape(-1),
                ignore_index=-100, label_smoothing=0.1)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 500 == 0:
                log = loss.item()
                print(f"fold {a.fold} step {step} epoch {epoch} loss {log:.3f} lr {rate:.2e} "
                      f"{(time.time() - t_start) / 60:.1f} min", flush=True)
        epoch += 1
    train_min = (time.time() - t_start) / 60
    own = predict(model, train, own_rows, device)
    dev_logp = predict(model, dev, dev_rows, device)
    dev_acc, _ = accuracy(dev_logp, dev, dev_rows)
    own_acc, _ = accuracy(own, train, own_rows)
    os.makedirs(a.out, exist_ok=True)
    np.savez(os.path.join(a.out, f"fold{a.fold}.npz"), own_rows=own_rows, own_logp=own.numpy().astype(np.float16),
             dev_logp=dev_logp.numpy().astype(np.float16))
    report = {"fold": a.fold, "folds": a.folds, "config": a.config, "params": n_params, "steps": step,
              "epochs": epoch, "train_minutes": round(train_min, 2), "dev_intent": round(dev_acc, 2),
              "out_of_fold_intent": round(own_acc, 2), "device": str(device)}
    with open(os.path.join(a.out, f"fold{a.fold}.json"), "w") as f:
        json.dump(report, f)
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
