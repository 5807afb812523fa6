"""Public news and gallery pages, the Atom feed, and the organisers' editing pages (thin views)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.news.access import (
    galleries_visible_to,
    get_gallery_for_user,
    get_news_for_user,
    get_photo_for_user,
    news_visible_to,
    published_news,
)
from qiao.news.domain import (
    PublishingError,
    add_photo,
    publish,
    remove_photo,
    save_gallery,
    save_news_item,
    unpublish,
)
from qiao.news.forms import GalleryForm, NewsItemForm, PhotoForm, initial_of, texts
from qiao.news.models import NewsItem, Photo, PhotoGallery

PAGE_SIZE = 20


def news_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(published_news(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "news/list.html", {"page": page, "items": page.object_list})


def news_detail(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_news_for_user(request.user, slug)
    return render(request, "news/detail.html", {"item": item, "can_manage": request.user.has_perm("news.manage")})


def gallery_list(request: HttpRequest) -> HttpResponse:
    galleries = galleries_visible_to(request.user).filter(status="published").annotate(photo_count=Count("photos"))
    return render(request, "news/galleries.html", {"galleries": galleries[:50]})


def gallery_detail(request: HttpRequest, slug: str) -> HttpResponse:
    gallery = get_gallery_for_user(request.user, slug)
    return render(request, "news/gallery.html", {"gallery": gallery, "photos": gallery.photos.all()})


def photo_image(request: HttpRequest, pk: int) -> FileResponse:
    photo = get_photo_for_user(request.user, pk)
    response = FileResponse(photo.image.open("rb"), content_type=photo.content_type)
    response["Cache-Control"] = "public, max-age=86400" if photo.gallery.is_published else "private, no-store"
    return response


# Organisers -----------------------------------------------------------------------------


def _require_manager(request: HttpRequest) -> None:
    if not request.user.has_perm("news.manage"):
        raise PermissionDenied


def _add_errors(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def manage(request: HttpRequest) -> HttpResponse:
    _require_manager(request)
    return render(
        request,
        "news/manage.html",
        {
            "items": news_visible_to(request.user)[:100],
            "galleries": galleries_visible_to(request.user).annotate(photo_count=Count("photos"))[:100],
        },
    )


def _edit(request: HttpRequest, form_class: Any, obj: Any, save: Any) -> tuple[Any, Any]:
    """The bound or initial form and, after a valid POST that the domain accepted, the saved object."""
    if request.method != "POST":
        return form_class(initial=initial_of(obj, form_class.names) if obj else None), None
    form = form_class(request.POST)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    try:
        saved = save(
            by=request.user,
            texts={name: texts(data[name]) for name in form_class.names},
            event=data["event"],
            slug=data["slug"],
        )
    except ValidationError as error:
        _add_errors(form, error)
        return form, None
    return form, saved


@login_required
def news_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    _require_manager(request)
    item = get_object_or_404(NewsItem, pk=pk) if pk is not None else None
    form, saved = _edit(request, NewsItemForm, item, lambda **kw: save_news_item(item=item, **kw))
    if saved is not None:
        messages.success(request, _("The news item was saved."))
        return HttpResponseRedirect(reverse("news:manage"))
    return render(request, "news/edit.html", {"form": form, "item": item})


@login_required
def gallery_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    _require_manager(request)
    gallery = get_object_or_404(PhotoGallery, pk=pk) if pk is not None else None
    form, saved = _edit(request, GalleryForm, gallery, lambda **kw: save_gallery(gallery=gallery, **kw))
    if saved is not None:
        messages.success(request, _("The gallery was saved."))
        return HttpResponseRedirect(reverse("news:gallery_edit", args=[saved.pk]))
    return render(
        request,
        "news/gallery_edit.html",
        {
            "form": form,
            "gallery": gallery,
            "photo_form": PhotoForm() if gallery else None,
            "photos": gallery.photos.all() if gallery else [],
        },
    )


@login_required
def photo_upload(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manager(request)
    gallery = get_object_or_404(PhotoGallery, pk=pk)
    photo_form = PhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and photo_form.is_valid():
        try:
            add_photo(
                gallery=gallery,
                by=request.user,
                upload=photo_form.cleaned_data["image"],
                caption=texts(photo_form.cleaned_data["caption"]),
                photographer=photo_form.cleaned_data["photographer"],
            )
        except ValidationError as error:
            _add_errors(photo_form, error)
        else:
            messages.success(request, _("The photo was added."))
            return HttpResponseRedirect(reverse("news:gallery_edit", args=[gallery.pk]))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "news/gallery_edit.html",
        {
            "form": GalleryForm(initial=initial_of(gallery, GalleryForm.names)),
            "gallery": gallery,
            "photo_form": photo_form,
            "photos": gallery.photos.all(),
        },
        status=status,
    )


@login_required
@require_POST
def photo_remove(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manager(request)
    photo = get_object_or_404(Photo, pk=pk)
    gallery_pk = photo.gallery_id
    remove_photo(photo, request.user)
    messages.success(request, _("The photo was removed."))
    return HttpResponseRedirect(reverse("news:gallery_edit", args=[gallery_pk]))


@login_required
@require_POST
def set_status(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    _require_manager(request)
    if kind not in ("item", "gallery"):
        raise Http404(kind)
    model: type[NewsItem] | type[PhotoGallery] = NewsItem if kind == "item" else PhotoGallery
    obj = get_object_or_404(model, pk=pk)
    try:
        if request.POST.get("action") == "publish":
            publish(obj, request.user)
            messages.success(request, _("Published."))
        else:
            unpublish(obj, request.user)
            messages.success(request, _("Withdrawn; it is a draft again."))
    except PublishingError as error:
        messages.error(request, str(error))
    return HttpResponseRedirect(reverse("news:manage"))
