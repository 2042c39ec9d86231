-- The funding directory: sources of grants, searchable with PostgreSQL full-text search.
create table funding_directory_entries (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    name           text not null,
    funder         text not null,
    description    text not null default '',
    eligibility    text not null,
    sectors        text not null default '',
    min_amount     numeric(14,2),
    max_amount     numeric(14,2),
    deadline       date,
    contact        text not null default '',
    illustrative   boolean not null default false,
    source         text not null,
    search         tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(funder, '')), 'A')
        || setweight(to_tsvector('english', coalesce(description, '') || ' ' || coalesce(sectors, '')), 'B')
    ) stored,
    unique (partnership_id, name),
    check (min_amount is null or max_amount is null or max_amount >= min_amount)
);
create index funding_directory_search on funding_directory_entries using gin (search);
