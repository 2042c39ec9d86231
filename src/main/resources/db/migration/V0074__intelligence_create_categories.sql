-- What community intelligence is about: the partnership's categories, by default the LAA's blocks (themes).
create table intelligence_categories (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    key            text not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           text not null,
    source         text not null default '',
    unique (partnership_id, key)
);
