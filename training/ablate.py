"""Short ablations of the training recipe: each change alone against the same baseline.

    /usr/bin/python3 training/ablate.py --runs base,la --steps 1000 [--data_dir training/out/v2]

Every run gets the same optimizer-step budget (not a wall-clock one, so a busy machine changes
only how long it takes, not what it measures) or, with --minutes, the same wall-clock budget
(for changes that make steps cheaper; run them together so they share the machine), one
thread, and the same dev subset (150 utterances per locale). Runs named together run in parallel, one per core. Results go to
training/out/abl/<name>/result.json; `--table` prints them all.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "training", "out", "abl")

# Each entry changes one thing against "base" (v1's recipe on v1's data).
RUNS = {
    "base": ["--synthetic=0", "--copies=0"],
    "la": ["--synthetic=0", "--copies=0", "--logit_adjust=0.5"],
    "copies": ["--synthetic=0"],
    "ema": ["--synthetic=0", "--copies=0", "--ema=0.995"],
    "xling": ["--synthetic=0", "--copies=0", "--xling=1.0"],
    "synth": ["--copies=0", "--synthetic_repeat=3"],
    "all": ["--logit_adjust=0.5", "--ema=0.995", "--xling=1.0", "--synthetic_repeat=3"],
    # Against the v2 recipe, on a wall-clock budget (--minutes): what bf16 buys is more steps.
    "v2": ["--synthetic_repeat=3"],
    "v2bf16": ["--synthetic_repeat=3", "--bf16=1"],
}


def parse(log):
    m = re.search(r"FINAL dev \(fp32, (\d+) locales\): intent ([\d.]+) slot_f1 ([\d.]+) exact ([\d.]+) \| "
                  r"(\d+) steps, ([\d.]+) epochs, ([\d.]+) min", log)
    if not m:
        return None
    res = dict(zip(("locales", "intent_acc", "slot_f1", "exact_match", "steps", "epochs", "minutes"),
                   (int(m[1]), float(m[2]), float(m[3]), float(m[4]), int(m[5]), float(m[6]), float(m[7]))))
    b = re.search(r"balanced intent recall \(mean over intents\) ([\d.]+)", log)
    on = re.search(r"recall iot_hue_lighton ([\d.]+)", log)
    res["balanced_recall"] = float(b[1]) if b else None
    res["lighton_recall"] = float(on[1]) if on else None
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", default="")
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--minutes", type=float, default=0, help="a wall-clock budget per run instead of --steps")
    ap.add_argument("--data_dir", default="training/out/v2s")
    ap.add_argument("--table", action="store_true")
    args = ap.parse_args()
    procs = []
    for name in filter(None, args.runs.split(",")):
        out = os.path.join(OUT, name)
        os.makedirs(out, exist_ok=True)
        cmd = [sys.executable, "training/train.py", f"--data_dir={args.data_dir}", f"--out={out}",
               *([f"--time_budget_min={args.minutes}"] if args.minutes else
                 [f"--max_steps={args.steps}", "--time_budget_min=100000"]), "--threads=1",
               "--eval_every_min=100000", "--final_eval_per_locale=150", *RUNS[name]]
        log = open(os.path.join(out, "train.log"), "a")
        procs.append((name, out, subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)))
    t0 = time.time()
    for name, out, p in procs:
        p.wait()
        res = parse(open(os.path.join(out, "train.log")).read())
        if res is None:
            print(f"{name}: failed (see {out}/train.log)")
            continue
        res["args"] = RUNS[name]
        json.dump(res, open(os.path.join(out, "result.json"), "w"), indent=1)
        print(f"{name}: {res} ({(time.time() - t0) / 60:.1f} min)", flush=True)
    if args.table:
        for name in RUNS:
            path = os.path.join(OUT, name, "result.json")
            if os.path.exists(path):
                r = json.load(open(path))
                print(f"{name:8s} intent {r['intent_acc']:5.1f} slot {r['slot_f1']:5.1f} exact {r['exact_match']:5.1f} "
                      f"balanced {r['balanced_recall']} lighton {r['lighton_recall']} ({r['minutes']} min)")


if __name__ == "__main__":
    main()
