-- One row per imported file, with its provenance. Several files of one edition (e.g. IoD 2019 Files 1, 2 and 6)
-- share the dataset key (iod2019) and together make up that edition; see docs/adr/0008.
create table indicator_datasets (
    id                   bigint generated always as identity primary key,
    key                  text not null check (key ~ '^[a-z0-9]+$'),
    title                text not null,
    publisher            text not null,
    edition              smallint not null,
    lsoa_vintage         smallint not null check (lsoa_vintage in (2001, 2011, 2021)),
    file_name            text not null,
    sha256               char(64) not null unique,
    licence              text not null,
    row_count            integer not null,
    coverage             text not null check (coverage in ('FULL', 'PARTIAL')),
    columns_not_imported text[] not null default '{}',
    imported_by_user_id  bigint references users (id),
    imported_by_name     text not null,
    partnership_id       bigint references partnerships (id),
    imported_at          timestamptz not null default now(),
    import_millis        integer not null
);
create index indicator_datasets_key on indicator_datasets (key, edition);
