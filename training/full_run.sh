#!/usr/bin/env bash
# One whole training run, from MASSIVE to a shipped model folder with its card; resumable:
# rerun the same command after an interruption (a session ends, the machine restarts) and
# every finished step is skipped, and train.py resumes from its last checkpoint.
#
#   nohup training/full_run.sh training/out/v2full polyvox-nlu-v2 --ema=0.999 > training/out/v2full.log 2>&1 &
#   INIT=4cfff95:public/models/polyvox-nlu-v4 nohup training/full_run.sh ...   # continue v4's weights
#   PAIR=bd1f9c1:public/models/polyvox-nlu-v10 nohup training/full_run.sh ... # a second member for v10
#   PAIR=... MORE_RUNS=training/out/v12third nohup training/full_run.sh ...    # and a third, trained before
#   PAIR=... MORE_RUNS="<third> <fourth>" MORE_THRESHOLD=0.6 nohup training/full_run.sh ...  # in a third stage
#   BAG=<commit>:public/models/polyvox-nlu-v11 BAG_WEIGHT=1.0 BAG_TEMPERATURE=1.7 nohup training/full_run.sh training/out/v12bag \
#       polyvox-nlu-v12 --dim=... # a bag-of-n-grams intent member (train_bag.py options) added to a shipped pair
#
# Arguments: the run folder, the model id (public/models/<id>/), then train.py options
# (train_bag.py's with BAG).
# The data: MASSIVE train (+ dev for selection) from ../shared/data/massive-1.1, the project's
# synthetic commands (training/synthetic, marked synthetic, never in a dev figure) and the
# punctuation-free copies; the tokenizer is the shipped v1 SentencePiece model, reused.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=${1:?usage: training/full_run.sh <run dir> <model id> [train.py --key=value ...]}
MODEL_ID=${2:?usage: training/full_run.sh <run dir> <model id> [train.py --key=value ...]}
shift 2
PY=/usr/bin/python3
DATA=${MASSIVE_DIR:-../shared/data/massive-1.1}
DEST=public/models/$MODEL_ID
SYNTH=training/out/synthetic.jsonl
mkdir -p "$RUN"
step() { echo "== $(date -u +%H:%M:%S) $*"; }

# The synthetic records are generated afresh for each new run (a second, deterministic), so a run
# trains on the templates of its commit; a resumed run keeps the data.pt it began with.
if [ ! -s "$RUN/data.pt" ]; then
  step generate; $PY training/synthetic/generate.py --out "$SYNTH"
  step prepare; $PY training/prepare.py --data "$DATA" --out "$RUN" --synthetic "$SYNTH" --spm training/tokenizer/spm.model
fi
# A run may continue a model shipped earlier (warm_start.py): INIT=<commit>:<model folder> reads
# that folder out of git history, so the chain can be rerun after a newer model replaced it.
if [ -n "${INIT-}" ]; then
  mkdir -p "$RUN/init"
  [ -s "$RUN/init/${INIT#*:}/model.int8.onnx" ] || git archive "${INIT%%:*}" "${INIT#*:}" | tar -x -C "$RUN/init"
  echo "$INIT" > "$RUN/init/SOURCE"   # for the model card's command
  set -- "$@" "--init_from=$RUN/init/${INIT#*:}"
fi
# A run may instead train a second member on a shipped model's frozen embedding table and ship the
# two as one model (PAIR=<commit>:<folder>; model.py PairNLU, training/pair.py).
PAIR_FIRST=
if [ -n "${PAIR-}" ]; then
  [ -z "${INIT-}" ] || { echo "full_run.sh: INIT and PAIR exclude each other" >&2; exit 2; }
  mkdir -p "$RUN/pair"
  [ -s "$RUN/pair/${PAIR#*:}/model.int8.onnx" ] || git archive "${PAIR%%:*}" "${PAIR#*:}" | tar -x -C "$RUN/pair"
  echo "$PAIR" > "$RUN/pair/SOURCE"   # for the model card's command
  PAIR_FIRST="$RUN/pair/${PAIR#*:}"
  set -- "$@" "--embed_from=$PAIR_FIRST"
