"""Ingest, review and merge: documents in, one register out, nothing duplicated."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from cityties.extraction.doc import Doc
from cityties.extraction.types import (
    AgreementFact,
    ContactFact,
    FigureFact,
    GoalFact,
    OrganisationFact,
    Party,
    PlaceFact,
    PlaceRef,
    TieFact,
    VisitFact,
)
from cityties.text import PartialDate
from cityties.web.agreements.models import Agreement
from cityties.web.core.exceptions import ApplicationError
from cityties.web.core.models import ChangeLogEntry
from cityties.web.directory.models import Figure, Goal, Organisation, Person, Place, Platform, Tie
from cityties.web.documents.models import Document, Evidence, ExtractionRun, Fact, FactLink
from cityties.web.documents.services import (
    document_ingest,
    fact_accept,
    fact_edit,
    fact_reject,
    facts_accept_all,
)
from cityties.web.engagements.models import Visit

from .factories import engine_returning, span

pytestmark = pytest.mark.django_db

WEIHAI = PlaceRef(
    geonameid=1791673,
    name="Weihai",
    kind="city",
    country="CN",
    admin1="Shandong",
    latitude=37.5,
    longitude=122.1,
    name_zh="威海",
    pinyin="Wēihǎi",
)
GHENT = PlaceRef(
    geonameid=2797656, name="Gent", name_en="Ghent", kind="city", country="BE", admin1="Flanders"
)

PROFILE = (
    "Ghent and Weihai signed a friendship agreement on 24 September 2013 for five years.\n"
    "Ghent has 263,608 inhabitants (2020) and wants to be climate neutral by 2050.\n"
    "Contact: Anja Example, International Relations, City of Ghent, +32 478 00 00 00.\n"
    "The City of Ghent and Ghent University form the China Platform.\n"
)
PRESS = (
    "Press release. In September 2013 the cities of Ghent and Weihai concluded a friendship "
    "agreement.\n"
)


def _profile(doc: Doc) -> None:
    doc.places += [
        PlaceFact("Ghent", GHENT, span(doc, "Ghent")),
        PlaceFact("Weihai", WEIHAI, span(doc, "Weihai")),
    ]
    doc.organisations += [
        OrganisationFact("City of Ghent", "city_government", "Ghent", span(doc, "City of Ghent")),
        OrganisationFact("Ghent University", "university", "Ghent", span(doc, "Ghent University")),
    ]
    doc.ties += [
        TieFact("City of Ghent", "member_of", "China Platform", span(doc, "China Platform")),
        TieFact("Ghent University", "member_of", "China Platform", span(doc, "form the China")),
    ]
    doc.agreements.append(
        AgreementFact(
            parties=(Party("Ghent", "place", 2797656), Party("Weihai", "place", 1791673)),
            type="friendship",
            signed=PartialDate(2013, 9, 24),
            duration_months=60,
            ends=PartialDate(2018, 9, 24),
            evidence=span(doc, "signed a friendship agreement on 24 September 2013"),
        )
    )
    doc.figures.append(
        FigureFact("Ghent", "population", 263608, 2020, evidence=span(doc, "263,608 inhabitants"))
    )
    doc.goals.append(
        GoalFact(
            "Ghent",
            "climate neutral by 2050",
            2050,
            ("sustainability",),
            span(doc, "climate neutral by 2050"),
        )
    )
    doc.contacts.append(
        ContactFact(
            name="Anja Example",
            organization="City of Ghent",
            unit="International Relations",
            phone="+32478000000",
            evidence=span(doc, "Anja Example"),
        )
    )


def _press(doc: Doc) -> None:
    doc.agreements.append(
        AgreementFact(
            parties=(Party("Ghent", "place", 2797656), Party("Weihai", "place", 1791673)),
            type="friendship",
            signed=PartialDate(2013, 9),
            evidence=span(doc, "concluded a friendship"),
        )
    )


def test_document_ingest_stores_facts_with_evidence(desk_users) -> None:
    """Ingesting keeps the bytes and hash, and every evidence quotes the document text."""
    result = document_ingest(
        actor=desk_users["editor"], text=PROFILE, engine=engine_returning(_profile)
    )
    document = result.document
    assert result.created is True
    with document.original.open("rb") as original:
        assert original.read() == PROFILE.encode()
    assert len(document.sha256) == 64
    assert result.run is not None and result.run.status == "ok"
    assert document.facts.count() == 10
    assert Evidence.objects.filter(fact__document=document).count() == 10
    for ev in Evidence.objects.filter(fact__document=document):
        assert document.text[ev.char_start : ev.char_end] == ev.quote


def test_document_ingest_same_bytes_recognised(desk_users) -> None:
    """The same file uploaded twice is one document, and the second upload is reported."""
    engine = engine_returning(_press)
    first = document_ingest(
        actor=desk_users["editor"], data=PRESS.encode(), name="a.txt", engine=engine
    )
    again = document_ingest(
        actor=desk_users["editor"], data=PRESS.encode(), name="b.txt", engine=engine
    )
    assert again.created is False
    assert again.document.pk == first.document.pk
    assert Document.objects.count() == 1
    assert Fact.objects.count() == 1


def test_document_ingest_failed_extraction_saves_nothing_halfway(desk_users) -> None:
    """Bytes the reader cannot read give a failed run with its code and no facts."""
    result = document_ingest(actor=desk_users["editor"], data=bytes(range(256)) * 4, name="x.bin")
    assert result.run is not None
    assert result.run.status == "failed"
    assert result.run.error_code.startswith("E1")
    assert Fact.objects.count() == 0


def test_document_ingest_engine_crash_is_a_failed_run(desk_users) -> None:
    """An engine bug marks the run failed (E199); the facts it built are not stored."""

    def crash(doc: Doc) -> None:
        raise RuntimeError("boom")

    result = document_ingest(actor=desk_users["editor"], text=PRESS, engine=engine_returning(crash))
    assert result.run is not None and result.run.error_code == "E199"
    assert Fact.objects.count() == 0


def test_document_ingest_bad_evidence_saves_no_fact(desk_users) -> None:
    """A run whose evidence does not quote the text is failed (E190) and keeps no fact."""
    from cityties.extraction.types import Evidence as Ev

    def wrong(doc: Doc) -> None:
        doc.figures.append(
            FigureFact("Ghent", "population", 1, evidence=(Ev(0, 5, "XXXXX", "t@1"),))
        )

    result = document_ingest(actor=desk_users["editor"], text=PRESS, engine=engine_returning(wrong))
    assert result.run is not None and result.run.error_code == "E190"
    assert Fact.objects.count() == 0
    assert ExtractionRun.objects.filter(status="ok").count() == 0


def test_document_ingest_refused_for_viewer(desk_users) -> None:
    """A viewer cannot add documents."""
    with pytest.raises(PermissionDenied):
        document_ingest(actor=desk_users["viewer"], text=PRESS, engine=engine_returning(_press))


def test_document_ingest_empty_text_is_an_error(desk_users) -> None:
    """Empty input is refused with a message, nothing stored."""
    with pytest.raises(ApplicationError, match="empty"):
        document_ingest(actor=desk_users["editor"], text="")
    assert Document.objects.count() == 0


def test_facts_accept_all_builds_the_register(desk_users, desk_org) -> None:
    """Accepting a profile's facts gives places, platform, agreement with its end, figure, goal."""
    editor = desk_users["editor"]
    document = document_ingest(
        actor=editor, text=PROFILE, engine=engine_returning(_profile)
    ).document
    accepted, failures = facts_accept_all(actor=editor, document=document)
    assert failures == {}
    assert Fact.objects.filter(state="accepted").count() == 10
    assert Fact.objects.filter(state="pending").count() == 0
    weihai = Place.objects.get(geonameid=1791673)
    assert (weihai.name_zh, weihai.pinyin, weihai.admin_region) == ("威海", "Wēihǎi", "Shandong")
    assert Place.objects.filter(geonameid=2797656).count() == 1
    agreement = Agreement.objects.get()
    assert agreement.ends is not None and agreement.ends.iso() == "2018-09-24"
    assert agreement.owner == desk_org
    assert list(agreement.source_documents.all()) == [document]
    platform = Platform.objects.get(name="China Platform")
    assert sorted(platform.members.values_list("name", flat=True)) == [
        "City of Ghent",
        "Ghent University",
    ]
    ghent = Place.objects.get(geonameid=2797656)
    assert Figure.objects.get(place=ghent).value == 263608
    ghent.refresh_from_db()
    assert (ghent.population, ghent.population_year) == (263608, 2020)
    assert Goal.objects.get(place=ghent).year == 2050
    assert Person.objects.get().phone == "+32478000000"


