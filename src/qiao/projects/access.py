"""Chokepoints: the only way pages and the API fetch projects and offers for a person."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from qiao.accounts.models import Membership
from qiao.accounts.rules import is_organiser
from qiao.core.shared_values import shared
from qiao.projects.domain.partners import accepted_partner_ids, accepted_partner_of
from qiao.projects.enums import Moderation, ProjectStage, Visibility
from qiao.projects.models import Offer, Project


def _shown(visibility: Visibility) -> Q:
    """Shown to its readers: this visibility, past draft, not withdrawn, and published by a moderator."""
    return (
        Q(visibility=visibility)
        & ~Q(stage__in=[ProjectStage.DRAFT, ProjectStage.WITHDRAWN])
        & Q(moderation=Moderation.PUBLISHED)
    )


def _public() -> Q:
    """Shown in the exhibition to everyone."""
    return _shown(Visibility.PUBLIC)


def _member_of(user: Any) -> QuerySet[Any]:
    """The ids of the person's organisations, as a subquery (filters stay free of joins and DISTINCT)."""
    return Membership.objects.filter(person_id=user.pk).values("organisation_id")


def _member_ids(user: Any) -> list[int]:
    """The same ids read now: an IN-list on an indexed column is an index scan even inside an OR."""
    return list(_member_of(user).values_list("organisation_id", flat=True))


def public_projects() -> QuerySet[Project]:
    """The projects of the public exhibition, the same for every reader (moderation passed)."""
    return Project.objects.select_related("organisation").filter(_public())


def projects_visible_to(user: Any) -> QuerySet[Project]:
    """Projects the person may see: public ones, their organisations', "matched parties only" ones of
    organisations theirs is an accepted partner of, or all for organisers."""
    projects = Project.objects.select_related("organisation")
    if is_organiser(user):
        return projects
    if not user.is_authenticated:
        return projects.filter(_public())
    member_of = _member_of(user)
    matched = _shown(Visibility.MATCHED) & accepted_partner_of(member_of)
    # Only `organisation_id IN (subquery)`: no join, so no duplicate rows and no DISTINCT over every project.
    return projects.filter(_public() | matched | Q(organisation_id__in=member_of))


def projects_beyond_public(user: Any) -> QuerySet[Project]:
    """What the person sees besides `public_projects()`: their organisations' and their accepted
    partners' "matched parties only" projects (a few rows, found by index); all for organisers.

    `public_projects() | projects_beyond_public(user)` is `projects_visible_to(user)`; lists use
    the split to share what is the same for everyone (the public part) between readers.
    """
    projects = Project.objects.select_related("organisation")
    if is_organiser(user):
        return projects
    if not user.is_authenticated:
        return projects.none()
    return _projects_beyond(_member_ids(user))


def _projects_beyond(member_ids: list[int]) -> QuerySet[Project]:
    """`projects_beyond_public` of a member of these organisations."""
    if not member_ids:
        return Project.objects.none()
    # Id lists, read first (two small indexed queries): an OR of IN-lists on an indexed column
    # is a bitmap scan, an OR of subqueries a scan of every project.
    partner_ids = accepted_partner_ids(member_ids)
    return Project.objects.select_related("organisation").filter(
        Q(organisation_id__in=member_ids) | (_shown(Visibility.MATCHED) & Q(organisation_id__in=partner_ids))
    )


def count_public_projects() -> int:
    """How many projects the public exhibition shows (shared between readers)."""
    return shared("count:projects:public", public_projects().count)


def count_public_offers() -> int:
    """How many offers are published (shared between readers)."""
    return shared("count:offers:public", public_offers().count)


def count_visible_projects(user: Any, beyond: QuerySet[Project] | None = None) -> int:
    """How many projects the person sees: the public count (shared between readers) plus theirs
    (`beyond`: `projects_beyond_public(user)` when the caller has it already)."""
    if is_organiser(user):
        return shared("count:projects:all", Project.objects.count)
    public = count_public_projects()
    own = projects_beyond_public(user) if beyond is None else beyond
    return public + own.exclude(_public()).count()


def sees_only_public_projects(user: Any) -> bool:
    """Whether the person's project list is exactly the public exhibition (most readers), so the
    pages rendered for one such reader serve them all."""
    if is_organiser(user):
        return False
    return not user.is_authenticated or _reader_scope(user)[0]


def sees_only_public(user: Any) -> bool:
    """Whether the person sees exactly the public projects and the published offers (most
    readers: their organisations' profiles are public too), so match pages rendered for one
    such reader serve them all."""
    if is_organiser(user):
        return False
    if not user.is_authenticated:
        return True
    projects, offers = _reader_scope(user)
    return projects and offers


