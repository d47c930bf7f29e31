"""Issue 8's one-command report (training/eval/nets_report.py): tables, the target ratio, plots and
report.md from the two JSON results, and the eval CLI it drives."""
import os

from training.eval import nets_report as nr


def _dnll():
    vals = {"learned": [0.01, 0.02, 0.03], "mean": [0.1, 0.2, 0.3], "drop": [0.2, 0.3, 0.4]}
    summ = {k: {"mean": sum(v) / 3, "p50": v[1], "p90": v[2], "n": 3} for k, v in vals.items()}
    return {"results": {"lod1": {**summ, "values": vals}}, "base": {"step": 7},
            "gistnet": {"step": 5, "trained_on_base_step": 7},
            "policy": "compacted", "ctx": 64, "horizon": 64, "windows": 3}


def _passkey():
    return {"package": "demo@0.3.0", "wMax": 2048, "cases": [{}] * 4,
            "summary": {"megacontext/similarity": {"accuracy": 0.75, "n": 4, "byLength": {"2048": 1.0, "8192": 0.5}},
                        "truncation": {"accuracy": 0.5, "n": 4, "byLength": {"2048": 1.0, "8192": 0.0}}}}


def test_ratio_and_tables():
    rep = _dnll()
    assert abs(nr.dnll_ratio(rep) - 0.1) < 1e-9
    assert nr.dnll_ratio({"results": {"lod1": {"mean": {"mean": 0.1}}}}) is None  # no learned gists
    rows = nr.dnll_table(rep)
    assert len(rows) == 2 + 3 and "| LOD1 | learned | +0.0200 |" in rows[2]
    pk = nr.passkey_table(_passkey())
    assert pk[0] == "| mode | 2,048 | 8,192 | all |"
    assert (pk[2] == "| megacontext/similarity | 100% | 50% | 75% (n=4) |"
            and pk[3].startswith("| truncation | 100% | 0% |"))


def test_plots_and_report(tmp_path):
    d, p = _dnll(), _passkey()
    assert nr.plot_dnll(d, str(tmp_path / "delta_nll.png")) and os.path.getsize(tmp_path / "delta_nll.png") > 1000
    assert nr.plot_passkey(p, str(tmp_path / "passkey.png")) and os.path.getsize(tmp_path / "passkey.png") > 1000
    md = open(nr.write_report(str(tmp_path), d, p, {"dnll": 12.0})).read()
    assert "**0.10** (target ≤ 0.5)" in md and "windows; 12 s." in md
    assert "W_max = 2048, 4 case runs (kept from an earlier run)." in md and "| truncation | 100% | 0% |" in md


def test_eval_cli_runs_the_repository_script():
    cmd = nr.eval_cli("--cases", "x.jsonl")
    assert (cmd[0].endswith(os.path.join("node_modules", ".bin", "tsx"))
            and cmd[1].endswith(os.path.join("scripts", "eval.ts")))
    assert cmd[2:] == ["--cases", "x.jsonl"]
