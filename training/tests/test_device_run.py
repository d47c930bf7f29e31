"""Device run (training/device/): the carry packer, the time budget, the ≤ 15 MiB parts the device
tool can return, and run.sh's whole CPU path (probe → unpack → train → EMA → quick_eval →
perplexity → ONNX → $OUT) on tiny fixtures. The last test takes ≈ 30–60 s on 2 shared cores."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile

import pytest

from training.device import budget
from training.dataset.stream import load_prose_docs
from training.device.pack_carry import CORPUS, FILES, corpus_subset, pack, travel_bytes
from training.recall.haystack import HaystackPool

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def test_train_seconds_subtracts_elapsed_and_finish_with_a_floor():
    assert budget.train_seconds(8, elapsed=60, finish_minutes=3) == 8 * 60 - 60 - 180
    assert budget.train_seconds(1, elapsed=50, finish_minutes=0.5) == budget.MIN_TRAIN_SECONDS


def test_split_and_join_round_trip_and_drop_stale_parts(tmp_path):
    src = tmp_path / "w.bin"
    data = os.urandom(2500)
    src.write_bytes(data)
    parts = budget.split(str(src), str(tmp_path / "w.out"), part_bytes=1000)
    assert [os.path.getsize(p) for p in parts] == [1000, 1000, 500]
    src.write_bytes(data[:1500])  # a later, shorter copy: part02 must go
    parts = budget.split(str(src), str(tmp_path / "w.out"), part_bytes=1000)
    assert sorted(os.listdir(tmp_path)) == ["w.bin", "w.out.part00", "w.out.part01"]
    assert budget.join(str(tmp_path / "w.out"), str(tmp_path / "j.bin")) == 1500
    assert (tmp_path / "j.bin").read_bytes() == data[:1500]


def test_fits_counts_files_and_bytes_of_the_return(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "ema.pt.part00").write_bytes(b"x" * 3000)
    src = tmp_path / "decoder.onnx"
    src.write_bytes(b"y" * 2500)
    assert budget.fits(str(out), str(src), limit_bytes=6000, limit_files=8)
    assert not budget.fits(str(out), str(src), limit_bytes=5000, limit_files=8)  # bytes together
    assert not budget.fits(str(out), str(src), limit_bytes=6000, limit_files=3)  # 1 + 1 part + 2 reserved


def _fake_tree(root, files=FILES):
    for f in files:
        p = os.path.join(root, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as g:
            if f == CORPUS:
                g.write(json.dumps({"source": "brown", "text": f"content of {f}"}) + "\n")
            else:
                g.write(f"content of {f}\n" * 50)


def test_pack_holds_exactly_the_listed_files_and_enforces_the_limit(tmp_path):
    _fake_tree(str(tmp_path / "repo"))
    out = str(tmp_path / "carry" / "data.tar.xz")
    size = pack(str(tmp_path / "repo"), out)
    assert size == os.path.getsize(out)
    with tarfile.open(out) as tf:
        assert sorted(tf.getnames()) == sorted(FILES)
        assert tf.extractfile(FILES[0]).read().startswith(b"content of " + FILES[0].encode())
        assert json.loads(tf.extractfile(CORPUS).read())["source"] == "brown"  # the corpus as its subset
    with pytest.raises(SystemExit, match="over the"):
        pack(str(tmp_path / "repo"), str(tmp_path / "small.tar.gz"), limit=100)
    assert not os.path.exists(tmp_path / "small.tar.gz")
    os.remove(tmp_path / "repo" / FILES[-1])
    with pytest.raises(SystemExit, match="missing"):
        pack(str(tmp_path / "repo"), out)


def test_corpus_subset_keeps_exactly_what_the_device_readers_read(tmp_path):
    """Haystacks take the first N characters of each source, filler prose the prose sources up to a
    total: the subset drops the rest, and both readers get the same documents from it."""
    docs = [{"source": s, "text": f"{s} document {i} " * 40} for i in range(30)
            for s in ("moby-dick", "wordnet", "python-doc")]
    full = tmp_path / "train.jsonl"
    full.write_text("".join(json.dumps(d) + "\n" for d in docs))
    sub = tmp_path / "sub.jsonl"
    sub.write_bytes(corpus_subset(str(full), haystack_chars=3000, prose_chars=20000))
    kept = [json.loads(line) for line in sub.read_text().splitlines()]
    assert 0 < len(kept) < len(docs)
    assert {d["source"] for d in kept} == {"moby-dick", "wordnet", "python-doc"}
    a = HaystackPool.from_jsonl(str(full), max_bytes_per_source=3000)
    b = HaystackPool.from_jsonl(str(sub), max_bytes_per_source=3000)
    assert a.by_source == b.by_source
    assert load_prose_docs(str(full), max_bytes=20000) == load_prose_docs(str(sub), max_bytes=20000)
    assert load_prose_docs(str(full), max_bytes=20000) != load_prose_docs(str(full), max_bytes=10**9)


def test_travel_counts_tracked_and_untracked_files_but_not_ignored_ones(tmp_path):
    root = tmp_path / "r"
    root.mkdir()
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True)
    (root / ".gitignore").write_text("build/\n")
    (root / "a.bin").write_bytes(b"a" * 1000)
    subprocess.run(["git", "-C", str(root), "add", "a.bin", ".gitignore"], check=True)
    (root / "new.txt").write_bytes(b"n" * 300)
    (root / "build").mkdir()
    (root / "build" / "big.bin").write_bytes(b"b" * 10**6)
    total, largest = travel_bytes(str(root))
    assert total == 3 * 4096  # whole 4 KiB blocks, as `du` counts (and the device tool is stricter than bytes)
    assert {p for _, p in largest} == {"a.bin", "new.txt", ".gitignore"}


def test_this_checkout_leaves_room_for_the_carry():
    """The tool sends working tree + carry, 64 MiB in all; the carry is 20.7 MiB (README). A tracked
    tree over 43 MiB makes every device call fail before it starts (training/checkpoints.json keeps
    the large checkpoints in history instead)."""
    names = subprocess.run(["git", "-C", ROOT, "ls-files", "-z"], capture_output=True, check=True).stdout
    tracked = sum(os.path.getsize(os.path.join(ROOT, n)) for n in names.decode().split("\0")
                  if n and os.path.isfile(os.path.join(ROOT, n)))
    assert tracked <= 43 * 2**20, f"tracked files {tracked / 2**20:.1f} MiB: see training/device/README.md"


def _tiny_carry(tmp_path, tok_path, corpus) -> str:
    """The tiny fixtures at the carry's repository paths, packed as run.sh's --carry."""
    src = tmp_path / "src"
    d = src / "training"
    for sub in ("data/tokens", "data/corpus", "data/recall", "artifacts/tokenizer"):
        (d / sub).mkdir(parents=True)
    for f in os.listdir(corpus / "tokens"):
        shutil.copy(corpus / "tokens" / f, d / "data/tokens" / f)
    shutil.copy(corpus / "train.jsonl", d / "data/corpus/train.jsonl")
    shutil.copy(corpus / "heldout.jsonl", d / "data/recall/eval_haystacks.jsonl")
    (d / "data/corpus/sources.json").write_text(json.dumps({"sources": {}}))
    (d / "data/recall/eval_haystacks.sources.json").write_text("{}")
    words = ["harbor", "lantern", "meadow", "pepper", "rocket", "saddle", "tablet", "violin", "walnut", "zipper",
             "anchor", "basket", "candle", "dragon", "engine", "falcon", "garden", "hammer", "island", "jacket"]
    (d / "data/recall/nouns.json").write_text(json.dumps({"nouns": words}))
    for f in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(os.path.join(os.path.dirname(tok_path), f), d / "artifacts/tokenizer" / f)
    out = str(tmp_path / "carry.tar.gz")
    pack(str(src), out)
    return out


# The next lease's recall mix (training/device/README.md): found facts in, absent episodes rare.
SHAPES = {"single": 0.25, "multi": 0.2, "together": 0.1, "absent": 0.05, "followup": 0.15, "found": 0.25}


def test_run_sh_cpu_path_returns_every_artifact(tmp_path, tiny_tokenizer, tiny_corpus):
    """The device command end to end on CPU with the tiny preset (vocab 320 = the tiny tokenizer):
    what comes back is what the README promises, within the device tool's file limits."""
    _, tok_path = tiny_tokenizer
    carry = _tiny_carry(tmp_path, tok_path, tiny_corpus)
    out = tmp_path / "out"
    env = {**os.environ, "OUT": str(out), "PYTHON": sys.executable}
    r = subprocess.run(["bash", os.path.join(ROOT, "training/device/run.sh"), "--minutes", "0.6",
                        "--finish-minutes", "0.2", "--startup-seconds", "3", "--preset", "tiny", "--device", "cpu",
                        "--batch", "2", "--seq-len", "32", "--qe-n", "2", "--eval-every", "5", "--eval-rows", "1",
                        "--ppl-rows", "1", "--threads", "1", "--ckpt-minutes", "0.05",
                        "--recall-shapes", json.dumps(SHAPES),
                        "--carry", carry, "--work", str(tmp_path / "work")],
                       env=env, capture_output=True, text=True, timeout=170)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    names = sorted(os.listdir(out))
    assert names == ["decoder.onnx.part00", "ema.pt.part00", "report.tar.gz", "results.json"], names
    assert len(names) <= 8 and all(os.path.getsize(out / n) <= 16 * 2**20 for n in names)
    res = json.loads((out / "results.json").read_text())
    assert res["config"]["d_model"] == 32 and res["step"] > 0
    assert res["perplexity"]["perplexity"] > 1 and res["quick_eval"]["summary"]["all"]
    assert res["onnx"]["bytes"] == os.path.getsize(out / "decoder.onnx.part00")
    assert res["heldout_evals"], "eval.csv rows"
    args = json.loads((tmp_path / "work" / "runs" / "device-tiny" / "args_step0.json").read_text())
    assert json.loads(args["args"]["recall_shapes"]) == SHAPES  # the next lease's mix reaches the trainer
    with tarfile.open(out / "report.tar.gz") as tf:
        got = set(tf.getnames())
    for f in ("probe.txt", "run.log", "ppl.json", "quick_eval.json", "manifest.json", "config.json"):
        assert f"report/{f}" in got, (f, sorted(got))
    budget.join(str(out / "ema.pt"), str(tmp_path / "ema.pt"))
    import torch
    ck = torch.load(tmp_path / "ema.pt")
    assert ck["optimizer"] is None and ck["step"] == res["step"]
