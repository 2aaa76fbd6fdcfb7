"""JSON round trip of a CaseRecord: kleinschalig (attrs + cattrs) against pydantic v2.

Both sides do the same work on the same document: parse the JSON text, validate it
into frozen model objects (dates as ``datetime.date``, enums as enum members), and
write it back as JSON with default values left out. For invalid input both sides
collect every error with its path.

Run with ``python bench/bench_json.py``. The script is a report: it always exits 0
and prints ``TARGET MET`` or ``TARGET MISSED`` for the target below.

Target: on valid input kleinschalig is at most as slow as pydantic (ratio <= 1.0x).
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import sys
import time
from collections.abc import Callable
from typing import Annotated, Any, Final, Self, TypeVar

import pydantic
from _harness import loop
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import ErrorDetails

import kleinschalig
from kleinschalig import CaseRecord, ErrorDetail, ValidationFailed, dump_json, load_json
from kleinschalig.codec import structure, unstructure
from kleinschalig.model.basisvoorwaarden import BVStatus, MeasurementMoment
from kleinschalig.model.case import (
    ActivityKind,
    OffenceType,
    PlacementDecision,
    RecidivismType,
    Severity,
)
from kleinschalig.model.common import Jurisdiction, Sex

#: Valid-input ratio kleinschalig/pydantic that counts as "target met".
TARGET_RATIO: Final = 1.0
ROUNDS: Final = 7
#: Wall time one benchmark should take per round; sets the loop count N.
ROUND_SECONDS: Final = 0.25

# --------------------------------------------------------------------------------------
# The documents. Everything below is synthetic: no real person, facility or case.
# --------------------------------------------------------------------------------------

VALID_DOCUMENT: Final = {
    "subject_id": "synthetic-0001",
    "case_id": "synthetic-case-0001",
    "jurisdiction": "adult",
    "facility": "kv-voorbeeldstad",
    "sex": "male",
    "birth_date": "1991-03-14",
    "residence": {
        "municipality": "Voorbeeldstad",
        "municipality_code": "GM9999",
        "region": "Regio Voorbeeld",
    },
    "legal_titles": [
        {
            "title": "gevangenisstraf",
            "since": "2025-03-03",
            "until": "2026-09-02",
            "decided_by": "om",
        },
        {
            "title": "reintegratieverlof.extramurale_arbeid",
            "since": "2026-01-05",
            "phase": "extramuraal",
            "decided_by": "pi_directie",
        },
    ],
    "sentence": {"imposed_length": "1y6m", "start_date": "2025-03-03"},
    "daytime_activity": {
        "kind": "work",
        "hours_per_week": 32.5,
        "since": "2026-01-12",
        "employer_willing_to_be_checked": True,
        "travel_minutes_one_way": 25,
        "distance_km": 14.2,
    },
    "intake": {
        "offence_type": "property",
        "prior_offences": True,
        "prior_offence_count": 2,
        "languages": ["nl", "en"],
        "regional_tie": True,
        "outflow_municipality": "Voorbeeldstad",
        "distance_to_outflow_municipality_km": 12.0,
        "group_suitable": True,
        "motivated": True,
        "psychiatric_problems": "none",
        "addiction_problems": "present",
        "care_problems": "none",
        "intellectual_disability": False,
        "suspected_serious_violent_or_sexual_offence": False,
        "escape_risk": False,
        "violence_risk": False,
        "history_with_staff": False,
    },
    "basisvoorwaarden": [
        {
            "moment": "t0",
            "date": "2025-12-15",
            "housing": "missing",
            "income": "in_progress",
            "debts": "missing",
            "id_document": "met",
            "care_insurance": "met",
            "debts_present": True,
            "care_need": True,
        },
        {
            "moment": "t1",
            "date": "2026-08-31",
            "housing": "met",
            "income": "met",
            "debts": "in_progress",
            "id_document": "met",
            "care_insurance": "met",
            "debts_present": True,
            "care_need": False,
        },
    ],
    "life_domains": [
        {
            "moment": "t0",
            "date": "2025-12-15",
            "work_activity_education": -1,
            "finances": -2,
            "housing": -2,
            "attitude_behaviour": 0,
            "social_network": 1,
            "leisure": 0,
            "psychological_wellbeing": -1,
            "substance_use": -1,
        },
        {
            "moment": "t1",
            "date": "2026-08-31",
            "work_activity_education": 2,
            "finances": 0,
            "housing": 1,
            "attitude_behaviour": 1,
            "social_network": 1,
            "leisure": 1,
            "psychological_wellbeing": 1,
            "substance_use": 0,
        },
    ],
    "consents": [
        {
            "partner": "gemeente",
            "scope": ["information_exchange", "housing_application"],
            "given_on": "2025-12-10",
        },
        {
            "partner": "werkgever",
            "scope": ["employer_contact"],
            "given_on": "2025-12-10",
            "withdrawn_on": "2026-09-02",
        },
    ],
    "referral": {"date": "2025-11-24", "by": "casemanager", "route": "pi_selection"},
    "placement": {
        "decision": "placed",
        "decision_date": "2025-12-08",
        "inflow_date": "2025-12-15",
        "outflow_date": "2026-09-02",
    },
    "recidivism": [{"type": "police_incident", "date": "2027-02-11", "source": "politie"}],
    "notes": "Synthetic record for benchmarking only; describes no real person.",
}


def _invalid_document() -> dict[str, Any]:
    """The valid document with five independent errors, one of each kind."""
    doc: dict[str, Any] = json.loads(json.dumps(VALID_DOCUMENT))
    doc["nickname"] = "not a field"  # unknown key
    doc["sex"] = "m"  # wrong enum value
    doc["sentence"]["start_date"] = "2025-02-30"  # date that does not exist
    doc["daytime_activity"]["hours_per_week"] = -4  # below minimum 0
    doc["intake"]["prior_offence_count"] = "2"  # string where an integer belongs
    return doc


VALID_TEXT: Final = json.dumps(VALID_DOCUMENT, ensure_ascii=False)
INVALID_TEXT: Final = json.dumps(_invalid_document(), ensure_ascii=False)
EXPECTED_INVALID_ERRORS: Final = 5

# --------------------------------------------------------------------------------------
# The pydantic baseline: the same model tree, the same constraints, no coercion.
# Enums are kleinschalig's own StrEnum classes so that the allowed values cannot drift.
# --------------------------------------------------------------------------------------

_ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
_CODE_PATTERN: Final = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
# Compact ("1y6m") or ISO 8601 ("P1Y6M"); the minimum length rules out "" and "P".
_DURATION_PATTERN: Final = (
    r"^(?:(?:\d+y)?(?:\d+m)?(?:\d+w)?(?:\d+d)?|P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?)$"
)


def _not_bsn(value: str) -> str:
    if len(value) in (8, 9) and value.isascii() and value.isdigit():
        raise ValueError("looks like a BSN")
    return value


T = TypeVar("T")


def _unique_by(key: Callable[[T], object]) -> Callable[[tuple[T, ...]], tuple[T, ...]]:
    def check(items: tuple[T, ...]) -> tuple[T, ...]:
        keys = [key(item) for item in items]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate value")
        return items

    return check


def _check_order(earlier: dt.date | None, later: dt.date | None) -> None:
    if earlier is not None and later is not None and later < earlier:
        raise ValueError("date before the earlier date")


SubjectId = Annotated[str, Field(pattern=_ID_PATTERN), AfterValidator(_not_bsn)]
Identifier = Annotated[str, Field(pattern=_ID_PATTERN)]
Code = Annotated[str, Field(pattern=_CODE_PATTERN)]
DurationText = Annotated[str, Field(pattern=_DURATION_PATTERN, min_length=2)]
Score = Annotated[int, Field(ge=-2, le=2)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PResidence(_Model):
    municipality: str | None = None
    municipality_code: Annotated[str, Field(pattern=r"^GM\d{4}$")] | None = None
    region: str | None = None


class PTitleHolding(_Model):
    title: Code
    since: dt.date | None = None
    until: dt.date | None = None
    phase: Code | None = None
    decided_by: Code | None = None

    @model_validator(mode="after")
    def _order(self) -> Self:
        _check_order(self.since, self.until)
        return self


class PSentenceFacts(_Model):
    imposed_length: DurationText | None = None
    start_date: dt.date | None = None
    expected_length: DurationText | None = None
    reporting_date: dt.date | None = None


class PDaytimeActivity(_Model):
    kind: ActivityKind
    hours_per_week: float | None = Field(default=None, ge=0, le=168)
    since: dt.date | None = None
    employer_willing_to_be_checked: bool | None = None
    travel_minutes_one_way: int | None = Field(default=None, ge=0, le=1440)
    distance_km: float | None = Field(default=None, ge=0)


class PIntakeFacts(_Model):
    offence_type: OffenceType | None = None
    prior_offences: bool | None = None
    prior_offence_count: int | None = Field(default=None, ge=0)
    languages: Annotated[tuple[str, ...], AfterValidator(_unique_by(lambda code: code))] = ()
    regional_tie: bool | None = None
    outflow_municipality: str | None = None
    distance_to_outflow_municipality_km: float | None = Field(default=None, ge=0)
    group_suitable: bool | None = None
    motivated: bool | None = None
    psychiatric_problems: Severity | None = None
    addiction_problems: Severity | None = None
    care_problems: Severity | None = None
    intellectual_disability: bool | None = None
    suspected_serious_violent_or_sexual_offence: bool | None = None
    escape_risk: bool | None = None
    violence_risk: bool | None = None
    history_with_staff: bool | None = None


class PBasisvoorwaardenMeasurement(_Model):
    moment: MeasurementMoment
    date: dt.date | None = None
    housing: BVStatus = BVStatus.UNKNOWN
    income: BVStatus = BVStatus.UNKNOWN
    debts: BVStatus = BVStatus.UNKNOWN
    id_document: BVStatus = BVStatus.UNKNOWN
    care_insurance: BVStatus = BVStatus.UNKNOWN
    debts_present: bool | None = None
    care_need: bool | None = None


class PLifeDomainScores(_Model):
    moment: MeasurementMoment
    date: dt.date | None = None
    work_activity_education: Score | None = None
    finances: Score | None = None
    housing: Score | None = None
    attitude_behaviour: Score | None = None
    social_network: Score | None = None
    leisure: Score | None = None
    psychological_wellbeing: Score | None = None
    substance_use: Score | None = None


class PConsent(_Model):
    partner: Code
    scope: tuple[str, ...] = Field(min_length=1)
    given_on: dt.date
    withdrawn_on: dt.date | None = None

    @model_validator(mode="after")
    def _order(self) -> Self:
        _check_order(self.given_on, self.withdrawn_on)
        return self


class PReferral(_Model):
    date: dt.date
    by: Code | None = None
    route: Code | None = None


class PPlacementFacts(_Model):
    decision: PlacementDecision = PlacementDecision.PENDING
    decision_date: dt.date | None = None
    inflow_date: dt.date | None = None
    outflow_date: dt.date | None = None

    @model_validator(mode="after")
    def _order(self) -> Self:
        _check_order(self.inflow_date, self.outflow_date)
        return self


class PRecidivismEvent(_Model):
    type: RecidivismType
    date: dt.date
    source: Code | None = None


def _moment(m: PBasisvoorwaardenMeasurement | PLifeDomainScores) -> MeasurementMoment:
    return m.moment


class PCaseRecord(_Model):
    subject_id: SubjectId
    case_id: Identifier
    jurisdiction: Jurisdiction = Jurisdiction.ADULT
    facility: Code | None = None
    sex: Sex = Sex.UNKNOWN
    birth_date: dt.date | None = None
    residence: PResidence | None = None
    legal_titles: tuple[PTitleHolding, ...] = ()
    sentence: PSentenceFacts | None = None
    daytime_activity: PDaytimeActivity | None = None
    intake: PIntakeFacts | None = None
    basisvoorwaarden: Annotated[
        tuple[PBasisvoorwaardenMeasurement, ...], AfterValidator(_unique_by(_moment))
    ] = ()
    life_domains: Annotated[tuple[PLifeDomainScores, ...], AfterValidator(_unique_by(_moment))] = ()
    consents: tuple[PConsent, ...] = ()
    referral: PReferral | None = None
    placement: PPlacementFacts | None = None
    recidivism: tuple[PRecidivismEvent, ...] = ()
    notes: str | None = None


# --------------------------------------------------------------------------------------
# The four operations under test.
# --------------------------------------------------------------------------------------


def ks_valid() -> str:
    return dump_json(load_json(VALID_TEXT, CaseRecord))


def pyd_valid() -> str:
    return PCaseRecord.model_validate_json(VALID_TEXT).model_dump_json(exclude_defaults=True)


def ks_errors() -> tuple[ErrorDetail, ...]:
    try:
        load_json(INVALID_TEXT, CaseRecord)
    except ValidationFailed as exc:
        return exc.errors
    raise AssertionError("invalid document was accepted by kleinschalig")


def pyd_errors() -> list[ErrorDetails]:
    try:
        PCaseRecord.model_validate_json(INVALID_TEXT)
    except ValidationError as exc:
        return list(exc.errors(include_url=False))
    raise AssertionError("invalid document was accepted by pydantic")


_PARSED: Final = json.loads(VALID_TEXT)
_CASE: Final = load_json(VALID_TEXT, CaseRecord)
_PLAIN: Final = unstructure(_CASE)

#: The steps of ``ks_valid``, timed separately to show where the time goes.
KS_STEPS: Final[dict[str, Callable[[], object]]] = {
    "  json.loads (stdlib)": lambda: json.loads(VALID_TEXT),
    "  structure (cattrs)": lambda: structure(_PARSED, CaseRecord),
    "  unstructure (cattrs)": lambda: unstructure(_CASE),
    "  json.dumps (stdlib)": lambda: json.dumps(_PLAIN, ensure_ascii=False),
}


# --------------------------------------------------------------------------------------
# Checks that the comparison is fair before anything is timed.
# --------------------------------------------------------------------------------------


def check_equivalence() -> None:
    """Fail loudly unless both sides accept, emit and reject the same things."""
    ks_out = json.loads(ks_valid())
    pyd_out = json.loads(pyd_valid())
    if ks_out != pyd_out:
        diff = sorted(k for k in ks_out.keys() | pyd_out.keys() if ks_out.get(k) != pyd_out.get(k))
        raise SystemExit(f"outputs differ at top-level keys {diff}")
    # Defaults are omitted on dump: "jurisdiction": "adult" is the only one in the input.
    if set(VALID_DOCUMENT) - set(ks_out) != {"jurisdiction"}:
        raise SystemExit(f"unexpected omitted keys: {set(VALID_DOCUMENT) - set(ks_out)}")
    ks_count, pyd_count = len(ks_errors()), len(pyd_errors())
    if ks_count != EXPECTED_INVALID_ERRORS or pyd_count != EXPECTED_INVALID_ERRORS:
        raise SystemExit(
            f"expected {EXPECTED_INVALID_ERRORS} errors, got kleinschalig={ks_count}, "
            f"pydantic={pyd_count}"
        )


# --------------------------------------------------------------------------------------
# Timing.
# --------------------------------------------------------------------------------------


def _calibrate(func: Callable[[], object]) -> int:
    """A loop count that makes one round of ``func`` take about ROUND_SECONDS."""
    loops = 10
    while True:
        per_call = loop(func, loops)
        if per_call * loops >= 0.05:
            return max(10, int(ROUND_SECONDS / per_call))
        loops *= 4


def measure(cases: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best seconds per call of each case: ROUNDS rounds, cases interleaved, order rotated."""
    loops = {name: _calibrate(func) for name, func in cases.items()}
    best = dict.fromkeys(cases, float("inf"))
    names = list(cases)
    for round_no in range(ROUNDS):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            best[name] = min(best[name], loop(cases[name], loops[name]))
    return best


