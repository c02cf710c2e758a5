"""HTML routes of the agreements app (filled by the pages)."""

app_name = "agreements"
urlpatterns: list = []
