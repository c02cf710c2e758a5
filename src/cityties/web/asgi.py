"""ASGI entry point of the desk."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cityties.web.settings")

application = get_asgi_application()
