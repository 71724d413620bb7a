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

With a third stage (PairNLU `more_threshold`, config `cascade_more_threshold`), the members after
the second are a graph of their own (C, the sum of their logits), asked inside the branch only for
the rows the first two are unsure of together:

    S = A + B;  P = S * 1/2                       (the pair's mean)
    pair_sure[b] = max softmax(P_intent[b]) >= more threshold (and the slots', as above)
    If (a row is neither sure nor pair_sure): C; mid = where(pair_sure, P, (S + C) * 1/n)
    Else:                                     mid = P
    out = where(sure, A, mid)

Written against the ONNX protobuf (onnx.helper), as quantize.py is: the members are exported and
quantized one by one (quantize.py reads only the main graph), then joined here. The other
members are traced as one graph (export.py _OtherMembers), so "second" below is all of them.
"""
import onnx
from onnx import TensorProto, helper

ROWS = "pair_rows"  # the first member's embedding-table rows, the second member's input
A_OUT = ("a_intent_logits", "a_slot_logits")
B_OUT = ("b_intent_logits", "b_slot_logits")
C_OUT = ("c_intent_logits", "c_slot_logits")
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


def _const(name, value, dtype=TensorProto.FLOAT):
    return helper.make_node("Constant", [], [name], value=helper.make_tensor(name, dtype, [], [value]))


def _sure_nodes(prefix, logits, threshold, slot_threshold):
    """Nodes computing `<prefix>sure` [batch, 1]: the rows whose top intent probability is at least
    `threshold` and (with `slot_threshold`) every real token's top slot probability at least that."""
    intent_sure = f"{prefix}intent_sure" if slot_threshold is not None else f"{prefix}sure"
    nodes = [
        helper.make_node("Softmax", [logits[0]], [f"{prefix}prob"], axis=-1),
        helper.make_node("ReduceMax", [f"{prefix}prob"], [f"{prefix}top"], axes=[-1], keepdims=1),
        _const(f"{prefix}threshold", float(threshold)),
        helper.make_node("GreaterOrEqual", [f"{prefix}top", f"{prefix}threshold"], [intent_sure]),  # [batch, 1]
    ]
    if slot_threshold is not None:
        nodes += [
            helper.make_node("Softmax", [logits[1]], [f"{prefix}slot_prob"], axis=-1),
            helper.make_node("ReduceMax", [f"{prefix}slot_prob"], [f"{prefix}slot_top"], axes=[-1], keepdims=0),
            # Padding counts as sure (+1): its labels are never read.
            helper.make_node("Cast", ["attention_mask"], [f"{prefix}real"], to=TensorProto.FLOAT),
            _const(f"{prefix}one", 1.0),
            helper.make_node("Sub", [f"{prefix}one", f"{prefix}real"], [f"{prefix}pad"]),
            helper.make_node("Add", [f"{prefix}slot_top", f"{prefix}pad"], [f"{prefix}slot_top_real"]),
            helper.make_node("ReduceMin", [f"{prefix}slot_top_real"], [f"{prefix}slot_least"], axes=[1], keepdims=1),
            _const(f"{prefix}slot_threshold", float(slot_threshold)),
            helper.make_node("GreaterOrEqual", [f"{prefix}slot_least", f"{prefix}slot_threshold"], [f"{prefix}slot_sure"]),
            helper.make_node("And", [intent_sure, f"{prefix}slot_sure"], [f"{prefix}sure"]),
        ]
    return nodes


def _where3(prefix, cond, a, b, out):
    """where(cond [batch, 1], a, b) for slot logits [batch, seq, n]."""
    # Unsqueeze (opset 13+) takes its axes as a 1-D input: [batch, 1] -> [batch, 1, 1].
    return [helper.make_node("Constant", [], [f"{prefix}axis2"], value=helper.make_tensor(f"{prefix}axis2", TensorProto.INT64, [1], [2])),
            helper.make_node("Unsqueeze", [cond, f"{prefix}axis2"], [f"{prefix}cond3"]),
            helper.make_node("Where", [f"{prefix}cond3", a, b], [out])]


def _branch_outputs(prefix):
    return [_float_output(f"{prefix}intent", ["batch", None]), _float_output(f"{prefix}slots", ["batch", "seq", None])]


def _check_member_graph(graph, outputs, what):
    if [i.name for i in graph.input] != [ROWS, "attention_mask"] or [o.name for o in graph.output] != list(outputs):
        raise ValueError(f"{what}: inputs {[i.name for i in graph.input]}, outputs {[o.name for o in graph.output]}")


def compose(first: onnx.ModelProto, second: onnx.ModelProto, threshold: float, slot_threshold=None,
            members=2, third: onnx.ModelProto = None, more_threshold=None, more_slot_threshold=None) -> onnx.ModelProto:
    """Join the first member (inputs ids + mask; outputs A_OUT, `embedding`, ROWS) and the others
    (inputs ROWS + mask; outputs B_OUT, the sum of the other `members - 1` members' logits), both
    already quantized, into the cascade described above; with `slot_threshold`, a sure row also
    needs every real token's top slot probability at least that. With `third` (outputs C_OUT),
    `second` is the second member alone and `third` the sum of the later ones: the three-stage
    cascade, whose pair stage keeps a row at `more_threshold` (and `more_slot_threshold`)."""
    if members < 2:
        raise ValueError(f"a cascade needs two members or more, got {members}")
    if (third is None) != (more_threshold is None) or (third is not None and members < 3):
        raise ValueError("a third stage needs its graph, its threshold and three members or more")
    ga, gb = first.graph, second.graph
    if [o.name for o in ga.output] != [*A_OUT, "embedding", ROWS]:
        raise ValueError(f"first member: outputs {[o.name for o in ga.output]}")
    _check_member_graph(gb, B_OUT, "second member")
    inits = [list(ga.initializer), list(gb.initializer)] + ([list(third.graph.initializer)] if third is not None else [])
    names = [n for group in inits for n in (i.name for i in group)]
    if len(names) != len(set(names)):
        raise ValueError(f"the members share initializer names: {sorted({n for n in names if names.count(n) > 1})[:3]}")

    taken = {i.name for i in ga.initializer} | {i.name for i in ga.input} | {o for n in ga.node for o in n.output}
    b_nodes = _renamed(second, "b/", taken)
    hoisted, branch = _hoistable(b_nodes, {i.name for i in gb.initializer})
    c_branch = []
    if third is not None:
        _check_member_graph(third.graph, C_OUT, "later members")
        c_nodes = _renamed(third, "c/", taken | {o for n in b_nodes for o in n.output})
        c_hoisted, c_branch = _hoistable(c_nodes, {i.name for i in third.graph.initializer})
        hoisted += c_hoisted

    # Which rows the first member is sure of, and whether any row needs the second member.
    decide = _sure_nodes("cascade/", A_OUT, threshold, slot_threshold) + [
        helper.make_node("Cast", ["cascade/sure"], ["cascade/sure_f"], to=TensorProto.FLOAT),
        # An empty batch reduces to +inf here, which runs nothing.
        helper.make_node("ReduceMin", ["cascade/sure_f"], ["cascade/all_sure"], keepdims=0),
        _const("cascade/half", 0.5),
        helper.make_node("Less", ["cascade/all_sure", "cascade/half"], ["cascade/run_second"]),
        # The mean's factor, as PairNLU.forward computes it: float32(1/n).
        _const("cascade/share", 1.0 / members),
    ]
    if third is None:
        then_nodes = branch + [
            helper.make_node("Add", [A_OUT[0], B_OUT[0]], ["then/intent_sum"]),
            helper.make_node("Mul", ["then/intent_sum", "cascade/share"], ["then/intent_mean"]),
            helper.make_node("Where", ["cascade/sure", A_OUT[0], "then/intent_mean"], ["then/intent"]),
            helper.make_node("Add", [A_OUT[1], B_OUT[1]], ["then/slot_sum"]),
            helper.make_node("Mul", ["then/slot_sum", "cascade/share"], ["then/slot_mean"]),
        ] + _where3("then/", "cascade/sure", A_OUT[1], "then/slot_mean", "then/slots")
    else:
        pair = ("then/pair_intent", "then/pair_slots")
        more_nodes = c_branch + [
            helper.make_node("Add", ["then/intent_sum", C_OUT[0]], ["more/intent_sum"]),
            helper.make_node("Mul", ["more/intent_sum", "cascade/share"], ["more/intent_mean"]),
            helper.make_node("Where", ["then/pair_sure", pair[0], "more/intent_mean"], ["more/intent"]),
            helper.make_node("Add", ["then/slot_sum", C_OUT[1]], ["more/slot_sum"]),
            helper.make_node("Mul", ["more/slot_sum", "cascade/share"], ["more/slot_mean"]),
        ] + _where3("more/", "then/pair_sure", pair[1], "more/slot_mean", "more/slots")
        more = helper.make_node(
            "If", ["then/run_more"], ["then/mid_intent", "then/mid_slots"], name="cascade_more",
            then_branch=helper.make_graph(more_nodes, "later_members", [], _branch_outputs("more/")),
            else_branch=helper.make_graph([helper.make_node("Identity", [pair[0]], ["paironly/intent"]),
                                           helper.make_node("Identity", [pair[1]], ["paironly/slots"])],
                                          "first_two_members", [], _branch_outputs("paironly/")))
        then_nodes = branch + [
            helper.make_node("Add", [A_OUT[0], B_OUT[0]], ["then/intent_sum"]),
            helper.make_node("Mul", ["then/intent_sum", "cascade/half"], [pair[0]]),
            helper.make_node("Add", [A_OUT[1], B_OUT[1]], ["then/slot_sum"]),
            helper.make_node("Mul", ["then/slot_sum", "cascade/half"], [pair[1]]),
        ] + _sure_nodes("then/pair_", pair, more_threshold, more_slot_threshold) + [
            # A row asks the later members when neither the first nor the pair is sure of it.
            helper.make_node("Or", ["cascade/sure", "then/pair_sure"], ["then/settled"]),
            helper.make_node("Cast", ["then/settled"], ["then/settled_f"], to=TensorProto.FLOAT),
            helper.make_node("ReduceMin", ["then/settled_f"], ["then/all_settled"], keepdims=0),
            helper.make_node("Less", ["then/all_settled", "cascade/half"], ["then/run_more"]),
            more,
            helper.make_node("Where", ["cascade/sure", A_OUT[0], "then/mid_intent"], ["then/intent"]),
        ] + _where3("then/", "cascade/sure", A_OUT[1], "then/mid_slots", "then/slots")
    then_graph = helper.make_graph(then_nodes, "second_member", [], _branch_outputs("then/"))
    else_graph = helper.make_graph(
        [helper.make_node("Identity", [A_OUT[0]], ["else/intent"]), helper.make_node("Identity", [A_OUT[1]], ["else/slots"])],
        "first_member_alone", [], _branch_outputs("else/"))
    cascade = helper.make_node("If", ["cascade/run_second"], list(OUTPUTS), name="cascade",
                               then_branch=then_graph, else_branch=else_graph)

    graph = helper.make_graph(
        list(ga.node) + hoisted + decide + [cascade], "polyvox_pair_cascade", list(ga.input),
        [_float_output(OUTPUTS[0], ["batch", None]), _float_output(OUTPUTS[1], ["batch", "seq", None]),
         next(o for o in ga.output if o.name == "embedding")],
        initializer=[i for group in inits for i in group])
    model = helper.make_model(graph, opset_imports=list(first.opset_import), producer_name="polyvox cascade_graph")
    model.ir_version = first.ir_version
    onnx.checker.check_model(model)
    return model
