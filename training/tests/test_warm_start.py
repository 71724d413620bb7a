"""A run started from a shipped model (train.py --init_from) begins with that model's behaviour,
without the export-time intent bias, and refuses a model it cannot continue."""
import os
import sys

import pytest
import sentencepiece as spm
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import evaluate  # noqa: E402
import spm_to_json  # noqa: E402
import warm_start  # noqa: E402
from model import JointNLU, ModelConfig  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHIPPED = os.path.join(ROOT, "public", "models", "polyvox-nlu-v12")  # its tokenizer; the model is conftest's single_model

SENTENCES = [
    ("en-US", "wake me up at seven tomorrow morning", "alarm_set"),
    ("de-DE", "wie wird das wetter morgen in berlin", "weather_query"),
    ("fr-FR", "mets de la musique jazz", "play_music"),
    ("es-ES", "apaga las luces de la cocina", "iot_hue_lightoff"),
]


def logits(model, shipped_config, sentences):
    sp = spm.SentencePieceProcessor(model_file=spm_to_json.spm_for(SHIPPED))
    records = [{"words": text.split(), "locale": loc} for loc, text, _ in sentences]
    model.eval()
    rows = {}
    with torch.no_grad():
        for chunk, ids, mask in evaluate.batches(records, sp, shipped_config):
            il, _, _ = model(ids, mask)
            for (rec, _, _), row in zip(chunk, il):
                rows[" ".join(rec["words"])] = row
    return [rows[text] for _, text, _ in sentences]


def test_starts_with_the_shipped_behaviour_less_the_fixed_bias(single_model):
    reference, labels, cfg, _ = evaluate.load_shipped(single_model)
    model = JointNLU(ModelConfig(**cfg["architecture"]))
    assert warm_start.load_shipped(model, single_model, labels) == len(model.state_dict())

    bias = torch.zeros(len(labels["intents"]))
    for name, value in (cfg.get("intent_bias") or {}).items():
        bias[labels["intents"].index(name)] = value
    assert bias.abs().sum() > 0, "the shipped model carries an intent bias; the test checks it is taken out"
    started = logits(model, cfg, SENTENCES)
    shipped = logits(reference, cfg, SENTENCES)
    for (loc, text, intent), a, b in zip(SENTENCES, started, shipped):
        assert torch.allclose(a + bias, b, atol=1e-5), f"{loc} {text!r}: logits differ beyond the bias"
        assert labels["intents"][int(a.argmax())] == intent, f"{loc} {text!r}"


def test_refuses_other_labels_or_another_size(single_model):
    _, labels, cfg, _ = evaluate.load_shipped(single_model)
    model = JointNLU(ModelConfig(**cfg["architecture"]))
    swapped = {**labels, "intents": labels["intents"][1:] + labels["intents"][:1]}
    with pytest.raises(ValueError, match="intents differ"):
        warm_start.load_shipped(model, single_model, swapped)

    smaller = JointNLU(ModelConfig(**{**cfg["architecture"], "d_model": 96}))
    with pytest.raises(RuntimeError, match="size mismatch"):
        warm_start.load_shipped(smaller, single_model, labels)


@pytest.mark.parametrize("grown", [
    {"n_layers": 5, "attn_layers": 4},  # two blocks appended
    {"ff_mult": 4},  # wider feed-forward layers
    {"n_layers": 4, "attn_layers": 3, "ff_mult": 3},
])
def test_a_grown_model_starts_as_the_shipped_function_and_can_learn(grown, single_model):
    reference, labels, cfg, _ = evaluate.load_shipped(single_model)
    model = JointNLU(ModelConfig(**{**cfg["architecture"], **grown}))
    copied = warm_start.load_shipped(model, single_model, labels, grow=True)
    assert copied == len(reference.state_dict())
    assert sum(p.numel() for p in model.parameters()) > sum(p.numel() for p in reference.parameters())

    bias = torch.zeros(len(labels["intents"]))
    for name, value in (cfg.get("intent_bias") or {}).items():
        bias[labels["intents"].index(name)] = value
    for (loc, text, _), a, b in zip(SENTENCES, logits(model, cfg, SENTENCES), logits(reference, cfg, SENTENCES)):
        assert torch.allclose(a + bias, b, atol=1e-4), f"{loc} {text!r}: the grown model computes something else"

    # The silent layers get gradients, so the new capacity trains from the first step.
    model.train()
    ids = torch.tensor([[5, 17, 230, 41]])
    il, sl, _ = model(ids, torch.ones_like(ids))
    (il.logsumexp(-1).sum() + sl.logsumexp(-1).sum()).backward()
    silent = [p for n, p in model.named_parameters() if n.endswith(("fc2.weight", "pw2.weight", "attn.out.weight"))]
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in silent)


def test_growth_refuses_a_narrower_model(single_model):
    _, labels, cfg, _ = evaluate.load_shipped(single_model)
    narrower = JointNLU(ModelConfig(**{**cfg["architecture"], "d_model": 96}))
    with pytest.raises(ValueError, match="grow: .* in the shipped model"):
        warm_start.load_shipped(narrower, single_model, labels, grow=True)
