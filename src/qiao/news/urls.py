from django.urls import path

from qiao.news import views
from qiao.news.feeds import NewsFeed

app_name = "news"
urlpatterns = [
    path("", views.news_list, name="list"),
    path("feed.atom", NewsFeed(), name="feed"),
    path("galleries/", views.gallery_list, name="galleries"),
    path("galleries/<slug:slug>/", views.gallery_detail, name="gallery"),
    path("photos/<int:pk>/image", views.photo_image, name="photo_image"),
    path("manage/", views.manage, name="manage"),
    path("manage/new/", views.news_edit, name="create"),
    path("manage/<int:pk>/", views.news_edit, name="edit"),
    path("manage/<str:kind>/<int:pk>/status/", views.set_status, name="set_status"),
    path("manage/galleries/new/", views.gallery_edit, name="gallery_create"),
    path("manage/galleries/<int:pk>/", views.gallery_edit, name="gallery_edit"),
    path("manage/galleries/<int:pk>/photos/", views.photo_upload, name="photo_upload"),
    path("manage/photos/<int:pk>/remove/", views.photo_remove, name="photo_remove"),
    path("<slug:slug>/", views.news_detail, name="detail"),
]