def test_fact_accept_same_agreement_two_documents_one_record(desk_users) -> None:
    """The same act in two documents becomes one agreement with two source documents."""
    editor = desk_users["editor"]
    profile = document_ingest(
        actor=editor, text=PROFILE, engine=engine_returning(_profile)
    ).document
    press = document_ingest(actor=editor, text=PRESS, engine=engine_returning(_press)).document
    facts_accept_all(actor=editor, document=profile)
    facts_accept_all(actor=editor, document=press)
    agreement = Agreement.objects.get()
    assert set(agreement.source_documents.all()) == {profile, press}
    assert agreement.signed is not None and agreement.signed.iso() == "2013-09-24"
    press_fact = press.facts.get(kind="agreement")
    assert FactLink.objects.get(fact=press_fact).record == agreement


def test_fact_accept_different_date_is_another_agreement(desk_users) -> None:
    """An act of the same type and parties signed in another year is a separate record."""
    editor = desk_users["editor"]

    def later(doc: Doc) -> None:
        doc.agreements.append(
            AgreementFact(
                parties=(Party("Ghent", "place", 2797656), Party("Weihai", "place", 1791673)),
                type="friendship",
                signed=PartialDate(2019),
                evidence=span(doc, "friendship"),
            )
        )

    profile = document_ingest(
        actor=editor, text=PROFILE, engine=engine_returning(_profile)
    ).document
    facts_accept_all(actor=editor, document=profile)
    other = document_ingest(actor=editor, text=PRESS + " ", engine=engine_returning(later)).document
    facts_accept_all(actor=editor, document=other)
    assert Agreement.objects.count() == 2


