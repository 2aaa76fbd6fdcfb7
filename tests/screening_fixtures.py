"""A fictional facility with one criterion of every kind, for the screening tests."""

import datetime as dt

from kleinschalig.dates import Duration
from kleinschalig.model import (
    CaseRecord,
    DaytimeActivity,
    IntakeFacts,
    OperatingPeriod,
    OperatingStatus,
    Referral,
    SentenceFacts,
    Severity,
    TitleHolding,
    cite,
)
from kleinschalig.model.case import ActivityKind
from kleinschalig.model.conditions import All, Compare, OneOf, SentenceWithin
from kleinschalig.model.criteria import Criterion, CriterionKind, CriterionScope, CriterionVersion
from kleinschalig.plugins import hookimpl
from tests.factories import facility

S = (cite("001:L2022-2043"),)
SCOPE = CriterionScope(facilities=("kv-proef",))


def version(rule, valid_from=None, valid_until=None):
    return CriterionVersion(S, rule, valid_from, valid_until)


CRITERIA = (
    Criterion(
        "proef.strafrestant",
        "Strafrestant",
        CriterionKind.REQUIREMENT,
        SCOPE,
        (
            version(
                SentenceWithin("remaining", Duration(weeks=2), Duration(months=6)),
                dt.date(2020, 1, 1),
                dt.date(2021, 12, 31),
            ),
            version(
                SentenceWithin("remaining", Duration(months=1), Duration(years=1)),
                dt.date(2022, 1, 1),
            ),
        ),
    ),
    Criterion(
        "proef.dagbesteding",
        "Dagbesteding",
        CriterionKind.REQUIREMENT,
        SCOPE,
        (
            version(
                All(
                    (
                        Compare("daytime_activity.hours_per_week", "ge", 24),
                        Compare("daytime_activity.employer_willing_to_be_checked", "eq", True),
                    )
                )
            ),
        ),
    ),
    Criterion(
        "proef.verslaving",
        "Ernstige verslaving",
        CriterionKind.FIXED_CONTRA_INDICATION,
        SCOPE,
        (version(OneOf("intake.addiction_problems", ("severe",))),),
    ),
    Criterion(
        "proef.vluchtgevaar",
        "Vluchtgevaar",
        CriterionKind.WEIGHED_INDICATION,
        SCOPE,
        (version(Compare("intake.escape_risk", "eq", True)),),
    ),
    Criterion(
        "proef.regiobinding",
        "Regiobinding",
        CriterionKind.PROTECTIVE_FACTOR,
        SCOPE,
        (version(Compare("intake.regional_tie", "eq", True)),),
    ),
    Criterion(
        "proef.motivatie",
        "Motivatie",
        CriterionKind.REQUIREMENT,
        SCOPE,
        (version(None),),
        inputs=("intake.motivated",),
    ),
)

HARD_ONLY = tuple(
    Criterion(
        c.id.replace("proef.", "hard."),
        c.label,
        c.kind,
        CriterionScope(facilities=("kv-hard",)),
        c.versions,
    )
    for c in CRITERIA[:3]
)


class ProefPlugin:
    def __init__(self, criteria=CRITERIA, extra=()):
        self.criteria = criteria
        self.extra = extra

    @hookimpl
    def kleinschalig_register_facilities(self, register):
        register.add(facility(code="kv-proef", accepted_titles=("gevangenisstraf",)))
        register.add(facility(code="kv-hard", accepted_titles=("gevangenisstraf",)))
        register.add(
            facility(
                code="kv-dicht", operating=OperatingPeriod(OperatingStatus.NEVER_OPENED, sources=S)
            )
        )

    @hookimpl
    def kleinschalig_register_criteria(self, register):
        for criterion in (*self.criteria, *HARD_ONLY, *self.extra):
            register.add(criterion)


def good_case(**changes) -> CaseRecord:
    """A zelfmelder who meets every requirement on 2026-09-01."""
    base = {
        "subject_id": "fictief-1",
        "case_id": "c-1",
        "legal_titles": (TitleHolding("gevangenisstraf", dt.date(2026, 9, 1)),),
        "sentence": SentenceFacts(
            imposed_length=Duration(months=9), reporting_date=dt.date(2026, 9, 1)
        ),
        "daytime_activity": DaytimeActivity(
            ActivityKind.WORK, 32, employer_willing_to_be_checked=True
        ),
        "intake": IntakeFacts(
            addiction_problems=Severity.NONE, escape_risk=True, regional_tie=True, motivated=True
        ),
        "referral": Referral(dt.date(2026, 9, 1), by="diz"),
    }
    base.update(changes)
    return CaseRecord(**base)
