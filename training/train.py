"""Train the joint NLU model on every locale at once, within a wall-clock budget; resumable.

    nohup /usr/bin/python3 training/train.py > training/out/full/train.log 2>&1 &   # the shipped config
    /usr/bin/python3 training/train.py --smoke   # tiny model on the smoke slice, 900 steps, 1-4 minutes

Any default below can be overridden as --key=value. The learning-rate schedule runs on
progress = max(step / max_steps, elapsed / budget), so the run ends on time even on a busy
machine. A checkpoint (model, optimizer, progress, args) is written every few minutes and a
rerun of the same command resumes from it.
"""
import math
import os
import random
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import Scores, mean_of  # noqa: E402
from model import JointNLU, ModelConfig, count_params  # noqa: E402
from sampling import repeat_locales  # noqa: E402

# ---- defaults (override with --key=value) ----
data_dir = "training/out/full"
out = "training/out/full"
emb_dim, d_model, n_layers, attn_layers, n_heads, ff_mult, kernel = 128, 192, 3, 2, 4, 2, 3
dropout = 0.1
batch_tokens = 4096        # padded tokens per step (length-bucketed batches)
max_steps = 10 ** 9        # usually the time budget ends the run
time_budget_min = 130.0
lr = 2e-3
min_lr_frac = 0.02
warmup = 0.03              # fraction of progress
weight_decay = 0.01
label_smoothing = 0.1
slot_weight = 1.0
logit_adjust = 0.0         # tau of the logit-adjusted intent loss (0 = off); see intent_log_prior
ema = 0.0                  # decay of the weight average used for eval and export (0 = off)
ema_start = 0.1            # progress at which the average starts
synthetic = 1              # train also on the project's synthetic records (training/synthetic)
synthetic_repeat = 1       # ... this many times per epoch (they are few next to MASSIVE)
locale_repeat = ""         # "ka-GE:3,km-KH:3": these locales' records this many times per epoch; see repeat_locales
copies = 1                 # train also on the punctuation-free copies (prepare.py)
xling = 0.0                # weight of the cross-lingual consistency loss (0 = off); see partners
teacher = ""               # soft intent labels to distill from (training/teacher/README.md); "" = off
kd_weight = 0.5            # ... the share of the intent loss moved from the gold label to the teacher's
kd_temp = 2.0              # ... the temperature both distributions are compared at
kd_agree = 0               # ... only on records whose gold intent is the teacher's first choice
bf16 = 0                   # forward and backward under bf16 autocast (fp32 weights, optimizer and loss)
eval_every_min = 10.0
eval_per_locale = 150      # dev records per locale for the periodic check
final_eval_per_locale = 0  # 0 = the whole dev partition
ckpt_every_min = 5.0
seed = 1337
init_from = ""          # a shipped model folder to start from (warm_start.py); "" = random weights
grow = 0                # ... which may be smaller than this run's model (warm_start.grow_into)
embed_from = ""         # a shipped model folder whose embedding table this run takes and keeps frozen:
                        # the second member of a pair that shares it (warm_start.share_embedding)
threads = 2
device = "cpu"             # "cuda" for experiments on a lent GPU machine; the shipped recipe runs on the CPU
smoke = False
# ----------------------------------------------
for arg in sys.argv[1:]:
    key, _, val = arg.lstrip("-").partition("=")
    if key not in globals() or key.startswith("_"):
        sys.exit(f"unknown option --{key}")
    cur = globals()[key]
    globals()[key] = (val.lower() in ("1", "true", "yes", "")) if isinstance(cur, bool) else type(cur)(val)
if smoke:
    data_dir = out = "training/out/smoke" if data_dir == "training/out/full" else data_dir
    emb_dim, d_model, n_layers, attn_layers, n_heads = 32, 64, 2, 1, 2
    # A step budget, not a wall-clock one: on a busy machine the smoke run takes longer but
    # learns as much (1.5 minutes gave 18 steps on a contended 2-core machine, and nothing learned).
    max_steps, time_budget_min = min(max_steps, 900), min(time_budget_min, 15.0)
    eval_every_min, lr, batch_tokens, threads = 100.0, 3e-3, 1024, 1
