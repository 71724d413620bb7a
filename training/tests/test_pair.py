"""Two models as one (model.py PairNLU, pair.py, train.py --embed_from): the pair's logits are the
mean of its members', its embedding the first member's; its ONNX reads back as the same pair;
the intent bias moves both heads; a second member must have been trained on the first one's table."""
import json
import os
import sys

import onnx
import pytest
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import evaluate  # noqa: E402
import intent_bias  # noqa: E402
import pair  # noqa: E402
import spm_to_json  # noqa: E402
import warm_start  # noqa: E402
from export import export_int8, export_onnx  # noqa: E402
from model import JointNLU, ModelConfig, PairNLU  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHIPPED = os.path.join(ROOT, "public", "models", "polyvox-nlu-v12")
TINY = dict(vocab_size=60, emb_dim=8, d_model=16, n_layers=2, attn_layers=1, n_heads=2, n_intents=4, n_slots=3)
IDS = torch.tensor([[5, 6, 7, 8, 9], [10, 11, 12, 0, 0]])
MASK = (IDS != 0).long()


def noisy(p):
    """`p` with noise on every weight. NOTE: the ONNX export merges initializers of equal values
    (fresh norms are all ones), which a trained model never has; noise keeps every tensor its own,
    as in a shipped file."""
    with torch.no_grad():
        for w in p.parameters():
            w.add_(0.05 * torch.randn_like(w))
    return p


def tiny_pair(seed=0):
    torch.manual_seed(seed)
    return noisy(PairNLU(ModelConfig(**TINY), ModelConfig(**{**TINY, "d_model": 24, "n_layers": 1})).eval())


def test_the_pair_averages_its_members_logits_and_keeps_the_first_embedding():
    p = tiny_pair()
    with torch.no_grad():
        il, sl, emb = p(IDS, MASK)
        rows = p.a.embed(IDS)
        ia, sa, ea = p.a.forward_rows(rows, MASK)
        ib, sb, _ = p.b.forward_rows(rows, MASK)
    assert torch.allclose(il, (ia + ib) / 2) and torch.allclose(sl, (sa + sb) / 2)
    assert torch.equal(emb, ea) and emb.shape == (2, 16)
    # The mean of the logits has the softmax of the mean of the members' log-probabilities.
    mean_logp = (ia.log_softmax(-1) + ib.log_softmax(-1)) / 2
    assert torch.allclose(il.softmax(-1), mean_logp.softmax(-1), atol=1e-6)
    assert not hasattr(p.b, "embed"), "the second member has no table of its own"
    with pytest.raises(ValueError, match="share"):
        PairNLU(ModelConfig(**TINY), ModelConfig(**{**TINY, "n_intents": 5}))


def write_folder(model, folder, config):
    """A shipped folder of `model`; a pair takes config's `cascade_threshold` (2.0 there: always both)."""
    os.makedirs(folder, exist_ok=True)
    if isinstance(model, PairNLU):
        config = {"cascade_threshold": 2.0, **config}
        model.threshold, model.slot_threshold = config["cascade_threshold"], config.get("cascade_slot_threshold")
    onnx.save(export_int8(model, os.path.join(folder, "fp32.onnx")), os.path.join(folder, "model.int8.onnx"))
    model.eval()  # torch.onnx.export leaves the module in training mode (export.py, dump_parity)
    labels = {"intents": [f"i{k}" for k in range(TINY["n_intents"])], "slots": ["Other", "date", "time"], "scenarios": []}
    json.dump(labels, open(os.path.join(folder, "labels.json"), "w", encoding="utf-8"))
    json.dump(config, open(os.path.join(folder, "config.json"), "w", encoding="utf-8"))
    spm_to_json.write_folder(spm_to_json.PROJECT_SPM, folder)  # as export.py ships it
    return folder


