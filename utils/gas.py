"""Hourly gas consumption: a seeded synthetic series (the homework's data is not public) and a strict loader.

    python -m utils.gas            # rewrite data/gas_consumption.csv (byte-identical for the same seed)

Columns: timestamp (hourly, ISO 8601), hour, day_of_year, month, temperature (°C), weekday (1 Mon-Fri,
0 weekend), gas (m³ per hour). Consumption follows heating demand (degrees below 18 °C), a daily cycle with
morning and evening peaks, lower use at weekends, and measurement noise.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from .downloads import DATA

COLUMNS = ["timestamp", "hour", "day_of_year", "month", "temperature", "weekday", "gas"]
FEATURES = ["hour", "day_of_year", "month", "temperature", "weekday", "gas"]
DEFAULT_CSV = DATA / "gas_consumption.csv"
DEFAULT_HOURS = 7346  # the first 70 % is 5142 rows, the homework's training table of shape (5142, 6)


def generate(hours: int = DEFAULT_HOURS, seed: int = 0, start: str = "2021-01-01") -> pd.DataFrame:
    """A synthetic hourly series with the columns above."""
    rng = np.random.default_rng(seed)
    time = pd.date_range(start, periods=hours, freq="h")
    day = time.day_of_year.to_numpy() - 1 + time.hour.to_numpy() / 24
    weather = np.zeros(hours)  # slow weather fronts: AR(1) with a correlation time of about two days
    for t in range(1, hours):
        weather[t] = 0.98 * weather[t - 1] + rng.normal(0, 0.6)
    temperature = 10 - 9 * np.cos(2 * np.pi * day / 365) - 4 * np.cos(2 * np.pi * (time.hour.to_numpy() - 3) / 24) + weather
    weekday = (time.day_of_week.to_numpy() < 5).astype(int)
    hour = time.hour.to_numpy()
    daily = 0.8 * np.exp(-((hour - 7) ** 2) / 4) + 1.0 * np.exp(-((hour - 19) ** 2) / 6) - 0.5 * (hour < 5)
    heating = 0.35 * np.clip(18 - temperature, 0, None)
    gas = 2.0 + heating * (1 + 0.6 * daily) + daily - 0.4 * (1 - weekday) + rng.normal(0, 0.6, hours)
    return pd.DataFrame({
        "timestamp": time.strftime("%Y-%m-%dT%H:%M"), "hour": hour, "day_of_year": time.day_of_year.to_numpy(),
        "month": time.month.to_numpy(), "temperature": temperature.round(2), "weekday": weekday,
        "gas": np.clip(gas, 0.05, None).round(3),
    })


def load(path=None) -> pd.DataFrame:
    """Read and check a gas CSV (default: the course's synthetic one); ValueError says what is wrong."""
    path = Path(path) if path is not None else DEFAULT_CSV
    frame = pd.read_csv(path)
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path.name}: missing columns {missing}; expected {COLUMNS}")
    frame = frame[COLUMNS]
    for column in FEATURES:
        values = pd.to_numeric(frame[column], errors="coerce")
        bad = frame.index[values.isna()]
        if len(bad):
            raise ValueError(f"{path.name}: column {column!r} has {len(bad)} missing or non-numeric values, "
                             f"first at row {bad[0] + 2} ({frame[column].iloc[bad[0]]!r})")
        frame[column] = values
    stamps = pd.to_datetime(frame["timestamp"], errors="coerce")
    if stamps.isna().any():
        row = int(np.flatnonzero(stamps.isna())[0])
        raise ValueError(f"{path.name}: unreadable timestamp at row {row + 2}: {frame['timestamp'].iloc[row]!r}")
    steps = stamps.diff().iloc[1:]
    gaps = np.flatnonzero(steps != pd.Timedelta(hours=1))
    if len(gaps):
        row = int(gaps[0]) + 1
        raise ValueError(f"{path.name}: the series must be hourly without gaps; row {row + 2} "
                         f"({frame['timestamp'].iloc[row]}) follows {frame['timestamp'].iloc[row - 1]}")
    return frame


if __name__ == "__main__":
    generate().to_csv(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CSV, index=False)
