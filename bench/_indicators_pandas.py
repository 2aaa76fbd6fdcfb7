"""The core indicators hand-written with pandas: the baseline of ``bench_indicators.py``.

Run as ``python _indicators_pandas.py FILE RULES ON WINDOW_YEARS`` in a fresh process.
It computes every core indicator the library computes, the way a researcher would
without the library: ``json.loads`` per line, the fields each indicator reads appended
to one list per column (one Python loop over the lines; building the frame from columns
instead of from a dict per row takes a sixth less time and half the memory), then
vectorised pandas expressions.

What the library reads as not recorded is read so here too: ``sex`` ``unknown`` and an
empty list of languages. The one indicator that needs the workflow, feedback on
placement decisions, reads the facility's rules from ``RULES`` (JSON written by the
parent from the catalogue before timing): per workflow, the roles internal to the
deciding organisation and per transition whether it is a decision owing feedback, its
fixed actor and the roles it asks for advice. Feedback is owed, per decision, to the
referrer and to every role that acted or was asked before it, except the decider and
the internal roles; it counts as sent when feedback about that decision to that role
is dated on or after it. Nothing is validated: the hand-written version trusts the
file, and knows only the workflows of the facility it was written for (an event of
another is a ``KeyError``).

Prints one JSON line: wall and CPU seconds, records, peak RSS and the values
(distributions as ``{category: count}``).
"""

from __future__ import annotations

import json
import resource
import sys
import time

import pandas as pd

BV = ("housing", "income", "debts", "id_document", "care_insurance")
DOMAINS = (
    "work_activity_education",
    "finances",
    "housing",
    "attitude_behaviour",
    "social_network",
    "leisure",
    "psychological_wellbeing",
    "substance_use",
)
RECIDIVISM = ("pretrial_detention", "conviction", "police_incident", "police_report")
PRESENT = ("present", "severe")
MET = ("met", "not_applicable")


def feedback(d: dict, rules: dict) -> tuple[int, int]:  # type: ignore[type-arg]
    """(owed, sent) feedback for the decisions in one record's event log."""
    events = d.get("events")
    if not events:
        return 0, 0
    sent: dict[tuple[str, str, str], list[str]] = {}
    for e in events:
        if e["type"] == "feedback":
            sent.setdefault((e["workflow"], e["about"], e["recipient"]), []).append(e["date"])
    referrer = (d.get("referral") or {}).get("by")
    before: dict[str, set[str | None]] = {}
    owed = done = 0
    for e in events:
        if e["type"] != "transition":
            continue
        workflow = e["workflow"]
        rule = rules[workflow]
        is_decision, actor, asked = rule["transitions"][e["transition"]]
        roles = before.setdefault(workflow, {referrer})
        if is_decision:
            decider = e.get("actor") or actor
            for role in roles - {None, decider} - rule["internal"]:
                owed += 1
                dates = sent.get((workflow, e["transition"], role), ())  # type: ignore[arg-type]
                done += any(date >= e["date"] for date in dates)
        roles.add(e.get("actor") or actor)
        roles.update(asked)
    return owed, done


