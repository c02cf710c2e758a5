"""Action endpoints of the documents API (the viewsets register on the root router)."""

app_name = "documents-api"
urlpatterns: list = []
