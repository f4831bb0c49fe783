"""Build the `quantitative` expert corpus (train.jsonl / heldout.jsonl).

Programmatic, seeded (random.Random(0)) templates with computed answers, plus a
small set of hand-written reasoning examples. After writing, the files are read
back and validated: JSON parses, exact counts, no duplicate prompts, answer
lengths, and every numeric answer is re-derived with independently written
formulas (CHECKS) and compared with the numbers stated on the "Answer:" line.

Run:  /work/main/.venv/bin/python corpora/quantitative/make_corpus.py
"""
from __future__ import annotations

import json
import math
import re
import statistics
import sys
from pathlib import Path
import random
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

CENT = Decimal("0.01")

OUT = Path(__file__).resolve().parent
DOMAIN = "quantitative"
N_TRAIN, N_HELD = 200, 50
MIN_W, MAX_W = 30, 120

R = random.Random(0)


# ----------------------------------------------------------------- formatting
def rnd(x: float, dp: int) -> Decimal:
    """Round half-up on the shortest decimal form of x (what a person doing the sum by hand gets)."""
    return Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-dp), ROUND_HALF_UP)


def fmt(x: float, dp: int = 2) -> str:
    """Round to dp decimals (half-up), thousands separators, trailing zeros stripped."""
    s = f"{rnd(x, dp):,.{dp}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", "-0.0"):
        s = "0"
    return s


def fix(x: float, dp: int = 2) -> str:
    """Fixed decimals (no stripping), thousands separators."""
    return f"{rnd(x, dp):,.{dp}f}"


def money(x: float) -> str:
    return f"${rnd(x, 2):,.2f}"


def sig(x: float, n: int = 3) -> str:
    if x == 0:
        return "0"
    d = n - 1 - int(math.floor(math.log10(abs(x))))
    if d > 0:
        return f"{rnd(x, d):,.{d}f}".rstrip("0").rstrip(".")
    return f"{rnd(x, d):,.{max(d, 0)}f}" if d >= 0 else f"{rnd(x, 0).quantize(Decimal(1).scaleb(-d), ROUND_HALF_UP):,.0f}"


def steps(lines: list[str], style: int) -> str:
    if style == 0:
        return "\n".join(f"Step {i}: {l}" for i, l in enumerate(lines, 1))
    if style == 1:
        return "\n".join(f"{i}. {l}" for i, l in enumerate(lines, 1))
    return "\n".join(f"- {l}" for l in lines)


def build(r: random.Random, lines: list[str], answer: str, intro: str | None = None) -> str:
    body = steps(lines, r.randrange(3))
    if intro:
        body = intro + "\n" + body
    return body + f"\nAnswer: {answer}"


def pick(r: random.Random, prompts: list[str], alt: list[str] | None, use_alt: bool) -> str:
    if use_alt and alt:
        return r.choice(alt)
    return r.choice(prompts)


TEMPLATES: dict = {}


def template(fn):
    TEMPLATES[fn.__name__[2:]] = fn
    return fn


# ------------------------------------------------------------ unit conversions
CONV = {
    "length": [
        ("kilometres", "kilometre", "miles", "mul", 0.621371, "1 kilometre ≈ 0.621371 miles"),
        ("miles", "mile", "kilometres", "mul", 1.609344, "1 mile = 1.609344 kilometres (exact)"),
        ("inches", "inch", "centimetres", "mul", 2.54, "1 inch = 2.54 centimetres (exact)"),
        ("feet", "foot", "metres", "mul", 0.3048, "1 foot = 0.3048 metres (exact)"),
        ("yards", "yard", "metres", "mul", 0.9144, "1 yard = 0.9144 metres (exact)"),
        ("metres", "metre", "feet", "div", 0.3048, "1 foot = 0.3048 metres, so metres ÷ 0.3048 gives feet"),
    ],
    "mass": [
        ("pounds", "pound", "kilograms", "mul", 0.45359237, "1 pound = 0.45359237 kilograms (exact)"),
        ("kilograms", "kilogram", "pounds", "div", 0.45359237, "1 pound = 0.45359237 kg, so kilograms ÷ 0.45359237 gives pounds"),
        ("ounces", "ounce", "grams", "mul", 28.349523125, "1 ounce = 28.349523125 grams"),
        ("stone", "stone", "kilograms", "mul", 6.35029318, "1 stone = 14 pounds = 6.35029318 kilograms"),
    ],
    "volume": [
        ("US gallons", "US gallon", "litres", "mul", 3.785411784, "1 US gallon = 3.785411784 litres"),
        ("litres", "litre", "US gallons", "div", 3.785411784, "1 US gallon = 3.785411784 litres, so litres ÷ 3.785411784 gives gallons"),
        ("cubic metres", "cubic metre", "litres", "mul", 1000, "1 cubic metre = 1,000 litres"),
        ("cubic feet", "cubic foot", "litres", "mul", 28.316846592, "1 cubic foot = 28.316846592 litres"),
        ("imperial gallons", "imperial gallon", "litres", "mul", 4.54609, "1 imperial gallon = 4.54609 litres (exact)"),
    ],
    "speed": [
        ("km/h", "km/h", "m/s", "div", 3.6, "1 km/h = 1,000 m ÷ 3,600 s, so divide by 3.6"),
        ("m/s", "m/s", "km/h", "mul", 3.6, "1 m/s = 3,600 m per hour = 3.6 km/h"),
        ("mph", "mph", "km/h", "mul", 1.609344, "1 mile = 1.609344 km, so 1 mph = 1.609344 km/h"),
        ("knots", "knot", "km/h", "mul", 1.852, "1 knot = 1 nautical mile per hour = 1.852 km/h"),
    ],
}
SINGULAR = {"miles": "mile", "kilometres": "kilometre", "centimetres": "centimetre", "metres": "metre",
            "feet": "foot", "kilograms": "kilogram", "pounds": "pound", "grams": "gram", "litres": "litre",
            "US gallons": "US gallon"}
CONV_CONTEXT = {
    "length": ["A cable run measures {v} {a}.", "A running route is {v} {a} long.", "A drawing gives a dimension of {v} {a}."],
    "mass": ["A parcel weighs {v} {a}.", "A recipe calls for {v} {a} of flour.", "A bag of cement is labelled {v} {a}."],
    "volume": ["A water tank holds {v} {a}.", "A car's fuel tank takes {v} {a}.", "A rain barrel contains {v} {a}."],
    "speed": ["A vehicle is moving at {v} {a}.", "The wind speed is reported as {v} {a}.", "A boat travels at {v} {a}."],
}


def _conv(kind: str, r: random.Random, use_alt: bool):
    a, a1, b, op, fac, note = r.choice(CONV[kind])
    v = r.choice([r.randint(2, 400), round(r.uniform(1.5, 120), 1)])
    res = v * fac if op == "mul" else v / fac
    vs = fmt(v, 1)
    ctx = r.choice(CONV_CONTEXT[kind]).format(v=vs, a=a)
    prompts = [f"Convert {vs} {a} to {b}.", f"How many {b} is {vs} {a}?", f"{ctx} What is that in {b}?"]
    alt = [f"{ctx} My report must use {b} instead of {a}. What value should I write, to two decimal places?",
           f"Express {vs} {a} in {b} and show the conversion factor you used."]
    sym = "×" if op == "mul" else "÷"
    bigger = res > v
    lines = [f"Conversion factor: {note}.",
             f"Apply it: {vs} {sym} {fac} = {fmt(res, 4)}.",
             f"Round to two decimal places: {fmt(res, 2)} {b}.",
             f"Sanity check: the number should get {'larger' if bigger else 'smaller'} because one {a1} is "
             f"{'more' if bigger else 'less'} than one {SINGULAR.get(b, b)}, and it does."]
    return dict(prompt=pick(r, prompts, alt, use_alt), answer=build(r, lines, f"{fmt(res, 2)} {b}"),
                params=dict(kind=kind, a=a, b=b, v=v))


@template
def t_conv_length(r, alt):
    return _conv("length", r, alt)


@template
def t_conv_mass(r, alt):
    return _conv("mass", r, alt)


@template
def t_conv_volume(r, alt):
    return _conv("volume", r, alt)


@template
def t_conv_speed(r, alt):
    return _conv("speed", r, alt)


@template
def t_temperature(r, alt):
    mode = r.choice(["C2F", "F2C", "C2K"])
    if mode == "C2F":
        c = r.choice([r.randint(-30, 45), round(r.uniform(-20, 40), 1)])
        f = c * 9 / 5 + 32
        prompts = [f"Convert {fmt(c, 1)} °C to degrees Fahrenheit.", f"The forecast says {fmt(c, 1)} °C. What is that in °F?"]
        alts = [f"A European recipe says to keep the dough at {fmt(c, 1)} degrees Celsius. My thermometer reads Fahrenheit. What should it show?"]
        lines = ["Formula: °F = °C × 9/5 + 32.", f"Multiply: {fmt(c, 1)} × 9/5 = {fmt(c * 9 / 5, 2)}.",
                 f"Add 32: {fmt(c * 9 / 5, 2)} + 32 = {fmt(f, 2)}.",
                 "Check with a known point: 0 °C is 32 °F and 100 °C is 212 °F, so the result sits in a sensible place."]
        ans = f"{fmt(f, 2)} °F"
        p = dict(mode=mode, x=c)
    elif mode == "F2C":
        f = r.choice([r.randint(-10, 110), round(r.uniform(0, 105), 1)])
        c = (f - 32) * 5 / 9
        prompts = [f"Convert {fmt(f, 1)} °F to degrees Celsius.", f"A thermostat is set to {fmt(f, 1)} °F. What is that in °C?"]
        alts = [f"An American weather report gives a high of {fmt(f, 1)} Fahrenheit. Restate it in Celsius, one decimal place."]
        lines = ["Formula: °C = (°F − 32) × 5/9.", f"Subtract 32: {fmt(f, 1)} − 32 = {fmt(f - 32, 1)}.",
                 f"Multiply by 5/9: {fmt(f - 32, 1)} × 5 ÷ 9 = {fmt(c, 3)}.", f"Round to one decimal place: {fmt(c, 1)} °C."]
        ans = f"{fmt(c, 1)} °C"
        p = dict(mode=mode, x=f)
    else:
        c = r.choice([r.randint(-200, 600), round(r.uniform(-50, 300), 1)])
        k = c + 273.15
        prompts = [f"Express {fmt(c, 1)} °C in kelvin.", f"A gas sample is at {fmt(c, 1)} °C. What is its absolute temperature in K?"]
        alts = [f"For the ideal-gas law I need the temperature {fmt(c, 1)} degrees Celsius on the kelvin scale. What is it?"]
        lines = ["The kelvin and Celsius scales have the same step size; only the zero point differs.",
                 "Formula: K = °C + 273.15.", f"Add: {fmt(c, 1)} + 273.15 = {fmt(k, 2)}.",
                 "The result must be positive, because nothing is colder than 0 K."]
        ans = f"{fmt(k, 2)} K"
        p = dict(mode=mode, x=c)
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, ans), params=p)


