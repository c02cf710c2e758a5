"""HTML routes of the core app (filled by the pages)."""

app_name = "core"
urlpatterns: list = []
