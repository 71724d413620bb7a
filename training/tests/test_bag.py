"""The bag-of-n-grams intent member: its hashing, its place after the cascade, its export and training."""
import os
import sys

import onnx
import pytest
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import bag_graph  # noqa: E402
import evaluate  # noqa: E402
import train_bag  # noqa: E402
from bag import BIGRAM_MUL, TRIGRAM_MUL, BagConfig, BagNLU, bigram_ids  # noqa: E402
from model import ModelConfig, PairNLU  # noqa: E402
from test_pair import IDS, MASK, TINY, noisy, write_folder  # noqa: E402

SMALL = dict(vocab_size=60, n_buckets=1024, dim=8, hidden=16, n_intents=4)


def test_bigrams_hash_each_neighbouring_pair_with_the_edges_and_mask_the_padding():
    cfg = BagConfig(**{**SMALL, "n_buckets": 97})
    ids = torch.tensor([[5, 6, 7, 0, 0]])
    buckets, keep = bigram_ids(ids, (ids != 0).long(), cfg)
    edge = 60  # the vocabulary size stands for the edge of the utterance
    pairs = [(edge, 5), (5, 6), (6, 7), (7, edge), (edge, edge), (edge, edge)]
    assert buckets.tolist() == [[(p * BIGRAM_MUL + q) % 97 for p, q in pairs]]
    assert keep.tolist() == [[1.0, 1.0, 1.0, 1.0, 0.0, 0.0]]

    tri_buckets, tri_keep = bigram_ids(ids, (ids != 0).long(), BagConfig(**{**SMALL, "n_buckets": 97, "trigrams": True}))
    triples = [(edge, edge, 5), (edge, 5, 6), (5, 6, 7), (6, 7, edge), (7, edge, edge), (edge, edge, edge)]
    assert tri_buckets[0, :6].tolist() == buckets[0].tolist()
    assert tri_buckets[0, 6:].tolist() == [((o * BIGRAM_MUL + p) * TRIGRAM_MUL + q) % 97 for o, p, q in triples]
    assert tri_keep.tolist() == [[1.0, 1.0, 1.0, 1.0, 0.0, 0.0] * 2]


@pytest.mark.parametrize("extra", [{}, {"trigrams": True, "max_pool": True}])
def test_a_rows_intent_does_not_depend_on_the_rows_padded_beside_it(extra):
    torch.manual_seed(0)
    model = noisy(BagNLU(BagConfig(**SMALL, **extra)).eval())
    with torch.no_grad():
        batched = model(IDS, MASK)
        alone = model(IDS[1:, :3], MASK[1:, :3])
    assert torch.allclose(batched[1:], alone, atol=1e-5)
    assert not torch.allclose(batched[0], batched[1])


def pair_with_bag(weight=0.8, seed=3):
    """A tiny pair, a bag and its weight (the temperature is given where it is attached)."""
    torch.manual_seed(seed)
    p = noisy(PairNLU(ModelConfig(**TINY), ModelConfig(**{**TINY, "d_model": 24, "n_layers": 1})).eval())
    bag = noisy(BagNLU(BagConfig(**SMALL)).eval())
    return p, bag, weight


def test_the_bag_adds_weight_times_its_logits_to_the_intent_after_the_cascade_over_a_temperature():
    p, bag, w = pair_with_bag()
    p.threshold = 0.3  # a cascade that keeps some rows to the first member
    with torch.no_grad():
        before = p(IDS, MASK)
        after = p.attach_bag(bag, w, 1.5)(IDS, MASK)
        assert torch.allclose(after[0], (before[0] + w * bag(IDS, MASK)) / 1.5, atol=1e-6)
        # The temperature moves no argmax.
        assert torch.equal(after[0].argmax(-1), (before[0] + w * bag(IDS, MASK)).argmax(-1))
    assert torch.equal(after[1], before[1]) and torch.equal(after[2], before[2]), "slots and embedding unchanged"


def test_a_pair_with_a_bag_ships_as_one_graph_that_reads_back(tmp_path):
    p, bag, w = pair_with_bag()
    p.attach_bag(bag, w, 1.7)
    folder = write_folder(p, str(tmp_path / "bag"), {
        "architecture": p.a.cfg.to_dict(), "pair_architecture": p.b.cfg.to_dict(), "max_tokens": 64, "pad_id": 0,
        "bag_architecture": bag.cfg.to_dict(), "bag_weight": w, "bag_temperature": 1.7})
    graph = onnx.load(os.path.join(folder, "model.int8.onnx")).graph
    assert [i.name for i in graph.input] == ["input_ids", "attention_mask"]
    assert [o.name for o in graph.output] == ["intent_logits", "slot_logits", "embedding"]
    (scale,) = [n for n in graph.node if n.output[0] == "intent_logits"]
    (add,) = [n for n in graph.node if n.output[0] == scale.input[0]]
    assert scale.op_type == "Mul" and add.op_type == "Add" and add.input[0] == bag_graph.CORE_INTENT
    # The bigram table is int8 with one scale per column (its 1,024 x 8 weights).
    (dq,) = [n for n in graph.node if n.op_type == "DequantizeLinear" and n.output[0] == "model.bag.bigram.weight"]
    assert [a.i for a in dq.attribute if a.name == "axis"] == [1]
    back = evaluate.load_shipped(folder)[0].eval()
    assert back.bag is not None and back.bag_weight == pytest.approx(w) and back.bag_temperature == pytest.approx(1.7)
    with torch.no_grad():
        assert torch.allclose(back(IDS, MASK)[0], p(IDS, MASK)[0], atol=2e-2)  # int8 weights read back
    with pytest.raises(ValueError, match="outputs"):
        bag_graph.compose(onnx.load(os.path.join(folder, "model.int8.onnx")), onnx.ModelProto(), w)


def toy_data(n=400):
    """Utterances whose intent is which of four marker tokens they hold, among random filler."""
    g = torch.Generator().manual_seed(1)
    recs = []
    for k in range(n):
        intent = k % 4
        filler = torch.randint(10, 60, (int(torch.randint(2, 8, (1,), generator=g)),), generator=g).tolist()
        at = int(torch.randint(0, len(filler) + 1, (1,), generator=g))
        recs.append({"ids": filler[:at] + [2 + intent] + filler[at:], "intent": intent, "locale": k % 2})
    return {"train": recs[:300], "dev": recs[300:], "locales": ["xx-XX", "yy-YY"], "labels": {"intents": list("abcd")}}


def test_training_learns_the_marker_tokens_and_resumes_after_each_epoch(tmp_path):
    data = toy_data()
    cfg = BagConfig(**{**SMALL, "n_buckets": 128})
    model, acc = train_bag.train(data, str(tmp_path), cfg, epochs=6, lr=2e-2, batch=16, log=lambda m: None)
    assert acc == 100.0
    ck = torch.load(os.path.join(tmp_path, "model.pt"))
    assert ck["epochs"] == 6 and ck["steps"] == 6 * (300 // 16) and ck["config"]["n_buckets"] == 128
    # A seventh epoch continues from the checkpoint of the sixth, not from scratch.
    lines = []
    train_bag.train(data, str(tmp_path), cfg, epochs=7, lr=2e-2, batch=16, log=lines.append)
    assert lines[0].startswith("resumed") and "after epoch 6" in lines[0]