# ---------------------------------------------------------------- percentages
@template
def t_percent_of(r, alt):
    pct = r.choice([5, 7.5, 12, 12.5, 15, 17, 18, 22, 24, 35, 40, 45, 62.5, 68, 85])
    n = r.choice([r.randint(40, 2000), r.randint(20, 400) * 25])
    val = pct / 100 * n
    ctx = r.choice(["budget", "survey", "plain"])
    if ctx == "budget":
        prompts = [f"A department has a budget of ${n:,}. It spends {fmt(pct, 1)}% on training. How much is that?",
                   f"What is {fmt(pct, 1)}% of a ${n:,} budget?"]
        alts = [f"Out of ${n:,}, the training line gets a {fmt(pct, 1)} percent share. In dollars, how much is it?"]
        ans = money(val)
        last = f"So the amount is {money(val)}."
    elif ctx == "survey":
        prompts = [f"In a survey of {n:,} people, {fmt(pct, 1)}% said they cycle to work. How many people is that?",
                   f"{fmt(pct, 1)}% of {n:,} respondents chose option B. How many respondents chose B?"]
        alts = [f"A poll reached {n:,} residents and {fmt(pct, 1)} percent backed the plan. Roughly how many residents is that?"]
        rounded = round(val)
        last = (f"People come in whole numbers, so round {fmt(val, 2)} to {rounded:,}." if val != rounded
                else f"This is already a whole number: {rounded:,} people.")
        ans = f"{rounded:,} people"
    else:
        prompts = [f"What is {fmt(pct, 1)}% of {n:,}?", f"Calculate {fmt(pct, 1)} percent of {n:,}."]
        alts = [f"Find the number that is {fmt(pct, 1)}% of {n:,}."]
        ans = fmt(val, 2)
        last = f"Result: {fmt(val, 2)}."
    lines = [f"Convert the percentage to a decimal: {fmt(pct, 1)}% = {fmt(pct / 100, 4)}.",
             f"Multiply by the whole: {fmt(pct / 100, 4)} × {n:,} = {fmt(val, 2)}.", last]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, ans, intro="“Percent” means per hundred, so multiply by the rate as a decimal."),
                params=dict(ctx=ctx, pct=pct, n=n))


@template
def t_percent_change(r, alt):
    thing = r.choice([("monthly rent", "$", 2), ("town population", "", 0), ("number of weekly website visits", "", 0),
                      ("price of a laptop", "$", 2), ("electricity bill", "$", 2)])
    old = r.randint(300, 5000) if thing[1] else r.randint(2000, 90000)
    change = r.choice([-1, 1]) * r.uniform(0.02, 0.45)
    new = round(old * (1 + change))
    pc = (new - old) / old * 100
    u = thing[1]
    o, nw = f"{u}{old:,}", f"{u}{new:,}"
    prompts = [f"The {thing[0]} went from {o} to {nw}. What is the percentage change?",
               f"Last year the {thing[0]} was {o}; this year it is {nw}. By what percent did it change?"]
    alts = [f"Compute the relative change, in percent, when the {thing[0]} moves from {o} to {nw}."]
    direction = "increase" if pc > 0 else "decrease"
    lines = ["Percentage change = (new − old) ÷ old × 100.",
             f"Difference: {new:,} − {old:,} = {new - old:,}.",
             f"Divide by the old value: {new - old:,} ÷ {old:,} = {fmt((new - old) / old, 5)}.",
             f"Multiply by 100: {fmt(pc, 2)}%. The sign is {'positive' if pc > 0 else 'negative'}, so it is {'an' if pc > 0 else 'a'} {direction}."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(abs(pc), 2)}% {direction}"),
                params=dict(old=old, new=new))


@template
def t_discount_tax(r, alt):
    price = round(r.uniform(15, 900), 2)
    d = r.choice([10, 15, 20, 25, 30, 35, 40])
    t = r.choice([5, 6, 7, 8, 8.25, 8.875, 10, 20])
    # money arithmetic in Decimal, cents rounded half-up
    P, D, T = Decimal(f"{price:.2f}"), Decimal(d), Decimal(str(t))
    disc_d = (P * D / 100).quantize(CENT, ROUND_HALF_UP)
    sale_d = P - disc_d
    tax_d = (sale_d * T / 100).quantize(CENT, ROUND_HALF_UP)
    disc, sale, tax, total = float(disc_d), float(sale_d), float(tax_d), float(sale_d + tax_d)
    prompts = [f"A jacket costs {money(price)}. It is {d}% off, and {fmt(t, 3)}% sales tax is added to the sale price. What do you pay?",
               f"An item priced at {money(price)} has a {d}% discount. Sales tax of {fmt(t, 3)}% applies after the discount. Find the final price."]
    alts = [f"At checkout a {money(price)} item gets {d} percent knocked off, then tax at {fmt(t, 3)} percent is charged on what remains. Total?"]
    lines = [f"Discount: {d}% of {money(price)} = {money(disc)}.",
             f"Sale price: {money(price)} − {money(disc)} = {money(sale)}.",
             f"Tax: {fmt(t, 3)}% of {money(sale)} = {money(tax)} (rounded to the cent).",
             f"Total: {money(sale)} + {money(tax)} = {money(total)}."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, money(total)),
                params=dict(price=price, d=d, t=t))


@template
def t_reverse_percent(r, alt):
    orig = r.randint(20, 900)
    p = r.choice([5, 8, 10, 12, 15, 20, 25, 30])
    up = r.random() < 0.5
    after = orig * (100 + p) / 100 if up else orig * (100 - p) / 100
    m = (100 + p) / 100 if up else (100 - p) / 100
    if up:
        prompts = [f"After a {p}% price increase, a bike costs {money(after)}. What was the price before the increase?",
                   f"A salary rose by {p}% to {money(after)} per week. What was it before the raise?"]
        alts = [f"Including a {p}% markup, the shop sells a lamp for {money(after)}. Strip out the markup: what is the base cost?"]
    else:
        prompts = [f"In a {p}% off sale, a chair costs {money(after)}. What was the original price?",
                   f"A phone was reduced by {p}% and now sells for {money(after)}. Find the price before the reduction."]
        alts = [f"A {money(after)} tag shows the price after {p} percent was taken off. What did the item cost originally?"]
    lines = [f"The new price is {'100% + ' if up else '100% − '}{p}% = {100 + p if up else 100 - p}% of the original, a multiplier of {fmt(m, 2)}.",
             f"So original × {fmt(m, 2)} = {money(after)}.",
             f"Divide: {money(after)} ÷ {fmt(m, 2)} = {money(orig)}.",
             f"Check: {money(orig)} × {fmt(m, 2)} = {money(after)}. Note that simply {'subtracting' if up else 'adding'} {p}% of the new price would be wrong."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, money(orig)),
                params=dict(after=after, p=p, up=up))


# -------------------------------------------------------------- engineering
@template
def t_stress(r, alt):
    F = r.choice([r.randint(5, 400), round(r.uniform(2, 150), 1)])
    if r.random() < 0.5:
        d = r.choice([8, 10, 12, 16, 20, 24, 25, 30, 32, 40])
        A = math.pi * d * d / 4
        shape = f"a round bar of diameter {d} mm"
        aline = f"Area of a circle: A = π × d² ÷ 4 = π × {d}² ÷ 4 = {fmt(A, 2)} mm²."
        p = dict(F=F, d=d)
    else:
        w, h = r.choice([10, 12, 15, 20, 25, 30, 40, 50]), r.choice([5, 6, 8, 10, 12, 20])
        A = w * h
        shape = f"a rectangular bar {w} mm × {h} mm"
        aline = f"Area: A = {w} mm × {h} mm = {A:,} mm²."
        p = dict(F=F, w=w, h=h)
    s = F * 1000 / A
    allow = r.choice([100, 150, 160, 200, 250])
    ok = s <= allow
    prompts = [f"A tensile force of {fmt(F, 1)} kN acts on {shape}. Calculate the normal stress in MPa and compare it with an allowable stress of {allow} MPa.",
               f"{shape[0].upper() + shape[1:]} carries an axial load of {fmt(F, 1)} kN. What is the stress, and is it within the {allow} MPa limit?"]
    alts = [f"Check {shape} under {fmt(F, 1)} kN of axial tension against a permitted stress of {allow} MPa. Show σ = F/A."]
    lines = [f"Convert the force: {fmt(F, 1)} kN = {fmt(F * 1000, 0)} N.", aline,
             f"Stress σ = F ÷ A = {fmt(F * 1000, 0)} N ÷ {fmt(A, 2)} mm² = {fmt(s, 2)} N/mm² = {fmt(s, 2)} MPa (1 N/mm² = 1 MPa).",
             f"Compare: {fmt(s, 2)} MPa is {'below' if ok else 'above'} the {allow} MPa allowable, so the bar is {'adequate' if ok else 'overstressed'}."]
    p["allow"] = allow
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"σ ≈ {fmt(s, 2)} MPa, {'within' if ok else 'exceeding'} the {allow} MPa limit"),
                params=p)


@template
def t_strain_modulus(r, alt):
    mat, E = r.choice([("steel", 200), ("aluminium", 70), ("copper", 110), ("titanium", 115), ("brass", 100)])
    L = r.choice([0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0])
    s = r.choice([40, 50, 60, 75, 80, 90, 100, 120, 150])
    dL = round(s / (E * 1000) * L * 1000, 3)
    eps = dL / (L * 1000)
    Ecalc = s / eps / 1000
    prompts = [f"A {mat} rod {fmt(L, 1)} m long stretches by {fmt(dL, 3)} mm under a stress of {s} MPa. Find the strain and Young's modulus.",
               f"In a tensile test, a {fmt(L, 1)} m specimen elongates {fmt(dL, 3)} mm when the stress is {s} MPa. What are the strain and the elastic modulus in GPa?"]
    alts = [f"Stress {s} MPa, original length {fmt(L, 1)} m, extension {fmt(dL, 3)} mm. Work out ε = ΔL/L and then E = σ/ε."]
    lines = [f"Put lengths in the same unit: L = {fmt(L, 1)} m = {fmt(L * 1000, 0)} mm.",
             f"Strain ε = ΔL ÷ L = {fmt(dL, 3)} ÷ {fmt(L * 1000, 0)} = {sig(eps, 4)} (dimensionless).",
             f"Young's modulus E = σ ÷ ε = {s} MPa ÷ {sig(eps, 4)} = {fmt(Ecalc * 1000, 0)} MPa.",
             f"Convert: {fmt(Ecalc * 1000, 0)} MPa = {fmt(Ecalc, 1)} GPa, typical of {mat}."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"strain ≈ {sig(eps, 4)}, E ≈ {fmt(Ecalc, 1)} GPa"),
                params=dict(L=L, dL=dL, s=s))


@template
def t_kinetic_energy(r, alt):
    what, m, v = r.choice([("car", r.randint(900, 2200), r.randint(30, 130)),
                           ("cyclist and bike", r.randint(60, 110), r.randint(12, 45)),
                           ("delivery van", r.randint(2000, 3500), r.randint(30, 100)),
                           ("sprinter", r.randint(55, 95), r.randint(20, 37))])
    vm = v / 3.6
    ke = 0.5 * m * vm ** 2
    prompts = [f"A {what} with a total mass of {m:,} kg moves at {v} km/h. What is its kinetic energy?",
               f"Calculate the kinetic energy of a {m:,} kg {what} travelling at {v} km/h."]
    alts = [f"How much energy must the brakes remove to stop a {m:,} kg {what} going {v} km/h? (Use KE = ½mv².)"]
    lines = [f"Convert speed to m/s: {v} ÷ 3.6 = {fmt(vm, 3)} m/s.",
             f"Square it: {fmt(vm, 3)}² = {fmt(vm ** 2, 2)} m²/s².",
             f"KE = ½ × m × v² = 0.5 × {m:,} × {fmt(vm ** 2, 2)} = {fmt(ke, 0)} J.",
             f"In kilojoules: {fmt(ke, 0)} J ÷ 1,000 = {fmt(ke / 1000, 2)} kJ."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"about {fmt(ke / 1000, 2)} kJ"),
                params=dict(m=m, v=v))


@template
def t_potential_energy(r, alt):
    m = r.choice([r.randint(2, 90), r.randint(100, 2500)])
    h = r.choice([r.randint(2, 60), round(r.uniform(1, 30), 1)])
    E = m * 9.81 * h
    ctx = r.choice(["A crane lifts a {m} kg load {h} m straight up.", "A {m} kg crate is raised {h} m onto a platform.",
                    "A hiker with pack, {m} kg in total, climbs {h} m of height."])
    c = ctx.format(m=f"{m:,}", h=fmt(h, 1))
    prompts = [f"{c} How much gravitational potential energy does it gain? Use g = 9.81 m/s².",
               f"{c} Find the increase in potential energy in kJ (g = 9.81 m/s²)."]
    alts = [f"What work is done against gravity when {m:,} kg is raised through {fmt(h, 1)} m? Take g as 9.81 m/s²."]
    lines = ["Gravitational potential energy: E = m × g × h.",
             f"Weight: m × g = {m:,} × 9.81 = {fmt(m * 9.81, 2)} N.",
             f"Multiply by height: {fmt(m * 9.81, 2)} N × {fmt(h, 1)} m = {fmt(E, 1)} J.",
             f"In kilojoules: {fmt(E / 1000, 3)} kJ."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(E, 1)} J ≈ {fmt(E / 1000, 3)} kJ"),
                params=dict(m=m, h=h))


