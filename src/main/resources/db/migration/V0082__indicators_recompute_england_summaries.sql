-- England's summaries of an edition imported before the population denominators of its LSOA
-- vintage were computed as simple means, while its neighbourhoods and districts were weighted
-- by population. Forget them all: they are recomputed, weighted, on first use (and now after
-- every import of denominators).
delete from indicator_england_summaries;