def main() -> None:
    path, rules_path, on, years = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with open(rules_path, encoding="utf-8") as stream:
        rules = json.load(stream)
    for rule in rules.values():
        rule["internal"] = set(rule["internal"])
    start, cpu = time.perf_counter(), time.process_time()
    columns: dict[str, list[object]] = {}
    recidivism: list[tuple[int, str, str]] = []
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            d = json.loads(line)
            p = d.get("placement") or {}
            i = d.get("intake") or {}
            languages = i.get("languages")
            owed, sent = feedback(d, rules)
            row = {
                "decision": p.get("decision"),
                "inflow": p.get("inflow_date"),
                "outflow": p.get("outflow_date"),
                "reason": p.get("outflow_reason"),
                "exception": p.get("admitted_by_exception"),
                "referred_by": (d.get("referral") or {}).get("by"),
                "referred_on": (d.get("referral") or {}).get("date"),
                "sex": None if d.get("sex") == "unknown" else d.get("sex"),
                "offence": i.get("offence_type"),
                "prior": i.get("prior_offences"),
                "prior_count": i.get("prior_offence_count"),
                "group_suitable": i.get("group_suitable"),
                "dutch": "nl" in languages if languages else None,
                "motivated": i.get("motivated"),
                "addiction": i.get("addiction_problems"),
                "psychiatric": i.get("psychiatric_problems"),
                "lvb": i.get("intellectual_disability"),
                "regional_tie": i.get("regional_tie"),
                "activity": (d.get("daytime_activity") or {}).get("kind"),
                "fb_owed": owed,
                "fb_sent": sent,
            }
            bv = {m["moment"]: m for m in d.get("basisvoorwaarden", [])}
            ld = {m["moment"]: m for m in d.get("life_domains", [])}
            for moment in ("t0", "t1"):
                m = bv.get(moment)
                for name in BV:
                    row[f"bv_{name}_{moment}"] = None if m is None else m.get(name, "unknown")
                s = ld.get(moment) or {}
                for domain in DOMAINS:
                    row[f"{domain}_{moment}"] = s.get(domain)
            for event in d.get("recidivism", ()):
                recidivism.append((number, event["type"], event["date"]))
            if not columns:
                columns = {name: [] for name in row}
            for name, value in row.items():
                columns[name].append(value)
    df = pd.DataFrame(columns)
    values: dict[str, object] = {}
    placed = df["decision"] == "placed"

    def share(column: str, mask: pd.Series = placed) -> float | None:  # type: ignore[type-arg]
        known = df.loc[mask, column].dropna()
        return None if known.empty else float(known.astype(bool).mean())

    def one_of(column: str, accepted: tuple[str, ...], mask: pd.Series = placed) -> float | None:  # type: ignore[type-arg]
        known = df.loc[mask, column].dropna()
        return None if known.empty else float(known.isin(accepted).mean())

    def counts(column: str, mask: pd.Series) -> dict[str, int]:  # type: ignore[type-arg]
        return {str(k): int(v) for k, v in df.loc[mask, column].value_counts().items()}

    decided = df["decision"].notna() & (df["decision"] != "pending")
    values["core.in.geplaatst"] = one_of("decision", ("placed",), decided)
    values["core.in.aanbod-afgeslagen"] = one_of("decision", ("declined",), decided)
    values["core.in.uitzondering"] = share("exception")
    values["core.in.verwijzer"] = counts("referred_by", df["referred_on"].notna())
    owed = int(df["fb_owed"].sum())
    values["core.in.terugkoppeling"] = None if owed == 0 else float(df["fb_sent"].sum() / owed)
    values["core.tg.geslacht"] = counts("sex", placed)
    values["core.tg.delict"] = counts("offence", placed)
    values["core.tg.eerdere-delicten"] = share("prior")
    prior = df.loc[placed, "prior_count"].dropna()
    values["core.tg.aantal-eerdere-delicten"] = None if prior.empty else float(prior.mean())
    values["core.tg.groepsgeschikt"] = share("group_suitable")
    values["core.tg.nederlandstalig"] = share("dutch")
    values["core.tg.gemotiveerd"] = share("motivated")
    values["core.tg.verslaving"] = one_of("addiction", PRESENT)
    values["core.tg.psychiatrie"] = one_of("psychiatric", PRESENT)
    values["core.tg.lvb"] = share("lvb")
    values["core.tg.regiobinding"] = share("regional_tie")
    values["core.tg.dagbesteding"] = counts("activity", placed)

    # Stay length and recidivism count every record with an outflow date, whatever
    # its decision; the share placed back only those placed.
    left = df[df["outflow"].notna()]
    inflow, outflow = pd.to_datetime(left["inflow"]), pd.to_datetime(left["outflow"])
    stay = (outflow - inflow).dt.days.dropna()
    values["core.of.verblijfsduur"] = None if stay.empty else float(stay.mean())
    values["core.of.teruggeplaatst"] = one_of(
        "reason", ("placed_back",), placed & df["outflow"].notna()
    )

    for moment in ("t0", "t1"):
        columns = [f"bv_{name}_{moment}" for name in BV]
        for name, column in zip(BV, columns, strict=True):
            statuses = df.loc[placed, column].dropna()
            statuses = statuses[statuses != "unknown"]
            values[f"core.st.bv.{name}.{moment}"] = (
                None if statuses.empty else float(statuses.isin(MET).mean())
            )
        every = df.loc[placed, columns].dropna()
        every = every[(every != "unknown").all(axis=1)]
        values[f"core.st.basisvoorwaarden.{moment}"] = (
            None if every.empty else float(every.isin(MET).all(axis=1).mean())
        )
    for domain in DOMAINS:
        both = df.loc[placed, [f"{domain}_t0", f"{domain}_t1"]].dropna()
        values[f"core.lt.leefgebied.{domain}"] = (
            None if both.empty else float((both[f"{domain}_t1"] - both[f"{domain}_t0"]).mean())
        )

    end = outflow + pd.DateOffset(years=years)
    due = pd.DataFrame({"outflow": outflow, "end": end})[end <= pd.Timestamp(on)]
    events = pd.DataFrame(recidivism, columns=["row", "type", "date"])
    events["date"] = pd.to_datetime(events["date"])
    events = events.join(due, on="row", how="inner")
    events = events[(events["date"] > events["outflow"]) & (events["date"] <= events["end"])]
    for kind in RECIDIVISM:
        hit = events.loc[events["type"] == kind, "row"].unique()
        values[f"core.fg.{kind}"] = None if due.empty else float(due.index.isin(hit).mean())
    values["core.fg.recidive"] = (
        None if due.empty else float(due.index.isin(events["row"].unique()).mean())
    )

    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "cpu": cpu,
                "records": len(df),
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "values": values,
            }
        )
    )


if __name__ == "__main__":
    main()
