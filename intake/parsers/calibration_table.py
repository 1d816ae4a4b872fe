"""Written by ``benchmarks/calibration.py --write`` on 2026-12-07 from 1451 findings
on the blind splits, one curve per field; do not edit by hand (see calibration.py)."""

STEPS: dict[str, tuple[tuple[float, float], ...]] = {
    "budgets": (
        (0.5, 0.939),
        (0.8, 0.962),
    ),
    "change_requests": (
        (0.55, 0.927),
        (0.7, 0.945),
        (0.9, 0.96),
    ),
    "due_dates": (
        (0.67, 0.742),
        (0.68, 0.815),
        (0.74, 0.815),
        (0.77, 0.888),
        (0.8, 0.898),
        (0.95, 0.974),
        (0.97, 0.974),
    ),
    "objectives": (
        (0.75, 0.975),
        (0.9, 0.997),
    ),
    "replaced_dates": (
        (0.9, 0.815),
    ),
    "requirements": (
        (0.6, 0.757),
        (0.65, 0.771),
        (0.75, 0.866),
    ),
}