ARGS = {k: v for k, v in dict(globals()).items()
        if not k.startswith("_") and isinstance(v, (int, float, str, bool))}
torch.set_num_threads(threads)
DEVICE = torch.device(device)
random.seed(seed)
torch.manual_seed(seed)


def make_batches(recs, rng, max_tokens):
    """Length-bucketed batches of about `max_tokens` padded tokens, in random order."""
    order = sorted(range(len(recs)), key=lambda i: (len(recs[i]["ids"]), rng.random()))
    batches, cur, cur_max = [], [], 0
    for i in order:
        n = len(recs[i]["ids"])
        if cur and max(cur_max, n) * (len(cur) + 1) > max_tokens:
            batches.append(cur)
            cur, cur_max = [], 0
        cur.append(i)
        cur_max = max(cur_max, n)
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    return batches


def collate(recs, idx, pad_id):
    t = max(len(recs[i]["ids"]) for i in idx)
    ids = torch.full((len(idx), t), pad_id, dtype=torch.long)
    slots = torch.full((len(idx), t), -100, dtype=torch.long)
    intents = torch.empty(len(idx), dtype=torch.long)
    for row, i in enumerate(idx):
        r = recs[i]
        ids[row, : len(r["ids"])] = torch.tensor(r["ids"])
        slots[row, r["first"]] = torch.tensor(r["slots"], dtype=torch.long)
        intents[row] = r["intent"]
    return ids, (ids != pad_id).long(), intents, slots


def lr_at(progress):
    if progress < warmup:
        return lr * progress / warmup
    p = (progress - warmup) / (1 - warmup)
    return lr * (min_lr_frac + (1 - min_lr_frac) * 0.5 * (1 + math.cos(math.pi * min(p, 1.0))))


def intent_log_prior(train, n_intents):
    """log p(intent) over the training records.

    MASSIVE's train split is imbalanced where a home assistant needs it most (about 22
    `iot_hue_lighton` per locale against 153 `iot_hue_lightoff`). The logit-adjusted loss
    (Menon et al., 2021) trains on logits + tau * log prior, so the raw logits used at inference
    carry less of that prior.
    """
    counts = torch.ones(n_intents)
    for r in train:
        counts[r["intent"]] += 1
    return (counts / counts.sum()).log()


def partner_index(train):
    """pid -> indices of its translations: MASSIVE's ids are parallel across locales."""
    by_pid = {}
    for i, r in enumerate(train):
        if not r.get("synthetic"):
            by_pid.setdefault(r["pid"], []).append(i)
    return by_pid


def partners(train, idx, by_pid, rng):
    """One translation per record, from another locale (the record itself when it has none)."""
    out_ = []
    for i in idx:
        group = by_pid.get(train[i]["pid"], [i]) if not train[i].get("synthetic") else [i]
        j = group[rng.randrange(len(group))] if len(group) > 1 else i
        if j == i and len(group) > 1:
            j = group[(group.index(i) + 1) % len(group)]
        out_.append(j)
    return out_


def consistency(logits_a, logits_b):
    """Both translations should get the same intent distribution: KL of each to their mean."""
    pa, pb = logits_a.log_softmax(-1), logits_b.log_softmax(-1)
    mean = ((pa.exp() + pb.exp()) / 2).detach().clamp_min(1e-8)
    return (F.kl_div(pa, mean, reduction="batchmean") + F.kl_div(pb, mean, reduction="batchmean")) / 2


