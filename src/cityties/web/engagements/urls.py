"""HTML routes of the engagements app (filled by the pages)."""

app_name = "engagements"
urlpatterns: list = []