def test_fact_accept_place_matched_by_name_or_alias(desk_users) -> None:
    """A place named by one of its aliases is matched, not duplicated."""

    def gent(doc: Doc) -> None:
        doc.places.append(PlaceFact("Gent", None, span(doc, "Ghent")))

    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(gent)
    ).document
    fact = document.facts.get()
    place = Place.objects.get()
    place.aliases.create(name="Gent", folded="gent")
    fact_accept(actor=desk_users["editor"], fact=fact)
    assert Place.objects.count() == 1
    assert FactLink.objects.get(fact=fact).record == place


def test_fact_accept_contact_matched_by_email(desk_users, desk_org) -> None:
    """A contact with a known e-mail updates that person instead of adding another."""
    person = Person.objects.create(name="A. Example", folded="a example", email="anja@example.org")

    def contact(doc: Doc) -> None:
        doc.contacts.append(
            ContactFact(
                name="Anja Example",
                email="anja@example.org",
                role="Adviser",
                evidence=span(doc, "Ghent"),
            )
        )

    document = document_ingest(
        actor=desk_users["admin"], text=PRESS, engine=engine_returning(contact)
    ).document
    fact_accept(actor=desk_users["admin"], fact=document.facts.get())
    assert Person.objects.count() == 1
    person.refresh_from_db()
    assert person.role == "Adviser"


def test_fact_accept_twice_refused(desk_users) -> None:
    """A reviewed fact cannot be reviewed again."""
    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(_press)
    ).document
    fact = document.facts.get()
    fact_accept(actor=desk_users["editor"], fact=fact)
    with pytest.raises(ApplicationError, match="already been reviewed"):
        fact_accept(actor=desk_users["editor"], fact=fact)


def test_fact_reject_changes_nothing(desk_users) -> None:
    """A rejected fact keeps its evidence and adds nothing to the register."""
    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(_press)
    ).document
    fact = fact_reject(actor=desk_users["editor"], fact=document.facts.get(), note="wrong year")
    assert fact.state == "rejected"
    assert fact.note == "wrong year"
    assert Agreement.objects.count() == 0
    assert fact.evidence.count() == 1


