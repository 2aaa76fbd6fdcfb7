"""``kleinschalig vi --start DATE --length LENGTH (--judgment-date DATE | --rule …) [...]``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from kleinschalig.cli._common import add_format, add_lang, error_lines, print_json, t
from kleinschalig.errors import ErrorDetail, InvalidValue
from kleinschalig.i18n import N_

if TYPE_CHECKING:
    from kleinschalig.model.sources import Source
    from kleinschalig.rules.vi import VIResult

#: The rule codes ``--rule`` accepts (kept in step with ``VI_RULES`` by a test).
RULE_CODES = ("current", "proposed-2018", "wsb-2021")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", required=True, help="start of execution, YYYY-MM-DD")
    parser.add_argument("--length", required=True, help="sentence length: 18m, 3y, 45d, 1y6m")
    parser.add_argument(
        "--judgment-date",
        metavar="DATE",
        help="date of the judgment in the last factual instance, YYYY-MM-DD; chooses the rule",
    )
    parser.add_argument(
        "--rule", choices=RULE_CODES, default=None, help="choose the rule by hand instead"
    )
    parser.add_argument(
        "--rounding",
        choices=("raise", "down", "up"),
        default="raise",
        help="what to do with a non-existent day or a fraction (default: refuse)",
    )
    add_format(parser)
    add_lang(parser)


def _source_dict(source: Source) -> dict[str, str]:
    data = {"citation": source.citation}
    url = getattr(source, "url", None)
    if url:
        data["url"] = url
    return data


def _as_json(result: VIResult) -> dict[str, Any]:
    from kleinschalig.rules.vi import VI_RULES

    rule = VI_RULES[result.rule]
    data: dict[str, Any] = {
        "rule": result.rule,
        "reason": result.reason.value,
        "judgment_date": result.judgment_date.isoformat() if result.judgment_date else None,
    }
    if result.judgment_rule is not None:
        data["judgment_rule"] = result.judgment_rule
    data |= {
        "start_date": result.start_date.isoformat(),
        "length": str(result.length),
        "end_date": result.end_date.isoformat(),
        "eligible": result.eligible,
        "vi_date": result.vi_date.isoformat() if result.vi_date else None,
        "vi_period_days": result.vi_period.days,
        "cap_applied": result.cap_applied,
        "method": result.method,
        "decision": result.decision.value,
        "criteria": [c.code for c in rule.criteria],
        "rule_sources": [_source_dict(s) for s in rule.sources],
        "reason_sources": [_source_dict(s) for s in result.reason_sources],
    }
    return data


def _cited(sources: tuple[Source, ...]) -> str:
    return ", ".join(
        s.citation + (f" <{url}>" if (url := getattr(s, "url", None)) else "") for s in sources
    )


def _print_text(result: VIResult, lang: str) -> None:
    from kleinschalig.i18n import format_date, translate
    from kleinschalig.rules.vi import VI_RULES, DecisionMode, RuleChoice

    rule = VI_RULES[result.rule]
    choice = RuleChoice(rule, result.reason, result.judgment_date)
    print(t(N_("Regel: {rule}"), lang, rule=translate(rule.label, lang)))
    print(t(N_("Waarom: {reason}"), lang, reason=choice.explanation(lang)))
    if result.reason_sources:
        print(f"  [{_cited(result.reason_sources)}]")
    if result.judgment_rule is not None and result.judgment_rule != result.rule:
        print(
            t(
                N_("Let op: op de datum van de uitspraak geldt regel {rule}."),
                lang,
                rule=result.judgment_rule,
            )
        )
    print(t(N_("Einde straf: {date}"), lang, date=format_date(result.end_date, lang)))
    if result.vi_date is None:
        print(t(N_("Geen v.i.: de straf is korter dan één jaar."), lang))
    else:
        print(t(N_("v.i.-datum: {date}"), lang, date=format_date(result.vi_date, lang)))
        print(t(N_("v.i.-periode: {days} dagen"), lang, days=str(result.vi_period.days)))
        if result.cap_applied:
            print(t(N_("De v.i.-periode is begrensd op twee jaar."), lang))
        if rule.decision is DecisionMode.AUTOMATIC:
            print(
                t(
                    N_(
                        "v.i. volgt van rechtswege, tenzij de rechter op vordering van het OM "
                        "anders beslist."
                    ),
                    lang,
                )
            )
        else:
            print(t(N_("Het OM beslist per persoon of v.i. wordt verleend en weegt:"), lang))
            for criterion in rule.criteria:
                cited = ", ".join(s.citation for s in criterion.sources)
                print(f"  - {translate(criterion.label, lang)} [{cited}]")
            print(
                t(
                    N_(
                        "De bibliotheek neemt die beslissing niet: een gewogen beslissing "
                        "vraagt een professional."
                    ),
                    lang,
                )
            )
    print(t(N_("Bronnen van de regel:"), lang))
    for source in rule.sources:
        print(f"  - {_cited((source,))}")


def run(args: argparse.Namespace) -> int:
    from kleinschalig.dates import DateArithmeticError, Duration, Rounding, parse_date
    from kleinschalig.rules.vi import VIRuleError, choose_rule, vi_date

    errors: list[ErrorDetail] = []
    try:
        start = parse_date(args.start)
    except InvalidValue as exc:
        errors.append(exc.detail("start"))
    try:
        length = Duration.parse(args.length)
    except InvalidValue as exc:
        errors.append(exc.detail("length"))
    judgment = None
    if args.judgment_date is not None:
        try:
            judgment = parse_date(args.judgment_date)
        except InvalidValue as exc:
            errors.append(exc.detail("judgment_date"))
    if args.judgment_date is None or judgment is not None:
        try:
            choose_rule(args.rule, judgment)
        except VIRuleError as exc:
            errors.append(exc.detail)
    if not errors:
        try:
            result = vi_date(
                start, length, args.rule, Rounding(args.rounding), judgment_date=judgment
            )
        except DateArithmeticError as exc:
            # out of range: the length carries the start beyond year 9999
            out = exc.detail.code == "date.out_of_range"
            errors.append(exc.detail.under("length") if out else exc.detail)
    if errors:
        if args.format == "json":
            print_json({"valid": False, "errors": [e.to_dict(args.lang) for e in errors]})
        else:
            print("\n".join(error_lines(errors, args.lang)), file=sys.stderr)
        return 1
    if args.format == "json":
        print_json(_as_json(result))
    else:
        _print_text(result, args.lang)
    return 0