def test_a_pair_folder_reads_back_as_the_pair_and_its_bias_moves_both_heads(tmp_path):
    p = tiny_pair(1)
    folder = write_folder(p, str(tmp_path / "pair"), {
        "architecture": p.a.cfg.to_dict(), "pair_architecture": p.b.cfg.to_dict(), "max_tokens": 64, "pad_id": 0})
    back = evaluate.load_shipped(folder)[0].eval()
    assert isinstance(back, PairNLU)
    with torch.no_grad():
        assert torch.allclose(back(IDS, MASK)[0], p(IDS, MASK)[0], atol=1e-5)
    names = [i.name for i in onnx.load(os.path.join(folder, "model.int8.onnx")).graph.initializer]
    assert sorted(intent_bias.head_biases(names)) == ["model.a.intent_mlp.3.bias", "model.b.intent_mlp.3.bias"]
    assert not [n for n in names if n.startswith("model.b.embed")], "one table in the file"

    intent_bias.apply_to_folder(folder, {"i2": 0.5})
    moved = evaluate.load_shipped(folder)[0].eval()
    with torch.no_grad():
        delta = moved(IDS, MASK)[0] - back(IDS, MASK)[0]
    assert torch.allclose(delta, torch.tensor([[0.0, 0.0, 0.5, 0.0]] * 2), atol=1e-5)

    with pytest.raises(ValueError, match="pair"):
        warm_start.load_shipped(JointNLU(ModelConfig(**TINY)), folder, json.load(open(os.path.join(folder, "labels.json"))))


def test_share_embedding_takes_the_shipped_table_and_freezes_it(single_model):
    shipped, _, cfg, _ = evaluate.load_shipped(single_model)
    model = JointNLU(ModelConfig(**{**cfg["architecture"], "n_layers": 1, "attn_layers": 0}))
    warm_start.share_embedding(model, SHIPPED)  # from a pair, its first member's table
    assert torch.equal(model.embed.weight, shipped.embed.weight) and not model.embed.weight.requires_grad
    with pytest.raises(ValueError, match="embedding"):
        warm_start.share_embedding(JointNLU(ModelConfig(**{**cfg["architecture"], "emb_dim": 64})), SHIPPED)


def fake_run(tmp_path, first, table_noise=0.0, name="run", seed=2):
    """A run folder whose model.pt is the `first` model's body, perturbed, on its table."""
    shipped, labels, cfg, _ = evaluate.load_shipped(first)
    shipped.eval()
    state = {k: v.clone() for k, v in shipped.state_dict().items()}
    torch.manual_seed(seed)
    for k in state:
        if not k.startswith("embed."):
            state[k] += 0.02 * torch.randn_like(state[k])
    state["embed.weight"] += table_noise
    run = tmp_path / name
    run.mkdir()
    torch.save({"model": state, "config": cfg["architecture"], "labels": labels, "steps": 3, "train_minutes": 0.5},
               run / "model.pt")
    (run / "spm.model").write_bytes(open(spm_to_json.PROJECT_SPM, "rb").read())
    return str(run), shipped, state, cfg


def test_build_pair_joins_a_shipped_model_and_a_run_on_its_table(tmp_path, single_model):
    run, shipped, state, cfg = fake_run(tmp_path, single_model)
    p, _, _, _ = pair.build_pair(single_model, run)
    second = JointNLU(ModelConfig(**cfg["architecture"]))
    second.load_state_dict(state)
    second.eval()
    ids = torch.tensor([[100, 200, 300, 4000]])
    mask = torch.ones_like(ids)
    k = evaluate.load_shipped(single_model)[1]["intents"].index("iot_hue_lighton")
    with torch.no_grad():
        first = shipped(ids, mask)[0]
        first[0, k] -= cfg["intent_bias"]["iot_hue_lighton"]  # the pair takes the first member's bias out
        assert torch.allclose(p(ids, mask)[0], (first + second(ids, mask)[0]) / 2, atol=1e-5)


def test_build_pair_takes_further_members_and_averages_all_three(tmp_path, single_model):
    run, shipped, state_b, cfg = fake_run(tmp_path, single_model)
    more, _, state_c, _ = fake_run(tmp_path, single_model, name="third", seed=3)
    p, _, _, more_cks = pair.build_pair(single_model, run, threshold=None, more_runs=[more])
    assert p.n_members == 3 and len(more_cks) == 1 and [type(m) for m in p.others] == [JointNLU, JointNLU]
    members = []
    for state in (state_b, state_c):
        m = JointNLU(ModelConfig(**cfg["architecture"]))
        m.load_state_dict(state)
        members.append(m.eval())
    ids = torch.tensor([[100, 200, 300, 4000]])
    mask = torch.ones_like(ids)
    k = evaluate.load_shipped(single_model)[1]["intents"].index("iot_hue_lighton")
    with torch.no_grad():
        first = shipped(ids, mask)[0]
        first[0, k] -= cfg["intent_bias"]["iot_hue_lighton"]
        assert torch.allclose(p(ids, mask)[0], (first + members[0](ids, mask)[0] + members[1](ids, mask)[0]) / 3, atol=1e-5)
    bad, _, _, _ = fake_run(tmp_path, single_model, table_noise=1e-3, name="bad")
    with pytest.raises(ValueError, match="embedding table"):
        pair.build_pair(single_model, run, more_runs=[bad])


