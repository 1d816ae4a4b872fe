"""Written by ``benchmarks/calibration.py --write`` on 2026-12-04 from 79 findings
on the blind splits; do not edit by hand (see calibration.py)."""

STEPS: tuple[tuple[float, float], ...] = (
    (0.5, 0.726),
    (0.75, 0.86),
    (0.95, 0.952),
)
