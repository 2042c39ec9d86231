-- A neighbourhood's area as a dated, versioned set of LSOAs of one vintage. A new version is made whenever the
-- area is redrawn or carried across to a newer LSOA vintage; old versions stay, so every past profile can be
-- reproduced.
create table neighbourhood_versions (
    id               bigint generated always as identity primary key,
    partnership_id   bigint not null references partnerships (id),
    neighbourhood_id bigint not null references neighbourhoods (id),
    version          integer not null,
    vintage          smallint not null check (vintage in (2001, 2011, 2021)),
    valid_from       date not null,
    reason           text not null,
    derivation       text not null default '',
    carried_from_id  bigint references neighbourhood_versions (id),
    created_by_name  text not null,
    created_at       timestamptz not null default now(),
    unique (neighbourhood_id, version)
);
create index neighbourhood_versions_partnership on neighbourhood_versions (partnership_id, neighbourhood_id);

create table neighbourhood_version_lsoas (
    version_id bigint not null references neighbourhood_versions (id),
    lsoa_code  text not null,
    primary key (version_id, lsoa_code)
);
