-- Which indicators a dataset supplies, and where each sits in its rows' value arrays. An edition supplies each
-- indicator from exactly one file: a later file of the same edition adds only indicators not yet present.
create table indicator_dataset_columns (
    dataset_id    bigint not null references indicator_datasets (id) on delete cascade,
    position      smallint not null check (position >= 1),
    indicator_id  smallint not null references indicator_definitions (id),
    edition_key   text not null,
    source_column text not null,
    primary key (dataset_id, position),
    unique (dataset_id, indicator_id),
    unique (edition_key, indicator_id)
);
