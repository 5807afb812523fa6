from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "qiao.reviews"
    verbose_name = _("Expert reviews")
