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

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import load_shipped as read_shipped  # noqa: E402
from intent_bias import HEAD_BIAS  # noqa: E402
from model import PairNLU  # noqa: E402


def load_shipped(model, folder, labels, grow=False):
    """Copy a shipped model's weights into `model`; refuses a model of other labels or shapes.
    Returns the number of tensors copied. With `grow`, `model` may be deeper (more blocks, added
    after the shipped ones) or have wider feed-forward layers: see grow_into."""
    shipped, shipped_labels, config, _ = read_shipped(folder)
    if isinstance(shipped, PairNLU):
        raise ValueError(f"{folder} is a pair of two models (model.py PairNLU); a run continues one model")
    for kind in ("intents", "slots"):
        if list(shipped_labels[kind]) != list(labels[kind]):
            raise ValueError(f"{folder}: its {kind} differ from this run's labels; cannot start from it")
    state = shipped.state_dict()
    head = HEAD_BIAS[len("model."):]
    for name, value in (config.get("intent_bias") or {}).items():
        state[head][list(labels["intents"]).index(name)] -= float(value)
    if grow:
        return grow_into(model, state)
    # load_state_dict refuses missing or extra tensors and other shapes, with their names.
    model.load_state_dict(state)
    return len(state)


# The output layer of each residual branch: zeroed in a new block, the block adds nothing.
BRANCH_OUTPUTS = ("conv.pw2", "attn.out", "ff.fc2")


def grow_into(model, state):
    """Start a larger model as the function the shipped one computes (net2net-style growth).

    Why: continuing the same 5.4M-parameter model adds about 0.1 intent per 90-minute run (v7 ->
    v8), so its capacity, not its step count, is what limits it now; a larger model from random
    weights would need the whole chain of runs again. So new blocks are appended after the
    shipped ones with their residual branches' output layers zeroed (each starts as the identity:
    the final LayerNorm sees the same vector), and a wider feed-forward layer keeps the shipped
    units with zero outgoing weights on the new ones. Gradients reach the zeroed layers through
    their inputs, so the new capacity trains from the first step. Returns the tensors copied."""
    target = model.state_dict()
    copied = 0
    with torch.no_grad():
        for name, value in target.items():
            old = state.get(name)
            if old is None:
                if name.startswith("blocks.") and name.rsplit(".", 1)[0].split(".", 2)[2] in BRANCH_OUTPUTS:
                    value.zero_()
                elif not name.startswith("blocks."):
                    raise ValueError(f"grow: {name} is not in the shipped model and is not part of a new block")
                continue
            if old.shape == value.shape:
                value.copy_(old)
            elif name.endswith("ff.fc1.weight") or name.endswith("ff.fc1.bias"):
                value[: old.shape[0]].copy_(old)  # new hidden units keep their random weights
            elif name.endswith("ff.fc2.weight"):
                value.zero_()
                value[:, : old.shape[1]].copy_(old)  # ... and write nothing until trained
            else:
                raise ValueError(f"grow: {name} is {tuple(old.shape)} in the shipped model, {tuple(value.shape)} here")
            copied += 1
        extra = set(state) - set(target)
        if extra:
            raise ValueError(f"grow: the shipped model has tensors this one lacks: {sorted(extra)[:5]}")
    model.load_state_dict(target)
    return copied


def share_embedding(model, folder):
    """Take a shipped model's embedding table (dequantized, exactly the values it ships) and freeze it.

    Why: two models whose log-probabilities are averaged are right more often than either (v10 with
    the independently trained v3: +0.8 intent on six locales' dev), but two 5.7 MB files do not fit
    the 10 MB budget. The vocabulary table is 4.1 of the 5.4M parameters; a second member trained on
    the first one's frozen table adds only its 1.3M-parameter body, and the pair ships one table
    (model.py, PairNLU). Frozen, the table also costs no gradient or optimizer update per step."""
    shipped, _, _, _ = read_shipped(folder)
    table = (shipped.a if isinstance(shipped, PairNLU) else shipped).embed.weight.detach()
    if tuple(table.shape) != tuple(model.embed.weight.shape):
        raise ValueError(f"{folder}: embedding {tuple(table.shape)}, this model {tuple(model.embed.weight.shape)}")
    with torch.no_grad():
        model.embed.weight.copy_(table)
    model.embed.weight.requires_grad_(False)
