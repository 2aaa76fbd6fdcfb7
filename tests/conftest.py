import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

pytest_plugins = ["pytester"]

# Data plugins' built files are cached; the tests keep theirs out of the user's cache.
os.environ.setdefault("KLEINSCHALIG_CACHE_DIR", tempfile.mkdtemp(prefix="kleinschalig-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
#: For tests that read the source documents, which live beside the repository, not in it.
needs_seeds = pytest.mark.skipif(
    not any(SEEDS.glob("00?_*.txt")),
    reason=f"the source documents are not at {SEEDS} (they live beside the repository)",
)


@pytest.fixture
def root() -> Path:
    return ROOT