fi
# BAG=<commit>:<folder>: instead of an encoder, train the bag-of-n-grams intent member (training/bag.py)
# and ship that shipped pair with it added, BAG_WEIGHT times, the sum over BAG_TEMPERATURE
# (training/add_bag.py; both chosen on dev with training/bag_study.py).
if [ -n "${BAG-}" ]; then
  [ -z "${INIT-}${PAIR-}" ] || { echo "full_run.sh: BAG excludes INIT and PAIR" >&2; exit 2; }
  mkdir -p "$RUN/base"
  [ -s "$RUN/base/${BAG#*:}/model.int8.onnx" ] || git archive "${BAG%%:*}" "${BAG#*:}" | tar -x -C "$RUN/base"
  echo "$BAG" > "$RUN/base/SOURCE"   # for the model card
  [ -s "$RUN/bag/model.pt" ] || { step train bag; $PY training/train_bag.py --data_dir "$RUN" --out "$RUN/bag" "$@"; }
  [ -s "$DEST/model.int8.onnx" ] || { step export bag; $PY training/add_bag.py --base "$RUN/base/${BAG#*:}" --run "$RUN" \
    --bag "$RUN/bag/model.pt" --weight "${BAG_WEIGHT:?BAG needs BAG_WEIGHT}" --temperature "${BAG_TEMPERATURE:-1.0}" --model_id "$MODEL_ID" --dest "$DEST" --data "$DATA"; }
fi
[ -n "${BAG-}" ] || [ -s "$RUN/model.pt" ] || { step train; $PY training/train.py --data_dir="$RUN" --out="$RUN" "$@"; }
# The prior correction for "turn on the light" (training/intent_bias.py: selected on dev, where it costs nothing).
INTENT_BIAS=${INTENT_BIAS-iot_hue_lighton=1.0}
if [ -n "$PAIR_FIRST" ]; then
  # MORE_RUNS="<run> ...": further members already trained on the same table (pair.py --more_run).
  more=(); for r in ${MORE_RUNS-}; do more+=(--more_run "$r"); done
  # MORE_THRESHOLD=<p>: the later members only where the first two are unsure together (a third stage).
  [ -z "${MORE_THRESHOLD-}" ] || more+=(--cascade_more_threshold "$MORE_THRESHOLD")
  [ -s "$DEST/model.int8.onnx" ] || { step export pair; $PY training/pair.py --first "$PAIR_FIRST" --run "$RUN" "${more[@]}" --model_id "$MODEL_ID" --dest "$DEST" --data "$DATA" --intent_bias "$INTENT_BIAS"; }
else
  [ -s "$DEST/model.int8.onnx" ] || { step export; $PY training/export.py --run "$RUN" --model_id "$MODEL_ID" --dest "$DEST" --data "$DATA" --intent_bias "$INTENT_BIAS"; }
fi
[ -s "$RUN/parity.json" ] || { step parity; npx tsx training/parity.ts "$RUN" "$DEST"; }
[ -s "$RUN/eval_int8.json" ] || { step evaluate; $PY training/evaluate.py --model "$DEST" --data "$DATA" --partition dev --json "$RUN/eval_int8.json"; }
step model card
if [ -n "${BAG-}" ]; then
  # The base's own figures, for the card's before and after.
  [ -s "$RUN/base_eval_int8.json" ] || $PY training/evaluate.py --model "$RUN/base/${BAG#*:}" --data "$DATA" --partition dev --json "$RUN/base_eval_int8.json"
  $PY training/bag_card.py --run "$RUN" --dest "$DEST" --eval "$RUN/eval_int8.json" --base_eval "$RUN/base_eval_int8.json" \
    --parity "$RUN/parity.json" --ablation training/bag_ablation.json
else
  $PY training/model_card.py --run "$RUN" --dest "$DEST" --eval "$RUN/eval_int8.json" --parity "$RUN/parity.json" --ablation training/ablation.json
fi
step done
