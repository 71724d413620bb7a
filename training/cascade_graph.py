"""One ONNX graph for a PairNLU that runs its other members only where the first is unsure.

Why: averaging two members (model.py PairNLU) costs a second body per utterance, which took the
single-utterance p50 from 1.4 to 2.6 ms. On dev the first member's top intent probability is at
least 0.8 for 77 % of utterances, and there the pair and the first member agree on the intent
(82.40 intent either way); where every token's top slot probability is also at least 0.5 (56 %),
they agree on the slots too (68.6 slot F1 either way). So the pair's graph asks the second member
only for the rest:

    first member -> logits A, embedding, the table rows of the utterance
    sure[b] = max softmax(A_intent[b]) >= threshold
              (and, with a slot threshold, every real token's max softmax(A_slots[b, t]) >= it)
    If (not every row is sure): the other members on the rows -> B, the sum of their logits;
                                out = where(sure, A, (A + B) * 1/n)   (n members in all)
    Else:                       out = A

Per row, so a row's answer does not depend on the rows batched with it. onnxruntime computes every
node of a graph whatever output is fetched (measured), hence the If. The signature stays model
format 2's (docs/model-format.md). The other members' weight nodes (DequantizeLinear and the
transposes that depend only on initializers) stay in the main graph, where onnxruntime folds them
to float once at load, as it does the first member's; only its computation is in the branch.

Written against the ONNX protobuf (onnx.helper), as quantize.py is: the members are exported and
quantized one by one (quantize.py reads only the main graph), then joined here. The other
members are traced as one graph (export.py _OtherMembers), so "second" below is all of them.
"""
import onnx
from onnx import TensorProto, helper

ROWS = "pair_rows"  # the first member's embedding-table rows, the second member's input
A_OUT = ("a_intent_logits", "a_slot_logits")
B_OUT = ("b_intent_logits", "b_slot_logits")
OUTPUTS = ("intent_logits", "slot_logits")


def _hoistable(nodes, constants):
    """Split `nodes` (in topological order) into those computed from `constants` alone and the rest."""
    known, hoisted, rest = set(constants), [], []
    for node in nodes:
        if all(i == "" or i in known for i in node.input):
            hoisted.append(node)
            known.update(node.output)
        else:
            rest.append(node)
    return hoisted, rest


def _renamed(model, prefix, taken):
    """The second member's nodes, the values they compute whose names are `taken` renamed under
    `prefix` (both members were exported by the same tracer, so internal names collide; the
    weights' names, model.b.*, do not and are kept: evaluate.py and intent_bias.py read them)."""
    produced = {o for n in model.graph.node for o in n.output} & set(taken)
    out = []
    for node in model.graph.node:
        n = onnx.NodeProto()
        n.CopyFrom(node)
        n.name = prefix + node.name
        for field in (n.input, n.output):
            for k, name in enumerate(field):
                if name in produced:
                    field[k] = prefix + name
        out.append(n)
    return out


def _float_output(name, dims):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, dims)


