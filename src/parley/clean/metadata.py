"""Document metadata: publication dates as ISO days, and the outlet (name, domain) from hints and the URL."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urlsplit

from parley.records import Outlet

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), start=1)}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_DAY_MONTH_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def iso_day(value: str | None) -> str | None:
    """'2022-06-11T00:57:56', 'Fri, 21 Jan 2022 10:00:00 GMT', 'January 21, 2022' -> '2022-01-21' (or None)."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if match := _ISO_DAY.match(value):
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if day := _written_day(value):
        return day
    parsed = _dateparser(value)
    return parsed.date().isoformat() if parsed else None


def _written_day(value: str) -> str | None:
    """A day written out inside a line ('Updated 21 January 2022, 10:02 GMT', 'Published Jan. 21, 2022 at 9am')."""
    match = _DAY_MONTH_YEAR.search(value) or _MONTH_DAY_YEAR.search(value)
    if not match:
        return None
    parts = match.groupdict()
    try:
        return date(int(parts["year"]), _MONTHS[parts["month"][:3].lower()], int(parts["day"])).isoformat()
    except ValueError:
        return None


def _dateparser(value: str) -> datetime | None:
    """Absolute dates only: '2 days ago' or '19 Nov' would be read against today's clock, and clean must give the
    same answer tomorrow (and a page's year is not the reader's)."""
    if len(value) > 60 or not re.search(r"\d", value):
        return None
    import dateparser  # slow to import; only reached for free-form dates

    return dateparser.parse(value, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    })


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.") or None


@cache
def _outlet_name_for(domain: str) -> str | None:
    try:
        from parley.outlets import outlet_for_domain
    except ImportError:
        return None
    info = outlet_for_domain(domain)
    return info.name if info else None


def outlet_of(url: str | None, declared: str | None = None, site_name: str | None = None) -> Outlet | None:
    """The outlet: the container's declared name, else the outlet registry by domain, else the page's site name."""
    domain = domain_of(url)
    name = declared or (domain and _outlet_name_for(domain)) or site_name
    if not (name or domain):
        return None
    return Outlet(name=name or None, domain=domain)
