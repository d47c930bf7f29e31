"""Recipes (training/recipes.py) against the recorded runs of the shipped nets: `--recipe NAME`
parses to the arguments in runs/<run>/args_step*.json (paths compared from `training/` on), except
the documented stops; the GistNet defaults are the shipped nets' architecture, data and loss, so a
recipe only names the run, its base, its initialisation and its schedule."""
import json
import os

import pytest

from training import recipes
from training.recall.templates import ABSENT_REPLY
from training.recall.episodes import ANSWER_FRAMES
from training import train
from training.gistnet import train as gtrain

RUNS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "runs")
PACKAGE = os.path.join(os.path.dirname(RUNS), "..", "public", "models", "demo", "manifest.json")


def _norm(v):
    """An absolute path inside the repository as its path from training/ (runs were recorded in
    another checkout); anything else unchanged."""
    if isinstance(v, str) and os.path.isabs(v) and "/training/" in v:
        return v[v.index("/training/") + 1:]
    return v


def _check(parse, name, record, table):
    recorded = json.load(open(os.path.join(RUNS, record)))["args"]
    parsed = vars(parse(["--recipe", name]))
    stops = recipes.STOPS.get(name, {})
    for k, v in recorded.items():
        if k in stops:
            assert parsed[k] != v and parsed[k] == table[name].get(k, parsed[k]), (name, k)
        else:
            assert _norm(parsed[k]) == _norm(v), (name, k, parsed[k], v)
    assert parsed["recipe"] == name


@pytest.mark.parametrize("name", sorted(recipes.BASE))
def test_base_model_recipes_are_the_recall_run(name):
    _check(train.parse_args, name, recipes.BASE_RECORDS[name], recipes.BASE)


@pytest.mark.parametrize("name", sorted(recipes.GISTNET))
def test_gistnet_recipes_are_the_recorded_runs(name):
    _check(gtrain.parse_args, name, recipes.GISTNET_RECORDS[name], recipes.GISTNET)


def test_gistnet_defaults_are_the_shipped_nets_architecture_data_and_loss():
    run_specific = {"run", "base_ckpt", "init_from", "lr", "warmup", "total_steps", "max_minutes", "ckpt_minutes",
                    "log_every"}
    for name, r in recipes.GISTNET.items():
        assert set(r) <= run_specific, (name, set(r) - run_specific)
    d = vars(gtrain.parse_args([]))
    assert d["distill"] == 0.8 and d["synthetic_frac"] == 0.2 and d["last_skip"] and d["recipe"] is None


def test_the_shipped_package_is_ft1_with_the_training_free_gister():
    """0.5.1 = ft1: device1 (0.5.0, the device run's first call, training/device/README.md) fine-tuned 763
    CPU steps on found facts (training/README.md "ft1"), no learned nets; its weights are the checkpoint
    kept in the history under that name, and the package's recorded evaluation is that checkpoint's."""
    m = json.load(open(PACKAGE))
    assert m["version"] == "0.5.1" and m["training_run_id"] == "ft-found@step763"
    assert "gistnet" not in m and "lensnet" not in m
    assert m["memory_check"] and m["memory_quote"] and m["w_max_default"] == 512
    assert m["absent_reply"] == ABSENT_REPLY  # what the exporter writes with --memory-check
    assert m["answer_frames"] == list(ANSWER_FRAMES)  # … and with --answer-copy
    runs = os.path.join(os.path.dirname(recipes.__file__), "runs")
    args = json.load(open(os.path.join(runs, "ft1", "args_step0.json")))["args"]
    assert args["preset"] == "demo" and args["init_from"] == "training/checkpoints/device1/ema.pt"
    assert json.loads(args["recall_shapes"])["found"] == 0.4 and args["recall_quote"] == 0.3
    evaluation = json.load(open(os.path.join(runs, "ft1", "eval.json")))
    assert evaluation["checkpoint"]["step"] == 763
    assert m["evaluation"]["passkey"]["1000"]["accuracy"] == evaluation["passkey"]["1000"]["accuracy"]
    kept = json.load(open(os.path.join(os.path.dirname(recipes.__file__), "checkpoints.json")))["checkpoints"]
    assert any(c["path"] == "training/checkpoints/ft1/ema.pt" and c["sha256"] ==
               "cefa90454cd83712394f1626260f9062a3bbaf1a25e91c8b9cd8d1f0751a17e0" for c in kept)
    # its base, 0.5.0, is kept too (device1 at step 9146)
    result = json.load(open(os.path.join(runs, "device1", "results.json")))
    assert result["step"] == 9146
    assert any(c["path"].endswith("device1/ema.pt") and c["sha256"] == result["ema_sha256"] for c in kept)


def test_the_recipes_chain_the_previous_packages():
    last = recipes.BASE["recall-5"]
    assert recipes.GISTNET["gist-r040"]["base_ckpt"].endswith(f"{last['run']}/ema-step{last['max_steps']}.pt")
    assert recipes.BASE["recall-1"]["init_from"] == recipes.GISTNET["gist-skip"]["base_ckpt"]


def test_a_flag_wins_over_the_recipe():
    a = gtrain.parse_args(["--recipe", "gist-r040", "--lr", "1e-4"])
    assert a.lr == 1e-4 and a.total_steps == 600
    with pytest.raises(SystemExit):
        gtrain.parse_args(["--recipe", "no-such-run"])