@template
def t_power(r, alt):
    m = r.randint(40, 900)
    h = r.choice([3, 4, 5, 6, 8, 10, 12, 15, 20, 25])
    t = r.choice([4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 60])
    W = m * 9.81 * h
    P = W / t
    prompts = [f"A hoist raises {m} kg by {h} m in {t} s at constant speed. What average power does it deliver? (g = 9.81 m/s²)",
               f"A person of {m} kg runs up stairs with a vertical rise of {h} m in {t} seconds. What is their average power output against gravity?"
               if m < 150 else f"A winch lifts a {m} kg pallet {h} m in {t} s. Estimate the useful power in watts (g = 9.81 m/s²)."]
    alts = [f"Work against gravity divided by time: find the mean power for lifting {m} kg through {h} m over {t} s."]
    lines = [f"Work done = m × g × h = {m} × 9.81 × {h} = {fmt(W, 2)} J.",
             f"Power = work ÷ time = {fmt(W, 2)} J ÷ {t} s = {fmt(P, 1)} W.",
             f"That is {fmt(P / 1000, 3)} kW, or about {fmt(P / 745.7, 2)} horsepower (1 hp ≈ 745.7 W)."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"about {fmt(P, 1)} W", intro="Power is the rate of doing work."),
                params=dict(m=m, h=h, t=t))


@template
def t_electricity_cost(r, alt):
    dev, P = r.choice([("space heater", r.choice([1000, 1500, 2000])), ("desktop computer", r.choice([150, 200, 300])),
                       ("air conditioner", r.choice([900, 1200, 1800])), ("LED lamp", r.choice([8, 10, 12])),
                       ("fridge", r.choice([100, 150])), ("electric kettle", r.choice([2200, 3000]))])
    hrs = r.choice([0.5, 1, 2, 3, 4, 5, 6, 8, 10, 24])
    days = r.choice([7, 30, 31, 90, 365])
    price = r.choice([0.12, 0.15, 0.18, 0.22, 0.25, 0.28, 0.31, 0.34])
    kwh = P / 1000 * hrs * days
    cost = kwh * price
    prompts = [f"A {P:,} W {dev} runs {fmt(hrs, 1)} hours a day for {days} days. At {money(price)} per kWh, how much does the electricity cost?",
               f"How much energy (kWh) and money does a {dev} rated {P:,} W use if it is on {fmt(hrs, 1)} h/day for {days} days, with electricity at {money(price)}/kWh?"]
    alts = [f"Electricity costs {money(price)} per kilowatt-hour. What is the bill for running a {P:,} watt {dev} {fmt(hrs, 1)} hours daily over {days} days?"]
    lines = [f"Power in kilowatts: {P:,} W = {fmt(P / 1000, 3)} kW.",
             f"Energy per day: {fmt(P / 1000, 3)} kW × {fmt(hrs, 1)} h = {fmt(P / 1000 * hrs, 3)} kWh.",
             f"Over {days} days: {fmt(P / 1000 * hrs, 3)} × {days} = {fmt(kwh, 2)} kWh.",
             f"Cost: {fmt(kwh, 2)} kWh × {money(price)} = {money(cost)}."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(kwh, 2)} kWh, costing {money(cost)}"),
                params=dict(P=P, hrs=hrs, days=days, price=price))


@template
def t_density(r, alt):
    l, w, h = r.randint(2, 20), r.randint(2, 15), r.randint(1, 10)
    mat, rho = r.choice([("aluminium", 2.70), ("steel", 7.85), ("oak", 0.75), ("granite", 2.65), ("brass", 8.50), ("PVC", 1.38)])
    V = l * w * h
    mass = round(V * rho * r.uniform(0.98, 1.02))
    d = mass / V
    prompts = [f"A rectangular block measures {l} cm × {w} cm × {h} cm and has a mass of {mass:,} g. What is its density in g/cm³ and kg/m³?",
               f"Find the density of a {l} × {w} × {h} cm block whose mass is {mass:,} grams. Which common material could it be: {mat} or something else?"]
    alts = [f"I weighed a block at {mass:,} g; it is {l} cm long, {w} cm wide and {h} cm high. Give its density in both g/cm³ and kg/m³."]
    lines = [f"Volume: {l} × {w} × {h} = {V:,} cm³.",
             f"Density = mass ÷ volume = {mass:,} g ÷ {V:,} cm³ = {fmt(d, 3)} g/cm³.",
             f"Convert: 1 g/cm³ = 1,000 kg/m³, so {fmt(d, 3)} g/cm³ = {fmt(d * 1000, 0)} kg/m³.",
             f"This is close to {mat} (about {fmt(rho, 2)} g/cm³)."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"{fmt(d, 3)} g/cm³ = {fmt(d * 1000, 0)} kg/m³"),
                params=dict(V=V, mass=mass))


@template
def t_mass_from_density(r, alt):
    liq, rho = r.choice([("olive oil", 0.92), ("petrol", 0.74), ("seawater", 1.025), ("honey", 1.42),
                         ("diesel", 0.84), ("milk", 1.03), ("ethanol", 0.789)])
    V = r.choice([r.randint(2, 80), r.randint(100, 2000)])
    m = V * rho
    prompts = [f"What is the mass of {V:,} litres of {liq}? Its density is {rho} kg/L.",
               f"A container holds {V:,} L of {liq} (density {rho} kg/L). How heavy is the liquid, in kg?"]
    alts = [f"With a density of {fmt(rho * 1000, 0)} kg/m³, how many kilograms does {V:,} litres of {liq} weigh?"]
    lines = [f"Density {rho} kg/L means each litre has a mass of {rho} kg (equivalently {fmt(rho * 1000, 0)} kg/m³, since 1 m³ = 1,000 L).",
             f"Mass = density × volume = {rho} kg/L × {V:,} L = {fmt(m, 2)} kg.",
             f"Compare with water (1 kg/L): {V:,} L of water would be {V:,} kg, so {liq} is {'heavier' if rho > 1 else 'lighter'} than the same volume of water."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(m, 2)} kg"),
                params=dict(V=V, rho=rho))


@template
def t_hydrostatic(r, alt):
    fluid, rho = r.choice([("fresh water", 1000), ("seawater", 1025)])
    h = r.choice([r.randint(2, 60), round(r.uniform(1, 40), 1)])
    pg = rho * 9.81 * h / 1000
    pa = pg + 101.325
    prompts = [f"What is the pressure at a depth of {fmt(h, 1)} m in {fluid} (density {rho} kg/m³)? Give gauge and absolute pressure; take g = 9.81 m/s² and atmospheric pressure 101.325 kPa.",
               f"A diver is {fmt(h, 1)} m below the surface of {fluid} ({rho} kg/m³). Find the gauge and absolute pressure (g = 9.81 m/s², p_atm = 101.325 kPa)."]
    alts = [f"Use p = ρgh to get the pressure {fmt(h, 1)} m down in {fluid} of density {rho} kg/m³, then add 101.325 kPa of atmosphere. g = 9.81 m/s²."]
    lines = [f"Gauge pressure p = ρ × g × h = {rho} × 9.81 × {fmt(h, 1)} = {fmt(pg * 1000, 1)} Pa.",
             f"In kilopascals: {fmt(pg, 2)} kPa.",
             f"Absolute pressure adds the atmosphere: {fmt(pg, 2)} + 101.325 = {fmt(pa, 2)} kPa.",
             "Rule of thumb: every 10 m of water adds about one atmosphere."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"gauge {fmt(pg, 2)} kPa, absolute {fmt(pa, 2)} kPa"),
                params=dict(rho=rho, h=h))


@template
def t_ohm(r, alt):
    V = r.choice([5, 9, 12, 24, 48, 110, 120, 230])
    Rr = r.choice([2, 4, 8, 10, 15, 22, 33, 47, 100, 220, 330, 470, 1000])
    I = V / Rr
    P = V * I
    prompts = [f"A {Rr} Ω resistor is connected across a {V} V supply. Find the current and the power dissipated.",
               f"What current flows through a {Rr} ohm load on {V} volts, and how many watts does it dissipate?"]
    alts = [f"Using V = IR and P = VI, analyse a {V}-volt source driving a single {Rr}-ohm resistor."]
    def n4(x):
        return sig(x, 4) if x < 1000 else fmt(x, 1)
    lines = [f"Ohm's law: I = V ÷ R = {V} V ÷ {Rr} Ω = {n4(I)} A.",
             f"Power: P = V × I = {V} × {n4(I)} = {n4(P)} W.",
             f"Cross-check with P = V² ÷ R = {V * V:,} ÷ {Rr} = {n4(V * V / Rr)} W, which agrees."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"I ≈ {n4(I)} A, P ≈ {n4(P)} W"),
                params=dict(V=V, R=Rr))


@template
def t_heat(r, alt):
    m = r.choice([0.5, 0.75, 1.0, 1.2, 1.5, 1.7, 2.0, 2.5, 3.0])
    T1 = r.choice([8, 10, 12, 15, 18, 20, 22])
    T2 = r.choice([60, 70, 80, 90, 100])
    Pw = r.choice([1500, 2000, 2200, 2400, 3000])
    Q = m * 4186 * (T2 - T1)
    t = Q / Pw
    prompts = [f"How much energy is needed to heat {fmt(m, 2)} kg of water from {T1} °C to {T2} °C (c = 4,186 J/kg·K)? How long would a {Pw:,} W kettle take, ignoring losses?",
               f"A {Pw:,} W kettle heats {fmt(m, 2)} litres of water from {T1} °C to {T2} °C. Using c = 4,186 J/kg·K and assuming no heat loss, find the energy and the time."]
    alts = [f"Apply Q = m·c·ΔT to {fmt(m, 2)} kg of water warmed from {T1} to {T2} degrees Celsius (c = 4,186 J/kg·K), then divide by {Pw:,} W to get the heating time in minutes."]
    lines = [f"Temperature rise: ΔT = {T2} − {T1} = {T2 - T1} K.",
             f"Q = m × c × ΔT = {fmt(m, 2)} × 4,186 × {T2 - T1} = {fmt(Q, 0)} J ≈ {fmt(Q / 1000, 1)} kJ.",
             f"Time = energy ÷ power = {fmt(Q, 0)} J ÷ {Pw:,} W = {fmt(t, 1)} s.",
             f"In minutes: {fmt(t, 1)} ÷ 60 = {fmt(t / 60, 2)} min. Real kettles take a little longer because of heat losses."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"{fmt(Q / 1000, 1)} kJ, about {fmt(t / 60, 2)} minutes"),
                params=dict(m=m, T1=T1, T2=T2, P=Pw))


# ------------------------------------------------------------ rates & motion
@template
def t_travel_time(r, alt):
    d = r.randint(15, 900)
    v = r.choice([40, 50, 60, 65, 70, 75, 80, 90, 100, 110, 120])
    mins = int(rnd(d * 60 / v, 0))   # nearest minute, half-up
    h, mm = divmod(mins, 60)
    dep_h, dep_m = r.randint(5, 12), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    arr = dep_h * 60 + dep_m + mins
    ah, am = divmod(arr, 60)
    prompts = [f"A train covers {d} km at an average speed of {v} km/h, leaving at {dep_h:02d}:{dep_m:02d}. How long is the trip and when does it arrive?",
               f"You drive {d} km averaging {v} km/h and set off at {dep_h:02d}:{dep_m:02d}. Find the travel time and arrival time."]
    alts = [f"Departure {dep_h:02d}:{dep_m:02d}, distance {d} km, mean speed {v} km/h. What time do we get there, and how long are we on the road?"]
    dur = f"{h} h {mm} min" if h else f"{mm} min"
    exact = abs(d / v * 60 - mins) < 1e-9
    conv = (f"{fmt(d / v * 60, 2)} min" + ("" if exact else f" ≈ {mins} min")) + (f" = {dur}" if h else "")
    lines = [f"Time = distance ÷ speed = {d} ÷ {v} = {fmt(d / v, 4)} h.",
             f"Convert to minutes: {fmt(d / v, 4)} × 60 = {conv}.",
             f"Add to the departure time: {dep_h:02d}:{dep_m:02d} + {dur} = {ah:02d}:{am:02d}."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"{dur}, arriving at {ah:02d}:{am:02d}"),
                params=dict(d=d, v=v, dep=dep_h * 60 + dep_m))


