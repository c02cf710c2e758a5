"""Factories of users with roles."""

from __future__ import annotations

import factory
from django.contrib.auth.models import Group, User

from cityties.web.directory.models import UserProfile


class UserFactory(factory.django.DjangoModelFactory):
    """A user; `role` puts it in that group, `organisation` goes on its profile."""

    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests")

    @factory.post_generation
    def role(self, create: bool, extracted: str | None, **kwargs: object) -> None:
        if create and extracted:
            group, _ = Group.objects.get_or_create(name=extracted)
            self.groups.add(group)

    @factory.post_generation
    def organisation(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create and extracted is not None:
            UserProfile.objects.update_or_create(user=self, defaults={"organisation": extracted})
