"""Analysis step: direct and indirect quotes, each with its speaker, cue verb and offsets.

Direct quotes are found from the quotation marks themselves (every style, across paragraphs, tolerant of
unbalanced marks), then attributed through the dependency parse: the nearest speech verb outside the quote
in its sentence, the sentence right after ("... ," Blinken said.), the sentence before that ends with a colon,
or the previous quote's speaker when a quote simply continues. Indirect speech is a speech verb with a clause
complement ("Lavrov emphasized that ..."). The speaker span goes to the actor layer (``ctx.actor_at``);
organisations it does not know resolve through the government-source and outlet registries, and other
names get a provisional ``parley:`` reference, so a quote never loses its speaker's name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from parley.analyze.citations import find_government_body, government_bodies_in
from parley.analyze.context import DocContext
from parley.analyze.datelines import datelines
from parley.datafile import load_yaml
from parley.outlets import find_outlet
from parley.records import ActorRef, Quote, QuoteKind, stable_id

# Opening mark -> the marks that may close it. ASCII and curly marks are used interchangeably by scrapers.
PAIRS: dict[str, str] = {"“": "”“\"", "”": "”“\"", '"': '"”', "«": "»", "„": "“”", "‘": "’'", "'": "'’", "‹": "›"}
SINGLE = frozenset("‘'")
GUILLEMETS = frozenset("«‹")
NESTING = frozenset("“«")  # openers distinct from their closers, so a quotation inside a quotation shows
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # entity types that name a speaker
CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "relcl", "pcomp"})
MIN_UNATTRIBUTED_WORDS = 6
BOUND = {"he": "person", "she": "person", "it": "thing", "they": "any"}  # pronoun -> what it may refer to
MAX_CLIMB = 4  # head steps from a quotation up to the verb that reports it
MAX_BIND = 6  # head steps from a pronoun speaker's verb up to the clause naming whom it refers to
_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[.!?\u201d\u2019\")][ \t\u00a0]))([A-Z][\w.\u2019'-]*(?:[ \t\u00a0]+[A-Z][\w.\u2019'-]*){0,3}):[ \t\u00a0]*$")
_DASH = re.compile(r"[ \t\u00a0]*[―—–]+[ \t\u00a0]*([A-Z][\w.’'-]*(?:[ \t\u00a0]+[A-Z][\w.’'-]*){0,3})")


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech_verbs: frozenset[str]
    indirect_verbs: frozenset[str]
    statement_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    stance_openers: tuple[str, ...]
    according_to: tuple[str, ...]
    inverted_cues: tuple[str, ...]
    naming_verbs: frozenset[str]
    title_introducers: tuple[str, ...]
    reported_conditions: tuple[str, ...]
    misread_lemmas: dict[str, str]

    def lemma(self, tok: Token) -> str:
        """The token's lemma, mended where the lemmatiser misreads a verb of speech ("griped" as "grip")."""
        return self.misread_lemmas.get(tok.lower_) or tok.lemma_.lower()


@cache
def lexicon() -> Lexicon:
    raw = load_yaml(resources.files("parley").joinpath("data/quotes/cues.yaml").read_text(encoding="utf-8"))
    return Lexicon(
        speech_verbs=frozenset(raw["speech_verbs"]),
        indirect_verbs=frozenset(raw["indirect_verbs"]),
        statement_verbs=frozenset(raw["statement_verbs"]),
        statement_nouns=frozenset(raw["statement_nouns"]),
        pronouns=frozenset(raw["pronouns"]),
        first_person=frozenset(raw["first_person"]),
        stance_openers=tuple(raw["stance_openers"]),
        according_to=tuple(raw["according_to"]),
        inverted_cues=tuple(raw["inverted_cues"]),
        naming_verbs=frozenset(raw["naming_verbs"]),
        misread_lemmas=dict(raw.get("misread_lemmas") or {}),
        title_introducers=tuple(raw["title_introducers"]),
        reported_conditions=tuple(raw["reported_conditions"]),
    )