@template
def t_average_speed(r, alt):
    d = r.choice([20, 30, 45, 60, 80, 90, 120, 150])
    v1, v2 = r.sample([30, 40, 45, 50, 60, 70, 75, 80, 90, 100, 120], 2)
    t1, t2 = d / v1, d / v2
    avg = 2 * d / (t1 + t2)
    prompts = [f"A car drives {d} km to a town at {v1} km/h and returns the same way at {v2} km/h. What is the average speed for the round trip?",
               f"Going out {d} km at {v1} km/h and back at {v2} km/h, what is your average speed overall?"]
    alts = [f"Someone says the average of {v1} km/h out and {v2} km/h back over the same {d} km is {fmt((v1 + v2) / 2, 1)} km/h. Is that right? Compute the true average speed."]
    lines = [f"Time out: {d} ÷ {v1} = {fmt(t1, 4)} h. Time back: {d} ÷ {v2} = {fmt(t2, 4)} h.",
             f"Total distance {2 * d} km; total time: {fmt(t1 + t2, 4)} h.",
             f"Average speed = {2 * d} ÷ {fmt(t1 + t2, 4)} ≈ {fmt(avg, 2)} km/h. Without rounding: "
             f"2 × {v1} × {v2} ÷ ({v1} + {v2}) = {2 * v1 * v2:,} ÷ {v1 + v2} = {fmt(avg, 2)} km/h.",
             f"This is below the simple mean {fmt((v1 + v2) / 2, 1)} km/h because more time is spent at the slower speed."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(avg, 2)} km/h"),
                params=dict(v1=v1, v2=v2))


@template
def t_work_rate(r, alt):
    a, b = r.sample([2, 3, 4, 5, 6, 8, 9, 10, 12, 15], 2)
    T = a * b / (a + b)
    h, mins = divmod(int(rnd(a * b * 60 / (a + b), 0)), 60)
    ctx = r.choice(["pipe", "painter"])
    if ctx == "pipe":
        prompts = [f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours. How long do they take together?",
                   f"One hose fills a pool in {a} h, another in {b} h. If both run at once, how long does filling take?"]
        alts = [f"Two inlet pipes, one able to fill a cistern alone in {a} hours and the other in {b} hours, are opened together. Find the filling time."]
        unit = "tank"
    else:
        prompts = [f"Ana can paint a fence in {a} hours; Ben needs {b} hours. Working together, how long will it take?",
                   f"Working alone, one painter finishes a room in {a} h and another in {b} h. How long if they work together?"]
        alts = [f"Combined work-rate problem: worker 1 alone takes {a} h, worker 2 alone takes {b} h. How many hours when both work on the same job?"]
        unit = "job"
    rate = Fraction(a + b, a * b)
    lines = [f"Rates: 1/{a} {unit} per hour and 1/{b} {unit} per hour.",
             f"Combined rate: 1/{a} + 1/{b} = {b}/{a * b} + {a}/{a * b} = {rate.numerator}/{rate.denominator} {unit} per hour.",
             f"Time = 1 ÷ combined rate = {rate.denominator}/{rate.numerator} = {fmt(T, 3)} h.",
             f"{fmt(T, 3)} h ≈ {h} h {mins} min, which is less than the faster one alone, as it should be."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"{fmt(T, 2)} hours (about {h} h {mins} min)"),
                params=dict(a=a, b=b))


@template
def t_unit_price(r, alt):
    prod = r.choice(["coffee", "rice", "pasta", "detergent", "cereal"])
    gA, gB = r.sample([250, 400, 500, 750, 900, 1000, 1200, 1500, 2000], 2)
    while True:
        pA, pB = round(r.uniform(1.5, 6) * gA / 500, 2), round(r.uniform(1.5, 6) * gB / 500, 2)
        uA, uB = pA / gA * 1000, pB / gB * 1000
        if abs(round(uA, 2) - round(uB, 2)) >= 0.05:
            break
    prompts = [f"{prod.capitalize()} comes in a {gA} g pack for {money(pA)} or a {gB} g pack for {money(pB)}. Which is better value?",
               f"Pack A: {gA} g of {prod} for {money(pA)}. Pack B: {gB} g for {money(pB)}. Compare the price per kilogram."]
    alts = [f"Is the {gB} g bag of {prod} at {money(pB)} cheaper per kilogram than the {gA} g bag at {money(pA)}?"]
    cheaper, other = ("A", "B") if uA < uB else ("B", "A")
    uc, uo = min(uA, uB), max(uA, uB)
    lines = [f"Price per kg of A: {money(pA)} ÷ {gA} g × 1,000 = {money(uA)} per kg.",
             f"Price per kg of B: {money(pB)} ÷ {gB} g × 1,000 = {money(uB)} per kg.",
             f"Pack {cheaper} is cheaper per kilogram by {money(uo - uc)} ({fmt((uo - uc) / uo * 100, 1)}% less)."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"pack {cheaper} ({money(uc)}/kg versus {money(uo)}/kg for pack {other})"),
                params=dict(pA=pA, gA=gA, pB=pB, gB=gB))


@template
def t_fuel_economy(r, alt):
    if r.random() < 0.5:
        mpg = r.randint(15, 60)
        kml = mpg * 1.609344 / 3.785411784
        l100 = 100 / kml
        prompts = [f"A car is rated at {mpg} miles per US gallon. What is that in litres per 100 km?",
                   f"Convert a fuel economy of {mpg} mpg (US) to L/100 km."]
        alts = [f"My American car's manual says {mpg} MPG. European reviews quote L/100 km. What figure corresponds?"]
        lines = ["1 mile = 1.609344 km and 1 US gallon = 3.785411784 L.",
                 f"Kilometres per litre: {mpg} × 1.609344 ÷ 3.785411784 = {fmt(kml, 4)} km/L.",
                 f"Litres per 100 km = 100 ÷ {fmt(kml, 4)} = {fmt(l100, 2)} L/100 km.",
                 "Note the inverse relationship: a higher mpg gives a lower L/100 km."]
        return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(l100, 2)} L/100 km"),
                    params=dict(mode="mpg", x=mpg))
    l100 = round(r.uniform(3.5, 14), 1)
    kml = 100 / l100
    mpg = kml * 3.785411784 / 1.609344
    prompts = [f"A car uses {l100} L/100 km. What is its fuel economy in miles per US gallon?",
               f"Convert {l100} litres per 100 km into US mpg."]
    alts = [f"A European spec sheet lists consumption as {l100} L per 100 km. Express it the American way, in miles per gallon (US)."]
    lines = [f"Kilometres per litre: 100 ÷ {l100} = {fmt(kml, 4)} km/L.",
             f"Per US gallon (3.785411784 L): {fmt(kml, 4)} × 3.785411784 = {fmt(kml * 3.785411784, 3)} km per gallon.",
             f"Miles per gallon: {fmt(kml * 3.785411784, 3)} ÷ 1.609344 = {fmt(mpg, 2)} mpg."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(mpg, 2)} mpg (US)"),
                params=dict(mode="l100", x=l100))


@template
def t_map_scale(r, alt):
    s = r.choice([10000, 20000, 25000, 50000, 100000, 250000])
    if r.random() < 0.5:
        dcm = r.choice([r.randint(2, 30), round(r.uniform(1, 25), 1)])
        km = dcm * s / 100000
        prompts = [f"On a 1:{s:,} map, two villages are {fmt(dcm, 1)} cm apart. What is the real distance in km?",
                   f"A map has a scale of 1:{s:,}. A path measures {fmt(dcm, 1)} cm on the map. How long is it in reality?"]
        alts = [f"Measured with a ruler, {fmt(dcm, 1)} cm separate two points on a map drawn at 1 to {s:,}. Real distance in kilometres?"]
        lines = [f"Scale 1:{s:,} means 1 cm on the map is {s:,} cm on the ground.",
                 f"Real distance: {fmt(dcm, 1)} × {s:,} = {fmt(dcm * s, 0)} cm.",
                 f"Convert: 1 km = 100,000 cm, so {fmt(dcm * s, 0)} ÷ 100,000 = {fmt(km, 3)} km."]
        return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(km, 3)} km"),
                    params=dict(mode="m2r", s=s, x=dcm))
    km = r.choice([r.randint(1, 40), round(r.uniform(0.5, 20), 1)])
    cm = km * 100000 / s
    prompts = [f"Two towns are {fmt(km, 1)} km apart. How far apart will they be on a 1:{s:,} map?",
               f"On a map with scale 1:{s:,}, how many centimetres represent {fmt(km, 1)} km?"]
    alts = [f"I need to draw a {fmt(km, 1)} km road on a sheet at 1 to {s:,}. How long should the line be, in cm?"]
    lines = [f"Convert the real distance to centimetres: {fmt(km, 1)} km × 100,000 = {fmt(km * 100000, 0)} cm.",
             f"Divide by the scale factor: {fmt(km * 100000, 0)} ÷ {s:,} = {fmt(cm, 2)} cm.",
             "A larger scale denominator means a smaller drawing, which is consistent with the result."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(cm, 2)} cm"),
                params=dict(mode="r2m", s=s, x=km))


# ----------------------------------------------------- statistics & mixtures
@template
def t_mean_median(r, alt):
    kind = r.choice([("daily high temperatures (°C)", -5, 35), ("test scores", 40, 100), ("commute times (min)", 8, 75),
                     ("monthly sales (units)", 100, 900)])
    n = r.randint(5, 8)
    xs = [r.randint(kind[1], kind[2]) for _ in range(n)]
    srt = sorted(xs)
    mean = sum(xs) / n
    med = statistics.median(xs)
    lst = ", ".join(str(x) for x in xs)
    prompts = [f"Find the mean and median of these {kind[0]}: {lst}.",
               f"Here are {n} {kind[0]}: {lst}. What are the mean and the median?"]
    alts = [f"Summarise these {kind[0]} with their average and their middle value: {lst}."]
    if n % 2:
        mline = f"Median: with {n} values, the middle one is value number {(n + 1) // 2}: {fmt(med, 1)}."
    else:
        mline = (f"Median: with {n} values, average the {n // 2}th and {n // 2 + 1}th: "
                 f"({srt[n // 2 - 1]} + {srt[n // 2]}) ÷ 2 = {fmt(med, 1)}.")
    lines = [f"Sum: {' + '.join(str(x) if x >= 0 else f'({x})' for x in xs)} = {sum(xs)}.",
             f"Mean = {sum(xs)} ÷ {n} = {fmt(mean, 2)}.",
             f"Sorted: {', '.join(str(x) for x in srt)}.", mline]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"mean = {fmt(mean, 2)}, median = {fmt(med, 1)}"),
                params=dict(xs=xs))


