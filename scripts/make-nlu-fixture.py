"""Writes src/nlu/fixtures/tiny-model/: a hand-built model folder in the docs/model-format.md
layout whose answers are known in advance, for the runtime's unit tests.

Run: /usr/bin/python3 scripts/make-nlu-fixture.py
The "encoder" is a lookup: slot_logits = W_slot[input_ids]; intent_logits = sum over unmasked
tokens of W_intent[input_ids]. So "wake ... seven" → alarm_set with slot time on "seven".
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "nlu", "fixtures", "tiny-model")
INTENTS = ["alarm_set", "play_music", "weather_query", "datetime_query", "iot_hue_lightoff", "general_quirky"]
SCENARIOS = {i: i.split("_")[0] for i in INTENTS}
SLOTS = ["Other", "time", "date", "music_genre", "place_name"]
WORDS = {  # piece: (intent, slot)
    "▁wake": ("alarm_set", None), "▁alarm": ("alarm_set", None), "▁weck": ("alarm_set", None),
    "▁seven": (None, "time"), "▁sieben": (None, "time"), "▁tomorrow": (None, "date"),
    "▁play": ("play_music", None), "▁jazz": (None, "music_genre"), "▁weather": ("weather_query", None),
    "▁paris": (None, "place_name"), "▁new": (None, "place_name"), "▁york": (None, "place_name"),
    "▁明": (None, "date"), "▁日": (None, "date"), "▁起": ("alarm_set", None),
}
CHARS = list("abcdefghijklmnopqrstuvwxyz0123456789") + list("明日起こしてのにを时间") + list("يقظنيالساعة")


def main():
    vocab = [["<pad>", -1e9], ["<unk>", -1e9], ["▁", -2.0]]
    vocab += [[p, -3.0] for p in WORDS]
    vocab += [[c, -6.0] for c in CHARS if c not in {v[0] for v in vocab}]
    ids = {p: i for i, (p, _) in enumerate(vocab)}
    n = len(vocab)
    w_slot = np.zeros((n, len(SLOTS)), np.float32)
    w_slot[:, 0] = 1.0
    w_int = np.zeros((n, len(INTENTS)), np.float32)
    w_int[:, INTENTS.index("general_quirky")] = 0.1
    for piece, (intent, slot) in WORDS.items():
        if intent:
            w_int[ids[piece], INTENTS.index(intent)] = 3.0
        if slot:
            w_slot[ids[piece], SLOTS.index(slot)] = 5.0
    nodes = [
        helper.make_node("Gather", ["w_slot", "input_ids"], ["slot_logits"], axis=0),
        helper.make_node("Gather", ["w_int", "input_ids"], ["per_token"], axis=0),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["per_token", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["intent_logits"], keepdims=0),
    ]
    graph = helper.make_graph(
        nodes, "tiny_lookup_nlu",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("intent_logits", TensorProto.FLOAT, ["batch", len(INTENTS)]),
         helper.make_tensor_value_info("slot_logits", TensorProto.FLOAT, ["batch", "seq", len(SLOTS)])],
        [numpy_helper.from_array(w_slot, "w_slot"), numpy_helper.from_array(w_int, "w_int"),
         numpy_helper.from_array(np.array([2], np.int64), "axis2"),
         numpy_helper.from_array(np.array([1], np.int64), "axis1")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], ir_version=7)
    onnx.checker.check_model(model)
    os.makedirs(OUT, exist_ok=True)
    onnx.save(model, os.path.join(OUT, "model.int8.onnx"))
    meta = {"type": "Metaspace", "replacement": "▁", "add_prefix_space": True, "prepend_scheme": "always", "split": True}
    tok = {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": i, "content": vocab[i][0], "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i in (0, 1)],
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "Lowercase"}]},
        "pre_tokenizer": meta,
        "post_processor": {"type": "TemplateProcessing", "single": [{"Sequence": {"id": "A", "type_id": 0}}],
                           "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}],
                           "special_tokens": {}},
        "decoder": meta,
        "model": {"type": "Unigram", "unk_id": 1, "vocab": vocab, "byte_fallback": False},
    }
    files = {
        "tokenizer.json": tok,
        "tokenizer_config.json": {"tokenizer_class": "PreTrainedTokenizerFast", "unk_token": "<unk>", "pad_token": "<pad>"},
        "labels.json": {"intents": INTENTS, "slots": SLOTS, "scenarios": SCENARIOS},
        "config.json": {"model_id": "tiny-fixture", "max_tokens": 16, "pad_id": 0,
                        "char_split_locales": ["ja-JP", "zh-CN", "zh-TW"], "vocab_size": n},
    }
    for name, obj in files.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
    print(f"wrote {OUT} (vocab {n})")


if __name__ == "__main__":
    main()
