-- The ONS best-fit change lookups between LSOA vintages (2001->2011, 2011->2021):
-- U unchanged, S split, M merged, X irregular (redrawn).
create table places_lsoa_changes (
    from_vintage smallint not null check (from_vintage in (2001, 2011)),
    from_code    text not null,
    to_vintage   smallint not null check (to_vintage in (2011, 2021)),
    to_code      text not null,
    change       char(1) not null check (change in ('U', 'S', 'M', 'X')),
    check (to_vintage > from_vintage),
    primary key (from_vintage, from_code, to_vintage, to_code)
);
create index places_lsoa_changes_to on places_lsoa_changes (to_vintage, to_code);
