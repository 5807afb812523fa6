"""The upload form of the import page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.bulk.domain.files import MAX_BYTES
from qiao.bulk.domain.kinds import KINDS


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label=_("What the file holds"), choices=[(k.name, k.label) for k in KINDS.values()])
    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("At most 5 MB. The columns are described on the format page."),
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)d MB."), code="too_large", params={"limit": MAX_BYTES // 2**20}
            )
        return upload
