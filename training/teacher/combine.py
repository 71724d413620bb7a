"""Join the out-of-fold teachers' logits into the soft labels the CPU recipe distills from.

Each training record takes the log-probabilities of the one teacher that did not train on it,
cut to its `top` most likely intents (the rest of the mass is small and costs most of the
bytes); dev is scored with every teacher and with their average, per locale.

    python3 training/teacher/combine.py --pack .teacher/pack.npz --dir /tmp/t --out soft-intents.npz --report report.json
"""
import argparse
import glob
import json
import os

import numpy as np


def per_locale_acc(logp, gold, locale, names):
    pred = logp.argmax(-1)
    per = {names[l]: round(float((pred[locale == l] == gold[locale == l]).mean()) * 100, 2) for l in np.unique(locale)}
    return round(sum(per.values()) / len(per), 2), per


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pack", required=True)
    ap.add_argument("--dir", required=True, help="the teachers' fold*.npz and fold*.json")
    ap.add_argument("--out", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--top", type=int, default=5)
    a = ap.parse_args()
    z = np.load(a.pack)
    meta = json.loads(bytes(z["meta"]).decode())
    names = meta["locales"]
    files = sorted(glob.glob(os.path.join(a.dir, "fold*.npz")))
    folds = [np.load(f) for f in files]
    teachers = [json.load(open(f[:-4] + ".json")) for f in files]
    n_dev = len(folds[0]["dev_logp"])
    rows = np.concatenate([f["own_rows"] for f in folds])
    logp = np.concatenate([f["own_logp"].astype(np.float32) for f in folds])
    assert len(np.unique(rows)) == len(rows), "a record in two folds"
    top = np.argsort(-logp, axis=1)[:, : a.top]
    top_logp = np.take_along_axis(logp, top, axis=1)
    keys = z["train_key"][: int(rows.max()) + 1][rows]
    np.savez_compressed(a.out, key=keys, intent=top.astype(np.uint8), logp=top_logp.astype(np.float16))

    gold_train = z["train_intent"][rows].astype(np.int64)
    oof_mean, oof_per = per_locale_acc(logp, gold_train, z["train_locale"][rows], names)
    gold_dev = z["dev_intent"][:n_dev].astype(np.int64)
    loc_dev = z["dev_locale"][:n_dev]
    probs = np.mean([np.exp(f["dev_logp"].astype(np.float32)) for f in folds], axis=0)
    ens_mean, ens_per = per_locale_acc(np.log(probs + 1e-9), gold_dev, loc_dev, names)
    kept = float(np.exp(top_logp.astype(np.float64)).sum(1).mean())
    report = {"teachers": teachers, "records": int(len(rows)), "top": a.top,
              "mass_in_top": round(kept, 4),
              "out_of_fold_intent": {"mean": oof_mean, "per_locale": oof_per},
              "dev_intent_ensemble": {"mean": ens_mean, "per_locale": ens_per},
              "soft_labels_bytes": os.path.getsize(a.out)}
    with open(a.report, "w") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    worst = sorted(ens_per.items(), key=lambda kv: kv[1])[:5]
    print(f"{len(rows)} soft labels (top {a.top}, {kept:.3f} of the mass), {os.path.getsize(a.out) / 2 ** 20:.1f} MiB; "
          f"out-of-fold intent {oof_mean}; dev intent: " +
          ", ".join(f"teacher {t['fold']} {t['dev_intent']}" for t in teachers) +
          f", ensemble {ens_mean}; lowest {worst}", flush=True)


if __name__ == "__main__":
    main()
