"""``kleinschalig indicators FILE --facility CODE [--from DATE --to DATE] [--on DATE]
[--window DURATION] [--format table|csv|json] [--plot DIR] [--lang nl|en]``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kleinschalig.cli._common import (
    add_lang,
    input_limits,
    load_host,
    print_json,
    t,
    unknown_facility,
)
from kleinschalig.i18n import N_, translate

if TYPE_CHECKING:
    from kleinschalig.indicators import IndicatorReport, Table


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="case records as JSON Lines ('-': stdin)")
    parser.add_argument(
        "--facility",
        metavar="CODE",
        required=True,
        action="append",
        help="the facility (once: a report is about one facility)",
    )
    parser.add_argument("--from", dest="start", metavar="DATE", help="cohort period start")
    parser.add_argument("--to", dest="end", metavar="DATE", help="cohort period end")
    parser.add_argument("--on", metavar="DATE", help="reference date (default: --to, or today)")
    parser.add_argument(
        "--window", metavar="DURATION", help="recidivism window after outflow, e.g. 2y"
    )
    parser.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="default: table"
    )
    parser.add_argument("--plot", metavar="DIR", help="also write PNG plots into DIR")
    add_lang(parser)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from kleinschalig.dates import Duration, parse_date
    from kleinschalig.errors import InvalidValue
    from kleinschalig.indicators import FunnelRun, IndicatorRun, JsonlReader, OccupancyRun

    lang = args.lang
    if len(set(args.facility)) > 1:
        print(
            t(
                N_(
                    "--facility is meer dan eens gegeven ({codes}): een rapport gaat over één "
                    "voorziening. Maak een rapport per voorziening; vergelijken is nog niet "
                    "gebouwd."
                ),
                lang,
                codes=", ".join(dict.fromkeys(args.facility)),
            ),
            file=sys.stderr,
        )
        return 2
    args.facility = args.facility[0]
    try:
        start = parse_date(args.start) if args.start else None
        end = parse_date(args.end) if args.end else None
        on = parse_date(args.on) if args.on else (end or dt.date.today())
        window = Duration.parse(args.window) if args.window else None
    except InvalidValue as exc:
        return _fail(f"{exc.detail().message(lang)} [{exc.code}]")
    limits = input_limits(args)
    if isinstance(limits, int):
        return limits
    host = load_host(args)
    if isinstance(host, int):
        return host
    catalogue = host.catalogue
    if args.facility not in catalogue.facilities:
        return _fail(unknown_facility(args.facility, catalogue, lang))
    facility = catalogue.facility(args.facility)
    if args.file != "-" and not Path(args.file).is_file():
        print(t(N_("Bestand niet gevonden: {file}"), lang, file=args.file), file=sys.stderr)
        return 2
    period_start = start or facility.operating.opened_on or facility.operating.known_open_on
    period_end = end or facility.operating.closed_on or on
    indicators = IndicatorRun(
        catalogue.indicators_for(facility.code),
        on=on,
        start=start,
        end=end,
        window=window,
        catalogue=catalogue,
    )
    occupancy = (
        OccupancyRun(facility, period_start, period_end)
        if period_start is not None and period_start <= period_end
        else None
    )
    funnel = FunnelRun(catalogue, facility.code)
    other = 0
    tty = sys.stderr.isatty()

    def progress(lines: int) -> None:
        if tty:
            print(f"\r{lines:,} …", end="", file=sys.stderr, flush=True)

    # bytes, split on \n only: a bad byte or a carriage return concerns its own line
    stream: Any = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    try:
        reader = JsonlReader(stream, progress=progress, limits=limits)
        for case in reader:
            if case.facility != facility.code:
                other += 1
                continue
            indicators.add(case)
            funnel.add(case)
            if occupancy is not None:
                occupancy.add(case)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if tty:
        print("\r", end="", file=sys.stderr)
    totals = reader.totals()
    totals_line = t(
        N_("{read} regels gelezen: {valid} geldig, {invalid} ongeldig, {duplicates} dubbel."),
        lang,
        **{k: str(v) for k, v in totals.items()},
    )
    if reader.duplicates:
        warning = t(
            N_(
                "{count} regels herhalen een eerder gelezen case_id: alleen de eerste "
                "regel telt, de herhalingen zijn overgeslagen (regels: {lines})."
            ),
            lang,
            count=str(len(reader.duplicates)),
            lines=", ".join(str(d.line) for d in reader.duplicates),
        )
        print(t(N_("waarschuwing: {line}"), lang, line=warning), file=sys.stderr)
    status = 0
    if reader.valid == 0:
        print(t(N_("Geen enkele geldige regel gelezen."), lang), file=sys.stderr)
        status = 1
    report = indicators.report()
    occupied = occupancy.report() if occupancy is not None else None
    funnelled = funnel.report()
    if args.plot:
        _plots(Path(args.plot), report, occupied, funnelled, lang)
    if args.format == "json":
        data = report.to_dict(lang)
        data |= {
            "facility": facility.code,
            "lines": reader.lines,
            "totals": totals,
            "duplicate_lines": [
                {"line": d.line, "first_line": d.first_line} for d in reader.duplicates
            ],
            "invalid_lines": [
                {"line": e.line, "errors": [d.to_dict(lang) for d in e.errors]}
                for e in reader.invalid
            ],
            "other_facilities": other,
            "occupancy": None
            if occupied is None
            else {
                "start": occupied.start.isoformat(),
                "end": occupied.end.isoformat(),
                "bed_days": occupied.bed_days,
                "capacity_days": occupied.capacity_days,
                "bed_days_without_capacity": occupied.bed_days_without_capacity,
                "occupancy": occupied.occupancy,
                "months": occupied.per("month").to_records(),
                "quarters": occupied.per("quarter").to_records(),
                "years": occupied.per("year").to_records(),
                "warnings": [
                    {"code": w.code, "case_id": w.case_id, "message": w.message(lang)}
                    for w in occupied.warnings
                ],
            },
            "funnel": funnelled.table().to_records(),
        }
        print_json(data)
        return status
    table = report.table(lang)
    if args.format == "csv":
        print(table.to_csv(), end="")
        if reader.invalid:
            lines = ", ".join(str(e.line) for e in reader.invalid)
            message = t(N_("Ongeldige regels overgeslagen: {lines}"), lang, lines=lines)
            print(message, file=sys.stderr)
        print(totals_line, file=sys.stderr)
        return status
    print(_for_terminal(table).to_text(), end="")
    for note, ids in _notes(report, lang).items():
        print(f"— {note} ({', '.join(ids)})")
    summary = t(
        N_(
            "{records} dossiers van {facility}; {invalid} ongeldige regels; "
            "{other} van andere voorzieningen."
        ),
        lang,
        records=str(report.records),
        facility=facility.code,
        invalid=str(len(reader.invalid)),
        other=str(other),
    )
    print(summary)
    print(totals_line)
    if occupied is not None and occupied.occupancy is not None:
        print(
            t(
                N_("Bezetting {start} – {end}: {bed_days} ligdagen, {share} van de capaciteit."),
                lang,
                start=occupied.start.isoformat(),
                end=occupied.end.isoformat(),
                bed_days=str(occupied.bed_days),
                share=f"{occupied.occupancy:.0%}",
            )
        )
    return status


def _for_terminal(table: Table) -> Table:
    """The report table with each category shown indented under its indicator's id."""
    from kleinschalig.indicators import Table

    columns = tuple(c for c in table.columns if c not in ("category", "category_label", "note"))
    rows = []
    for record in table.to_records():
        if record["category"] is not None:
            category = record["category_label"] or record["category"]
            record |= {"id": f"  · {category}", "label": "", "level": "", "moment": ""}
            record |= {"in_scope": "", "coverage": "", "excluded": ""}
        rows.append(record)
    return Table.from_records(rows, columns)


def _notes(report: IndicatorReport, lang: str) -> dict[str, list[str]]:
    """The indicators of each note, in report order: one line per note under the table."""
    notes: dict[str, list[str]] = {}
    for result in report.results:
        if result.note:
            notes.setdefault(translate(result.note, lang), []).append(result.id)
    return notes


def _plots(directory: Path, report: Any, occupied: Any, funnelled: Any, lang: str) -> None:
    from kleinschalig.indicators.plots import plot_basisvoorwaarden, plot_funnel, plot_occupancy

    directory.mkdir(parents=True, exist_ok=True)
    if occupied is not None:
        plot_occupancy(occupied, directory / "occupancy.png", lang)
    plot_funnel(funnelled, directory / "funnel.png", lang)
    plot_basisvoorwaarden(report, directory / "basisvoorwaarden.png", lang)
