"""Weight quantisation in the formats hub ONNX files store (for the hub fixture repositories,
training/export/hub_fixtures.py). Pure numpy; each packer has its exact inverse for the
reference forward pass.

- 4-bit blocks of MatMulNBits / GatherBlockQuantized (onnxruntime contrib ops, documented in
  onnxruntime docs/ContribOperators.md): the weight of y = x @ W (W: [K, N]) is stored per output
  column n as ceil(K / block) blocks along K; B is uint8 [N, k_blocks, block / 2] with element k in
  the low nibble for even k and the high nibble for odd k; scales [N, k_blocks]; no zero points
  means the default zero point 8, so w = (q - 8) * scale. Symmetric like onnxruntime's
  MatMul4BitsQuantizer, which transformers.js's scripts/quantize.py runs with block_size 32 and
  is_symmetric=True: scale = (value of largest magnitude) / -8.
- 8-bit per-tensor linear quantisation of onnxruntime's dynamic quantiser (ONNXQuantizer,
  IntegerOps: Gather → Gather on int8 + DequantizeLinear; MatMul → DynamicQuantizeLinear +
  MatMulInteger): w = (q - zero_point) * scale.
"""
from __future__ import annotations

import numpy as np

BLOCK = 32


def quantize_q4(w: np.ndarray, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray]:
    """w: [K, N] f32 → (B uint8 [N, K/block, block/2], scales f32 [N, K/block])."""
    K, N = w.shape
    assert K % block == 0, "fixture dims are multiples of the block size"
    kb = K // block
    blocks = w.T.reshape(N, kb, block).astype(np.float64)  # (N, kb, block)
    idx = np.abs(blocks).argmax(axis=2)
    signed_max = np.take_along_axis(blocks, idx[..., None], axis=2)[..., 0]
    scales = signed_max / -8.0
    safe = np.where(scales == 0, 1.0, scales)
    q = np.clip(np.rint(blocks / safe[..., None]) + 8, 0, 15).astype(np.uint8)
    q = np.where(scales[..., None] == 0, np.uint8(8), q)
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    return packed, scales.astype(np.float32)


def dequantize_q4(packed: np.ndarray, scales: np.ndarray) -> np.ndarray:
    """Inverse of quantize_q4: → w [K, N] f32 (the values MatMulNBits multiplies by)."""
    N, kb, half = packed.shape
    q = np.empty((N, kb, half * 2), dtype=np.float32)
    q[..., 0::2] = packed & 0x0F
    q[..., 1::2] = packed >> 4
    w = (q - 8.0) * scales.astype(np.float32)[..., None]
    return w.reshape(N, kb * half * 2).T.copy()


def quantize_int8(w: np.ndarray, signed: bool = True,
                  reduce_range: bool = False) -> tuple[np.ndarray, np.float32, np.integer]:
    """Per-tensor 8-bit quantisation (symmetric int8, or asymmetric uint8 like QUInt8 weights).
    `reduce_range` keeps signed weights in ±63 (onnxruntime's quantizer option of that name): a
    MatMulInteger of uint8 activations by int8 weights sums pairs of products in int16 on x86
    without VNNI (AVX2), which saturates with full-range weights — measured on an AVX2-only EPYC:
    logits off by 0.30 of their spread against 0.09 on a VNNI machine."""
    if signed:
        qmax = 63 if reduce_range else 127
        scale = np.float32(max(np.abs(w).max(), 1e-8) / qmax)
        q = np.clip(np.rint(w / scale), -qmax, qmax).astype(np.int8)
        return q, scale, np.int8(0)
    lo, hi = min(float(w.min()), 0.0), max(float(w.max()), 0.0)
    scale = np.float32(max(hi - lo, 1e-8) / 255.0)
    zp = np.uint8(np.clip(np.rint(-lo / scale), 0, 255))
    q = np.clip(np.rint(w / scale) + int(zp), 0, 255).astype(np.uint8)
    return q, scale, zp


def dequantize_int8(q: np.ndarray, scale: np.float32, zp: np.integer) -> np.ndarray:
    return ((q.astype(np.float32) - np.float32(zp)) * scale).astype(np.float32)


def quantize_int4_rows(w: np.ndarray, block: int = BLOCK) -> tuple[bytes, np.ndarray]:
    """Rows of w: [rows, cols] block-quantised along cols to signed 4-bit (ONNX INT4, zero point 0:
    w = q · scale), as onnxruntime's quantiser does for Gather (quantize_axis 1). Returns the INT4
    raw_data (two values per byte over the flattened tensor, low nibble first) and scales
    [rows, cols / block]."""
    rows, cols = w.shape
    blocks = w.reshape(rows, cols // block, block).astype(np.float64)
    idx = np.abs(blocks).argmax(axis=2)
    signed_max = np.take_along_axis(blocks, idx[..., None], axis=2)[..., 0]
    scales = signed_max / -8.0
    safe = np.where(scales == 0, 1.0, scales)
    q = np.clip(np.rint(blocks / safe[..., None]), -8, 7).astype(np.int8).reshape(-1)
    nib = (q & 0x0F).astype(np.uint8)
    packed = (nib[0::2] | (nib[1::2] << 4)).astype(np.uint8)
    return packed.tobytes(), scales.astype(np.float32)


def dequantize_int4_rows(raw: bytes, scales: np.ndarray, block: int = BLOCK) -> np.ndarray:
    b = np.frombuffer(raw, dtype=np.uint8)
    q = np.empty(b.size * 2, dtype=np.int8)
    q[0::2] = (b & 0x0F).astype(np.int8)
    q[1::2] = (b >> 4).astype(np.int8)
    q = np.where(q >= 8, q - 16, q).astype(np.float32)
    rows, nb = scales.shape
    return (q.reshape(rows, nb, block) * scales.astype(np.float32)[..., None]).reshape(rows, nb * block)
