"""News and photos: writing, publishing and uploading, each a verb with its side effects."""

from qiao.news.domain.images import MAX_BYTES, check_image
from qiao.news.domain.photos import add_photo, remove_photo
from qiao.news.domain.publishing import PublishingError, publish, save_gallery, save_news_item, unpublish

__all__ = [
    "MAX_BYTES",
    "PublishingError",
    "add_photo",
    "check_image",
    "publish",
    "remove_photo",
    "save_gallery",
    "save_news_item",
    "unpublish",
]
