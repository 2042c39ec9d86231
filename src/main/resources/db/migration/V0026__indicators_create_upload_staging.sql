-- An uploaded file waiting for its columns to be mapped: kept in the database (not on disk),
-- keyed by a random token and the partnership, and cleared when imported or after a day.
create table indicator_upload_staging (
    token           text primary key,
    partnership_id  bigint not null references partnerships (id),
    user_id         bigint references users (id),
    file_name       text not null,
    content         bytea not null,
    created_at      timestamptz not null default now()
);

create index indicator_upload_staging_created on indicator_upload_staging (created_at);
