-- Each edition's indicators summarised over all of England, computed once after an import (never per request):
-- the comparator column of every neighbourhood profile.
create table indicator_england_summaries (
    edition_key         text not null,
    indicator_key       text not null,
    areas               integer not null,
    mean                numeric,
    weighted_mean       numeric,
    total               numeric,
    most_deprived_tenth integer not null,
    decile_counts       integer[] not null,
    primary key (edition_key, indicator_key)
);
