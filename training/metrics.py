"""The official MASSIVE metrics (docs/EVALUATION.md): intent accuracy, slot micro-F1, exact match.

Word labels become BIO by the reference rule (a label different from the previous word's
starts a span), so a span is a maximal run of one non-Other label; seqeval's default
`f1_score` on such well-formed BIO counts exactly these spans.
"""
OTHER = "Other"


def spans(labels):
    """Set of (label, start, end) for maximal runs of the same non-Other label."""
    out, start = set(), None
    for i, lab in enumerate(list(labels) + [None]):
        if start is not None and lab != labels[start]:
            out.add((labels[start], start, i - 1))
            start = None
        if start is None and lab is not None and lab != OTHER:
            start = i
    return out


class Scores:
    """Accumulates one locale's predictions; `result()` gives percentages."""

    def __init__(self):
        self.n = self.intent_ok = self.exact = 0
        self.tp = self.n_pred = self.n_gold = 0

    def add(self, gold_intent, pred_intent, gold_labels, pred_labels):
        assert len(gold_labels) == len(pred_labels), "one predicted label per word"
        g, p = spans(gold_labels), spans(pred_labels)
        self.n += 1
        ok = gold_intent == pred_intent
        self.intent_ok += ok
        self.exact += ok and g == p
        self.tp += len(g & p)
        self.n_pred += len(p)
        self.n_gold += len(g)

    def result(self):
        prec = self.tp / self.n_pred if self.n_pred else 0.0
        rec = self.tp / self.n_gold if self.n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        n = max(self.n, 1)
        return {"n": self.n, "intent_acc": 100.0 * self.intent_ok / n, "slot_f1": 100.0 * f1,
                "exact_match": 100.0 * self.exact / n}


def mean_of(per_locale):
    keys = ("intent_acc", "slot_f1", "exact_match")
    vals = list(per_locale.values())
    return {k: sum(v[k] for v in vals) / max(len(vals), 1) for k in keys}