def test_fact_edit_merges_the_correction(desk_users) -> None:
    """An edited fact is merged as corrected; the engine's payload is kept beside it."""
    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(_press)
    ).document
    fact = fact_edit(
        actor=desk_users["editor"], fact=document.facts.get(), payload={"signed": "2013-09-24"}
    )
    assert fact.state == "edited"
    assert fact.payload["signed"] == "2013-09"
    agreement = Agreement.objects.get()
    assert agreement.signed == PartialDate(2013, 9, 24)


def test_fact_accept_by_editor_of_other_organisation_refused(desk_users, other_org) -> None:
    """An editor reviews only the documents their organisation uploaded."""
    from django.contrib.auth.models import Group, User

    from cityties.web.directory.models import UserProfile

    stranger = User.objects.create_user("stranger")
    stranger.groups.add(Group.objects.get(name="editor"))
    UserProfile.objects.create(user=stranger, organisation=other_org)
    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(_press)
    ).document
    with pytest.raises(PermissionDenied):
        fact_accept(actor=stranger, fact=document.facts.get())


def test_fact_accept_visit_with_members(desk_users, desk_org) -> None:
    """A visit fact becomes an incoming visit to the home city with its delegation members."""
    Place.objects.filter(geonameid=2797656).update(is_home=True)
    text = (
        "On 14 May 2019 a delegation from Weihai led by Mr Wang Example, Vice-Mayor, visited Ghent."
    )

    def visit(doc: Doc) -> None:
        doc.places.append(PlaceFact("Weihai", WEIHAI, span(doc, "Weihai")))
        doc.visits.append(
            VisitFact(
                visitor=Party("Weihai", "place", 1791673),
                host=Party("Ghent", "place", 2797656),
                date=PartialDate(2019, 5, 14),
                members=("Wang Example, Vice-Mayor",),
                evidence=span(doc, "visited Ghent"),
            )
        )

    document = document_ingest(
        actor=desk_users["editor"], text=text, engine=engine_returning(visit)
    ).document
    facts_accept_all(actor=desk_users["editor"], document=document)
    v = Visit.objects.get()
    assert v.direction == "incoming"
    assert v.organiser == desk_org
    assert [(m.name, m.title) for m in v.members.all()] == [("Wang Example", "Vice-Mayor")]
    facts_accept_all(actor=desk_users["editor"], document=document)
    assert Visit.objects.count() == 1


def test_fact_accept_ties_branch_in_place(desk_users) -> None:
    """A company with a branch in a city becomes a tie from the company to the place."""
    text = "Volvo Cars NV has a branch in Ghent."

    def tie(doc: Doc) -> None:
        doc.places.append(PlaceFact("Ghent", GHENT, span(doc, "Ghent")))
        doc.organisations.append(
            OrganisationFact("Volvo Cars NV", "company", None, span(doc, "Volvo Cars NV"))
        )
        doc.ties.append(
            TieFact("Volvo Cars NV", "branch_in", "Ghent", span(doc, "has a branch in Ghent"))
        )

    document = document_ingest(
        actor=desk_users["editor"], text=text, engine=engine_returning(tie)
    ).document
    facts_accept_all(actor=desk_users["editor"], document=document)
    t = Tie.objects.get()
    assert (t.subject.name, t.relation, t.object_place.geonameid) == (
        "Volvo Cars NV",
        "branch_in",
        2797656,
    )
    assert Organisation.objects.get(name="Volvo Cars NV").kind == "company"


def test_fact_accept_writes_change_log(desk_users) -> None:
    """Every record made from a fact is in the change log with its actor."""
    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(_press)
    ).document
    fact_accept(actor=desk_users["editor"], fact=document.facts.get())
    agreement = Agreement.objects.get()
    entry = ChangeLogEntry.objects.filter(object_id=agreement.pk, action="create").get(
        content_type__model="agreement"
    )
    assert entry.actor == desk_users["editor"]
    assert entry.after["type"] == "friendship"


