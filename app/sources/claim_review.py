"""A source's reviewed claims as schema.org ClaimReview (JSON-LD), the vocabulary fact-checkers
publish their verdicts in (https://schema.org/ClaimReview), so fact-check tools and search
engines can read the project's verdicts.

One ClaimReview per reviewed citation (an `asserted` claim has not been reviewed, so it has no
review): `claimReviewed` is the verbatim quote, `itemReviewed` the Claim with where it appears
(the source) and who made it, `reviewRating` the verdict on a 1-5 scale (`alternateName` names
it, `ratingExplanation` is the note), `url` the citation in this API.
"""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from app.models import Citation, Source

PUBLISHER = "coalition-kb"
# The verdict on the 1 (false) .. 5 (true) scale fact-checkers use, and its name.
RATINGS: dict[str, tuple[int, str]] = {
    "corroborated": (5, "Corroborated"),
    "misleading": (2, "Misleading"),
    "disputed": (1, "Disputed (false)"),
    "unverifiable": (3, "Unverifiable"),
    "opinion": (3, "Opinion"),
}


class _LD(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class Thing(_LD):
    type: str = Field(alias="@type", examples=["Organization"])
    name: str
    url: str | None = None


class Appearance(_LD):
    type: str = Field(alias="@type", default="CreativeWork")
    url: str = Field(description="Where the claim appears: the source's page, else its record.")
    name: str = Field(description="The source's title.")
    datePublished: date | None = None
    publisher: Thing | None = None


class Claim(_LD):
    type: str = Field(alias="@type", default="Claim")
    appearance: Appearance
    author: Thing = Field(description="Who made the claim: the source's author or publisher.")


class Rating(_LD):
    type: str = Field(alias="@type", default="Rating")
    ratingValue: int = Field(
        ge=1,
        le=5,
        description="1 disputed (false), 2 misleading, 3 unverifiable or opinion, "
        "5 corroborated (true).",
    )
    bestRating: int = 5
    worstRating: int = 1
    alternateName: str = Field(
        description="The verdict's name: Corroborated, Disputed (false), Misleading, "
        "Unverifiable or Opinion."
    )
    ratingExplanation: str | None = Field(default=None, description="The note: why this verdict.")


class ClaimReview(_LD):
    type: str = Field(alias="@type", default="ClaimReview")
    id: str = Field(alias="@id", description="The review's IRI.")
    url: str = Field(description="The citation in this API.")
    claimReviewed: str = Field(description="The claim, verbatim.")
    itemReviewed: Claim
    reviewRating: Rating
    author: Thing = Field(description="Who reviewed it: this knowledge base.")
    datePublished: date | None = Field(default=None, description="When the source was reviewed.")
    isBasedOn: str | None = Field(
        default=None,
        description="For a disputed or misleading claim: the citation stating the corrected fact.",
    )


class ClaimReviews(_LD):
    """Every reviewed claim of a source, as schema.org ClaimReview objects."""

    context: str = Field(alias="@context", default="https://schema.org")
    graph: list[ClaimReview] = Field(alias="@graph")


def claim_reviews(
    base_url: str,
    source: Source,
    citations: list[tuple[Citation, str | None]],
) -> ClaimReviews:
    """The ClaimReview of each reviewed citation of `source` (with its corrector's key)."""
    base = base_url.rstrip("/")
    source_url = source.url or f"{base}/api/v1/sources/{source.slug}"
    publisher = Thing(type="Organization", name=source.publisher) if source.publisher else None
    claimant = (
        Thing(type="Person", name=source.author)
        if source.author
        else Thing(type="Organization", name=source.publisher or source.title)
    )
    reviews = []
    for citation, corrector in citations:
        value, name = RATINGS[citation.status]
        url = f"{base}/api/v1/citations/{citation.key}"
        reviews.append(
            ClaimReview(
                id=f"{url}#review",
                url=url,
                claimReviewed=citation.quote,
                itemReviewed=Claim(
                    appearance=Appearance(
                        url=source_url,
                        name=source.title,
                        datePublished=source.published_date,
                        publisher=publisher,
                    ),
                    author=claimant,
                ),
                reviewRating=Rating(
                    ratingValue=value, alternateName=name, ratingExplanation=citation.note
                ),
                author=Thing(type="Organization", name=PUBLISHER, url=f"{base}/"),
                datePublished=source.reviewed_date,
                isBasedOn=None if corrector is None else f"{base}/api/v1/citations/{corrector}",
            )
        )
    return ClaimReviews(graph=reviews)
