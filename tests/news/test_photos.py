import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from qiao.news.domain import MAX_BYTES, PublishingError, add_photo, publish, remove_photo, save_gallery
from qiao.news.models import Photo

pytestmark = pytest.mark.django_db


def _picture(fmt="PNG", size=(8, 6)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (143, 29, 33)).save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def gallery(organiser):
    return save_gallery(by=organiser, texts={"title": {"en": "Opening day"}}, slug="opening-day")


def _files(root):
    return sorted(p.name for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.mark.parametrize(
    ("fmt", "content_type"), [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")]
)
def test_add_photo_accepts_real_pictures_by_content(gallery, organiser, fmt, content_type, media_root):
    upload = SimpleUploadedFile("whatever.txt", _picture(fmt), content_type="text/plain")

    photo = add_photo(
        gallery=gallery, by=organiser, upload=upload, caption={"de": "Eröffnung"}, photographer=" Li  Wei "
    )

    assert (photo.content_type, photo.width, photo.height, photo.photographer) == (content_type, 8, 6, "Li Wei")
    assert photo.image.name.endswith("." + content_type.split("/")[1].replace("jpeg", "jpg"))
    assert len(_files(media_root)) == 1


def test_add_photo_rejects_a_non_image_and_stores_nothing(gallery, organiser, media_root):
    upload = SimpleUploadedFile("photo.jpg", b"%PDF-1.7 not a picture at all", content_type="image/jpeg")

    with pytest.raises(ValidationError, match="Only JPEG, PNG or WebP"):
        add_photo(gallery=gallery, by=organiser, upload=upload, caption={}, photographer="Li Wei")

    assert (Photo.objects.count(), _files(media_root)) == (0, [])


def test_add_photo_rejects_a_damaged_picture_with_a_valid_signature(gallery, organiser, media_root):
    upload = SimpleUploadedFile("photo.png", _picture("PNG")[:40], content_type="image/png")

    with pytest.raises(ValidationError, match="damaged"):
        add_photo(gallery=gallery, by=organiser, upload=upload, caption={}, photographer="Li Wei")

    assert (Photo.objects.count(), _files(media_root)) == (0, [])


def test_add_photo_rejects_an_oversized_file_and_stores_nothing(gallery, organiser, media_root):
    data = _picture("PNG") + b"\0" * (MAX_BYTES + 1)
    upload = SimpleUploadedFile("big.png", data, content_type="image/png")

    with pytest.raises(ValidationError, match="larger than 10 MB"):
        add_photo(gallery=gallery, by=organiser, upload=upload, caption={}, photographer="Li Wei")

    assert (Photo.objects.count(), _files(media_root)) == (0, [])


def test_add_photo_requires_the_photographer(gallery, organiser, media_root):
    upload = SimpleUploadedFile("p.png", _picture(), content_type="image/png")

    with pytest.raises(ValidationError) as error:
        add_photo(gallery=gallery, by=organiser, upload=upload, caption={}, photographer="   ")

    assert list(error.value.message_dict) == ["photographer"]
    assert (Photo.objects.count(), _files(media_root)) == (0, [])


def test_upload_page_shows_translated_errors_and_stores_nothing(client, gallery, organiser, media_root):
    client.force_login(organiser)
    upload = SimpleUploadedFile("notes.png", b"just some text", content_type="image/png")

    response = client.post(f"/de/news/manage/galleries/{gallery.pk}/photos/", {"image": upload, "photographer": ""})

    page = response.content.decode()
    assert response.status_code == 400
    assert "Nur Bilder im Format JPEG, PNG oder WebP" in page
    assert "Bitte nennen Sie den Fotografen" in page
    assert (Photo.objects.count(), _files(media_root)) == (0, [])


def test_upload_page_adds_the_photo(client, gallery, organiser):
    client.force_login(organiser)
    upload = SimpleUploadedFile("p.jpg", _picture("JPEG"), content_type="image/jpeg")

    response = client.post(
        f"/en/news/manage/galleries/{gallery.pk}/photos/",
        {"image": upload, "photographer": "Anna Schmidt", "caption_en": "Signing"},
    )

    assert response.status_code == 302
    assert list(Photo.objects.values_list("photographer", "caption__en__text")) == [("Anna Schmidt", "Signing")]


def test_gallery_and_its_photos_are_hidden_until_published(client, gallery, organiser):
    with pytest.raises(PublishingError):
        publish(gallery, organiser)
    photo = add_photo(
        gallery=gallery,
        by=organiser,
        upload=SimpleUploadedFile("p.png", _picture(), content_type="image/png"),
        caption={"en": "Hall"},
        photographer="Li Wei",
    )
    assert client.get("/en/news/galleries/opening-day/").status_code == 404
    assert client.get(f"/en/news/photos/{photo.pk}/image").status_code == 404

    publish(gallery, organiser)

    page = client.get("/en/news/galleries/opening-day/").content.decode()
    image = client.get(f"/en/news/photos/{photo.pk}/image")
    assert "Photo: Li Wei" in page
    assert (image.status_code, image["Content-Type"]) == (200, "image/png")
    assert b"".join(image.streaming_content) == _picture()


def test_remove_photo_deletes_row_and_file(gallery, organiser, media_root, django_capture_on_commit_callbacks):
    photo = add_photo(
        gallery=gallery,
        by=organiser,
        upload=SimpleUploadedFile("p.png", _picture(), content_type="image/png"),
        caption={},
        photographer="Li Wei",
    )

    with django_capture_on_commit_callbacks(execute=True):
        remove_photo(photo, organiser)

    assert (Photo.objects.count(), _files(media_root)) == (0, [])


def test_gallery_pages_render_for_visitors_and_organisers(client, gallery, organiser):
    add_photo(
        gallery=gallery,
        by=organiser,
        upload=SimpleUploadedFile("p.png", _picture(), content_type="image/png"),
        caption={"zh-hans": "开幕式"},
        photographer="Li Wei",
    )
    publish(gallery, organiser)

    listing = client.get("/zh-hans/news/galleries/").content.decode()
    client.force_login(organiser)
    edit = client.get(f"/zh-hans/news/manage/galleries/{gallery.pk}/")

    assert "Opening day" in listing
    assert "1 张照片" in listing
    assert edit.status_code == 200
    assert "摄影：Li Wei" in edit.content.decode()
