#!/usr/bin/env python3
"""Independent re-implementation of MODEL.md v1, written from the text of the
specification (not from the Rust code), for the worked-number tests.

Run: python3 crates/model/tests/worked/worked.py
It prints the values that `tests/model/worked.rs` asserts to 1e-9. If the
model's contract changes, change MODEL.md, this script and the test together.
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PRESETS = json.load(open(os.path.join(HERE, "../../../../assets/data/presets.json")))

FIXED = dict(prospect_horizon=10, brain_gain=0.8, max_study_share=0.6, skill_spillover=0.3,
             capital_share=0.35, skill_premium=2.5, saving_rate=0.20, depreciation=0.05,
             labour_growth=0.02, retirement=0.025, remit_share_unskilled=0.30,
             remit_share_skilled=0.10, remit_decay=0.03, invested_share=0.25,
             return_rate_unskilled=0.10, return_rate_skilled=0.02, return_upgrade=0.03,
             diaspora_investment=0.02, diaspora_productivity=0.02, irregular_share=0.2,
             irregular_penalty=0.25, skills_weight=0.5, horizon_years=30,
             host_wage_elasticity=0.3, host_labour_share=0.7, host_fiscal_per_migrant=0.0)


def preset(pid, hid):
    p = next(p for p in PRESETS["presets"] if p["id"] == pid)
    h = next(h for h in p["hosts"] if h["id"] == hid)
    f = {k: v["value"] for k, v in p["figures"].items()}
    hf = {k: v["value"] for k, v in h["figures"].items()}
    return p["base_year"], f, hf


def defaults(f):
    d = dict(FIXED)
    d["transfer_cost"] = f["transfer_cost"]
    d["wage_ratio_unskilled"] = f["wage_ratio_unskilled"]
    d["wage_ratio_skilled"] = f["wage_ratio_skilled"]
    h0, ms0, d0 = f["h0"], f["m_s0"], f["d0"]
    Ds0 = h0 * ms0 / (1 - ms0)
    Du0 = d0 - Ds0
    mu = d["retirement"]
    d["emig_rate_unskilled"] = Du0 * (mu + d["return_rate_unskilled"]) / (1 - h0)
    d["emig_rate_skilled"] = Ds0 * (mu + d["return_rate_skilled"]) / h0
    return d


def run(base_year, f, hf, v, dflt):
    """Returns a list of per-year dicts (the §5 outputs, converted by §6)."""
    a, pi, s, n, dl = v["capital_share"], v["skill_premium"], v["saving_rate"], v["labour_growth"], v["depreciation"]
    h0 = f["h0"]
    S0, U0 = h0, 1 - h0
    kap = pi * S0 / U0
    g = (1 - a) * kap / (1 + kap)
    K0 = (s / (n + dl) * S0 ** g * U0 ** (1 - a - g)) ** (1 / (1 - a))
    Y0 = K0 ** a * S0 ** g * U0 ** (1 - a - g)
    wu0 = (1 - a - g) * Y0 / U0
    ws0 = g * Y0 / S0
    Ds0 = h0 * f["m_s0"] / (1 - f["m_s0"])
    Du0 = f["d0"] - Ds0
    earn_u = v["wage_ratio_unskilled"] * wu0 * (1 - v["irregular_penalty"] * v["irregular_share"])
    earn_s = v["wage_ratio_skilled"] * ws0 * (1 - v["irregular_penalty"] * v["irregular_share"])
    bar_u = dflt["wage_ratio_unskilled"] * wu0 * (1 - dflt["irregular_penalty"] * dflt["irregular_share"])
    bar_s = dflt["wage_ratio_skilled"] * ws0 * (1 - dflt["irregular_penalty"] * dflt["irregular_share"])
    den = (1 - dflt["transfer_cost"]) * (dflt["remit_share_unskilled"] * bar_u * Du0 + dflt["remit_share_skilled"] * bar_s * Ds0)
    kR = 1.0 if den == 0 else f["rem_gdp0"] * Y0 / den

    S, U, Ds, Du, Zs, Zu, K = S0, U0, Ds0, Du0, Ds0, Du0, K0
    LO, LH = f["labour_force"], hf["labour_force"]
    theta = hf["corridor_share"]
    money = f["gdp_usd"] / Y0
    M0 = theta * (Ds0 + Du0) * LO
    rows = []
    T = int(v["horizon_years"])
    for t in range(T + 1):
        L = S + U
        h = S / L
        A = (h / h0) ** v["skill_spillover"] * ((1 + Ds / 0.01) / (1 + Ds0 / 0.01)) ** v["diaspora_productivity"]
        Y = A * K ** a * S ** g * U ** (1 - a - g)
        c = v["transfer_cost"]
        R = kR * (1 - c) * (v["remit_share_unskilled"] * earn_u * Zu + v["remit_share_skilled"] * earn_s * Zs)
        C = R * c / (1 - c)
        F = v["diaspora_investment"] * earn_s * Ds
        M = theta * (Ds + Du) * LO
        dM = M - M0
        m = hf["immigrant_share"] + dM / LH
        eps = v["host_wage_elasticity"]
        rows.append(dict(
            year=base_year + t, gdp_usd=Y * money, gni_per_worker_usd=(Y + R) / L * money / LO,
            remittances_usd=R * money, remittances_to_gdp=R / Y, transfer_costs_usd=C * money,
            skilled_share=h, skilled_emigration_rate=Ds / (Ds + S), capital_to_gdp=K / Y,
            diaspora_people=(Ds + Du) * LO, host_immigrant_share=m,
            host_surplus_pct_gdp=100 * 0.5 * v["host_labour_share"] * eps * m * m,
            host_native_wage_change_pct=-100 * eps * dM / LH,
            host_fiscal_pct_gdp=100 * v["host_fiscal_per_migrant"] * (1 - v["irregular_share"]) * M / LH,
            host_remittance_outflow_pct_gdp=100 * theta * (R + C) * money / hf["gdp_usd"],
            gnipc_norm=(Y + R) / L, kappa_r=kR, y0=Y0))
        es, eu = v["emig_rate_skilled"], v["emig_rate_unskilled"]
        P = 1 - (1 - es) ** v["prospect_horizon"]
        q = min(v["max_study_share"], h0 * (1 + v["brain_gain"] * math.sqrt(P)))
        mu = v["retirement"]
        E = (n + mu) * L
        Os, Ou = es * S, eu * U
        Rs, Ru = v["return_rate_skilled"] * Ds, v["return_rate_unskilled"] * Du
        gu = v["return_upgrade"]
        rs, ru, d = v["return_rate_skilled"], v["return_rate_unskilled"], v["remit_decay"]
        S, U, Ds, Du, Zs, Zu, K = (
            (1 - mu) * S + q * E - Os + Rs + gu * Ru,
            (1 - mu) * U + (1 - q) * E - Ou + (1 - gu) * Ru,
            (1 - mu - rs) * Ds + Os,
            (1 - mu - ru) * Du + Ou,
            max(0, 1 - mu - rs - d) * Zs + Os,
            max(0, 1 - mu - ru - d) * Zu + Ou,
            (1 - dl) * K + s * Y + v["invested_share"] * R + F)
    return rows


def optimum(base_year, f, hf, v, dflt):
    def W(es, beta):
        w = dict(v, emig_rate_skilled=es, brain_gain=beta)
        last = run(base_year, f, hf, w, dflt)[-1]
        return last["gnipc_norm"], last["skilled_share"]
    def best(beta):
        g0, h0 = W(0.0, beta)
        curve = []
        for i in range(101):
            es = i * 0.05 / 100
            g, h = W(es, beta)
            curve.append(math.log(g / g0) + v["skills_weight"] * math.log(h / h0))
        i = max(range(101), key=lambda j: (curve[j], -j))
        return i, curve
    i, curve = best(v["brain_gain"])
    lo, _ = best(0.5 * v["brain_gain"])
    hi, _ = best(1.5 * v["brain_gain"])
    return dict(index=i, objective=curve[i], band_low_index=min(lo, hi, i), band_high_index=max(lo, hi, i),
                w_at_10=curve[10])


def show(name, rows, keys, years):
    for t in years:
        for k in keys:
            print(f"{name} t={t} {k} = {rows[t][k]!r}")


if __name__ == "__main__":
    # Scenario A: the example, Mali 2022 with France.
    by, f, hf = preset("mali-2022", "france")
    d = defaults(f)
    print("A default emig_rate_unskilled =", repr(d["emig_rate_unskilled"]))
    print("A default emig_rate_skilled =", repr(d["emig_rate_skilled"]))
    v = dict(d, transfer_cost=0.03, invested_share=0.45)
    rows = run(by, f, hf, v, d)
    print("A kappa_r =", repr(rows[0]["kappa_r"]), " y0 =", repr(rows[0]["y0"]))
    show("A", rows, ["remittances_usd", "gni_per_worker_usd", "skilled_share", "capital_to_gdp",
                     "host_immigrant_share", "host_native_wage_change_pct",
                     "host_remittance_outflow_pct_gdp"], [0, 1, 30])
    # Scenario B: Bangladesh 2022 with Saudi Arabia, more skilled emigration, a
    # stronger brain gain, a fiscal contribution and a 12-year horizon.
    by, f, hf = preset("bangladesh-2022", "saudi-arabia")
    d = defaults(f)
    v = dict(d, emig_rate_skilled=0.01, brain_gain=1.2, host_fiscal_per_migrant=0.1,
             return_upgrade=0.1, horizon_years=12)
    rows = run(by, f, hf, v, d)
    show("B", rows, ["gdp_usd", "gni_per_worker_usd", "remittances_to_gdp", "skilled_share",
                     "skilled_emigration_rate", "diaspora_people", "host_surplus_pct_gdp",
                     "host_fiscal_pct_gdp"], [1, 12])
    print("B optimum", optimum(by, f, hf, v, d))