def test_fact_edit_party_name_replaces_resolved_party(desk_users) -> None:
    """Correcting a party's name drops the engine's gazetteer id for it; the new name is used."""
    taizhou = Place.objects.create(
        name="Taizhou", folded="taizhou", country="CN", admin_region="Zhejiang"
    )
    document = document_ingest(
        actor=desk_users["editor"], text=PRESS, engine=engine_returning(_press)
    ).document
    fact_edit(
        actor=desk_users["editor"],
        fact=document.facts.get(),
        payload={"parties": ["Ghent", "Taizhou"]},
    )
    agreement = Agreement.objects.get()
    assert {p.place for p in agreement.parties.all()} == {
        Place.objects.get(geonameid=2797656),
        taizhou,
    }
    assert Place.objects.filter(geonameid=1791673).exists() is False


def _government_without_place(doc: Doc) -> None:
    doc.places.append(PlaceFact("Ghent", GHENT, span(doc, "Ghent")))
    doc.organisations.append(
        OrganisationFact("City of Ghent", "city_government", None, span(doc, "City of Ghent"))
    )
    doc.figures.append(
        FigureFact("Ghent", "population", 263608, 2020, evidence=span(doc, "263,608 inhabitants"))
    )


def test_fact_accept_figure_after_city_government_lands_on_the_city(desk_users) -> None:
    """A figure accepted after "City of Ghent" but before the place Ghent goes to the city."""
    editor = desk_users["editor"]
    document = document_ingest(
        actor=editor, text=PROFILE, engine=engine_returning(_government_without_place)
    ).document
    fact_accept(actor=editor, fact=document.facts.get(kind="organisation"))
    fact_accept(actor=editor, fact=document.facts.get(kind="figure"))
    figure = Figure.objects.get()
    assert figure.place == Place.objects.get(geonameid=2797656)
    assert figure.organisation is None


# --- a visit report read in depth: members, programme, outcomes, follow-ups, gifts ----------------

REPORT = (
    "On 14 May 2019 a delegation from Weihai led by Mr Wang Example, Vice-Mayor of Weihai, "
    "visited Ghent and was received by Ms Els Example, Alderman.\n"
    "Ms Liu Example, Director of the Weihai Trade Office, joined the delegation.\n"
    "14 May, morning: welcome at the City Hall.\n"
    "14 May, afternoon: visit to North Sea Port.\n"
    "Both cities agreed to draft a cooperation programme.\n"
    "Anja Example will send the draft to Weihai by 30 June 2019.\n"
    "The China Desk will plan a return visit by July 2019.\n"
    "The delegation gave the City of Ghent a porcelain plate; it is kept in the protocol room.\n"
    "The Alderman gave the Vice-Mayor a book of photographs.\n"
)


def _detailed_visit(doc: Doc, *, extra_gift: bool = False) -> None:
    from cityties.extraction.types import (
        DelegationMember,
        FollowUpAction,
        ProgrammeItem,
        VisitGift,
        VisitOutcome,
    )

    doc.places.append(PlaceFact("Weihai", WEIHAI, span(doc, "Weihai")))
    gifts = [
        VisitGift(
            "a porcelain plate",
            giver="Weihai",
            receiver="City of Ghent",
            kept_at="protocol room" if extra_gift else None,
            giver_side="visitor",
            evidence=span(doc, "The delegation gave the City of Ghent a porcelain plate"),
        ),
        VisitGift(
            "a book of photographs",
            giver="Els Example",
            receiver="Wang Example",
            giver_side="host",
            evidence=span(doc, "The Alderman gave the Vice-Mayor a book of photographs"),
        ),
    ]
    doc.visits.append(
        VisitFact(
            visitor=Party("Weihai", "place", 1791673),
            host=Party("Ghent", "place", 2797656),
            date=PartialDate(2019, 5, 14),
            purpose="to discuss port logistics",
            members=("Wang Example", "Liu Example"),
            evidence=span(doc, "a delegation from Weihai led by"),
            member_details=(
                DelegationMember(
                    "Wang Example", "Vice-Mayor of Weihai", None, "visitor", span(doc, "Mr Wang")
                ),
                DelegationMember("Els Example", "Alderman", None, "host", span(doc, "Ms Els")),
                DelegationMember(
                    "Liu Example", "Director", "Weihai Trade Office", "visitor", span(doc, "Ms Liu")
                ),
            ),
            programme=(
                ProgrammeItem(
                    "welcome at the City Hall",
                    PartialDate(2019, 5, 14),
                    "morning",
                    "City Hall",
                    span(doc, "14 May, morning: welcome at the City Hall."),
                ),
                ProgrammeItem(
                    "visit to North Sea Port",
                    PartialDate(2019, 5, 14),
                    "afternoon",
                    "North Sea Port",
                    span(doc, "14 May, afternoon: visit to North Sea Port."),
                ),
            ),
            outcomes=(
                VisitOutcome(
                    "Both cities agreed to draft a cooperation programme",
                    span(doc, "Both cities agreed to draft a cooperation programme."),
                ),
            ),
            follow_ups=(
                FollowUpAction(
                    "send the draft to Weihai",
                    "Anja Example",
                    PartialDate(2019, 6, 30),
                    span(doc, "Anja Example will send the draft to Weihai by 30 June 2019."),
                ),
                FollowUpAction(
                    "plan a return visit",
                    "China Desk",
                    PartialDate(2019, 7),
                    span(doc, "The China Desk will plan a return visit by July 2019."),
                ),
            ),
            gifts=tuple(gifts),
        )
    )