def main() -> int:
    started = time.perf_counter()
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"kleinschalig {kleinschalig.__version__}, pydantic {pydantic.VERSION}"
    )
    print(f"document: {len(VALID_TEXT.encode())} bytes of JSON (CaseRecord, fully populated)")

    # The valid document must load with kleinschalig before anything else happens.
    case = load_json(VALID_TEXT, CaseRecord)
    print(
        f"valid document loads: {type(case).__name__} with {len(case.legal_titles)} titles, "
        f"{len(case.basisvoorwaarden)} basisvoorwaarden, {len(case.life_domains)} life domains, "
        f"{len(case.consents)} consents, {len(case.recidivism)} recidivism event"
    )
    check_equivalence()
    print("equivalence: both sides emit the same JSON and find 5 errors in the invalid document")

    print("\nkleinschalig errors for the invalid document (code at JSON Pointer path):")
    for ks_error in ks_errors():
        print(f"  {ks_error.path:40} {ks_error.code}")
    print("pydantic errors for the same document (type at loc):")
    for pyd_error in pyd_errors():
        loc = "/" + "/".join(str(p) for p in pyd_error["loc"])
        print(f"  {loc:40} {pyd_error['type']}")

    best = measure(
        {
            "kleinschalig valid": ks_valid,
            "pydantic valid": pyd_valid,
            "kleinschalig invalid": ks_errors,
            "pydantic invalid": pyd_errors,
            **KS_STEPS,
        }
    )

    print(f"\nbest of {ROUNDS} interleaved rounds, ~{ROUND_SECONDS:.2f} s per case per round")
    print(f"{'operation':<24}{'µs/op':>10}")
    for name, seconds in best.items():
        if name == next(iter(KS_STEPS)):
            print("kleinschalig valid, step by step:")
        print(f"{name:<24}{seconds * 1e6:>10.1f}")
    json_floor = best["  json.loads (stdlib)"] + best["  json.dumps (stdlib)"]
    print(
        f"stdlib json alone (loads + dumps) is {json_floor / best['pydantic valid']:.2f}x "
        "the whole pydantic round trip"
    )
    valid_ratio = best["kleinschalig valid"] / best["pydantic valid"]
    invalid_ratio = best["kleinschalig invalid"] / best["pydantic invalid"]
    print(f"\n{'ratio kleinschalig/pydantic':<30}{'valid':>8}{'invalid':>10}")
    print(f"{'':<30}{valid_ratio:>7.2f}x{invalid_ratio:>9.2f}x")
    print(f"\ntarget: valid ratio <= {TARGET_RATIO:.1f}x (the invalid ratio is reported only)")
    print("TARGET MET" if valid_ratio <= TARGET_RATIO else "TARGET MISSED")
    print(f"(took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
