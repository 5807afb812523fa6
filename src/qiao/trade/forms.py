"""The upload form of the import page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.trade.models import Layout

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("At most 5 MB. The columns are described in the format documentation."),
    )
    layout = forms.ChoiceField(label=_("The values are"), choices=Layout.choices, initial=Layout.MONTHLY)

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)d MB."), code="too_large", params={"limit": 5}
            )
        return upload