@template
def t_weighted_average(r, alt):
    names = r.choice([("homework", "midterm", "final exam"), ("labs", "project", "exam"), ("quizzes", "essay", "final")])
    w = r.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40), (15, 35, 50), (20, 20, 60)])
    sc = [r.randint(55, 99) for _ in range(3)]
    g = sum(wi * si for wi, si in zip(w, sc)) / 100
    desc = ", ".join(f"{n} {wi}% (score {s})" for n, wi, s in zip(names, w, sc))
    prompts = [f"A course grade is weighted as follows: {desc}. What is the overall grade?",
               f"Compute the weighted average grade: {desc}."]
    alts = [f"My scores were {sc[0]}, {sc[1]} and {sc[2]} for {names[0]}, {names[1]} and {names[2]}, weighted {w[0]}/{w[1]}/{w[2]} percent. What's my final mark?"]
    parts = [f"{wi / 100:.2f} × {s} = {fmt(wi * s / 100, 2)}" for wi, s in zip(w, sc)]
    lines = ["Weighted average = Σ(weight × score), with weights as decimals that add to 1.",
             "Products: " + "; ".join(parts) + ".",
             f"Sum: {fmt(g, 2)}.",
             f"The unweighted mean would be {fmt(sum(sc) / 3, 2)}, so the weighting {'raises' if g > sum(sc) / 3 else 'lowers' if g < sum(sc) / 3 else 'does not change'} the grade."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(g, 2)}"),
                params=dict(w=list(w), sc=sc))


@template
def t_mixture(r, alt):
    sub = r.choice(["salt solution", "acid solution", "alcohol mixture", "sugar syrup"])
    V1, V2 = r.choice([1, 2, 3, 4, 5, 6, 8, 10]), r.choice([1, 2, 3, 5, 7, 9, 12])
    c1, c2 = r.sample([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60], 2)
    a1, a2 = V1 * c1 / 100, V2 * c2 / 100
    c = (a1 + a2) / (V1 + V2) * 100
    prompts = [f"Mix {V1} L of {c1}% {sub} with {V2} L of {c2}% {sub}. What is the concentration of the result?",
               f"A chemist combines {V1} litres of a {c1}% {sub} and {V2} litres of a {c2}% {sub}. Find the final percentage."]
    alts = [f"What strength (percent) do you get by pouring {V2} L at {c2}% into {V1} L at {c1}% of the same {sub}?"]
    lines = [f"Solute in the first: {c1}% of {V1} L = {fmt(a1, 3)} L.",
             f"Solute in the second: {c2}% of {V2} L = {fmt(a2, 3)} L.",
             f"Total solute {fmt(a1 + a2, 3)} L in {V1 + V2} L of mixture.",
             f"Concentration = {fmt(a1 + a2, 3)} ÷ {V1 + V2} × 100 = {fmt(c, 2)}%, between {min(c1, c2)}% and {max(c1, c2)}% as expected."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{fmt(c, 2)}%"),
                params=dict(V1=V1, V2=V2, c1=c1, c2=c2))


@template
def t_ratio_split(r, alt):
    k = r.choice([2, 3])
    parts = [r.randint(1, 9) for _ in range(k)]
    tot = sum(parts)
    unit = r.choice([5, 10, 12, 20, 25, 40, 50, 75, 100, 150])
    amt = tot * unit
    shares = [p * unit for p in parts]
    rt = ":".join(str(p) for p in parts)
    names = ["Ada", "Bo", "Cy"][:k]
    who = ", ".join(names[:-1]) + " and " + names[-1]
    if r.random() < 0.6:
        cur, unit_s = "$", ""
        prompts = [f"${amt:,} is shared between {who} in the ratio {rt}. How much does each get?",
                   f"{who} split a ${amt:,} bonus in the ratio {rt}. What is each person's share?"]
        alts = [f"Split a prize fund of ${amt:,} so that {who} receive amounts in proportion {rt}. Give each share."]
    else:
        cur, unit_s = "", " g"
        prompts = [f"Divide {amt:,} g of mix among {k} bowls in the ratio {rt}. How much goes in each bowl?"]
        alts = [f"A baker portions {amt:,} g of dough into {k} pieces whose masses are in the ratio {rt}. How heavy is each piece?"]
    lines = [f"Total parts: {' + '.join(str(p) for p in parts)} = {tot}.",
             f"Value of one part: {amt:,} ÷ {tot} = {unit:,}.",
             "Shares: " + ", ".join(f"{p} × {unit:,} = {s:,}" for p, s in zip(parts, shares)) + ".",
             f"Check: {' + '.join(f'{s:,}' for s in shares)} = {amt:,}."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, ", ".join(f"{cur}{s:,}{unit_s}" for s in shares)),
                params=dict(parts=parts, amt=amt))


# ------------------------------------------------------------------ algebra
@template
def t_linear_eq(r, alt):
    x = r.choice([i for i in range(-12, 16) if i != 0])
    if r.random() < 0.5:
        a = r.randint(2, 9)
        b = r.choice([i for i in range(-30, 41) if i != 0])
        c = a * x + b
        eq = f"{a}x {'+' if b > 0 else '−'} {abs(b)} = {c}"
        prompts = [f"Solve for x: {eq}.", f"Find x if {eq}."]
        alts = [f"What value of x makes the equation {eq} true? Verify your answer."]
        lines = [f"{'Subtract' if b > 0 else 'Add'} {abs(b)} on both sides: {a}x = {c} {'−' if b > 0 else '+'} {abs(b)} = {c - b}.",
                 f"Divide both sides by {a}: x = {c - b} ÷ {a} = {x}.",
                 f"Check: {a} × {x} {'+' if b > 0 else '−'} {abs(b)} = {a * x} {'+' if b > 0 else '−'} {abs(b)} = {c}. Correct."]
        p = dict(form=1, a=a, b=b, c=c)
    else:
        a, d = r.sample(range(2, 12), 2)
        b = r.randint(-20, 30)
        e = a * x + b - d * x
        def side(k, m):
            return f"{k}x" + ("" if m == 0 else f" {'+' if m > 0 else '−'} {abs(m)}")
        eq = f"{side(a, b)} = {side(d, e)}"
        prompts = [f"Solve for x: {eq}.", f"Find x if {eq}."]
        alts = [f"Determine x such that {eq}, and check it by substitution."]
        lines = [f"Collect x terms on the left: {a}x − {d}x = {a - d}x.",
                 f"Collect constants on the right: {e} − ({b}) = {e - b}.",
                 f"So {a - d}x = {e - b}, giving x = {e - b} ÷ {a - d} = {x}.",
                 f"Check: left = {a * x + b}, right = {d * x + e}. Both sides match."]
        p = dict(form=2, a=a, b=b, d=d, e=e)
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"x = {x}"), params=p)


@template
def t_compound_interest(r, alt):
    P = r.choice([500, 1000, 1500, 2000, 2500, 5000, 8000, 10000, 12000, 15000])
    rate = r.choice([1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7])
    n = r.randint(2, 15)
    f = (1 + rate / 100) ** n
    A = P * f
    prompts = [f"You invest {money(P)} at {rate}% per year, compounded annually. How much is there after {n} years?",
               f"What does {money(P)} grow to in {n} years at {rate}% annual interest, compounded yearly? How much of that is interest?"]
    alts = [f"A deposit of {money(P)} earns {rate} percent a year, with interest added once a year and left in the account. Balance after {n} years?"]
    lines = [f"Growth factor per year: 1 + {rate}/100 = {fmt(1 + rate / 100, 4)}.",
             f"Over {n} years: {fmt(1 + rate / 100, 4)}^{n} = {fix(f, 6)}.",
             f"Balance: {money(P)} × {fix(f, 6)} = {money(A)}.",
             f"Interest earned: {money(A)} − {money(P)} = {money(A - P)}, more than simple interest of {money(P * rate / 100 * n)}."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"{money(A)} (interest {money(A - P)})"),
                params=dict(P=P, rate=rate, n=n))


@template
def t_half_life(r, alt):
    iso = r.choice(["a tracer isotope", "a drug in the bloodstream", "a radioactive sample", "caffeine in the body"])
    N0 = r.choice([10, 20, 40, 50, 80, 100, 120, 200, 250, 400])
    T = r.choice([2, 3, 4, 5, 6, 8, 12])
    t = T * r.choice([1, 1.5, 2, 2.5, 3, 4, 5]) if r.random() < 0.7 else r.randint(1, 40)
    k = t / T
    N = N0 * 0.5 ** k
    prompts = [f"The half-life of {iso} is {T} hours. Starting from {N0} mg, how much remains after {fmt(t, 1)} hours?",
               f"{iso.capitalize()} has a half-life of {T} h. If there are {N0} mg now, what amount is left after {fmt(t, 1)} h?"]
    alts = [f"Exponential decay: initial amount {N0} mg, half-life {T} h, elapsed time {fmt(t, 1)} h. Remaining amount?"]
    lines = [f"Number of half-lives: {fmt(t, 1)} ÷ {T} = {fmt(k, 4)}.",
             f"Remaining fraction: 0.5^{fmt(k, 4)} = {fmt(0.5 ** k, 5)}.",
             f"Remaining amount: {N0} mg × {fmt(0.5 ** k, 5)} = {fmt(N, 3)} mg.",
             f"That is {fmt(0.5 ** k * 100, 2)}% of the starting amount."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"about {fmt(N, 3)} mg"),
                params=dict(N0=N0, T=T, t=t))


# ---------------------------------------------------------------- geometry
@template
def t_flooring(r, alt):
    L = r.choice([round(r.uniform(2.5, 9), 1), r.randint(3, 10)])
    W = r.choice([round(r.uniform(2, 6), 1), r.randint(2, 7)])
    waste = r.choice([5, 8, 10, 12, 15])
    cost = r.choice([12, 18, 22.5, 25, 29.9, 35, 42, 55])
    area = L * W
    need = area * (1 + waste / 100)
    total = need * cost
    prompts = [f"A room is {fmt(L, 1)} m by {fmt(W, 1)} m. Flooring costs {money(cost)} per m², and you should buy {waste}% extra for waste. How much flooring do you need and what does it cost?",
               f"How much will it cost to floor a {fmt(L, 1)} m × {fmt(W, 1)} m room at {money(cost)}/m² if you add a {waste}% waste allowance?"]
    alts = [f"Laminate is {money(cost)} a square metre. The floor is {fmt(L, 1)} metres long and {fmt(W, 1)} metres wide, and the fitter wants {waste} percent extra. Budget?"]
    lines = [f"Floor area: {fmt(L, 1)} × {fmt(W, 1)} = {fmt(area, 2)} m².",
             f"Add {waste}% waste: {fmt(area, 2)} × {fmt(1 + waste / 100, 2)} = {fmt(need, 3)} m².",
             f"Cost: {fmt(need, 3)} m² × {money(cost)} = {money(total)}.",
             "In practice you would round up to whole packs of flooring."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"{fmt(need, 2)} m² of flooring, costing about {money(total)}"),
                params=dict(L=L, W=W, waste=waste, cost=cost))


@template
def t_cylinder(r, alt):
    d = r.choice([0.4, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0])
    h = r.choice([0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0])
    rr = d / 2
    base = float(rnd(math.pi * rr * rr, 6))   # shown to 6 dp; volume computed from the shown value
    V = base * h
    prompts = [f"A cylindrical water tank has an inside diameter of {fmt(d, 1)} m and a height of {fmt(h, 1)} m. What is its capacity in litres?",
               f"How many litres does a cylinder {fmt(d, 1)} m across and {fmt(h, 1)} m tall hold?"]
    alts = [f"Find the volume, in cubic metres and in litres, of a round tank with radius {fmt(rr, 2)} m and depth {fmt(h, 1)} m."]
    lines = [f"Radius r = {fmt(d, 1)} ÷ 2 = {fmt(rr, 2)} m.",
             f"Base area: π r² = π × {fmt(rr, 2)}² = {fix(base, 6)} m².",
             f"Volume: {fix(base, 6)} × {fmt(h, 1)} = {fmt(V, 6)} m³.",
             f"Since 1 m³ = 1,000 L: {fmt(V, 6)} × 1,000 ≈ {fmt(V * 1000, 0)} L."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"about {fmt(V * 1000, 0)} litres ({fmt(V, 3)} m³)"),
                params=dict(d=d, h=h))


