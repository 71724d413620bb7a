#!/usr/bin/env bash
# Recipe ablations side by side on a lent GPU machine (train.py --device=cuda), every arm from the
# same shipped model with the v8 chain's options; each arm's log (with its whole-dev FINAL line)
# lands in $OUT. The data is a run's data.pt, gzipped so that it travels with the working tree.
#   gzip -1 -c training/out/v8full/data.pt > .gpu/data.pt.gz
#   training/ablate_gpu.sh .gpu/data.pt.gz public/models/polyvox-nlu-v11 6 \
#     "base:--max_steps=8000" "ff4:--grow=1,--ff_mult=4,--max_steps=7750"
# Arms name a step budget: give each the steps it would make on the 2 CPU cores in the same
# minutes (a larger model makes fewer), so that the GPU compares what the CPU recipe would get.
# The third argument caps every arm's minutes; an arm that reaches it says so in its log.
set -euo pipefail
DATA=${1:?data.pt.gz}; INIT=${2:?shipped model folder}; MINUTES=${3:?minutes cap}; shift 3
WORK=/tmp/ablate_gpu; mkdir -p "$WORK/data" "${OUT:?}"
gunzip -c "$DATA" > "$WORK/data/data.pt"
cp training/tokenizer/spm.model "$WORK/data/spm.model"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
COMMON=(--data_dir="$WORK/data" --device=cuda --threads=1 --bf16=1 --batch_tokens=2048 --lr=0.001
        --synthetic_repeat=3 --init_from="$INIT" --time_budget_min="$MINUTES" --eval_every_min=1000
        --ckpt_every_min=1000)
export PYTHONUNBUFFERED=1
PY=${PY:-python3}  # the GPU machine's own Python; here: PY=/usr/bin/python3
pids=()
for arm; do
  name=${arm%%:*}; IFS=, read -ra opts <<< "${arm#*:}"
  "$PY" training/train.py "${COMMON[@]}" --out="$WORK/$name" "${opts[@]}" > "$OUT/$name.log" 2>&1 &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
for arm; do name=${arm%%:*}; echo "== $name"; grep -E "^model:|FINAL|balanced|Error|error" "$OUT/$name.log" | cut -c1-300; done
exit $status
