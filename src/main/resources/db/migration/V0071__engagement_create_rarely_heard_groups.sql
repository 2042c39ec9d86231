-- The groups a partnership names as rarely heard (young people, older people, migrant workers, BME
-- communities...), counted at each engagement activity.
create table engagement_groups (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    key            text not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           text not null check (length(name) between 1 and 100),
    source         text not null default '',
    unique (partnership_id, key)
);