@template
def t_pizza(r, alt):
    D = r.choice([12, 14, 16, 18])
    dS = r.choice([8, 9, 10, 11, 12])
    if dS >= D:
        dS = D - 4
    A1 = math.pi * (D / 2) ** 2
    A2 = 2 * math.pi * (dS / 2) ** 2
    prompts = [f"Which is more pizza: one {D}-inch pizza or two {dS}-inch pizzas?",
               f"Compare the total area of one {D}-inch round pizza with two {dS}-inch pizzas."]
    alts = [f"Same price for a single {D}\" pizza or a pair of {dS}\" pizzas. Which order gets you more pizza by area?"]
    bigger = "the single large pizza" if A1 > A2 else "the two smaller pizzas"
    lines = [f"Area of a circle = π × (d/2)².",
             f"One {D}-inch: π × {fmt(D / 2, 1)}² = {fmt(A1, 2)} square inches.",
             f"Two {dS}-inch: 2 × π × {fmt(dS / 2, 1)}² = {fmt(A2, 2)} square inches.",
             f"Difference: {fmt(abs(A1 - A2), 2)} square inches in favour of {bigger}. Area grows with the square of the diameter."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"{fmt(A1, 2)} sq in for one {D}-inch versus {fmt(A2, 2)} sq in for two {dS}-inch, so {bigger} {'gives' if A1 > A2 else 'give'} more"),
                params=dict(D=D, dS=dS))


# ------------------------------------------------------------------- Fermi
@template
def t_fermi_heartbeats(r, alt):
    bpm = r.choice([60, 65, 70, 72, 75, 80])
    yrs = r.choice([70, 75, 78, 80, 82, 85, 90])
    per_year = bpm * 60 * 24 * 365.25
    tot = per_year * yrs
    prompts = [f"Estimate how many times a human heart beats in a lifetime. Assume {bpm} beats per minute and {'an' if str(yrs).startswith('8') else 'a'} {yrs}-year life.",
               f"Roughly how many heartbeats are there in {yrs} years at an average of {bpm} bpm?"]
    alts = [f"Fermi estimate: total heartbeats over a life of {yrs} years, taking a typical resting rate of {bpm} per minute."]
    lines = [f"Per hour: {bpm} × 60 = {bpm * 60:,}.",
             f"Per day: {bpm * 60:,} × 24 = {bpm * 1440:,}.",
             f"Per year (365.25 days): {bpm * 1440:,} × 365.25 = {fmt(per_year, 0)}.",
             f"Lifetime: {fmt(per_year, 0)} × {yrs} ≈ {fmt(tot, 0)}, about {fmt(tot / 1e9, 1)} billion."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"about {fmt(tot / 1e9, 1)} billion heartbeats",
                             intro="Assumption: the average rate holds over the whole life (exercise and sleep roughly cancel)."),
                params=dict(bpm=bpm, yrs=yrs))


@template
def t_fermi_water(r, alt):
    pop = r.choice([50000, 120000, 250000, 400000, 750000, 1200000, 2000000])
    lpd = r.choice([100, 120, 150, 180, 200, 250, 300])
    L = pop * lpd
    m3 = L / 1000
    pools = m3 / 2500
    prompts = [f"Estimate the daily domestic water use of a city of {pop:,} people, assuming {lpd} litres per person per day. How many Olympic pools (2,500 m³) is that?",
               f"A town of {pop:,} uses about {lpd} L of water per resident per day. Roughly how many cubic metres a day, and how many 2,500 m³ Olympic pools?"]
    alts = [f"Back-of-envelope: {pop:,} residents × {lpd} litres each per day. Express the total in m³ and in Olympic swimming pools of 2,500 m³."]
    lines = [f"Total litres: {pop:,} × {lpd} = {L:,} L per day.",
             f"Convert: 1 m³ = 1,000 L, so {L:,} ÷ 1,000 = {fmt(m3, 0)} m³.",
             f"Olympic pools: {fmt(m3, 0)} ÷ 2,500 = {fmt(pools, 1)}.",
             "The per-person figure is the main uncertainty; it varies by a factor of two or more between countries."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"about {fmt(m3, 0)} m³ per day, roughly {fmt(pools, 1)} Olympic pools"),
                params=dict(pop=pop, lpd=lpd))


@template
def t_fermi_wheel(r, alt):
    km = r.choice([5, 12, 25, 40, 100, 250, 500, 1000])
    dcm = r.choice([60, 62, 65, 66, 68, 70, 72])
    circ = math.pi * dcm / 100
    rot = km * 1000 / circ
    prompts = [f"Roughly how many times does a car wheel turn on a {km} km trip? Assume the tyre is {dcm} cm in diameter.",
               f"Estimate the number of wheel revolutions over {km:,} km for a tyre of diameter {dcm} cm."]
    alts = [f"A {dcm} cm diameter tyre rolls without slipping for {km:,} km. About how many rotations is that?"]
    lines = [f"Circumference = π × d = π × {fmt(dcm / 100, 2)} m = {fmt(circ, 4)} m per turn.",
             f"Trip length: {km:,} km = {km * 1000:,} m.",
             f"Turns = {km * 1000:,} ÷ {fmt(circ, 4)} ≈ {fmt(rot, 0)}.",
             f"Rounded to three significant figures: {sig(rot, 3)}."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"about {sig(rot, 3)} revolutions",
                             intro="Assumption: no wheel slip, so each turn moves the car one circumference."),
                params=dict(km=km, dcm=dcm))


@template
def t_fermi_coffee(r, alt):
    pop = r.choice([200000, 500000, 800000, 1000000, 3000000, 8000000])
    frac = r.choice([30, 40, 50, 60])
    cups = r.choice([1.5, 2, 2.5, 3])
    grams = r.choice([8, 10, 12])
    n = pop * frac / 100 * cups
    kg = n * grams / 1000
    prompts = [f"Estimate how many cups of coffee are drunk each day in a city of {pop:,} people, and how many kilograms of beans that needs. Assume {frac}% drink coffee, {fmt(cups, 1)} cups each, {grams} g of beans per cup.",
               f"Fermi problem: daily coffee consumption in a city of {pop:,}. Assume {frac}% are coffee drinkers averaging {fmt(cups, 1)} cups a day, and each cup uses {grams} g of beans."]
    alts = [f"With {pop:,} inhabitants, {frac} percent of whom have {fmt(cups, 1)} coffees a day at {grams} grams of ground coffee per cup, how many cups and how many kg of coffee per day?"]
    lines = [f"Coffee drinkers: {frac}% of {pop:,} = {fmt(pop * frac / 100, 0)}.",
             f"Cups per day: {fmt(pop * frac / 100, 0)} × {fmt(cups, 1)} = {fmt(n, 0)}.",
             f"Beans: {fmt(n, 0)} × {grams} g = {fmt(n * grams, 0)} g = {fmt(kg, 0)} kg.",
             "Each assumption could be off by tens of percent, so treat this as an order-of-magnitude figure."]
    return dict(prompt=pick(r, prompts, alts, alt),
                answer=build(r, lines, f"about {fmt(n, 0)} cups and {fmt(kg, 0)} kg of beans per day"),
                params=dict(pop=pop, frac=frac, cups=cups, grams=grams))


@template
def t_fermi_blinks(r, alt):
    bpm = r.choice([10, 12, 15, 17, 20])
    awake = r.choice([15, 16, 17])
    per_day = bpm * 60 * awake
    per_year = per_day * 365
    prompts = [f"About how many times does a person blink in a year? Assume {bpm} blinks per minute while awake and {awake} waking hours a day.",
               f"Estimate yearly blinks for someone awake {awake} hours a day who blinks {bpm} times a minute."]
    alts = [f"Order-of-magnitude question: {bpm} blinks/min, {awake} h awake daily, 365 days. How many blinks per year?"]
    lines = [f"Blinks per waking hour: {bpm} × 60 = {bpm * 60:,}.",
             f"Per day: {bpm * 60:,} × {awake} = {per_day:,}.",
             f"Per year: {per_day:,} × 365 = {per_year:,}.",
             f"That is roughly {fmt(per_year / 1e6, 1)} million blinks a year (no blinking assumed during sleep)."]
    return dict(prompt=pick(r, prompts, alts, alt), answer=build(r, lines, f"about {fmt(per_year / 1e6, 1)} million blinks per year"),
                params=dict(bpm=bpm, awake=awake))


# ---------------------------------------------------- independent re-checks
# Written separately from the templates (different constants / formulations).
EXACT = {("kilometres", "miles"): 1 / 1.609344, ("miles", "kilometres"): 1.609344, ("inches", "centimetres"): 2.54,
         ("feet", "metres"): 0.3048, ("yards", "metres"): 0.9144, ("metres", "feet"): 1 / 0.3048,
         ("pounds", "kilograms"): 0.45359237, ("kilograms", "pounds"): 1 / 0.45359237,
         ("ounces", "grams"): 0.45359237 * 1000 / 16, ("stone", "kilograms"): 14 * 0.45359237,
         ("US gallons", "litres"): 231 * 2.54 ** 3 / 1000, ("litres", "US gallons"): 1000 / (231 * 2.54 ** 3),
         ("cubic metres", "litres"): 1000.0, ("cubic feet", "litres"): (12 * 2.54) ** 3 / 1000,
         ("imperial gallons", "litres"): 4.54609,
         ("km/h", "m/s"): 1000 / 3600, ("m/s", "km/h"): 3600 / 1000, ("mph", "km/h"): 1.609344, ("knots", "km/h"): 1852 / 1000}
G = 9.81


def _c_conv(p):
    return [p["v"] * EXACT[(p["a"], p["b"])]]


def _c_temp(p):
    x = p["x"]
    return [{"C2F": (x + 40) * 1.8 - 40, "F2C": (x + 40) / 1.8 - 40, "C2K": x + 273.15}[p["mode"]]]


def _c_stress(p):
    A = math.pi * (p["d"] / 2) ** 2 if "d" in p else p["w"] * p["h"]
    return [p["F"] / A * 1e3, p["allow"]]


