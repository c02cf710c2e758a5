"""Root URLs: pages under /, the API under /api/, the admin under /admin/."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from cityties.web.api import router
from cityties.web.core.auth import ThrottledAuthenticationForm

api_patterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("", include("cityties.web.documents.api.urls")),
    path("", include(router.urls)),
]

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            authentication_form=ThrottledAuthenticationForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("admin/", admin.site.urls),
    path("api/", include(api_patterns)),
    path("", include("cityties.web.dashboards.urls")),
    path("directory/", include("cityties.web.directory.urls")),
    path("agreements/", include("cityties.web.agreements.urls")),
    path("engagements/", include("cityties.web.engagements.urls")),
    path("documents/", include("cityties.web.documents.urls")),
    path("core/", include("cityties.web.core.urls")),
]

if "cityties.web.matchmaking" in settings.INSTALLED_APPS:
    urlpatterns.append(path("matchmaking/", include("cityties.web.matchmaking.urls")))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
