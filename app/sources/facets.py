"""What `?facets=` may name on the sources list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from app.core.listing import FacetDim, by_column, year_of
from app.models import Source

SOURCE_FACETS = [
    FacetDim("kind", by_column(Source.kind, Source)),
    FacetDim("publisher", by_column(Source.publisher, Source)),
    FacetDim("year", by_column(year_of(Source.published_date), Source)),
]
