#!/usr/bin/env python3
"""Worked numbers for "what drives the results": sensitivity and uncertainty.

An independent re-implementation, written from the text of the specification
(docs/model.md, §2-§6 and §10, version 3) and the presets in assets/data/presets.json only, not
from the Rust code, so that the Rust crate's "what drives" numbers can be
checked against it. It reuses the model of worked.py (same directory) unchanged.

Run from the repository root:

    python3 crates/model/tests/worked/what_drives.py

It prints ONE JSON document (and writes the same text, atomically, to
/tmp/whatdrives_ref.json) with, for each scenario of SCENARIOS below,
{"sensitivity": ..., "uncertainty": ...}:

Income effect: unskilled_stayer_income_usd (the optimum's measure) in the
final year, scenario over baseline, minus 1. The baseline (docs/model.md §2) is the same preset, host and
assumptions with every scenario lever at its default; unset emigration rates
follow the current retirement and labour_growth (docs/model.md §3).

sensitivity  {"central": {"income_effect", "optimum"},
              "assumptions": [{"name", "low", "high", "income_effect": [at_low, at_high],
                               "optimum": [at_low, at_high]}, ...],
              "levers": [{"name", "income_effect_without"}, ...]}
  Each assumption (kind A, table order of docs/model.md §2) except horizon_years
  is set to the low end of its range, then to the high end, all else as set
  (whole-number parameters: their end points). "optimum" is the skilled
  emigration rate of the optimum of docs/model.md §5 without its band: the
  first grid point of highest W. The list is sorted by the income swing
  |at_high - at_low|, largest first; swings within 1e-12 of each other are
  ties and keep table order (an insertion sort that moves an entry ahead only
  when its swing is larger by more than 1e-12); all 21 entries are listed,
  zero swings included. "levers" lists, in table order,
  each scenario lever the user set, with the income effect when that lever
  alone is back at its default.

uncertainty  {"draws": 200, "seed": 2001, "years": [...],
              "income_effect": {"p10", "p50", "p90"},
              "remittances_effect": {"p10", "p50", "p90"}}
  200 draws from SplitMix64 seeded 2001 (restarted for each scenario). Each
  draw samples, in the order of SAMPLED, each parameter from the triangular
  distribution on its range [lo, hi] peaking at its default m of the table,
  by inverting the distribution function at u: with f = (m - lo)/(hi - lo),
  x = lo + sqrt(u (hi - lo)(m - lo)) if u < f, else
  x = hi - sqrt((1 - u)(hi - lo)(hi - m)); whole-year ones rounded to the
  nearest whole number, halves up; always, even if the user set it; the other
  settings stay as set. Unset emigration rates follow each draw's retirement
  and labour_growth, in the scenario and the baseline alike. Per draw and
  year: the income effect (the unskilled stayer's income, scenario /
  baseline - 1) and the remittances effect
  (remittances_usd, scenario / baseline - 1). Percentiles by nearest rank:
  the sorted values at index ceil(p/100 * 200) - 1.

Units: effects are plain fractions (0.01 = 1 %); optimum rates are per year.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # leave no __pycache__ next to the tests
sys.path.insert(0, HERE)
import worked as wk  # noqa: E402  (the model; importing it prints nothing)

OUT_PATH = "/tmp/whatdrives_ref.json"

SCENARIOS = [
    ("mali", "mali-2022", "france", dict(transfer_cost=0.03, emig_rate_skilled=0.01)),
    ("bangladesh", "bangladesh-2022", "saudi-arabia", {}),
    # The triangular draws with a user's own value of a drawn assumption (the
    # draws peak at the table's default all the same) and a whole-year one.
    ("triangular", "bangladesh-2022", "saudi-arabia",
     dict(transfer_cost=0.03, brain_gain=0.2, prospect_horizon=15)),
]

# Assumptions in table order, without horizon_years.
SENS = [k for k in wk.ASSUMPTIONS if k != "horizon_years"]

SAMPLED = [
    "prospect_horizon", "brain_gain", "max_study_share", "skill_spillover",
    "capital_share", "skill_premium", "saving_rate", "depreciation", "retirement",
    "remit_decay", "cost_elasticity", "diaspora_productivity", "abroad_price_level",
    "host_wage_adjustment", "host_fiscal_per_migrant",
]
TIE = 1e-12
DRAWS = 200
SEED = 2001
PERCENTILES = (10, 50, 90)
MASK64 = (1 << 64) - 1


# --------------------------------------------------------------------------
# Runs
# --------------------------------------------------------------------------

def runs(ctx, settings):
    """(params, scenario records, baseline records) for user settings."""
    base_year, fig, hfig = ctx
    params, base = wk.resolve(fig, hfig, settings)
    _, recs = wk.run(base_year, fig, hfig, params, base)
    _, brecs = wk.run(base_year, fig, hfig, base, base)
    return params, recs, brecs


MEASURE = "unskilled_stayer_income_usd"


def income_effect(recs, brecs):
    return recs[-1]["row"][MEASURE] / brecs[-1]["row"][MEASURE] - 1


def optimum_rate(ctx, params):
    """The optimum's e_s without the band (docs/model.md §5)."""
    _, fig, _ = ctx
    W = wk.scores(wk.parts(fig, params, params["brain_gain"]), params["skills_weight"])
    return wk.GRID[wk.argmax_first(W)]


def point(ctx, settings):
    params, recs, brecs = runs(ctx, settings)
    return income_effect(recs, brecs), optimum_rate(ctx, params)


