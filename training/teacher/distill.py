"""The CPU side of distillation: find each record's soft label, and the loss that learns from it.

train.py --teacher=<soft labels .npz> mixes, per record that has a soft label,
(1 - kd_weight) x the gold-label loss + kd_weight x this loss; a record without one (a synthetic
command written after the teachers ran) trains on its gold label alone.
"""
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from records import record_key  # noqa: E402


class SoftLabels:
    """A teacher's top intents and their log-probabilities, one row per record key."""

    def __init__(self, path):
        z = np.load(path)
        self.intent = torch.from_numpy(z["intent"].astype(np.int64))
        self.logp = torch.from_numpy(z["logp"].astype(np.float32))
        self.row_of = {int(k): i for i, k in enumerate(z["key"])}

    def attach(self, records, locales):
        """Store each record's row as r["kd"] (-1: none); returns how many found one."""
        found = 0
        for r in records:
            r["kd"] = self.row_of.get(record_key(locales[r["locale"]], r["ids"]), -1)
            found += r["kd"] >= 0
        return found

    def rows(self, records, idx):
        return torch.tensor([records[i].get("kd", -1) for i in idx], dtype=torch.long)


def distill_loss(logits, top_intent, top_logp, temp):
    """Per-record cross-entropy from the teacher's tempered distribution over its top intents to the
    student's tempered one, times temp^2 (Hinton et al., 2015: keeps the gradient scale as temp
    changes). The teacher's distribution is renormalised over the intents it kept."""
    target = (top_logp / temp).softmax(-1)
    student = (logits / temp).log_softmax(-1).gather(1, top_intent)
    return -(target * student).sum(-1) * temp ** 2


def mixed_intent_loss(logits, gold_loss, rows, soft, weight, temp, gold=None):
    """Mean over the batch of the gold loss, with `weight` of it moved to the teacher's where one exists.

    With `gold` (the batch's gold intents), only where the teacher's first choice is the gold
    intent: a GPU ablation (training/teacher/README.md) found that following the teacher where
    it disagrees erased rare intents it never predicts (cooking_query recall 16 -> 0)."""
    has = rows.cpu() >= 0
    if gold is not None:
        first = torch.full_like(rows.cpu(), -1)
        first[has] = soft.intent[rows.cpu()[has], 0]
        has = has & (first == gold.cpu())
    if not bool(has.any()):
        return gold_loss.mean()
    at = logits.device
    found = rows.cpu()[has]
    w = torch.where(has.to(at), torch.full_like(gold_loss, 1.0 - weight), torch.ones_like(gold_loss))
    kd = distill_loss(logits[has.to(at)], soft.intent[found].to(at), soft.logp[found].to(at), temp)
    return ((w * gold_loss).sum() + weight * kd.sum()) / len(gold_loss)


def gold_loss(logits, intents, label_smoothing):
    return F.cross_entropy(logits, intents, label_smoothing=label_smoothing, reduction="none")
