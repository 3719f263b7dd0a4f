"""Event confidence: the raw score calibrated into a probability, without reordering events."""

from __future__ import annotations

from parley.analyze import analyze
from parley.analyze.events import default_coder
from parley.analyze.events.confidence import features, load_calibration
from parley.records import CleanDocument, Event, Evidence, sha256_hex

TEXT = ("Russia accused Ukraine of shelling the plant on Monday, and Kyiv asked the IAEA to send inspectors. "
        "Lavrov met Blinken in Geneva on Friday.")


def _event(confidence: float) -> Event:
    return Event(id="e", type="ACCUSE", actor=(), recipient=(), status="occurred",
                 evidence=(Evidence("d", "s", 0, 1),), confidence=confidence)


def test_the_shipped_calibration_is_an_increasing_probability():
    calibration = load_calibration()
    assert calibration is not None
    values = [calibration(features(_event(k / 100))) for k in range(0, 101)]
    assert all(0 < v < 1 for v in values)
    assert all(a < b for a, b in zip(values, values[1:], strict=False))  # no event changes rank


def test_events_carry_calibrated_confidences_in_their_raw_order():
    doc = CleanDocument(id="t", sha256=sha256_hex(TEXT.encode()), source="t", text=TEXT, published="2024-03-01")
    coder = default_coder()
    calibrated = list(analyze(doc).events)
    try:
        coder.calibration = None  # raw scores kept
        raw = list(analyze(doc).events)
    finally:
        coder.calibration = load_calibration()
    assert [e.id for e in raw] == [e.id for e in calibrated] and len(raw) >= 3
    assert [e.confidence for e in raw] != [e.confidence for e in calibrated]
    assert sorted(raw, key=lambda e: e.confidence) == sorted(
        raw, key=lambda e: next(c.confidence for c in calibrated if c.id == e.id))