def _home_and_contacts(desk_org: Organisation) -> Person:
    Place.objects.filter(geonameid=2797656).update(is_home=True)
    Organisation.objects.create(name="China Desk", folded="china desk")
    return Person.objects.create(name="Anja Example", folded="anja example", organisation=desk_org)


def test_fact_accept_visit_details_fill_the_visit(desk_users, desk_org) -> None:
    """Accepting a visit fact stores its members with title and side, its programme and
    outcomes, its follow-up actions (owner a known person, or a known organisation linked to
    the fact; a due date only when its day is known) and its gifts given and received."""
    from cityties.web.engagements.models import FollowUp, Gift

    anja = _home_and_contacts(desk_org)
    document = document_ingest(
        actor=desk_users["editor"], text=REPORT, engine=engine_returning(_detailed_visit)
    ).document
    facts_accept_all(actor=desk_users["editor"], document=document)
    v = Visit.objects.get()
    assert v.purpose == "to discuss port logistics"
    assert {(m.name, m.title, m.side) for m in v.members.all()} == {
        ("Wang Example", "Vice-Mayor of Weihai", "visitor"),
        ("Els Example", "Alderman", "host"),
        ("Liu Example", "Director, Weihai Trade Office", "visitor"),
    }
    assert v.programme.splitlines() == [
        "2019-05-14 morning: welcome at the City Hall",
        "2019-05-14 afternoon: visit to North Sea Port",
    ]
    assert v.outcomes == "Both cities agreed to draft a cooperation programme"
    actions = {
        (f.description, f.owner, f.due_on and f.due_on.isoformat()) for f in FollowUp.objects.all()
    }
    assert actions == {
        ("send the draft to Weihai", anja, "2019-06-30"),
        ("China Desk: plan a return visit (due 2019-07)", None, None),
    }
    gifts = {
        (g.direction, g.description, g.giver, g.receiver, g.kept_at, g.given_on.isoformat())
        for g in Gift.objects.all()
    }
    assert gifts == {
        ("received", "a porcelain plate", "Weihai", "City of Ghent", "", "2019-05-14"),
        ("given", "a book of photographs", "Els Example", "Wang Example", "", "2019-05-14"),
    }
    fact = document.facts.get(kind="visit")
    linked = {link.content_type.model for link in fact.links.all()}
    assert {"visit", "followup", "gift", "organisation"} <= linked


