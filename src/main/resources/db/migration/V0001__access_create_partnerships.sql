-- Partnerships are the tenants of NM Hub: every record of every module belongs to one.
create table partnerships (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null,
    kind        text not null check (kind in ('COUNTY', 'UNITARY', 'DISTRICT', 'OTHER')),
    area_code   text,
    description text not null default '',
    version     integer not null default 0,
    created_at  timestamptz not null default now()
);
