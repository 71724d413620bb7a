"""Weight-only int8 quantization of an ONNX graph, written against the ONNX protobuf directly.

There is no onnxruntime for Python on this machine, so the quantizer is our own: every large
2-D float weight (embedding table, MatMul/Gemm weights) becomes an int8 initializer plus a
per-channel float scale, and a DequantizeLinear node (opset 13 semantics, `axis`) restores it
at load time. Symmetric (zero point 0) per output channel keeps the error to about 0.4% of
each channel's largest weight; activations stay float32, so runtime numerics are unchanged.
"""
import numpy as np
import onnx
from onnx import helper, numpy_helper

MIN_ELEMENTS = 4096  # small tensors (norms, biases, depthwise kernels) stay float


def _channel_axis(node, input_index, table_axis=0):
    """Axis that indexes output channels for a weight used by `node` at `input_index`."""
    if node.op_type == "Gather" and input_index == 0:
        return table_axis  # 0: one scale per vocabulary row
    if node.op_type == "Transpose" and input_index == 0:
        return 0  # a PyTorch Linear weight [out, in], transposed for MatMul
    if node.op_type == "MatMul" and input_index == 1:
        return 1  # B is [in, out]
    if node.op_type == "Gemm" and input_index == 1:
        trans_b = next((a.i for a in node.attribute if a.name == "transB"), 0)
        return 0 if trans_b else 1
    return None


def quantize_weights(model: onnx.ModelProto, table_axis=0) -> onnx.ModelProto:
    """`table_axis` 1 gives a lookup table one scale per column instead of per row: the bag member's
    narrow tables (bag.py, 16 values a row), where a float scale and a zero point per row would add
    a third to the file, and its averaged rows lose nothing measurable with a scale per column."""
    graph = model.graph
    consumers = {}
    for node in graph.node:
        for idx, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, idx))
    new_inits, dq_nodes, dropped = [], [], set()
    for init in graph.initializer:
        w = numpy_helper.to_array(init)
        uses = consumers.get(init.name, [])
        axes = {_channel_axis(n, i, table_axis) for n, i in uses}
        if w.dtype != np.float32 or w.ndim != 2 or w.size < MIN_ELEMENTS or len(axes) != 1 or None in axes:
            continue
        axis = axes.pop()
        reduce_axis = 1 - axis
        scale = np.abs(w).max(axis=reduce_axis) / 127.0
        scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
        q = np.clip(np.round(w / np.expand_dims(scale, reduce_axis)), -127, 127).astype(np.int8)
        base = init.name
        new_inits += [numpy_helper.from_array(q, base + "_int8"),
                      numpy_helper.from_array(scale, base + "_scale"),
                      numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), base + "_zero")]
        dq_nodes.append(helper.make_node("DequantizeLinear", [base + "_int8", base + "_scale", base + "_zero"],
                                         [base], name=base + "_dequant", axis=axis))
        dropped.add(base)
    kept = [i for i in graph.initializer if i.name not in dropped]
    del graph.initializer[:]
    graph.initializer.extend(kept + new_inits)
    nodes = list(graph.node)
    del graph.node[:]
    graph.node.extend(dq_nodes + nodes)
    onnx.checker.check_model(model)
    return model