def test_fact_accept_visit_details_merge_without_duplicates(desk_users, desk_org) -> None:
    """The same visit read from a second report adds only what the register lacks (a gift's
    place), and never a member, programme line, outcome, action or gift twice."""
    from cityties.web.engagements.models import FollowUp, Gift, VisitMember

    _home_and_contacts(desk_org)
    first = document_ingest(
        actor=desk_users["editor"], text=REPORT, engine=engine_returning(_detailed_visit)
    ).document
    facts_accept_all(actor=desk_users["editor"], document=first)
    second = document_ingest(
        actor=desk_users["editor"],
        text=REPORT + "\nSecond copy of the report.\n",
        engine=engine_returning(lambda doc: _detailed_visit(doc, extra_gift=True)),
    ).document
    facts_accept_all(actor=desk_users["editor"], document=second)
    v = Visit.objects.get()
    assert v.source_documents.count() == 2
    assert VisitMember.objects.count() == 3
    assert len(v.programme.splitlines()) == 2
    assert len(v.outcomes.splitlines()) == 1
    assert FollowUp.objects.count() == 2
    assert Gift.objects.count() == 2
    assert Gift.objects.get(description="a porcelain plate").kept_at == "protocol room"


def test_facts_save_keeps_the_evidence_of_visit_details(desk_users, desk_org) -> None:
    """A visit fact's parts keep their evidence in its payload, each quoting the text; the
    fact's own evidence rows stay the visit's (one source per span on the visit's page)."""
    _home_and_contacts(desk_org)
    document = document_ingest(
        actor=desk_users["editor"], text=REPORT, engine=engine_returning(_detailed_visit)
    ).document
    fact = document.facts.get(kind="visit")
    assert [ev.quote for ev in fact.evidence.all()] == ["a delegation from Weihai led by"]
    parts = [
        ev
        for key in ("member_details", "programme", "outcomes", "follow_ups", "gifts")
        for item in fact.payload[key]
        for ev in item["evidence"]
    ]
    assert len(parts) == 10
    for ev in parts:
        assert REPORT[ev["start"] : ev["end"]] == ev["quote"]
    assert "3 people" in fact.summary and "2 gifts" in fact.summary


def test_fact_card_shows_the_visit_details(desk_users, desk_org) -> None:
    """The review card of a visit lists its delegation, programme, outcomes, actions and
    gifts."""
    from django.template.loader import render_to_string

    from cityties.web.documents.views import fact_card

    _home_and_contacts(desk_org)
    document = document_ingest(
        actor=desk_users["editor"], text=REPORT, engine=engine_returning(_detailed_visit)
    ).document
    fact = document.facts.get(kind="visit")
    html = render_to_string(
        "documents/_fact_card.html", {"card": fact_card(fact, may_review=False)}
    )
    for text in (
        "Liu Example, Director",
        "Weihai Trade Office",
        "welcome at the City Hall",
        "Both cities agreed to draft a cooperation programme",
        "send the draft to Weihai",
        "30 Jun 2019",
        "a porcelain plate",
        "Els Example → Wang Example",
    ):
        assert text in html


def test_fact_accept_visit_real_engine_on_a_report(desk_users, desk_org) -> None:
    """The engine's own reading of a short visit report lands in the register."""
    from cityties.web.engagements.models import FollowUp, Gift

    Place.objects.filter(geonameid=2797656).update(is_home=True)
    text = (
        "On 14 May 2019 a delegation from Weihai visited Ghent.\n\n"
        "Delegation members\n"
        "- Mr Wang Example, Vice-Mayor of Weihai\n"
        "- Ms Liu Example, interpreter\n\n"
        "Follow-up\n"
        "The City of Ghent will send the minutes to Weihai by 30 June 2019.\n\n"
        "Gifts\n"
        "The delegation gave the City of Ghent a silk scroll.\n"
    )
    document = document_ingest(actor=desk_users["editor"], text=text).document
    facts_accept_all(actor=desk_users["editor"], document=document)
    v = Visit.objects.get(from_place__geonameid=1791673)
    assert [(m.name, m.title) for m in v.members.order_by("pk")] == [
        ("Wang Example", "Vice-Mayor of Weihai"),
        ("Liu Example", "interpreter"),
    ]
    follow_up = FollowUp.objects.get()
    assert follow_up.due_on.isoformat() == "2019-06-30"
    assert "send the minutes to Weihai" in follow_up.description
    gift = Gift.objects.get()
    assert (gift.direction, gift.description) == ("received", "a silk scroll")