def _reader_scope(user: Any) -> tuple[bool, bool]:
    """(sees only public projects, sees only published offers) of a signed-in non-organiser.

    Up to five queries (memberships, accepted partners, the profiles beyond the public ones), the
    same on every page: shared per person and catalogue version, which changes with any project,
    offer, organisation, membership or accepted contact (qiao.web.apps). A stale answer only picks
    the page's path: the shared one shows public profiles, the other checks everything anew.
    """

    def build() -> tuple[bool, bool]:
        member_ids = _member_ids(user)
        projects = not _projects_beyond(member_ids).exclude(_public()).exists()
        offers = not _offers_beyond(member_ids).exclude(published=True).exists()
        return projects, offers

    return shared(f"reader-scope:{user.pk}", build)


def get_project_for_user(user: Any, key: str) -> Project:
    """The project with this key if the person may see it, else 404 (no existence leak)."""
    try:
        # Most pages show public projects: a plain lookup by key first (everyone sees those), the
        # reader's wider set (ORs over memberships and partners, costly to plan) only otherwise.
        return public_projects().get(key=key)
    except Project.DoesNotExist:
        pass
    try:
        return projects_visible_to(user).get(key=key)
    except Project.DoesNotExist as missing:
        raise Http404(key) from missing


def projects_of_member(user: Any) -> QuerySet[Project]:
    """The projects of the organisations the person belongs to (their workspace's list)."""
    if not user.is_authenticated:
        return Project.objects.none()
    return Project.objects.select_related("organisation").filter(organisation_id__in=_member_of(user))


def get_project_to_change(user: Any, key: str) -> Project:
    """The project with this key if the person may edit it (member or organiser), else 404."""
    project = get_project_for_user(user, key)
    if not user.has_perm("projects.change_project", project):
        raise Http404(key)
    return project


def offers_of_member(user: Any) -> QuerySet[Offer]:
    """The offers of the organisations the person belongs to."""
    if not user.is_authenticated:
        return Offer.objects.none()
    return Offer.objects.select_related("organisation").filter(organisation_id__in=_member_of(user))


def get_offer_to_change(user: Any, key: str) -> Offer:
    """The offer with this key if the person may edit it (member or organiser), else 404."""
    offer = get_offer_for_user(user, key)
    if not user.has_perm("projects.change_offer", offer):
        raise Http404(key)
    return offer


def offers_visible_to(user: Any) -> QuerySet[Offer]:
    """Offers the person may see: published ones, their organisations', or all for organisers.

    Offers have no "matched parties only" setting, so accepted partners see nothing more here."""
    offers = Offer.objects.select_related("organisation")
    if is_organiser(user):
        return offers
    if user.is_authenticated:
        return offers.filter(Q(published=True) | Q(organisation_id__in=_member_of(user)))
    return offers.filter(published=True)


def public_offers() -> QuerySet[Offer]:
    """The published offers, the same for every reader."""
    return Offer.objects.select_related("organisation").filter(published=True)


def offers_beyond_public(user: Any) -> QuerySet[Offer]:
    """What the person sees besides `public_offers()`: their organisations' offers; all for organisers."""
    offers = Offer.objects.select_related("organisation")
    if is_organiser(user):
        return offers
    if not user.is_authenticated:
        return offers.none()
    return _offers_beyond(_member_ids(user))


def _offers_beyond(member_ids: list[int]) -> QuerySet[Offer]:
    """`offers_beyond_public` of a member of these organisations."""
    return Offer.objects.select_related("organisation").filter(organisation_id__in=member_ids)


def count_visible_offers(user: Any, beyond: QuerySet[Offer] | None = None) -> int:
    """How many offers the person sees: the published count (shared between readers) plus theirs
    (`beyond`: `offers_beyond_public(user)` when the caller has it already)."""
    if is_organiser(user):
        return shared("count:offers:all", Offer.objects.count)
    public = count_public_offers()
    own = offers_beyond_public(user) if beyond is None else beyond
    return public + own.exclude(published=True).count()


def sees_only_public_offers(user: Any) -> bool:
    """Whether the person's offer list is exactly the published offers (see `sees_only_public_projects`)."""
    if is_organiser(user):
        return False
    return not user.is_authenticated or _reader_scope(user)[1]


def get_offer_for_user(user: Any, key: str) -> Offer:
    """The offer with this key if the person may see it, else 404 (published ones looked up first)."""
    try:
        return public_offers().get(key=key)
    except Offer.DoesNotExist:
        pass
    try:
        return offers_visible_to(user).get(key=key)
    except Offer.DoesNotExist as missing:
        raise Http404(key) from missing
