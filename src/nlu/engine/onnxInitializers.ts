/**
 * Reads the weight tensors (graph initializers) of an ONNX file, nothing else: enough for
 * the JS engine, which knows the architecture from config.json and needs only the numbers.
 * protobufjs' wire reader does the decoding (no schema: the handful of ONNX field numbers
 * below are stable parts of onnx.proto); tensor data stay views into the file's bytes.
 */
import protobuf from 'protobufjs/minimal.js';
import { NluError } from '../errors.ts';

/** ONNX TensorProto.DataType values this reader understands. */
export const ONNX_FLOAT = 1;
export const ONNX_INT8 = 3;

/** One initializer: its shape, element type and little-endian data bytes. */
export interface Initializer {
  name: string;
  dims: number[];
  dataType: number;
  /** The raw little-endian bytes (`raw_data`, or `float_data` re-encoded). */
  bytes: Uint8Array;
}

// onnx.proto field numbers.
const MODEL_GRAPH = 7;
const GRAPH_INITIALIZER = 5;
const TENSOR_DIMS = 1;
const TENSOR_DATA_TYPE = 2;
const TENSOR_FLOAT_DATA = 4;
const TENSOR_NAME = 8;
const TENSOR_RAW_DATA = 9;
const TENSOR_DATA_LOCATION = 14;
const WIRE_VARINT = 0;
const WIRE_BYTES = 2;

type Reader = protobuf.Reader;

/** Calls `field` for each field of the message that ends at `end`; it must consume or skip it. */
function eachField(r: Reader, end: number, field: (id: number, wire: number) => boolean): void {
  while (r.pos < end) {
    const tag = r.uint32();
    if (!field(tag >>> 3, tag & 7)) r.skipType(tag & 7);
  }
}

function readTensor(r: Reader, end: number): Initializer {
  const dims: number[] = [];
  let dataType = 0;
  let name = '';
  let raw: Uint8Array | null = null;
  const floats: number[] = [];
  let external = false;
  eachField(r, end, (id, wire) => {
    if (id === TENSOR_DIMS && wire === WIRE_VARINT) dims.push(Number(r.int64()));
    else if (id === TENSOR_DIMS && wire === WIRE_BYTES) {
      const stop = r.uint32() + r.pos;
      while (r.pos < stop) dims.push(Number(r.int64()));
    } else if (id === TENSOR_DATA_TYPE) dataType = r.int32();
    else if (id === TENSOR_NAME) name = r.string();
    else if (id === TENSOR_RAW_DATA) raw = r.bytes();
    else if (id === TENSOR_FLOAT_DATA && wire === WIRE_BYTES) {
      const stop = r.uint32() + r.pos;
      while (r.pos < stop) floats.push(r.float());
    } else if (id === TENSOR_FLOAT_DATA) floats.push(r.float());
    else if (id === TENSOR_DATA_LOCATION) external = r.int32() === 1;
    else return false;
    return true;
  });
  if (external) throw new NluError('model-corrupt', `model.int8.onnx: tensor ${name} is stored outside the file, which the model folder does not allow`);
  const bytes = raw ?? new Uint8Array(Float32Array.from(floats).buffer);
  return { name, dims, dataType, bytes };
}

/**
 * All initializers of the model's main graph, by name. Throws `model-corrupt` when the bytes
 * are not a protobuf ONNX model (truncated, an HTML page, another format).
 */
export function readInitializers(onnx: Uint8Array): Map<string, Initializer> {
  const out = new Map<string, Initializer>();
  const r = protobuf.Reader.create(onnx);
  try {
    eachField(r, r.len, (id, wire) => {
      if (id !== MODEL_GRAPH || wire !== WIRE_BYTES) return false;
      const graphEnd = r.uint32() + r.pos;
      eachField(r, graphEnd, (gid, gwire) => {
        if (gid !== GRAPH_INITIALIZER || gwire !== WIRE_BYTES) return false;
        const tensorEnd = r.uint32() + r.pos;
        const t = readTensor(r, tensorEnd);
        out.set(t.name, t);
        return true;
      });
      return true;
    });
  } catch (e) {
    if (e instanceof NluError) throw e;
    throw new NluError('model-corrupt', `model.int8.onnx is not a valid ONNX model: ${(e as Error).message}`);
  }
  if (out.size === 0) throw new NluError('model-corrupt', 'model.int8.onnx holds no weights (not an ONNX model, or an empty graph)');
  return out;
}
