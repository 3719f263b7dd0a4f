"""Event dates: the common news forms resolved against the publication date, with their precision.

dateparser handles everything but is slow (milliseconds per call); news uses a handful of forms ("on
Wednesday", "last month", "next week", "February 24", "in September", "2021"), so these are parsed here and
anything else is left undated rather than guessed. Dates are ISO strings cut to their precision:
day "2022-01-21", week (its Monday) "2022-01-17", month "2022-01", year "2022".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "a": 1}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?(?:\s+(\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(?:of\s+)?(\d{{4}}))?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(rf"\b(\d+|{'|'.join(_NUMBERS)})\s+(day|week|month|year)s?\s+ago\b")
_RELATIVE = re.compile(r"\b(last|next|this|past|coming|previous)\s+(week|month|year)\b")
_PART_OF = re.compile(r"\b(?:end|start|beginning|middle|rest)\s+of\s+the\s+(week|month|year)\b")


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve(expression: str, published: date | None, future: bool) -> tuple[str, str] | None:
    """(ISO date, precision) for a date expression, or None when it cannot be pinned down."""
    text = expression.lower().strip()
    if m := _ISO.search(text):
        return _day(date(int(m[1]), int(m[2]), int(m[3])))
    absolute = _absolute(text, published, future)
    if absolute is not None:
        return absolute
    return _relative(text, published, future) if published else None


def _absolute(text: str, published: date | None, future: bool) -> tuple[str, str] | None:
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        if m := pattern.search(text):
            day, month = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            year = int(m[3]) if m[3] else _infer_year(MONTHS[month], published, future)
            if year is None:
                return None
            try:
                return _day(date(year, MONTHS[month], int(day)))
            except ValueError:
                return None
    if (m := _MONTH_YEAR.search(text)) and (m[1] != "may" or m[2]):
        year = int(m[2]) if m[2] else _infer_year(MONTHS[m[1]], published, future)
        return (f"{year:04d}-{MONTHS[m[1]]:02d}", "month") if year else None
    if m := _YEAR.search(text):
        return m[1], "year"
    return None


def _infer_year(month: int, published: date | None, future: bool) -> int | None:
    """A month without a year lies in the publication year, or the year before/after when tense says so."""
    if published is None:
        return None
    if not future and month > published.month + 1:
        return published.year - 1
    if future and month < published.month - 1:
        return published.year + 1
    return published.year


def _relative(text: str, published: date, future: bool) -> tuple[str, str] | None:
    if "yesterday" in text or "last night" in text:
        return _day(published - timedelta(days=1))
    if "tomorrow" in text:
        return _day(published + timedelta(days=1))
    if "today" in text or "tonight" in text or "this morning" in text:
        return _day(published)
    if m := _AGO.search(text):
        n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m[2]] * n
        when = published - timedelta(days=days)
        return {"day": _day, "week": _week, "month": _month}.get(m[2], _year)(when)
    if m := _RELATIVE.search(text):
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[m[1]]
        return _shift(published, m[2], step)
    if m := _PART_OF.search(text):  # "by the end of the year": this year's
        return _shift(published, m[1], 0)
    if "earlier this" in text or "later this" in text:
        unit = "year" if "year" in text else "month"
        return _shift(published, unit, 0)
    for name, weekday in WEEKDAYS.items():
        if name in text:
            delta = (published.weekday() - weekday) % 7
            shift = 0  # a weekday that is the publication day's is that day, unless a word moves it a week
            if m := re.search(rf"\b(next|coming|last|past|previous)\s+{name}", text):
                future = m[1] in {"next", "coming"}  # the word says which way, whatever the tense
                shift = 7
            if future:
                return _day(published + timedelta(days=(weekday - published.weekday()) % 7 or shift))
            return _day(published - timedelta(days=delta or shift))
    return None


def _shift(published: date, unit: str, step: int) -> tuple[str, str]:
    """The week, month or year before/after/of publication."""
    if unit == "year":
        return f"{published.year + step:04d}", "year"
    if unit == "week":
        return _week(published + timedelta(days=7 * step))
    month_index = published.year * 12 + published.month - 1 + step
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"


def _day(d: date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _week(d: date) -> tuple[str, str]:
    return (d - timedelta(days=d.weekday())).isoformat(), "week"


def _year(d: date) -> tuple[str, str]:
    return f"{d.year:04d}", "year"


def _month(d: date) -> tuple[str, str]:
    return f"{d.year:04d}-{d.month:02d}", "month"
