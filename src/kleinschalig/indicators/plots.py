"""PNG plots of the cohort analyses (needs the ``plots`` extra: matplotlib).

The library never imports matplotlib until one of these is called, and then
only with its file-writing ``Agg`` backend, so no display is needed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from kleinschalig.i18n import N_, translate
from kleinschalig.indicators.cohort import Funnel, OccupancyReport
from kleinschalig.indicators.results import IndicatorReport

__all__ = ["plot_basisvoorwaarden", "plot_funnel", "plot_occupancy"]


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "matplotlib is not installed; install the extra: pip install 'kleinschalig[plots]'"
        ) from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_occupancy(report: OccupancyReport, path: str | Path, lang: str = "nl") -> Path:
    """The daily census against the capacity in force."""
    plt = _pyplot()
    days = [report.start + dt.timedelta(days=i) for i in range(len(report.census))]
    figure, axes = plt.subplots(figsize=(9, 4))
    axes.step(days, report.census, where="post", label=translate(N_("bezetting"), lang))
    capacity = [float("nan") if c is None else c for c in report.capacity]
    axes.step(days, capacity, where="post", linestyle="--", label=translate(N_("capaciteit"), lang))
    title = translate(N_("bezetting per dag"), lang)
    axes.set_title(f"{report.facility}: {title}")
    axes.set_ylabel(translate(N_("personen"), lang))
    axes.legend()
    figure.autofmt_xdate()
    return _save(figure, plt, path)


def plot_funnel(result: Funnel, path: str | Path, lang: str = "nl") -> Path:
    """Candidates per stage of the inflow workflow, then the placement decisions."""
    plt = _pyplot()
    labels = [translate(N_("verwezen"), lang), *(s for s, _ in result.stages)]
    counts = [result.candidates, *(c for _, c in result.stages)]
    decision = translate(N_("besluit"), lang)
    labels += [f"{decision}: {v}" for v, _ in result.decisions]
    counts += [c for _, c in result.decisions]
    figure, axes = plt.subplots(figsize=(8, 0.4 * len(labels) + 1.5))
    axes.barh(range(len(labels)), counts)
    axes.set_yticks(range(len(labels)), labels)
    axes.invert_yaxis()
    title = translate(N_("instroomtrechter"), lang)
    axes.set_title(f"{result.facility}: {title}")
    axes.set_xlabel(translate(N_("dossiers"), lang))
    return _save(figure, plt, path)


def plot_basisvoorwaarden(report: IndicatorReport, path: str | Path, lang: str = "nl") -> Path:
    """Share with each basisvoorwaarde met at intake (T0) and at outflow (T1)."""
    plt = _pyplot()
    names = ("housing", "income", "debts", "id_document", "care_insurance")
    shares: dict[str, list[float]] = {"t0": [], "t1": []}
    labels: list[str] = []
    for name in names:
        for moment in ("t0", "t1"):
            try:
                value = report.result(f"core.st.bv.{name}.{moment}").value
            except KeyError:
                value = None
            shares[moment].append(float("nan") if value is None else value)
        labels.append(name)
    figure, axes = plt.subplots(figsize=(8, 4))
    positions = range(len(names))
    axes.bar([p - 0.2 for p in positions], shares["t0"], width=0.4, label="T0")
    axes.bar([p + 0.2 for p in positions], shares["t1"], width=0.4, label="T1")
    axes.set_xticks(list(positions), labels, rotation=20)
    axes.set_ylim(0, 1)
    axes.set_title(translate(N_("basisvoorwaarden op orde bij instroom en uitstroom"), lang))
    axes.legend()
    return _save(figure, plt, path)


def _save(figure: Any, plt: Any, path: str | Path) -> Path:
    target = Path(path)
    figure.tight_layout()
    figure.savefig(target, dpi=100)
    plt.close(figure)
    return target
