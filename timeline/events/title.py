"""A short readable title from the trigger's clause: who did what (where), without the date."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Token

from timeline.events.lexicon import lexicon
from timeline.events.nlp import TIME_ENTITIES
from timeline.events.trigger import is_verb

MAX_WORDS = 12
# One word over is kept rather than dropping a phrase longer than _SPARED_WORDS:
# "a rift over a European missile shield".
LIMIT_WORDS = MAX_WORDS + 1
_SPARED_WORDS = 3
_DEPTHS = (None, 4, 3, 2, 1)
# Dependents of the trigger that start another clause or are not part of "who did what".
_TOP_SKIP = frozenset(
    {"conj", "cc", "punct", "advcl", "parataxis", "mark", "npadvmod", "intj", "dep", "appos", "meta"}
)
# Dependents left out at any depth.
_NESTED_SKIP = frozenset({"relcl", "advcl", "appos", "parataxis", "meta", "intj"})
# Noun-internal modifiers: free of the depth budget, so pruning never leaves "a rift over shield".
_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "predet", "nmod", "punct"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_AUXILIARIES = frozenset({"aux", "auxpass", "neg", "prt"})
_VERB_CORE = _AUXILIARIES | {"acomp", "attr", "oprd"}
_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl"})  # clauses that may borrow their head's subject
_QUOTES = frozenset("\"'“”‘’`«»")
# Punctuation left stranded where tokens were dropped: "( )", "Unit, , accounted", "word ,".
_CLEANUP = (
    (re.compile(r"[(\[]\s*[)\]]"), ""),
    (re.compile(r"\s+([,;:.)\]])"), r"\1"),
    (re.compile(r"([,;:])(?:\s*[,;:])+"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
)
_PREPOSITIONS = frozenset({"prep", "agent"})
_NOUN_SUBJECT_VERB = _VERB_CORE | _PREPOSITIONS | {"dobj"}  # "bombings killed 259 people"
_LEADING_DEPS = frozenset({"det", "cc", "mark", "punct", "predet", "case"})
# Modifiers of the verb that, before its subject, frame the sentence: "In addition", "At a summit".
_FRONTED = frozenset({"advmod", "prep"})
# Modifiers dropped from the right, rightmost first, to fit the title into MAX_WORDS.
_OPTIONAL = frozenset({"prep", "npadvmod", "acl", "appos"})
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WRB"})  # who, which, where
_SEPARATORS = frozenset({",", "--", "–", "—"})
_TRAILING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PUNCT", "PART", "SPACE"})


def title_tokens(trigger: Token, excluded: Collection[int]) -> list[Token]:
    """Tokens of the title in text order, ``excluded`` token indices left out; the deepest that fits."""
    excluded = frozenset(excluded) | _beyond_semicolons(trigger)
    chosen: dict[int, Token] = {}
    for depth in _DEPTHS:
        chosen = {t.i: t for t in _phrase(trigger, excluded, depth)}
        if _words(_select(chosen)) <= LIMIT_WORDS:
            break
    tokens = _shorten(trigger, chosen)
    words = [t for t in tokens if not t.is_punct]
    if len(words) <= LIMIT_WORDS:
        return tokens
    return _trim([t for t in tokens if t.i <= words[LIMIT_WORDS - 1].i])


def _beyond_semicolons(trigger: Token) -> frozenset[int]:
    """Tokens past a semicolon on either side of the trigger: another clause, whatever the parser
    hung where ("the campaign dragged on; the last troops were evacuated in January 1916")."""
    sentence = trigger.sent
    before = [t.i for t in sentence if t.text == ";" and t.i < trigger.i]
    after = [t.i for t in sentence if t.text == ";" and t.i > trigger.i]
    first = before[-1] + 1 if before else sentence.start
    last = after[0] if after else sentence.end
    return frozenset(range(sentence.start, first)) | frozenset(range(last, sentence.end))


def _shorten(trigger: Token, chosen: dict[int, Token]) -> list[Token]:
    """Drop the rightmost optional modifiers down to MAX_WORDS, keeping one word over for a phrase of 4+."""
    tokens = _select(chosen)
    while _words(tokens) > MAX_WORDS and (optional := _rightmost_optional(trigger, chosen)):
        phrase = [t for t in optional.subtree if t.i in chosen]
        if _words(tokens) <= LIMIT_WORDS and _words(phrase) > _SPARED_WORDS:
            break
        for token in phrase:
            del chosen[token.i]
        tokens = _select(chosen)
    return tokens


def render(tokens: Iterable[Token]) -> str:
    """Text of the tokens, single-spaced where tokens were left out, capitalized, no quotes."""
    parts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is not None:
            parts.append(previous.whitespace_ if token.i == previous.i + 1 else " ")
        parts.append(token.text)
        previous = token
    text = " ".join("".join(parts).split())
    for pattern, replacement in _CLEANUP:
        text = pattern.sub(replacement, text)
    text = text.strip(" ,;:-–—")
    return text[:1].upper() + text[1:]


def _select(chosen: dict[int, Token]) -> list[Token]:
    """The chosen tokens in text order, without stranded prepositions and commas."""
    return _trim(
        [
            chosen[i]
            for i in sorted(chosen)
            if not _stranded(chosen[i], chosen) and not _stray_comma(chosen[i], chosen)
        ]
    )


def _stray_comma(token: Token, chosen: Collection[int]) -> bool:
    """A comma or dash next to a dropped phrase: "Slepian, [52,] was shot", "Suspect -- [name] -- was"."""
    return token.text in _SEPARATORS and (token.i - 1 not in chosen or token.i + 1 not in chosen)


def _rightmost_optional(trigger: Token, chosen: Collection[int]) -> Token | None:
    """The rightmost chosen modifier after the trigger that may go, never one of the trigger's heads."""
    heads = {trigger.i} | {t.i for t in trigger.ancestors}
    doc = trigger.doc
    optional = [i for i in chosen if i > trigger.i and i not in heads and doc[i].dep_ in _OPTIONAL]
    return doc[max(optional)] if optional else None