def _c_travel(p):
    m = math.floor(Fraction(60 * p["d"], p["v"]) + Fraction(1, 2))
    out = [m // 60, m % 60, (p["dep"] + m) // 60, (p["dep"] + m) % 60]
    return out if m >= 60 else out[1:]


def _c_work(p):
    T = 1 / (1 / p["a"] + 1 / p["b"])
    tm = math.floor(Fraction(60 * p["a"] * p["b"], p["a"] + p["b"]) + Fraction(1, 2))
    return [T, tm // 60, tm % 60]


def _c_unit(p):
    u = sorted([p["pA"] * 1000 / p["gA"], p["pB"] * 1000 / p["gB"]])
    return u


def _c_fuel(p):
    k = 100 * 3.785411784 / 1.609344  # 235.2145...
    return [k / p["x"], 100] if p["mode"] == "mpg" else [k / p["x"]]


def _c_map(p):
    return [p["x"] * p["s"] / 1e5] if p["mode"] == "m2r" else [p["x"] * 1e5 / p["s"]]


def _c_lin(p):
    if p["form"] == 1:
        return [(p["c"] - p["b"]) / p["a"]]
    return [(p["e"] - p["b"]) / (p["a"] - p["d"])]


def _half_up_cents(q: Fraction) -> Fraction:
    return Fraction(math.floor(q * 100 + Fraction(1, 2)), 100)


def _c_tax(p):
    # exact rational arithmetic, each money step rounded half-up to the cent
    price = Fraction(round(p["price"] * 100), 100)
    sale = price - _half_up_cents(price * p["d"] / 100)
    tax = _half_up_cents(sale * Fraction(str(p["t"])) / 100)
    return [float(sale + tax)]


CHECKS = {
    "conv_length": (_c_conv, 0), "conv_mass": (_c_conv, 0), "conv_volume": (_c_conv, 0), "conv_speed": (_c_conv, 0),
    "temperature": (_c_temp, 0),
    "percent_of": (lambda p: [p["n"] * p["pct"] / 100], 0),
    "percent_change": (lambda p: [abs(p["new"] / p["old"] - 1) * 100], 0),
    "discount_tax": (_c_tax, 0),
    "reverse_percent": (lambda p: [p["after"] / (1 + (p["p"] if p["up"] else -p["p"]) / 100)], 0),
    "stress": (_c_stress, 0),
    "strain_modulus": (lambda p: [p["dL"] / 1000 / p["L"], p["s"] * p["L"] / p["dL"]], 0),
    "kinetic_energy": (lambda p: [p["m"] * (p["v"] * 1000 / 3600) ** 2 / 2000], 0),
    "potential_energy": (lambda p: [p["m"] * G * p["h"], p["m"] * G * p["h"] / 1000], 0),
    "power": (lambda p: [G * p["m"] * p["h"] / p["t"]], 0),
    "electricity_cost": (lambda p: [p["P"] * p["hrs"] * p["days"] / 1000, p["P"] * p["hrs"] * p["days"] * p["price"] / 1000], 0),
    "density": (lambda p: [p["mass"] / p["V"], 1000 * p["mass"] / p["V"]], 0),
    "mass_from_density": (lambda p: [p["rho"] * p["V"]], 0),
    "hydrostatic": (lambda p: [p["rho"] * G * p["h"] / 1e3, 101.325 + p["rho"] * G * p["h"] / 1e3], 0),
    "ohm": (lambda p: [p["V"] / p["R"], p["V"] ** 2 / p["R"]], 0),
    "heat": (lambda p: [4.186 * p["m"] * (p["T2"] - p["T1"]), 4186 * p["m"] * (p["T2"] - p["T1"]) / p["P"] / 60], 0),
    "travel_time": (_c_travel, 0),
    "average_speed": (lambda p: [statistics.harmonic_mean([p["v1"], p["v2"]])], 0),
    "work_rate": (_c_work, 0),
    "unit_price": (_c_unit, 0),
    "fuel_economy": (_c_fuel, 0),
    "map_scale": (_c_map, 0),
    "mean_median": (lambda p: [statistics.fmean(p["xs"]), statistics.median(p["xs"])], 0),
    "weighted_average": (lambda p: [statistics.fmean(p["sc"], weights=p["w"])], 0),
    "mixture": (lambda p: [(p["V1"] * p["c1"] + p["V2"] * p["c2"]) / (p["V1"] + p["V2"])], 0),
    "ratio_split": (lambda p: [p["amt"] * q / sum(p["parts"]) for q in p["parts"]], 0),
    "linear_eq": (_c_lin, 0),
    "compound_interest": (lambda p: [p["P"] * math.exp(p["n"] * math.log1p(p["rate"] / 100)),
                                     p["P"] * (math.exp(p["n"] * math.log1p(p["rate"] / 100)) - 1)], 0, 0.0051),
    "half_life": (lambda p: [p["N0"] * math.exp(-math.log(2) * p["t"] / p["T"])], 0),
    "flooring": (lambda p: [p["L"] * p["W"] * (100 + p["waste"]) / 100, p["L"] * p["W"] * (100 + p["waste"]) / 100 * p["cost"]], 0),
    "cylinder": (lambda p: [math.pi * p["d"] ** 2 / 4 * p["h"] * 1000, math.pi * p["d"] ** 2 / 4 * p["h"]], 0),
    "pizza": (lambda p: [math.pi * p["D"] ** 2 / 4, p["D"], math.pi * p["dS"] ** 2 / 2, p["dS"]], 0),
    "fermi_heartbeats": (lambda p: [p["bpm"] * 525960 * p["yrs"] / 1e9], 0),
    "fermi_water": (lambda p: [p["pop"] * p["lpd"] / 1e3, p["pop"] * p["lpd"] / 2.5e6], 0),
    "fermi_wheel": (lambda p: [float(f"{p['km'] * 1e5 / (math.pi * p['dcm']):.3g}")], 0),
    "fermi_coffee": (lambda p: [p["pop"] * p["frac"] * p["cups"] / 100, p["pop"] * p["frac"] * p["cups"] * p["grams"] / 1e5], 0),
    "fermi_blinks": (lambda p: [p["bpm"] * 60 * p["awake"] * 365 / 1e6], 0),
}

NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+")


def answer_numbers(text: str):
    line = [l for l in text.splitlines() if l.startswith("Answer:")][-1]
    line = line.replace("−", "-")
    out = []
    for m in NUM.finditer(line):
        s = m.group(0).replace(",", "")
        dp = len(s.split(".")[1]) if "." in s else 0
        out.append((float(s), dp))
    return out


def check_numbers(name, params, answer_text):
    """Strict positional match: the Answer line must contain exactly the expected
    numbers, in order, each within half a unit of its last printed decimal place
    (or a small relative tolerance where the template shows rounded intermediates)."""
    fn, rel, *extra = CHECKS[name]
    abs_tol = extra[0] if extra else 0.0
    exp = fn(params)
    got = answer_numbers(answer_text)
    if len(got) != len(exp):
        return False, f"expected {len(exp)} numbers {exp}, got {got}"
    for e, (v, dp) in zip(exp, got):
        tol = max(0.5 * 10 ** -dp + 1e-9, rel * abs(e), abs_tol)
        if abs(v - e) > tol:
            return False, f"expected {e}, got {v} (all: {got})"
    return True, ""


# Second, text-only check: every worked step of the form "a op b op c = d" in an
# answer is re-evaluated with Python and compared with the stated result.
_N = r"[-−]?\$?\d[\d,]*(?:\.\d+)?"
_U = r"(?:\s+(?:kg/L|kg|km/h|km|mm²|mm|m²|m³|m|N|J|W|kW|kWh|h|s|L|g|cm³|cm|MPa|Pa|V|Ω|A))?"
_OP = r"\s[×÷+−]\s"
CHAIN = re.compile(rf"(?<![\w.,²^/(−-])(?<![×÷+−]\s)(?<![)]\s)((?:{_N}){_U}(?:{_OP}(?:{_N}){_U})+)\s=\s({_N})(?![\d²^])(?![.,]\d)(?!\s*[×÷+−/])")


def _clean(t: str) -> str:
    return t.replace("$", "").replace(",", "").replace("−", "-")


def check_expression_chains(text: str):
    """Return (n_checked, list_of_mismatches). Tolerance = half a unit in the last
    printed place of the result + the effect of each input's own display rounding
    (propagated by perturbing every input by half a unit of its last place)."""
    checked, bad = 0, []
    ops = {"×": "*", "÷": "/", "−": "-", "+": "+"}
    results = {_clean(x) for x in re.findall(rf"[=≈:]\s*({_N})", text)}
    for m in CHAIN.finditer(text):
        toks = re.findall(rf"{_N}|{_OP}", m.group(1))
        nums, parts = [], []
        for t in toks:
            if t.strip() in ops:
                parts.append(ops[t.strip()])
            else:
                c = _clean(t)
                # numbers that were themselves a computed (rounded) result earlier in the
                # text carry their display rounding; given data and constants are exact
                rounded = c in results and "." in c
                nums.append((float(c), 0.5 * 10 ** -len(c.split(".")[1]) if rounded else 0.0))
                parts.append(f"x[{len(nums) - 1}]")
        expr = " ".join(parts)

        def f(x):
            return eval(expr, {"__builtins__": {}}, {"x": x})
        try:
            base = [n for n, _ in nums]
            v = f(base)
            prop = sum(abs(f(base[:i] + [base[i] + e] + base[i + 1:]) - v) for i, (_, e) in enumerate(nums))
        except ZeroDivisionError:
            continue
        zs = _clean(m.group(2))
        z = float(zs)
        dz = len(zs.split(".")[1]) if "." in zs else 0
        checked += 1
        if abs(v - z) > 0.5 * 10 ** -dz + prop * 1.01 + 1e-9:
            bad.append(f"{m.group(0)!r} evaluates to {v}")
    return checked, bad


# --------------------------------------------------------- hand-written set
HAND_TRAIN = [
    dict(q="A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
         a="Let the ball cost b dollars, so the bat costs b + 1.00.\nStep 1: Total: b + (b + 1.00) = 1.10.\nStep 2: Simplify: 2b + 1.00 = 1.10, so 2b = 0.10.\nStep 3: Divide by 2: b = 0.05.\nCheck: ball $0.05 + bat $1.05 = $1.10, and the bat is exactly $1.00 more. The tempting answer of $0.10 fails, because the bat would then cost $1.10 and the total would be $1.20.\nAnswer: $0.05 (5 cents)",
         checks=[(0.05 + 1.05, 1.10), (0.10 + 1.10, 1.20)]),
    dict(q="If 5 machines take 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?",
         a="Step 1: Find the rate of one machine. 5 machines make 5 widgets in 5 minutes, so each machine makes 1 widget in 5 minutes.\nStep 2: With 100 machines working in parallel, each machine only has to make 1 of the 100 widgets.\nStep 3: One widget takes one machine 5 minutes, so all 100 widgets are done at the same moment.\nThe time stays the same because the work per machine stays the same.\nAnswer: 5 minutes",
         checks=[(100 / 100 * 5, 5)]),
    dict(q="A share price rises 20% on Monday and falls 20% on Tuesday. Is it back where it started? What is the net change?",
         a="Use multipliers instead of adding percentages.\nStep 1: A 20% rise multiplies the price by 1.20.\nStep 2: A 20% fall multiplies it by 0.80.\nStep 3: Combined factor: 1.20 × 0.80 = 0.96.\nStep 4: The price ends at 96% of the original, a 4% loss. The fall acts on a larger base than the rise, so it removes more.\nExample: $100 → $120 → $96.\nAnswer: No; the net change is a 4% decrease.",
         checks=[(1.2 * 0.8, 0.96), (100 * 1.2 * 0.8, 96)]),
    dict(q="Estimate how many piano tuners work in a city of 1 million people. State your assumptions.",
         a="Assumptions: 2.5 people per household, 1 in 20 households owns a piano, each piano is tuned once a year, and a tuner does 4 tunings a day on 250 working days.\nStep 1: Households: 1,000,000 ÷ 2.5 = 400,000.\nStep 2: Pianos: 400,000 ÷ 20 = 20,000.\nStep 3: Tunings needed per year: 20,000.\nStep 4: One tuner's capacity: 4 × 250 = 1,000 tunings a year.\nStep 5: Tuners needed: 20,000 ÷ 1,000 = 20.\nAnswer: about 20 piano tuners (order of magnitude: tens)",
         checks=[(1e6 / 2.5, 400000), (400000 / 20, 20000), (4 * 250, 1000), (20000 / 1000, 20)]),
    dict(q="Show that 1 MPa equals 1 N/mm². Why is this handy for engineers?",
         a="Step 1: By definition 1 Pa = 1 N/m², so 1 MPa = 10^6 N/m².\nStep 2: 1 m = 1,000 mm, so 1 m² = 1,000 mm × 1,000 mm = 10^6 mm².\nStep 3: Substitute: 10^6 N/m² = 10^6 N ÷ 10^6 mm² = 1 N/mm².\nThis is convenient because drawings give dimensions in millimetres: dividing a force in newtons by an area in mm² gives the stress directly in MPa, with no powers of ten to track.\nAnswer: 1 MPa = 1 N/mm²",
         checks=[(1000 * 1000, 1e6)]),
    dict(q="A solid model statue is 30 cm tall and has a mass of 2 kg. A copy of the same shape and material is 60 cm tall. What is its mass?",
         a="Step 1: Length scale factor: 60 ÷ 30 = 2.\nStep 2: Volume scales with the cube of length: 2³ = 8.\nStep 3: Same material means same density, so mass scales like volume: 2 kg × 8 = 16 kg.\nNote that surface area grows only by 2² = 4, and a common mistake is to double the mass along with the height.\nAnswer: 16 kg",
         checks=[(2 * (60 / 30) ** 3, 16)]),
    dict(q="A patch of lily pads doubles in area every day. It covers the whole lake on day 48. On which day did it cover half the lake?",
         a="Step 1: Doubling each day means the area on any day is twice the area on the day before.\nStep 2: The lake is fully covered on day 48, so on day 47 the patch was exactly half that size.\nStep 3: So half coverage happens on day 47, not day 24. Halving the time would only work for linear growth, not exponential growth.\nAnswer: day 47",
         checks=[(48 - 1, 47)]),
    dict(q="A driver goes 60 km to a town at 60 km/h. How fast must she drive the 60 km back so that her average speed for the round trip is 120 km/h?",
         a="Step 1: Average speed = total distance ÷ total time. The round trip is 120 km.\nStep 2: To average 120 km/h over 120 km, the whole trip must take 120 ÷ 120 = 1 hour.\nStep 3: The outbound leg alone already took 60 ÷ 60 = 1 hour.\nStep 4: That leaves 0 hours for the return, which would need an infinite speed.\nAnswer: It is impossible; no finite return speed gives a 120 km/h average.",
         checks=[(120 / 120, 1), (60 / 60, 1)]),
    dict(q="A rectangular plate measures 3.0 m by 1.25 m. What is its area, reported with an appropriate number of significant figures?",
         a="Step 1: Multiply: 3.0 m × 1.25 m = 3.75 m².\nStep 2: For multiplication, the result keeps as many significant figures as the least precise input. 3.0 has 2 significant figures and 1.25 has 3.\nStep 3: Round 3.75 to 2 significant figures. The digit after the 7 is 5, so round up to 3.8.\nAnswer: 3.8 m²",
         checks=[(3.0 * 1.25, 3.75)]),
    dict(q="Roughly how many seconds are in a year? Give the exact count for a 365-day year and a handy approximation.",
         a="Step 1: Seconds per hour: 60 × 60 = 3,600.\nStep 2: Per day: 3,600 × 24 = 86,400 s.\nStep 3: Per 365-day year: 86,400 × 365 = 31,536,000 s.\nStep 4: In scientific notation that is about 3.15 × 10^7 s. A popular memory aid is π × 10^7 ≈ 3.14 × 10^7 s, which is within 0.5%.\nAnswer: 31,536,000 s (about 3.2 × 10^7 s)",
         checks=[(60 * 60, 3600), (3600 * 24, 86400), (86400 * 365, 31536000), (round(abs(math.pi * 1e7 / 31536000 - 1) * 100, 2) < 0.5, True)]),
    dict(q="A loan's interest rate goes from 4% to 5%. One headline says the rate rose by 1%; another says it rose by 25%. Which is right?",
         a="Step 1: The absolute difference is 5% − 4% = 1 percentage point.\nStep 2: The relative change is (5 − 4) ÷ 4 = 0.25, a 25% increase in the rate itself.\nStep 3: Both describe the same change, but \"rose by 1%\" is sloppy: it should say \"1 percentage point\". \"Rose by 25%\" is correct as a relative change, and a borrower's interest cost rises by about that proportion.\nAnswer: The rate rose by 1 percentage point, which is a 25% relative increase.",
         checks=[((5 - 4) / 4, 0.25)]),
    dict(q="How much concrete, in cubic metres and kilograms, is needed for a slab 6 m long, 4 m wide and 150 mm thick? Take the density of concrete as 2,400 kg/m³.",
         a="Step 1: Convert the thickness to metres: 150 mm = 0.15 m.\nStep 2: Volume = 6 × 4 × 0.15 = 3.6 m³.\nStep 3: Mass = density × volume = 2,400 kg/m³ × 3.6 m³ = 8,640 kg.\nStep 4: In practice you would order 5–10% extra for waste, so roughly 3.8–4.0 m³.\nAnswer: 3.6 m³ of concrete, with a mass of 8,640 kg (about 8.6 tonnes)",
         checks=[(6 * 4 * 0.15, 3.6), (2400 * 3.6, 8640), (round(3.6 * 1.05, 1), 3.8), (round(3.6 * 1.10, 1), 4.0)]),
]

HAND_HELD = [
    dict(q="A 500 kg load hangs from a steel wire 10 mm in diameter. What is the tensile stress in the wire? Use g = 9.81 m/s².",
         a="Step 1: Force = m × g = 500 × 9.81 = 4,905 N.\nStep 2: Cross-sectional area = π × d² ÷ 4 = π × 10² ÷ 4 = 78.54 mm².\nStep 3: Stress = F ÷ A = 4,905 N ÷ 78.54 mm² = 62.45 N/mm².\nStep 4: Since 1 N/mm² = 1 MPa, the stress is 62.45 MPa, well below the yield strength of ordinary structural steel (around 250 MPa).\nAnswer: about 62.5 MPa",
         checks=[(500 * 9.81, 4905), (round(math.pi * 25, 2), 78.54), (round(4905 / (math.pi * 25), 2), 62.45)]),
    dict(q="A coat is marked 30% off, and at the till you get an extra 20% off the reduced price. What is the total discount? Is it 50%?",
         a="Step 1: 30% off leaves 70% of the price: multiplier 0.70.\nStep 2: An extra 20% off the reduced price leaves 80% of that: multiplier 0.80.\nStep 3: Combined multiplier: 0.70 × 0.80 = 0.56, so you pay 56% of the original price.\nStep 4: Total discount = 100% − 56% = 44%. It is not 50%, because the second discount applies to an already reduced price.\nAnswer: 44% total discount",
         checks=[(round(0.7 * 0.8, 2), 0.56), (round(100 - 56, 0), 44)]),
    dict(q="A father is three times as old as his son. In 12 years he will be twice as old as his son. How old are they now?",
         a="Let the son's age be s; the father is 3s.\nStep 1: In 12 years: father 3s + 12, son s + 12.\nStep 2: Condition: 3s + 12 = 2(s + 12) = 2s + 24.\nStep 3: Subtract 2s and 12 from both sides: s = 12.\nStep 4: Father: 3 × 12 = 36.\nCheck: in 12 years they will be 48 and 24, and 48 = 2 × 24.\nAnswer: son 12, father 36",
         checks=[(3 * 12 + 12, 2 * (12 + 12)), (36 + 12, 48)]),
    dict(q="How many kilometres are in one light-year? Use c = 299,792 km/s and a year of 365.25 days.",
         a="Step 1: Seconds in a year: 365.25 × 24 × 3,600 = 31,557,600 s.\nStep 2: Distance = speed × time = 299,792 km/s × 31,557,600 s.\nStep 3: 299,792 × 31,557,600 ≈ 9.4607 × 10^12 km.\nStep 4: Rounded, a light-year is about 9.46 trillion kilometres, which is why astronomical distances are quoted in light-years rather than km.\nAnswer: about 9.46 × 10^12 km",
         checks=[(365.25 * 24 * 3600, 31557600), (round(299792 * 31557600 / 1e12, 4), 9.4607)]),
]


# ------------------------------------------------------------------- driver
def words(s: str) -> int:
    return len(s.split())


def make_item(q, a):
    return {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}], "domain": DOMAIN}