def test_three_members_ship_as_one_cascade_that_reads_back(tmp_path):
    torch.manual_seed(5)
    third = {**TINY, "d_model": 64, "n_layers": 1}
    p = noisy(PairNLU(ModelConfig(**TINY), ModelConfig(**{**TINY, "d_model": 64, "n_layers": 1}), more=[ModelConfig(**third)]).eval())
    with torch.no_grad():
        rows = p.a.embed(IDS)
        ia, _, _ = p.a.forward_rows(rows, MASK)
        ib, _, _ = p.b.forward_rows(rows, MASK)
        ic, _, _ = p.c.forward_rows(rows, MASK)
        assert torch.allclose(p(IDS, MASK)[0], (ia + ib + ic) / 3, atol=1e-6)
    folder = write_folder(p, str(tmp_path / "three"), {
        "architecture": p.a.cfg.to_dict(), "pair_architecture": p.b.cfg.to_dict(), "more_architectures": [third],
        "max_tokens": 64, "pad_id": 0})
    graph = onnx.load(os.path.join(folder, "model.int8.onnx")).graph
    share = [n for n in graph.node if n.output[0] == "cascade/share"][0].attribute[0].t
    assert abs(float(onnx.numpy_helper.to_array(share)) - 1 / 3) < 1e-7
    names = [i.name for i in graph.initializer]
    assert sorted(intent_bias.head_biases(names)) == [f"model.{m}.intent_mlp.3.bias" for m in "abc"]
    back = evaluate.load_shipped(folder)[0].eval()
    assert back.n_members == 3
    with torch.no_grad():
        assert torch.allclose(back(IDS, MASK)[0], p(IDS, MASK)[0], atol=2e-2)  # int8 weights read back
    intent_bias.apply_to_folder(folder, {"i1": 0.25})
    moved = evaluate.load_shipped(folder)[0].eval()
    with torch.no_grad():
        delta = moved(IDS, MASK)[0] - back(IDS, MASK)[0]
    assert torch.allclose(delta, torch.tensor([[0.0, 0.25, 0.0, 0.0]] * 2), atol=1e-5)
    with pytest.raises(ValueError, match="at most"):
        PairNLU(ModelConfig(**TINY), ModelConfig(**TINY), more=[ModelConfig(**TINY)] * 3)


def test_build_pair_refuses_a_run_trained_on_another_table(tmp_path, single_model):
    run, _, _, _ = fake_run(tmp_path, single_model, table_noise=1e-3)
    with pytest.raises(ValueError, match="embedding table"):
        pair.build_pair(single_model, run)
    tiny = tiny_pair()
    with pytest.raises(ValueError, match="one model"):
        pair.build_pair(write_folder(tiny, str(tmp_path / "tinypair"), {
            "architecture": TINY, "pair_architecture": tiny.b.cfg.to_dict(), "max_tokens": 64, "pad_id": 0}), run)


def test_a_pairs_first_member_is_written_back_unchanged(tmp_path, single_model):
    folder = write_folder(tiny_pair(3), str(tmp_path / "pair"), {
        "architecture": TINY, "pair_architecture": {**TINY, "d_model": 24, "n_layers": 1}, "max_tokens": 64, "pad_id": 0,
        "model_id": "tiny"})
    first = pair.write_first_member(folder, str(tmp_path / "first"))
    p = evaluate.load_shipped(folder)[0]
    one = evaluate.load_shipped(first)[0]
    assert isinstance(one, JointNLU)
    assert all(torch.equal(v, p.a.state_dict()[k]) for k, v in one.state_dict().items())
    assert json.load(open(os.path.join(first, "config.json")))["model_id"] == "tiny-first"


