/**
 * The numeric kernels of the JS engine, on row-major Float32Arrays. Sums run in doubles
 * (JavaScript's number) and round to float32 when stored, so results stay within a few float32
 * ulps of onnxruntime's, which is what the parity test measures.
 */

/** A dense layer: `y = x · wᵀ + b`, `w` row-major `[nOut, nIn]` as in PyTorch and the ONNX file. */
export interface Linear {
  w: Float32Array;
  b: Float32Array;
  nIn: number;
  nOut: number;
}

/** A LayerNorm's scale and shift. */
export interface Norm {
  g: Float32Array;
  b: Float32Array;
}

/** `nn.LayerNorm`'s epsilon as the exported graph stores it (1e-5 in float32). */
export const LN_EPS = 9.999999747378752e-6;

/**
 * `y[rows, nOut] = x[rows, nIn] · wᵀ + b`. Each weight row is dotted with every input row while
 * it is in cache; `nIn` is a multiple of 4 (checked when the weights are read), so the inner
 * loop has four independent sums, which V8 keeps in registers.
 */
export function linear(x: Float32Array, rows: number, l: Linear, y: Float32Array): void {
  const { w, b, nIn, nOut } = l;
  for (let o = 0; o < nOut; o++) {
    const wo = o * nIn;
    const bias = b[o]!;
    for (let t = 0; t < rows; t++) {
      const xo = t * nIn;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < nIn; i += 4) {
        s0 += x[xo + i]! * w[wo + i]!;
        s1 += x[xo + i + 1]! * w[wo + i + 1]!;
        s2 += x[xo + i + 2]! * w[wo + i + 2]!;
        s3 += x[xo + i + 3]! * w[wo + i + 3]!;
      }
      y[t * nOut + o] = bias + (s0 + s1 + (s2 + s3));
    }
  }
}

/** LayerNorm over the last axis (`dim` values per row), biased variance as PyTorch computes it. */
export function layerNorm(x: Float32Array, rows: number, dim: number, n: Norm, y: Float32Array): void {
  for (let t = 0; t < rows; t++) {
    const o = t * dim;
    let mean = 0;
    for (let i = 0; i < dim; i++) mean += x[o + i]!;
    mean /= dim;
    let v = 0;
    for (let i = 0; i < dim; i++) {
      const d = x[o + i]! - mean;
      v += d * d;
    }
    const inv = 1 / Math.sqrt(v / dim + LN_EPS);
    for (let i = 0; i < dim; i++) y[o + i] = (x[o + i]! - mean) * inv * n.g[i]! + n.b[i]!;
  }
}

/**
 * erf(x), Abramowitz & Stegun 7.1.26: absolute error below 1.5e-7, under float32's resolution
 * near 1 (JavaScript has no Math.erf).
 */
export function erf(x: number): number {
  const s = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return s * (1 - poly * Math.exp(-a * a));
}

/** Exact (erf) GELU, PyTorch's default and the graph's Erf form, in place over `n` values. */
export function geluInPlace(x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    x[i] = 0.5 * v * (1 + erf(v * Math.SQRT1_2));
  }
}

/** Softmax of `x[from, from + n)` in place. */
export function softmaxInPlace(x: Float32Array, from: number, n: number): void {
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, x[from + i]!);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(x[from + i]! - max);
    x[from + i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) x[from + i] = x[from + i]! / sum;
}

/** `x += y` over `n` values. */
export function addInPlace(x: Float32Array, y: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) x[i] = x[i]! + y[i]!;
}
