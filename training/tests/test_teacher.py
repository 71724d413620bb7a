"""Distillation from a GPU teacher's soft labels: the record key, the packing for the teacher
machine, the out-of-fold split and the loss the CPU recipe adds."""
import os
import sys

import numpy as np
import pytest
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "teacher"))
from distill import SoftLabels, distill_loss, gold_loss, mixed_intent_loss  # noqa: E402
from pack import pack  # noqa: E402
from records import record_key  # noqa: E402
from teach import load_split, make_batches  # noqa: E402

LOCALES = ["de-DE", "fr-FR"]
RECORDS = [
    {"ids": [5, 9, 12], "first": [0, 2], "slots": [0, 3], "intent": 4, "locale": 0, "pid": 17},
    {"ids": [5, 9, 12], "first": [0, 1, 2], "slots": [0, 0, 1], "intent": 4, "locale": 1, "pid": 17},
    {"ids": [7, 8], "first": [0, 1], "slots": [2, 0], "intent": 9, "locale": 0, "pid": 3},
    {"ids": [30, 31, 32, 33], "first": [0, 3], "slots": [0, 0], "intent": 1, "locale": 1, "pid": -1,
     "synthetic": True},
]


def test_key_depends_on_locale_and_every_token():
    base = record_key("de-DE", [5, 9, 12])
    assert base == record_key("de-DE", np.array([5, 9, 12], dtype=np.uint16))  # any integer type
    assert base != record_key("fr-FR", [5, 9, 12])
    assert base != record_key("de-DE", [5, 9, 13])
    assert base != record_key("de-DE", [5, 91, 2])  # no ambiguity from joining the digits
    assert 0 <= base < 2 ** 64


def test_pack_round_trips_through_the_teacher_loader(tmp_path):
    arrays = {f"train_{k}": v for k, v in pack(RECORDS, LOCALES).items()}
    np.savez(tmp_path / "p.npz", **arrays)
    split = load_split(np.load(tmp_path / "p.npz"), "train", torch.device("cpu"))
    assert split["ids"].tolist() == [[5, 9, 12, 0], [5, 9, 12, 0], [7, 8, 0, 0], [30, 31, 32, 33]]
    assert split["slots"][0].tolist() == [0, -100, 3, -100]  # a slot label on each word's first piece
    assert split["slots"][1].tolist() == [0, 0, 1, -100]
    assert split["intent"].tolist() == [4, 4, 9, 1]
    # Translations share a fold unit; a synthetic record is its own.
    assert split["group"][0] == split["group"][1] == 17
    assert split["group"][3] < 0


def test_batches_cover_the_rows_once_within_the_token_budget():
    rng = np.random.default_rng(0)
    lengths = rng.integers(1, 30, size=500)
    rows = np.flatnonzero(np.arange(500) % 4 != 1)
    batches = make_batches(lengths, rows, rng, max_tokens=200)
    seen = np.concatenate(batches)
    assert sorted(seen.tolist()) == rows.tolist()
    assert all(lengths[b].max() * len(b) <= 200 for b in batches if len(b) > 1)


def test_distill_loss_is_lowest_where_the_student_agrees_with_the_teacher():
    top_intent = torch.tensor([[2, 0]])
    top_logp = torch.log(torch.tensor([[0.8, 0.2]]))
    agree = torch.full((1, 4), -5.0)
    agree[0, 2], agree[0, 0] = 2.0, 0.6
    disagree = agree[:, [1, 0, 3, 2]].clone()
    assert distill_loss(agree, top_intent, top_logp, 2.0).item() < distill_loss(disagree, top_intent, top_logp, 2.0).item()
    # Hand value at temperature 1: -(0.8 log q2 + 0.2 log q0).
    q = torch.log_softmax(agree, -1)[0]
    expected = -(0.8 * q[2] + 0.2 * q[0]).item()
    assert distill_loss(agree, top_intent, top_logp, 1.0).item() == pytest.approx(expected, rel=1e-5)


def test_mixed_loss_keeps_the_gold_loss_where_no_soft_label_exists(tmp_path):
    keys = [record_key("de-DE", [5, 9, 12]), record_key("de-DE", [7, 8])]
    np.savez(tmp_path / "s.npz", key=np.array(keys, dtype=np.uint64),
             intent=np.array([[4, 9], [9, 4]], dtype=np.uint8),
             logp=np.log(np.array([[0.6, 0.4], [0.9, 0.1]])).astype(np.float16))
    soft = SoftLabels(str(tmp_path / "s.npz"))
    recs = [dict(r) for r in RECORDS]
    assert soft.attach(recs, LOCALES) == 2
    assert [r["kd"] for r in recs] == [0, -1, 1, -1]  # the French translation is another record
    logits = torch.randn(4, 12)
    intents = torch.tensor([r["intent"] for r in recs])
    gold = gold_loss(logits, intents, 0.0)
    rows = soft.rows(recs, [0, 1, 2, 3])
    mixed = mixed_intent_loss(logits, gold, rows, soft, 0.5, 2.0)
    kd = distill_loss(logits[[0, 2]], soft.intent[[0, 1]], soft.logp[[0, 1]], 2.0)
    expected = (0.5 * gold[0] + gold[1] + 0.5 * gold[2] + gold[3] + 0.5 * kd.sum()) / 4
    assert mixed.item() == pytest.approx(expected.item(), rel=1e-5)
    none = soft.rows(recs, [1, 3])
    assert mixed_intent_loss(logits[[1, 3]], gold[[1, 3]], none, soft, 0.5, 2.0).item() == pytest.approx(
        gold[[1, 3]].mean().item())


def test_agreeing_mode_leaves_a_record_the_teacher_gets_wrong_to_its_gold_label(tmp_path):
    keys = [record_key("de-DE", [5, 9, 12]), record_key("de-DE", [7, 8])]
    # The teacher agrees with record 0's gold intent (4) and not with record 2's (9).
    np.savez(tmp_path / "s.npz", key=np.array(keys, dtype=np.uint64),
             intent=np.array([[4, 9], [4, 9]], dtype=np.uint8),
             logp=np.log(np.array([[0.6, 0.4], [0.7, 0.3]])).astype(np.float16))
    soft = SoftLabels(str(tmp_path / "s.npz"))
    recs = [dict(r) for r in RECORDS[:3]]
    soft.attach(recs, LOCALES)
    logits = torch.randn(3, 12)
    intents = torch.tensor([r["intent"] for r in recs])
    gold = gold_loss(logits, intents, 0.0)
    rows = soft.rows(recs, [0, 1, 2])
    agreeing = mixed_intent_loss(logits, gold, rows, soft, 0.5, 2.0, gold=intents)
    kd0 = distill_loss(logits[[0]], soft.intent[[0]], soft.logp[[0]], 2.0)
    assert agreeing.item() == pytest.approx(((0.5 * gold[0] + gold[1] + gold[2] + 0.5 * kd0.sum()) / 3).item(), rel=1e-5)
    everywhere = mixed_intent_loss(logits, gold, rows, soft, 0.5, 2.0)
    assert everywhere.item() != pytest.approx(agreeing.item())
