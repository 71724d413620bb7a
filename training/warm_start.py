"""Start a training run from a shipped model's weights (`train.py --init_from=public/models/<id>`).

Why: on two CPU cores the number of optimizer steps decides the accuracy (v3 -> v4: 2.4 times
the steps, +1.3 intent, and v4's periodic check still rising at the end), while one session
gives a run at most about 130 minutes and its checkpoints do not outlive the session. The
shipped int8 ONNX is the one state that does: read back (evaluate.load_shipped, the reader the
dev figures use), it lets a new run add its steps to the last model's instead of starting from
random weights. Each stage of such a chain still runs on the two cores within one session.

Dequantized, the weights differ from the fp32 ones by at most half a step of their row's
scale; the first minutes of training absorb that. The optimizer state is not in the file, so
the run starts its own warm-up. The fixed intent bias that export.py adds (config.json
`intent_bias`) is taken out again, so that it is not trained into the head and then added a
second time at export.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import load_shipped as read_shipped  # noqa: E402
from intent_bias import HEAD_BIAS  # noqa: E402


def load_shipped(model, folder, labels):
    """Copy a shipped model's weights into `model`; refuses a model of other labels or shapes.
    Returns the number of tensors copied."""
    shipped, shipped_labels, config, _ = read_shipped(folder)
    for kind in ("intents", "slots"):
        if list(shipped_labels[kind]) != list(labels[kind]):
            raise ValueError(f"{folder}: its {kind} differ from this run's labels; cannot start from it")
    state = shipped.state_dict()
    head = HEAD_BIAS[len("model."):]
    for name, value in (config.get("intent_bias") or {}).items():
        state[head][list(labels["intents"]).index(name)] -= float(value)
    # load_state_dict refuses missing or extra tensors and other shapes, with their names.
    model.load_state_dict(state)
    return len(state)
