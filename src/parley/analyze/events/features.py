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


def trigger_features(trig: Trigger, sent: Span) -> list[str]:
    """Binary feature names for one candidate trigger of a sentence, each crossed with the trigger's type: its
    lemma, dependency label, depth below the root, governing verb, object, and the modality or negation on
    its clause (the trigger chooser scores them; ``ChooserModel`` in model.py)."""
    tok, kind = trig.token, trig.type
    depth = _depth(trig, sent)
    feats = {f"y:{kind}", f"yl:{kind}_{tok.lemma_.lower()}", f"yd:{kind}_{tok.dep_}",
             f"yD:{kind}_{min(depth, 3)}", f"yp:{kind}_{tok.pos_}"}
    if trig.end > tok.i + 1:
        feats.add(f"yP:{kind}")
    head = tok.head
    if head.i != tok.i:
        feats.add(f"yg:{kind}_{head.lemma_.lower()}" if head.pos_ in {"VERB", "AUX"} else f"yh:{kind}_{head.pos_}")
    for child in tok.children:
        if child.dep_ in {"dobj", "pobj", "attr", "nsubjpass"}:
            feats.add(f"yo:{kind}_{child.lemma_.lower()}")
        elif child.dep_ == "prep":
            feats.add(f"yr:{kind}_{child.lower_}")
            for obj in child.children:
                if obj.dep_ == "pobj":
                    feats.add(f"yo:{kind}_{obj.lemma_.lower()}")
    verb = tok if tok.pos_ in {"VERB", "AUX"} else head
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            feats.add(f"ym:{kind}_{child.lower_}")
        elif child.dep_ == "neg":
            feats.add(f"yn:{kind}")
    if depth == 0:
        feats.add(f"yR:{kind}")
    # the same without the type: where in the sentence the main event's word tends to be
    feats.update({f"D:{min(depth, 4)}", f"d:{tok.dep_}", f"p:{tok.pos_}"})
    return sorted(feats)
