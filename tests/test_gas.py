"""utils.gas: the synthetic series is regenerable and plausible; the loader refuses malformed CSVs clearly."""
import io

import numpy as np
import pytest

from utils import gas


def test_committed_csv_is_the_generator_output():
    buffer = io.StringIO()
    gas.generate().to_csv(buffer, index=False)
    assert buffer.getvalue() == gas.DEFAULT_CSV.read_text(), "run `python -m utils.gas` and commit data/gas_consumption.csv"


def test_default_shape_matches_the_homework():
    frame = gas.load()
    assert list(frame.columns) == gas.COLUMNS and len(frame) == gas.DEFAULT_HOURS
    assert int(0.7 * len(frame)) == 5142 and len(gas.FEATURES) == 6  # the homework's X_train: (5142, 6)


def test_series_behaves_like_heating_demand():
    frame = gas.generate(hours=24 * 120, seed=3)
    assert np.corrcoef(frame["temperature"], frame["gas"])[0, 1] < -0.5  # colder means more gas
    by_hour = frame.groupby("hour")["gas"].mean()
    assert by_hour[7] > by_hour[3] and by_hour[19] > by_hour[14]  # morning and evening peaks
    assert (frame["gas"] > 0).all()


def write(frame, tmp_path):
    path = tmp_path / "mine.csv"
    frame.to_csv(path, index=False)
    return path


def test_loader_accepts_a_users_own_csv(tmp_path):
    frame = gas.generate(hours=48, seed=1)
    assert gas.load(write(frame, tmp_path)).equals(gas.load(write(frame, tmp_path)))


@pytest.mark.parametrize("break_it, message", [
    (lambda f: f.drop(columns=["temperature"]), r"missing columns \['temperature'\]"),
    (lambda f: f.assign(gas=f["gas"].astype(object).where(f.index != 5, "n/a")), r"column 'gas' has 1 missing or non-numeric values, first at row 7"),
    (lambda f: f.drop(index=10), r"hourly without gaps; row 12 \(2021-01-01T11:00\) follows 2021-01-01T09:00"),
    (lambda f: f.assign(timestamp=f["timestamp"].where(f.index != 3, "yesterday")), r"unreadable timestamp at row 5"),
])
def test_loader_rejects_malformed_csv(tmp_path, break_it, message):
    with pytest.raises(ValueError, match=message):
        gas.load(write(break_it(gas.generate(hours=48, seed=1)), tmp_path))
