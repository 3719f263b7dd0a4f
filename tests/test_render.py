"""CSV rendering: flattened columns in the order of the records' own fields."""

from __future__ import annotations

import csv
import io

from parley.render import write_csv


def test_csv_columns_follow_the_record_and_a_null_object_is_blank_cells():
    rows = [
        {"id": "e1", "actor": {"id": "RUS", "name": "Russia"}, "recipient": None, "status": "occurred"},
        {"id": "e2", "actor": {"id": "USA", "name": "United States"}, "recipient": {"id": "RUS", "name": "Russia"},
         "status": "intended"},
    ]
    out = io.StringIO()
    assert write_csv(rows, out) == 2
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(table[0]) == ["id", "actor.id", "actor.name", "recipient.id", "recipient.name", "status"]
    assert table[0]["recipient.id"] == "" and table[1]["recipient.name"] == "Russia"
