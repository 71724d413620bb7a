"""Give a shipped model folder the `embedding` output of model format v2, without retraining.

    /usr/bin/python3 training/add_embedding.py public/models/polyvox-nlu-v1

Format v2 (docs/model-format.md) adds one output: `embedding`, float32 [batch, d_model], the
intent head's hidden layer (the pooled utterance vector after the head's first Linear + GELU),
which on-device learning compares utterances with. `export.py` writes it for new models; this
script adds it to a folder exported before, as a graph output of the tensor that already feeds
the last intent layer, so the logits and every weight stay byte-identical. config.json gets
`format_version: 2` and `embedding_dim`.
"""
import json
import os
import sys

import onnx
from onnx import TensorProto, helper

LAST_INTENT_WEIGHT = "model.intent_mlp.3.weight"


def embedding_tensor(graph):
    """The input of the node that applies the last intent layer (Gemm or MatMul)."""
    for node in graph.node:
        if node.op_type in ("Gemm", "MatMul") and LAST_INTENT_WEIGHT in node.input:
            return node.input[0]
    sys.exit(f"no node uses {LAST_INTENT_WEIGHT}: not a JointNLU export")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    path = os.path.join(folder, "model.int8.onnx")
    model = onnx.load(path)
    graph = model.graph
    if any(o.name == "embedding" for o in graph.output):
        print("already has an embedding output")
    else:
        with open(os.path.join(folder, "config.json"), encoding="utf-8") as f:
            dim = json.load(f)["architecture"]["d_model"]
        graph.node.append(helper.make_node("Identity", [embedding_tensor(graph)], ["embedding"], name="embedding"))
        graph.output.append(helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", dim]))
        onnx.checker.check_model(model)
        onnx.save(model, path)
    cfg_path = os.path.join(folder, "config.json")
    with open(cfg_path, encoding="utf-8") as f:
        config = json.load(f)
    config["format_version"] = 2
    config["embedding_dim"] = config["architecture"]["d_model"]
    with open(cfg_path, "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=1)
    print(f"{path}: outputs {[o.name for o in graph.output]}, format_version 2")


if __name__ == "__main__":
    main()