def test_a_sure_first_member_answers_alone_and_the_others_get_the_mean():
    p = tiny_pair()
    with torch.no_grad():
        rows = p.a.embed(IDS)
        ia, sa, _ = p.a.forward_rows(rows, MASK)
        ib, sb, _ = p.b.forward_rows(rows, MASK)
        top = ia.softmax(-1).max(-1).values
        assert top[0] != top[1]
        p.threshold = float(top.mean())  # one row sure, the other not
        il, sl, _ = p(IDS, MASK)
    sure, unsure = (0, 1) if top[0] > top[1] else (1, 0)
    assert torch.equal(il[sure], ia[sure]) and torch.equal(sl[sure], sa[sure])
    assert torch.allclose(il[unsure], (ia[unsure] + ib[unsure]) / 2) and torch.allclose(sl[unsure], (sa[unsure] + sb[unsure]) / 2)
    # With a slot threshold, the sure row also needs every real token's slot to be sure; padding is not asked.
    slot_top = sa[sure].softmax(-1).max(-1).values[MASK[sure] == 1]
    for slot_threshold, alone in ((float(slot_top.min()) - 1e-4, True), (float(slot_top.min()) + 1e-4, False)):
        p.slot_threshold = slot_threshold
        with torch.no_grad():
            il, _, _ = p(IDS, MASK)
        assert torch.equal(il[sure], ia[sure]) == alone


def test_the_pair_ships_as_one_graph_whose_second_member_runs_in_a_branch(tmp_path):
    torch.manual_seed(4)
    # A second member wide enough that quantize.py takes its matrices to int8 (4,096 weights or more).
    p = noisy(PairNLU(ModelConfig(**TINY), ModelConfig(**{**TINY, "d_model": 64, "n_layers": 1})).eval())
    folder = write_folder(p, str(tmp_path / "pair"), {
        "architecture": p.a.cfg.to_dict(), "pair_architecture": p.b.cfg.to_dict(), "max_tokens": 64, "pad_id": 0,
        "cascade_threshold": 0.55})
    p.slot_threshold = 0.3
    with_slots = onnx.load(os.path.join(write_folder(p, str(tmp_path / "slots"), {
        "architecture": p.a.cfg.to_dict(), "pair_architecture": p.b.cfg.to_dict(), "max_tokens": 64, "pad_id": 0,
        "cascade_threshold": 0.55, "cascade_slot_threshold": 0.3}), "model.int8.onnx")).graph
    assert [n.op_type for n in with_slots.node if n.output[0] == "cascade/sure"] == ["And"]
    p.slot_threshold = None
    graph = onnx.load(os.path.join(folder, "model.int8.onnx")).graph
    assert [i.name for i in graph.input] == ["input_ids", "attention_mask"]
    assert [o.name for o in graph.output] == ["intent_logits", "slot_logits", "embedding"]
    (cascade,) = [n for n in graph.node if n.op_type == "If"]
    branches = {a.name: a.g for a in cascade.attribute}
    then_inputs = {i for n in branches["then_branch"].node for i in n.input}
    # The second member's weights are read in the branch but computed (folded) in the main graph.
    assert any(i.startswith("model.b.") for i in then_inputs)
    weights = {i.name for i in graph.initializer} | {o for n in graph.node for o in n.output if n.op_type != "If"}
    weights -= {o for n in graph.node for o in n.output if n.op_type not in ("Transpose", "DequantizeLinear", "Constant")}
    from_weights_only = [n.name for n in branches["then_branch"].node
                         if n.op_type != "Constant" and n.input and all(i in weights for i in n.input)]
    assert from_weights_only == []
    assert any(n.name.startswith("b/") for n in graph.node if n.op_type == "Transpose")
    assert [n.output[0] for n in graph.node if n.op_type == "DequantizeLinear" and "model.b." in n.output[0]][:2] == [
        "model.b.blocks.0.conv.pw1.weight", "model.b.blocks.0.conv.pw2.weight"]
    threshold = [n for n in graph.node if n.output[0] == "cascade/threshold"][0].attribute[0].t
    assert abs(onnx.numpy_helper.to_array(threshold) - 0.55) < 1e-7
    back = evaluate.load_shipped(folder)[0].eval()
    assert back.threshold == 0.55
    with torch.no_grad():
        assert torch.allclose(back(IDS, MASK)[0], p(IDS, MASK)[0], atol=2e-2)  # int8 weights read back
    with pytest.raises(TypeError, match="export_int8"):
        export_onnx(p, str(tmp_path / "x.onnx"))
    p.threshold = None
    with pytest.raises(ValueError, match="threshold"):
        export_int8(p, str(tmp_path / "x.onnx"))


def test_head_biases_finds_one_head_in_a_single_model():
    names = ["model.embed.weight", "model.intent_mlp.3.bias", "model.intent_mlp.0.bias"]
    assert intent_bias.head_biases(names) == ["model.intent_mlp.3.bias"]


def four_members(seed=6):
    torch.manual_seed(seed)
    wide = {**TINY, "d_model": 64, "n_layers": 1}  # wide enough for int8 matrices (quantize.py)
    return noisy(PairNLU(ModelConfig(**TINY), ModelConfig(**wide), threshold=2.0, more=[ModelConfig(**wide), ModelConfig(**wide)],
                         more_threshold=0.5).eval())


