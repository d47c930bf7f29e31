"""ONNX graphs of the tiny hub-fixture decoder (hub_fixtures_ref.TinyLlama) in the layouts of the
exporters that publish models to the hub, built node by node with onnx.helper (numpy weights, no
torch). Which real layout each builder imitates, and where that knowledge came from, is in the
header of hub_fixtures.py. Every graph takes `input_ids` and returns `logits` and `present.*`, so
the app must rewrite it to take `inputs_embeds` (src/models/onnx/).

Shapes: B batch, S new tokens, P past tokens, T = P + S, V vocab, d hidden, H / kvH heads, hd head.
"""
from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .hub_fixtures_quant import BLOCK, quantize_int4_rows, quantize_int8, quantize_q4
from .hub_fixtures_ref import Weights, rope_tables

MS = "com.microsoft"
OPSET = 17  # onnx 1.12 (Debian) knows opsets ≤ 17; every op used here exists there unchanged.
NP_TO_ONNX = {np.dtype(np.float32): TensorProto.FLOAT, np.dtype(np.float16): TensorProto.FLOAT16}


class GraphBuilder:
    """Collects nodes and initializers; names outputs like the exporters do (`/name/output_0`)."""

    def __init__(self, dt):
        self.dt = np.dtype(dt)  # compute dtype of float tensors inside the graph
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.inputs: list[onnx.ValueInfoProto] = []
        self.outputs: list[onnx.ValueInfoProto] = []
        self._n = 0

    def init(self, name: str, arr: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def const(self, value, dtype=None) -> str:
        self._n += 1
        return self.init(f"/model/constants/{self._n}", np.array(value, dtype=dtype or self.dt))

    def op(self, op_type: str, inputs: list[str], name: str, n_out: int = 1, domain: str = "", outputs=None, **attrs):
        outs = outputs or [f"{name}/output_{i}" for i in range(n_out)]
        self.nodes.append(helper.make_node(op_type, inputs, outs, name=name, domain=domain or None, **attrs))
        return outs[0] if n_out == 1 and outputs is None else outs

    def input(self, name: str, elem: int, shape: list) -> str:
        self.inputs.append(helper.make_tensor_value_info(name, elem, shape))
        return name

    def output(self, name: str, elem: int, shape: list) -> None:
        self.outputs.append(helper.make_tensor_value_info(name, elem, shape))

    @property
    def elem(self) -> int:
        return NP_TO_ONNX[self.dt]

    def model(self, graph_name: str, contrib: bool) -> onnx.ModelProto:
        outputs = sorted(self.outputs, key=lambda o: o.name != "logits")  # logits first, as the exporters write it
        g = helper.make_graph(self.nodes, graph_name, self.inputs, outputs, self.inits)
        opsets = [helper.make_opsetid("", OPSET)] + ([helper.make_opsetid(MS, 1)] if contrib else [])
        return helper.make_model(g, opset_imports=opsets, producer_name="megacontext hub_fixtures")


def _kv_inputs(b: GraphBuilder, w: Weights, io_elem: int) -> list[tuple[str, str]]:
    c = w.cfg
    past = []
    for i in range(c.layers):
        past.append(tuple(b.input(f"past_key_values.{i}.{kv}", io_elem,
                                  ["batch_size", c.kv_heads, "past_sequence_length", c.head_dim])
                          for kv in ("key", "value")))
    return past


def _boundary_in(b: GraphBuilder, name: str, io_elem: int) -> str:
    """keep_io_types: a float32 graph input feeding an fp16 graph gets a Cast (onnxconverter-common)."""
    if io_elem == b.elem:
        return name
    return b.op("Cast", [name], f"/graph_input_cast/{name}", to=b.elem)


def _boundary_out(b: GraphBuilder, value: str, name: str, io_elem: int, shape: list) -> None:
    if io_elem == b.elem:
        b.op("Identity", [value], f"/graph_output/{name}", outputs=[name])
    else:
        b.op("Cast", [value], f"/graph_output_cast/{name}", outputs=[name], to=io_elem)
    b.output(name, io_elem, shape)


# ---------------------------------------------------------------------------------------------
# Optimum-style: torch.onnx export of a Hugging Face Llama (standard ONNX ops only), then the
# transformers.js conversions (fp16 with keep_io_types, MatMulNBits q4, dynamic int8).


def optimum_decoder(w: Weights, mode: str = "fp32", with_past: bool = True,
                    logits_to_keep: bool = False) -> onnx.ModelProto:
    """mode: fp32 | fp16 | q4 | q4f16 | int8 | uint8; with_past=False: the no-cache decoder
    (no past_key_values inputs; present = this call's keys and values); logits_to_keep: an int64
    scalar input, transformers' `logits_to_keep` — logits of the last n positions only (0: all)."""
    c = w.cfg
    dt = np.float16 if mode in ("fp16", "q4f16") else np.float32
    b = GraphBuilder(dt)
    io = TensorProto.FLOAT  # keep_io_types=True: the graph's float I/O stays float32
    ids = b.input("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"])
    mask = b.input("attention_mask", TensorProto.INT64, ["batch_size", "total_sequence_length"])
    pos = b.input("position_ids", TensorProto.INT64, ["batch_size", "sequence_length"])
    past = [(_boundary_in(b, k, io), _boundary_in(b, v, io)) for k, v in _kv_inputs(b, w, io)] if with_past else None
    keep = b.input("logits_to_keep", TensorProto.INT64, []) if logits_to_keep else None

    def linear(x: str, wt: np.ndarray, name: str) -> str:
        if mode in ("q4", "q4f16"):
            q, s = quantize_q4(wt)
            K, N = wt.shape
            return b.op("MatMulNBits",
                        [x, b.init(f"{name}.weight_Q4", q), b.init(f"{name}.weight_scales", s.astype(dt))],
                        f"/{name}/MatMulNBits",
                        domain=MS, K=K, N=N, bits=4, block_size=BLOCK)
        if mode in ("int8", "uint8"):
            qw, sw, zw = quantize_int8(wt, signed=mode == "int8", reduce_range=mode == "int8")  # x86 AVX2 MatMulInteger
            xq, xs, xz = b.op("DynamicQuantizeLinear", [x], f"/{name}/DynamicQuantizeLinear", n_out=3)
            acc = b.op("MatMulInteger",
                       [xq, b.init(f"{name}.weight_quantized", qw), xz,
                        b.init(f"{name}.weight_zero_point", np.array(zw))], f"/{name}/MatMulInteger")
            f = b.op("Cast", [acc], f"/{name}/Cast", to=TensorProto.FLOAT)
            scale = b.op("Mul", [xs, b.init(f"{name}.weight_scale", np.array(sw, np.float32))], f"/{name}/scale_Mul")
            return b.op("Mul", [f, scale], f"/{name}/Mul")
        return b.op("MatMul", [x, b.init(f"onnx::MatMul_{name}", wt.astype(dt))], f"/{name}/MatMul")

    def rms(x: str, g: np.ndarray, name: str) -> str:
        sq = b.op("Pow", [x, b.const(2.0)], f"/{name}/Pow")
        mean = b.op("ReduceMean", [sq], f"/{name}/ReduceMean", axes=[-1], keepdims=1)
        std = b.op("Sqrt", [b.op("Add", [mean, b.const(c.eps)], f"/{name}/Add")], f"/{name}/Sqrt")
        normed = b.op("Div", [x, std], f"/{name}/Div")
        return b.op("Mul", [b.init(f"{name}.weight", g.astype(dt)), normed], f"/{name}/Mul_1")

    # Embedding: the one node the app cuts out.
    if mode in ("int8", "uint8"):
        qe, se, ze = quantize_int8(w.embed, signed=mode == "int8")
        gq = b.op("Gather", [b.init("model.embed_tokens.weight_quantized", qe), ids], "/model/embed_tokens/Gather")
        h = b.op("DequantizeLinear",
                 [gq, b.init("model.embed_tokens.weight_scale", np.array(se, np.float32)),
                  b.init("model.embed_tokens.weight_zero_point", np.array(ze))],
                 "/model/embed_tokens/DequantizeLinear")
    else:
        h = b.op("Gather", [b.init("model.embed_tokens.weight", w.embed.astype(dt)), ids], "/model/embed_tokens/Gather")

    # Causal + padding mask from the shapes of input_ids and attention_mask (as transformers builds it).
    i64 = np.int64
    S = b.op("Gather", [b.op("Shape", [ids], "/model/Shape"), b.const(1, i64)], "/model/Gather_S", axis=0)
    T = b.op("Gather", [b.op("Shape", [mask], "/model/Shape_1"), b.const(1, i64)], "/model/Gather_T", axis=0)
    P = b.op("Sub", [T, S], "/model/Sub_P")
    q_pos = b.op("Range", [P, T, b.const(1, i64)], "/model/Range_q")
    k_pos = b.op("Range", [b.const(0, i64), T, b.const(1, i64)], "/model/Range_k")
    future = b.op("Greater", [b.op("Unsqueeze", [k_pos, b.const([0], i64)], "/model/Unsqueeze_k"),
                              b.op("Unsqueeze", [q_pos, b.const([1], i64)], "/model/Unsqueeze_q")],
                  "/model/Greater")  # (S, T)
    pad = b.op("Equal", [mask, b.const(0, i64)], "/model/Equal_pad")  # (B, T)
    pad4 = b.op("Unsqueeze", [pad, b.const([1, 2], i64)], "/model/Unsqueeze_pad")  # (B, 1, 1, T)
    hidden = b.op("Or", [pad4, future], "/model/Or")  # (B, 1, S, T)
    bias = b.op("Where", [hidden, b.const(np.finfo(dt).min), b.const(0.0)], "/model/Where_bias")

    cos_t, sin_t = rope_tables(c)
    cos_full = b.init("model.rotary_emb.cos_cached", np.concatenate([cos_t, cos_t], -1).astype(dt))
    sin_full = b.init("model.rotary_emb.sin_cached", np.concatenate([sin_t, sin_t], -1).astype(dt))
    cos = b.op("Unsqueeze", [b.op("Gather", [cos_full, pos], "/model/rotary/Gather_cos"), b.const([1], i64)],
               "/model/rotary/Unsqueeze_cos")
    sin = b.op("Unsqueeze", [b.op("Gather", [sin_full, pos], "/model/rotary/Gather_sin"), b.const([1], i64)],
               "/model/rotary/Unsqueeze_sin")
    half = c.head_dim // 2

    def rope(x: str, name: str) -> str:
        x1 = b.op("Slice", [x, b.const([0], i64), b.const([half], i64), b.const([-1], i64)], f"{name}/Slice")
        x2 = b.op("Slice", [x, b.const([half], i64), b.const([c.head_dim], i64), b.const([-1], i64)], f"{name}/Slice_1")
        rot = b.op("Concat", [b.op("Neg", [x2], f"{name}/Neg"), x1], f"{name}/Concat", axis=-1)
        return b.op("Add", [b.op("Mul", [x, cos], f"{name}/Mul"), b.op("Mul", [rot, sin], f"{name}/Mul_1")],
                    f"{name}/Add")

    def heads(x: str, n: int, name: str) -> str:  # (B, S, n·hd) → (B, n, S, hd)
        r = b.op("Reshape", [x, b.const([0, 0, n, c.head_dim], i64)], f"{name}/Reshape")
        return b.op("Transpose", [r], f"{name}/Transpose", perm=[0, 2, 1, 3])

    def repeat_kv(x: str, name: str) -> str:  # (B, kvH, T, hd) → (B, H, T, hd)
        u = b.op("Unsqueeze", [x, b.const([2], i64)], f"{name}/Unsqueeze")
        cat = b.op("Concat", [u] * (c.heads // c.kv_heads), f"{name}/Concat", axis=2)
        return b.op("Reshape", [cat, b.const([0, c.heads, -1, c.head_dim], i64)], f"{name}/Reshape")

    for i, L in enumerate(w.layers):
        p = f"model.layers.{i}"
        x = rms(h, L["n_in"], f"{p}.input_layernorm")
        q = rope(heads(linear(x, L["wq"], f"{p}.self_attn.q_proj"), c.heads, f"/{p}/q"), f"/{p}/q_rot")
        k = rope(heads(linear(x, L["wk"], f"{p}.self_attn.k_proj"), c.kv_heads, f"/{p}/k"), f"/{p}/k_rot")
        v = heads(linear(x, L["wv"], f"{p}.self_attn.v_proj"), c.kv_heads, f"/{p}/v")
        k_all = b.op("Concat", [past[i][0], k], f"/{p}/Concat_k", axis=2) if past else k
        v_all = b.op("Concat", [past[i][1], v], f"/{p}/Concat_v", axis=2) if past else v
        kv_shape = ["batch_size", c.kv_heads, "total_sequence_length", c.head_dim]
        _boundary_out(b, k_all, f"present.{i}.key", io, kv_shape)
        _boundary_out(b, v_all, f"present.{i}.value", io, kv_shape)
        kt = b.op("Transpose", [repeat_kv(k_all, f"/{p}/rep_k")], f"/{p}/Transpose_kT", perm=[0, 1, 3, 2])
        sc = b.op("Mul", [b.op("MatMul", [q, kt], f"/{p}/MatMul_qk"), b.const(1.0 / np.sqrt(c.head_dim))],
                  f"/{p}/Mul_scale")
        probs = b.op("Softmax", [b.op("Add", [sc, bias], f"/{p}/Add_mask")], f"/{p}/Softmax", axis=-1)
        o = b.op("MatMul", [probs, repeat_kv(v_all, f"/{p}/rep_v")], f"/{p}/MatMul_pv")
        o = b.op("Reshape",
                 [b.op("Transpose", [o], f"/{p}/Transpose_o", perm=[0, 2, 1, 3]),
                  b.const([0, 0, c.heads * c.head_dim], i64)], f"/{p}/Reshape_o")
        h = b.op("Add", [h, linear(o, L["wo"], f"{p}.self_attn.o_proj")], f"/{p}/Add_attn")
        x = rms(h, L["n_post"], f"{p}.post_attention_layernorm")
        g = linear(x, L["wg"], f"{p}.mlp.gate_proj")
        act = b.op("Mul", [g, b.op("Sigmoid", [g], f"/{p}/mlp/Sigmoid")], f"/{p}/mlp/Mul_silu")
        up = linear(x, L["wu"], f"{p}.mlp.up_proj")
        h = b.op("Add", [h, linear(b.op("Mul", [act, up], f"/{p}/mlp/Mul"), L["wd"], f"{p}.mlp.down_proj")],
                 f"/{p}/Add_mlp")
    if keep:  # hidden_states[:, -logits_to_keep:, :] (slice(-0) keeps everything)
        start = b.op("Neg", [b.op("Unsqueeze", [keep, b.const([0], i64)], "/model/keep/Unsqueeze")], "/model/keep/Neg")
        h = b.op("Slice", [h, start, b.const([np.iinfo(np.int64).max], i64), b.const([1], i64)], "/model/keep/Slice")
    logits = linear(rms(h, w.norm, "model.norm"), w.lm_head, "lm_head")
    _boundary_out(b, logits, "logits", io, ["batch_size", "sequence_length", c.vocab])
    return b.model("main_graph", contrib=mode in ("q4", "q4f16"))


# ---------------------------------------------------------------------------------------------
# onnxruntime-genai model builder style: contrib ops (GroupQueryAttention, MatMulNBits,
# SimplifiedLayerNormalization / SkipSimplifiedLayerNormalization, RotaryEmbedding), io dtype =
# the model dtype (fp16 KV cache and logits in q4f16), tied embeddings read from the LM head.


def builder_decoder(w: Weights, io: str = "fp32", quant: bool = True, tied: str | None = None,
                    fused_rope: bool = False) -> onnx.ModelProto:
    """io: fp32 | fp16; quant: MatMulNBits q4 weights; tied: None | 'fp' (Transpose + Gather of the
    LM head weight) | 'q4' (GatherBlockQuantized on the LM head's 4-bit weight) | 'int4' (not tied:
    the embedding's own table as ONNX INT4, GatherBlockQuantized, as onnxruntime's quantiser writes
    a quantised Gather); fused_rope: GQA applies RoPE itself (do_rotary=1, packed QKV) and the
    graph has no position_ids input."""
    c = w.cfg
    dt = np.float16 if io == "fp16" else np.float32
    b = GraphBuilder(dt)
    i64 = np.int64
    ids = b.input("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"])
    mask = b.input("attention_mask", TensorProto.INT64, ["batch_size", "total_sequence_length"])
    pos = None if fused_rope else b.input("position_ids", TensorProto.INT64, ["batch_size", "sequence_length"])
    past = _kv_inputs(b, w, b.elem)

    def linear(x: str, wt: np.ndarray, name: str) -> str:
        if quant:
            q, s = quantize_q4(wt)
            K, N = wt.shape
            return b.op("MatMulNBits",
                        [x, b.init(f"{name}.MatMul.weight_Q4", q),
                         b.init(f"{name}.MatMul.weight_scales", s.astype(dt))],
                        f"/{name}/MatMul_Q4", domain=MS, K=K, N=N, bits=4, block_size=BLOCK, accuracy_level=4)
        return b.op("MatMul", [x, b.init(f"{name}.MatMul.weight", wt.astype(dt))], f"/{name}/MatMul")

    # Attention mask → seqlens_k (sum − 1) and total_seq_len for GroupQueryAttention.
    red = b.op("ReduceSum", [mask, b.const([1], i64)], "/model/attn_mask_reformat/attn_mask_subgraph/ReduceSum",
               keepdims=0)
    seqlens = b.op("Cast", [b.op("Sub", [red, b.const([1], i64)], "/model/attn_mask_reformat/attn_mask_subgraph/Sub")],
                   "/model/attn_mask_reformat/attn_mask_subgraph/Sub/Cast", to=TensorProto.INT32)
    total = b.op("Cast", [b.op("Gather",
                               [b.op("Shape", [mask], "/model/attn_mask_reformat/attn_mask_subgraph/Shape"),
                                b.const(1, i64)],
                               "/model/attn_mask_reformat/attn_mask_subgraph/Gather", axis=0)],
                 "/model/attn_mask_reformat/attn_mask_subgraph/Gather/Cast", to=TensorProto.INT32)

    # The LM head first: a tied embedding reads its weight.
    lm_q = quantize_q4(w.lm_head) if quant else None
    if tied == "q4":
        assert quant, "GatherBlockQuantized ties to a 4-bit LM head"
        data = b.op("Reshape", [b.init("lm_head.MatMul.weight_Q4", lm_q[0]), b.const([c.vocab, c.d * 4 // 8], i64)],
                    "/model/embed_tokens/Reshape")
        h = b.op("GatherBlockQuantized", [data, ids, b.init("lm_head.MatMul.weight_scales", lm_q[1].astype(dt))],
                 "/model/embed_tokens/GatherBlockQuantized",
                 domain=MS, bits=4, block_size=BLOCK, gather_axis=0, quantize_axis=1)
    elif tied == "int4":
        raw, scales = quantize_int4_rows(w.embed)
        table = onnx.TensorProto()
        # 22 = INT4 (onnx ≥ 1.16; written by hand here)
        table.name, table.data_type, table.raw_data = "model.embed_tokens.weight_Q4", 22, raw
        table.dims.extend([c.vocab, c.d])
        b.inits.append(table)
        h = b.op("GatherBlockQuantized",
                 [table.name, ids, b.init("model.embed_tokens.weight_scales", scales.astype(dt))],
                 "/model/embed_tokens/GatherBlockQuantized",
                 domain=MS, bits=4, block_size=BLOCK, gather_axis=0, quantize_axis=1)
    elif tied == "fp":
        assert not quant, "a float tied embedding reads a float LM head weight"
        table = b.op("Transpose", [b.init("lm_head.MatMul.weight", w.lm_head.astype(dt))],
                     "/model/embed_tokens/Transpose", perm=[1, 0])
        h = b.op("Gather", [table, ids], "/model/embed_tokens/Gather")
    else:
        h = b.op("Gather", [b.init("model.embed_tokens.weight", w.embed.astype(dt)), ids], "/model/embed_tokens/Gather")

    cos_t, sin_t = rope_tables(c)
    cos = b.init("cos_cache", cos_t.astype(dt))
    sin = b.init("sin_cache", sin_t.astype(dt))
    eps = c.eps
    residual = h
    x = b.op("SimplifiedLayerNormalization",
             [h, b.init("model.layers.0.input_layernorm.weight", w.layers[0]["n_in"].astype(dt))],
             "/model/layers.0/input_layernorm/LayerNorm", axis=-1, epsilon=eps, stash_type=1)
    for i, L in enumerate(w.layers):
        p = f"model.layers.{i}"
        if fused_rope:
            qkv_w = np.concatenate([L["wq"], L["wk"], L["wv"]], axis=1)
            qkv = linear(x, qkv_w, f"{p}.attn.qkv_proj")
            q_in, k_in, v_in = qkv, "", ""
            rot = [cos, sin]
        else:
            q_in = b.op("RotaryEmbedding", [linear(x, L["wq"], f"{p}.attn.q_proj"), pos, cos, sin],
                        f"/{p}/attn/q_rotary/RotaryEmbedding", domain=MS,
                        interleaved=0, num_heads=0, rotary_embedding_dim=0)
            k_in = b.op("RotaryEmbedding", [linear(x, L["wk"], f"{p}.attn.k_proj"), pos, cos, sin],
                        f"/{p}/attn/k_rotary/RotaryEmbedding", domain=MS,
                        interleaved=0, num_heads=0, rotary_embedding_dim=0)
            v_in = linear(x, L["wv"], f"{p}.attn.v_proj")
            rot = []
        attn = b.op("GroupQueryAttention", [q_in, k_in, v_in, past[i][0], past[i][1], seqlens, total, *rot],
                    f"/{p}/attn/GroupQueryAttention", domain=MS,
                    outputs=[f"/{p}/attn/GroupQueryAttention/output_0", f"present.{i}.key", f"present.{i}.value"],
                    num_heads=c.heads, kv_num_heads=c.kv_heads, scale=float(1.0 / np.sqrt(c.head_dim)),
                    do_rotary=int(fused_rope),
                    local_window_size=-1, softcap=0.0)[0]
        kv_shape = ["batch_size", c.kv_heads, "total_sequence_length", c.head_dim]
        b.output(f"present.{i}.key", b.elem, kv_shape)
        b.output(f"present.{i}.value", b.elem, kv_shape)
        o = linear(attn, L["wo"], f"{p}.attn.o_proj")
        x, _, _, residual = b.op("SkipSimplifiedLayerNormalization",
                                 [o, residual, b.init(f"{p}.post_attention_layernorm.weight", L["n_post"].astype(dt))],
                                 f"/{p}/post_attention_layernorm/SkipLayerNorm", domain=MS,
                                 outputs=[f"/{p}/post_attention_layernorm/output_0", "", "",
                                          f"/{p}/post_attention_layernorm/output_3"], epsilon=eps)
        g = linear(x, L["wg"], f"{p}.mlp.gate_proj")
        act = b.op("Mul", [g, b.op("Sigmoid", [g], f"/{p}/mlp/act_fn/Sigmoid")], f"/{p}/mlp/act_fn/Mul")
        down = linear(b.op("Mul", [act, linear(x, L["wu"], f"{p}.mlp.up_proj")], f"/{p}/mlp/Mul"), L["wd"],
                      f"{p}.mlp.down_proj")
        last = i == len(w.layers) - 1
        gain = w.norm if last else w.layers[i + 1]["n_in"]
        norm_name = "/model/layers.final_norm_layernorm" if last else f"/model/layers.{i + 1}/input_layernorm"
        outs = [f"{norm_name}/output_0"] if last else [f"{norm_name}/output_0", "", "", f"{norm_name}/output_3"]
        res = b.op("SkipSimplifiedLayerNormalization",
                   [down, residual,
                    b.init("model.norm.weight" if last else f"model.layers.{i + 1}.input_layernorm.weight",
                           gain.astype(dt))],
                   f"{norm_name}/SkipLayerNorm", domain=MS, outputs=outs, epsilon=eps)
        x, residual = (res[0], None) if last else (res[0], res[3])
    if quant:
        b.op("MatMulNBits", [x,
                             b.init("lm_head.MatMul.weight_Q4", lm_q[0]) if tied != "q4"
                             else "lm_head.MatMul.weight_Q4",
                             b.init("lm_head.MatMul.weight_scales", lm_q[1].astype(dt)) if tied != "q4"
                             else "lm_head.MatMul.weight_scales"],
             "/lm_head/MatMul_Q4", domain=MS, outputs=["logits"], K=c.d, N=c.vocab, bits=4, block_size=BLOCK,
             accuracy_level=4)
    else:
        weight = "lm_head.MatMul.weight" if tied == "fp" else b.init("lm_head.MatMul.weight", w.lm_head.astype(dt))
        b.op("MatMul", [x, weight], "/lm_head/MatMul", outputs=["logits"])
    b.output("logits", b.elem, ["batch_size", "sequence_length", c.vocab])
    return b.model("main_graph", contrib=True)


# ---------------------------------------------------------------------------------------------
# Optimum's merged decoder (decoder_model_merged.onnx of older transformers.js repositories): one
# file holding both the no-cache and the with-cache decoder as the branches of an If on the
# boolean input use_cache_branch, the weights shared as top-level initializers.


def _as_branch(m: onnx.ModelProto, suffix: str, outer: set[str]) -> onnx.GraphProto:
    """The graph of `m` as an If branch: no inputs or initializers (read from the outer scope),
    internal tensors renamed with `suffix` so the two branches and the outer graph never share a
    name, outputs named <output><suffix>."""
    g = m.graph
    local = {o for n in g.node for o in n.output if o} - outer
    ren = lambda x: x + suffix if x in local else x  # noqa: E731
    nodes = []
    for n in g.node:
        nn = onnx.NodeProto()
        nn.CopyFrom(n)
        nn.name = n.name + suffix
        del nn.input[:]
        nn.input.extend(ren(x) for x in n.input)
        del nn.output[:]
        nn.output.extend(ren(x) for x in n.output)
        nodes.append(nn)
    outputs = []
    for o in g.output:
        vi = onnx.ValueInfoProto()
        vi.CopyFrom(o)
        vi.name = ren(o.name)
        outputs.append(vi)
    return helper.make_graph(nodes, "with_past" if suffix == "/then" else "no_past", [], outputs)


def merged_decoder(w: Weights) -> onnx.ModelProto:
    with_past, no_past = optimum_decoder(w, "fp32"), optimum_decoder(w, "fp32", with_past=False)
    outer = {i.name for i in with_past.graph.input} | {t.name for t in with_past.graph.initializer}
    inits = {t.name: t for m in (with_past, no_past) for t in m.graph.initializer}
    then_b, else_b = _as_branch(with_past, "/then", outer), _as_branch(no_past, "/else", outer)
    outs = [o.name for o in with_past.graph.output]
    flag = helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1])
    node = helper.make_node("If", ["use_cache_branch"], outs, name="optimum::if", then_branch=then_b,
                            else_branch=else_b)
    g = helper.make_graph([node], "merged", list(with_past.graph.input) + [flag], list(with_past.graph.output),
                          list(inits.values()))
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", OPSET)],
                             producer_name="megacontext hub_fixtures")
