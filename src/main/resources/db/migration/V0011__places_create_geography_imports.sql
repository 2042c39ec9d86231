-- Provenance of every reference geography file imported: what, from whom, under which licence, and who loaded it.
-- The geography itself is national; the partnership is that of the administrator who loaded the file.
create table places_geography_imports (
    id                  bigint generated always as identity primary key,
    kind                text not null,
    file_name           text not null,
    sha256              text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    publisher           text not null,
    edition             text not null,
    licence             text not null,
    rows_written        integer not null,
    rows_skipped        integer not null default 0,
    imported_by_user_id bigint references users (id),
    imported_by_name    text not null,
    partnership_id      bigint references partnerships (id),
    imported_at         timestamptz not null default now(),
    unique (kind, sha256)
);
