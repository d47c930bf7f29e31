"""Configuration of the MegaContext demo base model (a small Llama-style decoder)."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class ModelConfig:
    vocab_size: int = 8192
    d_model: int = 256
    n_layers: int = 4
    n_heads: int = 8
    n_kv_heads: int = 2
    ffn_hidden: int = 640
    rope_theta: float = 10000.0
    native_context: int = 1024
    norm_eps: float = 1e-5
    tie_embeddings: bool = True

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    def validate(self) -> None:
        if self.d_model % self.n_heads:
            raise ValueError("d_model must be divisible by n_heads")
        if self.n_heads % self.n_kv_heads:
            raise ValueError("n_heads must be divisible by n_kv_heads")
        if self.head_dim % 2:
            raise ValueError("head_dim must be even for RoPE")

    def to_dict(self) -> dict:
        return {**asdict(self), "head_dim": self.head_dim}

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


PRESETS = {
    # Unit tests: seconds on CPU.
    "tiny": ModelConfig(vocab_size=320, d_model=32, n_layers=2, n_heads=4, n_kv_heads=2,
                        ffn_hidden=64, native_context=128),
    # The shipped demo model (≈ 5M parameters, ≈ 20 MB f32).
    "demo": ModelConfig(),
    # The larger base model for a device (GPU) run, training/device/README.md: 10.82M parameters
    # (43.3 MB f32 decoder.onnx + 12.6 MB embeddings.f32.bin per release).
    "base": ModelConfig(d_model=384, n_layers=6, n_heads=6, n_kv_heads=2, ffn_hidden=768, native_context=2048),
}
