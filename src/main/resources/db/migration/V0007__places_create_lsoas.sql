-- Lower layer Super Output Areas of each vintage (2001, 2011, 2021): national reference geography, shared by
-- every partnership. Filled from the ONS lookups and boundary files (see the geography import).
create table places_lsoas (
    vintage  smallint not null check (vintage in (2001, 2011, 2021)),
    code     text not null check (code ~ '^[EW]01[0-9]{6}$'),
    name     text not null,
    lad_code text not null,
    primary key (vintage, code)
);
create index places_lsoas_lad on places_lsoas (vintage, lad_code);