@cache
def _title_context() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().title_introducers, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}}[’']s\s+)?$", re.IGNORECASE)


@cache
def _inverted() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in lexicon().inverted_cues)
    return re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))({verbs})\s+([^:,.!?\n“”\"]{{2,60}}?)\s*[:,]\s*$")


@dataclass(frozen=True, slots=True)
class Marked:
    """A quotation: ``start``/``end`` include the marks; ``text`` is the content without them."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: ActorRef | None
    speaker_text: str
    cue: str | None


# --- finding quotation marks -------------------------------------------------------------------------------


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in GUILLEMETS:  # French spacing puts a space inside « … »
        return True
    if after.isspace():
        return False
    if ch == "”":  # a closing mark typed as an opener: only where no quotation could end (a line's start)
        return before.isspace() and (after.isalnum() or after in "…")
    if ch in SINGLE:  # an apostrophe-like mark opens only before a word and after a non-letter ("’80s" aside)
        return not before.isalnum() and (after.isalnum() or after in "[(“\"")
    if ch == '"':  # attr="value" is markup a scraper left in (embedded tweets), not a quotation
        return before != "=" and (not before.isalnum() or before in "([—–-")
    return True


def _closer_at(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in PAIRS[opener]:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() and opener not in GUILLEMETS:
        return False
    if opener in SINGLE:  # "Moscow’s", "don't": an apostrophe inside a word closes nothing
        return not after.isalnum()
    return True


def find_marked(text: str) -> list[Marked]:
    """Every quotation in the text. A paragraph left open continues into the next one when that paragraph
    reopens with a mark (the news convention for long quotes); otherwise an unbalanced mark closes at the end
    of its paragraph. Never raises, whatever the marks."""
    found: list[Marked] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in PAIRS or not _is_opener(text, i):
            i += 1
            continue
        start, parts, j, seg_start = i, [], i + 1, i + 1
        end, depth = None, 0
        while j < n:
            if text[j] == "\n":
                parts.append(text[seg_start:j])
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == ch and _is_opener(text, k):
                    j = seg_start = k + 1
                    continue
                end = j
                break
            if ch in NESTING and text[j] == ch and text[j - 1] in " (" and _is_opener(text, j):
                depth += 1  # “... what he calls “hell” than ...”: a quotation inside the quotation
            elif _closer_at(text, j, ch) and depth:
                depth -= 1
            elif _closer_at(text, j, ch):
                parts.append(text[seg_start:j])
                end = j + 1
                break
            j += 1
        if end is None:
            parts.append(text[seg_start:j])
            end = j
        content = " ".join(p.strip() for p in parts).strip()
        if content and any(c.isalnum() for c in content):
            found.append(Marked(start, end, content))
        i = max(end, i + 1)
    return found


_INTERRUPTION = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*[^\n\"“”«»„.!?]{1,80}?,[ \t\u00a0]*")


def merge_interrupted(text: str, marked: list[Marked]) -> list[Marked]:
    """One quotation interrupted by its attribution (“That,” he added, “promises to make life harder.”) is one
    quote: its halves are one sentence of one speaker, and a one-word half ("That") means nothing alone."""
    out: list[Marked] = []
    for quote in marked:
        if out:
            last = out[-1]
            between = text[last.end : quote.start]
            if last.text.endswith(",") and _INTERRUPTION.fullmatch(between) and re.search(r"[a-z]", between):
                out[-1] = Marked(last.start, quote.end, last.text.rstrip(",") + " " + quote.text)
                continue
        out.append(quote)
    return out


# --- attribution -------------------------------------------------------------------------------------------


class Speakers:
    """Resolves speaker tokens to actors, remembering the last named speaker for pronoun fallbacks."""

    def __init__(self, ctx: DocContext, in_quote: Callable[[int], bool]) -> None:
        self.ctx = ctx
        self.in_quote = in_quote

    def span_of(self, tok: Token) -> Span:
        lex = lexicon()
        if tok.lemma_.lower() in lex.statement_nouns:  # "the ministry's statement" speaks for the ministry
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                tok = owner
        left, right = tok.left_edge.i, tok.i
        for child in tok.rights:
            if child.dep_ in ("flat", "compound") or (child.dep_ == "prep" and child.lower_ == "of"):
                right = child.right_edge.i
        doc = tok.doc
        for i in range(tok.i - 1, left - 1, -1):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                left = i + 1
                break
        for i in range(tok.i, right):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                right = i
                break
        while left < right and (doc[left].is_punct or doc[left].dep_ == "case"):
            left += 1
        while right > left and (doc[right].is_punct or doc[right].dep_ == "case"):
            right -= 1
        return doc[left : right + 1]

    def resolve(self, tok: Token) -> Attribution | None:
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":  # "Marc Morial, ..., who suggested"
            tok = tok.head.head
        return self.resolve_span(self.span_of(tok))

    def resolve_span(self, span: Span) -> Attribution:
        text = span.text
        head = span.root
        # the actor at the phrase's head word first: "Former Ambassador to the United Nations Bill Richardson" is
        # Richardson, not the longer name inside his title
        actor = self.ctx.actor_at(head.idx, head.idx + len(head)) or self.ctx.actor_at(span.start_char, span.end_char)
        kind = BOUND.get(head.lower_) if len(span) == 1 else None
        if actor is not None and (kind is None or (kind == "person") == (actor.kind == "person") or kind == "any"):
            return Attribution(actor.ref(), text, None)  # ("she" is no organisation, "it" no person)
        if len(span) == 1 and head.lower_ in lexicon().pronouns:
            return Attribution(self.antecedent(head) if head.lower_ in ("he", "she") else None, text, None)
        if head.ent_type_ != "PERSON":
            offset = head.idx - span.start_char
            for start, end, body in government_bodies_in(text):
                if start <= offset < end:
                    return Attribution(ActorRef(id=body.id, name=body.name, country=body.country), text, None)
            if not government_bodies_in(text) and (body := find_government_body(text, self.ctx.text, span.start_char)):
                return Attribution(ActorRef(id=body.id, name=body.name, country=body.country), text, None)
            outlet = find_outlet(re.sub(r"^(?:the|The)\s+", "", text)) or find_outlet(text)
            if outlet is not None:
                return Attribution(ActorRef(id=outlet.id, name=outlet.name, country=outlet.country), text, None)
        name = _proper_name(span) if head.pos_ == "PROPN" else None
        if name:
            return Attribution(ActorRef(id="parley:" + _slug(name), name=name), text, None)
        return Attribution(None, text, None)

    def antecedent(self, pronoun: Token) -> ActorRef | None:
        """Fallback while the actor layer cannot say who "he" is: the nearest person named as a subject earlier
        in the same sentence or the one before; None rather than a guess past that."""
        doc = pronoun.doc
        sent_start = pronoun.sent.start
        floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        for i in range(pronoun.i - 1, floor - 1, -1):
            tok = doc[i]
            if tok.dep_ in SUBJECTS and not self.in_quote(tok.idx):
                if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
                    found = self.resolve(tok)
                    speaker = found.speaker if found else None
                    # (never one of the other gender: "Liz Truss met Blinken's aide. He said ...")
                    return None if speaker is None or self.ctx.other_gender(speaker.id, pronoun.lower_) else speaker
                if tok.pos_ in ("PROPN", "NOUN") or tok.lower_ in ("he", "she"):
                    return None
        return None


def _proper_name(span: Span) -> str | None:
    """The run of proper nouns holding the span's head, or failing that the span's last such run."""
    runs: list[list[Token]] = []
    for tok in span:
        if tok.pos_ == "PROPN" or (runs and tok.dep_ == "flat" and runs[-1][-1].i == tok.i - 1):
            if runs and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    if not runs:
        return None
    best = next((r for r in runs if span.root in r), runs[-1])
    return " ".join(t.text for t in best).strip(" ,’'")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _segments(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks: a headline or a caption is never part of the next line."""
    segs: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    segs.append(doc[start:end])
                start = tok.i + 1
        if start < sent.end:
            segs.append(doc[start : sent.end])
    return segs


def _subject(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The verb's subject; participles and dependent clauses ("..., saying that") borrow their head's. A dash
    the parser took for a subject is none, and so is a word of the quotation itself ("“... Full panic mode,”
    said Leslie Wimes" parses "mode" as a second subject of "said")."""
    current = verb
    for _ in range(3):
        subj = next((c for c in current.children if c.dep_ in SUBJECTS and not (c.is_punct or c.is_space or in_quote(c.idx))), None)
        if subj is not None:
            return subj
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return None
        current = current.head
    return None


class Attributor:
    """Finds who said each quotation, looking outward from the quote in the parse."""

    def __init__(self, ctx: DocContext, marked: list[Marked]) -> None:
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.speakers = Speakers(ctx, self.in_quote)
        self.sents = _segments(self.doc)
        self.sent_starts = [s.start_char for s in self.sents]
        self.quoted = sorted((m.start, m.end) for m in marked)
        self.quoted_starts = [q[0] for q in self.quoted]

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def same_line(self, a: Token, b: Token) -> bool:
        return "\n" not in self.ctx.text[min(a.idx, b.idx) : max(a.idx, b.idx)]

    def sent_index(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def cue_in(self, tokens: list[Token], anchor: int) -> Attribution | None:
        """The nearest speech verb among ``tokens`` (outside quotes) with a subject outside quotes."""
        lex = lexicon()
        candidates = []
        for tok in tokens:
            if self.in_quote(tok.idx):
                continue
            lemma = lex.lemma(tok)
            if tok.pos_ in ("VERB", "AUX") and lemma in lex.speech_verbs:
                subj = _subject(tok, self.in_quote)
                if lemma == "quote" and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                    # "IRNA quoted Amir-Abdollahian as saying": the one quoted speaks, not the outlet
                    subj = next((c for c in tok.children if c.dep_ == "dobj"), subj)
                if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i and lemma in lex.naming_verbs:
                    # "it was labeled “Mostly True”": the thing named is no speaker; "by PolitiFact" is
                    subj = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if subj is not None and not self.in_quote(subj.idx) and self.same_line(subj, tok):
                    candidates.append((abs(tok.idx - anchor), tok, subj))
            elif tok.pos_ == "VERB" and lemma in lex.statement_verbs:
                subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
                if subj is not None and subj.lemma_.lower() in lex.statement_nouns and not self.in_quote(subj.idx):
                    candidates.append((abs(tok.idx - anchor), tok, subj))
            elif tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
                obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
                if obj is not None and not self.in_quote(obj.idx):
                    candidates.append((abs(tok.idx - anchor), tok, obj))
        if not candidates:
            return None
        _, verb, subj = min(candidates, key=lambda c: c[0])
        found = self.speakers.resolve(self.binder(verb, subj) or subj)
        if found is None:
            return None
        cue = "according to" if verb.lower_ == "according" else verb.text
        return Attribution(found.speaker, found.speaker_text, cue)

    def binder(self, verb: Token, subj: Token) -> Token | None:
        """The named subject a pronoun speaker refers to in the same sentence: "Ban Ki-moon condemned what he
        called a “brazen breach”", "the Council pledged sanctions against what it called “a clear threat”".
        The clause holding the pronoun hangs below a verb whose subject names someone of the same kind."""
        kind = BOUND.get(subj.lower_)
        if kind is None:
            return None
        current = verb
        for _ in range(MAX_BIND):
            if current.head.i == current.i:
                return None
            current = current.head
            outer = next((c for c in current.children if c.dep_ in SUBJECTS and c.i != subj.i), None)
            if outer is None or self.in_quote(outer.idx) or not self.same_line(outer, subj):
                continue
            if outer.lower_ in BOUND or outer.pos_ not in ("PROPN", "NOUN"):
                return None
            person = outer.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in outer.children)
            return outer if (kind == "person") == person or (kind == "any" and not person) else None
        return None

    def inverted_cue(self, quote: Marked) -> Attribution | None:
        """'Said Ellis: “...”' — a speech verb opening its sentence before the speaker, which the parser reads
        as a name ("Said Ellis" as one noun phrase)."""
        lead = self.ctx.text[max(0, quote.start - 120) : quote.start]
        match = _inverted().search(lead)
        if match is None:
            return None
        offset = quote.start - len(lead)
        span = self.doc.char_span(offset + match.start(2), offset + match.end(2), alignment_mode="expand")
        if span is None or not any(t.pos_ in ("PROPN", "NOUN") for t in span):
            return None
        found = self.speakers.resolve(span.root)
        return Attribution(found.speaker, found.speaker_text, match.group(1)) if found else None

    def named_subject(self, sent: Span, before: int) -> Token | None:
        """A named person as subject of the quote's own sentence, before the quote, when no speech verb says
        more ("House Speaker Paul Ryan, despite ..., the victims “do need ...”"): the sentence is about them,
        and that beats carrying over the previous quote's speaker."""
        for tok in sent:
            if tok.idx >= before:
                return None
            if tok.dep_ in SUBJECTS and tok.ent_type_ == "PERSON" and not self.in_quote(tok.idx):
                return tok
        return None

    def introducer(self, sent: Span) -> Attribution | None:
        """The named subject of a sentence that ends with a colon before a quotation ("On July 6, Sanders made
        the following comment:"): whoever the sentence is about introduces the words that follow."""
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or self.in_quote(subj.idx) or (subj.pos_ != "PROPN" and subj.ent_type_ not in NAMED):
            return None
        found = self.speakers.resolve(subj)
        return Attribution(found.speaker, found.speaker_text, sent.root.text) if found else None

    def trailing_cue(self, quote: Marked) -> Attribution | None:
        """“...,” Tulsa police Chief Chuck Jordan said Monday. — when the parse gives the verb no subject (it read
        "Tulsa" as a verb), the words between the closing mark and the speech verb are the speaker."""
        after = self.doc.char_span(quote.end, min(len(self.ctx.text), quote.end + 120), alignment_mode="contract")
        if after is None:
            return None
        words: list[Token] = []
        for tok in after:
            if "\n" in tok.text or self.in_quote(tok.idx) or tok.text in ".!?;“”\"":
                return None
            if tok.pos_ in ("VERB", "AUX") and lexicon().lemma(tok) in lexicon().speech_verbs and words:
                break
            words.append(tok)
        else:
            return None
        while words and (words[0].is_punct or words[0].is_space):
            words = words[1:]
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        aside = bool(comma) and any(t.pos_ == "PROPN" or t.ent_type_ in NAMED for t in words[:comma])
        if aside:
            words = words[:comma]  # “...,” Cawthorn, who is running for reelection, told supporters
        if not words or len(words) > 8 or not any(t.pos_ == "PROPN" or t.ent_type_ in NAMED for t in words):
            return None
        found = self.speakers.resolve_span(self.doc[words[0].i : words[-1].i + 1])
        if aside and found.speaker is None:
            return None  # "the Tesla and SpaceX leader, who is ...,": a description other rules may resolve
        return Attribution(found.speaker, found.speaker_text, tok.text)

    def governing_cue(self, quote: Marked) -> Attribution | None:
        """The speech verb the quotation hangs from in the parse ("X called it a “Y”", "said that “...”"), which
        beats a nearer verb of another clause ("what they call a “Z”" inside Clinton's claim)."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return None
        if len(span) > 1 and span[-1].is_punct and span[-1].sent.start != span[-2].sent.start:
            span = span[:-1]  # the closing mark opened the next sentence in the parse ("unstable.| \" Clinton called")
        interruption = [t for t in span if not self.in_quote(t.idx)]  # “A,” X said, “B”: merged, X said it
        if interruption and (found := self.cue_in(interruption, interruption[0].idx)):
            return found
        tok = span.root
        for _ in range(MAX_CLIMB):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if not self.in_quote(tok.idx) and lexicon().lemma(tok) in lexicon().speech_verbs:
                return self.cue_in([tok], tok.idx)
        return None

    def label(self, quote: Marked) -> Attribution | None:
        """'Madison Cawthorn: “Zelenskyy is a thug. ...”': a name standing alone before a colon, as in a transcript
        or a caption, is the speaker of the quotation that follows."""
        match = _LABEL.search(self.ctx.text, max(0, quote.start - 60), quote.start)
        if match is None:
            return None
        span = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or not all(t.pos_ == "PROPN" for t in span):
            return None
        actor = self.ctx.actor_at(span.start_char, span.end_char)
        if (actor is None or actor.kind != "person") and not any(t.ent_type_ == "PERSON" for t in span):
            return None  # "Update:", "Source:", "Washington:" are no speakers
        found = self.speakers.resolve_span(span)
        return found if found.speaker is not None else None

    def attribute(self, quote: Marked, previous: tuple[Marked, Attribution] | None) -> Attribution | None:
        if found := self.label(quote):
            return found
        first, last = self.sent_index(quote.start), self.sent_index(max(quote.start, quote.end - 1))
        own = [t for s in self.sents[first : last + 1] for t in s]
        found = self.inverted_cue(quote) or self.governing_cue(quote) or self.cue_in(own, quote.start if quote.start > self.sents[first].start_char + 2 else quote.end)
        if found:
            return found
        if found := self.trailing_cue(quote):
            return found
        text = self.ctx.text
        if last + 1 < len(self.sents):  # "… today.” Blinken said at a news conference."
            nxt = self.sents[last + 1]
            if "\n" not in text[quote.end : nxt.start_char]:
                outside = [t for t in nxt if not self.in_quote(t.idx)]
                # a fragment the parser split off (“...?” a narrator in the ad asks.) is all attribution
                head = outside if outside and outside[0].text[:1].islower() else outside[:6]
                found = self.cue_in(head, nxt.start_char)
                if found:
                    return found
        if dash := _DASH.match(text, quote.end):  # “…” ― Jacklyn Ashley
            span = self.doc.char_span(dash.start(1), dash.end(1), alignment_mode="expand")
            if span is not None:
                actor = self.ctx.actor_at(span.start_char, span.end_char)
                ref = actor.ref() if actor else ActorRef(id="parley:" + _slug(dash.group(1)), name=dash.group(1))
                return Attribution(ref, dash.group(1), None)
        if first > 0:  # 'Lavrov said:' or 'In a statement, the ministry said:' right before the quote
            prev = self.sents[first - 1]
            lead = text[prev.start_char : quote.start]
            if lead.rstrip().endswith(":"):
                found = self.cue_in(list(prev), quote.start) or self.introducer(prev)
                if found:
                    return found
            elif "\n" not in lead and quote.start <= self.sents[first].start_char + 2:
                # "..., Schiff said. “The other factor ...”": the sentence before, in the same paragraph, reports him,
                # or is about him ("Sanders identified ... as one of the reasons. “The younger people are ...”")
                found = self.cue_in(list(prev), prev.end_char)
                if found is None and (subj := self.named_subject(prev, prev.end_char)) is not None:
                    found = self.speakers.resolve(subj)
                if found:
                    return found
        if (subj := self.named_subject(self.sents[first], quote.start)) is not None:
            return self.speakers.resolve(subj)
        if previous is not None and not _headline(quote.text):  # a quote continuing the last one: same paragraph or the paragraph after
            prev_quote, prev_attr = previous
            between = text[prev_quote.end : quote.start]
            if len(re.findall(r"\n+", between)) <= 1 and len(between) < 400:
                return prev_attr
        return None


# --- the step ----------------------------------------------------------------------------------------------


def run(ctx: DocContext) -> None:
    marked = find_marked(ctx.text)
    attributor = Attributor(ctx, marked)
    previous: tuple[Marked, Attribution] | None = None
    quotes: list[Quote] = []
    for quote in merge_interrupted(ctx.text, marked):
        if _work_title(ctx.text, quote):
            continue
        attribution = _carry_person(attributor.attribute(quote, previous), previous, ctx, quote)
        if attribution is None:
            if len(quote.text.split()) < MIN_UNATTRIBUTED_WORDS or not _sentence_like(quote.text) or _headline(quote.text):
                continue
        else:
            previous = (quote, attribution)
        quotes.append(_quote(ctx, quote.start, quote.end, quote.text, "direct", attribution))
    quotes.extend(_unmarked_paragraphs(ctx, attributor))
    quotes.extend(_indirect(ctx, attributor))
    ctx.quotes.extend(sorted(quotes, key=lambda q: q.start))


def _carry_person(attr: Attribution | None, previous: tuple[Marked, Attribution] | None, ctx: DocContext,
                  quote: Marked) -> Attribution | None:
    """“...,” Clinton said. “...,” she continued. — a "he"/"she" nobody resolved is the person who spoke the
    quote before, nearby, when that speaker was named or was the same pronoun (and is not known to be of the
    other gender, as the actor step knows it): a quote attributed to "she" alone tells a reader nothing.
    ``speaker_text`` keeps the words of the text."""
    if attr is None or attr.speaker is not None or attr.speaker_text.lower() not in ("he", "she") or previous is None:
        return attr
    prev_quote, prev = previous
    if prev.speaker is None or len(re.findall(r"\n+", ctx.text[prev_quote.end : quote.start])) > 1 or \
            ctx.other_gender(prev.speaker.id, attr.speaker_text):
        return attr
    said_by = prev.speaker_text.lower()
    if said_by in lexicon().pronouns and said_by != attr.speaker_text.lower():
        return attr
    return Attribution(prev.speaker, attr.speaker_text, attr.cue)


def _sentence_like(text: str) -> bool:
    """A long quotation with a verb-like shape (ends like a sentence or a clause), not a title in quotes."""
    return text.rstrip()[-1:] in ".,!?;:—–-…" or not text[:1].isupper()


def _work_title(text: str, quote: Marked) -> bool:
    """A short Title Case quotation right after "on", "episode of", "told MSNBC’s" ... names a programme or a
    work (“Face the Nation”, “The 411”): quotation marks as italics, not anyone's words."""
    words = re.findall(r"[^\W_][\w’'-]*", quote.text)
    if not 1 <= len(words) <= 6 or not words[0][0].isupper():
        return False
    if any(w[0].islower() and len(w) > 3 for w in words):
        return False
    return bool(_title_context().search(text[max(0, quote.start - 60) : quote.start]))


def _headline(text: str) -> bool:
    """Title Case text ("Russia Would Agree to Talks ..."): a headline in quotes, not someone's words."""
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def _quote(ctx: DocContext, start: int, end: int, text: str, kind: QuoteKind, attr: Attribution | None) -> Quote:
    return Quote(
        id=stable_id("qt", ctx.doc_id, start),
        text=text,
        kind=kind,
        speaker=attr.speaker if attr else None,
        doc_id=ctx.doc_id,
        start=start,
        end=end,
        cue=attr.cue if attr else None,
        speaker_text=attr.speaker_text if attr else None,
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _unmarked_paragraphs(ctx: DocContext, attributor: Attributor) -> list[Quote]:
    """Block quotes whose marks were lost: a paragraph in the speaker's own voice (first person, or opening
    with a stance adverb like "Obviously,") with no marks and no attribution of its own, right after a
    paragraph whose last sentence reports what a named speaker said."""
    lex = lexicon()
    text = ctx.text
    out: list[Quote] = []
    previous: tuple[int, int] | None = None
    for start, end in _paragraphs(text):
        body = text[start:end].strip()
        if len(body.split()) < 6:  # clutter lines ("More under this ad") do not break the chain
            continue
        if previous is not None and not any(ch in body for ch in PAIRS):
            words = {w.lower() for w in re.findall(r"[\w’']+", body)}
            voiced = bool(words & lex.first_person) or body.startswith(lex.stance_openers)
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            tokens = list(span) if span is not None else []
            if voiced and attributor.cue_in(tokens, start) is None:
                last_sent = attributor.sents[attributor.sent_index(previous[1] - 1)]
                attr = attributor.cue_in(list(last_sent), last_sent.end_char)
                if attr is not None and attr.speaker is not None:
                    out.append(_quote(ctx, start, end, body, "direct", attr))
                    continue
        previous = (start, end)
    return out


def _indirect(ctx: DocContext, attributor: Attributor) -> list[Quote]:
    """Reported speech: a speech verb outside quotes whose clause complement is not itself a quotation, and a
    clause attributed by "according to" ("According to Reuters, the talks stalled")."""
    lex = lexicon()
    place = datelines(ctx.doc)  # "ISTANBUL, May 16 (Reuters) -" is not part of what was said
    out: list[Quote] = []
    for tok in ctx.doc:
        if attributor.in_quote(tok.idx):
            continue
        if tok.lower_ == "according":
            out += _according(ctx, attributor, tok, place)
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.indirect_verbs:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subj = _subject(tok, attributor.in_quote)
        if comp is None or subj is None or attributor.in_quote(subj.idx) or subj.lower_ in ("i", "we", "you"):
            continue
        said = [*comp.subtree, *(t for c in _provisos(tok, comp, lex.reported_conditions) for t in c.subtree)]
        span = _reported_span([t for t in said if attributor.same_line(t, tok) and t.i not in place], attributor)
        if span is not None:
            out.append(_reported_quote(ctx, attributor, span, subj, tok.text))
    return out


def _provisos(verb: Token, comp: Token, marks: tuple[str, ...]) -> list[Token]:
    """Conditions the parser hung on the speech verb right after what it reports ("Lavrov emphasized that Russia
    remains open to negotiations, provided that ..."): part of what was said."""
    out: list[Token] = []
    end = comp.right_edge.i
    for child in (c for c in verb.children if c.i > end and not c.is_punct):
        words = " ".join(t.lower_ for t in child.doc[child.left_edge.i:child.left_edge.i + 3])
        if child.left_edge.i > end + 2 or not any(words == m or words.startswith(m + " ") for m in marks):
            break
        out.append(child)
        end = child.right_edge.i
    return out


def _according(ctx: DocContext, attributor: Attributor, according: Token, place: frozenset[int]) -> list[Quote]:
    """ "According to federal statistics, 9.9 million single mothers ...": the clause, said by the source."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return []
    head = according.head if according.head.pos_ in {"VERB", "AUX"} else according.sent.root
    inside = {t.i for t in according.subtree}
    span = _reported_span([t for t in head.subtree if t.i not in inside and t.i not in place
                           and attributor.same_line(t, according)], attributor)
    return [] if span is None else [_reported_quote(ctx, attributor, span, source, "according to")]


def _reported_quote(ctx: DocContext, attributor: Attributor, span: tuple[int, int], source: Token, cue: str) -> Quote:
    """The indirect quote at ``span``, said by whoever ``source`` names."""
    found = attributor.speakers.resolve(source)
    attr = Attribution(found.speaker, found.speaker_text, cue) if found else None
    return _quote(ctx, *span, ctx.text[span[0]:span[1]], "indirect", attr)


def _reported_span(tokens: list[Token], attributor: Attributor) -> tuple[int, int] | None:
    """Character offsets of what was reported, trimmed of its "that" and punctuation; None when it is under four
    words or mostly a quotation already."""
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 4 or sum(1 for t in tokens if attributor.in_quote(t.idx)) * 2 > len(tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
