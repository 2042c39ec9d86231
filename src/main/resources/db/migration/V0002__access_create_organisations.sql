-- Organisations employ users and are partners of partnerships (police, health, councils, voluntary sector...).
create table organisations (
    id         bigint generated always as identity primary key,
    name       text not null unique,
    type       text not null,
    created_at timestamptz not null default now()
);

create table partnership_organisations (
    partnership_id  bigint not null references partnerships (id),
    organisation_id bigint not null references organisations (id),
    primary key (partnership_id, organisation_id)
);