class WeightAverage:
    """Exponential moving average of the weights (evaluated and exported instead of the raw ones)."""

    def __init__(self, model, decay):
        self.decay = decay
        self.params = [p.detach().clone() for p in model.state_dict().values()]
        self.started = False

    @torch.no_grad()
    def update(self, model):
        cur = list(model.state_dict().values())
        if not self.started:
            for a, p in zip(self.params, cur):
                a.copy_(p)
            self.started = True
            return
        for a, p in zip(self.params, cur):
            if a.dtype.is_floating_point:
                a.mul_(self.decay).add_(p, alpha=1 - self.decay)
            else:
                a.copy_(p)

    def state_dict(self, model):
        return {k: a.clone() for k, a in zip(model.state_dict().keys(), self.params)}

    def swap(self, model):
        """Swap the averaged and the live weights in place (call twice to restore)."""
        with torch.no_grad():
            for a, p in zip(self.params, model.state_dict().values()):
                tmp = p.clone()
                p.copy_(a)
                a.copy_(tmp)


@torch.no_grad()
def evaluate(model, data, recs, pad_id):
    """Per-locale official metrics on `recs`; returns (per_locale, mean)."""
    model.eval()
    labels = data["labels"]["slots"]
    scores = {}
    order = sorted(range(len(recs)), key=lambda i: len(recs[i]["ids"]))
    for s in range(0, len(order), 256):
        idx = order[s: s + 256]
        ids, mask, intents, _ = collate(recs, idx, pad_id)
        il, sl, _ = model(ids.to(DEVICE), mask.to(DEVICE))
        pi, ps = il.argmax(-1).tolist(), sl.argmax(-1).tolist()
        for row, i in enumerate(idx):
            r = recs[i]
            loc = data["locales"][r["locale"]]
            gold = [labels[k] for k in r["slots"]]
            pred = [labels[ps[row][p]] for p in r["first"]]
            scores.setdefault(loc, Scores()).add(r["intent"], pi[row], gold, pred)
    model.train()
    per = {k: v.result() for k, v in sorted(scores.items())}
    return per, mean_of(per)


@torch.no_grad()
def intent_recall(model, recs, pad_id):
    """Per-intent recall: where the label imbalance shows (the mean is the balanced accuracy)."""
    model.eval()
    hit, tot = {}, {}
    order = sorted(range(len(recs)), key=lambda i: len(recs[i]["ids"]))
    for s in range(0, len(order), 256):
        idx = order[s: s + 256]
        ids, mask, intents, _ = collate(recs, idx, pad_id)
        pred = model(ids.to(DEVICE), mask.to(DEVICE))[0].argmax(-1)
        for g, p in zip(intents.tolist(), pred.tolist()):
            tot[g] = tot.get(g, 0) + 1
            hit[g] = hit.get(g, 0) + (g == p)
    model.train()
    return {i: hit[i] / tot[i] for i in tot}


def evaluate_avg(model, avg, data, recs, pad_id):
    """evaluate() with the averaged weights when there are any."""
    if avg is None or not avg.started:
        return evaluate(model, data, recs, pad_id)
    avg.swap(model)
    try:
        return evaluate(model, data, recs, pad_id)
    finally:
        avg.swap(model)


def cpu_state(model):
    """The weights on the CPU, so that a checkpoint or model.pt from a GPU run loads anywhere."""
    return {k: v.detach().cpu() for k, v in model.state_dict().items()}


def dev_subset(dev, per_locale):
    seen, out_ = {}, []
    for r in dev:
        if seen.get(r["locale"], 0) < per_locale:
            seen[r["locale"]] = seen.get(r["locale"], 0) + 1
            out_.append(r)
    return out_


