"""The directory: places, organisations and their ties, platforms, people, figures and goals."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.text import fold
from cityties.web.core.constraints import exactly_one, not_before
from cityties.web.core.models import TimeStampedModel

from .choices import FigureMeasure, OrganisationKind, PlaceKind, TieRelation
from .managers import OrganisationQuerySet, PersonQuerySet, PlaceQuerySet

e164_validator = RegexValidator(
    r"^\+[1-9]\d{5,14}$", _("Enter the phone number in E.164 form, e.g. +3292101010.")
)
country_validator = RegexValidator(r"^[A-Z]{2}$", _("Enter an ISO 3166 country code, e.g. BE."))


class Place(TimeStampedModel):
    """A city, province or country, resolved to GeoNames where possible."""

    geonameid = models.PositiveIntegerField(_("GeoNames id"), null=True, blank=True)
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The usual English name (Ghent).")
    )
    name_local = models.CharField(
        _("local name"), max_length=200, blank=True, help_text=_("The name used locally (Gent).")
    )
    name_zh = models.CharField(_("Chinese name"), max_length=100, blank=True)
    pinyin = models.CharField(_("pinyin"), max_length=200, blank=True)
    folded = models.CharField(_("folded name"), max_length=200, editable=False, db_index=True)
    kind = models.CharField(_("kind"), max_length=10, choices=PlaceKind.choices, default="city")
    country = models.CharField(
        _("country"), max_length=2, blank=True, validators=[country_validator]
    )
    admin_region = models.CharField(_("admin region"), max_length=200, blank=True)
    admin_region_code = models.CharField(_("admin region code"), max_length=10, blank=True)
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    population = models.PositiveBigIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("population year"), null=True, blank=True)
    public_profile = models.BooleanField(
        _("public profile"),
        default=False,
        help_text=_("Show this place's profile to visitors who are not logged in."),
    )
    is_home = models.BooleanField(
        _("home city"), default=False, help_text=_("The city this desk works for.")
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name", "country", "admin_region"]
        indexes = [
            models.Index(fields=["name", "country", "admin_region"], name="directory_place_order")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["geonameid"],
                condition=models.Q(geonameid__isnull=False),
                name="%(app_label)s_%(class)s_unique_geonameid",
                violation_error_message=_("A place with this GeoNames id already exists."),
            ),
            models.UniqueConstraint(
                fields=["name", "country", "admin_region"],
                name="%(app_label)s_%(class)s_unique_name_region",
                violation_error_message=_(
                    "A place with this name already exists in this country and region."
                ),
            ),
            models.UniqueConstraint(
                fields=["is_home"],
                condition=models.Q(is_home=True),
                name="%(app_label)s_%(class)s_unique_home",
                violation_error_message=_("Only one place can be the home city."),
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="%(app_label)s_%(class)s_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="%(app_label)s_%(class)s_longitude_range",
            ),
        ]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self) -> str:
        if self.name_zh:
            # Chinese names always travel with their pinyin (in selects, messages, history).
            zh = f"{self.name_zh} {self.pinyin}" if self.pinyin else self.name_zh
            return f"{self.name} ({zh})"
        return self.name

    def clean(self) -> None:
        self.folded = fold(self.name)

    @property
    def label(self) -> str:
        """The name with its region and country, to tell two Taizhous apart."""
        where = ", ".join(x for x in (self.admin_region, self.country) if x)
        return f"{self.name} ({where})" if where else self.name


class Organisation(TimeStampedModel):
    """A city government, university, chamber of commerce, port, company or service."""

    name = models.CharField(_("name"), max_length=200)
    folded = models.CharField(_("folded name"), max_length=200, editable=False, db_index=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[e164_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="directory_organisation_order")]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "place"],
                name="%(app_label)s_%(class)s_unique_name_place",
                violation_error_message=_("This organisation already exists in this place."),
            ),
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.folded = fold(self.name)


class Alias(models.Model):
    """Another name of a place or organisation ("Gent", "Stad Gent", "Port of Ghent")."""

    place = models.ForeignKey(
        Place, on_delete=models.CASCADE, null=True, blank=True, related_name="aliases"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="aliases"
    )
    name = models.CharField(_("name"), max_length=200)
    folded = models.CharField(_("folded name"), max_length=200, editable=False, db_index=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="directory_alias_order")]
        constraints = [
            exactly_one(
                "place",
                "organisation",
                name="%(app_label)s_%(class)s_one_owner",
                message=_("An alias names either a place or an organisation."),
            ),
            models.UniqueConstraint(
                fields=["place", "folded"],
                condition=models.Q(place__isnull=False),
                name="%(app_label)s_%(class)s_unique_place_name",
            ),
            models.UniqueConstraint(
                fields=["organisation", "folded"],
                condition=models.Q(organisation__isnull=False),
                name="%(app_label)s_%(class)s_unique_organisation_name",
            ),
        ]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.folded = fold(self.name)


class Tie(TimeStampedModel):
    """A tie from an organisation to another organisation or a place (branch, member, owner)."""

    subject = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="ties"
    )
    relation = models.CharField(_("relation"), max_length=20, choices=TieRelation.choices)
    object_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("tied organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="incoming_ties",
    )
    object_place = models.ForeignKey(
        Place,
        verbose_name=_("tied place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ties",
    )
    since = models.DateField(_("since"), null=True, blank=True)
    until = models.DateField(_("until"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["subject", "relation", "pk"]
        indexes = [models.Index(fields=["subject", "relation", "id"], name="directory_tie_order")]
        constraints = [
            exactly_one(
                "object_organisation",
                "object_place",
                name="%(app_label)s_%(class)s_one_object",
                message=_("A tie points to either an organisation or a place."),
            ),
            models.UniqueConstraint(
                fields=["subject", "relation", "object_organisation"],
                condition=models.Q(object_organisation__isnull=False),
                name="%(app_label)s_%(class)s_unique_organisation_tie",
                violation_error_message=_("This tie already exists."),
            ),
            models.UniqueConstraint(
                fields=["subject", "relation", "object_place"],
                condition=models.Q(object_place__isnull=False),
                name="%(app_label)s_%(class)s_unique_place_tie",
                violation_error_message=_("This tie already exists."),
            ),
            models.CheckConstraint(
                condition=~models.Q(object_organisation=models.F("subject")),
                name="%(app_label)s_%(class)s_not_self",
                violation_error_message=_("An organisation cannot be tied to itself."),
            ),
            not_before(
                "until",
                "since",
                name="%(app_label)s_%(class)s_until_after_since",
                message=_("A tie cannot end before it starts."),
            ),
        ]
        verbose_name = _("tie")
        verbose_name_plural = _("ties")

    def __str__(self) -> str:
        target = self.object_organisation or self.object_place
        return f"{self.subject} {self.get_relation_display()} {target}"


class Platform(TimeStampedModel):
    """A named group of organisations working together on one country (the China Platform)."""

    name = models.CharField(_("name"), max_length=200)
    folded = models.CharField(_("folded name"), max_length=200, editable=False, db_index=True)
    focus_country = models.CharField(
        _("focus country"), max_length=2, blank=True, validators=[country_validator]
    )
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(
        Organisation, verbose_name=_("members"), blank=True, related_name="platforms"
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="directory_platform_order")]
        constraints = [
            models.UniqueConstraint(fields=["name"], name="%(app_label)s_%(class)s_unique_name"),
        ]
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.folded = fold(self.name)


class Person(TimeStampedModel):
    """A contact person; `active_from`/`active_to` keep the history across a handover."""

    name = models.CharField(_("name"), max_length=200)
    folded = models.CharField(_("folded name"), max_length=200, editable=False, db_index=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    unit = models.CharField(_("unit"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[e164_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    owner = models.ForeignKey(
        Organisation,
        verbose_name=_("kept by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kept_contacts",
        help_text=_("The organisation that keeps this contact (default: the person's own)."),
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_to = models.DateField(_("active to"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["name", "id"], name="directory_person_order")]
        constraints = [
            not_before(
                "active_to",
                "active_from",
                name="%(app_label)s_%(class)s_active_to_after_from",
                message=_("A person cannot leave a role before taking it up."),
            ),
        ]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.folded = fold(self.name, drop_stop_words=False)
        if self.email:
            self.email = self.email.strip().lower()


class Figure(TimeStampedModel):
    """A number about a place or organisation (population 263,608 in 2020)."""

    place = models.ForeignKey(
        Place, on_delete=models.CASCADE, null=True, blank=True, related_name="figures"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="figures"
    )
    measure = models.CharField(_("measure"), max_length=20, choices=FigureMeasure.choices)
    label = models.CharField(
        _("label"), max_length=100, blank=True, help_text=_("What an 'other' figure counts.")
    )
    value = models.FloatField(_("value"))
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    class Meta:
        ordering = ["measure", "-year", "pk"]
        indexes = [models.Index(fields=["measure", "-year", "id"], name="directory_figure_order")]
        constraints = [
            exactly_one(
                "place",
                "organisation",
                name="%(app_label)s_%(class)s_one_subject",
                message=_("A figure is about either a place or an organisation."),
            ),
            models.UniqueConstraint(
                fields=["place", "measure", "label", "year"],
                condition=models.Q(place__isnull=False),
                name="%(app_label)s_%(class)s_unique_place_measure",
                violation_error_message=_("This place already has this figure for this year."),
            ),
            models.UniqueConstraint(
                fields=["organisation", "measure", "label", "year"],
                condition=models.Q(organisation__isnull=False),
                name="%(app_label)s_%(class)s_unique_organisation_measure",
                violation_error_message=_(
                    "This organisation already has this figure for this year."
                ),
            ),
        ]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self) -> str:
        subject = self.place or self.organisation
        year = f" ({self.year})" if self.year else ""
        value = f"{self.value:,.0f}" if float(self.value).is_integer() else f"{self.value:,}"
        return f"{subject}: {self.get_measure_display()} {value}{year}"


class Goal(TimeStampedModel):
    """A stated goal of a place or organisation (climate neutral by 2050)."""

    place = models.ForeignKey(
        Place, on_delete=models.CASCADE, null=True, blank=True, related_name="goals"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="goals"
    )
    description = models.CharField(_("description"), max_length=500)
    year = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="goals"
    )

    class Meta:
        ordering = ["year", "pk"]
        indexes = [models.Index(fields=["year", "id"], name="directory_goal_order")]
        constraints = [
            exactly_one(
                "place",
                "organisation",
                name="%(app_label)s_%(class)s_one_subject",
                message=_("A goal belongs to either a place or an organisation."),
            ),
        ]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self) -> str:
        return self.description


class UserProfile(models.Model):
    """The desk's side of a user account: the organisation an editor works for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
    )

    class Meta:
        ordering = ["user"]
        verbose_name = _("user profile")
        verbose_name_plural = _("user profiles")

    def __str__(self) -> str:
        return f"{self.user} ({self.organisation or '-'})"
