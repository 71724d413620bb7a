"""The encoder under bf16 autocast (train.py --bf16): it runs, and it computes what fp32 computes."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from model import JointNLU, LayerNorm, ModelConfig  # noqa: E402


def small_model():
    torch.manual_seed(0)
    cfg = ModelConfig(vocab_size=500, emb_dim=32, d_model=64, n_layers=2, n_heads=2, attn_layers=1,
                      n_intents=7, n_slots=5, dropout=0.0)
    return JointNLU(cfg).eval()


def test_layer_norm_is_fp32_under_bf16_input():
    norm = LayerNorm(8)
    x = torch.randn(3, 8)
    y = norm(x.to(torch.bfloat16))
    assert y.dtype == torch.float32
    assert torch.allclose(y, torch.nn.functional.layer_norm(x.to(torch.bfloat16).float(), (8,)), atol=1e-6)
    # In fp32 it is nn.LayerNorm: same result to the bit.
    assert torch.equal(norm(x), torch.nn.LayerNorm(8)(x))


def test_bf16_autocast_forward_is_close_to_fp32():
    model = small_model()
    ids = torch.randint(1, 500, (4, 9))
    mask = torch.ones_like(ids)
    mask[0, 6:] = 0
    with torch.no_grad():
        il32, sl32, emb32 = model(ids, mask)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            il16, sl16, emb16 = model(ids, mask)
    assert torch.isfinite(il16.float()).all() and torch.isfinite(sl16.float()).all()
    # bf16 keeps 8 bits of mantissa: logits agree to a few hundredths, and so do the decisions.
    assert (il16.float() - il32).abs().max() < 0.1
    assert (sl16.float() - sl32).abs().max() < 0.1
    assert torch.equal(il16.float().argmax(-1), il32.argmax(-1))


def test_bf16_training_steps_lower_the_loss():
    model = small_model().train()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    ids = torch.randint(1, 500, (16, 8))
    mask = torch.ones_like(ids)
    intents = torch.randint(0, 7, (16,))
    losses = []
    for _ in range(30):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            il, _, _ = model(ids, mask)
        loss = torch.nn.functional.cross_entropy(il.float(), intents)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    # The weights stay fp32 (autocast casts only the activations).
    assert all(p.dtype == torch.float32 for p in model.parameters())
    assert losses[-1] < 0.5 * losses[0]