def compose(first: onnx.ModelProto, second: onnx.ModelProto, threshold: float, slot_threshold=None,
            members=2) -> onnx.ModelProto:
    """Join the first member (inputs ids + mask; outputs A_OUT, `embedding`, ROWS) and the others
    (inputs ROWS + mask; outputs B_OUT, the sum of the other `members - 1` members' logits), both
    already quantized, into the cascade described above; with `slot_threshold`, a sure row also
    needs every real token's top slot probability at least that."""
    if members < 2:
        raise ValueError(f"a cascade needs two members or more, got {members}")
    ga, gb = first.graph, second.graph
    if [o.name for o in ga.output] != [*A_OUT, "embedding", ROWS]:
        raise ValueError(f"first member: outputs {[o.name for o in ga.output]}")
    if [i.name for i in gb.input] != [ROWS, "attention_mask"] or [o.name for o in gb.output] != list(B_OUT):
        raise ValueError(f"second member: inputs {[i.name for i in gb.input]}, outputs {[o.name for o in gb.output]}")
    clash = {i.name for i in ga.initializer} & {i.name for i in gb.initializer}
    if clash:
        raise ValueError(f"the members share initializer names: {sorted(clash)[:3]}")

    taken = {i.name for i in ga.initializer} | {i.name for i in ga.input} | {o for n in ga.node for o in n.output}
    b_nodes = _renamed(second, "b/", taken)
    hoisted, branch = _hoistable(b_nodes, {i.name for i in gb.initializer})

    def const(name, value, dtype=TensorProto.FLOAT):
        return helper.make_node("Constant", [], [name], value=helper.make_tensor(name, dtype, [], [value]))

    # Which rows the first member is sure of, and whether any row needs the second member.
    decide = [
        helper.make_node("Softmax", [A_OUT[0]], ["cascade/prob"], axis=-1),
        helper.make_node("ReduceMax", ["cascade/prob"], ["cascade/top"], axes=[-1], keepdims=1),
        const("cascade/threshold", float(threshold)),
        helper.make_node("GreaterOrEqual", ["cascade/top", "cascade/threshold"],
                         ["cascade/intent_sure" if slot_threshold is not None else "cascade/sure"]),  # [batch, 1]
    ]
    if slot_threshold is not None:
        decide += [
            helper.make_node("Softmax", [A_OUT[1]], ["cascade/slot_prob"], axis=-1),
            helper.make_node("ReduceMax", ["cascade/slot_prob"], ["cascade/slot_top"], axes=[-1], keepdims=0),
            # Padding counts as sure (+1): its labels are never read.
            helper.make_node("Cast", ["attention_mask"], ["cascade/real"], to=TensorProto.FLOAT),
            const("cascade/one", 1.0),
            helper.make_node("Sub", ["cascade/one", "cascade/real"], ["cascade/pad"]),
            helper.make_node("Add", ["cascade/slot_top", "cascade/pad"], ["cascade/slot_top_real"]),
            helper.make_node("ReduceMin", ["cascade/slot_top_real"], ["cascade/slot_least"], axes=[1], keepdims=1),
            const("cascade/slot_threshold", float(slot_threshold)),
            helper.make_node("GreaterOrEqual", ["cascade/slot_least", "cascade/slot_threshold"], ["cascade/slot_sure"]),
            helper.make_node("And", ["cascade/intent_sure", "cascade/slot_sure"], ["cascade/sure"]),
        ]
    decide += [
        helper.make_node("Cast", ["cascade/sure"], ["cascade/sure_f"], to=TensorProto.FLOAT),
        # An empty batch reduces to +inf here, which runs nothing.
        helper.make_node("ReduceMin", ["cascade/sure_f"], ["cascade/all_sure"], keepdims=0),
        const("cascade/half", 0.5),
        helper.make_node("Less", ["cascade/all_sure", "cascade/half"], ["cascade/run_second"]),
        # The mean's factor, as PairNLU.forward computes it: float32(1/n).
        const("cascade/share", 1.0 / members),
    ]
    then_nodes = branch + [
        helper.make_node("Add", [A_OUT[0], B_OUT[0]], ["then/intent_sum"]),
        helper.make_node("Mul", ["then/intent_sum", "cascade/share"], ["then/intent_mean"]),
        helper.make_node("Where", ["cascade/sure", A_OUT[0], "then/intent_mean"], ["then/intent"]),
        helper.make_node("Add", [A_OUT[1], B_OUT[1]], ["then/slot_sum"]),
        helper.make_node("Mul", ["then/slot_sum", "cascade/share"], ["then/slot_mean"]),
        # Unsqueeze (opset 13+) takes its axes as a 1-D input: sure [batch, 1] -> [batch, 1, 1].
        helper.make_node("Constant", [], ["then/axis2"], value=helper.make_tensor("then/axis2", TensorProto.INT64, [1], [2])),
        helper.make_node("Unsqueeze", ["cascade/sure", "then/axis2"], ["then/sure3"]),
        helper.make_node("Where", ["then/sure3", A_OUT[1], "then/slot_mean"], ["then/slots"]),
    ]
    then_graph = helper.make_graph(then_nodes, "second_member",
                                   [], [_float_output("then/intent", ["batch", None]),
                                        _float_output("then/slots", ["batch", "seq", None])])
    else_graph = helper.make_graph(
        [helper.make_node("Identity", [A_OUT[0]], ["else/intent"]), helper.make_node("Identity", [A_OUT[1]], ["else/slots"])],
        "first_member_alone", [], [_float_output("else/intent", ["batch", None]), _float_output("else/slots", ["batch", "seq", None])])
    cascade = helper.make_node("If", ["cascade/run_second"], list(OUTPUTS), name="cascade",
                               then_branch=then_graph, else_branch=else_graph)

    graph = helper.make_graph(
        list(ga.node) + hoisted + decide + [cascade], "polyvox_pair_cascade", list(ga.input),
        [_float_output(OUTPUTS[0], ["batch", None]), _float_output(OUTPUTS[1], ["batch", "seq", None]),
         next(o for o in ga.output if o.name == "embedding")],
        initializer=list(ga.initializer) + list(gb.initializer))
    model = helper.make_model(graph, opset_imports=list(first.opset_import), producer_name="polyvox cascade_graph")
    model.ir_version = first.ir_version
    onnx.checker.check_model(model)
    return model