def main():
    data = torch.load(os.path.join(data_dir, "data.pt"))
    labels = data["labels"]
    import sentencepiece as spm
    vocab = spm.SentencePieceProcessor(model_file=os.path.join(data_dir, "spm.model")).get_piece_size()
    cfg = ModelConfig(vocab_size=vocab, emb_dim=emb_dim,
                      d_model=d_model, n_layers=n_layers, attn_layers=attn_layers, n_heads=n_heads,
                      ff_mult=ff_mult, kernel=kernel, dropout=dropout,
                      n_intents=len(labels["intents"]), n_slots=len(labels["slots"]))
    model = JointNLU(cfg).to(DEVICE)
    if embed_from:
        from warm_start import share_embedding
        share_embedding(model, embed_from)
        print(f"embedding table from {embed_from}, frozen", flush=True)
    total, emb = count_params(model)
    print(f"model: {total / 1e6:.2f}M params ({emb / 1e6:.2f}M embedding) {cfg}", flush=True)
    trained = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    decay = [p for n, p in trained if p.dim() >= 2 and "embed" not in n]
    no_decay = [p for n, p in trained if not (p.dim() >= 2 and "embed" not in n)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=lr, betas=(0.9, 0.98))
    os.makedirs(out, exist_ok=True)
    ckpt_path = os.path.join(out, "ckpt.pt")
    step, elapsed, epoch, batch_pos = 0, 0.0, 0, 0
    rng = random.Random(seed)
    avg = WeightAverage(model, ema) if ema > 0 else None
    if os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, map_location=DEVICE)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["optim"])
        if avg is not None and ck.get("ema") is not None:
            avg.params = [ck["ema"][k] for k in model.state_dict().keys()]
            avg.started = True
        step, elapsed, epoch, batch_pos = ck["step"], ck["elapsed"], ck["epoch"], ck["batch_pos"]
        rng.setstate(ck["rng"])
        print(f"resumed from {ckpt_path}: step {step}, {elapsed / 60:.1f} min, epoch {epoch}", flush=True)
    elif init_from:
        from warm_start import load_shipped
        n = load_shipped(model, init_from, labels, grow=bool(grow))
        print(f"started from {init_from}: {n} tensors", flush=True)
    train = [r for r in data["train"]
             if (synthetic or not r.get("synthetic")) and (copies or not r.get("copy"))]
    train += [r for r in train if r.get("synthetic")] * (synthetic_repeat - 1)
    train = repeat_locales(train, data["locales"], locale_repeat)
    soft = None
    if teacher:
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "teacher"))
        from distill import SoftLabels, gold_loss, mixed_intent_loss
        soft = SoftLabels(teacher)
        found = soft.attach(data["train"], data["locales"])
        print(f"teacher {teacher}: soft labels for {found} of {len(data['train'])} records", flush=True)
    dev = data["dev"]
    dev_small = dev_subset(dev, eval_per_locale)
    budget = time_budget_min * 60
    t_start = time.time() - elapsed
    last_ckpt = last_eval = time.time()
    # With the consistency loss every batch is half originals, half their translations.
    per_batch = batch_tokens // 2 if xling > 0 else batch_tokens
    batches = make_batches(train, random.Random(seed + epoch), per_batch)
    prior = (intent_log_prior(train, cfg.n_intents) * logit_adjust).to(DEVICE) if logit_adjust > 0 else None
    by_pid = partner_index(train) if xling > 0 else None
    n_synth = sum(1 for r in train if r.get("synthetic"))
    print(f"train: {len(train)} records ({n_synth} synthetic), dev: {len(dev)}", flush=True)
    log_loss, log_n = 0.0, 0

    def save():
        torch.save({"model": cpu_state(model), "optim": opt.state_dict(), "step": step,
                    "elapsed": time.time() - t_start, "epoch": epoch, "batch_pos": batch_pos,
                    "rng": rng.getstate(), "args": ARGS, "config": cfg.to_dict(),
                    "ema": avg.state_dict(model) if avg is not None and avg.started else None}, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)

    model.train()
    while True:
        progress = max(step / max_steps, (time.time() - t_start) / budget)
        if progress >= 1.0:
            break
        if batch_pos >= len(batches):
            epoch += 1
            batch_pos = 0
            batches = make_batches(train, random.Random(seed + epoch), per_batch)
        idx = batches[batch_pos]
        batch_pos += 1
        if by_pid is not None:
            idx = idx + partners(train, idx, by_pid, rng)
        ids, mask, intents, slots = (t.to(DEVICE) for t in collate(train, idx, cfg.pad_id))
        for g in opt.param_groups:
            g["lr"] = lr_at(progress)
        # NOTE: bf16 matmuls run on the CPU's bf16 units (AVX-512 BF16 here): more steps in the
        # same budget; the weights, the optimizer state and the loss stay fp32.
        with torch.autocast(DEVICE.type, dtype=torch.bfloat16, enabled=bool(bf16)):
            il, sl, _ = model(ids, mask)
        il, sl = il.float(), sl.float()
        il_loss = il + prior if prior is not None else il
        if soft is not None:
            intent_loss = mixed_intent_loss(il_loss, gold_loss(il_loss, intents, label_smoothing),
                                            soft.rows(train, idx), soft, kd_weight, kd_temp,
                                            gold=intents if kd_agree else None)
        else:
            intent_loss = F.cross_entropy(il_loss, intents, label_smoothing=label_smoothing)
        loss = intent_loss + slot_weight * F.cross_entropy(
            sl.reshape(-1, sl.size(-1)), slots.reshape(-1), ignore_index=-100, label_smoothing=label_smoothing)
        if by_pid is not None:
            half = len(idx) // 2
            loss = loss + xling * consistency(il[:half], il[half:])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if avg is not None and progress >= ema_start:
            avg.update(model)
        log_loss, log_n = log_loss + loss.item(), log_n + 1
        now = time.time()
        if step % 200 == 0:
            print(f"step {step} epoch {epoch} ({batch_pos}/{len(batches)}) progress {progress:.3f} "
                  f"loss {log_loss / log_n:.3f} lr {lr_at(progress):.2e} "
                  f"{(now - t_start) / 60:.1f} min", flush=True)
            log_loss, log_n = 0.0, 0
        if now - last_eval > eval_every_min * 60:
            _, m = evaluate_avg(model, avg, data, dev_small, cfg.pad_id)
            print(f"dev-subset step {step}: intent {m['intent_acc']:.1f} slot_f1 {m['slot_f1']:.1f} "
                  f"exact {m['exact_match']:.1f}", flush=True)
            last_eval = time.time()
        if now - last_ckpt > ckpt_every_min * 60:
            save()
            last_ckpt = now
    save()
    train_min = (time.time() - t_start) / 60
    final_dev = dev_subset(dev, final_eval_per_locale) if final_eval_per_locale else dev
    if avg is not None and avg.started:
        raw = evaluate(model, data, dev_small, cfg.pad_id)[1]
        print(f"dev-subset without the weight average: intent {raw['intent_acc']:.1f} "
              f"slot_f1 {raw['slot_f1']:.1f} exact {raw['exact_match']:.1f}", flush=True)
        avg.swap(model)  # from here on the model holds the averaged weights
    per, m = evaluate(model, data, final_dev, cfg.pad_id)
    print(f"FINAL dev (fp32, {len(per)} locales): intent {m['intent_acc']:.1f} slot_f1 {m['slot_f1']:.1f} "
          f"exact {m['exact_match']:.1f} | {step} steps, {epoch + batch_pos / len(batches):.2f} epochs, "
          f"{train_min:.1f} min", flush=True)
    for loc, r in per.items():
        print(f"  {loc} {r['intent_acc']:.1f} {r['slot_f1']:.1f} {r['exact_match']:.1f}")
    recall = intent_recall(model, final_dev, cfg.pad_id)
    names = labels["intents"]
    print(f"balanced intent recall (mean over intents) {100 * sum(recall.values()) / len(recall):.1f}; "
          f"lowest: " + ", ".join(f"{names[i]} {100 * recall[i]:.1f}"
                                  for i in sorted(recall, key=recall.__getitem__)[:5]), flush=True)
    for name in ("iot_hue_lighton", "iot_hue_lightoff", "audio_volume_up", "alarm_set"):
        if name in names and names.index(name) in recall:
            print(f"  recall {name} {100 * recall[names.index(name)]:.1f}", flush=True)
    torch.save({"model": cpu_state(model), "config": cfg.to_dict(), "args": ARGS,
                "labels": labels, "train_minutes": train_min, "steps": step,
                "epochs": epoch + batch_pos / len(batches), "dev": {"per_locale": per, "mean": m}},
               os.path.join(out, "model.pt"))


if __name__ == "__main__":
    main()
