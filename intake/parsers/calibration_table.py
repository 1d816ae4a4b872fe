"""Written by ``benchmarks/calibration.py --write`` on 2026-12-07 from 1408 findings
on the blind splits, one curve per field; do not edit by hand (see calibration.py)."""

STEPS: dict[str, tuple[tuple[float, float], ...]] = {
    "budgets": (
        (0.5, 0.935),
        (0.8, 0.961),
    ),
    "change_requests": (
        (0.55, 0.947),
        (0.9, 0.959),
    ),
    "due_dates": (
        (0.67, 0.747),
        (0.68, 0.819),
        (0.74, 0.819),
        (0.77, 0.906),
        (0.95, 0.978),
        (0.97, 0.978),
    ),
    "objectives": (
        (0.75, 0.974),
        (0.9, 0.997),
    ),
    "replaced_dates": (
        (0.9, 0.815),
    ),
    "requirements": (
        (0.6, 0.753),
        (0.65, 0.77),
        (0.75, 0.863),
    ),
}