def test_a_third_stage_asks_the_later_members_only_where_the_first_two_are_unsure_together():
    p = four_members()
    with torch.no_grad():
        rows = p.a.embed(IDS)
        (ia, sa, _), (ib, sb, _) = p.a.forward_rows(rows, MASK), p.b.forward_rows(rows, MASK)
        (ic, sc, _), (i4, s4, _) = p.c.forward_rows(rows, MASK), p.d.forward_rows(rows, MASK)
        pair_top = ((ia + ib) * 0.5).softmax(-1).max(-1).values
        assert pair_top[0] != pair_top[1]
        p.more_threshold = float(pair_top.mean())  # the pair sure of one row, not of the other
        il, sl, _ = p(IDS, MASK)
    sure, unsure = (0, 1) if pair_top[0] > pair_top[1] else (1, 0)
    assert torch.allclose(il[sure], (ia[sure] + ib[sure]) / 2) and torch.allclose(sl[sure], (sa[sure] + sb[sure]) / 2)
    mean4 = lambda x: (x[0][unsure] + x[1][unsure] + x[2][unsure] + x[3][unsure]) / 4  # noqa: E731
    assert torch.allclose(il[unsure], mean4((ia, ib, ic, i4)), atol=1e-6)
    assert torch.allclose(sl[unsure], mean4((sa, sb, sc, s4)), atol=1e-6)
    # The first member's own cascade still comes first: sure of every row, it answers alone.
    p.threshold = 0.0
    with torch.no_grad():
        assert torch.equal(p(IDS, MASK)[0], ia)
    with pytest.raises(ValueError, match="third stage"):
        PairNLU(ModelConfig(**TINY), ModelConfig(**TINY), threshold=0.8, more_threshold=0.5)
    with pytest.raises(ValueError, match="third stage"):
        PairNLU(ModelConfig(**TINY), ModelConfig(**TINY), threshold=0.8, more=[ModelConfig(**TINY)], more_slot_threshold=0.5)


def test_four_members_ship_as_a_three_stage_cascade_that_reads_back(tmp_path):
    p = four_members()
    p.threshold, p.more_threshold, p.more_slot_threshold = 0.9, 0.6, 0.3
    wide = p.b.cfg.to_dict()
    folder = write_folder(p, str(tmp_path / "four"), {
        "architecture": p.a.cfg.to_dict(), "pair_architecture": wide, "more_architectures": [wide, wide],
        "max_tokens": 64, "pad_id": 0, "cascade_threshold": 0.9, "cascade_more_threshold": 0.6,
        "cascade_more_slot_threshold": 0.3})
    graph = onnx.load(os.path.join(folder, "model.int8.onnx")).graph
    (cascade,) = [n for n in graph.node if n.op_type == "If"]
    then = {a.name: a.g for a in cascade.attribute}["then_branch"]
    (more,) = [n for n in then.node if n.op_type == "If"]
    later = {a.name: a.g for a in more.attribute}["then_branch"]
    inputs = lambda g: {i for n in g.node for i in n.input}  # noqa: E731
    # The second member is computed in the first branch, the later two only in the nested one;
    # all their weights are folded in the main graph.
    assert any(i.startswith("model.b.") for i in inputs(then)) and not any(i.startswith(("model.c.", "model.d.")) for i in inputs(then))
    assert any(i.startswith("model.c.") for i in inputs(later)) and any(i.startswith("model.d.") for i in inputs(later))
    assert any(n.name.startswith("c/") for n in graph.node if n.op_type == "Transpose")
    share = [n for n in graph.node if n.output[0] == "cascade/share"][0].attribute[0].t
    assert abs(float(onnx.numpy_helper.to_array(share)) - 0.25) < 1e-7
    constants = {n.output[0]: float(onnx.numpy_helper.to_array(n.attribute[0].t)) for n in then.node if n.op_type == "Constant"}
    assert abs(constants["then/pair_threshold"] - 0.6) < 1e-7 and abs(constants["then/pair_slot_threshold"] - 0.3) < 1e-7
    back = evaluate.load_shipped(folder)[0].eval()
    assert (back.n_members, back.more_threshold, back.more_slot_threshold) == (4, 0.6, 0.3)
    with torch.no_grad():
        assert torch.allclose(back(IDS, MASK)[0], p(IDS, MASK)[0], atol=2e-2)  # int8 weights read back
