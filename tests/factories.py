"""Small builders for tests."""

import datetime as dt

import attrs

from kleinschalig.model import (
    Facility,
    FacilityKind,
    Jurisdiction,
    Location,
    OperatingPeriod,
    OperatingStatus,
    SecurityLevel,
    TargetGroup,
    cite,
)


def facility(**changes):
    base = Facility(
        code="kv-test",
        name="KV Test",
        kind=FacilityKind.KV,
        security=SecurityLevel.ADULT_LIMITED,
        location=Location("Teststad"),
        operator="DJI",
        target_group=TargetGroup("Fictieve doelgroep", Jurisdiction.ADULT),
        operating=OperatingPeriod(OperatingStatus.OPEN, dt.date(2019, 4, 1)),
        sources=(cite("004:L1-8"),),
    )
    return attrs.evolve(base, **changes)
