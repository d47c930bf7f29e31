"""Write the MegaContext demo tokenizer in Hugging Face format (tokenizer.json +
tokenizer_config.json) as loaded by @huggingface/transformers 4.x (`AutoTokenizer`).
"""
from __future__ import annotations

import json
import os

from .bpe import ByteBPETokenizer

CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{% if message['role'] not in ['system', 'user', 'assistant'] %}"
    "{{ raise_exception('Unknown role: ' + message['role']) }}{% endif %}"
    "{{ '<|' + message['role'] + '|>\n' + message['content'] + '<|end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)


def render_chat(messages: list[dict], add_generation_prompt: bool = True, bos: str = "<|bos|>") -> str:
    """Python twin of CHAT_TEMPLATE (used to build training data and eval prompts)."""
    out = [bos]
    for m in messages:
        if m["role"] not in ("system", "user", "assistant"):
            raise ValueError(f"Unknown role: {m['role']}")
        out.append(f"<|{m['role']}|>\n{m['content']}<|end|>\n")
    if add_generation_prompt:
        out.append("<|assistant|>\n")
    return "".join(out)


def tokenizer_json(tok: ByteBPETokenizer) -> dict:
    vocab = {t: i for i, t in enumerate(tok.id_to_token[: tok.n_base])}
    merges = [[tok.id_to_token[a], tok.id_to_token[b]] for a, b in tok.merges]
    added = [{"id": tok.special_ids[t], "content": t, "single_word": False, "lstrip": False,
              "rstrip": False, "normalized": False, "special": True} for t in tok.special_tokens]
    bl = {"add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", **bl},
        "post_processor": {"type": "ByteLevel", **bl, "trim_offsets": False},
        "decoder": {"type": "ByteLevel", **bl},
        "model": {"type": "BPE", "dropout": None, "unk_token": None,
                  "continuing_subword_prefix": "", "end_of_word_suffix": "", "fuse_unk": False,
                  "byte_fallback": False, "ignore_merges": False, "vocab": vocab, "merges": merges},
    }


def tokenizer_config(tok: ByteBPETokenizer, model_max_length: int) -> dict:
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": "<|bos|>",
        "eos_token": "<|eos|>",
        "pad_token": "<|pad|>",
        "unk_token": None,
        "additional_special_tokens": ["<|system|>", "<|user|>", "<|assistant|>", "<|end|>"],
        "add_bos_token": False,
        "add_eos_token": False,
        "clean_up_tokenization_spaces": False,
        "model_max_length": model_max_length,
        "chat_template": CHAT_TEMPLATE,
        "added_tokens_decoder": {str(tok.special_ids[t]): {"content": t, "special": True,
                                                           "normalized": False, "lstrip": False, "rstrip": False,
                                                           "single_word": False} for t in tok.special_tokens},
    }


def save_hf(tok: ByteBPETokenizer, out_dir: str, model_max_length: int = 1024) -> None:
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(tok), f, ensure_ascii=False)
    with open(os.path.join(out_dir, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_config(tok, model_max_length), f, ensure_ascii=False, indent=2)
