"""Which language a clean text is in (py3langid), with a guard against mislabelling short English text."""

from __future__ import annotations

import re
from functools import cache

from parley.clean.stopwords import stopwords_for

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 2000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when there are no letters to judge by.

    py3langid is unsure on a line or two; there a text whose words are largely English stop words is English.
    """
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    code, probability = _identifier().classify(sample)
    if code != "en" and (probability < 0.9 or len(sample) < 200):
        stop = stopwords_for("en")
        if sum(w in stop for w in words) / len(words) >= 0.3:
            return "en"
    return code
