"""HTML routes of the dashboards app (filled by the pages)."""

app_name = "dashboards"
urlpatterns: list = []
