-- A partnership's own indicator, imported from any CSV or XLSX of area code, period and value
-- (or one row per event, counted), e.g. police.uk street-level crime by LSOA and month.
-- Unlike the national reference datasets, each belongs to the partnership that imported it.
create table indicator_local_datasets (
    id                   bigint generated always as identity primary key,
    partnership_id       bigint not null references partnerships (id),
    name                 text not null,
    measure              text not null check (measure in ('COUNT', 'RATE', 'SCORE')),
    polarity             text not null check (polarity in ('HIGHER_IS_WORSE', 'LOWER_IS_WORSE', 'NEUTRAL')),
    aggregation          text not null check (aggregation in ('SUM', 'POPULATION_WEIGHTED_MEAN')),
    lsoa_vintage         integer not null check (lsoa_vintage in (2001, 2011, 2021)),
    publisher            text not null,
    licence              text not null,
    file_name            text not null,
    sha256               text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- how the file's columns were read; the same file with the same mapping is imported once
    mapping              text not null,
    file_rows            integer not null,
    rows_without_area    integer not null,
    rows_outside_england integer not null,
    rows_filtered_out    integer not null,
    value_count          integer not null,
    imported_by_user_id  bigint references users (id),
    imported_by_name     text not null,
    imported_at          timestamptz not null default now(),
    import_millis        bigint not null default 0,
    unique (partnership_id, sha256, mapping)
);

create index indicator_local_datasets_partnership on indicator_local_datasets (partnership_id, id);
