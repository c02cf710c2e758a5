"""HTML routes of the directory app (filled by the pages)."""

app_name = "directory"
urlpatterns: list = []