# --------------------------------------------------------------------------
# Sensitivity
# --------------------------------------------------------------------------

def end_points(name):
    lo, hi = wk.RANGES[name]
    if name in wk.WHOLE:
        return int(lo), int(hi)
    return float(lo), float(hi)


def sensitivity(ctx, settings):
    ie, opt = point(ctx, settings)
    rows = []
    for name in SENS:
        lo, hi = end_points(name)
        ie_lo, opt_lo = point(ctx, dict(settings, **{name: lo}))
        ie_hi, opt_hi = point(ctx, dict(settings, **{name: hi}))
        rows.append(dict(name=name, low=lo, high=hi, income_effect=[ie_lo, ie_hi],
                         optimum=[opt_lo, opt_hi]))
    # Largest swing first; swings within TIE keep table order.
    swing = [abs(r["income_effect"][1] - r["income_effect"][0]) for r in rows]
    order = list(range(len(rows)))
    for i in range(1, len(order)):
        j = i
        while j > 0 and swing[order[j]] - swing[order[j - 1]] > TIE:
            order[j - 1], order[j] = order[j], order[j - 1]
            j -= 1
    rows = [rows[k] for k in order]
    levers = []
    for name in wk.LEVERS:
        if name in settings:
            without = {k: v for k, v in settings.items() if k != name}
            _, recs, brecs = runs(ctx, without)
            levers.append(dict(name=name, income_effect_without=income_effect(recs, brecs)))
    return dict(central=dict(income_effect=ie, optimum=opt), assumptions=rows, levers=levers)


# --------------------------------------------------------------------------
# Uncertainty
# --------------------------------------------------------------------------

class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def uniform(self):
        """u in [0, 1): the top 53 bits, times 2^-53 (exact)."""
        return float(self.next_u64() >> 11) * 2.0 ** -53


def round_half_up(x):
    t = math.floor(x)
    if x - t >= 0.5:  # exact: t is x's integer part
        t += 1
    return t


def triangular(lo, m, hi, u):
    """The inverse of the triangular distribution function on [lo, hi], peak m."""
    f = (m - lo) / (hi - lo)
    if u < f:
        return lo + math.sqrt(u * (hi - lo) * (m - lo))
    return hi - math.sqrt((1 - u) * (hi - lo) * (hi - m))


def sample(rng):
    out = {}
    for name in SAMPLED:
        lo, hi = wk.RANGES[name]
        lo, hi = float(lo), float(hi)
        # The peak is the table's default (docs/model.md §2), not the user's value.
        x = triangular(lo, float(wk.ASSUMPTIONS[name]), hi, rng.uniform())
        x = min(max(x, lo), hi)
        if name in wk.WHOLE:
            x = round_half_up(x)
        out[name] = x
    return out


def nearest_rank(sorted_xs, p):
    n = len(sorted_xs)
    k = -(-p * n // 100)  # ceil(p/100 * n), in integers
    return sorted_xs[k - 1]


def uncertainty(ctx, settings):
    rng = SplitMix64(SEED)
    inc, rem = [], []
    years = None
    for _ in range(DRAWS):
        s = dict(settings)
        s.update(sample(rng))
        _, recs, brecs = runs(ctx, s)
        if years is None:
            years = [rc["row"]["year"] for rc in recs]
        inc.append([a["row"][MEASURE] / b["row"][MEASURE] - 1 for a, b in zip(recs, brecs)])
        rem.append([a["row"]["remittances_usd"] / b["row"]["remittances_usd"] - 1
                    for a, b in zip(recs, brecs)])

    def bands(per_draw):
        cols = [sorted(d[t] for d in per_draw) for t in range(len(years))]
        return {f"p{p}": [nearest_rank(c, p) for c in cols] for p in PERCENTILES}

    return dict(draws=DRAWS, seed=SEED, years=years, income_effect=bands(inc),
                remittances_effect=bands(rem))


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

def self_checks():
    rng = SplitMix64(0)
    # Reference values of SplitMix64 from seed 0 (Vigna's splitmix64.c).
    assert rng.next_u64() == 0xE220A8397B1DCDAF
    assert rng.next_u64() == 0x6E789E6AA1B965F4
    for x, want in ((0.5, 1), (1.5, 2), (2.4999999999999996, 2), (4.5, 5),
                    (19.5, 20), (5.0, 5), (12.5, 13)):
        assert round_half_up(x) == want, (x, want)
    for u in (0.0, 0.1, 0.5, 0.9, 1 - 2.0 ** -53):
        assert 0.0 <= triangular(0.0, 0.3, 1.0, u) <= 1.0
    assert abs(triangular(0.0, 0.3, 1.0, 0.3) - 0.3) < 1e-15 and triangular(2.0, 2.0, 4.0, 0.0) == 2.0
    assert [-(-p * DRAWS // 100) - 1 for p in PERCENTILES] == [19, 99, 179]


def main():
    self_checks()
    doc = {}
    for name, pid, hid, settings in SCENARIOS:
        p, fig, hfig = wk.preset(pid, hid)
        ctx = (p["base_year"], fig, hfig)
        doc[name] = dict(sensitivity=sensitivity(ctx, settings),
                         uncertainty=uncertainty(ctx, settings))
    text = json.dumps(doc, indent=1) + "\n"
    tmp = OUT_PATH + ".tmp.%d" % os.getpid()
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, OUT_PATH)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
