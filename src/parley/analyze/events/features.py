"""Sentence features for the event model, computed from the spaCy parse (shared by training and inference).

Bag-of-lemmas alone is what the TF-IDF baseline sees; the parse adds what a reader uses to tell "talks
collapsed" from "talks resumed": the main verb, its object, negation and modality on that verb, and which
lexicon types the triggers near the root of the sentence belong to.
"""

from __future__ import annotations

from spacy.tokens import Span

from parley.analyze.events.entities import ents_of
from parley.analyze.events.lexicon import Lexicon, Trigger

_KEEP_POS = {"NOUN", "VERB", "PROPN", "ADJ", "ADV", "NUM", "ADP", "AUX", "PART"}


def sentence_features(sent: Span, lexicon: Lexicon, triggers: list[Trigger] | None = None) -> list[str]:
    """Binary feature names for one sentence (duplicates removed, order irrelevant)."""
    feats: set[str] = set()
    lemmas = [t.lemma_.lower() for t in sent if t.pos_ in _KEEP_POS and not t.is_punct]
    feats.update(f"l:{lemma}" for lemma in lemmas)
    feats.update(f"b:{a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False))
    root = sent.root
    feats.add(f"r:{root.lemma_.lower()}")
    for tok in sent:
        if tok.pos_ == "VERB":
            negated = any(c.dep_ == "neg" for c in tok.children)
            feats.add(f"v{'n' if negated else ''}:{tok.lemma_.lower()}")
            if tok.dep_ in {"ROOT", "ccomp", "xcomp", "conj"}:
                for child in tok.children:
                    if child.dep_ in {"dobj", "attr", "prep"}:
                        feats.add(f"vo:{tok.lemma_.lower()}_{child.lemma_.lower()}")
        elif tok.dep_ == "aux" and tok.tag_ == "MD":
            feats.add(f"md:{tok.lower_}")
        elif tok.dep_ == "neg":
            feats.add("neg")
    feats.update(f"e:{ent.label_}" for ent in ents_of(sent))
    for trig in triggers if triggers is not None else lexicon.triggers(sent):
        depth = _depth(trig, sent)
        feats.add(f"t:{trig.type}")
        feats.add(f"q:{lexicon.quad[trig.type]}")
        if depth <= 1:
            feats.add(f"tr:{trig.type}")
            feats.add(f"qr:{lexicon.quad[trig.type]}")
    return sorted(feats)


def _depth(trig: Trigger, sent: Span) -> int:
    """How many arcs separate the trigger from the sentence root (capped, cycles impossible in a tree)."""
    tok, depth = trig.token, 0
    while tok.i != sent.root.i and depth < 6:
        tok, depth = tok.head, depth + 1
    return depth
