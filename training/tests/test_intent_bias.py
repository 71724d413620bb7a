"""The intent prior correction: a shipped folder's intent head bias is brought to the value asked
for, exactly once, and config.json says what is applied; export takes the same spec."""
import json
import os
import shutil
import sys

import numpy as np
import onnx
import pytest
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import intent_bias  # noqa: E402
from model import JointNLU, ModelConfig  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHIPPED = os.path.join(ROOT, "public", "models", "polyvox-nlu-v12")


def head_bias(folder):
    """Every intent head's bias, one row per head (one model has one, a pair two)."""
    graph = onnx.load(os.path.join(folder, "model.int8.onnx")).graph
    heads = intent_bias.head_biases([i.name for i in graph.initializer])
    assert heads, "the folder has an intent head"
    return np.stack([numpy_helper.to_array(i).copy() for i in graph.initializer if i.name in heads])


def config(folder):
    with open(os.path.join(folder, "config.json"), encoding="utf-8") as f:
        return json.load(f)


def test_folder_bias_is_set_once_and_recorded(tmp_path):
    folder = str(tmp_path / "model")
    shutil.copytree(SHIPPED, folder)
    intents = json.load(open(os.path.join(folder, "labels.json"), encoding="utf-8"))["intents"]
    k = intents.index("iot_hue_lighton")
    shipped = config(folder).get("intent_bias", {}).get("iot_hue_lighton", 0.0)
    before = head_bias(folder)

    intent_bias.apply_to_folder(folder, {"iot_hue_lighton": shipped + 0.75})
    after = head_bias(folder)
    assert after[:, k] == pytest.approx(before[:, k] + 0.75, abs=1e-6)
    assert np.array_equal(np.delete(after, k, axis=1), np.delete(before, k, axis=1)), "only the named intent moves"
    assert config(folder)["intent_bias"] == {"iot_hue_lighton": shipped + 0.75}

    intent_bias.apply_to_folder(folder, {"iot_hue_lighton": shipped + 0.75})
    assert np.array_equal(head_bias(folder), after), "applying the same bias twice changes nothing"

    intent_bias.apply_to_folder(folder, {})
    assert head_bias(folder)[:, k] == pytest.approx(before[:, k] - shipped, abs=1e-6)
    assert "intent_bias" in config(folder) and config(folder)["intent_bias"] == {}


def test_spec_is_checked_and_applied_to_the_module():
    intents = ["iot_hue_lighton", "iot_hue_lightoff"]
    assert intent_bias.parse_spec("iot_hue_lighton=1.5", intents) == {"iot_hue_lighton": 1.5}
    assert intent_bias.parse_spec("", intents) == {}
    with pytest.raises(SystemExit):
        intent_bias.parse_spec("no_such_intent=1", intents)
    with pytest.raises(SystemExit):
        intent_bias.parse_spec("iot_hue_lighton=high", intents)
    model = JointNLU(ModelConfig(vocab_size=50, emb_dim=8, d_model=16, n_layers=1, attn_layers=0, n_heads=2, n_intents=2, n_slots=3))
    before = model.intent_mlp[3].bias.detach().clone()
    intent_bias.apply_to_module(model, {"iot_hue_lightoff": -0.5}, intents)
    assert torch.allclose(model.intent_mlp[3].bias.detach() - before, torch.tensor([0.0, -0.5]))
