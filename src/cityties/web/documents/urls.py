"""HTML routes of the documents app (filled by the pages)."""

app_name = "documents"
urlpatterns: list = []
