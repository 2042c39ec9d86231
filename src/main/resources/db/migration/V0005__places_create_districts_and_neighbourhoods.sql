-- Districts of a partnership (a county's district councils and LSPs, or a unitary city).
create table places_districts (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    name           text not null,
    lad_code       text not null,
    lsp_name       text,
    source         text not null,
    unique (partnership_id, lad_code)
);

-- Neighbourhoods: named areas a partnership works in. Their LSOA membership comes with the evidence import.
create table neighbourhoods (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    key            text not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           text not null,
    district_id    bigint references places_districts (id),
    places         text[] not null default '{}',
    ward_codes     text[] not null default '{}',
    derivation     text not null default '',
    source         text not null default '',
    unique (partnership_id, key)
);

-- A dated designation of priority neighbourhoods (e.g. the LAA's 2006 list of 20, the 2008 review's 19).
create table neighbourhood_designations (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    key            text not null,
    name           text not null,
    designated_on  date not null,
    reason         text not null,
    source         text not null,
    unique (partnership_id, key)
);

create table neighbourhood_designation_members (
    designation_id  bigint not null references neighbourhood_designations (id),
    neighbourhood_id bigint not null references neighbourhoods (id),
    position        integer not null,
    primary key (designation_id, neighbourhood_id)
);