def generate():
    names = list(TEMPLATES)
    n_prog_train = N_TRAIN - len(HAND_TRAIN)
    n_prog_held = N_HELD - len(HAND_HELD)
    seen_prompts: set[str] = set()
    train_keys: set[str] = set()
    train, held = [], []   # (item, name, params)

    def draw(name, use_alt, forbid_keys):
        for _ in range(500):
            g = TEMPLATES[name](R, use_alt)
            key = name + json.dumps(g["params"], sort_keys=True)
            if g["prompt"] in seen_prompts or key in forbid_keys:
                continue
            w = words(g["answer"])
            if not (MIN_W <= w <= MAX_W):
                raise SystemExit(f"length {w} out of range in {name}:\n{g['answer']}")
            seen_prompts.add(g["prompt"])
            return g, key
        raise SystemExit(f"could not draw a fresh item for {name}")

    for i in range(n_prog_train):
        name = names[i % len(names)]
        g, key = draw(name, False, set())
        train_keys.add(key)
        train.append((make_item(g["prompt"], g["answer"]), name, g["params"]))
    order = names + R.sample(names, n_prog_held - len(names)) if n_prog_held > len(names) else names[:n_prog_held]
    for j, name in enumerate(order):
        g, _ = draw(name, j % 2 == 0, train_keys)
        held.append((make_item(g["prompt"], g["answer"]), name, g["params"]))
    for h in HAND_TRAIN:
        train.append((make_item(h["q"], h["a"]), "hand", h["checks"]))
    for h in HAND_HELD:
        held.append((make_item(h["q"], h["a"]), "hand", h["checks"]))
    R.shuffle(train)
    R.shuffle(held)
    return train, held


def write(path: Path, rows):
    with path.open("w", encoding="utf-8") as f:
        for item, _, _ in rows:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


def validate(train, held):
    errors = []
    files = {"train.jsonl": (train, N_TRAIN), "heldout.jsonl": (held, N_HELD)}
    prompts_all = []
    stats = {}
    for fname, (rows, n_exp) in files.items():
        lines = (OUT / fname).read_text(encoding="utf-8").splitlines()
        if len(lines) != n_exp:
            errors.append(f"{fname}: {len(lines)} lines, expected {n_exp}")
        wc = []
        for ln, (line, (item, name, params)) in enumerate(zip(lines, rows), 1):
            obj = json.loads(line)
            if obj != item:
                errors.append(f"{fname}:{ln} round-trip mismatch")
            if set(obj) != {"messages", "domain"} or obj["domain"] != DOMAIN:
                errors.append(f"{fname}:{ln} bad keys/domain")
            msgs = obj["messages"]
            if [m["role"] for m in msgs] != ["user", "assistant"]:
                errors.append(f"{fname}:{ln} bad roles")
            q, a = msgs[0]["content"], msgs[1]["content"]
            prompts_all.append(q)
            n_chk, bad = check_expression_chains(a)
            stats["chains"] = stats.get("chains", 0) + n_chk
            errors += [f"{fname}:{ln} step arithmetic: {b}" for b in bad]
            w = words(a)
            wc.append(w)
            if not (MIN_W <= w <= MAX_W):
                errors.append(f"{fname}:{ln} answer length {w}")
            if not a.splitlines()[-1].startswith("Answer: "):
                errors.append(f"{fname}:{ln} no final Answer line")
            if name == "hand":
                for got, exp in params:
                    if not (got == exp or (isinstance(exp, float) and abs(got - exp) < 1e-9)
                            or (isinstance(exp, (int, float)) and abs(got - exp) < 1e-9)):
                        errors.append(f"{fname}:{ln} hand check failed {got} != {exp}")
            else:
                ok, msg = check_numbers(name, params, a)
                if not ok:
                    errors.append(f"{fname}:{ln} [{name}] {msg}")
        stats[fname] = wc
    dup = len(prompts_all) - len(set(prompts_all))
    if dup:
        errors.append(f"{dup} duplicate user prompts")
    # held-out prompts must not be copies (or near copies modulo numbers) of train prompts
    strip = lambda s: re.sub(r"[\d.,]+", "#", s)
    tr_shapes = {strip(it["messages"][0]["content"]) for it, _, _ in train}
    held_alt = sum(strip(it["messages"][0]["content"]) not in tr_shapes for it, _, _ in held)
    return errors, stats, held_alt


def main():
    train, held = generate()
    write(OUT / "train.jsonl", train)
    write(OUT / "heldout.jsonl", held)
    errors, stats, held_alt = validate(train, held)
    names = [n for _, n, _ in train if n != "hand"]
    print(f"templates: {len(TEMPLATES)} (programmatic), hand-written: {len(HAND_TRAIN)} train / {len(HAND_HELD)} held-out")
    print(f"template usage in train: min {min(names.count(n) for n in TEMPLATES)}, max {max(names.count(n) for n in TEMPLATES)}")
    print(f"worked-step expressions re-evaluated from text: {stats.pop('chains')}")
    for f, wc in stats.items():
        print(f"{f}: {len(wc)} rows; assistant words min {min(wc)} / mean {statistics.fmean(wc):.1f} / "
              f"median {statistics.median(wc)} / max {max(wc)}")
    print(f"held-out prompts whose wording (numbers masked) never appears in train: {held_alt}/{len(held)}")
    if errors:
        print(f"{len(errors)} VALIDATION ERRORS:")
        for e in errors[:50]:
            print("  ", e)
        sys.exit(1)
    print("validation: OK (parse, counts, roles, duplicates, lengths, independent arithmetic re-check)")


if __name__ == "__main__":
    main()
