"""Join the bag member's graph (bag.py) to a shipped model's graph: intent = model's + weight * bag's.

The bag is exported and quantized on its own (export.py), then its nodes are added to the main graph
after the cascade (cascade_graph.py): the cascade's `intent_logits` is renamed `core_intent_logits`,
and `intent_logits` becomes (core + weight * bag) * 1/temperature. Inputs, outputs and their meaning stay those of
model format 2 (docs/model-format.md), so no runtime changes. Written against the ONNX protobuf, as
cascade_graph.py and quantize.py are.
"""
import onnx
from onnx import TensorProto, helper

BAG_OUT = "bag_intent_logits"
CORE_INTENT = "core_intent_logits"
INTENT = "intent_logits"


def compose(main: onnx.ModelProto, bag: onnx.ModelProto, weight: float, temperature: float = 1.0) -> onnx.ModelProto:
    """`main` (inputs input_ids + attention_mask, first output intent_logits) with `bag` (the same
    inputs, output BAG_OUT; weights model.bag.*) added to its intent logits, `weight` times, the
    sum times float32(1 / `temperature`) (model.py PairNLU.attach_bag)."""
    g, gb = main.graph, bag.graph
    if [i.name for i in gb.input] != ["input_ids", "attention_mask"] or [o.name for o in gb.output] != [BAG_OUT]:
        raise ValueError(f"bag graph: inputs {[i.name for i in gb.input]}, outputs {[o.name for o in gb.output]}")
    if g.output[0].name != INTENT:
        raise ValueError(f"main graph: first output {g.output[0].name}")
    inputs = {i.name for i in g.input}
    if any(i.name in inputs for i in gb.initializer) or {i.name for i in gb.initializer} & {i.name for i in g.initializer}:
        raise ValueError("the bag's weights collide with the main graph's names")
    # The producer of intent_logits (the cascade's If, or a plain node) now writes the core's.
    for node in g.node:
        for k, name in enumerate(node.output):
            if name == INTENT:
                node.output[k] = CORE_INTENT
    inits = {i.name for i in gb.initializer}
    nodes = []
    for node in gb.node:
        n = onnx.NodeProto()
        n.CopyFrom(node)
        n.name = "bag/" + node.name
        # The tracer's internal names would collide with the main graph's: prefix them. The weights
        # (model.bag.*, also the outputs of their DequantizeLinear) keep their names: evaluate.py
        # reads them back by name.
        for field in (n.input, n.output):
            for k, name in enumerate(field):
                if name and name not in inputs and name not in inits and not name.startswith("model.bag."):
                    field[k] = "bag/" + name
        nodes.append(n)
    nodes += [
        helper.make_node("Constant", [], ["bag/weight"], value=helper.make_tensor("bag/weight", TensorProto.FLOAT, [], [float(weight)])),
        helper.make_node("Mul", ["bag/" + BAG_OUT, "bag/weight"], ["bag/weighted"]),
        helper.make_node("Add", [CORE_INTENT, "bag/weighted"], ["bag/sum"], name="bag/add"),
        helper.make_node("Constant", [], ["bag/inverse_temperature"],
                         value=helper.make_tensor("bag/inverse_temperature", TensorProto.FLOAT, [], [1.0 / float(temperature)])),
        helper.make_node("Mul", ["bag/sum", "bag/inverse_temperature"], [INTENT], name="bag/scale"),
    ]
    # DequantizeLinear of the bag's weights first, with the main graph's (onnxruntime folds them at load).
    dq = [n for n in nodes if n.op_type == "DequantizeLinear"]
    rest = [n for n in nodes if n.op_type != "DequantizeLinear"]
    node_list = list(g.node)
    del g.node[:]
    g.node.extend(dq + node_list + rest)
    g.initializer.extend(gb.initializer)
    onnx.checker.check_model(main)
    return main
