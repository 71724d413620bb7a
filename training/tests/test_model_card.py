"""The model card's recipe table is regenerated from ablation.json, in place, without a run folder."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from model_card import replace_recipe  # noqa: E402

ABL = {"recipe": {"note": "1,000 steps", "conclusion": "synthetic helps.", "runs": [
    {"name": "base", "change": "v1", "intent_acc": 59.2, "slot_f1": 43.4, "exact_match": 30.8, "balanced_recall": 41.1, "lighton_recall": 0.0},
    {"name": "synth", "change": "+ synthetic", "intent_acc": 61.1, "slot_f1": 44.7, "exact_match": 32.4, "balanced_recall": 41.6, "lighton_recall": 0.0},
]}}
CARD = "# model\n\n## Evaluation\ntext\n\n## Training\n- Data: MASSIVE\n"


def test_adds_the_table_before_training_then_replaces_it_in_place():
    once = replace_recipe(CARD, ABL)
    assert once.index("### Recipe ablation (1,000 steps)") < once.index("## Training")
    assert "| synth | + synthetic | 61.1 (+1.9) | 44.7 (+1.3) | 32.4 (+1.6) | 41.6 | 0.0 |" in once
    assert replace_recipe(once, ABL) == once
    ABL2 = {"recipe": dict(ABL["recipe"], conclusion="changed.")}
    twice = replace_recipe(once, ABL2)
    assert "changed." in twice and "synthetic helps." not in twice
    assert twice.count("### Recipe ablation") == 1
    assert twice.endswith("## Training\n- Data: MASSIVE\n")


def test_the_later_members_sentence_says_which_stage_asks_them():
    from model_card import more_text
    m = {"d_model": 144, "n_layers": 3, "attn_layers": 3, "kernel": 3}
    runs = [{"run": "v12third", "train_minutes": 100}, {"run": "v13fourth", "train_minutes": 85}]
    assert more_text([], []) == ""
    one_stage = more_text([m, m], runs)
    assert "a fourth (d=144, 3 blocks, 3 with attention, kernel 3, 85 minutes, `v13fourth`)" in one_stage
    assert "the mean of all 4 members'" in one_stage and "third stage" not in one_stage
    staged = more_text([m, m], runs, 0.6, 0.5)
    assert "top intent probability is 0.6 or more and every token's top slot probability 0.5 or more" in staged
    assert "mean of all 4 members' logits" in staged
