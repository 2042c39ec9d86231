-- Boundary layers other than LSOAs: electoral wards, local authority districts and MSOAs of one vintage each.
-- National reference geography, shared by every partnership.
create table places_boundaries (
    layer    text not null check (layer in ('ward', 'district', 'msoa')),
    vintage  smallint not null,
    code     text not null check (code ~ '^[EW][0-9]{8}$'),
    name     text not null,
    lad_code text,
    -- polygon or multipolygon, WKB, longitude/latitude (WGS84, EPSG:4326)
    geometry bytea not null,
    primary key (layer, vintage, code)
);
create index places_boundaries_lad on places_boundaries (layer, vintage, lad_code);
