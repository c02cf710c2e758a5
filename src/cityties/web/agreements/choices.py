"""Agreement vocabularies: the same values as shared/eval/SCHEMA.md and the extraction engine."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementType(models.TextChoices):
    """The kind of act."""

    SISTER_CITY = "sister_city", _("Sister city")
    FRIENDSHIP = "friendship", _("Friendship")
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding", _("Memorandum of understanding")
    LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")
    DECLARATION_OF_INTENT = "declaration_of_intent", _("Declaration of intent")
    COOPERATION_AGREEMENT = "cooperation_agreement", _("Cooperation agreement")
    OTHER = "other", _("Other")


class AgreementStatus(models.TextChoices):
    """Where the act stands."""

    SIGNED = "signed", _("Signed")
    RENEWED = "renewed", _("Renewed")
    PLANNED = "planned", _("Planned")
    NOT_CONCLUDED = "not_concluded", _("Not concluded")
    ENDED = "ended", _("Ended")
