"""Recipes: the recorded arguments of the runs that made the previous packages' nets (package
0.4.0 = base `recall@step2886` + GistNet `gist-r040@step600`; GistNet 0.3.0 `gist-skip`, which
gist-r040 was fine-tuned from), as named argument sets of the trainers. (0.5.0, `device1@step9146`
with no learned nets, was made by one device command: training/device/README.md and
runs/device1/args_step0.json.) `--recipe NAME` sets them as the
defaults; a flag given on the command line still wins.

Each recipe is the run's runs/<run>/args_step<step>.json minus the values equal to the trainer's
defaults; `training/tests/test_recipes.py` fails when a recipe or a default drifts from the
recorded run. `STOPS` names the values a recipe sets that the recorded run did not have, and why
(the recall phases were ended with SIGTERM; --max-steps stops at the same step).
"""
from __future__ import annotations

import argparse

T_RECALL_1 = ('{"recall": 0.8, "passkey": 0.04, "multikey": 0.04, "copy": 0.06, "memory_chat": 0.03, '
              '"passkey_chat": 0.03}')
T_RECALL_3 = ('{"recall": 0.85, "passkey": 0.03, "multikey": 0.03, "copy": 0.05, "memory_chat": 0.02, '
              '"passkey_chat": 0.02}')
S_RECALL_2 = '{"single": 0.4, "multi": 0.3, "together": 0.08, "absent": 0.08, "followup": 0.14}'
S_RECALL_3 = '{"single": 0.2, "multi": 0.15, "together": 0.05, "absent": 0.05, "followup": 0.1, "quiz": 0.45}'

_RECALL = dict(run="recall", preset="demo", long_from_step=1000000, lr=0.0015, total_steps=3000,
               synthetic_frac=0.85, induction_frac=0.05, compress_frac=0.25, answer_weight=1.0, ema=0.995,
               eval_every=250)

# training/train.py: the base model of 0.4.0, five phases, each resuming the previous one's latest.pt
# (recorded: training/runs/recall/args_step{0,351,664,1164,1222}.json).
BASE = {
    "recall-1": {**_RECALL, "seq_len": 1024, "lr": 0.001, "total_steps": 2500, "synthetic_frac": 0.8,
                 "task_weights": T_RECALL_1, "init_from": "training/checkpoints/demo/ema.pt", "seed": 2026,
                 "max_steps": 351},
    "recall-2": {**_RECALL, "batch": 16, "seq_len": 256, "task_weights": T_RECALL_1, "recall_shapes": S_RECALL_2,
                 "seed": 2026, "max_steps": 664},
    "recall-3": {**_RECALL, "task_weights": T_RECALL_3, "recall_shapes": S_RECALL_3, "seed": 2027,
                 "max_steps": 1164},
    "recall-4": {**_RECALL, "task_weights": T_RECALL_3, "recall_shapes": S_RECALL_3, "seed": 2027,
                 "ckpt_minutes": 5.0, "threads": 1, "max_steps": 1222},
    "recall-5": {**_RECALL, "batch": 2, "seq_len": 2048, "task_weights": T_RECALL_3, "recall_shapes": S_RECALL_3,
                 "seed": 2028, "ckpt_minutes": 5.0, "threads": 1, "max_steps": 2886},
}
BASE_RECORDS = {"recall-1": "recall/args_step0.json", "recall-2": "recall/args_step351.json",
                "recall-3": "recall/args_step664.json", "recall-4": "recall/args_step1164.json",
                "recall-5": "recall/args_step1222.json"}

# training/gistnet/train.py. Both shipped nets: distill 0.8, synthetic-frac 0.2 (the defaults).
GISTNET = {
    "gist-skip": {"run": "gist-skip", "base_ckpt": "training/checkpoints/demo/ema.pt", "total_steps": 2400,
                  "log_every": 50},
    "gist-r040": {"run": "gist-r040", "base_ckpt": "training/checkpoints/recall/ema-step2886.pt",
                  "init_from": "training/checkpoints/gist-skip/latest.pt", "lr": 0.0005, "warmup": 20,
                  "total_steps": 600, "ckpt_minutes": 4.0, "log_every": 25},
}
GISTNET_RECORDS = {"gist-skip": "gist-skip/args_step0.json", "gist-r040": "gist-r040/args_step0.json"}

# Values of a recipe that differ from the recorded run, and why.
STOPS = {
    **{name: {"max_steps": "the phase was ended with SIGTERM at this step (recorded max_steps: none)"}
       for name in BASE},
    "gist-skip": {"max_minutes": "recorded 38: the run ended at --total-steps 2400 inside it"},
    "gist-r040": {"max_minutes": "recorded 16: the run ended at --total-steps 600 (681 s) inside it"},
}


def parse_with_recipe(ap: argparse.ArgumentParser, argv, recipes: dict[str, dict]) -> argparse.Namespace:
    """Adds --recipe to `ap` and parses `argv` with the named recipe's values as the defaults."""
    ap.add_argument("--recipe", default=None, choices=sorted(recipes),
                    help="the recorded arguments of a shipped run as defaults (training/recipes.py); "
                         "flags given here still win")
    first, _ = ap.parse_known_args(argv)
    if first.recipe:
        known = {act.dest for act in ap._actions}
        unknown = set(recipes[first.recipe]) - known
        assert not unknown, f"recipe {first.recipe} sets unknown arguments {sorted(unknown)}"
        ap.set_defaults(**recipes[first.recipe])
    return ap.parse_args(argv)
