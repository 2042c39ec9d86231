-- Each LSOA's place in the ONS hierarchy (MSOA, ward, district, with names) and its boundary polygon.
-- The 2001 LSOAs come from the 2001->2011 change lookup, which names no district: theirs is derived from
-- their 2011 successors, so lad_code may be empty until then.
alter table places_lsoas
    alter column lad_code drop not null,
    add column lad_name  text,
    add column msoa_code text,
    add column msoa_name text,
    add column ward_code text,
    add column ward_name text,
    -- polygon or multipolygon, WKB, longitude/latitude (WGS84, EPSG:4326)
    add column geometry  bytea;
create index places_lsoas_ward on places_lsoas (vintage, ward_code);