def _stranded(token: Token, chosen: Collection[int]) -> bool:
    """A preposition whose object was left out (the time expression, a pruned phrase)."""
    children = list(token.children)
    return token.dep_ in _PREPOSITIONS and bool(children) and all(c.i not in chosen for c in children)


def _words(tokens: list[Token]) -> int:
    return sum(not t.is_punct for t in tokens)


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop quotes, leading function words and relative modifiers, trailing function words."""
    drop = lexicon().title_drop_modifiers
    tokens = [t for t in tokens if t.text not in _QUOTES and not t.is_space]
    start, end = 0, len(tokens)
    while start < end and (tokens[start].dep_ in _LEADING_DEPS or tokens[start].lower_ in drop):
        start += 1
    while end > start and tokens[end - 1].pos_ in _TRAILING_POS:
        end -= 1
    return tokens[start:end]


def _subtree(token: Token, excluded: Collection[int], depth: int | None) -> Iterable[Token]:
    """``token`` and its dependents down to ``depth`` clause/phrase links (``None``: all)."""
    if token.i in excluded or _about_time(token, excluded):
        return
    yield token
    for child in token.children:
        if child.dep_ in _NESTED_SKIP:
            continue
        if depth is None or child.dep_ in _MODIFIERS:
            yield from _subtree(child, excluded, depth)
        elif depth > 0:
            yield from _subtree(child, excluded, depth - 1)


def _about_time(token: Token, excluded: Collection[int]) -> bool:
    """A modifier left dangling by the time expression: "on the night [of Oct. 23]", "as early [as ...]".

    A preposition goes only when its object is itself part of a date or time (spaCy's entity).
    """
    if token.dep_ == "prep":
        return any(
            c.ent_type_ in TIME_ENTITIES and any(g.i in excluded for g in c.children)
            for c in token.children
            if c.dep_ == "pobj"
        )
    return token.dep_ == "advmod" and any(c.i in excluded for c in token.children)


def _subject(subject: Token, excluded: Collection[int], depth: int | None) -> Iterable[Token]:
    """The subject, a relative pronoun replaced by the noun it stands for: "[the minister,] who"."""
    clause = subject.head
    if subject.tag_ in _RELATIVE_TAGS and clause.dep_ == "relcl":
        yield from _noun_head(clause.head, excluded)
    else:
        yield from _subtree(subject, excluded, depth)


def _fronted(verb: Token) -> set[int]:
    """Indices of the verb's framing modifiers before its subject: "In addition", "At a summit".

    A relative clause keeps its "where": "Oklahoma City, where 168 people were killed".
    """
    subjects = [c.i for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects:
        return set()
    relative = verb.dep_ == "relcl"
    return {
        c.i
        for c in verb.children
        if c.dep_ in _FRONTED and c.i < min(subjects) and not (relative and c.tag_ in _RELATIVE_TAGS)
    }


def _noun_head(noun: Token, excluded: Collection[int]) -> Iterable[Token]:
    """A noun with its left modifiers only: ``strategic arms reduction treaty``."""
    yield noun
    for child in noun.lefts:
        yield from _subtree(child, excluded, None)


def _phrase(trigger: Token, excluded: Collection[int], depth: int | None) -> Iterable[Token]:
    if is_verb(trigger):
        return _verb_phrase(trigger, excluded, depth)
    return _noun_phrase(trigger, excluded, depth)


def _verb_phrase(verb: Token, excluded: Collection[int], depth: int | None) -> Iterable[Token]:
    yield verb
    has_subject = False
    fronted = _fronted(verb)
    for child in verb.children:
        if child.dep_ in _TOP_SKIP or child.i in fronted:
            continue
        if child.dep_ in _SUBJECTS:
            has_subject = True
            if child.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
                continue  # the noun it stands for follows
        yield from _subtree(child, excluded, depth)
    if verb.dep_ == "relcl":  # "treaty which the two presidents signed"
        yield from _noun_head(verb.head, excluded)
    if has_subject:
        return
    if verb.dep_ == "acl":
        yield from _noun_head(verb.head, excluded)
    elif verb.dep_ in _SHARED_SUBJECT and is_verb(verb.head):
        head = verb.head
        if verb.dep_ == "xcomp" or _infinitive(verb):  # "ministers expect to sign": the controller belongs
            yield head
            yield from (c for c in head.children if c.dep_ in _AUXILIARIES)
        # "subpoenaed Elian to testify": an object controls the infinitive, else the subject does
        controllers = [c for c in head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if verb.dep_ == "advcl":  # a fronted participle ("Rescued by fishermen, Elian ...") keeps none
            subjects = [c for c in subjects if c.i < verb.i]
            if verb.tag_ == "VBG" and not any(c.dep_ in _AUXILIARIES for c in verb.children):
                subjects = [c for c in subjects if c.pos_ != "PRON"]  # no "He serving a term"
        for child in controllers or subjects:
            yield from _subject(child, excluded, depth)


def _noun_phrase(noun: Token, excluded: Collection[int], depth: int | None) -> Iterable[Token]:
    yield from _subtree(noun, excluded, depth)
    head = noun.head
    if head.i == noun.i or not is_verb(head):
        return
    if noun.dep_ in {"nsubj", "nsubjpass"}:  # "talks are under way in Brussels"
        yield head
        fronted = _fronted(head)
        yield from (
            t
            for c in head.children
            if c.dep_ in _NOUN_SUBJECT_VERB and c.i not in fronted
            for t in _subtree(c, excluded, 1)
        )
    elif noun.dep_ == "dobj":
        yield head
        yield from (t for c in head.children if c.dep_ in _SUBJECTS for t in _subject(c, excluded, depth))


def _infinitive(verb: Token) -> bool:
    """A 'to'-infinitive clause of purpose: "they have gathered evidence to begin presenting"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
