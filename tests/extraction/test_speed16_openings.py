"""The whole-text and per-sentence patterns that speed16 wrote with `_clauses.opened` (they
opened with a word guard, so `re` tried every position) are rewritten, and find what their old
forms find, with the same groups, from every start of sentences in four languages."""

from __future__ import annotations

import re

import pytest

from cityties.extraction.extractors import (
    _act_details,
    _visit_anaphora,
    _visit_delegations,
    _visit_nearby_date,
    agreements,
    figures,
    visits,
)
from cityties.extraction.extractors import _clauses as clauses

_OPENED = [
    (_visit_anaphora, "_AN_OFFICIAL"),
    (_visit_anaphora, "_GROUP_BACK"),
    (_visit_nearby_date, "_GUESTS"),
    (_visit_delegations, "_INVITED"),
    (_act_details, "_THAT"),
    (visits, "_DEMONYM_WORD"),
    (visits, "_RETURN_VISIT"),
    (visits, "_NOUN_ADJECTIVE"),
    (visits, "_HAVE"),
    (visits, "_VISITED_SUB"),
    (visits, "_RANGE_FIRST_DAY"),
    (figures, "_SAME_YEAR"),
    (agreements, "_BINDING_VERB_BEFORE"),
]

_SENTENCES = [
    "Mayor Anna de Vries led the delegation; later De Vries said that the guests had visited "
    "the port, and the visitors from the same year returned the visit in May.",
    "Burgemeester Jan Peeters ontving de delegatie; Peeters heeft gezegd dat de gasten het "
    "stadhuis bezochten. Het bezoek werd in hetzelfde jaar beantwoord door een tegenbezoek.",
    "Le maire Claire Martin a reçu la délégation chinoise ; elle a dit que les invités "
    "reviendront la même année pour une visite de retour du 3 au 5 juin.",
    "Oberbürgermeisterin Petra Schulz empfing die Delegation; Schulz sagte, dass die Gäste "
    "hatten den Hafen besucht, und im selben Jahr folgte der Gegenbesuch vom 2. bis 4. Mai.",
    "The council, invited by Professor Li Wei, agreed to renew the legally binding deal; "
    "the vice-chancellor's party of Dutch and Belgian officials stayed—that's all.",
    # read up to a cut (patterns that end with "\\Z"): a range's first day, a binding verb
    "De delegatie verblijft van maandag 7 tot en met ",
    "The guests stay from the 12th to ",
    "la charte qui lie depuis 1990 les deux villes ",
]


def _found(rx: re.Pattern[str], text: str) -> list[object]:
    """Span, groups and last group of the search from each start of the text."""
    out: list[object] = []
    for start in range(len(text) + 1):
        m = rx.search(text, start)
        out.append((m.span(), m.groups(), m.lastindex) if m else None)
    return out


@pytest.mark.parametrize(("module", "name"), _OPENED, ids=lambda x: getattr(x, "__name__", x))
def test_speed16_pattern_opens_with_its_first_characters(module: object, name: str) -> None:
    """Each pattern is the rewritten form (`opened` recorded its old form), whose opening is
    a set of first characters rather than a look-behind."""
    rx = getattr(module, name)
    assert rx.pattern in clauses.OPENED
    assert not rx.pattern.startswith("(?<")


@pytest.mark.parametrize(("module", "name"), _OPENED, ids=lambda x: getattr(x, "__name__", x))
@pytest.mark.parametrize(
    "text", _SENTENCES, ids=["en", "nl", "fr", "de", "mixed", "nl-cut", "en-cut", "fr-cut"]
)
def test_speed16_pattern_same_matches_as_its_old_form(module: object, name: str, text: str) -> None:
    """The rewritten pattern finds the old form's matches, with the same groups, from every
    start of the sentence, also upper-cased and lower-cased."""
    rx = getattr(module, name)
    old, flags = clauses.OPENED[rx.pattern]
    old_rx = re.compile(old, flags)
    for variant in (text, text.upper(), text.lower()):
        assert _found(rx, variant) == _found(old_rx, variant)
