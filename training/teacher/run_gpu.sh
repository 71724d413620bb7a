#!/usr/bin/env bash
# The teachers' whole run on a lent GPU machine: `folds` out-of-fold teachers side by side on the
# one GPU (each is small next to it), then their soft labels; everything lands in $OUT.
#   training/teacher/run_gpu.sh .teacher/pack.npz 4 5    # pack, folds, minutes of training each
set -euo pipefail
PACK=${1:?pack}; FOLDS=${2:-4}; MINUTES=${3:-5}; CONFIG=${4:-base}
WORK=/tmp/teachers; mkdir -p "$WORK" "${OUT:?}"
export PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
pids=()
for ((f = 0; f < FOLDS; f++)); do
  python3 training/teacher/teach.py --pack "$PACK" --fold $f --folds "$FOLDS" --minutes "$MINUTES" \
    --config "$CONFIG" --out "$WORK" > "$OUT/fold$f.log" 2>&1 &
  pids+=($!)
done
tail -n 3 -F "$OUT/fold0.log" & tailer=$!
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
kill $tailer 2>/dev/null || true
for ((f = 0; f < FOLDS; f++)); do tail -n 2 "$OUT/fold$f.log"; done
[ $status = 0 ] || { echo "a teacher failed"; exit 1; }
python3 training/teacher/combine.py --pack "$PACK" --dir "$WORK" --out "$OUT/soft-intents.npz" --report "$OUT/teacher-report.json"
